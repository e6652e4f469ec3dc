"""Reading a YAML file into small located nodes, safely and fast.

We do not use PyYAML's composer: it recurses (libyaml's composer overflows the
C stack on a few tens of thousands of nested brackets), resolves every scalar's
type in Python, and expands nothing but still accepts aliases. Instead we walk
libyaml's event stream (an iterative parser) and build nodes ourselves, which
lets us refuse anchors and aliases where they stand, cap nesting depth and the
number of values before any harm is done, and resolve a plain scalar's YAML 1.1
type only where the validator asks for it.

Only the safe parser is used (CParser when libyaml is available, else the pure
Python one); no tags are constructed, so no object can be created from a file.
"""

from __future__ import annotations

import contextlib
import gc
import re
from array import array
from collections.abc import Iterator
from collections.abc import Mapping as CollectionsMapping

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from quiz.problems import Problem
from quiz.regularfile import NOT_REGULAR, NotRegularFile, open_regular
from quiz.textsafe import OTHER_BOMS

# Limits: far above any real question set, low enough that a hostile file is
# refused in well under a second.
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 20  # a question set nests 5 deep (set > questions > question > citation > value)
MAX_NODES = 750_000  # about 28 per question: room for 10,000 questions and more

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
# First characters of the plain scalars YAML 1.1 may read as something other than text.
MAYBE_TYPED = frozenset(_RESOLVERS)

