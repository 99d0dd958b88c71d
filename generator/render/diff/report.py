"""The changes between two briefs in words: text grouped by section, or JSON (one object per change)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from generator.analysis.coach.registry import Label, Percent
from generator.analysis.diff import Change
from generator.i18n import Texts
from generator.models.enums import Term
from generator.render.check.report import format_value, terminal_text

SECTIONS = ("deal", "people", "assessment", "competition", "pricing", "negotiation", "visits", "after_sale")


def change_text(texts: Texts, change: Change) -> str:
    """Return one change as a sentence in the reader's words (unset values say so)."""
    values = {}
    for name, value in change.values.items():
        if value is None:
            values[name] = texts.t("diff.unset")
        elif name == "delta" and isinstance(value, Decimal):
            values[name] = ("+" if value > 0 else "−" if value < 0 else "") + texts.money(abs(value))
        else:
            values[name] = format_value(texts, value)
    return texts.t(f"diff.{change.key}", **values)


def text_report(changes: Sequence[Change], language: str, old: str, new: str, currency: str = "CNY") -> str:
    """Return the text report: a header line, then each section's changes as `- ` lines."""
    t = Texts(language, currency)
    lines = [f"== {terminal_text(t.t('diff.header', old=old, new=new))} =="]
    if not changes:
        lines.append(t.t("diff.no_changes"))
        return "\n".join(lines) + "\n"
    for section in SECTIONS:
        items = [c for c in changes if c.section == section]
        if not items:
            continue
        lines.append(t.t(f"diff.section_{section}"))
        lines += [f"  - {terminal_text(change_text(t, c))}" for c in items]
    lines.append(t.t("diff.count", count=len(changes)))
    return "\n".join(lines) + "\n"


def _plain(value: Any) -> Any:
    """Return a change's value as JSON: money and rates as decimal strings, dates ISO, terms by their code."""
    if isinstance(value, Label):
        return value.key
    if isinstance(value, Percent):
        return str(value.value)
    if isinstance(value, Term):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def json_report(changes: Sequence[Change], language: str, old: str, new: str, currency: str = "CNY") -> str:
    """Return {old, new, changes: [{section, kind, message, values}]} as JSON text."""
    t = Texts(language, currency)
    data = {
        "old": old,
        "new": new,
        "changes": [
            {
                "section": c.section,
                "kind": c.key,
                "message": change_text(t, c),
                "values": {k: _plain(v) for k, v in c.values.items()},
            }
            for c in changes
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
