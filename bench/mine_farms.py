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
document is scored with ../shared/eval/score.py's own score() (the regions
summed over the documents; word error rates over all their words). One
unspin run restores all held-out documents, separated by a line that no
rule touches.
"""
import argparse
import importlib.util
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


SEPARATOR = "\n\n@@@@\n\n"


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def score_restoration(score, spun, expected, output):
    """score.py's figures over documents joined by SEPARATOR."""
    parts = [f.split(SEPARATOR) for f in (spun, expected, output)]
    if len({len(p) for p in parts}) != 1:
        sys.exit("mine-farms: the output lost a document separator")
    total = {"words": 0, "needed": 0, "fixed": 0, "partial": 0, "wrong": 0, "missed": 0}
    errors_in = errors_out = 0.0
    for s, e, o in zip(*parts):
        r = score(s, e, o)
        for key in total:
            total[key] += r[key]
        errors_in += r["wer_in"] * max(1, r["words"])
        errors_out += r["wer_out"] * max(1, r["words"])
    changed = total["fixed"] + total["partial"] + total["wrong"]
    total["precision"] = (total["fixed"] + total["partial"]) / changed if changed else 1.0
    total["recall"] = total["fixed"] / total["needed"] if total["needed"] else 1.0
    total["wer_in"] = errors_in / max(1, total["words"])
    total["wer_out"] = errors_out / max(1, total["words"])
    return total


def restore(unspin, extra, spun):
    return run([unspin] + extra + ["-"], input=spun.encode("utf-8")).stdout.decode("utf-8")


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
    score = load_score(args.score)
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
        spun = SEPARATOR.join(r["spun"] for r in held_records)
        expected = SEPARATOR.join(r["original"] for r in held_records)
        dictionary = name.split(".")[1]
        print(f"{name}: mined {len(mined_part)} documents, restored {len(held)} held out")
        base = score_restoration(score, spun, expected, restore(args.unspin, [], spun))
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
            s = score_restoration(score, spun, expected,
                                  restore(args.unspin, ["--add-rules", rules], spun))
            print(f"  pack + mined ({label}): precision {s['precision']:.3f} recall "
                  f"{s['recall']:.3f} wer {s['wer_in']:.3f} -> {s['wer_out']:.3f}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
