"""Which sentences (and which parts of them) can carry a question on their own (whether a sentence is a
statement at all is quiz.generate.statement's test).

Each check returns a reason a person can read in `quiz generate --verbose`,
or None when the text passes.
"""

from __future__ import annotations

import re

from quiz.generate import leaning
from quiz.generate.leaning import (compared_unsaid, does_the_same, even_more, follows_on, leaning_start, other_gender,
                                    trails, unowned_measure)
from quiz.generate.pointing import points_back
from quiz.generate.name_words import NATIONALITIES
from quiz.generate.pronouns import (CALENDAR, HONORIFIC_WORDS, NOT_SUBJECTS, TRIGGER_PIECES, has_pronoun,
                                    pronoun_problem)
from quiz.generate.reference import definite_reference
# (sentence_problem and has_verb are asked for here too, where they lived before.)
from quiz.generate.statement import has_verb, sentence_problem  # noqa: F401
from quiz.generate.text import (
    ANAPHORIC_NOUNS,
    OPENER_PHRASES,
    OPENERS,
    PRONOUNS,
    SAY_WORDS,
    TITLE_HEADS,
    WORD,
    Words,
    WordGated,
    outside_quotes,
)

# (T(?<!\wT)he is \bThe written letter first, so that re skips ahead to a T, t, B or b. Same matches.)
_THE_NOUN = re.compile(r"(?:T(?<!\wT)he|t(?<!\wt)he|B(?<!\wB)oth|b(?<!\wb)oth)\s+(?:(?:two|three|four|five|both|latter|former|same|new|latest)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][a-z-]+)(?:['’]s)?\b(?!\s+(?:of|for|in|at|on|from|behind|called|named|known)\b)(?!,\s+[A-Z])")


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


# The nouns _THE_NOUN reports: in ANAPHORIC_NOUNS, or their plural (_singular) is. As no other noun of
# letters only can be, one lookup serves for both tests, and as such a noun stands whole (after white
# space, before \b or 's), the pattern is searched only where one is a piece (text.Words).
_NOUN_FORMS = frozenset(noun for noun in ANAPHORIC_NOUNS | {noun + "s" for noun in ANAPHORIC_NOUNS} |
                        {noun[:-1] + "ies" for noun in ANAPHORIC_NOUNS if noun.endswith("y")}
                        if noun in ANAPHORIC_NOUNS or _singular(noun) in ANAPHORIC_NOUNS)
# (WordGated: the words after each pattern are the ones every match holds whole; see text.Words.)
# ("this winter" is a time; "these winter fuel payments" are named before.)
# "those who", "those earning more", "those responsible": people described, no back-reference; nor "such
# denominations as five million lira", which says what it means.
_DEMONSTRATIVE_NOUN = WordGated(re.compile(r"\b(?:(?:this|another)\s+(?!month|week|year|morning|afternoon|evening|weekend|summer|winter|spring|autumn|season|quarter|time)|these\s+|those\s+(?!who\b|whose\b|responsible\b|[a-z]+(?:ing|ed)\b)|such\s+(?!as\b)(?!(?:[\w-]+\s+){1,3}as\b))[a-z]", re.IGNORECASE),
                                (frozenset({"this", "these", "those", "such", "another"}),))
# "The SUVs will be built …": things named before, written as a plural acronym
_THE_ACRONYMS = re.compile(r"\s*The\s+[A-Z]{2,}s\b")
# ('the pair', 'the duo', 'the couple': two people named before, wherever they stand: "between the pair on GMTV")
_THE_GROUP = WordGated(re.compile(r"\b[Tt]he\s+(?:MPs|MSPs|MEPs|peers|Lords|pair|duo|trio|couple)\b(?!\s+of\b)"),
                       (frozenset({"mps", "msps", "meps", "peers", "lords", "pair", "duo", "trio", "couple"}),))
# "dismissed both appeals", "both candidates pledged": two things named before (not "both men and women",
# "both houses of Parliament", "both sides in the election", which say which).
_BOTH = WordGated(re.compile(r"\bboth\s+(?:the\s+)?(?!(?:was|has|his|its|this|thus|plus|less|unless)\b)[a-z]{2,}s\b"
                             r"(?!\s+(?:and|of|in)\b)(?!-)"), (frozenset({"both"}),))
