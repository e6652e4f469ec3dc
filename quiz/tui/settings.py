"""Settings the app remembers between runs (the theme), in the user data folder."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

FILE_NAME = "settings.json"


def settings_path() -> Path:
    from quiz.history import data_dir  # QUIZ_DATA_DIR, else the platform's user data folder

    return data_dir() / FILE_NAME


def load(path: Path | None = None) -> dict[str, object]:
    """The saved settings; {} when there are none or they cannot be read (never an error)."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(values: dict[str, object], path: Path | None = None) -> str | None:
    """Merge values into the settings file, atomically; the error message, or None."""
    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {**load(path), **values}
        # Write a temporary file and rename it: a crash leaves the old settings, never half a file.
        handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, indent=2, sort_keys=True)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        return f"Could not save your settings in {path.parent} ({error.strerror or error})."
    return None
