"""What the article says someone or something is: titles and appositives.

- titles before a name: "US Defence Secretary Lloyd Austin", "chief executive Jo Bloggs"
- appositives after a name: "The Syrian Observatory for Human Rights, a UK-based monitoring group,"
- appositives before a name: "The party's health spokeswoman, Eleanor Scott,"
"""

from __future__ import annotations

import re

from quiz.generate.name_words import AFFILIATIONS, NATIONALITIES, portfolios_before
from quiz.generate.entities import CAP, CAPITAL_COMMA, CONNECT, NAME_RUN, Names, Role, split_title, strip_possessive
from quiz.generate.text import HONORIFICS, MONTHS, PRONOUNS, TITLE_HEADS, WEEKDAYS, WORD, by_first_letter

# (Grouped by first letter: re then tries a few heads at each place, not all of them; see by_first_letter.)
_HEADS = by_first_letter("|".join(sorted(TITLE_HEADS, key=len, reverse=True)))
_NAME = rf"{CAP}(?:\s+(?:{CONNECT}\s+)?{CAP})*"
_ROLE_START = rf"(?:an?|the)\s|(?:[a-z][\w-]*\s+){{0,3}}(?:{_HEADS})"  # how each role below starts
_NAME_THEN_ROLE = (
    rf"(?P<name>{_NAME}),\s+(?P<role>(?:an?|the)\s[^,;:“”\"()]{{3,90}}?|"
    rf"(?:[a-z][\w-]*\s+){{0,3}}(?:{_HEADS})(?:\s+(?:of|at|for)\s+[^,;:“”\"()]{{2,60}}?)?)(?P<end>,|\.$)"
)
APPOSITIVE_AFTER = re.compile(rf"(?P<the>\b[Tt]he\s+)?{_NAME_THEN_ROLE}")
# APPOSITIVE_AFTER without its optional "the": it opens with the name's capital, so re skips ahead to
# capitals, where APPOSITIVE_AFTER (opening with an optional group) is tried at every position.
# Every APPOSITIVE_AFTER match holds one of it; see _appositives_after().
_APPOSITIVE_NAME = re.compile(_NAME_THEN_ROLE)
# A capitalised word, its comma, and the start of a role: what every match above holds. One search is the
# same as trying the comma and role start at the comma of each CAPITAL_COMMA match (a match's word holds no
# comma, so it ends at the first comma after its capital), with no Python loop over the commas.
_CAPITAL_COMMA_ROLE = re.compile(rf"[A-Z][\w&'’.-]*,\s+(?:{_ROLE_START})")
# (?<!\S[Tt]) after the T is the (?:^|\s) before it: opening with the letter lets re skip ahead to a T.
# Only the groups are read, so that the match now starts at the T changes nothing.
APPOSITIVE_BEFORE = re.compile(
    rf"(?P<role>[Tt](?<!\S[Tt])he\s[^,;:“”\"()]{{3,70}}?\b(?:{_HEADS})),\s+(?P<name>{_NAME}),"
)
# The title heads by their last letter: the few a word before a comma may be (see _head_before_comma).
_HEADS_ENDING_IN = {last: tuple(sorted(h for h in TITLE_HEADS if h[-1] == last))
                    for last in {h[-1] for h in TITLE_HEADS}}
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_CAPITAL_WORD = re.compile(r"[A-Z][\w-]*")
_DIGIT = re.compile(r"\d")
_CUT = re.compile(r"\s+(?:that|which|who|whose|where|when|and\s+(?:is|was|has|had))\b.*$")
_STOP = frozenset(
    """said says told the a an by to with from for as at in on that which who while but when after before
    according its their his her our is was were are be been has have had named called including like of
    said, also then yesterday today now""".split()
)
# Words that qualify a title ("managing director", "shadow health secretary").
_QUALIFIERS = frozenset(
    """vice senior junior managing general finance marketing technology operating commercial research sales
    press foreign home health trade shadow party campaign communications policy executive chief co-founder
    founding joint group company business defence education transport culture environment justice energy
    industry science labour employment work pensions treasury cabinet election foreign-affairs news
    investment equity programme project development product design security lead principal associate
    first-team""".split())
