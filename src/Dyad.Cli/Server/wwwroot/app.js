// Dyad dashboard: plain JavaScript over the JSON API of `dyad serve`, no libraries, nothing fetched from elsewhere.
// Flow: pick a pair → /api/timeline drawn as SVG → click a period → /api/events → click an event →
// /api/events/{id} and /api/documents/{doc}, the article with the evidence sentence highlighted.
"use strict";

const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";
const state = { timeline: null, rootNames: {}, selectedPeriod: null, selectedEvent: null, asked: 0 };

// ---- API -------------------------------------------------------------------------------------------------

// GET a JSON endpoint. 503 means a `dyad ingest` holds the store: wait and retry a few times, saying so.
async function api(path, tries = 8) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
    if (response.ok) return body;
    if (response.status === 503 && attempt < tries) {
      status(`The store is busy (${body.error}); retrying…`);
      await new Promise((r) => setTimeout(r, 1500));
      continue;
    }
    throw new Error(body.error || `${response.status} ${response.statusText}`);
  }
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, v);
  return q.toString();
}

function status(text, isError = false) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

// ---- filters ---------------------------------------------------------------------------------------------

function filters() {
  return {
    source: $("source").value, target: $("target").value, both_directions: $("both").checked ? "true" : "",
    by: $("by").value, from: $("from").value.trim(), to: $("to").value.trim(), root: $("root").value, lang: $("lang").value,
  };
}

// The first or last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean, as the API reads from/to.
function bound(text, last) {
  if (!text) return "";
  const [y, m, d] = text.split("-");
  if (d) return text;
  if (m) return last ? `${y}-${m}-${String(new Date(Date.UTC(+y, +m, 0)).getUTCDate()).padStart(2, "0")}` : `${y}-${m}-01`;
  return last ? `${y}-12-31` : `${y}-01-01`;
}

function option(select, value, label) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  select.append(o);
}

async function loadChoices() {
  const [actors, choices] = await Promise.all([api("/api/actors?top=500"), api("/api/filters")]);
  for (const a of actors) {
    const label = `${a.actor} (${a.events} events${a.people.length ? ", " + a.people[0] : ""})`;
    option($("source"), a.actor, label);
    option($("target"), a.actor, label);
  }
  for (const r of choices.roots) {
    state.rootNames[r.root] = r.name || "";
    option($("root"), r.root, `${r.root} ${r.name ? r.name.toLowerCase() : ""} (${r.events})`);
  }
  for (const l of choices.languages) option($("lang"), l.lang, `${l.lang} (${l.events})`);
  if (actors.length === 0) { status("The store has no events yet: run `dyad ingest` and reload."); return false; }

  // Start from the address (shareable links), else from the busiest actor and its usual partner.
  const p = new URLSearchParams(location.search);
  const pick = (id, value) => { if (value && [...$(id).options].some((o) => o.value === value)) $(id).value = value; };
  pick("source", actors[0].actor);
  pick("target", actors[0].top_partner);
  pick("source", (p.get("source") || "").toUpperCase());
  pick("target", (p.get("target") || "").toUpperCase());
  for (const id of ["by", "root", "lang"]) pick(id, p.get(id));
  $("from").value = p.get("from") || "";
  $("to").value = p.get("to") || "";
  $("both").checked = p.get("both_directions") === "true";
  return true;
}

// ---- timeline --------------------------------------------------------------------------------------------

async function showTimeline() {
  const f = filters();
  if (!f.source || !f.target) return;
  history.replaceState(null, "", "?" + query(f));
  status("Loading the timeline…");
  // Quick changes of the filters send several requests: draw only the answer to the latest.
  const asked = ++state.asked;
  const t = await api("/api/timeline?" + query(f));
  if (asked !== state.asked) return;
  state.timeline = t;
  state.selectedPeriod = null;
  $("timeline").hidden = false;
  $("timeline-title").textContent = `${t.source} ${t.both_directions ? "↔" : "→"} ${t.target}, events per ${t.by}`;
  const summary = $("timeline-summary");
  summary.textContent = `${t.total} events; ${t.total - t.undated.events} placed in ${t.periods.length} periods. `;
  if (t.undated.events > 0) {
    const a = document.createElement("a");
    a.className = "undated";
    a.id = "undated";
    a.textContent = `${t.undated.events} without a known year (not on the chart): list them`;
    a.onclick = () => showPeriod(null);
    summary.append(a);
  }
  drawChart(t);
  status(t.total === 0 ? "No events for this pair and these filters." : "Click a bar to list its events.");
}

