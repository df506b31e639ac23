"""The recogniser and normaliser: regular expressions built from the time lexicon, each with a
function that turns a match into a TIMEX3 reading.

In: the article text, its date (or None), and a `Context` that knows the tense of the clause at a
character offset and the dates mentioned so far. Out: `Timex` objects (character offsets, type,
TIMEX3 value, precision, anchored, mod).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Optional

from ...model import Timex
from . import calendar as cal
from .lexicon import alternation, load_lexicon

LEX = load_lexicon()
MONTHS = LEX["months"]
WEEKDAYS = LEX["weekdays"]
NUMBERS = LEX["numbers"]
ORDINALS = LEX["ordinals"]
UNITS = LEX["units"]
UNIT_PLURALS = LEX["unit_plurals"]

FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
ABBR_MONTHS = [m for m in MONTHS if m not in FULL_MONTHS]
FULL_WEEKDAYS = [w for w in WEEKDAYS if w.endswith("day")]

B = r"(?<![\w'’-])"  # word start
E = r"(?![\w-])"  # word end
MONTH_FULL = alternation(FULL_MONTHS, capitalised=True)
MONTH_ANY = "(?:" + MONTH_FULL + "|" + alternation(ABBR_MONTHS, capitalised=True) + r"\.?)"
WEEKDAY = alternation(FULL_WEEKDAYS, capitalised=True)
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])"
NUM_WORDS = [w for w in NUMBERS]
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUM = (r"(?:\d+(?:[.,]\d+)?|(?:" + TENS + r")[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
       + alternation(NUM_WORDS)[3:-1] + ")")
VAGUE = alternation(LEX["vague_numbers"])
UNIT_WORDS = list(UNITS) + list(UNIT_PLURALS)
UNIT = alternation(UNIT_WORDS)
APPROX = alternation([k for k in LEX["approx"]])
MOD = alternation(list(LEX["modifiers"]))
ORD_WORD = alternation([o for o in ORDINALS if ORDINALS[o] > 0])
ORD = r"(?:\d{1,2}(?:st|nd|rd|th)|" + ORD_WORD + ")"
POD = alternation(list(LEX["parts_of_day"]))
SEASON = alternation([s for s in LEX["seasons"]])
REL = r"(?:last|next|this|coming|past|previous|following|current|same|that)"
I = "(?i:"  # case-insensitive group opener


def num_value(word: Optional[str]) -> Optional[float]:
    """A number word or numeral as a number; None for vague quantities ("several", "a few")."""
    if word is None:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        return float(w.replace(",", ""))
    m = re.fullmatch(r"(" + TENS + r")[- ](\w+)", w)
    if m:
        return NUMBERS[m.group(1)] + NUMBERS.get(m.group(2), 0)
    v = NUMBERS.get(w)
    return float(v) if v is not None else None


def ord_value(word: str) -> Optional[int]:
    w = word.lower()
    m = re.match(r"(\d+)", w)
    if m:
        return int(m.group(1))
    return ORDINALS.get(w)


def unit_code(word: str) -> str:
    w = word.lower()
    return UNITS[UNIT_PLURALS.get(w, w)]


def fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


SCALED_UNITS = {"DE": ("PXDE", 10, "Y"), "CE": ("PXCE", 100, "Y"), "ML": ("PXML", 1000, "Y"),
                "2W": ("PXW", 2, "W"), "Q": ("PXQ", 3, "M"), "6M": ("PXM", 6, "M")}


def duration_value(n: Optional[float], unit: str) -> str:
    """TIMEX3 duration: P3D, P2Y, PT24H, P10Y for a decade, PXM when the count is vague."""
    count = "X" if n is None else None
    if unit.endswith("Y") and unit[:-1].isdigit():  # quarter-century, half-century
        return "P" + (fmt_num(int(unit[:-1]) * n) if n is not None else "X") + "Y"
    if unit in SCALED_UNITS:  # decade = 10 years, fortnight = 2 weeks, quarter = 3 months...
        vague, factor, base = SCALED_UNITS[unit]
        return vague if n is None else "P" + fmt_num(factor * n) + base
    if n is not None and not float(n).is_integer():
        smaller = {"Y": (12, "M"), "M": (4, "W"), "D": (24, "TH"), "TH": (60, "TM"), "W": (7, "D")}.get(unit)
        if smaller:
            n, unit = n * smaller[0], smaller[1]
    count = count or fmt_num(n)
    if unit.startswith("T"):
        return "PT" + count + unit[1:]
    return "P" + count + unit


class Context:
    """What the normaliser may look at besides the match: the article date, the dates mentioned so
    far, and (through methods a parsed-document context overrides) the tense of the clause at an
    offset and whether a number or a capitalised month word really is a year or a month."""

    def __init__(self, dct: Optional[date]):
        self.dct = dct
        self._last_day: Optional[date] = None
        self.last_year: Optional[int] = None  # the last explicit year mentioned
        self._last_point: Optional[date] = None
        self.last_point_precision: Optional[str] = None
        self.last_was_year = False  # the last date mentioned was a bare year ("in 2019")
        self.not_reference: set[int] = set()  # starts of dates that only serve as an anniversary's base

    @property
    def last_day(self) -> Optional[date]:
        """The last day-precise date mentioned."""
        return self._last_day

    @last_day.setter
    def last_day(self, value: date):
        self._last_day = self._last_point = value
        self.last_point_precision = "day"
        self.last_was_year = False

    def forget_day(self) -> None:
        """The day in focus is one the text cannot name (an undated article's 'on Saturday'): what
        counts from it ('the same day') stays unresolved until a date is told again."""
        self._last_day = self._last_point = None

    @property
    def last_point(self) -> Optional[date]:
        """The last date mentioned at day or month precision (a month counts from its first day)."""
        return self._last_point

    @property
    def reference(self) -> Optional[date]:
        return self.last_day or self.dct

    def tense(self, start: int, end: int) -> Optional[str]:
        """"past" | "future" | "present" | None for the clause the text at [start, end) attaches to."""
        return None

    def is_year(self, start: int, end: int) -> bool:
        return True

    def is_month_name(self, start: int, end: int) -> bool:
        return True


LOOSE_APPROX = re.compile(r"(?i)(?:about|around|roughly|approximately|some|just|only|over|up\s+to)\s+(?:over\s+)?")


def make(m: re.Match, type_: str, value: Optional[str], precision: Optional[str] = None,
         anchored: bool = False, mod: Optional[str] = None, start: Optional[int] = None,
         end: Optional[int] = None) -> Timex:
    s = m.start() if start is None else start
    e = m.end() if end is None else end
    loose = LOOSE_APPROX.match(m.string, s, e)
    if loose:
        s = loose.end()
    return Timex(start=s, end=e, text=m.string[s:e], type=type_, value=value, precision=precision,
                 anchored=anchored, mod=mod)


def mod_of(word: Optional[str]) -> Optional[str]:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip().rstrip("-"))
    return LEX["modifiers"].get(w) or LEX["modifiers"].get(w + "-") or LEX["approx"].get(w)


# --- absolute dates ---------------------------------------------------------------------------

def h_iso(m, ctx):
    d = cal.safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return make(m, "DATE", cal.day_value(d), "day") if d else None


def h_numeric(m, ctx):
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    day, month = (a, b) if (m["sep"] == "." or a > 12) else (b, a)  # dots: day first; slashes: US
    d = cal.safe_date(y, month, day) or cal.safe_date(y, day, month)
    return make(m, "DATE", cal.day_value(d), "day") if d else None


def year_for(ctx: Context, m: re.Match, month: int, day: Optional[int]) -> tuple[Optional[int], bool]:
    """The year of a date written without one: from "last/next year" words, else from the article
    date and the tense, else (undated article) from the last explicit year."""
    rel = (m.groupdict().get("yrel") or "").lower()
    if ctx.dct is None:
        return ctx.last_year, False
    if rel:
        return ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0), True
    mrel = (m.groupdict().get("rel") or "").lower()
    cur = (ctx.dct.month, ctx.dct.day if day else 0)
    if mrel in ("last", "past", "previous"):
        return (ctx.dct.year if (month, day or 0) < cur and (day or month < ctx.dct.month) else ctx.dct.year - 1), True
    if mrel in ("next", "coming"):
        return (ctx.dct.year if (month, day or 99) > (ctx.dct.month, ctx.dct.day if day else 99) else ctx.dct.year + 1), True
    if mrel == "this":
        return ctx.dct.year, True
    tense = ctx.tense(m.start(), m.end())
    direction = "past" if tense == "past" else "future" if tense == "future" else None
    return cal.nearest_year(ctx.dct, month, day, direction), True


def h_month_date(m, ctx):
    """"December 19, 2022", "19 December 2022", "Dec. 19", "May 2010", "early December", "last June"."""
    month_word = (m["mA"] or m["mB"] or m["mC"] or m["mE"]).rstrip(".").lower()
    month = MONTHS[month_word]
    day = int(m["dA"] or m["dB"]) if (m["dA"] or m["dB"]) else None
    mod = mod_of(m["mod"])
    year, anchored = (int(m["y"]), False) if m["y"] else year_for(ctx, m, month, day)
    start = m.start()
    if m["y"]:
        ctx.last_year = year
    if day is not None:
        if year is None:
            return make(m, "DATE", f"XXXX-{month:02d}-{day:02d}", "day", mod=mod, start=start)
        d = cal.safe_date(year, month, day)
        if d is None:
            return None
        timex = make(m, "DATE", cal.day_value(d), "day", anchored, mod, start=start)
        if m.start() in ctx.not_reference:
            timex.background = True  # not an output field: the base of an anniversary, not in focus
        else:
            ctx.last_day = d
        return timex
    if m["mC"] and m["mC"].lower() == "may" and not (m["y"] or m["rel"] or m["mod"] or m["yrel"]):
        if not ctx.is_month_name(m.start("mC"), m.end("mC")):
            return None
    if year is None:
        return make(m, "DATE", f"XXXX-{month:02d}", "month", mod=mod, start=start)
    ctx._last_point, ctx.last_point_precision = date(year, month, 1), "month"
    ctx.last_was_year = False
    return make(m, "DATE", cal.month_value(year, month), "month", anchored, mod, start=start)


def h_year(m, ctx):
    y = int(m["y"])
    if not ctx.is_year(m.start("y"), m.end("y")):
        return None
    ctx.last_year = y
    ctx.last_was_year = True
    mod = mod_of(m["mod"])
    return make(m, "DATE", str(y), "year", mod=mod)


def h_short_year(m, ctx):
    """The second year of a range "1957-58"."""
    return make(m, "DATE", m["y1"][:2] + m["y2"], "year")


def h_decade(m, ctx):
    mod = mod_of(m["mod"])
    if m["dec"]:
        return make(m, "DATE", m["dec"][:3], "decade", mod=mod)
    two = m["dec2"]
    century = "19" if int(two) >= 30 else "20"
    return make(m, "DATE", century + two[0], "decade", mod=mod)


def h_century(m, ctx):
    n = ord_value(m["ord"])
    return make(m, "DATE", f"{n - 1:02d}", "century", mod=mod_of(m["mod"])) if n else None


def h_quarter(m, ctx):
    n = ord_value(m["ord"]) if m["ord"] else int(m["qn"])
    unit = "Q" if (m["unit"] or "quarter").lower().startswith("q") else "H"
    if m["qn"]:
        unit = m["qu"].upper()
    limit = 4 if unit == "Q" else 2
    if n == -1:
        n = limit
    if not n or n > limit:
        return None
    year = None
    if m["y"]:
        year = int(m["y"])
    elif ctx.dct is not None:
        rel = (m["yrel"] or "").lower()
        year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
        if not rel:
            current = cal.quarter_of(ctx.dct.month) if unit == "Q" else (1 if ctx.dct.month <= 6 else 2)
            if n > current and ctx.tense(m.start(), m.end()) == "past":
                year -= 1
    prec = "quarter" if unit == "Q" else "half"
    return make(m, "DATE", f"{year if year else 'XXXX'}-{unit}{n}", prec, anchored=not m["y"])


def h_season(m, ctx):
    season = LEX["seasons"][m["season"].lower()]
    if m["season"][0].isupper() and not (m["y"] or m["rel"] or m["mod"]) \
            and not re.search(r"(?:^|[.!?\n]\s*)$", m.string[max(0, m.start() - 3):m.start()]):
        return None  # a capitalised season inside a sentence is part of a name ("Summer Time")
    mod = mod_of(m["mod"])
    rel = (m["rel"] or "").lower()
    if m["y"]:
        return make(m, "DATE", f"{m['y']}-{season}", "season", mod=mod)
    if ctx.dct is None:
        return make(m, "DATE", f"XXXX-{season}", "season", mod=mod)
    order = cal.SEASON_ORDER
    cur = cal.season_of(ctx.dct.month)
    year = ctx.dct.year
    if ctx.dct.month == 12 and cur == "WI":
        year += 1
    if rel in ("last", "past", "previous"):
        if order.index(season) >= order.index(cur):
            year -= 1
    elif rel in ("next", "coming"):
        if order.index(season) <= order.index(cur):
            year += 1
    elif rel == "" and ctx.tense(m.start(), m.end()) == "past" and order.index(season) > order.index(cur):
        year -= 1
    return make(m, "DATE", f"{year}-{season}", "season", anchored=True, mod=mod)


# --- weekdays, days, times --------------------------------------------------------------------

def weekday_date(ctx: Context, m: re.Match, weekday: int) -> Optional[date]:
    if ctx.dct is None:
        return None
    rel = (m["rel"] or "").lower()
    dct = ctx.dct
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7
    if rel in ("last", "past", "previous"):
        return cal.shift(dct, -(back or 7), "D")
    if rel in ("next",):
        return cal.shift(dct, ahead or 7, "D")
    if rel in ("this", "coming"):
        return cal.shift(dct, ahead, "D")
    if ctx.tense(m.start(), m.end()) in ("future", "present"):
        return cal.shift(dct, ahead, "D")
    return cal.shift(dct, -back, "D")


def h_weekday(m, ctx):
    weekday = WEEKDAYS[m["wd"].lower()]
    d = weekday_date(ctx, m, weekday)
    mod = mod_of(m["mod"])
    pod = LEX["parts_of_day"].get((m["pod"] or "").lower())
    if d is None:
        value = f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else "")
        ctx.forget_day()  # "On Saturday ... The same day": a day nobody can name
        return make(m, "TIME" if pod else "DATE", value, "day", mod=mod)
    ctx.last_day = d
    if m["clock"]:
        return make(m, "TIME", cal.day_value(d) + "T" + m["clock"], "day", True, mod)
    if pod:
        return make(m, "TIME", cal.day_value(d) + "T" + pod, "day", True, mod)
    return make(m, "DATE", cal.day_value(d), "day", True, mod)


CLOCK_DAY = re.compile(r"\s+(?:(?:GMT|UTC|local\s+time)\s+)?(?:on\s+)?(?:(?P<rel>next|last|this)\s+)?(?P<wd>" + WEEKDAY + r")\b")


def h_clock(m, ctx):
    """"8 PM", "15:00 GMT", "noon": a time on the article date (or the day last mentioned)."""
    if m["named"]:
        hh, mm = (12, 0) if m["named"].lower() in ("noon", "midday") else (24, 0)
    else:
        hh, mm = int(m["h"]), int(m["mi"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        if ap == "am" and hh == 12:
            hh = 0
        if hh > 24 or mm > 59:
            return None
    clock = f"{hh:02d}:{mm:02d}"
    ref = ctx.reference
    later_day = CLOCK_DAY.match(m.string, m.end())
    if later_day and ctx.dct is not None:  # "at 3 p.m. on Tuesday": that Tuesday
        ref = weekday_date(ctx, later_day, WEEKDAYS[later_day["wd"].lower()])
    day = cal.day_value(ref) if ref else "XXXX-XX-XX"
    return make(m, "TIME", f"{day}T{clock}", "day", anchored=ref is not None)


def h_day_word(m, ctx):
    """today, yesterday, tomorrow, tonight, this morning, last night, yesterday afternoon."""
    word = re.sub(r"\s+", " ", m["dw"].lower())
    pod = LEX["parts_of_day"].get((m["pod"] or "").lower())
    if word == "tonight":
        pod = "NI"
    if word in ("last night",):
        offset, pod = -1, "NI"
    elif word in ("this",):
        offset = 0
    else:
        offset = LEX["day_words"][word]
    if ctx.dct is None:
        return make(m, "TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""), "day")
    d = cal.shift(ctx.dct, offset, "D")
    ctx.last_day = d
    if pod:
        return make(m, "TIME", cal.day_value(d) + "T" + pod, "day", True)
    return make(m, "DATE", cal.day_value(d), "day", True)


def h_same_day(m, ctx):
    """"the same day", "that night", "the day before", "the following day": the day last mentioned."""
    phrase = re.sub(r"\s+", " ", m[0].lower())
    if re.search(r"(?:before|after)$", phrase) and re.match(r"\s+[A-Za-z]", m.string[m.end():]):
        return None  # "the day before the vote": a conjunction or preposition follows
    if AGO_AFTER.match(m.string, m.end()):
        return make(m, "DATE", "XXXX-XX-XX", "day")
    ref = ctx.reference
    offset = -1 if re.search(r"before|previous", phrase) else 1 if re.search(r"after|following|next", phrase) else 0
    pod = next((LEX["parts_of_day"][p] for p in LEX["parts_of_day"] if phrase.endswith(p)), None)
    if ref is None:
        return make(m, "TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""), "day")
    d = cal.shift(ref, offset, "D")
    ctx.last_day = d
    return make(m, "TIME" if pod else "DATE", cal.day_value(d) + (f"T{pod}" if pod else ""), "day", True)


AGO_AFTER = re.compile(r"\s+(?:\w+\s+){1,4}(?:years?|decades?|quarter-century|half-century|centur(?:y|ies))\s+ago\b", re.I)


def h_nth_day(m, ctx):
    """"on the 19th": a day of the month of the day last mentioned (or of the article date)."""
    n = ord_value(m["ord"])
    ref = ctx.reference
    if not n or n > 31:
        return None
    start = m.start("the")
    if ref is None:
        return make(m, "DATE", f"XXXX-XX-{n:02d}", "day", start=start)
    y, mo = ref.year, ref.month
    if n > ref.day and ctx.tense(m.start(), m.end()) == "past":
        y, mo = cal.add_months(y, mo, -1)
    elif n < ref.day and ctx.tense(m.start(), m.end()) == "future":
        y, mo = cal.add_months(y, mo, 1)
    d = cal.safe_date(y, mo, n)
    if d is None:
        return None
    ctx.last_day = d
    return make(m, "DATE", cal.day_value(d), "day", True, start=start)


# --- relative expressions ---------------------------------------------------------------------

def anaphoric_base(ctx: Context, unit: str) -> Optional[date]:
    """What "that year", "the following month", "the same week" count from: the date last told
    ("In 2019 ... that year", "in March 2019 ... the following month"), else the article date."""
    if unit in ("year", "decade", "century") and ctx.last_was_year and ctx.last_year:
        return date(ctx.last_year, 7, 1)
    if unit in ("day", "week", "weekend"):
        return ctx.reference
    return ctx.last_point or ctx.dct


def h_rel_unit(m, ctx):
    """"this week", "last month", "next year", "the current year", "that year", "early this year",
    "the past year" (a duration), "this fiscal year", "last summer" is h_season."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    mod = mod_of(m["mod"])
    the = bool(m["the"])
    if unit == "decade" and (the or rel in ("past", "next", "following", "coming")) and rel != "this":
        return make(m, "DURATION", "P10Y", None, mod=mod)
    if rel == "past":
        return make(m, "DURATION", duration_value(1, unit_code(unit)), None, mod=mod)
    if rel in ("same", "that") or (the and rel in ("following", "previous")):
        base = anaphoric_base(ctx, unit)
        if base is None:
            return None
        offset = {"following": 1, "previous": -1}.get(rel, 0)
    else:
        if ctx.dct is None:
            return make(m, "DATE", {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"),
                        {"weekend": "week"}.get(unit, unit), mod=mod)
        base = ctx.dct
        offset = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
    if unit == "day":
        d = cal.shift(base, offset, "D")
        ctx.last_day = d
        return make(m, "DATE", cal.day_value(d), "day", True, mod)
    if unit in ("week", "weekend"):
        d = cal.shift(base, offset, "W")
        return make(m, "DATE", cal.week_value(d) + ("-WE" if unit == "weekend" else ""), "week", True, mod)
    if unit == "month":
        y, mo = cal.add_months(base.year, base.month, offset)
        # "last month", "the following month" are in focus for "that month" after them
        ctx._last_point, ctx.last_point_precision, ctx.last_was_year = date(y, mo, 1), "month", False
        return make(m, "DATE", cal.month_value(y, mo), "month", True, mod)
    if unit == "quarter":
        y, mo = cal.add_months(base.year, base.month, 3 * offset)
        return make(m, "DATE", f"{y}-Q{cal.quarter_of(mo)}", "quarter", True, mod)
    if unit == "year":
        if not mod:  # "last year ... the same year", "the following year ... two years later"
            ctx.last_year, ctx.last_was_year = base.year + offset, True
        return make(m, "DATE", str(base.year + offset), "year", True, mod)
    if unit == "decade":
        return make(m, "DATE", str(base.year // 10 + offset), "decade", True, mod)
    if unit == "century":
        return make(m, "DATE", f"{base.year // 100 + offset:02d}", "century", True, mod)
    return None


def h_weekend(m, ctx):
    """"over the weekend": the last weekend in a past clause, the next one in a future clause."""
    if ctx.dct is None:
        return make(m, "DATE", "XXXX-WXX-WE", "week", start=m.start("the"))
    d = ctx.dct
    if ctx.tense(m.start(), m.end()) == "future":
        d = cal.shift(d, 6 - d.isoweekday() if d.isoweekday() < 6 else 0, "D")
    elif d.isoweekday() < 6:
        d = cal.shift(d, -d.isoweekday(), "D")
    return make(m, "DATE", cal.week_value(d) + "-WE", "week", True, start=m.start("the"))


def h_end_of_year(m, ctx):
    """"the end of the year", "the beginning of the month": the article's year (or month); a past
    clause early in the year means last year's end."""
    mod = mod_of(m["mod"])
    if ctx.dct is None:
        return None
    if m["unit"].lower() == "month":
        return make(m, "DATE", cal.month_value(ctx.dct.year, ctx.dct.month), "month", True, mod)
    year = ctx.dct.year
    if mod == "END" and ctx.dct.month <= 6 and ctx.tense(m.start(), m.end()) == "past":
        year -= 1
    return make(m, "DATE", str(year), "year", True, mod)


HOLIDAYS = {k: v for k, v in LEX["holidays"].items() if k != "note"}
HOLIDAY = alternation(list(HOLIDAYS)).replace("'", "['’]")
BARE_HOLIDAY_PREPS = re.compile(r"(?i:\b(?:on|at|by|before|after|until|till|since|over|for|from|during)\s+)$")


def h_holiday(m, ctx):
    """"on Christmas Day", "New Year's Eve 2022", "last Victory Day": a day of the year, its year
    found as for a date written without one. A bare "Christmas" counts only after a preposition."""
    name = re.sub(r"\s+", " ", m["hol"].lower().replace("’", "'"))
    if name == "christmas" and not m["rel"] and not BARE_HOLIDAY_PREPS.search(m.string[max(0, m.start() - 10):m.start()]):
        return None
    month, day = (int(x) for x in HOLIDAYS[name].split("-"))
    year, anchored = (int(m["y"]), False) if m["y"] else year_for(ctx, m, month, day)
    if year is None:
        return make(m, "DATE", f"XXXX-{month:02d}-{day:02d}", "day")
    d = cal.safe_date(year, month, day)
    ctx.last_day = d
    return make(m, "DATE", cal.day_value(d), "day", anchored)


def h_ago(m, ctx):
    """"two weeks ago", "more than a decade ago", "three days later", "a month after"."""
    n = num_value(m["n"]) if m["n"] else None
    unit = unit_code(m["unit"])
    mod = mod_of(m["approx"])
    direction = m["dir"].lower()
    anchor = ctx.dct if direction in ("ago", "from now", "hence") else ctx.reference
    if direction in ("later", "earlier") and n is not None and ctx.last_was_year and ctx.last_year \
            and unit in YEAR_UNITS:
        return years_from_last_year(m, ctx, (-1 if direction == "earlier" else 1) * n * YEAR_UNITS[unit], mod)
    if n is None or anchor is None or unit.startswith("T"):
        if direction == "ago":
            return make(m, "DATE", "PAST_REF", None, mod=mod)
        if direction in ("from now", "hence"):
            return make(m, "DATE", "FUTURE_REF", None, mod=mod)
        return make(m, "DURATION", duration_value(n, unit), None, mod=mod,
                    end=m.end("unit"), start=m.start("approx") if m["approx"] else m.start("n"))
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "prior") else 1
    if unit.endswith("Y") and unit[:-1].isdigit():
        n, unit = n * int(unit[:-1]), "Y"
    elif unit == "2W":
        n, unit = 2 * n, "W"
    elif unit == "6M":
        n, unit = 6 * n, "M"
    d = cal.shift(anchor, sign * n, unit)
    anchored = True
    if unit in ("D", "W", "WE"):
        if not mod:
            ctx.last_day = d
        if unit == "D" or direction != "ago":
            return make(m, "DATE", cal.day_value(d), "day", anchored, mod)
        return make(m, "DATE", cal.week_value(d), "week", anchored, mod)
    if unit in ("M", "Q"):
        return make(m, "DATE", cal.month_value(d.year, d.month), "month", anchored, mod)
    return make(m, "DATE", str(d.year), "year", anchored, mod)


YEAR_UNITS = {"Y": 1, "DE": 10, "25Y": 25, "50Y": 50, "CE": 100}


def years_from_last_year(m, ctx, years, mod):
    """"In 2019 they signed a pact. Two years later ...": counted from the year last mentioned
    (2021), not from the article date; it becomes the year in focus for the next count."""
    year = int(ctx.last_year + years)
    ctx.last_year = year
    return make(m, "DATE", str(year), "year", True, mod)


def h_anniversary(m, ctx):
    """"two days before the 30th anniversary of the pact's signing, which took place on May 2,
    1994": the base date is the first full date later in the same sentence."""
    n = ord_value(m["ord"]) if m["ord"] else None
    sentence_rest = re.split(r"(?<=[.!?])\s", m.string[m.end():m.end() + 300], maxsplit=1)[0]
    inner = next((x for x in DATE_TEXT.finditer(sentence_rest) if x["y"]), None)
    if inner is None or not (n or (m["n"] and ctx.dct is not None)):
        return None  # a bare "the anniversary" is no time expression
    month = MONTHS[(inner["mA"] or inner["mB"] or inner["mC"] or inner["mE"]).rstrip(".").lower()]
    day = int(inner["dA"] or inner["dB"] or 0) or None
    if n:
        year = int(inner["y"]) + n
    else:  # "a day before the anniversary of X (date)": the anniversary next to the article date
        future = ctx.tense(m.start(), m.end()) == "future"
        year = ctx.dct.year + (1 if future and (month, day or 1) < (ctx.dct.month, ctx.dct.day) else 0) \
            - (1 if not future and (month, day or 1) > (ctx.dct.month, ctx.dct.day) else 0)
    ctx.not_reference.add(m.end() + inner.start())
    if day is None:
        return make(m, "DATE", cal.month_value(year, month), "month")
    d = cal.safe_date(year, month, day)
    if d is None:
        return None
    if m["n"]:
        k = num_value(m["n"])
        if k is None:
            return None
        d = cal.shift(d, (-k if m["dir"].lower() == "before" else k), unit_code(m["unit"]))
    ctx.last_day = d
    return make(m, "DATE", cal.day_value(d), "day")


def h_ref(m, ctx):
    word = re.sub(r"\s+", " ", m["ref"].lower())
    if word in LEX["present_ref"] or word.rstrip("'s’") in LEX["present_ref"]:
        value = "PRESENT_REF"
    elif word in LEX["past_ref"]:
        value = "PAST_REF"
    else:
        value = "FUTURE_REF"
    return make(m, "DATE", value, None, start=m.start("ref"), end=m.end("ref"))


# --- durations and sets -----------------------------------------------------------------------

def h_duration(m, ctx):
    unit = unit_code(m["unit"])
    n = num_value(m["n"]) if m["n"] else None
    mod = mod_of(m["approx"])
    if m["n"] and n is None and not re.match(VAGUE, m["n"].lower()):
        return None
    if unit == "TS" and m["n"].lower() in ("a", "an") and not m["unit"].endswith("s"):
        return None  # "a second term": the ordinal
    if n is not None and n > 1000:
        return None
    timex = make(m, "DURATION", duration_value(n, unit), None, mod=mod)
    base = ctx.last_point or ctx.dct
    if n is not None and base is not None and re.match(r"\s+(?:after|before)\b", m.string[m.end():], re.I):
        sign = -1 if re.match(r"\s+before", m.string[m.end():], re.I) else 1
        # not an output field: (base date, signed count, unit, base precision), read by event_date for
        # "a month after the meeting"
        # base precision "dct": no date was mentioned before, the article date stands in for the base
        timex.shift = (base, sign * n, unit, ctx.last_point_precision if ctx.last_point else "dct")
    return timex


def h_bare_units(m, ctx):
    """"years", "recent weeks", "for decades": a duration of unknown length."""
    return make(m, "DURATION", duration_value(None, unit_code(m["unit"])), None)


def h_set(m, ctx):
    if m["setword"]:
        return make(m, "SET", LEX["set_words"][m["setword"].lower()], None)
    if m["wd"]:
        return make(m, "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}", None)
    if m["pod"]:
        return make(m, "SET", "XXXX-XX-XXT" + LEX["parts_of_day"][m["pod"].lower()], None)
    n = num_value(m["n"]) if m["n"] else 1
    return make(m, "SET", duration_value(n, unit_code(m["unit"])), None)


# --- the pattern table ------------------------------------------------------------------------

DATE_TEXT = re.compile(
    r"(?:(?P<wdp>" + WEEKDAY + r"),?\s+)?"
    r"(?:(?P<mA>" + MONTH_ANY + r")\s+(?P<dA>" + DAYNUM + r")(?:st|nd|rd|th)?(?!\d)"
    r"|(?:the\s+)?(?P<dB>" + DAYNUM + r")(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mB>" + MONTH_ANY + r")"
    r"|(?P<mC>" + MONTH_FULL + r")|(?P<mE>" + MONTH_ANY + r")(?=,?\s+(?:of\s+)?" + YEAR + r"(?!\d)))"
    r"(?:,?\s+(?:of\s+)?(?P<y>" + YEAR + r")(?!\d|,\d))?")

RULES: list[tuple[str, re.Pattern, Callable]] = []


def rule(name: str, pattern: str, flags: int = 0):
    def register(fn):
        RULES.append((name, re.compile(pattern, flags), fn))
        return fn
    return register


PREFIX_MOD = r"(?:(?P<mod>" + I + MOD + r"))(?:\s+|(?<=-)))?"

rule("iso", B + r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})" + E)(h_iso)
rule("numeric", B + r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})" + E)(h_numeric)
rule("month_date", B + PREFIX_MOD + r"(?:(?P<rel>" + I + r"last|next|this|past))\s+)?"
     + DATE_TEXT.pattern.replace("(?P<wdp>", "(?P<wdp>", 1)
     + r"(?:,?\s+(?P<yrel>" + I + r"last|this|next))\s+" + I + r"year))?" + E)(h_month_date)
rule("year", r"(?<![\w'’$€£])(?<!\d[.,])" + PREFIX_MOD + r"(?:" + I + r"(?:fiscal|financial|calendar|fy)\s*))?(?P<y>" + YEAR + r")(?![\w%]|[.,]\d|-[A-Za-z])")(h_year)
rule("short_year", r"(?<=(?P<y1>1[6-9]\d\d|20\d\d)[-–/])(?P<y2>\d\d)" + E)(h_short_year)
rule("decade", B + I + r"(?:the\s+)?)" + PREFIX_MOD + r"(?:(?P<dec>(?:1[6-9]|20)\d0)|['’](?P<dec2>\d0))['’]?s" + E)(h_decade)
rule("century", B + PREFIX_MOD + r"(?P<ord>" + I + ORD + r"))[\s-]+" + I + r"century)" + E)(h_century)
rule("quarter", B + I + r"(?:(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?P<unit>quarter|half)"
     r"|(?P<qu>[qh])(?P<qn>[1-4]))(?:,?\s+(?:of\s+)?(?:(?P<y>" + YEAR + r")|(?:(?P<yrel>this|last|next|the)\s+(?:fiscal\s+)?year)))?)" + E)(h_quarter)
rule("season", B + PREFIX_MOD + r"(?:(?P<rel>" + I + r"last|next|this|past|coming))\s+)?(?P<season>" + I
     + r"spring|summer|autumn|winter)|(?<=\s)fall(?=\s+(?:of\s+)?\d{4}))(?:,?\s+(?:of\s+)?(?P<y>" + YEAR + r"))?" + E)(h_season)
rule("season_rel", B + PREFIX_MOD + r"(?P<rel>" + I + r"last|next|this|past|coming))\s+(?P<season>" + I
     + r"fall))(?P<y>)" + E)(h_season)
rule("weekday", B + PREFIX_MOD + r"(?:(?P<clock>[012]?\d:[0-5]\d)\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|local time)?\s+)?"
     r"(?:(?P<rel>" + I + r"last|next|this|coming|past))\s+)?(?P<wd>" + WEEKDAY + r")"
     r"(?:\s+(?P<pod>" + I + r"morning|afternoon|evening|night)))?" + E)(h_weekday)
rule("clock", B + r"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m" + E + r"|[AP]M" + E + r")"
     r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|local time)"
     r"|(?P<named>" + I + r"noon|midnight|midday)))" + E)(lambda m, ctx: h_clock_any(m, ctx))
