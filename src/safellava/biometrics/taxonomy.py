"""The biometric taxonomy: every word list and phrase pattern of the project lives here.

Safe-LLaVA (arXiv 2509.00192) protects five attributes -- ``age, gender, race, eye_color,
weight`` -- and every stage (audit, cleaning rewriter, leakage gate, local PRISM judge) must
agree on what counts as revealing one of them. Keeping the lists in ONE declarative structure
(:data:`DEFAULT_SPEC`, read from the package's ``taxonomy.yaml``: plain dicts, lists and strings) means a
rule is changed in one place and every consumer follows; :func:`load_taxonomy` turns a spec
(optionally merged with overrides) into the compiled :class:`Taxonomy` the detector uses.

Spec format
-----------
``anchor_sets``
    Named word lists for ``anchors`` (``"@name"``). Five are special: ``animal`` and
    ``human`` -- a text (or, in a text that names both, a sentence) holding an ``animal``
    word and no ``human`` word is about animals, and rules marked ``animal_ambiguous`` are
    not tried in it ("the adult is larger than the baby" about two giraffes); a
    ``human_in_sentence`` word makes a sentence about people although herds are counted in
    it too ("20 individuals"); ``title`` and ``not_name`` -- a capitalised ``title`` word
    next to a capitalised word that is no ``not_name`` word and no person or attribute word
    is part of a proper name and reveals nobody's attribute ("Princess Peach", "Twilight
    Princess", "Lady Gaga", "Girl Scouts").
``vocab``
    Named regex alternations (``{name}`` placeholders in patterns expand to them), e.g. the
    person nouns that license a context-dependent adjective ("old *man*" but not "old
    *building*").
``rules``
    Ordered list; earlier rules win where matches would overlap, so phrases come before their
    parts ("middle-aged" before "aged", "of Asian descent" before "Asian"). A rule is either

    * ``terms``: ``{word: replacement}`` -- whole words, case-insensitive; a replacement
      may be ``{attribute: text}`` when it depends on what is removed ("boys": children
      for gender only, people when age goes too); or
    * ``pattern``: one regex (``{name}`` placeholders allowed). If it has groups named
      ``span``, ``span2``, ... the first that matched is the mention (the rest is licensing
      context, e.g. the colour in "blue eyes"); otherwise the whole match is.

    plus ``attributes`` (list) and optional ``names_attribute`` (the rule names the
    attribute -- "age", "eye color" -- instead of giving a value), ``replacement`` (pattern rules), ``replacements``
    (``{attribute: text}`` per-attribute overrides, e.g. "boy" is "child" when only gender is
    removed but "person" when age is removed too), ``anchors`` (pattern rules: lower-case
    words of which at least one must occur for the rule to be tried -- a speed filter,
    derived automatically for ``terms``; a word list, ``"@set"``, or a list of such groups
    that must ALL be present), ``plural_verb`` (the replacement is
    "they", so a following verb must become plural: "she is" -> "they are"),
    ``unless_followed_by`` (a regex the match must not be followed by: "baby" but not "baby
    elephant"), ``exempt`` (a phrase that describes nobody -- "at a young age", "shift
    their weight" -- matched only so that later rules of its family do not match inside
    it, never reported), ``unless_in_text`` (a regex that, found anywhere in the text,
    switches the rule off for that text), ``animal_ambiguous`` (see ``anchor_sets``),
    ``animal_text`` (the rule is tried only in a text about animals that names no person),
    ``person_text`` (the rule is tried only in a text that names a person), ``possessives``
    (terms rules: each one-word term's possessive is a term too, "policeman's" -> "police
    officer's") and ``note``.
``questions``
    The vocabulary of the question grammar in :mod:`safellava.biometrics.questions`
    (attribute nouns, verbs and nouns of asking, people, animals, values): word lists.
``referents``
    Word lists (``male``, ``female``, ``child``, ``baby``, ``young``, ``adult``; plurals name
    groups) that tell the rewriter
    (:mod:`safellava.cleaning.referents`) when two person nouns name different people, so that
    two who get the same neutral noun stay two ("the spouse smiles at the other spouse").
``refusal``
    The cue patterns used by :mod:`safellava.biometrics.refusal`. The refusal section names
    its rules (``objections``, ``declines``, ``answer_values`` per attribute, ``attributive``,
    ``description``, ``debris``); an override that sets one to ``null`` switches it off.

Which cues count was calibrated against the paper's published GPT/Gemini judge verdicts
(``data/reference/prism``; see ``docs/detector.md``): e.g. facial hair reveals gender, grey or
white hair and wrinkles reveal age, skin colour and ethnic attire reveal race, while
clothing ("dress", "makeup"), hairstyles ("afro") and a bare "man"/"woman" (for age) do not.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ATTRIBUTES: tuple[str, ...] = ("age", "gender", "race", "eye_color", "weight")
"""The five protected attributes, in the paper's order. Use exactly these names."""

