"""Faster forms in the generator's analysis give exactly what the plain forms give, on any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate.analysis import _words_of_all
from quiz.generate.text import WORD

# WORD's characters, white space, characters beyond ASCII (ſ and K fold to ASCII letters in re), and
# the stand-ins _words_of_all uses itself.
_TRICKY = "aZ'’.-  _9?é\u017f\u212a\u2019\u2028\x01\x02\n\t“”"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=_TRICKY, max_size=30), max_size=6))
def test_words_of_all_is_word_findall_of_each(bodies):
    assert _words_of_all(bodies) == [WORD.findall(body) for body in bodies]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=_TRICKY.replace("\x01", "").replace("\x02", ""), max_size=30), max_size=6))
def test_words_of_all_without_stand_ins(bodies):
    # (the one-pass path: no text of its own holds the stand-ins)
    assert _words_of_all(bodies) == [WORD.findall(body) for body in bodies]


def test_words_of_all_trims_marks_at_word_ends():
    bodies = ["'Hello,' said the U.S.-based firm.", "Don’t - stop... ’tis it’s", "", "Café naïve ſtop"]
    assert _words_of_all(bodies) == [WORD.findall(body) for body in bodies]
    assert _words_of_all(bodies)[0] == ["Hello", "said", "the", "U.S.-based", "firm"]


def test_other_gender_gates_keep_its_answers():
    from quiz.generate.leaning import other_gender

    def ask(text):
        tokens = WORD.findall(text)
        return other_gender(tokens, [t.lower() for t in tokens])

    assert ask("Mr Brown seems haunted by her eyes.") == "'her' refers to someone named earlier"
    assert ask("Lord Brown said she was right.") == "'she' refers to someone named earlier"
    assert ask("Brown seems haunted by her eyes.") is None  # no title: no sex known
    assert ask("Mr Brown seems haunted by the eyes.") is None  # no he or she
    assert ask("Lucy tracked down Mr Pound after her exams.") is None


def test_unowned_measure_after_its_first_word_test():
    from quiz.generate.leaning import unowned_measure

    def ask(text):
        return unowned_measure(WORD.findall(text), text)

    assert ask("Fourth-quarter vehicle unit sales totalled 3m.") == \
        "says nothing of whose 'Fourth-quarter vehicle unit sales' it means"
    assert ask("Annual profits rose.") == "says nothing of whose 'Annual profits' it means"
    assert ask("Annual profits at Tesco rose.") is None
    assert ask("Sales climbed.") == "says nothing of whose 'Sales' it means"
