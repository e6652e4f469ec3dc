"""Openings that lean on the sentence before without a pronoun: a bare count, a preposition with a
demonstrative, a 'then' telling the next step, a measure that does not say whose it is.

Each check returns a reason a person can read in `quiz generate --verbose`, or None.
"""

from __future__ import annotations

import re

from quiz.generate.sexes import FEMALE_TITLES, MALE_TITLES
from quiz.generate.text import MONTHS, TITLE_HEADS, WEEKDAYS

# "Inside that small box …", "Within this, …", "For these reasons …": a preposition then a demonstrative
# opening the sentence points back (a time of its own, "In this year's budget", is relative time instead).
_PREPOSITION_DEMONSTRATIVE = re.compile(
    r"\s*(?:in|at|on|inside|within|under|from|by|with|for|during|after|before|since|until|outside|behind|beyond|"
    r"despite|against|among|amid|beside|besides|unlike|like|through|throughout|over|into|of|to|without|given)\s+"
    r"(?:this|that|these|those)\b(?!\s+(?:month|week|year|morning|afternoon|evening|weekend|summer|winter|spring|"
    r"autumn|season|quarter|time)\b)", re.IGNORECASE)
# Words after which 'then' is no step in a story told before: "and then", "by then president", "the then chief".
_THEN_AFTER = frozenset("""the a an of in on at for to from with by its their his her our this these those some many
    several all both few more most other such and or but since until till even back only just which who that than
    now there if when once where unless""".split())
_CLAUSE_WORDS = frozenset({"and", "or", "but", "which", "who", "that", "when", "if", "before", "after", "until",
                           "where", "while", "because", "once"})
_CONDITIONS = frozenset({"if", "when", "once", "where", "unless", "as", "should", "whenever", "provided"})
# "About two billion are shipped every year": a figure standing for things named before
_COUNT_SUBJECT = re.compile(
    r"\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|only|just|roughly|all)\s+)?"
    r"(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds|thousands|millions|dozens)(?:\s+(?:hundred|thousand|million|billion|trillion|m|bn))?"
    # ("One in five even admitted …": one in five of those surveyed, named earlier)
    r"(?:\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred))?"
    # "More than a quarter have bought …", "Most were …": a share of something named earlier
    r"|a\s+(?:quarter|third|fifth|tenth)|half|two[-\s]thirds|three[-\s]quarters|most|many|several|others"
    # ("None responded to a request for comment", "Some were hurt": of those named before)
    r"|none|neither|some|few|all|each)\s+(?:(?:even|also|still|now|already|actually)\s+)?"
    # ("All three are …", "All three appeared …", "Two of them were …": those named earlier)
    r"(?:are|were|is|was|have|had|will|would|can|could|may|might|must|should|did|do|said|say|says|told|[a-z]+ed|"
    # ("Few realise that …", "Many think …": of those named before, as 'Many said' is)
    r"realise|realize|know|think|believe|expect|want|agree|doubt|understand|feel|remember|"
    r"of\s+(?:them|those|these))\b"
    # "Four other important fixes were also released": others than those named earlier
    r"|\s*(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+other\b",
    re.IGNORECASE)
# "Only 7% wanted a player …": a share of people asked, named before ("7% of Britons" says whom). Its first
# words are among _COUNT_SUBJECT's, which is what quiz.generate.filters asks before calling leaning_start.
_SHARE_SUBJECT = re.compile(
    r"\s*(?:(?:only|just|about|around|some|nearly|almost|over|more\s+than|less\s+than)\s+)?\d[\d.]*\s*"
    r"(?:%|per\s*cent)\s+(?:[a-z]+ed|said|say|says|think|thought|want|believe|use|own|do|did|are|were|have|had|"
    r"will|would|could|can|felt|feel|saw|see|bought|buy|chose|choose)\b", re.IGNORECASE)
# "When pressed few could say …", "If asked, most would …": a count of those asked, whom a sentence before told.
_WHEN_ASKED_COUNT = re.compile(r"\s*(?:When|If|Once)\s+(?:pressed|asked|questioned|surveyed|polled)\b[^,.]{0,30}?,?\s+"
                               r"(?P<count>few|many|most|some|several|none|half)\s+(?:could|would|can|did|were|had|said|"
                               r"knew|thought|say|know|think)\b")
