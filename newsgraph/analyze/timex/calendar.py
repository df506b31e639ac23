"""Calendar arithmetic and TIMEX3 value strings.

In: datetime.date values and counts. Out: TIMEX3 values ("2022-12-19", "2013-W12", "2012-SU").
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

SEASON_ORDER = ("WI", "SP", "SU", "FA")
WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")


def parse_iso(value: Optional[str]) -> Optional[date]:
    """An ISO "YYYY-MM-DD" (a longer timestamp is cut) as a date, else None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def season_of(month: int) -> str:
    """Meteorological season of a month (winter = Dec-Feb, counted in the year of its January)."""
    return SEASON_ORDER[(month % 12) // 3]


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift(d: date, n: float, unit: str) -> date:
    """d moved by n units (D, W, M, Y, DE, CE, Q, WE); months clamp the day."""
    if unit in ("D",):
        return d + timedelta(days=round(n))
    if unit in ("W", "WE"):
        return d + timedelta(days=round(7 * n))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return d
    y, m = add_months(d.year, d.month, round(n * months))
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def nearest_year(dct: date, month: int, day: Optional[int], direction: Optional[str]) -> int:
    """The year to give a month (and day) without a year, seen from the article date.

    direction "past": the latest one on or before the article date; "future": the earliest on or
    after; None: the closest one (a tie goes to the past)."""
    now = (dct.year, dct.month, dct.day)
    if day is None:
        now = (dct.year, dct.month, 15)
    candidates = [dct.year - 1, dct.year, dct.year + 1]
    if direction == "past":
        return max(y for y in candidates if (y, month, day or 1) <= (now if day else (dct.year, dct.month, 1)))
    if direction == "future":
        return min(y for y in candidates if (y, month, day or 28) >= (now if day else (dct.year, dct.month, 1)))

    def distance(y):
        d = safe_date(y, month, min(day or 15, 28)) or date(y, month, 1)
        ref = dct if day else date(dct.year, dct.month, 15)
        return (abs((d - ref).days), d > ref)

    return min(candidates, key=distance)


def majority_month(start: date, days: int = 7) -> tuple[int, int]:
    """The (year, month) holding most of the `days` days from `start`."""
    counts: dict[tuple[int, int], int] = {}
    for i in range(days):
        d = start + timedelta(days=i)
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
    return max(counts, key=lambda k: (counts[k], -k[0], -k[1]))


def week_start(value: str) -> Optional[date]:
    """The Monday of an ISO week value "YYYY-Wnn" (or its weekend "YYYY-Wnn-WE")."""
    m = WEEK_RE.match(value)
    if not m:
        return None
    try:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None
