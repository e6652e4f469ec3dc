"""The hostile-input suite: lets its tests import the shared helpers in tests/ (setfiles)."""

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
