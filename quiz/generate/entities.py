"""Names in an article: people (with their titles), organisations, and the roles the text gives them.

No tagger model: capitalised word runs, a few title words and the article's own
evidence (an honorific, a title, an appositive, a surname used alone) decide
what is a person. Everything is computed once per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# (split_title, strip_possessive and POSSESSIVE, same_entity and _WEAK: callers and tests look for them here too)
from quiz.generate.name_runs import (POSSESSIVE, judge_head, judge_part, judge_run, split_title,  # noqa: F401
                                     strip_possessive, surname_too)
from quiz.generate.name_words import ORG_WORDS, PORTFOLIOS, WORDS_THAT_ARE_NAMES, portfolios_before
from quiz.generate.sameness import WEAK as _WEAK, same_entity  # noqa: F401
from quiz.generate.text import DEMONSTRATIVES, HONORIFICS, PRONOUNS, TITLE_HEADS, WORD

# An acronym ("U.S.") or a capitalised word. Written to open with the capital itself, which lets
# re skip straight to the next capital instead of trying the pattern at every position.
# (A name may open with a capital beyond ASCII too: "Éric Delacroix", "Łukasz Nowak", "Özlem Yıldız".)
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.lower() != c)
CAP = rf"[{UPPER}](?:\.(?:[A-Z]\.)+|(?:[\w&'’-]*\w)?)"
# ('van der', 'de la': two joining words in a row; 'Nick Van den Brul' is one name, not 'Nick Van')
CONNECT = r"(?:of\s+the|of|for|(?:de|del|della|da|dos|das|di|van|von|der|den|bin|al|le|la|du)(?:\s+(?:der|den|la|los))?)"
NAME_RUN = re.compile(rf"{CAP}(?:\s+(?:{CONNECT}\s+)?{CAP})*")
# A capitalised word (or acronym) right before a comma: what every "X, the chairman," or "the chairman,
# X," pattern needs. One quick scan (it opens with a capital) spares most sentences those long patterns.
CAPITAL_COMMA = re.compile(r"[A-Z][\w&'’.-]*,")

# Sentences are scanned joined into one text: one regex call per pattern, not one per sentence. No
# pattern here matches the separator (not \w, not \s, no punctuation they name): no match starts on it
# or crosses it, and \b and look-behinds see it as a text's end, so the joined text gives what each
# sentence gives. (Patterns are written to open with a character re can skip ahead to: same matches.)
_SEP = "\x00"

# "\b(?:Mr|Mrs|…)", each word's \b checked behind it
_HONORIFIC = re.compile(
    "(?:" + "|".join(rf"{w}(?<!\w{w})" for w in ("Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Prof"))
    + r")\.?\s+([A-Z][\w'’-]+)")
_HONORIFIC_WORDS = ("Mr", "Ms", "Dr", "Sir", "Lord", "Lady", "Prof")  # one of which each match holds
# People say and tell; organisations more often deny, announce, report. The name, "\b((?:W\s+){0,2}V)"
# (W a capitalised word, V one with a lower-case second letter), opens with its capital ((?<![\w-][A-Z])
# stands for the \b, and no name starts inside a hyphened word: 'T-Mobile said' tells no surname
# 'Mobile'), then tries "W first" before "V alone", as {0,2} does. (++: no run of word or
# space characters is given back, where what follows it could never start with one of them.)
_NAME_SAYS = re.compile(
    rf"([{UPPER}](?<![\w-][{UPPER}])(?:[\w'’-]++\s++(?:[A-Z][\w'’-]++\s++)?[A-Z][a-z][\w'’-]++|[a-z][\w'’-]++))\s++"
    r"(?:(?:also|earlier|later|then)\s++)?(?:said|says|told|tells|added|adds|explained|insisted|argued)\b")
# '…," said Jonah Pierce, a hydrologist': a name of two or three words after the verb, then a stop or a
# comma ("said Harcourt Foods chairman Nigel Ashworth" names the firm first, and is not taken).
_SAYS_NAME = re.compile(rf"(?:said|says|added|adds)\s++([{UPPER}][a-z][\w'’-]*+(?:\s++[A-Z][\w'’-]++){{1,2}})(?=[,.;])")
_HEADS, _LONGEST_HEAD = "|".join(sorted(TITLE_HEADS, key=len, reverse=True)), max(map(len, TITLE_HEADS))
# where a search window ends (\b sees what is before it); "The Governor, Richard Halloway," too
_HEAD_AT_END = re.compile(rf"\b(?:{_HEADS})\Z", re.IGNORECASE)
# "the other partners at Tods Murray", "staff at Marks and Spencer": a place to work too.
_WORKERS = TITLE_HEADS | frozenset("partners staff workers employees colleagues directors executives researchers "
                                   "scientists lawyers".split())
# ("Analysts at Goldman Sachs" opening a sentence: the workers' word in capitals too)
_WORKER_AT_END = re.compile(rf"\b(?:{'|'.join(sorted(_WORKERS, key=len, reverse=True))})\Z", re.IGNORECASE)
# "the board's chief executive, Maria Olsen,": \b(?:{_HEADS}),\s+(NAME), found from its comma (see
# _after_title): ~90 title words tried at every position were its whole cost.
_COMMA_NAME = re.compile(rf",\s+([{UPPER}][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)[,.]")  # (or ending it)
# "Maria Olsen, the board's chief executive," ((?<!\w[A-Z]) stands for the \b before the name; ++ as above).
# One person's title is singular: "In Sri Lanka, some economists have said" names no one.
_ONE_HEAD = "|".join(sorted((head for head in TITLE_HEADS if head[:-1] not in TITLE_HEADS), key=len, reverse=True))
# ("Kwame Asante, a 29-year-old healthcare assistant": an age tells a person too)
_ROLE_AFTER = re.compile(rf"([{UPPER}](?<!\w[{UPPER}])[\w'’-]++(?:\s++[A-Z][\w'’-]++){{1,2}}),\s++(?:the\s++|an?\s++)?"
                         rf"(?:(?:[\w'’-]++\s++){{0,4}}?(?:[a-z]+-)?(?:{_ONE_HEAD})\b|\d{{1,3}}-year-old\b)")

# "Ting-yan", "Ki-moon": a given name of two syllables, written with a hyphen (the second in lower case).
_GIVEN_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+$")
# "Lord Falconer" is how a person is called; "Sir John" is a name cut short.
_NAMING_HONORIFICS = frozenset({"Lord", "Lady", "Baroness", "Dr", "Professor"})
# (Words then spaces, written word first: re skips ahead to a capital. Same matches as (?:W\s+){0,3}W.)
# ("Wizz Air said earlier this month it expected …", "Goldman Sachs raised its forecast": 'it' is the name)
_IT_AFTER = re.compile(r"([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})(?:\s+(?:(?:said|says|has|had|is|was|will|would)"
                       r"(?:\s+(?:(?:on\s+)?[A-Z]\w+day|last\s+[a-z]+|earlier\s+this\s+[a-z]+|this\s+[a-z]+|"
                       r"in\s+a\s+statement))?"
                       r"|(?:raised|cut|lowered|reported|posted|increased|reduced|kept)(?=\s+its\b))\s+"
                       r"(?:it|its)\b|,\s+which\b|['’]s\s+(?:shares|profits|board|sales|revenues|stake)\b)"
                       # ("Shares of Novo Nordisk rose": a listed company)
                       r"|\b[Ss]hares\s+(?:of|in)\s+([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})")
# "The think-tank British Future said", "analysts at consultancy Cornwall Insight": a body's word before its name.
_BODY_NAMED = re.compile(r"\b(?:consultancy|think-tank|charity|firm|company|group|bank|broker|agency|regulator|watchdog|"
                         r"insurer|lender|retailer|airline|carmaker|publisher|website|newspaper|broadcaster)\s+"
                         r"([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})")
# "Minera Cordillera Norte, a mid-sized private producer": what only a business is ('a producer' alone may be
# a film's, a person).
_BUSINESS_APPOSITIVE = re.compile(
    r"([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:private|privately[\s-]held|"
    r"state-owned|state-run|state-controlled|listed|family-owned|family-run|mid-sized|medium-sized|publicly[\s-]traded)"
    r"\s+(?:[\w-]+\s+){0,2}?[a-z-]+(?:er|or|ry|ny|ic)s?\b")
_LOWER_AT_END = re.compile(r"\b(?:[a-z-]+)\s*$")
# "an economist at Global Insight": \b(?:{heads})\s+(?:at|of|with)\s+(NAME), found from its "at" (see
# _after_title). The name ends the pattern, so it is written word first, as _IT_AFTER's is.
_AT_NAME = re.compile(r"(?:at|of|with)\s+([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})")
# "Global Insight's Nariman Behravesh". "(?:W\s+){0,3}V" written capital first, as _NAME_SAYS's is.
_OWNER_OF_PERSON = re.compile(
    r"([A-Z](?:[\w&'’-]+\s+(?:[A-Z][\w&'’-]+\s+){0,2}[A-Z][\w&-]+|[\w&-]+))['’]s\s+[A-Z][a-z]+\s+[A-Z][a-z]")


_NO_NAMES = PRONOUNS | DEMONSTRATIVES


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


class Names:
    """What the article's capitalised words are: name words, people, surnames."""

    def __init__(self, bodies: list[str], tokens: list[list[str]] | None = None) -> None:
        """`tokens`: each body's WORD.findall(), where the caller has them already."""
        self.bodies = bodies
        self.lower_seen: set[str] = set()
        self.proper = self._proper_words(tokens if tokens is not None else [WORD.findall(b) for b in bodies],
                                         self.lower_seen)
        self.persons: dict[str, Person] = {}
        self.surnames: dict[str, str] = {}
        self.ambiguous: set[str] = set()  # surnames of two different people in the article
        self._people_words: frozenset[str] | None = None
        self.memo: dict = {}  # what callers work out once per article (see quiz.generate.roles)
        self._person_of: dict[str, str | None] = {}  # person(), by phrase
        texts, joined = _scan_texts(bodies)
        # Every capitalised run that may name someone, in order. Those only the article's evidence can
        # make a person's are settled together, the evidence looked for only where it could be.
        found = [candidate for text in texts for candidate in _person_runs(text, joined)]
        people, described = self._known_people(bodies, [name for name, _, _, sure in found if not sure])
        for name, title, strong, sure in found:
            if sure or name in people:
                # ("Christine May, a spokeswoman, said" beside Theresa May: described as someone, a second May)
                self._add(name, title, strong=strong or name in described)

    @staticmethod
    def _proper_words(token_lists: list[list[str]], lower_seen: set[str]) -> frozenset[str]:
        """Words written with a capital away from the start of a sentence: names, not openers."""
        # Each distinct word is looked at once (sets first), not each of its every use; the capitalised
        # words are those of the later ones lower_seen has not taken.
        later: set[str] = set()
        for tokens in token_lists:
            later.update(tokens[1:])
        # (A WORD token opens with an ASCII letter: it is lower case where it sorts from "a" on, a
        # comparison that costs less than a method call.)
        lower_seen.update([w for w in later if w >= "a"])
        lower_seen.update([tokens[0] for tokens in token_lists if tokens and tokens[0] >= "a"])
        # (a pronoun is no name where the article never writes it in lower case: "told BBC News: "They told us …"")
        return frozenset(w for w in later.difference(lower_seen)
                         if w.lower() not in lower_seen and w.lower() not in _NO_NAMES or w.isupper())

    def _known_people(self, bodies: list[str], names: list[str]) -> tuple[set[str], set[str]]:
        """The names (no title before them) the article's evidence makes people's: the surname is a
        person's ('Mr X', 'X said', 'X, 45,'), the name no place someone works at; and of those, the ones
        described as someone in full ('X, the firm's chief executive,'). A match yields words of its own
        sentence, so only sentences holding a surname (a name) asked about are searched."""
        names = [name for name in names if name.split()[0].lower() not in self.lower_seen
                 or name.split()[0].lower() in WORDS_THAT_ARE_NAMES]  # not "Age Concern": a common word first
        bodies = _holding(bodies, {name.split()[-1] for name in names})
        evidence, described = _person_evidence(bodies)
        names = [name for name in names if name.split()[-1] in evidence]
        places = _bodies_of_people(_holding(bodies, set(names)))  # (a sentence holding a name holds its surname)
        people = {name for name in names if name not in places}
        return people, people & described

    def _add(self, name: str, title: str | None, strong: bool = True) -> None:
        surname = name.split()[-1]
        if _GIVEN_AFTER.match(surname) and " " in name:
            # "Raymond Kwan Ting-yan", "Ban Ki-moon": a given name after the surname, as Chinese and Korean
            # names are written; "Mr Kwan", "Kwan said" are the person too.
            self.surnames.setdefault(name.split()[-2], name)
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
        """False when a capitalised run cannot be a known person: its last word is no one's surname. An
        exact, cheap test before person(): every name person() returns ends in a known surname."""
        return strip_possessive(run[run.rfind(" ") + 1:]) in self.surnames

    def person(self, phrase: str) -> str | None:
        """The person a phrase names ('Mr McConnell', 'Jack McConnell', 'chief executive Jo Bloggs')."""
        # Asked of the same phrases again and again (speakers, appositives, titles); persons are all
        # known once __init__ is done, so each phrase's answer is worked out once.
        if phrase not in self._person_of:
            self._person_of[phrase] = self._find_person(phrase)
        return self._person_of[phrase]

    def _find_person(self, phrase: str) -> str | None:
        tokens = [t for t in phrase.split() if t[:1].isupper() or t in ("al", "bin")]
        if not tokens or strip_possessive(tokens[-1]) not in self.surnames:
            return None  # the name's last word is no one's surname (_add keys every person by it)
        _, name = split_title([strip_possessive(t) for t in tokens])
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
        if self._people_words is None:  # (asked for again and again; persons are all known after __init__)
            words = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady"}
            self._people_words = frozenset(words.union(*(name.split() for name in self.persons)))
        return self._people_words

    def is_name_word(self, word: str) -> bool:
        return word in self.proper


