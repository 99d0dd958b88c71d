"""The errors kam reports to its user. Everything else is a bug and shows a traceback.

Messages are `generator.i18n.messages.Message`s where they can be (plain English strings
still work): `lines(language)` returns them in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.i18n.messages import localize


class KamError(Exception):
    """A problem the user can fix; the CLI prints it without a traceback and exits 1.

    `language` is the language of the input the error is about (a brief's `language`),
    when known: the CLI speaks it unless `--lang` says otherwise.
    """

    exit_code = 1
    language: str | None = None

    def lines(self, language: str = "en") -> list[str]:
        """Return the message as the lines to print, in `language`."""
        message = self.args[0] if self.args else ""
        return localize(message, language).splitlines() or [""]


@dataclass(frozen=True)
class Problem:
    """One located problem in an input file; `message` is a Message or plain text."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str

    def text(self, language: str = "en") -> str:
        """Return `file:line:col: path: message` with the message in `language`."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        message = localize(self.message, language)
        return f"{where}: {self.path}: {message}" if self.path else f"{where}: {message}"

    def __str__(self) -> str:
        return self.text("en")


class BriefError(KamError):
    """The brief (or a file it names) is unreadable or invalid; carries every problem found."""

    def __init__(self, problems: list[Problem], language: str | None = None):
        self.problems = problems
        self.language = language
        super().__init__("\n".join(str(p) for p in problems))

    def lines(self, language: str = "en") -> list[str]:
        return [p.text(language) for p in self.problems]


class TemplateError(KamError):
    """A template is missing, malformed, unsafe or failed to render."""


class RenderError(KamError):
    """The brief is valid but lacks what a document needs (e.g. no `proposal:` section)."""


class OutputError(KamError):
    """An output file could not be written."""


class UsageProblem(KamError):
    """A usage mistake found after the options were parsed (no customers in the inputs): exit 2."""

    exit_code = 2


class ReportedBriefError(BriefError):
    """Brief problems the command has printed itself (each brief's in its language): exit 1, print nothing more."""

    def lines(self, language: str = "en") -> list[str]:
        return []
