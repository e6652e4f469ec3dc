"""Quality rules of the nineteenth round (from strict reviews of random corpus questions), each on
sentences written for these tests."""

import random

from quiz.generate import generate
from quiz.generate.analysis import analyse
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.fam_speech import quote_candidate
from quiz.generate.fam_years import date_candidates
from quiz.generate.full_names import with_acronyms_spelled_out, with_full_names
from quiz.generate.filters import context_problem
from quiz.generate.candidate import Candidate
from quiz.generate.title_tells import title_tells, titled
from quiz.model import Change
from quiz.generate.topic import unnamed_short_name
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _claims(article, n: int) -> list:
    return [c for seed in range(5) for c in claim_candidates(article.sentences[n - 1], article, random.Random(seed))]


_LEAD = "Kinloch Ferries has named a lifetime employee to succeed Ann Ferris as chief executive in June."
_SECOND = "Kinloch Ferries carried 412,000 passengers in 2024, up from 380,000 in 2023, Kinloch Council said."


def test_the_leads_true_claim_is_not_made_as_its_headline_restates_it():
    """'Nissan names successor to Ghosn' over 'Nissan has named a lifetime employee to run its operations …':
    the title every prompt shows answers a true claim of the lead."""
    article = _article(_LEAD, _SECOND, title="Kinloch Ferries names successor to Ferris")
    assert not [c for c in _claims(article, 1) if c.answer is True]
    assert [c for c in _claims(article, 2) if c.answer is True]  # (any other sentence's is made)
    asked = generate(parse_source("Kinloch Ferries names successor to Ferris\n\n" + _LEAD + "\n\n" + _SECOND + "\n",
                                  "kinloch.txt")).questions
    assert not [q for q in asked if q.citation.sentence == 1 and q.answer is True]


def test_a_set_with_nothing_else_to_ask_asks_the_leads_true_claim():
    """Every other sentence leans on the one before ('She', 'It'): the lead's claim, rather than an empty set.
    (Not 'Her successor has not been named', which is asked as Ann Ferris's: see quiz.generate.resolved.)"""
    text = ("Kinloch ferry boss to step down\n\n"
            "Ann Ferris, the boss of Kinloch Ferries for twenty years, has told staff that she will retire in June.\n\n"
            "She said the decision had been the hardest of her life.\n\n"
            "It has not yet named her successor.\n")
    asked = generate(parse_source(text, "kinloch.txt")).questions
    assert [(q.citation.sentence, q.answer) for q in asked] == [(1, True)]


def test_a_word_that_only_joins_a_sentence_to_the_one_before_is_left_out_of_its_questions():
    """'But unemployment in Kinloch remains high at about 10%.' states what the sentence without 'But' does: it is
    asked so, and the feedback quotes the sentence as the article writes it."""
    article = _article(_LEAD, "But unemployment in Kinloch remains high at about 10%, Kinloch Council said on Monday.")
    info = article.sentences[1]
    assert info.context is None and info.body.startswith("Unemployment in Kinloch")
    assert info.as_written.startswith("But unemployment in Kinloch")
    claims = _claims(article, 2)
    assert claims and all(": Unemployment in Kinloch remains high" in c.prompt for c in claims)
    assert all("“But unemployment in Kinloch remains high" in c.explanation for c in claims)
    figures = number_candidates(info, article, random.Random(0))
    assert figures and figures[0].prompt.endswith("Unemployment in Kinloch remains high at _____, Kinloch Council "
                                                  "said on Monday.")
    assert "“But unemployment" in figures[0].explanation


def test_a_joining_word_is_left_out_only_where_nothing_else_leans_on_the_sentence_before():
    article = _article(_LEAD, "However, the firm said its fares would rise by 5% in May.",
                       "But he said fares would rise by 5% in May.",
                       "Instead, Kinloch Ferries will raise its fares by 5% in May.")
    assert [info.context is not None for info in article.sentences[1:]] == [True, True, True]
    assert [info.whole for info in article.sentences] == [None] * 4
    alone = _article(_LEAD, "However, Kinloch Ferries will raise fares by 5% in May.",
                     "And eBay will sell the tickets from June, Kinloch Ferries said.")
    assert [info.body for info in alone.sentences[1:]] == ["Kinloch Ferries will raise fares by 5% in May.",
                                                           "eBay will sell the tickets from June, Kinloch Ferries said."]


