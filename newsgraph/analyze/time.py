"""The time stage: every time expression of an article, normalised against the article's date.

In: `analysis.doc` (spaCy Doc of the article text) and `analysis.article.published` (ISO date or
None). Out: `analysis.timexes`, TIMEX3-style `Timex` objects sorted by start (character offsets,
type DATE | TIME | DURATION | SET, value as TempEval-3 writes it).

Spans come from our own recogniser (newsgraph/analyze/timex/rules.py: regular expressions built
from newsgraph/knowledge/time_lexicon.json); the parse decides the direction of expressions that
need one (the tense of the clause: "on Monday" is the last Monday in a past clause, the next one
after "will", "plans to", "is due to"), whether a four-digit number is a year and whether "May" is
the month. Relative expressions are left unresolved ("XXXX-WXX-1") when the article has no date.

Also here: `event_date(analysis, token)`, the date governing an event trigger, and
`infer_publication_date(text)` for undated articles, and `evaluate_tempeval(path)`.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from dataclasses import asdict, dataclass
from datetime import date
from typing import Optional

from ..model import Analysis, Timex
from .timex import calendar as cal
from .timex.lexicon import load_lexicon
from .timex.rules import RULES, Context, GateScan

LEX = load_lexicon()
HEADER_RE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\b")
FUTURE_AUX = set(LEX["future_aux"])
FUTURE_HEADS = set(LEX["future_heads"])
FUTURE_MODALS = set(LEX["future_modals"])  # "could meet on Friday": the Friday ahead
PERFECT_AUX = {"have", "has", "had"}
PAST_AUX = {"was", "were", "had", "did"}
COUNT_WORDS = {"about", "some", "nearly", "around", "over", "than", "almost", "approximately", "roughly"}
DEFERRAL_VERBS = set(LEX["deferral_verbs"])
REPORTING_VERBS = set(LEX["reporting_verbs"])
CLIMB_DEPS = {"xcomp", "conj", "advcl"}
MEANS_PREPS = set(LEX["means_prepositions"])  # "answered last year by imposing duties": the means shares the act's time
MODIFIER_CLAUSES = {"acl", "relcl"}  # "curbs imposed in 2019", "exercises which began on Monday"
NOUN_POS = {"NOUN", "PROPN", "PRON"}
VERB_POS = {"VERB", "AUX"}


class DocContext(Context):
    """A `Context` that reads the spaCy parse of the article."""

    def __init__(self, dct: Optional[date], doc, text: str):
        super().__init__(dct)
        self.doc = doc
        self.text = text  # doc.text would rebuild the string on every call

    def token(self, start: int, end: int):
        if self.doc is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def tense(self, start: int, end: int) -> Optional[str]:
        tok = self.token(start, end)
        if tok is None:
            return None
        verb = governing_verb(tok)
        if dates_the_saying(verb, tok):
            verb = verb.head  # "Russia said on Monday it would ...": Monday is the saying's day
        if verb.lemma_ in DEFERRAL_VERBS and re.search(r"\b(?:until|till|to)\s+$", self.text[max(0, start - 7):start]):
            return "future"  # "postponed until Saturday": the new date lies ahead
        tense = clause_tense(verb)
        if tense == "present" and verb.lemma_ in REPORTING_VERBS:
            return "past"  # "Russia says on Monday ...": the news present reports the past
        if in_heading(self.text, start):
            return heading_tense(verb, tense)
        return tense

    def is_year(self, start: int, end: int) -> bool:
        text = self.text
        before = text[max(0, start - 2):start]
        after = text[end:end + 9].lower()
        if re.search(r"[$€£#]\s*$", before) or re.match(r"\s*(%|percent|per cent|\.\d|,\d{3})", after):
            return False
        tok = self.token(start, end)
        if tok is not None and tok.dep_ == "nummod" and tok.head.i > tok.i and tok.i > 0 \
                and tok.doc[tok.i - 1].lower_ in COUNT_WORDS:
            return False
        return True

    def is_month_name(self, start: int, end: int) -> bool:
        tok = self.token(start, end)
        return tok is None or (tok.tag_ != "MD" and tok.ent_type_ not in ("PERSON", "ORG") and tok.pos_ != "VERB")


def heading_tense(verb, tense: Optional[str]) -> Optional[str]:
    """Headline grammar: "X to visit Moscow on Monday" is a plan, "X meets Y on Monday" news of
    the days just past."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB" and auxes and all(a.lower_ == "to" for a in auxes) and verb.dep_ in ("ROOT", "acl", "relcl"):
        return "future"
    return "past" if tense == "present" and not auxes else tense


def governing_verb(tok):
    """The verb of the clause a token belongs to: the token itself or its nearest verb ancestor."""
    while (tok.pos_ not in VERB_POS or tok.dep_ in ("aux", "auxpass")) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def clause_tense(verb) -> Optional[str]:
    """"future" (will, would, is going to, plans to, is due to, is scheduled for), "past" (a past
    or perfect verb), "present", or None, for the clause headed by `verb`."""
    if verb is None or verb.pos_ not in VERB_POS:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    if aux_words & FUTURE_AUX or {a.lemma_ for a in auxes} & FUTURE_AUX:
        return "future"
    if aux_words & FUTURE_MODALS and not {a.lemma_ for a in auxes} & {"have"} and not (aux_words & {"could", "ca"} and any(
            c.dep_ == "neg" for c in verb.children)):
        return "future"  # "may meet on Friday"; not "could not reach the site on Sunday" (past ability)
    for c in verb.children:  # "is due to meet", "is set to sign", "is to visit"
        if c.dep_ in ("acomp", "xcomp", "oprd") and (c.lemma_ in FUTURE_HEADS or verb.lemma_ == "be") \
                and any(g.dep_ == "xcomp" for g in c.children) | (c.dep_ == "xcomp" and verb.lemma_ == "be"):
            return "future"
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        if head.lemma_ in FUTURE_HEADS or (head.lower_ == "going" and head.tag_ == "VBG"):
            return "future"
    if verb.tag_ == "VBN" and verb.lemma_ in FUTURE_HEADS and aux_words & {"is", "are", "be", "'s", "'re"}:
        return "future"
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not auxes and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return "future"  # an imperative: "call me on Sunday"
    if verb.tag_ == "VBD" or aux_words & PAST_AUX or (verb.tag_ == "VBN" and aux_words & PERFECT_AUX):
        return "past"
    if verb.dep_ in ("xcomp", "conj") and head.i != verb.i and head.pos_ in VERB_POS:
        return clause_tense(head) if head.tag_ in ("VBD",) else None
    if verb.tag_ in ("VBZ", "VBP") or aux_words & {"is", "are", "am"}:
        return "present"
    return None


