"""Pronouns that point back: whether a he, she, it or they has a name before it in its own sentence.

quiz.generate.filters asks this of every sentence (context_problem); the walk over the tokens
lives here, with the word lists it reads.
"""

from __future__ import annotations

import re

from quiz.generate.antecedents import (after_infinitive, after_preposition, many_before, object_it, plural,
                                      subject_then_verb, takes_object)
from quiz.generate.text import OPENERS, PRONOUNS, Words, has_digit, has_word

_ANY_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers|they|it|its|their|them|theirs|i|we|me|us|my|our|you|"
                          r"your)\b", re.IGNORECASE)
# The same test for ASCII text, as set lookups: a match is a whole \w-run that is one of these words.
_ANY_PRONOUN_WORDS = frozenset("he she his her him hers they it its their them theirs i we me us my our you your".split())
HONORIFIC_WORDS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Miss", "Prof"})
_REFERRING = frozenset({"they", "it", "its", "their", "them", "theirs", "i", "we", "me", "us", "my", "our", "you",
                        "your"})
# A capitalised first word that is no name ("The", "Profits" is taken as a subject that may be one).
NOT_SUBJECTS = OPENERS | PRONOUNS | {"the", "a", "an", "this", "that", "these", "those", "there", "in", "on", "at",
                                      "by", "for", "after", "before", "with", "from", "as", "if", "when", "to", "of",
                                      "into", "during",
                                      # "How much it damages …", "What it means …": a question word names nothing
                                      "how", "what", "why", "where", "whether", "which", "who", "whatever",
                                      # "Some are worried it …": a quantifier is no name "it" could refer to
                                      "some", "many", "most", "all", "few", "several", "both", "each", "every",
                                      "any", "no", "other", "others", "more", "much", "one", "none", "almost", "nearly",
                                      "about", "only", "just", "even", "half", "none", "far", "still", "yet", "soon",
                                      "already", "often", "now", "then", "later", "once",
                                      # "Three months later, they …": a count names nothing either
                                      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "dozens", "hundreds", "thousands", "millions",
                                      # "Along with …, they", "Latest figures suggest it": a preposition, an
                                      # adjective or an adverb opening the sentence names nothing 'it' can mean
                                      "along", "among", "amid", "across", "against", "around", "behind", "beyond",
                                      "despite", "following", "under", "over", "through", "throughout", "within",
                                      "without", "like", "unlike", "until", "into", "onto", "upon", "towards",
                                      "latest", "recent", "current", "new", "previous", "last", "next", "early",
                                      "earlier", "official", "total", "overall", "annual", "average", "initial",
                                      "final", "further",
                                      "somehow", "anyway", "ultimately", "eventually", "sometimes", "suddenly",
                                      "clearly", "obviously", "arguably", "apparently", "surely",
                                      # "Should it become a firm offer, …": a verb put first names nothing either
                                      "should", "would", "could", "had", "were", "did", "does", "do", "is", "are",
                                      "was", "can", "might", "must", "has", "have",
                                      # "Since its launch, Microsoft …": a clause's opener, not what 'its' is
                                      "since", "while", "whilst", "although", "though", "because", "unless",
                                      "whether", "until", "so"}
CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December""".split())
_PERSONAL = frozenset({"he", "she", "his", "her", "him", "hers"})
_PLURAL = frozenset({"they", "them", "their", "theirs"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "you", "your", "let's", "let’s"})
# The tokens (lower case) at which the pronoun walk reports, and the pieces (text.Words) they hold.
_TRIGGERS = _FIRST_PERSON | _PERSONAL | _REFERRING
TRIGGER_PIECES = frozenset(_TRIGGERS - {"let's", "let’s"} | {"let"})


def pronoun_problem(tokens: list[str], lows: list[str], names: frozenset[str], people: frozenset[str],
                    text: str = "") -> str | None:
    """A pronoun before any name it could point back to: he/she need a person, it/they any name.

    `lows`: the tokens in lower case; `text`: what they were found in (where known, a title before a name is
    told from a name before a comma: "Speaking at the Commonwealth Club, Charles Kennedy said …").
    """
    seen_name = seen_person = seen_thing = False
    persons = names_seen = last_name = 0
    # Nothing after the last pronoun can be reported.
    for last in range(len(lows) - 1, -1, -1):
        if lows[last] in _TRIGGERS:
            break
    else:
        return None
    # Where every name is capitalised, a word in lower case that is no pronoun changes nothing: it is
    # passed over with one test (cheaper than picking the others out with map() and compress()).
    skip_lower = _all_capitalised(names)
    for index in range(last + 1):
        token, low = tokens[index], lows[index]
        if skip_lower and token == low and low not in _TRIGGERS:
            continue
        bare = token.rstrip("'’s") if token.endswith(("'s", "’s")) else token
        if bare in CALENDAR:
            continue
        if bare in names or token[:1].isupper() and (index > 0 or _may_be_subject_name(token)):
            names_seen += not seen_name or not tokens[index - 1][:1].isupper()  # (a run of capitals is one name)
            seen_name, last_name = True, index
            seen_person = seen_person or bare in people
            # (each run of a person's name words is one person: "Tony Blair and Gordon Brown" are two)
            persons += bare in people and not (index and tokens[index - 1].rstrip("'’s") in people)
            seen_thing = seen_thing or bare not in people and bare not in HONORIFIC_WORDS and \
                not _title_of_person(tokens, index, people, text)
        if len(token) > 1 and token.isupper() and (token in names or index == 0):
            # "US", "IT": an acronym the article writes so elsewhere, or opening the sentence ("US employers
            # added …"), no pronoun (a name, counted above)
            continue
        if low in _FIRST_PERSON and (token.islower() or token == "I" and not (index and tokens[index - 1] in
                                                                              _NUMERAL_BEFORE)):
            return f"'{token}' is someone speaking, and the sentence does not say who"
        if low in ("us",) and not token.islower():
            continue
        if low in _PERSONAL and not seen_person or low in _REFERRING and not seen_name and \
                not (low in _PLURAL and token.islower() and _plural_subject(tokens, lows, index)):
            return f"'{token}' refers to something earlier"
        if low in ("he", "she") and token.islower() and index > 1 and tokens[index - 1] in people and \
                (lows[0] in _SCENE_PREPOSITIONS or lows[0].endswith("ing") and tokens[0][1:].islower()):
            # "Standing next to Tony Blair he added …", "In a letter to Jack Straw, she said …": the one named
            # ends a phrase setting the scene; who speaks after it, an earlier sentence said
            return f"'{token}' refers to someone earlier"
        if low == "her" and token == low and index > 1 and persons == 1 and tokens[index - 2] in people and \
                lows[index - 1].isalpha() and (index + 1 == len(lows) or lows[index + 1] in _AFTER_OBJECT):
            return f"'{token}' refers to someone earlier"  # "Gwen Stefani joined her on-stage": not herself
        if low in ("it", "its") and token.islower() and not seen_thing and people and \
                not (low == "it" and _extraposed(lows, index)):
            return f"'{token}' refers to something earlier"  # "Mr Brown said it was …": it is no person
        if low == "him" and token == low and index > 1 and persons == 1 and names_seen == 1 and \
                tokens[index - 2] in people and lows[index - 1].isalpha():
            return f"'{token}' refers to something earlier"  # "Tony Blair called him a giant": not himself
        if low == "them" and token == low and index > 1 and subject_then_verb(tokens, lows, index):
            return f"'{token}' refers to something earlier"  # "Most companies publish them": not the companies
        if low == "it" and token == low and names_seen == 1 and index and object_it(lows, index, last_name) and \
                (takes_object(lows[index - 1]) or after_preposition(lows, index, last_name) or
                 after_infinitive(lows, index)):
            return f"'{token}' refers to something earlier"  # "eBay stopped supporting it": not eBay itself
        if low in _PLURAL and token.islower() and not seen_thing and persons == 1 and not many_before(tokens, lows, index):
            return f"'{token}' refers to something earlier"  # "Mr Kilroy-Silk said they hoped …": one is no 'they'
    return None


def _title_of_person(tokens: list[str], at: int, people: frozenset[str], text: str) -> bool:
    """Whether the capitalised word at `at` opens a person's title, the capitalised words after it reaching
    their name, two words at least ("Finance Minister Sue Essex said it was …": no thing 'it' could mean;
    not an acronym, as in "BBC Director General Greg Dyke said it would …", where 'it' may be the BBC)."""
    if tokens[at].isupper():
        return False
    run = tokens[at + 1:at + 6]
    for index, token in enumerate(run[:-1]):
        if not token[:1].isupper():
            return False
        if token in people and run[index + 1] in people:
            # (a forename and a surname: "Greenway Ferries", a firm taken for a person, has one word)
            return not text or " ".join(tokens[at:at + index + 3]) in text
    return False


def _extraposed(lows: list[str], at: int) -> bool:
    """Whether the 'it' at `at` stands for a clause after it, no thing named before: "said it would be crass
    to liken …", "found it hard to persuade …", "made it clear that …" (not "said it was likely to close",
    where 'it' is what closes)."""
    after = lows[at + 1:at + 6]
    if not after:
        return False
    start = 0
    if after[0] in _BE:
        start = 1
    elif after[0] in _MODALS and after[1:2] == ["be"] or after[0] in ("has", "had", "have") and after[1:2] == ["been"]:
        start = 2
    elif not (at and lows[at - 1] in _FINDING):
        return False
    # (the 'to' or 'that' one or two words on; or right after 'be', where a quotation blanked the adjective:
    # 'would be "crass and ignorant" to liken')
    for index in range(max(start, 1), min(start + 3, len(after))):
        if after[index] in ("to", "that"):
            # (not "it was to close", "it is likely to close"; but "it is likely that …" stands for what follows)
            return (after[index] == "that" or after[index - 1] not in _RAISING) and after[index - 1] not in _BE_FINITE
    return False


def opens_on_something_earlier(words: list[str]) -> bool:
    """Whether a quotation's first word stands for what it does not name, so that asked apart ("Who said: …?")
    it says nothing a reader can place: 'He was running around …', 'They are not an efficient way …', "It's
    making money at the cost of …", 'This has been a problem …'. Not an 'it' for the clause after it ('It is
    vital that we …', "It's amazing how …"), nor 'This treaty is …', whose noun says what."""
    if not words:
        return False
    head, mark, ending = words[0].replace("’", "'").partition("'")
    first = [head, _CONTRACTED[ending]] if mark and ending in _CONTRACTED else words[:1]  # ("It's", "They'll")
    lows = [word.lower() for word in first + words[1:6]]
    if lows[0] in ("he", "she", "they"):
        return True
    if lows[0] == "it":
        return not clause_it(lows)
    return lows[0] in ("this", "that", "these", "those") and len(lows) > 1 and lows[1] in _VERB_AFTER_DEMONSTRATIVE


