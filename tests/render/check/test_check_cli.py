"""`kam check`: text and JSON output, exit codes, invalid briefs, locations across files."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import repo_paths

from generator.cli import main

DATA = repo_paths.DATA
TODAY = ["--today", "2026-11-23"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Run `kam` in-process; return (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def fixture(rule: str, name: str = "fail.yaml") -> str:
    return str(DATA / f"check_{rule}" / name)


def test_examples_are_clean_even_in_strict_mode(capsys, examples_dir):
    code, out, _ = run(
        capsys, "check", *TODAY, "--strict", str(examples_dir / "brief-zh.yaml"), str(examples_dir / "brief-en.yaml")
    )
    assert code == 0
    assert "未发现问题。" in out and "No findings." in out
    assert "共检查 2 份简报：错误 0 · 警告 0 · 提示 0" in out


def test_exit_codes_follow_the_most_serious_finding(capsys):
    warning_only = fixture("trade-without-exchange")
    assert run(capsys, "check", *TODAY, warning_only)[0] == 0
    assert run(capsys, "check", *TODAY, "--strict", warning_only)[0] == 1
    info_only = fixture("key-account-unvisited", "pass.yaml")
    assert run(capsys, "check", *TODAY, "--strict", info_only)[0] == 0
    error = fixture("target-below-bottom-line")
    assert run(capsys, "check", *TODAY, error)[0] == 1
    # One failing brief among clean ones fails the run.
    assert run(capsys, "check", *TODAY, warning_only, error)[0] == 1


def test_usage_mistakes_exit_2(capsys):
    assert run(capsys, "check", "--today", "05/06/2026", fixture("no-coach"))[0] == 2
    assert run(capsys, "check", "--format", "xml", fixture("no-coach"))[0] == 2
    assert run(capsys, "check", "--max-discount", "lots", fixture("no-coach"))[0] == 2
    assert run(capsys, "check")[0] == 2


def test_text_groups_by_brief_in_its_language_with_file_line_and_action(capsys):
    zh, en = fixture("fab-incomplete"), fixture("weak-relationship-health")
    code, out, _ = run(capsys, "check", *TODAY, zh, fixture("challenge-without-impact"))
    assert code == 0
    blocks = out.split("\n\n")
    assert blocks[0].startswith(f"== {zh} ==")
    assert f"{zh}:10: 警告 [fab-incomplete] 「MES 追溯模块」的 FAB 不完整，缺少优势、利益。" in blocks[0]
    assert "    建议：补齐特征、优势和利益；利益要落到客户的目标和问题上。" in blocks[0]
    # --lang words every brief in one language.
    code, out, _ = run(capsys, "check", *TODAY, "--lang", "en", zh, en)
    assert (
        f"{zh}:10: warning [fab-incomplete] The FAB of “MES 追溯模块” is incomplete: it lacks advantage and benefit."
        in out
    )
    assert "    Next: Complete feature, advantage and benefit" in out
    assert out.endswith(
        "\n\n2 briefs checked: errors 0 · warnings 9 · info 2\n"
    )  # + satisfaction-unknown on the key account
    assert "{" not in out  # every value filled in


def test_text_puts_errors_first_then_warnings_then_info(capsys):
    _, out, _ = run(capsys, "check", *TODAY, "--lang", "en", fixture("needs-not-written"))
    severities = re.findall(r"^\S+?:\d+: (error|warning|info) \[", out, flags=re.M)
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert severities.count("error") and severities.count("warning") and severities.count("info")


def test_json_shape_sorting_and_stability(capsys):
    briefs = [
        fixture("pricing-anomaly"),
        fixture("assessment-open"),
        fixture("pricing-anomaly", "fail-all-optional.yaml"),
    ]
    code, out, _ = run(capsys, "check", *TODAY, "--format", "json", *briefs)
    assert code == 1
    items = json.loads(out)
    assert items and all(
        set(item) == {"file", "rule", "severity", "message", "path", "line", "action"} for item in items
    )
    assert all(item["severity"] in ("error", "warning", "info") for item in items)
    assert all(isinstance(item["line"], int) for item in items)
    keys = [(i["file"], i["line"], i["rule"]) for i in items]
    assert keys == sorted(keys)
    assert {
        "file": fixture("pricing-anomaly"),
        "rule": "pricing-anomaly",
        "severity": "warning",
        "message": "报价项「Installation」金额为零，但不是可选项。",
        "path": "proposal.pricing.items[1].unit_price",
        "line": 15,
        "action": "填写价格；如果是赠送，应标为可选项或在谈判中作为交换条件，而不是白白让出。",
    } in items
    # Same input, same bytes: whatever order the briefs come in.
    again = run(capsys, "check", *TODAY, "--format", "json", *reversed(briefs))[1]
    assert again == out


def test_json_of_a_clean_brief_is_an_empty_list(capsys, examples_dir):
    code, out, _ = run(capsys, "check", *TODAY, "--format", "json", str(examples_dir / "brief-en.yaml"))
    assert (code, json.loads(out)) == (0, [])


def test_invalid_brief_reports_located_problems_as_errors(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "brief: 1\naccount:\n  name: A\ncontacts:\n  - {id: a, name: A, level: boss}\n"
        "opportunity: {name: X, stage: evaluation, budgt: 1}\n",
        encoding="utf-8",
    )
    good = fixture("trade-without-exchange", "pass.yaml")
    code, out, _ = run(capsys, "check", *TODAY, "--format", "json", str(bad), good)
    assert code == 1
    items = json.loads(out)
    invalid = [i for i in items if i["rule"] == "invalid-brief"]
    assert [(i["file"], i["line"], i["path"], i["severity"]) for i in invalid] == [
        (str(bad), 5, "contacts[0].level", "error"),
        (str(bad), 6, "opportunity.budgt", "error"),
    ]
    assert "did you mean 'budget'" in invalid[1]["message"]
    # The other brief is still checked.
    assert not [i for i in items if i["file"] == good and i["rule"] == "invalid-brief"]

    code, out, _ = run(capsys, "check", *TODAY, str(bad))
    assert code == 1
    assert "the brief is not valid, so it was not checked:" in out
    assert f"{bad}:5: error [invalid-brief] contacts[0].level: must be one of" in out
    assert "Traceback" not in out


def test_missing_file_is_an_invalid_brief(capsys, tmp_path):
    code, out, _ = run(capsys, "check", *TODAY, "--format", "json", str(tmp_path / "nope.yaml"))
    assert code == 1
    assert json.loads(out)[0]["message"] == "file not found"


def test_finding_in_the_seller_file_points_into_that_file(capsys, tmp_path):
    folder = tmp_path / "deal"
    folder.mkdir()
    (folder / "our-company.yaml").write_text(
        "# our company\nname: Huadong Smart\ntagline: Smarter lines\n", encoding="utf-8"
    )
    source = (DATA / "check_proposal-section-missing" / "pass.yaml").read_text(encoding="utf-8")
    brief_text = re.sub(
        r"seller:\n  name: Huadong Smart\n  credentials:\n    certifications: \[ISO 9001\]\n",
        "seller: our-company.yaml\n",
        source,
    )
    assert brief_text != source
    (folder / "brief.yaml").write_text(brief_text, encoding="utf-8")
    _, out, _ = run(capsys, "check", *TODAY, "--format", "json", str(folder / "brief.yaml"))
    credentials = [i for i in json.loads(out) if i["rule"] == "proposal-section-missing"]
    assert [(Path(i["file"]).name, i["line"], i["path"]) for i in credentials] == [("our-company.yaml", 1, "seller")]


def test_today_defaults_to_the_current_date(capsys, tmp_path):
    old = tmp_path / "old.yaml"
    old.write_text(
        "brief: 1\naccount: {name: A}\nopportunity: {name: X, decision_date: 2001-01-01}\n", encoding="utf-8"
    )
    _, out, _ = run(capsys, "check", "--format", "json", str(old))
    assert [i["line"] for i in json.loads(out) if i["rule"] == "decision-date-passed"] == [3]
    far = tmp_path / "far.yaml"
    far.write_text(
        "brief: 1\naccount: {name: A}\nopportunity: {name: X, decision_date: 2999-01-01}\n", encoding="utf-8"
    )
    _, out, _ = run(capsys, "check", "--format", "json", str(far))
    assert not [i for i in json.loads(out) if i["rule"] == "decision-date-passed"]


def test_max_discount_option(capsys):
    brief = fixture("pricing-anomaly", "pass.yaml")  # a 20 % discount on one line
    _, out, _ = run(capsys, "check", *TODAY, "--format", "json", brief)
    assert not [i for i in json.loads(out) if i["path"].endswith("discount")]
    _, out, _ = run(capsys, "check", *TODAY, "--format", "json", "--max-discount", "15%", brief)
    flagged = [i for i in json.loads(out) if i["path"].endswith("discount")]
    assert [(i["line"], i["path"]) for i in flagged] == [(9, "proposal.pricing.items[0].discount")]
    assert "15%" in flagged[0]["message"]


def test_copied_examples_still_clean_after_a_move(capsys, examples):
    """The seller file is found relative to the brief wherever the examples are copied."""
    target = examples.parent / "elsewhere"
    shutil.move(str(examples), target)
    code, out, _ = run(capsys, "check", *TODAY, "--strict", str(target / "brief-zh.yaml"))
    assert code == 0, out
