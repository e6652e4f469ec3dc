"""Numbers and years in a sentence: the figures questions ask for and the values an article states.

The choices made for them are in quiz.generate.number_choices.
"""

from __future__ import annotations

import re

# Number and the choices are imported from here by older callers too.
from quiz.generate.number_choices import (  # noqa: F401
    Number, keep_order, number_distractors, ordered_like, sort_numeric, spread, year_distractors,
)
from quiz.generate.text import Gated, by_first_letter, ends_with

HEDGES = (
    r"no\s+more\s+than|not\s+more\s+than|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|"  # (bounds too)
    r"about|around|almost|nearly|roughly|approximately|some|more\s+than|over|at\s+least|up\s+to|"
    r"less\s+than|fewer\s+than|under|just\s+over|just\s+under|close\s+to|as\s+many\s+as|"
    r"as\s+much\s+as|an\s+estimated|only|just|a\s+record|around\s+about|above|below"
)
# Hedges that say how the writer weighs a figure, not how near or far it lies.
_EMPHASIS = frozenset({"only", "just", "a record", "an estimated"})
# What may stand before a number's digits (a hedge, a currency), and the digits on.
# Currencies written before the digits: "HK$3.1 billion", "Rs 4,615 crore", "₹500" too (a space after "Rs").
CURRENCIES = r"US\$|HK\$|NZ\$|A\$|C\$|S\$|Rs\.?\s|₹|[$£€¥]"
_HEAD = rf"(?<![\w$£€.,-])(?:(?P<hedge>{HEDGES})\s+)?(?P<cur>{CURRENCIES})?"
_DIGITS_ON = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>(?:bn|tn|m|k)\b|\s(?:billion|million|trillion|thousand|lakh\s+crore|crore|lakh)\b)?"
    r"(?P<pct>%|\s(?:per\s?cent|percent|percentage\s+points?)\b)?"
    r"(?![\w.,]\d|[:/]\d|-\d|\w)(?<!\d/\d\d)"
)
NUMBER = re.compile(_HEAD + _DIGITS_ON, re.IGNORECASE)  # what a number is; _number_spans() finds them faster
# (NUMBER opens with a look-behind, so re tries it at every position of a sentence. A match's digits
# start at a digit with none of [\w.,-] before it; _number_spans() finds those digits (the pattern
# opens with \d, so re skips ahead to digits) and tries the two halves of NUMBER from there.)
_DIGITS_START = re.compile(r"\d(?<![\w.,-]\d)")
_DIGITS_ON_RE = re.compile(_DIGITS_ON, re.IGNORECASE)
_HEAD_BEFORE = re.compile(_HEAD + r"\Z", re.IGNORECASE)  # searched with endpos at the digits
# The longest head where every \s+ is one character: "approximately" + space + "US$".
_HEAD_MAX = max(len(h.replace(r"\s+", " ")) for h in HEDGES.split("|")) + 1 + len("Rs. ")
_SPACE_RUN = re.compile(r"\s\s")
_HEDGE_ENDINGS = tuple(sorted({h.split(r"\s+")[-1] for h in HEDGES.split("|")}))  # "than" for "more\s+than"
# What follows four digits that count nothing: a stop, a dash, a bracket, 'and'/'or', the end.
_NAMED_ALONE = re.compile(r"\s*(?:[-–,;:.)]|$)|\s+(?:and|or)\b")
# (The \b or look-behind before a year is written after its first digit, (?<![…]1) standing for
# (?<![…]) before the 1: re then skips ahead to a 1 or 2 instead of trying every position.)
YEAR = re.compile(r"(?:1(?<![\w$£€.,/-]1)[89]|2(?<![\w$£€.,/-]2)0)\d\d"
                  r"(?![\w%/-]|,\d|\.\d|\s(?:bn|m|billion|million|per\s?cent))")
WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Short forms: AP style's "Nov. 25", "Sept. 3" (March to July stay whole there); "Dec 2" without the stop.
_SHORT = ("Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")  # (with a stop or without)
_STOPPED = ("Mar.", "Apr.", "Jun.", "Jul.")  # (with a stop only)
_SHORT_MONTHS = rf"(?:{'|'.join(_SHORT)})\.?|(?:Mar|Apr|Jun|Jul)\."
# ("11 September", "12 and 14 June", "10, 12 and 14 June": days)
_MONTH_AFTER = re.compile(rf"(?:,\s*\d{{1,2}})*,?(?:\s+(?:or|and|to|-)\s+\d{{1,2}})?-?\s*(?:{_MONTHS}|(?:{'|'.join(_SHORT)})\b)\b")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS}|{_SHORT_MONTHS})\s+$")
_WORD_NUMBER = Gated(re.compile(r"\b(?:" + "|".join(WORD_NUMBERS) + r")\b", re.IGNORECASE), tuple(WORD_NUMBERS))
# ASCII in lower case, with a space for every character that is no word character (\w) to re.
_WORD_RUNS = {code: chr(code).lower() if chr(code).isalnum() or chr(code) == "_" else " " for code in range(128)}
_SPACED_NUMBER = re.compile(rf" ({by_first_letter('|'.join(WORD_NUMBERS))})(?= )")  # in _WORD_RUNS' output
_CLOCK = re.compile(r"\s*(?:(?:GMT|BST|UTC|ET|EST|CET|am|pm|hrs|hours GMT|[Oo]['’]clock)\b|[ap]\.m\.)")  # (no \b after a stop)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|from|until|by|of|year)\s$")
_LABEL_BEFORE = re.compile(r"\b(?:version|model|number|no|series|flight|route|channel|level|phase|grade|page|"
                           r"chapter|article|section|room|platform|generation|type|class|stage|round|week|day|"
                           r"ward|gate|bay|junction|pier|terminal|episode|dial|"
                           r"stages|levels|classes|grades|sections)\s(?:\d+,?\s(?:and\s|or\s)?)*$",
                           re.IGNORECASE)
_LABEL_BEFORE = Gated(_LABEL_BEFORE, ("version", "model", "number", "no", "series", "flight", "route", "channel",
                                      "level", "phase", "grade", "page", "chapter", "article", "section", "room",
                                      "platform", "generation", "type", "class", "stage", "round", "week", "day",
                                      "ward", "gate", "bay", "junction", "pier", "terminal", "episode", "dial"))
_EXAMPLE_BEFORE = re.compile(r"\b(?:like|called|named|titled|entitled|as)\s$")
_OUT_OF = Gated(re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+out\s+of\s+"
                           r"(?:every\s+)?$", re.IGNORECASE), ("out",))
# "said 3 spokesperson Belinda Henderson": the firm called 3
_BEFORE_TITLE = re.compile(r"\s+(?:spokes(?:man|woman|person)|chief|boss|chairman|director)\b")
# "modern 24 hour culture": a figure fused into a modifier, not an amount of anything
_ATTRIBUTIVE = re.compile(r"\s(?:hour|day|week|month|year|minute|second|mile|inch|foot|metre)\s+[a-z]+\s+[a-z]")
_TITLE_LIST = re.compile(r",\s+[A-Z][a-z]")
_LISTED = re.compile(r",\s\d+,")
_LISTED_BEFORE = re.compile(r"\d,\s$")
# (?:[A-Z][\w’'-]*|No\.?)\s$, written to open with the capital so that re skips ahead to capitals
# ("No" is a capitalised word itself; only "No." needs the second branch). Only whether it matches is used.
_NAME_BEFORE = re.compile(r"[A-Z](?:[\w’'-]*|(?<=N)o\.)\s$")
# What the text before a number, less its final white space, must end with for each …_BEFORE pattern
# (all end in \s$) to match: a cheap test that spares most of their searches (see _ends_before()).
_MONTH_ENDINGS = tuple(_MONTHS.split("|")) + _SHORT + tuple(f"{m}." for m in _SHORT) + _STOPPED
_EXAMPLE_ENDINGS = ("like", "called", "named", "titled", "entitled", "as")
_NAMED_BY_ENDINGS = tuple(f"{noun}," for noun in "operator network firm company brand channel station label carrier "
                          "group band".split())