def header_end(text: str) -> int:
    """The end of a leading "date YYYY-MM-DD" header line (0 when there is none)."""
    m = HEADER_RE.match(text)
    return m.end() if m else 0


def find_timexes(text: str, published: Optional[str], doc=None) -> list[Timex]:
    """All time expressions of `text`, longest-leftmost, normalised against `published` (else
    against the text's own "date YYYY-MM-DD" header, which is never a timex itself)."""
    skip = header_end(text)
    if published is None and skip:
        published = re.search(r"\d{4}-\d{2}-\d{2}", text[:skip]).group(0)
    ctx = DocContext(cal.parse_iso(published), doc, text)
    candidates = []
    gates = GateScan(text, skip)
    for order, (name, pattern, handler) in enumerate(RULES):
        seen = -1
        for ws, we in gates.windows(name):
            for m in pattern.finditer(text, ws, we):
                if m.start() >= seen:
                    candidates.append((m.start(), -(m.end() - m.start()), order, m, handler))
                    seen = m.end()
    candidates.sort(key=lambda c: c[:3])
    found: list[Timex] = []
    taken_end = -1
    for start, _, _, m, handler in candidates:
        if start < taken_end:
            continue
        timex = handler(m, ctx)
        if timex is None or timex.start < taken_end or timex.end <= timex.start:
            continue
        found.append(timex)
        taken_end = timex.end
    if ctx.dct is None:
        name_weekdays_by_full_date(found, ctx)
    return found


BARE_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WRITTEN_YEAR = re.compile(r"\b\d{4}\b")


def name_weekdays_by_full_date(timexes: list[Timex], ctx: DocContext) -> None:
    """In an undated article, a bare weekday ("voted on Monday") is the article's latest full date
    written with its year ("ratified on 12 March 2024"; not "on March 12", whose year is borrowed
    and which is as often a background date) when that date falls on the same weekday, no other
    date the article tells goes past it, and neither stands in a future clause: the report names
    its news day both ways. Any other weekday stays unresolved (nothing tells which week it is)."""
    def future(t: Timex) -> bool:
        return ctx.tense(t.start, t.end) == "future"

    told = [t for t in timexes if t.type == "DATE" and t.value and FULL_DAY.match(t.value) and not future(t)]
    days = [t for t in told if WRITTEN_YEAR.search(t.text)]  # 'on Feb 19' borrows its year: as often a background date
    if not days:
        return
    latest = max(cal.parse_iso(t.value) for t in days)
    if any(cal.parse_iso(t.value) > latest for t in told):
        return  # the story goes on past that date ('sworn in on January 10, 2019 ... on January 23'): not the news day
    for t in timexes:
        m = BARE_WEEKDAY.match(t.value or "") if t.type == "DATE" else None
        if m and int(m.group(1)) == latest.isoweekday() and not future(t) \
                and not re.match(r"(?i)(?:last|next|this|coming|past|previous)\b", t.text):
            t.value = cal.day_value(latest)


class TimeTagger:
    """Pipeline component: fills `analysis.timexes` (see the module docstring)."""

    def __call__(self, analysis: Analysis) -> Analysis:
        analysis.timexes = find_timexes(analysis.article.text, analysis.article.published, analysis.doc)
        return analysis


# --- event dates ----------------------------------------------------------------------------

@dataclass
class EventDate:
    """The date of an event: `date` YYYY-MM-DD | YYYY-MM | YYYY | None, `precision` day | month |
    year | None, `basis` "timex" (from the governing time expression) | "article" (the text says
    it happens now, so the article date) | None, and the governing `timex` if any. `elsewhere` is
    True when the text places an undated event at another time than the one in focus ("after
    demonstrators stormed the embassy", "months after the invasion", "had pressed for a year"):
    then it inherits no date."""

    date: Optional[str] = None
    precision: Optional[str] = None
    basis: Optional[str] = None
    timex: Optional[Timex] = None
    elsewhere: bool = False


