"""`kam serve` in process: pages, downloads reopened, located errors, limits, token, CSRF, traversal."""

from __future__ import annotations

import io
import re
import socket
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from pptx import Presentation
from web_helpers import client, csrf_of, example_zip, visible_text

from generator.cli import cli


def upload(c, examples_dir: Path, **kwargs):
    """Upload the zh example as a zip; return the response of the brief's page (after the redirect)."""
    home = c.get("/")
    data = example_zip(examples_dir, **kwargs)
    response = c.post(
        "/upload",
        data={"csrf": csrf_of(home.text)},
        files=[("files", ("brief.zip", data, "application/zip"))],
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return c.get(response.headers["location"]), response.headers["location"], csrf_of(home.text)


def test_every_page_carries_the_security_headers(examples_dir):
    with client() as c:
        for path in ("/", "/login", "/nothing-here", "/static/kam.css"):
            response = c.get(path)
            assert "default-src 'none'" in response.headers["content-security-policy"]
            assert response.headers["x-content-type-options"] == "nosniff"
            assert "server" not in {k.lower() for k in response.headers if k.lower() == "x-powered-by"}


def test_language_from_the_browser_then_the_switch():
    with client() as c:
        assert "上传客户简报" in c.get("/", headers={"accept-language": "zh-CN,zh;q=0.9"}).text
        assert "Upload a brief" in c.get("/", headers={"accept-language": "en-GB"}).text
        switched = c.get("/lang/zh?next=/", headers={"accept-language": "en-GB"}, follow_redirects=False)
        assert switched.status_code == 303 and switched.headers["location"] == "/"
        assert "上传客户简报" in c.get("/", headers={"accept-language": "en-GB"}).text
        # the switch only ever sends back to this site
        assert c.get("/lang/en?next=https://evil.example/", follow_redirects=False).headers["location"] == "/"
        assert c.get("/lang/en?next=//evil.example/", follow_redirects=False).headers["location"] == "/"


def test_lang_option_wins_over_the_browser():
    with client(language="zh") as c:
        assert "上传客户简报" in c.get("/", headers={"accept-language": "en"}).text


def test_upload_shows_the_coach_and_every_document_downloads(examples_dir):
    with client() as c:
        page, location, csrf = upload(c, examples_dir)
        assert page.status_code == 200
        text = visible_text(page.text)
        assert "上海" in text or "某" in text  # the customer of the zh example
        assert 'id="make-proposal-0"' in page.text and 'id="make-presenter-0"' in page.text
        # internal documents are marked internal on the page
        assert re.search(r'id="make-presenter-0" class="internal"', page.text)
        assert re.search(r'id="make-proposal-0" class="customer"', page.text)
        proposal = c.post(f"{location}/make", data={"csrf": csrf, "brief": "0", "kind": "proposal"})
        assert proposal.status_code == 200
        assert "attachment;" in proposal.headers["content-disposition"]
        assert "filename*=UTF-8''" in proposal.headers["content-disposition"]
        document = Document(io.BytesIO(proposal.content))
        assert any(p.text.strip() for p in document.paragraphs)
        deck = c.post(f"{location}/make", data={"csrf": csrf, "brief": "0", "kind": "deck"})
        slides = Presentation(io.BytesIO(deck.content)).slides
        assert len(slides) > 5
        assert not any(s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip() for s in slides)
        presenter = c.post(f"{location}/make", data={"csrf": csrf, "brief": "0", "kind": "presenter"})
        assert any(
            s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip()
            for s in Presentation(io.BytesIO(presenter.content)).slides
        )
        for kind in ("visits", "card", "negotiation", "plan"):
            made = c.post(f"{location}/make", data={"csrf": csrf, "brief": "0", "kind": kind})
            assert made.status_code == 200, (kind, made.text[:500])
            assert Document(io.BytesIO(made.content)).paragraphs


def test_a_broken_brief_shows_located_problems(examples_dir):
    text = (examples_dir / "brief-zh.yaml").read_text(encoding="utf-8")
    broken = text.replace("tier: key", "tier: 黄金客户", 1)
    assert broken != text
    line = next(i for i, row in enumerate(broken.splitlines(), 1) if "黄金客户" in row)
    with client() as c:
        page, location, csrf = upload(c, examples_dir, text=broken)
        assert 'id="problems"' in page.text
        assert re.search(rf"brief-zh\.yaml:{line}:\d+: account\.tier", visible_text(page.text))
        # no document buttons for a brief that does not validate
        assert "make-proposal" not in page.text
        assert "/tmp" not in page.text and tempfile.gettempdir() not in page.text  # no server paths shown


def test_forms_need_the_sessions_csrf_token(examples_dir):
    data = example_zip(examples_dir)
    with client() as c:
        c.get("/")
        missing = c.post("/upload", files=[("files", ("brief.zip", data))], follow_redirects=False)
        assert missing.status_code == 403
        with client() as other:
            foreign = csrf_of(other.get("/").text)
        forged = c.post(
            "/upload", data={"csrf": foreign}, files=[("files", ("brief.zip", data))], follow_redirects=False
        )
        assert forged.status_code == 403


def test_uploads_belong_to_their_session(examples_dir):
    with client() as c:
        _, location, _ = upload(c, examples_dir)
        c.cookies.clear()
        assert c.get(location).status_code == 404
    with client() as c:
        assert c.get("/u/not-a-real-id").status_code == 404


def test_upload_limits_answer_413_and_400(examples_dir):
    with client(max_upload=64 * 1024) as c:
        csrf = csrf_of(c.get("/").text)
        big = c.post("/upload", data={"csrf": csrf}, files=[("files", ("big.yaml", b"brief: 1\n" + b"#" * 200_000))])
        assert big.status_code == 413
        assert "64 KB" in visible_text(big.text) or "0.0625 MB" in visible_text(big.text)
        too_many = c.post(
            "/upload", data={"csrf": csrf}, files=[("files", (f"f{i}.yaml", b"brief: 1\n")) for i in range(55)]
        )
        assert too_many.status_code in (400, 413)
        bomb = io.BytesIO()
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("brief.yaml", b"brief: 1\n" + b" " * 30_000_000)
        refused = c.post("/upload", data={"csrf": csrf}, files=[("files", ("bomb.zip", bomb.getvalue()))])
        assert refused.status_code == 400 and "zip" in visible_text(refused.text).lower()
        junk = c.post("/upload", data={"csrf": csrf}, files=[("files", ("junk.zip", b"PK\x03\x04 not a zip"))])
        assert junk.status_code == 400


def test_no_path_from_a_request_reaches_the_file_system(examples_dir, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("name: 机密公司\ncontact: {name: 不该出现}\n", encoding="utf-8")
    text = (examples_dir / "brief-zh.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^seller: .*$", f"seller: {secret}", text)
    with client(data=tmp_path) as c:
        page, location, csrf = upload(c, examples_dir, text=text)
        assert "机密公司" not in page.text and "不该出现" not in page.text
        assert "seller" in visible_text(page.text)
        # names in a zip can't climb out of the upload
        evil = io.BytesIO()
        with zipfile.ZipFile(evil, "w") as archive:
            archive.writestr("../../escape.yaml", (examples_dir / "brief-en.yaml").read_text(encoding="utf-8"))
            archive.writestr("/abs/seller.yaml", (examples_dir / "seller.yaml").read_text(encoding="utf-8"))
        response = c.post("/upload", data={"csrf": csrf}, files=[("files", ("evil.zip", evil.getvalue()))])
        assert response.status_code == 200
        assert not (tmp_path.parent / "escape.yaml").exists()
        for probe in ("/d/../../etc/passwd", "/d/%2e%2e%2fsecret.yaml", "/u/../d", "/static/../app.py"):
            assert c.get(probe).status_code == 404, probe


def test_data_folder_lists_briefs_and_renders_them(examples_dir, tmp_path):
    import shutil

    shutil.copytree(examples_dir, tmp_path / "team")
    with client(data=tmp_path / "team") as c:
        home = c.get("/", headers={"accept-language": "en"})
        keys = re.findall(r'href="/d/(\w+)"', home.text)
        assert len(keys) == 2  # brief-en.yaml and brief-zh.yaml, not the seller file
        assert "brief-en.yaml" in home.text and "seller.yaml" not in home.text
        page = c.get(f"/d/{keys[0]}")
        made = c.post(f"/d/{keys[0]}/make", data={"csrf": csrf_of(page.text), "brief": "0", "kind": "deck"})
        assert made.status_code == 200 and Presentation(io.BytesIO(made.content)).slides


def test_save_into_the_data_folder(examples_dir, tmp_path):
    with client(data=tmp_path) as c:
        page, location, csrf = upload(c, examples_dir)
        saved = c.post(f"{location}/save", data={"csrf": csrf}, follow_redirects=False)
        assert saved.status_code == 303
        written = sorted(
            p.relative_to(tmp_path).as_posix().split("/", 1)[1] for p in tmp_path.rglob("*") if p.is_file()
        )
        assert "brief-zh.yaml" in written and "seller.yaml" in written
        assert c.get(location).status_code == 404  # saved uploads are no longer held


def test_token_is_required_everywhere_when_set(examples_dir):
    with client(token="s3cret-token") as c:
        assert c.get("/", follow_redirects=False).headers["location"] == "/login"
        assert c.post("/upload", follow_redirects=False).status_code == 401
        login = c.get("/login")
        wrong = c.post("/login", data={"csrf": csrf_of(login.text), "token": "nope"})
        assert wrong.status_code == 401
        right = c.post("/login", data={"csrf": csrf_of(login.text), "token": "s3cret-token"}, follow_redirects=False)
        assert right.status_code == 303
        assert c.get("/").status_code == 200
    with client(token="s3cret-token") as c:
        assert c.get("/", headers={"authorization": "Bearer s3cret-token"}).status_code == 200


def test_serve_refuses_an_open_address_without_a_token():
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--token" in result.output


def test_serve_rejects_a_bad_size():
    result = CliRunner().invoke(cli, ["serve", "--max-upload", "lots"])
    assert result.exit_code == 2 and "20MB" in result.output


def test_archive_from_a_customer_list_with_progress(examples_dir):
    with client() as c:
        csrf = csrf_of(c.get("/").text)
        started = c.post(
            "/archive",
            data={"csrf": csrf},
            files=[("files", ("customers.csv", (examples_dir / "customers.csv").read_bytes()))],
            follow_redirects=False,
        )
        assert started.status_code == 303
        job = started.headers["location"]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            page = c.get(job)
            if 'id="download-archive"' in page.text:
                break
            assert 'http-equiv="refresh"' in page.text
            time.sleep(0.3)
        download = c.get(f"{job}/download")
        names = zipfile.ZipFile(io.BytesIO(download.content)).namelist()
        assert "index.xlsx" in names and any(n.startswith("cards/") for n in names)


def test_no_temporary_folder_is_left_behind(examples_dir):
    before = set(Path(tempfile.gettempdir()).glob("kam-web-*"))
    with client() as c:
        page, location, csrf = upload(c, examples_dir)
        c.post(f"{location}/make", data={"csrf": csrf, "brief": "0", "kind": "proposal"})
    assert set(Path(tempfile.gettempdir()).glob("kam-web-*")) <= before


@pytest.fixture()
def live_server(tmp_path):
    """Return the URL of a real server (uvicorn in a thread) on a free loopback port."""
    import uvicorn

    from generator.web.app import Settings, create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(Settings(data=tmp_path)), host="127.0.0.1", port=port, log_level="error")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def test_fifty_concurrent_page_loads_are_answered(live_server):
    import concurrent.futures
    import urllib.request

    def load(_):
        with urllib.request.urlopen(live_server + "/", timeout=30) as response:
            return response.status

    with concurrent.futures.ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(load, range(50)))
    assert statuses == [200] * 50


