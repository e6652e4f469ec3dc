"""Hostile files and names: each gets a located error, never a hang or an internal error."""

from __future__ import annotations

import os

import pytest

import quiz.generate as generator
from quiz.cli import main
from quiz.generate import generate_questions
from quiz.generate.statement import sentence_problem
from quiz.problems import ERROR, ProblemError
from quiz.sources import parse_source, read_source
from quiz.storage import check_question_set
from setfiles import VALID_TEXT, edited, make_project, write_set
from test_storage_fastload import assert_same

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _errors(path, sources=None):
    question_set, problems = check_question_set(path, sources)
    return [str(p) for p in problems if p.severity == ERROR]


@needs_fifo
def test_a_pipe_among_the_sets_is_an_error_not_a_wait(tmp_path):
    root = make_project(tmp_path)
    os.mkfifo(root / "questions" / "pipe.yaml")
    assert _errors(root / "questions" / "pipe.yaml") == [
        f"{root / 'questions' / 'pipe.yaml'}:1:1: error: is not a regular file (a pipe, a device or a socket), "
        "not a question set file; remove it or rename it"]


@needs_fifo
def test_a_pipe_as_a_source_is_an_error_not_a_wait(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(ProblemError, match="not a regular file"):
        read_source(tmp_path / "pipe.txt")
    # and a set whose source.path names one says so, not that it does not exist
    root = make_project(tmp_path)
    (root / "seeds" / "bridge.txt").unlink()
    os.mkfifo(root / "seeds" / "bridge.txt")
    assert any("is not a regular file" in e for e in _errors(root / "questions" / "bridge.yaml"))


def test_a_source_path_longer_than_any_file_name_is_located(tmp_path):
    path = write_set(tmp_path, edited("path: bridge.txt", "path: " + "a" * 5000 + ".txt"))
    assert _errors(path) == [f"{path}:5:9: error: source.path is 5,004 characters long, more than any file name "
                             "can be; write the source's path relative to the sources folder"]


def test_a_source_that_is_a_symbolic_link_loop_is_located(tmp_path):
    root = make_project(tmp_path)
    source = root / "seeds" / "bridge.txt"
    source.unlink()
    source.symlink_to("bridge.txt")
    errors = _errors(root / "questions" / "bridge.yaml")
    assert len(errors) == 1 and errors[0].startswith(f"{root / 'questions' / 'bridge.yaml'}:5:9: error: source.path "
                                                     "`bridge.txt` cannot be followed")


def test_a_source_path_naming_a_folder_says_so(tmp_path):
    path = write_set(tmp_path, edited("path: bridge.txt", "path: sub"))
    (path.parent.parent / "seeds" / "sub").mkdir()
    assert any("is a folder, not a file" in e for e in _errors(path))


@pytest.mark.parametrize("old, new, message", [
    ("- about £12m", "- '   '", "is only white space"),
    ("date: '2024-05-01'", "date: '2021-02-30'", "is not a date like"),
    ("date: '2024-05-01'", "date: '0000-01-01'", "is not a date like"),
])
def test_blank_texts_and_dates_not_on_the_calendar_are_refused_on_both_paths(tmp_path, old, new, message):
    path = write_set(tmp_path, edited(old, new))
    loaded = assert_same(path)  # the fast path gives way to the careful one, which says what is wrong
    assert loaded.question_set is None and any(message in p.message for p in loaded.problems)


def test_generate_refuses_a_source_linked_from_outside_its_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Ferry news\n\nThe ferry carried 400 cars in May 2004, the port said.\n", encoding="utf-8")
    (tmp_path / "seeds" / "linked.txt").symlink_to(outside)
    assert main(["generate", "seeds", "--out", "questions"]) == 1
    assert "a symbolic link to a file outside its sources folder" in capsys.readouterr().err
    assert not (tmp_path / "questions" / "linked.yaml").exists()


def test_a_line_break_in_a_source_name_is_shown_escaped(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "new\nline.txt").write_text("T\n\nThe ferry carried 400 cars in 2004.\n", encoding="utf-8")
    assert main(["generate", "seeds", "--out", "questions"]) == 1
    err = capsys.readouterr().err
    assert "seeds/new\\nline.txt:1:1: error: a line break" in err and "new\nline" not in err


def test_a_utf16_source_is_named_by_its_encoding(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Ferry news\n\nThe ferry sailed.\n".encode("utf-16"))
    with pytest.raises(ProblemError, match="saved as UTF-16; save it with the UTF-8 encoding"):
        read_source(path)


def test_an_empty_source_gets_a_note_and_an_empty_out_name_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    assert main(["generate", "seeds", "--out", "questions"]) == 0
    assert "seeds/empty.txt: no questions: no sentence can carry one" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["generate", "seeds", "--out", ""])
    assert "an empty folder name" in capsys.readouterr().err


def test_a_sentence_of_words_too_long_to_be_words_is_a_run_on():
    body = "Police said 3 people were hurt in 2019 near the " + " ".join(["x" * 200] * 6) + " river."
    assert sentence_problem(body) == f"a run-on ({len(body):,} characters)"


def test_a_set_never_holds_more_questions_than_a_set_may(monkeypatch):
    # (the cap is 10,000, the most `quiz check` takes: shown here with a smaller one)
    monkeypatch.setattr(generator, "MAX_QUESTIONS", 3)
    text = "Ferry news\n\n" + "\n".join(f"Mayor Tom Berg{i} said {i + 3} ferries sailed from Kinloch in 200{i % 10}."
                                        for i in range(40)) + "\n"
    assert 0 < len(generate_questions(parse_source(text))) <= 3


def test_a_run_that_writes_no_set_leaves_no_folder_behind(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "no-such-source.txt", "--out", "made"]) == 1
    assert not (tmp_path / "made").exists()
    (tmp_path / "kept").mkdir()  # a folder that was there stays, empty or not
    assert main(["generate", "no-such-source.txt", "--out", "kept"]) == 1
    assert (tmp_path / "kept").is_dir()


def test_check_shows_the_first_problems_of_a_set_and_counts_the_rest(tmp_path, capsys):
    from quiz.commands.check import SHOWN_PER_SET
    unknown = "".join(f"unknown_{i}: x\n" for i in range(SHOWN_PER_SET + 50))
    path = write_set(tmp_path, edited("format: 1\n", "format: 1\n" + unknown))
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == SHOWN_PER_SET + 2
    assert out[-2].endswith("more problems not shown; fix the ones above and check again")
    assert out[-1].startswith("1 set checked: ") and int(out[-1].split(": ")[1].split()[0]) > SHOWN_PER_SET


def test_sources_naming_a_file_says_so(tmp_path, capsys):
    path = write_set(tmp_path, VALID_TEXT)
    assert main(["check", str(path), "--sources", str(path)]) == 1
    assert "a file, not a folder of sources" in capsys.readouterr().err
