"""Quality rules of the twenty-first round (from strict reviews of random corpus questions), each on sentences
written for these tests."""

import random

from quiz.generate import generate
from quiz.generate.analysis import analyse
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.figure_kinds import told_by_its_words
from quiz.generate.filters import context_problem
from quiz.generate.numbers import find_numbers
from quiz.generate.reference import definite_reference
from quiz.generate.relative import anchor_time, relative_time
from quiz.generate.roles import find_roles
from quiz.generate.statement import sentence_problem
from quiz.generate.title_tells import title_tells
from quiz.generate.typos import mend_typos
from quiz.model import TRUE_FALSE
from quiz.sources import parse_source

_PEOPLE = frozenset("Ann Ferris Tom Reid Mr".split())
_NAMES = _PEOPLE | frozenset("Finance Minister Kinloch Club Harbour".split())


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _claims(article, n: int) -> list:
    return [c for seed in range(3) for c in claim_candidates(article.sentences[n - 1], article, random.Random(seed))]


def _numbers(article, n: int) -> list:
    return [c for seed in range(3) for c in number_candidates(article.sentences[n - 1], article, random.Random(seed))]


def test_slips_of_the_keyboard_are_mended_in_what_a_question_shows_and_kept_in_its_citation():
    """"who recently quit the UK Independence Party,said", "a University ofTexas student", 'a "massive vote of
    no confidence " in': a question copying them reads as the generator's own mistake."""
    assert mend_typos("Ann Ferris, who quit the Kinloch Party,said ferries were late.") == \
        "Ann Ferris, who quit the Kinloch Party, said ferries were late."
    assert mend_typos("Tom Reid, a University ofTexas student, sued atKinloch court.") == \
        "Tom Reid, a University of Texas student, sued at Kinloch court."
    assert mend_typos('It would be a "massive vote of no confidence " in the council.') == \
        'It would be a "massive vote of no confidence" in the council.'
    assert mend_typos("He called it “ a disgrace ” on Monday.") == "He called it “a disgrace” on Monday."
    # (what is no slip stays: figures, names written so, a mark whose pair is in another sentence)
    for text in ("Fares rose 1,200% on the iPod and eBay routes.", 'McDonald said " the', "Tom Reid is theirs."):
        assert mend_typos(text) == text
    text = ("Kinloch council\n\nThe Kinloch Ferry Party,said on Monday that fares to Mull would rise by 12% in May.\n")
    questions = generate(parse_source(text, "kinloch.txt"), count=5).questions
    assert questions and all("Party,said" not in q.prompt and "Party,said" not in q.explanation for q in questions)
    assert all(q.citation.quote == "The Kinloch Ferry Party,said on Monday that fares to Mull would rise by 12% in May."
               for q in questions)


def test_a_full_stop_with_no_space_before_the_next_sentence_is_two_sentences_run_together():
    """"… that's always dangerous.The man clearly has …": two sentences, one question would hold both."""
    assert "run together" in sentence_problem("Fares are rising and that is always dangerous.The man clearly knew it.")
    assert "run together" in sentence_problem("The phone has an audio jack.The machine comes in two colours.")
    assert sentence_problem("Ann Ferris edits the fansite Halo.Bungie.Org in Kinloch.") is None


def test_it_after_a_persons_title_and_name_refers_to_something_earlier():
    """"Finance Minister Sue Essex said it was a "good deal"": her title is no thing 'it' could mean."""
    assert "'it'" in context_problem("Finance Minister Ann Ferris said it was a good deal for the islands.",
                                     _NAMES, _PEOPLE)
    # (a name before a comma is no title: the 'it' after it stands for the clause that follows, as below)
    assert context_problem("Speaking at the Kinloch Club, Ann Ferris said it was critical for a council to plan.",
                           _NAMES, _PEOPLE) is None
    # (one capitalised word taken for a person's is a firm's name, whose 'it' it may be)
    firm = frozenset({"Harbour"})
    assert context_problem("Kinloch Harbour said it had signed a deal with Oban council.", _NAMES, firm) is None


