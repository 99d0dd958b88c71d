"""`kam preflight`: kam's own files are clean; each edit a rep makes by hand is found, located, with its severity.

The documents are kam's real proposal and deck, edited the way Word and PowerPoint save a
rep's edits (tests/preflight_edits.py); every check runs the command and reads its JSON.
"""

from __future__ import annotations

import json
from pathlib import Path

import preflight_edits as edits
import pytest

from generator.cli import main

LANGUAGES = ("zh", "en")
BOTTOM_LINE = {"zh": "245万", "en": "$880,000"}


def preflight(capsys, tmp_path: Path, data: bytes, suffix: str, brief: Path, *args: str) -> tuple[int, list[dict]]:
    """Save `data`, run `kam preflight --format json` on it; return (exit code, its findings)."""
    target = tmp_path / f"edited{suffix}"
    target.write_bytes(data)
    with pytest.raises(SystemExit) as exit_info:
        main(["preflight", str(target), "--brief", str(brief), "--format", "json", *args])
    out, _ = capsys.readouterr()
    report = json.loads(out)
    assert [f["file"] for f in report["files"]] == [str(target)]
    return exit_info.value.code, report["files"][0]["findings"]


def only(findings: list[dict], rule: str) -> list[dict]:
    return [f for f in findings if f["rule"] == rule]


# --- kam's own files -------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind, suffix", [("proposal", ".docx"), ("deck", ".pptx")])
def test_kams_own_files_are_clean_even_strict(capsys, tmp_path, examples_dir, documents, language, kind, suffix):
    code, findings = preflight(
        capsys,
        tmp_path,
        documents[language][kind],
        suffix,
        examples_dir / f"brief-{language}.yaml",
        "--strict",
        "--archive",
        str(examples_dir / "customers.csv"),
        "--archive",
        str(examples_dir / "customers.xlsx"),
    )
    assert findings == [] and code == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_presenter_deck_is_not_clean(capsys, tmp_path, examples_dir, documents, language):
    code, findings = preflight(
        capsys, tmp_path, documents[language]["presenter"], ".pptx", examples_dir / f"brief-{language}.yaml"
    )
    assert code == 1
    notes = only(findings, "speaker-notes")
    import io

    from pptx import Presentation

    slides = len(Presentation(io.BytesIO(documents[language]["presenter"])).slides)
    assert len(notes) == slides and all("notesSlide" in f["where"] for f in notes)  # one per slide
    # Every page of notes holds internal facts (the attendees' styles; objections and their answers): errors.
    assert {f["severity"] for f in notes} == {"error"}
    styles = {f["text"] for f in only(findings, "internal-text") if "…" in f["text"]}
    assert {"zh": "王建国 … 进取型", "en": "Dana Harper … Driver"}[language] in styles
    internal = only(findings, "internal-text")
    assert internal and all("notesSlide" in f["where"] for f in internal)
    response = {"zh": "以 3 年总拥有成本对比", "en": "Offer a reference call"}[language]
    assert any(response in f["text"] for f in internal)


# --- one edit per rule: Word ------------------------------------------------------------

AMOUNT_FORMS = [
    "245万",
    "245 万元",
    "2,450,000",
    "¥2,450,000.00",
    "2450000.00",
    "贰佰肆拾伍万元整",
    "人民币贰佰肆拾伍万元整",
]


@pytest.mark.parametrize("written", AMOUNT_FORMS)
def test_the_bottom_line_is_found_in_every_written_form(capsys, tmp_path, examples_dir, documents, written):
    data = documents["zh"]["proposal"]
    number = edits.paragraph_number(data, "期待与贵司携手")
    edited = edits.append_text(data, number, f"（最低可至 {written}）")
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml")
    assert code == 1
    assert findings == [
        {
            "rule": "internal-amount",
            "severity": "error",
            "where": f"word/document.xml · 第 {number} 段",
            "text": written.removeprefix("人民币"),
        }
    ]


