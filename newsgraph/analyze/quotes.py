"""The quotes stage: direct, mixed and indirect speech with its speaker and cue.

In: `analysis.doc` (spaCy Doc) and `analysis.actors` (filled by the actors stage, pronouns and
role phrases already resolved). Out: `analysis.quotes`, a list of `newsgraph.model.Quote`:
- direct: the content of each contiguous quoted span ("...", “...”, «...», „...“, '...'),
  verbatim, marks excluded; a quote split by its attribution gives two quotes;
- mixed: a reported clause ("X said that Y had "..."") that contains a quoted span;
- indirect: a reported clause without quotation marks ("X said that ...", "according to X, ...").
Scare quotes, names and titles in quotation marks are not quotes. The speaker is the subject of
the cue verb (or X of "according to X", the quoted person of "X was quoted as saying by Tass"),
resolved to an actor; an agency or outlet that relays the words is the speaker only when nobody
else is. The lexicon lives in newsgraph/knowledge/speech_cues.json.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.attrs import LEMMA, LOWER

from ..model import Quote
from .doc_cache import doc_ents, doc_text
from .quotes_marks import QuotedSpan, quoted_spans

LEXICON_PATH = Path(__file__).resolve().parent.parent / "knowledge" / "speech_cues.json"
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CLIMB_DEPS = {"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "ccomp", "parataxis"}
CONTENT_DEPS = {"ccomp"}
# children of a cue verb that come after what it reports and are not part of it ("said on Monday
# in a statement", "..., adding that ...")
AFTER_CONTENT_DEPS = {"parataxis"}
# what follows a cue's object and still belongs to the attributed content ("praised X as Y",
# "blamed X for Y", "called X a Z")
OBJECT_TAIL_DEPS = {"dobj", "oprd", "xcomp", "ccomp", "dative"}
ADDRESSEE_VERBS = {"tell", "inform", "assure", "reassure", "ask", "remind", "warn", "urge", "advise",
                   "instruct", "order", "thank", "answer", "beg", "quote", "cite"}  # their object is a hearer
OBJECT_TAIL_PREPS = {"as", "for", "of", "over", "with", "to", "on"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
PERSONAL_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
SHORT_WORDS = 3
NAMING_GAP_WORDS = 2  # 'called a "..."', 'described as "..."': at most this many words from a naming cue to its quote
COLON_NAME_WORDS = 10  # 'Name, Outlet: ...' opening a line: at most this many words before the colon
TRAILING_SOURCE_WORDS = 10  # at most this many words between a comma, the source's verb and the clause end
LATE_THAT_WORDS = 10  # at most this many words of adverbials between a cue and a 'that' clause it reports
# the cue's children whose words may stand between it and its 'that' clause ('said on Monday that')
ADVERBIAL_DEPS = {"prep", "advmod", "npadvmod", "cc", "conj", "advcl", "punct"}
QUANTITY_ENTS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
# words that open the speaker's next act after a reported content ('..., before suggesting', 'and vowed')
NEXT_ACT_WORDS = {"before", "while", "after", "without", "and", "by"}
# what may follow the verb of a source named after its content: when and where it said so, to whom
TRAILING_CUE_DEPS = ("prep", "npadvmod", "advmod", "punct", "dative", "agent", "cc", "conj", "neg")
# words that cannot be inside a source named between a comma and its verb ('..., officials said.')
SOURCE_BREAKERS = {"who", "which", "that", "whom", "whose", "when", "while", "as", "if", "but", "because",
                   "where", "what", "how", "why", "though", "although", "so", "then", "not"}
# after a quote, up to the end of its line: ': Name' or ' - Name' (a headline's speaker)
HEADLINE_SPEAKER = re.compile(r"[^\S\n]*[.,!?]?[^\S\n]*[:\-–—][^\S\n]*([A-Z][\w.'’\- ]{1,40}?)[^\S\n]*$")  # a quoted span this short needs a cue in its own sentence to count as a quote
_LOWERED_LEMMAS: dict = {}  # lemma hash -> the lemma in lower case, shared by all documents


@dataclass
class CueLexicon:
    verbs: frozenset
    weak_verbs: frozenset
    quote_verbs: frozenset
    naming_cues: frozenset
    relay_words: frozenset
    relay_names: frozenset
    object_cues: frozenset = frozenset()
    xcomp_cues: frozenset = frozenset()
    prep_cues: dict = None  # verb lemma -> prepositions whose object it reports
    document_nouns: frozenset = frozenset()
    unattributed_cues: frozenset = frozenset()
    noun_cues: frozenset = frozenset()
    opinion_nouns: frozenset = frozenset()
    reporting_nouns: frozenset = frozenset()
    mistagged_cues: frozenset = frozenset()
    colon_labels: frozenset = frozenset()
    as_it_verbs: frozenset = frozenset()
    stance_phrases: dict = None  # verb lemma -> noun lemma -> prepositions ('take' -> 'issue' -> 'with')
    attribution_verbs: dict = None  # verb lemma -> the preposition naming a document's author ('attributed to')

    def is_noun_too(self, lemma: str) -> bool:
        """Whether a cue lemma is also a common noun of speech or documents ('report', 'note')."""
        return lemma in self.noun_cues or lemma in self.document_nouns or lemma in self.reporting_nouns \
            or lemma in self.relay_words

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> "CueLexicon":
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        words = (frozenset(w.lower() for w in d.get(k, ())) for k in
                 ("verbs", "weak_verbs", "quote_verbs", "naming_cues", "relay_words", "relay_names",
                  "object_cues", "xcomp_cues"))
        return cls(*words, prep_cues={k: frozenset(v) for k, v in d.get("prep_cues", {}).items()},
                   document_nouns=frozenset(w.lower() for w in d.get("document_nouns", ())),
                   **{k: frozenset(w.lower() for w in d.get(k, ()))
                      for k in ("unattributed_cues", "noun_cues", "opinion_nouns", "reporting_nouns", "mistagged_cues", "colon_labels", "as_it_verbs")},
                   stance_phrases={v: {n: frozenset(ps) for n, ps in nouns.items()}
                                   for v, nouns in d.get("stance_phrases", {}).items()},
                   attribution_verbs=dict(d.get("attribution_verbs", {})))

    def reports(self, lemma: str) -> bool:
        """Whether a verb can report speech or stance in some construction."""
        return lemma in self.verbs or lemma in self.object_cues or lemma in self.xcomp_cues \
            or lemma in (self.prep_cues or {})

    def cue_lemmas(self) -> frozenset:
        """Every lemma that can make a token a verb cue of any kind (saying, stance, 'as X put it',
        an unattributed 'is seen as'), each also cut of a final e (the tagger's 'hop' for 'hoped',
        which `_Run.lemma` mends): a token whose lemma is not in it is no cue. Computed once."""
        cached = self.__dict__.get("_cue_lemmas")
        if cached is None:
            words = self.verbs | self.object_cues | self.xcomp_cues | frozenset(self.prep_cues or {}) \
                | self.as_it_verbs | self.unattributed_cues
            cached = words | frozenset(w[:-1] for w in words if w.endswith("e"))
            self.__dict__["_cue_lemmas"] = cached
        return cached

    def claim_nouns(self) -> frozenset:
        """The lemmas of nouns that carry a claim or a view (noun_cues, opinion_nouns). Computed once."""
        cached = self.__dict__.get("_claim_nouns")
        if cached is None:
            cached = self.__dict__["_claim_nouns"] = self.noun_cues | self.opinion_nouns
        return cached

    def stance_nouns(self) -> frozenset:
        """The nouns of every stance phrase ('issue' of 'take issue with'). Computed once."""
        cached = self.__dict__.get("_stance_nouns")
        if cached is None:
            cached = self.__dict__["_stance_nouns"] = frozenset(
                n for nouns in (self.stance_phrases or {}).values() for n in nouns)
        return cached


@lru_cache(maxsize=None)
def load_lexicon() -> CueLexicon:
    return CueLexicon.load()


@dataclass
class Speaker:
    """Who says something at one place in the text."""

    name: Optional[str]
    actor_id: Optional[str]
    start: int
    end: int
    relay: bool = False


@dataclass
class Cue:
    token: object  # the cue's head token: a verb, 'according' or the clause verb before a colon
    text: str
    start: int
    end: int
    speaker: Optional[Speaker]


class _Run:
    """One article's quotes."""

    def __init__(self, analysis, lex: CueLexicon):
        self.analysis, self.lex = analysis, lex
        self.doc = analysis.doc
        self.text = doc_text(self.doc)
        self.spans = quoted_spans(self.text)
        self.quoted_tokens = set()
        for q in self.spans:
            end = q.close_mark if q.close_mark is not None else q.end
            for tok in self.doc.char_span(q.open_mark, end + 1, alignment_mode="expand") or []:
                self.quoted_tokens.add(tok.i)
        self.last_speaker: Optional[Speaker] = None
        self._name_words: Optional[set] = None
        self._lemma_hashes: Optional[list] = None
        self._cue_candidates: Optional[list] = None
        self._contents: dict = {}  # token index -> what it reports (content_of)
        self._cues: dict = {}  # token index -> its Cue (cue_of)

    def tokens_with_lemma(self, words: frozenset) -> list[int]:
        """Indices of the tokens whose lowercased lemma is in `words`, in text order, read from the
        Doc's lemma array: asking each spaCy Token through the checks that follow costs more, and
        few words of an article are cues."""
        if self._lemma_hashes is None:
            self._lemma_hashes = self.doc.to_array(LEMMA).tolist()
        strings, lowered = self.doc.vocab.strings, _LOWERED_LEMMAS
        hits = set()
        for h in set(self._lemma_hashes):
            lemma = lowered.get(h)
            if lemma is None:
                lemma = lowered[h] = strings[h].lower()
            if lemma in words:
                hits.add(h)
        return [i for i, h in enumerate(self._lemma_hashes) if h in hits] if hits else []

    def cue_candidates(self) -> list[int]:
        """The tokens that may be a verb cue ('said', 'according to'); the others are none."""
        if self._cue_candidates is None:
            according = self.doc.vocab.strings["according"]
            found = self.tokens_with_lemma(self.lex.cue_lemmas())
            found += [i for i, h in enumerate(self.doc.to_array(LOWER).tolist()) if h == according]
            self._cue_candidates = sorted(set(found))
            self._cue_candidate_set = set(found)
        return self._cue_candidates

    def possible_cues(self, span) -> list:
        """The tokens of a span (a sentence) that may be a cue, in order (see `cue_candidates`)."""
        found = self.cue_candidates()
        return [self.doc[i] for i in found[bisect_left(found, span.start):bisect_left(found, span.end)]]

    # ---- cues and speakers -------------------------------------------------------------------
    def is_cue(self, tok) -> bool:
        if tok.i in self.quoted_tokens:
            return False
        if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return True
        return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.lex.verbs

    def cue_of(self, tok) -> Cue:
        """The cue a token makes, with its speaker: worked out once per token, handed out as a
        fresh copy (a caller may give it another speaker)."""
        known = self._cues.get(tok.i)
        if known is None:
            known = self._cues[tok.i] = self.make_cue(tok)
        return replace(known, speaker=replace(known.speaker) if known.speaker is not None else None)

    def make_cue(self, tok) -> Cue:
        end = tok.idx + len(tok)
        if tok.lower_ == "according":
            end = self.doc[tok.i + 1].idx + 2
        return Cue(tok, self.text[tok.idx:end], tok.idx, end, self.speaker_of(tok))

    def speaker_token(self, verb, depth: int = 0):
        """The token naming who speaks for a cue token (None when the text does not say)."""
        if verb.lower_ == "according":
            to = self.doc[verb.i + 1]
            return next((c for c in to.children if c.dep_ == "pobj"), None)
        outer = self.outer_cue(verb) if depth == 0 else None
        if outer is not None:
            return self.speaker_token(outer, depth + 1)
        lemma = verb.lemma_.lower()
        if lemma in self.lex.quote_verbs:  # "media quoted X as saying", "X was quoted as saying"
            for c in verb.children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    return c
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        # 'it was announced by X' names the speaker in the agent; 'X were outraged by Y, saying ...'
        # (a passive that reports nothing, reached from a participle) keeps its subject
        said_by = passive and (depth == 0 or self.lex.reports(self.lemma(verb)))
        for c in verb.children:
            if c.dep_ == "agent" and said_by:
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS and not (said_by and c.dep_ == "nsubjpass") and not self.is_dateline(c) \
                    and not (c.i in self.quoted_tokens and verb.i not in self.quoted_tokens):
                if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head
                return c
        for c in verb.lefts:  # 'X, noting that ..., added': the parser gave X to the participle
            if c.tag_ == "VBG" and c.dep_ in ("ccomp", "advcl"):
                subject = next((s for s in c.lefts if s.dep_ == "nsubj"), None)
                if subject is not None and subject.i not in self.quoted_tokens:
                    return subject
        if verb.dep_ == "relcl" and not passive:
            return None
        if depth == 0 and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            return self.participle_owner(verb.head)
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ == "PROPN" and verb.head.dep_ == "ROOT":
            return verb.head  # 'Sen. Ann Lee, a member of X, called on him to quit': a past tense the parser hung on its subject
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and depth < 4:
            subject = self.speaker_token(verb.head.head, depth + 1)  # 'X are quick to note that'
            return None if subject is None or subject.lower_ in ("it", "this", "that", "there") else subject
        if depth < 4 and verb.dep_ in CLIMB_DEPS and verb.head.i != verb.i:
            return self.speaker_token(verb.head, depth + 1)
        return None

    def participle_owner(self, noun):
        """Who speaks in 'NOUN saying/showing ...': the one who issued the noun when it is the object
        of a verb with a subject ('X issued a statement saying', 'X posted a video showing'), else
        the noun itself ('polls showing', 'a report suggesting')."""
        if noun.dep_ == "dobj":
            subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "csubj")), None)
            if subject is not None and not self.is_dateline(subject):
                return subject.head if subject.lower_ in RELATIVE_PRONOUNS and noun.head.dep_ == "relcl" else subject
        return noun

    def is_trailing_participle(self, tok) -> bool:
        """', adding that ...' / ', saying ...': a participle after a comma."""
        return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and tok.i > 0 \
            and self.doc[tok.i - 1].text == ","

    def outer_cue(self, verb):
        """For '..., adding/saying/describing ...' that the parser hung inside a reported clause
        ('X said the fund paid for Y, adding that Z'): the cue whose clause holds it, which is
        the one whose speaker goes on speaking."""
        if not self.is_trailing_participle(verb):
            return None
        node, through_clause = verb.head, False
        for _ in range(8):
            if node.head.i == node.i or node.dep_ == "relcl":
                return None
            through_clause = through_clause or node.dep_ in ("ccomp", "xcomp", "acl")
            node = node.head
            if through_clause and self.is_report_cue(node) and self.lemma(node) in self.lex.verbs | self.lex.object_cues:
                return node
        return None

    def is_dateline(self, tok) -> bool:
        """'LISBON (Reuters) -' / 'WASHINGTON —' opening a story, which the parser may take for a subject."""
        first = tok.i == tok.sent.start or self.doc[tok.i - 1].is_space or "\n" in self.doc[tok.i - 1].whitespace_
        after = self.doc[tok.i + 1].text if tok.i + 1 < len(self.doc) else ""
        return first and tok.text.isupper() and len(tok.text) > 2 and after in ("(", "-", "–", "—", ",")

    def speaker_of(self, verb) -> Optional[Speaker]:
        tok = self.speaker_token(verb)
        if tok is None or tok.i in self.quoted_tokens:
            return None
        return self.resolve(tok)

    def name_span(self, tok) -> tuple[int, int]:
        """Character span of the phrase headed by `tok`, without relative clauses or appositions."""
        left = tok
        for c in tok.lefts:
            if c.dep_ in ("compound", "flat", "amod", "det", "poss", "nmod", "nummod") and c.i < left.i:
                left = c.left_edge if c.dep_ in ("poss", "compound") else c
        # not back over a dateline or a line break ("WASHINGTON (Reuters) - President X")
        for t in self.doc[left.i:tok.i]:
            if t.is_space or "\n" in t.whitespace_ or (t.is_punct and t.text in "()[]–—:;,|") \
                    or (t.text == "-" and t.whitespace_):
                left = self.doc[t.i + 1]
        right = tok
        for c in tok.rights:
            if c.dep_ in ("compound", "flat") or (c.dep_ == "prep" and c.lower_ == "of"):
                right = c.right_edge
        return left.idx, right.idx + len(right)

    def resolve(self, tok) -> Speaker:
        start, end = self.name_span(tok)
        actor = self.analysis.actor_at(tok.idx, tok.idx + len(tok)) or self.analysis.actor_at(start, end)
        surface = self.text[start:end]
        if actor is not None:
            relay = self.is_relay(actor.name, tok) or self.is_relay(surface, tok)
            return Speaker(actor.name, actor.id, start, end, relay)
        relay = self.is_relay(surface, tok)
        if tok.lemma_.lower() in self.lex.document_nouns:
            body = self.body_of_document(tok)
            if body is not None:
                return Speaker(body.name, body.id, start, end)
        if tok.lemma_.lower() in self.lex.document_nouns | self.lex.reporting_nouns and tok.pos_ == "NOUN":
            author = self.author_of_document(tok)
            if author is not None:
                return Speaker(author.name, author.actor_id, start, end)
        if tok.pos_ == "PRON" or (tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and tok.pos_ != "PROPN"):
            return Speaker(None, None, start, end, relay)
        ent = next((e for e in doc_ents(self.doc) if e.start <= tok.i < e.end), None)
        name = ent.text if ent is not None else surface
        for article in ("the ", "The "):
            name = name[len(article):] if name.startswith(article) else name
        return Speaker(name, None, start, end, relay)

    def author_of_document(self, tok) -> Optional[Speaker]:
        """'the statement said' after 'In a statement posted online, X called on ...' or 'X issued a
        statement': who issued the document at its last mention in the sentence before, read as
        the subject of the verb the mention hangs on (a preposition's object or a direct object)."""
        if tok.sent.start == 0:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        lemma = tok.lemma_.lower()
        noun = next((t for t in reversed(prev) if t.lemma_.lower() == lemma and t.pos_ == "NOUN"), None)
        if noun is None:
            return None
        named = self.named_author(noun)
        if named is not None:
            return named
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if noun.dep_ == "dobj" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i in self.quoted_tokens or subject.lemma_.lower() == lemma:
            return None
        speaker = self.resolve(subject)
        return speaker if speaker.name is not None else None

    def named_author(self, noun) -> Optional[Speaker]:
        """'a statement attributed to X', 'a letter signed by X': the author the words after a
        document's noun name (attribution_verbs)."""
        verbs = self.lex.attribution_verbs or {}
        for t in noun.subtree:
            prep = verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
            if prep is None:
                continue
            for c in t.children:
                if c.lower_ == prep and c.dep_ in ("prep", "agent"):
                    obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                    if obj is not None and obj.i not in self.quoted_tokens:
                        speaker = self.resolve(obj)
                        if speaker.name is not None:
                            return speaker
        return None

    def body_of_document(self, tok):
        """The actor that issued a document ('NATO's communiqué', 'the G20 declaration', or 'the
        declaration' after 'the New Delhi G20 Leaders' Declaration'): an organisation or country
        named among the words before the noun, here or at its last earlier mention."""
        bodies = [a for a in self.analysis.actors if a.type in ("ORG", "GPE")]
        earlier = [t for t in self.doc[:tok.i] if t.lemma_.lower() == tok.lemma_.lower()]
        for noun in [tok] + earlier[::-1]:
            words = [c for c in noun.lefts if c.dep_ in ("poss", "compound", "nmod", "amod")]
            if not words:
                continue
            start, end = min(w.left_edge.idx for w in words), noun.idx
            inside = [(m.end - m.start, a) for a in bodies for m in a.mentions if start <= m.start and m.end <= end]
            if inside:
                return max(inside, key=lambda x: x[0])[1]
            before = " " + self.text[start:end] + " "
            for actor in bodies:
                if any(len(m.text) > 1 and re.search(r"\W" + re.escape(m.text) + r"\W", before) for m in actor.mentions):
                    return actor
        return None

    def is_relay(self, surface: str, tok) -> bool:
        low = surface.lower().strip()
        low = low[4:] if low.startswith("the ") else low
        if low in self.lex.relay_names or tok.lower_ in self.lex.relay_names:
            return True
        return tok.lemma_.lower() in self.lex.relay_words

    # ---- direct quotes -----------------------------------------------------------------------
    def frame(self, q: QuotedSpan) -> list:
        """The sentences a quote sits in, plus the next one when it carries the attribution."""
        close = q.close_mark if q.close_mark is not None else q.end
        sents = [s for s in self.doc.sents if s.start_char <= close and s.end_char > q.open_mark]
        if not sents:
            return []
        last = sents[-1]
        if last.end < len(self.doc) and q.close_mark is not None:
            nxt = self.doc[last.end].sent
            between = self.text[close + 1:nxt.start_char]
            ends_open = self.text[q.end - 1:q.end] in ",—–-:;…" or self.text[q.end - 1:q.end].isalnum()
            outside = [t for t in nxt if t.i not in self.quoted_tokens and not t.is_punct]
            short_attribution = len(outside) <= 12 and any(self.is_cue(t) for t in outside)
            if "\n" not in between and (short_attribution or (ends_open and not nxt[0].is_sent_start)):
                sents.append(nxt)
            elif "\n" not in between and short_attribution:
                sents.append(nxt)
        return sents

    def colon_cue(self, q: QuotedSpan) -> Optional[Cue]:
        """'He added: "..."' / 'X defended it: "..."': the clause before the colon speaks."""
        i = q.open_mark - 1
        while i >= 0 and self.text[i] == " ":
            i -= 1
        if i < 0 or self.text[i] != ":":
            return None
        colon = self.doc.char_span(i, i + 1, alignment_mode="expand")
        if not colon:
            return None
        tok = colon[0]
        named = self.name_before_colon(i)
        if named is not None:
            return named
        if tok.i == 0:
            return None
        verb = self.doc[tok.i - 1]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.i in self.quoted_tokens:
            return None
        cue = self.cue_of(verb)
        return cue if cue.speaker is not None else None

    def name_before_colon(self, colon: int) -> Optional[Cue]:
        """A line that opens with a name and a colon ('Senator Jo Reyes: Cuts "will hurt"',
        'Ann Lee, The Daily Post: "..."'): that name speaks the rest of the line. The words before
        the colon must be a short name with no verb, not a label ('Update:', 'Photo:') or a place
        or date heading a list."""
        line = self.text.rfind("\n", 0, colon) + 1
        prefix = self.text[line:colon]
        words = prefix.replace("’", "'").split()
        if not words or len(words) > COLON_NAME_WORDS or not words[0][:1].isupper() or "/" in prefix \
                or any(w.strip(".,'").lower() in self.lex.colon_labels or w in "–—-" for w in words):
            return None  # a label ('Editor's note:') or a table row ('Oil – Brent:', 'Euro/dollar:')
        toks = self.doc.char_span(line, colon, alignment_mode="expand")
        if not toks or any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBZ", "NNP") or t.pos_ in ("SCONJ", "ADP") and t.i == toks.start
                           or t.i in self.quoted_tokens for t in toks):
            return None
        names = [t for t in toks if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or self.is_known_name(t)]
        if not names or all(t.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "FAC") for t in names):
            return None
        speaker = self.resolve(names[0] if names[0].ent_type_ == "PERSON" else toks.root)
        start, end = toks.start_char, toks.end_char
        addressed = re.search(r" to ", prefix)  # 'Unions to Government: ...': the addressee follows 'to'
        if addressed is not None:
            part = self.doc.char_span(line, line + addressed.start(), alignment_mode="expand")
            speaker, end = self.resolve(part.root), part.end_char
        speaker.start, speaker.end = start, end
        return Cue(toks.root, ":", colon, colon + 1, speaker)

    def is_known_name(self, tok) -> bool:
        """A capitalised word the tagger took for a common noun ('McCaul:') that names a person or
        body elsewhere in the article."""
        if not tok.text[:1].isupper() or tok.pos_ != "NOUN":
            return False
        if self._name_words is None:
            self._name_words = {w for a in self.analysis.actors if a.type in ("PERSON", "ORG")
                                for m in a.mentions if m.kind != "pronoun" for w in m.text.split()}
        return tok.text in self._name_words

    def colon_reported(self) -> list[Quote]:
        """The rest of a line after 'Name: ' when it is not all one direct quote ('Mayor Ann Lee:
        Bridge will reopen in May'): an indirect or mixed attribution of that line."""
        out = []
        for m in re.finditer(r"(?m)^[^\n:]{2,80}?(:)[ \t]+(?=\S)", self.text):
            cue = self.name_before_colon(m.start(1))
            if cue is None:
                continue
            line_end = self.text.find("\n", m.end())
            line_end = len(self.text) if line_end < 0 else line_end
            start, end = m.end(), line_end
            while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".;"):
                end -= 1
            inside = [q for q in self.spans if q.start < end and start < q.end]
            if end - start < 8 or any(q.open_mark <= start and end <= (q.close_mark or q.end) + 1 for q in inside):
                continue
            content = self.doc.char_span(start, end, alignment_mode="expand")
            if content is None or not any(t.pos_ in ("VERB", "AUX") for t in content):
                continue  # 'Dow: down 0.4 percent', 'Twitter: @name': a figure or a handle, nothing said
            speaker = cue.speaker
            out.append(Quote(text=self.text[start:end], start=start, end=end,
                             kind="mixed" if inside else "indirect",
                             speaker=speaker.name, speaker_id=speaker.actor_id,
                             speaker_start=speaker.start, speaker_end=speaker.end,
                             cue=cue.text, cue_start=cue.start, cue_end=cue.end))
        return out

    def headline_cue(self, q: QuotedSpan) -> Optional[Cue]:
        """A headline or caption line that ends in ': Name' or '- Name' after the quote
        ('Plan "a dead end": Minister'): that name is the speaker."""
        if q.close_mark is None:
            return None
        line_end = self.text.find("\n", q.close_mark)
        line_end = len(self.text) if line_end < 0 else line_end
        m = HEADLINE_SPEAKER.match(self.text, q.close_mark + 1, line_end)
        if m is None:
            return None
        start, end = m.start(1), m.end(1)
        toks = self.doc.char_span(start, end, alignment_mode="expand")
        if not toks or not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks):
            return None
        speaker = self.resolve(toks.root)
        if speaker.name is None:
            return None
        speaker.start, speaker.end = start, end
        mark = max(self.text.rfind(c, m.start(0), start) for c in ":-–—")
        return Cue(toks.root, self.text[mark], mark, mark + 1, speaker)

    def cues_near(self, q: QuotedSpan, sents) -> list[Cue]:
        cues = []
        for s in sents:
            for tok in self.possible_cues(s):
                if self.is_cue(tok):
                    cue = self.cue_of(tok)
                    if cue.speaker is not None:
                        cues.append(cue)
        return cues

    def best_cue(self, q: QuotedSpan, cues: list[Cue]) -> Optional[Cue]:
        def holds(c: Cue) -> bool:
            """Whether the quote lies inside what the cue reports ('noting that X's "...," he added')."""
            span = self.content_of(c.token) if c.token.lower_ != "according" else None
            return span is not None and span[0] <= q.open_mark and q.end <= span[1] + 1

        def names_it(c: Cue) -> bool:
            """'what X called a "..."', 'X described it as "..."': the quote is the very words the
            cue gives, a few words after it, so its speaker said them, not whoever reports them."""
            gap = self.text[c.end:q.open_mark] if c.end <= q.open_mark else "x" * 99
            return len(gap.split()) <= NAMING_GAP_WORDS and "\n" not in gap and not re.search(r"[.,;:!?]", gap) \
                and self.lemma(c.token) in self.lex.object_cues and self.in_subtree(q, c.token)

        def rank(c: Cue):
            dist = q.open_mark - c.end if c.end <= q.open_mark else c.start - q.end
            return (c.speaker.relay, not names_it(c), c.token.lemma_.lower() in self.lex.weak_verbs, not holds(c),
                    c.speaker.name is None and c.speaker.start == c.speaker.end, abs(dist))
        cues = [c for c in cues if not self.reports_its_own(q, c)]
        return min(cues, key=rank) if cues else None

    def in_subtree(self, q: QuotedSpan, tok) -> bool:
        """Whether the quote's first word hangs (through any number of heads) on a token."""
        first = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return first is not None and len(first) > 0 and tok.left_edge.i <= first[0].i <= tok.right_edge.i

    def reports_its_own(self, q: QuotedSpan, cue: Cue) -> bool:
        """A cue in the sentence after a quote that reports something after it ('"... is different."
        She called him "unfit"'): it is not that quote's cue."""
        close = q.close_mark if q.close_mark is not None else q.end
        if cue.start <= close or cue.token.lower_ == "according" or cue.token.sent.start_char <= close:
            return False
        span = self.content_of(cue.token)
        return span is not None and span[0] >= cue.end

    def is_name_or_title(self, q: QuotedSpan) -> bool:
        content = self.text[q.start:q.end]
        words = content.split()
        before_text = self.text[max(0, q.open_mark - 40):q.open_mark].rsplit("\n", 1)[-1]
        if before_text.rstrip().endswith((".", "!", "?")):
            before_text = ""  # a naming word must be in the quote's own sentence
        before = before_text.lower().replace("-", " ").split()
        while before and before[-1] in ("as", "the", "a", "an", "of", "called", "so"):
            if before[-1] == "called" and len(before) > 1 and before[-2] == "so":
                return True
            before.pop()
        if before and before[-1].strip(",.;:()") in self.lex.naming_cues:
            return True
        alpha = [w for w in words if w[:1].isalpha()]
        long_words = [w for w in alpha if len(w) > 3]
        if len(words) <= 8 and long_words and all(w[0].isupper() for w in long_words) \
                and not content.rstrip().endswith((".", "!", "?", ",")):
            if len(alpha) >= 2:
                return True
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None and span.start > 1:
                prev = self.doc[span.start - 2]
                return prev.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
        return False

    def direct(self) -> list[Quote]:
        out, prev_q = [], None
        for q in self.spans:
            if self.is_name_or_title(q):
                continue
            sents = self.frame(q)
            own = [self.colon_cue(q)] if self.colon_cue(q) else self.cues_near(q, sents)
            cue = self.headline_cue(q) or self.best_cue(q, [c for c in own if c is not None])
            n_words = len(self.text[q.start:q.end].split())
            speaker = cue.speaker if cue else None
            if cue is None:
                if n_words <= SHORT_WORDS or self.is_crosshead(q):
                    continue
                speaker = self.fallback_speaker(q, prev_q, out)
                if speaker is None:
                    continue
            if speaker.name is None:
                speaker = self.previous_named(speaker, out)
                if speaker.name is None and n_words <= SHORT_WORDS:
                    continue
            quote = Quote(text=self.text[q.start:q.end], start=q.start, end=q.end, kind="direct",
                          speaker=speaker.name, speaker_id=speaker.actor_id,
                          speaker_start=speaker.start, speaker_end=speaker.end)
            if cue is not None:
                quote.cue, quote.cue_start, quote.cue_end = cue.text, cue.start, cue.end
            out.append(quote)
            prev_q = q
        return out

    def is_crosshead(self, q: QuotedSpan) -> bool:
        """A quoted line on its own between paragraphs ("'A glimmer of hope'") whose words the article
        quotes again elsewhere: a subheading echoing a quote, not a quote of its own."""
        close = q.close_mark if q.close_mark is not None else q.end
        line_start = self.text.rfind("\n", 0, q.open_mark) + 1
        line_end = self.text.find("\n", close)
        line_end = len(self.text) if line_end < 0 else line_end
        if self.text[line_start:q.open_mark].strip() or self.text[close + 1:line_end].strip(" .!?"):
            return False
        words = self.text[q.start:q.end].strip(" .,!?").lower()
        rest = (self.text[:line_start] + "\n" + self.text[line_end:]).lower()
        return len(words) > 0 and words in rest

    def previous_named(self, speaker: Speaker, done: list[Quote]) -> Speaker:
        """An unresolved pronoun or nominal speaker: the last named speaker before it."""
        for quote in reversed(done):
            if quote.speaker and (quote.speaker_start or 0) <= speaker.start:
                return Speaker(quote.speaker, quote.speaker_id, speaker.start, speaker.end)
        best = None  # else the person named last before it
        for actor in self.analysis.actors:
            if actor.type != "PERSON":
                continue
            for m in actor.mentions:
                if m.end <= speaker.start and m.kind != "pronoun" and (best is None or m.end > best[0]):
                    best = (m.end, actor)
        if best is not None:
            return Speaker(best[1].name, best[1].id, speaker.start, speaker.end)
        return speaker

    def fallback_speaker(self, q: QuotedSpan, prev_q: Optional[QuotedSpan], done: list[Quote]) -> Optional[Speaker]:
        """A quote with no cue of its own: the speaker of the quote just before it (same or the
        previous paragraph), else the speaker of a cue in the sentence before it."""
        if done and prev_q is not None:
            gap = self.text[(prev_q.close_mark or prev_q.end):q.open_mark]
            if q.continued or gap.count("\n\n") + (gap.count("\n") if "\n\n" not in gap else 0) <= 1 \
                    and len(gap) < 400:
                last = done[-1]
                return Speaker(last.speaker, last.speaker_id, last.speaker_start, last.speaker_end)
        first = self.doc.char_span(q.open_mark, q.open_mark + 1, alignment_mode="expand")
        if first is None or first.start == 0:
            return None
        prev_sent = self.doc[first.start - 1].sent
        cues = [self.cue_of(t) for t in self.possible_cues(prev_sent) if self.is_cue(t)]
        cues = [c for c in cues if c.speaker is not None and not c.speaker.relay]
        return cues[-1].speaker if cues else None

    # ---- reported speech ---------------------------------------------------------------------
    def content_of(self, tok):
        """(start, end) of what a cue token reports, or None; worked out once per token."""
        if tok.i not in self._contents:
            self._contents[tok.i] = self.find_content(tok)
        return self._contents[tok.i]

    def find_content(self, tok):
        """(start, end) of what a cue token reports, or None."""
        if tok.lower_ == "according":
            sent = tok.sent
            skip = {t.i for t in tok.subtree}
            rest = [t for t in sent if t.i not in skip and not t.is_punct]
            if not rest:
                return None
            return rest[0].idx, rest[-1].idx + len(rest[-1])
        lemma = self.lemma(tok)
        for c in list(tok.rights) + list(tok.lefts)[::-1]:  # a clause after the cue first
            if c.dep_ in CONTENT_DEPS or (c.dep_ == "xcomp" and (lemma in self.lex.xcomp_cues or (
                    c.tag_ == "VBG" and c.i > tok.i and lemma in self.lex.object_cues))):  # 'denied taking X'
                addressee = self.prep_object(tok, lemma, before=c.i) if c.dep_ == "xcomp" else None
                if c.dep_ == "xcomp" and addressee is None:
                    addressee = next((o for o in tok.children if o.dep_ in ("dobj", "dative") and tok.i < o.i < c.i), None)
                if addressee is not None:  # 'called on X to resign', 'urged X to resign': X is part of it
                    return self.object_extent(tok, addressee)
                return self.clause_extent(tok, c)
        if lemma in self.lex.object_cues or (lemma in self.lex.verbs and lemma not in ADDRESSEE_VERBS):
            # a verb of saying with an object: 'said yes', or the parser's reading of 'said he had
            # secured contracts' (a clause taken for an object)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is None and lemma in self.lex.object_cues:  # 'called X "a disgrace"' read as two oprd
                obj = next((c for c in tok.children if c.dep_ == "oprd"), None)
            if obj is not None and obj.i > tok.i:
                if self.is_quantity_object(obj, lemma):
                    return None  # 'the economy added 150,000 jobs' says nothing
                if not self.is_bare_document(tok, obj):
                    return self.object_extent(tok, obj)
        said_of = self.passive_content(tok, lemma)
        if said_of is not None:
            return said_of
        preps = (self.lex.prep_cues or {}).get(lemma)
        if preps:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i:
                    obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
                    if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):  # not 'reported on Friday'
                        return self.object_extent(tok, obj)  # 'called on X to resign', 'referred to X as Y'
        late = self.that_clause_after_adverbials(tok, lemma)
        if late is not None:
            return late
        if lemma in self.lex.verbs and (tok.dep_ == "parataxis" or (tok.dep_ == "ccomp" and tok.i > tok.head.i)) \
                and not self.is_report_cue(tok.head):  # 'X is true, he said', not 'she said she believed
            sent = tok.sent
            skip = {t.i for t in tok.subtree}
            rest = [t for t in sent if t.i not in skip and not t.is_punct]
            if rest:
                return rest[0].idx, rest[-1].idx + len(rest[-1])
        if (lemma in self.lex.verbs and lemma not in self.lex.weak_verbs or self.is_as_it_cue(tok)) \
                and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            # 'As X reported on Monday, Y': the clause the 'as' clause hangs on is what was reported
            skip = {t.i for t in tok.subtree}
            return self.trimmed([t for t in tok.sent if t.i not in skip])
        return None

    def that_clause_after_adverbials(self, tok, lemma: str):
        """'X acknowledged on Sunday's show that Y', 'X claimed at the time that Y', 'X conceded
        publicly as well as privately that Y': a 'that' clause after the cue's own adverbials,
        which the parser hangs on a word of them (a relative clause of 'time', a clause of an
        adverb). The words between must all belong to the cue's adverbials, with no verb outside
        quotation marks; the clause must have a subject of its own after 'that' (not 'the
        statement that was released', 'the meeting that he chaired')."""
        if lemma not in self.lex.verbs or lemma in self.lex.weak_verbs or tok.pos_ != "VERB":
            return None
        inside = {t.i for t in tok.subtree}
        for t in self.doc[tok.i + 1:min(tok.sent.end, tok.i + 1 + LATE_THAT_WORDS)]:
            if t.i not in inside:
                return None
            if t.lower_ == "that" and t.i not in self.quoted_tokens:
                toks = self.late_that_clause(t)
                if toks and toks[0].head.dep_ == "relcl" and lemma in (self.lex.prep_cues or {}):
                    return None  # 'spoke on the day that she was elected': a verb that needs no content
                return self.trimmed(self.run_on(tok, toks)) if toks else None
            if t.i in self.quoted_tokens or t.is_punct:
                continue
            if t.pos_ in ("VERB", "AUX", "SCONJ") or self.cue_branch(tok, t).dep_ not in ADVERBIAL_DEPS:
                return None
        return None

    def late_that_clause(self, that):
        """The tokens of the clause a stray 'that' opens, or None when it is a relative pronoun."""
        clause = that.head
        if clause.i <= that.i or clause.pos_ not in ("VERB", "AUX"):
            return None
        if not any(c.dep_ in SUBJECT_DEPS | {"expl"} and c.i > that.i for c in clause.children):
            return None
        if that.dep_ not in ("mark", "advmod") and clause.dep_ == "relcl":
            return None
        return list(self.doc[that.i:clause.right_edge.i + 1])

    def cue_branch(self, tok, t):
        """The child of `tok` whose subtree holds `t`."""
        while t.head.i != tok.i and t.head.i != t.i:
            t = t.head
        return t

    def is_quantity_object(self, obj, lemma: str) -> bool:
        """A quantity after a verb of saying ('the economy added 150,000 jobs'): no speech."""
        return lemma not in self.lex.object_cues and (obj.ent_type_ in QUANTITY_ENTS or any(
            c.dep_ == "nummod" or c.ent_type_ in QUANTITY_ENTS for c in obj.children))

    def is_bare_document(self, tok, obj) -> bool:
        """'released a statement': the document itself, whose words are not given, is no content."""
        return obj.lemma_.lower() in self.lex.reporting_nouns and all(c.dep_ == "det" for c in obj.children) \
            and not any(c.i > obj.i and c.dep_ == "prep" and c.lower_ in OBJECT_TAIL_PREPS for c in tok.children)

    def prep_object(self, tok, lemma: str, before: int):
        """The object of the cue's own preposition ('called on X', 'pleaded with X') before a token."""
        preps = (self.lex.prep_cues or {}).get(lemma, ())
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps and tok.i < c.i < before:
                return next((o for o in c.children if o.dep_ == "pobj"), None)
        return None

    def passive_content(self, tok, lemma: str):
        """'Y was first reported by X', 'Y was denied by X': the passive subject is what X said."""
        if lemma not in self.lex.verbs and lemma not in self.lex.object_cues:
            return None
        if not any(c.dep_ == "agent" for c in tok.children):
            return None
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lower_ in RELATIVE_PRONOUNS or subject.pos_ == "PRON":
            return None
        return self.trimmed(list(subject.subtree))

    def lemma(self, tok) -> str:
        """The cue lemma of a verb, mended where the tagger cuts a final e ('hoped' -> 'hop')."""
        lemma = tok.lemma_.lower()
        if not self.lex.reports(lemma) and self.lex.reports(lemma + "e") and tok.lower_.startswith(lemma + "e"):
            return lemma + "e"
        return lemma

    def is_as_it_cue(self, tok) -> bool:
        """'..., as X put it': a verb that reports only in that phrase (lexicon: as_it_verbs)."""
        return self.lemma(tok) in self.lex.as_it_verbs and tok.dep_ == "advcl" \
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)

    def is_report_cue(self, tok) -> bool:
        """A cue of reported speech or stance (wider than the cues of direct quotes)."""
        if self.is_cue(tok) or (tok.pos_ == "VERB" and self.is_as_it_cue(tok)):
            return True
        return tok.i not in self.quoted_tokens and tok.pos_ in ("VERB", "AUX") and self.lex.reports(self.lemma(tok))

    def trimmed(self, toks: list):
        """(start, end) of a token run without a leading 'that'/'whether' or punctuation and
        without trailing punctuation (closing quotation marks stay); it ends before ', adding ...'
        or ', saying ...', which is the same speaker's next attribution, and before ', according
        to X', which names another source."""
        self.cue_candidates()
        maybe = self._cue_candidate_set  # both checks need a cue word
        cut = next((t for t in toks[1:] if t.i in maybe and (
            self.starts_next_attribution(t) or self.is_trailing_according(t))), None)
        if cut is not None and cut.i > 0 and self.doc[cut.i - 1].lower_ in NEXT_ACT_WORDS:
            cut = self.doc[cut.i - 1]
        toks = [t for t in toks if cut is None or t.i < cut.i]
        inside = {t.i for t in toks}
        while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "mark" and (
                toks[0].lower_ == "that" or toks[0].lower_ in ("whether", "if") and toks[0].head.head.i not in inside)):
            toks.pop(0)  # 'if' opening a condition inside the content stays
        while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text not in "\"”»’'"):
            toks.pop()
        return (toks[0].idx, toks[-1].idx + len(toks[-1])) if toks else None

    def starts_next_attribution(self, tok) -> bool:
        """', rejecting X', 'before suggesting X', 'and vowed to X': the same speaker's next act of
        saying or stance, which is an attribution of its own and not part of the content before."""
        lemma = self.lemma(tok)
        if tok.i in self.quoted_tokens or tok.pos_ != "VERB":
            return False
        prev = self.doc[tok.i - 1]
        if tok.tag_ == "VBG" and (lemma in self.lex.verbs or lemma in self.lex.object_cues):
            return self.is_trailing_participle(tok) or prev.lower_ in NEXT_ACT_WORDS
        return False

    def is_trailing_according(self, tok) -> bool:
        """', according to X' after a clause: a source of its own, not part of what is reported."""
        return tok.lower_ == "according" and tok.i > 0 and self.doc[tok.i - 1].text == "," \
            and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to"

    def clause_extent(self, tok, clause):
        """A reported clause (ccomp or xcomp of the cue)."""
        toks = list(clause.subtree)
        return self.trimmed(self.run_on(tok, toks) if clause.i > tok.i else toks)

    def object_extent(self, tok, obj):
        """The object of a stance verb with what qualifies it ('praised X as Y', 'blamed X for Y')."""
        last = obj.right_edge
        for c in tok.children:
            if c.i > obj.i and (c.dep_ in OBJECT_TAIL_DEPS or (c.dep_ == "prep" and c.lower_ in OBJECT_TAIL_PREPS)):
                last = max(last, c.right_edge, key=lambda t: t.i)
        return self.trimmed(self.run_on(tok, list(self.doc[obj.left_edge.i:last.i + 1])))

    def run_on(self, tok, toks: list) -> list:
        """Content running on to the end of the sentence over the rest of the cue's phrase (words
        the parser hung elsewhere, 'if elected', 'before ...'), but not into a second verb of the
        same subject ('said X and added Y') or a parenthetical."""
        stop = set()
        acts = [s for s in tok.children if s.dep_ == "conj" and s.pos_ in ("VERB", "AUX") and not self.is_second_that(s)]
        for c in tok.children:
            if c.i > toks[-1].i and (c.dep_ in AFTER_CONTENT_DEPS or (
                    c.dep_ in ("conj", "cc") and (c in acts or any(s.i > c.i for s in acts)))):
                stop |= {t.i for t in c.subtree}
        inside = {t.i for t in tok.subtree}
        toks = list(toks)
        j = toks[-1].i + 1
        while j < tok.sent.end and j in inside and j not in stop:
            toks.append(self.doc[j])
            j += 1
        return toks

    def is_second_that(self, conj) -> bool:
        """'X said that A — and that B': a second 'that' clause the parser joined to the cue verb,
        still what is reported, not the speaker's next act."""
        return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < conj.i for c in conj.children)

    def source_words(self, tok) -> Optional[tuple[int, int]]:
        """For a cue verb right after a comma-led source ('..., FEC records show.', 'X, he said,
        Y'): the token range [first, last] of that source, else None. The words between the
        comma and the verb must read as a noun phrase, whatever the tagger made of them."""
        end = tok.i - 1
        if self.doc[end].text == ",":  # '..., the party's chairman, Ann Lee, said': a name and its apposition
            inner = self.noun_chunk_before(end, tok.sent)
            if inner is None:
                return None
            first = self.noun_chunk_before(inner - 1, tok.sent)
            return (first, end - 1) if first is not None else None
        first = self.noun_chunk_before(tok.i, tok.sent)
        return (first, end) if first is not None else None

    def noun_chunk_before(self, stop: int, sent) -> Optional[int]:
        """The first token of the noun-phrase-like words between the comma before `stop` and `stop`."""
        i = stop - 1
        while i > sent.start and stop - i <= TRAILING_SOURCE_WORDS:
            t = self.doc[i]
            if t.text == ",":
                break
            if t.is_punct and t.text not in "'’-." or t.i in self.quoted_tokens or t.pos_ == "SCONJ" \
                    or t.lower_ in SOURCE_BREAKERS or t.tag_ in ("VBD", "VBN", "VBG", "MD"):
                return None
            i -= 1
        if self.doc[i].text != "," or i == stop - 1 or i == sent.start:
            return None
        words = self.doc[i + 1:stop]
        if words[0].pos_ == "CCONJ" or not any(
                t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or (t.tag_ == "VBZ" and t.pos_ == "VERB") for t in words):
            return None  # '..., and has never responded' is a second clause, not a source
        return i + 1

    def trailing_source(self, tok):
        """'..., analysts say.' / '..., the center's data show.' / 'X, he said in the video, Y':
        a source and cue after the content, read from the surface because the parser often hangs
        them inside the content. Returns (content start, content end, speaker) or None."""
        lemma = self.lemma(tok)
        if tok.i in self.quoted_tokens or lemma not in self.lex.verbs:
            return None
        sent, j = tok.sent, tok.i + 1
        if tok.pos_ not in ("VERB", "AUX") and not (
                lemma in self.lex.mistagged_cues and all(t.is_punct or t.is_space for t in self.doc[j:sent.end])):
            return None  # the tagger's noun 'show' in '..., records show.' at the end of a sentence only
        source = self.source_words(tok)
        if source is None:
            return None
        deps = {c.dep_ for c in tok.children}
        if tok.tag_ == "VBG" or (tok.tag_ == "VBN" and "aux" not in deps) or "auxpass" in deps:
            return None  # a finite verb of saying ('said', 'has said'), not 'known as' or 'saying'
        while j < sent.end and self.doc[j].text != "," and not self.doc[j].is_sent_end:
            t = self.doc[j]
            if t.pos_ in ("VERB", "AUX") or t.dep_ == "mark" or t.i in self.quoted_tokens \
                    or j - tok.i > TRAILING_SOURCE_WORDS:
                return None
            j += 1
        preps = (self.lex.prep_cues or {}).get(lemma, ())
        hearer = ("dobj",) if lemma in ADDRESSEE_VERBS else ()  # '..., X told reporters.'
        if any(tok.i < c.i < j and (c.dep_ not in TRAILING_CUE_DEPS + hearer or c.lower_ in preps) for c in tok.children):
            return None  # the verb reports what follows it ('only two said yes', 'responded to it')
        comma = self.doc[source[0] - 1]
        left = list(self.doc[sent.start:comma.i])
        if any(t.head.i == tok.i and t.dep_ == "advcl" for t in left):
            return None  # 'When asked about it, the company declined': a clause of time, not content
        rest = [t for t in self.doc[j:sent.end] if not (t.is_punct or t.is_space)]
        if rest and self.doc[j].text == ",":
            if rest[0].i in self.quoted_tokens or self.text[self.doc[j].idx + 1:rest[0].idx].strip():
                return None  # 'X said, "..."': the quote after it is the content
            # a parenthetical source ('Fraudsters, he said, do not last'): the content is around it,
            # unless the words after it are the speaker's next act (', adding ...', ', before saying')
            next_act = self.is_trailing_participle(rest[0]) or rest[0].tag_ == "VBG" or rest[0].pos_ == "ADP" or (
                rest[0].lower_ in NEXT_ACT_WORDS and len(rest) > 1 and rest[1].tag_ == "VBG")
            toks = left if next_act else list(self.doc[sent.start:sent.end])
        else:
            toks = left
        if toks is left and (len(toks) < 3 or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in left)):
            return None  # the content before a source is a clause ('For a decade, X advised Y' is none)
        words = [t for t in left if not (t.is_punct or t.is_space)]
        if words and all(t.i in self.quoted_tokens for t in words):
            return None  # '"...," she said': a direct quote, taken as such
        span = self.trimmed(toks)
        if span is None:
            return None
        first, last = self.doc[source[0]], self.doc[source[1]]
        heads = [t for t in self.doc[source[0]:source[1] + 1] if t.pos_ in ("NOUN", "PROPN", "PRON")]
        speaker = self.resolve(heads[-1] if heads else last)
        start = first.idx + (4 if first.lower_ == "the" else 0)
        speaker.start, speaker.end = start, last.idx + len(last)
        return span[0], span[1], speaker

    def reported(self, direct: list[Quote]) -> list[Quote]:
        out = []
        for i in self.cue_candidates():
            tok = self.doc[i]
            trailing = self.trailing_source(tok)
            if not trailing and not self.is_report_cue(tok):
                if self.is_unattributed_cue(tok):
                    out.append(self.unattributed(tok))
                continue
            span = trailing[:2] if trailing else self.content_of(tok)
            if span is None:
                if self.is_unattributed_cue(tok):  # 'X is said to ...', 'X was seen as ...'
                    out.append(self.unattributed(tok))
                continue
            start, end = span
            cue = self.cue_of(tok)
            if trailing:
                cue.speaker = trailing[2]
            if cue.speaker is None:
                if self.is_unattributed_cue(tok):
                    out.append(self.unattributed(tok))
                continue
            end = self.through_open_quote(start, end)
            inside = [q for q in self.spans if q.start < end and start < q.end]
            # the whole content is one quoted span: that is a direct quote, already taken
            if any(q.open_mark - 1 <= start and end <= (q.close_mark or q.end) + 1 for q in inside):
                continue
            speaker = cue.speaker
            if speaker.name is None:
                speaker = self.previous_named(speaker, direct + out)
            if speaker.relay:
                other = self.non_relay_cue(tok, (start, end))
                if other is not None:
                    speaker = other
            kind = "mixed" if inside else "indirect"
            out.append(Quote(text=self.text[start:end], start=start, end=end, kind=kind,
                             speaker=speaker.name, speaker_id=speaker.actor_id,
                             speaker_start=speaker.start, speaker_end=speaker.end,
                             cue=cue.text, cue_start=cue.start, cue_end=cue.end))
        return out

    def through_open_quote(self, start: int, end: int) -> int:
        """The end of reported content that stops inside a quotation it opened ('said the plan
        "works. We will keep it."'): the quotation's closing mark, beyond the sentence end."""
        for q in self.spans:
            if start <= q.open_mark < end and q.close_mark is not None and q.close_mark >= end:
                return q.close_mark + 1
        return end

    def noun_reported(self) -> list[Quote]:
        """Claims and stances carried by a noun: 'his claim that ...', 'her criticism of ...',
        'X's position is that ...', 'in his view, ...'. The speaker is the possessor."""
        out = []
        for i in self.tokens_with_lemma(self.lex.claim_nouns()):
            tok = self.doc[i]
            if tok.pos_ != "NOUN" or tok.i in self.quoted_tokens:
                continue
            lemma = tok.lemma_.lower()
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            span = None
            if lemma in self.lex.opinion_nouns and owner is not None and tok.dep_ == "pobj" \
                    and tok.head.lower_ in ("in", "to") and tok.head.dep_ == "prep":
                skip = {t.i for t in tok.head.subtree}
                rest = [t for t in tok.sent if t.i not in skip]
                span = self.trimmed(rest)
            elif lemma in self.lex.noun_cues:
                span = self.noun_content(tok)
                owner = owner or self.noun_agent(tok, span)
                if span is not None and owner is None and not self.is_clause_content(tok, span):
                    continue  # 'concerns about X' with no one holding them: a topic, not an attribution
            if span is None:
                continue
            speaker = self.resolve(owner) if owner is not None else None
            if speaker is not None and speaker.name is None:
                speaker = self.previous_named(speaker, out)
            start, end = span
            kind = "mixed" if any(q.start < end and start < q.end for q in self.spans) else "indirect"
            quote = Quote(text=self.text[start:end], start=start, end=end, kind=kind,
                          cue=tok.text, cue_start=tok.idx, cue_end=tok.idx + len(tok))
            if speaker is not None:
                quote.speaker, quote.speaker_id = speaker.name, speaker.actor_id
                quote.speaker_start, quote.speaker_end = speaker.start, speaker.end
            out.append(quote)
        return out

    def phrase_reported(self) -> list[Quote]:
        """Stances told by a verb and a noun of speech ('X took issue with Y', 'X made no mention
        of Y', 'X aimed his criticism at Y', 'X made a case that Y'; lexicon: stance_phrases):
        what follows the preposition (or the noun's 'that' clause) is attributed to the verb's
        subject."""
        out = []
        for i in self.tokens_with_lemma(self.lex.stance_nouns()):
            noun = self.doc[i]
            if noun.dep_ != "dobj" or noun.i in self.quoted_tokens:
                continue
            verb = noun.head
            preps = ((self.lex.stance_phrases or {}).get(verb.lemma_.lower()) or {}).get(noun.lemma_.lower())
            if not preps or verb.pos_ not in ("VERB", "AUX"):
                continue
            span = self.phrase_content(verb, noun, preps)
            speaker = self.speaker_of(verb) if span is not None else None
            if speaker is None:
                continue
            if speaker.name is None:
                speaker = self.previous_named(speaker, out)
            start, end = span
            kind = "mixed" if any(q.start < end and start < q.end for q in self.spans) else "indirect"
            out.append(Quote(text=self.text[start:end], start=start, end=end, kind=kind,
                             speaker=speaker.name, speaker_id=speaker.actor_id,
                             speaker_start=speaker.start, speaker_end=speaker.end,
                             cue=self.text[verb.idx:noun.idx + len(noun)], cue_start=verb.idx,
                             cue_end=noun.idx + len(noun)))
        return out

    def phrase_content(self, verb, noun, preps):
        """What a stance phrase is about: the object of its preposition, on the noun or after it
        on the verb, or the noun's 'that' clause."""
        for c in list(noun.rights) + [c for c in verb.rights if c.i > noun.i]:
            if c.dep_ == "prep" and c.lower_ in preps:
                obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                    return self.trimmed(self.run_on(verb, list(obj.subtree)))
            if "that" in preps and c.dep_ in ("acl", "ccomp") and any(
                    t.dep_ == "mark" and t.lower_ == "that" for t in c.children):
                return self.trimmed(list(c.subtree))
        return None

    def noun_agent(self, tok, span):
        """Who holds a claim noun named after it: 'the call by X for Y', 'requests from X', 'the
        refusal of X to ratify it' (a name after 'of' when the content is a clause of its own)."""
        for c in tok.rights:
            if c.dep_ != "prep" or c.lower_ not in ("by", "from", "of"):
                continue
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None or (span is not None and span[0] <= obj.idx < span[1]):
                continue
            if c.lower_ == "by" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or obj.pos_ == "PROPN":
                return obj
        return None

    def is_clause_content(self, tok, span) -> bool:
        """Whether a claim noun's content is a clause ('fears that X', 'a pledge to X')."""
        first = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return first is not None and any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                                         for t in first)

    def noun_content(self, tok):
        """What a claim noun carries: a 'that' or 'to' clause, the object of 'of/about/for', or
        the clause after 'is' in 'X's position is that ...'."""
        for c in tok.rights:
            if c.dep_ in ("acl", "ccomp") and any(t.dep_ in ("mark", "aux") and t.lower_ in ("that", "to")
                                                   for t in c.children if t.i < c.i):
                return self.trimmed(list(c.subtree))
        agent = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.i + 1), None)
        after = agent.right_edge.i + 1 if agent is not None else tok.i + 1  # 'the call by X for Y'
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "against", "for", "on") and c.i == after:
                obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):  # not 'his statement on Monday'
                    return self.trimmed(list(obj.subtree))
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            clause = next((c for c in tok.head.rights if c.dep_ == "ccomp"), None)
            if clause is not None:
                return self.trimmed(list(clause.subtree))
        return None

    def is_unattributed_cue(self, tok) -> bool:
        """'X appears to ...', 'X seems ...', 'X is expected to ...', 'X is widely considered Y'."""
        if tok.i in self.quoted_tokens or tok.pos_ not in ("VERB", "AUX") or self.lemma(tok) not in self.lex.unattributed_cues:
            return False
        deps = {c.dep_ for c in tok.children}
        passive = "auxpass" in deps or "nsubjpass" in deps
        raising = self.lemma(tok) in ("appear", "seem")
        if raising and any(c.dep_ == "xcomp" and self.is_report_cue(c) for c in tok.children):
            return False  # 'X appeared to acknowledge Y': X's own acknowledgement, told by its cue
        judged_as = passive and any(c.dep_ == "prep" and c.lower_ in ("as", "for") for c in tok.children) \
            and not (tok.lower_ in self.lex.naming_cues and any(c.lower_ == "as" for c in tok.children))  # 'known as X' names
        return (passive or raising) and "agent" not in deps \
            and (bool(deps & {"xcomp", "oprd", "attr", "acomp", "ccomp"}) or judged_as) \
            and bool(deps & {"nsubj", "nsubjpass", "expl"})  # 'X is known for Y', 'X was seen as Y'

    def unattributed(self, tok) -> Quote:
        """A view attributed to no one: the whole clause is the content, there is no speaker."""
        toks = [t for t in tok.subtree if t.dep_ not in ("mark",) or t.head.i != tok.i]
        start, end = self.trimmed(toks) or (tok.idx, tok.idx + len(tok))
        kind = "mixed" if any(q.start < end and start < q.end for q in self.spans) else "indirect"
        return Quote(text=self.text[start:end], start=start, end=end, kind=kind,
                     cue=tok.text, cue_start=tok.idx, cue_end=tok.idx + len(tok))

    def without_nested(self, quotes: list[Quote]) -> list[Quote]:
        """Drops a reported clause whose cue sits inside another one of the same speaker ('X said
        she believes Y': one attribution, X said that she believes Y), and a view held by no one
        inside what someone says ('X said it appeared to be Y': X's words, not an open view)."""
        def same(inner: Quote, outer: Quote) -> bool:
            if inner.speaker_start is None:
                return outer.speaker_start is not None
            pronoun = self.text[inner.speaker_start:inner.speaker_end].lower() in PERSONAL_PRONOUNS
            return pronoun or (inner.speaker is not None and inner.speaker == outer.speaker)
        def holds(outer: Quote, inner: Quote) -> bool:
            return outer.start <= inner.cue_start < outer.end

        return [q for q in quotes if not any(
            o is not q and holds(o, q) and not holds(q, o) and same(q, o) for o in quotes)]

    def non_relay_cue(self, tok, content: tuple[int, int]) -> Optional[Speaker]:
        """For 'X said ..., according to Tass': the speaker of another cue in the sentence, outside
        what the relay reports ('The Times reported that investigators found ...' stays the Times')."""
        for t in self.possible_cues(tok.sent):
            if t.i != tok.i and self.is_cue(t) and not content[0] <= t.idx < content[1]:
                s = self.speaker_of(t)
                if s is not None and not s.relay:
                    return s
        return None

    def run(self) -> list[Quote]:
        direct = self.direct()
        reported = self.without_nested(self.reported(direct) + self.noun_reported() + self.colon_reported()
                                       + self.phrase_reported())
        return direct + [self.with_continuation(q, direct, reported) for q in reported]

    def with_continuation(self, quote: Quote, direct: list[Quote], reported: list[Quote]) -> Quote:
        """A reported clause that the speaker goes on with in quotation marks, with no new cue
        ('He said the party had failed him. "They are angry. We will win anyway."'): one
        attribution running through those quotations, which then counts as mixed."""
        if quote.speaker is None or quote.cue_start is None or quote.cue_start > quote.start:
            return quote
        cue = self.doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        content = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if not cue or not content or self.lemma(cue[0]) not in self.lex.verbs \
                or not any(t.pos_ in ("VERB", "AUX") for t in content):
            return quote  # only a clause someone says goes on in their own words, not a stance's object
        sent = cue[0].sent
        if any(sent.start_char <= d.start < sent.end_char and not any(r.start <= d.start < r.end for r in reported)
               for d in direct):
            return quote  # '"A," said X, arguing that B. "C."': C goes on from A, the quote of the sentence
        end = quote.end
        for d in sorted(direct, key=lambda d: d.start):
            if d.start < end:
                continue
            gap = self.text[end:d.start]
            if d.cue is not None or d.speaker != quote.speaker or gap.strip(" \n.!?\"“”'‘’") \
                    or not re.search(r"[.!?]", self.text[end:d.start] or self.text[end - 1:end]):
                break
            end = d.end
            while end < len(self.text) and self.text[end] in "\"”’'»":
                end += 1
        if end == quote.end:
            return quote
        return Quote(text=self.text[quote.start:end], start=quote.start, end=end, kind="mixed",
                     speaker=quote.speaker, speaker_id=quote.speaker_id, speaker_start=quote.speaker_start,
                     speaker_end=quote.speaker_end, cue=quote.cue, cue_start=quote.cue_start, cue_end=quote.cue_end)


class QuoteExtractor:
    """Pipeline component: fills `analysis.quotes` (see the module docstring)."""

    def __init__(self, lexicon: CueLexicon | None = None):
        self.lex = lexicon or load_lexicon()

    def __call__(self, analysis):
        analysis.quotes = _Run(analysis, self.lex).run()
        return analysis


def evaluate_polnear(path: str, nlp=None) -> dict:
    """PolNeAR attributions (direct, mixed, indirect); see newsgraph.analyze.quotes_eval."""
    from .quotes_eval import evaluate_polnear as run

    return run(path, nlp)
