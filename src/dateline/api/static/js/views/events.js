// The events table: the filters of `dateline events`, sorting, pages, CSV, links to the Reader.

import { getJSON, queryString } from "../api.js";
import { el, notice } from "../dom.js";
import { filterForm, pick } from "../filters.js";
import { go, href } from "../route.js";

export const EVENT_FILTERS = [
  "type", "since", "until", "actor", "recipient", "country", "place", "text",
  "min_confidence", "include_negated", "include_hypothetical",
];
const PAGE = 100;

const COLUMNS = [
  { key: "date", label: "date" },
  { key: "type", label: "type" },
  { key: "actor", label: "actor" },
  { key: "recipient", label: "recipient" },
  { key: "place", label: "place" },
  { key: "trigger", label: "trigger" },
  { key: "fatalities", label: "killed", numeric: true },
  { key: "confidence", label: "confidence", numeric: true },
  { key: "title", label: "article" },
];

function compare(key, numeric) {
  return (a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return 0;
    if (x === null || x === undefined || x === "") return 1; // blanks last, either way
    if (y === null || y === undefined || y === "") return -1;
    return numeric ? x - y : String(x).localeCompare(String(y));
  };
}

export async function renderEvents(container, route) {
  const params = route.params;
  const filters = pick(params, EVENT_FILTERS);
  const offset = Number(params.offset || 0);
  container.append(
    el("h2", {}, "Events"),
    filterForm(EVENT_FILTERS, params, (chosen) => go("events", null, chosen)),
  );
  const page = await getJSON("/api/events", { ...filters, limit: PAGE, offset });
  const csv = el("a", {
    class: "button", id: "csv-download", href: `/api/events.csv${queryString(filters)}`,
    download: "events.csv",
  }, "Download CSV");
  const first = page.total ? offset + 1 : 0;
  const last = offset + page.items.length;
  container.append(
    el("div", { class: "toolbar" },
      el("span", { id: "event-count" }, `${page.total} events; showing ${first}–${last}`),
      csv,
      offset > 0 ? el("a", { class: "button", href: href("events", null, { ...params, offset: Math.max(0, offset - PAGE) }) }, "‹ previous") : null,
      last < page.total ? el("a", { class: "button", id: "next-page", href: href("events", null, { ...params, offset: offset + PAGE }) }, "next ›") : null),
  );
  if (!page.items.length) {
    container.append(notice("No event passes these filters."));
    return;
  }
  const table = el("table", { class: "events", id: "events-table" });
  const body = el("tbody");
  let sorted = { key: null, ascending: true };
  const fill = (rows) => {
    body.replaceChildren(...rows.map(row));
  };
  const head = el("tr", {}, COLUMNS.map((column) =>
    el("th", { scope: "col", dataset: { key: column.key }, tabindex: "0", "aria-sort": "none",
      onclick: (event) => {
        const ascending = sorted.key === column.key ? !sorted.ascending : true;
        sorted = { key: column.key, ascending };
        const rows = [...page.items].sort(compare(column.key, column.numeric));
        if (!ascending) rows.reverse();
        for (const th of head.children) th.setAttribute("aria-sort", "none");
        event.currentTarget.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        fill(rows);
      } }, column.label)));
  table.append(el("thead", {}, head), body);
  fill(page.items);
  container.append(el("p", { class: "hint" }, "Click a column to sort this page; click an event to read it in its article."), table);
}

function row(event) {
  const link = href("reader", event.article_id, { event: event.id });
  return el("tr", { dataset: { article: event.article_id, event: event.id, date: event.date || "" } },
    el("td", {}, event.date || "—"),
    el("td", {}, el("span", { class: "swatch", dataset: { quad: event.quad } }), " ",
      el("span", { class: "type", title: event.quad }, event.type)),
    el("td", { title: event.actor_code || "" }, event.actor || ""),
    el("td", { title: event.recipient_code || "" }, event.recipient || ""),
    el("td", {}, event.place ? `${event.place}${event.place_country ? ` (${event.place_country})` : ""}` : ""),
    el("td", {}, event.trigger),
    el("td", { class: "number" }, event.fatalities ?? ""),
    el("td", { class: "number" }, Number(event.confidence).toFixed(2)),
    el("td", {}, el("a", { href: link, class: "reader-link" }, event.title || event.article_id)));
}
