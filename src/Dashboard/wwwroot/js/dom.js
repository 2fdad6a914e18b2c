// Every node of the page is built here, with createElement and textContent and never from markup: board names,
// error messages and pattern descriptions come from the API and from users, and must always show as text.

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARKUP_SINKS = new Set(['innerHTML', 'outerHTML', 'srcdoc']);

/** An HTML element: props are properties ("value", "disabled"), "class", "text", "dataset", "on<event>" or attributes. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (MARKUP_SINKS.has(key)) throw new Error(`el() does not set ${key}; pass text or child nodes.`);
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key in node && typeof node[key] !== 'object') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** An SVG element with the given attributes. */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
}
