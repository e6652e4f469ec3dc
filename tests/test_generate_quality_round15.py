"""Quality rules of the fifteenth round (elections, sport, drought, health, games, racing, energy), each on
sentences written for these tests."""

import random

import pytest

from quiz.generate.analysis import INSIDE_QUOTE, analyse, without_dateline
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.fam_roles import role_candidates
from quiz.generate.fam_speech import attribution_candidates, quote_candidate
from quiz.generate.filters import context_problem
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def test_a_sentence_inside_a_quotation_that_spans_sentences_is_no_report():
    article = _article('"The rivers are very high," said Jenny Marsh of the Environment Agency. "We expect more rain '
                       'tonight. People should stay away from swollen rivers and never drive through flood water. '
                       'Please check our website before travelling," she said.',
                       "Kinloch Council opened 12 rest centres on Monday.")
    problems = [info.problem for info in article.sentences]
    assert problems[2] == INSIDE_QUOTE
    assert problems[4] is None


def test_a_quotation_left_open_at_a_paragraphs_end_does_not_run_into_the_next():
    article = _article('Jenny Marsh said: "We expect more rain tonight and the rivers will rise.',
                       "Kinloch Council opened 12 rest centres on Monday.")
    assert article.sentences[1].problem is None


@pytest.mark.parametrize(("text", "shown"), [
    ("Whitfield said about a third of that would go to productions outside the U.S.", "of that would"),
    ("Analysts surveyed by FactSet had expected net additions of about 4.2 million.", "says nothing of whose"),
    ("Ueda said part of that rise reflected higher rice prices and import costs.", "of that rise reflected"),
])
def test_what_leans_on_the_sentence_before(text, shown):
    found = context_problem(text)
    assert found and shown in found


def test_an_expectation_whose_owner_is_named_stands_alone():
    assert context_problem("Analysts had expected Kinloch Ferries' profits of about £4.2m.") is None


def test_a_role_noun_opening_a_sentence_is_no_part_of_the_name():
    article = _article("Substitute Tomas Osorio scored in the 88th minute to give Paraguay a 2-1 win.",
                       '"It was not a beautiful game, but qualifiers are not won with beauty," Gustavo Alfaro said.',
                       '"We had chances to win this match," said Oscar Ibanez, the Peru coach.',
                       "Osorio said he had waited 14 months for the goal.")
    displays = {speaker.display for speaker in article.speakers()} | set(article.names.persons)
    assert "Tomas Osorio" in displays
    assert not [display for display in displays if display.startswith("Substitute")]


def test_a_generic_title_is_no_role_to_ask():
    article = _article("Party leader Christopher Hayes told supporters in Auckland that talks would begin on Monday.",
                       "Labour leader Aroha Tane conceded defeat shortly after 11pm.",
                       "Green MP Tom Fairweather said the result was historic.",
                       "Hayes said his party had won 49 seats.")
    for seed in range(5):
        for info in article.sentences:
            for candidate in role_candidates(info, article, random.Random(seed)):
                assert "Party leader" not in (candidate.choices or [candidate.prompt])
                assert candidate.answer != "Party leader"


def test_a_horses_description_is_not_set_beside_a_syndicates():
    article = _article("Copper Lantern, a 14-1 shot trained in County Meath by Gavin Doyle, won the race on Saturday.",
                       "Copper Lantern is owned by the Kilbride Syndicate, a group of 12 friends from Trim.",
                       "Doyle said the horse had been bought for 40,000 euros in 2021.")
    for seed in range(5):
        for info in article.sentences:
            assert not role_candidates(info, article, random.Random(seed))


def test_a_collective_of_unnamed_sources_is_no_wrong_choice_beside_a_named_body():
    article = _article("But aid groups said the response was coming too late for many families in Turkana.",
                       "Local officials said 40 water points had dried up since August.",
                       "The NDMA said about 1.5 million animals had died since August in the north.",
                       "Save the Children said acute malnutrition among children had reached 28 percent in Turkana.",
                       "The Kenya Red Cross said it had sent 30 trucks of food to the region.")
    for seed in range(10):
        for candidate in attribution_candidates(article.sentences[3], article, random.Random(seed)):
            assert "Aid groups" not in candidate.choices and "Local officials" not in candidate.choices


def test_a_changed_figure_in_a_claim_drops_no_point_nought_on_a_reader():
    article = _article("The NDMA estimated that about 1.5 million animals had died in Kenya since August.",
                       "Kinloch Ferries runs 12 routes from Oban.")
    changed = {c.change.claim for seed in range(30)
               for c in claim_candidates(article.sentences[0], article, random.Random(seed)) if c.change}
    assert changed and not [claim for claim in changed if claim.endswith(".0 million")]


def test_co_ceo_before_a_name_is_a_title():
    article = _article('"We had a very strong quarter," co-CEO Dana Whitfield said on a call with analysts.',
                       "Whitfield said about $17 billion would go on content in 2025.",
                       "Lumenstream said it had 42 million members at the end of June.")
    assert "Dana Whitfield" in article.names.persons
    for seed in range(10):
        for candidate in claim_candidates(article.sentences[1], article, random.Random(seed)):
            assert not (candidate.change and candidate.change.claim == "Lumenstream")


def _figures(body: str) -> dict[str, list[str]]:
    article = _article(body)
    return {c.answer: c.choices for seed in range(6)
            for c in number_candidates(article.sentences[0], article, random.Random(seed))}


def test_a_score_out_of_a_most_takes_no_wrong_value_above_it():
    for choices in _figures("Oxford scored 98.5 out of 100 in this year's world rankings, ahead of Harvard.").values():
        assert all(float(choice) <= 100 for choice in choices)


@pytest.mark.parametrize(("body", "kept"), [
    ("The IMD warned of extremely heavy rainfall of more than 204.4 mm in 24 hours in Dhemaji on Thursday.", "24"),
    ("Winning numbers in Friday's Kinloch draw were 4, 17, 23, 38 and 45, with Lucky Stars 2 and 9.", "45"),
])
def test_the_window_of_a_rate_and_a_number_of_a_list_are_not_asked(body, kept):
    assert kept not in _figures(body)


def test_a_wire_dateline_with_an_agency_in_lower_case_is_stripped():
    assert without_dateline("FRANKFURT, March 11 (dpa) - A 24-hour strike by ground staff halted flights.") == \
        "A 24-hour strike by ground staff halted flights."


def test_an_aside_between_dashes_is_no_part_of_a_speakers_name():
    article = _article("Camelot - now run by operator Allwyn - said the winner had come forward on Monday.",
                       "Margaret Hughes, a neighbour, said the family deserved their luck.")
    assert not [speaker.display for speaker in article.speakers() if "-" in (speaker.display or "")]


def test_two_shares_of_one_whole_take_no_wrong_share_past_the_whole():
    body = "With 99.8% of ballots counted, Lula had 46.2% of valid votes against 43.7% for Tarcisio, the court said."
    for choices in _figures(body).values():
        assert all(float(choice.rstrip("%")) + 43.7 < 100 for choice in choices)