_YEAR_ENDINGS = ("in", "since", "from", "until", "by", "of", "year")
_LABEL_ENDINGS = tuple(_LABEL_BEFORE.words) + ("stages", "levels", "classes", "grades", "sections", "and", "or", ",",
                                               *"0123456789")
# "rose up to", "edged up to", "moved up to": 'up to' is the verb's, not a bound on the figure
_MOVED_UP = re.compile(r"\b(?:rose|rise|rises|risen|rising|went|go|goes|gone|going|moved|move|moves|moving|edged|edge|"
                       r"edges|edging|shot|climbed|climbing|jumped|jumping|crept|ticked|pushed|pushing|soared|"
                       r"surged|crawled|inched|inching)\s+$", re.IGNORECASE)
# "300 W. Main St.", "10 Downing Street": a house number
_ADDRESS = re.compile(r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|"
                      r"Boulevard|Blvd\.|Drive|Place|Square)")
# What may follow a plain figure that is no amount, one pattern for all (only whether one matches counts).
_AFTER_NOT_AMOUNT = re.compile("|".join(
    f"(?:{p.pattern})" for p in (_CLOCK, _MONTH_AFTER, _ATTRIBUTIVE, _TITLE_LIST, _BEFORE_TITLE, _LISTED, _ADDRESS)))


def find_numbers(text: str) -> list[Number]:
    """Quantities in a sentence (not years, not parts of names like 'Radio 4')."""
    found = []
    for start, end, hedge, cur, num, scale, pct in _number_spans(text):
        if _not_an_amount(text, start, end, num, plain=not (cur or scale or pct)):
            continue
        if hedge[:2].lower() == "up" and _MOVED_UP.search(text, max(0, start - 20), start):
            hedge, start = "", text.find(cur + num, start)  # "edged up to 102.5": no bound
        elif hedge and " ".join(hedge.lower().split()) in _EMPHASIS:
            # "fell to just 1.8bn euros": the word weighs the figure, and stays in the sentence around it
            # (choices 'just 1.8bn', 'just 2.1bn' read oddly, and "The article gives just 1.8bn" as 'only')
            hedge, start = "", text.find(cur + num, start)
        found.append(Number(start, end, text[start:end], hedge, cur, num, scale, pct))
    return found


