"""The faster forms in quiz.generate.number_choices choose exactly what the plain forms chose.

number_distractors() works each figure's options out once (and in one pass); keep_order() compares
a choice with the nearest figures on either side only. The references are the forms written before.
"""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate.number_choices import (
    _MULTIPLIERS, LOWER_BOUNDS, SCALES, UPPER_BOUNDS, Number, _nice_step, _num_of, keep_order, number_distractors,
    spread,
)
from quiz.generate.numbers import find_numbers


def _format_like(value, template):
    decimals = len(template.split(".")[1]) if "." in template else 0
    text = f"{value:,.{decimals}f}"
    # (as written before, and since: "6709.93" written without a comma gets wrong figures without one)
    if "," not in template and value >= 1000 and float(template) >= 1000:
        text = f"{value:.{decimals}f}"
    return text


def _round_like(value, template):
    if "." in template:
        return value
    digits = template.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    step = 10 ** min(zeros, max(len(digits) - 1, 0))
    if step > 1 and float(digits) == step:
        step //= 2
    return max(step, round(value / step) * step)


def old_number_distractors(number, stated, rng, want=3):
    base = float(number.num.replace(",", ""))
    round_price = (bool(number.cur) or number.hedge.lower() in ("about", "around", "some", "roughly", "approximately",
                                                                "nearly", "almost", "close to")) and \
        base >= 10 and base % 5 == 0  # (the round-price rule, written after; then round figures said to be near)
    near = number.hedge.lower() in ("about", "around", "some", "roughly", "approximately", "nearly", "almost",
                                    "close to")
    if near and not round_price and "." not in number.num and base < 100 and not number.scale and \
            "," not in number.num:  # (written after: a hedged figure's choices a fifth apart or more)
        options = [base + k * max(2, round(base * 0.2)) for k in (1, -1, 2, -2, 3, -3, 4)
                   if base + k * max(2, round(base * 0.2)) >= 1]
    elif "." not in number.num and base <= 12 and not round_price:
        options = [base + d for d in (1, 2, -1, 3, -2, 4, 5) if base + d >= 1]
    elif "," not in number.num and "." not in number.num and (base < 100 or number.pct and base == 100) and \
            not number.scale:
        step = 5 if base >= 25 or round_price else 2
        options = [base + k * step for k in (1, -1, 2, -2, 3, -3, 4) if base + k * step >= 1]
    elif "." in number.num and base < 20:
        decimals = len(number.num.split(".")[1])
        unit = 10 ** -decimals
        share = 0.02 if decimals >= 3 and not number.scale else 0.15  # (rates to 3 or 4 places move by little)
        # (a price to the cent below a round one moves by whole units, written after: '$5.95' → '$4.95')
        step = 1.0 if number.cur and decimals == 2 and not number.scale and base >= 1 and \
            number.num.endswith((".95", ".99", ".49")) else \
            0.25 if decimals == 2 and (base * 4).is_integer() else \
            0.5 if decimals == 1 and (base * 2).is_integer() else max(unit, round(base * share / unit) * unit)
        options = [o for o in (round(base + k * step, decimals) for k in (1, -1, 2, -2, 3, 4, -3)) if o > 0]
    elif "." in number.num and not number.scale:
        decimals = len(number.num.split(".")[1])
        step = _nice_step(base * 0.1)
        options = [o for o in (round(base + k * step, decimals) for k in (1, -1, 2, -2, 3, -3, 4)) if o > 0]
    elif "." in number.num or not number.num.endswith("0") or len(number.num.replace(",", "").rstrip("0")) >= 3:
        # (a figure that is not round: steps of about a sixth of it, not multiples, written since)
        decimals = len(number.num.split(".")[1]) if "." in number.num else 0
        step = _nice_step(base * 0.15)
        options = [o for o in (round(base + k * step, decimals) for k in (1, -1, 2, -2, 3, -3, 4)) if o > 0]
    else:
        options = [_round_like(base * k, number.num) for k in _MULTIPLIERS]
    if number.pct and base <= 100:
        options = [o for o in options if o < 100]
    seen = {number.num.replace(",", "")}
    texts = []
    for value in options:
        num = _format_like(value, number.num)
        if num.replace(",", "") in seen or float(num.replace(",", "")) == 0:
            continue
        if number.scale and (base < 1000 <= value or value < 1 <= base):
            continue
        seen.add(num.replace(",", ""))
        digits = num.replace(",", "")
        if digits in stated or "." in digits and digits.rstrip("0").rstrip(".") in stated:
            continue  # ("2.0" is the value of a stated "2")
        texts.append(number.with_num(num))
    lower = [t for t in texts if _num_of(t) < base]
    higher = [t for t in texts if _num_of(t) > base]
    hedge = " ".join(number.hedge.lower().split())
    if hedge in LOWER_BOUNDS:
        lower = []
    elif hedge in UPPER_BOUNDS:
        higher = []
    below = rng.randint(0, min(want, len(lower)))
    picked = lower[:below] + higher[: want - below]
    if len(picked) < want:
        picked += [t for t in lower + higher if t not in picked][: want - len(picked)]
    return picked[:want]