rule("holiday", B + r"(?:(?P<rel>" + I + r"last|next|this))\s+)?(?=[A-Z])(?P<hol>" + I + HOLIDAY[3:] + r")"
     r"(?:,?\s+(?P<y>" + YEAR + r"))?" + E)(h_holiday)
rule("day_word", B + r"(?P<dw>" + I + r"today|tonight|yesterday|tomorrow|last\s+night|this(?=\s+(?:morning|afternoon|evening))))"
     r"(?:\s+(?P<pod>" + I + r"morning|afternoon|evening|night)))?" + E)(h_day_word)
rule("same_day", B + r"(?:" + I + r"(?:later|earlier)\s+(?:on\s+)?))?(?P<phrase>" + I
     + alternation(LEX["same_day"])[3:] + r")" + E)(h_same_day)
rule("nth_day", B + r"(?:" + I + r"on|by|until|since|from|before|after))\s+(?P<the>the\s+)(?P<ord>" + I
     + r"\d{1,2}(?:st|nd|rd|th)))(?!\s+(?:" + I + r"century|anniversary|day|time|year|round|session|of)))" + E)(h_nth_day)
rule("rel_unit", B + PREFIX_MOD + r"(?P<the>" + I + r"the\s+))?(?P<rel>" + I + REL + r"))\s+(?P<yearmod>"
     + I + r"fiscal|financial|calendar|academic|school)\s+)?(?P<unit>" + I
     + r"day|week|weekend|month|quarter|year|decade|century))" + E)(h_rel_unit)
