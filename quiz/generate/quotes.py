"""Quotations: the words a sentence quotes, and who said them ('"…," said X', 'X said: "…"', '"…," he said').

find_quote() reads one sentence, or the close of a quotation opened in a sentence before it; who said it
is read as quiz.generate.attribution reads a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.generate.attribution import (ADVERB, NOUN_PHRASE, PERSON, PRONOUN, SAY, Speaker, classify_speaker,
                                       speaks_of)
from quiz.generate.entities import Names
from quiz.generate.text import WORD


QUOTE_FIRST = re.compile(r"^[“\"](?P<q>[^“”\"]+?)[,.!?]?[”\"]\s+(?P<rest>.+)$", re.S)
# 'I panicked and I ran,' he told officers: quotation marks of one stroke (as many British papers print
# them). Apostrophes stand inside such a quotation ("didn't"); only a comma, ! or ? then the closing mark
# then white space ends it.
SINGLE_OPENERS = ("'", "‘")
_SINGLE_QUOTE_FIRST = re.compile(r"^['‘](?P<q>[^“”\"]+?)[,!?]['’]\s+(?P<rest>.+)$", re.S)
_QUOTE_SPLIT = re.compile(r"^[“\"](?P<q1>[^“”\"]+?),[”\"]\s+(?P<rest>[^“”\",]{2,80}?),\s+[“\"](?P<q2>[^“”\"]+?)[”\"]$")
# 'That is simply not good enough," said Ms Okonjo.': no opening mark, the quotation opened before.
_QUOTE_CLOSING = re.compile(r"^(?P<q>[^“”\"]+?)[,.!?]?[”\"]\s+(?P<rest>[^“”\"]+)$", re.S)
QUOTE_LAST = re.compile(
    rf"^(?P<sp>{NOUN_PHRASE})\s+{ADVERB}(?:said|says|added|adds|told\s+\S+(?:\s\S+){{0,3}}?|explained|warned|insisted|declared)(?:\s\w+){{0,3}}?:\s+[“\"](?P<q>[^“”\"]+?)[”\"]?$",
    re.S,
)
_REST_SPEAKER_FIRST = re.compile(
    rf"^(?P<sp>{NOUN_PHRASE})\s+{ADVERB}(?:{SAY})(?:\s[^“”\"]{{0,120}}?)?[.!]$", re.S
)
# ('…," said Marguerite Oduya, a climate scientist at the University of Cape Town.': the name, then who she is)
# ('… said the company's chief executive, Simon Aldridge.': the person named after the title)
_REST_VERB_FIRST = re.compile(r"^(?:said|says|added|adds|asked)\s+(?P<sp>[^,;“”\"]{2,70}?)"
                              r"(?:,\s(?P<app>[^;“”\"]{2,160}?))?[.!]$", re.S)


@dataclass
class Quote:
    sentence: int
    text: str  # the quoted words, without the comma that hands over to "he said"
    speaker: Speaker
    resolved_from: int | None = None  # the sentence that named a "he said" speaker


def part_asks_alone(text: str) -> bool:
    """Whether the part of a quotation over several sentences that a sentence holds says something without the
    rest: six words or more, not opening with a joining word ('But it is very understandable', 'We think we do'
    after a question, 'And …' go on from what was quoted before)."""
    words = WORD.findall(text)
    return len(words) >= 6 and words[0] not in _PART_OPENERS


_PART_OPENERS = frozenset("But And Or So Yet Then Nor Plus".split())


def find_quote(n: int, body: str, names: Names, previous, closing: bool = False) -> Quote | None:
    """The quotation a sentence gives with its speaker, if it stands whole; with `closing`, the part of one
    opened in an earlier sentence that this sentence closes, if its speaker follows."""
    body = body.strip()
    if closing:
        match = _QUOTE_CLOSING.match(body)
    else:
        match = QUOTE_FIRST.match(body) if body[:1] not in SINGLE_OPENERS else _SINGLE_QUOTE_FIRST.match(body)
    speaker_text = None
    text = None
    if match:
        rest = match.group("rest")
        who = _REST_SPEAKER_FIRST.match(rest) or _REST_VERB_FIRST.match(rest)
        if who:
            speaker_text, text = who.group("sp"), match.group("q")
            named = who.groupdict().get("app")
            if named and names.person(named) and not names.person(speaker_text):
                speaker_text = named
        elif not closing and (split := _QUOTE_SPLIT.match(body)) and len(WORD.findall(split.group("q1"))) >= 3:
            # '"It was thought to be like skateboarding," he said, "a craze that would go away."': both parts,
            # the words between them left out with an ellipsis
            rest = split.group("rest") + "."  # (as the speaker's part reads where it ends the sentence)
            who = _REST_SPEAKER_FIRST.match(rest) or _REST_VERB_FIRST.match(rest)
            if who:
                speaker_text, text = who.group("sp"), f"{split.group('q1')} … {split.group('q2')}"
    elif not closing and ":" in body and body.rstrip().endswith(("”", '"', ".”", '."')):  # (QUOTE_LAST's tests)
        match = QUOTE_LAST.match(body)
        if match:
            speaker_text, text = match.group("sp"), match.group("q")
    if speaker_text is None or text is None or speaker_text.lower().startswith("according to"):
        return None  # "According to Mr Peston the prime minister said: …": Mr Peston only reports it
    text = text.strip().rstrip(",.;:").rstrip()
    if text[-1:] in ("'", "’") and text[-2:-1] in (",", "."):
        text = text[:-2] + text[-1]  # "… the spaces will come,'": the quotation inside ends there, its comma goes
    if not text[:1].isupper() or not 4 <= len(WORD.findall(text)) <= 40 or closing and not part_asks_alone(text):
        return None
    speaker = classify_speaker(speaker_text, names)
    if speaker.kind == PRONOUN and speaker.text.lower() in ("he", "she"):
        before = previous.speaker() if previous is not None else None  # asked only for "he said"
        if before is not None and not speaks_of(text, before.display) and \
                not previous.clashes(speaker.text, before.display):
            return Quote(n, text, Speaker(speaker.text, PERSON, before.display), resolved_from=n - 1)
    if speaker.display is None:
        return None
    return Quote(n, text, speaker)
