"""Restoring Dask bags and dataframes, one restorer per worker process.

    import dask.bag as db
    from distributed import Client
    import unspin.dask

    client = Client("scheduler:8786")              # or LocalCluster()
    lines = db.read_text("s3://corpus/*.jsonl")    # JSON lines
    clean = unspin.dask.restore_bag(lines, field="text", packs=["news"])
    clean.to_textfiles("s3://corpus-clean/*.jsonl", last_endline=True)  # as `unspin --jsonl`

Each worker process builds one Restorer for the options on the first
partition it gets (unspin.shared_restorer) and reuses it for the rest; a
worker's threads share it and restore in parallel (the GIL is released). The
options are sent to the workers, not the restorer, so nothing large is
pickled. unspin must be importable on the workers, with its data (rules/,
dictionaries/; UNSPIN_DATA_DIR if it is not found by itself).
"""
import functools
from typing import Any, List, Optional

import unspin


def _restore_partition(records, field: str, options: tuple) -> List[Any]:
    restorer = unspin.shared_restorer(**dict(options))
    return list(unspin.restore_records(records, field, restorer=restorer))


def restore_bag(bag, field: str = "text", **restorer_options: Any):
    """A bag whose records are restored like `unspin --jsonl --field FIELD`.

    Records that are JSON lines (str) become the command line's output lines,
    byte for byte; dict records become copies with the field restored and an
    "unspin" report dict added (see unspin.restore_records). Bad records do
    not fail the computation: they carry {"unspin": {"error": ...}}.
    `restorer_options` are unspin.Restorer's (packs, rules, vocab, spell...).
    """
    # Options must be hashable for the per-process cache; a sorted tuple
    # also keeps Dask from reading a list as a task.
    options = tuple(sorted(restorer_options.items()))
    return bag.map_partitions(functools.partial(_restore_partition, field=field, options=options))


def _restore_frame(frame, column: str, spin_score_column: Optional[str],
                   edits_column: Optional[str], options: tuple):
    restorer = unspin.shared_restorer(**dict(options))
    out = frame.copy()
    texts, scores, edits = [], [], []
    for value in frame[column]:
        if isinstance(value, str):
            result = restorer.restore(value)
            texts.append(result.text)
            scores.append(result.spin_score)
            edits.append(len(result))
        else:  # None, NaN: left as it is
            texts.append(value)
            scores.append(float("nan"))
            edits.append(0)
    out[column] = texts
    if spin_score_column:
        out[spin_score_column] = scores
    if edits_column:
        out[edits_column] = edits
    return out


def restore_dataframe(df, column: str = "text", *, spin_score_column: Optional[str] = "spin_score",
                      edits_column: Optional[str] = "edits", **restorer_options: Any):
    """A dataframe with `column` restored, plus each row's spin score and
    number of edits (columns named by spin_score_column and edits_column;
    None leaves one out). Works on a dask.dataframe.DataFrame, and on a
    pandas DataFrame directly. Non-string cells are left as they are, with
    a NaN score and 0 edits.
    """
    options = tuple(sorted(restorer_options.items()))
    restore = functools.partial(_restore_frame, column=column,
                                spin_score_column=spin_score_column,
                                edits_column=edits_column, options=options)
    if not hasattr(df, "map_partitions"):  # pandas
        return restore(df)
    meta = dict(df.dtypes.items())
    if spin_score_column:
        meta[spin_score_column] = "f8"
    if edits_column:
        meta[edits_column] = "i8"
    return df.map_partitions(restore, meta=meta)
