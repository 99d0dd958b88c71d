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


def medians_interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Return each command's median wall time and median CPU time (user + system) over `runs` rounds,
    each round running every command once, in turn (after one untimed warm-up round).

    Interleaved, a slow spell of the machine (another job, a frequency change) falls on a command
    and its floor alike, so their ratio holds where back-to-back batches would skew it. A non-zero
    exit is timed too (`kam check` exits 1 when it finds errors).
    """
    for command in commands.values():
        subprocess.run(command, capture_output=True)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, capture_output=True)
            walls[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in commands}
