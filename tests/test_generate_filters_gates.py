"""The filters' fast paths (word gates, letter-led patterns, cheap pre-tests) on the inputs where a
shortcut could go wrong: case folding beyond ASCII, words glued to digits or underscores, names in
lower case, words split by apostrophes and hyphens. Each case gives what the plain regex search gives."""

import pytest

from quiz.generate.filters import context_problem, sentence_problem
from quiz.generate.relative import relative_time
from quiz.generate.reference import definite_reference
from quiz.generate.text import OPENER_PHRASES, WORD, Words

KINLOCH = frozenset({"Kinloch", "Greenway", "Thatcher"})


def test_words_split_tokens_into_letter_runs():
    text = "Don't blame U.S.-based Greenway for it5 or to_us."
    found = Words(text, WORD.findall(text))
    assert {"don", "t", "u", "s", "based", "greenway", "it", "to", "us"} <= found.pieces
    assert found.lowers == [token.lower() for token in WORD.findall(text)]
    assert found.folds_ascii
    assert not Words("ſuch", ["uch"]).folds_ascii  # re's IGNORECASE matches 'ſ' to 's'; WORD splits there
    assert Words("£5 such", ["such"]).folds_ascii


@pytest.mark.parametrize("sentence, reason", [
    # IGNORECASE matches 'ſ' (long s) as 's': the word gates must not skip it.
    ("Prices of fares rose after ſuch plans were made in Kinloch.", "'ſuch p…' refers to something earlier"),
    ("Prices of fares rose after such plans were made in Kinloch.", "'such p…' refers to something earlier"),
    ("Fares at Kinloch rose, ſo however by 5%.", "'however' sets it against something earlier"),
    ("Fares at Kinloch rose, HOWEVER, by 5%.", "'HOWEVER' sets it against something earlier"),
    ("Fares at Kinloch rose, howeveR, by 5%.", "'howeveR' sets it against something earlier"),
    # 'to_us' holds no pronoun (\w runs on through '_'), though WORD finds the token 'us' in it.
    ("Greenway sold the old ferry to_us for 5m pounds.", "'the old ferry' refers to something named earlier"),
    ("Greenway sold the old ferry to us for 5m pounds.", "'us' is someone speaking, and the sentence does not say who"),
    # A phrase opener only counts as a whole first word.
    ("In addition, fares rose by 5%.", "opens with 'In', which ties it to the sentence before"),
    ("In addition, fares rose by £5.", "opens with 'In', which ties it to the sentence before"),
    ("Income from fares rose by 5%.", None),
    # Case-sensitive patterns: 'INSISTED' is no attribution verb, 'Thatcher' holds no 'that'.
    ("Kinloch fares, they insisted, would not rise.", "', they insisted…' refers to something earlier"),
    ("Kinloch fares, they INSISTED, would not rise.", None),
    ("The Thatcher era saw Kinloch grow.", None),
    ("Kinloch wants a new ferry, and Greenway has ordered one.", "'one…' refers to something earlier"),
    ("Kinloch has claimed all four were lost at sea.", "'all four…' refers to something earlier"),
    ("Greenway said that was a fair price for Kinloch.", "'said that was…' refers to something earlier"),
    ("Greenway said that it was a fair price.", None),
    ("Greenway will reject that offer, Kinloch heard.", "'reject that offer,…' refers to something earlier"),
])
def test_context_problem_where_a_shortcut_could_miss(sentence, reason):
    assert context_problem(sentence, KINLOCH, frozenset()) == reason
    assert context_problem(sentence, KINLOCH, frozenset(), WORD.findall(sentence)) == reason


def test_a_name_in_lower_case_still_counts_before_a_pronoun():
    # The walk skips lower-case words only where every name is capitalised.
    assert context_problem("Shares in acme rose after it grew.", frozenset({"acme"})) is None
    assert context_problem("Shares in acme rose after it grew.", frozenset()) == "'it' refers to something earlier"


@pytest.mark.parametrize("names, reason", [
    (frozenset(), "'it' refers to something earlier"),
    (frozenset({"iPhone"}), None),  # a name in lower case first: every word is walked
    (frozenset({"Apple"}), "'it' refers to something earlier"),
])
def test_the_pronoun_walk_sees_every_name_before_the_pronoun(names, reason):
    assert context_problem("Sales of the iPhone rose after it launched.", names) == reason
    # Only the words up to the last pronoun count.
    assert context_problem("Sales of ferries rose after Apple said it grew in Kinloch.",
                           frozenset({"Apple", "Kinloch"})) is None
    assert context_problem("Sales rose after it launched in Kinloch, Apple said.", frozenset({"Apple", "Kinloch"})) \
        == "'it' refers to something earlier"


def test_opener_phrases_open_with_a_word_and_a_space():
    # _opens_with_transition compares the first token with the phrases' first words: a phrase of one
    # word, or one opening with something other than letters, would need another test.
    for phrase in OPENER_PHRASES:
        first, rest = phrase.split(" ", 1)
        assert first.isalpha() and first.isascii() and rest


@pytest.mark.parametrize("sentence, phrase", [
    ("Fares rose Earlier This Month at Kinloch.", "Earlier This Month"),
    ("Fares rose LAST YEAR.", "LAST YEAR"),
    ("Fares rose £5 last year.", "last year"),
    ("Fares rose laſt year.", "laſt year"),  # not ASCII: the case-insensitive pattern itself
    ("Fares rose 5% in the last years.", None),
    ('Fares said "last year" rose.', None),
])
def test_relative_time_keeps_the_text_as_written(sentence, phrase):
    assert relative_time(sentence) == phrase


@pytest.mark.parametrize("sentence, reason", [
    (") A survey found that fares rose.", "two sentences run together (a full stop is missing)"),
    ("Fares rose (HB) A survey found 80% agreed.", "two sentences run together (a full stop is missing)"),
    ("A survey found that fares rose.", None),
    ("He said fares rose 5%.”)", "a fragment (4 words)"),
    ("He said fares rose 5%.” x", "a heading or fragment (no full stop)"),
    ("Release date to\tbe confirmed on the island route.", "a fragment (no verb)"),
    ("The ferry date was-to be confirmed on the island route.", None),
])
def test_sentence_problem_where_a_shortcut_could_miss(sentence, reason):
    assert sentence_problem(sentence) == reason
    assert sentence_problem(sentence, WORD.findall(sentence)) == reason


def test_definite_reference_reads_words_split_at_any_white_space():
    assert definite_reference("At the\u00a0strike\u2003came noon, Greenway sailed.") == "the strike"
    assert definite_reference("The operator, Greenway Ferries, is to add routes.") is None
