"""fingerprint_of() writes the JSON of a generated question itself: the same bytes json.dumps() writes."""

import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.model import Change, Citation, Question, _content, fingerprint_of


def reference(question):
    """fingerprint_of() as it was written before: json.dumps() of the content (the slow path's own)."""
    content = _content(question)
    encoded = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:16]


# Quotes, backslashes, control characters, line separators and text beyond the BMP, which JSON escapes or not.
tricky = st.text(st.sampled_from(['"', "\\", "\n", "\t", "\x00", "\x1f", "\x7f", "\u2028", "é", "“", "😀", "a", " ",
                                  "/", "<"]), max_size=12) | st.text(max_size=20)
answers = tricky | st.booleans()
changes = st.none() | st.builds(Change, tricky, tricky)


@settings(max_examples=500, deadline=None)
@given(tricky, tricky, st.lists(tricky, max_size=5), answers, tricky, st.integers(), tricky, st.lists(tricky, max_size=3),
       tricky, changes)
def test_the_fingerprint_is_the_json_one(kind, prompt, choices, answer, explanation, sentence, quote, tags, difficulty,
                                         change):
    question = Question("q-1", kind, prompt, answer, explanation, Citation(sentence, quote), choices, tags, difficulty,
                        change)
    assert fingerprint_of(question) == reference(question)


@pytest.mark.parametrize("odd", [
    {"answer": 3}, {"answer": None}, {"answer": 2.5}, {"answer": ["a"]}, {"choices": ("a", "b")},
    {"tags": ["x", 1]}, {"citation": Citation(True, "s")}, {"citation": Citation(2.0, "s")},
    {"difficulty": None}, {"change": Change(1, "a")}, {"prompt": 7}, {"kind": True},
])
def test_questions_of_other_types_get_the_json_fingerprint_too(odd):
    fields = {"id": "q-1", "kind": "true_false", "prompt": "p", "answer": True, "explanation": "e",
              "citation": Citation(1, "s"), "choices": [], "tags": ["claim"], "difficulty": "easy", "change": None}
    question = Question(**{**fields, **odd})
    assert fingerprint_of(question) == reference(question)


def test_a_lone_surrogate_fails_alike():
    question = Question("q-1", "true_false", "p\ud800", True, "e", Citation(1, "s"))
    with pytest.raises(UnicodeEncodeError):
        reference(question)
    with pytest.raises(UnicodeEncodeError):
        fingerprint_of(question)
