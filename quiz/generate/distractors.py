"""Wrong answers for who-questions and role questions, drawn from the article itself.

A wrong answer must really be wrong: a name the article may use for the same
source (the war monitor *is* the Syrian Observatory) or a source the article
also credits with the same claim is never offered.
"""

from __future__ import annotations

import random
import re

from quiz.generate.analysis import Article
from quiz.generate.attribution import GENERIC, NAMED, PERSON, Speaker
from quiz.generate.entities import Role, same_entity
from quiz.generate.text import TITLE_HEADS, WORD

_NUMBER = re.compile(r"\d[\d,.]*")
_CONTENT_STOP = frozenset(
    """the a an of to in on at for and or but that this with by from was were is are be been has have had
    it its they their he she his her said would will could not as than more also""".split()
)


def _content(text: str) -> set[str]:
    return {w.lower()[:6] for w in WORD.findall(text) if w.lower() not in _CONTENT_STOP and len(w) > 2}


def similar_claims(a: str, b: str) -> bool:
    """Claims that may state the same fact: a shared number, or mostly the same words."""
    if set(_NUMBER.findall(a)) & set(_NUMBER.findall(b)):
        return True
    ca, cb = _content(a), _content(b)
    if not ca or not cb:
        return False
    return len(ca & cb) / min(len(ca), len(cb)) >= 0.5


def _aliases(article: Article, name: str) -> list[str]:
    """Descriptions the article gives a name (its roles), which may be how it is called elsewhere."""
    return [role.role for role in article.roles() if role.entity.lower() == name.lower()]


def _may_be_same(article: Article, a: str, b: str) -> bool:
    if same_entity(a, b):
        return True
    return any(same_entity(alias, b) for alias in _aliases(article, a)) or any(
        same_entity(a, alias) for alias in _aliases(article, b)
    )


def _describes_someone(display: str) -> bool:
    return any(w.lower() in TITLE_HEADS for w in WORD.findall(display))


def pick_speakers(article: Article, answer: Speaker, claim: str, rng: random.Random, want: int = 3) -> list[str]:
    """Other sources in the article, never one that may be the answer or that says the same thing."""
    claims = article.claims_by()
    pool: list[tuple[int, str]] = []
    seen: set[str] = set()
    for speaker in article.speakers():
        display = speaker.display or ""
        if not display or display.lower() in seen or display.lower() == (answer.display or "").lower():
            continue
        seen.add(display.lower())
        if _may_be_same(article, answer.display or "", display):
            continue
        if any(similar_claims(claim, other) for other in claims.get(display.lower(), [])):
            continue
        rank = 0 if speaker.kind == answer.kind else 2
        if answer.kind == PERSON and speaker.kind == GENERIC:
            continue  # "Newspaper reports" is no one who says things
        if (answer.kind == PERSON) != (speaker.kind == PERSON) and _describes_someone(display):
            continue  # "Scotland's justice minister" may be the very person asked about
        if {speaker.kind, answer.kind} <= {NAMED, GENERIC}:
            rank = 0
        pool.append((rank, display))
    # People the article names but does not quote are plausible sources too.
    if answer.kind == PERSON:
        for name in article.names.persons:
            if name.lower() not in seen and name.lower() != (answer.display or "").lower():
                seen.add(name.lower())
                if not _may_be_same(article, answer.display or "", name) and not any(
                        similar_claims(claim, other) for other in claims.get(name.lower(), [])):
                    # A full name for a full name: "Biden" beside "Lloyd Austin" stands out.
                    same_form = (len(name.split()) > 1) == (len((answer.display or "").split()) > 1)
                    pool.append((1 if same_form else 3, name))
    rng.shuffle(pool)
    pool.sort(key=lambda item: item[0])
    return [display for _, display in pool][: want + 3]


def pick_roles(article: Article, role: Role, rng: random.Random, want: int = 3) -> list[str]:
    """Roles the article gives others, of the same form (a title for a title, 'a/an …' for 'a/an …')."""
    pool = []
    seen = {role.role.lower()}
    own = {r.role.lower() for r in article.roles() if r.entity == role.entity}
    for other in article.roles():
        key = other.role.lower()
        if key in seen or key in own or other.entity == role.entity or other.indefinite != role.indefinite:
            continue
        if same_entity(other.entity, role.entity):
            continue
        seen.add(key)
        pool.append(other.role)
    rng.shuffle(pool)
    return pool[: want + 2]
