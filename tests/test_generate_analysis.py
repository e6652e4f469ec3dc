"""The per-sentence analysis: its cheap tests answer as the searches they stand for."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate import analysis
from quiz.generate.analysis import analyse
from quiz.generate.text import WORD
from quiz.sources import parse_source
from quiz.textsafe import normalize_space

PIECES = ["said", "says", "according", "According", "told", "he ", " ", "-", "'", "’", ".", "U.S", "x", "2", "_", "é",
          "café", "so", ",", "\n", "Said", "saidx"]
texts = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


def says(text):
    return analysis._says(text, WORD.findall(text), re.search(r"\d", text) is not None)


@pytest.mark.parametrize("text, found", [
    ("He said so.", True), ("It was said-so", True), ("In the U.S.said", True), ("x’said", True),
    ("2said", False), ("said_", False), ("saidé", False), ("café said", True), ("It is 2 said", True),
    ("According to him", False), ("according to him", True), ("Said he", False), ("", False),
])
def test_says_answers_as_the_search(text, found):
    assert says(text) is found is (analysis._SAYS.search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_says_answers_as_the_search_on_any_text(text):
    assert says(text) == (analysis._SAYS.search(text) is not None)


def test_a_she_said_reaches_back_to_the_person_named_before():
    doc = parse_source("Ann Ferris, the chief executive of the harbour board, said fares would rise.\n\n"
                       "The new ferries will carry 400 cars a day, she said.\n\n"
                       "\"We will need two more quays for them,\" she said.\n\n"
                       "The quays will open in 2026.\n\n"
                       "\"They will be the biggest on the coast,\" she added.\n")
    article = analyse(doc)
    [role] = article.sentences[0].roles
    assert (role.entity, role.role) == ("Ann Ferris", "the chief executive of the harbour board")
    [attribution] = article.sentences[1].attributions
    assert (attribution.speaker.display, attribution.resolved_from) == ("Ann Ferris", 1)
    quote = article.sentences[2].quote
    assert (quote.text, quote.speaker.display, quote.resolved_from) == ("We will need two more quays for them",
                                                                        "Ann Ferris", 2)
    assert article.sentences[4].quote is None  # the sentence before names no one
    assert article.stated == {"400", "2"} and article.years == [2026]  # a year is no amount


def test_a_quotation_without_an_attribution_verb_reaches_back_too():
    doc = parse_source("Ann Ferris, the chief executive of the harbour board, said fares would rise.\n\n"
                       "\"We will need two more quays for the ferries,\" asked she.\n")  # 'asked' is no SAY_VERBS
    quote = analyse(doc).sentences[1].quote
    assert (quote.speaker.display, quote.resolved_from) == ("Ann Ferris", 1)


OLD_RUNS = re.compile(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*")  # _RUNS as written before


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ann", "Ferris", "x", " ", "  ", "\n", "-", "'", "’", "O'Neil", "é", "É", "_", "2"]),
                max_size=10).map("".join))
def test_runs_of_capitalised_words_as_before(text):
    assert [m.span() for m in analysis._RUNS.finditer(text)] == [m.span() for m in OLD_RUNS.finditer(text)]



@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "  ", "\n", "\t", "\x1c", "\xa0", "\u2028", "é", "\x00"]), max_size=8)
       .map("".join))
def test_normal_space_is_normalize_space(text):
    assert analysis._normal_space(text) == normalize_space(text)
