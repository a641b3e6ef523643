"""Optional dependencies: import one, or say which extra brings it."""

from __future__ import annotations

import importlib
from types import ModuleType

from ombudsparse.errors import InvalidArgumentError

__all__ = ["require"]


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import an optional module, or raise our error naming the extra to install.

    Example:
        >>> require("json", "none", "reading JSON").__name__
        'json'
        >>> require("no_such_module_here", "demo", "the demo")
        Traceback (most recent call last):
        ...
        ombudsparse.errors.InvalidArgumentError: the demo needs the demo extra: pip install 'ombudsparse[demo]'
    """  # noqa: E501 (a doctest line)
    try:
        return importlib.import_module(module)
    except ImportError:
        raise InvalidArgumentError(
            f"{purpose} needs the {extra} extra: pip install 'ombudsparse[{extra}]'"
        ) from None
