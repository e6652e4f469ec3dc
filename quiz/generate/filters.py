"""Which sentences (and which parts of them) can carry a question on their own.

Each check returns a reason a person can read in `quiz generate --verbose`,
or None when the text passes.
"""

from __future__ import annotations

import datetime as dt
import re

from quiz.generate.reference import definite_reference
from quiz.generate.text import (
    ANAPHORIC_NOUNS,
    OPENER_PHRASES,
    OPENERS,
    PRONOUNS,
    RELATIVE_TIME,
    RELATIVE_WORDS,
    WORD,
    Gated,
    has_word,
    outside_quotes,
    quote_balanced,
)

MIN_WORDS = 5
MAX_WORDS = 55
_TERMINAL = re.compile(r"[.!]['’\"”)]*\s*$")
_LIST_MARK = re.compile(r"^\s*(?:[-–—•*·]|\d+[.)])\s")
# (T(?<!\wT)he is \bThe written letter first, so that re skips ahead to a T, t, B or b. Same matches.)
_THE_NOUN = re.compile(r"(?:T(?<!\wT)he|t(?<!\wt)he|B(?<!\wB)oth|b(?<!\wb)oth)\s+(?:(?:two|three|four|five|both|latter|former|same|new|latest)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][a-z-]+)(?:['’]s)?\b(?!\s+(?:of|for|in|at|on|from|behind|called|named|known)\b)(?!,\s+[A-Z])")
_DEMONSTRATIVE_NOUN = Gated(re.compile(r"\b(?:this|these|those|such|another)\s+(?!month|week|year|morning|afternoon|evening|weekend|summer|winter|spring|autumn|season|quarter|time)[a-z]", re.IGNORECASE),
                            ("this", "these", "those", "such", "another"))
# "The SUVs will be built …": things named before, written as a plural acronym
_THE_ACRONYMS = re.compile(r"\s*The\s+[A-Z]{2,}s\b")
_THE_GROUP = Gated(re.compile(r"\b[Tt]he\s+(?:MPs|MSPs|MEPs|peers|Lords)\b"), ("MPs", "MSPs", "MEPs", "peers", "Lords"))
_TRANSITIONS = re.compile(r"^\s*(?:" + "|".join(re.escape(p) for p in OPENER_PHRASES) + r")\b", re.IGNORECASE)
# The first words of those phrases: a sentence opening with none of them is not matched against ~45 phrases.
_TRANSITION_FIRSTS = tuple(sorted({p.split()[0] for p in OPENER_PHRASES}))
# "Unfortunately, it is…", "Sadly, the outpouring…": a comment on what came before.
_ADVERB_OPENER = re.compile(r"^\s*[A-Z][a-z]+ly\b,")
_HOWEVER = re.compile(r"\b(?:meanwhile|nevertheless|nonetheless|though|too|instead|likewise|similarly)\b[,.]"
                      r"|\b(?:was|were|is|are)\s+(?:more|less)\s+(?:divided|common|likely|popular)\b"
                      r"|\bfollow(?:s|ed|ing)?\s+suit\b"
                      r"|\bthough\s+and\b"
                      r"|\bequally\s+(?=[a-z]+\s+(?:to|as)\b)"
                      r"|\bhowever\b(?!\s+(?:much|many|few|little|long|hard|good|bad|big|small|large|far|often|well))",
                      re.IGNORECASE)
_HOWEVER = Gated(_HOWEVER, ("meanwhile", "nevertheless", "nonetheless", "though", "too", "instead", "likewise",
                            "similarly", "more", "less", "suit", "equally", "however"))
# "on that Wednesday", "create one for him": a time or a thing given before
_THAT_TIME = re.compile(r"\bthat\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|week|month|year|"
                        r"morning|afternoon|evening|night|time|weekend)\b")
