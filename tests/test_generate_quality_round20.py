"""Quality rules of the twentieth round (from strict reviews of random corpus questions), each on sentences
written for these tests."""

import random

from quiz.generate import fam_speech, generate
from quiz.generate.analysis import analyse
from quiz.generate.candidate import Candidate
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.filters import context_problem
from quiz.generate import name_runs
from quiz.generate.numbers import find_numbers
from quiz.generate.number_choices import number_options
from quiz.generate.title_tells import title_tells, titled
from quiz.generate.topic import title_settles
from quiz.model import MULTIPLE_CHOICE, TRUE_FALSE
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _claims(article, n: int) -> list:
    return [c for seed in range(3) for c in claim_candidates(article.sentences[n - 1], article, random.Random(seed))]


def _numbers(article, n: int) -> list:
    return [c for seed in range(3) for c in number_candidates(article.sentences[n - 1], article, random.Random(seed))]


def test_a_name_owning_something_or_followed_by_letters_is_a_persons_where_the_article_says_so():
    """"the row over Gordon Brown's Budget", "Tom McCabe MSP": the name in the run, not no one; 'Mr Brown'
    later in the article is then named in full."""
    assert name_runs.judge_part("Gordon Brown's Budget") == ("Gordon Brown", None, False)
    assert name_runs.judge_part("Tom McCabe MSP") == ("Tom McCabe", None, False)
    assert name_runs.judge_part("Labour's Budget") is None  # (one word owns it: no one's name)
    assert name_runs.judge_part("Kinloch Harbour Trust") is None
    article = _article("Labour and the Tories clashed over Gordon Brown's Budget on Thursday.",
                       "Mr Brown doubled the level at which homebuyers pay stamp duty, the Treasury said.",
                       "Scottish Finance Minister, Tom McCabe MSP, said councils must save money.",
                       "Mr McCabe has promised councils about £8.1bn next year.")
    assert article.names.person("Mr Brown") == "Gordon Brown"
    assert article.names.person("Mr McCabe") == "Tom McCabe"
    text = ("Budget row in Kinloch\n\nLabour and the Tories clashed over Gordon Brown's Budget on Thursday.\n\n"
            "Mr Brown doubled the level at which homebuyers pay stamp duty to £120,000, the Treasury said.\n")
    prompts = [q.prompt for q in generate(parse_source(text, "kinloch.txt"), count=5).questions]
    assert prompts and not [p for p in prompts if "Mr Brown" in p]
    assert [p for p in prompts if "Gordon Brown doubled" in p]


def test_the_pair_and_the_couple_refer_to_people_named_earlier_wherever_they_stand():
    """"criticised the reported rivalry between the pair on GMTV's Sunday Programme": which pair, only the
    sentence before says (not 'a pair of boots', 'the pair of them')."""
    assert "'the pair'" in context_problem(
        "Former minister Frank Field criticised the reported rivalry between the pair on GMTV's Sunday Programme.")
    assert "the duo" in context_problem("Kinloch Council said the duo would appear in court on Monday.")
    assert "the couple" in context_problem("The couple had a son in October 2003.").lower()
    assert context_problem("A pair of boots worn by Ann Ferris sold for £5,000 at auction in Kinloch.") is None


def test_a_time_told_as_so_long_after_an_event_opening_the_sentence_leans_on_it():
    """'One day later De Telegraaf … published a picture': later than what, the sentence before told."""
    for opener in ("One day later", "Hours later,", "Two weeks later", "A month later"):
        found = context_problem(f"{opener} the Kinloch Courier published a picture of the ferry.")
        assert found is not None and opener.rstrip(",") in found, opener
    assert context_problem("The Kinloch Courier published a picture of a ferry on Monday.") is None


