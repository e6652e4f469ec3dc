"""Quality rules of the thirteenth round (wire copy, earnings, sport, surveys, statistics), each on sentences
written for these tests."""

import random

import pytest

from quiz.generate.analysis import analyse, without_dateline
from quiz.generate.candidate import Candidate
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.filters import context_problem
from quiz.generate.select import select
from quiz.model import MULTIPLE_CHOICE
from quiz.sources import parse_source
from quiz.splitting import split_sentences


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _changed_claims(body: str) -> set[str]:
    article = _article("Kinloch Ferries runs 12 routes from Oban.", body)  # (after a lead, which is not negated)
    return {c.prompt for seed in range(6) for c in claim_candidates(article.sentences[1], article, random.Random(seed))
            if c.change}


def test_an_adverb_after_did_not_stays_before_the_verb_in_the_past():
    found = _changed_claims("The National Transportation Safety Board did not immediately say whether it would "
                            "open an inquiry.")
    assert found == {"True or false? According to the article: The National Transportation Safety Board "
                     "immediately said whether it would open an inquiry."}


def test_a_verb_ending_in_ly_is_no_adverb():
    found = _changed_claims("Kinloch Ferries' new boats do not rely on diesel engines for their power.")
    assert any("rely on diesel" in prompt and "not" not in prompt for prompt in found)


def test_no_not_before_a_verb_whose_participle_clause_tells_how():
    assert not _changed_claims("Elaine Moss said many growers had adjusted their canopy management, leaving more "
                               "leaves on the west side of vines.")


@pytest.mark.parametrize(("text", "first"), [
    ("MEMPHIS, Tenn. -- Darnell Okafor scored 38 points on Tuesday. He won.",
     "MEMPHIS, Tenn. -- Darnell Okafor scored 38 points on Tuesday."),
    ("LANCASTER, Pa. — A measles outbreak grew to 47 cases. It spread.",
     "LANCASTER, Pa. — A measles outbreak grew to 47 cases."),
    ("The figures come out at 8:30 a.m. Eastern time. They rose.", "The figures come out at 8:30 a.m. Eastern time."),
])
def test_a_states_abbreviation_in_a_dateline_or_a_time_zone_ends_no_sentence(text, first):
    assert text[slice(*split_sentences(text)[0])] == first


def test_a_place_and_a_date_before_a_colon_are_a_dateline():
    assert without_dateline("Jeddah, November 25: Mumbai Indians bought Ada Okoro.") == "Mumbai Indians bought Ada Okoro."
    assert without_dateline("New Delhi, Nov 25 (PTI): The government said so.") == "The government said so."
    assert without_dateline("Ada Okoro, May 4: the date she left.") == "Ada Okoro, May 4: the date she left."


@pytest.mark.parametrize(("text", "shown"), [
    ("Thousands of families in Malatya still live in container homes set up after that disaster.", "after that disaster"),
    ("None responded to a request for comment on Friday.", "None"),
    ("Elaine Moss added that some were experimenting with later-ripening clones in Oregon.", "some were"),
    ("Analysts had been looking for $15.3 billion.", "looking for $15.3 billion"),
])
def test_words_that_lean_on_the_sentence_before(text, shown):
    found = context_problem(text)
    assert found and shown in found


@pytest.mark.parametrize("text", [
    "Kinloch Ferries said some routes were cut and others were added in 2019.",
    "Kinloch Ferries is looking for 40 new crew members this year.",
    "Some 200 people were hurt in Kinloch on Monday.",
])
def test_words_like_them_that_lean_on_nothing(text):
    assert context_problem(text) is None


def test_a_magnitude_takes_wrong_values_a_few_tenths_away():
    article = _article("A magnitude 6.4 earthquake struck eastern Turkey before dawn on Thursday, killing 38 people.")
    choices = {c.answer: c.choices for seed in range(6)
               for c in number_candidates(article.sentences[0], article, random.Random(seed))}
    assert choices["6.4"] and all(5.5 <= float(choice) <= 7.3 for choice in choices["6.4"])


def test_a_body_described_as_a_private_producer_is_no_person():
    article = _article("The mine is operated by Minera Cordillera Norte, a mid-sized private producer.",
                       '"They are in a safe area," said Rodrigo Fuentes, the company\'s general manager.',
                       "Mark Ronson, a London-based record producer, said the album was done.")
    assert "Minera Cordillera Norte" not in article.names.persons
    assert "Mark Ronson" in article.names.persons


def _blank(sentence: int, answer: str) -> Candidate:
    return Candidate("number", MULTIPLE_CHOICE, sentence, f"Sentence {sentence}.", "The October rate was _____.",
                     answer, [answer, "1", "2", "3"], "", f"number:{answer}", 2.0, "easy")


def test_no_two_questions_of_a_set_show_the_same_prompt():
    """'The October rate … was _____' of two sentences (starts, completions) had two keys."""
    chosen = select([_blank(9, "329,000"), _blank(13, "565,000")], 2)
    assert len(chosen) == 1
