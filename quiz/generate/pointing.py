"""Words mid-sentence that stand for what the sentence before told: a time from an event ('the following
morning'), things counted ('all three regions', 'the two men'), an 'its' in a subject ('Sales of its
phones'), a nationality for a person ('The Spaniard now trails …'), a pronoun after a scene ('For Telewest
it is …'), an 'it' for a measure, a bare count as a clause's subject ('that some were …').

points_back returns a reason a person can read in `quiz generate --verbose`, or None.
"""

from __future__ import annotations

import re

from quiz.generate.pronouns import CALENDAR, clause_it
from quiz.generate.text import WORD


def points_back(plain: str, tokens: list[str], names: frozenset[str]) -> str | None:
    """A time, a count, a 'that', a nationality, 'the first … the second …', or an 'it' or 'they' that stands
    for what the sentence before told, or None (`plain`: the text with its quotations blanked; `tokens`: its
    words; `names`: the article's)."""
    # (each of its forms holds one of these words; 'the ' stands in almost every sentence)
    later = _AFTER_EVENT.search(plain) if ("later" in plain or "following" in plain or "next" in plain or
                                           "before" in plain or "after" in plain) else None
    if later and not _A_TIME_BEFORE.search(plain, 0, later.start()):
        return f"'{later.group()}' is a time told from something earlier"  # "the knife … the following morning"
    then = _AT_THE_TIME.match(plain) if plain.lstrip().startswith("At the time") else None
    if then:
        return f"'{then.group()}' is a time told of earlier"  # "At the time, Ofcom offered BT the choice of …"
    followed = _FOLLOWED.search(plain) if "followed" in plain or "ensued" in plain else None
    if followed and "," not in plain[:followed.start()] and " and " not in plain[:followed.start()]:
        # (not "… was forced to close, and others followed soon after": after what, its own clause told)
        return f"'{followed.group()}' tells what came after something earlier"  # "A feeding frenzy followed as …"
    counted = _ALL_COUNTED.search(plain) if "all " in plain else None
    if counted and not any(token in names and token not in CALENDAR for token in tokens):
        # "Power cuts were reported in all three regions": which, named before ("Greenway said all four
        # ferries sail daily": its four)
        return f"'{counted.group()}' refers to things named earlier"
    counted = _THE_COUNTED.search(plain) if not _COUNT_WORDS.isdisjoint(tokens) else None  # (one test, not a scan)
    if counted and " and " not in plain[:counted.start()] and counted.group("noun") not in _NOT_COUNTED_THINGS and \
            _NOT_COUNTED_THINGS.isdisjoint(counted.group("between").split()):
        # "a direct appeal to the two men stop bickering": which two, an earlier sentence named (not "Sri Lanka
        # and the Maldives are the two countries …", nor "the two competing formats, Blu-ray … and HD-DVD")
        return f"'{counted.group()}' refers to things named earlier"
    owner = _ITS_IN_SUBJECT.match(plain) if " its " in plain else None
    if owner and tokens[0] not in names and not tokens[0].isupper() and \
            not _NAME_AFTER_COMMA.match(plain, owner.end()):
        # "Education levels among its young population are rising": whose, the sentence before told (not
        # "Prior to its adoption by gadgets, UWB was …", which names it after)
        return "'its' refers to something earlier"
    placed = _PLACE_THEN_THAT.match(plain) if "that " in plain else None
    if placed:
        return f"'{placed.group(1)}' refers to something earlier"  # "In southern Asia that expansion is 23%."
    national = _THE_NATIONAL.search(plain) if "he " in plain else None
    if national:
        return f"'{national.group()}' refers to someone named earlier"  # "The Nigerian was level with Brooks"
    it_figure = _IT_FIGURE.search(plain) if "it " in plain else None
    if it_figure:
        return f"'{it_figure.group()}' stands for a measure told earlier"  # "In Galway West it was 60.2 per cent"
    both = _BOTH_SUBJECT.search(plain) if "oth " in plain else None
    if both:
        return f"'{both.group(1)}' refers to things named earlier"  # "Labour says both would cap people's ambitions"
    scene = _SCENE_THEN_PRONOUN.match(plain) if " it " in plain or " they " in plain else None
    if scene and not (scene.group(1) == "it" and
                      clause_it([word.lower() for word in WORD.findall(plain, scene.start(1))[:6]])):
        # "For Countryfile they asked 2,234 adults": the name sets the scene; who asked, an earlier sentence said
        return f"'{scene.group(1)}' refers to something earlier"
    timed = _THE_TIME_WAS.match(plain) if plain.startswith("The time") else None
    if timed:
        return f"'{timed.group(1)}' is a time told of earlier"  # "The time was the second fastest ever run"
    share = _ONLY_A_SHARE.match(plain) if "%" in plain or "cent" in plain else None
    if share and all(word in names for word in share.group("who").split()):  # (a name: not "Inflation")
        return f"'{share.group(2)}' says nothing of what it measures"  # "The Conservatives were on 11 per cent."
    ordinal = _THE_FIRST.search(plain) if "the second " in plain else None  # (_THE_SECOND's own lower-case 'the')
    second = _THE_SECOND.search(plain, ordinal.end()) if ordinal and ordinal.group(1) not in _PARTS_OF_TIME else None
    if second and second.group(1) == ordinal.group(1):
        # "The first group have … while in the second group, …": two of a set an earlier sentence told
        return f"'{ordinal.group()}' and 'the second {ordinal.group(1)}' are of a set told earlier"
    opened = _OPENING_PARTICIPLE.match(plain) if "," in plain and (" it " in plain or " they " in plain) else None
    if opened and tokens[0] not in names and not (opened.group("pronoun") == "it" and clause_it(
            [word.lower() for word in WORD.findall(plain, opened.start("pronoun"))[:6]])):
        # "Dubbed the Pocket Media Assistant, it crucially has wi-fi …", "Widely leaked to the newspapers, they
        # produced …": the participle's subject is the pronoun's, told before (not "Given the cost, it is unlikely
        # that …", an 'it' for the clause after it)
        return f"'{opened.group('pronoun')}' after '{opened.group('opening')}…,' refers to something earlier"
    people_it = _PEOPLE_SAY_IT.match(plain) if " it " in plain else None
    if people_it:
        # "Analysts at Jefferies have estimated that it could generate $6bn": not the analysts, nor their firm
        return f"'{people_it.group(1)}' refers to something earlier"
    some = _SOME_OF_THEM.search(plain) if " some " in plain or " many " in plain or \
        " most " in plain or " none " in plain or " several " in plain else None
    if some:
        return f"'{some.group(1)}' stands for some of those named earlier"  # "She added that some were trying …"
    return None


