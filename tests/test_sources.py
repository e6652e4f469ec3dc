"""Source documents: reading, header metadata, sentence splitting with exact offsets."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import re
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz import sources
from quiz.problems import ProblemError
from quiz.sources import (
    Sentence,
    SourceDocument,
    normalize_space,
    parse_source,
    read_source,
    split_sentences,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ac34c4d9b940b12e.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sentences"


def texts(text: str) -> list[str]:
    return [normalize_space(s.text) for s in parse_source(text).sentences]


def assert_slices_back(doc: SourceDocument) -> None:
    previous_end = 0
    for number, sentence in enumerate(doc.sentences, start=1):
        assert sentence.n == number
        assert doc.text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert previous_end <= sentence.start < sentence.end
        previous_end = sentence.end


# --- the seed -------------------------------------------------------------------------------

SEED_FIRST_WORDS = [
    "The Pentagon said the strike was ordered",
    "The action destroyed",
    "Militia officials said",
    "The Pentagon said its strike",
    "It came after a civilian contractor",
    "A US service member",
    "Rockets have also struck",
    "There are about 2,500",
    "What do we know about the air strike?",
    "The Pentagon said the strike on Thursday",
    "It targeted facilities",
    "Kataib Hezbollah and Kataib Sayyid",
    "In its statement",
    "The US did not confirm",
    "The official said",
    "The Syrian Observatory",
    "“The strikes destroyed three lorries carrying munitions,” the observatory’s Rami Abdul Rahman earlier told AFP.",
    "“There were many casualties.”",
    "Kataib Hezbollah has denied",
    "“We know what we hit,” he said.",
    "“We’re confident",
    "Pentagon Press Secretary John Kirby",
    "Since 2009",
    "Iran’s influence",
]


@pytest.fixture(scope="module")
def seed() -> SourceDocument:
    return read_source(SEED)


def test_the_seed_has_24_sentences_in_order(seed):
    assert len(seed.sentences) == 24
    for sentence, start in zip(seed.sentences, SEED_FIRST_WORDS):
        assert sentence.text.startswith(start), (sentence.n, sentence.text)
    assert seed.sentence(9).text == "What do we know about the air strike?"
    assert seed.sentence(18).text == "“There were many casualties.”"
    assert seed.sentence(13).text.endswith("it said in a statement..")
    assert seed.sentence(24).text.endswith("Saddam Hussein in 2003.")


def test_the_seed_header_is_its_date_and_not_a_sentence(seed):
    assert seed.date == "2021-02-26"
    assert seed.title is None
    assert seed.body_start == 17
    assert seed.sentences[0].start == 17
    assert seed.sentences[0].text.startswith("The Pentagon said")


def test_the_seed_offsets_slice_back_and_hash_is_of_the_bytes(seed):
    assert_slices_back(seed)
    assert seed.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert seed.text == SEED.read_text(encoding="utf-8")


def test_sentence_lookup_is_one_based_and_none_outside(seed):
    assert seed.sentence(1) == seed.sentences[0]
    assert seed.sentence(24) == seed.sentences[-1]
    for n in (0, -1, 25, 999):
        assert seed.sentence(n) is None


def test_line_col_is_one_based(seed):
    assert seed.line_col(0) == (1, 1)
    assert seed.line_col(17) == (1, 18)
    second = seed.sentence(2)
    assert seed.line_col(second.start) == (2, 1)
    assert seed.line_col(seed.sentence(6).start)[0] == 5  # two sentences on line 5
    assert seed.line_col(10**9)[0] == seed.text.count("\n") + 1


# --- fixtures of tricky cases -------------------------------------------------------------------

FIXTURE_NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


def test_there_are_fixtures():
    assert len(FIXTURE_NAMES) >= 6


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_splits_as_expected(name):
    """Each fixtures/sentences/NAME.txt splits into the lines of NAME.sentences (white space normalised)."""
    doc = read_source(FIXTURES / f"{name}.txt")
    expected = (FIXTURES / f"{name}.sentences").read_text(encoding="utf-8").splitlines()
    assert [normalize_space(s.text) for s in doc.sentences] == expected
    assert_slices_back(doc)


CASES = [
    # (text, expected sentences)
    ("Mr. Smith arrived. He sat.", ["Mr. Smith arrived.", "He sat."]),
    ("It was 3 p.m. Police said so.", ["It was 3 p.m.", "Police said so."]),
    ("It starts at 9 a.m. GMT on Monday.", ["It starts at 9 a.m. GMT on Monday."]),
    ("She spoke at 9 a.m. Thursday and 5 p.m. May 3. Nobody came.",
     ["She spoke at 9 a.m. Thursday and 5 p.m. May 3.", "Nobody came."]),
    ("Apple Inc. Chief Tim Cook spoke. Apple Inc. The firm rose.",
     ["Apple Inc. Chief Tim Cook spoke.", "Apple Inc.", "The firm rose."]),
    ("He lives in the U.S. “It is home,” he says.", ["He lives in the U.S.", "“It is home,” he says."]),
    ("Apple Inc. (AAPL) rose. Shares in Acme Corp. “soared”, he said.",
     ["Apple Inc. (AAPL) rose.", "Shares in Acme Corp. “soared”, he said."]),
    ("The U.S. Army left. Room no. 5 was empty. It cost $5. 20 people came.",
     ["The U.S. Army left.", "Room no. 5 was empty.", "It cost $5.", "20 people came."]),
    ("See No. 10 Downing St. for details.", ["See No. 10 Downing St. for details."]),
    ("Tell the FT. But not the MS. Patients agree.", ["Tell the FT.", "But not the MS.", "Patients agree."]),
    ("She has a Ph.D. in law. He has a Ph.D. The end.", ["She has a Ph.D. in law.", "He has a Ph.D.", "The end."]),
    ("Roe v. Wade stands. King Henry V. The end.", ["Roe v. Wade stands.", "King Henry V.", "The end."]),
    ("1. First point\n2. Second point", ["1. First point", "2. Second point"]),
    ("eBay rose. iPod sales fell.", ["eBay rose.", "iPod sales fell."]),
    ("It rose.\niPod sales fell", ["It rose.", "iPod sales fell"]),
    ("Yahoo! said it would. Yahoo! The end.", ["Yahoo! said it would.", "Yahoo!", "The end."]),
    ("What? No! Yes.", ["What?", "No!", "Yes."]),
    ("Line one\r\nLine two\r\n\r\nLine three.", ["Line one", "Line two", "Line three."]),
    ("A sentence that goes on\nand on to the next line.", ["A sentence that goes on and on to the next line."]),
    ("He said:\n“Go.”", ["He said: “Go.”"]),
    ("Intro.\n\nParagraph one ends here\n\n   \n\nparagraph two starts lowercase.",
     ["Intro.", "Paragraph one ends here", "paragraph two starts lowercase."]),
    ("First.\u2029Second\u2028line.", ["First.", "Second line."]),
    ("* * *\n\nReal text.", ["Real text."]),
    ("No terminator at all", ["No terminator at all"]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_tricky_case(text, expected):
    assert texts(text) == expected


def test_split_sentences_respects_start_and_end():
    text = "Skip this. Keep this. And this. Not this."
    spans = split_sentences(text, 11, 31)
    assert [text[a:b] for a, b in spans] == ["Keep this.", "And this."]
    assert split_sentences(text, 5, 5) == []
    assert split_sentences(text, -3, 10**6) == split_sentences(text)


# --- header metadata --------------------------------------------------------------------------

def test_title_is_a_first_line_followed_by_a_blank_line():
    doc = parse_source("Ad sales boost profit\n\nProfits rose. Sales too.\n")
    assert doc.title == "Ad sales boost profit"
    assert texts(doc.text) == ["Profits rose.", "Sales too."]
    assert doc.sentences[0].start == doc.text.index("Profits")


def test_date_then_title():
    doc = parse_source("  date 2024-03-01\nBig news today\n\nIt happened. Really.")
    assert (doc.date, doc.title) == ("2024-03-01", "Big news today")
    assert [s.text for s in doc.sentences] == ["It happened.", "Really."]


def test_title_then_date():
    doc = parse_source("Big news today\n\ndate 2024-03-01\n\nIt happened.")
    assert (doc.date, doc.title) == ("2024-03-01", "Big news today")
    assert [s.text for s in doc.sentences] == ["It happened."]


@pytest.mark.parametrize("text", [
    "date 2021-02-30 The day that never was.",  # not a calendar date
    "date 2021-13-01 Bad month.",
    "date 21-02-26 Short year.",
    "update 2021-02-26 Not a header.",
    "date 2021-02-26x Glued on.",
])
def test_an_invalid_date_is_not_a_header(text):
    doc = parse_source(text)
    assert doc.date is None
    assert doc.sentences[0].start == 0


def test_a_first_sentence_with_a_period_is_not_a_title():
    doc = parse_source("It was a dark day.\n\nThen it rained.")
    assert doc.title is None
    assert texts(doc.text) == ["It was a dark day.", "Then it rained."]


def test_a_title_needs_a_body_after_it():
    doc = parse_source("Only a line\n\n")
    assert doc.title is None
    assert texts(doc.text) == ["Only a line"]


def test_bom_is_removed_from_text_and_offsets(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfdate 2020-01-02 Hello there. Bye.")
    doc = read_source(path)
    assert doc.text.startswith("date")
    assert doc.date == "2020-01-02"
    assert [s.text for s in doc.sentences] == ["Hello there.", "Bye."]
    assert_slices_back(doc)
    assert parse_source("\ufeffHi.").text == "Hi."


def test_normalize_space():
    assert normalize_space("  a\n\tb   c \u00a0d ") == "a b c d"
    assert normalize_space("") == ""


def test_sentence_is_frozen():
    sentence = Sentence(1, 0, 3, "Hi.")
    with pytest.raises(AttributeError):
        sentence.n = 2  # type: ignore[misc]


def test_sentence_is_a_value_like_any_dataclass():
    # Sentence writes its own __init__ (for speed); the rest must be as @dataclass makes it.
    sentence = Sentence(1, 0, 3, "Hi.")
    assert sentence == Sentence(n=1, start=0, end=3, text="Hi.") != Sentence(2, 0, 3, "Hi.")
    assert hash(sentence) == hash(Sentence(1, 0, 3, "Hi."))
    assert dataclasses.asdict(sentence) == {"n": 1, "start": 0, "end": 3, "text": "Hi."}
    assert dataclasses.replace(sentence, n=2) == Sentence(2, 0, 3, "Hi.")
    assert repr(sentence) == "Sentence(n=1, start=0, end=3, text='Hi.')"
    assert pickle.loads(pickle.dumps(sentence)) == sentence


# --- reading errors ---------------------------------------------------------------------------

def test_invalid_utf8_names_line_and_byte(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"First line.\nSecond line.\nabcdefghijklm\xff here.\n")
    with pytest.raises(ProblemError) as caught:
        read_source(path)
    problem = caught.value.problem
    assert (problem.line, problem.column) == (3, 14)
    assert "0xff" in problem.message and "line 3, byte 14" in problem.message and "UTF-8" in problem.message
    assert str(problem).startswith(f"{path}:3:14: error:")


def test_invalid_utf8_column_counts_characters_and_bom(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xef\xbb\xbf\xc3\xa9t\xc3\xa9 \xc0 x")  # BOM, "été ", a bad lead byte
    with pytest.raises(ProblemError) as caught:
        read_source(path)
    problem = caught.value.problem
    assert (problem.line, problem.column) == (1, 5)
    assert "byte 10" in problem.message  # counted in the file, BOM included


def test_truncated_utf8_at_end(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(b"Fine.\nCut \xe2\x80")
    with pytest.raises(ProblemError) as caught:
        read_source(path)
    assert caught.value.problem.line == 2
    assert "incomplete" in caught.value.problem.message


def test_missing_file_and_folder_are_located_problems(tmp_path):
    for path, words in ((tmp_path / "nope.txt", "no such"), (tmp_path, "folder")):
        with pytest.raises(ProblemError) as caught:
            read_source(path)
        problem = caught.value.problem
        assert (problem.path, problem.line, problem.column) == (str(path), 1, 1)
        assert words in problem.message


def test_empty_file_has_no_sentences(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    doc = read_source(path)
    assert doc.sentences == [] and doc.title is None and doc.date is None
    assert doc.sentence(1) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_read_whole_though_its_size_says_0(tmp_path):
    # read_source sizes its first read by the file's size; a pipe (like a growing file) holds more.
    # (A pipe is read only where a person named it, `quiz sentences <(…)`: see test_hardening_files.)
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    body = "Pipe title\n\n" + "A sentence from a pipe. " * 2000
    writer = threading.Thread(target=path.write_text, args=(body,))
    writer.start()
    try:
        doc = read_source(path, pipe_ok=True)
    finally:
        writer.join()
    assert doc.text == body and doc.title == "Pipe title" and len(doc.sentences) == 2000


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(['.', '..', '"', "'", "”", "’", ")", "]", "(", "a", " ", "…", "“"]), max_size=8).map("".join))
def test_a_title_ending_in_a_period_is_found_as_the_regex_it_replaced_found_it(line):
    assert sources._ends_in_a_period(line) == bool(re.search(r"(?<!\.)\.[\"'”’)\]]*$", line))


def test_a_headline_right_above_a_byline_is_the_documents_headline():
    doc = parse_source("Ferry Fares Rise Again in Kinloch\nBy Ruth Cole\n\nKINLOCH — Fares rose 5% on Monday.\n")
    assert doc.title is None  # (no blank line under it: the header format does not take it)
    assert doc.sentences[0].text == "Ferry Fares Rise Again in Kinloch"  # numbering is unchanged
    assert doc.headline == "Ferry Fares Rise Again in Kinloch"
    assert parse_source("Ferry fares\n\nFares rose 5% on Monday.\n").headline == "Ferry fares"
    for text in ["Fares rose 5% on Monday.\nThey fell in May.\n", "By Ruth Cole\nFares rose 5% on Monday.\n",
                 "Fares rose\n"]:
        assert parse_source(text).headline is None, text


@pytest.mark.parametrize(("top", "date"), [
    ("By Robert Anand\nNovember 12, 2025", "2025-11-12"),
    ("Published 3 November 2025", "2025-11-03"),
    ("By Jo Bloggs, 9 June 2025", "2025-06-09"),
    ("Updated: Nov. 3, 2025", "2025-11-03"),
    ("Posted: 2025-01-14 09:30", "2025-01-14"),
    ("By Jo Bloggs, 31 June 2025", None),  # no such day
    ("March 2025", None),  # no day: no date to anchor 'this week' to
])
def test_a_date_line_under_the_headline_is_the_articles_date(top, date):
    doc = parse_source(f"Kinloch ferry sails\n\n{top}\n\nThe ferry sailed on Tuesday. It was full.\n")
    assert doc.date == date
    assert doc.sentences[-1].text == "It was full."  # the line stays a numbered sentence


def test_a_date_inside_the_articles_first_sentence_is_no_date_line():
    assert parse_source("Kinloch\n\nThe ferry sailed on 3 November 2025.\n").date is None
    assert parse_source("date 2024-01-02\nKinloch\n\nBy Jo Bloggs, 9 June 2025\n\nIt sailed.\n").date == "2024-01-02"
