"""The deal coach's report: findings as plain text for people and JSON for CI.

Text is grouped by brief, most serious first, each finding on a `file:line:` line (so
editors and terminals can jump to it) followed by the next action, in the brief's own
language. JSON is one flat list sorted by file, line and rule, so runs can be diffed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.analysis.coach.registry import Finding, Label, Percent, Severity
from generator.errors import Problem
from generator.i18n import Texts
from generator.models.enums import Term

if TYPE_CHECKING:  # renderers don't import loaders; the command hands over the loaded brief
    from generator.load.brief import LoadedBrief

INVALID_RULE = "invalid-brief"
"""The rule id of a located validation problem: a brief that fails validation is an error."""


@dataclass(frozen=True)
class ReportItem:
    """One finding as the reader sees it: located, worded in one language."""

    file: str
    line: int | None
    rule: str
    severity: Severity
    message: str
    path: str
    action: str
    column: int | None = None

    def as_json(self) -> dict[str, Any]:
        """Return the JSON object of this item: {file, rule, severity, message, path, line, action}."""
        return {
            "file": self.file,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "action": self.action,
        }


@dataclass(frozen=True)
class BriefReport:
    """The findings on one brief file, in the language it is reported in."""

    file: str
    language: str
    items: tuple[ReportItem, ...]
    valid: bool = True

    def count(self, severity: Severity) -> int:
        """Return how many items have `severity`."""
        return sum(1 for item in self.items if item.severity == severity)


def brief_report(loaded: LoadedBrief, findings: Iterable[Finding], language: str | None = None) -> BriefReport:
    """Return the report of a checked brief, worded in `language` (default: the brief's own)."""
    brief = loaded.brief
    texts = Texts(language or brief.language.value, brief.currency)
    items = []
    for finding in findings:
        file, line, column = _where(loaded, finding.loc)
        items.append(
            ReportItem(
                file=file or str(loaded.path),
                line=line,
                column=column,
                rule=finding.rule,
                severity=finding.severity,
                message=texts.t(finding.message, **_formatted(texts, finding.values)),
                path=_dotted(finding.loc),
                action=texts.t(finding.action, **_formatted(texts, finding.values)),
            )
        )
    return BriefReport(str(loaded.path), texts.language, tuple(items))


def invalid_report(path: str | Path, problems: Sequence[Problem], language: str | None = None) -> BriefReport:
    """Return the report of a brief that failed validation: each located problem is an error."""
    from generator.i18n.messages import localize

    texts = Texts(language or "en")
    action = texts.t("check.invalid_brief.action")
    items = tuple(
        ReportItem(
            file=p.file or str(path),
            line=p.line,
            column=p.column,
            rule=INVALID_RULE,
            severity=Severity.ERROR,
            message=localize(p.message, texts.language),
            path=p.path,
            action=action,
        )
        for p in problems
    )
    return BriefReport(str(path), texts.language, items, valid=False)


def _where(loaded: LoadedBrief, loc: tuple) -> tuple[str, int | None, int | None]:
    """Return the position of `loc`: a mapping's key line when it names one, else the value's.

    A value grafted from another file (`seller: our-company.yaml`) is located in that file,
    where the fix belongs.
    """
    key = loaded.locations.keys.get(tuple(loc))
    value = loaded.where(loc)
    return key if key is not None and key[0] == value[0] else value


def _dotted(loc: tuple) -> str:
    """Return a data path as the user reads it: proposal.pricing.items[2].unit_price."""
    return "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(loc))


def finding_texts(texts: Texts, finding: Finding) -> tuple[str, str]:
    """Return (message, next action) of a finding in the words of `texts`, as the check report prints them."""
    values = _formatted(texts, finding.values)
    return texts.t(finding.message, **values), texts.t(finding.action, **values)


def _formatted(texts: Texts, values: Mapping[str, Any]) -> dict[str, str]:
    return {name: _format(texts, value) for name, value in values.items()}


def _format(texts: Texts, value: Any) -> str:
    """Return a finding's value as the reader sees it in this language."""
    if isinstance(value, Label):
        return texts.t(value.key)
    if isinstance(value, Percent):
        return texts.percent(value.value)
    if isinstance(value, bool):
        return texts.t("common.yes" if value else "common.no")
    if isinstance(value, Decimal):
        return texts.money(value)
    if isinstance(value, dt.date):
        return texts.short_date(value) if texts.language == "zh" else texts.date(value)
    if isinstance(value, Term):
        word = texts.term(value)
        # English terms are capitalised as headings; in a sentence they read in lower case.
        return word if texts.language == "zh" else word.lower()
    if isinstance(value, (list, tuple)):
        parts = [_format(texts, v) for v in value]
        # In Chinese running text a list reads 甲、乙、丙: the parts themselves often contain 和.
        return "、".join(parts) if texts.language == "zh" else texts.join(parts)
    if isinstance(value, int):
        return str(value)
    return "" if value is None else str(value)


format_value = _format
"""Return a typed value (money, percentage, date, term, label, list) as the reader sees it (public name)."""


# --- text -------------------------------------------------------------------------------


def text_report(reports: Sequence[BriefReport], language: str | None = None) -> str:
    """Return the plain-text report: one block per brief, errors first, then a total when several."""
    blocks = [_text_block(report) for report in reports]
    if len(reports) > 1:
        texts = Texts(language or reports[0].language)
        blocks.append(texts.t("check.total", briefs=len(reports), **_counts(reports)))
    return "\n\n".join(blocks) + "\n"


def _text_block(report: BriefReport) -> str:
    texts = Texts(report.language)
    if not report.items:
        return f"== {report.file} ==\n{texts.t('check.clean')}"
    lines = [f"== {report.file} =="]
    if not report.valid:
        lines.append(texts.t("check.invalid"))
    for item in sorted(report.items, key=_text_order):
        where = item.file + (f":{item.line}" if item.line is not None else "")
        path = f" {item.path}:" if item.path and not report.valid else ""
        severity = texts.t(f"check.severity_{item.severity.value}")
        lines.append(f"{where}: {severity} [{item.rule}]{path} {terminal_text(item.message)}")
        lines.append(f"    {texts.t('check.next')}{terminal_text(item.action)}")
    lines.append(texts.t("check.counts", **_counts([report])))
    return "\n".join(lines)


_LINE_BREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_text(text: str) -> str:
    """Return `text` safe to print as one line of the report: line breaks become spaces (a name can't
    forge a finding line) and control characters go (an ESC in a name can't drive the terminal)."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", text))


def _text_order(item: ReportItem) -> tuple:
    return (item.severity.rank, item.file, item.line or 0, item.column or 0, item.rule, item.path)


def _counts(reports: Sequence[BriefReport]) -> dict[str, int]:
    return {
        "errors": sum(r.count(Severity.ERROR) for r in reports),
        "warnings": sum(r.count(Severity.WARNING) for r in reports),
        "infos": sum(r.count(Severity.INFO) for r in reports),
    }


# --- JSON -------------------------------------------------------------------------------


def json_items(reports: Sequence[BriefReport]) -> list[dict[str, Any]]:
    """Return every item of every report as JSON objects, sorted by file, line, rule (then path, message)."""
    items = [item for report in reports for item in report.items]
    items.sort(key=lambda i: (i.file, i.line or 0, i.rule, i.path, i.message))
    return [item.as_json() for item in items]


def json_report(reports: Sequence[BriefReport]) -> str:
    """Return the JSON report: a list of {file, rule, severity, message, path, line, action}."""
    import json  # only for --format json

    return json.dumps(json_items(reports), ensure_ascii=False, indent=2) + "\n"
