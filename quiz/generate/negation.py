"""A false claim by a negation flipped: 'did not confirm' against 'confirmed', 'will save' against 'will not save'.

Only where the flip is a plain contradiction: the sentence's own clause, no scope a 'not' would turn
('every', 'rather', a counted subject, a bound), and a verb the claim can read naturally.
"""

from __future__ import annotations

import re

from quiz.generate.text import W_RUN, WORD, has_word, letter_first

SPEECH_VERBS = frozenset(
    "said says told tells added adds warned warns claimed claims insisted insists argued argues stated states "
    "announced announces explained explains predicted predicts believes believed admitted admits confirmed "
    "confirms denied denies declared declares".split())
_NEGATED = re.compile(
    r"\b(?P<aux>did|does|do|has|have|had|is|are|was|were|will|would|could|can|should)\s+not\s+"
    r"(?P<adverb>(?!(?:only|rely|apply|supply|reply|comply|imply|multiply|fly|ally|rally|tally|bully)\s)[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]+(?:-[a-z]+)*)(?P<any>\s+any)?\b"
)
_AUXILIARIES = "will would could can should is are was were has have had".split()
# \b(?P<aux>will|would|…)\s+(?P<verb>[a-z]+)\b, each auxiliary written letter first (text.letter_first):
# re then skips ahead to the letters they start with, where \b first had it try every position. (At
# most one auxiliary, each followed by white space, can match at a place: their order changes nothing.)
# (A verb written with a hyphen is one: "would ill-serve", "will re-elect".)
_AUX_VERB = re.compile(rf"(?P<aux>{'|'.join(map(letter_first, _AUXILIARIES))})\s+(?P<verb>[a-z]+(?:-[a-z]+)*)\b")
# ('little', 'few', 'hardly' too: "have not shown little interest" reads as a riddle, not a false claim.)

_NEGATIVE_WORDS = re.compile(r"\b(?:no|not|never|nothing|none|neither|nor|without|n['’]t|cannot|fail\w*|den\w+|refus\w+|"
                             r"little|few|fewer|hardly|barely|scarcely|rarely|seldom)\b",
                             re.IGNORECASE)
_PARTICIPLE = re.compile(r"^(?:[a-z]+(?:ed|en|ing|wn|ght|ung|ade|one|ept|elt|orn|ilt|ent))$")
# An auxiliary after these belongs to a subordinate clause: negating it changes the wrong clause.
_SUBORDINATE_WORDS = frozenset("if what when whether while although because that which who whom where how as unless "
                               "until once since after before".split())
_SUBORDINATE = re.compile(rf"\b(?:{'|'.join(sorted(_SUBORDINATE_WORDS))})\b", re.IGNORECASE)
_QUANTIFIED_WORDS = frozenset("all every each both most some many few several any either neither more less only almost "
                              "nearly half".split())
# A sentence opening with one of them (matched from its start).
_QUANTIFIED = re.compile(rf"\s*(?:{'|'.join(sorted(_QUANTIFIED_WORDS))})\b", re.IGNORECASE)
# A counted subject: "Five councillors were absent" → "Five councillors were not absent" is true of the
# others, and "About 300 did not vote" → "About 300 did vote" may be true too; no negation contradicts it.
_COUNTED = re.compile(r"\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|up\s+to|"
                      r"at\s+least|roughly|only|just)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens|"
                      r"a\s+(?:dozen|hundred|thousand|million))\b)", re.IGNORECASE)
# A subject that stands for some one of its kind, not one named: 'A US firm', 'An official', 'Another bank';
# what it did or will do, not what such a thing would or could do ("A merger would create …": any merger).
_SOME_ONE = re.compile(r"\s*(?:An?|Another)\s(?:(?!\b(?:would|could|can|should|might|may|must)\b)[^,;:])*?"
                       r"\b(?:is|are|was|were|has|have|had|will|did|does|do)\b")


def _some_one(plain: str) -> bool:
    """Whether the sentence's subject stands for some one thing of a kind, and its verb tells what it did."""
    return plain[:1] == "A" and _SOME_ONE.match(plain) is not None

