"""A batch killed part-way leaves only complete, valid cards (atomic writes), and the next run
completes the set: the same files, byte for byte, as a run never interrupted."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

CUSTOMERS = 800
KILL_AFTER = 60  # cards on disk when the signal is sent


def kam_archive(listing: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "generator", "archive", str(listing), "-o", str(out), "-j", str(jobs)]


def snapshot(out: Path) -> dict[str, bytes]:
    """Return every file under `out` (relative path → bytes)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def listing(tmp_path_factory, examples_dir) -> Path:
    """Return a CSV customer list of CUSTOMERS customers, made from the example list's rows."""
    with (examples_dir / "customers.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    path = tmp_path_factory.mktemp("list") / "customers.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(rows[0])
        for i in range(CUSTOMERS):
            row = list(rows[1 + i % (len(rows) - 1)])
            row[0] = f"{row[0]} {i:04d}"
            writer.writerow(row)
    return path


@pytest.fixture(scope="module")
def reference(listing, tmp_path_factory) -> dict[str, bytes]:
    """Return the files of an uninterrupted run."""
    out = tmp_path_factory.mktemp("reference") / "archive"
    subprocess.run(kam_archive(listing, out, 1), check=True, capture_output=True)
    files = snapshot(out)
    assert sum(name.startswith("cards/") for name in files) == CUSTOMERS
    return files


def interrupt(command: list[str], cards: Path, sig: int) -> subprocess.CompletedProcess:
    """Run `command` in its own process group and send `sig` to the group once KILL_AFTER cards exist."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if cards.is_dir() and sum(1 for _ in cards.iterdir()) >= KILL_AFTER:
            os.killpg(process.pid, sig)
            break
        time.sleep(0.002)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(command, process.returncode, out.decode(), err.decode())


@pytest.mark.parametrize(
    "sig, jobs",
    [(signal.SIGKILL, 1), (signal.SIGTERM, 2), (signal.SIGINT, 2), (signal.SIGINT, 1)],
    ids=["kill", "term-workers", "ctrl-c-workers", "ctrl-c"],
)
def test_killed_run_leaves_only_complete_cards_and_the_rerun_completes_the_set(listing, reference, tmp_path, sig, jobs):
    import docx

    out = tmp_path / "archive"
    cards = out / "cards"
    killed = interrupt(kam_archive(listing, out, jobs), cards, sig)
    assert killed.returncode != 0, "the run finished before it could be interrupted"
    if sig == signal.SIGINT:
        # Ctrl-C: kam's own message and exit code; no worker prints a KeyboardInterrupt traceback.
        assert killed.returncode == 130 and "Aborted" in killed.stderr, killed.stderr
        assert "KeyboardInterrupt" not in killed.stderr and "ForkProcess" not in killed.stderr, killed.stderr
    written = sorted(p for p in cards.iterdir() if p.suffix == ".docx")
    # (Some of the first KILL_AFTER entries may be temporary files that a Ctrl-C then removed.)
    assert 0 < len(written) < CUSTOMERS, "interrupted part-way"
    for path in cards.iterdir():
        if path.suffix == ".docx":
            # Complete and valid: it opens, and it is exactly the card an uninterrupted run writes.
            with zipfile.ZipFile(path) as package:
                assert package.testzip() is None
            assert docx.Document(str(path)).paragraphs
            assert path.read_bytes() == reference[f"cards/{path.name}"], path.name
        else:
            # A write cut short is a hidden temporary file, never something that looks like a card.
            assert path.name.startswith(".") and path.name.endswith(".part"), path.name
    for name in ("index.xlsx", "summary.docx"):
        assert not (out / name).exists() or (out / name).read_bytes() == reference[name]

    rerun = subprocess.run(kam_archive(listing, out, jobs), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(out) == reference, "the rerun completes the set, identical, with nothing left over"


def test_a_rerun_removes_temporary_files_a_killed_run_left(listing, reference, tmp_path):
    from generator.output import write_atomic  # noqa: F401 - the naming these stand in for

    out = tmp_path / "archive"
    (out / "cards").mkdir(parents=True)
    stale = [
        out / "cards" / ".Contoso Freight LLC 0001.docx.ab12cd34.part",
        out / ".index.xlsx.zz99yy88.part",
        out / "cards" / f".{'长' * 40}.k3j4h5g6.part",
    ]
    for path in stale:
        path.write_bytes(b"PK\x03\x04 half a zip")
    mine = out / "notes.part"
    mine.write_text("the user's own file")
    result = subprocess.run(kam_archive(listing, out, 1), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in stale)
    assert mine.read_text() == "the user's own file", "only kam's own temporary files are removed"
    files = snapshot(out)
    del files["notes.part"]
    assert files == reference
