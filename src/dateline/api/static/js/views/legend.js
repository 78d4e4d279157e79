// The key to the quad-class colours, shared by the charts.

import { el } from "../dom.js";
import { QUADS } from "../plover.js";

export function legend() {
  return el("ul", { class: "legend" },
    QUADS.map((quad) => el("li", {}, el("span", { class: "swatch", dataset: { quad: quad.key } }), " ", quad.label)));
}