_ADJECTIVAL = ("al", "ic", "ive", "ior", "ary", "ial")
_NOT_OWNERS = frozenset(
    """the a an and but or as at by for from in of on to with this that these those mr mrs ms dr its their his
    her but however also when while after before since if then now meanwhile earlier later said""".split())
_MODIFIERS = frozenset("former acting deputy interim outgoing incoming then new late".split())
# Prefixes written onto a title that say it was someone's once, not now.
_GLUED_TIME = ("ex-", "Ex-", "then-", "former-")
# (and a finite verb: "…, an estimated 14.6 million adults have high blood pressure," is a clause, no role)
_BAD_ROLE_WORDS = PRONOUNS | {"this", "that", "these", "those", "who", "which", "said", "says", "told"} | \
    frozenset("is are was were has have had will would can could may might must should does did".split())


def _clean_role(role: str) -> str | None:
    role = _CUT.sub("", role.strip()).strip()
    words = WORD.findall(role)
    if len(words) > 1 and words[1].lower() in ("and", "or", "of", "for", "the", "a", "an"):
        return None  # "the and founder of ...": a list cut in the wrong place
    if any(a.lower() == b.lower() for a, b in zip(words, words[1:])):
        return None  # "British British Casino Association": two phrases run together
    if not 1 <= len(words) <= 12 or any(w.lower() in _BAD_ROLE_WORDS for w in words):
        return None
    if _DIGIT.search(role) and len(words) < 2:  # "X, 45," is an age
        return None
    if words[0].lower() in ("a", "an") and len(words) < 2:
        return None
    last = words[-1]
    if last.islower() and last.lower() not in TITLE_HEADS and (
            "-" in last or last.endswith(("ing", "ed", "ful", "ous", "ive", "ic", "ble", "less", "ish", "ly"))):
        return None  # "an all-singing" was cut short at a comma: no noun yet
    return role


def _entity(names: Names, name: str, the: str | None) -> tuple[str, bool] | None:
    person = names.person(name)
    if person:
        return person, True
    tokens = name.split()
    if tokens[0].lower() in ("the", "a", "an") or not all(t[:1].isupper() or t.islower() for t in tokens):
        return None
    # A capitalised first word that the article also writes in lower case is no name.
    if len(tokens) == 1 and not names.is_name_word(tokens[0]) and tokens[0].lower() in names.lower_seen:
        return None
    return (f"the {strip_possessive(name)}" if the else strip_possessive(name)), False


def _titles(n: int, body: str, names: Names) -> list[Role]:
    roles = []
    surnames = names.surnames
    # Titles are found only before a known person's name (may_name_someone below), which
    # ends in a known surname: a sentence that holds none has no title to find.
    if not any(map(body.__contains__, surnames)):
        return roles
    known = names.memo.get("titled_person")
    if known is None:
        known = names.memo["titled_person"] = {}
    for match in NAME_RUN.finditer(body):
        run = match.group()
        # names.may_name_someone(run), written out: asked of every capitalised run of these sentences
        if strip_possessive(run[run.rfind(" ") + 1:]) not in surnames:
            continue
        title, person = known[run] if run in known else _titled_person(run, names, known)
        if not person or title and title[-1].lower() in HONORIFICS:
            continue  # "Mr Blair": an honorific is no role, and no title is looked for before it
        lower_title = _lower_title_before(body, match.start(), need_head=not title)
        if title:
            full = " ".join(title)
            joined = portfolios_before(body, match.start()) if title[0] == run.split()[0] else None
            if joined:
                full = f"{joined} and {full}"  # "Trade and Industry Secretary" ('Mr Blair and …': no)
            if lower_title:
                full = f"{lower_title} {full}"
            elif body.endswith(_GLUED_TIME, 0, match.start()):
                # "ex-Foreign Secretary Robin Cook" is no Foreign Secretary now: the prefix stays with the title
                full = next(p.lower() for p in _GLUED_TIME if body.endswith(p, 0, match.start())) + full
            words = full.lower().split()
            if any(a == b for a, b in zip(words, words[1:])):
                continue  # "British British Casino Association": two phrases run together
            roles.append(Role(person, _as_placed(full, body, names), n, False, True))
        elif not title and lower_title and lower_title.split()[-1].lower() in TITLE_HEADS:
            roles.append(Role(person, _as_placed(_with_glued_time(body, lower_title, match.start()), body, names), n,
                              False, True))
    return roles


