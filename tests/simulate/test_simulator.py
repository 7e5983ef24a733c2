#!/usr/bin/python3
"""Behaviours of the spinner simulator (scripts/simulate).

  /usr/bin/python3 tests/simulate/test_simulator.py [Class.test_name ...]

Exits 77 (CTest: skipped) with a message when the Debian thesaurus packages
are absent.
"""
import collections
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SIM = os.path.join(REPO, "scripts", "simulate")
sys.path.insert(0, SIM)
PY = "/usr/bin/python3"
NEEDED = ["/usr/share/aiksaurus/words.dat", "/usr/share/mythes/th_en_US_v2.dat",
          "/usr/share/wordnet/data.noun"]
CORPUS = [os.path.join(REPO, "corpus", "clean")]  # 18 stories, 13,000 words
FAMILY_DICT = {"wordai": "moby", "wordpress": "moby", "wordnet": "wordnet", "spinbot": "moby"}


def spin(args, env=None):
    """spin.py's JSONL records for ARGS (the real script, as a user runs it)."""
    run = subprocess.run([PY, os.path.join(SIM, "spin.py")] + args, capture_output=True,
                         env=env, check=False)
    if run.returncode != 0:
        raise AssertionError(f"spin.py {' '.join(args)} failed: {run.stderr.decode()}")
    return [json.loads(l) for l in run.stdout.decode("utf-8").splitlines()]


_cache = {}


def corpus_records(family, *extra):
    key = (family,) + extra
    if key not in _cache:
        _cache[key] = spin(["--family", family, "--dictionary", FAMILY_DICT[family]]
                           + list(extra) + CORPUS)
    return _cache[key]


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(directory, name, text):
    path = os.path.join(directory, name)
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))
    return path


class Determinism(unittest.TestCase):
    def test_same_input_and_seed_give_same_bytes_whatever_the_hash_seed(self):
        outputs = []
        for hash_seed in ("1", "2"):
            with tempfile.TemporaryDirectory() as d:
                env = dict(os.environ, PYTHONHASHSEED=hash_seed)
                run = subprocess.run(
                    [PY, os.path.join(SIM, "spin.py"), "--family", "wordai", "--seed", "7",
                     "--pairs-dir", os.path.join(d, "pairs"), "--truth", os.path.join(d, "t.tsv")]
                    + CORPUS, capture_output=True, env=env, check=True)
                files = {n: read(os.path.join(d, "pairs", n))
                         for n in sorted(os.listdir(os.path.join(d, "pairs")))}
                outputs.append((run.stdout, read(os.path.join(d, "t.tsv")), files))
        self.assertEqual(outputs[0], outputs[1])
        self.assertGreater(len(outputs[0][0]), 10000)

    def test_another_seed_spins_differently(self):
        a = spin(["--seed", "1", os.path.join(REPO, "corpus", "clean")])
        b = spin(["--seed", "2", os.path.join(REPO, "corpus", "clean")])
        self.assertNotEqual([r["spun"] for r in a], [r["spun"] for r in b])


