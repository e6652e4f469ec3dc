"""Attributions: the cheap tests before the claim-first patterns never spare a match."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import re

from quiz.generate import attribution, quotes
from quiz.generate.attribution import BACK_ACCORDING, BACK_SAID, BACK_SAYS, FRONT, FRONT_ACCORDING, find_attributions
from quiz.generate.entities import Names
from quiz.generate.text import SAY_VERBS, WORD

# The patterns as written before their word lists were grouped by first letter: the references.
_NP = r"[^,;:“”\"()]{2,70}?"
_ADVERB = (r"(?:(?:also|earlier|later|previously|recently|separately|again|then|further|once|now|today|yesterday|has|"
           r"have|had|had\s+also|has\s+also)\s+)?")
OLD_FRONT = re.compile(
    rf"^(?P<sp>{_NP})(?:,\s(?P<app>[^,;“”\"]{{3,90}}),)?\s+{_ADVERB}(?P<verb>{SAY_VERBS})\b(?P<rest>.*)$", re.S)
OLD_REST_SPEAKER_FIRST = re.compile(rf"^(?P<sp>{_NP})\s+{_ADVERB}(?:{SAY_VERBS})(?:\s[^“”\"]{{0,120}}?)?[.!]$", re.S)

PATTERNS = (FRONT_ACCORDING, BACK_ACCORDING, BACK_SAID, BACK_SAYS)
PIECES = ["Fares rose", "forecast", "forecasts", "found", "had", "had also", "has also", "now", "Ann, the chief,",
          "According to", "according to", ", ", ",", " ", "  ", "\n", ".", "!", "he", "Ann Ferris", "said",
          "says", "added", "told", "reporters", "friends", "staff", "the BBC", "also", "warned", "believes", "(", ":"]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@pytest.mark.parametrize("text", [
    "Fares rose, he said.", "Fares rose, he said.\n", "Fares rose, he said!", "Fares rose, said Ann Ferris.",
    "Fares rose, according to Ann Ferris.", "According to Ann Ferris, fares rose.", ",he said",
    "Fares rose, he told reporters, friends and staff", "Fares rose, he told the BBC.", "Fares rose,  he\nsaid.",
    "Fares rose,  said Ann Ferris.", "Fares rose,\naccording to Ann Ferris", "F, said Ann Ferris.", "F, he said",
])
def test_each_claim_first_match_passes_its_test(text):
    matched = [pattern for pattern in PATTERNS if pattern.match(text)]
    assert matched or text == ",he said"
    assert set(matched) <= set(attribution._claim_first(text))


@settings(max_examples=500, deadline=None)
@given(texts)
def test_the_tests_never_spare_a_match(text):
    candidates = attribution._claim_first(text)
    assert [p for p in candidates if p in PATTERNS] == [p for p in PATTERNS if p in candidates]  # in order
    assert {p for p in PATTERNS if p.match(text)} <= set(candidates)


def test_claim_first_attributions():
    names = Names(["Fares rose, said Ann Ferris.", "Ann Ferris said so."])
    [found] = find_attributions(1, "Fares will rise by May, said Ann Ferris.", names)
    assert (found.speaker.display, found.verb, found.claim) == ("Ann Ferris", "said", "Fares will rise by May")


@settings(max_examples=500, deadline=None)
@given(texts)
def test_grouped_word_lists_match_as_before(text):
    for new, old in ((FRONT, OLD_FRONT), (quotes._REST_SPEAKER_FIRST, OLD_REST_SPEAKER_FIRST)):
        expected, got = old.match(text), new.match(text)
        assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))


@pytest.mark.parametrize("text", ["Ann Ferris had also said fares rose", "Ann Ferris forecasts.", "He forecast.",
                                  "Ann, the chief, now says fares rose", "Ann Ferris found", "Ann,\tthe chief, said so",
                                  "Ann Ferris,said so", "Ann\nsaid so", "He, a chief,\nsaid so"])
def test_grouped_word_lists_match_as_before_here(text):
    for new, old in ((FRONT, OLD_FRONT), (quotes._REST_SPEAKER_FIRST, OLD_REST_SPEAKER_FIRST)):
        expected, got = old.match(text), new.match(text)
        assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))


SPEAKER_PIECES = ["A ", "a ", "Sources", "sources", "close to", "CLOSE  TO", "friend", "friends of", "spokeswoman for",
                  "x-", "-", "'", "’", ".", "other", "another", "Per cent", "per  cent", "percent", "%", " ", "2",
                  "_", "é", "ſame", "Ann Ferris", "rival", "rivals of", "lawyers for"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SPEAKER_PIECES), max_size=8).map("".join))
def test_the_word_tests_never_spare_a_speaker_search(phrase):
    if not phrase.isascii():
        return  # searched without the tests
    words = attribution._pieces([w.lower() for w in WORD.findall(phrase)])
    if attribution._AROUND_SOMEONE.search(phrase):
        assert not words.isdisjoint(attribution._AROUND_FIRST)
    if attribution._NO_SOURCE.search(phrase):
        assert "%" in phrase or not words.isdisjoint(attribution._NO_SOURCE_WORDS)


@pytest.mark.parametrize("words", [
    "close to", "friend of", "friends of", "allies of", "aide to", "aides to", "associate of", "associates of",
    "supporters of", "critics of", "rival of", "rivals of", "sources", "colleagues of", "lawyer for", "lawyers for",
    "spokesman for", "spokeswoman for", "spokesperson for", "separate", "another", "other", "further", "same",
    "percent", "per cent", "majority", "minority", "half", "third", "quarter", "proportion", "%",
])
def test_the_word_tests_know_every_branch(words):
    for phrase in (f"the {words} Ann Ferris", f"The {words.upper()} x-{words}"):
        words_in = attribution._pieces([w.lower() for w in WORD.findall(phrase)])
        assert attribution._AROUND_SOMEONE.search(phrase) or attribution._NO_SOURCE.search(phrase)
        if attribution._AROUND_SOMEONE.search(phrase):
            assert not words_in.isdisjoint(attribution._AROUND_FIRST)
        if attribution._NO_SOURCE.search(phrase):
            assert "%" in phrase or not words_in.isdisjoint(attribution._NO_SOURCE_WORDS)
