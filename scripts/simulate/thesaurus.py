"""The thesauri a simulated spinner draws replacements from, behind one interface.

  groups(lemma, pos) -> [[word or phrase, ...], ...]

one list per sense (WordNet synset, MyThes line, Moby meaning, or the one
line of a pipe file), in the file's order, the lemma itself left in. POS is
'n', 'v', 'a', 'r' or None (any); thesauri without parts of speech (Moby,
pipe files) ignore it. `headword(phrase)` tells whether a multiword phrase
has an entry, so that the spinner can swap phrases of the text;
`headwords()` lists the entries (lower case).

Readers are independent of the engine's C++ readers on purpose: a
measurement that used the engine's own reader would share its mistakes.

  moby    Debian libaiksaurus-1.2-data (/usr/share/aiksaurus, Moby-derived)
  mythes  Debian mythes-en-us (/usr/share/mythes/th_en_US_v2.dat, from WordNet)
  wordnet Debian wordnet-base (/usr/share/wordnet)
  FILE    'original|syn|syn' lines (UTF-8; '#' starts a comment line)
"""
import os
import struct

from wordnet import WordNet, WordNetError

AIKSAURUS_DIR = "/usr/share/aiksaurus"
MYTHES_DAT = "/usr/share/mythes/th_en_US_v2.dat"
WORDNET_DIR = "/usr/share/wordnet"
PACKAGES = {"moby": "libaiksaurus-1.2-data", "mythes": "mythes-en-us", "wordnet": "wordnet-base"}


class ThesaurusError(Exception):
    pass


def _need(path, name):
    if not os.path.exists(path):
        raise ThesaurusError(f"{path}: missing (apt-get install {PACKAGES[name]}, "
                             f"or run scripts/setup-debian.sh)")
    return path


class Moby:
    """Aiksaurus' binary Moby thesaurus.

    words.dat: sorted records `word\\0` (':' stands for a space) followed by the
    big-endian u16 ids of the word's meanings, ended by 0xFFFF.
    meanings.dat: one record per meaning id, in id order: two u16 word ids
    (the meaning's title words) then the u16 ids of its member words, ended by
    0xFFFF. Word ids are positions in words.dat.
    """
    name = "moby"

    def __init__(self, directory=AIKSAURUS_DIR):
        words_path = _need(os.path.join(directory, "words.dat"), "moby")
        meanings_path = _need(os.path.join(directory, "meanings.dat"), "moby")
        self.words, self.meaning_ids = [], []
        with open(words_path, "rb") as f:
            data = f.read()
        i = 0
        while i < len(data):
            j = data.find(b"\0", i)
            if j < 0:
                raise ThesaurusError(f"{words_path}: byte {i}: word without its NUL end")
            word = data[i:j].decode("latin-1").replace(":", " ")
            i = j + 1
            ids = []
            while True:
                if i + 2 > len(data):
                    raise ThesaurusError(f"{words_path}: byte {i}: meaning list of '{word}' "
                                         "not ended by 0xFFFF")
                (v,) = struct.unpack_from(">H", data, i)
                i += 2
                if v == 0xFFFF:
                    break
                ids.append(v)
            self.words.append(word)
            self.meaning_ids.append(ids)
        with open(meanings_path, "rb") as f:
            data = f.read()
        if len(data) % 2:
            raise ThesaurusError(f"{meanings_path}: odd length {len(data)}, not u16 records")
        self.meanings, current = [], []
        for (v,) in struct.iter_unpack(">H", data):
            if v == 0xFFFF:
                if len(current) < 2:
                    raise ThesaurusError(f"{meanings_path}: meaning {len(self.meanings)} "
                                         "has no title words")
                self.meanings.append([self.words[w] for w in current[2:]])
                current = []
            elif v >= len(self.words):
                raise ThesaurusError(f"{meanings_path}: meaning {len(self.meanings)}: word id "
                                     f"{v} past the {len(self.words)} words of {words_path}")
            else:
                current.append(v)
        self.index = {}
        for word, ids in zip(self.words, self.meaning_ids):
            self.index.setdefault(word.lower(), []).extend(ids)

    def groups(self, lemma, pos=None):
        return [self.meanings[m] for m in self.index.get(lemma.lower(), ()) if m < len(self.meanings)]

    def headword(self, phrase):
        return phrase.lower() in self.index

    def headwords(self):
        return iter(self.index)


