#!/usr/bin/python3
"""Restoration of a collection with and without --pool (docs/pipelines.md).

  bench/pool-quality.py [--unspin build/unspin] [--sim build/sim] [--docs N]
                        [--batches 1,16] [--threads 2]

Each collection is restored with `unspin --jsonl` (one record a document, in
a fixed order), alone and with `--pool --pool-batch B` for each B of
--batches; every document is scored on its own by ../shared/eval/score.py
and the region counts are summed:

  - corpus/news: the project's spun stories (*.spun.txt, sorted) as one
    collection, their *.original.txt as truth;
  - the simulator's held-out sets (build/sim/test/FAMILY.DICT.jsonl, the
    first --docs records): a family's documents share a spinner dictionary,
    as a farm's pages do;
  - farms with their own rules: each simulator set but the tortured one is
    mined (`unspin mine --exclude` the farm's thesaurus, as
    bench/mine_farms.py does: a farm whose thesaurus unspin does not have)
    on all but its last --held-out records, and those are restored with the
    pack plus the mined rules (--add-rules), alone, with --pool, and with the
    held-out clean documents of the simulator between them;
  - false edits per 10,000 words on clean text: corpus/clean as a
    collection, and clean documents mixed into spun collections (every
    other record: corpus/clean and the corpus/news originals between the
    corpus/news spun stories; the simulator's held-out clean documents
    between a set's spun ones), the worst case for pooling: a clean page of
    a farm's site.

Prints one row per collection and setting: documents, precision, recall
(fixed / needed) and false edits per 10k words of the clean documents.
"""
import argparse
import glob
import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
# The farms mined, and the thesauri left out of the mining (bench/mine_farms.py).
FARMS = {"wordai.moby": "moby", "wordai.mythes": "mythes", "wordpress.moby": "moby",
         "wordnet.wordnet": "wordnet,mythes", "spinbot.moby": "moby"}


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def restore(unspin, texts, extra):
    """unspin --jsonl over `texts`, in order; returns the restored texts."""
    payload = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    out = subprocess.run([unspin, "--jsonl", "--spell=off", "-q"] + extra,
                         input=payload.encode(), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, check=False)
    if out.returncode != 0:
        sys.exit(f"pool-quality: unspin failed: {out.stderr.decode(errors='replace')}")
    lines = out.stdout.decode("utf-8").splitlines()
    if len(lines) != len(texts):
        sys.exit(f"pool-quality: {len(texts)} records in, {len(lines)} out")
    return [json.loads(line)["text"] for line in lines]


def tally(score, documents, outputs):
    """Sums score.py's counts: documents are (spun, original) or (clean, None)."""
    sums = {"fixed": 0, "partial": 0, "wrong": 0, "needed": 0, "clean_words": 0,
            "clean_edits": 0, "spun": 0, "clean": 0}
    for (text, original), output in zip(documents, outputs):
        if original is None:
            result = score.score_clean(text, output)
            sums["clean_words"] += result["words"]
            sums["clean_edits"] += result["edits"]
            sums["clean"] += 1
        else:
            result = score.score(text, original, output)
            for key in ("fixed", "partial", "wrong", "needed"):
                sums[key] += result[key]
            sums["spun"] += 1
    return sums


def row(name, setting, sums):
    changed = sums["fixed"] + sums["partial"] + sums["wrong"]
    precision = f"{(sums['fixed'] + sums['partial']) / changed:.3f}" if changed else "-"
    recall = f"{sums['fixed'] / sums['needed']:.3f}" if sums["needed"] else "-"
    clean = (f"{10000 * sums['clean_edits'] / sums['clean_words']:.2f}"
             if sums["clean_words"] else "-")
    print(f"| {name} | {setting} | {sums['spun']} + {sums['clean']} | {precision} | {recall} "
          f"| {sums['fixed']}/{sums['needed']} | {clean} |", flush=True)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def interleave(spun, clean):
    out = []
    for i in range(max(len(spun), len(clean))):
        if i < len(spun):
            out.append(spun[i])
        if i < len(clean):
            out.append(clean[i])
    return out


