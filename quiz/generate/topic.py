"""Whether the article's title says what a sentence's 'the firm', 'the deal', 'the Bank' means.

Every question on what the article states names its title ('according to the article “EU split over China
arms ban”'), which tells what "the embargo" is. It does not tell which of two bodies, people or deals the
article named: these tests say where it does.
"""

from __future__ import annotations

import re

from quiz.generate.analysis import Article
from quiz.generate.name_words import NATIONALITIES, PLACES
from quiz.generate.pronouns import CALENDAR, HONORIFIC_WORDS
from quiz.generate.reference import definite_reference
from quiz.generate.text import TITLE_HEADS, has_phrase, outside_quotes

# 'the Labs', 'the Commission': one capitalised word, the rest of a name cut off; the word is what
# the sentence speaks of (before a verb, an owner's 's or a stop), not a modifier ('the Labour stronghold').
_THE_NAME = re.compile(r"\b[Tt]he ([A-Z][a-z]{2,})(?:['’]s\b|(?=[,.;:)]|$| (?:(?:also|now|still|already|only|then) )?"
                       r"(?:is|was|are|were|has|had|have|said|says|will|would|may|might|could|can|should|must|did|does|"
                       r"do|applies|apply|requires|require|means|allows|gives|sets|makes|covers|comes|goes|takes|"
                       r"came|went|took)\b))")


def unnamed_short_name(article: Article, n: int) -> str | None:
    """A name sentence `n` (from 1) cuts short that the title does not hold: "The Bank said …" after "the Bank of
    England", under "Economy 'stronger than forecast'" (which bank, only the article tells); or None."""
    body = article.sentences[n - 1].body
    if "he " not in body:  # ("the " or "The ")
        return None
    title = (article.title or "").lower()
    for match in _THE_NAME.finditer(body):
        if not has_phrase(title, match[1].lower()) and _short_for_earlier_name(article, match[1], n):
            return match.group().split("'")[0].split("’")[0]
    return None


def _short_for_earlier_name(article: Article, word: str, n: int) -> bool:
    """Whether a sentence before sentence `n` used the word inside a longer name ('Media Labs Europe',
    'the European Commission', 'the Court of Appeal', 'the Committee to Protect Bloggers'): 'the Labs' is that
    name cut short."""
    longer = re.compile(rf"\b(?!The )[A-Z][\w&-]* {word}\b|\b{word} (?:(?:of|to|for|on|in) )?[A-Z]")
    return any(word in info.body and longer.search(info.body) for info in article.sentences[:n - 1])


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


_REFERENCE = re.compile(r"'(.+)' refers to something named earlier")
# How far back a 'the firm' may reach for what it means: past that, the article's subject is all it can be.
_REACH = 3


def _head_noun(reference: str) -> str:
    """'the charity's' → 'charity': a reference's last word, lower case, without an owner's 's."""
    return reference.split()[-1].lower().removesuffix("'s").removesuffix("’s").rstrip("'’")


def title_names_reference(article: Article, problem: str | None) -> bool:
    """Whether a context problem is only a 'the …' whose noun the title holds: 'the referendum question' under
    "EU referendum question unveiled"."""
    reference = _REFERENCE.match(problem or "")
    if reference is None:
        return False
    return has_phrase((article.title or "").lower(), _singular(_head_noun(reference.group(1))))


def title_settles(article: Article, n: int, strict: bool = False) -> bool:
    """Whether the title can say what sentence `n`'s 'the firm', 'the charity's', 'the right-hander' means.
    For a 'the' before a noun that stands for a name, a firm's or a person's, the nearest sentence before
    that names anything names only what the title names ('Ledgerly raises $40m' over "Ledgerly … . The
    firm's revenue …"); "The RNLI warned … . The charity's lifeguards …" under "Amber heat warning issued …"
    means a charity the title does not name. ('The deal', 'the report': the title tells what the article is
    about, and so which; `strict`: not so, only where the title holds the noun or names the firm or person.)"""
    info = article.sentences[n - 1]
    if strict and not _may_settle(article, info.context):
        return False  # (most: the noun it leans on neither in the title nor a firm's or a person's)
    # (what the sentence was found to lean on, 'the game', and its first 'the …' a name does not follow, 'the
    # right-hander': "The right-hander, who entered the game …"; their last words)
    plain = outside_quotes(info.body)
    references = [_REFERENCE.match(info.context or ""), definite_reference(plain, info.body)]
    references = [r.group(1) if isinstance(r, re.Match) else r for r in references if r]
    nouns = {_head_noun(reference) for reference in references}
    # ('the Get On scheme' says which scheme, its name; 'the same period' is one the sentence tells, or no
    # question is asked of it: see quiz.generate._same_period_before)
    named = {_head_noun(reference) for reference in references
             if any(word[:1].isupper() or word == "same" and _head_noun(reference) in _TIMES
                    for word in reference.split()[1:-1])}
    title_words = (article.title or "").lower()
    # ("the same image" points back as "the remaining" does; "the same period" is told by its sentence or asked of
    # nothing: see quiz.generate._same_period_before)
    named_words = {word for reference in references for word, heads in _SET_PHRASES.items()
                   if not heads.isdisjoint(reference.split())}
    if any(has_phrase(title_words, _singular(noun)) for noun in nouns):
        return True  # "the hospital" under "Hospital suspends 'no Welsh' plan"
    pointing = any(word in _POINTING and word not in named_words for reference in references
                   for word in reference.split()[1:-1])
    if pointing or not nouns.isdisjoint(_POINTING) or not nouns.isdisjoint(_GROUPS) or \
            any(_singular(noun) in _ONE_EVENT and noun not in named and not _says_which(info.body, noun)
                for noun in nouns):
        return False  # "The remaining £1.15m", "the decision" the title does not name: which, only the article tells
    # (an age stands for a person too: "The 34-year-old from Swansea has now reached …")
    person = not nouns.isdisjoint(_PERSON_NOUNS) or not nouns.isdisjoint(TITLE_HEADS) or \
        any(noun.endswith("-year-old") for noun in nouns)
    if not person and nouns.isdisjoint(_BODY_NOUNS) and not any(noun.endswith("maker") for noun in nouns):
        return not strict
    title = {word.removesuffix("'s").removesuffix("’s") for word in _NAME_WORD.findall(article.title or "")}
    # ('the US firm', 'the German-US carmaker', 'the Netherlands-based company': where it is from, which tells one
    # firm from another the article named; not 'the Lagardere group', which names it)
    qualified = any(part in _COUNTRY_WORDS or part == "based" for reference in references
                    for word in reference.split()[1:-1] for part in word.split("-"))
    for before in reversed(article.sentences[max(0, n - 1 - _REACH):n - 1]):
        named = _names_in(before.body, article)
        if not named:
            continue
        if qualified and any(word not in title and word not in PLACES and word not in NATIONALITIES for word in named):
            return False  # "Fiat … its alliance with General Motors. The US firm agreed …" under "Fiat mulls …"
        if person and any(word in article.names.surnames and word not in title for word in named):
            return False  # "Lindqvist … . The right-hander threw …" under "Harlan homers twice …"
        # (a place both name is no firm: "… in parts of England" under a warning for England)
        return named <= title or any(word not in PLACES and word not in NATIONALITIES for word in named & title)
    return True


