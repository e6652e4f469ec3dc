"""The fast path of loading (quiz.fastload) never drifts from the careful path.

Every file is loaded both ways, through quiz.storage, and must give the same problems
(messages, lines, columns, order), the same set, partial set and locations. The files:
the hostile corpus, the shipped and fixture sets, hand-written sets in unusual but
valid YAML, sets mutated at random, and random sets written by quiz itself (which
the fast path must take without falling back).
"""

from __future__ import annotations

import dataclasses
import random
import shutil
from pathlib import Path
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz import lazylocations, storage, validate, yamlnodes
from quiz.fastload import Unusual, load_fast
from quiz.model import MULTIPLE_CHOICE, TRUE_FALSE, Change, Citation, Question, QuestionSet, SourceRef
from quiz.storage import dump_question_set
from quiz.yamlnodes import YamlError, read_bytes
from setfiles import FIXTURE, VALID_TEXT, edited
from test_storage_limits import _mutate

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
KNOWN_FILES = sorted([*(TESTS / "hostile" / "sets").glob("*.yaml"), *(FIXTURE / "questions").glob("*.yaml"),
                      *(ROOT / "questions").glob("*.yaml"), *(ROOT / "quiz" / "data" / "questions").glob("*.yaml")])
SLOW_OK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def both_ways(path: Path) -> tuple[storage.Loaded, storage.Loaded]:
    fast = storage.load_located(path)
    with mock.patch.object(storage, "load_fast", side_effect=Unusual):
        careful = storage.load_located(path)
    return fast, careful


def assert_same(path: Path) -> storage.Loaded:
    fast, careful = both_ways(path)
    assert [str(problem) for problem in fast.problems] == [str(problem) for problem in careful.problems]
    assert fast.problems == careful.problems
    assert fast.question_set == careful.question_set
    assert fast.partial == careful.partial
    assert fast.question_index == careful.question_index
    assert dict(fast.locations) == dict(careful.locations)
    return careful


def takes_fast(path: Path) -> bool:
    try:
        load_fast(read_bytes(str(path)), str(path))
    except (Unusual, YamlError):  # YamlError: the file cannot be read at all
        return False
    return True


