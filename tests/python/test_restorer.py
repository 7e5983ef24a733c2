"""unspin.Restorer: the engine from Python, against the command line."""
import glob
import json
import os
import pickle
import sys
import tempfile
import threading
import unittest
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

support.require("unspin")
import unspin  # noqa: E402

SPUN = ("The agency launched a spy satellite tv for pc on Tuesday. "
        "Gov. Ellen Marsh mentioned she would signal the invoice.")
RESTORED = ("The agency launched a spy satellite on Tuesday. "
            "Gov. Ellen Marsh said she would signal the bill.")


def news_files():
    return sorted(glob.glob(os.path.join(support.ROOT, "corpus", "news", "*.spun.txt")))


THESAURUS_SPUN = (
    'The metropolis council balloted on Tuesday to shut two populace libraries at the'
    ' close of the twelvemonth, stating the budget could no longer screen their costs'
    '. Occupants who jammed the hallway for the encounter contended that the librarie'
    's service as more than a spot to acquire volumes: they are where youngsters fini'
    'sh prep after schoolhouse, where older neighbours employ the computing machines,'
    ' and where occupation searchers publish their resumes. Respective talkers asked '
    'the council to clasp the ballot until the outpouring, when the province determin'
    'es how overmuch assistance the metropolis will obtain. The politician stated the'
    ' council had canvassed each alternative, admitting shorter hours and fewer facul'
    'ty, and that shutting the two littlest subdivisions would salvage money without '
    'cutting services elsewhere.'
)

class RestorerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.restorer = unspin.Restorer()

    def test_restores_spun_wording_and_keeps_every_other_byte(self):
        result = self.restorer.restore("  " + SPUN + "\r\n\tEnd.\n")
        self.assertEqual(result.text, "  " + RESTORED + "\r\n\tEnd.\n")
        self.assertEqual([(e.original, e.replacement) for e in result.edits],
                         [("satellite tv for pc", "satellite"), ("mentioned", "said"),
                          ("invoice", "bill")])
        self.assertGreater(result.spin_score, 2)
        self.assertEqual(result.spelling, [])
        self.assertEqual(len(result), 3)

    def test_defaults_match_the_command_line(self):
        # The news pack and the shipped vocabulary, found as the CLI finds them.
        for path in news_files():
            with self.subTest(path=os.path.basename(path)):
                with open(path, "rb") as f:
                    data = f.read()
                expected, _, code = support.run_cli("--spell=off", path)
                self.assertEqual(code, 0)
                self.assertEqual(self.restorer.restore(data.decode()).text.encode(), expected)

    def test_options_match_the_command_line_flags(self):
        artefacts = os.path.join(support.ROOT, "rules", "news", "artefacts.rules")
        science = sorted(glob.glob(os.path.join(support.ROOT, "corpus", "science", "*.spun.txt")))
        cases = [
            (unspin.Restorer(vocab=False), ["--no-vocab"], news_files()[:3]),
            (unspin.Restorer(packs="science"), ["--pack", "science"], science[:3]),
            (unspin.Restorer(packs=["news", "science"], min_score=1.5),
             ["--pack", "news", "--pack", "science", "--min-score", "1.5"], news_files()[:2]),
            (unspin.Restorer(rules=artefacts), ["--rules", artefacts], news_files()[:3]),
        ]
        for restorer, flags, paths in cases:
            for path in paths:
                with self.subTest(flags=flags, path=os.path.basename(path)):
                    expected, _, _ = support.run_cli("--spell=off", *flags, path)
                    with open(path, encoding="utf-8") as f:
                        self.assertEqual(restorer.restore(f.read()).text.encode(), expected)

    def test_added_rules_join_the_packs_as_with_the_command_line(self):
        with tempfile.NamedTemporaryFile("w", suffix=".rules", delete=False) as f:
            f.write("rule mined.sign.signal\n  spun: signal\n  restore: sign\n"
                    "  origin: mined\n  confidence: 0.9\n"
                    "  example: She would signal the bill. => She would sign the bill.\n")
        self.addCleanup(os.unlink, f.name)
        restorer = unspin.Restorer(add_rules=f.name)
        text = restorer.restore(SPUN).text
        # The pack's rules still apply, and the added one too.
        self.assertIn("satellite on Tuesday", text)
        self.assertIn("sign the bill.", text)
        self.assertEqual(restorer.rule_count, self.restorer.rule_count + 1)
        self.assertEqual(restorer.options["add_rules"], [f.name])
        expected, _, code = support.run_cli("--spell=off", "--add-rules", f.name, "-",
                                            input=SPUN.encode())
        self.assertEqual(code, 0)
        self.assertEqual(text.encode(), expected)

    def test_a_users_vocabulary_adds_to_the_shipped_one_as_with_the_command_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            clean, vocab = os.path.join(tmp, "clean.txt"), os.path.join(tmp, "my.vocab")
            with open(clean, "w", encoding="utf-8") as f:
                f.write("the ruling party met today .\nthe ruling party said so .\n")
            _, err, code = support.run_cli("vocab", "build", "-o", vocab, clean)
            self.assertEqual(code, 0, err)
            path = news_files()[0]
            added, _, _ = support.run_cli("--json", "--spell=off", "--vocab", vocab, path)
            only, _, _ = support.run_cli("--json", "--spell=off", "--vocab-only", vocab, path)
            with open(path, encoding="utf-8") as f:
                result = unspin.Restorer(vocab=vocab).restore(f.read())
            self.assertEqual(result.to_json(file=path).encode() + b"\n", added)
            self.assertNotEqual(added, only)

    def test_result_report_is_the_json_of_the_command_line(self):
        for path in news_files()[:4]:
            with self.subTest(path=os.path.basename(path)):
                expected, _, _ = support.run_cli("--json", "--spell=off", path)
                with open(path, "rb") as f:
                    result = self.restorer.restore(f.read().decode())
                self.assertEqual(result.to_json(file=path).encode() + b"\n", expected)
                report = json.loads(expected)
                self.assertEqual(result.to_dict(), {k: v for k, v in report.items() if k != "file"})
                # Each Edit object carries the same fields as the JSON edit.
                self.assertEqual([e.to_dict() for e in result.edits], report["edits"])
                self.assertTrue(report["edits"])

    def test_edit_offsets_index_the_str_and_its_utf8_bytes(self):
        text = ("Zürich’s “council” — at 9 a.m. the satellite tv for pc fell. "
                "Ünïcödé mentioned it would.")
        result = self.restorer.restore(text)
        self.assertTrue(result.edits)
        data = text.encode()
        for edit in result.edits:
            self.assertEqual(text[edit.start.codepoint:edit.end.codepoint], edit.original)
            self.assertEqual(data[edit.start.byte:edit.end.byte].decode(), edit.original)
            self.assertEqual((edit.start.line, edit.start.column), (1, edit.start.codepoint + 1))

    def test_positions_count_lines_and_columns(self):
        result = self.restorer.restore("First line.\nThe spy satellite tv for pc rose.\n")
        edit = result.edits[0]
        self.assertEqual(edit.start.to_dict(),
                         {"byte": 20, "codepoint": 20, "line": 2, "column": 9})
        self.assertEqual(edit.end.line, 2)

    def test_bytes_in_gives_bytes_out_and_invalid_utf8_passes_through(self):
        result = self.restorer.restore(b"caf\xe9: the satellite tv for pc \xff launched")
        self.assertEqual(result.text, b"caf\xe9: the satellite \xff launched")
        self.assertEqual(result.original, b"caf\xe9: the satellite tv for pc \xff launched")
        self.assertEqual(result.warnings,
                         ["invalid UTF-8 at byte 3; invalid bytes are passed through unchanged"])

    def test_check_compares_the_spin_probability_with_a_threshold(self):
        spun = self.restorer.check(SPUN)
        self.assertTrue(spun.spun)
        self.assertTrue(spun)
        self.assertEqual(spun.edits, 3)
        self.assertEqual(spun.threshold, 0.5)
        self.assertGreaterEqual(spun.spin_probability, 0.5)
        self.assertAlmostEqual(spun.spin_probability,
                               self.restorer.restore(SPUN).spin_probability)
        self.assertAlmostEqual(spun.spin_score, self.restorer.restore(SPUN).spin_score)
        clean = self.restorer.check("The council met on Tuesday and approved the budget.")
        self.assertFalse(clean.spun)
        self.assertLess(clean.spin_probability, 0.5)
        self.assertEqual(clean.spin_score, 0)
        # At a threshold above the document's probability it is not spun.
        self.assertFalse(self.restorer.check(SPUN, threshold=1.0).spun or
                         spun.spin_probability == 1.0)

    def test_thesaurus_test_finds_a_story_spun_with_words_no_rule_names(self):
        # Content words swapped for thesaurus neighbours ("balloted", "twelvemonth"):
        # no rule's candidate, but a quarter of the words are out of place.
        story = THESAURUS_SPUN
        plain = unspin.Restorer()
        tested = unspin.Restorer(thesaurus_test=True)
        self.assertLess(plain.check(story).spin_probability, 0.5)
        self.assertGreaterEqual(tested.check(story).spin_probability, 0.5)
        out, _, _ = support.run_cli("--check", "--spell=off", input=story.encode())
        self.assertIn(b"spin probability 0.900", out)
        self.assertGreaterEqual(pickle.loads(pickle.dumps(tested)).check(story).spin_probability,
                                0.5)
        with self.assertRaisesRegex(TypeError, "thesaurus_test must be a bool, not str"):
            unspin.Restorer(thesaurus_test="yes")

    def test_check_refuses_a_threshold_that_is_not_a_probability(self):
        with self.assertRaisesRegex(unspin.Error, "threshold must be a probability from 0 to 1"):
            self.restorer.check(SPUN, threshold=2.0)

    def test_html_pages_have_only_their_text_restored_like_the_html_flag(self):
        page = ('<html><body><p title="satellite tv for pc">The spy satellite tv for pc '
                '<b>rose</b>.</p><pre>satellite tv for pc</pre></body></html>\n')
        result = self.restorer.restore(page, html=True)
        self.assertEqual(result.text, page.replace("spy satellite tv for pc", "spy satellite"))
        expected, _, _ = support.run_cli("--html", "--spell=off", input=page.encode())
        self.assertEqual(result.text.encode(), expected)
        self.assertEqual(result.edits[0].start.byte, page.index("satellite tv for pc <b>"))
        # One artefact in six words: spun by the built-in detector's rule.
        self.assertTrue(self.restorer.check(page, html=True).spun)
        self.assertEqual(self.restorer.restore(page).text.count("satellite tv for pc"), 1,
                         "without html=True the page is plain text: <pre> is restored too")

    def test_spell_report_and_fix(self):
        text = "The goverment said it would act."
        report = unspin.Restorer(spell="report").restore(text)
        self.assertEqual(report.text, text)
        self.assertEqual([(s.word, s.suggestions[:1], s.fixed) for s in report.spelling],
                         [("goverment", ["government"], False)])
        fixed = unspin.Restorer(spell="fix").restore(text)
        self.assertEqual(fixed.text, "The government said it would act.")
        edit = fixed.edits[0]
        self.assertEqual((edit.kind, edit.rule, edit.source, edit.category),
                         ("spelling", None, None, "spelling"))


