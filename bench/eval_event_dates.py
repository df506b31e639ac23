"""Event dates of the time stage alone, on the gold articles (/work/shared/gold/dev/*.json).

For every gold event with a date: find its evidence in the text, parse the article with the real
pipeline (actors, time), pick the trigger inside the evidence (the events stage's lexicon trigger
of the gold type nearest the evidence's root, else any lexicon trigger, else the evidence's root
verb), date it with `event_date` (then `propagate_dates` over all gold events of the article, with
gold's type and status: those are the events stage's part) and compare at the gold precision as /work/shared/gold/score.py `date_ok` does.

With --reference: the whole pipeline (its own events stage) over the gold articles, scored by
/work/shared/gold/score.py, with and without `propagate_dates` run over the extracted events.

Usage: python bench/eval_event_dates.py [--errors] [--no-propagate] [--reference [--components a,b]]
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from newsgraph.analyze.pipeline import Pipeline  # noqa: E402
from newsgraph.analyze.time import event_date, propagate_dates  # noqa: E402
from newsgraph.model import Article, Event  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev"


def date_ok(gold: dict, pred) -> bool:
    """As the reference scorer: the prediction agrees with gold up to gold's precision."""
    g = gold.get("date")
    if not g:
        return True
    if not pred:
        return False
    n = {"day": 10, "month": 7, "year": 4}.get(gold.get("date_precision") or "day", 10)
    return str(pred)[:n] == str(g)[:n]


def depth_in(tok, span) -> int:
    """Steps from `tok` up to the root of `span` (large when it leaves the span)."""
    d = 0
    while tok.i != span.root.i and tok.head.i != tok.i and span.start <= tok.head.i < span.end:
        tok, d = tok.head, d + 1
    return d if tok.i == span.root.i else d + 50


def pick_trigger(span, gold_type: str, matcher):
    """The token the events stage would take as the event's trigger inside the evidence span."""
    found = []
    if matcher is not None:
        for tok in span:
            try:
                trig = matcher(tok)
            except Exception:
                trig = None
            if trig is not None:
                found.append((trig.spec.type != gold_type, depth_in(tok, span), tok.i, tok))
    if found:
        return min(found, key=lambda f: f[:3])[3]
    root = span.root
    verbs = [t for t in span if t.pos_ == "VERB"]
    return root if root.pos_ in ("VERB", "NOUN") or not verbs else min(verbs, key=lambda t: depth_in(t, span))


def reference(components):
    """matched_date_acc and events F1 of the whole pipeline by the reference scorer, without and
    with `propagate_dates` over the events the events stage extracted."""
    from newsgraph.output import to_gold

    pipe = Pipeline(components)
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(GOLD.glob("*.json"))]
    articles = [Article(id=g["id"], text=g["text"], title=g.get("title"), published=g.get("published")) for g in golds]
    work = Path(tempfile.mkdtemp())
    plain, propagated = (work / "plain.jsonl").open("w"), (work / "propagated.jsonl").open("w")
    for analysis in pipe.pipe(articles):
        plain.write(json.dumps(to_gold(analysis)) + "\n")
        propagate_dates(analysis, analysis.events)
        propagated.write(json.dumps(to_gold(analysis)) + "\n")
    plain.close()
    propagated.close()
    for name in ("plain", "propagated"):
        out = subprocess.run([sys.executable, str(GOLD.parent / "score.py"), "--gold", str(GOLD),
                              "--pred", str(work / f"{name}.jsonl"), "--json"], capture_output=True, text=True, check=True)
        res = json.loads(out.stdout)
        d, e = res["matched_date_acc"], res["events"]
        print(f"{name:10s} matched_date_acc {d['tp']}/{d['gold']} = {d['f1']:.3f}   events F1 {e['f1']:.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--no-propagate", action="store_true")
    ap.add_argument("--reference", action="store_true")
    ap.add_argument("--components", default="actors,time,quotes,places,events")
    a = ap.parse_args()
    if a.reference:
        return reference(a.components.split(","))
    try:
        from newsgraph.analyze.events import EventExtractor
        matcher = EventExtractor().match
    except Exception:  # the events stage is someone else's and may be mid-edit
        matcher = None
    pipe = Pipeline(["actors", "time"])
    files = sorted(GOLD.glob("*.json"))
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    articles = [Article(id=g["id"], text=g["text"], title=g.get("title"), published=g.get("published")) for g in golds]
    ok = total = undated = overdated = 0
    for g, analysis in zip(golds, pipe.pipe(articles)):
        text, doc = g["text"], analysis.doc
        rows = []
        for ev in g["events"]:
            start = text.find(ev["evidence"])
            if start < 0:
                continue
            span = doc.char_span(start, start + len(ev["evidence"]), alignment_mode="expand")
            tok = pick_trigger(span, ev["type"], matcher)
            d = event_date(analysis, tok)
            pred = Event(type=ev["type"], status=ev.get("status") or "occurred", date=d.date, date_precision=d.precision, date_basis=d.basis,
                         evidence=ev["evidence"], evidence_start=start, evidence_end=start + len(ev["evidence"]),
                         trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text))
            rows.append((ev, tok, pred))
        if not a.no_propagate:
            propagate_dates(analysis, [p for _, _, p in rows])
        for ev, tok, pred in rows:
            if not ev.get("date"):
                undated += 1
                overdated += bool(pred.date)
                if a.errors and pred.date:
                    print(f"{g['id']}  gold undated, got {pred.date} ({pred.date_basis})  trigger {tok.text!r}"
                          f"\n    {ev['evidence'][:160]!r}")
                continue
            total += 1
            good = date_ok(ev, pred.date)
            ok += good
            if a.errors and not good:
                print(f"{g['id']}  gold {ev['date']} ({ev['date_precision']}) got {pred.date} ({pred.date_basis})"
                      f"  trigger {tok.text!r}\n    {ev['evidence'][:160]!r}")
    print(f"event dates: {ok}/{total} = {ok / max(total, 1):.3f}")
    print(f"gold-undated events given a date: {overdated}/{undated} (the scorer does not count these)")


if __name__ == "__main__":
    main()
