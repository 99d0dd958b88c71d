"""kam diff: two versions of an example brief, in the method's words; text, JSON and git's diff driver."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
import repo_paths
from click.testing import CliRunner

from generator.analysis.diff import diff_briefs
from generator.cli import main
from generator.load import load_brief

ROOT = repo_paths.ROOT


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.pass_context
def _script(ctx):
    main(list(ctx.args))


def _kam(*args):
    return CliRunner().invoke(_script, [str(a) for a in args])


def _edit(path: Path, *pairs: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


WEEK_LATER = (
    ("  stage: evaluation\n", "  stage: commitment\n"),
    (
        '    relationship: appointment\n    attitude: neutral\n    phone: "139 0000 0003"',
        '    relationship: trust\n    attitude: supporter\n    phone: "139 0000 0003"',
    ),
    ('unit_price: "38万", discount: "5%", package: A}', 'unit_price: "38万", discount: "8%", package: A}'),
    ('  bottom_line: "245万"', '  bottom_line: "248万"'),
    (
        "    winnable: {answer: yes, why: 一期交付口碑好，生产部明确支持}",
        "    winnable: {answer: unknown, why: 对手降价 10%}",
    ),
    (
        "next_steps: [提交建议书], signals: [询问交货期, 询问一期的验收标准]}",
        "next_steps: [提交建议书], signals: [询问交货期, 询问一期的验收标准]}\n"
        "  - {date: 2026-11-26, contacts: [wang, liu], objective: 商务谈判, outcome: 对方要求再降 3%}",
    ),
    (
        "    - {date: 2026-11-16, issue: 维保巡检报告未按时提交, status: open, owner: 李明}",
        "    - {date: 2026-11-16, issue: 维保巡检报告未按时提交, status: closed, closed_on: 2026-11-24, owner: 李明}",
    ),
    (
        "  - id: liu\n",
        "  - {id: sun, name: 孙总监, title: 财务总监, relationship: acquaintance, attitude: neutral}\n  - id: liu\n",
    ),
    (
        "  - type: timing\n",
        "  - {type: payment, statement: 预付款比例太高, method: yes_if, response: 如果一次签两期，预付可降到 20%}\n"
        "  - type: timing\n",
    ),
)


@pytest.fixture()
def versions(examples) -> tuple[Path, Path]:
    new = examples / "brief-zh-next.yaml"
    shutil.copy(examples / "brief-zh.yaml", new)
    _edit(new, *WEEK_LATER)
    return examples / "brief-zh.yaml", new


def test_changes_in_the_methods_terms(versions):
    old, new = (load_brief(p).brief for p in versions)
    kinds = [(c.section, c.key) for c in diff_briefs(old, new)]
    assert kinds == [
        ("deal", "stage_forward"),
        ("people", "relationship_forward"),
        ("people", "attitude"),
        ("people", "contact_added"),
        ("assessment", "answer"),
        ("competition", "objection_added"),
        ("pricing", "line_amount"),
        ("pricing", "discount"),
        ("pricing", "subtotal"),
        ("pricing", "total"),
        ("negotiation", "bottom_line"),
        ("visits", "visit_logged"),
        ("after_sale", "complaint_closed"),
    ]
    assert diff_briefs(old, old) == []


def test_text_in_both_languages(versions):
    result = _kam("diff", *versions)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"== {versions[0]} → {versions[1]} =="
    for expected in (
        "  - 采购阶段推进：评估比较 → 购买承诺",
        "  - 陈工的关系推进：约会 → 信赖",
        "  - 陈工的态度：中立 → 支持",
        "  - 新联系人：孙总监 财务总监（关系：认识，态度：中立）",
        "  - 「能赢么」：是 → 未知（对手降价 10%）",
        "  - 报价项「焊接机器人工作站」的折扣：5% → 8%",
        "  - 报价合计（含税）：¥3,028,400.00 → ¥2,951,108.00（−¥77,292.00）",
        "  - 我方底线：¥2,450,000.00 → ¥2,480,000.00",
        "  - 新拜访记录 2026-11-26：商务谈判（王建国、刘芳）→ 对方要求再降 3%",
        "  - 投诉已关闭：维保巡检报告未按时提交（2026-11-24）",
        "共 13 处变化。",
    ):
        assert expected in lines, expected
    english = _kam("diff", *versions, "--lang", "en").output
    assert "  - Buying stage moved on: evaluation → commitment" in english
    assert "  - Total with tax: CN¥3,028,400.00 → CN¥2,951,108.00 (−CN¥77,292.00)" in english
    assert "{" not in english and "{" not in result.output
    assert _kam("diff", versions[0], versions[0]).output.splitlines()[1] == "没有变化。"


def test_json(versions):
    data = json.loads(_kam("diff", *versions, "--format", "json").output)
    assert data["old"] == str(versions[0]) and len(data["changes"]) == 13
    stage = data["changes"][0]
    assert stage == {
        "section": "deal",
        "kind": "stage_forward",
        "message": "采购阶段推进：评估比较 → 购买承诺",
        "values": {"old": "evaluation", "new": "commitment"},
    }
    total = next(c for c in data["changes"] if c["kind"] == "total")
    assert total["values"] == {"old": "3028400.00", "new": "2951108.00", "delta": "-77292.00"}


def test_bad_usage_and_bad_briefs(versions, tmp_path):
    assert _kam("diff", versions[0]).exit_code == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("brief: 1\naccount: {}\n", encoding="utf-8")
    result = _kam("diff", versions[0], bad)
    assert result.exit_code == 1 and "account.name" in result.output


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_as_gits_diff_driver(tmp_path, examples_dir):
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in ("brief-zh.yaml", "seller.yaml"):
        shutil.copy(examples_dir / name, repo / name)
    shutil.copytree(examples_dir / "assets", repo / "assets")
    (repo / ".gitattributes").write_text("*.yaml diff=kam\n", encoding="utf-8")
    kam = tmp_path / "kam"
    kam.write_text(f'#!/bin/sh\nPYTHONPATH={ROOT} exec {sys.executable} -m generator "$@"\n', encoding="utf-8")
    kam.chmod(0o755)
    env = {**os.environ, "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1"}

    def git(*args):
        return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True).stdout

    git("init", "-q")
    git("config", "diff.kam.command", f"{kam} diff")
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", "-A")
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "v1")
    _edit(repo / "brief-zh.yaml", *WEEK_LATER)
    _edit(repo / "seller.yaml", ("name: 华东智能装备有限公司", "name: 华东智能装备股份有限公司"))
    out = git("diff")
    assert "== a/brief-zh.yaml → b/brief-zh.yaml ==" in out
    assert "  - 采购阶段推进：评估比较 → 购买承诺" in out and "共 13 处变化。" in out
    assert "+name: 华东智能装备股份有限公司" in out  # not a brief: shown as text
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qam", "v2")
    history = git("log", "-p", "--ext-diff", "-1")
    assert "  - 陈工的关系推进：约会 → 信赖" in history
