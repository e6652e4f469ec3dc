"""Candidates of the `number` family: fill in the figure the article gives (years: quiz.generate.fam_years)."""

from __future__ import annotations

import random
import re

from quiz.generate.analysis import Article, SentenceInfo
from quiz.generate.candidate import BLANK, Candidate, clean_choices, difficulty_from, leak
from quiz.generate.figure_kinds import (age_beside_name, as_multiple, is_age, moved_a_little, per_period_of,
                                       period_or_race, timed, told_by_its_words)
from quiz.generate.numbers import shares_in_words
from quiz.generate.relative import anchor_time
from quiz.generate.number_choices import (SCALES, UPPER_RANKS, Number, _num_of, keep_order, number_options,
                                          sort_numeric, spread)
from quiz.generate.text import cited, has_phrase, outside_quotes
from quiz.model import MULTIPLE_CHOICE

FILL = "Fill in the blank according to the article: "
# "(£600m)" after "$1.13bn" gives the size away: drop such conversions with the blank.
_CONVERSION = re.compile(r"^\s*\((?:about\s+|around\s+|roughly\s+)?(?:US\$|[$£€¥])[\d.,]+\s?(?:bn|m|k|tn|billion|million)?\)")
_CONVERTED = re.compile(r"\s+(?:[A-Za-z]+\s+){0,2}\((?:(?:about|around|nearly|almost|roughly|some|over|more\s+than)\s+)?"
                        r"(?:US\$|[$£€¥]|\d)")
_BOUND_YEAR = re.compile(r"\b(?:since|before|after|until|by|from|between)\s+(?:the\s+(?:end|start|beginning|middle)\s+"
                         r"of\s+)?$", re.IGNORECASE)
# A year that only bounds when: "released before the end of 2005" is as true of 2007 and 2008. ('since 2009',
# 'from 2003': the year something began; 'by 2010', 'until 2008': a deadline or an end set, which no other is.)
LOOSE_BOUND_YEAR = re.compile(r"\b(?:before|after)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$", re.IGNORECASE)


def _cloze(body: str, start: int, end: int) -> str:
    after = body[end:]
    conversion = _CONVERSION.match(after)
    if conversion:
        after = after[conversion.end():]
    return f"{body[:start]}{BLANK}{after}"


def options_memo(article: Article) -> dict:
    """Where number_distractors() and number_options() keep each figure's options for the article (its memo
    for `stated`)."""
    return article._memo.setdefault("number options", {})


# "777-200LR", "A350": digits written as part of a name.
_MODEL = re.compile(r"\b[A-Z]{1,3}(\d{2,})\b|\b(\d{3,})-\d+[A-Za-z]+\b")


def model_numbers(article: Article) -> frozenset[str]:
    """Digits the article also writes as part of a name: 'Boeing's twin-aisle 777 plane' beside '777-200LR'
    names a model, and a wrong figure there ('388 plane') is no fact changed, only nonsense."""
    memo = article._memo
    if "models" not in memo:
        # (one search of the sentences joined by line breaks: no match spans one, as none holds white space)
        text = "\n".join(info.body for info in article.sentences)
        memo["models"] = frozenset(digits for match in _model_matches(text) for digits in match.groups() if digits)
    return memo["models"]


_DIGIT_RUN = re.compile(r"\d\d+")


def _model_matches(text: str):
    """_MODEL.finditer(text), tried only at the start of each word holding two digits in a row.

    _MODEL opens with \\b, so re tries it at every position; a pattern opening with \\d skips ahead
    to digits. Every match is a word (\\w-run) of capitals and digits, or a word of digits, '-' and
    a word of digits and letters: it starts at the start of the word that holds its first two-digit
    run. No match starts inside another (the word after its '-' opens with digits and holds no '-'),
    so matching at each such word start finds what finditer() finds.
    """
    for run in _DIGIT_RUN.finditer(text):
        start = at = run.start()
        while start and _is_word(text[start - 1]):
            start -= 1
        if start == at and text[run.end():run.end() + 1] != "-":
            continue  # digits opening a word match only as 'ddd-…' ([A-Z] must open the other form)
        match = _MODEL.match(text, start)  # (\\b there looks at the text before `start`)
        if match is not None:
            yield match