def _person_runs(text: str, joined: bool) -> list[tuple[str, str | None, bool, bool]]:
    """The text's capitalised runs that may name someone, in order: (name, title, strong, sure). Not
    sure: no title in it or just before it; a person only where the article's evidence says so."""
    found = []
    verdicts: dict[str, tuple[str, str | None, bool] | None] = {}  # the same run is judged the same
    for match in NAME_RUN.finditer(text):
        run = match.group()
        if run.count(" ") > 1 and run.split(None, 1)[0] in PORTFOLIOS and \
                run.split()[1].lower() not in TITLE_HEADS and portfolios_before(text, match.start()):
            # "Minister for Labour and Employment Monnujan Sufian": the run holds the portfolio's last word (not
            # "Police and Crime Commissioner Jonathan Evison", whose title goes on in it)
            run = run.split(None, 1)[1]
        if " " not in run and run.isprintable():
            continue  # one word (white space other than " " is not printable): no one, as _judge says
        if run not in verdicts:
            verdicts[run] = judge_run(run) or judge_head(run) or judge_part(run)
        verdict = verdicts[run]
        if verdict is None:
            continue
        name, title, decided = verdict
        if title and match.start() and text[match.start() - 1] in " -":
            title = _qualified(text, match.start(), title)
            portfolio = portfolios_before(text, match.start())
            if portfolio:
                title = f"{portfolio} and {title}"  # "Police and Crime Commissioner Jonathan Evison"
        if decided:
            found.append((name, title, bool(title), True))
            continue
        # A title word may stand before the run: in the 40 characters before it, in its own sentence
        start = match.start()
        window = max(0, start - 40)
        if joined:
            window = text.rfind(_SEP, window, start) + 1 or window
        before = text[window:start]
        last = WORD.findall(before)[-1:]
        if last == ["in"] and before.endswith(" "):
            continue  # "held last week in San Francisco, famed director …": a place
        if before.endswith(". ") and before[before.rfind(" ", 0, -1) + 1:-1] in _SHORT_TITLES:
            found.append((name, before.split()[-1], True, True))  # "Sen. Paul Henning": a person's title
            continue
        strong = bool(last) and last[0].lower() in TITLE_HEADS
        found.append((name, title, strong, strong and _LOWER_AT_END.search(before) is not None))
    return found


