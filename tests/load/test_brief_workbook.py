"""The brief workbook (brief.xlsx): written from the models, read back without loss, errors located by cell."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest
from commands.test_cli import run  # noqa: F401 (fixture)
from hypothesis import Phase, assume, given, settings
from test_properties import SETTINGS, brief, write

from generator.errors import BriefError
from generator.i18n import Texts
from generator.load import load_brief
from generator.load.brief import is_brief_workbook
from generator.load.workbook.cells import choice_word, choices, sheet_title
from generator.load.workbook.layout import layout
from generator.load.workbook.read import _ERROR_VALUES
from generator.render.workbook.convert import convert_brief


def _copy_examples(examples_dir: Path, folder: Path) -> Path:
    shutil.copytree(examples_dir, folder)
    return folder


def _dump(path: Path) -> dict:
    return load_brief(path).brief.model_dump()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_example_round_trips_and_documents_are_byte_identical(run, tmp_path, examples_dir, language):  # noqa: F811
    examples = _copy_examples(examples_dir, tmp_path / "ex")
    source = examples / f"brief-{language}.yaml"
    book = tmp_path / "out" / f"brief-{language}.xlsx"  # another folder: file references are rebased
    assert run("convert", source, book).exit_code == 0
    assert load_brief(book).brief == load_brief(source).brief
    for command, suffix in (("proposal", ".docx"), ("deck", ".pptx")):
        assert run(command, source, "-o", tmp_path / f"y{suffix}").exit_code == 0
        assert run(command, book, "-o", tmp_path / f"x{suffix}").exit_code == 0
        assert (tmp_path / f"y{suffix}").read_bytes() == (tmp_path / f"x{suffix}").read_bytes()
    back = tmp_path / "back" / "brief.yaml"
    assert run("convert", book, back).exit_code == 0
    assert load_brief(back).brief == load_brief(source).brief


def test_same_brief_same_workbook_bytes(tmp_path, examples_dir):
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    convert_brief(examples_dir / "brief-zh.yaml", first)
    time.sleep(1.1)
    convert_brief(examples_dir / "brief-zh.yaml", second)
    assert first.read_bytes() == second.read_bytes()


def _blank_is_absent(value):
    """Return brief data with empty texts and empty parts as absent: in a sheet, a blank cell and an empty
    text are one thing, and a part with nothing in it (`value: {}`) has no cell to show it by."""
    if isinstance(value, dict):
        kept = {k: _blank_is_absent(v) for k, v in value.items() if v != ""}
        return {k: v for k, v in kept.items() if v not in ({}, [])}
    if isinstance(value, list):
        return [_blank_is_absent(v) for v in value if v != ""]
    return value


def _texts(value):
    """Yield every text in brief data."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


