/* newsgraph web UI: one page shell, routed on location.pathname, reading /api/*.
 * Every piece of text from the database goes into the page through textContent (the h() helper);
 * nothing from an article is ever parsed as HTML. */
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const app = document.getElementById("app");

/* h("div", {class: "x", onclick: fn}, "text", child, [children]) -> Element; strings become text nodes. */
function h(tag, attrs, ...children) {
  const el = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.forEach((x) => x && u.append(k, x));
    else if (v !== null && v !== undefined && v !== "") u.append(k, v);
  }
  return u.toString();
}

async function api(path, params) {
  const url = "/api/" + path + (params ? "?" + qs(params) : "");
  const r = await fetch(url, {headers: {Accept: "application/json"}});
  if (!r.ok) throw new Error(r.status + " " + (await r.text()).slice(0, 200));
  return r.json();
}

function link(href, ...children) {
  return h("a", {href}, ...children);
}

const enc = encodeURIComponent;
const articleHref = (id, start, end) => "/article/" + enc(id) + (start !== undefined && start !== null ? "?hl=" + start + "-" + end : "");
const actorHref = (id) => "/actor/" + enc(id);

function params() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/* Puts the filters in the address bar; the page is no longer "ready" until it has re-rendered. */
function setParams(p) {
  delete app.dataset.ready;
  const q = qs(p);
  history.replaceState(null, "", location.pathname + (q ? "?" + q : ""));
}

function scoreClass(s) {
  if (s === null || s === undefined) return "neutral";
  return s > 0 ? "coop" : s < 0 ? "conflict" : "neutral";
}

function names(list) {
  return (list || []).join(", ");
}

function actorLinks(namesList, ids) {
  const out = [];
  (namesList || []).forEach((n, i) => {
    if (i) out.push(", ");
    out.push(ids && ids[i] ? link(actorHref(ids[i]), n) : n);
  });
  return out.length ? out : ["?"];
}

function eventDate(e) {
  return e.date || (e.article_published ? "(" + String(e.article_published).slice(0, 10) + ")" : "undated");
}

/* The evidence sentence with its trigger word in bold. */
function evidence(e) {
  const text = e.evidence || "";
  const ts = e.trigger_start, te = e.trigger_end, es = e.evidence_start || 0;
  if (ts === null || ts === undefined || ts < es || te - es > text.length) return h("span", {class: "evidence"}, text);
  return h("span", {class: "evidence"}, text.slice(0, ts - es), h("b", {class: "trigger"}, text.slice(ts - es, te - es)), text.slice(te - es));
}

function eventRow(e, onOpen) {
  const row = h("li", {class: "event " + scoreClass(e.score), "data-event": e.article_id + "/" + e.idx},
    h("div", {class: "event-head"},
      h("span", {class: "date"}, eventDate(e)), " ",
      h("span", {class: "type tag"}, e.type), " ",
      h("span", {class: "who"}, actorLinks(e.source, e.source_ids)),
      (e.target && e.target.length) ? [" → ", h("span", {class: "whom"}, actorLinks(e.target, e.target_ids))] : null,
      e.location ? h("span", {class: "muted"}, " in " + e.location) : null,
      e.status !== "occurred" ? h("span", {class: "status tag"}, e.status) : null,
      e.score !== null && e.score !== undefined ? h("span", {class: "score", title: "cooperation (+) / conflict (−)"}, (e.score > 0 ? "+" : "") + e.score) : null),
    h("div", {class: "event-evidence"}, "“", evidence(e), "”"));
  row.addEventListener("click", (ev) => {
    if (ev.target.closest("a")) return;
    onOpen ? onOpen(e) : openEvent(e);
  });
  row.tabIndex = 0;
  row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") row.click(); });
  return row;
}