def _is_word(char: str) -> bool:
    """re's \\w for one character of a str pattern."""
    return char.isalnum() or char == "_"


_VERB_NEXT = re.compile(r"\s+(?:has|have|had|was|were|is|are|will|would|could|may|might)\b")


_OUT_OF = re.compile(r"\s+(?:out\s+of|of\s+a\s+possible|from\s+a\s+possible)\s+(\d[\d,]*)\b")
# A count of countries has a ceiling every reader knows.
_COUNTRIES_IN_THE_WORLD = 200
_COUNTRIES = re.compile(r"\s+(?:other\s+|different\s+|member\s+)?(?:countries|nations|member\s+states)\b")


# "44% of searchers …": shares of one group; figures that rise or fall are no parts of one whole.
_SHARES_OF_ONE = re.compile(r"(?:%|per\s+cent)\s+of\s")
# Words of a poll's answers: the shares of those asked who gave each.
_VIEWS = re.compile(r"\b(?:disagreed|agreed|disagree|agree|opposed|supported|backed|rejected|favoured|preferred|"
                    r"approved|disapproved|undecided)\b")
_CHANGES = re.compile(r"\b(?:rose|rise|rising|fell|fall|falling|up|down|grew|grow|increased?|decreased?|jumped|dropped|"
                      r"climbed|slipped|gained|lost)\b")


def _within_bounds(body: str, number: Number, value: float, numbers: list[Number], wrong: list[str]) -> list[str]:
    """The wrong values less those past a bound the sentence sets: no "300 countries"; no share that with the
    one it is set against passes the whole ("Lula had _____ of valid votes against 43.7% for Tarcísio"); none
    past a most ("scored _____ out of 100": no 108.5); none that completes a whole the other shares divide."""
    if value < _COUNTRIES_IN_THE_WORLD and _COUNTRIES.match(body, number.end):
        wrong = [text for text in wrong if _num_of(text) < _COUNTRIES_IN_THE_WORLD]
    if number.pct and (" against " in body or " while " in body and _VIEWS.search(body)) and \
            (rivals := [n.value for n in numbers if n.pct and n is not number] + shares_in_words(body)):
        # ("Thirty per cent said … while _____ disagreed": the views of one group, set against each other too)
        wrong = [text for text in wrong if _num_of(text) + max(rivals) < 100]
    near = body[max(0, number.start - 25):number.start].lower() if number.pct else ""
    if "majority" in near and value > 50:
        wrong = [text for text in wrong if _num_of(text) > 50]  # "A majority, _____, said …": no 37%
    elif "minority" in near and value < 50:
        wrong = [text for text in wrong if _num_of(text) < 50]
    most = _OUT_OF.match(body, number.end)
    if most and value <= (ceiling := float(most.group(1).replace(",", ""))):
        wrong = [text for text in wrong if _num_of(text) <= ceiling]
    if number.pct and len(shares := [n.value for n in numbers if n.pct and n is not number]) >= 2 and \
            abs(sum(shares) + value - 100) <= 2 and _SHARES_OF_ONE.search(body) and not _CHANGES.search(body):
        # "44% … 48% … and a small number, _____": shares of one whole; no wrong value nearer what they leave
        # of it than the answer ('8%' beside the answer '7%' would read as the sum's)
        rest = 100 - sum(shares)
        wrong = [text for text in wrong if abs(_num_of(text) - rest) >= abs(value - rest)]
    return wrong


# Four digits without a comma, 1000 to 1799: a year (a count that large is written '1,606').
_EARLY_YEAR = re.compile(r"1[0-7]\d\d")


def standalone(info: SentenceInfo) -> bool:
    return info.problem is None and info.context is None


