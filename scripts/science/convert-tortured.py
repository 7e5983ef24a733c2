#!/usr/bin/env python3
"""Convert the Problematic Paper Screener's tortured-phrase lists into unspin rules.

Usage:
    scripts/science/convert-tortured.py [--csv F] [--json F] [--out DIR] [--words FILE]

Reads the screener's fingerprint list (CSV export: the raw screener queries with
the expected phrase and a paper count) and the torturedcheck JSON export (more
phrases, no queries, no counts) and writes the rule pack rules/science/ plus the
spelling word list dictionaries/science-words.txt. The output is deterministic:
the same input (and the same Hunspell dictionary) gives byte-identical files.
Python 3 standard library only; needs the `hunspell` command and its en_US
dictionary (apt-get install hunspell hunspell-en-us).

The data: Guillaume Cabanac, Cyril Labbé, Alexander Magazinov, Problematic
Paper Screener, "Tortured phrases: A dubious writing style emerging in science.
Evidence of critical issues affecting established journals" (2021,
arXiv:2107.06751). CC BY 4.0.

See rules/science/README.md (written by this script) for the mapping.
"""

import argparse
import collections
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data", "tortured-phrases"))

ATTRIBUTION = (
    "Data: the tortured-phrase fingerprints of the Problematic Paper Screener "
    "(Guillaume Cabanac, Cyril Labbé, Alexander Magazinov: \"Tortured phrases: "
    "A dubious writing style emerging in science. Evidence of critical issues "
    "affecting established journals\", 2021, arXiv:2107.06751; "
    "https://www.irit.fr/~Guillaume.Cabanac/problematic-paper-screener), "
    "licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). "
    "Converted (reformatted, filtered, restorations cleaned) by unspin's "
    "scripts/science/convert-tortured.py."
)

# Hand-checked spelling slips in the curators' expected phrases. A restoration
# must be correct English: the spell guard rejects these words, and putting
# them in science-words.txt would make the spell stage accept the typo in
# every document. Keys are lower-case words.
TYPO_FIXES = {
    "assocated": "associated",
    "boxe": "boxes",
    "composent": "component",
    "consine": "cosine",
    "consuption": "consumption",
    "continious": "continuous",
    "continuos": "continuous",
    "countinuous": "continuous",
    "discrite": "discrete",
    "effet": "effect",
    "entrooy": "entropy",
    "enviroment": "environment",
    "forecastingc": "forecasting",
    "fruxtose": "fructose",
    "fuction": "function",
    "gradiant": "gradient",
    "gradiants": "gradients",
    "highresolution": "high-resolution",
    "illneses": "illnesses",
    "mamography": "mammography",
    "medicial": "medical",
    "minin": "mining",
    "modifi": None,  # a fragment ("modiwiwireless" -> "modifi")
    "netwok": "network",
    "ocurrence": "occurrence",
    "opeerator": "operator",
    "particule": "particle",
    "pericutaneous": "percutaneous",
    "polyphormism": "polymorphism",
    "preprocesing": "preprocessing",
    "rythm": "rhythm",
    "squarred": "squared",
    "supression": "suppression",
    "tartanic": "tartaric",
    "unbiaised": "unbiased",
    "unknow": "unknown",
    "valiadation": "validation",
}

# Words that mark a curator's note rather than a wording (after notes in
# brackets and URLs are removed).
NOTE_MARKERS = re.compile(
    r"\b(?:see|unclear|possibly|caveat|paraphrased|search and replace|"
    r"the word|i\.e|e\.g|etc|found in|via|as in)\b", re.IGNORECASE)

TEMPLATES = [
    ("We report results on ", " in this study."),
    ("This paper discusses ", " in detail."),
    ("Section 2 reviews ", " briefly."),
]

FILES = [
    ("tortured.rules", "tortured",
     "Plain tortured phrases: multi-word (or non-dictionary) wording that no "
     "scientist writes. The rules are certain. A few carry an exception "
     "(unless-document:, unless-after:) from the screener's NOT clauses."),
    ("conditional.rules", "tortured-conditional",
     "Conditional tortured phrases: the screener's \"A\" AND \"B\" queries. The "
     "phrase A is ordinary English on its own; it is a fingerprint only in a "
     "paper that also says B. The rules carry if-document: B."),
    ("uncertain.rules", "tortured-uncertain",
     "Uncertain tortured phrases: the curators marked the expected phrase with "
     "\"?\". Not certain, confidence 0.6: with a reference vocabulary they are "
     "applied unless the restored wording reads clearly worse in context."),
    ("ordinary-words.rules", "tortured-word",
     "Single-word fingerprints that are ordinary dictionary words (\"thimbleful\"). "
     "Confidence 0.4: only context scoring applies them, where the restored "
     "word reads clearly better."),
]

