"""PDF through LibreOffice: the real round trip, and clear errors when it can't be done."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.errors import RenderError
from generator.render.jobs import write_proposal
from generator.render.kit import pdf

needs_office = pytest.mark.skipif(
    pdf.find_office() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler are installed by .ci/run",
)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@needs_office
@pytest.mark.parametrize(
    "name, expected, pages",
    [
        (
            "brief-zh.yaml",
            ["二期产线自动化改造方案建议书", "问题和挑战", "人民币叁佰零贰万捌仟肆佰元整", "¥3,028,400.00"],
            (5, 12),
        ),
        ("brief-en.yaml", ["Warehouse Control System Proposal", "Problems and challenges", "$946,000.00"], (4, 12)),
    ],
)
def test_proposal_pdf_round_trip(tmp_path, examples, name, expected, pages):
    document = write_proposal(examples / name, output=tmp_path / "p.docx")
    produced = pdf.convert_to_pdf(document)
    assert produced == tmp_path / "p.pdf"
    text = "".join(pdf_text(produced).split())  # lines wrap anywhere: compare without white space
    for needle in expected:
        assert "".join(needle.split()) in text, needle
    assert pages[0] <= pdf_pages(produced) <= pages[1]


@needs_office
def test_contents_page_numbers_are_filled_in(tmp_path, examples):
    produced = pdf.convert_to_pdf(write_proposal(examples / "brief-zh.yaml", output=tmp_path / "p.docx"))
    contents = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", "-layout", str(produced), "-"], capture_output=True, text=True, check=True
    ).stdout
    entry = next(line for line in contents.splitlines() if "客户背景" in line)
    assert entry.rstrip()[-1].isdigit(), entry


def test_missing_libreoffice_is_a_clear_error(tmp_path, examples, monkeypatch):
    monkeypatch.setattr(pdf, "find_office", lambda: None)
    document = write_proposal(examples / "brief-en.yaml", output=tmp_path / "p.docx")
    with pytest.raises(RenderError, match="LibreOffice .* not installed; install LibreOffice first"):
        pdf.convert_to_pdf(document)
    assert not (tmp_path / "p.pdf").exists()


def test_chinese_without_a_cjk_font_is_refused(tmp_path, examples, monkeypatch):
    monkeypatch.setattr(pdf, "find_office", lambda: "/bin/true")
    monkeypatch.setattr(pdf, "cjk_font_installed", lambda: False)
    document = write_proposal(examples / "brief-zh.yaml", output=tmp_path / "p.docx")
    with pytest.raises(RenderError, match="no Chinese font is installed; install a CJK font"):
        pdf.convert_to_pdf(document)


def test_no_output_from_office_is_an_error(tmp_path, examples, monkeypatch):
    monkeypatch.setattr(pdf, "find_office", lambda: "/bin/true")
    document = write_proposal(examples / "brief-en.yaml", output=tmp_path / "p.docx")
    with pytest.raises(RenderError, match="LibreOffice made no PDF"):
        pdf.convert_to_pdf(document)


def test_cjk_detection(zh_brief, en_brief):
    from generator.render.customer_view import customer_view
    from generator.render.proposal.document import render_proposal

    assert pdf.package_has_cjk(render_proposal(customer_view(zh_brief.brief)))
    assert not pdf.package_has_cjk(render_proposal(customer_view(en_brief.brief)))
