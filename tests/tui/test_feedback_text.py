"""How a cited sentence is quoted after an answer."""

from quiz.tui.widgets.feedback import in_quotes, lead_in


def test_a_sentence_is_shown_in_quotation_marks():
    assert in_quotes("The US did not confirm any casualties.").plain == "“The US did not confirm any casualties.”"


def test_a_sentence_that_opens_with_a_quote_is_not_quoted_twice():
    sentence = "“We know what we hit,” he said."
    assert in_quotes(sentence).plain == sentence


def test_markup_in_a_quote_stays_text():
    assert in_quotes("[bold]x[/]").plain == "“[bold]x[/]”"


QUOTE = "Since 2009, the US has designated Kataib Hezbollah as a terrorist organisation."


def test_an_explanation_ending_in_the_cited_sentence_is_shown_without_it():
    # The panel quotes the sentence right below the explanation: it is read once.
    assert lead_in(f"The article gives 2009: “{QUOTE}”", QUOTE) == "The article gives 2009:"
    assert lead_in(f"False. The article says 2009, not 2012: “{QUOTE}” \n", QUOTE) == \
        "False. The article says 2009, not 2012:"


def test_an_explanation_in_a_person_s_own_words_is_kept_whole():
    for explanation in ["The US designated the group in 2009.", f"“{QUOTE}”",
                        f"The article gives 2009: “{QUOTE}” It was the first such step.",
                        f"The article gives 2009: “{QUOTE[:-1]}”"]:
        assert lead_in(explanation, QUOTE) == explanation
