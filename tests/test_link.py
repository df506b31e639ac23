"""Cross-article linking on a real DuckDB file, with articles and events written for these tests."""
import pytest

from newsgraph.link import build_stories, find_near_duplicate, link_articles, link_events, register_article
from newsgraph.model import Actor, Analysis, Article, Event
from newsgraph.store import Store
from newsgraph.store import links as sql

ACTORS = {
    "Ana Lopez": Actor(id="person:ana-lopez", name="Ana Lopez", type="PERSON", country="ESP"),
    "Jon Berg": Actor(id="person:jon-berg", name="Jon Berg", type="PERSON", country="NOR"),
    "Spain": Actor(id="ESP", name="Spain", type="GPE", country="ESP"),
}


def analysis(article_id, published, text, events):
    names = {n for e in events for n in e.source + e.target}
    return Analysis(article=Article(id=article_id, text=text, published=published),
                    actors=[ACTORS[n] for n in sorted(names)], events=events)


def meeting(date, status="occurred", evidence="Lopez met Berg in Oslo to discuss fishing quotas.", kind="CONSULT"):
    return Event(type=kind, source=["Ana Lopez"], target=["Jon Berg"], date=date, date_precision="day",
                 location="Oslo", status=status, evidence=evidence, trigger="met")


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "link.duckdb")
    yield s
    s.close()


def save_all(store, analyses):
    for a in analyses:
        store.save(a)
    return [a.article for a in analyses]


def test_same_meeting_from_two_articles_is_one_event_with_two_sources(store):
    arts = save_all(store, [
        analysis("a1", "2024-03-05", "Lopez and Berg held talks in Oslo on Monday about fishing.",
                 [meeting("2024-03-04")]),
        analysis("a2", "2024-03-05", "The Spanish minister met her Norwegian counterpart in Oslo.",
                 [meeting("2024-03-04", evidence="Ana Lopez held talks with Jon Berg in Oslo on fishing quotas.")]),
    ])
    stats = link_articles(store, arts)
    assert stats["linked"] == 1
    multi = [r for r in sql.linked_events(store.con) if r["n_sources"] == 2]
    assert len(multi) == 1 and sorted(multi[0]["articles"]) == ["a1", "a2"]
    assert {r["article_id"] for r in sql.cluster_sources(store.con, multi[0]["cluster_id"])} == {"a1", "a2"}


def test_different_days_are_not_merged(store):
    save_all(store, [analysis("b1", "2024-03-05", "First talks.", [meeting("2024-03-04")]),
                     analysis("b2", "2024-03-20", "Second talks.", [meeting("2024-03-19")])])
    link_events(store, ["b1", "b2"])
    assert all(r["n_sources"] == 1 for r in sql.linked_events(store.con))


def test_planned_meeting_and_the_meeting_held_are_related_not_merged(store):
    save_all(store, [
        analysis("c1", "2024-03-01", "Lopez will meet Berg in Oslo next week.",
                 [meeting("2024-03-04", status="planned", evidence="Lopez will meet Berg in Oslo next week.")]),
        analysis("c2", "2024-03-05", "Lopez met Berg in Oslo.", [meeting("2024-03-04")]),
    ])
    link_events(store, ["c1", "c2"])
    assert all(r["n_sources"] == 1 for r in sql.linked_events(store.con))
    rel = sql.relations(store.con)
    assert len(rel) == 1 and rel[0]["kind"] == "fulfils" and rel[0]["article_id"] == "c2"


def test_linking_twice_changes_nothing(store):
    arts = save_all(store, [analysis("d1", "2024-03-05", "Talks.", [meeting("2024-03-04")])])
    link_events(store, ["d1"])
    assert link_events(store, ["d1"]) == {}
    assert store.con.execute("SELECT count(*) FROM event_clusters").fetchone()[0] == 1
    assert arts


WIRE = ("The finance ministers of the two countries agreed on Tuesday to extend the fishing accord "
        "for five more years, officials said after a long meeting in the harbour town, where boats "
        "had gathered to protest against lower quotas for cod and herring in the northern waters. "
        "The accord lets each fleet fish in the other's zone under a shared quota set every spring by "
        "a joint commission of scientists, and it adds new rules on reporting catches by satellite. "
        "Fishermen's unions on both sides welcomed the extension but said the quotas were still too low.")