def timex_to_date(timex: Timex, published: Optional[str], present_as_article: bool = False
                  ) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(date, precision, basis) for dating an event by a timex; (None, None, None) when the timex
    is no date (sets, vague or unresolved values, approximate "ago" expressions).
    "now", "currently" give the article date (basis "article") only with `present_as_article`:
    the gold convention leaves ongoing states undated."""
    value = timex.value or ""
    shifted = getattr(timex, "shifted", None)
    if timex.type == "DURATION" and shifted:
        return shifted[0], shifted[1], "timex"
    if timex.type not in ("DATE", "TIME") or "X" in value.split("T")[0]:
        return None, None, None
    if value == "PRESENT_REF":
        return (published, "day", "article") if published and present_as_article else (None, None, None)
    if value.endswith("_REF") or timex.mod in ("MORE_THAN", "LESS_THAN", "APPROX", "EQUAL_OR_MORE", "EQUAL_OR_LESS"):
        return None, None, None
    start = cal.week_start(value)
    if start is not None:
        y, m = cal.majority_month(start, 2 if value.endswith("-WE") else 7)
        if value.endswith("-WE"):
            y, m = cal.majority_month(start.__class__.fromordinal(start.toordinal() + 5), 2)
        return cal.month_value(y, m), "month", "timex"
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m or len(value) < 4:
        return None, None, None
    if m.group(3):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "day", "timex"
    if m.group(2):
        return f"{m.group(1)}-{m.group(2)}", "month", "timex"
    if re.match(r"^\d{4}(-(SP|SU|FA|WI|Q\d|H\d))?$", value):
        return m.group(1), "year", "timex"
    return None, None, None


def timex_index(analysis: Analysis) -> list[tuple[Timex, object]]:
    """(timex, its root token) for the analysis' timexes, computed once per analysis."""
    cached = getattr(analysis, "_timex_tokens", None)
    if cached is not None and cached[0] is analysis.timexes:
        return cached[1]
    pairs = []
    for t in analysis.timexes:
        span = analysis.doc.char_span(t.start, t.end, alignment_mode="expand") if analysis.doc is not None else None
        if span is not None and len(span):
            pairs.append((t, span.root))
    analysis._timex_tokens = (analysis.timexes, pairs)
    return pairs


# Doc -> {token index: index of its clause's verb}: dating one event asks for the clause of every
# timex several times, and the parse does not change once made
_CLAUSES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def clause_of(tok):
    """The verb heading the clause of `tok`; an open complement ("agreed on Tuesday to reopen",
    "is due to fly on Thursday") belongs to the clause of the verb it completes."""
    doc = tok.doc
    known = _CLAUSES.get(doc)
    if known is None:
        known = _CLAUSES[doc] = {}
    i = known.get(tok.i)
    if i is None:
        verb = governing_verb(tok)
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = governing_verb(verb.head)
        known[tok.i] = verb.i
        return verb
    return doc[i]


def event_date(analysis: Analysis, token, present_as_article: bool = False, inherit: bool = True) -> EventDate:
    """The date of the event whose trigger is `token`: its governing timex (see `governing_date`),
    else, with `inherit`, the date in focus where the trigger stands: the last day- or
    month-precise date mentioned before it (basis "inherited"), for a clause that is not future or
    hypothetical (planned events with no date of their own stay undated)."""
    own = governing_date(analysis, token, present_as_article)
    if own.timex is None and not own.elsewhere:
        verb = clause_of(token)  # ', killing two': the participle's act is placed with its main clause
        named = date_of_named_event(analysis, verb.head if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" else verb)
        if named is not None:
            return named
    elif own.timex is not None and SAME_DAY_ANAPHOR.match(own.timex.text) and token.sent.start > 0:
        # "Hours before the vote, X ... Y responded the same evening": the day just placed
        told = date_of_named_event(analysis, analysis.doc[token.sent.start - 1].sent.root)
        if told is not None and own.date and told.date != own.date[:10]:
            return EventDate(told.date, "day", "timex", own.timex)
    if (own.timex is not None and not refers_back(own.timex)) or own.elsewhere or not inherit:
        return own
    if before_focus(analysis, clause_of(token)) or (
            simple_present(clause_of(token)) and clause_of(token).lemma_ not in REPORTING_VERBS
            and not in_heading(analysis.article.text, token.idx)):
        # a present state ("the request is still stalled") is no event of the day in focus; a
        # headline's present ("X arrives in Y") is the news present
        return EventDate(elsewhere=True)
    if clause_tense(clause_of(token)) in ("future",) or any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "should") for c in clause_of(token).children):
        return own
    verb = clause_of(token)
    if verb.dep_ in ("ccomp", "parataxis") and verb.tag_ == "VBD" and verb.head.lemma_ in REPORTING_VERBS \
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        saying = governing_date(analysis, verb.head)  # "X shelled Kherson, officials said on Friday"
        if saying.date and saying.precision in ("day", "month"):
            return EventDate(saying.date, saying.precision, "inherited", saying.timex)
    text = analysis.article.text
    usable = focus_timexes(analysis)
    title_end = headline_end(text)
    if token.idx < title_end:  # a headline tells the lead's event: the lead's date
        focus = next((t for t in usable if t.start > title_end), None)
    else:
        before = [t for t in usable if t.end <= token.idx]
        focus = before[-1] if before else None
        if focus is not None and "\n" not in text[focus.end:token.idx] and focus_is_planned(analysis, focus) \
                and clause_of(token).lemma_ in REPORTING_VERBS:
            # "X said the panel would meet next month. 'We did good work,' he said.": the saying goes
            # on at the time told before the plan's, in the same paragraph
            told = [t for t in before if not focus_is_planned(analysis, t)]
            focus = told[-1] if told else focus
        if focus is not None and focus.precision != "day" and before[0].precision == "day" \
                and "\n" in text[focus.end:token.idx]:
            focus = before[0]  # background months do not carry over a paragraph: back to the lead's day
        elif focus is not None and "\n" in text[focus.end:token.idx] and flashback(focus, before, analysis):
            focus = before[0]  # "On October 10, X and Y agreed ..." tells the past: back to the lead's day
        elif focus is not None and "\n" in text[focus.end:token.idx] and focus_is_planned(analysis, focus) \
                and not focus_is_planned(analysis, before[0]):
            focus = before[0]  # a plan's time told in the paragraph before: the lead's day again
    if focus is None or focus_is_planned(analysis, focus):
        return own  # after "ships would be searched from midnight" no day is in focus
    published = analysis.article.published
    if getattr(focus, "shift", None):
        shifted = shifted_date(focus, focus.shift, token, analysis)
        d, precision = shifted.date, shifted.precision
    else:
        d, precision, _ = timex_to_date(focus, published)
        end = RANGE_END.match(text, focus.end)
        if d and precision == "day" and end and 1 <= int(end.group(1)) <= 31 and int(end.group(1)) > int(d[8:10]):
            d = f"{d[:8]}{int(end.group(1)):02d}"  # after "talks from March 13 to 16" comes March 16
    if d and published and d > published[:len(d)]:
        return own  # the date in focus is a plan's: it does not date what has already happened
    return EventDate(d, precision, "inherited", focus) if d else own


