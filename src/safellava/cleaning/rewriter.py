"""The embedded deterministic rewriter: the detector's spans and replacements, plus grammar.

It is the default backend (no network, same output on every run), the fallback when an LLM
rewrite fails its checks, and what the ``dask`` task runner spreads over a cluster. The
biometric vocabulary comes only from the detector (``biometrics/taxonomy.py``); this module
knows English grammar, not biometrics:

* a span with a replacement is swapped with it ("woman" → "person", "She" → "They");
* a span with an empty replacement is dropped with one adjoining space ("a young man" → "a
  person"); a determiner left without its noun goes too ("with a beard." → "with." is avoided:
  "with a ∅" is removed as a whole);
* "they" standing for "he"/"she" makes the following verb plural ("She is holding" → "They
  are holding", "He sits" → "They sit");
* articles agree with the new next word ("an elderly man" → "a person") and a sentence that
  now starts with a lower-case word is capitalised.

Edit sites are marked with private-use characters while the text is tidied, so the grammar
fixes touch only places that were edited and never the rest of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from safellava.biometrics.detector import Detector, Mention, add_first_character_lookaheads, default_detector
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.cleaning.referents import PLACED, Referents, sentence_start

DROP = "\ue000"  # where a span was removed
SWAP = "\ue001"  # where a replacement starts
LABEL = "\ue002"  # before a determiner that tells a second person apart ("the other")
STUB = "\ue003"  # where a clause's whole predicate went ("The person appears to be ∅, likely ...")
# before a verb made plural that follows a dropped object and its "and": the fixes for a dropped
# object read it as a verb ("They have ∅ and ⁂walk" is a verb phrase; "have ∅ and hair" is not)
AGREED = "\ue005"
_AUXILIARIES = frozenset("are were have do aren't weren't haven't don't aren’t weren’t haven’t don’t".split())

_IRREGULAR_PLURALS = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
_NOT_VERBS = frozenset(
    {
        "as",
        "this",
        "its",
        "his",
        "hers",
        "yes",
        "thus",
        "perhaps",
        "always",
        "sometimes",
        "besides",
        "towards",
        "across",
        "plus",
        "us",
    }
)
# Verbs whose third person ends in "-is" like nouns do ("tennis", "basis"): only right after
# "they" is such a word read as a verb ("as they skis" -> "as they ski").
_VERBS_IN_IS = frozenset({"skis", "taxis"})
# "-ly" adjectives, no adverbs ("a lively ∅ doubles match" keeps "lively")
_LY_ADJECTIVES = (
    r"friendly|lovely|elderly|ugly|silly|curly|hilly|chilly|lonely|lively|costly|orderly|daily|weekly|monthly|"
    r"yearly|holy|jolly|bubbly|cuddly|wobbly|sparkly"
)
# "-ly" words that are no adverbs ("friends or family members" is no "or ... members" verb)
_ADVERB = (
    rf"(?!(?:family|only|early|belly|supply|reply|ally|rally|jelly|fly|italy|july|lily|assembly|bully|"
    rf"{_LY_ADJECTIVES})\b)[a-z]+ly"
)
# an adverb before a verb whose object went goes with it ("and also has ∅", "literally has ∅")
_VERB_ADVERB = rf"(?:also|still|just|really|{_ADVERB})"
_FOLLOWING_VERB = re.compile(
    r"((?:[ \t]+(?:also|still|always|often|never|usually|just|only|now|then|too|even|really|either|no[ \t]+longer|"
    r"already|typically|generally|simply|certainly|clearly|probably|likely|almost|soon|seldom|"
    rf"not[ \t]+only|sometimes|first|once|{_ADVERB}))*[ \t]+[\"“]?)"  # (a quoted verb: 'as they "hang ten"')
    r"([A-Za-z]+n['’]t|[A-Za-z]+)\b"
)
_CLAUSE_END = re.compile(r"[.!?;:\n]")
_COORDINATED_VERB = re.compile(
    r"(,?(?<![ \t])[ \t]+\(?(?:and|or|but)(?:[ \t]+(?:also|still|then|always|often|never|usually|just|only|now|"
    rf"even|really|perhaps|maybe|hence|thus|therefore|at[ \t]+least|{_ADVERB}))*[ \t]+|,[ \t]+)"
    r"([A-Za-z]+n['’]t|[A-Za-z]+)\b"
    r"(?=([ \t]+[A-Za-z]+)?)"
)
_BUT_ALSO = re.compile(r",?[ \t]+\(?but[ \t]+also\b")
_NOT_ONLY = re.compile(r"\bnot[ \t]+only\b", re.IGNORECASE)
# "-s" words that are verbs, never plural nouns: coordinated with a verb made plural they agree
# even after a plural noun ("They are holding the racket with both hands and appears to swing"),
# unless a subordinate clause between may have given them another subject ("a dog that barks and
# seems happy").
_ONLY_VERBS = frozenset(
    "appears seems finds enjoys prefers indulges refines observes solves tends seeks manages decides intends "
    "ensures maintains continues becomes realizes realises believes begins gets makes takes gives brings puts "
    "says goes comes knows loses wears carries eats sees tries sits leans prepares grabs follows keeps waits "
    "explores combats miscalculates approves appreciates receives cares remains obeys pays wants likes loves needs "
    "feels hopes wishes interacts fails neglects forgets struggles falls stumbles encounters lacks learns "
    "understands uses cleans chooses attends spends relaxes unwinds admires celebrates engages writes ponders reads "
    "thinks listens reflects contemplates considers examines assesses gazes stares participates socializes "
    "socialises converses communicates navigates".split()
)
# ... and so are "-s" words before an object pronoun, a determiner or a reflexive ("and swings
# it", "or loses his footing"), and verbs that take an "-ing" complement before one ("and starts
# running"). After a bare comma only such a word agrees, and only inside a list that a comma and
# a conjunction close ("if they miscalculate the jump, loses control, or falls"): "the chair,
# where they are eating, is stable" keeps its main verb.
# a noun phrase with its determiner just before a coordinated word's conjunction: "the park's
# environment", "any volleys", "the available food"
_DETERMINED_BEFORE = re.compile(
    r"\b(?:the|a|an|their|his|her|its|any|some|various|this|that|these|those|[a-z]+['’]s)[ \t]+"
    r"(?:[A-Za-z-]+[ \t]+)?[A-Za-z-]+,?[ \t]*$",
    re.IGNORECASE,
)
# verbs of _ONLY_VERBS that are plural nouns too, last in a list ("her own preferences and needs.",
# "avoiding injuries or falls,")
_NOUNS_TOO = frozenset("needs cares loves likes wants falls".split())
# mishaps named beside "falls", which is then a noun ("prevent slips and falls")
_MISHAPS = frozenset("slips trips injuries accidents bumps spills stumbles collisions".split())
# adverbs that modify a verb before its object ("and likely frequents pizzerias"; "and especially
# cats" and "and possibly feathers or other adornments" are lists)
_VERB_ONLY_ADVERBS = frozenset(
    "likely probably usually often always sometimes frequently occasionally regularly typically generally "
    "never rarely then still".split()
)
_MODALS = frozenset("can could will would shall should may might must".split())
_OBJECT_STARTERS = frozenset(
    "it them him her his their its a an the himself herself themself themselves any every each these those your our "
    "my others".split()
)
_MOTION_PARTICLES = frozenset("around away back off along across toward towards home through".split())
_MOTION_VERBS = frozenset(
    "walks runs wanders strolls jogs roams travels moves drives hurries rushes heads hangs".split()
)
_DEGREE_ADVERBS = frozenset("very quite so too really extremely rather fairly pretty slightly somewhat not".split())
_GERUND_TAKERS = frozenset("starts stops finishes resumes quits avoids practices misses".split())
_LIST_CLOSE = re.compile(r",[ \t]+(?:and|or)\b")
# (not "while"/"when" before a participle, which brings no subject of its own: "They are lying on a
# couch while eating pizza and appear to be using an iPod"; "before"/"after" only before a subject:
# "before it takes flight or continues flying" has its own, "as they run after and kick the ball" none)
_SUBORDINATOR = re.compile(
    r"\b(?:that|which|who|whom|whose|where|(?:when|while)(?![ \t]+[a-z]+ing\b)|(?:before|after|once)(?=[ \t]+"
    r"(?:it|he|she|they|we|you|i|the|a|an|this|that|these|those|his|her|their|its|someone|something)\b)|whereas|"
    r"because|if|(?<!such[ \t])as(?![ \t]+part[ \t]+of\b)|than|since|until|unless|although|though)\b"
)
_VERB_FOLLOWERS = frozenset(
    "a an the their them it its this that these those some something to at on in into onto with "
    "away up down out back around toward towards over off along through across from for by near "
    "forward ahead together more less much everything nothing something anything every each all both her him his about "
    "them you us what how whether two three four five six several many few".split()
)
# "of various ages" before another noun of its phrase ("of various ages and roles"): only "ages"
# and its conjunction go (the groups: kept, "ages", the conjunction); after a bare comma a
# participle may follow ("skateboarders of various ages, wearing helmets"), so the phrase goes whole.
# (A mention of the whole phrase with the space before it, " of different ages" of people placed in
# the image, is one too: "people of different ages and appearances" -> "people of different appearances")
_AGES_BEFORE_ANOTHER_NOUN = re.compile(
    r"([ \t]*of[ \t]+(?:various|different|differing|varying|diverse|mixed|many|all|all[ \t]+different)[ \t]+"
    r"|(?:varying|differing|ranging|diverse|different)[ \t]+in[ \t]+)"
    r"(ages?)(,?[ \t]+(?:and|or)[ \t]+)"
    r"(?=[a-z])(?!(?:a|an|the|their|his|her|its|our|some|many|other|one|two|three|four|several|they|we|it)\b)",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"(?:of|for|from|in|during|into|under|over|above|below|at|around|about|past|beyond|until|aged|weighing)\s"
    # (a last clause that only said an age is hard to tell: ", but it is hard to tell his age")
    r"|[,;]\s+(?:(?:but|and|although|though|while|as|since|so|however,?)\s+)?(?:it|the|his|her|their|this|that|how)\s"
    r"|\s+(?:but|and|although|though|while|as|since|so)\s+(?:it|how)\s"
    # (an aside of some people among others: ", with some adults among the children.")
    r"|,\s+with\s+(?:some|a\s+few|several|two|three|a\s+couple\s+of)\s"
    # (a comment on what a thing is thought of: ", which is typically considered a men's accessory.", or
    # an aside on some of a group: ", some of them potentially younger in age.")
    r"|,\s+which\s+(?:is|are|was|were)\s"
    r"|,\s+(?:some|many|most|a\s+few|several|one|two|both|all)\s+of\s+(?:them|whom)\s",
    re.IGNORECASE,
)
# ... but after a copula or "such as" the phrase was the predicate or a list item: marked, so
# the stranded-word fixes see it ("They are likely ∅." goes as a sentence)
_GUESS_HEDGE = "likely|possibly|probably|perhaps|maybe|presumably|potentially"
"""Words that hedge a guess at who someone is: the guess goes whole with them (here, and in
:data:`_HEDGED_ROLE_GUESS`)."""
# A hedge or a frequency adverb that stood before a dropped phrase goes with it and both its
# commas (", possibly of Indian origin,", "ready, typically around the age of 2-3 years, and")
_HEDGE_BEFORE = re.compile(
    rf",[ \t]*(?:(?:most|very|quite)[ \t]+)?"
    rf"(?:{_GUESS_HEDGE}|apparently|typically|usually|generally|normally|commonly|often)$"
)
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|appears?|seems?|looks?|remains?|as|like|than|including)(?:[ \t]+[a-z]+ly)*[ "
    r"\t]*$",
    re.IGNORECASE,
)
_PLURAL_NOUN = re.compile(r"[A-Za-z]{2,}[a-hj-rtv-z]s")  # "strengths", "friends"; not "is", "was", "class", "focus"
_PRECEDING_VERB = re.compile(r"\b(is|was|has|does|isn['’]t|wasn['’]t|hasn['’]t|doesn['’]t)([ \t]+)$", re.IGNORECASE)
_FINITE_AFTER = re.compile(
    r"[ \t]+(?:can|could|will|would|shall|should|may|might|must|cannot|can['’]t|won['’]t|is|was|has|does|did)\b"
)
# A pattern that begins with a run of spaces starts only at the run's first one
# (``(?<![ \t])``): the same matches, but a long run is scanned once, not once per space.
_SPACES_BEFORE_DROP = re.compile(rf"(?<![ \t])[ \t]*{DROP}(?:[ \t]*{DROP})*")
# An article right before an edit site (a drop after it, or a replacement starting the next
# word): only such articles can need a change, so others are not even matched.
_ARTICLE = re.compile(rf"\b(a|an|A|An|AN)(?:({DROP}+)([ \t]+)({SWAP}?)|()([ \t]+)({SWAP}))(?=([A-Za-z]+))")
# A drop that opens a quotation takes the space after it, and the article before the quotation
# follows the word now first in it: 'described as an "older man"' -> 'as a "person"' (not 'an " person"').
_QUOTED_DROP = re.compile(rf"(?:\b(an?)[ \t]+)?([\"“]){DROP}[ \t]+(?=({SWAP}?[A-Za-z]+))", re.IGNORECASE)
_DETERMINERS = r"(?:a|an|the|his|her|their|its|this|that|these|those|some)"
# Two dropped words joined by "and"/"or"/a comma ("an elderly and overweight man") go as one.
_DROPPED_PAIR = re.compile(rf"{DROP}(?:,?[ \t]+(?:and|or)|,)(?={DROP})", re.IGNORECASE)
# (a preposition ends the noun phrase: "with a ∅ and sunglasses on their head" is a list's)
_PLACE_WORDS = r"(?:on|in|at|of|with|to|for|from|by|over|under|around|near|behind|across|into|onto|and|or)"
# A conjunction or comma left first after a determiner, before the (replaced) person noun: "a ∅
# and tall person" -> "a tall person", "a ∅, ∅, blond woman" -> "a blond person" (not "a ∅ and
# glasses": that is an orphan, below).
_WORDS_BEFORE_REPLACED = rf"(?:[ \t]+(?!{_DETERMINERS}\b|{_PLACE_WORDS}\b)[A-Za-z-]+){{1,2}}[ \t]+{SWAP}"
_LEADING_CONJUNCTION = re.compile(
    rf"(\b{_DETERMINERS}{DROP}+)(?:,?[ \t]+(?:and|or)(?={_WORDS_BEFORE_REPLACED})"
    rf"|,(?={_WORDS_BEFORE_REPLACED}(?:person|people)\b))",
    re.IGNORECASE,
)
# ... and before an adjective of any noun after "the" ("The young and energetic skier" -> "The ∅
# and energetic skier" -> "The energetic skier"): the next word has an adjective's ending or is a
# common adjective, and a noun follows it (after "a" the ∅ may be a noun that went: "has a ∅ and
# colorful tattoos"; "with a ∅ and glasses" is an orphan, below).
_ADJECTIVE = (
    r"(?:(?!(?:family|body|party|baby|city|country|society|army|industry|sky|story|way|day|key|toy|boy|guy)\b)"
    r"[a-z-]+(?:ic|ful|ous|ive|able|ible|al|ish|ent|ant|y)|tall|short|small|big|strong|fit|slim|thin|lean|bright|"
    r"smiling|happy|proud|calm|bold|brave|skilled|focused|determined|relaxed|confident|dressed|delicate|intricate|"
    r"ornate|elaborate|soft|subtle|simple|cute|sweet)"
)
_LEADING_CONJUNCTION_BEFORE_ADJECTIVE = re.compile(
    rf"(\b(?:the|this|that){DROP}+),?[ \t]+(?:and|or)(?=[ \t]+{_ADJECTIVE}[ \t]+"
    r"(?!(?:and|or|with|on|in|at|of|to|for|is|are|was|were|who|that|which)\b)"
    r"[a-z])",
    re.IGNORECASE,
)
# A conjunction left last before a dropped modifier of a person noun ("The elderly and frail woman"
# -> "The elderly and ∅ person" -> "The elderly person", which the next pass sees whole).
# (the adjective that stays, and the dropped modifier of a rewritten person noun after it: the
# trailing conjunction's and the trailing comma's sites)
_KEPT_ADJECTIVE = rf"(\b(?:the|a|an|this|that)[ \t]+{_ADJECTIVE})"
_DROPPED_PERSON_MODIFIER = rf"(?={DROP}+[ \t]*{SWAP}(?:person|people)\b)"
_TRAILING_CONJUNCTION = re.compile(
    rf"{_KEPT_ADJECTIVE}[ \t]+(?:and|or)[ \t]*{_DROPPED_PERSON_MODIFIER}",
    re.IGNORECASE,
)
# ... and before a relative clause, where the dropped item was the second of two modifiers of a
# person ("a man wearing a black hat and sporting a beard who stands out" -> "a person wearing a
# black hat who stands out", not "a black hat and who stands out")
_CONJUNCTION_BEFORE_RELATIVE = re.compile(rf"[ \t]+(?:and|or)[ \t]*({DROP}+)(?=[ \t]+(?:who|whose)\b)")
# ... and before a dropped modifier of any noun after a preposition or determiner ("a challenge for
# inexperienced or young players" -> "for inexperienced or ∅ players" -> "for inexperienced players";
# an adverb may come first and a learner's word is an adjective here: "as a seemingly novice or young skier"
# -> "as a seemingly novice skier", "associated with more formal or masculine attire" -> "with more formal attire").
_TRAILING_CONJUNCTION_BEFORE_NOUN = re.compile(
    rf"(\b(?:for|of|to|with|by|among|the|a|an|some|many|most|all|other|where|when|while|in|on)[ \t]+"
    rf"(?:(?:[a-z]+ly|more|less|most|very|quite|rather)[ \t]+)?"
    rf"(?:[a-z-]+ed|{_ADJECTIVE}|novice|amateur|beginner))[ \t]+"
    rf"(?:and|or)[ \t]*{DROP}+[ \t]+(?=[a-z])",
    re.IGNORECASE,
)
# ... and after a verb or a relative pronoun, before an adjective and its plural noun ("hyenas that target
# young or vulnerable individuals" -> "target ∅ or vulnerable" -> "target vulnerable individuals"; after a
# determiner, the rules above and the orphan's below decide: "with a ∅ and friendly dogs")
_LEADING_CONJUNCTION_BEFORE_PLURAL = re.compile(
    r"(?<=[a-z])(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bits)(?<!\bsome)"
    rf"({DROP}+)[ \t]+(?:and|or)(?=[ \t]+(?:[a-z-]+ed|{_ADJECTIVE})[ \t]+"
    # (a noun, not a word that ends like one: "supervised ∅ or redirected towards")
    r"(?!(?:towards|afterwards|backwards|forwards|upwards|downwards|across|as|is|was|has|does|this|its|his|thus|"
    r"plus|unless|whereas|us|always|perhaps|besides)\b)(?:[a-z]+s|people|children)\b)"
)
# ... and before a dropped "age-related" of a noun of concern after any word ("Health or age-related
# factors:" -> "Health factors:", "faces physical and age-related challenges" -> "physical challenges").
_TRAILING_CONJUNCTION_BEFORE_CONCERN = re.compile(
    rf"(\b[A-Za-z][a-z-]*)[ \t]+(?:and|or)[ \t]*{DROP}+[ \t]+(?=(?:factors|issues|concerns|challenges|changes|"
    r"conditions|problems|decline|needs|differences|limitations|risks|diseases|considerations)\b)"
)
# ... and a list's last noun that went before the verb of its clause: "players with long hair and
# ∅ are posing" -> "with long hair are posing" ("-ing" nouns such as "clothing" stay list items)
_DROPPED_LAST_ITEM_BEFORE_VERB = re.compile(
    rf"(?<=[a-z])[ \t]+(?:and|or)[ \t]*{DROP}+(?=[ \t]+(?:is|are|was|were|has|have|had|can|could|will|would|"
    r"may|might|should|must|appears?|seems?|showcases?|suggests?|indicates?|highlights?|"
    r"(?!(?:wedding|clothing|building|painting|drawing|ceiling|evening|morning|offspring|bedding|stocking|"
    r"earring|something|anything|nothing|everything|swimming|skiing|hiking|riding|skating|fishing)\b)[a-z]+ing)\b)",
    re.IGNORECASE,
)
# "Both" left before a plural noun whose two coordinated modifiers went ("Both old and young people
# enjoy the park" -> "Both ∅ and ∅ people enjoy ..." -> "People enjoy ..."; "Both ∅ players" keeps it)
_STRANDED_BOTH = re.compile(
    rf"\b[Bb]oth(?={DROP}+,?[ \t]+(?:and|or)[ \t]*{DROP}+[ \t]*{SWAP}?(?:[a-z]+s|people|children)\b)"
)
# ... and "both" whose first item went keeps only the second ("passengers, both ∅ and possibly some accompanying
# people" -> "passengers, possibly some accompanying people"; "The skiers are both ∅ and experienced"
# -> "The skiers are experienced")
_EMPTIED_BOTH = re.compile(rf"\b[Bb]oth[ \t]*{DROP}+[ \t]+and(?=[ \t]+(?!as\b)[^ \t{DROP}{SWAP}])")
# A comma left after the one modifier that stays ("The tall, slim and young man" -> "The
# tall, ∅ and ∅ person" -> "The tall person")
_TRAILING_COMMA = re.compile(rf"{_KEPT_ADJECTIVE},{_DROPPED_PERSON_MODIFIER}", re.IGNORECASE)
# An attribute left coordinated with a dropped one: "The age and gender of the man are hard to tell"
# -> "The ∅ and gender of the person are ..." -> "The gender of the person is ..." (one noun now
# heads the subject, so the verb agrees with it).
_DROPPED_BEFORE_ATTRIBUTE_NAME = re.compile(
    rf"(\b(?:the|their|his|her|its|this)|['’]s)[ \t]*{DROP}+,?[ \t]+and[ \t]+(gender|sex|ethnicity|race|height|build)"
    r"\b(?:([^.!?\n,;:]{0,40}?[ \t])(are|were)\b)?",
    re.IGNORECASE,
)
# Modifiers left between a determiner and a dropped head noun ("a full, dark ∅"): up to three
# words that are not function words; they go with the noun phrase.
_FUNCTION_WORDS = (
    r"(?:a|an|the|his|her|their|its|this|that|these|those|some|and|or|but|with|of|in|on|at|to|"
    r"for|by|from|is|are|was|were|be|been|has|have|had|who|which|while|as|person|people|they|them)"
)
_MODIFIERS = (
    rf"(?:[ \t]+(?:{SWAP}[a-z]+['’]s|(?!{_FUNCTION_WORDS}\b|(?:particularly|especially|mainly|mostly|"
    rf"largely|primarily|likely|possibly|probably|usually|typically)\b)[A-Za-z][A-Za-z-]*"
    # (a comma between adjectives, not one before a new noun phrase: "the background, more skiers ∅")
    r"(?:,(?![ \t]+(?:more|many|some|several|other|others|few|most|all|both|each|two|three|four|five|six)\b))?"
    r")){0,3}"
)
# Plural nouns of things worn or carried that end like a verb ("and sunglasses on their head",
# "and earrings in their ears"): never a verb after "and".
_PLURAL_THINGS = frozenset(
    "glasses sunglasses eyeglasses goggles earrings tattoos gloves boots shoes sneakers sandals slippers socks "
    "headphones earphones earbuds freckles braces clothes pants shorts jeans trousers bracelets necklaces rings "
    "piercings mittens stripes spots patches badges pins ribbons flowers beads bangles chains".split()
)
# A verb phrase after "and": an auxiliary, or a finite verb before its object ("and is
# wearing", "and holds a cup"; not "and sunglasses").
_VERB_PHRASE = (
    r"(?:is|are|was|were|has|have|had|can|could|will|would|may|might|should|must|does|did|do|appears?|seems?|looks?|"
    rf"also|(?!(?:{'|'.join(sorted(_PLURAL_THINGS))})\b)(?![a-z]*(?:ous|ss|us|is)\b)"
    r"[a-z]+(?:s|ed)(?=[ \t]+(?:a|an|the|their|his|her|its|some|on|in|at|to|with|into|up|down|out|off|around|from|"
    rf"over)\b)|{AGREED}[a-z]+)\b"
)
# After "with" the item after "and" is the list's next noun, even before a preposition ("with a
# ∅ and sunglasses on their head" -> "with sunglasses on their head"); only an auxiliary there
# starts a verb phrase ("with a ∅ and is wearing").
_ORPHAN_IN_WITH_LIST = re.compile(
    rf"(?<=\bwith)([ \t]+{SWAP}?)({_DETERMINERS}){_MODIFIERS}{DROP}[ \t]+(?:and|or)\b"
    r"(?![ \t]+(?:is|are|was|were|has|have|had|can|could|will|would|may|might|should|must|does|did|do|appears?|"
    r"seems?|looks?|also|then)\b)"
    rf"(?=[ \t]+{SWAP}?([A-Za-z]+))",
    re.IGNORECASE,
)
# A list item of up to four words (no conjunction, preposition or participle: "with a ∅, smiling
# and waving", "with a ∅, dressed in a vest and shirt" list no things).
_ITEM_WORD = rf"{SWAP}?(?!(?:and|or|but|in|on|at|of|with|from|to|by|is|are|was|were|who|which|that)\b)[A-Za-z-]+"
_SHORT_ITEM = rf"(?:{_ITEM_WORD}[ \t]+){{0,3}}{_ITEM_WORD}"
# What people wear or show, the head of a list item after a dropped first one: "with a ∅, a hat
# and glasses" lists what the person has; "with a ∅, a dog and a cat" may list the scene's
# things, so it stays.
_WORN = (
    r"(?:hat|cap|beanie|helmet|hood|scarf|tie|bow[ \t]+tie|shirt|t-shirt|dress|jacket|coat|suit|sweater|hoodie|vest|"
    r"uniform|outfit|costume|apron|mask|bandana|headband|watch|necklace|bracelet|earring|ring|backpack|bag|smile|"
    r"hair|haircut|ponytail|tattoo|piercing|mouth|nose|lips|chin|cheeks|jaw|jawline|forehead|eyebrows|eyes|ears|"
    + "|".join(sorted(_PLURAL_THINGS))
    + ")"
)
# A dropped first item of a "with" list of two or more: "with a ∅, a hat and glasses" -> "with a
# hat and glasses" (not "a person, a hat and glasses"); a list of two left loses its comma
# ("with a ∅, a hat, and glasses" -> "with a hat and glasses").
_FIRST_ORPHAN_IN_WITH_LIST = re.compile(
    rf"(?:(?<=\bwith)|(?<=\bhas)|(?<=\bhave)|(?<=\bhad)|(?<=\bwears)|(?<=\bwear)|(?<=\bwearing)|(?<=\bsporting)"
    rf"|(?<=\bincludes)|(?<=\binclude)|(?<=\bincluding))[ \t]+({SWAP}?{_DETERMINERS}[ \t]*){_MODIFIERS}{DROP}+,[ \t]+"
    rf"((?![a-z]+(?:ing|ed)\b)(?:{_ITEM_WORD}[ \t]+){{0,3}}?{_WORN})\b"
    rf"(,(?=[ \t]+{_SHORT_ITEM},)|,?([ \t]+(?:and|or)\b))",
    re.IGNORECASE,
)


def _drop_first_orphan(match: re.Match[str]) -> str:
    """The list without its dropped first item (:data:`_FIRST_ORPHAN_IN_WITH_LIST`); a possessive
    it shared with the next item stays with that one ("includes his ∅, mouth, and nose" ->
    "includes their mouth and nose")."""
    determiner, item = match.group(1).strip(), match.group(2)
    shared = determiner.lstrip(SWAP).lower() in _POSSESSIVES and not _LEADING_DETERMINER.match(item)
    return " " + (determiner + " " if shared else "") + item + (match.group(4) or ",")


_LEADING_DETERMINER = re.compile(rf"{SWAP}?{_DETERMINERS}\b", re.IGNORECASE)


# A dropped last item of a list of three: "with a hat, glasses, and a ∅ standing" -> "with a hat
# and glasses standing" (not "with a hat, glasses, standing"); not where the item began a clause
# ("has short hair, and ∅ is minimal").
_LAST_ORPHAN_IN_LIST = re.compile(
    rf"(\b(?:with|sporting|wearing|has|have|had)[ \t]+{_SHORT_ITEM}(?:,[ \t]+{_SHORT_ITEM})*),[ \t]+"
    rf"((?![a-z]+(?:ing|ed)\b){_SHORT_ITEM}),[ \t]+(and|or)(?:[ \t]+{SWAP}?{_DETERMINERS})?{_MODIFIERS}{DROP}+"
    # (the dropped facial hair's place goes with it: "a small nose, full lips, and a ∅ on their chin")
    rf"(?:[ \t]+(?:on|along|around|covering|framing|above)[ \t]+(?:the|{SWAP}?their|his|her)[ \t]+"
    r"(?:chin|face|jaw|jawline|upper[ \t]+lip|lip|lips|cheeks|mouth)\b)?"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:[a-z]+ing|in|on|at|near|by|while|as|who|that|which)\b)",
    re.IGNORECASE,
)
# A kin possessive whose attribute went first in a list keeps the next item: "Tailor the play area to
# your child's age and interests" -> "your child's ∅ and interests" -> "your child's interests".
_KIN_POSSESSIVE_BEFORE_DROPPED_ITEM = re.compile(
    rf"(\b(?:your|my|our|their|his|her)[ \t]+[a-z]+['’]s{DROP}+)[ \t]+(?:and|or)(?=[ \t]+[a-z])", re.IGNORECASE
)
# (a determiner may itself be a replacement: "her age and" -> "their ∅ and"; not before a verb
# phrase: "has a ∅ and is wearing" is a predicate, below)
_ORPHAN_IN_LIST = re.compile(
    # (not a relative "that" after a plural noun: "hyenas that target ∅ or")
    rf"(?<![ \t])(?!(?<=s)[ \t]+that[ \t])([ \t]+{SWAP}?)({_DETERMINERS}){_MODIFIERS}{DROP}[ \t]+(?:and|or)\b"
    rf"(?![ \t]+{_VERB_PHRASE})"
    rf"(?=[ \t]+{SWAP}?([A-Za-z]+))?",
    re.IGNORECASE,
)
# A dropped first item of a bare list after a verb ("consider ∅ and fitness level", "Implement ∅
# and skill level-based zones", "take into account ∅, height and") goes with its conjunction or comma;
# a possessive before it stays for the next item ("consider their ∅, abilities, and any fears" ->
# "consider their abilities and any fears"), and a list of two left loses its comma.
_BARE_FIRST_ITEM = re.compile(
    rf"\b((?:consider|implement|account)(?:s|ed|ing)?|include[sd]?|take[ \t]+into[ \t]+account)"
    rf"([ \t]+{SWAP}?(?:their|his|her|its)(?=[ \t]*{DROP}))?[ \t]*{DROP}+"
    r"(?:,|[ \t]+(?:and|or))(?=[ \t]+(?!(?:such|like|as)\b)[a-z])"
    rf"(?:(?<=,)([ \t]+{_SHORT_ITEM}),(?=[ \t]+(?:and|or)[ \t]))?",
    re.IGNORECASE,
)


def _drop_bare_first_item(match: re.Match[str]) -> str:
    """:data:`_BARE_FIRST_ITEM` without its dropped item (and without the comma of a list of two left)."""
    return match.group(1) + (match.group(2) or "") + (match.group(3) or "")


# ... a possessive before it stays for the next item when that has no determiner of its own:
# "given her age and attire" -> "given their attire", not "given attire"
_POSSESSIVES = frozenset({"their", "his", "her", "its"})
_NOT_BARE_NOUNS = frozenset(
    "a an the this that these those some their his her its my our your other another any all each both every no "
    "they them it he she we you who which is are was were be has have had can could will would may might should "
    "must to of in on at for from with by as while when so then also".split()
)
# Nouns that end in -ing ("their ∅ sibling", "her ∅ clothing"), told from participles
_NOT_ING_NOUN = "".join(
    rf"(?<!\b{noun})"
    for noun in ("sibling", "clothing", "building", "wedding", "bedding", "earring", "stocking", "darling")
)
_KIN_HEAD_BEFORE = "".join(
    rf"(?<!\b{noun})" for noun in ("sibling", "siblings", "parent", "parents", "friend", "friends", "partner", "family")
)
_ORPHAN = re.compile(
    rf"(?<![ \t])(?:[ \t]+(?:especially|particularly|mainly|partly|even))?(?:[ \t]+(?:with|and|sporting|"
    rf"despite|considering|given|for|regardless[ \t]+of|because[ \t]+of|due[ \t]+to))?[ "
    # (a kin noun before the drop is its own head, the drop a phrase after it: "or a sibling ∅." of "a
    # sibling with a significant age difference")
    rf"\t]+{SWAP}?{_DETERMINERS}{_MODIFIERS}{_KIN_HEAD_BEFORE}{DROP}"
    # (the owner of a dropped attribute goes with it: "considering the ∅ of the person")
    rf"(?:[ \t]+of[ \t]+(?:the|this|that)[ \t]+{SWAP}(?:person|people)\b(?!['’])(?=[ \t]*[.,;:!?\n]))?"
    rf"(?=[ \t]*(?:[.,;:!?)\n]|$|(?:and|or|of|with|is|are|was|were|in|on|at|who|that|which|based|from|for|due|because|"
    r"since|as|than|while|whilst|when|"
    # (an -ing word here is a participle, "the ∅ wearing a hat"; -ing nouns keep their determiner)
    rf"without|beyond|given|to|by|[a-z]+ing\b{_NOT_ING_NOUN}(?![ \t]+{SWAP}(?:person|people)\b))\b))",
    re.IGNORECASE,
)
# A description of a predicate that went goes with it, as the predicate's verb does: "The two men are
# described as being older." -> "The two people are described as being ∅." -> "The two people are∅."
# (which the fixes for an emptied predicate close: "There are two people.")
_EMPTIED_DESCRIBED_AS = re.compile(
    # (only in a sentence of one clause: "is a woman, and she is described as being heavy" is left to the
    # fixes for an emptied last clause)
    rf"((?:^|(?<=[.!?][ \t])|(?<=\n))[^.!?\n,;]*?\b(?:is|are|was|were))[ \t]+"
    rf"(?:described|seen|regarded|considered|depicted|portrayed)[ \t]+as(?:[ \t]+being)?[ \t]*"
    rf"(?={DROP}+[ \t]*(?:[.!?\n]|$))"
)
# The last item of a list of three or more that only held a dropped attribute takes the list's "and"
# to the item before it: "his suit and tie, his slicked hair, and his well-groomed mustache" -> "their
# suit and tie and their slicked hair" (not "their suit and tie, their slicked hair.")
_DROPPED_LAST_LIST_ITEM = re.compile(
    rf",([ \t]+[^,.;:!?\n{DROP}]{{1,80}}?),[ \t]+and[ \t]+{SWAP}?{_DETERMINERS}{_MODIFIERS}{DROP}(?=[ \t]*[.;!?\n])"
)
# Two groups told apart by a contrast, both now bare "people", are some and others ("Men are seen
# wearing ties, while women are wearing hats" -> "Some people are seen wearing ties, while others are
# wearing hats", not "People ..., while people ..."); a determined group is left to the referents.
_CONTRASTED_PEOPLE = re.compile(
    rf"{SWAP}([Pp])eople\b((?:(?!{SWAP})[^.!?;\n])*?,?[ \t]+(?:while|whereas)[ \t]+){SWAP}people\b(?!['’])"
)
# One person set against a group that lost its own word: "The woman seems happy, while the boys may seem
# less engaged" -> "The person seems happy, while the others may" (not "while the people may").
_CONTRASTED_GROUP = re.compile(
    rf"(\b[Tt]he[ \t]+{SWAP}person\b(?:(?!{SWAP})[^.!?;\n])*?,?[ \t]+(?:while|whereas)[ \t]+)the[ \t]+{SWAP}people\b"
    r"(?!['’])"
)
_GROUP_DETERMINED = re.compile(
    r"\b(?:the|these|those|some|many|most|all|of|two|three|four|several|other|their)[ \t]+$", re.IGNORECASE
)


def _some_and_others(match: re.Match[str]) -> str:
    """ "People ..., while people" -> "Some people ..., while others" (see ``_CONTRASTED_PEOPLE``)."""
    if _GROUP_DETERMINED.search(match.string, max(0, match.start() - 12), match.start()):
        return match.group(0)
    some = "Some" if match.group(1) == "P" else "some"
    return f"{SWAP}{some} people{match.group(2)}{SWAP}others"


# The first of two adjectives went: the determiner takes the second ("led by an ∅, experienced rider" ->
# "led by an experienced rider", not "led by, experienced rider"; the article agrees later); so does
# "of" ("a group of ∅, uniformed children" -> "a group of uniformed people").
# (two words follow, neither a function word nor the first a participle: "a ∅, wearing a shirt" or
# "at such a ∅, they may" are a noun phrase that went whole)
_DROPPED_FIRST_ADJECTIVE = re.compile(
    rf"(?<!\bsuch[ \t])\b(a|an|A|An|the|The|of)[ \t]*{DROP},[ \t]+(?=([a-z][a-z-]*)[ \t]+{SWAP}?([a-z]+)\b)"
)
# An aside that only told the age of some of a group: "a small group of people, including some elderly
# individuals, are waiting" -> "a small group of people are waiting" (not "including some individuals")
_EMPTIED_INCLUDING = re.compile(
    rf",[ \t]+including[ \t]+(?:some|a[ \t]+few|several|many|two|three)[ \t]*{DROP}+[ \t]*"
    rf"(?:individuals|people|persons|{SWAP}people)(?=[,.;:!?])(?:,(?=[ \t]))?"
)
# The last of two adjectives went: "two happy, bearded men" -> "two happy, ∅ people" -> "two happy people";
# so before a thing: "promote a healthy, youthful appearance" -> "a healthy appearance", "wearing colorful,
# ethnic attire" -> "wearing colorful attire" (an adjective after "a" or a count: "Among the crowd, ∅
# people" keeps its clause's comma)
_ADJECTIVE_DETERMINER = r"(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|[Mm]any|[Ff]ew|[Bb]oth)"
_DROPPED_LAST_ADJECTIVE = re.compile(
    rf"(\b{_ADJECTIVE_DETERMINER}[ \t]+"
    r"(?!(?:people|persons|individuals|person|individual)\b)[a-z][a-z-]*),"
    rf"{DROP}+(?=[ \t]+{SWAP}(?:people|person|individuals?)\b)"
    # (before a thing, only a word that reads as an adjective: "As a result, ∅ individuals who ski"
    # keeps its comma)
    rf"|(?:(\b(?:{_ADJECTIVE_DETERMINER}|wearing|wears?|in|with)[ \t]+"
    r"[a-z][a-z-]*(?:y|ful|ous|ive|al|ic|ish|ent|ant|able|ible|less))"
    # (after "the" or a possessive only a word no noun ends like: "the casual, ∅ image" -> "the casual image",
    # while "For the community, ∅ baseball games" keeps its comma)
    r"|(\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)[ \t]+[a-z][a-z-]*(?:ful|ous|ive|al|ic|ish|able|ible|less))),"
    rf"{DROP}+(?=[ \t]+(?!(?:people|persons|individuals|person|individual)\b)[a-z][a-z-]*\b)"
)
# ... nor before a noun the attribute may be of too ("have a ∅, greenish hue" of an eye colour)
_ATTRIBUTE_SITES = frozenset(
    "hue hues color colour colors colours tone tones shade shades complexion skin eyes eye".split()
)


def _second_adjective(match: re.Match[str]) -> str:
    """The determiner before the second adjective (see ``_DROPPED_FIRST_ADJECTIVE``)."""
    adjective, noun = match.group(2), match.group(3)
    if (
        adjective.endswith(("ing", "ly", "ish"))
        or adjective in _NOT_BARE_NOUNS
        or adjective in ("and", "or", "but", "nor")
        or noun in _NOT_BARE_NOUNS
        or noun in _ATTRIBUTE_SITES
        or _WITH_APPOSITION_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    ):
        return match.group(0)
    return match.group(1) + " "


# The opening of an apposition of what someone has: ", with", ", likely with", ", most probably with"
_WITH_APPOSITION = (
    r",[ \t]+(?:(?:most[ \t]+)?(?:possibly|perhaps|maybe|likely|probably|presumably|usually|often)[ \t]+)?with[ \t]+"
)
# An apposition that only gave what went: "A man, likely with a beard, running the cart" -> "A person
# running the cart", "A man, with a beard, sells" -> "A person sells" (both commas go).
_EMPTIED_WITH_APPOSITION = re.compile(
    _WITH_APPOSITION + rf"(?:(?:an?|the|some)(?=[ \t{DROP}]))?[ \t]*{DROP}+,(?=[ \t])",
    re.IGNORECASE,
)
# "A man, (possibly) with a beard, sells hot dogs": the comma after the dropped noun closes an
# apposition, so the words after it are its sentence's verb, not a second adjective
_WITH_APPOSITION_BEFORE = re.compile(_WITH_APPOSITION + "$", re.IGNORECASE)


# "with a ∅" before a verb of its subject goes whole ("A man with a beard smiles at the camera" ->
# "A person smiles at the camera", not "A person with a smiles"): after "a" the next word ending
# in a single "s" is no plural noun, and a verb's object or preposition follows it ("with a ∅
# dress on" and "with ∅ arms on the table" stay for the fixes below).
# A participle whose "with" phrase went goes with it, unless a copula makes it the predicate ("the
# wisdom and experience associated with ∅, as ..." -> "the wisdom and experience, as ...").
_EMPTIED_ASSOCIATION = re.compile(
    r"(?<![ \t])(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)[ \t]+(?:associated|linked|connected|"
    rf"correlated|tied|that[ \t]+comes?|that[ \t]+came)[ \t]+with[ \t]+{SWAP}?{_DETERMINERS}{_MODIFIERS}{DROP}"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$))",
    re.IGNORECASE,
)
_ORPHAN_WITH_BEFORE_VERB = re.compile(
    rf"(?<![ \t])[ \t]+with[ \t]+an?{_MODIFIERS}{DROP}+(?=[ \t]+[a-z]+[^su\s]s[ \t]+(?:a|an|the|at|on|in|into|with|"
    r"to|by|near|next|over|under|up|down|out|off|around|from|his|her|their|its|for|toward|towards|across|along|behind|"
    r"beside|while|and|some|two|three|several|many|hot|fresh|food|drinks|coffee|ice|flowers|fruit|vegetables|books|"
    r"newspapers|tickets|souvenirs|balloons|snacks)\b)",
    re.IGNORECASE,
)
# A comparison whose object went goes with its word ("holding a comb under their nose like a ∅" ->
# "... under their nose", "wearing a pen as a ∅." -> "wearing a pen.", "like a ∅ and smiling" ->
# "... and smiling"); never before a list's next item ("such as a ∅, a hat, and shoes" keeps its
# list, below), and after "such as", "as well as" or "for" not before "and"/"or" either ("known for
# their ∅ and their hat" -> "known for their hat"); not at a sentence's start ("For their ∅, they
# are tall": an emptied introduction, below). An aside goes with both its commas ("festive elements,
# like the ∅, can add" -> "festive elements can add"), and a modal after it ends it too ("elements like
# the ∅ can add" -> "elements can add").
_EMPTIED_COMPARISON = re.compile(
    r"(?<![ \t.!?])(?<!\bsuch)(?P<comma>,)?[ \t]+"
    r"(?:(?:just[ \t]+|much[ \t]+|shaped[ \t]+)?(?P<like>like)|(?P<as>as)|such[ \t]+as|"
    r"as[ \t]+well[ \t]+as|for|"
    rf"in[ \t]+the[ \t]+(?:shape|form)[ \t]+of)[ \t]+{SWAP}?{_DETERMINERS}{_MODIFIERS}{DROP}"
    # (a list's next bare noun is no end either: "such as their ∅, gender, or profession")
    r"(?=[ \t]*(?:[.;:!?)\n]|$|,(?![ \t]+(?:a|an|the|some|their|his|her|and|or)\b"
    r"|[ \t]+[a-z-]+(?:,|[ \t]+(?:and|or)\b)))"
    r"|[ \t]+(?:while|whilst|when|with|can|could|will|would|may|might|should|must|"
    r"in|on|at|near|under|to|who|that|which|"
    # (a noun in -ing is the head the dropped word modified: "like a typical ∅ sibling pair")
    r"(?!(?:sibl|build|cloth|paint|ceil|rail|wedd|pudd|r|k|w|str|th|even|morn|spr|sw|offspr|bedd|ic|stuff|frost|topp|"
    r"seat|light|fenc|park|awn|stock|earr|dwell|dumpl|duckl|seedl|sapl|draw|hous|tubb)ing)[a-z]+ing)\b|"
    r"(?(like)[ \t]+(?:and|or)\b|(?(as)[ \t]+(?:and|or)\b|(?!))))"
    r"(?(comma),?)",
    re.IGNORECASE,
)
# "along with" or "together with" a person whose whole noun phrase went goes with it, an
# apposition with both its commas: "the man in a museum, along with his ∅, suggests" -> "the
# person in a museum suggests", not "..., along, suggests"
_EMPTIED_ACCOMPANIMENT = re.compile(
    rf"(,[ \t]*|(?<![ \t.!?])[ \t]+|(?<![^\n])|(?<=[.!?][ \t]))(?:along|together)[ \t]+with[ \t]+{SWAP}?{_DETERMINERS}"
    rf"{_MODIFIERS}{DROP}+(,[ \t]*)?"
    r"(?(2)|(?=[ \t]*(?:[.;:!?)\n]|$)|[ \t]+(?:in|on|at|near|by|to|for|from|and|or|who|that|which|as|while|"
    r"[a-z]+ing)\b))",
    re.IGNORECASE,
)
# A whole noun phrase dropped right after "with" ("with dark skin", "with grey hair"):
# "with ∅ and a hat" -> "with a hat", "a person with ∅." -> "a person."
# A noun that only pointed at the attribute goes with it: "shows wrinkles and signs of aging" ->
# "shows wrinkles" (not "and signs"), "shows signs of aging." -> a stranded verb (its sentence goes).
_EMPTIED_SIGNS = re.compile(
    rf"\b(?:(?:some|visible|clear|obvious|subtle|slight|noticeable|early|the|any)[ \t]+)*(?:signs?|hints?|traces?|"
    rf"indications?|effects?)[ \t]+of[ \t]*(?:{SWAP}?(?:their|his|her)[ \t]*)?{DROP}+"
    r"(?=[ \t]*(?:[^A-Za-z \t]|$|(?:and|or|but|while)\b))",
    re.IGNORECASE,
)
# A preposition whose whole object went, before punctuation or an infinitive ("based on ∅,
# making sure", "especially at ∅.", "for a person at ∅ to engage"): the phrase goes with it.
# Lower-case only: a sentence's first "At ∅," is an introduction (below).
_EMPTIED_PREPOSITIONAL_PHRASE = re.compile(
    r"(?<![.!?:;\n])(?:(?:[ \t]+(?:especially|particularly|mainly|even))?[ \t]+(?:at(?:[ \t]+such)?|on|based[ \t]+on|"
    rf"considering|given)|(?<=typical)[ \t]+of){DROP}+(?=[ \t]*(?:[,;:!?)\n]|\.(?!\d)|$|to[ \t]+[a-z]))"
    r"(?!,[ \t]+[A-Za-z-]+(?:,|[ \t]+(?:and|or)\b))"  # (a first list item: "on ∅, hobbies, and", above)
)
# (what a clause says of the body, where the inference only restates it: "appears very light,
# suggesting that they are ∅", "has no visible body fat, indicating that")
_BODY_CUE = re.compile(
    r"\b(?:size|sized|light|heavy|build|frame|figure|body|weight|fat|slim|slender|thin|skinny|muscular|stocky|"
    r"skin|complexion|features|face|facial|hair|eyes|tall|short|small|large|big|petite|height|looks?|appearance)\b",
    re.IGNORECASE,
)
# A participle clause that said what the dropped feature gave: "has a ∅ and a ∅, giving them a
# distinctive appearance." -> "has ∅." (closed like any emptied predicate), not "has, giving them".
_EMPTIED_PREDICATE_CONSEQUENCE = re.compile(
    # (not a second predicate: "is wearing a jacket and has ∅, giving them a distinguished look" keeps it)
    rf"(?<!\band[ \t])\b(has|have|had|sports|wears|wearing|sporting)(?:[ \t]*{DROP})+,[ \t]+"
    r"(?:giving|making|adding|lending)\b"
    r"[^.!?\n]*(?=[.!?\n]|$)",
    re.IGNORECASE,
)
# An inference clause left with no attribute to infer: "wearing sombreros, possibly indicating that
# they are of ∅ origin." -> "wearing sombreros." (not "..., possibly indicating that they.")
_EMPTIED_INFERENCE = re.compile(
    r",[ \t]+(?:(?:possibly|likely|probably|perhaps|which|that)[ \t]+)?(?:(?:may|might|could|would|can)[ \t]+)?"
    r"(?:suggest(?:s|ing)?|indicat(?:es?|ing)|impl(?:ies|ying|y)|mean(?:s|ing)?|signal(?:s|ing)?)[ \t]+that[ \t]+"
    rf"{SWAP}?(?:they|he|she|(?:the|these|those)[ \t]+{SWAP}?[a-z]+|some|many|most)"
    r"(?:[ \t]+(?:may|might|could|must|would|can|likely|probably|possibly))*[ \t]+"
    rf"(?:be|are|is|were|was|come|comes|came)(?:[ \t]+(?:from|of))?{DROP}+(?=[ \t]*(?:[.;!?\n]|$))",
    re.IGNORECASE,
)
# ... and "without" whose verb's whole object went ("a symbol of a birthday without revealing ∅." -> "a
# symbol of a birthday.", from "without revealing the exact age")
_WITHOUT_TELLING = (
    r"[ \t]+without[ \t]+(?:revealing|disclosing|specifying|indicating|showing|stating|mentioning|giving[ \t]+away)"
)
_EMPTIED_WITHOUT = re.compile(
    # (before a comma only when none opens it: "cuts the cake without revealing ∅, smiling")
    rf",?{_WITHOUT_TELLING}{DROP}+(?=[ \t]*(?:[.;!?\n]|$))|(?<![,\s]){_WITHOUT_TELLING}{DROP}+(?=,)"
)
# ... and a subordinator whose whole clause went ("a matter of privacy, especially when ∅." -> "a matter
# of privacy.", from "especially when considering the young age of the child")
_EMPTIED_WHEN = re.compile(
    rf",?[ \t]+(?:(?:especially|particularly|even)[ \t]+)?(?:when|while){DROP}+(?=[ \t]*(?:[.;!?\n]|$))"
)
# (also a longer list whose first items all went: "with ∅, ∅, and large glasses" -> "with large
# glasses", and one whose "and" went with its item: "with ∅, ∅ glasses")
_BARE_ORPHAN_IN_LIST = re.compile(
    rf"\b(with|sporting)(?:(?:{DROP}+[ \t]*,[ \t]*)*{DROP}+,?[ \t]+(?:and|or)\b|(?:{DROP}+[ \t]*,[ \t]*)+{DROP}+"
    r"(?=[ \t]+[a-z]))",
    re.IGNORECASE,
)
# ("a man with white hair sitting down" -> "a person sitting down": a participle of what people
# do, not a noun in -ing such as "clothing", follows the emptied "with")
_BARE_ORPHAN = re.compile(
    rf"(?<![ \t])[ \t]+(?:with|sporting){DROP}+(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:is|are|was|were)\b|"
    r"[ \t]+(?:sitting|standing|walking|holding|wearing|smiling|posing|looking|leaning|lying|playing|riding|"
    r"drinking|eating|reading|talking|watching|carrying|waiting|working|enjoying|using)\b)",
    re.IGNORECASE,
)
_COMMA_BEFORE_END = re.compile(rf",[ \t]*{DROP}+(?=[ \t]*(?:[.;:!?)\n]|$))")
# A dropped item inside a list ("ability, ∅, and height") or at its end ("diabetes, and ∅.").
_DROPPED_LIST_ITEM = re.compile(rf",[ \t]*{DROP}+(?=[ \t]*,)")
# A focus adverb left before a plural person noun whose modifier went ("a group of mainly ∅
# people" -> "a group of people"): it said which people, and the group is all there is now.
_STRANDED_FOCUS = re.compile(
    rf"\b(?:mainly|mostly|largely|primarily|predominantly|exclusively|specifically)[ \t]*(?={DROP}[ \t]*{SWAP}?"
    rf"(?:people|persons|individuals)\b)",
    re.IGNORECASE,
)
# An apposition left with only "ones" ("other players, especially ∅ ones, reinforcing"): it
# goes, with its closing comma unless a clause follows that needs one ("for skateboarders,
# especially ∅ ones, to use" -> "for skateboarders to use").
_EMPTIED_ONES = re.compile(
    rf",[ \t]*(?:especially|particularly|mainly|mostly|notably)[ \t]*{DROP}+[ \t]*ones\b"
    r"(?:,(?![ \t]+(?:[a-z]+ing|which|who|and|but|so|while|as)\b))?"
)
# A conjunct left before a dropped proper adjective ("the Hawaiian and ∅ cultures") goes with
# its conjunction: "the Hawaiian cultures", not "the Hawaiian and cultures".
_DROPPED_PROPER_CONJUNCT = re.compile(
    rf"(\b[A-Z][a-z]+(?:ian|can|ean|ese|ish|ic|i))[ \t]+(?:and|or)[ \t]*(?={DROP}[ \t]+[a-z])"
)
# A last list item left with only the adjective of its dropped facial hair: "his confident demeanor
# and stylish ∅." -> "and ∅." (which the list fixes close: "his confident demeanor.")
_STRANDED_HAIR_ADJECTIVE = re.compile(
    r"(?:(?<=\band)|(?<=\bor))[ \t]+(?:stylish|thick|full|bushy|neat|neatly[ \t]+trimmed|"
    rf"trimmed|well-groomed|groomed|scruffy|unkempt|distinctive|prominent)[ \t]*(?={DROP}+[ \t]*[.;:!?\n])"
)
# A degree word left before a dropped adjective: "a very ∅ person".
_STRANDED_DEGREE = re.compile(
    r"\b(?:very|quite|rather|slightly|somewhat|fairly|extremely|relatively|really|so|too|more|less|most|least|"
    r"exact|precise|specific|approximate|estimated|actual|(?!(?:only|early|family|belly|supply|reply|particularly|especially|"
    rf"mainly|mostly|largely|primarily|usually|typically|generally|likely|{_LY_ADJECTIVES})\b)[a-z]+ly)[ \t]*$",
    re.IGNORECASE,
)
# (or before a preposition that follows the list: "across various cultures and ∅ for many
# centuries" -> "across various cultures for many centuries")
_DROPPED_LAST_ITEM = re.compile(
    rf",?(?<![ \t])[ \t]+(and|or)[ \t]*{DROP}+(?=[ \t]*(?:[.,;:!?)\n]|$|(?:for|of|in|at|on|with|from|by|across|among|"
    r"during|throughout|regardless|such|including)\b))"
)
# A group adjective whose head noun was dropped ("of diverse ∅ such as", "players of various ∅,"):
# a neutral head takes its place, so the noun phrase stays whole ("diverse backgrounds").
# (the words are also the literal test that runs first: most rewrites have no such site)
_GROUP_WORDS = (
    "diverse",
    "different",
    "differing",
    "various",
    "varied",
    "varying",
    "mixed",
    "multiple",
    "many",
    "several",
)
# (a neutral head the list already names goes with its conjunction: "people of different ∅ and
# backgrounds" -> "people of different backgrounds", not "backgrounds and backgrounds")
_HEADLESS_GROUP = re.compile(
    rf"\b({'|'.join(_GROUP_WORDS)})({DROP}+)"
    r"(?:[ \t]+(?:and|or)[ \t]+backgrounds?\b|"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$|(?:such|and|or|who|that|which|with|in|at|from|including|like|among|represented|is|are|"
    r"was|were)\b)))",
    re.IGNORECASE,
)
_EXAMPLE_WORDS = ("including", "as", "like", "namely", "especially", "particularly", "e.g.", "e.g.,")
_PREPOSITION_SITES = ("at", "on", "such", "considering", "given", "of")
# An example phrase whose every example was dropped: ", including ∅ individuals" says nothing.
# (between commas both go: "Several people, including ∅ people, are" -> "Several people are")
_EMPTIED_EXAMPLES = re.compile(
    rf"(,)?(?<![ \t])[ \t]+(?:including|such[ \t]+as|like|namely|especially|particularly|e\.g\.,?){DROP}+[ \t]+"
    rf"(?:individuals|people|persons|{SWAP}people)\b(?:(?(1),(?=[ \t])|(?!))|(?=[ \t]*(?:[.,;:!?)\n]|$)))",
    re.IGNORECASE,
)
# A dropped first conjunct after a preposition or a copula: "a range of ∅ and abilities".
_DROPPED_FIRST_CONJUNCT = re.compile(
    rf"\b(of|among|for|between|by|in|to|from|on|at|about|including|like|as|is|are|was|were|be|been|being|looks?|appears?|"
    rf"seems?|particularly|especially|mostly|mainly|still|already)"
    # (a list of two left after it loses its comma: "on ∅, hobbies, and interests" -> "on hobbies and
    # interests")
    rf"{DROP}+(?:,?[ \t]+(?:and|or)(?=[ \t]+[A-Za-z])|,([ \t]+[A-Za-z-]+)(?:,(?=[ \t]+(?:and|or)\b(?![^,.;:!?\n]*,))|"
    r"(?=,|[ \t]+(?:and|or)\b)))",
    re.IGNORECASE,
)
# A relative clause that only stated the attribute: "the man, who is overweight, smiles".
_EMPTIED_RELATIVE = re.compile(
    rf"(,?)(?<![ \t])[ \t]+(?:(?:who|which|that)[ \t]+(?:is|are|was|were|appears?|seems?|looks?)|who[ \t]+"
    rf"(?:could|might|may|must|would|can)[ \t]+be)(?:[ \t]+(?:to[ \t]+be|"
    r"very|quite|"
    rf"rather|slightly|somewhat|fairly|extremely|relatively|[a-z]+ly))*{DROP}+[ \t]*(,?)(?=[ \t]*[,.;:!?A-Za-z])"
)
# A predicate whose object or complement was dropped ("has a ∅", "is ∅", "does not have ∅"):
# the verb goes with it, so no clause is left without its verb or complement.
_PREDICATE = (
    r"(?:(?:does|do|did|can|could|may|might|will|would|should|must)(?:n['’]t|[ \t]+not)?[ \t]+"
    r"(?:also[ \t]+|still[ \t]+)?)?"
    r"(?:has|have|had|sports|wears|grows|is|are|was|were|be|been|appears?(?:[ \t]+to[ \t]+be)?|"
    r"seems?(?:[ \t]+to[ \t]+be)?|looks?)(?:[ \t]+(?:not|also|still|clearly|likely|probably|possibly))*"
)
_PREDICATE_SITE = re.compile(
    rf"\b(?:has|have|had|sports|wears|grows|is|are|was|were|be|been|looks?|looked|appears?|appeared|seems?|seemed|"
    rf"wearing|wear|sporting|not|also|still|and|clearly|likely|probably|possibly|(?:shows?|displays?)[ \t]+no){DROP}"
)
# ... before a coordinated verb phrase: "has a ∅ and is wearing a hat" -> "is wearing a hat",
# "is ∅ and is holding" -> "is holding", "might be ∅ or have been" -> "might have been"; as the
# middle item of a list the conjunction stays ("is wearing glasses, has a ∅, and is wearing a
# shirt" -> "is wearing glasses and is wearing a shirt")
_EMPTIED_FIRST_PREDICATE = re.compile(
    r"(?:(?P<listed>,)|(?<![ \t]))[ \t]+(?:has|have|had|sports|wears|grows|is|are|was|were|be|been|"
    r"(?:appears?|appeared|seems?|seemed)[ \t]+to[ \t]+be|(?:shows?|displays?)[ \t]+no)(?:[ \t]+(?:not|also|still))*"
    rf"{DROP}+,?"
    rf"[ \t]+(?P<conjunction>and|or|but)[ \t]+(?P<quantifier>(?:both|all)[ \t]+)?(?={_VERB_PHRASE})",
    re.IGNORECASE,
)
# ... but a copula whose first complement went keeps a participle after "and": "She is ∅ and
# dressed in a red coat" -> "They are dressed in ...", "appears to be ∅ and focused on" ->
# "appears to be focused on" (not "They dressed", "focused"); a "-ed" word before an object is
# a verb and left to the pattern above
_EMPTIED_COPULA_BEFORE_PARTICIPLE_AND = re.compile(
    r"(?<![ \t])([ \t]+(?:is|are|was|were|be|been|(?:appears?|appeared|seems?|seemed)[ \t]+to[ \t]+be))"
    rf"(?:[ \t]+(?:also|still))*{DROP}+,?[ \t]+(?:and|but)[ \t]+"
    r"(?=[a-z]+ed\b(?![ \t]+(?:a|an|the|their|his|her|its|some|this|that|these|those)\b))",
    re.IGNORECASE,
)
# ... a copula's before an intransitive verb ("They are ∅ and walks slowly." -> "They walk slowly.",
# "The person shows no ∅ and smiles." -> "The person smiles."): a "-s" or "-ed" word after "and"
# that ends its clause or takes an "-ly" adverb is the verb (after "has ∅ and" it may be a noun:
# "has ∅ and glasses."), and after "are" it agrees with the plural subject.
# (a singular copula's second verb may take an object: "The man is quite heavy and requires care"
# -> "The person requires care", not "The person is requires care"; "-ous", "-ss" and "-us" words
# are adjectives, "is ∅ and nervous")
_EMPTIED_COPULA_BEFORE_VERB = re.compile(
    rf"(?<![ \t])[ \t]+(is|are|was|were|(?:shows?|displays?)[ \t]+no)(?:[ \t]+(?:not|also|still))*{DROP}+,?[ \t]+"
    rf"(?:and|but)[ \t]+(?:([a-z]+(?:s|ed))(?=[ \t]*[.!?,;]|[ \t]+[a-z]+ly\b)"
    rf"|(?:(?<=\bis{DROP} and )|(?<=\bwas{DROP} and ))"
    r"(?![a-z]*(?:ous|ss|us|is)\b)(has|does|[a-z]+[a-rt-z]s)(?=[ \t]+(?!and\b|or\b)[a-z]))"
)


def _close_copula_before_verb(match: re.Match[str]) -> str:
    verb = match.group(2) or match.group(3)
    return f"{DROP} " + (plural_verb(verb) if match.group(1) in ("are", "were") else verb)


# ... before a participle clause of time: "has a ∅ while driving" -> "is driving"
_EMPTIED_HAS_BEFORE_WHILE = re.compile(
    rf"\b(has|have|had)(?:[ \t]+(?:also|still))?{DROP}+[ \t]+(?:while|whilst|when)(?=[ \t]+[a-z]+ing\b)", re.IGNORECASE
)
_AUXILIARY_OF_HAVE = {"has": "is", "have": "are", "had": "was"}
# ... before a relative clause about that object: "has a ∅, which adds to" -> "has ∅" (the
# sentence-level fixes take a sentence that is only that)
_EMPTIED_HAS_BEFORE_WHICH = re.compile(
    rf"(\b(?:has|have|had|sports|wears){DROP}+),[ \t]+which\b[^.!?\n]*",
    re.IGNORECASE,
)
# ... as a list's first item after its verb: "wearing a ∅, a tie, and red pants" -> "wearing a tie, ..."
_EMPTIED_FIRST_OBJECT = re.compile(
    rf"(\b(?:wearing|wears|wear|has|have|had|sporting|sports)){DROP}+,"
    r"(?=[ \t]+(?:a|an|the|some|their)[ \t]+[^,.;:!?\n]{1,40},)",
    re.IGNORECASE,
)
# ... as the object of "wearing" at a clause's end: "a person wearing a fake ∅" -> "a person", "is
# wearing a ∅." -> "is ∅." (closed below); not before a list's next item ("wearing a ∅, a tie,").
_EMPTIED_WEARING = re.compile(
    rf"(?<![ \t])[ \t]+wearing{DROP}+(?=[ \t]*(?:[.;:!?)\n]|$)|,(?![ \t]+(?:a|an|the|some|their|his|her)\b)|"
    r"[ \t]+(?:as|for|while|whilst|when|at|in|on|near|and|or|[a-z]+ing)\b)",
    re.IGNORECASE,
)
# ... as the last verb phrase of a coordination: "is smiling and has a ∅." -> "is smiling."
_EMPTIED_LAST_PREDICATE = re.compile(
    rf",?(?<![ \t])[ \t]+(?:and|but)(?:[ \t]+(?:{_VERB_ADVERB}[ \t]+)?"
    rf"(?:{_PREDICATE}|sporting|having|wearing|growing))?{DROP}+"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$))",
    re.IGNORECASE,
)
# ... as the whole predicate of a clause after a conjunction or a semicolon: "X, and they have
# ∅." -> "X."
_EMPTIED_LAST_CLAUSE = re.compile(
    rf"(?:,[ \t]+(?:and|but|while|whereas|so|although|though|yet)[ \t]+[^,.;:!?\n{DROP}]{{0,60}}?|;[ \t]+[^,.;:!?\n"
    rf"{DROP}]{{0,60}}?|[ \t]+(?:and|but)[ \t]+(?:they|it|{SWAP}?the[ \t]+{SWAP}?(?:person|people)))[ \t]+{_PREDICATE}"
    rf"{DROP}+(?=[ \t]*(?:[.;:!?)\n]|$))",
    re.IGNORECASE,
)
# ... as the whole predicate of a subordinate clause after a comma: "This helps the person making
# the pizza, especially if they are ∅, as the process ..." -> "... making the pizza, as the process"
_EMPTIED_SUBORDINATE = re.compile(
    r",[ \t]+(?:(?:especially|particularly|even|only|mainly)[ \t]+)?(?:if|when|since|because|as|although|though|while|"
    rf"whether|unless)[ \t]+[^,.;:!?\n{DROP}]{{0,60}}?[ \t]{_PREDICATE}{DROP}+(?=[ \t]*[,.;:!?])"
    # (an aside before the main verb goes with both commas: "supervision, especially if the person is
    # ∅, is important")
    r"(?:[ \t]*,(?=[ \t]+(?:is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\b))?",
    re.IGNORECASE,
)
# ... as the whole predicate of a sentence's first clause, before a coordinated clause: "The
# person appears to be ∅, but it is hard to ..." -> "It is hard to ..." ("Yes, " stays); without
# a comma only before a clause with its own subject and verb ("The person is ∅ and the dog is
# old" -> "The dog is old"), not before a second complement ("is ∅ and the tallest")
_NEW_SUBJECT = (
    rf"{SWAP}?(?:the|this|that|these|those|his|her|their|its|a|an|my|our)[ \t]+(?:[^ \t.,;:!?\n]+[ \t]+){{0,4}}?"
    r"(?:is|are|was|were|has|have|had|looks?|appears?|seems?|remains?)\b"
)
_EMPTIED_FIRST_CLAUSE = re.compile(
    rf"(^|(?<=[.!?])[ \t]+|\n[ \t]*)((?:Yes|No),?[ \t]+)?[^,.;:!?\n{DROP}]{{0,80}}?[ \t]{_PREDICATE}{DROP}+(?:[ \t]*,"
    r"[ \t]+(?:but|and|so|yet|although|though|while|whereas)|[ \t]+(?:but|and|while|whereas)(?=[ \t]+"
    rf"{_NEW_SUBJECT}))[ \t]+"
)
# (literal tests first: most rewrites have no such site)
_PREDICATE_SITES = tuple(
    verb + DROP
    for verb in ("has", "have", "had", "sports", "wears", "grows", "is", "are", "was", "were", "be", "been", "look")
    + (
        "looks",
        "wearing",
        "wear",
        "sporting",
        "not",
        "also",
        "still",
        "and",
        "clearly",
        "likely",
        "probably",
        "possibly",
    )
    + ("appears", "appeared", "seems", "seemed", "looked", " no")
)
# A copula whose complement went, before a participle: the copula stays as the auxiliary of
# that participle ("The person appears to be ∅, holding a cane" -> "The person is holding a
# cane"); before a hedge that only qualified the complement ("appear to be ∅, likely in the
# range of ..."), the predicate goes with the hedge and the clause is left without one.
_COPULA_AUXILIARY = {
    "appears": "is",
    "seems": "is",
    "looks": "is",
    "is": "is",
    "appear": "are",
    "seem": "are",
    "look": "are",
    "are": "are",
    "appeared": "was",
    "seemed": "was",
    "looked": "was",
    "was": "was",
    "were": "were",
}
_COPULA = rf"(?:{'|'.join(_COPULA_AUXILIARY)})"
# participles that draw a conclusion from the complement, not the subject's action
_INFERENCE = r"(?:indicating|suggesting|implying|meaning|showing|signifying|hinting|judging|considering|making)"
_DEGREE_WORDS = r"(?:[ \t]+(?:quite|very|relatively|fairly|rather|somewhat|still|also))*"
_EMPTIED_COPULA_BEFORE_PARTICIPLE = re.compile(
    rf"(?<![ \t])([ \t]+)({_COPULA})(?:[ \t]+to[ \t]+be)?{_DEGREE_WORDS}{DROP}+,[ \t]+(?!{_INFERENCE}\b)"
    r"(?=[a-z]+ing\b|(?:dressed|clad|seated|positioned|perched|surrounded|accompanied)\b)",
    re.IGNORECASE,
)
# ... but not in an opening subordinate clause ("Since the kids are young, using light equipment
# can help" -> "Using light equipment can help", not "Since the people are using ... can help"):
# the whole clause goes with the introductions' fix further down
# (one list of opening subordinators serves both fixes, so a clause this one leaves is one that fix takes)
_OPENING_SUBORDINATOR = r"(?:As|Since|Because|Although|Though|While|If|When)"
_SUBORDINATE_OPENING = re.compile(rf"(?:^|[.!?\n])[ \t]*{_OPENING_SUBORDINATOR}[ \t]+[^,.;:!?\n]*$")
_EMPTIED_COPULA_BEFORE_HEDGE = re.compile(
    rf"(?<![ \t])[ \t]+{_COPULA}(?:[ \t]+to[ \t]+be)?{_DEGREE_WORDS}{DROP}+,[ \t]+(?:most[ \t]+likely|likely|possibly|"
    rf"probably|perhaps|maybe|approximately|roughly|around|about|in|{_INFERENCE})\b[^,.;:!?\n]*(?=[.!?\n]|$)"
    # (or before a relative clause that draws a conclusion from it: "They appear to be ∅, which
    # suggests that ...")
    rf"|(?<![ \t])[ \t]+{_COPULA}(?:[ \t]+to[ \t]+be)?{_DEGREE_WORDS}{DROP}+,[ \t]+which\b[^.!?\n]*(?=[.!?\n]|$)",
    re.IGNORECASE,
)
# A sentence that is only a subject whose predicate went ("The person in the image ∅."): it
# goes when other sentences stay; as the whole turn it says that the subject is there ("There
# is a person in the image."), never a verbless stub.
_STUBBED_SENTENCE = re.compile(rf"(?:(?:Yes|No),?[ \t]+)?[^,;:.!?\n]*{STUB}[ \t{DROP}]*[.!]?[ \t]*$")
# a quantifier that stands for people already named ("Both of them", "all three", "Some of them")
_SUBJECT_QUANTIFIER = r"both|all|some|most|many|several|each|either|neither"
_QUANTIFIED_PRONOUN = re.compile(
    rf"({_SUBJECT_QUANTIFIER})(?:[ \t]+of)?(?:[ \t]+(?:them|us|you))?"
    r"(?:[ \t]+(two|three|four|five|six))?"
)
_QUANTIFIED_PARTITIVE = re.compile(
    rf"(?:{_SUBJECT_QUANTIFIER}|a[ \t]+few|few|majority|bulk|rest|remainder)[ \t]+of[ \t]+(?:the|these|those)"
    rf"[ \t]+[{SWAP}{LABEL}]*([a-z][\w -]*)",
    re.IGNORECASE,
)
_STUB_SUBJECT = re.compile(
    # (after an opening "In the image, ", which stays: "In the image, there is a person.")
    r"((?:^|(?<=[.!?])[ \t]+|\n[ \t]*)(?:(?:In|On)[ \t]+(?:the|this)[ \t]+(?:image|picture|photo|photograph|scene),"
    r"[ \t]+)?)"
    # (a determiner may stand before a dropped word: "The ∅ person")
    rf"(?:[{SWAP}{LABEL}]*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?)[ \t{DROP}]+)?"
    rf"((?:[{SWAP}{LABEL}]*(?:two|three|four|five|six|several|many)[ \t]+)?[{SWAP}{LABEL}]*([A-Za-z-]+)"
    rf"(?:(?![ \t]+(?:is|are|was|were|has|have|had|and|but|or|who|which|that|[a-z]+ed)\b)[^,;:.!?\n{STUB}])*?)"
    # (a caption may end without a stop: "the man has a beard" -> "There is a person")
    rf"[ \t{DROP}]*{STUB}[ \t{DROP}]*([.!]|$)"
)
_DOUBLE_COMMA = re.compile(rf",{DROP}*,")
# (an adverb before the verb goes with it: "The person literally has ∅." -> "There is a person.")
_STUB_VERB = re.compile(
    rf"(?<![ \t])(?:[ \t]+{_VERB_ADVERB})*[ \t]+"
    r"(?:(?:appears?|appeared|seems?|seemed|looks?|looked)(?:[ \t]+to[ \t]+be)?|has|have|had|sports|"
    rf"wears|is|are|was|were|be)(?:[ \t]+(?:not|also|still))*{DROP}+"
    r"(?=[ \t]*(?:[.?!](?:[ \t\n]|$)|$))",
    re.IGNORECASE,
)
_EMPTIED_RELATIVE_HAS = re.compile(
    rf"(,?)(?<![ \t])[ \t]+(?:who|that)[ \t]+(?:also[ \t]+)?(?:has|have|had|sports|wears){DROP}+[ \t]*(,?)"
    r"(?=[ \t]*[,.;:!?A-Za-z])"
)
# Cheap tests (a literal first) for whether the two fixes below can apply at all.
_DROP_CONJUNCTION = re.compile(rf"{DROP}(?:,?[ \t]+(?:and|or)\b|,)")
_CONJUNCTION_BEFORE_SWAP = re.compile(
    rf"(?:and|or)[ \t{DROP}]+(?:[a-z]+[ \t{DROP}]+){{0,2}}{SWAP}"
    rf"|{SWAP}(?:person|people),?[ \t]+(?:and|or)[ \t{DROP}]+(?:[a-z]+[ \t{DROP}]+){{0,2}}(?:person|people)\b"
)
_OR_NEAR_SWAP = re.compile(rf"{SWAP}[a-z]+,?[ \t]+or\b|\bor[ \t]+(?:(?:a|an|the|one)[ \t]+)?{SWAP}")
# "the women' mood" (a plural possessive missing its "s") -> "the people's mood", not "people'"
_BARE_PLURAL_POSSESSIVE = re.compile(rf"(?<!['‘])({SWAP}people)(['’])(?=[ \t]+[A-Za-z])")
_SLASHED_PERSON = re.compile(rf"({SWAP}?\b(?:person|people))/{SWAP}?(?:person|people)\b")
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_NUMBER_WORDS = {value: word for word, value in _NUMBERS.items() if word not in ("a", "an")} | {
    11: "eleven",
    12: "twelve",
}
# the counts a merge writes ("two" to "twelve" people)
_COUNT = "(?:" + "|".join(_NUMBER_WORDS[number] for number in range(2, 13)) + ")"
_SWAPPED_COUNT = re.compile(rf"{SWAP}(?:the[ \t]+)?{_COUNT}[ \t]+(?:other[ \t]+)?people")
# "there is a man and a woman" -> "there are two people": the merged count is plural, so the
# existential verb before it (which agreed with "a man") must be too.
_EXISTENTIAL_BEFORE_COUNT = re.compile(
    rf"\b(?:([Tt]here[ \t]+)(is|was)|([Tt]here)['’]s|(is|was|Is|Was)(?=[ \t]+there))"
    rf"(?=[ \t]+(?:there[ \t]+)?(?:(?:also|still|just|only|now|then)[ \t]+)?{SWAP}{_COUNT}[ \t]+"
    r"(?:other[ \t]+)?people\b)"
)
_PLURAL_EXISTENTIAL = {"is": "are", "was": "were", "Is": "Are", "Was": "Were"}
# Neutral person nouns coordinated after an edit ("a man and a woman" -> "a person and a
# person"): one noun phrase with the right number instead ("two people").
_NEUTRAL_NP = (
    r"(?:\b(?:the[ \t]+)?(?:a|an|one|another|the|two|three|four|five|six|seven|eight|nine|ten)[ "
    rf"\t{DROP}]+)?{SWAP}?\b(?:person|people)\b(?!['’])"
)
# An "individual" that lost its age or gender word next to another person of a pair is one
# more person: "an adult and a younger individual" -> "a person and a ∅ individual" -> "two
# people", as "a man and a young woman" reads (not "a person and an individual").
_STRIPPED_INDIVIDUAL = re.compile(
    rf"\b(an?|the)([ \t]*{DROP}[ \t{DROP}]*)individual\b(?!['’])"
    rf"(?=[ \t]+and[ \t]+(?:an?|the)[ \t{DROP}]*(?:{SWAP}person|{DROP}[ \t{DROP}]*individual)\b(?!['’]))",
    re.IGNORECASE,
)
_STRIPPED_INDIVIDUAL_AFTER = re.compile(
    rf"({SWAP}person[ \t]+and[ \t]+(?:an?|the))([ \t]*{DROP}[ \t{DROP}]*)individual\b(?!['’])", re.IGNORECASE
)
# Adults beside a group whose age went are people too: "The involvement of adults and young people"
# -> "The involvement of people" (not "adults and people", which still says some are adults)
_ADULTS_AND_PEOPLE = re.compile(
    rf"(?:\b([Aa])dults[ \t]+and(?:[ \t]*{DROP}[ \t]*|[ \t]+{SWAP})people"
    rf"|(?:(?<={DROP}[ \t])|(?<={DROP}))([Pp])eople[ \t]+and[ \t]+adults)\b(?!['’])"
)


def _people_for_adults_and_people(match: re.Match[str]) -> str:
    """ "people" for :data:`_ADULTS_AND_PEOPLE`, capitalised where its first word was (marked as a
    replacement where it was "adults"; a marker before "people" stays)."""
    if match.group(1):
        return SWAP + ("P" if match.group(1) == "A" else "p") + "eople"
    return match.group(2) + "eople"


# ... and two groups now both bare "people" joined by "as well as" are one: "There are children as well
# as adults" -> "There are people" (not "people as well as people")
_PEOPLE_AS_WELL_AS_PEOPLE = re.compile(rf"({SWAP}people)[ \t]+as[ \t]+well[ \t]+as[ \t]+{SWAP}people\b(?!['’])")
# A group and a vaguely counted or hedged group, both now bare "people", are one group: "well-dressed
# children and a few adults" -> "well-dressed people" (not "people and a few people"); "including adults
# and possibly grandparents" -> "including people" (not "including possibly people").
_PEOPLE_AND_SOME_PEOPLE = re.compile(
    "".join(
        rf"(?<!\b{count}[ \t])" for count in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    )
    + rf"(?:\bboth[ \t]+)?({SWAP}people)[ \t]+and[ \t]+"  # ("including both adults and possibly children")
    + r"(?:a[ \t]+few|some|several|many|a[ \t]+couple[ \t]+of|possibly|probably|perhaps|maybe)[ \t]+"
    + rf"{SWAP}people\b(?!['’])",
    re.IGNORECASE,
)
# An apposition that only said what mix of kinds a group was, merged now: "Several other people,
# likely a mix of kids and adults, are sitting" -> "Several other people are sitting" (not "likely a
# mix of people"), right after the group it describes or at its sentence's end ("ten people in total,
# a mix of men and women, all dressed" keeps a comma, below)
_MIX = (
    r",[ \t]+(?:(?:likely|possibly|probably|perhaps|maybe|mostly|seemingly)[ \t]+)?(?:an?[ \t]+)?(?:[a-z]+[ \t]+)?"
    rf"(?:mix|mixture|combination|blend|variety)[ \t]+of[ \t]+{SWAP}people"
)
_MIX_OF_PEOPLE = re.compile(
    r"(?:(?<=people)|(?<=others)|(?<=individuals)|(?<=onlookers)|(?<=spectators)|(?<=visitors)|(?<=group)|(?<=crowd))"
    + _MIX
    + r",(?=[ \t])|"
    + _MIX
    + r"(?=[ \t]*(?:[.;:!?)\n]|$))"
)
_COORDINATED_NEUTRAL = re.compile(
    rf"(\b[Bb]oth[ \t{DROP}]+)?({_NEUTRAL_NP}(?:,[ \t{DROP}]*{_NEUTRAL_NP})*,?[ \t{DROP}]+(and|or)[ "
    rf"\t{DROP}]+{_NEUTRAL_NP})(,?)",
    re.IGNORECASE,
)
# "a" and an adjective before a person whose attribute went, coordinated with a counted group: the
# merge counts them all ("including a pretty young lady and four men" -> "including five people",
# not "a pretty five people"; "There is a tall young woman and two men" -> "There are three people")
_ADJECTIVE_BEFORE_COUNTED_MERGE = re.compile(
    rf"\b(?:a|an|A|An)[ \t]+[A-Za-z-]+{DROP}[ \t{DROP}]*({SWAP}person[ \t]+(?:and|or)[ \t]+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten)[ \t"
    rf"{DROP}]+{SWAP}?people\b)"
)
# A gender pair in apposition to a group already named says nothing past it once neutral: "players,
# both male and female, are running" -> "players are running", "several people, men and women,",
# "The people, a man and a woman, are" -> "The people are"
# (both commas go; the second stays before "all"/"both"/"each"; without "both" a pair at the end
# of a sentence may close a list, "dogs, cats, men and women.", so it stays).
# ... and at a sentence's end after a count of two, which the pair only restates: "their two
# children, a boy and a girl." -> "their two children." (not "their two children, two people.")
_COUNTED_PAIR_APPOSITION = re.compile(
    rf"(\b[Tt]wo[ \t]+(?:[a-z-]+[ \t]+)?(?:[a-z]+s|children|people)),[ \t]+(?:an?[ \t]+)?{SWAP}person[ \t]+"
    rf"and[ \t]+(?:an?[ \t]+)?{SWAP}person\b(?!['’])(?=[ \t]*[.;:!?\n]|[ \t]*$)"
)
_PAIR_APPOSITION = re.compile(
    rf"(\b(?:[A-Za-z]+s|[Pp]eople|[Cc]hildren|[Mm]en|[Ww]omen|folk|staff|crew|team|group|crowd|audience))"
    rf",[ \t]+(?:(both[ \t]+)|(?:a[ \t]+mix(?:ture)?[ \t]+of|including[ \t]+both)[ \t]+)?"
    rf"(?:an?[ \t]+)?{SWAP}(person|people)[ \t]+and[ \t]+(?:an?[ \t]+)?{SWAP}\3\b(?!['’])"
    r"(?:,(?=[ \t]+(?!(?:and|or|all|both|each)\b)[a-z])|(?=,[ \t]+(?:all|both|each)\b)|(?(2)(?=[ \t]*[.;:!?])|(?!)))"
)
# A merged pair that restates the count of the group before it goes: "three chefs, two men and a
# woman, are working" -> "three chefs, three people, are working" -> "three chefs are working".
_RESTATED_COUNT = re.compile(
    rf"\b({_COUNT})([ \t]+(?:[a-z-]+[ \t]+)?[a-z]+s),[ \t]+{SWAP}\1[ \t]+people\b(?!['’])"
    r"(?:,(?=[ \t]+[a-z])|(?=[.;:!?]))",
    re.IGNORECASE,
)
_NP_PARTS = re.compile(
    rf"(?:\b(?:(the)[ \t]+)?(a|an|one|another|the|two|three|four|five|six|seven|eight|nine|ten)[ \t{DROP}]+)?"
    rf"{SWAP}?\b(person|people)",
    re.IGNORECASE,
)
# A modifier of the last of two coordinated people that points back at the first ("the woman and
# the child accompanying her", "the man and the people around him"): merged, "the two people
# accompanying them" would name two others.
_MODIFIER_WITH_PRONOUN = re.compile(
    r"[ \t]+(?:[a-z]+ing|with|beside|behind|near|around|among|by|next[ \t]+to|close[ \t]+to)\b[^.,;:!?\n]{0,40}?"
    rf"[ \t]{SWAP}(?:them|their|themself)\b"
)
# ... and one that dresses only the last ("a woman and a man in a blue shirt"): merged, "two
# people in a blue shirt" would dress both.
_GARMENT_OF_LAST = re.compile(
    r"[ \t]+(?:in|wearing|dressed[ \t]+in)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:shirt|t-shirt|dress|jacket|coat|"
    r"hat|cap|suit|sweater|hoodie|uniform|top|skirt|outfit|vest|costume|jersey|blouse|gown|robe|helmet|tie|scarf|"
    r"apron|tank[ \t]+top|wetsuit|bikini|swimsuit)\b"
)
# An apposition that splits the last of two coordinated groups ("the adult and the two children,
# one on the left and the other on the right"): merged, "the three people, one ... and the other"
# counts three and splits two.
_SPLIT_AFTER = re.compile(r"[ \t]*,[ \t]+one[ \t]+(?:of[ \t]+them[ \t]+)?(?!of\b)[a-z]", re.IGNORECASE)
_COMMA_BEFORE_LAST = re.compile(rf",[ \t{DROP}]+(?:and|or)[ \t{DROP}]+[^,]*$", re.IGNORECASE)
_CLAUSE_PAIR_BEFORE = re.compile(r"\b(?:is|are|was|were)[ \t]+$")
_COMMA_BEFORE_AND = re.compile(rf",[ \t{DROP}]*and\b", re.IGNORECASE)
_CLAUSE_PAIR_AFTER = re.compile(r"[ \t]+(?:is|are|was|were|has|have|had)\b")
# Two coordinated kin nouns that now repeat ("the bride and the groom" -> "the spouse and the
# spouse"): one plural noun phrase, so the two stay two ("the couple", "two parents").
_KIN_PLURALS = {  # noun: (definite, indefinite, after "both")
    "spouse": ("the couple", "a couple", "both spouses"),
    "partner": ("the couple", "a couple", "both partners"),
    "parent": ("the parents", "two parents", "both parents"),
    "grandparent": ("the grandparents", "two grandparents", "both grandparents"),
    "sibling": ("the two siblings", "two siblings", "both siblings"),
    "child": ("the two children", "two children", "both children"),
    "relative": ("the two relatives", "two relatives", "both relatives"),
}
_KIN_SITES = tuple(SWAP + noun for noun in _KIN_PLURALS)
_COORDINATED_KIN = re.compile(
    rf"(\b[Bb]oth[ \t]+)?(?:\b([Tt]he|[Aa]n?)[ \t{DROP}]+)?{SWAP}({'|'.join(_KIN_PLURALS)})(?:,?[ \t{DROP}]+and[ \t"
    rf"{DROP}]+(?:(?:the|a|an)[ \t{DROP}]+)?{SWAP}\3\b(?!['’])|,[ \t{DROP}]+(?:(?:the|a|an)[ \t{DROP}]+)?{SWAP}\3,"
    r"(?=[ \t]+(?:and|or)\b))"
)
# A coordinated pair whose second noun carries the possessive of both ("the bride and groom's
# cake" -> "the spouse and spouse's cake"): one plural possessive, so the pair stays two
# ("the couple's cake", "the two people's objective").
_COORDINATED_PAIR_POSSESSIVE = re.compile(
    rf"(\b[Bb]oth[ \t]+)?(?:\b([Tt]he|[Aa]n?)[ \t{DROP}]+)?{SWAP}(person|{'|'.join(_KIN_PLURALS)})[ \t{DROP}]+and[ "
    rf"\t{DROP}]+(?:(?:the|a|an)[ \t{DROP}]+)?{SWAP}\3['’]s\b"
)
_PAIR_POSSESSIVE_SITES = tuple(
    SWAP + noun + apostrophe + "s" for noun in ("person", *_KIN_PLURALS) for apostrophe in ("'", "’")
)
# A pair the taxonomy names with one collective noun ("the bride and groom" -> "the couple"):
# a "both" before it counts two again, so it takes the plural of one member ("both spouses").
_BOTH_COLLECTIVE = re.compile(rf"\b([Bb]oth)[ \t]+(?:the[ \t]+)?{SWAP}couple\b(?!['’])")
# Two possessives of rewritten people: "both the child's and the adult's" -> "both people's".
_COORDINATED_POSSESSIVES = re.compile(
    rf"(\b[Bb]oth[ \t]+)?\b([Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t]+{SWAP}?person['’]s,?[ \t]+and[ \t]+(?:the|his|her|"
    rf"their)[ \t]+{SWAP}?person['’]s\b"
)
# Neutral nouns in an "or" list that now repeat ("either a person, a parent, or a person").
_KIN = r"(?:person|people|parents?|child|children|spouses?|siblings?|relatives?|partners?|grandparents?)"
_KIN_NP = rf"(?:(?:a|an|the|one)[ \t{DROP}]+)?{SWAP}?{_KIN}\b(?!['’])"
_OR_LIST = re.compile(
    rf"((?<=person),[ \t]+(?=[Ee]ither\b))?\b((?:[Ee]ither[ \t]+)?)"
    rf"({_KIN_NP}(?:,[ \t]+{_KIN_NP})*,?[ \t]+or[ \t]+{_KIN_NP})(,(?=[ \t]))?"
)
_LIST_ITEM = re.compile(_KIN_NP)
# Two alternatives that became the same noun ("several waiters or waitresses" -> "several servers or
# servers", "policemen or policewomen") are said once; not two possessives ("her hands or his hands")
# nor a noun that heads another ("their father or a father figure").
_SAME_SWAPPED_ALTERNATIVES = re.compile(
    rf"({SWAP}(?!(?:their|them|they|theirs|themselves|themself)\b)([a-z]+(?:[ \t]+[a-z]+)?))[ \t]+or[ \t]+"
    rf"(?:(?:a|an|the)[ \t]+)?{SWAP}\2\b(?![ \t]+figures?\b|['’-])",
    re.IGNORECASE,
)
_VACUOUS_ALTERNATIVE = re.compile(rf"(?:(?:a|an)[ \t]+)?{SWAP}person")
_EXAMPLES_BEFORE = re.compile(r"\b(?:such[ \t]+as|like|e\.g\.,?)[ \t]+$", re.IGNORECASE)
# One person named twice with a hedge or an alternative that the rewrite made the same noun: "a man, or
# possibly a boy, is riding" -> "a person, or possibly another person, is riding" -> "a person is
# riding"; "a boy or young man", "the man (or woman)", "men, or perhaps boys," likewise. A hedge
# between them ("possibly", "perhaps", "maybe", "probably", "likely", "even") says it is one person.
# The second noun must be a rewritten one ("belong to the man or another person" keeps its other
# person); after "either" the alternatives are a list's (below).
_HEDGE_WORD = r"(?:possibly|perhaps|maybe|probably|likely|even)"
_SECOND_SAME = rf"(?:(?:{LABEL}?another|an?|the|one|some)[ \t{DROP}]+|{DROP}[ \t{DROP}]*)?{SWAP}(?P=noun)\b(?!['’])"
# ... but "the man or the woman", both definite and with no hedge, are two people
_TWO_DEFINITE = re.compile(rf"the[ \t{DROP}]+{SWAP}person[ \t]+or[ \t]+the[ \t{DROP}]+{SWAP}person", re.IGNORECASE)
_HEDGED_SAME_PERSON = re.compile(
    rf"((?:\b(?:an?|the|one|some)[ \t{DROP}]+)?{SWAP}(?P<noun>person|people)\b(?!['’]))"
    rf"(?:,[ \t]+or[ \t]+(?:{_HEDGE_WORD}[ \t]+)?{_SECOND_SAME}(?:,|(?=[ \t]*[.;:!?\n)]|$))"
    rf"|[ \t]+or[ \t]+(?:{_HEDGE_WORD}[ \t]+)?{_SECOND_SAME}(?![ \t]*,[ \t]+(?:a|an|the|or)\b)"
    rf"|[ \t]*\((?:or[ \t]+)?(?:{_HEDGE_WORD}[ \t]+)?{_SECOND_SAME}\))",
    re.IGNORECASE,
)
# ... which, said of someone already named, says nothing: "The person, who could be a man or a woman,
# is gliding" -> "The person is gliding" (not "who could be a person"); "so it could be either a man or
# a woman." and a sentence "It could be a man or a woman." after another go whole
_MAYBE_A_PERSON = rf"(?:could|may|might|can)[ \t]+be[ \t]+(?:either[ \t]+)?an?[ \t]+{SWAP}person"
_HEDGED_IDENTITY = re.compile(
    rf",[ \t]+who[ \t]+{_MAYBE_A_PERSON},(?=[ \t])|,[ \t]+so[ \t]+it[ \t]+{_MAYBE_A_PERSON}(?=[ \t]*[.!?])"
    rf"|(?<=[.!?])[ \t]+It[ \t]+{_MAYBE_A_PERSON}[ \t]*[.!?](?=[ \t]*(?:\n|$)|[ \t]+[A-Z])"
)
# One of a pair just merged, named again in its sentence: "The man and child are standing by the
# fridge, with the man having his hands inside" -> "The two people are standing ..., with one of them
# having their hands inside" (not "with the person", who reads as a third). The twin of
# :data:`_ONE_OF_COUPLE`, which runs before the merges on a pair the text already named ("a couple",
# "two people") and steps back where a label follows; this one runs after the merges and the labels,
# so it sees the merged pair and keeps "the other person" after it.
_ONE_OF_MERGED_PAIR = re.compile(
    rf"({SWAP}(?:[Tt]he[ \t]+two|[Tt]wo)[ \t]+people\b[^.!?\n{SWAP}]*?,[ \t]*(?:with|while)[ \t]+)"
    rf"the[ \t]+{SWAP}person\b(?!['’])"
)
# ... and the rest of a group whose one member is named by its place: "The man is riding while the
# boys are seated" -> "The first person is riding while the other people are seated"
_REST_OF_PLACED_GROUP = re.compile(
    rf"(\b[Tt]he[ \t]+(?:first|second|third|fourth)[ \t]+{SWAP}person\b[^.!?\n{SWAP}]*?\bthe[ \t]+)(?={SWAP}people\b)"
)
# An apposition that only named the gender or age of someone already called a person goes: "The
# person on the boat, a woman, is steering it" -> "The person on the boat is steering it"
_RESTATED_PERSON = re.compile(
    rf"(\b(?:person|individual)\b[^,.;:!?\n{SWAP}]{{0,60}}),[ \t]+an?[ \t]+{SWAP}person,(?=[ \t])"
)
# Two gendered role nouns that became the same neutral one: "waiters and waitresses" -> "servers
# and servers" -> "servers"; "a waiter and a waitress" -> "two servers" (not "a server and a server")
_SAME_ROLES = re.compile(
    rf"{SWAP}?(?!(?:people|persons|children)\b)([a-z]+(?:[ \t][a-z]+)?s)[ \t]+and[ \t]+{SWAP}\1\b(?!['’])"
)
_ROLE_NOUN = r"[a-z]+(?:[ \t][a-z]+)?(?:er|or|ist|ant|ent|ian|cer|host|hero|hand)"
_SAME_ROLE_PAIR = re.compile(
    rf"\b(?:([Aa])n?|([Tt])he)[ \t]+{SWAP}({_ROLE_NOUN})[ \t]+and[ \t]+(?(1)an?|the)[ \t]+{SWAP}\3\b(?!['’])"
)

# ... and the same pair whose gender or age adjectives were dropped: "a female skier and a male
# skier" -> "two skiers" (not "a skier and a skier")
_SAME_ROLE_PAIR_DROPPED = re.compile(
    rf"\b(?:([Aa])n?|([Tt])he)[ \t]+{DROP}[ \t]+({_ROLE_NOUN})[ \t]+and[ \t]+(?(1)an?|the)[ \t]+{DROP}[ \t]+"
    r"\3\b(?!['’])"
)

# ... and a pair that shared one noun ("a male and female tennis player are touching hands"): the
# noun's plural verb shows two were meant, so "a ∅ tennis player are" -> "two tennis players are"
# (a collective noun takes "are" on its own: "a couple are"; the last of a list is one of several
# subjects: "A man and a young individual are walking").
_DROPPED_PAIR_BEFORE_PLURAL = re.compile(
    rf"(?<!\band[ \t])(?<!\bor[ \t])\b([Aa])[ \t]+{DROP}+[ \t]+"
    rf"((?:[a-z]+[ \t]+)?(?!(?:couple|pair|group|family|team|crowd|duo|trio|staff|crew)\b)"
    rf"[a-z]+[^\Ws])(?=[ \t]+(?:are|were)\b)"
)


def _two_roles(match: re.Match[str]) -> str:
    """ "a server and a server" -> "two servers", "the server and the server" -> "the two servers"."""
    if match.group(1):
        return f"{'T' if match.group(1) == 'A' else 't'}wo {SWAP}{match.group(3)}s"
    return f"{match.group(2)}he two {SWAP}{match.group(3)}s"


# A person's possessive whose noun went, before a preposition: "With the child's weight inside the
# refrigerator" -> "With the person's ∅ inside" -> "With the person inside" (not "the person's
# eyes", where a noun follows the dropped colour, nor "The man's age could indicate experience",
# which is about the age and goes).
_POSSESSIVE_BEFORE_DROPPED_NOUN = re.compile(
    rf"({SWAP}(?:person|people))['’]s?(?={DROP}+[ \t]+(?:inside|in|on|at|with|into|onto|over|under|near|against|"
    r"during|while)\b)"
)
# An article whose possessor noun went, leaving its "'s": "like a ∅'s birthday celebration".
_DROPPED_POSSESSOR = re.compile(rf"\b(an?|the)([ \t]*){DROP}+['’]s\b", re.IGNORECASE)
# Two pronouns that became the same one: "he or she" -> "they or they", "his/her" -> "their/their".
_PRONOUN_ALTERNATIVES = re.compile(
    rf"{SWAP}(they|them|their|theirs|themself|themselves)[ \t]*(?:or|/|and/or)[ \t]*{SWAP}\1\b", re.IGNORECASE
)
# what a group is said to be made of ("consisting of four men and two women"): its members
_COMPOSED_OF = r"(?:consisting[ \t]+of|comprising|composed[ \t]+of|made[ \t]+up[ \t]+of)"
# An apposition that repeats the count just given: "two people in the image, two people." (or
# ", two people, are standing": both commas go; the second stays before "all"/"both"/"each":
# ", all wearing skis"), also as the parts it was made of ("six people, consisting of four men
# and two women," -> "six people, consisting of six people," -> "six people")
_COUNT_REPEATED = (
    rf"\b(two|three|four|five|six|seven|eight|nine|ten)([ \t{DROP}]+{SWAP}?people\b[^.!?\n]*?)(?:(?:,|[ \t]+[–—-]|:)"
    rf"[ \t]+|[ \t]*[–—][ \t]*)"
    rf"(?:(?:{_COMPOSED_OF}|including)[ \t]+)?"
    rf"{SWAP}(?:the[ \t]+)?\1[ \t]+people"
)
_REPEATED_COUNT = re.compile(
    _COUNT_REPEATED + r"(?:(?=[ \t]*[.!?;])|,(?=[ \t]+(?!(?:including|such|like|and|or|with|all|both|each)\b)[a-z])"
    r"|(?=,[ \t]+(?:all|both|each)\b)|[ \t]+[–—-](?=[ \t]))",
    re.IGNORECASE,
)
# ... but a singular relative clause after it spoke of the last person named ("three people in the
# kitchen, two women and a man, who is wearing a pink shirt"): it becomes one of the counted people
# ("three people in the kitchen, one of whom is wearing a pink shirt"), not a clause of all of them.
_WHO_SINGULAR = re.compile(r"[ \t]+(?=who[ \t]+(?:is|was|has|[a-z]*[^\Ws]s)\b)")
_ONE_OF_WHO = re.compile(r"(, one of[ \t]+)who\b")
_REPEATED_COUNT_THEN_ONE = re.compile(_COUNT_REPEATED + rf"(?:,|[ \t]+[–—-])(?={_WHO_SINGULAR.pattern})", re.IGNORECASE)
# A group's item that now repeats the group: "a group of people, mostly people or students" ->
# "..., mostly students"; "people in the scene, including people and parents" -> "..., including
# parents"; "two people, both of whom are women and tennis players" -> "..., both of whom are tennis
# players".
_REDUNDANT_GROUP_ITEM = re.compile(
    rf"(\b(?:people|individuals|persons)\b[^.!?\n]{{0,40}}?,[ \t]+(?:mostly|mainly|primarily|predominantly|largely|"
    rf"including|especially|particularly|(?:both|all)[ \t]+of[ \t]+(?:whom|them)[ \t]+(?:are|were))[ \t]+)"
    rf"{SWAP}people,?[ \t]+(?:or|and)[ \t]+(?![{SWAP}{DROP}])"
)
# A group said to consist of its own count once its members are merged: "a group of five people
# consisting of a woman and four men" -> "... five people consisting of five people" -> "a group of
# five people" (the members' kinds were all it added).
_GROUP_OF_ITS_COUNT = re.compile(
    rf"\b((?P<count>{_COUNT})[ \t]+(?:people|persons|individuals))[ \t]+{_COMPOSED_OF}[ \t]+{SWAP}(?P=count)"
    r"[ \t]+people\b",
    re.IGNORECASE,
)
# Two quantified groups that became the same noun are one group: "several young boys and a few
# adults" -> "several people and a few people" -> "people" (the kinds were all that told them apart).
# (vague quantifiers only: "a couple of men and a couple of kids" keeps its counts, "a couple of
# people and a couple of other people"; after a vague one, "a couple of" is vague too: "a few more
# women and a couple of children")
_VAGUE_QUANTIFIER = r"(?:several|many|some|a[ \t]+few|numerous|various)"
_QUANTIFIED_PEOPLE_PAIR = re.compile(
    rf"\b{_VAGUE_QUANTIFIER}(?:[ \t]+more)?[ \t{DROP}]+{SWAP}people[ \t]+(?:and|or)[ \t{DROP}]+"
    rf"(?:{_VAGUE_QUANTIFIER}|a[ \t]+couple[ \t]+of)[ \t{DROP}]+{SWAP}people\b",
    re.IGNORECASE,
)
# A count a merged pair brought in goes before the participle or adjective that described the pair:
# "near the walking man and child" -> "near the two walking people" (not "the walking two people"),
# "The attractive man and woman" -> "The two attractive people"; "the remaining two", "the other two"
# and "the first two" were in that order already.
_COUNT_AFTER_MODIFIER = re.compile(
    rf"\b(the|these|those)([ \t]+)((?!(?:remaining|following|other|first|second|last|only|same|next|previous|final|"
    rf"main|latter|former|aforementioned)\b)(?:[a-z]+ing|{_ADJECTIVE})[ \t]+){SWAP}(two|three|four|five|six)"
    r"[ \t]+people\b",
    re.IGNORECASE,
)
# The second of two people told apart by age, as "one": "an older boy and a younger one" -> "a person and
# another one" (not "a person and an one").
_DROPPED_BEFORE_ONE = re.compile(rf"(\b(?:and|or)[ \t]+)[Aa]n?[ \t]*{DROP}+(?=[ \t]*one\b(?!['’]))")
# A "both" before a pair that merged into one modified group: "both business people and children are
# involved" -> "business people are involved" (not "both business people are"); "both people" and
# "both the people" name two and stay.
_BOTH_BEFORE_ONE_GROUP = re.compile(
    rf"\b[Bb]oth[ \t]+((?!(?:the|these|those|of|two|three|four)\b)[a-z-]+[ \t]+{SWAP}people)\b(?![ \t]+(?:and|or)\b)"
)


def _drop_both(match: re.Match[str]) -> str:
    """:data:`_BOTH_BEFORE_ONE_GROUP` without its "both" (a capital moves to the next word)."""
    rest = match.group(1)
    return rest[0].upper() + rest[1:] if match.group(0)[0] == "B" else rest


# A "both" whose pair became one group before it: "both for the boy and the adults" -> "both for
# the people" -> "for the people".
_BOTH_BEFORE_MERGED = re.compile(
    rf"\b[Bb]oth[ \t]+((?:for|to|of|with|among|between|by|from)[ \t]+{SWAP}?(?:the[ \t]+)?(?:two[ \t]+)?people)\b"
    r"(?![ \t]+(?:and|or)\b)"
)
# A guess at the kind of a person that now only repeats the head, with the grounds for it: "The
# person near the motorcycle, most likely a woman based on the image descriptions, might enjoy" ->
# "The person near the motorcycle might enjoy" (not "most likely a person based on ...").
_GUESSED_KIND_APPOSITION = re.compile(
    rf"(\b(?:person|people)\b[^.!?\n,]{{0,60}}),[ \t]+(?:most[ \t]+)?(?:likely|probably|possibly|presumably|"
    rf"apparently)[ \t]+(?:(?:a|an)[ \t]+)?{SWAP}(?:person|people)[ \t]+(?:based[ \t]+on|judging[ \t]+(?:by|from)|"
    rf"according[ \t]+to|given|as[ \t]+(?:indicated|suggested)[ \t]+by)\b[^,.;:!?\n]*,(?=[ \t]+{_VERB_PHRASE})"
)
# An apposition that now only repeats its head: "one person, a woman," / "people, mostly women,"
# / "The person in the image, a woman," / "the group of people, consisting of adults and a child," /
# "a group of people, most notably young women,".
_REPEATED_APPOSITION = re.compile(
    rf"(\b(?:person|people|individuals?|persons|attendees|guests|spectators|participants|visitors|customers|diners|"
    rf"tourists|fans|onlookers|passengers|pedestrians|shoppers|workers|members)\b"
    rf"(?:(?:[ \t]+(?:visible|present))?[ \t]+(?:in|on|at|from|of)[ \t]+"
    rf"(?:the|this)[ \t]+(?:image|picture|photo|photograph|scene|foreground|background))?)"
    rf"[ \t]*(?:,(?:[ \t]+|(?={DROP}))(?:(?:primarily|mostly|mainly|predominantly|largely|"
    rf"all|both|including|especially|particularly(?=[ \t]+(?:several|many|some)\b)|likely|possibly|probably|"
    rf"presumably|perhaps|namely|"
    rf"specifically|(?:most[ \t]+)?notably|most)(?:[ \t]+|(?={DROP}))"
    rf"|{_COMPOSED_OF}[ \t]+(?={SWAP}people\b))?{SWAP}?"
    # ("another" only after a hedge: "another person, presumably another person," restates its head,
    # while "a young boy, another person, and a dog" lists two people)
    rf"(?:(?:a|an|(?<!,[ \t])another|the|one|some|several|many|two|three|four|five|six|seven|eight|nine|ten)"
    rf"[ \t{DROP}]+)?"
    rf"(?:{DROP}[ \t]*)*{SWAP}?(?:person|people)\b(?!['’])(?:,(?=[ \t]+[a-z])|(?=[.;:!?]))"
    rf"|[ \t]*\((?:(?:primarily|mostly|mainly|(?:most[ \t]+)?likely|possibly|probably|potentially|presumably|"
    rf"perhaps|maybe|both)[ \t]+)?(?:{SWAP}(?:two|three|four)[ \t]+people|"
    rf"(?:(?:a|an|the|two|three|four)[ \t{DROP}]+)?{DROP}*{SWAP}(?:person|people))\))"
)
# ... and one set off by dashes: "another person – a woman, who is working" -> "another person who is
# working" (not "another person – a person, who")
_DASHED_REPEATED_APPOSITION = re.compile(
    rf"\b(person|people)[ \t]+[–—-]{{1,2}}[ \t]+(?:(?:a|an|the)[ \t]+)?{SWAP}\1\b(?!['’])"
    r"(?:[ \t]*[–—-]{1,2}(?=[ \t])|,(?=[ \t]+[a-z])|(?=[.;:!?]))"
)
# (a focus adverb before or after a group's makeup: "mainly composed of", "composed mostly of")
_FOCUS_ADVERB = r"(?:mostly|mainly|primarily|predominantly|largely)"
# ... and one that says a group of others is made of people: "These professionals, consisting of both men
# and women, are" -> "These professionals, consisting of people, are" -> "These professionals are" (also
# with a focus adverb: "seven skiers, mainly composed of females." -> "seven skiers.").
_MADE_OF_PEOPLE = re.compile(
    rf"(\b[A-Za-z]+s),[ \t]+(?:{_FOCUS_ADVERB}[ \t]+)?{_COMPOSED_OF}[ \t]+(?:{_FOCUS_ADVERB}[ \t]+)?"
    rf"(?:both[ \t]+)?{SWAP}people\b(?!['’])(?:,(?=[ \t]+[a-z])|(?=[.;:!?]))"
)
_PARTICIPLE_NEXT = re.compile(r"[ \t]+[a-z]+ing\b")
# ... and one that only names the kind of one of a group: "One of them, a young boy, appears" ->
# "One of them, a person, appears" -> "One of them appears" (also "the other, a woman,")
_PARTITIVE_APPOSITION = re.compile(
    r"(\b(?:(?:one|each|either|neither|both|some|all|two|three|four|five)[ \t]+of[ \t]+(?:them|these|those|"
    r"the[ \t]+[\w-]+)|the[ \t]+other))"
    # (also after a hedge, with the man told apart as "another person": "One of them, presumably a man, is
    # holding" -> "One of them is holding")
    r",[ \t]+(?:(?:presumably|likely|possibly|probably|perhaps|apparently|seemingly|maybe)[ \t]+)?"
    rf"(?:(?:a|an|{LABEL}?another|one|two|three)[ \t{DROP}]+)?(?:{DROP}[ \t]*)*{SWAP}(?:person|people)\b(?!['’])"
    r",(?=[ \t]+[a-z])",
    re.IGNORECASE,
)
# ... as does a pair apposition that only told the two apart by the attribute: "two people, one male
# and the other female, are walking" -> "two people, one person and the other person, are" -> "two
# people are walking".
_ONE_AND_THE_OTHER_APPOSITION = re.compile(
    rf"(\b(?:people|individuals|persons))[ \t]*,[ \t]+one[ \t]+{SWAP}person(?:[ \t]+and|,)[ \t]+{LABEL}?the[ \t]+other"
    rf"(?:[ \t]+{SWAP}person)?(?:,(?=[ \t]+[a-z])|(?=[.;:!?]))"
)
# A relative clause whose predicate was only the attribute now says nothing: "The person in the
# image, who appears to be a young woman, is playing" -> "..., who appears to be a person, is
# playing" -> "The person in the image is playing"; "the young girl, who is the daughter, is wearing" ->
# "the other person is wearing" (the kinship word a depicted child's became "person").
_VACUOUS_RELATIVE = re.compile(
    rf",[ \t]+who[ \t]+(?:is|was|appears[ \t]+to[ \t]+be|seems[ \t]+to[ \t]+be|looks[ \t]+to[ \t]+be)[ \t]+"
    rf"(?:(?:likely|probably|possibly)[ \t]+)?(?:an?|the)[ \t{DROP}]+{SWAP}person,(?=[ \t])"
)
# ... and so does one at a sentence's end: "there is a person who appears to be a woman. They ..."
# -> "... who appears to be a person." -> "there is a person. They ..." (before a comma without one
# before it, the clause may go on: "a man who appears to be a teenager, holding a bat")
_VACUOUS_RELATIVE_AT_END = re.compile(
    r"(?:(?<=\bperson)|(?<=\bpeople)|(?<=\bindividual)|(?<=\bindividuals))[ \t]+who[ \t]+"
    rf"(?:is|are|(?:appears?|seems?|looks?)[ \t]+to[ \t]+be)"
    rf"(?:[ \t]+(?:likely|probably|possibly|clearly))?(?:[ \t]+(?:an?|two|three|four)[ \t{DROP}]+|[ \t{DROP}]+)"
    rf"{SWAP}(?:person|people)\b(?!['’])(?=[ \t]*[.!?\n]|$)",
    re.IGNORECASE,
)
# ... and a guess at a role that was only the attribute: "an elderly woman who may be the grandmother
# in the scene" -> "a person who may be the person in the scene" -> "a person in the scene".
_VACUOUS_MAY_BE = re.compile(
    rf"(?<=person)[ \t]+who[ \t]+(?:may|might|could)[ \t]+(?:also[ \t]+)?be[ \t]+the[ \t{DROP}]+{SWAP}person\b(?!['’])"
    r"(?=[ \t]*[.,;:!?]|[ \t]+(?:in|on|at)\b)"
)
# A list of rewritten single people before another noun or the end of the list: "a man, a woman,
# and a dog" -> "two people and a dog", "a woman, a girl, a handler" -> "two people, a handler",
# "a man, a woman, a child are" -> "three people are" (without it the apposition rule below would
# read "a person, a person," as one person named twice and lose a figure).
_SINGLE_SWAPPED = rf"\b(?:[Aa]|[Aa]n|[Oo]ne|[Tt]he)(?=[ \t{DROP}]*[ \t])[ \t{DROP}]+{SWAP}person\b(?!['’])"
# (an item may be a count of people: "a man, two children, and a dog" -> "three people and a dog")
_LISTED_ITEM = rf"(?:{_SINGLE_SWAPPED}|\b(?i:{_COUNT})[ \t]+{SWAP}people\b(?!['’]))"
_LISTED_PEOPLE = re.compile(
    # (a later item may go without its article: "the man, woman, and snowboard area")
    rf"({_LISTED_ITEM}(?:,[ \t]+(?:{_LISTED_ITEM}|{SWAP}person\b(?!['’])))+)"
    rf"(?:,?(?=[ \t]+and[ \t]+(?!{_NEUTRAL_NP}))|(?=,[ \t]+(?:a|an|one|the)[ \t]+(?!{_NEUTRAL_NP})[\w-])"
    r"|(?=[ \t]*[.;!?]|[ \t]+(?:are|were)\b))"
)
# An apposition that now only says "some people" of a group: "a family, including a couple of
# people, is gathered" -> "a family is gathered", "people watch, including a group of people." ->
# "people watch.", "Spectators, who include ∅ people, watch" -> "Spectators watch", "Some of them,
# specifically the people, are" -> "Some of them are", "The group of people, which consists of ∅ people,
# are" -> "The group of people are" (not a list:
# "including children, people with disabilities, and ..." keeps its item; a counted group is none).
_VACUOUS_INCLUDING = re.compile(
    rf",[ \t]+(?:(?:including|(?:who|which)[ \t]+(?:include|includes|included|are|were)|consisting[ \t]+of|"
    rf"(?:which|that)[ \t]+consists?[ \t]+of|made[ \t]+up[ \t]+of)"
    rf"[ \t{DROP}]+(?:(?:a[ \t]+(?:couple|group|number|crowd|mix|mixture)[ \t]+of|a[ \t]+few|some|several|"
    rf"many|a|an|one)[ \t{DROP}]+)?|(?:specifically|namely|particularly|especially|mainly|mostly)[ \t]+the[ \t{DROP}]+)"
    rf"{SWAP}(?:people|person)(?:,(?![^.!?\n]*,[ \t]+(?:and|or)\b)|(?=[ \t]*[.;:!?]))"
)
# ... as does one between dashes ("individuals in the scene - both young girls and adults - likely
# consisting of" -> "individuals in the scene likely consisting of")
# Merged people said to be among a group of people say nothing more: "at least 12 people with various
# boys and girls among them" -> "... with various people among them" -> "at least 12 people".
_VACUOUS_AMONG = re.compile(
    rf"(\bpeople\b[^.!?;\n]{{0,30}}?)[ \t]+with[ \t]+(?:(?:various|several|some|many|a[ \t]+few|both|also)[ \t]+)*"
    rf"{SWAP}people[ \t]+among[ \t]+them\b"
)
# ... as does a split of a group into kinds that are now both "people": "various individuals of
# different ages, some children and others adults." -> "..., some people and others people." ->
# "various individuals of different ages."
_VACUOUS_SPLIT = re.compile(
    rf",?[ \t]+(?:some|many|most)[ \t]+{SWAP}people,?[ \t]+and[ \t]+(?:others|some)[ \t]+{SWAP}people\b(?!['’])"
    r"(?=[ \t]*[.;!?\n]|[ \t]*$)"
)
# A hedged or paired apposition that now only says "person": "a person holding an umbrella,
# possibly a woman, who" -> "..., possibly a person, who" -> "a person holding an umbrella, who";
# "a woman and three children, presumably girls" -> "four people, presumably people" -> "four people";
# "Several individuals, both young and adult, are" -> "both ∅ and person" -> "Several individuals
# are".
_VACUOUS_HEDGE_APPOSITION = re.compile(
    rf"(,)[ \t]+(?:(?:most[ \t]+)?(?:possibly|perhaps|maybe|likely|probably|presumably)[ \t]+"
    rf"(?:(?:an?|the|{LABEL}another)[ \t]+{SWAP}person|(?:all[ \t]+)?{SWAP}people)"
    rf"|both[ \t{DROP}]+and[ \t]+(?:an?[ \t]+)?{SWAP}(?:person|people))(?:,|(?=[ \t]*[.!?;:\n]))"
)
# "with people present" after a group of people says nothing more: "a diverse group of people waiting
# near the train tracks, with both children and adults present." -> "..., with people present." ->
# "a diverse group of people waiting near the train tracks."; nor does "with a mix of people" ("a
# group of people in a field with a mix of adults and children.")
_VACUOUS_PRESENT = re.compile(
    r"(\b(?:people|group|crowd|individuals|family|families|gathering)\b[^.!?;\n]{0,80}?),?[ \t]+with[ \t]+"
    rf"(?:(?:both[ \t{DROP}]+)?{SWAP}people[ \t]+(?:present|around|nearby|visible)|a[ \t]+mix(?:ture)?[ \t]+of[ \t]+"
    rf"{SWAP}people)(?=[ \t]*[.!?;\n])"
)
_VACUOUS_DASHED = re.compile(
    rf"[ \t]+[-–—][ \t]+(?:both[ \t{DROP}]+)?{SWAP}(?:(?:two|three|four|five|six|seven|eight|nine|ten)[ \t]+)?people"
    rf"[ \t]+[-–—](?=[ \t])(?!{_WHO_SINGULAR.pattern})"  # (a singular "who" after it is one of them, above)
)
# ... and a counted one says no more than its head where that is counted already or the count is
# two ("several other people, including two women," -> "several other people"; "five people,
# including a man and two women," -> "five people"); a count of three or more after a head without
# one is the only count the text gives, so it stays ("The group, including two men and two women,"
# -> "The group, including four people,").
_COUNTED_INCLUDING = re.compile(
    rf",[ \t]+including[ \t{DROP}]+{SWAP}?({_COUNT})[ \t{DROP}]+{SWAP}?people"
    r"(?:,(?![ \t]+(?:all|both|each)\b)|(?=,)|(?=[ \t]*[.;:!?]))"
)
# ... after a head that was itself rewritten to "people" the count is how many there are at least:
# "a kitchen filled with young adults, including two guys and two girls," -> "a kitchen filled with
# at least four people," (not "filled with people, including four people,").
_REWRITTEN_HEAD_COUNT = re.compile(
    rf"{SWAP}people,[ \t]+including[ \t{DROP}]+{SWAP}?((?i:three|four|five|six|seven|eight|nine|ten))[ \t{DROP}]+"
    rf"{SWAP}?people(,(?![ \t]+(?:all|both|each)\b)|(?=[ \t]*[.;:!?]))"
)
# A role pair made neutral that now repeats the couple its sentence already named: "Dressed as a
# couple, they dance together as a couple" / "The couple dances together as a couple" -> "...
# dance(s) together"; "The couple, now couple, dance" and "The couple, a bride and groom, are" ->
# "The couple dance", "The couple are".
_REPEATED_COUPLE = re.compile(
    rf"[ \t]+as[ \t]+{SWAP}(?:a[ \t]+)?couple\b(?!['’])"
    rf"|,[ \t]+(?:now[ \t]+)?(?:(?:a|the)[ \t]+)?{SWAP}(?:a[ \t]+)?couple,(?=[ \t])"
)
_APPOSITION_COUNT = re.compile(rf"[ \t{SWAP}]({_COUNT})[ \t{DROP}{SWAP}]+people\b", re.IGNORECASE)
_KEPT_COUNT = re.compile(rf"including[ \t{DROP}]+{SWAP}?(?!two\b){_COUNT}[ \t{DROP}]+{SWAP}?people\b")
_COUNT_IN_HEAD = re.compile(
    rf"\b(?:\d+|{_COUNT}|a[ \t]+(?:couple|pair|trio|dozen)|both|dozens|hundreds)\b", re.IGNORECASE
)
# An apposition that now only names its head's kind before what it says of them: "The person, a
# person holding a purse, is" -> "The person, holding a purse, is" (not "As a person, the person",
# nor "One person, the person with the baton," which tells which one).
# A hedged guess at a role noun's gender or age that the rewrite made vacuous goes with its commas:
# "a tennis player, likely a ∅ person, standing" -> "a tennis player standing", "A surfer,
# possibly a person." -> "A surfer." (a role noun: a word for a doer or a person; not "a figure,
# possibly a person", where the guess says that it is a person at all)
_HEDGED_ROLE_GUESS = re.compile(
    r"(\b(?:[a-z]+(?:er|or|ist|ian|ete|ant)s?|child(?:ren)?|kids?|guests?|athletes?|"
    rf"{SWAP}?(?:person|people|individuals?)))"
    rf",[ \t]+(?:most[ \t]+)?(?:{_GUESS_HEDGE}|who[ \t]+(?:could|may|might|would)[ \t]+be|who[ \t]+"
    rf"(?:appears|seems)[ \t]+to[ \t]+be)[ \t]+"
    rf"(?:(?:a|an|the)[ \t{DROP}]+)?(?:{DROP}[ \t]*)*{SWAP}(?:person|people)\b(?!['’])"
    # (the comma after it goes too unless a list goes on: "a player, likely a person, a coach"; a pair's
    # "and" takes it: "a skateboarder, who could be a young boy, and a little girl" -> "a skateboarder and
    # another person")
    rf"(?:,(?=[ \t]+(?!(?:a|an|the|one|two|three|some|and|or)\b)[a-z])|,(?=[ \t]+and[ \t]+{SWAP}?(?:a|an|another)\b)"
    r"|(?=[ \t]*(?:[.,;:!?)\n]|$)))"
)
# An apposition that only says that a role's holder is a person, once its attribute went: "the
# tennis player, a woman, is" -> "the tennis player, a person, is" -> "the tennis player is"; "The
# person in the image, identified as a woman or a girl, is" -> "The person in the image is" (a role
# named by a list: after "Next to the water, a woman, wearing" the apposition is the subject).
_ROLE_HOLDER = (
    r"player|skier|surfer|rider|skateboarder|snowboarder|skater|cyclist|biker|batter|pitcher|catcher|athlete|"
    r"runner|jogger|swimmer|golfer|driver|chef|cook|vendor|worker|customer|passenger|tourist|visitor|performer|"
    r"artist|musician|singer|dancer|photographer|owner|user|teacher|student|traveler|hiker|climber|kiter|jockey|"
    r"farmer|officer|competitor|participant|subject|individual|person|umpire|referee|pedestrian|shopper"
)
_VACUOUS_ROLE_APPOSITION = re.compile(
    rf"(\b(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+)?{SWAP}?(?:{_ROLE_HOLDER})"
    r"(?:[ \t]+(?:in|on)[ \t]+the[ \t]+(?:image|picture|photo|photograph|scene))?)"
    rf",[ \t]+(?:(?:identified|described)[ \t]+as[ \t]+)?(?:a|an)[ \t{DROP}]+(?:{DROP}[ \t]*)*{SWAP}person\b(?!['’])"
    r"(?:,(?=[ \t]+(?!(?:a|an|the|one|two|three|some|and|or)\b)[a-z])|(?=[ \t]*(?:[.;:!?)\n]|$)))",
    re.IGNORECASE,
)
# ... and in brackets: "the snowboarder (possibly a young person or a child)" -> "the snowboarder
# (possibly a ∅ person)" -> "the snowboarder" (only where the bracket held an edit)
_VACUOUS_ROLE_PARENTHESIS = re.compile(
    rf"(\b(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+)?{SWAP}?(?:{_ROLE_HOLDER}))[ \t]*\((?=[^()]*[{DROP}{SWAP}])"
    rf"(?:(?:most[ \t]+)?(?:possibly|perhaps|maybe|likely|probably)[ \t]+)?(?:an?|the)[ \t{DROP}]+{SWAP}?person\)",
    re.IGNORECASE,
)
_REPEATED_PERSON_APPOSITION = re.compile(
    rf"(\bthe[ \t]+{SWAP}?person),[ \t]+an?[ \t{DROP}]+{SWAP}person[ \t]+"
    r"(?=(?:[a-z]+ing|in|with|on|at|dressed|clad)\b)",
    re.IGNORECASE,
)
# A fronted "As a ..." or "Being a ..." whose noun phrase was only the attribute says nothing of
# the subject after it: "As an elderly man, he might face challenges" -> "They might face
# challenges", not "As a person, they might" ("Being an elderly woman, she walks" and "Moreover, as a
# young child, she may" likewise, and "Lastly, as a woman with a larger bust size, she may"); one with more
# words stays ("As a shirtless person, they").
# (the noun phrase left by the attribute alone: "a ∅ person", "∅ people")
_VACUOUS_PERSON = (
    rf"(?:an?[ \t{DROP}]+{SWAP}person|an?[ \t]*{DROP}[ \t{DROP}]*individual"
    rf"|(?<={DROP})[ \t]*{SWAP}?people|{SWAP}people)"
)
_VACUOUS_AS_OPENER = re.compile(
    rf"(^|(?<=[.!?])[ \t]+|\n[ \t]*|\b(?:Moreover|Additionally|Furthermore|However|Also|Therefore|Thus|Still|Lastly|"
    r"Finally|Firstly|Secondly|Thirdly|Besides|In[ \t]+addition),[ \t]+)"
    rf"(?:As|Being|as|being)[ \t{DROP}]+{_VACUOUS_PERSON}(?:[ \t]+with[ \t]*{DROP}+|{DROP}+)?,[ \t]*"
    rf"(?=[{SWAP}]?(?:they|the|their)\b)"
)
# ... and a sentence whose subject is such a gerund says nothing: "Additionally, being a young man
# contributes to his fitness." -> "Additionally, being a person contributes to their fitness." goes
# whole (not "Being a person with a cane makes ...", which says more).
_VACUOUS_BEING_SUBJECT = re.compile(
    rf"(?:(?<=[.!?])[ \t]+|^|(?<=\n))(?:[A-Z][a-z]+(?:[ \t]+[a-z]+)?,[ \t]+)?[Bb]eing[ \t{DROP}]+"
    rf"{_VACUOUS_PERSON}[ \t]+"
    r"(?:can|could|may|might|will|would|should|must|often|also|likely|probably|certainly|(?!(?:as|his|this|its|plus|"
    r"versus|across|towards|besides|unless|perhaps|us|thus)\b)[a-z]+s)\b[^.!?\n]*[.!?]",
    re.MULTILINE,
)
# A qualifier of a group that now names only people says nothing past its head, so it goes:
# "a group of people, mainly consisting of women," -> "..., mainly consisting of people," -> "a
# group of people"; "a family, including a boy," -> "a family"; "ten people, most of them women,";
# "two people, one of whom is a woman." (not one with more words: "including a person with a
# cane", "including a small child, who can be seen"; nor "including the person", who may be
# named again later).
_QUALIFIER_ADVERB = r"(?:mainly|mostly|primarily|predominantly|largely|chiefly|entirely|all)"
# (a merged group that a group includes is vacuous too: "nine people in the room, including the
# people." -> "nine people in the room."; so is its count where the text gave it before: "a family
# consisting of three people ... The family members, including three people, are" -> "The family
# members are"; elsewhere it is the only count the text gives and stays: "The group, including four
# people,", "several other people in the stands, including three people"; one a group consists of
# gives its size: "a family, consisting of three people")
_MERGED_COUNT = r"(?:two|three|four|five|six|several)"
_VACUOUS_QUALIFIER = re.compile(
    r"((?:\b(the|these|those|all[ \t]+the)[ \t]+(?:[\w-]+[ \t]+){0,2}?)?"
    r"\b(?:people|persons|individuals|group|crowd|family|families|team|audience|gathering)\b[^,.;:!?\n]{0,40}?),"
    rf"[ \t]+(?:{_QUALIFIER_ADVERB}[ \t]+)?"
    rf"(?:(?:consisting|composed|made[ \t]+up)[ \t]+(?:{_QUALIFIER_ADVERB}[ \t]+)?of|"
    r"comprising|(including)|a[ \t]+mix(?:ture)?[ \t]+of|"
    r"(?:with[ \t]+)?(?:most|many|some|all|both|one|two|three|several)[ \t]+of[ \t]+(?:them|whom|which)"
    r"(?:[ \t]+(?:being|is|are|was|were))?)"
    rf"[ \t{DROP}]+(?:(?:(?:a|an|one)[ \t{DROP}]+)?{SWAP}(?:person|people)|"
    rf"(?(3)(?:{SWAP}the[ \t]+people|the[ \t{DROP}]+{SWAP}people|"
    rf"(?(2)(?:{SWAP}(?P<count>{_MERGED_COUNT})[ \t]+people|(?P<count2>{_MERGED_COUNT})[ \t{DROP}]+{SWAP}people)|(?!)))"
    r"|(?!)))\b(?!['’])"
    r"(?:,(?=[ \t]+(?!(?:all|both|each|who|whom|whose)\b)[a-z])|(?=[ \t]*[.;:!?])|(?=,[ \t]+(?:all|both|each)\b))",
    re.IGNORECASE,
)
# A hedge that named a couple's roles and now says "couple" again goes, with its commas: "a couple,
# possibly a bride and groom, at a table" -> "a couple, possibly a couple," -> "a couple at a table".
_VACUOUS_HEDGED_COUPLE = re.compile(
    rf"(\bcouple),[ \t]+(?:possibly|potentially|probably|likely|perhaps|maybe)[ \t]+an?[ \t]+{SWAP}couple"
    r"(?:,(?=[ \t])|(?=[.;:!?)]))"
)
# A predicate that now only names its subject's kind before a second one: "The person is a
# woman and is wearing a coat" -> "The person is a person and is ..." -> "The person is ∅ and
# is ...", which the fixes for an emptied predicate close ("The person is wearing a coat").
# a neutral subject and its copula: "the person ... is"
_PERSON_COPULA = r"\b(?:person|people)\b[^.,;:!?\n]{0,40}?[ \t](?:is|are|was|were)"
_TAUTOLOGICAL_PREDICATE = re.compile(
    rf"({_PERSON_COPULA})[ \t]+"
    rf"(?:(?:a|an|two|three|four|five)[ \t{DROP}]+)?{SWAP}(?:person|people)\b(?!['’])"
    r"(?=[ \t]+and[ \t]+(?:is|are|was|were|has|have|had|seems?|appears?|looks?|can|could|may|might|will|would|does|do|"
    r"[a-z]+ing)\b)"
)
# ... and a choice whose first option became "person": "especially if the child is a toddler or
# inexperienced" -> "if the person is inexperienced" (not "if the person is a person or inexperienced");
# an aside that only offered two people goes whole: "the skier, whether a child or an adult,
# understands" -> "the skier understands".
_TAUTOLOGICAL_ALTERNATIVE = re.compile(
    rf"({_PERSON_COPULA}[ \t]+)(?:a|an)[ \t]+{SWAP}person[ \t]+"
    r"or[ \t]+(?=(?!an?\b)[a-z]+)"
)
# ... and "a person" before a hedged role: "They are a person, likely a pilot or air force personnel,
# sitting" -> "They are likely a pilot or air force personnel, sitting"
_VACUOUS_BEFORE_HEDGED_ROLE = re.compile(
    rf"(\b(?:is|are|was|were)[ \t]+)(?:an?[ \t{DROP}]+)?{SWAP}person,[ \t]+"
    r"(?=(?:most[ \t]+)?(?:likely|possibly|probably|perhaps|presumably)[ \t]+(?:an?|the)[ \t]+[a-z])"
)
_VACUOUS_WHETHER = re.compile(
    rf",[ \t]+whether[ \t]+(?:an?[ \t]+)?{SWAP}person[ \t]+or[ \t]+(?:an?[ \t]+)?{SWAP}person,(?=[ \t])"
)
# ... or before a comma or another clause, after a subject that already names a person: "They
# appear to be a child, which suggests ..." -> "They appear to be a person, which ..." -> "They
# appear to be ∅, which ...", which the fixes for an emptied predicate close. The subject is a
# person noun, "who" or a pronoun (or "one of them") that opens the sentence ("it is clear that
# they are a person, with the term ..." is left alone); a noun that says more ("a person in a red
# shirt", "a person who ...") stays, as does one of a subject that names no person ("The subject of
# the statue is a person, ...").
# (or a subordinate clause: "especially if they are a person, as ...", or what a clue suggests,
# before a second verb: "which might suggest that they are a person or have a preference for" ->
# "... that they have a preference for")
_CLAUSE_OPENING = (
    r"(?:(?<=\bif[ \t])|(?<=\bwhen[ \t])|(?<=\bwhether[ \t])|(?<=\bunless[ \t])|(?<=\bbecause[ \t])|(?<=\bsince[ \t])|"
    r"(?<=\bthough[ \t])|(?<=\balthough[ \t])|(?<=\bsuggest[ \t]that[ \t])|(?<=\bsuggests[ \t]that[ \t])|"
    r"(?<=\bsuggesting[ \t]that[ \t]))"
)
# (a sentence's or a coordinated clause's start: "..., so they are likely a person.")
_SENTENCE_OPENING = (
    r"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=\bYes,[ \t])|(?<=\bNo,[ \t])|(?<=,[ \t]so[ \t])|(?<=,[ \t]and[ \t])|"
    rf"(?<=,[ \t]but[ \t]))[{SWAP}{LABEL}]*"
)
# A reason that only said someone's age or gender goes whole once the noun became "person": "As she is
# a toddler, the girl is learning to walk" -> "The person is learning to walk" (not "As they are a person,
# the person"); "..., since he is a child." -> "..." (the predicate fixes above keep "a person" before
# ", the" for an apposition like "is a man, the other a woman").
_VACUOUS_REASON = re.compile(
    rf"(?:{_SENTENCE_OPENING}(?:As|Since|Because)[ \t]+{SWAP}?(?:they|he|she)[ \t]+(?:is|are|was|were)[ \t]+"
    rf"(?:an?[ \t{DROP}]+)?{SWAP}person,[ \t]*"
    rf"|,[ \t]+(?:as|since|because)[ \t]+{SWAP}?(?:they|he|she)[ \t]+(?:is|are|was|were)[ \t]+(?:an?[ \t{DROP}]+)?"
    rf"{SWAP}person(?=[ \t]*[.!?]))"
)
# A comment that something is typical of an age group goes whole once the group became "people": "They are
# engaged in a creative activity, which is typical for ∅ people." -> "... a creative activity." (not
# "typical for people", which says nothing and hints at the group that went)
_TYPICAL_WORDS = ("typical", "common", "normal", "natural", "usual", "characteristic", "expected", "standard")
_VACUOUS_TYPICAL = re.compile(
    r",[ \t]+(?:which|as|that)[ \t]+(?:is|are|was|were|seems|appears)[ \t]+(?:(?:quite|very|fairly|pretty|rather|"
    rf"especially|particularly)[ \t]+)?(?:{'|'.join(_TYPICAL_WORDS)})"
    r"(?:[ \t]+(?:behaviou?r|activity|activities|thing|practice))?[ \t]+(?:for|among|of|in|with)[ \t]+"
    rf"[{DROP} \t]*{SWAP}people(?:[ \t]+{SWAP}?(?:their|his|her)[ \t]*{DROP}+)?(?=[ \t]*[.!?])"
)
# a source given for what was said ("are young kids, as described in the statements"): no more
# than a predicate, after one
_SOURCE_VERB = r"(?:described|mentioned|stated|noted|indicated|shown|seen)"
_VACUOUS_PREDICATE = re.compile(
    rf"((?:\b(person|people|individuals?)\b[^.,;:!?\n{DROP}]{{0,40}}?[ \t]|\bwho[ \t]+|({_SENTENCE_OPENING}"
    r"(?:they|he|she|(?:one|some|most|all|each|both|many|several|two|three)[ \t]+of[ \t]+(?:them|these|those|the[ \t]+"
    rf"[^ \t.,;:!?\n]+))\b[^.,;:!?\n{DROP}]{{0,40}}?[ \t])|{_CLAUSE_OPENING}{SWAP}?(?:they|he|she)"
    r"[ \t]+)"
    r"(?:is|are|was|were|(?:could|might|may|must|would|can|will)[ \t]+be|(?:appears?|appeared|seems?|seemed)[ \t]+to"
    r"[ \t]+be)"
    r"(?:[ \t]+(?:likely|probably|possibly|clearly|also|all|both))*)"
    rf"(?:[ \t]+(?:(?:an?|two|three|four|five|six|some|all)[ \t{DROP}]+)?|[ \t]*{DROP}[ \t{DROP}]*)"
    rf"{SWAP}(?:person|people)\b(?!['’])(?:[ \t]+with[ \t]*{DROP}+)?"  # ("an older gentleman with white hair")
    # (not before an apposition, a hedge or an alternative that says more, nor before a clause about
    # the same person, below; not before a second person noun or a contrast: "are a man and a boy",
    # "is a man and the other is a woman" tell two people apart; at
    # a sentence's end only after an opening pronoun: "The person flying the kite is a person." names
    # the person, below)
    rf"(?=[ \t]*[;:]|,(?![ \t]+(?:and[ \t]+{SWAP}?(?:they|he|she)|and[ \t]+(?:(?:the|an?|one)[ \t{DROP}]+)?(?:{SWAP}|"
    r"others?)|an?|the|one|two|three|four|five|six|both|all|or|either|possibly|probably|likely|perhaps|maybe|most|while|"
    rf"whereas|as[ \t]+{_SOURCE_VERB})\b)|[ \t]+(?:but|which|so|though|"
    r"although|or(?=[ \t]+(?:has|have|had|does|do|can|could|may|might|will|would)\b))\b|"
    rf"[ \t]+and\b(?![ \t]+(?:(?:a|an|the|one|two|three|four|five|six)[ \t{DROP}]+)?{SWAP}|[ \t]+{SWAP}?(?:they|he|she)"
    r"\b|[ \t]+the[ \t]+others?\b)|"
    r"(?(3)[ \t]*[.!?]|(?!)))",
    re.IGNORECASE,
)
# ... and so does "people" before an apposition of what they all do: "The students are young children,
# all wearing white shirts" -> "The students are ∅ people, all wearing" -> "The students are all wearing".
_PEOPLE_BEFORE_ALL_DOING = re.compile(
    rf"\b((?:are|were)[ \t]+)(?:{DROP}[ \t]*)*{SWAP}people,[ \t]+((?:all|both)[ \t]+)(?=[a-z]+ing\b)", re.IGNORECASE
)
# One of a couple named by a rewritten noun is one of them: "a couple sitting on a couch with the
# woman holding a Wii wheel" -> "with one of them holding" (not "with the person holding", who could
# be anyone).
_ONE_OF_COUPLE = re.compile(
    rf"(\b(?:couple|pair|[Tt]wo[ \t]+(?:{SWAP})?people)\b[^.!?;\n]{{0,60}}?\bwith[ \t]+"
    rf"(?=the[ \t]+{SWAP}person[ \t]+[a-z]+ing\b)"
    # (or a couple's one after "while" or "as", before a verb: "standing under an umbrella while one of
    # them takes a photograph"; not one who acts on them: "lying in bed while the person reads to them")
    rf"|\b(?:couple|pair)\b[^.!?;\n]{{0,60}}?\b(?:while|as)[ \t]+"
    rf"(?=the[ \t]+{SWAP}person[ \t]+[a-z]+s\b(?![^.!?;\n]*\bthem\b)))"
    rf"the[ \t]+{SWAP}person"
    r"(?![^.!?;\n]*\bother\b)"  # ("with the person holding the other person's arm" tells them apart already)
)
# (where a predicate noun may stand at all: most rewrites have none)
_PREDICATE_NOUN_SITE = re.compile(
    rf"\b(?:is|are|was|were|be)[ \t{DROP}]+(?:(?:an?|two|three|four|five|six|some|all|both|likely|probably|possibly|"
    rf"clearly|also)[ \t{DROP}]+){{0,3}}{SWAP}(?:person|people)\b",
    re.IGNORECASE,
)
_PRONOUN_AFTER_PREDICATE_NOUN = re.compile(rf"{SWAP}(?:person|people),?[ \t]+and[ \t]+{SWAP}?they\b")
# ... or before a clause about the same person: "The person using the phone is a woman, and she is
# wearing a shirt" -> "The person using the phone is wearing a shirt".
_TAUTOLOGICAL_BEFORE_PRONOUN = re.compile(
    rf"(\b(person|people)\b[^.,;:!?\n]{{0,40}}?[ \t])(?:is|was|are|were|(?:appears?|seems?)[ \t]+to[ \t]+be)[ \t]+"
    rf"(?:(?:an?|two|three|four|five|six|all|both)[ \t{DROP}]+)?{SWAP}(?:person|people),?[ \t]+and[ \t]+{SWAP}?"
    r"they[ \t]+([a-z]+)\b"
)
_SINGULAR_VERBS = {"are": "is", "were": "was", "have": "has", "appear": "appears", "seem": "seems"}
# ... or before what the person does: "The person in the image is a woman who is riding" / "is a
# woman riding" -> "The person in the image is riding"; "The people appear to be men dressed in
# black" -> "The people appear to be dressed in black"; a plural role noun is a person noun too
# ("The baseball players appear to be young kids, enjoying" -> "appear to be enjoying").
_TAUTOLOGICAL_NOUN_BEFORE_CLAUSE = re.compile(
    rf"(\b(?:person|people|[a-z]+(?:ers|ists|ians|ents))\b[^.,;:!?\n]{{0,40}}?[ \t]"
    rf"(?:(?:is|was)[ \t]+(?=an?[ \t{DROP}]+{SWAP}person[ \t]+who\b)|"
    rf"(?:are|were)[ \t]+(?=[{DROP} \t]*{SWAP}people[ \t]+who\b)|"
    r"(?:is|are|was|were|(?:appears?|seems?)[ \t]+to[ \t]+be)[ \t]+))"
    rf"(?:an?[ \t{DROP}]+)?[{DROP} \t]*{SWAP}(?:person|people)(?:[ \t]+who[ \t]+|,?[ \t]+(?=[a-z]+(?:ing|ed)\b))"
)
# A second group counted like the first in its sentence, or a second person introduced like the
# first: "two men in uniforms and two boys" -> "two people in uniforms and two other people", "a
# person by the skis and a child in the snow" -> "... and another person in the snow", not two
# groups or people of one name.
_GROUP_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|some|several|many|a[ \t]+couple[ \t]+of|a[ \t]+few)"
_SECOND_GROUP = re.compile(
    rf"\b(?:({_GROUP_COUNT})[ \t{DROP}]+{SWAP}?people|(a)[ \t{DROP}]+{SWAP}?person)\b(?!['’])[^.!?;:\n]{{0,80}}?"
    rf"(?:,?[ \t]+(?:and|while|whereas|but|with)|(?<=people),)[ \t]+(?:\1[ \t{DROP}]+(?={SWAP}people\b(?!['’]))|"
    rf"(?<![A-Za-z])\2(?=[ \t{DROP}]+{SWAP}person\b(?!['’])))",
    re.IGNORECASE,
)
# A merged count right before a role noun: "a man and a woman tennis players" -> "two people
# tennis players" -> "two tennis players".
_ROLE_NOUN = (  # a modifier that is no verb form or function word ("two men watching skaters" stays)
    r"(?!(?:[a-z-]+ing|[a-z-]+ed|and|or|nor|but|with|without|near|next|to|for|of|in|on|at|by|from|into|as|like|than|"
    r"behind|beside|among|are|were|is|was|who|whom|that|which|the|a|an|their|his|her|its|our|some|all)\b)"
    r"(?:[a-z-]+[ \t]+)?(?!(?:offers|enters|answers|covers|gathers|wanders|wonders|orders|suffers|prefers|hovers|"
    r"delivers|discovers|remembers|considers|monitors|registers|encounters|bothers|matters|lingers|alters|recovers|"
    r"steers|others|waters|hers|outdoors|indoors|doors|floors|colors|corners|centers|numbers|letters)\b)"
    r"[a-z]+(?:ers|ors|ists|ians|etes|figures|figurines|dolls|statues)\b"
)
_ROLE_NOUN_AFTER = re.compile(rf"[ \t]+{_ROLE_NOUN}")
# A counted person noun that modified a role noun: "two men tennis players" -> "two people tennis
# players" -> "two tennis players" (the merged pair of :func:`_merge_coordinated` likewise).
_COUNTED_PEOPLE_BEFORE_ROLE = re.compile(
    rf"\b((?:two|three|four|five|six|seven|eight|nine|ten|several|many|both)[ \t{DROP}]+){SWAP}people[ \t]+"
    rf"(?={_ROLE_NOUN})",
    re.IGNORECASE,
)
# A fronted phrase about a removed attribute goes whole, commas and all: "Lastly, in the context of
# the older man's age, playing frisbee ..." -> "Lastly, in the context of the person's ∅, playing"
# -> "Lastly, playing frisbee ..." (not a stranded possessive, or the sentence lost); only
# fronted, after a sentence start or a comma ("value due to their age, architectural styles" is no
# such phrase).
# A sentence whose subject was only a person's attribute goes whole: "His age could indicate
# experience." -> "⇄Their ∅ could indicate experience." -> dropped (not "Their could indicate"), and
# so does one with a modifier left before the dropped noun ("his older age"), or with its owner after
# it ("The young age of the children suggests that ..." -> dropped, not "Of the people suggests").
_EMPTIED_POSSESSIVE_SUBJECT = re.compile(
    rf"(?:(?<![^\n])|(?<=[.!?]))[ \t]*(?:(?:{SWAP}?(?:Their|His|Her)|The[ \t]+{SWAP}person['’]s)"
    rf"(?:[ \t]+[a-z]+)?[ \t]*{DROP}|(?:The(?:[ \t]+[a-z]+)?[ \t]*{DROP}[ \t{DROP}]*[ \t]+of|{DROP})[ \t]+"
    rf"(?:the|these|those)[ \t]+{SWAP}(?:person|people))[ \t]+"
    r"(?=(?:could|can|may|might|would|will|should|must|is|was|are|were|has|have|had|seems?|appears?|suggests?|indicates?|shows?|makes?|gives?|adds?|reflects?|means?)\b)[^.!?\n]*[.!?]*"
)
_BOTH_BEFORE_DROPPED_PAIR = re.compile(rf"\b[Bb]oth[ \t]+([A-Za-z-]+)(?=[ \t]+and[ \t]*{DROP}+[ \t]*(?:[.,;:!?)\n]|$))")
_EMPTIED_CONTEXT_PHRASE = re.compile(
    rf"(?:(?<![^\n])|(?<=[.!?,;:{DROP}])|(?<=[.!?,;:{DROP}][ \t]))"
    r"(?:in[ \t]+the[ \t]+context[ \t]+of|in[ \t]+light[ \t]+of|given|considering|because[ \t]+of|due[ \t]+to|"
    r"(?:taking|take)[ \t]+into[ \t]+(?:consideration|account)|(?:bearing|keeping)[ \t]+in[ \t]+mind|"
    rf"in[ \t]+terms[ \t]+of|regarding)[ \t]+(?:(?:the|a|an)[ \t{DROP}]+)?(?:[^,.;:!?\n{DROP}]{{0,30}}?['’]s|"
    rf"{SWAP}?(?:their|his|her))[ \t]*{DROP}+[ \t]*,[ \t]*",
    re.IGNORECASE,
)
# A person noun that modified a role noun: "the woman skier" -> "the person skier" -> "the skier",
# "a male nurse" -> "a nurse" (the role already names the person); "people" only before a plural
# role ("the other people cook" is a verb).
_SINGLE_ROLE = (
    r"(?:skier|surfer|skater|skateboarder|snowboarder|rider|biker|cyclist|bicyclist|motorcyclist|swimmer|golfer|"
    r"hiker|jockey|shopper|passenger|vendor|teacher|performer|singer|artist|photographer|chef|cook|sailor|soldier|"
    r"nurse|doctor|surgeon|dentist|traveler|traveller|visitor|camper|climber|kayaker|volunteer|shepherd|herder|"
    r"athlete|player|driver|runner|jogger|pilot|farmer|worker|officer|firefighter|student|tourist|dancer|musician|"
    r"guitarist|pianist|drummer|violinist|model|server|bartender|baker|butcher|cashier|clerk|guard|umpire|referee|"
    r"coach|instructor|pitcher|batter|catcher|goalie|boxer|wrestler|fencer|gymnast|archer|rower|paddler|diver|"
    r"fisher|hunter|scientist|engineer|mechanic|carpenter|plumber|painter|writer|journalist|reporter|"
    r"lawyer|judge|politician|executive|manager|entrepreneur|blogger|vlogger|barista|waiter)"
)
# (found from the marker, the determiner checked before it: a scan that starts at every word for
# the determiners cost a tenth of the grammar repairs)
_ROLE_KIND = (
    r"(?:(?:tennis|baseball|soccer|football|basketball|volleyball|hockey|golf|frisbee|rugby|cricket|polo|street|"
    r"police|flight|truck|taxi|bus|train|ski|surf)[ \t]+)?"
)
_PERSON_BEFORE_ROLE = re.compile(
    rf"{SWAP}(?:person|(people))[ \t]+(?={_ROLE_KIND}{_SINGLE_ROLE}(?(1)s|s?)\b)", re.IGNORECASE
)
_PLURAL_ROLE = re.compile(rf"{_ROLE_KIND}{_SINGLE_ROLE}s\b", re.IGNORECASE)
# ... and one after the role ("The surfer boy" -> "The surfer person" -> "The surfer")
_ROLE_BEFORE_PERSON = re.compile(
    rf"(\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Aa]nother)[ \t]+(?:(?:tennis|baseball|soccer|football|basketball|"
    rf"volleyball|hockey|golf)[ \t]+)?{_SINGLE_ROLE})[ \t{DROP}]+{SWAP}person\b(?!['’])",
    re.IGNORECASE,
)
_PLURAL_DETERMINERS = r"(?:these|those|two|three|four|five|six|several|many|some|multiple)"
_PLURAL_DETERMINER = re.compile(rf"{_PLURAL_DETERMINERS}\b", re.IGNORECASE)
_DETERMINER_BEFORE_ROLE = re.compile(
    rf"\b(?:the|a|an|this|that|one|{_PLURAL_DETERMINERS}|another|each|every|other|of)(?:[ \t]+other)?[ \t{DROP}]+$",
    re.IGNORECASE,
)


def _drop_person_before_role(match: re.Match[str]) -> str:
    """The person noun goes; its marker stays on the role, so the article fix still sees the edit there
    ("an adult driver" -> "an ∅person driver" -> "a driver", not "an driver")."""
    text, start = match.string, match.start()
    if match.group(1):
        return SWAP  # "people" stands only before a plural role, a noun: "have people paddlers" -> "have paddlers"
    determiner = _DETERMINER_BEFORE_ROLE.search(text[max(0, start - 20) : start])
    if determiner is None:
        return match.group(0)
    if _PLURAL_ROLE.match(text, match.end()) and not _PLURAL_DETERMINER.match(determiner.group(0)):
        return match.group(0)  # "The person cooks dinner": after a singular determiner an "-s" role word is a verb
    return SWAP  # "two person cooks" (of "two male cooks") -> "two cooks"


# A rewritten class before "and other <people>" is one of them: "Children and other onlookers"
# -> "Onlookers", "the women and other shoppers" -> "the shoppers" (not "People and other
# onlookers"); after a number the count is theirs alone ("two women and other shoppers" ->
# "two people and other shoppers").
_PEOPLE_AND_OTHER = re.compile(
    rf"(?<!\d[ \t])(?<!\b(?:one|two|six|ten)[ \t])(?<!\b(?:four|five|nine)[ \t])(?<!\b(?:three|seven|eight)[ \t])"
    rf"{SWAP}([Pp])eople,?[ \t]+and[ \t]+other[ \t{DROP}]+(?=(?:{SWAP})?(?:{_ROLE_NOUN}|(?:people|guests|fans|"
    rf"attendees|participants|members|tourists|pedestrians|individuals|locals|family[ \t]+members)\b))({SWAP}?)([a-z])",
    re.IGNORECASE,
)
# a pronoun and a person coordinated, both neutral now: "the luggage she and the man are carrying" ->
# "the luggage the two of them are carrying", not "they and the person"
_PRONOUN_AND_PERSON = re.compile(rf"{SWAP}([Tt])hey[ \t]+and[ \t]+the[ \t]+{SWAP}person\b(?!['’])")
# ... and as an object: "to protect him and the young child from rain" -> "to protect the two of them",
# not "protect them and the person"
_OBJECT_PRONOUN_AND_PERSON = re.compile(
    rf"(?:\bboth[ \t]+)?{SWAP}them[ \t]+and[ \t]+the[ \t{DROP}]+{SWAP}person\b(?!['’])"
)
# A rewritten person or count before "and other people" is one of them: "a girl and other children"
# -> "a person and other people" -> "people" (an "other" after it would set the people apart from
# nobody); "including a girl and other children" then says nothing of the group, below.
_ONE_AND_OTHER_PEOPLE = re.compile(
    rf"(?:({LABEL})[Aa]nother[ \t{DROP}]+|\b(?:(?:an?|one|two|three|four|five|six|some|several|many)[ \t{DROP}]+)?)"
    rf"{SWAP}(?:person|people),?[ \t]+and"
    rf"[ \t]+(?:many[ \t]+|several[ \t]+|some[ \t]+)?other[ \t{DROP}]+(?(1){SWAP}?|{SWAP})people\b(?!['’])",
    re.IGNORECASE,
)
# "alike" after a coordination merged into one noun: "children and adults alike" -> "people", not
# "people alike"; "visitors and people alike" keeps it.
_MERGED_ALIKE = re.compile(
    rf"(?<!\band )(?<!\bor )(?<!\band {DROP})({SWAP}(?:(?:[Tt]he|[Tt]hese|[Tt]hose)[ \t]+)?[Pp]eople)[ \t]+alike\b"
)
# A person placed by a rewritten one: "The person next to the girl" -> "The person next to the
# other person", not "The person next to the person".
_PERSON_BESIDE_PERSON = re.compile(
    r"\b((?:[Tt]he|[Aa]|[Aa]nother)[ \t]+person[ \t]+(?:next[ \t]+to|beside|behind|near|facing|in[ \t]+front[ \t]+of|"
    rf"across[ \t]+from))[ \t]+the[ \t]+({SWAP}person)\b"
)
# A rewritten person coordinated with a neutral one the text named so: the second is the other ("the
# woman on the board and the person nearby" -> "the person on the board and the other person nearby")
_COORDINATED_WITH_PERSON = re.compile(
    rf"\b([Tt]he[ \t]+{SWAP}person\b(?!['’])[^,.;:!?\n{SWAP}]{{0,50}}?[ \t]+and[ \t]+)the[ \t]+person\b(?!['’])"
)
# A rewritten person as the object of a verb whose subject is a person too: "a woman holding a
# baby" -> "a person holding another person" (not "a person holding a person"); not after a verb
# that names a member of the group ("a few people ..., which includes a man" is one of them).
# (the words before the object that end like a verb but are none, or name a member: both object
# rules skip them)
_NO_OBJECT_VERB = (
    r"is|was|has|as|does|this|its|his|thus|plus|us|less|unless|across|towards|besides|perhaps|always|sometimes|of|"
    r"including|involving|featuring|especially|particularly|includes?|included|contains?|contained"
)
_PERSON_OBJECT = re.compile(
    rf"\b(?=[a-z]++[ \t]++a{DROP}?[ \t]++{SWAP})"  # (the rare part first: most words are dismissed by one test)
    rf"(?!(?:{_NO_OBJECT_VERB}|seems|looks|appears|becomes|remains|being|seeming|looking|appearing|becoming|called|"
    r"named|considered|described)\b)"
    rf"([a-z]+(?:ing|s|ed)|to|with)([ \t]+)a({DROP}?[ \t]+{SWAP})person\b(?!['’])"
)
# ... and the owner of a thing after a preposition of place: "a person is holding a donut in front
# of a woman's face" -> "in front of another person's face" (not "a person's face"); not after "of"
# ("Feeding a baby ... is part of a baby's early development" is one baby).
_PERSON_POSSESSOR = re.compile(
    rf"\b(in[ \t]+front[ \t]+of|next[ \t]+to|behind|beside|near)([ \t]+)a([ \t]+{SWAP})person\b(?=['’]s\b)"
)
# ... and a rewritten group as the object after a group of people: "Many people are watching the
# train with the kids" -> "with the other people" (not "with the people", one group).
_PEOPLE_OBJECT = re.compile(
    rf"\b(?=[a-z]++[ \t]++the[ \t]++{SWAP}people\b)"
    rf"(?!(?:{_NO_OBJECT_VERB}|among|amongst|like|unlike|between)\b)"
    rf"([a-z]+(?:ing|s|ed)|to|with)([ \t]+)the([ \t]+{SWAP})people\b(?!['’])"
)
_OWN_PEOPLE = re.compile(rf"(?<!{SWAP})\bpeople\b", re.IGNORECASE)
_PERSON_BEFORE = re.compile(r"\b(?:person|people|they|someone|individuals?)\b", re.IGNORECASE)
_ONE_PERSON_BEFORE = re.compile(r"\b(?:person|someone)\b", re.IGNORECASE)

# Words a removal can strand before punctuation or a conjunction: the sentence then goes.
_STRANDED = re.compile(
    r"\b(?:among|of|under|over|with|the|a|an|to|for|than|their|his|her|its|between|from|about|considering|"
    r"determine|estimate|very|quite|rather|slightly|somewhat|fairly|extremely|be|been|being|is|are|was|"
    r"were|appears?|seems?|looks?|has|have|had|sports|wears|represents?|reflects?|suggests?|indicates?|signif(?:y|ies)|"
    r"showcases?|highlights?|evokes?|embraces?|celebrates?|honou?rs?|emphasi[sz]es?|shows?|displays?|exhibits?|no)"
    r"[ \t]*[.,;:!?]|"
    r"\b(?:a|an|the|their|of|among|for)[ \t]+(?:and|or|of)\b|,[ \t]*,|"
    r"\b(?:the|a|an|their|his|her)[ \t]+(?:cannot|can|is|are|was|were|may|might|could|would|will|should|with)\b|"
    r"\b(?:and|or|with)[ \t]+(?:with|and|or)\b|\b(?:they|person|people)[ \t]*,[ \t]+and\b|"
    r"\b(?:is|are|was|were|be|looks?|appears?|seems?)[ \t]+than\b|\bsuch[ \t]+as[ \t]*[.,;:!?]|\w['’]s[ \t]*[.,;:!?]|"
    # (a verb with no subject, at the start or after an opening adverb: "Similarly, ∅ were common")
    r"(?:\w['’]s[ \t]+|^[ \t]*(?:[A-Za-z]+(?:[ \t]+[a-z]+)?,[ \t]*)?)(?:cannot|can|is|are|was|were|may|might|could|"
    r"would|will|should|must)\b|"
    # (a possessive whose noun went before the verb: "the person's ∅ adds to their appearance")
    r"\w['’]s[ \t]+(?:adds|gives|lends|complements|enhances|contributes|frames|accentuates|creates|provides)\b|"
    r"\b(?:determine|estimate|pinpoint|guess|tell|identify|assess|judge|gauge|specify|reveal|infer|know|"
    r"provide|give|confirm|state|predict|mention|describe)(?:[ \t]+(?:based|from|on|with|in|by|for|as|without|beyond|"
    r"due|"
    r"because|since|just|solely|only|accurately|precisely|definitively)\b|[ \t]*[.,;:!?])",
    re.IGNORECASE,
)
_DROP_BEFORE_COMMA = re.compile(rf"(\b{_DETERMINERS}){DROP},", re.IGNORECASE)
# The first item of a list after its verb went: "which includes a green ∅, an orange coat, and a tie"
# -> "which includes an orange coat, and a tie" (not "includes, an orange coat"); only before the next
# item's determiner and the rest of a list ("wearing a handlebar ∅, smiling" is no list, nor "wearing
# a ∅, appears to be dressed in a black vest, white shirt, and black tie").
_DROPPED_FIRST_LISTED = re.compile(
    rf"(\b(?:includes?|including|included|features?|featuring|featured|wears?|wearing|wore|sports|sporting|"
    rf"comprises?|comprising)){DROP}+,(?=[ \t]+(?:an?|the|some|one|two|three|four|several|various|his|her|their|its)"
    r"[ \t][^.!?\n;]*?(?:,[ \t]*|[ \t]+)(?:and|or)[ \t])"
)
# (a sentence may start right at a marker: "smiling.∅ is hard to tell", where a removal took the space)
# (only the sentences with a marker match: the others stay as they are, without a call per sentence)
_EMPTIED_SENTENCE = re.compile(
    # (a closing quote after the stop belongs to the sentence: '... referred to as "old."')
    rf"(?:(?:(?<=[.!?])|(?<=[.!?][\"”]))(?:[ \t]+|(?={DROP}))|^)"
    rf"((?=[^.!?\n{DROP}{SWAP}{STUB}]*+[{DROP}{SWAP}{STUB}])[^.!?\n]*[.!?][\"”]?)",
    re.MULTILINE,
)
# A build or physique whose every modifier went is no build left to name, after "with" or "has"
# at a clause's end: "a person with a muscular build." -> "a person with ∅." -> "a person.",
# "is shirtless and has a slim build." -> "is shirtless." (the fixes for an emptied predicate or
# a dropped "with" phrase close it); elsewhere it stays ("accentuates their build", "has a
# build, with well-defined biceps", where the sentence would go)
_EMPTIED_BUILD = re.compile(
    rf"(?:(?<=\bwith)|(?<=\bWith))[ \t]+an?(?:[ \t]*{DROP})+[ \t]*(?:build|physique)\b"
    rf"(?=[ \t]*[.,;:!?)]|[ \t]*$|[ \t]+and[ \t]+(?={_VERB_PHRASE}))"
    rf"|(?:(?<=\bhas)|(?<=\bhave)|(?<=\bhad))[ \t]+an?(?:[ \t]*{DROP})+[ \t]*(?:build|physique)\b"
    rf"(?=[ \t]*[.!?]|[ \t]*$|[ \t]+and[ \t]+(?={_VERB_PHRASE}))",
    re.MULTILINE,
)
# An apposition between commas left empty before the verb of its subject: both commas go.
_EMPTIED_APPOSITION = re.compile(rf",(?:[ \t]*{DROP})+[ \t]*,(?=[ \t]+{_VERB_PHRASE})")
_BARE_LIST_MARK = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•+]|\(?[a-z][.)])[ \t]*")
_GONE_LINE = "\ue007"
_EMPTIED_LIST_ITEM = re.compile(rf"(?:\n[ \t]*)?\n{_GONE_LINE}(?=\n|$)|^{_GONE_LINE}\n?")
_FILLER = frozenset(
    {
        "they",
        "them",
        "their",
        "theirs",
        "it",
        "have",
        "has",
        "had",
        "is",
        "are",
        "was",
        "were",
        "a",
        "an",
        "the",
        "also",
        "and",
        "with",
        "person",
        "people",
        "looks",
        "look",
        "appears",
        "appear",
        "seems",
        "seem",
    }
)
# A sentence whose main clause went, leaving only the participle or relative clause that commented
# on it, goes whole: "Their skin appears dark, indicating exposure to the sun." -> "∅, indicating
# exposure to the sun." -> dropped (not "Indicating exposure to the sun.").
_EMPTIED_MAIN_CLAUSE = re.compile(
    rf"(?:^|(?<=[.!?]))[ \t]*{DROP}+[ \t]*,[ \t]*(?:[a-z]+ing|which)\b[^.!?\n]*[.!?]*", re.MULTILINE
)
_EMPTIED_INTRODUCTION = re.compile(
    rf"(^|(?<!\be\.g)(?<!\bi\.e)[.!?][ \t]*|\n[ \t]*)"
    r"(?:(?:Considering|Given|Despite|Regardless[ \t]+of|Because[ \t]+of|Due[ \t]+to|For|"
    r"At(?:[ \t]+such)?|Based[ \t]+on)"
    rf"(?:[ \t]+{SWAP}?{_DETERMINERS}{_MODIFIERS})?[ \t]*"
    # ... or a subordinate clause whose predicate was the attribute: "As the person is described
    # as ∅, their movements ..." -> "Their movements ..."
    rf"|{_OPENING_SUBORDINATOR}[ \t]+[^,.;:!?\n{DROP}]{{0,60}}?[ \t](?:is|are|was|were|be|been|"
    rf"appears?(?:[ \t]+to[ \t]+be)?|seems?(?:[ \t]+to[ \t]+be)?|looks?|(?:described|considered|seen)[ \t]+as)"
    rf"[ \t]*)?{DROP}+[ \t]*,[ \t]*",
    re.IGNORECASE,
)
# ... and after "and", "but" or "so" that join it to the clause before: "holding the bat, and since they
# are ∅, they may need help" -> "holding the bat, and they may need help"
_EMPTIED_COORDINATED_SUBORDINATE = re.compile(
    r"(,[ \t]+(?:and|but|so)[ \t]+)(?:as|since|because|although|though|while|if|when)[ \t]+"
    rf"[^,.;:!?\n{DROP}]{{0,60}}?[ \t](?:is|are|was|were|appears?(?:[ \t]+to[ \t]+be)?|seems?(?:[ \t]+to[ \t]+be)?|"
    rf"looks?)[ \t]*{DROP}+[ \t]*,[ \t]*"
)
# a dropped first word took the space after the stop with it ("people.∅ skaters"): _capitalise puts it
# back; the text after a numbered or bulleted heading's colon starts a sentence too ("4. Personal
# challenge: Older people might" -> "4. Personal challenge: People might")
_SENTENCE_START = re.compile(
    rf"(^[ \t]*|(?<!\be\.g)(?<!\bi\.e)[.!?][ \t]*|\n[ \t]*|"
    rf"(?:^|\n)[ \t]*(?:\d+[.)]|[-*•])[ \t]+[^:.!?\n]{{1,60}}:[ \t]*)"
    rf"[{DROP}{SWAP}]+[ \t]*([{SWAP}{LABEL}]*)([a-z])"
)
# Spaces at a line start or before punctuation: two passes with literal/charset prefixes
# (fast in ``re``), the same result as one ``^[ \t]+|[ \t]+(?=[.,;:!?])`` (MULTILINE).
_LINE_INDENT = re.compile(r"\n[ \t]+")
# Advice that fits only a child's age tells that the person it is about is one ("the child" ->
# "the person ... with child-friendly utensils under adult supervision"); in a text whose person
# had an age cue it becomes neutral: the adult of the supervision goes ("under the supervision of
# an adult" -> "under supervision", the adult already "a person" there; not one described further,
# "the supervision of an adult who is holding a cup"), and a child's size, safety or friendliness becomes a thing's
# ("child-sized" -> "small", "child-safe scissors" -> "safe scissors", "child-proof locks" ->
# "safety locks", "child-friendly utensils" -> "easy-to-use utensils", "a child-friendly
# atmosphere" -> "a family-friendly atmosphere", "age-appropriate" -> "suitable"). A "child seat"
# or a "children's menu" names a thing, not the person, and stays.
_UTENSILS = (
    r"utensils|cutlery|tools|scissors|knife|knives|forks?|spoons?|cups?|plates?|bowls?|equipment|gear|devices?|"
    r"controls?|controllers?|apps?|tablets?|software|interfaces?|games?|toys?|bikes?|bicycles?|skis|skateboards?"
)
_AGE_ADVICE = re.compile(
    r"\b(?:(?:the[ \t]+)?(?P<noun>supervision|guidance|help|assistance|oversight)[ \t]+(?P<by>of|from|by)[ \t]+"
    r"(?:an?[ \t]+|their[ \t]+|a[ \t]+responsible[ \t]+)?(?:adult|grown-?up|person)(?P<many>s)?"
    # (another helper named after "or" stays: "guidance from an adult or coach" -> "guidance from a coach",
    # "supervision from an adult or experienced skater" -> "supervision from an experienced skater")
    r"(?:[ \t]+or[ \t]+(?:an?[ \t]+)?(?P<other>(?!(?:adult|grown-?up|person)s?\b)(?:(?:experienced|trained|qualified|"
    r"certified|professional|responsible|skilled|knowledgeable|trusted)[ \t]+)?[a-z]+))?"
    r"(?=[ \t]*[.,;:!?]|[ \t]+(?:at|to|during|when|while|and|or|is|are|for|until)\b)"
    r"|adult[ \t]+(?P<overseen>supervision|guidance|help|assistance|oversight)"
    r"|(?P<friendly>(?:child|kid|toddler|baby)(?:ren)?[- ]friendly)(?P<utensil>[ \t]+(?:" + _UTENSILS + r")\b)?"
    r"|(?P<sized>(?:child|kid|toddler)[- ]sized?)"
    r"|(?P<safe>(?:child|kid|baby)[- ]?safe)"
    r"|(?P<proof>(?:child|kid|baby)[- ]?proof(?P<suffix>ing|ed|s)?)(?P<object>[ \t]+(?:the|your|their|a|an|any|all)\b)?"
    r"|(?P<suitable>age[- ]appropriate))(?![\w-])",
    re.IGNORECASE,
)

# ... but not in a sentence that still names an age group: the detector kept it as a general
# statement about nobody in the picture ("parents can use age-appropriate techniques to teach
# children", "Adult supervision is crucial for younger participants").
_KEPT_AGE_GROUP = re.compile(
    r"\b(?:child|children|kids?|toddlers?|bab(?:y|ies)|infants?|teens?|teenagers?|adolescents?|youngsters?|young|"
    r"younger|older|elderly|seniors?|adults?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?\n])")
# ... and only where an age cue could have said that someone is a child: next to "an elderly man"
# or "adults" only, "Adult supervision is recommended" is the text's own general advice.
_GROWN_AGE = re.compile(
    r"old|older|oldest|elderly|aged|middle-aged|senior|seniors|elder|elders|adult|adults|adulthood|mature|grown-ups?",
    re.IGNORECASE,
)


def _neutral_sentence(sentence: str) -> str:
    rest = _AGE_ADVICE.sub("", sentence)
    if rest == sentence or _KEPT_AGE_GROUP.search(rest):
        return sentence
    # each replacement is marked as a swap while the article before it agrees, the same repair as
    # at the rewriter's own edit sites ("an age-appropriate toothbrush" -> "a suitable toothbrush")
    neutral = _AGE_ADVICE.sub(lambda match: SWAP + _neutral_advice(match), sentence)
    return _ARTICLE.sub(_agree_article, neutral).replace(SWAP, "")


def _neutral_advice(match: re.Match[str]) -> str:
    found = match.group(0)
    if match.group("noun"):
        out = match.group("noun")
        if match.group("other"):
            article = "" if match.group("many") else "a " + SWAP
            out += f" {match.group('by')} {article}{match.group('other')}"
    elif match.group("overseen"):
        out = match.group("overseen")
    elif match.group("friendly"):
        out = "easy-to-use" + match.group("utensil") if match.group("utensil") else "family-friendly"
    elif match.group("sized"):
        out = "small"
    elif match.group("safe"):
        out = "safe"
    elif match.group("proof"):
        if match.group("suffix") or match.group("object"):
            out = "safety-proof" + (match.group("suffix") or "") + (match.group("object") or "")
        else:
            out = "safety"
    else:
        out = "suitable"
    return out[:1].upper() + out[1:] if found[:1].isupper() else out


_WORD_CHARACTER = re.compile(r"[A-Za-z0-9]")
_UNTOLD_SAID = re.compile(
    r"\b(?:(?:quite|very|rather|somewhat|fairly|extremely|almost)[ \t]+)?"
    r"(?:hard|difficult|impossible|challenging|tricky)[ \t]+to[ \t]+[a-z]+|\b(?:unclear|uncertain|not[ \t]+clear)\b",
    re.IGNORECASE,
)
# the whole-sentence mention of an age that cannot be told (the taxonomy's rule): a turn that was
# only that keeps its point ("It is hard to tell."), not a lone full stop
_UNTOLD_AGE = re.compile(
    r"\bage\b.*\b(?:hard|difficult|impossible|possible|challenging|tricky|easy|unclear|uncertain|unknown|"
    r"indeterminate|ambiguous|clear|known|obvious|apparent|evident|visible|determinable|discernible|identifiable)\b"
    r"|\b(?:hard|difficult|impossible|possible|challenging|tricky|easy)\b.*\bage\b",
    re.IGNORECASE,
)
_OPENING_CONNECTIVE = re.compile(
    rf"[ \t{DROP}{SWAP}]*(?:(?:However|Also|Nevertheless|Nonetheless|Still|Yet|That said|On the other hand|"
    r"In contrast),|But(?=[ \t]))[ \t]*"
)
_SPACE_BEFORE_PUNCT = re.compile(r"(?<![ \t])[ \t]+(?=[.,;:!?])")
_VOWEL_SOUND = re.compile(r"^(?:[aei]|o(?!ne\b|nce\b)|u(?!ni|s[aeiu]|ti|r[aeiou])|hour|honest|honou?r)", re.IGNORECASE)


@dataclass(frozen=True)
class Rewrite:
    """A text, the mentions found in it, its rewrite and what the detector still finds there."""

    before: str
    mentions: tuple[Mention, ...]
    after: str
    remaining: tuple[Mention, ...]


class LocalRewriter:
    """Rewrite text so that the detector finds none of ``attributes``, keeping the rest."""

    def __init__(
        self, detector: Detector | None = None, attributes: Sequence[str] = ATTRIBUTES, max_passes: int = 3
    ) -> None:
        self.detector = detector or default_detector()
        self.attributes = tuple(attributes)
        self.max_passes = max_passes
        self.referents = Referents.from_spec(self.detector.taxonomy.spec.get("referents", {}))
        # Prompts repeat across a data set (the detail prompts, "Answer the question using a
        # single word or phrase."), so identical texts are analysed once per process.
        self.analyse = lru_cache(maxsize=65_536)(self._analyse)

    def find(self, text: str) -> list[Mention]:
        """The mentions this rewriter removes."""
        return self.detector.find(text, self.attributes)

    def rewrite(self, text: str) -> str:
        """The neutral version of ``text`` (the ``<image>`` token is never touched)."""
        return self.analyse(text).after

    def _analyse(self, text: str) -> Rewrite:
        mentions = found = tuple(self.find(text))
        after = text
        # Another pass catches what an edit exposes (the lookahead of "old" in "old, heavy
        # man" only sees the person noun once "heavy" is gone); the last scan doubles as the
        # leak check, so a clean text costs one scan and a rewritten one two.
        for _ in range(self.max_passes):
            if not found:
                break
            after = apply_mentions(after, found, self.referents)
            found = tuple(self.find(after))
        if any(
            mention.attribute == "age" and not _GROWN_AGE.fullmatch(text, mention.start, mention.end)
            for mention in mentions
        ) and _AGE_ADVICE.search(after):
            after = "".join(map(_neutral_sentence, _SENTENCE_END.split(after)))
        if (
            not _WORD_CHARACTER.search(after.replace("<image>", ""))
            and any(_UNTOLD_AGE.search(mention.evidence) for mention in mentions)
            and _WORD_CHARACTER.search(text.replace("<image>", ""))
        ):
            # a turn that only said a person's age is hard to tell ("The age of the man is hard
            # to tell.") went whole; what is left says only that
            said = next((said for mention in mentions if (said := _UNTOLD_SAID.search(mention.evidence))), None)
            point = f"It is {said.group(0).lower()}." if said else "It is hard to tell."
            after = after.replace(after.strip(), point) if after.strip() else point
        return Rewrite(text, mentions, after, found)


# what may follow an aside as a comment on the whole clause: a quantified or participial phrase
_COMMENT_AFTER_ASIDE = re.compile(
    r"[ \t]+(?:some|many|most|all|each|several|others)[ \t]+(?:of[ \t]+them[ \t]+)?(?:[a-z]+ly[ \t]+)?"
    r"[a-z]+(?:ing|ed)\b"
)


def apply_mentions(text: str, mentions: Iterable[Mention], referents: Referents | None = None) -> str:
    """Replace or drop every mention span and repair the grammar around the edits; with
    ``referents``, two people who get the same neutral noun stay two ("the other person")."""
    out: list[str] = []
    position = 0
    ordered = sorted(mentions, key=lambda mention: (mention.start, -mention.end))
    relabel = referents.determiner_edits(text, ordered) if referents and (len(ordered) > 1 or "person" in text) else {}
    if referents:
        ordered = referents.named_pronouns(text, ordered, relabel)
    clause: _Clause | None = None
    for index, mention in enumerate(ordered):
        if mention.start < position:  # the same span for a second attribute, or an overlap
            continue
        before = text[position : mention.start]
        if clause:
            before = _coordinated(text, position, mention.start, clause, out[-1:] == [DROP])
        if mention.plural_verb and not _FINITE_AFTER.match(text, mention.end):
            # a question puts the verb first: "What is he holding?" (not "One option is he can use",
            # where "is" is the verb of another subject and the pronoun has its own)
            before = _PRECEDING_VERB.sub(lambda match: plural_verb(match.group(1)) + match.group(2), before)
        if relabel:
            before = _relabel(before, position, mention.start, relabel)
        ages = None if mention.replacement else _AGES_BEFORE_ANOTHER_NOUN.match(text, mention.start)
        if ages and ages.end(2) == mention.end:
            # "people of various ages and roles" -> "people of various roles": the phrase's other
            # nouns keep its quantifier
            out.append(before + ages.group(1))
            position = ages.end()
            continue
        if (
            not mention.replacement
            and _PREPOSITION.match(text, mention.start, mention.end)
            and not _COPULA_BEFORE.search(before)
        ):
            # a whole prepositional phrase after a noun ("individuals of similar ages, who",
            # "The boy, under the age of four, plays") leaves no hole, so no marker: the
            # stranded-word fixes must not take the noun phrase before it
            kept = before.rstrip(" \t")
            position = mention.end
            hedge = _HEDGE_BEFORE.search(kept, max(0, len(kept) - 20)) if kept.endswith(("y", "n")) else None
            if hedge:  # ", possibly of Indian origin," goes with its hedge and both commas
                kept = kept[: hedge.start()] + ","
            elif text.startswith(")", position) and kept.endswith(_PARENTHESIS_HEDGE_WORDS):
                # "older (usually around 6-7 years old) and" -> "older and": the parenthesis goes too
                opened = _OPEN_HEDGE.search(kept, max(0, len(kept) - 20))
                if opened:
                    kept, position = kept[: opened.start()], position + 1
            if kept.endswith(",") and text.startswith(",", position):
                # (before a phrase that comments on the clause, one comma stays: "around the
                # motorcycles, from young to old, some appearing" -> "motorcycles, some appearing")
                kept = kept[:-1]
                if not _COMMENT_AFTER_ASIDE.match(text, position + 1):
                    position += 1
            elif kept.endswith(",") and text[position : position + 1] in (".", ";", ":", "!", "?", ")", "\n", ""):
                kept = kept[:-1]
            out.append(kept)
            continue
        out.append(before)
        out.append(SWAP + mention.replacement if mention.replacement else DROP)
        position = mention.end
        if mention.plural_verb:
            clause = None
            following = _FOLLOWING_VERB.match(text, position)
            next_start = next((later.start for later in ordered[index + 1 :] if later.start >= position), len(text))
            if following and following.end() <= next_start:
                out.append(following.group(1) + plural_verb(following.group(2), after_subject=True))
                position = following.end()
                end = _CLAUSE_END.search(text, position)
                clause = _Clause(text, position, end.start() if end else len(text), False)
                clause.after_modal = following.group(2).lower() in _MODALS
        elif mention.replacement.lower().endswith(("'re", "’re")):
            # "She's pleased and wants more" -> "They're pleased and want more"; the one word
            # after "'re" stands for the first verb ("They're smiling and waves" -> "... wave")
            end = _CLAUSE_END.search(text, position)
            predicate = _FOLLOWING_VERB.match(text, position)
            clause = _Clause(text, predicate.end() if predicate else position, end.start() if end else len(text), True)
    rest = text[position:]
    out.append(_coordinated(text, position, len(text), clause, out[-1:] == [DROP]) if clause else rest)
    return tidy("".join(out))


def _relabel(chunk: str, start: int, end: int, edits: dict[int, tuple[int, str]]) -> str:
    """Change the determiners in ``chunk`` (the text ``start:end`` of the original, already
    tidied before the determiners: offsets are counted from its end) that
    :meth:`Referents.determiner_edits` names: "the" -> "the other"."""
    for determiner_start in sorted(edits):
        if start <= determiner_start < end:
            determiner_end, new = edits[determiner_start]
            left = len(chunk) - (end - determiner_start)
            label = LABEL
            if new.startswith(PLACED):  # (a place in a group stays as it is)
                label, new = "", new[len(PLACED) :]
            chunk = chunk[:left] + label + new + chunk[left + determiner_end - determiner_start :]
    return chunk


class _Clause:
    """The clause of a verb just made plural: where the verb ends, where the clause ends,
    whether that "verb" is only the word after "'re" (so a word coordinated with it must look
    like a verb on its own). Its subordinators and list ends (", and") are looked up lazily and
    remembered, so a long clause is scanned once, not once per coordinated word."""

    def __init__(self, text: str, verb_end: int, end: int, after_contraction: bool) -> None:
        self.text, self.verb_end, self.end, self.after_contraction = text, verb_end, end, after_contraction
        self._subordinator_end: int | None = None
        self._own_verb_end: int | None = None
        self._list_close: re.Match[str] | None = None
        self._no_list_close_after = end + 1
        # a list item that kept its singular "-s" verb ("as he needs to move, encourages
        # relaxation, and allows him" -> "as they need to move, encourages relaxation, and allows
        # them") says that the list's verbs have another subject (the "it" before "needs"): the
        # list's last item keeps its form too
        self.singular_item = False
        # ... and one made plural ("They hold a bat, wear a cap, and smile."), that the last item,
        # even with nothing after it, is a verb that agrees
        self.plural_item = False
        # ... and a bare item of nouns kept as it was ("check the weather conditions, surf
        # forecast, and tides"), that the list is one of nouns: its last item stays too (not an
        # adjective or adverb: "look put-together, presentable, and adhere")
        self.noun_item = False
        # the verb is a modal ("should assess the park's environment and ramps for hazards"): a
        # verb coordinated with its bare infinitive is bare too, so an "-s" word after "and" that
        # shares a determiner with the word before it is a noun unless it can only be a verb
        # ("can swim and likes it"); without one it is the subject's verb ("might be waiting for
        # someone and uses this time" -> "... and use")
        self.after_modal = False

    def subordinated(self, position: int) -> bool:
        """Whether a subordinator stands between the verb and ``position``."""
        if self._subordinator_end is None:
            found = _SUBORDINATOR.search(self.text, self.verb_end, self.end)
            self._subordinator_end = found.end() if found else self.end + 1
        return self._subordinator_end <= position

    def own_verb_before(self, position: int) -> bool:
        """Whether a singular verb of a clause of its own (:data:`_ANOTHER_FINITE_VERB`) stands
        between the verb and ``position``."""
        if self._own_verb_end is None:
            found = _ANOTHER_FINITE_VERB.search(self.text, self.verb_end, self.end)
            self._own_verb_end = found.end() if found else self.end + 1
        return self._own_verb_end <= position

    def list_closes_after(self, position: int) -> bool:
        """Whether ", and" or ", or" follows ``position`` in the clause."""
        if self._list_close is not None and self._list_close.start() >= position:
            return True
        if position >= self._no_list_close_after:
            return False
        self._list_close = _LIST_CLOSE.search(self.text, position, self.end)
        if self._list_close is None:
            self._no_list_close_after = min(self._no_list_close_after, position)
        return self._list_close is not None


# a singular verb of its own clause (not one coordinated by a comma or a conjunction)
_ANOTHER_FINITE_VERB = re.compile(
    r"(?<![,;][ \t])(?<!\band[ \t])(?<!\bor[ \t])(?<!\bbut[ \t])\b(?:is|was|has|does)\b(?![ \t]+(?:not[ \t]+)?"
    r"(?:also|still|then)\b)"
)
# ("to ensure it stays safe and doesn't knock anything over": "it" with a verb of its own)
_OTHER_SUBJECT_BETWEEN = re.compile(
    r"\b(?:who|which)\b|\b(?:that|if|whether|because|since|when|while)[ \t]+(?:the|their|its|a|an|this|these|those)\b"
    # (not after a subordinator, whose clause ends before the coordinated verb: "as it approaches
    # the station but is not")
    r"|(?<!\bas[ \t])(?<!\bwhen[ \t])(?<!\bwhile[ \t])(?<!\bbecause[ \t])(?<!\bsince[ \t])(?<!\bif[ \t])"
    r"(?<!\bbefore[ \t])(?<!\bafter[ \t])(?<!\buntil[ \t])(?<!\bonce[ \t])(?<!\bwhere[ \t])"
    r"\bit[ \t]+(?!(?:as|across|towards|besides|plus|always|sometimes|perhaps|thus|this|us)\b)[a-z]+(?<![su])s\b",
    re.IGNORECASE,
)


# The last item of a list of plural nouns, before its ", or"/", and": "incorporate tricks, spins, or
# grabs" (a noun there), not "with their arms by their sides, and appears" (a verb).
_IN_NOUN_LIST = re.compile(rf",[ \t]+{_PLURAL_NOUN.pattern}[ \t]*$")
# ... and after a bare singular noun a preposition of place or company introduces ("with snow and trees"):
# the next item of that noun ("with toys and laughs" stays a verb, as does one before a verb's complement:
# "of safety and aims to enjoy")
_VERB_FOLLOWERS_AFTER_NOUN = _OBJECT_STARTERS | frozenset("to with for that into onto about".split())
_PREPOSITION_NOUN_BEFORE = re.compile(
    r"\b(?:with|among|between|amid|amidst|beside|near|behind|under|over)[ \t]+(?!(?:the|a|an|his|her|their|its|"
    r"them|him|it|one|each|other|others)\b)[a-z]+(?<!s)[ \t]*$"
)
# ... and after a one-word item that follows a noun with its article: "a cup, teapot, and books around
# her" (a noun), not "looks put-together, presentable, and adheres to" (a verb)
_SINGULAR_ITEM_BEFORE = re.compile(r"\b(?:a|an|the|some|one|two|three)[ \t]+[a-z-]+,[ \t]+[a-z]+(?<!s)[ \t]*$")
# ... and after gerunds listed with commas behind a determiner or "such as": "such as serving, volleying, and
# groundstrokes to build" (nouns; "is smiling, laughing, and waves" keeps its verb)
_GERUND_ITEMS_BEFORE = re.compile(
    r"\b(?:such[ \t]+as|including|like|their|his|her|its|the|of)[ \t]+[a-z]+ing(?:,[ \t]+[a-z]+ing)+,?[ \t]*$"
)


def _previous_word(text: str, start: int, match: re.Match[str]) -> str:
    """The word before a coordinated word's conjunction, within the chunk from ``start``."""
    return (text[start : match.start()].rstrip().rsplit(None, 1)[-1:] or [""])[0]