def sim_records(path, limit):
    records = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if "spun" in record and record.get("original") not in (None, record["spun"]):
                records.append((record["spun"], record["original"]))
            elif "spun" in record:
                records.append((record["spun"], None))  # the clean set: nothing swapped
            elif "text" in record:
                records.append((record["text"], None))
            if len(records) == limit:
                break
    return records


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--unspin", default=os.path.join(ROOT, "build", "unspin"))
    ap.add_argument("--sim", default=os.path.join(ROOT, "build", "sim"))
    ap.add_argument("--score", default=os.path.join(ROOT, "..", "shared", "eval", "score.py"))
    ap.add_argument("--docs", type=int, default=60, help="records per simulator set")
    ap.add_argument("--batches", default="1,16", help="--pool-batch values to compare")
    ap.add_argument("--threads", default="2")
    ap.add_argument("--held-out", type=int, default=40, help="farm records restored")
    ap.add_argument("--lexicon", default=None, help="for unspin mine (default: the installed one)")
    ap.add_argument("--work", default=os.path.join(ROOT, "build", "pool-quality"))
    args = ap.parse_args()
    if not os.path.exists(args.score):
        print(f"pool-quality: {args.score} not found; skipped")
        return 77
    score = load_score(args.score)

    news = []
    for spun in sorted(glob.glob(os.path.join(ROOT, "corpus", "news", "*.spun.txt"))):
        news.append((read(spun), read(spun[: -len(".spun.txt")] + ".original.txt")))
    clean = [(read(p), None) for p in sorted(glob.glob(os.path.join(ROOT, "corpus", "clean", "*.txt")))]
    originals = [(original, None) for _, original in news]
    collections = [
        ("corpus/news spun", news),
        ("corpus/clean", clean),
        ("corpus/news spun + clean and originals between", interleave(news, clean + originals)),
    ]
    sim_test = os.path.join(args.sim, "test")
    if os.path.isdir(sim_test):
        sim_clean = sim_records(os.path.join(sim_test, "clean.jsonl"), args.docs)
        collections.append(("sim clean", sim_clean))
        for path in sorted(glob.glob(os.path.join(sim_test, "*.*.jsonl"))):
            name = os.path.basename(path)[: -len(".jsonl")]
            farm = sim_records(path, args.docs)
            collections.append((f"sim {name}", farm))
            collections.append((f"sim {name} + clean between", interleave(farm, sim_clean)))
        os.makedirs(args.work, exist_ok=True)
        held_clean = sim_records(os.path.join(sim_test, "clean.jsonl"), 10**9)[-args.held_out:]
        for farm_set, excluded in FARMS.items():
            path = os.path.join(sim_test, farm_set + ".jsonl")
            if not os.path.exists(path):
                continue
            records = sim_records(path, 10**9)
            mined, held = records[: -args.held_out], records[-args.held_out:]
            collection = os.path.join(args.work, farm_set + ".mine.jsonl")
            with open(collection, "w", encoding="utf-8") as f:
                for text, _ in mined:
                    f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            rules = os.path.join(args.work, farm_set + ".mined.rules")
            cmd = [args.unspin, "mine", "--jsonl", collection, "--exclude", excluded,
                   "-o", rules]
            if args.lexicon:
                cmd += ["--lexicon", args.lexicon]
            done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
            if done.returncode != 0:
                sys.exit(f"pool-quality: {' '.join(cmd)}: {done.stderr.decode(errors='replace')}")
            collections.append((f"farm {farm_set} + mined rules", held, ["--add-rules", rules]))
            collections.append((f"farm {farm_set} + mined rules, clean between",
                                interleave(held, held_clean), ["--add-rules", rules]))
    else:
        print(f"pool-quality: no {sim_test} (scripts/simulate/make-datasets.sh); simulator "
              "sets skipped", file=sys.stderr)

    print("| collection | setting | spun + clean documents | precision | recall | fixed/needed "
          "| clean: false edits per 10k words |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    threads = ["--threads", args.threads]
    settings = [("alone", threads)] + [
        (f"--pool --pool-batch {b}", threads + ["--pool", "--pool-batch", b])
        for b in args.batches.split(",")]
    for name, documents, *more in collections:
        texts = [text for text, _ in documents]
        for setting, extra in settings:
            outputs = restore(args.unspin, texts, extra + (more[0] if more else []))
            row(name, setting, tally(score, documents, outputs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
