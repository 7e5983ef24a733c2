#!/usr/bin/env python3
"""Every relative link in README.md and docs/*.md names a file of the checkout,
and every #anchor a heading of that file (GitHub's anchors: lower case,
punctuation dropped, spaces as dashes).

  tests/docs/check_links.py ROOT
"""
import os
import re
import sys

LINK = re.compile(r"\]\(([^)\s]+)\)")


def anchors(path):
    found, fence = set(), False
    for line in open(path, encoding="utf-8"):
        if line.startswith("```"):
            fence = not fence
        elif not fence and line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            found.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return found


def main(root):
    pages = [os.path.join(root, "README.md")]
    docs = os.path.join(root, "docs")
    pages += sorted(os.path.join(docs, n) for n in os.listdir(docs) if n.endswith(".md"))
    problems = 0
    for page in pages:
        text = open(page, encoding="utf-8").read()
        for number, line in enumerate(text.split("\n"), 1):
            for target in LINK.findall(line):
                if re.match(r"[a-z]+:", target):
                    continue  # https:, mailto:
                path, _, anchor = target.partition("#")
                resolved = os.path.normpath(os.path.join(os.path.dirname(page), path)) if path else page
                where = f"{os.path.relpath(page, root)}:{number}"
                if not os.path.exists(resolved):
                    print(f"{where}: link to '{target}': no such file")
                    problems += 1
                elif anchor and resolved.endswith(".md") and anchor not in anchors(resolved):
                    print(f"{where}: link to '{target}': no heading '#{anchor}' there")
                    problems += 1
    print(f"check_links: {len(pages)} pages, {problems} broken links")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
