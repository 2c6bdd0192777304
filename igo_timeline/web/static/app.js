// igo-timeline's page: plain JavaScript, no framework, nothing loaded from elsewhere.
// The slider and the date field drive one date; the URL (?org=&as_of=) follows it, replaced, not
// pushed, so a view can be shared without filling the history. Every entry is a button: click or
// Enter shows the event behind it with its source quote.

const DAY_MS = 86400000;
const FIXED_KEYS = new Set([
  "org", "name", "as_of", "known_at", "recorded", "founded", "dissolved", "offices", "presidency",
  "upcoming_meetings", "meetings_held", "documents_adopted", "documents_in_force",
  "agreements_not_in_force", "bodies", "bodies_planned", "uncertain",
  "ladder", "chairs", "pending", "overdue_meetings", "horizon", "beyond_horizon",
]);
const LANES = ["statuses", "conditions", "pending", "terms", "presidencies", "meetings"];

const $ = (id) => document.getElementById(id);
const view = {
  org: null, first: 0, last: 0, day: 0, horizon: null, intervals: null, selected: null,
  batches: [], revisions: [], known: 0, // the record times (oldest first) and the one chosen
  stateRequest: null, quoteRequest: null,
};

// -- days ---------------------------------------------------------------------------------------
function dayOf(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  if (!m) return null;
  const n = Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS;
  return isoOf(n) === iso ? n : null;
}
function isoOf(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
function addYears(n, years) {
  // the same day of the month a year on (29 February becomes 28 February)
  const d = new Date(n * DAY_MS);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY_MS;
}
function today() {
  return Math.floor(Date.now() / DAY_MS);
}

// -- the API --------------------------------------------------------------------------------------
async function api(path, signal) {
  const response = await fetch(path, { signal, headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}
function say(text, isError = false) {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("error", isError);
}

// -- elements -------------------------------------------------------------------------------------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "style") Object.assign(node.style, value); // CSSOM: allowed by the page's CSP
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function entry(label, detail, data, { maybe = false, tag = "button", cls = "entry" } = {}) {
  const button = el(tag, {
    type: "button",
    class: cls + (maybe ? " maybe" : ""),
    "data-testid": "entry",
    "data-event": data.event,
    "data-party": data.party,
    "data-office": data.office,
    "data-body": data.body,
    "data-document": data.document,
    "aria-pressed": String(view.selected === data.event),
  });
  button.append(el("span", { text: label }));
  if (detail) button.append(el("small", { text: detail }));
  if (!data.event) button.disabled = true;
  return button;
}

function panel(key, title, items, empty = "none") {
  const list = el("ul");
  for (const item of items) list.append(el("li", {}, item));
  return el(
    "section",
    { class: `panel panel-${key}`, "data-testid": `panel-${key}`, "aria-label": title },
    el("h2", {}, el("span", { text: title }), el("span", { class: "count", text: String(items.length) })),
    items.length ? list : el("p", { class: "none", text: empty }),
  );
}

// -- the state ------------------------------------------------------------------------------------
function renderState(state) {
  const panels = [];
  for (const [key, value] of Object.entries(state)) {
    if (FIXED_KEYS.has(key) || !Array.isArray(value)) continue;
    const title = key.replaceAll("_", " ");
    panels.push(panel(key, title, value.map((s) => {
      const conditions = (s.conditions || []).map((c) => `${c.condition.replaceAll("_", " ")} since ${c.since}`);
      return entry(s.name === s.party ? s.party : `${s.name} (${s.party})`, [`since ${s.since}`, ...conditions].join("; "), s);
    })));
  }
  const offices = Object.entries(state.offices).map(([slug, o]) => {
    const label = o.holder ? `${o.name}: ${o.holder}${o.nationality ? ` (${o.nationality})` : ""}` : `${o.name}: ${o.status}`;
    const detail = o.term ? (o.holder ? `term ${o.term}` : `last term ${o.term}`) : null;
    return entry(label, detail, { event: o.event, office: slug }, { maybe: o.status === "uncertain" });
  });
  panels.push(panel("offices", "offices", offices));
  const p = state.presidency;
  panels.push(panel("presidency", "presidency",
    p ? [entry(`${p.name} (${p.party})`, `since ${p.since}`, p)] : [], "none recorded"));
  if ((state.pending || []).length) {
    panels.push(panel("pending", "pending procedures", state.pending.map((q) =>
      entry(`${q.name} (${q.party})`, `${q.procedure}${q.status ? ` towards ${q.status}` : ""} since ${q.since}`, q))));
  }
  if ((state.overdue_meetings || []).length) {
    panels.push(panel("overdue", "overdue meetings (scheduled, not recorded as held)", state.overdue_meetings.map((m) =>
      entry(m.body_name, [m.date, m.place, m.host].filter(Boolean).join(", "), m))));
  }
  panels.push(panel("meetings", "upcoming meetings", state.upcoming_meetings.map((m) =>
    entry(m.body_name, [m.date, m.place, m.host].filter(Boolean).join(", "), m))));
  panels.push(panel("documents", "documents in force", state.documents_in_force.map((d) =>
    entry(d.title, `${d.kind}, ${d.date}`, d))));
  panels.push(panel("uncertain", "uncertain on this day", state.uncertain.map((u) => {
    const subject = u.name || u.party || u.person || u.office || u.body || u.document || u.kind;
    const what = [u.kind.replaceAll("_", " "), u.status, u.office].filter(Boolean).join(": ");
    return entry(`${subject}`, `${what}; date ${u.date}`, u, { maybe: true });
  }), "nothing: every date is precise enough"));
  $("panels").replaceChildren(...panels);
  $("org-name").textContent = state.name || state.org;
  markRevised();
}

// -- record time ----------------------------------------------------------------------------------
// The chosen record time: a batch's; null for the latest (everything recorded counts).
function knownAt() {
  return view.known < view.batches.length - 1 ? view.batches[view.known].recorded_at : null;
}
function batchIndex(stamp) {
  return view.batches.findIndex((b) => b.recorded_at === stamp);
}
// Each entry whose decision the store corrected or retracted after the chosen record time.
function markRevised() {
  for (const button of document.querySelectorAll("#panels [data-testid=entry]")) {
    const later = view.revisions.filter((r) => r.target === button.dataset.event && batchIndex(r.recorded_at) > view.known);
    button.classList.toggle("revised", later.length > 0);
    if (later.length) {
      const what = later.some((r) => r.type === "EventRetracted") ? "retracted later" : "corrected later";
      button.append(el("small", { class: "revised-mark", "data-testid": "revised-mark", text: `${what}: ${later.map((r) => r.reason).join("; ")}` }));
    }
  }
}
function short(stamp) {
  return stamp.slice(0, 19).replace("T", " ") + " UTC";
}
function setKnown(index) {
  view.known = Math.min(Math.max(index, 0), Math.max(view.batches.length - 1, 0));
  const slider = $("known-at-slider");
  slider.value = String(view.known);
  const batch = view.batches[view.known];
  const text = batch ? `${short(batch.recorded_at)}${knownAt() ? "" : " (the latest)"}` : "nothing recorded";
  slider.setAttribute("aria-valuetext", text);
  $("known-at-label").textContent = text;
  const url = new URL(window.location.href);
  if (knownAt()) url.searchParams.set("known_at", knownAt());
  else url.searchParams.delete("known_at");
  window.history.replaceState(null, "", url);
  loadState();
  if (view.selected) showEvent(view.selected);
}

async function loadState() {
  if (!view.org) return;
  if (view.stateRequest) view.stateRequest.abort();
  const request = new AbortController();
  view.stateRequest = request;
  const asOf = isoOf(view.day);
  try {
    const known = knownAt();
    const query = `as_of=${asOf}${known ? `&known_at=${encodeURIComponent(known)}` : ""}`;
    const state = await api(`/api/v1/orgs/${encodeURIComponent(view.org)}/state?${query}`, request.signal);
    if (request.signal.aborted) return;
    renderState(state);
    // the banner: beyond the record's horizon the last known state carries on
    say(state.beyond_horizon ? `Sources for ${state.org} reach ${state.horizon.until}; later days repeat the last known state.` : "");
  } catch (err) {
    if (err.name !== "AbortError") say(`Could not load the state: ${err.message}`, true);
  }
}

// -- the date -------------------------------------------------------------------------------------
function setDay(n, { fromField = false } = {}) {
  view.day = Math.min(Math.max(n, view.first), view.last);
  const iso = isoOf(view.day);
  const slider = $("as-of-slider");
  slider.value = String(view.day - view.first);
  slider.setAttribute("aria-valuetext", iso);
  if (!fromField) $("as-of-date").value = iso;
  $("as-of-label").textContent = iso;
  const url = new URL(window.location.href);
  url.searchParams.set("org", view.org);
  url.searchParams.set("as_of", iso);
  if (knownAt()) url.searchParams.set("known_at", knownAt());
  window.history.replaceState(null, "", url);
  placeMarkers();
  loadState();
}

// -- the lanes ------------------------------------------------------------------------------------
function pct(n) {
  const span = view.last - view.first + 1;
  return ((Math.min(Math.max(n, view.first), view.last + 1) - view.first) / span) * 100;
}

function laneLabel(lane, s) {
  if (lane === "statuses") return `${s.party} ${s.unknown ? "status unknown" : s.status.replaceAll("_", " ")}`;
  if (lane === "conditions") return `${s.party} ${s.condition.replaceAll("_", " ")}`;
  if (lane === "pending") return `${s.party} ${s.procedure} pending`;
  if (lane === "terms") return `${s.office_name}: ${s.person}`;
  if (lane === "presidencies") return `${s.name} (${s.party})`;
  return `${s.body_name}${s.kind === "scheduled" ? " (scheduled)" : ""}`;
}

function bar(lane, s) {
  const s0 = s.start_earliest ? dayOf(s.start_earliest) : view.first;
  const s1 = s.start_latest ? dayOf(s.start_latest) : view.first;
  const e0 = s.end_earliest ? dayOf(s.end_earliest) : view.last;
  const e1 = s.end_latest ? dayOf(s.end_latest) : view.last;
  const left = pct(s0);
  const width = Math.max(pct(e1 + 1) - left, 0.2);
  const label = `${laneLabel(lane, s)}, ${s.date}`;
  const button = entry("", null, s, { cls: `bar${s.kind === "scheduled" ? " scheduled" : ""}` });
  button.replaceChildren();
  button.setAttribute("aria-label", label);
  button.title = label;
  button.style.left = `${left}%`;
  button.style.width = `${width}%`;
  const total = e1 + 1 - s0 || 1;
  if (s1 > s0) button.append(el("span", { class: "maybe", style: { left: "0", width: `${((s1 - s0) / total) * 100}%` } }));
  if (e1 > e0) button.append(el("span", { class: "maybe", style: { right: "0", width: `${((e1 - e0) / total) * 100}%` } }));
  return button;
}

function renderLanes() {
  const groups = [];
  for (const lane of LANES) {
    const spans = view.intervals[lane];
    if (!spans.length) continue;
    const rows = new Map();
    for (const s of spans) {
      const key = laneLabel(lane, s).replace(" (scheduled)", "");
      if (!rows.has(key)) rows.set(key, []);
      rows.get(key).push(s);
    }
    const group = el("div", { class: "lane-group", role: "group", "aria-label": lane }, el("h3", { text: lane }));
    for (const [label, items] of rows) {
      const track = el("div", { class: "track" }, el("span", { class: "marker" }), el("span", { class: "horizon", hidden: "" }));
      for (const s of items) track.append(bar(lane, s));
      group.append(el("div", { class: "lane" }, el("span", { class: "label", text: label, title: label }), track));
    }
    groups.push(group);
  }
  $("lane-groups").replaceChildren(...groups);
  placeMarkers();
}

function placeMarkers() {
  const left = `${pct(view.day)}%`;
  for (const marker of document.querySelectorAll("#lanes .marker")) marker.style.left = left;
  // the horizon: shown when the day asked about lies beyond the record
  const beyond = view.horizon !== null && view.day > view.horizon;
  for (const line of document.querySelectorAll("#lanes .horizon")) {
    line.style.left = `${pct(view.horizon + 1)}%`;
    line.hidden = !beyond;
  }
  const note = $("horizon-note");
  note.hidden = !beyond;
  note.textContent = beyond
    ? `Beyond the record: its sources reach ${isoOf(view.horizon)}; what is shown is what was recorded by then.`
    : "";
}

// -- the source of an entry -----------------------------------------------------------------------
function sourceBlock(source, heading) {
  const parts = [];
  if (heading) parts.push(el("h3", { text: heading }));
  parts.push(el("blockquote", { text: `“${source.quote}”` }));
  const facts = el("dl");
  const add = (term, value) => { if (value) facts.append(el("dt", { text: term }), el("dd", { text: value })); };
  add("document", source.title ? `${source.title} (${source.document})` : source.document);
  add("where", source.locator);
  add("published", source.published);
  add("url", source.url);
  parts.push(facts);
  if (source.inferred || source.note) {
    parts.push(el("p", { class: "inferred", text: `${source.inferred ? "Inferred, not stated. " : ""}${source.note || ""}` }));
  }
  return parts;
}

async function showEvent(id) {
  view.selected = id;
  for (const b of document.querySelectorAll("[data-testid=entry]")) {
    b.setAttribute("aria-pressed", String(b.dataset.event === id));
  }
  if (view.quoteRequest) view.quoteRequest.abort();
  const request = new AbortController();
  view.quoteRequest = request;
  const quote = $("quote");
  try {
    const found = await api(`/api/v1/events/${encodeURIComponent(id)}`, request.signal);
    const ev = found.event;
    const parts = [el("h2", { text: ev.type }), el("p", { text: `valid time ${found.valid_time || "-"}; recorded ${found.recorded_at.slice(0, 19).replace("T", " ")} UTC` })];
    if (ev.source) parts.push(...sourceBlock(ev.source));
    for (const more of ev.more_sources || []) parts.push(...sourceBlock(more, "Also"));
    parts.push(beliefHistory(found));
    parts.push(el("p", { class: "hint", text: `event ${ev.id}` }));
    quote.replaceChildren(...parts);
    if (window.matchMedia("(max-width: 48rem)").matches) quote.scrollIntoView({ block: "nearest" });
  } catch (err) {
    if (err.name !== "AbortError") quote.replaceChildren(el("p", { class: "hint", text: `Could not load the event: ${err.message}` }));
  }
}

// What the store said about one entry at each record time: as first recorded, each correction
// (the fields it changed), a retraction. The step in force at the chosen record time is marked.
function beliefHistory(found) {
  const steps = [{ at: found.recorded_at, says: `recorded: valid time ${found.valid_time || "-"}`, content: found.event }];
  for (const c of found.corrections) {
    if (c.type === "EventCorrected") {
      const before = steps[steps.length - 1].content || {};
      const changed = Object.entries(c.event).filter(([k, v]) => k !== "id" && JSON.stringify(v) !== JSON.stringify(before[k]));
      const what = changed.map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`).join("; ");
      steps.push({ at: c.recorded_at, says: `corrected (${c.reason}): ${what || "no field changed"}`, content: c.event });
    } else {
      steps.push({ at: c.recorded_at, says: `retracted (${c.reason})`, content: null });
    }
  }
  const chosen = knownAt();
  let current = -1;
  steps.forEach((s, i) => { if (!chosen || batchIndex(s.at) <= view.known) current = i; });
  const list = el("ol", { class: "belief", "data-testid": "belief" });
  steps.forEach((s, i) => {
    const mark = i === current ? " ← as known at the chosen time" : "";
    list.append(el("li", { class: i === current ? "current" : null, text: `${short(s.at)}: ${s.says}${mark}` }));
  });
  const box = el("section", { "aria-label": "History of belief" }, el("h3", { text: "What the store said, record time by record time" }), list);
  if (current < 0) box.append(el("p", { class: "hint", text: "Not yet recorded at the chosen record time." }));
  return box;
}

// -- the organization -----------------------------------------------------------------------------
async function loadOrg(org, asOf) {
  view.org = org;
  $("org").value = org;
  say("Loading…");
  view.intervals = await api(`/api/v1/orgs/${encodeURIComponent(org)}/intervals`);
  const record = await api(`/api/v1/orgs/${encodeURIComponent(org)}/batches`);
  view.batches = record.batches;
  view.revisions = record.revisions;
  const knownSlider = $("known-at-slider");
  knownSlider.max = String(Math.max(view.batches.length - 1, 0));
  const wantedKnown = batchIndex(new URLSearchParams(window.location.search).get("known_at"));
  view.known = wantedKnown >= 0 ? wantedKnown : Math.max(view.batches.length - 1, 0);
  knownSlider.value = String(view.known);
  const batch = view.batches[view.known];
  $("known-at-label").textContent = batch ? `${short(batch.recorded_at)}${knownAt() ? "" : " (the latest)"}` : "";
  const first = dayOf(view.intervals.first_day) ?? today();
  const last = dayOf(view.intervals.last_day) ?? today();
  view.first = first;
  // the record's horizon, as every answer has it (how far its sources reach: the state's banner
  // says the same day); beyond it, the state is the last one recorded
  view.horizon = dayOf(view.intervals.horizon && view.intervals.horizon.until) ?? last;
  // one default day, as the CLI and the API: today (the slider reaches it, and a year past the record)
  view.last = Math.max(last + 365, today(), first);
  const slider = $("as-of-slider");
  slider.max = String(view.last - view.first);
  slider.setAttribute("aria-valuemin", isoOf(view.first));
  $("as-of-date").min = isoOf(view.first);
  $("as-of-date").max = isoOf(view.last);
  renderLanes();
  setDay(dayOf(asOf) ?? today());
}

async function start() {
  $("controls").addEventListener("submit", (e) => e.preventDefault());
  const params = new URLSearchParams(window.location.search);
  let orgs;
  try {
    orgs = await api("/api/v1/orgs");
  } catch (err) {
    say(`Could not list the organizations: ${err.message}`, true);
    return;
  }
  if (!orgs.length) {
    say("The store holds no organization yet: run `igo import --bundled sco`, then reload.", true);
    return;
  }
  $("org").replaceChildren(...orgs.map((o) => el("option", { value: o.org, text: o.name ? `${o.name} (${o.org})` : o.org })));
  const wanted = orgs.some((o) => o.org === params.get("org")) ? params.get("org") : orgs[0].org;

  const slider = $("as-of-slider");
  slider.addEventListener("input", () => setDay(view.first + Number(slider.value)));
  slider.addEventListener("keydown", (e) => {
    if (e.key === "PageUp" || e.key === "PageDown") {
      e.preventDefault(); // a year, whatever the browser's own page step
      setDay(addYears(view.day, e.key === "PageUp" ? 1 : -1));
    }
  });
  $("known-at-slider").addEventListener("input", (e) => setKnown(Number(e.target.value)));
  $("as-of-date").addEventListener("input", (e) => {
    const n = dayOf(e.target.value);
    if (n !== null) setDay(n, { fromField: true });
  });
  $("org").addEventListener("change", (e) => loadOrg(e.target.value, isoOf(view.day)).catch((err) => say(err.message, true)));
  document.addEventListener("click", (e) => {
    const target = e.target.closest("[data-testid=entry]");
    if (target && target.dataset.event) showEvent(target.dataset.event);
  });
  try {
    await loadOrg(wanted, params.get("as_of"));
  } catch (err) {
    say(`Could not load ${wanted}: ${err.message}`, true);
  }
}

start();
