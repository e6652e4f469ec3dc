"""Paths: a source is never read from outside its sources folder, generation writes only inside
--out, and odd file names (spaces, Unicode, leading dashes, shell characters) just work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.model import QuestionSet, SourceRef
from quiz.problems import ProblemError
from quiz.storage import load_question_set, resolve_source, write_question_set

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
ARTICLE = ("date 2024-03-12 Mr. Smith, the chief executive of Acme, said sales rose 12.5% to $4bn in 2023. "
           "“We know what we did,” Smith told reporters on Monday. About 5,000 people attended, police said.\n")
ODD_NAMES = ["-x.txt", "--help.txt", " lead space.txt", "ünï cødé.txt", "日本語.txt", "semi;colon $(x) `y`.txt",
             "x..txt", "a: b.txt", "#hash.txt", "quote'\"d.txt", "tab\tin.txt"]


def quiz(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quiz", *args], cwd=cwd, env=ENV, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def _tree(folder: Path) -> set[Path]:
    return {Path(parent, name) for parent, dirs, names in os.walk(folder) for name in names + dirs}


def test_odd_source_names_generate_inside_out_and_check_clean(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ODD_NAMES:
        (seeds / name).write_text(ARTICLE, encoding="utf-8")
    before = _tree(tmp_path)
    done = quiz("generate", "seeds", "--out", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    created = _tree(tmp_path) - before
    out = (tmp_path / "out").resolve()
    assert created and all(path.resolve().parent == out or path.resolve() == out for path in created)
    assert sorted(p.name for p in out.glob("*.yaml")) == sorted(name[:-4] + ".yaml" for name in ODD_NAMES)
    checked = quiz("check", "out", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.endswith(f"{len(ODD_NAMES)} sets checked: no problems\n")


def test_a_leading_dash_is_a_file_after_double_dash_or_dot_slash(tmp_path):
    (tmp_path / "-x.txt").write_text(ARTICLE, encoding="utf-8")
    listed = quiz("sentences", "--", "-x.txt", cwd=tmp_path)
    assert listed.returncode == 0 and listed.stdout.splitlines()[0].endswith("Mr. Smith, the chief executive of "
                                                                             "Acme, said sales rose 12.5% to $4bn in 2023.")
    made = quiz("generate", "./-x.txt", "--out", "sets", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    question_set, problems = load_question_set(tmp_path / "sets" / "-x.yaml")
    assert problems == [] and question_set.source.path == "-x.txt" and question_set.questions


def test_a_set_planted_as_a_symlink_in_out_is_not_written_through(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("not a question set\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.yaml").symlink_to(secret)
    done = quiz("generate", "seeds", "--out", "out", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert secret.read_text(encoding="utf-8") == "not a question set\n"


def _small_set() -> QuestionSet:
    return QuestionSet(title="T", source=SourceRef("a.txt"), questions=[])


def test_a_write_through_a_symlinked_folder_out_of_within_is_refused(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(ProblemError) as caught:
        write_question_set(out / "sub" / "a.yaml", _small_set(), within=out)
    assert "leads out of" in caught.value.problem.message and caught.value.problem.line == 1
    with pytest.raises(ProblemError):
        write_question_set(out / ".." / "a.yaml", _small_set(), within=out)
    assert list(elsewhere.iterdir()) == [] and not (tmp_path / "a.yaml").exists()
    with pytest.raises(ProblemError):  # a folder that does not exist yet, under the link
        write_question_set(out / "sub" / "deeper" / "a.yaml", _small_set(), within=out)
    assert list(elsewhere.iterdir()) == []
    write_question_set(out / "new" / "a.yaml", _small_set(), within=out)  # folders inside are made
    assert (out / "new" / "a.yaml").is_file()


def test_generate_does_not_write_through_a_symlinked_subfolder_of_out(tmp_path):
    (tmp_path / "seeds" / "sub").mkdir(parents=True)
    (tmp_path / "seeds" / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out" / "sub").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    done = quiz("generate", "seeds", "--out", "out", cwd=tmp_path)
    assert list((tmp_path / "elsewhere").iterdir()) == []
    assert done.returncode == 1 and "leads out of" in done.stderr


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["..", ".", "a", "b.txt", "", "/", "\\", "C:", "~", "\x00", " ", "link", "%2e%2e"]),
                min_size=1, max_size=6).map("/".join) | st.text(max_size=20))
def test_any_source_path_resolves_inside_the_sources_folder_or_is_refused(tmp_path_factory, relative):
    root = tmp_path_factory.mktemp("p")
    seeds = root / "seeds"
    (seeds / "a").mkdir(parents=True)
    (seeds / "link").symlink_to(root, target_is_directory=True)  # a folder link that leads out
    question_set = QuestionSet(title="T", source=SourceRef(relative), questions=[])
    try:
        target = resolve_source(root / "questions" / "x.yaml", question_set)
    except ProblemError as error:
        assert error.problem.message
        return
    inside = seeds.resolve()
    assert target == inside or inside in target.parents


def test_a_line_break_in_a_source_name_is_refused_with_a_located_message(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "two\nlines.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "fine.txt").write_text(ARTICLE, encoding="utf-8")
    result = quiz("generate", "seeds", "--out", "questions", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert ":1:1: error: a line break in a source's file name" in result.stderr
    assert (tmp_path / "questions" / "fine.yaml").is_file()
    assert quiz("check", "questions", cwd=tmp_path).returncode == 0
