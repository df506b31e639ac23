"""TempEval-3 platinum: writes our timexes for each document (given its dct) and scores them with
the shared scorer. Usage: python bench/eval_timex.py [--errors] [--out PRED.jsonl]"""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from newsgraph.analyze.time import evaluate_tempeval  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "peers" / "tempeval3_test.jsonl"


def show_errors(pred_path: Path):
    gold = {d["id"]: d for d in map(json.loads, GOLD.open(encoding="utf-8"))}
    for line in pred_path.open(encoding="utf-8"):
        p = json.loads(line)
        g = gold[p["id"]]
        text = g["text"]
        used = set()
        for x in g["timexes"]:
            hit = next((i for i, y in enumerate(p["timexes"]) if i not in used and y["start"] < x["end"] and x["start"] < y["end"]), None)
            if hit is None:
                print(f"MISS  {x['text']!r:30} {x['type']:8} {x['value']:14} | {text[max(0, x['start'] - 50):x['end'] + 30]!r}")
                continue
            used.add(hit)
            y = p["timexes"][hit]
            if (y["start"], y["end"]) != (x["start"], x["end"]) or y["value"] != x["value"]:
                print(f"DIFF  {x['text']!r:30} {x['value']:14} got {y['text']!r} {y['type']} {y['value']} | {text[max(0, x['start'] - 50):x['end'] + 30]!r}")
        for i, y in enumerate(p["timexes"]):
            if i not in used:
                print(f"EXTRA {y['text']!r:30} {y['type']:8} {y['value']} | {text[max(0, y['start'] - 50):y['end'] + 30]!r}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/tempeval_pred.jsonl")
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    res = evaluate_tempeval(str(GOLD), a.out)
    for k in ("strict", "relaxed", "value", "type"):
        print(f"{k:8s} F1={res[k]['f1']:.3f} P={res[k]['precision']:.3f} R={res[k]['recall']:.3f}")
    print(res["counts"])
    if a.errors:
        show_errors(Path(a.out))
