"""Quality rules of the eighth round (other outlets' styles), each on sentences written for these tests."""

import pytest

from quiz.generate import generate_questions
from quiz.generate.analysis import analyse, without_dateline
from quiz.generate.attribution import GENERIC, PERSON, classify_speaker, find_attributions
from quiz.generate.candidate import leak
from quiz.generate.entities import Names
from quiz.generate.filters import context_problem
from quiz.generate.numbers import find_numbers, find_years
from quiz.generate.roles import find_roles
from quiz.sources import parse_source

KINLOCH = ["Harbour Minister Ann Ferris opened the Kinloch terminal.", "Mrs Ferris is here.", "Mr Hall is here.",
           "Finance chief Tom Hall joined in 2001."]


@pytest.mark.parametrize("lead", [
    "Speaking in Kinloch on Tuesday, ", "In a statement, ", "On Tuesday, ", "Speaking to reporters, ",
    "Earlier, ", "Writing in the Kinloch Herald, ", "Asked about the delay, ", "Last week, ",
    "At a news conference after the vote, ", "However, ",
])
def test_where_when_or_how_before_the_speaker_leaves_who_said_it(lead):
    body = f"{lead}Mrs Ferris said the new ferry would cost £45m a year."
    names = Names(KINLOCH + [body])
    found = find_attributions(1, body, names)
    assert [(a.speaker.kind, a.speaker.display, a.claim, a.front) for a in found] == \
        [(PERSON, "Ann Ferris", "the new ferry would cost £45m a year", True)]
    assert found[0].clause == "Mrs Ferris said the new ferry would cost £45m a year."[:-1]
    assert body.endswith(found[0].clause + ".")


def test_a_clause_of_its_own_before_the_speaker_is_not_cut_off():
    # The claim holds only if the plan fails: "who said the ferry would cost £45m" would drop the condition.
    body = "If the plan fails, Mrs Ferris said the new ferry would cost £45m a year."
    assert not [a for a in find_attributions(1, body, Names(KINLOCH + [body])) if a.front]


def test_a_surname_that_is_also_a_modal_verb_is_a_name():
    names = Names(["Prime Minister Alice May opened the Kinloch terminal.", "Mrs May was pleased."])
    speaker = classify_speaker("Mrs May", names)
    assert (speaker.kind, speaker.display) == (PERSON, "Alice May")
    body = "Mrs May told MPs that about 3,000 extra staff would be hired."
    names = Names(["Prime Minister Alice May opened the Kinloch terminal.", body])
    assert [a.speaker.display for a in find_attributions(1, body, names)] == ["Alice May"]
    # The clause test still tells a clause from a speaker: 'There may be' is no one.
    assert classify_speaker("There may be others who", names).display is None


def test_figures_are_no_one_who_said_something():
    names = Names(["Figures from the Kinloch Bank showed that loans fell by 4% in May."])
    speaker = classify_speaker("Figures from the Kinloch Bank", names)
    assert (speaker.kind, speaker.display) == (GENERIC, None)
    assert classify_speaker("The latest figures", names).display is None
    assert classify_speaker("The Kinloch Traders Association", names).display == "The Kinloch Traders Association"


def test_a_name_of_the_answer_alone_in_the_prompt_gives_it_away():
    prompt = "According to the article, who announced a service that works with Kinloch phones?"
    assert leak(prompt, "Kinloch and Apex", ["Kinloch and Apex", "Harbour Research", "Nordbank"])
    # A name every choice shares tells nothing.
    assert leak(prompt, "Kinloch Ferries", ["Kinloch Ferries", "Kinloch Council", "Kinloch Bank"]) is None
    assert leak("According to the article, who opened the terminal?", "Ann Ferris",
                ["Ann Ferris", "Tom Hall", "Ruth Cole"]) is None