rule("weekend", B + I + r"(?:over|at|during|on|for|this\s+past))\s+(?P<the>" + I + r"the\s+weekend))" + E)(h_weekend)
rule("end_of", B + r"(?P<mod>" + I + r"the\s+(?:end|beginning|start|middle|close|turn)\s+of))\s+(?:the\s+)?(?P<unit>" + I + r"year|month))" + E)(h_end_of_year)
rule("ago", B + r"(?:(?P<approx>" + I + APPROX + r"))\s+)?(?:(?P<n>" + I + NUM + r"|" + VAGUE + r"))[\s-]+)?(?P<unit>" + I + UNIT
     + r"))\s+(?P<dir>" + I + r"ago|earlier|later|hence))" + E + r"(?!\s+than)")(h_ago)
rule("anniversary", B + r"(?:(?P<n>" + I + NUM + r"))\s+(?P<unit>" + I + UNIT + r"))\s+(?P<dir>" + I + r"before|after))\s+)?"
     + I + r"the\s+)(?:(?P<ord>" + I + ORD + r"))\s+)?" + I + r"anniversary)" + E)(h_anniversary)
rule("ref", B + r"(?P<ref>" + I
     + alternation(LEX["present_ref"] + LEX["past_ref"] + LEX["future_ref"])[3:] + r")" + E)(h_ref)
