"""Hostile and broken files: refused with a located error, fast, never an exception."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz import validate, yamlnodes
from quiz.problems import ERROR
from quiz.storage import load_located, load_question_set
from setfiles import VALID_TEXT, edited, write_set


def one_error(path):
    question_set, problems = load_question_set(path)
    assert question_set is None and len(problems) == 1 and problems[0].severity == ERROR, problems
    return problems[0]


def test_invalid_utf8_names_line_and_byte(tmp_path):
    data = VALID_TEXT.encode("utf-8").replace(b"title: A new", b"title: A \xff new")
    problem = one_error(write_set(tmp_path, data))
    assert (problem.line, problem.column) == (3, 10)
    assert "invalid UTF-8" in problem.message and "0xff" in problem.message and "line 3" in problem.message


def test_an_empty_file_is_a_located_error(tmp_path):
    problem = one_error(write_set(tmp_path, b""))
    assert (problem.line, problem.column) == (1, 1) and "empty" in problem.message


def test_a_file_of_comments_only_is_empty(tmp_path):
    assert "empty" in one_error(write_set(tmp_path, "# yaml-language-server: x\n\n# nothing\n")).message


def test_a_missing_file_is_a_located_error(tmp_path):
    problem = one_error(tmp_path / "nope.yaml")
    assert "no such file" in problem.message


def test_a_file_over_the_size_cap_is_refused_before_parsing(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"a: " + b"x" * (30 * 1024 * 1024) + b"\n")
    problem = one_error(path)
    assert "larger than 10 MB" in problem.message


def test_an_alias_bomb_is_refused_at_its_first_anchor(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 30)]
    problem = one_error(write_set(tmp_path, "\n".join(lines) + "\n"))
    assert (problem.line, problem.column) == (1, 5) and "anchor (&a0)" in problem.message


def test_deep_nesting_is_refused_without_overflowing_anything(tmp_path):
    problem = one_error(write_set(tmp_path, "a: " + "[" * 50_000 + "]" * 50_000 + "\n"))
    assert problem.line == 1 and "nested more than" in problem.message


def test_deep_block_nesting_is_refused(tmp_path):
    text = "".join(" " * i + f"k{i}:\n" for i in range(60)) + " " * 60 + "x\n"
    assert "nested more than" in one_error(write_set(tmp_path, text)).message


def test_too_many_values_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlnodes, "MAX_NODES", 50)
    problem = one_error(write_set(tmp_path, VALID_TEXT))
    assert "more than 50 values" in problem.message


def test_too_many_questions_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(validate, "MAX_QUESTIONS", 2)
    problem = one_error(write_set(tmp_path, VALID_TEXT))
    assert (problem.line, problem.column) == (9, 1) and "3 questions; the most is 2" in problem.message


def test_too_long_a_text_is_refused(tmp_path):
    long = "x" * (validate.MAX_TEXT + 1)
    problem = one_error(write_set(tmp_path, edited("prompt: When does work start?", f"prompt: {long}")))
    assert problem.line == 26 and "the most is 20,000" in problem.message


def test_a_10000_character_prompt_loads(tmp_path):
    long = "word " * 2000
    question_set, problems = load_question_set(write_set(tmp_path, edited("prompt: When does work start?",
                                                                          f"prompt: {long.strip()}")))
    assert problems == [] and len(question_set.questions[1].prompt) == 9999


def test_too_many_tags_are_refused(tmp_path):
    tags = ", ".join(f"t{i}" for i in range(validate.MAX_TAGS + 1))
    problem = one_error(write_set(tmp_path, edited("tags: [number]", f"tags: [{tags}]")))
    assert problem.line == 21 and "the most is 20" in problem.message


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        action = rng.choice(["delete", "duplicate", "indent", "dedent", "swap", "garble"])
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "indent":
            lines[i] = " " * rng.randint(1, 3) + lines[i]
        elif action == "dedent":
            lines[i] = lines[i].lstrip()
        elif action == "swap":
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i].replace(":", rng.choice(["", "::", ": [", ": {", ": &a", ": *a", ": !x"]), 1)
        if not lines:
            lines = [""]
    return "\n".join(lines)


def _holds(loaded) -> None:
    assert (loaded.question_set is None) == loaded.has_errors
    for problem in loaded.problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message


@settings(max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False))
def test_mutated_sets_load_or_give_located_errors(tmp_path_factory, rng):
    path = tmp_path_factory.mktemp("mutant") / "set.yaml"
    path.write_text(_mutate(VALID_TEXT, rng), encoding="utf-8")
    _holds(load_located(path))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_give_located_errors(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "set.yaml"
    path.write_bytes(data)
    loaded = load_located(path)
    _holds(loaded)
    assert loaded.question_set is None


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_random_text_gives_located_errors(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("text") / "set.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _holds(load_located(path))