/* The evidence panel: the sentence, the trigger, the facts, and every source reporting the event. */
async function openEvent(e) {
  let panel = document.getElementById("evidence-panel");
  if (!panel) {
    panel = h("aside", {id: "evidence-panel", class: "panel"});
    app.appendChild(panel);
  }
  panel.replaceChildren(h("p", {class: "muted"}, "Loading evidence…"));
  panel.classList.add("open");
  const full = await api("events/" + enc(e.article_id) + "/" + e.idx);
  panel.replaceChildren(
    h("button", {class: "close", "aria-label": "Close", onclick: () => panel.classList.remove("open")}, "×"),
    h("h2", {}, full.type + (full.cameo ? " (CAMEO " + full.cameo + ")" : "")),
    h("blockquote", {class: "evidence-sentence"}, evidence(full)),
    h("dl", {class: "facts"},
      h("dt", {}, "Who"), h("dd", {}, actorLinks(full.source, full.source_ids)),
      h("dt", {}, "To whom"), h("dd", {}, actorLinks(full.target, full.target_ids)),
      h("dt", {}, "When"), h("dd", {}, (full.date || "undated") + (full.date_text ? " (“" + full.date_text + "”)" : "")),
      h("dt", {}, "Where"), h("dd", {}, full.location || "—"),
      h("dt", {}, "Status"), h("dd", {}, full.status),
      h("dt", {}, "Score"), h("dd", {}, String(full.score ?? "—") + " (Goldstein " + (full.goldstein ?? "—") + ")")),
    h("h3", {}, "Sources (" + full.sources.length + ")"),
    h("ul", {class: "sources"}, full.sources.map((s) => h("li", {},
      link(articleHref(s.article_id, s.evidence_start, s.evidence_end), s.title || s.article_id),
      s.published ? h("span", {class: "muted"}, " " + String(s.published).slice(0, 10)) : null,
      s.url ? [" ", h("a", {href: safeUrl(s.url), rel: "noopener noreferrer", class: "muted"}, "original")] : null,
      h("div", {class: "muted small"}, "“" + (s.evidence || "") + "”")))));
  panel.scrollIntoView({block: "nearest"});
}

function safeUrl(u) {
  return /^https?:\/\//i.test(u || "") ? u : "#";
}

/* -- timeline ------------------------------------------------------------------------------ */

async function timelinePage() {
  const p = params();
  const stats = await api("stats");
  const form = filterForm(p, stats, (np) => { setParams(np); route(); });
  const data = await api("events", {actor: p.actor, type: p.type, status: p.status, since: p.since, until: p.until,
    text: p.text, place: p.place, limit: 200, sort: "date"});
  const byGroup = new Map();
  for (const e of data.items) {
    const key = e.story_id ? "story:" + e.story_id : "article:" + e.article_id;
    if (!byGroup.has(key)) byGroup.set(key, {key, label: e.story_id ? (e.story_title || e.story_id) : (e.article_title || e.article_id), story: !!e.story_id, events: []});
    byGroup.get(key).events.push(e);
  }
  const groups = [...byGroup.values()];
  app.replaceChildren(
    h("h1", {}, "Timeline"),
    form,
    h("p", {class: "muted"}, data.total + " events" + (data.total > data.items.length ? ", first " + data.items.length + " shown" : "")),
    timeAxis(groups),
    h("div", {class: "groups"}, groups.map((g) => h("section", {class: "group"},
      h("h2", {class: "group-title"}, g.story ? h("span", {class: "tag"}, "story") : null, " ", g.label),
      h("ol", {class: "events"}, g.events.map((e) => eventRow(e)))))));
  if (!data.items.length) app.appendChild(h("p", {}, "No events match."));
}

function filterForm(p, stats, onSubmit) {
  const field = (name, label, input) => h("label", {class: "field"}, h("span", {}, label), input);
  const select = (name, options) => h("select", {name}, h("option", {value: ""}, "any"),
    options.map((o) => h("option", {value: o, selected: p[name] === o ? "selected" : null}, o)));
  const form = h("form", {class: "filters"},
    field("actor", "Actor", h("input", {name: "actor", value: p.actor || "", placeholder: "any name form", list: "actor-names"})),
    field("type", "Type", select("type", stats.plover_types)),
    field("status", "Status", select("status", stats.statuses)),
    field("since", "From", h("input", {name: "since", value: p.since || "", placeholder: "YYYY-MM-DD", size: 10})),
    field("until", "To", h("input", {name: "until", value: p.until || "", placeholder: "YYYY-MM-DD", size: 10})),
    field("place", "Place", h("input", {name: "place", value: p.place || "", placeholder: "city or ISO3", size: 10})),
    field("text", "Text", h("input", {name: "text", value: p.text || "", placeholder: "in the evidence"})),
    h("button", {type: "submit"}, "Filter"),
    actorDatalist());
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    onSubmit(Object.fromEntries(new FormData(form)));
  });
  return form;
}

