"""Process set-up of the command line (generator/startup.py): Pydantic's plugin discovery is off and the
package-metadata module it imports is loaded only when something really uses it."""

from __future__ import annotations

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
    assert out.splitlines()[-1] == "_MetadataOnFirstUse False"


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
