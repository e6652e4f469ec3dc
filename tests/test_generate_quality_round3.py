"""Quality rules of the third round, each on sentences written for these tests (no corpus text)."""

import random

from quiz.generate import generate_questions
from quiz.generate.analysis import analyse
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.entities import Names
from quiz.generate.text import WORD
from quiz.generate.voice import first_person_paragraphs
from quiz.sources import parse_source


def _article(sentences: list[str]) -> str:
    return "Harbour news\n\n" + "\n".join(sentences) + "\n"


def _own_view(text: str) -> list[bool]:
    doc = parse_source(text)
    bodies = [sentence.text for sentence in doc.sentences]
    return first_person_paragraphs(doc.text, [(s.start, s.end) for s in doc.sentences], bodies,
                                   [WORD.findall(body) for body in bodies])


def test_a_paragraph_speaking_for_us_is_its_writers_view():
    text = ("Ferry column\n\n"
            "Most of us rely on the ferry to reach Kinloch. Fares are far too high for island families.\n\n"
            "We should all be worried about the new timetable. Greenway has cut two crossings.\n\n"
            "Greenway Ferries carried 1,200 passengers to Kinloch on Monday, the harbour board said.\n")
    assert _own_view(text) == [True, True, True, True, False]


def test_our_correspondent_is_a_report_not_a_view():
    text = ("Ferry news\n\n"
            "Greenway Ferries carried 1,200 passengers on Monday, our correspondent in Kinloch says. "
            "The harbour board expects more in summer.\n\n"
            "We Will Rock You opened at the Kinloch theatre on Monday.\n")
    assert _own_view(text) == [False, False, False]


def test_no_negation_of_a_verb_in_a_clause_inside_the_sentence():
    text = _article(["Island children love the ferry games they can play on the crossing to Kinloch.",
                     "Kinloch councillor Ann Wells avoided suggesting anyone was selling tickets too cheaply."])
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=10) if q.change is not None]
    assert not [p for p in prompts if "cannot play" in p or "was not selling" in p], prompts


def test_a_verb_after_said_it_is_still_negated():
    text = _article(["Kinloch Ferries runs 12 routes from Oban.",  # (a lead, which is not negated)
                     "Greenway Ferries said it had signed a deal with Kinloch council to run two new routes."])
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=10) if q.change is not None]
    assert [p for p in prompts if "it had not signed" in p], prompts


def test_no_negation_after_a_share_in_percent():
    text = _article(["Fifty nine percent of islanders said they were worried by the new Greenway ferry fares."])
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=10)]
    assert not [p for p in prompts if "were not worried" in p], prompts


def test_as_a_result_or_in_response_leans_on_what_came_before():
    from quiz.generate.filters import context_problem
    assert "as a result" in context_problem("Trust in Kinloch ferries is falling as a result.", frozenset({"Kinloch"}))
    assert "in response" in context_problem("Greenway Ferries cut its fares in response.", frozenset({"Greenway"}))
    assert context_problem("Greenway Ferries cut its fares as a result of a storm at sea.",
                           frozenset({"Greenway"})) is None
    assert context_problem("Greenway Ferries cut its fares in response to a storm at sea.",
                           frozenset({"Greenway"})) is None


def test_a_round_hundred_gets_round_wrong_figures_on_both_sides():
    import random
    from quiz.generate.number_choices import number_distractors
    from quiz.generate.numbers import find_numbers
    (number,) = find_numbers("Greenway Ferries took on about 100 new crew members.")
    wrong = number_distractors(number, set(), random.Random(3), want=4)
    assert set(wrong) <= {"about 50", "about 150", "about 200", "about 250", "about 300", "about 400",
                          "about 1,000"}, wrong
    (bound,) = find_numbers("Greenway Ferries took on more than 100 new crew members.")
    wrong = number_distractors(bound, set(), random.Random(3), want=3)
    assert len(wrong) == 3 and set(wrong) <= {"more than 150", "more than 200", "more than 250", "more than 300",
                                              "more than 400", "more than 1,000"}, wrong