def _may_settle(article: Article, context: str | None) -> bool:
    """Whether the title may settle, strictly, the 'the …' the sentence was found to lean on: the title holds
    its noun, or the noun stands for a firm or a person."""
    reference = _REFERENCE.match(context or "")
    if reference is None:
        return False
    noun = _head_noun(reference.group(1))
    return has_phrase((article.title or "").lower(), _singular(noun)) or noun in _BODY_NOUNS or \
        noun in _PERSON_NOUNS or noun in TITLE_HEADS or noun.endswith(("maker", "-year-old"))


_COUNTRY_WORDS = NATIONALITIES | PLACES | frozenset("US UK EU Netherlands Swiss".split())
# Nouns that stand for a body or a person named before (a title's head, "the minister", is one too).
_BODY_NOUNS = frozenset("""firm company group charity bank carrier airline retailer giant club team side body
    agency organisation organization business chain operator lender insurer publisher newspaper magazine journal
    paper broadcaster channel station website network party
    union council ministry department regulator watchdog supermarket trust fund foundation society institute
    commission association federation college university hospital school committee board authority hosts""".split())
_TIMES = frozenset({"period", "quarter"})
# A pointing word in a set phrase that points nowhere: "the same month in 2004", "the other end of the scale".
_SET_PHRASES = {"same": frozenset("period quarter month year week day time season".split()),
                "other": frozenset("end hand side".split())}
# Nouns for one thing someone decided or said (or a time told of), which a 'the' points back to unless the title names it too, or
# words after it say which ("the decision to keep rates on hold").
_ONE_EVENT = frozenset("""decision claim ruling verdict judgement judgment remark allegation deal pact agreement accord
    treaty contract unit report study survey money sum move step bid offer proposal stance approach strategy tactic
    tactics policy plan scheme crackdown initiative rise fall increase decline drop cut jump slump surge
    show meeting summit conference fair exhibition festival ceremony event hearing trial match visit tour""".split()) | \
    _TIMES  # ('Output in the period grew 0.1%')


def _says_which(body: str, noun: str) -> bool:
    """Whether words after the noun say which one: 'the decision to keep rates on hold', 'the survey carried
    out by ICM'."""
    words = body.split()
    return any(word.rstrip(",.;:") == noun and (after in _WHICH or after.endswith("ed") and then in _WHICH_DONE)
               for word, after, then in zip(words, words[1:], words[2:] + [""]))


_WHICH = frozenset("to of by that on over against in".split())
# ('the survey carried out by ICM', 'the deal signed with IBM', 'the report published on Monday')
_WHICH_DONE = frozenset("by with out on in between".split())
# Words in a 'the …' that point back whatever follows: "the remaining", "the latter".
_POINTING = frozenset("remaining rest balance latter former other same".split())
# People told of together: which ones, a title naming one of them (or none) does not say ("The pair quarrelled"
# under "Profile: Jim Orr"), only one holding the noun ("Labour trio 'had vote-rig factory'").
_GROUPS = frozenset("pair duo trio couple quartet".split())
_PERSON_NOUNS = frozenset("""player man woman boy girl pitcher right-hander left-hander batsman bowler champion boxer
    rider star veteran teenager youngster victim suspect defendant""".split())
_NAME_WORD = re.compile(r"[A-Z][\w'’&-]*")


def _names_in(body: str, article: Article) -> set[str]:
    """The capitalised words of a sentence that may be names: past its first word (unless the article writes
    that one with a capital mid-sentence too), no month, day or 'Mr'."""
    found = set()
    for match in _NAME_WORD.finditer(body):
        word = match.group()
        word = word[:-2] if word.endswith(("'s", "’s")) else word
        if word in CALENDAR or word in HONORIFIC_WORDS or word == "I" or \
                match.start() == len(body) - len(body.lstrip()) and word not in article.names.proper:
            continue
        found.add(word)
    return found