class Swaps(unittest.TestCase):
    def check_spans(self, rec):
        original, spun = rec["original"].encode("utf-8"), rec["spun"].encode("utf-8")
        rebuilt, last = b"", 0
        for s in rec["swaps"]:
            a, b = s["original_span"]
            self.assertEqual(original[a:b].decode("utf-8"), s["original"], rec["id"])
            c, d = s["spun_span"]
            self.assertEqual(spun[c:d].decode("utf-8"), s["spun"], rec["id"])
            rebuilt += original[last:a] + s["spun"].encode("utf-8")
            last = b
        self.assertEqual(rebuilt + original[last:], spun, rec["id"])

    def test_applying_the_swaps_to_original_gives_spun_in_every_family(self):
        for family in FAMILY_DICT:
            for rec in corpus_records(family):
                self.assertTrue(rec["swaps"], rec["id"])
                self.check_spans(rec)

    def test_byte_spans_hold_across_non_ascii_text_and_crlf(self):
        text = ("Caf\u00e9 owners said \u201cprices\u201d rose.\r\nThe na\u00efve economy "
                "grew while the parties said nothing.\r\n") * 20
        with tempfile.TemporaryDirectory() as d:
            path = write(d, "doc.txt", text)
            for family in FAMILY_DICT:
                recs = spin(["--family", family, "--rate", "40", path])
                self.assertEqual(recs[0]["original"], text)  # line ends untouched
                self.assertTrue(recs[0]["swaps"])
                self.check_spans(recs[0])

    def test_pairs_dir_holds_the_original_bytes_and_the_spun_text(self):
        with tempfile.TemporaryDirectory() as d:
            path = write(d, "story.txt", "The economy grew and the parties said so.\r\n" * 10)
            recs = spin(["--pairs-dir", os.path.join(d, "pairs"), "--rate", "30", path])
            self.assertEqual(read(os.path.join(d, "pairs", "story.original.txt")), read(path))
            self.assertEqual(read(os.path.join(d, "pairs", "story.spun.txt")),
                             recs[0]["spun"].encode("utf-8"))

    def test_truth_counts_each_substitution_type(self):
        with tempfile.TemporaryDirectory() as d:
            truth = os.path.join(d, "truth.tsv")
            recs = spin(["--family", "wordai", "--truth", truth] + CORPUS)
            want = collections.Counter((s["spun"].lower(), s["original"].lower())
                                       for r in recs for s in r["swaps"])
            rows = [l.split("\t") for l in read(truth).decode("utf-8").splitlines()
                    if not l.startswith("#")]
            self.assertEqual({(r[0], r[1]): int(r[2]) for r in rows}, dict(want))
            docs = collections.defaultdict(set)
            for r in recs:
                for s in r["swaps"]:
                    docs[(s["spun"].lower(), s["original"].lower())].add(r["id"])
            self.assertEqual({(r[0], r[1]): int(r[3]) for r in rows},
                             {k: len(v) for k, v in docs.items()})


class Consistency(unittest.TestCase):
    def test_each_word_type_is_swapped_one_way_per_document(self):
        for family in FAMILY_DICT:
            for rec in corpus_records(family):
                ways = collections.defaultdict(set)
                for s in rec["swaps"]:
                    ways[s["original"].lower()].add(s["spun"].lower())
                split = {k: v for k, v in ways.items() if len(v) > 1}
                self.assertEqual(split, {}, f"{family} {rec['id']}")

    def test_a_swapped_type_is_swapped_at_every_free_occurrence(self):
        with tempfile.TemporaryDirectory() as d:
            pipe = write(d, "dict.txt", "economy|financial system\n")
            path = write(d, "doc.txt", "The economy grew. Our economy shrank. An economy is.\n")
            rec = spin(["--dictionary", pipe, "--rate", "10", path])[0]
            self.assertEqual(rec["spun"], "The financial system grew. Our financial system "
                                          "shrank. An financial system is.\n")

    def test_inflection_is_kept(self):
        with tempfile.TemporaryDirectory() as d:
            pipe = write(d, "dict.txt", "say|mention\nparty|celebration\nstop|halt\n"
                                        "officer|patrolman\ngo|proceed\nrun|go\n")
            path = write(d, "doc.txt", "She said the parties stopped, and he says parties "
                                       "are stopping. Officers went; officers have run.\n")
            rec = spin(["--family", "wordpress", "--dictionary", pipe, "--rate", "100", path])[0]
            self.assertEqual(rec["spun"], "She mentioned the celebrations halted, and he "
                                          "mentions celebrations are halting. Officers "
                                          "proceeded; patrolmen have gone.\n")


