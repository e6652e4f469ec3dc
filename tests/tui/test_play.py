"""Playing whole quizzes through the app, as a person would: keys, mouse, source, results, retry."""

from __future__ import annotations

import sqlite3

from textual.widgets import OptionList, Static

from quiz.commands import stats
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.sets import SetsScreen
from quiz.tui.screens.source import SourceScreen
from quiz.tui.widgets.choices import Choice
from quiz.tui.widgets.status import QuizStatus
from tests.tui.conftest import ferry_entry, ferry_questions, make_app


async def loaded(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).visual)


def history_rows(path):
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT set_title, question_id, choice, correct, seconds, answered FROM answers ORDER BY id").fetchall()


async def test_a_whole_quiz_with_keys_shows_the_cited_quote_after_each_answer(tmp_path):
    entry = ferry_entry(tmp_path)
    app = make_app(tmp_path, [entry])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        assert isinstance(app.screen, SetsScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, QuestionScreen)
        assert "1 / 3" in app.screen.query_one(QuizStatus).text
        quotes = []
        for key in ("2", "f", "1"):  # right, right (t/f), wrong
            await pilot.press(key)
            quotes.append(text_of(app, "#quote"))
            assert "Sentence" in text_of(app, "#where") and "of 5" in text_of(app, "#where")
            await pilot.press("enter")
        assert quotes == [
            "“The council said the building cost about 12 million pounds.”",
            "“Mayor Ana Ruiz said the terminal would carry 400,000 passengers a year.”",
            "“Mayor Ana Ruiz said the terminal would carry 400,000 passengers a year.”",
        ]
        assert isinstance(app.screen, ResultsScreen)
        assert text_of(app, "#results-score") == "2 / 3 correct · 67%"
        missed = app.screen.query(".missed")
        assert len(missed) == 1
        assert "Who said" in str(missed.first().query_one(".missed-prompt", Static).visual)


async def test_a_generated_explanation_does_not_repeat_the_sentence_quoted_below_it(tmp_path):
    questions = ferry_questions()
    sentence = questions[0].citation.quote
    questions[0].explanation = f"The article gives about 12 million pounds: “{sentence}”"
    app = make_app(tmp_path, [ferry_entry(tmp_path, questions)])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "1")
        assert text_of(app, "#explanation") == "The article gives about 12 million pounds:"
        assert text_of(app, "#quote") == f"“{sentence}”"


async def test_verdict_is_in_words_and_a_false_claim_shows_the_changed_words(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "2")
        assert text_of(app, "#verdict") == "✓ Correct"
        await pilot.press("enter", "t")  # the claim is false
        assert text_of(app, "#verdict") == "✗ Wrong — the answer is False"
        assert text_of(app, "#change") == "The claim says:  40,000\nThe source says: 400,000"


async def test_a_whole_quiz_with_the_mouse(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.click(OptionList, offset=(4, 1))
        assert isinstance(app.screen, QuestionScreen)
        for index in (1, 1, 2):  # every answer right
            choices = list(app.screen.query(Choice))
            await pilot.click(choices[index])
            assert text_of(app, "#verdict") == "✓ Correct"
            await pilot.press("space")
        assert isinstance(app.screen, ResultsScreen)
        assert text_of(app, "#results-score") == "3 / 3 correct · 100%"


async def test_a_second_click_or_key_does_not_answer_again(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "1", "2", "3")
        assert len(app.screen.session.answers) == 1
        assert app.screen.session.answers[0].choice == 0


async def test_retry_asks_only_the_missed_questions(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "1", "enter", "f", "enter", "1", "enter")  # missed 1st and 3rd
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("r")
        assert isinstance(app.screen, QuestionScreen)
        retry = app.screen.session
        assert [asked.question.id for asked in retry.asked] == ["q-number-cost", "q-attribution-passengers"]
        assert "1 / 2" in app.screen.query_one(QuizStatus).text
        await pilot.press("2", "n", "3", "n")
        assert text_of(app, "#results-score") == "2 / 2 correct · 100%"
        assert not app.screen.query(".missed")
        await pilot.press("enter")
        assert isinstance(app.screen, SetsScreen)


async def test_the_source_viewer_highlights_the_cited_sentence(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "2", "enter", "f")  # question 2 cites sentence 3
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        cited = app.screen.query(".-cited")
        assert [row.number for row in cited] == [3]
        assert str(cited.first().query_one(".gutter", Static).visual).startswith("▶")
        numbers = [row.number for row in app.screen.query(".sentence") if row.number]
        assert numbers == [1, 2, 3, 4, 5]  # the whole document
        await pilot.press("escape")
        assert isinstance(app.screen, QuestionScreen)
        assert text_of(app, "#verdict") == "✓ Correct"


async def test_the_source_viewer_scrolls_a_far_cited_sentence_into_view(tmp_path):
    from quiz.model import Citation, Question
    from quiz.sources import parse_source

    text = "\n".join(f"Line {n} of the long report says the count was {n * 7}." for n in range(1, 81))
    question = Question(id="q-far", kind="multiple_choice", prompt="What did line 70 count?",
                        choices=["483", "490"], answer="490", explanation="Line 70 says 490.",
                        citation=Citation(70, "Line 70 of the long report says the count was 490."))
    entry = ferry_entry(tmp_path, [question])
    entry.document = parse_source(text, "long.txt")
    app = make_app(tmp_path, [entry])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "2", "s")
        await pilot.pause()
        row = app.screen.query_one(".-cited")
        body = app.screen.query_one("#source-body")
        assert row.number == 70
        assert body.scroll_y > 0
        assert body.region.contains_region(row.region)  # on screen, not just in the document


