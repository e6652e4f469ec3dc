"""What kind of figure a sentence's number is, told by the words around it: a set phrase, a name or a part
of a time, which no question asks ('the past 12 months', 'the men's 100 metres', '4 hours 51 minutes',
'850 BC', 'a 2-under 68'); or a race time, a magnitude or an age, whose wrong values lie close."""

from __future__ import annotations

import re

from quiz.generate.number_choices import Number

# "profit rose in the 12 months to the end of March": the length of a period accounts are made up for (3, 6,
# 9, 12 months), no fact of the article's; changed, it reads as nonsense ('the 13 months to March').
_PERIOD = re.compile(r"\s+(?:months?|weeks?|years?)\s+(?:to|ended|ending|through|until)\b")
_PERIOD_BEFORE = re.compile(r"\b(?:the|first|last|past|latest)\s+$")


# "in the past 12 months", "over the next 10 years": the window a figure is counted over, a set phrase
# (changed by one, 'the past 13 months' reads as nonsense and gives the answer away).
_WINDOW = re.compile(r"\s+(?:hours?|days?|weeks?|months?|years?|decades?)\b")
_WINDOW_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:past|last|previous|next|coming|following)\s+$")
_RATE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[a-z]{1,4}|per\s+cent|%)?\s+(?:in|per|every|within)\s+(?:a\s+|each\s+)?\Z")
# "4 hours 51 minutes", "1min 43.2sec": the part of a time after its hours or minutes, which stays under 60.
_TIME_PART = re.compile(r"\s*(?:minutes?|mins?|seconds?|secs?)\b")
_TIME_PART_BEFORE = re.compile(r"(?:\d\s*|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)"
                               r"(?:hours?|hrs?|h|minutes?|mins?|m)\s+(?:and\s+)?$", re.IGNORECASE)


def period_or_race(body: str, number: Number) -> bool:
    """Whether the figure is the length of the period a result covers: 'in the _____ months to March', 'in
    the past _____ months'; the distance that names a race ('the men's 100 metres', 'a 400m hurdler'); or the
    minutes of '4 hours _____ minutes': a name, a set phrase or a part, not a fact of its own."""
    if _PERIOD.match(body, number.end) is not None:
        return _PERIOD_BEFORE.search(body, 0, number.start) is not None
    if _WINDOW.match(body, number.end) and (_WINDOW_BEFORE.search(body, max(0, number.start - 20), number.start) or
                                            _RATE_BEFORE.search(body, max(0, number.start - 25), number.start)):
        return True  # (and the window of a rate: "more than 204.4 mm in _____ hours")
    if _TIME_PART.match(body, number.end) and _TIME_PART_BEFORE.search(body, max(0, number.start - 20), number.start):
        return True
    if number.scale == "m" and _EVENT_WORD.match(body, number.end):
        return True  # ("400m hurdler": the 'm' read as millions)
    if number.scale == "m" and not number.cur and number.num.isdigit() and int(number.num) >= 50 and \
            body[number.end - 2:number.end - 1].isdigit() and _EVENT_BEFORE.search(body, max(0, number.start - 12),
                                                                                   number.start):
        return True  # ("The men's 5000m produced the closest finish": an event, no 5bn; not "the 1.4m ATMs")
    event = _EVENT.match(body, number.end)
    return event is not None and (event.group(1) is not None or _EVENT_BEFORE.search(body, 0, number.start) is not None)


# "dating to 850 BC": a year, no count to be written '1,020'; "missed the top 10": a set phrase.
_ERA = re.compile(r"\s*(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)\b")
_TOP = re.compile(r"\btop[\s-]+\Z")
# "broadband users per _____ people", "one in every 1,000 births": a rate's base, a convention, no fact.
_RATE_BASE = re.compile(r"\b(?:per|every|each)\s+\Z")
# "close with a 2-under 68", "finished at 11-under 269": the score against par beside it tells the strokes.
_AGAINST_PAR = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:under|over)(?:[\s-]+par)?\s+\Z"
                          r"|\b(?:level|even)[\s-]+par\s+\Z", re.IGNORECASE)
_MAGNITUDE = re.compile(r"\bmagnitude(?:\s+of)?\s+\Z", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"[\s-]+magnitude\b|\s+on\s+the\s+Richter\b")
# "clocked 47.38", "won in 46.92": a race time written without its unit.
_CLOCKED = re.compile(r"\b(?:clock(?:ed|ing|s)|won\s+in|finished\s+in|(?:a\s+)?time\s+of|ran|runs|running)\s+\Z")
_SECONDS = re.compile(r"\s*(?:seconds|secs?|s)\b")


