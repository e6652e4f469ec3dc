"""Quality rules of the fifth round, each on sentences written for these tests (no corpus text)."""

import random

import pytest

from quiz.generate.analysis import analyse
from quiz.sources import parse_source


def _article(sentences: list[str]) -> str:
    return "Harbour news\n\n" + "\n".join(sentences) + "\n"


def test_a_membership_the_answer_also_holds_is_no_wrong_role():
    from quiz.generate.distractors import pick_roles
    article = analyse(parse_source(_article([
        "Liberal Democrat leader Ann Wells has begun a tour of the islands.",
        "Labour leader Tom Reid and Conservative leader Ian Kerr will tour too.",
        "In Kinloch, Lib Dem MP Jo Bell won the seat in 2004.",
        "Tory MP Sam Dunn spoke at the pier in May."])))
    wells = next(role for role in article.roles() if role.entity == "Ann Wells")
    offered = {role.lower() for role in pick_roles(article, wells, random.Random(0), want=10)}
    assert {"labour leader", "conservative leader", "tory mp"} <= offered
    assert "lib dem mp" not in offered
    kerr = next(role for role in article.roles() if role.entity == "Ian Kerr")
    assert "tory mp" not in {role.lower() for role in pick_roles(article, kerr, random.Random(0), want=10)}


def test_a_weekday_before_a_title_is_no_part_of_it():
    from quiz.generate.entities import split_title
    assert split_title("Wednesday Irish Transport Minister Martin Cullen".split()) == \
        (["Irish", "Transport", "Minister"], ["Martin", "Cullen"])
    assert split_title("March Skye Council leader Ann Wells".split()) == (["Skye", "Council", "leader"], ["Ann", "Wells"])
    article = analyse(parse_source(_article([
        "On Wednesday Irish Transport Minister Martin Cullen said the ferry would be sold.",
        "Kinloch Ferries chief executive Ann Wells said the sale was welcome."])))
    assert {role.role for role in article.roles()} == {"Irish Transport Minister", "Kinloch Ferries chief executive"}


def test_a_region_that_shows_a_figure_is_no_source():
    from quiz.generate.attribution import NAMED, classify_speaker
    from quiz.generate.entities import Names
    names = Names(["The North East showed the highest rate of inflation, the Halifax said."])
    assert classify_speaker("The North East", names).display is None
    assert classify_speaker("the South-West", names).display is None
    speaker = classify_speaker("The Halifax", names)
    assert (speaker.kind, speaker.display) == (NAMED, "The Halifax")


@pytest.mark.parametrize("sentence, points_back", [
    ("Kinloch Ferries will launch similar services later in the year.", "'similar services"),
    ("There is one exception: ferries in Skye are running late.", "'one exception"),
    ("Apart from all that, Kinloch sold 12 ferries in 2004.", "'all that"),
    ("Kinloch never thought the Skye bridge would be built either.", "'either'"),
    ("Kinloch Ferries sells tickets similar to bus passes.", None),
    ("With the exception of Kinloch, all ports closed in 2004.", None),
    ("Kinloch said that, in 2004, its ferries ran on time.", None),
    ("Kinloch will either sell its ferries or keep them in Skye.", None),
])
def test_similar_one_exception_all_that_and_either_point_back(sentence, points_back):
    from quiz.generate.filters import context_problem
    problem = context_problem(sentence, frozenset({"Kinloch", "Skye"}))
    assert problem is None if points_back is None else points_back in problem


def test_she_who_speaks_of_the_person_named_before_is_someone_else():
    article = analyse(parse_source(_article([
        "Ann Wells has been criticised over a ferry contract in Skye.",
        "But she added that claims Ms Wells was in charge of a £1bn budget were not true.",
        "Mr Tom Reid said Kinloch Ferries was doing well.",
        "He said a new contract would be signed in June.",
        "Ann Wells spoke in Skye on Monday.",
        "\"Ms Wells has done nothing wrong in Skye or in Kinloch,\" she said."])))
    attributions = {a.sentence: a.speaker.display for info in article.sentences for a in info.attributions}
    assert attributions[2] is None
    assert attributions[4] == "Tom Reid"
    assert article.sentences[5].quote is None


def test_an_instruction_is_no_statement_of_fact():
    from quiz.generate.statement import sentence_problem
    assert sentence_problem("As for lighting, consider a combination of uplights and downlights.")
    assert sentence_problem("Do not expect the Kinloch ferries to run on time.")
    assert sentence_problem("If in doubt, check the ferry times online before you travel.")
    assert sentence_problem("Imagine Nation sold 12 ferries to Kinloch in 2004.") is None
    assert sentence_problem("As expected, Kinloch sold 12 ferries in May.") is None
    assert sentence_problem("Think tank Demos said ferries were too dear.") is None