@settings(SETTINGS, max_examples=20, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(brief)
def test_random_briefs_round_trip(data):
    # A cell that reads `#DIV/0!` is an error value to Excel and to kam's reader, whatever wrote it.
    assume(not any(text.strip() in _ERROR_VALUES for text in _texts(data)))
    with tempfile.TemporaryDirectory() as folder:
        source = write(data, Path(folder))
        target = Path(folder) / "brief.xlsx"
        convert_brief(source, target)
        expected = _blank_is_absent(load_brief(source).brief.model_dump(exclude_none=True))
        assert _blank_is_absent(load_brief(target).brief.model_dump(exclude_none=True)) == expected


def test_workbook_layout_marks_and_guides(tmp_path, run):  # noqa: F811
    assert run("init", tmp_path, "--xlsx").exit_code == 0
    path = tmp_path / "brief.xlsx"
    book = openpyxl.load_workbook(path)
    texts = Texts("zh")
    assert book.sheetnames[0] == "填写说明"
    assert book.sheetnames[1:] == [sheet_title(texts, s) for s in layout()]
    assert any(p.name == "kam-brief" for p in book.custom_doc_props)
    contacts = book["联系人"]
    assert contacts.freeze_panes == "A4"
    assert contacts.sheet_properties.tabColor.rgb.endswith("D4AC0D")  # names reach the customer, styles do not
    internal = book["异议"]
    assert internal.sheet_properties.tabColor.rgb.endswith("C0392B")
    assert "内部资料" in internal["A1"].value
    header = {c.value: c for c in contacts[2]}
    note = header["编号"].comment.text
    assert "contacts.id" in note and "必填" in note and "内部" in note
    assert "从下拉列表选择" in header["级别"].comment.text
    keys = [c.value for c in contacts[3]]
    assert contacts.cell(row=4, column=keys.index("phone") + 1).number_format == "@"
    visits = book["拜访"]
    date_column = [c.value for c in visits[3]].index("date") + 1
    assert visits.cell(row=4, column=date_column).number_format == "yyyy-mm-dd"
    assert contacts.column_dimensions["A"].width >= 14


def _validations(sheet) -> list[tuple[str, list[str]]]:
    return [(str(v.sqref), v.formula1.strip('"').split(",")) for v in sheet.data_validations.dataValidation]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_enumeration_has_its_dropdown_and_every_choice_is_accepted(tmp_path, language, examples_dir):
    book_path = tmp_path / "brief.xlsx"
    convert_brief(examples_dir / f"brief-{language}.yaml", book_path, language=language)
    book = openpyxl.load_workbook(book_path)
    texts = Texts(language)
    checked = 0
    for sheet in layout():
        target = book[sheet_title(texts, sheet)]
        lists = _validations(target)
        for item in sheet.fields:
            if item.kind != "term":
                continue
            words = choices(texts, item)
            assert any(found == words for _, found in lists), (sheet.name, item.key)
            for member in item.term:
                assert item.term(choice_word(language, member)) is member  # the reader accepts every choice
            checked += 1
    assert checked >= 30


def _cell(book, sheet_name: str, key: str, record: int = 0) -> openpyxl.cell.Cell:
    """Return the value cell of `key` on a sheet (a form's row, or a table's column in record `record`)."""
    sheet = book[sheet_name]
    for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row):
        if (
            len(row) > 2
            and row[2].value == key
            and row[0].column == 1
            and sheet.cell(row=2, column=3).value in ("字段", "Field")
        ):
            return row[1]
    keys = [c.value for c in sheet[3]]
    return sheet.cell(row=4 + record, column=keys.index(key) + 1)


def test_broken_cells_are_located_all_at_once(tmp_path, examples_dir):
    examples = _copy_examples(examples_dir, tmp_path / "ex")
    path = examples / "brief.xlsx"
    convert_brief(examples / "brief-zh.yaml", path)
    book = openpyxl.load_workbook(path)
    _cell(book, "报价", "unit_price", 2).value = "三十万"
    _cell(book, "联系人", "level", 1).value = "总裁层"
    _cell(book, "销售机会", "opportunity.decision_date").value = "下个月"
    _cell(book, "客户", "account.name").value = None
    _cell(book, "交易记录", "amount", 0).value = "=SUM(1,2)"  # a formula openpyxl saves without a cached value
    _cell(book, "报价", "quantity", 0).value = "#N/A"
    book.create_sheet("联系人2")
    book["竞争对手"].cell(row=3, column=9, value="price_level")
    book.save(path)
    with pytest.raises(BriefError) as caught:
        load_brief(path)
    assert caught.value.language == "zh"  # a Chinese workbook: its problems are worded in Chinese unless --lang
    lines = caught.value.lines(caught.value.language)
    price = _cell(book, "报价", "unit_price", 2).coordinate
    level = _cell(book, "联系人", "level", 1).coordinate
    decision = _cell(book, "销售机会", "opportunity.decision_date").coordinate
    name = _cell(book, "客户", "account.name").coordinate
    amount = _cell(book, "交易记录", "amount", 0).coordinate
    quantity = _cell(book, "报价", "quantity", 0).coordinate
    assert any(
        line.startswith(f"{path}:交易记录!{amount}: account.history[0].amount: 公式没有计算结果") for line in lines
    )
    assert any(
        line.startswith(f"{path}:报价!{quantity}: proposal.pricing.items[0].quantity: 单元格是错误值 #N/A")
        for line in lines
    )
    # the cell problems come first and stop the rest: fix them, and the validation problems follow
    book = openpyxl.load_workbook(path)
    _cell(book, "交易记录", "amount", 0).value = 300000
    _cell(book, "报价", "quantity", 0).value = 2
    book.save(path)
    with pytest.raises(BriefError) as caught:
        load_brief(path)
    assert caught.value.language == "zh"  # a Chinese workbook: its problems are worded in Chinese unless --lang
    lines = caught.value.lines(caught.value.language)
    assert any(
        line.startswith(f"{path}:报价!{price}: proposal.pricing.items[2].unit_price: ") and "三十万" in line
        for line in lines
    )
    assert any(line.startswith(f"{path}:联系人!{level}: contacts[1].level: ") for line in lines)
    assert any(line.startswith(f"{path}:销售机会!{decision}: opportunity.decision_date:") for line in lines)
    assert f"{path}:客户!{name}: account.name: 必填：请在“客户”工作表填写“客户名称”" in lines
    warnings = load_warnings(path, book)
    assert any("联系人2" in w and "联系人" in w for w in warnings)
    assert any("price_level" in w for w in warnings)


