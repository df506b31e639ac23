"""Cross-article linking over the store: near-duplicate articles, one cluster per real-world event,
planned -> occurred relations, and stories.

Everything is incremental. Each stored event gets blocking keys (PLOVER quad class | actor id |
week, or | place | week when it has no actors) in an indexed table; a new event is compared only
with the events sharing one of its keys in the same or a neighbouring week, so the cost of linking
one article does not grow with the size of the base. Near-duplicate articles are found with
MinHash signatures whose LSH band buckets are stored in an indexed table.

Typical use after `Store.save(analysis)`:

    dup = register_article(store, article)      # None, or the id of the article it copies
    link_events(store, [article.id])             # clusters and relations for its events
    build_stories(store, [article.id])           # stories for the clusters it touched
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from .model import Article
from .store import links as sql

KNOWLEDGE = Path(__file__).resolve().parent / "knowledge"
NUM_PERM = 128
LSH_BANDS, LSH_ROWS = 32, 4  # candidate threshold about (1/32) ** (1/4) = 0.42
SHINGLE_WORDS = 5
DUPLICATE_SIMILARITY = 0.8  # estimated Jaccard of word 5-shingles for "the same article"
LINK_THRESHOLD = 0.5
WEEK = 7
STORY_GAP_DAYS = 10
STOPWORDS = frozenset(
    "a an the of to in on at for and or but with by from as is are was were be been has have had "
    "that this it its he she they his her their we our you said says say would will could can not "
    "after before over into about than also more most".split())


@lru_cache(maxsize=1)
def type_family() -> dict[str, str]:
    """PLOVER type -> quad class (verbal/material cooperation/conflict)."""
    data = json.loads((KNOWLEDGE / "plover_types.json").read_text(encoding="utf-8"))
    return {t: v.get("quad", t) for t, v in data["types"].items()}


# -- near-duplicate articles --------------------------------------------------------------

def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def minhash_signature(text: str) -> list[int]:
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([s.encode("utf-8") for s in _shingles(text)])
    return [int(v) for v in mh.hashvalues]


def _band_buckets(signature: list[int]) -> list[int]:
    out = []
    for b in range(LSH_BANDS):
        chunk = ",".join(map(str, signature[b * LSH_ROWS:(b + 1) * LSH_ROWS])).encode()
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big"))
    return out


def _similarity(a: list[int], b: list[int]) -> float:
    return sum(x == y for x, y in zip(a, b)) / max(len(a), 1)


def _nearest(store, article_id: str, signature: list[int]) -> tuple[Optional[str], float]:
    """(original id, estimated Jaccard) of the closest stored article at or above
    DUPLICATE_SIMILARITY among those sharing an LSH bucket; (None, 0.0) when there is none."""
    best, best_sim = None, 0.0
    for other_id, other_sig in sql.lsh_candidates(store.con, _band_buckets(signature), article_id):
        sim = _similarity(signature, other_sig)
        if sim >= DUPLICATE_SIMILARITY and sim > best_sim:
            best, best_sim = sql.duplicate_of(store.con, other_id) or other_id, sim
    return best, best_sim


def find_near_duplicate(store, article: Article) -> Optional[str]:
    """The id of a stored article that `article` nearly copies (wire copy, republication), or None.
    Looks up only the LSH buckets of its signature (indexed), then checks the estimated Jaccard."""
    sql.ensure_link_schema(store.con)
    return _nearest(store, article.id, minhash_signature(article.text))[0]


def register_article(store, article: Article) -> Optional[str]:
    """Stores the article's MinHash signature; when it nearly copies a stored article, records it
    as an extra source of that article (article_duplicates) and returns the original's id, so its
    events are not linked or counted twice."""
    sql.ensure_link_schema(store.con)
    signature = minhash_signature(article.text)
    original, similarity = _nearest(store, article.id, signature)
    sql.save_minhash(store.con, article.id, signature, _band_buckets(signature))
    if original is not None:
        sql.save_duplicate(store.con, article.id, original, similarity)
    return original


# -- event linking ------------------------------------------------------------------------

def _day(value) -> Optional[int]:
    """Days since 1970 of a date / 'YYYY-MM-DD' string, or None."""
    if value is None:
        return None
    if isinstance(value, Date):
        return (value - Date(1970, 1, 1)).days
    try:
        return (Date.fromisoformat(str(value)[:10]) - Date(1970, 1, 1)).days
    except ValueError:
        return None


def _event_day(ev: dict) -> Optional[int]:
    if "day" in ev:
        return ev["day"]
    return _day(ev.get("date_sort")) if ev.get("date_sort") is not None else _day(ev.get("published"))


def _actors(ev: dict) -> set[str]:
    if "actor_ids" in ev:
        return set(ev["actor_ids"] or [])
    return set(ev.get("source_ids") or []) | set(ev.get("target_ids") or [])


def _place_key(ev: dict) -> Optional[str]:
    if ev.get("geonames_id"):
        return f"g{ev['geonames_id']}"
    return f"n{ev['location'].lower()}" if ev.get("location") else None


def blocks(ev: dict, week: Optional[int] = None) -> list[str]:
    """Blocking keys of an event for one week (its own unless given)."""
    day = _event_day(ev)
    week = week if week is not None else (day // WEEK if day is not None else "undated")
    family = type_family().get(ev["type"], ev["type"])
    keys = [f"{family}|a:{a}|{week}" for a in sorted(_actors(ev))]
    if not keys:
        place = _place_key(ev)
        keys = [f"{family}|p:{place}|{week}"] if place else [f"{family}|-|{week}"]
    return keys


@lru_cache(maxsize=1)
def _event_lexicon() -> tuple[dict[str, str], dict[str, frozenset], frozenset]:
    """(derivations: noun/adjective lemma -> verb lemma, groups: lemma -> ids of its synonym
    groups, weak: reporting and light verbs) from knowledge/event_synonyms.json."""
    data = json.loads((KNOWLEDGE / "event_synonyms.json").read_text(encoding="utf-8"))
    derivations = {k.lower(): v.lower() for k, v in data.get("derivations", {}).items()}
    groups: dict[str, set] = {}
    for gid, words in enumerate(data.get("groups", [])):
        for w in words:
            w = w.lower()
            for key in {w, derivations.get(w, w)}:
                groups.setdefault(key, set()).add(gid)
    return derivations, {k: frozenset(v) for k, v in groups.items()}, frozenset(data.get("weak", []))


def event_word_key(lemma: str) -> str:
    """The verb an event word derives from ('election' -> 'elect', 'death' -> 'die'), else itself."""
    derivations, groups, _ = _event_lexicon()
    lemma = (lemma or "").lower()
    if lemma not in groups and lemma not in derivations:
        lemma = _known_stem(lemma, groups) or lemma  # 'arrests', 'erupts' left plural by the tagger
    return derivations.get(lemma, lemma)


def _known_stem(word: str, known) -> Optional[str]:
    """`word` with a plain English inflection stripped when the result is in `known`, else None."""
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                         ("es", ""), ("s", ""), ("d", "")):
        if word.endswith(suffix) and word[: len(word) - len(suffix)] + repl in known:
            return word[: len(word) - len(suffix)] + repl
    return None


def event_word_groups(lemma: str) -> frozenset:
    """Ids of the synonym groups of an event word (after `event_word_key`)."""
    return _event_lexicon()[1].get(event_word_key(lemma), frozenset())


def same_event_word(a: Optional[str], b: Optional[str]) -> float:
    """1.0 when two trigger words name the same event word (after derivation), 0.5 when they are
    synonyms of one event kind ('struck' / 'hit' after lemmatising), else 0.0. Reporting and
    light verbs ('said', 'took') match only as the same word."""
    if not a or not b:
        return 0.0
    weak = _event_lexicon()[2]
    if a.lower() in weak or b.lower() in weak:
        return 1.0 if a.lower() == b.lower() else 0.0
    ka, kb = event_word_key(a), event_word_key(b)
    if ka == kb:
        return 1.0
    return 0.5 if event_word_groups(ka) & event_word_groups(kb) else 0.0


def _words(text: Optional[str]) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in STOPWORDS and len(w) > 2}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def dates_compatible(a: dict, b: dict) -> bool:
    """Stated dates agree at the coarser precision; a day-precise pair may differ by one day
    (time zones, 'late on Monday')."""
    da, db = a.get("date"), b.get("date")
    if not da or not db:
        return True
    n = min(len(da), len(db))
    if n >= 10:
        x, y = _day(da), _day(db)
        return x is None or y is None or abs(x - y) <= 1
    return da[:n] == db[:n]


def places_compatible(a: dict, b: dict) -> bool:
    if a.get("geonames_id") and b.get("geonames_id") and a["geonames_id"] != b["geonames_id"]:
        return bool(a.get("place_country")) and a.get("place_country") == b.get("place_country") and \
            (a.get("location") or "").lower() == (b.get("location") or "").lower()
    return True


def link_score(a: dict, b: dict) -> float:
    """How likely two events from different articles are the same real-world event (0..1);
    0 when their dates or places contradict each other."""
    if not dates_compatible(a, b) or not places_compatible(a, b):
        return 0.0
    actors = _jaccard(_actors(a), _actors(b))
    same_type = 1.0 if a["type"] == b["type"] else 0.0
    da, db = a.get("date"), b.get("date")
    date_match = 1.0 if da and db and da[:10] == db[:10] else (0.5 if not da or not db else 0.3)
    place_match = 1.0 if _place_key(a) and _place_key(a) == _place_key(b) else 0.0
    evidence = _jaccard(_words(a.get("evidence")), _words(b.get("evidence")))
    trigger = same_event_word(_trigger_word(a.get("trigger")), _trigger_word(b.get("trigger")))
    return min(1.0, 0.35 * actors + 0.2 * same_type + 0.2 * date_match + 0.1 * place_match
               + 0.3 * evidence + 0.1 * trigger)


def _trigger_word(trigger: Optional[str]) -> Optional[str]:
    """The last word of a stored trigger, with a plain English inflection stripped when the
    stripped form is a known event word ('talks' -> 'talk', 'attacked' -> 'attack')."""
    words = re.findall(r"[a-z]+", (trigger or "").lower())
    if not words:
        return None
    w = words[-1]
    known = _event_lexicon()[1]
    return w if w in known else (_known_stem(w, known) or w)


def _statuses_mergeable(a: str, b: str) -> bool:
    firm = {"occurred", "ongoing", "claimed"}
    return a == b or (a in firm and b in firm)


def link_events(store, article_ids: Iterable[str]) -> dict:
    """Links the events of these (already stored) articles to the events of the base: each event
    joins the cluster of its best match among the events sharing a blocking key, or starts its own
    cluster; a planned event and a later occurred one are related ('fulfils'), not merged.
    Articles already linked are skipped. Out: counts {"events", "linked", "relations"}."""
    con = store.con
    sql.ensure_link_schema(con)
    article_ids = [a for a in dict.fromkeys(article_ids)]
    done = sql.clustered_articles(con, article_ids)
    stats = Counter()
    for article_id in article_ids:
        if article_id in done:
            continue
        events = sql.events_of_articles(con, [article_id])
        query = {}
        for ev in events:
            day = _event_day(ev)
            weeks = [None] if day is None else [day // WEEK - 1, day // WEEK, day // WEEK + 1]
            query[ev["idx"]] = {k for w in weeks for k in blocks(ev, w)}
        by_block = {}
        for cand in sql.block_candidates(con, sorted(set().union(*query.values())) if query else [], article_id):
            by_block.setdefault(cand["block"], []).append(cand)
        cluster_rows, block_rows = [], []
        for ev in events:
            stats["events"] += 1
            key = (article_id, ev["idx"])
            seen, best, best_score = set(), None, LINK_THRESHOLD
            for cand in (c for b in sorted(query[ev["idx"]]) for c in by_block.get(b, [])):
                if (cand["article_id"], cand["event_idx"]) in seen:
                    continue
                seen.add((cand["article_id"], cand["event_idx"]))
                if type_family().get(cand["type"]) != type_family().get(ev["type"]):
                    continue
                score = link_score(ev, cand)
                if score < LINK_THRESHOLD:
                    continue
                if not _statuses_mergeable(ev["status"], cand["status"]):
                    if {ev["status"], cand["status"]} == {"planned", "occurred"}:
                        cand_key = (cand["article_id"], cand["event_idx"])
                        planned, held = (cand_key, key) if cand["status"] == "planned" else (key, cand_key)
                        sql.add_relation(con, "fulfils", held, planned)
                        stats["relations"] += 1
                    continue
                if score > best_score and cand.get("cluster_id"):
                    best, best_score = cand["cluster_id"], score
            stats["linked"] += best is not None
            cluster_id = best or f"{article_id}#{ev['idx']}"
            cluster_rows.append((cluster_id, article_id, ev["idx"]))
            features = {"article_id": article_id, "event_idx": ev["idx"], "cluster_id": cluster_id,
                        "type": ev["type"], "status": ev["status"], "actor_ids": sorted(_actors(ev)),
                        "date": ev.get("date"), "day": _event_day(ev), "location": ev.get("location"),
                        "geonames_id": ev.get("geonames_id"), "place_country": ev.get("place_country"),
                        "evidence": ev.get("evidence"), "trigger": ev.get("trigger")}
            block_rows += [dict(features, block=b) for b in blocks(ev)]
        sql.save_clusters(con, cluster_rows)
        sql.save_blocks(con, block_rows)
    return dict(stats)


# -- stories ------------------------------------------------------------------------------

def _story_title(summary: dict) -> str:
    names = [n for n, _ in Counter(summary.get("names") or []).most_common(3)]
    types = [t.lower() for t, _ in Counter(summary.get("types") or []).most_common(2)]
    who = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else (names[0] if names else "Events")
    when = summary.get("date_start") or ""
    return f"{who}: {' / '.join(types)}" + (f" ({when[:7]})" if when else "")


def _story_weight(actor_id: str) -> float:
    """A shared person or organisation ties two events together more than a shared country
    (ISO3 ids), which many unrelated events share."""
    return 0.5 if re.fullmatch(r"[A-Z]{3}", actor_id) else 1.0


def build_stories(store, article_ids: Iterable[str]) -> list[str]:
    """Puts the events of these (linked) articles into stories: an event's cluster joins the story
    that shares the most actors with it (a person or organisation, or two countries; see
    `_story_weight`) and whose date range is within STORY_GAP_DAYS, else starts one. Each story
    keeps a title, date range, actors, event and source counts, updated from the new events only
    (no rescan). Out: the story ids touched."""
    con = store.con
    sql.ensure_link_schema(con)
    article_ids = list(article_ids)
    cluster_of = sql.clusters_by_event(con, article_ids)
    events = sorted(sql.events_of_articles(con, article_ids), key=lambda e: str(e.get("date_sort") or e.get("published") or ""))
    touched: dict[str, dict] = {}
    for ev in events:
        cluster_id = cluster_of.get((ev["article_id"], ev["idx"]))
        if cluster_id is None:
            continue
        when = ev.get("date_sort") or ev.get("published")
        when = when.isoformat() if isinstance(when, Date) else (str(when)[:10] if when else None)
        actor_ids = sorted(_actors(ev))
        story_id = existing = sql.story_of_cluster(con, cluster_id)
        if story_id is None and actor_ids and when:
            story_id = _matching_story(con, actor_ids, when, touched)
        if story_id is None:
            story_id = f"story:{cluster_id}"
        s = touched.get(story_id) or sql.story(con, story_id) or {
            "story_id": story_id, "date_start": when, "date_end": when, "n_events": 0, "actors": [],
            "names": [], "types": [], "articles": []}
        if existing is None:
            sql.add_to_story(con, story_id, cluster_id)
            s["n_events"] += 1
        s["actors"] = sorted(set(s["actors"] or []) | set(actor_ids))
        s["names"] = list(s["names"] or []) + list(ev.get("source") or []) + list(ev.get("target") or [])
        s["types"] = list(s["types"] or []) + [ev["type"]]
        s["articles"] = sorted(set(s["articles"] or []) | {ev["article_id"]})
        if when:
            s["date_start"] = min(filter(None, [s["date_start"], when]))
            s["date_end"] = max(filter(None, [s["date_end"], when]))
        s["n_sources"] = len(s["articles"])
        s["title"] = _story_title(s)
        touched[story_id] = s
    sql.save_stories(con, list(touched.values()))
    return list(touched)


def _matching_story(con, actor_ids: list[str], when: str, touched: dict) -> Optional[str]:
    day = _day(when)
    lo = Date.fromordinal(Date(1970, 1, 1).toordinal() + day - STORY_GAP_DAYS).isoformat()
    hi = Date.fromordinal(Date(1970, 1, 1).toordinal() + day + STORY_GAP_DAYS).isoformat()
    candidates = {r["story_id"]: r["actors"] for r in sql.story_candidates(con, actor_ids, lo, hi)}
    for sid, s in touched.items():  # stories of this batch not saved yet
        if s["date_end"] and s["date_start"] and s["date_end"] >= lo and s["date_start"] <= hi:
            candidates[sid] = s["actors"]
    best, best_shared = None, 0.99 if len(actor_ids) > 1 else 0.49
    for sid, actors in candidates.items():
        shared = sum(_story_weight(a) for a in set(actors or []) & set(actor_ids))
        if shared > best_shared:
            best, best_shared = sid, shared
    return best


def link_articles(store, articles: Iterable[Article]) -> dict:
    """The whole linking step for newly stored articles, in one transaction: duplicates, events,
    stories. Out: counts {"events", "linked", "relations", "duplicates", "stories"}."""
    articles = list(articles)
    sql.ensure_link_schema(store.con)
    with sql.transaction(store.con):
        dups = {a.id: register_article(store, a) for a in articles}
        ids = [a.id for a in articles if dups[a.id] is None]
        stats = link_events(store, ids)
        stats["duplicates"] = sum(d is not None for d in dups.values())
        stats["stories"] = len(build_stories(store, ids))
    return stats


def evaluate_ecbplus(path: str) -> dict:
    """ECB+ cross-document event coreference scores (see `newsgraph.link_eval.evaluate_ecbplus`)."""
    from .link_eval import evaluate_ecbplus as run

    return run(path)
