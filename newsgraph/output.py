"""Serialisation of an Analysis in the gold format of ../shared/gold/GUIDELINE.md (the contract
`newsgraph extract` writes and the reference scorers read), with offsets for every fact."""
from __future__ import annotations

from dataclasses import asdict

from .model import Analysis


def actor_record(actor) -> dict:
    seen, forms = set(), []
    for m in sorted(actor.mentions, key=lambda m: m.start):
        if m.text not in seen:
            seen.add(m.text)
            forms.append(m.text)
    return {"name": actor.name, "type": actor.type, "country": actor.country, "id": actor.id,
            "mentions": forms,
            "offsets": [[m.start, m.end] for m in sorted(actor.mentions, key=lambda m: m.start)]}


def event_record(e) -> dict:
    record = {k: v for k, v in asdict(e).items() if k != "place"}
    if e.place is not None:
        record["place"] = {k: getattr(e.place, k) for k in
                           ("name", "geonames_id", "latitude", "longitude", "country", "precision")}
    return record


def to_gold(analysis: Analysis) -> dict:
    """One extracted article: id, published, title, url, actors, quotes (direct speech, as in the
    gold), reported_speech (indirect and mixed), events and timexes."""
    a = analysis.article
    quotes = [asdict(q) for q in analysis.quotes]
    return {
        "id": a.id,
        "url": a.url,
        "published": a.published,
        "published_inferred": a.published_inferred,
        "title": a.title,
        "actors": [actor_record(x) for x in analysis.actors if is_listed(x, analysis)],
        "quotes": [q for q in quotes if q["kind"] == "direct"],
        "reported_speech": [q for q in quotes if q["kind"] != "direct"],
        "events": [event_record(e) for e in analysis.events],
        "places": [asdict(p) for p in analysis.places],
        "timexes": [asdict(t) for t in analysis.timexes],
    }


def is_listed(actor, analysis: Analysis) -> bool:
    """Whether the gold format lists this actor: not when it is only named in passing."""
    return actor.salient
