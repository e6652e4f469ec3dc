"""Quality rules of the twenty-second round (from strict reviews of random corpus questions), each on sentences
written for these tests."""

import random

import pytest

from quiz.generate.analysis import analyse
from quiz.generate.fam_roles import role_candidates
from quiz.generate.fam_speech import quote_candidate
from quiz.generate.filters import context_problem
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _quote_asked(quote: str) -> bool:
    article = _article("Ann Ferris said the Kinloch harbour would stay open.", "Jim Orr said the route would close.",
                       "Tom Reid said the fares would rise.", f'"{quote}," said Ann Ferris.')
    return any(quote_candidate(article.sentences[3], article, random.Random(seed)) for seed in range(3))


@pytest.mark.parametrize("quote", [
    "It's making money at the cost of human misery and the public purse",  # (it: the drinks trade, told before)
    "He was running around the harbour all night, looking for friends on the quay",
    "She is very religious but she is very moderate in everything she does",
    "They are not an efficient way of spreading the word about ferries",
    "It will spread its wings to sail into the northern isles next summer",
    "This has been a problem for a long time, ever since the old pier closed",
    "That's how far we are at this stage of the harbour works",
    "They'll be back at the harbour within a week, mark my words",
])
def test_a_quotation_opening_on_someone_or_something_it_does_not_name_is_not_asked(quote):
    """"Who said: 'It's making money at the cost of human misery …'?" asks about words whose 'it' only the
    sentences before say: asked apart, they are about nothing a reader can place."""
    assert not _quote_asked(quote)


@pytest.mark.parametrize("quote", [
    "It is vital that we start now to plan the ferry timetable for future years",  # ('it': the clause after it)
    "It's amazing how quickly the mood on the island changed last week",
    "It'll be hard to find a better skipper anywhere on the west coast",
    "This treaty is a flawed document that will make the ferries less safe",  # (its noun says what)
    "We know what the islanders want from a ferry service and we will deliver it",
])
def test_a_quotation_whose_first_word_stands_for_nothing_earlier_is_asked(quote):
    assert _quote_asked(quote)


@pytest.mark.parametrize(("sentence", "problem"), [
    ("Of the 10 or so images only one showed a uniform.", "'the 10 or so images' refers to"),
    ("The 40 or so islanders waited for hours.", "'the 40 or so islanders' refers to"),
    ("Of the 10 images only one showed a uniform.", "'the 10 images' refers to"),
])
def test_things_counted_roughly_lean_on_the_sentence_that_counted_them(sentence, problem):
    """"Of the _____ or so images only one showed …": which images, only the sentence before told, as for
    "the 10 images"."""
    assert (context_problem(sentence) or "").startswith(problem)
    article = _article("Kinloch Ferries opened a new route in May.", sentence)
    assert article.sentences[1].context.startswith(problem)


def test_or_so_after_a_count_that_says_which_is_no_reference():
    assert context_problem("Kinloch Ferries sold the 10 or so months to March at a loss.") is None


def test_a_quotation_opening_on_the_one_person_the_title_names_is_asked():
    # ('He' is the captain the title names; under a title naming no one, the same words are not asked)
    def asked(title: str) -> bool:
        article = _article("Tom Reid said in 1990 that the Kinloch ferry was safe.", "Ann Ferris said the route would close.",
                           "Jim Orr said the fares would rise.", "Kate Muir said the pier would be rebuilt.",
                           '"He was the finest seaman I ever sailed with, and the bravest," said Ann Ferris.',
                           title=title)
        return any(quote_candidate(article.sentences[4], article, random.Random(seed)) for seed in range(3))

    assert asked("Ferry captain Reid dies aged 84")
    assert not asked("Kinloch ferry route to close")


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Second, Kinloch ferries do not carry the sort of cargo likely to have been damaged.", True),
    ("Third, fares to Mull will rise by 12% in May.", True),
    ("Next, Kinloch Council will vote on the harbour plan.", True),
    ("Second quarter profits at Kinloch Ferries rose by 12%.", False),  # (no comma: no step of a list)
    ("Next year Kinloch Ferries will add a route to Mull.", False),
])
def test_a_step_of_a_list_begun_earlier_leans_on_it(sentence, leans):
    """"Second, stock markets do not trade the sort of companies likely to have been damaged": the first
    reason, and what did the damage, only the sentences before told."""
    assert bool(context_problem(sentence)) == leans


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Dubbed the Kinloch Voyager, it crucially has a cafe on board for the first time.", True),
    ("Widely leaked to the Kinloch papers a day in advance, they produced angry headlines.", True),
    ("Built in Kinloch in 1990, it was the fastest ferry on the coast.", True),
    ("Given a storm warning, it is unlikely that Kinloch Ferries will sail on Monday.", False),  # ('it': the clause)
    ("Built in Kinloch in 1990, the Kinloch Voyager was a fast ferry.", False),
])
def test_an_it_or_they_after_an_opening_participle_leans_on_the_sentence_before(sentence, leans):
    """"Dubbed the Pocket Media Assistant PMA430, it crucially has wi-fi …": what was dubbed so, and is 'it',
    only the sentence before told; the names inside the participle's phrase are not it."""
    names = frozenset("Kinloch Voyager Ferries Monday".split())
    assert bool(context_problem(sentence, names)) == leans