def _coordinated(text: str, start: int, stop: int, clause: _Clause, after_drop: bool = False) -> str:
    """Make the verbs coordinated with a verb just made plural agree too, within its clause:
    "They are smiling and has a hat" -> "... and have a hat". Returns ``text[start:stop]``, which
    is unedited, with those verbs changed; what follows it (the next mention) is read too.
    ``after_drop``: the chunk follows a dropped span, so a verb in it made plural (not an
    auxiliary) is marked (``AGREED``) for the fixes that drop an emptied predicate."""
    verb_end, clause_end, after_contraction = clause.verb_end, clause.end, clause.after_contraction
    chunk = text[start:stop]
    end = min(stop, clause_end)
    if end <= start or "," not in chunk and "and" not in chunk and "or" not in chunk and "but" not in chunk:
        return chunk

    def fix(match: re.Match[str]) -> str:
        verb = match.group(2)
        lower = verb.lower()
        if _BUT_ALSO.match(match.group(1)) and any(
            len(text[not_only.end() : verb_end].split()) > 1
            for not_only in _NOT_ONLY.finditer(
                text, max(text.rfind(mark, 0, verb_end) for mark in ".!?\n") + 1, verb_end
            )
        ):
            # "This not only highlights the tie he's wearing but also displays": "but also" answers
            # a "not only" before the pronoun, whose verb is another subject's ("She not only smiles
            # but also waves" agrees)
            return match.group(0)
        if clause.own_verb_before(match.start()):
            # "that what they are doing is important or requires": the verb after "or" is that of
            # the clause "is" belongs to, not of the pronoun made plural
            return match.group(0)
        # "They have a tattoo and earrings in their ears", "for them and others around them"
        if lower in _PLURAL_THINGS or lower in ("others", "ones"):
            return match.group(0)
        if (
            lower in _IRREGULAR_PLURALS
            and match.start() > verb_end
            and _OTHER_SUBJECT_BETWEEN.search(text, verb_end, match.start())
        ):
            # "with someone who is interested ... or is considering", "that the location is legal and
            # does not": a clause with another subject, whose verb that is
            return match.group(0)
        if (
            agreed_end == match.start()
            and lower.endswith("s")
            and (lower in _ONLY_VERBS or (match.group(3) or "").strip().lower() in _VERB_FOLLOWERS)
        ):
            # the next item of a list of verbs that just agreed ("They smile, wave, and walks away" ->
            # "and walk away"): not a plural noun after a plural noun
            return match.group(1) + plural_verb(verb)
        if (
            match.start() == verb_end
            and match.group(1).strip() == ","
            and lower.endswith("s")
            and (match.group(3) or "").strip().lower() in ("and", "or")
        ):
            # a lone "-s" word right after the verb and a comma, before "and": the second of a list of
            # verbs ("They smile, waves and walks away" -> "They smile, wave and walk away")
            return match.group(1) + plural_verb(verb)
        bare_comma = match.group(1).strip() == ","
        if bare_comma and not clause.list_closes_after(match.end()):
            return match.group(0)
        if clause.singular_item and match.group(1).startswith(","):
            return match.group(0)
        if lower not in _IRREGULAR_PLURALS:
            # A bare "-s" word after "and" may be a plural noun ("a dog and cats"): it is a
            # verb when it directly follows the first verb ("smiles and waves") or takes an
            # object or a particle ("and walks to the car").
            adjacent = match.start() == verb_end
            follower = (match.group(3) or "").strip().lower()
            # ("They're smiling and waves." but not "They're outside and cars pass")
            if adjacent and (not after_contraction or not follower or follower in _VERB_FOLLOWERS):
                return match.group(1) + plural_verb(verb)
            # "friends or teammates to join", "strengths and areas for improvement": after
            # "or", or after another plural noun, a bare "-s" word is a noun in a list; an
            # adverb between makes it a verb ("might be tired or simply prefers to sit")
            # (not after a subordinate clause that may have given it another subject: "which
            # propels them and allows them")
            if clause.subordinated(match.start()):
                return match.group(0)
            if (
                lower in _NOUNS_TOO
                and not bare_comma
                and not follower
                and _PLURAL_NOUN.fullmatch(_previous_word(text, start, match))
            ):
                return match.group(0)  # "her own preferences and needs."
            if lower == "falls" and _previous_word(text, start, match).lower() in _MISHAPS:
                return match.group(0)  # "to prevent slips and falls on wet surfaces": a pair of nouns
            if (
                lower not in _ONLY_VERBS
                and match.group(1).strip().lower() == "and"
                and (match.group(3) or "").strip().lower() not in _VERB_FOLLOWERS_AFTER_NOUN
                and _PREPOSITION_NOUN_BEFORE.search(text, start, match.start())
            ):
                return match.group(0)  # "standing on skis with snow and trees in the background": nouns
            if (
                clause.after_modal
                and not bare_comma
                and lower not in _ONLY_VERBS
                and _DETERMINED_BEFORE.search(text, start, match.start())
            ):
                return match.group(0)
            if (
                lower not in _ONLY_VERBS
                and match.group(1).startswith(",")
                and _GERUND_ITEMS_BEFORE.search(text, start, match.start())
            ):
                return match.group(0)
            if (
                (lower in _ONLY_VERBS and not _IN_NOUN_LIST.search(text, start, match.start()))
                or (lower == "looks" and follower and follower not in _NOT_BARE_NOUNS)  # "and looks professional"
                or (lower == "works" and follower in ("in", "at", "as", "for", "with"))  # "or works in an office"
                or follower in _OBJECT_STARTERS
                or (lower in _GERUND_TAKERS and follower.endswith("ing") and len(follower) > 4)
            ):
                return match.group(1) + plural_verb(verb)
            if bare_comma:  # only a word that must be a verb agrees
                clause.singular_item = lower.endswith("s") and match.group(3) is not None
                # (an item of two words or more, not an adjective or adverb: "surf forecast")
                clause.noun_item = clause.noun_item or (
                    match.group(3) is not None and not lower.endswith(("s", "ly")) and lower not in _DEGREE_ADVERBS
                )
                return match.group(0)
            if match.group(1).startswith(",") and (
                clause.noun_item or _SINGULAR_ITEM_BEFORE.search(text, start, match.start())
            ):
                return match.group(0)  # "a cup, teapot, and books around her": the last item of a noun list
            conjunction, *adverbs = match.group(1).replace(",", " ").replace("(", " ").split()
            if not adverbs and (
                _PLURAL_NOUN.fullmatch(_previous_word(text, start, match))
                or conjunction.lower() != "and"
                # ... but "or" joins a verb of motion before its particle after a singular
                # noun: "reads their newspaper or walks around the city" (not "or walks"), while
                # "a dog or cats around" stays a list
                and not (lower in _MOTION_VERBS and follower in _MOTION_PARTICLES)
            ):
                return match.group(0)
            if (
                follower not in _VERB_FOLLOWERS
                and not (clause.plural_item and match.group(1).startswith(","))
                and not (
                    _VERB_ONLY_ADVERBS.intersection(adverb.lower() for adverb in adverbs)
                    and follower not in ("", "or", "and", "but", "nor")
                )
            ):
                return match.group(0)
        return match.group(1) + plural_verb(verb)

    out: list[str] = []
    position = start
    # a lone "-s" word after a bare comma, left alone as maybe a noun, just before "and"/"or": a verb
    # if the word after that conjunction agrees ("takes a break, rests and enjoys the view" -> "take a
    # break, rest and enjoy the view", not "rests and enjoy")
    pending: tuple[int, re.Match[str]] | None = None
    agreed_end = -1  # where the last verb made to agree ends
    # (a match ends in the chunk; what follows is read only as far as the next word)
    for match in _COORDINATED_VERB.finditer(text, start, min(clause_end, end + 100)):
        if match.end() > end:
            break
        out.append(text[position : match.start()])
        fixed = fix(match)
        if fixed != match.group(0) and match.group(1).strip() == ",":
            clause.plural_item = True
        if pending and fixed != match.group(0) and match.start() == pending[1].end():
            out[pending[0]] = pending[1].group(1) + plural_verb(pending[1].group(2))
        if fixed != match.group(0):
            agreed_end = match.end()
        pending = (
            (len(out), match)
            if fixed == match.group(0)
            and match.group(1).strip() == ","
            and match.group(2).endswith("s")
            and (match.group(3) or "").strip().lower() in ("and", "or")
            else None
        )
        if after_drop and fixed != match.group(0) and fixed[len(match.group(1)) :].lower() not in _AUXILIARIES:
            fixed = match.group(1) + AGREED + fixed[len(match.group(1)) :]
        out.append(fixed)
        position = match.end()
    out.append(text[position:stop])
    return "".join(out)


