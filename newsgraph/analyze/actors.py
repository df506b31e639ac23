"""The actors stage: every mention of a person, body, country or place in an article, resolved
to canonical actors.

In: `analysis.doc` (spaCy Doc) and `analysis.article.published`. Out: `analysis.actors`, a list of
`newsgraph.model.Actor`, each with all its mentions (kind name | role | pronoun | demonym | capital
| nominal) and a `salient` attribute (False when the actor is only named in passing; the gold
format lists salient actors only, see newsgraph.output.is_listed).

Resolution, in document order (later mentions resolve against earlier ones):
- names (spaCy entities, repaired: adjacent entities merged, "Kremlin spokesman Dmitry Peskov"
  split into a title and a person) -> the knowledge base (exact, then fuzzy for misspellings),
  or a person already named in the article (surname alone, misspelt surname), or a new actor;
- titles and role phrases ("the Russian President", "his Belarusian counterpart", "the head of
  the Russian cabinet") -> a person of the article with that role and country, else the
  office-holder on the article date from the knowledge base;
- nominals ("the expert", "the interlocutor") and pronouns -> the last compatible person;
- demonyms ("Russian troops") -> the country, or the country's body named by a sector noun;
- capitals and seats used for a government ("Moscow said", "the Kremlin") -> the country.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from ..model import Actor, Mention
from .doc_cache import doc_ents, doc_text
from .actors_country import fill_countries
from .datelines import in_doc_dateline_place
from .actors_lexicon import (KBView, Lexicon, fold, load_gazetteer, load_kb_view, load_lexicon, load_official_countries,
                             official_key, slug)
from .actors_salience import add_salience, mark_salience  # noqa: F401  (re-exported)

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
TYPE_OF_KB = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "COUNTRY": "GPE", "CITY": "GPE",
              "LOC": "LOC", "FAC": "FAC", "IGO": "ORG", "NGO": "ORG"}
PLACE_PREPS = {"in", "at", "to", "from", "near", "into", "across", "outside", "inside", "around",
               "toward", "towards", "via", "through", "throughout", "within"}
REGION_NOUNS = {"region", "oblast", "province", "krai", "governorate", "prefecture"}
TRAVEL_VERBS = {"visit", "reach", "leave", "enter", "tour", "arrive", "host", "storm", "shell", "bomb"}
EXPLETIVE_HEADS = {"be", "seem", "appear", "take", "remain", "become", "matter", "rain"}
DEFINITE = {"the", "this", "that", "his", "her", "its", "their"}
SPEECH_VERBS = {"say", "tell", "add", "note", "stress", "write", "insist", "declare", "explain", "warn"}
STATE_AS_GOVERNMENT = {"government", "authority", "authorities", "administration", "leadership"}  # "the Ethiopian government": Ethiopia
OUTLET_UNIT_WORDS = {"service", "desk", "bureau", "edition"}  # "the BBC's Persian Service"
WORLD_REGION_PREFIXES = {"latin", "pan", "sub-saharan"}  # "Latin American": no demonym of one country
HOME_BODY_WORDS = {"federal", "national"}  # "the federal army": the home state's body
HEADLINE_SMALL_WORDS = {"a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "as", "by", "with", "from"}
HOLDER_PARTICIPLES = {"administered", "controlled", "held", "occupied", "annexed"}  # "Pakistani-administered Kashmir"
NAMED_SECTORS = {"foreign_ministry", "defence_ministry", "trade_ministry", "interior_ministry"}  # "the Foreign Ministry": whose, from the clause
STATE_SECTORS = {"government", "armed_forces", "parliament", "junta", "police", "judiciary"}  # "<body> in <country>"


REGION_NOUNS = {"state", "province", "region", "oblast", "governorate", "prefecture", "county", "district"}
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"}


@dataclass
class Draft:
    """An actor being built: what is known so far, and its mentions."""

    key: str
    name: str
    type: str
    country: Optional[str] = None
    role: Optional[str] = None
    role_ids: set = field(default_factory=set)
    orgs: set = field(default_factory=set)
    kb_id: Optional[str] = None
    gender: Optional[str] = None
    forms: set = field(default_factory=set)  # folded names seen in the text
    mentions: list = field(default_factory=list)  # (Mention, root token index)

    @property
    def id(self) -> str:  # lets a draft stand where a KB entry is expected
        return self.kb_id or self.key


class _Run:
    """Resolution of one document. In: the Doc and the article date. Out: `drafts` in order."""

    def __init__(self, kb: KBView, lex: Lexicon, doc, date: Optional[str]):
        self.kb, self.lex, self.doc, self.date = kb, lex, doc, date
        self.drafts: dict[str, Draft] = {}
        self.timeline: list[tuple[int, str]] = []  # (token index, draft key) of person mentions
        self.taken: set[int] = set()  # token indexes already inside a mention
        self.place_names = {e.text for e in doc_ents(doc) if e.label_ in ("GPE", "LOC", "NORP")}
        self.person_taken: set[int] = set()
        self.root_at: dict[int, int] = {}  # start token of a person mention -> its root token
        self.quoted = quoted_tokens(doc)  # persons named inside quotes are no antecedents
        self.state_governments: list[tuple[int, str]] = []  # (token, ISO3) of "the Ethiopian government"

    @cached_property
    def chunk_bounds(self) -> list[tuple[int, int]]:
        """(start, end) token offsets of the Doc's noun chunks, computed once: spaCy recomputes
        `doc.noun_chunks` on every access. A chunk the parser ran across a spaced dash starts
        after it: "LIMA (Reuters) - Russian troops" is a dateline, then the phrase."""
        bounds = [(self.after_spaced_dash(c.start, c.end), c.end) for c in self.doc.noun_chunks]
        return sorted(bounds + self.chunks_after_datelines(bounds))

    def chunks_after_datelines(self, bounds) -> list[tuple[int, int]]:
        """spaCy drops the noun chunk whose left edge reaches back into a dateline ("LIMA
        (Reuters) - Russian troops crossed"): the phrase from the dash to its noun, when no chunk
        has it."""
        covered = {i for s, e in bounds for i in range(s, e)}
        extra = []
        for tok in self.doc:
            if not self.spaced_dash(tok.i) or tok.i + 1 >= len(self.doc):
                continue
            head = self.doc[tok.i + 1]
            while head.dep_ in ("amod", "compound", "det", "nummod", "nmod") and head.head.i > head.i:
                head = head.head
            if head.pos_ in ("NOUN", "PROPN") and head.i not in covered:
                extra.append((tok.i + 1, head.i + 1))
        return extra

    def spaced_dash(self, i: int) -> bool:
        """A free-standing dash with spaces on both sides (not the hyphen of "pro-Iranian")."""
        t = self.doc[i]
        return t.text in ("-", "--", "\u2013", "\u2014") and bool(t.whitespace_) and i > 0 \
            and bool(self.doc[i - 1].whitespace_)

    def after_spaced_dash(self, start: int, end: int) -> int:
        """The first token after the last free-standing dash ("LIMA (Reuters) - ...") in
        [start, end - 1), or `start` when there is none ("pro-Iranian" has no spaces)."""
        for i in range(end - 2, start - 1, -1):
            if self.spaced_dash(i):
                return i + 1
        return start

    # ---------- drafts and mentions ----------
    def draft_for_entry(self, entry) -> Draft:
        d = self.drafts.get(entry.id)
        if d is None:
            etype = TYPE_OF_KB.get((entry.type or "").upper(), "ORG")
            d = Draft(key=entry.id, name=entry.name, type=etype, country=entry.country,
                      kb_id=entry.id, gender=getattr(entry, "gender", None))
            if etype == "GPE" and not d.country and len(entry.id) == 3 and entry.id.isupper():
                d.country = entry.id
            for r in self.kb.roles_of(entry.id, self.date):
                d.role_ids.add(r.get("role"))
                if r.get("of") and r.get("of") != d.country:
                    d.orgs.add(r.get("of"))
            if etype == "PERSON":
                d.role = self.kb_role_label(entry.id)
            d.forms.add(fold(entry.name))
            for a in getattr(entry, "aliases", None) or []:
                d.forms.add(fold(a))
            self.drafts[entry.id] = d
        return d

    def demonym_code(self, word: str) -> Optional[str]:
        """ISO3 of the country a demonym names: the KB first, then countryinfo (remembered per
        process: both sources are fixed once loaded)."""
        return self.kb.memoised("demonym_code", self.demonym_code_uncached, word)

    def demonym_code_uncached(self, word: str) -> Optional[str]:
        entry = self.kb.demonym(word)
        if entry is not None:
            return self._country_id(entry)
        gaz = load_gazetteer()
        return gaz.demonym(word) if gaz is not None and word[:1].isupper() else None

    def country_draft(self, code: str) -> Draft:
        """The draft of a country by ISO3: its KB entry, else the gazetteer's name."""
        entry = self.kb.get(code)
        if entry is not None:
            return self.draft_for_entry(entry)
        d = self.drafts.get(code)
        if d is None:
            d = Draft(key=code, name=self.country_name(code), type="GPE", country=code)
            d.forms.add(fold(d.name))
            self.drafts[code] = d
        return d

    def kb_role_label(self, entry_id: str) -> Optional[str]:
        """'President of Belarus' from the knowledge base's roles on the article date."""
        for r in self.kb.roles_of(entry_id, self.date):
            role = r.get("role")
            label = self.lex.role_labels.get(role, (role or "").replace("_", " ").title())
            owner = self.kb.get(r.get("of")) if r.get("of") else None
            return f"{label} of {owner.name}" if owner is not None else label
        return None

    def draft_local(self, name: str, etype: str, country=None) -> Draft:
        prefix = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "loc", "FAC": "fac"}[etype]
        key = f"{prefix}:{slug(name)}"
        d = self.drafts.get(key)
        if d is None:
            d = Draft(key=key, name=name, type=etype, country=country)
            self.drafts[key] = d
        d.forms.add(fold(name))
        return d

    def add(self, d: Draft, span, kind: str, root=None):
        if span is None or len(span) == 0 or not span.text.strip():
            return
        for m, _ in d.mentions:
            if m.start == span.start_char and m.end == span.end_char:
                return
        root = root if root is not None else span.root.i
        d.mentions.append((Mention(span.start_char, span.end_char, span.text, d.key, kind), root))
        self.taken.update(range(span.start, span.end))
        if d.type == "PERSON":
            self.person_taken.update(range(span.start, span.end))
            if span.start not in self.quoted:
                self.timeline.append((span.start, d.key))
                self.root_at[span.start] = root

    # ---------- small helpers ----------
    def country_of_tokens(self, tokens) -> tuple[Optional[str], Optional[str]]:
        """(country id, org id) named inside a title or phrase: demonyms, country names,
        metonyms ("Kremlin"), bodies ("NATO")."""
        country = org = None
        toks = list(tokens)
        texts = [t.text for t in toks]  # read once: each run of up to five words is joined again
        i = 0
        while i < len(toks):
            if not texts[i][:1].isupper() or i > 0 and texts[i - 1].lower() in WORLD_REGION_PREFIXES:
                i += 1  # (nor the "American" of "Latin American")
                continue
            step = 1
            for j in range(min(len(toks), i + 5), i, -1):  # longest run the KB knows
                ent = self._kb_entity(" ".join(texts[i:j]))
                if ent is not None:
                    ctry = self._country_id(ent)
                    if (ent.type or "").upper() not in ("GPE", "COUNTRY"):
                        org = org or ent.id
                    country = country or ctry
                    step = j - i
                    break
            else:
                gaz = load_gazetteer()
                code = None
                if i + 1 < len(toks) and toks[i + 1].text[:1].isupper():  # "South Korean"
                    code = self.demonym_code(toks[i].text + " " + toks[i + 1].text)
                    step = 2 if code else 1
                code = code or self.demonym_code(toks[i].text) or self.lex.country_aliases.get(fold(toks[i].text))
                if code is None and gaz is not None:
                    hit = gaz.country(toks[i].text) or (
                        gaz.country(toks[i].text + " " + toks[i + 1].text) if i + 1 < len(toks) else None)
                    code = hit[0] if hit else None
                if code is None and toks[i].i in self.taken:
                    # "the Phillipines military": a country's name already resolved (misspelt)
                    d = self.draft_at_token(toks[i].i)
                    code = d.country if d is not None and d.type == "GPE" and d.kb_id == d.country else None
                country = country or code
            i += step
        return country, org

    def _kb_entity(self, text: str):
        key = fold(text)
        if key in self.kb.metonyms:
            return self.kb.metonyms[key]
        hits = [e for e in self.kb.lookup(text) if (e.type or "").upper() != "PERSON"]
        if hits:
            return hits[0]
        # a body already named in the article ("the NATO chief" after "NATO")
        return next((d for d in self.drafts.values() if d.type == "ORG" and key in d.forms
                     and not d.country), None) if len(key) > 1 else None

    @staticmethod
    def _country_id(entry) -> Optional[str]:
        if entry.country:
            return entry.country
        if len(entry.id) == 3 and entry.id.isupper():
            return entry.id
        return None

    def title_info(self, tokens) -> tuple[list, Optional[str], Optional[str], str]:
        """(role ids, country id, org id, title text) of a title or role phrase."""
        roles, i, j = self.lex.role_in(self.role_words(tokens))
        country, org = self.country_of_tokens(tokens)
        text = " ".join(t.text for t in tokens)
        return roles or [], country, org, text

    def role_words(self, tokens) -> list[str]:
        """Folded words of a phrase without its demonyms and country names, so that "head of the
        Russian cabinet" matches the lexicon's "head of the cabinet"."""
        kept = [t for t in tokens if not (t.text[:1].isupper() and t.ent_type_ in ("NORP", "GPE")
                                          and fold(t.text) not in self.lex.roles)]
        # "Secretary-General" is three tokens but one word of the lexicon
        return fold("".join(t.text_with_ws if t.whitespace_ else t.text + (
            "" if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-" or t.text == "-" else " ")
            for t in kept)).split()

    def role_label(self, role_ids: list, title_text: str, country: Optional[str]) -> Optional[str]:
        if not role_ids and not title_text:
            return None
        label = title_text.strip() or self.lex.role_labels.get(role_ids[0], role_ids[0])
        return label[:1].upper() + label[1:] if label else None

    # ---------- names ----------
    def name_chunks(self):
        """spaCy entities merged when adjacent (no punctuation between), as token ranges with
        the labels they cover."""
        chunks = []
        for ent in doc_ents(self.doc):
            if ent.label_ not in NAME_LABELS:
                continue
            if chunks and chunks[-1][1] == ent.start and ent.label_ != "NORP" \
                    and chunks[-1][2][-1] != "NORP" and self.doc[ent.start - 1].text not in ("'s", "’s"):
                chunks[-1] = (chunks[-1][0], ent.end, chunks[-1][2] + [ent.label_])
            elif chunks and chunks[-1][1] + 1 == ent.start and self.doc[ent.start - 1].lower_ == "of" \
                    and self.kb_body_only(self.doc[chunks[-1][0]:ent.end]):
                # "Kingdom of Morocco" tagged as two places: one name the knowledge base knows
                chunks[-1] = (chunks[-1][0], ent.end, chunks[-1][2] + [ent.label_])
            else:
                chunks.append((ent.start, ent.end, [ent.label_]))
            if ent.label_ == "PERSON":
                # "Juan Carlos" + untagged "Jobet": a surname the tagger left out
                end = chunks[-1][1]
                while end < len(self.doc) and self.doc[end].pos_ == "PROPN" and not self.doc[end].ent_type_ \
                        and self.doc[end].text[:1].isupper() and not self.is_title_word(self.doc[end]) \
                        and self.doc[end].lower_ not in self.lex.org_words and end - ent.end < 2:
                    end += 1
                start = chunks[-1][0]
                # "Attorney General Tarek" + "William Saab": a first name the tagger left out,
                # between a title and the name it tagged
                if start >= 2 and self.doc[start - 1].pos_ == "PROPN" and not self.doc[start - 1].ent_type_ \
                        and self.doc[start - 1].text[:1].isupper() and not self.is_title_word(self.doc[start - 1]) \
                        and self.doc[start - 1].lower_ not in self.lex.org_words \
                        and self.is_title_word(self.doc[start - 2]):
                    start -= 1
                chunks[-1] = (start, end, chunks[-1][2])
        # "Rostov-on-Don": words joined by hyphens stay one name
        doc, joined = self.doc, []
        starts = {s: (e, l) for s, e, l in chunks}
        for start, end, labels in chunks:
            if joined and start < joined[-1][1]:
                continue
            # "Union State of Russia and Belarus": a body's name goes on over "and <country>"
            if "ORG" in labels and any(t.lower_ == "of" for t in doc[start:end]) and end + 1 < len(doc) \
                    and doc[end].lower_ == "and" and end + 1 in starts and "GPE" in starts[end + 1][1]:
                end = starts[end + 1][0]
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and not self.backer_participle(doc[end + 1]):
                end += 2
            while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and (not joined or start - 2 >= joined[-1][1]):
                start -= 2
            pair = self.hyphenated_countries(start, end)
            if pair:
                joined.extend((s, e, ["GPE"]) for s, e in pair)
                continue
            # "the Voronezh region": a region named by its centre
            if "GPE" in labels and end < len(doc) and doc[end].lower_ in REGION_NOUNS \
                    and (end + 1 >= len(doc) or doc[end + 1].pos_ != "NOUN"):
                end += 1
                labels = ["LOC"]
            gaz = load_gazetteer()
            if "-" in doc[start:end].text and gaz is not None and gaz.place(doc[start:end].text):
                labels = ["GPE"]  # "Rostov-on-Don", whatever the tagger made of its parts
            joined.append((start, end, labels))
        return joined

    @staticmethod
    def backer_participle(tok) -> bool:
        """'Iran-backed', 'US-led', 'Paris-based': a participle after a hyphen says what the name
        before it does for the noun that follows; it is no part of that name."""
        return tok.text.islower() and (tok.tag_ in ("VBN", "VBD") or tok.lower_.endswith("ed"))

    def hyphenated_countries(self, start: int, end: int) -> Optional[list]:
        """"US-China talks", "the Kenya-Uganda border": countries joined by hyphens are each
        their own party (so events can take both), unlike one place's hyphenated name
        ("Guinea-Bissau", "Rostov-on-Don"); so are a country and a body the KB knows ("EU-China
        talks"). The token ranges of the parts, or None."""
        doc, gaz = self.doc, load_gazetteer()
        if gaz is None or not any(t.text == "-" for t in doc[start:end]):
            return None
        text = doc[start:end].text
        if gaz.country(text) or gaz.place(text) or self.kb.lookup(text):
            return None
        parts, s = [], start
        for i in range(start, end + 1):
            if i == end or doc[i].text == "-":
                parts.append((s, i))
                s = i + 1
        if len(parts) < 2 or any(e <= s or not self.country_or_known_body(doc[s:e].text) for s, e in parts):
            return None
        return parts

    def country_or_known_body(self, text: str) -> bool:
        """A country's name, or a body the KB knows by exactly this name ("EU", "Hamas")."""
        gaz = load_gazetteer()
        if gaz is not None and gaz.country(text):
            return True
        return any((e.type or "").upper() != "PERSON" and text in (e.name, *(e.aliases or []))
                   for e in self.kb.lookup(text))

    def is_title_word(self, tok) -> bool:
        w = tok.text.lower()
        return w in self.lex.title_words or fold(tok.text) in self.lex.roles

    def person_tail(self, start: int, end: int, labels: list) -> Optional[int]:
        """Where the person name starts inside chunk [start, end), or None if it names no person.
        The name is the run of capitalised words at the end of the chunk, stopping at a title
        word, a demonym, a place or body the article or the KB knows, or an organisation noun."""
        doc = self.doc
        person_tokens = [t.i for t in doc[start:end] if t.ent_type_ == "PERSON"]
        floor = person_tokens[0] if person_tokens and person_tokens[-1] == end - 1 else start
        i = end
        while i > floor:
            t = doc[i - 1]
            if t.text in ("-", "'") and i - 1 > floor and not t.whitespace_ \
                    and not doc[i - 2].whitespace_:
                i -= 1
                continue
            if t.lower_ in self.lex.name_particles and i - 1 > floor and i < end \
                    and doc[i - 2].text[:1].isupper():
                i -= 1
                continue
            if i < end and doc[i].text == "-" and not t.whitespace_ and t.is_alpha:
                i -= 1  # "al-Qaeda", "Fazl-ur-Rehman": a lower-case part joined by a hyphen
                continue
            if not (t.text[:1].isupper()) or t.pos_ not in ("PROPN", "NOUN", "ADJ") \
                    or self.is_title_word(t) and not self.surname_like_title(t, floor, end) \
                    or t.lower_ in self.lex.org_words \
                    or (load_gazetteer() is not None and load_gazetteer().country(t.text)) \
                    or self.demonym_code(t.text) is not None:
                break
            if i < end and t.ent_type_ != "PERSON" and (
                    t.text in self.place_names or self._kb_entity(t.text) is not None):
                break
            i -= 1
        if i == floor > start and not doc[floor - 1].ent_type_ and doc[floor - 1].pos_ == "PROPN" \
                and doc[floor - 1].text[:1].isupper() and not self.is_title_word(doc[floor - 1]) \
                and floor >= 2 and self.is_title_word(doc[floor - 2]):
            i -= 1  # "Attorney General Tarek" + "William Saab": the first name the tagger left out
        if i >= end:
            return None
        tail = doc[i:end]
        if any(t.ent_type_ == "PERSON" for t in tail):
            return i
        if any(e.type and e.type.upper() == "PERSON" for e in self.kb.lookup(tail.text)):
            return i
        if i > start and len(tail) >= 2:
            return i
        if len(tail) >= 2 and i == start and not self.kb.lookup(tail.text) and (
                (start > 0 and self.is_title_word(doc[start - 1])) or self.appositive_role_noun(tail)
                or self.role_before_comma(tail) is not None):
            return i  # "President Sauli Niinistö" / "the regional governor, Ana Lima" tagged ORG
        return None

    def surname_like_title(self, t, floor: int, end: int) -> bool:
        """'Tom King', 'Jack Major': a title word ending a PERSON entity right after a first
        name is a surname."""
        doc = self.doc
        prev = doc[t.i - 1] if t.i > floor else None
        return t.i == end - 1 and t.ent_type_ == "PERSON" and prev is not None and prev.ent_type_ == "PERSON" \
            and prev.ent_iob_ == "B" and prev.text[:1].isupper() and not self.is_title_word(prev)

    def appositive_role_noun(self, span) -> bool:
        root = span.root
        other = root.head if root.dep_ == "appos" else next(
            (c for c in root.children if c.dep_ == "appos"), None)
        return other is not None and other.pos_ == "NOUN" and (
            fold(other.text) in self.lex.roles or fold(other.text) in self.lex.nominals)

    def regional_forces(self, span, root) -> Optional[Draft]:
        """"Tigrayan forces", "Rakhine fighters": armed men named by the demonym of a region (not
        of a country) are that region's own movement: the article's body named after the region
        (the Tigray People's Liberation Front), else the region itself; None for other phrases."""
        if self.sector_phrase(span, root) not in ("armed_forces", "police") \
                and fold(root.text) not in self.lex.armed_group_members:
            return None
        region = None
        for t in span:
            if t.i == root.i or not t.text[:1].isupper():
                continue
            entry = self.kb.demonym(t.text)
            if entry is None:
                if self.demonym_code(t.text):
                    return None  # a country's own demonym: its state's forces
                continue
            if len(entry.id) == 3 and entry.id.isupper():
                return None
            region = entry
        if region is None:
            return None
        name = fold(region.name)
        group = next((d for d in self.drafts.values() if d.type == "ORG" and d.mentions
                      and name in fold(d.name) and self.kb.by_kind.get(("government", d.country)) is not d), None)
        return group if group is not None else self.draft_for_entry(region)

    def describing_speaker(self, span, root) -> Optional[Draft]:
        """'"...," the Nobel laureate said': a definite description of no known kind ("the
        laureate", "the veteran") that says something is the person the sentence before had as
        its subject, when that one is a person."""
        if span[0].lower_ != "the" or root.pos_ != "NOUN" or root.dep_ != "nsubj" \
                or root.head.lemma_.lower() not in SPEECH_VERBS:
            return None
        sent = root.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        subject = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        d = self.draft_at_token(subject.i) if subject is not None else None
        return d if d is not None and d.type == "PERSON" else None

    def named_after_role_noun(self, span) -> bool:
        """A two- or three-word name in apposition to a role noun ("the two foreign ministers,
        A B and C D"), or joined to such a name, with no body's word in it: a person's name."""
        if not 2 <= len(span) <= 3 or any(t.pos_ != "PROPN" or fold(t.text) in self.lex.org_words for t in span) \
                or any((e.type or "").upper() != "PERSON" for e in self.kb.lookup(span.text)):
            return False
        root = span.root
        while root.dep_ == "conj" and root.head.i < span.start:
            root = root.head
        other = root.head if root.dep_ == "appos" else None
        return other is not None and other.pos_ == "NOUN" and (
            fold(other.lemma_) in self.lex.roles or fold(other.lemma_) in self.lex.nominals)

    def role_before_comma(self, span):
        """"the deputy mayor of the Samara region, Pavel Orlov, ...": the role phrase just before
        a comma that the name stands in apposition to, even where the parser did not attach it.
        Returns that phrase (without its article) or None."""
        doc = self.doc
        if span.start < 3 or doc[span.start - 1].text != "," or (
                span.end < len(doc) and not doc[span.end].is_punct):
            return None
        t = doc[span.start - 2]
        while not (t.pos_ == "NOUN" and fold(t.text) in self.lex.roles) \
                and t.dep_ in ("pobj", "prep", "compound", "amod") and t.head.i < t.i:
            t = t.head
        if t.pos_ != "NOUN" or t.tag_ in ("NNS", "NNPS") or fold(t.text) not in self.lex.roles:
            return None
        left = t.left_edge.i
        while left < t.i and doc[left].lower_ in ("the", "a", "an"):
            left += 1
        if any(x.is_punct or x.i in self.person_taken for x in doc[left:span.start - 1]):
            return None
        return doc[left:span.start - 1]

    def title_start(self, chunk_start: int, tail: int, end: int) -> int:
        """First token of the title before a person name: its modifiers, the rest of its entity,
        and "X of (the) Y" joints ("Deputy Head of the Office of the President")."""
        doc = self.doc
        i = min(chunk_start, self.extend_title(tail, end))
        while True:
            j = self.department_start(i)
            if j > 0 and doc[j - 1].lower_ == "the":
                j -= 1
            if j > 1 and doc[j - 1].lower_ == "of" and (doc[j - 2].text[:1].isupper()
                                                       or fold(doc[j - 2].text) in self.lex.roles) \
                    or j > 1 and doc[j - 1].lower_ == "for" and fold(doc[j - 2].text) in self.lex.roles \
                    and j < tail and not self.is_title_word(doc[j]):
                i = self.extend_title(j - 2, end) if doc[j - 2].i >= 0 else j - 2
                i = min(i, j - 2)
                continue
            return self.extend_title(i, end) if i < chunk_start else i

    def department_start(self, i: int) -> int:
        """"Minister of Health X", "Minister for Interior X": the capitalised words of a
        department between a role's 'of'/'for' and the name; `i` when there are none."""
        doc = self.doc
        k = i
        while k > 0 and i - k < 3 and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ in ("PROPN", "NOUN") \
                and doc[k - 1].ent_type_ != "PERSON" and not self.is_title_word(doc[k - 1]):
            k -= 1
        if k < i and k > 1 and doc[k - 1].lower_ in ("of", "for") and fold(doc[k - 2].text) in self.lex.roles:
            return k
        return i

    def extend_title(self, start: int, end: int) -> int:
        """The first token of the title before a person name: modifiers on its left
        ("Russian President", "Kremlin aide", "his Belarusian counterpart")."""
        doc = self.doc
        i = start
        while i > 0:
            t = doc[i - 1]
            if t.is_punct and t.text not in ("-",) or t.tag_ in ("WP$", "WDT", "WP"):
                break
            if t.text == "-" and i >= 2 and not t.whitespace_ and not doc[i - 2].whitespace_:
                i -= 2  # "Secretary-General"
                continue
            if t.dep_ in ("compound", "amod", "nmod", "poss", "det", "nummod", "npadvmod") \
                    and start <= t.head.i < end + 1 or (t.head.i >= i and t.head.i < end
                                                        and t.dep_ in ("compound", "amod", "nmod", "poss", "det")):
                i -= 1
                continue
            if t.text.lower() in self.lex.title_words or fold(t.text) in self.lex.roles:
                i -= 1
                continue
            break
        return i

    def not_an_actor(self, span) -> bool:
        """spaCy's PERSON tag on weapons ("Iskander missiles"); names of agreements."""
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        if len(span) >= 2 and fold(span[-1].text) in self.lex.document_nouns:
            return True  # "the Black Sea Grain Initiative": an agreement, no party to it
        if fold(span.text).startswith(("anti-", "pro-")):
            return True  # "an anti-Syria journalist": a stance, not the country
        if self.names_a_product(span):
            return True
        if nxt is None or fold(nxt.text) not in self.lex.weapon_nouns:
            return False
        # "Ukrainian drones", "Russia's missiles", "NATO warplanes", "Hamas rockets": the country
        # or body that fires them, no weapon's name
        return self.demonym_code(span.text) is None and not any(
            (e.type or "").upper() != "PERSON" for e in self.kb.lookup(span.text))

    def names_a_product(self, span) -> bool:
        """A model name heading a chain of nouns that ends in a weapon ("the Rafale fighter jets",
        "Patriot air defence systems"): a product, never an actor. Countries and bodies the KB
        knows keep their mention ("NATO fighter jets" are the alliance's)."""
        tok, steps = span.root, 0
        while tok.dep_ in ("compound", "nmod") and tok.head.i >= span.end and steps < 4:
            tok, steps = tok.head, steps + 1
        if steps == 0 or fold(tok.text) not in self.lex.weapon_nouns:
            return False
        return self.demonym_code(span.text) is None and not self.kb.lookup(span.text) \
            and not self.kb.fuzzy_country(span.text)

    def is_known_place(self, text: str) -> bool:
        """A capital or seat of government that no person of the article is called ("Kyiv"
        tagged PERSON)."""
        key = fold(text)
        if key in self.lex.metonyms or key in self.lex.capitals or key in self.kb.capital_of:
            return True
        gaz = load_gazetteer()
        return gaz is not None and bool(gaz.capital(text)) and self.match_article_person(key) is None

    def looks_like_place(self, span) -> bool:
        """A PERSON-tagged name that a place noun introduces ("the training area Ruzhany", "the
        village of X")."""
        doc = self.doc
        if len(span) >= 2 and self.role_before_comma(span) is not None:
            return False  # "the mayor of the Perm region, Ivan X": the mayor, no place
        for k in range(max(span.sent.start, span.start - 3), span.start):  # not the last sentence's "... region."
            if fold(doc[k].text) in self.lex.place_nouns:
                return True
        head = span.root.head
        if fold(head.text) in self.lex.place_nouns:
            return True
        if any(c.dep_ == "appos" and fold(c.text) in self.lex.place_nouns for c in span.root.children):
            return True  # "X, the region's second city"
        # "protests in Sivas": one word after a place preposition that names a big city;
        # "shelled Kharkiv", "Kharkiv was struck": one that a verb of war on places acts on
        gaz = load_gazetteer()
        if len(span) != 1 or gaz is None or gaz.big_place(span.text) is None \
                or self.match_article_person(fold(span.text)) is not None:
            return False
        if span.root.dep_ == "pobj":
            return head.lower_ in ("in", "near", "outside")
        return span.root.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" \
            and fold(head.lemma_) in self.lex.place_object_verbs \
            and not any((e.type or "").upper() == "PERSON" for e in self.kb.lookup(span.text)) \
            and self.kb.surname_person(span.text, cutoff=100) is None

    def resolve_person(self, name_span, title_tokens) -> Draft:
        roles, country, org, title_text = self.title_info(title_tokens) if title_tokens else ([], None, None, "")
        text = name_span.text
        key = fold(text)
        entry = None
        hits = [e for e in self.kb.lookup(text) if (e.type or "").upper() == "PERSON"]
        if hits:
            entry = next((e for e in hits if country and e.country == country), hits[0])
        draft = None
        if entry is None:
            draft = self.match_article_person(key)
        other_office = False
        if entry is None and draft is None:
            if len(key.split()) >= 2:
                entry = self.kb.fuzzy_person(text)
            else:
                entry = self.kb.surname_person(text)
                if entry is not None and not self.office_fits(entry, roles):
                    # "Defense Secretary Cohen": no KB Cohen ever held that office
                    entry, other_office = None, True
        if draft is None:
            if entry is not None:
                draft = self.draft_for_entry(entry)
            else:
                draft = self.draft_local(text.strip(), "PERSON", country or (
                    self.kb.surname_country(text) if len(key.split()) == 1 and not other_office else None))
        draft.forms.add(key)
        if roles:
            draft.role_ids.update(roles)
        if title_text and roles and not draft.role:
            draft.role = self.role_label(roles, title_text, country)
        if org:
            draft.orgs.add(org)
        if country and not draft.country:
            draft.country = country
        return draft

    def office_fits(self, entry, roles: list) -> bool:
        """Whether a KB person matched by surname alone may hold the office his title names: a
        title naming an office none of his recorded offices is ("Defense Secretary Cohen" for a
        foreign minister Cohen) names someone else. A title with no office, or a person with no
        recorded office, fits."""
        have = {r.get("role") for r in (getattr(entry, "roles", None) or [])} - {None}
        wanted = [r for r in roles or [] if r]
        if not have or not wanted:
            return True
        return any(self.role_compatible(r, have) or any(self.role_compatible(h, {r}) for h in have)
                   or r.startswith("head_of") for r in wanted)

    def match_article_person(self, key: str) -> Optional[Draft]:
        from rapidfuzz import fuzz

        words = key.split()
        best, best_score = None, 0
        for d in self.drafts.values():
            if d.type != "PERSON":
                continue
            if key in d.forms:
                return d
            for form in d.forms:
                fw = form.split()
                if not fw:
                    continue
                if len(words) == 1:
                    score = fuzz.ratio(words[0], fw[-1]) if len(fw) > 1 else 0
                    score = 100 if len(fw) > 1 and words[0] in (fw[0], fw[-1]) else score
                    cut = 80 if len(words[0]) >= 5 else 90
                else:
                    score = fuzz.ratio(key, form)
                    cut = 86
                if score >= cut and score > best_score:
                    best, best_score = d, score
        return best

    def resolve_named(self, span, label: str) -> Optional[tuple]:
        """(draft, kind) for an ORG/GPE/LOC/FAC name."""
        text = span.text
        key = fold(text)
        seat = self.kb.metonyms.get(key) or self.lex.metonyms.get(key)
        if seat is not None and self.seat_as_place(span):
            code = seat if isinstance(seat, str) else (seat.country or seat.id)
            known = [e for e in ([] if isinstance(seat, str) else [seat]) + self.kb.lookup(text)
                     if (e.type or "").upper() in ("ORG", "FAC")]
            name = known[0].name if known else text.strip()
            return self.draft_local(name, "FAC", code), "name"
        if key in self.kb.metonyms:
            return self.draft_for_entry(self.kb.metonyms[key]), "capital"
        if key in self.kb.capital_of and self.used_as_government(span):
            return self.draft_for_entry(self.kb.capital_of[key]), "capital"
        if key in self.lex.metonyms:
            return self.country_draft(self.lex.metonyms[key]), "capital"
        if len(span) <= 2 and self.demonym_code(text) and not self.kb.lookup(text):
            code = self.demonym_code(text)  # "Ukrainian", "Sri Lankan" tagged GPE
            if self.ethnic(span[0]):
                code = self.host_country(span[0], code)
            return self.country_draft(code), "demonym"
        gaz = load_gazetteer()
        capital_of = self.lex.capitals.get(key) or (gaz.capital(text) if gaz is not None else None)
        if capital_of and key not in self.kb.capital_of and self.used_as_government(span):
            return self.country_draft(capital_of), "capital"
        if capital_of and label == "ORG" and key in self.lex.capitals:
            return self.draft_local(text.strip(), "GPE", capital_of), "name"  # "Naypyidaw" tagged ORG: the city
        hits = [e for e in self.kb.lookup(text) if (e.type or "").upper() != "PERSON"]
        if hits:
            return self.draft_for_entry(hits[0]), "name"
        for d in self.drafts.values():
            if d.type != "PERSON" and key in d.forms:
                return d, "name"
        etype = label if label in ("ORG", "GPE", "LOC", "FAC") else "ORG"
        name = text.strip()
        if text.isupper() and len(text) > 5:
            name = text.title()
        if key in self.lex.country_aliases and etype in ("GPE", "LOC"):
            return self.country_draft(self.lex.country_aliases[key]), "name"
        if key in self.lex.world_regions:
            return self.draft_local(name, "LOC"), "name"  # "the Gulf": no province named Gulf
        words = text.split()
        if etype in ("GPE", "LOC") and len(words) >= 2 and fold(words[-1]) in self.lex.water_words \
                or len(words) >= 3 and fold(words[0]) in self.lex.water_words and fold(words[1]) == "of":
            return self.draft_local(name, "LOC"), "name"  # "the Red Sea", "Strait of Hormuz": no country's
        gaz = load_gazetteer()
        if gaz is not None and etype in ("GPE", "LOC", "ORG", "FAC"):
            country = gaz.country(text)
            if country is not None:
                return self.country_draft(country[0]), "name"
            place = gaz.place(text) if etype in ("GPE", "LOC") else gaz.big_place(text)
            if place is not None:
                return self.draft_local(place[1], "GPE", place[0]), "name"
        region = gaz.region(text) if gaz is not None and etype in ("GPE", "LOC", "ORG") else None
        if region and not any(fold(w) in self.lex.org_words for w in text.split()):
            # "Khyber Pakhtunkhwa", "Aceh" (tagged ORG or GPE): a province of one country
            return self.draft_local(name, "GPE", region), "name"
        words = text.split()
        if gaz is not None and len(words) >= 2 and fold(words[-1]) in REGION_NOUNS:
            # "Kano State", "Kherson Oblast": the region of a known place
            place = gaz.place(" ".join(words[:-1]))
            if place is not None:
                return self.draft_local(name, "GPE", place[0]), "name"
        if len(words) >= 2 and fold(words[0]) in COMPASS_WORDS and etype in ("GPE", "LOC") \
                and not (gaz is not None and gaz.region(text)):
            # "Western Cambodia", "southern Lebanon": a part of a country (not "Northern Ireland")
            rest, _ = self.country_of_tokens(list(span)[1:])
            if rest is not None:
                return self.draft_local(name, etype, rest), "name"
        code = self.kb.fuzzy_country(text) if len(span) == 1 and etype in ("GPE", "LOC", "ORG") else None
        if code:  # "Ethopia", "Quatar": a country's name misspelt
            return self.country_draft(code), "name"
        code = self.kb.fuzzy_demonym(text) if len(span) == 1 and etype in ("GPE", "NORP") else None
        if code:  # "Chechan refugees", "Kazahks": a demonym misspelt
            return self.country_draft(code), "demonym"
        forum = self.joint_forum_of(words) if etype == "ORG" else None
        if forum is not None:
            return forum, "name"
        # a body the KB does not know takes the country its name gives ("Pakistani Army",
        # "Chile's Ministry of Mines")
        country, _ = self.country_of_tokens(list(span)) if etype in ("ORG", "FAC") else (None, None)
        if etype == "ORG" and self.names_place_noun(span):
            return self.draft_local(name, "LOC", country), "name"
        if self.palace_named(span) is not None:
            return self.draft_local(self.palace_named(span), "FAC", country), "name"
        if etype == "ORG" and country is None:
            body = self.ministry_of_the_article(name)
            if body is not None:
                return body, "name"
        return self.draft_local(name, etype, country), "name"

    def outlet_service_owner(self, span) -> Optional[Draft]:
        """The news outlet owning a language or regional service it names with a possessive
        ("RFE/RL's Balkan Service", "the BBC's Persian Service"), else None."""
        if len(span) < 2 or fold(span[-1].text) not in OUTLET_UNIT_WORDS or span.start < 2 \
                or self.doc[span.start - 1].text not in ("'s", "’s"):
            return None
        owner = self.draft_at_token(span.start - 2)
        entry = self.kb.get(owner.kb_id) if owner is not None and owner.kb_id else None
        return owner if entry is not None and getattr(entry, "kind", None) == "news_agency" else None

    def in_headline(self, span) -> bool:
        """A line written in title case with no final full stop (a headline): the tagger takes runs
        of its capitalised words for a body's name."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, span.start_char) + 1
        end = text.find("\n", span.start_char)
        line = text[start:end if end >= 0 else len(text)].strip()
        words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in HEADLINE_SMALL_WORDS]
        return len(words) >= 4 and not line.endswith(".") \
            and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)

    def seat_as_place(self, span) -> bool:
        """"Speaking to reporters at the White House": a seat of government named as where
        something happens is the building, not the government it stands for ("officials at the
        White House" still are that government)."""
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in ("at", "outside", "inside", "near"):
            return False
        owner = root.head.head
        return owner.pos_ in ("VERB", "AUX") or owner.pos_ == "NOUN" \
            and fold(owner.lemma_) not in self.lex.nominals and not self.lex.sector_of(owner.text)

    def names_place_noun(self, span) -> bool:
        """"the Torkham crossing", "the Lachin corridor": a name (no body's word in it) that
        qualifies a place noun names that place."""
        head = span.root.head
        return span.root.dep_ == "compound" and head.i == span.end and fold(head.text) in self.lex.place_nouns \
            and not any(fold(t.text) in self.lex.org_words for t in span)

    def palace_named(self, span) -> Optional[str]:
        """"the Miraflores presidential palace", "the Carondelet palace": the name of a palace
        (a building, where things happen), "<Name> Palace"; else None."""
        doc = self.doc
        k = span.end
        while k < len(doc) and k - span.end < 2 and doc[k].lower_ in ("presidential", "royal", "imperial"):
            k += 1
        if k < len(doc) and doc[k].lower_ == "palace" and span.root.head.i == k \
                and not any(fold(t.text) in self.lex.org_words for t in span):
            return f"{span.text.strip()} Palace"
        return None

    def joint_forum_of(self, words: list) -> Optional[Draft]:
        """'NATO-Ukraine Council', 'EU-Moldova Association Council': a forum the KB does not know
        that an international body holds with a partner acts as that body (the partner is its
        guest, named on its own where it acts)."""
        if len(words) < 2 or "-" not in words[0] or fold(words[-1]) not in self.lex.joint_forum_nouns:
            return None
        first = words[0].split("-")[0]
        hits = [e for e in self.kb.lookup(first) if getattr(e, "kind", None) == "international"
                and not getattr(e, "parent", None)]
        return self.draft_for_entry(hits[0]) if hits else None

    def ministry_of_the_article(self, name: str) -> Optional[Draft]:
        """'the Defence Ministry', 'Parliament', 'the Cabinet' with no country, in an article
        about one country: the KB's body of that country, so that it is one actor with
        "Russia's defence ministry" (and no actor named by a bare common noun)."""
        sector = self.lex.sector_of(name)
        if sector not in ("foreign_ministry", "defence_ministry", "government", "parliament"):
            return None
        country = self.dominant_country()
        entry = self.kb.by_kind.get((sector, country)) if country else None
        return self.draft_for_entry(entry) if entry is not None else None

    def dominant_country(self) -> Optional[str]:
        """The country the whole document names most often (countries, demonyms), when it
        clearly leads (twice as often as the next one)."""
        if not hasattr(self, "_dominant"):
            counts: dict = {}
            for ent in doc_ents(self.doc):
                if ent.label_ not in ("GPE", "NORP"):
                    continue
                code = self.demonym_code(ent.text) or next(
                    (e.id for e in self.kb.lookup(ent.text) if len(e.id) == 3 and e.id.isupper()), None)
                if code:
                    counts[code] = counts.get(code, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            self._dominant = ranked[0][0] if ranked and ranked[0][1] >= 2 and (
                len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None
        return self._dominant

    def used_as_government(self, span, look_back: bool = True) -> bool:
        """'Moscow said' (a capital for its government) versus 'in Moscow' (the city). A
        mention whose role the parse leaves open goes the way of an earlier one: after 'Kyiv
        said', a later 'Kyiv' is the government again unless a place word makes it the city
        (and 'Kyiv officials' are then its officials, not the city's)."""
        root = span.root
        if self.according_to(root):
            return True  # "according to Moscow": a source, not a place
        if root.dep_ == "pobj" and root.head.text.lower() in PLACE_PREPS:
            return False
        if root.dep_ == "dobj" and root.head.lemma_ in TRAVEL_VERBS:
            return False
        if in_doc_dateline_place(self.doc, span.start_char):
            return False  # dateline
        if root.dep_ == "poss" and fold(root.head.text) in self.lex.city_part_nouns:
            return False  # "Beirut's southern suburbs", "Kyiv's outskirts": parts of the city
        if root.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "conj", "pobj", "agent", "dative") \
                or span.start > 0 and self.doc[span.start - 1].lower_ == "official":
            return True
        envoys = root.dep_ == "compound" and fold(root.head.lemma_) in self.lex.envoy_nouns
        return look_back and (root.dep_ not in ("compound", "amod") or envoys) and self.governed_earlier(span)

    @staticmethod
    def according_to(root) -> bool:
        head = root.head
        return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"

    def governed_earlier(self, span) -> bool:
        """An earlier mention of the same capital stood for its government."""
        doc, n = self.doc, len(span)
        return any(doc[i:i + n].text == span.text and self.used_as_government(doc[i:i + n], False)
                   for i in range(span.start - n, -1, -1))

    def names(self):
        """Persons (with their titles) first, so a title swallows the names inside it; then the
        other names."""
        doc = self.doc
        chunks = []
        for start, end, labels in self.name_chunks():
            # leading "the", trailing possessive
            while start < end and doc[start].lower_ in ("the", "a", "an"):
                start += 1
            while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
                end -= 1
            opening = next((k for k in range(start + 1, end) if doc[k].text == "("), None)
            if opening is not None and not any(doc[k].text == ")" for k in range(opening, end)):
                end = opening  # "National League for Democracy (NLD": the bracketed acronym is no part of it
            if start < end and labels == ["NORP"] and self.norp_is_place(doc[start:end]):
                labels = ["GPE"]  # "positions in Omdurman" tagged NORP: a city, no people
            if start < end and labels == ["NORP"] and not self.norp_is_name(doc[start:end]):
                self.people_of_country(doc[start:end])
                continue
            if start < end:
                # a hyphenated GPE, or a body or country the KB knows by exactly this name but
                # tagged PERSON ("Burkina Faso's"), names no person
                place = (labels == ["GPE"] and "-" in doc[start:end].text) or self.kb_body_only(doc[start:end]) \
                    or self.names_an_outlet(start)
                tail = None if place else self.person_tail(start, end, labels)
                if labels == ["NORP"] and not self.kb.lookup(doc[start:end].text):
                    tail = start  # a KB person's surname tagged NORP
                if tail is None and not place and self.kb_person_only(doc[start:end]):
                    tail = start  # "Lee Jae-myung" tagged ORG: a person the KB knows by this full name
                if tail is None and not place and self.kb_surname_only(doc[start:end]):
                    tail = start  # "Museveni rejected ..." tagged ORG: a KB person's surname alone
                if tail is None and not place and labels == ["ORG"] and self.named_after_role_noun(doc[start:end]):
                    tail = start  # "the foreign ministers, Zohrab X and ...": a person tagged ORG
                chunks.append((start, end, labels, tail))
        for persons in (True, False):
            for start, end, labels, tail in chunks:
                if (tail is not None) == persons and not any(i in self.taken for i in range(start, end)):
                    self.name_chunk(start, end, labels, tail)

    def name_chunk(self, start: int, end: int, labels: list, tail: Optional[int]):
        doc = self.doc
        if tail is not None:
            name_span = doc[tail:end]
            if self.not_an_actor(name_span):
                return
            palace = self.palace_named(name_span)
            if palace is not None:  # "the Miraflores presidential palace" (the name tagged a person's)
                self.add(self.draft_local(palace, "FAC"), name_span, "name")
                return
            if "PERSON" in labels and len(labels) == 1 and (self.looks_like_place(name_span) or (
                    len(name_span) == 1 and self.is_known_place(name_span.text))) \
                    and not self.kb.lookup(name_span.text):
                d, kind = self.resolve_named(name_span, "GPE" if self.is_known_place(name_span.text) else "LOC")
                self.add(d, name_span, kind)
                if kind == "capital" and d.country and name_span.root.dep_ == "poss":
                    self.possessed_body(d.country, name_span)  # "Kyiv's forces" (Kyiv tagged PERSON)
                return
            tstart = self.title_start(start, tail, end)
            title_tokens = [t for t in doc[tstart:tail] if t.lower_ not in ("the", "a", "an")]
            d = self.resolve_person(name_span, title_tokens)
            full = doc[tstart:end]
            if full.start < tail and title_tokens:
                self.add(d, full, "name")
                self.mark_title_parts(tstart, tail)
            self.add(d, name_span, "name")
            self.appositive_role(d, name_span)
            return
        span = doc[start:end]
        if self.not_an_actor(span) or not any(c.isupper() for c in span.text):
            self.taken.update(range(start, end))  # no part of it is an actor either
            return
        if end < len(doc) and len(span) == 1 and self.demonym_code(f"{span.text} {doc[end].text}"):
            # "Sierra Leonean refugees": a two-word demonym the tagger split
            self.add(self.country_draft(self.demonym_code(f"{span.text} {doc[end].text}")),
                     doc[start:end + 1], "demonym")
            return
        gaz = load_gazetteer()
        if len(span) <= 2 and not self._kb_entity(span.text) and not (gaz and gaz.country(span.text)):
            d = self.match_article_person(fold(span.text))
            if d is not None:
                self.add(d, span, "name")
                return
        label = next((l for l in labels if l != "NORP"), labels[0])
        if self.qualified_place(start, end):
            return
        res = self.resolve_named(span, label)
        owner = self.possessor_country(span)
        if res and owner and res[0].type == "ORG" and not res[0].kb_id and len(span) == 1 \
                and not res[0].country and span.text.lower() in self.lex.org_words:
            # "Nigeria's Senate": a generic body name takes its country ("Senate of Nigeria")
            d = self.draft_local(f"{span.text} of {self.country_name(owner)}", "ORG", owner)
            res = (d, "name")
        if res and res[0].type == "ORG" and not res[0].kb_id and self.outlet_service_owner(span) is not None:
            self.add(self.outlet_service_owner(span), span, "name")  # "RFE/RL's Balkan Service": the outlet
            return
        if res and res[0].type == "ORG" and not res[0].kb_id and len(span) >= 3 and self.in_headline(span):
            self.taken.update(range(start, end))  # "Chinese Goods as Trade Talks Stumble On": capitals of a headline
            return
        if res and res[0].type == "ORG" and not res[0].kb_id and (
                not res[0].country or self.sector_of_country(span) is not None):
            body = self.named_sector_body(span, owner)
            if body is not None:
                res = (body, "name")
        if res and owner is None and self.countryless_service(res[0], span):
            self.taken.update(range(start, end))
            return
        if res:
            self.add(res[0], span, res[1])
            if res[0].country and res[0].type == "GPE" and (span.root.dep_ == "poss" or (
                    span.root.dep_ == "nmod" and span.root.head.i >= span.end)):
                # "Russia's defence ministry", "the Republic of Belarus military"
                self.possessed_body(res[0].country, span)
            elif res[0].country and res[0].type == "GPE" and res[0].kb_id == res[0].country \
                    and span.end < len(self.doc) and span.end not in self.taken \
                    and span.root.head.i != span.end \
                    and not any(s < span.start and e > span.end for s, e in self.chunk_bounds):
                # ("South Korean and US troops" is a phrase of its own)
                # a country name right before a body noun, whatever the parse says
                nxt = self.doc[span.end]
                sector = self.lex.sector_of(nxt.text) if nxt.pos_ == "NOUN" else None
                if sector and sector != "country":
                    self.sector_actor(sector, res[0].country, self.doc[span.start:span.end + 1])

    def qualified_place(self, start: int, end: int) -> bool:
        """"Pakistani-administered Kashmir", "Israeli-occupied Golan": a place qualified by the
        state that holds it, which the knowledge base knows under that whole name (a place of
        its own, not the region at large); adds it and returns True."""
        doc = self.doc
        if start < 3 or doc[start - 1].lower_ not in HOLDER_PARTICIPLES or doc[start - 2].text != "-":
            return False
        span = doc[start - 3:end]
        hits = [e for e in self.kb.lookup(span.text) if (e.type or "").upper() in ("GPE", "LOC")]
        if not hits:
            return False
        self.add(self.draft_for_entry(hits[0]), span, "name")
        return True

    def names_an_outlet(self, start: int) -> bool:
        """"the opposition newspaper La Prensa", "the weekly Der Spiegel": a name right after a
        media noun is a news outlet's, whatever the tagger says."""
        prev = self.doc[start - 1] if start > 0 else None
        return prev is not None and prev.text.islower() and prev.lemma_.lower() in self.lex.media_nouns

    def countryless_service(self, d: Draft, span) -> bool:
        """A bare armed service ("the joint Air Force drills") with no country to own it: no actor
        of its own; "Japan's Air Force" is that country's armed forces (handled by the possessor)."""
        return d.type == "ORG" and not d.kb_id and not d.country \
            and self.lex.sector_of(span.text) in ("armed_forces", "air_force", "navy", "military_police")

    def possessor_country(self, span) -> Optional[str]:
        """The country in "<Country>'s <span>", if any."""
        if span.start < 2 or self.doc[span.start - 1].text not in ("'s", "’s"):
            return None
        code, _ = self.country_of_tokens([self.doc[span.start - 2]])
        return code

    def people_of_country(self, span):
        """"Palestinians and Israelis failed to agree", "Ghanaians were refused": a people named
        as a party (a plural demonym heading its phrase) is a mention of its country (the host
        country for an ethnic group)."""
        root = span.root
        if root.tag_ != "NNPS" or root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") \
                or any(t.i in self.taken for t in span):
            return
        code = self.demonym_code(span.text) or (self.kb.fuzzy_demonym(span.text) if len(span) == 1 else None)
        if code is None:
            return
        prev = self.doc[span.start - 1] if span.start > 0 else None
        first = self.demonym_code(prev.text) if prev is not None and prev.head.i == root.i \
            and prev.dep_ in ("amod", "compound") and prev.text[:1].isupper() and prev.i not in self.taken else None
        if first is not None:
            # "Mexican Indians", "Bosnian Serbs": a people named by the country's demonym before it
            code, span = first, self.doc[prev.i:span.end]
        elif self.ethnic(span[0]):
            code = self.host_country(span[0], code)
        self.add(self.country_draft(code), span, "demonym")

    def norp_is_place(self, span) -> bool:
        """A NORP-tagged name that is no demonym but a city of the gazetteer after a place
        preposition ("in Omdurman")."""
        gaz = load_gazetteer()
        return gaz is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "near", "at", "outside", "into") \
            and self.demonym_code(span.text) is None and gaz.place(span.text) is not None

    def norp_is_name(self, span) -> bool:
        """A NORP-tagged word that is no demonym but a name the KB knows ("Abkhazia", "Museveni")."""
        if self.demonym_code(span.text) is not None:
            return False
        return bool(self.kb.lookup(span.text)) or (
            len(span) == 1 and self.kb.surname_person(span.text, cutoff=100) is not None)

    def kb_person_only(self, span) -> bool:
        """A name of two words or more that the knowledge base knows as a person's only, or that
        the office-holders' registry lists and the knowledge base does not know as a body."""
        if len(span.text.split()) < 2:
            return False
        hits = self.kb.lookup(span.text)
        if not hits:
            return bool(load_official_countries().get(official_key(span.text)))
        return all((e.type or "").upper() == "PERSON" for e in hits)

    def kb_surname_only(self, span) -> bool:
        """One word that is the surname of exactly one KB person and names no body, country or
        place: the tagger's ORG or GPE on a surname alone is that person."""
        if len(span) != 1 or self.demonym_code(span.text) or self.kb.lookup(span.text):
            return False
        gaz = load_gazetteer()
        if gaz is not None and (gaz.country(span.text) or gaz.place(span.text)):
            return False
        return self.kb.surname_person(span.text, cutoff=100) is not None

    def kb_body_only(self, span) -> bool:
        """The KB knows `span` as a body, country or place and as no person."""
        hits = self.kb.lookup(span.text)
        return bool(hits) and all((e.type or "").upper() != "PERSON" for e in hits)

    def kb_bodies(self):
        """Bodies the tagger missed ("FSB", "Riigikogu"): runs of capitalised tokens outside any
        entity written exactly as a KB alias. A single word must be an acronym or stand inside
        the sentence, so a capitalised ordinary word at a sentence start is no body."""
        doc = self.doc
        toks = list(doc)  # each Token made once: `doc[i]` and span slices make new ones every time
        i = 0
        while i < len(toks):
            tok = toks[i]
            if i in self.taken or tok.ent_type_ or not tok.text[:1].isupper():
                i += 1
                continue
            window = toks[i:min(len(toks), i + 6)]
            texts = [t.text for t in window]
            with_ws = [t.text_with_ws for t in window]
            blocked = [t.i in self.taken for t in window]
            tagged = [bool(t.ent_type_) for t in window]
            for j in range(i + len(window), i, -1):
                n = j - i
                # "Group of 20": a body's name may end in a number the tagger calls CARDINAL
                numbered = n >= 3 and window[n - 1].like_num and window[n - 2].lower_ == "of"
                if any(blocked[k] or tagged[k] and not (numbered and k == n - 1) for k in range(n)) \
                        or not (texts[n - 1][:1].isupper() or numbered):
                    continue
                text = "".join(with_ws[:n - 1]) + texts[n - 1]  # the span's text, built without a Span
                exact = [e for e in self.kb.lookup(text) if (e.type or "").upper() != "PERSON"
                         and text in (e.name, *(e.aliases or []))]
                if not exact:
                    continue
                span = doc[i:j]
                if len(span) == 1 and not (tok.text.isupper() and len(tok.text) >= 2) and (
                        tok.pos_ != "PROPN" or tok.is_sent_start and not self.proper_only(exact[0])):
                    continue
                self.add(self.draft_for_entry(exact[0]), span, "name")
                i = j - 1
                break
            i += 1

    @staticmethod
    def proper_only(entry) -> bool:
        """A company or a country: its one-word name is no ordinary English word, so it names the
        body even as the first word of a sentence ("Facebook removed ..."), unlike "Cabinet"."""
        return getattr(entry, "kind", None) == "company" or (
            (entry.type or "").upper() in ("GPE", "COUNTRY") and len(entry.id) == 3 and entry.id.isupper())

    def bare_names(self):
        """Capitalised proper nouns spaCy left out of its entities ("Lukashneko said"): a person
        of the article (surname, misspelt surname) or of the knowledge base."""
        doc = self.doc
        self.kb_bodies()
        prev_capital = False
        for tok in doc:
            text = tok.text
            after_capital, prev_capital = prev_capital, text[:1].isupper()
            if not prev_capital and "-" not in text[1:] and not (after_capital and len(text) >= 4 and text.islower()):
                continue  # a lower-case word after no capitalised one: no case below reads it
            person = self.lowercase_surname_after_title(tok)
            if person is not None:  # "President obama": a KB surname written in lower case
                self.add(person, doc[tok.i - 1:tok.i + 1], "name")
                continue
            owner = self.backer_in_token(tok)
            if owner is not None:  # "U.S.-led forces", "U.N.-backed talks" written as one token
                self.add(owner, doc[tok.i:tok.i + 1], "demonym")
                continue
            if self.misread_seat(tok):
                # "Tunis rejected ...", "held in Montevideo": a capital or seat the tagger read
                # as a common noun or a date
                key = fold(tok.text)
                if key in self.lex.metonyms:
                    self.add(self.country_draft(self.lex.metonyms[key]), doc[tok.i:tok.i + 1], "capital")
                else:
                    res = self.resolve_named(doc[tok.i:tok.i + 1], "GPE")
                    if res:
                        self.add(res[0], doc[tok.i:tok.i + 1], res[1])
                continue
            if tok.i in self.taken or tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
                    or len(tok.text) < 3 or self.is_title_word(tok):
                continue
            seat = self.seat_at(tok.i)
            if seat is not None:  # "Downing Street said": a seat of government the tagger missed
                span, entry = seat
                self.add(entry, span, "capital")
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
                # "Secretary of State Dmitry Mezentsev": a name after a title, outside any entity
                end = tok.i
                while end < len(doc) and end - tok.i < 4 and doc[end].pos_ == "PROPN" and \
                        doc[end].text[:1].isupper() and not doc[end].ent_type_ and end not in self.taken:
                    end += 1
                if end - tok.i >= 2 and ((tok.i > 0 and self.is_title_word(doc[tok.i - 1])) or (
                        self.appositive_role_noun(doc[tok.i:end]) and not self.kb.lookup(doc[tok.i:end].text))) \
                        and not any(self.is_title_word(t) or t.lower_ in self.lex.org_words for t in doc[tok.i:end]):
                    self.name_chunk(tok.i, end, ["PERSON"], tok.i)
                continue
            d = self.match_article_person(fold(tok.text))
            if d is None:
                entry = self.kb.surname_person(tok.text, cutoff=90)
                d = self.draft_for_entry(entry) if entry is not None else None
            if d is not None:
                self.add(d, self.doc[tok.i:tok.i + 1], "name")
                continue
            code = self.kb.fuzzy_country(tok.text)
            if code:  # "Ethopia has agreed": a misspelt country the tagger missed
                self.add(self.country_draft(code), doc[tok.i:tok.i + 1], "name")
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                sector = self.lex.sector_of(nxt.text) if nxt is not None and nxt.pos_ == "NOUN" \
                    and nxt.i not in self.taken else None
                if sector and sector != "country":  # "the Phillipines military"
                    self.sector_actor(sector, code, doc[tok.i:tok.i + 2])
                continue
            gaz = load_gazetteer()
            place = gaz.big_place(tok.text) if gaz is not None else None
            if place is not None:  # "struck Odesa": a city the tagger missed
                res = self.resolve_named(doc[tok.i:tok.i + 1], "GPE")
                if res:
                    self.add(res[0], doc[tok.i:tok.i + 1], res[1])
                    if res[1] == "capital" and res[0].country and tok.dep_ == "poss":
                        self.possessed_body(res[0].country, doc[tok.i:tok.i + 1])  # "Kyiv's forces"
        self.named_parties()

    def lowercase_surname_after_title(self, tok) -> Optional[Draft]:
        """The KB person whose surname a lower-case word right after a title is ("President
        obama"), or None."""
        if tok.i == 0 or tok.ent_type_ not in ("", "PERSON") or not tok.text.islower() or len(tok.text) < 4 \
                or tok.i in self.taken and self.draft_at_token(tok.i) is not None \
                or not self.is_title_word(self.doc[tok.i - 1]) or not self.doc[tok.i - 1].text[:1].isupper():
            return None
        entry = self.kb.surname_person(tok.text, cutoff=100)
        if entry is None or fold(getattr(entry, "surname", None) or entry.name.split()[-1]) != fold(tok.text):
            return None
        return self.draft_for_entry(entry)

    def backer_in_token(self, tok) -> Optional[Draft]:
        """The country or body the tokenizer left inside one word with a participle
        ("U.S.-led", "U.N.-backed"): it leads or backs what the word qualifies."""
        if tok.i in self.taken or tok.ent_type_ or "-" not in tok.text[1:]:
            return None
        head, _, tail = tok.text.rpartition("-")
        if not head or not tail.islower() or not tail.endswith("ed"):
            return None
        hits = [e for e in self.kb.lookup(head) if (e.type or "").upper() != "PERSON"]
        if hits:
            e = hits[0]
            return self.country_draft(e.id) if len(e.id) == 3 and e.id.isupper() else self.draft_for_entry(e)
        code = self.demonym_code(head) or self.lex.country_aliases.get(fold(head))
        return self.country_draft(code) if code else None

    def misread_seat(self, tok) -> bool:
        """A one-word capital or seat of government (the gazetteer's, the KB's or the lexicon's)
        that the tagger left out of its entities as a common noun or put in a date."""
        if tok.i in self.taken or not tok.text[:1].isupper() or len(tok.text) < 4 \
                or tok.ent_type_ not in ("", "DATE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW") \
                or tok.pos_ not in ("NOUN", "PROPN"):
            return False  # (a capital tagged as a product or a work: "the capital, Naypyidaw")
        if tok.pos_ == "PROPN" and not tok.ent_type_:
            return False  # the usual path (bare names) reads it
        key = fold(tok.text)
        gaz = load_gazetteer()
        return key in self.lex.metonyms or key in self.lex.capitals or key in self.kb.capital_of \
            or (gaz is not None and gaz.capital(tok.text) is not None)

    def seat_at(self, i: int):
        """(span, country draft) of a seat of government standing for its country that starts at
        token `i` and that spaCy did not tag ("Downing Street", "Foggy Bottom"), else None."""
        doc = self.doc
        for n in (3, 2, 1):
            span = doc[i:i + n]
            if len(span) < n or any(t.ent_type_ or t.i in self.taken for t in span):
                continue
            key = fold(span.text)
            if (key in self.kb.metonyms or key in self.lex.metonyms) and self.seat_as_place(span):
                return span, self.resolve_named(span, "FAC")[0]  # "at the White House": the building
            if key in self.kb.metonyms:
                return span, self.draft_for_entry(self.kb.metonyms[key])
            if key in self.lex.metonyms:
                return span, self.country_draft(self.lex.metonyms[key])
        return None

    def named_parties(self):
        """"Orbán's Fidesz party", "the Our Homeland party": capitalised words the tagger missed,
        before a noun that names a kind of body."""
        doc = self.doc
        for tok in doc:
            if tok.lower_ not in self.lex.party_nouns or tok.i in self.taken or tok.i == 0:
                continue
            i = tok.i
            while i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].ent_type_ \
                    and doc[i - 1].i not in self.taken and doc[i - 1].pos_ in ("PROPN", "PRON", "NOUN", "ADJ") \
                    and not doc[i - 1].is_sent_start and tok.i - i < 4:
                i -= 1
            if self.party_named_after_country(i, tok):
                continue
            if i == tok.i or self.demonym_code(doc[i:tok.i].text):
                continue
            d = self.draft_local(doc[i:tok.i].text, "ORG", self.main_country())
            self.add(d, doc[i:tok.i + 1], "name")

    def party_named_after_country(self, i: int, tok) -> bool:
        """"the Prosperous Armenia party", "the Georgian Dream party": capitalised words with a
        country's name or demonym among them, before a party noun, name a party of that country,
        not the country (whose mention there is withdrawn)."""
        doc = self.doc
        start, country = i, None
        while start > 0 and tok.i - start < 4 and doc[start - 1].text[:1].isupper() \
                and not doc[start - 1].is_sent_start and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
            word = doc[start - 1]
            code = self.country_word(word)
            if word.ent_type_ and code is None or word.i in self.person_taken:
                break
            country = country or code
            start -= 1
        if country is None or start == tok.i:
            return False
        words = doc[start:tok.i]
        if not any(self.country_word(w) is None and not self.is_title_word(w) for w in words):
            return False  # "the Armenia party", "the Russian party": no name of its own
        self.withdraw_mentions(words.start_char, words.end_char)
        d = self.draft_local(words.text, "ORG", country)
        self.add(d, doc[start:tok.i + 1], "name")
        return True

    def country_word(self, tok) -> Optional[str]:
        """ISO3 of the country a single word names by its name or demonym, else None."""
        gaz = load_gazetteer()
        hit = gaz.country(tok.text) if gaz is not None else None
        return hit[0] if hit else self.demonym_code(tok.text) or self.lex.country_aliases.get(fold(tok.text))

    def withdraw_mentions(self, start_char: int, end_char: int):
        """Drops the mentions lying inside a stretch of text that turns out to name something else."""
        for d in self.drafts.values():
            kept = [(m, r) for m, r in d.mentions if not (start_char <= m.start and m.end <= end_char)]
            if len(kept) != len(d.mentions):
                d.mentions = kept

    def appositive_role(self, d: Draft, name_span):
        """'the regional governor, Ana Lima' / 'Lee, leader of the opposition party': the role
        phrase in apposition is a role mention of the person."""
        root = name_span.root
        other = root.head if root.dep_ == "appos" else None
        if other is None:
            other = next((c for c in root.children if c.dep_ == "appos"), None)
        if other is None or (other.pos_ == "NOUN" and fold(other.text) in self.lex.place_nouns):
            before = self.role_before_comma(name_span)
            if before is not None and not any(t.i in self.taken for t in before):
                self.add_role(d, before)
                # the place inside the role ("of the Tyumen region") stays a name of its own
                place = next((t.i for t in before if t.ent_type_ in ("GPE", "LOC")), before.end)
                self.taken -= set(range(place, before.end))
            return
        if other.pos_ != "NOUN" or other.i in self.taken:
            return
        sub = [t for t in other.subtree if not name_span.start <= t.i < name_span.end]
        if not sub or sub[0].i > other.i or any(t.i in self.person_taken for t in sub):
            return
        # the role noun with its own modifiers and "of" phrase, up to the name or a comma
        start = sub[0].i
        end = other.i + 1
        while end < len(self.doc) and end <= sub[-1].i and not self.doc[end].is_punct \
                and end != name_span.start:
            end += 1
        while end > start and self.doc[end - 1].is_punct:
            end -= 1
        span = self.doc[start:end]
        if self.lex.role_in([fold(t.text) for t in span])[0] or fold(other.text) in self.lex.nominals:
            self.add_role(d, span)

    def add_role(self, d: Draft, span):
        """A role phrase naming person `d`: a role mention, its role ids and label."""
        roles, _, _ = self.lex.role_in([fold(t.text) for t in span])
        self.add(d, span, "role")
        if roles:
            d.role_ids.update(roles)
        if not d.role:
            d.role = span.text[:1].upper() + span.text[1:]

    def mark_title_parts(self, start: int, end: int):
        """Countries and bodies named inside a title ("Russian" in "Russian President X") are
        demonym/name mentions of those actors, never salient on their own."""
        doc = self.doc
        for t in doc[start:end]:
            if t.ent_type_ == "NORP" or (t.pos_ == "ADJ" and t.text[:1].isupper()):
                code = self.demonym_code(t.text)
                if code is not None:
                    d = self.country_draft(code)
                    d.mentions.append((Mention(t.idx, t.idx + len(t.text), t.text, d.key, "demonym"), -1))
            elif t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ == "PERSON":
                # "Nigeria President X": the country's name in a title is a mention of it
                entry = next((e for e in self.kb.lookup(t.text) if len(e.id) == 3 and e.id.isupper()
                              and t.text in (e.name, *(e.aliases or []))), None)
                if entry is not None:
                    d = self.draft_for_entry(entry)
                    d.mentions.append((Mention(t.idx, t.idx + len(t.text), t.text, d.key, "name"), -1))

    # ---------- role phrases, nominals, demonyms, pronouns ----------
    def possessor(self, span) -> Optional[Draft]:
        for t in span:
            if t.dep_ == "poss" and t.pos_ == "PRON" and t.lower_ in ("his", "her"):
                return self.drafts.get(self.resolve_pronoun_key(t))
        return None

    def resolve_phrase(self, span, root):
        # "the Kenyan and Ugandan troops' solidarity": the possessor is the phrase
        owner = next((t for t in span if t.dep_ == "poss" and t.pos_ == "NOUN" and t.i != root.i
                      and (self.lex.sector_of(t.lemma_) or self.lex.sector_of(t.text))), None)
        if owner is not None:
            span, root = self.doc[span.start:owner.i + 1], owner
        lemma = root.lemma_.lower()
        words = self.role_words(span)
        country, org = self.country_of_tokens([t for t in span if t.lower_ not in ("the",)])
        home = self.country_possessor(span)
        if home is not None and not country and not org:
            country = home  # "the country's president": the article's main country's
        plural = root.tag_ in ("NNS", "NNPS") or capitalised_plural(root)
        regional = self.regional_forces(span, root) if not org else None
        if regional is not None:  # "Tigrayan forces": the region's own movement, not the state's army
            self.add(regional, span, "nominal")
            self.taken.update(range(span.start, span.end))
            return
        body = self.state_body_of(span, root, country) if plural else None
        if body is not None:  # "ministers of the Thai government", "Thai army officers"
            self.sector_actor(body, country, span)
            self.taken.update(range(span.start, span.end))
            return
        if not country and not org:
            body = self.state_body_from(root)
            if body is not None and body[0] == "country":  # "officials from Thailand"
                self.add(self.country_draft(body[1]), span, "nominal")
                self.taken.update(range(span.start, span.end))
                return
            if body is not None:  # "officials from the Malaysian government": that government acting
                self.sector_actor(body[0], body[1], span)
                self.taken.update(range(span.start, span.end))
                return
        definite = span[0].lower_ in DEFINITE or span[0].dep_ == "poss"
        if definite and not org and not country:
            # "the alliance", "the bloc" (and "the alliance chief"): the last body named
            nominal = next((t for t in span if t.lemma_.lower() in self.lex.org_nominals), None)
            body = (self.last_body(span.start, fold(nominal.lemma_)) or self.last_body(span.start)) \
                if nominal is not None else None
            if body is not None:
                if nominal.i == root.i and not plural:
                    self.add(body, span, "nominal")
                    return
                org = body.kb_id or body.key
        if lemma in self.lex.group_nominals and not plural and span[0].lower_ == "the" \
                and self.bare_noun(span, root):
            body = self.last_non_state_body(span.start)
            if body is not None:  # "the group said" after "Amnesty International" or "Hamas"
                self.add(body, span, "nominal")
                return
        if lemma in self.lex.state_body_nominals and not plural and span[0].lower_ == "the" \
                and self.bare_noun(span, root):
            body = self.last_state_body(span.start, lemma)
            if body is not None:  # "the ministry" after "Russia's defence ministry"
                self.add(body, span, "nominal")
                return
        if lemma == "counterpart":
            if plural:
                if country:
                    self.sector_actor("government", country, span)
                return
            owner = self.possessor(span) or self.subject_person(root)
            target = self.counterpart(owner, country)
            if target is not None:
                self.add(target, span, "role")
            else:
                self.demonym_mentions(span)  # "his Iraqi counterpart" the KB cannot name: Iraq
            return
        if lemma in self.lex.relation_nominals and not plural and self.possessor(span) is not None:
            # "Lukashenko praised his close ally": the other party, never the possessor himself
            owner = self.possessor(span)
            other = self.partner_of(owner, span.start, country) or \
                self.last_person(country=country, before=span.start, exclude={owner.key})
            if other is not None and other.type == "PERSON":
                self.add(other, span, "role")
            self.taken.update(range(span.start, span.end))
            return
        if plural and not country and not org and span[0].lower_ == "the" and self.bare_noun(span, root) \
                and fold(root.text) in self.lex.armed_group_members:
            group = self.only_armed_group(span.start)
            if group is not None:  # "the mercenaries" after "the Wagner Group"
                self.add(group, span, "nominal")
                return
        if lemma == "leader" and plural and not country:
            body = self.body_of_leaders(span, root)
            if body is not None:  # "the leaders agreed" at a summit: the body that meets
                self.add(body, span, "nominal")
                return
        roles, i, j = self.lex.role_in(words)
        root_pos = words.index(fold(root.text)) if fold(root.text) in words else -1
        definite = span[0].lower_ in DEFINITE or span[0].dep_ == "poss" or (
            country is not None and root.dep_ in ("nsubj", "ROOT"))
        if (roles and i <= root_pos < j or fold(root.text) in self.lex.nominals) and not plural \
                and self.non_state_words(span, root):
            # "the mercenary chief", "the rebel leader": never a state's office-holder
            target = self.non_state_person(self.non_state_words(span, root)) if definite else None
            if target is not None:
                self.add(target, span, "role")
            elif country:
                # "the Georgian opposition leader" the text does not name: a party of that
                # country acts (event coders' GEOOPP), never its state's office-holder
                self.demonym_mentions(span)
            self.taken.update(range(span.start, span.end))
            return
        if roles and i <= root_pos < j and not plural:
            if not definite:
                body = self.unnamed_spokesperson_body(span, country) if "spokesperson" in roles else None
                if body is not None:
                    self.add(body, span, "role")  # "a foreign ministry spokesman": his ministry
                    self.taken.update(range(span.start, span.end))
                    return
                # "a senior British minister": an unnamed official acts for the country
                self.demonym_mentions(span)
                return
            target = self.role_holder(roles, country, org, span)
            if target is not None:
                self.add(target, span, "role")
            elif home is not None and country == home:
                self.add(self.country_draft(country), span, "nominal")  # its unnamed president
            else:
                # "a senior British minister said", "the Syrian foreign minister" whom the KB
                # does not know: the country acts through its unnamed official
                self.demonym_mentions(span)
            self.taken.update(range(span.start, span.end))
            return
        if lemma == "capital" and country and definite and not plural:
            # "the Lithuanian capital": the capital city of that country
            gaz = load_gazetteer()
            entry = self.kb.get(country)
            city = getattr(entry, "capital", None) or (gaz.capital_names.get(country) if gaz else None)
            if city:
                self.add(self.draft_local(city, "GPE", country), span, "nominal")
            self.taken.update(range(span.start, span.end))
            return
        of_country = self.sector_of_country(span) if root.text[:1].isupper() else None
        if of_country is not None:  # "the Ministry of Foreign Affairs of Japan" the tagger missed
            self.sector_actor(*of_country, span)
            return
        sector = self.sector_phrase(span, root)
        if sector in NAMED_SECTORS and not country and not org:
            country = self.country_after_in(span, local_only=False)  # "the defence ministry in Baku"
        if sector in STATE_SECTORS and not country and not org:
            # "security forces in Guinea", "the authorities in Chad": the bodies of that country
            country = self.country_after_in(span)
            home = self.country_after_in(span, local_only=False) if country is None else None
            if home is not None and plural and root.dep_ in ("nsubj", "nsubjpass") \
                    and not any(fold(t.text) in self.lex.outsider_words - {"troops", "forces", "soldiers"}
                                for t in span):
                # "opposition lawmakers in Venezuela", "rebel forces in Chad": no body of the
                # state, but that country's own people acting
                self.add(self.country_draft(home), span, "nominal")
                return
        if sector in ("police", "armed_forces") and not country and not org \
                and root.dep_ in ("nsubj", "nsubjpass") \
                and not any(fold(t.text) in self.lex.not_local_words for t in span):
            # "security forces killed 12 militants in northern Nigeria", "police fired tear gas
            # at a rally in Dhaka": the forces of the country where they act
            country = self.country_where_group_acts(root)
            if country is None and len(span) == 1 and root.lower_ == "police":
                # "police said" with no place: the police just named, else the article's country's
                recent = self.recent_body_of(sector, span.start)
                country = recent.country if recent is not None else self.main_country()
        if sector == "parliament" and not plural and not country and not org and self.bare_noun(span, root):
            # (plural members, "lawmakers", are left alone: they often act as persons of their own)
            body = self.only_body_of("parliament")
            if body is not None:  # "told parliament" after "Hungary's parliament voted"
                self.add(body, span, "nominal")
                return
        if sector and sector != "country" and not country and not org \
                and definite and span[0].lower_ == "the" and not plural:
            # "the government": one just named ("Ukraine's government ... The government"), else
            # the article's main country's
            # ("the federal army", "the national police": the home state's, never a foreign one just named)
            home_body = any(t.lower_ in HOME_BODY_WORDS for t in span)
            recent = None if home_body else self.recent_body_of(sector, span.start)
            if recent is not None and recent.type == "GPE":
                self.add(recent, span, "nominal")  # "the administration" after "the Trump administration"
                self.state_governments.append((root.i, recent.country))
                return
            country = recent.country if recent is not None else (
                sector in NAMED_SECTORS and self.clause_subject_country(root)
                or sector == "armed_forces" and self.armed_body_country(span.start) or self.main_country())
        if sector and (country or org):
            if sector == "country" and country:
                # "the Turkish and Greek sides": each country named
                for code in self.countries_in(span) or [country]:
                    self.add(self.country_draft(code), span, "nominal")
                return
            if country:
                # "the Kenyan and Ugandan troops": one body per country
                codes = self.countries_in(span) or [country]
                for code in codes:
                    self.sector_actor(self.joint_sector(sector, codes), code, span)
            return
        if fold(root.text) in self.lex.nominals and not plural and definite:
            target = self.last_person(country=country, org=org)
            names = [fold(t.text) for t in span if t.text[:1].isupper() and t.i != span.start]
            if target is None and names:  # "the Wagner leader" after "Wagner Group chief X"
                target = next((self.drafts[k] for _, k in reversed(self.timeline)
                               if self.drafts[k].role and any(n in fold(self.drafts[k].role).split()
                                                              for n in names)), None)
            if target is None and org:  # "the NATO chief": the head of a body named in passing
                target = self.person_with(role_ids=self.lex.body_head_roles, org=org) or \
                    self.person_with(role_ids=sorted(self.lex.leader_roles), org=org)
            if target is not None:
                self.add(target, span, "nominal")
            elif country:
                # "an Iraqi official accused ...", no such person named: the country acts
                # through its unnamed official, as with "a senior British minister"
                self.demonym_mentions(span)
            self.taken.update(range(span.start, span.end))
            return
        if plural and not sector and not country and not org and root.dep_ in ("nsubj", "nsubjpass") \
                and (root.pos_ == "NOUN" or capitalised_plural(root)):
            # "Rebels in the Ivory Coast dismissed ...", "opposition groups in Zimbabwe": a
            # country's own people acting, coded by that country
            code = self.country_after_in(span, local_only=False)
            if code is not None and not any(fold(t.text) in self.lex.outsider_words for t in span):
                self.add(self.country_draft(code), span, "nominal")
                return
        if not sector and not country and not org and root.dep_ in ("nsubj", "nsubjpass") and root.pos_ == "NOUN":
            code = self.based_in_country(root)
            if code is not None:  # "a militant group based in Trinidad", "the Paris-based group"
                self.add(self.country_draft(code), span, "nominal")
                return
        if not sector and not country and not org and self.acting_local_group(span, root):
            code = self.country_where_group_acts(root)
            if code is not None:  # "inmates took over a prison near Quito": Ecuador's people
                self.add(self.country_draft(code), span, "nominal")
                return
        if not sector and not country and not org and not plural:
            person = self.describing_speaker(span, root)
            if person is not None:  # '"...," the Nobel laureate said' after "Prime Minister X ..."
                self.add(person, span, "nominal")
                return
        self.demonym_mentions(span, root)
        if plural and root.pos_ == "NOUN":
            self.coordinated_demonyms(span, root)

    def state_body_from(self, root) -> Optional[tuple]:
        """(sector, country) of the state body that people come 'from' ("ministers from the Thai
        government", "a delegation from the Kenyan army"): they act for it. None when the
        phrase names no state body or no country."""
        lemma = fold(root.lemma_)
        if lemma not in self.lex.envoy_nouns and lemma not in self.lex.nominals:
            return None
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                return None
            sector = self.lex.sector_of(pobj.lemma_) or self.lex.sector_of(pobj.text)
            if sector not in STATE_SECTORS:
                return self.state_envoys_from(lemma, pobj)
            code, _ = self.country_of_tokens([t for t in pobj.subtree if t.i != pobj.i])
            if code and sector == "government" and pobj.lemma_.lower() in STATE_AS_GOVERNMENT \
                    and self.names_its_country(list(pobj.subtree)):
                return ("country", code)  # "ministers from the Malaysian government": as that state
            return (sector, code) if code else None
        return None

    def state_body_of(self, span, root, country: Optional[str]) -> Optional[str]:
        """The sector of the national state body whose envoys a plural phrase names by 'of' or
        'with' ("ministers of the Thai government", "officials with the Kenyan army") or by a
        noun before them ("Thai government officials"), when the phrase names its country."""
        if not country or fold(root.lemma_) not in self.lex.envoy_nouns:
            return None
        for c in root.children:
            if c.dep_ == "compound" and c.i > span.start:
                sector = self.lex.sector_of(c.lemma_) or self.lex.sector_of(c.text)
                if sector in STATE_SECTORS:
                    return sector
            if c.dep_ == "prep" and c.lower_ in ("of", "with") and c.i < span.end:
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                sector = pobj is not None and (self.lex.sector_of(pobj.lemma_) or self.lex.sector_of(pobj.text))
                if sector in STATE_SECTORS and pobj.i < span.end:
                    return sector
        return None

    def state_envoys_from(self, lemma: str, pobj) -> Optional[tuple]:
        """("country", code) for a state's envoys from a country's name ("officials from
        Thailand", "negotiators from Malaysia"): the country acting, as 'officials in X' is;
        other people from a country ("refugees", "an expert") do not act for it."""
        gaz = load_gazetteer()
        if lemma not in self.lex.envoy_nouns or gaz is None or not pobj.text[:1].isupper() \
                or any(c.dep_ in ("compound", "amod", "conj", "appos") for c in pobj.children):
            return None  # 'officials from A, B and C' stand for every state named: the events stage reads the list
        hit = gaz.country(pobj.text) or self.lex.country_aliases.get(fold(pobj.text))
        code = hit[0] if isinstance(hit, tuple) else hit
        return ("country", code) if code else None

    def coordinated_demonyms(self, span, root):
        """'Afghan and Pakistani officials': the people of two countries acting together; the
        words from the first demonym to the noun become a mention of each country, so that the
        noun names both."""
        if not any(t.dep_ == "cc" for t in span if t.i < root.i) or self.lex.role_in([fold(root.lemma_)])[0]:
            return  # "the Russian and Belarusian presidents": the office-holders, not the countries
        named = []
        for t in span:
            if t.i >= root.i:
                break
            for d in self.drafts_at_token(t.i):
                if d.type == "GPE" and d not in named and any(
                        m.kind == "demonym" and m.start == t.idx for m, _ in d.mentions):
                    named.append((t.i, d))
        if len({d.key for _, d in named}) < 2:
            return
        whole = self.doc[named[0][0]:root.i + 1]
        for _, d in named:
            self.add(d, whole, "demonym", root=root.i)

    def country_possessor(self, span) -> Optional[str]:
        """"The country's president", "the nation's army": the country the article is mainly
        about (None when the phrase has no such possessor)."""
        for t in span:
            if t.dep_ == "poss" and t.lemma_.lower() in self.lex.home_nouns \
                    and any(c.lower_ == "the" for c in t.children):
                form = t.lemma_.lower()
                return self.main_country(form if form in self.lex.state_form_nouns else None)
        return None

    def non_state_words(self, span, root) -> list[str]:
        """Words before the role noun that put it outside any state office ("rebel" leader)."""
        return [fold(t.text) for t in span if t.i < root.i and t.text.islower()
                and fold(t.text) in self.lex.non_state_qualifiers]

    def non_state_person(self, words: list[str]) -> Optional[Draft]:
        """The last person whose role carries one of `words` ("mercenary chief X"), else the last
        one who leads a body and holds no state office the lexicon or the KB knows."""
        offices = {r for rs in self.lex.roles.values() for r in rs}
        people = [self.drafts[k] for _, k in reversed(self.timeline)]
        for d in people:
            if d.role and any(w in fold(d.role).split() for w in words):
                return d
        for d in people:
            if d.orgs and not (d.role_ids & offices) and not (
                    d.kb_id and self.kb.roles_of(d.kb_id, self.date)):
                return d
        return None

    def country_after_in(self, span, local_only: bool = True) -> Optional[str]:
        """The country named right after a phrase by 'in' ("forces in Guinea"), not a city;
        with `local_only`, none for forces that are no body of that country ("rebel forces")."""
        doc = self.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in" or doc[span.end].head.i != span.root.i \
                or local_only and any(fold(t.text) in self.lex.not_local_words for t in span):
            return None  # "deployed forces in Finland": where the verb puts them, not whose
        toks = self.place_name_after(span.end + 1)
        if not toks:
            return None
        code = self.place_name_country(toks)
        if code is None and len(toks) > 1 and toks[0].lower_ in COMPASS_WORDS:
            code = self.place_name_country(toks[1:])  # "forces in Eastern Ukraine"
        return code

    GROUP_PLACE_PREPS = ("in", "at", "through", "across", "outside", "near", "inside")

    def acting_local_group(self, span, root) -> bool:
        """An unnamed group of people (local_group_nouns) that acts: the subject of its clause
        or the agent of a passive ("killed by gunmen"), with no word marking it as outsiders."""
        group = root
        if fold(root.text) in self.lex.collective_nouns:  # "thousands of students"
            group = next((p for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"), root)
        if group.pos_ != "NOUN" or fold(group.text) not in self.lex.local_group_nouns:
            return False
        if any(fold(t.text) in self.lex.outsider_words for t in span):
            return False
        return root.dep_ in ("nsubj", "nsubjpass") or (
            root.dep_ == "pobj" and root.head.dep_ == "agent")

    def country_where_group_acts(self, root) -> Optional[str]:
        """The one country of the places where an unnamed group acts: its own place phrase
        first ("workers at a plant in Brazil"), else its verb's ("rioted at a jail in Dili",
        "marched through central Caracas") or its verb's object's ("killed militants in Nigeria").
        None when no place or places of two countries."""
        verb = root.head.head if root.dep_ == "pobj" else root.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # "killed militants in Nigeria"
        for holder in (root, verb, *objects):
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.GROUP_PLACE_PREPS:
                    continue
                codes = {self.place_country_at(t) for t in self.place_words_of(prep)} - {None}
                if codes:
                    return codes.pop() if len(codes) == 1 else None
        return None

    def clause_place_country(self, tok) -> Optional[str]:
        """The one country of the places the clause of a word happens in ("... in Montenegro"),
        read from the place phrases of its verb and of the nouns between them."""
        head, steps = tok.head, 0
        while head.pos_ not in ("VERB", "AUX") and head.head is not head and steps < 6:
            head, steps = head.head, steps + 1
        if head.pos_ not in ("VERB", "AUX"):
            return None
        codes = set()
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in self.GROUP_PLACE_PREPS:
                codes |= {self.place_country_at(t) for t in self.place_words_of(prep)} - {None}
        return codes.pop() if len(codes) == 1 else None

    def place_words_of(self, prep, depth: int = 0) -> list:
        """The words of a place phrase that may name the place: its object, the names joined to it
        ("the Kenyan capital Nairobi") and the objects of place phrases inside it ("a jail in
        Dili"), never a clause or a purpose phrase."""
        out = []
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            out.append(pobj)
            out.extend(c for c in pobj.children if c.dep_ in ("compound", "appos", "nmod", "poss"))
            if depth < 2:
                for inner in pobj.children:
                    if inner.dep_ == "prep" and inner.lower_ in self.GROUP_PLACE_PREPS + ("of",):
                        out.extend(self.place_words_of(inner, depth + 1))
        return out

    def place_country_at(self, tok) -> Optional[str]:
        """The country of a place already resolved at this token (a country, a city)."""
        if not tok.text[:1].isupper() or tok.i not in self.taken:
            return None
        d = self.draft_at_token(tok.i)
        return d.country if d is not None and d.type in ("GPE", "LOC") else None

    def based_in_country(self, root) -> Optional[str]:
        """The country of the place an unnamed body is 'based in' ("a group based in Trinidad",
        "the Paris-based group")."""
        for c in root.children:
            if c.lemma_.lower() != "base" or c.dep_ not in ("acl", "amod"):
                continue
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "in":
                    toks = self.place_name_after(p.i + 1)
                    code = self.place_name_country(toks) if toks else None
                    pobj = next((x for x in p.children if x.dep_ == "pobj" and x.text[:1].isupper()), None)
                    if code is None and pobj is not None:  # "based in Christian east Beirut"
                        name = [x for x in pobj.subtree if x.dep_ == "compound" and x.text[:1].isupper()] + [pobj]
                        code = self.place_name_country(sorted(name, key=lambda x: x.i)) or \
                            self.place_name_country([pobj])
                    return code
                if p.dep_ in ("npadvmod", "compound") and p.text[:1].isupper() and p.i < c.i:
                    return self.place_name_country([p])
        return None

    def place_name_after(self, i: int) -> list:
        """The tokens of the place name that starts at token `i` after 'in' ("the Gaza Strip",
        "Guinea-Bissau"), without a leading article or lower-case compass word ("east Bosnia")."""
        toks = []
        for t in self.doc[i:i + 6]:
            if not toks and (t.lower_ == "the" or t.lower_ in COMPASS_WORDS and t.text.islower()):
                continue
            if t.text[:1].isupper() or toks and t.text == "-" and t.i + 1 < len(self.doc) \
                    and self.doc[t.i + 1].text[:1].isupper():
                toks.append(t)
                continue
            break
        return toks

    def place_name_country(self, toks) -> Optional[str]:
        """The country of a place name: a country, a region or territory the KB places in one
        ("Northern Ireland"), a country name the gazetteer knows, a big city."""
        name = self.doc[toks[0].i:toks[-1].i + 1].text
        hits = self.kb.lookup(name)
        entry = next((e for e in hits if len(e.id) == 3 and e.id.isupper()), None) or next(
            (e for e in hits if (e.type or "").upper() in ("GPE", "LOC") and e.country), None)
        if entry is not None:
            return entry.id if len(entry.id) == 3 and entry.id.isupper() else entry.country
        if fold(name) in self.lex.country_aliases:
            return self.lex.country_aliases[fold(name)]
        gaz = load_gazetteer()
        if gaz is None:
            return None
        hit = gaz.country(name)
        if hit is None and gaz.region(name):
            return gaz.region(name)  # "Northern Ireland", "Sindh": a first-level region
        if hit is None and fold(name) not in self.lex.world_regions:
            hit = gaz.big_place(name)  # "police in Nairobi": a big city's country
        return hit[0] if hit else None

    def demonym_mentions(self, span, root=None):
        """Plain demonym modifiers: "Russian missiles" -> demonym mention of Russia; a region the
        KB places in a country ("Rakhine rebels") -> a name mention of the region."""
        skip = set()
        for t in span:
            # (a capitalised plural noun too: "Tamils", "Copts" the tagger took for common nouns)
            if (t.ent_type_ == "NORP" or t.text[:1].isupper() and (t.pos_ in ("ADJ", "PROPN") or t.tag_ == "NNS")) \
                    and t.i not in self.taken and t.i not in skip:
                if t.i > 1 and self.doc[t.i - 1].text == "-" and self.doc[t.i - 2].lower_ in ("pro", "anti"):
                    continue  # "pro-Iranian", "anti-Syria": a stance, not the country acting
                if t.i > 0 and self.doc[t.i - 1].lower_ in WORLD_REGION_PREFIXES and self.doc[t.i - 1].text[:1].isupper():
                    continue  # "Latin American governments": a region's, not the United States
                width = 1
                code = None
                if t.i + 1 < span.end and self.doc[t.i + 1].text[:1].isupper():
                    code = self.demonym_code(f"{t.text} {self.doc[t.i + 1].text}")  # "Sierra Leonean"
                    width = 2 if code else 1
                code = code or self.demonym_code(t.text) or (
                    self.kb.fuzzy_demonym(t.text) if t.ent_type_ == "NORP" else None)  # "Somalian"
                if code is not None:
                    if (self.ethnic(t) or t.tag_ in ("NNS", "NNPS")) and t.i > span.start \
                            and self.doc[t.i - 1].i in skip:
                        # "Iraqi Kurds", "Bosnian Serbs", "Ecuadorean Indians": a people named
                        # by the country's demonym before it, which gives the country
                        continue
                    if t.i > span.start and self.place_named_at(t.i - 1):
                        continue  # "Kosovo Albanian", "Darfur Arab": the place before it says where
                    if self.ethnic(t):
                        code = self.host_country(t, code)
                    d = self.country_draft(code)
                    self.add(d, self.doc[t.i:t.i + width], "demonym")
                    skip.update(range(t.i, t.i + width))
                    continue
                # "Rakhine rebels", "Crimean officials": a region the KB places in a country
                region = next((e for e in self.kb.lookup(t.text) if (e.type or "").upper() in ("GPE", "LOC")
                               and e.country and t.text in (e.name, *(e.aliases or []))), None)
                if region is not None and (root is None or t.i != root.i):
                    self.add(self.draft_for_entry(region), self.doc[t.i:t.i + 1], "name")

    def place_named_at(self, i: int) -> bool:
        """Whether token `i` is (the end of) a name of a country or a region inside one."""
        tok = self.doc[i]
        if not tok.text[:1].isupper() or tok.i not in self.taken:
            return False
        d = self.draft_at_token(i)
        return d is not None and d.type in ("GPE", "LOC") and bool(d.country) and any(
            m.kind == "name" and m.start <= tok.idx < m.end for m, _ in d.mentions)

    def ethnic(self, tok) -> bool:
        """'ethnic Albanians', 'Shona rebels': a people rather than a state's citizens (the word
        'ethnic' before it, or a demonym the knowledge base gives to an ethnic group)."""
        if tok.i > 0 and self.doc[tok.i - 1].lower_ == "ethnic":
            return True
        if tok.dep_ in ("amod", "compound") and fold(tok.head.lemma_) in self.lex.ethnic_group_nouns:
            return True  # "the Albanian population", "the Turkish minority"
        entry = self.kb.demonym(tok.text)
        return entry is not None and getattr(entry, "kind", None) == "ethnic_group"

    def host_country(self, tok, code: str) -> str:
        """'ethnic Albanians in Serbia': an ethnic group is coded by the country it lives in, the
        other country its sentence names (the one named most when several); `code` (the
        group's own) when there is none or no clear one."""
        if tok.i > 0 and self.doc[tok.i - 1].text[:1].isupper():
            before = self.demonym_code(self.doc[tok.i - 1].text)
            if before is not None and not self.ethnic(self.doc[tok.i - 1]):
                return before  # "Iraqi Kurds", "Sri Lankan Tamils": the country named before it
        group = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" else tok
        if group.dep_ in ("nsubj", "nsubjpass") or group.dep_ == "pobj" and group.head.dep_ == "agent":
            where = self.country_where_group_acts(group)
            if where is not None:
                return where  # "Kurds demonstrated outside the Greek embassy in Bonn": Germany's
        where = self.clause_place_country(tok)
        if where is not None and where != code:
            return where  # "abuses in Georgia against the Armenian minority": Georgia's
        sent = list(tok.sent)
        others: dict = {}
        for i, t in enumerate(sent):
            if t.text[:1].isupper() and t.i != tok.i:
                found, _ = self.country_of_tokens(sent[i:i + 2])
                if found and found != code:
                    others[found] = others.get(found, 0) + 1
        ranked = sorted(others.items(), key=lambda kv: -kv[1])
        # several: the one the sentence names most ("Macedonia's border ..., Macedonian officials")
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return code

    def possessed_body(self, country: str, owner_span):
        """"Russia's defence ministry", "Hungary's legislature": a body of the possessor country;
        "US and British forces": one body per country the phrase names."""
        head = owner_span.root.head
        if head.i in self.taken or head.pos_ not in ("NOUN", "PROPN"):
            return
        span = self.doc[owner_span.start:head.i + 1]
        if self.possessed_kb_body(owner_span, head):
            return
        sector = self.sector_phrase(span, head)
        if sector and sector != "country":
            codes = self.countries_in(span) or [country]
            for code in codes:
                self.sector_actor(self.joint_sector(sector, codes), code, span)

    def joint_sector(self, sector: str, codes: list) -> str:
        """"the Belarusian-Russian air force" drilling together: each country's armed forces (the
        sector that stands in for one service), not the services one by one."""
        return self.lex.sector_fallbacks.get(sector, sector) if len(codes) > 1 and sector in ("air_force", "navy", "military_police") \
            else sector

    def possessed_kb_body(self, owner_span, head) -> bool:
        """"India's Central Reserve Police Force": the words after the possessive name a body the
        knowledge base knows, which that body is (not the generic police its last words name)."""
        start = owner_span.end
        while start < head.i and self.doc[start].text in ("'s", "’s", "'", "’"):
            start += 1
        words = self.doc[start:head.i + 1]
        if len(words) < 2 or not words[0].text[:1].isupper():
            return False
        hits = [e for e in self.kb.lookup(words.text) if (e.type or "").upper() not in ("PERSON", "GPE")]
        if not hits:
            return False
        self.add(self.draft_for_entry(hits[0]), words, "name")
        return True

    def countries_in(self, span) -> list[str]:
        """Every country a phrase names by demonym or name, in order."""
        codes, group = [], []
        for t in list(span) + [None]:
            if t is None or t.dep_ == "cc" or t.is_punct:
                code, _ = self.country_of_tokens(group)
                if code and code not in codes:
                    codes.append(code)
                group = []
            else:
                group.append(t)
        return codes

    def last_body(self, before: int, called: Optional[str] = None, members_only: bool = False) -> Optional[Draft]:
        """The organisation (not a country's own body) named last before token `before`; with
        `called`, one whose name holds that word ("the union" -> "African Union"); with
        `members_only`, one that has members of its own (see has_members)."""
        best = None
        for d in self.drafts.values():
            if d.type != "ORG" or d.country or "-" in d.name or self.names_a_state_body(d.name) \
                    or called and called not in fold(d.name).split() or members_only and not self.has_members(d):
                continue
            for m, root in d.mentions:
                if m.kind == "name" and 0 <= root < before and (best is None or root > best[0]):
                    best = (root, d)
        return best[1] if best else None

    NON_STATE_KINDS = ("armed_group", "party", "international", "ngo", None)

    def has_members(self, d: Draft) -> bool:
        """'The allies', 'the member states' are the members of an alliance or union (NATO, the
        African Union, a pact the KB does not know), never one of its organs: a KB body with a
        parent body, or a council or committee the text names."""
        entry = self.kb.get(d.kb_id) if d.kb_id else None
        if entry is not None:
            return getattr(entry, "kind", None) == "international" and not getattr(entry, "parent", None)
        return not any(w in self.lex.organ_nouns for w in fold(d.name).split())

    def last_non_state_body(self, before: int) -> Optional[Draft]:
        """The body named last before token `before` that is no state's own (an armed group, a
        party, an international or rights body): what "the group" refers back to."""
        best = None
        for d in self.drafts.values():
            entry = self.kb.get(d.kb_id) if d.kb_id else None
            if d.type != "ORG" or self.names_a_state_body(d.name) or (
                    entry is not None and getattr(entry, "kind", None) not in self.NON_STATE_KINDS) \
                    or entry is None and d.country and self.lex.sector_of(d.name.split()[-1]):
                continue
            for m, root in d.mentions:
                if m.kind == "name" and 0 <= root < before and (best is None or root > best[0]):
                    best = (root, d)
        return best[1] if best else None

    def last_state_body(self, before: int, noun: str) -> Optional[Draft]:
        """The country's body whose name holds `noun` ("Ministry of Defence (Russia)" for
        "ministry") named last before token `before`."""
        best = None
        for d in self.drafts.values():
            if d.type != "ORG" or noun not in fold(d.name).split():
                continue
            for m, root in d.mentions:
                if m.kind in ("name", "nominal") and 0 <= root < before and (best is None or root > best[0]):
                    best = (root, d)
        return best[1] if best else None

    def only_armed_group(self, before: int) -> Optional[Draft]:
        """The one armed group (by the KB) the article names before token `before`; None when it
        names none or several."""
        groups = []
        for d in self.drafts.values():
            entry = self.kb.get(d.kb_id) if d.kb_id else None
            if entry is not None and getattr(entry, "kind", None) == "armed_group" \
                    and any(0 <= root < before for _, root in d.mentions):
                groups.append(d)
        return groups[0] if len(groups) == 1 else None

    def body_of_leaders(self, span, root) -> Optional[Draft]:
        """'Leaders of the G20', or a bare 'the leaders' after an international body was named:
        that body. Never "the two leaders" or "Nordic leaders" (other qualifiers)."""
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                d = self.draft_at_token(objs[0].i) if objs else None
                return d if d is not None and d.type == "ORG" and not d.country else None
        if span.end < len(self.doc) and self.doc[span.end].tag_ == "POS":
            return None  # "the leaders' first meeting": the people, not a body acting
        if not self.bare_noun(span, root):
            return None
        earlier = [d for d in self.drafts.values() if d.type == "ORG" and any(
            m.start < span.start_char and fold(m.text).split()[:1] == ["leaders"] for m, _ in d.mentions)]
        # "Leaders of the G20 met ... the leaders": the body already met as its leaders
        return earlier[0] if len(earlier) == 1 else self.main_body(span.start)

    def main_body(self, before: int) -> Optional[Draft]:
        """The international body mentioned most (at least twice) before token `before`: the
        one whose meeting the article reports, not one named in passing."""
        best, best_n = None, 1
        for d in self.drafts.values():
            if d.type != "ORG" or d.country or "-" in d.name or self.names_a_state_body(d.name):
                continue
            n = sum(1 for _, root in d.mentions if 0 <= root < before)
            if n > best_n:
                best, best_n = d, n
        return best

    def names_a_state_body(self, name: str) -> bool:
        """'Grand National Assembly', 'Supreme Court': one state's institution, never what "the
        alliance" or "the bloc" refers back to, even when its country is not known yet."""
        return any(w in self.lex.state_body_words for w in fold(name).split())

    def country_name(self, iso3: str) -> str:
        entry = self.kb.get(iso3)
        if entry is not None:
            return entry.name
        gaz = load_gazetteer()
        for key, (code, name) in (gaz.countries.items() if gaz else ()):
            if code == iso3:
                return name
        return iso3

    def main_country(self, form: Optional[str] = None) -> Optional[str]:
        """The country mentioned most so far: the owner of an unqualified "the government"; with
        `form` ("kingdom"), the one of the countries whose official name has that word ("the
        kingdom's adviser" in an article on Iran and Saudi Arabia: Saudi Arabia)."""
        best, best_n = None, 0
        for d in self.drafts.values():
            if d.type == "GPE" and d.kb_id and d.country == d.kb_id and len(d.mentions) > best_n \
                    and (form is None or self.has_state_form(d.kb_id, form)):
                best, best_n = d.country, len(d.mentions)
        return best

    def has_state_form(self, iso3: str, form: str) -> bool:
        """Whether a country's name or an official name in the KB has the word `form`
        ("Kingdom of Saudi Arabia", "United Arab Emirates")."""
        entry = self.kb.get(iso3)
        names = [entry.name, *(entry.aliases or [])] if entry is not None else []
        return any(form in fold(n).split() or form + "s" in fold(n).split() for n in names)

    def sector_phrase(self, span, root) -> Optional[str]:
        two = fold(" ".join(t.text for t in self.doc[max(span.start, root.i - 1):root.i + 1]))
        return self.lex.sector_of(two) or self.lex.sector_of(root.text) or self.lex.sector_of(root.lemma_)

    def bare_noun(self, span, root) -> bool:
        """'parliament', 'the lawmakers': the noun alone, nothing that could name another owner
        ("opposition lawmakers", "European deputies")."""
        return all(t.i == root.i or t.lower_ in ("the",) for t in span)

    def only_body_of(self, sector: str) -> Optional[Draft]:
        """The one body of this sector (a parliament) the article names so far; None when it
        names none or the bodies of two countries."""
        found = []
        for d in self.drafts.values():
            if d.type != "ORG" or not d.country or not d.mentions:
                continue
            entry = self.kb.by_kind.get((sector, d.country))
            pattern = self.lex.sector_names.get(sector)
            local = self.lex.sector_titles.get(sector, {}).get(d.country) or (
                pattern.format(country=self.country_name(d.country)) if pattern else None)
            if (entry is not None and d.kb_id == entry.id) or d.name == local:
                found.append(d)
        return found[0] if len(found) == 1 else None

    def recent_body_of(self, sector: str, before: int) -> Optional[Draft]:
        """The body of this sector (a government) named last in the sentence of token `before`
        or the one before it, else None."""
        sent = self.doc[before].sent
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        pattern = self.lex.sector_names.get(sector)
        best = None
        for d in self.drafts.values():
            if d.type != "ORG" or not d.country:
                continue
            entry = self.kb.by_kind.get((sector, d.country))
            local = self.lex.sector_titles.get(sector, {}).get(d.country) or (
                pattern.format(country=self.country_name(d.country)) if pattern else None)
            if not ((entry is not None and d.kb_id == entry.id) or d.name == local):
                continue
            for m, root in d.mentions:
                if first <= root < before and (best is None or root > best[0]):
                    best = (root, d)
        if sector == "government" and best is None:  # "Peru's government said ... The government": Peru's
            for root, code in self.state_governments:
                if root < before and (best is None or root > best[0]):
                    best = (root, self.country_draft(code))
        return best[1] if best else None

    def sector_actor(self, sector: str, country: str, span):
        if sector == "government" and span.root.lemma_.lower() in STATE_AS_GOVERNMENT and self.names_its_country(span):
            # "the Ethiopian government", "Kosovo's government": the state itself acting
            self.add(self.country_draft(country), span, "nominal")
            self.state_governments.append((span.root.i, country))
            return
        d = self.sector_draft(sector, country)
        if d is not None:
            self.add(d, span, "nominal")

    def names_its_country(self, span) -> bool:
        """Whether a phrase names its country by name or demonym ("the Kosovo government"), not
        by a bare noun ("the government") or a capital ("Kyiv's government"), in a sentence that
        names that country nowhere else: "the Georgian government" facing "the Georgian
        opposition" stays the government, a party distinct from the country's other side."""
        tokens = list(span)
        codes = {self.country_word(t) for t in tokens if t.text[:1].isupper()} - {None}
        if not codes:
            return False
        sent = tokens[0].sent
        inside = {t.i for t in tokens}
        return not any(t.i not in inside and t.text[:1].isupper() and self.own_country_word(t) in codes
                       for t in sent)

    def own_country_word(self, tok) -> Optional[str]:
        """ISO3 of the country a word names by its own name or demonym ("Georgian"), not by a
        region's demonym ("Tigrayan") that the KB places in it."""
        entry = self.kb.demonym(tok.text)
        if entry is not None:
            return entry.id if len(entry.id) == 3 and entry.id.isupper() else None
        return self.country_word(tok)

    def sector_draft(self, sector: str, country: str) -> Optional[Draft]:
        """The draft of a country's body of one sector: the KB's, else its known title, else the
        sector's name pattern; None when the sector has neither title nor pattern."""
        entry = self.kb.by_kind.get((sector, country))
        if entry is None and sector in self.lex.sector_fallbacks \
                and country not in self.lex.sector_titles.get(sector, {}):
            # "the junta" of a country whose junta the KB does not know: its government; the air
            # force of a country whose air force has no known title: its armed forces
            sector = self.lex.sector_fallbacks[sector]
            entry = self.kb.by_kind.get((sector, country))
        if entry is not None:
            return self.draft_for_entry(entry)
        pattern = self.lex.sector_names.get(sector)
        title = self.lex.sector_titles.get(sector, {}).get(country)
        if not pattern and not title:
            return None
        return self.draft_local(title or pattern.format(country=self.country_name(country)), "ORG", country)

    def named_sector_body(self, span, owner: Optional[str]) -> Optional[Draft]:
        """"China's Commerce Ministry", "the Defence Ministry in Moscow", "the Foreign Ministry"
        after "New Delhi demanded ...": a capitalised body name that is only a sector's name is
        that sector's body of the country its possessor, an 'in' place after it or the subject of
        its clause names."""
        words = [t for t in span if t.lower_ not in ("the", "a", "an")]
        if not words:
            return None
        of_country = self.sector_of_country(span)
        if of_country is not None:
            return self.sector_draft(*of_country)
        sector = self.lex.sector_of(self.doc[words[0].i:words[-1].i + 1].text)
        if sector not in NAMED_SECTORS:
            return None
        country = owner or self.country_after_in(span, local_only=False) or self.clause_subject_country(span.root)
        return self.sector_draft(sector, country) if country else None

    def armed_body_country(self, before: int) -> Optional[str]:
        """"the army" in an article whose armed actors so far are one country's (the RSF of Sudan):
        that country's army, not the country named most (a mediator's)."""
        codes = set()
        for d in self.drafts.values():
            entry = self.kb.get(d.kb_id) if d.kb_id else None
            if d.type == "ORG" and d.country and entry is not None \
                    and getattr(entry, "kind", None) in ("armed_group", "paramilitary", "armed_forces") \
                    and any(m.start < self.doc[before].idx for m, _ in d.mentions):
                codes.add(d.country)
        return codes.pop() if len(codes) == 1 else None

    def sector_of_country(self, span) -> Optional[tuple]:
        """(sector, ISO3) of "the Ministry of Foreign Affairs of Japan", "the Foreign Ministry of
        Kenya": a sector's name, 'of', and a country's name; else None."""
        words = [t for t in span if t.lower_ not in ("the", "a", "an")]
        ofs = [k for k, t in enumerate(words) if t.lower_ == "of" and 0 < k < len(words) - 1]
        if not ofs:
            return None
        k = ofs[-1]
        sector = self.lex.sector_of(" ".join(t.text for t in words[:k]))
        if not sector or sector == "country":
            return None
        gaz = load_gazetteer()
        rest = " ".join(t.text for t in words[k + 1:])
        hit = gaz.country(rest) if gaz is not None else None
        code = hit[0] if hit else self.lex.country_aliases.get(fold(rest)) or next(
            (e.id for e in self.kb.lookup(rest) if len(e.id) == 3 and e.id.isupper()), None)
        return (sector, code) if code else None

    def clause_subject_country(self, root) -> Optional[str]:
        """The country of the subject of the clause a phrase sits in, or of the clause that one
        hangs on ("New Delhi demanded ... and condemned what the ministry called ..."): whose
        body a bare sector name is when the sentence speaks of one country."""
        v, steps = root.head, 0
        while steps < 4 and v is not None:
            if v.pos_ in ("VERB", "AUX"):
                for c in v.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i != root.i:
                        d = self.draft_at_token(c.i)
                        return d.country if d is not None and d.type in ("GPE", "ORG", "PERSON") else None
            if v.dep_ not in ("conj", "ccomp", "xcomp", "advcl", "relcl") or v.head is v:
                return None
            v, steps = v.head, steps + 1
        return None

    def subject_person(self, tok) -> Optional[Draft]:
        verb = tok
        while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                d = self.draft_at_token(c.i)
                if d is not None and d.type == "PERSON":
                    return d
        return self.last_person()

    def draft_at_token(self, i: int) -> Optional[Draft]:
        t = self.doc[i]
        for d in self.drafts.values():
            for m, _ in d.mentions:
                if m.start <= t.idx < m.end:
                    return d
        return None

    def partner_of(self, owner: Draft, before: int, country: Optional[str]) -> Optional[Draft]:
        """The person last named in one sentence with `owner` (before token `before`): the other
        party of his meeting or relationship, whom 'his ally' or 'his guest' names."""
        sent_of = {}
        for pos, key in self.timeline:
            if pos < before:
                sent_of.setdefault(self.doc[pos].sent.start, []).append(key)
        for start in sorted(sent_of, reverse=True):
            keys = sent_of[start]
            if owner.key in keys:
                for key in reversed(keys):
                    d = self.drafts[key]
                    if key != owner.key and d.type == "PERSON" and (not country or d.country == country):
                        return d
        return None

    def counterpart(self, owner: Optional[Draft], country: Optional[str]) -> Optional[Draft]:
        if owner is None or not country:
            return None
        roles = list(owner.role_ids) or [r.get("role") for r in self.kb.roles_of(owner.kb_id, self.date)]
        for role in roles:
            d = self.person_with(role_ids=[role], country=country)
            if d is not None:
                return d
            for e in self.kb.holders(role, country, self.date):
                return self.draft_for_entry(e)
        return None

    def role_holder(self, roles: list, country, org, span) -> Optional[Draft]:
        if country is None and any(t.ent_type_ in ("NORP", "GPE") for t in span):
            return None  # a country we cannot identify: never guess another one's office-holder
        if "spokesperson" in roles:
            body = self.body_named_in(span, country)
            if body is not None:  # "the foreign ministry spokeswoman": never the Kremlin's
                return self.spokesperson_of(body, country)
        if "head_of_government_or_state" in roles:
            head = self.named_head_of(org)
            if head is not None:
                return head
            roles = [r for r in self.lex.leader_roles if r != "head_of_government_or_state"]
        d = self.person_with(role_ids=roles, country=country, org=org)
        if d is None:
            # a person of the article named only inside quotes ("thank Mr. Putin") before the KB
            d = self.article_person_with(roles, country or org)
        if d is not None:
            return d
        owner = country or org
        if owner:
            for role in roles:
                holders = self.kb.holders(role, owner, self.date)
                if holders:
                    return self.draft_for_entry(holders[0])
        return None

    def body_named_in(self, span, country: Optional[str]) -> Optional[str]:
        """The KB id of the government body a role phrase names ("Kremlin", "Pentagon",
        "foreign ministry" of the phrase's country), or None."""
        toks = [t for t in span if t.lower_ not in ("the", "a", "an")]
        for n in (3, 2, 1):
            for i in range(len(toks) - n + 1):
                run = toks[i:i + n]
                if not all(t.text[:1].isupper() for t in run):
                    continue
                for e in self.kb.lookup(" ".join(t.text for t in run)):
                    if e.id.startswith("org:") and getattr(e, "kind", None):
                        return e.id
        country = country or self.main_country()  # "the foreign ministry": the article's country
        if country:
            for n in (3, 2):
                for i in range(len(toks) - n + 1):
                    sector = self.lex.sector_of(" ".join(t.text for t in toks[i:i + n]))
                    entry = self.kb.by_kind.get((sector, country)) if sector else None
                    if entry is not None and sector not in ("country", "government"):
                        return entry.id
        return None

    def unnamed_spokesperson_body(self, span, country: Optional[str]) -> Optional[Draft]:
        """"A foreign ministry spokesman in Beijing said": one of a body's spokespeople the text
        leaves unnamed speaks as that body, which is the actor (its country from the phrase or an
        'in' place after it)."""
        if country is None and any(t.ent_type_ in ("NORP", "GPE") for t in span):
            return None
        body = self.body_named_in(span, country or self.country_after_in(span, local_only=False))
        entry = self.kb.get(body) if body else None
        return self.draft_for_entry(entry) if entry is not None else None

    def spokesperson_of(self, body: str, country: Optional[str]) -> Optional[Draft]:
        """The spokesperson of that very body on the article date: one the article names first,
        else the KB's; None when neither knows one (the phrase then stands for its country)."""
        def speaks_for(entry_id):
            return any(r.get("role") == "spokesperson" and r.get("body") == body
                       for r in self.kb.roles_of(entry_id, self.date))
        for _, key in reversed(self.timeline):
            d = self.drafts[key]
            if d.type == "PERSON" and d.kb_id and speaks_for(d.kb_id):
                return d
        owners = [o for o in (country, body) if o]
        entry = self.kb.get(body)
        if entry is not None and getattr(entry, "country", None):
            owners.append(entry.country)
        for owner in dict.fromkeys(owners):
            for e in self.kb.holders("spokesperson", owner, self.date):
                if speaks_for(e.id):
                    return self.draft_for_entry(e)
        return None

    def named_head_of(self, org: Optional[str]) -> Optional[Draft]:
        """'the Wagner leader', 'the Hamas leader': the person last named with that body in a
        title ("Wagner chief X"), not the head of the body's country."""
        if not org:
            return None
        for _, key in reversed(self.timeline):
            d = self.drafts[key]
            if d.type == "PERSON" and org in d.orgs:
                return d
        return None

    def article_person_with(self, roles: list, owner: Optional[str]) -> Optional[Draft]:
        """A person already named in the article who holds one of `roles` of `owner` on the
        article date, by the KB (first role in `roles` order wins)."""
        if not owner:
            return None
        people = [d for d in self.drafts.values() if d.type == "PERSON" and d.kb_id and d.mentions]
        for role in roles:
            for d in people:
                if any(r.get("role") == role and r.get("of") == owner for r in self.kb.roles_of(d.kb_id, self.date)):
                    return d
        return None

    def person_with(self, role_ids=(), country=None, org=None) -> Optional[Draft]:
        """The most recently mentioned person with one of these roles (and this country/body)."""
        for lenient in (False, True):
            # second pass: a person whose country (or body) is not known yet, with the role
            for _, key in reversed(self.timeline):
                d = self.drafts[key]
                if country and d.country != country and country not in d.orgs \
                        and not (lenient and d.country is None):
                    continue
                if org and org not in d.orgs and d.country != org and not (lenient and not d.orgs):
                    continue
                if role_ids and not any(self.role_compatible(r, d.role_ids) for r in role_ids):
                    continue
                if lenient and (country or org) and not role_ids:
                    continue
                if lenient and country and d.country is None and not d.kb_id:
                    d.country = country
                return d
        return None

    @staticmethod
    def role_compatible(role: str, have: set) -> bool:
        return any(role == h or (h and (h.endswith("_" + role) or role in h.split("_"))) for h in have)

    def last_person(self, country=None, org=None, gender=None, before=None, exclude=()) -> Optional[Draft]:
        for pos, key in reversed(self.timeline):
            if before is not None and pos >= before or key in exclude:
                continue
            d = self.drafts[key]
            if country and d.country != country:
                continue
            if org and org not in d.orgs:
                continue
            if gender and not self._gender_ok(d, gender):
                continue
            return d
        return None

    def resolve_pronoun_key(self, tok, exclude: frozenset = frozenset()) -> Optional[str]:
        """The actor a pronoun stands for; `exclude`: persons it cannot be (the speaker of the
        quote it stands in)."""
        cls = self.lex.pronouns.get(tok.lower_)
        if cls == "thing":
            return self.resolve_it(tok)
        if cls == "group":
            return self.resolve_they(tok)
        if cls not in ("person_male", "person_female"):
            return None
        gender = "female" if cls == "person_female" else "male"
        ahead = self.subject_ahead(tok, gender)
        if ahead is not None and ahead not in exclude:
            return ahead
        sent = tok.sent
        # a subject pronoun with no person earlier in its sentence: the previous sentence's subject
        if tok.dep_ in ("nsubj", "nsubjpass"):
            in_sent = [(p, k) for p, k in self.timeline if sent.start <= p < tok.i]
            # "Asked whether he regarded Xi as ..., he replied": an earlier subject wins
            subjects = [k for p, k in in_sent
                        if self.doc[self.root_at.get(p, p)].dep_ in ("nsubj", "nsubjpass")]
            subjects = [k for k in subjects if self._gender_ok(self.drafts[k], gender) and k not in exclude]
            if subjects:
                return subjects[-1]
            if not in_sent and sent.start > 0:
                prev = self.doc[sent.start - 1].sent
                for t in prev:
                    if t.dep_ in ("nsubj", "nsubjpass"):
                        d = self.draft_at_token(t.i)
                        if d is not None and d.type == "PERSON" and self._gender_ok(d, gender) \
                                and d.key not in exclude:
                            return d.key
        d = self.last_person(gender=gender, before=tok.i, exclude=self.clause_subjects(tok) | exclude)
        return d.key if d else None

    def subject_ahead(self, tok, gender: str) -> Optional[str]:
        """'On his part, Lukashenko said', 'In her speech, the minister ...': a possessive before
        its clause's subject is that subject's (when it is a person of that gender)."""
        if tok.dep_ != "poss" or tok.lower_ not in ("his", "her") or not self.subject_follows(tok):
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > tok.i), None)
        d = self.draft_at_token(subject.i) if subject is not None else None
        return d.key if d is not None and d.type == "PERSON" and self._gender_ok(d, gender) else None

    def quote_speakers(self, tok) -> frozenset:
        """The persons who say the quote `tok` stands in: the subjects outside the quotation
        marks of the sentences around it ("“..., he is,” Biden said", "he replied: “...”"). A
        'he' in someone's own words is never the speaker (who would say 'I')."""
        start = end = tok.i
        while start - 1 in self.quoted:
            start -= 1
        while end + 1 in self.quoted:
            end += 1
        doc = self.doc
        sents = {doc[max(start - 1, 0)].sent, doc[min(end + 1, len(doc) - 1)].sent}
        if end + 2 < len(doc):
            sents.add(doc[end + 2].sent)  # “....” Biden said.
        if start >= 2 and doc[start - 2].text in (":", ","):
            sents.add(doc[start - 2].sent)  # he replied: “...”
        keys = set()
        for sent in sents:
            for t in sent:
                if t.dep_ not in ("nsubj", "nsubjpass") or t.i in self.quoted:
                    continue
                keys.update(d.key for d in self.drafts_at_token(t.i) if d.type == "PERSON")
        return frozenset(keys)

    def resolve_it(self, tok) -> Optional[str]:
        """'it' / 'its' as a subject or possessor: the last country or body that was a subject
        in this or the previous sentence. Expletive 'it' ("it is safe to say") is left alone."""
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss") or tok.head.lemma_ in EXPLETIVE_HEADS \
                or self.passive_with_that_clause(tok):
            return None
        sent = tok.sent
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        best = None
        for d in self.drafts.values():
            if d.type not in ("GPE", "ORG"):
                continue
            for m, root in d.mentions:
                r = self.doc[root] if root >= 0 else None
                if r is not None and first <= root < tok.i and r.dep_ in ("nsubj", "nsubjpass") \
                        and m.kind in ("name", "capital", "nominal") and (best is None or root > best[0]) \
                        and not self.dateline(m):
                    best = (root, d.key)
        return best[1] if best else None

    def dateline(self, m) -> bool:
        """'VILNIUS, July 12 -': the place a report is filed from, never what 'it' stands for."""
        return in_doc_dateline_place(self.doc, m.start)

    @staticmethod
    def passive_with_that_clause(tok) -> bool:
        """'It should be emphasized that ...', 'it was reported that ...': the 'it' stands for the
        that-clause, no actor."""
        return tok.dep_ == "nsubjpass" and tok.lower_ == "it" and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in tok.head.children)

    def resolve_they(self, tok) -> Optional[str]:
        """'they' as a subject: the body named by the last plural subject of this or the previous
        sentence ("Russian troops ... they"); none when that subject is no body ("Residents said
        they ..."). A possessive 'their' likewise, when that subject is one body ("Bosnian Serbs
        said their forces"); after a pair it names both (see pair_of_their)."""
        possessive = tok.lower_ == "their" and tok.dep_ == "poss"
        if tok.dep_ not in ("nsubj", "nsubjpass") and not possessive:
            return None
        if possessive and self.subject_follows(tok):
            return None
        if not possessive:
            body = self.body_reporting_they(tok)
            if body is not None:
                return body.key
        subject = self.last_plural_subject(tok)
        if subject is None or subject.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children):
            return None
        self.collective_phrase(subject)  # "columns of the mercenaries ... they"
        named = self.drafts_at_token(subject.i)
        if possessive and len(named) != 1:
            return None  # "South Korean and US troops ... their exercises": both (pair_of_their)
        d = self.draft_at_token(subject.i)
        return d.key if d is not None and d.type in ("ORG", "GPE") else None

    def body_reporting_they(self, tok) -> Optional[Draft]:
        """'Hamas said they would ...', 'Israeli officials said they had ...', 'a spokesman for
        the Taliban said they ...': 'they' opening what a body (or its people, or its
        spokesman) says is that body; one body only, never a person."""
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
            return None
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or any(c.dep_ == "conj" for c in speaker.children):
            return None
        words = [speaker] + [c for c in speaker.children if c.dep_ in ("amod", "compound")]
        for prep in (c for c in speaker.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            words += [p for p in prep.children if p.dep_ == "pobj"]  # "a spokesman for the Taliban"
        bodies = {d.key: d for w in words for d in self.drafts_at_token(w.i) if d.type in ("ORG", "GPE")}
        if len(bodies) != 1 or any(d.type == "PERSON" for d in self.drafts_at_token(speaker.i)):
            return None
        return next(iter(bodies.values()))

    def subject_follows(self, tok) -> bool:
        """'At their talks, the two leaders agreed': the possessor is the subject that comes
        after it in its own clause, not an earlier one."""
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > tok.i for c in verb.children)

    def last_plural_subject(self, tok, they: bool = False):
        """The last plural subject before `tok` in its sentence or the previous one: a plural
        noun or coordinated names ("X and Y agreed"); with `they`, the pronoun 'they' too."""
        sent = tok.sent
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return next((t for t in reversed(self.doc[first:tok.i]) if t.dep_ in ("nsubj", "nsubjpass")
                     and t.head != tok.head and (t.tag_ in ("NNS", "NNPS") or they and t.lower_ == "they"
                                                 or any(c.dep_ == "conj" for c in t.children))), None)

    def pair_named_by(self, subject, depth: int = 0) -> list:
        """The actors a plural subject names: coordinated names ("Chile and Peru"), one phrase
        naming two ("Chilean and Peruvian troops"), "the two sides" (the two countries named
        last), or a 'they' standing for one of those; [] when some member is no actor."""
        if subject.lower_ == "they":
            earlier = self.last_plural_subject(subject, they=True) if depth < 2 else None
            return self.pair_named_by(earlier, depth + 1) if earlier is not None else []
        if fold(subject.lemma_) in self.lex.pair_nouns and not self.drafts_at_token(subject.i) \
                and any(c.lower_ in ("two", "both") for c in subject.children if c.i < subject.i):
            return self.last_two_countries(subject.i)
        found = []
        for t in [subject] + [c for c in subject.children if c.dep_ == "conj"]:
            self.collective_phrase(t)
            named = self.drafts_at_token(t.i)
            if not named:
                return []  # "Russia and its allies": not a pair the text names
            found += [d for d in named if d not in found]
        return found

    def last_two_countries(self, before: int) -> list:
        """The two countries named most before token `before` (by name, capital or demonym),
        the later named first on a tie: the parties an article about two of them calls "the
        two sides" (a mediator or a country named in passing is named less)."""
        ranked = []
        for d in self.drafts.values():
            if d.type != "GPE" or not d.kb_id or d.kb_id != d.country:
                continue
            seen = [root for m, root in d.mentions if 0 <= root < before and m.kind != "pronoun"]
            if seen:
                ranked.append((len(seen), max(seen), d))
        ranked.sort(key=lambda x: (-x[0], -x[1]))
        if len(ranked) > 2 and ranked[1][0] == ranked[2][0]:
            # a tie: the one pair among the contenders the text joins by "and" ("Saudi Arabia
            # and Iran agreed ..." in an article that names their mediator as often)
            contenders = [d for n, _, d in ranked if n >= ranked[1][0]]
            pairs = [(a, b) for i, a in enumerate(contenders) for b in contenders[i + 1:]
                     if self.coordinated(a, b, before)]
            ranked = [(0, 0, d) for d in pairs[0]] if len(pairs) == 1 else []
        if len(ranked) < 2:
            return []  # no clear pair
        return sorted([d for _, _, d in ranked[:2]], key=lambda d: min(r for _, r in d.mentions if r >= 0))

    def coordinated(self, a: Draft, b: Draft, before: int) -> bool:
        """Whether two actors are named joined by a conjunction ("A and B") before token `before`."""
        roots_a = {r for _, r in a.mentions if 0 <= r < before}
        roots_b = {r for _, r in b.mentions if 0 <= r < before}
        return any(self.doc[r].dep_ == "conj" and self.doc[r].head.i in other
                   for mine, other in ((roots_a, roots_b), (roots_b, roots_a)) for r in mine)

    def pair_of_their(self, tok) -> list:
        """'A and B agreed ... Their foreign ministers will meet': a possessive 'their' after
        coordinated subjects names each of them (one mention per actor, same words); [] when
        the subject is no such pair of actors."""
        if tok.lower_ != "their" or tok.dep_ != "poss" or self.subject_follows(tok):
            return []
        subject = self.last_plural_subject(tok, they=True)
        found = self.pair_named_by(subject) if subject is not None else []
        return found if len(found) > 1 else []

    def clause_subjects(self, tok) -> set:
        """An object pronoun never refers to the subject of its own clause ("X praised him")."""
        if tok.lower_ not in ("him", "her", "them") or tok.dep_ not in ("dobj", "dative", "iobj", "pobj"):
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        keys = set()
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    c = verb.head  # "Putin, who had briefed him": the subject is Putin
                d = self.draft_at_token(c.i)
                if d is not None:
                    keys.add(d.key)
        return keys

    def _gender_ok(self, d: Draft, gender: str) -> bool:
        """Known gender must agree; an unknown one is guessed from the first name."""
        have = (d.gender or "").lower()[:1] or self.lex.guess_gender(d.name)
        return not have or have == gender[0]

    # ---------- driver ----------
    def run(self) -> list[Draft]:
        self.names()
        self.bare_names()
        # role phrases and pronouns in document order, so each sees the persons before it
        items = []
        for start, end in self.chunk_bounds:
            items.append((start, "chunk", self.doc[start:end]))
        for tok in self.doc:
            if tok.pos_ == "PRON" and tok.lower_ in self.lex.pronouns:
                items.append((tok.i, "pron", tok))
        items.sort(key=lambda x: (x[0], x[1] == "chunk"))
        full_timeline = sorted(self.timeline)
        deferred = []
        for pos, what, obj in items:
            # persons named later are not yet known to a phrase here
            told = set(full_timeline)
            self.timeline = [x for x in full_timeline if x[0] < pos] + \
                [x for x in self.timeline if x[0] < pos and x not in told]
            if what == "pron":
                if obj.i in self.quoted and self.lex.pronouns.get(obj.lower_, "").startswith("person"):
                    deferred.append(obj)  # once the speaker after the quote is known
                elif obj.i not in self.taken:
                    key = self.resolve_pronoun_key(obj)
                    if key:
                        self.add(self.drafts[key], self.doc[obj.i:obj.i + 1], "pronoun")
                        if obj.i not in self.quoted:
                            full_timeline.append((obj.i, key))
                    else:
                        # the whole phrase ("their ministers"), so that its head word names both
                        span = self.doc[obj.i:obj.head.i + 1] if obj.head.i > obj.i else self.doc[obj.i:obj.i + 1]
                        for d in self.pair_of_their(obj):
                            self.add(d, span, "pronoun", root=obj.i)
            else:
                before = len(self.timeline)
                self.phrase_chunk(obj)
                full_timeline.extend(self.timeline[before:])
            full_timeline.sort()
        self.resolve_quoted_pronouns(deferred, full_timeline)
        self.timeline = full_timeline
        self.merge_short_names()
        self.merge_name_prefixes()
        self.collective_phrases()
        return [d for d in self.drafts.values() if d.mentions]

    def named_earlier_in_quote(self, tok, speakers: frozenset) -> Optional[str]:
        """'“... for Alexander Lukashenko to show ... this is his message”': the person the
        speaker last named by name in the same quote, before the pronoun."""
        gender = "female" if self.lex.pronouns.get(tok.lower_) == "person_female" else "male"
        i = tok.i - 1
        while i in self.quoted:
            t = self.doc[i]
            if t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
                for d in self.drafts_at_token(i):
                    if d.type == "PERSON" and d.key not in speakers and self._gender_ok(d, gender):
                        return d.key
            i -= 1
        return None

    def resolve_quoted_pronouns(self, toks, full_timeline):
        """'He'/'his' inside quotation marks, resolved once the whole text is read so that the
        speaker named after the quote is known and left out."""
        for tok in toks:
            if tok.i in self.taken:
                continue
            self.timeline = [x for x in full_timeline if x[0] < tok.i]
            speakers = self.quote_speakers(tok)
            key = self.named_earlier_in_quote(tok, speakers) or self.resolve_pronoun_key(tok, exclude=speakers)
            if key:
                self.add(self.drafts[key], self.doc[tok.i:tok.i + 1], "pronoun")

    def collective_phrases(self):
        """"Thousands of Iraqi Kurds", "a group of Moroccan diplomats", "members of the alliance":
        a noun that only counts people stands for the actor(s) its 'of' phrase names, so the
        whole phrase becomes a mention of them (a verb's subject is the counting noun)."""
        nouns = self.lex.collective_nouns
        for tok in self.doc:
            if tok.lower_ in nouns:  # (collective_phrase's own first test, saving a call per word)
                self.collective_phrase(tok)

    def collective_phrase(self, tok):
        """One counting noun (see collective_phrases); also called when a later 'they' needs
        what the counting noun stands for before the end of the document's pass."""
        if tok.lower_ not in self.lex.collective_nouns or tok.pos_ != "NOUN" \
                or self.draft_at_token(tok.i) is not None:
            return
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return
        found = []
        for member in [pobj] + [c for c in pobj.children if c.dep_ == "conj"]:
            for d in self.drafts_named_by(member):
                if d not in found:
                    found.append(d)
        span = self.doc[tok.left_edge.i:pobj.right_edge.i + 1]
        for d in found:
            self.add(d, span, "nominal", root=tok.i)

    def drafts_named_by(self, tok) -> list:
        """The drafts a noun names: its own mention, else those of its demonym, name or
        possessor modifiers ("Iraqi Kurds", "Russia's soldiers")."""
        own = self.drafts_at_token(tok.i)
        if own:
            return own
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i]
        return [d for c in mods for d in self.drafts_at_token(c.i)]

    def drafts_at_token(self, i: int) -> list:
        """Every draft with a mention over token `i` ("Russian and Belarusian soldiers" names
        two armed forces with the same words)."""
        t = self.doc[i]
        return [d for d in self.drafts.values() if any(m.start <= t.idx < m.end for m, _ in d.mentions)]

    def merge_name_prefixes(self):
        """"Wagner" joins "Wagner Group": a body not in the knowledge base whose name is another
        body's name of the article without its final organisation nouns."""
        orgs = [d for d in self.drafts.values() if d.type == "ORG"]
        for key, d in list(self.drafts.items()):
            # "known as the Tatmadaw" tagged PERSON: the name of a body of the article
            same = [o for o in orgs if o is not d and d.type == "PERSON" and not d.kb_id and o.mentions
                    and fold(d.name) in o.forms] if len(d.name.split()) == 1 else []
            if len(same) == 1:
                self.absorb(same[0], key)
                continue
            # "AU" after "the African Union": an acronym of a body of the article
            if not d.kb_id and 2 <= len(d.name) <= 6 and (
                    d.type == "ORG" and d.name.isupper() or self.bracketed_acronym(d)):
                full = [o for o in list(self.drafts.values()) if o is not d and o.type != "PERSON"
                        and d.name.upper() in acronyms(o.name)]
                if not full:
                    full = self.person_read_body(d)
                if not full:
                    full = self.body_before_brackets(d)
                if d.type == "PERSON" and len(full) == 1:
                    d.type = "ORG"
                if len(full) == 1:
                    if full[0].type == "LOC" and any(w in self.lex.org_words for w in fold(full[0].name).split()):
                        full[0].type = "ORG"  # spaCy's LOC for "Asia-Pacific Economic Cooperation"
                    self.absorb(full[0], key)
                    continue
            gaz = load_gazetteer()
            if d.type != "ORG" or d.kb_id or not d.mentions or (gaz and gaz.place(d.name)):
                continue
            words = fold(d.name).split()
            longer = [o for o in orgs if o is not d and o.key in self.drafts
                      and fold(o.name).split()[:len(words)] == words and len(fold(o.name).split()) > len(words)
                      and all(w in self.lex.org_words for w in fold(o.name).split()[len(words):])]
            if len(longer) == 1:
                self.absorb(longer[0], key)

    def body_before_brackets(self, d: Draft) -> list:
        """"the Kosovo Force (KFOR)": an acronym in brackets right after a body's name stands for
        that body even when it is not made of its initials (same first letter)."""
        text = doc_text(self.doc)
        for o in self.drafts.values():
            if o is d or o.type in ("PERSON", "GPE") or not o.name[:1].upper() == d.name[:1].upper():
                continue
            if any(text[m.end:m.end + 2] == " (" and text[m.end + 2:m.end + 2 + len(d.name) + 1] == d.name + ")"
                   for m, _ in o.mentions):
                return [o]
        return []

    def person_read_body(self, d: Draft) -> list:
        """"Harakat al-Nasr (HaN)": a name the tagger read as a person's, right before the
        bracketed acronym of its words, is a body's (persons are not abbreviated so); the body
        replaces the person draft. Returns [that body] or []."""
        if not self.bracketed_acronym(d):
            return []
        text = doc_text(self.doc)
        for key, o in list(self.drafts.items()):
            if o.type != "PERSON" or o.kb_id or d.name.upper() not in acronyms(o.name):
                continue
            if any(text[m.end:m.end + 2] == " (" and text[m.end + 2:m.end + 2 + len(d.name)] == d.name
                   for m, _ in o.mentions):
                body = self.draft_local(o.name, "ORG", o.country)
                self.absorb(body, key)
                return [body]
        return []

    def bracketed_acronym(self, d: Draft) -> bool:
        """"Jaish-e-Mohammed (JeM)": a short mixed-case word of two capitals or more, written in
        brackets at least once, that the tagger may have taken for a person; it abbreviates the
        body named before it."""
        if not d.name.isalpha() or sum(c.isupper() for c in d.name) < 2 or not d.name[0].isupper():
            return False
        text = doc_text(self.doc)
        return any(text[max(0, m.start - 1):m.start] == "(" and text[m.end:m.end + 1] == ")" for m, _ in d.mentions)

    def merge_short_names(self):
        """A one-word name that is not in the knowledge base ("Biden" in a headline before "Joe
        Biden", "Niinistö" tagged as an organisation) joins the single person of the article
        whose first or last name it is (or a close spelling of it)."""
        from rapidfuzz import fuzz

        persons = [d for d in self.drafts.values() if d.type == "PERSON" and len(d.name.split()) > 1]
        for key, d in list(self.drafts.items()):
            words = fold(d.name).split()
            if d.kb_id or len(words) != 1 or not d.mentions or (d.type != "PERSON" and (
                    len(words[0]) < 2 or any(m.kind != "name" for m, _ in d.mentions))):
                continue
            w = words[0]
            hits = []
            for p in persons:
                if p is d:
                    continue
                pw = [fw.split() for fw in p.forms if len(fw.split()) > 1]
                if any(w in (x[0], x[-1]) for x in pw):
                    hits.append((100, p))
                elif len(w) >= 5 and any(fuzz.ratio(w, x[-1]) >= 80 for x in pw) and d.type == "PERSON":
                    hits.append((80, p))
            best = [p for sc, p in hits if sc == max((h[0] for h in hits), default=0)]
            if len({p.key for p in best}) == 1:
                self.absorb(best[0], key)

    def absorb(self, target: Draft, key: str):
        """Moves the mentions of draft `key` to `target` and drops it."""
        d = self.drafts.pop(key)
        for m, r in d.mentions:
            m.actor_id = target.key
            target.mentions.append((m, r))
        target.forms |= d.forms

    def phrase_chunk(self, chunk):
        doc = self.doc
        root = chunk.root
        if self.leader_government(chunk, root):
            return
        # a name inside a role phrase ("the Kremlin spokesman") does not stop the phrase
        # a possessive pronoun ("his Belarusian counterpart") is its own mention, no name
        if any((t.i in self.person_taken and not (t.dep_ == "poss" and t.pos_ == "PRON"))
               or (t.i in self.taken and t.i == root.i) for t in chunk):
            return
        if len(chunk) == 1 and root.pos_ == "PRON":
            return
        end = chunk.end
        if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == root.i:
            pobj = [c for c in doc[end].children if c.dep_ == "pobj"]
            if pobj and self.kb_body_words(pobj[0]):
                pobj = []  # "units of the Russian military police": that body is a mention of its own
            if pobj:
                sub = list(pobj[0].subtree)
                if not any(t.i in self.taken and t.ent_type_ == "PERSON" for t in sub):
                    end = sub[-1].i + 1
        if self.kb_phrase(chunk) or self.members_phrase(chunk):
            return
        self.resolve_phrase(doc[chunk.start:end], root)

    def leader_government(self, chunk, root) -> bool:
        """"The Trump administration", "the Modi government": the government a leader named in
        it heads, i.e. his state acting (remembered, so that a later "the administration" is
        that state too)."""
        if root.lemma_.lower() not in ("administration", "government") or root.i in self.taken:
            return False
        leader = next((self.draft_at_token(t.i) for t in chunk if t.dep_ == "compound" and t.head.i == root.i
                       and t.i in self.person_taken), None)
        if leader is None or leader.type != "PERSON" or not leader.country \
                or not (leader.role_ids & set(self.lex.leader_roles) or leader.kb_id):
            return False
        self.add(self.country_draft(leader.country), chunk, "nominal", root=root.i)
        self.state_governments.append((root.i, leader.country))
        return True

    def kb_body_words(self, tok) -> bool:
        """Whether the words of a noun phrase ending in `tok` (no article) are a KB body's name."""
        words = [t for t in tok.subtree if t.i <= tok.i and t.lower_ not in ("the", "a", "an")]
        if len(words) < 2:
            return False
        span = self.doc[words[0].i:tok.i + 1]
        return any((e.type or "").upper() not in ("PERSON", "GPE") and getattr(e, "kind", None) != "government"
                   for e in self.kb.lookup(span.text))  # ("ministers of the Thai government": that government's envoys)

    def members_phrase(self, chunk) -> bool:
        """"The allies" ("the allies' communiqué"), "the member states", "other allies": the
        members acting together, i.e. the international body named last."""
        for start in range(len(chunk)):
            if chunk[start].lower_ not in ("the", "other", "fellow"):
                continue
            for n in (2, 1):
                words = chunk[start + 1:start + 1 + n]
                if len(words) == n and fold(words.text) in self.lex.member_nominals \
                        and words[-1].tag_ in ("NNS", "NNPS") and not any(t.i in self.taken for t in words):
                    body = self.last_body(chunk[start].i, members_only=True)
                    if body is None:
                        return False
                    self.add(body, self.doc[chunk[start].i:words.end], "nominal")
                    return words.end == chunk.end
        return False

    def kb_phrase(self, chunk) -> bool:
        """A noun phrase that is, in any case, a KB body's name of two words or more ("the union
        state"): a mention of that body."""
        words = [t for t in chunk if t.lower_ not in ("the", "a", "an") and t.dep_ != "poss"]
        if len(words) < 2:
            return False
        span = self.doc[words[0].i:words[-1].i + 1]
        if any(t.i in self.taken for t in words):
            # "the UN human rights office": a body named through its parent's name ("UN") the
            # names pass already took; the whole phrase is that body, not the parent
            hits = [e for e in self.kb.lookup(span.text) if (e.type or "").upper() == "ORG"
                    and getattr(e, "kind", None) in ("international", "ngo")]
            if len(words) < 3 or not hits or any(t.i in self.person_taken for t in words):
                return False
            self.withdraw_mentions(span.start_char, span.end_char)
            self.taken.difference_update(range(span.start, span.end))
        hits = [e for e in self.kb.lookup(span.text) if (e.type or "").upper() != "PERSON"]
        if not hits:
            return False
        det = chunk[0].lower_ == "the" and chunk[0].i + 1 == words[0].i
        entry = hits[0]
        if getattr(entry, "kind", None) == "government" and entry.country and self.names_its_country(span):
            entry = self.kb.get(entry.country) or entry  # "the Afghan government": the state itself
            self.state_governments.append((span.root.i, entry.country))
        self.add(self.draft_for_entry(entry), self.doc[chunk[0].i:span.end] if det else span, "name")
        return True


