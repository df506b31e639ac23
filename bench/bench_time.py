"""Speed of the time stage alone (words/second), the spaCy parse excluded.

Parses the TempEval-3 texts and the seed articles once, then runs TimeTagger over them
`--repeat` times. Usage: python bench/bench_time.py [--repeat 20]
"""
import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from newsgraph.analyze import load_nlp  # noqa: E402
from newsgraph.analyze.time import TimeTagger  # noqa: E402
from newsgraph.model import Analysis, Article  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def corpus() -> list[Article]:
    articles = []
    te3 = SHARED / "peers" / "tempeval3_test.jsonl"
    if te3.exists():
        for line in te3.open(encoding="utf-8"):
            d = json.loads(line)
            articles.append(Article(id=d["id"], text=d["text"], published=d["dct"]))
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        articles.append(Article(id=path.stem, text=path.read_text(encoding="utf-8")))
    return articles


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    articles = corpus()
    if not articles:
        sys.exit("no texts found in ../shared")
    nlp = load_nlp()
    docs = list(nlp.pipe([x.text for x in articles]))
    words = sum(len(x.text.split()) for x in articles)
    tagger = TimeTagger()
    timexes = 0
    t0 = time.perf_counter()
    for _ in range(a.repeat):
        for article, doc in zip(articles, docs):
            timexes += len(tagger(Analysis(article=article, doc=doc)).timexes)
    spent = time.perf_counter() - t0
    print(f"{len(articles)} articles, {words} words x {a.repeat}: {spent:.2f} s, "
          f"{words * a.repeat / spent:,.0f} words/s, {timexes // a.repeat} timexes per pass")


if __name__ == "__main__":
    main()
