"""Unit tests for the detector: context rules, spans, evidence and replacements."""

from __future__ import annotations

import pytest

from safellava.biometrics import ATTRIBUTES, Detector, Mention, default_detector


@pytest.fixture(scope="module")
def det() -> Detector:
    return default_detector()


@pytest.mark.parametrize(
    "text",
    [
        "A person in a white shirt walks a black dog past an old building.",
        "The photo was taken in a dark room with a white background.",
        "He is running a race in a European city.",  # only gender may fire here
        "A thin strap holds a heavy bag on the large table.",
        "The old car and the older house are brown.",
        "The building has dark windows and a blue door.",
        "The runway ends at a large body of water.",
        "An earth-toned bathroom with two-toned tiles.",
        # a held-out review: the photo's colours, then a clause about the people in it
        "The image is in black and white, depicting people walking in the rain.",
        "A black and white photograph, showing a group of people at a station.",
    ],
)
def test_context_rules_reject_non_person_uses(det: Detector, text: str) -> None:
    found = det.attributes(text) - {"gender"}
    assert found == set(), det.find(text)


@pytest.mark.parametrize(
    ("text", "attribute", "surface"),
    [
        ("a young woman", "age", "young"),
        ("a young woman", "gender", "woman"),
        ("an elderly man sits", "age", "elderly"),
        ("an old man sits", "age", "old"),
        ("she smiles", "gender", "she"),
        ("his hat", "gender", "his"),
        ("a boy plays", "age", "boy"),
        ("a boy plays", "gender", "boy"),
        ("a heavy-set person", "weight", "heavy-set"),
        ("a muscular person", "weight", "muscular"),
        ("a thin man", "weight", "thin"),
        ("the person is overweight", "weight", "overweight"),
        ("a person with blue eyes", "eye_color", "blue"),
        ("her eyes are a striking green", "eye_color", "green"),
        ("a brown-eyed child", "eye_color", "brown"),
        ("an Asian person", "race", "Asian"),
        ("a person of South Asian descent", "race", "of South Asian descent"),
        ("an African-American runner", "race", "African-American"),
        ("a Black woman", "race", "Black"),
        ("a person with dark skin", "race", "dark skin"),
        ("someone in her early 30s", "age", "in her early 30s"),
        ("the person is 6 months old", "age", "6 months old"),
        ("a person with grey hair", "age", "grey hair"),
        ("a person with a beard", "gender", "beard"),
        ("a person of about 180 lbs", "weight", "180 lbs"),
    ],
)
def test_mentions_and_spans(det: Detector, text: str, attribute: str, surface: str) -> None:
    mentions = [m for m in det.find(text) if m.attribute == attribute]
    assert [text[m.start : m.end] for m in mentions] == [surface]


def test_evidence_includes_licensing_context(det: Detector) -> None:
    (mention,) = det.find("a person with blue eyes", ["eye_color"])
    assert mention == Mention("eye_color", 14, 18, "blue eyes", "", False)


def test_pronoun_replacement_carries_case_and_agreement(det: Detector) -> None:
    text = "She is tall. Give it to her. He has her bag and his own. She's here."
    got = [(text[m.start : m.end], m.replacement, m.plural_verb) for m in det.find(text)]
    assert got == [
        ("She", "They", True),
        ("her", "them", False),
        ("He", "They", True),
        ("her", "their", False),
        ("his", "their", False),
        ("She's", "They're", False),
    ]


def test_dual_attribute_terms_get_attribute_specific_replacements(det: Detector) -> None:
    assert {m.replacement for m in det.find("A boy runs.", ["gender"])} == {"child"}
    assert {m.replacement for m in det.find("A boy runs.")} == {"person"}
    assert [m.replacement for m in det.find("The women wait.")] == ["people"]


def test_adjectives_are_dropped(det: Detector) -> None:
    text = "An elderly Asian man with blue eyes."
    assert [(m.attribute, m.replacement) for m in det.find(text) if m.attribute != "gender"] == [
        ("age", ""),
        ("race", ""),
        ("eye_color", ""),
    ]


def test_find_rejects_unknown_attribute(det: Detector) -> None:
    with pytest.raises(ValueError):
        det.find("a man", ["height"])