def test_for_example_set_off_by_commas_is_an_example_of_something_before():
    from quiz.generate.filters import context_problem
    assert "for example" in context_problem("In 2003, for example, Kinloch fares rose by 4.7%.", frozenset({"Kinloch"}))
    assert context_problem("Ferry firms, for example Kinloch Lines, raised fares by 4.7%.",
                           frozenset({"Kinloch", "Lines"})) is None


def test_such_as_gives_examples_and_leans_on_nothing():
    from quiz.generate.filters import context_problem
    assert context_problem("Ferry firms such as Greenway raised fares by 4.7%.", frozenset({"Greenway"})) is None
    assert "such a" in context_problem("Ferry firms made such a move in 2003.")


def test_previous_or_subsequent_as_first_word_leans_but_prior_to_does_not():
    from quiz.generate.filters import context_problem
    assert "Previous" in context_problem("Previous fare cuts brought 4,000 passengers back to Kinloch ferries.")
    assert "Subsequent" in context_problem("Subsequent checks found 12 faults on Kinloch ferries.")
    assert context_problem("Prior to 1997, Kinloch had no ferry to Skye.", frozenset({"Kinloch", "Skye"})) is None


def test_they_after_one_person_and_no_plural_points_back():
    from quiz.generate.filters import context_problem
    people = frozenset({"Ann", "Wells", "Tom", "Reid"})
    assert "they" in context_problem("Ms Wells promised a fair timetable and said they hoped to open two routes.",
                                     people, people)
    assert context_problem("Ms Wells and Mr Reid said they hoped to open two routes.", people, people) is None
    assert context_problem("Ms Wells warned ferry owners that they should cut fares.", people, people) is None
    assert context_problem("Ms Wells and her family hold a 28% stake, making them the biggest owners.",
                           people, people) is None


def test_a_name_made_into_an_adjective_names_no_thing():
    from quiz.generate.reference import definite_reference
    assert definite_reference("The Kinloch-based firm was reported to have doubled its fares.") == \
        "the Kinloch-based firm"
    assert definite_reference("The Kinloch-based firm Greenway was reported to have doubled its fares.") is None


def test_a_firm_named_as_where_partners_work_is_no_person():
    from quiz.generate.entities import Names
    bodies = ["Harbour chairman Ann Ferris said she would discuss the matter with the other partners at Kerr Baxter.",
              "Kerr Baxter said no complaint had been made.", "Tom Reid said the board would meet."]
    assert set(Names(bodies).persons) == {"Ann Ferris", "Tom Reid"}


def test_a_claim_with_no_name_and_no_figure_comes_after_one_with_a_name():
    text = _article(["Island passengers have complained that ferry crossings are far too slow in winter.",
                     "Greenway Ferries has doubled the size of its fleet on the route to Kinloch."])
    (question,) = generate_questions(parse_source(text), count=1)
    assert question.citation.sentence == 2, question.prompt


def test_there_or_here_set_off_by_a_comma_is_a_place_named_before():
    from quiz.generate.filters import context_problem
    assert "There," in context_problem("There, island farmers can find the prices of local produce.")
    assert context_problem("There are 12 ferries on the Kinloch route.", frozenset({"Kinloch"})) is None


def test_no_false_claim_moves_one_end_of_a_range_but_a_change_still_gets_one():
    text = _article(["Greenway Ferries said fares would be between 10% and 15% higher next summer.",
                     "Between 1,500 and 4,000 islanders sail to Kinloch on a summer Saturday.",
                     "Greenway Ferries forecast a 2% to 5% rise in passenger numbers on the Kinloch route."])
    changes = [q.change for q in generate_questions(parse_source(text), count=20) if q.change is not None]
    assert not [c for c in changes if any(ch.isdigit() for ch in c.source)], changes
    # (the claims made: in a set, a figure asked to fill in takes no false claim that changes it beside it)
    article = analyse(parse_source(_article(["Greenway Ferries said its fares rose 3.6% to £14.80 on the Kinloch "
                                             "route in 2004."])))
    made = [c.change for c in claim_candidates(article.sentences[0], article, random.Random(0)) if c.change]
    assert [c for c in made if c.source in ("3.6%", "£14.80")], made