def load_warnings(path: Path, book) -> list[str]:
    """Return the warnings of the workbook once its errors are fixed."""
    _cell(book, "报价", "unit_price", 2).value = 300000
    _cell(book, "联系人", "level", 1).value = "决策层"
    _cell(book, "销售机会", "opportunity.decision_date").value = dt.date(2026, 6, 30)
    _cell(book, "客户", "account.name").value = "上海某某机械有限公司"
    book.save(path)
    return [w.text("zh") for w in load_brief(path).warnings]


def test_invalid_exit_code_and_message(run, tmp_path):  # noqa: F811
    assert run("init", tmp_path, "--xlsx").exit_code == 0
    result = run("validate", tmp_path / "brief.xlsx")
    assert result.exit_code == 1
    assert "客户!B3: account.name: 必填：请在“客户”工作表填写“客户名称”" in result.output
    assert "Traceback" not in result.output


def test_rep_fills_the_empty_workbook_cell_by_cell(run, tmp_path):  # noqa: F811
    """The Done-when walk: an empty workbook filled in Chinese as a rep would, then a proposal and a deck."""
    assert run("init", tmp_path, "--xlsx").exit_code == 0
    path = tmp_path / "brief.xlsx"
    fill_as_a_rep(path)
    result = run("validate", path)
    assert result.exit_code == 0, result.output
    loaded = load_brief(path).brief
    assert loaded.account.basic.phone == "021-5999 0000"
    assert loaded.contacts[0].phone == "13800000000"  # typed where a number is read back as its text
    assert str(loaded.proposal.pricing.items[0].unit_price) == "380000"
    assert loaded.contacts[0].roles[0].value == "decision_maker"
    assert loaded.account.business.fiscal_year_start == "01-01"
    assert run("proposal", path, "-o", tmp_path / "p.docx").exit_code == 0
    assert run("deck", path, "-o", tmp_path / "d.pptx").exit_code == 0
    from docx_reading import open_docx

    text = "\n".join(p.text for p in open_docx(tmp_path / "p.docx").paragraphs)
    assert "注塑机能耗监测平台" in text or "注塑机能耗监测平台" in str(open_docx(tmp_path / "p.docx").element.xml)


def fill_as_a_rep(path: Path) -> None:
    """Fill an empty brief workbook in Chinese, one cell at a time, the way a rep types (numbers as numbers)."""
    book = openpyxl.load_workbook(path)
    form = {
        "客户": {
            "account.name": "上海某某机械有限公司",
            "account.industry": "通用机械制造",
            "account.tier": "关键客户",
            "account.basic.phone": "021-5999 0000",
            "account.business.fiscal_year_start": "01-01",
        },
        "销售机会": {
            "opportunity.name": "能耗监测平台",
            "opportunity.stage": "评估比较",
            "opportunity.budget": "120万",
            "opportunity.decision_date": dt.datetime(2026, 9, 30),
        },
        "建议书": {
            "proposal.title": "注塑机能耗监测平台建议书",
            "proposal.date": dt.datetime(2026, 6, 1),
            "proposal.background.trends": "能耗双控\n数字化工厂",
        },
        "税率与付款": {
            "proposal.pricing.tax_rate": "13%",
            "proposal.pricing.payment_terms": "合同签订后付 30%\n验收后付 70%",
        },
    }
    for sheet, cells in form.items():
        for key, value in cells.items():
            _cell(book, sheet, key).value = value
    tables = {
        "联系人": [
            {
                "id": "wang",
                "name": "王总",
                "title": "总经理",
                "level": "决策层",
                "roles": "决策者\n批准者",
                "phone": 13800000000,
                "attitude": "支持",
            }
        ],
        "报价": [
            {"name": "能耗监测平台", "quantity": 1, "unit": "套", "unit_price": 380000},
            {"name": "传感器", "quantity": 40, "unit": "个", "unit_price": "¥1,200"},
        ],
        "产品与服务": [{"name": "注塑机能耗监测平台", "benefit": "每年节电 15%"}],
        "客户挑战": [{"problem": "电费占成本 12%", "impact": "利润被压缩"}],
    }
    for sheet, records in tables.items():
        for index, record in enumerate(records):
            for key, value in record.items():
                _cell(book, sheet, key, index).value = value
    book.save(path)


