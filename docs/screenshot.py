"""Draw docs/feedback.svg, the README's picture of the feedback screen: `python docs/screenshot.py`.

Plays the seed's set shipped in the package, in file order, answers its first
false claim wrongly, and saves what the screen shows right after.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent


async def main() -> None:
    from quiz.tui.app import QuizApp
    from quiz.tui.catalog import load_catalog
    from quiz.tui.launch import packaged_sets
    from quiz.tui.session import PlayOptions

    with tempfile.TemporaryDirectory() as data:  # leave the person's own history alone
        app = QuizApp(partial(load_catalog, [str(packaged_sets())]), PlayOptions(shuffle=False), play=True,
                      history_path=Path(data) / "history.sqlite3", settings_path=Path(data) / "settings.json",
                      theme="textual-dark")
        app.animation_level = "none"
        async with app.run_test(size=(100, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            session = app.screen.session
            # Answer rightly up to the first false claim, then wrongly: the fullest feedback there is.
            while not (session.current.question.kind == "true_false" and session.current.question.change):
                await pilot.press(str(session.current.correct + 1), "enter")
            await pilot.press("t")
            await pilot.pause()
            print(app.save_screenshot("feedback.svg", str(HERE)))


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
