"""Hostile and broken input to `kam preflight`: zip bombs, huge parts, entity bombs, malformed XML, non-Office
files, a missing pdftotext. Each ends within seconds with a clear message and exit 1, never a traceback."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import preflight_edits as edits
import pytest

from generator.cli import main
from generator.render.customer_view import customer_view
from generator.render.proposal.document import render_proposal


@pytest.fixture(scope="module")
def proposal(zh_brief) -> bytes:
    return render_proposal(customer_view(zh_brief.brief))


def run(capsys, path: Path, brief: Path, *args: str) -> tuple[int, str, float]:
    started = time.monotonic()
    with pytest.raises(SystemExit) as exit_info:
        main(["preflight", str(path), "--brief", str(brief), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return exit_info.value.code, out + err, time.monotonic() - started


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_zip_bomb_part_is_refused_before_decompressing(capsys, tmp_path, examples_dir, proposal):
    members = edits.parts(proposal)
    members["word/media/bomb.bin"] = b"\0" * (20 * 1024 * 1024)
    path = write(tmp_path, "bomb.docx", edits.pack(members))
    code, out, seconds = run(capsys, path, examples_dir / "brief-zh.yaml")
    assert code == 1 and "word/media/bomb.bin" in out and "压缩炸弹" in out and seconds < 5


def test_a_huge_part_is_refused(capsys, tmp_path, examples_dir, proposal):
    members = edits.parts(proposal)
    members["word/document.xml"] = members["word/document.xml"] + b" " * (70 * 1024 * 1024)
    path = write(tmp_path, "huge.docx", edits.pack(members))
    code, out, seconds = run(capsys, path, examples_dir / "brief-en.yaml", "--lang", "en")
    assert code == 1 and "word/document.xml is more than 64 MB uncompressed" in out and seconds < 5


def test_a_lying_zip_directory_is_caught(capsys, tmp_path, examples_dir, proposal):
    data = bytearray(proposal)
    # Declare document.xml far smaller than it is, in the central directory and the local header.
    with zipfile.ZipFile(io.BytesIO(proposal)) as package:
        info = package.getinfo("word/document.xml")
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_length = int.from_bytes(data[start + (28 if signature == b"PK\x01\x02" else 26) :][:2], "little")
            header = 46 if signature == b"PK\x01\x02" else 30
            if data[start + header : start + header + name_length] == b"word/document.xml":
                data[start + offset : start + offset + 4] = (100).to_bytes(4, "little")
            start += 4
    path = write(tmp_path, "lying.docx", bytes(data))
    code, out, seconds = run(capsys, path, examples_dir / "brief-zh.yaml")
    assert code == 1 and "word/document.xml" in out and seconds < 5
    assert info.file_size > 100


def test_an_entity_bomb_is_refused(capsys, tmp_path, examples_dir, proposal):
    members = edits.parts(proposal)
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{"&lol%s;" % (i - 1 if i > 1 else "") * 10}">' for i in range(1, 10))
        + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    members["word/document.xml"] = laughs.encode()
    path = write(tmp_path, "laughs.docx", edits.pack(members))
    code, out, seconds = run(capsys, path, examples_dir / "brief-zh.yaml")
    assert code == 1 and "DOCTYPE" in out and seconds < 5


@pytest.mark.parametrize(
    "language, expected",
    [("zh", "word/document.xml 第 1 行 XML 格式错误"), ("en", "word/document.xml:1: malformed XML")],
)
def test_malformed_xml_names_the_part_and_line(capsys, tmp_path, examples_dir, proposal, language, expected):
    members = edits.parts(proposal)
    members["word/document.xml"] = (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    )
    path = write(tmp_path, "broken.docx", edits.pack(members))
    code, out, _ = run(capsys, path, examples_dir / "brief-zh.yaml", "--lang", language)
    assert code == 1 and expected in out


def test_not_an_office_file_and_unknown_kinds(capsys, tmp_path, examples_dir):
    fake = write(tmp_path, "fake.pptx", b"this is not a zip")
    code, out, _ = run(capsys, fake, examples_dir / "brief-en.yaml")
    assert code == 1 and "not an Office file" in out
    text = write(tmp_path, "notes.txt", b"hello")
    code, out, _ = run(capsys, text, examples_dir / "brief-en.yaml")
    assert code == 1 and ".docx" in out and ".pdf" in out


def test_one_bad_file_does_not_stop_the_others(capsys, tmp_path, examples_dir, proposal):
    good = write(tmp_path, "good.docx", proposal)
    bad = write(tmp_path, "bad.docx", b"PK\x03\x04 broken")
    with pytest.raises(SystemExit) as exit_info:
        main(["preflight", str(bad), str(good), "--brief", str(examples_dir / "brief-zh.yaml")])
    out, _ = capsys.readouterr()
    assert exit_info.value.code == 1
    assert f"{bad}: 无法检查" in out and f"{good}: 未发现问题" in out and "共检查 2 个文件" in out


def test_a_pdf_without_pdftotext_says_what_to_install(capsys, tmp_path, examples_dir, monkeypatch):
    import generator.preflight.pdf as pdf

    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    path = write(tmp_path, "p.pdf", b"%PDF-1.4\n%%EOF\n")
    code, out, _ = run(capsys, path, examples_dir / "brief-en.yaml")
    assert code == 1 and "pdftotext (poppler-utils)" in out


def test_an_invalid_brief_is_reported_with_its_location(capsys, tmp_path, examples_dir, proposal):
    brief = write(tmp_path, "brief.yaml", b"brief: 1\naccount: {name: X}\nnegotiation: {bottom_line: lots}\n")
    code, out, _ = run(capsys, write(tmp_path, "p.docx", proposal), brief)
    assert code == 1 and f"{brief}:3" in out and "negotiation.bottom_line" in out


def test_bidi_controls_in_a_document_cannot_disguise_the_report(capsys, tmp_path, examples_dir, proposal):
    # XML 1.0 forbids terminal escapes; bidi overrides are legal text and could reorder a report line.
    path = write(tmp_path, "bidi.docx", edits.add_paragraph(proposal, "TODO \u202excod.exe"))
    code, out, _ = run(capsys, path, examples_dir / "brief-zh.yaml")
    assert code == 0 and "placeholder" in out and "\u202e" not in out


def test_a_bad_archive_record_is_reported_and_the_others_still_count(capsys, tmp_path, examples_dir, proposal):
    archive = write(
        tmp_path, "customers.csv", "客户名称,客户等级\n苏州恒通精密机械有限公司,key\n无锡某某,not-a-tier\n".encode()
    )
    document = write(tmp_path, "p.docx", edits.add_paragraph(proposal, "苏州恒通精密机械有限公司"))
    code, out, _ = run(capsys, document, examples_dir / "brief-zh.yaml", "--archive", str(archive))
    assert code == 1
    assert "客户档案中有一条记录无法读取，已跳过" in out and "customers.csv:3" in out
    assert "other-customer “苏州恒通精密机械有限公司”" in out


def test_our_own_brief_in_the_archive_is_not_another_customer(capsys, tmp_path, examples_dir, proposal):
    document = write(tmp_path, "p.docx", proposal)
    code, out, _ = run(capsys, document, examples_dir / "brief-zh.yaml", "--archive", str(examples_dir), "--strict")
    assert code == 0 and "未发现问题" in out


def test_a_folder_is_checked_file_by_file(capsys, tmp_path, examples_dir, proposal):
    folder = tmp_path / "to-send"
    folder.mkdir()
    write(folder, "a.docx", proposal)
    write(folder, "b.docx", edits.add_paragraph(proposal, "TODO"))
    write(folder, "~$a.docx", b"lock")  # Word's lock file while a.docx is open
    write(folder, "readme.txt", b"not checked")
    code, out, _ = run(capsys, folder, examples_dir / "brief-zh.yaml")
    assert code == 0
    assert f"{folder / 'a.docx'}: 未发现问题" in out and f"{folder / 'b.docx'}: 错误 0 · 警告 1" in out
    assert "~$" not in out and "readme" not in out and "共检查 2 个文件" in out
