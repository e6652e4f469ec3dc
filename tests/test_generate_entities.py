"""Names (quiz.generate.entities): the fast forms of its searches find what the plain ones do.

Names scans an article's sentences joined into one text, searches some patterns from a later, cheaper
anchor, and looks for a name's evidence only in the sentences that hold it. Each of these must give
the same answers as the plain search of every sentence on its own, on any text: the properties below
compare them on texts built from the words and separators those patterns care about.
"""

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quiz.generate import entities
from quiz.generate.entities import NAME_RUN, Names, same_entity, split_title, strip_possessive
from quiz.generate.text import TITLE_HEADS, WORD, norm_key

# The plain forms the fast ones stand for (as they were written before).
_HEADS_BY_LENGTH = "|".join(sorted(TITLE_HEADS, key=len, reverse=True))
PLAIN_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)\.?\s+([A-Z][\w'’-]+)")
PLAIN_NAME_SAYS = re.compile(  # (no name starts inside a hyphened word: 'T-Mobile said')
    r"(?<![\w-])((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][a-z][\w'’-]+)\s+(?:(?:also|earlier|later|then)\s+)?"
    r"(?:said|says|told|tells|added|adds|explained|insisted|argued)\b")
PLAIN_ROLE_AFTER = re.compile(rf"([A-Z](?<!\w[A-Z])[\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}),\s+(?:the\s+|an?\s+)?"
                              rf"(?:(?:[\w'’-]+\s+){{0,4}}?(?:[a-z]+-)?(?:{_HEADS_BY_LENGTH})\b|\d{{1,3}}-year-old\b)")
PLAIN_ROLE_BEFORE = re.compile(rf"(?i:\b(?:{_HEADS_BY_LENGTH})),\s+((?:[A-Z][\w'’-]+\s+){{1,2}}[A-Z][\w'’-]+)[,.]")
# (as Names searches it: after a worker's word, "an economist at", "staff at", "Analysts at" opening a sentence)
PLAIN_AT_RUN = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted(entities._WORKERS))}))\s+(?:at|of|with)\s+((?:[A-Z][\w&'’-]+\s+){{0,3}}[A-Z][\w&'’-]+)")
PLAIN_OWNER = re.compile(r"((?:[A-Z][\w&'’-]+\s+){0,3}[A-Z][\w&-]+)['’]s\s+[A-Z][a-z]+\s+[A-Z][a-z]")

WORDS = ["Mr", "Mrs", "Dr", "Lord", "Ann", "Ferris", "Tom", "Becker", "Harbour", "Insight", "O'Neil", "Al",
         "U.S.", "McD.A.", "BBC", "said", "says", "told", "also", "then", "chief", "executive", "chairman",
         "secretary-general", "general", "vice-chairman", "at", "of", "with", "the", "an", "it", "its",
         "which", "shares", "economist", "is", "Tony", "Blair", "Ian", "de", "for", "Age", "Concern", "x"]
PHRASES = ["Ann Ferris said", "Ann BBC said", "Tom Becker, the chief executive,", "Ann Lee Ferris, a BBC economist", "Ferris later told",
           "an economist at Harbour Insight", "the chief executive, Ann Ferris,", "Harbour Insight's Tom Becker",
           "Harbour said its", "Becker, which", "Al Ferris-chairman, Tom Becker,", "Lord Becker", "Mr. Ferris",
           "Mr Ferris's", "Becker’s"]
SEPARATORS = [" ", " ", " ", "  ", ", ", ",", "\t", "\n", "'", "’", "'s ", "’s ", ".", "-", "", "\u00a0"]
texts = st.lists(st.tuples(st.sampled_from(WORDS) | st.sampled_from(PHRASES), st.sampled_from(SEPARATORS)),
                 max_size=14).map(lambda pairs: "".join(word + sep for word, sep in pairs))
sentences = st.lists(texts, max_size=5)


def _fast_equals_plain(text):
    assert entities._HONORIFIC.findall(text) == PLAIN_HONORIFIC.findall(text)
    assert entities._NAME_SAYS.findall(text) == PLAIN_NAME_SAYS.findall(text)
    assert entities._ROLE_AFTER.findall(text) == PLAIN_ROLE_AFTER.findall(text)
    assert entities._OWNER_OF_PERSON.findall(text) == PLAIN_OWNER.findall(text)
    assert entities._after_title(entities._COMMA_NAME, text, False) == PLAIN_ROLE_BEFORE.findall(text)
    assert entities._after_title(entities._AT_NAME, text, True, entities._WORKER_AT_END) == PLAIN_AT_RUN.findall(text)


@settings(max_examples=400, deadline=None)
@given(texts)
@example(text="Lord at Mr ")  # (a worker's word in capitals: 'Analysts at Goldman Sachs said', bc96b5d)
def test_fast_patterns_find_what_the_plain_ones_do(text):
    _fast_equals_plain(text)


@pytest.mark.parametrize("text", [
    "Ann BBC said so", "Ann Ferris Becker Tom said", "Dr.  Ferris", "xMr Ferris", "Lord\tBecker's", "O'Mr Ferris",
    "Al Ferris's Tom Becker", "x, Al Ferris-chairman, Tom Becker,", "director  of  Harbour  Insight",
    "the chiefat Harbour Insight", "an economist\tat Harbour Insight", "Mr. Ann-chief at Harbour",
])
def test_fast_patterns_on_their_edge_cases(text):
    _fast_equals_plain(text)


def test_title_words_found_from_a_later_anchor():
    text = "the secretary-general, Kofi Annan, met an economist at Harbour Insight and Bob Smith-chief, Jo Ho,"
    assert entities._after_title(entities._COMMA_NAME, text, False) == ["Kofi Annan", "Jo Ho"]
    # After a comma with no title word before it, its name's closing comma may open the next match.
    assert entities._after_title(entities._COMMA_NAME, "x, Al Smith-chairman, Bob Jones,", False) == ["Bob Jones"]
    assert entities._after_title(entities._AT_NAME, text, True) == ["Harbour Insight"]
    # A title word that ends a name already found starts no second match ("Acme-chief at Foo").
    assert entities._after_title(entities._AT_NAME, "director of Acme-chief at Foo", True) == ["Acme-chief"]
    assert PLAIN_AT_RUN.findall("director of Acme-chief at Foo") == ["Acme-chief"]


PATTERNS = [entities._HONORIFIC, entities._NAME_SAYS, entities._ROLE_AFTER, entities._IT_AFTER,
            entities._OWNER_OF_PERSON, NAME_RUN]


@settings(max_examples=300, deadline=None)
@given(sentences)
def test_a_joined_text_gives_what_each_sentence_gives(parts):
    joined = entities._SEP.join(parts)
    for pattern in PATTERNS:
        assert pattern.findall(joined) == [found for part in parts for found in pattern.findall(part)]
    for anchor, spaced in ((entities._COMMA_NAME, False), (entities._AT_NAME, True)):
        assert entities._after_title(anchor, joined, spaced) == \
            [found for part in parts for found in entities._after_title(anchor, part, spaced)]


@settings(max_examples=200, deadline=None)
@given(sentences, st.sampled_from(["Ferris", "Becker", "Blair", "Insight", "Ann Ferris", "Harbour Insight"]))
def test_evidence_is_found_in_the_sentences_holding_the_word_alone(parts, word):
    holding = entities._holding(parts, {word})
    assert (word in entities._person_evidence(parts)[0]) == (word in entities._person_evidence(holding)[0])
    assert (word in entities._bodies_of_people(parts)) == (word in entities._bodies_of_people(holding))


@settings(max_examples=200, deadline=None)
@given(sentences)
def test_looking_for_evidence_everywhere_changes_nothing(parts):
    restricted = _state(Names(parts))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(entities, "_holding", lambda bodies, needles: bodies)
        assert _state(Names(parts)) == restricted


def _state(names: Names):
    return (names.lower_seen, names.proper, names.surnames, names.ambiguous,
            {key: (person.name, person.titles, person.honorific) for key, person in names.persons.items()})


@settings(max_examples=200, deadline=None)
@given(sentences)
# (a title before one run once made the runs after it look past their sentence's start)
@example(["McD.A. Lord Ann Lee Ferris, a BBC economist ", "Ann Ann Ferris said "])
def test_a_sentence_holding_the_separator_changes_nothing_else(parts):
    # With the separator in a sentence, the sentences are scanned one by one instead of joined.
    assert _state(Names(parts)) == _state(Names(parts + ["\x00"]))


def test_a_name_does_not_run_on_into_the_next_sentence():
    names = Names(["Officials met Ann", "Ferris said fares would rise."])
    assert "Ann Ferris" not in names.persons


def test_the_words_before_a_name_stay_in_its_sentence():
    # "chief" ends the sentence before "Ian Blair": no title of his, so he is no second Blair.
    names = Names(["Tony Blair said fares would rise.", "He met the party chief", "Ian Blair said so."])
    assert names.person("Mr Blair") == "Tony Blair"
    names = Names(["Tony Blair said fares would rise.", "He met the party chief Ian Blair in May.",
                   "Ian Blair said so."])
    assert names.person("Mr Blair") is None  # a second Blair, with a title word before him


def test_white_space_other_than_a_space_still_parts_words():
    assert "Ann Ferris" in Names(["Ann\tFerris said so.", "Ann\u00a0Ferris said so."]).persons


def test_a_sentence_holding_the_separator_is_scanned_alone():
    # Its "chief" stands before Ann Ferris within the same sentence: she is a second Ferris.
    names = Names(["Tony Ferris said fares would rise.", "He is the chief\x00 Ann Ferris said so."])
    assert names.person("Mr Ferris") is None


def test_a_first_word_written_in_lower_case_too():
    names = Names(["Boats of any age sail, says Harbour Concern.", "Age Concern said so.", "Mark Lowe said the "
                   "old boats made their mark.", "Lowe said so."])
    assert "Age Concern" not in names.persons and "Mark Lowe" in names.persons


def test_evidence_in_another_sentence_makes_a_person():
    assert "Ann Ferris" in Names(["Ann Ferris opened the harbour.", "Later Ferris said it was late."]).persons
    assert "Ann Ferris" not in Names(["Ann Ferris opened the harbour.", "It was late."]).persons
    assert "Ann Ferris" in Names(["Ann Ferris opened the harbour.", "Dr Ferris was late."]).persons


def _plain_person(names: Names, phrase: str) -> str | None:
    """Names.person() as it was, with no early way out."""
    tokens = [strip_possessive(t) for t in phrase.split() if t[:1].isupper() or t in ("al", "bin")]
    if not tokens:
        return None
    name = split_title(tokens)[1]
    full = " ".join(name)
    if full in names.persons:
        return full
    known = None if name[-1] in names.ambiguous else names.surnames.get(name[-1])
    return known if known and (len(name) == 1 or full == known or full.endswith(" " + known)) else None


@settings(max_examples=200, deadline=None)
@given(sentences, texts)
def test_person_and_its_words_as_the_plain_forms_give_them(parts, phrase):
    names = Names(parts)
    for candidate in [phrase, *(run for part in parts for run in NAME_RUN.findall(part))]:
        assert names.person(candidate) == _plain_person(names, candidate)
        assert names.may_name_someone(candidate) == (strip_possessive(candidate.rsplit(" ", 1)[-1]) in names.surnames)
    plain_words = frozenset({w for name in names.persons for w in name.split()} | {"Mr", "Mrs", "Ms", "Dr", "Sir",
                                                                                    "Lord", "Lady"})
    assert names.people_words() == plain_words and names.people_words() == plain_words


def test_a_possessive_names_its_owner():
    names = Names(["Ann Ferris said fares would rise."])
    assert names.person("Mr Ferris's") == "Ann Ferris" and names.may_name_someone("Ann Ferris’s")


@settings(max_examples=200, deadline=None)
@given(sentences)
def test_proper_words_as_the_plain_form_finds_them(parts):
    token_lists = [WORD.findall(part) for part in parts]
    lower_seen = set()
    proper = Names._proper_words(token_lists, lower_seen)
    capital = {t for tokens in token_lists for t in tokens[1:] if t[0].isupper()}
    assert lower_seen == {t for tokens in token_lists for t in tokens if not t[0].isupper()}
    assert proper == {w for w in capital if w.lower() not in lower_seen or w.isupper()}


def _plain_stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in WORD.findall(text) if w.lower() not in entities._WEAK and len(w) > 2}


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_same_entity_as_the_plain_form_gives_it(a, b):
    for x, y in ((a, b), (a, a), (b, a), (a.lower(), a.upper())):
        assert same_entity(x, y) == bool(_plain_stems(x) & _plain_stems(y) or norm_key(x) == norm_key(y) or
                                         _plain_abbreviates(x, y) or _plain_abbreviates(y, x))