class ErrorTest(unittest.TestCase):
    def test_broken_rule_file_lists_every_error_like_the_command_line(self):
        with tempfile.NamedTemporaryFile("w", suffix=".rules", delete=False) as f:
            f.write("rule a.b\n  spun: foo bar\n  restore: qux\n  certian: yes\n\n"
                    "rule c.d\n  spun: x\n  contxt: y\n")
        self.addCleanup(os.unlink, f.name)
        with self.assertRaises(unspin.Error) as caught:
            unspin.Restorer(rules=f.name)
        _, stderr, code = support.run_cli("--rules", f.name, "/dev/null")
        self.assertEqual(code, 2)
        lines = str(caught.exception).splitlines()
        self.assertEqual(lines, support.cli_error_lines(stderr))
        self.assertEqual(len(lines), 3)
        self.assertIn(f"{f.name}:4: unknown key 'certian' (did you mean 'certain'?)", lines)
        self.assertIsInstance(caught.exception, ValueError)

    def test_unknown_pack_names_the_installed_packs(self):
        with self.assertRaisesRegex(unspin.Error, r"unknown rule pack 'nope' \(installed: news"):
            unspin.Restorer(packs=["nope"])

    def test_missing_vocabulary_is_an_error(self):
        with self.assertRaisesRegex(unspin.Error, "/no/such.vocab"):
            unspin.Restorer(vocab="/no/such.vocab")

    def test_bad_arguments_raise(self):
        with self.assertRaisesRegex(unspin.Error, "spell must be one of 'off', 'report', 'fix'"):
            unspin.Restorer(spell="loud")
        with self.assertRaises(TypeError):
            unspin.Restorer(rules=5)
        with self.assertRaises(TypeError):
            unspin.Restorer().restore(5)
        with self.assertRaisesRegex(unspin.Error, "min_confidence"):
            unspin.Restorer(min_confidence=2)

    def test_wrong_arguments_get_one_sentence_naming_the_argument(self):
        cases = [
            (dict(foo=1), "Restorer() got an unexpected keyword argument 'foo'"),
            (dict(pack=["news"]),
             "Restorer() got an unexpected keyword argument 'pack' (did you mean 'packs'?)"),
            (dict(spell=True), "spell must be a str ('off', 'report' or 'fix'), not bool"),
            (dict(min_score="x"), "min_score must be a number, not str"),
            (dict(max_doc_bytes=1.5), "max_doc_bytes must be an int, not float"),
        ]
        for kwargs, message in cases:
            with self.subTest(kwargs=kwargs):
                with self.assertRaises(TypeError) as caught:
                    unspin.Restorer(**kwargs)
                self.assertEqual(str(caught.exception), message)
        with self.assertRaisesRegex(TypeError, "multiple values for argument 'packs'"):
            unspin.Restorer(None, ["news"], packs=["news"])
        with self.assertRaisesRegex(TypeError, "at most 4 positional arguments"):
            unspin.Restorer(None, None, None, "off", "fast")

    def test_disable_turns_rules_off_and_enable_back_on(self):
        # Two rules of the news pack restore "Marsh mentioned she":
        # said.mentioned-clause and say.mention-scored.
        self.assertEqual(unspin.Restorer(disable=["said.*", "say.*"]).restore(SPUN).text,
                         RESTORED.replace("Marsh said", "Marsh mentioned"))
        restorer = unspin.Restorer(disable=["said.*", "say.*"], enable="said.mentioned-clause")
        self.assertEqual(restorer.restore(SPUN).text, RESTORED)
        self.assertEqual(restorer.options["disable"], ["said.*", "say.*"])
        self.assertEqual(restorer.options["enable"], ["said.mentioned-clause"])
        self.assertEqual(pickle.loads(pickle.dumps(restorer)).restore(SPUN).text, RESTORED)
        with self.assertWarnsRegex(UserWarning, "disable 'no.such.rule' matches no rule"):
            unspin.Restorer(disable=["no.such.rule"])

    def test_document_over_max_doc_bytes_raises(self):
        restorer = unspin.Restorer(max_doc_bytes=100)
        restorer.restore("x" * 100)
        with self.assertRaisesRegex(unspin.Error, "larger than max_doc_bytes \\(100 bytes\\)"):
            restorer.restore("x" * 101)

    def test_rejected_restorations_warn_and_are_listed(self):
        with tempfile.NamedTemporaryFile("w", suffix=".rules", delete=False) as f:
            f.write("rule odd.one\n  spun: foo bar\n  restore: qzxvq\n  certain: yes\n")
        self.addCleanup(os.unlink, f.name)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            restorer = unspin.Restorer(rules=f.name, spell="report")
        self.assertEqual(len(caught), 1)
        self.assertIn("1 rule restorations are not in the spelling dictionary",
                      str(caught[0].message))
        self.assertEqual(len(restorer.rule_problems), 1)
        self.assertTrue(restorer.rule_problems[0].startswith(f"{f.name}:1: rule 'odd.one'"))
        self.assertEqual(restorer.restore("the foo bar").text, "the foo bar")


