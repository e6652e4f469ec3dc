"""Candidates of the `claim` family: true/false checks of what a sentence states.

A true claim is the sentence's statement. A false claim is one minimal change
the source contradicts — a number changed, a speaker swapped, a year shifted,
a negation flipped — and its explanation sets the change against the source's
words. Bounds ("at least 22", "since 2009") are never changed: "at least 44"
is not contradicted by "at least 22", only unsupported.
"""

from __future__ import annotations

import random
import re

from quiz.generate.analysis import Article, SentenceInfo
from quiz.generate.attribution import GENERIC, PERSON
from quiz.generate.candidate import Candidate, difficulty_from
from quiz.generate.direction import turned_direction
from quiz.generate.distractors import pick_speakers, said_as_much_before, speaking_sources
from quiz.generate.entities import strip_possessive
from quiz.generate.fam_numbers import (_BOUND_YEAR, _CONVERTED, _converts, follows_by_arithmetic, model_numbers,
                                       options_memo, range_end_after, restated)
from quiz.generate.figure_kinds import per_period_of, period_or_race, timed, told_by_its_words
from quiz.generate.negation import _AUX_VERB, SAYING, SPEECH_VERBS, negation_change
from quiz.generate.relative import anchor_time
from quiz.generate.number_choices import keep_order, number_distractors, ordered_like, year_distractors
from quiz.generate.text import W_RUN, WORD, cited, ends_with, has_digit, lower_first, outside_quotes, strip_end
from quiz.model import TRUE_FALSE, Change

MAX_WORDS = 40
MIN_WORDS = 7  # "Mr Templeton said he agreed.": too short to say what it is about
_REFERS_BACK = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their|we|our|us)\b", re.IGNORECASE)
# A colon keeps the sentence's own capitals: no guessing whether "Toyota" or "Almost" is a name.
TF = "True or false? According to the article: "
_RANGE_END = re.compile(r"\d{4}\s*(?:and|to|-|–)\s*(?:[A-Z][a-z]+\s+)?$")  # ("2003 and August 2004")
# The first end of such a range: "between November 2003 and August 2004".
_RANGE_START = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:[A-Z][a-z]+\s+)?$")
_RANGE_GOES_ON = re.compile(r"\s*(?:and|to|-|–)\s*(?:[A-Z][a-z]+\s+)?\d{4}\b")
# Two figures that make a range: "between 10% and 15%", "10 to 15 jobs", "a 2% to 5% rise" (not "rose 3.6% to
# 14,800" or "from 3% to 5%": a change, whose ends are both facts).
_BETWEEN = re.compile(r"\bbetween\s+$")
# ("Between 15,000 and", "between one gigabyte and": one figure found)
_BETWEEN_AND = re.compile(r"\bbetween\s+\S+(?:\s+\S+)?\s+and\s+$", re.IGNORECASE)
_MOVED = re.compile(r"\b(?:from|up|down|by|rose|risen|rising|fell|fallen|falling|grew|grown|growing|jumped|climbed|"
                    r"slipped|dropped|increased|decreased|raised|lowered|lifted)\s+$")
_RATIO = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:out\s+of|in)\s+(?:every\s+)?$",
                    re.IGNORECASE)