# "For 57%, pensions were key": 57% of those an earlier sentence counted ('For 40% of firms, …' says of what).
_FOR_SHARE = re.compile(r"\s*For\s+(?:(?:only|just|about|around|some|nearly|almost|over)\s+)?\d[\d.]*\s*(?:%|per\s*cent),")
# A measure or a proceeding that opens a sentence on its own is someone's named before: "Sales climbed …",
# "Talks are continuing …" ("Sales of ferries rose" and "Profits at Tesco fell" say whose).
_MEASURES = frozenset("""sales profits profit revenues revenue earnings turnover shares costs imports exports prices
    rates talks bids flights firms things losses margins volumes deliveries orders bookings
    creditors shareholders bondholders shipments output purchases""".split())
# The measures that are amounts ("Net profit", "Fourth-quarter sales"; not "Foreign firms", "Early talks").
_AMOUNTS = _MEASURES - frozenset("""shares rates talks bids flights firms things creditors shareholders bookings
    bondholders""".split())
# Words that open a measure without saying whose: "Retail sales", "Annual profits", "Fourth-quarter …".
_MODIFIERS = frozenset("""retail annual global total overall online quarterly monthly net gross pre-tax car vehicle
    domestic overseas foreign export import underlying operating seasonally core average outbound inbound""".split())
_OWNER_WORDS = frozenset("of at in for from on by to across among with".split())
_COMPOUND_HEADS = frozenset("growth levels figures data volumes rises falls forecasts warnings".split())


# "The biggest jump was in Italy": the biggest of what, told before ("The biggest ferry on the Clyde
# carries …" says of what).
_SUPERLATIVE_SUBJECT = re.compile(r"\s*The\s+(?:[a-z]+\s+)?(?P<most>[a-z]{3,}est)\s+(?:[a-z]+\s+)?[a-z]+\s+"
                                  r"(?:was|were|is|are|came|has|had)\b")
_EST_NOUNS = frozenset("""interest request protest forest contest harvest conquest inquest manifest arrest honest
    modest digest suggest invest behest unrest""".split())


# In ASCII text (where re's IGNORECASE folds as lower() does) a match of _COUNT_SUBJECT or _SHARE_SUBJECT opens
# with a digit or with its first token, a word of the pattern ('two-thirds' with its first); in one of
# _PREPOSITION_DEMONSTRATIVE the second token opens with the demonstrative. Each is matched only where that
# holds: most texts that get this far open with 'In', 'A' or 'The'.
_COUNT_WORDS = frozenset(re.findall(r"[a-z]+", _COUNT_SUBJECT.pattern + _SHARE_SUBJECT.pattern))
_DEMONSTRATIVE_STARTS = ("this", "that", "thes", "thos")


def _may_count(plain: str, tokens: list[str]) -> bool:
    return tokens[0].lower().split("-")[0] in _COUNT_WORDS or plain.lstrip()[:1].isdigit()


# "A further patch fixes …", "A separate study found …": one more than those told before.
_ONE_MORE = frozenset("further second third fourth separate".split())