# Capitalised names Hunspell also accepts in lower case ("march", "english").
NATIONALITIES = {"dutch", "english", "french", "german"}
ALWAYS_CAPITALISED = NATIONALITIES | {
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday"}

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
APOSTROPHES = "\u2018\u2019\u02bc\u0060\u00b4"


# ---------------------------------------------------------------------------
# Text helpers


def normalize_text(text):
    """NFC, plain spaces, folded apostrophes in a phrase; collapses whitespace."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u200b", "")
    for apostrophe in APOSTROPHES:
        text = text.replace(apostrophe, "'")
    return re.sub(r"\s+", " ", text).strip()


def normalize_spun(text):
    text = normalize_text(text).lower()
    for dash in DASHES:
        text = text.replace(dash, "-")
    return text


WORD_RE = re.compile(r"[^\W_]+(?:['.][^\W_]+)*|[^\w\s]|_", re.UNICODE)


def words(text):
    """The words of a phrase as unspin matches them: lower case, punctuation
    as words of its own, dashes and apostrophes folded."""
    text = normalize_spun(text)
    out = []
    for token in WORD_RE.findall(text):
        # unspin splits a possessive 's into a word of its own.
        if token.endswith("'s") and len(token) > 2:
            out.extend([token[:-2], "'s"])
        else:
            out.append(token)
    return out


def contains(haystack, needle):
    """Index of the word sequence `needle` in `haystack`, or -1."""
    n = len(needle)
    if n == 0:
        return -1
    for i in range(len(haystack) - n + 1):
        if haystack[i:i + n] == needle:
            return i
    return -1


def count_occurrences(haystack, needle):
    n = len(needle)
    return sum(1 for i in range(len(haystack) - n + 1) if haystack[i:i + n] == needle)


def slug(text):
    text = unicodedata.normalize("NFKD", text)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def re2_escape(word):
    return re.sub(r"([\\.^$|?*+()\[\]{}])", r"\\\1", word)


def quote_list(phrases):
    quoted = ['"%s"' % p for p in phrases]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def papers_text(count):
    if count is None:
        return "listed without a paper count"
    if count == 1:
        return "seen in 1 paper"
    return "seen in {:,} papers".format(count)


# ---------------------------------------------------------------------------
# Hunspell


class Speller:
    """Batch front end to `hunspell -l`: which words the dictionary rejects."""

    def __init__(self, command, lang):
        self.command = command
        self.lang = lang
        self.rejected = {}
        probe = self._run(["zzxqvk", "house"])
        if probe != {"zzxqvk"}:
            sys.exit("convert-tortured: hunspell -d %s does not work (is hunspell-en-us "
                     "installed?)" % lang)

    def _run(self, batch):
        try:
            result = subprocess.run(
                [self.command, "-d", self.lang, "-i", "utf-8", "-l"],
                input="\n".join(batch) + "\n", capture_output=True, text=True,
                encoding="utf-8", check=False)
        except OSError as error:
            sys.exit("convert-tortured: cannot run %s: %s (apt-get install hunspell "
                     "hunspell-en-us)" % (self.command, error))
        return set(line.strip() for line in result.stdout.splitlines() if line.strip())

    def prefetch(self, candidates):
        todo = sorted(set(w for w in candidates if w and w not in self.rejected))
        for start in range(0, len(todo), 5000):
            batch = todo[start:start + 5000]
            bad = self._run(batch)
            for word in batch:
                self.rejected[word] = word in bad

    def accepts(self, word):
        if word not in self.rejected:
            self.prefetch([word])
        return not self.rejected[word]


# ---------------------------------------------------------------------------
# Screener queries


class SkipLog(collections.Counter):
    """Skipped rows: counts by (source, reason) and a log for --skipped."""

    def __init__(self):
        super().__init__()
        self.log = []

    def add(self, source, reason, line, phrase, expected):
        self[(source, reason)] += 1
        self.log.append((source, line, reason, phrase, expected))

    def add_row(self, row, reason):
        self.add(row.source, reason, row.line, " | ".join(row.spun), row.expected)


class Skip(Exception):
    """A row that cannot be converted; the message is the reason."""


QUERY_TOKEN = re.compile(r'\s*(?:"([^"]*)"(~\d+)?|(\()|(\))|([^\s()"]+))')


def tokenize_query(query):
    if query.count('"') % 2:
        raise Skip("unbalanced quotes in the query")
    tokens = []
    pos = 0
    query = query.strip()
    while pos < len(query):
        match = QUERY_TOKEN.match(query, pos)
        if not match or match.end() == pos:
            raise Skip("query the converter cannot parse")
        pos = match.end()
        phrase, proximity, lparen, rparen, bare = match.groups()
        if phrase is not None:
            tokens.append(("P", phrase, proximity))
        elif lparen:
            tokens.append(("(", None, None))
        elif rparen:
            tokens.append((")", None, None))
        elif bare in ("AND", "OR", "NOT"):
            tokens.append((bare, None, None))
        else:
            tokens.append(("W", bare, "~" if "~" in bare else None))
    return tokens


def parse_query(query):
    """Returns (spun phrases, [if-document alternatives], [unless phrases])."""
    tokens = tokenize_query(query)
    if any(t[2] for t in tokens):
        raise Skip("proximity search (\"...\"~N)")
    if any("*" in (t[1] or "") for t in tokens):
        raise Skip("wildcard (*)")
    pos = 0

    def operand():
        nonlocal pos
        if pos >= len(tokens):
            raise Skip("query the converter cannot parse")
        kind = tokens[pos][0]
        if kind == "P":
            pos += 1
            return [tokens[pos - 1][1]]
        if kind == "W":
            bare = []
            while pos < len(tokens) and tokens[pos][0] == "W":
                bare.append(tokens[pos][1])
                pos += 1
            return [" ".join(bare)]
        if kind == "(":
            pos += 1
            alternatives = operand()
            while pos < len(tokens) and tokens[pos][0] == "OR":
                pos += 1
                alternatives += operand()
            if pos >= len(tokens) or tokens[pos][0] != ")":
                raise Skip("query the converter cannot parse")
            pos += 1
            return alternatives
        raise Skip("query the converter cannot parse")

    if tokens[0][0] != "P":
        raise Skip("query the converter cannot parse")
    spun = operand()
    while pos < len(tokens) and tokens[pos][0] == "OR":
        pos += 1
        if pos >= len(tokens) or tokens[pos][0] != "P":
            raise Skip("query the converter cannot parse")
        spun += operand()
    conditions, exceptions = [], []
    while pos < len(tokens):
        kind = tokens[pos][0]
        if kind == "W":
            raise Skip("unknown operator (e.g. a misspelt AND)")
        if kind not in ("AND", "NOT"):
            raise Skip("query the converter cannot parse")
        if kind == "AND" and len(spun) > 1:
            raise Skip("OR and AND without brackets (ambiguous precedence)")
        pos += 1
        phrases = operand()
        if pos < len(tokens) and tokens[pos][0] == "OR":
            raise Skip("OR and AND without brackets (ambiguous precedence)")
        (conditions if kind == "AND" else exceptions).append(phrases)
    return spun, conditions, exceptions


# ---------------------------------------------------------------------------
# Expected phrases


GROUP_RE = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")


def groups_of(text):
    return [(m.group(1) if m.group(1) is not None else m.group(2)) for m in GROUP_RE.finditer(text)]


def is_acronym_like(text):
    return bool(re.fullmatch(r"[\w&/'.+-]{1,12}", text.strip()))


def tidy(text):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,;)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    return text.strip(" ,;")


def clean_expected(raw, spun_raw, spun_case_source):
    """The restorations (default first) and whether the curators were unsure.

    spun_raw: the spun phrase as written in the source (for its brackets);
    spun_case_source: True when the source keeps letter case (the CSV)."""
    text = normalize_text(raw.replace('\\"', '"').replace("\\&", "&"))
    notes = []
    # "differential equation AND 1st order": the wording of the first phrase.
    if " AND " in text:
        text = text.split(" AND ", 1)[0]
        notes.append("and")
    text = re.sub(r",?\s*\(?\s*see\s+https?://\S+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"https?://\S+", "", text)
    uncertain = "?" in text
    text = re.sub(r"\(\s*\?+\s*\)|\[\s*\?+\s*\]", " ", text)
    if re.search(r"\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)", text):
        raise Skip("restoration with a placeholder ([...])")
    # Notes in brackets. Keep a group the spun phrase has too ("fifth era
    # (5G)" -> "fifth generation (5G)"), or the restoration of the spun
    # phrase's own bracketed words when both have as many groups.
    spun_groups = [g.strip().lower() for g in groups_of(spun_raw)]
    expansion = re.fullmatch(r"([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\s*\(([^()?]+ [^()?]+)\)", text)
    if (expansion and not spun_groups and not NOTE_MARKERS.search(expansion.group(2))
            and expands(expansion.group(1), expansion.group(2))):
        text = expansion.group(2)
    first_groups = groups_of(text)
    parallel = bool(spun_groups) and len(spun_groups) == len(first_groups)
    kept = []
    first_pass = True

    def replace_group(match):
        content = match.group(1) if match.group(1) is not None else match.group(2)
        index = replace_group.index
        replace_group.index += 1
        # Parallel groups: the spun phrase's own bracketed words were spun too
        # ("nlp (typical lingo taking care of)", "hidden Markov model (gee)").
        keep = content.strip() and "\x00" not in content and (
            content.strip().lower() in spun_groups or (
                first_pass and parallel and not NOTE_MARKERS.search(content) and "?" not in content
                and ((" " in spun_groups[index] and " " in content.strip()) or (
                    is_acronym_like(spun_groups[index]) and is_acronym_like(content)))))
        if keep:
            content = content.strip()
            if not spun_case_source and is_acronym_like(content):
                content = upper_acronym(content)
            kept.append(match.group(0)[0] + content + match.group(0)[-1])
            return "\x00%d\x00" % (len(kept) - 1)
        return " "

    # Innermost groups first; a group inside a dropped one goes with it.
    while GROUP_RE.search(text):
        replace_group.index = 0
        text = GROUP_RE.sub(replace_group, text)
        first_pass = False
    text = re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)
    text = text.replace("???", " ").replace("??", " ")
    text = re.sub(r"(?<=[^\W_])\?+", "", text)  # "unsteady? natural convection"
    text = re.sub(r"(?<=[^\W_])\*$", "", text)  # "Box-Jenkins method*"
    # "\u201creducing tax evasion\u201d or \u201ccombating tax evasion\u201d"
    if re.fullmatch(r'"[^"]+"(?:\s*(?:,|or)\s*"[^"]+")+', text.strip()):
        text = " / ".join(re.findall(r'"([^"]+)"', text))
    text = re.sub(r"\s+\?|\?$|^\?", " ", text)
    text = tidy(text)
    # A spun phrase that ends in "(ACRONYM)": keep the acronym in the
    # restoration when the curators left it out ("data technology (IT)").
    spun_tail = re.search(r"\(([^()]*)\)\s*$", spun_raw)
    if spun_tail and not first_groups and is_acronym_like(spun_tail.group(1)):
        acronym = spun_tail.group(1).strip()
        if not spun_case_source:
            acronym = upper_acronym(acronym)
        text = text + " (" + acronym + ")"
    # Whole wording in quotes: "\"information technology (IT)\"".
    if text.count('"') == 2 and text.startswith('"'):
        text = tidy(text.replace('"', ""))
    elif text.count('"') == 2:
        text = tidy(text.replace('"', ""))
    if not re.search(r"[^\W\d_]", GROUP_RE.sub(" ", text)):
        raise Skip("no restoration given (\"???\", \"(?)\")")
    if NOTE_MARKERS.search(text):
        raise Skip("restoration is a note, not a wording")
    for fix_from, fix_to in sorted(TYPO_FIXES.items()):
        if re.search(r"(?i)\b%s\b" % fix_from, text):
            if fix_to is None:
                raise Skip("restoration is a word fragment")
            text = re.sub(r"(?i)\b%s\b" % fix_from, fix_to, text)
    text = text.replace("4st", "4th")
    alternatives = [tidy(a) for a in re.split(r"\s+/\s+", text)]
    if not all(alternatives):
        raise Skip("restoration is not a plain wording")
    if "/" not in spun_raw:
        expanded = []
        for alternative in alternatives:
            expanded.extend(expand_slash(alternative, len(words(spun_raw))))
        alternatives = expanded
    for alternative in alternatives:
        if re.search(r'[\[\]"?:;=*<>\\#…{}|~^$@_]|\.\.|->|(?:^|\s)/|/(?:\s|$)', alternative):
            raise Skip("restoration is not a plain wording")
        if re.search(r"[()]", alternative) and not re.fullmatch(r"[^()]*(\([^()]+\)[^()]*)*", alternative):
            raise Skip("restoration is not a plain wording")
        if not re.search(r"[^\W\d_]", alternative):
            raise Skip("restoration is not a plain wording")
    seen, unique = set(), []
    for alternative in alternatives:
        if alternative.lower() not in seen:
            seen.add(alternative.lower())
            unique.append(alternative)
    return unique, uncertain


def expands(acronym, words_text):
    """"NGS" and "Next-Generation Sequencing": the acronym's capitals are the
    initials of the words."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", words_text) if w).lower()
    capitals = "".join(c for c in acronym if c.isupper()).lower()
    return bool(capitals) and initials.startswith(capitals[:len(initials)]) and \
        capitals == initials


