"""Find biometric mentions (age, gender, race, eye colour, weight) in free text.

One detector serves the audit (which attributes occur), the cleaning rewriter (character
spans plus neutral replacements), the leakage gate and the local PRISM judge, so it must be
cheap. Two things keep it well above 5,000 responses/s on one core:

* every rule has anchor words (see :class:`~safellava.biometrics.taxonomy.Rule`); a text is
  tokenised once and only rules whose anchors occur are considered -- most texts activate
  a handful of the ~40 rules;
* the active rules of each attribute are scanned as ONE alternation, once per attribute that
  can occur, so overlaps within an attribute resolve by rule order, as the taxonomy promises:
  rule by rule, their matches merged as the alternation would find them, until a subset has
  been met often enough to pay for compiling its own regex (real text meets thousands of
  subsets; :meth:`Detector._fast_matches`). Context rules ("old man" vs "old building") are lookaheads inside it:
  no per-word Python loop. Exempt rules ("at a young age", "shift their weight") take part
  in the scan, so the phrase they match shadows the family's later rules, but are never
  reported; rules whose words fit animals as well ("adult", "male") are left out of a text
  about animals that names no person (one set test on the tokens already made), and in a
  text that names both, their matches in a sentence about animals only are dropped (a test
  at the match site, so texts without such a match pay nothing);
* a capitalised title word inside a proper name ("Princess Peach", "Twilight Princess",
  "Girl Scouts") is no one's attribute: also decided at the match site, from the words on
  either side.

Every scan reads the text as a reader would (:mod:`safellava.biometrics.normalise`: NFKC,
no zero-width or format characters, look-alike letters folded, markup transparent), and
:meth:`Detector.find` maps the spans back, so a mention indexes the original text. Plain
ASCII text -- almost all of it -- skips that step.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator

try:  # the regex parser of the standard library (renamed in 3.11)
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from safellava.biometrics.normalise import normalise
from safellava.biometrics.taxonomy import ATTRIBUTES, TOKEN, Rule, Taxonomy, letter_words, load_taxonomy


@dataclass(frozen=True)
class Mention:
    """One biometric cue in a text.

    ``start``/``end`` delimit the original text to rewrite (all of it: "wo\u200bman",
    "ｗｏｍａｎ"; a dropped span includes the emphasis around it, "*young*") and ``replacement`` is the neutral text
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
    """Carry the capitalisation of the replaced word over ("She" -> "They"); a name of
    capitalised words ("the Little League atmosphere") gives a plain word ("the baseball
    atmosphere"), which the rewriter capitalises at a sentence start."""
    if replacement and surface[:1].isupper():
        if surface.isupper() and len(surface) > 1:
            return replacement.upper()
        if " " in surface and all(word[:1].isupper() for word in surface.split()):
            return replacement
        return replacement[:1].upper() + replacement[1:]
    return replacement


