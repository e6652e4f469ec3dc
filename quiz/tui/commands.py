"""Command palette (Ctrl+P): one "Start" command per playable set.

Set titles are data: the palette would read a str as markup, so every title is
given as Content and matched letters are highlighted on that Content.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from quiz.tui.text import join, literal_line

if TYPE_CHECKING:
    from quiz.tui.catalog import SetEntry


def _label(entry: SetEntry) -> Content:
    return join("Start: ", literal_line(entry.title))


class SetCommands(Provider):
    def _entries(self) -> list[SetEntry]:
        return [entry for entry in getattr(self.app, "entries", []) if entry.playable]

    def _command(self, entry: SetEntry):
        return partial(self.app.start_set, entry)  # type: ignore[attr-defined]

    async def discover(self) -> Hits:
        for entry in self._entries():
            yield DiscoveryHit(_label(entry), self._command(entry), text=f"Start: {entry.title}",
                               help="Start a quiz on this set")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry in self._entries():
            label = _label(entry)
            score, offsets = matcher.fuzzy_search.match(query, label.plain)
            if score > 0:
                for offset in offsets:
                    label = label.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, label, self._command(entry), text=label.plain, help="Start a quiz on this set")
