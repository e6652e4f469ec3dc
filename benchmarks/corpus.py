"""Generation over a folder of articles against its floor, and sentence splitting alone.

The floor is the least any generator must do with the same files: read each one,
decode it and split it with a naive regex (both timed by the generator's own
benchmark, benchmarks/generate.py, whose functions are used here). Each run measures the floor and then
the generation, and the ratio is taken per run, so that a slow moment of a noisy
machine weighs on both sides of the same ratio.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quiz.generate import generate_questions
from quiz.model import QuestionSet, SourceRef
from quiz.problems import ProblemError
from quiz.sources import read_source, split_sentences
from quiz.storage import dump_question_set

# The floor and the generation run are those of the generator's own benchmark (generate.py).
from generate import floor, generator
from timing import Figure, repeat, seconds


def default_corpus() -> Path:
    """../shared/corpus/bbc beside the project's folder."""
    return Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc"


def article_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.txt") if path.is_file())


@dataclass
class CorpusFigures:
    articles: int
    questions: int
    generation: Figure  # seconds for all the articles
    floor: Figure  # seconds for all the articles
    ratio: Figure  # generation / floor, per run
    sentences: int
    splitting: Figure  # seconds to split every article's text
    writing: Figure  # seconds to write every article's set as YAML text (quiz.storage.dump_question_set)


def measure_corpus(files: list[Path], runs: int) -> CorpusFigures:
    generation_times: list[float] = []
    floor_times: list[float] = []
    made = [0]

    def one_run() -> float:
        floor_times.append(floor(files)[0])
        took, made[0] = generator(files)
        generation_times.append(took)
        return generation_times[-1] / floor_times[-1]

    generator(files[:5])  # imports and first-use compilation are not part of a corpus run
    ratio = repeat(one_run, runs)
    read = [(path, document) for path, document in zip(files, map(_read, files)) if document is not None]
    # The splitter as parse_source calls it: the text after the header.
    bodies = [(document.text, document.body_start) for _, document in read]
    count = sum(len(split_sentences(text, start)) for text, start in bodies)
    splitting = repeat(lambda: seconds(lambda: [split_sentences(text, start) for text, start in bodies]), runs)
    # The sets as quiz generate writes them, less the disk: its fsyncs take what the disk takes.
    sets = [QuestionSet(title=document.title or "", source=SourceRef(str(path), document.date, document.sha256),
                        questions=questions, generated=[question.id for question in questions])
            for path, document in read for questions in [generate_questions(document)]]
    writing = repeat(lambda: seconds(lambda: [dump_question_set(question_set) for question_set in sets]), runs)
    return CorpusFigures(len(files), made[0], Figure(generation_times),
                         Figure(floor_times), ratio, count, splitting, writing)


def _read(path: Path):
    try:
        return read_source(path)
    except ProblemError:
        return None
