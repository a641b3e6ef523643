"""Raw input: bytes to text, text or HTML, and the checks every input passes first."""

from __future__ import annotations

import codecs
import enum
import re
from typing import Protocol

from ombudsparse.errors import DecodeError, EmptyInputError, InputTooLargeError, NotTextError
from ombudsparse.text import is_blank

__all__ = [
    "MAX_INPUT_BYTES",
    "MAX_INPUT_CHARS",
    "InputKind",
    "decode",
    "decode_with_encoding",
    "find_meta_charset",
    "sniff",
]

#: The largest input accepted, in characters: far above any article page (the
#: largest pages of the evaluation set are under 2 MB), low enough to bound time.
MAX_INPUT_CHARS = 32 * 1024 * 1024
#: The most bytes read from one input (after decompression) before it is refused.
MAX_INPUT_BYTES = MAX_INPUT_CHARS
_CHUNK = 1 << 20

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The start of an HTML document or fragment: a doctype, a comment or a known tag.
_HTML_START = re.compile(
    r"^\s*(?:<!doctype\s+html|<!--|<\?xml[^>]*>\s*<(?:!doctype|html)|<(?:html|head|body|meta|"
    r"title|div|p|article|section|span|a|h[1-6]|table|ul|script|style|link|header|main|nav)\b)",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_BINARY_SAMPLE = 8_192
# Every byte but those of _CONTROLS: deleting them leaves the control bytes.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b <= 0x08 or 0x0E <= b <= 0x1F))


def _has_control_byte(data: bytes) -> bool:
    return bool(data.translate(None, _NOT_CONTROL_BYTES))


# Share of control characters above which the input is taken for binary data.
_MAX_CONTROL_SHARE = 0.05


class InputKind(enum.Enum):
    """What an input is."""

    TEXT = "text"
    HTML = "html"


def find_meta_charset(head: bytes) -> str | None:
    """Return the charset a page declares in a ``<meta>`` tag within its first 4 KiB.

    Unknown charset names give ``None``.

    Example:
        >>> find_meta_charset(b'<html><head><meta charset="windows-1251">')
        'windows-1251'
        >>> find_meta_charset(b"<meta http-equiv=content-type content='text/html;charset=utf-8'>")
        'utf-8'
    """
    match = _META_CHARSET.search(head[:4096])
    if match is None:
        return None
    name = match[1].decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _looks_like_html(head: str) -> bool:
    return _HTML_START.match(head.lstrip("\ufeff")) is not None


def decode(data: str | bytes, *, encoding: str | None = None) -> str:
    r"""Turn input bytes into text.

    A byte-order mark wins; then ``encoding``; then, for an HTML page, the
    charset its ``<meta>`` declares; then strict UTF-8. There is no guessing:
    bytes invalid in the chosen encoding are an error.

    Raises:
        DecodeError: the bytes are not valid in that encoding, or the encoding
            is unknown.

    Example:
        >>> decode("Ombudsman".encode("utf-16"))
        'Ombudsman'
        >>> decode('<meta charset="cp1251"><p>Омбудсмен'.encode("cp1251"))[-9:]
        'Омбудсмен'
        >>> decode(b"\xff\xfe\xfa", encoding="ascii")
        Traceback (most recent call last):
        ...
        ombudsparse.errors.DecodeError: bytes are not valid utf-16 at byte 2: truncated data
    """
    return decode_with_encoding(data, encoding=encoding)[0]


def decode_with_encoding(
    data: str | bytes, *, encoding: str | None = None
) -> tuple[str, str | None]:
    """Like :func:`decode`, and also return the encoding used (``None`` for ``str`` input)."""
    if isinstance(data, str):
        return data, None
    chosen = next((name for bom, name in _BOMS if data.startswith(bom)), encoding)
    if chosen is None and _looks_like_html(data[:1024].decode("latin-1")):
        chosen = find_meta_charset(data)
    chosen = chosen or "utf-8"
    try:
        return data.decode(chosen), chosen
    except LookupError:
        raise DecodeError(f"unknown encoding {chosen!r}") from None
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"bytes are not valid {chosen} at byte {exc.start}: {exc.reason}"
        ) from None
    except UnicodeError as exc:  # codecs that are no text encoding (punycode, undefined)
        raise DecodeError(f"the encoding {chosen!r} cannot decode the input: {exc}") from None
    except ValueError:  # a name Python cannot even look up ("utf\x008")
        raise DecodeError(f"unknown encoding {chosen!r}") from None


def sniff(text: str, *, utf8: bytes | None = None) -> InputKind:
    """Check that decoded input is usable text, and tell text from HTML.

    ``utf8``, when given, is the UTF-8 the text was decoded from: a control
    character of the text is then a byte below 0x20 of it, and their absence
    from the bytes is checked in C at memory speed instead of on the text.

    Raises:
        InputTooLargeError: more than :data:`MAX_INPUT_CHARS` characters.
        NotTextError: binary data (NUL characters, or mostly control characters).
        EmptyInputError: nothing but white space and invisible characters.

    Example:
        >>> sniff("<!DOCTYPE html><html></html>"), sniff("BAKU, Azerbaijan, Oct. 25")
        (<InputKind.HTML: 'html'>, <InputKind.TEXT: 'text'>)
    """
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(
            f"the input has {len(text)} characters, more than the {MAX_INPUT_CHARS} accepted"
        )
    if (utf8 is None or b"\x00" in utf8) and "\x00" in text:
        raise NotTextError("the input holds NUL characters: it is binary data, not text or HTML")
    # Binary data shows at once: a sample decides, and keeps large pages fast. The
    # sample's characters come from at most four bytes each of the UTF-8.
    sample = text[:_BINARY_SAMPLE]
    if (
        (
            _has_control_byte(utf8[: 4 * _BINARY_SAMPLE])
            if utf8 is not None
            # No control character in lines that print (each is unprintable): most texts.
            else not all(map(str.isprintable, sample.split("\n")))
        )
        and _CONTROLS.search(sample)
        and len(_CONTROLS.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)
    ):
        raise NotTextError("the input is mostly control characters: it is not text or HTML")
    if is_blank(text):
        raise EmptyInputError("the input is empty or holds only white space")
    return InputKind.HTML if _looks_like_html(text[:4096]) else InputKind.TEXT


class Readable(Protocol):
    """Anything with a ``read(size)`` that returns bytes: a file, a ``GzipFile``, a socket."""

    def read(self, size: int = -1, /) -> bytes:
        """Read at most ``size`` bytes."""


def read_capped(stream: Readable, limit: int | None = None) -> bytes:
    """Read a stream to its end, but never more than ``limit`` bytes (:data:`MAX_INPUT_BYTES`).

    Decompressing streams (``gzip.GzipFile``) are read chunk by chunk, so an input
    that expands without end stops at the limit instead of filling memory.

    Raises:
        InputTooLargeError: the stream holds more.

    Example:
        >>> import io
        >>> read_capped(io.BytesIO(b"abc"), limit=3)
        b'abc'
        >>> read_capped(io.BytesIO(b"abcd"), limit=3)
        Traceback (most recent call last):
        ...
        ombudsparse.errors.InputTooLargeError: the input is larger than the 3 bytes accepted
    """
    limit = MAX_INPUT_BYTES if limit is None else limit
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputTooLargeError(f"the input is larger than the {limit} bytes accepted")