STR = "tag:yaml.org,2002:str"
BOOL = "tag:yaml.org,2002:bool"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
NULL = "tag:yaml.org,2002:null"
TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STRING_TAGS = (None, "!", STR)
_COLLECTION_TAGS = (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


class Node:
    __slots__ = ("line", "column")

    kind = "value"


class Scalar(Node):
    __slots__ = ("value", "plain")
    kind = "text"

    def __init__(self, value: str, plain: bool, line: int, column: int) -> None:
        self.value = value
        self.plain = plain  # unquoted and untagged: YAML 1.1 may read it as a non-string
        self.line = line
        self.column = column

    def yaml_type(self) -> str:
        """The tag YAML 1.1 (PyYAML's SafeLoader) gives this scalar."""
        return plain_type(self.value) if self.plain else STR


def plain_type(value: str) -> str:
    """The tag YAML 1.1 (PyYAML's SafeLoader) gives an unquoted, untagged scalar."""
    for tag, regexp in _RESOLVERS.get(value[:1], ()):
        if regexp.match(value):
            return tag
    return STR


class Mapping(Node):
    # Keys and values alternate in one flat list (key, value, key, value...): the composer then
    # appends to a mapping exactly as to a sequence, which keeps its loop short.
    __slots__ = ("items",)
    kind = "mapping"

    def __init__(self, line: int, column: int) -> None:
        self.items: list[Node] = []
        self.line = line
        self.column = column

    @property
    def pairs(self) -> list[tuple[Node, Node]]:
        items = self.items
        return list(zip(items[0::2], items[1::2]))


class Sequence(Node):
    __slots__ = ("items",)
    kind = "list"

    def __init__(self, line: int, column: int) -> None:
        self.items: list[Node] = []
        self.line = line
        self.column = column


class Locations(CollectionsMapping):
    """(line, column) of located values by key path, e.g. ("questions", 3, "citation", "quote").

    Kept compactly because it lives as long as the set: a 10,000-question set has some
    130,000 located values, and a dict of tuples for them took 30 MB. A mapping's values
    are packed (line << 32 | column, 0 for a field it lacks) into one array, one slot per
    field the mapping may have, in the order of the format's own tuple of field names; so
    a mapping costs one entry and a few slots. Any other key path (a question's own
    mapping) is kept as set.
    """

    def __init__(self) -> None:
        self._places = array("Q")
        self._mappings: dict[tuple, tuple[int, tuple[str, ...]]] = {}  # key path -> (first slot, names)
        self._own: dict[tuple, int] = {}

    def add_fields(self, path: tuple, fields: dict[str, Node], names: tuple[str, ...]) -> None:
        """Locate fields[name] at path + (name,) for each of `names` the mapping has."""
        self._mappings[path] = (len(self._places), names)
        get = fields.get
        self._places.extend([node.line << 32 | node.column if (node := get(name)) is not None else 0
                             for name in names])

    def add_places(self, path: tuple, places: list[int], names: tuple[str, ...]) -> None:
        """add_fields with the places already packed (0 for a field the mapping lacks)."""
        self._mappings[path] = (len(self._places), names)
        self._places.extend(places)

    def __setitem__(self, key: tuple, where: tuple[int, int]) -> None:
        self._own[key] = where[0] << 32 | where[1]

    def __getitem__(self, key: tuple) -> tuple[int, int]:
        packed = self._own.get(key)
        if packed is None:
            entry = self._mappings.get(key[:-1]) if type(key) is tuple and key else None
            if entry is not None and key[-1] in entry[1]:
                packed = self._places[entry[0] + entry[1].index(key[-1])]
            if not packed:
                raise KeyError(key)
        return packed >> 32, packed & 0xFFFFFFFF

    def __iter__(self) -> Iterator[tuple]:
        yield from self._own
        places = self._places
        for path, (first, names) in self._mappings.items():
            for offset, name in enumerate(names):
                if places[first + offset]:
                    yield path + (name,)

    def __len__(self) -> int:
        return len(self._own) + sum(1 for packed in self._places if packed)


class YamlError(Exception):
    """One located problem that stops reading the file."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def read_bytes(path: str) -> bytes:
    """The file's bytes; YamlError for a missing or huge file."""
    try:
        with open_regular(path) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise YamlError(1, 1, "no such file or folder") from None
    except IsADirectoryError:
        raise YamlError(1, 1, "is a folder, not a question set file") from None
    except NotRegularFile:
        raise YamlError(1, 1, f"{NOT_REGULAR}, not a question set file; remove it or rename it") from None
    except OSError as error:
        raise YamlError(1, 1, f"cannot read the file: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise YamlError(1, 1, f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
                              "a question set is far smaller: split it into several sets")
    return data


def decode(data: bytes) -> str:
    """A file's bytes as text; YamlError for an empty or non-UTF-8 file."""
    for bom, encoding in OTHER_BOMS:
        if data.startswith(bom):
            raise YamlError(1, 1, f"the file is saved as {encoding}; save it with the UTF-8 encoding")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise YamlError(line, column, f"invalid UTF-8: byte 0x{data[error.start]:02x} at line {line}, "
                                      f"byte {column} of the line (offset {error.start}); "
                                      "save the file with the UTF-8 encoding") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace() or not _CONTENT.search(text):  # isspace: no copy of a big file
        raise YamlError(1, 1, "the file is empty; a question set needs format, title, source and "
                              "questions")
    return text


_CONTENT = re.compile(r"^[ \t]*[^ \t\r\n#]", re.MULTILINE)  # a line that is not blank or a comment


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while building many small objects that form no cycles:
    otherwise it scans the growing tree again and again (it doubles the time of a big set)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compose(text: str) -> Node:
    """The single document in `text` as nodes; YamlError for bad syntax or a refused construct."""
    try:
        with collector_paused():
            try:
                return _compose(text)
            except yaml.MarkedYAMLError as error:
                if "maximum nesting depth" not in (error.problem or ""):
                    raise
                # libyaml 0.2.6+ reads deep brackets ahead and stops at its own limit, far past
                # ours: the pure-Python parser hands over events in step, so our own depth
                # check names the place where the nesting first goes too deep.
                return _compose(text, yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if error.context_mark is not None and "quoted scalar" in (error.context or ""):
            mark = error.context_mark  # where the unclosed quote opens, not the end of the file
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(line, column, syntax_message(text, error, line, column)) from None
    except yaml.reader.ReaderError as error:
        line, column = _line_col(text, error.position, in_bytes=_Loader is not yaml.SafeLoader)
        raise YamlError(line, column, f"character U+{error.character if isinstance(error.character, int) else ord(error.character):04X} "
                                      "is not allowed in YAML; remove it (or write it as an escape "
                                      "in a double-quoted text)") from None
    except yaml.YAMLError as error:
        raise YamlError(1, 1, f"cannot read the YAML: {error}") from None


def _line_col(text: str, offset: int, in_bytes: bool) -> tuple[int, int]:
    """Line and column (in characters) of an offset; libyaml counts the offset in UTF-8 bytes."""
    if in_bytes:
        data = text.encode("utf-8")
        offset = max(0, min(offset, len(data)))
        start = data.rfind(b"\n", 0, offset) + 1
        return data.count(b"\n", 0, offset) + 1, len(data[start:offset].decode("utf-8", "replace")) + 1
    offset = max(0, min(offset, len(text)))
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _compose(text: str, loader_class: type = _Loader) -> Node:
    # The hot loop of loading a big set (one pass per event, ~26 events per question): each
    # container gets its children through its list's bound append, kept on a stack, so a value
    # costs one call whatever it is the child of.
    loader = loader_class(text)
    try:
        top: list[Node] = []
        add = top.append  # where the next value goes
        outer: list = []  # the appends of the enclosing containers
        documents = 0
        count = 0
        get_event = loader.get_event
        while (event := get_event()) is not None:
            cls = type(event)
            if cls is ScalarEvent:
                mark = event.start_mark
                plain = event.implicit[0]
                if event.anchor is not None or not plain and event.tag not in _STRING_TAGS:
                    _refuse(event, mark)
                node: Node = Scalar(event.value, plain, mark.line + 1, mark.column + 1)
                add(node)
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                add = outer.pop()
                continue
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = event.start_mark
                if event.anchor is not None or event.tag not in _COLLECTION_TAGS:
                    _refuse(event, mark)
                container = (Mapping if cls is MappingStartEvent else Sequence)(mark.line + 1, mark.column + 1)
                if len(outer) >= MAX_DEPTH:
                    raise YamlError(container.line, container.column, NESTING_MESSAGE)
                add(container)
                outer.append(add)
                add = container.items.append
                node = container
            elif cls is AliasEvent:
                _refuse(event, event.start_mark)
                continue
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise YamlError(mark.line + 1, mark.column + 1,
                                    "a second YAML document (after `---`); a set file holds exactly one: "
                                    "put it in a file of its own")
                continue
            else:
                continue
            count += 1
            if count > MAX_NODES:
                raise YamlError(node.line, node.column,
                                f"more than {MAX_NODES:,} values in one file; split the set into several files")
        if not top:
            raise YamlError(1, 1, "the file holds no YAML document; a question set needs format, title, "
                                  "source and questions")
        return top[0]
    finally:
        loader.dispose()


def _refuse(event: object, mark: object) -> None:
    line, column = mark.line + 1, mark.column + 1  # type: ignore[attr-defined]
    if isinstance(event, AliasEvent):
        raise YamlError(line, column, f"an alias (*{event.anchor}) is not allowed in a question set; "
                                      "write the value out in full")
    anchor = getattr(event, "anchor", None)
    if anchor is not None:
        raise YamlError(line, column, f"an anchor (&{anchor}) is not allowed in a question set; "
                                      "remove it and write values out in full")
    raise YamlError(line, column, f"the YAML tag {getattr(event, 'tag', '')} is not allowed in a question set; "
                                  "remove it (quote the value if it must stay text)")


# libyaml's wording -> what a person should do about it.
_ADVICE = (
    ("tab", "YAML indents with spaces only: replace the tab with spaces"),
    ("did not find expected key", "the indentation is wrong: indent this line exactly as far as the other "
                                  "keys of its block (with spaces)"),
    ("did not find expected '-' indicator", "the indentation is wrong: a list item starts with '- ' at the "
                                            "same indentation as the other items"),
    ("expected <block end>", "the indentation is wrong: this line is indented differently from the lines "
                             "around it"),
    ("mapping values are not allowed", "unexpected ':' here: either the indentation is wrong (this line is indented too far), or a text "
                                       "holding ': ' needs quotes (prompt: 'True or false: ...')"),
    ("could not find expected ':'", "a key is missing its ':', or a long text goes on in a line that is not "
                                    "indented; put the text in quotes"),
    ("end of stream", "a quote is not closed: end the text with the quote mark it starts with"),
    ("cannot start any token", "a plain value cannot start with this character: put the value in quotes"),
    ("did not find expected ','", "a [list] or {mapping} in brackets is not closed or lacks a ','"),
    ("unknown escape character", "in double quotes a backslash starts an escape: write \\\\ for a backslash, "
                                 "or use single quotes"),
)


NESTING_MESSAGE = (f"nested more than {MAX_DEPTH} levels deep; a question set nests "
                   "only a few levels (check the brackets and the indentation)")


def syntax_message(text: str, error: yaml.MarkedYAMLError, line: int, column: int) -> str:
    problem = error.problem or "invalid YAML"
    if "maximum nesting depth" in problem:
        # libyaml 0.2.6+ (in PyYAML 6.0.4 wheels) stops deep nesting itself, before
        # our own depth check sees it: say the same thing either way.
        return NESTING_MESSAGE
    source_line = text.split("\n", line)[line - 1] if line <= text.count("\n") + 1 else ""
    indentation = source_line[: len(source_line) - len(source_line.lstrip(" \t"))]
    if "\t" in indentation or source_line[column - 1 : column] == "\t":
        advice = _ADVICE[0][1]
        problem = "a tab character in the indentation"
    else:
        advice = next((tip for phrase, tip in _ADVICE if phrase in problem),
                      "check the indentation and quoting of this line and the one before")
    context = f" ({error.context})" if error.context else ""
    return f"YAML syntax error: {problem}{context}; {advice}"