def written(tmp_path: Path, text: str | bytes, name: str = "set.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


# --- known files ------------------------------------------------------------------------------

def test_the_known_files_are_there():
    assert len(KNOWN_FILES) >= 30


@pytest.mark.parametrize("path", KNOWN_FILES, ids=[f"{p.parent.name}/{p.name}" for p in KNOWN_FILES])
def test_known_files_load_and_check_the_same_both_ways(path):
    careful = assert_same(path)
    # the fast path takes exactly the files with no problem at all
    assert takes_fast(path) == (careful.problems == [] and careful.question_set is not None)
    # and checking against the source (which locates stale citations) says the same
    fast_check = storage.check_located(path)
    with mock.patch.object(storage, "load_fast", side_effect=Unusual):
        careful_check = storage.check_located(path)
    assert fast_check.problems == careful_check.problems
    assert fast_check.question_set == careful_check.question_set


def test_the_valid_known_sets_take_the_fast_path():
    assert takes_fast(FIXTURE / "questions" / "bridge.yaml")
    assert all(takes_fast(path) for path in (ROOT / "questions").glob("*.yaml"))


# --- valid YAML a person may write, and small mistakes ---------------------------------------

VARIANTS = {
    "flow mappings and lists": ("  citation:\n    sentence: 2\n    quote: It will cost about £12m, officials said.\n",
                                "  citation: {sentence: 2, quote: 'It will cost about £12m, officials said.'}\n"),
    "quoted field names": ("  prompt: About", "  'prompt': About"),
    "fields in another order": ("  kind: multiple_choice\n  prompt: About how much will the bridge cost?\n",
                                "  prompt: About how much will the bridge cost?\n  kind: multiple_choice\n"),
    "top-level fields in another order": ("format: 1\ntitle: A new bridge\n", "title: A new bridge\nformat: 1\n"),
    "comments": ("  kind: multiple_choice\n", "  # a comment\n  kind: multiple_choice # and another\n"),
    "an ampersand and a bang in texts": ("prompt: About how", "prompt: M&S & AT&T! About how"),
    "an anchor": ("prompt: About how", "prompt: &p About how"),
    "an alias": ("  tags: [number]\n", "  tags: [number]\n  difficulty: *d\n"),
    "a non-specific tag": ("prompt: About how", "prompt: ! About how"),
    "a str tag": ("prompt: About how", "prompt: !!str About how"),
    "a str tag on a name": ("  prompt: About", "  !!str prompt: About"),
    "a map tag": ("  citation:\n    sentence: 2", "  citation: !!map\n    sentence: 2"),
    "document markers": ("format: 1\n", "%YAML 1.1\n---\nformat: 1\n"),
    "a document end": ("- q-closes\n", "- q-closes\n...\n"),
    "a second document": ("- q-closes\n", "- q-closes\n---\nformat: 1\n"),
    "a literal block": ("  explanation: Officials said it will cost about £12m.\n",
                        "  explanation: |\n    Officials said\n    it will cost about £12m.\n"),
    "a folded block": ("  explanation: Officials said it will cost about £12m.\n",
                       "  explanation: >-\n    Officials said\n    it will cost about £12m.\n"),
    "a double-quoted escape": ("prompt: About how", 'prompt: "\\u00c0bout how'),
    "a quoted sentence number": ("sentence: 2", "sentence: '2'"),
    "sentence 0": ("sentence: 2", "sentence: 0"),
    "sentence 02": ("sentence: 2", "sentence: 02"),
    "a quoted true": ("answer: false", "answer: 'false'"),
    "a capital FALSE": ("answer: false", "answer: FALSE"),
    "an answer no": ("answer: false", "answer: no"),
    "a quoted kind": ("kind: true_false", "kind: 'true_false'"),
    "a null difficulty": ("difficulty: hard", "difficulty: ~"),
    "an empty prompt": ("prompt: When does work start?", "prompt: ''"),
    "a typed prompt": ("prompt: When does work start?", "prompt: 2024-01-01"),
    "a line break in an id": ("id: q-start", "id: \"q-\\nstart\""),
    "a duplicate id": ("id: q-start", "id: q-cost"),
    "a duplicate choice": ("  - '2026'\n", "  - '2024'\n"),
    "one choice": ("  - '2025'\n  - '2026'\n", ""),
    "choices on a true_false": ("  kind: true_false\n", "  kind: true_false\n  choices: [a, b]\n"),
    "no choices on a multiple_choice": ("  choices:\n  - '2024'\n  - '2025'\n  - '2026'\n", ""),
    "a mapping for a prompt": ("prompt: When does work start?", "prompt: {a: b}"),
    "a list for a citation": ("  citation:\n    sentence: 3", "  citation: [3]\n  x:\n    sentence: 3"),
    "an extra citation field": ("    sentence: 3\n", "    sentence: 3\n    page: 4\n"),
    "a duplicate citation field": ("    sentence: 3\n", "    sentence: 3\n    sentence: 3\n"),
    "a nested list in tags": ("tags: [date]", "tags: [[date]]"),
    "an unquoted number as a choice": ("  - '2024'\n", "  - 2024\n"),
    "a boolean as a tag": ("tags: [date]", "tags: [yes]"),
    "an empty tag": ("tags: [date]", "tags: ['']"),
    "a null tag": ("tags: [date]", "tags: [~]"),
    "a line break in a tag": ("tags: [date]", 'tags: ["da\\nte"]'),
    "a mapping of four fields": ("    sentence: 3\n", "    sentence: 3\n    a: 1\n    b: 2\n"),
    "a bad date": ("date: '2024-05-01'", "date: '2024-5-1'"),
    "a bad sha256": ("sha256: bc5", "sha256: BC5"),
    "no source date or hash": ("  date: '2024-05-01'\n  sha256: bc50829c4321bfa95037137e02f8a2b5b55b07e08becc35783b2b756fdb107ad\n",
                               ""),
    "no generated list": ("generated:\n- q-cost\n- q-start\n- q-closes\n", ""),
    "an empty generated list": ("generated:\n- q-cost\n- q-start\n- q-closes\n", "generated: []\n"),
    "format 2": ("format: 1", "format: 2"),
    "format '1'": ("format: 1", "format: '1'"),
    "no questions": (VALID_TEXT[VALID_TEXT.index("questions:"):VALID_TEXT.index("generated:")], "questions: []\n"),
    "questions not a list": (VALID_TEXT[VALID_TEXT.index("questions:"):VALID_TEXT.index("generated:")],
                             "questions: {}\n"),
    "a complex key": ("  prompt: About", "  ? [a]\n  : b\n  prompt: About"),
    "a set-level list": ("format: 1\n", "- format: 1\n"),
}


@pytest.mark.parametrize("old, new", VARIANTS.values(), ids=VARIANTS.keys())
def test_variants_load_the_same_both_ways(tmp_path, old, new):
    assert_same(written(tmp_path, edited(old, new)))


def test_a_bom_and_crlf_line_ends_load_the_same_both_ways(tmp_path):
    path = written(tmp_path, "\ufeff" + VALID_TEXT.replace("\n", "\r\n"))
    assert_same(path)
    assert takes_fast(path)


# --- limits at their edges: the fast path counts as the careful path does ---------------------

def _values(text: str) -> int:
    kinds = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
    return sum(isinstance(event, kinds) for event in yaml.parse(text, Loader=yaml.SafeLoader))


def _longest(text: str) -> int:
    return max(len(event.value) for event in yaml.parse(text, Loader=yaml.SafeLoader)
               if isinstance(event, yaml.ScalarEvent))


@pytest.mark.parametrize("limit, module, value, loads", [
    ("MAX_NODES", yamlnodes, _values(VALID_TEXT), True),
    ("MAX_NODES", yamlnodes, _values(VALID_TEXT) - 1, False),
    ("MAX_QUESTIONS", validate, 3, True),
    ("MAX_QUESTIONS", validate, 2, False),
    ("MAX_CHOICES", validate, 3, True),
    ("MAX_CHOICES", validate, 2, False),
    ("MAX_TAGS", validate, 1, True),
    ("MAX_TAGS", validate, 0, False),
    ("MAX_TEXT", validate, _longest(VALID_TEXT), True),
    ("MAX_TEXT", validate, _longest(VALID_TEXT) - 1, False),
    ("MAX_DEPTH", yamlnodes, 4, True),
    ("MAX_DEPTH", yamlnodes, 3, False),
])
def test_limits_at_their_edges(tmp_path, monkeypatch, limit, module, value, loads):
    monkeypatch.setattr(module, limit, value)
    path = written(tmp_path, VALID_TEXT)
    careful = assert_same(path)
    assert (careful.question_set is not None) == loads
    assert takes_fast(path) == loads


# --- locations --------------------------------------------------------------------------------

def test_locations_of_a_fast_set_are_worked_out_when_asked(tmp_path):
    path = written(tmp_path, VALID_TEXT)
    fast, careful = both_ways(path)
    locations = fast.locations
    assert isinstance(locations, lazylocations.LazyLocations)
    # located at once: the set's and the source's fields, and every citation's sentence and quote
    at_once = [("format",), ("generated",), ("source", "path"), ("source", "sha256"),
               ("questions", 0, "citation", "sentence"), ("questions", 2, "citation", "quote")]
    assert [locations[key] for key in at_once] == [careful.locations[key] for key in at_once]
    assert locations[("source", "path")] == (5, 9) and locations[("questions", 1, "citation", "quote")] == (35, 12)
    assert locations._data is not None
    # the rest once, when first asked for
    assert locations[("questions", 1, "prompt")] == careful.locations[("questions", 1, "prompt")] == (26, 11)
    assert locations._data is None
    assert ("questions", 9) not in locations and locations.get(("nothing",)) is None
    assert storage.locations_of(fast.question_set) is locations


def test_lookups_that_are_not_citations_are_not_taken_for_them(tmp_path):
    fast, careful = both_ways(written(tmp_path, VALID_TEXT))
    for key in [("questions", 3, "citation", "quote"), ("questions", -1, "citation", "quote"),
                ("questions", 1.0, "citation", "quote"), ("questions", 0, "citation", "page"),
                ("questions", 0, "change", "claim"), ("questions", 0, "citation"), "questions", 7]:
        assert fast.locations._cited(key) is None, key
        assert (key in fast.locations) == (key in careful.locations), key


def _copy_of_the_fixture(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    return root / "questions" / "bridge.yaml"


def test_checking_against_the_source_needs_no_careful_read(tmp_path):
    path = _copy_of_the_fixture(tmp_path)
    with mock.patch.object(lazylocations.LazyLocations, "_fill", side_effect=AssertionError("read again")):
        assert storage.check_question_set(path)[1] == []
        path.write_text(edited("sentence: 3", "sentence: 2"), encoding="utf-8")  # a stale citation
        problems = storage.check_question_set(path)[1]
    assert [str(problem) for problem in problems] == [f"{path}:34:15: error: the quote is sentence 3, not 2: "
                                                      "set `sentence: 3`"]


def test_questions_are_made_in_the_models_field_order():
    # quiz.fastload makes these with positional arguments, for speed
    assert [field.name for field in dataclasses.fields(Question)] == [
        "id", "kind", "prompt", "answer", "explanation", "citation", "choices", "tags", "difficulty", "change",
        "fingerprint"]
    assert [field.name for field in dataclasses.fields(Citation)] == ["sentence", "quote"]
    assert [field.name for field in dataclasses.fields(Change)] == ["claim", "source"]
    assert [field.name for field in dataclasses.fields(SourceRef)] == ["path", "date", "sha256"]


@pytest.mark.parametrize("extra", ["", " M&S!"])
def test_a_big_set_written_by_quiz_loads_the_same_both_ways(tmp_path, extra):
    # the shipped set's questions over and over, as the load benchmark writes them; with an
    # ampersand and a bang in a text, every event is looked at for anchors and tags too
    shipped = storage.load_question_set(ROOT / "questions" / "000_ac34c4d9b940b12e.yaml")[0]
    questions = [dataclasses.replace(question, id=f"{question.id}-{number:04d}", prompt=question.prompt + extra)
                 for number in range(20) for question in shipped.questions]
    big = dataclasses.replace(shipped, questions=questions, generated=[question.id for question in questions])
    path = tmp_path / "big.yaml"
    path.write_text(dump_question_set(big, path), encoding="utf-8")
    assert takes_fast(path)
    assert assert_same(path).question_set == big


# --- random sets --------------------------------------------------------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufeff"), min_size=1, max_size=40)
_WORD = st.one_of(_TEXT, st.sampled_from(["no", "yes", "1", "1.5", "~", "null", "true", "2024-01-01", "0x1F",
                                          "-", "? x", "a: b", "'q'", "&a", "*a", "!x", "#c", " x ", "x\ny"]))


@st.composite
def _questions(draw) -> Question:
    kind = draw(st.sampled_from([MULTIPLE_CHOICE, TRUE_FALSE]))
    choices = draw(st.lists(_WORD, min_size=2, max_size=4, unique=True)) if kind == MULTIPLE_CHOICE else []
    answer = draw(st.sampled_from(choices)) if choices else draw(st.booleans())
    change = draw(st.one_of(st.none(), st.builds(Change, _WORD, _WORD)))
    return Question(id=draw(_WORD), kind=kind, prompt=draw(_WORD), answer=answer, explanation=draw(_WORD),
                    citation=Citation(draw(st.integers(1, 10**6)), draw(_WORD)), choices=choices,
                    tags=draw(st.lists(_WORD, max_size=3)), difficulty=draw(st.sampled_from(["easy", "medium", "hard"])),
                    change=change, fingerprint=draw(st.one_of(st.none(), _WORD)))


@SLOW_OK
@given(st.lists(_questions(), min_size=1, max_size=4), st.sampled_from([None, "2024-05-01", "2024-5-1"]))
def test_random_sets_written_by_quiz_load_the_same_both_ways(tmp_path_factory, questions, date):
    question_set = QuestionSet(title="T", source=SourceRef("a.txt", date=date), questions=questions,
                               generated=[question.id for question in questions[:2]])
    path = tmp_path_factory.mktemp("random") / "set.yaml"
    path.write_text(dump_question_set(question_set, path), encoding="utf-8")
    careful = assert_same(path)
    assert takes_fast(path) == (careful.problems == [])
    if careful.problems == []:
        assert careful.question_set == question_set


_SWAPS = ["[]", "{}", "[a, b]", "{a: 1}", "1", "0", "true", "no", "~", "", "'x'", "&a x", "*a", "!x y", "! y",
          "!!str y", "2024-01-01", "|\n    block", "a" * 20_001]


def _values_swapped(text: str, rng: random.Random) -> str:
    """The lines mutated as in test_storage_limits, then a value or two swapped for another kind."""
    lines = _mutate(text, rng).split("\n")
    for _ in range(rng.randint(0, 2)):
        i = rng.randrange(len(lines))
        key, colon, _value = lines[i].partition(": ")
        lines[i] = (key + colon if colon else lines[i] + ": ") + rng.choice(_SWAPS)
    return "\n".join(lines)


@SLOW_OK
@given(st.randoms(use_true_random=False))
def test_mutated_sets_load_the_same_both_ways(tmp_path_factory, rng):
    path = tmp_path_factory.mktemp("mutant") / "set.yaml"
    path.write_text(_values_swapped(VALID_TEXT, rng), encoding="utf-8")
    assert_same(path)


@SLOW_OK
@given(st.binary(min_size=1, max_size=8), st.integers(0, len(VALID_TEXT.encode("utf-8"))))
def test_bytes_spliced_into_a_set_load_the_same_both_ways(tmp_path_factory, junk, at):
    # libyaml reads the fast path's bytes undecoded: it must refuse what decoding refuses
    data = VALID_TEXT.encode("utf-8")
    assert_same(written(tmp_path_factory.mktemp("splice"), data[:at] + junk + data[at:]))


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff",
                                  b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xef\xbf\xbe"])
@pytest.mark.parametrize("where", ["start", "comment", "text"])
def test_odd_bytes_load_the_same_both_ways(tmp_path, data, where):
    # byte order marks, a surrogate, an overlong form, a code point past U+10FFFF, a non-character
    text = VALID_TEXT.encode("utf-8")
    if where == "start":
        text = data + text
    elif where == "comment":
        text = text.replace(b"format: 1\n", b"format: 1\n# " + data + b"\n")
    else:
        text = text.replace(b"title: A new", b"title: A " + data + b" new")
    assert_same(written(tmp_path, text))
