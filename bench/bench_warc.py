"""Streaming and throughput over web archives: peak memory and pages per second.

    python bench/bench_warc.py                 # 1,000 vs 20,000 records; --jobs 1 vs 2
    python bench/bench_warc.py --small 200 --large 2000 --rounds 5 --format csv

Writes two WARC.gz files of generated article pages of the three sources (in a
temporary folder), then runs ``ombudsparse parse`` on each as a separate process
and reads the operating system's accounting of that process: its peak resident
memory, and its wall time. Streaming means the peak stays flat when the archive
grows twenty-fold. Then, ``--rounds`` times, the large archive with ``--jobs 1``
and ``--jobs 2`` one after the other: the speed-up is the ratio of the two
times of one round, and the least of the rounds is the one to quote (the
machine may be shared; the targets of issue 14 are a ratio <= 1.2 for memory
and a speed-up >= 1.7 on two cores). This is a benchmark, not a test: it
asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import azernews_page, official_page, trend_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def write_archive(path: Path, records: int, size: int) -> None:
    rng = random.Random(7)
    makers = (trend_page, azernews_page, official_page)
    with warnings.catch_warnings(), open(path, "wb") as stream:
        warnings.simplefilter("ignore", ResourceWarning)
        writer = WARCWriter(stream, gzip=True)
        for index in range(records):
            url, page = makers[index % 3](rng, size)
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(page),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-05-20T08:00:00Z"},
            )
            writer.write_record(record)


def run(archive: Path, jobs: int, output_format: str = "jsonl") -> tuple[float, float]:
    """Run the command on an archive; return (wall seconds, peak RSS in MiB)."""
    command = [
        sys.executable,
        "-m",
        "ombudsparse",
        "parse",
        "--jobs",
        str(jobs),
        "--format",
        output_format,
        "-o",
        os.devnull if output_format != "parquet" else str(archive.with_suffix(".parquet")),
        str(archive),
    ]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{command} failed with status {status}")
    return wall, usage.ru_maxrss / 1024  # kB on Linux


_SHARE = """
import resource, sys
from ombudsparse.pipeline import Done, Job, Product, run
before = resource.getrusage(resource.RUSAGE_SELF)
with open(sys.argv[2], "w") as out:
    for result in run([sys.argv[1]], Job(produce=Product.LINE), jobs=2, timeout=30):
        if isinstance(result, Done):
            out.write(result.value)
me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(me.ru_utime + me.ru_stime - before.ru_utime - before.ru_stime, workers.ru_utime + workers.ru_stime)
"""


def cpu_share(archive: Path) -> tuple[float, float]:
    """Return the CPU seconds of the main process and of the workers for --jobs 2 (imports apart)."""
    command = [sys.executable, "-c", _SHARE, str(archive), os.devnull]
    main_cpu, workers_cpu = subprocess.run(
        command, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(main_cpu), float(workers_cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=20_000)
    parser.add_argument("--size", type=int, default=20_000, help="bytes of chrome per page")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of --jobs 1 vs 2")
    parser.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder, "small.warc.gz"), Path(folder, "large.warc.gz")
        write_archive(small, args.small, args.size)
        write_archive(large, args.large, args.size)
        print(
            f"archives: {args.small} records ({small.stat().st_size / 2**20:.1f} MiB), "
            f"{args.large} records ({large.stat().st_size / 2**20:.1f} MiB); "
            f"output {args.format}; {os.cpu_count()} CPUs"
        )
        _wall, small_peak = run(small, 1, args.format)
        _wall, large_peak = run(large, 1, args.format)
        print(f"  peak RSS, {args.small} records:  {small_peak:7.1f} MiB")
        print(f"  peak RSS, {args.large} records: {large_peak:7.1f} MiB")
        print(f"  ratio large/small:          {large_peak / small_peak:7.2f} (target <= 1.2)")
        print("  (peak RSS is of the main process; with --jobs each worker has its own)")
        ratios = []
        for number in range(1, args.rounds + 1):
            wall_1, _peak = run(large, 1, args.format)
            wall_2, _peak = run(large, 2, args.format)
            ratios.append(wall_1 / wall_2)
            print(
                f"  round {number}: --jobs 1 {args.large / wall_1:6.1f} pages/s ({wall_1:.1f} s), "
                f"--jobs 2 {args.large / wall_2:6.1f} pages/s ({wall_2:.1f} s), "
                f"speed-up {ratios[-1]:.2f}x"
            )
        print(f"  speed-up, least of {args.rounds} rounds: {min(ratios):.2f}x (target >= 1.7)")
        main_cpu, workers_cpu = cpu_share(large)
        print(
            f"  --jobs 2, CPU: main process {main_cpu:.2f} s, workers {workers_cpu:.2f} s "
            f"(the main process's share: {main_cpu / (main_cpu + workers_cpu):.1%}; a machine "
            "that no one else uses then runs 2 workers at up to "
            f"{2 * workers_cpu / (workers_cpu + main_cpu):.2f}x one's speed)"
        )


if __name__ == "__main__":
    main()
