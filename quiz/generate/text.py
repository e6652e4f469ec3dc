"""Word-level helpers shared by the generator: tokens, capitals, articles, quotes.

Regexes are compiled once here; the generator runs them over every sentence of
every article, so nothing in this module may be slower than linear.
"""

from __future__ import annotations

import re

from quiz.generate.name_words import AFFILIATIONS, NATIONALITIES, TITLE_HEADS  # noqa: F401 (TITLE_HEADS: here too)

WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
# WORD with any letter ('García', 'Müller' whole): for a name's words, where WORD would split them.
WORD_ANY = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*[^\W\d_]|[^\W\d_]")
OPEN_QUOTES = "“\"‘"
CLOSE_QUOTES = "”\"’"
# A quoted span: curly or straight double quotes (single quotes are apostrophes too often).
QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")

PRONOUNS = frozenset(
    "he she it they him her them his hers its their theirs we us our i me my you your".split()
)
# Openers that tie a sentence to the one before it.
OPENERS = frozenset(
    """but however also and yet so meanwhile instead still nevertheless moreover furthermore
    besides then thus therefore indeed nonetheless otherwise likewise similarly hence
    consequently accordingly equally perhaps maybe let meantime or nor while whereas although though because earlier later previously
    separately elsewhere finally now today yesterday recently additionally overall again first neither yes""".split()
)
OPENER_PHRASES = (
    "in addition", "as a result", "even so", "despite this", "despite that", "on the other hand",
    "at the same time", "in turn", "in contrast", "by contrast", "by comparison", "in comparison", "for example", "for instance",
    "in fact", "after that", "before that", "as well", "not only", "on top of that", "that said",
    "this is", "that is", "such a", "such as", "until then", "by then", "since then", "even then", "by now", "until now", "so far", "even now", "even so", "of course", "in the meantime", "once again", "once more",
    "of those", "of these", "of them", "of which", "among them", "among those", "among these",
    "to begin with", "to start with", "for a start", "first of all",  # (the first of a list told before)
    "either way", "in any case", "in either case", "if so", "if not",  # (the cases, or the question, told before)
)
DEMONSTRATIVES = frozenset("this that these those such".split())

# Nouns that, after "the", point back to something named earlier ("The firm said...").
ANAPHORIC_NOUNS = frozenset(
    """firm company group bank official officials minister move deal plan report study
    survey strike strikes attack attacks decision country court party agency body business
    operator retailer carrier airline maker manufacturer giant chain insurer lender brewer
    producer supplier network site service scheme programme program project proposal proposals
    measure measures bill law legislation figures data rise fall increase decline drop cut cuts
    action incident case trial man woman boy girl player team club side organisation
    organization union rebels militia militants city town region area institute spokesman visitors hosts holders
    spokeswoman spokesperson statement announcement comments remarks changes change system
    technology device product products software game film album book idea research
    researchers scientists authors report's figure sale takeover merger bid offer talks
    event conference festival ceremony operation campaign president chairman chief boss
    exchange bourse regulator watchdog magazine messages e-mails machine machines division subsidiary
    emails""".split()
)

# Honorifics before a surname: "Mr McConnell", "Dr Smith".
HONORIFICS = frozenset("mr mrs ms miss dr sir lord lady dame prof professor".split())

# Attribution verbs (past and present forms).
SAY_VERBS = (
    "said|says|told|tells|reported|reports|added|adds|warned|warns|claimed|claims|insisted|insists|"
    "argued|argues|stated|states|announced|announces|estimated|estimates|explained|explains|"
    "predicted|predicts|believes|believed|noted|notes|suggested|suggests|admitted|admits|"
    "confirmed|confirms|denied|denies|revealed|reveals|forecast|forecasts|acknowledged|"
    "maintained|maintains|stressed|stresses|declared|declares|wrote|writes|found|finds|showed|shows"
)
SAY_WORDS = frozenset(SAY_VERBS.split("|"))  # the same verbs, for a lookup of a word

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# Relative time that only means something next to the article's date.
# "two years ago", "a few weeks ago": a time counted back from the article's date.
_AGO = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|\d+)\s+"
        r"(?:years?|months?|weeks?|days?)\s+ago")