class Detector:
    """Regex detector over a :class:`~safellava.biometrics.taxonomy.Taxonomy`."""

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        rules = self.taxonomy.rules
        # group name of a rule's regex -> (rule index, names of its span groups)
        self._groups: dict[str, tuple[int, tuple[str, ...]]] = {}
        self._parts = [self._rename(index, rule, "r") for index, rule in enumerate(rules)]
        # Words are looked up as ASCII bytes (see :meth:`_words`).
        self._by_anchor: dict[bytes, list[int]] = defaultdict(list)
        self._always = frozenset(i for i, r in enumerate(rules) if not r.anchors)
        for index, rule in enumerate(rules):
            if rule.anchors:
                for word in rule.anchors[0]:
                    self._by_anchor[word.encode()].append(index)
        # the animal/person words join the anchor lookup, so telling a text about animals
        # costs no extra pass over its tokens
        self._animal_words = frozenset(word.encode() for word in self.taxonomy.animal_words)
        self._human_words = frozenset(word.encode() for word in self.taxonomy.human_words)
        self._sentence_human_words = frozenset(
            word.encode() for word in self.taxonomy.human_words | self.taxonomy.sentence_human_words
        )
        # what makes a text name someone for ``person_text`` rules: also the words that name a
        # person in a text about people but an animal elsewhere ("her", "baby"), and roles
        self._person_words = (
            self._sentence_human_words
            | {
                b"her",
                b"hers",
                b"herself",
                b"baby",
                b"babies",
                b"infant",
                b"infants",
                b"newborn",
                b"newborns",
            }
            | {word.encode() for word in self.taxonomy.person_role_words}
        )
        self._anchor_words = frozenset(self._by_anchor) | self._animal_words | self._person_words
        self._titles = frozenset(self.taxonomy.title_words)
        # a capitalised neighbour that is one of these makes a title word no part of a name:
        # "Young Woman" is a description, "Princess Peach" a name
        self._name_breakers = (
            frozenset(word.decode() for word in self._by_anchor) | self.taxonomy.human_words | self._titles
        )
        self._not_names = frozenset(self.taxonomy.not_name_words)
        self._animal_ambiguous = frozenset(i for i, r in enumerate(rules) if r.animal_ambiguous)
        self._animal_text = frozenset(i for i, r in enumerate(rules) if r.animal_text)
        self._person_text = frozenset(i for i, r in enumerate(rules) if r.person_text)
        self._exempt = frozenset(i for i, r in enumerate(rules) if r.exempt)
        self._guards = {
            i: re.compile(r.unless_followed_by, re.IGNORECASE) for i, r in enumerate(rules) if r.unless_followed_by
        }
        # Rules that a phrase anywhere in the text switches off: checked only when active.
        self._text_guards = {
            i: re.compile(r.unless_in_text, re.IGNORECASE) for i, r in enumerate(rules) if r.unless_in_text
        }
        # Rules that need a second (third ...) anchor group: checked only when active.
        self._extra_groups = {
            i: tuple(frozenset(word.encode() for word in group) for group in r.anchors[1:])
            for i, r in enumerate(rules)
            if len(r.anchors) > 1
        }
        # Every word looked up is letters only (the taxonomy has no number anchor): then the
        # number tokens of :data:`TOKEN` cannot matter and words can be cut at C speed.
        looked_up = self._anchor_words.union(*(group for groups in self._extra_groups.values() for group in groups))
        self._letters_only = all(_LETTER_WORD.fullmatch(word) for word in looked_up)
        families: dict[str, list[int]] = defaultdict(list)
        for index, rule in enumerate(rules):
            families[rule.attributes[0]].append(index)
        self._families = {name: tuple(members) for name, members in families.items()}
        self._family_of = [rule.attributes[0] for rule in rules]
        self._family_attributes = {
            name: frozenset(a for i in members for a in rules[i].attributes) for name, members in self._families.items()
        }
        shapes = [_shape(rule.pattern) for rule in rules]
        parsed = [shape.parsed for shape in shapes]
        self._boundary_first = [shape.boundary_first for shape in shapes]
        self._foldable = [shape.foldable for shape in shapes]
        # the fast regexes try a rule only where its first character can stand, and scan the
        # rules that need no word start a second time, under other group names (see :meth:`_fast`)
        firsts = [shape.first for shape in shapes]
        # Strings one of which every match of a rule holds, where they tell more than its
        # anchors ("city", "cuisine", "style" for "the city is Asian"): a rule whose strings
        # are all absent from the lower-cased text cannot match there and is not scanned.
        self._required = {
            index: found
            for index, items in enumerate(parsed)
            if self._foldable[index]
            and (found := _required_strings(items, frozenset(rules[index].anchors[0] if rules[index].anchors else ())))
        }
        self._guarded = [_guard(part, first) for part, first in zip(self._parts, firsts)]
        self._guarded_inside = {
            index: _guard(self._rename(index, rules[index], "q"), firsts[index])
            for index in range(len(rules))
            if not self._boundary_first[index]
        }
        self._outside_words = [shape.outside_words for shape in shapes]
        self._compiled: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self._scanned: dict[tuple[int, ...], int] = defaultdict(int)
        self._compiled_exact: dict[tuple[int, ...], re.Pattern[str]] = {}
        # Texts share their sets of anchor words ("man", "woman" and "young" recur), so what a
        # set switches on is worked out once; bounded, as a long run meets ever more sets.
        self._activated = lru_cache(maxsize=16_384)(self._activate)
        self._by_family = lru_cache(maxsize=16_384)(self._group_by_family)
        # per rule subset, worked out once: where its exempt rules stand, and the regex of the others
        self._silent = lru_cache(maxsize=16_384)(self._silent_positions)
        self._reported = lru_cache(maxsize=16_384)(self._reported_regex)

    def _rename(self, index: int, rule: Rule, prefix: str) -> str:
        """Give a rule's groups unique names so rules can share one regex (``prefix`` tells
        apart two copies of one rule in one regex); groups named span, span2, ... mark the
        mention inside its licensing context."""
        spans: list[str] = []

        def rename(match: re.Match[str]) -> str:
            if match.group(1).startswith("span"):
                spans.append(f"{prefix}{index}_{len(spans)}")
                return f"(?P<{spans[-1]}>"
            return "(?:"

        renamed = re.sub(r"\(\?P<(\w+)>", rename, rule.pattern)
        self._groups[f"{prefix}{index}"] = (index, tuple(spans))
        return f"(?P<{prefix}{index}>{renamed})"

    def _exact(self, key: tuple[int, ...]) -> re.Pattern[str]:
        """The exact-fallback regex of a rule subset (see :meth:`_fast`), compiled only when
        a text needs it: most texts are ASCII, and compiling costs more than scanning."""
        compiled = self._compiled_exact.get(key)
        if compiled is None:
            compiled = self._compiled_exact[key] = _compile("|".join(self._parts[i] for i in key), re.IGNORECASE)
        return compiled

    def _fast(self, key: tuple[int, ...]) -> re.Pattern[str] | None:
        r"""The fast regex of one subset of a family's rules (``None``: use the exact one).

        The fallback is the plain alternation with IGNORECASE, scanned over the text as it
        is. The fast one -- built only when every rule in the subset is *foldable* (its
        cased literals are lower-case ASCII, no inline flags) -- is the same alternation
        without IGNORECASE, scanned over the ASCII-lower-cased text: for such patterns the
        matches are identical, and case-sensitive matching is about twice as fast in
        ``re``. Two more changes make it cheaper and keep its matches:

        * each rule is tried only where its first character can stand: a lookahead for the
          class of characters its matches begin with (:func:`_first_characters`), so at a word
          start the engine dismisses most rules with one class test instead of walking into
          their alternations;
        * the alternation is split by position: ``\b(?:every rule) | \B(?:the rules that
          need no word boundary)``. Most rules begin with ``\b`` and cannot match at a
          ``\B`` position, so at every other position one test rejects them all, and the
          rest (repeated under other group names, :meth:`_rename`) are tried in their order;
          where those cannot start inside a word either (:func:`_never_inside_word`), a
          ``(?!\w)`` rejects the inside of a word for them too (and so it does where all the
          subset's rules need no word boundary: one such rule alone is a subset too,
          :meth:`_fast_matches`).

        Together they cut a scan's instructions by about 30 % (the benchmark's texts).
        """
        if key in self._compiled:
            return self._compiled[key]
        fast = None
        if all(self._foldable[i] for i in key):
            everywhere = [i for i in key if not self._boundary_first[i]]
            every_rule = "|".join(self._guarded[i] for i in key)
            not_inside = r"(?!\w)" if all(self._outside_words[i] for i in everywhere) else ""
            if not everywhere:
                pattern = rf"\b(?:{every_rule})"
            elif len(everywhere) == len(key):
                pattern = rf"(?:\b|{not_inside})(?:{every_rule})" if not_inside else every_rule
            else:
                rest = "|".join(self._guarded_inside[i] for i in everywhere)
                pattern = rf"\b(?:{every_rule})|\B{not_inside}(?:{rest})"
            fast = _compile(pattern)
        self._compiled[key] = fast
        return fast

    def _fast_matches(self, key: tuple[int, ...], folded: str) -> Iterator[re.Match[str]] | None:
        """The matches of a rule subset over the ASCII-lower-cased text (``None``: the subset
        needs the exact path).

        Real text meets thousands of distinct subsets (the development slice: 3,219 in 48,299
        family scans), and compiling one subset's alternation costs 20-100 ms, as much as
        several hundred scans: compiling each on first sight made the first pass over real
        records 25 times slower than the benchmark's warmed scans. So a subset is scanned rule
        by rule (each rule's regex is the fast regex of the one-rule subset, compiled once;
        :func:`_leftmost_first` gives the alternation's matches, up to the last that is not an
        exempt rule's) until it has been met
        :data:`_COMPILE_AFTER` times; then its alternation, one pass over the text instead of
        one per rule, has paid for itself."""
        if len(key) > 1 and key not in self._compiled and all(self._foldable[i] for i in key):
            self._scanned[key] += 1
            if self._scanned[key] < _COMPILE_AFTER:
                # (every rule of the subset is foldable, so no one-rule regex is None)
                silent = self._silent(key)
                return _leftmost_first([self._fast((i,)) for i in key], folded, silent)  # type: ignore[arg-type]
        fast = self._fast(key)
        if fast is None:
            return None
        if not self._silent(key):
            return fast.finditer(folded)
        reported = self._reported(key)
        return iter(()) if reported is None else _shadowed(reported, fast, folded)

    def _silent_positions(self, key: tuple[int, ...]) -> frozenset[int]:
        """The positions in a rule subset of its exempt rules (cached as :attr:`_silent`)."""
        return frozenset(position for position, i in enumerate(key) if i in self._exempt)

    def _reported_regex(self, key: tuple[int, ...]) -> re.Pattern[str] | None:
        """The fast regex of a subset's rules that are not exempt (``None``: all are), which
        tells :func:`_shadowed` where the subset's alternation still has something to report
        (cached as :attr:`_reported`)."""
        reported = tuple(i for i in key if i not in self._exempt)
        return self._fast(reported) if reported else None

    def _scans(self, text: str) -> tuple[_Sentences | None, list[tuple[str, Iterator[re.Match[str]]]]]:
        """Per family whose rules the text's words can trigger: the family and an iterator
        over its matches (match positions index ``text``; read the surface from ``text``),
        and, when the text names animals and people both, its sentences (then a match of an
        ``animal_ambiguous`` rule is judged by its sentence, :meth:`_about_animals`; else None).
        A text without any anchor word costs one ``lower`` and one tokenisation."""
        lowered = text.lower()
        tokens = self._words(lowered)
        hits = self._anchor_words.intersection(tokens)
        if not hits and not self._always:
            return None, []
        active, mixed, checks = self._activated(hits)
        if checks:
            active = self._checked(active, tokens, text)
        if not active:
            return None, []
        if text.isascii():
            folded: str | None = lowered
        elif _SPECIAL_FOLDS.isdisjoint(text):
            folded = text.translate(_ASCII_LOWER)
        else:  # a character IGNORECASE equates with an ASCII letter ("K", "ſ"): exact path
            folded = None
        if folded is not None and not self._required.keys().isdisjoint(active):
            required = self._required
            active = frozenset(
                i for i in active if i not in required or any(string in folded for string in required[i])
            )
            if not active:
                return None, []
        scans: list[tuple[str, Iterator[re.Match[str]]]] = []
        for family, key in self._by_family(active):
            fast = self._fast_matches(key, folded) if folded is not None else None
            if fast is not None:
                scans.append((family, fast))
            else:
                scans.append((family, self._exact(key).finditer(text)))
        sentences = _Sentences(text, self._sentence_human_words, self._animal_words) if mixed else None
        return sentences, scans

    def _activate(self, hits: frozenset[bytes]) -> tuple[frozenset[int], bool, bool]:
        """The rules a text's anchor words switch on; whether the text names animals and
        people both (then its sentences judge the ``animal_ambiguous`` matches); whether some
        of those rules still need a look at the text (a second anchor group, a text guard)."""
        active = set(self._always)
        by_anchor = self._by_anchor
        for word in hits:
            rules_of_word = by_anchor.get(word)
            if rules_of_word:
                active.update(rules_of_word)
        names_person = not self._human_words.isdisjoint(hits)
        if (
            names_person
            and not self._animal_words.isdisjoint(hits)
            and not _ANIMAL_MOTHER.isdisjoint(hits)
            and hits.intersection(self._human_words) <= _PRONOUNS
        ):
            # "The mother remains close to her calf ... She also demonstrates" about giraffes: a
            # text whose only person words are pronouns, beside a mother, speaks of the animals
            names_person = False
        if not active.isdisjoint(self._animal_text) and (self._animal_words.isdisjoint(hits) or names_person):
            active -= self._animal_text
        if not active.isdisjoint(self._person_text) and self._person_words.isdisjoint(hits):
            active -= self._person_text  # a thing's "age" in a text that names nobody
        mixed = False
        if not self._animal_words.isdisjoint(hits) and not active.isdisjoint(self._animal_ambiguous):
            if not names_person:
                # a text about animals only: "adult", "male", "mother" describe the animals
                active -= self._animal_ambiguous
            else:
                mixed = True
        checks = not (self._extra_groups.keys().isdisjoint(active) and self._text_guards.keys().isdisjoint(active))
        return frozenset(active), mixed, checks

    def _checked(self, active: frozenset[int], tokens: list[bytes], text: str) -> frozenset[int]:
        """``active`` less the rules whose second (third ...) anchor group is missing from the
        text's words and those that a phrase in the text switches off."""
        kept = set(active)
        needs_more = self._extra_groups.keys() & kept
        if needs_more:
            words = set(tokens)
            for i in needs_more:
                if any(group.isdisjoint(words) for group in self._extra_groups[i]):
                    kept.discard(i)
        for i in self._text_guards.keys() & kept:
            if self._text_guards[i].search(text):
                kept.discard(i)
        return frozenset(kept)

    def _group_by_family(self, active: frozenset[int]) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """The active rules by family, families in taxonomy order (as the callers expect), each
        family's rules in rule order (a few rules, not every member)."""
        by_family: dict[str, list[int]] = {}
        family_of = self._family_of
        for i in sorted(active):
            by_family.setdefault(family_of[i], []).append(i)
        return tuple((family, tuple(by_family[family])) for family in self._families if family in by_family)

    def _skipped(
        self, read: str, index: int, match: re.Match[str], sentences: _Sentences | None
    ) -> tuple[int, int] | None:
        """The span of a match to report, or ``None`` when it describes nobody: an exempt
        phrase, a match its rule's ``unless_followed_by`` rejects, an animal word in a
        sentence about animals only (:meth:`_about_animals`), or a title inside a proper
        name (:meth:`_in_name`)."""
        if index in self._exempt or (index in self._guards and self._guards[index].match(read, match.end())):
            return None
        start, end = match.span()
        for group in self._groups[match.lastgroup][1]:  # type: ignore[index]
            if match.start(group) >= 0:
                start, end = match.span(group)
                break
        if sentences is not None and index in self._animal_ambiguous and self._about_animals(sentences, start, end):
            return None
        if read[start].isupper() and (
            self._in_name(read, start, end)
            or _acronym(read, start, end)
            or _reverent(read, start, end)
            or _epithet(read, start, end)
        ):
            return None
        return start, end

    def _about_animals(self, sentences: _Sentences, start: int, end: int) -> bool:
        """Does the sentence around ``start:end`` speak of animals: it names no person, and
        an animal before the word or, when it names none there, the nearest earlier sentence
        that names animals or people names animals only? In a text that names both ("The man
        in the image is taking a photo. Zebras form harems of one dominant male and several
        adult females."), the zebras' sentence still speaks of animals, and so does the next
        one that names none ("The giraffes are tall. The adult females are shorter."); "The
        adult brings their knowledge of sheep behavior" after a sentence about a man speaks
        of a person, and so does a word that brings in someone new ("The horses graze. A mother
        watches."), unless the word says something of the noun before it ("They have a large heart
        weighing up to 25 pounds" after a sentence about giraffes)."""
        read = sentences.read
        number, low = sentences.around(start)
        ends = _SENTENCE_END.search(read, end)
        stop = ends.start() if ends else len(read)
        if read[start:end].lower() in _ATTRIBUTE_NOUNS:
            # an attribute's name ("their age") is that of what comes before it: people named only
            # after the next comma do not own it ("the cows ..., such as their age and health
            # history, may be a priority for the farmers")
            comma = read.find(",", end, stop)
            stop = stop if comma == -1 else comma
        if sentences.names_people(letter_words(read[low:stop].lower())):
            return False
        if not self._animal_words.isdisjoint(letter_words(read[low:start].lower())):
            return True
        if _ANIMAL_MILK.match(read, end):
            return True  # "If the mother's milk production is insufficient" beside a calf: the cow's
        if not _PREDICATE.match(read, start) and _NEW_REFERENT.search(read, max(low, start - 40), start):
            return False  # "A mother watches from the fence" brings in someone new
        return sentences.earlier_names_animals(number)

    def _in_name(self, read: str, start: int, end: int) -> bool:
        """Is the capitalised title word at ``start:end`` part of a proper name? It is when
        a capitalised word that is no person, attribute or function word stands right after
        it ("Princess Peach", "Lady Gaga", "Girl Scouts", "Mother Teresa"), also after "of"
        ("Prince of Persia", a game), or, inside a sentence, right before it ("Twilight
        Princess", the "Thinking Man" pose), a possessive too
        ("the Boy's Day Festival"); a capitalised person or attribute word next to it makes a
        description instead ("Young Woman"), and an all-capitals text names nothing."""
        surface = read[start:end]
        word = surface.lower()
        if surface.endswith(("'s", "’s", "'", "’")):
            # "the Boy's Day Festival" inside a sentence; a heading's "**Child's Expression**" is
            # Title Case, no name
            if _SENTENCE_START.search(read, max(0, start - 12), start):
                return False
            word = _POSSESSIVE_END.sub("", word)
        if surface.isupper() or word not in self._titles:
            return False
        breakers, not_names = self._name_breakers, self._not_names
        after = _NEXT_CAPITAL.match(read, end)
        before = _PREVIOUS_CAPITAL.search(read, max(0, start - 40), start)
        names = []
        for neighbour in (after, before):
            word = neighbour.group(1).lower() if neighbour else ""
            if word in breakers and not (neighbour is before and _hyphen_compound_end(read, neighbour.start(1))):
                return False
            names.append(bool(word) and word not in not_names)
        if names[0]:
            return True
        return names[1] and not _SENTENCE_START.search(read, max(0, before.start() - 12), before.start())  # type: ignore[union-attr]

    def _words(self, lowered: str) -> list[bytes]:
        """The tokens (:data:`TOKEN`) of lower-cased text that anchor lookups can hit, as
        ASCII bytes: only the words of letters when no anchor holds a digit (the fast cut of
        :func:`letter_words`; tokenising was a tenth of a scan)."""
        if self._letters_only:
            return letter_words(lowered)
        return [token.encode("ascii") for token in TOKEN.findall(lowered)]

    def find(self, text: str, attributes: Iterable[str] | None = None) -> list[Mention]:
        """All mentions in ``text``, ordered by position.

        ``attributes`` restricts the result to those attributes and makes each replacement
        neutral for exactly them (a gender-only rewrite turns "boy" into "child", an age
        rewrite into "person"). Mentions of one attribute never overlap; one span may carry
        several attributes ("boy" is age and gender), which then share one replacement.
        """
        if attributes is None:
            wanted = _ALL
        else:
            wanted = frozenset(attributes)
            unknown = wanted - _ALL
            if unknown:
                raise ValueError(f"unknown attributes: {sorted(unknown)}")
        mentions: list[Mention] = []
        rules = self.taxonomy.rules
        groups = self._groups
        view = normalise(text)
        read = view.text
        sentences, scans = self._scans(read)
        for family, matches in scans:
            if self._family_attributes[family].isdisjoint(wanted):
                continue
            for match in matches:
                index = groups[match.lastgroup][0]  # type: ignore[index]
                rule = rules[index]
                hit = [a for a in rule.attributes if a in wanted]
                if not hit:
                    continue
                span = self._skipped(read, index, match, sentences)
                if span is None:
                    continue
                start, end = span
                whole = match.span()
                surface = read[start:end]
                replacement = rule.replacement_for(surface, frozenset(hit))
                if rule.attributes != ("race",):  # (an ethnonym's capital is no sentence start's)
                    replacement = _match_case(replacement, surface)
                if view.changed:
                    start, end = view.span(start, end, drop=not replacement.strip())
                    whole = view.span(*whole)
                evidence = text[whole[0] : whole[1]]
                for attribute in hit:
                    mentions.append(Mention(attribute, start, end, evidence, replacement, rule.plural_verb))
        if len(mentions) > 1:
            mentions.sort(key=_mention_order)
        return mentions

    def attributes(self, text: str, values_only: bool = False) -> set[str]:
        """The set of attributes revealed anywhere in ``text`` (what the leakage judge asks).

        ``values_only`` ignores mentions that merely name an attribute ("the age of the
        person"): the refusal classifier needs to know whether a VALUE was given.
        """
        found: set[str] = set()
        rules = self.taxonomy.rules
        groups = self._groups
        read = normalise(text).text
        sentences, scans = self._scans(read)
        for family, matches in scans:
            possible = self._family_attributes[family]
            if possible <= found:
                continue
            for match in matches:
                index = groups[match.lastgroup][0]  # type: ignore[index]
                if self._skipped(read, index, match, sentences) is None:
                    continue
                rule = rules[index]
                if not (values_only and rule.names_attribute):
                    found.update(rule.attributes)
                    if possible <= found:  # nothing more to learn from this family
                        break
        return found


