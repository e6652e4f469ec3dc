"""The app: launch to first question against a bare Textual app, keypress to feedback, peak memory.

Every app run is a process of its own (app_child.py), started the way a person
starts `quiz`: the launch figures include starting Python and importing Textual,
for the quiz app and the bare app alike, and the peak memory is that process's.
Launches alternate (bare, quiz, bare, quiz...) and the ratio is taken per pair.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from timing import Figure, repeat

CHILD = Path(__file__).resolve().parent / "app_child.py"
PROJECT = CHILD.parent.parent


def _environment(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
    env["QUIZ_DATA_DIR"] = str(data)  # never the person's own history or settings
    env.pop("TEXTUAL", None)  # no devtools
    return env


def _launch(args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its first "shown" line."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True)
    line = child.stdout.readline()  # type: ignore[union-attr]
    took = time.perf_counter() - start
    _, errors = child.communicate(timeout=120)
    if line.strip() != "shown" or child.returncode != 0:
        raise SystemExit(f"app benchmark: {' '.join(args[:1])} failed:\n{errors}")
    return took


def _json(args: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, str(CHILD), *args], capture_output=True, text=True, env=env,
                          timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"app benchmark: {args[0]} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


@dataclass
class AppFigures:
    quiz: Figure  # seconds, launch to first question (small set)
    bare: Figure  # seconds, launch to one Static
    ratio: Figure  # quiz / bare, per pair
    big_launch: Figure  # seconds, launch to first question (big set)
    keypress_ms: Figure
    peak_mb: Figure


def measure_app(small_set: Path, big_set: Path, runs: int, answers: int) -> AppFigures:
    with tempfile.TemporaryDirectory(prefix="quiz-bench-app-") as temporary:
        data = Path(temporary)
        env = _environment(data)
        bare_times: list[float] = []
        quiz_times: list[float] = []

        def pair() -> float:
            bare_times.append(_launch(["bare"], env))
            quiz_times.append(_launch(["launch", str(small_set), str(data)], env))
            return quiz_times[-1] / bare_times[-1]

        _launch(["bare"], env)  # a first start fills the OS file cache; it is not counted
        ratio = repeat(pair, runs)
        big = repeat(lambda: _launch(["launch", str(big_set), str(data)], env), runs)
        keys = _json(["keys", str(small_set), str(data), str(answers)], env)["ms"]
        peak = repeat(lambda: _json(["memory", str(big_set), str(data)], env)["peak_mb"], runs)
    return AppFigures(Figure(quiz_times), Figure(bare_times), ratio, big, Figure(keys), peak)
