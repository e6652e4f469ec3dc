"""Attributions: the cheap tests before the claim-first patterns never spare a match."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import re

from quiz.generate import attribution
from quiz.generate.attribution import BACK_ACCORDING, BACK_SAID, BACK_SAYS, FRONT, FRONT_ACCORDING, find_attributions
from quiz.generate.entities import Names
from quiz.generate.text import SAY_VERBS

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
    "Fares rose,  said Ann Ferris.", "Fares rose,\naccording to Ann Ferris",
])
def test_each_claim_first_match_passes_its_test(text):
    matched = [pattern for pattern in PATTERNS if pattern.match(text)]
    assert matched or text == ",he said"
    for pattern in matched:
        assert attribution._may_match(pattern, text)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_the_tests_never_spare_a_match(text):
    for pattern in PATTERNS:
        expected, got = pattern.match(text), attribution._match(pattern, text)
        assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))


def test_claim_first_attributions():
    names = Names(["Fares rose, said Ann Ferris.", "Ann Ferris said so."])
    [found] = find_attributions(1, "Fares will rise by May, said Ann Ferris.", names)
    assert (found.speaker.display, found.verb, found.claim) == ("Ann Ferris", "said", "Fares will rise by May")


@settings(max_examples=500, deadline=None)
@given(texts)
def test_grouped_word_lists_match_as_before(text):
    for new, old in ((FRONT, OLD_FRONT), (attribution._REST_SPEAKER_FIRST, OLD_REST_SPEAKER_FIRST)):
        expected, got = old.match(text), new.match(text)
        assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))


@pytest.mark.parametrize("text", ["Ann Ferris had also said fares rose", "Ann Ferris forecasts.", "He forecast.",
                                  "Ann, the chief, now says fares rose", "Ann Ferris found"])
def test_grouped_word_lists_match_as_before_here(text):
    for new, old in ((FRONT, OLD_FRONT), (attribution._REST_SPEAKER_FIRST, OLD_REST_SPEAKER_FIRST)):
        expected, got = old.match(text), new.match(text)
        assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))