def test_attributes_matches_find(det: Detector) -> None:
    text = "A young Asian woman with blue eyes and a slim build, 27 years old."
    assert det.attributes(text) == {m.attribute for m in det.find(text)} == set(ATTRIBUTES)


def test_values_only_ignores_attribute_names(det: Detector) -> None:
    text = "I cannot determine the age or eye color of the person."
    assert det.attributes(text) == {"age", "eye_color"}
    assert det.attributes(text, values_only=True) == set()


def test_empty_text(det: Detector) -> None:
    assert det.find("") == [] and det.attributes("") == set()


@pytest.mark.parametrize(
    ("text", "surface", "replacement"),
    [
        ("two male skiers", "male", ""),
        ("a female doctor", "female", ""),
        ("Male and female athletes compete.", "Male and female", ""),
        ("a young female student", "female", ""),
        ("the male is tall", "male", "person"),  # a noun: the gendered-nouns rule
        ("the female sitting on a bench", "female", "person"),
        ("A male and a female walk.", "female", "person"),
    ],
)
def test_male_female_as_a_modifier_is_dropped(det: Detector, text: str, surface: str, replacement: str) -> None:
    got = {(text[m.start : m.end], m.replacement) for m in det.find(text) if m.attribute == "gender"}
    assert (surface, replacement) in got


@pytest.mark.parametrize(
    ("text", "surface", "replacement", "attributes"),
    [
        ("The child's hat.", "child's", "person's", {"age"}),
        ("The woman's bag.", "woman's", "person's", {"gender"}),
        ("The man's hat.", "man's", "person's", {"gender"}),
        ("The boy's kite.", "boy's", "person's", {"age", "gender"}),
        ("The girl's bike.", "girl's", "person's", {"age", "gender"}),
        ("The lady's umbrella.", "lady's", "person's", {"age", "gender"}),
        ("The girls' bikes.", "girls'", "people's", {"age", "gender"}),
        ("The children's toys.", "children's", "people's", {"age"}),
        ("The woman’s bag.", "woman’s", "person’s", {"gender"}),  # typographic apostrophe
        ("The boys play.", "boys", "people", {"age", "gender"}),  # was "person"
    ],
)
def test_possessives_and_plurals_of_person_nouns(
    det: Detector, text: str, surface: str, replacement: str, attributes: set[str]
) -> None:
    mentions = det.find(text)
    assert {m.attribute for m in mentions} == attributes
    assert {(text[m.start : m.end], m.replacement) for m in mentions} == {(surface, replacement)}


def test_gender_only_rewrite_keeps_the_age_noun_in_possessives_and_plurals(det: Detector) -> None:
    assert [m.replacement for m in det.find("The boy's kite.", ["gender"])] == ["child's"]
    assert [m.replacement for m in det.find("The girls play.", ["gender"])] == ["children"]


def test_fast_path_equals_the_exact_ignorecase_scan(det: Detector) -> None:
    """The detector scans ASCII-lower-cased text case-sensitively; it must find exactly what
    the plain IGNORECASE alternation finds on the original text, whatever the casing."""
    base = [
        "An elderly Asian man with blue eyes, in his early 30s, about 180 lbs; she's slim.",
        "The WOMAN’s daughter is a Young Girl with Dark Skin and GREEN-EYED looks.",
        "Two MALE skiers and a heavy-set, Bearded gentleman of South Asian descent.",
        "Été: a boy’s grandmother, wrinkled, grey-haired; Café owner, an OLD Señora.",
        "İ am a man; ſhe is a woman; a \u212aid.",  # characters IGNORECASE folds to ASCII
    ]
    texts = [variant for text in base for variant in (text, text.upper(), text.swapcase(), text.title())]
    exact = Detector(det.taxonomy)
    exact._foldable = [False] * len(exact._foldable)  # every family on the IGNORECASE path
    for text in texts:
        assert det.find(text) == exact.find(text), text
        assert det.find(text, ["gender"]) == exact.find(text, ["gender"]), text
        assert det.attributes(text) == exact.attributes(text), text


