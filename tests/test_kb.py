"""Tests for the actor knowledge base (newsgraph/knowledge/actors/*.jsonl and kb.py)."""
import datetime
import json

import pycountry
import pytest

from newsgraph.knowledge.kb import ACTORS_DIR, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_loads_all_kinds(kb):
    types = {e.type for e in kb.entries()}
    assert {"GPE", "ORG", "PERSON"} <= types
    assert kb.get("RUS").name == "Russia"


def test_alias_lookup_is_case_and_accent_insensitive(kb):
    assert kb.lookup("alyaksandr lukashenka")[0].id == "person:alexander-lukashenko"
    assert kb.lookup("Recep Tayyip Erdogan")[0].id == kb.lookup("Recep Tayyip Erdoğan")[0].id
    assert kb.lookup("the Kremlin")[0].id == "org:kremlin"
    assert kb.lookup("Union State")[0].id == "org:union-state"


def test_holders_on_date(kb):
    assert [e.name for e in kb.holders("president", "RUS", "2022-12-19")] == ["Vladimir Putin"]
    assert [e.name for e in kb.holders("prime_minister", "BLR", "2023-03-28")] == ["Roman Golovchenko"]
    assert [e.name for e in kb.holders("foreign_minister", "USA", "2023-06-01")] == ["Antony Blinken"]
    assert [e.name for e in kb.holders("president", "RUS", "2010-01-01")] == ["Dmitry Medvedev"]


def test_roles_of(kb):
    roles = kb.roles_of("person:vladimir-putin", "2010-01-01")
    assert [r["role"] for r in roles] == ["prime_minister"]


def test_demonyms(kb):
    assert kb.by_demonym("Russian").id == "RUS"
    assert kb.by_demonym("Belarusian").id == "BLR"
    assert kb.by_demonym("belarussian").id == "BLR"


def test_user_file_adds_actor(tmp_path):
    user = tmp_path / "mine.jsonl"
    user.write_text(json.dumps({"id": "person:jane-example", "name": "Jane Example", "type": "PERSON",
                                "country": "BLR", "aliases": ["J. Example"], "gender": "f",
                                "roles": [{"role": "spokesperson", "of": "BLR", "start": "2020-01-01",
                                           "end": None}]}) + "\n")
    kb = load_kb([user])
    assert kb.lookup("j. example")[0].name == "Jane Example"
    assert kb.holders("spokesperson", "BLR", "2021-01-01")[0].id == "person:jane-example" or \
        any(e.id == "person:jane-example" for e in kb.holders("spokesperson", "BLR", "2021-01-01"))
    assert load_kb().get("person:jane-example") is None


def _date(value):
    return datetime.date.fromisoformat(value)


def test_every_line_valid():
    # XKX: the user-assigned code for Kosovo that news coders (CAMEO, NGEC) use
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    ids = set()
    rows = []
    for path in sorted(ACTORS_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):  # as kb.read_entries
                rows.append(json.loads(line))
    for row in rows:
        assert row["id"] not in ids, row["id"]
        ids.add(row["id"])
        assert row["type"] in {"GPE", "ORG", "PERSON", "LOC", "FAC"}
        assert row.get("country") is None or row["country"] in iso3, row
    for row in rows:
        for ref in [row.get("parent"), *row.get("members", [])]:
            assert ref is None or ref in ids, (row["id"], ref)
        for role in row.get("roles", []):
            assert role["of"] in iso3 or role["of"] in ids, (row["id"], role)
            start, end = role.get("start"), role.get("end")
            if start:
                _date(start)
            if end:
                _date(end)
            if start and end:
                assert start <= end, (row["id"], role)


def test_each_demonym_names_one_country():
    """A dependent territory never shares its sovereign's demonym ("French" is France)."""
    owners = {}
    for entry in load_kb().entries():
        for d in entry.demonyms:
            owners.setdefault(d.casefold(), set()).add(entry.id)
    assert {d: ids for d, ids in owners.items() if len(ids) > 1} == {}


def test_office_holder_registry_lines_are_name_and_iso3():
    """officials_countryinfo.tsv: "Full Name<TAB>ISO3", at least two words, one country a name."""
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    seen = {}
    for line in (ACTORS_DIR / "officials_countryinfo.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code = line.split("\t")
        assert len(name.split()) >= 2 and code in iso3, line
        assert seen.setdefault(name.casefold(), code) == code, line


def test_non_governmental_organisations_are_their_own_kind(kb):
    """Rights and aid groups are kind "ngo", not intergovernmental bodies; neither has a country."""
    for name in ("Amnesty International", "Red Cross", "Doctors Without Borders", "Norwegian Refugee Council"):
        entry = kb.lookup(name)[0]
        assert entry.kind == "ngo" and entry.country is None
    assert kb.lookup("World Food Programme")[0].kind == "international"


def test_heads_of_state_of_the_last_decade(kb):
    assert [e.name for e in kb.holders("president", "CHL", "2023-05-01")] == ["Gabriel Boric"]
    assert [e.name for e in kb.holders("president", "CHL", "2020-05-01")] == ["Sebastián Piñera"]
    assert [e.name for e in kb.holders("prime_minister", "THA", "2024-01-10")] == ["Srettha Thavisin"]
    assert kb.lookup("Nayib Bukele")[0].country == "SLV"


def test_popes_are_heads_of_the_vatican(kb):
    assert [e.name for e in kb.holders("head_of_state", "VAT", "2015-06-01")] == ["Pope Francis"]
    assert kb.lookup("Benedict XVI")[0].country == "VAT"


def test_opposition_and_movement_leaders_have_their_country(kb):
    assert kb.lookup("Joseph Kony")[0].country == "UGA"
    assert kb.lookup("Muqtada al-Sadr")[0].country == "IRQ"
    assert kb.get("person:kemal-kilicdaroglu").country == "TUR"


def test_foreign_ministers_and_heads_of_international_bodies(kb):
    assert [e.name for e in kb.holders("foreign_minister", "EGY", "2020-01-01")] == ["Sameh Shoukry"]
    assert kb.lookup("Kristalina Georgieva")[0].country == "BGR"  # her own nationality


def test_a_demonym_government_is_one_country_s(kb):
    """'the French government' is France's, not that of a French overseas territory: no alias of
    a government is shared by two countries' governments."""
    owners = {}
    for line in (ACTORS_DIR / "organisations.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            if entry.get("kind") == "government":
                for alias in entry.get("aliases", []):
                    owners.setdefault(alias.lower(), set()).add(entry.get("country"))
    shared = {a: c for a, c in owners.items() if len(c) > 1}
    assert not shared
    assert kb.lookup("the French government")[0].country == "FRA"
