"""Each generator filter, on real sentences: the seed's, and ones written for these tests."""

import random

import pytest

from quiz.generate import generate_questions
from quiz.generate.attribution import GENERIC, PERSON, classify_speaker
from quiz.generate.candidate import BLANK, clean_choices, leak
from quiz.generate.entities import Names
from quiz.generate.filters import context_problem, sentence_problem
from quiz.generate.relative import anchor_time, relative_time
from quiz.generate.numbers import find_numbers, find_years, number_distractors, ordered_like
from quiz.sources import parse_source


@pytest.mark.parametrize("sentence, reason", [
    ("What do we know about the air strike?", "a question"),
    ("Main points of the plan:", "heading"),
    ("US strike on militia facilities in Syria", "heading"),
    ("- A ban on smoking in all enclosed public places.", "list item"),
    ("“There were many casualties.”", "fragment"),
    ("The ferry " + "and the boat " * 30 + "sailed.", "run-on"),
    ("“We built this for the next fifty years of travel, and we are proud of it.", "quotation that spans"),
    ("The harbour board spent \x1b[31m$5m on the new terminal in 2003.", "control characters"),
    ("The ferry carried 400 passengers on its first day.\x00 It sailed at noon.", "control characters"),
    ("The ferry\x85 carried 400 passengers on its first day.", "control characters"),
])
def test_sentences_that_carry_no_question(sentence, reason):
    assert reason in sentence_problem(sentence)


def test_a_plain_statement_passes():
    assert sentence_problem("There are about 2,500 US troops in Iraq to assist Iraqi forces.") is None


@pytest.mark.parametrize("sentence, word", [
    ("It came after a civilian contractor was killed in a rocket attack on US targets.", "It"),
    ("But its own internet business had mixed fortunes.", "But"),
    ("However, the harbour board said the terminal cost £42m.", "However"),
    ("Also, the ferry company said it would add two routes.", "Also"),
    ("The official said the strikes hit an area along the border.", "the official"),
    ("The firm's profits rose 5% to £10m in the year.", "The firm"),
    ("Shares fell after he resigned as chairman of the board.", "he"),
    ("If I am late for the ferry then I can take the next one.", "I"),
    ("This decision will cost the town millions of pounds.", "This"),
    ("The two companies tried to merge two years ago but talks failed.", "The two companies"),
])
def test_sentences_that_depend_on_context(sentence, word):
    problem = context_problem(sentence, frozenset({"US", "Ferry"}), frozenset())
    assert problem is not None and word.lower() in problem.lower()


def test_a_pronoun_after_its_antecedent_is_fine():
    people = frozenset({"Maria", "Olsen"})
    assert context_problem("Maria Olsen said she was proud of her crew.", frozenset({"Maria", "Olsen"}),
                           people) is None
    assert context_problem("Greenway Ferries said it would add two routes.", frozenset({"Greenway", "Ferries"})) \
        is None


def test_he_needs_a_person_not_just_any_name():
    problem = context_problem("The Parliamentary watchdog is looking at his decision to give free tickets.",
                              frozenset({"Parliamentary"}), frozenset())
    assert problem is not None and "his" in problem


def test_relative_time_is_anchored_to_the_document_date_or_dropped():
    sentence = "It came after a contractor was killed in a rocket attack earlier this month."
    assert relative_time(sentence) == "earlier this month"
    assert anchor_time(sentence, "2021-02-26").endswith("earlier in February 2021.")
    assert anchor_time(sentence, None) is None
    assert anchor_time("Profits rose 5% last year.", "2021-02-26") == "Profits rose 5% in 2020."
    assert anchor_time("Profits rose 5% in 2020.", None) == "Profits rose 5% in 2020."


def test_relative_time_without_a_date_makes_no_date_question():
    text = "Ferry news\n\nThe harbour board was founded in 1990 and opened a terminal last year.\n"
    questions = generate_questions(parse_source(text), count=10)
    assert not [q for q in questions if q.tags == ["date"]]


