"""Quality rules of the eleventh round (press releases, sport, courts, wire copy), each on sentences written
for these tests."""

import random

import pytest

from quiz.generate import _candidates
from quiz.generate.analysis import AFTER_RELEASE, analyse
from quiz.generate.attribution import classify_speaker
from quiz.generate.distractors import pick_roles
from quiz.generate.entities import Names
from quiz.generate.fam_claims import claim_candidates
from quiz.generate.fam_numbers import number_candidates
from quiz.generate.fam_roles import role_candidates
from quiz.generate.fam_speech import attribution_candidates, quote_candidate
from quiz.generate.fam_years import date_candidates
from quiz.generate.filters import context_problem
from quiz.generate.name_runs import judge_run
from quiz.generate.number_choices import UPPER_RANKS, spread
from quiz.generate.statement import sentence_problem
from quiz.generate.text import lower_first
from quiz.sources import parse_source


def _article(*sentences: str, title: str = "Kinloch ferries"):
    return analyse(parse_source(title + "\n\n" + "\n\n".join(sentences) + "\n", "kinloch.txt"))


def _roles_offered(article, entity: str) -> set[str]:
    role = next(r for r in article.roles() if r.entity == entity)
    return {r for seed in range(20) for r in pick_roles(article, role, random.Random(seed), want=10)}


def test_a_womans_role_is_not_offered_for_a_man_nor_for_one_the_article_gives_no_sex():
    article = _article(
        "Helen Morgan, the Liberal Democrats' health spokeswoman, said the figures were a disgrace.",
        "Tim Gardner, assistant director of policy at the Health Foundation, said the figures were a small step.",
        "Ruth Dale, chief executive of Kinloch Ferries, said the timetable would change in May.",
        "Mr Gardner said waiting lists had grown.")
    offered = _roles_offered(article, "Tim Gardner")
    assert "chief executive of Kinloch Ferries" in offered
    assert not [role for role in offered if "spokeswoman" in role]


def test_a_mans_role_is_offered_for_one_the_article_gives_no_sex_but_not_for_a_woman():
    article = _article(
        "Alan Reid, the Conservatives' transport spokesman, said fares were too high.",
        "Fiona Grant, the council's finance director, said fares would be frozen.",
        "Sandy Kerr, chief executive of Kinloch Ferries, said the timetable would change in May.",
        "Mrs Grant said the council had no more money.")
    assert "the Conservatives' transport spokesman" in _roles_offered(article, "Sandy Kerr")
    offered = _roles_offered(article, "Fiona Grant")
    assert "chief executive of Kinloch Ferries" in offered
    assert not [role for role in offered if "spokesman" in role]


@pytest.mark.parametrize(("run", "name"), [
    ("Seventeen-year-old Caleb Walsh", "Caleb Walsh"),
    ("Nine-month-old Isla Grant", "Isla Grant"),
])
def test_an_age_before_a_name_is_no_part_of_it(run, name):
    assert judge_run(run)[0] == name


def _who_prompts(article) -> list[str]:
    return [c.prompt for info in article.sentences
            for c in attribution_candidates(info, article, random.Random(0))]


def test_a_line_of_notes_under_its_label_asks_no_who():
    others = ("Ramon Ellery said Kinloch would sign a new pitcher before the deadline.",
              "Dexter Harlan said Seattle had played well in the heat.")
    labelled = "Royals: SS Bobby Tran is expected to begin a rehab assignment this weekend, Dale Kessinger said."
    plain = "SS Bobby Tran is expected to begin a rehab assignment this weekend, Dale Kessinger said."
    assert not [p for p in _who_prompts(_article(labelled, *others)) if "rehab" in p]
    assert [p for p in _who_prompts(_article(plain, *others)) if "rehab" in p]