def leaning_start(plain: str, tokens: list[str]) -> str | None:
    """A count, a preposition and a demonstrative, or a 'then' that ties the text to what came before."""
    ascii_text = plain.isascii()
    count = (_COUNT_SUBJECT.match(plain) or _SHARE_SUBJECT.match(plain)) \
        if not ascii_text or _may_count(plain, tokens) else None
    if count:
        words = count.group().split()
        shown = words if words[-2:-1] == ["of"] else words[:-1]  # ("Two of them"; "All three", less 'are')
        return f"opens with '{' '.join(shown)}', a count of something named earlier"
    if tokens[0] in ("When", "If", "Once") and (asked := _WHEN_ASKED_COUNT.match(plain)):
        return f"'{asked.group('count')}' counts those asked, named earlier"  # "When pressed few could say …"
    if tokens[0] == "For" and (share := _FOR_SHARE.match(plain)):
        return f"opens with '{share.group().strip(' ,')}', a share of something named earlier"  # "For 57%, …"
    demonstrative = _PREPOSITION_DEMONSTRATIVE.match(plain) if not ascii_text or \
        len(tokens) > 1 and tokens[1][:4].lower() in _DEMONSTRATIVE_STARTS else None
    if demonstrative:
        return f"opens with '{demonstrative.group().strip()}', which refers to something earlier"
    if tokens[0] in ("A", "An") and len(tokens) > 2 and tokens[1] in _ONE_MORE and tokens[2].islower():
        return f"opens with '{tokens[0]} {tokens[1]}', one more than something named earlier"
    if tokens[0] == "No" and len(tokens) > 2 and tokens[1] == "further" and tokens[2].islower():
        # "No further details were given": more than those told before
        return f"opens with '{tokens[0]} {tokens[1]}', more than something told earlier"
    if tokens[0] == "The" and len(tokens) > 2 and "est" in plain:
        superlative = _SUPERLATIVE_SUBJECT.match(plain)
        if superlative and superlative.group("most") not in _EST_NOUNS:
            return f"'{' '.join(superlative.group().split()[:-1])}' is the most of something named earlier"
    if "then" in plain and "then" in tokens and _then_continues(tokens, plain):
        return "'then' makes it the next step of something told earlier"
    return None


_TITLES = MALE_TITLES | FEMALE_TITLES
_HE, _SHE = frozenset({"he", "him", "his", "himself"}), frozenset({"she", "her", "hers", "herself"})
_HE_OR_SHE = _HE | _SHE


def other_gender(tokens: list[str], lows: list[str]) -> str | None:
    """'Mr Brown seems haunted by her eyes': every name before the pronoun is someone's of the other sex
    (as a title says: Mr, Mrs, Lord, Lady), so it points to someone named earlier. Or None.
    ('Lucy tracked down Mr Pound after her …': Lucy may be hers.)"""
    if _TITLES.isdisjoint(tokens) or _HE_OR_SHE.isdisjoint(lows):
        # Without a title no name has a sex (_sex), and without he or she nothing is asked: most texts.
        return None
    for index, low in enumerate(lows):
        wants = MALE_TITLES if low in _HE else FEMALE_TITLES if low in _SHE else None
        if wants is None or not tokens[index].islower():
            continue
        names = [at for at in range(index) if tokens[at][:1].isupper() and tokens[at] not in _TITLES]
        if names and all(_sex(tokens, at) not in (None, wants) for at in names):
            return f"'{tokens[index]}' refers to someone named earlier"
    return None


def _sex(tokens: list[str], at: int):
    """MALE_TITLES or FEMALE_TITLES, as the title before the name at `at` tells ("Mr Gordon Brown"), or None."""
    while at > 0 and tokens[at - 1][:1].isupper() and tokens[at - 1] not in _TITLES:
        at -= 1
    before = tokens[at - 1] if at > 0 else ""
    return MALE_TITLES if before in MALE_TITLES else FEMALE_TITLES if before in FEMALE_TITLES else None


# "Analysts expected December's figure to come in at 58.1": the figure of what, told before.
_DATED_FIGURE = re.compile(
    rf"\b(?:{MONTHS}|"
    r"(?:last|this|next)\s+(?:month|week|year|quarter)|the\s+(?:month|quarter|year))['’]s\s+"
    r"(?:figures?|readings?|totals?|numbers?|rates?|levels?|data|index|results?)\b(?!\s+(?:of|for|on|from|in)\b)")
# The end of each match of _DATED_FIGURE, from its "'s" on, searched first: led by the apostrophe, re skips
# ahead to one (the whole pattern opens with \b, so re tries it at every position of the text).
_FIGURE_AFTER_S = re.compile(_DATED_FIGURE.pattern[_DATED_FIGURE.pattern.index("['’]s"):])


