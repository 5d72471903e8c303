"""Whether an edit kept the text readable, judged by the data itself, not by the detector.

The detector decides what must go and the rewriter removes it; both would grade their own
work if the leakage gate or ``preserved_share`` were the only measure. This module knows
neither: it compares each edited turn (``before`` → ``after``) with statistics of the input
corpus and a little English grammar, and flags the word pairs the edit *created* (pairs of
the changed stretch of ``after`` that the same stretch of ``before`` does not have) when
they are:

``novel_bigram``            a pair that never occurs in the input corpus although its two words are
                            frequent enough that it would be expected at least ``min_expected``
                            times if they were independent (``count(a)·count(b)/N``), and that the
                            corpus does not have with a gendered pronoun in place of a neutral one
                            ("their tie" is fine when "his tie" occurs): "their from", "helps
                            their appreciate", "as ,"; rare words ("person's kite") are never
                            flagged, because absence says nothing about them;
``stranded_function_word``  a determiner, preposition or conjunction followed by punctuation or by
                            another function word, or doubled punctuation: "among and", "under of",
                            "and.", "the .", ",,";
``duplicated_person``       two person nouns coordinated with each other: "a person, a person or
                            person", "four people and two people", "people, primarily people";
``person_animal``           a person noun right before an animal noun: "two person horses", "The
                            person elephant";
``pronoun_case``            a neutral pronoun in the wrong case or number: "their" before a word the
                            corpus has after "to" but never after "their" or "his" ("help their
                            conserve": object "her" read as possessive), "they" before an "-s" word
                            the corpus has after "he"/"she" but never after "they" ("they wants").

Tokens are words and single punctuation marks, lower-cased. The corpus statistics
(:class:`CorpusStatistics`) are built in one streaming, vectorised pass with bounded memory:
word counts in hashed buckets, and the set of seen word pairs as a Bloom filter of
``2**sketch_bits`` bits (a false positive can only hide a flag, never raise one).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

NOVEL_BIGRAM = "novel_bigram"
STRANDED = "stranded_function_word"
DUPLICATED_PERSON = "duplicated_person"
PERSON_ANIMAL = "person_animal"
PRONOUN_CASE = "pronoun_case"
REASONS = (NOVEL_BIGRAM, STRANDED, DUPLICATED_PERSON, PERSON_ANIMAL, PRONOUN_CASE)

# A token is a run of word characters (ASCII letters, digits, "_", and every non-ASCII
# character) or one ASCII punctuation mark, in lower case. The corpus pass finds the same
# tokens with numpy on the UTF-8 bytes (a non-ASCII character is bytes >= 0x80, all "word").
# (Written as negated/explicit ASCII classes: ``re`` matches those much faster than a class
# with the range U+0080..U+10FFFF.)
_TOKEN = re.compile(r"[^\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]+|[\x00-\x08\x0e-\x1f!-/:-@\[-^`{-~\x7f]")
_SEPARATOR = "\x00"  # between texts of a batch: pairs across it are not counted
_MASK64 = (1 << 64) - 1
_BASE = 0x100000001B3  # odd: polynomial hash of a token's bytes, mod 2**64
_BASE_INVERSE = pow(_BASE, -1, 1 << 64)
_PAIR = 0x9E3779B97F4A7C15  # Fibonacci hashing: token hashes -> pair key -> filter slot
_BUCKET = 0xC2B2AE3D27D4EB4F

_DETERMINERS = frozenset("a an the their his her its this these those my your our some each every another".split())
# Prepositions that cannot end a phrase (unlike "in", "on", "up", "over", which are also adverbs).
_PREPOSITIONS = frozenset(
    "of among amongst under between with from into onto than about towards toward during via".split()
)
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
# (Matched on lower-cased text: without IGNORECASE ``re`` runs it several times faster.)
# Kinship nouns count when the same one repeats: "a parent, a parent or a person".
_DUPLICATED_PERSON = re.compile(
    r"\b(person|people|parents?|child|children|spouses?|siblings?|partners?|relatives?)\b(?:,|,? and|,? or)?[ \t]+"
    r"(?:(a|an|the|another|one|two|three|four|five|six|several|some|other|primarily|mostly|mainly|many|few|their)[ "
    r"\t]+)?"
    r"(person|people|parents?|child|children|spouses?|siblings?|partners?|relatives?)\b"
)
_NEUTRAL_NOUNS = frozenset(("person", "people"))
# "the person and other people", "the person and the people in the background" are fine:
# with two different nouns only a counting or bare coordination is a merge ("three people
# and a person", "people, a person").
_CONTRASTING = frozenset("the other their some several many few".split())
# Neutral pronouns and the gendered pronoun that fills the same slot with the same case: a
# created pair with a neutral pronoun is plausible English when the corpus has it with the
# gendered one ("their tie" ~ "his tie", "situation they" ~ "situation he"). "her" is left
# out: it is both possessive and object, so it would vouch for "help their relieve" ("help
# her relieve"). Nouns are left out too: ", man" occurs, ", person supervision" is broken.
_GENDERED_EQUIVALENT = {
    "their": ("his",),
    "theirs": ("his",),
    "they": ("he", "she"),
    "them": ("him",),
    "themself": ("himself", "herself"),
}


@dataclass(frozen=True)
class FaithfulnessConfig:
    """``params.yaml`` ``clean.faithfulness`` (read by ``validate`` too, so both grade alike)."""

    min_expected: float = 1.0
    """A never-seen pair is flagged only when independence predicts at least this many."""
    sketch_bits: int = 28
    """log2 of the Bloom filter's bits (2**28 bits = 32 MiB; ~1% false positives at 10M pairs)."""

    def __post_init__(self) -> None:
        if self.min_expected <= 0:
            raise ValueError("clean.faithfulness.min_expected must be positive")