# 'both' as a clause's subject, opening it or after a word that opens a clause (not "Labour and the Tories
# both say …", whose two the sentence names).
_BOTH_SUBJECT = re.compile(r"(?:^\s*|\b(?:that|says|said|say|but|and|while|as|because|if|when|where|though|although)\s+)"
                           r"([Bb]oth)\s+(?:would|will|are|were|have|had|has|can|could|should|must|may|might|said|say|"
                           r"says|agreed|agree|denied|deny|want|wanted|insist|insisted|claim|claimed)\b")
# A preposition and a name opening the sentence, then 'it' or 'they' as its subject ("For Telewest it is the start …").
_SCENE_THEN_PRONOUN = re.compile(r"\s*(?:In|At|For|With|To|After|Before|During|Beside|Alongside)\s+(?:the\s+)?"
                                 r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3},?\s+(it|they)\s")
# 'The time' as a result's subject: a race's, told before ('the time has come' says no more than 'now').
_THE_TIME_WAS = re.compile(r"(The\s+time)\s+(?:was(?!\s+(?:right|ripe|up|not)\b)|of\s+\d|made|set|put|ranks|ranked)\b")
# A sentence that is only who stood at what share: of what, the sentence before told.
_ONLY_A_SHARE = re.compile(r"\s*(?:The\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
                           r"((?:was|were|is|are|stood|came)\s+(?:on|at)\s+(?:about\s+|around\s+|just\s+)?"
                           r"\d[\d.]*\s*(?:%|per\s*cent))\W*$")
# People who say what 'it' will do, opening the sentence: 'it' is something told before.
_PEOPLE_SAY_IT = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+)?(?:[Aa]nalysts|[Ee]conomists|[Ee]xperts|[Oo]fficials|[Rr]esearchers|"
                            r"[Ss]cientists|[Ss]ources|[Ii]nvestors|[Tt]raders|[Cc]ritics|[Ss]hareholders|[Oo]pponents|"
                            r"[Cc]ampaigners|[Uu]nions)\b[^,;]{0,60}?\b(?:said|say|says|"
                            r"estimated|estimate|expect|expected|believe|believed|think|thought|predicted|predict|"
                            r"forecast|warned|warn|fear|fears|feared|worry|worried)\s+(?:that\s+)?(it)\b")


# 'the first group … the second group': the first and second of one noun.
_THE_FIRST = re.compile(r"\b[Tt]he\s+first\s+([a-z]+)")
_THE_SECOND = re.compile(r"\bthe\s+second\s+([a-z]+)")
_PARTS_OF_TIME = frozenset("half quarter time day week month year season period round".split())
# A participle opening the sentence, then after its phrase's comma an 'it' or 'they' as the subject.
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?P<opening>(?:[A-Z][a-z]+ly\s+[a-z]+(?:ed|en)|[A-Z][a-z]{2,}(?:ed|ing)|Known|Seen|Given|Written|Taken|Built|"
    r"Born|Made|Held|Led|Sold|Bought|Brought|Found|Left|Told|Won|Chosen|Driven|Shown|Grown|Drawn))\b"
    r"[^,;]{0,150},\s+(?P<pronoun>it|they)\s")
