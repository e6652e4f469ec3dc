"""Faster forms in the candidate builders give exactly what the plain forms give, on any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate.fam_numbers import _MODEL, _model_matches

# Capitals, lower case, ASCII and other digits ('٣' is \d to re), the joints of model names, word
# characters beyond ASCII and '_', white space and the line break between sentences.
_MODEL_CHARS = "AZqb17٣0-_é \n,"


def _models(matches) -> set[tuple]:
    return {(match.start(), match.groups()) for match in matches}


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_MODEL_CHARS, max_size=40))
def test_model_matches_are_finditers(text):
    assert _models(_model_matches(text)) == _models(_MODEL.finditer(text))


def test_model_matches_of_names():
    text = "The A350 and 777-200LR, not 777 planes; ABCD12, xA12, A12x, 12-3b, 123-45ab-678-9x, 123-4567-89ab."
    assert _models(_model_matches(text)) == _models(_MODEL.finditer(text))
    assert {groups for _, groups in _models(_model_matches(text))} == {
        ("350", None), (None, "777"), (None, "123"), (None, "678"), (None, "4567")}


_ROLE_PIECES = ["Tom", "U.S.-based", "O’Neill", "AT&T", "x", "the", "a", "an", "chief", "executive", "spokesman",
                "former", "Bank", "é", "_", "7", ",", ", ", ",  ", " ", " ", "\t", ".", "-"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ROLE_PIECES), max_size=14))
def test_capital_comma_role_is_a_role_after_any_capital_comma(pieces):
    import re

    from quiz.generate.entities import CAPITAL_COMMA
    from quiz.generate.roles import _CAPITAL_COMMA_ROLE, _ROLE_START

    comma_role = re.compile(rf",\s+(?:{_ROLE_START})")
    text = "".join(pieces)
    expected = any(comma_role.match(text, comma.end() - 1) for comma in CAPITAL_COMMA.finditer(text))
    assert (_CAPITAL_COMMA_ROLE.search(text) is not None) == expected


def test_capital_comma_role_examples():
    from quiz.generate.roles import _CAPITAL_COMMA_ROLE

    assert _CAPITAL_COMMA_ROLE.search("Tom Smith, the chief executive, said")
    assert _CAPITAL_COMMA_ROLE.search("AT&T, a US firm, said")
    assert _CAPITAL_COMMA_ROLE.search("xU.S.-based, former chief executive Tom")
    assert not _CAPITAL_COMMA_ROLE.search("tom, the chief executive, said")
    assert not _CAPITAL_COMMA_ROLE.search("Tom, who said")