def test_the_first_of_a_list_told_before_leans_on_it():
    for opener in ("To begin with,", "For a start,", "To start with,", "First of all,",
                   "Either way,", "In any case,", "If so,", "If not,",  # (the cases, or a question, told before)
                   "One, Eric Rice,"):  # (one of those named before)
        assert context_problem(f"{opener} Kinloch Ferries will raise its fares by 5% in May.") is not None


def test_an_acronym_spelled_out_before_an_owners_s_takes_the_s_itself():
    """'The FSA's team': "The Financial Services Authority's team", not "… Authority (FSA)'s team"."""
    article = _article("The Kinloch Ferries Authority (KFA) met on Monday.",
                       "The KFA's chairman said fares would rise.")
    assert with_acronyms_spelled_out("The KFA's chairman said fares would rise.", article.names) == \
        "The Kinloch Ferries Authority's chairman said fares would rise."
    assert with_acronyms_spelled_out("The KFA said fares would rise.", article.names) == \
        "The Kinloch Ferries Authority (KFA) said fares would rise."


def test_a_year_before_1800_is_no_figure_to_fill_in():
    """'the 1606 act': 1806, 2006 and 2206 beside it are years too, one in the future."""
    article = _article(_LEAD, "Kinloch still keeps the 1606 act that gave the town its first ferry across the loch.",
                       "Kinloch Ferries sold 1,606 tickets on the first day of the new route in Kinloch.")
    assert not number_candidates(article.sentences[1], article, random.Random(0))
    assert [c.answer for c in number_candidates(article.sentences[2], article, random.Random(0))] == ["1,606"]


def test_no_false_claim_moves_either_end_of_a_range_of_years():
    """'between November 2002 and August 2004' for '… 2003 …': a wider period holds the five rises too."""
    article = _article(_LEAD, "Kinloch Ferries raised its fares five times between November 2003 and August 2004, "
                              "Kinloch Council said.")
    assert not [c for c in _claims(article, 2) if c.change and c.change.source in ("2003", "2004")]
    single = _article(_LEAD, "Kinloch Ferries raised its fares five times in 2003, Kinloch Council said.")
    assert [c for c in _claims(single, 2) if c.change and c.change.source == "2003"]


_PODCAST = ('"It is about real people saying real things," says Adam Curry, a former MTV presenter.',
            "Kinloch Ferries sold 412,000 tickets in 2024, Kinloch Council said.")


def test_a_person_called_by_surname_alone_is_named_in_full_as_the_article_did():
    """'says Curry': other outlets call a person by surname alone after naming them in full; a question read
    without the article names them so, as it does 'Mr Curry'."""
    names = _article(*_PODCAST).names
    assert with_full_names("The creative forces behind radio are elated, says Curry.", names, []) == \
        "The creative forces behind radio are elated, says Adam Curry."
    assert with_full_names("Curry and Ron Bloom's venture is called PodShow.", names, []) == \
        "Adam Curry and Ron Bloom's venture is called PodShow."


def test_a_surname_alone_stays_where_it_is_part_of_a_name_a_brand_or_no_persons():
    names = _article(*_PODCAST).names
    for prompt in ("Curry Street in Kinloch was closed.", "Lord Roberts of Curry denied it.",
                   "The Curry camp was silent.", "Curry's Daily Source Code has 10,000 listeners.",
                   'He said "Curry is right", and left.'):
        assert with_full_names(prompt, names, []) == prompt
    assert with_full_names("Curry said podcasts would grow.", names, ["Adam Curry", "Ron Bloom"]) == \
        "Curry said podcasts would grow."  # (a choice is his)
    # ('Both Boeing and Airbus …' made a 'Both Boeing'; 'the Ford Mustang' beside Bill Ford is the firm's)
    cars = _article("Both Boeing and Airbus said orders rose, and Boeing said so again.",
                    "Bill Ford, the chairman, said the Ford Mustang sold well.", "Ford said sales rose.").names
    assert with_full_names("Ford declined to give guidance, and Boeing agreed.", cars, []) == \
        "Ford declined to give guidance, and Boeing agreed."


