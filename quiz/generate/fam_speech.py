"""Candidates of the `attribution` (who made a claim) and `quote` (who said these words) families."""

from __future__ import annotations

import random
import re

from quiz.generate.analysis import Article, SentenceInfo
from quiz.generate.attribution import PERSON, Attribution, Speaker
from quiz.generate.candidate import ACCORDING, Candidate, clean_choices, difficulty_from, leak
from quiz.generate.distractors import may_pick_speakers, no_speaker, pick_speakers, said_as_much_before
from quiz.generate.filters import context_problem
from quiz.generate.pronouns import opens_on_something_earlier
from quiz.generate.relative import anchor_time
from quiz.generate.sexes import FEMALE, sex_of
from quiz.generate.title_person import titled_person
from quiz.generate.title_tells import holds_choice, titled_prompt
from quiz.generate.topic import title_names_reference
from quiz.generate.text import COMMON_ENDINGS, WORD, cited, has_phrase, lower_first, strip_end
from quiz.model import MULTIPLE_CHOICE

_VERB_PRESENT = {"said": "said", "says": "says"}


def _speaker_spread(article: Article) -> float:
    """More distinct sources make a who-question harder."""
    return min(1.0, max(0, len(article.speakers()) - 2) / 5)


def _who_prompt(attribution: Attribution, article: Article) -> tuple[str, bool] | None:
    """'According to the article, who reported at least 22 fatalities?', and whether it must name the title
    (its 'the referendum question' is the one the title names)."""
    claim = attribution.claim
    problem = context_problem(claim, article.names.proper, article.names.people_words())
    if problem and not title_names_reference(article, problem):
        return None
    if attribution.front:
        predicate = attribution.clause[attribution.clause.find(attribution.verb, len(attribution.speaker.text)):]
        text = predicate
    else:
        verb = "said" if attribution.verb in ("according", "said", "added") else attribution.verb
        if verb not in ("said", "says", "reported", "warned", "claimed", "insisted", "argued", "believes",
                        "estimated", "noted", "stated", "explained", "told"):
            verb = "said"
        if verb == "told":
            return None
        text = f"{verb} {lower_first(claim, article.names.proper, article.names.lower_seen)}"
    if _SAYS_AGAIN.search(text) or _LABEL.match(claim):
        # "who believes 111 hostages remain, about a third of whom it says are dead": 'it' is the one asked
        # for; "Royals: SS Bobby Tran … is expected to …, Kessinger said": a line of notes under its label
        return None
    anchored = anchor_time(text, article.date)
    if anchored is None:
        anchored = text
    text = strip_end(anchored)
    if text.endswith(_STOP_QUOTED):
        text = text[:-2] + text[-1]  # 'had "bought a majority rather than built a plan"?', not 'plan."?'
    return f"{ACCORDING}who {text}?", problem is not None


_STOP_QUOTED = ('."', ".”", ".'", ".’")
_SAYS_AGAIN = re.compile(r"(?:,|\bwhom|\bwhich|\bwhat)\s+(?:it|he|she|they)\s+(?:says|said|say|adds|added|believes|"
                         r"believe|claims|claimed|estimates|estimated|thinks|insists)\b")
_LABEL = re.compile(r"\s*[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2}:\s")