def test_the_fast_regex_shortcuts_keep_the_matches(det: Detector) -> None:
    """The fast regexes put a first-character lookahead before each rule and try the rules
    that need no word start (after a comma, at a line start, "toned") apart from the others:
    the matches stay those of the plain alternation, also where such a rule fires."""
    texts = [
        "Parks are fun, by helping children learn; kids often enjoy them, while teenagers tend to sleep.",
        "eyes: blue\n- eye colour: green\nHair: brown, eyes: hazel; iris: grey",
        "A toned, well-toned athlete with untoned arms and a toned-down look; old man, young woman.",
        "Women's rights and children's health matter to the boys' mother and his father.",
    ]
    exact = Detector(det.taxonomy)
    exact._foldable = [False] * len(exact._foldable)
    for text in texts:
        assert det.find(text)  # each one exercises the rules
        assert det.find(text) == exact.find(text), text
        assert det.attributes(text, values_only=True) == exact.attributes(text, values_only=True), text


def test_first_characters_and_word_starts_of_a_pattern() -> None:
    from safellava.biometrics.detector import _first_characters, _never_inside_word, _parse

    assert _first_characters(_parse(r"\b(?:his|her)\s+age")) == "h"
    assert _first_characters(_parse(r"(?:,\s*)?\bold")) == ",o"
    assert _first_characters(_parse(r"(?<=\d)\d+\s*(?:lbs|kg)")) == r"\d"
    assert _first_characters(_parse(r"(?:old)?")) is None  # can match the empty string
    assert _first_characters(_parse(r"[^,]old")) is None
    assert _never_inside_word(_parse(r"(?<![\w-])toned"))
    assert _never_inside_word(_parse(r"(?:[,;]|\bby)\s+eyes"))
    assert not _never_inside_word(_parse(r"(?:x|,)eyes"))
    assert not _never_inside_word(_parse(r"(?:,)?eyes"))
    # a lookbehind for a space or a newline, or a line start, puts no word character before it
    assert _never_inside_word(_parse(r"(?=kids)(?:(?<=\blike\s)|(?<=\n)|^)kids"))
    assert not _never_inside_word(_parse(r"(?:(?<=\blike\s)|(?<=e))kids"))  # (after "e": inside "ekids")
    assert not _never_inside_word(_parse(r"(?<=\s|x)kids"))


def test_the_strings_every_match_holds() -> None:
    """A rule is scanned only where one of the strings that every match of it holds is in the
    text: read from the literals that must match, never from optional or negated parts, and
    none where its anchors (already in the text) say as much."""
    from safellava.biometrics.detector import _parse, _required_strings

    asian = frozenset({"asian", "thai"})
    assert _required_strings(_parse(r"\b(?:city|town)\s+is\s+(?:asian|thai)\b"), asian) == {"city", "town"}
    assert _required_strings(_parse(r"\b(?:asian|thai)\s+(?:cuisine|food)"), asian) == {"cuisine", "food"}
    assert _required_strings(_parse(r"black(?=\s+(?:man|woman))"), frozenset({"black"})) == {"man", "woman"}
    assert _required_strings(_parse(r"\b(?:is|are)\s+asian"), asian) is None  # "is" is too short to tell
    assert _required_strings(_parse(r"(?:city\s+)?asian"), asian) is None  # optional
    assert _required_strings(_parse(r"black(?!\s+cats)"), frozenset({"black"})) is None  # negated
    assert _required_strings(_parse(r"(?:city|is)\s+asian"), asian) is None  # one alternative tells nothing


def test_skipping_rules_whose_strings_are_missing_keeps_the_matches(det: Detector) -> None:
    texts = [
        "The city is Asian in style, and the food is Thai; an Asian man sells it at the market.",
        "An Asian man and a Black woman walk past a European building.",
        "The architecture looks Mediterranean; the old man in the square is of Indian descent.",
    ]
    every_rule = Detector(det.taxonomy)
    every_rule._required = {}
    assert det._required  # (the taxonomy has such rules)
    for text in (variant for text in texts for variant in (text, text.upper(), text.lower())):
        assert det.find(text) == every_rule.find(text), text
        assert det.attributes(text, values_only=True) == every_rule.attributes(text, values_only=True), text


