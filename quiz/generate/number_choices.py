"""A figure as written (Number), and wrong-but-plausible figures and years in its format.

A number keeps its hedge ("about"), currency, scale ("bn") and percent sign in
every choice, so the format never gives the answer away; a distractor is never
a value the article itself states. (quiz.generate.numbers finds the figures.)
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

# Hedges that state a bound: "at least 22" is not contradicted by "at least 11", so such
# numbers never make false claims.
BOUND_HEDGES = frozenset(
    "more than|over|at least|up to|less than|fewer than|under|just over|just under|as many as|as much as|some|above|"
    "below|no more than|not more than|no less than|not less than|no fewer than".split("|")
)
SCALES = {"bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12, "m": 1e6, "million": 1e6, "k": 1e3,
          "thousand": 1e3, "crore": 1e7, "lakh": 1e5, "lakh crore": 1e12}
LOWER_BOUNDS = frozenset({"more than", "over", "at least", "just over", "some", "above", "no less than",
                          "not less than", "no fewer than"})
UPPER_BOUNDS = frozenset({"less than", "fewer than", "under", "up to", "just under", "as many as", "as much as",
                          "below", "no more than", "not more than"})
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NEAR = frozenset({"about", "around", "some", "roughly", "approximately", "nearly", "almost", "close to"})
_CHARM_CENTS = (".95", ".99", ".49")
_MULTIPLIERS = (0.5, 2.0, 1.5, 0.75, 3.0, 0.6, 1.25, 4.0, 0.4, 10.0, 0.1, 0.8, 1.2, 2.5)


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    text: str  # as written, hedge included: "about 2,500"
    hedge: str
    cur: str
    num: str  # digits as written: "2,500"
    scale: str
    pct: str

    def __init__(self, start: int, end: int, text: str, hedge: str, cur: str, num: str, scale: str, pct: str) -> None:
        # One for every figure of every article: the __init__ @dataclass writes for a frozen class (an
        # object.__setattr__ a field) took twice as long. @dataclass keeps a class's own __init__.
        fields = self.__dict__
        fields["start"], fields["end"], fields["text"], fields["hedge"] = start, end, text, hedge
        fields["cur"], fields["num"], fields["scale"], fields["pct"] = cur, num, scale, pct

    @property
    def value(self) -> float:
        # Kept once read (in __dict__, no field): a figure's value is asked for again with every other
        # figure of its sentence, by the number and the claim questions alike.
        fields = self.__dict__
        if "_value" not in fields:
            fields["_value"] = float(self.num.replace(",", "")) * SCALES.get(self.scale.strip().lower(), 1.0)
        return fields["_value"]

    @property
    def bound(self) -> bool:
        return " ".join(self.hedge.lower().split()) in BOUND_HEDGES

    def with_num(self, num: str) -> str:
        hedge = f"{self.hedge} " if self.hedge else ""
        return f"{hedge}{self.cur}{num}{self.scale}{self.pct}"


def same_value(digits: str) -> str:
    """Digits without a comma written as the shortest figure of their value: "2.50" → "2.5", "2.0" → "2"."""
    return digits.rstrip("0").rstrip(".") if "." in digits else digits


def _nice_step(size: float) -> float:
    """The round step (1, 2 or 5 times a power of ten) nearest `size`: the steps figures move by."""
    power = 10 ** math.floor(math.log10(size))
    return min((k * power for k in (1, 2, 5, 10)), key=lambda step: abs(step - size))


def number_distractors(number: Number, stated: set[str], rng: random.Random, want: int = 3,
                       memo: dict | None = None, fine: bool = False) -> list[str]:
    """Plausible wrong numbers in the answer's format, none the article states.

    `memo`: a dict kept with `stated` (one article's), where the options for each figure are worked
    out once: a sentence's number and claim questions both ask for them, with other draws.
    """
    lower, higher = _sides_of(number, stated, memo, fine)  # (never handed out: the lists below are new)
    below = rng.randint(0, min(want, len(lower)))
    picked = lower[:below] + higher[: want - below]
    if len(picked) < want:
        picked += [t for t in lower + higher if t not in picked][: want - len(picked)]
    return picked[:want]


def number_options(number: Number, stated: set[str], want: int, memo: dict | None = None,
                   fine: bool = False, moved: float = 0.0) -> list[str]:
    """The `want` nearest wrong numbers on each side of the answer (fewer where a side has fewer), for
    spread() to choose from: the answer's rank among the choices is drawn once, there. `fine`: a time
    told to hundredths of a second ('9.79 seconds'), whose wrong values lie within a few per cent; `moved`:
    how far the figure moved from a level its sentence gives ('fell to 9.6% from 10.6%'), whose wrong values
    lie steps of about half that apart (not 5.4% and 6.8%)."""
    lower, higher = _sides_of(number, stated, memo, fine, moved)
    return lower[:want] + higher[:want]


def _sides_of(number: Number, stated: set[str], memo: dict | None, fine: bool = False,
              moved: float = 0.0) -> tuple[list[str], list[str]]:
    key = (number.hedge, number.cur, number.num, number.scale, number.pct, fine, moved)  # all the options depend on
    sides = memo.get(key) if memo is not None else None
    if sides is None:
        sides = _sides(number, stated, fine, moved)
        if memo is not None:
            memo[key] = sides
    return sides


def _sides(number: Number, stated: set[str], fine: bool = False, moved: float = 0.0) -> tuple[list[str], list[str]]:
    """The wrong numbers below and above the answer, nearest first, as written in its format."""
    base = float(number.num.replace(",", ""))
    template = number.num
    decimals = len(template.split(".")[1]) if "." in template else 0
    # "1500" and "6709.93" written without a comma stay so; 529 → "1,058" gets one.
    plain_thousands = "," not in template and float(template) >= 1000
    head = f"{number.hedge} {number.cur}" if number.hedge else number.cur  # as Number.with_num() writes it
    tail = number.scale + number.pct
    seen = {template.replace(",", "")}
    lower: list[str] = []
    higher: list[str] = []
    spec, plain = f",.{decimals}f", f".{decimals}f"  # (the formats worked out once, not for each option)
    options = _moved_options(number, base, moved) if moved else _fine_options(number, base) if fine else \
        _options(number, base)
    for value in options:
        num = format(value, plain if plain_thousands and value >= 1000 else spec)
        digits = num.replace(",", "")
        read = float(digits)  # (read once: tested for zero, then compared with the answer)
        if digits in seen or read == 0:
            continue
        if number.scale and (base < 1000 <= value or value < 1 <= base):
            continue  # "£1200m", "$0.5 million": writers switch to "£1.2bn", "$500,000" there
        seen.add(digits)
        if digits in stated or "." in digits and same_value(digits) in stated:
            continue  # ("2.0%" beside the article's "2%")
        # The value _num_of() reads from the text: its digits are the first in it (no hedge,
        # currency, scale or sign holds one), or none for 'inf' and 'nan'.
        shown = read if digits[:1].isdigit() else 0.0
        if shown < base:
            lower.append(f"{head}{num}{tail}")
        elif shown > base:
            higher.append(f"{head}{num}{tail}")
    # "at least 22" makes "at least 11" true too: a bound's distractors lie beyond it.
    hedge = " ".join(number.hedge.lower().split())
    if hedge in LOWER_BOUNDS:
        lower = []
    elif hedge in UPPER_BOUNDS:
        higher = []
    return lower, higher


def _options(number: Number, base: float) -> list[float]:
    """Wrong values near the answer's, nearest first, by the kind of figure it is."""
    # (a round price, "£10", "$20": round ones beside it, £5 and £15, not £11 and £12 beside the one round;
    # so for a round figure said to be near: "about 10 per cent" beside "about 15", not "about 11 per cent")
    round_price = (bool(number.cur) or number.hedge.lower() in _NEAR) and base >= 10 and base % 5 == 0 or \
        base in (10, 20) and number.num in ("10", "20") and not number.scale  # ('in 10 years': not 9, 11, 12)
    if number.hedge.lower() in _NEAR and not round_price and "." not in number.num and base < 100 and \
            not number.scale and "," not in number.num:
        # "about 11 per cent": "about 10" and "about 12" lie within what 'about' allows; a fifth away or more
        step = max(2, round(base * 0.2))
        options = [base + k * step for k in (1, -1, 2, -2, 3, -3, 4) if base + k * step >= 1]
    elif "." not in number.num and base <= 12 and not round_price:
        options = [base + d for d in (1, 2, -1, 3, -2, 4, 5) if base + d >= 1]
    elif "," not in number.num and "." not in number.num and (base < 100 or number.pct and base == 100) and \
            not number.scale:
        # "Mrs Hassan, 59,", "70%": near values, not 118 years or 140% ("more than 100" is a round
        # hundred: 200 and 300 beside it, not 105 and 110, which would give the round answer away)
        step = 5 if base >= 25 or round_price else 2
        options = [base + k * step for k in (1, -1, 2, -2, 3, -3, 4) if base + k * step >= 1]
    elif "." in number.num and base < 20:
        # 4.75% → 4.25%, 4.50%, 5.00%: steps a writer would use, not 2.38%
        decimals = len(number.num.split(".")[1])
        unit = 10 ** -decimals
        # (a rate written to 3 or 4 places, '$1.3270' to the euro, moves by a few per cent: not to $0.7300)
        share = 0.02 if decimals >= 3 and not number.scale else 0.15
        # (a price written to the cent below a round one, '$5.95', '£1.99': others so, $4.95 and $6.95, not $5.06)
        step = 1.0 if number.cur and decimals == 2 and not number.scale and base >= 1 and \
            number.num.endswith(_CHARM_CENTS) else \
            0.25 if decimals == 2 and (base * 4).is_integer() else \
            0.5 if decimals == 1 and (base * 2).is_integer() else max(unit, round(base * share / unit) * unit)
        options = [round(base + k * step, decimals) for k in (1, -1, 2, -2, 3, 4, -3)]
        options = [o for o in options if o > 0]
    elif "." in number.num and not number.scale:
        # An index or a rate: 95.5 → 85.5, 105.5 (half or twice it is no reading anyone would believe)
        decimals = len(number.num.split(".")[1])
        step = _nice_step(base * 0.1)
        options = [round(base + k * step, decimals) for k in (1, -1, 2, -2, 3, -3, 4)]
        options = [o for o in options if o > 0]
    elif "." in number.num:
        options = _steps_from(base, len(number.num.split(".")[1]))  # ("$205.4m" → $235.4m, $175.4m, …)
    elif not number.num.endswith("0") or len(number.num.replace(",", "").rstrip("0")) >= 3:
        # "412", "4,615", "C$612,300": wrong figures a few steps away, not 1.2, 1.5 and 2 times it, which showed
        # the answer to a reader who tried each choice as the base of the others
        options = _steps_from(base, 0)
    else:
        # Rounded to the precision the answer shows (2,500 → hundreds; 76 → units).
        digits = number.num.replace(",", "")
        zeros = len(digits) - len(digits.rstrip("0"))
        step = 10 ** min(zeros, max(len(digits) - 1, 0))
        if step > 1 and base == step:
            step //= 2  # 100, 1,000: a half-step gives 50 and 150 too, so the answer is not always the least
        options = [max(step, round(base * k / step) * step) for k in _MULTIPLIERS]
    if number.pct and base <= 100:
        options = [o for o in options if o < 100]
    return options


_LONGEST_GAP = 5.0  # (seconds: shorter than any race, as long as a big winning margin)


def _fine_options(number: Number, base: float) -> list[float]:
    """A race time's wrong values: 9.79 → 9.74, 9.84 (a second either side would be another event's).
    A time of a few seconds at most is a gap or a margin ('0.177 seconds ahead'), no race's: its wrong
    values lie a step of some 15% away (0.157, 0.197), not 0.176 and 0.178, which no reader tells apart."""
    decimals = len(number.num.split(".")[1]) if "." in number.num else 0
    # (told to a tenth under ten, a magnitude or a time: a step of 0.2, as 0.1 is within any report's error)
    share = 0.15 if base < _LONGEST_GAP else 0.03 if decimals == 1 and base < 10 else 0.005
    step = max(10 ** -decimals, _nice_step(base * share))
    return [value for value in (round(base + k * step, decimals) for k in (1, -1, 2, -2, 3, -3, 4)) if value > 0]


def _moved_options(number: Number, base: float, moved: float) -> list[float]:
    """Wrong values steps of about half the move apart, to the answer's decimals."""
    decimals = len(number.num.split(".")[1]) if "." in number.num else 0
    step = max(10 ** -decimals, _nice_step(moved / 2))
    return [value for value in (round(base + k * step, decimals) for k in (1, -1, 2, -2, 3, -3, 4)) if value > 0]


def _steps_from(base: float, decimals: int) -> list[float]:
    """Values a round step (about a sixth of the answer) or a few away from it, to its decimals, above nought."""
    step = _nice_step(base * 0.15)
    return [value for value in (round(base + k * step, decimals) for k in (1, -1, 2, -2, 3, -3, 4)) if value > 0]


def keep_order(number: Number, others: list[Number], texts: list[str]) -> list[str]:
    """Distractors on the answer's side of every comparable figure in the sentence.

    "£2bn, down from £2.6bn" gives away any choice above £2.6bn: only the answer would fit.
    """
    scale, value = SCALES.get(number.scale.strip().lower(), 1.0), number.value
    peers = [v for v in (o.value for o in others if o.start != number.start and o.cur == number.cur and
                         bool(o.pct) == bool(number.pct)) if v != value]
    # On the answer's side of every peer is at or above the highest peer below the answer and under
    # the lowest above it (no value is NaN): two comparisons a choice instead of one a peer.
    floor = max((v for v in peers if v < value), default=None)
    ceiling = min((v for v in peers if v > value), default=None)
    return [t for t in texts if (floor is None or _num_of(t) * scale >= floor) and
            (ceiling is None or _num_of(t) * scale < ceiling)]


@lru_cache(maxsize=4096)  # sort keys and spacing ask for the same few choices' values again and again
def _num_of(text: str) -> float:
    match = _DIGITS.search(text)
    return float(match.group().replace(",", "")) if match else 0.0


# A figure has fewer wrong values below it than above (none under nought; small counts have few): the
# answers that may stand at any rank stand higher a little more often, so that over a set the smallest
# choice is the answer less often (drawn alike, it was in 36% of the corpus's figures; so, 29%), while no
# one rank of a figure that may take any comes up much more often than another.
UPPER_RANKS = (1, 1, 1.5, 1.5)


def spread(answer: str, options: list[str], rng: random.Random, want: int = 3, gap: float = 0.0,
           weights: tuple[float, ...] | None = None) -> list[str]:
    """`want` of the options, placed so that the answer's rank among the sorted choices varies (none where
    the answer would stand apart from the rest at every rank it may take).

    Choices are shown in numeric order, so distractors all on one side of the answer are a
    tell (always the latest year, always the smallest figure). The number of them below the
    answer is drawn from what the options allow (`weights`: of each number below, else alike);
    the nearest ones on each side are used.
    """
    value = _num_of(answer)
    valued = [(_num_of(option), option) for option in options]  # each option's value read once
    below = sorted((pair for pair in valued if pair[0] < value), key=itemgetter(0), reverse=True)
    above = sorted((pair for pair in valued if pair[0] > value), key=itemgetter(0))
    spaced_below, spaced_above = _spaced(below, value, gap), _spaced(above, value, gap)
    if len(spaced_below) + len(spaced_above) >= want:  # spaced out where the options allow it
        below, above = spaced_below, spaced_above
    feasible = [k for k in range(want + 1) if k <= len(below) and want - k <= len(above)]
    if not feasible:
        return [option for _, option in below + above][:want]
    if weights is None or len(feasible) == 1:
        k = feasible[rng.randrange(len(feasible))]
    else:
        k = rng.choices(feasible, [weights[k] for k in feasible])[0]
    # (the rank drawn, or the nearest other where that one leaves the answer apart from a run of the rest;
    # none where every rank does: '0.5%' below '1.5%', '2.0%', '2.5%' is the odd one out, the answer)
    for rank in sorted(feasible, key=lambda other: abs(other - k)):
        if not _apart(value, [pair[0] for pair in below[:rank] + above[: want - rank]]):
            return [option for _, option in below[:rank] + above[: want - rank]]
    return []


def _apart(value: float, others: list[float]) -> bool:
    """Whether the answer stands apart at an end of the choices: 2018, 2019, 2020 and 2022; 18%, 20%, 22% and
    14% (a value the article states left out between them). Its gap to the nearest is half as wide again
    as any gap among the rest, and at least twice the narrowest: the odd one out."""
    values = sorted([value, *others])
    if len(values) < 4 or value not in (values[0], values[-1]):
        return False
    gaps = [b - a for a, b in zip(values, values[1:])]
    own, rest = (gaps[0], gaps[1:]) if value == values[0] else (gaps[-1], gaps[:-1])
    return own > 1.5 * max(rest) and own >= 2 * min(rest)


def _spaced(options: list[tuple[float, str]], value: float, gap: float) -> list[tuple[float, str]]:
    """(value, option) pairs at least `gap` (a share of the answer) from the answer and from each other.

    "about 3,000" beside "about 3,100" is no choice a reader can weigh; figures are spread out.
    """
    if not gap:
        return options
    least = gap * value
    kept: list[tuple[float, str]] = []
    values = [value]  # the answer's and those kept
    for pair in options:
        option = pair[0]
        for other in values:  # (a plain loop: all() over a generator cost more than the comparisons)
            if not abs(option - other) >= least:
                break
        else:
            kept.append(pair)
            values.append(option)
    return kept


def sort_numeric(choices: list[str]) -> list[str]:
    return sorted(choices, key=lambda c: (_num_of(c), c))


def year_distractors(year: int, article_years: list[int], exclude: set[int], latest: int, rng: random.Random,
                     want: int = 3) -> list[str]:
    """Other years of the article first (when near), then nearby years; never the future of the article, but
    for a year that is itself in its future (a plan 'from April 2026' in 2025): years on both sides of it."""
    future = year > latest  # ('its next survey in 2028', in 2024: no year of the article's past beside it)
    pool = sorted({y for y in article_years if y != year and y not in exclude and abs(y - year) <= 40 and
                   (not future or y >= latest)})
    rng.shuffle(pool)
    picked = pool[:want]
    steps = [1, -1, 2, -2, 3, -3, 5, -5, 4, -4, 10, -10]
    rng.shuffle(steps)
    ceiling = year + 5 if future else latest
    floor = latest if future else 0
    for step in steps:
        if len(picked) >= want:
            break
        candidate = year + step
        if candidate not in picked and candidate not in exclude and candidate != year and floor <= candidate <= ceiling:
            picked.append(candidate)
    return [str(y) for y in sorted(picked[:want])]


def ordered_like(year: int, others: list[int], candidates: list[str]) -> list[str]:
    """Keep distractors on the answer's side of the sentence's other years ('between 1983 and 1992')."""
    kept = []
    for text in candidates:
        value = int(text)
        if all((value < other) == (year < other) and value != other for other in others if other != year):
            kept.append(text)
    return kept
