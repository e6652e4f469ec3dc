"""Figures and years among sorted choices: the answer's place must not give it away."""

import collections
import random

from quiz.generate import generate_questions
from quiz.generate.numbers import spread
from quiz.sources import parse_source


def test_spread_places_the_answer_at_every_rank_when_the_options_allow():
    options = ["2001", "2002", "2003", "2005", "2006", "2007"]
    ranks = collections.Counter()
    for seed in range(200):
        chosen = spread("2004", options, random.Random(seed))
        assert len(chosen) == 3 and len(set(chosen)) == 3
        ranks[sorted(chosen + ["2004"]).index("2004")] += 1
    assert set(ranks) == {0, 1, 2, 3} and min(ranks.values()) > 25


def test_spread_uses_one_side_when_only_one_side_has_options():
    assert sorted(spread("more than 10", ["more than 20", "more than 30", "more than 40", "more than 50"],
                         random.Random(0))) == ["more than 20", "more than 30", "more than 40"]


def test_the_year_asked_is_not_always_the_latest_choice():
    # An undated article whose year asked is the latest it mentions: before, every
    # distractor was earlier, so "pick the latest year" was always right.
    texts = [f"Factory output rose by a third in {year}, the Acme company said in a statement to investors."
             for year in range(1990, 2010)]
    last = 0
    asked = 0
    for text in texts:
        for question in generate_questions(parse_source(text)):
            if question.tags == ["date"]:
                asked += 1
                last += question.choices.index(question.answer) == len(question.choices) - 1
    assert asked >= 10 and last < asked * 0.6