def test_a_pronoun_saying_it_again_of_the_one_asked_for_asks_no_who():
    # "who believes …, about a third of which it says are derelict?": 'it' is the one asked for
    others = ("Oban Harbour Trust said repairs to Oban pier would cost £2m.",
              "Highland Council said it had no money for new boats.",
              "CalMac Ferries Ltd said fares would rise by 5% in May.")
    again = "Kinloch Council believes 111 homes on Mull are empty, about a third of which it says are derelict."
    once = "Kinloch Council believes 111 homes on Mull are empty."
    assert not [p for p in _who_prompts(_article(again, *others)) if "homes" in p]
    assert [p for p in _who_prompts(_article(once, *others)) if "homes" in p]


@pytest.mark.parametrize(("body", "problem"), [
    ("Yakubu said Adeyemi met that threshold in 29 states.", "'met that threshold in…' refers to something earlier"),
    ("Kinloch Ferries reached that target in 2004.", "'reached that target in…' refers to something earlier"),
])
def test_that_and_a_noun_after_a_verb_of_reaching_a_mark_points_back(body, problem):
    assert context_problem(body) == problem


def test_that_before_a_quotation_ending_the_sentence_opens_a_clause():
    body = ('Bob Bennett, director of the Nevada commission, said judges were experienced officials '
            'and that "close fights produce different cards."')
    assert context_problem(body) is None


@pytest.mark.parametrize("body", [
    "For media enquiries, contact the University of Leeds press office on 0113 343 4031.",
    "To find out more, visit the website of Kinloch Council before the end of May.",
    "Please note the figures for 2004 are provisional estimates only.",
])
def test_an_instruction_to_the_reader_is_no_statement(body):
    assert sentence_problem(body) == "an instruction, not a statement of fact"


@pytest.mark.parametrize("body", [
    "Contact lenses are now cheaper than ever before in Kinloch.",
    "Visit numbers to the island rose by 5% in 2004.",
])
def test_a_verb_that_is_a_noun_too_opens_a_statement(body):
    assert sentence_problem(body) is None


def test_what_follows_a_press_releases_end_is_not_its_news():
    article = _article("Kinloch University found that sleep improves memory by 20%, its study says.",
                       "ENDS", "Notes to editors",
                       "Kinloch University has more than 39,000 students from more than 150 countries.")
    assert article.sentences[0].problem is None
    assert [info.problem for info in article.sentences[2:]] == [AFTER_RELEASE, AFTER_RELEASE]


def test_a_count_of_countries_takes_no_wrong_count_beyond_the_worlds():
    article = _article("Kinloch University has students from 150 countries.")
    choices = [c.choices for seed in range(20)
               for c in number_candidates(article.sentences[0], article, random.Random(seed))]
    assert choices
    assert all(float(choice) < 200 for found in choices for choice in found)


@pytest.mark.parametrize(("body", "problem"), [
    ("Analysts on average had expected $17.4 billion.", "'expected $17.4 billion' says nothing of what was expected"),
    ("Economists had forecast 0.3%.", "'forecast 0.3%' says nothing of what was forecast"),
])
def test_a_figure_that_is_all_a_forecast_says_leans_on_the_sentence_before(body, problem):
    assert context_problem(body) == problem


def test_a_forecast_that_says_what_of_stands_alone():
    assert context_problem("Economists polled by Reuters had predicted a rise of 0.3%.") is None


@pytest.mark.parametrize("body", [
    "The U.S. Court of Appeals for the Fifth Circuit agreed in 2023, and the Biden administration appealed.",
    "The judges agreed in 2001.",
])
def test_agreeing_to_nothing_said_leans_on_the_sentence_before(body):
    assert context_problem(body) == "'agreed' says nothing of what was agreed: something told earlier"


@pytest.mark.parametrize("body", [
    "Forty-three per cent thought Mr Blunkett had done a good job and 17% disagreed.",
    "Fiat can sell its stake to GM under a deal agreed in 2000.",
    "In 1997 a debate between Mr Blair and John Major was cancelled when a format could not be agreed.",
    "Kinloch Council agreed on Monday to freeze fares until 2006.",
])
def test_agreeing_that_says_to_what_or_a_thing_agreed_stands_alone(body):
    assert "agreed" not in (context_problem(body) or "")


