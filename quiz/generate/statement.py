"""Whether a sentence is a statement that can carry a question at all: not a question, a list item, a
heading, a fragment without a verb, or two sentences run together.

Each check returns a reason a person can read in `quiz generate --verbose`, or None when the text passes.
"""

from __future__ import annotations

import re
from operator import eq

from quiz.generate.text import WORD, outside_quotes, quote_balanced

MIN_WORDS = 5
MAX_WORDS = 55
MAX_CHARACTERS = 1_000  # (a news sentence of 55 words is some 350; the longest of 26,000 about 600)
# What may close a sentence after its full stop ([.!]['’"”)]*\s*$ on a stripped text is a test of its end).
_CLOSERS = "'’\"”)"
_LIST_MARK = re.compile(r"^\s*(?:[-–—•*·]|\d+[.)])\s")
_LIST_FIRSTS = "-–—•*·"  # (re's \d is what str.isdecimal() tells)
# "… Crime Unit (NHTCU) A survey conducted …": the source lost a full stop
# ")·A·s" or "s·The·s" (· white space). Written from the space, the character before it looked back at,
# so that re skips from space to space instead of trying each position; only whether it matches is used.
# "KNIGHTS OF THE OLD REPUBLIC II Looks set to …": three or more words in capitals, then a capitalised word.
_CAPITALS_HEADING = re.compile(r"(?:[A-Z][A-Z'’&-]+\s+){3,}[A-Z][a-z]")
_RUN_TOGETHER = re.compile(r"\s(?:(?<=\)\s)(?:A|The|It|This|In)|(?<=[a-z]\s)(?:The|It|This|They|She|We))\s[a-z]")
_AFTER_LETTER_WORDS = frozenset({"The", "It", "This", "They", "She", "We"})
_RUN_TOGETHER_WORDS = frozenset({"A", "In"}) | _AFTER_LETTER_WORDS
# \bto\s+(?:be\s+)?\w+, led by its letter ((?<!\wt) is the \b) so that re skips ahead to each t.
_TO_BE = re.compile(r"t(?<!\wt)o\s+(?:be\s+)?\w+")
_TO_ENDS = ("-to", ".to", "'to", "’to")  # (a token ending so may hold a 'to' _TO_BE takes out)
_GROUP = re.Match.group
_FINITE = frozenset(
    """is are was were am has have had do does did will would can could may might must should shall
    said told made took went came got gave saw found left became began kept held brought thought bought sold won
    lost paid put set cut hit fell rose grew led met ran sent spent built felt knew meant showed shown stood
    understood sought struck wrote broke chose drove ate fought hung laid lay lent let read rode rang sank sat
    shot shut sang slept slid spoke spun stuck swore swam swung taught tore threw woke wore wound""".split())
_NOUN_BEFORE = frozenset("the a an of in on at for to from with by and or its their his her our this these those "
                         "some many several all both few more most other such".split())


_CHARACTER_CODE = re.compile(r"&#\d+;")
# Control characters (not tab or line breaks): a terminal's colour codes ('\x1b[31m'), a NUL, stray
# bytes of another encoding; a question would show them, and '[31m' reads as a figure.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_INTERVIEW = ("Question: ", "Answer: ")
SPANNING_QUOTE = "part of a quotation that spans sentences"


