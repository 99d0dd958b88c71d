"""The preflight rules: what a reader found in a file, judged against the deal's facts.

Rule ids are fixed (scripts depend on them):
internal-amount, internal-text, other-customer, comment, tracked-change, hidden-text,
hidden-slide, off-slide-content, embedded-data (errors); speaker-notes (a warning, an error
when the notes hold internal facts); personal-property, placeholder (warnings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.preflight.amounts import amounts_in
from generator.preflight.facts import Facts
from generator.preflight.items import Item, Reading, Where
from generator.preflight.normalise import normalise

ERROR, WARNING = "error", "warning"
RULES = {
    "internal-amount": ERROR,
    "internal-text": ERROR,
    "other-customer": ERROR,
    "comment": ERROR,
    "tracked-change": ERROR,
    "hidden-text": ERROR,
    "hidden-slide": ERROR,
    "off-slide-content": ERROR,
    "embedded-data": ERROR,
    "speaker-notes": WARNING,
    "personal-property": WARNING,
    "placeholder": WARNING,
}
# Places where text is a remark about the document, not its content: no placeholder check there.
_REMARKS = {"comment", "slide_comment", "sheet_comment", "notes"}

_PLACEHOLDER = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}"
    r"|(?<![A-Za-z])(?:XX+|xx{2,}|×××*)(?![A-Za-z])"
    r"|[\[［【<＜〈]\s*(?:客户名称|客户名|客户|公司名称|公司|单位名称|项目名称|联系人|姓名|金额|日期|名称|此处[^\]］】>＞〉]{0,12}"
    r"|customer(?:\s+name)?|company(?:\s+name)?|client(?:\s+name)?|name|date|amount|insert[^\]］】>＞〉]{0,20})\s*[\]］】>＞〉]"
    r"|(?<![A-Za-z])(?-i:TODO|TBD|FIXME)(?![A-Za-z])|Lorem ipsum|待定|待补充|待确认|待填写",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Finding:
    """One finding: fixed rule id, severity, place, the text found there, and what it matched (a brief path)."""

    rule: str
    severity: str
    where: Where
    text: str
    source: str = ""


def judge(reading: Reading, facts: Facts) -> list[Finding]:
    """Return the findings of one file, in document order, each (rule, place, text) once."""
    found: list[Finding] = []
    notes_with_facts: set[Where] = set()
    for item in reading.items:
        fact_findings = list(_fact_findings(item, facts))
        if fact_findings and item.notes:
            notes_with_facts.add(item.where)
        found += fact_findings
        if item.where.place not in _REMARKS and item.where.state != "deleted":
            found += [
                Finding("placeholder", WARNING, item.where, match.group(0).strip())
                for match in _PLACEHOLDER.finditer(item.text)
            ]
    for mark in reading.marks:
        if mark.rule == "personal-property" and normalise(mark.text) in facts.own_names:
            continue  # our own company as author or company is what kam writes
        severity = RULES[mark.rule]
        if mark.rule == "speaker-notes" and mark.where in notes_with_facts:
            severity = ERROR
        found.append(Finding(mark.rule, severity, mark.where, _clip(mark.text)))
    unique: dict[tuple, Finding] = {}
    for finding in found:
        unique.setdefault((finding.rule, finding.where, finding.text), finding)
    return sorted(unique.values(), key=lambda f: (f.where.key, f.rule))


def _fact_findings(item: Item, facts: Facts):
    text = normalise(item.text)
    matched_sources: set[str] = set()
    matched = []
    for needle in facts.internal_texts:
        if needle.source in matched_sources and not needle.whole:
            continue
        if needle.normalised in text:
            matched_sources.add(needle.source)
            matched.append(needle)
    for needle in matched:
        # One pasted passage, one finding: a fact found only as part of a longer fact found here is not repeated.
        if any(needle.normalised in other.normalised and needle.normalised != other.normalised for other in matched):
            continue
        yield Finding("internal-text", ERROR, item.where, _clip(needle.text), needle.source)
    for name, term in facts.contact_terms:
        if name.normalised in text and term.normalised in text and term.source not in matched_sources:
            matched_sources.add(term.source)
            yield Finding("internal-text", ERROR, item.where, f"{name.text} … {term.text}", term.source)
    for amount in amounts_in(item.text):
        sources = facts.amount_sources(amount.value)
        if sources:
            yield Finding("internal-amount", ERROR, item.where, amount.text, ", ".join(sources))
    named: set[str] = set()
    for needle in facts.other_customers:  # longest first: a short name inside the full name counts once
        if needle.source not in named and needle.normalised in text:
            named.add(needle.source)
            yield Finding("other-customer", ERROR, item.where, needle.text, needle.source)


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def failing(findings: list[Finding], strict: bool) -> bool:
    """Return True when the findings fail the check: any error, or with `strict` any finding."""
    return any(strict or finding.severity == ERROR for finding in findings)