def test_a_second_person_of_the_same_surname_described_by_a_title_is_a_person_too():
    text = ("Ferry timetable set out\n\n"
            "Prime Minister Alice May has set out a new ferry timetable.\n\n"
            "Mrs May said the timetable would start in March.\n\n"
            "Ruth May, a spokeswoman for the Kinloch Traders Association, said firms needed certainty.\n\n"
            "\"Our members cannot plan for a cliff edge,\" she said.\n")
    article = analyse(parse_source(text))
    assert {"Alice May", "Ruth May"} <= set(article.names.persons)
    # Which May "Mrs May" is, the article does not say: she is asked about by no one's name.
    assert [a.speaker.display for a in article.sentences[1].attributions] == [None]
    assert article.sentences[3].quote.speaker.display == "Ruth May"


@pytest.mark.parametrize("dateline", [
    "DENVER (AP) — ", "LONDON, March 4 (Reuters) - ", "KINLOCH — ", "SAN JUAN, Puerto Rico (AP) — ",
    "WASHINGTON -- ", "ST. LOUIS (AP) — ", "NEW YORK, Nov. 3 (Reuters) - ",
    "AUSTIN, Texas, Jan. 14, 2025 /PRNewswire/ -- ",
])
def test_a_wire_dateline_is_no_part_of_what_the_sentence_states(dateline):
    text = (f"Ferry deal agreed\n\nBy RUTH COLE Associated Press\n\n"
            f"{dateline}Officials from five island councils agreed on a plan to cut fares by about 18 percent.\n\n"
            "Kinloch Ferries said it would run 12 more sailings a week.\n")
    article = analyse(parse_source(text))
    first = next(info for info in article.sentences if "Officials" in info.text)
    assert first.body == "Officials from five island councils agreed on a plan to cut fares by about 18 percent."
    assert first.text.startswith(dateline.strip())  # the citation stays verbatim
    questions = generate_questions(parse_source(text), count=10)
    asked = [q for q in questions if q.citation.sentence == first.n]
    assert asked and all(dateline.strip() not in q.prompt for q in asked)
    assert all(q.citation.quote == first.text for q in asked)


def test_capitals_and_a_dash_later_in_an_article_or_mid_sentence_stay():
    assert without_dateline("The NHS — a big employer — said so.") == "The NHS — a big employer — said so."
    assert without_dateline("US — the economy grew.") == "US — the economy grew."


def test_short_month_names_and_clock_times_are_no_amounts():
    for body in ["The next meeting is set for 7 p.m. Nov. 25 at the town hall.",
                 "The rate must be certified by Dec. 2, and the budget takes effect Jan. 1.",
                 "The ferry left at 1 a.m., nearly six hours late.",
                 "They met on Sept. 3 in Kinloch.",
                 "His phone was located near the harbour at 01:52, the court heard."]:
        assert find_numbers(body) == [], body
    assert find_years("The cuts run until Dec. 31, 2027.") == [(28, 32, 2027)]
    assert [n.text for n in find_numbers("Kinloch sold 25 Octopus cards at 8 a.m. on Monday.")] == ["25"]


def test_a_name_after_said_is_evidence_of_a_person():
    text = ("Lake levels fall\n\n"
            "\"We are borrowing against the future,\" said Jonah Pierce, a hydrologist at Kinloch University.\n\n"
            "The Verano River Alliance, a coalition of 27 groups, said the plan was not enough.\n")
    article = analyse(parse_source(text))
    assert "Jonah Pierce" in article.names.persons
    kinds = {role.entity: role.person for role in article.roles()}
    assert kinds == {"Jonah Pierce": True, "the Verano River Alliance": False}


def test_a_title_written_short_with_a_stop_makes_a_person():
    body = "Sen. Paul Henning said he would introduce a bill next month."
    names = Names([body, "Rep. Carla Voss said the process was rushed."])
    assert {"Paul Henning", "Carla Voss"} <= set(names.persons)
    assert names.persons["Paul Henning"].titles == ["Sen."]


def test_a_weekday_after_the_verb_is_no_part_of_the_claim():
    body = "Harbour Minister Ann Ferris said Tuesday that the fares would rise by 5%."
    found = find_attributions(1, body, Names(KINLOCH + [body]))
    assert [a.claim for a in found] == ["the fares would rise by 5%"]
    body = "Kinloch Council said Monday the fares would rise by 5%."
    assert [a.claim for a in find_attributions(1, body, Names([body]))] == ["the fares would rise by 5%"]


