"""`kam plan`: the key-account plan read back from the saved .docx, the care calendar on real dates,
win-back for lost and dormant accounts, the seller's service policy, determinism and the command."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from docx_reading import headings, open_docx, table_rows

from generator.analysis.account_plan import account_plan, gross_profit, share_of_wallet
from generator.analysis.care import care_calendar, festival_date
from generator.cli import main
from generator.errors import BriefError
from generator.load import load_brief
from generator.models.brief import Brief
from generator.models.enums import Festival
from generator.render.plan.document import render_plan

TODAY = dt.date(2026, 11, 27)


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def brief(**account) -> Brief:
    data = {"brief": 1, "account": {"name": "甲公司", **account.pop("account", {})}, **account}
    return Brief.model_validate(data)


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def table_with(document, header: str) -> list[list[str]]:
    return next(table_rows(t) for t in document.tables if t.rows and t.rows[0].cells[0].text == header)


def record(document) -> dict[str, str]:
    """Return the first label/value table (the account at a glance) as a mapping."""
    return {row[0]: row[1] for row in table_rows(document.tables[0])}


# --- the lunar calendar ------------------------------------------------------------------------


def test_lunar_festivals_fall_on_their_real_dates():
    from lunardate import LunarDate

    assert festival_date(Festival("春节"), 2027) == dt.date(2027, 2, 6) == LunarDate(2027, 1, 1).to_solar_date()
    assert festival_date(Festival("中秋"), 2027) == dt.date(2027, 9, 15) == LunarDate(2027, 8, 15).to_solar_date()
    assert festival_date(Festival("元宵"), 2027) == dt.date(2027, 2, 20)
    assert festival_date(Festival("Dragon Boat Festival"), 2027) == dt.date(2027, 6, 9)
    assert festival_date(Festival("中秋节"), 2026) == dt.date(2026, 9, 25)
    assert festival_date(Festival("国庆"), 2027) == dt.date(2027, 10, 1)


def test_care_calendar_of_a_year_with_people_to_greet():
    b = brief(
        account={
            "customer_since": "2021-03-01",
            "tier": "key",
            "care": [
                {"occasion": "中秋", "contacts": ["zhao"]},
                {"occasion": "开业纪念", "date": "06-18"},
                {"occasion": "新厂投产", "date": "2028-05-01"},
                {"occasion": "合作周年", "date": "03-01"},
            ],
        },
        contacts=[
            {"id": "zhao", "name": "赵敏", "personal": {"birthday": "1984-02-29"}},
            {"id": "wang", "name": "王建国", "level": "decision"},
        ],
    )
    days = care_calendar(b, 2027, key_account=True)
    lines = [(d.date.isoformat(), d.kind, d.name, [p.name for p in d.people], d.action) for d in days]
    assert lines == [
        ("2027-02-28", "birthday", "赵敏", ["赵敏"], "greet"),  # 29 February in a common year
        ("2027-03-01", "occasion", "合作周年", ["王建国"], "visit"),  # the brief's own anniversary replaces kam's
        ("2027-06-18", "occasion", "开业纪念", ["王建国"], "visit"),  # nobody named: the decision level
        ("2027-09-15", "festival", "中秋", ["赵敏"], "visit"),
    ]
    in_2028 = {d.name: d.date for d in care_calendar(b, 2028)}
    assert in_2028["新厂投产"] == dt.date(2028, 5, 1) and in_2028["中秋"] == dt.date(2028, 10, 3)


def test_an_occasion_that_is_no_festival_needs_a_date(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(
        "brief: 1\naccount:\n  name: X\n  care:\n    - {occasion: 开业纪念}\n    - {occasion: 中秋, contacts: [nobody]}\n"
        "plan:\n  year: 2027\n  relationships:\n    - {contact: x, from: 信赖, to: 约会}\n",
        encoding="utf-8",
    )
    with pytest.raises(BriefError) as info:
        load_brief(path)
    lines = [str(p) for p in info.value.problems]
    assert any(":5:" in line and "account.care[0]" in line and "give its date as MM-DD" in line for line in lines)
    assert any("account.care[1].contacts[0]: no contact with id 'nobody'" in line for line in lines)
    assert any(
        "plan.relationships[0]: `to` must be a later relationship stage than `from` (trust)" in line for line in lines
    )
    assert any("plan.relationships[0].contact: no contact with id 'x'" in line for line in lines)


# --- the plan of the examples ------------------------------------------------------------------


def test_the_chinese_plan_reads_back_section_by_section(zh_brief):
    data = render_plan(account_plan(zh_brief.brief, TODAY))
    document = open_docx(data)
    assert headings(document, 1) == [
        "一、 客户概览",
        "二、 年度目标",
        "三、 增长机会",
        "四、 关系计划",
        "五、 服务政策",
        "六、 重点活动日历",
        "七、 关怀日历",
        "八、 客户黏性与转移成本",
        "九、 风险",
    ]
    assert texts(document)[0] == "2027 年度大客户经营计划"
    glance = record(document)
    assert glance["客户经理"] == "李明（自2021年3月1日起，68 个月）"
    assert glance["我方份额"] == "71.7%（¥8,600,000.00 / ¥12,000,000.00）"
    assert glance["服务后毛利"] == "¥2,058,000.00（¥8,600,000.00 × 28% − ¥350,000.00）"
    assert glance["客户计划"] == "金卡（自2025年1月1日起）：优先排产和年度免费巡检"
    # target: 2026's deals (436万 + 64万) against 900万, growth 444万 covers the 400万 gap
    target = table_with(document, "2026 年实际")
    assert target[1] == ["¥5,000,000.00", "¥9,000,000.00", "¥4,000,000.00", "¥4,440,000.00", "¥0.00"]
    assert "增长机会足以弥补差距。" in texts(document)
    growth = table_with(document, "产品 / 服务")
    assert growth[-1] == ["合计（不含已丢单）", "¥4,440,000.00"]
    # relationships: the brief's activities, the seeds' where it gives none, a suggestion for the coach
    people = {row[0].split("\n")[0]: row for row in table_with(document, "人员")[1:]}
    assert people["陈工（设备科科长）"][4] == "异地参观苏州标杆客户、工艺研讨会"
    assert "引荐人：赵敏" in people["陈工（设备科科长）"][0] and "关注点：功能" in people["陈工（设备科科长）"][0]
    assert people["刘芳（采购主管）"][1:5] == ["约会", "信赖", "2027-09-30", "联谊、家庭活动、异地参观"]
    assert people["王建国（总经理）"][4] == "穿针引线、成为向导"
    # the key tier's ten rules, then the care calendar on 2027's real dates
    body = "\n".join(texts(document))
    assert "优先供货：保证关键客户的货源与交期。" in body and "高层拜访：每年 4 次。" in body
    care = table_with(document, "日期")  # the initiatives table comes first
    assert care[1] == ["2027-01-08", "高层拜访", "总经理拜访王总", "张总"]
    care = [t for t in document.tables if table_rows(t)[0][:2] == ["日期", "事由"]][0]
    rows = table_rows(care)[1:]
    assert ["2027-02-06", "春节", "王建国和赵敏", "拜访"] in rows
    assert ["2027-09-15", "中秋", "王建国、陈工和刘芳", "拜访"] in rows
    assert ["2027-03-01", "合作 6 周年", "王建国和赵敏", "拜访"] in rows
    assert ["2027-08-15", "王建国生日", "王建国", "问候"] in rows
    assert "与 MES 系统深度集成" in body
    assert "客户处于休眠状态" not in body and "挽回计划" not in body


def test_the_english_plan_and_same_bytes(en_brief):
    plan = account_plan(en_brief.brief, TODAY)
    data = render_plan(plan, "en")
    assert render_plan(account_plan(en_brief.brief, TODAY), "en") == data
    document = open_docx(data)
    assert texts(document)[0] == "Key account plan 2027"
    assert headings(document, 1)[:4] == [
        "1. The account at a glance",
        "2. This year's target",
        "3. Where the growth comes from",
        "4. Relationship plan",
    ]
    glance = record(document)
    assert glance["Channel"] == "Integrator · Bayline Systems Integration (registered September 15, 2026)"
    care = [t for t in document.tables if table_rows(t)[0][:2] == ["Date", "Occasion"]][0]
    assert ["Dec 25, 2027", "Christmas", "Dana Harper and Chidi Okafor", "visit"] in table_rows(care)
    assert ["May 12, 2027", "Northwind founding day", "Dana Harper", "visit"] in table_rows(care)
    people = {row[0].split("\n")[0]: row for row in table_with(document, "Person")[1:]}
    assert people["Sam Brooks, Procurement Lead"][4] == "business activities, local site visits, technical exchange"
    assert "suggested" in people["Chidi Okafor, Director of IT"][2]  # the coach at trust, no goal in the brief
    assert gross_profit(en_brief.brief.account) == Decimal("387500.00")
    assert share_of_wallet(en_brief.brief.account).quantize(Decimal("0.001")) == Decimal("0.604")


def test_every_run_carries_the_language_and_east_asian_font(zh_brief):
    import io
    import zipfile

    body = (
        zipfile.ZipFile(io.BytesIO(render_plan(account_plan(zh_brief.brief, TODAY)))).read("word/document.xml").decode()
    )
    assert body.count("<w:r>") == body.count('w:eastAsia="zh-CN"')


# --- lost, dormant, unprofitable ---------------------------------------------------------------


def test_a_lost_unprofitable_account_gets_the_4r_win_back_and_the_options():
    b = brief(
        account={
            "tier": "key",
            "status": "流失",
            "annual_value": "50万",
            "gross_margin": "20%",
            "cost_to_serve": "15万",
            "lost": {"date": "2026-05-01", "reason": "价格", "competitor": "竞争对手甲"},
        }
    )
    document = open_docx(render_plan(account_plan(b, TODAY)))
    body = "\n".join(texts(document))
    assert headings(document, 1)[-1] == "五、 挽回计划"
    assert "客户已流失（2026年5月1日），原因：价格，转向竞争对手甲。" in body
    assert "扣除服务成本后毛利为 -¥50,000.00：这是不盈利的客户。" in body
    assert "提高价格或减少折扣" in body and "转由成本更低的渠道服务（经销商、线上）" in body
    steps = table_with(document, "步骤")[1:]
    assert [row[1] for row in steps] == ["2026-12-04", "2026-12-11", "2026-12-27", "2027-01-26"]
    assert steps[0][0].startswith("1. 查明原因") and "（已知：价格）" in steps[0][0]
    assert "与竞争对手甲对比" in steps[2][0]
    assert "不盈利" in record(document)["服务后毛利"]
    assert "2026 年" in body  # no plan for the year: the document says so


def test_a_dormant_account_gets_a_reactivation_plan():
    b = brief(account={"status": "dormant"})
    document = open_docx(render_plan(account_plan(b, TODAY), "en"))
    body = "\n".join(texts(document))
    assert "Reactivating a dormant account" in body
    assert [row[0] for row in table_with(document, "Step")[1:]][
        0
    ] == "1. Call to learn what has changed and what they need now."


def test_the_seller_files_service_policy_replaces_the_builtin_table():
    b = brief(
        seller={
            "name": "我方",
            "service_policy": {
                "关键客户": {"rules": ["每周一次技术例会"], "senior_visits": 2, "initiatives": ["training"]}
            },
        },
        account={"tier": "key"},
    )
    plan = account_plan(b, TODAY)
    assert plan.policy.senior_visits == 2 and plan.policy.from_seller
    body = "\n".join(texts(open_docx(render_plan(plan))))
    assert "每周一次技术例会" in body and "优先供货" not in body and "高层拜访：每年 2 次。" in body
    assert "依据本公司的服务政策" in body


def test_the_plan_reaches_every_canary_of_the_account_plan(tmp_path, examples_dir):
    """The internal plan reads the fields the confidentiality canary fills (so that test could fail)."""
    from canary import canary_brief

    path, canaries = canary_brief(examples_dir, tmp_path, "zh")
    text = "\n".join(texts(open_docx(render_plan(account_plan(load_brief(path).brief, TODAY))))) + "\n".join(
        c.text
        for t in open_docx(render_plan(account_plan(load_brief(path).brief, TODAY))).tables
        for row in t.rows
        for c in row.cells
    )
    for name in (
        "OWNER",
        "CHANNELPARTNER",
        "BOND",
        "GROWTHPRODUCT",
        "INITIATIVENAME",
        "ACTIVITY",
        "MOTIVE",
        "HANDOVER",
        "POLICYRULE",
    ):
        assert any(c.endswith(name) and c in text for c in canaries), name


# --- the command --------------------------------------------------------------------------------


def test_kam_plan_writes_one_document_per_account(capsys, tmp_path, examples):
    code, out, _ = run(
        capsys,
        "plan",
        str(examples / "brief-zh.yaml"),
        str(examples / "brief-en.yaml"),
        "-o",
        str(tmp_path / "plans"),
        "--today",
        "2026-11-27",
    )
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "plans").iterdir())
    assert names == ["Northwind Logistics Inc. account-plan 2027.docx", "上海某某机械有限公司 经营计划 2027.docx"]
    # --year plans another year; the plan of 2027 is then not the year's plan
    code, out, _ = run(capsys, "plan", str(examples / "brief-zh.yaml"), "--year", "2028", "--today", "2026-11-27")
    written = examples / "上海某某机械有限公司 经营计划 2028.docx"
    assert code == 0 and written.exists()
    body = "\n".join(texts(open_docx(written)))
    assert "简报中没有 2028 年的经营计划" in body
    assert [r[:2] for t in open_docx(written).tables for r in table_rows(t) if r[1:2] == ["春节"]][0] == [
        "2028-01-26",
        "春节",
    ]


def test_kam_plan_reports_bad_briefs_and_still_writes_the_good_ones(capsys, tmp_path, examples):
    bad = tmp_path / "bad.yaml"
    bad.write_text("brief: 1\naccount: {name: X, status: gone}\n", encoding="utf-8")
    code, out, err = run(capsys, "plan", str(examples / "brief-zh.yaml"), str(bad), "-o", str(tmp_path / "out"))
    assert code == 1
    assert (
        "bad.yaml:2:" in err and "account.status: 应为以下之一：活跃、休眠、流失（或英文 active、dormant、lost）" in err
    )
    assert len(list((tmp_path / "out").iterdir())) == 1
    code, _, err = run(
        capsys,
        "plan",
        str(examples / "brief-zh.yaml"),
        str(examples / "brief-en.yaml"),
        "-o",
        str(tmp_path / "one.docx"),
    )
    assert code == 2 and "need a folder" in err and not (tmp_path / "one.docx").exists()


def test_years_beyond_the_lunar_tables_leave_out_lunar_festivals():
    b = brief(account={"care": [{"occasion": "中秋"}, {"occasion": "国庆"}]})
    assert [d.name for d in care_calendar(b, 2100)] == ["国庆"]


def test_bad_terms_in_the_plan_are_located_with_the_words_accepted(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(
        "brief: 1\naccount: {name: X}\ncontacts: [{id: a, name: A}]\nplan:\n  year: 2027\n  relationships:\n"
        "    - {contact: a, from: 朋友, to: 信赖}\n  growth:\n    - {product: P, status: maybe}\n",
        encoding="utf-8",
    )
    with pytest.raises(BriefError) as info:
        load_brief(path)
    assert [str(p).split("b.yaml:", 1)[1] for p in info.value.problems] == [
        "7:26: plan.relationships[0].from: must be one of: acquaintance, appointment, trust, alliance (or 认识 / 约会 / 信赖 / 同盟)",
        "9:28: plan.growth[0].status: must be one of: idea, proposed, won, lost (or 设想 / 已提案 / 已赢单 / 已丢单)",
    ]