rule("duration", B + r"(?:(?P<approx>" + I + APPROX + r"))\s+)?(?:" + I + r"the\s+(?:past|last|next|first|coming|previous|following|final)\s+))?"
     r"(?:" + I + r"the\s+))?(?P<n>" + I + NUM + r"|" + VAGUE + r"))(?:\s+|-)(?:" + I + r"and\s+a\s+half\s+))?(?P<unit>" + I + UNIT + r"))" + E
     + r"(?!\s*-?\s*(?:old|and\s+(?:older|over|younger|under)|of\s+age))")(h_duration)
rule("bare_units", B + r"(?<!\d )(?<!\d-)(?:" + I + r"(?:the\s+)?(?:recent|past|coming|next|last)\s+))?(?P<unit>" + I
     + r"years|months|weeks|days|decades|hours|minutes|centuries))" + E)(h_bare_units)
rule("num_pair", B + r"(?P<n>" + I + NUM + r"))(?=\s+(?:and|or|to)\s+" + I + NUM + r")[\s-]+(?P<unit>" + I + UNIT + r"))" + E + ")")(
    lambda m, ctx: make(m, "DURATION", duration_value(num_value(m["n"]), unit_code(m["unit"])), None, end=m.end("n")))
rule("set", B + I + r"(?:(?:every|each|per|once\s+a|twice\s+a)\s+(?:(?P<n>" + NUM + r")\s+)?(?:(?P<wd>"
     + "|".join(FULL_WEEKDAYS) + r")|(?P<pod>morning|afternoon|evening|night)|(?P<unit>" + UNIT + r"))"
     r"|(?P<setword>" + alternation(list(LEX["set_words"]))[3:] + r"))" + E)(h_set)


