"""Quality rules of the fourteenth round, each on sentences written for these tests."""

import random

import pytest

from quiz.generate.analysis import analyse
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.fam_years import date_candidates
from quiz.generate.filters import context_problem
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _year_choices(article, at: int) -> dict[str, list[str]]:
    return {c.answer: c.choices for seed in range(10)
            for c in date_candidates(article.sentences[at], article, random.Random(seed))}


def test_undated_what_happened_takes_no_year_past_the_first_the_article_plans_for():
    article = _article("Kinloch Ferries carried about 42 million passengers in 2023, according to its annual report.",
                       "The regulator has said it plans to add 40 inspectors in 2024.",
                       "Kinloch Ferries was founded in 1998 by Ada Okoro.")
    choices = _year_choices(article, 0)
    assert choices["2023"] and all(int(choice) <= 2024 for choice in choices["2023"])


def test_undated_without_plans_the_past_keeps_its_years():
    article = _article("Kinloch Ferries carried about 42 million passengers in 2023, according to its annual report.",
                       "Kinloch Ferries was founded in 1998 by Ada Okoro.")
    assert _year_choices(article, 0)["2023"]


def _figures(body: str) -> dict[str, list[str]]:
    article = _article(body)
    return {c.answer: c.choices for seed in range(6)
            for c in number_candidates(article.sentences[0], article, random.Random(seed))}


@pytest.mark.parametrize("text", ["US employers added 228,000 jobs in March, the Labor Department said.",
                                  "IT spending rose 4% in 2004, according to Gartner."])
def test_an_acronym_opening_a_sentence_is_no_pronoun(text):
    assert context_problem(text) is None
    assert context_problem("It rose 4% in 2004.")


def test_a_day_is_described_by_no_role_nor_a_thing_by_an_amount():
    article = _article("The Swiss drugmaker will pay $92 a share, the companies said in a statement Monday, a premium "
                       "of 48% to Cardion's closing price on Friday.",
                       "Cardion, a biotech company based in Boston, makes CRD-401, an oral drug designed to lower "
                       "cholesterol.")
    roles = {(role.entity, role.role) for role in article.roles()}
    assert not [entity for entity, _ in roles if entity == "Monday"]
    assert not [role for _, role in roles if role.startswith("a premium")]


def test_a_deadline_with_a_month_is_a_plan():
    article = _article("New rules require councils to offer weekly food waste collections to households by March 2026.",
                       "Neighbouring Eastbrook Council moved to fortnightly collections in 2022 and reported a 9% "
                       "rise in recycling in the first year.",
                       "Kinloch Council introduced charges for garden waste in 2019, its records show.")
    choices = _year_choices(article, 1)
    assert choices["2022"] and all(int(choice) < 2026 for choice in choices["2022"])


def test_the_spaniard_points_back_to_a_rider_named_earlier():
    found = context_problem("The Spaniard now trails Marc Marquez by 37 points in the standings with nine rounds left.")
    assert found and "The Spaniard" in found


def test_a_gap_in_points_between_two_shares_it_states_is_not_asked():
    body = ("In the most deprived areas, 71.2 per cent of entries achieved an A to C grade, compared with 83.4 per "
            "cent in the least deprived areas, a gap of 12.2 percentage points.")
    assert "12.2 percentage points" not in _figures(body)


def test_an_event_distance_after_mens_is_no_amount_in_millions():
    body = ("The men's 5000m produced the closest finish, with Ethiopia's Dawit Bekele edging Uganda's Samuel Kiprop "
            "by 0.03 seconds.")
    assert "5000m" not in _figures(body)


def test_a_race_time_after_clocked_takes_close_wrong_times():
    choices = _figures("Brazil's Thiago Moreira clocked 47.38 in the 400m hurdles in Oslo.")
    assert choices["47.38"] and all(46.0 < float(choice) < 48.8 for choice in choices["47.38"])


def test_a_year_before_christ_is_no_count():
    assert "around 850" not in _figures("Archaeologists excavating a waterlogged site in eastern England have "
                                        "uncovered the remains of at least five wooden houses dating to around 850 BC.")


@pytest.mark.parametrize("text", [
    "Originally scheduled for 26 laps, it was restarted over a shortened distance of 19 laps 40 minutes later.",
    "Analysts at Jefferies have estimated that it could generate peak annual sales of more than $6 billion.",
])
def test_it_after_a_fronted_phrase_or_after_what_people_expect_points_back(text):
    found = context_problem(text)
    assert found and "'it'" in found


def test_a_surname_ending_in_ly_may_be_what_it_means():
    assert context_problem("Connolly said it would cut fares by 10% in 2005.") is None