def test_leaks_are_caught():
    assert leak(f"The board bought {BLANK} of the port.", "a 49% stake", ["a 49% stake"]) is None
    assert leak(f"The board bought an {BLANK} stake.", "8%", ["8%", "10%"]) == "'a/an' before the blank"
    assert leak("Who said the Pentagon was right?", "The Pentagon", ["The Pentagon", "Militia officials"]) \
        == "the answer is in the prompt"
    assert "longer" in leak("Who is Jo?", "an Iraqi umbrella group of mostly Shia paramilitaries",
                            ["an Iraqi umbrella group of mostly Shia paramilitaries", "a charity", "a bank"])


def test_distractors_are_unique_and_none_contained_in_another():
    kept = clean_choices("Militia officials", ["militia officials", "Officials", "The Pentagon", "The Pentagon",
                                               "A war monitor", "Kataib Hezbollah"])
    assert kept == ["The Pentagon", "A war monitor", "Kataib Hezbollah"]


def test_number_distractors_keep_the_format_and_avoid_stated_numbers():
    number = find_numbers("There are about 2,500 US troops in Iraq.")[0]
    assert number.text == "about 2,500"
    wrong = number_distractors(number, {"5000"}, random.Random(0))
    assert len(wrong) == 3 and all(w.startswith("about ") and "," in w for w in wrong)
    assert "about 5,000" not in wrong
    money = find_numbers("Profits jumped 76% to $1.13bn (£600m) in the quarter.")
    assert [n.text for n in money] == ["76%", "$1.13bn", "£600m"]
    assert all(w.startswith("$") and w.endswith("bn") for w in number_distractors(money[1], set(),
                                                                                   random.Random(1)))


def test_dates_and_names_are_not_quantities():
    assert find_numbers("The attacks of 11 September 2001 changed the law.") == []
    assert find_numbers("She spoke on BBC Radio 4 about the plan.") == []
    assert [y for _, _, y in find_years("Since 2009, the US has designated the group.")] == [2009]


def test_year_distractors_respect_the_sentence_order():
    assert ordered_like(1983, [1992], ["1979", "1997", "2001", "1985"]) == ["1979", "1985"]


def test_speakers_that_stand_alone():
    names = Names(["US Defence Secretary Lloyd Austin told reporters he was confident.",
                   "Mr Austin said the target was right."])
    assert classify_speaker("a war monitor", names).kind == GENERIC
    assert classify_speaker("US Defence Secretary Lloyd Austin", names).display == "Lloyd Austin"
    assert classify_speaker("Mr Austin", names).kind == PERSON
    assert classify_speaker("he", names).display is None
    assert classify_speaker("The firm", names).display is None
    assert classify_speaker("a spokeswoman", names).display is None
    assert classify_speaker("There are also other pressures making banks turn", names).display is None


def test_he_said_without_a_clear_speaker_before_is_dropped():
    text = ("Ferry news\n\nThe harbour board and the council met on Monday to discuss the plan.\n"
            "“We know what we are doing with this terminal,” he said.\n")
    questions = generate_questions(parse_source(text), count=10)
    assert not [q for q in questions if q.tags == ["quote"]]


def test_false_claims_never_change_a_bound():
    text = ("Ferry news\n\nThe storm damaged at least 40 boats in the harbour on Monday.\n"
            "Shipping analysts said ferry traffic rose 12% in 2004, according to port figures.\n"
            "The Harbour Trust, a local charity, said 40 volunteers had cleaned the beach.\n"
            "Greenway Ferries, a family-owned operator, said it had cut fares by 8%.\n")
    questions = generate_questions(parse_source(text), count=40)
    for question in questions:
        if question.change is not None:
            assert "at least" not in question.change.source


