"""`kam preflight --clean OUT`: what the cleaned copy loses and keeps, when it is refused, and that it opens."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pptx
import preflight_edits as edits
import pytest

from generator.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def clean(capsys, tmp_path: Path, data: bytes, suffix: str, brief: Path, *args: str) -> tuple[int, Path, str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / f"edited{suffix}"
    source.write_bytes(data)
    target = tmp_path / "out" / f"clean-{tmp_path.name}{suffix}"
    code, out, err = run(capsys, "preflight", str(source), "--brief", str(brief), "--clean", str(target), *args)
    return code, target, out + err


def findings_of(capsys, path: Path, brief: Path) -> list[dict]:
    code, out, _ = run(capsys, "preflight", str(path), "--brief", str(brief), "--format", "json", "--strict")
    return json.loads(out)["files"][0]["findings"]


def edited_proposal(documents) -> tuple[bytes, int]:
    data = documents["zh"]["proposal"]
    number = edits.paragraph_number(data, "期待与贵司携手")
    data = edits.add_comment(data, number, "底价 245万，别再让")
    data = edits.append_text(data, number, "内部备注：先报全价", vanish=True)
    data = edits.set_properties(data, custom={"客户经理": "陈思远"})
    return data, number


def test_clean_docx_removes_comments_hidden_text_and_properties_and_keeps_the_rest(
    capsys, tmp_path, examples_dir, documents
):
    data, number = edited_proposal(documents)
    brief = examples_dir / "brief-zh.yaml"
    code, target, output = clean(capsys, tmp_path, data, ".docx", brief)
    assert code == 0, output
    assert "已写入清理后的副本" in output and "批注 1 条" in output and "隐藏文字 1 处" in output
    names = zipfile.ZipFile(target).namelist()
    assert "word/comments.xml" not in names and "docProps/custom.xml" not in names
    body = zipfile.ZipFile(target).read("word/document.xml").decode()
    assert "commentRangeStart" not in body and "commentReference" not in body and "w:vanish" not in body
    cleaned, original = docx.Document(str(target)), docx.Document(io.BytesIO(documents["zh"]["proposal"]))
    # Everything visible is kept: the same paragraphs and tables with the same text.
    assert [p.text for p in cleaned.paragraphs] == [p.text for p in original.paragraphs]
    assert [[c.text for c in r.cells] for t in cleaned.tables for r in t.rows] == [
        [c.text for c in r.cells] for t in original.tables for r in t.rows
    ]
    assert (
        cleaned.core_properties.author == ""
        or cleaned.core_properties.author is None
        or cleaned.core_properties.author == "华东智能装备有限公司"
    )
    assert findings_of(capsys, target, brief) == []
    # Same input, same bytes.
    again = tmp_path / "again.docx"
    run(capsys, "preflight", str(tmp_path / "edited.docx"), "--brief", str(brief), "--clean", str(again))
    assert again.read_bytes() == target.read_bytes()


def test_clean_pptx_removes_notes_hidden_slides_off_slide_shapes_and_extra_chart_data(
    capsys, tmp_path, examples_dir, documents
):
    data = documents["zh"]["presenter"]
    data = edits.hide_slide(data, 3)
    data = edits.add_text_box(data, 5, "内部：价格底线讨论", outside=True)
    data = edits.add_text_box(data, 6, "备用话术", hidden=True)
    data = edits.add_slide_comment(data, 2, "开场换个例子")
    data = edits.extend_chart_workbook(data, [[None], ["成本价", 1234567]])
    data = edits.set_properties(data)
    brief = examples_dir / "brief-zh.yaml"
    code, target, output = clean(capsys, tmp_path, data, ".pptx", brief)
    assert code == 0, output
    cleaned, original = pptx.Presentation(str(target)), pptx.Presentation(io.BytesIO(documents["zh"]["deck"]))
    assert len(cleaned.slides) == len(original.slides) - 1
    assert not any(slide.has_notes_slide for slide in cleaned.slides)

    def texts(prs, skip=()):
        return [
            [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
            for number, slide in enumerate(prs.slides, start=1)
            if number not in skip
        ]

    assert texts(cleaned) == texts(original, skip={3})
    names = zipfile.ZipFile(target).namelist()
    assert not any("notesSlide" in n or "comment" in n.lower() for n in names)
    # The chart keeps its values (drawn from the chart's cache); the workbook with the pasted rows is gone.
    chart = next(shape.chart for slide in cleaned.slides for shape in slide.shapes if shape.has_chart)
    assert list(chart.plots[0].categories)
    assert edits.chart_workbook(data) not in names
    assert findings_of(capsys, target, brief) == []


def test_a_comment_holding_the_bottom_line_is_cleaned_away(capsys, tmp_path, examples_dir, documents):
    data = edits.add_comment(documents["zh"]["proposal"], 4, "底价 245万")
    code, target, output = clean(capsys, tmp_path, data, ".docx", examples_dir / "brief-zh.yaml")
    assert code == 0 and target.exists()


def test_clean_refuses_while_tracked_changes_remain(capsys, tmp_path, examples_dir, documents):
    data = edits.track_changes(documents["zh"]["proposal"], 4, deleted="旧", inserted="新")
    code, target, output = clean(capsys, tmp_path, data, ".docx", examples_dir / "brief-zh.yaml")
    assert code == 1 and not target.exists()
    assert "接受或拒绝所有修订" in output


def test_clean_refuses_while_internal_facts_remain_in_the_content(capsys, tmp_path, examples_dir, documents):
    data = edits.add_paragraph(documents["en"]["proposal"], "Our floor is $880,000.")
    code, target, output = clean(capsys, tmp_path, data, ".docx", examples_dir / "brief-en.yaml")
    assert code == 1 and not target.exists() and not target.parent.exists()
    assert "internal facts or another customer's name remain" in output


def test_clean_usage_mistakes_exit_2(capsys, tmp_path, examples_dir, documents):
    source = tmp_path / "p.docx"
    source.write_bytes(documents["zh"]["proposal"])
    brief = str(examples_dir / "brief-zh.yaml")
    assert (
        run(capsys, "preflight", str(source), str(source), "--brief", brief, "--clean", str(tmp_path / "c.docx"))[0]
        == 2
    )
    assert run(capsys, "preflight", str(source), "--brief", brief, "--clean", str(source))[0] == 2
    assert run(capsys, "preflight", str(source), "--brief", brief, "--clean", str(tmp_path / "c.pptx"))[0] == 2
    assert source.read_bytes() == documents["zh"]["proposal"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_cleaned_copies_convert_with_libreoffice(capsys, tmp_path, examples_dir, documents):
    proposal, _ = edited_proposal(documents)
    deck = edits.hide_slide(edits.add_notes(documents["en"]["deck"], 2, "pause here"), 4)
    targets = []
    for data, suffix, language in ((proposal, ".docx", "zh"), (deck, ".pptx", "en")):
        code, target, output = clean(capsys, tmp_path / language, data, suffix, examples_dir / f"brief-{language}.yaml")
        assert code == 0, output
        targets.append(target)
    profile = f"file://{tmp_path / 'lo-profile'}"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *map(str, targets),
        ],
        capture_output=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    pdfs = sorted((tmp_path / "pdf").glob("*.pdf"))
    assert len(pdfs) == 2 and all(p.stat().st_size > 10_000 for p in pdfs)
    # The PDF of the cleaned proposal passes preflight too (read through pdftotext).
    if shutil.which("pdftotext"):
        pdf = tmp_path / "pdf" / "clean-zh.pdf"
        code, out, _ = run(capsys, "preflight", str(pdf), "--brief", str(examples_dir / "brief-zh.yaml"))
        assert code == 0, out


def test_an_embedded_workbook_object_is_found_and_cleaned_to_its_picture(capsys, tmp_path, examples_dir, documents):
    data = edits.add_embedded_workbook(documents["zh"]["deck"], 6, [["报价", 2680000], ["底价", 2450000]])
    brief = examples_dir / "brief-zh.yaml"
    source = tmp_path / "ole.pptx"
    source.write_bytes(data)
    found = findings_of(capsys, source, brief)
    embedded = [f for f in found if f["rule"] == "embedded-data"]
    assert len(embedded) == 1 and embedded[0]["where"].startswith("ppt/embeddings/")
    assert "第 6 张幻灯片的嵌入对象" in embedded[0]["where"]
    assert [f["text"] for f in found if f["rule"] == "internal-amount"] == ["2450000"]
    # The bottom line is inside the object, so --clean can take it out with the object's data.
    code, target, output = clean(capsys, tmp_path, data, ".pptx", brief)
    assert code == 0, output
    slide = pptx.Presentation(str(target)).slides[5]
    assert any(shape.shape_type == 13 for shape in slide.shapes)  # MSO_SHAPE_TYPE.PICTURE: what it showed

    def embeddings(package) -> set[str]:
        return {n for n in zipfile.ZipFile(package).namelist() if n.startswith("ppt/embeddings/")}

    assert embeddings(target) == embeddings(io.BytesIO(documents["zh"]["deck"]))  # the charts' workbooks only
    assert len(embeddings(source)) == len(embeddings(target)) + 1
    assert findings_of(capsys, target, brief) == []


def test_a_word_chart_with_extra_data_in_its_workbook(capsys, tmp_path, examples_dir, documents):
    brief = examples_dir / "brief-zh.yaml"
    pasted = tmp_path / "chart.docx"
    pasted.write_bytes(edits.add_word_chart(documents["zh"]["proposal"], documents["zh"]["deck"]))
    assert findings_of(capsys, pasted, brief) == []  # the chart as the deck shows it: nothing more
    data = edits.add_word_chart(documents["zh"]["proposal"], documents["zh"]["deck"], [[None], ["成本价", 1234567]])
    source = tmp_path / "extra.docx"
    source.write_bytes(data)
    found = findings_of(capsys, source, brief)
    assert [(f["rule"], f["where"]) for f in found] == [
        ("embedded-data", "word/embeddings/Microsoft_Excel_Sheet1.xlsx · 图表 chart1.xml 的嵌入工作簿（嵌入数据）")
    ]
    assert "成本价" in found[0]["text"]
    code, target, output = clean(capsys, tmp_path, data, ".docx", brief)
    assert code == 0, output
    names = zipfile.ZipFile(target).namelist()
    assert "word/charts/chart1.xml" in names and not any(n.startswith("word/embeddings/") for n in names)
    assert findings_of(capsys, target, brief) == []
