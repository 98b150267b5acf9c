// Small DOM helpers of the room's renderers. User text goes into the page through textContent only, never innerHTML.

export const $ = (id) => document.getElementById(id);

/**
 * An element with properties and children: `text` sets textContent, `className` the class, `data-*`/`aria-*`/`role`/
 * `type`/`hidden`/`for` become attributes, anything else a property; null/false/undefined are left out.
 * @returns {HTMLElement}
 */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "className") node.className = value;
    else if (name === "text") node.textContent = String(value);
    else if (/^(data-|aria-)/.test(name) || ["role", "type", "hidden", "for", "tabindex"].includes(name)) node.setAttribute(name, value === true ? "" : String(value));
    else node[name] = value;
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function setText(id, text) {
  const node = $(id);
  if (node && node.textContent !== text) node.textContent = text;
}

export function setHidden(id, hidden) {
  const node = $(id);
  if (node && node.hidden !== hidden) node.hidden = hidden;
}

/**
 * Brings a list in line with `items`, reusing its elements by key so that focus inside them survives a push;
 * `signature` decides whether an existing element must be rebuilt.
 * @template T
 * @param {HTMLElement | null} list @param {readonly T[]} items
 * @param {{ key: (item: T, index: number) => unknown, signature: (item: T, index: number) => string, build: (item: T, index: number) => HTMLElement, emptyId?: string }} how
 */
export function syncList(list, items, { key, signature, build, emptyId }) {
  if (!list) return;
  const existing = new Map();
  for (const child of Array.from(list.children)) existing.set(/** @type {HTMLElement} */ (child).dataset.key, child);
  const wanted = new Set();
  items.forEach((item, index) => {
    const itemKey = String(key(item, index));
    wanted.add(itemKey);
    const sig = signature(item, index);
    let node = existing.get(itemKey);
    if (!node || node.dataset.sig !== sig) {
      const fresh = build(item, index);
      fresh.dataset.key = itemKey;
      fresh.dataset.sig = sig;
      if (node) node.replaceWith(fresh);
      node = fresh;
    }
    if (list.children[index] !== node) list.insertBefore(node, list.children[index] ?? null);
  });
  for (const [itemKey, node] of existing) if (!wanted.has(itemKey)) node.remove();
  if (emptyId) setHidden(emptyId, items.length > 0);
}

/** Fills a select with options, keeping the chosen value when it is still offered. */
export function fillSelect(select, options, placeholder) {
  if (!select) return;
  const signature = JSON.stringify([placeholder, options]);
  if (select.dataset.options === signature) return;
  const keep = select.value;
  select.replaceChildren();
  if (placeholder !== undefined) select.append(el("option", { value: "", text: placeholder }));
  for (const option of options) select.append(el("option", { value: option.value, text: option.label }));
  if (options.some((o) => o.value === keep)) select.value = keep;
  select.dataset.options = signature;
}

/** Chooses `value` in a select when it offers it (ids compare case-insensitively). */
export function choose(select, value) {
  if (!select || !value) return;
  const option = Array.from(select.options).find((o) => o.value.toLowerCase() === String(value).toLowerCase());
  if (option) select.value = option.value;
}

/** "19:05" in Dutch time of day. */
export function formatTime(value) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
}

/** "yyyy-MM-dd" as Dutch "dd-MM-yyyy". */
export function formatDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value ?? ""));
  return match ? `${match[3]}-${match[2]}-${match[1]}` : String(value ?? "");
}
