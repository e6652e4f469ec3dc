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
from quiz.generate.attribution import PERSON
from quiz.generate.candidate import Candidate, difficulty_from
from quiz.generate.distractors import pick_speakers
from quiz.generate.entities import strip_possessive
from quiz.generate.fam_numbers import (_BOUND_YEAR, _CONVERTED, _converts, follows_by_arithmetic, model_numbers,
                                       options_memo, period_or_race, range_end_after, restated, timed)
from quiz.generate.relative import anchor_time
from quiz.generate.number_choices import keep_order, number_distractors, ordered_like, year_distractors
from quiz.generate.text import (W_RUN, WORD, cited, ends_with, has_digit, has_word, letter_first, lower_first, outside_quotes,
                                strip_end)
from quiz.model import TRUE_FALSE, Change

MAX_WORDS = 40
MIN_WORDS = 7  # "Mr Templeton said he agreed.": too short to say what it is about
_REFERS_BACK = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their|we|our|us)\b", re.IGNORECASE)
# A colon keeps the sentence's own capitals: no guessing whether "Toyota" or "Almost" is a name.
TF = "True or false? According to the article: "
_NEGATED = re.compile(
    r"\b(?P<aux>did|does|do|has|have|had|is|are|was|were|will|would|could|can|should)\s+not\s+"
    r"(?P<verb>[a-z]+(?:-[a-z]+)*)(?P<any>\s+any)?\b"
)
_AUXILIARIES = "will would could can should is are was were has have had".split()
# \b(?P<aux>will|would|…)\s+(?P<verb>[a-z]+)\b, each auxiliary written letter first (text.letter_first):
# re then skips ahead to the letters they start with, where \b first had it try every position. (At
# most one auxiliary, each followed by white space, can match at a place: their order changes nothing.)
# (A verb written with a hyphen is one: "would ill-serve", "will re-elect".)
_AUX_VERB = re.compile(rf"(?P<aux>{'|'.join(map(letter_first, _AUXILIARIES))})\s+(?P<verb>[a-z]+(?:-[a-z]+)*)\b")
# ('little', 'few', 'hardly' too: "have not shown little interest" reads as a riddle, not a false claim.)
_NEGATIVE_WORDS = re.compile(r"\b(?:no|not|never|nothing|none|neither|nor|without|n['’]t|cannot|fail\w*|den\w+|refus\w+|"
                             r"little|few|fewer|hardly|barely|scarcely|rarely|seldom)\b",
                             re.IGNORECASE)
_PARTICIPLE = re.compile(r"^(?:[a-z]+(?:ed|en|ing|wn|ght|ung|ade|one|ept|elt|orn|ilt|ent))$")
# An auxiliary after these belongs to a subordinate clause: negating it changes the wrong clause.
_SUBORDINATE_WORDS = frozenset("if what when whether while although because that which who whom where how as unless "
                               "until once since after before".split())
_SUBORDINATE = re.compile(rf"\b(?:{'|'.join(sorted(_SUBORDINATE_WORDS))})\b", re.IGNORECASE)
_QUANTIFIED_WORDS = frozenset("all every each both most some many few several any either neither more less only almost "
                              "nearly half".split())
# A sentence opening with one of them (matched from its start).
_QUANTIFIED = re.compile(rf"\s*(?:{'|'.join(sorted(_QUANTIFIED_WORDS))})\b", re.IGNORECASE)
# A counted subject: "Five councillors were absent" → "Five councillors were not absent" is true of the
# others, and "About 300 did not vote" → "About 300 did vote" may be true too; no negation contradicts it.
_COUNTED = re.compile(r"\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|up\s+to|"
                      r"at\s+least|roughly|only|just)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens|"
                      r"a\s+(?:dozen|hundred|thousand|million))\b)", re.IGNORECASE)
_EVERY_AFTER = re.compile(r"\b(?:every|each|all|always|both)\b", re.IGNORECASE)
# A figure among the first words after a verb (its object, a price, a time), but for a year.
_FIGURE_NEXT = re.compile(r"(?:\s+[^\s\d]+){0,2}\s+(?!(?:19|20)\d\d\b)[^\s\d]*\d")
_RANGE_END = re.compile(r"\d{4}\s*(?:and|to|-|–)\s*$")
# Two figures that make a range: "between 10% and 15%", "10 to 15 jobs", "a 2% to 5% rise" (not "rose 3.6% to
# 14,800" or "from 3% to 5%": a change, whose ends are both facts).
_BETWEEN = re.compile(r"\bbetween\s+$")
# ("Between 15,000 and", "between one gigabyte and": one figure found)
_BETWEEN_AND = re.compile(r"\bbetween\s+\S+(?:\s+\S+)?\s+and\s+$", re.IGNORECASE)
_MOVED = re.compile(r"\b(?:from|up|down|by|rose|risen|rising|fell|fallen|falling|grew|grown|growing|jumped|climbed|"
                    r"slipped|dropped|increased|decreased|raised|lowered|lifted)\s+$")
