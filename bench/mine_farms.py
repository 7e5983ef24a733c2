#!/usr/bin/python3
"""Teach unspin a farm: mine each simulated spinner farm, score the mined
rules against the simulator's truth, and restore held-out pages of the same
farm with the pack plus the mined rules.

    bench/mine_farms.py [--unspin build/unspin] [--sim build/sim]
        [--held-out 40] [--work build/mine-farms] [--sets wordai.moby,...]

For each test set of the simulator (build/sim/test/FAMILY.DICT.jsonl, made by
scripts/simulate/make-datasets.sh; its documents are in no training set),
the last --held-out documents are kept apart and the others are mined
(`unspin mine --jsonl --field spun`) twice: with every thesaurus among the
candidates, and with the farm's own thesaurus left out (moby: Moby; mythes:
MyThes; wordnet: WordNet and MyThes, which is made from it) - the honest
figure for a farm whose thesaurus unspin does not have. Each mined file is
scored with scripts/mine/score-mined.py against the swaps the simulator made
in the mined documents (recall of the substitutions seen >= 3 times,
precision of all rules). Then the held-out documents are restored with the
pack alone and with the pack plus the mined rules (--add-rules), and each
output is scored with ../shared/eval/score.py (SPUN EXPECTED OUTPUT, the
documents joined by blank lines).
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts", "mine"))
score_mined = __import__("score-mined")

EXCLUDED = {"moby": "moby", "mythes": "mythes", "wordnet": "wordnet,mythes"}
SETS = ["wordai.moby", "wordai.mythes", "wordpress.moby", "wordnet.wordnet", "spinbot.moby"]


def run(cmd, **kwargs):
    done = subprocess.run(cmd, capture_output=True, check=False, **kwargs)
    if done.returncode != 0:
        sys.exit(f"mine-farms: {' '.join(cmd)} exited {done.returncode}:\n"
                 f"{done.stderr.decode(errors='replace')}")
    return done


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def score_restoration(score_py, spun, expected, output):
    done = run([sys.executable, score_py, spun, expected, output, "--json"])
    return json.loads(done.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--unspin", default=os.path.join(ROOT, "build", "unspin"))
    ap.add_argument("--sim", default=os.path.join(ROOT, "build", "sim"))
    ap.add_argument("--work", default=os.path.join(ROOT, "build", "mine-farms"))
    ap.add_argument("--held-out", type=int, default=40)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--score", default=os.path.join(ROOT, "..", "shared", "eval", "score.py"))
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if not os.path.exists(args.score):
        sys.exit(f"mine-farms: {args.score} missing")
    for name in args.sets.split(","):
        path = os.path.join(args.sim, "test", name + ".jsonl")
        if not os.path.exists(path):
            sys.exit(f"mine-farms: {path} missing (scripts/simulate/make-datasets.sh)")
        with open(path, encoding="utf-8") as f:
            records = [line for line in f if line.strip()]
        mined_part, held = records[:-args.held_out], records[-args.held_out:]
        collection = write(os.path.join(args.work, name + ".mined.jsonl"), "".join(mined_part))
        truth = score_mined.read_truth(collection)
        held_records = [json.loads(line) for line in held]
        spun = write(os.path.join(args.work, name + ".held.spun.txt"),
                     "\n\n".join(r["spun"].strip() for r in held_records) + "\n")
        expected = write(os.path.join(args.work, name + ".held.original.txt"),
                         "\n\n".join(r["original"].strip() for r in held_records) + "\n")
        dictionary = name.split(".")[1]
        print(f"{name}: mined {len(mined_part)} documents, restored {len(held)} held out")
        base_out = os.path.join(args.work, name + ".held.pack.txt")
        with open(base_out, "wb") as out:
            out.write(run([args.unspin, spun]).stdout)
        base = score_restoration(args.score, spun, expected, base_out)
        print(f"  pack alone:            precision {base['precision']:.3f} recall "
              f"{base['recall']:.3f} wer {base['wer_in']:.3f} -> {base['wer_out']:.3f}")
        for exclude in ("", EXCLUDED[dictionary]):
            label = f"without {exclude}" if exclude else "every thesaurus"
            rules = os.path.join(args.work, f"{name}.{'without-' + dictionary if exclude else 'all'}.rules")
            cmd = [args.unspin, "mine", "--jsonl", "--field", "spun", collection, "-o", rules]
            if exclude:
                cmd += ["--exclude", exclude]
            run(cmd)
            mined = score_mined.read_rules(rules)
            recall, found, wanted, precision, right, got = score_mined.score(truth, mined, 3)
            print(f"  mined, {label + ':':17} recall {recall:.2f} ({found} of {wanted} seen >= 3 "
                  f"times), precision {precision:.2f} ({right} of {got} rules)")
            out_path = rules[:-len(".rules")] + ".held.txt"
            with open(out_path, "wb") as out:
                out.write(run([args.unspin, "--add-rules", rules, spun]).stdout)
            s = score_restoration(args.score, spun, expected, out_path)
            print(f"  pack + mined ({label}): precision {s['precision']:.3f} recall "
                  f"{s['recall']:.3f} wer {s['wer_in']:.3f} -> {s['wer_out']:.3f}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