def test_a_negotiation_target_and_the_budget_are_internal_amounts(capsys, tmp_path, examples_dir, documents):
    data = documents["en"]["proposal"]
    number = edits.paragraph_number(data, "We would be glad")
    edited = edits.append_text(data, number, " We could go to $900K, within your $1.2 million budget.")
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-en.yaml")
    assert code == 1
    assert [(f["rule"], f["text"], f["where"]) for f in findings] == [
        ("internal-amount", "$900K", f"word/document.xml · paragraph {number}"),
        ("internal-amount", "$1.2 million", f"word/document.xml · paragraph {number}"),
    ]


def test_pasted_internal_text_is_found_after_normalising(capsys, tmp_path, examples_dir, documents):
    data = documents["zh"]["proposal"]
    # Pasted from the archive card with full-width punctuation and spaces changed.
    edited = edits.add_paragraph(data, "说明：以3年总拥有成本对比, 本地服务与更低返修率使 3年成本低于竞争对手")
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml", "--lang", "en")
    assert code == 1
    assert len(findings) == 1 and findings[0]["rule"] == "internal-text" and findings[0]["severity"] == "error"
    assert findings[0]["text"] == "以 3 年总拥有成本对比：本地服务与更低返修率使 3 年成本低于竞争对手。"
    assert findings[0]["where"].startswith("word/document.xml · paragraph ")


def test_a_clause_of_an_internal_text_is_enough(capsys, tmp_path, examples_dir, documents):
    edited = edits.add_paragraph(documents["en"]["proposal"], "Note: IT director backs our architecture.")
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-en.yaml")
    assert [(f["rule"], f["text"]) for f in findings] == [("internal-text", "IT director backs our architecture")]


def test_short_and_customer_facing_texts_raise_no_alarm(capsys, tmp_path, examples_dir, documents):
    # 招工难 (a need, 3 characters), the customer's name, a product, the proposal's own challenge text.
    edited = edits.add_paragraph(
        documents["zh"]["proposal"], "招工难；上海某某机械有限公司；焊接机器人工作站；人工焊接一致性差；某某机械"
    )
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml", "--strict")
    assert (code, findings) == (0, [])


def test_another_customers_name_from_the_archive(capsys, tmp_path, examples_dir, documents):
    edited = edits.add_paragraph(documents["zh"]["proposal"], "我们为苏州恒通精密机械有限公司提供的方案同样适用。")
    code, findings = preflight(
        capsys,
        tmp_path,
        edited,
        ".docx",
        examples_dir / "brief-zh.yaml",
        "--archive",
        str(examples_dir / "customers.xlsx"),
    )
    assert code == 1
    assert [(f["rule"], f["severity"], f["text"]) for f in findings] == [
        ("other-customer", "error", "苏州恒通精密机械有限公司")
    ]


def test_without_an_archive_other_customers_are_unknown(capsys, tmp_path, examples_dir, documents):
    edited = edits.add_paragraph(documents["zh"]["proposal"], "我们为苏州恒通精密机械有限公司提供的方案同样适用。")
    assert preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml") == (0, [])


def test_a_comment(capsys, tmp_path, examples_dir, documents):
    data = documents["zh"]["proposal"]
    number = edits.paragraph_number(data, "期待与贵司携手")
    edited = edits.add_comment(data, number, "请确认交期")
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml")
    assert code == 1
    assert findings == [
        {
            "rule": "comment",
            "severity": "error",
            "where": f"word/comments.xml · 批注 0（张三，位于第 {number} 段）",
            "text": "请确认交期",
        }
    ]


def test_a_bottom_line_in_a_comment(capsys, tmp_path, examples_dir, documents):
    edited = edits.add_comment(documents["zh"]["proposal"], 4, "底价 245万，别再让")
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml")
    assert sorted(f["rule"] for f in findings) == ["comment", "internal-amount"]
    assert all(f["where"].startswith("word/comments.xml · 批注 0") for f in findings)


def test_tracked_changes_and_a_deleted_discount(capsys, tmp_path, examples_dir, documents):
    data = documents["zh"]["proposal"]
    number = edits.paragraph_number(data, "期待与贵司携手")
    edited = edits.track_changes(data, number, deleted="可让到 255万", inserted="欢迎来访")
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml")
    assert code == 1
    base = f"word/document.xml · 第 {number} 段"
    assert sorted((f["rule"], f["severity"], f["where"], f["text"]) for f in findings) == sorted(
        [
            ("tracked-change", "error", base + "（修订中删除的文字）", "可让到 255万"),
            ("tracked-change", "error", base + "（修订中插入的文字）", "欢迎来访"),
            ("internal-amount", "error", base + "（修订中删除的文字）", "255万"),
        ]
    )


