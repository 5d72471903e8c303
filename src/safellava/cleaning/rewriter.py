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
    r"((?:[ \t]+(?:also|still|always|often|never|usually|just|only|now|then|too|even|really|[a-z]+ly))*[ \t]+)"
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
_ORPHAN_IN_LIST = re.compile(rf"(?<![ \t])[ \t]+{_DETERMINERS}{_MODIFIERS}{DROP}[ \t]+(?:and|or)\b", re.IGNORECASE)
_ORPHAN = re.compile(
    rf"(?<![ \t])(?:[ \t]+(?:with|and|has|have|had|sporting))?[ \t]+{_DETERMINERS}{_MODIFIERS}{DROP}"
    rf"(?=[ \t]*(?:[.,;:!?)\n]|$|(?:and|or|of|with|is|are|was|were|in|on|at)\b))",
    re.IGNORECASE,
)
# A whole noun phrase dropped right after "with" ("with dark skin", "with grey hair"):
# "with ∅ and a hat" -> "with a hat", "a person with ∅." -> "a person."
_BARE_ORPHAN_IN_LIST = re.compile(rf"\b(with|sporting){DROP}[ \t]+(?:and|or)\b", re.IGNORECASE)
_BARE_ORPHAN = re.compile(rf"(?<![ \t])[ \t]+(?:with|sporting){DROP}(?=[ \t]*(?:[.,;:!?)\n]|$))", re.IGNORECASE)
_DROP_BEFORE_COMMA = re.compile(rf"(\b{_DETERMINERS}){DROP},", re.IGNORECASE)
_EMPTIED_SENTENCE = re.compile(r"(?:(?<=[.!?])[ \t]+|^)([^.!?\n]*[.!?])", re.MULTILINE)
_FILLER = frozenset({"they", "them", "their", "theirs", "it", "have", "has", "had", "is", "are", "was", "were", "a", "an", "the", "also", "and", "with", "person", "people", "looks", "look", "appears", "appear", "seems", "seem"})
_SENTENCE_START = re.compile(rf"(^|[.!?][ \t]+|\n[ \t]*)[{DROP}{SWAP}]+[ \t]*([{SWAP}]?)([a-z])")
# Spaces at a line start or before punctuation: two passes with literal/charset prefixes
# (fast in ``re``), the same result as one ``^[ \t]+|[ \t]+(?=[.,;:!?])`` (MULTILINE).
_LINE_INDENT = re.compile(r"\n[ \t]+")
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
        text = _SPACES_BEFORE_DROP.sub(DROP, text)
        text = _SPACES_BEFORE_DROP.sub(DROP, _DROPPED_PAIR.sub("", text))
        text = _LEADING_CONJUNCTION.sub(r"\1", text)
        text = _DROP_BEFORE_COMMA.sub(rf"\1{DROP}", text)
        text = _ORPHAN_IN_LIST.sub("", text)
        text = _ORPHAN.sub("", text)
        text = _BARE_ORPHAN_IN_LIST.sub(r"\1", text)
        text = _BARE_ORPHAN.sub("", text)
    text = _ARTICLE.sub(_agree_article, text)
    text = _SENTENCE_START.sub(_capitalise, text)
    # A sentence never spans lines, so only the lines with an edit are looked at.
    shortened = "\n".join(
        _EMPTIED_SENTENCE.sub(_drop_emptied_sentence, line) if DROP in line or SWAP in line else line
        for line in text.split("\n")
    )
    if shortened.strip(f" \t\n{DROP}{SWAP}"):  # never rewrite a turn to nothing
        text = shortened
    text = text.replace(DROP, "").replace(SWAP, "")
    # A drop at the very start or before punctuation can leave a space where none belongs.
    text = _SPACE_BEFORE_PUNCT.sub("", _LINE_INDENT.sub("\n", text.lstrip(" \t")))
    return text


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
    elif lower.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
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
