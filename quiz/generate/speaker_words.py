"""The words of a phrase said to speak (quiz.generate.attribution): whether it opens with a clause of its own,
whether it is a noun phrase at all, and the name inside a description of what it names."""

from __future__ import annotations

# Words of a clause, not of a name or a noun phrase.
_VERBISH = frozenset(
    """is are was were be been being has have had do does did not no will would can could may might must
    should there it this that which who what when if because as than said says told also making made""".split()
)
# Words that open a clause of its own ("while some observers said": a clause cut in the wrong place).
SUBORDINATORS = frozenset(
    "while whilst although though as if when because since after before unless until whereas once".split())


_JOINING = frozenset("of the a an for in on at to from by with de du van von and & its his her their".split())
_CLAUSE_MARKS = frozenset("now also still then already has had is was".split())


def speaker_after_clause(phrase: str, tokens: list[str], lower: list[str]) -> str | None:
    """The speaker at the end of a phrase that opens with a clause of its own, or None: 'The figures come
    after the Bank of England', 'Rosneft now owns Yugansk and Russia' (not 'Munich Re and Swiss Re')."""
    if len(lower) < 3 or SUBORDINATORS.isdisjoint(lower) and "and" not in lower:
        return None  # (most speakers: "Mr Smith", "the firm's chief executive")
    cut = max((at for at, low in enumerate(lower[1:-1], 1) if low in SUBORDINATORS), default=None)
    if cut is None and "and" in lower[2:-1]:
        at = len(lower) - 1 - lower[::-1].index("and")
        named = next((i for i, token in enumerate(tokens[:at]) if token[:1].isupper()), at)
        # A verb after the first name ('now owns'): an adverb of time or a word in -s that joins no names
        if any(token in _CLAUSE_MARKS or token.islower() and token.endswith("s") and not token.endswith("ss") and
               token not in _JOINING for token in tokens[named + 1:at]):
            cut = at
    if cut is None:
        return None
    words = phrase.split()
    # (WORD tokens and the words split on white space line up where the phrase is plain words)
    return " ".join(words[cut + 1:]) if len(words) == len(tokens) else None


def not_a_noun_phrase(tokens: list[str]) -> bool:
    """'There are also other pressures making banks turn' is a clause, not who said it."""
    if len(tokens) > 9:
        return True
    for index, token in enumerate(tokens):
        low = token.lower()
        if low in _VERBISH and not _in_a_name(tokens, index) or \
                (token.islower() and "-" not in token and low.endswith(("ing", "ed")) and len(low) > 5):
            return True
    return False


def _in_a_name(tokens: list[str], index: int) -> bool:
    """A capitalised word inside a name ('Theresa May', 'Mrs May', 'Will Hutton'), not the verb it spells:
    after the first word, or first before another capitalised word ('There are' is a clause)."""
    return tokens[index][:1].isupper() and (index > 0 or index + 1 < len(tokens) and tokens[1][:1].isupper())


# A count or a quantity opening a speaker: "One Japanese executive", "Several analysts": no one named.
UNNAMED_COUNT = frozenset("one two three four five six seven eight nine ten another some several".split())


def without_descriptor(tokens: list[str]) -> str | None:
    """'research group SemiAnalysis', 'consultancy Cornwall Insight': the name, without the words in lower case
    that say what it is (a choice beside bare names); None where those words are no such description."""
    at = 0
    if tokens[0] in ("the", "a", "an"):
        return None  # ("the Financial Times": the name's own 'The')
    while at < len(tokens) and tokens[at].islower():
        if tokens[at] in _NO_DESCRIPTOR:
            return None  # ("officials in Washington": people, no name of theirs)
        at += 1
    return " ".join(tokens[at:]) if 0 < at <= 3 and at < len(tokens) and \
        all(token[:1].isupper() for token in tokens[at:]) else None


_NO_DESCRIPTOR = frozenset("in at of for from with and or to by on".split())