def attribution_candidates(info: SentenceInfo, article: Article, rng: random.Random) -> list[Candidate]:
    out = []
    for attribution in info.attributions:
        speaker = attribution.speaker
        if not speaker.display or len(attribution.claim.split()) < 3 or not may_pick_speakers(article, speaker):
            continue  # (no two other sources of its form: no choices; tested before the costly prompt)
        if no_speaker(speaker.display):
            continue  # "but the Association stressed …": which association, the sentence before tells
        asked = _who_prompt(attribution, article)
        if not asked:
            continue
        prompt, needs_title = asked
        distractors = clean_choices(speaker.display, pick_speakers(article, speaker, attribution.claim, rng))
        distractors = _untold_by_title(distractors, article, speaker, attribution.claim, rng)
        distractors = [d for d in distractors if not said_as_much_before(article, info.n, d)]
        if len(distractors) < 2:
            continue
        choices = [speaker.display, *distractors]
        if leak(prompt, speaker.display, choices) or _tells_her(prompt, article, choices):
            continue
        claim = strip_end(attribution.claim)
        explanation = (f"The article attributes this to {_as_written(speaker.display, article)}: "
                       + cited(info.as_written))
        if attribution.resolved_from:
            explanation += " The sentence before " + _names_or_quotes(article, speaker.display, attribution.resolved_from)
        score = 2.0 + (0.5 if speaker.kind == PERSON else 0) + (0.5 if any(c.isdigit() for c in claim) else 0)
        level = 0.2 + 0.6 * _speaker_spread(article) + (0.2 if len(distractors) == 3 else 0)
        candidate = Candidate("attribution", MULTIPLE_CHOICE, info.n, info.text, prompt, speaker.display, choices,
                              explanation, f"who:{claim.lower()}", score, difficulty_from(level))
        if needs_title:
            candidate.prompt = titled_prompt(candidate, article.title)  # (the candidate is new: changed in place)
            if candidate.prompt is None:
                continue  # the title gives the answer away
        out.append(candidate)
    return out


def _untold_by_title(distractors: list[str], article: Article, speaker: Speaker, said: str,
                     rng: random.Random) -> list[str]:
    """The wrong choices less any the title names ('Howard's unfinished business' over Michael Howard), others of
    the article's sources in their place: with it among them, the question cannot name its title (it would point
    to or from that choice), and its 'that massive majority' is no one's."""
    title = article.title
    if not title or not any(holds_choice(title, choice) for choice in distractors):
        return distractors
    others = clean_choices(speaker.display, pick_speakers(article, speaker, said, rng, want=6), want=6)
    kept = [choice for choice in others if not holds_choice(title, choice)][:3]
    return kept if len(kept) >= 2 else distractors


_SHE = re.compile(r"\b(?:she|her|hers|herself)\b")


def _tells_her(prompt: str, article: Article, choices: list[str]) -> bool:
    """'… - although she denied having personal experience': where the answer is the one woman among the
    choices, a 'she' in the prompt gives it away (the article's Ms, Mrs, Lady … tell who is a woman)."""
    if not _SHE.search(prompt):
        return False
    women = [sex_of(choice, article.names.bodies, article.names.memo) == FEMALE for choice in choices]
    return women[0] and not all(women)


def _as_written(display: str, article: Article) -> str:
    """A choice as it reads inside a sentence: 'the Pentagon', 'militia officials', 'Lloyd Austin'."""
    words = display.split()
    first = words[0]
    if first in ("The", "A", "An") or (first.lower() in article.names.lower_seen and first not in article.names.proper):
        return lower_first(display, article.names.proper, article.names.lower_seen)
    if len(words) > 1 and all(word.isalpha() and word.islower() for word in words[1:]) and \
            first not in article.names.proper and (first.lower() in article.names.lower_seen or
                                                   first.lower().endswith(COMMON_ENDINGS)):
        # ('Local press', capitalised only where it opened a sentence: 'local press'; not 'Greenpeace spokesman')
        return first.lower() + display[len(first):]
    return display


def _names_or_quotes(article: Article, display: str, before: int) -> str:
    """What the sentence a 'he said' leans on does: 'names X.', or where it only goes on quoting X (its own
    speaker a 'he said' too), 'quotes X, whom the sentence before that names.' (or the one before it)."""
    surname = display.split()[-1]
    named = next((n for n in range(before, max(0, before - 4), -1)
                  if has_phrase(article.sentences[n - 1].body, surname)), before)
    written = _as_written(display, article)  # ("which names a Home Office spokesman")
    if named == before:
        return f"names {written}."
    # (no sentence number: the feedback shows where the cited sentence stands, not where the others do)
    gap = before - named
    return f"quotes {written}, whom the sentence before that names." if gap == 1 else \
        f"quotes {written}, whom the article names {('two', 'three')[gap - 2]} sentences before that."


