// The filter form the views share: the CLI's filters, kept in the page's address.

import { el } from "./dom.js";
import { QUADS, TYPES } from "./plover.js";

const DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

function typeSelect(value) {
  const options = [el("option", { value: "" }, "any type")];
  for (const quad of QUADS) {
    const group = el("optgroup", { label: quad.label });
    group.append(el("option", { value: quad.key, selected: value === quad.key }, `all ${quad.label}`));
    for (const type of TYPES[quad.key]) {
      group.append(el("option", { value: type, selected: value === type }, type));
    }
    options.push(group);
  }
  return el("select", { name: "type", id: "filter-type" }, options);
}

const FIELDS = {
  type: (value) => labelled("type", typeSelect(value)),
  since: (value) => labelled("since", textInput("since", value, "YYYY-MM-DD", DATE_PATTERN)),
  until: (value) => labelled("until", textInput("until", value, "YYYY-MM-DD", DATE_PATTERN)),
  actor: (value) => labelled("actor", textInput("actor", value, "name, code or ISO3")),
  recipient: (value) => labelled("recipient", textInput("recipient", value, "name, code or ISO3")),
  country: (value) => labelled("country", textInput("country", value, "ISO3")),
  place: (value) => labelled("place", textInput("place", value, "name or ISO3")),
  text: (value) => labelled("text", textInput("text", value, "full-text search")),
  min_confidence: (value) =>
    labelled(
      "min confidence",
      el("input", {
        type: "number", name: "min_confidence", id: "filter-min_confidence",
        min: "0", max: "1", step: "0.1", value: value || "",
      }),
    ),
  include_negated: (value) =>
    el("label", { class: "check" },
      el("input", { type: "checkbox", name: "include_negated", id: "filter-include_negated", checked: value === "true" }),
      " include negated"),
  include_hypothetical: (value) =>
    el("label", { class: "check" },
      el("input", { type: "checkbox", name: "include_hypothetical", id: "filter-include_hypothetical", checked: value === "true" }),
      " include hypothetical"),
  node: (value) =>
    labelled("actors by",
      el("select", { name: "node", id: "filter-node" },
        el("option", { value: "code", selected: value !== "name" }, "code"),
        el("option", { value: "name", selected: value === "name" }, "name"))),
};

function textInput(name, value, placeholder, pattern) {
  return el("input", {
    type: "text", name, id: `filter-${name}`, value: value || "", placeholder,
    pattern: pattern || null, size: name === "since" || name === "until" ? 10 : 14,
  });
}

function labelled(text, control) {
  return el("label", { class: "field" }, el("span", {}, text), control);
}

/** A form of the named filters, filled from params; onApply gets the new params. */
export function filterForm(names, params, onApply) {
  const form = el("form", { class: "filters", id: "filters" },
    names.map((name) => FIELDS[name](params[name])),
    el("button", { type: "submit", id: "filter-apply" }, "Apply"),
    el("button", { type: "button", id: "filter-clear", onclick: () => onApply({}) }, "Clear"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = {};
    for (const name of names) {
      const control = form.elements.namedItem(name);
      if (!control) continue;
      if (control.type === "checkbox") {
        if (control.checked) chosen[name] = "true";
      } else if (control.value) {
        chosen[name] = control.value.trim();
      }
    }
    onApply(chosen);
  });
  return form;
}

/** Only the params that are filters of names (so a view passes on what it knows). */
export function pick(params, names) {
  const chosen = {};
  for (const name of names) if (params[name]) chosen[name] = params[name];
  return chosen;
}
