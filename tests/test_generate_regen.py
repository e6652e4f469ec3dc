"""`quiz generate` on files and folders, and regeneration that keeps people's work."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.model import Citation, Question, fingerprint_of, is_edited
from quiz.storage import check_question_set, load_question_set, write_question_set

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ac34c4d9b940b12e.txt"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder laid out like the repository: seeds/ with the seed, questions/ empty."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _set(project):
    return project / "questions" / (SEED.stem + ".yaml")


def _load(path):
    question_set, problems = load_question_set(path)
    assert question_set is not None, problems
    return question_set


def test_generate_writes_a_set_that_passes_check(project, capsys):
    assert main(["generate", "seeds", "--out", "questions"]) == 0
    path = _set(project)
    question_set, problems = check_question_set(path)
    assert question_set is not None and not [p for p in problems if p.severity == "error"]
    assert question_set.source.path == SEED.name
    assert question_set.source.sha256 and question_set.source.date == "2021-02-26"
    assert question_set.generated == [q.id for q in question_set.questions]
    assert "1 set, " in capsys.readouterr().out


def test_two_runs_give_identical_files(project):
    main(["generate", "seeds", "--out", "questions"])
    first = _set(project).read_bytes()
    main(["generate", "seeds", "--out", "questions"])
    assert _set(project).read_bytes() == first
    main(["generate", "seeds", "--out", "again"])
    assert (project / "again" / _set(project).name).read_bytes() == first


@pytest.mark.parametrize("out", ["questions", "sets/of/the/week"])
def test_a_set_that_would_not_change_is_not_written_again(project, out):
    # The schema's modeline differs with the folder: the set is compared as it would be written there.
    main(["generate", "seeds", "--out", out])
    path = project / out / _set(project).name
    written = path.stat()
    main(["generate", "seeds", "--out", out])
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)


def test_an_edited_question_stays_as_edited(project):
    main(["generate", "seeds", "--out", "questions"])
    question_set = _load(_set(project))
    question_set.questions[0].prompt = "A teacher's better wording?"
    write_question_set(_set(project), question_set)
    main(["generate", "seeds", "--out", "questions"])
    again = _load(_set(project))
    assert again.questions[0].prompt == "A teacher's better wording?" and is_edited(again.questions[0])
    assert len(again.questions) == len(question_set.questions)


def test_a_deleted_question_does_not_come_back(project):
    main(["generate", "seeds", "--out", "questions"])
    question_set = _load(_set(project))
    gone = question_set.questions.pop(1)
    write_question_set(_set(project), question_set)
    main(["generate", "seeds", "--out", "questions"])
    again = _load(_set(project))
    assert gone.id not in [q.id for q in again.questions] and gone.id in again.generated


def test_a_question_added_by_hand_stays(project):
    main(["generate", "seeds", "--out", "questions"])
    question_set = _load(_set(project))
    mine = Question(id="q-mine", kind="true_false", prompt="True or false: the strike was in Syria.", answer=True,
                    explanation="The article says so.", citation=Citation(4, question_set.questions[0].citation.quote),
                    tags=["mine"])
    mine.citation = replace(question_set.questions[0].citation)
    question_set.questions.append(mine)
    write_question_set(_set(project), question_set)
    main(["generate", "seeds", "--out", "questions"])
    again = _load(_set(project))
    assert [q for q in again.questions if q.id == "q-mine"][0].fingerprint is None


def test_a_changed_source_removes_untouched_questions_only(project):
    main(["generate", "seeds", "--out", "questions"])
    question_set = _load(_set(project))
    edited, untouched = question_set.questions[0], question_set.questions[1]
    edited.explanation = "Edited by a teacher."
    write_question_set(_set(project), question_set)
    source = project / "seeds" / SEED.name
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace(edited.citation.quote, "").replace(untouched.citation.quote, ""), encoding="utf-8")
    main(["generate", "seeds", "--out", "questions"])
    again = _load(_set(project))
    ids = [q.id for q in again.questions]
    assert edited.id in ids  # kept as edited; quiz check flags its stale citation
    assert untouched.id not in ids
    assert again.source.sha256 != question_set.source.sha256
    _, problems = check_question_set(_set(project))
    assert any(p.severity == "error" for p in problems)


def test_moved_sentences_update_untouched_citations(project):
    main(["generate", "seeds", "--out", "questions", "--count", "30"])
    before = _load(_set(project))
    source = project / "seeds" / SEED.name
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("2021-02-26 ", "2021-02-26 A new first sentence was added here today.\n"),
                      encoding="utf-8")
    main(["generate", "seeds", "--out", "questions", "--count", "30"])
    after = _load(_set(project))
    _, problems = check_question_set(_set(project))
    assert not [p for p in problems if p.severity == "error"], problems
    assert {q.id for q in before.questions} <= {q.id for q in after.questions} | set()
    for question in after.questions:
        assert question.fingerprint == fingerprint_of(question)


def test_force_starts_over_after_a_backup_and_never_overwrites_one(project):
    main(["generate", "seeds", "--out", "questions"])
    question_set = _load(_set(project))
    question_set.questions[0].prompt = "Edited."
    write_question_set(_set(project), question_set)
    edited = _set(project).read_bytes()
    assert main(["generate", "seeds", "--out", "questions", "--force"]) == 0
    backup = _set(project).with_name(_set(project).name + ".bak")
    assert backup.read_bytes() == edited
    assert b"Edited." not in _set(project).read_bytes()
    main(["generate", "seeds", "--out", "questions", "--force"])
    assert backup.read_bytes() == edited
    assert _set(project).with_name(_set(project).name + ".1.bak").exists()


def test_a_set_with_errors_is_not_overwritten(project, capsys):
    main(["generate", "seeds", "--out", "questions"])
    _set(project).write_text("format: 1\ntitle: [broken\n", encoding="utf-8")
    assert main(["generate", "seeds", "--out", "questions"]) == 1
    assert _set(project).read_text(encoding="utf-8") == "format: 1\ntitle: [broken\n"
    assert "not regenerated" in capsys.readouterr().err


def test_subfolders_are_mirrored_and_never_collide(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder in ("business", "tech"):
        (tmp_path / "seeds" / folder).mkdir(parents=True)
        shutil.copy(SEED, tmp_path / "seeds" / folder / "001.txt")
    assert main(["generate", "seeds", "--out", "questions"]) == 0
    for folder in ("business", "tech"):
        question_set, problems = check_question_set(tmp_path / "questions" / folder / "001.yaml")
        assert question_set is not None and question_set.source.path == f"{folder}/001.txt", problems


def test_a_bad_source_is_reported_and_the_others_continue(project, capsys):
    (project / "seeds" / "bad.txt").write_bytes(b"Fine line.\nBroken \xff byte here.\n")
    assert main(["generate", "seeds", "--out", "questions"]) == 1
    err = capsys.readouterr().err
    assert "bad.txt:2:" in err
    assert _set(project).exists()


def test_a_missing_source_is_a_located_error(project, capsys):
    assert main(["generate", "nothing-here.txt"]) == 1
    assert "nothing-here.txt:1:1:" in capsys.readouterr().err


def test_verbose_says_which_sentences_were_skipped(project, capsys):
    main(["generate", "seeds", "--out", "questions", "--verbose"])
    out = capsys.readouterr().out
    assert "sentence 9 skipped: a question, not a statement" in out


def test_a_source_outside_seeds_gets_a_hint_for_check(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    shutil.copy(SEED, tmp_path / "articles" / "a.txt")
    assert main(["generate", "articles", "--out", "sets"]) == 0
    out = capsys.readouterr().out
    assert "--sources" in out
    question_set, problems = check_question_set(tmp_path / "sets" / "a.yaml", sources_dir=tmp_path / "articles")
    assert question_set is not None, problems


@pytest.mark.parametrize("out", ["taken", "taken/sets"])
def test_an_out_folder_that_is_a_file_is_a_located_error(project, capsys, out):
    (project / "taken").write_text("a file a person keeps\n", encoding="utf-8")
    assert main(["generate", "seeds", "--out", out]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"{out}:1:1: error: cannot write here: ") and "choose a folder" in error
    assert "this is a file" in error if out == "taken" else "Not a directory" in error
    assert (project / "taken").read_text(encoding="utf-8") == "a file a person keeps\n"


def test_a_set_not_written_adds_nothing_to_the_summary(project, monkeypatch, capsys):
    # The compare-and-swap keeps a set a person saved during the run: the summary must not count
    # the questions it would have merged into it.
    import quiz.storage
    from quiz.problems import Problem, ProblemError
    assert main(["generate", "seeds", "--out", "questions"]) == 0
    capsys.readouterr()

    def refuse(path, *args, **kwargs):
        raise ProblemError(Problem(str(path), 1, 1, "the set changed while it was regenerated; run again"))

    monkeypatch.setattr(quiz.storage, "write_question_set", refuse)
    monkeypatch.setattr(quiz.storage, "dump_question_set", lambda *args: "(not the file)")
    assert main(["generate", "seeds", "--out", "questions"]) == 1
    assert "0 sets, 0 questions (0 new, 0 regenerated, 0 kept as edited, 0 added by hand, 0 removed" \
        in capsys.readouterr().out