def test_to_opening_a_sentence_names_nothing_it_could_mean():
    from quiz.generate.filters import context_problem
    assert "'it'" in context_problem("To some, it sounds like a ferry service gone mad.")


def test_a_time_before_a_speaker_is_no_part_of_the_speaker():
    from quiz.generate.attribution import classify_speaker
    phrase = "In November the Kinloch Harbour Board"
    speaker = classify_speaker(phrase, Names([phrase + " said fares would rise."]))
    assert speaker.display == "The Kinloch Harbour Board"
    phrase = "Earlier this month the Kinloch Harbour Board"
    assert classify_speaker(phrase, Names([phrase + " said fares would rise."])).display == \
        "The Kinloch Harbour Board"


def test_a_name_after_firm_or_bank_is_a_body_not_a_person():
    from quiz.generate.attribution import PERSON, classify_speaker
    for phrase in ("Analyst firm Kinloch Data", "Investment bank Kerr Baxter"):
        assert classify_speaker(phrase, Names([phrase + " predicts that fares will rise."])).kind != PERSON
    phrase = "Harbour chief Ann Ferris"
    assert classify_speaker(phrase, Names([phrase + " predicts that fares will rise."])).display == "Ann Ferris"


def test_an_estimated_figure_makes_no_speaker():
    from quiz.generate.attribution import find_attributions
    body = "The Kinloch economy grew by an estimated 3.1% in 2004 after a busy summer."
    assert not [a for a in find_attributions(1, body, Names([body])) if a.speaker.display and "grew" in
                a.speaker.display]


def test_a_clause_before_the_speaker_is_no_part_of_it():
    from quiz.generate.attribution import classify_speaker
    for phrase, speaker in [("The figures come after the Kinloch Harbour Board", "The Kinloch Harbour Board"),
                            ("Greenway now owns Kinloch Lines and Skye Council", "Skye Council"),
                            ("Kinloch Council and Skye Council", "Kinloch Council and Skye Council"),
                            ("The Kinloch Harbour Board and the Skye Council",
                             "The Kinloch Harbour Board and the Skye Council")]:
        assert classify_speaker(phrase, Names([phrase + " said fares would rise."])).display == speaker


def test_a_closing_run_of_paragraphs_in_their_writers_voice_is_readers_comment():
    text = ("Kinloch ferry named best in Scotland\n\n"
            "The Greenway ferry to Kinloch has been named the best ferry in Scotland by Island Travel magazine.\n\n"
            "The 1991 ferry was chosen for its speed, the magazine said on Monday.\n\n"
            "What about the old paddle steamer? It ran for 80 years without a fault.\n\n"
            "The Skye ferry is far better and cheaper too!\n\n"
            "You cannot beat the Kinloch crossing on a summer evening.\n\n"
            "The Greenway ferry is slow and always late.\n")
    assert _own_view(text) == [False, False, True, True, True, True, True]
    # A report with one exclamation near its end is no comments page.
    text = ("Kinloch ferry named best in Scotland\n\n"
            "The Greenway ferry to Kinloch has been named the best ferry in Scotland by Island Travel magazine.\n\n"
            "The 1991 ferry was chosen for its speed, the magazine said on Monday.\n\n"
            "Greenway Ferries carried 1,200 passengers to Kinloch on Monday.\n\n"
            "The Skye ferry was named second best!\n\n"
            "Island Travel has named a best ferry every year since 1998.\n")
    assert not any(_own_view(text))


