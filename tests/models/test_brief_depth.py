"""The brief's second-round fields: responses, tender, reporting lines, strength/weakness mappings and
pictures load, are checked with located errors, appear in `kam schema`, and drive the call plan."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import repo_paths
from click.testing import CliRunner
from docx import Document

from generator.analysis.call_plan import call_plan
from generator.cli import cli
from generator.errors import BriefError
from generator.load import load_brief
from generator.models.schema import brief_schema

PNG = (repo_paths.ROOT / "examples" / "assets" / "logo.png").read_bytes()


def _write(folder: Path, text: str) -> Path:
    path = folder / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[tuple[int | None, str, str]]:
    with pytest.raises(BriefError) as caught:
        load_brief(path)
    return [(p.line, p.path, p.message) for p in caught.value.problems]


def test_reporting_loops_and_unknown_ids_are_located_errors(tmp_path):
    path = _write(
        tmp_path,
        """brief: 1
account: {name: X}
contacts:
  - {id: a, name: A, reports_to: b}
  - {id: b, name: B, reports_to: c}
  - {id: c, name: C, reports_to: a}
  - {id: d, name: D, reports_to: d}
  - {id: e, name: E, reports_to: nobody}
  - {id: f, name: F, reports_to: a}
""",
    )
    assert _problems(path) == [
        (4, "contacts[0].reports_to", "reporting lines form a loop: a → b → c → a"),
        (7, "contacts[3].reports_to", "reports to themselves"),
        (8, "contacts[4].reports_to", "no contact with id 'nobody'"),
    ]


def test_reference_errors_come_with_field_errors_all_at_once(tmp_path):
    path = _write(
        tmp_path,
        """brief: 1
account: {name: X, tier: huge}
contacts:
  - {id: a, name: A, reports_to: zz}
opportunity:
  name: O
  our_weaknesses:
    - {text: 价格偏高, affects: [a, ghost]}
""",
    )
    found = _problems(path)
    assert [line for line, _, _ in found] == [2, 4, 8]
    assert found[1][1:] == ("contacts[0].reports_to", "no contact with id 'zz'")
    assert found[2][1:] == ("opportunity.our_weaknesses[0].affects[1]", "no contact with id 'ghost'")


def test_strengths_and_weaknesses_take_strings_and_mappings(tmp_path):
    path = _write(
        tmp_path,
        """brief: 1
account: {name: X}
contacts: [{id: zhao, name: 赵}]
opportunity:
  name: O
  our_strengths: [本地服务, {text: 自主乘梯, criteria: [电梯自主乘梯]}, 42]
  our_weaknesses: [价格偏高, {text: 交付团队紧张, affects: [zhao]}]
""",
    )
    opportunity = load_brief(path).brief.opportunity
    assert [(s.text, s.criteria) for s in opportunity.our_strengths] == [
        ("本地服务", []),
        ("自主乘梯", ["电梯自主乘梯"]),
        ("42", []),
    ]
    assert [(w.text, w.affects) for w in opportunity.our_weaknesses] == [("价格偏高", []), ("交付团队紧张", ["zhao"])]


def test_a_bad_mapping_key_is_located_with_a_hint(tmp_path):
    path = _write(
        tmp_path,
        """brief: 1
account: {name: X}
opportunity:
  name: O
  our_strengths:
    - {text: 自主乘梯, critera: [电梯自主乘梯]}
proposal:
  title: T
  tender:
    technical:
      - {clause: "3.2.1", requirment: 载重不小于 30kg}
""",
    )
    found = _problems(path)
    assert (6, "opportunity.our_strengths[0].critera", "unknown key; did you mean 'criteria'?") in found
    assert any(
        line == 11 and message.startswith("unknown key; did you mean 'requirement'") for line, _, message in found
    )


def test_offering_and_case_pictures_resolve_like_the_logo(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "robot.png").write_bytes(PNG)
    (tmp_path / "assets" / "notes.txt").write_text("not a picture", encoding="utf-8")
    path = _write(
        tmp_path,
        """brief: 1
account: {name: X}
seller:
  name: S
  credentials:
    references:
      - {customer: 苏州某厂, image: assets/missing.png}
proposal:
  title: T
  solution:
    offerings:
      - {name: 机器人, image: assets/robot.png}
      - {name: 调度系统, image: assets/notes.txt}
""",
    )
    assert _problems(path) == [
        (7, "seller.credentials.references[0].image", "image file not found: assets/missing.png"),
        (13, "proposal.solution.offerings[1].image", "image must be a PNG or JPEG file: assets/notes.txt"),
    ]
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace("assets/missing.png", "assets/robot.png")
        .replace("assets/notes.txt", "assets/robot.png"),
        encoding="utf-8",
    )
    brief = load_brief(path).brief
    image = brief.proposal.solution.offerings[0].image
    assert Path(image).is_absolute() and Path(image).read_bytes() == PNG
    assert Path(brief.seller.credentials.references[0].image).is_absolute()


def test_offering_picture_appears_in_the_proposal(tmp_path):
    from docx_reading import open_docx

    from generator.render.customer_view import customer_view
    from generator.render.proposal.document import render_proposal

    (tmp_path / "robot.png").write_bytes(PNG)
    path = _write(
        tmp_path,
        """brief: 1