def number_candidates(info: SentenceInfo, article: Article, rng: random.Random) -> list[Candidate]:
    if not standalone(info) or not info.numbers:
        return []  # (most sentences state no figure: nothing below is worked out for them)
    out = []
    plain = outside_quotes(info.body)
    values = [number.value for number in info.numbers]  # each figure's value, parsed once for every pair below
    band = any(number.num.endswith(("001", "999")) and value >= 1000 for number, value in zip(info.numbers, values))
    for number, value in zip(info.numbers, values):
        if plain[number.start:number.end] != info.body[number.start:number.end]:
            continue  # inside a quotation
        if number.num in model_numbers(article) or period_or_race(info.body, number) or \
                told_by_its_words(info.body, number):
            continue  # "the 777 plane", "in the 12 months to March", "missed the top 10", "850 BC", "a 2-under 68"
        if number.pct and value == 100:
            continue  # "Standard Trust is 100% Nigerian-owned": the whole, highest of choices that cannot pass it
        if number.pct and any(abs(share - value) <= 6 for share in shares_in_words(info.body)):
            continue  # "About a third of adults, 33%, …": the words tell the figure
        if number.pct and not info.body[:number.start].strip() and _VERB_NEXT.match(info.body, number.end):
            continue  # "About 17 per cent has already been destroyed": a share of what, the sentence does not say
        if _converts(info.body, number.start):
            continue  # "(£14.5bn)", "($106m; £54.6m)" convert the figure before: no fact of their own
        if _CONVERTED.match(info.body, number.end):
            continue  # "1m euros ($1.3m; £690,000)": the conversion gives the figure away
        if restated(info.body, number, info.numbers):
            continue  # "fell _____, or 61.4 points, to 5,012.3": the other figure (and the level) tell it
        if follows_by_arithmetic(number, info.numbers) or per_period_of(info.body, number, info.numbers):
            continue  # "rose _____ to Rs 4,615 crore from Rs 3,911 crore": a division tells it
        if as_multiple(info.body, number, info.numbers):
            continue  # "Inflation rose to _____, nearly double the Bank's 2% target": the other figure tells it
        if any(other.start != number.start and other.pct == number.pct and other.cur == number.cur and
               abs(other_value - value) <= 0.03 * value for other, other_value in zip(info.numbers, values)):
            continue  # "40% of Aguas Argentinas (39.9%)": a near figure beside it answers the question
        if value >= 100 and not number.pct and _said_in_words(info.body, number, value):
            continue  # "just over half a million people - 645,000 -": the words tell which choice it is
        if not (number.cur or number.pct or number.scale) and _EARLY_YEAR.fullmatch(number.num):
            continue  # "the 1606 act": a year before those quiz.generate.numbers.YEAR takes (no 1806, 2206)
        if _AGO.match(info.body, number.end):
            continue  # "low on cash _____ days ago": counted back from a day the question does not show
        if band:
            continue  # "between £45,001 and £50,000": a band, whose edge choices of its form give away, as either end
        if number.bound:
            # "more than 240": a lesser bound is true too, so its wrong values all lie beyond it and the answer
            # is always the least (or, 'up to', the greatest) choice; a reader who learns that needs no article.
            continue
        # (the nearest on both sides: one draw in spread() places the answer among them, at any rank alike)
        if is_age(info.body, number):
            # ("Chebet, 30,": ages a few years either side, not 15 and 45)
            wrong = [str(int(value) + step) for step in (2, -2, 3, -3, 4, -4, 5, -5) if int(value) + step >= 16
                     and str(int(value) + step) not in article.stated]
        else:
            wrong = keep_order(number, info.numbers, number_options(number, article.stated, 8, options_memo(article),
                                                                    timed(info.body, number),
                                                                    moved_a_little(info.body, number, info.numbers)))
        if " to " in info.body:
            wrong = _inside_range(info.body, number, value, wrong)
        if "between " in info.body:
            wrong = _half_the_width(info.body, number, wrong)
        wrong = _within_bounds(info.body, number, value, info.numbers, wrong)
        distractors = spread(number.text, clean_choices(number.text, wrong, want=len(wrong)), rng,
                             gap=0.1 if number.value >= 20 else 0.0, weights=UPPER_RANKS)
        if len(distractors) < 3:
            continue
        cloze = _cloze(info.body, number.start, number.end)
        anchored = anchor_time(cloze, article.date) or cloze
        prompt = f"{FILL}{anchored}"
        choices = sort_numeric([number.text, *distractors])
        if leak(prompt, number.text, choices) or _number_in_prompt(number, prompt):
            continue
        others = len(info.numbers) - 1
        level = 0.15 + 0.25 * min(others, 3) / 3 + (0.3 if number.scale or "." in number.num else 0)
        score = 2.0 + (0.4 if number.cur or number.pct else 0) + (0.2 if number.hedge else 0)
        if is_age(info.body, number) and age_beside_name(info.body, number):
            score -= 0.6  # "Ana Ruiz, 54,": an age checks little (a set of a local story had three)
        # ("The article gives more than 84,000", not "gives More than": a hedge opening the sentence)
        shown = number.text[:1].lower() + number.text[1:] if number.hedge[:1].isupper() else number.text
        explanation = f"The article gives {shown}: " + cited(info.as_written)
        out.append(Candidate("number", MULTIPLE_CHOICE, info.n, info.text, prompt, number.text, choices,
                             explanation, f"number:{number.start}:{number.text}", score, difficulty_from(level),
                             ordered=True))
    return out