# A bare count as a clause's subject, after the word that opens the clause: some of whom, told before.
_SOME_OF_THEM = re.compile(r"\b(?:that|and|but|while|as|because|although|though|where)\s+((?:some|many|most|none|"
                           r"several)\s+(?:were|are|was|is|had|have|has|said|say|says|will|would|could|did|do)\b)")

# A time told from an event ("the following morning", "two days later"), with no time in the sentence before it.
_AFTER_EVENT = re.compile(r"\bthe\s+(?:following|next)\s+(?:morning|day|night|evening|afternoon|week|weekend|month|year)\b|"
                          r"\bthe\s+(?:day|night|week)\s+(?:before|after)\b(?!\s+(?:the|a|an|his|her|their|its)\b)|"
                          r"\b(?:[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Mm]inutes|(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|"
                          r"[Ff]ive|[Ss]ix)\s+(?:hours?|days?|weeks?|months?|years?))\s+later\b")  # ("One day later …")
_A_TIME_BEFORE = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# 'At the time' opening a sentence, with nothing after it to say which ('At the time of the sale' says it; mid-
# sentence, "a remand prisoner at the time, raised a challenge in 2001", its own sentence may tell the time).
_AT_THE_TIME = re.compile(r"\s*At\s+the\s+time\b(?!\s+(?:of|when|that|which|it\s+was|they\s+were)\b)")
# 'followed' or 'ensued' with no object: after what, the sentence before told ('followed by', 'followed suit': not so).
_FOLLOWED = re.compile(r"\b(?:followed|ensued)(?=\s+(?:as|when|shortly|soon|quickly|swiftly)\b|\s*[,.;]?\s*$)")
# "all three regions", "all four candidates": things counted that an earlier sentence named.
_ALL_COUNTED = re.compile(r"\ball\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+s\b(?!\s+of\b)")
# "the two men", "the three firms": things counted, not told which (not "the two men in the car", "the two
# votes against the budget", "the three firms that …", nor "the two formats, Blu-ray and HD-DVD", which say which).
_THE_COUNTED = re.compile(r"\b[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?P<between>(?:[a-z-]+\s+){0,2}?)"
                          r"(?P<noun>[a-z]+s|men|women|people|children)\b(?!,\s+[A-Z]|\s*[(:;\u2013\u2014-])"
                          r"(?!\s+(?:of|in|at|on|who|whose|which|that|from|to|between|since|named|called|involved|"
                          r"concerned|against|for|by|with|under|over|after|before|during|behind|near|across|into|"
                          r"outside|inside|within|around|like|such)\b)(?!['’])")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten".split())
# Times and measures counted ("the three months to December", "the four billion barrels"), and words that
# say which ("the two biggest banks", "the two main parties").
_NOT_COUNTED_THINGS = frozenset("""seconds minutes hours days weeks weekends months quarters years decades seasons
    centuries times nights mornings evenings games rounds per cent billion million thousand hundred main top
    leading major biggest largest smallest best worst highest lowest big""".split())
# A noun opening the sentence, then a preposition and 'its': "Sales of its new phone rose" (not "Optimism is
# at its highest", whose 'its' is the optimism).
_ITS_IN_SUBJECT = re.compile(r"\s*[A-Z][a-z-]+(?:\s+[a-z-]+){0,3}?\s+(?:among|of|in|for|from|with|on|to|by|within|"
                             r"across|behind|over|under)\s+its\s")
_NAME_AFTER_COMMA = re.compile(r"[^,.;A-Z]*,\s+(?:the\s+)?[A-Z]")
# After a place the sentence opens with, 'that' before a noun and its verb points back ("In southern Asia that
# expansion is 23%"; not "In London that week", a time, nor "In Asia, that is").
_PLACE_THEN_THAT = re.compile(r"\s*(?:In|Across|Within|For)\s+(?:[a-z]+\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,?\s+"
                              r"(that\s+(?!week|month|year|day|time)[a-z]+)\s+(?:is|was|are|were|has|had|will|would)\b")
# A nationality standing for a person: "The Nigerian was level with Brooks at 60 metres".
_THE_NATIONAL = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+(?:ian|ean|ese|can|ish|ch|i|man|woman)|Monegasque|Swiss|Thai|"
                           r"Dane|Swede|Pole|Finn|Basque|Kiwi|Scot|Spaniard|Briton|Brit|Turk|Greek|Czech|Slovak|Argentine|"
                           r"Filipino|Filipina|Aussie)(?=\s+(?:(?:now|also|then|later|still|again|only)\s+)?"
                           r"(?:was|is|had|has|said|says|won|took|ran|set|beat|led|lost|will|would|could|who|trails|"
                           r"leads|sits|remains|[a-z]+ed)\b)")
# 'it' as the subject of a figure, not one who said it ("Kinloch Council said it was 5% short"): a measure.
_IT_FIGURE = re.compile(r"(?<!said )(?<!says )(?<!that )\bit\s+(?:was|is|stood\s+at|had\s+been|has\s+been|rose\s+to|"
                        r"fell\s+to|reached)(?=\s+(?:about\s+|around\s+|just\s+|nearly\s+|almost\s+|only\s+)?[$£€]?\d)")
