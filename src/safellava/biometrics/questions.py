"""Does a question explicitly ASK for a biometric attribute of a person?

The cleaning rules refuse the answer to such a question (and keep the question's wording);
every other question keeps its answer, which the rewriter neutralises if it mentions an
attribute. So the line drawn here decides between a refusal and an answer, and it is drawn
by grammar, not by the mere presence of a word:

* **An attribute noun that is the question's focus** ("What is the AGE of the man?", "Can
  you tell the GENDER of the skier?", "What ETHNICITY does she appear to be?", "How OLD is
  the child?", "How much does he WEIGH?"). The noun is the focus when what governs it is a
  wh-word, a copula, a verb or noun of asking ("tell", "describe", "any indication of"),
  a topic preposition ("about"), "in terms of", or a comparison ("the SAME race"). Inside
  any other phrase it is circumstance, not the question: "at a young AGE", "popular among
  all AGE groups", "for her AGE", "the setting of the RACE", a "RACE track", a "WEIGHT
  scale", "Considering the woman's AGE, ...".
* **Its owner is a person in the image**: the possessor ("the man's age", "his age",
  "the age OF the skier"), or the subject the attribute is asked of ("What age group DO
  THE CHILDREN belong to?"). Not an animal or a thing ("the age of the giraffes", "How old
  is the photo?", "the weight of the bananas", "its age"), and not people in general (a
  bare plural with no tie to the image: "What age should children start skiing?").
* **A polar or choice question whose predicate is a value** of the attribute, about a
  person: "Is she Asian?", "Is the person overweight?", "Does the man look young?",
  "Would you describe the woman as thin or heavy?", "Can you tell if the skier is male or
  female?", "Is the man in the photo a teenager or an adult?". A choice between people
  who differ in an attribute asks for it whatever the sentence's subject ("Is the kite
  flown by a man or a woman?" asks for gender, "a boy or a man?" for age); a choice that
  names no different values does not ("a chef or a navy worker?").

The vocabulary (attribute nouns, verbs of asking, people, animals, values) is the
taxonomy's ``questions`` section; the grammar words (articles, auxiliaries, prepositions)
are English and live here. The token-level reading is linear in the question's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from safellava.biometrics.normalise import normalise
from safellava.biometrics.taxonomy import ATTRIBUTES, Taxonomy, letter_words, load_taxonomy

_WORD = re.compile(r"[a-z]+")
_ADULTS = frozenset({"adult", "adults", "grown-up", "grown-ups", "grownup", "grownups"})
# nouns a "young" or "little" before them only restates ("Is there a young boy holding a kite?" asks
# about what he does)
_CHILD_NOUNS = frozenset(
    "child children kid kids boy boys girl girls baby babies toddler toddlers infant infants youngster "
    "youngsters".split()
)
# what may follow the adult of "Is there an adult ...?" (not a noun: "Is there any adult content?")
_AFTER_ADULT = frozenset(
    "present in nearby around visible with supervising watching near accompanying at on there here close or and to , "
    "?".split()
)
# what may come between "Is there" and the person noun of a bare existence question, and after it
_EXISTENCE_QUANTIFIERS = frozenset("a an any some another other also only more two three several many".split())
_BARE_EXISTENCE_TAIL = frozenset(
    "in on at the this that image picture photo photograph scene group crowd frame present visible here there "
    "nearby around among them of people also too as well".split()
)
_PROMPT_TAIL = re.compile(r"\s*\n\s*answer\s*:?\s*$", re.IGNORECASE)
# verbs an attribute noun can be the subject of, which end its noun phrase ("age affect", not a compound)
_EFFECT_VERBS = frozenset(
    "affect affects influence influences impact impacts matter matters relate relates contribute contributes "
    "shape shapes limit limits determine determines play plays".split()
)
_CONTRACTION = re.compile(r"\b(what|who|where|how|it|that|there|he|she)['’]s\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^?.!\n]+[?.!]*")
# "Is it common for her age group?", "Is the tie a typical accessory for her age?": a question that
# weighs something against a person's own age asks the reader to tell it (the owner is checked to be
# a person: "for the dog's age" is no one's)
_FOR_OWN_AGE = re.compile(
    r"\b(?:for|of)\s+(?:someone\s+of\s+)?(?:(?P<pronoun>her|his|their)|(?:the|this|that)\s+(?P<owner>[a-z-]+)['’]s)"
    r"\s+age(?:\s+(?:group|range|bracket))?\b"
)
# "How does this image challenge traditional gender norms?": norms, roles or stereotypes of gender
# said of the image or its people can only be told from the people's gender (a question about
# them in general, "What are gender roles?", asks nothing of anyone)
_GENDER_NORMS = re.compile(r"\bgender\s+(?:norms?|roles?|stereotypes?|expectations?|conventions?|barriers?|lines)\b")
_EXAMPLES = re.compile(r"[ \t]*\((?:e\.g\.|i\.e\.|eg|ie|such as|for example|like)[,:]?[ \t]*([^()]*)\)")
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*['’]?|[,;/:]")

WH = frozenset({"what", "which", "whose"})
BE = frozenset({"is", "are", "was", "were", "be", "been", "isn't", "aren't", "wasn't", "weren't"})
DO = frozenset({"do", "does", "did", "don't", "doesn't", "didn't"})
MODALS = frozenset(
    {
        "can",
        "could",
        "would",
        "will",
        "should",
        "might",
        "may",
        "must",
        "shall",
        "can't",
        "couldn't",
        "wouldn't",
        "won't",
        "shouldn't",
    }
)
HAVE = frozenset({"has", "have", "had"})
AUX = BE | DO | MODALS | HAVE
LOOK = frozenset({"look", "looks", "seem", "seems", "appear", "appears", "looking", "seeming", "appearing"})
OPINION = frozenset({"think", "say", "believe", "guess", "reckon", "suppose", "estimate", "assume"})
COMPLEMENTIZERS = frozenset({"if", "whether", "that"})
DEFINITE = frozenset(
    {
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "my",
        "your",
        "our",
        "both",
        "all",
        "each",
        "every",
        "either",
        "neither",
        "some",
        "any",
        "no",
        "another",
        "other",
    }
)
INDEFINITE = frozenset({"a", "an"})
NUMBERS = frozenset(
    {
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "several",
        "many",
        "few",
        "most",
        "multiple",
    }
)
PREPOSITIONS = frozenset(
    {
        "of",
        "in",
        "on",
        "at",
        "by",
        "with",
        "without",
        "for",
        "from",
        "to",
        "into",
        "onto",
        "near",
        "next",
        "behind",
        "beside",
        "besides",
        "between",
        "among",
        "amongst",
        "across",
        "around",
        "under",
        "over",
        "above",
        "below",
        "inside",
        "outside",
        "through",
        "during",
        "while",
        "about",
        "against",
        "along",
        "toward",
        "towards",
        "within",
        "beneath",
        "past",
        "like",
        "than",
        "based",
        "according",
        "judging",
        "given",
        "considering",
        "regarding",
        "concerning",
        "via",
        "upon",
        "off",
        "up",
        "down",
        "out",
    }
)
CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "/", ",", ";", ":"})
RELATIVES = frozenset({"who", "whom", "which", "that", "whose", "where", "when", "why", "how"})
HUMAN_PRONOUNS = frozenset(
    {
        "he",
        "she",
        "him",
        "himself",
        "herself",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "you",
        "i",
        "me",
        "we",
        "us",
    }
)
PLURAL_PRONOUNS = frozenset({"they", "them", "themselves"})
THING_PRONOUNS = frozenset({"it", "itself", "its"})
DEICTIC = frozenset({"this", "that", "these", "those", "it"})
POSSESSIVE_HUMAN = frozenset({"his", "her", "my", "your", "our"})
# a group "made of" several values: "a mix of men and women" asks the values' attribute
MIX = frozenset({"mix", "mixture", "combination", "blend", "variety", "range"})
DEGREE = frozenset(
    {
        "very",
        "quite",
        "rather",
        "slightly",
        "relatively",
        "somewhat",
        "fairly",
        "extremely",
        "really",
        "more",
        "less",
        "most",
        "least",
        "bit",
        "little",
        "pretty",
        "noticeably",
        "visibly",
        "significantly",
        "particularly",
        "mostly",
        "mainly",
        "predominantly",
    }
)
_ADVERBS = frozenset({"to", "there", "here", "now", "today", "together", "too", "also", "currently", "still", "etc"})
_AGE_NUMBERS = frozenset(
    {
        "five",
        "ten",
        "twelve",
        "sixteen",
        "eighteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
    }
)
_EXTRA_TRIGGERS = frozenset(
    {  # "is SHE 18?", "is he in HIS 30s?"
        "he",
        "she",
        "him",
        "her",
        "his",
        "they",
        "them",
        "their",
        "teens",
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    }
)
_REQUEST_OPENERS = frozenset({"please", "kindly", "i", "let", "now", "also", "and", "so", "then"})
_COLOUR_NOUNS = frozenset({"color", "colour", "colors", "colours"})
_ORIGIN = frozenset({"descent", "origin", "heritage", "ancestry", "background", "extraction"})
TRAILERS = PREPOSITIONS | frozenset({",", "or", "as", "when", "overall", "compared", "relative", "now"})
TOPIC = frozenset({"about", "regarding", "concerning"})
KIND = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})
IRREGULAR_PLURALS = frozenset(
    {
        "people",
        "children",
        "men",
        "women",
        "gentlemen",
        "folks",
        "police",
        "geese",
        "mice",
        "oxen",
        "calves",
        "wolves",
    }
)
_PARTICIPLES = frozenset(
    {
        "shown",
        "seen",
        "held",
        "done",
        "taken",
        "given",
        "worn",
        "ridden",
        "driven",
        "flown",
        "thrown",
        "drawn",
        "known",
        "made",
        "built",
        "caught",
        "sat",
        "stood",
        "hung",
        "led",
        "fed",
        "left",
        "kept",
    }
)
FUNCTION_WORDS = (
    WH
    | AUX
    | LOOK
    | OPINION
    | COMPLEMENTIZERS
    | DEFINITE
    | INDEFINITE
    | PREPOSITIONS
    | CONJUNCTIONS
    | RELATIVES
    | HUMAN_PRONOUNS
    | DEGREE
    | frozenset({"please", "so", "also", "then", "not", "there", "possible", "to", "be"})
)

HUMAN, GENERIC, CONTAINER, DEICTIC_KIND, THING = "human", "generic", "container", "deictic", "thing"


def _inflections(verb: str) -> set[str]:
    """A request verb and its regular forms ("identify" → identifies, identified)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", stem + "ing", stem + "ed", verb + "d"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return forms


