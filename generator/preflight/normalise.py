"""Text normalised for matching: full-width forms, case, spaces and punctuation folded away."""

from __future__ import annotations

import re
import unicodedata

_FRAGMENT_SPLIT = re.compile(r"\s*[。；;！!？?，,、：:\n()（）【】\[\]「」“”\"《》]+\s*")


_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Return `text` as compared by preflight: NFKC, case-folded, letters and digits only (no spaces,
    punctuation, symbols or controls)."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def weight(normalised: str) -> int:
    """Return the matching weight of normalised text: 3 per CJK or other wide character, 1 per other
    (a Chinese character carries about as much as a short English syllable group)."""
    return sum(3 if unicodedata.east_asian_width(char) in "WF" else 1 for char in normalised)


def fragments(text: str) -> list[str]:
    """Return `text` and its clauses (split at sentence and clause punctuation), each as written."""
    parts = [part.strip() for part in _FRAGMENT_SPLIT.split(text) if part.strip()]
    return [text.strip()] + [part for part in parts if part != text.strip()]
