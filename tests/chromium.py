"""Headless Chromium, as the browser tests and the report bench run it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile

#: No network of its own (this machine's is closed), no GPU, no sandbox (root), no first run.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def find_chromium() -> str | None:
    """Return the path of a Chromium on PATH, or ``None``."""
    return next(
        (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
    )


def run_chromium(
    binary: str, *args: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a throwaway profile; raise if it fails."""
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