def h_clock_any(m, ctx):
    if m["h2"]:
        hh, mi = int(m["h2"]), int(m["mi2"])
        ref = ctx.reference
        day = cal.day_value(ref) if ref else "XXXX-XX-XX"
        return make(m, "TIME", f"{day}T{hh:02d}:{mi:02d}", "day", anchored=ref is not None)
    return h_clock(m, ctx)


# --- gates: a rule runs only in windows around a cheap keyword it cannot match without --------

UNIT_GATE = r"\b(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni|half|quarter)"
GATES = {name: re.compile(gate) for name, gate in {
    "month_date": r"\b" + MONTH_ANY,
    "year": r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)",
    "short_year": r"\d{4}[-–/]\d\d",
    "decade": r"\d0['’]?s",
    "century": r"\b(?i:century)",
    "quarter": r"(?i:quarter|half|\b[qh][1-4]\b)",
    "season": r"\b(?i:spring|summer|autumn|winter|fall)",
    "season_rel": r"(?i:fall)",
    "weekday": r"\b" + WEEKDAY,
    "clock": r"(?i:\d\s*[ap]\.?m\b|\d:\d\d|noon|midnight|midday)",
    "holiday": I + HOLIDAY[3:],
    "day_word": r"(?i:today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))",
    "same_day": r"(?i:\b(?:day|night|evening|morning|afternoon)\b)",
    "nth_day": r"\d(?:st|nd|rd|th)\b",
    "rel_unit": UNIT_GATE,
    "end_of": r"(?i:\b(?:year|month)\b)",
    "weekend": r"(?i:weekend)",
    "ago": r"(?i:\b(?:ago|earlier|later|hence)\b)",
    "anniversary": r"\b(?i:anniversary)",
    "duration": UNIT_GATE,
    "bare_units": UNIT_GATE,
    "num_pair": UNIT_GATE,
    "set": r"\b(?i:every|each|per|once|twice|annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly)",
}.items()}
WINDOW = 80