def test_a_client_leaving_mid_upload_leaves_nothing(live_server):
    host, port = live_server.removeprefix("http://").split(":")
    before = set(Path(tempfile.gettempdir()).glob("kam-web-*"))
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        raw.sendall(
            b"POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=B\r\n"
            b'Content-Length: 100000\r\n\r\n--B\r\nContent-Disposition: form-data; name="files"; '
            b'filename="a.yaml"\r\n\r\nbrief: 1\n' + b"x" * 5000
        )
    time.sleep(0.5)
    import urllib.request

    with urllib.request.urlopen(live_server + "/", timeout=10) as response:  # still serving
        assert response.status == 200
    assert set(Path(tempfile.gettempdir()).glob("kam-web-*")) <= before


def test_preflight_of_an_edited_proposal_on_the_page(examples_dir):
    """A rep checks an edited proposal against its brief: the pasted bottom line is found, kam's own file is clean."""
    from docx import Document as open_document

    with client(language="en") as c:
        page, location, csrf = upload(c, examples_dir)
        proposal = c.post(f"{location}/make", data={"csrf": csrf, "brief": "0", "kind": "proposal"}).content
        clean = c.post(
            f"{location}/preflight", data={"csrf": csrf, "brief": "0"}, files=[("document", ("建议书.docx", proposal))]
        )
        assert clean.status_code == 200 and 'id="preflight-clean"' in clean.text
        edited = open_document(io.BytesIO(proposal))
        edited.add_paragraph("内部：底线 245万，可以再让。")
        buffer = io.BytesIO()
        edited.save(buffer)
        found = c.post(
            f"{location}/preflight",
            data={"csrf": csrf, "brief": "0"},
            files=[("document", ("建议书-改.docx", buffer.getvalue()))],
        )
        assert found.status_code == 200 and "internal-amount" in found.text and "245万" in found.text
        wrong = c.post(
            f"{location}/preflight", data={"csrf": csrf, "brief": "0"}, files=[("document", ("x.exe", b"MZ"))]
        )
        assert wrong.status_code == 400


def test_weekly_review_from_several_briefs(examples_dir):
    import zipfile as zf

    from openpyxl import load_workbook

    with client() as c:
        csrf = csrf_of(c.get("/").text)
        data = example_zip(examples_dir)
        buffer = io.BytesIO()
        with zf.ZipFile(io.BytesIO(data)) as source, zf.ZipFile(buffer, "w") as target:
            for name in source.namelist():
                target.writestr(name, source.read(name))
            target.writestr("brief-en.yaml", (examples_dir / "brief-en.yaml").read_bytes())
        started = c.post(
            "/archive",
            data={"csrf": csrf, "what": "review"},
            files=[("files", ("briefs.zip", buffer.getvalue()))],
            follow_redirects=False,
        )
        job = started.headers["location"]
        deadline = time.monotonic() + 60
        while 'id="download-archive"' not in c.get(job).text and time.monotonic() < deadline:
            time.sleep(0.3)
        names = zipfile.ZipFile(io.BytesIO(c.get(f"{job}/download").content))
        assert sorted(names.namelist()) == ["review.docx", "review.xlsx"]
        sheet = load_workbook(io.BytesIO(names.read("review.xlsx"))).active
        customers = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
        assert len([c for c in customers if c]) == 2