RELATIVE_TIME = re.compile(
    r"\b(?:(?:earlier|later)\s+(?:this|last|next)\s+(?:week|month|year)"
    r"|(?:this|last|next)\s+(?:week|month|year|weekend|spring|summer|autumn|winter)"
    r"|yesterday|today|tomorrow|tonight"
    rf"|{_AGO})\b",
    re.IGNORECASE,
)
# The words one of which every RELATIVE_TIME match holds (see Gated, defined below).
RELATIVE_WORDS = ("week", "month", "year", "spring", "summer", "autumn", "winter", "yesterday", "today", "tomorrow",
                  "tonight", "ago")

_POSSESSIVE_END = re.compile(r"['’]s?$")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# (a capital letter said alone, "F", "MP", is read case-sensitively: "Labour" opens with no 'el')
_VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|se|sa|ro|ti|k\b)|hour|honest|heir|[0-9]*8|11\b|18\b|"
                          r"(?-i:[FHLMNRSX]\b|[FHLMNRSX][A-Z]))", re.IGNORECASE)
_ACRONYM_VOWEL = re.compile(r"^[AEFHILMNORSX][A-Z0-9]")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def article_for(phrase: str) -> str:
    """'a' or 'an' for the phrase, by its first sound (approximately, as a writer would)."""
    first = phrase.strip().split(" ", 1)[0] if phrase.strip() else ""
    if not first:
        return "a"
    if first.isupper() and len(first) > 1:
        return "an" if _ACRONYM_VOWEL.match(first) else "a"
    return "an" if _VOWEL_SOUND.match(first) else "a"


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def strip_end(text: str) -> str:
    """A sentence without its final punctuation (and a quote closing after it)."""
    return text.rstrip().rstrip(".!;:").rstrip()


def cited(sentence: str) -> str:
    """The sentence in quotation marks with one full stop: its own where a quotation closes on it
    ('… of democracy."' stays so, not '… of democracy.".')."""
    text = strip_end(sentence)
    return f"“{text}”" if text.endswith(_CLOSED) else f"“{text}.”"


_CLOSED = tuple(end + mark for end in ".!?" for mark in "\"”'’")


def quote_balanced(text: str) -> bool:
    """True where every quotation the text opens is also closed in it."""
    if text.count("“") != text.count("”"):
        return False
    return text.count('"') % 2 == 0


def outside_quotes(text: str) -> str:
    """The text with every quoted span blanked out (same length, so offsets still match)."""
    if '"' not in text and "“" not in text:
        return text  # most sentences quote nothing: no regex pass
    return QUOTED.sub(lambda m: " " * len(m.group()), text)


W_RUN = re.compile(r"\w+")


def has_word(text: str, words: frozenset[str]) -> bool:
    """Whether one of `words` stands in the text as a whole word.

    The same as searching \\b(?:w1|w2|…)\\b (whose every match is a maximal \\w run), but one pass
    over the text and set lookups instead of each alternative tried at every position.
    """
    return not words.isdisjoint(W_RUN.findall(text))


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """_DIGIT.search(text) is not None: in ASCII text (where \\d is 0-9), by deleting the digits from its
    bytes, which is a few times faster than re's test of every position."""
    if text.isascii():
        return len(text.encode().translate(None, b"0123456789")) != len(text)
    return _DIGIT.search(text) is not None


def may_match(text: str, words: tuple[str, ...], ignore_case: bool = False) -> bool:
    """A cheap test before a costly regex: whether any of the literal `words` that every match
    contains is in the text. It only ever spares a search that would have found nothing.

    With ignore_case the words are lower case and so is the text compared; text that is not all
    ASCII always passes, since re's case folding is wider than str.lower() ('ſ' matches 's').
    """
    if ignore_case:
        if not text.isascii():
            return True
        text = text.lower()
    return any(map(text.__contains__, words))


