"""The checks every rewrite must pass, whichever backend wrote it.

A rewrite is accepted only when (1) the detector finds none of the protected attributes in
it, (2) it keeps the ``<image>`` token exactly as often as the original, and (3) it keeps
the rest of the text: the *similarity* of the non-biometric words of the original (the
words outside the detector's spans) to the words of the rewrite is at least a bound from
params. The similarity is the ratio of difflib over word sequences, ``2·matched / (len(a) +
len(b))``, so it drops both when facts are lost and when text is added, which is what an
LLM that followed an instruction hidden in the data ("ignore previous instructions and ...")
does. The words matched in order come from :mod:`safellava.alignment`, linear in the
text's length (difflib's own search is quadratic: minutes for one long turn).
:func:`preserved_share` (recall of the non-biometric words) is what the docs and tests
report for the local rewriter.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from safellava.alignment import matched
from safellava.biometrics.detector import Detector, Mention
from safellava.records import IMAGE_TOKEN

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (punctuation and spacing do not count as facts)."""
    return _WORD.findall(text.lower())


def kept_words(original: str, mentions: Sequence[Mention]) -> list[str]:
    """The words of ``original`` outside every mention span: what a rewrite must keep."""
    pieces: list[str] = []
    position = 0
    for mention in sorted(mentions, key=lambda item: item.start):
        if mention.start >= position:
            pieces.append(original[position : mention.start])
            position = mention.end
    pieces.append(original[position:])
    return words(" ".join(pieces))


def similarity(original: str, rewrite: str, mentions: Sequence[Mention]) -> float:
    """``2·matched / (len(a) + len(b))`` over the original's non-biometric words and the
    rewrite's words, matched in order (0..1)."""
    expected, actual = kept_words(original, mentions), words(rewrite)
    if not expected and not actual:
        return 1.0
    return 2 * matched(expected, actual) / (len(expected) + len(actual))


def preserved_share(original: str, rewrite: str, mentions: Sequence[Mention]) -> float:
    """Share of the original's non-biometric words still present in the rewrite (recall)."""
    expected = Counter(kept_words(original, mentions))
    total = sum(expected.values())
    if not total:
        return 1.0
    return sum((expected & Counter(words(rewrite))).values()) / total


def check_rewrite(
    original: str,
    rewrite: str,
    detector: Detector,
    attributes: Sequence[str],
    min_similarity: float,
    original_mentions: Sequence[Mention] | None = None,
    remaining: Sequence[Mention] | None = None,
) -> str | None:
    """``None`` when ``rewrite`` is acceptable, else the reason it is not.

    Mentions already found by the caller can be passed in to save detector scans.
    """
    if not rewrite.strip():
        return "empty rewrite"
    if rewrite.count(IMAGE_TOKEN) != original.count(IMAGE_TOKEN) or (
        IMAGE_TOKEN in original and _image_side(original) != _image_side(rewrite)
    ):
        return f"{IMAGE_TOKEN} token moved or lost"
    if remaining is None:
        remaining = detector.find(rewrite, attributes)
    leaked = sorted({mention.attribute for mention in remaining})
    if leaked:
        return f"rewrite still mentions {', '.join(leaked)}"
    if min_similarity <= 0:
        return None
    if original_mentions is None:
        original_mentions = detector.find(original, attributes)
    score = similarity(original, rewrite, original_mentions)
    if score < min_similarity:
        return f"rewrite keeps too little of the original (similarity {score:.2f} < {min_similarity})"
    return None


def _image_side(text: str) -> str:
    """Where the ``<image>`` token sits: LLaVA puts it first or last in the human turn."""
    stripped = text.strip()
    return "start" if stripped.startswith(IMAGE_TOKEN) else "end" if stripped.endswith(IMAGE_TOKEN) else "middle"
