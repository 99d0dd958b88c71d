"""Hostile input, as a careless or malicious user would hand it to kam: every class ends in seconds.

Each case runs `python -m generator …` in a child process limited to 500 MB of address space
and 10 seconds, and asserts: exit code 1 (2 for usage), a message naming the file (and the
line where there is one), no traceback, no output file left behind, existing output untouched.
The bombs are built here: nothing large is stored in the repository.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import repo_paths

ROOT = repo_paths.ROOT
MEMORY = 500 * 1024 * 1024
SECONDS = 10
BEFORE = b"the user's previous output"


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def kam(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    """Return the finished `kam` run (500 MB, 10 s at most; exceeding either fails the test)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "default"}
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=SECONDS,
        preexec_fn=_limits,
    )


def refused(result: subprocess.CompletedProcess, where: str, *, code: int = 1) -> str:
    """Assert a clean refusal that names `where` (file, or file:line…); return the output."""
    output = result.stdout + result.stderr
    assert result.returncode == code, output
    assert "Traceback" not in output and "MemoryError" not in output, output
    assert where in output, output
    return output


def files_in(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def check_brief_refused(tmp_path: Path, brief: Path, where: str) -> str:
    """Run validate and proposal on `brief`: both refuse it, nothing is written, old output stays."""
    output = refused(kam("validate", brief, cwd=tmp_path), where)
    previous = tmp_path / "previous.docx"
    previous.write_bytes(BEFORE)
    before = files_in(tmp_path)
    refused(kam("proposal", brief, "-o", previous, cwd=tmp_path), where)
    assert previous.read_bytes() == BEFORE, "existing output untouched"
    assert files_in(tmp_path) == before, "no output (or temporary) file left"
    return output


# --- briefs -------------------------------------------------------------------------------

EXAMPLE_HEAD = "brief: 1\nlanguage: zh\naccount:\n  name: 某某公司\nproposal:\n  title: 方案\n"


@pytest.mark.parametrize(
    "date, line_col", [("2026-02-30", "7:9"), ("2026-13-01", "7:9"), ('"2026-02-30"', "7:9"), ("2026/02/30", "7:9")]
)
def test_impossible_yaml_date(tmp_path, date, line_col):
    brief = tmp_path / "b.yaml"
    brief.write_text(EXAMPLE_HEAD + f"  date: {date}\n", encoding="utf-8")
    output = check_brief_refused(tmp_path, brief, f"b.yaml:{line_col}: proposal.date:")
    if date[0].isdigit() and "-" in date:  # YAML's date form: kam's reader names the impossible day
        assert f"{date} is not a date" in output


def test_billion_laughs(tmp_path):
    lines = ["brief: 1", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    lines += ["account: {name: *a9}"]
    brief = tmp_path / "laughs.yaml"
    brief.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = check_brief_refused(tmp_path, brief, "laughs.yaml:7:10:")
    assert "alias *a4" in output


def test_a_generous_use_of_aliases_still_loads(tmp_path):
    items = "\n".join("      - *item" for _ in range(2000))
    brief = tmp_path / "b.yaml"
    brief.write_text(
        EXAMPLE_HEAD
        + "  pricing:\n    items:\n      - &item {name: 服务, quantity: 1, unit_price: 10}\n"
        + items
        + "\n",
        encoding="utf-8",
    )
    result = kam("validate", brief, cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_fifo_brief_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    check_brief_refused(tmp_path, fifo, "fifo.yaml: is a pipe")


def test_device_brief_is_refused(tmp_path):
    output = refused(kam("validate", "/dev/zero", cwd=tmp_path), "/dev/zero: is a device")
    assert files_in(tmp_path) == set() and output


def test_huge_brief_is_refused_before_reading(tmp_path):
    brief = tmp_path / "huge.yaml"
    with brief.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no disk used
    check_brief_refused(tmp_path, brief, "huge.yaml: is 200 MB; a brief may be at most 10 MB")


def test_a_seller_file_that_is_a_fifo(tmp_path):
    os.mkfifo(tmp_path / "seller.yaml")
    brief = tmp_path / "b.yaml"
    brief.write_text("brief: 1\nseller: seller.yaml\naccount: {name: x}\n", encoding="utf-8")
    check_brief_refused(tmp_path, brief, "seller.yaml: is a pipe")


def test_deep_nesting(tmp_path):
    brief = tmp_path / "deep.yaml"
    brief.write_text("brief: 1\naccount:\n  name: " + "[" * 100_000 + "\n", encoding="utf-8")
    check_brief_refused(tmp_path, brief, "deep.yaml:3:")


def test_python_tag_is_refused_not_run(tmp_path):
    marker = tmp_path / "ran"
    brief = tmp_path / "tag.yaml"
    brief.write_text(
        f"brief: 1\naccount:\n  name: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8"
    )
    check_brief_refused(tmp_path, brief, "tag.yaml:3:9: account.name:")
    assert not marker.exists()


def test_forbidden_characters_are_each_located(tmp_path):
    brief = tmp_path / "chars.yaml"
    brief.write_text("brief: 1\naccount:\n  name: a\x00b\n  industry: \x1b[31m\n", encoding="utf-8")
    output = check_brief_refused(tmp_path, brief, "chars.yaml:3:10:")
    assert "chars.yaml:4:13:" in output


def test_not_text_at_all(tmp_path):
    brief = tmp_path / "binary.yaml"
    brief.write_bytes(b"brief: 1\n\x89PNG\r\n\x1a\n\xff\xfe\x00")
    check_brief_refused(tmp_path, brief, "binary.yaml:2: not UTF-8 text")


def test_usage_mistakes_exit_2(tmp_path):
    refused(kam("validate", cwd=tmp_path), "BRIEFS", code=2)
    refused(kam("archive", tmp_path / "missing.csv", cwd=tmp_path), "missing.csv", code=2)


# --- customer lists -------------------------------------------------------------------------


def run_archive(tmp_path: Path, source: Path, where: str, *, code: int = 1) -> tuple[str, Path]:
    """Run `kam archive` on `source`; assert the refusal (or success, code 0) and that old output stays."""
    out = tmp_path / "out"
    (out / "cards").mkdir(parents=True, exist_ok=True)
    previous = out / "cards" / "previous.docx"
    previous.write_bytes(BEFORE)
    result = kam("archive", source, "-o", out, "--lang", "en", cwd=tmp_path)
    output = refused(result, where, code=code)
    assert previous.read_bytes() == BEFORE
    assert not [p for p in out.rglob("*") if p.name.startswith((".", "~")) or p.suffix == ".tmp"], "no temporary files"
    return output, out


def cards(out: Path) -> set[str]:
    return {p.stem for p in (out / "cards").glob("*.docx")} - {"previous"}


def index_names(out: Path) -> set[str]:
    """Return every text cell of the archive index, as a reader of the workbook sees it."""
    book = openpyxl.load_workbook(out / "index.xlsx", read_only=True)
    return {str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v is not None}


def rebuild_workbook(target: Path, replace: dict[str, object]) -> Path:
    """Write a copy of the example workbook with some parts replaced (bytes, or a writer function)."""
    source = zipfile.ZipFile(ROOT / "examples" / "customers.xlsx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            new = replace.get(info.filename)
            if callable(new):
                with out.open(info.filename, "w") as stream:
                    new(stream)
            else:
                out.writestr(info.filename, new if new is not None else source.read(info))
    return target


SHEET = "xl/worksheets/sheet1.xml"


def sheet_xml() -> bytes:
    return zipfile.ZipFile(ROOT / "examples" / "customers.xlsx").read(SHEET)


@pytest.mark.parametrize("megabytes, reason", [(50, "more than 200×"), (150, "at most 100 MB")])
def test_zip_bomb_workbook(tmp_path, megabytes, reason):
    xml = sheet_xml()
    head = xml[: xml.index(b"<sheetData>") + len(b"<sheetData>")]

    def bomb(stream):
        stream.write(head)
        chunk = b'<row r="2"><c r="A2"/></row>' * 40_000
        for _ in range(megabytes * 1024 * 1024 // len(chunk)):
            stream.write(chunk)
        stream.write(b"</sheetData></worksheet>")

    book = rebuild_workbook(tmp_path / "bomb.xlsx", {SHEET: bomb})
    assert book.stat().st_size < 1024 * 1024
    output, out = run_archive(tmp_path, book, f"bomb.xlsx: not a workbook kam can read: its part {SHEET}")
    assert reason in output and cards(out) == set()


def test_truncated_sheet_keeps_the_rows_before_the_break(tmp_path):
    xml = sheet_xml()
    book = rebuild_workbook(tmp_path / "cut.xlsx", {SHEET: xml[: len(xml) // 2]})
    output, out = run_archive(tmp_path, book, "cut.xlsx:4: the workbook is damaged")
    assert len(cards(out)) == 2, "the rows before the damage are still written"


def test_entity_declarations_are_refused(tmp_path):
    xml = sheet_xml()
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            b'<!ENTITY a%d "&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;">' % ((i,) + (i - 1,) * 10)
            for i in range(1, 10)
        ).replace(b"&a0;", b"&a;")
        + b"]>"
        + xml[xml.index(b"<worksheet") :]
    )
    book = rebuild_workbook(tmp_path / "ent.xlsx", {SHEET: laughs})
    run_archive(tmp_path, book, f"ent.xlsx: not a workbook kam can read: its part {SHEET} declares a DOCTYPE")


def test_a_sheet_claiming_every_cell_is_read_in_seconds(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户名称", "年采购额"])
    sheet.append(["甲公司", 100])
    sheet.cell(row=1_048_576, column=1, value="乙公司")
    sheet.cell(row=1_048_576, column=16_384, value="beyond the columns kam reads")
    book.save(tmp_path / "wide.xlsx")
    run_archive(tmp_path, tmp_path / "wide.xlsx", "", code=0)
    assert cards(tmp_path / "out") == {"甲公司", "乙公司"}


def test_not_a_workbook(tmp_path):
    (tmp_path / "fake.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    run_archive(tmp_path, tmp_path / "fake.xlsx", "fake.xlsx: cannot read as an Excel workbook")


def test_an_old_xls_or_a_password_protected_workbook(tmp_path):
    (tmp_path / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    run_archive(
        tmp_path, tmp_path / "locked.xlsx", "locked.xlsx: cannot read as an Excel workbook: it is an old-format"
    )


def test_fifo_customer_list(tmp_path):
    os.mkfifo(tmp_path / "list.csv")
    output, out = run_archive(tmp_path, tmp_path / "list.csv", "list.csv: is a pipe")
    assert cards(out) == set()


def test_huge_customer_list_is_refused_before_reading(tmp_path):
    with (tmp_path / "huge.csv").open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    run_archive(tmp_path, tmp_path / "huge.csv", "huge.csv: is 200 MB; a customer list may be at most 100 MB")


def test_an_endless_csv_line(tmp_path):
    (tmp_path / "long.csv").write_text(
        "客户名称,地址\n甲公司,北京\n乙公司," + "长" * 2_000_000 + "\n", encoding="utf-8"
    )
    output, out = run_archive(tmp_path, tmp_path / "long.csv", "long.csv:3: this line is longer than 1 MB")
    assert cards(out) == {"甲公司"}


def test_doubled_quotes_quoted_commas_and_line_breaks(tmp_path):
    rows = ["客户名称,年采购额,地址", '"The ""Best"" Bank",100,"1 Main St, Suite 2"']
    rows += [f"普通公司{i},{i},无" for i in range(30)]  # quotes below the header, as in real lists
    rows += ['"Line\nBreak ""Co""",5,"a, b"']
    (tmp_path / "quotes.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    output, out = run_archive(tmp_path, tmp_path / "quotes.csv", "", code=0)
    assert {'The "Best" Bank', 'Line\nBreak "Co"'} <= index_names(out)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_excel_unicode_text_export(tmp_path, codec):
    text = '客户名称\t年采购额\t地址\n"Tab ""Quoted"" Co"\t300\t"x, y"\n华南某厂\t5万\t广州\n'
    data = text.encode(codec) if codec == "utf-16" else b"\xfe\xff" + text.encode(codec)
    (tmp_path / "unicode.txt").write_bytes(data)
    output, out = run_archive(tmp_path, tmp_path / "unicode.txt", "", code=0)
    assert {'Tab "Quoted" Co', "华南某厂"} <= index_names(out)


def test_legacy_gb18030_after_a_long_ascii_start(tmp_path):
    ascii_rows = "".join(f"Company {i},{'x' * 2000}\n" for i in range(35))  # more than the first 64 KB
    data = ("Customer name,Address\n" + ascii_rows).encode("ascii") + "华北某厂,北京\n".encode("gb18030")
    (tmp_path / "old.csv").write_bytes(data)
    output, out = run_archive(tmp_path, tmp_path / "old.csv", "", code=0)
    assert "华北某厂" in index_names(out)


def test_impossible_dates_in_csv_cells(tmp_path):
    (tmp_path / "d.csv").write_text(
        "客户名称,成为客户日期,上次拜访\n甲公司,2026-02-30,2026-09-01\n乙公司,2020-01-01,2026-13-01\n", encoding="utf-8"
    )
    output, out = run_archive(tmp_path, tmp_path / "d.csv", "d.csv:2: 成为客户日期 (customer_since):")
    assert "d.csv:3: 上次拜访" in output and cards(out) == set()


def test_impossible_dates_in_xlsx_cells(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户名称", "成为客户日期"])
    sheet.append(["甲公司", "2026-02-30"])
    sheet.append(["乙公司", 3_000_000])  # a date-formatted serial far beyond 9999-12-31
    sheet["B3"].number_format = "yyyy-mm-dd"
    sheet.append(["丙公司", "2020-01-01"])
    book.save(tmp_path / "d.xlsx")
    output, out = run_archive(tmp_path, tmp_path / "d.xlsx", "d.xlsx:2: 成为客户日期 (customer_since):")
    assert "d.xlsx:3: 成为客户日期" in output and "Warning" not in output
    assert cards(out) == {"丙公司"}


def test_a_csv_full_of_quotes_is_sniffed_in_seconds(tmp_path):
    # csv.Sniffer's quote guessing is quadratic: a minute on 64 KB like this
    (tmp_path / "quotes.csv").write_text("客户名称,地址\n甲公司,x\n" + ',"a' * 30_000 + "\n", encoding="utf-8")
    output, out = run_archive(tmp_path, tmp_path / "quotes.csv", "quotes.csv:3:")
    assert cards(out) == {"甲公司"}


def test_a_header_of_100_000_columns(tmp_path):
    (tmp_path / "wide.csv").write_text(",".join(f"c{i}" for i in range(100_000)) + "\n1\n", encoding="utf-8")
    run_archive(tmp_path, tmp_path / "wide.csv", "wide.csv:1: the header has 100,000 columns")
