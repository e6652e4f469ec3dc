"""Showing text from sets and sources: always as data, never as markup or terminal control.

A prompt may contain `[bold]`, `[@click=app.quit]`, an ANSI escape or a bidi
override. Content(...) never parses markup, and printable() turns control
characters into visible escapes, so such a prompt shows as typed and can do nothing.
"""

from __future__ import annotations

from textual.content import Content

from quiz.textsafe import printable, single_line


def literal(text: object, style: str = "") -> Content:
    """Text from a file, shown exactly as written (line breaks kept)."""
    content = Content(printable(str(text)))
    return content.stylize(style) if style else content


def literal_line(text: object, style: str = "") -> Content:
    """Like literal(), on one line: for titles and list rows."""
    content = Content(single_line(str(text)))
    return content.stylize(style) if style else content


def join(*parts: Content | str) -> Content:
    """Concatenate pieces; plain str pieces are ours (no markup parsing either)."""
    return Content("").join(part if isinstance(part, Content) else Content(part) for part in parts)


def duration(seconds: float) -> str:
    """'45 s', '2 min 05 s', '1 h 02 min'."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
