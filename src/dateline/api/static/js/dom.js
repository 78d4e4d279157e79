// Building the page from data without ever parsing data as markup.
//
// Article text is untrusted: every string given here becomes a text node
// (or an attribute value set through the DOM), never HTML. Nothing in the
// dashboard uses innerHTML, outerHTML, insertAdjacentHTML or document.write.

const SVG_NS = "http://www.w3.org/2000/svg";

function build(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else if (name === "dataset") {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: el("a", {href: "#/x", class: "link"}, "text", otherNode). */
export function el(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element, as el() makes HTML ones. */
export function svg(tag, attributes, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

/** Remove every child of a node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A short message in place of a view's content (loading, nothing found, an error). */
export function notice(text, kind = "info") {
  return el("p", { class: `notice notice-${kind}`, role: kind === "error" ? "alert" : "status" }, text);
}
