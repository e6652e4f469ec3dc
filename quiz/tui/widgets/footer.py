"""The footer with the keys, without the leak of Textual's own.

Textual's Footer rebuilds its keys whenever the screen's bindings change (on the question
screen: with every question and every answer) and ties each key's `compact` to its own with
data_bind. Those ties are dropped only when `compact` changes, which it never does here, so
every key ever shown stays alive: about a thousand objects a question, which made each full
pass of the cycle collector slower the longer a quiz went on (a keypress that met one waited
100 ms and more after some 60 questions).
"""

from __future__ import annotations

from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    async def recompose(self) -> None:
        await super().recompose()
        # Textual keeps a widget's watchers in the attribute "__watchers" (see textual.reactive):
        # keep only the ties of the keys now shown.
        watchers = getattr(self, "__watchers", {}).get("compact")
        if watchers:
            children = set(map(id, self.query("*")))
            watchers[:] = [(node, callback) for node, callback in watchers
                           if node is self or id(node) in children]