# An attribute that was the whole point of its phrase takes the phrase with it, so nothing
# vacuous stays: "has ∅ eyes" -> "has ∅" ("They have long hair.", "There is a person."), "a
# ∅-eyed person" -> "a person", "is of ∅ descent" -> "is ∅"; a clause whose subject is only the
# eyes or the skin goes whole ("Their eyes are ∅, and they smile" -> "They smile", "a person,
# whose eyes are ∅, reads" -> "a person reads"), and as a sentence of its own it is a stub that
# goes ("Their eyes are ∅." -> "There is a person." only as the whole turn).
_EYE_ADJECTIVES = (
    r"(?:piercing|bright|striking|beautiful|big|large|deep|light|pale|sparkling|vivid|stunning|expressive|wide|"
    r"intense|vibrant|brilliant|clear|captivating|mesmerizing|mesmerising|soft|warm|kind|gentle|dark|rich|"
    r"round|almond-shaped|lovely|pretty|sharp|shining|shiny)"
)
# (only as an object: "Their ∅ eyes sparkle" keeps "Their eyes sparkle"; the determiner that is
# left lets the fixes for a dropped object take the phrase: "has a ∅ and long hair")
_EMPTIED_EYES = re.compile(
    rf"\b(has|have|had|with|sports|sporting|featuring|and|or)[ \t]+(?:a[ \t]+pair[ \t]+of[ \t]+|two[ \t]+)?"
    rf"({SWAP}?(?:their|his|her)[ \t]+)?(?:{_EYE_ADJECTIVES}(?:,?[ \t]+(?:and[ \t]+)?|-)){{0,3}}{DROP}+[ \t]+eyes\b"
    # (eyes that a relative clause goes on about keep their other words: "has striking eyes that sparkle")
    r"(?![ \t]*,?[ \t]+(?:that|which|who|whose)\b)",
    re.IGNORECASE,
)
# a dropped object or complement first in a pair goes with its "and": "has ∅ and curly hair" ->
# "has curly hair", "looks ∅ and is wearing" -> "is wearing"
_EMPTIED_FIRST_PAIR_ITEM = re.compile(
    rf"\b(has|have|had)[ \t]*{DROP}+,?[ \t]+and[ \t]+(?=[a-z])"
    r"(?!(?:is|are|was|were|has|have|had|can|could|will|would|may|might|seems?|appears?|looks?|[a-z]+ing|they|he|she|"
    r"it|we|you|i|there|this|that|these|those|then|also)\b)"
    # (not a verb before its object: "has ∅ and rides an elephant" is a second predicate)
    rf"(?!{_VERB_PHRASE})"
    # (not a clause of its own: "has ∅ and the dog is barking")
    r"(?![^.;:!?,\n]{0,40}?\b(?:is|are|was|were|has|have|had)\b)"
    rf"|(?<=[A-Za-z])[ \t]+look(?:s|ed)?[ \t]*{DROP}+,?[ \t]+and(?=[ \t]+(?:is|are|was|were|has|have|had)\b)"
)
# ... and as the first item of a list that goes on: "has ∅ eyes, short hair and a hat" -> "has short hair and a hat"
_EMPTIED_EYES_IN_LIST = re.compile(
    rf"\b(has|have|had|with|sporting|featuring)[ \t]+(?:{_EYE_ADJECTIVES}(?:,?[ \t]+(?:and[ \t]+)?|-)){{0,3}}{DROP}+"
    r"[ \t]+eyes,[ \t]+(?!(?:which|who|that|and|or|but|as|while|when|where|[a-z]+ing|[a-z]+ed)\b)"
    r"(?=[a-z][^.;:!?\n]{0,120}?\b(?:and|or)\b)"
    # (a list of two left loses its comma: "has ∅ eyes, blonde hair, and a smile" -> "has blonde hair and a smile")
    r"(?:(?=[^,.;:!?\n]{1,80}?,[ \t]+(?:and|or)\b)([^,.;:!?\n]{1,80}?),(?=[ \t]+(?:and|or)\b))?",
    re.IGNORECASE,
)
_EMPTIED_EYED = re.compile(rf"{DROP}+-eyed\b")
# a dropped first part of a compound keeps its second as a word: "their third-birthday
# celebration" -> "their birthday celebration" (not "their-birthday")
_DROPPED_COMPOUND_HEAD = re.compile(rf"(?<=[ \t]){DROP}+-(?=[a-z])")
_DESCENT = r"(?:descent|origin|origins|heritage|ancestry|background|ethnicity|extraction|appearance|nationality)"
_EMPTIED_DESCENT = re.compile(
    rf"\bof[ \t]+(?:(?:mixed|likely|possibly|probably|perhaps)[ \t]+)?{DROP}+"
    rf"(?:(?:,?[ \t]+(?:or|and|and/or)[ \t]+|[ \t]*[,/-][ \t]*){DROP}+)*"
    # (not a first adjective of the noun after it: "a group of ∅, uniformed people")
    rf"(?:[ \t]+{_DESCENT}\b|(?=[ \t]*(?:[.,;:!?)]|$))(?!,[ \t]+[A-Za-z-]+(?:[ \t]+[A-Za-z-]+)?[ \t]+{SWAP}))",
    re.IGNORECASE,
)
_BODY_PREDICATE = (
    r"(?:eyes|eye[ \t]+colou?r|skin(?:[ \t]+(?:tone|colou?r))?|complexion)[ \t]+"
    r"(?:is|are|was|were|(?:appear|seem)(?:s|ed)?(?:[ \t]+to[ \t]+be)?|look(?:s|ed)?)"
    r"(?:[ \t]+(?:a|an|the|very|quite|rather|also|both|striking|deep|rich|light|dark|vibrant|bright|piercing|"
    r"beautiful|captivating|intense|soft|warm|natural|vivid|clear|shade[ \t]+of|hue[ \t]+of|colou?r[ \t]+of|"
    r"[a-z]+ly),?)*"
    rf"[ \t]*{DROP}+"
)
# (the skin's colour may be one span with its verb: "her skin is dark" -> "their ∅")
_BODY_CLAUSE = rf"(?:[ \t]+{_BODY_PREDICATE}|[ \t]*{DROP}+)"
_PRONOUN_POSSESSOR = rf"[{SWAP}{LABEL}]*(?:[Tt]heir|[Hh]is|[Hh]er)"
_POSSESSOR_NOUN = rf"[{SWAP}{LABEL}]*(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?)[ \t]+(?:[A-Za-z-]+[ \t]+){{0,2}}?{SWAP}[a-z]+"
_NOUN_POSSESSOR = rf"{_POSSESSOR_NOUN}['’]s"
_CLAUSE_START = r"(^|(?<=[.!?])[ \t]+|\n[ \t]*)"
_EMPTIED_BODY_RELATIVE = re.compile(rf"(,?)[ \t]+whose{_BODY_CLAUSE}[ \t]*(,?)")
_EMPTIED_BODY_BEFORE_CONJUNCTION = re.compile(
    rf"{_CLAUSE_START}(?:{_PRONOUN_POSSESSOR}|{_NOUN_POSSESSOR}){_BODY_CLAUSE},?[ \t]+(?:and|but|while)[ \t]+"
    # (a clause follows, not the rest of a coordinated noun: "The person's ∅ and gender are hard to tell")
    rf"(?=[{SWAP}{LABEL}]*(?:they|he|she|it|there|the|a|an|this|that|their|his|her)\b)"
    # (a pronoun whose predicate or object went, before a clause about the same person: "They are ∅ and
    # they smile", "They have a ∅ and they smile")
    rf"|{_CLAUSE_START}{SWAP}(?:They|He|She)[ \t]+(?:is|are|was|were|has|have|had)[ \t]*(?:an?[ \t]+)?{DROP}+"
    r",?[ \t]+and[ \t]+"
    rf"(?=[{SWAP}{LABEL}]*(?:they|he|she)\b)"
)
_EMPTIED_BODY_AFTER_CONJUNCTION = re.compile(
    rf",?[ \t]+(?:and|while|but)[ \t]+(?:{_PRONOUN_POSSESSOR}|{_NOUN_POSSESSOR}){_BODY_CLAUSE}"
    r"(?=[ \t]*(?:[.!?;\n]|$))"
)
_EMPTIED_BODY_SENTENCE = re.compile(
    rf"{_CLAUSE_START}(?:([{SWAP}{LABEL}]*)(?:Their|His|Her)|({_POSSESSOR_NOUN})['’]s)"
    rf"{_BODY_CLAUSE}(?:[ \t]+in[ \t]+the[ \t]+(?:image|picture|photo|photograph|scene|light|sunlight))?"
    r"(?=[ \t]*(?:[.!]|$))"
)


