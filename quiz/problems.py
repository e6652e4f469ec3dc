"""Located problems: what every part of the tool reports about bad input."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a place a person can jump to."""

    path: str
    line: int  # 1-based
    column: int  # 1-based
    message: str  # what is wrong, and how to fix it
    severity: str = ERROR

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


class ProblemError(Exception):
    """Raised where a single located problem stops the work (e.g. an unreadable source)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem
