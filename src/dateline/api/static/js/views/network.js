// The actor network: actors as nodes, events as typed edges weighted by their count.
//
// The layout is a small force simulation run before drawing (springs along
// edges, repulsion between nodes, a pull to the centre), seeded on a circle so
// the same data always gives the same picture.

import { getJSON } from "../api.js";
import { el, notice, svg } from "../dom.js";
import { filterForm, pick } from "../filters.js";
import { colourOf } from "../plover.js";
import { go } from "../route.js";
import { legend } from "./legend.js";

const FILTERS = ["type", "since", "until", "actor", "country", "node"];
const WIDTH = 960;
const HEIGHT = 600;
const MAX_NODES = 80;

function layout(nodes, edges) {
  const count = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const spots = nodes.map((_, i) => {
    const angle = (2 * Math.PI * i) / count;
    return { x: WIDTH / 2 + (WIDTH / 3) * Math.cos(angle), y: HEIGHT / 2 + (HEIGHT / 3) * Math.sin(angle) };
  });
  const ideal = Math.min(160, Math.sqrt((WIDTH * HEIGHT) / Math.max(count, 1)));
  for (let step = 0; step < 300; step++) {
    const cooling = 1 - step / 300;
    const force = spots.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        const dx = spots[i].x - spots[j].x || 0.01;
        const dy = spots[i].y - spots[j].y || 0.01;
        const d2 = dx * dx + dy * dy;
        const push = (ideal * ideal) / d2;
        force[i].x += dx * push * 0.05; force[i].y += dy * push * 0.05;
        force[j].x -= dx * push * 0.05; force[j].y -= dy * push * 0.05;
      }
    }
    for (const edge of edges) {
      const a = index.get(edge.source);
      const b = index.get(edge.target);
      if (a === undefined || b === undefined || a === b) continue;
      const dx = spots[b].x - spots[a].x;
      const dy = spots[b].y - spots[a].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const pull = ((d - ideal) / d) * 0.05;
      force[a].x += dx * pull; force[a].y += dy * pull;
      force[b].x -= dx * pull; force[b].y -= dy * pull;
    }
    spots.forEach((spot, i) => {
      force[i].x += (WIDTH / 2 - spot.x) * 0.01;
      force[i].y += (HEIGHT / 2 - spot.y) * 0.01;
      const length = Math.hypot(force[i].x, force[i].y) || 1;
      const limit = 20 * cooling + 1;
      spot.x = Math.min(WIDTH - 40, Math.max(40, spot.x + (force[i].x / length) * Math.min(length, limit)));
      spot.y = Math.min(HEIGHT - 30, Math.max(30, spot.y + (force[i].y / length) * Math.min(length, limit)));
    });
  }
  return new Map(nodes.map((node, i) => [node.id, spots[i]]));
}

export async function renderNetwork(container, route) {
  const params = route.params;
  const filters = pick(params, FILTERS);
  container.append(
    el("h2", {}, "Actor network"),
    filterForm(FILTERS, params, (chosen) => go("network", null, chosen)),
  );
  const data = await getJSON("/api/charts/network", filters);
  if (!data.edges.length) {
    container.append(notice("No event with an actor and a recipient passes these filters."));
    return;
  }
  const nodes = data.nodes.slice(0, MAX_NODES);
  const kept = new Set(nodes.map((node) => node.id));
  const edges = data.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  const spots = layout(nodes, edges);
  const heaviest = Math.max(...edges.map((edge) => edge.weight));
  const biggest = Math.max(...nodes.map((node) => node.weight));

  const chart = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "chart network", id: "network-chart",
    role: "img", "aria-label": "Actors and the events between them",
  });
  const defs = svg("defs");
  chart.append(defs);
  const markers = new Set();
  // Several types between one pair: each its own curve, bent apart.
  const seen = new Map();
  for (const edge of edges) {
    const from = spots.get(edge.source);
    const to = spots.get(edge.target);
    const pair = `${edge.source}\u0000${edge.target}`;
    const nth = seen.get(pair) || 0;
    seen.set(pair, nth + 1);
    const colour = colourOf(edge.quad);
    const marker = `arrow-${edge.quad}`;
    if (!markers.has(marker)) {
      markers.add(marker);
      defs.append(svg("marker", {
        id: marker, viewBox: "0 0 10 10", refX: "18", refY: "5", markerWidth: "6", markerHeight: "6", orient: "auto-start-reverse",
      }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: colour })));
    }
    let d;
    if (edge.source === edge.target) {
      d = `M ${from.x} ${from.y} c 30 -50 60 -10 0 0`;
    } else {
      const mx = (from.x + to.x) / 2;
      const my = (from.y + to.y) / 2;
      const bend = 18 * (nth + 1) * (nth % 2 ? -1 : 1);
      const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      const cx = mx - ((to.y - from.y) / length) * bend;
      const cy = my + ((to.x - from.x) / length) * bend;
      d = `M ${from.x} ${from.y} Q ${cx} ${cy} ${to.x} ${to.y}`;
    }
    chart.append(svg("path", {
      d, class: "edge", fill: "none", stroke: colour, "stroke-width": 1 + 5 * (edge.weight / heaviest),
      "marker-end": `url(#${marker})`, dataset: { type: edge.type, source: edge.source, target: edge.target, weight: edge.weight },
    }, svg("title", {}, `${edge.source} → ${edge.target}: ${edge.type} × ${edge.weight}`)));
  }
  for (const node of nodes) {
    const spot = spots.get(node.id);
    const radius = 5 + 12 * Math.sqrt(node.weight / biggest);
    const names = node.names.slice(0, 3).join(", ") + (node.names.length > 3 ? ", …" : "");
    const group = svg("g", { class: "node", dataset: { id: node.id }, tabindex: "0", role: "button" },
      svg("circle", { cx: spot.x, cy: spot.y, r: radius }),
      svg("text", { x: spot.x, y: spot.y - radius - 4, "text-anchor": "middle" }, node.id),
      svg("title", {}, `${node.id}: ${names} (${node.weight} events)`));
    const open = () => go("events", null, { ...pick(params, ["type", "since", "until"]), actor: node.id });
    group.addEventListener("click", open);
    group.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
    chart.append(group);
  }
  const hidden = data.nodes.length - nodes.length;
  container.append(legend(), chart,
    el("p", { class: "hint" },
      `${nodes.length} actors, ${edges.length} edges (one per actor, recipient and type; thicker is more events).`,
      hidden > 0 ? ` The ${hidden} actors with the fewest events are not drawn.` : "",
      " Click an actor to list its events."));
}
