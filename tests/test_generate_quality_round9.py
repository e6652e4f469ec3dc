"""Quality rules of the ninth round (more outlets' styles), each on sentences written for these tests."""

import random
import re
from collections import Counter

import pytest

from quiz.generate import _candidates, generate_questions
from quiz.generate.title_tells import restates
from quiz.generate.analysis import analyse, without_dateline
from quiz.generate.attribution import find_attributions
from quiz.generate.distractors import pick_speakers
from quiz.generate.entities import Names
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_days import day_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.fam_speech import quote_candidate
from quiz.generate.filters import context_problem
from quiz.generate.number_choices import number_options, year_distractors
from quiz.generate.numbers import find_numbers
from quiz.generate.quotes import find_quote
from quiz.generate.roles import find_roles
from quiz.generate.text import cited
from quiz.sources import parse_source


@pytest.mark.parametrize(("sentence", "shown"), [
    ("The ferry sails at noon.", "“The ferry sails at noon.”"),
    ('Ann Ferris said: "The ferry will sail."', '“Ann Ferris said: "The ferry will sail."”'),
    ("Ann Ferris said: “Will it sail?”", "“Ann Ferris said: “Will it sail?””"),
    ("The ferry sails at noon", "“The ferry sails at noon.”"),
])
def test_a_cited_sentence_ends_in_one_full_stop(sentence, shown):
    assert cited(sentence) == shown


KINLOCH = ("Kinloch ferry plan approved\n\n"
           "The Kinloch council approved a new ferry terminal on Tuesday.\n\n"
           'Tom Hall, finance director at Kinloch Ferries, said: "The terminal will carry 400,000 people a year."\n\n'
           "Ann Ferris, the Kinloch harbour minister, said the terminal would open in 2027.\n\n"
           'Jim Orr, chief executive of Orr Shipping, said: "We will bid for the route."\n\n'
           "Mr Hall said the fares would rise by 5% in 2026.\n")


def test_no_explanation_doubles_the_full_stop_of_a_closing_quotation():
    questions = generate_questions(parse_source(KINLOCH, "kinloch.txt"), count=20)
    closing = [q for q in questions if q.citation.sentence in (2, 4)]
    assert len(closing) == 2
    assert [q.explanation[-28:] for q in closing] == ['will carry 400,000 people a year."”'[-28:],
                                                      'said: "We will bid for the route."”'[-28:]]
    assert not [q for q in questions if '.".' in q.explanation or '."”.' in q.explanation]


@pytest.mark.parametrize("others", [["Mr Hall said the fares would rise."], []])
def test_a_surname_that_is_also_a_word_of_a_body_is_a_persons_where_the_article_says_so(others):
    # "Mr Hall" or "Tom Hall, finance director at …," says so; "Hall" alone is a word of places and bodies.
    body = "Tom Hall, finance director at Kinloch Ferries, said the terminal would open in 2027."
    names = Names([body, *others])
    assert list(names.persons) == ["Tom Hall"]
    assert [(r.entity, r.role) for r in find_roles(1, body, names)] == \
        [("Tom Hall", "finance director at Kinloch Ferries")]


@pytest.mark.parametrize("body", [
    "Officials at the White House said the terminal would open in 2027.",
    "The plan was approved at City Hall, where the terminal was opened in 2027.",
    "The Royal Albert Hall said the concert would go ahead.",
    "Downing Street said the terminal would open in 2027.",
])
def test_a_place_or_a_body_ending_in_such_a_word_is_no_one(body):
    assert list(Names([body, "Ann Ferris said so."]).persons) == ["Ann Ferris"]


