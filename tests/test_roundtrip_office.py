"""The real-office round trip: every example's proposal, deck, archive card, archive summary and
visit plan converted to PDF by LibreOffice; page counts in range, the words a reader looks for in
the PDF's text, and a Chinese font embedded (glyphs, not boxes). Plus `--pdf` on kam deck and
kam demo, and their errors without LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.render.kit import pdf

needs_office = pytest.mark.skipif(
    pdf.find_office() is None or not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdffonts")),
    reason="LibreOffice and poppler are installed by .ci/run",
)
CJK_FONT = re.compile(r"CJK|Han|WenQuanYi|Fallback|YaHei|SimSun|SimHei|DengXian|PingFang|Heiti|Songti", re.I)

ZH_TITLE = "二期产线自动化改造方案建议书"
EN_TITLE = "Warehouse Control System Proposal"

# document: (file in the demo folder, page range, strings a reader finds in it)
DOCUMENTS = {
    "proposal-zh": (
        f"{ZH_TITLE}.pdf",
        (5, 12),
        [ZH_TITLE, "致：上海某某机械有限公司", "客户背景", "人民币叁佰零贰万捌仟肆佰元整", "¥3,028,400.00"],
    ),
    "proposal-en": (f"{EN_TITLE}.pdf", (4, 12), [EN_TITLE, "Prepared for: Northwind Logistics Inc.", "$946,000.00"]),
    "deck-zh": (f"{ZH_TITLE}-slides.pdf", (8, 30), [ZH_TITLE, "为贵司带来的价值", "感谢各位拨冗出席", "今天的内容"]),
    "deck-en": (f"{EN_TITLE}-slides.pdf", (8, 30), [EN_TITLE, "What it means for Northwind", "Thank you"]),
    "card-zh": (
        "archive-zh/cards/上海某某机械有限公司.docx",
        (1, 5),
        ["客户档案卡", "上海某某机械有限公司", "内部资料", "关键客户", "¥8,600,000.00", "王建国"],
    ),
    "card-en": (
        "archive-en/cards/Northwind Logistics Inc.docx",
        (1, 5),
        ["Customer archive card", "Northwind Logistics Inc.", "Key", "$1,450,000.00"],
    ),
    "summary-zh": ("archive-zh/summary.docx", (1, 5), ["客户金字塔", "11 位客户", "关键客户", "¥39,620,000.00"]),
    "summary-en": ("archive-en/summary.docx", (1, 5), ["Customer pyramid", "6 customers", "$3,300,000.00"]),
    "visits-zh": (
        "visit-plan-zh.docx",
        (2, 10),
        ["客户拜访计划", "内部文件，请勿外传", "上海某某机械有限公司", "年度大客户会议"],
    ),
    "visits-en": ("visit-plan-en.docx", (2, 10), ["Customer visit plan", "Northwind Logistics Inc."]),
    # negotiation and after signing: the plan on one sheet (two sides), the review one page per deal
    "negotiation-zh": (
        "negotiation-plan-zh.docx",
        (1, 2),
        ["谈判预案", "让步阶梯", "如果贵方同意货款一次付清", "¥2,450,000.00", "王建国"],
    ),
    "negotiation-en": ("negotiation-plan-en.docx", (1, 2), ["Negotiation plan", "Concession ladder", "$880,000.00"]),
    "review-zh": (
        "review.docx",
        (3, 3),
        ["大客户周检视", "上海某某机械有限公司", "Northwind Logistics Inc.", "逾期应收"],
    ),
    "plan-zh": (
        "account-plan-zh.docx",
        (3, 8),
        [
            "2027年度大客户经营计划",
            "上海某某机械有限公司",
            "关怀日历",
            "2027-09-15",
            "中秋",
            "服务后毛利",
            "¥2,058,000.00",
        ],
    ),
    "plan-en": (
        "account-plan-en.docx",
        (3, 8),
        ["Keyaccountplan2027", "NorthwindLogisticsInc.", "Carecalendar", "Dec25,2027", "$387,500.00"],
    ),
}


def pdf_text(path: Path) -> str:
    """Return the PDF's text with all white space removed (lines wrap anywhere)."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(text.split())


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_fonts(path: Path) -> list[str]:
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[0] for line in listing.splitlines()[2:] if line.strip()]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """Return the folder `kam demo OUT --pdf` wrote (proposals and decks with their PDFs), with a PDF
    of each example's archive card, archive summary and visit plan converted beside each."""
    if pdf.find_office() is None:
        pytest.skip("LibreOffice is installed by .ci/run")
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(cli, ["demo", str(out), "--pdf"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for _name, (file, _pages, _strings) in DOCUMENTS.items():
        source = out / file
        if source.suffix == ".docx":
            pdf.convert_to_pdf(source)
    return out


@needs_office
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_example_document_converts_to_a_readable_pdf(demo, name):
    file, (low, high), strings = DOCUMENTS[name]
    produced = (demo / file).with_suffix(".pdf")
    assert produced.is_file(), produced
    assert produced.read_bytes().startswith(b"%PDF-")
    assert low <= pdf_pages(produced) <= high
    text = pdf_text(produced)
    for needle in strings:
        assert "".join(needle.split()) in text, needle
    if name.endswith("-zh"):
        # pdftotext reads the text layer; an embedded Chinese font means it is drawn too, not as boxes.
        assert any(CJK_FONT.search(font) for font in pdf_fonts(produced)), pdf_fonts(produced)


@needs_office
def test_summary_column_headings_stay_on_one_line(demo):
    layout = subprocess.run(
        ["pdftotext", "-layout", str(demo / "archive-en/summary.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Rank +Customer +Tier", layout), "a heading broken over two lines (Ran / k)"


@needs_office
def test_deck_pdf_has_one_page_per_slide(demo):
    from pptx import Presentation

    for title in (ZH_TITLE, EN_TITLE):
        slides = len(Presentation(str(demo / f"{title}.pptx")).slides)
        assert pdf_pages(demo / f"{title}-slides.pdf") == slides


@needs_office
def test_demo_pdf_is_only_for_what_customers_receive(demo):
    pdfs = sorted(p.relative_to(demo).as_posix() for p in demo.rglob("*.pdf"))
    converted_here = {
        Path(file).with_suffix(".pdf").as_posix() for file, *_ in DOCUMENTS.values() if file.endswith(".docx")
    }
    assert sorted(set(pdfs) - converted_here) == sorted(
        [f"{ZH_TITLE}.pdf", f"{EN_TITLE}.pdf", f"{ZH_TITLE}-slides.pdf", f"{EN_TITLE}-slides.pdf"]
    )
    assert not any("presenter" in p for p in pdfs)


@needs_office
def test_kam_deck_pdf_beside_the_proposal_pdf(examples):
    runner = CliRunner()
    brief = str(examples / "brief-en.yaml")
    proposal = runner.invoke(cli, ["proposal", brief, "--pdf"], catch_exceptions=False)
    deck = runner.invoke(cli, ["deck", brief, "--pdf", "--presenter"], catch_exceptions=False)
    assert proposal.exit_code == 0 and deck.exit_code == 0, proposal.output + deck.output
    # Same title, same folder: the deck's PDF must not overwrite the proposal's.
    assert f"wrote {examples / (EN_TITLE + '-slides.pdf')}" in deck.output
    assert "Preparedfor:NorthwindLogisticsInc." in pdf_text(examples / f"{EN_TITLE}.pdf"), "the proposal, intact"
    assert pdf_pages(examples / f"{EN_TITLE}-slides.pdf") >= 8
    assert not (examples / f"{EN_TITLE}-presenter.pdf").exists(), "the presenter copy is never made a PDF"


@needs_office
def test_kam_deck_pdf_with_an_explicit_output(examples, tmp_path):
    target = tmp_path / "pitch.pptx"
    result = CliRunner().invoke(
        cli, ["deck", str(examples / "brief-zh.yaml"), "-o", str(target), "--pdf"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "pitch-slides.pdf").is_file()
    assert ZH_TITLE in pdf_text(tmp_path / "pitch-slides.pdf")


# --- without LibreOffice: a clear error, exit 1, no traceback (no office needed) -----------


def kam(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os
    import sys

    return subprocess.run(
        [sys.executable, "-m", "generator", *args], capture_output=True, text=True, env={**os.environ, **(env or {})}
    )


@pytest.mark.parametrize("command", ["deck", "demo"])
def test_pdf_without_libreoffice_is_a_clear_error(examples, tmp_path, command):
    # An empty PATH (python found by its full path): no soffice, no libreoffice.
    args = (
        [str(examples / "brief-en.yaml"), "-o", str(tmp_path / "d.pptx")]
        if command == "deck"
        else [str(tmp_path / "out")]
    )
    result = kam(command, *args, "--pdf", env={"PATH": str(tmp_path / "empty")})
    assert result.returncode == 1, result.stderr
    assert "LibreOffice (soffice) is not installed; install LibreOffice first" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.rglob("*.pdf"))
    if command == "deck":
        assert (tmp_path / "d.pptx").is_file(), "the deck itself is written; only the PDF is missing"


def test_pdf_names_never_collide():
    from generator.demo import pdf_jobs
    from generator.render.deck.document import pdf_path

    assert pdf_path(Path("/x/方案.pptx")) == Path("/x/方案-slides.pdf")
    paths = [Path("/o/方案.docx"), Path("/o/方案.pptx"), Path("/o/方案-presenter.pptx")]
    jobs = pdf_jobs("proposal", paths) + pdf_jobs("deck", paths) + pdf_jobs("visits", paths)
    assert jobs == [(paths[0], Path("/o/方案.pdf")), (paths[1], Path("/o/方案-slides.pdf"))]
