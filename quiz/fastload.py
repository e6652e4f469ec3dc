"""The fast path for loading a question set: a valid set laid out as the format expects.

Nearly every set that is loaded is valid and was written by quiz itself, and for a
big one the careful path (quiz.yamlnodes makes located nodes, quiz.validate checks
them) costs as much again as libyaml's own parsing. This reads the same event
stream knowing the format's fixed shape: it checks each question as its events
arrive and builds the Question directly, with no node tree in between.

It never reports a problem. At the first thing that is not plainly valid (any
value the careful path would find fault with, an unknown or duplicate field, an
anchor, alias or tag, a shape other than the format's, a syntax error, a limit
reached) it raises Unusual, and quiz.storage reads the file again the careful
way. So a file with a problem gets exactly the careful path's problems, and a
valid file gets an equal set (tests/test_storage_fastload.py runs both paths over
the hostile corpus and generated sets to keep them so).
"""

from __future__ import annotations

import re
from array import array

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from quiz import validate as rules
from quiz import yamlnodes
from quiz.lazylocations import LazyLocations
from quiz.model import (DIFFICULTIES, FORMAT_VERSION, MULTIPLE_CHOICE, TRUE_FALSE, Change, Citation,
                        Question, QuestionSet, SourceRef)
from quiz.validate import CHANGE_FIELDS, CITATION_FIELDS, QUESTION_FIELDS, SET_FIELDS, SOURCE_FIELDS, Validated
from quiz.textsafe import OTHER_BOMS
from quiz.yamlnodes import MAYBE_TYPED, STR, plain_type


class Unusual(Exception):
    """The file is not a plainly valid set: read it the careful way, which says what is wrong."""


_SET_SLOTS = {name: slot for slot, name in enumerate(SET_FIELDS)}
_QUESTION_SLOTS = {name: slot for slot, name in enumerate(QUESTION_FIELDS)}
_FIELDS = len(QUESTION_FIELDS)
_SOURCE_KEYS = frozenset(SOURCE_FIELDS)
_CITATION_KEYS = frozenset(CITATION_FIELDS)
_CHANGE_KEYS = frozenset(CHANGE_FIELDS)
_BOOLEANS = {word: True for word in ("true", "True", "TRUE")} | {word: False for word in ("false", "False", "FALSE")}
_POSITIVE = re.compile(r"[1-9][0-9]*\Z")  # validate._WHOLE without 0, which it refuses as less than 1
_MAPPING_ITEMS = 2 * max(len(SOURCE_FIELDS), len(CITATION_FIELDS), len(CHANGE_FIELDS))  # names and values
_LAYOUT_DEPTH = 4  # set > questions > question > citation: the containers open around the deepest value


def load_fast(data: bytes, path: str) -> Validated:
    """What quiz.validate makes of a set file's bytes when they are a valid set, without a node
    tree; Unusual otherwise.

    libyaml reads the bytes as they are: decoding a big file to check it (quiz.yamlnodes.decode)
    and libyaml encoding it back took a tenth of the load. libyaml refuses what decode refuses
    (bytes that are not UTF-8, in values or comments alike), and skips a UTF-8 byte order mark
    without counting it in any column, as decode drops it; a UTF-16 or UTF-32 file is left to
    decode to name.
    """
    if yamlnodes.MAX_DEPTH < _LAYOUT_DEPTH or data.startswith(tuple(bom for bom, _name in OTHER_BOMS)):
        raise Unusual
    loader = yamlnodes._Loader(data)
    try:
        return _Reader(loader.get_event, data, path).document()
    except yaml.YAMLError:
        raise Unusual from None
    finally:
        loader.dispose()