def test_a_plural_noun_before_a_past_tense_is_no_say_verb():
    body = "Officials from five Western states agreed Tuesday to a plan to cut water use."
    assert find_attributions(1, body, Names([body])) == []


def test_an_adverb_before_the_verb_is_no_part_of_the_speaker():
    body = "Greyline Analytics currently forecasts that fares will fall by about 2%."
    assert [a.speaker.display for a in find_attributions(1, body, Names([body]))] == ["Greyline Analytics"]


def test_a_clause_after_a_name_and_a_comma_is_no_role():
    body = ("According to figures from the Kinloch Registry, an estimated 14.6 million adults in the UK have "
            "high blood pressure, and a third of them are undiagnosed.")
    assert find_roles(1, body, Names([body])) == []


def test_a_courtroom_title_is_no_part_of_a_name():
    text = ("Arson trial\n\n"
            "Prosecutor Helen Varga told the jury the defendant had raised his insurance cover.\n\n"
            "\"This was no accident,\" she said.\n")
    article = analyse(parse_source(text))
    assert "Helen Varga" in article.names.persons
    assert article.sentences[1].quote.speaker.display == "Helen Varga"


def test_a_description_named_by_another_noun_before_of_is_no_title():
    body = "He flew to Kinloch to plead for the life of a British lecturer, Dennis Hills, who faced prison."
    names = Names([body, "Mr Hills was freed.", "Dennis Hills said he was grateful."])
    assert find_roles(1, body, names) == []
    body = "The ferry company's chief executive, Ann Ferris, said fares would rise."
    names = Names([body, "Mrs Ferris spoke."])
    assert [(r.entity, r.role) for r in find_roles(1, body, names)] == \
        [("Ann Ferris", "the ferry company's chief executive")]


def test_him_after_the_one_person_named_is_someone_else():
    people = frozenset({"Tony", "Blair", "Gordon", "Brown"})
    assert context_problem("Prime Minister Tony Blair called him a giant of the movement.", people, people) == \
        "'him' refers to something earlier"
    assert context_problem("Tony Blair said Gordon Brown had told him so in 2004.", people, people) is None
    assert context_problem("Tony Blair sold his shares in 2004.", people, people) is None


def test_a_house_number_is_no_amount():
    assert find_numbers("The next meeting is at City Hall, 300 W. Main St.") == []
    assert find_numbers("The minister lives at 10 Kinloch Street.") == []


def test_an_age_is_asked_after_the_other_figures_of_an_article():
    text = ("Council budget passed\n\n"
            "Councilwoman Ana Ruiz, 54, cast one of the two votes against the budget.\n\n"
            "Kinloch City Council approved a budget of $212.4 million on Tuesday.\n")
    numbers = [q for q in generate_questions(parse_source(text), count=1) if "number" in q.tags]
    assert [q.answer for q in numbers] == ["$212.4 million"]
    assert [q.answer for q in generate_questions(parse_source(text), count=4) if "number" in q.tags] == \
        ["54", "$212.4 million"]


def test_a_hard_wrapped_article_gives_the_questions_of_the_same_article_unwrapped():
    import textwrap
    paragraphs = [
        "Kinloch Ferries has agreed to a £310 million takeover by UK-listed Harbour Holdings, the companies "
        "said on Wednesday.",
        "Harbour Holdings, which runs about 640 cross-channel sailings a week, said it planned to invest "
        "£120 million over three years in new vessels.",
        "\"This offer recognises the strength of the Kinloch brand,\" chairman Nigel Ashworth said.",
        "Unions said the deal would put about 1,800 jobs at risk, according to the Seafarers' Union.",
        "Kinloch Ferries was founded in 1968 and carried 2.1 million passengers last year.",
    ]
    plain = "Ferry takeover agreed\n\n" + "\n\n".join(paragraphs) + "\n"
    # Lines of about 40 characters, one of them broken at a word's hyphen ("cross-" / "channel").
    wrapped = "Ferry takeover agreed\n\n" + "\n\n".join(
        textwrap.fill(p, 40).replace("cross-channel", "cross-\nchannel") for p in paragraphs) + "\n"
    assert "cross-\nchannel" in wrapped

    def asked(text):
        return [(q.prompt, q.choices, q.answer, q.explanation.replace("\n", " "))
                for q in generate_questions(parse_source(text), count=12)]
    assert asked(wrapped) == asked(plain)
    assert any("640 cross-channel sailings" in prompt for prompt, *_ in asked(plain))