_ALL = frozenset(ATTRIBUTES)
_PRONOUNS = frozenset({b"he", b"she", b"him", b"his", b"himself", b"herself"})
_ANIMAL_MOTHER = frozenset({b"mother", b"mothers", b"mama", b"mom"})
_COMPILE_AFTER = 1000
"""Scans of one rule subset after which its alternation is compiled (:meth:`Detector._fast_matches`):
about where the extra passes of the rule-by-rule scan have cost as much as the compile."""


def _leftmost_first(
    patterns: list[re.Pattern[str]], text: str, silent: frozenset[int] = frozenset()
) -> Iterator[re.Match[str]]:
    """The matches that ``finditer`` of the alternation ``p1|p2|...`` would give, from one regex
    per alternative: at the leftmost position where any pattern matches, the first pattern in
    order that matches there; the next search starts where that match ended. Each pattern's
    next match is searched again only when the match it had found starts inside one taken
    (no rule matches the empty string, so every match moves on).

    The patterns at the indices in ``silent`` (exempt rules: their matches only shadow others,
    and are never reported) are searched only while some other pattern still has a match
    ahead, and the matches stop when none has: what follows would all be silent. The general-
    statement exempts are the longest rules and tried at nearly every word start, so a text
    whose last mention is early, or that has none, skips most of their cost."""
    pending: list[re.Match[str] | None] = [None if i in silent else p.search(text) for i, p in enumerate(patterns)]
    unsearched = set(silent)
    position = 0
    while True:
        ahead = None
        for index, match in enumerate(pending):
            if index in silent:
                continue
            if match is not None and match.start() < position:
                match = pending[index] = patterns[index].search(text, position)
            if match is not None and (ahead is None or match.start() < ahead.start()):
                ahead = match
        if ahead is None:
            return
        best = ahead
        if silent:
            best = None
            for index, match in enumerate(pending):
                if index in silent and (index in unsearched or (match is not None and match.start() < position)):
                    match = pending[index] = patterns[index].search(text, position)
                    unsearched.discard(index)
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
        yield best  # type: ignore[misc]
        position = best.end()  # type: ignore[union-attr]


