"""A Scrapy item pipeline that restores spun text in scraped items.

In the project's settings.py:

    ITEM_PIPELINES = {"unspin.scrapy.UnspinPipeline": 300}
    UNSPIN_FIELDS = ["title", "body"]      # the fields to restore (default: ["text"])
    UNSPIN_PACKS = ["news"]                # rule packs (default: news)
    UNSPIN_RULES = []                      # rule files or directories instead of the packs'
    UNSPIN_DROP_ABOVE = 20.0               # drop items whose spin score is above this
    UNSPIN_KEEP_ORIGINAL = True            # keep the input in "{field}_original"
    UNSPIN_ADD_SCORE = True                # store the spin score in "spin_score"
    UNSPIN_SPUN_THRESHOLD = 0.5            # spin probability at which an item counts as spun
    UNSPIN_DROP_SPUN = False               # drop items counted as spun
    UNSPIN_ADD_PROBABILITY = False         # store the spin probability in "spin_probability"
    UNSPIN_OPTIONS = {"min_score": 0.5}    # any other unspin.Restorer argument
    UNSPIN_HTML = False                    # True: the fields hold HTML; only its text is restored

UNSPIN_KEEP_ORIGINAL may also be a format string ("raw_{field}") and
UNSPIN_ADD_SCORE a field name. A field may hold a string or a list of
strings (a `getall()`); missing and empty fields are left alone. With
scrapy.Item classes, declare the extra fields (body_original, spin_score).

An item's spin score (certain artefacts per 1,000 words) and spin
probability (the detector's, 0-1) are those of its fields taken together,
so a short title with one artefact does not get the item dropped. Dropping
spun items (UNSPIN_DROP_SPUN) is what a crawl filter usually wants: the
probability weighs all the evidence, the score only certain artefacts.
Restoration runs in Twisted's thread pool with the GIL released, so the
crawl goes on meanwhile. Stats: unspin/items, unspin/edits, unspin/spun
(items at or above UNSPIN_SPUN_THRESHOLD), unspin/dropped, unspin/errors.
"""
import logging
from typing import Any, List, Optional

from scrapy.exceptions import DropItem, NotConfigured

import unspin

logger = logging.getLogger(__name__)

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off", "none"}


def _name_setting(value: Any, default: str, setting: str) -> Optional[str]:
    """True/False (also as the strings -s passes) or a field name or template."""
    if value is None or value is False:
        return None
    if value is True:
        return default
    if isinstance(value, str):
        if value.strip().lower() in _TRUE:
            return default
        if value.strip().lower() in _FALSE:
            return None
        return value
    raise NotConfigured(f"{setting} must be a boolean or a field name, not {value!r}")


