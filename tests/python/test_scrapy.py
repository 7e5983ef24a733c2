"""unspin.scrapy.UnspinPipeline: a real Scrapy crawl of a local site of spun
articles (tests/python/site/, text written for this test), and the
pipeline's settings on items directly."""
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

support.require("unspin", "scrapy")
import unspin  # noqa: E402
from scrapy.exceptions import DropItem, NotConfigured  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from unspin.scrapy import UnspinPipeline  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def crawl(base, output, settings):
    """Starts `scrapy runspider` on the test site; returns the process."""
    command = [sys.executable, "-m", "scrapy", "runspider", os.path.join(HERE, "site_spider.py"),
               "-a", f"base={base}", "-O", f"{output}:jsonlines",
               "-s", "LOG_LEVEL=INFO", "-s", "TELNETCONSOLE_ENABLED=False",
               "-s", "REQUEST_FINGERPRINTER_IMPLEMENTATION=2.7",
               "-s", 'ITEM_PIPELINES={"unspin.scrapy.UnspinPipeline": 300}']
    for key, value in settings.items():
        command += ["-s", f"{key}={value}"]
    return subprocess.Popen(command, cwd=os.path.dirname(output), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(process):
    out, err = process.communicate(timeout=120)
    return process.returncode, out + err


def page(items, name):
    matches = [i for i in items if i["url"].endswith("/" + name)]
    return matches[0] if matches else None


class CrawlTest(unittest.TestCase):
    """Two crawls side by side: one drops items above a spin score of 100,
    the other keeps them all with renamed fields."""

    @classmethod
    def setUpClass(cls):
        handler = functools.partial(QuietHandler, directory=SITE)
        cls.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{cls.server.server_address[1]}/"
        cls.work = tempfile.mkdtemp(prefix="unspin-scrapy-")
        dropping = crawl(base, os.path.join(cls.work, "dropping.jsonl"), {
            "UNSPIN_FIELDS": "title,body", "UNSPIN_DROP_ABOVE": "100",
            "UNSPIN_KEEP_ORIGINAL": "True", "UNSPIN_ADD_SCORE": "True"})
        keeping = crawl(base, os.path.join(cls.work, "keeping.jsonl"), {
            "UNSPIN_FIELDS": "title,body", "UNSPIN_KEEP_ORIGINAL": "raw_{field}",
            "UNSPIN_ADD_SCORE": "page_score", "UNSPIN_PACKS": "news"})
        cls.dropping_status, cls.dropping_log = finish(dropping)
        cls.keeping_status, cls.keeping_log = finish(keeping)
        cls.server.shutdown()
        cls.server.server_close()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work)

    def items(self, name):
        with open(os.path.join(self.work, name), encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    def test_crawl_restores_titles_and_bodies(self):
        self.assertEqual(self.dropping_status, 0, self.dropping_log)
        items = self.items("dropping.jsonl")
        harbour = page(items, "harbour-bridge.html")
        self.assertEqual(harbour["title"], "Council called for faster harbour bridge repairs")
        self.assertIn("Engineers came up with a plan", harbour["body"])
        self.assertTrue(harbour["body"].endswith(" as well."))
        self.assertEqual(page(items, "storm.html")["title"],
                         "Storm leaves tens of thousands without power")
        rowing = page(items, "rowing.html")
        self.assertEqual(rowing["title"], "Rowing club wins national title for the first time")
        self.assertIn('"We believed we could do it, and we never stopped believing,"',
                      rowing["body"], "quoted speech is left alone")
        # Exactly what the module gives for the original text.
        restorer = unspin.Restorer()
        for item in items:
            for field in ("title", "body"):
                self.assertEqual(item[field], restorer.restore(item[f"{field}_original"]).text)

    def test_originals_are_kept_and_scores_added(self):
        items = self.items("dropping.jsonl")
        harbour = page(items, "harbour-bridge.html")
        self.assertEqual(harbour["title_original"],
                         "Council referred to as for faster harbour bridge repairs")
        self.assertIn("Engineers got here up with a plan", harbour["body_original"])
        self.assertGreater(harbour["spin_score"], 10)
        library = page(items, "library.html")
        self.assertEqual(library["spin_score"], 0)
        self.assertEqual(library["body"], library["body_original"])
        # The item's score is that of title and body together.
        expected = restorer_check(harbour["title_original"] + "\n\n" + harbour["body_original"])
        self.assertAlmostEqual(harbour["spin_score"], expected)

    def test_heavily_spun_page_is_dropped_above_the_threshold(self):
        items = self.items("dropping.jsonl")
        self.assertEqual(sorted(i["url"].rsplit("/", 1)[1] for i in items),
                         ["harbour-bridge.html", "library.html", "rowing.html", "storm.html"])
        self.assertIn("spin score", self.dropping_log)
        self.assertIn("above UNSPIN_DROP_ABOVE (100)", self.dropping_log)
        self.assertIn("'unspin/dropped': 1", self.dropping_log)
        self.assertIn("'unspin/items': 4", self.dropping_log)

    def test_without_a_threshold_every_page_is_kept_under_the_named_fields(self):
        self.assertEqual(self.keeping_status, 0, self.keeping_log)
        items = self.items("keeping.jsonl")
        self.assertEqual(len(items), 5)
        deals = page(items, "deals.html")
        self.assertGreater(deals["page_score"], 100)
        self.assertEqual(deals["title"], "How much you can save on satellite this year")
        self.assertEqual(deals["raw_title"],
                         "How a lot you can save on satellite tv for pc this yr")
        self.assertNotIn("spin_score", deals)
        self.assertNotIn("title_original", deals)


_restorer = None


def restorer_check(text):
    global _restorer
    _restorer = _restorer or unspin.Restorer()
    return _restorer.check(text).spin_score


class SettingsTest(unittest.TestCase):
    def pipeline(self, **settings):
        crawler = get_crawler(settings_dict=settings)
        pipeline = UnspinPipeline.from_crawler(crawler)
        pipeline.in_thread = False
        pipeline.open_spider(None)
        return pipeline, crawler

    def test_default_field_is_text_and_nothing_is_added(self):
        pipeline, _ = self.pipeline()
        item = pipeline.process_item({"text": "The spy satellite tv for pc rose.", "n": 1}, None)
        self.assertEqual(item, {"text": "The spy satellite rose.", "n": 1})

    def test_list_fields_are_restored_element_by_element(self):
        pipeline, crawler = self.pipeline(UNSPIN_FIELDS=["paragraphs"], UNSPIN_KEEP_ORIGINAL=True)
        paragraphs = ["The spy satellite tv for pc rose.", "Engineers got here up with it.", None]
        item = pipeline.process_item({"paragraphs": list(paragraphs)}, None)
        self.assertEqual(item["paragraphs"],
                         ["The spy satellite rose.", "Engineers came up with it.", None])
        self.assertEqual(item["paragraphs_original"], paragraphs)
        self.assertEqual(crawler.stats.get_value("unspin/edits"), 2)

    def test_missing_and_non_text_fields_are_left_alone(self):
        pipeline, _ = self.pipeline(UNSPIN_FIELDS="title,body", UNSPIN_ADD_SCORE=True)
        item = pipeline.process_item({"title": 7}, None)
        self.assertEqual(item, {"title": 7, "spin_score": 0.0})

    def test_drop_above_raises_drop_item(self):
        pipeline, crawler = self.pipeline(UNSPIN_DROP_ABOVE=5)
        with self.assertRaisesRegex(DropItem, r"spin score 200.0 is above UNSPIN_DROP_ABOVE \(5\)"):
            pipeline.process_item({"text": "The satellite tv for pc."}, None)
        self.assertEqual(crawler.stats.get_value("unspin/dropped"), 1)
        kept = pipeline.process_item({"text": "The council met on Tuesday."}, None)
        self.assertEqual(kept["text"], "The council met on Tuesday.")

    def test_spun_items_are_counted_and_dropped_by_their_spin_probability(self):
        pipeline, crawler = self.pipeline(UNSPIN_DROP_SPUN=True, UNSPIN_SPUN_THRESHOLD=0.5)
        with self.assertRaisesRegex(DropItem, r"spin probability [01]\.\d\d is at or above "
                                              r"UNSPIN_SPUN_THRESHOLD \(0\.5\)"):
            pipeline.process_item({"text": "The satellite tv for pc rose."}, None)
        self.assertEqual(crawler.stats.get_value("unspin/spun"), 1)
        self.assertEqual(crawler.stats.get_value("unspin/dropped"), 1)
        kept = pipeline.process_item({"text": "The council met on Tuesday."}, None)
        self.assertEqual(kept, {"text": "The council met on Tuesday."})
        self.assertEqual(crawler.stats.get_value("unspin/spun"), 1)

    def test_the_spin_probability_is_stored_when_asked(self):
        pipeline, _ = self.pipeline(UNSPIN_FIELDS=["title", "body"], UNSPIN_ADD_PROBABILITY=True)
        item = pipeline.process_item({"title": "Storm", "body": "The satellite tv for pc rose."},
                                     None)
        check = unspin.Restorer().check("Storm\n\nThe satellite tv for pc rose.")
        self.assertAlmostEqual(item["spin_probability"], check.spin_probability)

    def test_a_threshold_outside_zero_to_one_is_refused(self):
        with self.assertRaisesRegex(NotConfigured, "UNSPIN_SPUN_THRESHOLD must be a probability"):
            self.pipeline(UNSPIN_SPUN_THRESHOLD=3)

    def test_rules_and_options_settings_reach_the_restorer(self):
        rules = os.path.join(support.ROOT, "rules", "news", "artefacts.rules")
        pipeline, _ = self.pipeline(UNSPIN_RULES=[rules], UNSPIN_OPTIONS={"vocab": False})
        self.assertEqual(pipeline.restorer.options["rules"], [rules])
        self.assertIs(pipeline.restorer.options["vocab"], False)
        self.assertLess(pipeline.restorer.rule_count, 100)

    def test_html_fields_have_only_their_text_restored(self):
        pipeline, _ = self.pipeline(UNSPIN_FIELDS=["html"], UNSPIN_HTML=True)
        page = '<p class="satellite tv for pc">The spy satellite tv for pc rose.</p>'
        item = pipeline.process_item({"html": page}, None)
        self.assertEqual(item["html"], '<p class="satellite tv for pc">The spy satellite rose.</p>')

    def test_scrapy_items_get_their_declared_fields(self):
        import scrapy

        class Article(scrapy.Item):
            text = scrapy.Field()
            text_original = scrapy.Field()
            spin_score = scrapy.Field()

        pipeline, _ = self.pipeline(UNSPIN_KEEP_ORIGINAL=True, UNSPIN_ADD_SCORE=True)
        item = pipeline.process_item(Article(text="The spy satellite tv for pc rose."), None)
        self.assertEqual(item["text"], "The spy satellite rose.")
        self.assertEqual(item["text_original"], "The spy satellite tv for pc rose.")
        self.assertGreater(item["spin_score"], 100)


if __name__ == "__main__":
    unittest.main()
