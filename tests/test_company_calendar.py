"""The company calendar (`kam visits --calendar FILE`, `calendar:` in the seller file) and the unknown-year warning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from generator.analysis.workdays import WorkCalendar, holidays_version, make_up_day_count
from generator.cli import main
from generator.load.calendar import combine, load_calendar
from generator.models.brief import CompanyCalendar

D = dt.date
DATA = Path(__file__).parent / "data" / "visits_accounts"


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.pass_context
def _console_script(ctx):
    main(list(ctx.args))


def kam(*args, lang: str = "C.UTF-8"):
    return CliRunner().invoke(_console_script, [str(a) for a in args], env={"LANG": lang, "LC_ALL": None})


def plan_dates(xlsx: Path) -> list[tuple[dt.date, str]]:
    import openpyxl

    sheet = openpyxl.load_workbook(xlsx).active
    return [(row[0].date(), row[3]) for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_company_days_off_and_extra_workdays_on_top_of_the_country():
    calendar = WorkCalendar(
        "CN",
        D(2026, 10, 1),
        D(2026, 10, 31),
        "zh",
        company_holidays=frozenset({D(2026, 10, 12), D(2026, 10, 13)}),
        company_workdays=frozenset({D(2026, 10, 17)}),
    )
    assert not calendar.is_working_day(D(2026, 10, 12)) and not calendar.is_working_day(D(2026, 10, 13))
    assert calendar.is_working_day(D(2026, 10, 17)), "a Saturday the company works"
    assert calendar.is_working_day(D(2026, 10, 14))
    assert not calendar.is_working_day(D(2026, 10, 2)), "the national holiday stays"
    assert (D(2026, 10, 12), "公司休息日") in calendar.holidays_between(D(2026, 10, 1), D(2026, 10, 31))
    assert D(2026, 10, 17) in calendar.make_up_days_between(D(2026, 10, 1), D(2026, 10, 31))
    english = WorkCalendar("US", D(2026, 10, 1), D(2026, 10, 31), "en", company_holidays=frozenset({D(2026, 10, 12)}))
    assert english.holiday_name(D(2026, 10, 12)) in ("Columbus Day", "Company day off")


def test_calendar_file_is_read_and_its_problems_located(tmp_path):
    good = tmp_path / "cal.yaml"
    good.write_text("holidays: [2026-10-12, 2026/10/13]\nworkdays: [2026年10月10日]\n", encoding="utf-8")
    calendar = load_calendar(good)
    assert calendar.holidays == [D(2026, 10, 12), D(2026, 10, 13)] and calendar.workdays == [D(2026, 10, 10)]
    wrapped = tmp_path / "wrapped.yaml"
    wrapped.write_text("calendar:\n  holidays: [2026-10-12]\n", encoding="utf-8")
    assert load_calendar(wrapped).holidays == [D(2026, 10, 12)]
    bad = tmp_path / "bad.yaml"
    bad.write_text("holidays: ['2026-02-30']\nworkday: [2026-10-10]\n", encoding="utf-8")
    result = kam(
        "visits", DATA, "--calendar", bad, "--from", "2026-02-02", "-o", tmp_path / "p.docx", lang="zh_CN.UTF-8"
    )
    assert result.exit_code == 1 and not (tmp_path / "p.docx").exists()
    assert f"{bad}:1:12: holidays[0]: '2026-02-30' 不是日期：2026 年 2 月只有 28 天" in result.stderr
    assert f"{bad}:2:1: workday: 未知的键；您是不是要写 'workdays'？" in result.stderr


def test_the_command_line_calendar_extends_and_overrides_the_sellers():
    seller = CompanyCalendar(holidays=[D(2026, 10, 12), D(2026, 10, 13)], workdays=[D(2026, 10, 10)])
    mine = CompanyCalendar(holidays=[D(2026, 10, 10), D(2026, 10, 20)], workdays=[D(2026, 10, 13)])
    both = combine(seller, mine)
    assert both.holidays == [D(2026, 10, 10), D(2026, 10, 12), D(2026, 10, 20)]
    assert both.workdays == [D(2026, 10, 13)]
    assert combine(None, seller) == seller


def _plan(tmp_path, *extra, inputs=(DATA,)):
    xlsx = tmp_path / "plan.xlsx"
    result = kam(
        "visits",
        *inputs,
        "--from",
        "2026-02-02",
        "--weeks",
        "6",
        "--today",
        "2026-01-30",
        "-o",
        tmp_path / "plan.docx",
        "--xlsx",
        xlsx,
        *extra,
    )
    assert result.exit_code == 0, result.output
    return plan_dates(xlsx), result


def test_visits_never_fall_on_company_days_off(tmp_path):
    baseline, _ = _plan(tmp_path)
    assert (D(2026, 2, 2), "贝塔物流有限公司") in baseline and (D(2026, 2, 3), "阿尔法精密制造有限公司") in baseline
    calendar = tmp_path / "cal.yaml"
    calendar.write_text("holidays: [2026-02-02, 2026-02-03, 2026-02-14]\n", encoding="utf-8")
    planned, _ = _plan(tmp_path, "--calendar", calendar)
    days = {day for day, _ in planned}
    assert not days & {D(2026, 2, 2), D(2026, 2, 3), D(2026, 2, 14)}
    assert {name for _, name in planned} == {name for _, name in baseline}, "every customer still planned"


def test_a_team_shares_the_calendar_in_its_seller_file(tmp_path):
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "seller.yaml").write_text(
        "name: 我方公司\ncalendar:\n  holidays: [2026-02-02, 2026-02-03]\n", encoding="utf-8"
    )
    for source in DATA.iterdir():
        text = source.read_text(encoding="utf-8").replace("language: zh\n", "language: zh\nseller: seller.yaml\n")
        (folder / source.name).write_text(text, encoding="utf-8")
    planned, _ = _plan(tmp_path, inputs=(folder,))
    assert not {day for day, _ in planned} & {D(2026, 2, 2), D(2026, 2, 3)}
    override = tmp_path / "cal.yaml"
    override.write_text("workdays: [2026-02-02]\n", encoding="utf-8")
    planned, _ = _plan(tmp_path, "--calendar", override, inputs=(folder,))
    days = {day for day, _ in planned}
    assert D(2026, 2, 2) in days and D(2026, 2, 3) not in days, "--calendar wins over the seller's"


def test_one_warning_for_a_year_without_official_make_up_workdays(tmp_path):
    assert make_up_day_count("CN", 2026) > 0, "holidays knows 2026's make-up workdays"
    missing = next(year for year in range(2027, 2040) if make_up_day_count("CN", year) == 0)
    start = f"{missing - 1}-12-21"
    args = (
        "visits",
        DATA,
        "--from",
        start,
        "--weeks",
        "8",
        "--today",
        f"{missing - 1}-12-20",
        "-o",
        tmp_path / "p.docx",
    )
    zh = kam(*args, lang="zh_CN.UTF-8")
    assert zh.exit_code == 0, zh.output
    warnings = [line for line in zh.stderr.splitlines() if line.startswith("警告：")]
    assert len(warnings) == 1
    assert f"holidays 库 {holidays_version()} 中没有中国 {missing} 年的官方调休上班日" in warnings[0]
    assert "--calendar" in warnings[0] and "workdays:" in warnings[0]
    en = kam(*args, "--lang", "en", "--country", "CN")
    (warning,) = [line for line in en.stderr.splitlines() if line.startswith("warning: ")]
    assert (
        f"the holidays library {holidays_version()} has no official make-up workdays for China in {missing}" in warning
    )
    calendar = tmp_path / "cal.yaml"
    calendar.write_text(f"workdays: [{missing}-02-07]\n", encoding="utf-8")
    assert "警告" not in kam(*args, "--calendar", calendar, lang="zh_CN.UTF-8").stderr, "the user gave them"
    within = kam("visits", DATA, "--from", "2026-02-02", "--weeks", "4", "-o", tmp_path / "q.docx", lang="zh_CN.UTF-8")
    assert within.exit_code == 0 and "警告" not in within.stderr
    us = kam("visits", DATA, "--from", start, "--weeks", "8", "--country", "US", "-o", tmp_path / "r.docx")
    assert "warning" not in us.stderr, "a country without make-up workdays never warns"


def test_the_seller_calendar_never_reaches_customer_documents(zh_brief):
    from generator.render.customer_view import customer_view

    brief = zh_brief.brief.model_copy(deep=True)
    brief.seller.calendar = CompanyCalendar(holidays=[D(2026, 10, 12)])
    assert customer_view(brief).seller.calendar is None


@pytest.mark.parametrize("text", ["holidays: 2026-10-12\n", "- 2026-10-12\n"])
def test_a_calendar_that_is_not_lists_of_dates_is_refused(tmp_path, text):
    path = tmp_path / "cal.yaml"
    path.write_text(text, encoding="utf-8")
    result = kam("visits", DATA, "--calendar", path, "-o", tmp_path / "p.docx", "--lang", "zh")
    assert result.exit_code == 1 and str(path) in result.stderr and "Traceback" not in result.output