_SPEECH_VERBS = frozenset(
    "said says told tells added adds warned warns claimed claims insisted insists argued argues stated states "
    "announced announces explained explains predicted predicts believes believed admitted admits confirmed "
    "confirms denied denies declared declares".split())
_RATIO = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:out\s+of|in)\s+(?:every\s+)?$",
                    re.IGNORECASE)
_RATIO_AFTER = re.compile(r"\s+(?:out\s+of|in)\s+(?:\d|ten|every)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_SPEECH = re.compile(r"[:,]\s*[“\"]|^Said\b")
# Words whose meaning turns with a negation's scope ("will not be out for another year"). A match of
# \b(?:rather|but|…)\b is a whole \w-run that is one of these words: a set lookup, not a regex pass.
_CONTRAST_WORDS = frozenset("rather but instead only just merely until yet another before ever either longer "
                            "because likewise".split())
# The phrases each hold one of _CONTRAST_GATE as a whole \w-run: searched only where one stands.
# "…, and so is Playboy", "as well": a clause that echoes the verb reads wrong once the verb is negated.
_CONTRAST_PHRASES = re.compile(r"\b(?:up\s+from|down\s+from|as\s+\w+\s+as|as\s+well)\b|\btoo\b(?=\s*(?:[,.;:!?]|$))"
                               r"|\b(?:and|as)\s+so\s+(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b"
                               r"|\bfor\s+(?:more|less|over|about|at\s+least|almost|nearly|the\s+past|the\s+last|\d|a\s+few|"
                               r"several|many|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_CONTRAST_GATE = frozenset({"from", "as", "for", "so", "too"})
# "One in ten users have bought …": 'One in ten … have not bought' is no negation of it (nine in ten have not).
_PROPORTION = re.compile(r"\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+in\b|\bper\s*cent\b|"
                         r"\b(?:half|third|thirds|quarter|quarters|majority|minority|proportion|share)\s+of\b",
                         re.IGNORECASE)
# 'not' as a whole \w-run, as every match of _NEGATED holds it: \bnot\b written with the \b after the n, so
# that re skips ahead to n's instead of trying every position.
# A pronoun right before the auxiliary, with words before it, opens a clause of its own; an indefinite
# pronoun ('anyone was') puts the verb in a clause inside another, and a 'not' there reads wrong.
# ("Lockheed said it had signed": after a verb of saying or finding, the clause is what the sentence states.)
_CLAUSE_SUBJECTS = frozenset({"they", "we", "he", "she", "it", "you", "i"})
# "the types of games people can play": a plural noun, then one of these as the subject of a clause inside.
_CLAUSE_NOUNS = frozenset("people users customers consumers players viewers readers voters investors parents "
                          "children workers staff fans firms companies".split())
_NOT_NOUNS = frozenset("this thus does says plus".split())  # (ending in 's', no plural noun: 'says his customers')
_BOUND_REACH = 1  # words between a verb and a bound ('up to', 'more than') that is the verb's own
# Verbs whose clause says what someone says or thinks: both rules below read their words as reported.
_SAYING = _SPEECH_VERBS | frozenset("say hope hopes fear fears think thinks thought".split())
_CLAUSE_OPENERS = _SAYING | frozenset("found finds feel feels felt".split())
_INDEFINITE = frozenset("anyone anybody anything someone somebody something everyone everybody everything nobody "
                        "nothing".split())
_NOT = re.compile(r"n(?<!\wn)ot\b")
# _NEGATIVE_WORDS without its n't (the caller tests for that literally), as set lookups over the lower-case
# \w-runs of ASCII text (re's case folding is wider than str.lower() for other text: 'ſ' is an 's').
_NEGATIVE_SET = frozenset("no not never nothing none neither nor without cannot little few fewer hardly barely scarcely "
                          "rarely seldom".split())
_BE_HAVE = frozenset("is are was were has have had".split())  # negated only before a participle
# Not verbs ('will also'), or adverbs whose meaning turns under 'not' ('can often' → 'cannot often').
_NOT_VERBS = frozenset("a an the about also still now already just only more less to be being been often always "
                       "sometimes never even soon seldom most when where what why how who which whether that "
                       # ("Broadband cannot seem confusing": a seeming is no fact to deny)
                       "seem appear look sound feel".split())


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
    explanation = f"False. The article says {shown_old}, not {shown_new}: " + cited(info.body)
    return _make(info, article, strip_end(changed), False, explanation, score, level,
                 Change(claim=new, source=old))


def claim_candidates(info: SentenceInfo, article: Article, rng: random.Random) -> list[Candidate]:
    body = info.body
    n_words = info.words if info.words is not None else len(WORD.findall(body))
    if info.problem or info.context or not MIN_WORDS <= n_words <= MAX_WORDS or body.startswith(("“", '"')):
        return []
    if ('"' in body or "“" in body or body.startswith("Said")) and _SPEECH.search(body):
        return []  # 'Said Mr Bysshe: "…"': the claim would be someone's words, not the article's
    if n_words < _FEW_WORDS and not _anchored(body, article):
        return []  # "Some people had brought flasks of tea.": naming nothing, so short a claim says nothing
    out: list[Candidate | None] = []
    statement = strip_end(body)
    true = _make(info, article, statement, True, f"True. The article states it: {cited(statement)}", 1.6, 0.1)
    out.append(true)
    plain = outside_quotes(body)
    ranges = _range_ends(body, info.numbers) if info.numbers else ()  # (asked only of a figure below)
    for number in info.numbers:
        if number.bound or plain[number.start:number.end] != body[number.start:number.end]:
            continue
        if body.rfind("(", 0, number.start) > body.rfind(")", 0, number.start):
            continue  # "($9.37bn: £4.8bn)" converts the figure before it: changing it is no fact changed
        if ends_with(_RATIO, body, number.start) or _RATIO_AFTER.match(body, number.end):
            continue  # "nine out of 10": changing one side makes no claim, only nonsense
        if body[number.end:number.end + 2] == " (" or _CONVERTED.match(body, number.end):
            continue  # "£99 (149 euros)": the conversion would still give the figure
        if ends_with(_ARTICLE_BEFORE, body, number.start):
            continue  # 'a 12-year-old' would read 'a 11-year-old'
        if number.start in ranges or number.num in model_numbers(article) or period_or_race(body, number):
            continue  # "between 11% and 15%" for "between 10% and 15%" is narrower, not contradicted
        if ", or " in body and restated(body, number, info.numbers) or follows_by_arithmetic(number, info.numbers):
            continue  # "up $1.21, or 1.8%, at $81.37": the figures beside it say the change is false
        wrong = keep_order(number, info.numbers,
                           number_distractors(number, article.stated, rng, want=4, memo=options_memo(article),
                                              fine=timed(body, number)))[:1]
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
        if attribution.verb not in _SPEECH_VERBS:
            break  # "The North East showed the highest rate": a region shows figures, it says nothing
        # A person for a person, a body for a body: "Ericsson said" for its own chief executive is not false.
        other = next((o for o in pick_speakers(article, speaker, attribution.claim, rng, want=1)
                      if (_kind_of(article, o) == PERSON) == (speaker.kind == PERSON)), None)
        if other is not None:
            new = other if at == 0 else lower_first(other, article.names.proper, article.names.lower_seen)
            # Replace the speaker with any appositive ("X, a local charity, said"): up to the verb.
            verb_at = attribution.clause.find(attribution.verb, len(speaker.text))
            out.append(_false(info, article, body, at, at + verb_at, new, 2.1, 0.6, old=speaker.text, joint=" "))
        break
    own = {year for _, _, year in info.years} if info.years else set()  # (most sentences state no year)
    for start, end, year in info.years:
        if _RANGE_END.search(body, max(0, start - 20), start):
            continue  # "between 1994 and 2000": moving one end makes no claim the source denies
        if ends_with(_BOUND_YEAR, body, start) or plain[start:end] != body[start:end]:
            continue
        wrong = ordered_like(year, sorted(own), year_distractors(year, article.years, own, article.latest_year, rng, want=6))
        if wrong:
            # The nearest wrong year: 'as far away as 2012' made 2002 reads false at a glance.
            nearest = min(wrong, key=lambda text: (abs(int(text) - year), text))
            out.append(_false(info, article, body, start, end, nearest, 1.9, 0.5))
        break
    out.append(_negation(info, article, body, plain))
    made = [c for c in out if c is not None]
    if not _anchored(body, article) or _hypothetical(info, plain):
        # "There will be no centrally maintained list", "Analysts expressed concern at the paring back
        # in profit": with no name and no figure, a claim most often hangs on the article's topic; "People
        # would have to prove …" tells of a plan or a case the article set out before. Such claims come
        # last, where an article has nothing better.
        for candidate in made:  # (made here, so changed in place: dataclasses.replace costs ~10 µs each)
            candidate.score *= UNANCHORED
    return made


def _noun_clause(words: list[str]) -> bool:
    """'… games people can play': the auxiliary's subject follows a plural noun with no 'that' between."""
    if len(words) < 3:
        return False
    before = words[-2]
    return words[-1] in _CLAUSE_NOUNS and before.islower() and len(before) > 3 and before.endswith("s") and \
        not before.endswith("ss") and before not in _CLAUSE_OPENERS and before not in _NOT_NOUNS


def _hypothetical(info: SentenceInfo, plain: str) -> bool:
    """Whether the sentence's first auxiliary is 'would' and no one is said to say so."""
    if "would" not in plain or info.attributions:
        return False
    first = _AUX_VERB.search(plain)
    if first is None or first.group("aux") != "would":
        return False
    # ("Mr Brown confirmed he would not …", "shareholders fear it would …": someone's words, reported)
    return _REPORTING.isdisjoint(W_RUN.findall(plain[:first.start()]))


_REPORTING = _SAYING | frozenset("insist insists feared confirm hoped suggest suggests suggested".split())


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# Words in -ly that are no adverb of manner: a 'not' before them still makes a plain contradiction.
_NOT_MANNER = frozenset("only family supply apply reply rely ally assembly monopoly likely unlikely".split())

# A quantity right after the verb: under an added 'not' it is what is denied, not the verb.
_QUANTITY_WORDS = frozenset("several some many few most all every various numerous much dozens hundreds thousands "
                            "millions both".split())
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


def _main_clause(plain: str, at: int) -> bool:
    """An auxiliary early in the sentence's own clause, not in 'pupils taught in terms they do not know'."""
    before = plain[:at]
    words = WORD.findall(before)
    return len(words) <= 12 and "," not in before and not _folded_word(before, _SUBORDINATE_WORDS, _SUBORDINATE) and \
        not (len(words) > 1 and words[-1].lower() in ("they", "we", "he", "she", "it", "you", "i"))


def _folded_word(text: str, words: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """pattern.search(text), `pattern` being \\b(?:w1|w2|…)\\b under IGNORECASE: on ASCII text, set lookups of
    its lower-case \\w-runs; on other text the regex, since re folds case more widely than str.lower()."""
    if text.isascii():
        return has_word(text.lower(), words)
    return pattern.search(text) is not None


def _contrast(plain: str, runs: list[str]) -> bool:
    """Whether a contrast word or phrase stands in `plain`: the same as one regex search of them all."""
    if not _CONTRAST_WORDS.isdisjoint(runs):
        return True
    return not _CONTRAST_GATE.isdisjoint(runs) and _CONTRAST_PHRASES.search(plain) is not None


def _negative(plain: str, runs: list[str]) -> bool:
    """_NEGATIVE_WORDS.search(plain) or "n't"/"n’t" in plain (`runs`: the \\w-runs of plain)."""
    if "n't" in plain or "n’t" in plain:
        return True
    if not plain.isascii():
        return _NEGATIVE_WORDS.search(plain) is not None
    # The \\w-runs of ASCII text in lower case are those of its lower case.
    if not _NEGATIVE_SET.isdisjoint(map(str.lower, runs)):
        return True
    # fail\\w*, den\\w+, refus\\w+: a run beginning so (and longer than 'den', 'refus'). Looked for where the
    # stem stands, not run by run: 'den' is in many a word ('president'), at the start of few.
    low = plain.lower()
    return _run_starts(low, "fail", 0) or _run_starts(low, "den", 1) or _run_starts(low, "refus", 1)


def _run_starts(text: str, stem: str, more: int) -> bool:
    """Whether a \\w-run of ASCII `text` starts with `stem` and has at least `more` characters after it."""
    at = text.find(stem)
    while at >= 0:
        after = at + len(stem)
        if not (at and _is_word(text[at - 1])) and (not more or after < len(text) and _is_word(text[after])):
            return True
        at = text.find(stem, at + 1)
    return False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _quantified(plain: str, runs: list[str]) -> bool:
    """_QUANTIFIED.match(plain): of ASCII text, a match is its first \\w-run (only white space before it)."""
    if plain.isascii() and not (runs and runs[0].lower() in _QUANTIFIED_WORDS):
        return False
    return _QUANTIFIED.match(plain) is not None


def _negation(info: SentenceInfo, article: Article, body: str, plain: str) -> Candidate | None:
    """'did not confirm any casualties' → 'did confirm casualties'; 'will save' → 'will not save'.

    Every test here but the last leads to no candidate, so the cheap ones go first.
    """
    if "not" in plain and _NOT.search(plain):
        runs = W_RUN.findall(plain)  # one pass, looked up by the tests below instead of a regex search each
        if _contrast(plain, runs) or plain.startswith("One of") or _COUNTED.match(plain):
            return None  # "does not see itself as X, rather as Y": with the 'not' moved it reads wrong
        negated = _NEGATED.search(plain)
        if negated and _main_clause(plain, negated.start()) and len(_NEGATIVE_WORDS.findall(plain)) == 1:
            start, end = negated.span()
            if plain[start:end] != body[start:end]:
                return None  # "would not "…" for": the verb is in the quotation, blanked out of `plain`
            new = f"{negated.group('aux')} {negated.group('verb')}"
            return _false(info, article, body, start, end, new, 1.8, 0.4, words=True)
        return None  # a sentence with a 'not' is _negative(): none of its auxiliaries is negated
    # Only the first auxiliary is ever negated (or none): a later one is in a later clause.
    match = _AUX_VERB.search(plain)
    if match is None:
        return None  # (a fifth of the sentences: no word to negate)
    before = plain[:match.start()]
    aux, verb = match.group("aux", "verb")
    if "," in before or verb in _NOT_VERBS or verb.endswith("ly") or aux in _BE_HAVE and not _PARTICIPLE.match(verb):
        return None
    runs = W_RUN.findall(plain)  # (for a quarter of the sentences only: the tests above spare the rest)
    if _contrast(plain, runs) or plain.startswith("One of"):
        return None  # "will not be out for another year": with a 'not' added it reads wrong
    if _negative(plain, runs) or _quantified(plain, runs) or _COUNTED.match(plain):
        return None  # "all ... are not" reads as "not all": the scope is unclear
    words = WORD.findall(before)
    if len(words) > 12 or _PROPORTION.search(before) or _folded_word(before, _SUBORDINATE_WORDS, _SUBORDINATE):
        return None
    if len(words) > 1 and words[-1].lower() in _CLAUSE_SUBJECTS and words[-2].lower() not in _CLAUSE_OPENERS or \
            not _INDEFINITE.isdisjoint(map(str.lower, words)) or _noun_clause(words):
        return None  # "the games they can play", "avoided suggesting anyone was": the verb of a clause inside
    start, end = match.span()
    if plain[start:end] != body[start:end]:
        return None  # 'would "consider …" for': the verb is in the quotation, blanked out of `plain`
    if any(number.bound and number.start >= end and len(WORD.findall(body, end, number.start)) <= _BOUND_REACH
           for number in info.numbers):
        return None  # "can hold anything up to 10,000 songs": a bound right after the verb turns under 'not'
    if _EVERY_AFTER.search(plain, end):
        return None  # "Jobs were not created in every sector": 'not … every' reads as 'not in all', no contradiction
    if _FIGURE_NEXT.match(plain, end):
        return None  # "was not trading at $51.39", "was not triggered at 2.41 a.m.": a figure that reads made up
    after = _NEXT_WORD.match(plain, end)
    if after and after.group(1).endswith("ly") and after.group(1) not in _NOT_MANNER:
        return None  # "has not increased gradually" says it rose, only not gradually: no contradiction
    if after and after.group(1) in _QUANTITY_WORDS:
        return None  # "has not suffered several earthquakes" reads as "not several": no plain contradiction
    negative = f"cannot {verb}" if aux == "can" else f"{aux} not {verb}"
    return _false(info, article, body, start, end, negative, 1.8, 0.35, words=True)
