"""Quality rules of the eighteenth round (from strict reviews of random corpus questions), each on
sentences written for these tests."""

import random

import pytest

from quiz.generate import generate
from quiz.generate.analysis import analyse
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.fam_years import date_candidates
from quiz.generate.fam_roles import _titled, role_candidates
from quiz.generate.fam_speech import attribution_candidates, quote_candidate
from quiz.generate.distractors import no_speaker, said_as_much_before
from quiz.generate.filters import context_problem
from quiz.generate.full_names import spelled_out, with_acronyms_spelled_out, with_full_names
from quiz.generate.negation import negation_change
from quiz.generate.number_choices import spread
from quiz.generate.text import article_for, outside_quotes
from quiz.generate.topic import title_settles
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _roles(article) -> list:
    return [c for seed in range(5) for info in article.sentences
            for c in role_candidates(info, article, random.Random(seed))]


_LEADERS = ("German Chancellor Gerhard Schroeder and French President Jacques Chirac want the embargo lifted.",
            "UK Foreign Secretary Jack Straw said the decision would come in the spring.",
            "Italian Prime Minister Silvio Berlusconi met Dutch Finance Minister Gerrit Zalm in Rome.")


def test_a_country_no_wrong_choice_shares_is_no_multiple_choice():
    """'French President' among 'German Chancellor', 'UK Foreign Secretary' and 'Italian Prime Minister':
    who knows Jacques Chirac is French picks it without the article."""
    asked = [c for c in _roles(_article(*_LEADERS)) if c.choices]
    assert asked == []


def test_a_country_a_wrong_choice_shares_is_still_asked():
    article = _article(*_LEADERS, "French Finance Minister Herve Gaymard said the talks had gone well.")
    asked = [c for c in _roles(article) if c.choices and "Jacques Chirac" in c.prompt]
    assert asked
    for candidate in asked:
        assert "French Finance Minister" in candidate.choices


def test_no_true_or_false_sets_a_person_in_another_countrys_post():
    """'the article describes Gerhard Schroeder as the UK Foreign Secretary' is false to anyone who knows him."""
    for candidate in _roles(_article(*_LEADERS)):
        assert candidate.choices == [], candidate.prompt
        assert candidate.change is not None
        claimed = candidate.change.claim
        assert not any(country in claimed for country in ("German", "French", "UK", "Italian", "Dutch")), claimed


def _numbers(article) -> list:
    return [c for seed in range(3) for info in article.sentences
            for c in number_candidates(info, article, random.Random(seed))]


@pytest.mark.parametrize("body", [
    "Kinloch Ferries plans to cut more than 240 jobs at its yard in Oban.",
    "Kinloch Ferries stranded at least 2,500 passengers in Oban on Monday.",
])
def test_a_bound_is_no_figure_to_fill_in(body):
    """'more than 240': a lesser bound is true too, so every wrong value lies above it and the answer is
    always the least choice (for 'up to', the greatest): a reader who knows that needs no article."""
    assert _numbers(_article(body)) == []


def test_a_figure_said_to_be_near_is_still_asked():
    asked = _numbers(_article("Kinloch Ferries plans to cut about 240 jobs at its yard in Oban."))
    assert asked and all(c.answer == "about 240" for c in asked)


@pytest.mark.parametrize("body", [
    'Mr Reid said the issue "went to the heart of how the ferries are run".',
    'Mr Reid said the judgement contained "unprecedented condemnation".',
])
def test_a_quotation_after_a_the_is_what_was_said_of_it_not_its_name(body):
    """'the issue "went to the heart of …"': which issue, only the sentence before tells."""
    assert context_problem(body) is not None


@pytest.mark.parametrize("body", [
    'Kinloch Ferries used the word "Kinloch" twice in its adverts.',
    'Kinloch Ferries used the slogan "sail with us" in its adverts.',
])
def test_a_quotation_naming_a_word_or_a_slogan_says_which(body):
    assert context_problem(body) is None


_PILOTS = ("Skyway Air has agreed a $1bn cost-cutting deal with its pilots.",
           "The deal would see pilots accept a 32% pay cut over the next five years.")


def test_the_title_says_which_deal_only_where_it_names_a_deal():
    """'The deal would see pilots accept …' under 'US blogger fired by her airline': which deal?"""
    assert not title_settles(_article(*_PILOTS, title="US blogger fired by her airline"), 2)
    assert title_settles(_article(*_PILOTS, title="Skyway pilots agree pay cut deal"), 2)
    said = _article(_PILOTS[0], "The deal signed with the pilots saves $1bn a year.", title="Skyway cuts costs")
    assert title_settles(said, 2)


