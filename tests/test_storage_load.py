"""Loading sets: each mistake a person can make is reported at its line, all at once, never a traceback."""

from __future__ import annotations

import pytest

from quiz.model import TRUE_FALSE
from quiz.problems import ERROR, WARNING
from quiz.storage import load_located, load_question_set
from setfiles import VALID_TEXT, edited, write_set


def problems_of(tmp_path, text):
    question_set, problems = load_question_set(write_set(tmp_path, text))
    return question_set, problems


def only_error(tmp_path, text):
    question_set, problems = problems_of(tmp_path, text)
    assert question_set is None
    errors = [p for p in problems if p.severity == ERROR]
    assert len(errors) == 1, [str(p) for p in problems]
    return errors[0]


def test_the_fixture_set_loads_without_problems(tmp_path):
    question_set, problems = problems_of(tmp_path, VALID_TEXT)
    assert problems == []
    assert [q.id for q in question_set.questions] == ["q-cost", "q-start", "q-closes"]
    assert question_set.questions[2].kind == TRUE_FALSE and question_set.questions[2].answer is False
    assert question_set.questions[1].answer == "2025" and question_set.questions[1].difficulty == "medium"
    assert question_set.source.date == "2024-05-01"
    assert question_set.generated == ["q-cost", "q-start", "q-closes"]