class _Reader:
    def __init__(self, get_event, data: bytes, path: str) -> None:
        self.get = get_event
        self.data = data
        self.path = path
        self.count = 0  # values read, as quiz.yamlnodes counts them against MAX_NODES
        # Anchors and tags begin with & and !: a file without either needs no event checked for them.
        self.checked = b"&" in data or b"!" in data
        self.citations = array("Q")  # where each question's citation sentence and quote stand

    def document(self) -> Validated:
        get = self.get
        if type(get()) is not StreamStartEvent or type(get()) is not DocumentStartEvent:
            raise Unusual
        self.container(get(), MappingStartEvent)
        self.count = 1
        top = self.top_fields()
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent or get() is not None:
            raise Unusual  # a second document, or anything else after the set
        if self.count > yamlnodes.MAX_NODES:
            raise Unusual
        return self.question_set(top)

    # --- reading ------------------------------------------------------------------------------

    def container(self, event, expected: type):
        """`event` if it opens a container of the expected kind, with no anchor or tag."""
        if type(event) is not expected or self.checked and _marked(event):
            raise Unusual
        return event

    def top_fields(self) -> list:
        """The set's own fields (SET_FIELDS order); its questions are checked as they are read."""
        get = self.get
        values: list = [None] * len(SET_FIELDS)
        while type(key := get()) is ScalarEvent and not (self.checked and _marked(key)):
            slot = _SET_SLOTS.get(key.value)
            if slot is None or values[slot] is not None:
                raise Unusual  # an unknown or duplicate field
            self.count += 2  # the name and its value
            if key.value == "questions":
                start = self.container(get(), SequenceStartEvent)
                values[slot] = (start, self.questions())
            else:
                values[slot] = self.value(get(), rules.MAX_QUESTIONS * 10)  # the most `generated` may hold
        if type(key) is not MappingEndEvent:
            raise Unusual
        return values

    def value(self, event, most: int):
        """A scalar (its event), a list of texts (at most `most`), or a mapping's scalar events by
        field name; a list or mapping as (its start event, its items)."""
        if type(event) is ScalarEvent:
            if self.checked and _marked(event):
                raise Unusual
            return event
        get = self.get
        checked = self.checked
        if type(event) is SequenceStartEvent and not (checked and _marked(event)):
            # Every list of the format is of texts: each item is taken as one here, and the
            # event let go (a long list of kept events would hold hundreds of bytes an item).
            # A list longer than its field allows is given up as soon as it is, not at its end.
            most = min(most, yamlnodes.MAX_NODES - self.count)
            texts: list[str] = []
            while type(item := get()) is ScalarEvent and not (checked and _marked(item)):
                text = item.value
                if text[:1] in MAYBE_TYPED and item.implicit[0] and plain_type(text) != STR:
                    raise Unusual  # an unquoted number, boolean, date or null: not a text
                texts.append(text)
                if len(texts) > most:
                    raise Unusual
            if type(item) is not SequenceEndEvent:
                raise Unusual
            self.count += len(texts)
            return event, texts
        if type(event) is MappingStartEvent and not (checked and _marked(event)):
            items: list = []
            while type(item := get()) is ScalarEvent and not (checked and _marked(item)):
                items.append(item)
                if len(items) > _MAPPING_ITEMS:
                    raise Unusual  # more fields than any mapping in a set has
            if type(item) is not MappingEndEvent:
                raise Unusual
            self.count += len(items)
            return event, _pairs(items)
        raise Unusual

    def questions(self) -> list[Question]:
        """The questions, each checked and made as soon as its mapping is read.

        The hot loop of a big set (some 30 events a question): a question's values go
        straight into a list indexed by field (QUESTION_FIELDS order), so a field whose value
        is a scalar costs no call.
        """
        get = self.get
        made: list[Question] = []
        ids: set[str] = set()
        locate = self.citations.append
        value = self.value
        slots = _QUESTION_SLOTS
        longest = [0] * _FIELDS  # the items a list may have, by field
        longest[_QUESTION_SLOTS["choices"]], longest[_QUESTION_SLOTS["tags"]] = rules.MAX_CHOICES, rules.MAX_TAGS
        checked = self.checked
        most, most_values = rules.MAX_QUESTIONS, yamlnodes.MAX_NODES
        while type(start := get()) is MappingStartEvent:
            self.container(start, MappingStartEvent)
            values: list = [None] * _FIELDS
            while type(key := get()) is ScalarEvent and not (checked and _marked(key)):
                try:
                    slot = slots[key.value]
                except KeyError:
                    raise Unusual from None  # an unknown field
                if values[slot] is not None:
                    raise Unusual  # a duplicate field
                event = get()
                if type(event) is ScalarEvent and not (checked and _marked(event)):
                    values[slot] = event
                else:
                    values[slot] = value(event, longest[slot])
            if type(key) is not MappingEndEvent:
                raise Unusual
            made.append(_question(values, ids, locate))
            self.count += 1 + 2 * (_FIELDS - values.count(None))  # the mapping, each name and its value
            if len(made) > most or self.count > most_values:
                raise Unusual
        if type(start) is not SequenceEndEvent:
            raise Unusual
        return made

    # --- the set ------------------------------------------------------------------------------

    def question_set(self, top: list) -> Validated:
        format_, title, source, questions, generated = top
        if format_ is None or title is None or source is None or questions is None:
            raise Unusual  # a required field is missing
        questions = questions[1]
        if not questions:
            raise Unusual  # valid, but warned about: the careful path says so
        if _whole(format_) != FORMAT_VERSION:
            raise Unusual
        title = _text(title, False)
        source_ref = _source(source)
        generated = [] if generated is None else _texts(generated, rules.MAX_QUESTIONS * 10, True)
        locations = LazyLocations(self.data, self.path, self.citations)
        locations.add_places((), [_place(value) for value in top], SET_FIELDS)
        locations.add_places(("source",), [_place(source[1].get(name)) for name in SOURCE_FIELDS], SOURCE_FIELDS)
        question_set = QuestionSet(title=title, source=source_ref, questions=questions, generated=generated)
        return Validated(question_set, [], locations, list(range(len(questions))))


