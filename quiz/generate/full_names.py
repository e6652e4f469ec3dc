"""A person a prompt calls only 'Mr Kennedy', named in full as the article first did ('Charles Kennedy').

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