_THAT_TIME = Gated(_THAT_TIME, ("that",))
_ONE = re.compile(r"(?<!\bno )(?<!\bnumber )(?<!\bthe )(?<!\bthis )(?<!\bthat )\bone(?=\s+(?:for|from|with|too)\b|[.,;]|$)")
# "… Crime Unit (NHTCU) A survey conducted …": the source lost a full stop
# ")·A·s" or "s·The·s" (· white space). Written from the space, the character before it looked back at,
# so that re skips from space to space instead of trying each position; only whether it matches is used.
_RUN_TOGETHER = re.compile(r"\s(?:(?<=\)\s)(?:A|The|It|This|In)|(?<=[a-z]\s)(?:The|It|This))\s[a-z]")
# "sold there", "get there": a place named before; "admits this.": a thing said before
_THERE_PLACE = Gated(re.compile(r"\b(?:sold|made|based|live|lives|living|work|works|working|go|goes|went|get|got|"
                                r"used|stay|stayed|built|held)\s+there\b"), ("there",))
_THIS_AT_END = re.compile(r"\b(?:this|that|these|those)\s*[.!]?\s*$")
_DEMONSTRATIVE_QUOTE = Gated(re.compile(r"\b(?:this|these|those|such)\s+[“\"]", re.IGNORECASE), ('"', "“"))
_ALSO_OTHER = re.compile(r"\balso\s+other\b|\b[Aa]\s+similar\b|\bsimilar\s+(?:rises|falls|moves|cases|plans|steps)\b|\ball\s+(?:two|three|four|five|six|seven|eight|nine|ten)"
                         r"(?=\s+(?:were|are|have|had|will|would|could|of|said|say)\b|[,.])")
_ALSO_OTHER = Gated(_ALSO_OTHER, ("also", "similar", "all"))
_TO_BE = re.compile(r"\bto\s+(?:be\s+)?\w+")
_FINITE = frozenset(
    """is are was were am has have had do does did will would can could may might must should shall
    said told made took went came got gave saw found left became began kept held brought thought bought sold won
    lost paid put set cut hit fell rose grew led met ran sent spent built felt knew meant showed shown stood
    understood sought struck wrote broke chose drove ate fought hung laid lay lent let read rode rang sank sat
    shot shut sang slept slid spoke spun stuck swore swam swung taught tore threw woke wore wound""".split())
_NOUN_BEFORE = frozenset("the a an of in on at for to from with by and or its their his her our this these those "
                         "some many several all both few more most other such".split())
# "Mr X said that worked out at £143,000": 'that' is the subject, pointing back
_THAT_SUBJECT = re.compile(r"(?:\b(?:said|says|added|argued|claimed|insisted|warned|told\s+\w+)|,)\s+that\s+"
                           r"(?:is|was|would|will|could|has|had|means|meant|[a-z]+ed)\b")
_THAT_SUBJECT = Gated(_THAT_SUBJECT, ("that",))
_ANY_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers|they|it|its|their|them|theirs|i|we|me|us|my|our|you|"
                          r"your)\b", re.IGNORECASE)
# The same test for ASCII text, as set lookups: a match is a whole \w-run that is one of these words.
_ANY_PRONOUN_WORDS = frozenset("he she his her him hers they it its their them theirs i we me us my our you your".split())
# "to counter that accusation", "for that reason": after a verb or preposition, 'that' points back
_THAT_NOUN = re.compile(r"(?:\b(?:counter|deny|denied|reject|rejected|dismiss|dismissed|with|of|on|about|to|for|"
                        r"by|from|in|at|against|despite)|,)\s+that(?:[.,;]|\s+[a-z]+(?:[.,;]|$|\s+(?:of|in|on|was|is|"
                        r"will|would|had|has|and|but)\b))")
_THAT_NOUN = Gated(_THAT_NOUN, ("that",))
# "Iraq, they insisted, would …": a pronoun saying something is someone named before
_PRONOUN_SAYS = re.compile(r"(?:^|,\s*)(?:they|he|she|we|it)\s+(?:said|say|says|insisted|insist|argued|argue|claimed|"
                           r"claim|added|warned|believe|believed|insists|noted|notes|explained|stressed|reported)\b")
_PRONOUN_SAYS = Gated(_PRONOUN_SAYS, ("said", "say", "insist", "argue", "claim", "added", "warned", "believe", "note",
                                      "explained", "stressed", "reported"))