def _shadowed(reported: re.Pattern[str], every: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``every`` (a subset's alternation) up to where ``reported`` (the same
    alternation without its exempt rules) has none left: past that point the alternation
    could only find exempt matches, which shadow nothing and are never reported, so the long
    exempt rules are not tried over the rest of the text (see :func:`_leftmost_first`)."""
    position = 0
    ahead = reported.search(text)
    while ahead is not None:
        match = every.search(text, position)  # one starts at or before ``ahead``
        yield match  # type: ignore[misc]
        position = match.end()  # type: ignore[union-attr]
        if ahead.start() < position:
            ahead = reported.search(text, position)


_ATTRIBUTE_RANK = {attribute: rank for rank, attribute in enumerate(ATTRIBUTES)}


def _mention_order(mention: Mention) -> tuple[int, int, int]:
    """Text order; the attributes of one span in taxonomy order."""
    return (mention.start, mention.end, _ATTRIBUTE_RANK[mention.attribute])


class _Sentences:
    """The sentences of one text that names animals and people both, for
    :meth:`Detector._about_animals`: split at ``.!?`` and line ends once, on the first question
    (most such texts never ask), with, per sentence, what the nearest earlier sentence that
    names animals or people names. A long turn asks for many words, and walking back sentence
    by sentence for each would be quadratic in its length; this is one pass."""

    def __init__(self, read: str, human_words: frozenset[bytes], animal_words: frozenset[bytes]) -> None:
        self.read = read
        self._human_words = human_words
        self._animal_words = animal_words
        self._marks: list[int] | None = None
        self._earlier: list[bool] = []
        self._pronouns_only: bool | None = None

    def names_people(self, words: list[bytes]) -> bool:
        """Does a sentence of these words name a person (:func:`_names_people`)? Not by an
        object pronoun alone in a text that names nobody otherwise ("The stallion protects his
        group from rival males" in a text on zebras' harems): its pronouns are the animals'."""
        named = self._human_words.intersection(words)
        if named and named <= _OBJECT_PRONOUNS:
            if self._pronouns_only is None:  # (read once, and only for such a sentence)
                self._pronouns_only = (
                    self._human_words.intersection(letter_words(self.read.lower())) <= _OBJECT_PRONOUNS
                )
            if self._pronouns_only:
                return False
        return _names_people(words, self._human_words, self._animal_words)

    def _split(self) -> list[int]:
        if self._marks is None:
            read = self.read
            marks = [match.start() for match in _SENTENCE_END.finditer(read)]
            earlier: list[bool] = []  # per sentence: does the nearest earlier one naming either name animals?
            verdict = False  # no earlier sentence names either: about people, as the text is
            low = 0
            for high in [*marks, len(read)]:
                earlier.append(verdict)
                words = letter_words(read[low:high].lower())
                if self.names_people(words):
                    verdict = False
                elif not self._animal_words.isdisjoint(words) and not _CLASS_OF_ANIMALS.issuperset(
                    self._animal_words.intersection(words)
                ):
                    verdict = True  # (not a sentence on species in general: "This exposure to different species")
                low = high + 1
            self._marks, self._earlier = marks, earlier
        return self._marks

    def around(self, position: int) -> tuple[int, int]:
        """The number of the sentence holding ``position`` and where that sentence starts."""
        marks = self._split()
        number = bisect_left(marks, position)
        return number, marks[number - 1] + 1 if number else 0

    def earlier_names_animals(self, number: int) -> bool:
        """Does the nearest sentence before sentence ``number`` that names animals or people
        name animals only (False when none names either)?"""
        self._split()
        return self._earlier[number]


def _names_people(words: list[bytes], human_words: frozenset[bytes], animal_words: frozenset[bytes]) -> bool:
    """Does a sentence of these words name a person? An age or sex word right before an animal
    word does not: it is the animal's ("an adult elephant, a teen elephant, and a baby elephant",
    "keep track of individual animals"), nor "individual" after a possessive ("tracking their
    individual records")."""
    named = human_words.intersection(words)
    if not named:
        return False
    last = len(words) - 1
    for index, word in enumerate(words):
        if word not in named:
            continue
        if index < last and word in _ANIMAL_MODIFIERS and words[index + 1] in animal_words:
            continue
        if word == b"individual" and index > 0 and words[index - 1] in _POSSESSIVE_WORDS:
            continue
        return True
    return False


_POSSESSIVE_WORDS = frozenset({b"their", b"its", b"our", b"your"})
# person words that also say an animal's age or sex right before its name ("a teen elephant",
# "adult females" is left to the rules): "teddy" before "bear" still names a toy person
_ANIMAL_MODIFIERS = frozenset(
    {
        b"individual",
        b"adult",
        b"adults",
        b"teen",
        b"teens",
        b"teenage",
        b"juvenile",
        b"juveniles",
        b"female",
        b"females",
        b"male",
        b"males",
        b"mother",
        b"mothers",
        b"elderly",
        b"young",
        b"younger",
        b"older",
        b"senior",
    }
)
# (not "he" or "she": a subject brings someone in, "The horse is saddled. She holds the reins")
_OBJECT_PRONOUNS = frozenset({b"him", b"his", b"himself", b"herself"})


_LETTER_WORD = re.compile(rb"[a-z]+")
_SENTENCE_END = re.compile(r"[.!?\n]")
_ATTRIBUTE_NOUNS = frozenset({"age", "ages", "weight", "age-related", "age related"})
_CLASS_OF_ANIMALS = frozenset({b"species", b"wildlife"})
# an indefinite noun phrase up to the word: someone new, whom an earlier sentence cannot name
_NEW_REFERENT = re.compile(r"\b(?:a|an|one|another|some)[ \t]+(?:[\w-]+[ \t]+){0,2}$", re.IGNORECASE)
# a mother's milk or udder in a sentence that names no person, in a text with animals: the animal's
_ANIMAL_MILK = re.compile(r"(?:['’]s)?[ \t]+(?:milk|udders?|teats?)\b", re.IGNORECASE)
# ... unless the match says something of the noun before it ("a large heart weighing up to 25
# pounds"): a weight is no new person
_PREDICATE = re.compile(r"weigh|\d", re.IGNORECASE)
# the capitalised words next to a title word ("Princess Peach", "Twilight Princess"); a
# hyphen joins name parts too ("Spider-Man")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_NEXT_CAPITAL = re.compile(r"(?:['’]s)?(?:[ \t]+of(?:[ \t]+the)?)?[ \t-]+([A-Z][a-z][A-Za-z]*)")
_PREVIOUS_CAPITAL = re.compile(r"([A-Z][a-z][A-Za-z]*)(?:['’]s)?[ \t-]+$")
# what may stand between a sentence's start and its first word: quotes, markup, list marks
_ACRONYM = re.compile(r"[A-Z]{2,}s?")
_QUOTES = frozenset("\"'“‘«")
# a lower-case word of two letters or more near an all-capitals word: the text is not shouting
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n])[\s\"“‘'*#>()\d.-]*$")
_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_SPECIAL_FOLDS = frozenset("\u0130\u0131\u017f\u212a")
"""The only non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (İ ı ſ K;
checked by a test over all code points): a text containing one takes the exact path."""


