// Small DOM helpers. Text always goes in through textContent, never as HTML: data cannot inject markup.
"use strict";

const Dom = {
  el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([name, value]) => {
      if (value === undefined || value === null) return;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.substring(2), value);
      else node.setAttribute(name, value);
    });
    children.flat().forEach(child => {
      if (child === undefined || child === null) return;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  },

  byId(id) {
    return document.getElementById(id);
  },

  /** Replaces a table's body with one row per item; `cells` maps an item to the cells' contents. */
  fillTable(tableId, items, cells) {
    const body = document.querySelector("#" + tableId + " tbody");
    body.replaceChildren(...items.map(item => Dom.el("tr", {}, cells(item).map(cell => Dom.el("td", {}, cell)))));
  },

  setText(id, value) {
    Dom.byId(id).textContent = value === undefined || value === null ? "–" : String(value);
  },

  time(iso) {
    if (!iso) return "";
    const date = new Date(iso);
    return date.toLocaleString(undefined, {month: "short", day: "numeric", hour: "2-digit", minute: "2-digit",
      second: "2-digit"});
  },

  badge(text, kind) {
    return Dom.el("span", {class: "badge " + (kind || String(text).toLowerCase()), text: text});
  }
};