def test_a_count_of_days_or_years_back_from_the_articles_day_is_not_asked():
    """"Argonaut warned that it was low on cash _____ days ago": counted back from a day the question does not
    show (a figure before 'days' not so is asked)."""
    from quiz.generate.fam_numbers import number_candidates

    def asked(sentence: str) -> set:
        article = _article(sentence)
        return {c.answer for seed in range(3)
                for c in number_candidates(article.sentences[0], article, random.Random(seed))}

    assert "10" not in asked("Kinloch Ferries warned that it was low on cash 10 days ago when its shares were suspended.")
    assert "15" not in asked("Kinloch Ferries bought the Mull route 15 years ago for £3m.")
    assert "10" in asked("Kinloch Ferries warned that it would run out of cash within 10 days.")


def test_shares_set_against_each_other_with_while_leave_no_wrong_choice_past_the_whole():
    """"Thirty per cent said … while _____ disagreed": 73% or 83% would make more than the whole."""
    from quiz.generate.fam_numbers import number_candidates

    article = _article("Thirty per cent said the Kinloch ferry was unsafe while 63% disagreed, a poll found.")
    made = [c for seed in range(3) for c in number_candidates(article.sentences[0], article, random.Random(seed))
            if c.answer == "63%"]
    assert made and all(float(choice.rstrip("%")) + 30 < 100 for c in made for choice in c.choices)


def test_shares_of_two_groups_set_side_by_side_keep_their_wrong_choices():
    from quiz.generate.fam_numbers import number_candidates

    article = _article("Kinloch Ferries carried 90% of cars on Mull, while Kinloch Buses carried 60% of tourists on Mull.")
    made = [c for seed in range(3) for c in number_candidates(article.sentences[0], article, random.Random(seed))
            if c.answer == "60%"]
    assert made and any(float(choice.rstrip("%")) + 90 >= 100 for c in made for choice in c.choices)


def test_the_show_or_the_meeting_asked_only_where_the_title_names_it():
    """"… firms from _____ countries are attending the show" under "Aviation firms eye booming India": which
    show, only the sentence before said (as for 'the deal', 'the report')."""
    from quiz.generate import generate

    def prompts(title: str) -> list[str]:
        text = (f"{title}\n\nThe Kinloch Boat Show opened on Monday in Kinloch harbour.\n\n"
                "More than 240 boat builders from 31 countries are attending the show.\n\n"
                "Kinloch Council said 12,000 visitors were expected on Tuesday.\n")
        return [q.prompt for q in generate(parse_source(text, "kinloch.txt"), count=20).questions]

    assert not any("attending the show" in prompt for prompt in prompts("Boat builders eye booming Kinloch"))
    assert any("attending the show" in prompt for prompt in prompts("Kinloch boat show opens"))


@pytest.mark.parametrize(("title", "answer", "told"), [
    ("Kinloch Ferries closes £95m debt swap", "£38m", True),  # (40% of the title's £95m)
    ("Kinloch Ferries closes £95m debt swap", "40%", True),  # (£38m of the title's £95m)
    ("Kinloch Ferries closes debt swap", "£38m", False),
    ("Kinloch Ferries closes £300m debt swap", "£38m", False),
])
def test_a_share_of_the_titles_figure_tells_the_answer(title, answer, told):
    """"creditors holding _____ - or 40% of the total debt" under "Argentina closes $102.6bn debt swap": 40% of
    $102.6bn is the answer."""
    from quiz.generate.fam_numbers import number_candidates
    from quiz.generate.title_tells import title_tells

    article = _article("By Monday, lenders holding £38m - or 40% of Kinloch Ferries debt - had accepted a swap.",
                       title=title)
    made = [c for c in number_candidates(article.sentences[0], article, random.Random(0)) if c.answer == answer]
    assert made and title_tells(article.title, made[0]) == told