@pytest.mark.parametrize(("body", "problem"), [
    ("Rivals followed suit within days of the cut.", "'Rivals followed suit' follows something told earlier"),
    ("Germany did the same in 2004, officials said.", "'did the same' follows something told earlier"),
])
def test_doing_the_same_leans_on_the_sentence_before(body, problem):
    assert context_problem(body) == problem


def test_a_comparative_without_than_compares_with_the_sentence_before():
    body = "Protection against severe disease was higher, at 86 per cent, though the number was small."
    assert context_problem(body) == "'was higher' compares with something told earlier"
    assert context_problem("Protection was higher than expected, at 86 per cent.") is None


def test_a_short_claim_that_names_nothing_is_not_asked():
    article = _article("Some people had brought flasks of tea.",
                       "Some people at Kinloch pier had brought flasks of tea.")
    assert claim_candidates(article.sentences[0], article, random.Random(0)) == []
    assert claim_candidates(article.sentences[1], article, random.Random(0))


def _asked(article) -> set[int]:
    return {c.sentence for c in _candidates(article, 0)[0]}


def test_the_title_says_which_charity_only_where_it_names_what_the_sentence_before_names():
    sentences = ("The RNLI warned that beaches and rivers across Cornwall would be busy this weekend.",
                 "Last year, the charity's lifeguards responded to about 1,100 incidents in August.")
    assert 2 not in _asked(_article(*sentences, title="Amber heat warning issued for parts of England"))
    assert 2 in _asked(_article(*sentences, title="RNLI lifeguards brace for busy weekend in Cornwall"))


def test_the_title_says_who_the_right_hander_is_only_where_it_names_the_one_named_before():
    sentences = ("Seattle starter Marco Lindqvist struck out 10 over six innings.",
                 "The right-hander, who entered the game with a 3.12 ERA, threw 104 pitches, 71 of them for strikes.")
    assert 2 not in _asked(_article(*sentences, title="Harlan homers twice as Mariners edge Royals"))
    assert 2 in _asked(_article(*sentences, title="Lindqvist strikes out 10 as Mariners edge Royals"))


@pytest.mark.parametrize(("body", "problem"), [
    ("The pitcher threw 104 pitches, 71 of them for strikes.", "'the pitcher' refers to something named earlier"),
    ("The right-hander threw 104 pitches.", "'the right-hander' refers to something named earlier"),
])
def test_a_the_before_a_past_verb_points_back(body, problem):
    assert context_problem(body) == problem


def test_an_explanation_names_a_speaker_as_a_sentence_writes_it():
    # "… from the sentence before, which names A Home Office spokesman" read as a title mid-sentence
    article = _article('"We will cut fares on every route to Mull this year," a Kinloch Ferries spokesman said. '
                       '"Passengers deserve a better and cheaper service than the one they get."',
                       "Highland Council said it had no money for new boats.",
                       "Oban Harbour Trust said repairs to Oban pier would cost £2m.")
    found = quote_candidate(article.sentences[1], article, random.Random(0))
    assert found and found[0].explanation.endswith("which names a Kinloch Ferries spokesman.")


def test_a_figure_that_may_stand_at_any_rank_stands_higher_more_often():
    # A figure has fewer wrong values below it than above: drawn alike, the smallest choice was the answer
    # in 36% of the corpus's figures.
    options = ["40", "50", "60", "70", "90", "100", "110", "120"]
    ranks = [sorted(map(int, ["80", *spread("80", options, random.Random(seed), weights=UPPER_RANKS)])).index(80)
             for seed in range(600)]
    assert ranks.count(2) + ranks.count(3) > 1.25 * (ranks.count(0) + ranks.count(1))
    assert max(map(ranks.count, range(4))) < 2 * min(map(ranks.count, range(4)))


def _figures_asked(body: str) -> list[tuple[str, list[str]]]:
    article = _article(body)
    return [(c.answer, c.choices) for seed in range(10)
            for c in number_candidates(article.sentences[0], article, random.Random(seed))]


