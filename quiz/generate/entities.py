"""Names in an article: people (with their titles), organisations, and the roles the text gives them.

No tagger model: capitalised word runs, a few title words and the article's own
evidence (an honorific, a title, an appositive, a surname used alone) decide
what is a person. Everything is computed once per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.generate.text import HONORIFICS, OPENERS, SAY_VERBS, TITLE_HEADS, WORD, Gated, norm_key

# An acronym ("U.S.") or a capitalised word. Written to open with the capital itself, which lets
# re skip straight to the next capital instead of trying the pattern at every position.
CAP = r"[A-Z](?:\.(?:[A-Z]\.)+|(?:[\w&'’-]*\w)?)"
CONNECT = r"(?:of\s+the|of|for|de|del|da|van|von|der|bin|al|le|la|du)"
NAME_RUN = re.compile(rf"{CAP}(?:\s+(?:{CONNECT}\s+)?{CAP})*")
POSSESSIVE = re.compile(r"['’]s?$")
# A capitalised word (or acronym) right before a comma: what every "X, the chairman," or "the chairman,
# X," pattern needs. One quick scan (it opens with a capital) spares most sentences those long patterns.
CAPITAL_COMMA = re.compile(r"[A-Z][\w&'’.-]*,")

ORG_WORDS = frozenset(
    """party ministry department group inc ltd plc bank council commission office association
    observatory forces organisation organization university agency times news post journal
    corporation corp company co institute foundation federation union court committee parliament
    assembly government authority board service services society trust studios airlines motors
    industries centre center fund exchange network systems club league army navy police house
    street road zone state states kingdom republic airways holdings partners capital securities
    markets commerce chambers treasury reserve bureau alliance coalition international
    technologies communications media records entertainment games labs electronics pharmaceuticals
    bbc cbi fbi cia nato eu un imf wto opec sec fda daily sunday weekly telegraph herald gazette chronicle
    tribune mirror express observer magazine newspaper radio tv television channel website project life watch
    campaign forum initiative movement lobby unit aid relief rescue appeal action
    prison hospital school college academy airport station stadium park square bridge castle palace hall
    church cathedral museum gallery library theatre cinema hotel""".split()
)
NOT_NAMES = frozenset(
    """the a an i in on at by for of to and but or if as it he she they we this that these those
    mr mrs ms dr however meanwhile according while after before when since during although""".split()
)

_HONORIFIC = Gated(re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)\.?\s+([A-Z][\w'’-]+)"),
                   ("Mr", "Ms", "Dr", "Sir", "Lord", "Lady", "Prof"))
# People say and tell; organisations more often deny, announce, report.
_NAME_SAYS = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][a-z][\w'’-]+)\s+(?:(?:also|earlier|later|then)\s+)?"
    r"(?:said|says|told|tells|added|adds|explained|insisted|argued)\b")
_HEADS = "|".join(sorted(TITLE_HEADS, key=len, reverse=True))
# "the board's chief executive, Maria Olsen," / "Maria Olsen, the board's chief executive,"
_ROLE_BEFORE = re.compile(rf"\b(?:{_HEADS}),\s+((?:[A-Z][\w'’-]+\s+){{1,2}}[A-Z][\w'’-]+),")
# (The name is written to open with its capital, (?<!\w[A-Z]) standing for the \b before it: re then
# skips ahead to capitals instead of trying the pattern at every position. Same matches.)
_ROLE_AFTER = re.compile(
    rf"([A-Z](?<!\w[A-Z])[\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}),\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{_HEADS})\b")

# "Lord Falconer" is how a person is called; "Sir John" is a name cut short.
_NAMING_HONORIFICS = frozenset({"Lord", "Lady", "Baroness", "Dr", "Professor"})


# (Words then spaces, written word first: re skips ahead to a capital. Same matches as (?:W\s+){0,3}W.)
_IT_AFTER = re.compile(r"([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})(?:\s+(?:said|says|has|had|is|was|will|would)\s+"
                       r"(?:it|its)\b|,\s+which\b|['’]s\s+(?:shares|profits|board|sales|revenues|stake)\b)")
_LOWER_AT_END = re.compile(r"\b(?:[a-z-]+)\s*$")
_AT_CAPITAL = re.compile(r"\s(?:at|of|with)\s+[A-Z]")
_SAY_WORD = re.compile(r"\b(?:said|says|told|tells|added|adds|explained|insisted|argued)\b")
_AT_RUN = re.compile(rf"\b(?:{'|'.join(sorted(TITLE_HEADS))})\s+(?:at|of|with)\s+((?:[A-Z][\w&'’-]+\s+){{0,3}}[A-Z][\w&'’-]+)")
_OWNER_OF_PERSON = re.compile(r"((?:[A-Z][\w&'’-]+\s+){0,3}[A-Z][\w&-]+)['’]s\s+[A-Z][a-z]+\s+[A-Z][a-z]")


@dataclass
class Person:
    name: str  # the fullest form the article uses, e.g. "Lloyd Austin"
    titles: list[str] = field(default_factory=list)  # as written: "US Defence Secretary"
    honorific: str = ""  # "Lord", "Sir": part of how a person known by one name is called


@dataclass
class Role:
    entity: str  # display name: "Lloyd Austin", "the Syrian Observatory for Human Rights"
    role: str  # "US Defence Secretary", "a UK-based monitoring group"
    sentence: int
    indefinite: bool  # "a/an ..." (what something is) rather than a title (who someone is)
    person: bool


def strip_possessive(name: str) -> str:
    return POSSESSIVE.sub("", name) if name.endswith(("'s", "’s", "s'", "s’")) else name


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split 'US Defence Secretary Lloyd Austin' into title and name tokens (title may be empty)."""
    last_head = -1
    for i, token in enumerate(tokens[:-1]):
        if token.lower() in TITLE_HEADS or token.lower() in HONORIFICS:
            last_head = i
    title = tokens[: last_head + 1]
    # "Although Mr Marchionne": a capitalised opener is no part of a title
    while title and (title[0].lower() in NOT_NAMES or title[0].lower() in OPENERS):
        title = title[1:]
    return title, tokens[last_head + 1:]