_TRANSITIONS = re.compile(r"^\s*(?:" + "|".join(re.escape(p) for p in OPENER_PHRASES) + r")\b", re.IGNORECASE)
# The first words of those phrases (all of two words or more): a sentence opening with none of them is not
# matched against ~45 phrases.
_TRANSITION_FIRSTS = frozenset(p.split(" ")[0] for p in OPENER_PHRASES)
# Every first word (lower case, without 's) _opening_problem reports on in ASCII text, but for an adverb.
# (with a comma after it: "Second, stock markets …"; not "Second quarter profits rose")
_LIST_STEPS = frozenset("second third fourth fifth next".split())
_OPENING_WORDS = OPENERS | _TRANSITION_FIRSTS | PRONOUNS | _LIST_STEPS | {
    "one", "other", "another", "others", "similar", "same", "further", "more", "this", "that", "these", "those",
    "such", "there's", "both", "previous", "subsequent", "there", "here", "true", "granted", "admittedly",
    "well", "oh", "ok", "okay", "anyway", "anyhow"}
_TALK_OPENERS = frozenset("well oh ok okay anyway anyhow".split())
# leaning_start reports only a text opening with a count (a digit or a word), with a preposition before a
# demonstrative, or holding 'then'. In ASCII text its patterns match letters only with the words written
# whole in them, so a match opens with one of their letter runs (the 's' of '\s' comes along, harmlessly):
# the other texts are spared its two matches (each ~40 words tried, case-folded, at the start).
_LEANING_FIRSTS = frozenset(re.findall(r"[a-z]+", leaning._COUNT_SUBJECT.pattern +
                                       leaning._PREPOSITION_DEMONSTRATIVE.pattern)) | {"when", "if", "once", "no"}
# "Unfortunately, it is…", "Sadly, the outpouring…": a comment on what came before.
_ADVERB_OPENER = re.compile(r"^\s*[A-Z][a-z]+ly\b,")
_HOWEVER = re.compile(r"\b(?:meanwhile|nevertheless|nonetheless|though|too|instead|likewise|similarly)\b[,.]"
                      r"|\b(?:was|were|is|are)\s+(?:more|less)\s+(?:divided|common|likely|popular)\b"
                      r"|\bfollow(?:s|ed|ing)?\s+suit\b"
                      r"|\bthough\s+and\b"
                      r"|\bas\s+a\s+(?:direct\s+)?(?:result|consequence)\b(?!\s+of)|\bin\s+response\b(?!\s+to)"
                      r"|,\s*for\s+(?:example|instance)\s*(?=[,.;]|$)"
                      r"|\bequally\s+(?=[a-z]+\s+(?:to|as)\b)"
                      r"|\bhowever\b(?!\s+(?:much|many|few|little|long|hard|good|bad|big|small|large|far|often|well))",
                      re.IGNORECASE)
_HOWEVER = WordGated(_HOWEVER, (frozenset({"meanwhile", "nevertheless", "nonetheless", "though", "too", "instead",
                                           "likewise", "similarly", "equally", "however"}),),
                     (frozenset({"more", "less"}), frozenset({"divided", "common", "likely", "popular"})),
                     (frozenset({"follow", "follows", "followed", "following"}), frozenset({"suit"})),
                     (frozenset({"result", "consequence", "response", "example", "instance"}),))
# "on that Wednesday", "create one for him": a time or a thing given before
_THAT_TIME = re.compile(r"\bthat\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|week|month|year|"
                        r"morning|afternoon|evening|night|time|weekend)\b")
_THAT = frozenset({"that"})
_THAT_TIME = WordGated(_THAT_TIME, (_THAT, frozenset("monday tuesday wednesday thursday friday saturday sunday day week "
                                                     "month year morning afternoon evening night time weekend".split())))
_ONE_TAIL = r"one(?=\s+(?:for|from|with|too)\b|[.,;]|$)"
_ONE = WordGated(re.compile(r"(?<!\bno )(?<!\bnumber )(?<!\bthe )(?<!\bthis )(?<!\bthat )\b" + _ONE_TAIL),
                 (frozenset({"one"}),), tail=re.compile(_ONE_TAIL))
# "sold there", "get there": a place named before; "admits this.": a thing said before
_PLACE_VERBS = ("sold made based live lives living work works working go goes went get got used stay stayed built held "
                "won died born arrived met played raced")