def _as_placed(title: str, body: str, names: Names) -> str:
    """The title, in lower case where it opens its sentence and only that gave it a capital ("Defense attorney
    Paul Brandt said": no 'the Defense attorney')."""
    if body.lstrip(" \"“'‘").startswith(title) and _capital_by_place(title.split(), names):
        return title[0].lower() + title[1:]
    return title


def _capital_by_place(title: list[str], names: Names) -> bool:
    """Whether a title opening its sentence has its capital there only: its other words are in lower case (or
    acronyms: "Local MP"), and its first is a title word or one the article writes in lower case elsewhere, and
    no name ("Finance director", "Chief executive"; not "Foreign Secretary", "London mayor" or "Tory leader")."""
    first, low = title[0], title[0].lower()
    return len(title) > 1 and all(word.islower() or word.isupper() for word in title[1:]) and \
        first[1:].islower() and (low in TITLE_HEADS or low in _MODIFIERS or low in _QUALIFIERS or
                                 low in names.lower_seen) and \
        not names.is_name_word(first) and first not in NATIONALITIES and low not in AFFILIATIONS


def _with_glued_time(body: str, lower_title: str, start: int) -> str:
    """'ex-Tory education secretary Gillian Shepherd' was education secretary once: the word with the
    prefix before the title stays with it."""
    before = body[:body.rfind(lower_title, 0, start)].split()[-1:]
    return f"{before[0]} {lower_title}" if before and before[0].startswith(_GLUED_TIME) else lower_title


# A title's first words joined by 'and' ("Trade and Industry", "Culture, Media and Sport"), right before it.


def _titled_person(run: str, names: Names, known: dict) -> tuple[list[str], str | None]:
    """The title words a run opens with and the person it names (None: no one), kept in `known` for
    the article: the same names come back sentence after sentence."""
    title, name = split_title(run.split())
    known[run] = title, names.person(" ".join(name)) if name else None
    return known[run]


def _lower_title_before(body: str, start: int, need_head: bool = True) -> str:
    """Lower-case title words right before a name: 'chairman and chief executive' Richard Parsons."""
    head = body[:start]
    before = head.rstrip()
    if before != head[:-1] and not head.endswith(" "):
        return ""
    if need_head and before[before.rfind(" ") + 1:] not in TITLE_HEADS:
        # The word right before the name ends every title found where one is needed (taken[-1]
        # below): most names have none there, and nothing else need be looked at.
        return ""
    taken: list[str] = []
    for word in reversed(before.split(" ")[-5:]):
        if not word or not _LOWER_WORD.fullmatch(word) or word in _STOP:
            break
        taken.append(word)
    while taken and taken[-1] == "and":
        taken.pop()
    taken.reverse()
    if taken and need_head and taken[-1] not in TITLE_HEADS:
        return ""
    if not need_head and any(w not in _MODIFIERS for w in taken):
        return ""
    # "to replace chief executive X": a verb is no part of a title
    if any(w not in TITLE_HEADS and w not in _MODIFIERS and w not in _QUALIFIERS and not w.endswith(_ADJECTIVAL)
           for w in taken):
        return ""
    if taken and need_head:
        # "UKIP leader", "Tory MP", "Former chairman": the word before says whose or which
        # (a run of capitalised words, "Salvation Army spokesman"), and "Former" must stay with it.
        words = before.split(" ")[: -len(taken)]
        owner: list[str] = []
        while words and len(owner) < 6 and _owner_word(words, bool(owner)):
            owner.insert(0, words.pop())
        if owner and words and (words[-1] == "&" or words[-1].endswith(("'s", "’s")) and len(words) > 1 and
                                (words[-2] == "&" or _CAPITAL_WORD.fullmatch(words[-2]))):
            return ""  # "Transport & General Worker's Union general secretary": a name too long to tell where it starts
        if owner and words and words[-1] in _PLACE_BEFORE:
            return ""  # "at the show in Las Vegas Microsoft boss Bill Gates": where the place ends, none can tell
        if owner and len(words) > 1 and words[-1] == "and" and _CAPITAL_WORD.fullmatch(words[-2]) and \
                (len(words) < 3 or not _CAPITAL_WORD.fullmatch(words[-3])):
            # "Oil and Natural Gas Corporation chairman": one capitalised word and 'and' before the owner are the
            # start of its name, which none can tell (not "Michael Howard and Liberal Democrat leader …")
            return ""
        if words and words[-1].lower() in _MODIFIERS:
            owner.insert(0, words.pop())
        taken[:0] = owner
    return " ".join(taken)


