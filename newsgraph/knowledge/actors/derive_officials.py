"""Derives officials_countryinfo.tsv (office-holder name -> ISO3 country) from the Phoenix country
actor dictionary of PETRARCH2 (petrarch2/data/dictionaries/Phoenix.Countries.actors.txt, MIT).

Usage: python derive_officials.py Phoenix.Countries.actors.txt > body.tsv
(the data file is this output under the header of notes and the source's licence notice).

The dictionary lists each person as a NAME_ line (with "# CountryInfo.txt" or dated codes), "+ALIAS"
lines and tab-indented "[CODE dates]" lines whose first three letters are the country. Kept: names of
two to six words that are no title ("PRESIDENT_X") and no body ("X_PARTY"), of people whose codes
name one country only (international and non-state codes ignored); a name the source gives to two
countries is dropped.
"""
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

COUNTRIES = Path(__file__).with_name("countries.jsonl")
TITLES = {"PRESIDENT", "PRESIENT", "PRIME", "MINISTER", "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "GENERAL",
          "GEN.", "GEN", "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "AMIR", "MR", "MR.", "MRS", "MRS.", "DR",
          "DR.", "COLONEL", "COL.", "MARSHAL", "FIELD", "ADMIRAL", "SENATOR", "GOVERNOR", "MAYOR", "JUDGE",
          "JUSTICE", "SECRETARY", "FOREIGN", "DEFENSE", "DEFENCE", "VICE", "DEPUTY", "PM", "PREMIER", "SPEAKER",
          "MINISTRE", "PRESIDENTE", "SULTAN", "CROWN", "LIEUTENANT", "MAJOR", "CAPTAIN", "SIR", "LORD",
          "AMBASSADOR", "CHAIRMAN", "SEN.", "REP.", "GOV.", "PRES.", "GENERALISSIMO", "HIS", "HER", "THE"}
BODY_WORDS = {"REPUBLIC", "MINISTRY", "PARTY", "ARMY", "FORCES", "FORCE", "COUNCIL", "ASSEMBLY", "GOVERNMENT",
              "COMMITTEE", "UNION", "FRONT", "MOVEMENT", "POLICE", "COURT", "BANK", "ISLANDS", "ISLAND",
              "KINGDOM", "STATE", "STATES", "OF", "AND", "NATIONAL", "DEPARTMENT", "OFFICE", "AGENCY",
              "COMMISSION", "GUARD", "PARLIAMENT", "CONGRESS", "SENATE", "CABINET", "NAVY", "CORPS", "SERVICE",
              "ORGANIZATION", "BRIGADE", "AUTHORITY", "PROVINCE", "REGION", "CITY", "GERMANY", "EAST", "WEST",
              "NORTH", "SOUTH"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "do", "dos", "das", "del", "della", "di", "du",
             "la", "le", "van", "von", "der", "den", "ter", "y", "e", "ould", "ag", "ben", "abu"}
NON_STATE = {"---", "IGO", "NGO", "IMG", "MNC", "UIS", "UAF", "REB", "INS", "OPP"}


def entries(path):
    """[{'name', 'aliases', 'codes', 'comment'}] in file order."""
    out, cur = [], None
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[:1] in ("\t", " "):
            if cur is not None:
                cur["codes"] += re.findall(r"\[([^\]]+)\]", raw)
            continue
        body, _, comment = raw.partition("#")
        if body.startswith("+"):
            if cur is not None:
                cur["aliases"].append(body[1:].strip())
                cur["codes"] += re.findall(r"\[([^\]]+)\]", body)
            continue
        head = body.split()
        if not head:
            continue
        cur = {"name": head[0], "codes": re.findall(r"\[([^\]]+)\]", body), "aliases": [],
               "comment": comment.strip()}
        out.append(cur)
    return out


def country_of(codes, countries):
    found = {c.strip()[:3] for c in codes if c.strip()} - NON_STATE
    return next(iter(found)) if len(found) == 1 and next(iter(found)) in countries else None


def person_words(raw):
    words = raw.replace("_", " ").strip().strip(",").split()
    if not 2 <= len(words) <= 6 or words[0].upper() in TITLES or any(w.upper() in BODY_WORDS for w in words):
        return None
    if not all(re.fullmatch(r"[A-Za-z][A-Za-z'\-.]*", w) for w in words):
        return None
    return None if all(len(w.rstrip(".")) <= 1 for w in words) else words


def readable(words):
    out = []
    for k, w in enumerate(words):
        out.append("-".join(p.lower() if k and p.lower() in PARTICLES else p[:1].upper() + p[1:].lower()
                            for p in w.split("-")))
    return " ".join(out)


def key(name):
    text = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().replace("-", " ").split())


def main(path):
    countries = {json.loads(line)["id"] for line in COUNTRIES.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}
    codes_of, shown = defaultdict(set), {}
    for e in entries(path):
        if "countryinfo" not in e["comment"].lower() and not any(re.search(r"\d{6}", c) for c in e["codes"]):
            continue  # bodies and places: no dated terms
        code = country_of(e["codes"], countries)
        if not code:
            continue
        for raw in [e["name"], *e["aliases"]]:
            words = person_words(raw)
            if words:
                codes_of[key(" ".join(words))].add(code)
                shown.setdefault(key(" ".join(words)), readable(words))
    for name, code in sorted((shown[k], next(iter(c))) for k, c in codes_of.items() if len(c) == 1):
        print(f"{name}\t{code}")


if __name__ == "__main__":
    main(sys.argv[1])
