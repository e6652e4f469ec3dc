"""The faster forms in quiz.generate.numbers find exactly what the plain patterns find.

Each rewrite is compared with the pattern it stands for, on cases written to be tricky
(hedges, currencies, white space runs, case folding beyond ASCII) and on texts made of such pieces.
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate import numbers
from quiz.generate.numbers import NUMBER, find_numbers, find_years, stated_values_of, stated_words
from quiz.generate.text import ends_with

# The patterns as they were written before they were made faster: the references.
OLD_YEAR = re.compile(r"(?<![\w$£€.,/-])(?:1[89]\d\d|20\d\d)(?![\w%/-]|,\d|\.\d|\s(?:bn|m|billion|million|per\s?cent))")
OLD_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*|No\.?)\s$")

PIECES = ["about", "About", "ABOUT", "more than", "more  than", "just", "just over", "around about", "ſome", "at least",
          "approximately", "up to", "US$", "us$", "$", "£", "€", "¥", " ", "  ", "\n", "\t", "\xa0", "1", "12",
          "2,500", "3.5", "1999", "2004", "٣", "/", "-", ",", ".", ":", "_", "bn", "m", "k", "K", " billion", "%",
          " per cent", "x", "é", "No.", "No", "iPhone", "March", " and ", " or ", "like", "called ", "as", "version",
          "Version ", "out of", "'s", "s", "&#", "GMT", "one", "One", "ONE", "ſix", "twelve", "eleven", "often", "tone",
          "twenty-one", "in", "since "]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def spans(text):
    return [(m.start(), m.end(), m.group("hedge") or "", m.group("cur") or "", m.group("num"),
             m.group("scale") or "", m.group("pct") or "") for m in NUMBER.finditer(text)]


@pytest.mark.parametrize("text", [
    "about 5", "About $5", "(about 5)", "x$5", "US$5bn", "us$ 5", "rose ¥5", "word¥5", "more than 5", "more  than 5",
    "more\nthan 5", "about  5", "around about 5", "just over 5", "approximately US$5m", "ſome 5", "ABOUT 5%",
    "9/11", "1/12", "5-6", "-5", "2,500.5", "1,2004", "a5", "_5", "é5", "٣5", "at least 3 and about 4",
    "it is 5, 6 and 7", "",
])
def test_number_spans_are_the_pattern_matches(text):
    assert list(numbers._number_spans(text)) == spans(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_number_spans_match_the_pattern_on_any_text(text):
    assert list(numbers._number_spans(text)) == spans(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_years_match_the_pattern_as_written_before(text):
    assert find_years(text) == [(m.start(), m.end(), int(m.group())) for m in OLD_YEAR.finditer(text)]
    assert [bool(numbers.YEAR.fullmatch(t)) for t in (text, text[:4])] == \
        [bool(OLD_YEAR.fullmatch(t)) for t in (text, text[:4])]


BEFORE_CASES = ["No. ", "No ", "iPhone ", "x ", "in March ", "March\n", "called ", "recalled ", "version 7 or ",
                "Version 7, ", "level 3 and 4 and ", "stages 2 or ", "1, 2, ", "2,\n", "(as ", "at least ", "él "]


@pytest.mark.parametrize("before", BEFORE_CASES)
def test_the_patterns_before_a_number_as_before(before):
    check_patterns_before(before, "5 of them")


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_the_patterns_before_a_number_as_before_on_any_text(before, after):
    check_patterns_before(before, after)


def check_patterns_before(before, after):
    text = before + after
    end = len(before)
    assert ends_with(numbers._NAME_BEFORE, text, end) == ends_with(OLD_NAME_BEFORE, text, end)
    rest = text[max(0, end - 80):end].rstrip()
    for pattern, endings in ((numbers._MONTH_BEFORE, numbers._MONTH_ENDINGS),
                             (numbers._EXAMPLE_BEFORE, numbers._EXAMPLE_ENDINGS),
                             (numbers._LABEL_BEFORE, numbers._LABEL_ENDINGS),
                             (numbers._LISTED_BEFORE, (",",))):
        assert numbers._ends_before(pattern, endings, rest, text, end) == ends_with(pattern, text, end)


@pytest.mark.parametrize("texts, found", [
    (["One or two of the three"], {"1", "2", "3"}),
    (["a one-off", "for twenty-one"], {"1"}),  # a hyphen ends a word
    (["someone phoned often: one2 one_ ONE1", "twelve"], {"12"}),  # digits and _ are word characters
    (["Eleven, twelve.", "Seven"], {"11", "12", "7"}),
    (["café one", "Ｓix"], {"1"}),  # beyond ASCII: the regex itself
    (["one", "two"], {"1", "2"}),  # texts are joined, but no word runs from one into the next
])
def test_stated_words(texts, found):
    assert stated_words(texts) == found


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, max_size=4))
def test_stated_words_are_the_words_each_text_states(texts):
    try:
        each = {value for text in texts for value in stated_values_of(text, [])}
    except KeyError:  # 'ſix' matches six when case is ignored, but is not 'six' in lower case
        return
    assert stated_words(texts) == each


def test_find_numbers_keeps_quantities_only():
    text = "About 2,500 troops, version 7 and 9 of it, in March 2004 and 11 September, rose 5% to £3bn."
    assert [n.text for n in find_numbers(text)] == ["About 2,500", "5%", "£3bn"]
