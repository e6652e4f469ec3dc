"""A person a prompt calls only 'Mr Kennedy', or a body only 'the MPC', named in full as the article first did
('Charles Kennedy', 'the Monetary Policy Committee (MPC)').

A question is read without the article: 'Mr Kennedy said the party would …' leaves a reader asking which
Kennedy, where the article told 'Liberal Democrat leader Charles Kennedy' a few sentences before.
"""

from __future__ import annotations

import re

from quiz.generate.entities import Names
from quiz.generate.pronouns import CALENDAR, NOT_SUBJECTS
from quiz.generate.text import article_for, outside_quotes

# An honorific and a surname: the way news writing names someone it named in full before. (Not 'Sir',
# 'Lord', 'Lady': 'Sir Nicholas', 'Lord Butler' are how such a person is called.) Or the surname alone, the
# way other outlets do ('says Curry'): a capitalised word with no other capitalised word beside it.
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")
_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][a-z][\w-]*")
_CAPITAL_OR_THE_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+(?:of|de|van|von))?|\b[Tt]he)\s+$")
_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Z]|of\s+[A-Z])")


def with_full_names(prompt: str, names: Names, choices: list[str]) -> str:
    """The prompt with each person's first 'Mr Surname' (or bare 'Surname') made the full name the article
    gives, where that name is one person's (not where two Blairs make 'Mr Blair' either), the prompt does not
    name them in full already, and no choice is theirs (which the prompt would then seem to point to or away
    from)."""
    plain = outside_quotes(prompt)  # (a quotation is kept as said)
    found = [(match.start(), match.end(), match.group()) for match in _HONORIFIC_NAME.finditer(plain)]
    found += [(start, end, word) for start, end, word in _bare_surnames(plain, names)
              if not any(start < e and s < end for s, e, _ in found)]
    done: set[str] = set()
    out, last = [], 0
    for start, end, words in sorted(found):
        name = names.person(words)
        full = names.display(name) if name else None
        if not full or full in done or full in prompt or any(full in choice or choice in full for choice in choices):
            continue
        done.add(full)
        out.append(prompt[last:start])
        out.append(full)
        last = end
    return "".join(out) + prompt[last:] if out else prompt


def _bare_surnames(plain: str, names: Names) -> list[tuple[int, int, str]]:
    """Where a known person's surname stands alone ('says Curry', "Curry's venture"), one person's, no month
    ('in May'), no part of a longer name ('Curry Street', 'Adam Curry', 'Curry of Leeds'), no 'the Brown camp'."""
    found = []
    for match in _CAPITALISED.finditer(plain):
        word = match.group()
        if word not in names.surnames or word in names.ambiguous or word in CALENDAR or \
                not _a_persons_name(names.surnames[word], names):
            continue
        if _CAPITAL_OR_THE_BEFORE.search(plain, max(0, match.start() - 30), match.start()) or \
                _CAPITAL_AFTER.match(plain, match.end()) or _as_a_brand(word, names):
            continue  # (the article's every sentence is read for a brand last: most surnames follow a name)
        found.append((match.start(), match.end(), word))
    return found


def _a_persons_name(full: str, names: Names) -> bool:
    """Whether a full name reads as a person's: a given name before the surname that is no common word
    ('Both Boeing', 'Some Citigroup'), no day and no '-based' ('Paris-based Euronext')."""
    given = full.split()[0]
    return " " in full and given.lower() not in names.lower_seen and given.lower() not in NOT_SUBJECTS and \
        given not in CALENDAR and \
        not any(part[:1].islower() for part in given.split("-"))


def _as_a_brand(word: str, names: Names) -> bool:
    """Whether the article writes the surname as a make or a firm too: 'the Ford Mustang', 'Ford Freestyle'
    beside Bill Ford, where 'Ford reported net income' is the firm."""
    known = names.memo.setdefault("brands", {})  # (asked again for each prompt naming the surname)
    if word not in known:
        brand = re.compile(rf"\b(?:[Tt]he\s+{word}\b|{word}\s+(?!{names.surnames[word].split()[-1]}\b)[A-Z]\w)")
        known[word] = any(brand.search(body) for body in names.bodies if word in body)
    return known[word]


