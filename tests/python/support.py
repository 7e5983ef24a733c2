"""Shared by the Python tests: paths, the CLI, skipping, generated corpora.

CTest runs each test file as a script with PYTHONPATH=build/python,
UNSPIN_BINARY (build/unspin) and UNSPIN_SOURCE_DIR set (tests/python/CMakeLists.txt).
A test whose Debian package is missing exits 77, which CTest shows as skipped.
"""
import glob
import importlib
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("UNSPIN_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
BINARY = os.environ.get("UNSPIN_BINARY") or os.path.join(ROOT, "build", "unspin")
SKIP = 77


def require(*modules):
    """Exits 77 (skipped) naming the Debian package when a module is missing."""
    packages = {"unspin": "the module (build with pybind11-dev python3-pybind11 python3-dev)",
                "scrapy": "python3-scrapy", "distributed": "python3-distributed",
                "dask": "python3-dask", "pandas": "python3-pandas"}
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as error:
            print(f"SKIP: cannot import {module} ({error}); install {packages.get(module, module)}")
            sys.exit(SKIP)


def run_cli(*args, input=None):
    """(stdout, stderr, exit code) of build/unspin."""
    done = subprocess.run([BINARY, *args], input=input, capture_output=True)
    return done.stdout, done.stderr, done.returncode


def cli_error_lines(stderr):
    """The lines of the CLI's 'unspin: error: ...' message (further lines are indented)."""
    text = stderr.decode()
    start = text.index("unspin: error: ") + len("unspin: error: ")
    return [line.strip() for line in text[start:].splitlines() if line.strip()]


def spun_sentences():
    """The sentences of the project's spun news stories (corpus/news/*.spun.txt)."""
    sentences = []
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "news", "*.spun.txt"))):
        with open(path, encoding="utf-8") as f:
            for paragraph in f.read().split("\n\n"):
                sentences += [s for s in re.split(r"(?<=[.!?\"”])\s+", paragraph.strip()) if s]
    return sentences


def jsonl_documents(count, seed=9):
    """`count` JSON lines {"id", "text"}: corpus sentences shuffled and combined
    (1 to 12 sentences, sometimes in two paragraphs)."""
    sentences = spun_sentences()
    rng = random.Random(seed)
    lines = []
    for i in range(count):
        picked = rng.sample(sentences, rng.randint(1, 12))
        cut = rng.randint(0, len(picked))
        text = " ".join(picked[:cut]) + ("\n\n" if 0 < cut < len(picked) else "") + \
            " ".join(picked[cut:])
        lines.append(json.dumps({"id": i, "text": text.strip()}, ensure_ascii=i % 2 == 0))
    return lines
