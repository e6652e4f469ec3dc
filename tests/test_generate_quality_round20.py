"""Quality rules of the twentieth round (from strict reviews of random corpus questions), each on sentences
written for these tests."""

import random

from quiz.generate import generate
from quiz.generate.analysis import analyse
from quiz.generate.candidate import Candidate
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