def test_near_duplicate_articles(store):
    first = Article(id="w1", text=WIRE)
    copy = Article(id="w2", text="(Republished) " + WIRE.replace("officials said", "officials told reporters"))
    other = Article(id="w3", text="A new bridge opened in the capital after three years of building work "
                                  "that cost more than planned and closed two streets near the river.")
    assert register_article(store, first) is None
    assert find_near_duplicate(store, copy) == "w1"
    assert register_article(store, copy) == "w1"
    assert register_article(store, other) is None
    assert sql.duplicate_of(store.con, "w2") == "w1"


def test_related_events_form_a_story(store):
    save_all(store, [
        analysis("s1", "2024-03-05", "Talks.", [meeting("2024-03-04")]),
        analysis("s2", "2024-03-08", "Deal.", [Event(
            type="AGREE", source=["Ana Lopez"], target=["Jon Berg"], date="2024-03-07", date_precision="day",
            evidence="Lopez and Berg signed a fishing accord.", trigger="signed")]),
    ])
    link_events(store, ["s1", "s2"])
    build_stories(store, ["s1", "s2"])
    stories = sql.stories(store.con)
    assert len(stories) == 1
    s = stories[0]
    assert (s["date_start"], s["date_end"], s["n_events"], s["n_sources"]) == ("2024-03-04", "2024-03-07", 2, 2)
    assert "Ana Lopez" in s["title"] and "Jon Berg" in s["title"]


def test_coreference_metrics_on_a_worked_example():
    from newsgraph.link_eval import b_cubed, ceaf_e, conll, muc

    key, response = [{"a", "b", "c"}, {"d"}], [{"a", "b"}, {"c", "d"}]
    assert muc(key, response) == (0.5, 0.5, 0.5)
    p, r, _ = b_cubed(key, response)
    assert (round(p, 4), round(r, 4)) == (0.75, 0.6667)
    p, r, _ = ceaf_e(key, response)
    assert round(float(p), 4) == round(float(r), 4) == 0.7333
    perfect = conll(key, key)
    assert perfect["conll_f1"] == pytest.approx(1.0)


def test_ecbplus_evaluation_runs(tmp_path):
    from conftest import shared_path
    from newsgraph.link_eval import evaluate_ecbplus

    result = evaluate_ecbplus(str(shared_path("peers", "ecbplus_test.jsonl")))
    assert 0.5 < result["selected_all_36_45"]["conll_f1"] <= 1.0


def test_story_timeline_lists_stories_with_their_events_in_date_order(store):
    arts = save_all(store, [
        analysis("t1", "2024-03-05", "Talks.", [meeting("2024-03-04")]),
        analysis("t2", "2024-03-08", "Deal.", [Event(
            type="AGREE", source=["Ana Lopez"], target=["Jon Berg"], date="2024-03-07", date_precision="day",
            evidence="Lopez and Berg signed a fishing accord.", trigger="signed")]),
        analysis("t3", "2024-06-02", "Visit.", [Event(
            type="CONSULT", source=["Spain"], date="2024-06-01", date_precision="day",
            evidence="Spain hosted a trade fair.", trigger="hosted")]),
    ])
    link_articles(store, arts)
    rows = sql.story_timeline(store.con)
    assert [r["date_start"] for r in rows] == ["2024-03-04", "2024-06-01"]
    assert rows[0]["events"] == [("t1", 0), ("t2", 0)] and rows[0]["n_sources"] == 2
    assert [r["story_id"] for r in sql.story_timeline(store.con, actor_ids=["ESP"])] == [rows[1]["story_id"]]
    assert [r["date_start"] for r in sql.story_timeline(store.con, since="2024-05-01")] == ["2024-06-01"]
    assert [r["date_start"] for r in sql.story_timeline(store.con, until="2024-03-05")] == ["2024-03-04"]