def _not_an_amount(text: str, start: int, end: int, num: str, plain: bool) -> bool:
    """Whether text[start:end] is no amount but part of a date, a time, a name, a label, a list of names.

    Cheap tests first; each pattern before the number (…_BEFORE, all ending in \\s$) only where the
    text before ends as its matches do. Only whether one of them matches counts, so their order does not.
    """
    after = text[end:end + 2]
    if text[start - 1:start] in ("/", ":") or after[:1] in ("/", "s") or after in ("st", "nd", "rd", "th") or \
            text[start - 2:start] == "&#":
        # "9/11", "24/7"; "01:52" (its hour the test of what follows finds); "the 1990s"; "21st";
        # "fianc&#233;e": a character written as a code
        return True
    if not plain:
        return False
    if after in ("'s", "’s") or after[:1] in (":", "-") or YEAR.fullmatch(num) or _AFTER_NOT_AMOUNT.match(text, end) \
            or len(num) == 4 and num.isdigit() and num[0] == "1" and num[1] < "8" and after[:1] == " " and after[1:].isupper():
        return True  # "the 30's"; "Handel in 1727", "the 1701 Act": older years; "1330 GMT", "11 September"
    if num.isdigit() and (len(num) >= 5 or len(num) > 1 and num[0] == "0" or
                          start > 1 and text[start - 1] == " " and text[start - 2].isdigit() and
                          text[:start - 1].rsplit(None, 1)[-1][:1] == "0"):
        # "text GOODPUB to 85130", "050505": a code; amounts this size are written 85,130. "0800 028 9276":
        # digits after a group that opens with 0 are part of a telephone number
        return True
    if len(num) == 4 and num.isdigit() and _NAMED_ALONE.match(text, end):
        return True  # "the 3230 and 7710 -": four digits with no comma and nothing they count name a model
    # The text before, as the …_BEFORE patterns see it (ends_with()'s window), less its final white space.
    before = text[max(0, start - 80):start].rstrip()
    lower = before.lower() if before.isascii() else None  # (None: re's case folding goes beyond ASCII)
    last = before[before.rfind(" ") + 1:]
    return (len(num) == 4 and num.isdigit() and before.endswith(_YEAR_ENDINGS) and ends_with(_YEAR_BEFORE, text, start) or
            before.endswith(_MONTH_ENDINGS) and ends_with(_MONTH_BEFORE, text, start) or  # "March 14"
            start > 0 and last != last.lower() and ends_with(_NAME_BEFORE, text, start) or  # "Radio 4"
            before.endswith(_EXAMPLE_ENDINGS) and ends_with(_EXAMPLE_BEFORE, text, start) or
            before.endswith(_NAMED_BY_ENDINGS) or  # "the 3G mobile phone operator, 3": a firm called 3
            (lower is None or "out" in lower) and _OUT_OF.search(text, max(0, start - 30), start) or
            (lower is None or lower.endswith(_LABEL_ENDINGS)) and ends_with(_LABEL_BEFORE, text, start) or
            before.endswith(",") and ends_with(_LISTED_BEFORE, text, start))  # "Windows 2000, 95, 98"


def _number_spans(text: str):
    """(start, end, hedge, cur, num, scale, pct) of each NUMBER.finditer() match ('' for a group unmatched)."""
    # (Printable ASCII without two spaces in a row, as sentences are, has no \\s+ of several characters.)
    if not (text.isascii() and text.isprintable() and "  " not in text) and _SPACE_RUN.search(text):
        for m in NUMBER.finditer(text):  # a \\s+ of several characters: heads may be longer than _HEAD_MAX
            yield m.start(), m.end(), m.group("hedge") or "", m.group("cur") or "", m.group("num"), \
                m.group("scale") or "", m.group("pct") or ""
        return
    pos = 0  # where finditer() would search on from: the end of the last match
    for digit in _DIGITS_START.finditer(text):
        at = digit.start()
        # No head holds a digit, so a match starting in [pos, at] has its digits at `at`: what follows
        # them does not depend on where the head starts, and the leftmost head ending there wins.
        on = _DIGITS_ON_RE.match(text, at) if at >= pos else None
        if on is None:
            continue
        start, hedge, cur = at, "", ""
        # A hedge ends in white space, a currency in a sign: with neither before the digits, the head
        # is empty (the digits start no match after [\w.,-], see _DIGITS_START).
        before, lowest = text[at - 1:at], max(pos, at - _HEAD_MAX)
        if before and (before in "$£€¥₹" or before.isspace() and (_may_end_hedge(text[lowest:at - 1]) or
                                                                   text.endswith(("Rs", "Rs."), lowest, at - 1))):
            head = _HEAD_BEFORE.search(text, lowest, at)
            if head is None:
                continue
            start, hedge, cur = head.start(), head.group("hedge") or "", head.group("cur") or ""
        num, scale, pct = on.group("num", "scale", "pct")
        yield start, on.end(), hedge, cur, num, scale or "", pct or ""
        pos = on.end()


def _may_end_hedge(text: str) -> bool:
    """Whether the text may end with a hedge (IGNORECASE: text not all ASCII always may)."""
    return not text.isascii() or text.lower().endswith(_HEDGE_ENDINGS)


_BY = re.compile(r"\s*[*x×]\s*\d")


