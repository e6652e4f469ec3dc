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
