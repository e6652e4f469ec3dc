"""Faster forms in the generator's analysis give exactly what the plain forms give, on any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate.analysis import _words_of_all
from quiz.generate.text import WORD

# WORD's characters, white space, characters beyond ASCII (ſ and K fold to ASCII letters in re), and
# the line break and stand-in _words_of_all uses itself.
_TRICKY = "aZ'’.-  _9?é\u017f\u212a\u2019\u2028\x01\x02\n\t“”"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=_TRICKY, max_size=30), max_size=6))
def test_words_of_all_is_word_findall_of_each(bodies):
    assert _words_of_all(bodies) == [WORD.findall(body) for body in bodies]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=_TRICKY.replace("\x01", "").replace("\n", ""), max_size=30), max_size=6))
def test_words_of_all_without_stand_ins(bodies):
    # (the one-pass path: no text holds the line break or the stand-in)
    assert _words_of_all(bodies) == [WORD.findall(body) for body in bodies]


def test_words_of_all_trims_marks_at_word_ends():
    bodies = ["'Hello,' said the U.S.-based firm.", "Don’t - stop... ’tis it’s", "", "Café naïve ſtop"]
    assert _words_of_all(bodies) == [WORD.findall(body) for body in bodies]
    assert _words_of_all(bodies)[0] == ["Hello", "said", "the", "U.S.-based", "firm"]


def test_other_gender_gates_keep_its_answers():
    from quiz.generate.leaning import other_gender

    def ask(text):
        tokens = WORD.findall(text)
        return other_gender(tokens, [t.lower() for t in tokens])

    assert ask("Mr Brown seems haunted by her eyes.") == "'her' refers to someone named earlier"
    assert ask("Lord Brown said she was right.") == "'she' refers to someone named earlier"
    assert ask("Brown seems haunted by her eyes.") is None  # no title: no sex known
    assert ask("Mr Brown seems haunted by the eyes.") is None  # no he or she
    assert ask("Lucy tracked down Mr Pound after her exams.") is None


def _measure(text):
    from quiz.generate.leaning import unowned_measure

    return unowned_measure(WORD.findall(text), text)


def test_unowned_measure_after_its_first_word_test():
    ask = _measure
    assert ask("Fourth-quarter vehicle unit sales totalled 3m.") == \
        "says nothing of whose 'Fourth-quarter vehicle unit sales' it means"
    assert ask("Annual profits rose.") == "says nothing of whose 'Annual profits' it means"
    assert ask("Annual profits at Tesco rose.") is None
    assert ask("Sales climbed.") == "says nothing of whose 'Sales' it means"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="az-AZ_9'é \u017f\u212a", max_size=8))
def test_lower_word_is_the_pattern(word):
    from quiz.generate.reference import _LOWER_WORD, _lower_word

    assert _lower_word(word) == bool(_LOWER_WORD.fullmatch(word))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0٣-year-olds US$£,.bnmkA", max_size=12), st.sampled_from(["rose", "were", "of", "X", ""]))
def test_counted_gate_keeps_figures_and_ages(first, following):
    from quiz.generate import reference as ref

    def plain(first, words):  # _counted without its gate
        if ref._AGE_WORD.fullmatch(first):
            return first
        if ref._FIGURE_WORD.fullmatch(first) and len(words) > 1:
            after = ref._bare(words[1])
            if ref._LETTERS.fullmatch(after) and after not in ref._RESTRICT:
                return first if after in ref._ENDS else f"{first} {after}"
        return None

    words = [first, following] if following else [first]
    assert ref._counted(first, words) == plain(first, words)


_OPENING_WORDS = ["In", "in", "this", "These", "those-", "About", "two-thirds", "Two", "thirds", "have", "were", "a",
                  "quarter", "A", "other", "300", "1,000", "more", "than", "ſome", "The", "Within", "that's", "million",
                  "Only", "7%", "7", "per", "cent", "wanted", "less"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_WORDS), min_size=1, max_size=5),
       st.sampled_from([" ", "  ", "-", "\t", " ’"]), st.sampled_from(["", " ", "\u2028"]))
def test_leaning_start_gates_pass_every_match(words, gap, lead):
    from quiz.generate.leaning import (
        _COUNT_SUBJECT, _DEMONSTRATIVE_STARTS, _PREPOSITION_DEMONSTRATIVE, _SHARE_SUBJECT, _may_count,
    )

    plain = lead + gap.join(words) + " sold."
    tokens = WORD.findall(plain)
    if not plain.isascii() or not tokens:
        return  # (matched without a gate)
    if _COUNT_SUBJECT.match(plain) or _SHARE_SUBJECT.match(plain):
        assert _may_count(plain, tokens)
    if _PREPOSITION_DEMONSTRATIVE.match(plain):
        assert len(tokens) > 1 and tokens[1][:4].lower() in _DEMONSTRATIVE_STARTS


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="a é\t\n.\x0b", max_size=6), max_size=5))
def test_bodies_are_each_text_with_its_space_normalised(texts):
    from quiz.generate.analysis import _bodies
    from quiz.textsafe import normalize_space

    assert _bodies(texts) == [normalize_space(text) for text in texts]


def test_dated_figure_found_after_its_apostrophe():
    ask = _measure
    assert ask("Analysts expected December’s figure to come in at 58.1.") == \
        "'December’s figure' says nothing of what it measures"
    assert ask("It beat last month's readings easily.") == "'last month's readings' says nothing of what it measures"
    assert ask("December's figure for jobs was 58.1.") is None
    assert ask("The firm's figures were good.") is None


_VOICE_SENTENCES = ["I think it is great.", "You must try it!", "Sales rose by 5%.", "Is it any good?",
                    '"I loved it," he said.', "My son plays it.", "The firm said so.", "We're all fans.",
                    "Have I Got News for You returns.", "Our correspondent says it sold well."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_VOICE_SENTENCES), min_size=1, max_size=3), max_size=9))
def test_first_person_paragraphs_asks_only_what_it_reads(paragraphs):
    from quiz.generate import voice

    text = "\n".join(" ".join(paragraph) for paragraph in paragraphs)
    spans, start = [], 0
    for paragraph in paragraphs:
        for sentence in paragraph:
            start = text.index(sentence, start)
            spans.append((start, start + len(sentence)))
            start += len(sentence)
    bodies = [text[a:b] for a, b in spans]
    tokens = [WORD.findall(body) for body in bodies]

    def every_paragraph_asked():  # the plain form: every paragraph asked both questions
        found = voice._paragraphs(text, spans)
        marked, voiced = [False] * len(spans), []
        for first, end in found:
            unquoted = not any(mark in body for body in bodies[first:end] for mark in '"“”')
            if unquoted and any(not voice._FIRST_PERSON.isdisjoint(tokens[at]) and voice._speaks(tokens[at])
                                for at in range(first, end)):
                marked[first:end] = [True] * (end - first)
            voiced.append(unquoted and any(voice._in_own_voice(bodies[at], tokens[at],
                                                               not voice._FIRST_PERSON.isdisjoint(tokens[at]))
                                           for at in range(first, end)))
        run = voice._own_voice_from(voiced)
        if run is not None:
            marked[found[run][0]:] = [True] * (len(spans) - found[run][0])
        return marked

    assert voice.first_person_paragraphs(text, spans, bodies, tokens) == every_paragraph_asked()


# --- what an article of thousands of sentences made quadratic, made linear: the same answers ----------------

_CLAIM_WORDS = "ferry ferries port fares rose fell 12% 400 2004 the said council harbour cars boats".split()


def _similar(a: str, b: str) -> bool:
    """The plain rule: a shared number, or mostly the same words."""
    from quiz.generate.distractors import _content, _numbers
    if _numbers(a) & _numbers(b):
        return True
    ca, cb = _content(a), _content(b)
    return bool(ca and cb) and len(ca & cb) / min(len(ca), len(cb)) >= 0.5


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_CLAIM_WORDS), max_size=6).map(" ".join), max_size=6),
       st.lists(st.sampled_from(_CLAIM_WORDS), max_size=6).map(" ".join))
def test_a_source_credited_alike_is_found_as_claim_by_claim(credited, claim):
    from types import SimpleNamespace

    from quiz.generate.distractors import _credited_alike
    article = SimpleNamespace(_memo={}, claims_by=lambda: {"acme": credited})
    assert _credited_alike(article, claim, "acme") == any(_similar(claim, other) for other in credited)


def test_role_choices_of_an_article_full_of_repeats_are_those_of_each_role_in_turn():
    import random

    from quiz.generate.analysis import analyse
    from quiz.generate.distractors import _may_also_be, _same_entity, pick_roles
    from quiz.sources import parse_source
    lines = ["Port director Ann Ferris said fares would rise.", "Mayor Tom Berg said the pier would open.",
             "Harbour master Jo Lind said the storms cost £3m.", "Council leader Ann Ferris said so too."]
    article = analyse(parse_source("Ferry news\n\n" + "\n".join(lines * 5) + "\n"))

    def every_role(role, rng, want=3):  # the plain form: through every role of the article each time
        pool, seen = [], {role.role.lower()}
        own = {r.role.lower() for r in article.roles() if r.entity == role.entity}
        for other in article.roles():
            key = other.role.lower()
            if key in seen or key in own or other.entity == role.entity or other.indefinite != role.indefinite \
                    or other.person != role.person or _same_entity(article, other.entity, role.entity) \
                    or _may_also_be(role.role, other.role):
                continue
            seen.add(key)
            pool.append(other.role)
        rng.shuffle(pool)
        return pool[: want + 2]

    assert len(article.roles()) >= 15
    for role in article.roles():
        assert pick_roles(article, role, random.Random(7)) == every_role(role, random.Random(7))


def test_ids_of_many_alike_questions_are_numbered_in_turn():
    from quiz.generate.candidate import Candidate
    from quiz.generate.select import finish
    alike = [Candidate("claim", "true_false", 1, "The ferry sailed.", "True or false? The ferry sailed.", True, [],
                       "True.", "claim:ferry", 1.0, "easy") for _ in range(5)]
    ids = [question.id for question in finish(alike, 0)]
    assert ids[1:] == [f"{ids[0]}-{k}" for k in range(2, 6)]




# Pieces the slips are made of: letters on either side of a comma, a mark, a hyphen, the short words run into
# a capitalised name, the words a loose hyphen may leave.
_SLIP_PIECES = st.sampled_from(["a", "T", "Te", "x", " ", ",", ";", '"', "“", "”", "-", ".", "at", "of", "and",
                                "the", "with", "from", "by", "or", "nor", "Texas", "s", "\n", "é", "1"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_SLIP_PIECES, max_size=14).map("".join))
def test_may_hold_typos_is_any_of_the_slips(text):
    from quiz.generate.typos import _GLUED, _LOOSE_HYPHEN, _LOOSE_MARK, may_hold_typos

    plain = any(pattern.search(text) for pattern in (_GLUED, _LOOSE_MARK, _LOOSE_HYPHEN))
    assert may_hold_typos(text) == plain


def test_may_hold_typos_on_written_slips():
    from quiz.generate.typos import may_hold_typos

    for slipped in ("the Kinloch Party,said", "atKinloch court", 'a "vote of no confidence " in', "“ a disgrace",
                    "a disgrace ”", "a wholly- owned unit", "ofTexas", "fromBrussels"):
        assert may_hold_typos(slipped), slipped
    for clean in ("1,000 ferries", "iPod", "McDonald", "small- and medium-sized", 'said "no".', "at Kinloch",
                  "aT", "the UK, said"):
        assert not may_hold_typos(clean), clean


_FIGURE_PIECES = st.sampled_from(["a", "1", "9", " ", "  ", "\t", ",", ".", "%", "£", "m", "-", "\n", "é", "٣"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_FIGURE_PIECES, max_size=20).map("".join))
def test_figure_words_found_as_the_plain_pattern_finds_them(text):
    import re

    from quiz.generate.title_tells import _FIGURE

    plain = re.compile(r"\S*\d\S*")
    assert _FIGURE.findall(text) == plain.findall(text)
    assert (_FIGURE.search(text) or plain.search(text)) is None or \
        _FIGURE.search(text).span() == plain.search(text).span()


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["ab", "a", "B", ".", " ", "The", "It", "An", "And", "x.", "\n"]), max_size=12)
       .map("".join))
def test_glued_stop_found_as_the_plain_pattern_finds_it(text):
    import re

    from quiz.generate.statement import _GLUED_STOP

    plain = re.compile(_GLUED_STOP.pattern.replace(r"\.(?<=[a-z]{2}\.)", r"[a-z]{2}\."))
    assert plain.pattern != _GLUED_STOP.pattern
    assert (_GLUED_STOP.search(text) is None) == (plain.search(text) is None)


def test_time_after_an_event_is_looked_for_wherever_it_can_stand():
    from quiz.generate.pointing import points_back

    for text in ("Kinloch Ferries sold the boat and the following morning it sank.",
                 "Two days later the ferry sailed.", "Ann Ferris was sacked the day after.",
                 "The ferry left the next week.", "Hours later the council met."):
        assert points_back(text, text.split(), frozenset()) is not None, text
    assert points_back("Kinloch Ferries sold the boat in 2004.", [], frozenset()) is None