def quote_candidate(info: SentenceInfo, article: Article, rng: random.Random) -> list[Candidate]:
    quote = info.quote
    if quote is None or not quote.speaker.display or no_speaker(quote.speaker.display):
        return []
    speaker = quote.speaker
    if not may_pick_speakers(article, speaker):
        return []  # no two other sources of its form to offer
    words = WORD.findall(quote.text)
    if len(words) < 5 or len(words) < _SHORT_QUOTE and words[0] in _POINTING_OPENERS:
        # "That gap is typical", "They are adding to their armoury": too few words to tell who would say them,
        # or to say whom 'they' are
        return []
    if opens_on_something_earlier(words) and not (words[0] in ("He", "She") and
                                                 titled_person(article, words[0]) not in (None, speaker.display)):
        # "He was running around …", "It's making money at the cost of …": who or what, asked apart? (Not the
        # one person the title names: "She was the most stubborn scientist I ever met" in her obituary.)
        return []
    said = quote.text.lower()
    if any(len(name) > 2 and has_phrase(said, name.lower()) for name in speaker.display.split()):
        return []  # "… and Tony has not made up his mind": not Tony speaking (nor a giveaway)
    distractors = clean_choices(speaker.display, pick_speakers(article, speaker, quote.text, rng))
    if _SOMEONE_ELSE.search(quote.text) and article.title:
        # "She was the most stubborn scientist I ever met", in her obituary: the one the title names is whom
        # the quotation speaks of, no one who might have said it
        distractors = [d for d in distractors if not has_phrase(article.title, d.split()[-1])]
    distractors = _untold_by_title(distractors, article, speaker, quote.text, rng)
    if len(distractors) < 2:
        return []
    prompt = f"Who said: “{quote.text}”?"
    choices = [speaker.display, *distractors]
    if leak(prompt, speaker.display, choices):
        return []
    titles = article.names.persons.get(speaker.display)
    # ("Michael Mates, Tory MP"; not "Gen Musharraf, President": a title of one word says little of whose)
    role = f", {titles.titles[0]}" if titles and titles.titles and " " in titles.titles[0] else ""
    # (no stop after a quotation that ends a question or a quotation of its own: "… will it work?'")
    stop = "" if quote.text.rstrip("'’\"”").endswith(("?", "!", ".")) else "."
    explanation = f"The article quotes {_as_written(speaker.display, article)}{role}: “{quote.text}{stop}”"
    if quote.resolved_from:
        said = _speaker_words(info.body)
        before = _names_or_quotes(article, speaker.display, quote.resolved_from)
        explanation += (f" The sentence says only “{said}”; the sentence before {before}" if said else
                        f" The quotation goes on from the sentence before, which {before}")
    level = 0.1 + 0.6 * _speaker_spread(article) + (0.3 if quote.resolved_from else 0)
    score = 2.2 + (0.3 if speaker.kind == PERSON else 0)
    return [Candidate("quote", MULTIPLE_CHOICE, info.n, info.text, prompt, speaker.display, choices,
                      explanation, f"quote:{quote.text.lower()}", score, difficulty_from(level))]


_SHORT_QUOTE = 8  # words: a quotation shorter than this that opens with a word pointing back says too little
_POINTING_OPENERS = frozenset("They It This That These Those He She".split())  # (not "We know what we hit")
_SOMEONE_ELSE = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im|[Tt]he\s+(?:mayor|minister|president|chairman|"
                           r"chief|premier|governor|leader|coach|manager))\b")


def _speaker_words(body: str) -> str | None:
    """The words that hand a quotation to "he" or "she": '…," he said' or 'But he adds: "…"'."""
    match = re.search(r"[”\"]\s*,?\s*(?P<words>(?:he|she)\s+\w+)", body) or \
        re.search(r"\b(?P<words>(?:[Hh]e|[Ss]he)\s+\w+)[^:“”\"]{0,60}:\s*[“\"]", body)
    return match.group("words") if match else None
