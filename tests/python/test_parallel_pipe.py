"""The --jsonl streaming contract that Hadoop Streaming and Spark's
RDD.pipe() rely on: a stream split into blocks, each filtered by its own
`unspin --jsonl` process, gives the output of one run over the whole stream
(line for line, in order), and bad records travel as error records instead
of stopping a block. Tested locally with GNU parallel --pipe.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402


def gnu_parallel():
    path = shutil.which("parallel")
    if path is None:
        return None
    version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
    return path if "GNU parallel" in version else None  # not moreutils' parallel


class ParallelPipeTest(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.mkdtemp(prefix="unspin-pipe-")
        self.addCleanup(shutil.rmtree, self.work)
        lines = support.jsonl_documents(2000)
        # Bad records in both halves: a truncated object, and a record
        # without the field.
        lines[700] = '{"id": "truncated", "text": "the satellite tv'
        lines[1500] = '{"id": "no-text"}'
        self.input = os.path.join(self.work, "in.jsonl")
        with open(self.input, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    def test_blocks_across_two_jobs_give_the_single_run_output(self):
        parallel = gnu_parallel()
        if parallel is None:
            print("SKIP: GNU parallel is not installed (Debian: parallel)")
            sys.exit(support.SKIP)
        with open(self.input, "rb") as f:
            single = subprocess.run([support.BINARY, "--jsonl"], stdin=f, capture_output=True)
        with open(self.input, "rb") as f:
            split = subprocess.run(
                [parallel, "--will-cite", "--pipe", "--keep-order", "-N", "500", "-j", "2",
                 support.BINARY, "--jsonl"], stdin=f, capture_output=True)
        self.assertEqual(single.returncode, 0, single.stderr)
        self.assertEqual(split.returncode, 0, split.stderr)
        one = single.stdout.decode().splitlines()
        blocks = split.stdout.decode().splitlines()
        self.assertEqual(len(one), 2000)
        self.assertEqual(len(blocks), 2000)
        # Four jobs ran, one per block of 500 lines (each reports its count).
        self.assertEqual(split.stderr.decode().count("unspin: 500 records"), 4)
        for number, (a, b) in enumerate(zip(one, blocks), 1):
            record_a, record_b = json.loads(a), json.loads(b)
            if "error" in record_a["unspin"]:
                # Line numbers in error messages count from the block's start.
                self.assertIn(number, (701, 1501))
                block_line = (number - 1) % 500 + 1
                # ("line N: ..." or, for a syntax error, "line N, column C: ...")
                self.assertEqual(record_a["unspin"]["error"]
                                 .replace(f"line {number}:", f"line {block_line}:")
                                 .replace(f"line {number},", f"line {block_line},"),
                                 record_b["unspin"]["error"])
            else:
                self.assertEqual(a, b, f"line {number}")
        self.assertTrue(any(json.loads(a)["unspin"]["edits"] for a in one))


if __name__ == "__main__":
    unittest.main()
