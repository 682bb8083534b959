"""Result titles and snippets with the words that matched marked.

The page's own text is escaped and the matched words are wrapped in <mark>; which words matched
is decided by the same segmentation as the index (portal.text.matches), so 电工 is marked in
招聘高压电工 but not in 发电工程, and ཞབས་ཞུ is marked in ཞབས་ཞུའི.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from portal.text import decode_token, matches

SNIPPET_LENGTH = 160
LEAD = 40
# Where a snippet may start: after a space or a Chinese or Tibetan punctuation mark.
BREAK = re.compile(r"[\s\u0f0b\u0f0d\u0f0e\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f]")
MAX_TRIES = 5


def _marked(text, spans):
    parts, position = [], 0
    for start, end in spans:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 (every piece of text is escaped above)


def highlight(text, query):
    """`text`, escaped, with the words of `query` (a portal.text.SearchQuery) in <mark>."""
    singles, phrases = query.words
    return _marked(text or "", matches(text or "", singles, phrases))


def _needles(tokens):
    """What the tokens look like in a text, to find a place to cut a snippet from."""
    needles = set()
    for token in tokens:
        surface = decode_token(token)
        if len(surface) >= 1:
            needles.add(surface.casefold())
    return needles


def _window(text, start):
    begin = max(0, start - LEAD)
    if begin:
        gap = BREAK.search(text, begin, min(start, begin + 12))
        begin = gap.end() if gap else begin
    end = min(len(text), begin + SNIPPET_LENGTH)
    return begin, end


def snippet(text, query, length=SNIPPET_LENGTH):
    """A piece of `text` about `length` characters long around its first matched word, with
    the matches marked; the beginning of the text when no word matched."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    folded = text.casefold()
    singles, phrases = query.words
    candidates = sorted(
        position
        for needle in _needles(query.tokens)
        for position in _occurrences(folded, needle, MAX_TRIES)
    )
    for position in candidates[:MAX_TRIES]:
        begin, end = _window(text, position)
        piece = text[begin:end]
        spans = matches(piece, singles, phrases)
        if spans:
            return _with_ellipses(_marked(piece, spans), begin > 0, end < len(text))
    end = min(len(text), length)
    return _with_ellipses(_marked(text[:end], []), False, end < len(text))


def _occurrences(text, needle, limit):
    found, position = [], text.find(needle)
    while position >= 0 and len(found) < limit:
        found.append(position)
        position = text.find(needle, position + 1)
    return found


def _with_ellipses(html, before, after):
    return mark_safe(("…" if before else "") + html + ("…" if after else ""))  # noqa: S308