_THERE_PLACE = WordGated(re.compile(rf"\b(?:{'|'.join(_PLACE_VERBS.split())})\s+there\b"),
                         (frozenset({"there"}), frozenset(_PLACE_VERBS.split())))
_THIS_AT_END = re.compile(r"\b(?:this|that|these|those)\s*[.!]?\s*$")
_THIS_AT_CLAUSE_END = re.compile(r"(?<!said )(?<!says )(?<!added )(?<!warned )(?<!argued )(?<!claimed )"
                                 r"\b(?:this|that|these|those)(?=;| [-–] )")
# 'this' or, after a word that makes it a pronoun ('all that', 'despite those'), 'that'/'these'/'those', then a comma
_DEMONSTRATIVE_COMMA = re.compile(r"\b(?:this|(?:all|of|from|after|despite|beyond|like|besides|than|about)\s+"
                                  r"(?:that|these|those))(?=,)")
_DEMONSTRATIVE_QUOTE = re.compile(r"\b(?:this|these|those|such)\s+[“\"]", re.IGNORECASE)
# ('similar services', 'one exception': similar to what, an exception to what, told before; not 'similar
# to', 'the exception of')
_ALSO_OTHER = re.compile(r"\balso\s+other\b|\b[Aa]\s+similar\b|\bsimilar\s+[a-z]+s\b(?!\s+(?:to|as)\b)|"
                         r"\b(?:one|an|another|only|two|three)\s+exceptions?\b(?!\s+(?:of|to|for)\b)|"
                         r"\ball\s+(?:two|three|four|five|six|seven|eight|nine|ten)"
                         r"(?=\s+(?:were|are|have|had|will|would|could|of|said|say)\b|[,.])")
_ALSO_OTHER = WordGated(_ALSO_OTHER, (frozenset({"similar"}),), (frozenset({"exception", "exceptions"}),),
                        (frozenset({"also"}), frozenset({"other"})),
                        (frozenset({"all"}), frozenset("two three four five six seven eight nine ten".split())))
# "Assuming that Citigroup is right,", "Forsyth is wrong.": someone right or wrong about what was told before.
_JUDGED = WordGated(re.compile(r"\b(?:[A-Z][\w'’-]+|he|she|they|it|we|you|I)\s+(?:is|are|was|were)\s+(?:right|correct|wrong|"
                               r"mistaken)\b(?=\s*[,.;]|\s*$|\s+(?:and|but)\b)"),
                    (frozenset({"right", "correct", "wrong", "mistaken"}),))
# "Mr X said that worked out at £143,000": 'that' is the subject, pointing back
_THAT_SUBJECT_TAIL = r"that\s+(?:is|was|would|will|could|has|had|means|meant|looks|seems|[a-z]+ed)\b"
_THAT_SUBJECT = re.compile(r"(?:\b(?:said|says|added|argued|claimed|insisted|warned|told\s+\w+)|,)\s+" + _THAT_SUBJECT_TAIL)
_THAT_SUBJECT = WordGated(_THAT_SUBJECT, (_THAT,), tail=re.compile(_THAT_SUBJECT_TAIL))
# "to counter that accusation", "for that reason": after a verb or preposition, 'that' points back
# (a noun after 'that' is singular: "told supporters, that voters had …" is what they were told)
_THAT_NOUN_TAIL = (r"that(?:[.,;]|\s+(?:(?:larger|smaller|bigger|higher|lower|greater|earlier|later|same|new)\s+)?"
                   r"(?:[a-z]*(?:ss|us|is|ews)|[a-z]*[a-rt-z])(?:[.,;]|$|\s+(?:of|in|on|was|is|will|"
                   r"would|had|has|and|but|last|this|next|at|by)\b))")  # ("reached that milestone last June")
# "Much of that trade passes through …": after a preposition, 'that' and a singular noun before a verb in -s
# (not after a comma, where 'that' opens a clause: ", that some markets were …"; nor "in that it gives")
_THAT_NOUN_VERB_TAIL = (r"that\s+(?!(?:it|he|she|this|the|a|an|also|only|just|even|still)\s)"
                        r"(?:[a-z]*(?:ss|us|is|ews)|[a-z]*[a-rt-z])\s+[a-z]+(?:[^s\W]s|ed)\b")