class MyThes:
    """MyThes text thesaurus: `word|n` then n lines `(pos)|syn|syn...`.

    Entries marked "(generic term)", "(related term)" or "(antonym)" are not
    synonyms and are left out; "(similar term)" ones are kept."""
    name = "mythes"
    _POS = {"(noun)": "n", "(verb)": "v", "(adj)": "a", "(adv)": "r"}

    def __init__(self, path=MYTHES_DAT):
        _need(path, "mythes")
        self.entries = {}
        with open(path, encoding="utf-8", errors="strict") as f:
            lines = f.read().split("\n")
        i = 1  # line 0 names the encoding
        while i < len(lines):
            head = lines[i]
            i += 1
            if not head:
                continue
            word, _, count = head.rpartition("|")
            if not count.isdigit():
                raise ThesaurusError(f"{path}:{i}: expected 'word|count', got {head[:60]!r}")
            senses = []
            for _ in range(int(count)):
                fields = lines[i].split("|")
                i += 1
                syns = [s.replace(" (similar term)", "") for s in fields[1:]
                        if "(" not in s or s.endswith("(similar term)")]
                senses.append((self._POS.get(fields[0]), syns))
            self.entries.setdefault(word.lower(), []).extend(senses)

    def groups(self, lemma, pos=None):
        return [[lemma] + syns for p, syns in self.entries.get(lemma.lower(), ())
                if pos is None or p == pos]

    def headword(self, phrase):
        return phrase.lower() in self.entries

    def headwords(self):
        return iter(self.entries)


class WordNetThesaurus:
    """WordNet synsets as senses."""
    name = "wordnet"

    def __init__(self, wordnet=None, directory=WORDNET_DIR):
        try:
            self.wn = wordnet or WordNet(directory)
        except WordNetError as e:
            raise ThesaurusError(str(e))

    def groups(self, lemma, pos=None):
        out = []
        for p in ([pos] if pos else ["n", "v", "a", "r"]):
            out.extend(self.wn.senses(lemma, p))
        return out

    def headword(self, phrase):
        return any(self.wn.has(phrase, p) for p in "nvar")

    def headwords(self):
        return (lemma for p in "nvar" for lemma in self.wn.lemmas(p))


class PipeFile:
    """`original|syn|syn` lines: the held-out or hand-made dictionary of a test."""

    def __init__(self, path):
        self.name = os.path.basename(path)
        self.entries = {}
        try:
            with open(path, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise ThesaurusError(f"{path}: cannot read: {e}")
        errors = []
        for lineno, line in enumerate(lines, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [f.strip() for f in line.split("|")]
            if len(fields) < 2 or not all(fields):
                errors.append(f"{path}:{lineno}: expected 'original|synonym|...', got {line[:60]!r}")
                continue
            self.entries.setdefault(fields[0].lower(), []).append(fields[1:])
        if errors:
            raise ThesaurusError("\n".join(errors))

    def groups(self, lemma, pos=None):
        return [[lemma] + syns for syns in self.entries.get(lemma.lower(), ())]

    def headword(self, phrase):
        return phrase.lower() in self.entries

    def headwords(self):
        return iter(self.entries)


def load(spec, wordnet=None):
    """The thesaurus named SPEC (moby, mythes, wordnet) or the pipe file at SPEC."""
    if spec == "moby":
        return Moby()
    if spec == "mythes":
        return MyThes()
    if spec == "wordnet":
        return WordNetThesaurus(wordnet)
    if os.path.exists(spec):
        return PipeFile(spec)
    raise ThesaurusError(f"--dictionary {spec}: neither moby, mythes, wordnet nor a file")
