"""Checking a composed question-set document against format version 1.

Works on the located nodes of quiz.yamlnodes, so every problem names the line
and column a person must fix, and reports all problems in one pass. A value's
YAML 1.1 type is worked out only where text, a number or a boolean is
expected, which keeps a 10,000-question set fast.
"""

from __future__ import annotations

import datetime

import difflib
import re
from dataclasses import dataclass, field

from quiz.model import (DIFFICULTIES, FORMAT_VERSION, KINDS, MULTIPLE_CHOICE, TRUE_FALSE, Change,
                        Citation, Question, QuestionSet, SourceRef)
from quiz.problems import ERROR, WARNING, Problem
from quiz.yamlnodes import (BOOL, FLOAT, INT, MAYBE_TYPED, NULL, STR, TIMESTAMP, Locations, Mapping, Node, Scalar,
                            Sequence)

MAX_QUESTIONS = 10_000
MAX_CHOICES = 10
MAX_TAGS = 20
MAX_TEXT = 20_000  # characters in one text field; a 10,000-character prompt still loads

SET_FIELDS = ("format", "title", "source", "questions", "generated")
SOURCE_FIELDS = ("path", "date", "sha256")
QUESTION_FIELDS = ("id", "kind", "prompt", "choices", "answer", "explanation", "citation", "tags",
                   "difficulty", "change", "fingerprint")
CITATION_FIELDS = ("sentence", "quote")
CHANGE_FIELDS = ("claim", "source")
# Where each field lives, to tell a person whose field is indented to the wrong level.
_HOMES = {"the set": SET_FIELDS, "source": SOURCE_FIELDS, "a question": QUESTION_FIELDS,
          "citation": CITATION_FIELDS, "change": CHANGE_FIELDS}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
_WHOLE = re.compile(r"(0|[1-9][0-9]*)\Z")
_TRUE = ("true", "True", "TRUE")
_FALSE = ("false", "False", "FALSE")
_TYPE_NAMES = {BOOL: "a boolean", INT: "a number", FLOAT: "a number", TIMESTAMP: "a date", NULL: "empty (null)"}

Key = tuple  # a location key: ("questions", 3, "citation", "quote")


@dataclass
class Validated:
    """What validation made of a document."""

    question_set: QuestionSet | None  # every part that is valid (questions with errors left out)
    problems: list[Problem]
    locations: Locations = field(default_factory=Locations)  # (line, column) of each value
    question_index: list[int] = field(default_factory=list)  # file position of each question kept