# "18 to 21 year olds": the other end of a range written with 'to', whatever follows it.
_TO_END = re.compile(r"\s+to\s+(?P<cur>[£$€]?)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<pct>%?)")
_TO_START = re.compile(r"(?P<cur>[£$€]?)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<pct>%?)\s+to\s+[£$€]?$")


def range_end_after(body: str, number: Number) -> re.Match[str] | None:
    """'18 to 21 year olds': the other end after the figure, in its unit (not 'up 7% to £116m')."""
    end = _TO_END.match(body, number.end)
    return end if end and _same_unit(end, number) else None


def _same_unit(match: re.Match[str], number: Number) -> bool:
    return match.group("cur") == number.cur.strip()[-1:] and bool(match.group("pct")) == bool(number.pct)


def _inside_range(body: str, number: Number, value: float, wrong: list[str]) -> list[str]:
    """Wrong figures on the answer's side of the range's other end ('_____ to 21 year olds': not 24)."""
    end = range_end_after(body, number)
    start = _TO_START.search(body, max(0, number.start - 24), number.start)
    # ("35 to 40 percent", "5 to £8m": the unit written once, after the second figure, is the first's too)
    start = start if start and (_same_unit(start, number) or not start.group("cur") and not start.group("pct")) \
        else None
    shown = float(number.num.replace(",", ""))  # (the figure as written: its scale is the other end's too)
    if end and float(end.group("num").replace(",", "")) > shown:
        wrong = [text for text in wrong if _num_of(text) < float(end.group("num").replace(",", ""))]
    if start and float(start.group("num").replace(",", "")) < shown:
        wrong = [text for text in wrong if _num_of(text) > float(start.group("num").replace(",", ""))]
    return wrong


# "between _____ and 108 months", "between 87 and _____": the other end of the range, in its unit.
_AND_END = re.compile(r"\s+and\s+(?P<cur>[£$€]?)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<pct>%?)")
_BETWEEN_START = re.compile(r"between\s+(?P<cur>[£$€]?)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<pct>%?)\s+and\s+[£$€]?$")


