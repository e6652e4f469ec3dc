"""Generation over a folder of articles against its floor, and sentence splitting alone.

The floor is the least any generator must do with the same files: read each one,
decode it and split it with a naive regex. Each run measures the floor and then
the generation, and the ratio is taken per run, so that a slow moment of a noisy
machine weighs on both sides of the same ratio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from quiz.problems import ProblemError
from quiz.sources import read_source, split_sentences

from timing import Figure, repeat, seconds

NAIVE_SPLIT = re.compile(r"(?<=[.!?])\s+")


def default_corpus() -> Path:
    """../shared/corpus/bbc beside the project's folder."""
    return Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc"


def article_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.txt") if path.is_file())


def floor(files: list[Path]) -> int:
    """Read, decode and naively split every file; the number of pieces."""
    pieces = 0
    for path in files:
        with open(path, "rb") as handle:
            pieces += len(NAIVE_SPLIT.split(handle.read().decode("utf-8", errors="replace")))
    return pieces


def generation(files: list[Path]) -> tuple[int, int]:
    """Read, parse and generate questions for every file: (questions, files that failed)."""
    from quiz.generate import generate_questions  # the generator is imported only when measured

    questions = failed = 0
    for path in files:
        try:
            questions += len(generate_questions(read_source(path)))
        except ProblemError:
            failed += 1
    return questions, failed


@dataclass
class CorpusFigures:
    articles: int
    questions: int
    failed: int
    generation: Figure  # seconds for all the articles
    floor: Figure  # seconds for all the articles
    ratio: Figure  # generation / floor, per run
    sentences: int
    splitting: Figure  # seconds to split every article's text


def measure_corpus(files: list[Path], runs: int) -> CorpusFigures:
    generation_times: list[float] = []
    floor_times: list[float] = []
    produced = {"questions": 0, "failed": 0}

    def one_run() -> float:
        floor_times.append(seconds(lambda: floor(files)))

        def generate_all() -> None:
            produced["questions"], produced["failed"] = generation(files)

        generation_times.append(seconds(generate_all))
        return generation_times[-1] / floor_times[-1]

    generation(files[:5])  # imports and regex compilation are not part of a corpus run
    ratio = repeat(one_run, runs)
    # The splitter as parse_source calls it: the text after the header.
    bodies = [(document.text, document.body_start) for document in map(_read, files) if document is not None]
    count = sum(len(split_sentences(text, start)) for text, start in bodies)
    splitting = repeat(lambda: seconds(lambda: [split_sentences(text, start) for text, start in bodies]), runs)
    return CorpusFigures(len(files), produced["questions"], produced["failed"], Figure(generation_times),
                         Figure(floor_times), ratio, count, splitting)


def _read(path: Path):
    try:
        return read_source(path)
    except ProblemError:
        return None
