"""Writing sets: canonical, readable, stable bytes, and atomic."""

from __future__ import annotations

import os
import random
import stat
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz import yamlwrite
from quiz.model import MULTIPLE_CHOICE, TRUE_FALSE, Change, Citation, Question, QuestionSet, SourceRef
from quiz.storage import dump_question_set, load_question_set, write_question_set
from setfiles import FIXTURE, VALID_TEXT

REPO = Path(__file__).resolve().parent.parent
SEED_SET = REPO / "questions" / "000_ac34c4d9b940b12e.yaml"


def a_set(**changes) -> QuestionSet:
    question = Question(id="q1", kind=MULTIPLE_CHOICE, prompt="Which?", choices=["no", "2009", "yes"],
                        answer="no", explanation="Because.", citation=Citation(1, "A sentence."))
    for name, value in changes.items():
        setattr(question, name, value)
    return QuestionSet(title="T", source=SourceRef("a.txt"), questions=[question])


def roundtrip(tmp_path, question_set, name="set.yaml"):
    path = tmp_path / name
    write_question_set(path, question_set)
    loaded, problems = load_question_set(path)
    assert problems == [], [str(p) for p in problems]
    return path, loaded


def test_the_fixture_set_is_in_canonical_form():
    path = FIXTURE / "questions" / "bridge.yaml"
    question_set, problems = load_question_set(path)
    assert problems == [] and dump_question_set(question_set, path) == VALID_TEXT


def test_the_shipped_seed_set_is_in_canonical_form():
    question_set, problems = load_question_set(SEED_SET)
    assert problems == []
    assert dump_question_set(question_set, SEED_SET) == SEED_SET.read_text(encoding="utf-8")


def test_the_modeline_names_the_schema_relative_to_the_file(tmp_path):
    assert SEED_SET.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../quiz/question-set.schema.json\n")
    path, _ = roundtrip(tmp_path, a_set())
    ref = path.read_text(encoding="utf-8").splitlines()[0].split("$schema=")[1]
    assert "\\" not in ref and (path.parent / ref).resolve() == yamlwrite.schema_path()


def test_strings_yaml_would_misread_are_quoted(tmp_path):
    text = dump_question_set(a_set(choices=["no", "2009", "yes", "", "#x", "- a", "a: b", "1.5", "null", "on"],
                                   answer="2009"))
    for quoted in ["- 'no'", "- '2009'", "- 'yes'", "- ''", "- '#x'", "- '- a'", "- 'a: b'", "- '1.5'",
                   "- 'null'", "- 'on'", "answer: '2009'"]:
        assert quoted + "\n" in text


def test_keys_come_in_the_documented_order():
    question_set = a_set(kind=TRUE_FALSE, choices=[], answer=True, tags=["claim"], difficulty="hard",
                         change=Change("a", "b"), fingerprint="0123456789abcdef")
    question_set.generated = ["q1"]
    question_set.source = SourceRef("a.txt", "2024-01-02", "0" * 64)
    keys = [line.split(":")[0] for line in dump_question_set(question_set).splitlines()[1:]
            if not line.lstrip().startswith("- ") or line.startswith("- id")]
    assert keys == ["format", "title", "source", "  path", "  date", "  sha256", "questions", "- id", "  kind",
                    "  prompt", "  answer", "  explanation", "  citation", "    sentence", "    quote", "  tags",
                    "  difficulty", "  change", "    claim", "    source", "  fingerprint", "generated"]


def test_long_text_is_wrapped_and_non_ascii_kept(tmp_path):
    prompt = "Où est la « gare » ? " * 12
    path, loaded = roundtrip(tmp_path, a_set(prompt=prompt.strip()))
    text = path.read_text(encoding="utf-8")
    assert "« gare »" in text and "\\u" not in text
    assert max(len(line) for line in text.splitlines()[1:]) <= yamlwrite.WIDTH + 2
    assert loaded.questions[0].prompt == prompt.strip()


def test_multiline_text_is_a_literal_block(tmp_path):
    path, loaded = roundtrip(tmp_path, a_set(explanation="First line.\nSecond line.\n"))
    assert "explanation: |\n    First line.\n    Second line.\n" in path.read_text(encoding="utf-8")
    assert loaded.questions[0].explanation == "First line.\nSecond line.\n"


def test_control_characters_are_escaped_not_written_raw(tmp_path):
    path, loaded = roundtrip(tmp_path, a_set(prompt="\x1b[31mred\x07 \u202e"))
    raw = path.read_bytes()
    assert b"\x1b" not in raw and b"\x07" not in raw
    assert loaded.questions[0].prompt == "\x1b[31mred\x07 \u202e"


