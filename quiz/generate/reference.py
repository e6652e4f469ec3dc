"""Definite noun phrases that point back to something the article named before.

"The alliance comes as a boost for Mitsubishi" tests a fact that hangs on which
alliance: a reader of the question alone cannot tell. A definite phrase stands
alone only where something in it or right after it says which thing is meant:
a name ("the US embassy"), a restricting phrase ("the price of oil", "the fight
against IS"), a superlative or ordinal ("the biggest firm", "the first time"),
or a head that is unique in news writing ("the government", "the economy").
No tagger: adjectives are told by their endings, phrases end at function words.
"""

from __future__ import annotations

import re
from itertools import repeat

# \b[Tt]he\s+, written to open with "he" (the look-behinds check the T and the \b before it): re skips
# ahead to a literal much faster than to one of a set of letters. The matches end where those of
# \b[Tt]he\s+ do, one "he" after their start; only their ends are read.
_THE = re.compile(r"he(?<=[Tt]he)(?<!\w[Tt]he)\s+")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_AGE_WORD = re.compile(r"\d+-year-olds?")
_FIGURE_WORD = re.compile(r"(?:US\$|[$£€¥])?[\d,.]+(?:bn|m|k)?")
_LETTERS = re.compile(r"[a-z]+")
_FIGURE_FIRSTS = "U$£€¥,."  # (what a match of _FIGURE_WORD may open with, but for a digit)
# "the Linux-based machine", "the London-listed firm": a name made into an adjective names no thing.
_NAME_ADJECTIVE = re.compile(r"[A-Z][\w.&]*-(?:based|owned|listed|born|made|registered|headquartered|backed)")
# Words that end a noun phrase (verbs, auxiliaries, conjunctions, prepositions).
_ENDS = frozenset(
    """is are was were be been being has have had do does did will would can could may might must should shall
    and or but nor so yet as than if when while because although though since until unless whether
    said says told tells says added adds also not now still just only already even then there here
    it its they their he she his her we our you this that these those which who whom whose what where how
    a an the to came went got made took gave began became saw found met led won lost fell rose grew
    threw struck drew ran sold bought paid spent kept held brought thought wrote spoke broke chose drove built
    sent stood sat fought caught taught sought felt knew meant told stole flew shook rode swore heard
    withdrew oversaw underwent overtook""".split()
)
# Right after the phrase, these say which thing is meant.
_RESTRICT = frozenset(
    """of for in on at from between against behind called named known that which who whose where when
    with about over under into across to by like than behind""".split()
)
# Heads that name one obvious thing in news writing.
_UNIQUE = frozenset(
    """government economy world internet web net market markets police army military media press opposition
    public past future end start beginning majority way time moment years year month months week weeks
    day days weekend summer winter spring autumn morning afternoon evening night sector industry election
    elections polls treasury cabinet commons lords euro dollar pound yen prime minister chancellor
    rich poor elderly young weather environment climate country's nation population planet sun moon
    most least top bottom likes case truth fact same-sex uk us eu un franc yuan renminbi rupee peso rouble ruble
    lira rand krona krone shekel naira ringgit rupiah baht""".split()
)
# Words inside the phrase that make it unique ("the biggest", "the first").
_SINGLING = frozenset(
    """first second third fourth fifth last next only top main biggest largest highest lowest best worst
    most least latest earliest oldest newest whole entire overall""".split()
)
# Words inside the phrase that point back ("the same", "the latter", "the two").
_POINTING = frozenset(
    """same latter former above aforementioned said two three four five six both other remaining""".split()
)
# Heads after 'previous' that say 'before the time the sentence gives', not 'named earlier'.
_BEFORE_IN_TIME = frozenset("""year years month months quarter quarters week weeks day days decade decades session
    close high highs low lows record records peak level levels period periods season""".split())
