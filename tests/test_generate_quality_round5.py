"""Quality rules of the fifth round, each on sentences written for these tests (no corpus text)."""

import random

from quiz.generate.analysis import analyse
from quiz.sources import parse_source


def _article(sentences: list[str]) -> str:
    return "Harbour news\n\n" + "\n".join(sentences) + "\n"


def test_a_name_cut_short_after_the_points_back_to_the_full_name():
    from quiz.generate.topic import refers_back
    article = analyse(parse_source(_article([
        "The Skye Ferry Labs research centre is to close in March.",
        "In recent months, 14 patent applications had been filed by the Labs.",
        "The Kinloch Court of Appeal heard the case in May.",
        "The Court said the ferries must keep sailing.",
        "The Labour stronghold of Kinloch voted in 2004.",
        "The Pentagon said the ferries were safe.",
        "The Pentagon's report came out in 2005."])))
    assert [refers_back(article, n) for n in (2, 4, 5, 7)] == [True, True, False, False]