def expand_slash(text, spun_length):
    """"fault analysis/diagnosis" -> ["fault analysis", "fault diagnosis"];
    "economic development/profit growth" -> ["economic development", "profit
    growth"]: of the two readings, the one whose alternatives are nearer the
    spun phrase's length (the word-level reading on a tie)."""
    tokens = text.split(" ")
    slashed = [i for i, t in enumerate(tokens) if "/" in t]
    if not slashed:
        return [text]
    if len(slashed) > 1:
        raise Skip("restoration with several a/b alternatives")
    at = slashed[0]
    parts = tokens[at].split("/")
    if tokens[at].lower() == "and/or" or not all(
            re.fullmatch(r"[^\W\d_][\w'-]*", p) for p in parts):
        return [text]
    word_level = [" ".join(tokens[:at] + [p] + tokens[at + 1:]) for p in parts]
    phrase_level = ([" ".join(tokens[:at] + [parts[0]])] + parts[1:-1] +
                    [" ".join([parts[-1]] + tokens[at + 1:])])

    def distance(alternatives):
        return sum(abs(len(a.split(" ")) - spun_length) for a in alternatives)

    if distance(phrase_level) < distance(word_level):
        return phrase_level
    return word_level


def upper_acronym(text):
    """"wsns" -> "WSNs", "5g" -> "5G" (the JSON export is lower case)."""
    if len(text) > 2 and text.endswith("s") and not text.endswith("ss"):
        return text[:-1].upper() + "s"
    return text.upper()


# ---------------------------------------------------------------------------
# Letter case of restorations


class Caser:
    """Decides the case of each word of a restoration.

    Acronyms and mixed-case words ("MACS", "mAP", "NoSQL") keep their case.
    A capitalised word is kept when Hunspell knows it only capitalised
    ("Bayesian", "Markov", "European"), or when the data capitalises it in
    the middle of ordinary lower-case wording and never writes it in lower
    case (a name Hunspell lacks); otherwise it is lower-cased (acronym
    expansions are often title case: "Dynamic Time Warping (DTW)").
    Lower-case words (the JSON export is all lower case) are recased the
    same way, and from the acronyms of the CSV ("svm" -> "SVM") when
    Hunspell rejects the lower-case word."""

    PART_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)

    def __init__(self, speller, csv_expected):
        self.speller = speller
        forms = collections.defaultdict(collections.Counter)
        self.lower_count = collections.Counter()
        self.cap_count = collections.Counter()
        self.mid_cap_count = collections.Counter()
        candidates = set()
        for text in csv_expected:
            text = GROUP_RE.sub(" ", text) if GROUP_RE.sub(" ", text).strip() else text
            title = self.is_title_phrase(text)
            for position, word in enumerate(text.split()):
                for part in self.PART_RE.findall(word):
                    candidates.update([part.lower(), part[:1].upper() + part[1:].lower()])
                    if self.is_mixed(part):
                        forms[part.lower()][part] += 1
                    elif part.islower():
                        self.lower_count[part] += 1
                    elif part[:1].isupper() and not title:
                        self.cap_count[part.lower()] += 1
                        if position > 0:
                            self.mid_cap_count[part.lower()] += 1
        self.acronyms = {}
        for lower, counter in forms.items():
            best = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            self.acronyms[lower] = best
        speller.prefetch(candidates)

    @staticmethod
    def is_mixed(part):
        """Upper case after the first letter: an acronym or a mixed-case name."""
        return len(part) > 1 and any(c.isupper() for c in part[1:])

    @staticmethod
    def is_title_phrase(text):
        """Two or more capitalised words: an acronym expansion in title case
        ("Dynamic Time Warping") or a multi-word name; no evidence either way."""
        heads = [re.match(r"[^\W\d_]*", w).group(0) for w in GROUP_RE.sub(" ", text).split()]
        capitalised = [w for w in heads if len(w) >= 2 and w[:1].isupper() and w[1:].islower()]
        return len(capitalised) >= 2

    def proper(self, lower):
        """The capitalised form when the word is a name, else None."""
        title = lower[:1].upper() + lower[1:]
        if lower in ALWAYS_CAPITALISED:
            return title
        lowers = self.lower_count[lower]
        if self.speller.accepts(lower):
            # An English word; a name only where the data capitalises it
            # inside lower-case wording ("the Hall effect" is lost).
            return title if self.mid_cap_count[lower] > lowers else None
        if self.speller.accepts(title):
            return title
        # Unknown to Hunspell: a name ("Kalman", "Nusselt", "Crohn's") when the
        # data capitalises it more often than not, unless it has the ending of
        # a common adjective or noun ("Multinomial", "Bispectral").
        if re.search(r"(?:al|ic|ous|ive|ed|ing|ary|ion|ity|ism|ness|ment|ble|ics|ly)$", lower):
            return None
        return title if self.cap_count[lower] > lowers else None

    def fix_part(self, part):
        if any(c.isdigit() for c in part) or len(part) == 1:
            return part  # "F0", "R2", "K"
        lower = part.lower()
        if self.is_mixed(part):
            # "TEchnique" in "Synthetic Minority Over-sampling TEchnique".
            if re.fullmatch(r"[A-Z]{2}[a-z]{3,}", part) and self.speller.accepts(lower):
                return lower
            return part
        if part[:1].isupper():
            return self.proper(lower) or lower
        # Lower-case word: recase names and acronyms.
        if lower in NATIONALITIES:
            return lower.capitalize()
        if not self.speller.accepts(lower):
            if lower in self.acronyms:
                return self.acronyms[lower]
            name = self.proper(lower)
            if name:
                return name
        return lower

    def fix(self, text):
        out = []
        for word in text.split(" "):
            if word.startswith("("):
                out.append(word)  # a kept "(ACRONYM)"
                continue
            parts = self.PART_RE.findall(word)
            # "Navier-Stokes", "Anderson-Darling": every part capitalised, one
            # of them a name.
            if (len(parts) > 1 and all(p[:1].isupper() and not self.is_mixed(p) for p in parts)
                    and any(self.proper(p.lower()) for p in parts)):
                out.append(word)
                continue
            out.append(self.PART_RE.sub(lambda m: self.fix_part(m.group(0)), word))
        return " ".join(out)