REPLACEMENT_PRECEDENCE: tuple[str, ...] = ("age", "race", "weight", "eye_color", "gender")
"""When one span reveals several attributes, the replacement of the first attribute in this
order is used; the spec guarantees it is neutral for all of the span's attributes
("boy": age -> "person", which also removes gender)."""

SPEC_FILE = Path(__file__).with_name("taxonomy.yaml")
"""The default spec: a versioned data file shipped in the package (its header says how to read it)."""

SPEC_VERSION = 1
"""The spec format this module reads; a file of another version is refused, not half-read."""


def read_spec(path: str | Path = SPEC_FILE) -> dict[str, Any]:
    """Read a complete spec file (YAML) and check its ``version``.

    The version is checked because the loader reads a spec by key: a file written for another
    format would load "successfully" with rules silently missing, and a weaker detector makes
    the leakage gate weaker without anyone noticing.
    """
    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_YamlLoader) or {}
    version = data.pop("version", None)
    if version != SPEC_VERSION:
        raise ValueError(f"{path}: taxonomy spec version {version!r}, this code reads version {SPEC_VERSION}")
    return data


DEFAULT_SPEC: dict[str, Any] = read_spec()
"""The project's taxonomy, read once at import from :data:`SPEC_FILE`."""


@dataclass(frozen=True)
class Rule:
    """One compiled-ready detection rule (see the module docstring for the spec format)."""

    attributes: tuple[str, ...]
    pattern: str
    replacements: Mapping[str, Mapping[str, str]]
    """``{lower-cased surface text or '*': {attribute: replacement}}``; ``'*'`` is the
    fallback for pattern rules whose surface text varies."""
    anchors: tuple[frozenset[str], ...] = ()
    """Groups of lower-case words (tokens of :data:`TOKEN`): a text must contain a word of
    EVERY group for the rule to possibly match; no groups means always try the rule."""
    plural_verb: bool = False
    names_attribute: bool = False
    """True when the rule names the attribute ("age", "eye color", "weight") rather than
    giving a value: leakage in a description, but no answer to a question about it."""
    unless_followed_by: str = ""
    """A regex that must not match right after the rule's match ("baby" but not "baby
    elephant" or "baby bottle"); checked by the detector after the scan, so these long
    lists are compiled once and not into every rule-subset regex."""
    exempt: bool = False
    """True for a phrase that looks like a cue but describes nobody ("at a young age", "of
    all ages", "shift their weight"): it is matched so that the rules after it in its
    family cannot match inside it, and is never reported."""
    unless_in_text: str = ""
    """A regex that, found anywhere in a text, leaves the rule out for that text: "appealing
    to children" describes nobody in a picture of a cake, but next to "the child" it says
    what the depicted child is."""
    animal_ambiguous: bool = False
    """True when the rule's words describe animals as readily as people ("adult", "male",
    "mother", "muscular"): it is not tried in a text about animals that names no person."""
    animal_text: bool = False
    """True when the rule holds only where a text is about animals: it is tried only in a
    text that names animals and no person ("the mother and her calf" about two elephants,
    but "the woman stretches her calf")."""
    person_text: bool = False
    """True when the rule's words describe things as readily as people and only a person in
    the text makes them someone's: it is tried only in a text that names a person (a train's,
    a vase's or a toothbrush's "age" in a text about them alone is nobody's)."""
    note: str = ""

    def replacement_for(self, surface: str, attributes: frozenset[str]) -> str:
        """The neutral text for ``surface`` when the given attributes are being removed."""
        key = surface.lower()
        table = self.replacements.get(key)
        if table is None:  # "woman’s" (typographic apostrophe), "middle  aged"
            table = self.replacements.get(" ".join(key.replace("’", "'").split()), self.replacements["*"])
        chosen = next(iter(table.values()))
        for attribute in REPLACEMENT_PRECEDENCE:
            if attribute in attributes and attribute in table:
                chosen = table[attribute]
                break
        if "’" in surface:
            chosen = chosen.replace("'", "’")
        return chosen