def sentence_problem(text: str, words: list[str] | None = None) -> str | None:
    """A reason the sentence cannot carry any question, or None (`words`: WORD.findall(text), if known)."""
    body = text.strip()
    if words is None:
        words = WORD.findall(body)
    n_words = len(words)
    # (A text ending in '?' ends so without its closing quotes too.)
    last = body.rstrip("”\"’' ")[-1:]
    if last == "?":
        return "a question, not a statement"
    if last == "!":
        return "an exclamation, not a statement of fact"
    if not body.isprintable() and _CONTROL.search(body):
        return "holds control characters (a terminal's codes, or bytes of another encoding), not plain text"
    if "&#" in body and _CHARACTER_CODE.search(body):
        return "holds a character written as a code ('&#233;'), which a question would show as it is"
    # (The text is stripped: a list mark is its first character, or it opens with a digit.)
    if (body[:1] in _LIST_FIRSTS or body[:1].isdecimal()) and _LIST_MARK.match(body):
        return "a list item"
    if not body.rstrip(_CLOSERS).endswith((".", "!")):
        return "a heading or fragment (no full stop)"
    if body[1:2] == ":" and body[:1] in ("Q", "A") or body.startswith(_INTERVIEW):  # (not 'A. Smith said')
        return "a line of an interview (Q: or A:): one side's words, not the article's report"
    if n_words < MIN_WORDS:
        return f"a fragment ({n_words} words)"
    if n_words > MAX_WORDS:
        return f"a run-on ({n_words} words)"
    if len(body) > MAX_CHARACTERS:
        # Words of a thousand letters are no words: and a question quoting it could not be saved.
        return f"a run-on ({len(body):,} characters)"
    # Most sentences quote nothing: then they are balanced, and nothing is blanked.
    quoted = '"' in body or "“" in body
    if (quoted or "”" in body) and not quote_balanced(body):
        return SPANNING_QUOTE
    plain = outside_quotes(body) if quoted else body
    if not has_verb(plain, words if plain is body else None):
        # (a sentence that is all quotation goes on with someone's words: not a fragment, nor the article's report)
        return "all quotation: someone's words, not the article's report" if quoted and not any(
            map(str.isalpha, plain)) else "a fragment (no verb)"
    if _COMPARATIVE_OPENING.match(body) and "," not in body and \
            not _plain_verb(words):
        return "a fragment (no verb)"  # "Far better than having to navigate through the menus of …"
    if _may_run_together(body, words) and _RUN_TOGETHER.search(body):
        return "two sentences run together (a full stop is missing)"
    if len(words) > 3 and words[0].isupper() and words[1].isupper() and _CAPITALS_HEADING.match(body):
        return "a heading in capitals run into the sentence"
    # (Two equal words side by side, told by a pass in C first: rare, and the search then says which.)
    if any(map(eq, words, words[1:])) and \
            any(match.group(1).lower() not in _DOUBLED for match in _DOUBLED_WORD.finditer(body)):
        return "garbled (a word written twice)"  # "driven by Mr Putin's hostility hostility to …"
    if ". " in body and _STOP_INSIDE.search(body) or _GLUED_STOP.search(body):
        return "two sentences run together (a full stop inside it)"  # "Mr Blair has argued. there needs to be"
    if ("contributed" in body or " by " in body) and _CREDIT.search(body):
        return "a credit line (who reported or edited it), not the news"  # "AP writer Sara Cline contributed …"
    if body.startswith("One ") and _MUSING.match(body):
        return "the writer musing ('One wonders …'), not a statement of fact"
    if _instruction(plain, words if plain is body else None):
        return "an instruction, not a statement of fact"  # "As for lighting, consider a combination of …"
    return None


# "One wonders whether …", "One can only hope …": the writer thinking aloud, no fact anyone could check.
_MUSING = re.compile(r"One\s+(?:wonders|might\s+wonder|has\s+to\s+wonder|can\s+only|could\s+argue|might\s+argue|"
                     r"suspects|imagines|hopes)\b")
_CREDIT = re.compile(r"\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)|"
                     r"^\s*(?:\(?(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\b)", re.IGNORECASE)
# Verbs that open an instruction ('Consider …', 'Don't …'), and what may come before its verb: a phrase
# saying what it is about ('As for lighting, consider …') or when ('If in doubt, check …').
_INSTRUCTING = frozenset("consider remember avoid imagine ensure try forget don't don’t keep make check "
                         "do".split())
_TOPIC_OPENERS = frozenset("as if when before for once to".split())


def _instruction(plain: str, words: list[str] | None) -> bool:
    """Whether the sentence, outside its quotations, tells the reader to do something: an instruction verb
    first, or first after a leading phrase, then a word in lower case ('Do not …'; not 'Imagine Nation').
    `words`: WORD.findall(plain), if known."""
    if words is None:
        words = WORD.findall(plain[:80])  # (a leading phrase, then two words: well inside the first 80)
    first = words[0].lower() if words else ""
    if first in _TOPIC_OPENERS and "," in plain:
        words = WORD.findall(plain.split(",", 1)[1][:40])
        first = words[0] if words else ""  # (in lower case already, or no instruction)
    if first in _INSTRUCTING_ON and len(words) > 1 and (words[1] in _OBJECT_STARTS or first == "please"):
        return True  # "For media enquiries, contact the press office on …" (not "Contact lenses are …")
    return first in _INSTRUCTING and len(words) > 1 and words[1].islower() and words[1] != "of" and \
        (first != "do" or words[1] == "not")


# Verbs that are nouns too ('Call centres', 'Visit numbers'): an instruction only before what it acts on.
_INSTRUCTING_ON = frozenset("contact call phone visit email e-mail write see click read watch follow register "
                            "apply download subscribe please".split())
_OBJECT_STARTS = frozenset("the a an us our your this their www http https to".split())


