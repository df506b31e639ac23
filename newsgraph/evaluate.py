"""`newsgraph eval`: the pipeline scored on the gold and peer sets, with the reference scorers.

Each task writes what `newsgraph extract` would write for its inputs, then runs the reference
scorer from the shared folder on it (gold/score.py, peers/score_timex.py, peers/score_events.py),
so the figures printed here are theirs. Tasks that need their own matching (PolNeAR quotes, NGEC
actor countries, ECB+ coreference) are scored by the evaluation function of the component they
measure.
"""
from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Optional

from .model import Article

TASKS = ("gold", "own", "sentences", "places", "tempeval", "plover", "petrarch", "polnear", "ngec", "ecbplus")


def find_shared(given: Optional[str] = None) -> Optional[Path]:
    """The folder with gold/ and peers/: the one given, else ../shared next to the cwd or the repo."""
    candidates = [Path(given)] if given else [
        Path.cwd() / "shared", Path.cwd().parent / "shared",
        Path(__file__).resolve().parent.parent.parent / "shared"]
    for c in candidates:
        if (c / "gold").is_dir() or (c / "peers").is_dir():
            return c
    return None


def write_extraction(articles: Iterable[Article], out: Path, pipeline=None) -> Path:
    """Runs the pipeline over articles and writes the extract format, one JSON line each."""
    from .analyze import Pipeline
    from .output import to_gold

    pipeline = pipeline or Pipeline()
    with out.open("w", encoding="utf-8") as f:
        for analysis in pipeline.pipe(articles):
            f.write(json.dumps(to_gold(analysis), ensure_ascii=False) + "\n")
    return out