@dataclass(frozen=True)
class Taxonomy:
    """A validated, placeholder-expanded taxonomy (what :func:`load_taxonomy` returns)."""

    rules: tuple[Rule, ...]
    vocab: Mapping[str, str]
    questions: Mapping[str, Any]
    refusal: Mapping[str, Any]
    spec: Mapping[str, Any] = field(repr=False)
    animal_words: frozenset[str] = frozenset()
    """Words that make a text about animals (``anchor_sets.animal``) ..."""
    human_words: frozenset[str] = frozenset()
    """... unless it also holds one of these (``anchor_sets.human``: person nouns, roles,
    and toy words such as "teddy", whose "bear" is no animal)."""
    sentence_human_words: frozenset[str] = frozenset()
    """... and a sentence about people also when it holds one of these
    (``anchor_sets.human_in_sentence``: "individuals", which herds have too)."""
    person_role_words: frozenset[str] = frozenset()
    """Roles that make a text name someone for ``person_text`` rules, beside the words above
    (``anchor_sets.person_role``: "runner", "umpire"); they judge no sentence about animals."""
    title_words: frozenset[str] = frozenset()
    """Words that are titles or parts of names when capitalised next to a name
    (``anchor_sets.title``: "Princess Peach", "Mother Teresa", "Boy Scouts")."""
    not_name_words: frozenset[str] = frozenset()
    """Capitalised words that are no name (``anchor_sets.not_name``: "The", "In", "Is")."""

    def expand(self, pattern: str) -> str:
        """Replace ``{name}`` placeholders with the (non-capturing) vocab alternations."""
        return _expand(pattern, self.vocab)


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
TOKEN = re.compile(r"[a-z]+|[0-9]+")
"""Tokeniser shared with the detector's anchor filter (applied to lower-cased text)."""
_LETTERS = re.compile(r"[a-z]+")
_LETTERS_OR_SPACE = bytes(code if 97 <= code <= 122 else 32 for code in range(256))


def letter_words(lowered: str) -> list[bytes]:
    """The runs of ``a-z`` in lower-cased text (the word tokens of :data:`TOKEN`), as ASCII
    bytes, for the word-set tests that decide whether a text needs a closer look. ASCII
    text -- almost all of it -- is cut at C speed: every byte that is not a letter becomes a
    space and ``bytes.split`` does the rest, three times faster than ``findall``."""
    if lowered.isascii():
        return lowered.encode("ascii").translate(_LETTERS_OR_SPACE).split()
    return [word.encode("ascii") for word in _LETTERS.findall(lowered)]


def _expand(pattern: str, vocab: Mapping[str, str]) -> str:
    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in vocab:
            raise KeyError(f"unknown vocab placeholder {{{name}}} in {pattern!r}")
        return vocab[name]

    # Quantifiers like {0,2} contain no letters, so they are left alone.
    return _PLACEHOLDER.sub(sub, pattern)


def _trie(words: list[str]) -> str:
    """Regex alternation of ``words`` as a prefix trie: the regex engine tries branches
    one by one, so factoring common prefixes keeps the big term lists fast."""
    if words == [""]:
        return ""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    branches = []
    for head in sorted(groups):
        if head == "":
            continue
        esc = {" ": r"\s+", "'": "['’]"}.get(head, re.escape(head))
        branches.append(esc + _trie(sorted(groups[head], key=len, reverse=True)))
    body = "|".join(branches)
    optional = "" in groups
    if optional:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def _with_possessives(terms: dict[str, Any]) -> dict[str, Any]:
    """``terms`` plus the possessive of each one-word term with a word for a replacement
    ("policeman's" -> "police officer's", "firemen's" -> "firefighters'"), unless given: the
    guard of :func:`_terms_pattern` keeps a term from matching inside its own possessive."""
    added = dict(terms)
    for word, replacement in terms.items():
        if not isinstance(replacement, str) or not replacement or not word.isalpha():
            continue
        owner = f"{replacement}'" if replacement.endswith("s") else f"{replacement}'s"
        added.setdefault(f"{word}'s", owner)
    return added


def _terms_pattern(terms: Mapping[str, str]) -> str:
    """Whole-word, case-insensitive match of any term; optional trie branches are greedy
    and the trailing guard rejects partial words, so the longest term wins."""
    return rf"\b{_trie(sorted(terms))}(?![\w-]|['’]\w)"


def _merge(base: Any, override: Any) -> Any:
    """Deep-merge ``override`` into ``base``: dicts merge key-wise, a ``rules`` list given
    in an override is appended (use ``{"replace_rules": [...]}`` to start afresh)."""
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            if key == "rules" and key in merged:
                merged[key] = list(merged[key]) + list(value)
            elif key == "replace_rules":
                merged["rules"] = list(value)
            else:
                merged[key] = _merge(merged.get(key), value) if key in merged else value
        return merged
    return copy.deepcopy(override)


def _anchor_groups(declared: Any, sets: Mapping[str, list[str]]) -> tuple[frozenset[str], ...]:
    """Normalise an ``anchors`` entry: ``"@set"``, a word list (one group), a list of
    word lists or a list of ``"@set"`` names (all groups required)."""
    if isinstance(declared, str):
        declared = sets[declared.lstrip("@")]
    if not declared:
        return ()
    named = all(isinstance(g, str) and g.startswith("@") for g in declared)
    groups = declared if named or not isinstance(declared[0], str) else [declared]
    return tuple(frozenset(str(w).lower() for w in (sets[g.lstrip("@")] if isinstance(g, str) else g)) for g in groups)


