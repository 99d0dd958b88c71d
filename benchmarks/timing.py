"""Shared timing for the benchmark scripts: whole processes, median of several runs."""

from __future__ import annotations

import resource
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


def median_wall_and_cpu(command: list[str], runs: int, *, check: bool = True) -> tuple[float, float]:
    """Return the median wall time and the median CPU time (user + system) of `runs` runs of `command`.

    CPU time barely moves when other work shares the machine; wall time is what a user waits.
    """
    subprocess.run(command, check=check, capture_output=True)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=check, capture_output=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)