@pytest.mark.parametrize("sentence, words", [
    ("Inside that small box there is a processor, a disc drive and a fan.", "Inside that"),
    ("Within this, online fraud totalled £43m, the bankers' figures show.", "Within this"),
    ("For these reasons the harbour board cut its fares by 5%.", "For these"),
    ("Passengers then have the choice to sail at night or in the morning.", "'then'"),
    ("Mr Olsen then changed his mind in June 2004, after the board intervened.", "'then'"),
    ("Latest figures suggest it has sold more than 600,000 tickets.", "'it'"),
    ("Along with the rest of the crew, they sailed to Oslo in May.", "'they'"),
])
def test_openers_and_steps_that_lean_on_an_earlier_sentence(sentence, words):
    problem = context_problem(sentence, frozenset({"Olsen", "Oslo", "May", "June"}), frozenset({"Olsen"}))
    assert problem is not None and words in problem


@pytest.mark.parametrize("sentence", [
    "In this year's budget the harbour board raised fares by 5%.",  # relative time, anchored elsewhere
    "If a passenger misses the ferry then a later sailing is free.",  # the condition is in the sentence
    "Greenway Ferries will add a route and then cut fares by 5%.",  # then after 'and': a step of its own
    "The ban was imposed in 1986 by then transport minister Maria Olsen.",  # 'then' as an adjective
])
def test_then_and_this_that_stand_alone(sentence):
    problem = context_problem(sentence, frozenset({"Greenway", "Ferries", "Maria", "Olsen"}), frozenset())
    assert problem is None or "then" not in problem and "this" not in problem.lower()


def test_a_decimal_after_from_is_a_figure_not_a_year():
    figures = find_numbers("The harbour index fell to 95.5 in February from 97.5 in January.")
    assert [n.text for n in figures] == ["95.5", "97.5"]


def test_up_to_after_a_verb_of_movement_is_no_bound():
    assert [(n.text, n.hedge) for n in find_numbers("The index edged up to 102.5 from 102.2.")] == \
        [("102.5", ""), ("102.2", "")]
    assert [n.hedge for n in find_numbers("Skippers can be fined up to £5,000.")] == ["up to"]


def test_an_index_gets_nearby_distractors_not_half_or_double():
    number = find_numbers("The harbour index stood at 95.5 in February.")[0]
    wrong = number_distractors(number, set(), random.Random(0), want=6)
    assert wrong and all(60 < float(w) < 140 for w in wrong)


def test_an_acronym_and_its_full_name_are_one_source():
    from quiz.generate.entities import same_entity
    assert same_entity("The FT", "a Financial Times report")
    assert same_entity("the CBI", "the Confederation of British Industry")
    assert not same_entity("The FT", "Greenway Ferries")


@pytest.mark.parametrize("sentence, words", [
    ("Analysts reckon that other ports may follow suit and cut fees.", "follow suit"),
    ("The Norwegian carmaker is aiming to sell 150,000 cars in Asia by 2008.", "carmaker"),
])
def test_follow_suit_and_a_maker_named_before(sentence, words):
    problem = context_problem(sentence, frozenset({"Asia"}), frozenset())
    assert problem is not None and words in problem


def test_codes_are_no_amounts():
    assert find_numbers("Passengers can text the word FERRY to 85130 for times.") == []
    assert find_numbers("The date 050505 was chosen for the launch.") == []
    assert [n.text for n in find_numbers("About 85,130 passengers sailed.")] == ["About 85,130"]


def test_a_quotation_reported_by_someone_else_is_not_theirs():
    from quiz.generate.quotes import find_quote
    body = ('According to Mr Reid the harbour chief said: "Help me get through the year and I will then stand '
            'down from the board."')
    assert find_quote(2, body, Names([body]), None) is None
    said = 'Tom Reid said: "Help me get through the year and I will then stand down from the board."'
    assert find_quote(2, said, Names([said]), None).speaker.display == "Tom Reid"