def test_a_year_after_before_is_not_asked_as_later_ones_are_as_true():
    """'released before the end of 2005': 'before the end of 2007' is true too. ('by 2008', 'since 2009' are asked.)"""
    article = _article(_LEAD, "Analysts predict the new Kinloch ferry will be launched before the end of 2005.",
                       "Analysts predict Kinloch Ferries will carry 500,000 people a year by 2008.")
    assert not date_candidates(article.sentences[1], article, random.Random(0))
    assert [c.answer for c in date_candidates(article.sentences[2], article, random.Random(0))] == ["2008"]


def test_a_he_said_chain_is_explained_without_sentence_numbers():
    """'…, whom sentence 7 names.': the learner sees where the cited sentence stands, not the others."""
    article = _article("Ann Ferris, the harbour minister, said the terminal would open in 2027.",
                       "Tom Hall, finance director at Kinloch Harbour, said fares would rise.",
                       "Jim Orr, chief executive of Orr Shipping, said he would bid for the route.",
                       '"The ferry will carry 400,000 people a year," said Mrs Ferris. '
                       '"It will change the island for good." '
                       '"It will be the best thing to happen to the island in years."\n\n'
                       '"Nobody on the island will need to wait for the weekly boat again," she said.')
    [quote] = quote_candidate(article.sentences[-1], article, random.Random(0))
    assert quote.answer == "Ann Ferris"
    assert quote.explanation.endswith("the sentence before quotes Ann Ferris, whom the article names two sentences "
                                      "before that.")


def test_it_as_the_object_of_a_verb_after_to_refers_to_something_earlier():
    """'Icann has been reluctant to approve it': the one name before is the subject, no 'it' of its own verb."""
    names = frozenset({"Icann", "Kinloch", "Council", "Microsoft"})
    assert context_problem("Icann has been reluctant to approve it because few would use it.", names) == \
        "'it' refers to something earlier"
    for alone in ("Microsoft launched a new browser and plans to update it.",  # (a thing the sentence names)
                  "Kinloch Council said it wanted to sell its ferries.",  # (the council itself)
                  "Kinloch Council expects to find it hard to sell its ferries."):
        assert context_problem(alone, names) is None


def test_a_set_with_nothing_else_does_not_fall_back_on_a_sentence_leaning_on_someone_earlier():
    """'Mr Hall seems haunted by her eyes': the last resort asks a sentence whose 'the firm' the title may settle,
    not one whose 'her' is someone the article named before."""
    text = ("Memory of the storm\n\n"
            "He said he would never forget the night of the storm in Kinloch harbour.\n\n"
            "Mr Hall seems haunted by her eyes, desolate of all hope.\n")
    assert generate(parse_source(text, "kinloch.txt")).questions == []


def test_a_name_cut_short_before_also_or_a_verb_of_its_own_is_the_longer_name():
    """'The Act also applies to firms with more than 300 US shareholders' after 'the Sarbanes-Oxley Act', under
    "SEC to rethink post-Enron rules": which act, only the article tells."""
    article = _article("Kinloch Council will review the Harbour Dues Act, its chairman said on Monday.",
                       "The Act also applies to ferries with more than 300 passengers, Kinloch Council said.",
                       "The Act covers every ferry sailing from Kinloch, Kinloch Council said.",
                       title="Kinloch to rethink ferry rules")
    assert [unnamed_short_name(article, n) for n in (2, 3)] == ["The Act", "The Act"]
    # ('the Committee to Protect Bloggers': a small word inside the longer name)
    committee = _article("The Committee to Protect Ferries was set up in Kinloch on Monday.",
                         "The Committee has called for a day of action, Kinloch Council said.", title=
                         "Kinloch ferry action day called")
    assert unnamed_short_name(committee, 2) == "The Committee"
    named = _article("The Act also applies to ferries with more than 300 passengers, Kinloch Council said.",
                     title="Kinloch to rethink ferry rules")
    assert unnamed_short_name(named, 1) is None  # (no longer name before it: nothing cut short)


