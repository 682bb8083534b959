"""Build the Tibetan web font files the portal serves (see frontend/scss/_fonts.scss).

Noto Serif Tibetan from npm is 160 KB as one file, most of it Sanskrit stacks that everyday
Tibetan never uses. Splitting it by code point into a common and a rare file lets a Tibetan page
load about 90 KB, and the rare file only where rare characters appear.

Usage: python frontend/build_fonts.py   (run by `make assets`, after `npm ci`)
"""

import re
import sys
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
SOURCE = (
    ROOT
    / "node_modules/@fontsource/noto-serif-tibetan/files"
    / "noto-serif-tibetan-tibetan-400-normal.woff2"
)
FONTS_CSS = ROOT / "frontend/scss/_fonts.scss"
TARGET = ROOT / "portal/static/dist/fonts"


def unicode_ranges():
    """The unicode-range of each @font-face in _fonts.scss, keyed by its file name."""
    css = FONTS_CSS.read_text()
    faces = re.findall(r'url\("fonts/([\w-]+)\.woff2"\).*?unicode-range:([^;]+);', css, re.S)
    return {name: " ".join(ranges.split()).replace("U+", "") for name, ranges in faces}


def build():
    if not SOURCE.exists():
        sys.exit(f"{SOURCE} is missing: run `npm ci` first.")
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, ranges in unicode_ranges().items():
        output = TARGET / f"{name}.woff2"
        subset.main(
            [
                str(SOURCE),
                f"--unicodes={ranges}",
                "--layout-features=*",
                "--flavor=woff2",
                f"--output-file={output}",
            ]
        )
        print(f"{output.relative_to(ROOT)}: {output.stat().st_size // 1024} KB")


if __name__ == "__main__":
    build()