def old_keep_order(number, others, texts):
    scale = SCALES.get(number.scale.strip().lower(), 1.0)
    peers = [o.value for o in others if o.start != number.start and o.cur == number.cur and
             bool(o.pct) == bool(number.pct) and o.value != number.value]
    return [t for t in texts if all((_num_of(t) * scale < v) == (number.value < v) for v in peers)]


nums = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(1000, 10**9).map("{:,}".format),
    st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 3000), st.sampled_from(["0", "5", "25", "75", "05", "125"])),
    st.sampled_from(["0", "1", "12", "13", "100", "101", "999", "1000", "1500", "0.25", "19.99", "20.0", "4.75",
                     "95.5", "1,000.5", "٣5", "٢0", "1" + "0" * 320, "1" + "0" * 320 + ".5"]),
)
numbers = st.builds(
    lambda start, hedge, cur, num, scale, pct: Number(start, start + 5, f"{hedge} {cur}{num}", hedge, cur, num, scale,
                                                      pct),
    st.integers(0, 40), st.sampled_from(["", "about", "More  than", "at least", "up to", "under", "some"]),
    st.sampled_from(["", "$", "£", "US$"]), nums, st.sampled_from(["", "bn", "m", " million", "k"]),
    st.sampled_from(["", "%", " per cent"]),
)


def _same(call):
    """The result, or the type of the error it raised (absurd figures overflow alike)."""
    try:
        return call()
    except (OverflowError, ValueError) as error:
        return type(error)


@settings(max_examples=600, deadline=None)
@given(numbers, st.sets(st.sampled_from(["1", "2", "5", "10", "20", "3000", "2500", "1.5", "4.5"])),
       st.integers(1, 8), st.integers(0, 99))
def test_number_distractors_are_the_old_ones(number, stated, want, seed):
    memo: dict = {}
    for _ in range(2):  # worked out, then taken from the memo
        new = _same(lambda: number_distractors(number, stated, random.Random(seed), want, memo=memo))
        assert new == _same(lambda: old_number_distractors(number, stated, random.Random(seed), want))
    assert _same(lambda: number_distractors(number, stated, random.Random(seed), want)) == new


@settings(max_examples=400, deadline=None)
@given(st.lists(numbers, min_size=1, max_size=5), st.lists(st.sampled_from(
    ["1", "5", "12", "$3bn", "about 2,500", "£1.5m", "99%", "0", "1e3", "x", "7", "100", "1" + "0" * 400]), max_size=8))
def test_keep_order_keeps_what_it_kept(figures, texts):
    for number in figures:
        assert keep_order(number, figures, texts) == old_keep_order(number, figures, texts)


def test_keep_order_on_a_sentence():
    figures = find_numbers("Sales rose to £2bn, from £1.5bn and £2.6bn, and 20% more than the £3bn hoped.")
    texts = ["£1bn", "£1.5bn", "£1.8bn", "£2.2bn", "£2.6bn", "£3bn", "£4bn"]
    assert keep_order(figures[0], figures, texts) == old_keep_order(figures[0], figures, texts) == ["£1.5bn", "£1.8bn", "£2.2bn"]


