"""The rules of play, without a terminal: order, shuffling, picking, scoring, retrying."""

from __future__ import annotations

from quiz.tui.session import PlayOptions, Session, pick, start
from tests.tui.conftest import FakeClock, ferry_entry

IDS = ["q-number-cost", "q-claim-passengers", "q-attribution-passengers"]


def ids(asked) -> list[str]:
    return [item.question.id for item in asked]


def test_no_shuffle_keeps_file_order_for_questions_and_choices(tmp_path):
    asked = pick([ferry_entry(tmp_path)], PlayOptions(shuffle=False))
    assert ids(asked) == IDS
    assert asked[0].choices == ["about 2 million pounds", "about 12 million pounds", "about 20 million pounds"]
    assert asked[0].correct == 1


def test_a_seeded_shuffle_repeats_and_keeps_the_right_answer(tmp_path):
    entry = ferry_entry(tmp_path)
    orders = {tuple(ids(pick([entry], PlayOptions(seed=seed)))) for seed in range(20)}
    assert len(orders) > 1  # it does shuffle
    first = pick([entry], PlayOptions(seed=7))
    assert ids(first) == ids(pick([entry], PlayOptions(seed=7)))
    for asked in first:
        assert asked.choices[asked.correct] == asked.question.answer_text()


def test_true_false_choices_are_never_shuffled(tmp_path):
    for seed in range(10):
        claim = next(a for a in pick([ferry_entry(tmp_path)], PlayOptions(seed=seed)) if a.question.kind == "true_false")
        assert claim.choices == ["True", "False"] and claim.correct == 1


def test_count_and_tags_pick_questions(tmp_path):
    entry = ferry_entry(tmp_path)
    assert ids(pick([entry], PlayOptions(shuffle=False, count=2))) == IDS[:2]
    assert ids(pick([entry], PlayOptions(shuffle=False, tags=["claim", "attribution"]))) == IDS[1:]
    assert pick([entry], PlayOptions(tags=["nope"])) == []


def test_broken_sets_give_no_questions(tmp_path):
    entry = ferry_entry(tmp_path)
    entry.question_set = None
    assert pick([entry], PlayOptions()) == []


def test_score_time_tags_and_retry(tmp_path):
    session = start([ferry_entry(tmp_path)], PlayOptions(shuffle=False), clock=FakeClock())
    assert session.answer(0).correct is False  # 4 s after it was shown
    assert session.answer(1) is None  # answered already
    assert session.advance()
    assert session.answer(1).correct
    assert session.advance()
    assert session.answer(9) is None  # no such choice
    assert session.answer(2).correct
    assert not session.advance() and session.finished
    assert session.score == 2
    assert [answer.seconds for answer in session.answers] == [4.0, 4.0, 4.0]
    assert session.by_tag() == [("number", 0, 1), ("claim", 1, 1), ("attribution", 1, 1)]
    retry = session.retry_missed()
    assert retry.retry and ids(retry.asked) == ["q-number-cost"]
    assert retry.asked[0].choices == session.asked[0].choices


def test_a_session_of_one_set_knows_its_set(tmp_path):
    one = ferry_entry(tmp_path)
    two = ferry_entry(tmp_path, name="other.yaml")
    assert start([one], PlayOptions()).single_set() is one
    assert start([one, two], PlayOptions()).single_set() is None
    assert start([one, two], PlayOptions()).title == "Harbourton ferry terminal"
    assert Session([], "empty").total == 0
