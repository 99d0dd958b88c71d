"""The errors kam reports to its user. Everything else is a bug and shows a traceback."""

from __future__ import annotations

from dataclasses import dataclass


class KamError(Exception):
    """A problem the user can fix; the CLI prints it without a traceback and exits 1."""

    exit_code = 1

    def lines(self) -> list[str]:
        """Return the message as the lines to print."""
        return [str(self)]


@dataclass(frozen=True)
class Problem:
    """One located problem in an input file."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    cell: str | None = None
    """In a workbook: "sheet!cell" (报价!F7), in place of line and column."""

    def __str__(self) -> str:
        where = self.file
        if self.cell is not None:
            where += f":{self.cell}"
        elif self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class BriefError(KamError):
    """The brief (or a file it names) is unreadable or invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


class TemplateError(KamError):
    """A template is missing, malformed, unsafe or failed to render."""


class RenderError(KamError):
    """The brief is valid but lacks what a document needs (e.g. no `proposal:` section)."""


class OutputError(KamError):
    """An output file could not be written."""
