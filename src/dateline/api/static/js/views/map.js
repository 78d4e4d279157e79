// The map: Natural Earth countries (bundled with the package), and a circle per country and
// quad class where events took place, its area proportional to the number of events.

import { getJSON } from "../api.js";
import { el, notice, svg } from "../dom.js";
import { filterForm, pick } from "../filters.js";
import { QUADS, colourOf, labelOf } from "../plover.js";
import { go } from "../route.js";
import { legend } from "./legend.js";

const FILTERS = ["type", "since", "until", "actor", "country"];
const WIDTH = 960;
const NORTH = 84;
const SOUTH = -58;
const HEIGHT = (WIDTH / 360) * (NORTH - SOUTH);
const MAX_RADIUS = 28;

// Equirectangular: plain, and enough for placing circles on countries.
const x = (lon) => ((lon + 180) / 360) * WIDTH;
const y = (lat) => ((NORTH - lat) / (NORTH - SOUTH)) * HEIGHT;

function pathOf(polygons) {
  const parts = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      parts.push(`M${ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join("L")}Z`);
    }
  }
  return parts.join("");
}

export async function renderMap(container, route) {
  const filters = pick(route.params, FILTERS);
  container.append(
    el("h2", {}, "Map"),
    filterForm(FILTERS, route.params, (chosen) => go("map", null, chosen)),
  );
  const [counts, world] = await Promise.all([
    getJSON("/api/charts/countries", filters),
    getJSON("/api/charts/world").catch((error) => ({ error })),
  ]);
  const byCountry = new Map();
  for (const item of counts.items) {
    if (!byCountry.has(item.country)) byCountry.set(item.country, {});
    byCountry.get(item.country)[item.quad] = item.count;
  }
  if (world.error) {
    container.append(
      notice(`The map cannot be drawn: ${world.error.message}.`, "error"),
      countryTable(byCountry),
    );
    return;
  }
  const chart = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT.toFixed(0)}`, class: "chart map", id: "map-chart",
    role: "img", "aria-label": "Events per country",
  });
  const defs = svg("defs", {}, svg("clipPath", { id: "map-frame" }, svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT })));
  const land = svg("g", { class: "countries", "clip-path": "url(#map-frame)" });
  const centres = new Map();
  for (const country of world.countries) {
    if (country.iso3) centres.set(country.iso3, country.centroid);
    land.append(svg("path", {
      class: "country", d: pathOf(country.polygons), dataset: { iso3: country.iso3 || "" },
    }, svg("title", {}, country.name)));
  }
  chart.append(defs, svg("rect", { class: "sea", x: 0, y: 0, width: WIDTH, height: HEIGHT }), land);

  const most = Math.max(1, ...[...byCountry.values()].flatMap((quads) => Object.values(quads)));
  const markers = svg("g", { class: "markers" });
  const missing = [];
  for (const [iso3, quads] of byCountry) {
    const centre = centres.get(iso3);
    if (!centre) {
      missing.push(iso3);
      continue;
    }
    // The biggest circle first, so that the smaller ones stay visible on top of it.
    const drawn = QUADS.filter((quad) => quads[quad.key]).sort((a, b) => quads[b.key] - quads[a.key]);
    for (const quad of drawn) {
      const count = quads[quad.key];
      const circle = svg("circle", {
        class: "marker", cx: x(centre[0]).toFixed(1), cy: y(centre[1]).toFixed(1),
        r: (4 + (MAX_RADIUS - 4) * Math.sqrt(count / most)).toFixed(1),
        fill: colourOf(quad.key), dataset: { country: iso3, quad: quad.key, count },
        tabindex: "0", role: "button",
      }, svg("title", {}, `${iso3}: ${count} ${labelOf(quad.key)}`));
      const open = () => go("events", null, { ...pick(route.params, ["since", "until", "actor"]), type: quad.key, place: iso3 });
      circle.addEventListener("click", open);
      circle.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
      markers.append(circle);
    }
  }
  chart.append(markers);
  container.append(legend(), chart,
    el("p", { class: "hint" },
      `${counts.unplaced} events have no place with a country and are not drawn.`,
      missing.length ? ` Not on this map: ${missing.join(", ")}.` : "",
      " Click a circle to list its events."),
    el("p", { class: "credit" }, `Country shapes: ${world.source}.`));
}

function countryTable(byCountry) {
  if (!byCountry.size) return notice("No event with a place passes these filters.");
  return el("table", { class: "counts" },
    el("thead", {}, el("tr", {}, el("th", {}, "country"), QUADS.map((quad) => el("th", {}, quad.label)))),
    el("tbody", {}, [...byCountry].map(([iso3, quads]) =>
      el("tr", {}, el("td", {}, iso3), QUADS.map((quad) => el("td", { class: "number" }, quads[quad.key] || 0))))));
}
