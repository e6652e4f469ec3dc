"""Quality rules of the twenty-third round (from strict reviews of random corpus questions), each on sentences
written for these tests."""

import random

import pytest

from quiz.generate import generate
from quiz.generate.analysis import analyse
from quiz.generate.fam_roles import role_candidates
from quiz.generate.filters import context_problem
from quiz.generate.pointing import points_back
from quiz.generate.text import WORD
from quiz.sources import parse_source

_NAMES = frozenset({"Kinloch", "Ferries", "Orkney", "Ann", "Ferris", "Jim", "Orr", "Blu-ray", "Skye"})


@pytest.mark.parametrize(("sentence", "problem"), [
    ("Island councillors made a direct appeal to the two men to stop quarrelling.", "'the two men' refers to"),
    ("In letters sent to the three companies, the regulator said the fares were too high.",
     "'the three companies' refers to"),
    ("The two banks held talks about a merger in the spring.", "'The two banks' refers to"),
    ("The four remaining ferries will be sold next year.", "'The four remaining ferries' refers to"),
])
def test_things_counted_but_not_named_lean_on_the_sentence_that_named_them(sentence, problem):
    """"… a direct appeal to the two men to stop quarrelling": which two, only an earlier sentence said."""
    assert (context_problem(sentence, _NAMES) or "").startswith(problem)


def _points_back(sentence: str) -> str | None:
    return points_back(sentence, WORD.findall(sentence), _NAMES)


@pytest.mark.parametrize("sentence", [
    "Orkney and Skye are the two islands the ferry firm serves every day.",  # (named before it)
    "The two competing formats, Blu-ray and HD-DVD, will fight for the market.",  # (named after it)
    "Profit in the three months to December rose by a fifth.",  # (a time)
    "The two biggest ferry firms carried most of the passengers.",  # (which two, its own words say)
    "The three men in the boat were rescued by the lifeboat crew.",
    "Ann Ferris cast one of the two votes against the new timetable.",
    "The four firms that bid for the contract were all from Scotland.",
])
def test_things_counted_and_told_which_are_not_taken_for_things_named_earlier(sentence):
    """(Other rules may still find such a phrase leaning on an earlier sentence; this one says nothing of it.)"""
    assert _points_back(sentence) is None
    assert context_problem("Orkney and Skye are the two islands the ferry firm serves every day.", _NAMES) is None


@pytest.mark.parametrize("sentence", [
    "Education levels among its young population are rising fast.",
    "Sales of its new ferry tickets fell by 7% last year.",
    "Growth was helped by its summer timetable, which carried more tourists.",
])
def test_its_inside_a_subject_opened_by_a_common_noun_refers_to_something_earlier(sentence):
    """"Education levels among its young population are rising": whose population, the sentence before told."""
    assert context_problem(sentence, _NAMES) == "'its' refers to something earlier"


@pytest.mark.parametrize("sentence", [
    "Kinloch Ferries said sales of its new tickets fell by 7% last year.",  # (a name before it)
    "Prior to its sale last year, Kinloch Ferries was run by a trust.",  # (the name after it)
    "Optimism is at its highest since Kinloch Ferries opened.",  # (its: the optimism)
])
def test_its_after_a_name_or_naming_one_after_it_stands_alone(sentence):
    assert context_problem(sentence, _NAMES) is None


def _asked_of(title: str, sentences: list[str], n: int) -> list[str]:
    """The prompts asked of sentence n of an article with this title and these sentences."""
    text = title + "\n\n" + "\n\n".join(sentences) + "\n"
    return [q.prompt for q in generate(parse_source(text, "kinloch.txt"), count=20).questions
            if q.citation.sentence == n]


_MERGER = ["Shares in Kinloch Ferries rose 5% on Monday after reports of a merger with Orkney Ferries.",
           "The two firms reportedly held talks in October and November 2004.",
           "A tie-up would create the largest ferry operator in Scotland, valued at £90m."]


def test_a_title_naming_one_of_two_counted_does_not_say_which_two():
    """Under "Kinloch Ferries shares up on merger talk", "The two firms held talks …" still means two firms an
    earlier sentence named: the title names one, and so cannot settle 'the two firms' as it settles 'the firm'.
    ("Profile: Gordon Brown" over "an appeal to the two men to stop bickering": the same.)"""
    assert _asked_of("Kinloch Ferries shares up on merger talk", _MERGER, 2) == []
    assert _asked_of("Kinloch Ferries shares up on merger talk", _MERGER, 1)  # (the article is asked about)


_SUMMER = ["Kinloch Ferries carried 40,000 passengers last summer, up from 31,000 in 2003.",
           "The firm said its profit for the year rose to £2.1m from £1.5m.",
           "Income from its freight services fell 7% in 2004, although 15% more lorries used the route.",
           "Ann Ferris, the chief executive, said the firm would buy a third ferry in 2005."]