class Names:
    """What the article's capitalised words are: name words, people, surnames."""

    def __init__(self, bodies: list[str], tokens: list[list[str]] | None = None) -> None:
        """`tokens`: each body's WORD.findall(), where the caller has them already."""
        self.lower_seen: set[str] = set()
        self.proper = self._proper_words(tokens if tokens is not None else [WORD.findall(b) for b in bodies],
                                         self.lower_seen)
        self.persons: dict[str, Person] = {}
        self.surnames: dict[str, str] = {}
        self.ambiguous: set[str] = set()  # surnames of two different people in the article
        self._evidence = self._person_evidence(bodies)
        # "an economist at Global Insight", "Global Insight's Nariman Behravesh": a place to work, no one
        # (Cheap tests first: the patterns themselves try every word as a start.)
        self._bodies_of_people = {run for body in bodies if _AT_CAPITAL.search(body) for run in _AT_RUN.findall(body)}
        self._bodies_of_people.update(run for body in bodies if "'s " in body or "’s " in body
                                      for run in _OWNER_OF_PERSON.findall(body))
        # "Borussia Dortmund said its …", "Greenway, which …": a body, not a person
        self._bodies_of_people.update(run for body in bodies for run in _IT_AFTER.findall(body))
        for body in bodies:
            self._collect(body)

    @staticmethod
    def _proper_words(token_lists: list[list[str]], lower_seen: set[str]) -> frozenset[str]:
        """Words written with a capital away from the start of a sentence: names, not openers."""
        capital: set[str] = set()
        for tokens in token_lists:
            capital.update([t for t in tokens[1:] if t[0].isupper()])
            lower_seen.update([t for t in tokens if not t[0].isupper()])
        return frozenset(w for w in capital if w.lower() not in lower_seen or w.isupper())

    def _person_evidence(self, bodies: list[str]) -> set[str]:
        """Surnames the article treats as people's: 'Mr X', 'X said', 'X, 45,'."""
        found: set[str] = set()
        for body in bodies:
            found.update(strip_possessive(m) for m in _HONORIFIC.findall(body))
            for pattern in (_ROLE_BEFORE, _ROLE_AFTER) if "," in body and CAPITAL_COMMA.search(body) else ():
                for run in pattern.findall(body):
                    tokens = run.split()
                    if tokens[0] not in ("The", "A", "An") and not any(t.lower() in ORG_WORDS for t in tokens):
                        found.add(strip_possessive(tokens[-1]))
            for run in _NAME_SAYS.findall(body) if _SAY_WORD.search(body) else ():
                tokens = run.split()
                if tokens[0] not in ("The", "A", "An") and not any(t.lower() in ORG_WORDS for t in tokens):
                    found.add(strip_possessive(tokens[-1]))
        return found

    def _collect(self, body: str) -> None:
        for match in NAME_RUN.finditer(body):
            tokens = match.group().split()
            if len(tokens) < 2:
                continue  # one word has no title before it, and no one is found by one bare word
            title, name = split_title(tokens)
            name = _without_affiliation(name)
            if not name:
                continue
            name[-1] = strip_possessive(name[-1])
            if self._looks_like_person(title, name, body, match.start()):
                before = WORD.findall(body[max(0, match.start() - 40):match.start()])[-1:]
                strong = bool(title) or bool(before) and before[0].lower() in TITLE_HEADS
                self._add(" ".join(name), " ".join(title) if title else None, strong=strong)

    def _looks_like_person(self, title: list[str], name: list[str], body: str, start: int) -> bool:
        if not 1 <= len(name) <= 4 or any(t.lower() in ORG_WORDS or t.lower() in NOT_NAMES or
                                          t.lower() in _PARTIES for t in name):
            return False  # "Lib Dems" said it: a party
        if any(not t[:1].isupper() or t.isupper() for t in name) or name[0] in _NATIONALITIES or \
                name[-1].lower() in TITLE_HEADS or name[-1] in _PLACES:
            return False  # "American Life", "British Gas": a nationality starts no one's name
        if len(name) == 1:
            return bool(title) and title[-1].lower() in HONORIFICS | {"president", "minister", "chancellor"}
        if title:
            return True
        before = body[max(0, start - 40):start]
        if _LOWER_AT_END.search(before) and WORD.findall(before)[-1:] and \
                WORD.findall(before)[-1].lower() in TITLE_HEADS:
            return True
        if name[0].lower() in self.lower_seen and name[0].lower() not in _WORDS_THAT_ARE_NAMES:
            return False  # "Age Concern said": a first word the article also writes as a common word
        return name[-1] in self._evidence and " ".join(name) not in self._bodies_of_people

    def _add(self, name: str, title: str | None, strong: bool = True) -> None:
        surname = name.split()[-1]
        key = self.surnames.get(surname)
        if key is not None and not _one_person(key, name):
            if not strong:
                return  # "Vote Blair, Get Brown" beside Tony Blair: a slogan, not a second Blair
            # "Sir Ian Blair" and "Tony Blair": two people; "Mr Blair" alone names neither for sure.
            self.ambiguous.add(surname)
            person = self.persons.setdefault(name, Person(name))
            if title and title.split()[-1].lower().rstrip(".") not in HONORIFICS and title not in person.titles:
                person.titles.append(title)
            return
        if key is None or len(name.split()) > len(key.split()):
            if key is not None and key in self.persons and key != name:
                old = self.persons.pop(key)
                self.persons.setdefault(name, Person(name)).titles.extend(old.titles)
            self.surnames[surname] = name
            key = name
        person = self.persons.setdefault(key, Person(key))
        if title and title.split()[-1] in _NAMING_HONORIFICS and " " not in key:
            person.honorific = title.split()[-1]
        if title and title.split()[-1].lower().rstrip(".") not in HONORIFICS and title not in person.titles:
            person.titles.append(title)

    def may_name_someone(self, run: str) -> bool:
        """False when a capitalised run cannot be a known person: its last word is no one's surname.

        An exact, cheap test before person(): every name person() returns ends in a known surname.
        """
        return strip_possessive(run.rsplit(" ", 1)[-1]) in self.surnames

    def person(self, phrase: str) -> str | None:
        """The person a phrase names ('Mr McConnell', 'Jack McConnell', 'chief executive Jo Bloggs')."""
        tokens = [strip_possessive(t) for t in phrase.split() if t[:1].isupper() or t in ("al", "bin")]
        if not tokens:
            return None
        _, name = split_title(tokens)
        if not name:
            return None
        full = " ".join(name)
        if full in self.persons:
            return full
        if name[-1] in self.ambiguous:
            return None  # "Mr Blair" where the article has Tony Blair and Ian Blair
        known = self.surnames.get(name[-1])
        # "Liberal Democrat Paul Tyler", "Labour's Robin Cook": a known name at the end of a longer run
        if known and (len(name) == 1 or full == known or full.endswith(" " + known)):
            return known
        return None

    def display(self, name: str) -> str | None:
        """How a person reads as a choice: the full name, 'Lord Heseltine'; None for a bare surname."""
        if " " in name:
            return name
        person = self.persons.get(name)
        return f"{person.honorific} {name}" if person and person.honorific else None

    def people_words(self) -> frozenset[str]:
        """Every word of every person's name, and the honorifics that stand for a person ('Mr Blair')."""
        words = {w for name in self.persons for w in name.split()}
        return frozenset(words | {"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady"})

    def is_name_word(self, word: str) -> bool:
        return word in self.proper


