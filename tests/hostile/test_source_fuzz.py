"""Source files of any bytes: a document whose sentences slice back to its text, or a located
error; never an exception. tests/test_sources_properties.py covers the splitter on any text."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quiz import sources
from quiz.problems import ProblemError
from quiz.sources import read_source

NEWS_BYTES = st.lists(st.sampled_from([b"Mr. Smith said.", b" ", b"\n", b"\r\n", b"\xef\xbb\xbf", b"\xc2", b"\xff",
                                       b"\x00", b"\x1b[2J", "“x”".encode(), "\u202e".encode(), b"date 2021-02-26 ",
                                       b"A.", b"\xe2\x80"]) | st.binary(max_size=8), max_size=40).map(b"".join)


def _holds(path) -> None:
    try:
        doc = read_source(path)
    except ProblemError as error:
        problem = error.problem
        assert problem.line >= 1 and problem.column >= 1 and "UTF-8" in problem.message
        return
    data = path.read_bytes()
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.text == data.decode("utf-8").removeprefix("\ufeff")
    for n, sentence in enumerate(doc.sentences, start=1):
        assert sentence.n == n and doc.text[sentence.start:sentence.end] == sentence.text


@settings(max_examples=300, deadline=2000)
@given(NEWS_BYTES)
@example(b"\xef\xbb\xbf\xef\xbb\xbfA. B.")  # two BOMs: only the first is not text
def test_any_bytes_read_as_a_document_or_a_located_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("src") / "a.txt"
    path.write_bytes(data)
    _holds(path)


@pytest.mark.parametrize("line", [
    "word " * (1024 * 1024),  # 5 MB, no punctuation at all
    "x" * (5 * 1024 * 1024),  # 5 MB, not even a space
    "\u200b" * (2 * 1024 * 1024),  # 6 MB of zero-width spaces
], ids=["words", "one-token", "zero-width"])
def test_a_single_5_mb_line_without_punctuation(tmp_path, line):
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")
    doc = read_source(path)
    assert len(doc.sentences) <= 1
    for sentence in doc.sentences:
        assert doc.text[sentence.start:sentence.end] == sentence.text


def test_a_source_over_the_size_cap_is_refused_before_reading_it_all(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        stream.truncate(sources.MAX_SOURCE_BYTES + 1)  # sparse: cheap to make
    with pytest.raises(ProblemError) as caught:
        read_source(path)
    assert (caught.value.problem.line, caught.value.problem.column) == (1, 1)
    assert "over 50 MB" in caught.value.problem.message