@pytest.mark.parametrize(("body", "kept"), [
    ("Kinloch Ferries said profit rose to £1.9m in the 12 months to the end of March.", "£1.9m"),
    ("Ada Okoro won the men's 100 metres in Tokyo, clocking 9.79 seconds.", "9.79"),
    ("Femi Adeyemi, a former 400m hurdler, said Ada Okoro had run 47 races in 2004.", "47"),
])
def test_the_length_of_a_results_period_or_a_race_is_not_asked(body, kept):
    asked = {answer for answer, _ in _figures_asked(body)}
    assert kept in asked
    assert not asked & {"12", "100", "400m", "400"}


def test_a_time_to_hundredths_of_a_second_takes_wrong_times_within_a_few_per_cent():
    found = _figures_asked("Caleb Walsh won the final in Indianapolis in 47.58 seconds.")
    assert found
    assert all(46.5 < float(choice) < 48.7 for _, choices in found for choice in choices)


def test_a_gap_of_a_fraction_of_a_second_takes_wrong_gaps_a_reader_can_tell_apart():
    found = _figures_asked("Caleb Walsh took pole position in Monaco, 0.177 seconds ahead of Ada Okoro.")
    assert found
    for answer, choices in found:
        others = sorted(float(choice) for choice in choices if choice != answer)
        assert min(abs(other - 0.177) for other in others) >= 0.015
        assert all(0 < other < 0.5 for other in others)


def test_a_count_with_decimals_but_no_seconds_keeps_its_steps():
    found = _figures_asked("Kinloch Ferries carried 47.58 million passengers in 2004.")
    assert any(float(choice.split()[0]) < 45 for _, choices in found for choice in choices)


def test_one_the_article_tells_is_dead_is_no_speaker_offered():
    sentences = ('"The layout of this junction continues to present a risk of death," coroner Maria Voisin said.',
                 "Gary Pike, the lorry driver, said he had checked his mirrors twice.",
                 "Paul Hendry, a council engineer, said the junction had been due for changes in 2022.",
                 "Dr Emery had worked at Kinloch Hospital since 2015.")
    for fate, offered in (("died at the scene", False), ("was hurt", True)):
        article = _article(f"Dr Laura Emery, a registrar at Kinloch Hospital, {fate} after she was struck by a lorry.",
                           *sentences)
        found = quote_candidate(article.sentences[1], article, random.Random(0))
        assert found and ("Laura Emery" in found[0].choices) == offered


@pytest.mark.parametrize(("run", "name"), [("PC David Lowe", "David Lowe"), ("DCI Anna Reid", "Anna Reid")])
def test_a_police_rank_before_a_name_is_a_title(run, name):
    assert judge_run(run)[:2] == (name, run.split()[0])


@pytest.mark.parametrize("body", [
    "Hungary's Wizz Air said earlier this month it expected flat profit growth this year.",
    "Goldman Sachs raised its year-end forecast to $2,700 an ounce on Thursday.",
    "Analysts at Goldman Sachs said the cuts were likely to keep the market in deficit.",
])
def test_a_name_the_article_calls_it_is_no_one(body):
    article = _article(body, "Michael Jones, an analyst at Davy, said fares would fall.")
    assert list(article.names.persons) == ["Michael Jones"]


def test_electric_power_names_a_firm():
    article = _article("Tohoku Electric Power said its plant at Onagawa was safe.",
                       "Naoko Sato, 41, said the whole flat had been swaying.")
    assert "Tohoku Electric Power" not in article.names.persons


def test_it_before_a_figure_stands_for_a_measure_told_earlier():
    body = "In Galway West it was 60.2 per cent, while Limerick City voted 59.5 per cent in favour."
    assert context_problem(body) == "'it was' stands for a measure told earlier"
    assert context_problem("Kinloch Council said it was 5% short of its target for 2004.") is None


def test_a_nationality_standing_for_a_person_points_back():
    body = "The Nigerian was level with Brooks at 60 metres before pulling clear in the final 30 metres."
    assert context_problem(body) == "'The Nigerian' refers to someone named earlier"
    assert context_problem("The Indian government said growth was 6% in 2004.") is None