class UnspinPipeline:
    """Restores UNSPIN_FIELDS of every item; see the module's documentation."""

    def __init__(self, fields: Optional[List[str]] = None, packs: Optional[List[str]] = None,
                 rules: Optional[List[str]] = None, drop_above: Optional[float] = None,
                 keep_original: Optional[str] = None, add_score: Optional[str] = None,
                 options: Optional[dict] = None, stats: Any = None, in_thread: bool = True,
                 html: bool = False, spun_threshold: float = 0.5, drop_spun: bool = False,
                 add_probability: Optional[str] = None):
        if not 0 <= spun_threshold <= 1:
            raise NotConfigured(f"UNSPIN_SPUN_THRESHOLD must be a probability from 0 to 1, "
                                f"not {spun_threshold!r}")
        self.fields = list(fields or ["text"])
        self.restorer_options = dict(options or {})
        if packs:
            self.restorer_options["packs"] = list(packs)
        if rules:
            self.restorer_options["rules"] = list(rules)
        self.drop_above = drop_above
        self.keep_original = keep_original  # a template with {field}, or None
        self.add_score = add_score          # a field name, or None
        self.stats = stats
        self.in_thread = in_thread
        self.html = html
        self.spun_threshold = spun_threshold
        self.drop_spun = drop_spun
        self.add_probability = add_probability  # a field name, or None
        self.restorer: Optional[unspin.Restorer] = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        drop_above = s.get("UNSPIN_DROP_ABOVE")
        return cls(
            fields=s.getlist("UNSPIN_FIELDS") or ["text"],
            packs=s.getlist("UNSPIN_PACKS") or None,
            rules=s.getlist("UNSPIN_RULES") or None,
            drop_above=None if drop_above in (None, "") else float(drop_above),
            keep_original=_name_setting(s.get("UNSPIN_KEEP_ORIGINAL"), "{field}_original",
                                        "UNSPIN_KEEP_ORIGINAL"),
            add_score=_name_setting(s.get("UNSPIN_ADD_SCORE"), "spin_score", "UNSPIN_ADD_SCORE"),
            options=s.getdict("UNSPIN_OPTIONS"),
            stats=crawler.stats,
            html=s.getbool("UNSPIN_HTML"),
            spun_threshold=s.getfloat("UNSPIN_SPUN_THRESHOLD", 0.5),
            drop_spun=s.getbool("UNSPIN_DROP_SPUN"),
            add_probability=_name_setting(s.get("UNSPIN_ADD_PROBABILITY"), "spin_probability",
                                          "UNSPIN_ADD_PROBABILITY"),
        )

    def open_spider(self, spider):
        # One restorer for the crawl: loading the rules is the costly part.
        self.restorer = unspin.Restorer(**self.restorer_options)
        logger.info("unspin: %d rules, fields %s", self.restorer.rule_count, self.fields)

    def close_spider(self, spider):
        self.restorer = None

    def process_item(self, item, spider):
        if not self.in_thread:
            return self.restore_item(item)
        from twisted.internet.threads import deferToThread
        return deferToThread(self.restore_item, item)

    def restore_item(self, item):
        """Restores the item in place and returns it; raises DropItem when
        its spin score is above UNSPIN_DROP_ABOVE."""
        from itemadapter import ItemAdapter
        if self.restorer is None:
            self.open_spider(None)
        adapter = ItemAdapter(item)
        texts = {f: adapter.get(f) for f in self.fields if self._restorable(adapter.get(f))}
        # The detector runs anyway (it counts unspin/spun): the score comes with it.
        need_score = bool(texts)
        score = None
        single = len(texts) == 1 and isinstance(next(iter(texts.values())), str)
        if need_score and not single:  # one str field: its own restore gives the score
            score = self._score(texts)
            self._maybe_drop(score)
        edits = 0
        for field, value in texts.items():
            try:
                if isinstance(value, str):
                    result = self.restorer.restore(value, html=self.html)
                    restored, edits = result.text, edits + len(result)
                    if score is None and need_score:
                        score = (result.spin_score, result.spin_probability)
                        self._maybe_drop(score)
                else:
                    results = [self.restorer.restore(v, html=self.html)
                               if isinstance(v, str) else None for v in value]
                    restored = [r.text if r is not None else v for r, v in zip(results, value)]
                    edits += sum(len(r) for r in results if r is not None)
            except unspin.Error as error:
                # Too large to restore whole: pass the item on as it is.
                logger.warning("unspin: %s: %s; left as it is", field, error)
                self._inc("unspin/errors")
                continue
            if self.keep_original is not None:
                adapter[self.keep_original.format(field=field)] = value
            adapter[field] = restored
        if self.add_score is not None:
            adapter[self.add_score] = score[0] if score is not None else 0.0
        if self.add_probability is not None:
            adapter[self.add_probability] = score[1] if score is not None else 0.0
        self._inc("unspin/items")
        self._inc("unspin/edits", edits)
        return item

    @staticmethod
    def _restorable(value: Any) -> bool:
        if isinstance(value, str):
            return bool(value)
        return isinstance(value, (list, tuple)) and any(isinstance(v, str) for v in value)

    def _score(self, texts: dict) -> tuple:
        """The spin score and probability of all the item's text as one document."""
        parts = []
        for value in texts.values():
            parts.extend([value] if isinstance(value, str) else
                         [v for v in value if isinstance(v, str)])
        try:
            check = self.restorer.check("\n\n".join(parts), html=self.html)
            return check.spin_score, check.spin_probability
        except unspin.Error:
            return 0.0, 0.0

    def _maybe_drop(self, score: tuple):
        spin_score, probability = score
        spun = probability >= self.spun_threshold
        if spun:
            self._inc("unspin/spun")
        if self.drop_spun and spun:
            self._inc("unspin/dropped")
            raise DropItem(f"unspin: spin probability {probability:.2f} is at or above "
                           f"UNSPIN_SPUN_THRESHOLD ({self.spun_threshold:g})")
        if self.drop_above is not None and spin_score > self.drop_above:
            self._inc("unspin/dropped")
            raise DropItem(f"unspin: spin score {spin_score:.1f} is above UNSPIN_DROP_ABOVE "
                           f"({self.drop_above:g})")

    def _inc(self, key: str, count: int = 1):
        if self.stats is not None:
            self.stats.inc_value(key, count)