ANAPHORIC_PAST_REF = set(LEX["anaphoric_past_ref"])
SAME_DAY_ANAPHOR = re.compile(r"(?i)(?:the|that)\s+same\s+(?:day|night|evening|morning|afternoon)$")
SAME_DAY_OFFSETS = set(LEX["same_day_offsets"])  # "hours before the signing", "shortly after the vote"


def date_of_named_event(analysis: Analysis, verb) -> Optional[EventDate]:
    """'Hours before the signing, X ...', 'Minutes after the vote, Y ...': an act placed a few
    hours from an event the article told earlier happened on that event's day. The event is the
    last earlier word of the same stem as the noun ('signed' for 'the signing') whose own date is
    day-precise; None when the clause has no such phrase or the event has no date."""
    noun = None
    for c in verb.children:
        preps = [c] if c.dep_ == "prep" else [g for g in c.children if g.dep_ == "prep"] \
            if c.dep_ in ("npadvmod", "advmod") and c.lower_ in SAME_DAY_OFFSETS else []
        for p in preps:
            if p.lower_ not in ("before", "after"):
                continue
            near = c.lower_ in SAME_DAY_OFFSETS or any(g.dep_ in ("npadvmod", "advmod") and g.lower_ in SAME_DAY_OFFSETS
                                                      for g in p.children)
            obj = next((g for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if near and obj is not None:
                noun = obj
    if noun is None:
        return None
    stem = stem_of(noun.lemma_.lower())
    for tok in reversed(analysis.doc[:verb.sent.start]):
        if tok.pos_ in ("VERB", "NOUN") and stem_of(tok.lemma_.lower()) == stem:
            found = governing_date(analysis, tok)
            if found.date and found.precision == "day":
                return EventDate(found.date, "day", "timex", found.timex)
    return None


def stem_of(word: str) -> str:
    """'signing' and 'sign', 'voting' and 'vote': a verb and the noun of its act share this."""
    for ending in ("ing", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[:-len(ending)]
    return word


def refers_back(timex: Timex) -> bool:
    """True for "at the time": the time last told ("Last month X met Y. He said at the time ...")."""
    return re.sub(r"\s+", " ", timex.text.lower()) in ANAPHORIC_PAST_REF


FLASHBACK_DAYS = 7  # a day this long before the lead's day belongs to a background passage


def flashback(focus: Timex, before: list[Timex], analysis: Analysis) -> bool:
    """True when `focus` is a day well before the lead's day (the first day date of `before`)."""
    published = analysis.article.published
    days = [d for d in (timex_to_date(t, published)[0] for t in before if t.precision == "day") if d and len(d) == 10]
    then = timex_to_date(focus, published)[0] if focus.precision == "day" else None
    if not then or len(then) != 10 or not days:
        return False
    now = days[0]
    return (date.fromisoformat(now) - date.fromisoformat(then)).days > FLASHBACK_DAYS


def focus_timexes(analysis: Analysis) -> list[Timex]:
    """The timexes that may set the date in focus for the events after them: day-, month- or
    week-precise dates and measured shifts, not a dateline's date, background or a date inside a
    clause describing a noun ("exercises which began on Monday"). Computed once per analysis."""
    index, text = timex_index(analysis), analysis.article.text
    cached = getattr(analysis, "_focus_timexes", None)
    if cached is not None and cached[0] is index and cached[1] is text:
        return cached[2]
    usable = [t for t, r in index if (t.type in ("DATE", "TIME") and t.precision in ("day", "month", "week")
              or getattr(t, "shift", None)) and not is_dateline(text, t) and not getattr(t, "background", False)
              and not describes_a_noun(clause_of(r))]
    analysis._focus_timexes = (index, text, usable)
    return usable


def focus_is_planned(analysis: Analysis, timex: Timex) -> bool:
    """True when the timex stands in a future or conditional clause: the time of a plan."""
    root = next((r for t, r in timex_index(analysis) if t is timex), None)
    return root is not None and clause_tense(clause_of(root)) == "future"


RANGE_END = re.compile(r"\s*(?:to|through|until|-|–)\s*(\d{1,2})\b(?![,.]?\d)")


def in_heading(text: str, offset: int) -> bool:
    """True when `offset` lies in a heading: a short line without a closing full stop."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start:end if end >= 0 else len(text)].strip()
    return 0 < len(line) <= 160 and not line.endswith((".", "!", "?", ":", "\"", "”"))


def headline_end(text: str) -> int:
    """The end of the article's headline: a short first line without a closing full stop (0 when
    the text starts with a paragraph)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].strip() if end > 0 else ""
    return end if line and len(line) <= 160 and not line.endswith((".", "!", "?", ":", "\"", "”")) else 0


def governing_date(analysis: Analysis, token, present_as_article: bool = False) -> EventDate:
    """The date of the event whose trigger is `token` (a spaCy Token, verb or noun).

    The governing timex is one attached to the trigger itself (a noun's own prepositional phrase:
    "the talks on Monday") or to the clause of its verb (the verb's dependency subtree without
    other clauses); a verb with none looks through xcomp, conj and advcl links to the clause it
    hangs from ("agreed on Tuesday to restore ..."), never into reported clauses. The nearest date
    of the sentence does not count by itself."""
    pairs = dating_timexes(analysis)
    if not pairs:
        return EventDate()
    sent = token.sent  # every link below is a dependency, so only the token's sentence can date it
    pairs = [p for p in pairs if sent.start <= p[1].i < sent.end]
    published = analysis.article.published
    chosen = None
    if token.pos_ in NOUN_POS:
        own = clause_of(token).i
        inside = [(abs(r.i - token.i), t) for t, r, clause, _, _ in pairs if (token.is_ancestor(r) or describes(r, token)) and (
            clause.i == own or describes(r, token)) and not in_apposition(r, token)]
        if inside:
            chosen = min(inside, key=lambda x: x[0])[1]
        elif in_temporal_phrase(token):
            measured = measuring_timex(analysis, token, pairs)
            if measured is not None:
                return shifted_date(measured, measured.shift, token, analysis)
            return EventDate(elsewhere=True)  # "after Russia's invasion": another event, placed by its own date
    verb = clause_of(token)
    hops = 0
    while chosen is None and hops < 4:
        attached = [((in_content(r, verb), abs(r.i - token.i)), t) for t, r, clause, clause_head, participle_of in pairs if (
            clause.i == verb.i and r.i != verb.i and not dates_the_saying(verb, r))
            or (clause_head == verb.i and dates_the_saying(clause, r))
            or participle_of == verb.i or measures_from_clause(t, r, verb)]
        if attached:
            chosen = min(attached, key=lambda x: x[0])[1]
            break
        if any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in verb.children):
            return EventDate(elsewhere=True)  # "after demonstrators stormed it": not the main clause's time
        if verb.dep_ == "conj" and verb.head.i != verb.i and now_and_then(verb, verb.head):
            break  # "applied in May, but the request is still stalled": the present is not May
        if (verb.dep_ not in CLIMB_DEPS and not means_of(verb)) or verb.head.i == verb.i:
            if reported_now(verb) and clause_tense(governing_verb(token)) != "future":
                # '"The aggressor hits the port," X wrote on Thursday'
                verb = clause_of(verb.head)
                hops += 1
                continue
            break
        verb = clause_of(verb.head)
        hops += 1
    if chosen is None and token.pos_ in VERB_POS:
        chosen = onset_timex(clause_of(token), pairs)
    if chosen is None or re.search(r"\b(?:academic|school)\s+year", chosen.text, re.I):
        return EventDate(timex=chosen)
    shift = getattr(chosen, "shift", None)
    if shift is not None:
        return shifted_date(chosen, shift, token, analysis)
    d, precision, basis = timex_to_date(chosen, published, present_as_article)
    partner = coordinated(analysis, chosen)
    if d and partner is not None:
        d, precision = common_part(d, precision, timex_to_date(partner, published)[0])
    return EventDate(d, precision, basis if d else None, chosen)


