"""PolNeAR evaluation of the quotes stage (../shared/peers/polnear_test.jsonl).

Each article (text, publication_date) runs through spaCy, the actors stage and the quotes stage.
A predicted attribution is the content of a mixed or indirect quote, or the direct quotes that
share one cue and speaker (a quote split by its attribution is one attribution), joined from
the first to the last. It matches a gold attribution when
- the contents overlap by at least half of the gold content length (characters), and
- the predicted speaker span overlaps the gold speaker span, or the two spans resolve to the
  same actor; a gold attribution without a speaker accepts any speaker.
Matching is one-to-one, greedy on content overlap. P/R/F1 overall and by PolNeAR's own label
(`quote_type_heuristic`: direct, mixed, indirect; "indirect_all" = mixed + indirect): a matched
prediction counts under the label of the gold attribution it matches, an unmatched one under its
own kind, so the predictions of the three kinds add up to all predictions.
"""
from __future__ import annotations

import json
from typing import Optional

from ..model import Analysis, Article


def attributions(quotes) -> list[dict]:
    """Predicted attributions in PolNeAR's units: {start, end, kind, cue_start, speaker_start,
    speaker_end, speaker_id}. PolNeAR makes one attribution of a quote split by its cue
    ("A," she said, "B.") and of a quote continued without a cue of its own (the next sentence
    or paragraph in quotation marks), its content running from the first to the last part; a
    direct quote inside a mixed one is part of that mixed attribution."""
    out, groups, last = [], {}, None
    for q in sorted(quotes, key=lambda q: (q.kind != "direct", q.start)):
        if q.kind != "direct":
            out.append(_record(q))
            continue
        if q.cue_start is not None and (q.cue_start, q.speaker_start) in groups:
            g = groups[(q.cue_start, q.speaker_start)]
        elif q.cue_start is None and last is not None and last["speaker_id"] == q.speaker_id \
                and last["speaker_start"] == q.speaker_start:
            g = last  # a continuation: the speaker came from the quote before it
        else:
            g = None
        if g is not None and _nothing_between(quotes, g, q):
            g["start"], g["end"] = min(g["start"], q.start), max(g["end"], q.end)
            last = g
            continue
        g = _record(q)
        if q.cue_start is not None:
            groups[(q.cue_start, q.speaker_start)] = g
        out.append(g)
        last = g
    mixed = [a for a in out if a["kind"] == "mixed"]
    out = [a for a in out if not (a["kind"] == "direct" and any(
        m["start"] < a["end"] and a["start"] < m["end"] for m in mixed))]
    return sorted(out, key=lambda a: a["start"])


def _nothing_between(quotes, group: dict, q) -> bool:
    """Whether no other direct quote lies between an attribution and the quote joining it."""
    lo, hi = min(group["end"], q.start), max(group["start"], q.end)
    return not any(o.kind == "direct" and o is not q and lo <= o.start and o.end <= hi
                   and not (group["start"] <= o.start and o.end <= group["end"]) for o in quotes)


def _record(q) -> dict:
    return {"start": q.start, "end": q.end, "kind": q.kind, "cue_start": q.cue_start,
            "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
            "speaker_id": q.speaker_id}


def _overlap(a0, a1, b0, b1) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _speaker_ok(analysis: Analysis, gold: dict, pred: dict) -> bool:
    span = gold.get("speaker_span")
    if not span or gold.get("speaker_text") is None:
        return True
    if pred["speaker_start"] is None:
        return False
    if _overlap(pred["speaker_start"], pred["speaker_end"], span[0], span[1]) > 0:
        return True
    antecedent = _antecedent(analysis, span)
    if antecedent is not None and _overlap(pred["speaker_start"], pred["speaker_end"], *antecedent) > 0:
        return True
    actor = analysis.actor_at(span[0], span[1])
    return actor is not None and pred["speaker_id"] is not None and actor.id == pred["speaker_id"]


RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}


def _antecedent(analysis: Analysis, span) -> Optional[tuple[int, int]]:
    """For a gold speaker that is a relative pronoun ("..., who said"), the span of the noun its
    clause modifies, which is the person that pronoun stands for."""
    if analysis.doc is None or analysis.article.text[span[0]:span[1]].strip().lower() not in RELATIVE_PRONOUNS:
        return None
    toks = analysis.doc.char_span(span[0], span[1], alignment_mode="expand")
    if not toks:
        return None
    clause = toks[0].head
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    return noun.left_edge.idx, noun.idx + len(noun)


def match_article(analysis: Analysis, gold_quotes: list[dict]) -> tuple[list, list]:
    """Pairs (gold index, prediction index) and the predictions."""
    preds = attributions(analysis.quotes)
    cands = []
    for gi, g in enumerate(gold_quotes):
        c0, c1 = g["content_span"]
        need = 0.5 * (c1 - c0)
        for pi, p in enumerate(preds):
            ov = _overlap(c0, c1, p["start"], p["end"])
            if ov >= need and ov > 0 and _speaker_ok(analysis, g, p):
                cands.append((ov, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs, preds


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp_g, "pred": n_pred, "gold": n_gold}


def evaluate_polnear(path: str, nlp=None, limit: Optional[int] = None) -> dict:
    from .actors import ActorResolver
    from .pipeline import load_nlp
    from .quotes import QuoteExtractor

    nlp = nlp or load_nlp()
    actors, quotes = ActorResolver(), QuoteExtractor()
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    rows = rows[:limit] if limit else rows
    kinds = ("direct", "mixed", "indirect")
    n_gold = dict.fromkeys(kinds, 0)
    n_pred = dict.fromkeys(kinds, 0)  # predictions by the gold kind they match, else their own
    tp = dict.fromkeys(kinds, 0)  # matched pairs by gold kind
    docs = nlp.pipe([r["text"] for r in rows], batch_size=8)
    for row, doc in zip(rows, docs):
        article = Article(id=row["id"], text=row["text"], published=row.get("publication_date"))
        analysis = quotes(actors(Analysis(article=article, doc=doc)))
        gold = row["quotes"]
        pairs, preds = match_article(analysis, gold)
        kind_of = {pi: gold[gi]["quote_type_heuristic"] for gi, pi in pairs}
        for g in gold:
            n_gold[g["quote_type_heuristic"]] += 1
        for pi, p in enumerate(preds):
            n_pred[kind_of.get(pi, p["kind"])] += 1
        for gi, _ in pairs:
            tp[gold[gi]["quote_type_heuristic"]] += 1
    out = {"all": _prf(sum(tp.values()), sum(n_pred.values()), sum(tp.values()), sum(n_gold.values()))}
    for k in kinds:
        out[k] = _prf(tp[k], n_pred[k], tp[k], n_gold[k])
    out["indirect_all"] = _prf(tp["mixed"] + tp["indirect"], n_pred["mixed"] + n_pred["indirect"],
                               tp["mixed"] + tp["indirect"], n_gold["mixed"] + n_gold["indirect"])
    out["articles"] = len(rows)
    return out