# (what the mutation does, old, new, line, column, words the message must hold)
CASES = [
    ("indented too far", "  prompt: About", "   prompt: About", 11, None, "indentation"),
    ("indented too little", "  prompt: About", " prompt: About", 11, 2, "indentation"),
    # YAML reads an item indented one more as the previous item's text going on: "about £2m - about £12m"
    ("a list item indented wrongly", "  - about £12m\n", "   - about £12m\n", 16, 11, "not one of the choices"),
    ("a tab", "  prompt: About", "\tprompt: About", 11, 1, "replace the tab with spaces"),
    ("a missing field", "  explanation: Officials said it will cost about £12m.\n", "", 9, 3,
     "lacks the field `explanation`"),
    ("an unknown field", "  prompt: About", "  promt: About", 11, 3, "did you mean `prompt`"),
    ("a duplicate key", "  answer: about £12m\n", "  answer: about £12m\n  answer: about £2m\n", 17, 3,
     "duplicate field `answer`"),
    ("an unquoted no", "answer: '2025'", "answer: no", 31, 11, "answer: 'no'"),
    ("an unquoted yes", "answer: '2025'", "answer: yes", 31, 11, "boolean"),
    ("an unquoted on", "answer: '2025'", "answer: on", 31, 11, "quote it"),
    ("an unquoted number as text", "answer: '2025'", "answer: 2025", 31, 11, "answer: '2025'"),
    ("an unquoted float as text", "answer: '2025'", "answer: 1.5", 31, 11, "a number"),
    ("an unquoted sexagesimal", "answer: '2025'", "answer: 1:30", 31, 11, "quote it"),
    ("an unquoted number as a choice", "  - '2024'\n", "  - 2024\n", 28, 5, "- '2024'"),
    ("an unquoted date", "date: '2024-05-01'", "date: 2024-05-01", 6, 9, "a date"),
    ("an answer that is not a choice", "answer: about £12m", "answer: about £13m", 16, 11,
     "did you mean `about £12m`"),
    ("a kind that does not exist", "kind: multiple_choice", "kind: multiple_choise", 10, 9,
     "did you mean `multiple_choice`"),
    ("a difficulty that does not exist", "difficulty: hard", "difficulty: hardest", 47, 15, "did you mean `hard`"),
    ("a choice given twice", "  - about £20m\n", "  - about £2m\n", 15, 5, "appears twice"),
    ("one choice only", "  - about £2m\n  - about £12m\n  - about £20m\n", "  - about £12m\n", 13, 3,
     "at least 2 choices"),
    ("too many choices", "  - about £20m\n", "".join(f"  - c{i}\n" for i in range(10)), 13, 3, "the most is 10"),
    ("choices on a true_false question", "  answer: false\n", "  choices: [a, b]\n  answer: false\n", 41, 12,
     "remove `choices`"),
    ("a true_false answer written yes", "  answer: false\n", "  answer: no\n", 41, 11, "`answer: false`"),
    ("a true_false answer in quotes", "  answer: false\n", "  answer: 'false'\n", 41, 11, "without quotes"),
    ("a true_false answer that is text", "  answer: false\n", "  answer: maybe\n", 41, 11, "true or false"),
    ("a multiple_choice question without choices",
     "  choices:\n  - about £2m\n  - about £12m\n  - about £20m\n", "", 9, 3, "lacks the field `choices`"),
    ("sentence 0", "sentence: 2", "sentence: 0", 19, 15, "whole number from 1"),
    ("a sentence in quotes", "sentence: 2", "sentence: '2'", 19, 15, "remove the quotes"),
    ("a sentence with a leading zero", "sentence: 2", "sentence: 02", 19, 15, "leading 0"),
    ("a sentence that is text", "sentence: 2", "sentence: two", 19, 15, "whole number"),
    ("tags that are not a list", "tags: [number]", "tags: number", 21, 9, "must be a list"),
    ("a tag that is a number", "tags: [number]", "tags: [2024]", 21, 10, "quote it"),
    ("a prompt that is a list", "prompt: About how much will the bridge cost?", "prompt: [a, b]", 11, 11,
     "must be a text"),
    ("an empty prompt", "prompt: About how much will the bridge cost?", "prompt:", 11, None, "empty"),
    ("an empty quoted prompt", "prompt: About how much will the bridge cost?", "prompt: ''", 11, 11, "empty"),
    ("a duplicate id", "- id: q-start", "- id: q-cost", 24, 3, "duplicate id `q-cost`"),
    ("an unknown format", "format: 1", "format: 2", 2, 9, "format 2 is not known"),
    ("no format", "format: 1\n", "", 2, 1, "lacks the field `format`"),
    ("a bad sha256", "sha256: bc5", "sha256: xx5", 7, 11, "64 lowercase hex"),
    ("a field at the wrong level", "  tags: [number]\n", "    tags: [number]\n", 21, 5,
     "is a field of a question"),
    ("a citation that is text", "  citation:\n    sentence: 2\n    quote: It will cost about £12m, officials said.\n",
     "  citation: sentence 2\n", 18, 13, "must be a mapping"),
    ("an unclosed quote", "answer: '2025'", 'answer: "2025', 31, 11, "quote is not closed"),
    ("a value starting with @", "prompt: When", "prompt: @When", 26, 11, "put the value in quotes"),
    ("a colon in a plain text", "prompt: When does", "prompt: Yes: when does", 26, None, "quotes"),
    ("an anchor", "- id: q-start", "- id: &start q-start", 24, 7, "anchor (&start) is not allowed"),
    ("an alias", "answer: '2025'", "answer: *x", 31, 11, "alias (*x) is not allowed"),
    ("a custom tag", "answer: '2025'", "answer: !!python/object:os.system echo", 31, 11, "tag"),
    ("a second document", "generated:\n", "---\ngenerated:\n", 51, 1, "second YAML document"),
    ("a question that is text", "- id: q-start\n", "- just text\n- id: q-start\n", 24, 3,
     "must be a mapping"),
    ("a control character", "prompt: When", "prompt: \x07When", 26, 11, "not allowed"),
]


@pytest.mark.parametrize("what, old, new, line, column, words", CASES, ids=[c[0] for c in CASES])
def test_each_mistake_is_one_located_error(tmp_path, what, old, new, line, column, words):
    problem = only_error(tmp_path, edited(old, new))
    assert problem.line == line, str(problem)
    if column is not None:
        assert problem.column == column, str(problem)
    assert words in problem.message, str(problem)
    assert str(problem).startswith(f"{problem.path}:{line}:{problem.column}: error: ")


