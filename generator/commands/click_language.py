"""Click's own messages in kam's language: usage errors (`没有选项 '--wekks'。`) and help headings.

Click words every message through gettext (`_()` and `ngettext()` imported into each of its
modules). `click_language("zh")` hands those modules a translator over the catalogue
`generator/i18n/labels/click.py` for the time of a run, and puts Click's own back after.
"""

from __future__ import annotations

import contextlib
import contextvars
import importlib
from collections.abc import Iterator

_MODULES = (
    "click.core",
    "click.types",
    "click.exceptions",
    "click.parser",
    "click.formatting",
    "click.decorators",
    "click.termui",
)


_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar("kam_language", default="en")


def current_language() -> str:
    """Return the language of the running `kam` (en outside a run)."""
    return _LANGUAGE.get()


def click_text(message: str) -> str:
    """Return one of Click's own texts ("Options", "Commands") in the running `kam`'s language."""
    return _translator(current_language())[0](message)


def _translator(language: str):
    from generator.i18n.labels.click import LABELS

    index = 0 if language == "zh" else 1

    def gettext(message: str) -> str:
        pair = LABELS.get(message)
        return pair[index] if pair else message

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    return gettext, ngettext


@contextlib.contextmanager
def click_language(language: str) -> Iterator[None]:
    """Within the block, Click's messages read in `language`.

    English too goes through the catalogue (whose English is Click's own words): Python's gettext,
    with no translation installed, searches the locale folders for one on every message, and
    imports `locale` to do it (≈1.5 ms a run)."""
    token = _LANGUAGE.set(language)
    try:
        with _patched(language):
            yield
    finally:
        _LANGUAGE.reset(token)


@contextlib.contextmanager
def _patched(language: str) -> Iterator[None]:
    gettext, ngettext = _translator(language)
    saved = []
    for name in _MODULES:
        module = importlib.import_module(name)
        for attribute, replacement in (("_", gettext), ("ngettext", ngettext)):
            if hasattr(module, attribute):
                saved.append((module, attribute, getattr(module, attribute)))
                setattr(module, attribute, replacement)
    try:
        yield
    finally:
        for module, attribute, original in reversed(saved):
            setattr(module, attribute, original)
