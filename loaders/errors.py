"""The loaders' exception root and its narrow subclasses: one clear line each."""

from __future__ import annotations


class LoaderError(Exception):
    """Root of every loader error; str(e) is one line fit for a CLI."""


class InputNotFoundError(LoaderError):
    """The path does not exist or is not a regular file."""


class InputTooLargeError(LoaderError):
    """The file exceeds the configured size limit."""


class EmptyInputError(LoaderError):
    """The file is empty or holds no usable text."""


class BinaryInputError(LoaderError):
    """The bytes are not text in any supported encoding (binary data)."""


class EncodingError(LoaderError):
    """The text cannot be decoded, or is in a legacy encoding that cannot be converted."""


class PdfError(LoaderError):
    """The PDF is damaged, encrypted or has no text layer."""


class DocxError(LoaderError):
    """The DOCX file cannot be opened."""


class UnsupportedFormatError(LoaderError):
    """The file extension is not one the loader reads."""


class InputError(LoaderError):
    """A setting given with the input (a jurisdiction, a metadata file) is invalid."""