def test_its_in_a_subject_is_not_settled_by_the_title():
    """"Income from its freight services fell _____": whose, the title may suggest, but the sentence before told."""
    assert _asked_of("Kinloch Ferries profit rises", _SUMMER, 3) == []
    assert _asked_of("Kinloch Ferries profit rises", _SUMMER, 1)


_PAIR = ["Ann Ferris and Jim Orr have run Kinloch Ferries together since 1998.",
         "Ann Ferris is the chief executive of Kinloch Ferries and Jim Orr is its chairman.",
         "The pair are said to have quarrelled over the timetable for 2005."]


@pytest.mark.parametrize("title", ["Profile: Jim Orr", "Kinloch ferries"])
def test_the_pair_is_not_settled_by_a_title_naming_one_of_them_or_neither(title):
    """"The pair are said to have quarrelled …": which pair, only the sentences before say."""
    assert _asked_of(title, _PAIR, 3) == []
    assert _asked_of(title, _PAIR, 1)


def test_a_title_holding_the_group_noun_says_which_group():
    assert _asked_of("Kinloch Ferries pair in timetable row", _PAIR, 3)


def _role_questions(*sentences: str) -> list:
    article = analyse(parse_source("Kinloch ferries\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))
    return [c for info in article.sentences for seed in range(5)
            for c in role_candidates(info, article, random.Random(seed)) if c.kind == "multiple_choice"]


_ROLES = ["Fund manager Tom Hall said he would sell his Kinloch Ferries shares.",
          "Chief executive Ann Ferris said the firm would buy a new ferry.",
          '"This is the bill for years of bad management," said Kinbank analyst Jo Reid.']


def test_a_role_naming_a_firm_is_not_offered_among_roles_naming_nothing():
    """"HVB analyst" beside "Chief executive" and "Fund manager" is the one choice that names a firm, and so the
    one a guesser picks. ('Fund manager' opens its sentence: its capital names nothing.)"""
    assert not [c for c in _role_questions(*_ROLES) if c.answer == "Kinbank analyst"]


def test_a_role_naming_a_firm_is_offered_beside_another_that_names_one():
    made = [c for c in _role_questions(*_ROLES, "Orkney Ferries chairman Jim Orr said the fares would rise in May.",
                                       "Kinloch Council leader Ian Moray said the council would help.")
            if c.answer == "Kinbank analyst"]
    assert made
    assert all(any(name in choice for choice in c.choices for name in ("Orkney", "Kinloch")) for c in made)


_PEOPLE = frozenset({"Ann", "Ferris", "Jim", "Orr", "Gwen", "Stefani"})


@pytest.mark.parametrize(("sentence", "problem"), [
    ("For Kinbank they asked 2,234 adults across the island the same question.", "'they' refers to"),
    ("For Kinloch Ferries it is the start of a £20m investment in new boats.", "'it' refers to"),
    ("In Orkney it was just over 6,000, and in Skye just under 5,000.", "'it' refers to"),
    ("Special guest, singer Gwen Stefani, joined her on-stage to launch the new ferry.", "'her' refers to"),
    ("Jim Orr told her that the ferry would sail on Monday.", "'her' refers to"),
])
def test_a_pronoun_after_a_scene_or_after_the_one_person_named_leans_on_an_earlier_sentence(sentence, problem):
    """"For Countryfile they asked 2,234 adults": who asked, the sentence before said; "singer Gwen Stefani
    joined her on-stage": her is someone else, told of before."""
    names = _NAMES | _PEOPLE | {"Kinbank"}
    assert (context_problem(sentence, names, _PEOPLE) or "").startswith(problem)


@pytest.mark.parametrize("sentence", [
    "In Orkney it is thought that fares will rise next year.",  # ('it': the clause after it)
    "Singer Gwen Stefani launched her own range of ferry tickets in Kinloch.",  # (her own: Gwen Stefani's)
    "Ann Ferris said her firm would buy a new ferry in 2005.",
])
def test_a_pronoun_for_the_clause_after_it_or_the_one_person_named_stands_alone(sentence):
    names = _NAMES | _PEOPLE
    assert context_problem(sentence, names, _PEOPLE) is None


def _questions_of(sentences: list[str], n: int, title: str = "Kinloch ferries") -> list:
    text = title + "\n\n" + "\n\n".join(sentences) + "\n"
    return [q for q in generate(parse_source(text, "kinloch.txt"), count=20).questions if q.citation.sentence == n]


_CHAIRMAN = ["Kinloch Ferries carried 40,000 passengers last summer, up from 31,000 in 2003, Mr Orr said.",
             "Jim Orr, 45, was made chairman of Kinloch Ferries in May.",
             "He joined Kinloch Ferries in 1998 as a deckhand on the Orkney route."]


def test_an_opening_he_is_asked_with_the_one_person_the_sentence_before_names():
    """"Jim Orr, 45, was made chairman … . He joined Kinloch Ferries in 1998 …" asks "Jim Orr joined Kinloch
    Ferries in _____":
    the name in the pronoun's place, the citation and the explanation in the source's own words."""
    asked = _questions_of(_CHAIRMAN, 3)
    assert asked
    assert all("Jim Orr joined Kinloch Ferries in" in q.prompt and "He joined" not in q.prompt for q in asked)
    assert all(q.citation.quote == _CHAIRMAN[2] and "He joined Kinloch Ferries" in q.explanation for q in asked)


@pytest.mark.parametrize("before", [
    "Ferry chief Jim Orr called him a giant of the island trade.",  # (him: someone else)
    "Mrs Ann Ferris, 45, was made chairman of Kinloch Ferries in May.",  # (a woman: no 'he')
    "Jim Orr and Dr Tom Reid were made directors of Kinloch Ferries in May.",  # (two: which?)
    "The board of Kinloch Ferries said it had asked Jim Orr to stay on.",  # (not what it is about)
])
def test_an_opening_he_is_not_asked_where_the_sentence_before_does_not_plainly_say_who(before):
    assert _questions_of([_CHAIRMAN[0], before, _CHAIRMAN[2]], 3) == []


def test_an_opening_his_is_asked_as_the_persons():
    sentences = [_CHAIRMAN[0], _CHAIRMAN[1], "His career started at Orkney Ferries, which he joined in 1998."]
    asked = _questions_of(sentences, 3)
    assert asked
    assert all("Jim Orr's career started at Orkney Ferries" in q.prompt for q in asked)


def test_an_opening_his_that_stands_for_a_noun_before_is_not_asked():
    """"His is the latest in a series of arrests": his arrest, which only the sentence before told."""
    assert _questions_of([_CHAIRMAN[0], _CHAIRMAN[1], "His is the third such case at Kinloch Ferries since 1998."],
                         3) == []


@pytest.mark.parametrize(("sentence", "problem"), [
    ("The ferry company, working with Orkney Ferries, opened a new route in 2003.", "'the ferry company' refers to"),
    ("The Tories would also cut fares and Labour says both would cost islanders dear.", "'both' refers to"),
    ("Jim Orr said that both would cost islanders dear.", "'both' refers to"),
])
def test_a_compound_closed_by_a_comma_and_a_bare_both_lean_on_an_earlier_sentence(sentence, problem):
    """"The computer company, working with United Devices, …" under "Computer grid to help the world" is a
    company, whose name only the sentence before told (not the computer the title holds); "Labour says both
    would cap people's ambitions": both of what, only the sentence before said."""
    assert (context_problem(sentence, _NAMES) or "").lower().startswith(problem.lower())


def test_a_both_after_the_two_it_names_stands_alone():
    assert context_problem("Kinloch Ferries and Orkney Ferries both said fares would rise in May.", _NAMES) is None


def test_a_title_holding_the_first_noun_of_a_compound_does_not_say_which_company():
    sentences = ["Kinloch Ferries carried 40,000 passengers in 2004, up from 31,000 in 2003, Mr Orr said.",
                 "Kinloch Ferries gave the boats, and Orkney Ferries paid for the crews.",
                 "The ferry company, working with Orkney Ferries, opened a new route to 226 islands in 2003."]
    assert _asked_of("Ferry grid to help the islands", sentences, 3) == []
    assert _asked_of("Ferry grid to help the islands", sentences, 1)


@pytest.mark.parametrize(("sentence", "stands_alone"), [
    ("At the time, Orkney Ferries offered Kinloch the choice of a merger or a sale.", False),
    ("At the time Jim Orr had said the fares would only rise in extraordinary circumstances.", False),
    ("At the time of writing, Orkney Ferries had two boats on the Kinloch route.", True),
    ("Orkney Ferries' head office was in Kirkwall, which at the time was over a fish shop.", True),
])
def test_an_opening_at_the_time_is_a_time_told_earlier(sentence, stands_alone):
    """"At the time, Ofcom offered BT the choice of change or splitting into two": at what time, only the
    sentence before said (mid-sentence, "which at the time was over a curry house", its own sentence tells)."""
    problem = context_problem(sentence, _NAMES | _PEOPLE | {"Kirkwall"}, _PEOPLE)
    assert (problem is None) == stands_alone
    if not stands_alone:
        assert problem == "'At the time' is a time told of earlier"


_EARNINGS = ["Jim Orr earned £90,000 last year, Mr Orr's declared interests show.",
             "Kinloch Ferries said former chairman Tom Reid had been away from its board for a year.",
             "His declared interests include £20,000 from newspaper articles.",
             "He also earned between £25,000 and £35,000 as an adviser to Orkney Ferries."]


def test_a_run_of_he_and_his_is_of_the_last_person_named_not_the_one_the_title_names():
    """"Hague's six-figure earnings shown" over "Mr Milburn was away from the frontbench … . His declared
    interests include … . He also commanded a salary of …": he is Mr Milburn, named two sentences before."""
    assert _asked_of("Orr's six-figure earnings shown", _EARNINGS, 4) == []
    assert _asked_of("Orr's six-figure earnings shown", _EARNINGS[:1] + _EARNINGS[3:], 2)
