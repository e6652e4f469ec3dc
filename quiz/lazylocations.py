"""Locations of a set read by the fast path (quiz.fastload), worked out when first asked for.

Locating every value cost the fast path a quarter of its time, and locations are only
asked for to report a problem the load itself did not find (a stale citation, a source
that leaves its folder): for most loads, never. The fast path locates the set's own
fields and its source's at once; the first lookup of anything else reads the kept file
the careful way (quiz.yamlnodes, quiz.validate), which gives every location.
"""

from __future__ import annotations

from collections.abc import Iterator

from quiz import validate, yamlnodes
from quiz.yamlnodes import Locations


class LazyLocations(Locations):
    def __init__(self, data: bytes, path: str) -> None:
        super().__init__()
        self._data: bytes | None = data  # kept, not read again: the file may have changed since
        self._path = path

    def _fill(self) -> None:
        if self._data is None:
            return
        try:
            careful = validate.validate(yamlnodes.compose(yamlnodes.decode(self._data)), self._path).locations
        except yamlnodes.YamlError:  # cannot happen for a set the fast path took; if it did, a problem
            careful = Locations()  # would be placed at 1:1 (every caller has that default), not lost
        self._places, self._mappings, self._own = careful._places, careful._mappings, careful._own
        self._data = None

    def __getitem__(self, key: tuple) -> tuple[int, int]:
        try:
            return super().__getitem__(key)
        except KeyError:
            if self._data is None:
                raise
        self._fill()
        return super().__getitem__(key)

    def __iter__(self) -> Iterator[tuple]:
        self._fill()
        return super().__iter__()

    def __len__(self) -> int:
        self._fill()
        return super().__len__()
