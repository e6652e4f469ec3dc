"""The question generator: overgenerate, filter, rank, select — offline, plain Python.

    generate_questions(doc, count=None, seed=0) -> list[Question]

Every question cites the sentence that settles it (number and verbatim text),
is tagged with its skill family, and has an id derived from that sentence and
what is asked. The same input and options always give the same questions.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace

from quiz.generate.analysis import Article, SentenceInfo, analyse
from quiz.generate.candidate import Candidate
from quiz.generate.entities import strip_possessive
from quiz.generate.fam_claims import claim_candidates, lead_claim
from quiz.generate.fam_days import day_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.fam_roles import role_candidates
from quiz.generate.fam_speech import attribution_candidates, quote_candidate
from quiz.generate.fam_years import date_candidates
from quiz.generate.full_names import with_acronyms_spelled_out, with_full_names
from quiz.generate.resolved import resolved_sentence
from quiz.generate.select import (RICH_PER_SENTENCE, Ids, default_count, finish, in_article_order, minimum_count,
                                  select)
from quiz.generate.text import MONTHS, WEEKDAYS, WORD
from quiz.generate.title_person import title_person
from quiz.generate.title_tells import asked_untitled, title_tells, titled, titled_prompt
from quiz.generate.topic import title_settles, unnamed_short_name
from quiz.generate.voice import OWN_VIEW
from quiz.model import Question
from quiz.validate import MAX_QUESTIONS

BUILDERS = (attribution_candidates, quote_candidate, number_candidates, date_candidates, day_candidates,
            claim_candidates, role_candidates)


@dataclass
class Generated:
    questions: list[Question]
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (sentence, why no question can use it)
    candidates: int = 0
    # With generate(..., pool=N): about N questions from the same candidates (regeneration's pool).
    pool: list[Question] = field(default_factory=list)


def generate(doc, count: int | None = None, seed: int = 0, pool: int | None = None) -> Generated:
    """Questions for a quiz.sources.SourceDocument, with the sentences skipped and why.

    pool: also select about this many questions from the same analysis and candidates, as
    generate(doc, pool, seed).questions would give, at the cost of a second selection only.
    """
    article = analyse(doc)
    candidates, skipped = _candidates(article, seed)
    ids = Ids()  # shared by selection and finish: each id is worked out once, and only where needed
    questions = _choose(article, candidates, count, seed, ids)
    more = _choose(article, candidates, pool, seed, ids) if pool is not None else []
    return Generated(questions, skipped, len(candidates), more)


def _one_question_a_figure(found: list[Candidate]) -> list[Candidate]:
    """A sentence's candidates less the false claims that change a figure or a year it asks to fill in: the
    feedback on either would answer the other ('Daniel Okonjo, 24, …' beside 'Daniel Okonjo, _____, …')."""
    asked = {c.answer for c in found if c.family in ("number", "date")}
    return [c for c in found if not (asked and c.family == "claim" and c.change and c.change.source in asked)]


def _candidates(article: Article, seed: int) -> tuple[list[Candidate], list[tuple[int, str]]]:
    """Every candidate the article's sentences give, and the sentences that give none, with why."""
    candidates: list[Candidate] = []
    skipped: list[tuple[int, str]] = []
    for info in article.sentences:
        if info.problem:
            # (the close of a quotation that spans sentences may still ask who said it)
            quoted = quote_candidate(info, article, _LazyRandom(seed, info.body)) if info.quote else []
            if quoted and not title_tells(article.title, quoted[0]):
                candidates.extend(quoted)
            else:
                skipped.append((info.n, info.problem))
            continue
        if info.context and not (info.attributions or info.quote or info.roles):
            # Leaning on the sentence before, it can serve only who-said, quote and role questions,
            # and offers none: no builder is asked (most sentences are such). One that names its subject
            # ("The firm's revenue nearly tripled to $86m") can still ask its figure, naming the title.
            # (or, an opening 'He' the title does not name, with the name the sentence before gives)
            named = [c for c in _named_fill_ins(info, article, seed) + _named_claims(info, article, seed)
                     if not title_tells(article.title, c)] or \
                [c for c in _resolved(info, article, seed) if not title_tells(article.title, c)]
            if named:
                candidates.extend(named)
            else:
                skipped.append((info.n, info.context))
            continue
        # One generator per sentence, seeded by the seed and the sentence's text: the same
        # sentence gets the same distractors wherever it stands in the article.
        rng = _LazyRandom(seed, info.body)
        made = [c for build in BUILDERS for c in build(info, article, rng)] + _named_fill_ins(info, article, seed)
        found = _one_question_a_figure([c for c in made if not title_tells(article.title, c) and
                                        not asked_untitled(c, article.title)])
        short = unnamed_short_name(article, info.n) if found else None
        if short:
            skipped.append((info.n, f"'{short}' cuts short a name told earlier, which the title does not hold"))
            continue
        if not found and (info.context or made):
            skipped.append((info.n, info.context or "what it could be asked, the article's title already shows"))
        candidates.extend(found)
    return candidates, skipped