def _empty_attribute_phrases(text: str) -> str:
    """The phrases and clauses that only held a dropped attribute go (see the patterns above)."""
    if "eye" in text:
        text = _EMPTIED_EYES_IN_LIST.sub(lambda match: f"{match.group(1)} {match.group(2) or ''}", text)
        text = _EMPTIED_EYED.sub(DROP, _EMPTIED_EYES.sub(_emptied_eyes, text))
    if DROP + "-" in text:
        text = _DROPPED_COMPOUND_HEAD.sub(DROP + " ", text)
    if "of" in text:
        text = _EMPTIED_DESCENT.sub(DROP, text)
    if " and" in text:
        text = _EMPTIED_FIRST_PAIR_ITEM.sub(lambda match: f"{match.group(1)} " if match.group(1) else "", text)
    if "whose" in text:
        text = _EMPTIED_BODY_RELATIVE.sub(lambda match: "" if match.group(1) else match.group(2) or " ", text)
    if " and" in text or " but" in text or " while" in text:
        text = _EMPTIED_BODY_BEFORE_CONJUNCTION.sub(lambda match: (match.group(1) or match.group(2) or "") + DROP, text)
        text = _EMPTIED_BODY_AFTER_CONJUNCTION.sub("", text)
    return _EMPTIED_BODY_SENTENCE.sub(_body_stub, text)


