"""Quality rules of the seventeenth round (from strict reviews of random corpus questions), each on
sentences written for these tests."""

import random

import pytest

from quiz.generate import generate
from quiz.generate.analysis import analyse
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import _within_bounds, number_candidates
from quiz.generate.fam_roles import _titled, role_candidates
from quiz.generate.fam_speech import quote_candidate
from quiz.generate.filters import context_problem
from quiz.generate.negation import negation_change
from quiz.generate.numbers import find_numbers
from quiz.generate.text import outside_quotes
from quiz.generate.topic import title_settles
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def test_a_name_inside_a_hyphened_word_tells_no_surname():
    """'T-Mobile said' is the firm speaking: 'Mobile' is no one's surname, so 'the Northwind Mobile phone'
    names no person to offer as a speaker."""
    article = _article("The Northwind Mobile phone, with two cameras and a keyboard, goes on sale in May.",
                       "T-Mobile said it was seeing increasing take up of its services.",
                       'Brian Kerr, managing director of T-Mobile, said: "We see a growing trend."')
    assert "Northwind Mobile" not in article.names.persons
    assert "Brian Kerr" in article.names.persons


def _negated(body: str):
    return negation_change(body, outside_quotes(body), [])


@pytest.mark.parametrize("body", [
    "A US company has pulled out of a contract to rebuild the region's railways, officials have said.",
    "A man is facing charges of hacking into the council's computers.",
    "An Austrian village is testing technology that could change local television.",
    "A spokesman did not comment on the report.",
])
def test_what_some_one_of_a_kind_did_is_not_negated(body):
    """'A US company has not pulled out' may be true of another company than the one that has."""
    assert _negated(body) is None


def test_what_such_a_thing_would_do_is_still_negated():
    assert _negated("A merger of the two banks would create the country's fourth biggest lender.") is not None
    assert _negated("The Kinloch ferry company has pulled out of the contract.") is not None


def test_a_clause_telling_what_drove_it_keeps_the_verb_unnegated():
    """'is not growing, partly fuelled by fierce competition' reads false at once."""
    assert _negated("The popularity of fast net access is growing, partly fuelled by fierce competition.") is None
    assert _negated("Kinloch Foods has reported record profits, helped by strong demand for its pies.") is None
    assert _negated("The new cards are designed to work with machines produced by different companies.") is not None


def _roles(article) -> list:
    return [c for seed in range(5) for info in article.sentences
            for c in role_candidates(info, article, random.Random(seed))]


def test_a_seat_in_parliament_is_no_wrong_choice_for_a_minister():
    """The Prime Minister is a Labour MP too: 'Labour MP' is no wrong answer to who he is."""
    article = _article("The decision must be ratified by Defence Secretary Geoff Hoon and Prime Minister Tony Blair.",
                       "A rival plan had been put forward by Labour MP Eric Joyce, who wanted the regiments kept.",
                       "Transport Secretary Alistair Darling said the ferries would sail on Monday.")
    asked = [c for c in _roles(article) if "Tony Blair" in c.prompt]
    assert asked
    for candidate in asked:
        assert "Labour MP" not in (candidate.choices or [candidate.prompt])


def test_a_role_that_names_a_country_is_not_set_among_roles_that_name_none():
    """'South African president' beside two British posts gives itself away."""
    article = _article("South African president Thabo Mbeki has attacked British imperialists in a speech.",
                       "Former international development secretary Clare Short said the remarks were fair.",
                       "BBC political correspondent Mark Mardell said the row would not go away.")
    for candidate in _roles(article):
        if "Thabo Mbeki" in candidate.prompt:
            assert not candidate.choices


def test_a_deputy_keeps_the_capital_of_the_title_it_is_part_of():
    assert _titled("Deputy Mayor") == "the Deputy Mayor"
    assert _titled("Former Labour leader") == "the former Labour leader"


def test_a_word_that_weighs_a_figure_stays_in_the_prompt():
    """'just 1.8bn euros': 'just' is the writer's weighing, not part of the figure the choices show."""
    article = _article("Kinloch Foods has cut its debt to just 1.8bn euros, its annual report showed on Monday.")
    asked = [c for c in number_candidates(article.sentences[0], article, random.Random(1))]
    assert asked and asked[0].answer == "1.8bn"
    assert "to just _____ euros" in asked[0].prompt
    assert not [choice for choice in asked[0].choices if choice.startswith("just")]


@pytest.mark.parametrize("text", [
    "Assuming that the Kinloch Institute is right, and demand stays solid, the ferry firms will do well.",
    "Forsyth is wrong.",
    "Most economists now think Forsyth was mistaken.",
])
def test_someone_right_or_wrong_judges_a_claim_told_earlier(text):
    assert "judges a claim told earlier" in (context_problem(text) or "")


@pytest.mark.parametrize("text", [
    "Roger Bennett, head of a trade body, said banning violent games would be wrong.",
    "Kinloch Foods is right to cut prices, analysts said.",
])
def test_right_or_wrong_about_what_the_sentence_tells_stands_alone(text):
    assert context_problem(text) is None


def test_a_phrase_after_that_ending_the_sentence_points_back():
    found = context_problem("The next speech from Gordon Brown will be examined for any use of that little three "
                            "letter word.")
    assert found and "refers to something earlier" in found
    assert context_problem("Gordon Brown said that growth would slow.") is None


