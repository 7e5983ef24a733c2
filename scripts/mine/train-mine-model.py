#!/usr/bin/python3
"""Trains the confidence models of `unspin mine` (dictionaries/mine.model and
dictionaries/mine-type.model).

    scripts/mine/train-mine-model.py [--unspin build/unspin] [--sim build/sim]
        [--out dictionaries/mine.model] [--type-out dictionaries/mine-type.model]
        [--work DIR] [--sizes 80] [--reuse]

Training data: the simulator's training sets (build/sim/train/FAMILY.DICT.jsonl,
scripts/simulate/make-datasets.sh), none of whose documents are in a test set.
From each set, collections of --sizes documents (each its own slice of the
set) are mined twice, with every thesaurus among the candidates and with the
set's own thesaurus left out (as the test sets are measured: moby without
Moby, mythes without MyThes, wordnet without WordNet and MyThes), with
`unspin mine --features`. A scored (spun, candidate) pair is positive when the
simulator swapped that original for that spun wording somewhere in the
collection. A logistic regression (L2, on standardised features, written back
in raw units) is fitted to all rows and written in the format of
src/decide/linear_model.h: the pair model, which ranks a type's candidates.
A second one is fitted to each type's best pair by the first, with its
log-odds as one more feature: the type model, whether that pair is a
spinner's swap at all (most types of a collection are ordinary words).
The held-apart figures are bench/mine_farms.py's.

Deterministic: the same data and unspin give the same model. Standard library
and numpy (Debian python3-numpy).
"""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
score_mined = __import__("score-mined")

EXCLUDED = {"moby": "moby", "mythes": "mythes", "wordnet": "wordnet,mythes"}


def slices(path, sizes):
    """Consecutive slices of the set's records, one per size."""
    with open(path, encoding="utf-8") as f:
        records = [line for line in f if line.strip()]
    start = 0
    for size in sizes:
        if start + size > len(records):
            break
        yield records[start:start + size]
        start += size