def _article(*sentences: str):
    return analyse(parse_source("Kinloch ferries\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def test_a_figures_rank_among_its_choices_is_drawn_once_and_any_rank_comes_up_alike():
    # The answer's rank had been drawn twice (options, then choices), so it was the least choice twice as
    # often as the greatest: a reader who always took the least won 40% of the number questions.
    article = _article("Kinloch Ferries carried 412,000 passengers in 2024, Kinloch Council reported.")
    ranks = Counter()
    for seed in range(200):
        for candidate in number_candidates(article.sentences[0], article, random.Random(seed)):
            if candidate.answer == "412,000":
                ranks[candidate.choices.index("412,000")] += 1
    assert set(ranks) == {0, 1, 2, 3}
    assert max(ranks.values()) < 2 * min(ranks.values())


def test_a_bound_figure_is_not_asked_beside_a_figure_that_is_no_bound():
    # "more than 240" takes only greater choices (a lesser bound is true too): its answer would always be the
    # least, so it is not asked (round 18; it was asked after other figures)
    article = _article("Kinloch Ferries employs more than 240 people and earned £45m in 2024, its board said.")
    scores = {c.answer: c.score for c in number_candidates(article.sentences[0], article, random.Random(0))}
    assert "more than 240" not in scores and "£45m" in scores


def test_a_negation_flipped_is_explained_with_the_words_quoted():
    article = _article("Kinloch Ferries runs 12 routes from Oban.",  # (a lead, which is not negated)
                       "The Kinloch Harbour Board has approved a new ferry terminal for Kinloch.")
    [false] = [c for c in claim_candidates(article.sentences[1], article, random.Random(0)) if c.change]
    assert false.prompt.endswith("The Kinloch Harbour Board has not approved a new ferry terminal for Kinloch.")
    assert false.explanation.startswith("False. The article says “has approved”, not “has not approved”: “The")


@pytest.mark.parametrize("quantity", ["several", "many", "some", "most", "hundreds of"])
def test_no_negation_where_a_quantity_follows_the_verb(quantity):
    # "has not suffered several earthquakes" denies the 'several', not the earthquakes: no plain contradiction.
    article = _article(f"The Kinloch coast has suffered {quantity} deadly storms in the past decade.")
    assert not [c for c in claim_candidates(article.sentences[0], article, random.Random(0))
                if c.change and "not" in c.change.claim]


@pytest.mark.parametrize(("body", "speaker"), [
    ("José García, a spokesman for the ministry, said the ferry would sail in May.", "José García"),
    ("Dr Rafael Mendonça, a climate scientist, said the ferry would sail in May.", "Rafael Mendonça"),
    ("Łukasz Nowak said the ferry would sail in May.", "Łukasz Nowak"),
])
def test_a_name_with_letters_beyond_ascii_inside_it_is_who_said_it(body, speaker):
    # WORD read "Mendonça" as "Mendon" and "a": an article ending the phrase, so no one.
    assert [a.speaker.display for a in find_attributions(1, body, Names([body, "It sailed."]))] == [speaker]


@pytest.mark.parametrize("after", [
    "said Marguerite Oduya, a climate scientist at the University of Kinloch and one of the report's authors.",
    "said Marguerite Oduya, who leads the harbour board.",
    "said Marguerite Oduya.",
])
def test_a_speaker_named_after_said_may_be_described_after_her_name(after):
    body = f'"The ferry will sail in May whatever the weather," {after}'
    quote = find_quote(1, body, Names([body]), None)
    assert (quote.text, quote.speaker.display) == ("The ferry will sail in May whatever the weather",
                                                   "Marguerite Oduya")


@pytest.mark.parametrize(("part", "asked"), [
    ("But it is very understandable", False), ("We think we do", False), ("And it will sail in May", False),
    ("We fixed all three", False), ("The ferry will sail in May whatever the weather", True),
])
def test_the_part_of_a_quotation_a_sentence_closes_is_asked_only_where_it_says_something_alone(part, asked):
    names = Names(["Ann Ferris runs the harbour.", f'{part}," said Ann Ferris.'])
    assert (find_quote(2, f'{part}," said Ann Ferris.', names, None, closing=True) is not None) == asked


@pytest.mark.parametrize(("body", "speaker"), [
    ("Professor Li Wenjun of Kinloch University said that the ferry would sail in May.", "Li Wenjun"),
    ("Backbencher Stephen Pound said the ferry would sail in May.", "Stephen Pound"),
])
def test_a_speakers_title_is_no_part_of_the_name_a_choice_shows(body, speaker):
    # "Professor Li Wenjun" beside "Henrik Salvesen": the one choice with a title stood out.
    assert [a.speaker.display for a in find_attributions(1, body, Names([body, "It sailed."]))] == [speaker]


@pytest.mark.parametrize("dateline", ["Oct 29 (Reuters) - ", "29 Oct (AFP) — ", "Nov. 3 (AP) -- "])
def test_a_dateline_of_a_date_and_an_agency_is_no_part_of_the_sentence(dateline):
    body = "Halvorsen Systems reported a third-quarter profit of $309m on Tuesday."
    assert without_dateline(dateline + body) == body
    assert without_dateline("May 3 (Kinloch time) is the day the ferry sails.").startswith("May 3")


def test_that_before_a_plural_noun_is_no_that_pointing_back():
    # "told supporters, that voters had …" is what they were told; "rejected that claim" points back.
    names = frozenset({"Teodor", "Marin", "Lensburg"})
    assert context_problem("Teodor Marin told supporters in the capital, Lensburg, that voters had asked for a "
                           "change.", names) is None
    assert "that claim" in context_problem("Teodor Marin rejected that claim in a statement.", names)


def test_a_roman_numeral_after_grade_or_a_kings_name_is_no_one_speaking():
    names = frozenset({"Aldhelm", "Church", "Grade", "Henry"})
    assert context_problem("St Aldhelm's Church, a Grade I listed church, dates from 1190.", names) is None
    assert context_problem("St Aldhelm's Church was built under Henry I in 1120.", names) is None
    assert "'I'" in context_problem("St Aldhelm's Church, which I saw, dates from 1190.", names)


@pytest.mark.parametrize("label", ["ward", "gate", "junction", "pier", "terminal", "episode", "dial"])
def test_a_number_that_labels_something_is_no_amount(label):
    assert [n.text for n in find_numbers(f"The queue at {label} 14 held 28 people on Tuesday.")] == ["28"]


def test_who_said_it_is_offered_first_among_those_the_article_has_speak():
    # The goalkeepers the report only names were offered before the other manager, who is quoted.
    article = _article("Rovers goalkeeper Piotr Zielinski saved twice and Castleford goalkeeper Aaron Briggs once.",
                       "Rovers manager Gareth Pryce said the referee had a good game.",
                       "Castleford manager Helen Dorsey said the referee had decided the match.",
                       "Rovers striker Danny Fitzgerald scored his 17th league goal of the season.")
    pryce = article.sentences[1].attributions[0]
    for seed in range(20):
        assert pick_speakers(article, pryce.speaker, pryce.claim, random.Random(seed), want=1)[0] == "Helen Dorsey"


def test_a_name_before_where_someone_works_is_a_persons_where_the_article_says_so():
    # "Meenakshi Iyer of the … Centre for Economic and Social Studies" had been no one, and "Social Studies"
    # (from "… Social Studies said") a person, offered as a choice of who said it.
    bodies = ["Economist Dr. Meenakshi Iyer of the Kinloch Centre for Economic and Social Studies said the "
              "ferry would pay.", '"The ferry will pay for itself in ten years," Dr. Iyer said.']
    assert list(Names(bodies).persons) == ["Meenakshi Iyer"]
    assert list(Names(["Peter Hall of the Bank of Kinloch said so.", "The Bank of Kinloch said so."]).persons) == []


def test_a_quotations_explanation_names_a_title_only_where_it_says_whose():
    article = _article("President Ann Ferris of Kinloch opened the terminal on Tuesday.",
                       '"The ferry will carry 400,000 people a year," said Mrs Ferris.',
                       "Tom Hall, finance director at Kinloch Harbour, said the fares would rise.",
                       "Jim Orr, chief executive of Orr Shipping, said he would bid for the route.")
    [quote] = quote_candidate(article.sentences[1], article, random.Random(0))
    assert quote.explanation.startswith("The article quotes Ann Ferris: “The ferry")


@pytest.mark.parametrize(("body", "person"), [
    ("Kwame Asante, a 29-year-old healthcare assistant, works a second job to cover his rent.", "Kwame Asante"),
    ("Elsie Braithwaite, an 81-year-old former seamstress, had no complaints about her care.", "Elsie Braithwaite"),
])
def test_someone_described_by_an_age_is_a_person_and_the_pronoun_after_is_theirs(body, person):
    names = Names([body])
    assert list(names.persons) == [person]
    assert context_problem(body, names.proper, names.people_words()) is None


def test_all_three_with_any_verb_after_is_those_named_before():
    assert "'All three'" in context_problem("All three appeared before Kinloch Sheriff Court on Saturday.",
                                            frozenset({"Kinloch", "Sheriff", "Court", "Saturday"}))
    assert context_problem("Three ferries sailed from Kinloch on Saturday.", frozenset({"Kinloch"})) is None


def test_mrs_with_a_surname_the_article_gives_a_man_too_is_no_one_for_sure():
    # '"He'd rather we didn't make a fuss," said Mrs Penhallow.' had been credited to Walter Penhallow.
    bodies = ["Walter Penhallow, 78, still goes out with the crew.", "Mr Penhallow was born in 1945.",
              '"He would rather we did not make a fuss," said Mrs Penhallow.']
    assert find_quote(3, bodies[2], Names(bodies), None) is None
    names = Names(bodies[:2])  # (Mr Penhallow alone: Walter Penhallow)
    assert [a.speaker.display for a in find_attributions(2, "Mr Penhallow said the boat was ready.", names)] == \
        ["Walter Penhallow"]


def test_no_false_claim_changes_a_figure_its_sentence_asks_to_fill_in():
    # "Daniel Okonjo, 24, …" (false) beside "Daniel Okonjo, _____, …": either's feedback answers the other.
    article = _article("Kinloch's ferry figures for the year were published on Monday.",
                       "Kinloch Ferries carried 412,000 passengers in 2024, Kinloch Council reported.")
    found = [c for c in _candidates(article, 0)[0] if c.sentence == 2]
    asked = {c.answer for c in found if c.family in ("number", "date")}
    assert asked == {"412,000", "2024"}
    claims = [c for c in found if c.family == "claim"]
    assert claims and not [c for c in claims if c.change and c.change.source in asked]


def test_a_he_said_chain_is_explained_by_the_sentence_that_names_the_speaker():
    article = _article("Ann Ferris, the harbour minister, said the terminal would open in 2027.",
                       "Tom Hall, finance director at Kinloch Harbour, said fares would rise.",
                       "Jim Orr, chief executive of Orr Shipping, said he would bid for the route.",
                       '"The ferry will carry 400,000 people a year," said Mrs Ferris. '
                       '"It will change the island for good and for everyone."\n\n'
                       '"Nobody on the island will need to wait for the weekly boat again," she said.')
    [quote] = quote_candidate(article.sentences[5], article, random.Random(0))
    assert quote.answer == "Ann Ferris"
    assert quote.explanation.endswith("the sentence before quotes Ann Ferris, whom the sentence before that names.")


def test_a_title_rounding_the_answer_gives_it_away():
    # "Council agrees £18m in savings" above "… includes _____ of savings" with £18.2m among the choices.
    text = ("Kinloch council agrees £18m in savings\n\n"
            "Kinloch Council has agreed a budget that includes £18.2m of savings over three years.\n\n"
            "Councillor Ann Ferris said 140 jobs would go by 2027.\n")
    questions = generate_questions(parse_source(text, "kinloch.txt"), count=10)
    assert questions and not [q for q in questions if q.answer == "£18.2m"]


def test_days_listed_before_their_month_are_no_amounts():
    assert [n.text for n in find_numbers("Drivers will strike on 10, 12 and 14 June, and 3,000 will join.")] == ["3,000"]


def test_a_year_in_the_articles_future_gets_wrong_years_on_both_sides():
    # "a further 3% from April _____" in an article of 2025: 2023, 2024 and 2025 beside 2026 left only one.
    picked = {int(y) for seed in range(10)
              for y in year_distractors(2026, [2025], {2026}, 2025, random.Random(seed), want=3)}
    assert min(picked) < 2026 < max(picked) <= 2031


def test_a_hedge_opening_the_sentence_is_explained_in_lower_case():
    article = _article("About 84,000 passengers used the Kinloch ferry in 2024, Kinloch Council said.")
    explanations = [c.explanation for c in number_candidates(article.sentences[0], article, random.Random(0))]
    assert explanations and explanations[0].startswith("The article gives about 84,000: “About 84,000")


def test_a_capitalised_title_then_the_name_between_commas_is_who_said_it():
    body = "The Governor, Richard Halloway, said the Bank of Kinloch would cut rates in May."
    names = Names([body])
    assert list(names.persons) == ["Richard Halloway"]
    assert [a.speaker.display for a in find_attributions(1, body, names)] == ["Richard Halloway"]


def test_a_quotation_said_by_a_title_then_a_name_is_the_persons():
    body = '"We are deeply sorry for the worry this will cause," said the company\'s chief executive, Simon Aldridge.'
    quote = find_quote(1, body, Names([body]), None)
    assert (quote.text, quote.speaker.display) == ("We are deeply sorry for the worry this will cause",
                                                   "Simon Aldridge")


@pytest.mark.parametrize(("text", "hedge", "side"), [
    ("The plan will cost no more than $30 a month.", "no more than", "below"),
    ("The plan will cost not more than $30 a month.", "not more than", "below"),
    ("The plan will carry no fewer than 300 people a day.", "no fewer than", "above"),
])
def test_no_more_than_is_one_bound_and_its_distractors_lie_beyond_it(text, hedge, side):
    # "priced at no _____ a month" with "more than $35" among the choices: "no more than $35" is true too.
    [number] = find_numbers(text)
    assert number.hedge == hedge and number.bound
    values = [float(o.split()[-1].strip("$").replace(",", "")) for o in number_options(number, set(), 4)]
    assert values and all((v < number.value) if side == "below" else (v > number.value) for v in values)


@pytest.mark.parametrize(("body", "speaker"), [
    ("Launching the initiative Mr Clarke said the ferry would sail in May.", "Mr Clarke"),
    ("Speaking to reporters Ann Ferris said the ferry would sail in May.", "Ann Ferris"),
    ("Reading Football Club said the match would go ahead in May.", "Reading Football Club"),
])
def test_what_the_speaker_was_doing_before_the_name_is_no_part_of_who_said_it(body, speaker):
    # A false claim swapped 'Launching the initiative Mr Clarke' whole: "The article says Launching the …".
    names = Names([body, "Charles Clarke is here.", "Ann Ferris is here."])
    assert [a.speaker.text for a in find_attributions(1, body, names)] == [speaker]


def test_figures_from_a_body_whose_name_holds_and_name_no_part_of_it():
    # "Separate figures from HM Revenue and Customs showed …" had been credited to "Customs".
    body = "Separate figures from HM Revenue and Customs showed that 91,230 homes were sold in August."
    assert [a.speaker.display for a in find_attributions(1, body, Names([body]))] == [None]
    body = "The figures come after the Bank of Kinloch said rates would rise."
    assert [a.speaker.display for a in find_attributions(1, body, Names([body]))] == ["The Bank of Kinloch"]


@pytest.mark.parametrize(("text", "wrong"), [("Tickets cost £10 each.", "£5 £15 £20"),
                                             ("Tickets cost £20 each.", "£15 £10 £25")])
def test_a_round_price_takes_round_prices_beside_it(text, wrong):
    # £10 beside £11, £12, £13 was the one round price: the answer at a glance.
    [number] = find_numbers(text)
    assert set(wrong.split()) <= set(number_options(number, set(), 4))
    assert not [o for o in number_options(number, set(), 4) if int(o.strip("£")) % 5]


def test_a_year_in_the_articles_future_takes_no_year_of_its_past():
    # "its next full survey of the park in _____" (2028) in an article of 2024 offered 2023 beside it.
    picked = {int(y) for seed in range(10)
              for y in year_distractors(2028, [2021, 2023, 2024, 2026], {2028}, 2024, random.Random(seed), want=3)}
    assert min(picked) >= 2024 and 2026 in picked


def test_a_true_claim_the_title_already_states_is_not_asked():
    # "Tiger numbers rise in Kinloch park" shown above "Tiger numbers in Kinloch park have risen …": no check.
    text = ("Tiger numbers rise in Kinloch park\n\n"
            "Tiger numbers in the Kinloch park have risen by almost a third in four years, a survey found.\n\n"
            "Rangers counted 412 tigers in 2024, up from 310 in 2020, the Kinloch Wildlife Trust said.\n")
    article = analyse(parse_source(text, "kinloch.txt"))
    # (the lead's true claim is not made at all, see test_generate_quality_round19; made as the last resort
    # of an empty set, the title's test leaves it out too)
    made = claim_candidates(article.sentences[0], article, random.Random(0), lead_too=True)
    assert [c for c in made if c.answer is True]
    assert not [c for c in _candidates(article, 0)[0] if c.answer is True and c.sentence == 1]
    assert restates("Tiger numbers rise in Kinloch park", "Tiger numbers in the park have risen in Kinloch.")
    assert not restates("Tiger numbers rise in Kinloch park", "Rangers counted 412 tigers in Kinloch.")


@pytest.mark.parametrize(("sentence", "asked"), [
    # (nor the level: a change told both ways gives it, see test_generate_quality_round10)
    ("The Kinloch index fell 1.2%, or 61.4 points, to 5,012.3 on Tuesday, traders in Kinloch said.", []),
    ("Shares in Kinloch Ferries were up 56 pence, or 7.6%, at 797p by mid-morning in Kinloch.", []),
    ("Kinloch Ferries carried 412,000 passengers in 2024, or 5,000 more, Kinloch Council said.", ["412,000"]),
])
def test_a_figure_said_again_another_way_is_not_asked(sentence, asked):
    # "fell _____, or 61.4 points, to 5,012.3": the other figure and the level tell the blank.
    article = _article(sentence)
    assert [c.answer for c in number_candidates(article.sentences[0], article, random.Random(0))] == asked


@pytest.mark.parametrize(("sentence", "answer", "form"), [
    ("Aslef drivers will strike in Kinloch on 14 June, Kinloch Council said.", "14 June", r"\d{1,2} June"),
    ("The Kinloch phone goes on sale on March 14 in Kinloch.", "March 14", r"March \d{1,2}"),
    ("The Kinloch ferry sails on Nov. 25, the Kinloch board said.", "Nov. 25", r"Nov\. \d{1,2}"),
])
def test_a_day_of_a_month_is_asked_with_days_of_that_month_written_alike(sentence, answer, form):
    # Only years had been asked: "on sale from _____" with March 14 never was.
    article = _article(sentence)
    [day] = day_candidates(article.sentences[0], article, random.Random(0))
    assert (day.family, day.answer) == ("date", answer) and "_____" in day.prompt and answer not in day.prompt
    assert len(day.choices) == 4 and all(re.fullmatch(form, c) for c in day.choices)
    assert day.choices == sorted(day.choices, key=lambda c: int(re.search(r"\d+", c).group()))


@pytest.mark.parametrize("sentence", ["Kinloch remembered the 11 September attacks on Tuesday.",
                                      "The new Kinloch fares apply from 1 January, Kinloch Council said.",
                                      'Ann Ferris said: "The Kinloch ferry sails on 14 June."'])
def test_no_day_that_names_an_event_or_a_reader_would_guess_or_is_quoted(sentence):
    article = _article(sentence)
    assert day_candidates(article.sentences[0], article, random.Random(0)) == []