function svg(name, attrs, parent) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (parent) parent.append(el);
  return el;
}

const DAY = 86400000;
const time = (iso) => Date.parse(iso + "T00:00:00Z");

// Bars on a real time axis (gaps between periods show), cooperation stacked above zero and conflict below.
function drawChart(t) {
  const chart = $("chart");
  chart.replaceChildren();
  const W = Math.max(640, chart.clientWidth || 900), H = 300, m = { left: 44, right: 16, top: 14, bottom: 30 };
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline chart" }, chart);
  if (t.periods.length === 0) {
    svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "label" }, root).textContent = "no dated events";
    return;
  }
  const first = time(t.periods[0].start), last = time(t.periods[t.periods.length - 1].end) + DAY;
  const pad = Math.max((last - first) * 0.03, 15 * DAY);
  const x0 = first - pad, x1 = last + pad;
  const x = (ms) => m.left + ((ms - x0) / (x1 - x0)) * (W - m.left - m.right);
  const max = Math.max(1, ...t.periods.map((p) => Math.max(p.verbal_cooperation + p.material_cooperation, p.verbal_conflict + p.material_conflict)));
  const mid = m.top + (H - m.top - m.bottom) / 2, half = (H - m.top - m.bottom) / 2;
  const y = (v) => mid - (v / (max * 1.1)) * half;

  // Grid and y axis: whole numbers of events, conflict counted downwards.
  const axis = svg("g", { class: "axis" }, root);
  const step = Math.max(1, Math.ceil(max / 4));
  for (let v = -Math.ceil(max / step) * step; v <= max; v += step) {
    if (Math.abs(v) > max * 1.1) continue;
    svg("line", { x1: m.left, x2: W - m.right, y1: y(v), y2: y(v), class: "grid" }, axis);
    svg("text", { x: m.left - 6, y: y(v) + 4, "text-anchor": "end" }, axis).textContent = Math.abs(v);
  }
  svg("text", { x: m.left + 4, y: m.top + 10, class: "label" }, root).textContent = "cooperation ↑";
  svg("text", { x: m.left + 4, y: H - m.bottom - 4, class: "label" }, root).textContent = "conflict ↓";

  // x axis: a tick per year, or per month when the span is short.
  const span = (x1 - x0) / DAY;
  const start = new Date(x0);
  const ticks = [];
  if (span > 540) for (let yr = start.getUTCFullYear(); Date.UTC(yr, 0, 1) <= x1; yr++) ticks.push([Date.UTC(yr, 0, 1), String(yr)]);
  else for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d <= x1; d.setUTCMonth(d.getUTCMonth() + 1))
    ticks.push([d.getTime(), d.toISOString().slice(0, 7)]);
  const every = Math.ceil(ticks.length / 12);
  ticks.filter(([ms]) => ms >= x0).forEach(([ms, label], i) => {
    if (i % every) return;
    svg("line", { x1: x(ms), x2: x(ms), y1: H - m.bottom, y2: H - m.bottom + 5 }, axis);
    svg("text", { x: x(ms), y: H - m.bottom + 18, "text-anchor": "middle" }, axis).textContent = label;
  });

  for (const p of t.periods) {
    const left = x(time(p.start)), right = x(time(p.end) + DAY);
    const width = Math.max(6, (right - left) * 0.85), bx = (left + right) / 2 - width / 2;
    const g = svg("g", { class: "period", tabindex: 0, role: "button", "data-period": p.period,
      "aria-label": `${p.period}: ${p.events} events` }, root);
    svg("rect", { class: "hit", x: bx - 2, y: m.top, width: width + 4, height: H - m.top - m.bottom }, g);
    const stack = [["q1", 0, p.verbal_cooperation], ["q2", p.verbal_cooperation, p.verbal_cooperation + p.material_cooperation],
      ["q3", 0, -p.verbal_conflict], ["q4", -p.verbal_conflict, -(p.verbal_conflict + p.material_conflict)]];
    for (const [cls, from, to] of stack) {
      if (from === to) continue;
      svg("rect", { class: cls, x: bx, width, y: Math.min(y(from), y(to)), height: Math.abs(y(from) - y(to)) }, g);
    }
    svg("title", {}, g).textContent = `${p.period}${p.coarse_dates ? " (some dates less precise than the period)" : ""}\n`
      + `${p.events} events in ${p.articles} article(s)\nverbal cooperation ${p.verbal_cooperation}, material cooperation ${p.material_cooperation}\n`
      + `verbal conflict ${p.verbal_conflict}, material conflict ${p.material_conflict}\nGoldstein sum ${p.goldstein_sum}, mean ${p.goldstein_mean}`;
    g.addEventListener("click", () => showPeriod(p));
    g.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); showPeriod(p); } });
  }
  svg("line", { x1: m.left, x2: W - m.right, y1: mid, y2: mid, class: "zero" }, root);
}

