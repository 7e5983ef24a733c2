"""Documents to spin, from text files, directories or JSONL.

read(paths, text_field="text") yields (id, text, extra) in a stable order:

- a text file: one document, id = the file name without .txt (and without
  .original, so corpus/news/x.original.txt is 'x');
- a directory: every *.txt file below it, sorted by relative path, hidden
  names skipped, and spun or restored copies (*.spun.txt, *.unspin.txt)
  skipped: they are not originals; id = relative path without the suffix;
- a *.jsonl file: one document per line with a TEXT_FIELD string; id = the
  record's "id" (else FILE:LINE); "source" and "heldout" are carried along.

Text is decoded as strict UTF-8 with line ends untouched, so that the
`original` of a record is the input byte for byte.
"""
import json
import os


class DocumentError(Exception):
    pass


def _decode(data, where):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DocumentError(f"{where}: invalid UTF-8 at byte {e.start}")


def _doc_id(rel):
    for suffix in (".original.txt", ".txt"):
        if rel.endswith(suffix):
            return rel[:-len(suffix)]
    return rel


def _read_file(path, rel):
    with open(path, "rb") as f:
        return _doc_id(rel), _decode(f.read(), path), {}


def _read_jsonl(path, text_field):
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            where = f"{path}:{lineno}"
            line = _decode(raw, where).strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise DocumentError(f"{where}: not JSON: {e.msg} at column {e.colno}")
            if not isinstance(rec, dict) or not isinstance(rec.get(text_field), str):
                raise DocumentError(f"{where}: no string field '{text_field}'")
            extra = {k: rec[k] for k in ("source", "heldout") if k in rec}
            yield str(rec.get("id", f"{os.path.basename(path)}:{lineno}")), rec[text_field], extra


def _walk(directory):
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if (name.endswith(".txt") and not name.startswith(".")
                    and not name.endswith((".spun.txt", ".unspin.txt"))):
                path = os.path.join(root, name)
                found.append((os.path.relpath(path, directory).replace(os.sep, "/"), path))
    return sorted(found)


def read(paths, text_field="text"):
    for path in paths:
        if os.path.isdir(path):
            for rel, full in _walk(path):
                yield _read_file(full, rel)
        elif not os.path.exists(path):
            raise DocumentError(f"{path}: no such file or directory")
        elif path.endswith(".jsonl"):
            yield from _read_jsonl(path, text_field)
        else:
            yield _read_file(path, os.path.basename(path))
