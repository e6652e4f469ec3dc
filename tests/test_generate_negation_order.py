"""_negation() runs its tests cheapest first: it makes exactly the false claims the order as written made.

Every test but the last leads to no candidate, and a sentence with a 'not' is always _negative(),
so the order of the tests cannot change what is made; the reference is the order written before.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quiz.generate import fam_claims, negation
from quiz.generate.negation import (_AUX_VERB, _CLAUSE_OPENERS, _COUNTED, _CLAUSE_SUBJECTS, _INDEFINITE, _NEGATED,
                                    _NEGATIVE_WORDS, _NOT_VERBS, _PARTICIPLE, _PROPORTION, _SUBORDINATE,
                                    _SUBORDINATE_WORDS, _contrast, _folded_word, _main_clause, _negative, _quantified,
                                    flipped)
from quiz.generate.text import W_RUN, WORD


_NO_FIGURES = SimpleNamespace(numbers=[])  # a sentence with no figure: the bound rule has nothing to go on
_AUX_WORDS = frozenset("will would could can should is are was were has have had".split())


def _false(info, article, body, start, end, new, score, level, words=False):
    return (start, end, new, score, level, words)  # what the false claim would change


def old_negation(info, article, body, plain):
    runs = W_RUN.findall(plain)
    if "not" not in runs and _AUX_WORDS.isdisjoint(runs):
        return None
    if _contrast(plain, runs) or plain.startswith("One of") or _COUNTED.match(plain) or negation._some_one(plain):
        return None  # (a counted subject: "Five councillors were not absent" is true of the others)
    negated = _NEGATED.search(plain) if "not" in runs else None
    if negated and _main_clause(plain, negated.start()) and len(_NEGATIVE_WORDS.findall(plain)) == 1:
        start, end = negated.span()
        if plain[start:end] != body[start:end] or negation._ALSO_AFTER.search(plain, end):
            return None  # ("had not kept up … and had also been …": with the 'not' gone, 'also' tells one was there)
        # ("did not immediately say" → "immediately said", "will not likely rise" → "will likely rise")
        aux, adverb, verb = negated.group("aux", "adverb", "verb")
        stated = flipped(aux, verb)
        if adverb:
            stated = f"{adverb}{stated}" if aux in ("do", "does", "did") else f"{aux} {adverb}{verb}"
        return _false(info, article, body, start, end, stated, 1.8, 0.4, words=True)
    if _negative(plain, runs) or _quantified(plain, runs):
        return None
    match = _AUX_VERB.search(plain) if not _AUX_WORDS.isdisjoint(runs) else None
    if match is None:
        return None
    before = plain[:match.start()]
    aux, verb = match.group("aux"), match.group("verb")
    if aux == "could":
        return None
    if "," in before or verb in _NOT_VERBS or verb.endswith("ly") or len(WORD.findall(before)) > 12 or \
            _PROPORTION.search(before) or _folded_word(before, _SUBORDINATE_WORDS, _SUBORDINATE):
        return None
    words = WORD.findall(before)
    if len(words) > 1 and words[-1].lower() in _CLAUSE_SUBJECTS and words[-2].lower() not in _CLAUSE_OPENERS or \
            not _INDEFINITE.isdisjoint(w.lower() for w in words):
        return None
    if aux in ("is", "are", "was", "were", "has", "have", "had") and not _PARTICIPLE.match(verb):
        return None
    start, end = match.span()
    if plain[start:end] != body[start:end]:
        return None
    if negation._EVERY_AFTER.search(plain, end) or negation._FIGURE_NEXT.match(plain, end):
        return None  # (written after the order: "not … every" reads as "not all"; a figure reads made up)
    after = re.match(r"\s+([a-z]+)\b", plain[end:])
    if after and after.group(1) in negation._QUANTITY_WORDS:
        return None  # (the quantity rule written after the order: "will save all" is not negated)
    return _false(info, article, body, start, end, f"cannot {verb}" if aux == "can" else f"{aux} not {verb}",
                  1.8, 0.35, words=True)


PIECES = ["The", "the", "firm", "Firm", "will", "Will", "would", "can", "could", "is", "was", "has", "had", "have",
          "not", "Not", "NOT", "no", "never", "n't", "cannot", "be", "also", "save", "saved", "grown", "taken",
          "rise", "rising", "any", "all", "All", "Most", "rather", "but", "as", "for", "more", "if", "If", "when",
          "that", "they", "it", "One", "of", "One of", "ſ", "ı", "é", "_", "1", ",", ".", "-", "'", "’", "“", "”",
          " ", " ", " ", "\t", "\u00a0", "fail", "denied", "refuse", "without", "x", "knot",
          "notes", "nota", "often", "likely", "one in", "half of", "%", "so is", "too"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map(" ".join)


@pytest.fixture(autouse=True)
def _recorded_false(monkeypatch):
    monkeypatch.setattr(fam_claims, "_false", _false)


@settings(max_examples=1500, deadline=None)
@given(plain=TEXTS | st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
@example(plain="will not likely the")  # (found by Hypothesis: the reference had not learnt the adverb rule)
def test_negation_makes_what_it_made(plain):
    assert fam_claims._negation(_NO_FIGURES, None, plain, plain) == old_negation(None, None, plain, plain)


@pytest.mark.parametrize("plain", [
    "The firm will save jobs.", "The firm will not save jobs.", "The firm did not say any more.",
    "The firm has grown, but not much.", "All shops will close.", "The firm was closing.", "The firm has taken it.",
    "If it rains the firm will close.", "One of them will go.", "They will not go and can not stay.",
    "The firm can save more.", "Nobody will ſave it.", "The firm won't go but will stay.", "It is not.",
    "The firm, it said, will go.", "The firm will also go.", "The new plan for one year will be grown.",
    "The firm will save the knot.", "The firm will save notes.", "The firm will save not_es.", "The firm will save énot.",
])
def test_negation_on_sentences(plain):
    assert fam_claims._negation(_NO_FIGURES, None, plain, plain) == old_negation(None, None, plain, plain)
