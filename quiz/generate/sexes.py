"""Whether 'he' or 'she' can mean a person the article names: the titles it gives them (Mr, Lady) tell."""

from __future__ import annotations

import re

from quiz.generate.entities import POSSESSIVE

MALE_TITLES = frozenset({"Mr", "Sir", "Lord", "King", "Prince", "Duke"})
FEMALE_TITLES = frozenset({"Mrs", "Ms", "Miss", "Lady", "Dame", "Baroness", "Queen", "Princess", "Duchess"})
# A title, then the capitalised words of a name; the last of them is the surname ("Mr Gordon Brown's").
_TITLED = re.compile(rf"\b({'|'.join(sorted(MALE_TITLES | FEMALE_TITLES))})\.?((?:\s+[A-Z][\w'’-]*)+)")
MALE, FEMALE = "male", "female"
# Words of a role that say whose sex it is: "health spokeswoman" is no wrong answer for Tim Gardner,
# since it gives itself away.
_SEX_WORDS = {**dict.fromkeys((
    "spokesman chairman businessman congressman councilman sportsman policeman fireman headmaster actor "
    "father husband son brother widower boyfriend grandfather uncle nephew king prince duke lord sir").split(), MALE),
    **dict.fromkeys((
        "spokeswoman chairwoman businesswoman congresswoman councilwoman sportswoman policewoman headmistress "
        "actress mother wife daughter sister widow girlfriend grandmother aunt niece queen princess duchess lady "
        "dame baroness").split(), FEMALE)}


def sex_in_words(text: str) -> str | None:
    """MALE or FEMALE where a word of `text` is one a man's or a woman's role holds ('spokeswoman'), else None."""
    found = {_SEX_WORDS.get(word) for word in re.findall(r"[a-z]+", text.lower())} - {None}
    return found.pop() if len(found) == 1 else None


def clashes(pronoun: str, name: str | None, bodies: list[str], memo: dict) -> bool:
    """Whether the article's titles make `name` someone 'he' or 'she' (`pronoun`) cannot be: 'she said'
    after a sentence naming only Mr McLeod is someone else speaking. `memo`: a dict kept for the article."""
    wants = {"he": MALE, "she": FEMALE}.get(pronoun.strip().lower())
    found = sex_of(name, bodies, memo) if wants else None
    return found is not None and found != wants


def sex_of(name: str | None, bodies: list[str], memo: dict) -> str | None:
    """MALE or FEMALE where the article titles the name's surname so ('Mrs Hassan'), else None."""
    if not name:
        return None
    return _titled(bodies, memo).get(name.split()[-1])


def both_sexes(surname: str, bodies: list[str], memo: dict) -> bool:
    """Whether the article titles the surname as a man's and as a woman's ('Mr Penhallow', 'Mrs Penhallow')."""
    sexes = _titled(bodies, memo)
    return surname in sexes and sexes[surname] is None


def _titled(bodies: list[str], memo: dict) -> dict[str, str | None]:
    sexes = memo.get("sexes")
    if sexes is None:
        sexes = memo["sexes"] = _sexes(bodies)
    return sexes


def _sexes(bodies: list[str]) -> dict[str, str | None]:
    """Each titled surname's sex; None where the article gives it both (two people of one surname)."""
    sexes: dict[str, str | None] = {}
    for body in bodies:
        for title, name in _TITLED.findall(body):
            surname = POSSESSIVE.sub("", name.split()[-1])
            sex = MALE if title in MALE_TITLES else FEMALE
            sexes[surname] = sex if sexes.get(surname, sex) == sex else None
    return sexes