def means_of(verb) -> bool:
    """'answered last year by imposing duties': a gerund after a preposition of means tells how the
    act it hangs from was done, so it happened at that act's time (unlike 'after imposing')."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in MEANS_PREPS


ONSET_PARTICIPLES = set(LEX["onset_participles"])


def onset_timex(verb, pairs) -> Optional[Timex]:
    """'will hand back three districts, starting with X by Nov. 15', 'will hold drills, beginning on
    Monday': the time of the act's first step, told in a participle of starting hung on its verb,
    dates the act."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in ONSET_PARTICIPLES:
            found = [t for t, r, clause, _, _ in pairs if clause.i == c.i and r.i != c.i]
            if found:
                return found[0]
    return None


def dating_timexes(analysis: Analysis) -> list[tuple]:
    """(timex, root token, verb of the root's clause, index of that verb's head, index of the verb
    whose subject the clause describes as a present participle or None; see `subject_participle`)
    of the timexes that may date an event (dates, times, measured shifts; not a dateline's date),
    computed once per analysis: every event asks, once per clause it climbs."""
    index, text = timex_index(analysis), analysis.article.text
    cached = getattr(analysis, "_dating_timexes", None)
    if cached is not None and cached[0] is index and cached[1] is text:
        return cached[2]
    found = []
    for t, r in index:
        if (t.type in ("DATE", "TIME") or getattr(t, "shift", None)) and not is_dateline(text, t):
            clause = clause_of(r)
            found.append((t, r, clause, clause.head.i, participle_subject_verb(clause)))
    analysis._dating_timexes = (index, text, found)
    return found


CONTENT_PREPS = {"for", "of", "about", "against", "over", "with"}


def in_content(root, verb) -> bool:
    """True when a timex hangs inside what the clause is about rather than on the clause itself:
    under its object, an apposition or a "for / of / about ..." phrase ("the talks, the first since
    2019, were held on Monday"; "praised the March deal on Tuesday")."""
    tok = root
    while tok.head.i != tok.i and tok.i != verb.i and tok.head.i != verb.i:
        tok = tok.head
        if tok.dep_ in ("dobj", "attr", "appos") or (tok.dep_ == "pobj" and tok.head.lower_ in CONTENT_PREPS):
            return True
    return False


def in_apposition(root, noun) -> bool:
    """True when a timex stands in an apposition to the event noun ("the talks, the first since
    2019, ..."): it describes the noun, it does not date it."""
    tok = root
    while tok.head.i != tok.i and tok.i != noun.i:
        if tok.dep_ == "appos" and tok.head.i == noun.i:
            return True
        tok = tok.head
    return False


def measures_from_clause(timex: Timex, root, verb) -> bool:
    """True for the "N units" of "X did A two days after B happened" when the parser hung it on
    the "after" clause: it places the main clause `verb`, counted from B."""
    if getattr(timex, "shift", None) is None or root.dep_ != "npadvmod":
        return False
    clause = clause_of(root)
    return (clause.dep_ == "advcl" and clause.head.i == verb.i and clause.i != verb.i
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in clause.children))