def test_a_time_in_brackets_after_am_goes_on_with_the_sentence():
    article = _article("The quake hit at 3:42 a.m. (1842 GMT Saturday) at a depth of about 40 km, the agency said.")
    assert len(article.sentences) == 1


def test_a_title_holding_the_answer_with_its_unit_gives_it_away():
    article = _article("Ada Okoro won the final in Tokyo on Sunday, clocking 9.79 seconds in the heat.",
                       title="Okoro storms to world title in 9.79s")
    assert not [c for c in _candidates(article, 0)[0] if c.answer == "9.79" and c.family == "number"]


def test_the_months_to_a_date_say_which_months():
    body = "Kinloch Ferries said profit rose to £1.9m in the 12 months to the end of March."
    assert context_problem(body) is None


def test_a_title_giving_a_share_in_words_gives_a_percentage_near_it_away():
    sentences = ("About 64% of the coral surveyed along Kinloch reef has been bleached, scientists said.",)
    titled = _article(*sentences, title="Almost two-thirds of Kinloch coral shows signs of bleaching")
    untitled = _article(*sentences, title="Kinloch coral shows signs of bleaching")
    assert not [c for c in _candidates(titled, 0)[0] if c.answer == "About 64%"]
    assert [c for c in _candidates(untitled, 0)[0] if c.answer == "About 64%"]


@pytest.mark.parametrize("phrase", ["vote counts", "official tallies", "court filings"])
def test_records_counted_are_no_one_who_says(phrase):
    # "according to vote counts": 'Vote counts' was offered as who said a quotation
    assert classify_speaker(phrase, Names(["Kinloch Council said so."])).display is None


def test_a_surname_that_is_a_word_too_written_first_names_a_person():
    article = _article("Park Chan-dae, floor leader of the Democratic Party, called the vote a victory.",
                       '"No one is above the Constitution, not even the president," Park said.')
    assert "Park Chan-dae" in article.names.persons
    assert article.sentences[1].quote.speaker.display == "Park Chan-dae"


def test_a_bare_surname_two_people_share_is_no_answer():
    article = _article("Tom Lee, the council leader, said fares would rise.",
                       "Ann Lee, a Kinloch ferry captain, said fares were already too high.",
                       '"We cannot keep the boats running at these prices," Lee said.')
    assert article.sentences[2].quote is None or article.sentences[2].quote.speaker.display is None


def test_a_year_of_what_happened_takes_none_of_the_articles_planned_years():
    article = _article("NASA plans to launch the return mission in 2030 and bring the samples back by 2035.",
                       "A review board said the programme would cost as much as $11bn and would not return until 2040.",
                       "NASA's Perseverance rover, which landed in Jezero crater in February 2021, is collecting rock samples.",
                       "Kinloch University joined the project in 2019.")
    found = [c.choices for seed in range(10)
             for c in date_candidates(article.sentences[2], article, random.Random(seed))]
    assert found
    assert all(int(choice) <= 2025 for choices in found for choice in choices)


def test_a_football_club_is_no_one():
    article = _article("Tommy Callaghan, a former Ireland midfielder, has died aged 77.",
                       "Callaghan joined Bristol Rovers as a 17-year-old after a scout saw him play.",
                       "After leaving Rovers in 1976, he had two seasons with Swansea City before retiring.")
    assert list(article.names.persons) == ["Tommy Callaghan"]
    assert article.sentences[2].context == "'he' refers to something earlier"


def test_a_sentence_all_quotation_is_told_as_such():
    assert sentence_problem('"I want to pay tribute to the officers who worked on this case."') == \
        "all quotation: someone's words, not the article's report"


@pytest.mark.parametrize("place", ["BRASÍLIA", "SÃO PAULO", "ZÜRICH"])
def test_a_dateline_in_capitals_beyond_ascii_is_no_part_of_the_sentence(place):
    article = _article(f"{place} — Deforestation in the Amazon fell by 31 per cent in the year to July, Kinloch "
                       "University said.")
    assert article.sentences[0].body.startswith("Deforestation")


