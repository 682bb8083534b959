"""Small files for the demo library, made without extra dependencies.

`chinese_pdf` writes a valid PDF of Chinese text in Adobe's standard Chinese font STSong-Light,
which PDF readers supply themselves (it is not embedded), so the file stays a few kilobytes.
Tibetan needs its stacks shaped by a real font, which this writer cannot do; the Tibetan text
of a handbook goes into a UTF-8 text file instead (`tibetan_text`), which browsers and phones
shape with their own fonts.
"""

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
TITLE_SIZE, TEXT_SIZE = 16, 11
LEADING = 1.6


def _hex(text):
    """The text as a PDF hex string in UCS-2 big-endian (the UniGB-UCS2-H encoding)."""
    return "<" + "".join(f"{ord(char):04X}" for char in text if ord(char) <= 0xFFFF) + ">"


def _wrap(text, size, width):
    """Lines of `text` no wider than `width` points: Chinese characters are one em wide,
    other characters half an em (the /W entry of the font below)."""
    lines, line, used = [], "", 0.0
    for char in text:
        advance = size if ord(char) > 0x7F else size / 2
        if used + advance > width and line:
            lines.append(line)
            line, used = "", 0.0
        line += char
        used += advance
    if line:
        lines.append(line)
    return lines


def chinese_pdf(title, paragraphs):
    """A PDF (bytes) with `title` and `paragraphs` (str, or lists of str for bullet points)."""
    width = PAGE_WIDTH - 2 * MARGIN
    lines = [(TITLE_SIZE, line) for line in _wrap(title, TITLE_SIZE, width)] + [(TEXT_SIZE, "")]
    for paragraph in paragraphs:
        items = paragraph if isinstance(paragraph, list) else [paragraph]
        for item in items:
            text = f"• {item}" if isinstance(paragraph, list) else item
            lines += [(TEXT_SIZE, line) for line in _wrap(text, TEXT_SIZE, width)]
        lines.append((TEXT_SIZE, ""))

    pages, page, y = [], [], PAGE_HEIGHT - MARGIN
    for size, text in lines:
        step = size * LEADING
        if y - step < MARGIN and page:
            pages.append(page)
            page, y = [], PAGE_HEIGHT - MARGIN
        y -= step
        if text:
            page.append(f"BT /F1 {size} Tf {MARGIN} {y:.1f} Td {_hex(text)} Tj ET")
    if page or not pages:
        pages.append(page)

    objects = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        3: (
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H "
            "/Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>"
        ),
        4: (
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
            "/FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>"
        ),
        5: (
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
            "/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
            "/CapHeight 880 /StemV 93 >>"
        ),
    }
    kids = []
    for number, content in enumerate(pages):
        page_id, stream_id = 6 + 2 * number, 7 + 2 * number
        stream = "\n".join(content).encode("ascii")
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {stream_id} 0 R >>"
        )
        objects[stream_id] = (f"<< /Length {len(stream)} >>\nstream\n", stream, "\nendstream")
        kids.append(f"{page_id} 0 R")
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        body = objects[number]
        out += f"{number} 0 obj\n".encode("ascii")
        if isinstance(body, tuple):
            head, stream, tail = body
            out += head.encode("ascii") + stream + tail.encode("ascii")
        else:
            out += body.encode("ascii")
        out += b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode("ascii")
    for number in range(1, size):
        out += f"{offsets[number]:010d} 00000 n \n".encode("ascii")
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


def tibetan_text(title, paragraphs):
    """A UTF-8 text file (bytes, with a byte-order mark so browsers read it as UTF-8)."""
    lines = [title, ""]
    for paragraph in paragraphs:
        if isinstance(paragraph, list):
            lines += [f"• {item}" for item in paragraph]
        else:
            lines.append(paragraph)
        lines.append("")
    return ("\ufeff" + "\n".join(lines)).encode("utf-8")
