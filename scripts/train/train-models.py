#!/usr/bin/python3
"""Train unspin's learned models from simulated spun/original pairs.

  scripts/train/train-models.py [--unspin build/unspin] [--sim build/sim] [--out dictionaries]

Trains, in order (each from `unspin --jsonl --explain` output, so the features
are exactly the engine's):

  1. the spun-document detector (dictionaries/detector.model): one row per
     document, spun (simulator output of every family) or clean (the same
     documents before spinning);
  2. the per-candidate decision (dictionaries/decision.model): one row per
     candidate restoration, with the trained detector's probability as a
     feature; a row is positive when the simulator's truth says the spinner
     replaced exactly those words by the spun wording and the restoration is
     (part of) what it replaced.

Training data: build/sim/train (scripts/simulate/make-datasets.sh): documents
of the open corpora marked for training, spun by every family with every
thesaurus. Nothing held out (build/sim/test), no corpus/ text and not the seed
article is used, so those stay honest measurements. The held-apart figures
printed at the end are on build/sim/test.

Deterministic: the same data and unspin give the same model files. Standard
library and numpy (Debian python3-numpy).
"""
import argparse
import json
import math
import os
import subprocess
import sys
import time

import pickle

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def run_unspin(unspin, records, field, extra):
    """unspin --jsonl --explain over `records` (dicts); returns the reports,
    one per record (None for a record unspin refused)."""
    cmd = [unspin, "--jsonl", "--explain", "--spell=off", "--field", field, "--threads", "2",
           "--propose=always"] + extra
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    out = subprocess.run(cmd, input=payload, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"train: {' '.join(cmd)} failed:\n{out.stderr.decode(errors='replace')}")
    outputs = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines() if line.strip()]
    if len(records) != len(outputs):
        sys.exit(f"train: {len(records)} records in, {len(outputs)} out")
    reports = []
    for result in outputs:
        report = result.get("unspin", {})
        reports.append(None if "error" in report else report)
    return reports


def excerpts(record, index):
    """The record cut to an excerpt of about 150, 300 or 600 words or left
    whole (by index, so deterministic), at paragraph boundaries present in
    both sides, with the swaps' spans as byte offsets in the spun excerpt.
    Short excerpts teach the detector the 150-word case the targets name."""
    spun, original = record["spun"], record["original"]
    spun_paragraphs = spun.split("\n\n")
    original_paragraphs = original.split("\n\n")
    target = (150, 300, 600, 0)[index % 4]
    first, last = 0, len(spun_paragraphs)
    if target and len(spun_paragraphs) == len(original_paragraphs):
        words = 0
        for last in range(len(spun_paragraphs)):
            words += len(spun_paragraphs[last].split())
            if words >= target:
                break
        last += 1
    elif len(spun_paragraphs) != len(original_paragraphs):
        first, last = 0, len(spun_paragraphs)
        target = 0
    if target:
        spun_text = "\n\n".join(spun_paragraphs[first:last])
        original_text = "\n\n".join(original_paragraphs[first:last])
    else:
        spun_text, original_text = spun, original
    limit = len(spun_text)
    swaps = []
    for swap in record.get("swaps", []):
        s, e = swap["spun_span"]
        if e > limit:
            continue
        swaps.append({"start": len(spun[:s].encode()), "end": len(spun[:e].encode()),
                      "original": swap["original"]})
    return {"id": record.get("id", str(index)), "spun": spun_text, "original": original_text,
            "swaps": swaps, "dictionary": record.get("dictionary", "")}


def load_set(path, first, count):
    """Records [first, first + count) of a simulator set, cut to excerpts."""
    out = []
    with open(path, encoding="utf-8") as src:
        for index, line in enumerate(src):
            if index < first or not line.strip():
                continue
            if len(out) == count:
                break
            out.append(excerpts(json.loads(line), index))
    return out


