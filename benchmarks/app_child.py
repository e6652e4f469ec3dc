"""One app run for the app benchmark, in a process of its own (see app.py).

    python3 app_child.py bare                    a bare Textual app showing one Static
    python3 app_child.py launch SET DATA         the quiz app (`quiz play SET`) up to its first question
    python3 app_child.py keys SET DATA N         N answers (at most one per question): keypress -> feedback
                                                 on screen, in ms
    python3 app_child.py memory SET DATA         peak memory (VmHWM) after the first question and a few answers

"Shown" means painted: the screen's compositor rendered a frame in which the
widget has a place on screen. Headless, Textual renders every frame but writes
it nowhere; we watch App._display, which receives each rendered frame.
`launch` and `bare` print "shown S" the moment that happens, S being the seconds
since the app was made (imports done: the app's own launch, as Pilot sees it);
the parent also times from starting this process (Python's start and the imports
included, as a person sees it). The others print one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from pathlib import Path

SIZE = (100, 32)


def watch_frames(app, seen) -> None:
    """Call seen() after every frame the app renders."""
    display = app._display

    def display_and_look(screen, renderable) -> None:
        display(screen, renderable)
        if renderable is not None:
            seen()

    app._display = display_and_look


def placed(widget) -> bool:
    return widget.is_mounted and widget.region.height > 0


async def bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Static("Hello", id="hello")

    start = time.perf_counter()
    app = Bare()
    shown = asyncio.Event()

    def seen() -> None:
        if not shown.is_set() and app.screen.query("#hello") and placed(app.screen.query_one("#hello")):
            print(f"shown {time.perf_counter() - start:.6f}", flush=True)
            shown.set()

    watch_frames(app, seen)
    async with app.run_test(size=SIZE):
        await asyncio.wait_for(shown.wait(), 60)


def quiz_app(set_path: str, data: str):
    from quiz.tui.app import QuizApp
    from quiz.tui.catalog import load_catalog
    from quiz.tui.session import PlayOptions

    folder = Path(data)
    app = QuizApp(lambda: load_catalog([set_path]), PlayOptions(shuffle=False), play=True,
                  history_path=folder / "history.sqlite3", settings_path=folder / "settings.json",
                  theme="textual-dark")
    app.animation_level = "none"
    return app


# query(), not query_one(): Textual's query_one caches what it finds by the DOM's version, and
# looking each question's prompt up by it would keep every question's widgets alive, which
# slows the cycle collector in the very process whose latency is measured.
def shown(app, selector: str) -> bool:
    from quiz.tui.screens.question import QuestionScreen

    screen = app.screen
    if not isinstance(screen, QuestionScreen):
        return False
    found = screen.query(selector)
    return bool(found) and placed(found.first())


def question_shown(app) -> bool:
    return shown(app, "#prompt")


def feedback_shown(app) -> bool:
    return shown(app, "#feedback")  # hidden (not placed) until the question is answered


async def launch(set_path: str, data: str) -> None:
    import quiz.tui.app  # noqa: F401  # imports are timed by the parent, not here
    import quiz.tui.catalog  # noqa: F401

    start = time.perf_counter()
    app = quiz_app(set_path, data)
    shown = asyncio.Event()

    def seen() -> None:
        if not shown.is_set() and question_shown(app):
            print(f"shown {time.perf_counter() - start:.6f}", flush=True)
            shown.set()

    watch_frames(app, seen)
    async with app.run_test(size=SIZE):
        await asyncio.wait_for(shown.wait(), 120)


async def wait_until(condition, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not show what was awaited")
        await asyncio.sleep(0.0005)


async def keys(set_path: str, data: str, count: int) -> list[float]:
    """Answer `count` questions; the milliseconds from each keypress to the frame showing feedback."""
    app = quiz_app(set_path, data)
    painted: list[float] = []  # when each frame with the feedback on screen was rendered
    watch_frames(app, lambda: painted.append(time.perf_counter()) if feedback_shown(app) else None)
    latencies: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(lambda: question_shown(app), 120)
        count = min(count, app.screen.session.total)  # each answer on a question of its own
        for number in range(count):
            await pilot.pause()
            painted.clear()
            pressed = time.perf_counter()
            await pilot.press("1")
            await wait_until(lambda: bool(painted))
            latencies.append((painted[0] - pressed) * 1000)
            if number + 1 < count:
                await pilot.press("enter")
                await wait_until(lambda: question_shown(app) and not feedback_shown(app))
    return latencies


async def memory(set_path: str, data: str) -> dict:
    app = quiz_app(set_path, data)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(lambda: question_shown(app), 120)
        for _ in range(3):
            await pilot.press("1")
            await pilot.press("enter")
        await pilot.pause()
    return {"peak_mb": peak_megabytes()}


def peak_megabytes() -> float:
    """This process's peak resident set size: VmHWM on Linux, else ru_maxrss.

    Not ru_maxrss on Linux: it keeps the high-water mark of the process that started this
    one (exec keeps it, and subprocess starts a child with vfork), so a child of a big
    benchmark process would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes; bytes on macOS
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "bare":
        asyncio.run(bare())
    elif mode == "launch":
        asyncio.run(launch(argv[1], argv[2]))
    elif mode == "keys":
        print(json.dumps({"ms": asyncio.run(keys(argv[1], argv[2], int(argv[3])))}), flush=True)
    elif mode == "memory":
        print(json.dumps(asyncio.run(memory(argv[1], argv[2]))), flush=True)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
