"""Quality rules of the twenty-first round (from strict reviews of random corpus questions), each on sentences
written for these tests."""

import random

from quiz.generate import generate
from quiz.generate.analysis import analyse
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.filters import context_problem
from quiz.generate.roles import find_roles
from quiz.generate.statement import sentence_problem
from quiz.generate.typos import mend_typos
from quiz.sources import parse_source

_PEOPLE = frozenset("Ann Ferris Tom Reid Mr".split())
_NAMES = _PEOPLE | frozenset("Finance Minister Kinloch Club Harbour".split())


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _claims(article, n: int) -> list:
    return [c for seed in range(3) for c in claim_candidates(article.sentences[n - 1], article, random.Random(seed))]


def _numbers(article, n: int) -> list:
    return [c for seed in range(3) for c in number_candidates(article.sentences[n - 1], article, random.Random(seed))]


def test_slips_of_the_keyboard_are_mended_in_what_a_question_shows_and_kept_in_its_citation():
    """"who recently quit the UK Independence Party,said", "a University ofTexas student", 'a "massive vote of
    no confidence " in': a question copying them reads as the generator's own mistake."""
    assert mend_typos("Ann Ferris, who quit the Kinloch Party,said ferries were late.") == \
        "Ann Ferris, who quit the Kinloch Party, said ferries were late."
    assert mend_typos("Tom Reid, a University ofTexas student, sued atKinloch court.") == \
        "Tom Reid, a University of Texas student, sued at Kinloch court."
    assert mend_typos('It would be a "massive vote of no confidence " in the council.') == \
        'It would be a "massive vote of no confidence" in the council.'
    assert mend_typos("He called it “ a disgrace ” on Monday.") == "He called it “a disgrace” on Monday."
    # (what is no slip stays: figures, names written so, a mark whose pair is in another sentence)
    for text in ("Fares rose 1,200% on the iPod and eBay routes.", 'McDonald said " the', "Tom Reid is theirs."):
        assert mend_typos(text) == text
    text = ("Kinloch council\n\nThe Kinloch Ferry Party,said on Monday that fares to Mull would rise by 12% in May.\n")
    questions = generate(parse_source(text, "kinloch.txt"), count=5).questions
    assert questions and all("Party,said" not in q.prompt and "Party,said" not in q.explanation for q in questions)
    assert all(q.citation.quote == "The Kinloch Ferry Party,said on Monday that fares to Mull would rise by 12% in May."
               for q in questions)


def test_a_full_stop_with_no_space_before_the_next_sentence_is_two_sentences_run_together():
    """"… that's always dangerous.The man clearly has …": two sentences, one question would hold both."""
    assert "run together" in sentence_problem("Fares are rising and that is always dangerous.The man clearly knew it.")
    assert "run together" in sentence_problem("The phone has an audio jack.The machine comes in two colours.")
    assert sentence_problem("Ann Ferris edits the fansite Halo.Bungie.Org in Kinloch.") is None
