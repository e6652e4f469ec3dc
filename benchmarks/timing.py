"""Repeating a measurement and showing it: median, min and max of several runs."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figure:
    """Several runs of one measurement, in its unit (seconds, ms, MB, ratio...)."""

    values: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    def percentile(self, percent: float) -> float:
        """The nearest-rank percentile: the value that `percent` % of the runs do not exceed."""
        ordered = sorted(self.values)
        return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]

    def show(self, digits: int = 3) -> str:
        if len(self.values) == 1:
            return f"{self.median:.{digits}f}"
        return f"{self.median:.{digits}f} ({self.low:.{digits}f}–{self.high:.{digits}f})"


def repeat(measure: Callable[[], float], runs: int) -> Figure:
    """Run `measure` (which returns one value) `runs` times. A collection between runs keeps
    one run's garbage out of the next one's time."""
    values = []
    for _ in range(runs):
        gc.collect()
        values.append(measure())
    return Figure(values)


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


@dataclass
class Row:
    """One line of the table: what was measured, the figure, and the target if there is one."""

    name: str
    figure: str
    target: str = ""
    verdict: str = ""  # "met", "MISSED" or "" (no target)


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)

    def add(self, name: str, figure: str, target: str = "", met: bool | None = None) -> None:
        verdict = "" if met is None else ("met" if met else "MISSED")
        self.rows.append(Row(name, figure, target, verdict))

    def render(self) -> str:
        header = Row("measure", "median (min–max)", "target", "")
        rows = [header, *self.rows]
        widths = [max(len(getattr(row, name)) for row in rows) for name in ("name", "figure", "target")]
        lines = []
        for number, row in enumerate(rows):
            cells = [row.name.ljust(widths[0]), row.figure.ljust(widths[1]), row.target.ljust(widths[2]),
                     row.verdict]
            lines.append("  ".join(cells).rstrip())
            if number == 0:
                lines.append("  ".join("-" * width for width in widths))
        return "\n".join(lines)