# (and after a verb of reaching a mark: "met that threshold in 29 states", "hit that target")
_THAT_PREPOSITIONS = (r"\b(?:counter|deny|denied|reject|rejected|dismiss|dismissed|with|of|on|about|to|towards?|for|by|from|"
                      r"after|before|since|following|during|until|amid|"
                      r"in|at|against|despite|meet|meets|met|reach|reaches|reached|hit|hits|exceed|exceeds|exceeded|"
                      r"surpass|surpassed|beat|beats|miss|missed|top|tops|topped|match|matched|achieve|achieved|"
                      r"prevent|prevents|prevented|stop|stops|stopped)")  # ("EU rules prevent that from happening")
# ("a third of that would go to …": 'that' alone, the subject, after a preposition)
_THAT_ALONE_TAIL = r"that\s+(?:would|will|is|was|were|has|had|could|can|should|may|might|from)\b"
# ("the use of that little three letter word.": a phrase after 'that' ends the sentence, no clause of its own)
_THAT_PHRASE_TAIL = (r"that\s+(?!(?:it|he|she|they|we|you|i|the|a|an|this|there|is|was)\s)(?:[a-z-]+\s+){1,3}"
                     r"[a-z-]+[.!?]?\s*$")
_THAT_NOUN = re.compile(rf"(?:{_THAT_PREPOSITIONS}|,)\s+{_THAT_NOUN_TAIL}"
                        rf"|{_THAT_PREPOSITIONS}\s+(?:{_THAT_NOUN_VERB_TAIL}|{_THAT_ALONE_TAIL})"
                        rf"|\b(?:of|on|about|to|for|by|from|after|before|since|in|at|with|against|despite|during)\s+"
                        rf"{_THAT_PHRASE_TAIL}")
_THAT_NOUN = WordGated(_THAT_NOUN, (_THAT,),
                       tail=re.compile(f"{_THAT_NOUN_TAIL}|{_THAT_NOUN_VERB_TAIL}|{_THAT_ALONE_TAIL}|{_THAT_PHRASE_TAIL}"))
# "Iraq, they insisted, would …": a pronoun saying something is someone named before
# (?:^|,\s*)(?:they|…)\s+(?:said|…)\b, as two patterns: one matched at the start, one led by the comma
# (which re skips ahead to). The first match of the two is the first of the one pattern.
_SAY_WORDS = ("said say says insisted insist argued argue claimed claim added warned believe believed insists noted notes "
              "explained stressed reported")
_PRONOUN_SAYS_START = re.compile(rf"(?:they|he|she|we|it)\s+(?:{'|'.join(_SAY_WORDS.split())})\b")
_PRONOUN_SAYS_COMMA = WordGated(re.compile(r",\s*" + _PRONOUN_SAYS_START.pattern),
                                (frozenset({"they", "he", "she", "we", "it"}), frozenset(_SAY_WORDS.split())))
# A word of one of these stands in every match of the word-gated patterns of the last test of context_problem.
_DEMONSTRATIVE_FIRSTS = frozenset().union(*(gated.firsts for gated in (
    _ALSO_OTHER, _THERE_PLACE, _DEMONSTRATIVE_NOUN, _THAT_TIME, _ONE, _THAT_SUBJECT, _THAT_NOUN, _PRONOUN_SAYS_COMMA)))
_IT_IS_TO = re.compile(r"\s*It\s+(?:is|was)\s+\w+\s+(?:to|that)\b")


def context_problem(text: str, names: frozenset[str] = frozenset(), people: frozenset[str] = frozenset(),
                    words: list[str] | None = None) -> str | None:
    """A reason the text hangs on an earlier sentence (openers, pronouns, 'the firm'), or None.

    `words`: WORD.findall(text), if known; they serve where nothing is quoted (else the words
    outside quotations are found here).
    """
    found = _context_problem(text, names, people, words)
    # (a reason quoting words of `plain` shows a quotation blanked there as a run of spaces: one space)
    return found if found is None or "  " not in found else _SPACES.sub(" ", found)


_SPACES = re.compile(r"  +")


