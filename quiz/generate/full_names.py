"""A person a prompt calls only 'Mr Kennedy', or a body only 'the MPC', named in full as the article first did
('Charles Kennedy', 'the Monetary Policy Committee (MPC)').

A question is read without the article: 'Mr Kennedy said the party would …' leaves a reader asking which
Kennedy, where the article told 'Liberal Democrat leader Charles Kennedy' a few sentences before.
"""

from __future__ import annotations

import re

from quiz.generate.entities import Names
from quiz.generate.text import outside_quotes

# An honorific and a surname: the way news writing names someone it named in full before. (Not 'Sir',
# 'Lord', 'Lady': 'Sir Nicholas', 'Lord Butler' are how such a person is called.)
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")


def with_full_names(prompt: str, names: Names, choices: list[str]) -> str:
    """The prompt with each person's first 'Mr Surname' made the full name the article gives, where that
    name is one person's (not where two Blairs make 'Mr Blair' either), the prompt does not name them in
    full already, and no choice is theirs (which the prompt would then seem to point to or away from)."""
    if "M" not in prompt and "Dr" not in prompt:
        return prompt
    done: set[str] = set()
    out, last = [], 0
    for match in _HONORIFIC_NAME.finditer(outside_quotes(prompt)):  # (a quotation is kept as said)
        name = names.person(match.group())
        full = names.display(name) if name else None
        if not full or full in done or full in prompt or any(full in choice or choice in full for choice in choices):
            continue
        done.add(full)
        out.append(prompt[last:match.start()])
        out.append(full)
        last = match.end()
    return "".join(out) + prompt[last:] if out else prompt


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
    for body in names.bodies:
        if "(" not in body:
            continue
        for match in _SPELLED_OUT.finditer(body):
            words, acronym = match.group(1).split(), match.group(2)
            heads = [at for at, word in enumerate(words) if word.lower() not in _SMALL_WORDS]
            initials = "".join(words[at][0] for at in heads)
            if acronym not in found and initials.endswith(acronym):
                found[acronym] = " ".join(words[heads[len(heads) - len(acronym)]:])
    names.memo["acronyms"] = found
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
            prompt = f"{prompt[:match.start()]}{words}{prompt[match.end() - 2:]}"
            plain = outside_quotes(prompt)
        elif match:
            prompt = f"{prompt[:match.start()]}{words} ({acronym}){prompt[match.end():]}"
            plain = outside_quotes(prompt)
    return prompt