class _Validator:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.locations = Locations()

    def error(self, node: Node, message: str, severity: str = ERROR) -> None:
        self.problems.append(Problem(self.path, node.line, node.column, message, severity))

    # --- mappings ---------------------------------------------------------------------------

    def fields(self, node: Node, allowed: tuple[str, ...], required: tuple[str, ...], where: str,
               key: Key) -> dict[str, Node] | None:
        """The mapping's values by field name; reports unknown, duplicate and missing fields."""
        if type(node) is not Mapping:
            self.error(node, f"{where} must be a mapping of fields (`name: value` lines), not {_what(node)}")
            return None
        found: dict[str, Node] = {}
        first: dict[str, Node] = {}
        unknown: list[str] = []
        items = node.items  # type: ignore[attr-defined]  # key, value, key, value...
        for key_node, value in zip(items[0::2], items[1::2]):
            if type(key_node) is not Scalar:
                self.error(key_node, f"a field name in {where} must be plain text, not {_what(key_node)}")
                continue
            name = key_node.value  # type: ignore[attr-defined]
            if name in first:
                line = first[name].line
                self.error(key_node, f"duplicate field `{name}` in {where} (first at line {line}); "
                                     "YAML would silently keep only the last: remove one")
                continue
            first[name] = key_node
            if name not in allowed:
                unknown.append(name)
                self.error(key_node, _unknown_field(name, allowed, where))
                continue
            found[name] = value
        self.locations.add_fields(key, found, allowed)
        for name in required:
            if name not in found and name not in first and not difflib.get_close_matches(name, unknown, 1, 0.75):
                self.error(node, f"{where} lacks the field `{name}`; add `{name}: ...`")
        return found

    # --- scalars ----------------------------------------------------------------------------

    def text(self, node: Node, label: str, fix: str, *, single_line: bool = False,
             empty_ok: bool = False) -> str | None:
        """A text value, or None after reporting why it is not one.

        `fix` shows how the corrected line looks with {} for the quoted value, e.g. "prompt: {}".
        """
        if type(node) is not Scalar:
            self.error(node, f"{label} must be a text, not {_what(node)}")
            return None
        value: str = node.value  # type: ignore[attr-defined]
        # Most texts start with a character no YAML type starts with: skip the resolver for them.
        if node.plain and value[:1] in MAYBE_TYPED:  # type: ignore[attr-defined]
            tag = node.yaml_type()  # type: ignore[attr-defined]
            if tag != STR:
                self.error(node, _trap(value, tag, label, fix))
                return None
        if not value and not empty_ok:
            self.error(node, f"{label} is empty; write the text")
            return None
        if value.isspace() and not empty_ok:
            self.error(node, f"{label} is only white space; write the text")
            return None
        if len(value) > MAX_TEXT:
            self.error(node, f"{label} is {len(value):,} characters long; the most is {MAX_TEXT:,}")
            return None
        if single_line and ("\n" in value or "\r" in value):
            self.error(node, f"{label} must be a single line")
            return None
        return value

    def choice_of(self, node: Node, label: str, fix: str, options: tuple[str, ...]) -> str | None:
        value = self.text(node, label, fix, single_line=True)
        if value is not None and value not in options:
            self.error(node, f"{label} `{value}` is not one of {', '.join(options)}{_did_you_mean(value, options)}")
            return None
        return value

    def whole(self, node: Node, label: str) -> int | None:
        """A positive whole number written plainly (`3`, not '3', 3.0 or 03)."""
        if type(node) is Scalar and node.plain and _WHOLE.match(node.value):  # type: ignore[attr-defined]
            number = int(node.value)  # type: ignore[attr-defined]
            if number >= 1:
                return number
        if type(node) is Scalar and not node.plain and _WHOLE.match(node.value):  # type: ignore[attr-defined]
            self.error(node, f"{label} must be a number, not a text: remove the quotes")
        elif type(node) is Scalar and node.plain and re.fullmatch(r"0[0-9]+", node.value):  # type: ignore[attr-defined]
            self.error(node, f"{label} must be written without a leading 0 (YAML reads 010 as octal 8)")
        else:
            shown = f"`{node.value}`" if type(node) is Scalar else _what(node)  # type: ignore[attr-defined]
            self.error(node, f"{label} must be a whole number from 1 up, not {shown}")
        return None

    def texts(self, node: Node, label: str, item_label: str, limit: int, *, single_line: bool) -> list[str] | None:
        if type(node) is not Sequence:
            self.error(node, f"{label} must be a list (`- item` lines, or [a, b]), not {_what(node)}")
            return None
        items = node.items  # type: ignore[attr-defined]
        if len(items) > limit:
            self.error(node, f"{label} has {len(items)} items; the most is {limit}")
            return None
        result: list[str] = []
        ok = True
        for item in items:
            value = self.text(item, item_label, "- {}", single_line=single_line)
            ok = ok and value is not None
            result.append(value or "")
        return result if ok else None


def validate(root: Node, path: str) -> Validated:
    checker = _Validator(path)
    top = checker.fields(root, SET_FIELDS, ("format", "title", "source", "questions"), "the set", ())
    if top is None:
        return Validated(None, checker.problems)
    if "format" in top:
        number = checker.whole(top["format"], "format")
        if number is not None and number != FORMAT_VERSION:
            checker.error(top["format"], f"format {number} is not known: this version of quiz reads format "
                                         f"{FORMAT_VERSION}; upgrade quiz")
    title = checker.text(top["title"], "title", "title: {}") if "title" in top else None
    source = _source(checker, top["source"]) if "source" in top else None
    generated: list[str] = []
    if "generated" in top and not _questions_in_generated(checker, top["generated"]):
        generated = checker.texts(top["generated"], "generated", "a generated id", MAX_QUESTIONS * 10,
                                  single_line=True) or []
    questions, index = _questions(checker, top.get("questions"))
    partial = QuestionSet(title=title or "", source=source, questions=questions,  # type: ignore[arg-type]
                          generated=generated) if source is not None else None
    return Validated(partial, checker.problems, checker.locations, index)


def _questions_in_generated(checker: _Validator, node: Node) -> bool:
    """Report each question in the `generated:` list: a question added at the end of the file lands there,
    as `generated:` is the set's last field. Whether there was any."""
    found = False
    for item in node.items if type(node) is Sequence else ():  # type: ignore[attr-defined]
        if type(item) is Mapping and any(type(key) is Scalar and key.value in QUESTION_FIELDS
                                         for key in item.items[0::2]):  # type: ignore[attr-defined]
            checker.error(item, "this question stands in `generated:` (the ids quiz generated, which end the "
                                "file), not in `questions:`; move it up into the `questions:` list, above the "
                                "`generated:` line")
            found = True
    return found