def test_an_honorific_with_a_stop_names_the_person():
    text = ("Water bill advances\n\n"
            "Senator Alice Brandt, Democrat of Ohio, said the bill would create about 30,000 jobs.\n\n"
            "\"This is the most serious investment in a generation,\" Ms. Brandt said in an interview.\n")
    article = analyse(parse_source(text))
    assert Names([text]).person("Ms. Brandt") == "Alice Brandt"
    assert article.sentences[1].quote.speaker.display == "Alice Brandt"


def test_a_name_opening_with_a_capital_beyond_ascii_is_a_person():
    text = ("Migration deal agreed\n\n"
            "Éric Delacroix, a spokesman for the French foreign ministry, said Paris had not been consulted.\n\n"
            "\"We were told about this on Friday evening,\" Mr Delacroix said.\n\n"
            "Özlem Yıldız, head of the Kinloch Migrants' Association, said about 12,000 people had crossed.\n\n"
            "\"Nobody has asked the people who will be affected,\" she said.\n\n"
            "Polish Prime Minister Łukasz Nowak said his country would take no more than 2,000 refugees.\n")
    article = analyse(parse_source(text))
    assert {"Éric Delacroix", "Özlem Yıldız", "Łukasz Nowak"} <= set(article.names.persons)
    assert [info.quote.speaker.display for info in article.sentences if info.quote] == \
        ["Éric Delacroix", "Özlem Yıldız"]
    assert article.sentences[4].attributions[0].speaker.display == "Łukasz Nowak"


def test_one_or_a_count_of_those_named_before_as_the_subject_leans_back():
    assert context_problem("One told the Kinloch Herald that the staff had been ruined.") == \
        "opens with 'One told', which refers to something earlier"
    assert context_problem("All three are ferry firms that watch Kinloch Council closely.") == \
        "opens with 'All three', a count of something named earlier"
    assert context_problem("Two of them were arrested in Kinloch in 2004.") == \
        "opens with 'Two of them', a count of something named earlier"
    for body in ["One analyst said Kinloch Ferries' profits rose.", "One in five Kinloch voters owns a boat.",
                 "All 20 members of Kinloch Council voted in favour of a new ferry."]:
        assert context_problem(body) is None, body


def test_a_former_title_glued_to_a_party_stays_former():
    body = "And ex-Tory education secretary Ann Ferris remembered the vote."
    names = Names([body, "Mrs Ferris spoke."])
    assert [(r.entity, r.role) for r in find_roles(1, body, names)] == [("Ann Ferris", "ex-Tory education secretary")]
    body = "And Tory education secretary Ann Ferris remembered the vote."
    assert [(r.entity, r.role) for r in find_roles(1, body, Names([body, "Mrs Ferris spoke."]))] == \
        [("Ann Ferris", "Tory education secretary")]


def test_a_headline_above_a_byline_is_quoted_as_the_articles_title():
    text = ("Kinloch Ferry Fares Rise Again\nBy Ruth Cole\n\n"
            "KINLOCH — The fares rose by 5% on Monday, the third rise this year.\n\n"
            "The council said the rise would raise £2.4m a year for the harbour.\n")
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=6)]
    assert any("according to the article “Kinloch Ferry Fares Rise Again”" in prompt for prompt in prompts)