function actorDatalist(id = "actor-names") {
  const dl = h("datalist", {id});
  api("actors", {limit: 200}).then((r) => append(dl, r.items.map((a) => h("option", {value: a.name}))));
  return dl;
}

/* Events as dots on a date axis, one row per story (or article). */
function timeAxis(groups) {
  const dated = groups.flatMap((g) => g.events).map((e) => e.date_sort || e.article_published).filter(Boolean).map((d) => Date.parse(d));
  if (!dated.length) return h("p", {class: "muted"}, "No dated events to place on the axis.");
  let lo = Math.min(...dated), hi = Math.max(...dated);
  if (hi - lo < 864e5 * 2) { lo -= 864e5 * 3; hi += 864e5 * 3; }
  const placeable = groups.filter((g) => g.events.some((e) => e.date_sort || e.article_published));
  const rowH = 30, left = 8, width = 1000, top = 24, shown = placeable.slice(0, 30);
  const height = top + shown.length * rowH + 8;
  const x = (t) => left + (t - lo) / (hi - lo) * (width - 2 * left);
  const svg = h("svg:svg", {viewBox: "0 0 " + width + " " + height, class: "axis", role: "img", "aria-label": "Events on a time axis"});
  const ticks = 6;
  for (let i = 0; i <= ticks; i++) {
    const t = lo + (hi - lo) * i / ticks;
    svg.appendChild(h("svg:line", {x1: x(t), x2: x(t), y1: top - 6, y2: height, class: "tick"}));
    svg.appendChild(h("svg:text", {x: Math.min(x(t), width - 70), y: 14, class: "tick-label"}, new Date(t).toISOString().slice(0, 10)));
  }
  shown.forEach((g, row) => {
    const y = top + row * rowH + rowH / 2;
    svg.appendChild(h("svg:line", {x1: left, x2: width - left, y1: y, y2: y, class: "lane"}));
    svg.appendChild(h("svg:text", {x: left, y: y - 7, class: "lane-label"}, g.label.slice(0, 70)));
    for (const e of g.events) {
      const d = e.date_sort || e.article_published;
      if (!d) continue;
      const dot = h("svg:circle", {cx: x(Date.parse(d)), cy: y, r: e.date_sort ? 6 : 4, class: "dot " + scoreClass(e.score) + (e.date_sort ? "" : " inferred"),
        tabindex: 0, "data-event": e.article_id + "/" + e.idx},
        h("svg:title", {}, eventDate(e) + " " + e.type + ": " + names(e.source) + " → " + names(e.target)));
      dot.addEventListener("click", () => openEvent(e));
      svg.appendChild(dot);
    }
  });
  return h("div", {class: "axis-wrap"}, svg, h("p", {class: "muted small"}, "One row per story (or article). Green: cooperation, red: conflict; small dots are dated by their article. Click a dot for its evidence."));
}

/* -- relationship ----------------------------------------------------------------------------- */

async function relationshipPage() {
  const p = params();
  const form = h("form", {class: "filters"},
    h("label", {class: "field"}, h("span", {}, "Actor A"), h("input", {name: "a", value: p.a || "", list: "actor-names", required: "required"})),
    h("label", {class: "field"}, h("span", {}, "Actor B"), h("input", {name: "b", value: p.b || "", list: "actor-names", required: "required"})),
    h("label", {class: "field"}, h("span", {}, "Per"), h("select", {name: "bucket"},
      ["month", "week"].map((b) => h("option", {value: b, selected: p.bucket === b ? "selected" : null}, b)))),
    h("button", {type: "submit"}, "Compare"), actorDatalist());
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    setParams(Object.fromEntries(new FormData(form)));
    route();
  });
  app.replaceChildren(h("h1", {}, "Relationship"), form);
  if (!p.a || !p.b) {
    app.appendChild(h("p", {class: "muted"}, "Pick two actors to see their cooperation and conflict over time."));
    return;
  }
  const r = await api("relationship", {a: p.a, b: p.b, bucket: p.bucket || "month"});
  const an = r.a.names.join(" / ") || p.a, bn = r.b.names.join(" / ") || p.b;
  app.append(
    h("h2", {}, an + " ↔ " + bn),
    h("p", {class: "muted"}, r.total_events + " events between them"),
    scoreChart(r.series),
    h("div", {class: "columns"},
      h("section", {}, h("h3", {}, "Events"), h("ol", {class: "events"}, r.events.map((e) => eventRow(e))),
        r.events.length ? null : h("p", {class: "muted"}, "No events between them.")),
      h("section", {},
        h("h3", {}, an + " on " + bn), quoteList(r.quotes_a_about_b),
        h("h3", {}, bn + " on " + an), quoteList(r.quotes_b_about_a))));
}