_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufeff"), min_size=1, max_size=60)


@settings(max_examples=150, deadline=None)
@given(prompt=_text, explanation=_text, quote=_text, choices=st.lists(_text, min_size=2, max_size=5, unique=True),
       tags=st.lists(_text.filter(lambda t: "\n" not in t and "\r" not in t), max_size=3))
def test_dump_load_dump_is_stable(tmp_path_factory, prompt, explanation, quote, choices, tags):
    question_set = a_set(prompt=prompt, explanation=explanation, choices=choices, answer=choices[1],
                         citation=Citation(3, quote), tags=tags)
    path = tmp_path_factory.mktemp("w") / "set.yaml"
    path.write_text(dump_question_set(question_set, path), encoding="utf-8")
    loaded, problems = load_question_set(path)
    if any("line" in p.message or "empty" in p.message or "white space" in p.message for p in problems):
        return  # a line break in a one-line field, or only white space: refused, as it should be
    assert problems == [], [str(p) for p in problems]
    assert loaded == question_set
    assert dump_question_set(loaded, path) == path.read_text(encoding="utf-8")


def _pure_python_dump(question_set: QuestionSet) -> str:
    return yamlwrite.modeline(yamlwrite.DEFAULT_SCHEMA_REF) + yaml.dump(
        yamlwrite._document(question_set), Dumper=yamlwrite._Dumper, sort_keys=False, allow_unicode=True,
        default_flow_style=False, width=yamlwrite.WIDTH, indent=2)


# Text of one line in printable characters of the Basic Multilingual Plane, with what makes YAML
# quote or wrap: indicators, words it reads as other types, runs of spaces, long words.
_ONE_LINE_PIECES = [*"abc XYZ 019 ,.:;#-?!'\"&*%@`|>{}[]=+/\\<$^()~", "  ", "     ", "- ", ": ", " #", "---",
                    "...", "null", "yes", "No", "2009", "0x1f", "1e3", ".inf", "é", "ü", "’", "“", "”", "—",
                    "\xa0", "\u200b", "中文", "\ue000", "\ufffd", "\uff01", "a" * 30, "b" * 95]


@pytest.mark.skipif(yamlwrite._FastDumper is None, reason="PyYAML without libyaml")
def test_libyaml_writes_one_line_text_as_the_pure_python_emitter_does():
    rng = random.Random(7)

    def text(longest: int) -> str:
        return "".join(rng.choice(_ONE_LINE_PIECES) for _ in range(rng.randint(1, longest)))

    for longest in [12, 40, 150] * 100:
        choices = list(dict.fromkeys(text(longest) for _ in range(4)))
        question_set = a_set(prompt=text(longest), explanation=text(longest), choices=choices,
                             answer=choices[0], citation=Citation(2, text(longest)), tags=[text(12), text(12)])
        assert yamlwrite._written_alike(yamlwrite._document(question_set))
        assert dump_question_set(question_set) == _pure_python_dump(question_set)


@pytest.mark.parametrize("prompt", ["Who said it? 😀", "First line.\nSecond line.", "tab\there", "\ufeffBOM",
                                    "odd\u2028break"])
def test_text_libyaml_writes_otherwise_is_written_by_the_pure_python_emitter(prompt):
    # libyaml escapes emoji ("\U0001F600") and wraps double-quoted text at other places.
    question_set = a_set(prompt=prompt, tags=["with a\nbreak"])
    assert not yamlwrite._written_alike(yamlwrite._document(question_set))
    assert dump_question_set(question_set) == _pure_python_dump(question_set)
    assert "😀" not in prompt or "Who said it? 😀" in dump_question_set(question_set)


def test_write_keeps_the_permissions_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "set.yaml"
    path.write_text("old\n", encoding="utf-8")
    os.chmod(path, 0o640)
    write_question_set(path, a_set())
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set.yaml"]


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        write_question_set(tmp_path / "new.yaml", a_set())
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o644


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "set.yaml"
    path.write_text("old content\n", encoding="utf-8")

    def broken_replace(*args):
        raise OSError("disk full")

    monkeypatch.setattr(yamlwrite.os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_question_set(path, a_set())
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set.yaml"]


def test_the_written_yaml_is_what_pyyaml_reads_too(tmp_path):
    path, _ = roundtrip(tmp_path, a_set(tags=["a b", "c"]))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["questions"][0]["choices"] == ["no", "2009", "yes"] and data["questions"][0]["tags"] == ["a b", "c"]