def tokens(text: str) -> list[str]:
    """Lower-cased words and punctuation marks of ``text``."""
    return _TOKEN.findall(text.lower())


@lru_cache(maxsize=1 << 16)
def token_hash(token: str) -> int:
    """The hash the corpus pass gives ``token``: sum of byte_i * BASE**i, mod 2**64."""
    value, power = 0, 1
    for byte in token.encode("utf-8"):
        value = (value + byte * power) & _MASK64
        power = (power * _BASE) & _MASK64
    return value


def _token_hashes(text: str) -> np.ndarray:
    """The hashes of the tokens of ``text`` (lower-cased), in order, computed with numpy:
    prefix sums of byte_i * BASE**i give every token's hash at once (linear time)."""
    data = np.frombuffer(text.lower().encode("utf-8"), dtype=np.uint8)
    if not len(data):
        return np.zeros(0, dtype=np.uint64)
    word = ((data >= 97) & (data <= 122)) | ((data >= 48) & (data <= 57)) | (data == 95) | (data >= 128)
    punctuation = ~word & (data != 32) & ((data < 9) | (data > 13))
    before = np.concatenate(([False], word[:-1]))
    after = np.concatenate((word[1:], [False]))
    starts = np.flatnonzero(punctuation | (word & ~before))
    ends = np.flatnonzero(punctuation | (word & ~after)) + 1
    powers, inverse = _powers(len(data))
    with np.errstate(over="ignore"):
        prefix = np.concatenate(
            (np.zeros(1, dtype=np.uint64), np.cumsum(data.astype(np.uint64) * powers, dtype=np.uint64))
        )
        return (prefix[ends] - prefix[starts]) * inverse[starts]


_POWER_TABLES: list[np.ndarray] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]