# Words that say which side someone is on, not who they are: "Tory David Heathcoat-Amory".
_AFFILIATIONS = frozenset(
    """tory tories labour conservative conservatives liberal democrat democrats lib dem dems republican
    republicans democratic green greens snp ukip plaid unionist socialist independent senator mp mep msp
    """.split())


_NATIONALITIES = frozenset(
    """American British English Scottish Welsh Irish European Chinese Japanese German French Russian Indian
    Italian Spanish African Asian Australian Canadian Mexican Brazilian Korean Iranian Iraqi Israeli Pakistani
    Dutch Swiss Swedish Norwegian Danish Finnish Polish Greek Turkish Arab Egyptian Saudi Syrian Afghan""".split())
# Places end no one's name: "Lycos Europe", "Tesco Ireland".
_PLACES = frozenset(
    """Europe Asia Africa America Americas Australia Britain England Scotland Wales Ireland France Germany Spain
    Italy China Japan India Russia Canada Brazil Mexico Korea International Worldwide Online Direct North South East
    West Central Loch Bay Valley""".split())
_WORDS_THAT_ARE_NAMES = frozenset(
    "mark will bill frank rob jack jo grace rose joy guy pat ray sue dean gene hope art chuck dawn sky".split())
_PARTIES = frozenset("lib dem dems tory tories labour conservatives democrats republicans snp ukip plaid".split())


