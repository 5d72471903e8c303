"""Whether an edit kept the text readable, judged by the data itself, not by the detector.

The detector decides what must go and the rewriter removes it; both would grade their own
work if the leakage gate or ``preserved_share`` were the only measure. This module knows
neither: it compares each edited turn (``before`` → ``after``) with statistics of the input
corpus and a little English grammar, and flags the word pairs the edit *created* (pairs of
``after`` that ``before`` does not have, as a multiset: linear time) when they are:

``novel_bigram``            a pair that never occurs in the input corpus although its two words are
                            frequent enough that it would be expected at least ``min_expected``
                            times if they were independent (``count(a)·count(b)/N``): "person
                            horses", "their from", "as ,"; rare words ("person's kite") are
                            never flagged, because absence says nothing about them;
``stranded_function_word``  a determiner, preposition or conjunction followed by punctuation or by
                            another function word, or doubled punctuation: "among and", "under of",
                            "and.", "the .", ",,";
``duplicated_person``       two person nouns coordinated with each other: "a person, a person or
                            person", "four people and two people", "people, primarily people";
``person_animal``           a person noun right before an animal noun: "two person horses", "The
                            person elephant".

Tokens are words (``\\w+``) and single punctuation marks, lower-cased. The corpus statistics
(:class:`CorpusStatistics`) are built in one streaming pass with bounded memory: exact word
counts over a capped vocabulary, and the set of seen word pairs as a Bloom filter of
``2**sketch_bits`` bits (a false positive can only hide a flag, never raise one).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

NOVEL_BIGRAM = "novel_bigram"
STRANDED = "stranded_function_word"
DUPLICATED_PERSON = "duplicated_person"
PERSON_ANIMAL = "person_animal"
REASONS = (NOVEL_BIGRAM, STRANDED, DUPLICATED_PERSON, PERSON_ANIMAL)

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SEPARATOR = "\x00"  # between texts of a batch: pairs across it are not counted
_HASH_INT = 0x9E3779B97F4A7C15  # Fibonacci hashing of a pair key into the filter
_HASH = np.uint64(_HASH_INT)
_MASK64 = (1 << 64) - 1

_DETERMINERS = frozenset("a an the their his her its this these those my your our some each every another".split())
# Prepositions that cannot end a phrase (unlike "in", "on", "up", "over", which are also adverbs).
_PREPOSITIONS = frozenset("of among amongst under between with from into onto than about towards toward during via".split())
_CONJUNCTIONS = frozenset("and or but nor".split())
_CLOSING = frozenset(".,;:!?)")
_FUNCTION = _DETERMINERS | _PREPOSITIONS | _CONJUNCTIONS
_PERSON = frozenset("person people persons individual individuals child children".split())
_ANIMALS = frozenset(
    """horse horses pony ponies foal foals elephant elephants giraffe giraffes zebra zebras cow cows
    bull bulls calf calves cattle sheep lamb lambs goat goats pig pigs dog dogs puppy puppies cat cats
    kitten kittens bear bears bird birds ostrich ostriches duck ducks goose geese chicken chickens
    hen hens rooster roosters pigeon pigeons seagull seagulls swan swans parrot parrots owl owls
    eagle eagles lion lions tiger tigers monkey monkeys deer rabbit rabbits mouse mice squirrel
    squirrels fish animal animals""".split()
)
# "a person, a person", "person or person", "four people and two people", "people, primarily people"
_DUPLICATED_PERSON = re.compile(
    r"\b(?:person|people)\b(?:,|,? and|,? or)?[ \t]+(?:(?:a|an|the|another|one|two|three|four|five|six|several|some|"
    r"other|primarily|mostly|mainly|many|few|their)[ \t]+)?(?:person|people)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FaithfulnessConfig:
    """``params.yaml`` ``clean.faithfulness`` (read by ``validate`` too, so both grade alike)."""

    min_expected: float = 1.0
    """A never-seen pair is flagged only when independence predicts at least this many."""
    sketch_bits: int = 28
    """log2 of the Bloom filter's bits (2**28 bits = 32 MiB; ~1% false positives at 10M pairs)."""

    @classmethod
    def from_params(cls, values: dict[str, Any] | None) -> FaithfulnessConfig:
        values = dict(values or {})
        unknown = set(values) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown clean.faithfulness params: {sorted(unknown)}")
        config = cls(min_expected=float(values.get("min_expected", cls.min_expected)), sketch_bits=int(values.get("sketch_bits", cls.sketch_bits)))
        if config.min_expected <= 0:
            raise ValueError("clean.faithfulness.min_expected must be positive")
        return config


