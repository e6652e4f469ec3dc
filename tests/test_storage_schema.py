"""The shipped JSON Schema describes the same format as the model and the validator."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from quiz import validate
from quiz.model import Change, Citation, Question, QuestionSet, SourceRef
from quiz.storage import schema_path
from setfiles import FIXTURE, VALID_TEXT, edited

REPO = Path(__file__).resolve().parent.parent
SCHEMA = json.loads(schema_path().read_text(encoding="utf-8"))
DEFS = SCHEMA["$defs"]


def names(cls) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


@pytest.mark.parametrize("cls, properties, listed", [
    (QuestionSet, SCHEMA["properties"], validate.SET_FIELDS),
    (SourceRef, DEFS["source"]["properties"], validate.SOURCE_FIELDS),
    (Question, DEFS["question"]["properties"], validate.QUESTION_FIELDS),
    (Citation, DEFS["citation"]["properties"], validate.CITATION_FIELDS),
    (Change, DEFS["change"]["properties"], validate.CHANGE_FIELDS),
])
def test_schema_properties_are_the_model_fields(cls, properties, listed):
    assert set(properties) == names(cls) == set(listed)


def test_the_schema_is_valid_and_shipped_in_the_package():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert schema_path().parent.name == "quiz"
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"*.json"' in pyproject  # package-data ships quiz/*.json


def test_limits_agree_with_the_validator():
    question = DEFS["question"]["properties"]
    assert question["choices"]["maxItems"] == validate.MAX_CHOICES
    assert question["tags"]["maxItems"] == validate.MAX_TAGS
    assert question["prompt"]["maxLength"] == validate.MAX_TEXT
    assert SCHEMA["properties"]["questions"]["maxItems"] == validate.MAX_QUESTIONS


@pytest.mark.parametrize("path", [REPO / "questions" / "000_ac34c4d9b940b12e.yaml",
                                  FIXTURE / "questions" / "bridge.yaml"])
def test_the_shipped_sets_validate_against_the_schema(path):
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), SCHEMA)


@pytest.mark.parametrize("old, new", [
    ("  prompt: About", "  promt: About"),
    ("answer: '2025'", "answer: 2025"),
    ("kind: multiple_choice", "kind: multiple"),
    ("sentence: 2", "sentence: 0"),
    ("  answer: false\n", "  answer: 'false'\n"),
    ("  answer: false\n", "  choices: [a, b]\n  answer: false\n"),
    ("  explanation: It closes in May.\n", ""),
    ("  - about £20m\n", "  - about £2m\n"),
    ("format: 1", "format: 2"),
    ("date: '2024-05-01'", "date: 2024-05-01"),
])
def test_the_schema_rejects_what_quiz_check_rejects(old, new):
    data = yaml.safe_load(edited(old, new))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_the_fixture_text_is_a_valid_set():
    jsonschema.validate(yaml.safe_load(VALID_TEXT), SCHEMA)