def timed(body: str, number: Number) -> bool:
    """Whether the figure is a time to fractions of a second ('9.79 seconds') or an earthquake's magnitude
    ('a magnitude 6.4 earthquake'): its wrong values lie close (a magnitude 9.4 beside 6.4 is another world)."""
    return "." in number.num and (_SECONDS.match(body, number.end) is not None or
                                  len(number.num.split(".")[1]) == 2 and not number.scale and not number.cur and
                                  _CLOCKED.search(body, max(0, number.start - 20), number.start) is not None or
                                  _MAGNITUDE.search(body, max(0, number.start - 12), number.start) is not None or
                                  _MAGNITUDE_AFTER.match(body, number.end) is not None)


_EVENT_WORD = re.compile(r"\s+(?:hurdles|hurdler|freestyle|butterfly|backstroke|breaststroke|medley|relay|steeplechase|"
                         r"sprint|sprinter|dash|final|heats?|title|champion)\b")
_EVENT = re.compile(rf"(?:\s*m\b|\s+metres\b|\s+meters\b|-metre\b|-meter\b)({_EVENT_WORD.pattern})?")
_EVENT_BEFORE = re.compile(r"(?:\b(?:men|women|boys|girls)['’]s|\bthe)\s+$")


def told_by_its_words(body: str, number: Number) -> bool:
    """Whether the words around the figure make it no fact to ask: 'the top 10', '850 BC', 'a 2-under 68', a
    number of a list of bare numbers ('were 4, 17, 23, 38 and _____': labels, a lottery's balls), or 'the
    20,000 represented' (those an earlier sentence counted)."""
    if body[number.start - 4:number.start].lower() == "the " and not (number.cur or number.pct or number.scale) and \
            _COUNT_ALONE.match(body, number.end):
        return True  # "what proportion of all Steam players the _____ represented": the 20,000 told before
    if _RATE_BASE.search(body, max(0, number.start - 8), number.start) and not (number.cur or number.pct) and \
            number.num.replace(",", "").rstrip("0") == "1" and number.value >= 100:
        return True  # "7.5 connections per _____ people": 100, the base such rates are told on (not "every 10 seconds")
    return _TOP.search(body, 0, number.start) is not None or _ERA.match(body, number.end) is not None or \
        _AGAINST_PAR.search(body, max(0, number.start - 20), number.start) is not None or \
        ", " in body and any(found.start() <= number.start < found.end() for found in _NUMBER_LIST.finditer(body))


# What follows a plain figure standing for things counted before ("the 20,000 represented.", "the 12 were held"):
# a verb or a stop, no noun of its own (not "the 500 invited guests", "the $250,000 needed for").
_COUNT_ALONE = re.compile(r"\s+(?:are|were|is|was|have|had|will|would|could|can|may|might|must|said|say|says)\b|"
                          r"\s+[a-z]+ed\s*(?:[,.;:]|$)|[,.;:]")
_NUMBER_LIST = re.compile(r"\b\d{1,3}(?:,\s+\d{1,3}){2,},?\s+and\s+\d{1,3}\b")


# Periods a rate is told per, and how many of each make the next ('a day' … 'a year': 365).
_PER = re.compile(r"\b(?:a|per|each|every)\s+(day|week|month|year)\b")
_IN_DAYS = {"day": 1, "week": 7, "month": 365 / 12, "year": 365}


def per_period_of(body: str, number: Number, numbers: list[Number]) -> bool:
    """Whether the figure is another of its sentence's told per another period ('about 258 million images are
    saved every day, equating to 94 billion a year': 94 billion ÷ 365 gives the answer)."""
    periods = {period for period in _PER.findall(body)}
    if len(periods) < 2 or number.pct:
        return False
    ratios = [_IN_DAYS[a] / _IN_DAYS[b] for a in periods for b in periods if a != b]
    return any(other is not number and not other.pct and other.cur == number.cur and other.value and
               abs(number.value * ratio / other.value - 1) <= 0.03 for other in numbers for ratio in ratios)


# A figure set as a multiple of another of its sentence: the other tells it, or rules out the wrong values.
_TIMES_OTHER = re.compile(r"\b(?:double|twice|triple|treble|three\s+times|four\s+times|five\s+times|ten\s+times|"
                          r"half)\b(?!-)")