def test_is_brief_workbook_tells_a_customer_list(tmp_path, examples_dir):
    path = tmp_path / "brief.xlsx"
    convert_brief(examples_dir / "brief-zh.yaml", path)
    assert is_brief_workbook(path) and is_brief_workbook(path.read_bytes())
    assert not is_brief_workbook(examples_dir / "customers.xlsx")
    with pytest.raises(BriefError) as caught:
        load_brief(examples_dir / "customers.xlsx")
    assert "not a kam brief workbook" in str(caught.value)


def test_hand_made_workbook_without_marker_is_told_by_its_sheets(tmp_path, examples_dir):
    path = tmp_path / "brief.xlsx"
    convert_brief(examples_dir / "brief-zh.yaml", path)
    book = openpyxl.load_workbook(path)
    book.custom_doc_props = openpyxl.packaging.custom.CustomPropertyList()
    book.save(path)
    assert is_brief_workbook(path)
    assert load_brief(path).brief.account.name


def test_archive_reads_a_folder_mixing_yaml_and_workbook_briefs(run, tmp_path, examples_dir):  # noqa: F811
    examples = _copy_examples(examples_dir, tmp_path / "ex")
    convert_brief(examples / "brief-zh.yaml", examples / "brief-zh-book.xlsx")
    (examples / "brief-zh.yaml").unlink()
    (examples / "customers.xlsx").unlink()
    result = run("archive", examples, "-o", tmp_path / "cards")
    assert result.exit_code == 0, result.output
    assert "2" in result.output.splitlines()[-1]


def test_damaged_and_hostile_workbooks_end_in_a_clear_message(tmp_path):
    broken = tmp_path / "brief.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    started = time.monotonic()
    with pytest.raises(BriefError) as caught:
        load_brief(broken)
    assert "brief.xlsx" in str(caught.value) and time.monotonic() - started < 5
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (300 << 20) + b"</a>")
    with pytest.raises(BriefError) as caught:
        load_brief(bomb)
    assert "bomb.xlsx" in str(caught.value)


def test_demo_writes_the_example_workbooks(tmp_path, examples_dir):
    from generator.render.workbook.convert import demo

    written = demo(examples_dir, tmp_path)
    assert [p.name for p in written] == ["brief-zh.xlsx", "brief-en.xlsx"]
    for path in written:
        assert load_brief(path).brief.account.name


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_libreoffice_resave_reads_back_the_same_brief(tmp_path, examples_dir, language):
    examples = _copy_examples(examples_dir, tmp_path / "ex")
    path = examples / f"brief-{language}.xlsx"
    convert_brief(examples / f"brief-{language}.yaml", path)
    resaved = tmp_path / "resaved"
    profile = f"file:///tmp/lo-{uuid.uuid4().hex}"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(resaved),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.copy(examples / "seller.yaml", resaved / "seller.yaml")
    shutil.copytree(examples / "assets", resaved / "assets")
    before, after = _dump(examples / f"brief-{language}.yaml"), _dump(resaved / path.name)
    assert Path(after["seller"].pop("logo")).read_bytes() == Path(before["seller"].pop("logo")).read_bytes()
    assert after == before


def test_a_text_spelt_like_an_error_value_is_written_as_text(tmp_path):
    from generator.render.workbook.brief_workbook import _put

    book = openpyxl.Workbook()
    sheet = book.active
    for row, text in enumerate(["#DIV/0!", "=1+1", "plain"], start=1):
        _put(sheet, row, 1, text)
    book.save(tmp_path / "t.xlsx")
    cells = [openpyxl.load_workbook(tmp_path / "t.xlsx").active.cell(row=r, column=1) for r in (1, 2, 3)]
    assert [(c.value, c.data_type) for c in cells] == [("#DIV/0!", "s"), ("=1+1", "s"), ("plain", "s")]