def test_an_it_that_stands_for_the_clause_after_it_is_no_word_for_something_earlier():
    """"Culture Minister Alun Pugh said it would be "crass and ignorant" to liken …", "found it hard to
    persuade …": the 'it' is the clause after it (not "said it was likely to close", where 'it' closes)."""
    for text in ('Mr Ferris said it would be "crass and ignorant" to cut ferries to Mull.',
                 "Ann Ferris said she found it hard to persuade officials she was a minister.",
                 "Mr Reid said it was important to cut fares.", "Tom Reid made it clear that he would stay."):
        assert context_problem(text, _NAMES, _PEOPLE) is None, text
    for text in ("Mr Reid said it was likely to close.", "Mr Reid said it was to close in May.",
                 "Mr Reid said it had to close."):
        assert "'it'" in context_problem(text, _NAMES, _PEOPLE), text


def test_he_after_a_scene_setting_phrase_that_names_someone_else_refers_to_someone_earlier():
    """"Standing next to Tony Blair he added …": not Tony Blair, who the sentence before said."""
    assert "'he'" in context_problem("Standing next to Tom Reid he added that ferries were vital.", _NAMES, _PEOPLE)
    assert "'she'" in context_problem("In a letter to Tom Reid, she said the plan had failed.", _NAMES, _PEOPLE)
    assert context_problem("Speaking to reporters, Tom Reid said he would stay.", _NAMES, _PEOPLE) is None


def test_a_short_line_that_someone_declined_to_comment_makes_no_claim():
    """"A spokesman for Apple declined to comment.": what any reader would guess."""
    for line in ("A spokesman for Kinloch Ferries declined to comment.",
                 "Kinloch Ferries was not immediately available for comment.",
                 "There was no immediate comment from the council's lawyers."):
        article = _article("Kinloch Ferries runs 12 routes from Oban.", line)
        assert not _claims(article, 2), line
    article = _article("Kinloch Ferries runs 12 routes from Oban.",
                       "Kinloch Ferries declined to comment on fares to Mull but said it would add four boats in May.")
    assert _claims(article, 2)  # (a longer sentence tells more)


def test_one_in_five_opening_a_sentence_is_a_share_of_those_named_earlier():
    """"One in five even admitted to getting up in the middle of the night": one in five of whom?"""
    assert "One in five" in context_problem("One in five even admitted to getting up at night to book a ferry.")
    assert "Two out of three" in context_problem("Two out of three said they would sail again.")
    assert context_problem("One in five Kinloch islanders admitted to missing a ferry.") is None


def test_and_after_a_sentence_reporting_someone_goes_on_with_their_report():
    """"Labour will hold key marginal constituencies, the Populus survey suggests. And the Liberal Democrats
    will take three key seats …": a forecast of the survey's, not the article's fact."""
    article = _article("Kinloch Ferries will lose 200 passengers a day, the Harbour survey suggests.",
                       "And Oban Ferries will take three routes from Kinloch by 2008.")
    assert article.sentences[1].context is not None
    article = _article("Kinloch Ferries lost 200 passengers a day in 2004.",
                       "And Oban Ferries took three routes from Kinloch in 2005.")
    assert article.sentences[1].context is None  # (after the article's own report, 'And' joins no one's words)


def test_a_title_whose_owners_name_runs_on_past_what_can_be_told_is_no_role():
    """"Transport & General Worker's Union general secretary Tony Woodley": not 'Union general secretary';
    "Marks & Spencer chief executive": not 'Spencer chief executive'."""
    article = _article("Kinloch Transport & General Worker's Union general secretary Tom Reid said fares rose.",
                       "Marks & Spencer chief executive Ann Ferris said sales fell 3% in May.")
    roles = [role.role for info in article.sentences for role in info.roles]
    assert not [role for role in roles if role.startswith(("Union", "Spencer"))], roles
    roles = find_roles(1, "Kinloch Harbour chief executive Tom Reid said fares rose.", article.names)
    assert [role.role for role in roles] == ["Kinloch Harbour chief executive"]


