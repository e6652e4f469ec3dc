"""The question model: what a question set is, independent of YAML and of the UI.

Field names here are the names of the YAML format (version 1); they are a
contract with people who edit sets by hand and with other tools.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FORMAT_VERSION = 1

MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"
KINDS = (MULTIPLE_CHOICE, TRUE_FALSE)

DIFFICULTIES = ("easy", "medium", "hard")

# The skill families the generator tags questions with. People may add their own tags.
FAMILIES = ("attribution", "quote", "number", "date", "claim", "role")


@dataclass
class Citation:
    """The source sentence that settles a question."""

    sentence: int  # 1-based, as numbered by `quiz sentences`
    quote: str  # the sentence's text, verbatim (white space may differ)


@dataclass
class Change:
    """For a false claim: the words the claim changed, against the source's own words."""

    claim: str  # e.g. "about 5,000"
    source: str  # e.g. "about 2,500"


@dataclass
class Question:
    id: str
    kind: str  # MULTIPLE_CHOICE or TRUE_FALSE
    prompt: str
    answer: str | bool  # the text of the right choice; a bool for true_false
    explanation: str
    citation: Citation
    choices: list[str] = field(default_factory=list)  # empty for true_false
    tags: list[str] = field(default_factory=list)
    difficulty: str = "medium"
    change: Change | None = None
    # Hash of the question as the generator wrote it; None for a question a person added.
    # A question whose content no longer matches its fingerprint has been edited by hand.
    fingerprint: str | None = None

    def display_choices(self) -> list[str]:
        """The choices as shown to a player: True/False for a claim check."""
        if self.kind == TRUE_FALSE:
            return ["True", "False"]
        return list(self.choices)

    def correct_index(self) -> int:
        """0-based index of the right answer in display_choices()."""
        if self.kind == TRUE_FALSE:
            return 0 if self.answer is True else 1
        return self.choices.index(self.answer)  # type: ignore[arg-type]

    def answer_text(self) -> str:
        return self.display_choices()[self.correct_index()]


@dataclass
class SourceRef:
    path: str  # relative to the sources folder, '/'-separated
    date: str | None = None  # 'YYYY-MM-DD'
    sha256: str | None = None  # of the source file's bytes when the set was made


@dataclass
class QuestionSet:
    title: str
    source: SourceRef
    questions: list[Question] = field(default_factory=list)
    # Ids of every question the generator ever wrote into this set, so that a
    # question a person deleted is not brought back by regeneration.
    generated: list[str] = field(default_factory=list)
    format: int = FORMAT_VERSION

    def tags(self) -> list[str]:
        """Every tag used in the set, in order of first use."""
        seen: dict[str, None] = {}
        for question in self.questions:
            for tag in question.tags:
                seen.setdefault(tag, None)
        return list(seen)


def fingerprint_of(question: Question) -> str:
    """A short hash of what a question asks and answers (not its id or fingerprint).

    The generator stores it with each question it writes; regeneration and
    `quiz check` compare it with the question's current content to tell a
    question a person edited from one left as generated.
    """
    # Imported here: the app shows its first question without ever needing them.
    import hashlib

    encoded = _plain_content_json(question)
    if encoded is None:
        import json

        encoded = json.dumps(_content(question), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:16]


def _content(question: Question) -> dict:
    return {
        "kind": question.kind,
        "prompt": question.prompt,
        "choices": question.choices,
        "answer": question.answer,
        "explanation": question.explanation,
        "citation": [question.citation.sentence, question.citation.quote],
        "tags": question.tags,
        "difficulty": question.difficulty,
        "change": [question.change.claim, question.change.source] if question.change else None,
    }


def _plain_content_json(question: Question) -> str | None:
    """The json.dumps() of _content() fingerprint_of() makes, written out, for a question of the
    types the generator makes (str, a bool answer, an int sentence); None for any other question.

    The generator fingerprints every question it writes; json.dumps() with its options took three
    times as long. The keys stand in sort_keys order, and json writes each string with
    encode_basestring (ensure_ascii=False), an int as str() does, a bool as true/false.
    """
    from json.encoder import encode_basestring as quote

    q, change = question, question.change
    if type(q.choices) is not list or type(q.tags) is not list or type(q.citation.sentence) is not int or \
            not (type(q.answer) is str or type(q.answer) is bool) or \
            change and not (type(change.claim) is str and type(change.source) is str):
        return None
    strings = (q.kind, q.prompt, q.explanation, q.citation.quote, q.difficulty, *q.choices, *q.tags)
    if not all(type(s) is str for s in strings):
        return None
    answer = ("true" if q.answer else "false") if type(q.answer) is bool else quote(q.answer)
    changed = "null" if not change else f"[{quote(change.claim)},{quote(change.source)}]"
    return (f'{{"answer":{answer},"change":{changed},"choices":[{",".join(map(quote, q.choices))}],'
            f'"citation":[{q.citation.sentence},{quote(q.citation.quote)}],"difficulty":{quote(q.difficulty)},'
            f'"explanation":{quote(q.explanation)},"kind":{quote(q.kind)},"prompt":{quote(q.prompt)},'
            f'"tags":[{",".join(map(quote, q.tags))}]}}')


def is_edited(question: Question) -> bool:
    """True where a generated question no longer matches what the generator wrote."""
    return question.fingerprint is not None and question.fingerprint != fingerprint_of(question)