def test_event_words_meet_through_derivation_and_synonyms():
    from newsgraph.link import same_event_word

    assert same_event_word("election", "elect") == 1.0
    assert same_event_word("death", "die") == 1.0
    assert same_event_word("hit", "strike") == 0.5
    assert same_event_word("say", "tell") == 0.0  # reporting verbs only match themselves
    assert same_event_word("bridge", "election") == 0.0


def test_gold_meeting_reported_by_two_articles_is_one_event_with_two_sources(tmp_path):
    """The December 19, 2022 Putin-Lukashenko meeting in the gold dev set is told by seed-000 and
    seed-001; ingested as JSON and linked, it must be one event with both as sources."""
    from conftest import shared_path
    from newsgraph.cli import ingest_paths

    gold = shared_path("gold", "dev")
    paths = [str(gold / "seed-000.json"), str(gold / "seed-001.json")]
    db = tmp_path / "gold.duckdb"
    ingest_paths(paths, str(db), quiet=True)
    with Store(db) as store:
        rows = store.con.execute(
            "SELECT c.cluster_id, list(DISTINCT c.article_id ORDER BY c.article_id) AS arts"
            " FROM event_clusters c JOIN events e ON e.article_id = c.article_id AND e.idx = c.event_idx"
            " WHERE e.date = '2022-12-19' AND e.type = 'CONSULT' GROUP BY c.cluster_id").fetchall()
    assert any(arts == ["seed-000", "seed-001"] for _, arts in rows), rows


def _ecb_doc(doc_id, sentences, marks):
    """An ECB+-style document from my own sentences: `marks` is (sentence index, word, type, cluster)
    for each mention, found by its first occurrence in that sentence."""
    text = "\n".join(sentences)
    starts = [sum(len(s) + 1 for s in sentences[:i]) for i in range(len(sentences))]
    mentions = []
    for n, (sent, word, kind, cluster) in enumerate(marks):
        start = starts[sent] + sentences[sent].index(word)
        mentions.append({"m_id": str(n), "type": kind, "start": start, "end": start + len(word), "text": word,
                         "sentence": sent, "cluster_id": cluster, "in_selected_sentence": True})
    return {"id": doc_id, "topic": 1, "text": text, "mentions": mentions}


def test_reporting_verbs_of_one_incident_need_shared_arguments_to_corefer():
    from newsgraph.link_eval import cluster_topic

    a = _ecb_doc("a", ["A gas explosion destroyed a bakery in Lyon on Sunday .",
                       "The fire brigade said nobody was hurt ."],
                 [(0, "explosion", "ACTION_OCCURRENCE", "x"), (0, "Lyon", "LOC_GEO", "l"),
                  (0, "Sunday", "TIME_DATE", "t"), (1, "fire brigade", "HUMAN_PART_ORG", "f"),
                  (1, "said", "ACTION_REPORTING", "s1")])
    b = _ecb_doc("b", ["An explosion tore through a Lyon bakery on Sunday morning .",
                       "The owner said he had smelled gas for days ."],
                 [(0, "explosion", "ACTION_OCCURRENCE", "x"), (0, "Lyon", "LOC_GEO", "l"),
                  (0, "Sunday", "TIME_DATE", "t"), (1, "owner", "HUMAN_PART_PER", "o"),
                  (1, "said", "ACTION_REPORTING", "s2")])
    other = _ecb_doc("z", ["Voters in Chile elected a new parliament ."], [(0, "elected", "ACTION_OCCURRENCE", "e")])
    labels = cluster_topic([a, b, other])
    assert labels[("a", "0")] == labels[("b", "0")]  # the explosion, told twice
    assert labels[("a", "4")] != labels[("b", "4")]  # two people saying two things