def clause_it(lows: list[str]) -> bool:
    """Whether the 'it' opening these words (lower case) stands for the clause after it: 'it is vital that we
    …', "it's amazing how …", 'it would be crass to …'."""
    return _extraposed(lows, 0) or len(lows) > 1 and lows[1] in _BE and any(low in _QUESTION_WORDS for low in lows[2:5])


_CONTRACTED = {"s": "is", "re": "are", "ve": "have", "ll": "will", "d": "would"}
_QUESTION_WORDS = frozenset("how whether why what when if".split())
_VERB_AFTER_DEMONSTRATIVE = frozenset("is was are were has had have may might would will could must should can does "
                                      "did means meant shows showed seems makes made gives".split())


_BE = frozenset("is was are were be".split())
_BE_FINITE = _BE - {"be"}
_MODALS = frozenset("would will could might may should must".split())
_FINDING = frozenset("found find finds make made makes thought think thinks considered consider deemed".split())
# ("it is likely to rain", "it was set to close": the 'it' before these does the thing after 'to')
_RAISING = frozenset("""likely unlikely set due expected going about able unable planning ready willing sure certain
    bound poised trying hoping preparing keen eager intending supposed meant""".split())


def _plural_subject(tokens: list[str], lows: list[str], at: int) -> bool:
    """Whether a plural in lower case among the sentence's first words may be what the 'they' or 'their' at `at`
    means: "More than 14,000 people were told to leave their homes", "Ferry operators said they …" (not after a
    preposition: "In both cases, their shares fell"; not a time: "Six months later, they")."""
    if lows[0] in _OPENING_PREPOSITIONS or lows[0].endswith("ing"):
        return False  # (nor after a participle: "Realising that sailors like speed, they have added …")
    return any(low == token and low not in _TIMES and plural(low) for token, low in zip(tokens[:min(at, 5)], lows))