def _emptied_eyes(match: re.Match[str]) -> str:
    return f"{match.group(1)} {match.group(2) or 'a '}{DROP}"


def _body_stub(match: re.Match[str]) -> str:
    """ "Their eyes are ∅." -> "They" and a stub (the sentence goes, or says that someone is
    there); "The person's eyes are ∅." -> "The person" and a stub."""
    if match.group(3) is not None:
        return match.group(1) + match.group(3) + STUB
    return match.group(1) + match.group(2) + "They" + STUB


# A parenthesis left with only its hedge once an age went ("older (usually around 6-7 years old)"
# -> "older (usually)") goes whole, not one that only ever held a hedge ("three strikes (usually) will
# result"); so does "well into" before a dropped word ("serve them well
# into adulthood, preventing" -> "serve them well, preventing", not "well into, preventing").
_PARENTHESIS_HEDGE_WORDS = (
    "usually",
    "typically",
    "often",
    "generally",
    "normally",
    "roughly",
    "approximately",
    "about",
    "around",
    "ideally",
)
_PARENTHESIS_HEDGE = rf"(?:{'|'.join(_PARENTHESIS_HEDGE_WORDS)})"
_EMPTIED_PARENTHESIS = re.compile(
    rf"(?:(?<={DROP})[ \t]*\({_PARENTHESIS_HEDGE}[ \t]*{DROP}*|[ \t]*\({_PARENTHESIS_HEDGE}[ \t]*{DROP}+)[ \t]*\)"
)
# ... and where a whole phrase went without a marker, the "(usually" before it
_OPEN_HEDGE = re.compile(rf"[ \t]*\({_PARENTHESIS_HEDGE}$")
_EMPTIED_INTO = re.compile(rf"\b(well)[ \t]+into[ \t]*{DROP}+(?=[ \t]*[,.;:!?])")


