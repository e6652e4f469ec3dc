"""Locations of a set read by the fast path (quiz.fastload), most worked out when first asked for.

Locating every value cost the fast path a quarter of its time, and locations are only
asked for to report a problem the load itself did not find: for most loads, never. The
fast path locates at once what `quiz check` and the app may report: the set's own
fields, its source's, and each question's citation sentence and quote (a stale citation
is the problem a valid set most often has). The first lookup of anything else reads the
kept file the careful way (quiz.yamlnodes, quiz.validate), which gives every location.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

from quiz import validate, yamlnodes
from quiz.yamlnodes import Locations

_CITED = {"sentence": 0, "quote": 1}


class LazyLocations(Locations):
    def __init__(self, data: bytes, path: str, citations: array) -> None:
        super().__init__()
        self._data: bytes | None = data  # kept, not read again: the file may have changed since
        self._path = path
        self._citations = citations  # packed places: question i's sentence at 2i, its quote at 2i + 1

    def _fill(self) -> None:
        if self._data is None:
            return
        try:
            careful = validate.validate(yamlnodes.compose(yamlnodes.decode(self._data)), self._path).locations
        except yamlnodes.YamlError:  # cannot happen for a set the fast path took; if it did, a problem
            careful = Locations()  # would be placed at 1:1 (every caller has that default), not lost
        self._places, self._mappings, self._own = careful._places, careful._mappings, careful._own
        self._data = None

    def _cited(self, key: tuple) -> tuple[int, int] | None:
        """The place of ("questions", i, "citation", "sentence" or "quote"), if the key is one."""
        if type(key) is tuple and len(key) == 4 and key[0] == "questions" and key[2] == "citation" \
                and type(key[1]) is int and key[3] in _CITED and 0 <= 2 * key[1] < len(self._citations):
            packed = self._citations[2 * key[1] + _CITED[key[3]]]
            return packed >> 32, packed & 0xFFFFFFFF
        return None

    def __getitem__(self, key: tuple) -> tuple[int, int]:
        try:
            return super().__getitem__(key)
        except KeyError:
            if self._data is None:
                raise
        cited = self._cited(key)
        if cited is not None:
            return cited
        self._fill()
        return super().__getitem__(key)

    def __iter__(self) -> Iterator[tuple]:
        self._fill()
        return super().__iter__()

    def __len__(self) -> int:
        self._fill()
        return super().__len__()