# 'Monetary Policy Committee (MPC)': capitalised words (and the small words inside a name) before an acronym in
# brackets, the way an article spells one out at its first use.
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w&'’-]*\s+(?:(?:of|and|for|the|on|in|de|du)\s+)*){1,7})\(([A-Z]{2,6})\)")
_SMALL_WORDS = frozenset("of and for the on in de du".split())


def spelled_out(names: Names) -> dict[str, str]:
    """The acronyms the article spells out ('MPC': 'Monetary Policy Committee'), worked out once an article:
    the words before the brackets whose initials, from the first that starts the acronym, make it."""
    if "acronyms" in names.memo:
        return names.memo["acronyms"]
    found: dict[str, str] = {}
    the: set[str] = set()  # (those the article writes after 'the': "the United Nations … (UNECE)")
    for body in names.bodies:
        if "(" not in body:
            continue
        for match in _SPELLED_OUT.finditer(body):
            words, acronym = match.group(1).split(), match.group(2)
            heads = [at for at, word in enumerate(words) if word.lower() not in _SMALL_WORDS]
            initials = "".join(words[at][0] for at in heads)
            if acronym not in found and initials.endswith(acronym):
                first = heads[len(heads) - len(acronym)]
                found[acronym] = " ".join(words[first:])
                before = words[first - 1] if first else (body[:match.start()].split() or [""])[-1]
                if before.lower() == "the":
                    the.add(acronym)
    names.memo["acronyms"], names.memo["acronyms_the"] = found, the
    return found


def with_acronyms_spelled_out(prompt: str, names: Names) -> str:
    """The prompt with the first use of each acronym the article spelled out before ('the MPC faced …') given
    as the article did ('the Monetary Policy Committee (MPC) faced …'), outside quotations, where the prompt
    does not spell it out already."""
    acronyms = spelled_out(names)
    if not acronyms:
        return prompt
    plain = outside_quotes(prompt)
    for acronym, words in acronyms.items():
        if words in prompt or f"({acronym})" in prompt:
            continue
        match = re.search(rf"\b{acronym}\b(?P<owner>['’]s\b)?", plain)
        if match and match.group("owner"):
            # ('the FSA's team': "the Financial Services Authority's team", not "… (FSA)'s team")
            prompt = f"{prompt[:match.start()]}{_the(prompt, match.start(), acronym, names)}{words}" \
                     f"{prompt[match.end() - 2:]}"
            plain = outside_quotes(prompt)
        elif match:
            head = _with_article_for(prompt[:match.start()], words)  # ('an MoD report': "a Ministry of …")
            prompt = f"{head}{_the(prompt, match.start(), acronym, names)}{words} ({acronym}){prompt[match.end():]}"
            plain = outside_quotes(prompt)
    return prompt


_A_OR_AN = re.compile(r"\b([Aa]n?)\s+$")


def _with_article_for(before: str, words: str) -> str:
    """The text before an acronym, its 'a' or 'an' made the one the spelled-out words take."""
    article = _A_OR_AN.search(before)
    if article is None:
        return before
    new = article_for(words)
    new = new.capitalize() if article.group(1)[0].isupper() else new
    return f"{before[:article.start(1)]}{new}{before[article.end(1):]}"


def _the(prompt: str, at: int, acronym: str, names: Names) -> str:
    """'the ' (or 'The ', opening a sentence) where the article writes the name spelled out after 'the' and the
    prompt has none before the acronym ('UNECE is forecasting' → 'The United Nations Economic Commission …')."""
    if acronym not in names.memo.get("acronyms_the", ()):
        return ""
    before = prompt[:at].rstrip()
    if not before or before.endswith((":", ".", "“", '"')):
        return "The "
    # (only where a noun phrase starts: not 'An IMF mission', 'all 148 WTO members', 'last year's CES')
    return "the " if before.rsplit(None, 1)[-1].lower() in _NOUN_PHRASE_STARTS else ""


_NOUN_PHRASE_STARTS = frozenset("of by to from with at in on for and or that said says told than as whether against "
                                "within without under over about".split())