def _hyphen_compound_end(read: str, start: int) -> bool:
    """Is the capitalised word at ``start`` the end of a capitalised hyphenated compound ("All-American"
    in "the All-American Girls Professional Baseball League")? Such a compound is a name's part, not
    a description of the person word after it."""
    if start < 2 or read[start - 1] != "-" or not read[start - 2].isalpha():
        return False
    first = start - 2
    while first > 0 and read[first - 1].isalpha():
        first -= 1
    return read[first].isupper()


def _acronym(read: str, start: int, end: int) -> bool:
    """Is the all-capitals word at ``start:end`` an acronym ("advanced glycation end products
    (AGEs)", "the MALE study")? It is when lower-case text stands near it; in a text written
    in capitals ("A MAN RIDING A HORSE") it is the word itself, and in quotation marks the
    words of a sign ('the door reads "GENTLEMEN"'), which the rewrite still neutralises."""
    if not _ACRONYM.fullmatch(read, start, end) or (start and read[start - 1] in _QUOTES):
        return False
    return bool(_LOWER_WORD.search(read[max(0, start - 30) : start]) or _LOWER_WORD.search(read, end, end + 30))


_REVERENT = frozenset({"He", "Him", "His", "Himself", "She", "Her", "Hers", "Herself"})
_MID_SENTENCE = re.compile(r"[a-z][ \t]+$")


