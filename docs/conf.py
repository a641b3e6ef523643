"""Sphinx configuration for the ombudsparse documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "ombudsparse"
author = "The ombudsparse developers"
copyright = "2026, The ombudsparse developers"
release = _version("ombudsparse")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_typehints_description_target = "documented"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

doctest_global_setup = """
import datetime as dt
import ombudsparse
"""

html_theme = "furo"
html_title = f"ombudsparse {release}"

# Docstring examples are run by pytest (--doctest-modules) in their module's
# namespace; the doctest builder runs the pages' own {doctest} blocks.
doctest_test_doctest_blocks = ""