class JsonlTest(unittest.TestCase):
    def test_restore_jsonl_gives_the_command_lines_lines_byte_for_byte(self):
        lines = support.jsonl_documents(60) + [
            '{"id": "bad", "text": ',
            '[1, 2]',
            '{"id": "no-text"}',
            '{"id": "number", "text": 5}',
            '{"article": {"body": "the satellite tv for pc"}, "text": "x"}',
            '{"text": "Zürich satellite tv for pc", "unspin": "old"}',
        ]
        stdout, _, code = support.run_cli("--jsonl", "--spell=off",
                                          input=("\n".join(lines) + "\n").encode())
        self.assertEqual(code, 0)
        restorer = unspin.Restorer()
        ours = [restorer.restore_jsonl(line, "text", n) for n, line in enumerate(lines, 1)]
        self.assertEqual(ours, stdout.decode().splitlines())
        nested, _, _ = support.run_cli("--jsonl", "--spell=off", "--field", "article.body",
                                       input=(lines[-2] + "\n").encode())
        self.assertEqual(restorer.restore_jsonl(lines[-2] + "\n", "article.body", 1) + "\n",
                         nested.decode())

    def test_restore_jsonl_passes_every_other_byte_through_as_the_command_line_does(self):
        lines = [
            '{"id":123456789012345678901234567890,"x":1.0e-400,"z":-0,"text":"satellite tv for pc"}',
            '{"text":"a","text":"the satellite tv for pc"} ',
            '',
            '{"unspin":1,"text":"x"}',
            '{"id":1, tru}',
            '{"id":"long","text":"' + "x" * 3000 + '"}',
        ]
        stdout, _, code = support.run_cli("--jsonl", "--spell=off", "--max-doc-bytes", "2000",
                                          input=("\n".join(lines) + "\n").encode())
        self.assertEqual(code, 0)
        restorer = unspin.Restorer(max_doc_bytes=2000)
        ours = [restorer.restore_jsonl(line, "text", n) for n, line in enumerate(lines, 1)]
        cli = stdout.decode().split("\n")[:-1]
        # The limit's name differs (max_doc_bytes, --max-doc-bytes); the rest does not.
        self.assertEqual(ours, [line.replace("--max-doc-bytes", "max_doc_bytes") for line in cli])
        self.assertTrue(ours[0].startswith('{"id":123456789012345678901234567890,"x":1.0e-400,'
                                           '"z":-0,"text":"'), ours[0])
        self.assertNotIn("tv for pc", ours[0].split('"unspin"')[0])
        self.assertEqual(ours[2], "")
        self.assertTrue(ours[5].startswith('{"id":"long","unspin":{"error":'), ours[5])
        renamed = restorer.restore_jsonl(lines[3], report_key="report")
        self.assertTrue(renamed.startswith('{"unspin":1,"text":"x","report":{'), renamed)
        with self.assertRaises(unspin.Error):
            restorer.restore_jsonl(lines[3], "unspin")

    def test_restore_records_never_overwrites_a_key_of_a_dict(self):
        restorer = unspin.Restorer()
        record = {"unspin": "mine", "text": SPUN}
        out = list(unspin.restore_records([record], restorer=restorer))
        self.assertEqual(out[0]["unspin"]["input"], record)
        self.assertIn("already has a key 'unspin'", out[0]["unspin"]["error"])
        renamed = list(unspin.restore_records([record], restorer=restorer, report_key="r"))
        self.assertEqual(renamed[0]["unspin"], "mine")
        self.assertEqual(renamed[0]["text"], RESTORED)
        self.assertEqual(renamed[0]["r"], restorer.restore(SPUN).to_dict())

    def test_restore_records_restores_dicts_and_reports_errors_in_them(self):
        restorer = unspin.Restorer()
        records = [{"id": 1, "text": SPUN}, {"id": 2, "body": {"text": SPUN}}, {"id": 3},
                   {"id": 4, "text": None}, "not json", 7]
        out = list(unspin.restore_records(records, restorer=restorer))
        self.assertEqual(out[0]["text"], RESTORED)
        self.assertEqual(out[0]["unspin"], restorer.restore(SPUN).to_dict())
        self.assertEqual(records[0]["text"], SPUN, "the input record is not modified")
        self.assertEqual(out[2]["unspin"], {"error": "'text': no field 'text'"})
        self.assertEqual(out[3]["unspin"], {"error": "'text': field is not a string (it is null)"})
        self.assertIn("malformed JSON", out[4])
        self.assertEqual(out[5], {"unspin": {"error": "not a JSON object (it is number)"}})
        nested = list(unspin.restore_records(records[1:2], field="body.text", restorer=restorer))
        self.assertEqual(nested[0]["body"]["text"], RESTORED)
        self.assertEqual(records[1]["body"]["text"], SPUN)


