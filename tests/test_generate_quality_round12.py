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


def test_a_dateline_with_a_state_abbreviation_before_the_agency_is_one_sentence():
    text = "TULSA, Okla. (AP) — Erik Halvorsen made a par putt on Sunday. It rained (a lot). Then (AP) stopped."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "TULSA, Okla. (AP) — Erik Halvorsen made a par putt on Sunday.", "It rained (a lot).", "Then (AP) stopped."]
    article = _article("TULSA, Okla. (AP) — Erik Halvorsen made a 12-foot par putt on Sunday to win by one stroke.")
    assert article.sentences[0].body.startswith("Erik Halvorsen made")


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
