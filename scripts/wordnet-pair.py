#!/usr/bin/python3
"""How WordNet 3.0 joins a spun word to the word it replaced.

  scripts/wordnet-pair.py SPUN=ORIGINAL ...    e.g. banal=stock caller=new too_much=overmuch

For each pair it prints the synsets both lemmas belong to, and the adjective
head/satellite (similar-to, `&`) links between a synset of one and a synset of
the other, from Debian wordnet-base's data files (`man 5 wndb`). A pair with
neither is not a WordNet pair: the rules of rules/news/wordnet-family.rules
name only pairs this script joins (or, where a note says so, the family's
observed output). Multi-word lemmas are written with underscores.
"""
import collections
import sys

DATA = "/usr/share/wordnet/data."


def load():
    """(synsets by (type, offset), synset keys by lemma)."""
    synsets, by_lemma = {}, collections.defaultdict(list)
    for pos in ("noun", "verb", "adj", "adv"):
        with open(DATA + pos, encoding="latin-1") as data:
            for line in data:
                if line.startswith("  "):  # the licence header
                    continue
                fields = line.partition(" | ")[0].split()
                count = int(fields[3], 16)
                # Adjective lemmas may carry a syntactic marker: "galore(ip)".
                lemmas = [fields[4 + 2 * i].lower().split("(")[0] for i in range(count)]
                at = 4 + 2 * count
                pointers = [(fields[at + 1 + 4 * i], fields[at + 2 + 4 * i])
                            for i in range(int(fields[at]))]
                key = (fields[2], fields[0])
                synsets[key] = (lemmas, pointers)
                for lemma in lemmas:
                    by_lemma[lemma].append(key)
    return synsets, by_lemma


def explain(spun, original, synsets, by_lemma):
    """Lines that say how WordNet joins the two lemmas; empty when it does not."""
    lines = []
    mine, theirs = set(by_lemma.get(spun, [])), set(by_lemma.get(original, []))
    for key in sorted(mine & theirs):
        lines.append(f"shared synset {key[0]} {key[1]}: {', '.join(synsets[key][0])}")
    offsets = {key[1]: key for key in theirs}
    for key in sorted(mine):
        for symbol, offset in synsets[key][1]:
            if symbol == "&" and offset in offsets:
                other = offsets[offset]
                lines.append(f"similar-to: {key[0]} {', '.join(synsets[key][0])} -> "
                             f"{other[0]} {', '.join(synsets[other][0])}")
    return lines


def main(pairs):
    if not pairs or any("=" not in pair for pair in pairs):
        sys.exit(__doc__.strip().splitlines()[2])
    synsets, by_lemma = load()
    missing = 0
    for pair in pairs:
        spun, original = (word.lower() for word in pair.split("=", 1))
        lines = explain(spun, original, synsets, by_lemma)
        print(f"{'joined' if lines else 'NOT JOINED'}: {spun} for {original}")
        for line in lines:
            print("    " + line)
        missing += not lines
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
