#!/usr/bin/python3
"""Spin documents the way a real spinner family does, with the truth of every swap.

  spin.py [options] INPUT... > spun.jsonl

INPUT: text files, directories (their *.txt files; *.spun.txt and
*.unspin.txt skipped) or JSONL files with a text field. Writes one JSON line
per document:

  {"id", "family", "dictionary", "seed", "original", "spun",
   "swaps": [{"original", "spun", "original_span": [start, end],
              "spun_span": [start, end], "kind": fact|thesaurus|tortured}]}

Spans are UTF-8 byte offsets into `original` and `spun`; replacing every
original span by its spun wording turns `original` into `spun` exactly.
The same input, options and seed give the same bytes on every machine.
Families, dictionaries and what each does: scripts/simulate/README.md.
Standard library only; run with /usr/bin/python3.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import documents  # noqa: E402
import spinner  # noqa: E402
import thesaurus  # noqa: E402
import tortured  # noqa: E402
from families import FAMILIES  # noqa: E402
from inflect import Inflector  # noqa: E402
from wordnet import WordNet, WordNetError  # noqa: E402


def parse_args(argv):
    ap = argparse.ArgumentParser(
        prog="spin.py", description=__doc__.split("\n")[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="families:\n" + "\n".join(f"  {f.name:10} {f.description}"
                                         for f in FAMILIES.values()))
    ap.add_argument("inputs", nargs="+", metavar="INPUT")
    ap.add_argument("--family", choices=sorted(FAMILIES), default="wordai")
    ap.add_argument("--dictionary", default="moby", metavar="moby|wordnet|mythes|PIPEFILE",
                    help="thesaurus the replacements come from (PIPEFILE: "
                         "'original|syn|syn' lines)")
    ap.add_argument("--rate", type=float,
                    help="swaps per 100 words (default: the family's)")
    ap.add_argument("--quotes", choices=["spin", "keep"], help="default: the family's")
    ap.add_argument("--names", choices=["spin", "keep"], help="default: the family's")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--text-field", default="text", help="text field of JSONL inputs")
    ap.add_argument("-o", "--output", default="-", help="JSONL output ('-': stdout)")
    ap.add_argument("--pairs-dir", metavar="DIR",
                    help="also write DIR/NAME.original.txt and DIR/NAME.spun.txt")
    ap.add_argument("--truth", metavar="FILE",
                    help="write the substitution types: spun, original, occurrences, documents")
    ap.add_argument("--tortured-rules", default=tortured.DEFAULT_RULES,
                    help="tortured-phrase pack (family tortured)")
    args = ap.parse_args(argv)
    if args.rate is not None and not 0 <= args.rate <= 100:
        ap.error(f"--rate {args.rate}: expected swaps per 100 words, 0 to 100")
    return args


def byte_spans(text, spans):
    """Character spans (sorted, non-overlapping) as UTF-8 byte spans."""
    out, char, byte = [], 0, 0
    for start, end in spans:
        byte += len(text[char:start].encode("utf-8"))
        b_start = byte
        byte += len(text[start:end].encode("utf-8"))
        out.append((b_start, byte))
        char = end
    return out


def apply(text, swaps):
    parts, last = [], 0
    for s in swaps:
        parts.append(text[last:s.start])
        parts.append(s.spun)
        last = s.end
    parts.append(text[last:])
    return "".join(parts)


def record(doc_id, text, extra, swaps, args, dictionary, rate):
    spun = apply(text, swaps)
    o_spans = byte_spans(text, [(s.start, s.end) for s in swaps])
    # Where each swap lands in the spun text: shifted by the earlier swaps.
    spun_char, shift = [], 0
    for s in swaps:
        spun_char.append((s.start + shift, s.start + shift + len(s.spun)))
        shift += len(s.spun) - (s.end - s.start)
    s_spans = byte_spans(spun, spun_char)
    rec = {"id": doc_id}
    rec.update(extra)
    rec.update({"family": args.family, "dictionary": dictionary, "seed": args.seed,
                "rate": rate,
                "original": text, "spun": spun,
                "swaps": [{"original": s.original, "spun": s.spun,
                           "original_span": list(o), "spun_span": list(p), "kind": s.kind}
                          for s, o, p in zip(swaps, o_spans, s_spans)]})
    return rec


def pair_name(doc_id):
    return re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._") or "doc"


def write_truth(path, truth):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# spun\toriginal\toccurrences\tdocuments\n")
        for (spun, original), (n, docs) in sorted(truth.items(),
                                                  key=lambda kv: (-kv[1][0], kv[0])):
            f.write(f"{spun}\t{original}\t{n}\t{len(docs)}\n")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        wn = WordNet()
        th = thesaurus.load(args.dictionary, wn)
        table = tortured.load(args.tortured_rules) if args.family == "tortured" else None
        family = FAMILIES[args.family].with_overrides(args.rate, args.quotes, args.names)
        spin = spinner.Spinner(family, th, Inflector(wn), spinner.load_facts(), table)
    except (WordNetError, thesaurus.ThesaurusError, tortured.TorturedError,
            spinner.FactsError, OSError, ValueError) as e:
        sys.exit(f"spin.py: error: {e}")
    dictionary = th.name

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8",
                                                     newline="\n")
    if args.pairs_dir:
        os.makedirs(args.pairs_dir, exist_ok=True)
    truth = collections.defaultdict(lambda: [0, set()])
    seen_ids, names = set(), {}
    n_docs = n_swaps = 0
    try:
        for doc_id, text, extra in documents.read(args.inputs, args.text_field):
            if doc_id in seen_ids:
                raise documents.DocumentError(f"document id '{doc_id}' occurs twice")
            seen_ids.add(doc_id)
            doc_seed = (args.seed, args.family, dictionary, doc_id)
            swaps = spin.spin(text, doc_seed)
            rec = record(doc_id, text, extra, swaps, args, dictionary, family.rate)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n_docs += 1
            n_swaps += len(swaps)
            for s in swaps:
                t = truth[(s.spun.lower(), s.original.lower())]
                t[0] += 1
                t[1].add(doc_id)
            if args.pairs_dir:
                name = pair_name(doc_id)
                if name in names:
                    raise documents.DocumentError(
                        f"documents '{names[name]}' and '{doc_id}' both make pair name '{name}'")
                names[name] = doc_id
                for suffix, body in ((".original.txt", text), (".spun.txt", rec["spun"])):
                    with open(os.path.join(args.pairs_dir, name + suffix), "wb") as f:
                        f.write(body.encode("utf-8"))
    except documents.DocumentError as e:
        sys.exit(f"spin.py: error: {e}")
    finally:
        if out is not sys.stdout:
            out.close()
    if args.truth:
        write_truth(args.truth, truth)
    print(f"spin.py: {n_docs} documents, {n_swaps} swaps ({args.family}, {dictionary}, "
          f"seed {args.seed})", file=sys.stderr)


if __name__ == "__main__":
    main()