def test_a_wrong_choice_the_title_holds_is_left_out_so_the_question_names_the_title():
    """"Singapore growth at 8.1% in 2004" over "… more modest growth for the trade-driven economy in _____" with
    2004 among the choices: asked without the title, 'the trade-driven economy' is no one's; asked with it and
    without the choice 2004, it stands alone and the title gives nothing away."""
    candidate = Candidate("date", MULTIPLE_CHOICE, 3, "…", "Fill in the blank according to the article: More modest "
                          "growth is expected for the trade-driven economy in _____.", "2005",
                          ["2004", "2005", "2006", "2007"], "…", "date:x", 1.0, "easy")
    asked = titled(candidate, "Singapore growth at 8.1% in 2004")
    assert asked.prompt.startswith("Fill in the blank according to the article “Singapore growth at 8.1% in 2004”:")
    assert asked.choices == ["2005", "2006", "2007"] and asked.answer == "2005"
    who = Candidate("quote", MULTIPLE_CHOICE, 30, "…", "Who said: “We thought we were going to dent that massive "
                    "majority”?", "John Murray", ["John Murray", "Michael Howard", "Nick Vaughan", "Lynton Crosby"],
                    "…", "quote:x", 1.0, "easy")
    asked = titled(who, "Howard's unfinished business")
    assert asked.prompt.startswith("According to the article “Howard's unfinished business”, who said:")
    assert "Michael Howard" not in asked.choices and len(asked.choices) == 3
    # (three choices only: one fewer would leave two; the question stays as it was)
    three = Candidate("quote", MULTIPLE_CHOICE, 30, "…", "Who said: “We thought we were going to dent that massive "
                      "majority”?", "John Murray", ["John Murray", "Michael Howard", "Nick Vaughan"], "…", "quote:x",
                      1.0, "easy")
    assert titled(three, "Howard's unfinished business") is three


def test_a_true_claim_whose_words_are_the_titles_in_another_form_restates_it():
    """'Broadband challenges TV viewing' over '… suggested that broadband was challenging television viewing
    habits': 'challenges' and 'challenging' are one word; 'production' and 'producer' are two."""
    claim = Candidate("claim", TRUE_FALSE, 14, "A study suggested that broadband was challenging television "
                      "viewing habits.", "True or false? According to the article: …", True, [], "…", "claim:x", 1.0,
                      "easy")
    assert title_tells("Broadband challenges TV viewing", claim)
    other = Candidate("claim", TRUE_FALSE, 4, "The producer of the programme won praise for its coverage.",
                      "True or false? According to the article: …", True, [], "…", "claim:y", 1.0, "easy")
    assert not title_tells("Programme production praised", other)


def test_a_figure_a_multiple_of_another_told_before_it_is_not_asked():
    """'The 337,000 new jobs added in October was twice the _____ figure forecast': half of 337,000."""
    article = _article("Kinloch added 337,000 jobs in October, twice the 169,000 that economists had forecast, "
                       "the Kinloch Courier said.",
                       "Kinloch added 330,000 jobs in November, twice the rate of 2003, and Fairbrook added 97,000 "
                       "jobs, the Kinloch Courier said.")
    assert not [c for c in _numbers(article, 1) if c.answer == "169,000"]
    assert [c for c in _numbers(article, 2) if c.answer == "97,000"]  # (no half of 330,000: a fact of its own)


def test_a_price_to_the_cent_below_a_round_one_has_wrong_prices_of_the_same_cents():
    """'$5.95 for each session': $4.95 and $6.95 beside it, not $5.06 and $4.17 (steps no price moves by)."""
    for text, near in (("shoot 10 rounds for $5.95 for each session", {"$4.95", "$6.95"}),
                       ("a song costs £1.99 to download", {"£0.99", "£2.99"})):
        options = number_options(find_numbers(text)[-1], set(), 3)
        assert near <= set(options), options
        assert all(option.endswith((".95", ".99")) for option in options)
    assert "4.50%" in number_options(find_numbers("rates rose to 4.75%")[0], set(), 3)  # (a rate: as before)


def test_a_one_off_thing_the_title_does_not_name_is_not_settled_by_it():
    """'The tough stance paid off with just 24 issued' under "Labour targets 'hardcore truants'": which stance,
    the article told before; 'the Get On scheme' says which scheme."""
    article = _article("Councils took 800 parents to court over truancy last year.",
                       "The tough stance paid off with just 24 fines issued, while attendance improved in 776 cases.",
                       "In 2001, the government launched the Get On scheme, aimed at reducing illiteracy.",
                       title="Labour targets 'hardcore truants'")
    assert not title_settles(article, 2)
    if article.sentences[2].context is not None:
        assert title_settles(article, 3)


def test_where_someone_was_speaking_is_no_claim_to_deny():
    """"Liam Fox was not speaking after Tony Blair told …": the occasion of words told elsewhere, denied, reads
    planted; its true claim comes last, after the article's news."""
    article = _article("The Tories have set out their spending plans for the next parliament.",
                       "Tory co-chairman Liam Fox was speaking after Tony Blair told Labour members the Tories offered "
                       "a hard right agenda.",
                       "Tory co-chairman Liam Fox has accused Labour of telling lies about Tory spending plans.")
    assert not [c for c in _claims(article, 2) if c.answer is False and "not speaking" in c.prompt]
    occasion = [c for c in _claims(article, 2) if c.answer is True]
    news = [c for c in _claims(article, 3) if c.answer is True]
    assert occasion and news and max(c.score for c in occasion) < min(c.score for c in news)
    assert [c for c in _claims(article, 3) if c.answer is False and "has not accused" in c.prompt]


