"""Quality rules of the fourth round, each on sentences written for these tests (no corpus text)."""

from quiz.generate.filters import context_problem


def test_a_verb_put_first_names_nothing_it_could_mean():
    names = frozenset({"Kinloch"})
    assert "'it'" in context_problem("Should it become a firm offer, the board would weigh it with care.", names)
    assert "'it'" in context_problem("Had it not been for the storm, the ferry would have sailed.", names)
    assert context_problem("Should Kinloch win, it would run four ferries a day.", names) is None
