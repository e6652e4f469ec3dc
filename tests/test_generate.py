"""The question generator on the seed article and on small articles written for these tests."""

from pathlib import Path

import pytest

from quiz.generate import generate, generate_questions
from quiz.model import FAMILIES, MULTIPLE_CHOICE, TRUE_FALSE, fingerprint_of
from quiz.sources import parse_source, read_source

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ac34c4d9b940b12e.txt"

# Written for these tests (not taken from any article).
ARTICLE = """Harbour town opens new ferry terminal

The Dunmore Harbour Board said the new terminal cost £42m and would handle 1.2 million passengers a year.
Maria Olsen, the board's chief executive, said the project was finished two months early.
"We built this for the next fifty years of travel," Ms Olsen told reporters.
Local campaigners said the old pier was not demolished as planned.
The terminal was first proposed in 2009 and approved by the council in 2016.
There are about 300 staff at the harbour, according to the board.
Transport Minister Alan Reid said the government would not fund a second terminal.
Shipping analysts estimated that ferry traffic rose 12% last year.
Greenway Ferries, a family-owned operator, said it would add two routes.
The council's planning chief, Tom Becker, said the decision was unanimous.
The Harbour Trust, a local charity, said 40 volunteers had cleaned the beach.
Sealink, a rival operator based in Wales, said it had cut fares by 8%.
"""


def _doc(text=ARTICLE):
    return parse_source(text, "article.txt", "0" * 64)


@pytest.fixture(scope="module")
def seed_questions():
    return generate_questions(read_source(SEED), count=30)


def test_every_question_cites_its_sentence_verbatim(seed_questions):
    doc = read_source(SEED)
    assert seed_questions
    for question in seed_questions:
        sentence = doc.sentence(question.citation.sentence)
        assert sentence is not None and question.citation.quote == sentence.text


def test_every_question_has_a_family_an_explanation_and_a_fingerprint(seed_questions):
    for question in seed_questions:
        assert len(question.tags) == 1 and question.tags[0] in FAMILIES
        assert question.explanation and question.difficulty in ("easy", "medium", "hard")
        assert question.fingerprint == fingerprint_of(question)


def test_the_seed_gives_all_six_families(seed_questions):
    assert {q.tags[0] for q in seed_questions} == set(FAMILIES)


def test_multiple_choice_questions_are_well_formed(seed_questions):
    for question in seed_questions:
        if question.kind == MULTIPLE_CHOICE:
            assert question.answer in question.choices
            lowered = [c.lower() for c in question.choices]
            assert len(set(lowered)) == len(lowered) >= 3
            for a in lowered:
                assert not any(a != b and a in b.split(" ") for b in lowered)
        else:
            assert question.kind == TRUE_FALSE and isinstance(question.answer, bool) and not question.choices


def test_ids_are_unique_and_stable_and_output_is_identical():
    first = generate_questions(read_source(SEED), count=20, seed=3)
    second = generate_questions(read_source(SEED), count=20, seed=3)
    assert first == second
    assert len({q.id for q in first}) == len(first)
    assert all(q.id.startswith(f"q-{q.tags[0]}-") for q in first)


LEANING = """Garden shed start-up

The company was set up by two students in a garden shed in 1996. They wanted a way to keep track of
the boats they liked. It floated on the stock market in April 1999 with 40 staff. Now the firm employs
7,600 people. They still run it together.
"""


@pytest.mark.parametrize("text", [SEED.read_text(encoding="utf-8"), ARTICLE, LEANING])
@pytest.mark.parametrize("count, seed", [(None, 0), (3, 5)])
def test_a_pool_is_what_a_second_run_for_that_many_gives(text, count, seed):
    # Regeneration asks for the set and for every question (its pool) from one analysis.
    doc = parse_source(text)
    both = generate(doc, count, seed, pool=10_000)
    alone = generate(doc, count, seed)
    assert both.questions == alone.questions and both.skipped == alone.skipped
    assert both.pool == generate(doc, 10_000, seed).questions
    assert len(both.pool) >= len(both.questions) and alone.pool == []


def test_ids_do_not_depend_on_position():
    doc = _doc()
    moved = _doc(ARTICLE.replace("Harbour town opens new ferry terminal\n\n",
                                 "Harbour town opens new ferry terminal\n\nThe weather was fine all week in the town.\n"))
    ids = {q.id: q.prompt for q in generate_questions(doc, count=50)}
    ids_moved = {q.id: q.prompt for q in generate_questions(moved, count=50)}
    shared = set(ids) & set(ids_moved)
    assert len(shared) >= len(ids) // 2
    assert all(ids[i] == ids_moved[i] for i in shared)


def test_the_war_monitor_question_never_offers_the_observatory():
    questions = generate_questions(read_source(SEED), count=40)
    who = [q for q in questions if q.prompt == "According to the article, who reported at least 22 fatalities?"]
    assert who, "the seed's attribution question is generated"
    assert who[0].answer == "A war monitor"
    assert not any("Observatory" in choice for choice in who[0].choices)