# ---------------------------------------------------------------------------
# Rows and rules


class Row:
    def __init__(self, source, line, spun, spun_raw, conditions, exceptions, expected, papers):
        self.source = source          # "csv" or "json"
        self.line = line
        self.spun = spun              # [normalised spun phrases]
        self.spun_raw = spun_raw      # first spun phrase as written
        self.conditions = conditions  # [[phrase alternatives]] (AND)
        self.exceptions = exceptions  # [[phrases]] (NOT)
        self.expected = expected
        self.papers = papers          # int or None
        self.restorations = []
        self.uncertain = False


def parse_count(text):
    text = (text or "").replace(",", "").strip()
    return int(text) if text.isdigit() else 0


def read_csv(path, skipped):
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for number, record in enumerate(reader, start=2):
            query = normalize_text(record["tortured_phrase"])
            try:
                spun_raw, conditions, exceptions = parse_query(query)
            except Skip as reason:
                skipped.add("csv", str(reason), number, query, record["expected_phrase"])
                continue
            spun = [normalize_spun(p) for p in spun_raw]
            conditions = [[normalize_text(p) for p in alts] for alts in conditions]
            exceptions = [[normalize_text(p) for p in alts] for alts in exceptions]
            if any(not words(p) for p in spun):
                skipped.add("csv", "empty phrase", number, query, record["expected_phrase"])
                continue
            if any('"' in p or "=>" in p for p in spun):
                skipped.add("csv", "query the converter cannot parse", number, query,
                            record["expected_phrase"])
                continue
            rows.append(Row("csv", number, spun, normalize_text(spun_raw[0]), conditions,
                            exceptions, record["expected_phrase"],
                            parse_count(record["num_papers"])))
    return rows


def read_json(path, csv_phrases, skipped):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    entries = data["phrases"] if isinstance(data, dict) else data
    rows = []
    for number, entry in enumerate(entries):
        tortured = normalize_spun(entry.get("tortured", ""))
        correct = normalize_spun(entry.get("correct", ""))
        if not words(tortured):
            skipped.add("json", "empty phrase", number, tortured, correct)
            continue
        if contains(words(correct), words(tortured)) >= 0:
            skipped.add("json", "tortured text inside the correct text (a split AND/NOT clause)", number, tortured, correct)
            continue
        if tortured in csv_phrases:
            skipped.add("json", "phrase also in the CSV (the CSV is authoritative)", number, tortured, correct)
            continue
        if '"' in tortured or "=>" in tortured:
            skipped.add("json", "query the converter cannot parse", number, tortured, correct)
            continue
        rows.append(Row("json", number, [tortured], entry.get("tortured", ""), [], [],
                        entry.get("correct", ""), None))
    return rows


def context_exception(spun, phrase):
    """unless-before/after patterns for a NOT phrase that contains the spun
    phrase: ("corvus corone" NOT "corvus corone module for a ...")."""
    spun_words, phrase_words = words(spun), words(phrase)
    at = contains(phrase_words, spun_words)
    if at < 0:
        return None
    before = phrase_words[:at][-3:]
    after = phrase_words[at + len(spun_words):][:3]
    if not before and not after:
        raise Skip("NOT clause excludes the phrase itself")
    result = []
    if before:
        result.append(("unless-before", " ".join(re2_escape(w) for w in before)))
    if after:
        result.append(("unless-after", " ".join(re2_escape(w) for w in after)))
    return result


class Rule:
    def __init__(self):
        self.id = ""
        self.spun = []
        self.restorations = []
        self.conditions = []   # [[phrases]]
        self.unless_document = []
        self.context = []      # [(key, pattern)]
        self.keeps = []
        self.examples = []
        self.certain = False
        self.confidence = None
        self.category = ""
        self.file = ""
        self.note = ""
        self.papers = None
        self.rows = []


def example_for(rule, spun, condition):
    """(spun sentence, restored sentence) or None when no template fits."""
    spun_words = words(spun)
    for prefix, suffix in TEMPLATES:
        left = prefix + spun + suffix
        right = prefix + rule.restorations[0] + suffix
        if condition:
            left += " Keywords: " + condition + "."
            right += " Keywords: " + condition + "."
        if count_occurrences(words(left), spun_words) != 1:
            continue
        if any(contains(words(right), words(s)) >= 0 for s in rule.spun):
            continue
        # The exception must not hold in the example.
        if any(contains(words(left), words(u)) >= 0 for u in rule.unless_document):
            continue
        return left, right
    return None


