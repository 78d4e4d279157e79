// The API's endpoints, read from its own OpenAPI schema (FastAPI's interactive pages
// load their scripts from a CDN, which a dashboard that works offline cannot).

import { getJSON } from "../api.js";
import { el } from "../dom.js";

export async function renderReference(container) {
  const schema = await getJSON("/api/openapi.json");
  container.append(
    el("h2", {}, `API ${schema.info.version}`),
    el("p", {}, "The machine-readable schema: ", el("a", { href: "/api/openapi.json" }, "/api/openapi.json"), "."),
    el("p", { class: "description" }, schema.info.description || ""),
  );
  for (const [path, operations] of Object.entries(schema.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = operation.parameters || [];
      container.append(el("section", { class: "endpoint", dataset: { path } },
        el("h3", {}, el("code", {}, `${method.toUpperCase()} ${path}`)),
        el("p", { class: "description" }, operation.description || operation.summary || ""),
        parameters.length
          ? el("table", { class: "parameters" },
            el("tbody", {}, parameters.map((parameter) => el("tr", {},
              el("td", {}, el("code", {}, parameter.name)),
              el("td", { class: "meta" }, parameter.in),
              el("td", {}, parameter.description || "")))))
          : null));
    }
  }
}
