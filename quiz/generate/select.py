"""Rank and select: about `count` questions, spread over the article, mixing families and kinds.

Selection is a deterministic round robin over the families (each family's
candidates best first), preferring sentences not used yet, never the same
fact twice with the same skill, and keeping true and false claims balanced.
"""

from __future__ import annotations

import hashlib
import random
from operator import itemgetter

from quiz.generate.candidate import Candidate
from quiz.generate.text import has_phrase
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


class Ids(dict):
    """Each candidate's id (a SHA-256), worked out only when asked for: selection needs it only to
    break ties, and for the candidates chosen (a fraction of those made), which finish() asks again."""

    def of(self, candidate: Candidate) -> str:
        key = id(candidate)
        if key not in self:
            self[key] = (question_id(candidate), candidate)  # held, so that its id() is never reused
        return self[key][0]


def _order(candidates: list[Candidate], ids: Ids) -> list[Candidate]:
    """Best first: by score, sentence and what is asked, then by id (worked out only if two tie)."""
    keys = [(-c.score, c.sentence, c.ask) for c in candidates]
    if len(set(keys)) == len(keys):  # the rule: no two alike, and no id needed
        return [c for _, c in sorted(zip(keys, candidates), key=itemgetter(0))]
    return sorted(candidates, key=lambda c: (-c.score, c.sentence, c.ask, ids.of(c)))


# Each round of picks goes through the families in this order: a role before a claim, where the claim's
# prompt would show the role ("Greenway Ferries, a family-owned operator, said …"): it asks more.
_PICK_ORDER = tuple(family for family in FAMILIES if family != "claim") + ("claim",)
CLAIM_SHARE = 0.4  # true/false claims are easy to make and dull in bulk: at most this share...
MIN_PER_SENTENCE = 0.32  # ...unless the other families cannot reach this many questions
RICH_PER_SENTENCE = 0.4  # other families may go this far beyond the default count


def minimum_count(sentences: int) -> int:
    return max(1, round(sentences * MIN_PER_SENTENCE))


def select(candidates: list[Candidate], count: int, minimum: int = 0, richer: int = 0,
           ids: Ids | None = None) -> list[Candidate]:
    """About `count` questions; claims at most CLAIM_SHARE of them while that still gives `minimum`.

    An article rich in figures, sources and roles may give up to `richer` questions of those
    families, so that sets do not drift towards true/false claims on average.
    """
    ids = Ids() if ids is None else ids
    # Each family is ranked once: every pass below takes from the same order, less what is chosen.
    by_family: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        by_family.setdefault(candidate.family, []).append(candidate)
    ranked = {family: _order(items, ids) for family, items in by_family.items() if family in FAMILIES}
    chosen = _select(ranked, count, max(1, int(count * CLAIM_SHARE)), [])
    if len(chosen) < min(minimum, count):
        chosen = _select(ranked, min(minimum, count), count, chosen)
    if richer > len(chosen):
        chosen = _select(ranked, richer, 0, chosen)
    return in_article_order(chosen, ids)


def in_article_order(chosen: list[Candidate], ids: Ids) -> list[Candidate]:
    """By sentence, then family, then id: the order a set's questions are written in."""
    return sorted(chosen, key=lambda c: (c.sentence, FAMILIES.index(c.family) if c.family in FAMILIES else 99,
                                         ids.of(c)))