# ('had had', 'that that' are English.)
_DOUBLED = frozenset("had that is very".split())
_DOUBLED_WORD = re.compile(r"\b([A-Za-z]+) \1\b")
# A full stop after a word of three or more letters (no abbreviation of ours) or after a number, then a word in
# lower case.
_STOP_INSIDE = re.compile(r"(?<![\w.])(?!(?:etc|approx|incl|esp|govt|dept|est|cont|vol|nos?)\.)[a-z]{3,}\. [a-z]|"
                          r"(?<![\w.])\d+\. [a-z]")

# "… that's always dangerous.The man clearly …": a full stop with no space after it, then a word that opens a
# sentence (not 'Halo.Bungie.Org', 'Amazon.com'). (Opening on the full stop, re looks only where one stands.)
_GLUED_STOP = re.compile(r"\.(?<=[a-z]{2}\.)(?:The|It|This|That|He|She|They|We|In|A|An|But|And|Its|His|Her|Their)\s")


# "Far better than …", "Much cheaper than …": a comparison with no subject before it, as a reply or a caption has
# (where no comma parts it from a subject after it: "Much cheaper than rivals, the handset sells for £50").
_COMPARATIVE_OPENING = re.compile(r"(?:(?:Far|Much|Even|Still|Way|Rather|A\s+lot)\s+(?:more|less)\s+[a-z]+|"
                                  r"(?:(?:Far|Much|Even|Still|Way|Rather|A\s+lot)\s+)?(?:better|worse|easier|harder|"
                                  r"cheaper|dearer|faster|quicker|slower|bigger|smaller))\s+than\b(?!\s+\d)",
                                  re.IGNORECASE)


def _plain_verb(words: list[str]) -> bool:
    """Whether a word is an auxiliary, a common irregular past or a past in '-ed' (has_verb's '-s' words
    left out: 'portals' is no verb)."""
    return any(word.lower() in _FINITE or word.endswith("ed") and word.islower() and len(word) > 3 for word in words)


def _may_run_together(body: str, words: list[str]) -> bool:
    """Whether _RUN_TOGETHER can match: its capitalised word stands between white space, so is a word of
    `words`; any of them where there is a ')', else one that may follow a letter (so not the first word)."""
    if ")" in body:
        return not _RUN_TOGETHER_WORDS.isdisjoint(words)
    return not _AFTER_LETTER_WORDS.isdisjoint(words[1:])  # (one pass over the words, as most have no ')')


def has_verb(text: str, words: list[str] | None = None) -> bool:
    """Whether the text has a word that can be a finite verb ('People coming to live in Britain.' has none).

    No tagger: auxiliaries, common irregular pasts, '-ed' words, and '-s' words that do not follow a
    determiner or preposition (which would make them plural nouns) count. Lenient on purpose: it only
    has to catch headlines and noun phrases written as sentences. `words`: WORD.findall(text), if known.
    """
    if "to" in text:
        # "Release date to be confirmed." is a heading: 'to …' is taken out first. A 'to' re takes out is a
        # token of its own or ends one after ' ’ . or -: the words before the first such token stay as they
        # are, and most sentences show a verb among them.
        if words is not None and _finds_verb(words, until_to=True):
            return True
        text, removed = _TO_BE.subn(" ", text)
        if removed:
            words = None
    # Word by word as found: most sentences show a verb within a few words, the rest need not be split.
    return _finds_verb(words if words is not None else map(_GROUP, WORD.finditer(text)))


def _finds_verb(tokens, until_to: bool = False) -> bool:
    """has_verb's walk over the tokens; `until_to`: False at the first token that may open a 'to …'."""
    before = ""
    for token in tokens:
        low = token.lower()
        if low in _FINITE:
            return True
        # By the last letter (a token ends with one), so that most words take one test, not five.
        last = low[-1]
        if last == "d":
            if low.endswith("ed") and len(low) > 3 and token.islower() and "-" not in token:
                return True
        elif last == "t":
            if low.endswith(("n't", "n’t")):
                return True
        elif last == "s" and not low.endswith(("ss", "us", "is")) and token.islower() and len(low) > 3 and \
                before not in _NOUN_BEFORE:
            return True
        elif until_to and last == "o" and (low == "to" or low.endswith(_TO_ENDS)):
            return False
        before = low
    return False


WRITER_NOTE = "a note on who wrote the article, not its news"
# "Clark Boyd is technology correspondent for The World, a BBC World Service …": what a column's last line says
# of its writer.
_WRITER_NOTE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+is\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:correspondent|reporter|editor|writer|columnist|presenter|journalist|producer|"
                          r"contributor)\s+(?:for|at|of|with|on)\b")


def writer_note(body: str) -> bool:
    """Whether the article's last sentence is a note on its writer (asked of the last sentence only)."""
    return _WRITER_NOTE.match(body) is not None
