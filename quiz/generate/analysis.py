"""One pass over an article: what each sentence offers, and what the article as a whole states.

Everything the candidate builders need is computed here once, so that they
stay simple and the generator stays linear in the article's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import filterfalse, repeat

from quiz.generate.attribution import (PERSON, PRONOUN, WORD_JOINS, Attribution, Speaker, find_attributions,
                                       resolve_pronouns)
from quiz.generate.dateline import DATELINE_REACH, without_dateline
from quiz.generate.entities import POSSESSIVE, Names
from quiz.generate.filters import context_problem
from quiz.generate.relative import relative_time
from quiz.generate.quotes import SINGLE_OPENERS, Quote, find_quote, part_asks_alone
from quiz.generate.number_choices import same_value
from quiz.generate.numbers import Number, find_numbers, find_years, stated_words
from quiz.generate.roles import Role, find_roles
from quiz.generate.sexes import clashes
from quiz.generate.statement import SPANNING_QUOTE, WRITER_NOTE, sentence_problem, writer_note
from quiz.generate.typos import may_hold_typos, mend_typos
from quiz.generate.text import SAY_VERBS, SAY_WORDS, WORD, capitalize_first, has_digit
from quiz.generate.voice import OWN_VIEW, first_person_paragraphs
from quiz.textsafe import normalize_space


_UNKNOWN = object()  # (SentenceInfo.relative not yet found)


@dataclass
class SentenceInfo:
    n: int
    text: str  # verbatim, for the citation
    body: str  # white space collapsed, for questions
    problem: str | None  # why no question can use it at all
    context: str | None  # why it does not stand alone (quotations and roles may still use it)
    attributions: list[Attribution] = field(default_factory=list)
    quote: Quote | None = None
    numbers: list[Number] = field(default_factory=list)
    years: list[tuple[int, int, int]] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    words: int | None = None  # how many words (text.WORD) it has, counted once for every filter
    # The body as the article writes it, where `body` leaves out a word that only joins it to the sentence
    # before ('But', 'However,'); None where they are the same. Explanations quote it.
    whole: str | None = None
    _relative: object = field(default=_UNKNOWN, init=False, repr=False, compare=False)

    @property
    def as_written(self) -> str:
        return self.body if self.whole is None else self.whole

    @property
    def relative(self) -> str | None:
        """The relative time phrase a usable sentence uses ('last year'), or None.

        Found when first asked for: only a few sentences (those with a year to ask about) are asked.
        """
        if self._relative is _UNKNOWN:
            self._relative = relative_time(self.body) if self.problem is None else None
        return self._relative


@dataclass
class Article:
    title: str | None
    date: str | None
    sentences: list[SentenceInfo]
    names: Names
    stated: set[str]  # every number the article states
    years: list[int]  # every year it mentions
    latest_year: int
    _memo: dict = field(default_factory=dict, repr=False)  # speakers/claims/roles, asked for per candidate

    def speakers(self) -> list[Speaker]:
        """Distinct usable speakers, in order of first appearance."""
        if "speakers" in self._memo:
            return self._memo["speakers"]
        seen: dict[str, Speaker] = {}
        for info in self.sentences:
            for attribution in info.attributions:
                if attribution.speaker.display:
                    seen.setdefault(attribution.speaker.display.lower(), attribution.speaker)
            if info.quote and info.quote.speaker.display:
                seen.setdefault(info.quote.speaker.display.lower(), info.quote.speaker)
        self._memo["speakers"] = list(seen.values())
        return self._memo["speakers"]

    def claims_by(self) -> dict[str, list[str]]:
        """What each speaker (by display name, lower case) is credited with, for exclusions."""
        if "claims" in self._memo:
            return self._memo["claims"]
        claims: dict[str, list[str]] = {}
        for info in self.sentences:
            for attribution in info.attributions:
                if attribution.speaker.display:
                    claims.setdefault(attribution.speaker.display.lower(), []).append(attribution.claim)
            if info.quote and info.quote.speaker.display:
                claims.setdefault(info.quote.speaker.display.lower(), []).append(info.quote.text)
        self._memo["claims"] = claims
        return claims

    def roles(self) -> list[Role]:
        if "roles" not in self._memo:
            self._memo["roles"] = [role for info in self.sentences for role in info.roles]
        return self._memo["roles"]


def single_person(info: SentenceInfo, names: Names) -> Speaker | None:
    """The one person a sentence names (its speaker first), for resolving 'he said' after it."""
    if info.quote and info.quote.speaker.kind == PERSON:
        return info.quote.speaker
    if not names.persons:
        return None
    if any(a.speaker.kind == PRONOUN for a in info.attributions) or info.quote and info.quote.speaker.kind == PRONOUN:
        # "He said … Mr Houston may be interviewed …. He added: '…'": an unnamed 'he' speaks in it, and goes
        # on speaking; the one it names is spoken of
        return None
    people = {a.speaker.display for a in info.attributions if a.speaker.kind == PERSON}
    # (Not one named only as an owner: "A Labour spokesman criticised Michael Howard's record" is
    # followed by what the spokesman said.)
    mentioned = {p for p in (names.person(m.group()) for m in _RUNS.finditer(info.body)
                             if names.may_name_someone(m.group()) and not POSSESSIVE.search(m.group())) if p}
    if len(mentioned | people) == 1:
        name = next(iter(mentioned | people))
        display = names.display(name) if name in names.persons else name
        return Speaker(name, PERSON, display) if display else None
    return None


# A press release ends its news with "ENDS", and what follows is for editors: who to call, what the body is.
_RELEASE_END = re.compile(r"\W*(?:ENDS?|[Nn]otes?\s+(?:to|for)\s+[Ee]ditors?|NOTES?\s+TO\s+EDITORS?|"
                          r"[Ee]ditor['’]?s['’]?\s+[Nn]otes?)\W*")
AFTER_RELEASE = "after the release's end (ENDS, notes to editors): not its news"
_OPENING_MARKS = ("“", '"')  # (a quotation's opening mark, as a sentence starts with it)
_SAYS = re.compile(rf"\b(?:{SAY_VERBS}|according)\b")
_SAY_WORDS = SAY_WORDS | {"according"}
_CAPITAL_PAIR = re.compile(r"[A-Z]\w*\s+[A-Z]")
# (?:C\s+)*C written C(?:\s+C)*: the same runs of capitalised words, and it opens with the
# capital, so re skips ahead to capitals instead of trying every position.
_RUNS = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def analyse(doc) -> Article:
    """Analyse a quiz.sources.SourceDocument."""
    bodies = _bodies([sentence.text for sentence in doc.sentences])
    bodies[:DATELINE_REACH] = map(without_dateline, bodies[:DATELINE_REACH])
    # Each sentence is split into words once, for the names and the filters alike.
    tokens = _words_of_all(bodies)
    names = Names(bodies, tokens)
    infos: list[SentenceInfo] = []
    people = names.people_words()
    stated: set[str] = set()
    last: SentenceInfo | None = None
    before_quote: SentenceInfo | None = None  # the sentence before the latest quotation that spans sentences
    ended = False  # (past a press release's "ENDS" or its "Notes to editors")
    quote_open = False  # (a quotation opened in an earlier sentence of the paragraph is not closed yet)
    for sentence, body, words in zip(doc.sentences, bodies, tokens):
        problem = sentence_problem(body, words) if not ended else AFTER_RELEASE
        if quote_open:
            quote_open = _still_open(doc, sentence, body)
            if quote_open and problem is None:
                problem = INSIDE_QUOTE  # the middle of '"… rivers. People should stay away … water. Never …"'
        if problem == SPANNING_QUOTE:
            quote_open = _opens(body)
        if len(body) < 30 and _RELEASE_END.fullmatch(body):
            ended = True
        info = SentenceInfo(sentence.n, sentence.text, body, problem, None, words=len(words))
        digits = has_digit(body)
        numbers = find_numbers(body) if digits else []
        if numbers:
            stated.update([same_value(number.num.replace(",", "")) for number in numbers])
        if problem is None:
            info.context = context_problem(body, names.proper, people, words)
            if info.context is not None and info.context.startswith("opens with '") and \
                    not _goes_on_reporting(body, last) and _unjoined(info, names.proper, people):
                body = info.body
                numbers = find_numbers(body) if digits else numbers
            # Cheap tests first: most sentences have no digit, no quotation, no attribution verb.
            says, quoted = _says(body, words, digits), '"' in body or "“" in body or body[:1] in SINGLE_OPENERS
            # A "he said" may only reach back one sentence, to a sentence naming one person;
            # who that is is worked out only for the sentences that say "he said".
            previous = _Previous(last, names) if says or quoted else None
            if says:
                info.attributions = find_attributions(sentence.n, body, names)
                if any(a.speaker.kind == PRONOUN for a in info.attributions):
                    resolve_pronouns(info.attributions, previous.speaker(), previous.clashes)
            if quoted:
                info.quote = find_quote(sentence.n, body, names, previous)
            if digits:
                info.numbers = numbers
                info.years = find_years(body)
            if "," in body or _CAPITAL_PAIR.search(body):
                info.roles = find_roles(sentence.n, body, names)
        elif problem == SPANNING_QUOTE and not body.startswith(_OPENING_MARKS):
            # '… That is simply not good enough," said Ms Okonjo.': the close of a quotation opened in a
            # sentence before names its speaker; a "she said" reaches back past where the quotation opened.
            # (only right after the sentence that opened it: else where it opened, and who spoke, is unknown)
            opened = last is not None and last.n == sentence.n - 1 and last.body.startswith(_OPENING_MARKS)
            info.quote = find_quote(sentence.n, body, names, _Previous(before_quote if opened else None, names),
                                    closing=True)
        elif last is not None and last.quote is not None and body.startswith(_OPENING_MARKS):
            # (a sentence that is all quotation has no verb outside it: a fragment, but for who said it)
            info.quote = _quote_goes_on(info, last, doc.text[doc.sentences[sentence.n - 2].end:sentence.start])
        if body.startswith(_OPENING_MARKS) and problem == SPANNING_QUOTE:
            before_quote = last
        infos.append(info)
        last = info if problem is None or body.startswith(_OPENING_MARKS) else None
    if infos and infos[-1].problem is None and writer_note(infos[-1].body):
        infos[-1].problem, infos[-1].context = WRITER_NOTE, None
    own_view = first_person_paragraphs(doc.text, [(s.start, s.end) for s in doc.sentences], bodies, tokens)
    for info, own in zip(infos, own_view):
        if own and info.problem is None and info.context is None:
            info.context = OWN_VIEW
    stated.update(stated_words(bodies))  # the number words of all sentences in one search
    years = sorted({year for info in infos for _, _, year in info.years})
    # Distractor years stay out of the article's future. Undated, its latest year is only a
    # lower bound of when it was written: a few years past it are no tell to a reader.
    latest = int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else (max(years) + 3 if years else 2100)
    # (the title as the set shows it, its white space made single: prompts quote it)
    title = doc.headline
    return Article(title, doc.date, infos, names, stated, years, latest)


# Words that only join a sentence to the one before: 'But unemployment remains high at about 10%' states
# what 'Unemployment remains high at about 10%' does. (Not 'Instead', 'Earlier', 'Similarly', 'Also on the
# list': those tell what the sentence's fact is set against, or when.)
_JOINING = re.compile(r"(?:But|And|Yet)\s+(?=[^\s,])|(?:However|Meanwhile|Still|Nevertheless|Nonetheless|Indeed|"
                      r"Moreover|Furthermore),\s+(?=\S)")


def _goes_on_reporting(body: str, last: SentenceInfo | None) -> bool:
    """Whether an 'And …' goes on with what the sentence before reports someone saying or finding ("Labour will
    hold key marginal constituencies, the Populus survey suggests. And the Liberal Democrats will take three
    key seats …": a forecast of the survey's, not the article's fact)."""
    return body.startswith("And ") and last is not None and last.problem is None and \
        (bool(last.attributions) or _REPORTED_TAIL.search(last.body) is not None)


# "…, the Populus survey suggests.", "…, he added.": a report's source named at its end.
_REPORTED_TAIL = re.compile(rf",\s+[^,]{{1,60}}?\s+(?:{SAY_VERBS}|shows|showed|found|finds)\.[\"”'’]?$")


def _unjoined(info: SentenceInfo, proper: frozenset[str], people: frozenset[str]) -> bool:
    """Whether the sentence stands alone without the word that joins it to the one before (nothing else in
    it leans on an earlier sentence); if so, `info` is changed to ask it so."""
    opener = _JOINING.match(info.body)
    rest = info.body[opener.end():] if opener else ""
    # ('But eBay said …': a name written with a small letter first stays so)
    rest = rest if rest[1:2].isupper() else capitalize_first(rest)
    if not rest[:1].isalpha() or context_problem(rest, proper, people) is not None:
        return False
    info.whole, info.body, info.context = info.body, rest, None
    return True


def _bodies(texts: list[str]) -> list[str]:
    """[_normal_space(text) for text in texts], its test made once for most articles: joined by spaces,
    the texts pass it only where each does (a text with white space at an end, or empty, puts two
    spaces together or one at an end); a slip of the keyboard mended (quiz.generate.typos)."""
    joined = " ".join(texts)
    if not (joined.isascii() and joined.isprintable() and "  " not in joined and joined == joined.strip()):
        texts = list(map(_normal_space, texts))
    if may_hold_typos(joined):
        texts = [mend_typos(text) if may_hold_typos(text) else text for text in texts]
    return texts


def _normal_space(text: str) -> str:
    """normalize_space(text), without splitting and joining the most sentences, which need nothing:
    in printable ASCII the only white space is the space, and where no two stand together or at an
    end, the text is as normalize_space() would make it."""
    if text.isascii() and text.isprintable() and "  " not in text and text == text.strip():
        return text
    if "-\n" in text or "-\r" in text:
        text = _WRAPPED_HYPHEN.sub("-", text)  # "UK-\nlisted" wrapped at its hyphen reads "UK-listed"
    return normalize_space(text)


# A line wrapped at a word's hyphen ("UK-" ending one line, "listed" opening the next): one word.
_WRAPPED_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


# _words_of_all's table: the bytes of WORD's characters kept ('’' stands as \x01), and the line break
# between two sentences; any other byte (the '?' of a character beyond ASCII too) made a space.
_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.-\x01\n")
_TO_WORDS = bytes(byte if byte in _WORD_BYTES else 32 for byte in range(256))
_MARKS = repeat("'’.-")  # (str.strip's argument, for map())


def _words_of_all(bodies: list[str]) -> list[list[str]]:
    """[WORD.findall(body) for body in bodies], in one pass over the article, not a regex call a sentence.

    A WORD match runs from the first letter of a run of WORD's characters ([A-Za-z'’.-]) to its last
    letter, so the matches are those runs (with all else made white space and split at) less the
    marks at their ends, and no match without a letter. The sentences are joined by line breaks
    (a body has none), which tell where each one's words end.
    """
    joined = "\n".join(bodies)
    if not bodies or "\x01" in joined or joined.count("\n") != len(bodies) - 1:
        return [WORD.findall(body) for body in bodies]  # (text holding a line break or the stand-in)
    if joined.isascii():
        runs = joined.encode().translate(_TO_WORDS).decode()
    else:
        # (encode's 'replace' gives one '?' for each character beyond ASCII: a space after translate)
        runs = joined.replace("’", "\x01").encode("ascii", "replace").translate(_TO_WORDS).decode() \
            .replace("\x01", "’")
    return [[*filter(None, map(str.strip, line.split(), _MARKS))] for line in runs.split("\n")]


INSIDE_QUOTE = "inside a quotation that spans sentences: someone's words, not the article's report"


def _opens(body: str) -> bool:
    """Whether the sentence leaves a quotation open: more opening marks than closing ones, or a last
    straight mark that opens ('… said: "We will', not '… water."')."""
    if "“" in body or "”" in body:
        return body.count("“") > body.count("”")
    at = body.rfind('"')
    return at >= 0 and body.count('"') % 2 == 1 and body[at + 1:at + 2].isalnum()


def _still_open(doc, sentence, body: str) -> bool:
    """Whether a quotation opened before goes on through this sentence: the same paragraph, and no mark in it
    (a sentence with one closes the quotation, or opens another: its own test)."""
    if '"' in body or "“" in body or "”" in body:
        return False
    between = doc.text[doc.sentences[sentence.n - 2].end:sentence.start]
    return "\n\n" not in between.replace("\r", "") and "\u2029" not in between


def _says(body: str, words: list[str], digits: bool) -> bool:
    """Whether _SAYS matches the sentence, told from its words (text.WORD) where that is sure.

    A _SAYS match is a run of letters with no word character either side: one of the sentence's
    words, or a piece of one between the marks WORD lets stand inside a word ("said-so"). Such a
    word is a match for sure unless a digit, "_" or a letter beyond ASCII (word characters to re,
    not to WORD) may touch it.
    """
    if not _SAY_WORDS.isdisjoint(words):
        return not digits and "_" not in body and body.isascii() or _SAYS.search(body) is not None
    # (The words with such marks are joined by one of them, to be split in one call.)
    marked = "-".join(filterfalse(str.isalpha, words))
    return bool(marked) and not _SAY_WORDS.isdisjoint(WORD_JOINS.split(marked)) and _SAYS.search(body) is not None


def _quote_goes_on(info: SentenceInfo, last: SentenceInfo | None, between: str) -> Quote | None:
    """'"We intend to pay them fairly."' right after '"We are asking farmers to carry a heavy load," Linden
    said.' in the same paragraph: the same speaker's words go on. (`between`: the text between the two.)"""
    body = info.body
    if last is None or last.quote is None or last.n != info.n - 1 or "\n\n" in between.replace("\r", "") or \
            not body.startswith(_OPENING_MARKS) or not body.endswith(('"', "”")):
        return None
    text = body[1:-1].strip().rstrip(",.;:").rstrip()
    if any(mark in text for mark in '"“”‘') or text[-1:] in ("'", "’") or not text[:1].isupper() or \
            len(WORD.findall(text)) > 40 or not part_asks_alone(text):
        return None  # (one quotation, whole, with none inside it, and of a question's length)
    return Quote(info.n, text, last.quote.speaker, resolved_from=last.n)


class _Previous:
    """The one person the sentence before names, found only when asked for."""

    def __init__(self, info: SentenceInfo | None, names: Names) -> None:
        self._info, self._names, self._done, self._speaker = info, names, info is None, None

    def speaker(self) -> Speaker | None:
        if not self._done:
            self._speaker, self._done = single_person(self._info, self._names), True
        return self._speaker

    def clashes(self, pronoun: str, name: str | None) -> bool:
        """Whether the article's titles make `name` one `pronoun` ('he', 'she') cannot mean."""
        return clashes(pronoun, name, self._names.bodies, self._names.memo)