def mine_features(unspin, records, exclude, work, name, reuse):
    """The features of every pair mined from `records`, and whether each is
    one of the simulator's swaps; None when `reuse` and not mined before."""
    collection = os.path.join(work, name + ".jsonl")
    features = os.path.join(work, name + ".tsv")
    if reuse:
        if not os.path.exists(features):
            return None
    else:
        with open(collection, "w", encoding="utf-8") as f:
            f.writelines(records)
        cmd = [unspin, "mine", "--jsonl", "--field", "spun", collection, "--features", features,
               "--model", os.path.join(work, "no-model"), "-o", os.devnull]
        if exclude:
            cmd += ["--exclude", exclude]
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        if done.returncode != 0:
            sys.exit(f"train: {' '.join(cmd)} failed:\n{done.stderr.decode(errors='replace')}")
    truth = set()
    for line in records:
        for swap in json.loads(line)["swaps"]:
            truth.add((score_mined.normalise(swap["spun"]), score_mined.normalise(swap["original"])))
    with open(features, encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t")
        header = next(reader)
        names = header[2:-1]
        rows, labels, types = [], [], []
        for row in reader:
            rows.append([float(v) for v in row[2:-1]])
            labels.append((score_mined.normalise(row[0]), score_mined.normalise(row[1])) in truth)
            types.append(row[0])
    return names, np.array(rows), np.array(labels, dtype=float), types


def fit(x, y, l2, iterations=3000):
    """Logistic regression by Newton's method on standardised features."""
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    w = np.zeros(z.shape[1])
    penalty = l2 * np.eye(z.shape[1])
    penalty[0, 0] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    weights = w[1:] / std
    bias = w[0] - (w[1:] * mean / std).sum()
    return bias, weights


def fit_and_report(x, y, l2, what):
    """fit(), and the training figures at confidence 0.5 on stderr."""
    bias, weights = fit(x, y, l2)
    above = 1 / (1 + np.exp(-(x @ weights + bias))) >= 0.5
    print(f"train: {len(y)} {what}, {int(y.sum())} right; at confidence >= 0.5: "
          f"{int(above.sum())}, precision {y[above].mean() if above.any() else 0:.3f}",
          file=sys.stderr)
    return bias, weights


def top_rows(types, log_odds):
    """The row of each type whose pair the pair model rates highest (the
    first of equals), in row order."""
    best = {}
    for i, (spun, value) in enumerate(zip(types, log_odds)):
        if spun not in best or value > log_odds[best[spun]]:
            best[spun] = i
    return sorted(best.values())


def write_model(path, model, comment, names, bias, weights):
    with open(path, "w", encoding="utf-8") as f:
        f.write(comment)
        f.write(f"model {model}\n")
        f.write(f"bias {bias:.6g}\n")
        for name, weight in zip(names, weights):
            f.write(f"weight {name} {weight:.6g}\n")
    print(f"train: wrote {path}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--unspin", default=os.path.join(ROOT, "build", "unspin"))
    ap.add_argument("--sim", default=os.path.join(ROOT, "build", "sim"))
    ap.add_argument("--out", default=os.path.join(ROOT, "dictionaries", "mine.model"))
    ap.add_argument("--type-out", default=os.path.join(ROOT, "dictionaries", "mine-type.model"))
    ap.add_argument("--work", default=os.path.join(ROOT, "build", "mine-train"))
    ap.add_argument("--sizes", default="60,150", help="documents per collection, per set")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--reuse", action="store_true",
                    help="fit on the features already in --work (mined by an earlier run, "
                    "perhaps stopped part way) without mining again")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    os.makedirs(args.work, exist_ok=True)
    sets = sorted(glob.glob(os.path.join(args.sim, "train", "*.*.jsonl")))
    sets = [s for s in sets if os.path.basename(s) != "documents.jsonl"]
    if not sets:
        sys.exit(f"train: no training sets in {args.sim}/train (scripts/simulate/make-datasets.sh)")
    xs, ys, types, names = [], [], [], None
    for path in sets:
        family, dictionary = os.path.basename(path).split(".")[:2]
        for k, records in enumerate(slices(path, sizes)):
            for exclude in ("", EXCLUDED.get(dictionary, "")):
                name = f"{family}.{dictionary}.{k}.{'without-' + dictionary if exclude else 'all'}"
                mined = mine_features(args.unspin, records, exclude, args.work, name, args.reuse)
                if mined is None:
                    continue
                names, x, y, spun = mined
                print(f"train: {name}: {len(records)} documents, {len(y)} pairs, "
                      f"{int(y.sum())} right", file=sys.stderr)
                xs.append(x)
                ys.append(y)
                types.append(spun)
    if not xs:
        sys.exit(f"train: no features in {args.work}")
    x, y = np.vstack(xs), np.concatenate(ys)
    bias, weights = fit_and_report(x, y, args.l2, "pairs")
    source = (f"# simulator's training sets ({len(xs)} collections of {args.sizes} documents, "
              "with and\n# without the farm's thesaurus): ")
    write_model(args.out, "mine",
                "# The confidence of a mined (spun, original) pair: `unspin mine`, src/mine/miner.h\n"
                "# names the features. Trained by scripts/mine/train-mine-model.py on the\n"
                + source + f"{len(y)} pairs, {int(y.sum())} right.\n", names, bias, weights)
    # Stage 2: of each type's best pair by the pair model, whether it is a
    # spinner's swap at all (most types of a collection are not spun).
    tx, ty = [], []
    for x_part, y_part, t_part in zip(xs, ys, types):
        log_odds = x_part @ weights + bias
        top = top_rows(t_part, log_odds)
        tx.append(np.hstack([x_part[top], log_odds[top][:, None]]))
        ty.append(y_part[top])
    tx, ty = np.vstack(tx), np.concatenate(ty)
    type_bias, type_weights = fit_and_report(tx, ty, args.l2, "types' best pairs")
    write_model(args.type_out, "mine-type",
                "# Whether the best pair of a word or phrase type (by mine.model) is a spinner's\n"
                "# swap: `unspin mine`, src/mine/miner.h names the features (mine.model's and\n"
                "# pair_log_odds, its log-odds). Trained by scripts/mine/train-mine-model.py on the\n"
                + source + f"{len(ty)} types, {int(ty.sum())} right.\n",
                names + ["pair_log_odds"], type_bias, type_weights)


if __name__ == "__main__":
    main()