# Words after an object 'her' (not a possessive one, "her own range"): "joined her on-stage", "told her that …".
_AFTER_OBJECT = frozenset("""on in at to for with as from into onto off out up down back away over about after before by
    during since that and but or on-stage onstage again too also home there here""".split())
_SCENE_PREPOSITIONS = frozenset("in at with after before during beside alongside along together next for to".split())
_OPENING_PREPOSITIONS = frozenset("in for with along after before during despite among of on at by from under over "
                                  "through since as while when although though if unlike like amid".split())
_TIMES = frozenset("months years weeks days hours minutes decades times cases terms".split())


def _all_capitalised(names: frozenset[str]) -> bool:
    """Whether every name opens with a capital. An article's names are asked about for each sentence: the
    answer for the names asked about last is kept (a test of identity is cheaper than lru_cache's key; one
    tuple, read once, so that threads cannot mix two answers)."""
    global _LAST_NAMES
    last = _LAST_NAMES
    if names is not last[0]:
        last = _LAST_NAMES = names, all(name[:1].isupper() for name in names)
    return last[1]


_LAST_NAMES: tuple[frozenset[str] | None, bool] = (None, True)
# "a Grade I listed church", "World War I", "Elizabeth I": a numeral, no one speaking.
_NUMERAL_BEFORE = frozenset("Grade Class Type War Phase Part Category Stage Level Tier Division Schedule Article "
                            "Chapter Title Book Volume Act Section Round Series Formula Henry Edward Elizabeth "
                            "Charles James George William Richard Mary Louis John Paul Pius Leo".split())


def has_pronoun(plain: str, found: Words) -> bool:
    """_ANY_PRONOUN.search(plain), without trying ~20 words at every position of an ASCII text."""
    if not plain.isascii():
        return _ANY_PRONOUN.search(plain) is not None  # re's case folding is wider than lower()
    if "_" not in plain and not has_digit(plain):
        # Where the only word characters are letters, the \w-runs are the runs of letters: the pieces.
        return not found.pieces.isdisjoint(_ANY_PRONOUN_WORDS)
    return has_word(plain.lower(), _ANY_PRONOUN_WORDS)


def _may_be_subject_name(token: str) -> bool:
    """A capitalised first word that may name something 'it' or 'they' can mean.

    Not an opener, and not a plural noun or participle ("Analysts expect its …", "Realising that …, they").
    """
    return token.lower() not in NOT_SUBJECTS and not (token.endswith(("s", "ing")) and token[1:].islower()) and \
        not (len(token) > 5 and token.endswith("ed") and token[1:].islower()) and \
        not (len(token) > 8 and token.endswith("ly") and token[1:].islower())
    # ("Pitched at 300p, it …", "Originally scheduled for 26 laps, it was restarted": no name; not "Connolly")