def _plain_abbreviates(short: str, long: str) -> bool:
    """An acronym of `short` is the initials of `long`'s capitalised words ('BBC' / 'British Broadcasting
    Corporation'), or a run of three or more of them."""
    initials = "".join(w[0] for w in long.split() if w[:1].isupper() and w.lower() not in ("of", "the", "and", "for", "&"))
    return len(initials) >= 2 and any(a == initials or len(a) >= 3 and a in initials
                                      for a in re.findall(r"\b[A-Z]{2,6}\b", short))


def test_what_the_fast_forms_take_white_space_to_be():
    # str.isspace() and str.split() take for white space just what re's \s does, and no white space
    # but " " is printable: _after_title and the one-word test in _person_runs rely on it.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    spaces = set(re.findall(r"\s", every))
    assert spaces == {c for c in every if c.isspace()}
    assert "".join(every.split()) == re.sub(r"\s", "", every)
    assert all(c == " " or not c.isprintable() for c in spaces)


def test_split_title():
    assert split_title("US Defence Secretary Lloyd Austin".split()) == (["US", "Defence", "Secretary"],
                                                                         ["Lloyd", "Austin"])
    assert split_title("Although Mr Marchionne".split()) == ([], ["Marchionne"])  # openers are cut off
    assert split_title("However chief executive Jo Bloggs".split()) == (["chief", "executive"], ["Jo", "Bloggs"])
    assert split_title("Harbour Chief".split()) == ([], ["Harbour", "Chief"])  # the last word is the name
    assert split_title(["Blair"]) == ([], ["Blair"])