def _choose(article: Article, candidates: list[Candidate], count: int | None, seed: int,
            ids: Ids) -> list[Question]:
    """About `count` of the candidates (default: by the article's length), made questions."""
    # (never more than a set may hold: `quiz check` would refuse the set, and regeneration with it)
    target = min(count if count is not None else default_count(len(article.sentences)), MAX_QUESTIONS)
    minimum = min(count if count is not None else minimum_count(len(article.sentences)), MAX_QUESTIONS)
    richer = min(round(len(article.sentences) * RICH_PER_SENTENCE) if count is None else 0, MAX_QUESTIONS)
    reserve = [c for c in candidates if c.reserve]
    if reserve:
        candidates = [c for c in candidates if not c.reserve]
    chosen = select(candidates, target, minimum, richer, ids)
    if reserve and chosen and len(chosen) < target:
        # (where nothing stands alone, the fallback below asks what it can, reserve claims among its last resorts)
        chosen = _topped_up(chosen, reserve, target, ids)
    if not chosen:
        # Every sentence leans on another: a figure or a year can still be asked with its sentence
        # as it stands ("… floated in April _____ with less than 50 employees"), rather than nothing.
        leaning = [info for info in article.sentences if info.context and not info.problem]
        # Best a sentence that names its subject ("the company floated in …") over "They …", "But …",
        # "their shares"; the article's title, named in the prompt, tells which company.
        # (not 'her' or 'the Nigerian': someone named earlier, whom the title does not say)
        named = [info for info in leaning if info.context.endswith("something named earlier")]
        # A column or a review in its writer's voice throughout: what it states, asked as the article's.
        own = [info for info in leaning if info.context == OWN_VIEW]
        fallback = [c for info in named for c in _fill_ins(info, article, seed)] or \
            [c for info in leaning for c in _fill_ins(info, article, seed)] or \
            [c for info in own for c in _claims(info, article, seed)] or \
            [c for info in named for c in _claims(info, article, seed)] or \
            lead_claim(article, _LazyRandom(seed, ""))
        fallback = [c for c in fallback if not title_tells(article.title, c)]
        chosen = [titled(c, article.title) for c in select(fallback, min(target, max(1, minimum)), minimum, 0, ids)]
    else:
        # A question is read apart from its article (in the set's file, printed, asked among others): what a
        # sentence states is asked 'according to the article “Japan's economy shrinks”', whose title tells
        # what its 'Retail sales', 'the embargo', 'Rival Sony', 'prices' are of; a quotation's words, a role's
        # description are the article's too. (Not where the title gives the answer away.)
        chosen = [titled(c, article.title) for c in chosen]
    # ('Mr Kennedy said …', 'the MPC': the article told which in full before; the quotation asked is as said)
    chosen = [c if c.family == "quote" else _full_names(c, article) for c in chosen]
    return finish(chosen, seed, ids)


