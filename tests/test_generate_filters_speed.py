"""The per-sentence analysis's shortcuts answer as the work they spare: leaning_start asked only where it
may report, and a sentence's relative time found only when asked for."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate import filters, leaning, pronouns
from quiz.generate.analysis import analyse
from quiz.generate.text import RELATIVE_TIME, WORD, has_digit, relative_span
from quiz.sources import parse_source

# Every letter run written in leaning's patterns (the words a match can open with), in three cases, and
# words that open no match.
_PATTERN_WORDS = sorted(set(re.findall(r"[a-z]+", leaning._COUNT_SUBJECT.pattern +
                                       leaning._PREPOSITION_DEMONSTRATIVE.pattern)))
OPENINGS = [case(word) for word in _PATTERN_WORDS + ["fares", "then", "twos", "abouts", "ſome", "İn"]
            for case in (str.lower, str.capitalize, str.upper)]
BEFORE = ["", "  ", "\t", "5 ", "(", "“", "\x1c"]
AFTER = ["two are here.", "this, fares rose.", "this year, fares rose.", "than 5 were.", "hundred are gone.",
         "20 were hurt.", "then rose by 5%.", "'s fares then rose.", "-based fares rose.", "that plan."]


def _leaning(text):
    tokens = WORD.findall(text)
    first = tokens[0].lower().removesuffix("'s").removesuffix("’s")
    return filters._leaning_start(text, tokens, first), leaning.leaning_start(text, tokens)


@pytest.mark.parametrize("opening", OPENINGS)
def test_leaning_start_is_skipped_only_where_it_reports_nothing(opening):
    for before in BEFORE:
        for after in AFTER:
            gated, plain = _leaning(f"{before}{opening} {after}")
            assert gated == plain, f"{before}{opening} {after}"


@pytest.mark.parametrize("text, reason", [
    ("About two were hurt.", "opens with 'About two', a count of something named earlier"),
    (" 20 were hurt in Kinloch.", "opens with '20', a count of something named earlier"),
    ("Inside that box were 20 ferries.", "opens with 'Inside that', which refers to something earlier"),
    ("Kinloch then sold the ferry.", "'then' makes it the next step of something told earlier"),
    ("Kinloch sold the ferry to Greenway.", None),
])
def test_leaning_openings_are_still_reported(text, reason):
    assert filters.context_problem(text, frozenset({"Kinloch", "Greenway"})) == reason


LEAN_PIECES = ["about", "About", "two", "20", " ", "  ", "are", "In", "this", "year", "then", "Kinloch", "sold",
               ",", "ſome", "(", "'s", "-", "more", "than", "were", "Fares", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LEAN_PIECES), min_size=1, max_size=8).map("".join))
def test_leaning_start_gate_on_any_text(text):
    if WORD.findall(text):
        gated, plain = _leaning(text)
        assert gated == plain


def test_relative_time_is_found_when_asked_for():
    doc = parse_source("Kinloch sold two ferries to Greenway last year.\n\nFares rose 5% in Kinloch in 2003.\n\n"
                       "Last year?\n")
    first, second, third = analyse(doc).sentences
    assert first.problem is None and first.relative == "last year"
    assert second.problem is None and second.relative is None
    assert third.problem is not None and third.relative is None  # (as no sentence with a problem is searched)


@pytest.mark.parametrize("text, reason", [
    ("Did Kinloch sell the ferry?”", "a question, not a statement"),
    ("Kinloch sold the ferry to Greenway!' ", "an exclamation, not a statement of fact"),
    ("• Kinloch sold the ferry to Greenway.", "a list item"),
    ("12. Kinloch sold the ferry to Greenway.", "a list item"),
    ("٣. Kinloch sold the ferry to Greenway.", "a list item"),  # (re's \d takes any decimal digit)
    ("¹. Kinloch sold the ferry to Greenway.", None),  # (a superscript is a digit, not a decimal one)
    ("Kinloch sold the ferry to Greenway.”", "part of a quotation that spans sentences"),
    ("“Kinloch sold the ferry to Greenway.", "part of a quotation that spans sentences"),
    ("Kinloch sold the ferry (for £5m) A buyer was found soon.", "two sentences run together (a full stop is missing)"),
    ("Kinloch sold the ferry to us The buyer was found soon.", "two sentences run together (a full stop is missing)"),
    ("The ferry was sold to Greenway by Kinloch (A Ltd).", None),
    ("A ferry was sold to Greenway In the end by Kinloch.", None),  # ('In' runs on only after a ')')
])
def test_sentence_problem_shortcuts(text, reason):
    assert filters.sentence_problem(text) == reason
    assert filters.sentence_problem(text, WORD.findall(text.strip())) == reason


@pytest.mark.parametrize("text", ["Kinloch sold 5 ferries.", "No digit here.", "٣ ferries", "x²", "", "9", "ﾒ 0"])
def test_has_digit_answers_as_the_search(text):
    assert has_digit(text) == (re.search(r"\d", text) is not None)


KINLOCH = frozenset({"Kinloch", "Greenway"})


@pytest.mark.parametrize("text, reason", [
    # Whether a reported pronoun is one to re (a whole \w-run): told from the words only where no digit or
    # '_' (word characters to re, not to WORD) can touch it.
    ("Fares rose after he sold the ferry.", "'he' refers to something earlier"),
    ("Fares rose after HE sold the ferry.", "'HE' refers to something earlier"),
    ("Fares rose after he2 sold the ferry.", "'the ferry' refers to something named earlier"),
    ("Fares rose after he_x sold the ferry.", "'the ferry' refers to something named earlier"),
    ("Fares rose after héx sold the ferry.", "'the ferry' refers to something named earlier"),
    ("Fares rose after 2he sold a ferry to Kinloch.", None),
    # The last patterns, skipped together where none of their words stands (not where re folds to ASCII).
    ("Kinloch sold a ferry, they said.", "', they said…' refers to something earlier"),
    ("Kinloch ſold a ferry, they said.", "', they said…' refers to something earlier"),
    ("Kinloch sold a ferry to Greenway and ſuch boats.", "'ſuch b…' refers to something earlier"),
    ("Kinloch sold a ferry to Greenway like this.", "'this.…' refers to something earlier"),
    ('Kinloch sold these "ghost boats" to Greenway.', '\'these "…\' refers to something earlier'),
    ("Kinloch sold a ferry to Greenway for that reason.", "'for that reason.…' refers to something earlier"),
    ("Kinloch sold a ferry to Greenway.", None),
])
def test_context_problem_shortcuts(text, reason):
    assert filters.context_problem(text, KINLOCH) == reason
    assert filters.context_problem(text, KINLOCH, frozenset(), WORD.findall(text)) == reason


def test_the_capitals_of_the_names_are_told_for_each_set_of_names():
    assert pronouns._all_capitalised(frozenset({"Kinloch"})) is True
    assert pronouns._all_capitalised(frozenset({"Kinloch", "acme"})) is False
    assert pronouns._all_capitalised(frozenset()) is True


VERB_PIECES = ["to", "To", "be", " ", "  ", "\t", "-", ".", "'", "’", "5", "_", "é", "sold", "sells", "the", "costs",
               "market", "walked", "don't", "is", "go", "do", "its", "rates", "x"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(VERB_PIECES), min_size=1, max_size=10).map("".join))
def test_has_verb_walks_the_words_before_a_to_as_the_text_without_it(text):
    # (Without the words, has_verb takes 'to …' out of the text first and walks what is left.)
    assert filters.has_verb(text, WORD.findall(text)) == filters.has_verb(text)


@pytest.mark.parametrize("text, verb", [
    ("Release date to be confirmed.", False),
    ("Fares due to rise.", False),
    ("Fares rose to 5%.", True),
    ("Plans up-to date.", False),  # ('to date' goes: the token 'up-to' stops the walk of the words)
    ("Plans 5to dated.", True),  # (a digit touches that 'to': it stays, and so does 'dated')
    ("Fares set-to rise.", True),  # ('to rise' goes, 'set' stays)
    ("Plans x-to sold.", False), ("Plans x.to sold.", False), ("Plans x'to sold.", False), ("Plans x’to sold.", False),
    ("To be confirmed sells.", True),  # ('To' is not taken out: re's 'to' is in lower case)
])
def test_has_verb_with_a_to(text, verb):
    assert filters.has_verb(text, WORD.findall(text)) is verb
    assert filters.has_verb(text) is verb


TIME_WORDS = ["this", "last", "next", "earlier", "later", "week", "weekend", "month", "year", "years", "spring",
              "today", "Today", "TONIGHT", "yesterday", "tomorrow", "This", "LAST", "x5", "_", "é"]
TIME_GAPS = [" ", " ", "  ", "\t", "\n", "-", ""]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TIME_WORDS), st.sampled_from(TIME_GAPS)), min_size=1, max_size=6)
       .map(lambda pairs: "".join(word + gap for word, gap in pairs)))
def test_relative_span_answers_as_the_search(text):
    match = RELATIVE_TIME.search(text)
    assert relative_span(text) == (match.span() if match else None)
