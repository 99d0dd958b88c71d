"""The `kam plan` job: read the accounts, grade them, write one plan per account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.errors import Problem


def read_accounts(inputs: Sequence[Path], language: str | None = None) -> tuple[list[Any], list[Problem]]:
    """Return (good customer records, problems of the bad ones) of `inputs` (briefs, folders, CSV, XLSX)."""
    from generator.load.customers import CustomerRecord, iter_customers

    records, problems = [], []
    for item in iter_customers(list(inputs), language=language or "zh"):
        if isinstance(item, CustomerRecord):
            records.append(item)
        else:
            problems.extend(item.problems)
    return records, problems


def write_plans(
    records: Sequence[Any],
    *,
    output: Path | None,
    year: int | None,
    today: dt.date,
    language: str | None = None,
    templates_dir: Path | None = None,
) -> list[Path]:
    """Write the plan of every record; return the paths written.

    `output` is a .docx (one record only) or a folder; without it each plan goes next to its input.
    Tiers not set by hand come from grading all the accounts together, as in the visit plan.
    """
    from generator.analysis.account_plan import account_plan
    from generator.analysis.visits_plan import tiers_of
    from generator.output import inside, write_atomic
    from generator.render.kit.templates import TemplateSet
    from generator.render.plan.document import default_name, render_plan

    to_file = output is not None and output.suffix.lower() == ".docx"
    templates = TemplateSet(templates_dir)
    written: list[Path] = []
    taken: set[str] = set()
    for record, (tier, _by_hand) in zip(records, tiers_of([r.brief for r in records])):
        brief = record.brief
        lang = language or brief.language.value
        plan = account_plan(brief, today, year=year, tier=tier)
        data = render_plan(plan, lang, templates)
        if to_file and output is not None:
            target = output
        else:
            folder = output if output is not None else Path(record.source).parent
            target = inside(folder, _unique(default_name(brief.account.name, plan.year, lang), taken))
        written.append(write_atomic(target, data))
    return written


def _unique(name: str, taken: set[str]) -> str:
    """Return `name`, or `name (2).docx` … when an earlier plan of this run took it (ignoring case)."""
    stem, suffix = name[:-5], name[-5:]
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem} ({number}){suffix}"
    taken.add(candidate.casefold())
    return candidate