# A pair of kinds dropped before one role noun named two people: "a male and female employee are
# working" -> "a ∅ employee are" -> "two employees are" (the plural verb tells the pair).
_DROPPED_PAIR_BEFORE_ROLE = re.compile(
    rf"(?<!\band[ \t])(?<!\bor[ \t])\b([Aa])n?[ \t]+{DROP}+[ \t]*"
    rf"(?!(?:couple|pair|team|group|family|crowd|duo|trio|individual|person|{_FUNCTION_WORDS})\b)"
    r"([a-z]+(?<![sxy])(?<!sh)(?<!ch))[ \t]+(?=(?:are|were|have|work|stand|sit)\b)"
)
# A relative clause that only restates a couple the rewrite named: "a bride and groom, who are a couple
# celebrating their wedding" -> "a couple, who are a couple celebrating" -> "a couple celebrating".
_COUPLE_RESTATED = re.compile(rf"({SWAP}couple),[ \t]+who[ \t]+(?:are|were)[ \t]+(?:a[ \t]+)?couple\b")
# One person and a couple of others are three: "a kid and a couple of women" -> "three people" (not
# "a person and a couple of people").
_PERSON_AND_COUPLE = re.compile(
    rf"\b([Aa])[ \t]+{SWAP}person[ \t]+and[ \t]+a[ \t]+couple[ \t]+of[ \t]+{SWAP}people\b(?!['’])"
)
# A mother and a father of one owner, both now "parent": "near his mother and his father" -> "near
# their parents" (not "their parent and their parent"); apart in a sentence, the second is the
# other one: "the boy's mother, who is holding a baby, and the boy's father" -> "the person's
# parent, who ..., and the person's other parent".
_PARENT_OWNER = rf"((?<![\w{SWAP}])(?:[Tt]he[ \t]+)?{SWAP}?(?:their|[A-Za-z]+['’]s)[ \t]+)"
_PARENT_PAIR = re.compile(_PARENT_OWNER + rf"{SWAP}parent[ \t]+and[ \t]+\1{SWAP}parent\b(?!['’])")
_PARENT_PAIR_APART = re.compile(
    _PARENT_OWNER + rf"({SWAP}parent\b(?!['’]))([^.!?\n]*?[ \t]and[ \t]+)\1{SWAP}parent\b(?!['’])"
)


# "at" before a determiner whose noun phrase went ("develop good eating habits at this ∅ because") goes
# with it
_EMPTIED_AT_PHRASE = re.compile(
    rf"(?<!\bespecially)(?<!\bparticularly)(?<!\bmainly)(?<!\beven)(?<!,)[ \t]+at[ \t]+(?:this|that|such[ \t]+an?|an?|"
    rf"the|{SWAP}?their|his|her)(?:[ \t]*{DROP}+)+"
    r"(?=[ \t]*(?:[.,;:!?)\n]|(?:because|since|as|when|while|and|or|so|but)\b))"
)
# a predicate that went before "consisting of": "the group of people is ∅, consisting of a couple" ->
# "the group of people consists of a couple"
_EMPTIED_BEFORE_CONSISTING = re.compile(rf"\b(is|are)[ \t]*{DROP}+[ \t]*,[ \t]+consisting[ \t]+of\b")
# an example or an aside that only says "people" after people: "the group of people, including ∅ people
# and possibly some people, are" -> "the group of people are"; "The surfer, in this case, a person,
# faces" -> "The surfer faces"
_VACUOUS_INCLUDING_SOME = re.compile(
    r"(\b(?:people|individuals|group|crowd|families|audience|spectators|visitors|participants|guests))"
    rf",[ \t]+including[ \t]+(?:[{DROP} \t]*{SWAP}?people[ \t]+and[ \t]+)?(?:(?:possibly|perhaps|maybe|probably|"
    rf"likely|even|also)[ \t]+)?(?:(?:some|several|a[ \t]+few|other)[ \t]+)?[{DROP} \t]*{SWAP}people[ \t]*,"
    # (the aside's closing comma goes too, where no list goes on: "including people, people, and")
    rf"(?![ \t]+(?:and|or)\b)(?![ \t]+[{SWAP}{DROP}]*people\b)"
)
_VACUOUS_CASE_APPOSITION = re.compile(
    rf",[ \t]+(?:in[ \t]+this[ \t]+case|here|specifically|namely),[ \t]+(?:an?[ \t{DROP}]+)?{SWAP}person,(?=[ \t])"
)
# A participle whose whole complement was the attribute goes with its comma: "a soft toy bat ..., making
# it more ∅." (of "more suitable for their age") -> "a soft toy bat ...." (not "making it.")
_EMPTIED_MAKING = re.compile(
    r",[ \t]+(?:making|rendering)[ \t]+(?:it|them)(?:[ \t]+(?:more|less|much|far|even|very|quite|too|so|especially|"
    rf"particularly))*[ \t]*{DROP}+(?=[ \t]*[.!?;])"
)