_IRREGULAR_VERBS = {
    "told",
    "known",
    "knew",
    "said",
    "saw",
    "seen",
    "gave",
    "given",
    "found",
    "shown",
    "showed",
    "made",
    "guessed",
}


@dataclass(frozen=True)
class _Value:
    """What a value word offers: ``values`` (revealed by a yes), ``implies`` (only told
    apart in a choice), and whether it is a noun for a person ("boy") or an adjective."""

    values: dict[str, str]
    implies: dict[str, str]
    noun: bool


def _singular(word: str) -> str:
    """Enough of English plurals to look nouns up in the singular word lists."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _base(token: str) -> str:
    """The word without a possessive ending ("man's" → man, "players'" → players)."""
    for ending in ("'s", "’s", "'", "’"):
        if token.endswith(ending):
            return token[: -len(ending)]
    return token


_COMPETING = frozenset("participating participate participates competing compete competes racing entered part".split())


def _entered_race(following: Sequence[str]) -> bool:
    """Do the words after "race" make it a competition someone takes part in ("... are the dirt
    bike riders participating in?", "... are the runners in?")? Not when the race is someone's
    ("the race of the person competing") or a relative clause says what the person does ("What
    race is the person who is competing?")."""
    words = [token for token in following if token.isalpha()]
    if not words or words[0] == "of" or not {"who", "that", "which", "whose"}.isdisjoint(words):
        return False
    return words[-1] == "in" or not _COMPETING.isdisjoint(words)


def _genitive(token: str) -> bool:
    return token.endswith(("'s", "’s", "'", "’"))


class QuestionClassifier:
    """The question grammar over one taxonomy's vocabulary (see the module docstring)."""

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        taxonomy = taxonomy or load_taxonomy()
        spec = taxonomy.questions
        self._attribute_nouns: dict[tuple[str, ...], str] = {}
        for attribute in ATTRIBUTES:
            for phrase in spec["attribute_nouns"].get(attribute, ()):
                self._attribute_nouns[tuple(phrase.lower().split())] = attribute
        self._attribute_heads = {words[0] for words in self._attribute_nouns}
        self._how = {word: a for a, words in spec["how_adjectives"].items() for word in words}
        self._weigh = frozenset(spec["weigh_verbs"])
        self._measures = frozenset(spec["measure_nouns"])
        self._request_verbs = (
            frozenset(f for verb in spec["request_verbs"] for f in _inflections(verb)) | _IRREGULAR_VERBS
        )
        self._request_nouns = frozenset(spec["request_nouns"])
        self._modifiers = frozenset(spec["modifiers"]) | DEFINITE | INDEFINITE | NUMBERS
        self._comparisons = frozenset(spec["comparison_words"])
        self._evidential = frozenset(spec["evidential_words"])
        self._collectives = frozenset(spec["collective_nouns"])
        self._containers = frozenset(spec["containers"])
        self._deixis = frozenset(spec["image_deixis"])
        self._animals = frozenset(spec["animal_nouns"])
        self._person = re.compile(rf"(?:{taxonomy.vocab['person']})\Z")
        self._humans = frozenset(spec["human_nouns"])
        self._ethnonym = re.compile(rf"(?:{taxonomy.vocab['ethnonym']})\Z")
        self._color = re.compile(rf"(?:{taxonomy.vocab['color']})\Z")
        self._eye_thing = re.compile(rf"(?:{taxonomy.vocab['eye_thing']})\Z")
        self._decade = re.compile(rf"(?:(?:early|mid|late)-?)?(?:{taxonomy.vocab['decade']})\Z")
        self._values: dict[str, _Value] = {}
        for noun, key in ((False, "value_adjectives"), (True, "value_nouns")):
            for entry in spec[key]:
                for word in entry["words"]:
                    old = self._values.get(word)
                    self._values[word] = _Value(
                        {**(old.values if old else {}), **entry["values"]},
                        {**(old.implies if old else {}), **entry.get("implies", {})},
                        noun or (old.noun if old else False),
                    )
        self._adjective_values = frozenset(word for entry in spec["value_adjectives"] for word in entry["words"])
        # One pass over the question's words decides whether any rule can apply (most
        # questions name no attribute and offer no value): the first word of every attribute
        # noun, "how" adjective, "weigh", value word and ethnonym.
        heads = {*self._attribute_heads, *self._how, *self._weigh, *self._values, "eye", "eyes", "eyed"}
        heads |= set(taxonomy.spec.get("anchor_sets", {}).get("ethnonym", ()))
        heads |= {"over", "under", "above", "below", "years", "year"}  # "is she over 18", "30 years old"
        self._trigger = (
            frozenset(word for head in heads for word in _WORD.findall(head) if len(word) > 2) | _EXTRA_TRIGGERS
        )
        self._trigger_bytes = frozenset(word.encode() for word in self._trigger)  # for letter_words

    # ------------------------------------------------------------------ entry point
    def requested_attributes(self, question: str) -> set[str]:
        """Attributes of a person whose value the question asks for (empty set if none)."""
        # The detector's view of the text: zero-width characters, look-alike letters and
        # markup cannot hide an attribute word from the question grammar either.
        text = normalise(question or "").text.lower()
        if self._trigger_bytes.isdisjoint(letter_words(text)):
            return set()
        text = _CONTRACTION.sub(r"\1 is", _PROMPT_TAIL.sub("", text.replace("<image>", " ")))
        # examples in parentheses ("the skier's demographics (e.g. age, gender)") are read apart: their
        # periods would split the question, and what they name is asked where the question asks at all
        examples = [match.group(1) for match in _EXAMPLES.finditer(text)]
        if examples:
            text = _EXAMPLES.sub("", text)
        found: set[str] = set()
        before: list[str] = []
        for sentence in _SENTENCE.findall(text):
            tokens = _TOKEN.findall(sentence)
            if (
                tokens
                and not self._trigger_bytes.isdisjoint(letter_words(sentence))
                and self._is_question(sentence, tokens)
            ):
                for clause in self._clauses(tokens):
                    found |= self._clause(clause, before)
                    before = before + clause
                own_age = _FOR_OWN_AGE.search(sentence)
                if own_age and (own_age.group("pronoun") or self._is_human_word(own_age.group("owner"))):
                    found.add("age")
                if _GENDER_NORMS.search(sentence) and (
                    not self._containers.isdisjoint(tokens) or self._names_people(tokens)
                ):
                    found.add("gender")
            else:
                before = before + tokens
        if found and examples:
            for example in examples:
                words = letter_words(example)
                found |= {
                    attribute
                    for phrase, attribute in self._attribute_nouns.items()
                    if all(word.encode() in words for word in phrase)
                }
        return found

    def _is_question(self, sentence: str, tokens: Sequence[str]) -> bool:
        """A question or a request ("Describe ...", "Please tell me ...", "I want to know
        ..."); a statement ("The man's age is 40.") asks nothing."""
        first = tokens[0]
        return (
            "?" in sentence
            or first in WH
            or first in AUX
            or first in RELATIVES
            or first in self._request_verbs
            or first in _REQUEST_OPENERS
        )

    @staticmethod
    def _clauses(tokens: list[str]) -> Iterable[list[str]]:
        """Split at ";" and at a comma that opens a new question ("..., or is it ...",
        "If so, are the people ..."), so each clause is read on its own."""
        start = 0
        for index, token in enumerate(tokens):
            if token == ";":
                yield tokens[start:index]
                start = index + 1
            elif token == "," and index + 1 < len(tokens):
                following = tokens[index + 1]
                if following in ("or", "and", "but", "so") and index + 2 < len(tokens):
                    following = tokens[index + 2]
                if following in AUX or following in WH or following in ("how", "who", "if", "whether"):
                    yield tokens[start:index]
                    start = index + 1
        yield tokens[start:]

    def _clause(self, tokens: list[str], before: list[str]) -> set[str]:
        while tokens and tokens[0] in ("or", "and", "but", "so", "also", "then", ","):
            tokens = tokens[1:]
        if not tokens:
            return set()
        # a hedge after "or" leaves the alternative as it is: "Is this a couple or just a man and a
        # woman?" asks what "Is this a couple or a man and a woman?" asks
        tokens = [t for i, t in enumerate(tokens) if not (t in _HEDGES_AFTER_OR and i and tokens[i - 1] == "or")]
        found = self._focused_attributes(tokens, before)
        found |= self._polar(tokens, before)
        found |= self._choice(tokens)
        found |= self._comparison(tokens, before)
        found |= self._counted_by_value(tokens)
        return found

    def _counted_by_value(self, tokens: Sequence[str]) -> set[str]:
        """ "How many female tennis players are there?": counting the people of one gender or
        descent asks the viewer to tell each person's (a count of "women" or of "people" counts
        what the image shows by its ordinary noun, and is left alone)."""
        if len(tokens) < 4 or tokens[0] != "how" or tokens[1] != "many":
            return set()
        if tokens[3] in ("and", "or", ","):
            return set()
        word = tokens[2]
        value = self._values.get(word)
        if value and _singular(word) == word:  # "female" before a noun, not the plural noun "women"
            asked = {attribute for attribute in value.values if attribute in ("gender", "race")}
        elif self._ethnonym.match(word):
            asked = {"race"}
        else:
            return set()
        if asked and any(self._is_human_word(token) for token in tokens[3:6]):
            return asked
        return set()

    # ------------------------------------------------------------------ noun phrases
    def _is_human_word(self, word: str) -> bool:
        word = _base(word)
        return word in self._humans or _singular(word) in self._humans or bool(self._person.match(word))

    def _is_animal_word(self, word: str) -> bool:
        word = _base(word)
        return (
            word in self._animals
            or _singular(word) in self._animals
            or (word.endswith("es") and word[:-2] in self._animals)
        )

    def _noun_phrase(
        self,
        tokens: Sequence[str],
        start: int,
        before: Sequence[str],
        clause: Sequence[str],
        verb_follows: bool = False,
    ) -> str | None:
        """What kind of thing the noun phrase at ``start`` names: HUMAN, GENERIC (people in
        general), CONTAINER (the image: its people), DEICTIC_KIND ("this", "it"), THING, or
        None when no noun phrase starts there.

        English compounds put the head last ("fighter jets", "tennis player"), so the last
        word decides; but the subject of an inverted question runs into its verb ("do the
        children BELONG to"), so there ``verb_follows`` lets any person noun decide."""
        n = len(tokens)
        index = start
        # quantifier + "of": "each of the people", "one of the two men", "the majority of the commuters"
        while index + 1 < n:
            if (tokens[index] in NUMBERS or tokens[index] in DEFINITE) and tokens[index + 1] == "of":
                index += 2
            elif (
                tokens[index] in _BEFORE_PARTITIVE
                and tokens[index + 1] in _PARTITIVES
                and tokens[index + 2 : index + 3] == ["of"]
            ):
                index += 3
            else:
                break
        if index >= n:
            return None
        first = tokens[index]
        if first in HUMAN_PRONOUNS:
            return HUMAN
        if first in PLURAL_PRONOUNS:
            return self._antecedent(before + list(tokens[:start]))
        if first in THING_PRONOUNS:
            return DEICTIC_KIND if first == "it" else THING
        following = tokens[index + 1] if index + 1 < n else ""
        if first in DEICTIC and (not following or following in AUX | PREPOSITIONS | CONJUNCTIONS | LOOK):
            return DEICTIC_KIND
        definite = indefinite = False
        content: list[str] = []
        while index < n:
            token = tokens[index]
            if not content and (token in DEFINITE or token in NUMBERS or token.isdigit()):
                definite = True
            elif not content and token in INDEFINITE:
                indefinite = True
            elif (
                token in PREPOSITIONS
                or token in CONJUNCTIONS
                or token in AUX
                or token in LOOK
                or token in RELATIVES
                or token in _ADVERBS
                or token in HUMAN_PRONOUNS
                or token in PLURAL_PRONOUNS
                or (content and token.endswith("ly"))
                # (an adjective after the noun ends it: "the person VISIBLE in the image")
                or (content and token in ("visible", "present", "nearby", "here", "there"))
                or (
                    content
                    and (token.endswith(("ing", "ed")) or token in _PARTICIPLES)
                    and not self._is_human_word(token)
                )
            ):
                break
            else:
                content.append(token)
                if len(content) == 4:
                    break
            index += 1
        if not content:
            return None
        heads = [_base(t) for t in content if not _genitive(t)] or [_base(content[-1])]
        if any(self._is_animal_word(word) for word in heads):
            return THING
        last = heads[-1]
        if last in self._containers:
            return CONTAINER
        if last in self._collectives:
            if index < n and tokens[index] == "of":  # "the group of people": the people
                kind = self._noun_phrase(tokens, index + 1, before, clause)
                return HUMAN if kind == GENERIC and definite else kind
            return HUMAN
        human = [word for word in heads if self._is_human_word(word)]
        if not human or not (verb_follows or self._is_human_word(last)):
            return THING
        plural = human[-1] in IRREGULAR_PLURALS or (human[-1].endswith("s") and not human[-1].endswith("ss"))
        if (indefinite or (plural and not definite)) and not any(t in self._deixis for t in clause):
            return GENERIC
        return HUMAN

    def _antecedent(self, before: Sequence[str]) -> str:
        """ "they"/"their": people when a person was named before in the question, or when
        nothing was (the people in the image); otherwise whatever was named ("How many
        zebras are there and what are their ages?")."""
        if any(self._is_human_word(t) and not _genitive(t) for t in before):
            return HUMAN
        if any(t not in FUNCTION_WORDS and t not in self._request_verbs and t not in self._how for t in before):
            return THING
        return HUMAN

    # ------------------------------------------------------------------ focused nouns
    def _attribute_at(self, tokens: Sequence[str], index: int) -> tuple[str, int] | None:
        """The attribute noun starting at ``index`` (longest phrase) and where it ends."""
        if tokens[index] not in self._attribute_heads:
            return None
        for width in (3, 2, 1):
            phrase = tuple(tokens[index : index + width])
            if len(phrase) == width and phrase in self._attribute_nouns:
                return self._attribute_nouns[phrase], index + width
        return None

    def _focused_attributes(self, tokens: list[str], before: list[str]) -> set[str]:
        found: set[str] = set()
        n = len(tokens)
        for index, token in enumerate(tokens):
            attribute: str | None = None
            end = index + 1
            if (
                token in self._how
                and index > 0
                and (
                    tokens[index - 1] == "how"
                    or (tokens[index - 1] in ("year", "years") and index > 2 and tokens[index - 3] == "how")
                )
            ):
                attribute = self._how[token]
                kind = self._subject_after(tokens, end, before)
            elif token in self._weigh and any(t in ("much", "what") for t in tokens[:index]):
                attribute = "weight"
                kind = self._weigh_subject(tokens, index, before)
            elif token in ("eyes", "eye") and any(t in _COLOUR_NOUNS for t in tokens[max(0, index - 6) : index]):
                if token == "eye" and end < n and self._eye_thing.match(tokens[end]):
                    continue  # "What color is the woman's eye makeup?" asks of the makeup
                colour = max(i for i in range(max(0, index - 6), index) if tokens[i] in _COLOUR_NOUNS)
                if not self._focus(tokens, colour):
                    continue
                attribute = "eye_color"
                kind = self._owner(tokens, index, end, before) or HUMAN
            else:
                match = self._attribute_at(tokens, index)
                if match is None:
                    continue
                attribute, end = match
                if end < n and not self._ends_attribute_phrase(tokens[end]):
                    continue  # a modifier: "race track", "weight scale", "gender roles"
                compared = (
                    tokens[0] in AUX
                    and index > 1
                    # (not in a clause a wh-word opens: "Can you discuss how it affects people of
                    # different age groups?" asks about age groups in general)
                    and not any(t in WH or t in ("how", "why", "when", "where") for t in tokens[1:index])
                    and (
                        tokens[index - 1] in self._comparisons
                        or tokens[index - 2 : index] == ["of", "all"]  # "are they of all ages"
                        # "are the skiers a mix of ages"
                        or (tokens[index - 1] == "of" and tokens[index - 2] in MIX)
                        or (tokens[index - 1] == "in" and tokens[index - 2] in self._comparisons)  # "similar in age"
                    )
                )
                if not (compared or self._focus(tokens, index)):
                    continue
                if attribute == "race" and _entered_race(tokens[end:]):
                    continue  # a competition: "What type of race are the riders participating in?"
                kind = self._owner(tokens, index, end, before)
                if (
                    kind is None
                    and compared
                    and (
                        self._noun_phrase(tokens, 1, before, tokens, verb_follows=True) in (HUMAN, CONTAINER)
                        or (tokens[1] == "there" and self._names_people(tokens))
                    )
                ):
                    # the compared attribute of the clause's subject, people in the image: "Are
                    # they all of similar ages?", "Are there people of different ages?"; not "Are ski
                    # resorts suitable for skiers of different ages?"
                    kind = HUMAN
                elif (
                    kind is None
                    and compared
                    and tokens[1:2] in (["the"], ["this"], ["that"])
                    and len(tokens) > 4
                    and tokens[2] in self._collectives
                    and (tokens[3] in self._comparisons or (tokens[3] == "of" and self._is_human_word(tokens[4])))
                ):
                    # a group of people in view, compared: "Is the group of people diverse in age?", "Is
                    # the crowd diverse in gender?"
                    kind = HUMAN
                elif kind is None and tokens[index - 2 : index] == ["terms", "of"] and self._names_people(tokens):
                    # the attribute of the clause's subject: "What is the composition of the group
                    # in terms of gender?"
                    kind = HUMAN
            if kind == HUMAN:
                found.add(attribute)
        return found

    def _names_people(self, tokens: Sequence[str]) -> bool:
        """Does the question name people: a person word or a group noun, not a possessive?"""
        return any((self._is_human_word(t) or t in self._collectives) and not _genitive(t) for t in tokens)

    def _ends_attribute_phrase(self, following: str) -> bool:
        return (
            following in self._measures
            or following in PREPOSITIONS
            or following in CONJUNCTIONS
            or following in AUX
            or following in WH
            or following in RELATIVES
            or following in DEFINITE
            or following in INDEFINITE
            or following in HUMAN_PRONOUNS
            or following in PLURAL_PRONOUNS
            or following in LOOK
            or following.endswith(("ed", "ing"))
            or following in self._evidential
            or following in ("present", "shown", "visible", "represented", "please", "etc")
            # a verb the attribute is the subject of ("How does the boy's age affect his experience?")
            or following in _EFFECT_VERBS
        )

    def _focus(self, tokens: Sequence[str], index: int) -> bool:
        """Is the noun at ``index`` what the question asks for? Walk back over its
        modifiers, possessors and coordinated nouns to the word that governs it."""
        j = index - 1
        coordinated = 0
        while j >= 0:
            token = tokens[j]
            if token in self._modifiers or token.isdigit() or token in self._comparisons or token in ("me", "us"):
                j -= 1  # "tell me the age": "me" is the indirect object
            elif _genitive(token):  # "the little girl's age": skip the possessor phrase
                k = j - 1
                while k >= 0 and j - k <= 3 and tokens[k] not in FUNCTION_WORDS:  # (articles are function words)
                    k -= 1
                j = k - 1 if k >= 0 and (tokens[k] in DEFINITE or tokens[k] in INDEFINITE) else k
            elif token in ("and", "or", "/", ",") and coordinated < 2 and j > 0:
                coordinated += 1  # "the gender and approximate AGE": skip the first conjunct
                j -= 2
                while j >= 0 and (
                    tokens[j] in self._modifiers or tokens[j] in self._measures or tokens[j] in self._attribute_heads
                ):
                    j -= 1
                # ... and a compound first conjunct ("the skill level or AGE group of the players"); a
                # possessor before the first conjunct is the pair's ("the skier's appearance or
                # DEMOGRAPHICS"): the loop skips it as a possessor
                if (
                    j >= 0
                    and tokens[j] not in FUNCTION_WORDS
                    and tokens[j] not in WH
                    and tokens[j] not in BE
                    and not _genitive(tokens[j])
                ):
                    if j > 0 and tokens[j - 1] in DEFINITE:
                        j -= 1
            elif token == "in" and j > 0 and tokens[j - 1] in self._measures:
                j -= 2  # "is there a noticeable difference in age between them"
            elif token == "of" and j > 0:
                previous = tokens[j - 1]
                if previous in self._measures or previous in KIND:  # "the mix of genders", "what kind of build"
                    j -= 2
                elif previous in self._request_nouns:
                    return True
                else:
                    return previous == "terms" and j > 1 and tokens[j - 2] == "in"
            elif token in WH or token in BE or token in self._request_verbs or token in TOPIC:
                return True
            elif token == "on":
                # "comment on their age"; "what can be inferred ..., based on their age" asks for it too
                return j > 0 and (tokens[j - 1] in self._request_verbs or tokens[j - 1] == "based")
            elif token in ("like", "including") or (token == "as" and j > 0 and tokens[j - 1] == "such"):
                # an example of what is asked for: "describe the demographics of the player,
                # like their age and gender"
                return any(t in self._request_verbs or t in WH for t in tokens[:j])
            elif token == "there":
                return True  # "is there any gender diversity among ..."
            elif token in MODALS or token in DO or token in HAVE:
                # "Can the genders of the people be identified?", not "Does his age matter?"; "How
                # does the young boy's age affect his experience?" asks to reason from that age
                return (j == 0 and any(t in self._evidential for t in tokens[index + 1 :])) or (
                    j == 1 and tokens[0] == "how"
                )
            else:
                return False
        return True  # the clause starts with it: "Age of the person?"

    def _owner(self, tokens: Sequence[str], index: int, end: int, before: Sequence[str]) -> str | None:
        """Whose attribute: the possessor before the noun, or the phrase after it."""
        j = index - 1  # over modifiers and a first conjunct: "their ages/GENDERS"
        while (
            j >= 0
            and tokens[j] not in POSSESSIVE_HUMAN
            and tokens[j] not in ("their", "its")
            and (
                tokens[j] in self._modifiers
                or tokens[j] in self._measures
                or tokens[j] in self._attribute_heads
                or tokens[j] in ("and", "or", "/")
            )
        ):
            j -= 1
        if j > 0 and tokens[j] not in FUNCTION_WORDS and tokens[j + 1] in ("and", "or"):
            # "the skier's appearance or DEMOGRAPHICS", "the man's physical appearance or ETHNICITY":
            # the possessor of the pair, before the first conjunct's modifiers
            k = j - 1
            while k > 0 and tokens[k] in self._modifiers:
                k -= 1
            if _genitive(tokens[k]):
                j = k
        if j >= 0:
            token = tokens[j]
            if token in POSSESSIVE_HUMAN:
                return HUMAN
            if token == "their":
                return self._antecedent(list(before) + list(tokens[:j]))
            if token == "its":
                return THING
            if _genitive(token):  # "the little girl's age": the possessor phrase ends here
                k = j
                while k > 0 and tokens[k - 1] not in FUNCTION_WORDS and j - k < 3:
                    k -= 1
                if k > 0 and (tokens[k - 1] in DEFINITE or tokens[k - 1] in INDEFINITE):
                    k -= 1
                return self._noun_phrase([*tokens[k:j], _base(token)], 0, before, tokens)
        return self._subject_after(tokens, end, before, owner_phrase=True)

    def _subject_after(
        self, tokens: Sequence[str], end: int, before: Sequence[str], owner_phrase: bool = False
    ) -> str | None:
        """The owner named after the attribute: "... of/for/among NP", or the subject of
        the rest of the question ("what age group DO THE CHILDREN belong to")."""
        n = len(tokens)
        k = end
        while k < n and tokens[k] in self._measures:
            k += 1
        steps = 0
        while k < n and tokens[k] in ("and", "or", "/", ",") and steps < 3:
            steps += 1  # "the age and gender OF", "the age group and appearance OF"
            k += 1
            while (
                k < n
                and tokens[k] not in PREPOSITIONS
                and tokens[k] not in AUX
                and tokens[k] not in CONJUNCTIONS
                and k - end < 8
            ):
                k += 1
        if k >= n:
            return None
        token = tokens[k]
        if owner_phrase and token in ("of", "for", "among", "amongst", "between", "within", "across", "in"):
            kind = self._noun_phrase(tokens, k + 1, before, tokens)
            if token == "in" and kind not in (HUMAN, CONTAINER):
                return None
            return HUMAN if kind == CONTAINER and token == "in" else (THING if kind == CONTAINER else kind)
        if token in AUX:
            k += 1
            if k < n and tokens[k] in ("you", "we") and k + 1 < n and tokens[k + 1] in OPINION | {"would", "might"}:
                k += 2
                while k < n and (tokens[k] in OPINION or tokens[k] in AUX):
                    k += 1
        elif not (token in DEFINITE or token in HUMAN_PRONOUNS or token in PLURAL_PRONOUNS or token in DEICTIC):
            return None
        kind = self._noun_phrase(tokens, k, before, tokens, verb_follows=True)
        return THING if kind == CONTAINER else kind

    def _weigh_subject(self, tokens: Sequence[str], index: int, before: Sequence[str]) -> str | None:
        """ "How much does THE MAN weigh?", "what the man weighs"."""
        start = max(i for i in range(index) if tokens[i] in ("much", "what")) + 1
        if start < index and tokens[start] in AUX:
            start += 1
        return self._noun_phrase(tokens[:index], start, before, tokens)

    # ------------------------------------------------------------------ polar questions
    def _value_at(self, tokens: Sequence[str], index: int) -> tuple[dict[str, str], dict[str, str], bool, int] | None:
        """The value word(s) at ``index``: (values, implied values, is a noun, end)."""
        token = tokens[index]
        n = len(tokens)
        if token in ("in", "over", "under", "above", "below", "of") or token.isdigit():
            return self._phrase_value(tokens, index)
        if index + 1 < n:
            pair = f"{token} {tokens[index + 1]}"
            if self._ethnonym.match(pair):
                return {"race": pair}, {}, False, index + 2
            if tokens[index + 1] in ("eyes", "eye") and self._color.match(token):
                return {"eye_color": token}, {}, False, index + 2
        if token.endswith("-eyed") and self._color.match(token[:-5]):
            return {"eye_color": token[:-5]}, {}, False, index + 1
        value = self._values.get(token)
        if value is not None:
            return (
                dict(value.values),
                dict(value.implies),
                (value.noun and token not in self._adjective_values)
                # ("held by a male or a female": after an article the adjective names someone)
                or (token in ("male", "female") and index > 0 and tokens[index - 1] in ("a", "an")),
                index + 1,
            )
        if self._ethnonym.match(token):
            return {"race": token}, {}, False, index + 1
        return None

    def _phrase_value(
        self, tokens: Sequence[str], index: int
    ) -> tuple[dict[str, str], dict[str, str], bool, int] | None:
        """Values given as a phrase: "in his (early) 30s", "over 18", "30 years old", "of
        Asian descent"."""
        token, following = tokens[index], tokens[index + 1 : index + 4]
        if token == "in" and following[:1] in (["his"], ["her"], ["their"]):
            end = index + 2 + (following[1:2] in (["early"], ["mid"], ["late"]))
            if end < len(tokens) and self._decade.match(tokens[end]):
                return {"age": tokens[end]}, {}, False, end + 1
        elif (
            token in ("over", "under", "above", "below")
            and following[:1]
            and (following[0].isdigit() or following[0] in _AGE_NUMBERS)
        ):
            end = self._after_age_number(tokens, index + 2)
            if end is not None:
                return {"age": token + following[0]}, {}, False, end
        elif token == "of" and following:
            width = 2 if self._ethnonym.match(" ".join(following[:2])) else 1
            if (
                self._ethnonym.match(" ".join(following[:width]))
                and following[width : width + 1]
                and following[width] in _ORIGIN
            ):
                return {"race": " ".join(following[:width])}, {}, False, index + 2 + width
        elif token.isdigit() and int(token) < 120:  # "Is she 18?", "Is the man 30 years old?"
            end = self._after_age_number(tokens, index + 1)
            if end is not None:
                return {"age": token}, {}, False, end
        return None

    @staticmethod
    def _after_age_number(tokens: Sequence[str], index: int) -> int | None:
        """Where an age given as a number ends ("18", "18 years old"); None when the number
        counts something else ("5 feet")."""
        if index < len(tokens) and tokens[index] in ("years", "year", "yrs"):
            index += 1
            if index < len(tokens) and tokens[index] == "old":
                index += 1
            return index
        if index < len(tokens) and tokens[index].startswith(("year-old", "years-old")):
            return index + 1
        return index if index >= len(tokens) or tokens[index] in TRAILERS else None

    def _value_phrase(
        self, tokens: Sequence[str], start: int, separator: str = "or", shared_head: bool = False
    ) -> tuple[list[list[tuple[dict[str, str], dict[str, str], bool]]], int, bool] | None:
        """Parse "a teenager or an adult", "young or older individuals", "thin", "a young
        boy" at ``start``: the alternatives' values, where the phrase ends, and whether
        every alternative names a person. ``separator`` "and" reads "both men and women";
        ``shared_head`` lets adjectives share the last alternative's person noun ("both young
        and old people")."""
        n = len(tokens)
        alternatives: list[list[tuple[dict[str, str], dict[str, str], bool]]] = [[]]
        persons = [False]
        index = split = start
        while index < n:
            token = tokens[index]
            if (
                token in INDEFINITE
                or token in DEGREE
                or (token == "," and tokens[index + 1 : index + 2] == [separator])
            ):
                index += 1
                continue
            if token in (separator, ",") and alternatives[-1]:
                if tokens[index + 1 : index + 2] in (["not"], ["is"], ["are"], ["does"], ["do"]):
                    break  # "... or not", "..., or is it ...": a new clause, not a value
                split = index
                alternatives.append([])
                persons.append(False)
                index += 1
                continue
            value = self._value_at(tokens, index)
            if value is not None:
                values, implies, noun, index = value
                alternatives[-1].append((values, implies, noun))
                persons[-1] = persons[-1] or noun
                continue
            if self._is_human_word(token) and not _genitive(token) and alternatives[-1]:
                persons[-1] = True  # "older individuals", "a young person"
                index += 1
                continue
            if self._is_animal_word(token):
                persons[-1] = False  # the value is said of an animal: "an adult or a baby elephant"
            break
        if not alternatives[-1]:  # "young, ..." or "a woman, a man, or both": the list ended
            alternatives.pop()
            persons.pop()
            index = split
        if not alternatives or not alternatives[-1]:
            return None
        if shared_head and persons[-1] and len(alternatives) > 1:
            # "both young and old people": adjectives before one person noun share it
            shared = all(not noun for alternative in alternatives[:-1] for _, _, noun in alternative)
            return alternatives, index, shared or all(persons)
        return alternatives, index, all(persons)

    @staticmethod
    def _asked(alternatives: list[list[tuple[dict[str, str], dict[str, str], bool]]]) -> set[str]:
        """One alternative: what a yes reveals. Several: the attributes they differ in ("a
        boy or a man": age), or, when they differ in none, what each one offers ("overweight
        or middle-aged": weight and age)."""
        primary = {attribute for alternative in alternatives for values, _, _ in alternative for attribute in values}
        if len(alternatives) == 1:
            return primary
        offered: dict[str, set[str]] = {}
        for alternative in alternatives:
            merged: dict[str, str] = {}
            for values, implies, _ in alternative:
                merged.update({k: v for k, v in implies.items() if k not in merged})
                merged.update(values)
            for attribute, value in merged.items():
                offered.setdefault(attribute, set()).add(value)
        return {attribute for attribute, values in offered.items() if len(values) > 1} or primary

    def _trailer(self, tokens: Sequence[str], index: int) -> bool:
        """Nothing, or only a circumstance, follows the value ("... in the image",
        "... than the other", "..., or is it ..."); not "old enough to ..."."""
        return index >= len(tokens) or tokens[index] in TRAILERS

    def _predicate(self, tokens: Sequence[str], subject: Sequence[str], start: int, before: Sequence[str]) -> set[str]:
        """The value phrase at ``start`` predicated of ``subject``."""
        if (
            not subject
            or subject[0] == "there"
            or subject[-1] in PREPOSITIONS
            or subject[-1] in CONJUNCTIONS
            or subject[-1] in INDEFINITE
            or subject[-1] in DEGREE
            or subject[-1] in self._adjective_values
            or (subject[-1] in DEFINITE and subject[-1] not in ("all", "both", "each") and subject != [subject[-1]])
            or (len(subject) > 1 and subject[-2] in INDEFINITE)
        ):
            # the value phrase began earlier: "is the man holding a [young] child", "a couple or an
            # ordinary [man and a woman]"
            return set()
        if len(subject) > 1 and subject[-1].endswith(("ing", "ed")) and not self._is_human_word(subject[-1]):
            return set()  # "Is the man HOLDING a baby?" is not "is the man a baby?"
        if any(
            word.endswith("ing")
            and not self._is_human_word(word)
            and (subject[i + 1] in DEFINITE or subject[i + 1] in INDEFINITE)
            and "or" in subject[i + 2 :]
            for i, word in enumerate(subject[1:-1], start=1)
        ):
            return set()  # nor one of its objects: "Is the woman holding the little girl or the newborn [baby]?"
        if subject[-1] in ("eyes", "eye"):  # "Are the man's eyes blue or green?"
            end = start
            while end < len(tokens) and (
                self._color.match(tokens[end]) or tokens[end] in ("or", "and") or tokens[end] in DEGREE
            ):
                end += 1
            if end == start or not self._trailer(tokens, end):
                return set()
            owner = self._owner(subject, len(subject) - 1, len(subject), before)
            return {"eye_color"} if owner in (HUMAN, None) else set()
        parsed = self._value_phrase(tokens, start)
        if parsed is not None and tokens[parsed[1] : parsed[1] + 1] == ["and"]:
            # "Are the two people a man and a woman?": values joined by "and" are predicated too
            parsed = self._value_phrase(tokens, start, separator="and")
        if parsed is None or not self._trailer(tokens, parsed[1]):
            return set()
        alternatives, _, persons = parsed
        kind = self._noun_phrase(subject, 0, before, tokens)
        if kind == HUMAN or (kind == DEICTIC_KIND and persons):
            return self._asked(alternatives)
        return set()

    def _polar(self, tokens: list[str], before: list[str]) -> set[str]:
        if tokens[0] in BE:  # "Is the group made of women?" asks as "Is the group women?" does
            tokens = _without_composition(tokens)
        n = len(tokens)
        found: set[str] = set()
        first = tokens[0]
        if first in BE:  # "Is the man in the photo a teenager or an adult?"
            found |= self._first_predicate(tokens, 1, before)
            if tokens[1:2] == ["there"]:
                adult = next((i for i in range(2, min(n, 5)) if tokens[i] in _ADULTS), None)
                if adult is not None and (tokens[adult + 1 : adult + 2] or ["?"])[0] in _AFTER_ADULT:
                    # "Is there an adult present?" asks whether someone in the image is grown up
                    # (next to a child, how old the others are)
                    found.add("age")
                # "Is there an older woman playing tennis?" or "Is there a female skateboarder?" asks
                # whether the person there has that value (a bare "Is there a woman?": below)
                start = 3 if tokens[2:3] in (["a"], ["an"], ["any"]) else 2
                word = tokens[start] if start + 1 < n else ""
                noun = tokens[start + 1] if word else ""
                if (
                    word in self._adjective_values
                    and self._is_human_word(noun)
                    and not (word in ("young", "little", "small") and noun in _CHILD_NOUNS)
                ):
                    # ("a pregnant woman": who is there; "a female skateboarder" asks the gender)
                    found |= set(self._values[word].values) - (set() if word in ("male", "female") else {"gender"})
                found |= self._bare_existence(tokens)
        elif first in DO:  # "Does the man look young?", "Does she have blue eyes?"
            verb = next((i for i in range(2, n) if tokens[i] in LOOK or tokens[i] in HAVE), None)
            if verb is not None:
                found |= self._predicate(tokens, tokens[1:verb], self._after_look(tokens, verb + 1), before)
        elif first in MODALS and len(tokens) > 2 and tokens[1] not in ("you", "we", "i", "one"):
            be = next((i for i in range(2, n) if tokens[i] == "be"), None)  # "Could the person be a teenager?"
            if be is not None:
                found |= self._predicate(tokens, tokens[1:be], self._after_look(tokens, be + 1), before)
        for index, token in enumerate(tokens):
            if token in COMPLEMENTIZERS or (token in OPINION and index > 0 and tokens[index - 1] in ("you", "we", "i")):
                # "Can you tell if the skier is male?", "Do you think the man is overweight?"
                verb = next((i for i in range(index + 2, n) if tokens[i] in BE or tokens[i] in LOOK), None)
                if verb is not None:
                    found |= self._predicate(
                        tokens, tokens[index + 1 : verb], self._after_look(tokens, verb + 1), before
                    )
            elif token in ("described", "considered", "regarded", "seen") and index > 1 and first in BE:
                # the passive: "Are the two men described as being older or younger?"
                # ("Is the man considered old?" needs no "as")
                start = index + 1 + (tokens[index + 1 : index + 2] == ["as"])
                if start > index + 1 or token == "considered":
                    start += tokens[start : start + 1] == ["being"]
                    found |= self._predicate(tokens, tokens[1:index], start, before)
            elif token in ("describe", "consider", "call", "classify", "categorize", "characterize", "label"):
                # "Would you describe the woman as thin or heavy?", "Would you consider him elderly?"
                as_index = next((i for i in range(index + 2, n) if tokens[i] == "as"), None)
                if as_index is not None:
                    start = as_index + 1 + (tokens[as_index + 1 : as_index + 2] == ["being"])
                    found |= self._predicate(tokens, tokens[index + 1 : as_index], start, before)
                elif token in ("consider", "call"):
                    found |= self._first_predicate(tokens, index + 1, before)
        return found

    def _bare_existence(self, tokens: list[str]) -> set[str]:
        """ "Is there a man in the image?", "Are there any children in the group?": a question that
        asks only whether someone of a kind is there asks the kind (its yes tells the gender or the
        age, and its answer cannot be made neutral without denying or confirming it). One that
        asks about what the person does or has ("Is there a man riding a motorcycle?") asks about
        that, and a kind of animal or thing ("a baby elephant", "a man-made pond") is no person."""
        index = 2
        while index < len(tokens) and tokens[index] in _EXISTENCE_QUANTIFIERS:
            index += 1
        if index < len(tokens) and tokens[index] in ("young", "little", "small", "older", "elderly", "old"):
            index += 1
        if index >= len(tokens):
            return set()
        value = self._values.get(tokens[index])
        if value is None or not value.noun or tokens[index] in self._adjective_values:
            return set()
        if any(token not in _BARE_EXISTENCE_TAIL for token in tokens[index + 1 :]):
            return set()
        return set(value.values) | set(value.implies)

    def _comparison(self, tokens: list[str], before: list[str]) -> set[str]:
        """A wh-question that asks who has a value: "Who is older, the man or the woman?",
        "Which of the two men is heavier?"."""
        if tokens[0] not in ("who", "which"):
            return set()
        be = next((i for i in range(1, len(tokens)) if tokens[i] in BE), None)
        if be is None:
            return set()
        start = be + 1 + (tokens[be + 1 : be + 2] == ["the"])
        parsed = self._value_phrase(tokens, start)
        if parsed is None or len(parsed[0]) != 1 or not self._trailer(tokens, parsed[1]):
            return set()
        if any(noun for _, _, noun in parsed[0][0]):
            return set()  # "Who is the woman?" asks who, not her gender
        subject = tokens[1:be]
        while subject and subject[0] in ("one", "of", "among"):
            subject = subject[1:]
        kind = HUMAN if not subject and tokens[0] == "who" else self._noun_phrase(subject, 0, before, tokens)
        if kind is None:
            kind = HUMAN if any(self._is_human_word(t) and not _genitive(t) for t in tokens) else THING
        return self._asked(parsed[0]) if kind in (HUMAN, GENERIC) else set()

    def _first_predicate(self, tokens: list[str], subject_start: int, before: list[str]) -> set[str]:
        """Subject and value phrase side by side ("is [the man in the photo] [a teenager or
        an adult]", "consider [the man] [elderly]"): try each place the value could start."""
        eyes = "eyes" in tokens or "eye" in tokens
        for start in range(subject_start + 1, len(tokens)):
            token = tokens[start]
            if not (
                token in INDEFINITE
                or token in DEGREE
                or self._value_at(tokens, start) is not None
                or (eyes and self._color.match(token))
            ):
                continue
            if self._named_person(tokens, subject_start, start):
                continue
            asked = self._predicate(tokens, tokens[subject_start:start], start, before)
            if asked:
                return asked
        return set()

    def _named_person(self, tokens: Sequence[str], subject_start: int, start: int) -> bool:
        """Is the person noun at ``start`` a definite one ("Is it just the two women in the
        image, or are there more people?", "Is it the woman?")? It then points at people already
        in view and asks who or how many, not their value."""
        if not self._is_human_word(tokens[start]):
            return False
        index = start - 1
        while index > subject_start and (tokens[index] in NUMBERS or tokens[index].isdigit()):
            index -= 1
        return index > subject_start and tokens[index] in ("the", "these", "those")

    @staticmethod
    def _after_look(tokens: Sequence[str], index: int) -> int:
        """Skip "to be" / "like" after look/seem/appear/be."""
        if tokens[index : index + 2] == ["to", "be"]:
            return index + 2
        if index < len(tokens) and tokens[index] in ("like", "as"):
            return index + 1
        return index

    def _choice(self, tokens: list[str]) -> set[str]:
        """A choice between people who differ in an attribute, in a polar question or an
        appended alternative: "Is the kite flown by a man or a woman?", "Who is it, a man
        or a woman?". Not a definite phrase ("the girl or woman") and not existence ("Is
        there a man or a woman?")."""
        start = 3 if tokens[1:3] == ["there", "both"] else 2 if tokens[1:2] == ["both"] else 0
        if tokens[0] in BE and start:
            # "Are there both men and women?", "Are both adults and children playing?"
            both = self._value_phrase(tokens, start, separator="and", shared_head=True)
            if both is not None and len(both[0]) > 1 and both[2]:
                return self._asked(both[0])
        elif tokens[0] in BE and tokens[1:2] == ["there"]:
            # without "both", adjectives that share one person noun still ask the mix: "Are there
            # young and old people in the image?" (not "young and old trees", nor "a man and a dog")
            mix = self._value_phrase(tokens, 2, separator="and", shared_head=True)
            if (
                mix is not None
                and len(mix[0]) > 1
                and mix[2]
                and all(not noun for alternative in mix[0][:-1] for _, _, noun in alternative)
            ):
                return self._asked(mix[0])
        for index in range(2, len(tokens)):
            if tokens[index - 1] == "of" and tokens[index - 2] in MIX:
                # "Is there a mix of adult and child skiers?", "Is the crowd a mixture of men and women?"
                mixed = self._value_phrase(tokens, index, separator="and", shared_head=True)
                if mixed is not None and len(mixed[0]) > 1 and mixed[2]:
                    return self._asked(mixed[0])
        if "or" not in tokens:
            return set()
        predicate_of_thing = tokens[0] in BE
        whole = self._value_phrase(tokens, 0)
        if whole is not None and len(whole[0]) > 1 and whole[1] == len(tokens):
            return self._asked(whole[0])  # a bare choice: "Male or female?"
        polar = tokens[0] in AUX and not (
            len(tokens) > 1 and tokens[1] == "there" and not {"more", "fewer", "mostly"} & set(tokens)
        )
        embedded = any(t in ("if", "whether") for t in tokens)
        found: set[str] = set()
        index = 1
        while index < len(tokens):
            if tokens[index - 1] in DEFINITE or tokens[index - 1] in ("there", "for") or _genitive(tokens[index - 1]):
                # a definite phrase, existence, or an audience ("designed for adults or children")
                index += 1
                continue
            parsed = (
                # (adjectives may share one person noun: "played by male or female players")
                self._value_phrase(tokens, index, shared_head=True)
                if (tokens[index] in INDEFINITE or self._value_at(tokens, index))
                else None
            )
            if parsed is None or len(parsed[0]) < 2 or not parsed[2]:
                index += 1
                continue
            alternatives, end, _ = parsed
            appended = tokens[index - 1] == "," and end >= len(tokens)
            previous = tokens[index - 1]
            if (
                predicate_of_thing
                and index > 1
                and previous not in PREPOSITIONS
                and not previous.endswith(("ing", "ed"))
                and (previous not in AUX and self._noun_phrase(tokens[1:index], 0, [], tokens) == THING)
            ):
                index = end  # the values are said of an animal or a thing: "Is the elephant an adult or a baby?"
                continue
            if polar or embedded or appended:
                found |= self._asked(alternatives)
            index = end
        if polar and not found:
            found = self._role_or_age(tokens)
        return found

    def _role_or_age(self, tokens: list[str]) -> set[str]:
        """A choice between a grown-up's role and an age: "Is the subject a professional baseball
        player or a young child?" asks the age (the role implies an adult), though its first
        alternative names no value; not of an animal or a thing ("Is the elephant a baby or an adult
        elephant?")."""
        if self._noun_phrase(tokens, 1, [], tokens) == THING:
            return set()
        for index in range(2, len(tokens) - 1):
            if tokens[index] != "or" or not self._is_human_word(tokens[index - 1]):
                continue
            start = index - 1
            while start > 0 and tokens[start - 1] not in INDEFINITE and tokens[start - 1] not in AUX:
                start -= 1
            if start == 0 or tokens[start - 1] not in INDEFINITE or tokens[start - 2 : start - 1] == ["for"]:
                continue  # (not an audience: "a toy for a professional player or a young child")
            second = self._value_phrase(tokens, index + 1)
            if second is not None and len(second[0]) == 1 and second[2]:
                asked = self._asked(second[0])
                if "age" in asked:
                    return {"age"}
        return set()


@lru_cache(maxsize=1)
def default_question_classifier() -> QuestionClassifier:
    """Shared classifier over the default taxonomy."""
    return QuestionClassifier()


# what a group is "made of" ("Is the group primarily made of women or is it mixed-gender?"): its members
_COMPOSITION = (("made", "up", "of"), ("made", "of"), ("composed", "of"), ("comprised", "of"), ("consisting", "of"))


_PARTITIVES = frozenset({"majority", "minority", "rest", "remainder", "bulk", "half"})
_BEFORE_PARTITIVE = DEFINITE | INDEFINITE  # "the majority of", "a minority of"
_HEDGES_AFTER_OR = frozenset({"just", "simply", "merely", "only", "perhaps", "maybe"})


def _without_composition(tokens: list[str]) -> list[str]:
    """``tokens`` less their first "made (up) of", "composed of", "comprised of", "consisting of"."""
    for index in range(1, len(tokens)):
        for phrase in _COMPOSITION:
            if tuple(tokens[index : index + len(phrase)]) == phrase:
                return tokens[:index] + tokens[index + len(phrase) :]
    return tokens


def requested_attributes(question: str) -> set[str]:
    """Which of ``age, gender, race, eye_color, weight`` the question asks of a person.

    >>> sorted(requested_attributes("<image>\\nIs the man in the photo a teenager or an adult?"))
    ['age']
    >>> requested_attributes("What is the man holding?")
    set()
    >>> requested_attributes("How old is the building?")
    set()
    """
    return default_question_classifier().requested_attributes(question)