def tokens(text: str) -> list[str]:
    """Lower-cased words and punctuation marks of ``text``."""
    return _TOKEN.findall(text.lower())


class _Vocabulary(dict[str, int]):
    """Word → id (from 1), capped: words past the cap map to 0 and are not stored."""

    def __init__(self, cap: int) -> None:
        super().__init__()
        self.cap = cap

    def __missing__(self, word: str) -> int:
        if len(self) >= self.cap:
            return 0
        self[word] = index = len(self) + 1
        return index


class CorpusStatistics:
    """Word counts and seen word pairs of a corpus, in bounded memory, built in one pass."""

    def __init__(self, sketch_bits: int = 28, max_vocabulary: int = 1 << 21) -> None:
        if not 10 <= sketch_bits <= 36:
            raise ValueError(f"sketch_bits must be between 10 and 36, not {sketch_bits}")
        self.sketch_bits = sketch_bits
        self.vocabulary = _Vocabulary(max_vocabulary)
        self.separator = self.vocabulary[_SEPARATOR]
        self.counts = np.zeros(1024, dtype=np.int64)
        self.total = 0
        self.seen_pairs = np.zeros(1 << (sketch_bits - 3), dtype=np.uint8)

    @classmethod
    def from_texts(cls, texts: Iterable[str], batch_chars: int = 2_000_000, **options: int) -> CorpusStatistics:
        """Statistics of every text (streamed: ``batch_chars`` of text in memory at a time)."""
        statistics = cls(**options)
        batch: list[str] = []
        size = 0
        for text in texts:
            batch.append(text)
            size += len(text)
            if size >= batch_chars:
                statistics.add(batch)
                batch, size = [], 0
        if batch:
            statistics.add(batch)
        return statistics

    def add(self, texts: Sequence[str]) -> None:
        """Count the words and remember the word pairs of ``texts`` (pairs never span two texts)."""
        words = tokens(_SEPARATOR.join(texts))
        ids = np.fromiter(map(self.vocabulary.__getitem__, words), dtype=np.int64, count=len(words))
        counted = np.bincount(ids, minlength=len(self.vocabulary) + 1)
        if len(counted) > len(self.counts):
            self.counts = np.concatenate([self.counts, np.zeros(len(counted) - len(self.counts) + 1024, dtype=np.int64)])
        self.counts[: len(counted)] += counted
        self.counts[self.separator] = self.counts[0] = 0
        self.total = int(self.counts.sum())
        if len(ids) < 2:
            return
        left, right = ids[:-1], ids[1:]
        keep = (left != self.separator) & (right != self.separator) & (left != 0) & (right != 0)
        slots = np.sort(self._slots(left[keep], right[keep]))
        # Sorted slots touch the filter in order (memory-friendly); a byte set by several
        # slots gets all their bits at once.
        byte = slots >> np.uint64(3)
        masks = np.left_shift(np.uint8(1), (slots & np.uint64(7)).astype(np.uint8))
        if not len(byte):
            return
        starts = np.flatnonzero(np.concatenate(([True], byte[1:] != byte[:-1])))
        self.seen_pairs[byte[starts].astype(np.intp)] |= np.bitwise_or.reduceat(masks, starts)

    def _slots(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        keys = (left.astype(np.uint64) << np.uint64(32)) | right.astype(np.uint64)
        return (keys * _HASH) >> np.uint64(64 - self.sketch_bits)

    def count(self, word: str) -> int:
        """How often ``word`` occurs (0 for a word past the vocabulary cap)."""
        index = self.vocabulary.get(word, 0)
        return int(self.counts[index]) if index and index < len(self.counts) else 0

    def seen(self, first: str, second: str) -> bool:
        """Whether the pair occurs in the corpus (a Bloom filter: rarely true for an unseen pair)."""
        left, right = self.vocabulary.get(first, 0), self.vocabulary.get(second, 0)
        if not left or not right:
            return False
        slot = (((left << 32) | right) * _HASH_INT & _MASK64) >> (64 - self.sketch_bits)
        return bool(self.seen_pairs[slot >> 3] & (1 << (slot & 7)))

    def expected(self, first: str, second: str) -> float:
        """How often the pair would occur if its words were independent: ``c(a)·c(b)/N``."""
        return self.count(first) * self.count(second) / self.total if self.total else 0.0


@dataclass(frozen=True)
class Flag:
    """One damaged spot of an edited text: why, the words, and where they are in ``after``."""

    reason: str
    evidence: str
    start: int
    end: int


def created_pairs(before: str, after: str) -> list[tuple[str, str, int, int]]:
    """The word pairs of ``after`` that ``before`` does not have (multiset difference), with
    the character span of each in ``after``: what the edit made."""
    old = tokens(before)
    available = Counter(zip(old, old[1:]))
    matches = list(_TOKEN.finditer(after))
    created = []
    for first, second in zip(matches, matches[1:]):
        pair = (first.group().lower(), second.group().lower())
        if available[pair] > 0:
            available[pair] -= 1
        else:
            created.append((*pair, first.start(), second.end()))
    return created


def assess(before: str, after: str, corpus: CorpusStatistics, min_expected: float = 1.0) -> list[Flag]:
    """Every damaged spot the edit ``before`` → ``after`` created (empty: looks faithful)."""
    flags: list[Flag] = []
    for first, second, start, end in created_pairs(before, after):
        evidence = f"{first} {second}"
        if _stranded(first, second):
            flags.append(Flag(STRANDED, evidence, start, end))
        if first in _PERSON and second in _ANIMALS:
            flags.append(Flag(PERSON_ANIMAL, evidence, start, end))
        if corpus.expected(first, second) >= min_expected and not corpus.seen(first, second):
            flags.append(Flag(NOVEL_BIGRAM, evidence, start, end))
    if "person" in after or "people" in after:
        already = Counter(match.group().lower() for match in _DUPLICATED_PERSON.finditer(before))
        for match in _DUPLICATED_PERSON.finditer(after):
            phrase = match.group().lower()
            if already[phrase] > 0:
                already[phrase] -= 1
            else:
                flags.append(Flag(DUPLICATED_PERSON, phrase, match.start(), match.end()))
    return flags


def _stranded(first: str, second: str) -> bool:
    if first in _DETERMINERS:
        return second in _FUNCTION or second in _CLOSING
    if first in _PREPOSITIONS or first in _CONJUNCTIONS:
        return second in _CONJUNCTIONS or second in _PREPOSITIONS or second in _CLOSING
    if first in ",;:":
        return second in _CLOSING
    return first in ".!?" and second in ",;:"


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|[.!?]+", re.MULTILINE)
_IMAGE = "<image>"


def drop_sentences(text: str, flags: Sequence[Flag]) -> str | None:
    """``text`` without the sentences that hold a flagged spot; ``None`` when nothing with a
    word would be left (the ``<image>`` token is kept wherever it was)."""
    spans = [(flag.start, flag.end) for flag in flags]
    pieces: list[str] = []
    position = 0
    for sentence in _SENTENCE.finditer(text):
        if any(start < sentence.end() and end > sentence.start() for start, end in spans):
            pieces.append(text[position : sentence.start()])
            if _IMAGE in sentence.group():
                pieces.append(_IMAGE)
            position = sentence.end()
    pieces.append(text[position:])
    shortened = re.sub(r"[ \t]{2,}", " ", "".join(pieces)).strip(" \t")
    shortened = re.sub(r"[ \t]+\n", "\n", shortened)
    if not re.search(r"\w", shortened.replace(_IMAGE, "")):
        return None
    return shortened