@pytest.mark.parametrize(("body", "problem"), [
    ("Dr Hannah Clarke said a dry winter had left fuel loads at levels not seen since then.",
     "'since then' is a time told earlier"),
    ("Police recovered the knife from a drain on Aylestone Road the following morning.",
     "'the following morning' is a time told from something earlier"),
    ("Power cuts were reported in parts of all three regions on Friday morning.",
     "'all three regions' refers to things named earlier"),
    ("Shipments to the European Union increased 6.3%.", "says nothing of whose 'Shipments' it means"),
    ("Outbound shipments rose 8.4% year on year last month, customs data showed.",
     "says nothing of whose 'Outbound shipments' it means"),
])
def test_more_that_leans_on_the_sentence_before(body, problem):
    assert context_problem(body) == problem


@pytest.mark.parametrize("body", [
    "Kinloch Ferries joined Oban Lines in 1990 and left two years later.",
    "Exports from Germany rose 5% in May, Kinloch University said.",
    "All three of Kinloch's ferries were back in service by 2005.",
])
def test_what_says_it_itself_stands_alone(body):
    assert context_problem(body) is None


def test_a_share_that_is_the_whole_subject_is_not_asked():
    article = _article("About 17 per cent has already been destroyed, according to researchers at Kinloch University.")
    assert not number_candidates(article.sentences[0], article, random.Random(0))


@pytest.mark.parametrize("body", [
    "Born in Drogheda in 1947, Tommy Callaghan joined Bristol Rovers as a 17-year-old in 1964.",
    "Kinloch University found that 6,288 hectares were cleared between August 2024 and July 2025.",
])
def test_a_year_the_rest_of_the_sentence_gives_is_not_asked(body):
    article = _article(body)
    assert not date_candidates(article.sentences[0], article, random.Random(0))


@pytest.mark.parametrize(("source", "claim"), [
    ("AliExpress did not respond to a complaint from Kinloch University.",
     "AliExpress responded to a complaint from Kinloch University."),
    ("Kinloch Council does not cover the cost of school boats to Mull.",
     "Kinloch Council covers the cost of school boats to Mull."),
])
def test_a_flipped_do_not_states_the_verb_itself(source, claim):
    article = _article("Kinloch Ferries runs 12 routes from Oban.", source)  # (after a lead, which is not negated)
    found = [c for c in claim_candidates(article.sentences[1], article, random.Random(0)) if c.answer is False]
    assert [c.prompt.split(": ", 1)[1] for c in found if c.change.source.startswith(("did", "does"))] == [claim]


def test_no_negation_is_flipped_before_a_concession():
    article = _article("Medicare plans do not currently cover weight-loss drugs, although Wegovy is covered for "
                       "patients with heart disease.")
    found = claim_candidates(article.sentences[0], article, random.Random(0))
    assert not [c for c in found if c.change and "not" in c.change.source]


def test_the_answer_is_no_odd_one_out_beside_a_run_of_the_rest():
    # "2018, 2019, 2020 and 2022", "only 14% beside 18%, 20%, 22%": the answer apart from a run of the rest
    for seed in range(50):
        chosen = spread("2022", ["2018", "2019", "2020", "2023", "2024"], random.Random(seed))
        assert sorted(chosen) != ["2018", "2019", "2020"]
        chosen = spread("14%", ["18%", "20%", "22%", "10%", "8%"], random.Random(seed), weights=UPPER_RANKS)
        assert sorted(chosen) != ["18%", "20%", "22%"]


@pytest.mark.parametrize(("text", "common"), [
    ("Conservative shadow foreign secretary Michael Ancram", {"conservative"}),
    ("German Chancellor Gerhard Schroeder", {"german"}),
])
def test_a_party_or_a_nationality_keeps_its_capital_inside_a_sentence(text, common):
    # "The article says conservative shadow foreign secretary Michael Ancram, not Jack Straw"
    assert lower_first(text, frozenset(), common) == text