def _select(ranked: dict[str, list[Candidate]], count: int, claims: int, chosen: list[Candidate],
            limits: tuple[int, ...] = (1, 2, 3)) -> list[Candidate]:
    taken = {id(c) for c in chosen}
    queues = {family: [c for c in items if id(c) not in taken] if taken else list(items)
              for family, items in ranked.items()}
    chosen = list(chosen)
    facts: set[tuple[str, int, str]] = {c.fact for c in chosen} | {_figure(c) for c in chosen} | \
        {_prompt(c) for c in chosen}
    shown: dict[int, list[Candidate]] = {}  # the questions chosen of each sentence
    truths = {True: 0, False: 0}
    for pick in chosen:
        shown.setdefault(pick.sentence, []).append(pick)
        if pick.kind == TRUE_FALSE:
            truths[bool(pick.answer)] += 1
    n_claims = sum(1 for c in chosen if c.family == "claim")
    speakers = {c.answer for c in chosen if c.family == "quote"}  # who the chosen quotations are by
    # One question per sentence first, then two, three; beyond that only when asked for many.
    for limit in (*limits, count) if limits != (1,) else limits:
        if len(chosen) >= count:
            break
        # A family with nothing to give at this limit has nothing later in it either (what is
        # chosen only ever blocks more): it is asked no more, nor one with no candidates at all.
        families = [family for family in _PICK_ORDER if queues.get(family) and (family != "claim" or n_claims < claims)]
        while len(chosen) < count and families:
            for family in list(families):
                if len(chosen) >= count:
                    break
                if family == "claim" and n_claims >= claims:
                    families.remove(family)
                    continue
                pick = _next(queues[family], facts, shown, limit, truths, speakers)
                if pick is None:
                    families.remove(family)
                    continue
                n_claims += pick.family == "claim"
                chosen.append(pick)
                facts.update((pick.fact, _figure(pick), _prompt(pick)))
                shown.setdefault(pick.sentence, []).append(pick)
                if pick.family == "quote":
                    speakers.add(pick.answer)
                if pick.kind == TRUE_FALSE:
                    truths[bool(pick.answer)] += 1
    return chosen


def _next(queue: list[Candidate], facts: set, shown: dict[int, list[Candidate]], limit: int,
          truths: dict[bool, int], speakers: set) -> Candidate | None:
    # Prefer the under-represented answer of true/false questions, and a quotation of someone not yet
    # asked about: two "Who said …?" in a row answered by the same name ask little of the second.
    want = None
    if truths[True] != truths[False]:
        want = truths[True] < truths[False]
    fallback = again = None
    for index, candidate in enumerate(queue):
        others = shown.get(candidate.sentence, ())
        if len(others) >= limit or candidate.fact in facts or _figure(candidate) in facts or \
                _prompt(candidate) in facts:
            continue
        if any(_gives_away(candidate, other) or _gives_away(other, candidate) for other in others):
            continue
        if candidate.kind == TRUE_FALSE and want is not None and bool(candidate.answer) != want:
            fallback = fallback if fallback is not None else index
            continue
        if candidate.family == "quote" and candidate.answer in speakers:
            again = again if again is not None else index
            continue
        return queue.pop(index)
    if fallback is not None:
        return queue.pop(fallback)
    if again is not None and limit > 1:  # (on the first pass, one sentence each, other families first)
        return queue.pop(again)
    return None


def _figure(candidate: Candidate) -> tuple[str, int, str]:
    """The figure a number question asks, as a fact: one set asks it once ('the _____ bus' of two sentences
    about route 47 had the same choices, and each question answered the other). Years are left alone: many
    events of one article fall in its year. Other questions: their own fact."""
    return ("figure", 0, candidate.answer) if candidate.family == "number" else candidate.fact


def _prompt(candidate: Candidate) -> tuple[str, int, str]:
    """What a question shows, as a fact: two questions of one set never show the same prompt ('The October rate
    … was _____' of two sentences, one about starts, one about completions, keyed 329,000 and 565,000)."""
    return ("prompt", 0, candidate.prompt)


def _gives_away(asked: Candidate, other: Candidate) -> bool:
    """Whether `other`'s prompt shows the answer `asked` asks for: two blanks of one sentence ('rose _____
    to 241p', 'rose 27% to _____'), or a figure asked beside the claim that states it, each show the other's."""
    return isinstance(asked.answer, str) and has_phrase(other.prompt.lower(), asked.answer.lower())


def finish(candidates: list[Candidate], seed: int, ids: Ids | None = None) -> list[Question]:
    """Questions with stable unique ids, choices in a seeded order, and their fingerprints."""
    ids = Ids() if ids is None else ids
    questions = []
    taken: set[str] = set()
    suffixes: dict[str, int] = {}  # the next suffix to try for an id taken already (many alike: no rescan)
    for candidate in candidates:
        qid = ids.of(candidate)
        base, k = qid, suffixes.get(qid, 2)
        while qid in taken:
            qid, k = f"{base}-{k}", k + 1
        suffixes[base] = k
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