_RELATIVE = Gated(RELATIVE_TIME, RELATIVE_WORDS)
_HONORIFIC_WORDS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Miss", "Prof"})
# "Inside that small box …", "Within this, …", "For these reasons …": a preposition then a demonstrative
# opening the sentence points back (a time of its own, "In this year's budget", is relative time instead).
_PREPOSITION_DEMONSTRATIVE = re.compile(
    r"\s*(?:in|at|on|inside|within|under|from|by|with|for|during|after|before|since|until|outside|behind|beyond|"
    r"despite|against|among|amid|beside|besides|unlike|like|through|throughout|over|into|of|to|without|given)\s+"
    r"(?:this|that|these|those)\b(?!\s+(?:month|week|year|morning|afternoon|evening|weekend|summer|winter|spring|"
    r"autumn|season|quarter|time)\b)", re.IGNORECASE)
# Words after which 'then' is no step in a story told before: "and then", "by then president", "the then chief".
_THEN_AFTER = _NOUN_BEFORE | {"and", "or", "but", "since", "until", "till", "even", "back", "only", "just", "which",
                              "who", "that", "than", "now", "there", "if", "when", "once", "where", "unless"}
_CLAUSE_WORDS = frozenset({"and", "or", "but", "which", "who", "that", "when", "if", "before", "after", "until",
                           "where", "while", "because", "once"})
_CONDITIONS = frozenset({"if", "when", "once", "where", "unless", "as", "should", "whenever", "provided"})
# "About two billion are shipped every year": a figure standing for things named before
_COUNT_SUBJECT = re.compile(
    r"\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|only|just|roughly)\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds|thousands|millions|dozens)(?:\s+(?:hundred|thousand|million|billion|trillion|m|bn))?\s+"
    r"(?:are|were|is|was|have|had|will|would|can|could|did|do)\b", re.IGNORECASE)
# A measure or a proceeding that opens a sentence on its own is someone's named before: "Sales climbed …",
# "Talks are continuing …" ("Sales of ferries rose" and "Profits at Tesco fell" say whose).
_MEASURES = frozenset("""sales profits profit revenues revenue earnings turnover shares costs imports exports prices
    rates talks bids flights firms things losses margins volumes deliveries orders bookings""".split())
_OWNER_WORDS = frozenset("of at in for from on by to across among with".split())
_COMPOUND_HEADS = frozenset("growth levels figures data volumes rises falls forecasts warnings".split())
_IT_IS_TO = re.compile(r"\s*It\s+(?:is|was)\s+\w+\s+(?:to|that)\b")
_REFERRING = frozenset({"they", "it", "its", "their", "them", "theirs", "i", "we", "me", "us", "my", "our", "you",
                        "your"})
# A capitalised first word that is no name ("The", "Profits" is taken as a subject that may be one).
_NOT_SUBJECTS = OPENERS | PRONOUNS | {"the", "a", "an", "this", "that", "these", "those", "there", "in", "on", "at",
                                      "by", "for", "after", "before", "with", "from", "as", "if", "when",
                                      # "Some are worried it …": a quantifier is no name "it" could refer to
                                      "some", "many", "most", "all", "few", "several", "both", "each", "every",
                                      "any", "no", "other", "others", "more", "much", "one", "none", "almost", "nearly",
                                      "about", "only", "just", "even", "half", "none", "far", "still", "yet", "soon",
                                      "already", "often", "now", "then", "later", "once",
                                      # "Along with …, they", "Latest figures suggest it": a preposition or an
                                      # adjective opening the sentence names nothing for 'it' to mean
                                      "along", "among", "amid", "across", "against", "around", "behind", "beyond",
                                      "despite", "following", "under", "over", "through", "throughout", "within",
                                      "without", "like", "unlike", "until", "into", "onto", "upon", "towards",
                                      "latest", "recent", "current", "new", "previous", "last", "next", "early",
                                      "earlier", "official", "total", "overall", "annual", "average", "initial",
                                      "final", "further",
                                      "somehow", "anyway", "ultimately", "eventually", "sometimes", "suddenly",
                                      "clearly", "obviously", "arguably", "apparently", "surely"}
_CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December""".split())
_PERSONAL = frozenset({"he", "she", "his", "her", "him", "hers"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "you", "your", "let's", "let’s"})


def sentence_problem(text: str, words: list[str] | None = None) -> str | None:
    """A reason the sentence cannot carry any question, or None (`words`: WORD.findall(text), if known)."""
    body = text.strip()
    n_words = len(words if words is not None else WORD.findall(body))
    if body.endswith("?") or body.rstrip("”\"’' ").endswith("?"):
        return "a question, not a statement"
    if body.rstrip("”\"’' ").endswith("!"):
        return "an exclamation, not a statement of fact"
    if _LIST_MARK.match(body):
        return "a list item"
    if not _TERMINAL.search(body):
        return "a heading or fragment (no full stop)"
    if n_words < MIN_WORDS:
        return f"a fragment ({n_words} words)"
    if n_words > MAX_WORDS:
        return f"a run-on ({n_words} words)"
    if not quote_balanced(body):
        return "part of a quotation that spans sentences"
    if not has_verb(outside_quotes(body)):
        return "a fragment (no verb)"
    if _RUN_TOGETHER.search(body):
        return "two sentences run together (a full stop is missing)"
    return None


def has_verb(text: str) -> bool:
    """Whether the text has a word that can be a finite verb ('People coming to live in Britain.' has none).

    No tagger: auxiliaries, common irregular pasts, '-ed' words, and '-s' words that do not follow a
    determiner or preposition (which would make them plural nouns) count. Lenient on purpose: it only
    has to catch headlines and noun phrases written as sentences.
    """
    if "to" in text:
        text = _TO_BE.sub(" ", text)  # "Release date to be confirmed." is a heading
    # Word by word as found: most sentences show a verb within a few words, the rest need not be split.
    before = ""
    for match in WORD.finditer(text):
        token = match.group()
        low = token.lower()
        if low in _FINITE or (low.endswith("ed") and len(low) > 3 and token.islower() and "-" not in token) or \
                low.endswith(("n't", "n’t")):
            return True
        if low.endswith("s") and not low.endswith(("ss", "us", "is")) and token.islower() and len(low) > 3 and \
                before not in _NOUN_BEFORE:
            return True
        before = low
    return False


def context_problem(text: str, names: frozenset[str] = frozenset(), people: frozenset[str] = frozenset(),
                    words: list[str] | None = None) -> str | None:
    """A reason the text hangs on an earlier sentence (openers, pronouns, 'the firm'), or None.

    `words`: WORD.findall(text), if known; they serve where nothing is quoted (else the words
    outside quotations are found here).
    """
    plain = outside_quotes(text)
    tokens = words if words is not None and plain is text else WORD.findall(plain)
    if not tokens:
        return "nothing outside quotation marks"
    first = tokens[0].lower().removesuffix("'s").removesuffix("’s")
    if first in OPENERS or _opens_with_transition(plain) or _ADVERB_OPENER.match(plain):
        return f"opens with '{tokens[0]}', which ties it to the sentence before"
    if first == "one" and len(tokens) > 2 and tokens[1].islower() and tokens[2] in ("is", "was", "are", "were"):
        return f"opens with '{tokens[0]} {tokens[1]}', which refers to something earlier"  # "One result was …"
    if first == "one" and len(tokens) > 1 and (tokens[1].lower() in ("that", "which", "who", "is", "was") or
                                               tokens[1] == "of" and tokens[2:3] in (["them"], ["those"], ["these"])):
        return f"opens with '{tokens[0]} {tokens[1]}', which refers to something earlier"
    count = _COUNT_SUBJECT.match(plain)
    if count:
        return f"opens with '{' '.join(count.group().split()[:-1])}', a count of something named earlier"
    demonstrative = _PREPOSITION_DEMONSTRATIVE.match(plain)
    if demonstrative:
        return f"opens with '{demonstrative.group().strip()}', which refers to something earlier"
    if "then" in tokens and _then_continues(tokens, plain):
        return "'then' makes it the next step of something told earlier"
    if first in ("other", "another", "others", "similar", "same", "further") or \
            first == "more" and tokens[1:2] != ["than"]:
        return f"opens with '{tokens[0]}', which sets it against something earlier"
    if first in PRONOUNS or first in ("this", "that", "these", "those", "such", "there's", "both"):
        if first not in ("it",) or not _IT_IS_TO.match(plain):
            return f"starts with '{tokens[0]}', which refers to something earlier"
    # A pronoun before any name it could point back to: he/she need a person, it/they any name.
    seen_name = seen_person = seen_thing = False
    # (Most sentences have no pronoun at all: one regex scan spares them the word-by-word walk.)
    for index, token in enumerate(tokens if _has_pronoun(plain) else ()):
        bare = token.rstrip("'’s") if token.endswith(("'s", "’s")) else token
        if bare in _CALENDAR:
            continue
        if bare in names or token[:1].isupper() and (index > 0 or _may_be_subject_name(token)):
            seen_name = True
            seen_person = seen_person or bare in people
            seen_thing = seen_thing or bare not in people and bare not in _HONORIFIC_WORDS
        low = token.lower()
        if low in _FIRST_PERSON and (token.islower() or token == "I"):
            return f"'{token}' is someone speaking, and the sentence does not say who"
        if low in ("us",) and not token.islower():
            continue
        if low in _PERSONAL and not seen_person or low in _REFERRING and not seen_name:
            return f"'{token}' refers to something earlier"
        if low in ("it", "its") and token.islower() and not seen_thing and people:
            return f"'{token}' refers to something earlier"  # "Mr Brown said it was …": it is no person
    if first in _MEASURES and not _owner_follows(tokens):
        return f"says nothing of whose '{tokens[0]}' it means"  # "Sales climbed to …": of whom?
    for match in _THE_NOUN.finditer(plain):
        noun = match.group("noun")
        # "the German carmaker", "the chipmaker": a maker of anything is one named before
        if noun in ANAPHORIC_NOUNS or _singular(noun) in ANAPHORIC_NOUNS or _singular(noun).endswith("maker"):
            return f"'{match.group()}' refers to something named earlier"
    if "..." in plain or "…" in plain:
        return "'...' leaves out words it needs"
    however = _HOWEVER.search(plain)
    if however:
        return f"'{however.group().rstrip(',.')}' sets it against something earlier"
    definite = definite_reference(plain, text)
    if definite:
        return f"'{definite}' refers to something named earlier"
    acronyms = _THE_ACRONYMS.match(plain)
    if acronyms:
        return f"'{acronyms.group().strip()}' refers to something named earlier"
    group = _THE_GROUP.search(plain)
    if group:
        return f"'{group.group()}' refers to a group named earlier"
    demo = _DEMONSTRATIVE_QUOTE.search(text) or _ALSO_OTHER.search(plain) or _THERE_PLACE.search(plain) or _demonstrative_at_end(plain) or _DEMONSTRATIVE_NOUN.search(plain) or _THAT_TIME.search(plain) or ("one" in plain and _ONE.search(plain)) or \
        _THAT_SUBJECT.search(plain) or _THAT_NOUN.search(plain) or _PRONOUN_SAYS.search(plain)
    if demo:
        return f"'{demo.group()}…' refers to something earlier"
    return None


def _owner_follows(tokens: list[str]) -> bool:
    """'Sales of ferries', 'Profit growth in the insurance market': the measure says whose it is."""
    at = 2 if len(tokens) > 2 and tokens[1].lower() in _COMPOUND_HEADS else 1
    return len(tokens) > at and tokens[at].lower() in _OWNER_WORDS


def _then_continues(tokens: list[str], plain: str) -> bool:
    """'Parents then have the choice …', 'Mr Blair then changed his mind …': 'then' in the first clause,
    after its subject, tells the next step of a story the sentence before began."""
    if tokens[0].lower() in _CONDITIONS:
        return False  # "If …, then …": the condition is in the sentence itself
    at = tokens.index("then")
    before, after = tokens[at - 1].lower() if at else "", tokens[at + 1] if at + 1 < len(tokens) else ""
    if not at or before in _THEN_AFTER or before.endswith(("'s", "’s")) or before[:1].isdigit() or \
            not after.islower() or any(t.lower() in _CLAUSE_WORDS for t in tokens[:at]):
        return False
    # Only the first clause: after a comma, a dash or a semicolon 'then' may follow on from that clause.
    head = plain[:plain.find(" then ") + 1] if " then " in plain else plain
    return not any(mark in head for mark in (",", ";", " - ", " – ", " — ", ":"))


def _opens_with_transition(plain: str) -> bool:
    lead = plain.lstrip()[:12]  # (lstrip() and ^\s* skip the same white space)
    if lead.isascii() and not lead.lower().startswith(_TRANSITION_FIRSTS):
        return False
    return _TRANSITIONS.match(plain) is not None


def _has_pronoun(plain: str) -> bool:
    """_ANY_PRONOUN.search(plain), without trying ~20 words at every position of an ASCII text."""
    if not plain.isascii():
        return _ANY_PRONOUN.search(plain) is not None  # re's case folding is wider than lower()
    return has_word(plain.lower(), _ANY_PRONOUN_WORDS)


def _demonstrative_at_end(plain: str) -> re.Match[str] | None:
    # A match ends the text but for white space and one '.' or '!': only a text that ends so is searched.
    if not plain.rstrip().rstrip(".!").rstrip().endswith(("this", "that", "these", "those")):
        return None
    return _THIS_AT_END.search(plain)


def _may_be_subject_name(token: str) -> bool:
    """A capitalised first word that may name something 'it' or 'they' can mean.

    Not an opener, and not a plural noun or participle ("Analysts expect its …", "Realising that …, they").
    """
    return token.lower() not in _NOT_SUBJECTS and not (token.endswith(("s", "ing")) and token[1:].islower())


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


def relative_time(text: str) -> str | None:
    """The relative time phrase the text uses outside quotations ('last year'), or None."""
    match = _RELATIVE.search(outside_quotes(text))
    return match.group() if match else None


_MONTH_NAMES = ("January February March April May June July August September October November December").split()


def anchor_time(text: str, date: str | None) -> str | None:
    """The text with relative time tied to the article's date ('last year' → 'in 2020').

    None where the text has relative time and there is no date to tie it to, or a phrase
    this function does not know how to anchor.
    """
    if not _RELATIVE.search(outside_quotes(text)):
        return text
    if not date:
        return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return None
    month = f"{_MONTH_NAMES[day.month - 1]} {day.year}"
    previous = day.replace(day=1) - dt.timedelta(days=1)
    nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    long_day = f"{day.day} {month}"
    table = {
        "earlier this month": f"earlier in {month}", "later this month": f"later in {month}",
        "this month": f"in {month}", "last month": f"in {_MONTH_NAMES[previous.month - 1]} {previous.year}",
        "next month": f"in {_MONTH_NAMES[nxt.month - 1]} {nxt.year}",
        "earlier this year": f"earlier in {day.year}", "later this year": f"later in {day.year}",
        "this year": f"in {day.year}", "last year": f"in {day.year - 1}", "next year": f"in {day.year + 1}",
        "yesterday": f"on {(day - dt.timedelta(days=1)).day} {_MONTH_NAMES[(day - dt.timedelta(days=1)).month - 1]}",
        "today": f"on {long_day}", "this week": f"in the week of {long_day}",
        "earlier this week": f"earlier in the week of {long_day}",
    }
    failed = False

    def replace(match: re.Match[str]) -> str:
        nonlocal failed
        phrase = " ".join(match.group().lower().split())
        if phrase not in table:
            failed = True
            return match.group()
        return table[phrase]

    plain = outside_quotes(text)
    pieces = []
    last = 0
    for match in RELATIVE_TIME.finditer(plain):
        pieces.append(text[last:match.start()])
        pieces.append(replace(match))
        last = match.end()
    pieces.append(text[last:])
    return None if failed else "".join(pieces)
