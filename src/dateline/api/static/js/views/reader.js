// The Reader: one article with what dateline found in it marked on its text.
//
// Marks are computed from the spans (character offsets into the text): the
// text is cut at every span boundary and each piece becomes a text node, or a
// <mark> carrying the layers it belongs to. The text itself is never parsed
// as HTML, so markup in an article shows as the characters it is.

import { getJSON } from "../api.js";
import { clear, el, notice } from "../dom.js";
import { filterForm, pick } from "../filters.js";
import { labelOf, quadOf } from "../plover.js";
import { go, href } from "../route.js";

const LAYERS = [
  { key: "actor", label: "actor" },
  { key: "quote", label: "quote" },
  { key: "time", label: "time" },
  { key: "place", label: "place" },
  { key: "trigger", label: "event trigger" },
  { key: "evidence", label: "evidence of the chosen event" },
];
const LIST_FILTERS = ["text", "actor", "since", "until"];
const PAGE = 50;

export async function renderReader(container, route) {
  if (!route.id) {
    await renderList(container, route);
    return;
  }
  const article = await getJSON(`/api/articles/${encodeURIComponent(route.id)}`);
  renderArticle(container, article, route.params.event || null);
}

async function renderList(container, route) {
  const params = route.params;
  const offset = Number(params.offset || 0);
  container.append(
    el("h2", {}, "Reader"),
    el("p", { class: "hint" }, "Choose an article to read it with its actors, quotes, times, places and events marked."),
    filterForm(LIST_FILTERS, params, (chosen) => go("reader", null, chosen)),
  );
  const page = await getJSON("/api/articles", { ...pick(params, LIST_FILTERS), limit: PAGE, offset });
  if (!page.items.length) {
    container.append(notice("No article passes these filters."));
    return;
  }
  container.append(
    el("p", {}, `${page.total} articles`),
    el("ul", { class: "article-list", id: "article-list" }, page.items.map((item) =>
      el("li", {},
        el("a", { href: href("reader", item.id), dataset: { article: item.id } }, item.title || item.id),
        el("span", { class: "meta" }, ` ${item.published || "undated"} · ${item.events} events · ${item.quotes} quotes`)))),
    offset + PAGE < page.total
      ? el("a", { class: "button", href: href("reader", null, { ...params, offset: offset + PAGE }) }, "next ›")
      : null,
  );
}

function marksOf(article, chosen) {
  const names = new Map(article.actors.map((actor) => [actor.id, actor]));
  const marks = [];
  for (const actor of article.actors) {
    for (const [start, end] of actor.mentions) {
      marks.push({ start, end, layer: "actor", note: `actor: ${actor.name}${actor.code ? ` (${actor.code})` : ""}` });
    }
  }
  for (const quote of article.quotes) {
    const speaker = quote.speaker && names.has(quote.speaker) ? names.get(quote.speaker).name : quote.speaker_text;
    marks.push({ start: quote.span[0], end: quote.span[1], layer: "quote", note: `${quote.kind} quote${speaker ? ` by ${speaker}` : ""}` });
  }
  for (const time of article.times) {
    marks.push({ start: time.span[0], end: time.span[1], layer: "time", note: `time: ${timeValue(time)}` });
  }
  for (const place of article.places) {
    for (const [start, end] of place.mentions) {
      marks.push({ start, end, layer: "place", note: `place: ${place.name}${place.country ? ` (${place.country})` : ""}` });
    }
  }
  for (const event of article.events) {
    const word = event.trigger.split(/\s+/)[0];
    const at = article.text.indexOf(word, event.span[0]);
    if (word && at >= 0 && at + word.length <= event.span[1]) {
      marks.push({ start: at, end: at + word.length, layer: "trigger", event: event.id, note: `event ${event.id}: ${event.type}` });
    }
  }
  if (chosen) {
    for (const [start, end] of evidenceOf(chosen)) {
      marks.push({ start, end, layer: "evidence", event: chosen.id, note: `evidence of ${chosen.id}` });
    }
  }
  return marks.filter((mark) => mark.end > mark.start);
}

