#!/usr/bin/python3
"""Marks the rules of a pack that may also apply outside their context.

    scripts/rules/mark-outside-context.py [--unspin build/unspin]
        [--confidence 0.15] [--max-log10 -4.9] [--dry-run] FILE...

Many rules of the news pack fire only in a context (`before:`/`after:`):
"most cancers" -> "cancer" after "breast", "lung", "diagnosed with", ...
Outside that context the spun phrase may still be the spinner's ("died of
heart illness or most cancers through the study"). A rule given
`outside-context: C` also applies there as an ambiguous rule of confidence C
(below 0.5): only in a document the detector finds spun, and only where the
language models prefer the restoration clearly (rules/README.md).

That is sound for wording that is rare in clean text, not for everyday
words ("group", "report", "below"), whose context gates are what keeps them
right. A rule is marked when every one of its `spun:` phrases is of several
words, or a single word rarer than --max-log10 (log10 probability under the
installed language model, `unspin lm score`; -4.9 is about once in 80,000
words: "nonetheless", "males", "requested" are rarer, "mentioned", "simply",
"round" are not). Rules already marked, or without a
before:/after: line are left as they are (a certain rule's reading
outside its context is ambiguous like any other). Idempotent: running it again
changes nothing. Prints the rules it marks.
"""
import argparse
import re
import subprocess
import sys

FIELD = re.compile(r"^  ([a-z-]+):\s*(.*)$")


def blocks(lines):
    """(start, end) line ranges of the rule blocks: a 'rule ID' line and the
    indented lines after it."""
    start = None
    for i, line in enumerate(lines + [""]):
        if start is not None and not line.startswith(" "):
            yield start, i
            start = None
        if line.startswith("rule "):
            start = i


def fields(lines):
    """[(key, [values])] of a block's lines (continuation lines joined)."""
    out = []
    for line in lines[1:]:
        m = FIELD.match(line)
        if m:
            out.append((m.group(1), [m.group(2)]))
        elif out and line.strip():
            out[-1][1].append(line.strip())
    return out


def common_words(unspin, words, max_log10):
    """The single words at or above max_log10."""
    if not words:
        return set()
    done = subprocess.run([unspin, "lm", "score"], input="\n".join(sorted(words)) + "\n",
                          capture_output=True, text=True, check=True)
    common = set()
    for line in done.stdout.splitlines():
        score, word = line.split("\t")[:2]
        if float(score) >= max_log10:
            common.add(word)
    return common


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--unspin", default="build/unspin")
    ap.add_argument("--confidence", default="0.15")
    ap.add_argument("--max-log10", type=float, default=-4.9)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    texts = {path: open(path, encoding="utf-8").read().split("\n") for path in args.files}
    singles = set()
    for lines in texts.values():
        for start, end in blocks(lines):
            for key, values in fields(lines[start:end]):
                if key == "spun":
                    for phrase in " ".join(values).split("|"):
                        if len(phrase.split()) == 1:
                            singles.add(phrase.strip().lower())
    common = common_words(args.unspin, singles, args.max_log10)
    marked = 0
    for path, lines in texts.items():
        inserts = []
        for start, end in blocks(lines):
            block = fields(lines[start:end])
            keys = {key for key, _ in block}
            if "outside-context" in keys or not keys & {"before", "after"}:
                continue
            phrases = [p.strip().lower() for key, v in block if key == "spun"
                       for p in " ".join(v).split("|")]
            if not phrases or any(len(p.split()) == 1 and p in common for p in phrases):
                continue
            # After the last line of the fields that say what the rule does,
            # before its examples.
            at = end
            for i in range(start + 1, end):
                if re.match(r"^  (example|keep):", lines[i]):
                    at = i
                    break
            inserts.append(at)
            print(f"{path}: {lines[start].split()[1]}")
        for at in reversed(inserts):
            lines.insert(at, f"  outside-context: {args.confidence}")
        marked += len(inserts)
        if inserts and not args.dry_run:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
    print(f"{marked} rules marked", file=sys.stderr)


if __name__ == "__main__":
    main()