def test_hidden_text(capsys, tmp_path, examples_dir, documents):
    data = documents["en"]["proposal"]
    number = edits.paragraph_number(data, "We would be glad")
    edited = edits.append_text(data, number, "see the pricing sheet", vanish=True)
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-en.yaml")
    assert findings == [
        {
            "rule": "hidden-text",
            "severity": "error",
            "where": f"word/document.xml · paragraph {number} (hidden)",
            "text": "see the pricing sheet",
        }
    ]
    assert code == 1


def test_personal_properties_are_warnings(capsys, tmp_path, examples_dir, documents):
    edited = edits.set_properties(documents["zh"]["proposal"], custom={"客户经理": "陈思远"})
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml")
    assert code == 0
    assert sorted((f["rule"], f["severity"], f["where"], f["text"]) for f in findings) == sorted(
        [
            ("personal-property", "warning", "docProps/core.xml · 文档属性：作者", "张三"),
            ("personal-property", "warning", "docProps/core.xml · 文档属性：最后修改者", "张三"),
            ("personal-property", "warning", "docProps/app.xml · 文档属性：公司", "某某咨询公司"),
            ("personal-property", "warning", "docProps/app.xml · 文档属性：经理", "李四"),
            ("personal-property", "warning", "docProps/custom.xml · 自定义属性：客户经理", "陈思远"),
        ]
    )
    assert preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml", "--strict")[0] == 1


@pytest.mark.parametrize(
    "leftover",
    ["{{ customer.name }}", "XXX", "XX公司", "[客户名称]", "【客户名称】", "TODO", "待定", "[Customer name]", "TBD"],
)
def test_placeholders_are_warnings(capsys, tmp_path, examples_dir, documents, leftover):
    edited = edits.add_paragraph(documents["zh"]["proposal"], f"交货地点：{leftover}")
    code, findings = preflight(capsys, tmp_path, edited, ".docx", examples_dir / "brief-zh.yaml")
    assert code == 0
    assert [(f["rule"], f["severity"]) for f in findings] == [("placeholder", "warning")]
    assert findings[0]["text"] in leftover and findings[0]["where"].startswith("word/document.xml · 第 ")


# --- one edit per rule: PowerPoint --------------------------------------------------------


def test_neutral_speaker_notes_are_a_warning(capsys, tmp_path, examples_dir, documents):
    edited = edits.add_notes(documents["zh"]["deck"], 2, "这里停顿，等待提问")
    code, findings = preflight(capsys, tmp_path, edited, ".pptx", examples_dir / "brief-zh.yaml")
    assert code == 0
    assert findings == [
        {
            "rule": "speaker-notes",
            "severity": "warning",
            "where": "ppt/notesSlides/notesSlide1.xml · 第 2 张幻灯片的备注",
            "text": "这里停顿，等待提问",
        }
    ]


def test_notes_holding_an_internal_fact_are_an_error(capsys, tmp_path, examples_dir, documents):
    edited = edits.add_notes(documents["en"]["deck"], 3, "Don't go below $880,000.")
    code, findings = preflight(capsys, tmp_path, edited, ".pptx", examples_dir / "brief-en.yaml")
    assert code == 1
    assert sorted((f["rule"], f["severity"]) for f in findings) == [
        ("internal-amount", "error"),
        ("speaker-notes", "error"),
    ]
    assert {f["where"] for f in findings} == {"ppt/notesSlides/notesSlide1.xml · notes of slide 3"}


def test_a_hidden_slide(capsys, tmp_path, examples_dir, documents):
    edited = edits.hide_slide(documents["zh"]["deck"], 3)
    code, findings = preflight(capsys, tmp_path, edited, ".pptx", examples_dir / "brief-zh.yaml")
    assert code == 1
    assert [(f["rule"], f["severity"], f["where"]) for f in findings] == [
        ("hidden-slide", "error", "ppt/slides/slide3.xml · 第 3 张幻灯片")
    ]
    assert "感谢某某机械" in findings[0]["text"]