def _powers(length: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE**i and BASE**-i for i < ``length`` (mod 2**64). The tables are kept and grown,
    never recomputed per batch: they were a third of the corpus pass's time. They are as long
    as the longest batch (16 bytes per byte of text: 32 MB for the default 2 M characters)."""
    if len(_POWER_TABLES[0]) < length:
        size = -(-length // (1 << 20)) << 20  # whole MiB: few regrowths, little to spare
        one = np.ones(1, dtype=np.uint64)
        with np.errstate(over="ignore"):
            _POWER_TABLES[0] = np.concatenate((one, np.cumprod(np.full(size - 1, _BASE, dtype=np.uint64))))
            _POWER_TABLES[1] = np.concatenate((one, np.cumprod(np.full(size - 1, _BASE_INVERSE, dtype=np.uint64))))
    return _POWER_TABLES[0][:length], _POWER_TABLES[1][:length]


class CorpusStatistics:
    """Word counts and seen word pairs of a corpus, in bounded memory, built in one pass.

    Word counts live in ``2**count_bits`` hashed buckets (a rare word may share a bucket and
    look a little more frequent); seen pairs in a Bloom filter of ``2**sketch_bits`` bits
    (one bit per pair: an unseen pair rarely looks seen). Both are fixed-size, so memory does
    not grow with the corpus, and each text is read once with vectorised work.
    """

    def __init__(self, sketch_bits: int = 28, count_bits: int = 21) -> None:
        if not 10 <= sketch_bits <= 36:
            raise ValueError(f"sketch_bits must be between 10 and 36, not {sketch_bits}")
        self.sketch_bits = sketch_bits
        self.count_bits = count_bits
        self.counts = np.zeros(1 << count_bits, dtype=np.int64)
        self.total = 0
        self.seen_pairs = np.zeros(1 << (sketch_bits - 3), dtype=np.uint8)
        self._separator = np.uint64(token_hash(_SEPARATOR))
        # The corpus verdicts on created pairs, (first, second, min_expected) -> (pronoun
        # case, novel): edits create few distinct pairs ("the person", "person is" again and
        # again), so most lookups are answered here. Cleared whenever the corpus grows.
        self.verdicts: dict[tuple[str, str, float], tuple[bool, bool]] = {}

    @classmethod
    def from_texts(cls, texts: Iterable[str], batch_chars: int = 2_000_000, **options: int) -> CorpusStatistics:
        """Statistics of every text (streamed: ``batch_chars`` of text in memory at a time)."""
        statistics = cls(**options)
        statistics.extend(texts, batch_chars)
        return statistics

    def extend(self, texts: Iterable[str], batch_chars: int = 2_000_000) -> None:
        """:meth:`add` ``texts`` ``batch_chars`` of text at a time, so the token hashes of a
        large batch never sit in memory at once (the result does not depend on the grouping)."""
        batch: list[str] = []
        size = 0
        for text in texts:
            batch.append(text)
            size += len(text)
            if size >= batch_chars:
                self.add(batch)
                batch, size = [], 0
        if batch:
            self.add(batch)

    def add(self, texts: Sequence[str]) -> None:
        """Count the words and remember the word pairs of ``texts`` (pairs never span two texts)."""
        self.verdicts.clear()
        hashes = _token_hashes(_SEPARATOR.join(texts))
        words = hashes[hashes != self._separator]
        # Unbuffered ``ufunc.at`` adds every repeated index (a word, a byte of the filter set
        # by several pairs): several times faster than a full-size ``bincount`` or a sort.
        np.add.at(self.counts, self._buckets(words).astype(np.intp), 1)
        self.total += len(words)
        if len(hashes) < 2:
            return
        left, right = hashes[:-1], hashes[1:]
        keep = (left != self._separator) & (right != self._separator)
        slots = self._slots(left[keep], right[keep])
        if not len(slots):
            return
        masks = np.left_shift(np.uint8(1), (slots & np.uint64(7)).astype(np.uint8))
        np.bitwise_or.at(self.seen_pairs, (slots >> np.uint64(3)).astype(np.intp), masks)

    def _buckets(self, hashes: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return (hashes * np.uint64(_BUCKET)) >> np.uint64(64 - self.count_bits)

    def _slots(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return ((left * np.uint64(_PAIR) + right) * np.uint64(_BUCKET)) >> np.uint64(64 - self.sketch_bits)

    def count(self, word: str) -> int:
        """How often ``word`` occurs (its bucket's count)."""
        return int(self.counts.item((token_hash(word) * _BUCKET & _MASK64) >> (64 - self.count_bits)))

    def seen(self, first: str, second: str) -> bool:
        """Whether the pair occurs in the corpus (a Bloom filter: rarely true for an unseen pair)."""
        key = (token_hash(first) * _PAIR + token_hash(second)) & _MASK64
        slot = (key * _BUCKET & _MASK64) >> (64 - self.sketch_bits)
        return bool(self.seen_pairs.item(slot >> 3) & (1 << (slot & 7)))

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


_MARGIN = 48  # characters of unchanged context kept around the changed stretch


def changed_region(before: str, after: str) -> tuple[str, str, int]:
    """The stretches of ``before`` and ``after`` that hold every difference, with at least
    ``_MARGIN`` characters of common context cut at a space, and the offset of the second
    in ``after``. Word pairs outside them are the same in both texts, so only these need
    tokenising. The common prefix and suffix are found by bisection on slice equality
    (C-speed comparisons, O(n log n) characters at worst)."""
    shorter = min(len(before), len(after))
    low, high = 0, shorter
    while low < high:
        middle = (low + high + 1) // 2
        if before[:middle] == after[:middle]:
            low = middle
        else:
            high = middle - 1
    prefix = low
    low, high = 0, shorter - prefix
    while low < high:
        middle = (low + high + 1) // 2
        if before[len(before) - middle :] == after[len(after) - middle :]:
            low = middle
        else:
            high = middle - 1
    suffix = low
    start = after.rfind(" ", 0, max(prefix - _MARGIN, 0)) + 1 if prefix > _MARGIN else 0
    cut = after.find(" ", len(after) - suffix + _MARGIN) if suffix > _MARGIN else -1
    tail = len(after) - cut if cut != -1 else 0
    return before[start : len(before) - tail], after[start : len(after) - tail], start


def created_pairs(before: str, after: str) -> set[tuple[str, str]]:
    """The word pairs of ``after`` that ``before`` does not have: what the edit made."""
    old, new = tokens(before), tokens(after)
    return set(zip(new, new[1:])) - set(zip(old, old[1:]))


def assess(before: str, after: str, corpus: CorpusStatistics, min_expected: float = 1.0) -> list[Flag]:
    """Every damaged spot the edit ``before`` → ``after`` created (empty: looks faithful),
    in the order of the text."""
    before, after, offset = changed_region(before, after)
    found: list[tuple[str, tuple[str, str]]] = []
    for first, second in created_pairs(before, after):
        if _stranded(first, second):
            found.append((STRANDED, (first, second)))
        if first in _PERSON and second in _ANIMALS:
            found.append((PERSON_ANIMAL, (first, second)))
        wrong_case, novel = _corpus_verdict(first, second, corpus, min_expected)
        if wrong_case:
            found.append((PRONOUN_CASE, (first, second)))
        if novel:
            found.append((NOVEL_BIGRAM, (first, second)))
    flags: list[Flag] = []
    lowered = after.lower()
    same_length = len(lowered) == len(after)  # then every character lowers to one: same offsets
    if found:
        # Where each created pair is: every occurrence in ``after`` (none is in ``before``).
        spans: dict[tuple[str, str], list[tuple[int, int]]] = {pair: [] for _, pair in found}
        matches = list(_TOKEN.finditer(lowered if same_length else after))
        words = [match.group() for match in matches] if same_length else [match.group().lower() for match in matches]
        for position, pair in enumerate(zip(words, words[1:])):
            if pair in spans:
                spans[pair].append((offset + matches[position].start(), offset + matches[position + 1].end()))
        flags = [Flag(reason, " ".join(pair), start, end) for reason, pair in found for start, end in spans[pair]]
    if same_length and ("person" in lowered or "people" in lowered):
        duplicated = [match for match in _DUPLICATED_PERSON.finditer(lowered) if _merged(match)]
        already = (
            Counter(match.group() for match in _DUPLICATED_PERSON.finditer(before.lower()) if _merged(match))
            if duplicated
            else Counter()
        )
        for match in duplicated:
            if already[match.group()] > 0:
                already[match.group()] -= 1
            else:
                flags.append(Flag(DUPLICATED_PERSON, match.group(), offset + match.start(), offset + match.end()))
    return sorted(flags, key=lambda flag: (flag.start, flag.reason))


_MAX_VERDICTS = 1 << 17  # memo entries kept before it starts afresh (bounded memory)


def _corpus_verdict(first: str, second: str, corpus: CorpusStatistics, min_expected: float) -> tuple[bool, bool]:
    """Whether the created pair has the wrong pronoun case and whether it is a novel bigram
    (memoised in ``corpus.verdicts`` until the corpus changes)."""
    key = (first, second, min_expected)
    verdict = corpus.verdicts.get(key)
    if verdict is None:
        if len(corpus.verdicts) >= _MAX_VERDICTS:
            corpus.verdicts.clear()
        novel = (
            not corpus.seen(first, second)
            and corpus.expected(first, second) >= min_expected
            and not _attested(first, second, corpus)
        )
        verdict = corpus.verdicts[key] = (_wrong_case(first, second, corpus), novel)
    return verdict


def _merged(match: re.Match[str]) -> bool:
    first, determiner, second = match.groups()
    if first not in _NEUTRAL_NOUNS or second not in _NEUTRAL_NOUNS:
        return first == second  # "a parent and a child" are two people; "a parent, a parent" one
    return first == second or determiner not in _CONTRASTING


def _attested(first: str, second: str, corpus: CorpusStatistics) -> bool:
    """Whether the corpus has the pair with a gendered word in place of its neutral one."""
    return any(corpus.seen(other, second) for other in _GENDERED_EQUIVALENT.get(first, ())) or any(
        corpus.seen(first, other) for other in _GENDERED_EQUIVALENT.get(second, ())
    )


def _wrong_case(first: str, second: str, corpus: CorpusStatistics) -> bool:
    """ "their conserve" (a verb: seen after "to", never after "their"/"his") and "they wants"
    (seen after "he"/"she", never after "they"): corpus evidence of case and number."""
    if first == "their" and not second.endswith("ing"):  # "their dressing up" is a gerund
        return not corpus.seen("their", second) and not corpus.seen("his", second) and corpus.seen("to", second)
    if first == "they" and second.endswith("s") and not second.endswith("ss"):
        return not corpus.seen("they", second) and (corpus.seen("he", second) or corpus.seen("she", second))
    return False


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