def is_date(text: str) -> bool:
    """A real calendar date written YYYY-MM-DD ('2021-02-30' is none)."""
    if not _DATE.match(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _source(checker: _Validator, node: Node) -> SourceRef | None:
    found = checker.fields(node, SOURCE_FIELDS, ("path",), "source", ("source",))
    if found is None:
        return None
    before = len(checker.problems)
    path = checker.text(found["path"], "source.path", "path: {}", single_line=True) if "path" in found else None
    date = None
    if "date" in found:
        date = checker.text(found["date"], "source.date", "date: {}", single_line=True)
        if date is not None and not is_date(date):
            checker.error(found["date"], f"source.date `{date}` is not a date like '2021-02-26'")
    sha256 = None
    if "sha256" in found:
        sha256 = checker.text(found["sha256"], "source.sha256", "sha256: {}", single_line=True)
        if sha256 is not None and not _SHA256.match(sha256):
            checker.error(found["sha256"], "source.sha256 must be 64 lowercase hex digits (the sha256 of the "
                                           "source file), or left out")
    if path is None or len(checker.problems) > before:
        return None
    return SourceRef(path=path, date=date, sha256=sha256)


def _questions(checker: _Validator, node: Node | None) -> tuple[list[Question], list[int]]:
    if node is None:
        return [], []
    if type(node) is not Sequence:
        checker.error(node, f"questions must be a list of questions (`- id: ...` entries), not {_what(node)}")
        return [], []
    items = node.items  # type: ignore[attr-defined]
    if len(items) > MAX_QUESTIONS:
        checker.error(node, f"the set has {len(items):,} questions; the most is {MAX_QUESTIONS:,}: "
                            "split it into several sets")
        return [], []
    questions: list[Question] = []
    index: list[int] = []
    ids: dict[str, int] = {}
    for position, item in enumerate(items):
        before = len(checker.problems)
        question = _question(checker, item, position)
        if question is not None and question.id in ids:
            checker.error(item, f"duplicate id `{question.id}` (first at line {ids[question.id]}); "
                                "ids must be unique in a set")
        elif question is not None:
            ids[question.id] = item.line
        if question is not None and len(checker.problems) == before:
            questions.append(question)
            index.append(position)
    if not items:
        checker.error(node, "the set has no questions", WARNING)
    return questions, index


def _question(checker: _Validator, node: Node, position: int) -> Question | None:
    key = ("questions", position)
    where = f"question {position + 1}"
    found = checker.fields(node, QUESTION_FIELDS, ("id", "kind", "prompt", "answer", "explanation", "citation"),
                           where, key)
    if found is None:
        return None
    checker.locations[key] = (node.line, node.column)
    before = len(checker.problems)
    text = checker.text
    get = found.get
    qid = text(found["id"], "id", "id: {}", single_line=True) if "id" in found else None
    kind = checker.choice_of(found["kind"], "kind", "kind: {}", KINDS) if "kind" in found else None
    prompt = text(found["prompt"], "prompt", "prompt: {}") if "prompt" in found else None
    explanation = text(found["explanation"], "explanation", "explanation: {}") if "explanation" in found else None
    choices = _choices(checker, get("choices"), kind)
    if kind == MULTIPLE_CHOICE and "choices" not in found:
        checker.error(node, f"{where} is multiple_choice but lacks the field `choices`; add a list of choices")
    answer = _answer(checker, get("answer"), kind, choices)
    citation = _citation(checker, found["citation"], key) if "citation" in found else None
    tags = checker.texts(found["tags"], "tags", "a tag", MAX_TAGS, single_line=True) if "tags" in found else []
    difficulty = "medium"
    if "difficulty" in found:
        difficulty = checker.choice_of(found["difficulty"], "difficulty", "difficulty: {}", DIFFICULTIES) or ""
    change = _change(checker, found["change"], key) if "change" in found else None
    fingerprint = text(found["fingerprint"], "fingerprint", "fingerprint: {}",
                       single_line=True) if "fingerprint" in found else None
    if len(checker.problems) > before or qid is None:
        return None
    return Question(id=qid, kind=kind, prompt=prompt, answer=answer, explanation=explanation,  # type: ignore[arg-type]
                    citation=citation, choices=choices or [], tags=tags or [],  # type: ignore[arg-type]
                    difficulty=difficulty, change=change, fingerprint=fingerprint)


def _choices(checker: _Validator, node: Node | None, kind: str | None) -> list[str] | None:
    if kind == TRUE_FALSE:
        if node is not None:
            checker.error(node, "a true_false question has no choices (its answer is true or false): "
                                "remove `choices`")
        return None
    if node is None:
        return None  # a multiple_choice question without choices is reported by _question
    choices = checker.texts(node, "choices", "a choice", MAX_CHOICES, single_line=False)
    if choices is None:
        return None
    if len(choices) < 2:
        checker.error(node, f"a multiple_choice question needs at least 2 choices; it has {len(choices)}")
    seen: set[str] = set()
    for item, choice in zip(node.items, choices):  # type: ignore[attr-defined]
        if choice in seen:
            checker.error(item, f"the choice `{choice}` appears twice; choices must differ")
        seen.add(choice)
    return choices


def _answer(checker: _Validator, node: Node | None, kind: str | None, choices: list[str] | None) -> str | bool | None:
    if node is None:
        return None  # the missing field is reported already
    if kind == TRUE_FALSE:
        value = node.value if type(node) is Scalar else None  # type: ignore[attr-defined]
        if type(node) is Scalar and node.plain and value in _TRUE + _FALSE:  # type: ignore[attr-defined]
            return value in _TRUE
        if value is not None and value.lower() in ("yes", "no", "on", "off", "true", "false", "y", "n"):
            truth = "true" if value.lower() in ("yes", "on", "true", "y") else "false"
            checker.error(node, f"the answer of a true_false question is written true or false without quotes: "
                                f"write `answer: {truth}`")
        else:
            checker.error(node, "the answer of a true_false question must be true or false")
        return None
    answer = checker.text(node, "answer", "answer: {}")
    if kind == MULTIPLE_CHOICE and answer is not None and choices is not None and answer not in choices:
        checker.error(node, f"the answer `{answer}` is not one of the choices; copy one exactly"
                            f"{_did_you_mean(answer, choices)}")
    return answer


def _citation(checker: _Validator, node: Node, key: Key) -> Citation | None:
    found = checker.fields(node, CITATION_FIELDS, CITATION_FIELDS, "citation", key + ("citation",))
    if found is None:
        return None
    sentence = checker.whole(found["sentence"], "citation.sentence") if "sentence" in found else None
    quote = checker.text(found["quote"], "citation.quote", "quote: {}") if "quote" in found else None
    if sentence is None or quote is None:
        return None
    return Citation(sentence=sentence, quote=quote)


def _change(checker: _Validator, node: Node, key: Key) -> Change | None:
    found = checker.fields(node, CHANGE_FIELDS, CHANGE_FIELDS, "change", key + ("change",))
    if found is None:
        return None
    claim = checker.text(found["claim"], "change.claim", "claim: {}") if "claim" in found else None
    source = checker.text(found["source"], "change.source", "source: {}") if "source" in found else None
    if claim is None or source is None:
        return None
    return Change(claim=claim, source=source)


def _what(node: Node) -> str:
    if type(node) is Mapping:
        return "a mapping of fields"
    if type(node) is Sequence:
        return "a list"
    return f"the value `{node.value}`"  # type: ignore[attr-defined]


def _trap(value: str, tag: str, label: str, fix: str) -> str:
    """A YAML 1.1 surprise: an unquoted value that is read as a boolean, number, date or null."""
    if tag == NULL:
        if value in ("", "~"):
            return f"{label} is empty; write the text after the colon"
        return f"{label} `{value}` is read by YAML as null (no value), not as text: quote it: {fix.format(_quoted(value))}"
    kind = _TYPE_NAMES.get(tag, "a non-text value")
    return (f"{label} `{value}` is read by YAML as {kind}, not as text: quote it: "
            f"{fix.format(_quoted(value))}")


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _did_you_mean(value: str, options: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(value, list(options), 1, 0.6)
    if close:
        return f"; did you mean `{close[0]}`?"
    return f" (the choices: {', '.join(options)})"


def _unknown_field(name: str, allowed: tuple[str, ...], where: str) -> str:
    message = f"unknown field `{name}` in {where}"
    close = difflib.get_close_matches(name, allowed, 1, 0.6)
    if close:
        return f"{message}; did you mean `{close[0]}`?"
    homes = [home for home, names in _HOMES.items() if name in names and names is not allowed]
    if homes:
        return f"{message}: `{name}` is a field of {homes[0]}; check this line's indentation"
    return f"{message}; the fields here are: {', '.join(allowed)}"
