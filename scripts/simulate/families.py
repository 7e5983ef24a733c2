"""The spinner families the simulator imitates, as documented, testable settings.

Every family: one choice per word type per article (a type swapped once is
swapped the same way everywhere it is swapped), inflection kept, swaps never
start or end inside a word. The figures are the targets of
/work/shared/reference/spinner-profiles.md; profile.py measures how close the
output comes.

rate              target swaps (aligned differing regions) per 100 words
quotes            'keep': nothing inside quotes is swapped; 'spin': quotes too
names             'keep': capitalised words inside a sentence (and sentence
                  starts the text also capitalises mid-sentence) are kept;
                  'spin': they are spun like other words
sentence_starts   False: a capitalised sentence-initial word is kept too
function_weight   how much likelier a function-word type is chosen than a
                  content-word type (0: function words never swapped)
core_words        whether pronouns, articles, auxiliaries and modals
                  (text.CORE_FUNCTION_WORDS) may be swapped from the thesaurus
fact_weight       the same for the family's own fingerprints (family-facts.tsv)
multiword         share of choices that take a multiword replacement when
                  the thesaurus offers one (0: one word for one word only)
extend            chance that a swap runs on into the next word when the
                  spinner has a swap for it (phrase rewriting; 0: never)
extend_more       chance that a run, once extended, takes one more word
name_weight       how much likelier a type is chosen when the text also writes
                  it capitalised inside a sentence (names: "House" -> "Home")
phrases           whether multiword thesaurus headwords in the text are
                  swapped as a whole ("look into" -> "investigate")
by_sense          True: pick a random sense first, then a lemma of it (the
                  WordNet family's "at" -> "astatine"); False: any synonym
tortured          True: swap the screener's expected phrases for tortured ones
"""
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Family:
    name: str
    description: str
    rate: float
    quotes: str
    names: str
    sentence_starts: bool
    function_weight: float
    core_words: bool
    fact_weight: float
    multiword: float
    phrases: bool
    extend: float = 0.0
    extend_more: float = 0.0
    name_weight: float = 1.0
    by_sense: bool = False
    tortured: bool = False

    def with_overrides(self, rate=None, quotes=None, names=None):
        return replace(self,
                       rate=self.rate if rate is None else rate,
                       quotes=quotes or self.quotes,
                       names=names or self.names)


FAMILIES = {f.name: f for f in [
    Family("wordai",
           "paraphrase-database style: multiword and length-changing swaps "
           "('was' -> 'used to be', 'did not' -> 'didn't'), some names spun "
           "('White Home'), quotes kept",
           rate=16, quotes="keep", names="spin", sentence_starts=True,
           function_weight=0.25, core_words=False, fact_weight=8, multiword=0.2, phrases=True,
           name_weight=12),
    Family("wordpress",
           "thesaurus plugin: single words and the thesaurus' multiword "
           "entries, names and quotes protected",
           rate=16, quotes="keep", names="keep", sentence_starts=False,
           function_weight=0.8, core_words=False, fact_weight=0, multiword=0.2, phrases=True),
    Family("wordnet",
           "a lemma of any sense of the word ('at' -> 'astatine', 'four' -> '4'), "
           "function words too, one word for one, quotes spun, names kept but "
           "sentence-initial words spun",
           rate=19, quotes="spin", names="keep", sentence_starts=True,
           function_weight=3, core_words=True, fact_weight=1, multiword=0, phrases=False,
           by_sense=True, extend=0.3, extend_more=0.3),
    Family("spinbot",
           "phrase swaps at a lower rate, more of them multiword, content "
           "words only, quotes kept",
           rate=9, quotes="keep", names="spin", sentence_starts=True,
           function_weight=0, core_words=False, fact_weight=0, multiword=0.2, phrases=True,
           extend=0.5, extend_more=0.9),
    Family("tortured",
           "scientific text: the Problematic Paper Screener's expected phrases "
           "turned into tortured ones ('random forest' -> 'irregular woodland'), "
           "every one drawn before any ordinary thesaurus swap, which only fills "
           "up to the rate",
           rate=5, quotes="keep", names="keep", sentence_starts=True,
           function_weight=0, core_words=False, fact_weight=0, multiword=0.2, phrases=True, tortured=True),
]}