_EVERY_AFTER = re.compile(r"\b(?:every|each|all|always|both)\b", re.IGNORECASE)
# A figure among the first words after a verb (its object, a price, a time), but for a year.
_FIGURE_NEXT = re.compile(r"(?:\s+[^\s\d]+){0,2}\s+(?!(?:19|20)\d\d\b)[^\s\d]*\d")

# Words whose meaning turns with a negation's scope ("will not be out for another year"). A match of
# \b(?:rather|but|…)\b is a whole \w-run that is one of these words: a set lookup, not a regex pass.
# ("do not currently cover …, although Wegovy is covered": the concession hangs on the negation it follows)
_CONTRAST_WORDS = frozenset("rather but instead only just merely until yet another before ever either longer "
                            "because likewise although though whereas despite again".split())
# The phrases each hold one of _CONTRAST_GATE as a whole \w-run: searched only where one stands.
# "…, and so is Playboy", "as well": a clause that echoes the verb reads wrong once the verb is negated.
_CONTRAST_PHRASES = re.compile(r"\b(?:up\s+from|down\s+from|as\s+\w+\s+as|as\s+well)\b|\btoo\b(?=\s*(?:[,.;:!?]|$))"
                               r"|\b(?:and|as)\s+so\s+(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b"
                               r"|\bfor\s+(?:more|less|over|about|at\s+least|almost|nearly|the\s+past|the\s+last|\d|a\s+few|"
                               r"several|many|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_CONTRAST_GATE = frozenset({"from", "as", "for", "so", "too"})
# "One in ten users have bought …": 'One in ten … have not bought' is no negation of it (nine in ten have not).
_PROPORTION = re.compile(r"\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+in\b|\bper\s*cent\b|"
                         r"\b(?:half|third|thirds|quarter|quarters|majority|minority|proportion|share)\s+of\b",
                         re.IGNORECASE)

# 'not' as a whole \w-run, as every match of _NEGATED holds it: \bnot\b written with the \b after the n, so
# that re skips ahead to n's instead of trying every position.
# A pronoun right before the auxiliary, with words before it, opens a clause of its own; an indefinite
# pronoun ('anyone was') puts the verb in a clause inside another, and a 'not' there reads wrong.
# ("Lockheed said it had signed": after a verb of saying or finding, the clause is what the sentence states.)
_CLAUSE_SUBJECTS = frozenset({"they", "we", "he", "she", "it", "you", "i"})
# "the types of games people can play": a plural noun, then one of these as the subject of a clause inside.
_CLAUSE_NOUNS = frozenset("people users customers consumers players viewers readers voters investors parents "
                          "children workers staff fans firms companies".split())
_NOT_NOUNS = frozenset("this thus does says plus".split())  # (ending in 's', no plural noun: 'says his customers')
_BOUND_REACH = 1  # words between a verb and a bound ('up to', 'more than') that is the verb's own
# Verbs whose clause says what someone says or thinks: both rules below read their words as reported.
SAYING = SPEECH_VERBS | frozenset("say hope hopes fear fears think thinks thought".split())
_CLAUSE_OPENERS = SAYING | frozenset("found finds feel feels felt".split())
_INDEFINITE = frozenset("anyone anybody anything someone somebody something everyone everybody everything nobody "
                        "nothing".split())
_NOT = re.compile(r"n(?<!\wn)ot\b")
# _NEGATIVE_WORDS without its n't (the caller tests for that literally), as set lookups over the lower-case
# \w-runs of ASCII text (re's case folding is wider than str.lower() for other text: 'ſ' is an 's').
_NEGATIVE_SET = frozenset("no not never nothing none neither nor without cannot little few fewer hardly barely scarcely "
                          "rarely seldom".split())
_BE_HAVE = frozenset("is are was were has have had".split())  # negated only before a participle
# Not verbs ('will also'), or adverbs whose meaning turns under 'not' ('can often' → 'cannot often').
_NOT_VERBS = frozenset("a an the about also still now already just only more less to be being been often always "
                       "next then again later first finally "  # ("will next turn to": "will not next turn" reads wrong)
                       "sometimes never even soon seldom most when where what why how who which whether that "
                       # ("Broadband cannot seem confusing": a seeming is no fact to deny)
                       "seem appear look sound feel "
                       # ("Liam Fox was speaking after Tony Blair told …": the occasion of words quoted, no news)
                       "speaking talking "
                       # ("The CEA has not predicted … more than $125.73 billion": no article tells a forecast not
                       # made, to the cent; a reader takes the figure for the one forecast)
                       "predicted forecast forecasted estimated projected calculated predict estimate".split())


def _noun_clause(words: list[str]) -> bool:
    """'… games people can play': the auxiliary's subject follows a plural noun with no 'that' between."""
    if len(words) < 3:
        return False
    before = words[-2]
    return words[-1] in _CLAUSE_NOUNS and before.islower() and len(before) > 3 and before.endswith("s") and \
        not before.endswith("ss") and before not in _CLAUSE_OPENERS and before not in _NOT_NOUNS


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# Words in -ly that are no adverb of manner: a 'not' before them still makes a plain contradiction.
_NOT_MANNER = frozenset("only family supply apply reply rely ally assembly monopoly likely unlikely".split())

# A quantity right after the verb: under an added 'not' it is what is denied, not the verb.
_QUANTITY_WORDS = frozenset("several some many few most all every various numerous much dozens hundreds thousands "
                            "millions both more less".split())  # ("is aimed more at": not more, or not at all?)


def _main_clause(plain: str, at: int) -> bool:
    """An auxiliary early in the sentence's own clause, not in 'pupils taught in terms they do not know'."""
    before = plain[:at]
    words = WORD.findall(before)
    return len(words) <= 12 and "," not in before and not _folded_word(before, _SUBORDINATE_WORDS, _SUBORDINATE) and \
        not (len(words) > 1 and words[-1].lower() in ("they", "we", "he", "she", "it", "you", "i"))


def _folded_word(text: str, words: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """pattern.search(text), `pattern` being \\b(?:w1|w2|…)\\b under IGNORECASE: on ASCII text, set lookups of
    its lower-case \\w-runs; on other text the regex, since re folds case more widely than str.lower()."""
    if text.isascii():
        return has_word(text.lower(), words)
    return pattern.search(text) is not None


def _contrast(plain: str, runs: list[str]) -> bool:
    """Whether a contrast word or phrase stands in `plain`: the same as one regex search of them all."""
    if not _CONTRAST_WORDS.isdisjoint(runs):
        return True
    return not _CONTRAST_GATE.isdisjoint(runs) and _CONTRAST_PHRASES.search(plain) is not None


def _negative(plain: str, runs: list[str]) -> bool:
    """_NEGATIVE_WORDS.search(plain) or "n't"/"n’t" in plain (`runs`: the \\w-runs of plain)."""
    if "n't" in plain or "n’t" in plain:
        return True
    if not plain.isascii():
        return _NEGATIVE_WORDS.search(plain) is not None
    # The \\w-runs of ASCII text in lower case are those of its lower case.
    if not _NEGATIVE_SET.isdisjoint(map(str.lower, runs)):
        return True
    # fail\\w*, den\\w+, refus\\w+: a run beginning so (and longer than 'den', 'refus'). Looked for where the
    # stem stands, not run by run: 'den' is in many a word ('president'), at the start of few.
    low = plain.lower()
    return _run_starts(low, "fail", 0) or _run_starts(low, "den", 1) or _run_starts(low, "refus", 1)


def _run_starts(text: str, stem: str, more: int) -> bool:
    """Whether a \\w-run of ASCII `text` starts with `stem` and has at least `more` characters after it."""
    at = text.find(stem)
    while at >= 0:
        after = at + len(stem)
        if not (at and _is_word(text[at - 1])) and (not more or after < len(text) and _is_word(text[after])):
            return True
        at = text.find(stem, at + 1)
    return False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _quantified(plain: str, runs: list[str]) -> bool:
    """_QUANTIFIED.match(plain): of ASCII text, a match is its first \\w-run (only white space before it)."""
    if plain.isascii() and not (runs and runs[0].lower() in _QUANTIFIED_WORDS):
        return False
    return _QUANTIFIED.match(plain) is not None


_BE_FORMS = frozenset("is are was were be been".split())


def negation_change(body: str, plain: str, numbers: list) -> tuple[int, int, str, float] | None:
    """Where and how to flip the sentence's negation, (start, end, new words, difficulty), or None: 'did not
    confirm any casualties' → 'confirmed casualties'; 'will save' → 'will not save'. `plain`: the body with its
    quotations blanked; `numbers`: its figures.

    Every test here but the last leads to no change, so the cheap ones go first.
    """
    if "not" in plain and _NOT.search(plain):
        runs = W_RUN.findall(plain)  # one pass, looked up by the tests below instead of a regex search each
        if _contrast(plain, runs) or plain.startswith("One of") or _COUNTED.match(plain) or _some_one(plain):
            return None  # "does not see itself as X, rather as Y": with the 'not' moved it reads wrong
        negated = _NEGATED.search(plain)
        if negated and _main_clause(plain, negated.start()) and len(_NEGATIVE_WORDS.findall(plain)) == 1:
            start, end = negated.span()
            if plain[start:end] != body[start:end] or _ALSO_AFTER.search(plain, end):
                # "would not "…" for": the verb is in the quotation, blanked out of `plain`; "had not kept up …
                # and had also been burdened": with the 'not' gone, 'also' tells one was there
                return None
            # ("did not immediately say" → "immediately said": the adverb before the verb the 'not' leaves)
            aux, adverb, verb = negated.group("aux", "adverb", "verb")
            if verb == "that" and aux in _BE_FORMS:
                return None  # "is not that complicated": 'that' as a degree lives in a negative ('is that complicated')
            stated = flipped(aux, verb)
            if adverb:
                stated = f"{adverb}{stated}" if aux in ("do", "does", "did") else f"{aux} {adverb}{verb}"
            return start, end, stated, 0.4
        return None  # a sentence with a 'not' is _negative(): none of its auxiliaries is negated
    # Only the first auxiliary is ever negated (or none): a later one is in a later clause.
    match = _AUX_VERB.search(plain)
    if match is None:
        return None  # (a fifth of the sentences: no word to negate)
    before = plain[:match.start()]
    aux, verb = match.group("aux", "verb")
    if "," in before or verb in _NOT_VERBS or verb.endswith("ly") or aux in _BE_HAVE and not _PARTICIPLE.match(verb):
        return None
    if aux == "could" or "already" in before.lower():
        # "could result in soaring budget pressures" → "could not result": a possibility made an impossibility,
        # which a reader rejects without the article; "Already one tabloid … is not issuing": 'already' asks
        # for something done, and with a 'not' reads wrong
        return None
    runs = W_RUN.findall(plain)  # (for a quarter of the sentences only: the tests above spare the rest)
    if _contrast(plain, runs) or plain.startswith("One of"):
        return None  # "will not be out for another year": with a 'not' added it reads wrong
    if _negative(plain, runs) or _quantified(plain, runs) or _COUNTED.match(plain) or _some_one(plain):
        # "all ... are not" reads as "not all": the scope is unclear; "A US company has not pulled out" may be
        # true of another company than the one that has
        return None
    words = WORD.findall(before)
    if len(words) > 12 or _PROPORTION.search(before) or _folded_word(before, _SUBORDINATE_WORDS, _SUBORDINATE):
        return None
    if len(words) > 1 and words[-1].lower() in _CLAUSE_SUBJECTS and words[-2].lower() not in _CLAUSE_OPENERS or \
            not _INDEFINITE.isdisjoint(map(str.lower, words)) or _noun_clause(words):
        return None  # "the games they can play", "avoided suggesting anyone was": the verb of a clause inside
    start, end = match.span()
    if plain[start:end] != body[start:end]:
        return None  # 'would "consider …" for': the verb is in the quotation, blanked out of `plain`
    if any(number.bound and number.start >= end and len(WORD.findall(body, end, number.start)) <= _BOUND_REACH
           for number in numbers):
        return None  # "can hold anything up to 10,000 songs": a bound right after the verb turns under 'not'
    if _EVERY_AFTER.search(plain, end):
        return None  # "Jobs were not created in every sector": 'not … every' reads as 'not in all', no contradiction
    if _FIGURE_NEXT.match(plain, end):
        return None  # "was not trading at $51.39", "was not triggered at 2.41 a.m.": a figure that reads made up
    after = _NEXT_WORD.match(plain, end)
    if after and after.group(1).endswith("ly") and after.group(1) not in _NOT_MANNER:
        return None  # "has not increased gradually" says it rose, only not gradually: no contradiction
    if after and after.group(1) in _QUANTITY_WORDS or _COUNTED_SOON.match(plain, end):
        # "has not suffered several earthquakes", "have not grown frustrated with several members" read as "not
        # several": no plain contradiction
        return None
    if " by " in plain and _WHAT_DROVE_IT.search(plain, end) or _WHY_OR_AGREEING.search(plain, end):
        # "is not growing, partly fuelled by fierce competition": the clause tells what drives it; "will not get
        # better resolutions as vendors set out to prove that bigger is better", "are not confirmed by studies,
        # which indeed say …": why the verb holds, or what agrees with it
        return None
    if " and " in plain and _AND_A_CLAUSE.search(plain, end):
        # "is not booming and revenues from visitors should more than double", "has not charted the growing
        # number of users and says it is responsible for …": the clause joined on goes on from the verb's
        return None
    if "ing " in plain and _WHAT_IT_DID.search(plain, end) or "also" in plain and _ALSO_AFTER.search(plain, end):
        # "has not criticised the government, accusing it of …", "had not adjusted their canopies, leaving more
        # leaves": the clause after tells what the verb did, or how; "has not won the vote and has also raised …":
        # 'also' adds to what the verb did
        return None
    negative = f"cannot {verb}" if aux == "can" else f"{aux} not {verb}"
    return start, end, negative, 0.35


def flipped(aux: str, verb: str) -> str:
    """The words that state what 'AUX not VERB' denies: 'has not grown' → 'has grown'; with do, does, did, the
    verb itself ('did not respond' → 'responded': "did respond" reads as contradicting someone)."""
    if aux == "do":
        return verb
    if aux == "does":
        if verb in _PRESENT_IRREGULAR:
            return _PRESENT_IRREGULAR[verb]
        if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
            return f"{verb}es"
        return f"{verb[:-1]}ies" if verb.endswith("y") and verb[-2:-1] not in _VOWELS else f"{verb}s"
    if aux != "did":
        return f"{aux} {verb}"
    if verb in _PAST_IRREGULAR:
        return _PAST_IRREGULAR[verb]
    if verb.endswith("e"):
        return f"{verb}d"
    if verb.endswith("y"):
        return f"{verb}ed" if verb[-2:-1] in _VOWELS else f"{verb[:-1]}ied"
    if _ONE_SYLLABLE_CVC.fullmatch(verb) or verb in _DOUBLED:
        return f"{verb}{verb[-1]}ed"  # "stopped", "planned", "admitted" (not "visited", "opened": unstressed)
    return f"{verb}ed"


# A count a few words after the verb: "grown frustrated with several Opec+ members".
_COUNTED_SOON = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:several|some|many|most|a\s+number\s+of|at\s+least)\b")
# After the verb's words, why it holds ("because …", "as vendors set out to …") or a clause that agrees with it
# (", which indeed say …").
_WHY_OR_AGREEING = re.compile(r"\bbecause\s+\w|\bas\s+(?:the\s+|its\s+|their\s+)?[a-z]+\s+(?:set|sets|try|tries|seek|seeks|"
                              r"look|looks|aim|aims|want|wants|continue|continues|race|races|rush|rushes)\b|"
                              r",\s+which\s+(?:indeed|also)\b")
# A participle clause after the verb's words that tells what drove it: ", partly fuelled by", ", driven by".
_WHAT_DROVE_IT = re.compile(r",\s+(?:(?:[a-z]+ly|in\s+part)\s+)?(?:helped|fuelled|fueled|driven|boosted|spurred|buoyed|"
                            r"lifted|aided|underpinned|supported|led|powered|pushed|hit|hurt|hampered|dragged|"
                            r"prompted|caused|triggered)\s+by\b")
# Any participle clause after the verb's words tells of what the verb did ("…, accusing it of being obsessed with
# headlines", "…, saying it was unfair"), but for the prepositions that end in -ing and the nouns and adjectives
# that open a list's next item ("staff, manufacturing facilities and …").
_WHAT_IT_DID = re.compile(r",\s+(?!(?:according|during|including|following|regarding|concerning|excluding|pending|"
                          r"notwithstanding|nothing|something|anything|everything|manufacturing|marketing|banking|"
                          r"trading|building|housing|funding|training|shipping|engineering|advertising|publishing|"
                          r"broadcasting|mining|clothing|spending|pricing|planning|accounting|computing|leading|"
                          r"existing|outstanding|ongoing)\s)[a-z]{2,}ing\s")
# 'and' and, a few words on, a verb of its own: a second clause or predicate joined to the verb's.
_AND_A_CLAUSE = re.compile(r"\band\s+(?:[\w'’-]+\s+){0,5}?(?:is|are|was|were|has|have|had|will|would|should|could|can|"
                           r"may|might|must|says|said|say)\b")
_ALSO_AFTER = re.compile(r"\band\s+(?:[a-z]+\s+){0,2}also\b")
_VOWELS = frozenset("aeiou")
_ONE_SYLLABLE_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
# Verbs of two syllables stressed on the last, which double its consonant as one syllable does.
_DOUBLED = frozenset("admit commit omit permit submit occur recur refer prefer defer confer transfer control patrol "
                     "regret equip acquit compel expel propel".split())
_PRESENT_IRREGULAR = {"have": "has", "do": "does", "go": "goes", "be": "is"}
_PAST_IRREGULAR = {
    "be": "was", "have": "had", "do": "did", "go": "went", "say": "said", "make": "made", "take": "took", "give": "gave",
    "see": "saw", "know": "knew", "come": "came", "get": "got", "find": "found", "think": "thought", "tell": "told",
    "become": "became", "leave": "left", "feel": "felt", "bring": "brought", "begin": "began", "keep": "kept",
    "hold": "held", "write": "wrote", "stand": "stood", "hear": "heard", "let": "let", "mean": "meant", "set": "set",
    "meet": "met", "run": "ran", "pay": "paid", "sit": "sat", "speak": "spoke", "lead": "led", "read": "read",
    "grow": "grew", "lose": "lost", "fall": "fell", "send": "sent", "build": "built", "understand": "understood",
    "draw": "drew", "break": "broke", "spend": "spent", "cut": "cut", "rise": "rose", "drive": "drove", "buy": "bought",
    "wear": "wore", "choose": "chose", "seek": "sought", "throw": "threw", "catch": "caught", "deal": "dealt",
    "win": "won", "forget": "forgot", "sell": "sold", "fight": "fought", "hit": "hit", "put": "put", "shut": "shut",
    "withdraw": "withdrew", "undertake": "undertook", "overcome": "overcame",
    "shake": "shook", "steal": "stole", "strike": "struck", "swim": "swam", "teach": "taught", "sleep": "slept",
    "eat": "ate", "fly": "flew", "forgive": "forgave", "hide": "hid", "lend": "lent", "light": "lit", "ride": "rode",
    "ring": "rang", "sing": "sang", "sink": "sank", "spread": "spread", "bet": "bet", "bid": "bid", "cost": "cost",
    "quit": "quit", "split": "split", "upset": "upset", "bear": "bore", "bind": "bound", "feed": "fed",
}
