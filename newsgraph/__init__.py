"""newsgraph: news articles in, a sourced, dated, deduplicated knowledge base out."""

__version__ = "0.1.0"
