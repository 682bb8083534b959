"""The PDFs the service makes (career plans, archive summaries): WeasyPrint with fonts the
portal ships itself.

Tibetan is set in Noto Serif Tibetan, the face of the portal's Tibetan pages, here from the
full TrueType files of Debian's fonts-noto-core (scripts/install-system-packages.sh), named by
an @font-face with a file:// address (templates/pdf/base.html), so that no other Tibetan font
on a machine takes its place unnoticed; the served woff2 files are subsets without the rare
stacks. Chinese is Noto Serif CJK SC from fonts-noto-cjk. WeasyPrint embeds subsets of both;
subsetting is fast only with libharfbuzz-subset0 (shared/FACTS.md).
"""

from pathlib import Path

TIBETAN_FONTS = Path("/usr/share/fonts/truetype/noto")


def font_context():
    """What templates/pdf/base.html needs to find the fonts."""
    return {"tibetan_fonts": TIBETAN_FONTS.as_uri()}


def render_pdf(documents):
    """One PDF of the HTML `documents`, one after the other, each starting on a new page."""
    # Imported here: WeasyPrint takes 0.4 s to import, which every process would otherwise pay
    # at start-up for the few requests that make a PDF.
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    rendered = [HTML(string=html).render(font_config=fonts) for html in documents]
    pages = [page for document in rendered for page in document.pages]
    return rendered[0].copy(pages).write_pdf()
