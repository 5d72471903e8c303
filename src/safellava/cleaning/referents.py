"""Who is who: different people stay different when they get the same neutral noun.

The detector rewrites a person noun word by word, so two people can end up with one name:
"the bride smiles at the groom" -> "the spouse smiles at the spouse", "the woman is helping
the man" -> "the person is helping the person". A reader then sees one person where the
original had two. This module reads the mentions of one text in order and tells the
rewriter which determiners to change so that the people stay apart:

* a mention joins the earlier person of its neutral noun that it can name (same gender and
  age class, read from the taxonomy's ``referents`` lists, and no dropped modifier of another
  class on the same scale: "the older woman" is not "the younger woman", though both become
  "the person"; "the older woman" may be "the overweight woman"); one that
  can name none of them is a new person ("the man" after "the woman");
* with two people of one noun, every mention of the second reads "the other X" / "another
  X"; with more, "the second X", "the third X" (the first keeps its plain form);
* coordinated mentions ("the bride and the groom", "a man, a woman and a child") are left
  alone: the rewriter merges them into one noun phrase ("the couple", "three people"), and
  the first mention on its own after that becomes the first person;
* a person the text already called "person" ("the person in the red jacket", "one person")
  is someone else than a mention after it in its sentence ("..., while the boy stands" ->
  "while the other person stands"); where the mention is the one person named before, the
  neutral noun phrase is the other ("The woman pets the sheep. For the person photographing
  the woman" -> "For the other person photographing the person"); so is a list item after it
  ("a person, a woman, and a dog" -> "a person, another person, and a dog"), a mention before a
  neutral "the person" in its sentence ("In addition to the child, the person is" -> "In
  addition to the other person, the person is") and a sentence that opens with "A girl" after
  one with a neutral person ("A person is seated ... Another person is playing");
* a mention after a possessive ("her husband") keeps its form (it already says whose) but
  counts as a person; one without a determiner, a restatement of the noun phrase before it
  ("another person, a man,", "a blonde, possibly a teenager"), a predicate ("if the
  recipient is an adult") and a modifier ("a school girl outfit") are left out.

Only texts with two such mentions of one neutral noun are looked at, so the cost stays at the
edit sites.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from safellava.biometrics.detector import Mention, add_first_character_lookaheads

# The determiner of a person noun, with up to two plain modifiers between ("the tall woman").
_DETERMINER = re.compile(
    r"\b(the|a|an|one|his|her|their|its|this|that)((?:[ \t]+(?!(?:the|a|an|one|his|her|their|its|"
    r"this|that|these|those|some|and|or|but|nor|of|with|to|in|on|at|by|for|from|is|are|was|were|who|which|as|while|"
    r"when)\b)[a-z-]+){0,2})[ \t]+$",
    re.IGNORECASE,
)
# What lies between two coordinated noun phrases ("man and the", "girl and two", "man, a"), or
# between a noun phrase and a hedged restatement of the same person ("a man, possibly a
# boy", "a man (in one description, a woman)").
_COORDINATION_GAP = re.compile(
    r"(?:['’]s?)?(?:,?[ \t]+(?:and|or|&)[ \t]+(?:(?:both|either|one|two|three|four|five|six|several|some)[ \t]+)?|,"
    r"[ \t]*(?:(?:possibly|perhaps|likely|probably|maybe|or)[ \t]+)?|[ \t]*\([^()]{0,40}?)"
)
# A restatement of the noun phrase before ("another person, a man,", "another person – a woman,",
# "a blonde, possibly a teenager"): no second person.
_APPOSITION = re.compile(
    r"(?:,[ \t]*(?:possibly|perhaps|likely|probably|maybe|or)|\b(?:person|people|individuals?|someone|one)[ \t]*[,(–—]"
    r"|\()[ \t]*$",
    re.IGNORECASE,
)
# A predicate ("if the recipient is an adult", "dressed as a girl"): no second person. A copula
# that opens a question ("Is the woman helping the man?", "What is the woman doing?") comes
# before its subject, and so does "is" after "there" ("there is a man watching the boy") or after
# a thing that shows someone ("The main activity is a woman water skiing", "one of the interactions
# that can be observed is an adult assisting a child"); after a copula "the"
# starts a subject too ("What tool is the woman using"): a predicate says what someone is with
# "a"/"an".
_PREDICATE = re.compile(
    r"\b(?:(?<=[^.!?\s][ \t])(?<!\bwhat[ \t])(?<!\bwhere[ \t])(?<!\bwhy[ \t])(?<!\bhow[ \t])(?<!\bwho[ \t])"
    r"(?<!\bwhich[ \t])(?<!\bwhen[ \t])(?<!\bthere[ \t])(?<!\bhere[ \t])(?<!\bactivity[ \t])(?<!\baction[ \t])"
    r"(?<!\bscene[ \t])(?<!\bimage[ \t])(?<!\bpicture[ \t])(?<!\bphoto[ \t])(?<!\bfocus[ \t])(?<!\bobserved[ \t])"
    r"(?<!\bseen[ \t])(?<!\binteraction[ \t])(?<!\binteractions[ \t])(?:is|are|was|were)"
    r"|be|being|been|becomes?|as|like)[ \t]*$",
    re.IGNORECASE,
)
# A person noun used as a modifier names no one ("a school girl outfit", "a baby seat"); "dress
# up/in/for/as" is the verb ("helping the man dress up").
_ATTRIBUTIVE = re.compile(
    r"[ \t]+(?:outfits?|costumes?|uniforms?|clothes|clothing|attire|dress(?:es)?(?![ \t]+(?:up|in|for|as)\b)|shoes|"
    r"seats?|sizes?|bikes?|toys?|rooms?|sections?|restrooms?|bathrooms?|teams?|magazines?|fashion|style|hairstyles?|haircuts?|products?)\b",
    re.IGNORECASE,
)
# A comma between two noun phrases lists them only when the list goes on ("a man, a woman and
# a child"); "with the man, the child can learn" ends a phrase before the subject.
# ... and with a short modifier of the first between ("the woman using the board and the person nearby")
_MODIFIED_COORDINATION_GAP = re.compile(r"[ \t]+[^,.;:!?\n]{1,50}?[ \t]+and[ \t]+")
_BARE_COMMA = re.compile(r"(?:['’]s?)?,[ \t]*")
_LIST_GOES_ON = re.compile(r"(?:['’]s?)?(?:,|[ \t]+(?:and|or|&)\b)")
# a preposition right before a noun phrase: its comma after closes a fronted phrase ("Next to
# the child, the person"), not an apposition ("the woman, the person who")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|of|with|behind|beside|besides|near|from|for|at|by|around|unlike|than)[ \t]+$", re.IGNORECASE
)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n])[ \t]*$")
# a neutral "a person" that a list goes on from ("a person, a woman, and a dog")
_LISTED_PERSON = re.compile(r"\b(?:a|one)[ \t]+person,", re.IGNORECASE)
_LISTED_PERSON_BEFORE = re.compile(r"\b(?:a|one)[ \t]+person,[ \t]*$", re.IGNORECASE)
# a mention that a list goes on after ("the person in red, the woman, and the dog") is one of its
# items, not a restatement of the person before it
_LIST_GOES_ON_AFTER = re.compile(r",?[ \t]+(?:and|or)[ \t]+(?:an?|the|one|two|some|his|her|their|its)\b")
_SENTENCE_BOUNDARY = re.compile(r"[.!?\n]")
# a comma or semicolon that joins a clause of its own ("..., while the child stands closer")
_CLAUSE_JOIN = re.compile(r",[ \t]+(?:while|whereas|and|but)\b|;")
# a noun phrase that already says which person it is ("the other man", "the first woman")
_SAYS_WHICH = re.compile(r"\b(?:other|first|second|third|same|last|former|latter)\b", re.IGNORECASE)
# a sentence that already tells its people apart ("two other people, one ... and another person")
_OTHER = re.compile(r"\b(?:an)?other[ \t]+(?:person|people|individuals?)\b|\bothers\b", re.IGNORECASE)
_NOT_LETTER = re.compile(r"[^a-z]+")
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_POSSESSIVE = re.compile(r"['’]s?\b")
# a possessive mention ("the girl's clothing") names a person, not a kind of clothing
_APOSTROPHES = ("'s", "’s", "'", "’")
_LABELLED = frozenset({"the", "a", "an"})
# What comes right before a mention that restates or predicates the person named before it
# ("one person is visible, the man", "- the woman", "which is the man", "like the man")
_RESTATED = re.compile(
    r"(?:[,:;–—]|[ \t]-|\b(?:is|are|was|were|be|being|been|becomes?|as|like|than|namely|specifically))[ \t]*$",
    re.IGNORECASE,
)
# A person the text already called "person" ("the person in the red jacket", "one person", a
# sentence's first "A person"): a mention after it in its sentence names someone else ("...,
# while the boy stands" -> "while the other person stands"), unless it restates or predicates.
_NEUTRAL_PERSON = re.compile(
    r"\b(?:([Tt]he|[Oo]ne)(?=[ \t]+person\b)|[Tt]he|[Oo]ne)(?:[ \t]+(?!(?:other|first|second|third|same|last|former|"
    r"latter|and|or|of|with|to|in|on|at|is|are|was|were)\b)[a-z-]+)?[ \t]+person\b"
    r"|(?:^|(?<=[.!?\n]))[ \t]*(A)[ \t]+person\b"
)
# the person at the other end of a call is nobody in the image ("The man plugs his ear to hear the
# person on the other end of the call" keeps "The person plugs their ear"; so does "the person she is
# talking to" on the phone)
_OTHER_END = re.compile(
    r"[ \t]+(?:(?:on|at)[ \t]+the[ \t]+other[ \t]+(?:end|side|line)\b|(?:she|he|they)[ \t]+(?:is|are|was|were)[ \t]+"
    r"(?:talking|speaking|chatting)[ \t]+(?:to|with)\b)",
    re.IGNORECASE,
)
_ORDINALS = {1: "second", 2: "third", 3: "fourth"}
# A word of the original that names a group before a singular pronoun of its sentence ("They
# could be her family"): the pronoun made "their" would be theirs; so would the care after a "she"
# made "they" ("she is responsible for their care").
_PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their|theirs|themselves)\b", re.IGNORECASE)
# Up to four words between a person and a possessive of theirs, with no pronoun, comma or
# clause word between ("the man using his", "a woman holding up her").
_OWN_CLAUSE_GAP = re.compile(
    r"(?:[ \t]+(?!(?:they|them|their|and|or|but|while|as|when|who|which|that|to|with|from|for|at|of)\b)[a-z-]+){1,4}"
    r"[ \t]+",
    re.IGNORECASE,
)
_OWN_PLURAL = re.compile(r"\b(?:their|theirs|themselves)\b", re.IGNORECASE)
# someone named between the person and the pronoun ("the presenter ... behind him", "her child
# ... her comfort"), who the pronoun may stand for (one person: "her family", "the spectators"
# are no "her")
_SOMEONE_ELSE = re.compile(
    r"\b(?:the|a|an|her|his|their|this|that)[ \t]+(?:[a-z-]+[ \t]+)?(?:[a-z]+(?:er|or|ist|ian|ant)|child|kid|baby|"
    r"toddler|friend|partner|companion|person|individual|owner)\b",
    re.IGNORECASE,
)
# a possessive noun's mark, within the mention or right after it ("the man's")
_POSSESSIVE_MARK = re.compile(r"['’]s\b")
# someone held in the holder's own arms, hands or lap: "holding the other person in their left arm"
# says whose (the held one's body is not where they are held): the possessive that follows the
# other person's noun, and the body part after it
_HOLDING_BEFORE = re.compile(
    r"\b(?:hold|holds|holding|held|carry|carries|carrying|carried|cradle|cradles|cradling|cradled|clutch|clutches|"
    r"clutching|hug|hugs|hugging|embrace|embraces|embracing|lift|lifts|lifting|support|supports|supporting)[ \t]+"
    r"(?:up[ \t]+)?(?:(?:the|a|an|his|her|their)[ \t]+)?(?:[a-z-]+[ \t]+)?$",
    re.IGNORECASE,
)
_HELD_IN_OWN = re.compile(r"[ \t]+(?:in|on|into|onto|with)[ \t]+", re.IGNORECASE)
_OWN_BODY_AFTER = re.compile(
    r"[ \t]+(?:(?:left|right|outstretched|open|both|two|strong|loving)[ \t]+)?(?:arms?|hands?|lap|embrace)\b",
    re.IGNORECASE,
)
# a possessive noun after a possessive pronoun ("her pet's well-being"): "the person's pet's"
# would stack two
_POSSESSIVE_NEXT = re.compile(r"[ \t]+[a-z-]+['’]s?\b", re.IGNORECASE)
# a person named by someone's possessive ("her mother") or one of several ("one woman", "each
# man"): "the person" would not say which
_POSSESSED = re.compile(r"\b(?:her|his|their|its|my|your|our|one|another|each|either|every)[ \t]+$", re.IGNORECASE)
# two person nouns coordinated ("a man and a woman", "the bride, the groom"): the rewrite merges
# them ("two people"), so neither is one person a pronoun can be named by
_COORDINATED_NEXT = re.compile(
    r"(?:['’]s?)?(?:,?[ \t]+(?:and|or|&)[ \t]+|,[ \t]*)"
    r"(?:(?:an?|the|one|two|three|four|both|either|his|her|their)[ \t]+)?(?:[A-Za-z-]+[ \t]+)?",
    re.IGNORECASE,
)
# the words between a determiner and its noun ("the tall ")
_WORDS_UP_TO_NOUN = re.compile(r"(?:[ \t]+[A-Za-z-]+){0,2}[ \t]+")
# a predicate ("he could be the groom", "dressed as a woman"): says what the person is, no one new
# ("there is a girl" brings one in)
_PREDICATE_BEFORE = re.compile(
    r"\b(?<!\bthere[ \t])(?<!\bhere[ \t])(?:is|are|was|were|be|being|been|becomes?|as|like)[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?(?:[a-z-]+[ \t]+)?$",
    re.IGNORECASE,
)
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}
_SUBJECT_GENDER = {pronoun: _PRONOUN_GENDER[pronoun] for pronoun in _SUBJECT_PRONOUNS}
# a pronoun paired with another ("he or she", "his/her"): about anyone, not one person
_PAIRED_BEFORE = re.compile(r"\b(?:he|she|him|her|his|hers)[ \t]*(?:/|\bor\b)[ \t]*$", re.IGNORECASE)
_PAIRED_AFTER = re.compile(r"[ \t]*(?:/|\bor\b)[ \t]*(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
# a definite person with one modifier ("the young person"), the modifier in group 2
_MODIFIED_PERSON = re.compile(r"\b([Tt]he)[ \t]+([A-Za-z]+)[ \t]+person\b")
_OR_GAP = re.compile(r"\bor\b", re.IGNORECASE)
# before a determiner edit that names a place in a group ("the third"): it stands whether or not
# a "person" is named before it (a "the other person" whose first person went is "the person")
PLACED = "\ue006"
# the count of a plural phrase in a coordinated group ("the two women and a man")
_COUNT_BEFORE = re.compile(r"\b(two|three|four|five)[ \t]+(?:[a-z-]+[ \t]+)?$", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
# a sentence that already says "one person" or "another person" ("One person is partially visible,
# sitting near the first person"), where a second "one person" would name neither
_ONE_NAMED = re.compile(r"\b(?:one|another|other)[ \t]+(?:person|individual)\b", re.IGNORECASE)
_PLACES = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


@dataclass
class _Person:
    """One person of a neutral noun, as far as its mentions tell."""

    gender: str | None
    age: str | None
    last_end: int
    modifiers: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Phrase:
    """A replaced mention's noun phrase: where its words start (dropped modifiers included)
    and its determiner, if any."""

    index: int
    mention: Mention
    words_start: int
    determiner: re.Match[str] | None

    @property
    def start(self) -> int:
        """Where the noun phrase starts: the determiner, or the first word."""
        return self.determiner.start() if self.determiner else self.words_start


@dataclass(frozen=True)
class _Candidate:
    index: int
    start: int
    end: int
    noun: str
    gender: str | None
    age: str | None
    phrase_start: int  # where its noun phrase starts (the determiner, or the noun)
    determiner: re.Match[str] | None
    modifiers: Mapping[str, frozenset[str]]  # the dropped words before the noun: {scale: classes}


@dataclass(frozen=True)
class Referents:
    """The gender and age class of the person nouns (taxonomy ``referents``)."""

    gender: Mapping[str, str] = field(default_factory=dict)
    age: Mapping[str, str] = field(default_factory=dict)
    modifier: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> Referents:
        """Read the word lists: ``male``/``female`` give the gender, ``child``/``baby``/``toddler``/
        ``young``/``adult`` the age class (a ``baby`` or ``toddler`` is a child whom no ``young`` word,
        nor the other of the two, names in the same sentence: "the girl ..., while the baby", "The
        toddler is ..., and the baby is"), ``modifier_classes`` the classes of dropped
        modifiers on each scale (``age``: "old", "elderly" and "older" are one class, "young"
        and "little" another)."""
        gender = {word: name for name in ("male", "female") for word in spec.get(name, ())}
        age = {word: name for name in ("child", "baby", "toddler", "young", "adult") for word in spec.get(name, ())}
        classes = spec.get("modifier_classes", {})
        modifier = {
            word: (scale, name) for scale, named in classes.items() for name, words in named.items() for word in words
        }
        return cls(gender, age, modifier)

    def determiner_edits(self, text: str, ordered: Sequence[Mention]) -> dict[int, tuple[int, str]]:
        """``{start of a determiner: (its end, the new determiner)}`` for the mentions (sorted
        by position) that name a second or later person of their neutral noun."""
        replaced = _replaced(ordered)
        # Most rewrites name each neutral noun once and no "person" before it: nothing to
        # relabel. The nouns of the candidates below come from the mentions alone, so such a
        # text is let go before the noun phrases and their determiners are searched (and
        # before the search for a neutral "person", which needs that word in the text).
        nouns = [_noun(mention) for _, mention in replaced if self._classed(_word(mention.evidence))]
        first_named = _NEUTRAL_PERSON.search(text) if "person" in nouns and "person" in text else None
        named = first_named is not None or ("person" in nouns and _LISTED_PERSON.search(text) is not None)
        if not named and len(set(nouns)) == len(nouns):
            return {}
        phrases = _phrases(text, ordered, replaced)  # every replaced noun phrase ("two little boys" too)
        candidates = self._candidates(text, phrases)
        coordinated: set[int] = set()
        groups: list[list[_Phrase]] = []
        for first, second in zip(phrases, phrases[1:]):
            # (a subject pronoun after "and" opens a clause: "behind the woman, and he is wearing")
            if _word(second.mention.evidence) in _SUBJECT_PRONOUNS:
                continue
            if _COORDINATION_GAP.fullmatch(text, first.mention.end, second.start) and (
                not _BARE_COMMA.fullmatch(text, first.mention.end, second.start)
                or _LIST_GOES_ON.match(text, second.mention.end)
            ):
                if groups and groups[-1][-1] is first:
                    groups[-1].append(second)
                else:
                    groups.append([first, second])
                coordinated |= {first.index, second.index}
        members = {id(group[0]): self._members(text, group) for group in groups}
        people: dict[str, list[_Person]] = {}
        labelled: list[tuple[_Candidate, int]] = []
        anchors: dict[int, tuple[int, str]] = {}
        edits_first: dict[int, tuple[int, str]] = {}
        placed = ""  # the place in its group of the first person of "person", where it was named by it
        placed_word = ""  # ... and the word that named it ("man")
        for candidate in candidates:
            if candidate.determiner is None and candidate.noun == "people" and candidate.index not in coordinated:
                # a bare group ("adults should advise the children") is someone too: a later
                # group that none of them can be is the other people
                groups_known = people.setdefault("people", [])
                if not any(self._fits(text, candidate, person) for person in groups_known):
                    groups_known.append(_Person(candidate.gender, candidate.age, candidate.end, candidate.modifiers))
                continue
            if (
                candidate.index in coordinated
                or candidate.determiner is None
                or (
                    _APPOSITION.search(text, max(0, candidate.phrase_start - 40), candidate.phrase_start)
                    and not _LIST_GOES_ON_AFTER.match(text, candidate.end)
                )
                or (
                    candidate.determiner.group(1).lower() != "the"
                    and _PREDICATE.search(text, max(0, candidate.phrase_start - 40), candidate.phrase_start)
                )
                or (_ATTRIBUTIVE.match(text, candidate.end) and not text.endswith(_APOSTROPHES, 0, candidate.end))
            ):
                continue
            known = people.setdefault(candidate.noun, [])
            if not known and candidate.noun == "person" and groups:
                place = self._place_in_group(text, candidate, groups, members, candidates)
                if place:
                    # "Two women and a man sit. ... The man sleeps": the group became "three
                    # people", so the one of its own kind is named by its place in it ("The
                    # third person sleeps"); a later "the man" is that person again
                    word = candidate.determiner.group(1)
                    new = place if place == "one" else "the " + place
                    placed, placed_word = place, text[candidate.start : candidate.end].lower()
                    edits_first[candidate.determiner.start(1)] = (
                        candidate.determiner.end(1),
                        PLACED + (new[0].upper() + new[1:] if word[:1].isupper() else new),
                    )
                    known.append(_Person(candidate.gender, candidate.age, candidate.end, candidate.modifiers))
                    continue
            fitting = [number for number, person in enumerate(known) if self._fits(text, candidate, person)]
            younger = self._younger_person_after(text, candidate) if candidate.noun == "person" else None
            if younger and not _tells_apart(text, candidate.phrase_start, younger.end()):
                # "The woman is leaning over the young person" -> "The person is leaning over the
                # other person": the dropped word was what told them apart
                word = younger.group(1)
                anchors[younger.start(1)] = (younger.end(1), "The other" if word[0] == "T" else "the other")
            anchor = None
            if named and candidate.noun == "person":
                anchor = _neutral_person_before(text, candidate, first_named) or (
                    None if known else _neutral_person_after(text, candidate)
                )
            if anchor and _tells_apart(
                text,
                max(min(anchor.start(), candidate.phrase_start), candidate.phrase_start - 300),
                max(anchor.end(), candidate.end),
            ):  # (around both, or the mention's own sentence where the anchor is sentences back)
                anchor = None
            if anchor and not known and _same_main_person(text, candidate, anchor, first_named):
                anchor = None
            if anchor and (not known or anchor.start() > candidate.start):
                known.append(_Person(None, None, candidate.phrase_start))
                fitting = []
            elif (
                anchor
                and candidate.determiner.group(1).lower() == "the"
                and len(known) == 1
                and fitting
                and (
                    self._same_kind(candidate, known[0])
                    or (
                        candidate.gender == known[0].gender
                        and {candidate.age, known[0].age} in ({"baby", "child"}, {"toddler", "child"})
                    )
                )
                and not _SAYS_WHICH.search(anchor.group(0) + text[candidate.phrase_start : candidate.start])
            ):
                # "The woman pets the sheep. For the person photographing the woman": the woman is
                # the person named before, so the one photographing her is the other (so is "A
                # person ..., likely assisting the child" after "The baby ...": a baby is a child)
                word = anchor.group(1) or anchor.group(2)
                if word:
                    new = "the other" if word.lower() == "the" else "another"  # ("A"/"One person")
                    start = anchor.start(1) if anchor.group(1) else anchor.start(2)
                    anchors[start] = (start + len(word), new[0].upper() + new[1:] if word[:1].isupper() else new)
            if len(fitting) > 1:  # "the man" after "the man ... the boy": the one of its own gender and age
                same = [number for number in fitting if self._same_kind(candidate, known[number])]
                fitting = same if len(same) == 1 else fitting
            if not fitting:
                known.append(_Person(candidate.gender, candidate.age, candidate.end, candidate.modifiers))
                number = len(known) - 1
            elif len(fitting) == 1:
                number = fitting[0]
                person = known[number]
                person.gender = person.gender or candidate.gender
                # "the girl ... the child": a child, who is no adult in any sentence
                person.age = "child" if candidate.age == "child" else person.age or candidate.age
                person.modifiers = {**candidate.modifiers, **person.modifiers}
                person.last_end = candidate.end
            else:  # could be either: left as it is
                continue
            if candidate.determiner.group(1).lower() in _LABELLED and not _SAYS_WHICH.search(
                candidate.determiner.group(2)
            ):
                labelled.append((candidate, number))
        edits: dict[int, tuple[int, str]] = {}
        edits_placed: dict[int, tuple[int, str]] = {}
        for candidate, number in labelled:
            total = len(people[candidate.noun])
            if number == 0 and placed and candidate.noun == "person" and candidate.determiner is not None:
                # a later "the man" is the placed person again, named by the same place (only by
                # the same word: "the man" after "the boy" may be the other one)
                if text[candidate.start : candidate.end].lower() != placed_word:
                    continue
                word = candidate.determiner.group(1)
                if word.lower() == "the" and candidate.determiner.start(1) not in edits_first:
                    new = "the " + placed
                    edits_placed[candidate.determiner.start(1)] = (
                        candidate.determiner.end(1),
                        PLACED + (new[0].upper() + new[1:] if word[:1].isupper() else new),
                    )
                continue
            if number == 0 or total < 2 or (total > 2 and (number not in _ORDINALS or candidate.noun == "people")):
                continue  # (groups are "the other people", never "the second people")
            assert candidate.determiner is not None
            word = candidate.determiner.group(1)
            if total == 2:
                new = "the other" if word.lower() == "the" else "another"
            else:
                new = ("the " if word.lower() == "the" else "a ") + _ORDINALS[number]
            if word[:1].isupper():
                new = new[0].upper() + new[1:]
            edits[candidate.determiner.start(1)] = (candidate.determiner.end(1), new)
        if len(people.get("person", ())) > 2 or any(
            candidate.determiner is not None and _SAYS_WHICH.search(candidate.determiner.group(2))
            for candidate in candidates
        ):
            # (the ordinals of three people or more count them in the order the text names
            # them; a place in the group would give one ordinal twice: "The second person is
            # holding the second person"; so would a noun phrase that already says which one
            # ("the first child", "the other woman", :data:`_SAYS_WHICH`): "The woman is on the
            # left, the first child on the right" -> not "The first person ..., the first person")
            edits_first = edits_placed = {}
        return {**anchors, **edits_first, **edits_placed, **edits}

    def named_pronouns(
        self, text: str, ordered: Sequence[Mention], relabel: Mapping[int, tuple[int, str]] | None = None
    ) -> list[Mention]:
        """The mentions (sorted by position), with the pronouns of a person that would become
        "they" where "they" would not say whom, named by that person instead:

        * in a sentence whose own words already say "they" for others: "They could be her family
          or friends who are there to support her" -> "They could be the person's family or
          friends who are there to support the person", not "their family ... support them"; so
          with "she is responsible for their care";
        * after a group in its sentence, a subject pronoun ("Two women watch a man as he plays"
          -> "as the person plays") and an object or possessive one whose nearest person before it
          is the group ("two women are styling his hair" -> "the person's hair"; "kissing the man
          on each of his cheeks" keeps "their");
        * with ``relabel`` (the determiner edits that tell two people of one neutral noun apart),
          a subject pronoun in a sentence that names the other one before it ("The woman is
          observing the man while he is interacting" -> "The other person is observing the person
          while the person is interacting", not "while they are"), and an object or possessive one
          whose nearest person before it is the other one ("the other person stands beside him"
          -> "beside the person"; "One person is talking on their cell phone" stays).

        In the first case, once one pronoun of a sentence is named, that person's others are too
        ("she bought them from the store she is standing in front of"). The person is the last
        singular mention of the pronoun's gender before it that is not a predicate ("he could be
        the groom" names no one new) nor one of a coordinated pair ("a man and a woman", merged
        into "two people"); nothing is named where its noun phrase would not say which (one neutral noun
        for both genders without ``relabel``, two people of the pronoun's gender, someone else
        named between them: "the presenter ... behind him"), nor after a possessed or quantified
        person ("her mother", "one woman"), for a paired pronoun ("he or she"), before a dropped
        word ("his age") or a possessive noun ("her pet's well-being")."""
        if not any(mention.evidence.lower() in _PRONOUN_GENDER for mention in ordered) or (
            not relabel and not _PLURAL_PRONOUN.search(text) and not any(_noun(m) == "people" for m in ordered)
        ):
            return list(ordered)  # (no pronoun to name, the case of most texts, or nothing that calls for it)
        last: dict[str, Mention] = {}
        phrases: dict[str, set[str]] = {}  # gender: the noun phrases its people become
        genders: dict[str, set[str]] = {}  # noun: the genders it stands for
        people: list[tuple[int, str | None, str]] = []  # (start, gender, noun phrase) of each person mention
        groups: list[int] = []  # where each mention that became "people" starts
        named: dict[int, tuple[str, int]] = {}  # index: (the person's noun phrase, its sentence's start)
        triggered: set[tuple[str, int]] = set()  # (noun phrase, sentence start): all its pronouns named
        alone: set[int] = set()  # pronouns named on their own (after a group, or with ``relabel``)
        as_first: set[int] = set()  # of those, the ones "the first person" names (below)
        ends = {mention.start: mention.end for mention in ordered}
        coordinated: set[int] = set()
        for index, (first, second) in enumerate(zip(ordered, ordered[1:])):
            if (
                _COORDINATED_NEXT.fullmatch(text, first.end, second.start)
                and self._classed(_word(first.evidence))
                and self._classed(_word(second.evidence))
            ):
                coordinated |= {index, index + 1}
        for index, mention in enumerate(ordered):
            word = _word(mention.evidence)
            gender = self.gender.get(word)
            noun = _noun(mention)
            if noun == "people":
                groups.append(mention.start)
            if (gender or word in self.age) and noun and noun != "people" and " " not in noun:
                if index not in coordinated and not _PREDICATE_BEFORE.search(
                    text, max(0, mention.start - 40), mention.start
                ):
                    phrase = _definite(text, mention, noun, relabel or {})
                    people.append((mention.start, gender, phrase))
                    if gender:
                        last[gender] = mention
                        phrases.setdefault(gender, set()).add(phrase)
                        genders.setdefault(noun, set()).add(gender)
                continue
            pronoun = mention.evidence.lower()
            gender = _PRONOUN_GENDER.get(pronoun)
            person = last.get(gender) if gender else None
            if (
                person is None
                or (not relabel and genders[_noun(person)] != {gender})
                or len(phrases[gender]) > 1
                or _PAIRED_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                or _PAIRED_AFTER.match(text, mention.end)
                or _POSSESSED.search(text, max(0, person.start - 12), person.start)
                or _SOMEONE_ELSE.search(text, person.end, mention.start)
                or (index + 1 < len(ordered) and _dropped_after(text, mention, ordered[index + 1]))
                or (mention.replacement.lower() == "their" and _POSSESSIVE_NEXT.match(text, mention.end))
            ):
                continue
            (phrase,) = phrases[gender]
            start = sentence_start(text, mention.start)
            named[index] = (phrase, start)
            end = _SENTENCE_BOUNDARY.search(text, mention.end)
            stop = end.start() if end else len(text)
            if _PLURAL_PRONOUN.search(text, max(start, person.end), mention.start) or (
                pronoun in _SUBJECT_PRONOUNS and _OWN_PLURAL.search(text, mention.end, stop)
            ):
                triggered.add((phrase, start))
            elif any(start <= group < mention.start for group in groups) and (
                pronoun in _SUBJECT_PRONOUNS
                or max(group for group in groups if group < mention.start)
                > max(other[0] for other in people if other[0] < mention.start)
            ):
                # a group before it in its sentence: a subject pronoun could be the group, an object
                # or possessive one reads as the nearest ("two people are styling their hair")
                alone.add(index)
            elif relabel:
                before = [other for other in people if start <= other[0] < mention.start]
                # a subject pronoun after someone else in its sentence could be either; an object
                # or possessive one reads as the nearest person ("the other person stands beside
                # them"), so it is named only where that is someone else
                others = before if pronoun in _SUBJECT_PRONOUNS else before[-1:]
                nearest = others[-1][0] if others else -1  # where the nearest other person starts
                if mention.replacement.lower() == "their" and start <= person.start < nearest:
                    # a possessive in a clause of the person's own, after the other person, says whose
                    # where it follows the other one's thing ("the person holding the other person's
                    # tie in their mouth") or holds the other one in the person's own body ("the
                    # person holding the other person in their arms")
                    if (
                        _POSSESSIVE_MARK.search(text, nearest, ends[nearest] + 2)
                        and "," not in text[ends[nearest] : mention.start]
                    ):
                        continue
                    if (
                        _HELD_IN_OWN.fullmatch(text, ends[nearest], mention.start)
                        and _HOLDING_BEFORE.search(text, max(start, nearest - 30), nearest)
                        and _OWN_BODY_AFTER.match(text, mention.end)
                    ):
                        continue
                if any(other_phrase != phrase for _, _, other_phrase in others):
                    alone.add(index)
                    others_at = [other[0] for other in before if other[2] == "the other person"]
                    if phrase == "the person" and others_at and start <= person.start < min(others_at):
                        # after "the other person" in its sentence, "the person" reads as either
                        # where the person came first in it: "One person is taking a photo of the
                        # other person in front of the first person" ("Another person stands next
                        # to the person as the person cuts the cake" stays, as does a person named
                        # in an earlier sentence: "Another person is watching the person")
                        as_first.add(index)
        out = list(ordered)
        for index, (phrase, start) in named.items():
            mention = ordered[index]
            if (
                index not in alone
                and mention.replacement.lower() == "their"
                and _PRONOUN_GENDER.get(mention.evidence.lower())
                in (
                    self.gender.get(_word(ordered[index - 1].evidence)),
                    _SUBJECT_GENDER.get(ordered[index - 1].evidence.lower()),
                )
                and _OWN_CLAUSE_GAP.fullmatch(text, ordered[index - 1].end, mention.start)
            ):
                # a possessive a few words after its own person, nothing between: "the man using his
                # phone" -> "the person using their phone" says whose (not "using the person's phone"),
                # and so does one after its own subject pronoun ("while he is tying his tie" -> "while
                # the other person is tying their tie")
                continue
            if (phrase, start) in triggered or index in alone:
                phrase = "the first person" if index in as_first else phrase
                new = phrase + ("'s" if mention.replacement.lower().startswith("their") else "")
                if mention.evidence[:1].isupper():
                    new = new[0].upper() + new[1:]
                out[index] = replace(mention, replacement=new, plural_verb=False)
        return out

    def _members(self, text: str, group: Sequence[_Phrase]) -> list[tuple[int, str | None, str | None]] | None:
        """The people of a coordinated group in order, as ``(count, gender, age)`` ("two women
        and an older man": ``[(2, "female", "adult"), (1, "male", "adult")]``); None where a
        plural phrase gives no count ("women and a man")."""
        out: list[tuple[int, str | None, str | None]] = []
        for phrase in group:
            word = _word(phrase.mention.evidence)
            if _noun(phrase.mention) == "person":
                count = 1
            else:
                number = _COUNT_BEFORE.search(text, max(0, phrase.words_start - 12), phrase.words_start)
                if number is None:
                    return None
                count = _COUNTS[number.group(1).lower()]
            out.append((count, self.gender.get(word), self.age.get(word)))
        return out

    def _place_in_group(
        self,
        text: str,
        candidate: _Candidate,
        groups: Sequence[Sequence[_Phrase]],
        members: Mapping[int, list[tuple[int, str | None, str | None]] | None],
        candidates: Sequence[_Candidate],
    ) -> str | None:
        """The ordinal ("third") of a definite mention ("the man") that names the one
        person of its kind in the last coordinated group of three or more before it, in an
        earlier sentence; None where it names no such one person. In a pair ("A man and a woman
        sit. The man reads.") only where the text names that one alone after the pair: "Two people
        sit. The first person reads." (where it names the other too, "the other person" tells
        them apart), or "one" where no person is named after it ("Both people smile. Formal
        clothing, such as one person's tie": "the first person" would point at an order the
        merged pair no longer shows)."""
        determiner = candidate.determiner
        if (
            determiner is None
            or determiner.group(1).lower() != "the"
            or _SAYS_WHICH.search(determiner.group(2))
            or candidate.gender is None
        ):
            return None
        group = next((group for group in reversed(groups) if group[-1].mention.end <= candidate.phrase_start), None)
        if group is None or not _SENTENCE_BOUNDARY.search(text, group[-1].mention.end, candidate.phrase_start):
            return None
        people = members.get(id(group[0]))
        total = sum(count for count, _, _ in people) if people else 0
        grouped = {phrase.index for g in groups for phrase in g}
        if any(
            group[-1].mention.end <= other.start < candidate.start
            and other.index not in grouped
            and other.noun == candidate.noun
            and other.gender == candidate.gender
            for other in candidates
        ):
            return None  # one of its kind named alone since the group may be meant ("another woman ... The woman")
        if (
            total < 2
            or total == 2
            and (
                # ("the girl or woman" is one person, hedged)
                _OR_GAP.search(text, group[0].mention.end, group[1].start)
                or self._names_other(text, candidate, group, candidates, grouped)
            )
        ):
            return None
        fitting = [
            number
            for number, (_, gender, age) in enumerate(people)
            if (gender is None or gender == candidate.gender)
            and (age is None or candidate.age is None or age == candidate.age)
        ]
        if len(fitting) != 1 or people[fitting[0]][0] != 1 or people[fitting[0]][1] != candidate.gender:
            return None
        if total == 2 and not any(other.start > candidate.end and other.noun == "person" for other in candidates):
            sentence = text[sentence_start(text, candidate.start) : _sentence_rest_end(text, candidate.end)]
            if not _ONE_NAMED.search(sentence):  # ("One person ... sitting near the first person" keeps it)
                return "one"  # the pair's one mention alone ("both people ... such as one person's tie")
        place = sum(count for count, _, _ in people[: fitting[0]]) + 1
        return _PLACES.get(place)

    @staticmethod
    def _names_other(
        text: str, candidate: _Candidate, group: Sequence[_Phrase], candidates: Sequence[_Candidate], grouped: set[int]
    ) -> bool:
        """Does a mention in ``candidate``'s own sentence, after the pair ``group``, name someone
        of another gender or age than ``candidate`` (the other of the pair: "The man is talking to
        the woman")? There "One person ... the other person" tells them apart; the other named
        only in later sentences gets its own word ("The first person reads a book. The other
        person sleeps."). A mention inside a later pair (``grouped``: "Overall, the woman and the
        man are") names both again, not the other alone."""
        low = max(group[-1].mention.end, sentence_start(text, candidate.start))
        boundary = _SENTENCE_BOUNDARY.search(text, candidate.end)
        high = boundary.start() if boundary else len(text)
        joined = _CLAUSE_JOIN.search(text, candidate.end, high)
        if joined:  # ("The man stands on the left, while the child stands closer": a clause of its own)
            high = joined.start()
        return any(
            low <= other.start < high
            and other.index != candidate.index
            and other.index not in grouped
            and (other.gender != candidate.gender or other.age != candidate.age)
            for other in candidates
        )

    def _candidates(self, text: str, phrases: Sequence[_Phrase]) -> list[_Candidate]:
        """The replaced mentions whose word has a gender or age class."""
        out: list[_Candidate] = []
        for phrase in phrases:
            mention = phrase.mention
            word = _word(mention.evidence)
            if not self._classed(word):
                continue
            gender, age = self.gender.get(word), self.age.get(word)
            noun = _noun(mention)
            dropped = _NOT_LETTER.sub(" ", text[phrase.words_start : mention.start].lower()).split()
            out.append(
                _Candidate(
                    phrase.index,
                    mention.start,
                    mention.end,
                    noun,
                    gender,
                    age,
                    phrase.start,
                    phrase.determiner,
                    self._classes(dropped),
                )
            )
        return out

    def _classed(self, word: str) -> bool:
        """Whether a mention's word has a gender or an age class (it names a kind of person)."""
        return word in self.gender or word in self.age

    def _younger_person_after(self, text: str, candidate: _Candidate) -> re.Match[str] | None:
        """A "the young person" later in the sentence of an adult's definite mention ("The woman is
        leaning over the young person"): its dropped word says it is someone else, as a plain
        "the person" there does (:func:`_neutral_person_after`), unless coordinated with the
        mention or restating it ("the woman, the young person in red"; after a copula only its
        possessive is someone else: "the woman is the young person's mother")."""
        if candidate.age != "adult" or candidate.determiner is None or candidate.determiner.group(1).lower() != "the":
            return None
        later = _MODIFIED_PERSON.search(text, candidate.end, _sentence_rest_end(text, candidate.end))
        if later is None or self.modifier.get(later.group(2).lower()) != ("age", "younger"):
            return None
        if _COORDINATION_GAP.fullmatch(text, candidate.end, later.start()):
            return None
        if _RESTATED.search(text, max(candidate.end, later.start() - 40), later.start()) and not text.startswith(
            _APOSTROPHES, later.end()
        ):
            return None  # ("the woman is the young person": one; "the young person's mother": two)
        return later

    def _classes(self, words: Sequence[str]) -> dict[str, frozenset[str]]:
        """The classes of the dropped ``words`` on each scale (words of no class are left out:
        "Asian" says nothing of which woman is older)."""
        classes: dict[str, set[str]] = {}
        for word in words:
            if word in self.modifier:
                scale, name = self.modifier[word]
                classes.setdefault(scale, set()).add(name)
        return {scale: frozenset(names) for scale, names in classes.items()}

    @staticmethod
    def _same_kind(candidate: _Candidate, person: _Person) -> bool:
        """Whether the mention's word has the person's own gender and age class ("man" and "man",
        not "man" and "boy", which may name one person in different sentences)."""
        return candidate.gender == person.gender and candidate.age == person.age

    @staticmethod
    def _fits(text: str, candidate: _Candidate, person: _Person) -> bool:
        """Whether the mention can name this person: no clash of gender, none of child (or baby or
        toddler) and adult, none of young and adult, of baby (or toddler) and young or of baby and
        toddler ("The toddler is ..., and the baby is") within one sentence or where the
        mention opens a sentence with "a" and says what someone does ("A young boy is cutting the
        cake. An adult, likely assisting the boy, ..."; "An adult should help" is advice), and none
        of dropped modifiers on one scale ("the younger woman" is not "the older woman"; "the
        woman" may be either)."""
        if candidate.gender and person.gender and candidate.gender != person.gender:
            return False
        for scale, classes in candidate.modifiers.items():
            if scale in person.modifiers and not classes & person.modifiers[scale]:
                return False
        if candidate.age and person.age and candidate.age != person.age:
            ages = {candidate.age, person.age}
            if ages in ({"child", "adult"}, {"baby", "adult"}, {"toddler", "adult"}):
                return False
            if ages in ({"young", "adult"}, {"baby", "young"}, {"toddler", "young"}, {"baby", "toddler"}) and (
                _brings_in(text, candidate) or not _SENTENCE_BOUNDARY.search(text, person.last_end, candidate.start)
            ):
                return False
        return True


def _brings_in(text: str, candidate: _Candidate) -> bool:
    """Does the mention open its sentence with "A" or "An" and no modal verb follow it (someone
    new who does something, not the adult of a piece of advice)?"""
    return (
        candidate.determiner is not None
        and candidate.determiner.group(1) in ("A", "An")
        and bool(_OPENS_SENTENCE.search(text, max(0, candidate.phrase_start - 4), candidate.phrase_start))
        and not _MODAL_AFTER.match(text, candidate.end)
    )


_MODAL_AFTER = re.compile(r"[ \t]+(?:should|must|can|could|may|might|will|would|needs?|has[ \t]+to|ought)\b")


def _neutral_person_before(text: str, candidate: _Candidate, first_named: re.Match[str] | None) -> re.Match[str] | None:
    """The last neutral "person" before the mention ("the boy") in its sentence, where the
    mention neither restates it ("one person is visible, the man sitting", "- the woman"; a
    list item, "the person in red, the woman, and the dog", restates nothing) nor is its
    predicate ("which is the man", "like the man in the image") nor is coordinated with it
    ("the person and the child"); for a mention with "a", the "a person" of a list it follows
    ("a person, a woman, and a dog") or, where "A woman" opens a sentence, the first neutral
    "person" of an earlier one (``first_named``, the text's first)."""
    start = candidate.phrase_start
    if candidate.determiner is None:
        return None
    word = candidate.determiner.group(1).lower()
    if word in ("a", "an"):
        listed = _LISTED_PERSON_BEFORE.search(text, max(0, start - 20), start)
        if listed and _LIST_GOES_ON_AFTER.match(text, candidate.end):
            return listed
        if candidate.determiner.group(1)[0] == "A" and _OPENS_SENTENCE.search(text, max(0, start - 4), start):
            # a sentence that opens with "A woman" brings in someone new after "A person can be
            # seen ..." (not "In the image, a man", which may be the person of a general remark)
            earlier = first_named  # (the text's first: one search, not one per mention)
            if earlier is None or earlier.end() > start:
                return None
            return earlier if _SENTENCE_BOUNDARY.search(text, earlier.end(), start) else None
        return None
    if word != "the" or (
        _RESTATED.search(text, max(0, start - 40), start) and not _LIST_GOES_ON_AFTER.match(text, candidate.end)
    ):
        return None
    anchors = list(_NEUTRAL_PERSON.finditer(text, sentence_start(text, start), start))
    if not anchors or _COORDINATION_GAP.fullmatch(text, anchors[-1].end(), start):
        return None
    return anchors[-1]


def _same_main_person(
    text: str, candidate: _Candidate, anchor: re.Match[str], first_named: re.Match[str] | None
) -> bool:
    """A text that has spoken of "the person" from an earlier sentence on, and of no one else
    before, means that person by a later "the man" ("... between the person and the horse. The
    person is smiling, and the horse looks curious about what the man is doing"): the same one,
    not another."""
    return (
        candidate.determiner is not None
        and candidate.determiner.group(1).lower() == "the"
        and first_named is not None
        and first_named.group(0)[:3].lower() == "the"
        and anchor.group(0)[:3].lower() == "the"
        and sentence_start(text, first_named.start()) < sentence_start(text, candidate.start)
    )


def sentence_start(text: str, position: int, marks: str = ".!?\n", reach: int = 300) -> int:
    """Where the sentence holding ``position`` starts (after one of ``marks``), looked for at
    most ``reach`` characters back, so that a long text costs no more per call."""
    window = max(0, position - reach)
    return max(window, max(text.rfind(mark, window, position) for mark in marks) + 1)


def _sentence_rest_end(text: str, start: int) -> int:
    """Where the sentence around ``start`` ends, looking at most 300 characters on (so a long
    turn stays linear)."""
    boundary = _SENTENCE_BOUNDARY.search(text, start, start + 300)
    return boundary.start() if boundary else min(len(text), start + 300)


def _neutral_person_after(text: str, candidate: _Candidate) -> re.Match[str] | None:
    """A neutral "the person" after the mention ("the child") later in its sentence ("In
    addition to the child, the person in the red shirt is"): someone else, unless coordinated
    with it ("the woman and the person") or its restatement or predicate ("the woman, the
    person who", "the woman is the person"), or the one at the other end of a call."""
    if candidate.determiner is None or candidate.determiner.group(1).lower() != "the":
        return None
    later = _NEUTRAL_PERSON.search(text, candidate.end, _sentence_rest_end(text, candidate.end))
    if later is None or later.group(1) is None or _OTHER_END.match(text, later.end()):
        return None
    if _COORDINATION_GAP.fullmatch(text, candidate.end, later.start()) and (
        not _BARE_COMMA.fullmatch(text, candidate.end, later.start()) or _LIST_GOES_ON.match(text, later.end())
    ):
        return None
    if _MODIFIED_COORDINATION_GAP.fullmatch(text, candidate.end, later.start()):
        return None  # "the woman on the board and the person nearby": coordinated, the rewriter tells them apart
    restated = _RESTATED.search(text, max(candidate.end, later.start() - 40), later.start())
    if restated and not (
        restated.group(0).startswith(",")
        and _AFTER_PREPOSITION.search(text, max(0, candidate.phrase_start - 20), candidate.phrase_start)
    ):
        return None  # (a comma closes a fronted phrase: "In addition to the child, the person")
    return later


def _tells_apart(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start:end`` already tells its people apart ("two other
    people, with one person behind the girl and another person ...")."""
    window = max(0, start - 300)
    sentence_start = max(window, max(text.rfind(mark, window, start) for mark in ".!?\n") + 1)
    boundary = _SENTENCE_BOUNDARY.search(text, end, end + 300)
    return bool(_OTHER.search(text, sentence_start, boundary.start() if boundary else min(len(text), end + 300)))


def _replaced(ordered: Sequence[Mention]) -> list[tuple[int, Mention]]:
    """The replaced mentions with their indices, once per span (the same span for a second
    attribute counts once)."""
    out: list[tuple[int, Mention]] = []
    covered = 0
    for index, mention in enumerate(ordered):
        if not mention.replacement or mention.start < covered:
            continue
        covered = mention.end
        out.append((index, mention))
    return out


def _phrases(text: str, ordered: Sequence[Mention], replaced: Sequence[tuple[int, Mention]]) -> list[_Phrase]:
    """The noun phrase of every replaced mention (:func:`_replaced`)."""
    out: list[_Phrase] = []
    for index, mention in replaced:
        start = _phrase_start(text, ordered, index)
        out.append(_Phrase(index, mention, start, _DETERMINER.search(text, max(0, start - 60), start)))
    return out


def _noun(mention: Mention) -> str:
    """The neutral noun a mention becomes ("person", "people"), without a possessive."""
    return _POSSESSIVE.sub("", mention.replacement.lower())


def _definite(text: str, mention: Mention, noun: str, relabel: Mapping[int, tuple[int, str]]) -> str:
    """The definite noun phrase that names the person of ``mention`` in the rewrite: "the
    person", or "the other person" where ``relabel`` changed its determiner."""
    for determiner_start, (determiner_end, new) in relabel.items():
        if mention.start - 40 <= determiner_start < mention.start and _WORDS_UP_TO_NOUN.fullmatch(
            text, determiner_end, mention.start
        ):
            new = new.removeprefix(PLACED).lower()
            return {"another": "the other", "one": "the", "a": "the", "an": "the"}.get(new, new) + " " + noun
    return "the " + noun


def _dropped_after(text: str, mention: Mention, following: Mention) -> bool:
    """Whether ``following`` is dropped right after ``mention`` ("his age"): the possessive goes
    with it, so it keeps its pronoun form."""
    return not following.replacement and not text[mention.end : following.start].strip(" \t")


def _phrase_start(text: str, ordered: Sequence[Mention], index: int) -> int:
    """Where the words of mention ``index`` start, with the dropped words right before it
    ("the young man": "young")."""
    start = ordered[index].start
    previous = index - 1
    while previous >= 0 and not ordered[previous].replacement and ordered[previous].end <= start:
        if text[ordered[previous].end : start].strip(" \t"):
            break
        start = ordered[previous].start
        previous -= 1
    return start


def _word(evidence: str) -> str:
    """The person noun of a mention's evidence, as the word lists spell it ("her baby" ->
    "baby", "man's" -> "man", "wo\u200bman" -> "woman", fullwidth letters folded)."""
    lower = evidence.lower()
    if lower.isascii() and lower.isalpha():  # almost every mention: one plain word
        return lower
    words = unicodedata.normalize("NFKC", lower).split()
    return _NOT_LETTER.sub("", _POSSESSIVE.sub("", words[-1])) if words else ""


# (the patterns above search the text before each mention: see add_first_character_lookaheads)
add_first_character_lookaheads(globals())
