"""The visit plan follows the account plan: relationship goals choose whom to meet and the activity to
propose, care occasions are visits or greetings on their dates, a lost account gets the win-back
sequence and a dormant one a reactivation visit, initiatives land on their dates, and the tier's
policy sets how often senior management visits."""

from __future__ import annotations

import datetime as dt

from docx_reading import open_docx

from generator.analysis.visits import CARE, INITIATIVE, REACTIVATE, WIN_BACK, Settings
from generator.analysis.visits_plan import make_plan
from generator.models.brief import Brief
from generator.render.visits.document import render_docx
from generator.render.visits.texts import visit_texts

START = dt.date(2027, 9, 6)  # a Monday; 中秋 2027 is Wednesday 15 September


def brief(name: str, **extra) -> Brief:
    account = {"name": name, **extra.pop("account", {})}
    data = {
        "brief": 1,
        "account": account,
        "contacts": [
            {"id": "wang", "name": "王总", "level": "decision", "roles": ["decision_maker"], "relationship": "trust"},
            {"id": "chen", "name": "陈工", "level": "management", "relationship": "appointment"},
            {"id": "liu", "name": "刘芳", "level": "operational", "relationship": "acquaintance"},
        ],
        **extra,
    }
    return Brief.model_validate(data)


def plan_of(*briefs: Brief, weeks: int = 4, **settings):
    return make_plan(
        [(b, f"{b.account.name}.yaml") for b in briefs],
        Settings(start=START, weeks=weeks, today=START - dt.timedelta(days=3), **settings),
        language="zh",
        country="CN",
    )


def entries_of(plan, name: str):
    return [(e, t) for e, t in zip(plan.entries, visit_texts(plan)) if e.customer.brief.account.name == name]


def test_relationship_goals_choose_whom_to_meet_and_the_activity():
    b = brief(
        "甲",
        account={"tier": "key"},
        plan={
            "year": 2027,
            "relationships": [
                {"contact": "liu", "from": "认识", "to": "约会", "by": "2027-10-31"},
                {
                    "contact": "chen",
                    "from": "约会",
                    "to": "信赖",
                    "by": "2027-12-31",
                    "activities": ["异地参观标杆客户"],
                },
            ],
        },
    )
    first = entries_of(plan_of(b), "甲")[0][1]
    names = [p.name for p in first.people]
    assert "刘芳" in names and "陈工" in names  # an operational acquaintance is met because of the goal
    liu = next(p for p in first.people if p.name == "刘芳")
    assert "关系目标：2027年10月31日前达到“约会”" in liu.reasons and "关系仅为" not in liu.reasons
    assert (
        "推进与刘芳的关系：认识 → 约会（2027年10月31日前）；建议活动：商务活动、本地参观和技术交流" in first.objectives
    )
    assert "推进与陈工的关系：约会 → 信赖（2027年12月31日前）；建议活动：异地参观标杆客户" in first.objectives


def test_care_occasions_are_visits_for_a_key_account_and_greetings_otherwise():
    key = brief("甲", account={"tier": "key", "care": [{"occasion": "中秋", "contacts": ["wang", "chen"]}]})
    small = brief(
        "乙",
        account={"tier": "small", "care": [{"occasion": "中秋", "contacts": ["wang"]}]},
        contacts=[{"id": "wang", "name": "吴经理", "personal": {"birthday": "1980-09-20"}}],
    )
    plan = plan_of(key, small)
    # 中秋 (Wed 15 Sep 2027) is a public holiday in China: the care visit is the working day before
    care = [(e, t) for e, t in entries_of(plan, "甲") if e.visit.reason == CARE]
    assert (
        len(care) == 1
        and care[0][0].visit.date == dt.date(2027, 9, 14)
        and care[0][0].visit.due == dt.date(2027, 9, 15)
    )
    assert care[0][1].kind == "关怀拜访"
    assert care[0][1].objectives[0] == "关怀拜访（中秋节）：问候王总和陈工，送上节日问候与心意"
    assert care[0][1].why == "关怀日历：中秋节（2027年9月15日）"
    assert [(g.date, plan.customers[g.customer].name) for g in plan.greetings] == [
        (dt.date(2027, 9, 15), "乙"),
        (dt.date(2027, 9, 20), "乙"),
    ]
    text = "\n".join(p.text for p in open_docx(render_docx(plan)).paragraphs)
    assert "问候日程" in text and "2027-09-15 周三  乙：中秋节，问候吴经理" in text
    assert "2027-09-20 周一  乙：吴经理生日，问候吴经理" in text


def test_a_lost_account_gets_the_win_back_sequence_instead_of_the_cadence():
    lost = brief(
        "丙",
        account={"tier": "key", "status": "lost", "lost": {"reason": "价格", "competitor": "对手甲"}},
        visits=[{"date": "2027-03-01"}],
    )
    entries = entries_of(plan_of(lost, weeks=10), "丙")
    assert [e.visit.reason for e, _ in entries] == [WIN_BACK] * 4
    plan = plan_of(lost, weeks=10)
    assert [e.visit.due for e, _ in entries] == [START + dt.timedelta(days=d) for d in (7, 14, 30, 60)]
    for entry, _ in entries:  # on the step's day, or the working day before it
        assert entry.visit.date <= entry.visit.due and plan.calendar.is_working_day(entry.visit.date)
    first = entries[0][1]
    assert first.kind == "客户挽回" and first.why == "客户已流失：按 4R 挽回，第 1 步"
    assert first.objectives[0].startswith("挽回第一步·查明原因") and "（已知：价格）" in first.objectives[0]
    assert "对比对手甲" in entries[2][1].objectives[0]
    assert first.commitment.startswith("客户说出流失的真实原因")
    assert "王总" in [p.name for p in first.people]