def test_a_first_character_lookahead_keeps_the_matches() -> None:
    """:func:`with_first_character_lookahead` puts a lookahead only where ``re`` cannot skip
    ahead itself, and the guarded pattern finds the same matches (also without case)."""
    import re

    from safellava.biometrics.detector import with_first_character_lookahead

    text = "The Man, a man and THE woman; (the boy) and an elderly man, the OLD man."
    for source, flags in (
        (r"(?<![ \t])(?:[ \t]+(?:and|with))?[ \t]+(?:the|an?)[ \t]+(man|woman)\b", 0),
        (r"\b(?:(the)[ \t]+)?(?:old|elderly)?[ \t]*(man|boy)\b", re.IGNORECASE),
    ):
        plain = re.compile(source, flags)
        guarded = with_first_character_lookahead(plain)
        assert guarded.pattern.startswith("(?=[") and guarded.flags == plain.flags
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
    for source in (r",[ \t]*and", r"[A-Z]\w+", r"(?:old)?", r"(?i)\bman"):  # skipped ahead already / unknown
        plain = re.compile(source)
        assert with_first_character_lookahead(plain) is plain


def test_only_four_non_ascii_characters_fold_to_ascii_letters() -> None:
    import re

    from safellava.biometrics.detector import _SPECIAL_FOLDS

    folding = {chr(code) for code in range(128, 0x30000) if re.fullmatch("[a-z]", chr(code), re.IGNORECASE)}
    assert folding == set(_SPECIAL_FOLDS)


def test_the_fast_word_cut_equals_the_token_regex(det: Detector) -> None:
    """ASCII text is cut into words with ``bytes.translate``/``split``, not :data:`TOKEN`:
    the words anchors can hit and the mentions found must be the same."""
    from safellava.biometrics.taxonomy import TOKEN

    texts = [
        "A 30-year-old man, 180lbs; she's a girl_friend (blonde)abc123woman <image>\n!",
        "Two MEN and\ta woman's son.\n\nThe elderly—no, the OLD lady's eyes: BLUE.",
        "",
        "1234 ... ---",
        "Été: the señora’s BOY, a \u212aid, İ am—a woman.",  # not ASCII: the regex cut
    ]
    slow = Detector(det.taxonomy)
    slow._letters_only = False  # the TOKEN path, as for a taxonomy with number anchors
    assert det._letters_only
    for text in texts:
        lowered = text.lower()
        assert det._words(lowered) == [token.encode() for token in TOKEN.findall(lowered) if token.isalpha()], text
        assert det.find(text) == slow.find(text), text
        assert det.attributes(text) == slow.attributes(text), text


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a capitalised title next to a capitalised name is part of the name (third review)
        ("Super Mario Galaxy: collect Power Stars and rescue Princess Peach.", []),
        ("The Legend of Zelda: Twilight Princess is a popular game.", []),
        ("Lady Gaga is performing on stage.", []),
        ("Mother Teresa was known for charity work.", []),
        ("The Girl Scouts sell cookies.", []),
        ("The man is striking the Thinking Man pose.", ["man"]),
        # a person or attribute word next to it makes a description, not a name
        ("1. Young Woman: she wears a red dress.", ["Young", "Woman", "she"]),
        ("The Young Man waves.", ["Young", "Man"]),
        # the same words lower-case, or in a text in capitals, are people
        ("The princess waves at the camera.", ["princess"]),
        ("THE MAN IS HOLDING A BAT.", ["MAN"]),
    ],
)
def test_a_title_inside_a_proper_name_is_no_attribute(det: Detector, text: str, surfaces: list[str]) -> None:
    assert [text[m.start : m.end] for m in det.find(text, ["age", "gender"])] == surfaces
    assert bool(det.attributes(text) & {"age", "gender"}) == bool(surfaces)


def test_a_sentence_about_animals_keeps_their_age_and_sex_in_a_text_about_people_too(det: Detector) -> None:
    text = (
        "The man in the image is taking a photo. Zebras form harems of one dominant male, several adult "
        "females, and their young (foals). A couple of older individuals can be seen petting the animals."
    )
    assert [text[m.start : m.end] for m in det.find(text)] == ["man", "older"]


def test_a_person_word_before_the_animal_of_its_sentence_is_still_a_person(det: Detector) -> None:
    # dev split: the animal comes after the word, so the sentence can still be about a person
    text = (
        "Having both an adult and a child participating in the herding process can be beneficial. The adult "
        "brings their experience and knowledge of sheep behavior."
    )
    assert [text[m.start : m.end] for m in det.find(text)] == ["adult", "child", "adult"]


