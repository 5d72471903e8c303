"""The embedded deterministic rewriter: the detector's spans and replacements, plus grammar.

It is the default backend (no network, same output on every run), the fallback when an LLM
rewrite fails its checks, and what the ``dask`` task runner spreads over a cluster. The
biometric vocabulary comes only from the detector (``biometrics/taxonomy.py``); this module
knows English grammar, not biometrics:

* a span with a replacement is swapped with it ("woman" → "person", "She" → "They");
* a span with an empty replacement is dropped with one adjoining space ("a young man" → "a
  person"); a determiner left without its noun goes too ("with a beard." → "with." is avoided:
  "with a ∅" is removed as a whole);
* "they" standing for "he"/"she" makes the following verb plural ("She is holding" → "They
  are holding", "He sits" → "They sit");
* articles agree with the new next word ("an elderly man" → "a person") and a sentence that
  now starts with a lower-case word is capitalised.

Edit sites are marked with private-use characters while the text is tidied, so the grammar
fixes touch only places that were edited and never the rest of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from safellava.biometrics.detector import Detector, Mention, default_detector
from safellava.biometrics.taxonomy import ATTRIBUTES

DROP = "\ue000"  # where a span was removed
SWAP = "\ue001"  # where a replacement starts

_IRREGULAR_PLURALS = {
    "is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't",
}
_NOT_VERBS = frozenset({"as", "this", "its", "his", "hers", "yes", "thus", "perhaps", "always", "sometimes", "besides", "towards", "across", "plus", "us"})
_FOLLOWING_VERB = re.compile(
    r"((?:[ \t]+(?:also|still|always|often|never|usually|just|only|now|then|too|even|really|no[ \t]+longer|"
    r"not[ \t]+only|sometimes|first|once|[a-z]+ly))*[ \t]+)"
    r"([A-Za-z]+n['’]t|[A-Za-z]+)\b"
)
_CLAUSE_END = re.compile(r"[.!?;:\n]")
_COORDINATED_VERB = re.compile(
    r"(,?(?<![ \t])[ \t]+(?:and|or|but)(?:[ \t]+(?:also|still|then|always|often|never|usually|just|only|now|"
    r"even|really|[a-z]+ly))*[ \t]+)([A-Za-z]+n['’]t|[A-Za-z]+)\b(?=([ \t]+[A-Za-z]+)?)"
)
_VERB_FOLLOWERS = frozenset(
    "a an the their them it its this that these those some something to at on in into onto with "
    "away up down out back around toward towards over off along through across from for by near "
    "forward ahead together".split()
)
_PRECEDING_VERB = re.compile(r"\b(is|was|has|does|isn['’]t|wasn['’]t|hasn['’]t|doesn['’]t)([ \t]+)$", re.IGNORECASE)
# A pattern that begins with a run of spaces starts only at the run's first one
# (``(?<![ \t])``): the same matches, but a long run is scanned once, not once per space.
_SPACES_BEFORE_DROP = re.compile(rf"(?<![ \t])[ \t]*{DROP}(?:[ \t]*{DROP})*")
# An article right before an edit site (a drop after it, or a replacement starting the next
# word): only such articles can need a change, so others are not even matched.
_ARTICLE = re.compile(rf"\b(a|an|A|An|AN)(?:({DROP}+)([ \t]+)({SWAP}?)|()([ \t]+)({SWAP}))(?=([A-Za-z]+))")
_DETERMINERS = r"(?:a|an|the|his|her|their|its|this|that|these|those|some)"
# Two dropped words joined by "and"/"or"/a comma ("an elderly and overweight man") go as one.
_DROPPED_PAIR = re.compile(rf"{DROP}(?:,?[ \t]+(?:and|or)|,)(?={DROP})", re.IGNORECASE)
# A conjunction left first after a determiner, before the (replaced) person noun: "a ∅ and
# tall person" -> "a tall person" (not "a ∅ and glasses": that is an orphan, below).
_LEADING_CONJUNCTION = re.compile(
    rf"(\b{_DETERMINERS}{DROP}+),?[ \t]+(?:and|or)(?=(?:[ \t]+(?!{_DETERMINERS}\b)[A-Za-z-]+){{1,2}}[ \t]+{SWAP})",
    re.IGNORECASE,
)
# Modifiers left between a determiner and a dropped head noun ("a full, dark ∅"): up to three
# words that are not function words; they go with the noun phrase.
_FUNCTION_WORDS = (
    r"(?:a|an|the|his|her|their|its|this|that|these|those|some|and|or|but|with|of|in|on|at|to|"
    r"for|by|from|is|are|was|were|be|been|has|have|had|who|which|while|as|person|people|they|them)"
)
_MODIFIERS = rf"(?:[ \t]+(?!{_FUNCTION_WORDS}\b)[A-Za-z][A-Za-z-]*,?){{0,3}}"
# (a determiner may itself be a replacement: "her age and" -> "their ∅ and")
_ORPHAN_IN_LIST = re.compile(rf"(?<![ \t])[ \t]+{SWAP}?{_DETERMINERS}{_MODIFIERS}{DROP}[ \t]+(?:and|or)\b", re.IGNORECASE)
_ORPHAN = re.compile(
    rf"(?<![ \t])(?:[ \t]+(?:with|and|has|have|had|sporting))?[ \t]+{SWAP}?{_DETERMINERS}{_MODIFIERS}{DROP}"
    rf"(?=[ \t]*(?:[.,;:!?)\n]|$|(?:and|or|of|with|is|are|was|were|in|on|at|who|that|which|based|from|for|due|because|since|as|than|"
    rf"without|beyond|given|to|by|[a-z]+ing)\b))",
    re.IGNORECASE,
)
# A whole noun phrase dropped right after "with" ("with dark skin", "with grey hair"):
# "with ∅ and a hat" -> "with a hat", "a person with ∅." -> "a person."
_BARE_ORPHAN_IN_LIST = re.compile(rf"\b(with|sporting){DROP}[ \t]+(?:and|or)\b", re.IGNORECASE)
_BARE_ORPHAN = re.compile(rf"(?<![ \t])[ \t]+(?:with|sporting){DROP}(?=[ \t]*(?:[.,;:!?)\n]|$))", re.IGNORECASE)
# A dropped item inside a list ("ability, ∅, and height") or at its end ("diabetes, and ∅.").
_DROPPED_LIST_ITEM = re.compile(rf",[ \t]*{DROP}+(?=[ \t]*,)")
# A degree word left before a dropped adjective: "a very ∅ person".
_STRANDED_DEGREE = re.compile(
    rf"\b(?:very|quite|rather|slightly|somewhat|fairly|extremely|relatively|really|so|too|more|less|most|least|"
    rf"exact|precise|specific|approximate|estimated|actual|(?!(?:only|early|family|belly|supply|reply)\b)[a-z]+ly)[ \t]*$",
    re.IGNORECASE,
)
_DROPPED_LAST_ITEM = re.compile(rf",?(?<![ \t])[ \t]+(and|or)[ \t]*{DROP}+(?=[ \t]*(?:[.;:!?)\n]|$))")
# A dropped first conjunct after a preposition or a copula: "a range of ∅ and abilities".
_DROPPED_FIRST_CONJUNCT = re.compile(
    rf"\b(of|among|for|between|by|in|to|from|including|like|is|are|was|were|be|been|being|looks?|appears?|seems?)"
    rf"{DROP}+,?[ \t]+(?:and|or)(?=[ \t]+[A-Za-z])",
    re.IGNORECASE,
)
# A relative clause that only stated the attribute: "the man, who is overweight, smiles".
_EMPTIED_RELATIVE = re.compile(
    rf"(,?)(?<![ \t])[ \t]+(?:who|which|that)[ \t]+(?:is|are|was|were|appears?|seems?|looks?)(?:[ \t]+(?:to[ \t]+be|very|quite|"
    rf"rather|slightly|somewhat|fairly|extremely|relatively|[a-z]+ly))*{DROP}+[ \t]*(,?)(?=[ \t]*[,.;:!?A-Za-z])"
)
# Cheap tests (a literal first) for whether the two fixes below can apply at all.
_DROP_CONJUNCTION = re.compile(rf"{DROP},?[ \t]+(?:and|or)\b")
_CONJUNCTION_BEFORE_SWAP = re.compile(rf"(?:and|or)[ \t{DROP}]+(?:[a-z]+[ \t{DROP}]+)?{SWAP}")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUMBER_WORDS = {value: word for word, value in _NUMBERS.items() if word not in ("a", "an")} | {11: "eleven", 12: "twelve"}
# Neutral person nouns coordinated after an edit ("a man and a woman" -> "a person and a
# person"): one noun phrase with the right number instead ("two people").
_NEUTRAL_NP = rf"(?:\b(?:the[ \t]+)?(?:a|an|one|the|two|three|four|five|six|seven|eight|nine|ten)[ \t{DROP}]+)?{SWAP}(?:person|people)\b(?!['’])"
_COORDINATED_NEUTRAL = re.compile(
    rf"(\b[Bb]oth[ \t]+)?({_NEUTRAL_NP}(?:,[ \t{DROP}]*{_NEUTRAL_NP})*,?[ \t{DROP}]+(and|or)[ \t{DROP}]+{_NEUTRAL_NP})",
    re.IGNORECASE,
)
_NP_PARTS = re.compile(rf"(?:\b(?:(the)[ \t]+)?(a|an|one|the|two|three|four|five|six|seven|eight|nine|ten)[ \t{DROP}]+)?{SWAP}(person|people)", re.IGNORECASE)
# An apposition that now only repeats its head: "one person, a woman," / "people, mostly women,".
_REPEATED_APPOSITION = re.compile(
    rf"(\b(?:person|people|individuals?|persons)\b)[ \t]*(?:,[ \t]+(?:(?:primarily|mostly|mainly|predominantly|largely|"
    rf"all|both|including|especially|likely|possibly|probably|namely|specifically)[ \t]+)?{SWAP}?(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten)[ \t{DROP}]+)?"
    rf"{DROP}*{SWAP}?(?:person|people)\b(?!['’])(?:,(?=[ \t]+[a-z])|(?=[.;:!?]))|[ \t]*\((?:(?:primarily|mostly|mainly|"
    rf"likely|possibly|probably)[ \t]+)?(?:(?:a|an|the)[ \t]+)?{DROP}*{SWAP}(?:person|people)\))"
)
# Words a removal can strand before punctuation or a conjunction: the sentence then goes.
_STRANDED = re.compile(
    r"\b(?:among|of|under|over|with|the|a|an|to|for|than|their|his|her|its|between|from|about|considering|"
    r"determine|estimate|very|quite|rather|slightly|somewhat|fairly|extremely|be|been|being|is|are|was|"
    r"were|appears?|seems?|looks?)[ \t]*[.,;:!?]|\b(?:a|an|the|their|of|among|for)[ \t]+(?:and|or|of)\b|,[ \t]*,|"
    r"\b(?:the|a|an|their|his|her)[ \t]+(?:cannot|can|is|are|was|were|may|might|could|would|will|should|with)\b|"
    r"\b(?:and|or|with)[ \t]+(?:with|and|or)\b|\b(?:they|person|people)[ \t]*,[ \t]+and\b|"
    r"\b(?:is|are|was|were|be|looks?|appears?|seems?)[ \t]+than\b|\bsuch[ \t]+as[ \t]*[.,;:!?]|\w['’]s[ \t]*[.,;:!?]|"
    r"\b(?:determine|estimate|pinpoint|guess|tell|identify|assess|judge|gauge|specify|reveal|infer|know|"
    r"provide|give|confirm|state|predict|mention)[ \t]+(?:based|from|on|with|in|by|for|as|without|beyond|due|"
    r"because|since|just|solely|only|accurately|precisely|definitively|[.,;:!?])",
    re.IGNORECASE,
)
_DROP_BEFORE_COMMA = re.compile(rf"(\b{_DETERMINERS}){DROP},", re.IGNORECASE)
_EMPTIED_SENTENCE = re.compile(r"(?:(?<=[.!?])[ \t]+|^)([^.!?\n]*[.!?])", re.MULTILINE)
_FILLER = frozenset({"they", "them", "their", "theirs", "it", "have", "has", "had", "is", "are", "was", "were", "a", "an", "the", "also", "and", "with", "person", "people", "looks", "look", "appears", "appear", "seems", "seem"})
_SENTENCE_START = re.compile(rf"(^|[.!?][ \t]+|\n[ \t]*)[{DROP}{SWAP}]+[ \t]*([{SWAP}]?)([a-z])")
# Spaces at a line start or before punctuation: two passes with literal/charset prefixes
# (fast in ``re``), the same result as one ``^[ \t]+|[ \t]+(?=[.,;:!?])`` (MULTILINE).
_LINE_INDENT = re.compile(r"\n[ \t]+")
_WORD_CHARACTER = re.compile(r"[A-Za-z0-9]")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<![ \t])[ \t]+(?=[.,;:!?])")
_VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|s[aeiu]|ti|r[aeiou])|hour|honest|honou?r)", re.IGNORECASE)


@dataclass(frozen=True)
class Rewrite:
    """A text, the mentions found in it, its rewrite and what the detector still finds there."""

    before: str
    mentions: tuple[Mention, ...]
    after: str
    remaining: tuple[Mention, ...]


class LocalRewriter:
    """Rewrite text so that the detector finds none of ``attributes``, keeping the rest."""

    def __init__(self, detector: Detector | None = None, attributes: Sequence[str] = ATTRIBUTES, max_passes: int = 3) -> None:
        self.detector = detector or default_detector()
        self.attributes = tuple(attributes)
        self.max_passes = max_passes
        # Prompts repeat across a data set (the detail prompts, "Answer the question using a
        # single word or phrase."), so identical texts are analysed once per process.
        self.analyse = lru_cache(maxsize=65_536)(self._analyse)

    def find(self, text: str) -> list[Mention]:
        """The mentions this rewriter removes."""
        return self.detector.find(text, self.attributes)

    def rewrite(self, text: str) -> str:
        """The neutral version of ``text`` (the ``<image>`` token is never touched)."""
        return self.analyse(text).after

    def _analyse(self, text: str) -> Rewrite:
        mentions = found = tuple(self.find(text))
        after = text
        # Another pass catches what an edit exposes (the lookahead of "old" in "old, heavy
        # man" only sees the person noun once "heavy" is gone); the last scan doubles as the
        # leak check, so a clean text costs one scan and a rewritten one two.
        for _ in range(self.max_passes):
            if not found:
                break
            after = apply_mentions(after, found)
            found = tuple(self.find(after))
        return Rewrite(text, mentions, after, found)


def apply_mentions(text: str, mentions: Iterable[Mention]) -> str:
    """Replace or drop every mention span and repair the grammar around the edits."""
    out: list[str] = []
    position = 0
    ordered = sorted(mentions, key=lambda mention: (mention.start, -mention.end))
    clause: tuple[int, int] | None = None  # (end of the verb made plural, end of its clause)
    for index, mention in enumerate(ordered):
        if mention.start < position:  # the same span for a second attribute, or an overlap
            continue
        before = text[position : mention.start]
        if clause:
            before = _coordinated(before, position, clause)
        if mention.plural_verb:  # a question puts the verb first: "What is he holding?"
            before = _PRECEDING_VERB.sub(lambda match: plural_verb(match.group(1)) + match.group(2), before)
        out.append(before)
        out.append(SWAP + mention.replacement if mention.replacement else DROP)
        position = mention.end
        if mention.plural_verb:
            clause = None
            following = _FOLLOWING_VERB.match(text, position)
            next_start = next((later.start for later in ordered[index + 1 :] if later.start >= position), len(text))
            if following and following.end() <= next_start:
                out.append(following.group(1) + plural_verb(following.group(2)))
                position = following.end()
                end = _CLAUSE_END.search(text, position)
                clause = (position, end.start() if end else len(text))
    rest = text[position:]
    out.append(_coordinated(rest, position, clause) if clause else rest)
    return tidy("".join(out))


def _coordinated(chunk: str, offset: int, clause: tuple[int, int]) -> str:
    """Make the verbs coordinated with a verb just made plural agree too, within its clause:
    "They are smiling and has a hat" -> "... and have a hat". ``chunk`` is unedited text
    starting at ``offset`` of the original."""
    verb_end, clause_end = clause
    limit = clause_end - offset
    if limit <= 0 or "and" not in chunk and "or" not in chunk and "but" not in chunk:
        return chunk

    def fix(match: re.Match[str]) -> str:
        verb = match.group(2)
        lower = verb.lower()
        if lower not in _IRREGULAR_PLURALS:
            # A bare "-s" word after "and" may be a plural noun ("a dog and cats"): it is a
            # verb when it directly follows the first verb ("smiles and waves") or takes an
            # object or a particle ("and walks to the car").
            adjacent = offset + match.start() == verb_end
            follower = (match.group(3) or "").strip().lower()
            if not (adjacent or follower in _VERB_FOLLOWERS):
                return match.group(0)
        return match.group(1) + plural_verb(verb)

    return _COORDINATED_VERB.sub(fix, chunk[:limit]) + chunk[limit:]


def tidy(marked: str) -> str:
    """Fix spacing, orphaned determiners, articles and capitals at the marked edit sites."""
    text = marked
    if DROP in text:  # the fixes for removed words (most rewrites only substitute)
        text = _SPACES_BEFORE_DROP.sub(DROP, _strip_stranded_degree(text))
        text = _SPACES_BEFORE_DROP.sub(DROP, _DROPPED_PAIR.sub("", text))
        text = _LEADING_CONJUNCTION.sub(r"\1", text)
        # each fix runs only where the literal it needs is present (most texts have none)
        if any(copula + DROP in text for copula in ("is", "are", "was", "were", "be", "ears", "eems", "ooks")):
            text = _EMPTIED_RELATIVE.sub(_close_relative, text)
        if "," + DROP in text:
            text = _close_list_items(text)
        if "and" + DROP in text or "or" + DROP in text:
            text = _close_lists(text)
        # the removed phrases leave a marker, so the stranded-word check below sees the site
        text = _ORPHAN_IN_LIST.sub(DROP, text)
        text = _ORPHAN.sub(DROP, text)
        text = _DROP_BEFORE_COMMA.sub(rf"\1{DROP}", text)
        text = _BARE_ORPHAN_IN_LIST.sub(rf"\1{DROP}", text)
        text = _BARE_ORPHAN.sub(DROP, text)
        if _DROP_CONJUNCTION.search(text):
            text = _DROPPED_FIRST_CONJUNCT.sub(r"\1", text)
    if SWAP in text:
        if text.count(SWAP) > 1 and _CONJUNCTION_BEFORE_SWAP.search(text):
            text = _COORDINATED_NEUTRAL.sub(_merge_coordinated, text)
        if text.count("person") + text.count("people") + text.count("individual") > 1:
            text = _REPEATED_APPOSITION.sub(r"\1", text)
    text = _ARTICLE.sub(_agree_article, text)
    text = _SENTENCE_START.sub(_capitalise, text)
    # A sentence never spans lines, so only the lines with an edit are looked at.
    shortened = "\n".join(
        _EMPTIED_SENTENCE.sub(_drop_emptied_sentence, line) if DROP in line or SWAP in line else line
        for line in text.split("\n")
    )
    if DROP in shortened or SWAP + "person" in shortened or SWAP + "people" in shortened:
        shortened = "\n".join(
            _EMPTIED_SENTENCE.sub(_drop_stranded_sentence, line) if DROP in line or _PREDICATE_HINT.search(line) else line
            for line in shortened.split("\n")
        )
    if _WORD_CHARACTER.search(shortened):  # never rewrite a turn to nothing (or to a lone quote)
        text = shortened
    text = text.replace(DROP, "").replace(SWAP, "")
    # A drop at the very start or before punctuation can leave a space where none belongs.
    text = _SPACE_BEFORE_PUNCT.sub("", _LINE_INDENT.sub("\n", text.lstrip(" \t")))
    return text


def _close_relative(match: re.Match[str]) -> str:
    """", who is ∅," goes with both commas; "the man who is ∅ smiles" keeps its space."""
    before, after = match.group(1), match.group(2)
    return "" if before and after or not (before or after) else before or after


def _strip_stranded_degree(text: str) -> str:
    """A degree word or adverb left right before a dropped adjective goes too ("a very ∅
    person", "a highly ∅ person"); only the words before each drop marker are looked at."""
    out: list[str] = []
    position = 0
    index = text.find(DROP)
    while index >= 0:
        match = _STRANDED_DEGREE.search(text, max(position, index - 24), index)
        if match:
            out.append(text[position : match.start()])
            position = index
        index = text.find(DROP, index + 1)
    out.append(text[position:])
    return "".join(out)


def _close_list_items(text: str) -> str:
    """A middle list item went ("strong, ∅, and tall"): its comma goes, and so does the
    comma before "and" when only two items are left ("strong and tall")."""
    for match in reversed(list(_DROPPED_LIST_ITEM.finditer(text))):
        start, end = match.span()
        text = text[:start] + text[end:]
        sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?\n:;")
        if "," not in text[sentence_start + 1 : start] and re.match(r",[ \t]+(?:and|or)\b", text[start:]):
            text = text[:start] + text[start + 1 :]
    return text


def _close_lists(text: str) -> str:
    """The last list item went: its conjunction goes with it and moves to the comma before,
    searched back to the sentence start ("diabetes, heart disease, and ∅." -> "diabetes and
    heart disease."; "tall and ∅." -> "tall.")."""
    for match in reversed(list(_DROPPED_LAST_ITEM.finditer(text))):
        start = match.start()
        sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?\n:;")
        comma = text.rfind(",", sentence_start + 1, start)
        text = text[:start] + text[match.end() :]
        # a list's last comma is a few words before its conjunction; a clause comma is further
        if comma >= 0 and DROP not in text[comma:start] and len(text[comma + 1 : start].split()) <= 4:
            text = text[:comma] + f" {match.group(1)}" + text[comma + 1 :]
    return text


def _merge_coordinated(match: re.Match[str]) -> str:
    """"a ∅ person and a ∅ person" -> "two people"; "the person and the person" -> "the two
    people"; "a person or a person" -> "a person" (one person of either kind)."""
    both, phrase, conjunction = match.group(1), match.group(2), match.group(3).lower()
    parts = _NP_PARTS.findall(phrase)
    first = phrase.lstrip(f" \t{DROP}")
    capital = (both or first)[:1].isupper()
    if conjunction == "or":
        out = (both or "") + phrase[: phrase.lower().index(" or") if " or" in phrase.lower() else len(phrase)].rstrip(",")
        return out.rstrip(f" \t{DROP},")
    determiners = [det.lower() for _, det, _ in parts]
    definite = "the" in determiners or any(the for the, _, _ in parts)
    total = 0
    for index, (_, det, noun) in enumerate(parts):
        det = det.lower() or (determiners[0] if index and noun.lower() == "person" else "")
        if noun.lower() == "person":
            total += 1
        elif det in _NUMBERS:
            total += _NUMBERS[det]
        else:
            total = 0
            break
    count = _NUMBER_WORDS.get(total, "") if total > 1 else ""
    if both and total == 2:
        out = "both people"
    elif definite:
        out = f"the {count} people" if count else "the people"
    else:
        out = f"{count} people" if count else "people"
    out = " ".join(out.split())
    return SWAP + (out[0].upper() + out[1:] if capital else out)


def _capitalise(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2) + match.group(3).upper()


def _drop_emptied_sentence(match: re.Match[str]) -> str:
    """A sentence whose only content was the biometric fact ("He has a beard.") goes."""
    if DROP not in match.group(1) and SWAP not in match.group(1):
        return match.group(0)  # unedited (checked here, not in the regex: no backtracking)
    words = re.findall(r"[A-Za-z']+", match.group(1).replace(DROP, " ").replace(SWAP, ""))
    if all(word.lower() in _FILLER for word in words):
        return ""
    return match.group(0)


_PREDICATE_HINT = re.compile(rf"{SWAP}(?:person|people)[ \t]*[.!?]")
_NEUTRAL_PREDICATE = re.compile(
    rf"^(?![ \t]*(?:There|Here|It|This|That)\b).*\b(?:is|are|was|were)[ \t]+(?:(?:likely|probably|possibly|clearly|also|"
    rf"described[ \t]+as|identified[ \t]+as)[ \t]+)*(?:(?:a|an)[ \t]+)?[{DROP} \t]*{SWAP}(?:person|people)[ \t]*[.!?]$"
)


def _drop_stranded_sentence(match: re.Match[str]) -> str:
    """A sentence where a removal stranded a word ("It is hard to determine their ∅.",
    "They appear to be ∅.") goes as a whole, as does one left with only filler."""
    sentence = match.group(1)
    if _NEUTRAL_PREDICATE.match(sentence):  # "The rider is a person.": it only stated the attribute
        return ""
    if DROP not in sentence:
        return match.group(0)
    clean = sentence.replace(DROP, "").replace(SWAP, "")
    if _STRANDED.search(clean) and not _STRANDED.search(sentence.replace(DROP, " \ue004 ").replace(SWAP, "")):
        return ""
    return match.group(0)


def _agree_article(match: re.Match[str]) -> str:
    article, dropped, space, swapped, _, space2, swapped2, word = match.groups()
    if dropped is None:
        dropped, space, swapped = "", space2, swapped2
    wants_an = bool(_VOWEL_SOUND.match(word))
    lower = "an" if wants_an else "a"
    if len(article) > 1 and article.isupper():
        fixed = lower.upper()
    elif article[0].isupper():
        fixed = lower.capitalize()
    else:
        fixed = lower
    return fixed + dropped + space + swapped


def plural_verb(word: str) -> str:
    """The form of a third-person-singular verb that agrees with "they" ("is" → "are")."""
    lower = word.lower()
    if lower.replace("’", "'") in _IRREGULAR_PLURALS:
        plural = _IRREGULAR_PLURALS[lower.replace("’", "'")]
        if "’" in word:
            plural = plural.replace("'", "’")
    elif lower in _NOT_VERBS or not lower.endswith("s") or lower.endswith(("ss", "us", "is")) or len(lower) < 3:
        return word
    elif lower.endswith("ies") and len(lower) > 4:
        plural = lower[:-3] + "y"
    elif lower.endswith(("ches", "shes", "xes", "zzes", "sses", "oes")):
        plural = lower[:-2]
    else:
        plural = lower[:-1]
    if word.isupper() and len(word) > 1:
        return plural.upper()
    return plural.capitalize() if word[:1].isupper() else plural


@lru_cache(maxsize=1)
def default_rewriter() -> LocalRewriter:
    """One rewriter per process over the default detector (what dask workers build too)."""
    return LocalRewriter()
