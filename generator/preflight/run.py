"""Check files against a brief's facts: the one function the command (and any other caller) uses."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from generator.preflight.clean import clean_package
from generator.preflight.facts import Facts
from generator.preflight.package import PackageError
from generator.preflight.readers import read_file
from generator.preflight.report import FileReport
from generator.preflight.rules import judge

# What the cleaned copy may not keep: a person must decide about these.
NEEDS_A_PERSON = ("tracked-change", "internal-amount", "internal-text", "other-customer")


def check_file(path: Path, facts: Facts, label: str | None = None) -> FileReport:
    """Return the findings of one file, or why it could not be read."""
    try:
        reading = read_file(path)
    except PackageError as exc:
        return FileReport(label or str(path), problem=exc)
    return FileReport(label or str(path), tuple(judge(reading, facts)))


def clean_copy(path: Path, facts: Facts, scratch: Path) -> tuple[bytes | None, Counter, FileReport]:
    """Return (cleaned bytes or None when refused, what was removed, the cleaned copy's report).

    The copy is checked again: it is refused (None) while tracked changes, internal facts or
    another customer's name remain in it. `scratch` is a temporary path the copy is read back from.
    """
    data, counts = clean_package(path.read_bytes(), path.suffix.lower(), facts.own_names)
    scratch.write_bytes(data)
    report = check_file(scratch, facts, label=str(path))
    needs_a_person = NEEDS_A_PERSON + (("hidden-text",) if path.suffix.lower() in (".xlsx", ".xlsm") else ())
    if report.problem is not None or any(f.rule in needs_a_person for f in report.findings):
        return None, counts, report
    return data, counts, report