def test_leftmost_first_gives_the_alternations_matches() -> None:
    """Rule-by-rule matches merged are those of the one alternation: leftmost first, the
    earlier pattern on a tie, the next search where the match ended (overlaps resolved)."""
    import re

    from safellava.biometrics.detector import _leftmost_first

    patterns = [r"\bold\s+man\b", r"man\s+and\s+(?:a\s+)?woman", r"\bman\b", r"\b(?:young|old)\b", r"\w+man\b"]
    text = "An old man and a woman; the young man, a woman and a man and woman; old, older; a snowman and a mailman."
    alternation = re.compile("|".join(f"(?P<r{i}>{pattern})" for i, pattern in enumerate(patterns)))
    merged = _leftmost_first([re.compile(f"(?P<r{i}>{p})") for i, p in enumerate(patterns)], text)
    expected = [(m.lastgroup, m.span()) for m in alternation.finditer(text)]
    assert [(m.lastgroup, m.span()) for m in merged] == expected
    assert len({group for group, _ in expected}) == 5  # every pattern wins somewhere


def test_leftmost_first_stops_where_only_silent_patterns_are_left() -> None:
    """Exempt rules' patterns (silent) still shadow the others where they win, but are searched
    only while another pattern has a match ahead: the matches are the alternation's, up to where
    none but silent ones follow."""
    import re

    from safellava.biometrics.detector import _leftmost_first

    patterns = [r"\bat\s+a\s+young\s+age\b", r"\bold\s+man\b", r"\b(?:young|old)\b", r"\bmany\s+old\s+\w+"]
    alternation = re.compile("|".join(f"(?P<r{i}>{pattern})" for i, pattern in enumerate(patterns)))
    compiled = [re.compile(f"(?P<r{i}>{p})") for i, p in enumerate(patterns)]
    silent = frozenset({0, 3})
    for text in (
        "He learned at a young age; an old man; a young dog; at a young age again; many old toys.",
        "at a young age, many old toys",
        "many old toys and an old man",
        "nothing here",
    ):
        expected = [(m.lastgroup, m.span()) for m in alternation.finditer(text)]
        lazy = [(m.lastgroup, m.span()) for m in _leftmost_first(compiled, text, silent)]
        assert lazy == expected[: len(lazy)]
        assert all(int(group[1:]) in silent for group, _ in expected[len(lazy) :])
        assert [(m.lastgroup, m.span()) for m in _leftmost_first(compiled, text)] == expected
    # all silent: nothing is searched, nothing comes
    assert list(_leftmost_first(compiled, "an old man, many old toys", frozenset(range(4)))) == []


def test_no_rule_matches_the_empty_string(det: Detector) -> None:
    """The rule-by-rule scan moves on by each match's end, so no rule may match nothing."""
    import re

    for part in det._parts:
        assert re._parser.parse(part).getwidth()[0] > 0, part


def test_the_rule_by_rule_scan_equals_the_compiled_subsets(det: Detector, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule subset is scanned rule by rule until it has been met often, then by its compiled
    alternation: both give the same mentions on real records, for the whole text and one
    attribute."""
    import json
    from pathlib import Path

    from safellava.biometrics import detector as module

    sample = Path(__file__).resolve().parents[2] / "data/sample/instruct/llava_instruct_150k.sample.json"
    texts = [turn["value"] for record in json.loads(sample.read_text()) for turn in record["conversations"]]
    by_rule, compiled = Detector(det.taxonomy), Detector(det.taxonomy)

    def scan(detector: Detector) -> list[tuple[list[Mention], list[Mention], set[str]]]:
        return [(detector.find(text), detector.find(text, ["gender"]), detector.attributes(text)) for text in texts]

    monkeypatch.setattr(module, "_COMPILE_AFTER", 10**9)
    rule_by_rule = scan(by_rule)
    assert not any(len(key) > 1 for key in by_rule._compiled)  # (one-rule subsets are the rules' own regexes)
    assert any(count > 1 for count in by_rule._scanned.values())
    monkeypatch.setattr(module, "_COMPILE_AFTER", 1)
    assert scan(compiled) == rule_by_rule
    assert any(len(key) > 1 for key in compiled._compiled)
