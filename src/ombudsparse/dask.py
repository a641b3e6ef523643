"""Scale-out on Dask: web archives to a Dask bag of article records (the ``dask`` extra).

Each partition is one range of records of one archive, so a cluster's workers
read different parts of the same large file in parallel; WARC files are
indexed once (record offsets) to cut them into ranges. Partitions yield plain
records (:func:`~ombudsparse.to_dict` output plus ``input`` and ``offset``),
which every Dask scheduler can move between processes and machines.

Example, on a laptop (the local scheduler) or a cluster alike::

    import ombudsparse.dask

    bag = ombudsparse.dask.articles_bag(["crawl-00.warc.gz", "crawl-01.warc.gz"])
    trend = bag.filter(lambda record: record["source"] == "trend")
    trend.to_dataframe().to_parquet("trend/")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from ombudsparse._extras import require
from ombudsparse.inputs import PAGE_RECORD_TYPES, Failed, is_archive
from ombudsparse.pipeline import Done, Job, ParseOptions, Product, run_task, span_task

__all__ = ["RECORDS_PER_PARTITION", "articles_bag", "record_ranges"]

#: How many archive records make one partition by default.
RECORDS_PER_PARTITION = 1_000


def record_ranges(
    path: str, per_partition: int = RECORDS_PER_PARTITION
) -> list[tuple[str, int, int]]:
    """Cut an archive into (path, first offset, number of records) ranges.

    Files that are not archives, and archives too damaged to index, are one
    range each (read from start to end, with an error record per bad record).
    """
    if not is_archive(path):
        return [(path, 0, 0)]
    archives = require("warcio.archiveiterator", "warc", "reading WARC files")
    offsets: list[int] = []
    try:
        with open(path, "rb") as stream:
            records = archives.ArchiveIterator(stream)
            records.INC_RECORD = ""  # a wrong length is reported by read_archive(), once
            for record in records:
                # Count the records that read_archive() yields an item for, and only those.
                if record.rec_type in PAGE_RECORD_TYPES:
                    offsets.append(records.get_record_offset())
    except Exception:  # a damaged or unreadable archive: read whole, reporting each bad record
        return [(path, 0, 0)]
    return [
        (path, offsets[start], len(offsets[start : start + per_partition]))
        for start in range(0, len(offsets), per_partition)
    ] or [(path, 0, 0)]


def _records_of_range(task: tuple[str, int, int], job: Job) -> Iterator[dict[str, Any]]:
    """Parse one partition's range as ``--jobs`` workers parse theirs; failures as records."""
    for result in run_task(span_task(*task), job):
        if isinstance(result, Done):
            yield result.value
        elif isinstance(result, Failed):
            yield {"input": result.name, "offset": result.offset, "error": result.reason}


def articles_bag(
    paths: Sequence[str],
    *,
    records_per_partition: int = RECORDS_PER_PARTITION,
    source: str | None = None,
    reference_date: dt.date | None = None,
    generic: bool = False,
) -> Any:
    """Return a Dask bag of article records from web archives (and page files).

    A record that fails to parse comes out as ``{"input", "offset", "error"}``
    rather than stopping the computation: nothing is lost.

    Args:
        paths: WARC/ARC files (plain or gzipped) and page files.
        records_per_partition: Archive records per partition.
        source: Force a source for every page.
        reference_date: A date the pages were published on or before; by default
            each record's ``WARC-Date``.
        generic: Read pages of other outlets with trafilatura.

    Raises:
        InvalidArgumentError: the ``dask`` extra is not installed.
    """
    bags = require("dask.bag", "dask", "Dask support")
    options = ParseOptions(source=source, reference_date=reference_date, generic=generic)
    job = Job(options=options, produce=Product.RECORD)
    tasks = [task for path in paths for task in record_ranges(path, records_per_partition)]
    bag = bags.from_sequence(tasks, npartitions=max(1, len(tasks)))
    return bag.map_partitions(
        lambda part: [record for task in part for record in _records_of_range(task, job)]
    )
