"""The event knowledge, loaded once: trigger lexicon, CAMEO -> PLOVER and Goldstein tables, PLOVER
type scores (all data files in newsgraph/knowledge/)."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


@dataclass(frozen=True)
class TriggerSpec:
    """What a trigger word means: PLOVER type and mode, CAMEO code, and argument-role flags
    (see the 'about' note in plover_lexicon.json)."""

    type: str
    mode: Optional[str]
    cameo: Optional[str]
    reciprocal: bool = False
    weak: bool = False
    object_control: bool = False
    place_target: bool = False
    needs_actor: bool = False

    @classmethod
    def parse(cls, text: str) -> "TriggerSpec":
        type_, mode, cameo, flags = (text.split() + ["-"] * 4)[:4]
        return cls(type=type_, mode=None if mode == "-" else mode, cameo=None if cameo == "-" else cameo,
                   reciprocal="r" in flags, weak="w" in flags, object_control="o" in flags,
                   place_target="p" in flags, needs_actor="a" in flags)


def _read_tsv(name: str) -> list[list[str]]:
    lines = (KNOWLEDGE / name).read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    return [r for r in csv.reader(rows[1:], delimiter="\t")]


def with_plurals(words: list) -> set:
    """The words with their regular plurals ('wildfire' -> 'wildfires', 'flash flood' -> 'flash
    floods'): a capitalised plural at the head of a sentence is tagged a proper noun, whose lemma
    keeps the plural ending, so both forms are listed."""
    def plural(w: str) -> str:
        if w.endswith(("s", "sh", "ch", "x", "z")):
            return w + "es"
        if w.endswith("y") and w[-2:-1] not in "aeiou":
            return w[:-1] + "ies"
        return w + "s"
    return set(words) | {plural(w) for w in words}


def relief_delivery_triggers(relief: dict, listed: dict) -> dict:
    """Each sending verb with each relief good ('shipped tents', 'airlifted medicine') as a verb +
    object aid trigger, except pairs the lexicon codes itself ('ship aid' stays plain aid)."""
    spec = TriggerSpec.parse(relief["spec"])
    return {f"{verb} {good}": spec for verb in relief["verbs"] for good in relief["goods"]
            if f"{verb} {good}" not in listed}


class EventLexicon:
    """Trigger look-ups and scores. Build with `EventLexicon.load()` (cached)."""

    def __init__(self, data: dict, goldstein: dict, cameo_plover: dict, types: dict,
                 cameo_verbs: Optional[dict] = None):
        self.data = data
        self.verbs = {k: TriggerSpec.parse(v) for k, v in data["verbs"].items()}
        self.verb_particles = {k: TriggerSpec.parse(v) for k, v in data["verb_particles"].items()}
        self.verb_objects = {k: TriggerSpec.parse(v) for k, v in data["verb_objects"].items()}
        self.verb_objects.update(relief_delivery_triggers(data["relief_deliveries"], self.verb_objects))
        self.nouns = {k: TriggerSpec.parse(v) for k, v in data["nouns"].items()}
        self.noun_modifiers = {noun: {m: TriggerSpec.parse(s) for m, s in mods.items()}
                               for noun, mods in data["noun_modifier_types"].items() if noun != "note"}
        self.light_verbs = set(data["light_verbs"])
        self.control_verbs = {k: v for k, v in data["control_verbs"].items() if k != "note"}
        self.modal_status = data["modal_status"]
        self.planned_modifiers = set(data["planned_modifiers"])
        self.ongoing_modifiers = set(data["ongoing_modifiers"])
        self.target_preps = set(data["target_preps"])
        self.mode_context = data["mode_context"]
        self.negative_words = set(data["evaluation_words"]["negative"])
        self.positive_words = set(data["evaluation_words"]["positive"])
        intent = data["intent_words"]
        self.intent_words = set(intent["words"])
        self.cooperative_types = set(intent["cooperative"])
        self.threat_codes = intent["threat_codes"]
        self.agree_codes = intent["agree_codes"]
        self.agree_codes_by_cameo = {k: v for k, v in intent.get("agree_codes_by_cameo", {}).items() if k != "note"}
        self.announced_conflict = set(intent["announced_conflict"]["types"])
        self.demand_modals = set(data["demand_modals"]["modals"])
        self.speech_verbs = set(data["demand_modals"]["speech_verbs"])
        self.document_nouns = set(data["document_nouns"]["words"])
        self.publication_triggers = set(data["document_nouns"]["triggers"])
        self.negated_cameo = {k: v for k, v in data["negated_cameo"].items() if k != "note"}
        movement = data["troop_movement"]
        self.movement_verbs = set(movement["verbs"])
        self.movement_subjects = set(movement["subjects"])
        self.movement_spec = TriggerSpec.parse(movement["spec"])
        self.vehicle_subjects = with_plurals(data["vehicle_subjects"]["words"])
        self.exercise_nouns = set(data["exercise_nouns"]["words"])
        self.exercise_partner_preps = set(data["exercise_nouns"]["partner_preps"])
        self.refusal_control_verbs = set(data["refusal_control_verbs"]["words"])
        self.threat_condition_marks = set(data["conditional_threat"]["marks"])
        self.speech_act_types = set(data["speech_act_types"]["types"])
        self.addressed_types = set(data["speech_act_types"].get("addressed", []))
        self.content_types = set(data["speech_act_types"].get("content_bearing", []))
        self.continued_types = set(data["continuation"]["types"])
        self.unnamed_doers = with_plurals(data["continuation"].get("unnamed_doers", []))
        self.link_teasers = tuple(data["link_teasers"]["prefixes"])
        self.descriptive_heads = set(data["descriptive_heads"]["words"])
        self.quantity_nouns = set(data.get("quantity_nouns", {}).get("words", []))
        self.crowd_nouns = set(data["crowd_actions"]["nouns"])
        self.natural_forces = with_plurals(data.get("natural_forces", {}).get("words", []))
        self.crowd_types = set(data["crowd_actions"]["types"])
        self.crowd_cameo = data["crowd_actions"]["cameo"]
        self.continuation_window = int(data["continuation"]["window_chars"])
        self.directive_verbs = set(data["directive_verbs"]["words"])
        self.exit_objects = set(data["exit_objects"]["words"])
        self.host_verbs = set(data["host_verbs"]["words"])
        self.receiving_verbs = set(data.get("receiving_verbs", {}).get("words", []))
        self.absence_preps = set(data.get("absence_preps", {}).get("words", []))
        self.naming_verbs = set(data["naming_verbs"]["words"])
        self.assessment_verbs = set(data["assessment_verbs"]["words"])
        self.cameo_bare_excluded = set(data["cameo_bare_excluded"]["words"])
        cameo_plover = dict(cameo_plover)
        for code, value in data["cameo_plover_overrides"]["codes"].items():
            type_, mode = value.split()
            cameo_plover[code] = (type_, None if mode == "-" else mode)
        self.goldstein = goldstein
        self.cameo_plover = cameo_plover  # CAMEO code -> (PLOVER type, mode or None)
        self.types = types
        # (verb, particle, object, prep, pobj) -> CAMEO code, '-' for an empty slot
        self.cameo_verbs = dict(cameo_verbs or {})
        self.add_instrument_patterns(data.get("instrument_codes", {}))
        self.add_intensified_nouns(data.get("intensifier_verbs", {}))
        self.add_halted_nouns(data.get("halting_verbs", {}))
        self.instrument_codes = self.instrument_code_table(data.get("instrument_codes", {}))
        doers = data.get("doer_codes", {})
        self.irregular_doers = set(doers.get("irregular", []))
        self.irregular_codes = doers.get("irregular_codes", {})
        self.alias_irregular_forms(data.get("irregular_verb_forms", {}).get("forms", {}))
        self.alias_british_spellings()
        self.cameo_verb_lemmas = {key[0] for key in self.cameo_verbs}
        self._cameo_specs: dict = {}

    @staticmethod
    def instrument_code_table(table: dict) -> dict:
        """Instrument word or phrase -> CAMEO code ('rocket' 194, 'roadside bomb' 1833, 'barrage
        of rocket' 194: a quantity of a weapon is looked up as the quantity noun's 'of' phrase)."""
        codes = {w: code for code, words in table.get("classes", {}).items() for w in words}
        quantities = table.get("quantities", {}).get("words", [])
        codes.update({f"{q} of {w}": code for q in quantities for w, code in list(codes.items())})
        codes.update(table.get("phrases", {}))
        return codes

    def force_code(self, cameo: Optional[str], doer_keys: list) -> Optional[str]:
        """The CAMEO code of an attack refined by its doer (doer_codes): a doer that is an
        instrument ('a roadside bomb killed', 'a missile hit') takes the instrument's code, and an
        irregular doer of an air raid ('militants bombed a bus station') makes it a non-military
        bombing (183); armed force with military weapons stays 19 whoever uses it. doer_keys: the subject's phrase keys, most specific first
        ('suicide bomber', 'bomber'). Codes outside 18 and 19 are returned unchanged."""
        if not cameo or cameo[:2] not in ("18", "19"):
            return cameo
        for key in doer_keys:
            if key in self.instrument_codes:
                code = self.instrument_codes[key]
                # a warship's 190 names no weapon: 'gunboats fired rockets' keeps the rockets' 194;
                # a code of another PLOVER type ('hackers attacked', 176) would leave the type behind
                same_type = (self.plover_of(code) or (None,))[0] == (self.plover_of(cameo) or (None,))[0]
                vaguer = code.endswith("0") and not cameo.endswith("0")
                return code if same_type and not vaguer else cameo
            if key in self.irregular_doers:
                return self.irregular_codes.get(cameo, cameo)
        return cameo

    def add_instrument_patterns(self, table: dict) -> None:
        """CAMEO codes a violent act by its instrument (artillery 194, missiles and aircraft 195, a
        bomb outside war 183, a knife 182...): 'attacked with rockets', 'hit by a missile', 'killed
        in an air strike', 'fired rockets' become verb patterns with the instrument's code, replacing
        the verb dictionary's single code for its whole weapon list (see instrument_codes)."""
        if not table:
            return
        codes = self.instrument_code_table(table)
        killing = table.get("killing_codes", {})
        for prep in ("with", "by", "in"):
            for verb in table.get(prep, []):
                lemma, particle = (verb.split() + ["-"])[:2]
                for word, code in codes.items():
                    if lemma in killing.get("verbs", []):
                        code = killing["codes"].get(code, code)
                    self.cameo_verbs[(lemma, particle, "-", prep, word)] = code
        fired = table.get("fired", {})
        weapons = {w: c for w, c in codes.items()
                   if c in fired.get("classes", []) and w.split(" of ")[-1] not in fired.get("except", [])}
        for verb in fired.get("verbs", []):
            for word, code in weapons.items():
                self.add_fired_weapon(verb, word, code, fired)

    def add_fired_weapon(self, verb: str, word: str, code: str, fired: dict) -> None:
        """'fired rockets' takes the rocket's code; a weapon whose untargeted firing is a show of
        force ('fired a ballistic missile', 'into the sea': 150) takes its attack code only with
        a target ('fired missiles at the base', 'on the city': 195), see instrument_codes.fired."""
        launching = fired.get("untargeted", {})
        weapon = word.split(" of ")[-1]  # 'salvo of missile' is fired as missiles are
        untargeted = launching.get("codes", {}).get(weapon, code) if verb in launching.get("verbs", []) else code
        self.cameo_verbs[(verb, "-", word, "-", "-")] = untargeted
        if untargeted == code:
            return
        for prep in fired.get("target_preps", []):
            self.cameo_verbs[(verb, "-", word, prep, "-")] = code
            for place in fired.get("open_water", []):
                self.cameo_verbs[(verb, "-", word, prep, place)] = untargeted

    def add_intensified_nouns(self, table: dict) -> None:
        """'stepped up attacks', 'intensified its criticism', 'escalated the shelling': a verb of
        intensifying tells the event its object names, coded as the event noun is (nouns and
        noun_modifier_types), not by the dictionary's cooperation (060) or threat (138) for it."""
        nouns = {n: s.cameo for n, s in self.nouns.items() if s.cameo and s.type != "NONE"}
        nouns.update({f"{m} {n}": s.cameo for n, mods in self.noun_modifiers.items()
                      for m, s in mods.items() if s.cameo and s.type != "NONE"})
        nouns.update(table.get("objects", {}))  # 'escalated the war': fighting, no event noun
        for verb in table.get("verbs", []):
            lemma, particle = (verb.split() + ["-"])[:2]
            for noun, code in nouns.items():
                self.cameo_verbs[(lemma, particle, noun, "-", "-")] = code

    def add_halted_nouns(self, table: dict) -> None:
        """'halted its airstrikes', 'suspended the offensive', 'called off the protest': a verb of
        stopping whose object is an attack or a show of force de-escalates (087), one whose
        object is a protest eases dissent (082) (halting_verbs: codes by the noun's type); the
        dictionary's own pattern for a verb and noun is kept."""
        codes = table.get("codes", {})
        nouns = {n: s.type for n, s in self.nouns.items()}
        nouns.update({f"{m} {n}": s.type for n, mods in self.noun_modifiers.items() for m, s in mods.items()})
        for verb in table.get("verbs", []):
            lemma, particle = (verb.split() + ["-"])[:2]
            for noun, type_ in nouns.items():
                if type_ in codes and noun not in table.get("except", []):
                    self.cameo_verbs.setdefault((lemma, particle, noun, "-", "-"), codes[type_])
            for noun, code in table.get("objects", {}).items():  # 'suspended its military operation'
                self.cameo_verbs.setdefault((lemma, particle, noun, "-", "-"), code)

    def alias_irregular_forms(self, forms: dict) -> None:
        """Past forms the tagger leaves as their own lemma ('forgave', 'retook') look up the
        entries of their verb, so that 'forgave the debt' is debt relief as 'forgive the debt' is."""
        for form, base in forms.items():
            for table in (self.verbs, self.verb_particles, self.verb_objects):
                for key in [k for k in table if k == base or k.startswith(base + " ")]:
                    table.setdefault(form + key[len(base):], table[key])
            for key in [k for k in self.cameo_verbs if k[0] == base]:
                self.cameo_verbs.setdefault((form,) + key[1:], self.cameo_verbs[key])

    def alias_british_spellings(self) -> None:
        """A verb listed as '-ize' is also found as '-ise' ('penalised', 'terrorised',
        'pressurised'), the spelling of British and many other English-language wires."""
        for table in (self.verbs, self.verb_particles, self.verb_objects):
            for key in [k for k in table if k.split(" ")[0].endswith("ize")]:
                verb, _, rest = key.partition(" ")
                table.setdefault((verb[:-3] + "ise " + rest).strip(), table[key])
        for key in [k for k in self.cameo_verbs if k[0].endswith("ize")]:
            self.cameo_verbs.setdefault((key[0][:-3] + "ise",) + key[1:], self.cameo_verbs[key])

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "EventLexicon":
        data = json.loads((KNOWLEDGE / "plover_lexicon.json").read_text(encoding="utf-8"))
        goldstein = {r[0]: float(r[1]) for r in _read_tsv("cameo_goldstein.tsv") if len(r) >= 2}
        cameo_plover = {r[0]: (r[1], (r[2] or None) if len(r) > 2 else None)
                        for r in _read_tsv("cameo_plover.tsv") if len(r) >= 2}
        types = json.loads((KNOWLEDGE / "plover_types.json").read_text(encoding="utf-8"))["types"]
        cameo_verbs = {tuple(r[:5]): r[5] for r in _read_tsv("events_cameo_verbs.tsv") if len(r) >= 6}
        return cls(data, goldstein, cameo_plover, types, cameo_verbs)

    def plover_of(self, cameo: Optional[str]) -> Optional[tuple]:
        """(PLOVER type, mode) of a CAMEO code, from the official table (falling back to the
        code's parent), or None for codes PLOVER leaves out (01: public statements)."""
        while cameo:
            if cameo in self.cameo_plover:
                return self.cameo_plover[cameo]
            cameo = cameo[:-1] if len(cameo) > 3 else None
        return None

    def cameo_spec(self, key: tuple) -> Optional[TriggerSpec]:
        """The trigger meaning of a CAMEO verb pattern (see events_cameo_verbs.tsv), or None when
        the pattern is unknown or its code has no PLOVER type."""
        code = self.cameo_verbs.get(key)
        if code is None:
            return None
        if code not in self._cameo_specs:
            plover = self.plover_of(code)
            # meetings, agreements and cooperation are mutual: 'A and B held talks' is A with B
            mutual = plover is not None and plover[0] in ("CONSULT", "AGREE", "COOPERATE")
            self._cameo_specs[code] = TriggerSpec(plover[0], plover[1], code, reciprocal=mutual) if plover else None
        return self._cameo_specs[code]

    def goldstein_of(self, cameo: Optional[str]) -> Optional[float]:
        """Goldstein score of a CAMEO code, falling back to its 3- then 2-digit parent."""
        while cameo:
            if cameo in self.goldstein:
                return self.goldstein[cameo]
            cameo = cameo[:-1] if len(cameo) > 2 else None
        return None

    def plover_score(self, type_: str, mode: Optional[str]) -> Optional[float]:
        """PLOVER cooperation (+) / conflict (-) score of a type and mode."""
        info = self.types.get(type_)
        if info is None:
            return None
        return info["mode_scores"].get(mode, info["score"]) if mode else info["score"]