async def test_a_broken_set_is_listed_with_its_error_and_does_not_hide_the_others(tmp_path):
    from quiz.problems import Problem
    from quiz.tui.catalog import SetEntry

    broken = SetEntry(tmp_path / "broken.yaml", None,
                      [Problem("questions/broken.yaml", 7, 3, "`answer` is missing; add the right choice's text")])
    app = make_app(tmp_path, [broken, ferry_entry(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 2
        first = str(options.get_option_at_index(0).prompt)
        assert "questions/broken.yaml:7:3: error: `answer` is missing" in first
        assert "Harbourton ferry terminal" in str(options.get_option_at_index(1).prompt)
        await pilot.press("enter")  # the broken one: not played, explained
        assert isinstance(app.screen, SetsScreen)
        assert any("quiz check" in n.message for n in app._notifications)
        await pilot.press("down", "enter")
        assert isinstance(app.screen, QuestionScreen)


async def test_history_rows_are_written_for_every_answer_and_quiz_stats_reads_them(tmp_path, capsys):
    history = tmp_path / "data" / "history.sqlite3"
    app = make_app(tmp_path, [ferry_entry(tmp_path)], history_path=history)
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "2", "enter", "t", "enter", "3", "enter")
        app.recorder.flush()
    rows = history_rows(history)
    assert [(title, qid, choice, correct) for title, qid, choice, correct, _, _ in rows] == [
        ("Harbourton ferry terminal", "q-number-cost", "about 12 million pounds", 1),
        ("Harbourton ferry terminal", "q-claim-passengers", "True", 0),
        ("Harbourton ferry terminal", "q-attribution-passengers", "Mayor Ana Ruiz", 1),
    ]
    assert all(seconds == 4.0 for *_, seconds, _ in rows)  # the fake clock: 4 s a question
    assert all(answered for *_, answered in rows)
    assert stats.run(None) == 0
    out = capsys.readouterr().out
    assert "Harbourton ferry terminal" in out and "3 answers, 2 correct" in out


async def test_last_and_best_scores_show_after_a_quiz(tmp_path):
    app = make_app(tmp_path, [ferry_entry(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        assert "not played yet" in str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        await pilot.press("enter", "2", "enter", "t", "enter", "3", "enter", "enter")
        await loaded(app, pilot)
        assert "last 2/3 · best 2/3" in str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)


async def play_and_collect_history_warnings(tmp_path, history) -> list[str]:
    """Play a whole quiz with the history at `history`; the history warnings the app showed."""
    app = make_app(tmp_path, [ferry_entry(tmp_path)], history_path=history)
    async with app.run_test() as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "2", "enter", "t", "enter", "3", "enter")
        app.recorder.flush()
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)  # the quiz went on to its end
        return [n.message for n in app._notifications if n.title == "History"]


async def test_an_unusable_history_never_stops_the_quiz_and_says_so_once(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the history folder should be")
    warnings = await play_and_collect_history_warnings(tmp_path, blocker / "history.sqlite3")
    assert len(warnings) == 1 and "not saved" in warnings[0]


async def test_a_corrupt_history_is_moved_aside_said_once_and_the_quiz_goes_on(tmp_path):
    history = tmp_path / "data" / "history.sqlite3"
    history.parent.mkdir()
    history.write_bytes(b"this is not a database" * 100)
    warnings = await play_and_collect_history_warnings(tmp_path, history)
    assert len(warnings) == 1 and "moved" in warnings[0]
    assert len(history_rows(history)) == 3  # a new history, with this quiz in it
    assert list(history.parent.glob("history.sqlite3.corrupt-*"))  # the old one kept