def test_that_after_a_verb_of_reaching_or_preventing_points_back():
    """'He reached that milestone last June', 'EU rules prevent that from happening again': which milestone, what
    happening, the sentence before told."""
    assert "that milestone" in context_problem("Gordon Brown reached that milestone last June, Kinloch said.")
    assert "prevent that from" in context_problem("EU rules prevent that from happening again, Kinloch said.")
    assert "stopped that merger" in context_problem("The rules stopped that merger in 2004, Kinloch said.")
    assert context_problem("Kinloch Ferries said new rules would stop ferries from sailing at night.") is None


def test_a_period_or_a_quarter_the_sentence_does_not_name_is_not_settled_by_the_title():
    """'Output in the period grew just 0.1%' under "Japanese growth grinds to a halt": which period, the article
    told before; 'the fourth quarter of 2004 … the same period a year earlier' says which."""
    article = _article("Kinloch's economy grew 0.2% in the three months to September.",
                       "Output in the period grew just 0.1%, an annual rate of 0.4%.",
                       "Kinloch Ferries reported a loss of £38m for the fourth quarter of 2004, against a £11m loss "
                       "for the same period a year earlier.",
                       title="Kinloch growth grinds to a halt")
    assert article.sentences[1].context and not title_settles(article, 2)
    if article.sentences[2].context:
        assert title_settles(article, 3)


def test_a_second_conversion_of_a_figure_is_not_asked():
    """'6.5 billion reais ($2.3bn or _____)': the sterling of the same debt, a sum of currency, no fact."""
    article = _article("Varig is struggling under a debt of an estimated 6.5 billion reais ($2.3bn or £1.2bn), "
                       "Kinloch Bank said.")
    asked = {c.answer for c in _numbers(article, 1)}
    assert "£1.2bn" not in asked and "$2.3bn" not in asked


def test_the_name_of_an_act_cut_short_is_the_acts_told_before():
    """'The Act comes into force in mid-2005' after 'the Sarbanes-Oxley Act', under "SEC to rethink post-Enron
    rules": which act, the title does not say."""
    text = ("SEC to rethink post-Enron rules\n\nThe Kinloch Harbour Act was passed in 2002 after a spate of "
            "ferry accidents, Kinloch Council said.\n\nThe Act comes into force in mid-2005.\n")
    asked = generate(parse_source(text, "kinloch.txt")).questions
    assert asked and not [q for q in asked if q.citation.sentence == 2]


def test_a_title_holding_the_answers_digits_in_another_unit_gives_it_away():
    """"French wine gets 70m euro top-up" over 'accounting for _____ of sales' keyed 70%: a guesser takes the
    title's 70 (a true claim keeps its title: '777' in "Boeing unveils new 777 aircraft" tells nothing)."""
    asked = Candidate("number", MULTIPLE_CHOICE, 10, "…", "Fill in the blank according to the article: Domestic "
                      "consumption, accounting for _____ of sales, has suffered.", "70%", ["60%", "70%", "80%", "90%"],
                      "…", "number:x", 1.0, "easy")
    assert title_tells("French wine gets 70m euro top-up", asked)
    assert not title_tells("French wine gets 170m euro top-up", asked)
    claim = Candidate("claim", TRUE_FALSE, 4, "The 777-200LR has been on the market for a couple of years.",
                      "True or false? According to the article: The 777-200LR has been on the market for a couple "
                      "of years.", True, [], "…", "claim:z", 1.0, "easy")
    assert titled(claim, "Boeing unveils new 777 aircraft").prompt.startswith(
        "True or false? According to the article “Boeing unveils new 777 aircraft”:")


def test_a_pronoun_opening_a_quotation_is_no_name_of_the_article():
    """'told BBC News: "They told us …"' is the only 'They' written mid-sentence: no name, so 'They urge voters
    not to let the Tories take things backwards' still leans on the sentence before."""
    article = _article("Labour's new posters say Britain is enjoying the lowest inflation since the 1960s.",
                       "They urge voters not to let the Tories take things backwards.",
                       'On Tuesday, Mr Prescott told BBC News: "They told us very clearly to get in line."')
    assert "They" not in article.names.proper
    assert article.sentences[1].context is not None and "They" in article.sentences[1].context
    assert "US" in _article("Kinloch Ferries said US demand rose.", "Sales rose in the US last year.").names.proper