def describes_a_noun(clause) -> bool:
    """True for a relative or participial clause that tells the background of a noun ("the pact
    signed in 2001"), not for a subject's present participle ("X, speaking on Monday, said")."""
    return modified_noun(clause) is not None and not subject_participle(clause, clause.head.head)


def participle_subject_verb(clause) -> Optional[int]:
    """The index of the verb whose subject `clause` describes as a present participle ("the
    president, speaking in Kyiv on Tuesday, thanked ..."), else None: `subject_participle(clause,
    verb)` is whether it is `verb`."""
    subject = clause.head
    if clause.dep_ == "acl" and clause.tag_ == "VBG" and subject.i != clause.i \
            and subject.dep_ in ("nsubj", "nsubjpass"):
        return subject.head.i
    return None


def subject_participle(clause, verb) -> bool:
    """True when `clause` is a present participle describing the subject of `verb` ("the
    president, speaking in Kyiv on Tuesday, thanked ..."): it happens when the verb does."""
    subject = clause.head
    return (clause.dep_ == "acl" and clause.tag_ == "VBG" and subject.i != clause.i
            and subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == verb.i)


def simple_present(verb) -> bool:
    """True for a clause in the simple or progressive present ("is held up", "remains", "are
    talking"), not the present perfect ("has agreed")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.lower_ in ("is", "are", "am") for a in auxes)


def now_and_then(verb, other) -> bool:
    """True when `verb` is in the present tense and `other` in the past."""
    return simple_present(verb) and clause_tense(other) == "past"


def before_focus(analysis: Analysis, verb) -> bool:
    """True for a clause that does not happen at the time in focus: one lasting a stated span
    ("had stalled the bill for months", "has pressed for more than a year") or marked as lying
    apart from it ("has since halted"; knowledge/time_lexicon.json "unanchored_adverbs")."""
    if any(c.dep_ == "advmod" and c.lower_ in UNANCHORED_ADVERBS for c in verb.children):
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i and before_focus(analysis, verb.head):
        return True  # "had stalled it for months, citing criticism": the participle shares that span
    return any(t.type == "DURATION" and not getattr(t, "shift", None) and clause_of(r).i == verb.i
               and r.i != verb.i and r.head.lower_ in ("for", "over") and r.head.head.i == verb.i
               for t, r in timex_index(analysis))


def dates_the_saying(verb, timex_root) -> bool:
    """True when a timex the parser hung on a reported clause stands before that clause's subject,
    right after the reporting verb ("said on Monday they would ease ..."): it dates the saying."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_ not in REPORTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    return subject is not None and head.i < timex_root.i < subject.i


def modified_noun(verb):
    """The noun a clause describes when it is a relative or participial clause ("curbs imposed in
    2019", "exercises, which began on Monday" even when the parser hangs it from the verb), else
    None."""
    if verb.dep_ in MODIFIER_CLAUSES and verb.head.i != verb.i:
        return verb.head if verb.head.pos_ in NOUN_POS else None
    wh = next((c for c in verb.children if c.tag_ in ("WDT", "WP", "WP$") and c.i < verb.i
               and c.lower_ in ("which", "who", "whom", "whose")), None)
    if wh is None or wh.i == 0:
        return None
    i = wh.i - 1
    while i > 0 and wh.doc[i].is_punct:
        i -= 1
    if wh.doc[i].ent_type_ in ("DATE", "TIME"):  # "drills in a decade, which started": past the measure
        while i > 0 and (wh.doc[i].ent_type_ in ("DATE", "TIME") or wh.doc[i].pos_ == "ADP"):
            i -= 1
    before = wh.doc[i]
    return before if before.pos_ in ("NOUN", "PROPN") and before.i != verb.i else None


def describes(timex_root, noun) -> bool:
    """True when the timex stands in a clause describing `noun` ("the pact signed in 2001")."""
    described = modified_noun(clause_of(timex_root))
    return described is not None and described.i == noun.i


def reported_now(verb) -> bool:
    """True for a present-tense clause reported by a reporting verb ("X wrote that Y hits ..."):
    what it says holds when it is said, so it takes the date of the saying. Past, perfect and
    future reported clauses keep their own time."""
    head = verb.head
    return (verb.dep_ in ("ccomp", "parataxis") and head.i != verb.i and head.lemma_ in REPORTING_VERBS
            and verb.tag_ in ("VBZ", "VBP") and clause_tense(verb) == "present")


def coordinated(analysis: Analysis, timex: Timex) -> Optional[Timex]:
    """The other end of a range or coordination ("from March 13 to 16", "in 2019 and 2020")."""
    text = analysis.article.text
    timexes = analysis.timexes
    i = next((k for k, t in enumerate(timexes) if t is timex), None)
    if i is None:
        return None
    link = re.compile(r"\s*(?:and|or|to|through|until|-|–|—)\s*$")
    if i + 1 < len(timexes) and link.match(text[timex.end:timexes[i + 1].start]):
        return timexes[i + 1]
    if i > 0 and link.match(text[timexes[i - 1].end:timex.start]) and re.search(
            r"\b(?:from|between)\s+$", text[max(0, timexes[i - 1].start - 9):timexes[i - 1].start]):
        return timexes[i - 1]
    if re.match(r"\s*(?:to|-|–)\s*(\d{1,2})\b", text[timex.end:]) or (  # "from March 13 to 16"
            re.match(r"\s*and\s+\d{1,2}\b(?![.,]?\d)", text[timex.end:])
            and re.search(r"\bbetween\s+$", text[max(0, timex.start - 9):timex.start])):  # "between March 6 and 10"
        return Timex(timex.end, timex.end, "", "DATE", None)
    return None