def _reverent(read: str, start: int, end: int) -> bool:
    """Is the capitalised pronoun at ``start:end`` one that names a deity or stands in a title
    ("the advertisement for 'Proclaim Him Lord'", "praise His name")? A pronoun is capitalised
    inside a sentence only then; at a sentence start it is the person's."""
    return read[start:end] in _REVERENT and bool(_MID_SENTENCE.search(read, max(0, start - 3), start))


_EPITHETS = frozenset({"Elder", "Younger"})
_NAME_BEFORE_THE = re.compile(r"[A-Z][a-z][A-Za-z]*[ \t]+the[ \t]+$")


def _epithet(read: str, start: int, end: int) -> bool:
    """Is the capitalised word at ``start:end`` a name's epithet ("Jan Brueghel the Elder", "Pliny
    the Younger")? It tells a historical person apart, nobody in the image."""
    return read[start:end] in _EPITHETS and bool(_NAME_BEFORE_THE.search(read, max(0, start - 40), start))


def _parse(pattern: str) -> Any:
    return _sre_parse.parse(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class _Shape:
    """What the detector reads off one rule's parsed pattern (read-only once built)."""

    parsed: Any
    boundary_first: bool
    foldable: bool
    first: str | None
    outside_words: bool


@lru_cache(maxsize=4096)
def _shape(pattern: str) -> _Shape:
    """A rule pattern's shape, worked out once per process: parsing and walking the
    taxonomy's few hundred patterns costs about a second, and detectors built from specs
    that differ in one rule (``prism/holdout.py`` builds about 400) share all the others."""
    parsed = _parse(pattern)
    return _Shape(
        parsed,
        _starts_with_boundary(parsed),
        _foldable(parsed),
        _first_characters(parsed),
        _never_inside_word(parsed),
    )


def _items(node: Any) -> Iterator[Any]:
    """Every (op, argument) in a parsed pattern, nested ones included."""
    for op, av in node:
        yield op, av
        if op is _c.SUBPATTERN:
            yield from _items(av[3])
        elif op is _c.BRANCH:
            for branch in av[1]:
                yield from _items(branch)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            yield from _items(av[2])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            yield from _items(av[1])
        elif op is _c.GROUPREF_EXISTS:
            yield from _items(av[1])
            if av[2] is not None:
                yield from _items(av[2])
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            yield from _items(av)


def _cased_ok(code: int) -> bool:
    char = chr(code)
    return "a" <= char <= "z" or char.lower() == char.upper()


def _foldable(parsed: Any) -> bool:
    """Can the pattern run case-sensitively on ASCII-lower-cased text with the same result?
    Yes when every cased literal it holds is a lower-case ASCII letter and it sets no
    inline flags; otherwise its family is scanned the exact (slower) way."""
    if parsed.state.flags & ~(re.IGNORECASE | re.UNICODE):
        return False
    for op, av in _items(parsed):
        if op in (_c.LITERAL, _c.NOT_LITERAL) and not _cased_ok(av):
            return False
        if op is _c.SUBPATTERN and (av[1] or av[2]):
            return False
        if op is _c.IN:
            for item_op, item_av in av:
                if item_op in (_c.LITERAL, _c.NOT_LITERAL) and not _cased_ok(item_av):
                    return False
                if item_op is _c.RANGE and not all(
                    _cased_ok(c) for c in range(item_av[0], min(item_av[1], 0x2FFFF) + 1)
                ):
                    return False
                if item_op not in (_c.LITERAL, _c.NOT_LITERAL, _c.RANGE, _c.NEGATE, _c.CATEGORY):
                    return False
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return False
    return True


_CATEGORY_CLASSES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}


