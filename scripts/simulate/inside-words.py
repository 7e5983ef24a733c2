#!/usr/bin/python3
"""Spin text the way the part-of-word family does, and measure unspin on it.

Some spinners replace dictionary words as plain strings, without looking at
word boundaries, so a synonym lands inside a longer word: "said" holds
"aid", "aid" becomes "help", and the page reads "shelp"
(/work/shared/reference/spinner-profiles.md, "What is out there").

  inside-words.py spin --dictionary mythes [--rate 0.3] [--seed 1] < docs.jsonl > spun.jsonl
  inside-words.py measure [--unspin build/unspin] [-- UNSPIN-ARGS...] < spun.jsonl

spin: reads JSONL documents ("original" or "text" field) and writes one
record per document: original, spun, and `inside`, the swaps made inside a
longer word ([byte offset in spun, spun word, original word]). Per article
the spinner picks each dictionary headword it meets (3 to 6 letters, one
word, common under the language model) with probability --rate and one
synonym for it (one choice per type per article, seeded by the document id), then replaces, in every word, the
longest chosen headword found in it (one swap per word; whole words too,
which are ordinary swaps and not counted in `inside`). Capitalised words
and words inside quotes are left alone.

measure: runs `unspin --jsonl --spell=off` over the spun side and scores
its inside-word restorations (rule "inside-word") against `inside`:
precision, recall, its inside-word edits on the original side (false edits
on clean text), and how many documents of each side it flags as spun. Deterministic. Standard library only.
"""
import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import thesaurus  # noqa: E402

WORD = re.compile(r"[A-Za-z]+")
SHORTEST, LONGEST = 3, 6
MIN_LOG_FREQUENCY = -5.0


