#!/usr/bin/python3
"""Throughput of the Python module, side by side with the command line.

  /usr/bin/python3 bench/python_throughput.py [--mb 30] [--threads 2] [--keep DIR]

Builds about --mb megabytes of JSON Lines, one document of about 4 KB a
record, as bench/throughput.py does (English from build/corpora/, made by
scripts/vocab/build-vocab.sh, with spun phrases planted at about one per 30
words); without build/corpora it combines the project's own corpus/ text
instead. Then times, on the same documents, with the default pack and
vocabulary and spell="off" (as bench/throughput.py):

  - Restorer.restore(text) in one Python thread, and in --threads threads
    sharing one restorer (the GIL is released while restoring);
  - Restorer.restore_jsonl(line) in one thread (the JSON work included);
  - unspin.dask.restore_bag on a LocalCluster of 2 worker processes with one
    thread each, reading and writing JSONL files (cluster start-up excluded);
  - build/unspin --jsonl with 1 and 2 threads (whole process).

Prints documents/s and MB/s (of the text for restore(), of the JSONL
otherwise) and a one-line summary. Needs PYTHONPATH=build/python (set here
when unset), Debian's python3-distributed for the Dask row. Not part of the
test suite.
"""
import argparse
import glob
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "build", "python"))


def project_corpus_jsonl(path, megabytes):
    """JSONL from corpus/ (spun news and clean text), shuffled sentences."""
    sentences = []
    for name in glob.glob(os.path.join(ROOT, "corpus", "news", "*.spun.txt")) + \
            glob.glob(os.path.join(ROOT, "corpus", "clean", "*.txt")):
        with open(name, encoding="utf-8") as f:
            sentences += [s for s in re.split(r"(?<=[.!?])\s+", f.read()) if s.strip()]
    rng = random.Random(4)
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < megabytes * 1_000_000:
            doc = []
            while sum(map(len, doc)) < 4000:
                doc.append(rng.choice(sentences).strip())
            line = json.dumps({"text": " ".join(doc)}) + "\n"
            out.write(line)
            written += len(line.encode())


def make_jsonl(work, megabytes):
    path = os.path.join(work, "corpus.jsonl")
    if os.path.exists(os.path.join(ROOT, "build", "corpora", "train.txt")):
        subprocess.run([sys.executable, os.path.join(HERE, "throughput.py"), "--generate", work,
                        str(megabytes)], check=True)
        # It writes the whole corpus at least once: keep the first --mb.
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
        with open(path, "w", encoding="utf-8") as out:
            written = 0
            for line in lines:
                if written >= megabytes * 1_000_000:
                    break
                out.write(line)
                written += len(line.encode())
    else:
        print("corpus: build/corpora/ is missing (scripts/vocab/build-vocab.sh): using corpus/")
        project_corpus_jsonl(path, megabytes)
    return path


def timed(function):
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def in_threads(restore, texts, threads):
    """Calls restore on every text, from `threads` threads (1: this one)."""
    def work(part):
        for text in part:
            restore(text)
    if threads == 1:
        return work(texts)
    workers = [threading.Thread(target=work, args=(texts[i::threads],)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def dask_seconds(jsonl, work):
    """restore_bag over JSONL files on 2 worker processes; None without Dask."""
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        return None
    import logging
    import unspin.dask
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster):
        out = os.path.join(work, "dask-out")
        bag = db.read_text(jsonl, blocksize=4_000_000)
        seconds = timed(lambda: unspin.dask.restore_bag(bag).to_textfiles(
            os.path.join(out, "*.jsonl")))
        return seconds


def cli_seconds(unspin_binary, jsonl, threads):
    with open(jsonl, "rb") as stdin:
        return timed(lambda: subprocess.run(
            [unspin_binary, "--jsonl", "--spell=off", "--threads", str(threads)],
            stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=30)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--unspin", default=os.path.join(ROOT, "build", "unspin"))
    parser.add_argument("--keep", help="keep the generated files in this directory")
    args = parser.parse_args()
    os.environ.setdefault("PYTHONPATH", os.path.join(ROOT, "build", "python"))
    import unspin

    work = args.keep or tempfile.mkdtemp(prefix="unspin-pybench-")
    os.makedirs(work, exist_ok=True)
    jsonl = make_jsonl(work, args.mb)
    with open(jsonl, encoding="utf-8") as f:
        lines = f.read().splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    docs = len(lines)
    jsonl_mb = os.path.getsize(jsonl) / 1e6
    text_mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"documents: {docs}, {jsonl_mb:.1f} MB of JSONL ({text_mb:.1f} MB of text), "
          f"{jsonl_mb * 1e3 / docs:.1f} KB a record")

    created = time.perf_counter()
    restorer = unspin.Restorer()
    print(f"Restorer(): {1000 * (time.perf_counter() - created):.0f} ms")
    # Patterns compile on first need: warm up so that no row pays for it.
    in_threads(restorer.restore, texts[:500], 1)
    rows = [
        ("module restore(), 1 thread", timed(lambda: in_threads(restorer.restore, texts, 1)),
         text_mb),
        (f"module restore(), {args.threads} threads",
         timed(lambda: in_threads(restorer.restore, texts, args.threads)), text_mb),
        ("module restore_jsonl(), 1 thread",
         timed(lambda: in_threads(restorer.restore_jsonl, lines, 1)), jsonl_mb),
    ]
    dask = dask_seconds(jsonl, work)
    if dask is not None:
        rows.append(("Dask restore_bag, 2 workers x 1 thread", dask, jsonl_mb))
    rows.append(("CLI --jsonl --threads 1", cli_seconds(args.unspin, jsonl, 1), jsonl_mb))
    rows.append(("CLI --jsonl --threads 2", cli_seconds(args.unspin, jsonl, 2), jsonl_mb))
    rate = {}
    for name, seconds, mb in rows:
        rate[name] = (docs / seconds, mb / seconds)
        print(f"{name:42s} {docs / seconds:9.0f} docs/s {mb / seconds:7.1f} MB/s")
    short = {"module restore(), 1 thread": "module 1 thread",
             f"module restore(), {args.threads} threads": f"{args.threads} threads",
             "Dask restore_bag, 2 workers x 1 thread": "dask 2 workers",
             "CLI --jsonl --threads 1": "cli jsonl 1 thread",
             "CLI --jsonl --threads 2": "2 threads"}
    print("summary: " + ", ".join(f"{label} {rate[name][1]:.1f} MB/s"
                                  for name, label in short.items() if name in rate))
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
