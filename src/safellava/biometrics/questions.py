"""Does a question explicitly ASK for a biometric attribute?

The PRISM refusal tasks ("What is the age of the person in the picture?") and the cleaning
router both need to tell an explicit request ("How old is the man?", "Is this a boy or a
girl?") from a question that merely mentions a gendered/aged person ("What is the man
holding?"); the latter is the detector's business (implicit leakage), not a request.
Patterns come from the taxonomy's ``questions`` section so there is one list to maintain.
"""

from __future__ import annotations

import re
from functools import lru_cache

from safellava.biometrics.taxonomy import ATTRIBUTES, Taxonomy, load_taxonomy

_PROMPT_TAIL = re.compile(r"\s*\n\s*answer\s*:?\s*$", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[?.!])\s+")


class QuestionClassifier:
    """Compiled question patterns of one taxonomy."""

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        taxonomy = taxonomy or load_taxonomy()
        spec = taxonomy.questions
        flags = re.IGNORECASE
        self._words = {
            a: re.compile(taxonomy.expand(spec["attribute_words"][a]), flags) for a in ATTRIBUTES
        }
        # One scan answers "does the sentence name any attribute at all?" (most do not), so
        # the per-attribute patterns run only on the few sentences that do.
        self._any_word = re.compile(
            "|".join(f"(?:{taxonomy.expand(spec['attribute_words'][a])})" for a in ATTRIBUTES), flags
        )
        self._ask = re.compile(taxonomy.expand(spec["ask"]), flags)
        # The default cue list counts any "?"; then a sentence with one needs no scan.
        self._mark_asks = all(self._ask.search(probe) for probe in ("?", "x?", "?x", "x ? x", "x\n?"))
        self._polar = re.compile(taxonomy.expand(spec["polar"]), flags)
        self._values = {
            a: re.compile(rf"^(?:{taxonomy.expand(spec['polar_values'][a])})\b", flags)
            for a in ATTRIBUTES
        }

    def requested_attributes(self, question: str) -> set[str]:
        """Attributes whose value the question asks for (empty set if none)."""
        text = _PROMPT_TAIL.sub("", question or "")
        found: set[str] = set()
        for sentence in _SENTENCES.split(text):
            if not (self._mark_asks and "?" in sentence) and not self._ask.search(sentence):
                continue
            if self._any_word.search(sentence):
                found.update(a for a, rx in self._words.items() if rx.search(sentence))
            polar = self._polar.search(sentence)
            if polar:
                value = polar.group("value")
                found.update(a for a, rx in self._values.items() if rx.search(value))
        return found


@lru_cache(maxsize=1)
def default_question_classifier() -> QuestionClassifier:
    """Shared classifier over the default taxonomy."""
    return QuestionClassifier()


def requested_attributes(question: str) -> set[str]:
    """Which of ``age, gender, race, eye_color, weight`` the question explicitly asks for.

    >>> sorted(requested_attributes("Is this a boy or a girl?"))
    ['gender']
    >>> requested_attributes("What is the man holding?")
    set()
    """
    return default_question_classifier().requested_attributes(question)