def test_two_event_words_of_one_sentence_are_two_events():
    from newsgraph.link_eval import mention_features, mention_similarity

    doc = _ecb_doc("c", ["Rome and Madrid signed a trade agreement in Paris on Friday ."],
                   [(0, "Rome", "HUMAN_PART_GPE", "r"), (0, "Madrid", "HUMAN_PART_GPE", "m"),
                    (0, "signed", "ACTION_OCCURRENCE", "s"), (0, "agreement", "ACTION_OCCURRENCE", "g"),
                    (0, "Paris", "LOC_GEO", "p")])
    later = _ecb_doc("d", ["In Paris on Friday , Rome and Madrid ended a trade dispute ."],
                     [(0, "Paris", "LOC_GEO", "p"), (0, "Rome", "HUMAN_PART_GPE", "r"),
                      (0, "Madrid", "HUMAN_PART_GPE", "m"), (0, "ended", "ACTION_OCCURRENCE", "e")])
    signed, agreement = mention_features(doc)
    ended = mention_features(later)[0]
    assert mention_similarity(signed, agreement) == 0.0  # synonyms, but one sentence: two events
    assert mention_similarity(agreement, ended) > 0.0


def test_an_event_mention_keeps_the_arguments_the_parse_hangs_on_it():
    from newsgraph.link_eval import _content, mention_features

    sentence = "Police arrested Tom Weller in Leeds , and the court later said that protesters had attacked a bank in York ."
    doc = _ecb_doc("e", [sentence],
                   [(0, "Police", "HUMAN_PART_ORG", "p"), (0, "arrested", "ACTION_OCCURRENCE", "a"),
                    (0, "Tom Weller", "HUMAN_PART_PER", "w"), (0, "Leeds", "LOC_GEO", "l"),
                    (0, "protesters", "HUMAN_PART_PER", "r"), (0, "attacked", "ACTION_OCCURRENCE", "k"),
                    (0, "bank", "NON_HUMAN_PART", "b"), (0, "York", "LOC_GEO", "y")])
    arrest, attack = mention_features(doc)
    assert set(_content("Police Tom Weller Leeds")) <= arrest["own_arguments"]
    assert not set(_content("protesters bank York")) & arrest["own_arguments"]
    assert set(_content("protesters bank York")) <= attack["own_arguments"]
    assert not set(_content("Tom Weller Leeds")) & attack["own_arguments"]
    assert arrest["context"] == attack["context"]  # the sentence's arguments are shared by both


def test_a_relative_pronoun_event_mention_takes_the_word_of_its_noun():
    from newsgraph.link_eval import mention_features, trigger_similarity

    doc = _ecb_doc("f", ["Rescuers searched the rubble after the landslide , which buried a village near Quito ."],
                   [(0, "landslide", "ACTION_OCCURRENCE", "s"), (0, "which", "ACTION_OCCURRENCE", "s"),
                    (0, "buried", "ACTION_OCCURRENCE", "b")])
    other = _ecb_doc("g", ["The landslide hit on Monday ."], [(0, "landslide", "ACTION_OCCURRENCE", "s")])
    which = mention_features(doc)[1]
    assert which["lemma"] == "landslide"
    assert trigger_similarity(which, mention_features(other)[0]) == 1.0


def test_a_phrasal_verb_meets_its_synonym_though_its_light_verb_does_not():
    from newsgraph.link_eval import mention_features, trigger_similarity

    a = _ecb_doc("h", ["Ruth Adler took over as head of the orchestra on Monday ."],
                 [(0, "took over", "ACTION_OCCURRENCE", "r")])
    b = _ecb_doc("i", ["Ruth Adler will replace Sam Dorn at the orchestra ."], [(0, "replace", "ACTION_OCCURRENCE", "r")])
    took, replace = mention_features(a)[0], mention_features(b)[0]
    assert took["phrasal"] == "take over"
    assert trigger_similarity(took, replace) == 1.0


def test_an_incident_at_another_time_and_place_is_kept_further_apart():
    from newsgraph.link_eval import mention_features, mention_similarity

    def fire(doc_id, sentence, when, where):
        return mention_features(_ecb_doc(doc_id, [sentence], [(0, "fire", "ACTION_OCCURRENCE", "f"),
                                                              (0, when, "TIME_DATE", "t"), (0, where, "LOC_GEO", "l")]))[0]

    first = fire("j", "A fire broke out in Graz on Monday .", "Monday", "Graz")
    same_day = fire("k", "A fire broke out in Linz on Monday .", "Monday", "Linz")
    other_day = fire("l", "A fire broke out in Linz on Friday .", "Friday", "Linz")
    assert 0 < mention_similarity(first, other_day) < mention_similarity(first, same_day)
