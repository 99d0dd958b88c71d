"""The language of what kam prints when neither --lang nor a brief says: the user's locale."""

from __future__ import annotations

import os


def cli_language() -> str:
    """Return "zh" when the locale (LC_ALL, LC_MESSAGES, LANG, in that order) is Chinese, else "en"."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
