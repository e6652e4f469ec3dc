"""The per-sentence generator draws exactly what random.Random seeded from the same string draws."""

from __future__ import annotations

import random

from quiz.generate import _LazyRandom


def test_short_shuffles_seed_nothing_and_later_draws_are_unchanged():
    lazy, plain = _LazyRandom(7, "A sentence."), random.Random("7\x1fA sentence.")
    for items in ([], ["one"]):
        lazy.shuffle(items)
        plain.shuffle(items)
    assert lazy._rng is None  # nothing drawn, nothing seeded
    long_lazy, long_plain = list(range(10)), list(range(10))
    lazy.shuffle(long_lazy)
    plain.shuffle(long_plain)
    assert long_lazy == long_plain
    assert [lazy.randint(0, 99) for _ in range(5)] == [plain.randint(0, 99) for _ in range(5)]
    assert lazy.randrange(3) == plain.randrange(3)
