"""`kam serve` end to end in a real browser: headless Chromium (the distribution's) driven by Selenium.

A rep opens the page, uploads the example brief, reads the coach's notes, breaks the brief and reads
the located error, downloads the proposal and the deck and reopens them. Screenshots go to
$KAM_SCREENSHOTS when set (to look at them), else to the test's folder.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import repo_paths

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    """Return the URL of `kam serve` running as a real process (killed afterwards)."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(repo_paths.ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    yield url
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def browser(downloads: Path, language: str):
    """Return a headless Chromium that saves downloads into `downloads` and asks for `language` pages."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        f"--lang={language}",
        f"--user-data-dir={downloads.parent / ('profile-' + language)}",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "intl.accept_languages": language,
        },
    )
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.set_page_load_timeout(60)
    return driver


def wait_for(driver, element_id: str, timeout: float = 60):
    """Return the element `element_id` once the page that has it has loaded."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(expected_conditions.presence_of_element_located((By.ID, element_id)))


def wait_for_file(folder: Path, suffix: str, timeout: float = 60) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.glob(f"*{suffix}") if not p.name.endswith(".crdownload")]
        if done:
            time.sleep(0.3)
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} downloaded into {folder}: {list(folder.iterdir())}")


def brief_zip(examples_dir: Path, target: Path, *, brief: str, text: str | None = None) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(brief, text if text is not None else (examples_dir / brief).read_text(encoding="utf-8"))
        archive.writestr("seller.yaml", (examples_dir / "seller.yaml").read_text(encoding="utf-8"))
        for asset in sorted((examples_dir / "assets").iterdir()):
            archive.writestr(f"assets/{asset.name}", asset.read_bytes())
    return target


@pytest.mark.parametrize(
    "language, brief, words",
    [
        ("zh", "brief-zh.yaml", ("上传客户简报", "销售教练的提示", "简报中的问题")),
        ("en", "brief-en.yaml", ("Upload a brief", "The coach's notes", "Problems in the brief")),
    ],
)
def test_a_rep_uses_the_page(server, examples_dir, tmp_path, language, brief, words):
    from docx import Document
    from pptx import Presentation
    from selenium.webdriver.common.by import By

    shots = Path(os.environ.get("KAM_SCREENSHOTS") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = browser(downloads, language)
    try:
        driver.get(server + "/")
        assert words[0] in driver.find_element(By.TAG_NAME, "body").text
        driver.save_screenshot(str(shots / f"{language}-1-start.png"))

        good = brief_zip(examples_dir, tmp_path / "good.zip", brief=brief)
        driver.find_element(By.ID, "brief-files").send_keys(str(good))
        driver.find_element(By.ID, "upload-brief").click()
        wait_for(driver, "make-proposal-0")
        assert words[1] in driver.find_element(By.TAG_NAME, "body").text
        driver.save_screenshot(str(shots / f"{language}-2-coach.png"))

        driver.find_element(By.ID, "make-proposal-0").click()
        proposal = wait_for_file(downloads, ".docx")
        assert Document(str(proposal)).paragraphs
        driver.find_element(By.ID, "make-deck-0").click()
        deck = wait_for_file(downloads, ".pptx")
        assert len(Presentation(str(deck)).slides) > 5
        driver.save_screenshot(str(shots / f"{language}-3-downloaded.png"))

        text = (examples_dir / brief).read_text(encoding="utf-8")
        broken = text.replace("tier: key", "tier: gold", 1)
        line = next(i for i, row in enumerate(broken.splitlines(), 1) if "tier: gold" in row)
        bad = brief_zip(examples_dir, tmp_path / "bad.zip", brief=brief, text=broken)
        driver.get(server + "/")
        wait_for(driver, "brief-files").send_keys(str(bad))
        driver.find_element(By.ID, "upload-brief").click()
        problems = wait_for(driver, "problems").text
        assert words[2] in problems
        assert f"{brief}:{line}:" in problems and "account.tier" in problems
        driver.save_screenshot(str(shots / f"{language}-4-error.png"))
    finally:
        driver.quit()
