"use strict";
// The dashboard page: plain DOM, polling the AppHost's /api every few seconds. No build step.

const palette = ["#2f6fdb", "#1f8a4c", "#b7791f", "#8e44ad", "#c0392b", "#16a085", "#d35400", "#2c3e50"];
const serviceColors = new Map();
const colorOf = service => {
  if (!serviceColors.has(service)) serviceColors.set(service, palette[serviceColors.size % palette.length]);
  return serviceColors.get(service);
};

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "style") Object.assign(node.style, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { "X-Dashboard": "1", ...(options.headers || {}) } });
  if (response.status === 401) { location.href = "/login"; throw new Error("signed out"); }
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.status === 202 ? null : response.json();
}

const ms = value => value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const time = iso => new Date(iso).toLocaleTimeString();
const uptime = seconds => seconds === null ? "" : seconds < 60 ? `${seconds}s` : seconds < 3600 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s` : `${Math.floor(seconds / 3600)}h ${Math.floor(seconds % 3600 / 60)}m`;

// ---- tabs ----
let currentTab = "resources";
function showTab(name) {
  currentTab = name;
  for (const section of document.querySelectorAll("section.tab")) section.hidden = section.id !== name;
  for (const button of document.querySelectorAll("nav button")) button.classList.toggle("active", button.dataset.tab === name);
  history.replaceState(null, "", "#" + name);
  refresh();
}
document.querySelectorAll("nav button").forEach(b => b.addEventListener("click", () => showTab(b.dataset.tab)));

// ---- resources ----
let resources = [];
let environmentOf = null;
async function loadResources() {
  resources = await api("/api/resources");
  const body = document.querySelector("#resources tbody");
  body.replaceChildren(...resources.map(r => el("tr", { class: "clickable", dataset: { resource: r.name }, onclick: () => { environmentOf = r.name; renderEnvironment(); } },
    el("td", {}, r.name),
    el("td", {}, r.kind + (r.external ? " (external)" : "")),
    el("td", {}, el("span", { class: "state " + r.state.replace(" ", "-"), "data-testid": "state-" + r.name }, r.state)),
    el("td", {}, uptime(r.uptimeSeconds)),
    el("td", {}, r.restartCount),
    el("td", {}, r.endpoints.map(e => e.startsWith("http") ? el("div", {}, el("a", { href: e, target: "_blank", rel: "noopener" }, e)) : el("div", { class: "muted" }, e))),
    el("td", {}, r.canRestart ? el("button", { "data-testid": "restart-" + r.name, onclick: event => { event.stopPropagation(); restart(r.name); } }, "Restart") : "",
      " ", el("button", { onclick: event => { event.stopPropagation(); openConsole(r.name); } }, "Logs")))));
  for (const select of [document.getElementById("console-resource"), document.getElementById("log-resource")]) fillSelect(select, resources.map(r => r.name));
  renderEnvironment();
}
function renderEnvironment() {
  const resource = resources.find(r => r.name === environmentOf);
  document.getElementById("environment").hidden = !resource;
  if (!resource) return;
  document.getElementById("environment-name").textContent = resource.name;
  document.querySelector("#environment tbody").replaceChildren(...resource.environment.map(v =>
    el("tr", {}, el("td", { class: "env-value" }, v.name), el("td", { class: "env-value" }, v.value))));
}
async function restart(name) {
  if (!confirm(`Restart ${name}?`)) return;
  await api(`/api/resources/${encodeURIComponent(name)}/restart`, { method: "POST" });
  loadResources();
}
function fillSelect(select, values) {
  const keep = select.value;
  const fixed = [...select.options].filter(o => o.value === "");
  select.replaceChildren(...fixed, ...values.map(v => el("option", { value: v }, v)));
  if ([...select.options].some(o => o.value === keep)) select.value = keep;
}

// ---- logs ----
let logsView = "console";
let consoleOffset = -1;
function showLogs(view) {
  logsView = view;
  document.getElementById("console-view").hidden = view !== "console";
  document.getElementById("structured-view").hidden = view !== "structured";
  document.querySelectorAll(".subtabs button").forEach(b => b.classList.toggle("active", b.dataset.logs === view));
  refresh();
}
document.querySelectorAll(".subtabs button").forEach(b => b.addEventListener("click", () => showLogs(b.dataset.logs)));
function openConsole(name) {
  const select = document.getElementById("console-resource");
  select.value = name;
  consoleOffset = -1;
  document.getElementById("console-output").textContent = "";
  showTab("logs");
  showLogs("console");
}
document.getElementById("console-resource").addEventListener("change", () => {
  consoleOffset = -1;
  document.getElementById("console-output").textContent = "";
  refresh();
});
async function loadConsole() {
  const name = document.getElementById("console-resource").value;
  if (!name) return;
  const chunk = await api(`/api/resources/${encodeURIComponent(name)}/console?from=${consoleOffset}`);
  if (document.getElementById("console-resource").value !== name) return;
  consoleOffset = chunk.next;
  if (!chunk.text) return;
  const output = document.getElementById("console-output");
  const atBottom = output.scrollTop + output.clientHeight >= output.scrollHeight - 20;
  output.append(chunk.text);
  if (atBottom) output.scrollTop = output.scrollHeight;
}
async function loadStructuredLogs() {
  const query = new URLSearchParams({
    resource: document.getElementById("log-resource").value,
    level: document.getElementById("log-level").value,
    text: document.getElementById("log-text").value,
    traceId: document.getElementById("log-trace").value,
  });
  const records = await api("/api/logs?" + query);
  document.querySelector("#structured-view tbody").replaceChildren(...records.map(r => el("tr", {},
    el("td", {}, time(r.time)),
    el("td", {}, r.service),
    el("td", { class: "level-" + r.level }, r.level),
    el("td", {}, r.message, el("div", { class: "muted" }, r.category)),
    el("td", {}, r.traceId ? el("a", { href: "#", onclick: event => { event.preventDefault(); openTrace(r.traceId); } }, r.traceId.slice(0, 8)) : ""))));
}
document.getElementById("log-filters").addEventListener("input", () => refresh());
document.getElementById("log-filters").addEventListener("submit", e => { e.preventDefault(); refresh(); });

// ---- traces ----
let openTraceId = null;
let selectedSpanId = null;
async function loadTraces() {
  const min = document.getElementById("trace-min").value;
  const query = new URLSearchParams({
    service: document.getElementById("trace-service").value,
    text: document.getElementById("trace-text").value,
    errorsOnly: document.getElementById("trace-errors").checked,
  });
  if (min) query.set("minDurationMs", min);
  const traces = await api("/api/traces?" + query);
  fillSelect(document.getElementById("trace-service"), [...new Set(resources.filter(r => r.kind === "project").map(r => r.name).concat(traces.flatMap(t => t.services)))].sort());
  document.querySelector("#traces > table tbody").replaceChildren(...traces.map(t => el("tr", { class: "clickable", dataset: { traceId: t.traceId }, onclick: () => openTrace(t.traceId) },
    el("td", {}, time(t.start)),
    el("td", {}, el("strong", {}, t.rootService), " ", t.rootName),
    el("td", {}, t.services.map(s => el("span", { class: "state", style: { background: colorOf(s) } }, s)), t.peers.length ? el("span", { class: "muted" }, " → " + t.peers.join(", ")) : ""),
    el("td", {}, t.spanCount),
    el("td", {}, ms(t.durationMs)),
    el("td", { class: t.errorCount ? "error-count" : "" }, t.errorCount || ""))));
  if (openTraceId) await loadTrace(openTraceId);
}
document.getElementById("trace-filters").addEventListener("input", () => refresh());
document.getElementById("trace-filters").addEventListener("submit", e => { e.preventDefault(); refresh(); });
async function openTrace(traceId) {
  openTraceId = traceId;
  selectedSpanId = null;
  if (currentTab !== "traces") showTab("traces");
  await loadTrace(traceId);
  document.getElementById("trace-view").scrollIntoView();
}
async function loadTrace(traceId) {
  let trace;
  try { trace = await api("/api/traces/" + traceId); } catch { return; }
  const total = Math.max(trace.summary.durationMs, 0.001);
  document.getElementById("trace-view").hidden = false;
  document.getElementById("trace-title").textContent = `${trace.summary.rootService}: ${trace.summary.rootName} · ${ms(trace.summary.durationMs)} · ${trace.summary.spanCount} spans`;
  document.getElementById("trace-services").textContent = `trace ${trace.summary.traceId} · services: ${trace.summary.services.join(", ")}` +
    (trace.summary.peers.length ? ` · peers: ${trace.summary.peers.join(", ")}` : "");
  document.getElementById("waterfall").replaceChildren(...trace.spans.map(span => {
    const left = span.offsetMs / total * 100;
    const width = Math.max(span.durationMs / total * 100, 0.2);
    return el("div", { class: "span-row" + (span.spanId === selectedSpanId ? " selected" : ""), dataset: { service: span.service, spanId: span.spanId }, onclick: () => { selectedSpanId = span.spanId; renderSpan(span); loadTrace(traceId); } },
      el("div", { class: "span-label", style: { paddingLeft: `${0.4 + span.depth * 0.9}rem` }, title: span.name },
        el("span", { class: "span-service", style: { color: colorOf(span.service) } }, span.service), span.name),
      el("div", { class: "span-track" },
        el("div", { class: "span-bar" + (span.isError ? " error" : ""), style: { left: `${left}%`, width: `${width}%`, background: colorOf(span.service) } }),
        el("span", { class: "span-time", style: left + width > 85 ? { right: `${100 - left + 0.5}%` } : { left: `${left + width + 0.5}%` } }, ms(span.durationMs))));
  }));
  const selected = trace.spans.find(s => s.spanId === selectedSpanId);
  if (selected) renderSpan(selected); else document.getElementById("span-detail").replaceChildren();
}
function renderSpan(span) {
  const rows = [["service", span.service], ["name", span.name], ["kind", span.kind], ["scope", span.scope], ["span id", span.spanId],
    ["start", `+${ms(span.offsetMs)}`], ["duration", ms(span.durationMs)], ["status", span.isError ? `error ${span.statusMessage || ""}` : "ok"],
    ...span.attributes.map(a => [a.key, a.value])];
  document.getElementById("span-detail").replaceChildren(
    el("h2", {}, "Span"),
    el("table", {}, el("tbody", {}, rows.map(([k, v]) => el("tr", {}, el("td", { class: "env-value" }, k), el("td", { class: "env-value" }, v))))),
    span.events.length ? el("h2", {}, "Events") : "",
    ...span.events.map(e => el("div", {}, el("strong", {}, `+${ms(e.offsetMs)} ${e.name}`),
      el("table", {}, el("tbody", {}, e.attributes.map(a => el("tr", {}, el("td", { class: "env-value" }, a.key), el("td", { class: "env-value" }, a.value))))))));
}

// ---- metrics ----
function sparkline(values, color, label) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 100 40");
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("aria-label", label);
  const max = Math.max(...values, 1);
  const points = values.map((v, i) => `${(i / Math.max(values.length - 1, 1) * 100).toFixed(2)},${(38 - v / max * 36).toFixed(2)}`).join(" ");
  const line = document.createElementNS(ns, "polyline");
  line.setAttribute("points", points);
  line.setAttribute("fill", "none");
  line.setAttribute("stroke", color);
  line.setAttribute("stroke-width", "1.5");
  line.setAttribute("vector-effect", "non-scaling-stroke");
  svg.append(line);
  return svg;
}
async function loadMetrics() {
  const metrics = await api("/api/metrics");
  document.getElementById("service-metrics").replaceChildren(...metrics.services.map(s => el("div", { class: "card", dataset: { service: s.service } },
    el("h3", {}, s.service),
    el("div", { class: "figures" }, el("span", {}, `${s.requestsPerSecond.toFixed(2)} req/s`), el("span", {}, `${(s.errorRate * 100).toFixed(1)}% errors`), el("span", {}, `p50 ${ms(s.p50Ms)} · p95 ${ms(s.p95Ms)}`)),
    el("div", { class: "muted" }, "requests"), sparkline(s.buckets.map(b => b.requests), colorOf(s.service), "requests"),
    el("div", { class: "muted" }, "errors"), sparkline(s.buckets.map(b => b.errors), "#c62f2f", "errors"),
    el("div", { class: "muted" }, "p95 latency"), sparkline(s.buckets.map(b => b.p95Ms), "#b7791f", "latency"))));
  document.getElementById("queues-unavailable").textContent = metrics.queuesUnavailable || "";
  document.getElementById("queue-metrics").replaceChildren(...metrics.queues.map(q => el("div", { class: "card" },
    el("h3", {}, q.name, el("span", { class: "muted" }, ` ${q.virtualHost}`)),
    el("div", { class: "figures" }, el("span", {}, `${q.messages} messages`), el("span", {}, `${q.ready} ready · ${q.unacknowledged} unacked`)),
    sparkline(q.history.map(h => h.messages), "#2f6fdb", "depth"))));
  document.querySelector("#received-metrics tbody").replaceChildren(...metrics.received.map(m => el("tr", {},
    el("td", {}, m.service), el("td", {}, m.name), el("td", {}, m.kind),
    el("td", {}, m.kind === "histogram" ? `${m.value} (sum ${m.sum === null ? "?" : m.sum.toFixed(2)})` : m.value), el("td", {}, m.unit))));
}

async function loadCounts() {
  const counts = await api("/api/telemetry");
  document.getElementById("telemetry-counts").textContent = `${counts.traces} traces · ${counts.spans} spans · ${counts.logRecords} log records in memory`;
}

// ---- polling ----
let refreshing = false;
async function refresh() {
  if (refreshing) return;
  refreshing = true;
  try {
    await loadResources();
    await loadCounts();
    if (currentTab === "logs") await (logsView === "console" ? loadConsole() : loadStructuredLogs());
    if (currentTab === "traces") await loadTraces();
    if (currentTab === "metrics") await loadMetrics();
  } catch (error) {
    console.warn(error);
  } finally {
    refreshing = false;
  }
}
setInterval(refresh, 2000);
showLogs("console");
showTab(["resources", "logs", "traces", "metrics"].includes(location.hash.slice(1)) ? location.hash.slice(1) : "resources");
