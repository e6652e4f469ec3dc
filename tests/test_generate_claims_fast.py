"""The fast forms of the claim family's negation tests find exactly what the plain regexes find.

_contrast(), _negative(), _quantified() and _folded_word() stand in for regex searches over every
candidate sentence; they must agree with them on any text, including case folding beyond ASCII
('ſ' is an 's' to re.IGNORECASE), \\b next to digits, underscores and accents, and white space
other than a plain space.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate.negation import (_NEGATIVE_WORDS, _SUBORDINATE, _SUBORDINATE_WORDS, _contrast, _folded_word,
                                    _negative, _quantified)
from quiz.generate.text import W_RUN

# The one regex _contrast() replaces, as it was written.
CONTRAST = re.compile(r"\b(?:rather|but|instead|only|just|merely|until|yet|another|before|ever|either|longer|because|"
                      r"likewise|although|though|whereas|despite|again|up\s+from|down\s+from|as\s+\w+\s+as|as\s+well)\b"
                      r"|\btoo\b(?=\s*(?:[,.;:!?]|$))"
                      r"|\b(?:and|as)\s+so\s+(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b"
                      r"|\bfor\s+(?:more|less|over|about|at\s+least|almost|nearly|the\s+past|the\s+last|\d|a\s+few|"
                      r"several|many|one|two|three|four|five|six|seven|eight|nine|ten)\b")

# And the one _folded_word() stands in for, as it was written.
SUBORDINATE = re.compile(r"\b(?:if|what|when|whether|while|although|because|that|which|who|whom|where|how|as|"
                         r"unless|until|once|since|after|before)\b", re.IGNORECASE)
QUANTIFIED = re.compile(r"\s*(?:all|every|each|both|most|some|many|few|several|any|either|neither|more|less|"
                        r"only|almost|nearly|half)\b", re.IGNORECASE)

PIECES = ["rather", "but", "But", "ever", "every", "however", "only", "as", "much", "up", "from", "down", "for",
          "For", "about", "at", "least", "the", "past", "a", "few", "5", "not", "no", "No", "NOT", "nothing",
          "none", "nor", "neither", "without", "cannot", "can't", "don't", "n't", "n’t", "fail", "failed",
          "FAILS", "den", "deny", "denied", "Denies", "refus", "refuse", "refused", "ſ", "K", "ı", "İ", "é",
          "_", "1", "'", "’", ",", ".", "-", " ", " ", "\t", "\u00a0", "\u2009", "\n", "ſo", "nevſr", "refuſed",
          "faıl", "wıthout", "noſe", "yet", "because", "x", "If", "WHEN", "whom", "wHo", "aſ", "ſince", "ıf", "once",
          "While", "thats", "so", "So", "too", "well", "likewise", "is", "does", "and",
          "All", "EVERY", "ſome", "half", "halves", "Moſt", "\u212aeep"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


# Each fast form beside the regex test it replaces.
FORMS = {
    "contrast": (lambda text: _contrast(text, W_RUN.findall(text)), lambda text: bool(CONTRAST.search(text))),
    "negative": (lambda text: _negative(text, W_RUN.findall(text)),
                 lambda text: bool(_NEGATIVE_WORDS.search(text)) or "n't" in text or "n’t" in text),
    "quantified": (lambda text: _quantified(text, W_RUN.findall(text)), lambda text: bool(QUANTIFIED.match(text))),
    "subordinate": (lambda text: _folded_word(text, _SUBORDINATE_WORDS, _SUBORDINATE),
                    lambda text: bool(SUBORDINATE.search(text))),
}


@pytest.mark.parametrize("form", FORMS)
@settings(max_examples=600, deadline=None)
@given(text=TEXTS)
def test_the_fast_form_is_the_regex(form, text):
    fast, regex = FORMS[form]
    assert fast(text) == regex(text)


@pytest.mark.parametrize("form", FORMS)
def test_tricky_cases_of_the_word_tests(form):
    fast, regex = FORMS[form]
    for text in ["He ſaid nothing", "It is neverending", "not_a_word", "denied2", "den", "dens", "refus",
                 "refuse", "Fail", "failure", "ca n't", "won't", "an as-yet", "as much as", "as\tmuch\u00a0as",
                 "up from", "upfrom", "for the  past", "for5", "for 5", "forever", "everyone", "butter",
                 "Whoever", "as-if", "ONCE", "\u017fince", "wh\u0131ch", " All of", "\tmost", "(Most", "Some_",
                 "ſome", "NEARLY all"]:
        assert fast(text) == regex(text), text