def test_number_distractors_on_tricky_figures():
    """Each kind of figure in every format: figures with digits beyond ASCII ('٢0' is 20) may give an
    option written as the answer's value, which is neither below nor above it."""
    for num in ["٢0", "٣5", "7", "12", "59", "100", "1500", "2,500", "0.25", "4.75", "95.5", "1,000.5", "0"]:
        for scale in ("", "m", " billion"):
            for hedge, pct in (("", ""), ("about", "%"), ("at least", ""), ("up to", " per cent")):
                number = Number(0, 9, num, hedge, "£", num, scale, pct)
                for seed in range(3):
                    assert number_distractors(number, {"10"}, random.Random(seed), 8) == \
                        old_number_distractors(number, {"10"}, random.Random(seed), 8)


def old_spread(answer, options, rng, want=3, gap=0.0):
    value = _num_of(answer)
    below = sorted((o for o in options if _num_of(o) < value), key=_num_of, reverse=True)
    above = sorted((o for o in options if _num_of(o) > value), key=_num_of)
    spaced_below, spaced_above = old_spaced(below, value, gap), old_spaced(above, value, gap)
    if len(spaced_below) + len(spaced_above) >= want:
        below, above = spaced_below, spaced_above
    feasible = [k for k in range(want + 1) if k <= len(below) and want - k <= len(above)]
    if not feasible:
        return (below + above)[:want]
    k = feasible[rng.randrange(len(feasible))]
    # (written after: the nearest rank that leaves the answer no odd one out at an end of the choices)
    for rank in sorted(feasible, key=lambda other: abs(other - k)):
        values = sorted([value, *map(_num_of, below[:rank] + above[: want - rank])])
        if len(values) >= 4 and value in (values[0], values[-1]):
            gaps = [b - a for a, b in zip(values, values[1:])]
            own, rest = (gaps[0], gaps[1:]) if value == values[0] else (gaps[-1], gaps[:-1])
            if own > 1.5 * max(rest) and own >= 2 * min(rest):
                continue
        k = rank
        break
    else:
        return []  # (round 18: no choices where every rank leaves the answer the odd one out)
    return below[:k] + above[: want - k]


def old_spaced(options, value, gap):
    if not gap:
        return options
    kept = []
    for option in options:
        if all(abs(_num_of(option) - other) >= gap * value for other in (value, *map(_num_of, kept))):
            kept.append(option)
    return kept


# Choices with equal values ("£2bn", "about 2", "2.0") keep their order: the sort is stable both ways.
CHOICES = ["1", "2", "2.0", "£2bn", "about 2", "3", "5", "9", "10", "11", "20", "22", "25", "30", "100", "2,500",
           "2,600", "3,000", "1999", "2004", "x", "0"]


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(CHOICES), st.lists(st.sampled_from(CHOICES), max_size=10), st.integers(0, 99),
       st.integers(1, 4), st.sampled_from([0.0, 0.1, 0.5]))
def test_spread_chooses_what_it_chose(answer, options, seed, want, gap):
    rng, old_rng = random.Random(seed), random.Random(seed)
    assert spread(answer, options, rng, want, gap) == old_spread(answer, options, old_rng, want, gap)
    assert rng.random() == old_rng.random()  # and drew as much


def test_a_number_is_still_a_frozen_dataclass():
    import dataclasses

    number = Number(1, 5, "£2bn", "", "£", "2", "bn", "")
    assert dataclasses.astuple(number) == (1, 5, "£2bn", "", "£", "2", "bn", "")
    same = Number(1, 5, "£2bn", "", "£", "2", "bn", "")
    assert number == same and hash(number) == hash(same)
    assert repr(number) == "Number(start=1, end=5, text='£2bn', hedge='', cur='£', num='2', scale='bn', pct='')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        number.start = 2
