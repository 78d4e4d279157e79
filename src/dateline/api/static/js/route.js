// The page's address is its state: #/view/id?filters. Views read it and change it.

/** The current route: {view, id, params}. */
export function current() {
  const hash = decodeURIComponent(location.hash.slice(1)) ? location.hash.slice(1) : "/events";
  const [path, search = ""] = hash.split("?");
  const [, view = "events", ...rest] = path.split("/");
  const params = Object.fromEntries(new URLSearchParams(search));
  return { view, id: rest.length ? decodeURIComponent(rest.join("/")) : null, params };
}

/** The address of a view, with its id and params. */
export function href(view, id, params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") search.set(name, String(value));
  }
  const query = search.toString();
  return `#/${view}${id ? `/${encodeURIComponent(id)}` : ""}${query ? `?${query}` : ""}`;
}

/** Go to a view. */
export function go(view, id, params) {
  location.hash = href(view, id, params);
}
