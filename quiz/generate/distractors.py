"""Wrong answers for who-questions and role questions, drawn from the article itself.

A wrong answer must really be wrong: a name the article may use for the same
source (the war monitor *is* the Syrian Observatory) or a source the article
also credits with the same claim is never offered.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

from quiz.generate.analysis import Article
from quiz.generate.attribution import GENERIC, NAMED, PERSON, Speaker
from quiz.generate.entities import Role
from quiz.generate.name_words import ORG_WORDS, PLACES
from quiz.generate.sameness import same_entity
from quiz.generate.sexes import MALE, sex_in_words, sex_of
from quiz.generate.text import TITLE_HEADS, WORD, has_phrase

_NUMBER = re.compile(r"\d[\d,.]*")
_CONTENT_STOP = frozenset(
    """the a an of to in on at for and or but that this with by from was were is are be been has have had
    it its they their he she his her said would will could not as than more also""".split()
)


@lru_cache(maxsize=8192)  # each claim is set against every other source's claims, call after call
def _content(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:6] for w in WORD.findall(text) if w.lower() not in _CONTENT_STOP and len(w) > 2)


@lru_cache(maxsize=8192)
def _numbers(text: str) -> frozenset[str]:
    return frozenset(_NUMBER.findall(text))


def _memo(article: Article) -> dict:
    """What every who-question of an article asks again, worked out once for the article."""
    return article._memo.setdefault("distractors", {})


def _aliases(article: Article, name: str) -> list[str]:
    """Descriptions the article gives a name (its roles), which may be how it is called elsewhere."""
    memo = _memo(article)
    if "aliases" not in memo:
        by_entity: dict[str, list[str]] = {}
        for role in article.roles():
            by_entity.setdefault(role.entity.lower(), []).append(role.role)
        memo["aliases"] = by_entity
    return memo["aliases"].get(name.lower(), [])


def _same_entity(article: Article, a: str, b: str) -> bool:
    """same_entity(a, b), remembered per article either way round (it is symmetric): the questions
    on an article ask about the same pairs of names again and again."""
    pairs = _memo(article).setdefault("same_entity", {})
    key = (a, b) if a <= b else (b, a)
    if key not in pairs:
        pairs[key] = same_entity(a, b)
    return pairs[key]


def _may_be_same(article: Article, a: str, b: str) -> bool:
    # Remembered per pair as well, either way round: so is this test symmetric.
    same = _memo(article).setdefault("may_be_same", {})
    key = (a, b) if a <= b else (b, a)
    if key not in same:
        same[key] = _same_entity(article, a, b) or any(
            _same_entity(article, alias, b) for alias in _aliases(article, a)) or any(
            _same_entity(article, a, alias) for alias in _aliases(article, b))
    return same[key]


def _describes_someone(display: str) -> bool:
    """'Scotland's justice minister', 'The MPs': people named by their role, who may be the very source
    asked about ("The MPs said" of a select committee's words)."""
    return any(word in TITLE_HEADS or word[-1:] == "s" and word[:-1] in TITLE_HEADS
               for word in map(str.lower, WORD.findall(display)))


def _named_in(text: str, display: str) -> bool:
    """'Robert Jackson' for 'Mr Blair said Mr Jackson was…': a choice the sentence itself names."""
    # (Two letters are enough for an acronym: "GM" in "General Motors (GM) is recalling …".)
    return any((len(word) > 2 or word.isupper()) and word[:1].isupper() and has_phrase(text, word)
               for word in display.split()
               if word.lower() not in ("the", "a", "an"))


def _looks_personal(display: str) -> bool:
    """'Anne Alexander': two or three capitalised words, none an organisation's — a person's name."""
    tokens = display.split()
    return 2 <= len(tokens) <= 3 and all(t[:1].isupper() and t[1:].islower() for t in tokens) and \
        not any(t.lower() in ORG_WORDS for t in tokens) and tokens[0] not in ("The", "A", "An")


def _sources(article: Article, person: bool) -> list[tuple[str, str]]:
    """(display, kind) of every source of the form asked for that any answer may be offered, once each.

    The same for every question on the article: worked out once. Each name counts once, by its first
    mention of the right form, even where that mention is then left out ("Scotland's justice minister").
    """
    memo = _memo(article)
    if ("sources", person) in memo:
        return memo[("sources", person)]
    candidates: list[tuple[str, str]] = [(s.display or "", s.kind) for s in article.speakers()]
    if person:  # people the article names but does not quote are plausible sources too (not the dead)
        dead = _the_dead(article)
        candidates += [(article.names.display(name) or "", PERSON) for name in article.names.persons
                       if name not in dead]
    seen: set[str] = set()
    sources = []
    for display, kind in candidates:
        if not display or display.lower() in seen or (kind == PERSON) != person:
            continue
        seen.add(display.lower())
        if person and (" " not in display or not _bare_name(display)):
            continue  # ("Portable media player firm Creative", "Lycos Europe": no one's name beside a person's)
        if not person and (_describes_someone(display) or _looks_personal(display) or no_speaker(display)):
            continue  # "Scotland's justice minister" may be the very person asked about; "The Association": which?
        sources.append((display, kind))
    memo[("sources", person)] = sources
    return sources


# The words a person's name may hold in lower case: "Riccardo de Rinaldini", "Ludwig van Beethoven".
_NAME_PARTICLES = frozenset("de da di del della der den van von ter le la du dos das bin bint al el y".split())


def _bare_name(display: str) -> bool:
    """Whether a person's display is a name alone: capitalised words (or particles), not one ending in a place."""
    words = display.split()
    return all(word[:1].isupper() or word in _NAME_PARTICLES for word in words) and words[-1] not in PLACES


def _as_person(answer: Speaker) -> bool:
    """Whether the answer is offered among people: a person, or a name the names did not take for a person's
    ("Riccardo de Rinaldini"), not to be set beside "Portable media player firm Creative"."""
    return answer.kind == PERSON or _a_persons_name(answer.display or "")


def _a_persons_name(display: str) -> bool:
    """Whether a display reads as a person's name the names did not take for one: a name alone, with a particle
    inside ('Henri de Bodinat'), no word of a body's."""
    words = display.split()
    return len(words) >= 3 and _bare_name(display) and not _NAME_PARTICLES.isdisjoint(words[1:-1]) and \
        not any(word.lower() in ORG_WORDS for word in words)


_DEATH_WORDS = ("died", "killed", "death", "dead", "drowned", "late ")


def _the_dead(article: Article) -> set[str]:
    """The people the article tells are dead ('Dr Laura Emery, 34, …, died at the scene', 'the death of Mr
    Hale', 'the late Ted Hale'): at her inquest, no one would take her for a witness quoted."""
    bodies = [body for body in article.names.bodies if any(map(body.__contains__, _DEATH_WORDS))]
    if not bodies:
        return set()
    return {name for name in article.names.persons
            if any(_died(name.split()[-1]).search(body) for body in bodies if name.split()[-1] in body)}


@lru_cache(maxsize=1024)  # (a surname's pattern, made once: compiled anew each time, they cost more than the rest)
def _died(surname: str) -> re.Pattern[str]:
    surname = re.escape(surname)
    return re.compile(rf"\b{surname}\b(?:,[^.;]{{0,120}}?,)?\s+(?:had\s+|has\s+)?(?:died|was\s+killed|"
                      rf"was\s+found\s+dead|drowned)\b|\bdeath\s+of\s+(?:[A-Z][\w.-]*\s+){{0,3}}{surname}\b|"
                      rf"\b{surname}['’]s\s+death\b|\blate\s+(?:[A-Z][\w.-]*\s+){{0,3}}{surname}\b")


def no_speaker(display: str) -> bool:
    """Whether a source can be no answer to who said something: 'The Association', 'the Commission' (a body's
    common name alone, which names no one of them); 'A Capital Economics statement', 'a two-year study' (what
    was said, not who said it)."""
    words = display.split()
    if words[0].lower() in ("a", "an") and words[-1].lower() in _DOCUMENTS:
        return True
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in ORG_WORDS


_DOCUMENTS = frozenset("statement report study survey poll document letter release memo filing paper".split())


def may_pick_speakers(article: Article, answer: Speaker, least: int = 2) -> bool:
    """Whether pick_speakers() may find `least` names for the answer: the sources of its form, the
    answer's own name left out, are that many. Where they are fewer, pick_speakers() shuffles a pool
    of one or none, which draws nothing from its generator: a caller may then skip the candidate
    before any costlier test, and the draws the sentence's other candidates make stay the same."""
    sources = _sources(article, _as_person(answer))
    if len(sources) > least:
        return True
    own = (answer.display or "").lower()
    return sum(1 for display, _ in sources if display.lower() != own) >= least


def pick_speakers(article: Article, answer: Speaker, claim: str, rng: random.Random, want: int = 3) -> list[str]:
    """Other sources in the article of the answer's form (people for a person), each a different one.

    Never one that may be the answer (an alias, its description), one the article also credits
    with the same claim, one the claim itself names, nor two names for the same source.
    """
    answer_display = answer.display or ""
    speaking = speaking_sources(article)
    pool: list[tuple[int, str]] = []
    for display, kind in _sources(article, _as_person(answer)):
        if display.lower() == answer_display.lower():
            continue
        if _may_be_same(article, answer_display, display) or _named_in(claim, display):
            continue
        if _credited_alike(article, claim, display.lower()):
            continue
        if answer.kind == NAMED and kind == GENERIC and display.split()[-1].endswith("s"):
            continue  # "Aid groups", "Local officials" beside Save the Children: the answer may be one of them
        # A description for a description first: "Pro-hunt campaigners" may well be "the Countryside Alliance";
        # and someone the article has speak before someone it only names (the goalkeeper says nothing).
        rank = (0 if kind == answer.kind else 2) + (display.lower() not in speaking)
        pool.append((rank, display))
    rng.shuffle(pool)
    pool.sort(key=lambda item: item[0])
    picked: list[str] = []
    for _, display in pool:
        if len(picked) == want + 3:
            break  # no more are returned: the rest need not be compared
        # "A war monitor" and "the Syrian Observatory" are one source: offer it once.
        if not any(_may_be_same(article, display, other) for other in picked):
            picked.append(display)
    return picked[: want + 3]


def speaking_sources(article: Article) -> set[str]:
    """The sources the article has say something (display, lower case): worked out once."""
    memo = _memo(article)
    if "speaking" not in memo:
        memo["speaking"] = {s.display.lower() for s in article.speakers() if s.display}
    return memo["speaking"]


def _credited_alike(article: Article, claim: str, source: str) -> bool:
    """Whether the article credits the source with a claim that may state the same fact: one sharing a
    number, or mostly the same words. Looked up in an index of the source's claims, not tried against
    each: an article of thousands of claims took minutes."""
    numbers, by_word = _claims_index(article, source)
    if _numbers(claim) & numbers:
        return True
    words = _content(claim)
    # Mostly the same words: only a claim sharing one of them can be such.
    sharing = {id(other): other for word in words for other in by_word.get(word, ())}
    return any(len(words & other) / min(len(words), len(other)) >= 0.5 for other in sharing.values())


def _claims_index(article: Article, source: str) -> tuple[frozenset[str], dict[str, list[frozenset[str]]]]:
    """The numbers a source is credited with, and its claims' distinct content words by word (once)."""
    index = _memo(article).setdefault("claims_index", {})
    if source not in index:
        numbers: set[str] = set()
        contents: set[frozenset[str]] = set()
        by_word: dict[str, list[frozenset[str]]] = {}
        for other in article.claims_by().get(source, []):
            numbers |= _numbers(other)
            content = _content(other)
            if content and content not in contents:
                contents.add(content)
                for word in content:
                    by_word.setdefault(word, []).append(content)
        index[source] = frozenset(numbers), by_word
    return index[source]


def _roles_index(article: Article) -> tuple[list[Role], dict[str, set[str]]]:
    """The article's roles less repeats (a repeat is judged as the first was), and each entity's own roles
    in lower case: once an article, not once a role question."""
    memo = _memo(article)
    if "roles_index" not in memo:
        distinct: dict[tuple, Role] = {}
        own: dict[str, set[str]] = {}
        for role in article.roles():
            distinct.setdefault((role.role, role.entity, role.indefinite, role.person), role)
            own.setdefault(role.entity, set()).add(role.role.lower())
        memo["roles_index"] = list(distinct.values()), own
    return memo["roles_index"]


def pick_roles(article: Article, role: Role, rng: random.Random, want: int = 3) -> list[str]:
    """Roles the article gives others, of the same form (a title for a title, 'a/an …' for 'a/an …')."""
    pool = []
    seen = {role.role.lower()}
    roles, owns = _roles_index(article)
    own = owns.get(role.entity, set())
    sex = sex_in_words(role.role) or (sex_of(role.entity, article.names.bodies, article.names.memo)
                                      if role.person else None)
    for other in roles:
        key = other.role.lower()
        if key in seen or key in own or other.entity == role.entity or other.indefinite != role.indefinite or \
                other.person != role.person:  # "LG Group is an analyst at …": a person's role for a firm
            continue
        if _same_entity(article, other.entity, role.entity) or _may_also_be(role.role, other.role):
            continue
        if sex_in_words(other.role) not in (None, sex, MALE if sex is None else sex):
            continue  # (a man's role for a woman; a woman's for a man or for one the article does not tell)
        seen.add(key)
        pool.append(other.role)
    rng.shuffle(pool)
    return pool[: want + 2]


# Roles anyone of a party or a body holds beside any other role in it: the Liberal Democrat leader is a
# Lib Dem MP too, so 'Lib Dem MP' is no wrong answer to what the article says he is.
# (SEATS: seats in a parliament, which a minister holds too; see fam_roles)
SEATS = frozenset("mp mps msp am mep peer".split())
MEMBERSHIPS = SEATS | frozenset("member senator congressman congresswoman lawmaker legislator councillor councilor "
                                "backbencher".split())
_NICKNAMES = {"tory": "conservative", "tories": "conservative"}


def _may_also_be(answer: str, other: str) -> bool:
    """Whether `other` is a membership ('Lib Dem MP') of the party or body the answer role names
    ('Liberal Democrat leader'): a word for word match, one word short for the other ('Lib' for 'Liberal')."""
    words = other.lower().split()
    if len(words) < 2 or words[-1] not in MEMBERSHIPS:
        return False
    body = [_NICKNAMES.get(w, w) for w in words[:-1] if w not in ("a", "an", "the")]
    held = [_NICKNAMES.get(w, w) for w in answer.lower().split()]
    return bool(body) and any(
        all(min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))
            for a, b in zip(held[start:start + len(body)], body))
        for start in range(len(held) - len(body) + 1))


# "Mark Oaten also said there was a strong case for …": someone just before said as much. (Not 'also
# announced', 'also revealed': one more thing the same source told.)
_ALSO_SAID = re.compile(r"\balso\s+(?:said|says|argued|argues|warned|warns|called|calls|urged|urges|believes|thinks|"
                        r"agreed|agrees)\b")


def said_as_much_before(article: Article, n: int, display: str) -> bool:
    """Whether sentence `n` (from 1) says its source 'also said' it, and one of the three sentences before names
    `display` (by its last word) and shares a word of what it says: 'Earlier, Mr Howard said: "… a judge-led
    inquiry."' before 'Mark Oaten also said there was a strong case for a judge-led judicial review': Howard is
    no wrong answer to who said that."""
    body = article.sentences[n - 1].body
    also = _ALSO_SAID.search(body)
    if also is None:
        return False
    said, last = _content(body[also.end():]), display.split()[-1]
    return any(has_phrase(info.body, last) and not said.isdisjoint(_content(info.body))
               for info in article.sentences[max(0, n - 4):n - 1])