/* Mean score per period as bars above (cooperation) or below (conflict) a zero line. */
function scoreChart(series) {
  if (!series.length) return h("p", {class: "muted"}, "No dated events to chart.");
  const width = 1000, height = 220, mid = 110, pad = 30;
  const bw = Math.max(4, Math.min(60, (width - 2 * pad) / series.length - 4));
  const svg = h("svg:svg", {viewBox: "0 0 " + width + " " + height, class: "chart", role: "img", "aria-label": "Cooperation and conflict score over time"});
  svg.appendChild(h("svg:line", {x1: pad, x2: width - pad, y1: mid, y2: mid, class: "zero"}));
  svg.appendChild(h("svg:text", {x: 2, y: 16, class: "tick-label"}, "+10"));
  svg.appendChild(h("svg:text", {x: 2, y: height - 6, class: "tick-label"}, "−10"));
  series.forEach((s, i) => {
    const x = pad + i * (width - 2 * pad) / series.length;
    const v = s.score || 0, hgt = Math.abs(v) / 10 * (mid - 20);
    svg.appendChild(h("svg:rect", {x, width: bw, y: v >= 0 ? mid - hgt : mid, height: Math.max(hgt, 1), class: "bar " + scoreClass(v)},
      h("svg:title", {}, s.period.slice(0, 10) + ": mean score " + s.score + " over " + s.events + " events (" + s.cooperation + " cooperative, " + s.conflict + " conflictual)")));
    if (series.length <= 24 || i % Math.ceil(series.length / 12) === 0)
      svg.appendChild(h("svg:text", {x, y: height - 20, class: "tick-label"}, s.period.slice(0, 7)));
  });
  return h("div", {class: "axis-wrap"}, svg);
}

/* -- quotes ----------------------------------------------------------------------------------- */

function quoteList(items) {
  if (!items.length) return h("p", {class: "muted"}, "No quotes.");
  return h("ul", {class: "quotes"}, items.map((q) => h("li", {class: "quote"},
    h("blockquote", {}, "“" + q.text + "”"),
    h("div", {class: "quote-meta"}, "— ", q.speaker_id ? link(actorHref(q.speaker_id), q.speaker || q.speaker_id) : (q.speaker || "unknown speaker"),
      q.kind !== "direct" ? h("span", {class: "tag"}, q.kind) : null, " · ",
      link(articleHref(q.article_id, q.start, q.end), q.article_title || q.article_id),
      q.article_published ? h("span", {class: "muted"}, " " + String(q.article_published).slice(0, 10)) : null))));
}

async function quotesPage() {
  const p = params();
  const form = h("form", {class: "filters"},
    h("label", {class: "field"}, h("span", {}, "Speaker"), h("input", {name: "speaker", value: p.speaker || "", list: "actor-names"})),
    h("label", {class: "field"}, h("span", {}, "Text"), h("input", {name: "text", value: p.text || ""})),
    h("label", {class: "field"}, h("span", {}, "From"), h("input", {name: "since", value: p.since || "", placeholder: "YYYY-MM-DD", size: 10})),
    h("label", {class: "field"}, h("span", {}, "To"), h("input", {name: "until", value: p.until || "", placeholder: "YYYY-MM-DD", size: 10})),
    h("button", {type: "submit"}, "Search"), actorDatalist());
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    setParams(Object.fromEntries(new FormData(form)));
    route();
  });
  const r = await api("quotes", {speaker: p.speaker, text: p.text, since: p.since, until: p.until, limit: 200});
  app.replaceChildren(h("h1", {}, "Quotes"), form, h("p", {class: "muted"}, r.total + " quotes"), quoteList(r.items));
}

/* -- actors ----------------------------------------------------------------------------------- */