function evidenceOf(event) {
  return event.evidence && event.evidence.length ? event.evidence : [event.span];
}

/** The text, cut at every mark boundary; each piece a text node or a <mark>. */
function markedText(text, marks, onEvent) {
  const cuts = new Set([0, text.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.start)));
    cuts.add(Math.max(0, Math.min(text.length, mark.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const piece = text.slice(start, end);
    const active = marks.filter((mark) => mark.start <= start && mark.end >= end);
    if (!active.length) {
      pieces.push(document.createTextNode(piece));
      continue;
    }
    const layers = [...new Set(active.map((mark) => mark.layer))];
    const event = active.find((mark) => mark.event && mark.layer === "trigger");
    const node = el("mark", {
      class: layers.join(" "), title: [...new Set(active.map((mark) => mark.note))].join("\n"),
      dataset: { start: String(start), end: String(end), event: event ? event.event : null },
    }, piece);
    if (event) node.addEventListener("click", () => onEvent(event.event));
    pieces.push(node);
  }
  return pieces;
}

function renderArticle(container, article, chosenId) {
  const events = new Map(article.events.map((event) => [event.id, event]));
  const textBox = el("div", { class: "article-text", id: "article-text" });
  const details = el("section", { class: "panel", id: "event-details" });
  const eventList = el("ol", { class: "event-list", id: "event-list" });

  const choose = (eventId) => {
    const chosen = events.get(eventId) || null;
    clear(textBox).append(...markedText(article.text, marksOf(article, chosen), choose));
    for (const button of eventList.querySelectorAll("button")) {
      button.setAttribute("aria-pressed", String(button.dataset.event === eventId));
    }
    clear(details);
    if (chosen) {
      details.append(...eventDetails(article, chosen));
      history.replaceState(null, "", href("reader", article.id, { event: chosen.id }));
      const first = textBox.querySelector("mark.evidence");
      if (first) first.scrollIntoView({ block: "center", behavior: "instant" });
    } else {
      details.append(el("p", { class: "hint" }, "Click an event (in the list or a marked trigger) to see its evidence and fields."));
    }
  };

  for (const event of article.events) {
    const flags = [event.negated ? "negated" : null, event.hypothetical ? "hypothetical" : null].filter(Boolean);
    eventList.append(el("li", {}, el("button", {
      type: "button", class: "event", dataset: { event: event.id, quad: quadOf(event.type) || "" },
      onclick: () => choose(event.id),
    }, el("span", { class: "swatch", dataset: { quad: quadOf(event.type) || "" } }), ` ${event.id} ${event.type}`,
    el("span", { class: "meta" }, ` ${sides(article, event)}${event.date.value ? ` · ${event.date.value}` : ""}${flags.length ? ` · ${flags.join(", ")}` : ""}`))));
  }

  const published = article.published.value
    ? `${article.published.value} (${article.published.basis})`
    : "publication date unknown";
  container.append(
    el("p", {}, el("a", { href: href("reader") }, "‹ all articles")),
    el("div", { class: "reader" },
      el("article", { class: "article" },
        el("h2", { id: "article-title" }, article.title || "(no title)"),
        el("p", { class: "meta" }, `${published} · ${article.source.path} · id ${article.id}`),
        article.captions.length
          ? el("ul", { class: "captions" }, article.captions.map((caption) =>
            el("li", {}, caption.text, caption.credit ? el("span", { class: "meta" }, ` (${caption.credit})`) : null)))
          : null,
        el("ul", { class: "legend layers" }, LAYERS.map((layer) => el("li", {}, el("mark", { class: layer.key }, layer.label)))),
        textBox),
      el("aside", { class: "side" },
        el("section", { class: "panel" }, el("h3", {}, `Events (${article.events.length})`),
          article.events.length ? eventList : el("p", { class: "hint" }, "No event found.")),
        details,
        listPanel("Actors", article.actors, (actor) =>
          `${actor.name}${actor.code ? ` · ${actor.code}` : ""}${actor.title ? ` · ${actor.title}` : ""} · ${actor.mentions.length} mentions`),
        listPanel("Quotes", article.quotes, (quote) =>
          `${speakerOf(article, quote)}: “${quote.text}”`),
        listPanel("Places", article.places, (place) =>
          `${place.name}${place.country ? ` (${place.country})` : ""}${place.kind ? ` · ${place.kind}` : ""}`),
        listPanel("Times", article.times, (time) => `${time.text} → ${timeValue(time)}`),
        article.warnings.length ? listPanel("Warnings", article.warnings, (warning) => warning) : null)),
  );
  choose(chosenId && events.has(chosenId) ? chosenId : null);
}

function nameOf(article, id) {
  const actor = article.actors.find((candidate) => candidate.id === id);
  return actor ? actor.name : id;
}

function sides(article, event) {
  const actor = event.actor.map((id) => nameOf(article, id)).join(", ") || "?";
  const recipient = event.recipient.map((id) => nameOf(article, id)).join(", ");
  return recipient ? `${actor} → ${recipient}` : actor;
}

function speakerOf(article, quote) {
  return quote.speaker ? nameOf(article, quote.speaker) : quote.speaker_text || "unknown speaker";
}

function listPanel(title, items, describe) {
  return el("section", { class: "panel" }, el("h3", {}, `${title} (${items.length})`),
    items.length ? el("ul", { class: "plain" }, items.map((item) => el("li", {}, describe(item)))) : el("p", { class: "hint" }, "None."));
}

function eventDetails(article, event) {
  const place = article.places.find((candidate) => candidate.id === event.place);
  const quote = article.quotes.find((candidate) => candidate.id === event.quote);
  const actors = (ids) => ids.map((id) => {
    const actor = article.actors.find((candidate) => candidate.id === id);
    return actor ? `${actor.name}${actor.code ? ` (${actor.code})` : ""}` : id;
  }).join(", ") || "—";
  const date = event.date.value
    ? `${event.date.value} (${event.date.precision}, from ${event.date.basis}${event.date.text ? `: “${event.date.text}”` : ""})`
    : "unknown";
  const fields = [
    ["type", `${event.type}${event.mode ? ` / ${event.mode}` : ""} · ${labelOf(quadOf(event.type))}`],
    ["actor", actors(event.actor)],
    ["recipient", actors(event.recipient)],
    ["date", date],
    ["place", place ? `${place.name}${place.country ? ` (${place.country})` : ""}` : "—"],
    ["killed", event.fatalities ?? "—"],
    ["injured", event.injured ?? "—"],
    ["negated", event.negated ? "yes" : "no"],
    ["hypothetical", event.hypothetical ? "yes" : "no"],
    ["confidence", Number(event.confidence).toFixed(2)],
    ["trigger", event.trigger],
    ["in quote", quote ? `${quote.id}: “${quote.text}”` : "—"],
  ];
  return [
    el("h3", {}, `Event ${event.id}: ${event.type}`),
    el("dl", { class: "fields" }, fields.flatMap(([name, value]) => [el("dt", {}, name), el("dd", { dataset: { field: name } }, String(value))])),
    el("h4", {}, "Evidence"),
    el("ol", { class: "evidence-list", id: "evidence-list" }, evidenceOf(event).map(([start, end]) =>
      el("li", {}, el("q", {}, article.text.slice(start, end)), el("span", { class: "meta" }, ` [${start}:${end}]`)))),
    event.explanation && event.explanation.length
      ? [el("h4", {}, "Why"), el("ul", { class: "plain" }, event.explanation.map((line) => el("li", {}, line)))]
      : null,
  ].flat().filter(Boolean);
}

// A time mention's date, or how long it lasts when it names a length ("three months": P3M).
function timeValue(time) {
  if (time.value.value) return time.value.value;
  return time.duration ? `lasts ${time.duration}` : "unresolved";
}