def _context_problem(text: str, names: frozenset[str], people: frozenset[str], words: list[str] | None) -> str | None:
    plain = outside_quotes(text)
    tokens = words if words is not None and plain is text else WORD.findall(plain)
    if not tokens:
        return "nothing outside quotation marks"
    opening = _opening_problem(plain, tokens, names)
    if opening:
        return opening
    # The words, found once: most of the patterns below are searched only where their words stand.
    found = Words(plain, tokens)
    # The walk reports only a token that is a pronoun (or 'let's'); whether the text has a pronoun at all,
    # the walk's condition, is worked out only where it reports one.
    if found.has(TRIGGER_PIECES):
        pronoun = pronoun_problem(tokens, found.lowers, names, people, plain)
        if pronoun and has_pronoun(plain, found):
            return pronoun
        pronoun = other_gender(tokens, found.lowers)
        if pronoun:
            return pronoun
    measure = unowned_measure(tokens, plain) or ("even" in plain and even_more(tokens)) or \
        ("than" not in plain and compared_unsaid(tokens, plain)) or \
        (("since" in plain or "instead" in plain or "either" in plain or " t" in plain) and follows_on(tokens)) or \
        trails(plain) or \
        (("agreed" in plain or "concurred" in plain or " suit" in plain or " same" in plain) and does_the_same(tokens))
    if measure:
        return measure
    if "..." in plain or "…" in plain:
        return "'...' leaves out words it needs"
    pointing = points_back(plain, tokens, names)
    if pointing:
        return pointing
    do_so = _DO_SO.match(plain) if "so" in found.pieces else None
    if do_so:
        return f"'{do_so.group().strip()}' stands for something done earlier"  # "Doing so would remove …"
    however = _HOWEVER.search(plain, found)
    if however:
        return f"'{however.group().rstrip(',.')}' sets it against something earlier"
    judged = _JUDGED.search(plain, found)
    if judged:
        return f"'{judged.group()}' judges a claim told earlier"  # "Assuming that Citigroup is right, …"
    # (Before the 'the …' references below: those alone a title may settle, so any other tie is told first.)
    demo = _demonstrative(text, plain, found)
    if demo:
        return f"'{demo.group()}…' refers to something earlier"
    # (A maker of anything, "the German carmaker", is one named before, as "the maker" is.)
    described = _described_name(plain, tokens, names)
    for match in _THE_NOUN.finditer(plain) if found.has(_NOUN_FORMS) or "maker" in plain else ():
        noun = match.group("noun")
        # (A singular ending in 'maker' is a noun holding it: only such a noun is made singular.)
        if noun in _NOUN_FORMS or "maker" in noun and _singular(noun).endswith("maker"):
            if match.start() == described or _singular(noun) in _BODY_OR_PLACE and _subject_name(tokens, names, people):
                continue  # "Kenya is the largest exporter, and tea is one of the country's …": Kenya
            return f"'{match.group()}' refers to something named earlier"
    # (definite_reference reads the words after each whole-word 'the' or 'The'.)
    definite = definite_reference(plain, text, described) if "the" in found.pieces else None
    if definite and not (_singular(definite.split()[-1]) in _BODY_OR_PLACE and _subject_name(tokens, names, people)):
        return f"'{definite}' refers to something named earlier"
    acronyms = _THE_ACRONYMS.match(plain)
    if acronyms:
        return f"'{acronyms.group().strip()}' refers to something named earlier"
    both = _BOTH.search(plain, found)
    if both:
        return f"'{both.group()}' refers to things named earlier"
    group = _THE_GROUP.search(plain, found)
    if group:
        return f"'{group.group()}' refers to a group named earlier"
    return None


# Nouns for a place, which a name opening the same sentence is ("Emfuleni owes Eskom R5.8bn, according to the
# municipality's statements"). (Not a firm: "Highfield said it would take the firm private" is another.)
_BODY_OR_PLACE = frozenset("country nation city town municipality region province island".split())


# "Cosla, the body that represents Scotland's councils, said": a name opening the sentence, then what it is.
_NAME_THEN_THE = re.compile(r"\s*[A-Z][\w&'’.+-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w&'’.+-]*){0,4},\s+(?=the\s)")


def _described_name(plain: str, tokens: list[str], names: frozenset[str]) -> int:
    """Where the 'the' stands that describes the name opening the sentence ("Cosla, the body that …"), or -1
    (not after an opener or a word that is no name: "In London, the firm", "Unadjusted, the figures")."""
    if "," not in plain or tokens[0].lower() in NOT_SUBJECTS or tokens[0] in CALENDAR:
        return -1
    match = _NAME_THEN_THE.match(plain)
    if match is None or not all(word in names or word in HONORIFIC_WORDS or word.isupper()
                                for word in WORD.findall(plain, 0, match.end()) if word[:1].isupper()):
        return -1
    return match.end()


