"""Find biometric mentions (age, gender, race, eye colour, weight) in free text.

One detector serves the audit (which attributes occur), the cleaning rewriter (character
spans plus neutral replacements), the leakage gate and the local PRISM judge, so it must be
cheap. Two things keep it well above 5,000 responses/s on one core:

* every rule has anchor words (see :class:`~safellava.biometrics.taxonomy.Rule`); a text is
  tokenised once and only rules whose anchors occur are considered -- most texts activate
  a handful of the ~40 rules;
* the active rules of each attribute are compiled into ONE alternation regex (cached per
  rule subset; an attribute has few rules, so few subsets) and the text is scanned once per
  attribute that can occur, so overlaps within an attribute resolve by rule order, as the
  taxonomy promises. Context rules ("old man" vs "old building") are lookaheads inside it:
  no per-word Python loop.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from safellava.biometrics.taxonomy import ATTRIBUTES, TOKEN, Rule, Taxonomy, load_taxonomy


@dataclass(frozen=True)
class Mention:
    """One biometric cue in a text.

    ``start``/``end`` delimit the text to rewrite and ``replacement`` is the neutral text
    for it ("" means: drop the word, then tidy whitespace/articles); its capitalisation
    follows the original ("She" -> "They"). ``evidence`` is the whole matched phrase
    including the context that licensed it ("blue eyes" for the span "blue"; "old man" is
    two mentions, "old" and "man"). ``plural_verb`` is True when the replacement is "they"
    standing for "he"/"she", so a following verb must agree ("she is" -> "they are",
    "he has" -> "they have").
    """

    attribute: str
    start: int
    end: int
    evidence: str
    replacement: str
    plural_verb: bool = False


def _match_case(replacement: str, surface: str) -> str:
    """Carry the capitalisation of the replaced word over ("She" -> "They")."""
    if replacement and surface[:1].isupper():
        if surface.isupper() and len(surface) > 1:
            return replacement.upper()
        return replacement[:1].upper() + replacement[1:]
    return replacement


class Detector:
    """Regex detector over a :class:`~safellava.biometrics.taxonomy.Taxonomy`."""

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self._parts: list[str] = []
        self._span_groups: list[tuple[str, ...]] = []
        for index, rule in enumerate(self.taxonomy.rules):
            self._parts.append(self._rename(index, rule))
        self._by_anchor: dict[str, list[int]] = defaultdict(list)
        self._always = [i for i, r in enumerate(self.taxonomy.rules) if not r.anchors]
        for index, rule in enumerate(self.taxonomy.rules):
            if rule.anchors:
                for word in rule.anchors[0]:
                    self._by_anchor[word].append(index)
        self._families: dict[str, list[int]] = defaultdict(list)
        for index, rule in enumerate(self.taxonomy.rules):
            self._families[rule.attributes[0]].append(index)
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _rename(self, index: int, rule: Rule) -> str:
        """Give a rule's groups unique names so rules can share one regex; groups named
        span, span2, ... mark the mention inside its licensing context."""
        spans: list[str] = []

        def rename(match: re.Match[str]) -> str:
            if match.group(1).startswith("span"):
                spans.append(f"s{index}_{len(spans)}")
                return f"(?P<{spans[-1]}>"
            return "(?:"

        renamed = re.sub(r"\(\?P<(\w+)>", rename, rule.pattern)
        self._span_groups.append(tuple(spans))
        return f"(?P<r{index}>{renamed})"

    def _matches(self, text: str) -> Iterator[tuple[Rule, re.Match[str]]]:
        """Scan ``text`` once with the regex of the rules its words can trigger."""
        words = set(TOKEN.findall(text.lower()))
        active = set(self._always)
        for word in words:
            hit = self._by_anchor.get(word)
            if hit:
                active.update(hit)
        rules = self.taxonomy.rules
        active = {i for i in active if all(not g.isdisjoint(words) for g in rules[i].anchors[1:])}
        if not active:
            return
        for family in self._families.values():
            key = tuple(i for i in family if i in active)
            if not key:
                continue
            regex = self._compiled.get(key)
            if regex is None:
                regex = re.compile("|".join(self._parts[i] for i in key), re.IGNORECASE)
                self._compiled[key] = regex
            for match in regex.finditer(text):
                yield rules[int(match.lastgroup[1:])], match  # type: ignore[index]

    def find(self, text: str, attributes: Iterable[str] | None = None) -> list[Mention]:
        """All mentions in ``text``, ordered by position.

        ``attributes`` restricts the result to those attributes and makes each replacement
        neutral for exactly them (a gender-only rewrite turns "boy" into "child", an age
        rewrite into "person"). Mentions of one attribute never overlap; one span may carry
        several attributes ("boy" is age and gender), which then share one replacement.
        """
        wanted = frozenset(ATTRIBUTES if attributes is None else attributes)
        unknown = wanted - set(ATTRIBUTES)
        if unknown:
            raise ValueError(f"unknown attributes: {sorted(unknown)}")
        mentions: list[Mention] = []
        for rule, match in self._matches(text):
            hit = [a for a in rule.attributes if a in wanted]
            if not hit:
                continue
            start, end = match.span()
            index = int(match.lastgroup[1:])  # type: ignore[index]
            for group in self._span_groups[index]:
                if match.start(group) >= 0:
                    start, end = match.span(group)
                    break
            surface = text[start:end]
            replacement = _match_case(rule.replacement_for(surface, frozenset(hit)), surface)
            for attribute in hit:
                mentions.append(
                    Mention(attribute, start, end, match.group(), replacement, rule.plural_verb)
                )
        mentions.sort(key=lambda m: (m.start, m.end, ATTRIBUTES.index(m.attribute)))
        return mentions

    def attributes(self, text: str, values_only: bool = False) -> set[str]:
        """The set of attributes revealed anywhere in ``text`` (what the leakage judge asks).

        ``values_only`` ignores mentions that merely name an attribute ("the age of the
        person"): the refusal classifier needs to know whether a VALUE was given.
        """
        found: set[str] = set()
        for rule, _ in self._matches(text):
            if not (values_only and rule.names_attribute):
                found.update(rule.attributes)
        return found


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    """The shared detector over the default taxonomy (compiled once per process)."""
    return Detector()