class Policies(unittest.TestCase):
    def swaps_where(self, family, test, *extra):
        return [(r["id"], s) for r in corpus_records(family, *extra) for s in r["swaps"]
                if test(r, s)]

    @staticmethod
    def in_quotes(rec, swap):
        from text import quote_spans
        text = rec["original"].encode("utf-8")
        start = len(text[:swap["original_span"][0]].decode("utf-8"))
        return any(a <= start < b for a, b in quote_spans(rec["original"]))

    def test_quotes_are_kept_by_wordai_wordpress_and_spinbot(self):
        for family in ("wordai", "wordpress", "spinbot"):
            self.assertEqual(self.swaps_where(family, self.in_quotes), [], family)

    def test_quotes_are_spun_by_wordnet_and_on_request(self):
        self.assertGreater(len(self.swaps_where("wordnet", self.in_quotes)), 20)
        self.assertGreater(len(self.swaps_where("wordai", self.in_quotes, "--quotes", "spin")), 20)

    @staticmethod
    def mid_sentence_capital(rec, swap):
        from text import tokenize
        a = len(rec["original"].encode("utf-8")[:swap["original_span"][0]].decode("utf-8"))
        tok = next(t for t in tokenize(rec["original"]) if t.start == a)
        return tok.capitalised and not tok.sentence_initial and tok.text != "I"

    @staticmethod
    def sentence_start(rec, swap):
        from text import tokenize
        a = len(rec["original"].encode("utf-8")[:swap["original_span"][0]].decode("utf-8"))
        tok = next(t for t in tokenize(rec["original"]) if t.start == a)
        return tok.sentence_initial and tok.capitalised

    def test_wordpress_protects_every_capitalised_word(self):
        self.assertEqual(self.swaps_where("wordpress", self.mid_sentence_capital), [])
        self.assertEqual(self.swaps_where("wordpress", self.sentence_start), [])

    def test_wordnet_keeps_names_but_spins_sentence_starts(self):
        self.assertEqual(self.swaps_where("wordnet", self.mid_sentence_capital), [])
        self.assertGreater(len(self.swaps_where("wordnet", self.sentence_start)), 20)

    def test_wordai_spins_some_names_unless_asked_to_keep_them(self):
        self.assertGreater(len(self.swaps_where("wordai", self.mid_sentence_capital)), 5)
        self.assertEqual(self.swaps_where("wordai", self.mid_sentence_capital, "--names", "keep"),
                         [])

    def test_wordnet_swaps_one_word_for_one_and_function_words_too(self):
        swaps = [s for _, s in self.swaps_where("wordnet", lambda r, s: True)]
        self.assertTrue(all(len(s["spun"].split()) == len(s["original"].split()) for s in swaps))
        self.assertGreater(sum(s["original"].lower() in ("in", "at", "as", "on") for s in swaps), 20)

    def test_wordai_makes_multiword_and_length_changing_swaps(self):
        swaps = [s for _, s in self.swaps_where("wordai", lambda r, s: True)]
        longer = [s for s in swaps if len(s["spun"].split()) != len(s["original"].split())]
        self.assertGreater(len(longer) / len(swaps), 0.15)

    def test_tortured_family_turns_expected_phrases_into_tortured_ones(self):
        import tortured
        table = tortured.load()
        with tempfile.TemporaryDirectory() as d:
            path = write(d, "abstract.txt", "We trained a random forest on the data. The "
                                            "random forest beat a neural network.\n")
            rec = spin(["--family", "tortured", path])[0]
        spun = {s["spun"].lower() for s in rec["swaps"] if s["original"].lower() == "random forest"}
        self.assertEqual(len(spun), 1)
        self.assertIn(spun.pop(), {t.lower() for t, _ in table["random forest"]})


class Rates(unittest.TestCase):
    def measured(self, records):
        import profile as prof
        counts = prof.Counts()
        for r in records:
            counts.add(r["original"], r["spun"])
        return counts.row()

    def test_each_family_spins_at_its_rate_within_ten_percent(self):
        from families import FAMILIES
        for family in FAMILY_DICT:
            row = self.measured(corpus_records(family))
            self.assertGreater(row["words"], 10000)
            self.assertAlmostEqual(row["swaps"], FAMILIES[family].rate,
                                   delta=FAMILIES[family].rate * 0.1, msg=family)

    def test_rate_option_overrides_the_family_rate(self):
        row = self.measured(corpus_records("wordai", "--rate", "5"))
        self.assertAlmostEqual(row["swaps"], 5, delta=0.5)
        row = self.measured(corpus_records("wordai", "--rate", "0"))
        self.assertEqual(row["swaps"], 0)


