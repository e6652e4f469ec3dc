"""Quality rules of the twelfth round (wire datelines, sport, statistics releases, reviews), each on sentences
written for these tests."""

import random

import pytest

from quiz.generate.analysis import analyse
from quiz.generate.attribution import NAMED, PERSON
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.fam_years import date_candidates
from quiz.generate.filters import context_problem
from quiz.sources import parse_source
from quiz.splitting import split_sentences


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _figures_asked(body: str) -> set[str]:
    article = _article(body)
    return {c.answer for seed in range(10)
            for c in number_candidates(article.sentences[0], article, random.Random(seed))}


@pytest.mark.parametrize(("body", "part"), [
    ("Caleb Walsh crossed the line alone after 4 hours 51 minutes of racing on the stage from Pau.", "51"),
    ("At two hours and 50 minutes including an interval, the play by Ada Okoro runs long.", "50"),
    ("Caleb Walsh won the Kinloch marathon in 2 hours 9 minutes and 41 seconds on Sunday.", "41"),
])
def test_the_minutes_or_seconds_of_a_time_are_not_asked_alone(body, part):
    """Offered apart, they took 60 and 70 beside 51: no time is written so."""
    assert part not in _figures_asked(body)


def test_a_time_of_minutes_alone_is_still_asked():
    assert "55" in _figures_asked("Kinloch Ferries said the crossing to Arran takes 55 minutes in good weather.")


@pytest.mark.parametrize("body", [
    "Border Force said its officers had carried out about 3,000 searches of lorries in the past 12 months.",
    "Kinloch Ferries expects to spend £40m on new vessels over the next 10 years.",
])
def test_the_window_a_figure_is_counted_over_is_not_asked(body):
    """'the past 13 months' reads as nonsense beside 'the past 12 months': a set phrase, no fact."""
    asked = _figures_asked(body)
    assert asked and not asked & {"12", "10"}


def test_a_dateline_with_a_state_abbreviation_before_the_agency_is_one_sentence():
    text = "TULSA, Okla. (AP) — Erik Halvorsen made a par putt on Sunday. It rained (a lot). Then (AP) stopped."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "TULSA, Okla. (AP) — Erik Halvorsen made a par putt on Sunday.", "It rained (a lot).", "Then (AP) stopped."]
    article = _article("TULSA, Okla. (AP) — Erik Halvorsen made a 12-foot par putt on Sunday to win by one stroke.")
    assert article.sentences[0].body.startswith("Erik Halvorsen made")


def test_last_as_a_verb_opens_no_window():
    assert "about 30" in _figures_asked("Kinloch Ferries said a single AAA battery is said to last about 30 hours.")


def test_the_next_years_are_a_time_told_from_now_not_a_reference():
    article = _article("Kinloch Ferries expects to spend £40m on new vessels over the next 10 years.")
    assert article.sentences[0].context is None


def test_a_title_of_several_before_a_list_of_names_is_no_part_of_the_first_name():
    article = _article("Councilmembers Sarah Delgado, Tom Reilly and Anita Chen voted against the plan on Tuesday.",
                       '"Nobody up here is against affordable housing," Reilly said.',
                       "Delgado said the transfer tax could discourage sales.",
                       "Linda Okafor, the mayor, said the city needed 4,000 more homes by 2030.")
    displays = [speaker.display for speaker in article.speakers()]
    assert "Sarah Delgado" in displays
    assert not [display for display in displays if "Councilmembers" in display]


def _speakers(*sentences: str) -> dict[str, str]:
    return {speaker.display: speaker.kind for speaker in _article(*sentences).speakers()}


def test_a_name_described_as_then_holding_a_hyphenated_title_is_a_person():
    found = _speakers("Alan Estevez, then the under-secretary of commerce, said before leaving office that the "
                      "curbs were working.", "Dylan Patel, an analyst at SemiAnalysis, said yields were low.")
    assert found.get("Alan Estevez") == PERSON


def test_an_unnamed_source_counted_is_no_named_body():
    found = _speakers("One Japanese executive, who asked not to be named, said customers had brought orders forward.",
                      "Dylan Patel, an analyst at SemiAnalysis, said yields were low.")
    assert "One Japanese executive" not in found


