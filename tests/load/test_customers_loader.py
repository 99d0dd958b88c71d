"""Customer lists → records: CSV and XLSX with Chinese headers, a contacts sheet, briefs and folders, bad rows."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from generator.load.customers import CustomerRecord, RecordFailure, iter_customers


def _split(items):
    good = [i for i in items if isinstance(i, CustomerRecord)]
    bad = [i for i in items if isinstance(i, RecordFailure)]
    return good, bad


def _write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _workbook(path: Path, customers: list[list], contacts: list[list] | None = None, sheet: str = "客户") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    for row in customers:
        ws.append(row)
    if contacts is not None:
        cs = book.create_sheet("contacts")
        for row in contacts:
            cs.append(row)
    book.save(path)
    return path


def test_csv_with_chinese_headers(tmp_path):
    path = _write_csv(
        tmp_path / "c.csv",
        "客户名称,电话,年采购额,客户等级,优先发货,成为客户日期,上次拜访,下次拜访,联系人,联系人职务\n"
        "上海甲公司,021-1234,860万,,是,2021/3/1,2026-03-01,2026-05-10,张三,经理\n"
        '乙公司,13900000001,"1,200,000",关键客户,否,,,,,\n',
    )
    good, bad = _split(list(iter_customers([path])))
    assert bad == []
    first, second = good
    assert (first.source, first.line) == (str(path), 2)
    account = first.brief.account
    assert account.name == "上海甲公司"
    assert account.basic.phone == "021-1234"
    assert account.annual_value == Decimal("8600000")
    assert account.logistics.priority_delivery is True
    assert account.customer_since == dt.date(2021, 3, 1)
    assert [(v.date, v.planned) for v in first.brief.visits] == [
        (dt.date(2026, 3, 1), False),
        (dt.date(2026, 5, 10), True),
    ]
    assert [(c.name, c.title) for c in first.brief.contacts] == [("张三", "经理")]
    assert first.brief.language.value == "zh"
    assert second.brief.account.tier.value == "key"
    assert second.brief.account.basic.phone == "13900000001"
    assert second.line == 3


def test_csv_with_english_labels_and_paths(tmp_path):
    path = _write_csv(
        tmp_path / "c.csv",
        "Customer name,basic.address,account.annual_value,Tier,relationship_health.returns_calls,currency\n"
        "Acme,1 Main St,250000,ordinary,yes,usd\n",
    )
    (record,) = list(iter_customers([path], language="en"))
    assert record.brief.account.basic.address == "1 Main St"
    assert record.brief.account.tier.value == "ordinary"
    assert record.brief.account.relationship_health.returns_calls is True
    assert record.brief.currency == "USD"
    assert record.brief.language.value == "en"


def test_gb18030_csv_and_semicolons(tmp_path):
    path = _write_csv(tmp_path / "c.csv", "客户名称;年采购额\n华东某厂;12万\n", encoding="gb18030")
    (record,) = list(iter_customers([path]))
    assert record.brief.account.name == "华东某厂"
    assert record.brief.account.annual_value == Decimal("120000")


def test_bad_rows_are_located_and_good_rows_kept(tmp_path):
    path = _write_csv(
        tmp_path / "c.csv",
        "客户名称,年采购额,客户等级,Colour\n甲,100万,,red\n乙,lots,vip,\n,5,,\n丙,1,,,extra\n甲,2,,\n丁,3,,\n",
    )
    good, bad = _split(list(iter_customers([path])))
    assert [g.brief.account.name for g in good] == ["甲", "丁"]
    lines = {(f.line, str(p)) for f in bad for p in f.problems}
    messages = "\n".join(sorted(m for _, m in lines))
    assert f"{path}:1: Colour: unknown column; it is ignored" in messages
    assert f"{path}:3: 年采购额 (annual_value): 'lots' is not an amount of money" in messages
    assert f"{path}:3: 客户等级 (tier): must be one of: key, ordinary, small" in messages
    assert f"{path}:4: 客户名称 (name): required" in messages
    assert f"{path}:5: the row has 5 values but the header names only 4 columns" in messages
    assert f"{path}:6: account.name: duplicate customer name '甲' (first at {path}:2)" in messages
    assert [f.line for f in bad] == [1, 3, 4, 5, 6]


def test_no_name_column_fails_the_file(tmp_path):
    path = _write_csv(tmp_path / "c.csv", "电话,年采购额\n123,5\n")
    (failure,) = list(iter_customers([path]))
    assert isinstance(failure, RecordFailure)
    assert "no customer-name column" in str(failure.problems[-1])


def test_xlsx_with_contacts_sheet(tmp_path):
    path = _workbook(
        tmp_path / "list.xlsx",
        [
            ["客户名称", "年采购额", "成为客户日期", "电话"],
            ["甲公司", 8600000, dt.datetime(2021, 3, 1), 2159990000],
            ["乙公司", 12.5, None, None],
            [None, None, None, None],
            ["丙公司", "30万", None, None],
        ],
        [
            ["客户名称", "姓名", "职务", "级别", "角色", "向导/内线", "生日", "兴趣"],
            ["甲公司", "王建国", "总经理", "决策层", "决策者、批准者", "否", dt.datetime(1972, 8, 15), "高尔夫, 茶"],
            ["甲公司", "赵敏", "经理", "管理层", "发起人", "是", None, None],
            ["丙公司", "钱工", None, "总工", None, None, None, None],
            ["无名公司", "孙某", None, None, None, None, None, None],
        ],
    )
    good, bad = _split(list(iter_customers([path])))
    assert [g.brief.account.name for g in good] == ["甲公司", "乙公司"]
    first = good[0]
    assert first.brief.account.customer_since == dt.date(2021, 3, 1)
    assert first.brief.account.basic.phone == "2159990000"
    wang, zhao = first.brief.contacts
    assert (wang.id, wang.name, wang.level.value, [r.value for r in wang.roles], wang.coach) == (
        "c1",
        "王建国",
        "decision",
        ["decision_maker", "approver"],
        False,
    )
    assert wang.personal.birthday == dt.date(1972, 8, 15) and wang.personal.interests == ["高尔夫", "茶"]
    assert zhao.coach is True
    assert good[1].brief.account.annual_value == Decimal("12.5")
    texts = [str(p) for f in bad for p in f.problems]
    # the bad contact is reported on the contacts sheet row; its customer fails
    assert any(t.startswith(f"{path}[contacts]:4: 级别 (contacts[0].level): must be one of") for t in texts), texts
    assert any(t.startswith(f"{path}[contacts]:5: customer: no customer named '无名公司'") for t in texts), texts


def test_xlsx_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("hello")
    (failure,) = list(iter_customers([path]))
    assert "cannot read as an Excel workbook" in str(failure.problems[0])


def test_briefs_and_folders(tmp_path, examples_dir):
    folder = tmp_path / "briefs"
    shutil.copytree(examples_dir, folder)
    (folder / "broken.yaml").write_text("brief: 1\naccount:\n  name: X\n  tier: huge\n", encoding="utf-8")
    items = list(iter_customers([folder]))
    good, bad = _split(items)
    names = sorted(g.brief.account.name for g in good)
    assert names == ["Northwind Logistics Inc.", "上海某某机械有限公司"]  # seller.yaml is not a brief and is skipped
    assert len(bad) == 1 and bad[0].source.endswith("broken.yaml") and bad[0].line == 4
    assert "account.tier" in str(bad[0].problems[0])
    zh = next(g for g in good if g.brief.account.name.startswith("上海"))
    assert zh.line == 9  # the line of account.name
    # the same brief given twice is a duplicate
    again = list(iter_customers([folder / "brief-zh.yaml", folder / "brief-zh.yaml"]))
    assert isinstance(again[1], RecordFailure) and "duplicate customer name" in str(again[1].problems[0])


def test_missing_and_unsupported_inputs(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"x")
    items = list(iter_customers([tmp_path / "none.csv", tmp_path / "notes.docx"]))
    assert [str(i.problems[0]).split(": ", 1)[1] for i in items] == [
        "file not found",
        "not a customer list: give a brief (.yaml), a folder of briefs, a .csv or an .xlsx",
    ]


def test_streams_one_record_at_a_time(tmp_path):
    rows = "".join(f"客户{i},{i}\n" for i in range(1000))
    path = _write_csv(tmp_path / "c.csv", "客户名称,年采购额\n" + rows)
    iterator = iter_customers([path])
    first = next(iterator)
    assert first.brief.account.name == "客户0"
    assert sum(1 for _ in iterator) == 999


@pytest.mark.parametrize(
    "sample, delimiter",
    [
        ("客户名称,年采购额\n甲,1\n", ","),
        ("客户名称;年采购额\n华东某厂;12,5万\n乙;1,2\n", ";"),
        ('名称\t地址\n"A, Inc."\tx, y\n', "\t"),
        ("name|tier\na|key\n", "|"),
        ("客户名称\n甲\n乙\n", ","),
        ('客户名称,地址\n"The ""Best"" Bank","a; b"\n', ","),
    ],
)
def test_delimiter_is_guessed_from_the_rows(sample, delimiter):
    from generator.load.tables import sniff_delimiter

    assert sniff_delimiter(sample) == delimiter
