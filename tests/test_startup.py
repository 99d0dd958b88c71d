"""Process set-up of the command line (generator/startup.py and cli.run): Pydantic's plugin discovery is off,
modules imported for functions kam never calls load only when used, and the program leaves at once with
its exit code and all its output."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from repo_paths import ROOT


def run_python(code: str) -> str:
    """Return the stdout of `code` run in a fresh interpreter from the repository root."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_validating_a_brief_never_loads_package_metadata() -> None:
    out = run_python(
        f"""
        import atexit, sys
        from generator.cli import main
        atexit.register(lambda: print(type(sys.modules["importlib.metadata"]).__name__, "email" in sys.modules))
        main(["validate", {str(ROOT / "examples" / "brief-zh.yaml")!r}])
        """
    )
    assert out.splitlines()[-1] == "_OnFirstUse False"


def test_package_metadata_still_works_once_deferred() -> None:
    out = run_python(
        """
        from generator.startup import skip_pydantic_plugins
        skip_pydantic_plugins()
        import importlib.metadata
        from importlib.metadata import entry_points
        print(importlib.metadata.version("click").count(".") >= 1)
        print(any(e.name == "kam" for e in entry_points(group="console_scripts")) or "no kam entry point")
        from importlib.metadata import PackageNotFoundError
        try:
            importlib.metadata.version("no-such-package-kam")
        except PackageNotFoundError:
            print("not found raised")
        import sys
        print(type(sys.modules["importlib.metadata"]).__name__)
        """
    )
    lines = out.splitlines()
    assert lines[0] == "True"
    assert lines[1] in ("True", "no kam entry point")  # kam is not installed when tests run from a checkout
    assert lines[2] == "not found raised"
    assert lines[3] == "module"  # the real module replaced the stand-in


def test_plugins_stay_off() -> None:
    out = run_python(
        """
        from generator.startup import skip_pydantic_plugins
        skip_pydantic_plugins()
        from pydantic.plugin._loader import get_plugins
        print(list(get_plugins()))
        """
    )
    assert out == "[]"


def test_a_deck_never_loads_the_url_opener() -> None:
    out = run_python(
        f"""
        import atexit, sys, tempfile, pathlib
        from generator.cli import main
        out = pathlib.Path(tempfile.mkdtemp()) / "d.pptx"
        atexit.register(lambda: print("ssl" in sys.modules, "http.client" in sys.modules, out.stat().st_size > 0))
        main(["deck", {str(ROOT / "examples" / "brief-zh.yaml")!r}, "-o", str(out)])
        """
    )
    assert out.splitlines()[-1] == "False False True"


def test_the_url_opener_still_works_once_deferred() -> None:
    out = run_python(
        """
        from generator.startup import defer_url_opening
        defer_url_opening()
        import sys
        import urllib.request
        import xml.sax.saxutils
        print("ssl" in sys.modules, xml.sax.saxutils.escape("<a>"))
        from urllib.request import Request
        print(Request("http://example.com/x").host, type(sys.modules["urllib.request"]).__name__)
        print(urllib.request.urlopen.__module__)
        """
    )
    assert out.splitlines() == ["False &lt;a&gt;", "example.com module", "urllib.request"]


def test_checking_a_brief_never_loads_openssl() -> None:
    out = run_python(
        f"""
        import atexit, sys
        from generator.cli import main
        atexit.register(lambda: print(type(sys.modules["secrets"]).__name__, "_hashlib" in sys.modules))
        main(["check", {str(ROOT / "examples" / "brief-zh.yaml")!r}, "--today", "2026-11-20"])
        """
    )
    assert out.splitlines()[-1] == "_OnFirstUse False"


def test_secrets_still_work_once_deferred() -> None:
    out = run_python(
        """
        from generator.startup import defer_secrets
        defer_secrets()
        import sys
        import secrets
        from secrets import token_hex
        print(len(token_hex(4)), secrets.compare_digest(b"a", b"a"), type(sys.modules["secrets"]).__name__)
        """
    )
    assert out == "8 True module"


def kam(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Return the finished `python -m generator ARGS` (what the `kam` program runs)."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)


def test_the_program_leaves_with_its_exit_codes(tmp_path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("brief: 1\naccount: {}\n", encoding="utf-8")
    assert kam("validate", str(ROOT / "examples" / "brief-en.yaml")).returncode == 0
    assert kam("validate", str(broken)).returncode == 1
    assert kam("validate").returncode == 2
    assert kam("no-such-command").returncode == 2


def test_the_program_flushes_all_its_output_before_leaving() -> None:
    result = kam("schema")  # the JSON Schema on stdout: tens of kilobytes
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"]


def test_a_closed_pipe_ends_without_a_traceback() -> None:
    reader = subprocess.Popen(
        [sys.executable, "-m", "generator", "schema"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(10)
    reader.stdout.close()  # like `kam schema | head -c 10`
    # 0 when the whole schema fitted in the pipe before it closed, 120 (as Python) when a flush found it closed
    assert reader.wait(timeout=60) in (0, 120)
    assert b"Traceback" not in reader.stderr.read()