def find_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each year written as four digits (not a size: '2048 * 1080 pixels'; not part
    of a name: 'Windows 2000', 'the Human Rights Act 1998', where another year is no fact changed)."""
    return [(m.start(), m.end(), int(m.group())) for m in YEAR.finditer(text)
            if not _BY.match(text, m.end()) and not text[:m.start()].rstrip().endswith(("*", "×"))
            and not _CLOCK.match(text, m.end()) and not _in_name(text, m.start())]  # (not "at 1830 GMT")


# A capitalised word before a year that makes it a time, not part of a name ('December 1979', 'Christmas 2004').
_TIME_WORDS = frozenset(f"{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Christmas|Easter|Spring|Summer|"
                        "Autumn|Winter|Q1|Q2|Q3|Q4|FY|AD|BC".split("|"))
_WORD_BEFORE = re.compile(r"(\S+) (\S+) $")


def _in_name(text: str, start: int) -> bool:
    """Whether the year at `start` follows a capitalised word within the sentence that is no time word."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False  # the year is the first or second word ('In 2004 …', '2004 was …')
    word = before.group(2)
    return word[:1].isupper() and word.isalpha() and word not in _TIME_WORDS and \
        not before.group(1).endswith((".", "!", "?", ":", '"', "“"))


def stated_values_of(text: str, numbers: list[Number]) -> list[str]:
    """The numbers one text states, given its find_numbers() (found once, used twice)."""
    values = [number.num.replace(",", "") for number in numbers]
    values += [str(WORD_NUMBERS[_number_word(w)]) for w in _WORD_NUMBER.findall(text)]
    return values


# re's IGNORECASE matches 'fıve' (dotless i) and 'ſix' (long s) as number words, which str.lower()
# leaves as they are: they are folded the way re folds them.
_RE_FOLDS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


def _number_word(word: str) -> str:
    return word.translate(_RE_FOLDS).lower()


def stated_words(texts: list[str]) -> set[str]:
    """The values of the number words ('seven') the texts state: stated_values_of()'s word part for all
    of them at once (a set, where each text's list gives order and repeats).

    _WORD_NUMBER's \\b both sides make each match a whole run of word characters. In ASCII text
    (re's case folding is wider only beyond it) one translation marks every run off with spaces in
    lower case: the number words are then whole words between spaces, found in one search of all
    the texts at once (_SPACED_NUMBER opens with a space, so re skips from space to space).
    """
    plain = f" {' '.join(text for text in texts if text.isascii())} ".translate(_WORD_RUNS)
    words = _SPACED_NUMBER.findall(plain)
    words += [_number_word(word) for text in texts if not text.isascii() for word in _WORD_NUMBER.findall(text)]
    return {str(WORD_NUMBERS[word]) for word in words}


# Shares written in words ('almost two-thirds', 'one in five'), as percentages: a title that says one gives
# away a choice near it ("Almost two-thirds of Ningaloo coral … bleached" over "_____ of the coral": 64%).
_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "two-thirds": 200 / 3,
              "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0,
              "three-quarters": 75.0, "three quarters": 75.0, "a fifth": 20.0, "one-fifth": 20.0}
_IN_EVERY = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine) in (two|three|four|five|six|seven|eight|nine|"
                       r"ten|10)\b")
_FRACTION = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True)) + r")\b")


def shares_in_words(text: str) -> list[float]:
    """The shares the text gives in words, as percentages: 'two-thirds' → 66.7, 'one in five' → 20."""
    low = text.lower()
    shares = [_FRACTIONS[match.group()] for match in _FRACTION.finditer(low)]
    for part, whole in _IN_EVERY.findall(low):
        shares.append(100 * WORD_NUMBERS[part] / (10 if whole == "10" else WORD_NUMBERS[whole]))
    if "per" in low:
        shares += [_TENS[tens] + WORD_NUMBERS.get(unit, 0) for tens, unit in _TENS_PER_CENT.findall(low)]
    return shares


# 'Thirty per cent', 'forty-five per cent': a share in words.
_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_TENS_PER_CENT = re.compile(rf"\b({'|'.join(_TENS)})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\s+per\s*cent\b")
