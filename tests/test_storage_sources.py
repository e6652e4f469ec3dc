"""Finding a set's source, keeping it inside the sources folder, and checking citations."""

from __future__ import annotations

import os

import pytest

from quiz.problems import ERROR, WARNING, ProblemError
from quiz.storage import (check_located, check_question_set, find_set_files, find_sources_dir, load_question_set,
                          resolve_source)
from setfiles import VALID_TEXT, edited, make_project, write_set


def check(path, sources=None):
    return check_question_set(path, sources)


def errors_of(path, sources=None):
    question_set, problems = check(path, sources)
    errors = [p for p in problems if p.severity == ERROR]
    assert question_set is None and errors
    return errors


def test_the_fixture_set_checks_clean(tmp_path):
    question_set, problems = check(write_set(tmp_path, VALID_TEXT))
    assert problems == [] and len(question_set.questions) == 3


def test_the_sources_folder_is_the_nearest_seeds_above(tmp_path):
    root = make_project(tmp_path)
    nested = root / "questions" / "tech"
    nested.mkdir()
    assert find_sources_dir(nested / "x.yaml") == root / "seeds"
    assert find_sources_dir(root / "questions" / "bridge.yaml") == root / "seeds"
    (nested / "seeds").mkdir()
    assert find_sources_dir(nested / "x.yaml") == nested / "seeds"


def test_no_sources_folder_is_none(tmp_path):
    assert find_sources_dir(tmp_path / "a" / "x.yaml") is None  # (no seeds/ above the temporary folder)


def test_a_source_in_a_subfolder(tmp_path):
    root = make_project(tmp_path)
    (root / "seeds" / "tech").mkdir()
    os.replace(root / "seeds" / "bridge.txt", root / "seeds" / "tech" / "001.txt")
    (root / "questions" / "tech").mkdir()
    path = root / "questions" / "tech" / "001.yaml"
    path.write_text(edited("path: bridge.txt", "path: tech/001.txt"), encoding="utf-8")
    question_set, problems = check(path)
    assert problems == []
    assert resolve_source(path, question_set) == (root / "seeds" / "tech" / "001.txt").resolve()


@pytest.mark.parametrize("bad", ["../secret.txt", "/etc/passwd", "tech/../../secret.txt", "C:/x.txt"])
def test_a_source_path_may_not_leave_the_sources_folder(tmp_path, bad):
    path = write_set(tmp_path, edited("path: bridge.txt", f"path: {bad}"))
    (path.parent.parent / "secret.txt").write_text("Secret sentence.\n", encoding="utf-8")
    [problem] = errors_of(path)
    assert (problem.line, problem.column) == (5, 9)
    assert "absolute" in problem.message or "leaves the sources folder" in problem.message


def test_a_symlink_out_of_the_sources_folder_is_refused(tmp_path):
    path = write_set(tmp_path, edited("path: bridge.txt", "path: link.txt"))
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret sentence.\n", encoding="utf-8")
    (path.parent.parent / "seeds" / "link.txt").symlink_to(outside)
    [problem] = errors_of(path)
    assert (problem.line, problem.column) == (5, 9) and "leads out of the sources folder" in problem.message
    question_set, _ = load_question_set(path)
    with pytest.raises(ProblemError):
        resolve_source(path, question_set)


def test_a_symlink_inside_the_sources_folder_is_fine(tmp_path):
    path = write_set(tmp_path, edited("path: bridge.txt", "path: link.txt"))
    (path.parent.parent / "seeds" / "link.txt").symlink_to("bridge.txt")
    assert check(path)[1] == []


def test_a_missing_source_file_is_located(tmp_path):
    [problem] = errors_of(write_set(tmp_path, edited("path: bridge.txt", "path: gone.txt")))
    assert (problem.line, problem.column) == (5, 9) and "does not exist" in problem.message


def test_no_sources_folder_says_to_pass_sources(tmp_path):
    path = tmp_path / "alone" / "set.yaml"
    path.parent.mkdir()
    path.write_text(VALID_TEXT, encoding="utf-8")
    [problem] = errors_of(path)
    assert (problem.line, problem.column) == (5, 9) and "--sources" in problem.message


def test_sources_option_overrides_the_folder(tmp_path):
    root = make_project(tmp_path)
    other = tmp_path / "elsewhere"
    os.replace(root / "seeds", other)
    (root / "seeds").mkdir()
    path = root / "questions" / "bridge.yaml"
    assert "does not exist" in errors_of(path)[0].message
    assert check(path, other)[1] == []


