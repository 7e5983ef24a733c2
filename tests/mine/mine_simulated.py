#!/usr/bin/python3
"""`unspin mine` recovers a simulated spinner farm's dictionary.

    /usr/bin/python3 tests/mine/mine_simulated.py UNSPIN [WORK_DIR]

A small seeded collection: the stories of corpus/clean and the originals of
corpus/news, cut into pieces of about 250 words (60-odd documents), spun by
scripts/simulate/spin.py (family FAMILY, thesaurus DICTIONARY, seed 1) with
--truth. `unspin mine` on the spun side, with every thesaurus among its
candidates, must recover at least 40 % of the truth's substitutions seen at
least 3 times at a precision of at least 60 % (scripts/mine/score-mined.py
asserts both). These are floors under what the shipped models measure here
(0.44 and 0.66), not the issue's aim of 70 % at 90 %, which the miner does
not reach yet: the script prints whether it is met. The same collection mined with that thesaurus left out of
the candidates is only reported: that is the honest figure for a farm
whose thesaurus unspin does not have (bench/mine-farms.sh measures it on
the full test sets).

Exits 77 (CTest: skipped) with a message when the Debian thesaurus packages
are absent.
"""
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY = "/usr/bin/python3"
NEEDED = ["/usr/share/aiksaurus/words.dat", "/usr/share/mythes/th_en_US_v2.dat",
          "/usr/share/wordnet/data.noun"]
FAMILY, DICTIONARY = "wordpress", "mythes"
EXCLUDE = "mythes"
PIECE_WORDS = 250
RECALL, PRECISION = 0.40, 0.60  # floors: what the shipped model reaches, less a margin
TARGET_RECALL, TARGET_PRECISION = 0.70, 0.90  # the aim, reported


def pieces():
    """(id, text) of every piece of the clean stories and news originals."""
    paths = []
    for folder, suffix in (("clean", ".txt"), ("news", ".original.txt")):
        directory = os.path.join(REPO, "corpus", folder)
        paths += sorted(os.path.join(directory, n) for n in os.listdir(directory)
                        if n.endswith(suffix) and not n.startswith("."))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            paragraphs = [p for p in f.read().split("\n\n") if p.strip()]
        name = os.path.basename(path).split(".")[0]
        piece, words, k = [], 0, 0
        for paragraph in paragraphs:
            piece.append(paragraph)
            words += len(paragraph.split())
            if words >= PIECE_WORDS:
                yield f"{name}#{k}", "\n\n".join(piece) + "\n"
                piece, words, k = [], 0, k + 1
        if piece:
            yield f"{name}#{k}", "\n\n".join(piece) + "\n"


def run(cmd):
    done = subprocess.run(cmd, capture_output=True, check=False)
    if done.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {done.returncode}:\n"
                 f"{done.stderr.decode(errors='replace')}")
    return done


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    missing = [p for p in NEEDED if not os.path.exists(p)]
    if missing:
        print(f"skipped: {', '.join(missing)} missing (scripts/setup-debian.sh)")
        return 77
    unspin = sys.argv[1]
    work = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="unspin-mine-")
    os.makedirs(work, exist_ok=True)
    documents = os.path.join(work, "documents.jsonl")
    count = 0
    with open(documents, "w", encoding="utf-8") as f:
        for doc_id, text in pieces():
            f.write(json.dumps({"id": doc_id, "text": text}) + "\n")
            count += 1
    spun, truth = os.path.join(work, "spun.jsonl"), os.path.join(work, "truth.tsv")
    run([PY, os.path.join(REPO, "scripts", "simulate", "spin.py"), "--family", FAMILY,
         "--dictionary", DICTIONARY, "--seed", "1", "--truth", truth, "-o", spun, documents])
    print(f"{count} documents spun by {FAMILY} with {DICTIONARY} (seed 1)")
    score = [PY, os.path.join(REPO, "scripts", "mine", "score-mined.py"), truth]
    failed = False
    for exclude in ("", EXCLUDE):
        rules = os.path.join(work, f"mined{'-without-' + exclude if exclude else ''}.rules")
        cmd = [unspin, "mine", "--jsonl", "--field", "spun", spun, "-o", rules]
        if exclude:
            cmd += ["--exclude", exclude]
        mined = run(cmd)
        check = [l for l in mined.stderr.decode().splitlines() if "rules test:" in l]
        print("\n".join(check))
        if not check or not check[-1].endswith(", 0 failures"):
            print(f"FAIL: the mined rules do not pass rules test:\n{mined.stderr.decode()}")
            failed = True
        label = f"without {exclude} (reported)" if exclude else "every thesaurus"
        asserts = [] if exclude else ["--assert-recall", str(RECALL),
                                      "--assert-precision", str(PRECISION)]
        scored = subprocess.run(score + [rules, "--label", label] + asserts,
                                capture_output=True, text=True, check=False)
        print(scored.stdout.strip())
        if not exclude:
            print(f"issue's aim (recall >= {TARGET_RECALL} at precision >= {TARGET_PRECISION}): "
                  + ("met" if "FAIL" not in subprocess.run(
                      score + [rules, "--assert-recall", str(TARGET_RECALL), "--assert-precision",
                               str(TARGET_PRECISION)], capture_output=True, text=True,
                      check=False).stderr else "NOT MET"))
        if scored.returncode != 0:
            print(scored.stderr.strip())
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