def lowered_twin(gate: re.Pattern) -> Optional[re.Pattern]:
    """For a gate that is case-insensitive throughout (a leading word boundary aside), the same
    gate in lower case and case-sensitive, to run on the lowercased text: Python's re tries a
    case-insensitive alternation at every character, while a case-sensitive one jumps to the
    letters it can start with (several times faster on an article). None for any other gate."""
    pattern = gate.pattern
    body = pattern[2:] if pattern.startswith(r"\b") else pattern
    if not (body.startswith("(?i:") and body.endswith(")")) or "(?-i" in body or re.search(r"\\[A-Z]", body) \
            or any(not c.isascii() and c.lower() != c.upper() for c in body):
        return None  # an escape such as \S would change meaning; a non-ASCII letter may fold otherwise
    try:
        re.compile(body[4:-1])  # the group opened first closes last: it holds the whole gate
    except re.error:
        return None
    return re.compile(pattern[:len(pattern) - len(body)] + "(?:" + body[4:].lower())


LOWERED_GATES = {name: lowered_twin(gate) for name, gate in GATES.items()}
# characters that re's case-insensitive matching equates with an ASCII letter while str.lower()
# keeps them apart (dotless i, long s); 'İ' lowers to two characters, which the length check catches
CASE_FOLD_EXTRAS = ("ı", "ſ")


