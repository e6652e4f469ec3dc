"""Candidates of the `role` family: what the article says a person or organisation is."""

from __future__ import annotations

import random
import re

from quiz.generate.analysis import Article, SentenceInfo
from quiz.generate.candidate import ACCORDING, Candidate, clean_choices, difficulty_from, leak
from quiz.generate.distractors import MEMBERSHIPS, SEATS, pick_roles
from quiz.generate.entities import Role
from quiz.generate.name_words import NATIONALITIES, PORTFOLIOS, TITLE_HEADS
from quiz.generate.text import OPENERS, WORD, article_for, capitalize_first, cited
from quiz.model import MULTIPLE_CHOICE, TRUE_FALSE, Change


def _shown(role: Role, text: str) -> str:
    """Titles start with a capital in a list of choices; 'a/an …' descriptions stay as written."""
    return text if role.indefinite or text[:4].lower() == "the " else capitalize_first(text)


def _subject(role: Role) -> str:
    return role.entity


def role_candidates(info: SentenceInfo, article: Article, rng: random.Random) -> list[Candidate]:
    out = []
    for role in info.roles:
        answer = _shown(role, role.role)
        if not _specific(role.role) or role.entity.split()[0].lower() in OPENERS or _OWNED_BEFORE.match(role.role):
            continue  # "President", "Leader": true of many; "the party's environment spokesperson": which party?
        if role.person and (" " not in role.entity or role.role.split()[-1] in _RANKS):
            continue  # "Ghazi … the Foreign Minister Prince": a name cut short, a rank read as a title
        words = {w.lower() for w in role.entity.split() if len(w) > 3}
        if words & {w.lower().strip(",.’'s") for w in role.role.split()}:
            continue  # "Pentagon spokesman" for the Pentagon gives itself away
        # One form for all choices: "Prime Minister" beside "the Labs' managing director" stands out.
        others = [r for r in pick_roles(article, role, rng) if _specific(r) and not _OWNED_BEFORE.match(r) and
                  (role.person or _a_body(r) == _a_body(role.role)) and not _seat_beside_office(role.role, r) and
                  not _head_office(r)]
        raw_pool = [r for r in others if _form(r) == _form(role.role)]
        # (named ones beside a named answer: "HVB analyst" beside "Chief executive" and "Fund manager" is the one
        # that names a firm, and so the one a guesser picks; taken first, so that a set of mixed forms can be)
        proper = article.names.proper
        named = _names_something(role.role, proper)
        raw_pool.sort(key=lambda r: _names_something(r, proper) != named)
        pool = [_shown(role, r) for r in raw_pool]
        distractors = clean_choices(answer, pool)
        if distractors and named and not _names_something(raw_pool[0], proper):
            distractors = []  # (none names anything: the answer stands apart; a true/false is asked)
        question = "who is" if role.person else "what is"
        explanation = (f"The article describes {_subject(role)} as {role.role if role.indefinite else _titled(role.role)}: "
                       + cited(info.as_written))
        spread = min(1.0, len(article.roles()) / 8)
        if len(distractors) >= 2 and _country_shared(answer, distractors):
            prompt = f"{ACCORDING}{question} {_subject(role)}?"
            choices = [answer, *distractors]
            if leak(prompt, answer, choices):
                continue
            out.append(Candidate("role", MULTIPLE_CHOICE, info.n, info.text, prompt, answer, choices, explanation,
                                 f"role:{role.entity.lower()}", 2.0 + (0.3 if role.person else 0),
                                 difficulty_from(0.2 + 0.5 * spread)))
        else:
            # A true/false on one wrong title, of any form (one statement shows no lopsided choices);
            # never one of the same head ("the Disney director" for a "former director" may be true),
            # never one that does not say whose ("the former chief executive" could be anyone's).
            if _head_office(role.role):
                continue  # "describes Tony Blair as the UN Secretary General": false to anyone who reads news
            raw = next((r for r in others if _head(r) != _head(role.role) and _owned(r) and
                        not _capitals(r) & _capitals(role.role) and not _other_country(r, role.role) and
                        clean_choices(answer, [_shown(role, r)])), None)
            if raw is None:
                continue
            wrong = raw if role.indefinite else _titled(raw)
            # "describes … as": someone may hold a title the article does not give them ("party leader"
            # and an MEP), so what is false is the article's description, not the claim about the world.
            prompt = f"True or false: the article describes {_subject(role)} as {wrong}."
            out.append(Candidate("role", TRUE_FALSE, info.n, info.text, prompt, False, [],
                                 f"False. The article describes {_subject(role)} as "
                                 f"{role.role if role.indefinite else _titled(role.role)}, not as {wrong}: "
                                 + cited(info.as_written),
                                 f"role:{role.entity.lower()}", 1.5, difficulty_from(0.3),
                                 Change(claim=wrong, source=role.role)))
    return out


