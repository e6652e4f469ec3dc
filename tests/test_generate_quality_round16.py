"""Quality rules of the sixteenth round, each on sentences written for these tests."""

import random

import pytest

from quiz.generate.analysis import analyse, without_dateline
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.filters import context_problem
from quiz.generate.topic import title_settles
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _figures(body: str) -> dict[str, list[str]]:
    article = _article(body)
    return {c.answer: c.choices for seed in range(6)
            for c in number_candidates(article.sentences[0], article, random.Random(seed))}


def test_a_figure_set_as_a_multiple_of_another_is_not_asked():
    """'nearly double the 2% target' leaves one choice that fits: the answer."""
    assert "3.8%" not in _figures("Inflation in Kinloch rose to 3.8% in July, nearly double the Bank of Kinloch's 2% "
                                  "target, according to official data.")
    assert "about 1.3 million" in _figures("There are about 1.3 million video phones in use in Kinloch and three times "
                                           "more single people than married ones.")


def test_an_age_takes_wrong_ages_a_few_years_away():
    choices = _figures('"The wind was hard in the second half, so I am happy," Ruth Chebet, 30, said in London.')
    assert choices["30"] and all(25 <= int(choice) <= 35 for choice in choices["30"])


def test_an_opener_before_a_name_is_no_part_of_it():
    article = _article("Then Seth Jarvis stepped around the defence and scored in the 94th minute.",
                       '"I just tried to stay patient," Jarvis said.',
                       '"We had the power play late," Peter Laviolette said.')
    assert "Seth Jarvis" in article.names.persons
    assert not [name for name in article.names.persons if name.startswith("Then")]


@pytest.mark.parametrize(("text", "problem"), [
    ("First Minister John Swinney welcomed a poll that showed support for Kinloch rising to 52%.", None),
    ("The Swiss National Bank cut its key rate to 0.5%, as the franc rose to a record high against the euro.", None),
])
def test_a_title_after_first_and_a_currency_lean_on_nothing(text, problem):
    assert context_problem(text) == problem


def test_who_stood_at_what_share_says_nothing_of_what_it_measures():
    found = context_problem("The Conservatives were on 11 per cent.", frozenset({"Conservatives"}))
    assert found and "says nothing of what it measures" in found
    assert context_problem("Inflation stood at 3.1%.") is None


def test_the_time_as_a_results_subject_is_a_time_told_of_earlier():
    found = context_problem("The time was the second fastest ever run in a women-only race, behind the record of "
                            "2:15:50.")
    assert found and "'The time'" in found
    assert context_problem("The time was right for a change in Kinloch, Ada Okoro said.") is None


def test_a_nationality_noun_before_a_name_is_no_part_of_it():
    article = _article("Callum Harlow beat Welshman Rhys Pritchard 5-3 in the quarter-final on Tuesday.",
                       '"Callum has been the story of the tournament," Pritchard said.',
                       '"He looks like he belongs on this stage," said Gary Nolan, the Sky pundit.')
    assert "Rhys Pritchard" in article.names.persons
    assert not [name for name in article.names.persons if name.startswith("Welshman")]


def test_a_place_in_brackets_before_a_dash_is_a_dateline():
    assert without_dateline("(Beijing) — China exported 1.25 million vehicles in the first half.") == \
        "China exported 1.25 million vehicles in the first half."


def test_a_speaker_with_together_after_it_is_offered_without_it():
    article = _article("Lloyds and Halifax together confirmed 40 branch closures in Kinloch on Monday.",
                       "The FCA said banks must consult on closures.")
    assert not [speaker.display for speaker in article.speakers() if speaker.display.endswith("together")]


def test_no_not_before_a_verb_whose_object_is_counted():
    article = _article("Saudi officials have grown frustrated with several Opec+ members, including Iraq and "
                       "Kazakhstan, which have pumped above their quotas.", "Kinloch Ferries runs 12 routes.")
    for seed in range(6):
        for candidate in claim_candidates(article.sentences[0], article, random.Random(seed)):
            assert " not " not in candidate.prompt


def test_the_last_word_of_a_joined_portfolio_is_no_part_of_the_name():
    article = _article("State Minister for Labour and Employment Monnujan Sufian said the government had tried to "
                       "balance the interests of workers and owners.",
                       "Kalpona Akter, a union leader, said the new wage was far too low.",
                       "Sufian said the wage would be reviewed in 2026.")
    assert "Monnujan Sufian" in article.names.persons
    assert not [name for name in article.names.persons if name.startswith("Employment")]


def test_an_age_standing_for_someone_the_title_does_not_name_is_not_settled_by_it():
    article = _article("Rhys Pritchard beat Joost van Leeuwen 5-3 in the other quarter-final on Tuesday night.",
                       "The 34-year-old from Swansea has now reached the last four for the second time, having lost "
                       "at the same stage in 2021.",
                       title="Harlow stuns Van Dijk to reach first semi-final")
    assert not title_settles(article, 2)