def capitalised_plural(tok) -> bool:
    """"Rebels in Chad attacked": a plural common noun the tagger took for a name because it
    opens the sentence (no entity, lower-case after its capital, ending in -s)."""
    return tok.i == tok.sent.start and tok.tag_ == "NNP" and not tok.ent_type_ and len(tok.text) > 3 \
        and tok.text[1:].islower() and tok.text.endswith("s") and not tok.text.endswith("ss")


def acronyms(name: str) -> set[str]:
    """Initials of a name, with and without its small words: "Asia-Pacific Economic
    Cooperation" -> {"APEC"}."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    small = {"of", "the", "and", "for", "on", "in"}
    return {"".join(w[0] for w in words).upper(),
            "".join(w[0] for w in words if w.lower() not in small).upper()}


QUOTE_CHARS = ("“", "«", "”", "»", '"')


def quoted_tokens(doc) -> set[int]:
    """Indexes of the tokens inside quotation marks (straight quotes alternate open/close); a
    paragraph break closes any quote left open. Reads only the tokens that are quotation marks
    or paragraph breaks (found in the text), not every token."""
    text = doc_text(doc)
    if not any(q in text for q in QUOTE_CHARS):
        return set()
    starts = doc.to_array("IDX").tolist()
    marks: dict[int, str] = {}  # token index -> "open", "close", "toggle" or "break"
    kinds = {"“": "open", "«": "open", "”": "close", "»": "close", '"': "toggle"}
    for q, kind in kinds.items():
        pos = text.find(q)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            if starts[i] == pos and doc[i].text == q:
                marks[i] = kind
            pos = text.find(q, pos + 1)
    pos = text.find("\n\n")
    while pos >= 0:
        i = bisect_right(starts, pos) - 1
        if i not in marks and pos + 2 <= starts[i] + len(doc[i].text):
            marks[i] = "break"
        pos = text.find("\n\n", pos + 1)
    inside, out, last = False, set(), -1
    for i in sorted(marks):
        if inside:
            out.update(range(last + 1, i))
        kind = marks[i]
        if kind == "open":
            inside = True
        elif kind == "close":
            inside = False
        elif kind == "toggle":
            inside = not inside
        else:
            if inside:
                out.add(i)
            inside = False
        last = i
    if inside:
        out.update(range(last + 1, len(doc)))
    return out


def _to_actor(d: Draft) -> Actor:
    mentions = sorted((m for m, _ in d.mentions), key=lambda m: (m.start, m.end))
    return Actor(id=d.key, name=d.name, type=d.type, country=d.country, role=d.role,
                 kb_id=d.kb_id, mentions=mentions)


class ActorResolver:
    """Pipeline component: fills `analysis.actors` (see the module docstring)."""

    def __init__(self, kb=None, lexicon: Lexicon | None = None):
        self.kb = KBView(kb) if kb is not None else load_kb_view()
        self.lex = lexicon or load_lexicon()

    def __call__(self, analysis):
        run = _Run(self.kb, self.lex, analysis.doc, analysis.article.published)
        drafts = run.run()
        fill_countries(run)
        analysis.actors = [_to_actor(d) for d in drafts]
        mark_salience(analysis, {d.key: {(m.start, m.end): r for m, r in d.mentions} for d in drafts})
        for actor in analysis.actors:
            # world regions ("the West", "the Gulf") are where things happen, not parties
            if not actor.kb_id and actor.type != "PERSON" and fold(actor.name) in self.lex.world_regions:
                actor.salient = False
        return analysis


def evaluate_ngec(path: str, with_errors: bool = False) -> dict:
    """Country accuracy on the NGEC actor tests (../shared/peers/ngec_actor_tests.jsonl): each
    case's phrase is read as a one-sentence article (dated by the case when it gives an ISO date)
    and the country of its main actor is compared with the expected code. International bodies
    (expected IGO, UNO, EUR...) count as right when the actor has no country."""
    from ..model import Analysis, Article
    from .pipeline import load_nlp

    nlp = load_nlp()
    resolver = ActorResolver()
    n = right = 0
    wrong = []
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    for case in cases:
        expected = (case.get("expected") or {}).get("country")
        if not expected:
            continue
        text = (case.get("input") or {}).get("text", "").strip()
        date = (case.get("input") or {}).get("date") or None
        if date and not (len(date) == 10 and date[4] == "-"):
            date = None
        got = phrase_country(text, nlp, resolver, date)
        context = (case.get("input") or {}).get("context") or ""
        if got is None and context.strip():
            got = phrase_country(context.strip(), nlp, resolver, date)
        n += 1
        ok = got == expected or (got is None and len(expected) == 3 and expected in NON_STATE_CODES)
        right += ok
        if not ok:
            wrong.append({"text": text, "expected": expected, "got": got})
    acc = right / n if n else 0.0
    result = {"country_accuracy": {"precision": acc, "recall": acc, "f1": acc, "tp": right,
                                   "pred": n, "gold": n, "n": n},
              "no_country": sum(1 for e in wrong if e["got"] is None),
              "wrong_country": sum(1 for e in wrong if e["got"] is not None)}
    if with_errors:
        result["errors"] = wrong
    return result


NON_STATE_CODES = {"IGO", "UNO", "EUR", "NGO", "LEG"}


def phrase_country(text: str, nlp, resolver: "ActorResolver", date: Optional[str] = None) -> Optional[str]:
    """The country (ISO3) of the actor a short phrase names, or None."""
    from ..model import Analysis, Article

    analysis = resolver(Analysis(article=Article(id="phrase", text=text, published=date), doc=nlp(text)))
    best = None
    for a in analysis.actors:
        kinds = {m.kind for m in a.mentions}
        rank = (a.type == "PERSON", "name" in kinds or "role" in kinds or "nominal" in kinds,
                max(m.end - m.start for m in a.mentions))
        if best is None or rank > best[0]:
            best = (rank, a)
    if best is not None and best[1].country:
        return best[1].country
    return text_country(analysis.doc, resolver)


def text_country(doc, resolver: "ActorResolver") -> Optional[str]:
    """The first country a phrase names by a demonym, a country, capital or city name."""
    from .actors_lexicon import load_gazetteer

    gaz = load_gazetteer()
    run = _Run(resolver.kb, resolver.lex, doc, None)
    # a phrase the tagger left untagged ("Riigikogu", "Rakhine Buddhists"): the knowledge base's
    # bodies and regions in it, by their exact names
    code, _ = run.country_of_tokens([t for t in doc if t.text[:1].isupper()])
    if code:
        return code
    for tok in doc:
        if not tok.text[:1].isupper():
            continue
        code = run.demonym_code(tok.text) or resolver.lex.country_aliases.get(fold(tok.text))
        if code:
            return code
        if gaz is not None:
            place = gaz.place(tok.text) if tok.ent_type_ in ("GPE", "LOC") else None
            for hit in (gaz.country(tok.text), place):
                if hit:
                    return hit[0]
            if gaz.capital(tok.text) or resolver.lex.capitals.get(fold(tok.text)):
                return gaz.capital(tok.text) or resolver.lex.capitals.get(fold(tok.text))
    return None