_PLACE_BEFORE = frozenset("in at from near outside".split())


def _owner_word(words: list[str], inside: bool) -> bool:
    """Whether the last of `words` belongs to the name of a title's owner: a capitalised word, or an 'of' or a
    'for' inside the name ("Association of Chief Police Officers president", "Commission for Racial Equality
    chairman": the whole name, not its end)."""
    last = words[-1]
    if _CAPITAL_WORD.fullmatch(last):
        return last.lower() not in _NOT_OWNERS
    return inside and last in ("of", "for") and len(words) > 1 and _CAPITAL_WORD.fullmatch(words[-2]) is not None


def _appositives_after(body: str):
    """APPOSITIVE_AFTER.finditer(body), searched from just before where a match can first start.

    Every match is a _APPOSITIVE_NAME match, or "the" and white space before one: none starts before
    the first _APPOSITIVE_NAME match less the white space and "the" before it.
    """
    # Cheap test first: a role after one of the (few) commas right after a capitalised word.
    if _CAPITAL_COMMA_ROLE.search(body) is None:
        return ()
    first = _APPOSITIVE_NAME.search(body)
    if first is None:
        return ()
    start = first.start()
    while start > 0 and body[start - 1].isspace():
        start -= 1
    return APPOSITIVE_AFTER.finditer(body, max(0, start - len("the")))


def _titled_role(role: str) -> bool:
    """A title word before any 'of': 'the chief executive of Fiat' is one, 'the life of a British
    lecturer' or 'the son of a miner' is none (what they name is a life, a son)."""
    return any(w.lower() in TITLE_HEADS for w in WORD.findall(role.split(" of ", 1)[0]))


def _head_before_comma(body: str) -> bool:
    """Whether a title head stands right before a comma, as in every APPOSITIVE_BEFORE match
    (one str.endswith per comma, where the pattern is tried at every "the" in the sentence)."""
    comma = body.find(",")
    while comma >= 0:
        if body.endswith(_HEADS_ENDING_IN.get(body[comma - 1:comma], ()), 0, comma):
            return True
        comma = body.find(",", comma + 1)
    return False


_TIMES = frozenset(f"{MONTHS}|{WEEKDAYS}|Today|Yesterday|Tonight".split("|"))
# What an amount is described as: "a premium of 48%", "a rise of 3%", "a fall of £2m".
_AMOUNT = re.compile(r"(?:an?|the)\s+(?:[a-z]+\s+)?(?:premium|discount|rise|fall|increase|decrease|drop|gain|loss|"
                     r"jump|cut|reduction|total|sum|margin)\s+of\b")


def find_roles(n: int, body: str, names: Names) -> list[Role]:
    """Every role the sentence gives a named person or thing."""
    roles = _titles(n, body, names)
    appositive = "," in body and CAPITAL_COMMA.search(body) is not None  # a name next to a comma
    for match in _appositives_after(body) if appositive else ():
        role = _clean_role(match.group("role"))
        entity = _entity(names, match.group("name"), match.group("the"))
        if not role or not entity or entity[0] in _TIMES or _AMOUNT.match(role):
            continue  # ("… in a statement Monday, a premium of 48% to …": the premium is the price's)
        indefinite = role.split()[0].lower() in ("a", "an")
        if not indefinite and not entity[1]:
            continue  # "Iraq, the country ..." is not a role
        if not indefinite and not _titled_role(role):
            continue
        roles.append(Role(entity[0], role, n, indefinite, entity[1]))
    for match in APPOSITIVE_BEFORE.finditer(body) if appositive and _head_before_comma(body) else ():
        person = names.person(match.group("name"))
        role = _clean_role(match.group("role"))
        if person and role and _titled_role(role):
            roles.append(Role(person, role[:1].lower() + role[1:], n, False, True))
    if len(roles) < 2:
        return roles  # (most sentences: nothing to tell apart, and _titles() made the list for this call)
    unique: dict[tuple[str, str], Role] = {}
    for role in roles:
        unique.setdefault((role.entity, role.role.lower()), role)
    return list(unique.values())
