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
