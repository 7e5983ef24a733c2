"""unspin: restore text rewritten by article spinners and paraphrasing tools.

    >>> import unspin
    >>> restorer = unspin.Restorer()          # the news pack, the shipped vocabulary
    >>> result = restorer.restore("The agency launched a spy satellite tv for pc.")
    >>> result.text
    'The agency launched a spy satellite.'
    >>> [(e.original, e.replacement) for e in result.edits]
    [('satellite tv for pc', 'satellite')]

The engine is the command line's own C++ library (the compiled module
unspin._unspin). A Restorer is immutable and thread-safe, and releases the
GIL while it restores. unspin.scrapy holds a Scrapy item pipeline, and
unspin.dask restores Dask bags and dataframes on a cluster.
"""
import threading as _threading
from typing import Any as _Any
from typing import Dict as _Dict
from typing import Iterable as _Iterable
from typing import Iterator as _Iterator
from typing import Optional as _Optional
from typing import Tuple as _Tuple

from unspin._unspin import (  # noqa: F401
    Check,
    Edit,
    Error,
    Position,
    Restorer,
    Result,
    SpellingFinding,
    __version__,
    data_dir,
    installed_packs,
    lexicon_path,
)

__all__ = [
    "__version__",
    "Check",
    "Edit",
    "Error",
    "Position",
    "Restorer",
    "Result",
    "SpellingFinding",
    "data_dir",
    "installed_packs",
    "lexicon_path",
    "restore_records",
    "shared_restorer",
]

for _cls in (Check, Edit, Error, Position, Restorer, Result, SpellingFinding):
    _cls.__module__ = "unspin"
Error.__doc__ = ("unspin's errors (a ValueError), with the command line's message: an unknown "
                 "pack, every file:line error of a broken rule file, a missing vocabulary, a "
                 "document over max_doc_bytes.")

_shared: _Dict[_Tuple, Restorer] = {}
_shared_lock = _threading.Lock()


def _freeze(value: _Any) -> _Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    if hasattr(value, "__fspath__"):
        return str(value.__fspath__())
    return value


def shared_restorer(**options: _Any) -> Restorer:
    """The process's Restorer for these options, created on first use.

    Loading the rules takes a fraction of a second, so workers that restore
    many small batches (Dask partitions, Spark's mapPartitions, a web app)
    should share one restorer per process: this returns the same object for
    the same options, from any thread. The options are Restorer's.
    """
    key = _freeze(options)
    restorer = _shared.get(key)
    if restorer is None:
        with _shared_lock:
            restorer = _shared.get(key)
            if restorer is None:
                restorer = Restorer(**options)
                _shared[key] = restorer
    return restorer


def _type_name(value: _Any) -> str:
    # The names `unspin --jsonl` uses (JSON's), for Python's types.
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _restore_mapping(record: dict, path: list, field: str, restorer: Restorer,
                     report_key: str) -> dict:
    if report_key in record:
        # As `unspin --jsonl`: the report never overwrites a key of the record.
        return {report_key: {"error": f"the record already has a key '{report_key}' "
                                      "(name the report's key with report_key=...)",
                             "input": record}}
    out = dict(record)
    node = out
    for i, key in enumerate(path):
        if not isinstance(node, dict) or key not in node:
            out[report_key] = {"error": f"'{field}': no field '{key}'"}
            return out
        if i + 1 < len(path):
            node[key] = dict(node[key]) if isinstance(node[key], dict) else node[key]
            node = node[key]
    text = node[path[-1]]
    if not isinstance(text, str):
        out[report_key] = {"error": f"'{field}': field is not a string (it is {_type_name(text)})"}
        return out
    try:
        result = restorer.restore(text)
    except Error as error:
        out[report_key] = {"error": str(error)}
        return out
    node[path[-1]] = result.text
    out[report_key] = result.to_dict()  # the report goes last, as in `unspin --jsonl`
    return out


def restore_records(records: _Iterable[_Any], field: str = "text",
                    restorer: _Optional[Restorer] = None, report_key: str = "unspin",
                    **options: _Any) -> _Iterator[_Any]:
    """Restores the text at `field` of each record, like `unspin --jsonl --field FIELD`.

    A record is either a line of JSON (str or bytes), which gives the
    command line's output line (a str, byte for byte the same: every byte
    but the field's value passes through), or a dict, which gives a copy
    with the field restored and a `report_key` dict ("unspin") added (the
    same report: spin_score, edits, spelling, warnings). `field` is a dotted
    path ("article.body"). A bad record does not raise: like the command
    line, it comes back with {"unspin": {"error": ...}}; a record that
    already has `report_key` comes back as {"unspin": {"error": ...,
    "input": record}}. A `field` under `report_key` raises unspin.Error.

    `restorer` defaults to shared_restorer(**options).
    """
    if restorer is None:
        restorer = shared_restorer(**options)
    elif options:
        raise TypeError("give either a restorer or restorer options, not both")
    path = [k.strip() for k in field.split(".")]
    if path[0] == report_key:
        raise Error(f"field '{field}' is under the report's key '{report_key}': "
                    "name another with report_key=...")
    for number, record in enumerate(records, 1):
        if isinstance(record, (str, bytes)):
            yield restorer.restore_jsonl(record, field, number, report_key=report_key)
        elif isinstance(record, dict):
            yield _restore_mapping(record, path, field, restorer, report_key)
        else:
            yield {report_key: {"error": f"not a JSON object (it is {_type_name(record)})"}}
