"""Whether two names the article uses may be the same thing: 'the observatory' and 'the Syrian
Observatory for Human Rights', 'the FT' and 'a Financial Times report'.

Choosing distractors compares the same few names of an article again and again, so what each
name brings to a comparison is worked out once per name (_key), not once per pair.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generate.text import WORD, norm_key

WEAK = frozenset(
    """the a an of for and in on at us uk official officials spokesman spokeswoman source sources
    news agency group people said its their his her new former senior local top""".split())
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_INITIAL_SKIP = frozenset({"of", "the", "a", "an", "and", "for", "&"})


def same_entity(a: str, b: str) -> bool:
    """True where two names may be the same thing ('the observatory' / 'Syrian Observatory ...')."""
    (stems_a, norm_a, acronyms_a), (stems_b, norm_b, acronyms_b) = _key(a), _key(b)
    # (Most names hold no acronym: no abbreviation to look for, and no initials to work out.)
    return not stems_a.isdisjoint(stems_b) or norm_a == norm_b or \
        bool(acronyms_a) and _abbreviates(acronyms_a, _initials(b)) or \
        bool(acronyms_b) and _abbreviates(acronyms_b, _initials(a))


@lru_cache(maxsize=1024)
def _key(text: str) -> tuple[frozenset[str], str, list[str]]:
    """The stems of the words that say something, text.norm_key, and the acronyms ("FT", "BBC")."""
    stems = frozenset(w[:5] for w in map(str.lower, WORD.findall(text)) if w not in WEAK and len(w) > 2)
    return stems, norm_key(text), _ACRONYM.findall(text)


@lru_cache(maxsize=1024)
def _initials(text: str) -> str:
    """The initials of the capitalised words: "FT" for "a Financial Times report"."""
    return "".join(w[0] for w in text.split() if w[:1].isupper() and w.lower() not in _INITIAL_SKIP)


def _abbreviates(acronyms: list[str], initials: str) -> bool:
    """'the FT' and 'a Financial Times report', 'BBC' and 'the British Broadcasting Corporation': one source."""
    return len(initials) >= 2 and any(initials.startswith(a) and len(a) == len(initials) or a in initials and
                                      len(a) >= 3 for a in acronyms)
