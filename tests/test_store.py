"""The DuckDB store: schema, transactional writes, idempotence, the timeline and quote queries."""
import pytest

from newsgraph.model import Actor, Analysis, Article, Event, Mention, Quote, Timex
from newsgraph.store import Store


def sample(article_id="art-1", bad_event=False) -> Analysis:
    text = "Lukashenko met Putin in Sochi on Friday. \"We agree,\" Putin said."
    putin = Actor(id="person:vladimir-putin", name="Vladimir Putin", type="PERSON", country="RUS",
                  mentions=[Mention(15, 20, "Putin", "person:vladimir-putin"),
                            Mention(54, 59, "Putin", "person:vladimir-putin")])
    luka = Actor(id="person:alexander-lukashenko", name="Alexander Lukashenko", type="PERSON", country="BLR",
                 mentions=[Mention(0, 10, "Lukashenko", "person:alexander-lukashenko")])
    event = Event(type="CONSULT", mode="visit", source=["Alexander Lukashenko"], target=["Vladimir Putin"],
                  date="2023-09-15", date_precision="day", location="Sochi", evidence=text[:40],
                  evidence_start=0, evidence_end=40)
    if bad_event:
        event.confidence = "not a number"
    return Analysis(
        article=Article(id=article_id, text=text, published="2023-09-16"),
        actors=[putin, luka],
        timexes=[Timex(33, 39, "Friday", "DATE", "2023-09-15", "day", True)],
        quotes=[Quote(text="We agree,", start=42, end=51, speaker="Vladimir Putin",
                      speaker_id="person:vladimir-putin", cue="said")],
        events=[event])


def test_save_is_idempotent_and_queries_work(tmp_path):
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        assert store.save(sample()) is True
        assert store.save(sample()) is False
        counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == 1 and counts["mentions"] == 3
    with Store(db, read_only=True) as store:
        (event,) = store.timeline(actors=["Putin"])
        assert event["source_ids"] == ["person:alexander-lukashenko"]
        assert event["evidence"] == "Lukashenko met Putin in Sochi on Friday."
        assert store.timeline(actors=["Putin"], since="2024") == []
        (quote,) = store.quotes(speaker="Putin")
        assert quote["text"] == "We agree,"


def test_failed_write_leaves_nothing_behind(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        store.save(sample("first"))
        with pytest.raises(Exception):
            store.save(sample("second", bad_event=True))
        assert store.counts()["articles"] == 1
        assert not store.has_article("second")
        assert store.save(sample("second")) is True
        assert store.counts()["events"] == 2


def test_export_formats(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        store.save(sample())
        for fmt in ("csv", "jsonl", "parquet"):
            out = tmp_path / f"events.{fmt}"
            assert store.export_table("events", out, fmt) == 1
            assert out.stat().st_size > 0
