"""The faithfulness signal on real damaged rewrites (issue 12's blind review) and real good ones.

The corpus is the bundled real sample (instruct + pretrain), the same kind of text the
signal sees in a run, so "never seen although expected" is measured against real counts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safellava.cleaning.faithfulness import (
    DUPLICATED_PERSON,
    NOVEL_BIGRAM,
    PERSON_ANIMAL,
    PRONOUN_CASE,
    STRANDED,
    CorpusStatistics,
    FaithfulnessConfig,
    assess,
    created_pairs,
    drop_sentences,
)
from safellava.config import build

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [
    ROOT / "data/sample/instruct/llava_instruct_150k.sample.json",
    ROOT / "data/sample/pretrain/blip_laion_cc_sbu_558k.sample10.json",
]


@pytest.fixture(scope="module")
def corpus() -> CorpusStatistics:
    texts = [
        turn["value"] for path in SAMPLES for record in json.loads(path.read_text()) for turn in record["conversations"]
    ]
    return CorpusStatistics.from_texts(texts, batch_chars=50_000, sketch_bits=20)


def reasons(before: str, after: str, corpus: CorpusStatistics) -> set[str]:
    return {flag.reason for flag in assess(before, after, corpus)}


# (original, damaged rewrite, a reason the signal must give): damage seen in issue 12's review.
DAMAGED = [
    (
        "There are two male horses grazing in the field.",
        "There are two person horses grazing in the field.",
        PERSON_ANIMAL,
    ),
    ("The baby elephant follows its mother.", "The person elephant follows its parent.", PERSON_ANIMAL),
    (
        "Tennis is popular among young and more athletic players.",
        "Tennis is popular among and more athletic players.",
        STRANDED,
    ),
    ("Children are typically under the age of four.", "Children are typically under of four.", STRANDED),
    (
        "Such meals raise the risk of obesity, heart disease, and diabetes, and obesity.",
        "Such meals raise the risk of heart disease, and diabetes, and.",
        STRANDED,
    ),
    (
        "It depends on the rider's ability, weight, and height.",
        "It depends on the rider's ability,, and height.",
        STRANDED,
    ),
    (
        "a woman, a man or child, brushing their hair",
        "a person, a person or person, brushing their hair",
        DUPLICATED_PERSON,
    ),
    (
        "There are four men and two women in the picture.",
        "There are four people and two people in the picture.",
        DUPLICATED_PERSON,
    ),
    (
        "The man and the woman are sitting at a table.",
        "The person and the person are sitting at a table.",
        DUPLICATED_PERSON,
    ),
    ("There are three women and a man posing.", "There are three people and a person posing.", DUPLICATED_PERSON),
    # held-out review: a repeated kinship noun in a list of alternatives
    ("It could be a mother, a father or a man.", "It could be a parent, a parent or a person.", DUPLICATED_PERSON),
]


@pytest.mark.parametrize(("before", "after", "reason"), DAMAGED)
def test_real_damaged_rewrites_are_flagged_with_their_reason(
    before: str, after: str, reason: str, corpus: CorpusStatistics
) -> None:
    assert reason in reasons(before, after, corpus)


def test_a_never_seen_pair_of_frequent_words_is_novel(corpus: CorpusStatistics) -> None:
    # "help their relieve": "their" is frequent, "relieve" is not, so independence predicts
    # less than one "their relieve" and absence is no evidence; "the ." is frequent both ways.
    assert corpus.count("their") > 50 and corpus.expected("the", ".") >= 1 and not corpus.seen("the", ".")
    assert NOVEL_BIGRAM in reasons("The man sits on the bench.", "The person sits on the .", corpus)
    assert NOVEL_BIGRAM not in reasons("It can help him relieve stress.", "It can help their relieve stress.", corpus)


GOOD = [
    ("A man is riding a horse.", "A person is riding a horse."),
    ("The woman is holding an umbrella while she walks.", "The person is holding an umbrella while they walk."),
    ("A young girl is flying a kite on the beach.", "A person is flying a kite on the beach."),
    ("Two men are playing frisbee in the park.", "Two people are playing frisbee in the park."),
    ("What is the man holding in his hand?\n<image>", "What is the person holding in their hand?\n<image>"),
    ("A man and a woman are sitting at a table.", "Two people are sitting at a table."),
    ("The girl's kite is flying high.", "The person's kite is flying high."),
    ("The man and other people are gathered.", "The person and other people are gathered."),
    ("The woman and the people in the background.", "The person and the people in the background."),
    (
        "As he is fixing his tie, he smiles.",
        "As they are fixing their tie, they smile.",
    ),  # "their tie": "his tie" occurs
]


@pytest.mark.parametrize(("before", "after"), GOOD)
def test_good_rewrites_are_not_flagged(before: str, after: str, corpus: CorpusStatistics) -> None:
    assert assess(before, after, corpus) == []


def test_only_pairs_the_edit_created_count() -> None:
    # "people and people" was in the original: the rewrite did not make it.
    before = "Both people and people's pets, and a man, are here."
    after = "Both people and people's pets, and a person, are here."
    assert created_pairs(before, after) == {("a", "person"), ("person", ",")}
    empty = CorpusStatistics.from_texts([before])
    assert assess(before, after, empty) == []


def test_flags_point_at_the_damage_in_the_rewrite(corpus: CorpusStatistics) -> None:
    after = "Horses graze here. There are two person horses grazing."
    flag = next(
        flag
        for flag in assess("Horses graze here. There are two male horses grazing.", after, corpus)
        if flag.reason == PERSON_ANIMAL
    )
    assert after[flag.start : flag.end] == "person horses" and flag.evidence == "person horses"


def test_drop_sentences_removes_only_the_damaged_sentence(corpus: CorpusStatistics) -> None:
    before = "The field is green. There are two male horses grazing. The sky is blue."
    after = "The field is green. There are two person horses grazing. The sky is blue."
    assert drop_sentences(after, assess(before, after, corpus)) == "The field is green. The sky is blue."
    lonely = "There are two person horses."
    assert drop_sentences(lonely, assess("There are two male horses.", lonely, corpus)) is None
    question = "<image>\nWhat are the two person horses doing?"
    assert drop_sentences(question, assess("<image>\nWhat are the two male horses doing?", question, corpus)) is None


def test_statistics_are_bounded_and_deterministic() -> None:
    texts = ["The cat sat on the mat, café-style.", "a dog ran in the park"]
    small = CorpusStatistics.from_texts(texts, sketch_bits=12, count_bits=10)
    assert small.seen_pairs.nbytes == 1 << 9 and len(small.counts) == 1 << 10
    assert small.count("the") == 3 and small.count("café") == 1 and small.total == 17
    assert (
        small.seen("the", "cat") and small.seen("mat", ",") and small.seen("café", "-") and not small.seen("cat", "the")
    )
    assert not small.seen(".", "a")  # no pair across two texts
    again = CorpusStatistics.from_texts(texts[:1], sketch_bits=12, count_bits=10)
    again.add(texts[1:])
    assert (again.seen_pairs == small.seen_pairs).all() and (again.counts == small.counts).all()


def test_config_rejects_unknown_and_bad_values() -> None:
    assert build(FaithfulnessConfig, {"min_expected": 2}, "clean.faithfulness").min_expected == 2.0
    with pytest.raises(ValueError, match="clean.faithfulness.min_expect"):
        build(FaithfulnessConfig, {"min_expect": 2}, "clean.faithfulness")
    with pytest.raises(ValueError, match="positive"):
        build(FaithfulnessConfig, {"min_expected": 0}, "clean.faithfulness")
    with pytest.raises(ValueError, match="sketch_bits"):
        CorpusStatistics(sketch_bits=4)


def test_the_corpus_pass_and_the_scoring_see_the_same_tokens() -> None:
    from safellava.cleaning.faithfulness import _token_hashes, token_hash, tokens

    texts = [turn["value"] for record in json.loads(SAMPLES[0].read_text())[:60] for turn in record["conversations"]]
    texts += ["Café ‘crème’ — naïve\u00a0ÉLAN… 3.5 m², x_y!!", "", "  \n "]
    for text in texts:
        assert _token_hashes(text).tolist() == [token_hash(token) for token in tokens(text)], text


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("x " * 60 + "the man rides" + " y" * 60, "x " * 60 + "the person rides" + " y" * 60),
        (
            "A man rides." + " filler" * 30 + " and a woman walks.",
            "A person rides." + " filler" * 30 + " and a person walks.",
        ),
        ("man", "person"),
        ("same text", "same text"),
        ("a b c d e f " * 20 + "tall man", "a b c d e f " * 20 + "person"),
    ],
)
def test_the_changed_region_loses_no_created_pair(before: str, after: str) -> None:
    from safellava.cleaning.faithfulness import changed_region

    old, new, offset = changed_region(before, after)
    assert after[offset : offset + len(new)] == new and created_pairs(old, new) == created_pairs(before, after)
    assert len(new) <= len(after)


def test_a_neutral_pronoun_is_vouched_for_by_its_gendered_form_in_the_same_slot() -> None:
    texts = ["He is fixing his tie.", "They are fixing the tie from the box.", "Their dog is here."] * 5
    corpus = CorpusStatistics.from_texts(texts, sketch_bits=16)
    assert not corpus.seen("their", "tie") and corpus.seen("his", "tie")
    assert [flag.reason for flag in assess("He fixes his tie.", "They fix their tie.", corpus, min_expected=0.1)] == []
    damaged = assess(
        "He takes the tie from his box.", "They take the tie from their from box.", corpus, min_expected=0.1
    )
    assert (NOVEL_BIGRAM, "their from") in [(flag.reason, flag.evidence) for flag in damaged]


def test_pronoun_case_and_number_errors_are_flagged_from_corpus_evidence() -> None:
    # held-out review: "help her conserve" -> "help their conserve" (object read as possessive),
    # "she's pleased ... and wants" -> "they're pleased ... and wants"; the corpus says
    # "conserve" follows "to" (a verb) and never "their"/"his", "wants" follows "he", not "they"
    corpus = CorpusStatistics.from_texts(
        [
            "The shade helps to conserve energy.",
            "He wants more cake.",
            "They want more cake.",
            "His hat is red.",
            "Their dressing room.",
        ],
        sketch_bits=16,
    )
    assert PRONOUN_CASE in reasons(
        "The shade can help her conserve energy.", "The shade can help their conserve energy.", corpus
    )
    assert PRONOUN_CASE in reasons("She wants more cake.", "They wants more cake.", corpus)
    assert PRONOUN_CASE not in reasons("She wants more cake.", "They want more cake.", corpus)
    assert PRONOUN_CASE not in reasons("His hat is red.", "Their hat is red.", corpus)
    assert PRONOUN_CASE not in reasons("the reason for her dressing up", "the reason for their dressing up", corpus)


def test_memoised_corpus_verdicts_follow_the_corpus_and_the_bound() -> None:
    # A created pair's verdict is memoised per (pair, min_expected) until the corpus grows.
    corpus = CorpusStatistics.from_texts(["the cat sat . the dog ran ."] * 3, sketch_bits=16, count_bits=10)
    before, after = "the cat sat .", "the cat ran ."
    assert [flag.reason for flag in assess(before, after, corpus, min_expected=0.1)] == [NOVEL_BIGRAM]
    assert assess(before, after, corpus, min_expected=1.0) == []  # 3 * 3 / 24 expected: below the bound
    assert [flag.reason for flag in assess(before, after, corpus, min_expected=0.1)] == [NOVEL_BIGRAM]
    corpus.add(["the cat ran ."])
    assert assess(before, after, corpus, min_expected=0.1) == []


def test_flag_offsets_survive_characters_that_lower_case_to_two() -> None:
    # "İ".lower() is two characters: the flags must still index the original rewrite.
    corpus = CorpusStatistics.from_texts(["İ saw the horse . the man rides the horse ."] * 3)
    after = "İ saw the person horse ."
    flags = assess("İ saw the male horse .", after, corpus)
    assert [(flag.reason, after[flag.start : flag.end]) for flag in flags] == [(PERSON_ANIMAL, "person horse")]
