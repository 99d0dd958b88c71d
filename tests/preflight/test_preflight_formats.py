"""Preflight on workbooks, Strict Open XML, password-protected files and Word's other hiding places
(table rows changed as a whole, content-control placeholders, building blocks); and the text report."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import preflight_edits as edits
import pytest
from openpyxl.comments import Comment

from generator.cli import main
from generator.preflight.package import STRICT_NAMESPACES
from generator.render.customer_view import customer_view
from generator.render.proposal.document import render_proposal

W = edits.W


@pytest.fixture(scope="module")
def proposal(zh_brief) -> bytes:
    return render_proposal(customer_view(zh_brief.brief))


def run(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out + err


def findings(capsys, path: Path, brief: Path, *args: str) -> tuple[int, list[dict]]:
    code, out = run(capsys, "preflight", str(path), "--brief", str(brief), "--format", "json", *args)
    return code, json.loads(out)["files"][0]["findings"]


def price_sheet(**edits_wanted) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.properties.creator = "华东智能装备有限公司"
    sheet = workbook.active
    sheet.title = "报价"
    sheet.append(["项目", "金额"])
    sheet.append(["焊接机器人工作站", 2166000])
    sheet.append(["MES 质量追溯模块", 450000])
    if edits_wanted.get("hidden_row"):
        sheet.append(["内部：底价", 2450000])
        sheet.row_dimensions[4].hidden = True
    if edits_wanted.get("comment"):
        sheet["B2"].comment = Comment("可以再降 5%", "张三")
    if edits_wanted.get("hidden_sheet"):
        cost = workbook.create_sheet("成本")
        cost.append(["采购成本", "1,480,000"])
        cost.append(["说明", "价格偏高，需要准备总拥有成本对比"])
        cost.sheet_state = "hidden"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_a_clean_price_sheet(capsys, tmp_path, examples_dir):
    path = tmp_path / "报价.xlsx"
    path.write_bytes(price_sheet())
    assert findings(capsys, path, examples_dir / "brief-zh.yaml", "--strict") == (0, [])


def test_a_hidden_row_with_the_bottom_line(capsys, tmp_path, examples_dir):
    path = tmp_path / "报价.xlsx"
    path.write_bytes(price_sheet(hidden_row=True))
    code, found = findings(capsys, path, examples_dir / "brief-zh.yaml")
    assert code == 1
    assert sorted((f["rule"], f["where"], f["text"]) for f in found) == [
        ("hidden-text", "xl/worksheets/sheet1.xml · 工作表 报价 的隐藏行 4（隐藏）", "A4 内部：底价; B4 2450000"),
        ("internal-amount", "xl/worksheets/sheet1.xml · 报价!B4（隐藏）", "2450000"),
    ]


def test_a_hidden_sheet_and_a_cell_comment(capsys, tmp_path, examples_dir):
    path = tmp_path / "报价.xlsx"
    path.write_bytes(price_sheet(hidden_sheet=True, comment=True))
    code, found = findings(capsys, path, examples_dir / "brief-zh.yaml", "--lang", "en")
    assert code == 1
    rules = sorted((f["rule"], f["where"]) for f in found)
    assert ("comment", "xl/comments/comment1.xml · comment on 报价!B2") in rules
    assert ("hidden-text", "xl/worksheets/sheet2.xml · hidden sheet 成本 (hidden)") in rules
    assert ("internal-text", "xl/worksheets/sheet2.xml · 成本!B2 (hidden)") in rules  # our weakness, pasted


def test_strict_open_xml_is_read_as_well(capsys, tmp_path, examples_dir, proposal):
    members = edits.parts(edits.add_paragraph(proposal, "底价 245万"))
    for name, data in members.items():
        for strict, transitional in STRICT_NAMESPACES.items():
            data = data.replace(transitional, strict)
        members[name] = data
    path = tmp_path / "strict.docx"
    path.write_bytes(edits.pack(members))
    code, found = findings(capsys, path, examples_dir / "brief-zh.yaml")
    assert [f["rule"] for f in found] == ["internal-amount"] and code == 1
    code, out = run(
        capsys,
        "preflight",
        str(path),
        "--brief",
        str(examples_dir / "brief-zh.yaml"),
        "--clean",
        str(tmp_path / "out.docx"),
    )
    assert code == 1 and not (tmp_path / "out.docx").exists()


def test_a_password_protected_file_says_so(capsys, tmp_path, examples_dir):
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    code, out = run(capsys, "preflight", str(path), "--brief", str(examples_dir / "brief-en.yaml"))
    assert code == 1 and "password-protected" in out


def test_a_table_row_deleted_as_a_whole(capsys, tmp_path, examples_dir, proposal):
    def edit(root):
        row = next(root.iter(f"{{{W}}}tr"))
        properties = row.find(f"{{{W}}}trPr")
        if properties is None:
            properties = edits.etree.SubElement(row, f"{{{W}}}trPr")
            row.insert(0 if row[0].tag != f"{{{W}}}tblPrEx" else 1, properties)
        edits.etree.SubElement(
            properties, f"{{{W}}}del", {f"{{{W}}}id": "77", f"{{{W}}}author": "张三", f"{{{W}}}date": edits.DATE}
        )

    path = tmp_path / "row.docx"
    path.write_bytes(edits.edit_document(proposal, edit))
    code, found = findings(capsys, path, examples_dir / "brief-zh.yaml")
    assert [(f["rule"], f["where"]) for f in found] == [
        ("tracked-change", "word/document.xml · 表 1 第 1 行第 1 列（修订中删除的文字）")
    ]


def test_a_content_control_still_showing_its_placeholder(capsys, tmp_path, examples_dir, proposal):
    def edit(root):
        body = root.find(f"{{{W}}}body")
        control = edits.etree.fromstring(
            f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r>'
            "<w:t>单击或点击此处输入文字。</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        )
        body.find(f"{{{W}}}sectPr").addprevious(control)

    path = tmp_path / "sdt.docx"
    path.write_bytes(edits.edit_document(proposal, edit))
    code, found = findings(capsys, path, examples_dir / "brief-zh.yaml")
    assert code == 0 and [(f["rule"], f["severity"], f["text"]) for f in found] == [
        ("placeholder", "warning", "单击或点击此处输入文字。")
    ]
    assert found[0]["where"].startswith("word/document.xml · 第 ")


def test_the_text_report_groups_by_file_and_place(capsys, tmp_path, examples_dir, proposal):
    number = edits.paragraph_number(proposal, "期待与贵司携手")
    edited = edits.track_changes(proposal, number, deleted="可让到 255万", inserted="欢迎")
    dirty, clean = tmp_path / "dirty.docx", tmp_path / "clean.docx"
    dirty.write_bytes(edited)
    clean.write_bytes(proposal)
    code, out = run(capsys, "preflight", str(dirty), str(clean), "--brief", str(examples_dir / "brief-zh.yaml"))
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == f"{dirty}: 错误 3 · 警告 0"
    assert lines[1] == f"  word/document.xml · 第 {number} 段（修订中删除的文字）"
    assert lines[2].startswith("    错误 internal-amount “255万” — 内部金额") and "negotiation.targets[1]" in lines[2]
    assert lines[3].startswith("    错误 tracked-change “可让到 255万” — 修订")
    assert lines[4] == f"  word/document.xml · 第 {number} 段（修订中插入的文字）"
    fixes = lines[lines.index("  如何处理：") : -2]
    assert fixes[1:] == [
        "    internal-amount: 删除或改写该金额；内部金额不应出现在给客户的文件中",
        "    tracked-change: 审阅 › 接受/拒绝所有修订，然后关闭“修订”",
    ]
    assert lines[-2] == f"{clean}: 未发现问题，可以发送。"
    assert lines[-1] == "共检查 2 个文件：错误 3 · 警告 0"
    code, out = run(capsys, "preflight", str(clean), "--brief", str(examples_dir / "brief-zh.yaml"), "--lang", "en")
    assert (code, out) == (0, f"{clean}: clean: nothing found.\n")


def test_wps_build_number_is_no_personal_property_but_its_other_custom_properties_are(
    capsys, tmp_path, examples_dir, proposal
):
    data = edits.set_properties(
        proposal,
        author="华东智能装备有限公司",
        company="华东智能装备有限公司",
        manager="",
        custom={"KSOProductBuildVer": "2052-12.1.0.16120", "ICV": "A1B2C3D4E5"},
    )
    path = tmp_path / "wps.docx"
    path.write_bytes(data)
    code, found = findings(capsys, path, examples_dir / "brief-zh.yaml")
    assert [(f["rule"], f["where"], f["text"]) for f in found] == [
        ("personal-property", "docProps/custom.xml · 自定义属性：ICV", "A1B2C3D4E5")
    ]


def test_todo_is_a_marker_only_in_capitals(capsys, tmp_path, examples_dir, proposal):
    path = tmp_path / "todo.docx"
    path.write_bytes(edits.add_paragraph(proposal, "Todo el equipo. TODO: precio"))
    code, found = findings(capsys, path, examples_dir / "brief-zh.yaml")
    assert [(f["rule"], f["text"]) for f in found] == [("placeholder", "TODO")]


def test_clean_xlsx_removes_comments_and_refuses_while_cells_are_hidden(capsys, tmp_path, examples_dir):
    brief = examples_dir / "brief-zh.yaml"
    source = tmp_path / "报价.xlsx"
    source.write_bytes(price_sheet(comment=True))
    target = tmp_path / "out.xlsx"
    code, out = run(capsys, "preflight", str(source), "--brief", str(brief), "--clean", str(target))
    assert code == 0 and target.exists(), out
    cleaned = openpyxl.load_workbook(target)
    assert cleaned["报价"]["B2"].comment is None and cleaned["报价"]["B2"].value == 2166000
    assert [[c.value for c in row] for row in cleaned["报价"].iter_rows()] == [
        ["项目", "金额"],
        ["焊接机器人工作站", 2166000],
        ["MES 质量追溯模块", 450000],
    ]
    assert findings(capsys, target, brief, "--strict") == (0, [])
    source.write_bytes(price_sheet(hidden_sheet=True))
    refused = tmp_path / "refused.xlsx"
    code, out = run(capsys, "preflight", str(source), "--brief", str(brief), "--clean", str(refused))
    assert code == 1 and not refused.exists() and "隐藏的工作表、行或列" in out


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice not installed")
def test_the_cleaned_workbook_opens_in_libreoffice(capsys, tmp_path, examples_dir):
    import subprocess

    source = tmp_path / "报价.xlsx"
    source.write_bytes(price_sheet(comment=True))
    target = tmp_path / "clean.xlsx"
    assert (
        run(capsys, "preflight", str(source), "--brief", str(examples_dir / "brief-zh.yaml"), "--clean", str(target))[0]
        == 0
    )
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path / "csv"),
            str(target),
        ],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "焊接机器人工作站,2166000" in (tmp_path / "csv" / "clean.csv").read_text(encoding="utf-8", errors="replace")


def test_a_header_edit_is_located_in_its_header(capsys, tmp_path, examples_dir, proposal):
    members = edits.parts(proposal)
    header = edits.etree.fromstring(members["word/header1.xml"])
    paragraph = header.find(f"{{{W}}}p")
    paragraph.append(edits.run("苏州恒通精密机械有限公司专用"))
    members["word/header1.xml"] = edits.etree.tostring(header, xml_declaration=True, encoding="UTF-8", standalone=True)
    path = tmp_path / "header.docx"
    path.write_bytes(edits.pack(members))
    code, found = findings(
        capsys, path, examples_dir / "brief-zh.yaml", "--archive", str(examples_dir / "customers.xlsx")
    )
    assert code == 1
    assert [(f["rule"], f["where"]) for f in found] == [("other-customer", "word/header1.xml · 页眉 1 第 1 段")]