class Gated:
    """A compiled regex behind may_match(): searched only where the text holds one of the literal
    words every match contains. Patterns that open with \\b or a look-behind give re no prefix to
    skip ahead to, so they are tried at every position of every sentence; the test spares most."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        # A match lies inside the span searched, and so do the words it holds.
        where = text[span[0]:span[1] if len(span) > 1 else None] if span else text
        return self.pattern.search(text, *span) if may_match(where, self.words, self.ignore_case) else None

    def finditer(self, text: str):
        return self.pattern.finditer(text) if may_match(text, self.words, self.ignore_case) else iter(())

    def findall(self, text: str) -> list:
        return self.pattern.findall(text) if may_match(text, self.words, self.ignore_case) else []


def letter_first(word: str) -> str:
    """A pattern for \\bword written letter first (the look-behind is the \\b), so that re skips ahead to
    that letter instead of trying the pattern at every position. The same matches."""
    return f"{word[0]}(?<!\\w{word[0]}){word[1:]}"


# RELATIVE_TIME for lower-case ASCII text, where it matches the same: its alternatives in their order, each
# led by its letter. (Searched IGNORECASE and \\b first, re tries every position of the text.)
_RELATIVE_LOWER = re.compile("(?:" + "|".join(
    [letter_first(word) + r"\s+(?:this|last|next)\s+(?:week|month|year)" for word in ("earlier", "later")] +
    [letter_first(word) + r"\s+(?:week|month|year|weekend|spring|summer|autumn|winter)"
     for word in ("this", "last", "next")] +
    [letter_first(word) for word in ("yesterday", "today", "tomorrow", "tonight")] + [r"(?<!\w)" + _AGO]) + r")\b")
_RELATIVE = Gated(RELATIVE_TIME, RELATIVE_WORDS)


def relative_span(text: str) -> tuple[int, int] | None:
    """Where RELATIVE_TIME first matches in the text, or None."""
    if text.isascii():
        low = text.lower()  # (as long as the text: the span is the text's)
        match = _RELATIVE_LOWER.search(low) if _may_be_relative(low) else None
    else:
        match = _RELATIVE.search(text)
    return match.span() if match else None


def _may_be_relative(low: str) -> bool:
    """Whether _RELATIVE_LOWER can match the lower-case text: a match is 'this', 'last' or 'next' before a
    unit of time, or a day word. (Most sentences with 'year' in them have none of the three.)"""
    return ("this" in low or "last" in low or "next" in low) and any(map(low.__contains__, _RELATIVE_UNITS)) or \
        any(map(low.__contains__, _RELATIVE_DAYS))


_RELATIVE_UNITS, _RELATIVE_DAYS = RELATIVE_WORDS[:7], RELATIVE_WORDS[7:]  # ('week' … 'winter'; 'yesterday' …)


# The only characters outside ASCII that re's IGNORECASE matches to ASCII letters: 'İ' and 'ı' (as i),
# 'ſ' (as s), the Kelvin sign 'K' (as k). WORD, all ASCII, splits at them.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


class Words:
    """The words of one text, found once, for gates before costly regexes.

    `pieces`: the letter runs of its WORD tokens, lower case ("Don't" gives 'don' and 't'). A token
    joins runs of letters only by ' ’ . -, so every \\w-run of ASCII letters in the text is a piece, and a
    pattern that matches only where a word stands whole (\\bthat\\s, \\bone\\b) can be skipped where
    that word is no piece. (A piece need not be a \\w-run: the 'it' of '1it' is one.)
    `lowers`: the tokens in lower case, in order.
    """

    def __init__(self, text: str, tokens: list[str]) -> None:
        joined = " ".join(tokens).lower()  # (one lower() and one split() for all: no token holds a space)
        self.lowers = joined.split()
        cut = joined.replace("'", " ").replace("’", " ").replace(".", " ").replace("-", " ")
        self.pieces = set(self.lowers if cut == joined else cut.split())
        self.folds_ascii = self.folds_to_ascii_only(text)

    @staticmethod
    def folds_to_ascii_only(text: str) -> bool:
        """Whether IGNORECASE can match a word of ASCII letters in the text only with ASCII letters (which
        str.lower() lowers as re does)."""
        return text.isascii() or not any(map(text.__contains__, _FOLDS_TO_ASCII))

    def has(self, words: frozenset[str]) -> bool:
        return not self.pieces.isdisjoint(words)


class WordGated:
    """A compiled regex searched only where the text's Words hold the words every match stands on.

    `needs`: alternatives, each a tuple of word sets: a match needs, for one alternative, a word
    (lower case, standing whole) of each of its sets. Cheaper than Gated where a Words is at hand:
    set lookups instead of substring searches, and no miss on 'that' inside 'Thatcher'.

    `tail`: a pattern led by a letter that every match holds a match of (its end, from a word on), searched
    first: re skips ahead to that letter, where the whole pattern, opening with \\b or a look-behind, is
    tried at every position.
    """

    def __init__(self, pattern: re.Pattern[str], *needs: tuple[frozenset[str], ...],
                 tail: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self.needs = needs
        # A word of one of these stands in every match (each alternative needs one of its first set).
        self.firsts = frozenset().union(*(need[0] for need in needs))
        self.tail = tail
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)

    def search(self, text: str, found: Words) -> re.Match[str] | None:
        if self.ignore_case and not found.folds_ascii:
            return self.pattern.search(text)
        pieces = found.pieces
        if pieces.isdisjoint(self.firsts):
            return None  # (most texts: one test; this runs ~10 times a sentence)
        for need in self.needs:
            for words in need:
                if pieces.isdisjoint(words):
                    break
            else:
                if self.tail is not None and self.tail.search(text) is None:
                    return None
                return self.pattern.search(text)
        return None


def first_word(text: str) -> str:
    match = WORD.search(text)
    return match.group() if match else ""


COMMON_STARTS = frozenset(
    """the a an there this that it most many some all both several few more less one two three four five
    every each any no other such its their his her our new recent in on at by for since after before during
    under with from of as about among despite following according former latest last first
    just only nearly almost around roughly over up down even still nobody nothing none everyone everybody
    everything someone somebody something anyone anybody anything""".split()
)


# Endings of common words, not names: "Potential investors", "Analysing traffic".
COMMON_ENDINGS = ("ing", "ly", "less", "ful", "al", "ive", "ous", "ent", "ant", "ion", "ions", "ity", "ers", "ies",
                  "ism", "ness", "ments", "ence", "ance")


def lower_first(text: str, proper: frozenset[str], common: frozenset[str] | set[str] | None = None) -> str:
    """Lower-case the first letter unless the first word is a name (in `proper`) or an acronym."""
    word = first_word(text)
    bare = _POSSESSIVE_END.sub("", word)
    if word and word.lower() in COMMON_STARTS:
        return text[:1].lower() + text[1:]
    if not word or word in proper or bare in proper or (len(word) > 1 and word[1:2].isupper()) or word == "I" or \
            word in NATIONALITIES or word.lower() in AFFILIATIONS and word[1:].islower():
        return text  # ("Conservative shadow foreign secretary Michael Ancram", "German Chancellor …")
    # "Pocket-sized devices": a compound written lower case after its hyphen is no name ("Kilroy-Silk" is)
    compound = "-" in word and word.split("-", 1)[1].islower()
    if common is not None and word.lower() not in common and not word.endswith(COMMON_ENDINGS) and not compound:
        return text  # "Toyota has": never written in lower case, so a name
    second = WORD.findall(text[:80])[1:2]
    if second and second[0][:1].isupper():
        return text  # "Greenway Ferries said": a name of several words
    return text[:1].lower() + text[1:]


def ends_with(pattern: re.Pattern[str], text: str, end: int, window: int = 80) -> bool:
    """Whether `pattern` (anchored with $) matches right before `end`: a search of the last `window`
    characters only, not of everything before (\\b and look-behinds still see the real text)."""
    return pattern.search(text, max(0, end - window), end) is not None


def has_phrase(haystack: str, needle: str, edge: str = "") -> bool:
    """`needle` in `haystack` not inside a longer word (nor next to the `edge` characters).

    Plain string search: a regex built per call would be compiled thousands of times.
    """
    if not needle:
        return False
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = haystack[start - 1] if start else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (before.isalnum() or before == "_" or before in edge) and \
                not (after.isalnum() or after == "_" or after in edge):
            return True
        start = haystack.find(needle, start + 1)
    return False


def norm_key(text: str) -> str:
    """A comparison key: lower case, letters and digits only."""
    return _NOT_ALNUM.sub(" ", text.lower()).strip()


def by_first_letter(alternation: str) -> str:
    """The same alternation of words, its branches grouped by their first letter (in their order).

    re tries the branches of an alternation one after the other at each position; grouped, it
    tries the one group that starts with the letter there. The same matches: a branch whose
    first letter is not the text's fails at once, wherever it stands.
    """
    groups: dict[str, list[str]] = {}
    for branch in alternation.split("|"):
        groups.setdefault(branch[0], []).append(branch[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
