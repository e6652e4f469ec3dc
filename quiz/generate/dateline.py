"""Wire copy's dateline: where (and when) a story was filed, and for whom, before its first sentence's words
('DENVER (AP) — ', 'LONDON, March 4 (Reuters) - '), which are no part of what the sentence states."""

from __future__ import annotations

import re

# Wire copy opens with where (and when) it was filed, and for whom: "DENVER (AP) — ", "LONDON, March 4
# (Reuters) - ", "FAIRBROOK — ", "AUSTIN, Texas, Jan. 14, 2025 /PRNewswire/ -- ". A place in capitals (a
# word of three letters at least), then a state, a place or a date after commas, an agency in brackets or
# between slashes, and a dash before the sentence's first capital.
_CAPITAL = "A-ZÀ-ÖØ-Þ"  # (and those of Latin-1 beyond ASCII: "BRASÍLIA —", "SÃO PAULO —")
_DATELINE = re.compile(
    rf"(?=[{_CAPITAL}/.' -]*[{_CAPITAL}]{{3}})[{_CAPITAL}][{_CAPITAL}/.'-]+(?:\s+[{_CAPITAL}][{_CAPITAL}/.'-]+){{0,3}}"
    r"(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z\d][\w.'-]*){0,2}){0,2}(?:,\s+\d{4})?"
    r"(?:\s+(?:\([A-Za-z][\w .&'-]{0,30}\)|/[A-Z][\w .&'-]{0,30}/))?"  # ("(dpa)": the German agency's own case)
    r"(?:\s+(?:—|–|--?)|:)\s+(?=[A-Z\d\"“‘])")  # ("AHMEDABAD: ", as Indian papers and PTI write it)
# "(Beijing) — ": a place in brackets, as Caixin writes it.
_BRACKET_DATELINE = re.compile(r"\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)\s+(?:—|–|--?)\s+(?=[A-Z\d\"“‘])")
# "Oct 29 (Reuters) - ": a date and the agency, with no place before them.
_DATE_DATELINE = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+\([A-Z][\w .&'-]{0,30}\)"
                            r"\s+(?:—|–|--?)\s+(?=[A-Z\d\"“‘])")
# "Jeddah, November 25: ", "New Delhi, Nov 25 (PTI): ": a place as written, a date, perhaps the agency, a colon.
_PLACE_DATE_DATELINE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+"
                                  r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                                  r"(?:\s+\([A-Z][\w .&'-]{0,30}\))?:\s+(?=[A-Z\d\"“‘])")
DATELINE_REACH = 6  # (sentences: a headline, a byline, a line of when it was posted come before it)


def without_dateline(body: str) -> str:
    """The sentence less a wire dateline before it: its words are no part of what the sentence states."""
    if body[1:2].isupper() and (match := _DATELINE.match(body)) or \
            "(" in body[:16] and (match := _DATE_DATELINE.match(body)) or \
            ":" in body[:45] and (match := _PLACE_DATE_DATELINE.match(body)) or \
            body[:1] == "(" and (match := _BRACKET_DATELINE.match(body)):
        return body[match.end():]
    return body
