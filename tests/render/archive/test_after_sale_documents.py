"""The new rules' words, the visit plan's after-signing objectives, and hostile text in the new documents."""

from __future__ import annotations

import datetime as dt
import zipfile

import repo_paths
from click.testing import CliRunner
from docx import Document
from hostile_examples import write_hostile_examples
from lxml import etree

from generator.analysis.coach.check import check_brief
from generator.cli import cli
from generator.load import load_brief
from generator.render.check.report import brief_report

DATA = repo_paths.DATA
TODAY = dt.date(2026, 11, 23)
CONTROL = "\x00\x01\x08\x0b\x0c\x1b"


def _messages(rule: str, name: str = "fail.yaml", language: str = "en") -> list[str]:
    loaded = load_brief(DATA / f"check_{rule}" / name)
    return [
        item.message
        for item in brief_report(loaded, check_brief(loaded.brief, TODAY), language).items
        if item.rule == rule
    ]


def test_the_new_rules_name_their_evidence():
    assert _messages("concession-ladder-broken", language="zh") == [
        "让步阶梯第 2 步落到「240万 一次付清」（¥2,400,000.00），低于我方底线 ¥2,450,000.00。"
    ]
    assert _messages("concession-ladder-broken", "fail-grows.yaml") == [
        "Step 2 of the concession ladder gives away CN¥180,000.00 (6.72% of the first target), more than the step "
        "before (CN¥50,000.00); concessions must shrink."
    ]
    assert _messages("no-negotiation-team", "fail-no-lead.yaml") == [
        "The negotiation team (Dana Wu and Eli Park) has no lead negotiator."
    ]
    assert _messages("receivable-overdue", language="zh") == [
        "应收账款 ¥200,000.00 于 2026-06-30 到期，已逾期 146 天，仍有 ¥150,000.00 未收回。",
        "应收账款 ¥120,000.00 于 2026-10-31 到期，已逾期 23 天，仍有 ¥120,000.00 未收回。",
    ]
    assert _messages("complaint-open") == [
        "The complaint “充电桩故障” has been open since September 1, 2026, 83 days (more than 14; owner: 刘工)."
    ]
    assert _messages("satisfaction-unknown", language="zh") == [
        "关键客户最近一次满意度评分是 2026-03-10（4 分），已超过 6 个月。"
    ]


def test_the_visit_plan_carries_the_after_signing_objectives(tmp_path, examples_dir):
    out = tmp_path / "plan.docx"
    result = CliRunner().invoke(
        cli,
        [
            "visits",
            str(examples_dir / "brief-zh.yaml"),
            "--from",
            "2026-11-30",
            "--today",
            "2026-11-27",
            "-o",
            str(out),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    cells = "\n".join(cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells)
    assert "回收账款：催收 ¥126,000.00（2026年11月25日到期" in cells
    assert "关闭投诉「维保巡检报告未按时提交」（2026年11月16日起，负责人：李明）" in cells


def test_hostile_text_in_the_plan_the_review_and_the_diff(tmp_path, examples_dir):
    briefs = write_hostile_examples(examples_dir, tmp_path / "briefs", 1, long_every=5)
    runner = CliRunner()
    for brief in briefs:
        result = runner.invoke(
            cli, ["negotiate", str(brief), "-o", str(tmp_path / f"{brief.stem}.docx")], catch_exceptions=False
        )
        assert result.exit_code == 0, result.output
    result = runner.invoke(
        cli,
        [
            "review",
            *map(str, briefs),
            "-o",
            str(tmp_path / "review.xlsx"),
            "--docx",
            str(tmp_path / "review.docx"),
            "--today",
            "2026-12-01",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    for name in [f"{b.stem}.docx" for b in briefs] + ["review.xlsx", "review.docx"]:
        with zipfile.ZipFile(tmp_path / name) as package:
            for part in package.namelist():
                if part.endswith((".xml", ".rels")):
                    blob = package.read(part)
                    etree.fromstring(blob)
                    assert not any(ch in blob.decode("utf-8") for ch in CONTROL), (name, part)
    result = runner.invoke(cli, ["diff", str(examples_dir / "brief-zh.yaml"), str(briefs[0])], catch_exceptions=False)
    assert result.exit_code == 0
    assert not any(ch in result.output for ch in CONTROL + "\x7f"), "a name can't drive the terminal"
    from generator.i18n import Texts

    t = Texts("zh")
    frame = {
        t.t(f"diff.section_{s}")
        for s in ("deal", "people", "assessment", "competition", "pricing", "negotiation", "visits", "after_sale")
    }
    lines = result.output.splitlines()
    # one line per change: a hostile name can't break a line or forge one
    assert lines[0].startswith("== ") and lines[-1].startswith("共 ")
    assert all(line.startswith("  - ") or line in frame for line in lines[1:-1])
