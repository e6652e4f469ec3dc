"""Checking a loaded set against its source: the file, its hash, and every citation.

A citation names a sentence by number (as `quiz sentences` numbers them) and
quotes it. The quote must match that sentence, white space aside. When it
does not, we say whether the quote now stands at another number (the source
gained or lost a sentence above it) or is gone (the citation is stale).
"""

from __future__ import annotations

from pathlib import Path

from quiz.model import Question, QuestionSet
from quiz.problems import WARNING, Problem, ProblemError
from quiz.regularfile import file_kind_problem
from quiz.setpaths import resolve_source
from quiz.sources import SourceDocument, normalize_space, read_source

_SHOWN = 80  # characters of a sentence quoted back in a message


def check_citations(set_path: str, question_set: QuestionSet, locations: dict, question_index: list[int],
                    sources_dir: str | Path | None = None) -> list[Problem]:
    """Problems with the set's source and with its questions' citations.

    `locations` and `question_index` are those of quiz.storage.Loaded: where each value stands,
    and the file position of each question in `question_set`.
    """
    return check_against_source(set_path, question_set, locations, question_index, sources_dir)[0]


def check_against_source(set_path: str, question_set: QuestionSet, locations: dict, question_index: list[int],
                         sources_dir: str | Path | None = None) -> tuple[list[Problem], SourceDocument | None]:
    """check_citations, and the source document it read (None if it could not): the app shows
    that document, so it is read once."""
    path_at = locations.get(("source", "path"), (1, 1))
    try:
        source_file = resolve_source(set_path, question_set, sources_dir)
    except ProblemError as error:
        return [error.problem], None
    kind = file_kind_problem(source_file)
    if kind is not None:
        return [Problem(set_path, *path_at, f"the source file {source_file} {kind}; fix source.path "
                                            "(it is relative to the sources folder) or pass --sources DIR")], None
    try:
        document = read_source(source_file)
    except ProblemError as error:
        return [Problem(set_path, *path_at, "the source file cannot be read (see the next message)"),
                error.problem], None
    return _check_document(set_path, question_set, locations, question_index, document), document


def _check_document(set_path: str, question_set: QuestionSet, locations: dict, question_index: list[int],
                    document: SourceDocument) -> list[Problem]:
    path_at = locations.get(("source", "path"), (1, 1))
    problems: list[Problem] = []
    expected = question_set.source.sha256
    if expected and expected != document.sha256:
        at = locations.get(("source", "sha256"), path_at)
        problems.append(Problem(set_path, *at, "the source file changed since this set was made: check the "
                                               f"citations, then set `sha256: {document.sha256}`", WARNING))
    where_is = _sentence_numbers(document)
    for question, position in zip(question_set.questions, question_index):
        problem = _check_one(set_path, question, position, document, where_is, locations)
        if problem is not None:
            problems.append(problem)
    return problems


def _sentence_numbers(document: SourceDocument) -> dict[str, int]:
    """Each sentence's text, white space normalised, to its first number."""
    numbers: dict[str, int] = {}
    for sentence in document.sentences:
        numbers.setdefault(normalize_space(sentence.text), sentence.n)
    return numbers


def _check_one(set_path: str, question: Question, position: int, document: SourceDocument,
               where_is: dict[str, int], locations: dict) -> Problem | None:
    number = question.citation.sentence
    quote = normalize_space(question.citation.quote)
    sentence = document.sentence(number)
    if sentence is not None and normalize_space(sentence.text) == quote:
        return None
    # Located only now: a set read by the fast path works out most locations when first asked.
    key = ("questions", position, "citation")
    sentence_at = locations.get(key + ("sentence",), (1, 1))
    quote_at = locations.get(key + ("quote",), sentence_at)
    elsewhere = where_is.get(quote)
    count = len(document.sentences)
    if elsewhere is not None:
        return Problem(set_path, *sentence_at, f"the quote is sentence {elsewhere}, not {number}: "
                                               f"set `sentence: {elsewhere}`")
    edited = " (this generated question was edited by hand)" if question.fingerprint else ""
    if sentence is None:
        return Problem(set_path, *sentence_at, f"sentence {number} does not exist: the source has {count} "
                                               f"sentence{'s' if count != 1 else ''}, and the quote is not "
                                               f"among them: the citation is stale{edited}; see "
                                               "`quiz sentences` for the numbers")
    return Problem(set_path, *quote_at, f"the quote does not match sentence {number} "
                                        f"(“{_short(sentence.text)}”) and is not in the source: the citation "
                                        f"is stale{edited}; copy the sentence it rests on from `quiz sentences`")


def _short(text: str) -> str:
    text = normalize_space(text)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"
