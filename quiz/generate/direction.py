"""A false claim that turns a change's direction: 'Sales rose 5% in May' → 'Sales fell 5% in May'.

The source contradicts it plainly (a rise is no fall), and the figure stays as the article gives it, so
the learner must know which way the figure went, not only how far. Asked only where nothing else in the
sentence tells the direction: no level it went from ('rose to $10bn from $9bn'), one word of direction.
"""

from __future__ import annotations

import re

# Each word and its opposite, in the same form ('rose' and 'fell', 'rising' and 'falling').
OPPOSITES = {"rose": "fell", "fell": "rose", "rises": "falls", "falls": "rises", "rising": "falling",
              "falling": "rising", "risen": "fallen", "fallen": "risen", "increased": "decreased",
              "decreased": "increased", "up": "down", "down": "up", "higher": "lower", "lower": "higher"}
# A verb of direction before how far (or to what level: 'rose to 5%'); 'up'/'down' before a figure, not 'up to'
# (a bound); 'higher'/'lower' after one ('5% higher').
_DIRECTION = re.compile(r"\b(?P<verb>rose|fell|rises|falls|rising|falling|risen|fallen|increased|decreased)"
                        r"(?=\s+(?:by\s+|to\s+|about\s+|almost\s+|nearly\s+|more\s+than\s+|some\s+)?[$£€]?\d)"
                        r"|\b(?P<adverb>up|down)(?=\s+(?:by\s+)?[$£€]?\d)"
                        r"|(?<=\d%\s)(?P<than>higher|lower)\b")
# Every word that tells which way a figure went, or which way the news is ('after a disappointing update',
# 'the highest gainer', 'hit luxury marque Mercedes-Benz'): one beside the turned word would give it away.
_ANY_DIRECTION = re.compile(r"\b(?:rose|fell|rises|falls|rising|falling|risen|fallen|increased|decreased|up|down|"
                            r"higher|lower|rise|fall|increase|decrease|drops?|dropped|climb(?:s|ed)?|jump(?:s|ed)?|"
                            r"slump(?:s|ed)?|gain(?:s|ed|er|ers)?|los(?:s|er|ers|t)|grew|grown|growth|cuts?|"
                            r"fallers?|risers?|boost(?:s|ed)?|surg(?:e|es|ed)|soar(?:s|ed)?|plung(?:e|es|ed)|"
                            r"tumbl(?:e|es|ed)|slid|slips?|slipped|dip(?:s|ped)?|rall(?:y|ied)|rebound(?:ed)?|"
                            r"bounced|recover(?:ed|y)?|record|peak|highest|lowest|best|worst|strong(?:er)?|"
                            r"weak(?:er)?|helped|hit|blow|disappointing|successful|gloom|fears?|worries|concerns?|"
                            r"optimism|poor|slowdown|downturn|upturn)\b")
# What 'up' or 'down' of a figure follows: a form of 'be', a market's close, or a noun ('sales up 3.1%').
_STATE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|closed|ended|finished|opened|trading|traded|stood|"
                           r"stands|day|sales|profits?|shares|prices?|output|exports|imports|revenues?|earnings)\s+$")
# A level the change went from, or the change itself given as well ('up 42p, or 1.8%'; 'a fall of 3%'):
# arithmetic or the other figure tells the direction.
_TELLS = re.compile(r"\bfrom\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?[$£€]?\d|,\s+or\s+[$£€]?\d")


def turned_direction(body: str, plain: str) -> tuple[int, int, str] | None:
    """(start, end, opposite) of the one word of direction to turn, or None."""
    if len(_ANY_DIRECTION.findall(plain)) != 1 or _TELLS.search(plain):
        return None
    match = _DIRECTION.search(plain)
    if match is None or plain[match.start():match.end()] != body[match.start():match.end()]:
        return None
    if match.group("adverb") and not _STATE_BEFORE.search(plain, 0, match.start()):
        return None  # ("clocks up 35.86": a verb's 'up', no direction; "were up 6%", "closed up 18%" are)
    word = match.group()
    return match.start(), match.end(), OPPOSITES[word]


def turns(change) -> bool:
    """Whether a false claim's change is a direction turned ('rose' made 'fell')."""
    return OPPOSITES.get(change.source) == change.claim


def tells_direction(text: str) -> bool:
    """Whether the text (a title) holds a word of which way something went ('Oil prices fall back from
    highs' above "Brent crude rose 32 cents": the direction turned, the title tells which is false; not
    'Barclays profits hit record level', of the news, not of a figure's move)."""
    return _MOVES.search(text.lower()) is not None


_MOVES = re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|up|down|higher|lower|increas(?:e|es|ed)|"
                    r"decreas(?:e|es|ed)|drops?|dropped|climb(?:s|ed)?|jump(?:s|ed)?|slump(?:s|ed)?|surg(?:e|es|ed)|"
                    r"soar(?:s|ed)?|plung(?:e|es|ed)|tumbl(?:e|es|ed)|slid(?:e|es)?|slips?|slipped|dip(?:s|ped)?|"
                    r"rall(?:y|ies|ied)|rebound(?:s|ed)?|gains?|gained|loss(?:es)?|grow(?:s|n)?|grew|growth|"
                    r"slow(?:s|ed|down)?|downturn|upturn|boost(?:s|ed)?|cuts?)\b")