def _first_items(node: Any) -> tuple[set[str] | None, bool]:
    """The character-class items (``a``, ``0-9``, ``\\d``) a match of the parsed sequence
    ``node`` can begin with, and whether it can match the empty string; ``None``: any
    character (or a construct not analysed here). Zero-width items (``\\b``, lookarounds)
    let the next item decide, which only widens the set: the set may hold more than the
    matches need, never less."""
    items: set[str] = set()
    for op, av in node:
        if op is _c.LITERAL:
            items.add(re.escape(chr(av)))
            return items, False
        if op is _c.IN:
            for item_op, item_av in av:
                if item_op is _c.LITERAL:
                    items.add(re.escape(chr(item_av)))
                elif item_op is _c.RANGE:
                    items.add(f"{re.escape(chr(item_av[0]))}-{re.escape(chr(item_av[1]))}")
                elif item_op is _c.CATEGORY and item_av in _CATEGORY_CLASSES:
                    items.add(_CATEGORY_CLASSES[item_av])
                else:  # a negated class or a rarer category
                    return None, False
            return items, False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.SUBPATTERN:
            inner, nullable = _first_items(av[3])
        elif op is _c.BRANCH:
            inner, nullable = set(), False
            for branch in av[1]:
                found, empty = _first_items(branch)
                if found is None:
                    return None, False
                inner |= found
                nullable = nullable or empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            inner, nullable = _first_items(av[2])
            nullable = nullable or av[0] == 0
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            inner, nullable = _first_items(av)
        else:  # any character, a back reference, ...
            return None, False
        if inner is None:
            return None, False
        items |= inner
        if not nullable:
            return items, False
    return items, True


def _first_characters(node: Any) -> str | None:
    """The body of a character class that every match of the parsed pattern begins with
    (``None``: no useful class: the pattern can match the empty string, or any character
    may begin it)."""
    items, nullable = _first_items(node)
    if items is None or nullable or not items:
        return None
    return "".join(sorted(items))


