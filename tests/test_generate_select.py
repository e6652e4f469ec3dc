"""Selection ranks by score, sentence and what is asked, and only then by id (worked out for ties only)."""

from __future__ import annotations

from quiz.generate.candidate import Candidate
from quiz.generate.select import Ids, question_id, select
from quiz.model import MULTIPLE_CHOICE, TRUE_FALSE


def _date(answer: str, score: float = 2.1, sentence: int = 1, ask: str = "year:x") -> Candidate:
    return Candidate("date", MULTIPLE_CHOICE, sentence, "It opened in 1990.", "It opened in _____.", answer,
                     [answer, "1991", "1992", "1993"], "", ask, score, "easy", ordered=True)


def test_ties_go_to_the_smaller_id_whatever_the_order_made():
    a, b = _date("1990"), _date("1989")
    first = min((a, b), key=question_id)
    assert select([a, b], 1) == [first]
    assert select([b, a], 1) == [first]


def test_a_better_score_wins_before_any_id():
    a, b = _date("1990", score=2.1), _date("1989", score=2.3)
    assert select([a, b], 1) == [b]


def test_ids_are_worked_out_only_for_ties_and_the_chosen():
    claims = [Candidate("claim", TRUE_FALSE, n, f"Sentence {n} is here.", f"True or false? Sentence {n} is here.",
                        True, [], "", "claim", 1.6, "easy") for n in range(1, 11)]
    ids = Ids()
    chosen = select(claims, 2, minimum=2, ids=ids)  # claims beyond their share only to reach the minimum
    assert len(chosen) == 2
    assert set(ids) == {id(c) for c in chosen}
    assert [ids.of(c) for c in chosen] == [question_id(c) for c in chosen]


QUOTE = "Shares in Kinloch Ferries rose 27% to 241p in 2004."


def _blank(family: str, answer: str, prompt: str, score: float) -> Candidate:
    return Candidate(family, MULTIPLE_CHOICE, 1, QUOTE, prompt, answer, [answer, "x", "y", "z"], "",
                     f"{family}:{answer}", score, "easy")


def _claim(prompt: str, answer: bool, score: float) -> Candidate:
    return Candidate("claim", TRUE_FALSE, 1, QUOTE, prompt, answer, [], "", f"claim:{prompt}", score, "easy")


def test_no_question_shows_the_answer_of_another_of_its_sentence():
    # Asked for more questions than the sentence can give without one giving another away.
    percent = _blank("number", "27%", "Shares in Kinloch Ferries rose _____ to 241p in 2004.", 2.4)
    price = _blank("number", "241p", "Shares in Kinloch Ferries rose 27% to _____ in 2004.", 2.3)
    year = _blank("date", "2004", "Shares in Kinloch Ferries rose 27% to 241p in _____.", 2.2)
    stated = _claim(f"True or false? {QUOTE}", True, 1.9)
    assert select([percent, price, year, stated], 4, minimum=4) == [percent]
    # A false claim that changes the figure asked shows neither that figure nor another one asked.
    changed = _claim("True or false? Shares in Kinloch Ferries rose 17% to 241p in 2004.", False, 1.9)
    assert select([percent, changed], 2, minimum=2) == [percent, changed]
    assert select([price, changed], 2, minimum=2) == [price]


def _quote(sentence: int, speaker: str, score: float) -> Candidate:
    return Candidate("quote", MULTIPLE_CHOICE, sentence, f"Quote {sentence}.", f"Who said: “Words {sentence}”?",
                     speaker, [speaker, "x", "y"], "", f"quote:{sentence}", score, "easy")


def test_a_second_quotation_of_the_same_speaker_waits_for_the_other_families():
    first, again = _quote(1, "Ann Ferris", 2.5), _quote(2, "Ann Ferris", 2.4)
    other = _quote(3, "Tom Hall", 2.3)
    year = _date("1990", score=1.0, sentence=4)
    assert select([first, again, other, year], 3) == [first, other, year]
    # Where nothing else is left, the same speaker may be asked again.
    assert select([first, again], 2, minimum=2) == [first, again]
