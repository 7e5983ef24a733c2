"""Tortured phrases, read from the project's science pack (rules/science/tortured.rules).

The pack is unspin's conversion of the Problematic Paper Screener fingerprints
(CC BY 4.0; see ../shared/data/tortured-phrases/SOURCE.md). Read in reverse:
each rule's `restore:` wording is the phrase a scientist writes, its `spun:`
wording the tortured phrase a spinner made of it. The list is read where it
is, never copied.

load(path) -> {expected phrase (lower case): [(tortured phrase, papers), ...]}
"""
import os
import re

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_RULES = os.path.join(REPO, "rules", "science", "tortured.rules")

_PAPERS = re.compile(r"seen in ([\d,]+) papers?")


class TorturedError(Exception):
    pass


def load(path=DEFAULT_RULES):
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as e:
        raise TorturedError(f"{path}: cannot read: {e}")
    table, rule = {}, None

    def close(lineno):
        if rule is None:
            return
        if "spun" not in rule or "restore" not in rule:
            raise TorturedError(f"{path}:{rule['line']}: rule without spun: or restore:")
        m = _PAPERS.search(rule.get("note", ""))
        papers = int(m.group(1).replace(",", "")) if m else 1
        expected, spun = rule["restore"], rule["spun"]
        if spun.lower() != expected.lower():
            table.setdefault(expected.lower(), []).append((spun, papers))

    for lineno, line in enumerate(lines, 1):
        if line.startswith("rule "):
            close(lineno)
            rule = {"line": lineno}
        elif rule is not None and line.startswith("  ") and ":" in line:
            key, _, value = line.strip().partition(":")
            rule.setdefault(key, value.strip())
    close(len(lines))
    if not table:
        raise TorturedError(f"{path}: no rules")
    for entries in table.values():
        entries.sort(key=lambda e: (-e[1], e[0]))
    return table