def unowned_measure(tokens: list[str], plain: str = "") -> str | None:
    """'Sales climbed to …', "December's figure": a measure that does not say whose it is, or None."""
    first = tokens[0].lower()
    if first in _MEASURES and not _owner_follows(tokens):
        return f"says nothing of whose '{tokens[0]}' it means"
    # "Fourth-quarter vehicle unit sales totalled …": lower-case words before the measure name no owner.
    # (The first word is looked at before the measure is looked for: most texts open with no modifier.)
    if "-" in first and tokens[0][1:].islower() or first in _MODIFIERS:
        head = next((at for at in range(1, min(4, len(tokens))) if tokens[at] in _AMOUNTS), None)
        if head and all(t.islower() for t in tokens[1:head]) and not _owner_follows(tokens, head + 1):
            return f"says nothing of whose '{' '.join(tokens[:head + 1])}' it means"
    for at in range(len(tokens) - 2):
        # "Saturday's speech comes days after …", "the prime minister said Thursday's report reinforced …"
        if (at == 0 or tokens[at - 1] in _SAID) and tokens[at].endswith(("'s", "’s")) and \
                tokens[at][:-2] in _DAYS and tokens[at + 1].islower() and not _owner_follows(tokens, at + 2):
            return f"'{tokens[at]} {tokens[at + 1]}' is an event told of earlier"
    dated = _DATED_FIGURE.search(plain) if ("'s" in plain or "’s" in plain) and _FIGURE_AFTER_S.search(plain) \
        else None
    if dated:
        return f"'{dated.group()}' says nothing of what it measures"
    bare = _BARE_EXPECTED.search(plain) if "expect" in plain or "forecast" in plain or "predict" in plain or \
        "estimat" in plain or "looking for" in plain or "pencil" in plain else None
    if bare:
        # "Analysts had expected $17.4bn.", "Analysts had been looking for $15.3 billion."
        return f"'{bare.group(1)}' says nothing of what was {_AS_EXPECTED.get(bare.group(2), bare.group(2))}"
    whose = _BARE_EXPECTED_OF.search(plain) if "expect" in plain or "forecast" in plain or "predict" in plain or \
        "estimat" in plain else None
    if whose:
        return f"'{whose.group(1)}' says nothing of whose"  # "Analysts had expected net additions of 4.2 million."
    return None


# A figure that is all a forecast says, ending the sentence: what it is of, the sentence before told.
_AS_EXPECTED = {"looking for": "expected", "pencilled in": "expected", "penciled in": "expected"}
_BARE_EXPECTED = re.compile(r"\b((expected|forecast|predicted|estimated|anticipated|looking\s+for|pencill?ed\s+in)\s+"
                            r"(?:(?:about|around|some|roughly)\s+)?(?:[$£€¥]|[A-Z]{1,3}\$)?\d[\d,.]*"
                            r"(?:\s*%|\s*(?:per\s+cent|percent|bn|m|billion|million|trillion|tn|k)\b)?)\s*[.;]?\s*$")


# The same with what was expected named, but not whose: "had expected net additions of about 4.2 million."
_BARE_EXPECTED_OF = re.compile(_BARE_EXPECTED.pattern.replace(r"\s+(?:(?:about", r"\s+(?!an?\s)(?:[a-z-]+\s+){1,3}of\s+(?:(?:about", 1))


def even_more(tokens: list[str]) -> str | None:
    """'Indonesia is likely to have even lower take-up rates': more than what, the sentence before told."""
    for at in range(1, len(tokens) - 1):
        if tokens[at] == "even" and tokens[at + 1] in _COMPARATIVES and "than" not in tokens[at + 2:]:
            before = tokens[:at]
            # Not where the sentence itself holds what is compared: "exports rose 12.3%, but imports rose
            # even faster", "air travel increased by 18% and was expected to rise even more".
            if tokens[at - 1] in _MOVES or "but" in before or "and" in before or any(t[:1].isdigit() for t in before):
                return None
            return f"'even {tokens[at + 1]}' compares with something told earlier"
    return None


def compared_unsaid(tokens: list[str], plain: str = "") -> str | None:
    """'Protection against severe disease was higher, at 86 per cent': higher than what, the sentence before
    told (a 'than' in the sentence says it itself)."""
    if "than" in tokens:
        return None
    # ("ASB economist Emma Collins was more cautious.": more cautious than one the sentence before told of)
    if len(tokens) > 2 and (tokens[-1] in _COMPARATIVES and tokens[-2] in _COPULAS or
                            tokens[-2] in ("more", "less") and tokens[-3] in _COPULAS and tokens[-1].islower()) and \
            not _FIGURE_THEN_END.search(plain):  # ("fares were 5% higher": a change, told in full)
        return f"'{' '.join(tokens[-3:] if tokens[-2] in ('more', 'less') else tokens[-2:])}' compares with something " \
               "told earlier"
    for at in range(1, len(tokens) - 1):
        if tokens[at] in _COMPARATIVES and tokens[at - 1] in _COPULAS and tokens[at + 1] in _AFTER_COMPARED:
            return f"'{tokens[at - 1]} {tokens[at]}' compares with something told earlier"
    return None