def test_a_round_ten_or_twenty_has_round_choices_beside_it():
    """'in 10 years' among 8, 9, 11: the one round figure is the answer. Round ones beside it: 5, 15, 20."""
    article = _article(_LEAD, "Kinloch Ferries expects its new route to pay for itself in 10 years, Kinloch Council "
                              "said on Monday.",
                       "Kinloch Ferries cut its fares by 20% in March, Kinloch Council said on Monday.")
    for n in (2, 3):
        for seed in range(5):
            [asked] = number_candidates(article.sentences[n - 1], article, random.Random(seed))
            assert all(int(choice.rstrip("%")) % 5 == 0 for choice in asked.choices), asked.choices


def test_a_count_of_those_asked_before_leans_on_them():
    """'When pressed few could say …', 'Few realise that …': few of whom, a sentence before told."""
    for text in ("When pressed few could say how the ferry fares in Kinloch compared.",
                 "If asked, most would choose the ferry from Kinloch.",
                 "Few realise that Kinloch has its own ferry.", "Many think the Kinloch ferry is too dear."):
        assert context_problem(text, frozenset({"Kinloch"})) is not None, text
    assert context_problem("When Kinloch Ferries was sold in 2004, most of its staff stayed.",
                           frozenset({"Kinloch", "Ferries"})) is None


def test_what_follows_a_joining_word_is_tested_as_the_question_shows_it():
    """'But unfortunately, Kinloch appears poorly prepared': 'Unfortunately,' opens what is left, and leans on
    the sentence before as it would opening the sentence."""
    article = _article(_LEAD, "But unfortunately, Kinloch appears poorly prepared for winter storms.",
                       "However, when pressed few could say how the ferry fares in Kinloch compared.")
    assert [info.whole for info in article.sentences[1:]] == [None, None]


def test_a_possibility_is_not_negated_into_an_impossibility():
    """'Falling demand could result in soaring budget pressures' → 'could not result': a reader rejects it
    without the article. ('will', 'can' are still negated.)"""
    could = _article(_LEAD, "Falling fares could result in soaring losses for Kinloch Ferries, Kinloch Council said.")
    assert not [c for c in _claims(could, 2) if c.change and " not " in f" {c.change.claim} "]
    will = _article(_LEAD, "Falling fares will result in soaring losses for Kinloch Ferries, Kinloch Council said.")
    assert [c for c in _claims(will, 2) if c.change and c.change.claim == "will not result"]


def test_a_figure_asked_is_not_set_beside_a_wrong_choice_the_title_gives():
    """"Chinese exports rise 25% in 2004" above "… up _____ to $593.4bn" keyed 35.4% beside 25.4%: the title
    points the learner to a wrong choice."""
    text = ("Kinloch ferry trade rises 25% in 2004\n\n"
            "Kinloch Ferries carried 412,000 people in 2004, taking its annual takings up 35.4% to £59.3m.\n")
    article = analyse(parse_source(text, "kinloch.txt"))
    made = [c for seed in range(10) for c in number_candidates(article.sentences[0], article, random.Random(seed))
            if c.answer == "35.4%"]
    assert any("25.4%" in c.choices for c in made)
    assert all(title_tells(article.title, c) for c in made if "25.4%" in c.choices)
    assert not [q for q in generate(parse_source(text, "kinloch.txt")).questions if "25.4%" in q.choices]