def test_an_age_a_step_of_a_life_is_told_at_has_wrong_ages_near_it():
    """"William Hague became an MP at _____": 12 and 17 are no ages to become an MP at."""
    article = _article("Tom Reid became an MP at 27 and leader of Kinloch council at 36.",
                       "Ann Ferris came to power at the age of 43, the youngest leader of Kinloch.")
    first = [c for c in _numbers(article, 1) if c.answer == "27"]
    assert first and all(abs(int(choice) - 27) <= 5 for c in first for choice in c.choices)
    second = [c for c in _numbers(article, 2) if c.answer == "43"]
    assert second and all(abs(int(choice) - 43) <= 5 for c in second for choice in c.choices)
    assert all(c.score >= 2.0 for c in second)  # (no age told in passing: the fact the sentence is about)


def test_a_period_its_sentence_bounds_is_no_reference_to_one_named_earlier():
    """"profits jumped 76% for the three months to December": which months, the sentence says."""
    assert definite_reference("Profits jumped 76% for the three months to December, from $639m.") is None
    assert definite_reference("Growth for the three months ended June was 2%.") is None
    assert definite_reference("The three months were hard for Kinloch Ferries.") == "the three months"


def test_a_title_that_tells_which_way_a_figure_went_gives_a_turned_direction_away():
    """"Oil prices fall back from highs" above "In London, Brent crude rose 32 cents …" (it fell): the title
    tells which is false; 'Barclays profits hit record level' tells no figure's move."""
    article = _article("In London, Brent crude fell 32 cents to $49.74 a barrel.")
    turned = [c for c in _claims(article, 1) if c.change and c.change.source == "fell"]
    assert turned
    assert title_tells("Oil prices fall back from highs", turned[0])
    assert not title_tells("Barclays profits hit record level", turned[0])


def test_a_title_whose_figure_the_answer_and_another_add_up_to_gives_it_away():
    """"Parmalat sues 45 banks over crash" above "35 of the companies sued are Italian while the remaining
    _____ are international": 45 - 35."""
    article = _article("Kinloch sued 35 Italian banks and 10 international banks on Thursday.")
    asked = [c for c in _numbers(article, 1) if c.answer == "10"]
    assert asked
    assert title_tells("Kinloch sues 45 banks over crash", asked[0])
    assert not title_tells("Kinloch sues 50 banks over crash", asked[0])


def test_the_same_or_the_other_of_a_thing_points_back_whatever_the_title_says():
    """"At Jessops the same image would cost _____": the same as which, only the sentence before says (not
    "the same month in 2004", "the other end of the scale")."""
    text = ("Photo printers challenge Kinloch shops\n\nA 10x7in print at Boots costs £4.99.\n\n"
            "At Jessops the same image would cost £2.50 and at Snappy Snaps £9.99.\n\n"
            "Kinloch sold 12% fewer prints in January than in the same month in 2004.\n")
    questions = generate(parse_source(text, "kinloch.txt"), count=6).questions
    assert not [q for q in questions if q.citation.sentence == 2]
    assert [q for q in questions if q.citation.sentence == 3]


def test_he_after_along_with_someone_else_refers_to_someone_earlier():
    """"Along with Work and Pensions Secretary Alan Johnson …, he then went on to tear into …": not Johnson."""
    assert "'he'" in context_problem("Along with Finance Minister Tom Reid, he attacked the ferry plans.",
                                     _NAMES, _PEOPLE)