def common_part(d: str, precision: str, other: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """What two coordinated dates share: the month of "March 6 to 10", nothing of "2021 and 2022"."""
    if precision == "day" and (other is None or other[:7] == d[:7]):
        return d[:7], "month"
    return None, None


def shifted_date(timex: Timex, shift, token, analysis: Analysis) -> EventDate:
    """The date of an event placed by "N units after/before": "a month after the talks, X" is N
    units after the date last mentioned; "X, three months after Y began" dates Y N units before."""
    base, n, unit, base_precision = shift
    span = analysis.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    linker = analysis.doc[span.end] if span is not None and span.end < len(analysis.doc) else None
    own_base = anchor_date(analysis, timex, linker)
    if own_base is not None:
        base, base_precision = own_base
    elif base_precision == "dct":
        return EventDate(timex=timex)  # "three weeks before the election", no date of it given
    measured_from = linker is not None and (
        linker.i == token.i or linker.is_ancestor(token) or (linker.dep_ == "mark" and (
            linker.head.i == token.i or linker.head.is_ancestor(token))))  # "after Turkey began its offensive"
    if measured_from:
        # the trigger is the event the expression is measured from: the date before the
        # expression in its own sentence is the main clause's ("applied in May, three months
        # after X began": X is three months earlier); a date from an earlier sentence is the
        # trigger's own ("the talks are on June 2. A month after the talks, ...")
        sent_start = span.sent.start_char if span is not None else timex.start
        same_sentence = any(sent_start <= t.start and t.end <= timex.start and t.type in ("DATE", "TIME")
                            for t in analysis.timexes)
        if not same_sentence:
            d, precision = (cal.day_value(base), "day") if base_precision == "day" else \
                (cal.month_value(base.year, base.month), "month")
            return EventDate(d, precision, "timex", timex)
        n = -n
    d = cal.shift(base, n, unit)
    if unit in ("D", "W") and base_precision != "day":  # "two weeks after the March talks"
        unit = "M"
    if unit in ("D", "W"):
        return EventDate(cal.day_value(d), "day", "timex", timex)
    if unit in ("M", "Q"):
        return EventDate(cal.month_value(d.year, d.month), "month", "timex", timex)
    return EventDate(str(d.year), "year", "timex", timex)


def anchor_date(analysis: Analysis, timex: Timex, linker):
    """(date, precision) of the event "N units after/before" is measured from when the phrase names
    its date ("two days after the election on November 17"), else None (the date last mentioned
    stands, as the recogniser set it)."""
    if linker is None or linker.lower_ not in ("after", "before"):
        return None
    if linker.dep_ == "mark":
        verb = linker.head
        own = [t for t, r in timex_index(analysis) if clause_of(r).i == verb.i and r.i != verb.i]
    else:
        objects = {c.i for c in linker.children if c.dep_ in ("pobj", "pcomp")}
        # the date of the object itself: "the election on November 17", "the November 17 vote"
        own = [t for t, r in timex_index(analysis) if r.head.i in objects or (
            r.head.dep_ == "prep" and r.head.head.i in objects)]
    for t in own:
        if t is not timex and t.type == "DATE":
            d, precision, _ = timex_to_date(t, analysis.article.published)
            if d and precision in ("day", "month"):
                return cal.parse_iso(d if precision == "day" else d + "-01"), precision
    return None


TEMPORAL_PREPS = {"after", "before", "since", "until", "following", "prior", "amid", "during"}
TEMPORAL_MARKS = set(LEX["earlier_clause_marks"])  # "after X happened": X is placed before the main clause
UNANCHORED_ADVERBS = set(LEX["unanchored_adverbs"])
DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][A-Za-z .,'/()-]*,[^\S\n]*$")
DATELINE_AFTER = re.compile(r"[^\S\n]*(?:\(\w+\)[^\S\n]*)?[—–-]")


def is_dateline(text: str, timex: Timex) -> bool:
    """True for the date of a dateline ("VILNIUS, July 12 – ..."): it dates the report, not the
    events of its first sentence."""
    return bool(DATELINE_AFTER.match(text, timex.end)) and bool(
        DATELINE_BEFORE.search(text[max(0, timex.start - 80):timex.start]))


def measuring_timex(analysis: Analysis, token, pairs) -> Optional[Timex]:
    """The "N units" of "N units after <token>", when the token's phrase hangs from one."""
    tok = token
    while tok.head.i != tok.i and tok.pos_ not in VERB_POS:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before"):
            for t, r, *_ in pairs:  # "a month after the talks" hangs either way round
                if getattr(t, "shift", None) and (r.i == tok.head.head.i or r.head.i == tok.head.i):
                    return t
            return None
        tok = tok.head
    return None


def in_temporal_phrase(token) -> bool:
    """True when a noun sits in an "after / before / since ..." phrase of its clause."""
    tok = token
    while tok.pos_ not in VERB_POS and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS:
            return True
        tok = tok.head
    return False


# --- event anaphora ---------------------------------------------------------------------------

ANAPHORIC_NOUNS = {kind: set(words) for kind, words in LEX["anaphoric_event_nouns"].items() if kind != "note"}
ANAPHORA_DETERMINERS = set(LEX["anaphora_determiners"])
OTHER_EVENT_MODIFIERS = set(LEX["anaphora_other_event_modifiers"])  # "the last meeting" is another one
ANAPHORA_SENTENCES = 3  # how many following sentences a definite event noun may refer back over


def propagate_dates(analysis: Analysis, events, window: int = ANAPHORA_SENTENCES) -> int:
    """Dates undated events from a later definite mention of the same kind of event: "X plans to
    go to Lima for a session of the board. That session is set for ..." or
    "A and B have agreed to restore ties. Their deal was made public on Friday".

    In: the analysis (doc and timexes filled) and its `Event`s (type, trigger offsets). An event
    with no date, not negated or hypothetical, takes the date of the first definite event noun of
    its type ("the meeting", "this deal"; knowledge/time_lexicon.json "anaphoric_event_nouns") in
    the next `window` sentences whose own date `governing_date` finds. Sets date, date_precision,
    date_text and date_basis "anaphora"; returns how many events were dated."""
    doc = analysis.doc
    if doc is None:
        return 0
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    dated = date_headline_events(analysis, events)
    for ev in events:
        kinds = ANAPHORIC_NOUNS.get(ev.type)
        if ev.date or not kinds or ev.status in ("negated", "hypothetical") \
                or ev.trigger_start is None or ev.trigger_start < headline_end(analysis.article.text):
            continue
        trigger = doc.char_span(ev.trigger_start, ev.trigger_end or ev.trigger_start + 1, alignment_mode="expand")
        if trigger is not None and len(trigger) and before_focus(analysis, clause_of(trigger.root)):
            continue  # "has since halted supplies": after the time told, not at the next one
        k = max(0, bisect_right(starts, ev.trigger_start) - 1)
        found = None
        for sent in sents[k + 1:k + 1 + window]:
            for tok in sent:
                if tok.pos_ == "NOUN" and (tok.lemma_.lower() in kinds or tok.lower_ in kinds) and any(
                        c.dep_ in ("det", "poss") and (c.lower_ in ANAPHORA_DETERMINERS or c.dep_ == "poss")
                        for c in tok.children) and not any(c.lower_ in OTHER_EVENT_MODIFIERS for c in tok.children):
                    d = governing_date(analysis, tok)
                    if d.date and fits_status(ev.status, d.date, analysis.article.published):
                        found = d
                        break
            if found is not None:
                break
        if found is not None:
            ev.date, ev.date_precision, ev.date_basis = found.date, found.precision, "anaphora"
            ev.date_text = found.timex.text if found.timex is not None else None
            dated += 1
    return dated


def fits_status(status: str, when: str, published: Optional[str]) -> bool:
    """False for a date on the wrong side of the article date: a plan dated in the past, an event
    that occurred dated in the future (then the noun names another event)."""
    if not published:
        return True
    now = published[:len(when)]
    return not ((status == "planned" and when < now) or (status == "occurred" and when > now))


def date_headline_events(analysis: Analysis, events) -> int:
    """A headline event takes the date of the same event told in the body (same type, a shared
    actor, dated); failing that, a present-tense headline ("A and B agree to ...") happened on
    the article date. Returns how many headline events changed date."""
    end = headline_end(analysis.article.text)
    changed = 0
    for ev in events:
        if ev.trigger_start is None or ev.trigger_start >= end or ev.status in ("negated", "hypothetical"):
            continue
        actors = set(ev.source + ev.target)
        twin = next((o for o in events if o is not ev and o.date and o.type == ev.type
                     and (o.trigger_start or 0) >= end and (not actors or actors & set(o.source + o.target))), None)
        if twin is not None:
            ev.date, ev.date_precision, ev.date_basis, ev.date_text = (
                twin.date, twin.date_precision, "inherited", twin.date_text)
            changed += 1
            continue
        published = analysis.article.published
        if ev.date or not published or analysis.doc is None:
            continue
        tok = analysis.doc.char_span(ev.trigger_start, ev.trigger_end or ev.trigger_start + 1,
                                     alignment_mode="expand")
        verb = clause_of(tok.root) if tok is not None and len(tok) else None
        if verb is not None and verb.tag_ in ("VBZ", "VBP") and clause_tense(verb) == "present":
            ev.date, ev.date_precision, ev.date_basis, ev.date_text = published, "day", "article", None
            changed += 1
    return changed


# --- undated articles -------------------------------------------------------------------------

def infer_publication_date(text: str) -> Optional[str]:
    """An estimate of an undated article's date: the latest full date (day, month and year
    written out) in the text, or None. Conservative: relative expressions are not used, and a
    date in the future of every other one by more than a year is ignored as a plan."""
    days = sorted({t.value for t in find_timexes(text, None)
                   if t.type == "DATE" and t.precision == "day" and t.value and re.match(r"^\d{4}-\d{2}-\d{2}$", t.value)})
    if not days:
        return None
    if len(days) > 1 and (date.fromisoformat(days[-1]) - date.fromisoformat(days[-2])).days > 366:
        return days[-2]
    return days[-1]


# --- evaluation -------------------------------------------------------------------------------

def evaluate_tempeval(path: str, out: Optional[str] = None, nlp=None) -> dict:
    """TempEval-3 figures (strict / relaxed / value / type F1) of this stage, scored by the shared
    reference scorer (peers/score_timex.py next to `path`) on its documents given their dct."""
    import json
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from ..model import Article
    from .pipeline import load_nlp

    nlp = nlp or load_nlp()
    docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    tagger = TimeTagger()
    out_path = Path(out) if out else Path(tempfile.mkdtemp()) / "tempeval_pred.jsonl"
    with out_path.open("w", encoding="utf-8") as f:
        for d, doc in zip(docs, nlp.pipe([d["text"] for d in docs])):
            analysis = tagger(Analysis(article=Article(id=d["id"], text=d["text"], published=d.get("dct")), doc=doc))
            f.write(json.dumps({"id": d["id"], "timexes": [asdict(t) for t in analysis.timexes]}) + "\n")
    scorer = Path(path).resolve().parent / "score_timex.py"
    proc = subprocess.run([sys.executable, str(scorer), "--gold", path, "--pred", str(out_path), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)
