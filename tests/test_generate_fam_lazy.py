"""Work skipped where it cannot change the output: each skip is exact (same candidates, same draws)."""

from __future__ import annotations

import random

from quiz.generate.analysis import analyse
from quiz.generate.attribution import PERSON, Speaker
from quiz.generate.distractors import may_pick_speakers, pick_speakers
from quiz.sources import parse_source

_TWO_SPEAKERS = ("Anna Berg said the factory would close in March. "
                 "Carl Dunn said the workers had not been told of the plan.")
_THREE_SPEAKERS = _TWO_SPEAKERS + " Eva Fisher said the town would lose its largest employer."


class _Counting(random.Random):
    """A generator that counts the draws made from it."""

    def __init__(self) -> None:
        super().__init__(1)
        self.draws = 0

    def getrandbits(self, k: int) -> int:
        self.draws += 1
        return super().getrandbits(k)

    def random(self) -> float:
        self.draws += 1
        return super().random()


def test_too_few_sources_means_no_choices_and_no_draw():
    article = analyse(parse_source(_TWO_SPEAKERS))
    anna = Speaker("Anna Berg", PERSON, "Anna Berg")
    assert not may_pick_speakers(article, anna)
    rng = _Counting()
    assert len(pick_speakers(article, anna, "the factory would close in March", rng)) < 2
    assert rng.draws == 0  # so skipping the call leaves every later draw of the sentence as it was


def test_enough_sources_may_give_choices():
    article = analyse(parse_source(_THREE_SPEAKERS))
    anna = Speaker("Anna Berg", PERSON, "Anna Berg")
    assert may_pick_speakers(article, anna)
    assert len(pick_speakers(article, anna, "the factory would close in March", _Counting())) == 2
    # A name not among the sources leaves all of them to choose from.
    assert may_pick_speakers(article, Speaker("Gil Hart", PERSON, "Gil Hart"))


def test_title_words_before_a_name_end_with_a_title_head():
    from quiz.generate.roles import _lower_title_before

    def before(text: str, need_head: bool = True) -> str:
        return _lower_title_before(text, text.index("Jo Bloggs"), need_head)

    assert before("The firm named chief executive Jo Bloggs.") == "chief executive"
    assert before("Shares rose after UKIP leader Jo Bloggs spoke.") == "UKIP leader"
    assert before("He met chairman and Jo Bloggs.") == ""  # 'and' right before the name: no title
    assert before("He met the new Jo Bloggs.") == ""  # no title word right before the name
    assert before("He met the chief executive  Jo Bloggs.") == "chief executive"  # white space before is dropped
    assert before("He met the chief executive,Jo Bloggs.") == ""  # no white space before the name
    assert before("He met the former Jo Bloggs.", need_head=False) == "former"


def test_auxiliary_pattern_matches_as_the_word_bounded_one():
    import re

    from quiz.generate.negation import _AUX_VERB

    reference = re.compile(r"\b(?P<aux>will|would|could|can|should|is|are|was|were|has|have|had)\s+(?P<verb>[a-z]+)\b")
    texts = ["It will rain.", "Xwill rain, but it can stop", "this is done", "Ship has sailed", "swill has gone",
             "éwas here", "_had been", "3was", "it    would   go", "a haddock had swum", "Was it? It was so."]
    for text in texts:
        for at in range(len(text)):
            old, new = reference.search(text, at), _AUX_VERB.search(text, at)
            assert (old and (old.span(), old.group("aux", "verb"))) == (new and (new.span(), new.group("aux", "verb")))