def test_claims_of_a_sentence_whose_firm_the_title_names_fill_a_set_short_of_questions():
    """"The firm's revenue nearly tripled …" under "Ledgerly raises $40m": the title says which firm, so the
    claim is asked with it, after every question of a sentence that stands alone; not under a title that names
    no firm, nor of a generic 'the device' the title says nothing of."""
    body = ("Kinloch payments start-up Ledgerly has raised $40m from investors in London.\n\n"
            "The firm's revenue nearly tripled as more shops in Kinloch took up card readers.\n\n"
            "The device costs less than a phone and works without a bank account.\n\n"
            "Ledgerly was founded in Kinloch in 2019 by Ann Ferris, a former banker.\n")
    questions = generate(parse_source("Ledgerly raises $40m\n\n" + body, "kinloch.txt")).questions
    firm = [q for q in questions if q.citation.sentence == 2 and q.kind == TRUE_FALSE]
    assert firm and all("“Ledgerly raises $40m”" in q.prompt for q in firm)
    assert not [q for q in questions if q.citation.sentence == 3 and q.kind == TRUE_FALSE]
    questions = generate(parse_source("Card payments boom for small shops\n\n" + body, "kinloch.txt")).questions
    assert not [q for q in questions if q.citation.sentence == 2 and q.kind == TRUE_FALSE]


def test_a_comparison_with_no_subject_is_a_fragment():
    """"Far better than having to navigate through the menus of most mobile operator portals.": better than
    that is what? (not "More than 200 people use …", nor one a comma parts from its subject)."""
    assert sentence_problem("Far better than having to navigate through the menus of most mobile portals.")
    for text in ("More than 200 people use Kinloch ferries every day.",
                 "Better than expected results pushed Kinloch shares up 5% on Monday.",
                 "Much cheaper than rival phones, the handset sells for £50 in Kinloch."):
        assert sentence_problem(text) is None, text


def test_too_after_a_subject_adds_it_to_something_told_earlier():
    """"Former prime ministers too have come to grief …": as well as whom?"""
    assert "'too'" in context_problem("Former prime ministers too have come to grief over spending plans.")
    assert "'too'" in context_problem("Kinloch Ferries, too, has cut its fares to Mull.")
    assert context_problem("Kinloch Ferries said fares to Mull were too high for islanders.") is None


def test_a_figure_after_the_that_stands_for_things_counted_before_is_not_asked():
    """"would not say what proportion of all Steam players the _____ represented": the 20,000 an earlier
    sentence counted (not "the 500 invited guests", "the 5.9% estimated in November")."""
    def told(body: str, figure: str) -> bool:
        return told_by_its_words(body, next(n for n in find_numbers(body) if n.num == figure))
    assert told("Kinloch Ferries would not say what share of its passengers the 20,000 represented.", "20,000")
    assert told("Kinloch Ferries said the 10 had agreed to pay 450 islanders in full.", "10")
    assert not told("Ann Ferris welcomed the 500 invited guests to Kinloch in May.", "500")
    assert not told("Kinloch revised growth down from the 5.9% estimated in November.", "5.9")


def test_no_one_available_for_comment_makes_no_claim_either():
    """"No one at Lycos was available for comment on latest developments …": nothing to check."""
    article = _article("Kinloch Ferries runs 12 routes from Oban.",
                       "No one at Kinloch Ferries was available for comment on Monday.")
    assert not _claims(article, 2)


def test_a_level_a_figure_moved_to_a_little_has_wrong_values_near_it():
    """"fell to _____ in December from 10.6% in November": not 5.4%, 6.8% or 8.2%, a fall no one believes."""
    article = _article("Kinloch's jobless rate fell to 9.6% in December from 10.6% in November.",
                       "The Kinloch ferry index rose to 67.4 from 61.5 in May.")
    for n, answer, low, high in ((1, "9.6%", 7.5, 10.6), (2, "67.4", 61.5, 75)):
        asked = [c for c in _numbers(article, n) if c.answer == answer]
        assert asked, answer
        assert all(low <= float(choice.rstrip("%")) < high for c in asked for choice in c.choices), asked[0].choices