def test_an_acronym_spelled_out_after_the_keeps_the_where_a_noun_phrase_starts():
    """'UNECE is forecasting …' where the article wrote 'the United Nations Economic Commission for Europe
    (UNECE)': "The United Nations … (UNECE) is forecasting", not "United Nations … is forecasting"."""
    names = _article("The Kinloch Harbour Authority (KHA) met on Monday.", "Kinloch Ferries Group (KFG) met too.").names
    assert with_acronyms_spelled_out("KHA is forecasting growth.", names) == \
        "The Kinloch Harbour Authority (KHA) is forecasting growth."
    assert with_acronyms_spelled_out("It was said by KHA on Monday.", names) == \
        "It was said by the Kinloch Harbour Authority (KHA) on Monday."
    assert with_acronyms_spelled_out("A KHA inspector and all 14 KHA members came.", names) == \
        "A Kinloch Harbour Authority (KHA) inspector and all 14 KHA members came."
    assert with_acronyms_spelled_out("KFG said so.", names) == "Kinloch Ferries Group (KFG) said so."


def test_a_or_an_before_an_acronym_spelled_out_is_the_one_its_words_take():
    names = _article("The Kinloch Harbour Authority (KHA) met.", "The Independent Ferry Board (IFB) met too.").names
    assert with_acronyms_spelled_out("An KHA report and a IFB study came out.", names) == \
        "A Kinloch Harbour Authority (KHA) report and an Independent Ferry Board (IFB) study came out."


def test_a_speaker_swapped_into_a_false_claim_is_one_the_article_has_speak():
    """'Vladimir Putin said progress … is accelerating' for Mr Johannesson's words: the article only names Putin,
    and does not deny he said it."""
    said = "Jim Reid, chief inspector of Kinloch Ferries, said progress on building a pier in Kinloch was accelerating."
    article = _article(_LEAD, "Tom Hall met Prime Minister Ann Orr in Kinloch on Monday.", said)
    swaps = [c.change.claim for c in _claims(article, 3) if c.change and c.change.source == "Jim Reid"]
    assert "Tom Hall" not in swaps and "Ann Orr" not in swaps
    spoken = _article(_LEAD, "Tom Hall, chief executive of Kinloch Council, said fares in Kinloch would rise.", said)
    assert [c.change.claim for c in _claims(spoken, 3) if c.change and c.change.source == "Jim Reid"]


def test_no_negation_before_more_or_less():
    """'The GDC is not aimed more at game developers': not more, or not at all? No plain contradiction."""
    article = _article(_LEAD, "The Kinloch ferry festival is aimed more at families, Kinloch Council said.")
    assert not [c for c in _claims(article, 2) if c.change and " not " in f" {c.change.claim} "]


_SPEAKERS = ("Transport Secretary Alan Reid said the rise would hit islanders hardest.",
             "Councillor Ann Moray said the company had broken its promise made in 2003.",
             'Opposition leader Iain Bell said: "We will fight this tax on island life with all we have."')


def test_who_said_names_the_articles_title_unless_it_names_a_choice():
    """'Who said: “The seasonally adjusted numbers …”?': which numbers, the title tells ('German jobless rate at
    new record'); where the title names a wrong choice ('Reid backs …'), it would point away from it, and the
    question is not asked."""
    def who_said(title):
        text = f"{title}\n\nKinloch Ferries raised its fares by 12% on Monday.\n\n" + "\n\n".join(_SPEAKERS) + "\n"
        return [q.prompt for q in generate(parse_source(text, "kinloch.txt"), count=20).questions
                if q.tags[0] == "quote"]
    assert who_said("Kinloch ferry fares soar") == [
        "According to the article “Kinloch ferry fares soar”, who said: “We will fight this tax on island life with all we "
        "have”?"]
    # (a title naming the answer leaves the question out: quiz.generate.title_tells; one naming a wrong choice
    # too, since round 21: asked without the title it names no article, and the app shows the title above it)
    assert who_said("Reid backs Kinloch ferry fare rise") == []


def test_a_figure_told_per_another_period_beside_it_is_not_asked():
    """'about 258 million images are saved every day, equating to 94 billion a year': 94 billion ÷ 365."""
    article = _article(_LEAD, "Kinloch Ferries carries about 1,200 people every day, equating to 438,000 a year, "
                              "Kinloch Council said.",
                       "Kinloch Ferries carries about 1,200 people every day and sells 90,000 tickets a year, "
                       "Kinloch Council said.")
    assert not number_candidates(article.sentences[1], article, random.Random(0))
    assert {c.answer for c in number_candidates(article.sentences[2], article, random.Random(0))} == \
        {"about 1,200", "90,000"}
    claims = _claims(article, 2)
    assert claims and not [c for c in claims if c.change and c.change.source in ("1,200", "438,000")]