def _without_affiliation(name: list[str]) -> list[str]:
    """'Labour's Robin Cook' → Robin Cook; 'Conservative Michael Fallon' → Michael Fallon."""
    for index, token in enumerate(name[:-1]):
        if token.endswith(("'s", "’s")):
            name = name[index + 1:]
            break
    while len(name) > 2 and (name[0].lower() in _AFFILIATIONS or name[0].endswith(("an", "ish", "ese"))
                             and name[0].lower() not in _GIVEN_ENDINGS_OK):
        name = name[1:]
    return name


_GIVEN_ENDINGS_OK = frozenset("jan ian sean dan stan evan alan brian juan ivan adrian julian christian".split())


def _one_person(a: str, b: str) -> bool:
    """'Blair' / 'Tony Blair' / 'Anthony Charles Blair'? One name's words end the other's: one person."""
    ta, tb = a.split(), b.split()
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return long[-len(short):] == short or (len(short) == 2 and long[0] == short[0] and long[-1] == short[-1])


def same_entity(a: str, b: str) -> bool:
    """True where two names may be the same thing ('the observatory' / 'Syrian Observatory ...')."""
    ka, kb = set(_stems(a)), set(_stems(b))
    return bool(ka & kb) or norm_key(a) == norm_key(b) or _abbreviates(a, b) or _abbreviates(b, a)


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "&"})


def _abbreviates(short: str, long: str) -> bool:
    """'the FT' and 'a Financial Times report', 'BBC' and 'the British Broadcasting Corporation': one source."""
    initials = "".join(w[0] for w in long.split() if w[:1].isupper() and w.lower() not in _INITIAL_SKIP)
    return len(initials) >= 2 and any(initials.startswith(a) and len(a) == len(initials) or a in initials and
                                      len(a) >= 3 for a in _ACRONYM.findall(short))


_WEAK = frozenset(
    """the a an of for and in on at us uk official officials spokesman spokeswoman source sources
    news agency group people said its their his her new former senior local top""".split()
)


def _stems(text: str) -> list[str]:
    return [w.lower()[:5] for w in WORD.findall(text) if w.lower() not in _WEAK and len(w) > 2]
