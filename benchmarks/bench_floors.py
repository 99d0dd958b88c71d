"""Each interactive command beside its library's floor, measured in the same run, and the ratio.

    python benchmarks/bench_floors.py [--runs 15]

Floors (a bare program doing the least the command must do) and targets (issue: interactive speed):
  kam proposal   ≤ 3.0 × python -c "import docx; docx.Document().save(p)"
  kam deck       ≤ 3.0 × python -c "import pptx; pptx.Presentation().save(p)"
  kam validate   ≤ 2.5 × python -c "import pydantic"
  kam check      ≤ 2.5 × python -c "import pydantic"
  kam --help     ≤ 1.5 × python -c "import click"

The ratio is of wall times (what a user waits); the cpu ratio, of user + system time, moves
far less when other work shares the machine. Each round runs every command and floor once, in
turn, so a slow spell of the machine falls on both sides of a ratio.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

from timing import medians_interleaved  # benchmarks/timing.py

from generator.render.kit.templates import builtin_examples_dir


def machine() -> str:
    """Return a one-line description of this machine (CPU, cores, Python)."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    brief = str(builtin_examples_dir() / "brief-zh.yaml")
    python = sys.executable
    kam = [python, "-m", "generator"]
    with tempfile.TemporaryDirectory() as folder:
        # Time kam as installed: byte-compiled once (in the warm-up run), as pip does for it and
        # already did for the floors' libraries; PYTHONDONTWRITEBYTECODE would recompile kam each run.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        docx_out, pptx_out = Path(folder) / "floor.docx", Path(folder) / "floor.pptx"
        floors = {
            "docx": [python, "-c", f"import docx; docx.Document().save({str(docx_out)!r})"],
            "pptx": [python, "-c", f"import pptx; pptx.Presentation().save({str(pptx_out)!r})"],
            "pydantic": [python, "-c", "import pydantic"],
            "click": [python, "-c", "import click"],
            # Not a target floor: what any program that defines a Pydantic model imports. `import pydantic`
            # alone is lazy and loads none of the model machinery; this shows how much of that floor
            # gap is Pydantic's own.
            "models": [python, "-c", "from pydantic import BaseModel, Field"],
        }
        rows = [
            ("kam proposal", kam + ["proposal", brief, "-o", str(Path(folder) / "p.docx")], "docx", 3.0),
            ("kam deck", kam + ["deck", brief, "-o", str(Path(folder) / "d.pptx")], "pptx", 3.0),
            ("kam validate", kam + ["validate", brief], "pydantic", 2.5),
            ("kam check", kam + ["check", brief, "--today", "2026-11-20"], "pydantic", 2.5),
            ("kam --help", kam + ["--help"], "click", 1.5),
        ]
        times = medians_interleaved({**floors, **{label: command for label, command, _, _ in rows}}, args.runs)
        print(f"machine: {machine()}")
        print(
            f"{'command':16} {'median s':>9} {'floor':>9} {'floor s':>8} {'ratio':>6} {'target':>7}   {'cpu ratio':>9}"
        )
        measured: dict[str, tuple[float, float]] = {}
        for label, _command, floor, target in rows:
            seconds, cpu = times[label]
            floor_wall, floor_cpu = times[floor]
            ratio = seconds / floor_wall
            verdict = "ok" if ratio <= target else "OVER"
            print(
                f"{label:16} {seconds:9.3f} {floor:>9} {floor_wall:8.3f} {ratio:6.2f} {target:5.1f} {verdict:4}"
                f" {cpu / floor_cpu:9.2f}"
            )
            measured[label] = (seconds, cpu)
        models_wall, models_cpu = times["models"]
        print(
            f"\nfor context: `from pydantic import BaseModel, Field` takes {models_wall:.3f} s,"
            f" {models_wall / times['pydantic'][0]:.2f}× `import pydantic`"
        )
        for label in ("kam validate", "kam check"):
            seconds, cpu = measured[label]
            print(f"  {label:14} is {seconds / models_wall:.2f}× it (cpu {cpu / models_cpu:.2f}×)")


if __name__ == "__main__":
    main()
