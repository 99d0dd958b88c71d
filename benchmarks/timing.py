"""Shared timing for the benchmark scripts: whole processes, median of several runs."""

from __future__ import annotations

import statistics
import subprocess
import time


def median_seconds(command: list[str], runs: int, *, warm_up: bool = True, check: bool = True) -> float:
    """Return the median wall time of running `command` `runs` times (after one untimed warm-up run).

    With `check=False` a non-zero exit is timed too (`kam check` exits 1 when it finds errors).
    """
    if warm_up:
        subprocess.run(command, check=check, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=check, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