def test_a_firm_told_by_where_it_is_from_is_not_taken_for_the_one_the_title_names():
    """"Fiat … ended its alliance with General Motors. The US firm agreed to pay _____ …" under "Fiat mulls Ferrari
    market listing": the US firm is General Motors, not the Fiat the title names."""
    from quiz.generate import generate

    def prompts(firm: str) -> list[str]:
        text = ("Kinloch Ferries mulls listing\n\nKinloch Ferries recently ended its alliance with Harbour Lines.\n\n"
                f"{firm} agreed to pay £20m to exit the alliance.\n\n"
                "Kinloch Council said 12,000 visitors were expected on Tuesday.\n")
        return [q.prompt for q in generate(parse_source(text, "kinloch.txt"), count=20).questions]

    assert not any("agreed to pay" in prompt for prompt in prompts("The US firm"))
    assert not any("agreed to pay" in prompt for prompt in prompts("The Netherlands-based company"))
    assert any("agreed to pay" in prompt for prompt in prompts("The firm"))


@pytest.mark.parametrize(("sentence", "leans"), [
    ("No further details were given by Kinloch Ferries on Monday.", True),
    ("No more than 20 people sailed on the Kinloch ferry on Monday.", False),
    ("No one was hurt when the Kinloch ferry ran aground on Monday.", False),
])
def test_no_further_leans_on_what_was_told_before(sentence, leans):
    """"No further details were given, with Yuri Trutnev suggesting that Russia may decide …": details of what,
    only the sentences before told."""
    assert bool(context_problem(sentence, frozenset("Kinloch Ferries Monday".split()))) == leans


def test_a_country_head_is_no_wrong_role_for_another_nor_swapped_for_a_false_one():
    """'Prime Minister' offered for an MP beside "Prime Minister Tony Blair", "describes Tony Blair as the UN
    Secretary General": whom such an office names, a reader knows without the article."""
    article = _article("Prime Minister Tony Blair said the Kinloch ferries would be saved.",
                       "Transport Secretary Alan Reid said the ferries would get £2m.",
                       "Ann Moray, the Kinloch Council leader, said the money was welcome.",
                       "Health Secretary Jim Orr said the islanders would be pleased.")
    made = [c for info in article.sentences for seed in range(5)
            for c in role_candidates(info, article, random.Random(seed))]
    assert made
    assert not [c for c in made if "Prime Minister" in str(c.choices) and c.answer != "Prime Minister"]
    assert not [c for c in made if c.change and "Prime Minister" in (c.change.claim, c.change.source)]


@pytest.mark.parametrize(("sentence", "answer", "above"), [
    ("A majority, 52%, said the Kinloch ferry had done a good job and just 16% disagreed.", "52%", True),
    ("A minority, 48%, said the Kinloch ferry had done a good job, a poll found on Monday.", "48%", False),
])
def test_a_share_called_a_majority_has_wrong_choices_on_its_side_of_half(sentence, answer, above):
    """"A majority, _____, said Chancellor Gordon Brown had done a good job" offered 37%: no majority."""
    from quiz.generate.fam_numbers import number_candidates

    article = _article(sentence)
    made = [c for seed in range(3) for c in number_candidates(article.sentences[0], article, random.Random(seed))
            if c.answer == answer]
    assert made and all((float(choice.rstrip("%")) > 50) == above for c in made for choice in c.choices)


@pytest.mark.parametrize(("sentence", "problem"), [
    ("But Lord Reid praised the Kinloch ferry crews on Monday.", "opens with 'But'"),
    ("However, Health Secretary Jim Orr said the ferries were safe.", "opens with 'However'"),
    ("First Minister Jim Orr praised the Kinloch ferry crews on Monday.", None),  # (a title, no 'first' of a list)
])
def test_an_opener_before_a_title_still_ties_the_sentence_to_the_one_before(sentence, problem):
    """"But Lord Falconer praised his minister …" was asked with its 'But': a title after the opener was taken
    for 'First Minister …', where 'First' is the title's."""
    names = frozenset("Lord Reid Kinloch Monday Health Secretary Jim Orr First Minister".split())
    found = context_problem(sentence, names, frozenset("Lord Reid Jim Orr".split()))
    assert found == problem or (found or "").startswith(problem or "\0")


@pytest.mark.parametrize(("sentence", "leans"), [
    ("The first group sails from Kinloch while the second group sails from Oban.", True),
    ("The first quarter saw Kinloch fares rise and the second quarter saw them fall.", False),  # (parts of time)
    ("The first ferry to Kinloch sails at dawn.", False),
])
def test_the_first_and_the_second_of_one_noun_are_of_a_set_told_before(sentence, leans):
    """"The first group have a reasonably diverse range … while in the second group, …": which groups, only
    the sentence before said."""
    assert bool(context_problem(sentence, frozenset("Kinloch Oban".split()))) == leans
