"""The visit plan's files read back: Word (weeks, visits, fonts), Excel (rows, formats), ICS (events, UIDs)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import repo_paths
from click.testing import CliRunner

from generator.cli import cli

D = dt.date
DATA = repo_paths.DATA / "visits_accounts"
EXPECTED = [  # (date, customer) of the fixture plan from 2 February 2026, six weeks, CN
    (D(2026, 2, 2), "贝塔物流有限公司"),
    (D(2026, 2, 3), "阿尔法精密制造有限公司"),
    (D(2026, 2, 14), "阿尔法精密制造有限公司"),
    (D(2026, 2, 14), "伽马贸易商行"),
    (D(2026, 2, 26), "贝塔物流有限公司"),
    (D(2026, 2, 28), "阿尔法精密制造有限公司"),
    (D(2026, 3, 13), "阿尔法精密制造有限公司"),
]


def kam(*args: str) -> subprocess.CompletedProcess:
    """Run kam as a user does (error mapping and exit codes included)."""
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True)


def run(*args: str):
    return CliRunner().invoke(cli, ["visits", *args], catch_exceptions=False)


# Six weeks from Monday 2 February 2026, planned on 30 January, the yearly meeting on 6 March.
WINDOW = ("--from", "2026-02-02", "--weeks", "6", "--today", "2026-01-30", "--meeting", "2026-03-06")


def plan_into(folder: Path, stem: str):
    """Return the finished `kam visits` of DATA over WINDOW, writing STEM.docx, .xlsx and .ics into `folder`."""
    outputs = ("-o", str(folder / f"{stem}.docx"), "--xlsx", str(folder / f"{stem}.xlsx"))
    return run(str(DATA), *WINDOW, *outputs, "--ics", str(folder / f"{stem}.ics"))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("plan")
    result = plan_into(out, "plan")
    assert result.exit_code == 0, result.output
    return out


def test_ics_parses_back_with_one_event_per_visit(rendered):
    from icalendar import Calendar

    calendar = Calendar.from_ical((rendered / "plan.ics").read_bytes())
    events = [e for e in calendar.walk("VEVENT")]
    # birthdays in the window are greetings (all-day, free), not visits
    greetings = [e for e in events if "问候" in str(e["summary"]) and "生日" in str(e["summary"])]
    assert greetings and all(str(e["transp"]) == "TRANSPARENT" for e in greetings)
    visits = [e for e in events if "年度大客户会议" not in str(e["summary"]) and e not in greetings]
    got = sorted((e.decoded("dtstart"), str(e["description"]).split(" · ")[0]) for e in visits)
    assert got == sorted(EXPECTED)
    assert all(e.decoded("dtend") - e.decoded("dtstart") == dt.timedelta(days=1) for e in visits)  # all-day
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert all(e.decoded("dtstamp") == dt.datetime(2026, 2, 2, tzinfo=dt.UTC) for e in events)
    senior = [e for e in visits if str(e["summary"]).startswith("高层拜访")]
    assert [e.decoded("dtstart") for e in senior] == [D(2026, 2, 3)]
    alpha = next(e for e in visits if e.decoded("dtstart") == D(2026, 2, 14) and "阿尔法" in str(e["summary"]))
    description = str(alpha["description"])
    assert "钱多的生日在 2 天前" in description and "拜访对象" in description and "争取的承诺" in description
    assert str(alpha["location"]) == "苏州工业园区星湖街 1 号"
    meeting = [e for e in events if str(e["summary"]) == "年度大客户会议"]
    assert [m.decoded("dtstart") for m in meeting] == [D(2026, 3, 6)]


def test_uids_are_stable_across_runs_and_windows(rendered, tmp_path):
    from icalendar import Calendar

    assert plan_into(tmp_path, "again").exit_code == 0
    for name in ("ics", "xlsx", "docx"):
        assert (tmp_path / f"again.{name}").read_bytes() == (rendered / f"plan.{name}").read_bytes(), name
    # A later window planned from the same briefs keeps the UID of a visit that stays put.
    assert (
        run(
            str(DATA),
            "--from",
            "2026-02-09",
            "--weeks",
            "5",
            "--today",
            "2026-01-30",
            "-o",
            str(tmp_path / "later.docx"),
            "--ics",
            str(tmp_path / "later.ics"),
        ).exit_code
        == 0
    )

    def uids(path):
        return {(e.decoded("dtstart"), str(e["uid"])) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}

    assert (D(2026, 2, 26), next(u for d, u in uids(rendered / "plan.ics") if d == D(2026, 2, 26))) in uids(
        tmp_path / "later.ics"
    )


def test_timed_events_use_the_given_start_times(tmp_path):
    from icalendar import Calendar

    assert (
        run(
            str(DATA),
            "--from",
            "2026-02-02",
            "--weeks",
            "6",
            "--today",
            "2026-01-30",
            "--times",
            "14:00,09:30",
            "--duration",
            "60",
            "-o",
            str(tmp_path / "p.docx"),
            "--ics",
            str(tmp_path / "p.ics"),
        ).exit_code
        == 0
    )
    events = Calendar.from_ical((tmp_path / "p.ics").read_bytes()).walk("VEVENT")
    # greetings (birthdays) stay all-day events: a greeting is not an appointment
    assert {type(e.decoded("dtstart")) for e in events if "生日" in str(e["summary"])} == {dt.date}
    events = [e for e in events if isinstance(e.decoded("dtstart"), dt.datetime)]
    on_14th = sorted(e.decoded("dtstart") for e in events if e.decoded("dtstart").date() == D(2026, 2, 14))
    assert on_14th == [dt.datetime(2026, 2, 14, 9, 30), dt.datetime(2026, 2, 14, 14, 0)]
    assert all(e.decoded("dtend") - e.decoded("dtstart") == dt.timedelta(minutes=60) for e in events)


def test_xlsx_reads_back_one_row_per_visit(rendered):
    import openpyxl

    book = openpyxl.load_workbook(rendered / "plan.xlsx")
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["日期", "星期", "周次", "客户"] and "争取的承诺" in header and "拜访对象" in header
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0].date(), r[3]) for r in rows] == EXPECTED
    assert sheet["A2"].number_format == "yyyy-mm-dd" and sheet["A2"].is_date
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == f"A1:Q{len(rows) + 1}"
    meet, commitment = header.index("拜访对象"), header.index("争取的承诺")
    assert all(r[meet] and r[commitment] for r in rows)
    assert rows[2][2] == 2 and rows[2][1] == "周六"  # week 2; the make-up Saturday
    assert book.properties.modified == dt.datetime(2026, 2, 2) and book.properties.creator == "kam"


def test_docx_reads_back_grouped_by_week_with_a_call_plan_per_visit(rendered):
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(rendered / "plan.docx"))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    weeks = [t for s, t in headings if s == "Heading 1" and t.startswith("第 ")]
    assert len(weeks) == 6 and weeks[2] == "第 3 周（2026-02-16 – 2026-02-22）"
    visits = [t for s, t in headings if s == "Heading 2" and " · " in t]
    assert len(visits) == len(EXPECTED)
    assert "2026-02-14（调休上班） 周六 · 阿尔法" in visits
    records = [t for t in document.tables if len(t.columns) == 2]
    assert len(records) == len(EXPECTED)
    for table in records:
        fields = {row.cells[0].text: row.cells[1].text for row in table.rows}
        assert fields["拜访对象"].strip() and fields["拜访目标"].strip() and fields["争取的承诺"].strip()
    beta_logged = {row.cells[0].text: row.cells[1].text for row in records[4].rows}
    assert "已约定事项：商务谈判" in beta_logged["拜访目标"] and "底线：¥1,080,000.00" in beta_logged["谈判准备"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "春节" in text  # the holidays of the window are listed
    assert "2026-02-14 周六" in text and "2026-02-28 周六" in text  # and the make-up workdays
    runs = [r for p in document.paragraphs for r in p.runs if r.text] + [
        r for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs if r.text
    ]
    assert all(r._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) for r in runs)
    assert all(r._r.rPr.find(qn("w:lang")).get(qn("w:val")) == "zh-CN" for r in runs)
    assert document.core_properties.created.replace(tzinfo=None) == dt.datetime(2026, 2, 2)


def test_english_plan_uses_english_labels_and_us_holidays(tmp_path, examples_dir):
    import docx

    result = run(str(examples_dir / "brief-en.yaml"), "--today", "2026-11-20", "-o", str(tmp_path / "en.docx"))
    assert result.exit_code == 0, result.output
    document = docx.Document(str(tmp_path / "en.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Customer visit plan" in text and "Week 1" in text and "Thanksgiving" in text
    assert "第" not in text


def test_default_window_starts_next_monday_and_defaults_file_name(tmp_path, monkeypatch, examples_dir):
    monkeypatch.chdir(tmp_path)
    result = run(str(examples_dir / "brief-zh.yaml"), "--today", "2026-11-23")  # a Monday
    assert result.exit_code == 0, result.output
    assert (tmp_path / "visit-plan-2026-11-30.docx").is_file()


def test_bad_records_are_reported_located_and_good_ones_still_planned(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("brief: 1\naccount:\n  name: 坏客户\n  tier: huge\n", encoding="utf-8")
    result = kam(
        "visits", str(DATA / "small-gamma.yaml"), str(bad), "--today", "2026-01-30", "-o", str(tmp_path / "p.docx")
    )
    assert result.returncode == 1
    assert (
        f"{bad}:4:9: account.tier: 应为以下之一：关键客户、普通客户、小客户（或英文 key、ordinary、small）"
        in result.stderr
        and "Traceback" not in result.stderr
    )
    assert (tmp_path / "p.docx").is_file()


def test_nothing_is_written_when_no_input_is_usable(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("brief: 1\naccount:\n  name: ''\n", encoding="utf-8")
    result = kam("visits", str(bad), "-o", str(tmp_path / "p.docx"), "--ics", str(tmp_path / "p.ics"))
    assert result.returncode == 1 and f"{bad}:3:9: account.name: must not be empty" in result.stderr
    assert list(tmp_path.iterdir()) == [bad]


@pytest.mark.parametrize(
    "args",
    [
        ["--country", "XX"],
        ["--cadence", "key=often"],
        ["--times", "9h"],
        ["--per-day", "0"],
        ["--from", "05/06/2026"],
        ["--from", "2026-02-30"],
    ],
)
def test_usage_mistakes_exit_2(args):
    result = CliRunner().invoke(cli, ["visits", str(DATA), *args])
    assert result.exit_code == 2, result.output


def test_demo_writes_the_three_files(tmp_path, examples_dir):
    from generator.render.visits.demo import demo

    paths = demo(examples_dir, tmp_path)
    assert sorted(p.name for p in paths) == sorted(
        f"visit-plan-{lang}.{ext}" for lang in ("zh", "en") for ext in ("docx", "xlsx", "ics")
    )
    again = demo(examples_dir, tmp_path / "again")
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]


def test_visit_plan_uses_the_users_report_template(tmp_path):
    """A company's letterhead saved as report.docx in --templates DIR styles the visit plan."""
    import docx
    from click.testing import CliRunner

    from generator.cli import cli
    from generator.render.kit.templates import builtin_examples_dir

    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "ACME 内部资料"
    folder = tmp_path / "tpl"
    folder.mkdir()
    letterhead.save(folder / "report.docx")
    target = tmp_path / "plan.docx"
    result = CliRunner().invoke(
        cli,
        [
            "visits",
            str(builtin_examples_dir() / "brief-zh.yaml"),
            "--today",
            "2026-11-23",
            "--templates",
            str(folder),
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    plan = docx.Document(str(target))
    assert plan.sections[0].header.paragraphs[0].text == "ACME 内部资料"
    assert "Kam Table" in {s.name for s in plan.styles}
    assert any(p.style.name == "Heading 1" for p in plan.paragraphs)
