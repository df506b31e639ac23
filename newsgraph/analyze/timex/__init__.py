"""Parts of the time stage (newsgraph.analyze.time): the lexicon, the calendar arithmetic, the
recogniser (spans) and the normaliser (TIMEX3 values)."""
