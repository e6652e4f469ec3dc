"""Whether a sentence leans on what the article told before, for the prompt to name the article's title.

"Germany and France have repeatedly called for the embargo to be lifted": which embargo, an earlier
sentence told ("an EU arms embargo on China"). A 'the' before a noun the article used before points
back to it; the title ('according to the article “EU split over China arms ban”') says what it is.
"""

from __future__ import annotations

import re

from quiz.generate.analysis import Article

# 'the' and the words in lower case after it (up to three: a describing word, the noun, the word after).
_THE_WORDS = re.compile(r"\b[Tt]he ([a-z][a-z-]+)(?: ([a-z][a-z-]+))?(?: ([a-z]+))?")
# After the noun, what says which one it is: 'the ban on night ferries', 'the firm that …'.
_SAYS_WHICH = frozenset("of in on at from by that which who with between against over into under".split())
# Nouns that say which one they mean wherever they stand: times, and what every article has one of.
_NOT_POINTING = frozenset("""year years month months week weeks day days weekend quarter time times morning
    afternoon evening night period past future present moment end start beginning middle rest number amount
    world public way case fact idea""".split())
# Describing words before the noun ("the new scheme"); 'the same', 'the first' compare, and say no more.
_DESCRIBING = frozenset("""same other first last next latest most least best worst only whole following previous
    former latter current new""".split())


def refers_back(article: Article, n: int) -> bool:
    """Whether sentence `n` (from 1) has 'the' before a noun an earlier sentence of the article used, or
    before a name an earlier sentence gave in full ('the Labs' after 'Media Labs Europe'), or a measure of
    something it does not name ('115,000 tonnes')."""
    body = article.sentences[n - 1].body
    if _BARE_MEASURE.search(body):
        return True
    if "he " not in body:  # ("the " or "The ")
        return False
    for match in _THE_WORDS.finditer(body):
        head, after, then = match.groups()
        if after and (head in _DESCRIBING or head.endswith(_ADJECTIVE_ENDS)):
            head, after = after, then  # "the new scheme", "the national strike"
        if head in _NOT_POINTING or head.endswith("est") or after in _SAYS_WHICH:
            continue
        if _used_before(article, head, n):
            return True
    return any(_short_for_earlier_name(article, match[1], n) for match in _THE_NAME.finditer(body))


# 'Greece makes 115,000 tonnes': tonnes of what, the article's topic says (feta); '… tonnes of feta' says it.
_BARE_MEASURE = re.compile(r"\d(?:[\d,.]*\d)?(?:\s*(?:m|bn|million|billion))?\s+(?:tonnes|tons|barrels|litres|liters|"
                           r"gallons|kilos|kilograms|kg|cubic\s+metres)\b(?!\s+(?:of|a\s+day|per|an?\s+hour)\b)")
# 'the Labs', 'the Commission': one capitalised word, the rest of a name cut off; the word is what
# the sentence speaks of (before a verb, an owner's 's or a stop), not a modifier ('the Labour stronghold').
_THE_NAME = re.compile(r"\b[Tt]he ([A-Z][a-z]{2,})(?:['’]s\b|(?=[,.;:)]|$| (?:is|was|are|were|has|had|have|said|says|"
                       r"will|would|may|might|could|can|should|must|did|does|do)\b))")


def _short_for_earlier_name(article: Article, word: str, n: int) -> bool:
    """Whether a sentence before sentence `n` used the word inside a longer name ('Media Labs Europe',
    'the European Commission', 'the Court of Appeal'): 'the Labs' is that name cut short."""
    longer = re.compile(rf"\b(?!The )[A-Z][\w&-]* {word}\b|\b{word} (?:of )?[A-Z]")
    return any(word in info.body and longer.search(info.body) for info in article.sentences[:n - 1])


_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ish", "ful", "less", "ed", "ern", "ary")
_WORD = re.compile(r"[a-z][a-z-]+")


def _used_before(article: Article, word: str, n: int) -> bool:
    """Whether a sentence before sentence `n` uses the word (a run of _WORD). Each word's first sentence is
    noted as the sentences are read, each once and only as far as a question asks: asking each time
    through every sentence before took minutes for an article of thousands."""
    memo = article._memo
    first = memo.setdefault("first_use", {})
    read = memo.get("first_use_read", 0)
    for info in article.sentences[read:n - 1]:
        for found in _WORD.findall(info.body):
            first.setdefault(found, info.n)
    memo["first_use_read"] = max(read, n - 1)
    return first.get(word, n) < n
