"""The account after signing: receivables, complaints, satisfaction and referrals in the brief, on the
archive card and index, in customer lists and in the visit plan."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx_reading import table_rows
from openpyxl import Workbook, load_workbook

from generator.analysis.after_sale import after_sale, months_before
from generator.analysis.call_plan import call_plan
from generator.errors import BriefError
from generator.i18n import Texts
from generator.load import load_brief
from generator.load.customers import CustomerRecord, RecordFailure, iter_customers
from generator.models.schema import brief_schema
from generator.render.archive.batch import build_archive
from generator.render.visits.texts import say

DAY = dt.date(2026, 12, 1)


def test_the_example_as_of_a_day(zh_brief):
    state = after_sale(zh_brief.brief.account, DAY)
    assert [r.overdue_days for r in state.receivables] == [0, 6]
    assert state.overdue_total == Decimal(126000) and state.outstanding_total == Decimal(126000)
    assert [c.complaint.issue for c in state.open_complaints] == ["维保巡检报告未按时提交"]
    assert state.open_complaints[0].age_days == 15 and state.open_complaints[0].stale
    assert state.latest_satisfaction.score == 4 and not state.satisfaction_due
    assert after_sale(zh_brief.brief.account, dt.date(2026, 11, 23)).overdue == ()
    assert months_before(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)


def test_bad_records_are_located(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(
        "brief: 1\naccount:\n  name: X\n  receivables:\n    - {due: 2026-06-30, amount: 10, received: 20}\n"
        "  complaints:\n    - {date: 2026-09-01, issue: 坏了, status: maybe}\n"
        "    - {date: 2026-09-01, issue: 又坏了, closed_on: 2026-08-01}\n"
        "  satisfaction:\n    - {date: 2026-05-10, score: 6}\n"
        "negotiation:\n  team: [{name: 李明, role: boss}]\n",
        encoding="utf-8",
    )
    with pytest.raises(BriefError) as caught:
        load_brief(path)
    lines = [str(p) for p in caught.value.problems]
    assert any(
        line.startswith(f"{path}:5:") and "account.receivables[0].received: must not exceed the amount" in line
        for line in lines
    )
    assert any(":7:" in line and "account.complaints[0].status" in line for line in lines)
    assert any(":8:" in line and "closed_on: must not be before" in line for line in lines)
    assert any(":10:" in line and "account.satisfaction[0].score" in line for line in lines)
    assert any(":12:" in line and "negotiation.team[0].role" in line for line in lines)


def test_chinese_terms_and_the_schema(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(
        "brief: 1\naccount:\n  name: X\n  complaints: [{date: 2026-09-01, issue: 坏了, status: 已结}]\n"
        "negotiation: {team: [{name: 李明, role: 主谈}, {name: 小吴, role: 记录}]}\n",
        encoding="utf-8",
    )
    brief = load_brief(path).brief
    assert not brief.account.complaints[0].is_open
    assert [m.role.value for m in brief.negotiation.team] == ["lead", "note_taker"]
    schema = json.dumps(brief_schema(), ensure_ascii=False)
    for name in (
        "receivables",
        "complaints",
        "satisfaction",
        "referrals",
        "their_interests",
        "their_bottom_line",
        "alternatives",
        "note_taker",
        "处理中",
    ):
        assert name in schema


def test_card_and_index_show_the_account_after_signing(tmp_path, examples_dir):
    result = build_archive(
        [examples_dir / "brief-zh.yaml", examples_dir / "customers.xlsx"], tmp_path / "out", today=DAY
    )
    card = Document(str(tmp_path / "out" / "cards" / "上海某某机械有限公司.docx"))
    text = [p.text for p in card.paragraphs]
    for heading in ("回收账款", "投诉处理", "客户满意度", "转介绍"):
        assert heading in text
    rows = [row for table in card.tables for row in table_rows(table)]
    assert ["到期日", "应收金额", "已收金额", "收款日期", "未收", "状态"] in rows
    assert ["2026-11-25", "¥186,000.00", "¥60,000.00", "2026-11-20", "¥126,000.00", "逾期 6 天"] in rows
    assert ["2025-10-15", "¥240,000.00", "¥240,000.00", "2025-10-12", "¥0.00", "已结清"] in rows
    assert ["逾期合计", "¥126,000.00（截至 2026-12-01）"] in rows
    assert ["2026-11-16", "维保巡检报告未按时提交", "处理中 · 15 天", "", "李明"] in rows
    assert ["2026-10-20", "4 / 5", "赵敏"] in rows
    assert ["2026-08-01", "苏州某精密机械有限公司", "已引荐，进入需求发现阶段"] in rows
    # a customer list row with a receivables sheet: overdue on 2026-10-31, part paid
    sheet = load_workbook(tmp_path / "out" / "index.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][12:14] == ["逾期应收", "未结投诉"] and sheet.auto_filter.ref.startswith("A1:W")
    by_name = {row[1]: row for row in values[1:]}
    assert by_name["上海某某机械有限公司"][12:14] == [126000, 1]
    assert by_name["苏州恒通精密机械有限公司"][12] == 226000 and by_name["苏州恒通精密机械有限公司"][13] is None
    assert by_name["杭州新远汽车零部件股份有限公司"][12] == 0
    assert sheet.cell(row=[r[1] for r in values].index("上海某某机械有限公司") + 1, column=13).font.color.rgb.endswith(
        "C62828"
    )
    assert result.failures == []


def _receivables_workbook(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(["客户名称", "年采购额"])
    sheet.append(["甲公司", "100万"])
    owed = book.create_sheet("应收账款")
    owed.append(["客户名称", "到期日", "应收金额", "已收金额", "收款日期"])
    for row in rows:
        owed.append(row)
    book.save(path)
    return path


def test_a_receivables_sheet_joins_its_customer(tmp_path):
    path = _receivables_workbook(
        tmp_path / "list.xlsx",
        [
            ["甲公司", dt.date(2026, 6, 30), "20万", "5万", dt.date(2026, 7, 2)],
            ["甲公司", "2026-12-31", 30000, None, None],
            ["乙公司", dt.date(2026, 6, 30), "1万", None, None],
            ["甲公司", dt.date(2026, 6, 30), "2万", "3万", None],
        ],
    )
    items = list(iter_customers([path]))
    records = [i for i in items if isinstance(i, CustomerRecord)]
    failures = [i for i in items if isinstance(i, RecordFailure)]
    assert records == []  # 甲公司 fails on its bad receivable (received more than the amount)
    problems = [str(p) for f in failures for p in f.problems]
    assert any("[应收账款]:5" in p and "received" in p and "must not exceed" in p for p in problems), problems
    assert any("乙公司" in p and "receivable is skipped" in p for p in problems)
    good = _receivables_workbook(
        tmp_path / "good.xlsx", [["甲公司", dt.date(2026, 6, 30), "20万", "5万", dt.date(2026, 7, 2)]]
    )
    (record,) = [i for i in iter_customers([good]) if isinstance(i, CustomerRecord)]
    (receivable,) = record.brief.account.receivables
    assert (
        receivable.amount == 200000 and receivable.received == 50000 and receivable.received_on == dt.date(2026, 7, 2)
    )


def test_a_csv_carries_receivables_by_field_path(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "name,receivables[0].due,receivables[0].amount,complaints[0].date,complaints[0].issue\n"
        "Acme,2026-06-30,10000,2026-09-01,Broken charger\n",
        encoding="utf-8",
    )
    (record,) = list(iter_customers([path], language="en"))
    assert isinstance(record, CustomerRecord), record
    assert record.brief.account.receivables[0].amount == 10000
    assert record.brief.account.complaints[0].is_open


def test_visit_objectives_after_signing(zh_brief, en_brief):
    zh = [say(Texts("zh"), line) for line in call_plan(zh_brief.brief, dt.date(2026, 12, 3)).objectives]
    assert "回收账款：催收 ¥126,000.00（2026年11月25日到期，已逾期 8 天），确认付款日期" in zh
    assert any(line.startswith("关闭投诉「维保巡检报告未按时提交」") for line in zh)
    en = [say(Texts("en", "USD"), line) for line in call_plan(en_brief.brief, dt.date(2026, 12, 3)).objectives]
    assert "Collect $30,000.00 (due November 27, 2026, 6 days overdue) and agree the payment date" in en
    # a satisfied customer with no recent referral is asked for one; an old score asks for a new one
    brief = zh_brief.brief.model_copy(deep=True)
    brief.account.referrals = []
    brief.account.complaints = []
    lines = [line.key for line in call_plan(brief, dt.date(2026, 12, 3)).objectives]
    assert "objective.ask_referral" in lines and "objective.ask_satisfaction" not in lines
    later = [line.key for line in call_plan(brief, dt.date(2027, 6, 1)).objectives]
    assert "objective.ask_satisfaction" in later
