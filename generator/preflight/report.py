"""The preflight report: findings grouped by file and place for people, and JSON for scripts."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass

from generator.i18n import Texts
from generator.preflight.items import Where
from generator.preflight.package import PackageError
from generator.preflight.rules import ERROR, WARNING, Finding


@dataclass(frozen=True)
class FileReport:
    """The findings of one file, or why it could not be read (which counts as an error)."""

    file: str
    findings: tuple[Finding, ...] = ()
    problem: PackageError | None = None

    def count(self, severity: str) -> int:
        """Return how many findings have `severity` (an unreadable file counts as one error)."""
        return sum(1 for f in self.findings if f.severity == severity) + (
            severity == ERROR and self.problem is not None
        )


def where_text(where: Where, t: Texts) -> str:
    """Return the place as the reader is told it: `word/document.xml · paragraph 12 (tracked deletion)`."""
    values = {key: _value_text(key, value, where, t) for key, value in where.values}
    place = where.place
    if place == "comment" and "at" in values:
        place = "comment_at"
    label = t.t(f"preflight.where_{place}", **values)
    if where.state:
        label += t.t(f"preflight.state_{where.state}")
    return f"{where.part}{t.t('preflight.separator')}{label}" if where.part else label


def _value_text(key: str, value: object, where: Where, t: Texts) -> str:
    if isinstance(value, Where):
        return where_text(Where("", value.place, value.values, value.state), t)
    if key == "name" and where.place == "property":
        return t.t(f"preflight.property_{value}")
    return safe(str(value))


def reason_text(problem: PackageError, t: Texts) -> str:
    """Return why a file could not be read, in the reader's language."""
    return t.t(f"preflight.reason_{problem.reason}", **{k: safe(str(v)) for k, v in problem.values.items()})


def safe(text: str) -> str:
    """Return document text fit for a terminal line: controls and bidi overrides become spaces."""
    return "".join(" " if unicodedata.category(char)[0] == "C" else char for char in text)


def text_report(reports: list[FileReport], t: Texts) -> str:
    """Return the report for people: per file, per place, each finding with its meaning."""
    lines: list[str] = []
    for report in reports:
        if report.problem is not None:
            lines.append(f"{report.file}: {t.t('preflight.unreadable', message=reason_text(report.problem, t))}")
            continue
        if not report.findings:
            lines.append(f"{report.file}: {t.t('preflight.clean')}")
            continue
        lines.append(f"{report.file}: {_counts(report, t)}")
        current = None
        for finding in report.findings:
            place = where_text(finding.where, t)
            if place != current:
                lines.append(f"  {place}")
                current = place
            lines.append(f"    {_finding_line(finding, t)}")
        rules = list(dict.fromkeys(finding.rule for finding in report.findings))
        lines.append(f"  {t.t('preflight.fix_heading')}")
        lines += [f"    {rule}: {t.t('preflight.fix_' + rule.replace('-', '_'))}" for rule in rules]
    if len(reports) > 1:
        errors = sum(r.count(ERROR) for r in reports)
        warnings = sum(r.count(WARNING) for r in reports)
        lines.append(t.t("preflight.total", files=len(reports), errors=errors, warnings=warnings))
    return "\n".join(lines) + "\n"


def _counts(report: FileReport, t: Texts) -> str:
    return t.t("preflight.counts", errors=report.count(ERROR), warnings=report.count(WARNING))


def _finding_line(finding: Finding, t: Texts) -> str:
    meaning = t.t(f"preflight.rule_{finding.rule.replace('-', '_')}")
    if finding.source:
        key = "preflight.from_archive" if finding.rule == "other-customer" else "preflight.matches"
        meaning += t.t("preflight.list_separator") + t.t(key, source=safe(finding.source))
    quoted = ""
    if finding.text:
        quoted = f" {t.t('preflight.quote_open')}{safe(finding.text)}{t.t('preflight.quote_close')}"
    return f"{t.t('preflight.severity_' + finding.severity)} {finding.rule}{quoted} — {meaning}"


def json_report(reports: list[FileReport], t: Texts) -> str:
    """Return {"files": [{"file", "findings": [{"rule", "severity", "where", "text"}]}]} as JSON text.

    A file that could not be read has one finding of rule `unreadable` (an error) saying why."""
    files = []
    for report in reports:
        findings = [
            {"rule": f.rule, "severity": f.severity, "where": where_text(f.where, t), "text": f.text}
            for f in report.findings
        ]
        if report.problem is not None:
            findings.append(
                {"rule": "unreadable", "severity": ERROR, "where": "", "text": reason_text(report.problem, t)}
            )
        files.append({"file": report.file, "findings": findings})
    return json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n"