def common_words(unspin, words):
    """The words whose log10 frequency (`unspin lm score`) is at least MIN_LOG_FREQUENCY."""
    words = sorted(words)
    out = subprocess.run([unspin, "lm", "score"], input="\n".join(words).encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode().splitlines()
    common = set()
    for line in out:
        score, _, word = line.partition("\t")
        if float(score) >= MIN_LOG_FREQUENCY:
            common.add(word)
    return common


def dictionary_of(spec, unspin):
    """headword -> single-word synonyms (lower case, letters only). A spinner's
    dictionary is of common words: headwords and synonyms both at least
    MIN_LOG_FREQUENCY under the language model."""
    source = thesaurus.load(spec)
    table = {}
    for head in source.headwords():
        if not (SHORTEST <= len(head) <= LONGEST and head.isalpha() and head.islower()):
            continue
        synonyms = sorted({w.lower() for group in source.groups(head) for w in group
                           if w.isalpha() and w.lower() != head and len(w) >= SHORTEST})
        if synonyms:
            table[head] = synonyms
    common = common_words(unspin, set(table) | {w for ws in table.values() for w in ws})
    return {head: [w for w in ws if w in common] for head, ws in table.items()
            if head in common and any(w in common for w in ws)}


def quoted_spans(text):
    return [(m.start(), m.end()) for m in re.finditer(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d', text)]


def spin(record_id, text, table, rate, seed):
    rng = random.Random(int(hashlib.sha256(f"{seed}:{record_id}".encode()).hexdigest()[:16], 16))
    chosen = {}  # headword -> synonym, or None when the spinner left it

    def choice(head):
        if head not in chosen:
            chosen[head] = rng.choice(table[head]) if rng.random() < rate else None
        return chosen[head]

    quotes = quoted_spans(text)
    out, inside, at, length = [], [], 0, 0  # length: characters written so far
    for m in WORD.finditer(text):
        word = m.group(0)
        if word[0].isupper() or any(a <= m.start() < b for a, b in quotes):
            continue
        best = None
        for begin in range(len(word)):
            for end in range(min(len(word), begin + LONGEST), begin + SHORTEST - 1, -1):
                part = word[begin:end]
                if part in table and choice(part) is not None:
                    if best is None or end - begin > best[1] - best[0]:
                        best = (begin, end, chosen[part])
                    break
        if best is None:
            continue
        begin, end, synonym = best
        spun_word = word[:begin] + synonym + word[end:]
        out.append(text[at:m.start()])
        length += m.start() - at
        if end - begin < len(word):
            inside.append([length, spun_word, word])
        out.append(spun_word)
        length += len(spun_word)
        at = m.end()
    out.append(text[at:])
    return "".join(out), inside


def byte_offsets(text):
    """Character index -> byte offset, for texts with non-ASCII characters."""
    offsets, b = [], 0
    for ch in text:
        offsets.append(b)
        b += len(ch.encode())
    offsets.append(b)
    return offsets


def cmd_spin(args):
    table = dictionary_of(args.dictionary, args.unspin)
    for line in sys.stdin:
        if not line.strip():
            continue
        doc = json.loads(line)
        text = doc.get("original", doc.get("text", ""))
        spun, inside = spin(doc.get("id", ""), text, table, args.rate, args.seed)
        json.dump({"id": doc.get("id", ""), "original": text, "spun": spun, "inside": inside},
                  sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")


def run_unspin(unspin, extra, texts):
    """Each text's edits and spin probability."""
    payload = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    out = subprocess.run([unspin, "--jsonl", "--spell=off"] + extra, input=payload.encode(),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout
    reports = [json.loads(line)["unspin"] for line in out.decode().splitlines()]
    return [r["edits"] for r in reports], [r["spin_probability"] for r in reports]


def cmd_measure(args):
    records = [json.loads(line) for line in sys.stdin if line.strip()]
    spun_edits, spun_probability = run_unspin(args.unspin, args.extra,
                                              [r["spun"] for r in records])
    clean_edits, clean_probability = run_unspin(args.unspin, args.extra,
                                                [r["original"] for r in records])
    truth = made = right = 0
    for record, edits in zip(records, spun_edits):
        # `inside` gives character offsets; the engine reports bytes.
        offsets = byte_offsets(record["spun"])
        expected = {offsets[at]: original for at, _, original in record["inside"]}
        truth += len(expected)
        for edit in edits:
            if edit["rule"] != "inside-word":
                continue
            made += 1
            want = expected.get(edit["start"]["byte"])
            right += want is not None and want.lower() == edit["replacement"].lower()
    clean = sum(1 for edits in clean_edits for e in edits if e["rule"] == "inside-word")
    words = sum(len(WORD.findall(r["original"])) for r in records)
    precision = right / made if made else 1.0
    recall = right / truth if truth else 0.0
    print(f"documents {len(records)}  words {words}  inside-word swaps {truth}")
    print(f"inside-word restorations {made}  right {right}  precision {precision:.3f}  "
          f"recall {recall:.3f}")
    print(f"inside-word edits on the original side: {clean} "
          f"({10000 * clean / max(words, 1):.2f} per 10k words)")
    flagged = sum(p >= 0.5 for p in spun_probability)
    false_flags = sum(p >= 0.5 for p in clean_probability)
    print(f"flagged spun (spin probability >= 0.5): spun side {flagged}/{len(records)}, "
          f"original side {false_flags}/{len(records)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("spin")
    s.add_argument("--dictionary", default="mythes", help="moby, mythes, wordnet or a pipe file")
    s.add_argument("--rate", type=float, default=0.1)
    s.add_argument("--unspin", default="build/unspin", help="for `lm score` (common words)")
    s.add_argument("--seed", type=int, default=1)
    m = sub.add_parser("measure")
    m.add_argument("--unspin", default="build/unspin")
    m.add_argument("extra", nargs="*", help="more unspin arguments (after --)")
    args = parser.parse_args()
    if args.command == "spin":
        cmd_spin(args)
    else:
        cmd_measure(args)


if __name__ == "__main__":
    main()