def test_an_article_all_in_its_writers_voice_still_gets_questions_naming_it():
    text = ("Why I love the Kinloch ferry\n\n"
            "I have sailed to Kinloch every summer since I was a boy.\n\n"
            "My children think island ferries are the best way to travel to the Hebrides.\n\n"
            "Have you ever watched dolphins from the deck of a ferry?\n\n"
            "The Kinloch crossing is the finest in Scotland!\n\n"
            "You will never want to fly to the islands again.\n\n"
            "Greenway Ferries runs the Kinloch crossing twice a day in summer.\n")
    questions = generate_questions(parse_source(text))
    assert questions
    for question in questions:
        assert "“Why I love the Kinloch ferry”" in question.prompt, question.prompt


def test_a_share_with_no_whom_as_subject_leans_on_a_survey_named_before():
    from quiz.generate.filters import context_problem
    assert "Only 7%" in context_problem("Only 7% wanted a ferry that could carry cars to Kinloch.")
    assert context_problem("Only 7% of islanders wanted a ferry that could carry cars to Kinloch.") is None
    assert context_problem("Some 12% growth was expected in Kinloch ferry traffic.", frozenset({"Kinloch"})) is None


def test_no_negation_of_a_verb_a_bound_follows():
    text = _article(["The new Greenway ferry can hold anything up to 300 cars on the Kinloch crossing.",
                     "Kinloch councillor Ann Wells was speaking to more than 100 ferry workers in Skye."])
    prompts = [q.prompt for q in generate_questions(parse_source(text), count=20) if q.change is not None]
    assert not [p for p in prompts if "cannot hold" in p or "was not speaking" in p], prompts


def test_a_question_on_a_sentence_that_names_nothing_names_the_articles_title():
    # (round 18: every question on what the article states names it, the sentence that names its subject too)
    text = ("Kinloch ferry fares soar\n\n"
            "Greenway Ferries raised its Kinloch fares by 12% on Monday, the Kinloch Harbour Board said.\n"
            "Fares for cars were up 15% in December, and passenger numbers fell by 3,000.\n")
    questions = generate_questions(parse_source(text), count=10)
    unnamed = [q for q in questions if q.citation.sentence == 2]
    named = [q for q in questions if q.citation.sentence == 1]
    assert unnamed and named
    assert all("ccording to the article “Kinloch ferry fares soar”" in q.prompt for q in unnamed + named), \
        [q.prompt for q in unnamed + named]


def test_a_common_noun_in_capitals_is_no_name_of_what_a_sentence_is_about():
    text = ("Kinloch economy grows\n\n"
            "Greenway Ferries raised its Kinloch fares by 12% on Monday, the Kinloch Harbour Board said.\n"
            "Growth in GDP is expected to reach 3.2% in 2005 and 2.8% in 2006.\n"
            "The Bill now faces opposition from 12 harbour owners.\n"
            "In the January-to-March quarter, the economy grew at a rate of 4%.\n")
    unnamed = [q for q in generate_questions(parse_source(text), count=10) if q.citation.sentence in (2, 3, 4)]
    assert unnamed and all("“Kinloch economy grows”" in q.prompt for q in unnamed), [q.prompt for q in unnamed]


def test_a_title_owned_by_a_name_with_of_keeps_the_whole_name():
    from quiz.generate.roles import find_roles
    body = "Association of Kinloch Ferry Owners president Ann Ferris said fares would rise in May."
    roles = find_roles(1, body, Names([body, "Ms Ferris said so."]))
    assert [role.role for role in roles] == ["Association of Kinloch Ferry Owners president"]


def test_a_body_an_owner_owns_is_no_person():
    from quiz.generate.attribution import PERSON, classify_speaker
    phrase = "Greenway's Kinloch Times"
    assert classify_speaker(phrase, Names([phrase + " said fares would rise."])).kind != PERSON
    phrase = "Greenway's Ann Ferris"
    assert classify_speaker(phrase, Names([phrase + " said fares would rise."])).kind == PERSON