def test_the_whole_set_as_a_list_is_an_error(tmp_path):
    problem = only_error(tmp_path, "- a\n- b\n")
    assert (problem.line, problem.column) == (1, 1) and "mapping" in problem.message


def test_every_problem_is_reported_at_once(tmp_path):
    text = edited("prompt: About", "promt: About")
    text = edited("answer: '2025'", "answer: no", text)
    text = edited("difficulty: hard", "difficulty: hardest", text)
    text = edited("format: 1", "format: 3", text)
    _, problems = problems_of(tmp_path, text)
    assert [p.line for p in problems] == [2, 11, 31, 47]
    assert all(p.severity == ERROR for p in problems)


def test_a_misspelt_required_field_is_reported_once_with_a_suggestion(tmp_path):
    _, problems = problems_of(tmp_path, edited("  explanation: Off", "  explantion: Off"))
    assert len(problems) == 1 and "did you mean `explanation`" in problems[0].message


def test_an_empty_question_list_is_a_warning_only(tmp_path):
    start, end = VALID_TEXT.index("questions:\n"), VALID_TEXT.index("generated:\n")
    question_set, problems = problems_of(tmp_path, VALID_TEXT[:start] + "questions: []\n" + VALID_TEXT[end:])
    assert question_set is not None and question_set.questions == []
    assert [p.severity for p in problems] == [WARNING]


def test_locations_name_the_line_of_each_value(tmp_path):
    loaded = load_located(write_set(tmp_path, VALID_TEXT))
    assert loaded.locations[("source", "path")] == (5, 9)
    assert loaded.locations[("questions", 1)] == (24, 3)
    assert loaded.locations[("questions", 1, "citation", "quote")] == (35, 12)
    assert loaded.question_index == [0, 1, 2]


def test_questions_with_errors_are_left_out_of_the_partial_set(tmp_path):
    loaded = load_located(write_set(tmp_path, edited("answer: '2025'", "answer: no")))
    assert loaded.question_set is None
    assert [q.id for q in loaded.partial.questions] == ["q-cost", "q-closes"]
    assert loaded.question_index == [0, 2]


def test_multiline_text_in_a_literal_block_loads(tmp_path):
    text = edited("  explanation: Work starts in 2025.\n", "  explanation: |\n    Work starts\n    in 2025.\n")
    question_set, problems = problems_of(tmp_path, text)
    assert problems == [] and question_set.questions[1].explanation == "Work starts\nin 2025.\n"


def test_a_crlf_file_with_a_bom_loads(tmp_path):
    question_set, problems = problems_of(tmp_path, ("\ufeff" + VALID_TEXT).replace("\n", "\r\n"))
    assert problems == [] and len(question_set.questions) == 3


def test_hostile_text_is_kept_as_data(tmp_path):
    hostile = '"\\e[31m[bold]x[/bold] \\u202e\\0"'
    question_set, problems = problems_of(tmp_path, edited("prompt: When does work start?", f"prompt: {hostile}"))
    assert problems == []
    assert question_set.questions[1].prompt == "\x1b[31m[bold]x[/bold] \u202e\x00"


def test_a_question_appended_at_the_end_of_the_file_is_said_to_belong_in_questions(tmp_path):
    # `generated:` ends a generated set: a question a person adds at the end of the file lands in it.
    appended = VALID_TEXT + ("- id: my-own\n  kind: true_false\n  prompt: The bridge opened in 2001?\n"
                             "  answer: false\n  explanation: It opened in 2003.\n")
    line = appended[:appended.index("- id: my-own")].count("\n") + 1
    problem = only_error(tmp_path, appended)
    assert (problem.line, problem.column) == (line, 3), str(problem)
    assert "stands in `generated:`" in problem.message and "move it up into the `questions:` list" in problem.message