@pytest.mark.parametrize("body", [
    "The think-tank British Future said the debate needed to focus on the effects of migration.",
    "Analysts at consultancy Cornwall Insight said they expected the cap to fall in April.",
])
def test_a_name_a_bodys_word_stands_before_is_no_one(body):
    article = _article(body, "Ravi Desai, a director at Kinloch University, said fares would fall.")
    assert list(article.names.persons) == ["Ravi Desai"]


def test_a_credit_line_is_not_the_news():
    assert sentence_problem("Associated Press writer Sara Cline in Baton Rouge contributed to this report.") == \
        "a credit line (who reported or edited it), not the news"


@pytest.mark.parametrize(("body", "title"), [
    ("William Ruto beat former Prime Minister Raila Odinga in the election in August.", "former Prime Minister"),
    ("Kinloch Ferries hired ex-Defence Secretary John Reid in 2004.", "former Defence Secretary"),
])
def test_a_past_title_keeps_its_former(body, title):
    article = _article(body)
    assert [person.titles for person in article.names.persons.values()] == [[title]]


@pytest.mark.parametrize(("sentences", "title"), [
    (("Kinloch Council bought the painting for £4.2m, with £2m from the Heritage Fund and £1m from the council.",
      "The remaining £1.15m was raised through an appeal that Kinloch Council launched in June."),
     "Kinloch Council buys Raeburn portrait"),
    (("Kinloch Council voted to close the minor injuries unit at Oban hospital in 2021.",
      "Mr Hale said the claim was false and that he was not on the board when the decision was taken in 2021."),
     "Kinloch Council accused of gutter politics"),
    (("The Cambrian Wildlife Trust counted 52 pairs of curlews in Powys in 2023.",
      "Farmer Gareth Lloyd has worked with the trust since 2019 to delay cutting on fields where curlews nest."),
     "Curlew numbers in Welsh uplands fall by half"),
])
def test_what_the_title_does_not_name_is_not_asked_with_it(sentences, title):
    assert 2 not in _asked(_article(*sentences, title=title))


@pytest.mark.parametrize("body", [
    "The CDC said 187 of the 2,904 passengers on the Meridian Star, about 6.4 per cent, reported symptoms in May.",
    "William Ruto received about 7.18 million votes to Raila Odinga's 6.94 million, a margin of roughly 233,000.",
])
def test_no_figure_the_others_give_by_sum_difference_or_share_is_asked(body):
    assert _figures_asked(body) == []


def test_figures_that_give_no_other_are_asked():
    assert {answer for answer, _ in _figures_asked("Kinloch Ferries employs 250 people on 12 boats and 40 routes.")} \
        == {"250", "12", "40"}


@pytest.mark.parametrize("body", [
    "Investors will next turn to the consumer price index report due from Kinloch University on Thursday.",
    "Ding had taken the lead in Game 3 and again in Game 11, while Sorensen won Game 7 in Kinloch.",
])
def test_no_negation_before_next_or_again(body):
    article = _article(body)
    assert not [c for c in claim_candidates(article.sentences[0], article, random.Random(0))
                if c.change and "not" in c.change.claim]


@pytest.mark.parametrize(("body", "problem"), [
    ("ASB economist Emma Collins was more cautious.", "'was more cautious' compares with something told earlier"),
    ("Prices in Kinloch were higher.", "'were higher' compares with something told earlier"),
])
def test_a_comparison_ending_the_sentence_leans_on_the_one_before(body, problem):
    assert context_problem(body) == problem


def test_a_dateline_ending_in_a_colon_is_no_part_of_the_sentence():
    article = _article("AHMEDABAD: Shubhman Rao struck an unbeaten 148 as India beat England by 73 runs in Kinloch.")
    assert article.sentences[0].body.startswith("Shubhman")


def test_a_reason_shows_a_blanked_quotation_as_one_space():
    body = 'Kinloch Council said the sale of that business "which we value very highly" and Oban went ahead.'
    assert "  " not in context_problem(body)


