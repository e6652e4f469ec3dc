"""A large question set for the load and app benchmarks, written to a temporary folder.

The set cites the seed article that ships with the package (quiz/data/seeds), so
`quiz check` and the app find its source as they would a real one: the folder
holds seeds/<article>.txt and questions/big.yaml. Its questions are those of the
packaged set (made by the generator, then reviewed), repeated with new ids until
there are as many as asked; every citation stays valid. A fixed, committed set
keeps the figures comparable from one run to the next, whatever the generator does.
"""

from __future__ import annotations

import dataclasses
from importlib import resources
from pathlib import Path

from quiz.model import QuestionSet
from quiz.storage import load_question_set, write_question_set


def packaged_seed() -> tuple[Path, Path]:
    """(the seed article, its question set) as installed with the package."""
    data = Path(str(resources.files("quiz").joinpath("data")))
    article = sorted((data / "seeds").glob("*.txt"))[0]
    return article, data / "questions" / (article.stem + ".yaml")


def templates(set_file: Path) -> QuestionSet:
    question_set, problems = load_question_set(set_file)
    if question_set is None or not question_set.questions:
        raise SystemExit(f"the packaged set does not load: {problems[0] if problems else 'no questions'}")
    return question_set


def write_big_set(folder: Path, count: int) -> Path:
    """Write a set of `count` questions under folder (questions/big.yaml); return its path."""
    article, set_file = packaged_seed()
    base = templates(set_file)
    questions = base.questions
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    (folder / "questions").mkdir(exist_ok=True)
    (folder / "seeds" / article.name).write_bytes(article.read_bytes())
    made = []
    for number in range(count):
        template = questions[number % len(questions)]
        made.append(dataclasses.replace(template, id=f"{template.id}-{number:05d}"))
    big = dataclasses.replace(base, title=f"{count:,} questions on the seed article", questions=made,
                              generated=[question.id for question in made if question.fingerprint])
    target = folder / "questions" / "big.yaml"
    write_question_set(target, big)
    return target