_QUALIFIER = re.compile(r"\b(former|ex|outgoing|acting|interim)[\s-]+\Z")


def _qualified(text: str, start: int, title: str) -> str:
    """'beat former Prime Minister Raila Odinga': the title with the word before it that says it is past."""
    found = _QUALIFIER.search(text, max(0, start - 12), start)
    return f"{'former' if found.group(1) == 'ex' else found.group(1)} {title}" if found else title


# Titles written short with a stop, as American papers do before a name: only a person's.
_SHORT_TITLES = frozenset("Sen. Rep. Gov. Gen. Lt. Col. Capt. Sgt. Det. Supt. Insp. Adm. Cmdr. Atty. Prof. Dr. Rev. "
                          "Cpl. Maj. Pres. Cllr.".split())


def _holding(bodies: list[str], needles: set[str]) -> list[str]:
    """The bodies that hold one of the needles."""
    return [body for body in bodies if any(map(body.__contains__, needles))] if needles else []


def _person_evidence(bodies: list[str]) -> tuple[set[str], set[str]]:
    """Surnames the sentences treat as people's: 'Mr X', 'X said', 'X, 45,'; and the whole names a
    person's title describes ('the chief executive, X,', 'X, a spokeswoman')."""
    found: set[str] = set()
    described: set[str] = set()
    for text in _scan_texts(bodies)[0]:
        if any(map(text.__contains__, _HONORIFIC_WORDS)):  # (a search for a word costs less than the scan)
            found.update(strip_possessive(m) for m in _HONORIFIC.findall(text))
        titled = _after_title(_COMMA_NAME, text, False) + _ROLE_AFTER.findall(text)
        for run in titled + _NAME_SAYS.findall(text) + _SAYS_NAME.findall(text):
            tokens = run.split()
            if tokens[0] not in ("The", "A", "An") and ORG_WORDS.isdisjoint([t.lower() for t in tokens]):
                found.add(strip_possessive(tokens[-1]))
        # ("the chief executive, Tom Hall," and "Tom Hall, a director," tell a person; "White House said" not)
        found.update(run.split()[-1] for run in titled if surname_too(run.split()))
        described.update(titled)
    return found, described