def _head_office(role: str) -> bool:
    """Whether the role is a country's or the UN's head (its 'US', 'UN' or nationality aside): whom it names, a
    reader knows without the article, so it is no wrong choice for another person, nor theirs to swap."""
    words = [word for word in role.replace("-", " ").split()
             if word not in ("the", "The", "UN") and not _any_countries(word)]
    return " ".join(words).lower() in _HEAD_OFFICES


_HEAD_OFFICES = frozenset({"prime minister", "president", "secretary general", "pope"})
_RANKS = frozenset("Prince Princess King Queen Sheikh Emir Crown Duke Lord Lady Sir Dame Baroness".split())
# A role whose owner is one named before: "the group's chief executive", "its founder".
_OWNED_BEFORE = re.compile(r"(?:[Tt]he\s+[a-z-]+['’]s?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s")
_CUT_OF = re.compile(r"\s+(?:of|at|for|in)\s.*$")
_TIME_BOUND = frozenset("new then now currently later still also incoming outgoing future soon".split())


# What a body is called ('a monitoring group', 'the country's largest lender'): a role of one of these is set
# only beside another body's, not beside a horse's ('a 14-1 shot') or a product's ('an oral drug').
_BODY_KINDS = frozenset("""firm company group maker carmaker carrier operator retailer chain publisher airline bank
    broker agency consultancy giant rival regulator watchdog body charity union network website station channel
    newspaper magazine insurer lender supermarket organisation organization association federation institute
    foundation party club team trust authority council committee commission coalition alliance syndicate
    consortium producer supplier manufacturer developer exchange fund broadcaster think-tank
    campaign department ministry service""".split())


def _a_body(role: str) -> bool:
    """Whether the role calls its holder a body: a word of _BODY_KINDS before any 'of', 'in' … ('a rival
    operator based in Wales', 'a group of 12 friends')."""
    return not _BODY_KINDS.isdisjoint(WORD.findall(_CUT_OF.sub("", role.lower())))


# The offices of government whose holders sit in a parliament.
_OFFICES = frozenset("minister secretary chancellor premier whip speaker president".split())


def _seat_beside_office(answer: str, other: str) -> bool:
    """Whether `other` is a seat in a parliament ('Labour MP') and the answer an office of government ('Prime
    Minister'): the office's holder may well hold such a seat, so it is no wrong choice."""
    words = WORD.findall(other.lower())
    return bool(words) and words[-1] in SEATS and not _OFFICES.isdisjoint(WORD.findall(answer.lower()))


# Words that say which country a role belongs to ("South African president", "Russian energy minister"); not
# the countries (and unions) English-language news calls home, whose posts it names with or without them
# ("US Defence Secretary" beside "Pentagon Press Secretary").
_COUNTRY_WORDS = NATIONALITIES - frozenset("American British European".split())
_NOT_COUNTRY = frozenset("Republican Christian Parliamentarian Librarian Guardian".split())


def _countries(role: str) -> set[str]:
    """The words by which the role names a country other than a home one ('South African president': {'African'})."""
    return {word for word in WORD.findall(role) if word in _COUNTRY_WORDS or
            word.endswith(("ian", "ese")) and word[:1].isupper() and word not in _NOT_COUNTRY}


def _country_shared(answer: str, distractors: list[str]) -> bool:
    """Whether the answer's country, if it names one, is no tell: a wrong choice names it too. Alone among
    roles that name none ('South African president' beside 'BBC political correspondent'), or among roles of
    other countries ('French President' or 'UK Foreign Secretary' beside 'German Chancellor'), it is the one a
    reader who knows the person's nationality picks. (A home post, 'US Defence Secretary', is named with or
    without its country: among posts that name none, it tells nothing.)"""
    countries = _any_countries(answer)
    if not countries or any(countries & _any_countries(other) for other in distractors):
        return True
    return not _countries(answer) and not any(map(_any_countries, distractors))


def _other_country(wrong: str, role: str) -> bool:
    """Whether a wrong role names another country than the true one: 'the article describes Gerhard Schroeder
    as the Italian Prime Minister' (or 'the UK Prime Minister') is false to anyone who knows he is the German
    Chancellor, whatever the article says."""
    theirs, true = _any_countries(wrong), _any_countries(role)
    return bool(theirs and true) and not theirs & true


