"""Quality rules of the tenth round (more outlets' styles), each on sentences written for these tests."""

import random

import pytest

from quiz.generate.analysis import analyse
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.filters import context_problem
from quiz.sources import parse_source


def _article(*sentences: str):
    return analyse(parse_source("Kinloch ferries\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _number_choices(article, answer: str) -> list[list[str]]:
    return [c.choices for info in article.sentences for seed in range(30)
            for c in number_candidates(info, article, random.Random(seed)) if c.answer == answer]


def test_a_wrong_figure_is_no_value_the_article_states_written_with_more_decimals():
    # "2.0%" beside the article's own "2%" was offered for "_____ next year".
    article = _article("Kinloch Council expects fares to rise 2% this year and 2.4% next year.")
    choices = _number_choices(article, "2.4%")
    assert choices
    assert not [c for c in choices if "2.0%" in c or "2%" in c]


def test_a_figure_with_trailing_zeros_is_the_value_the_article_states():
    article = _article("Kinloch Ferries charges £4.5 for a single fare.",
                       "Kinloch Council charges £4.00 for a day ticket.")
    assert not [c for c in _number_choices(article, "£4.00") if "£4.50" in c]


@pytest.mark.parametrize(("body", "problem"), [
    ("Much of that trade passes through the port of Kinloch, home to the ferry maker Orr Shipping.",
     "'of that trade passes…' refers to something earlier"),
    ("Mr Orr said the value of that contract does not matter to Kinloch Council.",
     "'of that contract does…' refers to something earlier"),
])
def test_that_and_a_noun_after_a_preposition_before_a_verb_points_back(body, problem):
    assert context_problem(body) == problem


@pytest.mark.parametrize("body", [
    "The Kinloch ferry law is unusual in that it gives the council power over fares.",
    "There was evidence, Kinloch Council said, that some routes were losing money.",
    "Kinloch Council aims to open new routes for freight, that normally goes through Oban.",
])
def test_that_opening_a_clause_is_no_that_pointing_back(body):
    assert context_problem(body) is None