def _half_the_width(body: str, number: Number, wrong: list[str]) -> list[str]:
    """Wrong ends of a range 'between' two figures that keep it half as wide at least: 'between 107 and 108
    months' is no range anyone writes, so the answer stood out."""
    shown = float(number.num.replace(",", ""))
    if body.endswith("between ", max(0, number.start - 8), number.start):
        other = _AND_END.match(body, number.end)
        if other and _same_unit(other, number) and float(other.group("num").replace(",", "")) > shown:
            middle = (shown + float(other.group("num").replace(",", ""))) / 2
            return [text for text in wrong if _num_of(text) <= middle]
        return wrong
    other = _BETWEEN_START.search(body, max(0, number.start - 40), number.start)
    if other and (_same_unit(other, number) or not other.group("cur") and not other.group("pct")) and \
            float(other.group("num").replace(",", "")) < shown:
        middle = (shown + float(other.group("num").replace(",", ""))) / 2
        return [text for text in wrong if _num_of(text) >= middle]
    return wrong


# A round amount in words: 'half a million', 'two million', 'a quarter of a billion'.
_IN_WORDS = re.compile(r"\b(half|a quarter of|three quarters of|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
                       r"\s+(?:an?\s+)?(hundred|thousand|million|billion)\b", re.IGNORECASE)
_WORD_VALUES = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75, "a": 1, "an": 1, "one": 1, "two": 2,
                "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_WORD_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _said_in_words(body: str, number: Number, value: float) -> bool:
    """Whether the figure restates a round amount in words beside it, within a third of it: set off by a
    dash, a bracket or 'or' ('half a million people - 645,000 -'; not 'a population of more than one
    billion, consumes about 1.2 billion bottles')."""
    lower = body.lower()
    if not any(scale in lower for scale in _WORD_SCALES):
        return False
    for words in _IN_WORDS.finditer(body):
        between = body[words.end():number.start] if words.end() <= number.start else body[number.end:words.start()]
        if len(between) <= 25 and any(mark in between for mark in ("-", "–", "(", " or ")) and \
                abs(_WORD_VALUES[words[1].lower()] * _WORD_SCALES[words[2].lower()] - value) <= value / 3:
            return True
    return False


def restated(body: str, number: Number, numbers: list[Number]) -> bool:
    """Whether the figure and another of its sentence say one quantity two ways, joined by ', or'
    ('fell 1.2%, or 61.4 points,'; '128 of the cases, or about 60 per cent'): each tells the other."""
    if ", or " not in body:
        return False
    if any(_OR_AGAIN.fullmatch(body, number.end, other.start) if other.start > number.end else
           _OR_AGAIN.fullmatch(body, other.end, number.start) for other in numbers if other is not number):
        return True
    # "settled up $1.42, or 1.8%, at _____": a change told both ways gives the level it reached
    return any(_OR_AGAIN.fullmatch(body, first.end, second.start) and
               _LEVEL_AFTER.fullmatch(body, second.end, number.start)
               for first, second in zip(numbers, numbers[1:]) if second.end <= number.start)


