"""Quality rules of the seventeenth round (from strict reviews of random corpus questions), each on
sentences written for these tests."""

from quiz.generate.analysis import analyse
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def test_a_name_inside_a_hyphened_word_tells_no_surname():
    """'T-Mobile said' is the firm speaking: 'Mobile' is no one's surname, so 'the Northwind Mobile phone'
    names no person to offer as a speaker."""
    article = _article("The Northwind Mobile phone, with two cameras and a keyboard, goes on sale in May.",
                       "T-Mobile said it was seeing increasing take up of its services.",
                       'Brian Kerr, managing director of T-Mobile, said: "We see a growing trend."')
    assert "Northwind Mobile" not in article.names.persons
    assert "Brian Kerr" in article.names.persons