_COPULAS = frozenset("is was are were been be".split())
_FIGURE_THEN_END = re.compile(r"\d\S*\s+(?:more\s+|less\s+)?[a-z]+\W*$")
_AFTER_COMPARED = frozenset("at still again too also".split())


def does_the_same(tokens: list[str]) -> str | None:
    """'The appeals court agreed in 2023', 'Rivals followed suit', 'Germany did the same': agreed to what,
    followed whom, did what, the sentence before told."""
    for at, token in enumerate(tokens):
        after = tokens[at + 1:at + 3]
        if token in _AGREEING and (not after or after[0] in _AFTER_AGREEING and after[1:] != ["principle"]) and \
                _AGREED_WHAT.isdisjoint(tokens[at + 1:at + 6]) and at and _AGREER.fullmatch(tokens[at - 1]):
            # (not "agreed on Monday to call off …"; one who agreed before it, no "a deal agreed in 2000",
            # "could not be agreed", "17% disagreed")
            return f"'{token}' says nothing of what was agreed: something told earlier"
        if token == "suit" and tokens[at - 1:at] in (["followed"], ["follow"], ["follows"], ["following"]) or \
                token == "same" and at >= 2 and tokens[at - 1] == "the" and tokens[at - 2] in ("did", "do", "does") and \
                tokens[at + 1:at + 2] != ["as"]:
            return f"'{tokens[at - 2]} {tokens[at - 1]} {token}' follows something told earlier"
    return None


_AGREEING = frozenset("agreed disagreed concurred".split())
_AFTER_AGREEING = frozenset("in on last this at and but later too as".split())
_AGREED_WHAT = frozenset("to that with terms".split())
# Who agrees: a name, a plural ('the judges'), a pronoun, or 'had', 'also' after them.
_AGREER = re.compile(r"[A-Z]\w*|[a-z]+[^s\W]s|they|he|she|it|we|had|has|have|also|both|all|later|eventually")


def follows_on(tokens: list[str]) -> str | None:
    """'Labour has since taken …', 'Blackpool will get the spring conference instead', '… come down
    either', 'Sony too has …': since what, instead of what, as well as what, the sentence before told."""
    for at, token in enumerate(tokens):
        if token == "then" and at and tokens[at - 1] in ("since", "until", "till", "by") and \
                TITLE_HEADS.isdisjoint(tokens[at + 1:at + 3]):  # (not "by then transport minister Maria Olsen")
            return f"'{tokens[at - 1]} then' is a time told earlier"  # "fuel loads at levels not seen since then"
        if token not in ("since", "instead") or _holds_other_side(tokens[:at]):
            continue  # "won in 2001, but Mr Blair has since been …", "bypassed the Cabinet and relied instead on"
        if token == "since" and 0 < at < len(tokens) - 1 and tokens[at - 1] in ("has", "have", "had") and \
                tokens[at + 1].islower():
            return f"'{tokens[at - 1]} since' follows on from something told earlier"
        if token == "instead" and tokens[at + 1:at + 2] != ["of"]:
            return "'instead' sets it against something told earlier"
    if "too" in tokens and (also := _too_as_well(tokens)):
        return also
    if "either" in tokens and "or" not in tokens[tokens.index("either"):]:
        return "'either' adds to something told earlier"  # "no one thought the Wall would come down either"
    return None


def _too_as_well(tokens: list[str]) -> str | None:
    """'Former prime ministers too have come to grief', 'Sony, too, has cut prices': as well as whom, the
    sentence before told (a 'too' after its subject, before its verb; not 'too early', 'is too high')."""
    at = tokens.index("too")
    if 0 < at <= 5 and at + 1 < len(tokens) and _AUXILIARIES.isdisjoint(tokens[:at]) and \
            (tokens[at + 1] in _AUXILIARIES or tokens[at + 1].endswith("ed") and tokens[at + 1].islower()):
        return "'too' adds to something told earlier"
    return None