class ConcurrencyTest(unittest.TestCase):
    def test_threads_sharing_one_restorer_get_the_sequential_results(self):
        restorer = unspin.Restorer()
        documents = [json.loads(line)["text"] for line in support.jsonl_documents(300)]
        expected = [restorer.restore(d).to_json() for d in documents]
        results = [None] * len(documents)

        def work(start):
            for i in range(start, len(documents), 4):
                results[i] = restorer.restore(documents[i]).to_json()

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, expected)

    def test_restore_releases_the_gil(self):
        # No clock: with thread switches forced only every 1,000 seconds, the
        # GIL changes hands only when a thread gives it up. The main thread
        # counts while the worker is inside restore(): if restore() held the
        # GIL, the main thread could not run until it returned, and the count
        # the worker sees across the call would not move.
        restorer = unspin.Restorer()
        document = " ".join(json.loads(line)["text"] for line in support.jsonl_documents(4000))
        interval = sys.getswitchinterval()
        sys.setswitchinterval(1000)
        try:
            # A loaded machine may not run the main thread during one
            # restoration; with the GIL held it never runs during any.
            for _ in range(10):
                counted = self.count_during_restore(restorer, document)
                if counted > 0:
                    break
        finally:
            sys.setswitchinterval(interval)
        self.assertGreater(counted, 0, "no other thread ran while restore() ran")

    @staticmethod
    def count_during_restore(restorer, document):
        counter = [0]
        seen = {}
        started, finished = threading.Event(), threading.Event()

        def work():
            seen["before"] = counter[0]
            started.set()
            restorer.restore(document)
            seen["after"] = counter[0]
            finished.set()

        worker = threading.Thread(target=work)
        worker.start()
        started.wait()
        # Each wait gives the GIL up, so that the worker can take it back
        # when restore() returns.
        while not finished.wait(0.0005):
            counter[0] += 1
        worker.join()
        return seen["after"] - seen["before"]


