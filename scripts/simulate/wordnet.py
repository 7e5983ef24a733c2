"""WordNet 3.0 database files (Debian wordnet-base, /usr/share/wordnet; `man 5 wndb`).

Read directly, without NLTK, so that the simulator depends on nothing but the
standard library and the files. Lookups seek into the data files by the byte
offsets the index files give; nothing is loaded until it is asked for.

WordNet(path).senses(lemma, pos) -> synsets of the lemma, most frequent first
WordNet(path).morphy(word, pos) -> base forms, as WordNet's morphy finds them
"""
import os

POS_NAMES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}

# morphy's detachment rules (wndb(5), morphy(7WN)): suffix -> ending.
_RULES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
          ("shes", "sh"), ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"),
          ("ed", ""), ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}


class WordNetError(Exception):
    pass


def _key(word):
    return word.lower().replace(" ", "_")


def _word(key):
    return key.replace("_", " ")


class WordNet:
    def __init__(self, path="/usr/share/wordnet"):
        self.path = path
        for pos in POS_NAMES.values():
            for kind in ("index", "data"):
                f = os.path.join(path, f"{kind}.{pos}")
                if not os.path.exists(f):
                    raise WordNetError(f"{f}: missing (apt-get install wordnet-base)")
        self._index = {}   # pos -> {lemma: [offsets]}
        self._exc = {}     # pos -> {inflected: [bases]}
        self._data = {}    # pos -> open file
        self._synsets = {}  # (pos, offset) -> [lemmas]
        self._morphy = {}   # (word, pos) -> base forms

    def _load_index(self, pos):
        if pos not in self._index:
            table = {}
            name = os.path.join(self.path, "index." + POS_NAMES[pos])
            with open(name, encoding="utf-8") as f:
                for line in f:
                    if line.startswith(" "):  # licence header
                        continue
                    fields = line.split()
                    # lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets
                    n_synsets, n_ptrs = int(fields[2]), int(fields[3])
                    table[fields[0]] = [int(o) for o in fields[6 + n_ptrs:6 + n_ptrs + n_synsets]]
            self._index[pos] = table
        return self._index[pos]

    def _load_exc(self, pos):
        if pos not in self._exc:
            table = {}
            name = os.path.join(self.path, POS_NAMES[pos] + ".exc")
            if os.path.exists(name):
                with open(name, encoding="utf-8") as f:
                    for line in f:
                        fields = line.split()
                        if len(fields) >= 2:
                            table.setdefault(fields[0], []).extend(fields[1:])
            self._exc[pos] = table
        return self._exc[pos]

    def exceptions(self, pos):
        """{inflected form: [base forms]} from POS.exc (irregular forms)."""
        return self._load_exc(pos)

    def has(self, lemma, pos):
        return _key(lemma) in self._load_index(pos)

    def lemmas(self, pos):
        """Every lemma of POS (spaces for underscores)."""
        return (_word(k) for k in self._load_index(pos))

    def sense_count(self, lemma, pos):
        return len(self._load_index(pos).get(_key(lemma), ()))

    def synset(self, pos, offset):
        """Lemmas of one synset (spaces for underscores, adjective markers dropped)."""
        key = (pos, offset)
        if key not in self._synsets:
            if pos not in self._data:
                self._data[pos] = open(os.path.join(self.path, "data." + POS_NAMES[pos]), "rb")
            f = self._data[pos]
            f.seek(offset)
            fields = f.readline().decode("utf-8").split(" | ")[0].split()
            n = int(fields[3], 16)
            lemmas = []
            for i in range(n):
                w = fields[4 + 2 * i]
                if w.endswith(")") and "(" in w:  # (a), (p), (ip) adjective markers
                    w = w[:w.index("(")]
                lemmas.append(_word(w))
            self._synsets[key] = lemmas
        return self._synsets[key]

    def senses(self, lemma, pos):
        """The synsets (lists of lemmas) of LEMMA as POS, most frequent sense first."""
        return [self.synset(pos, o) for o in self._load_index(pos).get(_key(lemma), ())]

    def morphy(self, word, pos):
        """Base forms of WORD as POS that WordNet has (exceptions first, then rules)."""
        cached = self._morphy.get((word, pos))
        if cached is None:
            cached = self._morphy[(word, pos)] = self._morphy_uncached(word, pos)
        return cached

    def _morphy_uncached(self, word, pos):
        w = _key(word)
        index = self._load_index(pos)
        out = []
        for base in self._load_exc(pos).get(w, ()):
            if base in index and base not in out:
                out.append(base)
        if w in index and w not in out:
            out.append(w)
        for suffix, ending in _RULES[pos]:
            if w.endswith(suffix) and len(w) > len(suffix):
                base = w[:len(w) - len(suffix)] + ending
                if base in index and base not in out:
                    out.append(base)
        return [_word(b) for b in out]

    def close(self):
        for f in self._data.values():
            f.close()
        self._data = {}