def tidy(marked: str) -> str:
    """Fix spacing, orphaned determiners, articles and capitals at the marked edit sites."""
    text = marked
    if "making " in text and DROP in text:
        text = _EMPTIED_MAKING.sub("", text)
    if " at " in text and DROP in text:
        text = _EMPTIED_AT_PHRASE.sub("", text)
    if "consisting of" in text and DROP in text:
        text = _EMPTIED_BEFORE_CONSISTING.sub(lambda m: "consists of" if m.group(1) == "is" else "consist of", text)
    if SWAP + "person," in text and ", " in text:
        text = _VACUOUS_CASE_APPOSITION.sub("", text)
    if SWAP + "pe" in text and " and " in text:
        text = _TAUTOLOGICAL_PREDICATE.sub(r"\1" + DROP, text)
    if SWAP + "person, " in text:
        text = _VACUOUS_BEFORE_HEDGED_ROLE.sub(r"\1", text)
    if SWAP + "couple" in text and "couple, " in text:
        text = _VACUOUS_HEDGED_COUPLE.sub(r"\1", text)
    if SWAP + "person or" in text:
        text = _TAUTOLOGICAL_ALTERNATIVE.sub(r"\1", text)
        text = _VACUOUS_WHETHER.sub("", text)
    if SWAP + "pe" in text and (" who " in text or "ed " in text or "ing " in text):
        text = _TAUTOLOGICAL_NOUN_BEFORE_CLAUSE.sub(_drop_tautological_noun, text)
    if SWAP + "pe" in text and " who " in text:
        text = _VACUOUS_RELATIVE_AT_END.sub("", text)
    if SWAP + "people, " in text:
        text = _PEOPLE_BEFORE_ALL_DOING.sub(r"\1\2", text)
    if (
        "with the " + SWAP + "person" in text
        or "s the " + SWAP + "person" in text
        or "e the " + SWAP + "person" in text
    ) and ("ouple" in text or "air" in text or "wo " in text):
        text = _ONE_OF_COUPLE.sub(r"\1one of them", text)
    if SWAP + "people" in text and any(word in text for word in _TYPICAL_WORDS):
        text = _VACUOUS_TYPICAL.sub("", text)
    if SWAP + "person" in text and ("As " in text or "ince " in text or "ecause " in text or ", as " in text):
        text = _VACUOUS_REASON.sub(DROP, text)
    if SWAP + "pe" in text and _PREDICATE_NOUN_SITE.search(text):
        text = _VACUOUS_PREDICATE.sub(lambda match: match.group(1) + DROP, text)
    if "(" in text:
        text = _EMPTIED_PARENTHESIS.sub("", text)
    if DROP in text and (" are " in text or " were " in text or " have " in text):
        text = _DROPPED_PAIR_BEFORE_ROLE.sub(lambda m: ("T" if m.group(1) == "A" else "t") + f"wo {m.group(2)}s ", text)
    if SWAP + "couple, who" in text:
        text = _COUPLE_RESTATED.sub(r"\1", text)
    if "couple of " + SWAP in text:
        text = _PERSON_AND_COUPLE.sub(lambda m: SWAP + ("Three" if m.group(1) == "A" else "three") + " people", text)
    if text.count(SWAP + "parent") > 1:
        text = _PARENT_PAIR_APART.sub(r"\1\2\3\1other parent", _PARENT_PAIR.sub(r"\1parents", text))
    if DROP in text:  # the fixes for removed words (most rewrites only substitute)
        if " and " in text:
            text = _SAME_ROLE_PAIR_DROPPED.sub(_two_roles, text)
        if " are " in text or " were " in text:
            text = _DROPPED_PAIR_BEFORE_PLURAL.sub(
                lambda match: ("Two " if match.group(1) == "A" else "two ") + match.group(2) + "s", text
            )
        if "into" in text:
            text = _EMPTIED_INTO.sub(r"\1" + DROP, text)
        if " of " in text or "of" + DROP in text:
            text = _EMPTIED_SIGNS.sub(DROP, text)
        text = _empty_attribute_phrases(text)
        text = _SPACES_BEFORE_DROP.sub(DROP, _strip_stranded_degree(text))
        if "s that" in text or "ing that" in text or "y that" in text:
            text = _EMPTIED_INFERENCE.sub(_drop_inference, text)
        if '"' + DROP in text or "“" + DROP in text:
            text = _QUOTED_DROP.sub(_quoted_drop, text)
        if "build" in text or "physique" in text:
            text = _EMPTIED_BUILD.sub(DROP, text)
        if "ly" + DROP in text:
            text = _STRANDED_FOCUS.sub("", text)
            if " ones" in text:
                text = _EMPTIED_ONES.sub("", text)
        if "oth" + DROP in text:
            text = _SPACES_BEFORE_DROP.sub(DROP, _STRANDED_BOTH.sub(DROP, text))
            text = _EMPTIED_BOTH.sub(DROP, text)
        text = _SPACES_BEFORE_DROP.sub(DROP, _DROPPED_PAIR.sub("", text))
        if "heir " in text or "is " in text or "er " in text or "s " in text or "s" + DROP in text:
            text = _EMPTIED_POSSESSIVE_SUBJECT.sub(DROP, text)
        if DROP + "," in text:
            text = _EMPTIED_CONTEXT_PHRASE.sub(DROP, text)
        if "," + DROP in text:
            text = _TRAILING_COMMA.sub(r"\1", text)
        text = _LEADING_CONJUNCTION.sub(r"\1", text)
        if "oth " in text:  # "a sense of both elegance and ∅" -> "a sense of elegance"
            text = _BOTH_BEFORE_DROPPED_PAIR.sub(r"\1", text)
        if "and" in text or "or" in text:
            text = _LEADING_CONJUNCTION_BEFORE_ADJECTIVE.sub(r"\1", _TRAILING_CONJUNCTION.sub(r"\1", text))
            text = _TRAILING_CONJUNCTION_BEFORE_NOUN.sub(r"\1 ", text)
            text = _TRAILING_CONJUNCTION_BEFORE_CONCERN.sub(r"\1 ", text)
            if DROP + " and" in text or DROP + " or" in text:
                text = _LEADING_CONJUNCTION_BEFORE_PLURAL.sub(r"\1", text)
            if "and" + DROP in text or "or" + DROP in text:
                text = _DROPPED_LAST_ITEM_BEFORE_VERB.sub(DROP, text)
            text = _DROPPED_BEFORE_ATTRIBUTE_NAME.sub(_singular_attribute, text)
        # each fix runs only where the literal it needs is present (most texts have none)
        if any(copula + DROP in text for copula in ("is", "are", "was", "were", "be", "ears", "eems", "ooks")):
            text = _EMPTIED_RELATIVE.sub(_close_relative, text)
        if "," + DROP in text:
            # (an emptied apposition before its verb is no list item: "Biking regularly, ∅, can
            # help" -> "Biking regularly can help")
            text = _close_list_items(_EMPTIED_APPOSITION.sub(DROP, text))
        if " and " in text or " or " in text:
            text = _STRANDED_HAIR_ADJECTIVE.sub("", text)
        if "and" + DROP in text or "or" + DROP in text:
            text = _close_lists(_DROPPED_PROPER_CONJUNCT.sub(r"\1", text))
        if any(word + DROP in text for word in _GROUP_WORDS):
            text = _HEADLESS_GROUP.sub(r"\1 backgrounds\2", text)
        if any(word + DROP in text for word in _EXAMPLE_WORDS):
            # (no marker where nothing is left to mend: "around the table∅." would read as a dropped head)
            text = _EMPTIED_EXAMPLES.sub(lambda match: DROP if match.string.startswith(",", match.end()) else "", text)
        # the removed phrases leave a marker, so the stranded-word check below sees the site
        if "with" in text or "WITH" in text:
            text = _ORPHAN_WITH_BEFORE_VERB.sub("", _EMPTIED_ACCOMPANIMENT.sub(_drop_accompaniment, text))
        if "with" in text and DROP + "," in text:  # "A man, likely with a beard, runs" -> "A person runs"
            text = _EMPTIED_WITH_APPOSITION.sub(DROP, text)
        if DROP + ", " in text:  # (before the comparisons: "as a ∅, short-haired businessperson")
            text = _DROPPED_FIRST_ADJECTIVE.sub(_second_adjective, text)
        text = _EMPTIED_COMPARISON.sub("", text)
        if "," + DROP in text:
            text = _DROPPED_LAST_ADJECTIVE.sub(lambda match: match.group(1) or match.group(2) or match.group(3), text)
        if "including " in text:
            text = _EMPTIED_INCLUDING.sub("", text)
        if DROP + "," in text:
            text = _FIRST_ORPHAN_IN_WITH_LIST.sub(_drop_first_orphan, text)
        if ", and" in text or ", or" in text:
            text = _LAST_ORPHAN_IN_LIST.sub(r"\1 \3 \2", text)
        if "with" in text or "WITH" in text:
            text = _ORPHAN_IN_WITH_LIST.sub(_drop_orphan_in_list, text)
        if "s" + DROP in text:
            text = _KIN_POSSESSIVE_BEFORE_DROPPED_ITEM.sub(r"\1", text)
        text = _ORPHAN_IN_LIST.sub(_drop_orphan_in_list, text)
        if DROP in text:
            text = _BARE_FIRST_ITEM.sub(_drop_bare_first_item, text)
        if "with" in text or "WITH" in text:
            text = _EMPTIED_ASSOCIATION.sub("", text)
        if " as" in text:
            text = _EMPTIED_DESCRIBED_AS.sub(r"\1", text)
        if ", and" in text:
            text = _DROPPED_LAST_LIST_ITEM.sub(r" and\1", text)
        text = _ORPHAN.sub(DROP, text)
        if DROP + "," in text:
            text = _DROPPED_FIRST_LISTED.sub(r"\1", text)
        if any(word + DROP in text for word in _PREPOSITION_SITES):
            text = _EMPTIED_PREPOSITIONAL_PHRASE.sub(DROP, text)
        if "when" + DROP in text or "while" + DROP in text:
            text = _EMPTIED_WHEN.sub(DROP, text)
        if "without" in text:
            text = _EMPTIED_WITHOUT.sub(DROP, text)
        if "ing " in text and DROP + "," in text:
            text = _EMPTIED_PREDICATE_CONSEQUENCE.sub(r"\1" + DROP, text)
        text = _DROP_BEFORE_COMMA.sub(rf"\1{DROP}", text)
        text = _BARE_ORPHAN_IN_LIST.sub(rf"\1{DROP}", text)
        text = _BARE_ORPHAN.sub(DROP, text)
        if " one" in text:
            text = _DROPPED_BEFORE_ONE.sub(r"\1another", text)
        if " who" in text and ("and" + DROP in text or "or" + DROP in text):
            text = _CONJUNCTION_BEFORE_RELATIVE.sub(r"\1", text)
        if "," + DROP in text:  # "The surfer, with a full ∅, paddles out" -> "The surfer paddles out"
            text = _EMPTIED_APPOSITION.sub(DROP, text)
        if "," + DROP in text:  # "their health, ∅." -> "their health."
            text = _COMMA_BEFORE_END.sub(DROP, text)
        if any(site in text for site in _PREDICATE_SITES) and _PREDICATE_SITE.search(text):
            text = _close_predicates(text)
        if DROP + "," in text:
            text = _EMPTIED_COPULA_BEFORE_PARTICIPLE.sub(_copula_before_participle, text)
            text = _EMPTIED_COPULA_BEFORE_HEDGE.sub(STUB, text)
        if "," + DROP in text and _DOUBLE_COMMA.search(text):  # a list item that went with the fixes above
            text = _close_list_items(text)
        if "'s" in text or "’s" in text:  # "like a 3-year-old's birthday" -> "like a birthday"
            text = _DROPPED_POSSESSOR.sub(r"\1\2" + DROP, text)
            text = _POSSESSIVE_BEFORE_DROPPED_NOUN.sub(r"\1", text)
        if _DROP_CONJUNCTION.search(text):
            text = _DROPPED_FIRST_CONJUNCT.sub(lambda match: match.group(1) + (match.group(2) or ""), text)
    if DROP in text and "individual" in text:
        text = _STRIPPED_INDIVIDUAL.sub(rf"\1\2{SWAP}person", text)
        text = _STRIPPED_INDIVIDUAL_AFTER.sub(rf"\1\2{SWAP}person", text)
    if SWAP in text:
        # each merge runs only where a cheap test finds its shape next to a replacement
        if " or " in text or "(" in text:  # (before the merges: one person named twice is one)
            text = _HEDGED_SAME_PERSON.sub(_one_person_named_twice, text)
        if " or " in text and _OR_NEAR_SWAP.search(text):
            text = _OR_LIST.sub(_deduplicate_alternatives, text)
            text = _SAME_SWAPPED_ALTERNATIVES.sub(r"\1", text)
        # (after the merges: "could be a man or a woman" is "could be a person" now)
        if "be a" in text or "be either" in text:
            text = _HEDGED_IDENTITY.sub("", text)
        if " and " in text and _PRONOUN_AFTER_PREDICATE_NOUN.search(text):
            text = _TAUTOLOGICAL_BEFORE_PRONOUN.sub(_drop_tautology_before_pronoun, text)
        if ", " in text and (" and " + SWAP in text or " and a " + SWAP in text or " and an " + SWAP in text):
            text = _COUNTED_PAIR_APPOSITION.sub(r"\1", _PAIR_APPOSITION.sub(r"\1", text))
        if "adults" in text:
            text = _ADULTS_AND_PEOPLE.sub(_people_for_adults_and_people, text)
        if " as well as " + SWAP in text:
            text = _PEOPLE_AS_WELL_AS_PEOPLE.sub(r"\1", text)
        if _CONJUNCTION_BEFORE_SWAP.search(text):
            if "a " in text or "an " in text or "A " in text or "An " in text:
                text = _ADJECTIVE_BEFORE_COUNTED_MERGE.sub(r"\1", text)
            text = _PEOPLE_AND_SOME_PEOPLE.sub(r"\1", text)
            text = _COORDINATED_NEUTRAL.sub(_merge_coordinated, text)
            if "oth " in text:
                text = _BOTH_BEFORE_ONE_GROUP.sub(_drop_both, text)
            if " " + SWAP in text:
                text = _COUNT_AFTER_MODIFIER.sub(rf"\1\2{SWAP}\4 \3people", text)
            if "of " + SWAP + "people" in text:
                text = _MIX_OF_PEOPLE.sub("", text)
            if ", " + SWAP in text:
                text = _RESTATED_COUNT.sub(r"\1\2", text)
            if "of " + SWAP in text or "comprising " + SWAP in text:
                text = _GROUP_OF_ITS_COUNT.sub(r"\1", text)
            if "oth " in text:
                text = _BOTH_BEFORE_MERGED.sub(r"\1", text)
            if " be " in text or " are " in text or " were " in text:
                text = _MERGED_PREDICATE.sub(_merged_predicate, text)
        if text.count(SWAP + "people") > 1:
            text = _QUANTIFIED_PEOPLE_PAIR.sub(SWAP + "people", text)
        if text.count(SWAP) > 1 and any(site in text for site in _PAIR_POSSESSIVE_SITES):
            text = _COORDINATED_PAIR_POSSESSIVE.sub(_merge_pair_possessive, text)
        if text.count(SWAP) > 1 and any(site in text for site in _KIN_SITES):
            text = _COORDINATED_KIN.sub(_merge_kin, text)
        if SWAP + "people " in text:
            text = _COUNTED_PEOPLE_BEFORE_ROLE.sub(r"\1", text)
        if SWAP + "person " in text or SWAP + "people " in text:
            text = _PERSON_BEFORE_ROLE.sub(_drop_person_before_role, text)
            text = _ROLE_BEFORE_PERSON.sub(r"\1", text)
        if "and other" in text and (SWAP + "people" in text or LABEL + "another" in text or LABEL + "Another" in text):
            text = _ONE_AND_OTHER_PEOPLE.sub(_one_and_other_people, text)
        if "eople and other" in text:
            text = _PEOPLE_AND_OTHER.sub(_drop_class_before_others, text)
        if ", with " + SWAP + "people" in text:
            text = _VACUOUS_WITH_PEOPLE.sub(r"\1", text)
        if "amily with" in text or "amilies with" in text:
            text = _FAMILY_WITH_PEOPLE.sub(r"\1", text)
        if "and their " in text and SWAP + "people" in text:
            text = _PEOPLE_AND_THEIR_PEOPLE.sub(SWAP + "people", text)
            text = _PEOPLE_AND_THEIR_FAMILIES.sub(r"\1", text)
        if "hey and the " + SWAP + "person" in text:
            text = _PRONOUN_AND_PERSON.sub(lambda match: SWAP + match.group(1) + "he two of them", text)
        if SWAP + "them and the" in text:
            text = _OBJECT_PRONOUN_AND_PERSON.sub(_both_of_them, text)
        if "people alike" in text or "People alike" in text:
            text = _MERGED_ALIKE.sub(r"\1", text)
        if SWAP + "a couple" in text or SWAP + "couple" in text:
            text = _REPEATED_COUPLE.sub(_drop_repeated_couple, text)
        if SWAP + "couple" in text:
            text = _BOTH_COLLECTIVE.sub(lambda match: SWAP + match.group(1) + " spouses", text)
        if SWAP + "person's" in text or SWAP + "person’s" in text:
            text = _COORDINATED_POSSESSIVES.sub(_merge_possessives, text)
        if SWAP + "people'" in text or SWAP + "people’" in text:
            text = _BARE_PLURAL_POSSESSIVE.sub(r"\1\2s", text)
        if SWAP + "baseball" in text:
            text = _REPEATED_SPORT_APPOSITION.sub(r"\1", text)
            text = _SPORT_AS_EXAMPLE.sub(r"\1", text)
        if "-" + SWAP in text:  # "a brother-sister duo" -> "a sibling duo", not "a sibling-sibling duo"
            text = _REPEATED_PAIR_WORD.sub(SWAP + r"\1", text)
        if "/" in text:  # "the man and the child/boy" -> "the two people", not "two people/person"
            text = _SLASHED_PERSON.sub(r"\1", text)
        if " or " in text or "/" in text:  # "he or she" -> "they", not "they or they"
            text = _PRONOUN_ALTERNATIVES.sub(SWAP + r"\1", text)
        if any(f" and {article}{SWAP}" in text for article in ("", "a ", "an ", "the ")):
            text = _SAME_ROLES.sub(SWAP + r"\1", _SAME_ROLE_PAIR.sub(_two_roles, text))
        # (before the repeated count: "five people - five people, including two people.")
        if ", including" in text or ", " in text and SWAP + "people" in text:
            text = _VACUOUS_INCLUDING.sub(_drop_vacuous_including, text)
            if ", including" in text:
                text = _VACUOUS_INCLUDING_SOME.sub(r"\1", text)
            if ", including" in text:
                text = _COUNTED_INCLUDING.sub(
                    _drop_counted_including, _REWRITTEN_HEAD_COUNT.sub(rf"{SWAP}at least \1 people\2", text)
                )
        if " - " in text or "–" in text or "—" in text:
            text = _VACUOUS_DASHED.sub("", text)
        if " among them" in text:
            text = _VACUOUS_AMONG.sub(r"\1", text)
        if "others " + SWAP in text or "some " + SWAP in text:
            text = _VACUOUS_SPLIT.sub("", text)
        if "with " + SWAP in text or "mix of " + SWAP in text:
            text = _VACUOUS_PRESENT.sub(r"\1", text)
        if ", " in text and (SWAP + "person" in text or SWAP + "people" in text):
            text = _VACUOUS_HEDGE_APPOSITION.sub(_drop_hedge_apposition, text)
        if _SWAPPED_COUNT.search(text):
            text = _REPEATED_COUNT_THEN_ONE.sub(r"\1\2, one of", text)
            text = _REPEATED_COUNT.sub(r"\1\2", text)
            if "here" in text:
                text = _EXISTENTIAL_BEFORE_COUNT.sub(_plural_existential, text)
        if ", one of who" in text:
            text = _ONE_OF_WHO.sub(r"\1whom", text)
        # each pattern needs a swapped noun or a literal that most rewrites lack
        if (SWAP + "person" in text or SWAP + "people" in text) and (
            "ly " in text or "perhaps " in text or "maybe " in text or ", who " in text
        ):
            text = _HEDGED_ROLE_GUESS.sub(r"\1", text)
        if SWAP + "person" in text or SWAP + "Person" in text:
            text = _REPEATED_PERSON_APPOSITION.sub(r"\1, ", text)
            if ", a" in text or "as a" in text:
                text = _VACUOUS_ROLE_APPOSITION.sub(r"\1", text)
        if " (" in text:
            text = _VACUOUS_ROLE_PARENTHESIS.sub(r"\1", text)
        if text.count("people") > 1 and SWAP + "people" in text or text.count("person") > 1 and SWAP + "person" in text:
            text = _SECOND_GROUP.sub(_second_group, text)
        if " while " + SWAP in text or " whereas " + SWAP in text:
            text = _CONTRASTED_PEOPLE.sub(_some_and_others, text)
        if "while the " + SWAP + "people" in text or "whereas the " + SWAP + "people" in text:
            text = _CONTRASTED_GROUP.sub(rf"\1{SWAP}the others", text)
        if ", a" in text or ", the" in text or ", one" in text:
            text = _LISTED_PEOPLE.sub(_merge_listed, text)
        if SWAP + "person," in text:
            text = _VACUOUS_RELATIVE.sub("", text)
        if " be the " in text:
            text = _VACUOUS_MAY_BE.sub("", text)
        if SWAP + "person" in text:
            text = _PERSON_OBJECT.sub(_another_person, text)
            text = _PERSON_POSSESSOR.sub(_another_person, text)
            text = _PERSON_BESIDE_PERSON.sub(r"\1 the other \2", text)
            text = _COORDINATED_WITH_PERSON.sub(r"\1the other person", text)
        if SWAP + "people" in text and text.count("people") > 1:
            text = _PEOPLE_OBJECT.sub(_other_people, text)
        if "of" in text or "other" in text:
            text = _PARTITIVE_APPOSITION.sub(r"\1", text)
        several_people = text.count("person") + text.count("people") + text.count("individual") > 1
        if several_people:
            if "the other" in text:
                text = _ONE_AND_THE_OTHER_APPOSITION.sub(r"\1", text)
            text = _REPEATED_APPOSITION.sub(_drop_repeated_apposition, text)
            if "–" in text or "—" in text or " - " in text:
                text = _DASHED_REPEATED_APPOSITION.sub(r"\1", text)
        elif SWAP + "people," in text:  # a role's group restated once: "The attendees, mainly men," -> "The attendees"
            text = _REPEATED_APPOSITION.sub(_drop_repeated_apposition, text)
        # (with any number of person words: "seven skiers, mainly composed of females." -> "seven skiers.")
        if "of " + SWAP + "people" in text or "comprising " + SWAP in text:
            text = _MADE_OF_PEOPLE.sub(r"\1", text)
        if several_people:
            if "based" in text or "judging" in text or "according" in text or "given" in text or "as " in text:
                text = _GUESSED_KIND_APPOSITION.sub(r"\1", text)
            if SWAP + "people " in text:
                text = _REDUNDANT_GROUP_ITEM.sub(r"\1", text)
        swapped_person = SWAP + "pe" in text or SWAP + "Pe" in text
        if (swapped_person or "including " + SWAP in text) and (
            "of" in text or "including" in text or "comprising" in text
        ):
            text = _VACUOUS_QUALIFIER.sub(_drop_vacuous_qualifier, text)
    if ("As" in text or "Being" in text or ", as" in text or ", being" in text) and (SWAP in text or DROP in text):
        text = _VACUOUS_AS_OPENER.sub(r"\1" + DROP, text)
    if "eing" in text and SWAP in text:
        emptied = _VACUOUS_BEING_SUBJECT.sub(DROP, text)
        if _WORD_CHARACTER.search(emptied.replace(DROP, "").replace(SWAP, "")):
            text = emptied
    if DROP + "," in text:
        text = _EMPTIED_MAIN_CLAUSE.sub(DROP, text)
        text = _EMPTIED_INTRODUCTION.sub(lambda match: match.group(1) + DROP, text)
        text = _EMPTIED_COORDINATED_SUBORDINATE.sub(lambda match: match.group(1) + DROP, text)
    text = _ARTICLE.sub(_agree_article, text)
    # A sentence never spans lines, so only the lines with an edit are looked at.
    shortened = "\n".join(_shorten_line(line) for line in text.split("\n"))
    if _GONE_LINE in shortened:
        shortened = _EMPTIED_LIST_ITEM.sub("", shortened)
    if shortened[:1] == "\n" and text[:1] != "\n":  # (a first line that went leaves no blank start)
        shortened = shortened.lstrip("\n")
    # never rewrite a turn to nothing (or to a lone quote, or to the bare <image> token)
    if _WORD_CHARACTER.search(shortened.replace("<image>", "")):
        # a connective that now opens the text answers a sentence that went: "∅ However, the dog
        # is old." -> "The dog is old."
        if (opening := _OPENING_CONNECTIVE.match(shortened)) and not _OPENING_CONNECTIVE.match(text):
            shortened = DROP + shortened[opening.end() :]
        text = shortened
    # (after the sentence checks: capitalising takes the markers that show where a word went)
    text = _SENTENCE_START.sub(_capitalise, text)
    if SWAP + "spouse" in text:
        text = _one_spouse(text)
    if LABEL in text:
        if "The" in text:
            text = _ONE_OF_TWO.sub(_one_of_two, text)
        text = _LABELLED.sub(partial(_keep_label, {}), text).replace(LABEL, "")
    if ", a " + SWAP in text or ", an " + SWAP in text:
        text = _RESTATED_PERSON.sub(r"\1", text)
    if (", with the " in text or ", while the " in text) and SWAP in text:  # (after the labels, which it keeps)
        text = _ONE_OF_MERGED_PAIR.sub(r"\1one of them", text)
    if "the " + SWAP + "people" in text and SWAP + "person" in text:
        text = _REST_OF_PLACED_GROUP.sub(r"\1other ", text)
    if DROP in text and any(site in text for site in _PREDICATE_SITES):
        # a verb left at the end of a sentence that had to stay ("Does the person have ∅?");
        # a statement that had to stay says that its subject is there (below)
        text = _STUB_VERB.sub(STUB, text)
    if STUB in text:
        text = _STUB_SUBJECT.sub(_existential, text).replace(STUB, "")
    text = text.replace(DROP, "").replace(SWAP, "")
    if AGREED in text:
        text = text.replace(AGREED, "")
    # A drop at the very start or before punctuation can leave a space where none belongs.
    text = _LINE_INDENT.sub("\n", text.lstrip(" \t"))
    if any(space + mark in text for space in " \t" for mark in ".,;:!?"):  # (most texts have none)
        text = _SPACE_BEFORE_PUNCT.sub("", text)
    return text


def _drop_hedge_apposition(match: re.Match[str]) -> str:
    """The apposition goes with both its commas inside a sentence, its comma at the end; one
    comma stays before a relative clause or a list's next item ("A tennis player, likely a
    woman, a coach, and a dog" -> "A tennis player, a coach, and a dog"). Only after a person
    noun: "A figure, possibly a person," still says that the figure is one."""
    if not _PERSON_HEAD_BEFORE.search(match.string, max(0, match.start() - 80), match.start()):
        return match.group(0)
    return "," if match.group(0).endswith(",") and _COMMA_KEPT_BEFORE.match(match.string, match.end()) else ""


_PERSON_HEAD_BEFORE = re.compile(
    rf"\b{SWAP}?(?:person|people|individuals?|someone|somebody|blonde|brunette)\b[^,.;:!?\n]{{0,50}}$", re.IGNORECASE
)


_COMMA_KEPT_BEFORE = re.compile(r"[ \t]+(?:who|which|that|whose|a|an|the|and|or|one|two|three)\b")


def _drop_vacuous_including(match: re.Match[str]) -> str:
    """The apposition goes with both its commas before its subject's verb ("a family, including
    people, is gathered" -> "a family is gathered"); a phrase that goes on about the group after
    it keeps one ("around them, including people, all making their way" -> "around them, all
    making their way", "visible, including people, among them a tall person" -> "visible, among them
    a tall person"; a bare participle after a subject does not: "spectators, including men,
    watching" -> "spectators watching")."""
    if match.group(0).rstrip(",").endswith("person") and _RELATIVE_AFTER.match(match.string, match.end()):
        return match.group(0)  # the one person a relative clause goes on about: "including a person, who can be seen"
    if match.group(0).endswith(",") and _GROUP_PHRASE_AFTER.match(match.string, match.end()):
        return ","
    return ""


_RELATIVE_AFTER = re.compile(r"[ \t]+(?:who|whom|whose|which|that)\b")
_GROUP_PHRASE_AFTER = re.compile(
    r"[ \t]+(?:(?:all|both|each|most|many|some|several)[ \t]+(?!of\b)[a-z]+ing\b|among[ \t]+them\b|such[ \t]+as\b"
    r"|(?:all|both|each|most|many|some|several|one|two|three)[ \t]+of[ \t]+(?:them|whom)\b)"
)


# A group's apposition that now only says it has people: "The mixed group, with adults and children,
# indicates" -> "The mixed group indicates" (not "The mixed group, with people, indicates").
_VACUOUS_WITH_PEOPLE = re.compile(
    rf"(\b(?:group|crowd|family|families|gathering|team|mix|party|audience))[ \t]*,[ \t]+with[ \t]+{SWAP}people,"
    r"(?=[ \t])"
)
# ... and a family "with people" (its children, whose age went) is the family: "captures a family with ∅
# people on a beach" -> "captures a family on a beach", "a family with several people lives here" ->
# "a family lives here".
_FAMILY_WITH_PEOPLE = re.compile(
    rf"\b(famil(?:y|ies))[ \t]+with[{DROP} \t]+(?:(?:several|many|some|two|three|four|five|their|its|a[ \t]+few)"
    rf"[{DROP} \t]+)?{SWAP}people\b(?!['’])"
)
# Two groups that merged into "people", one the other's companions: "for the young children and
# their accompanying adults" -> "for the people" (not "the people and their accompanying people");
# "including children and their families" -> "including families" (the families take the children in).
_PEOPLE_AND_THEIR_PEOPLE = re.compile(
    rf"{SWAP}people[ \t]+and[ \t]+their[ \t]+(?:accompanying[ \t]+|own[ \t]+)?{SWAP}people\b(?!['’])"
)
_PEOPLE_AND_THEIR_FAMILIES = re.compile(
    rf"(\b(?:including|such[ \t]+as|like|especially|particularly)[ \t]+){SWAP}people[ \t]+and[ \t]+their[ \t]+"
    r"(?=families\b)"
)

_REPEATED_PAIR_WORD = re.compile(rf"{SWAP}([a-z]+)-{SWAP}\1\b")
# A league's name made its sport that now repeats the phrase it was said of: "A youth baseball game,
# most likely a Little League game, is" -> "A baseball game is" (not "A baseball game, most likely a
# baseball game,"); "Youth baseball games, such as Little League games, hold" -> "Baseball games hold".
_REPEATED_SPORT_APPOSITION = re.compile(
    rf"(\b([A-Za-z]+)[ \t]+([a-z]+?)s?),[ \t]+(?:most[ \t]+likely|likely|probably|possibly|perhaps|presumably|"
    rf"such[ \t]+as|like|specifically|namely)[ \t]+(?:(?:an?|the)[ \t]+)?{SWAP}(?i:\2)[ \t]+\3s?\b"
    rf"(?:,(?=[ \t])|(?=[ \t]*[.;!?]))"
)
# ... and the league named as an organization of the sport says nothing: "youth baseball games and
# organizations like Little League" -> "baseball games and organizations", not "organizations like baseball".
_SPORT_AS_EXAMPLE = re.compile(
    rf"(\b(?:organi[sz]ations|leagues|programs|programmes|clubs|associations))[ \t]+(?:like|such[ \t]+as)[ \t]+"
    rf"{SWAP}baseball\b(?![ \t]+(?:[a-z]+[ \t]+)?(?:games?|teams?|players?|leagues?|fields?|seasons?|programs?)\b)"
)


def _one_and_other_people(match: re.Match[str]) -> str:
    """ "a person and other people" -> "people"; after "another" the group is still set apart
    from someone named before: "A person with another person and other people" -> "A person with
    other people"."""
    if match.group(0).startswith(LABEL):
        return SWAP + ("O" if match.group(0)[1] == "A" else "o") + "ther people"
    return SWAP + ("P" if match.group(0)[:1].isupper() else "p") + "eople"


def _one_person_named_twice(match: re.Match[str]) -> str:
    """The first noun of a hedged pair, unless "either" opens it ("either a person or a person"
    is a list's: the merges below say it once)."""
    if "either" in match.string[max(0, match.start() - 12) : match.start()].lower():
        return match.group(0)
    if _TWO_DEFINITE.fullmatch(match.group(0)):
        # "whether the man or the woman is holding it": two people the text told apart, no hedge
        return match.group(1) + " or the other " + SWAP + "person"
    return match.group(1)


def _singular_attribute(match: re.Match[str]) -> str:
    """ "the ∅ and gender of the person are" -> "the gender of the person is"."""
    opening = match.group(1)
    out = (opening + " " if opening[:1].isalpha() else opening + " ") + match.group(2)
    if match.group(4):
        singular = {"are": "is", "were": "was", "Are": "Is", "Were": "Was"}[match.group(4)]
        out += match.group(3) + singular
    return out


def _drop_tautological_noun(match: re.Match[str]) -> str:
    """The subject and its verb stay; the copula goes too where the relative clause brings its own
    verb ("is a person who is riding" -> "is riding")."""
    if not match.group(0).endswith(("who ", "who\t")):
        return match.group(1)
    return match.group(1)[: match.group(1).rstrip(" \t").rfind(" ") + 1]


def _keep_label(first_seen: dict[str, int], match: re.Match[str]) -> str:
    """ "the other person" stays where a person of that noun is named before it, or later in
    its sentence ("In addition to the other person, the person in red is"); where that
    sentence went ("Describe the woman's age. The man holds a cup."), it is "the person".
    ``first_seen`` keeps where each noun first occurs, so a long text is searched once. The
    noun is the labelled one: the next rewritten noun, or a plain "person" right after the label
    (one whose dropped modifier told it apart: "the other ∅ person's ⇄parent")."""
    noun = match.group(4) if match.group(4) in ("person", "people") else match.group(5)
    if noun not in first_seen:
        found = re.search(rf"\b{noun}\b", match.string, re.IGNORECASE)  # ("People watch the other people")
        first_seen[noun] = found.start() if found else len(match.string)
    if first_seen[noun] < match.start():
        return match.group(0)
    rest = match.string[match.end(5) : match.end(5) + 300]  # (a sentence's worth, so a long turn stays linear)
    boundary = _SENTENCE_MARK.search(rest)
    if re.search(rf"\b{noun}\b", rest[: boundary.start() if boundary else len(rest)], re.IGNORECASE):
        return match.group(0)
    the, indefinite = match.group(1), match.group(2) or match.group(3)
    if the:
        return the
    article = "an" if _VOWEL_SOUND.match(match.group(4)) else "a"
    return article.capitalize() if indefinite.isupper() else article


def _drop_inference(match: re.Match[str]) -> str:
    """An emptied inference clause goes, unless the clause it drew on described the body ("appears
    to be of a larger size, suggesting that they are ∅"): that clause states the attribute itself,
    so the marker stays and the sentence goes with the empty-sentence check."""
    if _BODY_CUE.search(match.string, sentence_start(match.string, match.start()), match.start()):
        return match.group(0)
    return ""


def _drop_orphan_in_list(match: re.Match[str]) -> str:
    following = (match.group(3) or "").lower()
    if match.group(2).lower() in _POSSESSIVES and following and following not in _NOT_BARE_NOUNS:
        return match.group(1) + match.group(2) + DROP
    if match.group(2).lower() == "the" and following and following not in _NOT_BARE_NOUNS:
        # an adjective of a coordinated pair went: "the overall ∅ and cultural ambiance" -> "the
        # overall cultural ambiance" (not "adds to cultural ambiance")
        return match.group(0)[: match.group(0).index(DROP) + 1]
    if (
        match.group(2).lower() in ("a", "an")
        and not _POSSESSION_BEFORE.search(match.string, 0, match.start())
        and _SINGULAR_PHRASE_AFTER.match(match.string, match.end())
    ):
        # the first of two adjectives of one singular noun went: "As a ∅ and possibly inexperienced
        # player," -> "As a possibly inexperienced player," (not "As possibly inexperienced player")
        return match.group(0)[: match.group(0).index(DROP) + 1]
    return DROP


# an article after a verb of having was the dropped feature's ("has a ∅ and long hair": a beard)
_POSSESSION_BEFORE = re.compile(
    r"\b(?:has|have|had|having|with|sporting|wearing|wears|wore|features?|featuring|shows?|showing)[ \t]*$",
    re.IGNORECASE,
)
# an adjective phrase and its singular noun up to a stop: "possibly inexperienced player,"
_SINGULAR_PHRASE_AFTER = re.compile(
    r"[ \t]+(?!(?:a|an|the|their|his|her|its|some|is|are|was|were|has|have|had|who|which|that)\b)"
    r"(?:[a-z-]+[ \t]+){0,2}[a-z-]*[a-rt-z](?=[ \t]*[,.;:!?])"
)


def _drop_accompaniment(match: re.Match[str]) -> str:
    """An apposition goes with both its commas; a phrase after no comma keeps the comma after
    it; a sentence's first phrase leaves a marker, so the next word is capitalised. Elsewhere
    no marker is left: the noun before the phrase is no orphan ("in a museum ∅.")."""
    lead, trail = match.group(1), match.group(2)
    if not lead:
        return DROP
    if lead.startswith(","):
        return " " if trail else ""
    return trail or ""


def _close_first_predicate(match: re.Match[str]) -> str:
    """The emptied first of two verb phrases goes with its conjunction; a list's middle item
    leaves the conjunction to join the items either side of it."""
    conjunction = f" {match['conjunction']}" if match["listed"] else ""
    return f"{DROP}{conjunction} " + (match["quantifier"] or "")


def _close_predicates(text: str) -> str:
    """A predicate whose object or complement went ("has a ∅", "is ∅") goes with its verb:
    as a coordinated verb phrase, a relative clause, or a clause of the sentence (the
    sentence-level fixes take a sentence that is only such a clause)."""
    text = _EMPTIED_HAS_BEFORE_WHICH.sub(r"\1", text)
    text = _EMPTIED_FIRST_OBJECT.sub(rf"\1{DROP}", text)
    if "wearing" in text or "WEARING" in text:
        text = _EMPTIED_WEARING.sub(DROP, text)
    text = _EMPTIED_HAS_BEFORE_WHILE.sub(lambda match: _AUXILIARY_OF_HAVE[match.group(1).lower()] + DROP, text)
    text = _EMPTIED_COPULA_BEFORE_PARTICIPLE_AND.sub(rf"\1{DROP} ", text)
    text = _EMPTIED_FIRST_PREDICATE.sub(_close_first_predicate, text)
    text = _EMPTIED_COPULA_BEFORE_VERB.sub(_close_copula_before_verb, text)
    text = _EMPTIED_LAST_PREDICATE.sub(DROP, text)
    text = _EMPTIED_RELATIVE_HAS.sub(_close_relative, text)
    text = _EMPTIED_LAST_CLAUSE.sub(DROP, text)
    text = _EMPTIED_SUBORDINATE.sub(DROP, text)
    return _EMPTIED_FIRST_CLAUSE.sub(lambda match: match.group(1) + (match.group(2) or "") + DROP, text)


def _drop_tautology_before_pronoun(match: re.Match[str]) -> str:
    """The subject takes the verb of the clause about it, in its number ("The person is a person,
    and they are sitting" -> "The person is sitting"; "The two people are people, and they appear"
    -> "The two people appear"); a verb whose singular is not known here leaves the text."""
    head, noun, verb = match.group(1), match.group(2).lower(), match.group(3)
    if noun == "people":
        return head + verb
    singular = _SINGULAR_VERBS.get(verb.lower())
    return head + singular if singular else match.group(0)


def _close_relative(match: re.Match[str]) -> str:
    """ ", who is ∅," goes with both commas, and ", who is ∅." with its comma; "the man who is ∅
    smiles" keeps its space."""
    before, after = match.group(1), match.group(2)
    if before and not after and match.string[match.end() : match.end() + 1] in (".", ";", ":", "!", "?"):
        return ""
    return "" if before and after or not (before or after) else before or after


def _strip_stranded_degree(text: str) -> str:
    """A degree word or adverb left right before a dropped adjective goes too ("a very ∅
    person", "a highly ∅ person"); only the words before each drop marker are looked at."""
    out: list[str] = []
    position = 0
    index = text.find(DROP)
    while index >= 0:
        match = _STRANDED_DEGREE.search(text, max(position, index - 24), index)
        if match:
            out.append(text[position : match.start()])
            position = index
        index = text.find(DROP, index + 1)
    out.append(text[position:])
    return "".join(out)


def _close_list_items(text: str) -> str:
    """A middle list item went ("strong, ∅, and tall"): its comma goes, and so does the
    comma before "and" when only two items are left ("strong and tall"). Another item is
    a few words after an earlier comma of the sentence; a comma further back ends a clause
    ("in a Santa costume, complete with a white wig, ∅, and Santa hat" -> "a white wig and
    Santa hat")."""
    for match in reversed(list(_DROPPED_LIST_ITEM.finditer(text))):
        start, end = match.span()
        text = text[:start] + text[end:]
        if not _COMMA_CONJUNCTION.match(text, start):
            continue
        sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?\n:;")
        comma = text.rfind(",", sentence_start + 1, start)
        words = text[comma + 1 : start].split()
        if comma < 0 or len(words) > 4 or (words and words[0].lower() in _CLAUSE_OPENERS):
            text = text[:start] + text[start + 1 :]
    return text


_CLAUSE_VERBS = frozenset("is are was were has have had".split())
_CLAUSE_OPENERS = frozenset(
    "who whose which that where when while as because since although though if and or but".split()
)


def _close_lists(text: str) -> str:
    """The last list item went: its conjunction goes with it and moves to the comma before,
    searched back to the sentence start ("diabetes, heart disease, and ∅." -> "diabetes and
    heart disease."; "tall and ∅." -> "tall.")."""
    for match in reversed(list(_DROPPED_LAST_ITEM.finditer(text))):
        start = match.start()
        sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?\n:;")
        comma = text.rfind(",", sentence_start + 1, start)
        text = text[:start] + text[match.end() :]
        words = text[comma + 1 : start].split()
        # a list's last comma is a few words before its conjunction; a clause comma is further
        # or opens a clause (", who is tall and ∅," keeps its comma), or the words after it hold
        # a verb ("First, the road is steep and ∅," is no list)
        if (
            comma >= 0
            and DROP not in text[comma:start]
            and len(words) <= 4
            and (not words or words[0].lower() not in _CLAUSE_OPENERS)
            and _CLAUSE_VERBS.isdisjoint(word.lower() for word in words)
        ):
            text = text[:comma] + f" {match.group(1)}" + text[comma + 1 :]
    return text


def _drop_repeated_couple(match: re.Match[str]) -> str:
    """The repeated "as a couple" goes where its sentence named a couple before it."""
    start = sentence_start(match.string, match.start())
    return "" if "couple" in match.string[start : match.start()].lower() else match.group(0)


_LIST_GOES_ON = re.compile(r"[ \t]+and\b")


def _drop_repeated_apposition(match: re.Match[str]) -> str:
    """The head alone, unless the apposition is a count that :func:`_drop_counted_including` kept;
    a count the uncounted head lacks moves into it ("a group of people, four men," -> "a group of
    people, four people," -> "a group of four people"; not after a quantifier: "some people")."""
    if _KEPT_COUNT.search(match.group(0)):
        return match.group(0)
    head = match.group(1)
    if match.group(0).endswith(", " + SWAP + head + ",") and _LIST_GOES_ON.match(match.string, match.end()):
        return match.group(0)  # a bare noun before "and" is a list's item: "the man, woman, and snowboard area"
    count = _APPOSITION_COUNT.search(match.group(0), len(head))
    if count and head.split()[0] not in ("people", "persons", "individuals"):
        # one person and a count of others are a list ("a man, two children, and a dog"); a count after a
        # role's group says how many ("The fans, two men, cheer" keeps "two people")
        return match.group(0)
    if (
        count
        and head == "people"
        and not _COUNT_IN_HEAD.search(
            match.string, sentence_start(match.string, match.start(), ".!?;\n"), match.start()
        )
        and not _QUANTIFIER_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    ):
        return f"{count.group(1)} {head}"
    if match.group(0).endswith(",") and (
        (" " in head and _PARTICIPLE_NEXT.match(match.string, match.end()))
        or match.string.startswith(" not ", match.end())
    ):
        # "people visible in the scene, indicating", "a few people, not a large group": the phrase
        # before keeps its comma
        return head + ","
    return head


