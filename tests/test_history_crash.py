"""kill -9 in the middle of writing answers: the history opens, is sound, and keeps every committed answer."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quiz.history import History

# Answers as fast as it can and says how many are committed; the test kills it mid-write.
WRITER = """
import sys
from pathlib import Path
from quiz.history import History

history = History.open(Path(sys.argv[1]))
assert history.warning is None, history.warning
n = 0
while True:
    attempt = history.start_attempt("set.yaml", "A set")
    for q in range(20):
        history.record(attempt, f"q{q}", "choice " * 20, q % 3 == 0, 1.5, ["number", "date"],
                       prompt="How many? " * 30)
        n += 1
        print(n, flush=True)
    history.finish_attempt(attempt)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_history_survives_kill_9_mid_write(tmp_path):
    path = tmp_path / "history.sqlite3"
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    chance = random.Random(5)  # fixed: the same kill points on every run
    kept = 0
    for _round in range(6):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                                 text=True, env=env)
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.strip() == "1", first
        time.sleep(chance.uniform(0.0, 0.3))  # a different moment in the write loop each round
        child.send_signal(signal.SIGKILL)
        reported = [int(line) for line in [first, *child.stdout.read().split()] if line.strip()]
        child.wait()
        assert child.returncode == -signal.SIGKILL

        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        count = connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
        orphans = connection.execute("SELECT COUNT(*) FROM answer_tags WHERE answer_id NOT IN "
                                     "(SELECT id FROM answers)").fetchone()[0]
        connection.close()
        # every answer the writer saw committed is there (and at most the one in flight more)
        assert kept + reported[-1] <= count <= kept + reported[-1] + 1
        assert orphans == 0  # an answer and its tags are one transaction
        kept = count

        history = History.open(path)
        assert history.warning is None and history.persistent
        assert history.stats().answers == kept
        history.close()
    assert not list(tmp_path.glob("*.corrupt-*"))