def _required_strings(node: Any, anchors: frozenset[str]) -> frozenset[str] | None:
    """Strings (at least three characters each) one of which every match of the parsed
    sequence ``node`` holds, read from its literals -- a run of them, one per alternative of
    a choice, a repeat that must run once, a lookaround that must hold (its text is in the
    text too) -- choosing the set of the longest shortest string; ``None``: none known, or
    every set holds one of the rule's ``anchors`` (known to be in the text already). Sound
    for the fast regexes: their literals are matched as written in the lower-cased text."""
    best: tuple[tuple[int, int], frozenset[str]] | None = None

    def consider(strings: frozenset[str] | None) -> None:
        nonlocal best
        if not strings or not anchors.isdisjoint(strings):
            return
        score = (min(map(len, strings)), -len(strings))
        if best is None or score > best[0]:
            best = (score, strings)

    run: list[str] = []
    for op, av in [*node, (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is _c.SUBPATTERN:
            consider(_required_strings(av[3], anchors))
        elif op is _c.BRANCH:
            found = [_required_strings(branch, anchors) for branch in av[1]]
            if all(found):
                consider(frozenset(string for strings in found if strings for string in strings))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            consider(_required_strings(av[2], anchors))
        elif op is _c.ASSERT:
            consider(_required_strings(av[1], anchors))
    if best is None or best[0][0] < 3:
        return None
    return best[1]


def _guard(part: str, first: str | None) -> str:
    """A rule's regex behind a lookahead for its first character (when one is known)."""
    return part if first is None else f"(?=[{first}]){part}"


def _is_word_character(code: int) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return chr(code).isalnum() or code == ord("_")


def _outside_word_items(node: Any) -> tuple[bool, bool]:
    """For a parsed sequence: whether, if it consumes a character first, that character
    cannot stand inside a word (a ``\\b`` or a lookbehind that forbids a word character
    before it decides at once), and whether it can match the empty string."""
    for op, av in node:
        if op is _c.AT:
            # (^ starts the text or, multiline, follows a newline: no word character before it)
            if av in (_c.AT_BOUNDARY, _c.AT_BEGINNING_STRING, _c.AT_BEGINNING, _c.AT_BEGINNING_LINE):
                return True, False
            continue
        if op is _c.ASSERT_NOT and av[0] < 0:
            # (?<![\w...]): no word character before the position
            if len(av[1]) == 1 and av[1][0][0] is _c.IN and (_c.CATEGORY, _c.CATEGORY_WORD) in av[1][0][1]:
                return True, False
            continue
        if op is _c.ASSERT and av[0] < 0 and av[1] and _non_word_item(*av[1][-1]):
            # (?<=\blike\s), (?<=\n): a space or other non-word character before the position
            return True, False
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            continue
        if op in (_c.LITERAL, _c.IN):
            return _non_word_item(op, av), False
        if op is _c.SUBPATTERN:
            safe, nullable = _outside_word_items(av[3])
        elif op is _c.BRANCH:
            verdicts = [_outside_word_items(branch) for branch in av[1]]
            safe, nullable = all(v[0] for v in verdicts), any(v[1] for v in verdicts)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            safe, nullable = _outside_word_items(av[2])
            nullable = nullable or av[0] == 0
        else:
            return False, False
        if not safe:
            return False, False
        if not nullable:
            return True, False
    return True, True


def _non_word_item(op: Any, av: Any) -> bool:
    """Does this parsed item match one character that is never a word character?"""
    if op is _c.LITERAL:
        return not _is_word_character(av)
    return op is _c.IN and all(
        (item_op is _c.LITERAL and not _is_word_character(item_av))
        or (item_op is _c.CATEGORY and item_av in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD))
        for item_op, item_av in av
    )


def _never_inside_word(node: Any) -> bool:
    """Can no match of the parsed pattern begin between two word characters?"""
    safe, nullable = _outside_word_items(node)
    return safe and not nullable


def _has_search_prefix(node: Any) -> bool:
    """Does ``re`` find the candidate positions of this parsed pattern itself (its first item
    a literal, a character class or a choice of literals: a prefix or charset search)?"""
    while node and node[0][0] is _c.SUBPATTERN:
        node = node[0][1][3]
    if not node:
        return False
    op, av = node[0]
    return op in (_c.LITERAL, _c.IN) or (
        op is _c.BRANCH and all(branch and branch[0][0] is _c.LITERAL for branch in av[1])
    )


def with_first_character_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters its matches begin with.

    ``re`` tries a pattern that begins with a literal or a character class only where that
    character stands; any other (one that begins with ``\\b``, a lookbehind or an optional
    group) it walks into at every position of the text, through all its optional parts. The
    lookahead rejects the positions where no match can begin with one class test; it
    changes no match, group or flag. Returned as it is when ``re`` already skips ahead, when
    the first characters are unknown (:func:`_first_characters`) or when it sets global
    inline flags."""
    if pattern.pattern.startswith("(?") and _GLOBAL_FLAGS.match(pattern.pattern):
        return pattern
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    first = None if _has_search_prefix(parsed) else _first_characters(parsed)
    return pattern if first is None else re.compile(f"(?=[{first}]){pattern.pattern}", pattern.flags)


def add_first_character_lookaheads(namespace: dict[str, Any]) -> None:
    """Put :func:`with_first_character_lookahead` on every compiled pattern of a module
    (``globals()``): its regexes stay as written, and a pattern added later gets it too."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = with_first_character_lookahead(value)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _starts_with_boundary(node: Any) -> bool:
    """Does every match of the parsed pattern begin with ``\b``?"""
    if not node:
        return False
    op, av = node[0]
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.SUBPATTERN:
        return _starts_with_boundary(av[3])
    if op is _c.BRANCH:
        return all(_starts_with_boundary(branch) for branch in av[1])
    return False


@lru_cache(maxsize=4096)
def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` shared by every detector of the process. Detectors built from specs
    that differ in one rule (the judge's leave-one-model-out estimate builds about 400, see
    ``prism/holdout.py``) compile the rule subsets they have in common once: a subset's
    regex costs tens of milliseconds to compile, far more than a scan, and ``re``'s own
    cache is too small for these subsets."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    """The shared detector over the default taxonomy (compiled once per process)."""
    return Detector()