def _drop_counted_including(match: re.Match[str]) -> str:
    """ ", including four people," stays after an uncounted head; after a counted one, or with a
    count of two, it goes."""
    if _NUMBERS.get(match.group(1).lower(), 0) < 3:
        return ""
    if _COUNT_IN_HEAD.search(match.string, sentence_start(match.string, match.start(), ".!?;\n"), match.start()):
        return ""
    return match.group(0)


def _drop_class_before_others(match: re.Match[str]) -> str:
    """ "Children and other onlookers" -> "Onlookers": the group's capital moves to its noun."""
    first = match.group(3).upper() if match.group(1) == "P" else match.group(3)
    return match.group(2) + first


def _merge_kin(match: re.Match[str]) -> str:
    """ "the spouse and the spouse" -> "the couple", "a parent and parent" -> "two parents"."""
    both, determiner, noun = match.groups()
    definite, indefinite, after_both = _KIN_PLURALS[noun]
    if both:
        out = after_both
    else:
        out = definite if determiner and determiner.lower() == "the" else indefinite
    capital = (both or determiner or "")[:1].isupper()
    return SWAP + (out[0].upper() + out[1:] if capital else out)


def _merge_pair_possessive(match: re.Match[str]) -> str:
    """ "the spouse and spouse's" -> "the couple's", "the person and the person's" -> "the two
    people's", "a parent and parent's" -> "two parents'"."""
    both, determiner, noun = match.groups()
    if noun == "person":
        definite, indefinite, after_both = "the two people", "two people", "both people"
    else:
        definite, indefinite, after_both = _KIN_PLURALS[noun]
    if both:
        out = after_both
    else:
        out = definite if determiner and determiner.lower() == "the" else indefinite
    out += "'" if out.endswith("s") else "'s"
    capital = (both or determiner or "")[:1].isupper()
    return SWAP + (out[0].upper() + out[1:] if capital else out)


def _merge_possessives(match: re.Match[str]) -> str:
    """ "both the person's and the person's" -> "both people's"; "the person's and the
    person's" -> "the two people's" (two people stay two)."""
    if SWAP not in match.group(0):
        return match.group(0)
    if match.group(1):
        return match.group(1) + "people's"
    determiner = match.group(2)
    return f"{determiner} two people's" if determiner.lower() == "the" else f"{determiner} people's"


def _said(item: str) -> str:
    """An alternative as it will read (markers and the spaces of dropped words gone)."""
    return " ".join(item.replace(SWAP, "").replace(DROP, " ").lower().split())


def _deduplicate_alternatives(match: re.Match[str]) -> str:
    """ "either a person, a parent, or a person" -> "either a person or a parent": a rewrite
    made two alternatives the same; each is said once (and "either" goes with one left). An
    apposition that hedged a person and now names one ("a younger person, either a boy or a young
    man" -> "a person, either a person or a person") goes with its commas."""
    comma, either, phrase, closing = match.group(1) or "", match.group(2), match.group(3), match.group(4) or ""
    if SWAP not in phrase:
        return match.group(0)
    items: list[str] = []
    for item in _LIST_ITEM.findall(phrase):
        said = _said(item)
        # (a bare noun shares the determiner before it: "the bride or groom" -> "the spouse")
        if said not in [_said(seen) for seen in items] and not (
            " " not in said and said in [_said(seen).rsplit(None, 1)[-1] for seen in items]
        ):
            items.append(item)
    if (
        len(items) == 2
        and not either
        and _VACUOUS_ALTERNATIVE.fullmatch(items[1])
        and "person" not in items[0]
        and _EXAMPLES_BEFORE.search(match.string, 0, match.start())
    ):
        # "such as a father or grandfather" -> "such as a parent" (not "a parent or person"): an
        # example that became a bare "person" beside a kin noun adds nothing
        return comma + items[0] + closing
    if len(items) == len(_LIST_ITEM.findall(phrase)):
        return match.group(0)
    if len(items) == 1:
        if comma and _said(items[0]) in ("a person", "an person", "person"):
            return ""  # (with the comma that closed the apposition)
        item = items[0]
        return comma + (item[:1].upper() + item[1:] if either[:1].isupper() else item) + closing
    joined = f"{items[0]} or {items[1]}" if len(items) == 2 else ", ".join(items[:-1]) + f", or {items[-1]}"
    return comma + either + joined + closing


def _plural_existential(match: re.Match[str]) -> str:
    """ "there is" / "there's" / "is there" before a merged count of people, made plural."""
    there, verb, contracted, inverted = match.groups()
    if there is not None:
        return there + _PLURAL_EXISTENTIAL[verb]
    if contracted is not None:
        return contracted + " are"
    return _PLURAL_EXISTENTIAL[inverted]


def _new_person_after_named(parts: list[tuple[str, str, str]]) -> bool:
    """ "the person and a person": one the text named before and a new one."""
    if any(noun.lower() != "person" or the for the, _, noun in parts):
        return False
    return [det.lower() == "the" for _, det, _ in parts] in ([True, False], [False, True]) and all(
        det.lower() in ("a", "an", "one", "the") for _, det, _ in parts
    )


def _pair_closes_list(match: re.Match[str], phrase: str) -> bool:
    """ "..., someone shaking hands with the person, and a person": a serial comma after an earlier
    comma of the sentence whose item the first noun does not open."""
    if not _COMMA_BEFORE_AND.search(phrase):
        return False
    before = match.string[max(0, match.start() - 200) : match.start()]
    sentence = before[max(before.rfind(stop) for stop in ".!?\n") + 1 :]
    return "," in sentence and not sentence.rstrip(f" \t{DROP}{SWAP}").endswith(",")


# a determiner and its modifiers before a coordinated pair's first noun ("the beautiful ⇄person and")
_MODIFIED_BEFORE = re.compile(
    rf"\b(?:the|a|an|this|that)[ \t{DROP}]+"
    rf"(?:(?!(?:and|or|of|with|to|in|on|at|by|for|from)\b)[a-z-]+,?[ \t{DROP}]+){{1,2}}$",
    re.IGNORECASE,
)
# A determiner before the first of the merged people: the merge's own "the" would repeat it.
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:these|those|the)[ \t]+$", re.IGNORECASE)
# A predicate that a merge left saying only that the people are people: "The two people in the
# image appear to be a man and a woman." -> "... appear to be two people." -> the sentence goes (a
# stub: alone it says "There are two people in the image.").
_MERGED_PREDICATE = re.compile(
    # (the people are the subject: "The gender proportions among the people wearing ties are ..." is no such)
    r"((?:(?<![^\n])|(?<=[.!?][ \t])|(?<=\bthat[ \t]))(?:[Tt]he|[Tt]hese|[Tt]hose)[ \t]+"
    r"(?:two[ \t]+|three[ \t]+|four[ \t]+)?"
    rf"{SWAP}?(?:people|individuals)\b[^.,;:!?\n]{{0,40}}?)[ \t]+(?:are|were|(?:appear|seem)[ \t]+to[ \t]+be)"
    rf"(?:[ \t]+(?:likely|probably|possibly|clearly|both))*[ \t]+{SWAP}(?:the[ \t]+)?"
    r"(?:(two|three|four|five|six)[ \t]+)?people\b(?=[ \t]*[.!?])",
    re.IGNORECASE,
)
# ... the counts its subject may already give, and the subject's determiner and head noun
_SUBJECT_COUNT = re.compile(r"\b(?:two|three|four|five|six)\b", re.IGNORECASE)
_SUBJECT_HEAD = re.compile(rf"^(\S+[ \t]+)({SWAP}?(?:people|individuals))")
_QUANTIFIER_BEFORE = re.compile(
    r"\b(?:many|several|multiple|some|few|other|numerous|various|more|most|all|lots[ \t]+of|a[ \t]+lot[ \t]+of)[ \t]+"
    rf"{SWAP}?$",
    re.IGNORECASE,
)
_GROUP_OF_BEFORE = re.compile(r"\b(?:group|crowd|gathering|party|team|band)[ \t]+of[ \t]+$", re.IGNORECASE)
_COUPLE_OF_BEFORE = re.compile(r"\ba[ \t]+(?:couple|pair)[ \t]+of[ \t]+$", re.IGNORECASE)


def _with_second(match: re.Match[str], phrase: str, second: str) -> str:
    """The pair with its second noun phrase as ``second`` ("the person and the other person")."""
    return phrase[: phrase.lower().rindex("and")] + "and " + SWAP + second + match.group(4)


def _second_as_another_person(match: re.Match[str], phrase: str, parts: list[tuple[str, str, str]]) -> str | None:
    """ "... and a person" with its second person as "another person" ("the woman and a man" ->
    "the person and another person"), or ``None`` where the second is not a bare "a person"."""
    if parts[1][0] or parts[1][1].lower() not in ("a", "an") or parts[1][2].lower() != "person":
        return None
    return _with_second(match, phrase, "another person")


# A group named after a preposition opening the sentence, then a comma: the pair after it is the
# sentence's subject, no apposition of the group ("Among the people, a woman and a little boy are
# standing" -> "Among the people, two people are standing", not "Among the people are standing")
_FRONTED_GROUP_BEFORE = re.compile(
    r"(?:^|(?<=[.!?\n][ \t])|(?<=\n))(?:among|of|from|amid|amidst)(?:[ \t]+[a-z]+){0,3}?[ \t]+$", re.IGNORECASE
)
# What follows "… and one person" that describes the last one alone (dress, a thing held or carried, a
# relative clause)
_ONE_SET_APART = re.compile(r"[ \t]+(?:dressed|wearing|holding|carrying|who)\b", re.IGNORECASE)


# an uncounted quantifier (and a modifier) right before a merged pair's first noun
_UNCOUNTED_BEFORE = re.compile(r"\b(?:several|many|some|numerous)[ \t]+(?:[a-z-]+[ \t]+)?$", re.IGNORECASE)


def _both_of_them(match: re.Match[str]) -> str:
    """ "(both) them and the person" -> "the two of them", unless a rewritten "they" acts earlier in the
    sentence ("They hug them and the person": "the two of them" would read as the huggers)."""
    opening = sentence_start(match.string, match.start(), reach=match.start())
    if _REWRITTEN_THEY.search(match.string, opening, match.start()):
        return match.group(0)
    return SWAP + "the two of them"


_REWRITTEN_THEY = re.compile(rf"{SWAP}[Tt]hey\b")


def _merge_coordinated(match: re.Match[str]) -> str:
    """ "a ∅ person and a ∅ person" -> "two people"; "the person and the person" -> "the two
    people"; "a person or a person" -> "a person" (one person of either kind). A person noun
    the text had coordinated with a rewritten one counts too ("the person and the child")."""
    if SWAP not in match.group(0):
        return match.group(0)
    both, phrase, conjunction = match.group(1), match.group(2), match.group(3).lower()
    parts = _NP_PARTS.findall(phrase)
    first = phrase.lstrip(f" \t{DROP}")
    capital = (both or first)[:1].isupper()
    if (
        not both
        and conjunction == "and"
        and len(parts) == 2
        and parts[0][1].lower() == "another"
        and parts[1][1].lower() in ("a", "an", "another")
        and all(noun.lower() == "person" for _, _, noun in parts)
    ):
        # "Another man and a woman are also present" -> "Two other people are also present"; so is
        # a pair told apart from someone named before, each as "another" ("A man and another woman
        # are standing close to her" -> "Two other people are standing close to them")
        return SWAP + ("Two" if capital else "two") + " other people" + match.group(4)
    if len(parts) < 3 and any(det.lower() == "another" for _, det, _ in parts):
        # "the person and another person" tells two apart; only a longer list ("a man, a boy,
        # and another child") is counted as one group
        return match.group(0)
    if (
        not both
        and conjunction == "and"
        and len(parts) == 2
        and parts[1][1].lower() == "one"
        and _ONE_SET_APART.match(match.string, match.end() - len(match.group(4)))
    ):
        # "two women and one person dressed up in a bear costume": "one" sets the last apart, and
        # the modifier after it is said of that one only, not of "three people"
        return match.group(0)
    comma = phrase.find(",")
    if (
        not both
        and conjunction == "and"
        and len(parts) > 2
        and comma != -1
        and SWAP not in phrase[:comma]
        and _FRONTED_GROUP_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    ):
        return phrase[:comma] + ", " + _merge_counted(None, parts[1:], False) + match.group(4)
    if (
        not both
        and conjunction == "and"
        and len(parts) == 2
        and not parts[0][1]
        and _UNCOUNTED_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
        and parts[1][1].lower() in _NUMBERS
        and parts[1][2].lower() == "people"
    ):
        # "several military men and three young boys" -> "several military people and three other
        # people": one group uncounted, the other counted, so no total (not "several military people")
        return _with_second(match, phrase, parts[1][1] + " other people")
    if conjunction == "or" and len({noun.lower() for _, _, noun in parts}) > 1:
        # "the man or the women are" -> "the person or the people are": one of them is several
        return match.group(0)
    if conjunction == "or":
        out = (both or "") + phrase[: phrase.lower().index(" or") if " or" in phrase.lower() else len(phrase)].rstrip(
            ","
        )
        return out.rstrip(f" \t{DROP},") + match.group(4)
    if (
        not both
        and len(parts) == 2
        and not parts[0][1]
        and parts[1][2].lower() == "person"
        and parts[1][1].lower() in ("the", "a", "an")
        and _MODIFIED_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    ):
        # "the beautiful woman and the man" -> "the beautiful person and the other person": the
        # first noun phrase starts before the match, so a merge would strand its words ("the
        # beautiful the two people")
        return _with_second(match, phrase, "the other person" if parts[1][1].lower() == "the" else "another person")
    if _CLAUSE_PAIR_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) and _CLAUSE_PAIR_AFTER.match(
        match.string, match.end()
    ):
        # two clauses, not one noun phrase: "The person is a woman, and the man is her husband"
        return match.group(0)
    another = _second_as_another_person(match, phrase, parts) if not both and len(parts) == 2 else None
    if another and _COUPLE_OF_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        # "a couple of girls and a man" are three: "a couple of people and another person", not
        # "a couple of people"
        return another
    if not both and len(parts) == 2 and (_new_person_after_named(parts) or _pair_closes_list(match, phrase)):
        # one named before and a new one ("the woman and a man"), or the last two items of a longer
        # list whose first is inside an earlier item ("a woman holding it, someone shaking hands
        # with the woman, and a man looking on"), are no pair; a new one after a person is another person
        return another or match.group(0)
    if (
        not both
        and not match.group(4)
        and len(parts) == 2
        and all(noun.lower() == "person" and det for _, det, noun in parts)
        and (
            _MODIFIER_WITH_PRONOUN.match(match.string, match.end())
            or all(det.lower() in ("a", "an") for _, det, _ in parts)
            and _GARMENT_OF_LAST.match(match.string, match.end())
        )
    ):
        second = "the other person" if parts[1][1].lower() == "the" else "another person"
        return phrase[: phrase.lower().rindex(" and")].rstrip(f" \t{DROP},") + " and " + SWAP + second
    if not both and not match.group(4) and _MODIFIER_WITH_PRONOUN.match(match.string, match.end()):
        # "the man and the two women behind him": merged, "the three people behind them" would put
        # the man behind himself
        return match.group(0)
    if (
        not both
        and len(parts) == 2
        and parts[0][2].lower() == "person"
        and _NUMBERS.get(parts[1][1].lower(), 0) == 2
        and _SPLIT_AFTER.match(match.string, match.end() - len(match.group(4)))
    ):
        # "the adult and the two children, one on the left and the other on the right" -> "the person
        # and the two other people, one ...": the apposition splits the two, not all three
        return _with_second(match, phrase, ("the " if parts[1][0] else "") + parts[1][1] + " other people")
    first_count = _NUMBERS.get(parts[0][1].lower(), 0) if parts[0][2].lower() == "people" else 0
    head_end = phrase.find(parts[0][2]) + len(parts[0][2])
    rest = phrase[head_end:].lstrip(f" \t{DROP}")
    plural_head = parts[0][2].lower() == "people" and (first_count > 1 or not parts[0][1])
    bare_head = phrase.lstrip(f" \t{DROP}")[:6].lower() == "person"  # "each person, the man and the boy"
    # (a rewritten head with two items after it and a comma before "and" is a list of three, not an
    # apposition of two: "two women, a man, and a baby" are four; "two people, a woman, and a
    # girl," names the two people the text counted)
    listed_three = (
        len(parts) == 3 and SWAP + parts[0][2] in phrase[:head_end] and bool(_COMMA_BEFORE_LAST.search(phrase))
    )
    if (
        (plural_head and first_count in (0, _count(parts[1:])) or bare_head)
        and rest.startswith(",")
        and conjunction == "and"
        and not listed_three
    ):
        # an apposition naming the people just counted: "two children, a boy and a girl,"; a
        # singular relative clause after it spoke of one of them ("..., a boy and a girl, who is")
        head = phrase[:head_end]
        one = match.group(4) and _WHO_SINGULAR.match(match.string, match.end())
        if one:
            return head + ", one of"
        counted = _count(parts[1:])
        if (
            first_count == 0
            and plural_head
            and counted in _NUMBER_WORDS
            and counted > 2
            and _GROUP_OF_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
        ):
            # the count the apposition gave moves into the group: "a group of people, three men and
            # a woman," -> "a group of four people", not "a group of people"
            return head.replace(parts[0][2], f"{_NUMBER_WORDS[counted]} {parts[0][2]}", 1)
        return head
    if (
        not both
        and not parts[0][0]
        and not parts[0][1]
        and any(det.lower() == "the" or the for the, det, _ in parts[1:])
        and _QUANTIFIER_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    ):
        # "multiple men and the young boy holding the bat": the quantifier belongs to the first
        # noun alone, so the pair stays two phrases ("multiple people and the person holding the
        # bat"), not "multiple the people"
        return match.group(0)
    merged = _merge_counted(both, parts, capital)
    if merged.startswith(SWAP + "the ") and _DEMONSTRATIVE_BEFORE.search(
        match.string, max(0, match.start() - 8), match.start()
    ):
        merged = SWAP + merged[len(SWAP + "the ") :]  # "these two women and the child" -> "these three people"
    if not match.group(4) and merged.endswith(" people") and _ROLE_NOUN_AFTER.match(match.string, match.end()):
        merged = merged[: -len(" people")]  # "two people tennis players" -> "two tennis players"
    if (
        match.group(4)
        and merged.endswith(" people")
        and _WHO_SINGULAR.match(match.string, match.end())
        # (a count said before is restated by the merge: the repeated-count fix turns that one)
        and "people" not in match.string[sentence_start(match.string, match.start()) : match.start()]
    ):
        # a singular relative clause spoke of the last one: "two adults and a girl, who is dressed in
        # ski gear" -> "three people, one of whom is dressed" (not "three people, who is")
        return merged + ", one of"
    return merged + match.group(4)


def _drop_vacuous_qualifier(match: re.Match[str]) -> str:
    """The group without its vacuous qualifier (:data:`_VACUOUS_QUALIFIER`), unless the qualifier is a
    count the text has not given before it (then it says how many, and stays)."""
    count = match.group("count") or match.group("count2")
    if count and not re.search(rf"\b{count}[ \t{DROP}]+{SWAP}?people\b", match.string[: match.start()], re.IGNORECASE):
        return match.group(0)
    return match.group(1)


def _merge_listed(match: re.Match[str]) -> str:
    """ "a person, a person" before "and a dog" -> "two people" (each rewritten person counts)."""
    total = sum(_NUMBERS.get(count.lower(), 1) for _, count, _ in _NP_PARTS.findall(match.group(1)))
    if total not in _NUMBER_WORDS:
        return match.group(0)
    definite = match.group(1).lstrip(SWAP)[:3].lower() == "the"
    out = f"the {_NUMBER_WORDS[total]} people" if definite else f"{_NUMBER_WORDS[total]} people"
    return SWAP + (out[0].upper() + out[1:] if match.group(1)[:1].isupper() else out)


def _quoted_drop(match: re.Match[str]) -> str:
    """'an "∅ person' -> 'a "∅person': the space after the drop goes, the article agrees."""
    article = match.group(1)
    if article:
        article = _indefinite_article(match.group(3).lstrip(SWAP), article) + " "
    return f"{article or ''}{match.group(2)}{DROP}"


def _another_person(match: re.Match[str]) -> str:
    """ "holding a person" -> "holding another person" when a person came before in the sentence."""
    start = max(match.string.rfind(mark, 0, match.start()) for mark in ".!?\n")
    # "with a person" after a group may name one of the group ("individuals ..., with a person
    # prominently engaged"): there only a single person before makes it another one
    before = _ONE_PERSON_BEFORE if match.group(1).lower() == "with" else _PERSON_BEFORE
    if not before.search(match.string, start + 1, match.start()):
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}another{match.group(3)}person"


def _other_people(match: re.Match[str]) -> str:
    """ "watching the people" -> "watching the other people" where the text's own "people" came
    before in the sentence (another group: the object's words were no "people"; a rewritten
    group before may be the same one, "Children play, and parents watch the children")."""
    start = sentence_start(match.string, match.start())
    own = _OWN_PEOPLE.search(match.string, start, match.start())
    if not own or match.string.endswith("other ", start, own.start()):  # ("other people watching the people")
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}the other{match.group(3)}people"


def _second_group(match: re.Match[str]) -> str:
    """ "two people ... and two people" -> "... and two other people"; "a person ... and a
    person" -> "... and another person"."""
    if match.group(1):
        return match.group(0) + "other "
    return match.group(0)[:-1] + "another"


def _count(parts: list[tuple[str, str, str]]) -> int:
    """How many people coordinated noun phrases name ("two people", "a person": 3); 0 when
    one is not counted ("people")."""
    total = 0
    for _, det, noun in parts:
        if noun.lower() == "person":
            total += 1
        elif det.lower() in _NUMBERS:
            total += _NUMBERS[det.lower()]
        else:
            return 0
    return total


def _merged_predicate(match: re.Match[str]) -> str:
    """The subject of :data:`_MERGED_PREDICATE` and a stub; the count the predicate gave moves into
    a subject without one ("The people are two people." -> "There are two people.")."""
    subject, count = match.group(1), match.group(2)
    if count and not _SUBJECT_COUNT.search(subject):
        subject = _SUBJECT_HEAD.sub(rf"\g<1>{count} \g<2>", subject, count=1)
    return subject + STUB


def _merge_counted(both: str | None, parts: list[tuple[str, str, str]], capital: bool) -> str:
    """The merged noun phrase of :func:`_merge_coordinated` (no apposition): the number of
    people when every part is counted, else "people"."""
    determiners = [det.lower() for _, det, _ in parts]
    definite = "the" in determiners or any(the for the, _, _ in parts)
    total = _count(parts)
    if determiners[0] in _NUMBERS and all(not det and noun.lower() == "people" for _, det, noun in parts[1:]):
        total = _NUMBERS[determiners[0]]  # one count shared by bare plurals: "eight men and women" are eight
    count = _NUMBER_WORDS.get(total, "") if total > 1 else ""
    if both and total == 2:
        out = "both people"
    elif definite:
        out = f"the {count} people" if count else "the people"
    else:
        out = f"{count} people" if count else "people"
    out = " ".join(out.split())
    return SWAP + (out[0].upper() + out[1:] if capital else out)


def _copula_before_participle(match: re.Match[str]) -> str:
    """The emptied copula as the participle's auxiliary, unless its clause opens the sentence
    with a subordinator (only the clause's start, at most 120 characters back, is read)."""
    if _SUBORDINATE_OPENING.search(match.string, max(0, match.start() - 120), match.start()):
        return match.group(0)
    return match.group(1) + _COPULA_AUXILIARY[match.group(2).lower()] + " "


def _capitalise(match: re.Match[str]) -> str:
    lead = match.group(1)
    if lead[-1:] in (".", "!", "?", ":"):  # (a list heading's colon: "4. Challenge: ∅ people")
        lead += " "
    return lead + match.group(2) + match.group(3).upper()


_COUNT_HEADS = frozenset(("two", "three", "four", "five", "six", "several", "many"))


def _existential(match: re.Match[str]) -> str:
    """ "The person in the image ∅." (a turn whose only sentence lost its predicate) -> "There
    is a person in the image."; "The people in the photo ∅." -> "There are people in the
    photo." The subject keeps its words; only "there is" is added. A pronoun says only that
    someone is there ("They appear to be ∅." -> "There is a person.", or "There are people." where
    "they" was the text's own)."""
    lead, phrase, head, end = match.group(1), match.group(2), match.group(3).lower(), match.group(4)
    if not end and ("\n" in lead or not head[:1].isalpha()):  # a last line may be a list item ("- The person ∅")
        return match.group(0)
    there = "there" if lead.rstrip(" \t").endswith(",") else "There"
    if head in ("they", "he", "she") and phrase.strip(SWAP + LABEL).lower() == head:
        singular = phrase.startswith(SWAP) or head != "they"
        return f"{lead}{there} {'is a person' if singular else 'are people'}{end}"
    if quantified := _QUANTIFIED_PRONOUN.fullmatch(phrase.strip(SWAP + LABEL).lower()):
        # "Both of them are ∅." -> "There are two people." (not "There is a Both of them.")
        count = "two" if quantified.group(1) == "both" else quantified.group(2)
        return f"{lead}{there} are {count + ' ' if count else ''}people{end}"
    if partitive := _QUANTIFIED_PARTITIVE.fullmatch(phrase.strip(SWAP + LABEL)):
        # "Some of the people are ∅." -> "There are people." (not "There is a Some of the people.")
        return f"{lead}{there} are {partitive.group(1)}{end}"
    plural = head == "people" or head in _COUNT_HEADS or (head.endswith("s") and not head.endswith(("ss", "us", "is")))
    if plural:
        if head in _COUNT_HEADS:  # "Two people ∅." -> "There are two people."
            phrase = phrase[:1].lower() + phrase[1:]
        return f"{lead}{there} are {phrase}{end}"
    article = "an" if _VOWEL_SOUND.match(phrase.lstrip(SWAP + LABEL)) else "a"
    return f"{lead}{there} is {article} {phrase}{end}"


def _shorten_line(line: str) -> str:
    """An edited line less its emptied sentences; a list item left with only its mark ("4."
    after its one sentence went) becomes :data:`_GONE_LINE`, which goes with a blank line before
    it (:data:`_EMPTIED_LIST_ITEM`)."""
    if DROP not in line and SWAP not in line and STUB not in line:
        return line
    shortened = _EMPTIED_SENTENCE.sub(_drop_sentence, line)
    if shortened != line and _BARE_LIST_MARK.fullmatch(shortened):
        return _GONE_LINE
    return shortened


def _drop_sentence(match: re.Match[str]) -> str:
    """One pass over the sentences of an edited line (those with a marker): an emptied or a
    stranded sentence goes."""
    if STUB in match.group(1) and _STUBBED_SENTENCE.match(match.group(1)):
        kept = ""  # only a subject is left
    else:
        kept = _drop_stranded_sentence(match) if _drop_emptied_sentence(match) else ""
    if not kept and (answer := _YES_NO.match(match.group(1))):
        # "Yes, the person has ∅." -> "Yes.": the answer stays, only the attribute goes
        return match.group(0)[: match.start(1) - match.start(0)] + answer.group(1) + "."
    return kept


def _drop_emptied_sentence(match: re.Match[str]) -> str:
    """A sentence whose only content was the biometric fact ("He has a beard.") goes."""
    if DROP not in match.group(1) and SWAP not in match.group(1) or len(match.group(1)) > 160:
        # unedited (checked here, not in the regex: no backtracking), or too long to be filler
        return match.group(0)
    words = _WORD.findall(match.group(1).replace(DROP, " ").replace(SWAP, ""))
    if all(word.lower() in _FILLER for word in words):
        return ""
    return match.group(0)


# Two people of one sentence that a rewrite made "the person" and "the other person": the first
# is "one person" ("The person is on the left side of the other person" -> "One person is on
# the left side of the other person"), since "the person" now points at neither (or "the first
# person", :func:`_one_of_two`).
_ONE_OF_TWO = re.compile(
    rf"(?:(?<![^\n])|(?<=[.!?][ \t]))The([ \t]+{SWAP}person\b)(?=[^.!?\n]*?{LABEL}the[ \t]+other[ \t]+{SWAP}person\b)"
)


def _one_of_two(match: re.Match[str]) -> str:
    """ "The person" of :data:`_ONE_OF_TWO` is "One person", or "The first person" where an earlier
    sentence brought the two in one after the other ("a shirtless person ... another person. The
    first person holds a cup to the other person's face": the first is the shirtless one)."""
    before = match.string[: match.start()]
    introduced = LABEL + "another" in before or LABEL + "Another" in before
    return ("The first" if introduced else "One") + match.group(1)


# A spouse named alone after the couple is one of the two ("The bride and groom are cutting the cake.
# The groom is wearing a tie." -> "The couple ... One spouse is wearing a tie.", "Both spouses are
# dressed elegantly, with one spouse wearing a tie"), not "the spouse", who could be either.
_COUPLE = re.compile(r"\b(?:couple|spouses|newlyweds)\b(?![ \t]+of\b)", re.IGNORECASE)
_THE_SPOUSE = re.compile(rf"\b([Tt])he([ \t]+{SWAP}spouse\b)")


def _one_spouse(text: str) -> str:
    """The first rewritten "the spouse" after a couple is "one spouse" (see ``_COUPLE``)."""
    if (couple := _COUPLE.search(text)) is None or (spouse := _THE_SPOUSE.search(text, couple.end())) is None:
        return text
    one = "One" if spouse.group(1) == "T" else "one"
    return text[: spouse.start()] + one + spouse.group(2) + text[spouse.end() :]


# (compiled once: the detector's hundreds of patterns overflow ``re``'s cache of 512)
_WORD = re.compile(r"[A-Za-z']+")
_LABELLED = re.compile(
    rf"{LABEL}(?:([Tt]he)[ \t]+(?:other|second|third|fourth)|([Aa])nother|([Aa])[ \t]+(?:second|third|fourth))"
    rf"(?=[ \t{DROP}{SWAP}]+([A-Za-z-]+))(?=[^{SWAP}.!?\n]{{0,40}}{SWAP}([a-z]+))"
)
_SENTENCE_MARK = re.compile(r"[.!?\n]")
_YES_NO = re.compile(r"[\ue000\ue001\ue002]*(Yes|No)\b(?:,|[ \t]*[-–—])")
_COMMA_CONJUNCTION = re.compile(r",[ \t]+(?:and|or)\b")
# ("are young kids, as described in the statements.": a source given for the predicate says no more)
_AS_DESCRIBED = rf"(?:,[ \t]+as[ \t]+{_SOURCE_VERB}\b[^.!?\n]*)?"
_PREDICATE_HINT = re.compile(rf"{SWAP}(?:person|people){_AS_DESCRIBED}[ \t{DROP}]*[.!?]")
_LAST_COPULA = re.compile(rf"[ \t]+(?:is|are|was|were)(?:[ \t]|(?={DROP}))")
_PLACE_WORDS = frozenset("in on at of this that image picture photo photograph scene".split())
_NEUTRAL_PREDICATE = re.compile(
    rf"^(?![ \t]*(?:There|Here|It|This|That)\b).*\b(?:is|are|was|were)(?:[ \t]+|(?={DROP}))(?:(?:likely|probably|"
    r"possibly|clearly|also|"
    rf"described[ \t]+as|identified[ \t]+as)[ \t]+)*(?:{LABEL}?(?:a|an|another)[ \t{DROP}]+)?[{DROP} \t]*"
    rf"{SWAP}(?:person|people){_AS_DESCRIBED}[ \t{DROP}]*[.!?]$"
)
# ... and a noun subject that "appears to be" only that ("The other riders also appear to be
# people."; not a rewritten subject, whose sentence the rules above judge; not one clause of a
# longer sentence: "One of them is a person, while the other appears to be a person.")
_NEUTRAL_APPEARANCE = re.compile(
    rf"^(?![ \t]*(?:There|Here|It|This|That|They|He|She)\b)[^,;{SWAP}]*\b(?:appears?|seems?|looks?)"
    rf"[ \t]+to[ \t]+be[ \t]+"
    rf"(?:(?:also|likely|probably|possibly|clearly)[ \t]+)*(?:{LABEL}?(?:a|an)[ \t{DROP}]+)?[{DROP} \t]*"
    rf"{SWAP}(?:person|people)[ \t{DROP}]*[.!?]$"
)


def _drop_stranded_sentence(match: re.Match[str]) -> str:
    """A sentence where a removal stranded a word ("It is hard to determine their ∅.",
    "They appear to be ∅.") goes as a whole, as does one left with only filler."""
    sentence = match.group(1)
    if sentence.rstrip().endswith("?"):  # a question is what the turn asks: it keeps its words
        return match.group(0)
    if _PREDICATE_HINT.search(sentence) and (
        _NEUTRAL_PREDICATE.match(sentence) or _NEUTRAL_APPEARANCE.match(sentence)
    ):  # "The rider is a person.": only the attribute
        return _subject_there(match)
    if DROP not in sentence:
        return match.group(0)
    clean = sentence.replace(DROP, "").replace(SWAP, "")
    # (a stranded word the removal made, not one the sentence had: "∅ is hard to tell.")
    if _STRANDED.search(clean) and len(_STRANDED.findall(clean)) > len(
        _STRANDED.findall(sentence.replace(DROP, " \ue004 ").replace(SWAP, ""))
    ):
        return ""
    return match.group(0)


def _subject_there(match: re.Match[str]) -> str:
    """ "The person flying the kite is a person." -> "There is a person flying the kite.": a
    person subject that says more than its noun and the picture keeps its words ("The subject of
    the statue is a person." says nothing of a person: it goes, as does "The person in the image is a
    person.")."""
    sentence = match.group(1)
    copula = None
    for copula in _LAST_COPULA.finditer(sentence):
        pass
    if copula is None:
        return ""
    subject = sentence[: copula.start()].lstrip(" \t")
    there = _STUB_SUBJECT.fullmatch(subject + STUB + ".")
    if not there or there.group(3).lower() not in ("person", "people", "individual", "individuals"):
        return ""
    words = _WORD.findall(there.group(2).replace(DROP, " ").replace(SWAP, "").replace(LABEL, ""))[1:]
    if all(word.lower() in _FILLER or word.lower() in _PLACE_WORDS for word in words):
        return ""
    return match.group(0)[: match.start(1) - match.start(0)] + _existential(there)


def _agree_article(match: re.Match[str]) -> str:
    article, dropped, space, swapped, _, space2, swapped2, word = match.groups()
    if dropped is None:
        dropped, space, swapped = "", space2, swapped2
    return _indefinite_article(word, article) + dropped + space + swapped


def _indefinite_article(word: str, like: str) -> str:
    """ "a" or "an" before ``word``, in the case of the article ``like`` it replaces ("A", "AN")."""
    lower = "an" if _VOWEL_SOUND.match(word) else "a"
    if len(like) > 1 and like.isupper():
        return lower.upper()
    return lower.capitalize() if like[0].isupper() else lower


def plural_verb(word: str, after_subject: bool = False) -> str:
    """The form of a third-person-singular verb that agrees with "they" ("is" → "are");
    ``after_subject``: ``word`` directly follows the pronoun, so "skis" is a verb too."""
    lower = word.lower()
    if after_subject and lower in _VERBS_IN_IS:
        plural = lower[:-1]
    elif lower.replace("’", "'") in _IRREGULAR_PLURALS:
        plural = _IRREGULAR_PLURALS[lower.replace("’", "'")]
        if "’" in word:
            plural = plural.replace("'", "’")
    elif lower in _NOT_VERBS or not lower.endswith("s") or lower.endswith(("ss", "us", "is")) or len(lower) < 3:
        return word
    elif lower.endswith("ies") and len(lower) > 4:
        plural = lower[:-3] + "y"
    elif lower.endswith(("ches", "shes", "xes", "zzes", "sses", "oes", "focuses")):
        plural = lower[:-2]
    else:
        plural = lower[:-1]
    if word.isupper() and len(word) > 1:
        return plural.upper()
    return plural.capitalize() if word[:1].isupper() else plural


@lru_cache(maxsize=1)
def default_rewriter() -> LocalRewriter:
    """One rewriter per process over the default detector (what dask workers build too)."""
    return LocalRewriter()


# Most patterns above begin with "\b", a lookbehind or an optional group, which ``re`` tries
# in full at every position of a turn; a lookahead for their first characters rejects most
# positions in one test (same matches; the tidy pass is a quarter of the local planning).
add_first_character_lookaheads(globals())
