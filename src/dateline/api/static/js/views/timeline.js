// The timeline: events per day, stacked by quad class. Clicking a day lists its events.

import { getJSON } from "../api.js";
import { el, notice, svg } from "../dom.js";
import { filterForm, pick } from "../filters.js";
import { QUADS, colourOf, labelOf } from "../plover.js";
import { go } from "../route.js";
import { legend } from "./legend.js";

const FILTERS = ["type", "since", "until", "actor", "country", "place"];
const WIDTH = 960;
const HEIGHT = 320;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 44 };
const DAY_MS = 86400000;

function days(first, last) {
  const out = [];
  for (let t = Date.parse(first); t <= Date.parse(last); t += DAY_MS) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

export async function renderTimeline(container, route) {
  const filters = pick(route.params, FILTERS);
  container.append(
    el("h2", {}, "Timeline"),
    filterForm(FILTERS, route.params, (chosen) => go("timeline", null, chosen)),
  );
  const data = await getJSON("/api/charts/timeline", filters);
  const byDay = new Map();
  for (const item of data.items) {
    if (!byDay.has(item.day)) byDay.set(item.day, {});
    byDay.get(item.day)[item.quad] = item.count;
  }
  const undated = el("p", { class: "hint" },
    `${data.undated} more events have no date to the day and are not drawn. Click a day to list its events.`);
  if (!byDay.size) {
    container.append(notice("No dated event passes these filters."), undated);
    return;
  }
  const known = [...byDay.keys()].sort();
  const span = days(known[0], known[known.length - 1]);
  const totals = span.map((day) => Object.values(byDay.get(day) || {}).reduce((a, b) => a + b, 0));
  const top = Math.max(...totals);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotW / span.length;
  const bar = Math.min(40, Math.max(1, slot * 0.8));
  const y = (count) => (count / top) * plotH;

  const chart = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "chart timeline", id: "timeline-chart",
    role: "img", "aria-label": "Events per day by quad class",
  });
  const axis = svg("g", { class: "axis" });
  for (const tick of [0, Math.ceil(top / 2), top]) {
    const ty = MARGIN.top + plotH - y(tick);
    axis.append(
      svg("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: ty, y2: ty, class: "grid" }),
      svg("text", { x: MARGIN.left - 6, y: ty + 4, "text-anchor": "end" }, String(tick)));
  }
  const every = Math.max(1, Math.ceil(span.length / 8));
  span.forEach((day, index) => {
    if (index % every === 0 || index === span.length - 1) {
      axis.append(svg("text", {
        x: MARGIN.left + index * slot + slot / 2, y: HEIGHT - MARGIN.bottom + 18, "text-anchor": "middle",
      }, day));
    }
  });
  chart.append(axis);

  span.forEach((day, index) => {
    const counts = byDay.get(day);
    if (!counts) return;
    const total = totals[index];
    const group = svg("g", {
      class: "day", dataset: { day }, tabindex: "0", role: "button",
      "aria-label": `${day}: ${total} events`,
    });
    let base = MARGIN.top + plotH;
    const parts = [];
    for (const quad of QUADS) {
      const count = counts[quad.key] || 0;
      if (!count) continue;
      const h = y(count);
      base -= h;
      group.append(svg("rect", {
        x: MARGIN.left + index * slot + (slot - bar) / 2, y: base, width: bar, height: h,
        fill: colourOf(quad.key), dataset: { quad: quad.key },
      }));
      parts.push(`${count} ${labelOf(quad.key)}`);
    }
    // A full-height target, so that a thin bar is still easy to click.
    group.prepend(svg("rect", {
      x: MARGIN.left + index * slot, y: MARGIN.top, width: slot, height: plotH, class: "target",
    }));
    group.append(svg("title", {}, `${day}: ${parts.join(", ")}`));
    const open = () => go("events", null, { ...pick(route.params, ["type", "actor", "country", "place"]), since: day, until: day });
    group.addEventListener("click", open);
    group.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
    chart.append(group);
  });
  container.append(legend(), chart, undated);
}