def _topped_up(chosen: list[Candidate], reserve: list[Candidate], target: int, ids: Ids) -> list[Candidate]:
    """The chosen, and reserve questions of sentences none of them asks, up to `target`: chosen apart, so that
    none displaces a question of a sentence that stands alone (the T/F balance would favour a false one)."""
    asked = {c.sentence for c in chosen}
    extra = select([c for c in reserve if c.sentence not in asked], target - len(chosen), 0, 0, ids)
    return in_article_order(chosen + extra, ids)


def _full_names(candidate: Candidate, article: Article) -> Candidate:
    prompt = with_acronyms_spelled_out(with_full_names(candidate.prompt, article.names, candidate.choices or []),
                                       article.names)
    return candidate if prompt == candidate.prompt else replace(candidate, prompt=prompt)


# Capitalised, yet no name of what the sentence is about: a date, 'I', a common noun in capitals ('GDP',
# 'the Bill').
_CALENDAR = frozenset(f"{MONTHS}|{WEEKDAYS}".split("|")) | frozenset(
    "I GDP GMT BST CEO PC PCs TV TVs DVD DVDs CD CDs MP MPs AM PM Bill Act Budget".split())


def _names(word: str) -> bool:
    """Whether a capitalised word may name something ('January-to-March' does not)."""
    if "-" not in word:
        return word not in _CALENDAR
    return any(part[:1].isupper() and part not in _CALENDAR for part in word.split("-"))


def _name_word(word: str) -> bool:
    """A capitalised word that may name something (not 'GDP', 'March', 'January-to-March')."""
    return word[:1].isupper() and _names(strip_possessive(word))


class _LazyRandom:
    """A random.Random seeded on first draw: most sentences yield no candidate that draws from it,
    and seeding from a string (a SHA-512 of it) costs more than many a sentence's candidates.
    The seed string itself is built only then, too."""

    def __init__(self, seed: int, body: str) -> None:
        self._seed, self._body = seed, body
        self._rng: random.Random | None = None

    def _random(self) -> random.Random:
        if self._rng is None:
            self._rng = random.Random(f"{self._seed}\x1f{self._body}")
        return self._rng

    def shuffle(self, items: list) -> None:
        # Fewer than two items draw nothing (a third of the sentences that shuffle): no seeding for them.
        if len(items) > 1:
            self._random().shuffle(items)

    def __getattr__(self, name: str):
        value = getattr(self._random(), name)
        if callable(value):
            setattr(self, name, value)  # a method asked for again is found without this detour
        return value


def _claims(info: SentenceInfo, article: Article, seed: int) -> list[Candidate]:
    """Last resort: claims on a sentence whose only want is a 'the …' it names no further, or that it is
    its writer's view."""
    return claim_candidates(replace(info, context=None), article, _LazyRandom(seed, info.body))


def _fill_ins(info: SentenceInfo, article: Article, seed: int) -> list[Candidate]:
    alone = replace(info, context=None)
    rng = _LazyRandom(seed, info.body)  # (the same draws as random.Random of its string, if any is drawn)
    return number_candidates(alone, article, rng) + date_candidates(alone, article, rng)


NAMED_FILL_IN = 0.5  # after the figures of sentences that stand alone
# A measure that says nothing of what it measures ('the figure'; 'the unemployment rate' says it).
_MEASURE_NAMED = re.compile(r"^'[Tt]he (?:figures?|numbers?|rates?|levels?|totals?|amounts?|data|percentage|proportion|"
                            r"sum)(?:['’]s)?'")
_SAME_PERIOD = re.compile(r"\bthe\s+same\s+(?:period|quarter|month|year|week|day|time)\b"
                          r"(?!\s+(?:as|that|when|last|a\s+year|of|in|the\s+previous|\d))")
_A_TIME = re.compile(rf"\b(?:{MONTHS}|\d{{4}}|(?:months?|quarters?|years?|weeks?|days?))\b")


def _same_period_before(body: str) -> bool:
    """Whether 'the same period' (quarter, month …) points to one an earlier sentence told: the sentence
    names no time before it ('3.7% between July and September, … 178,000 during the same period': its own)."""
    same = _SAME_PERIOD.search(body)
    return same is not None and _A_TIME.search(body, 0, same.start()) is None


