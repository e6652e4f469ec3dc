"""The splitter's fast paths find exactly what its general patterns find.

Most text breaks lines only with "\\n" and ends sentences only with "."; the splitter then
scans with patterns that start with one literal character, which the regex engine finds much
faster than a character class. These tests hold the fast patterns and shortcuts to the general
ones on any text they may be used for.
"""

from __future__ import annotations

import re
import sys
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quiz import splitting

# Text biased towards what the splitter looks at, with no break character but "\n" (the
# fast patterns are only used then), plus any other character at all.
PIECES = st.sampled_from([
    ".", "..", "...", "?", "!", "…", " ", "  ", "\t", "\x1f", "\u00a0", "\u3000", "\n", "\n\n", " \n", "\n \n",
    "\n\t \n\n", '"', "'", "“", "”", "‘", "’", "(", ")", "]", "»", ",", "-", "•", "Mr.", "U.S.", "a.m.", "e.g.",
    "No.", "Inc.", "J.", "1.", "3.5", "The", "he", "said", "eBay", "Title line", "x" * 50, "word " * 12,
    ". ", "He left. ", "It rose.” ", "“Why?” he asked. ", "Really… no. ",
])
RARE = splitting._OTHER_BREAK_CHARS
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=50).map("".join).map(
    lambda text: text.translate({ord(char): " " for char in RARE})
)


def spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_newline_patterns_find_the_breaks_the_general_ones_do(text):
    fast, general = splitting._NEWLINE_BREAKS, splitting._any_breaks()
    assert splitting._breaks_in(text, 0, len(text)) is fast
    assert spans(fast.line.finditer(text)) == spans(general.line.finditer(text))
    assert spans(fast.paragraph.finditer(text)) == spans(general.paragraph.finditer(text))
    assert fast.line.split(text) == general.line.split(text)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 60))
@example(". after an ellipsis", 0)
def test_period_candidates_are_all_the_candidates_where_only_periods_end_sentences(text, skip):
    text = text.replace("!", "x").replace("?", "x").replace("…", "x")
    # The text before the window may hold any terminator: the pattern looks behind its first period.
    start = len("a?!…") + skip
    text = "a?!…" + text
    found = [(m.span(), m.span(1), m.span(2)) for m in splitting._PERIOD_CANDIDATES.finditer(text, start)]
    assert found == [(m.span(), m.span(1), m.span(2)) for m in splitting._candidates().finditer(text, start)]


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(-3, 80), st.integers(-3, 80))
def test_split_is_the_same_with_only_the_general_patterns(text, start, end):
    fast = splitting.split_sentences(text, start, end)
    with mock.patch.object(splitting, "_breaks_in", lambda *_: splitting._any_breaks()), \
            mock.patch.object(splitting, "_PERIOD_CANDIDATES", splitting._candidates()):
        assert splitting.split_sentences(text, start, end) == fast


@settings(max_examples=300, deadline=None)
@given(TEXT, st.data())
def test_the_word_before_a_period_is_the_last_run_of_up_to_40_non_spaces(text, data):
    periods = [i for i, char in enumerate(text) if char == "." and i > 0]
    for period in periods[:5]:
        first = data.draw(st.integers(0, period - 1))
        token = re.search(r"\S{1,40}$", text[max(first, period - 40):period])
        expected = token.group().lstrip(splitting._OPENERS) if token else ""
        assert splitting._word_before(text, period, first) == expected


def test_a_title_after_a_quote_or_a_tab_is_still_a_title():
    text = "He said “Mr. Smith left.” Then\tDr. Jones came."
    assert [text[a:b] for a, b in splitting.split_sentences(text)] == [
        "He said “Mr. Smith left.”", "Then\tDr. Jones came.",
    ]


def test_the_general_patterns_are_used_where_other_breaks_stand():
    for char in RARE:
        assert splitting._breaks_in(f"a.{char}b", 0, 4) is splitting._any_breaks()
        assert splitting._breaks_in(f"a.{char}b", 3, 4) is splitting._NEWLINE_BREAKS  # outside the window


def test_the_character_tests_that_stand_in_for_regexes_agree_with_them():
    every_char = "".join(map(chr, range(sys.maxunicode + 1)))
    alnum = {char for char in every_char if char.isalnum()}
    # `text[i].isalnum() or \w search`: an alphanumeric character is a \w character.
    assert alnum | {"_"} == set(re.findall(r"\w", every_char))
    # A word of alphanumeric characters holds no white space and no opening quote or bracket,
    # so it is the whole \S run before a period (`_word_before`).
    assert not alnum & set(re.findall(r"\s", every_char)) and not alnum & set(splitting._OPENERS)
    # `_has_line_break`: the characters listed are the ones the line-break pattern finds.
    assert set(splitting._LB_CHARS) == set(splitting._any_breaks().line.findall(every_char))