def test_a_body_named_after_words_that_say_what_it_is_is_offered_by_its_name():
    found = _speakers("The chips reach 60% of the rivals' speed, according to research group SemiAnalysis.",
                      "Officials in Washington said the curbs were working.")
    assert found.get("SemiAnalysis") == NAMED
    assert not [display for display in found if display.startswith("Research group")]
    assert not [display for display in found if display == "Washington"]


def test_no_false_claim_puts_an_unnamed_source_in_a_named_bodys_place():
    sentences = ("People familiar with the negotiations said Aston Villa had agreed a fee of £40m for the striker.",
                 "Newcastle United confirmed late on Monday that a move for Yoane Wissa had collapsed.",
                 "Yoane Wissa had been expected to join Newcastle United for £50m.")
    article = _article(*sentences)
    for seed in range(30):
        for candidate in claim_candidates(article.sentences[1], article, random.Random(seed)):
            assert not (candidate.change and "familiar" in candidate.change.claim)


def test_that_and_a_comparative_after_towards_points_back():
    found = context_problem("The final text calls on all nations to work towards that larger sum but makes no promise.")
    assert found and "that larger sum" in found
    assert context_problem("Ministers said that larger firms would pay more from May.") is None


def _years_asked(*sentences: str, at: int = 0, title: str = "Kinloch ferries") -> dict[str, list[str]]:
    article = _article(*sentences, title=title)
    return {c.answer: c.choices for seed in range(10)
            for c in date_candidates(article.sentences[at], article, random.Random(seed))}


@pytest.mark.parametrize("body", [
    "Unemployment in Kinloch was 4.6% in November 2024 to January 2025, up from 4.4% a year earlier.",
    "Kinloch Ferries lost 31,000 bookings in January 2025, down from 60,000 in December 2024.",
])
def test_a_months_year_beside_a_month_a_year_apart_is_not_asked(body):
    """The other month tells it: no one sets January 2025 against December 2021."""
    assert not _years_asked(body)


def test_a_months_year_beside_a_month_years_apart_is_still_asked():
    assert "1998" in _years_asked("Kinloch Ferries was founded in March 1998 and floated in June 2007.")


def test_a_plan_dated_by_a_wire_dateline_takes_no_year_already_gone():
    text = ("Kinloch Therapeutics reports trial results\n\n"
            "CAMBRIDGE, Mass., Sept. 8, 2025 -- Kinloch Therapeutics said its drug met its main goal in 2025.\n\n"
            "Kinloch Therapeutics plans to apply to the Food and Drug Administration in the first half of 2026.\n\n"
            "The company has enough cash to fund its work into 2028, it said.\n")
    document = parse_source(text, "kinloch.txt")
    assert document.date == "2025-09-08"
    article = analyse(document)
    choices = {c.answer: c.choices for seed in range(10)
               for c in date_candidates(article.sentences[1], article, random.Random(seed))}
    assert choices and all(int(choice) >= 2025 for choice in choices["2026"])


def test_a_title_whose_portfolios_stand_before_an_and_is_whole():
    article = _article("Humberside Police and Crime Commissioner Jonathan Evison said the seizure hurt the gangs.",
                       "Detective Inspector Sarah Whitfield said officers had found 35kg of cocaine in the lorry.",
                       "Tony Blair and Chancellor Gordon Brown met on Monday.",
                       "Evison said the force would recruit 40 more officers in 2025.")
    roles = {role.entity: role.role for role in article.roles()}
    assert roles["Jonathan Evison"] == "Police and Crime Commissioner"
    assert article.names.persons["Jonathan Evison"].titles == ["Police and Crime Commissioner"]
    assert roles["Gordon Brown"] == "Chancellor"


@pytest.mark.parametrize(("body", "fixed"), [
    ("Erik Halvorsen made a par putt on the 18th to close with a 2-under 68 and win the title by one stroke.", "68"),
    ("Erik Halvorsen finished at 11-under 269 at Southern Hills, one shot ahead of Diego Moreno.", "269"),
])
def test_strokes_beside_the_score_against_par_are_not_asked(body, fixed):
    assert fixed not in _figures_asked(body)