def as_multiple(body: str, number: Number, numbers: list[Number]) -> bool:
    """Whether a multiple sets the figure against another that tells it: right after it, one of its unit ('rose
    to _____ in July, nearly double the Bank's 2% target'; not '… three times more single people', of no
    figure), or before it, one that many times it ('337,000 … was twice the _____ figure forecast')."""
    times = _TIMES_OTHER.search(body, number.end, number.end + 50)
    if times is not None and any(times.end() <= other.start <= times.end() + 40 and _of_one_unit(other, number)
                                 for other in numbers):
        return True
    # ('The 337,000 new jobs added in October was twice the _____ figure forecast': the other figure first,
    # as the sentence writes it, which may be no figure a question asks: 'The 337,000')
    before = list(_TIMES_OTHER.finditer(body, max(0, number.start - 50), number.start))
    if not before:
        return False
    times = before[-1]
    factor = _FACTORS.get(times.group().split()[0].lower(), 2.0)
    asked = float(number.num.replace(",", ""))
    return asked > 0 and any(
        min(abs(other / asked - factor), abs(asked / other - factor)) <= 0.05 * factor
        for other in (float(found.replace(",", "")) for found in _FIGURE.findall(body, max(0, times.start() - 80),
                                                                                   times.start())) if other)


_FACTORS = {"double": 2.0, "twice": 2.0, "half": 2.0, "triple": 3.0, "treble": 3.0, "three": 3.0, "four": 4.0,
            "five": 5.0, "ten": 10.0}
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _of_one_unit(other: Number, number: Number) -> bool:
    return bool(other.pct) == bool(number.pct) and other.cur == number.cur


_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+,\s$")


def age_beside_name(body: str, number: Number) -> bool:
    """'Councilwoman Ana Ruiz, 54, who …': an age told in passing, between a name's comma and a comma or the
    stop (`number` a plain figure of up to three digits)."""
    return body[number.end:number.end + 1] in (",", ".") and \
        _NAME_COMMA.search(body, max(0, number.start - 40), number.start) is not None


def is_age(body: str, number: Number) -> bool:
    """'Councilwoman Ana Ruiz, 54, who …': a plain figure of up to three digits between a name's comma
    and a comma or the stop; or one a step of a life is told at ('became an MP at 27 and …', 'aged 43')."""
    if number.cur or number.pct or number.scale or number.hedge or not number.num.isdigit() or len(number.num) > 3:
        return False
    if age_beside_name(body, number):
        return True
    return 15 <= int(number.num) < 100 and _AGE_AFTER.match(body, number.end) is not None and \
        _AGE_BEFORE.search(body, max(0, number.start - 60), number.start) is not None


# "aged _____", "at the age of _____", "became an MP at _____": a life's step told at an age.
_AGE_BEFORE = re.compile(r"(?:\baged|\bat\s+the\s+age\s+of|\b(?:became|become|becoming|elected|died|retired|married|"
                         r"appointed)\b[^,.;]{0,30}\bat)\s+\Z")
_AGE_AFTER = re.compile(r"\s*(?:[,.;)]|\s+(?:and|when|but|in|after|before)\b|$)")


# "fell to _____ in December from 10.6% in November": the level the figure moved from, after it.
_FROM_LEVEL = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[£$€]?(\d[\d,]*(?:\.\d+)?)")
_TO_BEFORE = re.compile(r"\bto\s+\Z")


def moved_a_little(body: str, number: Number, numbers: list[Number]) -> float:
    """How far a figure of its unit moved to the figure, where that is a fifth of it at most ('fell to 9.6% in
    December from 10.6% in November': 1.0), else 0: wrong values a step of some 15% away (5.4%, 6.8%, 8.2%)
    would be a fall no reader believes."""
    if not _TO_BEFORE.search(body, max(0, number.start - 6), number.start):
        return 0.0
    found = _FROM_LEVEL.search(body, number.end, number.end + 60)
    if found is None or not number.value:
        return 0.0
    level = next((other for other in numbers if other.start <= found.start(1) < other.end), None)
    if level is None or (level.pct, level.cur, level.scale) != (number.pct, number.cur, number.scale):
        return 0.0
    moved = abs(level.value - number.value)
    return moved if 0 < moved <= 0.2 * number.value else 0.0