def test_a_quoted_instruction_keeps_its_quote_question():
    from quiz.generate.statement import sentence_problem
    assert sentence_problem("\"Imagine if they had this resource in a disaster,\" said Ann Wells of Kinloch.") is None


def test_a_figure_also_given_in_words_is_not_asked():
    from quiz.generate import generate_questions
    text = _article(["Ann Wells said just over half a million people - 645,000 - used Kinloch ferries in 2004.",
                     "Ann Wells said 645,000 people used Kinloch ferries in 2004, and 12,000 used Skye ferries."])
    asked = {q.citation.sentence for q in generate_questions(parse_source(text), count=20)
             if "number" in q.tags and q.answer == "645,000"}
    assert asked == {2}


def test_a_figure_of_the_same_period_is_not_asked_with_the_title():
    from quiz.generate import generate_questions
    text = _article(["Kinloch house prices rose by 180% in the ten years to 2004, Ann Wells of Skye Bank said.",
                     "The core ferry fare index rose by just 28% in the same period, Skye Bank said.",
                     "The core ferry fare index rose by 12% in the same period in 2003, Skye Bank said."])
    # (Sentence 3 is asked its figure or its year: a question on one would show the other's answer.)
    asked = {q.citation.sentence for q in generate_questions(parse_source(text), count=20)
             if {"number", "date"} & set(q.tags)}
    assert 2 not in asked and 3 in asked
    from quiz.generate import _same_period_before
    assert not _same_period_before("The fare rose 3.7% between July and September, and 12% in the same period.")


def test_a_group_of_digits_after_another_is_part_of_a_telephone_number():
    from quiz.generate.numbers import find_numbers
    assert find_numbers("Kinloch Ferries can be called on 0800 028 9276 from the UK.") == []
    assert [n.text for n in find_numbers("Kinloch Ferries sold 12 boats and 9,276 tickets.")] == ["12", "9,276"]


def test_they_after_a_word_in_lower_case_runs_two_sentences_together():
    from quiz.generate.statement import sentence_problem
    assert "run together" in sentence_problem(
        "More than 50% of Kinloch users log on at high speed They spend twice as long online.")
    assert "run together" in sentence_problem(
        "More than 50% of Kinloch (Skye) users log on at high speed They spend twice as long online.")
    assert sentence_problem("Kinloch said They Might Be Giants would play at the pier in May.") is None
    assert "run together" in sentence_problem("The Kinloch ferry was launched in May 2003. with both owners there.")
    assert sentence_problem("Kinloch sold 1.5 million tickets in 2003 and 2.5 million in 2004.") is None


def test_four_digits_that_count_nothing_are_a_model_not_a_figure():
    from quiz.generate.numbers import find_numbers
    assert find_numbers("Kinloch will run two Skye ferries - the 3230 and 7710 - from May.") == []
    assert [n.text for n in find_numbers("Kinloch cut 1500 jobs and sold the 7710 in May.")] == ["1500", "7710"]
    assert [n.text for n in find_numbers("Kinloch fares rose to $4500.")] == ["$4500"]


def test_a_share_that_opens_with_for_counts_something_named_earlier():
    from quiz.generate.filters import context_problem
    names = frozenset({"Kinloch", "Skye"})
    assert "'For 57%'" in context_problem("For 57%, Kinloch fares were the key issue in Skye.", names)
    assert context_problem("For 40% of Kinloch firms, fares to Skye were too high.", names) is None


def test_seasonally_adjusted_sales_say_nothing_of_whose():
    from quiz.generate.filters import context_problem
    names = frozenset({"Kinloch", "Skye"})
    assert "'Seasonally adjusted sales'" in context_problem("Seasonally adjusted sales rose 1.2% in the month.", names)
    assert context_problem("Average earnings at Kinloch rose 2% in May.", names) is None


def test_a_rate_written_to_four_places_gets_near_wrong_rates():
    from quiz.generate.number_choices import number_distractors
    from quiz.generate.numbers import find_numbers
    rate = find_numbers("The dollar ended at $1.3270 to the euro in Kinloch.")[0]
    wrong = [float(w.lstrip("$")) for w in number_distractors(rate, set(), random.Random(0))]
    assert len(wrong) == 3 and all(0.9 < w / 1.327 < 1.1 and w != 1.327 for w in wrong)


def test_a_name_with_two_joining_words_is_one_name():
    from quiz.generate.entities import NAME_RUN
    runs = [m.group() for m in NAME_RUN.finditer("Walter van der Vijver met Tom de la Mare and Nick Van den Brul.")]
    assert runs == ["Walter van der Vijver", "Tom de la Mare", "Nick Van den Brul"]