def test_a_magazine_the_title_does_not_name_is_not_settled_by_it():
    article = _article("The Apple PowerBook has been chosen as the greatest gadget of all time by US magazine Mobile PC.",
                       "The 1991 laptop helped define the layout of all later notebook PCs.",
                       "The magazine has compiled a top 100 list which includes the 1956 Zenith remote control.",
                       title="Apple laptop is 'greatest gadget'")
    assert not title_settles(article, 3)


def test_an_hour_of_the_clock_in_a_name_is_no_figure():
    assert not find_numbers("Broadband was being mentioned on the 10 O'clock News and in the tabloids.")
    assert [n.text for n in find_numbers("The meeting starts at 10 o'clock, with 40 delegates.")] == ["40"]


def _quotes(article) -> list:
    return [c for seed in range(3) for info in article.sentences
            for c in quote_candidate(info, article, random.Random(seed))]


def test_a_short_quotation_opening_with_a_word_pointing_back_is_not_asked():
    sentences = ['"The spammers are getting cleverer every single month of the year," said David Stanley of Kinloch Mail.',
                 'Steve Linford said the filters would catch most of it.', 'Kevin Hogan said the law was too weak.']
    short = _article(*sentences, '"They are adding to their armoury," said David Stanley.')
    assert not [c for c in _quotes(short) if "armoury" in c.prompt]
    # (nor, since round 22, a longer one: 'they' is whom the sentences before told; a noun says whom)
    longer = _article(*sentences, '"They are adding new tricks to their armoury every week," said David Stanley.')
    assert not [c for c in _quotes(longer) if "armoury" in c.prompt]
    named = _article(*sentences, '"The spammers are adding to their armoury," said David Stanley.')
    assert [c for c in _quotes(named) if "armoury" in c.prompt]
    ours = _article(*sentences, '"We know what we hit," said David Stanley.')  # ('we': the speaker's own side)
    assert [c for c in _quotes(ours) if "what we hit" in c.prompt]


def test_a_name_cut_short_that_the_title_does_not_hold_gives_no_question():
    """'The Bank said …' after 'the Bank of Kinloch', under a title naming no bank: which bank, only the article
    tells. Under a title that holds the word, it stands."""
    sentences = ["The Bank of Kinloch kept its main interest rate at 4.75% on Thursday, as most analysts expected.",
                 "The Bank said sound monetary policy depends on having good and timely information from firms."]
    unnamed = generate(parse_source("Economy 'stronger than forecast'\n\n" + "\n\n".join(sentences) + "\n", "k.txt"))
    assert not [q for q in unnamed.questions if q.citation.sentence == 2]
    assert any(n == 2 and "cuts short a name" in why for n, why in unnamed.skipped)
    named = generate(parse_source("Bank keeps rates on hold\n\n" + "\n\n".join(sentences) + "\n", "k.txt"))
    assert not any(n == 2 and "cuts short a name" in why for n, why in named.skipped)


def test_no_wrong_share_completes_the_whole_nearer_than_the_answer():
    """44% + 48% + 7% = 99%: '8%' would read as what the others leave, the answer's rounding notwithstanding."""
    body = ("According to Kinloch Research 44% of searchers use a single search engine, 48% use two or three and a "
            "small number, 7%, consult more than three.")
    numbers = find_numbers(body)
    seven = next(number for number in numbers if number.text == "7%")
    assert _within_bounds(body, seven, 7.0, numbers, ["5%", "6%", "8%", "9%"]) == ["5%", "6%", "9%"]
    apart = "Sales of 44% of the firms rose, 48% of them grew their staff, and costs rose 7%."  # (no whole)
    numbers = find_numbers(apart)
    seven = next(number for number in numbers if number.text == "7%")
    assert "8%" in _within_bounds(apart, seven, 7.0, numbers, ["5%", "6%", "8%", "9%"])


def test_no_stop_follows_a_quotation_that_ends_a_question():
    sentences = ['"Most buyers never use the video features on their new phones at all," said Shailendra Jain of Kinloch.',
                 'Yaron Toren said the networks were too slow.', 'Andrew Bud said prices would fall.']
    article = _article(*sentences, "\"Buyers ask themselves: 'If I stream video from one handset to another will it "
                                   "work?'\" said Shailendra Jain.")
    asked = [c for c in _quotes(article) if "will it work" in c.prompt]
    assert asked and "will it work?'”" in asked[0].explanation


def test_no_speaker_swap_where_the_words_quoted_are_another_speakers_too():
    """'Jack Law said the comment was "ill-advised"': another called it 'stupid and ill-advised' too, so a swapped
    speaker may have said the very word: no false claim."""
    article = _article("Kinloch's drinking figures for the year were published on Monday.",
                       'Jack Law, chief executive of Kinloch Alcohol Focus, said Tom Reid\'s comment was "ill-advised".',
                       'Hamish MacDonell said the remark by Tom Reid was "stupid and ill-advised".',
                       "Ann Ferris said the plan to raise taxes was sound.")
    for seed in range(5):
        made = claim_candidates(article.sentences[1], article, random.Random(seed))
        assert made and not [candidate for candidate in made if candidate.change]
