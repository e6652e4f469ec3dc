"""How a cited sentence is quoted after an answer."""

from quiz.tui.widgets.feedback import in_quotes


def test_a_sentence_is_shown_in_quotation_marks():
    assert in_quotes("The US did not confirm any casualties.").plain == "“The US did not confirm any casualties.”"


def test_a_sentence_that_opens_with_a_quote_is_not_quoted_twice():
    sentence = "“We know what we hit,” he said."
    assert in_quotes(sentence).plain == sentence


def test_markup_in_a_quote_stays_text():
    assert in_quotes("[bold]x[/]").plain == "“[bold]x[/]”"
