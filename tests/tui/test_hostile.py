"""Text from a set or a source is data: markup, actions, escapes and bidi overrides stay inert."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from quiz.model import Citation, Question
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.widgets.choices import Choice
from tests.tui.conftest import ferry_entry, make_app

MARKUP = "[bold]Who[/] said it? [@click=app.quit]click me[/] [/]"
ESCAPES = "red \x1b[31mALERT\x1b[0m \x07 \u202eevil\u202c"


def hostile_question() -> Question:
    return Question(
        id="q-hostile", kind="multiple_choice", prompt=MARKUP,
        choices=["[@click=app.quit]quit[/]", "[red]plain[/red]", ESCAPES],
        answer="[red]plain[/red]", explanation="[link=https://example.invalid]x[/link] " + ESCAPES,
        citation=Citation(1, "[b]quote[/b]"), tags=["[@click=app.quit]"])


def visual(widget: Static) -> str:
    return str(widget.visual)


async def test_markup_and_actions_show_as_typed_and_cannot_act(tmp_path):
    entry = ferry_entry(tmp_path, [hostile_question()], title="[@click=app.quit]Set[/] [bold]x")
    app = make_app(tmp_path, [entry])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        row = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert "[@click=app.quit]Set[/] [bold]x" in row and "tags: [@click=app.quit]" in row
        await pilot.press("enter")
        prompt = app.screen.query_one("#prompt", Static)
        assert visual(prompt) == MARKUP
        await pilot.click(prompt, offset=(25, 0))  # on "click me": nothing happens
        choices = [visual(choice) for choice in app.screen.query(Choice)]
        assert "[@click=app.quit]quit[/]" in choices[0] and "[red]plain[/red]" in choices[1]
        await pilot.click(app.screen.query(Choice)[1])
        assert app.is_running and isinstance(app.screen, QuestionScreen)
        assert visual(app.screen.query_one("#verdict", Static)) == "✓ Correct"
        explanation = visual(app.screen.query_one("#explanation", Static))
        assert explanation.startswith("[link=https://example.invalid]x[/link] ")
        # Escapes and bidi overrides shown as visible text, never sent to the terminal.
        assert "\x1b" not in explanation and "\u202e" not in explanation and "\x07" not in explanation
        assert "\\x1b[31mALERT" in explanation and "\\u202e" in explanation
        assert "\x1b" not in choices[2] and "\\x1b" in choices[2]


async def test_the_command_palette_shows_a_hostile_title_literally(tmp_path):
    entry = ferry_entry(tmp_path, title="[@click=app.quit]Ferry[/]")
    app = make_app(tmp_path, [entry])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        from tests.tui.test_everywhere import palette

        shown = await palette(pilot, "ferry", "Start: [@click=app.quit]Ferry[/]")
        assert shown.startswith("Start: [@click=app.quit]Ferry[/]")
        assert isinstance(app.screen, QuestionScreen)
        assert app.is_running


async def test_a_ten_thousand_character_prompt_is_readable(tmp_path):
    long = hostile_question()
    long.prompt = "word " * 2000
    app = make_app(tmp_path, [ferry_entry(tmp_path, [long])])
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("enter", "2")
        await pilot.pause()
        assert visual(app.screen.query_one("#prompt", Static)) == long.prompt
        # The feedback is scrolled into view below the long prompt.
        verdict = app.screen.query_one("#verdict")
        assert app.screen.query_one("#question-body").region.contains_region(verdict.region)


async def test_a_hostile_source_is_shown_literally_in_the_source_viewer(tmp_path):
    from quiz.sources import parse_source

    text = "[@click=app.quit]Click[/] here. The \x1b[2J screen \u202estays\u202c intact. [bold]Last[/bold] one."
    question = Question(id="q", kind="true_false", prompt="True or false: it stays intact.", answer=True,
                        explanation="It does.", citation=Citation(2, "The screen stays intact."))
    entry = ferry_entry(tmp_path, [question])
    entry.document = parse_source(text, "hostile.txt")
    app = make_app(tmp_path, [entry])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("enter", "t", "s")
        await pilot.pause()
        rows = [visual(row.query_one(".text", Static)) for row in app.screen.query(".sentence")]
        assert rows[0] == "[@click=app.quit]Click[/] here."
        assert "\x1b" not in rows[1] and "\\x1b[2J" in rows[1] and "\\u202e" in rows[1]
        await pilot.click(app.screen.query(".sentence .text").first(), offset=(3, 0))
        assert app.is_running
