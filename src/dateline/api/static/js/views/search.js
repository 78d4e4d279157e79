// Full-text search over articles (titles and text) and quotes, matches highlighted.

import { getJSON } from "../api.js";
import { el, notice } from "../dom.js";
import { go, href } from "../route.js";

function snippet(parts) {
  return el("span", { class: "snippet" }, parts.map((part) => (part.match ? el("mark", { class: "hit" }, part.text) : part.text)));
}

export async function renderSearch(container, route) {
  const q = route.params.q || "";
  const input = el("input", { type: "search", name: "q", id: "search-input", value: q, placeholder: "words, \"a phrase\", prefix*", size: 40, required: true });
  const form = el("form", { class: "filters", id: "search-form" }, el("label", { class: "field" }, el("span", {}, "search"), input),
    el("button", { type: "submit", id: "search-submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go("search", null, { q: input.value.trim() });
  });
  container.append(el("h2", {}, "Search"), form,
    el("p", { class: "hint" }, "SQLite FTS5 syntax: words (all must match), \"exact phrase\", prefix*, OR, NOT."));
  if (!q) return;
  const found = await getJSON("/api/search", { q, limit: 50 });
  const articles = el("section", { class: "results", id: "article-hits" }, el("h3", {}, `Articles (${found.articles.total})`));
  if (!found.articles.items.length) articles.append(notice("No article matches."));
  articles.append(el("ol", {}, found.articles.items.map((hit) =>
    el("li", { class: "hit-item" },
      el("a", { href: href("reader", hit.article_id) }, hit.title || hit.article_id),
      el("span", { class: "meta" }, ` ${hit.published || "undated"}`),
      el("div", {}, snippet(hit.snippet))))));
  const quotes = el("section", { class: "results", id: "quote-hits" }, el("h3", {}, `Quotes (${found.quotes.total})`));
  if (!found.quotes.items.length) quotes.append(notice("No quote matches."));
  quotes.append(el("ol", {}, found.quotes.items.map((hit) =>
    el("li", { class: "hit-item" },
      el("div", {}, "“", snippet(hit.snippet), "”"),
      el("span", { class: "meta" }, `${hit.speaker || hit.speaker_text || "unknown speaker"} (${hit.kind}) in `),
      el("a", { href: href("reader", hit.article_id) }, hit.title || hit.article_id)))));
  container.append(articles, quotes);
}
