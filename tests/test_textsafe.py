"""Terminal output never carries control characters taken from files."""

import pytest

from quiz.textsafe import printable, single_line


@pytest.mark.parametrize(
    "hostile, shown",
    [
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),  # ANSI colour
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),  # terminal title (OSC)
        ("abc\u202edcba", "abc\\u202edcba"),  # bidi override
        ("a\u2066b\u2069", "a\\u2066b\\u2069"),  # bidi isolate
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("nul\x00", "nul\\x00"),
        ("csi\x9b", "csi\\x9b"),  # 8-bit CSI
        ("line\u2028sep", "line\\u2028sep"),
    ],
)
def test_control_characters_are_shown_as_escapes(hostile, shown):
    assert printable(hostile) == shown


def test_ordinary_text_is_untouched():
    text = "“We know what we hit,” he said — £102.80, 3.5%, café\tand\nmore"
    assert printable(text) == text


def test_single_line_escapes_breaks():
    assert single_line("a\nb\tc\rd") == "a\\nb\\tc\\x0dd"