def test_a_role_whose_owner_was_named_before_is_neither_answer_nor_choice():
    article = _article("Helen Wakefield, the Environment Agency's director of water quality, said spills rose.",
                       "Tom Ashworth, the group's chief executive, said the firm would invest £2bn by 2030.",
                       "Tim Farron, the party's environment spokesperson, said ministers were asleep.",
                       "Ann Lee, chief executive of Kinloch Ferries, said fares would rise in May.")
    made = [c for info in article.sentences for seed in range(5)
            for c in role_candidates(info, article, random.Random(seed))]
    assert made
    assert not [c for c in made if "the group's" in str(c.choices) + c.prompt + str(c.answer)]
    assert not [c for c in made if "the party's" in str(c.choices) + c.prompt + str(c.answer)]


def test_a_lord_known_by_his_title_is_named_with_it():
    article = _article("The science minister, Lord Vallance, said the funding showed a long-term commitment.")
    assert article.sentences[0].attributions[0].speaker.display == "Lord Vallance"


@pytest.mark.parametrize(("run", "name"), [("Justice John Kittredge", "John Kittredge"),
                                          ("Commodore Ramon Ilagan", "Ramon Ilagan"),
                                          ("Transportation Undersecretary Elena Castro", "Elena Castro")])
def test_a_judges_or_an_officers_title_is_no_part_of_the_name(run, name):
    assert judge_run(run)[0] == name


@pytest.mark.parametrize("body", [
    "About a third of adults, 33%, said they use TikTok, compared with 21% in 2021, Kinloch University said.",
    "Yuki Tsunoda missed the top 10 by a fraction and will start from the back in Kinloch.",
])
def test_a_figure_its_words_or_a_set_phrase_give_is_not_asked(body):
    assert not {"33%", "10"} & {answer for answer, _ in _figures_asked(body)}


def test_an_approximate_figure_takes_wrong_values_a_fifth_apart():
    found = _figures_asked("Rents in Connacht rose by about 11 per cent in 2004, Kinloch University said.")
    assert found
    assert all(abs(int(choice.split()[1]) - 11) >= 2 for _, choices in found for choice in choices if "11" not in choice)


def test_a_quotation_inside_a_quotation_keeps_no_comma_at_its_end():
    article = _article("\"At half-time we said, 'Keep moving the ball and the spaces will come,'\" Steven Naismith said.")
    assert article.sentences[0].quote.text.endswith("will come'")


@pytest.mark.parametrize(("body", "problem"), [
    ("The Dutchman finished 0.177 seconds off the pace in Budapest.", "'The Dutchman' refers to someone named earlier"),
    ("The Monegasque crashed at Turn 5 in the closing minutes of Q2.", "'The Monegasque' refers to someone named earlier"),
    ("The visitors trailed by two points with 20 minutes left in Dublin.",
     "'The visitors' refers to something named earlier"),
])
def test_a_nationality_or_a_side_standing_for_one_named_before(body, problem):
    assert context_problem(body) == problem


@pytest.mark.parametrize(("body", "problem"), [
    ("In southern Asia that expansion is 23%.", "'that expansion' refers to something earlier"),
    ("Gov. Henry McMaster, a Republican, praised the ruling in a statement shortly after it was released.",
     "'the ruling' refers to something named earlier"),
])
def test_that_after_an_opening_place_and_a_the_said_in_a_statement_point_back(body, problem):
    assert context_problem(body) == problem


def test_that_after_a_verb_following_an_opening_place_opens_a_clause():
    assert context_problem("In London Kinloch Ferries said that fares would rise by 5% in 2005.") is None


@pytest.mark.parametrize(("body", "role"), [
    ("Lead author Hannah Okafor, a sleep scientist, said the results were clear in 2004.", "lead author"),
    ("First-team coach Sam Okonkwo said the squad was tired after the trip to Oban.", "first-team coach"),
])
def test_a_title_opening_its_sentence_with_a_common_word_reads_in_lower_case(body, role):
    # "describes Hannah Okafor as the Lead author": the capital was only the sentence's
    article = _article(body, "Ann Lee, chief executive of Kinloch Ferries, said fares would rise.")
    assert role in [r.role for r in article.roles()]