def test_a_quote_that_does_not_match_its_sentence_is_stale(tmp_path):
    text = edited("quote: It will cost about £12m, officials said.", "quote: It will cost about £15m, officials said.")
    [problem] = errors_of(write_set(tmp_path, text))
    assert (problem.line, problem.column) == (20, 12)
    assert "does not match sentence 2" in problem.message and "stale" in problem.message
    assert "edited by hand" in problem.message  # q-cost has a fingerprint: a generated question


def test_white_space_in_a_quote_may_differ(tmp_path):
    text = edited("quote: It will cost about £12m, officials said.",
                  "quote: \"It  will cost\\n about £12m,\\tofficials said. \"")
    assert check(write_set(tmp_path, text))[1] == []


def test_a_quote_at_another_sentence_says_which(tmp_path):
    [problem] = errors_of(write_set(tmp_path, edited("sentence: 2", "sentence: 4")))
    assert (problem.line, problem.column) == (19, 15)
    assert "the quote is sentence 2, not 4: set `sentence: 2`" in problem.message


def test_sentence_999_says_how_many_there_are(tmp_path):
    [problem] = errors_of(write_set(tmp_path, edited("sentence: 4", "sentence: 999")))
    assert (problem.line, problem.column) == (44, 15)
    # the quote is still sentence 4, so that is the advice
    assert "the quote is sentence 4, not 999" in problem.message


def test_sentence_999_with_a_gone_quote_names_the_count(tmp_path):
    text = edited("sentence: 4", "sentence: 999")
    text = edited("quote: The old bridge closes in May.", "quote: The old bridge closes in June.", text)
    [problem] = errors_of(write_set(tmp_path, text))
    assert problem.line == 44 and "sentence 999 does not exist: the source has 4 sentences" in problem.message


def test_a_changed_source_is_a_warning_only(tmp_path):
    path = write_set(tmp_path, VALID_TEXT)
    source = path.parent.parent / "seeds" / "bridge.txt"
    source.write_text(source.read_text(encoding="utf-8") + "A new sentence.\n", encoding="utf-8")
    question_set, problems = check(path)
    assert question_set is not None
    [problem] = problems
    assert problem.severity == WARNING and (problem.line, problem.column) == (7, 11)
    assert "changed since this set was made" in problem.message


def test_an_unreadable_source_is_reported_in_both_files(tmp_path):
    path = write_set(tmp_path, VALID_TEXT)
    (path.parent.parent / "seeds" / "bridge.txt").write_bytes(b"Fine.\nBad \xff byte.\n")
    problems = errors_of(path)
    assert problems[0].line == 5 and any(p.path.endswith("bridge.txt") and p.line == 2 for p in problems)


def test_schema_and_citation_problems_come_together(tmp_path):
    text = edited("answer: '2025'", "answer: no")
    text = edited("sentence: 2", "sentence: 999", text)
    problems = errors_of(write_set(tmp_path, text))
    assert [p.line for p in problems] == [19, 31]


def test_find_set_files_walks_folders_sorted(tmp_path):
    root = make_project(tmp_path)
    questions = root / "questions"
    (questions / "b").mkdir()
    (questions / "b" / "z.yml").write_text("x: 1\n", encoding="utf-8")
    (questions / "a.yaml").write_text("x: 1\n", encoding="utf-8")
    (questions / "notes.txt").write_text("not a set\n", encoding="utf-8")
    (questions / ".hidden.yaml").write_text("x: 1\n", encoding="utf-8")
    found = find_set_files([str(questions), str(questions / "a.yaml")])
    assert [p.relative_to(questions).as_posix() for p in found] == ["a.yaml", "b/z.yml", "bridge.yaml"]


def test_find_set_files_defaults_to_questions(tmp_path, monkeypatch):
    root = make_project(tmp_path)
    monkeypatch.chdir(root)
    assert [p.as_posix() for p in find_set_files([])] == ["questions/bridge.yaml"]


def test_check_located_keeps_the_source_it_read_so_the_app_reads_it_once(tmp_path):
    path = write_set(tmp_path, VALID_TEXT)
    checked = check_located(path)
    assert checked.problems == [] and checked.question_set is not None
    assert checked.document is not None and checked.document.path.endswith("bridge.txt")
    assert checked.document.sentence(1).text
    missing = write_set(tmp_path / "other", edited("path: bridge.txt", "path: gone.txt"))
    checked = check_located(missing)
    assert checked.question_set is None and checked.document is None
