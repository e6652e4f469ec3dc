"""Roles (titles and appositives), and the faster searches in quiz.generate.roles finding what the patterns find."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate import roles
from quiz.generate.entities import CAP, CONNECT, Names
from quiz.generate.roles import APPOSITIVE_AFTER, APPOSITIVE_BEFORE, find_roles
from quiz.generate.text import TITLE_HEADS

# The patterns as written before the title heads were grouped by first letter: the references.
_HEADS = "|".join(sorted(TITLE_HEADS, key=len, reverse=True))
_NAME = rf"{CAP}(?:\s+(?:{CONNECT}\s+)?{CAP})*"
OLD_AFTER = re.compile(
    rf"(?P<the>\b[Tt]he\s+)?(?P<name>{_NAME}),\s+(?P<role>(?:an?|the)\s[^,;:“”\"()]{{3,90}}?|"
    rf"(?:[a-z][\w-]*\s+){{0,3}}(?:{_HEADS})(?:\s+(?:of|at|for)\s+[^,;:“”\"()]{{2,60}}?)?)(?P<end>,|\.$)")
OLD_BEFORE = re.compile(rf"(?P<role>[Tt](?<!\S[Tt])he\s[^,;:“”\"()]{{3,70}}?\b(?:{_HEADS})),\s+(?P<name>{_NAME}),")

PIECES = ["The ", "the ", "the  ", "the\n", "xthe ", "Tthe ", "The Harbour Board", "Harbour", "Ann Ferris", "U.S.", ",",
          ", ", ",  ", " ", "a group", "an economist", "the chairman", "chief executive", "spokesman", " of the ",
          "Bank", ".", "é", "said", "Ferris's"]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


def spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text", [
    "The Guardian, a newspaper, said so.",  # "The" is the optional "the", not part of the name
    "He read the  Harbour Board, a body that runs the port.",
    "He read xthe Harbour Board, a body that runs the port.",
    "the\nHarbour Board, the owner of the port,",
    "Ann Ferris, chief executive of Harbour, and the Bank, a lender.",
    "Ann Ferris, the secretary-general of the Harbour Board, said", "Ann Ferris, the analysts' pick,",
    "The harbour's chief executive, Ann Ferris, said", "Ann Ferris, economist at Harbour,",
    "No comma here at all",
])
def test_appositives_after_are_the_pattern_matches(text):
    assert spans(roles._appositives_after(text)) == spans(APPOSITIVE_AFTER.finditer(text)) == \
        spans(OLD_AFTER.finditer(text))
    assert spans(APPOSITIVE_BEFORE.finditer(text)) == spans(OLD_BEFORE.finditer(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_appositives_after_match_the_pattern_on_any_text(text):
    assert spans(roles._appositives_after(text)) == spans(OLD_AFTER.finditer(text))
    assert spans(APPOSITIVE_BEFORE.finditer(text)) == spans(OLD_BEFORE.finditer(text))
    if APPOSITIVE_BEFORE.search(text):  # the test before it never spares a search that would find one
        assert roles._head_before_comma(text)


def test_an_appositive_before_a_name():
    names = Names(["The harbour's chief executive, Ann Ferris, said fares would rise.", "Ms Ferris said so."])
    found = find_roles(1, "The harbour's chief executive, Ann Ferris, said fares would rise.", names)
    assert [(r.entity, r.role) for r in found] == [("Ann Ferris", "the harbour's chief executive")]


def test_a_title_before_a_possessive_name():
    names = Names(["Harbour chief executive Ann Ferris said fares would rise.", "Ms Ferris said so."])
    found = find_roles(1, "It was chief executive Ann Ferris's plan.", names)
    assert [(r.entity, r.role) for r in found] == [("Ann Ferris", "chief executive")]