def fit_logistic(x, y, l2=1.0, sample_weight=None, iterations=50):
    """L2-regularised logistic regression by Newton's method on standardised
    features; returns (bias, weights) on the original scale."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w_sample = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0  # the bias is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -30, 30)))
        gradient = z.T @ (w_sample * (p - y)) + penalty * beta
        hessian = (z * (w_sample * p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    weights = beta[1:] / scale
    bias = beta[0] - np.sum(beta[1:] * mean / scale)
    return float(bias), weights


def roc_auc(scores, labels):
    order = np.argsort(scores, kind="mergesort")
    labels = np.asarray(labels)[order]
    ranks = np.arange(1, len(labels) + 1)
    positives = labels.sum()
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return float("nan")
    return float((ranks[labels == 1].sum() - positives * (positives + 1) / 2) /
                 (positives * negatives))


def write_model(path, name, bias, names, weights, header):
    lines = [f"# {line}" if line else "#" for line in header]
    lines.append(f"model {name}")
    lines.append(f"bias {bias:.6f}")
    for feature, weight in zip(names, weights):
        lines.append(f"weight {feature} {weight:.6f}")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def sets_of(sim, part):
    """The spun sets of build/sim/PART, sorted: (name, path)."""
    folder = os.path.join(sim, part)
    names = sorted(f for f in os.listdir(folder)
                   if f.endswith(".jsonl") and f.count(".") == 2)
    return [(n[:-len(".jsonl")], os.path.join(folder, n)) for n in names]


def lexicon_exclusion(record_index, dictionary, always):
    """Half the training documents propose without the thesaurus that spun
    them, as with a real spinner whose dictionary unspin does not have."""
    if dictionary and (always or record_index % 2 == 0):
        return ["--lexicon-exclude", dictionary]
    return []


def reports_for(unspin, records, field, extra, always_exclude):
    """Runs unspin over records grouped by their lexicon exclusion."""
    groups = {}
    for index, record in enumerate(records):
        key = tuple(lexicon_exclusion(index, record["dictionary"], always_exclude))
        groups.setdefault(key, []).append(index)
    reports = [None] * len(records)
    for key, indexes in groups.items():
        got = run_unspin(unspin, [records[i] for i in indexes], field, list(key) + extra)
        for i, report in zip(indexes, got):
            reports[i] = report
    return reports


def candidate_label(start, end, restoration, swaps):
    """1 when the restoration puts back what the spinner replaced at exactly
    these bytes, or (inside one swap's bytes) a word-aligned part of it."""
    restoration = restoration.lower()
    for swap in swaps:
        s, e, original = swap["start"], swap["end"], swap["original"].lower()
        if (s, e) == (start, end):
            return int(original == restoration)
        if s <= start and end <= e and f" {restoration} " in f" {original} ":
            return 1
    return 0


class Rows:
    """Detector rows (one per document) and decision rows (one per candidate
    restoration) from one pass of unspin over spun and clean sides."""

    def __init__(self):
        self.detector_x, self.detector_y, self.detector_set = [], [], []
        self.detector_names = None
        self.decision_x, self.decision_y, self.decision_set = [], [], []
        self.decision_document = []  # the detector row of each decision row
        self.decision_names = None

    def add(self, unspin, name, records, extra, always_exclude=False):
        for field, label in (("spun", 1), ("original", 0)):
            reports = reports_for(unspin, records, field, extra, always_exclude)
            for record, report in zip(records, reports):
                if report is None:
                    continue
                explain = report["explain"]
                features = explain["detector"]["features"]
                if self.detector_names is None:
                    self.detector_names = list(features)
                self.detector_x.append([features[n] for n in self.detector_names])
                self.detector_y.append(label)
                self.detector_set.append(name)
                if self.decision_names is None:
                    self.decision_names = explain["feature_names"]
                swaps = record["swaps"] if label else []
                for decision in explain["decisions"]:
                    if decision["certain"] or not decision.get("features"):
                        continue
                    start, end = decision["span"]
                    for text, row in zip(decision["restorations"], decision["features"]):
                        self.decision_x.append(row)
                        self.decision_y.append(candidate_label(start, end, text, swaps))
                        self.decision_set.append(name)
                        self.decision_document.append(len(self.detector_y) - 1)

    def refill_document_spin(self, bias, weights):
        """The decision's document features as the engine computes them with
        the new detector: document_spin is its log-odds (clamped as in
        candidate_decision.cc), gain_when_spun the clamped gain times its
        probability (the rows hold it times the switched-off rule's)."""
        if not self.decision_x:
            return
        spin = self.decision_names.index("document_spin")
        gain_when_spun = self.decision_names.index("gain_when_spun")
        document_p = logistic(np.array(self.detector_x) @ weights + bias)
        for row, document in zip(self.decision_x, self.decision_document):
            old_p = float(logistic(row[spin]))
            new_p = float(np.clip(document_p[document], 0.0025, 0.9975))
            row[gain_when_spun] = row[gain_when_spun] / old_p * new_p
            row[spin] = math.log(new_p / (1 - new_p))


def logistic(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def detection_figures(scores, labels, sets):
    """Per set: spun flagged and clean flagged at probability 0.5."""
    scores, labels, sets = np.asarray(scores), np.asarray(labels), np.asarray(sets)
    lines = []
    for name in sorted(set(sets)):
        mask = sets == name
        spun = scores[mask & (labels == 1)] >= 0
        clean = scores[mask & (labels == 0)] >= 0
        lines.append(f"  {name}: spun flagged {spun.mean():.3f} of {len(spun)}, "
                     f"clean flagged {clean.mean():.3f} of {len(clean)}, "
                     f"ROC area {roc_auc(scores[mask], labels[mask]):.3f}")
    return lines


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--unspin", default=os.path.join(ROOT, "build", "unspin"))
    ap.add_argument("--sim", default=os.path.join(ROOT, "build", "sim"))
    ap.add_argument("--out", default=os.path.join(ROOT, "dictionaries"))
    ap.add_argument("--docs", type=int, default=40, help="training documents per set")
    ap.add_argument("--test-docs", type=int, default=40, help="held-apart documents per set")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--cache", help="keep the rows unspin gave in this file and reuse them "
                    "(for refitting without rerunning unspin)")
    ap.add_argument("--clean-flagged", type=float, default=0.005,
                    help="share of validation clean documents the detector may flag")
    ap.add_argument("--precision", type=float, default=0.95,
                    help="validation precision the decision's bias is set for")
    args = ap.parse_args(argv)
    started = time.time()
    if not os.path.isdir(os.path.join(args.sim, "train")):
        sys.exit(f"train: {args.sim}/train missing: run scripts/simulate/make-datasets.sh")
    train_sets = sets_of(args.sim, "train")
    test_sets = sets_of(args.sim, "test")
    validation_docs = max(8, args.docs // 4)

    # Both models are fitted with the built-in (untrained) models switched
    # off, so the features do not depend on an earlier training run; the
    # decision's document_spin feature is then refilled from the new detector.
    off = ["--detector-model", "none", "--decision-model", "none"]
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            train, validation, test = pickle.load(f)
    else:
        train, validation, test = Rows(), Rows(), Rows()
        for name, path in train_sets:
            print(f"train: {name}", file=sys.stderr)
            train.add(args.unspin, name, load_set(path, 0, args.docs), off)
            validation.add(args.unspin, name, load_set(path, args.docs, validation_docs), off)
        for name, path in test_sets:
            print(f"test: {name}", file=sys.stderr)
            test.add(args.unspin, name, load_set(path, 0, args.test_docs), off,
                     always_exclude=True)
        if args.cache:
            with open(args.cache, "wb") as f:
                pickle.dump((train, validation, test), f)

    # 1. The detector.
    x, y = np.array(train.detector_x), np.array(train.detector_y)
    bias, weights = fit_logistic(x, y, l2=args.l2)
    # Calibrated for the cost of a false alarm: the bias is lowered until at
    # most --clean-flagged of the validation documents' clean sides reach
    # probability 0.5 (a clean page dropped from a crawl, or restored, costs
    # more than a spun one kept).
    vx, vy = np.array(validation.detector_x), np.array(validation.detector_y)
    clean_scores = np.sort(vx[vy == 0] @ weights + bias)[::-1]
    allowed = int(math.floor(args.clean_flagged * len(clean_scores)))
    if len(clean_scores) > allowed and clean_scores[allowed] >= 0:
        bias -= clean_scores[allowed] + 1e-6
    names = train.detector_names
    held = np.array(test.detector_x) @ weights + bias
    held_y = np.array(test.detector_y)
    header = [
        "unspin's spun-document detector: logistic regression over DetectorFeature",
        "(src/decide/spin_detector.h). Written by scripts/train/train-models.py; do not edit.",
        f"Trained on {len(y)} documents of build/sim/train ({int(y.sum())} spun by every",
        "simulated family and thesaurus, the others the same excerpts unspun); excerpts of",
        "about 150, 300 and 600 words and whole documents.",
        f"Held apart (build/sim/test, {len(held_y)} documents, the set's thesaurus excluded",
        f"from the proposals): ROC area {roc_auc(held, held_y):.3f}; at probability 0.5:",
    ] + detection_figures(held, held_y, test.detector_set)
    write_model(os.path.join(args.out, "detector.model"), "detector", bias, names, weights, header)
    print("\n".join(header[2:]), file=sys.stderr)

    # 2. The decision, its document features from the new detector.
    for rows in (train, validation, test):
        rows.refill_document_spin(bias, weights)
    fx, fy = np.array(train.decision_x), np.array(train.decision_y)
    bias, weights = fit_logistic(fx, fy, l2=args.l2)
    vx, vy = np.array(validation.decision_x), np.array(validation.decision_y)
    scores = vx @ weights + bias
    shift = 0.0
    for candidate_shift in np.arange(0.0, 8.01, 0.25):
        applied = scores - candidate_shift >= 0
        if applied.sum() == 0:
            break
        if vy[applied].mean() >= args.precision:
            shift = candidate_shift
            break
    hx, hy = np.array(test.decision_x), np.array(test.decision_y)
    applied = hx @ weights + bias - shift >= 0
    precision = float(hy[applied].mean()) if applied.any() else float("nan")
    recall = float(applied[hy == 1].mean()) if (hy == 1).any() else float("nan")
    header = [
        "unspin's per-candidate decision: logistic regression over CandidateFeature",
        "(src/decide/candidate_features.h). Written by scripts/train/train-models.py; do not edit.",
        f"Trained on {len(fy)} candidate restorations of build/sim/train ({int(fy.sum())} right).",
        f"Bias lowered by {shift:.2f} so that validation candidates (further build/sim/train",
        f"documents) reach precision {args.precision}.",
        f"Held apart (build/sim/test, {len(hy)} candidates, thesaurus excluded): precision "
        f"{precision:.3f}, candidate recall {recall:.3f}.",
    ]
    write_model(os.path.join(args.out, "decision.model"), "decision", bias - shift,
                train.decision_names, weights, header)
    print("\n".join(header[2:]), file=sys.stderr)
    print(f"train: done in {time.time() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