async function actorsPage() {
  const p = params();
  const form = h("form", {class: "filters"},
    h("label", {class: "field"}, h("span", {}, "Name"), h("input", {name: "q", value: p.q || "", placeholder: "any name form"})),
    h("button", {type: "submit"}, "Find"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    setParams(Object.fromEntries(new FormData(form)));
    route();
  });
  const r = await api("actors", {q: p.q, limit: 200});
  app.replaceChildren(h("h1", {}, "Actors"), form, h("p", {class: "muted"}, r.total + " actors"),
    h("table", {class: "table"}, h("thead", {}, h("tr", {}, h("th", {}, "Name"), h("th", {}, "Type"), h("th", {}, "Country"), h("th", {}, "Mentions"))),
      h("tbody", {}, r.items.map((a) => h("tr", {}, h("td", {}, link(actorHref(a.id), a.name)), h("td", {}, a.type), h("td", {}, a.country || ""), h("td", {}, a.mentions))))));
}

async function actorPage(id) {
  let a;
  try {
    a = await api("actors/" + enc(id));
  } catch (err) {
    app.replaceChildren(h("h1", {}, "Actor not found"), h("p", {}, String(err.message)));
    return;
  }
  app.replaceChildren(
    h("h1", {}, a.name, " ", h("span", {class: "tag"}, a.type), a.country ? h("span", {class: "tag"}, a.country) : null),
    a.roles.length ? h("p", {}, h("b", {}, "Roles: "), a.roles.join("; ")) : null,
    h("p", {}, h("b", {}, "Named as: "), a.names.map((n, i) => [i ? ", " : "", n.text, h("span", {class: "muted small"}, " ×" + n.n + (n.kind !== "name" ? " " + n.kind : ""))])),
    h("div", {class: "columns"},
      h("section", {}, h("h2", {}, "Interacts with"), network(a)),
      h("section", {}, h("h2", {}, "Quotes (" + a.quotes.length + ")"), quoteList(a.quotes))),
    h("h2", {}, "Events (" + a.events.length + ")"),
    h("ol", {class: "events"}, a.events.map((e) => eventRow(e))),
    h("h2", {}, "Articles"),
    h("ul", {}, a.articles.map((x) => h("li", {}, link(articleHref(x.id), x.title || x.id), x.published ? h("span", {class: "muted"}, " " + String(x.published).slice(0, 10)) : null))));
}

/* The actor in the middle, the actors it shares events with around it; line width = events. */
function network(a) {
  const others = a.network;
  if (!others.length) return h("p", {class: "muted"}, "No interactions found.");
  const size = 360, c = size / 2, r = 130;
  const svg = h("svg:svg", {viewBox: "0 0 " + size + " " + size, class: "network", role: "img", "aria-label": "Actors it interacts with"});
  const max = Math.max(...others.map((o) => o.events));
  const nodes = others.map((o, i) => {
    const ang = 2 * Math.PI * i / others.length - Math.PI / 2;
    return {o, x: c + r * Math.cos(ang), y: c + r * Math.sin(ang)};
  });
  for (const n of nodes)
    svg.appendChild(h("svg:line", {x1: c, y1: c, x2: n.x, y2: n.y, class: "edge " + scoreClass(n.o.mean_score), "stroke-width": 1 + 5 * n.o.events / max}));
  svg.appendChild(h("svg:circle", {cx: c, cy: c, r: 10, class: "node self"}));
  svg.appendChild(h("svg:text", {x: c, y: c - 14, class: "node-label", "text-anchor": "middle"}, a.name));
  for (const n of nodes) {
    const g = h("svg:a", {href: actorHref(n.o.id)},
      h("svg:circle", {cx: n.x, cy: n.y, r: 7, class: "node"}),
      h("svg:text", {x: n.x, y: n.y + (n.y < c ? -11 : 19), class: "node-label", "text-anchor": "middle"}, (n.o.name || n.o.id).slice(0, 24)),
      h("svg:title", {}, (n.o.name || n.o.id) + ": " + n.o.events + " events, mean score " + (n.o.mean_score === null ? "—" : n.o.mean_score.toFixed(1))));
    svg.appendChild(g);
  }
  return h("div", {class: "network-wrap"}, svg,
    h("p", {class: "small"}, "Compare with: ", others.slice(0, 6).map((o, i) => [i ? ", " : "", link("/relationship?" + qs({a: a.id, b: o.id}), o.name || o.id)])));
}

/* -- article ---------------------------------------------------------------------------------- */