def _subject_name(tokens: list[str], names: frozenset[str], people: frozenset[str]) -> bool:
    """Whether the sentence opens with a name: a run of capitalised words the article writes so mid-sentence
    too, no person's, and no 'The …' or nationality ('The Swedish firm' is what points back)."""
    run = []
    for token in tokens[:3]:
        if not token[:1].isupper():
            break
        run.append(token.rstrip("'’s") if token.endswith(("'s", "’s")) else token)
    return bool(run) and run[0] not in ("The", "A", "An") and people.isdisjoint(run) and \
        HONORIFIC_WORDS.isdisjoint(run) and all(word in names and word not in CALENDAR and
                                                 word not in NATIONALITIES for word in run)


def _demonstrative(text: str, plain: str, found: Words) -> re.Match[str] | None:
    """'that year', 'these "ghost boats"', 'also other', 'they said': a word pointing back, or None."""
    if found.folds_ascii and found.pieces.isdisjoint(_DEMONSTRATIVE_FIRSTS):
        # (Most texts: none of the word-gated patterns can match, told by one test instead of eight.)
        return _demonstrative_quote(text) or _demonstrative_at_end(text, plain) or _PRONOUN_SAYS_START.match(plain)
    return _demonstrative_quote(text) or _ALSO_OTHER.search(plain, found) or \
        _THERE_PLACE.search(plain, found) or _demonstrative_at_end(text, plain) or \
        _DEMONSTRATIVE_NOUN.search(plain, found) or _THAT_TIME.search(plain, found) or \
        _ONE.search(plain, found) or _THAT_SUBJECT.search(plain, found) or _THAT_NOUN.search(plain, found) or \
        _pronoun_says(plain, found)


# Opening the sentence, "do so" stands for what the sentence before told ("Doing so would remove …");
# later in a sentence it is most often what the same sentence told ("… the first leader to do so").
_DO_SO = re.compile(r"\s*(?:(?:In|By)\s+doing|Doing|To\s+do|Having\s+done)\s+so\b")
_CONTRACTED = re.compile(r"['’](?:s|ve|re|ll|d)$")


def _opening_problem(plain: str, tokens: list[str], names: frozenset[str] = frozenset()) -> str | None:
    """A reason the first words tie the text to the sentence before, or None."""
    first = tokens[0].lower()
    if "'" in first or "’" in first:
        first = _CONTRACTED.sub("", first)  # ("It's", "They've": the pronoun)
    if first not in _OPENING_WORDS and plain.isascii() and not tokens[0].endswith("ly") or tokens[0] in names:
        # ("US consumer prices rose", "IT spending": an acronym, no 'us' or 'it'; "Ledgerly, the London-based
        # start-up, has raised …": a name the article writes mid-sentence too, no 'Unfortunately,')
        return _leaning_start(plain, tokens, first)  # (most sentences: none of the tests below can hold)
    # (A match of _ADVERB_OPENER is the first token, which then ends in 'ly'.)
    # ("First Minister John Swinney welcomed …": a title, no 'first' of a sequence)
    # (only 'First' opens a title so: "But Lord Falconer praised …" opens with 'But')
    titled = first == "first" and len(tokens) > 1 and tokens[1][:1].isupper() and tokens[1].lower() in TITLE_HEADS
    if first in OPENERS and not titled or _opens_with_transition(plain, tokens[0]) or \
            tokens[0].endswith("ly") and _ADVERB_OPENER.match(plain):
        return f"opens with '{tokens[0]}', which ties it to the sentence before"
    if first in ("there", "here") and plain.lstrip()[len(tokens[0]):].startswith(","):
        return f"opens with '{tokens[0]},', a place named earlier"  # "There, farmers can find …"
    if first in _LIST_STEPS and plain.lstrip()[len(tokens[0]):].startswith(","):
        return f"opens with '{tokens[0]},', a step of a list begun earlier"  # "Second, stock markets do not …"
    if first in ("true", "granted", "admittedly") and plain.lstrip()[len(tokens[0]):].startswith(","):
        return f"opens with '{tokens[0]},', granting something said earlier"  # "True, problems remain, but …"
    if first in _TALK_OPENERS and plain.lstrip()[len(tokens[0]):].startswith(","):
        # "Well, Football Manager is the spiritual successor …": a reply to what went before (not "Well over half")
        return f"opens with '{tokens[0]},', which answers something before"
    if tokens[0].endswith("ly") and len(tokens) > 1 and tokens[1] in PRONOUNS:
        return f"starts with '{tokens[0]} {tokens[1]}', which refers to something earlier"  # "Potentially it could"
    if first == "one" and plain.lstrip()[3:4] == ",":
        return "opens with 'One,', one of those named earlier"  # "One, Eric Rice, has won sponsorship …"
    if first == "one" and len(tokens) > 2 and tokens[1].islower() and tokens[2] in ("is", "was", "are", "were"):
        return f"opens with '{tokens[0]} {tokens[1]}', which refers to something earlier"  # "One result was …"
    if first == "one" and len(tokens) > 1 and (tokens[1].lower() in ("that", "which", "who", "is", "was") or
                                               tokens[1] in SAY_WORDS or  # "One told BBC News …": one of those before
                                               tokens[1] == "of" and tokens[2:3] in (["them"], ["those"], ["these"])):
        return f"opens with '{tokens[0]} {tokens[1]}', which refers to something earlier"
    leaning = _leaning_start(plain, tokens, first)
    if leaning:
        return leaning
    if first in ("other", "another", "others", "similar", "same", "further", "previous", "subsequent") or \
            first == "more" and tokens[1:2] != ["than"]:
        return f"opens with '{tokens[0]}', which sets it against something earlier"
    if (first in PRONOUNS and not (tokens[0].isupper() and len(tokens[0]) > 1)) or \
            first in ("this", "that", "these", "those", "such", "there's", "both"):
        # ("US employers added 228,000 jobs", "IT spending rose": an acronym, no 'us' or 'it')
        if first not in ("it",) or not _IT_IS_TO.match(plain):
            return f"starts with '{tokens[0]}', which refers to something earlier"
    return None