def _bodies_of_people(bodies: list[str]) -> set[str]:
    """Runs the sentences show to be a place to work or a body, no one: "an economist at Global Insight",
    "Global Insight's Nariman Behravesh", "Borussia Dortmund said its …", "Greenway, which …"."""
    texts = _scan_texts(bodies)[0]
    found = {run for text in texts for run in _after_title(_AT_NAME, text, True, _WORKER_AT_END)}
    found.update(run for text in texts for pair in _IT_AFTER.findall(text) for run in pair if run)
    found.update(run for text in texts for run in _BODY_NAMED.findall(text))
    found.update(run for text in texts for run in _BUSINESS_APPOSITIVE.findall(text))
    owners = _scan_texts([body for body in bodies if "'s " in body or "’s " in body])[0]
    found.update(run for text in owners for run in _OWNER_OF_PERSON.findall(text))
    return found


def _scan_texts(bodies: list[str]) -> tuple[list[str], bool]:
    """The bodies as texts to scan (see _SEP): all joined, or one by one where one holds _SEP itself."""
    text = _SEP.join(bodies)
    return ([text], True) if text.count(_SEP) == len(bodies) - 1 else (list(bodies), False)


def _after_title(anchor: re.Pattern[str], text: str, spaced: bool,
                 heads: re.Pattern[str] = _HEAD_AT_END) -> list[str]:
    """What \\b(?:{_HEADS})\\s+{anchor} (no \\s+ unless `spaced`) finds, re skipping ahead to the anchor.
    As findall does, a search goes on where the last match kept ended, and its title word starts there
    or later; after a match with no title word before it, it goes on at the next character."""
    found: list[str] = []
    pos = floor = 0
    while (match := anchor.search(text, pos)) is not None:
        end = match.start()
        while spaced and end > floor and text[end - 1].isspace():  # str.isspace() is re's \\s
            end -= 1
        if (end < match.start() or not spaced) and heads.search(text, max(floor, end - _LONGEST_HEAD), end):
            found.append(match.group(1))
            pos = floor = match.end()
        else:
            pos = match.start() + 1
    return found


def _one_person(a: str, b: str) -> bool:
    """'Blair' / 'Tony Blair' / 'Anthony Charles Blair'? One name's words end the other's: one person."""
    ta, tb = a.split(), b.split()
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return long[-len(short):] == short or (len(short) == 2 and long[0] == short[0] and long[-1] == short[-1])