_AUXILIARIES = frozenset("""is are was were has have had will would can could may might must should shall do does
    did""".split())


# "Britain was close behind, with …": behind what, the sentence before told ("close behind the US": its own).
# ("falling behind with a 'mixed' rating" is lagging, no comparison: a degree or a 'be' must stand before it.)
_BEHIND = re.compile(r"\b(?:close|closely|just|not\s+far|far|well|narrowly|slightly|is|was|are|were|still|came)"
                     r"\s+behind(?=\s*(?:[,.;:]|$|[-–]\s|with\b|in\s+(?:second|third|fourth)\b))")


# "Priya Shah, who represents Little Hadley, voted against.": against what, the sentence before told.
_VOTED_ALONE = re.compile(r"\bvot(?:ed|es|e|ing)\s+(?:for|against|in\s+favour|in\s+favor)(?=\s*(?:[,.;:]|$))")


def trails(plain: str) -> str | None:
    """'close behind' with nothing after it to be behind, 'voted against' with nothing to vote on, or None."""
    found = _BEHIND.search(plain) if "behind" in plain else None
    if found:
        return f"'{found.group()}' sets it against something told earlier"
    voted = _VOTED_ALONE.search(plain) if "vot" in plain else None
    return f"'{voted.group()}' leaves out what, told earlier" if voted else None


def _holds_other_side(before: list[str]) -> bool:
    """Whether the words before hold a time or a clause that 'since' or 'instead' may point to."""
    return any(word in _OTHER_SIDE or word[:1].isdigit() or word in _MONTH_NAMES for word in before)


_OTHER_SIDE = frozenset("and but not rather than or".split())
_MONTH_NAMES = frozenset(MONTHS.split("|"))


_COMPARATIVES = frozenset("more less fewer better worse greater bigger higher lower stronger weaker faster "
                          "slower wider longer shorter harder easier tighter larger smaller cheaper".split())
_MOVES = frozenset("rise rises rose risen rising fall falls fell fallen falling grow grows grew grown growing drop "
                   "drops dropped dropping go goes went gone going climb climbed".split())
_SAID = frozenset("said says added argued claimed insisted warned believes".split())
_DAYS = frozenset(f"{WEEKDAYS}|Today|Yesterday|Tonight".split("|"))


def _owner_follows(tokens: list[str], at: int = 1) -> bool:
    """'Sales of ferries', 'Profit growth in the insurance market': the measure says whose it is. ('Shipments
    to the European Union': where goods went, not whose they are.)"""
    at += 1 if len(tokens) > at + 1 and tokens[at].lower() in _COMPOUND_HEADS else 0
    if len(tokens) > at and _TRADE.get(tokens[at - 1].lower()) == tokens[at]:
        return False
    return len(tokens) > at and tokens[at].lower() in _OWNER_WORDS


# Trade that says where goods went or came from with these, not whose: "Imports from China".
_TRADE = {"exports": "to", "shipments": "to", "deliveries": "to", "sales": "to", "imports": "from"}


def _then_continues(tokens: list[str], plain: str) -> bool:
    """'Parents then have the choice …', 'Mr Blair then changed his mind …': 'then' in the first clause,
    after its subject, tells the next step of a story the sentence before began."""
    if tokens[0].lower() in _CONDITIONS:
        return False  # "If …, then …": the condition is in the sentence itself
    at = tokens.index("then")
    before, after = tokens[at - 1].lower() if at else "", tokens[at + 1] if at + 1 < len(tokens) else ""
    if not at or before in _THEN_AFTER or before.endswith(("'s", "’s")) or before[:1].isdigit() or \
            not after.islower() or any(t.lower() in _CLAUSE_WORDS for t in tokens[:at]):
        return False
    # Only the first clause: after a comma, a dash or a semicolon 'then' may follow on from that clause.
    head = plain[:plain.find(" then ") + 1] if " then " in plain else plain
    return not any(mark in head for mark in (",", ";", " - ", " – ", " — ", ":"))