def test_the_lines_of_an_interview_are_one_sides_words():
    from quiz.generate.statement import sentence_problem
    for body in ["Q: Your November study put the loss at 4.2 billion tonnes.",
                 "A: The central estimate is 4.2 billion tonnes, but the range is wide.",
                 "Question: Why did fares rise by 5% in 2004?", "Answer: Fuel cost 12% more than in 2003."]:
        assert sentence_problem(body) is not None, body
    assert sentence_problem("A. Smith said the Kinloch ferry fare rose by 5% in 2004.") is None


def test_a_range_end_keeps_its_choices_above_the_start_written_without_the_unit():
    from quiz.generate.fam_numbers import _inside_range
    body = "Party sources expect turnout of around 35 to 40 percent in Kinloch, below the 61.8 percent of 2019."
    end = find_numbers(body)[1]
    assert end.text == "40 percent"
    assert _inside_range(body, end, end.value, ["30 percent", "45 percent", "36 percent"]) == ["45 percent", "36 percent"]


def test_a_quotation_in_single_quotation_marks_has_its_speaker():
    text = ("Arson trial\n\n"
            "In a statement read to the court, Ms Ashdown said she had been unable to work for 14 months.\n\n"
            "'I still think about the sound of that roof coming down,' she wrote.\n\n"
            "Firefighter Kerry Ashdown was injured in the blaze.\n\n"
            "'It wasn't meant to happen,' the defendant's sister told the Kinloch Herald.\n")
    article = analyse(parse_source(text))
    quote = article.sentences[1].quote
    assert (quote.text, quote.speaker.display) == ("I still think about the sound of that roof coming down",
                                                   "Kerry Ashdown")
    # An apostrophe inside is no end of the quotation; a speaker who stands for no one gives no question.
    assert article.sentences[3].quote is None


def test_he_said_after_someone_named_only_as_an_owner_is_not_that_person():
    text = ("Police plans\n\n"
            "Tory leader Michael Hale set out his plans for the Kinloch police on Monday.\n\n"
            "A Labour spokesman criticised Michael Hale's record, saying police numbers had fallen by 1,132.\n\n"
            "\"Today the Tories are making more extravagant promises on the police,\" he said.\n\n"
            "Former minister Robin Hood said Lord Tay's admission suggested Parliament had been misled.\n\n"
            "\"Others certainly presented it as a summary of the advice,\" he said.\n")
    article = analyse(parse_source(text))
    assert article.sentences[2].quote is None  # the spokesman's words, not Michael Hale's
    assert article.sentences[4].quote.speaker.display == "Robin Hood"  # Lord Tay is named only as an owner


def test_do_so_opening_a_sentence_stands_for_something_done_before():
    assert context_problem("Doing so would remove the exposure of Kinloch Ferries to the weak dollar.") == \
        "'Doing so' stands for something done earlier"
    assert context_problem("To do so, Kinloch Council must raise £2m by 2006.") is not None
    # Later in a sentence it is most often what the same sentence told.
    assert context_problem("Kinloch Ferries said it feared it could not file for bankruptcy or do so in 2005.") is None


def test_both_and_a_plural_noun_are_two_things_named_before():
    assert context_problem("Three Kinloch Appeal Court judges dismissed both appeals on Wednesday.") == \
        "'both appeals' refers to things named earlier"
    for body in ["Kinloch Council said both men and women would pay 5% more.",
                 "Kinloch Council said both houses of Parliament had voted.",
                 "Blogs proved useful to both sides in the Kinloch election battle.",
                 "The Kinloch ferry will be launched both as a car ferry and as a freight ship."]:
        assert context_problem(body) is None, body