def test_he_said_quotation_is_resolved_from_the_sentence_before():
    questions = generate_questions(read_source(SEED), count=40)
    quote = [q for q in questions if q.tags == ["quote"] and "We know what we hit" in q.prompt]
    assert quote and quote[0].answer == "Lloyd Austin"


def test_number_choices_keep_the_format_and_are_not_stated_elsewhere():
    questions = generate_questions(read_source(SEED), count=40)
    troops = [q for q in questions if q.tags == ["number"] and q.answer == "about 2,500"]
    assert troops
    assert all(choice.startswith("about ") for choice in troops[0].choices)
    assert "_____" in troops[0].prompt and "2,500" not in troops[0].prompt


def test_false_claims_name_the_change_against_the_source():
    questions = generate_questions(_doc(), count=60)
    false = [q for q in questions if q.kind == TRUE_FALSE and q.answer is False and q.tags == ["claim"]]
    assert false
    for question in false:
        assert question.change is not None
        assert question.change.source.lower() in question.citation.quote.lower()
        assert question.change.claim in question.prompt
        explanation = question.explanation.lower()
        assert question.change.source.lower() in explanation and question.change.claim.lower() in explanation


def test_true_claims_are_stated_by_the_sentence():
    # (In the small article every sentence's true claim would show a figure or a name asked beside it.)
    questions = generate_questions(_doc(), count=60) + generate_questions(read_source(SEED), count=60)
    true = [q for q in questions if q.kind == TRUE_FALSE and q.answer is True]
    assert true
    for question in true:
        statement = question.prompt.split(": ", 1)[1].rstrip(".").lower()
        assert statement in question.citation.quote.lower()


def test_role_questions_from_appositives_and_titles():
    questions = generate_questions(_doc(), count=60)
    roles = {q.prompt: q.answer for q in questions if q.tags == ["role"] and q.kind == MULTIPLE_CHOICE}
    asked = "According to the article “Harbour town opens new ferry terminal”, what is Greenway Ferries?"
    assert roles[asked] == "a family-owned operator"


def test_count_is_respected_and_spread():
    doc = _doc()
    assert len(generate_questions(doc, count=3)) == 3
    questions = generate_questions(doc, count=8)
    assert len({q.citation.sentence for q in questions}) >= 6


def test_default_count_grows_with_the_article():
    questions = generate_questions(_doc())
    assert 4 <= len(questions) <= 8


def test_no_two_questions_on_the_same_fact_with_the_same_skill():
    questions = generate_questions(_doc(), count=100)
    keys = [(q.tags[0], q.citation.sentence, q.prompt) for q in questions]
    assert len(keys) == len(set(keys))
    claims = [q.citation.sentence for q in questions if q.tags == ["claim"]]
    assert len(claims) == len(set(claims))


def test_skipped_sentences_are_reported():
    result = generate(read_source(SEED))
    reasons = dict(result.skipped)
    assert reasons[9] == "a question, not a statement"


def test_a_seed_changes_choice_order_only():
    a = generate_questions(_doc(), count=10, seed=1)
    b = generate_questions(_doc(), count=10, seed=2)
    assert [q.id for q in a] == [q.id for q in b] or {q.tags[0] for q in a} == {q.tags[0] for q in b}


def test_an_empty_or_tiny_document_gives_no_questions():
    assert generate_questions(_doc("Title only\n\nShort.\n")) == []
    assert generate_questions(_doc("")) == []


def test_a_wrong_title_is_asked_as_the_article_s_description():
    # Someone may hold a title the article does not give them: what is false is the description.
    text = ("Harbour vote\n\nGreenway Ferries, a family-owned operator, said it would add two routes in 2026.\n"
            "Transport Minister Alan Reid said the government would not fund a second terminal.\n"
            "Tom Becker, planning chief at Kinloch Council, said the decision was unanimous.\n")
    roles = [q for q in generate_questions(_doc(text), count=30) if q.tags == ["role"] and q.kind == TRUE_FALSE
             and "Tom Becker" in q.prompt]
    assert [q.prompt for q in roles] == [
        "True or false: the article “Harbour vote” describes Tom Becker as the Transport Minister."]
    assert roles[0].answer is False
    assert roles[0].explanation.startswith(
        "False. The article describes Tom Becker as the planning chief at Kinloch Council, not as the Transport "
        "Minister")


def test_an_adverb_opening_a_claim_is_lower_case_inside_a_question():
    from quiz.generate.text import lower_first
    assert lower_first("Just 13 of the 40 ferries sail at night.", frozenset()) == \
        "just 13 of the 40 ferries sail at night."
    assert lower_first("Nearly half the crews are local.", frozenset()) == "nearly half the crews are local."


def test_a_lower_case_compound_opening_a_claim_is_no_name():
    from quiz.generate.text import lower_first
    assert lower_first("Pocket-sized ferries are set to sail.", frozenset(), set()) == \
        "pocket-sized ferries are set to sail."
    assert lower_first("Kilroy-Silk said the ferries would sail.", frozenset(), set()) == \
        "Kilroy-Silk said the ferries would sail."