def test_no_not_after_already():
    """'Already one tabloid newspaper in LA is issuing photographers with camera phones': 'already' asks for
    something done; 'Already … is not issuing' reads wrong."""
    article = _article("The Kinloch Courier has covered the ferry strike for a month.",
                       "Already the Fairbrook Gazette is issuing photographers with camera phones.",
                       "The Fairbrook Gazette is issuing photographers with camera phones.")
    assert not [c for c in _claims(article, 2) if c.answer is False and " not " in c.prompt]
    assert [c for c in _claims(article, 3) if c.answer is False and " not " in c.prompt]


def test_people_who_fear_it_would_do_something_lean_on_what_it_is():
    """'LSE shareholders fear it would create a monopoly situation': what 'it' is, the sentence before told."""
    for text in ("LSE shareholders fear it would create a monopoly situation.",
                 "Kinloch shareholders worried that it would cut the dividend."):
        assert "'it'" in context_problem(text), text


def test_a_share_of_100_per_cent_is_not_asked():
    """'Standard Trust is _____ Nigerian-owned' keyed 100% among 85%, 90%, 95%: the whole is the highest choice
    there can be, and a guesser takes it."""
    article = _article("Kinloch Ferries is 100% owned by Kinloch Council, and Fairbrook Ferries is 62% owned by "
                       "Fairbrook Council, the Kinloch Courier said.")
    asked = {c.answer for c in _numbers(article, 1)}
    assert "100%" not in asked and "62%" in asked


def test_a_figure_with_or_more_after_it_is_not_changed_into_a_false_claim():
    """'raised their contributions by 100% or more': 'by 95% or more' is as true, no false claim."""
    article = _article("The Kinloch Courier reported on pensions on Monday.",
                       "Firms with the biggest deficits raised their pension contributions by 100% or more, Incomes "
                       "Data Services said.")
    assert not [c for c in _claims(article, 2) if c.change and "100%" in c.change.source]


def test_a_title_owned_by_a_name_with_for_in_it_is_whole():
    """'Commission for Racial Equality chairman Trevor Phillips': his role is the whole, not 'Racial Equality
    chairman', a title no one holds (nor 'for Labour leader' after a verb: 'voted for')."""
    article = _article("Commission for Racial Equality chairman Trevor Phillips said asylum claims fell 40%.",
                       "Kinloch voters voted for Labour leader Tony Blair in 2001, the Kinloch Courier said.",
                       "Mr Phillips and Mr Blair spoke on Monday.")
    roles = {role.entity: role.role for role in article.roles()}
    assert roles["Trevor Phillips"] == "Commission for Racial Equality chairman"
    assert roles["Tony Blair"] == "Labour leader"


def test_a_change_the_title_does_not_name_is_the_articles():
    """'The decline came despite Multiplex reporting an 11% rise' under "Wembley firm won't make a profit": which
    decline, the article told before; under "Multiplex shares decline" the title says."""
    sentences = ("Shares in Multiplex fell 25% on Monday.",
                 "The decline came despite Multiplex reporting an 11% rise in profits to A$67.7m for 2004.")
    assert not title_settles(_article(*sentences, title="Wembley firm won't make a profit"), 2)
    assert title_settles(_article(*sentences, title="Multiplex shares decline"), 2)


def test_the_machine_and_the_division_are_named_earlier():
    """'The machine has four USB ports' (which machine?), 'The division made a loss' (which division?)."""
    assert "The machine" in context_problem("The machine has four USB ports and a DVD writer.")
    assert "The division" in context_problem("The division made a loss of £5m last year.")
    assert context_problem("Kinloch Ferries has bought a ticket machine for every port.") is None


def test_what_should_be_done_is_asked_after_what_is():
    """'There should be a shift in the money allowed to be spent at elections': a recommendation, whose, the
    sentence does not say; its claims come after those of the article's facts."""
    article = _article("The Electoral Commission has published its report on the general election.",
                       "There should be a shift in the amount of money allowed to be spent at elections in Kinloch.",
                       "The amount of money spent at elections in Kinloch rose by a third in 2005.")
    should = [c for c in _claims(article, 2) if c.answer is True]
    fact = [c for c in _claims(article, 3) if c.answer is True]
    assert should and fact and max(c.score for c in should) < min(c.score for c in fact)