def test_a_dormant_account_gets_a_reactivation_visit_and_keeps_its_cadence():
    dormant = brief("丁", account={"tier": "ordinary", "status": "休眠"}, visits=[{"date": "2027-08-01"}])
    entries = entries_of(plan_of(dormant, weeks=8), "丁")
    reasons = [e.visit.reason for e, _ in entries]
    assert reasons.count(REACTIVATE) == 2 and any(r not in (REACTIVATE,) for r in reasons)
    first = next(t for e, t in entries if e.visit.reason == REACTIVATE)
    assert first.kind == "激活拜访" and first.objectives[0].startswith("激活休眠客户")


def test_initiatives_land_on_their_dates_and_the_policy_sets_senior_visits():
    seller = {"name": "我方", "service_policy": {"ordinary": {"senior_visits": 2}, "key": {"senior_visits": 1}}}
    b = brief(
        "甲",
        seller=seller,
        account={"tier": "key"},
        plan={
            "year": 2027,
            "initiatives": [
                {"kind": "pilot", "name": "新品试点", "date": "2027-09-22"},
                {"kind": "annual_meeting", "name": "年会", "date": "2027-09-29"},
            ],
        },
    )
    ordinary = brief("乙", seller=seller, account={"tier": "ordinary"})
    plan = plan_of(b, ordinary)
    pilot = [(e, t) for e, t in entries_of(plan, "甲") if e.visit.reason == INITIATIVE]
    assert (
        pilot[0][0].visit.date == dt.date(2027, 9, 22) and pilot[0][1].objectives[0] == "重点活动（新品试用）：新品试点"
    )
    assert plan.settings.meeting == dt.date(2027, 9, 29)  # the plan's annual meeting, since --meeting was not given
    senior = {e.customer.brief.account.name: e for e in plan.entries if e.visit.senior}
    assert set(senior) == {"甲", "乙"}  # the ordinary tier gets senior visits because its policy says so
    texts = {t.customer: t for e, t in zip(plan.entries, visit_texts(plan)) if e.visit.senior}
    assert texts["乙"].why.endswith("服务政策：每半年一次高层拜访")
    assert texts["甲"].why.endswith("服务政策：每年一次高层拜访")


def test_the_policy_objective_names_initiatives_not_yet_planned():
    b = brief(
        "甲", account={"tier": "key"}, plan={"year": 2027, "initiatives": [{"kind": "pilot", "date": "2028-01-10"}]}
    )
    first = entries_of(plan_of(b), "甲")[0][1]
    assert any(
        line.startswith("服务政策要求、计划中尚未安排：共同设计促销、特别奖励、高层拜访和年度大客户会议")
        for line in first.objectives
    )


def test_greetings_and_care_visits_reach_the_calendar_with_stable_uids():
    from icalendar import Calendar

    from generator.render.visits.ics import render_ics

    key = brief("甲", account={"tier": "key", "care": [{"occasion": "中秋", "contacts": ["wang"]}]})
    small = brief("乙", account={"tier": "small", "care": [{"occasion": "中秋", "contacts": ["wang"]}]})
    data = render_ics(plan_of(key, small))
    events = [c for c in Calendar.from_ical(data).walk("VEVENT")]
    greetings = [e for e in events if str(e["summary"]).startswith("乙：")]
    assert [str(e["summary"]) for e in greetings] == ["乙：中秋节，问候王总"]
    assert greetings[0]["dtstart"].dt == dt.date(2027, 9, 15) and str(greetings[0]["transp"]) == "TRANSPARENT"
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert render_ics(plan_of(key, small)) == data


def test_occasions_of_one_day_share_one_visit():
    b = brief(
        "甲",
        account={
            "tier": "key",
            "care": [{"occasion": "中秋", "contacts": ["wang"]}] * 50 + [{"occasion": "中秋", "contacts": ["chen"]}],
        },
        plan={"year": 2027, "initiatives": [{"kind": "pilot", "name": "试点", "date": "2027-09-15"}]},
    )
    care = [e for e, _ in entries_of(plan_of(b), "甲") if e.visit.reason in (CARE, INITIATIVE)]
    assert len(care) == 1 and [p.name for p in care[0].visit.dated.detail.people] == ["王总", "陈工"]


def test_without_a_goal_a_lagging_person_still_gets_the_stages_activities():
    b = brief("甲", account={"tier": "key"})
    first = entries_of(plan_of(b), "甲")[0][1]
    liu = next(p for p in first.people if p.name == "刘芳")
    assert "关系仅为“认识”，需提升到“约会”：商务活动、本地参观和技术交流" in liu.reasons
