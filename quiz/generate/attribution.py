"""Who said what: attributed claims ("X said Y", "Y, X said", "according to X"), and who a speaker is
(quotations: quiz.generate.quotes).

A speaker is only usable as an answer when it stands alone: a name, or a
description such as "a war monitor". Pronouns and "the firm" are context;
"he said" after a quotation is resolved from the sentence before when that
sentence names exactly one person, else the quotation is not used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import filterfalse, islice

from quiz.generate.entities import Names, split_title, strip_possessive
from quiz.generate.name_words import ORG_WORDS
from quiz.generate.sexes import FEMALE_TITLES, MALE_TITLES, both_sexes
from quiz.generate.speaker_words import (SUBORDINATORS, UNNAMED_COUNT, not_a_noun_phrase, speaker_after_clause,
                                           without_descriptor)
from quiz.generate.text import (ANAPHORIC_NOUNS, DEMONSTRATIVES, MONTHS, PRONOUNS, SAY_VERBS, WEEKDAYS, WORD, WORD_ANY,
                                by_first_letter, capitalize_first)

PERSON, NAMED, GENERIC, PRONOUN, ANAPHORIC = "person", "named", "generic", "pronoun", "anaphoric"
SAY = by_first_letter(SAY_VERBS)
WORD_JOINS = re.compile(r"['’.-]")  # what text.WORD lets stand inside a word
NOUN_PHRASE = r"[^,;:“”\"()]{2,70}?"
ADVERB = by_first_letter(r"also|earlier|later|previously|recently|separately|again|then|further|once|now|today|"
                          r"yesterday|has|have|had|had\s+also|has\s+also|currently|still|repeatedly|publicly|"
                          r"privately|initially|originally|already|consistently")
ADVERB = rf"(?:(?:{ADVERB})\s+)?"
# (?=[,\s]): what follows the speaker starts with a comma or white space. Said first, re tells at
# once that a longer speaker is needed, where else it would try the appositive group and \s+ first.
FRONT = re.compile(
    rf"^(?P<sp>{NOUN_PHRASE})(?=[,\s])(?:,\s(?P<app>[^,;“”\"]{{3,90}}),)?\s+{ADVERB}(?P<verb>{SAY})\b(?P<rest>.*)$",
    re.S,
)
BACK_SAYS = re.compile(
    rf"^(?P<claim>.+?),\s+(?P<sp>{NOUN_PHRASE})\s+{ADVERB}(?P<verb>said|says|added|adds|reported|reports|told\s+\S+(?:\s\S+){{0,4}}?|warned|claimed|insisted|explained|argued|believes|estimated|noted|stated)[.!]?$", re.S
)
BACK_SAID = re.compile(rf"^(?P<claim>.+?),\s+(?P<verb>said|says|added|adds)\s+(?P<sp>{NOUN_PHRASE})[.!]?$", re.S)
BACK_ACCORDING = re.compile(rf"^(?P<claim>.+?),\s+according\s+to\s+(?P<sp>{NOUN_PHRASE})[.!]?$", re.S)
FRONT_ACCORDING = re.compile(rf"^According\s+to\s+(?P<sp>{NOUN_PHRASE}),\s+(?P<claim>.+?)[.!]?$", re.S)
CLAUSE_SPLIT = re.compile(r",\s+(?:while|whereas|but|and)\s+|;\s+")
_TELL_OBJECT = re.compile(
    r"^\s+(?P<obj>reporters|journalists|MPs|MSPs|delegates|investors|analysts|members|staff|shareholders|"
    r"(?:the\s+)?(?:[A-Z][\w'’.&-]*\s*)+(?:(?:news\s+agency|newspaper|news\s+website|website|programme|radio|"
    r"magazine|channel|station|conference|committee|agency|paper)\b)?)"
)
_LEAD_ADVERBIAL = re.compile(
    rf"^\s*(?:,\s*)?(?:(?:on|last|this|in|at|during|after|before|earlier|late|yesterday|today|{WEEKDAYS})\b"
    r"[^,“”\"]{0,40}?\s)?that\s+"
    rf"|^\s*(?:(?:on\s+)?(?:{WEEKDAYS})|in\s+a\s+statement|on\s+\w+day)\s+(?:that\s+)?"
    r"|^\s*(?:that\s+)?"
)
_GENERIC_HEADS = frozenset(
    """analysts economists experts officials sources critics observers residents witnesses police
    campaigners researchers scientists investors traders unions doctors ministers mps officers
    lawyers activists monitor observers authorities executives insiders bosses spokesman
    spokeswoman official group agency firm company body report study survey poll""".split()
)


@dataclass
class Speaker:
    text: str  # as written
    kind: str  # PERSON, NAMED, GENERIC, PRONOUN, ANAPHORIC
    display: str | None  # the answer form, None when unusable alone


@dataclass
class Attribution:
    sentence: int
    speaker: Speaker
    verb: str
    claim: str
    clause: str  # the clause "speaker verb claim" as written ("" for claim-first forms)
    front: bool  # speaker at the start of its clause
    role: str | None = None  # appositive in the speaker phrase
    resolved_from: int | None = None  # the sentence that named a "he said" speaker


_SAID_VERBS = ("said", "says", "added", "adds")  # BACK_SAID's
_BACK_VERBS = tuple("said says added adds reported reports warned claimed insisted explained argued believes "
                    "estimated noted stated".split())  # BACK_SAYS's, but for "told …"


def _claim_first(text: str) -> list[re.Pattern[str]]:
    """The claim-first patterns, in the order they are tried, that may match the text: cheap tests
    (computed once for all four) that spare most of their matches.

    The claim (.+?) takes any text up to a comma; what follows that comma holds none (but for "told
    reporters, …"), so it is the last comma, and the verb follows it or ends the text.
    """
    patterns = [FRONT_ACCORDING] if text.startswith("According") else []
    comma = text.rfind(",")
    if comma >= 1:
        after = text[comma + 1:].lstrip()
        if after.startswith("according"):
            patterns.append(BACK_ACCORDING)
        if after.startswith(_SAID_VERBS):
            patterns.append(BACK_SAID)
        if "told" in text or text.rstrip("\n.!").endswith(_BACK_VERBS):
            patterns.append(BACK_SAYS)
    return patterns


_TITLED_NAME = re.compile(r"\b(?!(?:for|of|and|the|at|in|on|to|from|by|with|de|du)\s)[a-z][\w-]*\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})$")
# "Analyst firm Telecom View predicts": a word before the name that says it names a body.
_BODY_HEADS = frozenset("""firm company group maker carmaker carrier operator retailer chain publisher airline bank
    broker agency consultancy giant rival regulator watchdog body charity union network website site station
    channel newspaper magazine insurer lender supermarket""".split())
_NAME_FROM = re.compile(r"^(?!(?:The|A|An)\s)(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s+(?:from|of|at)\s+[A-Z]")
# Where and when, or a participle, then a comma, before the speaker of "X said …": "In a statement, …",
# "On Tuesday, …", "Speaking to reporters, …", "Earlier, …". (A clause of its own ("If …", "As …") is not
# taken: the claim would lose its condition.)
_LEAD_PHRASE = re.compile(
    r"(?:(?:Speaking|Writing|Asked|Addressing|Responding|Commenting|Answering|Appearing|Testifying|Reacting|"
    r"Interviewed|Questioned|Announcing|Explaining|Giving\s+evidence)\s[^,;:“”\"]{2,80}"
    r"|(?:In|At|On|During|After|Following|Earlier|Later|Last|This)\s[^,;:“”\"]{2,60}"
    r"|Earlier|Later|Meanwhile|Separately|Elsewhere|Previously|Yesterday|Today|However),\s+")
_SEXED = MALE_TITLES | FEMALE_TITLES
_DATA_BEFORE = "the new latest official provisional government separate other further fresh recent monthly annual " \
               "quarterly its their".split()
_DATA_NOUNS = "figures data statistics numbers estimates".split()
_DATA_FIRST = re.compile(rf"(?:(?:{'|'.join(_DATA_BEFORE)})\s+)*(?:{'|'.join(_DATA_NOUNS)})\b", re.IGNORECASE)
_DATA_FROM = re.compile(_DATA_FIRST.pattern + r"\s+(?:from|by|released|published|compiled)\b", re.IGNORECASE)
_DATA_OPENERS = frozenset(_DATA_BEFORE + _DATA_NOUNS)  # (a match's first word, in lower case)
_TOGETHER = (" together", " jointly", " alone", " both")
_ASIDE = re.compile(r"\s+[-–—]\s+")
_OPENER = re.compile(r"^(?:But|And|However|Also|Yet|So|Meanwhile|Now|Still|Instead)\s+,?\s*")
# "Launching the initiative Mr Clarke said": what the speaker was doing, with no comma before the name
_DOING_FIRST = re.compile(r"^[A-Z][a-z]+ing\s+(?:[a-z][\w'’-]*\s+){1,5}?(?=(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+[A-Z]|"
                          r"[A-Z][a-z]+\s+[A-Z][a-z][\w'’-]*$)")
# "In November the British Medical Association said": the time is no part of the speaker.
_WHEN_FIRST = re.compile(rf"^(?:In|On|During|Since|Last|Earlier|Later)\s+(?:(?:this|last)\s+)?(?:(?:\d{{1,2}}\s+)?"
                         rf"(?:{MONTHS})(?:\s+\d{{4}})?|\d{{4}}|{WEEKDAYS}|week|month|year)\s*,?\s+(?=\S)")
_WHEN = re.compile(r"\s+(?:(?:in|on|during|since|last|this|earlier|later)\s+(?:(?:[A-Z][a-z]+\s+)?\d{4}|[A-Z][a-z]+day"
                   r"|week|month|year|a\s+statement)|yesterday|today)$")


_AROUND_SOMEONE = re.compile(r"\b(?:close\s+to|friends?\s+of|allies\s+of|aides?\s+to|associates?\s+of|"
                             r"supporters\s+of|critics\s+of|rivals?\s+of|sources|colleagues\s+of|"
                             r"lawyers?\s+for|spokes(?:man|woman|person)\s+for)\b", re.IGNORECASE)
_NO_SOURCE = re.compile(r"\b(?:separate|another|other|further|same|percent|per\s+cent|majority|minority|"
                        r"half|third|quarter|proportion)\b|%", re.IGNORECASE)
# The words _AROUND_SOMEONE's and _NO_SOURCE's matches start with (see _pieces).
_AROUND_FIRST = frozenset("""close friend friends allies aide aides associate associates supporters critics rival
    rivals sources colleagues lawyer lawyers spokesman spokeswoman spokesperson""".split())
_NO_SOURCE_WORDS = frozenset(
    "separate another other further same percent per majority minority half third quarter proportion".split())
_OWNER = re.compile(r"['’]s\s+(?P<rest>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})$")
_QUOTED_AFTER_COLON = re.compile(r":\s*[“\"]")


def _pieces(lower: list[str]) -> set[str]:
    """The words of an ASCII phrase (text.WORD, lower case) and the pieces of those between the
    marks WORD keeps inside a word (' ’ . -): every run of letters with no word character either
    side is one of them. (Set lookups before the \\b…\\b searches, which try every position.)"""
    words = set(lower)
    for word in filterfalse(str.isalpha, lower):
        words.update(WORD_JOINS.split(word))
    return words


# A possessive followed by lower-case words to the end: the speaker is what is owned ('… Brown's closest ally').
_POSSESSED = re.compile(r"['’]s(?:\s+[a-z][\w-]*)+$")


def _all_name(text: str) -> bool:
    """Whether every word is capitalised: a name alone ('Brenda Siame'; not 'who represents Mr Mubanga')."""
    return all(word[:1].isupper() for word in text.split())


def classify_speaker(phrase: str, names: Names) -> Speaker:
    phrase = _OPENER.sub("", phrase.strip())
    if " - " in phrase or " – " in phrase or " — " in phrase:
        phrase = _ASIDE.split(phrase, 1)[0]  # "Camelot - now run by operator Allwyn -": Camelot
    if phrase.endswith(_TOGETHER):
        phrase = phrase.rsplit(None, 1)[0]  # "Lloyds and Halifax together confirmed …": Lloyds and Halifax
    if phrase[:1].isupper() and "ing " in phrase:
        phrase = _DOING_FIRST.sub("", phrase)
    if phrase.startswith(("In ", "On ", "During ", "Since ", "Last ", "Earlier ", "Later ")):
        phrase = _WHEN_FIRST.sub("", phrase)
    if phrase[-1:].isdigit() or phrase.endswith(("day", "week", "month", "year", "statement")):
        phrase = _WHEN.sub("", phrase)  # "The Strategy Unit in 2003 said": the speaker is the Strategy Unit
    # ("Dr Rafael Mendonça" is three words: WORD's "Mendon", "a" would end it in an article)
    tokens = WORD.findall(phrase) if phrase.isascii() else WORD_ANY.findall(phrase)
    if not tokens:
        return Speaker(phrase, ANAPHORIC, None)
    lower = [t.lower() for t in tokens]
    if lower[0] in _DATA_OPENERS and _DATA_FROM.match(phrase):
        # "Figures from the Bank of England showed", "Separate figures from HM Revenue and Customs": numbers,
        # not who said them (nor "Customs", cut at the 'and' of the name)
        return Speaker(phrase, GENERIC, None)
    tail = speaker_after_clause(phrase, tokens, lower)
    if tail is not None:
        return classify_speaker(tail, names)  # "The figures come after the Bank of England said"
    if lower[-1] in ("a", "an", "the"):
        return Speaker(phrase, ANAPHORIC, None)  # "grew by an estimated 3.1%": an adjective, not a say-verb
    if len(tokens) > 1 and not_a_noun_phrase(tokens):
        return Speaker(phrase, ANAPHORIC, None)
    if len(tokens) == 1 and lower[0] in PRONOUNS:
        return Speaker(phrase, PRONOUN, None)
    # "the observatory's Rami Abdul Rahman": the person is the speaker.
    owner = _OWNER.search(phrase)
    words = _pieces(lower) if phrase.isascii() else None  # (None: re's case folding goes beyond ASCII)
    if (words is None or not words.isdisjoint(_AROUND_FIRST)) and _AROUND_SOMEONE.search(phrase):
        # "Sources close to Mr Hockney" are not Mr Hockney; "A spokesman for Greenway" stands alone.
        return Speaker(phrase, GENERIC, capitalize_first(phrase) if lower[0] in ("a", "an") else None)
    if lower[0] in SUBORDINATORS or (words is None or "%" in phrase or not words.isdisjoint(_NO_SOURCE_WORDS)) \
            and _NO_SOURCE.search(phrase):
        # "A separate study by Gartner" leans on another study; "Fifty percent of Europeans" is a figure
        return Speaker(phrase, ANAPHORIC, None)  # ("while some observers said": a clause cut in the wrong place)
    if not owner and ("'s " in phrase or "’s " in phrase) and _POSSESSED.search(phrase):
        return Speaker(phrase, GENERIC, None)  # "Chancellor Gordon Brown's closest ally" is not Gordon Brown
    person = names.person(owner.group("rest") if owner else phrase)
    if person and len(tokens) == 2 and tokens[0] in _SEXED and both_sexes(tokens[1], names.bodies, names.memo):
        person = None  # "Mrs Penhallow" where the article has Mr Penhallow too: not Walter Penhallow for sure
    if person:
        # A bare surname ("Mr Hattersley") is of another form than the full names beside it.
        return Speaker(phrase, PERSON, names.display(person))
    if lower[0] in ("mr", "mrs", "ms", "miss") and len(tokens) == 2 or \
            len(tokens) == 1 and (tokens[0] in names.ambiguous or tokens[0] in names.surnames):
        # "Mr Lowe" the article never names in full, "Park" where it names Park Chan-dae and Park Geun-hye:
        # someone, but no answer
        return Speaker(phrase, PERSON, None)
    if owner and ORG_WORDS.isdisjoint(word.lower() for word in owner.group("rest").split()):
        # "the observatory's Rami Abdul Rahman": a named member of something ("Pearson's Financial Times" is
        # a body the owner owns)
        return Speaker(phrase, PERSON, owner.group("rest"))
    titled = _TITLED_NAME.search(phrase) or _NAME_FROM.match(phrase)
    if titled and not any(t.lower() in ORG_WORDS for t in titled.group("name").split()) and \
            titled.group().split(None, 1)[0] not in _BODY_HEADS:
        # "Nissan chief executive Carlos Ghosn", "Anthony Pratt from JD Power": the person
        return Speaker(phrase, PERSON, _untitled(titled.group("name")))
    content = [t for t in lower if t not in ("a", "an", "the", "some", "many", "several", "other")]
    if _DATA_FIRST.match(phrase):
        # "Figures from the Bank of England showed": numbers, not who said them ("who showed …?")
        return Speaker(phrase, GENERIC, None)
    if lower[0] in ("a", "an") and len(tokens) <= 8:
        # "a spokeswoman" alone could be anyone's: only "a war monitor", "a Treasury spokeswoman" stand alone.
        return Speaker(phrase, GENERIC, capitalize_first(phrase) if len(content) >= 2 else None)
    if lower[0] in DEMONSTRATIVES or lower[0] in PRONOUNS or lower[0] in ("its", "their", "his", "her") or \
            len(tokens) > 1 and tokens[1].islower() and (lower[0] in _COLLECTIVE or lower[0] in ("the", "all") and
                                                         lower[1] in _FEW):
        # ("Both organisations", "The two banks": those named before; not "Both Plaid Cymru and …")
        return Speaker(phrase, ANAPHORIC, None)
    if lower[0] in UNNAMED_COUNT and tokens[-1].islower():
        return Speaker(phrase, GENERIC, None)  # "One Japanese executive", "Two senior officials": no one named
    capital = [t for t in tokens[1:] if t[:1].isupper()]
    first_proper = names.is_name_word(tokens[0]) and lower[0] not in ("the", "a", "an")
    if content and _COMPASS.issuperset(content):
        return Speaker(phrase, ANAPHORIC, None)  # "The North East showed the highest rate": a region, no source
    if capital or first_proper:
        if lower[0] == "the" and (lower[-1] in ANAPHORIC_NOUNS or all(
                t.lower() in ANAPHORIC_NOUNS or not t[:1].isupper() for t in tokens[1:])):
            return Speaker(phrase, ANAPHORIC, None)
        return Speaker(phrase, NAMED, without_descriptor(tokens) or capitalize_first(strip_possessive(phrase)))
    if lower[0] == "the":
        return Speaker(phrase, ANAPHORIC, None)
    if len(tokens) > 6 or lower[-1] not in _GENERIC_HEADS and not lower[-1].endswith(("s", "or", "er", "ist")):
        return Speaker(phrase, ANAPHORIC, None)
    if len(content) < 2 or lower[-1] in _RECORDS:
        return Speaker(phrase, ANAPHORIC, None)  # ("according to vote counts": records, no one who says)
    return Speaker(phrase, GENERIC, capitalize_first(phrase))


_RECORDS = frozenset("""reports report figures data statement counts tallies estimates results statistics projections
    records documents filings""".split())
# Words that open a reference to several sources named before: "Both organisations said", "All three men said".
_COLLECTIVE = frozenset("both each neither either".split())
_FEW = frozenset("two three four five six seven eight nine ten".split())
_COMPASS = frozenset("""north south east west north-east north-west south-east south-west northeast northwest
    southeast southwest""".split())

# Say verbs that are plural nouns too, and words that follow such a noun but never such a verb.
_NOUN_VERBS = frozenset("states reports claims notes estimates comments".split())
_AFTER_A_NOUN = frozenset("which who whose have has are were will would could can should may of and or".split())


def _claim_after_verb(verb: str, rest: str) -> str | None:
    """The reported claim after 'said' / 'told the BBC' ...; None where it is no plain clause."""
    if verb in _NOUN_VERBS and rest.split(None, 1)[:1] and (rest.split(None, 1)[0] in _AFTER_A_NOUN or
                                                           rest.split(None, 1)[0].endswith("ed")):
        # "The eight central European states which joined …", "five Western states agreed": a noun, no verb
        return None
    if verb in ("told", "tells"):
        obj = _TELL_OBJECT.match(rest)
        if not obj:
            return None
        rest = rest[obj.end():]
    if rest.lstrip().startswith((":", "“", '"', ",")):
        return None
    rest = _LEAD_ADVERBIAL.sub("", rest, count=1)
    claim = rest.strip().rstrip(".!").strip()
    # (The words are counted only up to three: the search stops there, where findall reads the whole claim.)
    if len(list(islice(WORD.finditer(claim), 3))) < 3 or not claim[:1].isalnum() or _QUOTED_AFTER_COLON.search(claim):
        return None  # 'told Five's show: "Let's …"': words quoted, not a claim reported
    return claim


def resolve_pronouns(found: list[Attribution], previous: Speaker | None,
                     clashes: Callable[[str, str | None], bool] = lambda pronoun, name: False) -> None:
    """'He said …' right after a sentence naming one person: that person (else it stays unusable).
    `clashes(pronoun, name)`: whether the article makes that person one the pronoun cannot mean."""
    for attribution in found:
        speaker = attribution.speaker
        if previous is not None and speaker.kind == PRONOUN and speaker.text.strip().lower() in ("he", "she") and \
                not speaks_of(attribution.claim, previous.display) and not clashes(speaker.text, previous.display):
            attribution.speaker = Speaker(speaker.text, PERSON, previous.display)
            attribution.resolved_from = attribution.sentence - 1


def speaks_of(words: str, person: str | None) -> bool:
    """Whether what 'she said' names the person the sentence before named: "But she added that claims
    Ms Kelly was in charge … were not true" is someone else speaking of Ms Kelly."""
    surname = person.split()[-1] if person else ""
    return bool(surname) and surname in words and re.search(rf"\b{re.escape(surname)}\b", words) is not None


def find_attributions(n: int, body: str, names: Names) -> list[Attribution]:
    """Every attributed claim in one sentence (several where clauses join them: '…, while X said …')."""
    found: list[Attribution] = []
    # (Every place CLAUSE_SPLIT splits at is a comma or a semicolon: a sentence with neither is one clause.)
    for clause in CLAUSE_SPLIT.split(body) if "," in body or ";" in body else (body,):
        clause = clause.strip()
        front = FRONT.match(clause)
        if front is None and clause[:1].isupper() and (lead := _LEAD_PHRASE.match(clause)):
            # "Speaking in Downing Street on Tuesday, Mrs May said …": the speaker follows the comma.
            clause = clause[lead.end():]
            front = FRONT.match(clause)
        if front and not front.group("sp").strip().startswith(("“", '"')):
            claim = _claim_after_verb(front.group("verb"), front.group("rest"))
            if claim and not any(pattern.match(claim) for pattern in _claim_first(claim)
                                 if pattern is BACK_SAYS or pattern is BACK_ACCORDING):
                speaker = classify_speaker(front.group("sp"), names)
                app = front.group("app")
                person = names.person(app) if app else None
                if person and (speaker.kind != PERSON or speaker.display != person and _all_name(app)):
                    # "The council's planning chief, Tom Becker, said", "Zambia's Minister of Labour, Brenda
                    # Siame, said": the person named is the speaker, the words before say who she is.
                    speaker, app = Speaker(app, PERSON, names.display(person) or person), front.group("sp")
                found.append(Attribution(n, speaker, front.group("verb"), claim, clause.rstrip(".!"), True,
                                         app.strip() if app else None))
    if found:
        return found
    text = body.strip()
    for pattern in _claim_first(text):  # FRONT_ACCORDING, BACK_ACCORDING, BACK_SAID, BACK_SAYS
        match = pattern.match(text)
        if match and not match.group("claim").lstrip().startswith(("“", '"')) and not FRONT.match(match.group("claim")):
            verb = match.groupdict().get("verb") or "according to"
            speaker = classify_speaker(match.group("sp"), names)
            found.append(Attribution(n, speaker, verb.split()[0], match.group("claim").strip(), "", False))
            break
    return found


def _untitled(name: str) -> str:
    """'Professor Li Wenjun' → 'Li Wenjun': a choice of one form beside the other names (a title on the
    right choice alone gives it away); a name of one word keeps its title ('Professor Li')."""
    _, bare = split_title(name.split())
    return " ".join(bare) if len(bare) > 1 else name
