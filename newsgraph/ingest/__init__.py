"""Ingest: files and folders in, `Article`s out.

`read_articles(paths)` walks the given files and folders and yields an `Article` for every article
it can read, and an `IngestError` (naming the file, and the line for JSON Lines) for everything it
can't. A bad file never stops the walk.
"""
from .readers import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, IngestError, read_articles, read_file

__all__ = ["IngestError", "MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "read_articles", "read_file"]