def test_a_shape_beyond_the_slide(capsys, tmp_path, examples_dir, documents):
    edited = edits.add_text_box(documents["en"]["deck"], 5, "Internal: price floor discussion", outside=True)
    code, findings = preflight(capsys, tmp_path, edited, ".pptx", examples_dir / "brief-en.yaml")
    assert code == 1
    assert findings == [
        {
            "rule": "off-slide-content",
            "severity": "error",
            "where": "ppt/slides/slide5.xml · slide 5, shape “粘贴的文本框”",
            "text": "Internal: price floor discussion",
        }
    ]


def test_a_hidden_shape(capsys, tmp_path, examples_dir, documents):
    edited = edits.add_text_box(documents["zh"]["deck"], 4, "备用话术", hidden=True)
    code, findings = preflight(capsys, tmp_path, edited, ".pptx", examples_dir / "brief-zh.yaml")
    assert [(f["rule"], f["where"], f["text"]) for f in findings] == [
        ("hidden-text", "ppt/slides/slide4.xml · 第 4 张幻灯片「粘贴的文本框」（隐藏）", "备用话术")
    ]


def test_a_slide_comment(capsys, tmp_path, examples_dir, documents):
    edited = edits.add_slide_comment(documents["zh"]["deck"], 2, "开场换个例子")
    code, findings = preflight(capsys, tmp_path, edited, ".pptx", examples_dir / "brief-zh.yaml")
    assert findings == [
        {
            "rule": "comment",
            "severity": "error",
            "where": "ppt/comments/comment1.xml · 第 2 张幻灯片的批注 1",
            "text": "开场换个例子",
        }
    ]


def test_a_chart_workbook_holding_more_than_the_chart(capsys, tmp_path, examples_dir, documents):
    data = documents["zh"]["deck"]
    edited = edits.extend_chart_workbook(data, [[None], ["成本价", 2450000], ["毛利", "28%"]])
    code, findings = preflight(capsys, tmp_path, edited, ".pptx", examples_dir / "brief-zh.yaml")
    assert code == 1
    workbook = edits.chart_workbook(data)
    embedded = only(findings, "embedded-data")
    assert (
        len(embedded) == 1
        and embedded[0]["where"].startswith(f"{workbook} · 第 ")
        and "张幻灯片「" in embedded[0]["where"]
    )
    assert "成本价" in embedded[0]["text"] and "2450000" in embedded[0]["text"]
    amounts = only(findings, "internal-amount")
    assert [f["text"] for f in amounts] == ["2450000"] and "嵌入工作簿" in amounts[0]["where"]


def test_personal_properties_of_a_deck(capsys, tmp_path, examples_dir, documents):
    edited = edits.set_properties(
        documents["en"]["deck"], author="Pat Smith", company="Acme Consulting", manager="Lee Jones"
    )
    code, findings = preflight(capsys, tmp_path, edited, ".pptx", examples_dir / "brief-en.yaml")
    assert code == 0
    assert sorted((f["where"], f["text"]) for f in findings) == [
        ("docProps/app.xml · document property: company", "Acme Consulting"),
        ("docProps/app.xml · document property: manager", "Lee Jones"),
        ("docProps/core.xml · document property: author", "Pat Smith"),
        ("docProps/core.xml · document property: last modified by", "Pat Smith"),
    ]


def test_the_files_kam_deck_and_kam_proposal_write(capsys, tmp_path, examples):
    brief = examples / "brief-zh.yaml"
    for args in (
        ["proposal", str(brief), "-o", str(tmp_path / "p.docx")],
        ["deck", str(brief), "-o", str(tmp_path / "d.pptx"), "--presenter"],
    ):
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["preflight", str(tmp_path / "p.docx"), str(tmp_path / "d.pptx"), "--brief", str(brief), "--strict"])
    assert exit_info.value.code == 0
    with pytest.raises(SystemExit) as exit_info:
        main(["preflight", str(tmp_path / "d-presenter.pptx"), "--brief", str(brief)])
    out, _ = capsys.readouterr()
    assert exit_info.value.code == 1 and "speaker-notes" in out
