"""Loading a big question set: the whole load (syntax, format checks) and libyaml's share of it.

The floor is libyaml's event stream for the same file with nothing built from it:
the least any loader that uses libyaml can take.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

import yaml

from quiz.storage import check_question_set, load_question_set

from timing import Figure, repeat, seconds


def events_only(path: Path) -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(path.read_text(encoding="utf-8"))
    try:
        get_event = loader.get_event
        while get_event() is not None:
            pass
    finally:
        loader.dispose()


def _timed_without_freeing(work) -> float:
    """Seconds for work(); what it returns is freed after the clock stops (a program keeps what
    it loads, so freeing it is no part of loading)."""
    kept = []
    took = seconds(lambda: kept.append(work()))
    kept.clear()
    gc.collect()
    return took


@dataclass
class LoadFigures:
    questions: int
    load: Figure
    check: Figure
    events: Figure


def measure_load(set_path: Path, runs: int) -> LoadFigures:
    question_set, problems = load_question_set(set_path)
    if question_set is None:
        raise SystemExit(f"the benchmark's set does not load: {problems[0]}")
    load = repeat(lambda: _timed_without_freeing(lambda: load_question_set(set_path)), runs)
    check = repeat(lambda: _timed_without_freeing(lambda: check_question_set(set_path)), runs)
    events = repeat(lambda: seconds(lambda: events_only(set_path)), runs)
    return LoadFigures(len(question_set.questions), load, check, events)
