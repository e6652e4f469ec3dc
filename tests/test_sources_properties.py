"""Properties of the splitter on any text: offsets always slice back, nothing overlaps, no crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.sources import parse_source, split_sentences

# Text biased towards what the splitter looks at: terminators, quotes, brackets, line breaks,
# abbreviations, plus any Unicode character at all (controls, surrogate-free).
PIECES = st.sampled_from([
    ".", "..", "...", "…", "?", "!", "?!", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\t",
    "\x0b", "\x0c", "\x1c", "\x85", "\u00a0", '"', "'", "“", "”", "‘", "’", "(", ")", "[", "]", "«", "»",
    "Mr.", "U.S.", "a.m.", "e.g.", "No.", "Inc.", "J.", "1.", "3.5", "$2.5bn", "The", "he", "said", "eBay",
    "date 2021-02-26 ", "date ", "2021-02-26", "- ", "* ", "\ufeff", "\x00", "\x1b[31m",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


def check_spans(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    previous = start
    for a, b in spans:
        assert previous <= a < b <= end
        piece = text[a:b]
        assert piece == piece.strip()
        assert any(char.isalnum() or char == "_" for char in piece)
        previous = b


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_spans_are_ordered_stripped_and_inside(text):
    check_spans(text, split_sentences(text))


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(-5, 80), st.integers(-5, 80))
def test_spans_stay_inside_a_window(text, start, end):
    spans = split_sentences(text, start, end)
    low = max(0, min(start, len(text)))
    high = max(0, min(end, len(text)))
    if high < low:
        assert spans == []
    else:
        check_spans(text, spans, low, high)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_documents_slice_back_and_number_from_one(text):
    doc = parse_source(text)
    body = doc.text
    assert doc.body_start <= len(body)
    for n, sentence in enumerate(doc.sentences, start=1):
        assert sentence.n == n
        assert body[sentence.start:sentence.end] == sentence.text
        assert sentence.start >= doc.body_start
        line, column = doc.line_col(sentence.start)
        assert line == body.count("\n", 0, sentence.start) + 1 and column >= 1


def test_a_single_5mb_line_splits_and_slices_back():
    unit = "The U.S. said profits rose 3.5% to $2.5bn... “Really?” he asked. Mr. Smith agreed "
    text = unit * (5 * 1024 * 1024 // len(unit))
    spans = split_sentences(text)
    assert len(spans) > 100_000
    check_spans(text, spans)
    a, b = spans[1]
    assert text[a:b] == "“Really?” he asked."


def test_pathological_runs_do_not_hang():
    for text in ("." * 2_000_000, "\n \n" * 500_000, " " * 2_000_000 + "x.", ".”" * 1_000_000, "a." * 1_000_000):
        check_spans(text, split_sentences(text))


def test_a_crlf_line_break_inside_a_sentence_is_no_paragraph():
    text = "The board met on Monday after a long\r\ndebate about the ferry.\r\nIt voted to build it.\r\n"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The board met on Monday after a long\r\ndebate about the ferry.", "It voted to build it."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["The ferry sailed", "at dawn.", "It was late", "", " ", "Mr Reid said so.",
                                 "Harbour news", "“We sailed.”"]), max_size=12))
def test_crlf_and_lf_text_split_alike(lines):
    lf = "\n".join(lines)
    crlf = "\r\n".join(lines)
    as_lf = [crlf[a:b].replace("\r\n", "\n") for a, b in split_sentences(crlf)]
    assert as_lf == [lf[a:b] for a, b in split_sentences(lf)]
