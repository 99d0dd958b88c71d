"""`kam archive`: cards read back with python-docx, the index with openpyxl, bad rows, hostile names, determinism."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from openpyxl import load_workbook

from generator.cli import cli
from generator.output import normalise_zip
from generator.render.archive.batch import build_archive, demo

HEADER = "客户名称,年采购额,客户等级,电话,优先发货,会回我们的电话,认为我们是最好的,联系人,联系人职务\n"


def _csv(tmp_path: Path, rows: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def _texts(path: Path) -> list[str]:
    document = Document(str(path))
    return [p.text for p in document.paragraphs]


def _tier_line(path: Path) -> str:
    return next(p.text for p in Document(str(path)).paragraphs if p.style.name == "Card tier")


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_cards_index_and_summary_from_a_csv(tmp_path):
    source = _csv(
        tmp_path,
        "甲公司,700万,,021-1,是,是,否,张三,经理\n乙公司,200万,,,,,,,\n丙公司,100万,关键客户,,,,,,\n丁公司,,,,,,,,\n",
    )
    result = build_archive([source], tmp_path / "out")
    assert result.failures == []
    cards = tmp_path / "out" / "cards"
    assert sorted(p.name for p in cards.iterdir()) == ["丁公司.docx", "丙公司.docx", "乙公司.docx", "甲公司.docx"]

    # a card, read back as a reader sees it
    document = Document(str(cards / "甲公司.docx"))
    texts = [p.text for p in document.paragraphs]
    assert texts[1] == "甲公司"
    tier = _tier_line(cards / "甲公司.docx")
    assert tier.startswith("关键客户") and "第 1 名 · 占总额 70%" in tier
    assert any(t.startswith("1 / 10") and "已评估 2 项" in t for t in texts)
    assert texts[-1].startswith("档案是为公司而记录")
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert ["电话", "021-1"] in cells
    assert ["姓名", "职务", "级别", "职能", "角色", "沟通风格", "关系阶段", "态度", "向导/内线"] in cells
    assert ["张三", "经理", "", "", "", "", "", "", ""] in cells
    assert (
        ["会回我们的电话", "是"] in cells
        and ["认为我们是最好的", "否"] in cells
        and ["有时会责备我们", "未评估"] in cells
    )
    # every run carries the East Asian font and the language
    body = zipfile.ZipFile(cards / "甲公司.docx").read("word/document.xml").decode()
    assert body.count("<w:r>") == body.count('w:eastAsia="Microsoft YaHei"') == body.count('<w:lang w:val="zh-CN"')
    assert document.core_properties.title == "甲公司"

    # tier set by hand, and no value → small, flagged
    assert "手工设定" in _tier_line(cards / "丙公司.docx")
    assert "无采购额，按小客户计" in _tier_line(cards / "丁公司.docx")
    assert not any("/ 10" in t for t in _texts(cards / "乙公司.docx"))  # health not assessed: no score

    # the index
    sheet = load_workbook(tmp_path / "out" / "index.xlsx").active
    # 12 columns, 2 of negotiation and after signing, then 9 of the account plan
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:W5"
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:5] == ["排名", "客户名称", "客户等级", "等级来源", "年采购额"]
    assert [r[1] for r in rows[1:]] == ["甲公司", "乙公司", "丙公司", "丁公司"]
    assert rows[1][2:9] == ["关键客户", "规则", 7000000, "CNY", 0.7, 0.7, 1]
    assert rows[3][2:4] == ["关键客户", "手工"] and rows[4][2:4] == ["小客户", "无采购额"]
    assert sheet["E2"].number_format == "#,##0.00" and sheet["G2"].number_format == "0.00%"
    assert sheet["K2"].value == "cards/甲公司.docx" and sheet["K2"].hyperlink.target == "cards/甲公司.docx"

    # the summary: picture and tiers
    summary = Document(str(tmp_path / "out" / "summary.docx"))
    assert len(summary.inline_shapes) == 1
    tiers = [[c.text for c in row.cells] for row in summary.tables[0].rows]
    assert tiers[1][:2] == ["关键客户", "2"] and tiers[2][:2] == ["普通客户", "1"] and tiers[3][:2] == ["小客户", "1"]
    assert tiers[4][:2] == ["合计", "4"]
    assert result.summary.tier(result.summary.tiers[0].tier).customers == 2
    assert not (tmp_path / "out" / "errors.csv").exists()


def test_cards_are_in_normal_zip_form_and_runs_are_deterministic(tmp_path, examples_dir):
    inputs = [examples_dir / "customers.xlsx", examples_dir / "brief-zh.yaml"]
    build_archive(inputs, tmp_path / "a")
    build_archive(inputs, tmp_path / "b", jobs=2)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    for card in (tmp_path / "a" / "cards").iterdir():
        data = card.read_bytes()
        assert normalise_zip(data) == data
    for name in ("index.xlsx", "summary.docx"):
        data = (tmp_path / "a" / name).read_bytes()
        assert normalise_zip(data) == data


def test_contacts_sheet_reaches_the_card(tmp_path, examples_dir):
    build_archive([examples_dir / "customers.xlsx"], tmp_path / "out")
    document = Document(str(tmp_path / "out" / "cards" / "苏州恒通精密机械有限公司.docx"))
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert ["周海涛", "总经理", "决策层", "管理部门", "决策者和批准者", "进取型", "同盟", "支持", ""] in rows
    assert ["吴静", "设备部经理", "管理层", "技术部门", "设计者和评估者", "分析型", "信赖", "支持", "是"] in rows
    assert ["忌讳", "迟到"] in rows


def test_english_cards(tmp_path, examples_dir):
    build_archive([examples_dir / "customers.csv", examples_dir / "brief-en.yaml"], tmp_path / "out", language="en")
    texts = _texts(tmp_path / "out" / "cards" / "Northwind Logistics Inc.docx")
    assert texts[0] == "Customer archive card\tInternal · do not pass to the customer"
    assert _tier_line(tmp_path / "out" / "cards" / "Northwind Logistics Inc.docx").startswith("Key")
    assert any(t.startswith("7 / 10") for t in texts)
    assert texts[-1].startswith("Recorded for the company")
    body = (
        zipfile.ZipFile(tmp_path / "out" / "cards" / "Northwind Logistics Inc.docx").read("word/document.xml").decode()
    )
    assert '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>' in body


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_rows_reported_good_rows_written(tmp_path, jobs):
    source = _csv(tmp_path, "好公司,100,,,,,,,\n坏公司,很多,,,,,,,\n,5,,,,,,,\n好公司,1,,,,,,,\n另一家,2,,,,,,,\n")
    result = CliRunner().invoke(cli, ["archive", str(source), "-o", str(tmp_path / "out"), "--jobs", str(jobs)])
    assert result.exit_code == 1
    assert sorted(p.name for p in (tmp_path / "out" / "cards").iterdir()) == ["另一家.docx", "好公司.docx"]
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8-sig").splitlines()
    assert errors[0] == "文件,行,字段,问题"
    assert [line.split(",")[1] for line in errors[1:]] == ["3", "4", "5"]
    assert f"{source}:3: 年采购额 (annual_value): '很多' 不是金额" in result.output
    assert "客户名称 '好公司' 重复" in errors[3]


def test_hostile_names_stay_inside(tmp_path):
    names = ["../../x", "a/b", "a_b", "CON", "A" * 300, "客户😀", "..", "b/a", "nul.txt", "x\\..\\y"]
    rows = "".join(f'"{n}",{i + 1}\n' for i, n in enumerate(names))
    source = tmp_path / "hostile.csv"
    source.write_text("name,annual_value\n" + rows, encoding="utf-8")
    out = tmp_path / "deep" / "out"
    result = build_archive([source], out)
    assert result.failures == []
    written = sorted(out.rglob("*.docx"))
    assert len(written) == len(names) + 1  # + summary.docx
    for path in written:
        assert path.resolve().is_relative_to(out.resolve())
        assert len(path.name.encode()) <= 255
    cards = sorted(p.name for p in (out / "cards").iterdir())
    assert "_CON.docx" in cards and "客户😀.docx" in cards
    assert "a_b.docx" in cards and "a_b (2).docx" in cards  # "a/b" and "a_b" no longer collide
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "deep" / "x.docx").exists()
    index = load_workbook(out / "index.xlsx").active
    titles = {
        Document(str(out / row[10])).core_properties.title for row in index.iter_rows(min_row=2, values_only=True)
    }
    assert titles == set(names)


def test_control_characters_and_markup_are_escaped(tmp_path):
    source = tmp_path / "odd.csv"
    source.write_text('name,basic.address\n"<b>&amp; Co\x01","1 < 2 & \x0b3"\n', encoding="utf-8")
    build_archive([source], tmp_path / "out")
    (card,) = (tmp_path / "out" / "cards").iterdir()
    document = Document(str(card))
    assert document.paragraphs[1].text == "<b>&amp; Co"
    assert ["地址", "1 < 2 & 3"] in [[c.text for c in r.cells] for t in document.tables for r in t.rows]


def test_grading_rule_option_and_usage_errors(tmp_path):
    source = _csv(tmp_path, "".join(f"客户{i},{100 - i},,,,,,,\n" for i in range(10)))
    runner = CliRunner()
    ok = runner.invoke(cli, ["archive", str(source), "-o", str(tmp_path / "out"), "--grading", "top:20,50"])
    assert ok.exit_code == 0, ok.output
    assert "关键客户：2 位客户" in ok.output and "普通客户：3 位客户" in ok.output and "小客户：5 位客户" in ok.output
    bad = runner.invoke(cli, ["archive", str(source), "--grading", "best:1"])
    assert bad.exit_code == 2 and "value:70,90" in bad.output
    missing = runner.invoke(cli, ["archive", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 2


def test_broken_user_template_fails_before_writing(tmp_path):
    source = _csv(tmp_path, "甲,1,,,,,,,\n")
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "archive_card.xml.j2").write_text("{{ name }\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["archive", str(source), "-o", str(tmp_path / "out"), "--templates", str(templates)]
    )
    assert result.exit_code == 1
    assert not (tmp_path / "out").exists()


def test_user_template_overrides_the_card(tmp_path):
    from generator.render.kit.templates import builtin_templates_dir

    templates = tmp_path / "tpl"
    templates.mkdir()
    text = (builtin_templates_dir() / "archive_card.xml.j2").read_text(encoding="utf-8")
    (templates / "archive_card.xml.j2").write_text(text.replace("{{ handover }}", "{{ handover }} ★"), encoding="utf-8")
    source = _csv(tmp_path, "甲,1,,,,,,,\n")
    build_archive([source], tmp_path / "out", templates_dir=templates)
    assert _texts(tmp_path / "out" / "cards" / "甲.docx")[-1].endswith("★")


def test_demo(tmp_path, examples_dir):
    written = demo(examples_dir, tmp_path)
    assert tmp_path / "archive-zh" / "summary.docx" in written
    assert tmp_path / "archive-en" / "index.xlsx" in written
    assert not any(p.name == "errors.csv" for p in written)


def test_example_customer_lists_are_what_their_script_writes():
    """examples/customers.xlsx and .csv are built by scripts/make_example_customers.py: re-running it changes
    no byte, so the examples can't drift from the script (edit the script, then run it)."""
    import repo_paths

    module = repo_paths.load_script("make_example_customers")
    examples = repo_paths.ROOT / "examples"
    assert module.customers_xlsx() == (examples / "customers.xlsx").read_bytes()
    assert module.customers_csv() == (examples / "customers.csv").read_bytes()
