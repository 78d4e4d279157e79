// The dashboard: one page, one view at a time, chosen by the address (#/view/id?filters).

import { clear, el, notice } from "./dom.js";
import { current } from "./route.js";
import { renderEvents } from "./views/events.js";
import { renderTimeline } from "./views/timeline.js";
import { renderNetwork } from "./views/network.js";
import { renderMap } from "./views/map.js";
import { renderReader } from "./views/reader.js";
import { renderSearch } from "./views/search.js";
import { renderReference } from "./views/reference.js";

const VIEWS = {
  events: renderEvents,
  timeline: renderTimeline,
  network: renderNetwork,
  map: renderMap,
  reader: renderReader,
  search: renderSearch,
  api: renderReference,
};

let rendering = 0;

async function show() {
  const route = current();
  const render = VIEWS[route.view];
  const main = document.getElementById("view");
  for (const link of document.querySelectorAll("nav a")) {
    link.classList.toggle("active", link.dataset.view === route.view);
  }
  const ticket = ++rendering;
  const container = el("section", { class: `view view-${route.view}`, id: `view-${route.view}` });
  clear(main).append(container);
  if (!render) {
    container.append(notice(`There is no view "${route.view}".`, "error"));
    return;
  }
  document.body.dataset.loading = "true";
  try {
    await render(container, route);
  } catch (error) {
    container.append(notice(error.message || String(error), "error"));
  } finally {
    // A slower, older render must not mark a newer one as loaded.
    if (ticket === rendering) document.body.dataset.loading = "false";
  }
}

window.addEventListener("hashchange", show);
show();
