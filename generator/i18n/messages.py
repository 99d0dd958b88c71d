"""Everything kam says to its user (errors, warnings, success lines), in the user's language.

How to use it from any command, loader or renderer:

    from generator.i18n.messages import msg, localize, resolve_language, stated_language

    message = msg("validation.missing")                    # a Message: English as a str, both languages inside
    raise RenderError(msg("cli.in_file", path=p, message=m))  # `kam` prints a KamError in the session's language
    language = resolve_language(option, stated_language(loaded.brief))  # --lang, else the brief's, else the locale
    click.echo(localize(msg("cli.wrote", path=path), language))

Commands print through `generator.commands.say` (say, warn); a new message is one line in
a catalogue module, `generator/i18n/labels/<namespace>.py` as {key: (zh, en)} (cli.py for
what commands print, reading.py for input files, validation.py for Pydantic error types).

A `Message` is a `str` (its English text), so code that only passes text along keeps
working; it also remembers its catalogue key and values, so whoever prints it can call
`localize(message, language)` for the reader's language. A value that is itself a
Message (or a `Both`) is localized too; plain strings pass through unchanged. An error
about a brief carries the brief's stated language in `KamError.language`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.i18n.catalogue import label_pair

LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class Both:
    """A value that reads differently per language (a list of choices, a word): Both(zh, en)."""

    zh: str
    en: str

    def text(self, language: str) -> str:
        """Return the value in `language`."""
        return self.zh if language == "zh" else self.en

    def __str__(self) -> str:
        return self.en


class Message(str):
    """A catalogue message: its `str` value is the English text; `text(language)` gives either."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, params: Mapping[str, Any] | None = None) -> Message:
        values = dict(params or {})
        self = super().__new__(cls, _render(key, values, "en"))
        self.key = key
        self.params = values
        return self

    def text(self, language: str) -> str:
        """Return the message in `language` (zh or en)."""
        return _render(self.key, self.params, language)

    def __reduce__(self):
        # Problems travel between the archive's worker processes: rebuild from key and values.
        return (Message, (self.key, self.params))


def msg(key: str, /, **params: Any) -> Message:
    """Return the catalogue message `namespace.key` with its `{name}` fields filled from `params`."""
    return Message(key, params)


def localize(text: Any, language: str) -> str:
    """Return `text` in `language`: a Message or Both is translated, anything else is shown as it is."""
    if isinstance(text, Message):
        return text.text(language)
    if isinstance(text, Both):
        return text.text(language)
    if text is None:
        return ""
    return str(text)


def locale_language(environ: Mapping[str, str] | None = None) -> str | None:
    """Return zh or en as the user's locale says (the first set of LC_ALL, LC_MESSAGES, LANG), or None."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (environ.get(name) or "").strip()
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return None


def resolve_language(option: str | None = None, brief: Any = None, environ: Mapping[str, str] | None = None) -> str:
    """Return the language kam speaks in: `--lang`, else the brief's `language`, else the locale, else English.

    `brief` may be a language code, a Language enumeration member, or None (no brief, or
    one too broken to say). Every command resolves its language through this function.
    """
    for choice in (option, getattr(brief, "value", brief)):
        if isinstance(choice, str) and choice in LANGUAGES:
            return choice
    return locale_language(environ) or "en"


def stated_language(brief: Any) -> str | None:
    """Return the `language` a loaded brief states (None when the brief leaves it to the default)."""
    if brief is None or "language" not in getattr(brief, "model_fields_set", ()):
        return None
    return getattr(brief.language, "value", brief.language)


def language_of(data: Any) -> str | None:
    """Return the `language` a raw (possibly invalid) brief mapping asks for, when it is readable, else None."""
    if not isinstance(data, dict):
        return None
    value = data.get("language")
    if not isinstance(value, str):
        return None
    text = value.strip().lower().replace("-", "_")
    if text in ("zh", "zh_cn", "中文", "chinese", "汉语", "简体中文"):
        return "zh"
    if text in ("en", "en_us", "en_gb", "english", "英文", "英语"):
        return "en"
    return None


def _render(key: str, params: dict[str, Any], language: str) -> str:
    pair = label_pair(key)
    template = pair[0] if language == "zh" else pair[1]
    return template.format(**{name: localize(value, language) for name, value in params.items()})