def follows_by_arithmetic(number: Number, numbers: list[Number]) -> bool:
    """Whether the figure follows from others of its sentence by arithmetic a reader can do: a per cent change
    and the two levels it is between ('rose 18 per cent to Rs 4,615 crore from Rs 3,911 crore'), the two
    shares of a split ('by 52 percent to 48 percent'), a share of two counts, or a sum or a difference of two."""
    if len(numbers) < 2:
        return False
    shares = [n.value for n in numbers if n.pct and n is not number]
    if number.pct and any(abs(number.value + share - 100) <= 0.2 for share in shares):
        return True
    if "point" in number.pct and any(abs(b - a - number.value) <= 0.06 for a in shares for b in shares if a < b):
        return True  # "71.2 per cent …, compared with 83.4 per cent …, a gap of 12.2 percentage points"
    # The levels: figures of the asked one's unit (any, where a per cent change is asked), above nought.
    levels = [n.value for n in numbers if not n.pct and n.value > 0 and (number.pct or n.cur == number.cur)]
    # (figures of one unit only: "2.4bn euros ($3.1bn)" beside "40.7bn euros" is no share of the two)
    others = [(n.value, _precision(n)) for n in numbers if n is not number and not n.pct and n.value > 0 and
              n.cur == number.cur]
    if number.pct and any(abs(100 * part / whole - number.value) <= 0.6 for part, _ in others for whole, _ in others
                          if part < whole):
        return True  # "187 of the 2,904 passengers, about 6.4 per cent": the share of the two
    if not number.pct:
        near = 0.01 * number.value
        if any(abs(a + b - number.value) <= near + da + db or abs(b - a - number.value) <= near + da + db
               for a, da in others for b, db in others if a < b):
            return True  # "_____ votes to Odinga's 6.94 million, a margin of roughly 233,000": a sum or a difference
        if any(abs(share / 100 * other - number.value) <= near + other * 0.0005 or
               abs(100 * other / share - number.value) <= near + 100 * (error + 0.05 * other / share) / share
               for share in shares if share for other, error in others):
            return True  # "_____ of the 2,904 passengers, about 6.4 per cent": a share of the whole, or its whole
    if not number.pct and number.value not in levels:
        return False
    for rate in [number.value] if number.pct else [n.value for n in numbers if n.pct]:
        for high in levels:
            for low in levels:
                if low < high and min(abs((high / low - 1) * 100 - rate), abs((1 - low / high) * 100 - rate)) <= \
                        max(0.6, 0.05 * rate) and (number.pct or number.value in (high, low)):
                    return True
    return False


def _precision(number: Number) -> float:
    """How far the figure as written may be from what it rounds: half its last decimal ('7.18 million': 5,000);
    none for a whole number ('187', '£2', '1bn': a round one is no rounding of a sum)."""
    decimals = len(number.num.split(".")[1]) if "." in number.num else 0
    if not decimals:
        return 0.0
    return 10 ** -decimals * SCALES.get(number.scale.strip().lower(), 1.0) / 2


# Between two figures of one quantity: at most a few words of its unit, then ", or " ("points, or").
_OR_AGAIN = re.compile(r"(?:\s+[a-z]+){0,4},\s+or\s+")
# Between a change and the level it reached: "…, or 1.8%, at", "… points, to".
_LEVEL_AFTER = re.compile(r"(?:\s+[a-z]+){0,3},?\s+(?:at|to)\s+")


def _converts(body: str, start: int) -> bool:
    """Whether the figure at `start` opens a bracket or follows a ';' or ':' inside one."""
    before = body[max(0, start - 2):start]
    if before.endswith("(") or before == "; ":
        return True
    opened = body.rfind("(", max(0, start - 25), start)
    if opened <= body.rfind(")", 0, start):
        return False
    # ("6.5 billion reais ($2.3bn or £1.2bn)": the second conversion, after 'or', converts the same figure)
    return before.rstrip().endswith((":", ";")) or _OR_AFTER_FIGURE.fullmatch(body, opened, start) is not None


_OR_AFTER_FIGURE = re.compile(r"\(\S*\d[^()]*?,?\s+or\s+")


def _number_in_prompt(number: Number, prompt: str) -> bool:
    """The same figure stated elsewhere in the sentence would answer the question ('2.5G - _____')."""
    if has_phrase(prompt, number.num, edge=",."):
        return True
    at = prompt.find(number.num)
    while at >= 0:
        before = prompt[at - 1:at]
        after = prompt[at + len(number.num):at + len(number.num) + 1]
        if not (before.isdigit() or before in ".,") and not (after.isdigit() or after in ".,"):
            return True  # written into a word: "2.5G", "£20-a-month"
        at = prompt.find(number.num, at + 1)
    return False


_AGO = re.compile(r"\s+(?:years?|months?|weeks?|days?)\s+ago\b")


def blanked(body: str, start: int, end: int, date: str | None) -> str | None:
    """The fill-in prompt of the sentence with body[start:end] blanked, its relative times anchored to the
    article's date; None where one cannot be."""
    anchored = anchor_time(f"{body[:start]}{BLANK}{body[end:]}", date)
    return None if anchored is None else f"{FILL}{anchored}"
