"""Analysis: one spaCy Doc per article, then one component per kind of fact.

`Pipeline` (pipeline.py) runs the components in order over an `Analysis`; each component lives in
its own module (actors, time, quotes, places, events) and fills one part of the Analysis.
"""
from .pipeline import Pipeline, load_nlp

__all__ = ["Pipeline", "load_nlp"]
