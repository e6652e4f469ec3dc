"""What a pronoun may point back to inside its own sentence, for the pronoun walk of quiz.generate.filters.

'They' after one person, 'them' after the subject of its own verb, 'it' as the object after one name: none
of these can be the words before them, so the pronoun points to something an earlier sentence told.
"""

from __future__ import annotations


def subject_then_verb(tokens: list[str], lows: list[str], at: int) -> bool:
    """Whether the only plural before the 'them' at `at` is the subject of the verb right before it."""
    verb, subject = lows[at - 1], lows[at - 2]
    # ('fees wins them': a verb in -s has no plural subject)
    return verb == tokens[at - 1] and verb not in _NOT_VERB_BEFORE_THEM and not verb.endswith("s") and \
        plural(subject) and not many_before(tokens, lows, at - 2)


def plural(low: str) -> bool:
    """Whether a word in lower case may be a plural or a group ('ministers', 'family')."""
    return low in _GROUPS or len(low) > 3 and low.endswith("s") and low not in _NOT_PLURALS


# (a word that joins or leads a phrase is no verb: 'tickets and them', 'shares of them')
_NOT_VERB_BEFORE_THEM = frozenset("and or but of for to with from by in on at about than as like among all both "
                                  "each some many most none between into onto over under against without within "
                                  "behind across through upon after before around towards".split())


def object_it(lows: list[str], at: int, name_at: int) -> bool:
    """Whether the 'it' at `at` is an object that cannot be the name before it: no 'a', 'the' between them
    ('offering a service … offering it'), and no verb after it ('launched it has faced': a subject)."""
    between = lows[name_at + 1:at]
    after = lows[at + 1] if at + 1 < len(lows) else ""
    return not any(word in ("a", "an", "the") for word in between) and after not in _VERB_AFTER_IT


def after_preposition(lows: list[str], at: int, name_at: int) -> bool:
    """Whether the 'it' at `at` follows a preposition in a sentence whose one name is its subject, at its start
    ('The Tories say they will vote against it'): not where a name said something of a subject of its own
    ('The MPAA said files would be passed on to it': it may be the MPAA)."""
    if at < 1 or lows[at - 1] not in _PREPOSITIONS or name_at > 2:
        return False
    saying = next((i for i in range(name_at + 1, at) if lows[i] in _SAYING), None)
    return saying is None or lows[saying + 1] in ("they", "he", "she", "we")


_PREPOSITIONS = frozenset("against about for with to on of into from over behind without towards".split())
_SAYING = frozenset("say says said added argued claimed insisted warned told believes believe".split())


# ('it has', 'it seems': 'it' is a subject there, often of nothing: 'hearing it seems unlikely')
_VERB_AFTER_IT = frozenset("is was has had have will would may might can could should must seems seemed appears "
                           "emerged remains became does did".split())


def takes_object(low: str) -> bool:
    """Whether 'it' after this word is its object: after a verb in -ing or -ed ('stopped supporting it')."""
    return len(low) > 4 and low.endswith(("ing", "ed")) and low not in _NOT_OBJECT_VERBS


def after_infinitive(lows: list[str], at: int) -> bool:
    """Whether the 'it' at `at` is the object of a verb after 'to' ('Icann has been reluctant to approve it'):
    the one name before, the subject, is no 'it' of its own verb (that would be 'itself')."""
    return at > 1 and lows[at - 2] == "to" and lows[at - 1].isalpha() and lows[at - 1] not in _NOT_OBJECT_VERBS \
        and lows[at - 1] not in _SAYING and lows[at - 1] not in _NOT_AFTER_TO


# (a 'to' before a noun, a number or a word that takes a clause: 'to date it', 'to say it was', 'to find it hard')
_NOT_AFTER_TO = frozenset("date say tell find make see believe think expect keep let leave get have take call "
                          "consider".split())


# ('… said it', 'believed it', 'warned it': it may be the speaker; 'expected it to': the subject of what follows)
_NOT_OBJECT_VERBS = frozenset("said added warned believed claimed insisted stated noted argued explained expected "
                              "reported announced confirmed feared hoped thought admitted estimated suggested "
                              "making seeing finding believing saying".split())


def many_before(tokens: list[str], lows: list[str], end: int) -> bool:
    """Whether a word before `end` may be what 'they' means: a plural or a group ('ministers', 'his family');
    a word in lower case, as a name is none ('Ms Wells')."""
    return any(low == token and plural(low) for token, low in zip(tokens[:end], lows[:end]))


# ('they' may be a group as well as a plural; these end in 's' and are none.)
_GROUPS = frozenset("people men women children family government party company firm team group police staff public "
                    "couple pair board council committee".split())
_NOT_PLURALS = frozenset("this thus plus less unless across always perhaps whereas was has his its does is us yes "
                         "news series species".split())
