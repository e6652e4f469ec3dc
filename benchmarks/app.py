"""The app: launch to first question against a bare Textual app, keypress to feedback, peak memory.

Every app run is a process of its own (app_child.py), so no run profits from
another's warm state, and the peak memory is that process's. A launch is timed
twice: from making the App to the frame that shows the first question (or the
bare app's Static) -- the app's own launch, as Pilot sees it, which the target is
about -- and from starting the process, Python's start and every import included,
as a person who types `quiz` sees it. Launches alternate (bare, quiz, bare,
quiz...) and each ratio is taken per pair.
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
    # An installed quiz has its bytecode compiled, as Textual has; without a bytecode cache
    # (PYTHONDONTWRITEBYTECODE) every launch would compile quiz from source and the ratio
    # would measure the compiler. The cache goes to the temporary folder, not the project.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(data / "pycache")
    return env


def _launch(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from making the app to the frame that shows it, seconds from starting the process)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True)
    line = child.stdout.readline()  # type: ignore[union-attr]
    took = time.perf_counter() - start
    _, errors = child.communicate(timeout=120)
    word, _, in_app = line.partition(" ")
    if word != "shown" or child.returncode != 0:
        raise SystemExit(f"app benchmark: {' '.join(args[:1])} failed:\n{errors}")
    return float(in_app), took


def _json(args: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, str(CHILD), *args], capture_output=True, text=True, env=env,
                          timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"app benchmark: {args[0]} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


@dataclass
class AppFigures:
    quiz: Figure  # seconds, app made -> first question painted (small set)
    bare: Figure  # seconds, app made -> one Static painted
    ratio: Figure  # quiz / bare, per pair
    quiz_process: Figure  # the same from starting the process
    bare_process: Figure
    process_ratio: Figure
    big_launch: Figure  # seconds, app made -> first question painted (big set)
    keypress_ms: Figure  # one value per answer, seed set
    big_keypress_ms: Figure  # one value per answer, big set (a full collection there is the slow case)
    peak_mb: Figure


def measure_app(small_set: Path, big_set: Path, runs: int, answers: int) -> AppFigures:
    with tempfile.TemporaryDirectory(prefix="quiz-bench-app-") as temporary:
        data = Path(temporary)
        env = _environment(data)
        bare_times: list[tuple[float, float]] = []
        quiz_times: list[tuple[float, float]] = []

        def pair() -> float:
            bare_times.append(_launch(["bare"], env))
            quiz_times.append(_launch(["launch", str(small_set), str(data)], env))
            return quiz_times[-1][0] / bare_times[-1][0]

        # First starts fill the OS file cache and the bytecode cache; they are not counted.
        _launch(["bare"], env)
        _launch(["launch", str(small_set), str(data)], env)
        ratio = repeat(pair, runs)
        process_ratio = Figure([quiz[1] / bare[1] for quiz, bare in zip(quiz_times, bare_times)])
        big = repeat(lambda: _launch(["launch", str(big_set), str(data)], env)[0], runs)
        keys = _json(["keys", str(small_set), str(data), str(answers)], env)["ms"]
        big_keys = _json(["keys", str(big_set), str(data), str(answers)], env)["ms"]
        peak = repeat(lambda: _json(["memory", str(big_set), str(data)], env)["peak_mb"], runs)
    return AppFigures(Figure([quiz[0] for quiz in quiz_times]), Figure([bare[0] for bare in bare_times]), ratio,
                      Figure([quiz[1] for quiz in quiz_times]), Figure([bare[1] for bare in bare_times]),
                      process_ratio, big, Figure(keys), Figure(big_keys), peak)
