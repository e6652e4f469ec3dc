"""Rank and select: about `count` questions, spread over the article, mixing families and kinds.

Selection is a deterministic round robin over the families (each family's
candidates best first), preferring sentences not used yet, never the same
fact twice with the same skill, and keeping true and false claims balanced.
"""

from __future__ import annotations

import hashlib
import random

from quiz.generate.candidate import Candidate
from quiz.model import FAMILIES, TRUE_FALSE, Citation, Question, fingerprint_of

MAX_DEFAULT = 40


def default_count(sentences: int) -> int:
    """About one question per three sentences, at least four."""
    return min(MAX_DEFAULT, max(4, round(sentences / 3)))


def question_id(candidate: Candidate) -> str:
    """Derived from the sentence's text and what is asked, never from a position."""
    key = "\x1f".join([" ".join(candidate.quote.split()), candidate.family, candidate.kind, candidate.ask,
                       str(candidate.answer) if candidate.kind == TRUE_FALSE else candidate.answer])
    return f"q-{candidate.family}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:10]}"


def _order(candidates: list[Candidate], ids: dict[int, str]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: (-c.score, c.sentence, c.ask, ids[id(c)]))


CLAIM_SHARE = 0.4  # true/false claims are easy to make and dull in bulk: at most this share...
MIN_PER_SENTENCE = 0.25  # ...unless the other families cannot reach this many questions
RICH_PER_SENTENCE = 0.4  # other families may go this far beyond the default count


def minimum_count(sentences: int) -> int:
    return max(1, round(sentences * MIN_PER_SENTENCE))


def select(candidates: list[Candidate], count: int, minimum: int = 0, richer: int = 0) -> list[Candidate]:
    """About `count` questions; claims at most CLAIM_SHARE of them while that still gives `minimum`.

    An article rich in figures, sources and roles may give up to `richer` questions of those
    families, so that sets do not drift towards true/false claims on average.
    """
    # Each candidate's id (a SHA-256) is worked out once: every pass below sorts by it again.
    ids = {id(c): question_id(c) for c in candidates}
    chosen = _select(candidates, count, max(1, int(count * CLAIM_SHARE)), [], ids)
    if len(chosen) < min(minimum, count):
        chosen = _select(candidates, min(minimum, count), count, chosen, ids)
    if richer > len(chosen):
        chosen = _select(candidates, richer, 0, chosen, ids)
    return sorted(chosen, key=lambda c: (c.sentence, FAMILIES.index(c.family) if c.family in FAMILIES else 99,
                                         ids[id(c)]))


def _select(candidates: list[Candidate], count: int, claims: int, chosen: list[Candidate], ids: dict[int, str],
            limits: tuple[int, ...] = (1, 2, 3)) -> list[Candidate]:
    chosen = list(chosen)
    taken = {id(c) for c in chosen}
    by_family: dict[str, list[Candidate]] = {family: [] for family in FAMILIES}
    for candidate in candidates:
        if id(candidate) not in taken:
            by_family.setdefault(candidate.family, []).append(candidate)
    queues = {family: _order(items, ids) for family, items in by_family.items() if items}
    facts: set[tuple[str, int, str]] = {c.fact for c in chosen}
    used: dict[int, int] = {}
    truths = {True: 0, False: 0}
    for pick in chosen:
        used[pick.sentence] = used.get(pick.sentence, 0) + 1
        if pick.kind == TRUE_FALSE:
            truths[bool(pick.answer)] += 1
    n_claims = sum(1 for c in chosen if c.family == "claim")
    # One question per sentence first, then two, three; beyond that only when asked for many.
    for limit in (*limits, count) if limits != (1,) else limits:
        progress = True
        while len(chosen) < count and progress:
            progress = False
            for family in FAMILIES:
                if len(chosen) >= count:
                    break
                if family == "claim" and n_claims >= claims:
                    continue
                pick = _next(queues.get(family, []), facts, used, limit, truths)
                if pick is None:
                    continue
                n_claims += pick.family == "claim"
                chosen.append(pick)
                facts.add(pick.fact)
                used[pick.sentence] = used.get(pick.sentence, 0) + 1
                if pick.kind == TRUE_FALSE:
                    truths[bool(pick.answer)] += 1
                progress = True
    return chosen


def _next(queue: list[Candidate], facts: set, used: dict[int, int], limit: int,
          truths: dict[bool, int]) -> Candidate | None:
    # Prefer the under-represented answer of true/false questions.
    want = None
    if truths[True] != truths[False]:
        want = truths[True] < truths[False]
    fallback = None
    for index, candidate in enumerate(queue):
        if candidate.fact in facts or used.get(candidate.sentence, 0) >= limit:
            continue
        if candidate.kind == TRUE_FALSE and want is not None and bool(candidate.answer) != want:
            fallback = fallback if fallback is not None else index
            continue
        return queue.pop(index)
    if fallback is not None:
        return queue.pop(fallback)
    return None


def finish(candidates: list[Candidate], seed: int) -> list[Question]:
    """Questions with stable unique ids, choices in a seeded order, and their fingerprints."""
    questions = []
    taken: set[str] = set()
    for candidate in candidates:
        qid = question_id(candidate)
        base, k = qid, 2
        while qid in taken:
            qid, k = f"{base}-{k}", k + 1
        taken.add(qid)
        choices = list(candidate.choices)
        if choices and not candidate.ordered:
            # Seeded by the question itself, so one question's order never depends on another's.
            random.Random(f"{seed}:{qid}").shuffle(choices)
        question = Question(
            id=qid, kind=candidate.kind, prompt=candidate.prompt, answer=candidate.answer,
            explanation=candidate.explanation, citation=Citation(candidate.sentence, candidate.quote),
            choices=choices, tags=[candidate.family], difficulty=candidate.difficulty, change=candidate.change,
        )
        question.fingerprint = fingerprint_of(question)
        questions.append(question)
    return questions