_RATIO_AFTER = re.compile(r"\s+(?:out\s+of|in)\s+(?:\d|ten|every)")
_POINT_NOUGHT = re.compile(r"\d\.0+(?!\d)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_SPEECH = re.compile(r"[:,]\s*[“\"]|^Said\b")


def _kind_of(article: Article, display: str) -> str:
    for speaker in article.speakers():
        if speaker.display == display:
            return speaker.kind
    return PERSON if display in article.names.persons else ""


def _named(text: str, article: Article) -> bool:
    """A body named by a proper name ('The Pentagon', 'Greenway Ferries'), not a description ('Shops in the UK')."""
    words = [w for w in WORD.findall(text) if w not in ("The", "the")]
    return bool(words) and words[0] not in ("A", "An") and (words[0] in article.names.proper or
                                                             len(words[0]) > 1 and words[0].isupper())


def _in_text(words: str, article: Article) -> str:
    """'The Pentagon' as it reads inside a sentence: 'the Pentagon'."""
    if words.split()[0] not in ("The", "A", "An"):
        return words
    return lower_first(words, article.names.proper, article.names.lower_seen)


def _make(info: SentenceInfo, article: Article, statement: str, answer: bool, explanation: str, score: float,
          level: float, change: Change | None = None) -> Candidate | None:
    anchored = anchor_time(statement, article.date)
    if anchored is None:
        return None
    closed = anchored[-1:] in "”\"’'" and anchored.rstrip("”\"’'")[-1:] in (".", "!", "?")  # (the cheap test first)
    prompt = f"{TF}{anchored}" + ("" if closed else ".")
    return Candidate("claim", TRUE_FALSE, info.n, info.text, prompt, answer, [], explanation, "claim",
                     score, difficulty_from(level), change)


def _false(info: SentenceInfo, article: Article, body: str, start: int, end: int, new: str,
           score: float, level: float, old: str | None = None, joint: str = "", words: bool = False) -> Candidate | None:
    """`words`: the change is of words that read as no noun ('has risen', 'has not risen'): the explanation
    quotes them ("says “has risen”, not “has not risen”"), a figure or a name it gives as they are."""
    old = old if old is not None else body[start:end]
    changed = body[:start] + new + joint + body[end:]
    shown_old, shown_new = old, new
    if start == 0:  # in the explanation, the words as they read inside a sentence: "the Pentagon"
        names = article.names
        shown_new = lower_first(new, names.proper, names.lower_seen)
        shown_old = lower_first(old, names.proper, names.lower_seen)
    if words:
        shown_old, shown_new = f"“{shown_old}”", f"“{shown_new}”"
    explanation = f"False. The article says {shown_old}, not {shown_new}: " + cited(info.as_written)
    return _make(info, article, strip_end(changed), False, explanation, score, level,
                 Change(claim=new, source=old))


_QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")


def _quoted_elsewhere(claim: str, article: Article, n: int) -> bool:
    """Whether words the claim quotes stand in another sentence of the article too."""
    phrases = [phrase.lower() for phrase in _QUOTED.findall(claim)]
    return any(phrase in other.body.lower() for other in article.sentences if other.n != n for phrase in phrases)


def claim_candidates(info: SentenceInfo, article: Article, rng: random.Random,
                     lead_too: bool = False) -> list[Candidate]:
    body = info.body
    n_words = info.words if info.words is not None else len(WORD.findall(body))
    if info.problem or info.context or not MIN_WORDS <= n_words <= MAX_WORDS or body.startswith(("“", '"')):
        return []
    if ('"' in body or "“" in body or body.startswith("Said")) and _SPEECH.search(body):
        return []  # 'Said Mr Bysshe: "…"': the claim would be someone's words, not the article's
    if n_words < _FEW_WORDS and not _anchored(body, article):
        return []  # "Some people had brought flasks of tea.": naming nothing, so short a claim says nothing
    if n_words <= _NO_COMMENT_WORDS and _NO_COMMENT.search(body):
        return []  # "A spokesman for Apple declined to comment.": what any reader would guess, so it tests nothing
    out: list[Candidate | None] = []
    statement = strip_end(body)
    if lead_too or not _headline_of(info, article):
        # (not the lead's, which its headline restates: the title every prompt shows answers it)
        out.append(_true(info, article, statement))
    plain = outside_quotes(body)
    ranges = _range_ends(body, info.numbers) if info.numbers else ()  # (asked only of a figure below)
    for number in info.numbers:
        if number.bound or plain[number.start:number.end] != body[number.start:number.end] or \
                _BOUND_AFTER.match(body, number.end):
            continue  # (and "by 100% or more": "by 95% or more" is as true)
        if body.rfind("(", 0, number.start) > body.rfind(")", 0, number.start):
            continue  # "($9.37bn: £4.8bn)" converts the figure before it: changing it is no fact changed
        if ends_with(_RATIO, body, number.start) or _RATIO_AFTER.match(body, number.end):
            continue  # "nine out of 10": changing one side makes no claim, only nonsense
        if body[number.end:number.end + 2] == " (" or _CONVERTED.match(body, number.end):
            continue  # "£99 (149 euros)": the conversion would still give the figure
        if ends_with(_ARTICLE_BEFORE, body, number.start):
            continue  # 'a 12-year-old' would read 'a 11-year-old'
        if number.start in ranges or number.num in model_numbers(article) or period_or_race(body, number) or \
                told_by_its_words(body, number):
            continue  # "between 11% and 15%" for "between 10% and 15%" is narrower; 'top 5' for 'top 10' may be true
        if ", or " in body and restated(body, number, info.numbers) or follows_by_arithmetic(number, info.numbers) or \
                per_period_of(body, number, info.numbers):
            continue  # "up $1.21, or 1.8%, at $81.37": the figures beside it say the change is false
        wrong = keep_order(number, info.numbers,
                           number_distractors(number, article.stated, rng, want=4, memo=options_memo(article),
                                              fine=timed(body, number)))
        if "." in number.num and not number.num.endswith("0"):
            # ("1.5 million" → "3.0 million": a writer drops the '.0', and the changed figure shows itself)
            wrong = [text for text in wrong if not _POINT_NOUGHT.search(text)]
        wrong = wrong[:1]
        if wrong:
            out.append(_false(info, article, body, number.start, number.end, wrong[0], 2.0, 0.45))
            break
    for attribution in info.attributions:
        speaker = attribution.speaker
        at = body.find(attribution.clause)
        if not attribution.front or not speaker.display or at < 0 or not attribution.clause.startswith(speaker.text):
            continue
        if _REFERS_BACK.search(attribution.claim):
            break  # "X said its strike…": another speaker would change what "its" means
        if speaker.kind != PERSON and WORD.findall(speaker.text)[:1] and not _named(speaker.text, article):
            break  # "Shops all over the UK reported": someone else may well have reported it too
        if attribution.verb not in SPEECH_VERBS:
            break  # "The North East showed the highest rate": a region shows figures, it says nothing
        quoting = '"' in attribution.claim or "“" in attribution.claim
        if quoting and _quoted_elsewhere(attribution.claim, article, info.n):
            break  # 'the comment was "ill-advised"': another may have used the word too ("a stupid and ill-advised remark")
        # A person for a person, a body for a body: "Ericsson said" for its own chief executive is not false;
        # nor is an unnamed source's word ("People familiar with the talks confirmed"): anyone may have said it.
        # (one the article has say something: 'Vladimir Putin said progress …' for Mr Johannesson's words, where
        # the article only names Putin, is not what it denies)
        other = next((o for o in pick_speakers(article, speaker, attribution.claim, rng, want=1)
                      if (_kind_of(article, o) == PERSON) == (speaker.kind == PERSON) and
                      _kind_of(article, o) != GENERIC and not said_as_much_before(article, info.n, o) and
                      o.lower() in speaking_sources(article)), None)
        if other is not None:
            new = other if at == 0 else lower_first(other, article.names.proper, article.names.lower_seen)
            # Replace the speaker with any appositive ("X, a local charity, said"): up to the verb.
            verb_at = attribution.clause.find(attribution.verb, len(speaker.text))
            out.append(_false(info, article, body, at, at + verb_at, new, 2.1, 0.6, old=speaker.text, joint=" "))
        break
    own = {year for _, _, year in info.years} if info.years else set()  # (most sentences state no year)
    for start, end, year in info.years:
        if _RANGE_END.search(body, max(0, start - 20), start) or \
                _RANGE_START.search(body, max(0, start - 20), start) and _RANGE_GOES_ON.match(body, end):
            continue  # "between 1994 and 2000": moving one end makes no claim the source denies
        if ends_with(_BOUND_YEAR, body, start) or plain[start:end] != body[start:end]:
            continue
        wrong = ordered_like(year, sorted(own), year_distractors(year, article.years, own, article.latest_year, rng, want=6))
        if wrong:
            # The nearest wrong year: 'as far away as 2012' made 2002 reads false at a glance.
            nearest = min(wrong, key=lambda text: (abs(int(text) - year), text))
            out.append(_false(info, article, body, start, end, nearest, 1.9, 0.5))
        break
    turned = turned_direction(body, plain) if info.numbers else None
    if turned:
        out.append(_false(info, article, body, *turned, 1.9, 0.45, words=True))  # 'rose 5%' → 'fell 5%'
    if not _headline_of(info, article):
        out.append(_negation(info, article, body, plain))
    made = [c for c in out if c is not None]
    if not _anchored(body, article) or _hypothetical(info, plain) or _OCCASION.search(plain):
        # "There will be no centrally maintained list", "Analysts expressed concern at the paring back
        # in profit": with no name and no figure, a claim most often hangs on the article's topic; "People
        # would have to prove …" tells of a plan or a case the article set out before; "X was speaking at a
        # seminar organised by …", where words told elsewhere were said. Such claims come last, where an
        # article has nothing better.
        for candidate in made:  # (made here, so changed in place: dataclasses.replace costs ~10 µs each)
            candidate.score *= UNANCHORED
    return made


def _true(info: SentenceInfo, article: Article, statement: str) -> Candidate | None:
    return _make(info, article, statement, True, f"True. The article states it: {cited(info.as_written)}", 1.6, 0.1)


def lead_claim(article: Article, rng: random.Random) -> list[Candidate]:
    """The true claim of the article's lead, for a set that has nothing else to ask: its title gives it away
    ("Nissan names successor to Ghosn" over "Nissan has named a lifetime employee to run its operations …"),
    but it is the news, and better asked than an empty set."""
    lead = _lead(article)
    if lead is None:
        return []
    return [c for c in claim_candidates(lead, article, rng, lead_too=True) if c.answer is True]


def _hypothetical(info: SentenceInfo, plain: str) -> bool:
    """Whether the sentence's first auxiliary is 'would' (or 'should': "There should be a shift in the money
    allowed to be spent", a recommendation someone made) and no one is said to say so."""
    if not ("would" in plain or "should" in plain) or info.attributions:
        return False
    first = _AUX_VERB.search(plain)
    if first is None or first.group("aux") not in ("would", "should"):
        return False
    # ("Mr Brown confirmed he would not …", "shareholders fear it would …": someone's words, reported)
    return _REPORTING.isdisjoint(W_RUN.findall(plain[:first.start()]))


# "Patricia Hewitt was speaking at a seminar organised by …": where words quoted elsewhere were said, no news.
_OCCASION = re.compile(r"\b(?:was|were|is|are|had\s+been)\s+(?:speaking|talking)\b")
_REPORTING = SAYING | frozenset("insist insists feared confirm hoped suggest suggests suggested".split())


# A line saying someone said nothing, all a short sentence tells ("A spokesman for Apple declined to comment").
_NO_COMMENT = re.compile(r"\b(?:declined|refused|would\s+not|wouldn't|did\s+not\s+want)\s+to\s+comment\b|"
                         r"\b(?:not|un)\s*(?:be\s+)?(?:immediately\s+)?(?:available|reached)\s+for\s+comment\b|"
                         r"\b(?:respond|reply|responded|replied)\s+to\s+(?:a\s+|several\s+)?requests?\s+for\s+comment\b|"
                         r"\bno\s+(?:immediate\s+)?comment\b|"
                         r"^(?:No\s+one|No-one|Nobody|None)\b.{0,80}?\bavailable\s+for\s+comment\b")
_NO_COMMENT_WORDS = 14
_BOUND_AFTER = re.compile(r"\s+(?:or|and)\s+(?:more|over|above|upwards|less|fewer|under|below)\b")
UNANCHORED = 0.6
_FEW_WORDS = 8
# A capital after a space, a quotation mark, a bracket or a dash: a name other than the first word.
_NAME_INSIDE = re.compile(r"[\s\"“‘'(\[/-][A-Z]")


def _anchored(body: str, article: Article) -> bool:
    """Whether the sentence names something (a capitalised word past its first, or a first word the
    article writes with a capital elsewhere) or gives a figure."""
    if has_digit(body) or _NAME_INSIDE.search(body):
        return True
    first = WORD.match(body)
    return first is not None and strip_possessive(first.group()) in article.names.proper


def _range_ends(body: str, numbers: list) -> set[int]:
    """Where the figures that open or close a range start ('$10 (£5.20) to $20': past a conversion)."""
    ends: set[int] = set()
    if "(" in body:
        numbers = [number for number in numbers if not _converts(body, number.start)]
    for first, second in zip(numbers, numbers[1:]):
        joint = body[first.end:second.start].strip()
        if joint.startswith("("):
            joint = joint[joint.find(")") + 1:].strip() if ")" in joint else joint
        if joint == "and" and ends_with(_BETWEEN, body, first.start) or joint == "to" and \
                (first.pct, first.cur) == (second.pct, second.cur) and not ends_with(_MOVED, body, first.start):
            ends.update((first.start, second.start))
    ends.update(number.start for number in numbers if ends_with(_BETWEEN_AND, body, number.start))
    # "18 to 21 year olds": an end written 'to' a figure find_numbers leaves out (not "rose from 10 to 12")
    ends.update(number.start for number in numbers if number.start not in ends and
                range_end_after(body, number) and not ends_with(_MOVED, body, number.start))
    return ends


def _negation(info: SentenceInfo, article: Article, body: str, plain: str) -> Candidate | None:
    """The false claim of the sentence with its negation flipped (see quiz.generate.negation), or None."""
    change = negation_change(body, plain, info.numbers)
    if change is None:
        return None
    start, end, new, level = change
    return _false(info, article, body, start, end, new, 1.8, level, words=True)


def _headline_of(info: SentenceInfo, article: Article) -> bool:
    """Whether the sentence is the lead of an article with a headline. News writing, whatever the outlet, makes
    its headline of its lead, most often in other words: a 'not' put in or taken out of the lead is false by
    the title alone ("Winn-Dixie has not filed for bankruptcy protection" under "Winn-Dixie files for
    bankruptcy", "Microsoft is not celebrating bumper sales of … Halo 2" under "Halo 2 sells five million
    copies"), and a search for the title's words in it finds only some of those."""
    lead = _lead(article) if article.title else None
    return lead is not None and info.n == lead.n


def _lead(article: Article) -> SentenceInfo | None:
    """The article's first sentence that can carry a question: its lead."""
    return next((info for info in article.sentences if info.problem is None), None)