def test_no_not_before_a_clause_that_says_why_or_agrees():
    """'Camera phones will not get better resolutions as vendors set out to prove that bigger is better', 'are not
    confirmed by studies, which indeed say …': false at a glance, the rest of the sentence agreeing with the verb."""
    article = _article("The Kinloch trade fair opened on Monday.",
                       "Camera phones will get better resolutions as vendors set out to prove that large screens sell "
                       "phones.",
                       "Kinloch's claims are confirmed by Fairbrook's own studies, which indeed say that Kinloch "
                       "Ferries makes a profit.",
                       "Camera phones will get better resolutions in 2006, Kinloch Electronics said.")
    for n in (2, 3):
        assert not [c for c in _claims(article, n) if c.answer is False and " not " in c.prompt], n
    assert [c for c in _claims(article, 4) if c.answer is False and " not " in c.prompt]


def test_a_place_in_a_top_ten_is_not_changed_into_a_false_claim():
    """'made it to the top 10 hoax list': 'the top 5' may be as true."""
    article = _article("Sophos published its monthly report on Monday.",
                       "Two e-mail messages about the Kinloch ferry made it into Sophos's top 10 hoax list in January, "
                       "Sophos said.")
    assert not [c for c in _claims(article, 2) if c.change and c.change.source == "10"]


def test_a_speaker_named_by_common_words_reads_in_lower_case_in_the_explanation():
    """'The article attributes this to Local press' (the words that opened the sentence): 'to local press'; a name
    that opens one stays ('Greenpeace spokesman'), as do names written so mid-sentence ('Kinloch Council')."""
    article = _article("Local press reported that Fairbrook Ferries had made an offer of £40m.",
                       "Greenpeace spokesman said that the ferries burned too much fuel.",
                       "The offer was welcomed by Kinloch Council and by Kinloch Ferries.")
    assert fam_speech._as_written("Local press", article) == "local press"
    assert fam_speech._as_written("Greenpeace spokesman", article) == "Greenpeace spokesman"
    assert fam_speech._as_written("Kinloch Council", article) == "Kinloch Council"


def test_the_ends_of_a_band_are_not_asked():
    """'paid between £45,001 and £50,000': choices of the form '£40,001' give the edge away, and either end tells
    the other."""
    article = _article("Robin Cook was paid between £45,001 and £50,000 for the paperback edition of a book, the "
                       "Commons register of interests showed.")
    assert not _numbers(article, 1)


def test_what_followed_and_that_as_a_subject_lean_on_the_sentence_before():
    """'A feeding frenzy followed as firms vied for eyeballs' (after what?), 'with four months to the election,
    that looks like being a difficult trick' (what does?); not where the sentence tells after what."""
    assert "followed" in context_problem("A feeding frenzy followed as firms vied for customers in a price war.")
    assert "followed" in context_problem("A sudden spike in the Kinloch Ferries share price followed.")
    assert context_problem("Suprnova.org was forced to close, and others like Phoenix Torrent followed soon after.") \
        is None
    assert "that looks" in context_problem("With four months to the election, that looks like being a difficult "
                                           "trick to pull off.")


def test_a_speaker_the_title_names_gives_way_to_another_among_the_wrong_choices():
    """"Howard's unfinished business" over who said '… dent that massive majority': with Michael Howard among the
    choices the question cannot name its title; another of the article's speakers takes his place."""
    article = _article("Michael Howard said the Tories would win the election.",
                       "Lynton Crosby said the campaign would be fought on crime.",
                       "Nick Vaughan said the party needed new members.",
                       "Sarah Tait said the party had to win back the towns.",
                       '"We thought in 2001 we were going to dent that massive majority but it just did not happen," '
                       "said John Murray, of Aldridge Conservatives.",
                       title="Howard's unfinished business")
    asked = [c for seed in range(5)
             for c in fam_speech.quote_candidate(article.sentences[4], article, random.Random(seed))]
    assert asked and all("Michael Howard" not in c.choices and len(c.choices) >= 3 for c in asked)


def test_a_shows_name_with_a_capital_joining_word_names_the_person_after_it():
    """"An Audience With Alastair Campbell": Alastair Campbell, whom 'Mr Campbell' then names in full (not 'Audience
    With Alastair Campbell')."""
    assert name_runs.judge_run("An Audience With Alastair Campbell") == ("Alastair Campbell", None, False)
    article = _article("Tickets for An Audience With Alastair Campbell sold out in Kinloch.",
                       "Mr Campbell will be at the centre of the party's election campaign.")
    assert article.names.person("Mr Campbell") == "Alastair Campbell"
