"""What a reader sees in a text: the view the detector scans, with offsets back to the original.

Text tricks carry an attribute past a word-level detector while a reader (or a model trained
on the text) still reads it: a zero-width space or a soft hyphen inside a word
(``wo\u200bman``), a Cyrillic or Greek look-alike letter (``wоman`` with Cyrillic "о"),
fullwidth or mathematical letters (``ｗｏｍａｎ``, ``𝐰𝐨𝐦𝐚𝐧``), combining marks drawn over a
letter, and markup around or inside words (``_blue eyes_``, ``**woman**``, ``<b>old</b>
man``). :func:`normalise` builds the text as read:

* Unicode NFKC (compatibility forms: fullwidth, mathematical, ligatures, no-break spaces);
* format characters (category ``Cf``: zero-width space/joiners, soft hyphen, bidi controls,
  BOM) and combining marks left over after NFKC (marks that form no precomposed letter:
  underlines, strokes, "zalgo") removed, so a letter with a real accent ("é", "Malé") stays
  as written and never turns into an English word;
* look-alike letters folded to their ASCII letter where the word is otherwise Latin (it
  holds an ASCII letter): a Russian or Greek word stays as it is;
* markdown emphasis (``*``, ``_``, ``~``) and inline HTML tags (``<b>``, ``<em>``, ...)
  removed, so they neither glue to a word (``_`` is a word character for ``\\b``) nor stand
  between a word and its context ("**blue** eyes").

The detector never rewrites the view. It finds mentions in it and maps each span back
(:meth:`TextView.span`), so a span covers exactly the original characters it was read from:
the rewrite replaces the whole ``wo\u200bman`` with "person", keeps ``**woman**``'s markup
around "person", and leaves every character outside a span byte-identical. A span whose
replacement is empty (the word is dropped) takes its emphasis along (``*young* man`` ->
``person``), so no empty ``**`` is left behind.

Cost: ASCII text without markup characters -- almost every LLaVA turn -- is returned as is
after ``str.isascii`` and four substring tests (no copy, no map); other text pays one regex
pass over its special characters and a per-word fold only where a look-alike letter occurs.

Library choice: ``unicodedata`` (standard library) does NFKC and the character categories.
Look-alikes come from ``confusable-homoglyphs`` (MIT), which ships the Unicode consortium's
``confusables.txt`` (UTS #39) as data; we read its table once and keep, for every non-ASCII
character, its ASCII-letter look-alike where there is exactly one. Transliterators
(``unidecode``, ``anyascii``) were rejected: they map by sound, not by shape (Cyrillic "р"
becomes "r", not the "p" a reader sees) and would turn genuine Cyrillic words into Latin
ones; ``confusables``/``homoglyphs`` packages are unmaintained since 2020-2021.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_EMPHASIS = "*_~"
_TAG = r"</?(?i:b|i|u|s|em|strong|mark|del|ins|sub|sup|small|big|span|font|code|tt)\b[^<>]*>"
_TAG_START = re.compile(_TAG)
# Where the view may differ: an emphasis character, a "<" (maybe an inline tag) or a
# non-ASCII character; one character class is scanned much faster than an alternation.
# Case-sensitive: under IGNORECASE "ſ" and "K" would count as ASCII letters.
_SPECIAL = re.compile(r"[*_~<\x80-\U0010ffff]")
_EMPHASIS_RUN = re.compile(r"[*_~]+")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_MARKUP = re.compile(rf"[*_~]|{_TAG}")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_DROPPED_CATEGORIES = frozenset({"Cf", "Mn", "Me"})
_MORE_LOOKALIKES = {
    "\u03b7": "n",
    "\u03ba": "k",
    "\u03b5": "e",
    "\u03c4": "t",
    "\u03c9": "w",  # Greek η κ ε τ ω
    "\u043a": "k",
    "\u043c": "m",
    "\u0442": "t",
    "\u043f": "n",
    "\u0433": "r",  # Cyrillic к м т п г
}
"""Lower-case Greek and Cyrillic letters that a reader takes for a Latin one inside a Latin
word ("womaη", "мan") although UTS #39 does not list them (their shapes differ in some
fonts); the fold applies only inside otherwise Latin words, so real Greek or Russian text is
never touched."""


@dataclass(frozen=True)
class _Piece:
    """View characters ``[view_start, view_end)`` read from original ``[start, end)``; an
    ``exact`` piece maps character for character, any other as a whole."""

    view_start: int
    view_end: int
    start: int
    end: int
    exact: bool


class TextView:
    """``text`` as read, and the map from its offsets back to ``original``."""

    __slots__ = ("original", "text", "_pieces", "_starts")

    def __init__(self, original: str, text: str, pieces: tuple[_Piece, ...] = ()) -> None:
        self.original = original
        self.text = text
        self._pieces = pieces
        self._starts = [piece.view_start for piece in pieces] if pieces else ()

    @property
    def changed(self) -> bool:
        """False when the view is the original text itself (offsets are the same)."""
        return bool(self._pieces)

    def start(self, position: int) -> int:
        """Original offset where view character ``position`` begins."""
        if not self._pieces:
            return position
        if position >= len(self.text):
            return len(self.original)
        piece = self._pieces[bisect_right(self._starts, position) - 1]
        return piece.start + (position - piece.view_start) if piece.exact else piece.start

    def end(self, position: int) -> int:
        """Original offset right after view character ``position - 1`` (a span's end)."""
        if not self._pieces:
            return position
        if position <= 0:
            return 0
        piece = self._pieces[bisect_right(self._starts, position - 1) - 1]
        return piece.start + (position - piece.view_start) if piece.exact else piece.end

    def span(self, start: int, end: int, drop: bool = False) -> tuple[int, int]:
        """The original span that view span ``[start, end)`` was read from.

        Characters the view removed inside the span belong to it ("wo\u200bman"); those just
        outside stay outside ("**woman**" -> the span "woman"), except for a ``drop`` (the
        span is deleted, or replaced by a line break): then emphasis that encloses the span, or that pairs with emphasis
        inside it ("**Eyes:** blue"), goes with it, and a span that opens an emphasis
        takes the space after it instead of the one before it.
        """
        first, last = self.start(start), self.end(end)
        if not drop or not self._pieces:
            return first, last
        left = self.end(start) if start > 0 else 0
        right = self.start(end)
        original = self.original
        ends_line = self.text[end - 1 : end] == "\n"  # a whole line, its newline included
        whole_line = (left == 0 or original[left - 1] == "\n") and (
            ends_line or original[right : right + 1] in ("", "\n")
        )
        outer_left = _MARKUP.search(original, left, first) is not None
        outer_right = not ends_line and _MARKUP.search(original, last, right) is not None
        inner = _MARKUP.search(original, first, last) is not None
        if outer_left and (outer_right or inner or whole_line):
            first = left  # "*young*", "**Eyes:** blue", a "* " list marker with its line
        elif outer_left and original[last : last + 1] in (" ", "\t"):
            last += 1  # "_blue eyes_": the space goes, not the emphasis, giving "_eyes_"
        if outer_right and (outer_left or inner):
            last = right
        return first, last


def normalise(text: str) -> TextView:
    """The view of ``text`` the detector scans (see the module docstring)."""
    if (
        text.isascii()
        and "*" not in text
        and "_" not in text
        and "~" not in text
        and ("<" not in text or _TAG_START.search(text) is None)
    ):
        return TextView(text, text)
    pieces: list[_Piece] = []
    out: list[str] = []
    view_length = 0
    position = 0

    def keep(start: int, end: int) -> None:
        nonlocal view_length
        if start == end:
            return
        last = pieces[-1] if pieces else None
        if last is not None and last.exact and last.end == start and last.view_end == view_length:
            pieces[-1] = _Piece(last.view_start, view_length + end - start, last.start, end, True)
        else:
            pieces.append(_Piece(view_length, view_length + end - start, start, end, True))
        out.append(text[start:end])
        view_length += end - start

    scan = 0
    while (found := _SPECIAL.search(text, scan)) is not None:
        at = found.start()
        markup = (
            _EMPHASIS_RUN.match(text, at)
            if text[at] in _EMPHASIS
            else _TAG_START.match(text, at)
            if text[at] == "<"
            else None
        )
        if markup is not None:  # emphasis and tags are not read
            keep(position, at)
            position = scan = markup.end()
            continue
        if text[at] == "<":
            scan = at + 1
            continue
        run_end = _NON_ASCII_RUN.match(text, at).end()  # type: ignore[union-attr]
        if at > position and unicodedata.combining(text[at]):
            at -= 1  # the mark belongs to the letter before it: "o\u0301" is "ó"
        keep(position, at)
        position = scan = run_end
        for start, end in _clusters(text, at, run_end):
            cluster = text[start:end]
            read = "".join(
                char
                for char in unicodedata.normalize("NFKC", cluster)
                if char not in _EMPHASIS and unicodedata.category(char) not in _DROPPED_CATEGORIES
            )
            if read == cluster:
                keep(start, end)
            elif read:
                pieces.append(_Piece(view_length, view_length + len(read), start, end, False))
                out.append(read)
                view_length += len(read)
    keep(position, len(text))
    view = _fold_lookalikes("".join(out))
    if view == text:
        return TextView(text, text)
    return TextView(text, view, tuple(pieces))


def _clusters(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut before every character that is not a combining mark: a base
    character and the marks on it are normalised together."""
    cuts = [index for index in range(start, end) if index == start or not unicodedata.combining(text[index])]
    return list(zip(cuts, cuts[1:] + [end]))


def _fold_lookalikes(view: str) -> str:
    """Fold look-alike letters to ASCII in every word that also holds an ASCII letter (the
    fold maps one character to one, so offsets do not move). Only the words around a
    look-alike are looked at, each once."""
    if view.isascii():
        return view
    table = _lookalike_table()
    pieces: list[str] = []
    position = done = 0
    for run in _NON_ASCII_RUN.finditer(view):
        if run.start() < done or not any(ord(char) in table for char in run.group()):
            continue  # in the word just looked at, or no look-alike
        start = run.start()
        while start > done and view[start - 1].isalpha():
            start -= 1
        end = run.end()
        while end < len(view) and view[end].isalpha():
            end += 1
        done = end
        word = view[start:end]
        if _ASCII_LETTER.search(word):
            pieces.append(view[position:start])
            pieces.append(word.translate(table))
            position = end
    if not pieces:
        return view
    pieces.append(view[position:])
    return "".join(pieces)


@lru_cache(maxsize=1)
def _lookalike_table() -> dict[int, str]:
    """Non-ASCII character -> the one ASCII letter it looks like (UTS #39 confusables, and
    :data:`_MORE_LOOKALIKES`).

    The Unicode skeleton maps "I" and "l" alike to "l"; an upper-case look-alike of it
    (Cyrillic "І", Greek "Ι") is read as "I".
    """
    from confusable_homoglyphs.confusables import confusables_data

    table: dict[int, str] = {}
    for char, glyphs in confusables_data.items():
        if len(char) != 1 or char.isascii() or unicodedata.normalize("NFKC", char) != char:
            continue  # NFKC reads it already ("𝐰", "ｗ"); the view never holds it
        letters = {
            glyph["c"] for glyph in glyphs if len(glyph["c"]) == 1 and glyph["c"].isascii() and glyph["c"].isalpha()
        }
        if len(letters) == 1:
            letter = letters.pop()
            table[ord(char)] = "I" if letter == "l" and char.isupper() else letter
    table.update({ord(char): letter for char, letter in _MORE_LOOKALIKES.items()})
    return table