def test_an_adverb_opening_a_sentence_is_no_antecedent():
    problem = context_problem("Somehow it adds up to less than the sum of its parts.", frozenset(), frozenset())
    assert problem is not None and "'it'" in problem


def test_a_choice_the_claim_names_by_its_acronym_is_left_out():
    from quiz.generate.distractors import _named_in
    assert _named_in("Greenway Ferries (GF) is cutting 200 jobs, according to regulators.", "GF")
    assert not _named_in("Greenway Ferries is cutting 200 jobs, according to regulators.", "GF")


def test_that_closing_a_phrase_points_back():
    problem = context_problem("Ferry fans will testify to that, between bouts of arguing over fares.")
    assert problem is not None and "to that" in problem


def test_a_prison_or_a_hospital_is_no_person():
    names = Names(["Mr Reid visited Woodhill Prison on Monday.", "Woodhill Prison said the inmate was moved."])
    assert "Woodhill Prison" not in names.persons


@pytest.mark.parametrize("sentence, count", [
    ("About two billion are shipped every year, and three billion are in use.", "About two billion"),
    ("Some 300 were stranded in the harbour on Monday.", "Some 300"),
])
def test_a_count_standing_for_things_named_before(sentence, count):
    assert context_problem(sentence) == f"opens with '{count}', a count of something named earlier"


def test_a_count_of_things_it_names_stands_alone():
    assert context_problem("Thousands of passengers queued for hours to buy tickets.") is None


@pytest.mark.parametrize("sentence, stands", [
    ("Sales climbed to 263.8bn kronor from 117.7bn kronor in 2003.", False),
    ("Talks are continuing on how to fund the new ferry terminal.", False),
    ("Creditors agreed on Friday to suspend interest payments until 2007.", False),
    ("Creditors of Greenway Ferries agreed on Friday to suspend interest payments.", True),
    ("Sales of ferry tickets climbed 5% to £3m in 2004.", True),
    ("Profit growth in the ferry market has matched growth in rail.", True),
])
def test_a_measure_must_say_whose_it_is(sentence, stands):
    problem = context_problem(sentence)
    assert (problem is None) == stands, problem


@pytest.mark.parametrize("sentence, words", [
    ("The SUVs will be built in Japan and sold mainly in Europe.", "The SUVs"),
    ("By comparison, the rival ferry firm carries 3,000 cars a day.", "'By'"),
])
def test_things_and_comparisons_named_before(sentence, words):
    problem = context_problem(sentence)
    assert problem is not None and words in problem


def test_a_currency_conversion_is_no_figure_to_ask():
    from quiz.generate.fam_numbers import _converts
    body = "The harbour board paid 4.66bn rupees ($106m:£54.6m) for the site."
    assert _converts(body, body.index("£54.6m")) and _converts(body, body.index("$106m"))
    assert not _converts("Results (2004): £5m profit.", len("Results (2004): "))


def test_number_words_re_folds_do_not_crash_the_generator():
    import re

    from quiz.generate.numbers import WORD_NUMBERS, stated_values_of, stated_words
    # Every character re's IGNORECASE takes for a letter of a number word ('ı' for i, 'ſ' for s), in a word.
    latin = re.compile("[a-z]", re.IGNORECASE)
    for char in filter(latin.fullmatch, map(chr, range(0x80, 0x10000))):
        for word in WORD_NUMBERS:
            letter = next((c for c in word if re.fullmatch(re.escape(char), c, re.IGNORECASE)), None)
            if letter:
                text = f"The board said {word.replace(letter, char, 1)} ferries sailed."
                assert stated_values_of(text, []) == [str(WORD_NUMBERS[word])]
                assert stated_words([text]) == {str(WORD_NUMBERS[word])}
    text = "Ferry news\n\nThe harbour board said fıve ferries and ſix boats sailed from Oslo on Monday.\n"
    generate_questions(parse_source(text), count=5)