def test_the_close_of_a_quotation_that_spans_sentences_has_its_speaker():
    text = ("Theatre fire\n\n"
            "Dr Priya Chandran, the trust's medical director, said staff were doing all they could.\n\n"
            "\"We have put first the patients whose need is greatest. That has meant some very hard "
            "conversations with people who have waited a long time,\" she said.\n\n"
            "\"People found out by text message. Patients deserve far better than a text from the trust,\" said Ruth Okonjo of "
            "Kinloch Healthwatch.\n\n"
            "Health Minister Tom Hale said the trust would get £2m for repairs.\n\n"
            "Council leader Ann Ferris said the fire had been a disaster for the town.\n")
    article = analyse(parse_source(text))
    closes = [(info.n, info.quote.text, info.quote.speaker.display) for info in article.sentences if info.quote]
    assert closes == [
        (3, "That has meant some very hard conversations with people who have waited a long time", "Priya Chandran"),
        (5, "Patients deserve far better than a text from the trust", "Ruth Okonjo")]
    assert article.sentences[2].problem  # (the sentence asks nothing else: it is part of a quotation)
    asked = {q.prompt: q.answer for q in generate_questions(parse_source(text), count=10)}
    assert asked["According to the article “Theatre fire”, who said: “Patients deserve far better than a text from the trust”?"] == \
        "Ruth Okonjo"


def test_a_quotation_going_on_in_the_next_sentence_of_its_paragraph_is_the_same_speakers():
    text = ("Water deal\n\n"
            "\"We are asking farmers to carry a heavy load,\" Governor Rachel Linden said. "
            "\"We intend to pay every one of them fairly for it.\"\n\n"
            "\"Nobody in this valley trusts the scheme yet,\" said Tom Aldridge, who chairs the growers.\n\n"
            "\"The lake will keep falling for years.\"\n\n"
            "Interior Secretary Dan Whitcomb said the plan would cost $1.2 billion.\n")
    article = analyse(parse_source(text))
    goes_on = article.sentences[1].quote
    assert (goes_on.text, goes_on.speaker.display, goes_on.resolved_from) == \
        ("We intend to pay every one of them fairly for it", "Rachel Linden", 1)
    # A new paragraph may be anyone's words.
    assert article.sentences[3].quote is None
    explained = {q.prompt: q.explanation for q in generate_questions(parse_source(text), count=10)}
    asked = "According to the article “Water deal”, who said: “We intend to pay every one of them fairly for it”?"
    assert explained[asked].endswith("The quotation goes on from the sentence before, which names Rachel Linden.")


def test_the_words_that_hand_a_quotation_to_he_are_quoted_in_the_explanation():
    from quiz.generate.fam_speech import _speaker_words
    assert _speaker_words('"It will work," he said.') == "he said"
    assert _speaker_words("But he told BBC Radio 4's Today programme: \"It will work.\"") == "he told"
    assert _speaker_words('He added: "It will work."') == "He added"


def test_a_quotation_split_by_who_said_it_is_asked_whole_with_an_ellipsis():
    from quiz.generate.quotes import find_quote
    body = "\"It was thought to be like skateboarding,\" Mr Molyneux said, \"a craze that everyone thought would go away.\""
    names = Names([body, "Games designer Peter Molyneux founded Lionhead in 1997."])
    quote = find_quote(1, body, names, None)
    assert (quote.text, quote.speaker.display) == \
        ("It was thought to be like skateboarding … a craze that everyone thought would go away", "Peter Molyneux")
    assert find_quote(1, "\"Also,\" Mr Molyneux said, \"the firm has to make its games simpler to play.\"", names,
                      None) is None  # (a first part of a word or two says nothing of its own)


def test_a_he_said_closing_a_quotation_is_resolved_only_where_the_quotation_opened_just_before():
    text = ("Harbour news\n\n"
            "Harbour Minister Tom Hale opened the new terminal on Monday.\n\n"
            "\"We will fight for this town. We will win this fight for the harbour,\" he said.\n\n"
            "Council leader Ian Ferris said: \"The outlook for the harbour is uncertain. "
            "Prices could fall further next year,\" he said.\n")
    article = analyse(parse_source(text))
    quotes = {info.n: (info.quote.text, info.quote.speaker.display) for info in article.sentences if info.quote}
    assert quotes[3] == ("We will win this fight for the harbour", "Tom Hale")
    # Sentence 5 closes a quotation that sentence 4 opened after "Ian Ferris said:": not Tom Hale's words.
    assert quotes.get(5, (None, None))[1] != "Tom Hale"