def build_rules(rows, speller, caser, skipped, stats):
    # Group rows that share a spun phrase.
    parent = list(range(len(rows)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner = {}
    for index, row in enumerate(rows):
        for phrase in row.spun:
            if phrase in owner:
                parent[find(index)] = find(owner[phrase])
            else:
                owner[phrase] = index
    groups = collections.defaultdict(list)
    for index in range(len(rows)):
        groups[find(index)].append(rows[index])

    rules = []
    for members in groups.values():
        # Most-cited first; stable by source order.
        members.sort(key=lambda r: (-(r.papers or 0), r.source, r.line))
        if len(members) > 1:
            stats["duplicate groups"] += 1
            stats["rows merged into another row's rule"] += len(members) - 1
        spun = []
        for row in members:
            for phrase in row.spun:
                if phrase not in spun:
                    spun.append(phrase)
        spun.sort()
        spun_word_lists = [words(p) for p in spun]
        # Restorations: the default from the most-cited row, the others as
        # alternatives; drop any that would re-fire.
        restorations, uncertain_of = [], {}
        for row in members:
            kept = []
            for restoration in row.restorations:
                restoration_words = words(restoration)
                if any(restoration_words == s for s in spun_word_lists):
                    continue
                if any(contains(restoration_words, s) >= 0 for s in spun_word_lists):
                    continue
                kept.append(restoration)
            if not kept:
                same = any(words(r) == s for r in row.restorations for s in spun_word_lists)
                skipped.add_row(row, "restoration equals the spun phrase" if same else
                                "spun phrase inside the restoration (would re-fire)")
                row.dropped = True
                continue
            row.dropped = False
            for restoration in kept:
                if restoration.lower() not in [r.lower() for r in restorations]:
                    restorations.append(restoration)
                    uncertain_of[restoration] = row.uncertain
        live = [r for r in members if not r.dropped]
        if not live:
            continue
        rule = Rule()
        rule.rows = live
        rule.spun = spun
        rule.restorations = restorations
        rule.papers = max((r.papers for r in live if r.papers is not None), default=None)
        uncertain = uncertain_of[restorations[0]]
        # Conditions: an unconditional row makes the phrase a fingerprint on
        # its own; otherwise the AND conditions of all rows are alternatives.
        unconditional = [r for r in live if not r.conditions and not r.exceptions]
        conditional = [r for r in live if r.conditions]
        excepted = [r for r in live if r.exceptions]
        if unconditional:
            if len(live) > len(unconditional):
                stats["conditions dropped: the phrase also has an unconditional row"] += (
                    len(live) - len(unconditional))
        elif conditional and excepted:
            for row in live:
                skipped.add_row(row, "AND and NOT rows for the same phrase")
            continue
        elif conditional:
            lengths = set(len(r.conditions) for r in conditional)
            if len(lengths) == 1 and lengths == {1}:
                merged = []
                for row in conditional:
                    for phrase in row.conditions[0]:
                        if phrase.lower() not in [m.lower() for m in merged]:
                            merged.append(phrase)
                rule.conditions = [merged]
            elif len(conditional) == 1:
                rule.conditions = conditional[0].conditions
            else:
                for row in live:
                    skipped.add_row(row, "several AND rows with several clauses each")
                continue
        else:
            try:
                for row in excepted:
                    for alternatives in row.exceptions:
                        for phrase in alternatives:
                            patterns = None
                            for spun_phrase in spun:
                                patterns = context_exception(spun_phrase, phrase)
                                if patterns:
                                    break
                            if patterns:
                                for pattern in patterns:
                                    if pattern not in rule.context:
                                        rule.context.append(pattern)
                                rule.keeps.append(phrase)
                            elif phrase not in rule.unless_document:
                                rule.unless_document.append(phrase)
            except Skip as reason:
                for row in live:
                    skipped.add_row(row, str(reason))
                continue
        # Confidence and file.
        single_ordinary = all(" " not in p and "-" not in p and re.fullmatch(r"[a-z]+", p)
                              and speller.accepts(p) for p in spun)
        if rule.conditions:
            rule.file, rule.category = "conditional.rules", "tortured-conditional"
            if uncertain:
                rule.confidence = "0.6"
            else:
                rule.certain = True
        elif uncertain:
            rule.file, rule.category = "uncertain.rules", "tortured-uncertain"
            rule.confidence = "0.4" if single_ordinary else "0.6"
        elif single_ordinary:
            rule.file, rule.category = "ordinary-words.rules", "tortured-word"
            rule.confidence = "0.4"
        else:
            rule.file, rule.category = "tortured.rules", "tortured"
            rule.certain = True
        # Note.
        default = rule.restorations[0]
        credit = "Problematic Paper Screener; " + papers_text(rule.papers)
        if rule.conditions:
            where = " in a paper that also mentions " + " and ".join(
                quote_list(alts) for alts in rule.conditions)
        else:
            where = ""
        if uncertain:
            rule.note = 'Probably a tortured phrase for "%s"%s (the curators were unsure; %s).' % (
                default, where, credit)
        elif rule.category == "tortured-word":
            rule.note = ('An ordinary word, but a tortured phrase for "%s" in papers (%s).'
                         % (default, credit))
        else:
            rule.note = 'Tortured phrase for "%s"%s (%s).' % (default, where, credit)
        # Examples.
        failed = False
        for phrase in spun:
            condition = None
            if rule.conditions:
                condition = ", ".join(
                    next((c for c in alts if contains(words(c), words(phrase)) < 0), "")
                    for alts in rule.conditions)
                if any(not next((c for c in alts if contains(words(c), words(phrase)) < 0), "")
                       for alts in rule.conditions):
                    failed = True
                    break
            example = example_for(rule, phrase, condition)
            if example is None:
                failed = True
                break
            rule.examples.append(example)
        if failed:
            for row in live:
                skipped.add_row(row, "no example sentence fits")
            continue
        keeps = []
        for phrase in rule.keeps:
            keeps.append(TEMPLATES[0][0] + phrase + TEMPLATES[0][1])
        for phrase in rule.unless_document:
            keeps.append(TEMPLATES[0][0] + spun[0] + TEMPLATES[0][1] + " Keywords: " + phrase + ".")
        rule.keeps = keeps
        rules.append(rule)
    return rules


def reserved_ids(directories):
    """Rule ids of the other packs: ids are unique across everything loaded,
    and the science pack may be loaded with the news pack."""
    ids = set()
    for directory in directories:
        for root, dirs, files in os.walk(directory):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".rules"):
                    with open(os.path.join(root, name), encoding="utf-8") as handle:
                        for line in handle:
                            match = re.match(r"rule\s+(\S+)", line)
                            if match:
                                ids.add(match.group(1))
    return ids


# Longest rule id: "rule " and the id fit in LINE_LIMIT. Longer ids (made of
# very long phrases) are cut at a dash.
MAX_ID = 150


def assign_ids(rules, reserved):
    rules.sort(key=lambda r: (r.file, slug(r.restorations[0]), slug(r.spun[0]),
                              r.restorations[0], r.spun[0]))
    used = set(reserved)
    for rule in rules:
        base = (slug(rule.restorations[0]) or "x") + "." + (slug(rule.spun[0]) or "x")
        if len(base) > MAX_ID:
            # Cut at a dash, so that "rule ID" stays within the line limit.
            base = base[:base.rfind("-", 0, MAX_ID + 1)]
        candidate, number = base, 2
        while candidate in used:
            candidate = "%s-%d" % (base, number)
            number += 1
        used.add(candidate)
        rule.id = candidate


# ---------------------------------------------------------------------------
# Output


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def provenance(csv_path, json_path):
    return [
        "Inputs: %s (sha256 %s)" % (os.path.basename(csv_path), sha256_of(csv_path)[:16]),
        "        %s (sha256 %s)" % (os.path.basename(json_path), sha256_of(json_path)[:16]),
    ]


def wrap(text, width=76, prefix="# "):
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(prefix + line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        out.append(prefix + line)
    return out


# Fingerprints per 1,000 words a document needs before its fingerprints are
# restored (see the README's "Clean papers").
NEEDS_SPIN = "5"


# Rule files keep their lines within LINE_LIMIT characters (a test checks
# the shipped packs for 160): a longer field is continued on lines indented
# to its value, at most WRAP_WIDTH wide (rules/README.md, "Long values").
LINE_LIMIT = 120
WRAP_WIDTH = 100


def continued(head, pieces):
    """`head` (the key and its padding) and the pieces of a value, each on a
    line of its own, the later ones indented under the value."""
    return [head + pieces[0]] + [" " * len(head) + piece for piece in pieces[1:]]


def split_words(text, room):
    """`text` in pieces of at most `room` characters (a longer word stays
    whole), broken at single spaces: a continuation line is joined with one
    space. No piece starts with '|' or '#', which would change how it is read."""
    pieces = []
    for word in text.split(" "):
        if (pieces and len(pieces[-1]) + 1 + len(word) <= room) or \
                (pieces and (not word or word[0] in "|#")):
            pieces[-1] += " " + word
        else:
            pieces.append(word)
    return pieces


def field(key, value, head=None):
    """The lines of `key: value`, continued when too long."""
    head = head or "  %s " % (key + ":").ljust(11)
    if len(head) + len(value) <= LINE_LIMIT:
        return [head + value]
    room = WRAP_WIDTH - len(head)
    if key in ("spun", "restore", "if-document", "unless-document"):
        # Continuations that start with '|' are joined as they are.
        pieces = []
        for alternative in value.split(" | "):
            if pieces and len(pieces[-1]) + 3 + len(alternative) <= room:
                pieces[-1] += " | " + alternative
            else:
                pieces.append(alternative if not pieces else "| " + alternative)
        return continued(head, pieces)
    if key == "example":
        left, right = value.split(" => ", 1)
        return continued(head, split_words(left, room) + split_words("=> " + right, room))
    return continued(head, split_words(value, room))


def rule_text(rule):
    lines = ["rule " + rule.id]
    lines += field("spun", " | ".join(rule.spun))
    lines += field("restore", " | ".join(rule.restorations))
    for alts in rule.conditions:
        lines += field("if-document", " | ".join(alts), "  if-document: ")
    for phrase in rule.unless_document:
        lines += field("unless-document", phrase, "  unless-document: ")
    for key, pattern in rule.context:
        lines.append("  %s %s" % ((key + ":").ljust(11), pattern))
    if rule.confidence:
        lines.append("  confidence: " + rule.confidence)
    if rule.certain:
        lines.append("  certain:    yes")
        lines.append("  needs-spin: %s" % NEEDS_SPIN)
    lines.append("  category:   " + rule.category)
    lines += field("note", rule.note)
    for left, right in rule.examples:
        lines += field("example", "%s => %s" % (left, right))
    for keep in rule.keeps:
        lines += field("keep", keep)
    return "\n".join(lines) + "\n"


def write_if_changed(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def write_pack(out_dir, rules, inputs):
    counts = {}
    for name, category, description in FILES:
        members = [r for r in rules if r.file == name]
        counts[name] = len(members)
        header = ["# rules/science/%s: generated by scripts/science/convert-tortured.py;" % name,
                  "# do not edit by hand (edit the converter and re-run it).", "#"]
        header += wrap(description)
        header.append("#")
        header += wrap(ATTRIBUTION)
        header.append("#")
        header += ["# " + line for line in inputs]
        header.append("# %d rules." % len(members))
        body = "\n".join(rule_text(r) for r in members)
        write_if_changed(os.path.join(out_dir, name), "\n".join(header) + "\n\n" + body)
    return counts


def word_list(rules, speller):
    """Lower-case words of the restorations that Hunspell rejects, split the
    way the spell guard splits them (hyphens and slashes break words, a
    possessive 's is a word of its own, words with digits are skipped)."""
    candidates = set()
    for rule in rules:
        for restoration in rule.restorations:
            for token in re.findall(r"[^\W_]+(?:['.][^\W_]+)*", restoration):
                if token.endswith("'s"):
                    token = token[:-2]
                if not token or any(c.isdigit() for c in token):
                    continue
                # The guard skips capitalised words and acronyms, but checks
                # words that start in lower case ("mRNA", "eLearning").
                first_letter = next((c for c in token if c.isalpha()), "")
                if first_letter.isupper():
                    continue
                candidates.add(token)
    speller.prefetch(candidates)
    return sorted(w for w in candidates if not speller.accepts(w))


def write_words(path, rejected, lang, inputs):
    header = [
        "# science-words.txt: the lower-case words of the rules/science restorations",
        "# that Hunspell's %s dictionary rejects (\"backpropagation\"," % lang,
        "# \"convolutional\", \"hyperparameters\"). Generated by",
        "# scripts/science/convert-tortured.py (do not edit by hand): every word of",
        "# a restoration is split the way unspin's spell guard splits it (hyphens",
        "# and slashes break words, a possessive 's is a word of its own; words",
        "# with digits, and words that start with a capital, are skipped, so",
        "# \"mRNA\" is listed but \"Bayesian\" is not) and checked with",
        "#",
        "#     printf 'WORD\\n' | hunspell -d %s -l" % lang,
        "#",
        "# The spell stage adds each line with Hunspell's add(), with no affix rules,",
        "# so inflected forms are listed on their own lines. Obvious misspellings in",
        "# the source data are corrected by the converter (TYPO_FIXES), not listed;",
        "# the curators' British spellings (\"modelling\", \"signalling\") are listed.",
        "# Words from the data of the Problematic Paper Screener (Cabanac, Labbé,",
        "# Magazinov), CC BY 4.0.",
        "#",
    ] + ["# " + line for line in inputs] + [
        "#",
        "# Lines starting with '#' are comments. UTF-8, one word per line, sorted.",
    ]
    write_if_changed(path, "\n".join(header) + "\n" + "".join(w + "\n" for w in rejected))


def fmt(number):
    return "{:,}".format(number)


def write_readme(out_dir, stats, skipped, counts, words_count, inputs, words_path_rel, names):
    lines = []
    add = lines.append
    add("# rules/science: tortured phrases in scientific papers")
    add("")
    add("<!-- Generated by scripts/science/convert-tortured.py; do not edit by hand. -->")
    add("")
    add("Paper mills hide plagiarism by running published text through a paraphrasing")
    add("tool, which turns established terms into *tortured phrases*: \"counterfeit")
    add("consciousness\" for *artificial intelligence*, \"profound learning\" for *deep")
    add("learning*, \"irregular woodland\" for *random forest*. This pack restores them.")
    add("It is not loaded by default; use it with")
    add("")
    add("    build/unspin --rules rules/science --dict %s paper.txt" % words_path_rel)
    add("")
    add("## Source and licence")
    add("")
    add("The rules are derived from the tortured-phrase fingerprints of the")
    add("**Problematic Paper Screener** by Guillaume Cabanac, Cyril Labbé and Alexander")
    add("Magazinov: *Tortured phrases: A dubious writing style emerging in science.")
    add("Evidence of critical issues affecting established journals* (2021,")
    add("[arXiv:2107.06751](https://arxiv.org/abs/2107.06751)); screener:")
    add("<https://www.irit.fr/~Guillaume.Cabanac/problematic-paper-screener>. The list")
    add("is published under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/);")
    add("so are these rules, which reformat, filter and clean it (restorations")
    add("lose the curators' notes, see below). Every generated file repeats this")
    add("attribution in its header. Two exports of the list were used:")
    add("")
    add("- `pps_tortured_phrases.csv`: GitHub hahuyhoang411/tortured-phrase,")
    add("  data/tortured.csv (commit 00e30149): the raw screener queries with the")
    add("  expected phrase and the number of flagged papers.")
    add("- `torturedcheck_pps_phrases.json`: GitHub giladfeldman/torturedcheck,")
    add("  src/data/tortured-phrases.json (commit 3a61ac79, list dated 2026-03-06):")
    add("  lower-cased `{tortured, correct}` pairs, no counts.")
    add("")
    for line in inputs:
        add("    " + line)
    add("")
    add("## Regenerating")
    add("")
    add("The `.rules` files, this README and `%s` are written by" % words_path_rel)
    add("the converter; do not edit them by hand. From the repository root:")
    add("")
    add("    scripts/science/convert-tortured.py \\")
    add("        [--csv ../shared/data/tortured-phrases/pps_tortured_phrases.csv] \\")
    add("        [--json ../shared/data/tortured-phrases/torturedcheck_pps_phrases.json] \\")
    add("        [--out rules/science] [--words %s]" % words_path_rel)
    add("")
    add("It needs Python 3 (standard library only) and the `hunspell` command with")
    add("the en_US dictionary (`apt-get install hunspell hunspell-en-us`): letter case")
    add("and the word list depend on it. The output is deterministic. The test")
    add("`science.converter` (`tests/science/test_convert.sh`) checks the converter")
    add("on a small fixture and that the committed pack is what the converter")
    add("writes from the shared data (skipped when the data is absent).")
    add("`scripts/science/check-pack.sh` runs `unspin rules test` on the pack.")
    add("")
    add("## How the data is mapped")
    add("")
    add("**Queries (CSV column 1).** A single quoted phrase is a phrase rule. `\"a\" OR")
    add("\"b\"` gives `spun: a | b`. `\"a\" AND \"b\"` flags *a* only in a paper that")
    add("also contains *b*: `if-document: b` (a bracketed OR group gives alternatives,")
    add("`if-document: b | c`; several AND clauses give several `if-document:` lines,")
    add("all of which must hold; an unquoted clause such as `AND business")
    add("intelligence` is taken as the phrase, which is stricter than the screener's")
    add("two words). `\"a\" NOT \"c\"`: when *c* contains *a* (`\"corvus corone\" NOT")
    add("\"corvus corone module for a secured two way\"`), the words around *a* in *c*")
    add("become `unless-after:` / `unless-before:` (at most three words, the context")
    add("unspin sees) plus a `keep:` sentence; otherwise `unless-document: c`.")
    add("Proximity (`\"a b\"~N`), wildcards (`optimiz*`), `OR` next to `AND` without")
    add("brackets, misspelt operators and unbalanced quotes are skipped.")
    add("")
    add("**Expected phrases.** Notes in brackets are dropped (`business intelligence")
    add("(BI)` → `business intelligence`, `[long] short-term memory` → `short-term")
    add("memory`), except a bracketed group the spun phrase has too (`fifth era (5G)`")
    add("→ `fifth generation (5G)`). When the spun phrase ends in `(ACRONYM)` and the")
    add("restoration has none, the acronym is appended (`data technology (IT)` →")
    add("`information technology (IT)`). URLs and `see ...` are dropped; `a / b`")
    add("and `a/b` become alternatives (`restore: benign cancer | benign tumor`)")
    add("unless the spun phrase has the slash too (`TCP/IP packet`); `x AND y` keeps")
    add("`x`, the wording of the first phrase. A `?` anywhere marks the row")
    add("uncertain. Rows left with no wording (`???`), a note (`meaning unclear`), a")
    add("placeholder (`[...]`) or stray punctuation are skipped. A few misspellings")
    add("of the curators are corrected (`rythm` → `rhythm`; the list is `TYPO_FIXES`")
    add("in the converter).")
    add("")
    add("**Letter case.** Spun phrases are lower case (matching ignores case).")
    add("Restorations keep acronyms and mixed-case words (`MACS`, `mAP`, `NoSQL`) and")
    add("names: a capitalised word stays capitalised when Hunspell knows it only")
    add("capitalised (`Bayesian`, `Markov`, `European`), when all parts of a")
    add("hyphenated word are capitalised (`Navier-Stokes`), or when the data")
    add("capitalises it inside lower-case wording and never writes it in lower case.")
    add("Everything else is lower case (acronym expansions are often title case in")
    add("the data: `Dynamic Time Warping (DTW)` → `dynamic time warping`). The JSON")
    add("export is lower case: its words are recased the same way, and from the")
    add("CSV's acronyms when Hunspell rejects the lower-case word (`svm` → `SVM`).")
    add("")
    add("**Merging the CSV and the JSON.** The CSV is authoritative: a JSON entry is")
    add("used only when its phrase occurs nowhere in a CSV query (not as the phrase,")
    add("not in an AND/NOT clause: the JSON export split those clauses into entries")
    add("of their own, e.g. `with macs`, `corvus corone module for a secured two way`,")
    add("`search engine`). JSON entries whose tortured phrase occurs, as words,")
    add("inside the correct text (`neural network` → `[neural network] layer")
    add("outputs`, `cloud platform` → `the cloud platform`) are dropped first; the")
    add("test is on words, so `net of things` → `internet of things` stays. JSON")
    add("rules have no paper count (`listed without a paper count`).")
    add("")
    add("**Duplicates.** Rows with the same spun phrase become one rule. The")
    add("most-cited row's restoration is the default; the others' distinct")
    add("restorations become `restore:` alternatives, which context scoring may")
    add("choose (`selection timber` → `decision tree | decision forest`). If any row")
    add("for the phrase is unconditional, the rule is unconditional (the AND rows")
    add("only narrow it); AND rows alone merge their conditions into one")
    add("`if-document:` line, since (a AND b) OR (a AND c) is a AND (b OR c).")
    add("")
    add("**Idempotence.** A restoration equal to the spun phrase, or containing it")
    add("as words, would fire again on its own output; it is dropped (and the row")
    add("skipped if nothing is left). A restoration inside the spun phrase")
    add("(`bunching clustering` → `clustering`) does not re-fire and is kept.")
    add("")
    add("**Confidence.** The screener's plain fingerprints are multi-word wording no")
    add("scientist writes, so they are `certain: yes` with the default confidence")
    add("(0.9): certain rules also fire on capitalised words (titles, headings) and")
    add("count towards the spin score. A single-word fingerprint that is not a")
    add("dictionary word (`indagation`, `message-just`, `pre-handling`: mostly")
    add("hyphenated compounds no writer produces) is treated the same way; a")
    add("single word Hunspell accepts (`thimbleful`) is ordinary English, so it gets")
    add("`confidence: 0.4` and is applied only where context scoring finds the")
    add("restoration clearly better. Rather than a blanket rule for single words,")
    add("this asks whether the word is English at all, which keeps %s obvious"
        % fmt(stats["certain single-word rules"]))
    add("single-word fingerprints certain (%s at 0.4; uncertain ones are not certain)."
        % ("1 rule is" if stats["ordinary single-word rules"] == 1 else
           "%s rules are" % fmt(stats["ordinary single-word rules"])))
    add("The AND rows are ordinary English on their own")
    add("(`bosom`, `surface region`), but with their `if-document:` condition they")
    add("are fingerprints: `certain: yes`. Rows the curators marked with `?` are not")
    add("certain and get `confidence: 0.6`.")
    add("")
    add("**Clean papers.** Almost every fingerprint is also ordinary English in")
    add("some other paper: \"thick woods\" in a habitat survey, \"short blast\" in")
    add("a mining report, \"malignant growth\" in a clinical note that also says")
    add("\"cancer\" (which defeats the AND condition). What sets a paraphrased")
    add("paper apart is density: paraphrasing tools swap words throughout, so")
    add("fingerprints come every few dozen words. Every certain rule therefore has")
    add("`needs-spin: %s`: a fingerprint counts as evidence of spinning, but is" % NEEDS_SPIN)
    add("restored only in a document with at least %s fingerprints per 1,000 words" % NEEDS_SPIN)
    add("(one per 200). The project's tortured paragraphs (`corpus/science/`) score")
    add("37 to 53; its clean texts, written to be full of such traps, 0 to 4.8. The")
    add("price is recall on a long paper with only a few isolated fingerprints.")
    add("(Rules that are not certain do not count as evidence; their confidence")
    add("below 0.5, or the document shift of context scoring, already keeps them")
    add("out of clean documents.)")
    add("")
    add("**Examples.** Each rule gets one example per spun phrase from a neutral")
    add("sentence in which the phrase stands as a noun phrase (`We report results")
    add("on counterfeit consciousness in this study.`); conditional rules add the")
    add("condition phrase in a second sentence (`... Keywords: breast.`).")
    add("Rules with an exception get a `keep:` sentence that contains it.")
    add("")
    add("**Ids** are `restoration.spun`, lower-case ASCII with dashes, with `-2`,")
    add("`-3`... only on a collision, also with an id of the other packs in")
    add("`rules/` (the news pack), so that both can be loaded together.")
    add("")
    add("## Conversion statistics")
    add("")
    add("| input | rows |")
    add("| --- | ---: |")
    add("| CSV rows (`%s`) | %s |" % (names[0], fmt(stats["csv rows"])))
    add("| JSON entries (`%s`) | %s |" % (names[1], fmt(stats["json rows"])))
    add("| CSV rows converted into rules | %s |" % fmt(stats["csv rows in rules"]))
    add("| JSON entries converted into rules | %s |" % fmt(stats["json rows in rules"]))
    add("| CSV rows skipped (reasons below) | %s |"
        % fmt(sum(v for (source, _), v in skipped.items() if source == "csv")))
    add("| JSON entries skipped (reasons below) | %s |"
        % fmt(sum(v for (source, _), v in skipped.items() if source == "json")))
    add("| converted rows merged into another row's rule (same spun phrase) | %s |"
        % fmt(stats["rows merged into another row's rule"]))
    add("| of which AND rows made redundant by an unconditional row | %s |"
        % fmt(stats["conditions dropped: the phrase also has an unconditional row"]))
    add("")
    add("| file | rules |")
    add("| --- | ---: |")
    total = 0
    for name, _, _ in FILES:
        add("| `%s` | %s |" % (name, fmt(counts[name])))
        total += counts[name]
    add("| total | %s |" % fmt(total))
    add("| rules with `restore:` alternatives | %s |" % fmt(stats["rules with alternatives"]))
    add("| rules with `if-document:` | %s |" % fmt(stats["rules with if-document"]))
    add("| rules with `unless-document:` | %s |" % fmt(stats["rules with unless-document"]))
    add("| rules with `unless-after:`/`unless-before:` | %s |" % fmt(stats["rules with context"]))
    add("| rules from JSON-only phrases | %s |" % fmt(stats["rules from json"]))
    add("| words in `%s` | %s |" % (words_path_rel, fmt(words_count)))
    add("")
    add("| rows skipped, by reason | CSV | JSON |")
    add("| --- | ---: | ---: |")
    reasons = sorted(set(reason for _, reason in skipped),
                     key=lambda r: (-(skipped[("csv", r)] + skipped[("json", r)]), r))
    for reason in reasons:
        add("| %s | %s | %s |" % (reason, fmt(skipped[("csv", reason)]),
                                  fmt(skipped[("json", reason)])))
    add("| total | %s | %s |" % (fmt(sum(v for (s, _), v in skipped.items() if s == "csv")),
                                  fmt(sum(v for (s, _), v in skipped.items() if s == "json"))))
    add("")
    write_if_changed(os.path.join(out_dir, "README.md"), "\n".join(lines))


# ---------------------------------------------------------------------------


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", default=os.path.join(DATA, "pps_tortured_phrases.csv"))
    parser.add_argument("--json", default=os.path.join(DATA, "torturedcheck_pps_phrases.json"))
    parser.add_argument("--out", default=os.path.join(REPO, "rules", "science"))
    parser.add_argument("--words", default=os.path.join(REPO, "dictionaries", "science-words.txt"),
                        help="spelling word list to write")
    parser.add_argument("--hunspell", default="hunspell", help="hunspell command")
    parser.add_argument("--lang", default="en_US", help="Hunspell dictionary")
    parser.add_argument("--reserve", metavar="DIR", action="append",
                        help="rule pack whose ids the science ids must not reuse (repeatable; "
                             "default: the other packs in rules/, i.e. rules/news)")
    parser.add_argument("--skipped", metavar="FILE",
                        help="also write the skipped rows, with reasons, as TSV (for review)")
    args = parser.parse_args(argv)

    speller = Speller(args.hunspell, args.lang)
    skipped = SkipLog()
    stats = collections.Counter()

    csv_rows = read_csv(args.csv, skipped)
    with open(args.csv, encoding="utf-8", newline="") as handle:
        stats["csv rows"] = sum(1 for _ in csv.DictReader(handle))
    csv_phrases = set()
    with open(args.csv, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            for phrase in re.findall(r'"([^"]*)"', normalize_text(record["tortured_phrase"])):
                csv_phrases.add(normalize_spun(phrase))
    json_rows = read_json(args.json, csv_phrases, skipped)
    with open(args.json, encoding="utf-8") as handle:
        data = json.load(handle)
    stats["json rows"] = len(data["phrases"] if isinstance(data, dict) else data)

    caser = Caser(speller, [normalize_text(r.expected) for r in csv_rows])
    rows = []
    for row in csv_rows + json_rows:
        try:
            restorations, uncertain = clean_expected(row.expected, row.spun_raw, row.source == "csv")
        except Skip as reason:
            skipped.add_row(row, str(reason))
            continue
        row.restorations = [caser.fix(r) for r in restorations]
        row.uncertain = uncertain
        rows.append(row)

    rules = build_rules(rows, speller, caser, skipped, stats)
    out = os.path.realpath(args.out)
    others = args.reserve if args.reserve is not None else [
        os.path.join(REPO, "rules", name) for name in sorted(os.listdir(os.path.join(REPO, "rules")))
        if os.path.isdir(os.path.join(REPO, "rules", name)) and name != "science"
        and os.path.realpath(os.path.join(REPO, "rules", name)) != out]
    assign_ids(rules, reserved_ids(others))
    for rule in rules:
        stats["rules with alternatives"] += len(rule.restorations) > 1
        stats["rules with if-document"] += bool(rule.conditions)
        stats["rules with unless-document"] += bool(rule.unless_document)
        stats["rules with context"] += bool(rule.context)
        stats["rules from json"] += all(r.source == "json" for r in rule.rows)
        for row in rule.rows:
            stats[row.source + " rows in rules"] += 1
        if all(" " not in p for p in rule.spun) and not rule.conditions:
            stats["certain single-word rules"] += rule.certain
            stats["ordinary single-word rules"] += rule.confidence == "0.4"

    inputs = provenance(args.csv, args.json)
    counts = write_pack(args.out, rules, inputs)
    rejected = word_list(rules, speller)
    write_words(args.words, rejected, args.lang, inputs)
    write_readme(args.out, stats, skipped, counts, len(rejected), inputs,
                 "dictionaries/science-words.txt",
                 (os.path.basename(args.csv), os.path.basename(args.json)))
    if args.skipped:
        with open(args.skipped, "w", encoding="utf-8", newline="\n") as handle:
            handle.write("source\tline\treason\tphrase\texpected\n")
            for entry in sorted(skipped.log, key=lambda e: (e[0], e[1])):
                handle.write("\t".join(str(f).replace("\t", " ") for f in entry) + "\n")
    print("convert-tortured: %d rules (%s), %d words; skipped %d CSV rows, %d JSON entries"
          % (len(rules), ", ".join("%s %d" % (n, counts[n]) for n, _, _ in FILES),
             len(rejected), sum(v for (s, _), v in skipped.items() if s == "csv"),
             sum(v for (s, _), v in skipped.items() if s == "json")), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
