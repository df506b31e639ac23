"""Storage: the only layer that speaks SQL. An embedded DuckDB file by default."""
from .core import Store

__all__ = ["Store"]