_PERIOD_ENDS = frozenset("to ending ended until through since".split())
_WINDOW_STARTS = frozenset("next past last previous coming following first".split())
_TIME_UNITS = frozenset("hours days weeks months years decades seasons quarters".split())
_WHEN = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December the this last next recent early late hold track course sale board
    top""".split())
_ADJECTIVE_ENDS = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ish", "ent", "ant", "ian",
                   "ese", "ed", "ing", "est", "ern", "ly")


def definite_reference(plain: str, text: str | None = None, described: int = -1) -> str | None:
    """The first definite phrase (outside quotations) that needs an earlier sentence, or None.

    `plain` is the text with quotations blanked (quiz.generate.text.outside_quotes); the words
    after each 'the' are read from `text` itself, so that 'the word "Britain"' sees its name.
    `described`: where a 'the' stands that describes a name right before it (no phrase of its own).
    """
    source = text if text is not None and len(text) == len(plain) else plain
    for match in _THE.finditer(plain):
        if match.start() - 1 == described:
            continue
        # The first five runs of non-space ([^\s]+: str.split() and re's \s agree on white space).
        words = source[match.end():match.end() + 80].split(None, 5)[:5]
        phrase = _phrase(words)
        if phrase is not None:
            return f"the {phrase}"
    return None


# Stripped from a word's ends before it is judged (_bare), with a final 's.
_PUNCTUATION = ",.;:!?()[]"
_PUNCTUATIONS, _APOSTROPHE_S, _CURLY_S = repeat(_PUNCTUATION), repeat("'s"), repeat("’s")  # (for map())


def _bare(raw: str) -> str:
    return raw.strip(_PUNCTUATION).removesuffix("'s").removesuffix("’s")


def _lower_word(word: str) -> bool:
    """Whether _LOWER_WORD matches the whole word (a-z, then a-z or '-'), told by str methods: a regex
    call and its match object cost about twice as much, for each of the words after each 'the'."""
    return word.isascii() and word.islower() and word[:1] != "-" and word.replace("-", "").isalpha()


def _phrase(words: list[str]) -> str | None:
    """The words of 'the …' when they need context, else None."""
    first = _bare(words[0]) if words else ""
    if not first or not (_lower_word(first) or _NAME_ADJECTIVE.fullmatch(first)):
        return _counted(first, words)  # (a third of them: judged without the words after)
    if first in _WINDOW_STARTS and len(words) > 2 and _bare(words[2]).lower() in _TIME_UNITS:
        return None  # "over the next 10 years", "in the past two weeks": a time told from now
    taken: list[str] = []
    stop_after = False
    # Each word bare (_bare), once: most are looked at more than once. (map() with str's own methods makes
    # them without a Python call for each word.)
    bares = [first, *map(str.removesuffix, map(str.removesuffix, map(str.strip, words[1:], _PUNCTUATIONS),
                                                _APOSTROPHE_S), _CURLY_S)]
    for index, raw in enumerate(words):
        word = bares[index]
        if not word or not (index == 0 or _lower_word(word)):  # (the first word is judged above)
            if taken and word[:1].isdigit() is False and word[:1].isupper():
                return None  # "the search engine Google": named right after
            break
        if word in _ENDS or word in _RESTRICT:
            break
        taken.append(word)
        if raw.endswith(("'s", "’s")):
            if index == 0 and word in ("men", "women"):
                return None  # "the men's 100 metres", "the women's final": which, it says
            return _judge(taken, "")  # "the firm's profits": the owner decides, and nothing restricts it
        if raw != word:
            stop_after = True  # punctuation ends the phrase
        if stop_after or len(taken) >= 3 or (index > 0 and not _adjective(taken[-2]) and len(taken) == 2):
            break
        if not _adjective(word) and index + 1 < len(words) and not _compound(words[index + 1], bares[index + 1]):
            break
    if not taken:
        return None
    after = bares[len(taken)] if len(taken) < len(words) and not stop_after else ""
    if stop_after and words[len(taken) - 1].endswith(",") and _appositive_name(words[len(taken):]):
        return None  # "The company, GlaxoSmithKline, is to…": named right after
    if after and words[len(taken)].startswith("("):
        # "the company (GSK)" names it; "the console (12cm by 7.4cm)" gives a measure, not which console
        after = "(" if words[len(taken)][1:2].isupper() else ""
    following = bares[len(taken) + 1] if len(taken) + 1 < len(words) else ""
    if taken[-1] in _TIME_UNITS and after in _PERIOD_ENDS:
        return None  # "for the three months to December", "the two years since 2003": which months, it says
    if after in ("in", "on", "at", "by", "since", "until", "over") and (following[:1].isdigit() or following in _WHEN):
        # ("the plan on hold": how, not which)
        after = ""  # "the company in 2003", "the strike on Thursday": when, not which
    elif after == "in" and following in ("a", "an", "his", "her", "their", "its") and \
            len(taken) + 2 < len(words) and bares[len(taken) + 2] in _SAID_IN:
        after = ""  # "praised the ruling in a statement": where it was said, not which ruling
    return _judge(taken, after)


def _counted(first: str, words: list[str]) -> str | None:
    """'the …' where the first word, bare, is no lower-case word: 'the US embassy', 'the 1990s' are
    specific; an age or a count is named before."""
    if not first[:1].isdecimal() and first[:1] not in _FIGURE_FIRSTS:
        return None  # (most: a name, 'the US embassy'; re's \d is what str.isdecimal() tells)
    if _AGE_WORD.fullmatch(first):
        return first  # "The 27-year-old was holidaying …"
    rough = len(words) > 3 and words[1] == "or" and _bare(words[2]) == "so"
    if rough:
        words = [first, *words[3:]]  # "Of the 10 or so images only one showed …": as "the 10 images"
    if _FIGURE_WORD.fullmatch(first) and len(words) > 1:
        following = _bare(words[1])
        if _LETTERS.fullmatch(following) and following not in _RESTRICT:
            # "the 600,000 connections", "the 12 were held" (not "the 12 months to March", which says which)
            if following not in _ENDS and len(words) > 2 and _bare(words[2]) in _RESTRICT:
                return None
            return first if following in _ENDS else f"{first} {'or so ' if rough else ''}{following}"
    return None


def _appositive_name(words: list[str]) -> bool:
    """'GlaxoSmithKline, is …': a capitalised run closed by a comma (not 'the scandal, Ahold was …')."""
    for word in words[:4]:
        if not word[:1].isupper():
            return False
        if word.endswith(","):
            return True
    return False


def _compound(raw: str, word: str) -> bool:
    """'stock market': a second lower-case noun right after the first (no verb form); `word`: raw bare. (A comma
    may close it: "The computer company, working with …" is a company, not a computer.)"""
    return _lower_word(word) and word not in _ENDS and (raw == word or raw[:-1] == word and raw[-1] in ",;:") and \
        not word.endswith(("ed", "s")) and word not in _RESTRICT


# Heads a quotation right after names: 'the word "Britain"', 'the phrase "axis of evil"'.
_NAMED_BY_QUOTE = frozenset("word words term phrase name nickname label slogan motto title headline message "
                            "hashtag song book film show programme series".split())
_SAID_IN = frozenset("statement interview letter speech note post tweet filing memo report".split())
_PLAIN_ADJECTIVES = frozenset(
    "new old big small young long short high low key full free open major minor little large huge vast own "
    "good bad hard soft cheap rich poor fast slow late early real whole".split())


_ADJECTIVE_WORDS = _SINGLING | _POINTING | _PLAIN_ADJECTIVES


def _adjective(word: str) -> bool:
    # ('-ment' ends nouns, 'judgement', 'agreement', though its 'ent' ends adjectives: 'recent', 'different')
    return word in _ADJECTIVE_WORDS or word.endswith(_ADJECTIVE_ENDS) and not word.endswith("ment")


def _judge(taken: list[str], after: str) -> str | None:
    phrase = " ".join(taken)
    if not _POINTING.isdisjoint(taken):
        return phrase
    if "previous" in taken and _BEFORE_IN_TIME.isdisjoint(taken) and not any(w.endswith("est") for w in taken):
        return phrase  # "the previous top machine" (not "the previous year", "the previous record close")
    if len(taken) == 1 and (taken[0] in _SINGLING or taken[0].endswith("est")) and after not in _RESTRICT and \
            after not in ("time", "times", "year", "years"):
        return taken[0]  # "the longest stretches for 300m", "the latest is …": the longest what?
    # (Few phrases hold 'est' at all: the words are looked at one by one only in those.)
    if not _SINGLING.isdisjoint(taken) or "est" in phrase and any(word.endswith("est") and len(word) > 5
                                                                  for word in taken):
        return None
    head = taken[-1]
    if after and (after[:1].isupper() or after[:1].isdigit() or after[:1] == "(" or
                  after[:1] in "“\"" and (after[1:2].isupper() or head in _NAMED_BY_QUOTE)):
        # "the search engine Google", "the draft Directive", 'the word "Britain"', 'the slogan "Go green"'; not
        # 'the issue "went to the heart of …"', where the quotation is what was said of it
        return None
    if head in _UNIQUE or head.removesuffix("s") in _UNIQUE or (after in _RESTRICT and after != "'s"):
        return None
    if (head.endswith("ed") or head == "following") and all(_adjective(word) for word in taken):
        return None  # "the injured", "the following": no noun to point back with
    return phrase