def test_who_said_of_a_the_the_title_names_is_asked_with_the_title():
    article = _article("Ministers have published the question voters will be asked in the ferry referendum.",
                       'Transport Secretary Alan Reid said the referendum question "seems straightforward".',
                       'Opposition leader Ruth Moray said the wording was "loaded".',
                       'Councillor Iain Bell said the vote "must be held soon".',
                       title="Ferry referendum question unveiled")
    asked = [c.prompt for c in attribution_candidates(article.sentences[1], article, random.Random(0))]
    assert asked == ["According to the article “Ferry referendum question unveiled”, who said the referendum "
                     "question \"seems straightforward\"?"]
    other = _article(*article_sentences(article), title="Ferry vote wording attacked")
    assert attribution_candidates(other.sentences[1], other, random.Random(0)) == []


def article_sentences(article) -> list[str]:
    return [info.text for info in article.sentences]


def _quote_choices(article) -> list[list[str]]:
    return [c.choices for seed in range(5) for info in article.sentences
            for c in quote_candidate(info, article, random.Random(seed))]


def test_a_name_with_a_particle_is_offered_among_names_alone():
    """'Riccardo de Rinaldini' beside 'Portable media player firm Creative' and 'Elena Ruiz from the magazine':
    the one bare name is the answer."""
    article = _article("Portable media player firm Creative said it would sell the player in Europe from May.",
                       "Elena Ruiz from the magazine said the show was the busiest in years.",
                       '"The benefits over older players are the lack of interference, and longer battery life," '
                       "said Riccardo de Rinaldini, a marketing manager.")
    assert _quote_choices(article) == []
    named = _article(*article_sentences(article), "Mark Brailey, an analyst, said the market would grow fast.",
                     "Koji Umemoto, a designer, said the new players were lighter.")
    asked = _quote_choices(named)
    assert asked
    for choices in asked:
        assert set(choices) <= {"Riccardo de Rinaldini", "Mark Brailey", "Koji Umemoto"}


def test_a_place_ends_no_persons_name_among_the_choices():
    article = _article("Web portal Lycos Europe said it had seen a 500% increase in attacks.",
                       "Kevin Hogan, a security analyst, said the virus spread by e-mail.",
                       "Graham Cluley, a consultant, said it was the worst outbreak this year.",
                       "Sven Jaschen, a student, said he wrote the program in his spare time.",
                       '"People should not open attachments they do not expect," said Tom Abbot, an adviser.')
    for choices in _quote_choices(article):
        assert "Lycos Europe" not in choices


def _negated(body: str):
    return negation_change(body, outside_quotes(body), [])


@pytest.mark.parametrize("body", [
    "Former ferry chief Lord Reid has criticised the way the council operates, accusing it of chasing headlines.",
    "Councillor Ann Moray has attacked the ferry timetable, saying it leaves islanders stranded.",
    "Analysts say Kinloch Ferries had not kept up with demand and had also been burdened by old vessels.",
    "Kinloch Ferries has raised fares on the Oban route and has also cut two sailings.",
])
def test_no_negation_where_the_rest_of_the_sentence_tells_what_the_verb_did(body):
    """'has not criticised …, accusing it of …' and '… had kept up … and had also been burdened' read false
    at once: the clause after the verb goes on from what it did."""
    assert _negated(body) is None


@pytest.mark.parametrize("body", [
    "Kinloch Ferries has raised fares on the Oban route, according to the council.",
    "Sharp will inherit staff, manufacturing facilities and patents from the ferry company.",
])
def test_a_clause_that_tells_no_doing_leaves_the_verb_to_negate(body):
    assert _negated(body) is not None


def _false_claims(article) -> list:
    return [c for info in article.sentences for c in claim_candidates(info, article, random.Random(0))
            if c.answer is False and c.change is not None]


def test_the_lead_that_the_headline_restates_is_not_negated():
    """'Kinloch Ferries has not unveiled its new ship' under "Kinloch Ferries unveils new ship": the title alone
    tells it is false."""
    lead = "Kinloch Ferries has unveiled a new ship for the Oban route."
    later = "Kinloch Ferries will open a new route to Arran in May."
    article = _article(lead, later, title="Kinloch Ferries unveils new ship")
    negated = {c.sentence for c in _false_claims(article) if " not " in f" {c.change.claim} "}
    assert negated == {2}