def run_scorer(script: Path, gold: Path, pred: Path) -> dict:
    proc = subprocess.run([sys.executable, str(script), "--gold", str(gold), "--pred", str(pred), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def eval_gold(shared: Path, pipeline, work: Path) -> dict:
    from .ingest import read_articles

    gold_dir = shared / "gold" / "dev"
    articles = [a for a in read_articles(sorted(gold_dir.glob("*.json"))) if isinstance(a, Article)]
    pred = write_extraction(articles, work / "gold.jsonl", pipeline)
    return run_scorer(shared / "gold" / "score.py", gold_dir, pred)


def own_gold_dir() -> Path:
    """The articles we wrote and annotated ourselves (bench/own_gold in a checkout of the repo)."""
    return Path(__file__).resolve().parents[1] / "bench" / "own_gold"


def eval_own(shared: Path, pipeline, work: Path) -> dict:
    """Our own annotated articles, scored by the reference gold scorer: a check on articles
    the dev set never showed, written in other outlets' styles."""
    from .ingest import read_articles

    gold_dir = own_gold_dir()
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise FileNotFoundError(2, "no own gold articles", str(gold_dir))
    articles = [a for a in read_articles(files) if isinstance(a, Article)]
    pred = write_extraction(articles, work / "own.jsonl", pipeline)
    return run_scorer(shared / "gold" / "score.py", gold_dir, pred)


def sentence_set_dir() -> Path:
    """The news sentences we wrote and coded ourselves in CAMEO (bench/sentences in a checkout)."""
    return Path(__file__).resolve().parents[1] / "bench" / "sentences"


def official_cameo_plover() -> dict:
    """CAMEO code -> PLOVER type: the official conversion table we ship (knowledge/
    cameo_plover.tsv), with only the documented convention changes listed, each with its reason,
    under `cameo_plover_overrides` in plover_lexicon.json (signing a treaty is AGREE and imposing
    sanctions is SANCTION by the gold guideline; an apology is CONCEDE by PLOVER's own definition).
    Nothing else the events stage does shapes the expected types of our sentence set."""
    knowledge = Path(__file__).resolve().parent / "knowledge"
    rows = [line.split("\t") for line in (knowledge / "cameo_plover.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    table = {r[0]: r[1] for r in rows[1:] if len(r) > 1 and r[1]}
    overrides = json.loads((knowledge / "plover_lexicon.json").read_text(encoding="utf-8"))["cameo_plover_overrides"]
    table.update({code: value.split()[0] for code, value in overrides["codes"].items()})
    return table


def sentence_set_halves(records: list[dict]) -> dict:
    """The fixed split of our sentence set: odd serial numbers are for development, even ones are
    held out to show whether what was learnt from the first half carries over."""
    serial = lambda r: int(re.sub(r"\D", "", str(r["id"]).rsplit("-", 1)[-1]) or 0)
    return {"whole": records,
            "development": [r for r in records if serial(r) % 2 == 1],
            "held_out": [r for r in records if serial(r) % 2 == 0]}


def as_plover_gold(records: list[dict], table: dict) -> list[dict]:
    """The CAMEO-coded records in the PLOVER gold format score_events.py reads; a sentence whose
    main code PLOVER leaves out (01, statements) has no PLOVER event and is not scored."""
    def plover_type(code) -> Optional[str]:
        code = str(code)
        return table.get(code) or table.get(code[:3]) or table.get(code[:2])

    out = []
    for r in records:
        expected = [{"source": [x.get("source") or "---"], "target": [x.get("target") or "---"],
                     "type": plover_type(x["code"]), "type_current": plover_type(x["code"])}
                    for x in r["expected"] if plover_type(x["code"])]
        if not r["expected"] or not plover_type(r["expected"][0]["code"]):
            expected = []
        out.append({"id": r["id"], "text": r["text"], "date": r.get("date"), "expected": expected})
    return out


def eval_sentences(shared: Path, pipeline, work: Path) -> dict:
    """Our own CAMEO-coded news sentences (bench/sentences), scored by score_events.py as the
    PETRARCH2 set is (CAMEO root) and, through the official conversion table, as the PLOVER set is
    (PLOVER type), on the whole set and on each fixed half."""
    from .analyze import Pipeline

    files = sorted(sentence_set_dir().glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(2, "no sentence set", str(sentence_set_dir()))
    records = [r for f in files for r in read_jsonl(f)]
    articles = [Article(id=str(d["id"]), text=d["text"], published=(d.get("date") or None)) for d in records]
    sentence_pipeline = Pipeline(components=pipeline.component_names, nlp=pipeline.nlp, sentence_level=True)
    pred = write_extraction(articles, work / "sentences.jsonl", sentence_pipeline)
    table = official_cameo_plover()
    scorer = shared / "peers" / "score_events.py"
    result = {}
    for half, recs in sentence_set_halves(records).items():
        cameo_gold, plover_gold = work / f"sentences-{half}-cameo.jsonl", work / f"sentences-{half}-plover.jsonl"
        cameo_gold.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
        plover_gold.write_text("".join(json.dumps(r) + "\n" for r in as_plover_gold(recs, table)), encoding="utf-8")
        result[half] = {"cameo": run_scorer(scorer, cameo_gold, pred), "plover": run_scorer(scorer, plover_gold, pred)}
    return result


def eval_tempeval(shared: Path, pipeline, work: Path) -> dict:
    gold = shared / "peers" / "tempeval3_test.jsonl"
    articles = [Article(id=d["id"], text=d["text"], published=d.get("dct")) for d in read_jsonl(gold)]
    pred = write_extraction(articles, work / "tempeval.jsonl", pipeline)
    return run_scorer(shared / "peers" / "score_timex.py", gold, pred)


def _eval_sentences(shared: Path, name: str, pipeline, work: Path) -> dict:
    """A peer sentence set, each sentence an article dated with its `date`, coded as
    `newsgraph extract --sentence-level` codes it (the setting made for sentence sets); the
    article setting's figures follow under "article_setting" for comparison."""
    from .analyze import Pipeline

    gold = shared / "peers" / f"{name}_gsr.jsonl"
    articles = [Article(id=str(d["id"]), text=d["text"], published=(d.get("date") or None))
                for d in read_jsonl(gold)]
    sentence_pipeline = Pipeline(components=pipeline.component_names, nlp=pipeline.nlp, sentence_level=True)
    pred = write_extraction(articles, work / f"{name}.jsonl", sentence_pipeline)
    result = run_scorer(shared / "peers" / "score_events.py", gold, pred)
    pred = write_extraction(articles, work / f"{name}-articles.jsonl", pipeline)
    article = run_scorer(shared / "peers" / "score_events.py", gold, pred)
    result["article_setting"] = {k: article[k] for k in ("main_type_accuracy", "dyad_accuracy") if k in article}
    return result


def eval_plover(shared, pipeline, work):
    return _eval_sentences(shared, "plover", pipeline, work)


def eval_petrarch(shared, pipeline, work):
    return _eval_sentences(shared, "petrarch2", pipeline, work)


# Tasks scored by a component's own evaluation function: (module, function, data path in shared/).
COMPONENT_EVALS = {
    "places": ("newsgraph.analyze.places", "evaluate_gold_places", "gold/dev"),
    "polnear": ("newsgraph.analyze.quotes", "evaluate_polnear", "peers/polnear_test.jsonl"),
    "ngec": ("newsgraph.analyze.actors", "evaluate_ngec", "peers/ngec_actor_tests.jsonl"),
    "ecbplus": ("newsgraph.link", "evaluate_ecbplus", "peers/ecbplus_test.jsonl"),
}


def run_all(shared: Path, only: Iterable[str] = (), pipeline=None) -> dict:
    """Every task whose data is present: {task: scorer output or {"error": ...}}."""
    from .analyze import Pipeline

    only = set(only) or set(TASKS)
    pipeline = pipeline or Pipeline()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for task in TASKS:
            if task not in only:
                continue
            if task == "own" and not any(own_gold_dir().glob("*.json")):
                continue  # an installed package has no bench/ folder
            if task == "sentences" and not any(sentence_set_dir().glob("*.jsonl")):
                continue
            try:
                if task in COMPONENT_EVALS:
                    module, func, relative = COMPONENT_EVALS[task]
                    path = shared / relative
                    if not path.exists():
                        continue
                    fn = getattr(importlib.import_module(module), func, None)
                    if fn is None:
                        results[task] = {"error": f"{module}.{func} not available"}
                        continue
                    results[task] = fn(str(path))
                else:
                    results[task] = globals()[f"eval_{task}"](shared, pipeline, work)
            except FileNotFoundError as e:
                results[task] = {"error": f"missing data: {e.filename}"}
            except Exception as e:  # one broken task must not hide the others' figures
                results[task] = {"error": f"{e.__class__.__name__}: {e}"}
    return results


def format_table(results: dict) -> str:
    """One row per task and metric: precision / recall / F1 (or accuracy)."""
    lines = [f"{'task':<10} {'metric':<24} {'P':>6} {'R':>6} {'F1':>6}  note"]
    lines.append("-" * len(lines[0]))

    def row(task, metric, p=None, r=None, f=None, note=""):
        fmt = lambda x: f"{x:6.3f}" if isinstance(x, (int, float)) else f"{'':>6}"
        lines.append(f"{task:<10} {metric:<24} {fmt(p)} {fmt(r)} {fmt(f)}  {note}")

    for task, res in results.items():
        if "error" in res:
            row(task, "-", note=res["error"])
            continue
        for metric, v in flatten(res).items():
            if isinstance(v, dict) and "f1" in v:
                extra = f"tp={v['tp']} pred={v['pred']} gold={v['gold']}" if "tp" in v else ""
                row(task, metric, v.get("precision"), v.get("recall"), v["f1"], extra)
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                if isinstance(v, int) or v > 1:
                    row(task, metric, note=str(v))
                else:
                    row(task, metric, f=v, note="accuracy" if "acc" in metric else "")
            elif isinstance(v, dict):
                row(task, metric, note=json.dumps(v))
            else:
                row(task, metric, note=str(v))
    return "\n".join(lines)


def flatten(res: dict, prefix: str = "") -> dict:
    """Nested result dicts as one level ("a.b": value), leaving P/R/F1 records whole."""
    out = {}
    for k, v in res.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict) and "f1" not in v:
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