def _named_fill_ins(info: SentenceInfo, article: Article, seed: int) -> list[Candidate]:
    """Figures and years of a sentence whose 'the firm', 'the report' the article named before: asked with
    the article's title, which tells which firm; ranked after those of sentences that stand alone."""
    # (a 'the …' reference only: not "opens with 'About 70%', a count of something named earlier"; or an
    # opening 'She' whom the title names, "She was born in 1941" under "Helena Marsh-Odell … dies aged 84")
    if not (info.context and (info.numbers or info.years)) or not _title_says_which(info, article):
        return []
    return _asked_by_title(_fill_ins(info, article, seed), article)


def _named_claims(info: SentenceInfo, article: Article, seed: int) -> list[Candidate]:
    """Claims of a sentence whose 'the firm', 'the report' the article named before, as _named_fill_ins()
    asks its figures: with the title, which tells which firm ("The firm's revenue nearly tripled to $86m"
    under "Ledgerly raises $40m"); ranked after those of sentences that stand alone."""
    if not (info.context and info.context.endswith(_NAMED_EARLIER)) or \
            not _title_says_which(info, article, strict=True):
        return []
    made = _asked_by_title(_claims(info, article, seed), article)
    for candidate in made:
        candidate.reserve = True
    return made


def _resolved(info: SentenceInfo, article: Article, seed: int) -> list[Candidate]:
    """Figures, years and claims of a sentence whose opening 'He' or 'She' the sentence before names (asked with
    the name in its place: quiz.generate.resolved), ranked after those of sentences that stand alone."""
    alone = resolved_sentence(info, article) if info.context and info.context.startswith("starts with") else None
    if alone is None:
        return []
    made = _fill_ins(alone, article, seed) + _claims(alone, article, seed)
    for candidate in made:
        candidate.score *= NAMED_FILL_IN
    return made


_NAMED_EARLIER = "refers to something named earlier"


def _title_says_which(info: SentenceInfo, article: Article, strict: bool = False) -> bool:
    """Whether the title says what the sentence's 'the …' (or its opening 'She') means (`strict`: see
    quiz.generate.topic.title_settles)."""
    reference = info.context.endswith(_NAMED_EARLIER)
    if not (reference and title_settles(article, info.n, strict) or not reference and title_person(info, article)):
        return False
    if _MEASURE_NAMED.search(info.context) or "same" in info.body and _same_period_before(info.body):
        # "In Singapore the figure is close to 5%", "rose by just 28% in the same period": the title does
        # not say what the figure measures, or which period
        return False
    # ("The regional giant grew …" under "Quake's economic costs emerging": which giant?)
    return _title_names(article) or any(map(_name_word, WORD.findall(info.body)[1:]))


def _asked_by_title(candidates: list[Candidate], article: Article) -> list[Candidate]:
    out = []
    for candidate in candidates:
        prompt = titled_prompt(candidate, article.title)
        if prompt is None:
            continue  # no title, or one that gives the answer away
        # (changed in place: the candidate is new, and dataclasses.replace costs ~10 µs)
        candidate.prompt, candidate.score = prompt, candidate.score * NAMED_FILL_IN
        out.append(candidate)
    return out


def _title_names(article: Article) -> bool:
    """Whether the title names something: a capitalised word past its first, or a first word the article
    writes as a name ('Parmalat boasts doubled profits')."""
    words = WORD.findall(article.title or "")
    if any(map(_name_word, words[1:])):
        return True
    first = strip_possessive(words[0]) if words else ""
    if not first or not _names(first) or first.lower() in article.names.lower_seen:
        return False
    # An acronym or a word with a capital inside ('NHS', 'E-University') is a name; any other word only if
    # the article writes it with a capital mid-sentence too: 'Quake's economic costs emerging' names no quake.
    proper = article.names.proper
    return not first[1:].islower() or first in proper or f"{first}'s" in proper or f"{first}’s" in proper


def generate_questions(doc, count: int | None = None, seed: int = 0) -> list[Question]:
    """About `count` questions (default: by the article's length) for a SourceDocument."""
    return generate(doc, count, seed).questions


__all__ = ["Generated", "generate", "generate_questions"]