// ---- events ----------------------------------------------------------------------------------------------

// The events of one period (null: those without a year), within the form's own date range.
async function showPeriod(period) {
  const f = filters();
  state.selectedPeriod = period;
  for (const g of document.querySelectorAll("#chart .period"))
    g.classList.toggle("selected", period !== null && g.dataset.period === period.period);
  const params = { source: f.source, target: f.target, both_directions: f.both_directions, root: f.root, lang: f.lang, page_size: 500 };
  if (period === null) params.dated = "false";
  else {
    const from = bound(f.from, false), to = bound(f.to, true);
    params.from = from && from > period.start ? from : period.start;
    params.to = to && to < period.end ? to : period.end;
  }
  status("Loading events…");
  const page = await api("/api/events?" + query(params));
  $("events").hidden = false;
  $("events-title").textContent = `${page.total} event${page.total === 1 ? "" : "s"} ${period ? "in " + period.period : "without a known year"}`;
  const body = $("events").querySelector("tbody");
  body.replaceChildren();
  for (const e of page.events) {
    const tr = document.createElement("tr");
    tr.tabIndex = 0;
    tr.dataset.event = e.event_id;
    const cells = [e.date || "—", `${actor(e.source)} → ${actor(e.target)}`, `${e.cameo} ${(state.rootNames[e.root] || "").toLowerCase()}`,
      null, e.goldstein.toFixed(1), e.lang || "", e.evidence.text || ""];
    cells.forEach((text, i) => {
      const td = document.createElement("td");
      if (i === 3) {
        const q = document.createElement("span");
        q.className = `quad q${e.quad_class}`;
        q.textContent = e.quad_class;
        td.append(q);
      } else td.textContent = i === 6 && text.length > 140 ? text.slice(0, 139) + "…" : text;
      if (i === 6) td.className = "evidence";
      tr.append(td);
    });
    tr.addEventListener("click", () => showEvent(e.event_id));
    tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") showEvent(e.event_id); });
    body.append(tr);
  }
  status(page.total > page.events.length ? `Showing the first ${page.events.length} of ${page.total}.` : "Click an event to read its evidence.");
}

function actor(a) { return a.name ? `${a.code} (${a.name})` : a.code || "?"; }

// ---- article ---------------------------------------------------------------------------------------------

