// The little of the DOM that content.js uses (createElement, setAttribute, append, textContent,
// DocumentFragment), so its rendering can be checked in Node without a browser.
class Node {
  constructor(tag) {
    this.tag = tag;
    this.attrs = {};
    this.children = [];
  }
  setAttribute(k, v) {
    this.attrs[k] = String(v);
  }
  getAttribute(k) {
    return this.attrs[k] ?? null;
  }
  append(...nodes) {
    for (const n of nodes) this.children.push(typeof n === "string" ? new Text(n) : n);
  }
  set textContent(value) {
    this.children = [new Text(String(value))];
  }
  get textContent() {
    return this.children.map((c) => c.textContent).join("");
  }
  /** Every element below this one (depth first) for which `test` is true. */
  findAll(test) {
    const out = [];
    for (const c of this.children) {
      if (c instanceof Text) continue;
      if (test(c)) out.push(c);
      out.push(...c.findAll(test));
    }
    return out;
  }
}
class Text {
  constructor(text) {
    this.text = text;
  }
  get textContent() {
    return this.text;
  }
}

export function installDom() {
  globalThis.document = {
    createElement: (tag) => new Node(tag),
    createDocumentFragment: () => new Node("#fragment"),
  };
}