/* The text split at every fact boundary; each piece carries the kinds of facts covering it. */
function highlightedText(art, focus) {
  const text = art.text || "";
  const spans = [];
  for (const m of art.mentions) spans.push({s: m.start, e: m.end, kind: "actor", actor: m.actor_id, label: m.kind});
  for (const q of art.quotes) {
    spans.push({s: q.start, e: q.end, kind: "quote", label: "quote by " + (q.speaker || "?")});
    if (q.cue_start !== null && q.cue_start !== undefined) spans.push({s: q.cue_start, e: q.cue_end, kind: "cue"});
  }
  for (const t of art.timexes) spans.push({s: t.start, e: t.end, kind: "date", label: t.type + " " + (t.value || "")});
  for (const e of art.events) {
    spans.push({s: e.evidence_start, e: e.evidence_end, kind: "event", event: e});
    if (e.trigger_start !== null && e.trigger_start !== undefined) spans.push({s: e.trigger_start, e: e.trigger_end, kind: "trigger", label: e.type});
  }
  for (const p of art.places) spans.push({s: p.start, e: p.end, kind: "place", label: p.name});
  if (focus) spans.push({s: focus[0], e: focus[1], kind: "focus"});
  const cuts = new Set([0, text.length]);
  for (const sp of spans) if (sp.s >= 0 && sp.e <= text.length && sp.s < sp.e) { cuts.add(sp.s); cuts.add(sp.e); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = h("div", {class: "article-text"});
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const cover = spans.filter((sp) => sp.s <= a && sp.e >= b && sp.s < sp.e);
    const piece = text.slice(a, b);
    if (!cover.length) { out.appendChild(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(cover.map((c) => c.kind))];
    const titles = cover.filter((c) => c.label).map((c) => c.kind + ": " + c.label);
    const actor = cover.find((c) => c.actor);
    const ev = cover.find((c) => c.event);
    const el = h(actor ? "a" : "span", {class: kinds.map((k) => "hl-" + k).join(" "), title: titles.join("\n") || null,
      href: actor ? actorHref(actor.actor) : null, "data-start": a}, piece);
    if (ev && !actor) el.addEventListener("click", () => openEvent(ev.event));
    out.appendChild(el);
  }
  return out;
}

async function articlePage(id) {
  let art;
  try {
    art = await api("articles/" + enc(id));
  } catch (err) {
    app.replaceChildren(h("h1", {}, "Article not found"), h("p", {}, String(err.message)));
    return;
  }
  const hl = (params().hl || "").match(/^(\d+)-(\d+)$/);
  const focus = hl ? [Number(hl[1]), Number(hl[2])] : null;
  app.replaceChildren(
    h("h1", {}, art.title || (art.text || "").split("\n")[0].slice(0, 120) || art.id),
    h("p", {class: "muted"}, [art.published ? String(art.published).slice(0, 10) : "undated", art.source, art.url ? h("a", {href: safeUrl(art.url), rel: "noopener noreferrer"}, "original") : null].filter(Boolean).map((x, i) => [i ? " · " : "", x])),
    h("p", {class: "legend small"}, h("span", {class: "hl-actor"}, "actor"), " ", h("span", {class: "hl-quote"}, "quote"), " ",
      h("span", {class: "hl-date"}, "date"), " ", h("span", {class: "hl-event"}, "event sentence"), " ", h("span", {class: "hl-trigger"}, "event word"), " ", h("span", {class: "hl-place"}, "place")),
    h("div", {class: "article-layout"},
      highlightedText(art, focus),
      h("div", {class: "article-side"},
        h("h2", {}, "Actors"), h("ul", {}, art.actors.map((a) => h("li", {}, link(actorHref(a.id), a.name), " ", h("span", {class: "muted small"}, a.type + (a.role ? ", " + a.role : ""))))),
        h("h2", {}, "Events"), h("ol", {class: "events compact"}, art.events.map((e) => eventRow(e))),
        h("h2", {}, "Quotes"), quoteList(art.quotes.map((q) => Object.assign({article_id: art.id, article_title: "at " + q.start}, q))))));
  const target = focus && document.querySelector(".hl-focus");
  if (target) target.scrollIntoView({block: "center"});
}

/* -- stories and search ------------------------------------------------------------------------- */

async function storiesPage() {
  const r = await api("stories", {limit: 200});
  app.replaceChildren(h("h1", {}, "Stories"), h("p", {class: "muted"}, r.total + " stories"),
    r.items.length ? h("ul", {class: "stories"}, r.items.map(storyItem))
      : h("p", {}, "No stories yet: stories appear once articles are linked."));
}

function plural(n, word) {
  return n + " " + word + (n === 1 ? "" : "s");
}

/* "person:vladimir-putin" -> "Vladimir Putin"; other ids (ISO3 codes) as they are. */
function idLabel(id) {
  const slug = id.includes(":") ? id.split(":").slice(1).join(":") : id;
  return id.includes(":") ? slug.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ") : id;
}

/* A story: its title and span; opening it loads its events (each opening its evidence). */
function storyItem(s) {
  const body = h("div", {class: "story-events"});
  const details = h("details", {class: "story"},
    h("summary", {}, h("b", {}, s.title || s.story_id),
      h("span", {class: "muted"}, " " + (s.date_start || "undated") + (s.date_end && s.date_end !== s.date_start ? " – " + s.date_end : "") + ", " + plural(s.n_events, "event") + " from " + plural(s.n_sources, "source"))),
    h("div", {class: "small"}, (s.actors || []).map((id, i) => [i ? ", " : "", link(actorHref(id), idLabel(id))])),
    body);
  details.addEventListener("toggle", async () => {
    if (!details.open || body.childElementCount) return;
    const full = await api("stories/" + enc(s.story_id));
    body.appendChild(h("ol", {class: "events"}, full.events.map((e) => eventRow(e))));
  });
  return h("li", {}, details);
}

async function searchPage() {
  const q = params().q || "";
  const box = document.querySelector(".searchbox input");
  if (box) box.value = q;
  if (!q) { app.replaceChildren(h("h1", {}, "Search"), h("p", {class: "muted"}, "Type in the search box above.")); return; }
  const r = await api("search", {q, limit: 20});
  const snippet = (s) => (s || "").split("\u0001").map((part, i) => {
    if (i === 0) return part;
    const [hit, rest] = part.split("\u0002");
    return [h("mark", {}, hit), rest || ""];
  });
  app.replaceChildren(h("h1", {}, "Search: " + q),
    h("h2", {}, "Articles (" + r.articles.length + ")"),
    h("ul", {class: "results"}, r.articles.map((a) => h("li", {}, link(articleHref(a.id), a.title || a.id), a.score > 0.001 ? h("span", {class: "muted small", title: "BM25"}, " score " + a.score) : null, h("div", {class: "small"}, snippet(a.snippet))))),
    h("h2", {}, "Actors (" + r.actors.length + ")"),
    h("ul", {class: "results"}, r.actors.map((a) => h("li", {}, link(actorHref(a.id), a.name), h("span", {class: "muted small"}, " " + a.type)))),
    h("h2", {}, "Events (" + r.events.length + ")"),
    h("ul", {class: "results"}, r.events.map((e) => h("li", {}, h("span", {class: "tag"}, e.type), " ", e.date || "", " ",
      link(articleHref(e.article_id), "“" + e.evidence + "”")))),
    h("h2", {}, "Quotes (" + r.quotes.length + ")"),
    h("ul", {class: "results"}, r.quotes.map((x) => h("li", {}, (x.speaker || "?") + ": ", link(articleHref(x.article_id, x.start, x.start + x.text.length), "“" + x.text + "”")))));
}

/* -- routing ---------------------------------------------------------------------------------- */

async function route() {
  const path = location.pathname;
  const page = path.split("/")[1] || "timeline";
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.page === page || (page === "actor" && a.dataset.page === "actors")));
  document.title = "newsgraph · " + page;
  try {
    if (page === "actor") await actorPage(decodeURIComponent(path.slice("/actor/".length)));
    else if (page === "article") await articlePage(decodeURIComponent(path.slice("/article/".length)));
    else await ({timeline: timelinePage, relationship: relationshipPage, quotes: quotesPage, actors: actorsPage,
      stories: storiesPage, search: searchPage}[page] || timelinePage)();
    markReady(page);
  } catch (err) {
    app.replaceChildren(h("h1", {}, "Something went wrong"), h("p", {class: "error"}, String(err.message || err)));
    app.dataset.ready = "error";
  }
}

function markReady(page) {
  app.dataset.ready = page;
}

route();
