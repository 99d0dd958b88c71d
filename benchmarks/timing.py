"""Shared timing for the benchmark scripts: whole processes, median of several runs."""

from __future__ import annotations

import statistics
import subprocess
import time


def median_seconds(command: list[str], runs: int, *, warm_up: bool = True) -> float:
    """Return the median wall time of running `command` `runs` times (after one untimed warm-up run)."""
    if warm_up:
        subprocess.run(command, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
