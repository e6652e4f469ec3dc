"""Regeneration that keeps people's work.

When a set already exists, the freshly generated questions are merged into it:
- a question a person edited (content no longer matches its fingerprint) stays exactly as edited;
- a question a person deleted (its id is in `generated` but not in `questions`) does not come back;
- a question a person added (no fingerprint) stays;
- an untouched generated question is refreshed (same id) or kept while its sentence is still in
  the source (its sentence number updated), and removed once its sentence is gone;
- new questions are appended, and every id written is recorded in `generated`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from quiz.model import Citation, QuestionSet, SourceRef, fingerprint_of, is_edited
from quiz.textsafe import normalize_space


@dataclass
class MergeReport:
    added: int = 0  # new generated questions
    refreshed: int = 0  # untouched questions generated again
    kept_edited: int = 0
    kept_hand: int = 0
    removed: int = 0  # untouched, their sentence gone from the source
    kept_stale: int = 0  # untouched, no longer generated, sentence still there


def _fact(question) -> tuple[str, str, str]:
    """What a question tests: its skill and sentence (and, but for claims, its answer)."""
    family = question.tags[0] if question.tags else ""
    answer = "" if family == "claim" else str(question.answer)
    return family, normalize_space(question.citation.quote), answer


def merge(existing: QuestionSet, fresh: QuestionSet, sentences: list[str],
          pool: list | None = None) -> tuple[QuestionSet, MergeReport]:
    """The existing set updated with `fresh` (a newly generated set for the same source).

    `sentences` are the texts of the source's sentences now (1-based numbering = index + 1);
    `pool` is every question the generator could make now, to refresh untouched questions the
    new selection left out (their distractors may have been improved since).
    """
    report = MergeReport()
    fresh_by_id = {question.id: question for question in pool or []}
    fresh_by_id.update({question.id: question for question in fresh.questions})
    where = {}
    for number, text in enumerate(sentences, start=1):
        where.setdefault(normalize_space(text), number)
    questions = []
    for question in existing.questions:
        if question.fingerprint is None:
            report.kept_hand += 1
            questions.append(question)
        elif is_edited(question):
            report.kept_edited += 1
            questions.append(question)
        elif question.id in fresh_by_id:
            report.refreshed += 1
            questions.append(fresh_by_id[question.id])
        elif normalize_space(question.citation.quote) in where:
            report.kept_stale += 1
            number = where[normalize_space(question.citation.quote)]
            if number != question.citation.sentence:
                question = replace(question, citation=Citation(number, question.citation.quote))
                question.fingerprint = fingerprint_of(question)
            questions.append(question)
        else:
            report.removed += 1
    present = {question.id for question in questions}
    facts = {_fact(question) for question in questions}
    generated = list(existing.generated)
    known = set(generated) | present
    for question in fresh.questions:
        if question.id in known or _fact(question) in facts:
            continue  # a person deleted it, it is already here, or the set already tests that fact
        questions.append(question)
        generated.append(question.id)
        known.add(question.id)
        facts.add(_fact(question))
        report.added += 1
    for question in questions:
        if question.fingerprint is not None and question.id not in generated:
            generated.append(question.id)
    source = SourceRef(fresh.source.path, fresh.source.date, fresh.source.sha256)
    merged = QuestionSet(title=existing.title, source=source, questions=questions, generated=generated,
                         format=existing.format)
    return merged, report
