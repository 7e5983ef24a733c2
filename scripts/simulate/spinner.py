"""One simulated spinner: a family's policy applied with a thesaurus to a document.

How a document is spun (see families.py for the settings):

1. Words are found (text.tokenize) and marked protected where the family keeps
   them: quotes, names, sentence starts; numbers and acronyms always.
2. Every wording the spinner knows is a *unit type*: a word, or a phrase of 2
   to 4 words separated by single spaces that the family's fingerprints
   (family-facts.tsv), the tortured-phrase list or the thesaurus has. Each
   type gets one replacement for the whole document, chosen once, inflected
   like the text's wording ("said" -> "mentioned").
3. Types are drawn in a weighted random order (function words and
   fingerprints weighted per family) and every unprotected occurrence of a
   drawn type is swapped, until the swaps, counted as profile.py counts
   them (runs of adjacent changed words), reach the family's rate.

All randomness comes from SHA-256 of the seed, family, dictionary, document
id and type, so the output is the same on every machine and in every order.
"""
import hashlib
import math
import os
import random
import re
from dataclasses import dataclass

from inflect import CONTEXT_WORDS
from text import CORE_FUNCTION_WORDS, FUNCTION_WORDS, is_name, joined, match_case, names_mid_sentence, tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FACTS = os.path.join(HERE, "family-facts.tsv")
MAX_PHRASE = 4
_CANDIDATE = re.compile(r"[a-z0-9]+(?:[ '\-][a-z0-9]+)*")


@dataclass
class Swap:
    start: int      # character span in the original text
    end: int
    original: str
    spun: str
    kind: str       # fact, tortured, thesaurus


@dataclass
class _Unit:
    key: str
    n: int
    replacement: str
    kind: str
    weight: float
    occurrences: list
    named: bool = False


class FactsError(Exception):
    pass


def load_facts(path=DEFAULT_FACTS):
    """{family: {original (lower case): (spun, pos or None)}} from family-facts.tsv."""
    facts = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4 or fields[3] not in ("n", "v", "-") or not all(fields):
                raise FactsError(f"{path}:{lineno}: expected 'family<TAB>original<TAB>spun"
                                 f"<TAB>n|v|-', got {line!r}")
            family, original, spun, pos = fields
            facts.setdefault(family, {})[original.lower()] = (spun, None if pos == "-" else pos)
    return facts


def _seed_int(*parts):
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big")