def test_a_forecast_is_not_negated():
    """'The CEA has not predicted that sales will reach more than $125.73bn': no forecast not made is told so."""
    article = _article(_LEAD, "Kinloch Council has predicted that fares will rise by 12% in 2006, its leader said.")
    assert not [c for c in _claims(article, 2) if c.change and " not " in f" {c.change.claim} "]


def test_a_role_question_names_the_articles_title():
    """'True or false: the article describes Peter Hain as the Deputy Speaker.': which article, it did not say."""
    role = Candidate("role", "true_false", 2, "x", "True or false: the article describes Ann Ferris as the ferry "
                     "minister.", False, [], "False.", "role:ann ferris", 1.5, "easy",
                     Change(claim="the ferry minister", source="the harbour minister"))
    assert titled(role, "Kinloch fares soar").prompt == \
        "True or false: the article “Kinloch fares soar” describes Ann Ferris as the ferry minister."
    assert titled(role, "Kinloch loses the harbour minister").prompt == role.prompt  # (it holds the answer)
    assert titled(role, None).prompt == role.prompt
    who = Candidate("role", "multiple_choice", 2, "x", "According to the article, who is Ann Ferris?",
                    "the harbour minister", ["the harbour minister", "a ferry captain", "the council leader"],
                    "The article describes …", "role:ann ferris", 2.3, "easy")
    assert titled(who, "Kinloch fares soar").prompt == \
        "According to the article “Kinloch fares soar”, who is Ann Ferris?"


def test_a_last_line_on_who_wrote_the_article_is_no_news():
    """'Clark Boyd is technology correspondent for The World, a BBC World Service … co-production.'"""
    article = _article(_LEAD, _SECOND, "Ann Ferris is transport correspondent for the Kinloch Herald.")
    assert article.sentences[-1].problem == "a note on who wrote the article, not its news"
    inside = _article(_LEAD, "Ann Ferris is transport correspondent for the Kinloch Herald.", _SECOND)
    assert inside.sentences[1].problem is None  # (only the last line is the writer's note)


def test_a_false_claim_may_turn_a_changes_direction():
    """'Sales rose 5% in May' → 'Sales fell 5% in May': the source plainly denies it, and the figure stays."""
    article = _article(_LEAD, "Ticket sales at Kinloch Ferries rose 5% in May, Kinloch Council said.")
    turned = [c for c in _claims(article, 2) if c.change and c.change.source == "rose"]
    assert turned and turned[0].change.claim == "fell"
    assert "Ticket sales at Kinloch Ferries fell 5% in May" in turned[0].prompt
    assert turned[0].explanation.startswith("False. The article says “rose”, not “fell”")
    for told in ("Ticket sales at Kinloch Ferries rose to 5,000 from 4,000 in May, Kinloch Council said.",
                 "Shares in Kinloch Ferries were up 42p, or 1.8%, at 240p, Kinloch Council said.",
                 "Shares in Kinloch Ferries closed down 18% after a disappointing update, Kinloch Council said.",
                 "Kinloch Ferries clocks up 35 sailings a day in May, Kinloch Council said."):
        assert not [c for c in _claims(_article(_LEAD, told), 2) if c.change and c.change.claim in
                    ("fell", "rose", "up", "down")], told


def test_the_exchange_the_magazine_the_messages_refer_to_something_named_earlier():
    """'The German exchange said …', 'which the magazine dates at …', 'The messages warn …': which, told before."""
    for text in ("The German exchange said it had held talks with Kinloch Ferries on Monday.",
                 "The oldest ferry in the list is the Kinloch, which the magazine dates at 1906.",
                 "The messages warn that Kinloch Ferries has been hacked by a gang."):
        assert context_problem(text, frozenset({"German", "Kinloch", "Ferries"})) is not None, text
