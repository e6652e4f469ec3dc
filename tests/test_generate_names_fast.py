"""The faster forms in names, roles, references and sameness find what the plain forms find.

Each fast form (a literal-led pattern, a cheap test before a costly one, an answer remembered per
name) must give the same answers as the plain one on any text, not only on news articles.
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate import attribution, entities, reference, roles
from quiz.generate.entities import Names, strip_possessive
from quiz.generate.sameness import same_entity
from quiz.generate.text import WORD, norm_key

# The plain forms, as written before.
PLAIN_THE = re.compile(r"[Tt](?<!\w[Tt])he\s+")
PLAIN_POSSESSIVE = re.compile(r"['’]s?$")
PLAIN_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
WEAK = entities._WEAK


def plain_strip_possessive(name: str) -> str:
    return PLAIN_POSSESSIVE.sub("", name) if name.endswith(("'s", "’s", "s'", "s’")) else name


def plain_same_entity(a: str, b: str) -> bool:
    def stems(text):
        return {w[:5] for w in map(str.lower, WORD.findall(text)) if w not in WEAK and len(w) > 2}

    def abbreviates(short, long):
        initials = "".join(w[0] for w in long.split() if w[:1].isupper() and w.lower() not in
                           ("of", "the", "and", "for", "&"))
        return len(initials) >= 2 and any(initials.startswith(a) and len(a) == len(initials) or
                                          a in initials and len(a) >= 3 for a in PLAIN_ACRONYM.findall(short))

    return bool(stems(a) & stems(b)) or norm_key(a) == norm_key(b) or abbreviates(a, b) or abbreviates(b, a)


THE_PIECES = ["the", "The", "THE", "tthe", "Tthe", "bathe", "he", "the\u00a0", "é", "_", "1", " ", "  ", "\n",
              "company", "biggest", "Google", ",", "."]
the_texts = st.lists(st.sampled_from(THE_PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(the_texts)
def test_the_led_by_he_ends_where_the_plain_pattern_does(text):
    assert [m.end() for m in reference._THE.finditer(text)] == [m.end() for m in PLAIN_THE.finditer(text)]


def test_a_the_inside_a_word_or_after_a_word_character_is_no_the():
    assert [m.end() for m in reference._THE.finditer("bathe Tthe é the _the 1the The\u00a0x")] == \
        [m.end() for m in PLAIN_THE.finditer("bathe Tthe é the _the 1the The\u00a0x")]
    assert reference.definite_reference("He met the driver.") == "the driver"


NAME_PIECES = ["Ferris", "Jones", "s", "'", "’", "'s", "’s", "s'", "s’", "x", "''", "'s'", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=4).map("".join))
def test_strip_possessive_as_the_plain_form(name):
    assert strip_possessive(name) == plain_strip_possessive(name)


ENTITY_WORDS = ["the", "FT", "BBC", "CBI", "IMF", "Financial", "Times", "British", "Broadcasting", "Corporation",
                "Confederation", "of", "Industry", "International", "Monetary", "Fund", "a", "report", "and", "&",
                "ABCDEFG", "Greenway", "Ferries", "US", "UK", "officials"]
entity_names = st.lists(st.sampled_from(ENTITY_WORDS), max_size=6).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(entity_names, entity_names)
def test_same_entity_as_the_plain_form_with_abbreviations(a, b):
    assert same_entity(a, b) == plain_same_entity(a, b)
    assert same_entity(b, a) == plain_same_entity(b, a)


def test_abbreviations_are_one_source():
    assert same_entity("the FT", "a Financial Times report") and same_entity("a Financial Times report", "the FT")
    assert same_entity("the CBI", "the Confederation of British Industry")
    assert not same_entity("the FT", "Greenway Ferries")


def test_an_article_without_honorifics_still_finds_its_other_evidence():
    # No "Mr", "Dr", … anywhere: the honorific search is skipped, the "X said" evidence still counts.
    assert "Ann Ferris" in Names(["Ann Ferris opened the harbour.", "Later Ferris said it was late."]).persons
    assert entities._person_evidence(["Lady Ferris was late."])[0] == {"Ferris"}
    assert entities._person_evidence(["Prof. Ferris was late."])[0] == {"Ferris"}


def test_person_asked_twice_gives_the_same_answer():
    names = Names(["Tony Blair said fares would rise.", "Ian Blair said so.", "Ann Ferris said so."])
    for phrase in ("Mr Blair", "Ann Ferris", "Mr Ferris's", "chief executive Ann Ferris", "Nobody"):
        assert names.person(phrase) == names.person(phrase) == names._find_person(phrase)


def test_titles_found_with_the_remembered_runs_are_those_found_fresh():
    bodies = ["Chief executive Ann Ferris said fares would rise.", "Harbour chairman Ann Ferris agreed.",
              "Ann Ferris, the harbour's chief executive, said so.", "Ann Ferris said so again."]
    names = Names(bodies)
    first = [roles.find_roles(n, body, names) for n, body in enumerate(bodies, 1)]
    again = [roles.find_roles(n, body, names) for n, body in enumerate(bodies, 1)]
    fresh_names = Names(bodies)
    fresh = [roles.find_roles(n, body, fresh_names) for n, body in reversed(list(enumerate(bodies, 1)))]
    assert first == again == list(reversed(fresh))
    assert any(role.role.lower() == "chief executive" for role in first[0])


CLAUSE_PIECES = ["Ann Ferris said", " ", "while", "whereas", "but", "and", "fares rose", ",", ";", "\n", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_PIECES), max_size=12).map("".join))
def test_a_sentence_without_comma_or_semicolon_is_one_clause(text):
    # find_attributions splits only sentences holding one of them.
    if "," not in text and ";" not in text:
        assert attribution.CLAUSE_SPLIT.split(text) == [text]


@pytest.mark.parametrize("rest, words", [(" that fares rose", 2), (" that fares rose sharply", 3),
                                         (" that U.S. fares rose", 3), (" that fares-rose x", 2)])
def test_a_claim_needs_three_words_counted_only_that_far(rest, words):
    claim = attribution._claim_after_verb("said", rest)
    assert (claim is not None) == (words >= 3)
