"""Inflection: which form of which lemma a word is, and the same form of another lemma.

A spinner keeps the inflection of the word it replaces ("said" -> "mentioned",
"parties" -> "celebrations"). Analysis uses WordNet's morphy (its .exc lists
and detachment rules); generation uses the project's irregular-forms table
(dictionaries/english-inflections.tsv), then WordNet's .exc lists read
backwards, then the regular spelling rules.

Forms: base, plural (noun), third, past, participle, gerund (verb).
"""
import os
import re

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_TABLE = os.path.join(REPO, "dictionaries", "english-inflections.tsv")

_VOWELS = set("aeiou")
# After these, a bare verb form is read as a participle ("has said", "was given").
_AUXILIARIES = {"have", "has", "had", "having", "be", "been", "being", "is", "are",
                "was", "were", "am", "get", "got", "gets"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                "their", "our", "my", "your", "no", "every", "each", "some", "any"}
# Nouns in -man whose plural is -mans.
_MAN_PLURAL_S = {"human", "shaman", "german", "talisman", "caiman", "ottoman", "roman",
                 "walkman", "doberman", "cayman", "dolman", "desman"}

# The only previous words analyse() looks at.
CONTEXT_WORDS = _AUXILIARIES | _DETERMINERS


def _consonant_y(w):
    return len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS


def _doubles(w):
    """One-syllable consonant-vowel-consonant words double the last letter (stop -> stopped)."""
    groups = re.findall(r"[aeiouy]+", w[:-1]) if w else []
    return (len(w) >= 3 and len(groups) == 1 and w[-1] not in _VOWELS | set("wxy")
            and w[-2] in _VOWELS and w[-3] not in _VOWELS)


def regular(lemma, form):
    w = lemma
    if form == "base":
        return w
    if form == "plural" and w.endswith("man") and w not in _MAN_PLURAL_S:
        return w[:-3] + "men"  # patrolman -> patrolmen
    if form in ("plural", "third"):
        if re.search(r"(s|x|z|ch|sh)$", w):
            return w + "es"
        if _consonant_y(w):
            return w[:-1] + "ies"
        return w + "s"
    if form in ("past", "participle"):
        if w.endswith("e"):
            return w + "d"
        if _consonant_y(w):
            return w[:-1] + "ied"
        if _doubles(w):
            return w + w[-1] + "ed"
        return w + "ed"
    if form == "gerund":
        if w.endswith("ie"):
            return w[:-2] + "ying"
        if w.endswith("e") and not re.search(r"(ee|ye|oe)$", w) and len(w) > 2:
            return w[:-1] + "ing"
        if _doubles(w):
            return w + w[-1] + "ing"
        return w + "ing"
    raise ValueError(f"unknown form '{form}'")


class Inflector:
    def __init__(self, wordnet, table=DEFAULT_TABLE):
        self.wn = wordnet
        self.verbs, self.nouns = {}, {}
        with open(table, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                fields = line.split()
                if not fields or fields[0].startswith("#"):
                    continue
                if fields[0] == "verb" and len(fields) == 6:
                    self.verbs[fields[1]] = dict(zip(("third", "past", "participle", "gerund"),
                                                     fields[2:]))
                elif fields[0] == "noun" and len(fields) == 3:
                    self.nouns[fields[1]] = fields[2]
                else:
                    raise ValueError(f"{table}:{lineno}: expected 'verb BASE THIRD PAST "
                                     f"PARTICIPLE GERUND' or 'noun SINGULAR PLURAL'")
        # Irregular forms WordNet knows, read backwards: base -> inflected forms.
        self.exc_forms = {"n": {}, "v": {}}
        for pos in self.exc_forms:
            for inflected, bases in wordnet.exceptions(pos).items():
                for b in bases:
                    self.exc_forms[pos].setdefault(b, []).append(inflected)
        self.verb_forms = {}  # inflected -> form, from the table
        for forms in self.verbs.values():
            for form in ("third", "gerund", "participle", "past"):
                self.verb_forms[forms[form]] = form

    # ---------------------------------------------------------------- analysis
    def analyse(self, word, prev=""):
        """[(lemma, pos, form)] for a lower-case WORD, likeliest first.

        Inflected adjectives and adverbs are left out: a swap keeps them whole.
        PREV (the word before, lower-case) tells a participle from a past and a
        noun from a gerund.
        """
        found = []
        for pos in ("n", "v", "a", "r"):
            for lemma in self.wn.morphy(word, pos):
                form = self._form(word, lemma, pos, prev)
                if form is not None:
                    found.append((lemma, pos, form))
        if not found:
            return []

        def rank(entry):
            lemma, pos, form = entry
            score = self.wn.sense_count(lemma, pos)
            if prev in _DETERMINERS and pos in ("n", "a"):
                score += 100
            return -score
        return sorted(found, key=rank)

    def _form(self, word, lemma, pos, prev):
        if lemma == word:
            # "have run", "has come": a participle that looks like the base.
            if (pos == "v" and prev in _AUXILIARIES
                    and self.verbs.get(lemma, {}).get("participle") == word):
                return "participle"
            return "base"
        if pos == "n":
            return "plural"
        if pos != "v":
            return None
        if word in self.verb_forms:
            form = self.verb_forms[word]
        elif word.endswith("ing"):
            form = "gerund"
        elif word.endswith("s"):
            form = "third"
        else:
            form = "past"
        if form == "past" and prev in _AUXILIARIES:
            form = "participle"
        return form

    # -------------------------------------------------------------- generation
    def inflect(self, lemma, pos, form):
        """LEMMA (a word or phrase) in FORM; a phrase inflects its head word
        (first word of a verb phrase, last word of a noun phrase)."""
        if form == "base":
            return lemma
        words = lemma.split(" ")
        head = 0 if pos == "v" else len(words) - 1
        words[head] = self._inflect_word(words[head], pos, form)
        return " ".join(words)

    def _inflect_word(self, w, pos, form):
        if pos == "v":
            if w in self.verbs:
                return self.verbs[w][form]
            irregular = [f for f in self.exc_forms["v"].get(w, ())
                         if not f.endswith("ing") and not f.endswith("s")]
            if irregular and form in ("past", "participle"):
                if form == "participle":
                    en = [f for f in irregular if f.endswith("n")]
                    return (en or irregular)[0]
                plain = [f for f in irregular if not f.endswith("n")]
                return (plain or irregular)[0]
        if pos == "n" and form == "plural":
            if w in self.nouns:
                return self.nouns[w]
            plurals = self.exc_forms["n"].get(w)
            if plurals:
                return plurals[0]
        return regular(w, form)