class GateScan:
    """The windows of every rule over one text from `start`, each gate scanned once (the rules
    that share a gate share its windows) and case-insensitive gates on the lowercased text when
    that finds exactly what they find on the text itself (same length, no character that only
    case-insensitive matching equates with an ASCII letter)."""

    def __init__(self, text: str, start: int):
        self.text, self.start = text, start
        lowered = text.lower()
        self.lowered = lowered if len(lowered) == len(text) and not any(c in text for c in CASE_FOLD_EXTRAS) else None
        self._by_pattern: dict = {}

    def windows(self, name: str) -> list[tuple[int, int]]:
        """The stretches of text where rule `name` can match: around its gate keywords, merged."""
        gate = GATES.get(name)
        if gate is None:
            return [(self.start, len(self.text))]
        key = gate.pattern
        if key not in self._by_pattern:
            twin = LOWERED_GATES.get(name)
            if twin is not None and self.lowered is not None:
                self._by_pattern[key] = merged_windows(twin.finditer(self.lowered, self.start), self.start, len(self.text))
            else:
                self._by_pattern[key] = merged_windows(gate.finditer(self.text, self.start), self.start, len(self.text))
        return list(self._by_pattern[key])


def merged_windows(hits, start: int, length: int) -> list[tuple[int, int]]:
    """WINDOW characters either side of each gate hit, overlapping stretches merged."""
    spans: list[list[int]] = []
    for g in hits:
        s, e = max(start, g.start() - WINDOW), min(length, g.end() + WINDOW)
        if spans and s <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], e)
        else:
            spans.append([s, e])
    return [(s, e) for s, e in spans]


def windows(name: str, text: str, start: int) -> list[tuple[int, int]]:
    """The stretches of text where rule `name` can match: around its gate keywords, merged."""
    return GateScan(text, start).windows(name)
