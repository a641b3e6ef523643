"""Every ``$ ombudsparse ...`` command the README and the docs print runs as printed.

Folders the docs name (``saved/``, ``crawl/``, ``crawl-2026-11/``) are made in a
temporary working folder: the seeds, a saved Trend text, and a small web archive of
a Trend page. Each command must exit 0 and write what its comment or redirection says.
"""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from ombudsparse.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
_COMMAND = re.compile(r"^\$ (ombudsparse .+?)(?:\s+#.*)?$", re.MULTILINE)


def documented_commands() -> list[tuple[str, str]]:
    found = []
    for document in DOCUMENTS:
        if "_build" in document.parts:
            continue
        for command in _COMMAND.findall(document.read_text(encoding="utf-8")):
            found.append((document.relative_to(ROOT).as_posix(), command))
    return found


def _archive(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (ROOT / "tests" / "fixtures" / "trend").glob("*.html")
    body = next(iter(sorted(page))).read_bytes()
    with warnings.catch_warnings(), path.open("wb") as stream:
        warnings.simplefilter("ignore", ResourceWarning)  # warcio's own buffers
        writer = WARCWriter(stream, gzip=True)
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                "https://en.trend.az/azerbaijan/politics/1.html",
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-05-20T08:00:00Z"},
            )
        )


@pytest.fixture
def workplace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pytest.importorskip("warcio")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "seeds", tmp_path / "saved")
    shutil.copy(
        ROOT / "seeds" / "003_5108123480d13a73.txt", tmp_path / "saved" / "trend-article.txt"
    )
    shutil.copy(ROOT / "seeds" / "003_5108123480d13a73.txt", tmp_path / "article.txt")
    for folder in ("crawl", "crawl-2026-11"):
        (tmp_path / folder).mkdir()
        _archive(tmp_path / folder / "2026-11-30.warc.gz")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _expand(word: str, workplace: Path) -> list[str]:
    if "*" in word:
        return sorted(str(p.relative_to(workplace)) for p in workplace.glob(word))
    return [word]


@pytest.mark.parametrize(("document", "command"), documented_commands())
def test_the_documented_command_runs_as_printed(
    workplace: Path, document: str, command: str
) -> None:
    words = shlex.split(command)[1:]
    target = None
    if ">" in words:  # the shell's redirection of standard output
        at = words.index(">")
        target, words = workplace / words[at + 1], words[:at]
    argv = [expanded for word in words for expanded in _expand(word, workplace)]
    if "report" in argv[:1]:
        pytest.importorskip("matplotlib")
    if any(arg.endswith(".parquet") for arg in argv):
        pytest.importorskip("pyarrow")
    if argv[:1] == ["report"] and "articles.jsonl" in argv:
        # "from records parse wrote": the page's previous command wrote them.
        assert main(["parse", "saved/", "-o", "articles.jsonl"], stderr=io.StringIO()) == 0
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdout=out, stderr=err)
    assert status == 0, f"{document}: {command}\n{err.getvalue()}"
    errors = argv[argv.index("--errors") + 1] if "--errors" in argv else None
    written = [
        workplace / a
        for a in argv
        if a.endswith((".html", ".csv", ".parquet", ".jsonl")) and a != errors
    ]
    written = [path for path in written if not path.is_relative_to(workplace / "saved")]
    if errors is not None:  # written, and empty: every input parsed
        assert (workplace / errors).read_text(encoding="utf-8") == ""
    if target is not None:
        target.write_text(out.getvalue(), encoding="utf-8")
        written.append(target)
    elif not written:
        written_text = out.getvalue()
        assert written_text.strip(), f"{document}: {command} printed nothing"
    for path in written:
        assert path.exists(), f"{document}: {command} did not write {path.name}"
        assert path.stat().st_size > 0, f"{document}: {command} wrote an empty {path.name}"


def test_the_documents_print_commands() -> None:
    # The parametrisation above is not empty by accident: the quickstart has commands.
    documents = {document for document, _ in documented_commands()}
    assert {"README.md", "docs/quickstart.md", "docs/meetings.md"} <= documents


def _dask_example() -> str:
    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    (example,) = [
        block for block in re.findall(r"```python\n(.*?)```", text, re.DOTALL) if "dask" in block
    ]
    return example


def test_the_dask_example_runs_as_printed(workplace: Path) -> None:
    # As a reader runs it: a file of its own, so that the cluster's worker
    # processes import it (the reason for its `if __name__ == "__main__":`).
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    (workplace / "example.py").write_text(_dask_example(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "example.py"],
        cwd=workplace,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "0 inputs failed"
    import pandas

    table = pandas.read_parquet(workplace / "articles")
    out = io.StringIO()
    assert (
        main(["parse", *sorted(str(p) for p in workplace.glob("crawl/*.warc.gz"))], stdout=out)
        == 0
    )
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert table.to_dict("records") == [
        {key: record[key] for key in ("source", "url", "published")} for record in records
    ]
    assert table["source"].tolist() == ["trend"]