def _leaning_start(plain: str, tokens: list[str], first: str) -> str | None:
    """leaning_start(plain, tokens), asked only where it may report (`first`: the first token in lower case,
    without 's; a match's first word is the first token, and whole)."""
    if first not in _LEANING_FIRSTS and plain.isascii() and not plain.lstrip()[:1].isdigit() and \
            ("then" not in plain or "then" not in tokens) and not (first == "the" and "est" in plain):
        # (and "The biggest jump was"; a token 'then' is found in the text first, which is faster)
        return None
    return leaning_start(plain, tokens)


def _demonstrative_quote(text: str) -> re.Match[str] | None:
    """'these "ghost boats"': searched in the text itself (the quotation is blanked in `plain`), and
    only where it quotes and holds one of the words (any case: where re folds no other letter to ASCII)."""
    if '"' not in text and "“" not in text:
        return None
    low = text.lower()
    if "this" in low or "these" in low or "those" in low or "such" in low or not Words.folds_to_ascii_only(text):
        return _DEMONSTRATIVE_QUOTE.search(text)
    return None


def _pronoun_says(plain: str, found: Words) -> re.Match[str] | None:
    """"Iraq, they insisted, would …": a pronoun saying something is someone named before."""
    return _PRONOUN_SAYS_START.match(plain) or _PRONOUN_SAYS_COMMA.search(plain, found)


def _opens_with_transition(plain: str, first_token: str) -> bool:
    # In ASCII text a match opens with the first word of a phrase, followed by a space: the first token.
    if plain.isascii() and first_token.lower() not in _TRANSITION_FIRSTS:
        return False
    return _TRANSITIONS.match(plain) is not None


def _demonstrative_at_end(text: str, plain: str) -> re.Match[str] | None:
    if ("this," in plain or "that," in plain or "these," in plain or "those," in plain) and \
            (found := _DEMONSTRATIVE_COMMA.search(plain)):
        return found  # "Apart from all that, it was electioneering as usual": a clause ends there too
    # A match ends the text but for white space and one '.' or '!': only a text that ends so is searched.
    if not plain.rstrip().rstrip(".!").rstrip().endswith(("this", "that", "these", "those")):
        # "… set out to change that - they wanted …": a clause may end at a dash or a semicolon too
        return _THIS_AT_CLAUSE_END.search(plain) if ";" in plain or " - " in plain or " – " in plain else None
    found = _THIS_AT_END.search(plain)
    # ('… and that "close fights produce different cards."': a quotation, blanked in `plain`, follows it)
    return found if found is None or not text[found.start() + len(found.group().split()[0]):].strip(" .!") else None