async function showEvent(eventId, doc) {
  state.selectedEvent = eventId;
  for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("selected", tr.dataset.event === eventId);
  status("Loading the article…");
  const detail = await api(`/api/events/${encodeURIComponent(eventId)}`);
  const mention = detail.mentions.find((m) => m.doc === (doc || detail.event.doc)) || detail.mentions[0];
  if (!mention) { status("This event has no stored sentence.", true); return; }
  const article = await api(`/api/documents/${encodeURIComponent(mention.doc)}`);
  const e = detail.event;
  $("article").hidden = false;
  $("article-title").textContent = article.title || article.id;
  $("article-meta").textContent = `${article.id} · ${article.lang || "?"} · published ${article.published || "date unknown"}`;
  const facts = $("event-facts");
  facts.replaceChildren();
  const fact = (term, value) => {
    const dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = term;
    dd.textContent = value;
    facts.append(dt, dd);
  };
  fact("event", `${actor(e.source)} → ${actor(e.target)}, CAMEO ${e.cameo} ${(state.rootNames[e.root] || "").toLowerCase()}, quad ${e.quad_class}, Goldstein ${e.goldstein}`);
  fact("date", `${e.date || "unknown"} (${mention.date_reason})`);
  fact("read from", `“${mention.trigger}”: ${mention.lexicon_entry}; confidence ${e.confidence}, ${e.modality}`);
  if (detail.mentions.length > 1) fact("reports", `${detail.mentions.length} sentences in ${new Set(detail.mentions.map((m) => m.doc)).size} article(s)`);
  renderBody(article, mention, eventId);
  // Scroll the article, not the page, so that the marked sentence sits in the middle of the box.
  const box = $("article-body"), mark = box.querySelector("mark.current");
  box.scrollTop = mark ? Math.max(0, mark.offsetTop - box.clientHeight / 2) : 0;
  status("The sentence the event was read from is highlighted; other events' sentences are shaded: click one to read it.");
}

// The article's text with the selected sentence marked (trigger, source and target inside it) and the other
// events' sentences shaded. Built from text nodes only: the article is data, never HTML.
function renderBody(article, mention, eventId) {
  const text = article.body;
  const fits = (r) => r.from >= 0 && r.to <= text.length && r.to > r.from;
  const current = { from: mention.sentence_start, to: mention.sentence_end, current: true };
  const pieces = fits(current) ? [current] : [];
  for (const s of article.spans) {
    const other = { from: s.sentence_start, to: s.sentence_end, event: s.event_id };
    const overlaps = pieces.some((p) => p.from < other.to && other.from < p.to);
    if (fits(other) && !overlaps && s.event_id !== eventId) pieces.push(other);
  }
  pieces.sort((a, b) => a.from - b.from);
  const out = $("article-body");
  out.replaceChildren();
  let at = 0;
  for (const p of pieces) {
    out.append(text.slice(at, p.from));
    if (p.current) out.append(markSentence(text, p, mention));
    else {
      const span = document.createElement("span");
      span.className = "other";
      span.title = "another event: click to read it";
      span.textContent = text.slice(p.from, p.to);
      span.addEventListener("click", () => showEvent(p.event, article.id));
      out.append(span);
    }
    at = p.to;
  }
  out.append(text.slice(at));
}

// One <mark> for the sentence, with the trigger, source and target spans inside it.
function markSentence(text, sentence, mention) {
  const inner = [
    { from: mention.trigger_start, to: mention.trigger_end, cls: "trigger" },
    { from: mention.source_start, to: mention.source_end, cls: "src" },
    { from: mention.target_start, to: mention.target_end, cls: "tgt" },
  ].filter((r) => r.from >= sentence.from && r.to <= sentence.to && r.to > r.from);
  const cuts = [...new Set([sentence.from, sentence.to, ...inner.flatMap((r) => [r.from, r.to])])].sort((a, b) => a - b);
  const mark = document.createElement("mark");
  mark.className = "current";
  for (let i = 0; i + 1 < cuts.length; i++) {
    let node = document.createTextNode(text.slice(cuts[i], cuts[i + 1]));
    for (const r of inner.filter((r) => r.from <= cuts[i] && r.to >= cuts[i + 1])) {
      const span = document.createElement("span");
      span.className = r.cls;
      span.append(node);
      node = span;
    }
    mark.append(node);
  }
  return mark;
}

// ---- wiring ----------------------------------------------------------------------------------------------

function guard(fn) {
  return (...args) => fn(...args).catch((e) => status(e.message, true));
}

window.addEventListener("DOMContentLoaded", guard(async () => {
  $("controls").addEventListener("submit", (e) => { e.preventDefault(); guard(showTimeline)(); });
  $("swap").addEventListener("click", () => {
    [$("source").value, $("target").value] = [$("target").value, $("source").value];
    guard(showTimeline)();
  });
  for (const id of ["source", "target", "both", "by", "root", "lang"]) $(id).addEventListener("change", guard(showTimeline));
  status("Loading…");
  if (await loadChoices()) await showTimeline();
}));