def test_a_title_with_of_after_an_article_is_no_persons_name():
    from quiz.generate.attribution import PERSON, classify_speaker
    phrase = "The Archbishop of Kinloch"
    assert classify_speaker(phrase, Names([phrase + " said fares would rise."])).display == "The Archbishop of Kinloch"
    phrase = "Ann Ferris from Kinloch"
    speaker = classify_speaker(phrase, Names([phrase + " said fares would rise."]))
    assert (speaker.kind, speaker.display) == (PERSON, "Ann Ferris")


def test_a_figure_the_article_writes_as_part_of_a_name_is_a_model_not_a_quantity():
    text = _article(["The new Greenway 380-200XL ferry can carry 300 cars, Greenway Ferries said on Monday.",
                     "Greenway Ferries has ordered four twin-hull 380 ferries for the Kinloch route."])
    questions = generate_questions(parse_source(text), count=20)
    assert not [q for q in questions if q.change is not None and q.change.source == "380"]
    assert not [q for q in questions if "_____ ferries" in q.prompt]
    assert [q for q in questions if q.citation.sentence == 2]  # (its other figure is asked)


def test_a_phrase_with_a_name_backed_adjective_leans_back():
    from quiz.generate.reference import definite_reference
    assert definite_reference("The Kinloch-backed ferry faces stiff competition from Greenway.") == \
        "the Kinloch-backed ferry"


def test_a_claim_of_what_would_happen_comes_after_one_of_what_did():
    lead = "Greenway Ferries sails from Oban to the islands."  # (a lead, which is not negated, before both)
    text = _article([lead, "Island visitors would have to show a Kinloch ferry pass under a plan from Greenway.",
                     "Greenway Ferries has doubled the size of its fleet on the route to Kinloch."])
    (question,) = generate_questions(parse_source(text), count=1)
    assert question.citation.sentence == 3, question.prompt
    text = _article([lead, "Kinloch councillor Ann Wells confirmed she would stand for the Kinloch Harbour Board in May.",
                     "Greenway Ferries has doubled the size of its fleet on the route to Kinloch."])
    (question,) = generate_questions(parse_source(text), count=1)
    assert question.citation.sentence == 2, question.prompt


def test_the_previous_thing_points_back_but_the_previous_year_or_record_does_not():
    from quiz.generate.reference import definite_reference
    assert definite_reference("The previous top ferry, Greenway's Island Star, carried 300 cars.") == \
        "the previous top ferry"
    assert definite_reference("Kinloch fares rose 5% on the previous year.") is None
    assert definite_reference("Kinloch fares topped the previous highest monthly total of 2003.") is None


def test_a_title_that_holds_the_asked_figure_is_not_named_in_the_prompt():
    text = ("Kinloch fares rise 12% in 2004\n\n"
            "Greenway Ferries said its Kinloch fares would rise again, the Kinloch Harbour Board said.\n"
            "Fares for cars went up by 12% in 2004, and passenger numbers fell by 3,000.\n")
    questions = [q for q in generate_questions(parse_source(text), count=10) if q.citation.sentence == 2]
    assert questions
    titled = [q for q in questions if "“Kinloch fares rise 12% in 2004”" in q.prompt]
    assert not [q.prompt for q in titled if q.answer in ("12%", "2004") or q.kind == "true_false"]
    assert [q for q in titled if q.answer == "3,000"]  # (the title holds no figure this one asks)


def test_a_full_stop_inside_a_sentence_runs_two_together():
    from quiz.generate.statement import sentence_problem
    assert "full stop" in sentence_problem("Kinloch council has argued. there needs to be a new ferry to Skye.")
    assert sentence_problem("Sales of ferry tickets, maps etc. rose by 5% in Kinloch last year.") is None