class SharingTest(unittest.TestCase):
    def test_restorer_pickles_as_its_options(self):
        restorer = unspin.Restorer(packs=["news"], min_score=0.5)
        copy = pickle.loads(pickle.dumps(restorer))
        self.assertEqual(copy.options, restorer.options)
        self.assertEqual(copy.options["packs"], ["news"])
        self.assertEqual(copy.restore(SPUN).text, restorer.restore(SPUN).text)

    def test_shared_restorer_is_one_per_process_and_options(self):
        a = unspin.shared_restorer(packs=["news"])
        self.assertIs(unspin.shared_restorer(packs=("news",)), a)
        self.assertIsNot(unspin.shared_restorer(packs=["science"]), a)

    def test_the_package_docstring_examples_run(self):
        import doctest
        failed, attempted = doctest.testmod(unspin)
        self.assertEqual((failed, attempted > 0), (0, True))

    def test_data_dir_is_this_checkout(self):
        self.assertEqual(os.path.realpath(unspin.data_dir()), os.path.realpath(support.ROOT))
        self.assertIn("news", unspin.installed_packs())

    def test_lexicon_path_is_the_one_the_build_compiled(self):
        built = os.path.join(os.path.dirname(support.BINARY), "data", "dictionaries", "lexicon.bin")
        expected = os.path.realpath(built) if os.path.exists(built) else ""
        found = unspin.lexicon_path()
        self.assertEqual(os.path.realpath(found) if found else "", expected)


if __name__ == "__main__":
    unittest.main()