def load_taxonomy(spec: Mapping[str, Any] | None = None, overrides: Mapping[str, Any] | None = None) -> Taxonomy:
    """Build a :class:`Taxonomy` from a spec dict (default :data:`DEFAULT_SPEC`).

    ``overrides`` is deep-merged on top, so a project can add terms (extra ``rules``
    entries are appended, i.e. take lower precedence) or change a vocab entry without
    copying the whole spec. Raises ``ValueError`` on unknown attributes or malformed rules,
    because a silently ignored rule would make the leakage gate silently weaker.
    """
    raw = copy.deepcopy(dict(spec if spec is not None else DEFAULT_SPEC))
    if overrides:
        raw = _merge(raw, dict(overrides))
    vocab: dict[str, str] = {}
    for name, value in raw.get("vocab", {}).items():  # an entry may use the ones before it
        vocab[name] = f"(?:{_expand(value, vocab)})"
    rules: list[Rule] = []
    for index, item in enumerate(raw.get("rules", [])):
        attributes = tuple(item.get("attributes", ()))
        unknown = set(attributes) - set(ATTRIBUTES)
        if not attributes or unknown:
            raise ValueError(f"rule {index}: bad attributes {attributes!r}")
        overrides_by_attr = dict(item.get("replacements", {}))
        if ("terms" in item) == ("pattern" in item):
            raise ValueError(f"rule {index}: give exactly one of 'terms' or 'pattern'")
        if "terms" in item:
            terms = {str(k).lower(): v for k, v in item["terms"].items()}
            if item.get("possessives"):
                terms = _with_possessives(terms)
            pattern = _terms_pattern(terms)
            table = {}
            for word, repl in terms.items():
                if isinstance(repl, Mapping):  # per-attribute replacements of this term
                    fallback = str(next(iter(repl.values()), ""))
                    table[word] = {a: str(repl.get(a, overrides_by_attr.get(a, fallback))) for a in attributes}
                else:
                    table[word] = {a: str(overrides_by_attr.get(a, repl)) for a in attributes}
            table["*"] = next(iter(table.values()))
            anchors: tuple[frozenset[str], ...] = (frozenset(TOKEN.findall(word)[0] for word in terms),)
        else:
            pattern = _expand(item["pattern"], vocab)
            default = str(item.get("replacement", ""))
            table = {"*": {a: overrides_by_attr.get(a, default) for a in attributes}}
            anchors = _anchor_groups(item.get("anchors", ()), raw.get("anchor_sets", {}))
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"rule {index}: invalid regex: {exc}") from exc
        rules.append(
            Rule(
                attributes=attributes,
                pattern=pattern,
                replacements=table,
                anchors=anchors,
                plural_verb=bool(item.get("plural_verb", False)),
                names_attribute=bool(item.get("names_attribute", False)),
                exempt=bool(item.get("exempt", False)),
                unless_followed_by=_expand(str(item.get("unless_followed_by", "")), vocab),
                unless_in_text=_expand(str(item.get("unless_in_text", "")), vocab),
                animal_ambiguous=bool(item.get("animal_ambiguous", False)),
                animal_text=bool(item.get("animal_text", False)),
                person_text=bool(item.get("person_text", False)),
                note=str(item.get("note", "")),
            )
        )
    return Taxonomy(
        rules=tuple(rules),
        vocab=vocab,
        questions=raw.get("questions", {}),
        refusal=raw.get("refusal", {}),
        spec=raw,
        animal_words=frozenset(raw.get("anchor_sets", {}).get("animal", ())),
        human_words=frozenset(raw.get("anchor_sets", {}).get("human", ())),
        sentence_human_words=frozenset(raw.get("anchor_sets", {}).get("human_in_sentence", ())),
        person_role_words=frozenset(raw.get("anchor_sets", {}).get("person_role", ())),
        title_words=frozenset(raw.get("anchor_sets", {}).get("title", ())),
        not_name_words=frozenset(raw.get("anchor_sets", {}).get("not_name", ())),
    )


def load_taxonomy_file(path: str | Path, base: Mapping[str, Any] | None = None) -> Taxonomy:
    """Load overrides from a YAML or JSON file and merge them onto ``base`` (default spec)."""
    text = Path(path).read_text(encoding="utf-8")
    if str(path).endswith((".yaml", ".yml")):
        data = yaml.load(text, Loader=_YamlLoader) or {}
    else:
        import json

        data = json.loads(text)
    return load_taxonomy(base, overrides=data)
