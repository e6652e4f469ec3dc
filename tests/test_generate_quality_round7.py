"""Quality rules of the seventh round, each on sentences written for these tests (no corpus text)."""

from quiz.generate import generate_questions
from quiz.generate.analysis import analyse
from quiz.generate.entities import Names
from quiz.generate.filters import context_problem
from quiz.generate.roles import find_roles
from quiz.sources import parse_source


def test_a_question_word_opening_a_sentence_is_nothing_it_can_mean():
    # "How much it …": 'it' is whatever the sentence before was about, not 'How'.
    assert context_problem("How much it hurts the ferry trade is open to question.") == \
        "'it' refers to something earlier"
    assert context_problem("What it means for Kinloch's savers is unclear.") is not None
    assert context_problem("How Kinloch Council spends its budget is a matter for voters.") is None


def test_a_pointing_word_is_told_before_a_reference_the_title_could_settle():
    # 'the report' alone a title may settle (the generator then asks with the title), 'that year' no title
    # settles: it must be the reason given, so that no question is asked of the sentence.
    body = "By the end of that year, 4,000 robots will be working in homes, said the report by Nordbank."
    assert context_problem(body) == "'that year…' refers to something earlier"
    text = ("Nordbank predicts a robot boom\n\n"
            "Nordbank has published a study of household robots in Kinloch.\n"
            "It says the market grew by 12% in 2004.\n"
            f"{body}\n"
            "Kinloch Robotics sold 300 machines in March, up from 210 a year before.\n")
    questions = generate_questions(parse_source(text), count=10)
    assert questions and not any(q.citation.sentence == 3 for q in questions)


def test_people_described_by_those_and_what_they_do_are_no_back_reference():
    for body in ["Kinloch Council said those who left its pension scheme were paid in full.",
                 "Kinloch Council will charge a 5% levy on those earning more than £100,000.",
                 "Kinloch Council found those responsible for its pension scheme had been paid £2m."]:
        assert context_problem(body) is None, body
    assert context_problem("Kinloch Council dropped those proposals in 2001.") == \
        "'those p…' refers to something earlier"


def test_such_things_as_what_follows_are_no_back_reference():
    assert context_problem("Turkey will end such high denominations as 20m lira notes in 2005.") is None
    assert context_problem("Kinloch Council said such a levy would raise £2m.") is not None


def test_a_title_glued_to_ex_stays_a_former_title():
    body = "His remarks came as ex-Harbour Minister Ann Ferris said fares would rise."
    roles = find_roles(1, body, Names([body]))
    assert [(role.entity, role.role) for role in roles] == [("Ann Ferris", "ex-Harbour Minister")]


def test_a_former_title_is_never_given_as_what_someone_is_now():
    text = ("Ferry fares to rise\n\n"
            "Ferry fares in Kinloch will rise by 12% in March, the harbour board said.\n"
            "Harbour Minister Tom Berg said the rise was needed to pay for the new pier.\n"
            "His remarks came as ex-Harbour Minister Ann Ferris said fares had risen too often.\n"
            "Port director Jo Lind said the ferry terminal would carry 400,000 passengers a year.\n")
    described = {role.entity: role.role for info in analyse(parse_source(text)).sentences for role in info.roles}
    assert described["Ann Ferris"] == "ex-Harbour Minister" and described["Tom Berg"] == "Harbour Minister"


_NAMED_LATER = ("The regional giant has enjoyed strong growth of 12% in 2004.\n"
                "Harbour master Jo Lind said the storms had cost the port about £3m.\n"
                "Mayor Tom Berg said the council would spend £12m on the new pier by 2006.\n")


def test_a_title_whose_first_word_the_article_never_writes_as_a_name_names_nothing():
    # 'Storm's costs emerging': 'Storm' is capitalised only as the title's first word; which giant grew,
    # the title does not tell, so the sentence is asked nothing.
    text = "Storm's economic costs emerging\n\n" + _NAMED_LATER
    assert not any(q.citation.sentence == 1 for q in generate_questions(parse_source(text), count=10))


def test_a_title_whose_first_word_the_article_writes_as_a_name_names_it():
    for title, more in [("Nordbank boasts strong growth", "Shares in Nordbank rose by 5% in March.\n"),
                        ("NBK boasts strong growth", "")]:
        questions = generate_questions(parse_source(f"{title}\n\n{_NAMED_LATER}{more}"), count=10)
        asked = [q for q in questions if q.citation.sentence == 1]
        assert asked and all(f"“{title}”" in q.prompt for q in asked), title


def test_behind_with_nothing_to_be_behind_leans_on_the_sentence_before():
    assert context_problem("Kinloch was close behind, with ferry users almost doubling in a year.") == \
        "'close behind' sets it against something told earlier"
    assert context_problem("Nordbank came just behind in second place with 20% of the market.") is not None
    assert context_problem("Kinloch was close behind Oban, with ferry users almost doubling in a year.") is None


def test_she_said_after_a_sentence_naming_only_a_man_is_someone_else_speaking():
    # The sentence before names one person the generator knows (Mr Reid); 'she' cannot be him, so
    # the quotation has no speaker the generator can tell and is not asked about.
    text = ("Ferry row\n\n"
            "Kinloch councillor Tom Reid has resigned from the ferry board.\n"
            "One critic said Mr Reid was \"very clever\" to leave.\n"
            "\"He was almost bound to get the answer he wanted from the board,\" she said.\n"
            "Mr Reid said: \"I have no wish to see a similar row again.\"\n")
    article = analyse(parse_source(text))
    assert article.sentences[2].quote is None
    from quiz.generate.sexes import clashes
    bodies = [info.body for info in article.sentences]
    assert clashes("she", "Tom Reid", bodies, {}) and not clashes("he", "Tom Reid", bodies, {})
    assert not clashes("she", "Jean Moss", bodies, {})  # (not titled in the article: nothing known)