def test_a_question_its_title_would_give_away_is_not_asked_without_the_title_either():
    """"Yukos is claiming more than $20bn …" under "Yukos sues four firms for $20bn": shown with its title
    it gives itself away, and shown without it ('According to the article:') it names no article."""
    text = ("Kinloch sues four ferry firms for $20m\n\n"
            "Kinloch council has taken four ferry firms to court in Oban.\n\n"
            "Kinloch council is claiming more than $20m in damages from Oban Ferries and three other firms.\n\n"
            "Ann Ferris, who leads Kinloch council, said four firms had broken their contracts in 2003.\n")
    questions = generate(parse_source(text, "kinloch.txt"), count=6).questions
    assert questions
    assert all("“Kinloch sues four ferry firms for $20m”" in q.prompt for q in questions), \
        [q.prompt for q in questions]


def test_the_not_of_not_that_complicated_stays():
    """"The actual technology behind the ink is not that complicated": 'is that complicated' is no English."""
    article = _article("Kinloch Ferries runs 12 routes from Oban.",
                       "The booking system behind the new Kinloch ferry is not that complicated.")
    assert not [c for c in _claims(article, 2) if c.change and "not" in c.change.source]


def test_the_base_a_rate_is_told_on_is_not_asked():
    """"7.5 connections per _____ people": 100 is the base of such rates, which anyone guesses (not "every
    _____ seconds", a fact)."""
    def told(body: str, figure: str) -> bool:
        return told_by_its_words(body, next(n for n in find_numbers(body) if n.num == figure))
    assert told("Kinloch has 7.5 ferry berths per 100 people, against 6.7 in Oban.", "100")
    assert told("Kinloch records 12 births per 1,000 people a year.", "1,000")
    assert not told("One islander books a Kinloch ferry every 10 seconds.", "10")


def test_he_added_after_a_he_said_that_names_someone_is_not_that_someone():
    """"He said … Mr Houston may be interviewed by the party. He added: "I have one version from him …"": the
    'he' goes on speaking; Mr Houston is spoken of (the key had named him)."""
    text = ("UKIP candidate suspended\n\n"
            "Peter Nielson, who chairs the Kinloch branch, said he had suspended John Houston on Friday.\n\n"
            "\"He will remain suspended while the matter is investigated.\"\n\n"
            "He said that any evidence would be looked into and Mr Houston may be interviewed by the party.\n\n"
            "He added: \"I can't comment too much at the moment, I have one version from him.\"\n")
    quote = analyse(parse_source(text, "kinloch.txt")).sentences[3].quote
    assert quote is None or quote.speaker.display != "John Houston"


def test_a_space_after_a_hyphen_inside_a_word_is_mended_and_a_writers_musing_is_no_statement():
    """"its wholly- owned Alfa Romeo division" reads 'wholly-owned' (not "small- and medium-sized firms");
    "One wonders whether hardware-based DRM will work …" is the writer thinking aloud."""
    assert mend_typos("Kinloch Ferries is a wholly- owned unit of a lower- cost airline.") == \
        "Kinloch Ferries is a wholly-owned unit of a lower-cost airline."
    assert mend_typos("Small- and medium-sized firms run Kinloch's ferries.") == \
        "Small- and medium-sized firms run Kinloch's ferries."
    assert "musing" in sentence_problem("One wonders whether the new ferry will work for those who need it.")
    assert "musing" in sentence_problem("One can only hope the public recognise these extremists for what they are.")
    assert sentence_problem("One of the firms said it would cut 200 jobs in Kinloch.") is None


def test_a_time_counted_back_from_the_articles_date_is_anchored_or_dropped():
    """"… when he was elected two years ago": a relative time, as 'last year' is: in 2003 where the article is
    of 2005; without a date, or for weeks and days, no claim (the issue's rule for relative time)."""
    text = "President Ann Ferris promised cheaper ferries when she was elected two years ago."
    assert relative_time(text) == "two years ago"
    assert anchor_time(text, "2005-01-27") == "President Ann Ferris promised cheaper ferries when she was elected in 2003."
    assert anchor_time(text, None) is None
    assert anchor_time("Kinloch Ferries raised fares three weeks ago.", "2005-01-27") is None
    assert relative_time("The Chicago ferry office opened in Kinloch.") is None
    article = _article("Kinloch Ferries runs 12 routes from Oban.", text)
    assert not _claims(article, 2)