account: {name: X}
seller: {name: S}
proposal:
  title: T
  solution:
    offerings: [{name: 机器人, image: robot.png}]
""",
    )
    document = open_docx(render_proposal(customer_view(load_brief(path).brief)))
    assert len(document.inline_shapes) == 1


def test_schema_describes_the_new_fields():
    schema = json.dumps(brief_schema(), ensure_ascii=False)
    for name in ("responses", "tender", "reports_to", "qualifications", "affects", "criteria", "deviation"):
        assert f'"{name}"' in schema
    assert "正偏离" in schema and "负偏离" in schema
    definitions = brief_schema()["$defs"]
    strengths = definitions["Opportunity"]["properties"]["our_strengths"]["items"]
    assert {"type": "string"} in strengths["anyOf"]  # strings still work


# --- the call plan: whom to stress which strength with, and the weaknesses to mind --------


def test_call_plan_maps_strengths_and_weaknesses_to_the_people(zh_brief):
    plan = call_plan(zh_brief.brief, dt.date(2026, 11, 25), senior=True)  # our management meets 王建国
    by_id = {a.contact.id: a for a in plan.attendees if a.contact}
    wang, chen = by_id["wang"], by_id["chen"]
    # the decision maker hears every strength, those meeting criteria first; the designer only those
    assert [line.values["text"] for line in wang.stress] == [
        "双工位交替作业，实测节拍 42 秒",
        "一期成功案例：一次合格率 99.6%",
        "本地 4 小时响应",
    ]
    assert [line.key for line in chen.stress] == ["stress.criteria", "stress.criteria"]
    assert chen.stress[0].values["criteria"] == ["节拍 ≤ 45 秒"]
    # the price weakness affects 王建国 (and 刘芳), with its prepared answer; not 陈工
    assert [(line.key, line.values["text"]) for line in wang.mind] == [("mind.answer", "价格偏高")]
    assert wang.mind[0].values["answer"].startswith("以 3 年总拥有成本对比")
    assert chen.mind == ()


def test_a_weakness_answered_by_an_objection_and_one_unanswered(tmp_path):
    from yaml_helpers import brief_with

    brief = brief_with(
        tmp_path,
        contacts=[{"id": "a", "name": "甲", "level": "decision"}],
        opportunity={
            "name": "O",
            "our_weaknesses": [{"text": "本地案例少", "affects": ["a"]}, {"text": "交付慢", "affects": ["a"]}],
        },
        objections=[{"statement": "你们本地案例少", "response": "安排参观"}],
    )
    mind = call_plan(brief, dt.date(2026, 11, 25)).attendees[0].mind
    assert [(m.key, m.values.get("answer")) for m in mind] == [("mind.answer", "安排参观"), ("mind.no_answer", None)]


def test_call_plan_prepares_objections_in_answering_order(zh_brief):
    plan = call_plan(zh_brief.brief, dt.date(2026, 11, 25))
    assert [o.statement for o in plan.objections] == ["明年再说吧", "比竞争对手贵 15%"]  # before, then immediately


def test_visit_plan_says_what_to_stress_with_whom(tmp_path, examples_dir):
    out = tmp_path / "plan.docx"
    result = CliRunner().invoke(
        cli,
        [
            "visits",
            str(examples_dir / "brief-zh.yaml"),
            "--from",
            "2026-11-23",
            "--weeks",
            "2",
            "--today",
            "2026-11-20",
            "-o",
            str(out),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    cells = [cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells]
    meet = next(text for text in cells if text.startswith("王建国（总经理）") and "强调" in text)
    assert "强调：双工位交替作业，实测节拍 42 秒（满足：节拍 ≤ 45 秒）" in meet
    assert "留意劣势：价格偏高；回答：以 3 年总拥有成本对比" in meet
    objections = next(text for text in cells if "明年再说吧" in text)
    assert objections.index("明年再说吧") < objections.index("比竞争对手贵 15%") and "（提前回答）" in objections


def test_coach_messages_of_the_new_rules_name_the_evidence():
    from generator.analysis.coach.check import check_brief
    from generator.render.check.report import brief_report

    data = repo_paths.DATA

    def messages(rule: str, language: str) -> list[str]:
        loaded = load_brief(data / f"check_{rule}" / "fail.yaml")
        report = brief_report(loaded, check_brief(loaded.brief, dt.date(2026, 11, 23)), language)
        return [item.message for item in report.items if item.rule == rule]

    assert messages("weakness-unanswered", "zh") == ["我方劣势「价格偏高」影响决策者王建国，但还没有准备好的回答。"]
    assert messages("offering-without-price", "en") == [
        "The offering “MES 追溯模块” has no pricing line of its name or category."
    ]
    assert messages("criterion-unanswered", "zh") == [
        "采购指标「一次合格率 ≥ 99.5%」在建议书中没有对应的需求响应。",
        "采购指标「交货期 60 天」在建议书中没有对应的需求响应。",
    ]
    assert messages("objection-unanswered", "en") == ["The objection “明年再说吧” has no response written."]
