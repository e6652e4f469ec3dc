"""The checks every candidate passes: 'a/an' before the blank, and choices that hold one another."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate.candidate import BLANK, _article_before_blank, clean_choices, leak

# What _article_before_blank() stands in for, as a regex searched over the whole prompt.
ARTICLE_BLANK = re.compile(rf"\b(?:a|an)\s+{re.escape(BLANK)}", re.IGNORECASE)

PIECES = [BLANK, "_", "a", "A", "an", "AN", "aN", "n", "x", "ä", "ª", "1", "_a", " ", "  ", "\t", "\n", "\u00a0",
          "\u2003", "\u200b", ",", "(", "-", "İ", "ı", "ſ", "K"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_article_before_the_blank_is_the_regex(prompt):
    assert _article_before_blank(prompt) == bool(ARTICLE_BLANK.search(prompt))


def test_article_before_the_blank_examples():
    assert leak(f"It cost a {BLANK} fee.", "£5", ["£5", "£6", "£7", "£8"]) == "'a/an' before the blank"
    assert leak(f"It cost An\u00a0{BLANK} fee.", "£5", ["£5", "£6", "£7", "£8"]) == "'a/an' before the blank"
    for fine in (f"Costs rose to {BLANK}.", f"a{BLANK}", f"Visa {BLANK}", f"a_ {BLANK}", f"_a {BLANK}", f"ä {BLANK}",
                 f"1an {BLANK}"):
        assert not _article_before_blank(fine), fine


def test_choices_that_hold_one_another_are_dropped():
    kept = clean_choices("Tony Blair", ["tony blair", "Blair", "Gordon Brown", "Brown", "the Gordon Brown team",
                                        "", "  ", "Prime Minister Tony Blair", "John Smith"], want=5)
    assert kept == ["Gordon Brown", "John Smith"]