def _question(values: list, ids: set[str], locate) -> Question:
    qid, kind, prompt, choices, answer, explanation, citation, tags, difficulty, change, fingerprint = values
    if qid is None or kind is None or prompt is None or answer is None or explanation is None \
            or citation is None:
        raise Unusual  # a required field is missing
    qid = _text(qid, True)
    if qid in ids:
        raise Unusual
    ids.add(qid)
    # kind and difficulty: one of a few words, none of which YAML reads as anything but text
    kind = kind.value if type(kind) is ScalarEvent else None
    if kind == MULTIPLE_CHOICE:
        choices = _texts(choices, rules.MAX_CHOICES, False)
        if len(choices) < 2 or len(set(choices)) != len(choices):
            raise Unusual
        answer = _text(answer, False)
        if answer not in choices:
            raise Unusual
    elif kind == TRUE_FALSE and choices is None:
        choices = []
        answer = _truth(answer)
    else:
        raise Unusual
    if difficulty is None:
        difficulty = "medium"
    elif type(difficulty) is not ScalarEvent or difficulty.value not in DIFFICULTIES:
        raise Unusual
    else:
        difficulty = difficulty.value
    # Made with positional arguments, in the model's field order (a test holds the two together):
    # passing eleven by keyword took half the time of making a question.
    return Question(qid, kind, _text(prompt, False), answer, _text(explanation, False), _citation(citation, locate),
                    choices, [] if tags is None else _texts(tags, rules.MAX_TAGS, True), difficulty,
                    None if change is None else _change(change),
                    None if fingerprint is None else _text(fingerprint, True))


def _marked(event) -> bool:
    """Whether an event has an anchor or a tag, which the careful path refuses or must look at."""
    return event.anchor is not None or event.tag is not None


def _pairs(items: list) -> dict:
    """A mapping's scalar events (key, value, key, value...) by field name; Unusual for a repeated name."""
    fields = {key.value: value for key, value in zip(items[0::2], items[1::2])}
    if len(fields) * 2 != len(items):
        raise Unusual
    return fields


def _text(event, single_line: bool) -> str:
    """A text quiz.validate's text() takes without a word: not empty, within the limit, not typed."""
    if type(event) is not ScalarEvent:
        raise Unusual
    value: str = event.value
    if not value or len(value) > rules.MAX_TEXT or value.isspace():
        raise Unusual
    if value[0] in MAYBE_TYPED and event.implicit[0] and plain_type(value) != STR:
        raise Unusual
    if single_line and ("\n" in value or "\r" in value):
        raise Unusual
    return value


def _texts(value, most: int, single_line: bool) -> list[str]:
    """A list's texts (taken as texts, not typed, when read), if quiz.validate takes them all."""
    if type(value) is not tuple or type(texts := value[1]) is not list or len(texts) > most:
        raise Unusual
    if not all(texts) or texts and max(map(len, texts)) > rules.MAX_TEXT or any(map(str.isspace, texts)):
        raise Unusual
    if single_line and ("\n" in (joined := "".join(texts)) or "\r" in joined):
        raise Unusual
    return texts


def _truth(event) -> bool:
    """A true_false answer: true or false, unquoted."""
    if type(event) is not ScalarEvent or event.value not in _BOOLEANS or not event.implicit[0]:
        raise Unusual
    return _BOOLEANS[event.value]


def _whole(event) -> int:
    """A whole number from 1 up, written plainly."""
    if type(event) is not ScalarEvent or not _POSITIVE.match(event.value) or not event.implicit[0]:
        raise Unusual
    return int(event.value)


def _fields(value, names: frozenset, required: frozenset) -> dict:
    if type(value) is not tuple or type(value[1]) is not dict:
        raise Unusual
    fields = value[1]
    if not fields.keys() <= names or not required <= fields.keys():
        raise Unusual
    return fields


def _citation(value, locate) -> Citation:
    """The citation, its sentence's and quote's places given to `locate` (packed, in that order)."""
    if type(value) is not tuple or type(fields := value[1]) is not dict or fields.keys() != _CITATION_KEYS:
        raise Unusual
    sentence, quote = fields["sentence"], fields["quote"]
    mark = sentence.start_mark
    locate((mark.line + 1) << 32 | (mark.column + 1))
    mark = quote.start_mark
    locate((mark.line + 1) << 32 | (mark.column + 1))
    return Citation(_whole(sentence), _text(quote, False))  # the model's order


def _change(value) -> Change:
    fields = _fields(value, _CHANGE_KEYS, _CHANGE_KEYS)
    return Change(claim=_text(fields["claim"], False), source=_text(fields["source"], False))


def _source(value) -> SourceRef:
    fields = _fields(value, _SOURCE_KEYS, frozenset(("path",)))
    path = _text(fields["path"], True)
    date = sha256 = None
    if "date" in fields:
        date = _text(fields["date"], True)
        if not rules.is_date(date):
            raise Unusual
    if "sha256" in fields:
        sha256 = _text(fields["sha256"], True)
        if not rules._SHA256.match(sha256):
            raise Unusual
    return SourceRef(path=path, date=date, sha256=sha256)


def _place(value) -> int:
    """A field's value's place, packed as quiz.yamlnodes.Locations keeps it (0 for an absent field)."""
    if value is None:
        return 0
    mark = (value[0] if type(value) is tuple else value).start_mark
    return (mark.line + 1) << 32 | (mark.column + 1)