_LEADERS_SPEAK = ("Liberal Democrat leader Charles Kennedy said the party would fight every seat in Scotland.",
                  "Tory leader Michael Howard and Chancellor Gordon Brown spoke in Oban on Monday.")


def test_a_person_named_by_surname_is_named_in_full_as_the_article_did():
    """'Mr Kennedy said …': which Kennedy, the article told in full before; a second mention stays short."""
    names = _article(*_LEADERS_SPEAK).names
    assert with_full_names("Mr Kennedy said Mr Howard's plans were wrong, and Mr Brown agreed with Mr Kennedy.",
                           names, []) == \
        "Charles Kennedy said Michael Howard's plans were wrong, and Gordon Brown agreed with Mr Kennedy."


def test_a_surname_stays_where_the_prompt_or_a_choice_names_the_person_or_a_quotation_holds_it():
    names = _article(*_LEADERS_SPEAK).names
    assert with_full_names("Mr Kennedy said Mr Howard's plans were wrong.", names, ["Michael Howard", "Tony Blair"]) == \
        "Charles Kennedy said Mr Howard's plans were wrong."
    assert with_full_names('Charles Kennedy said "Mr Howard is wrong", as Mr Kennedy put it.', names, []) == \
        'Charles Kennedy said "Mr Howard is wrong", as Mr Kennedy put it.'


def test_a_surname_two_people_share_stays_as_written():
    names = _article("Tony Blair met Sir Ian Blair, the police chief, in London.", *_LEADERS_SPEAK).names
    assert with_full_names("Mr Blair said the talks went well.", names, []) == "Mr Blair said the talks went well."


def test_a_generated_question_names_in_full_whom_its_sentence_calls_mr():
    article = _LEADERS_SPEAK + ("Mr Kennedy said the Liberal Democrats would cut the ferry fares by 12% in 2006.",)
    text = "Kinloch ferries\n\n" + "\n\n".join(article) + "\n"
    questions = generate(parse_source(text, "kinloch.txt")).questions
    asked = [q.prompt for q in questions if q.citation.sentence == 3]
    assert asked and all("Charles Kennedy said" in prompt for prompt in asked), asked


def test_no_choices_where_the_answer_stands_apart_at_every_rank():
    """'0.5%' below '1.5%', '2.0%' and '2.5%': the odd one out is the answer."""
    assert spread("0.5%", ["1.5%", "2.0%", "2.5%"], random.Random(0)) == []
    assert sorted(spread("0.5%", ["1.0%", "1.5%", "2.0%"], random.Random(0))) == ["1.0%", "1.5%", "2.0%"]


@pytest.mark.parametrize("text", [
    "Well, Kinloch Ferries is the successor to the old Clyde steamers, and it sails earlier than expected.",
    "Anyway, Kinloch Ferries sailed on time.",
    "OK, Kinloch Ferries sailed on time.",
])
def test_a_word_of_talk_before_a_comma_answers_something_before(text):
    assert context_problem(text) == f"opens with '{text.split()[0]}', which answers something before"


def test_well_over_a_figure_stands_alone():
    assert context_problem("Well over half of Kinloch Ferries sailings were late in May.") is None


def test_a_statement_or_a_study_is_what_was_said_not_who_said_it():
    """'A Capital Economics statement' among 'The Nationwide' and 'The Bank of England' for who said a figure."""
    assert no_speaker("A Capital Economics statement") and no_speaker("a two-year study")
    assert not no_speaker("Jupiter Research") and not no_speaker("The Kinloch Ferries report team")


def test_a_year_that_names_the_games_is_not_asked():
    """'ahead of the _____ Olympic Games' with 2007 and 2009 among the choices: years of no Games at all."""
    article = _article("Kinloch is building new piers ahead of the 2014 Commonwealth Games, its council said.",
                       "Kinloch Ferries will open its new route to Arran in March 2015.")
    asked = {c.answer for info in article.sentences for c in date_candidates(info, article, random.Random(0))}
    assert asked == {"2015"}


def test_every_question_on_what_the_article_states_names_its_title():
    """'Rival Sony said …', 'prices rose …', 'the bid …': read apart from its article, a question says which
    article's; a quotation's words and a role's description are the article's too (since round 19)."""
    text = ("Kinloch ferry fares soar\n\n"
            "Kinloch Ferries raised its fares to Skye by 12% on Monday, the Kinloch Harbour Board said.\n\n"
            "Transport Secretary Alan Reid said the rise would hit islanders hardest.\n\n"
            "Councillor Ann Moray said the company had broken its promise made in 2003.\n\n"
            'Opposition leader Iain Bell said: "We will fight this tax on island life with all we have."\n')
    questions = generate(parse_source(text, "kinloch.txt"), count=20).questions
    stated = questions
    assert stated and all("ccording to the article “Kinloch ferry fares soar”" in q.prompt for q in stated), \
        [q.prompt for q in stated]


