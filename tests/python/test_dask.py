"""unspin.dask on a two-process LocalCluster: the same results as the
command line's --jsonl, one restorer per worker process."""
import json
import logging
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

support.require("unspin", "dask", "distributed")
import dask.bag as db  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import unspin  # noqa: E402
import unspin.dask  # noqa: E402

DOCUMENTS = 3000


def cli_jsonl(lines, *flags):
    stdout, stderr, code = support.run_cli("--jsonl", *flags,
                                           input=("\n".join(lines) + "\n").encode())
    assert code == 0, stderr
    return stdout.decode().splitlines()


def restorers_in_this_process():
    return len(unspin._shared)


class DaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None,
                                   silence_logs=logging.ERROR)
        cls.client = Client(cls.cluster)
        cls.lines = support.jsonl_documents(DOCUMENTS)
        cls.cli = [json.loads(line) for line in cli_jsonl(cls.lines)]

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()

    def assert_matches_cli(self, records):
        self.assertEqual(len(records), DOCUMENTS)
        for number, (ours, theirs) in enumerate(zip(records, self.cli), 1):
            self.assertEqual(ours["id"], theirs["id"])
            self.assertEqual(ours["text"], theirs["text"], f"record {number}")
            self.assertEqual(len(ours["unspin"]["edits"]), len(theirs["unspin"]["edits"]),
                             f"record {number}")
        self.assertGreater(sum(len(r["unspin"]["edits"]) for r in records), DOCUMENTS)

    def test_bag_of_json_lines_gives_the_command_lines_output(self):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.write("\n".join(self.lines) + "\n")
        self.addCleanup(os.unlink, f.name)
        bag = db.read_text(f.name, blocksize=256 * 1024)  # lines, with their newlines
        self.assertGreater(bag.npartitions, 4)
        out = unspin.dask.restore_bag(bag, field="text").compute()
        self.assert_matches_cli([json.loads(line) for line in out])
        # With the same spell stage, the very same lines.
        self.assertEqual(out, cli_jsonl(self.lines, "--spell=off"))

    def test_parts_written_as_the_readme_says_join_into_the_command_lines_output(self):
        # to_textfiles puts no newline after a part's last line unless told
        # to: joined, the parts would run two records into one line.
        readme = open(os.path.join(support.ROOT, "README.md"), encoding="utf-8").read()
        self.assertIn('clean.to_textfiles("clean/*.jsonl", last_endline=True)', readme)
        bag = db.from_sequence(self.lines, npartitions=6)
        with tempfile.TemporaryDirectory() as directory:
            unspin.dask.restore_bag(bag, field="text", spell="off").to_textfiles(
                os.path.join(directory, "*.jsonl"), last_endline=True)
            parts = sorted(os.listdir(directory), key=lambda name: int(name.split(".")[0]))
            self.assertEqual(len(parts), 6)
            joined = "".join(open(os.path.join(directory, part), encoding="utf-8").read()
                             for part in parts)
        self.assertEqual(joined, "\n".join(cli_jsonl(self.lines, "--spell=off")) + "\n")

    def test_bag_of_dicts_is_restored_like_the_command_line(self):
        bag = db.from_sequence([json.loads(line) for line in self.lines], npartitions=8)
        self.assert_matches_cli(unspin.dask.restore_bag(bag).compute())

    def test_each_worker_process_builds_one_restorer(self):
        bag = db.from_sequence(self.lines[:400], npartitions=16)
        unspin.dask.restore_bag(bag, packs=["news"], min_score=0.25).compute()
        counts = self.client.run(restorers_in_this_process)
        self.assertEqual(len(counts), 2)
        # 16 partitions, at most one restorer per worker for these options
        # (a worker may also hold the ones of the other tests' options).
        bag = db.from_sequence(self.lines[:400], npartitions=16)
        unspin.dask.restore_bag(bag, packs=["news"], min_score=0.25).compute()
        self.assertEqual(self.client.run(restorers_in_this_process), counts)
        self.assertTrue(all(1 <= n <= 3 for n in counts.values()), counts)

    def test_dataframe_column_is_restored_with_scores_and_edit_counts(self):
        import pandas as pd
        import dask.dataframe as dd
        frame = pd.DataFrame([json.loads(line) for line in self.lines])
        df = dd.from_pandas(frame, npartitions=6)
        out = unspin.dask.restore_dataframe(df, column="text").compute()
        self.assertEqual(list(out.columns), ["id", "text", "spin_score", "edits"])
        self.assertEqual(list(out["text"]), [r["text"] for r in self.cli])
        self.assertEqual(list(out["edits"]), [len(r["unspin"]["edits"]) for r in self.cli])
        for ours, theirs in zip(out["spin_score"], self.cli):
            self.assertAlmostEqual(ours, theirs["unspin"]["spin_score"])

    def test_a_broken_rule_file_fails_the_computation_with_its_message(self):
        with tempfile.NamedTemporaryFile("w", suffix=".rules", delete=False) as f:
            f.write("rule a.b\n  spun: foo\n  contxt: y\n")
        self.addCleanup(os.unlink, f.name)
        bag = db.from_sequence(self.lines[:10], npartitions=2)
        with self.assertRaisesRegex(ValueError, f"{f.name}:3: unknown key 'contxt'"):
            unspin.dask.restore_bag(bag, rules=f.name).compute()


if __name__ == "__main__":
    unittest.main()