class Errors(unittest.TestCase):
    def run_spin(self, args):
        return subprocess.run([PY, os.path.join(SIM, "spin.py")] + args, capture_output=True,
                              text=True, check=False)

    def test_a_bad_pipe_file_line_is_reported_with_its_place(self):
        with tempfile.TemporaryDirectory() as d:
            pipe = write(d, "dict.txt", "economy|financial system\nno synonyms here\n")
            doc = write(d, "doc.txt", "text\n")
            run = self.run_spin(["--dictionary", pipe, doc])
            self.assertNotEqual(run.returncode, 0)
            self.assertIn(f"{pipe}:2:", run.stderr)

    def test_invalid_utf8_input_is_reported_with_its_byte(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "bad.txt")
            with open(path, "wb") as f:
                f.write(b"good text \xff here")
            run = self.run_spin([path])
            self.assertNotEqual(run.returncode, 0)
            self.assertIn(f"{path}: invalid UTF-8 at byte 10", run.stderr)

    def test_a_jsonl_line_without_text_is_reported_with_its_line(self):
        with tempfile.TemporaryDirectory() as d:
            path = write(d, "docs.jsonl", '{"id": "a", "text": "fine"}\n{"id": "b"}\n')
            run = self.run_spin([path])
            self.assertIn(f"{path}:2: no string field 'text'", run.stderr)


class Profile(unittest.TestCase):
    def test_profile_counts_aligned_regions(self):
        import profile as prof
        c = prof.Counts()
        c.add("The economy grew fast in \"the House\" today.",
              "The financial system grew fast in \"the House\" these days.")
        row = c.row()
        self.assertEqual(row["words"], 8)
        self.assertAlmostEqual(row["swaps"], 200 / 8)        # economy; today
        self.assertEqual(row["multiword"], 100.0)            # both change length
        self.assertEqual(row["length"], 100.0)
        self.assertEqual(row["quotes"], 0.0)

    def test_profile_takes_the_first_of_seed_alternatives(self):
        import profile as prof
        self.assertEqual(prof.first_alternatives("a {said|stated} b {x|y|z}"), "a said b x")


class ExtractDocuments(unittest.TestCase):
    def load(self):
        spec = importlib.util.spec_from_file_location(
            "extract_text", os.path.join(REPO, "scripts", "vocab", "extract-text.py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    def test_documents_are_news_length_with_paragraphs_kept(self):
        et = self.load()
        paragraphs = [" ".join(f"Word{i}x{j} is here." for j in range(20)) for i in range(40)]
        pieces = et.cut(paragraphs)
        self.assertTrue(pieces)
        for piece in pieces:
            words = sum(et.n_words(p) for p in piece)
            self.assertTrue(150 <= words <= 1000, words)
            for p in piece:
                self.assertIn(p, paragraphs)   # whole paragraphs, in order
        flat = [p for piece in pieces for p in piece]
        self.assertEqual(flat, paragraphs[:len(flat)])

    def test_a_paragraph_longer_than_a_document_is_cut_at_sentence_ends(self):
        et = self.load()
        long = " ".join(f"Sentence number {i} ends here." for i in range(400))
        pieces = et.cut([long])
        self.assertGreater(len(pieces), 1)
        for piece in pieces:
            self.assertTrue(piece[0].endswith("here."))
            self.assertLessEqual(sum(et.n_words(p) for p in piece), 1000)

    def test_held_out_split_is_the_text_files_split(self):
        et = self.load()
        held = [d for d in range(2000) if et.held_out("sotu", str(d), 5.0)]
        self.assertTrue(50 < len(held) < 150)
        self.assertEqual(held, [d for d in range(2000) if et.held_out("sotu", str(d), 5.0)])


if __name__ == "__main__":
    missing = [p for p in NEEDED if not os.path.exists(p)]
    if missing:
        print("skipped: thesaurus packages absent (" + ", ".join(missing) + "); "
              "run scripts/setup-debian.sh")
        sys.exit(77)
    unittest.main()