def _any_countries(role: str) -> set[str]:
    """The countries a role names, home ones too ('UK Prime Minister'), each by one name ('British': 'uk')."""
    return {_OWNER_NAMES.get(word.lower(), word.lower()) for word in WORD.findall(role)
            if word in _COUNTRY_WORDS or word in _HOME_COUNTRIES or
            word.endswith(("ian", "ese")) and word[:1].isupper() and word not in _NOT_COUNTRY}


_HOME_COUNTRIES = frozenset("UK US U.S. Britain British America American".split())


def _form(role: str) -> tuple[bool, bool]:
    """(starts with the/a/an, holds a possessive): choices of one form look alike."""
    low = role.lower()
    return low.startswith(("the ", "a ", "an ")), "'s " in low or "’s " in low or "s' " in low


def _names_something(role: str, proper: frozenset[str]) -> bool:
    """Whether a role as the article writes it holds a name, a firm's, a party's, a country's ('HVB analyst',
    'Labour MP', 'US envoy'), not only an office's words ('fund manager', 'Shadow Home Secretary'), nor a word
    capitalised only as a sentence's first ('Fund manager Florian Hamm said …'; `proper`: the article's
    words written with a capital mid-sentence)."""
    return any(word in proper and word.lower() not in TITLE_HEADS and word not in _OFFICE_WORDS
               for word in WORD.findall(role))


# Capitalised words of an office's own title ('Prime Minister', 'Managing Director', 'Shadow Chancellor').
_OFFICE_WORDS = PORTFOLIOS - {"Labour"} | frozenset("""Prime Shadow Vice Former Acting Managing Senior Junior Chief
    Executive Financial Operating Non-executive Legal Monetary Affairs State Treasury Cabinet Interior Attorney
    General Solicitor Ex Deputy Assistant Principal Lead Head Global Regional National Political Press Public""".split())


def _head(role: str) -> str:
    words = WORD.findall(_CUT_OF.sub("", role.lower()))
    return words[-1] if words else ""


def _capitals(role: str) -> set[str]:
    """'Labour chairman' and 'Labour MP' may both be true of one person: same owner (under any of its
    names: the 'Tory MP' may be the 'Conservative leader')."""
    return {_OWNER_NAMES.get(w.lower(), w.lower()) for w in WORD.findall(role)
            if w[:1].isupper() and w.lower() not in ("the", "a", "an", "former")}


# Owners news writing names two ways: a party and its nickname, a country and its adjective.
_OWNER_NAMES = {"tory": "conservative", "tories": "conservative", "conservatives": "conservative",
                "democrats": "democrat", "democratic": "democrat", "republicans": "republican",
                "british": "uk", "britain": "uk", "american": "us", "america": "us", "u.s.": "us"}


def _owned(role: str) -> bool:
    """'UKIP leader', 'chief executive of Fiat': whose. 'The former chief executive' could be anyone's."""
    return any(w[:1].isupper() for w in WORD.findall(role)[1:])


def _specific(role: str) -> bool:
    """A role of two words or more besides a/an/the: 'Health Secretary', 'a UK-based monitoring group'.

    Not 'New Home Secretary', 'then chancellor': true only at one time, which the question cannot say.
    """
    words = [w for w in WORD.findall(role) if w.lower() not in ("a", "an", "the")]
    # "Former minister" says no more than "minister": true of a former foreign secretary too
    # ("former President" names an office).
    if len(words) == 2 and words[0].lower() in ("former", "ex") and words[1].islower():
        return False
    if len(words) == 2 and words[0].lower() in _ANY_OWNER:
        return False  # "Party leader", "Company spokesman": whose, the sentences before told (Labour's is one)
    return len(words) >= 2 and words[0].lower() not in _TIME_BOUND


_ANY_OWNER = frozenset("party company club team group firm council union agency board department ministry".split())


def _titled(title: str) -> str:
    """'US Defence Secretary' reads as 'the US Defence Secretary' after 'is' or 'as'; a seat many hold, 'Labour
    MP', as 'a Labour MP' (the Labour MP would be the only one)."""
    lowered = title.lower()
    if lowered.startswith(("the ", "a ", "an ")) or "'s " in title or "’s " in title:
        return title
    first, _, rest = title.partition(" ")
    if first.lower() in ("former", "ex", "acting", "interim") and rest:  # (not 'Deputy': part of 'Deputy Mayor')
        title = f"{first.lower()} {rest}"  # "the former Labour leader", mid-sentence
    if lowered.split()[-1] in MEMBERSHIPS:
        return f"{article_for(title)} {title}"
    return f"the {title}"
