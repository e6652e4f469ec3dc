"""Set files mutated at random, with a deadline per example: always a loaded set or located
problems, through the whole of `quiz check` (format, source and citations), never an exception.

tests/test_storage_limits.py mutates lines and feeds random bytes to the loader; this adds
values swapped for other YAML types and constructs, mutations of the shipped seed set, the
citation checks, and a deadline so that a slow path (a regex, a quadratic loop) shows up.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.problems import ERROR
from quiz.storage import check_question_set
from setfiles import VALID_TEXT, make_project

ROOT = Path(__file__).resolve().parents[2]
SEED_SET = (ROOT / "questions" / "000_ac34c4d9b940b12e.yaml").read_text(encoding="utf-8")
# What a value may be swapped for: other types, YAML 1.1 traps, refused constructs, odd text.
SWAPS = ["[]", "{}", "[a, b]", "{a: 1}", "[[[]]]", "1", "-1", "0", "999999999999999999999", "1.5", ".inf", "0x1F",
         "true", "no", "null", "~", "", "2024-01-01", "12:30:00", "'x'", '"\\e[31m\\u202e"', "'[@click=app.quit]'",
         "|\n    block\n    text", ">-\n    folded", "&a x", "*a", "!!binary aGk=", "!!python/name:os.system",
         "!custom x", "- x", "? x", "x: y: z", "'unclosed", '"\\q"', "[a, b", "{a", "\t", "@x", "`x", "%x", "\x85",
         "a" * 25_000, "x\u2028y"]
SETTINGS = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def _swap_values(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines))
        key, colon, _value = lines[i].partition(": ")
        if colon:
            lines[i] = key + colon + rng.choice(SWAPS)
        elif lines[i].lstrip().startswith("- "):
            indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
            lines[i] = indent + "- " + rng.choice(SWAPS)
        else:
            lines[i] = lines[i] + rng.choice([":", " #", ": " + rng.choice(SWAPS)])
    return "\n".join(lines)


def _holds(path: Path) -> None:
    question_set, problems = check_question_set(path)
    errors = [p for p in problems if p.severity == ERROR]
    assert (question_set is None) == bool(errors)
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message, problem


@SETTINGS
@given(st.randoms(use_true_random=False), st.sampled_from(["fixture", "seed"]))
def test_sets_with_values_swapped_check_or_give_located_errors(tmp_path_factory, rng, which):
    root = make_project(tmp_path_factory.mktemp("swap"))
    if which == "seed":
        (root / "seeds" / "000_ac34c4d9b940b12e.txt").write_bytes(
            (ROOT / "seeds" / "000_ac34c4d9b940b12e.txt").read_bytes())
    path = root / "questions" / "set.yaml"
    path.write_text(_swap_values(VALID_TEXT if which == "fixture" else SEED_SET, rng), encoding="utf-8")
    _holds(path)


@SETTINGS
@given(st.binary(min_size=1, max_size=64), st.integers(0, len(VALID_TEXT.encode("utf-8"))))
def test_random_bytes_spliced_into_a_set_check_or_give_located_errors(tmp_path_factory, junk, at):
    root = make_project(tmp_path_factory.mktemp("splice"))
    data = VALID_TEXT.encode("utf-8")
    path = root / "questions" / "set.yaml"
    path.write_bytes(data[:at] + junk + data[at:])
    _holds(path)
