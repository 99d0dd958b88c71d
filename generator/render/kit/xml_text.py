"""Text that XML 1.0 can hold: what every document writer passes user data through."""

from __future__ import annotations

_XML_INVALID = {c: None for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}
_XML_INVALID.update({0xFFFE: None, 0xFFFF: None})


def clean_text(text: str) -> str:
    """Return `text` without characters XML 1.0 cannot hold (control characters, lone surrogates)."""
    text = str(text).translate(_XML_INVALID)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        text = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
    return text
