"""Quality rules of the tenth round (more outlets' styles), each on sentences written for these tests."""

import random

import pytest

from quiz.generate import _candidates, generate_questions
from quiz.generate.analysis import analyse
from quiz.generate.attribution import find_attributions
from quiz.generate.entities import Names
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_days import day_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.fam_speech import attribution_candidates, quote_candidate
from quiz.generate.fam_years import date_candidates
from quiz.generate.filters import context_problem
from quiz.generate.numbers import find_numbers
from quiz.generate.relative import anchor_time
from quiz.generate.roles import find_roles
from quiz.generate.title_person import title_person
from quiz.sources import parse_source


def _article(*sentences: str):
    return analyse(parse_source("Kinloch ferries\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _number_choices(article, answer: str) -> list[list[str]]:
    return [c.choices for info in article.sentences for seed in range(30)
            for c in number_candidates(info, article, random.Random(seed)) if c.answer == answer]


def test_a_wrong_figure_is_no_value_the_article_states_written_with_more_decimals():
    # "2.0%" beside the article's own "2%" was offered for "_____ next year".
    article = _article("Kinloch Council expects fares to rise 2% this year and 2.4% next year.")
    choices = _number_choices(article, "2.4%")
    assert choices
    assert not [c for c in choices if "2.0%" in c or "2%" in c]


def test_a_figure_with_trailing_zeros_is_the_value_the_article_states():
    article = _article("Kinloch Ferries charges £4.5 for a single fare.",
                       "Kinloch Council charges £4.00 for a day ticket.")
    assert not [c for c in _number_choices(article, "£4.00") if "£4.50" in c]


@pytest.mark.parametrize(("body", "problem"), [
    ("Much of that trade passes through the port of Kinloch, home to the ferry maker Orr Shipping.",
     "'of that trade passes…' refers to something earlier"),
    ("Mr Orr said the value of that contract does not matter to Kinloch Council.",
     "'of that contract does…' refers to something earlier"),
])
def test_that_and_a_noun_after_a_preposition_before_a_verb_points_back(body, problem):
    assert context_problem(body) == problem


@pytest.mark.parametrize("body", [
    "The Kinloch ferry law is unusual in that it gives the council power over fares.",
    "There was evidence, Kinloch Council said, that some routes were losing money.",
    "Kinloch Council aims to open new routes for freight, that normally goes through Oban.",
])
def test_that_opening_a_clause_is_no_that_pointing_back(body):
    assert context_problem(body) is None


@pytest.mark.parametrize("body", [
    '"We have never seen so many children this hungry," said a spokesman for the World Food Programme.',
    "Dairy farm incomes fell by a fifth in 2025, the National Farm Survey said.",
    "The plans by Ashcombe Homes were approved, and Ashcombe Homes said work would start in spring.",
    "Oakmere Energy said it would appeal against the ruling.",
])
def test_a_programme_a_survey_a_builder_of_homes_or_a_firm_of_energy_is_no_one(body):
    assert not Names([body, "Mr Orr said the ruling was wrong."]).persons.keys() - {"Orr"}


@pytest.mark.parametrize(("body", "person", "title"), [
    ("County Administrator Gloria Vasquez said the dispatch centre had kept working.", "Gloria Vasquez",
     "County Administrator"),
    ("Cllr Graham Fowler said the council had no choice.", "Graham Fowler", "Cllr"),
    ("Minister for Agriculture Ciarán Feeney said he would meet the processors next week.", "Ciarán Feeney",
     "Minister for Agriculture"),
    ("Secretary of State for Health John Reid said the plan would go ahead.", "John Reid",
     "Secretary of State for Health"),
])
def test_a_title_before_a_name_is_no_part_of_it(body, person, title):
    names = Names([body])
    assert list(names.persons) == [person]
    assert names.persons[person].titles == [title]


def test_a_portfolio_of_more_words_is_no_ones_name():
    body = "Mr Leslie said the post might be called Secretary of State for Constitutional Affairs or Lord Chancellor."
    assert "Constitutional Affairs" not in Names([body]).persons


def test_a_surname_written_before_a_given_name_names_the_person_alone():
    # Chinese and Korean names put the given name, hyphenated, after the surname: "Kwan said" is Raymond Kwan.
    names = Names(["Harbourline chairman Raymond Kwan Ting-yan said the group would buy land in Singapore.",
                   '"Singapore has been a bright spot," Kwan said.'])
    assert names.person("Kwan") == "Raymond Kwan Ting-yan"
    article = _article("Harbourline chairman Raymond Kwan Ting-yan said the group would buy land in Singapore.",
                       '"Singapore has been a bright spot for us this year," Kwan said.')
    assert article.sentences[1].quote.speaker.display == "Raymond Kwan Ting-yan"


def test_no_wrong_figure_is_written_below_one_of_the_answers_scale():
    # "about $0.5 million" beside "about $1.1 million": no writer puts it so, and the answer stood out.
    article = _article("Kinloch Council said it had recovered about $1.1 million so far from the sale of its old ferry.")
    choices = _number_choices(article, "about $1.1 million")
    assert choices
    assert not [c for c in choices if any(choice.startswith("about $0.") for choice in c)]


@pytest.mark.parametrize("body", [
    "Five councillors were absent from the sitting in Kinloch on Tuesday.",
    "About 300 farmers did not take part in the protest in Kinloch on Tuesday.",
    "Twelve ferries will stop at Kinloch harbour in March.",
])
def test_no_negation_of_a_counted_subject(body):
    # "Five councillors were not absent" is true of the others: no contradiction of the source.
    article = _article(body)
    claims = [c for seed in range(5) for c in claim_candidates(article.sentences[0], article, random.Random(seed))]
    assert not [c for c in claims if c.change and "not" in (c.change.claim + " " + c.change.source).split()]


def test_a_subject_that_counts_nothing_is_negated_still():
    # (after a lead: the lead, which its headline restates, is not negated)
    article = _article("Kinloch Ferries runs 12 routes from Oban.", "Kinloch Council will withdraw its oldest ferry in March.")
    claims = claim_candidates(article.sentences[1], article, random.Random(1))
    assert [c.change.claim for c in claims if c.change and c.change.claim.startswith("will not")] == ["will not withdraw"]


@pytest.mark.parametrize(("body", "role"), [
    ("Defense attorney Paul Brandt said the sentence was too harsh for a first offence.", "defense attorney"),
    ("Finance director Edmund Cheung said the group's borrowing costs fell.", "finance director"),
    ("Committee chairman Austin Reed said the inquiry would go on.", "committee chairman"),
    ("Foreign Secretary Jack Straw said the talks would go on.", "Foreign Secretary"),
    ("Tacloban Mayor Ernesto Lagdameo said the city was flooded.", "Tacloban Mayor"),
    ("Tory leader Michael Howard said the talks would go on.", "Tory leader"),
    ("Oxfam senior policy adviser Max Lawson said the talks would go on.", "Oxfam senior policy adviser"),
    ("Local MP Kirsty Hallam said the cuts to Kinloch buses were wrong.", "local MP"),
    ("Shadow attorney general Dominic Grieve criticised the Kinloch plans.", "shadow attorney general"),
])
def test_a_title_opening_its_sentence_keeps_a_capital_only_where_it_is_a_names(body, role):
    # "describes Paul Brandt as the Defense attorney": the capital was the sentence's, not the title's.
    others = ["The defense rested on Monday.", "The finance team met.", "The committee met.", "He is a chairman.",
              "The local people met."]
    names = Names([body, *others])
    assert [r.role for r in find_roles(1, body, names)] == [role]


def test_a_level_reached_by_a_change_told_two_ways_is_not_asked():
    # "$1.42, or 1.8%" gives the level before, and so the level after: only one choice fits.
    article = _article("Kinloch Ferries shares closed up 42 pence, or 1.8%, at 2,376 pence on Tuesday.")
    answers = {c.answer for info in article.sentences for c in number_candidates(info, article, random.Random(1))}
    assert answers == set()


def test_a_level_reached_by_a_change_told_one_way_is_asked():
    article = _article("Kinloch Ferries shares closed up 42 pence at 2,376 pence on Tuesday.")
    answers = {c.answer for info in article.sentences for c in number_candidates(info, article, random.Random(1))}
    assert answers == {"42", "2,376"}


@pytest.mark.parametrize(("quote", "asked"), [
    ("That gap is typical", False),
    ("The ferry will sail on time", True),
])
def test_a_quotation_of_fewer_than_five_words_is_not_asked(quote, asked):
    article = _article("Ann Ferris said the Kinloch harbour would stay open.", "Jim Orr said the route would close.",
                       "Tom Reid said the fares would rise.", f'"{quote}," said Ann Ferris.')
    info = article.sentences[3]
    assert bool(quote_candidate(info, article, random.Random(1))) == asked


@pytest.mark.parametrize("body", [
    "The field normally pumps around 140,000 barrels a day.",
    "Of the tea offered at the sale, 31% went unsold, the association said.",
])
def test_a_field_or_an_association_named_before_is_leant_on(body):
    assert context_problem(body) is not None


@pytest.mark.parametrize(("body", "problem"), [
    ("Ann Ferris, who represents Kinloch on the council, voted against.", "'voted against' leaves out what, told earlier"),
    ("Jim Orr and two other councillors voted in favour.", "'voted in favour' leaves out what, told earlier"),
    ("Jim Orr, who grew up near the harbour in Kinloch, won there last year.", "'won there…' refers to something earlier"),
])
def test_a_vote_or_a_win_without_what_or_where_leans_on_the_sentence_before(body, problem):
    assert context_problem(body, frozenset({"Ann", "Ferris", "Jim", "Orr", "Kinloch"})) == problem


def test_a_vote_that_says_on_what_stands_alone():
    assert context_problem("Kinloch councillors voted against a new ferry terminal in 2024.") is None


def test_a_wrong_end_of_a_range_keeps_it_half_as_wide_at_least():
    # "between 107 and 108 months" was a choice: no range anyone writes, so the answer stood out.
    article = _article("Sentencing guidelines in Kinloch called for a term of between 87 and 108 months.")
    lower = _number_choices(article, "87")
    assert lower and all(float(choice) <= 97.5 for choices in lower for choice in choices)
    article = _article("Ferry fares in Kinloch will cost between £19 and £29 next year.")
    upper = _number_choices(article, "£29")
    assert upper and all(float(choice.strip("£")) >= 24 for choices in upper for choice in choices)


def test_a_false_claim_changes_no_figure_that_another_states_again():
    # "settled up $1.21, or 1.8%, at $81.37": the other two figures show the change made up.
    # (after a lead: a lead's true claim is left out, as its headline restates it)
    article = _article("Kinloch's ferry figures for the year were published on Monday.",
                       "Kinloch Ferries shares closed up 42 pence, or 1.8%, at 2,376 pence in Kinloch on Tuesday.")
    claims = [c for seed in range(10) for c in claim_candidates(article.sentences[1], article, random.Random(seed))]
    assert claims
    assert not [c for c in claims if c.change and c.change.source in ("42", "1.8%")]


_PLACES = frozenset({"Kenya", "Emfuleni", "Eskom", "Highfield", "Swedish", "Smith", "Mr"})


@pytest.mark.parametrize("body", [
    "Kenya is the largest exporter of black tea, and tea is one of the country's biggest earners.",
    "Emfuleni owes Eskom about R5.8 billion, according to the municipality's latest statements.",
])
def test_a_place_named_at_the_start_is_the_country_or_the_town_after_it(body):
    assert context_problem(body, _PLACES, frozenset({"Smith", "Mr"})) is None


@pytest.mark.parametrize("body", [
    "Highfield said that it intends to take the Virginia-based firm private.",
    "The Swedish firm said it would close the country's biggest plant.",
    "Mr Smith said the country's biggest plant would close.",
])
def test_a_firm_or_a_subject_that_is_no_name_of_a_place_leaves_the_reference_leaning(body):
    assert context_problem(body, _PLACES, frozenset({"Smith", "Mr"})) is not None


@pytest.mark.parametrize("body", [
    "Net interest income at Kinloch Bank rose 18 per cent to £4,615m from £3,911m a year earlier.",
    "Voters in Kinloch rejected the ferry levy by a margin of 52 percent to 48 percent.",
    "The number waiting for a Kinloch ferry fell from 7,613 to 6,630, or 12.9%, in 2024.",
])
def test_no_figure_that_the_others_of_its_sentence_give_by_arithmetic(body):
    # "rose _____ to Rs 4,615 crore from Rs 3,911 crore": a division answers it, whatever the choices.
    article = _article(body)
    info = article.sentences[0]
    asked = {c.answer for seed in range(3) for c in number_candidates(info, article, random.Random(seed))}
    changed = {c.change.source for seed in range(3) for c in claim_candidates(info, article, random.Random(seed))
               if c.change and any(ch.isdigit() for ch in c.change.source)}
    linked = {"18 per cent", "£4,615m", "£3,911m", "52 percent", "48 percent", "7,613", "6,630", "12.9%"}
    assert not (asked | changed) & linked


def test_a_change_and_one_level_leave_the_figures_to_ask():
    article = _article("Net interest income at Kinloch Bank rose 18 per cent to £4,615m in 2024.")
    asked = {c.answer for c in number_candidates(article.sentences[0], article, random.Random(1))}
    assert asked == {"18 per cent", "£4,615m"}


@pytest.mark.parametrize(("text", "figures"), [
    ("Net profit rose to Rs 1,842 crore from Rs 1,450 crore.", ["Rs 1,842 crore", "Rs 1,450 crore"]),
    ("Deposits grew to Rs. 12.4 lakh crore.", ["Rs. 12.4 lakh crore"]),
    ("Each pass costs ₹450.", ["₹450"]),
    ("Harbourline wrote down its offices by HK$3.1 billion.", ["HK$3.1 billion"]),
    ("The deal is worth S$2.4 billion, or about A$2.7 billion.", ["S$2.4 billion", "about A$2.7 billion"]),
    ("Mrs 4 was no figure, nor was Radio 4.", []),
])
def test_figures_in_rupees_and_in_other_dollars_are_amounts(text, figures):
    # "Rs 4,615 crore" had been taken for a name and its number ('Radio 4'); "HK$3.1 billion" for no figure.
    assert [n.text for n in find_numbers(text)] == figures


def test_a_figure_in_crore_keeps_its_currency_and_scale_in_every_choice():
    article = _article("Konark Bank reported a net profit of Rs 1,842 crore in its first quarter.")
    choices = _number_choices(article, "Rs 1,842 crore")
    assert choices and all(c.startswith("Rs ") and c.endswith(" crore") for cs in choices for c in cs)


@pytest.mark.parametrize(("body", "leans"), [
    ("More than 14,000 people in Kinloch were ordered to leave their homes on Friday.", False),
    ("Ferry operators in Kinloch said they would raise fares in 2025.", False),
    ("In both cases, their shares in Kinloch Ferries fell by 4%.", True),
    ("Three months later, they sold the Kinloch ferry for £2m.", True),
])
def test_they_and_their_may_be_a_plural_that_opens_the_sentence(body, leans):
    assert (context_problem(body, frozenset({"Kinloch", "Ferries", "Friday"})) is not None) == leans


def test_a_name_after_a_title_with_its_portfolio_is_who_said_it():
    # "Zambia's Minister of Labour, Brenda Siame, said": the choice had been "Zambia's Minister" beside her.
    body = "Zambia's Minister of Labour, Brenda Siame, said she had called both sides to a meeting."
    names = Names([body, "Siame told Reuters the strike was costly."])
    assert [(a.speaker.display, a.role) for a in find_attributions(1, body, names)] == \
        [("Brenda Siame", "Zambia's Minister of Labour")]


def test_a_clause_after_a_person_is_no_name_of_who_said_it():
    body = "Lawyer Ann Ferris, who represents Mr Orr, said the council should have acted sooner."
    names = Names([body, "Jim Orr said the ferry was late."])
    assert [a.speaker.display for a in find_attributions(1, body, names)] == ["Ann Ferris"]


def test_a_who_question_ends_in_one_mark_after_a_quotation():
    # 'who said the government had "bought a majority rather than built a plan."?'
    article = _article('Rachel Dunlop said the government had "bought a majority rather than built a plan."',
                       "Jim Orr said the ferry would sail.", "Ann Ferris said the fares would rise.")
    prompts = [c.prompt for c in attribution_candidates(article.sentences[0], article, random.Random(1))]
    assert prompts == ['According to the article, who said the government had "bought a majority rather than '
                       'built a plan"?']


def test_one_set_asks_a_figure_once():
    # Two sentences about route 47 gave two fill-ins with the same choices: each answered the other.
    text = ("Kinloch bus cuts\n\nKinloch Council will cut the 47 bus service in April, the council said.\n\n"
            "Ann Ferris said she used the 47 three times a week to reach Kinloch hospital.\n\n"
            "Jim Orr said the firm could keep some journeys on the 47 running on weekdays.\n\n"
            "Kinloch Council said 1,200 people a day used the service in 2024.\n")
    questions = generate_questions(parse_source(text, "bus.txt"), count=10)
    answers = [q.answer for q in questions if q.tags == ["number"]]
    assert answers and len(answers) == len(set(answers))


def test_no_negation_of_a_sentence_the_title_restates():
    # "Bronze Age boat found in Kinloch bog" above "Archaeologists have not uncovered a Bronze Age boat …".
    text = ("Bronze Age boat found in Kinloch peat bog\n\n"
            "Archaeologists have uncovered the remains of a Bronze Age boat in a peat bog near Kinloch.\n\n"
            "The Kinloch boat will be shown at the town museum from 2027, the council said.\n")
    article = analyse(parse_source(text, "boat.txt"))
    negated = [c for c in claim_candidates(article.sentences[0], article, random.Random(1))
               if c.change and "not" in c.change.claim.split()]
    assert not negated  # (the lead, which the headline restates: round 18; it was made, then left out)
    questions = generate_questions(parse_source(text, "boat.txt"), count=10)
    assert not [q for q in questions if q.citation.sentence == 1 and q.answer is False]


@pytest.mark.parametrize(("body", "person", "role"), [
    ("Tides guard Marcus Bell missed his fourth straight game with a knee injury.", "Marcus Bell", "Tides guard"),
    ("Kinloch fly-half Tom Reid kicked three penalties in the second half.", "Tom Reid", "Kinloch fly-half"),
])
def test_a_players_position_before_a_name_is_a_title(body, person, role):
    # "Tides guard Marcus Bell missed his …" had been skipped: 'his' had no person before it.
    names = Names([body])
    assert list(names.persons) == [person]
    assert [r.role for r in find_roles(1, body, names)] == [role]
    assert context_problem(body, names.proper, names.people_words()) is None


_BODIES = frozenset({"Cosla", "Scotland", "London", "Tesco", "UK", "Rothschild", "NM"})


@pytest.mark.parametrize(("body", "leans"), [
    ("Cosla, the body that represents Scotland's 32 councils, said a new tax was a step forward.", False),
    ("NM Rothschild, the investment bank, is advising Kinloch Ferries on a sale of its boats.", False),
    ("In London, the firm said it would cut 300 jobs.", True),
    ("Unadjusted, the figures showed unemployment rose by 2% in Kinloch.", True),
    ("Tesco, the retailer, said the firm would cut 300 jobs.", True),
])
def test_the_words_describing_a_name_that_opens_the_sentence_point_back_to_nothing(body, leans):
    assert (context_problem(body, _BODIES) is not None) == leans


@pytest.mark.parametrize(("body", "answer"), [
    ("Kinloch councillors voted 412 to 187 in favour of a new ferry terminal.", "412"),
    ("Kinloch Ferries made a profit of $205.4m in 2024.", "$205.4m"),
])
def test_wrong_figures_beside_one_that_is_not_round_are_steps_away_not_multiples(body, answer):
    # 494, 618 and 824 beside 412 are 1.2, 1.5 and 2 times it: a reader who tried each choice as the base of the
    # others found the answer.
    choices = _number_choices(_article(body), answer)
    assert choices
    for chosen in choices:
        values = [float(c.strip("$m").replace(",", "")) for c in chosen]
        base = float(answer.strip("$m"))
        steps = {round(abs(v - base), 1) for v in values if v != base}
        step = min(steps)
        assert all(round(s / step, 6).is_integer() for s in steps), chosen


@pytest.mark.parametrize("body", [
    "US consumer prices rose less than expected in March, government data showed.",
    "IT spending in Kinloch rose 5% in 2024, Kinloch Council said.",
    "Ledgerly, the London-based lender, has raised $62m from investors in Kinloch.",
])
def test_an_acronym_or_a_name_opening_the_sentence_is_no_pronoun_or_adverb(body):
    # "starts with 'US', which refers to something earlier"; "opens with 'Ledgerly', which ties it to …"
    # (each written so mid-sentence elsewhere in its article: "Fares rose after HE sold it" is shouting)
    assert context_problem(body, frozenset({"Ledgerly", "London", "Kinloch", "March", "Council", "US", "IT"})) is None


@pytest.mark.parametrize(("body", "negated"), [
    ("An alarm was triggered at 2.41 a.m. in the Kinloch gallery, police said.", False),
    ("Kinloch Ferries was trading at $51.39 in Kinloch on Tuesday.", False),
    ("Kinloch Ferries will raise its fares for passengers to Orkney in 2026.", True),
])
def test_no_negation_right_before_a_figure(body, negated):
    # "An alarm was not triggered at 2.41 a.m.": a time no one gives for what did not happen. (After a lead.)
    article = _article("Kinloch Ferries runs 12 routes from Oban.", body)
    claims = claim_candidates(article.sentences[1], article, random.Random(1))
    assert any(c.change and "not" in c.change.claim.split() for c in claims) == negated


@pytest.mark.parametrize(("body", "person"), [
    ("Union secretary-general Hassan Abdi Farah said the strike would begin in Nakuru on Monday.",
     "Hassan Abdi Farah"),
    ("Student Ryan Samuel Pitylak said the firms were legitimate.", "Ryan Samuel Pitylak"),
    ("Volcanologist Ahmad Santoso said the lava dome was growing.", "Ahmad Santoso"),
    ("Indonesian minister Budi Santoso said the zone would widen.", "Budi Santoso"),
])
def test_a_given_name_ending_in_an_is_no_nationality(body, person):
    # "Hassan" had been cut as "Indonesian" is: the set asked "who is Abdi Farah?"
    assert list(Names([body, "Mr Santoso said so.", "Mr Farah said so.", "Mr Pitylak said so."]).persons) == [person]


def test_a_railway_is_no_one():
    names = Names(["National Rail said services between Ashbury and Kinloch were suspended.",
                   "Midshire Electricity Networks said 2,000 homes had no power."])
    assert not names.persons


@pytest.mark.parametrize(("body", "answer", "wrong"), [
    ("Dr Ann Ferris of Kinloch University said about 10 per cent of stolen paintings were found again.",
     "about 10 per cent", {"about 5 per cent", "about 15 per cent", "about 20 per cent", "about 25 per cent"}),
    ("Jim Orr of Kinloch finished on 7.5 points from nine rounds at the Kinloch Open.", "7.5",
     {"5.5", "6.0", "6.5", "7.0", "8.0", "8.5", "9.0", "9.5"}),
])
def test_wrong_figures_are_written_as_the_answer_is_round(body, answer, wrong):
    # "about 11 per cent" beside "about 10 per cent"; "8.6 points" where scores go by halves.
    choices = _number_choices(_article(body), answer)
    assert choices and all(set(c) - {answer} <= wrong for c in choices)


@pytest.mark.parametrize("body", [
    "Venture funding for Kinloch start-ups fell sharply in 2023 and 2024, PitchBook data showed.",
    "Kinloch was among the towns worst hit by the fires of 2019 to 2020, the council said.",
])
def test_no_year_of_a_pair_that_runs_on(body):
    # "in _____ and 2024": only the year before fits.
    article = _article(body)
    assert not date_candidates(article.sentences[0], article, random.Random(1))


@pytest.mark.parametrize(("text", "anchored"), [
    ("sales are up 6.5 percent from last year", "sales are up 6.5 percent from 2025"),
    ("prices fell 3% compared with last year", "prices fell 3% compared with 2025"),
    ("the line will open by next month", "the line will open by June 2026"),
    ("sales rose last year", "sales rose in 2025"),
])
def test_a_relative_time_after_a_preposition_is_anchored_without_a_second_one(text, anchored):
    # "up 6.5 percent from in 2025" had been asked.
    assert anchor_time(text, "2026-05-15") == anchored


def test_whom_a_quotation_speaks_of_is_no_choice_for_who_said_it():
    # In her obituary: 'Who said: "She was the most stubborn scientist I ever met"?' offered her.
    text = ("Ann Ferris, Kinloch chemist, dies aged 84\n\nAnn Ferris said in 1990 that the battery would change the world.\n\n"
            "Jim Orr said the laboratory in Kinloch would close.\n\nTom Reid said the prize was hers.\n\n"
            "Kate Muir said the work would go on.\n\n"
            '"She was the most stubborn scientist I ever met, and that was a compliment," said Jim Orr.\n')
    article = analyse(parse_source(text, "obituary.txt"))
    made = quote_candidate(article.sentences[4], article, random.Random(1))
    assert made and "Ann Ferris" not in made[0].choices


def test_a_ward_or_a_racing_team_is_no_one():
    names = Names(["East Ward said the shootings had fallen.", "Aurelia Racing said the car was ready."])
    assert not names.persons
    assert list(Names(["Tom Ward, a director, said so."]).persons) == ["Tom Ward"]  # (a surname too)


def test_a_round_figure_of_many_digits_takes_steps_too():
    # 'a record C$734,800 / C$918,400 / C$1,224,600' beside C$612,300: 1.2, 1.5 and 2 times it, rounded.
    choices = _number_choices(_article("The benchmark price in Kinloch hit C$612,300 in April."), "C$612,300")
    assert choices and all(c.count("12,300") == 4 for c in map("".join, choices))


@pytest.mark.parametrize(("body", "asked"), [
    ("Kinloch Council will meet on 6-7 May to set its budget for 2026.", []),
    ("The Kinloch festival runs from 6 to 9 January, its organisers said.", []),
    ("Kinloch Council will meet on 7 May to set its budget for 2026.", ["7 May"]),
])
def test_no_day_that_ends_a_range_of_days(body, asked):
    # "scheduled for 6-_____" with 4 May among the choices.
    article = _article(body)
    assert [c.answer for c in day_candidates(article.sentences[0], article, random.Random(1))] == asked


@pytest.mark.parametrize("body", [
    "Jobs were created in every sector of the Kinloch economy except fishing.",
    "Ferry travel can seem confusing for visitors to Kinloch, with so many operators and fares.",
])
def test_no_negation_that_reads_as_no_contradiction(body):
    # "Jobs were not created in every sector" may well be true; "cannot seem confusing" denies an impression.
    article = _article(body)
    claims = [c for seed in range(3) for c in claim_candidates(article.sentences[0], article, random.Random(seed))]
    assert not [c for c in claims if c.change and {"not", "cannot"} & set(c.change.claim.split())]


def test_a_place_before_an_owner_leaves_the_title_unsaid():
    # "… in Las Vegas Microsoft boss Bill Gates": the set asked 'who is Bill Gates?' → "Las Vegas Microsoft boss".
    body = "At the Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates said the console would sell."
    assert find_roles(1, body, Names([body])) == []
    body = "Microsoft boss Bill Gates said the console would sell."
    assert [r.role for r in find_roles(1, body, Names([body]))] == ["Microsoft boss"]


_OBITUARY = ("Ann Ferris, Kinloch chemist, dies aged 84\n\nThe Kinloch chemist Ann Ferris has died aged 84.\n\n"
             "She was born in Kinloch in 1941 and studied at Kinloch University.\n\n"
             "Mrs Ferris won the Kinloch Medal for her work on batteries.\n")


def test_an_opening_she_is_the_one_the_title_names_and_her_figures_are_asked_with_it():
    # Obituaries and profiles lost most of their sentences to 'She …' / 'He …'.
    article = analyse(parse_source(_OBITUARY, "obituary.txt"))
    assert title_person(article.sentences[1], article) == "Ann Ferris"
    asked = [c.prompt for c in _candidates(article, 0)[0] if c.sentence == 2 and c.family == "date"]
    assert asked == ["Fill in the blank according to the article “Ann Ferris, Kinloch chemist, dies aged 84”: "
                     "She was born in Kinloch in _____ and studied at Kinloch University."]


@pytest.mark.parametrize("text", [
    _OBITUARY.replace("Mrs Ferris", "Mr Ferris"),  # (a man, by his title: 'She' is someone else)
    _OBITUARY.replace("The Kinloch chemist Ann Ferris has died aged 84.", "Jim Orr said Ann Ferris had died."),
    _OBITUARY.replace("Ann Ferris, Kinloch chemist, dies aged 84", "Kinloch chemist dies aged 84"),
])
def test_an_opening_she_stays_unresolved_where_anything_says_otherwise(text):
    article = analyse(parse_source(text, "obituary.txt"))
    assert title_person(article.sentences[1], article) is None


def test_a_double_barrelled_name_in_the_title_names_no_one_of_its_second_half():
    # "Helena Marsh-Odell, chemist …, dies" beside her husband Peter Odell: the title names one person.
    text = _OBITUARY.replace("Ann Ferris", "Ann Ferris-Orr").replace("Mrs Ferris", "Mrs Ferris-Orr") + \
        "\nHer daughter Kate Orr said the prize was hers.\n"
    article = analyse(parse_source(text, "obituary.txt"))
    assert "Kate Orr" in article.names.persons
    assert title_person(article.sentences[1], article) == "Ann Ferris-Orr"