def test_an_acronym_the_article_spelled_out_is_spelled_out_in_the_prompt():
    """'who said the MPC faced an "interesting" challenge?': the article told 'Monetary Policy Committee (MPC)'."""
    names = _article("The Bank's Monetary Policy Committee (MPC) kept rates at 4.75% on Thursday.",
                     "The Confederation of British Industry (CBI) said it was pleased.").names
    assert spelled_out(names) == {"MPC": "Monetary Policy Committee", "CBI": "Confederation of British Industry"}
    assert with_acronyms_spelled_out('who said the MPC faced an "MPC" test, as the MPC said?', names) == \
        'who said the Monetary Policy Committee (MPC) faced an "MPC" test, as the MPC said?'
    assert with_acronyms_spelled_out("The Monetary Policy Committee (MPC) met.", names) == \
        "The Monetary Policy Committee (MPC) met."


def test_brackets_whose_initials_do_not_match_spell_out_nothing():
    names = _article("Kinloch Ferries (KF) and Skye Council (SC) met on Monday in Oban (UK).").names
    assert spelled_out(names) == {"KF": "Kinloch Ferries", "SC": "Skye Council"}


@pytest.mark.parametrize("body", [
    "The Kinloch tourism industry is booming and revenues from visitors should double in three years.",
    "Kinloch Ferries has charted the growing number of passengers and says it is responsible for the rise.",
])
def test_no_negation_where_a_clause_joined_by_and_goes_on_from_the_verb(body):
    """'is not booming and revenues from visitors should double': the second clause argues against the first."""
    assert _negated(body) is None


def test_a_verb_joined_by_and_to_no_second_verb_is_still_negated():
    assert _negated("Kinloch Ferries has raised fares to Skye and Mull this year.") is not None


def test_a_title_after_a_name_joined_by_and_is_not_cut_short():
    """'Oil and Natural Gas Corporation chairman Subir Raha': 'Natural Gas Corporation chairman' is a cut-short
    role; 'Michael Howard and Liberal Democrat leader Charles Kennedy' joins two people."""
    article = _article("Oil and Natural Gas Corporation chairman Subir Raha said the Kinloch deal was fair.",
                       "Tory leader Michael Howard and Liberal Democrat leader Charles Kennedy met in Kinloch.")
    roles = {(role.entity, role.role) for role in article.roles()}
    assert ("Subir Raha", "Natural Gas Corporation chairman") not in roles
    assert ("Charles Kennedy", "Liberal Democrat leader") in roles


def test_a_seat_many_hold_is_one_of_them():
    """'describes Eric Joyce as the Labour MP' makes one of many Labour MPs sound the only one."""
    assert _titled("Labour MP") == "a Labour MP"
    assert _titled("former SNP MSP") == "a former SNP MSP"
    assert _titled("Independent MP") == "an Independent MP"
    assert _titled("US Defence Secretary") == "the US Defence Secretary"
    assert [article_for(word) for word in ("Labour", "MP", "F1", "honest", "union")] == ["a", "an", "an", "an", "a"]


def test_whoever_said_as_much_just_before_is_no_wrong_answer_to_who_also_said_it():
    """'Mark Oaten also said there was "a strong case for a judge-led judicial review"' after 'Mr Howard said:
    "There does need to be … a judge-led inquiry."': Howard said as much."""
    article = _article('Tory leader Michael Howard said: "There needs to be a judge-led inquiry into the ferries."',
                       "Transport Secretary Alan Reid said the ferries would keep sailing.",
                       "Councillor Ann Moray said the timetable was a disgrace.",
                       'Lib Dem spokesman Mark Oaten also said there was "a strong case for a judge-led review".',
                       "Harbour master Iain Bell said the new pier would open in May.",
                       title="Kinloch ferry row goes on")
    oaten = article.sentences[3]
    asked = [c for seed in range(8) for c in attribution_candidates(oaten, article, random.Random(seed))]
    swapped = [c for seed in range(8) for c in claim_candidates(oaten, article, random.Random(seed)) if c.change]
    assert asked and all("Michael Howard" not in c.choices for c in asked)
    assert all("Michael Howard" not in c.change.claim for c in swapped)
    assert said_as_much_before(article, 4, "Michael Howard") and not said_as_much_before(article, 5, "Michael Howard")
