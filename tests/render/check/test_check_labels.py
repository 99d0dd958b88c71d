"""The coach's words: both languages complete, every finding renders in both."""

from __future__ import annotations

import datetime as dt
import string

import pytest
import repo_paths

from generator.analysis.coach.check import check_brief
from generator.i18n.labels.check import LABELS
from generator.load import load_brief
from generator.models import Brief
from generator.render.check.report import brief_report

DATA = repo_paths.DATA


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(LABELS))
def test_both_languages_present_with_the_same_fields(key):
    zh, en = LABELS[key]
    assert zh.strip() and en.strip()
    assert _fields(zh) == _fields(en)


def _odd_briefs() -> list[Brief]:
    """Briefs that reach the variants the fixtures don't: unknown relationships, no assessment, plans ahead."""
    return [
        Brief.model_validate(
            {
                "brief": 1,
                "account": {"name": "A", "tier": "key", "relationship_health": {}},
                "contacts": [
                    {"id": "k", "name": "K", "roles": ["evaluator"]},
                    {"id": "o", "name": "O", "level": "operational"},
                ],
                "opportunity": {
                    "name": "X",
                    "stage": "evaluation",
                    "competitors": [{"name": "B"}],
                    "our_strengths": ["s"],
                    "assessment": {"opportunity": {"answer": "no", "why": "on hold"}},
                },
                "visits": [{"date": "2027-01-10"}],
            }
        ),
        Brief.model_validate(
            {
                "brief": 1,
                "account": {"name": "A", "tier": "key"},
                "contacts": [{"id": "k", "name": "K"}],
                "opportunity": {"name": "X", "stage": "design", "needs": {"goals": ["g"]}},
                "visits": [{"date": "2026-01-10"}, {"date": "2027-01-10", "planned": True}],
            }
        ),
    ]


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_finding_renders_fully(language, tmp_path):
    from generator.load.brief import LoadedBrief
    from generator.load.yaml_source import Locations

    today = dt.date(2026, 11, 23)
    rendered: list[tuple[bool, str]] = []  # (the brief's own data has Chinese, text)
    for path in sorted(DATA.glob("check_*/*.yaml")):
        item = load_brief(path)
        chinese_data = _has_cjk(path.read_text(encoding="utf-8"))
        for finding in brief_report(item, check_brief(item.brief, today), language).items:
            rendered += [(chinese_data, finding.message), (chinese_data, finding.action)]
    for brief in _odd_briefs():  # in memory: a stand-in that locates nothing
        report = brief_report(LoadedBrief(brief, tmp_path / "x.yaml", Locations()), check_brief(brief, today), language)
        assert report.items
        rendered += [(False, i.message) for i in report.items] + [(False, i.action) for i in report.items]
    assert len({text for _, text in rendered}) > 60
    for chinese_data, text in rendered:
        assert "{" not in text and "}" not in text, text
        assert "None" not in text, text
        if language == "en" and not chinese_data:
            assert not _has_cjk(text), text