class Spinner:
    def __init__(self, family, thesaurus, inflector, facts=None, tortured=None):
        self.family = family
        self.thesaurus = thesaurus
        self.inflector = inflector
        self.wn = inflector.wn
        self.facts = (facts or {}).get(family.name, {})
        self.tortured = tortured if family.tortured else None
        self._options = {}  # (wording, context word) -> _option()
        self._phrase_ends = self._phrase_index()
        if family.tortured and not tortured:
            raise ValueError("the tortured family needs the tortured-phrase table")

    # ------------------------------------------------------------------ public
    def spin(self, text, doc_seed):
        """Swaps (sorted, non-overlapping, character spans) for TEXT."""
        tokens = tokenize(text)
        if not tokens:
            return []
        protected = self._protected(tokens)
        units = self._units(text, tokens, protected, doc_seed)
        chosen = self._choose(units, tokens, doc_seed)
        swaps = []
        for unit, i in chosen:
            start, end = tokens[i].start, tokens[i + unit.n - 1].end
            original = text[start:end]
            spun = match_case(original, unit.replacement)
            if spun != original:
                swaps.append(Swap(start, end, original, spun, unit.kind))
        swaps.sort(key=lambda s: s.start)
        return swaps

    # ------------------------------------------------------------- protection
    def _protected(self, tokens):
        f = self.family
        names = names_mid_sentence(tokens)
        out = []
        for t in tokens:
            p = any(c.isdigit() for c in t.text)
            p |= len(t.text) > 1 and t.text.isupper()            # acronyms
            p |= f.quotes == "keep" and t.in_quote
            p |= f.names == "keep" and is_name(t, names)
            p |= not f.sentence_starts and t.sentence_initial and t.capitalised
            out.append(p)
        return out

    # ------------------------------------------------------------------ units
    def _phrase_index(self):
        """Every known multiword wording by its words but the last and its words
        but the first: an inflected phrase of the text ("neural networks",
        "looked into") keeps one of the two, so a phrase with neither is
        skipped before any analysis."""
        known = list(self.facts)
        if self.tortured:
            known += list(self.tortured)
        if self.family.phrases:
            known += [h.lower() for h in self.thesaurus.headwords() if " " in h]
        index = set()
        for phrase in known:
            words = tuple(phrase.split(" "))
            if len(words) > 1:
                index.add(("head", words[:-1]))
                index.add(("tail", words[1:]))
        return index

    def _may_be_phrase(self, key):
        words = tuple(key.split(" "))
        return (("head", words[:-1]) in self._phrase_ends
                or ("tail", words[1:]) in self._phrase_ends)

    def _units(self, text, tokens, protected, doc_seed):
        units, tried = {}, set()
        for i in range(len(tokens)):
            if protected[i]:
                continue
            for n in range(MAX_PHRASE, 0, -1):
                if any(protected[i:i + n]):
                    continue
                phrase = joined(text, tokens, i, n)
                if phrase is None:
                    continue
                key = phrase.lower()
                if n > 1 and not self._may_be_phrase(key):
                    continue
                if key not in tried:
                    tried.add(key)
                    prev = tokens[i - 1].lower if i else ""
                    unit = self._unit(key, n, prev, doc_seed)
                    if unit:
                        units[key] = unit
                if key in units:
                    unit = units[key]
                    unit.occurrences.append(i)
                    if not unit.named and tokens[i].capitalised and not tokens[i].sentence_initial:
                        unit.named = True
                        unit.weight *= self.family.name_weight
        return units

    def _analyses(self, key, n, prev):
        """[(lemma, pos, form)]: the wording as itself, then as an inflected form."""
        out = []
        if n == 1:
            out = list(self.inflector.analyse(key, prev))
        else:
            words = key.split(" ")
            for lemma, pos, form in self.inflector.analyse(words[-1]):
                if pos == "n" and form == "plural":
                    out.append((" ".join(words[:-1] + [lemma]), "n", "plural"))
            for lemma, pos, form in self.inflector.analyse(words[0], prev):
                if pos == "v" and form != "base":
                    out.append((" ".join([lemma] + words[1:]), "v", form))
        if not any(a[0] == key and a[2] == "base" for a in out):
            out.insert(0 if n > 1 else len(out), (key, None, "base"))
        return out

    def _unit(self, key, n, prev, doc_seed):
        context = prev if prev in CONTEXT_WORDS else ""
        option = self._options.get((key, context), False)
        if option is False:
            option = self._options[(key, context)] = self._option(key, n, prev)
        if option is None:
            return None
        kind, weight, choices = option
        rng = random.Random(_seed_int(doc_seed, "choice", key))
        return _Unit(key, n, choices(rng), kind, weight, [])

    def _option(self, key, n, prev):
        """(kind, weight, choose(rng) -> replacement) for a wording, or None.

        Depends on the wording and the family only, never on the document, so
        that it is worked out once per run."""
        f = self.family
        words = key.split(" ")
        function = all(w in FUNCTION_WORDS for w in words)
        for lemma, pos, form in self._analyses(key, n, prev):
            fact = self.facts.get(lemma)
            if fact and f.fact_weight > 0 and (fact[1] == pos or (fact[1] is None and form == "base")):
                spun = self.inflector.inflect(fact[0], pos, form)
                return "fact", f.fact_weight, lambda rng: spun
            # Function words ("and" -> "associate in nursing") are machine
            # translation artefacts in the list, not what a spinner does to them.
            if self.tortured and not function and lemma in self.tortured and pos in (None, "n"):
                entries = self.tortured[lemma]
                spuns = [e[0] if form != "plural" else self.inflector.inflect(e[0].lower(), "n", form)
                         for e in entries]
                weights = [e[1] + 1 for e in entries]
                return "tortured", 1000.0, lambda rng: rng.choices(spuns, weights)[0]
        weight = f.function_weight if function else 1.0
        core = any(w in CORE_FUNCTION_WORDS for w in words)
        if (n > 1 and not f.phrases) or (core and not f.core_words):
            return None
        if weight <= 0 and not (f.extend and n == 1):
            return None  # a weight-0 word is only swapped as part of a run (extend)
        for lemma, pos, form in self._analyses(key, n, prev):
            if n > 1 and not self.thesaurus.headword(lemma):
                continue
            choose = self._thesaurus_choice(lemma, pos, form)
            if choose:
                return "thesaurus", weight, choose
        return None

    def _valid(self, cand, lemma, pos, form):
        c = cand.lower()
        if c == lemma or not _CANDIDATE.fullmatch(cand):
            return False
        if self.family.multiword == 0 and " " in c:
            return False
        words, lemma_words = c.split(" "), lemma.split(" ")
        if lemma_words[0] in words or words[0] in lemma_words:
            return False      # "house" -> "house of cards" is no swap
        if form != "base":
            head = words[0] if pos == "v" else words[-1]
            if not self.wn.has(head, pos):
                return False  # could not be inflected like the text's word
        return True

    def _thesaurus_choice(self, lemma, pos, form):
        """choose(rng) -> a replacement of LEMMA in FORM, or None without candidates."""
        groups = []
        for g in self.thesaurus.groups(lemma, pos):
            valid = [c.lower() for c in g if self._valid(c, lemma, pos, form)]
            if valid:
                groups.append(valid)
        if not groups:
            return None
        inflect = self.inflector.inflect
        if self.family.by_sense:
            return lambda rng: inflect(rng.choice(rng.choice(groups)), pos, form)
        flat = list(dict.fromkeys(c for g in groups for c in g))
        multi = [c for c in flat if " " in c]
        single = [c for c in flat if " " not in c]
        share = self.family.multiword

        def choose(rng):
            if multi and (not single or rng.random() < share):
                return inflect(rng.choice(multi), pos, form)
            return inflect(rng.choice(single), pos, form)
        return choose

    # ---------------------------------------------------------------- choice
    def _choose(self, units, tokens, doc_seed):
        """[(unit, token index)] until the swap count reaches the family's rate."""
        def race(unit):
            u = random.Random(_seed_int(doc_seed, "order", unit.key)).random()
            return (-math.log(1.0 - u) / unit.weight, unit.key)

        f = self.family
        n_words = len(tokens)
        target = f.rate * n_words / 100.0
        claimed = [False] * (n_words + 1)
        occurs = {(unit.key, i) for unit in units.values() for i in unit.occurrences}
        extend_rng = random.Random(_seed_int(doc_seed, "extend"))
        regions, out = 0, []

        def claim(unit, i):
            nonlocal regions
            if any(claimed[j] for j in range(i, i + unit.n)):
                return False
            regions += 1 - (i > 0 and claimed[i - 1]) - claimed[i + unit.n]
            for j in range(i, i + unit.n):
                claimed[j] = True
            out.append((unit, i))
            return True

        for unit in sorted((u for u in units.values() if u.weight > 0), key=race):
            if regions >= target:
                break
            for i in unit.occurrences:
                if not claim(unit, i):
                    continue
                # Phrase spinners rewrite runs of words: the next word, if the
                # spinner has a swap for it, goes too (with its own, single choice).
                j = i + unit.n
                while (f.extend and j < n_words
                       and extend_rng.random() < (f.extend if j == i + unit.n else f.extend_more)):
                    nxt = units.get(tokens[j].lower)
                    if nxt is None or (nxt.key, j) not in occurs or not claim(nxt, j):
                        break
                    j += 1
        return out
