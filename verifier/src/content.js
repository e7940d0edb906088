// The card's content for a small screen, in the card's priority order (pdf_card_front.FRONT_ITEMS),
// then crisis numbers, then every other item in code order. Built with DOM nodes and textContent
// only: nothing from the card is ever parsed as HTML.
import { dayToIso } from "./payload.js";

const FRONT = [
  ["risks", "Risks"], ["health_conditions", "Health / allergies"], ["language_communication", "Communication"],
  ["what_helps", "What helps"], ["advance_decisions", "Advance decision"], ["physical_needs", "Physical needs"],
  ["dependants_pets", "Dependants"], ["emergency_contacts", "Contact"], ["medicines", "Medicines"],
  ["named_contacts", "Professionals"], ["usual_presentation", "Usually presents"],
];
const IDENTITY = ["name", "description", "date_of_birth", "nhs_number", "gender"];

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function formatDate(days) {
  const [y, m, d] = dayToIso(days).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

function section(title, lines, cls = "") {
  const s = el("section", { class: `item ${cls}`.trim() });
  s.append(el("h3", {}, title));
  if (lines.length === 1) s.append(el("p", {}, lines[0]));
  else {
    const ul = el("ul");
    for (const line of lines) ul.append(el("li", {}, line));
    s.append(ul);
  }
  return s;
}

/** A DocumentFragment with the card's content. */
export function renderContent(payload, issuer, viewer, policeRestriction) {
  const frag = document.createDocumentFragment();
  const byKey = new Map(payload.items.map((i) => [i.key, i]));
  const who = el("section", { class: "identity" });
  const name = byKey.get("name") ?? byKey.get("description");
  who.append(el("h2", { class: "person" }, name ? name.lines.join(" ") : "Name not on this card"));
  const facts = [];
  if (byKey.has("date_of_birth")) facts.push(`Born ${byKey.get("date_of_birth").lines.join(" ")}`);
  if (byKey.has("nhs_number")) facts.push(`NHS no. ${byKey.get("nhs_number").lines.join(" ")}`);
  if (byKey.has("gender")) facts.push(byKey.get("gender").lines.join(" "));
  if (facts.length) {
    const p = el("p", { class: "facts" });
    facts.forEach((fact, i) => p.append(...(i ? [" · "] : []), el("span", { class: "nowrap" }, fact)));
    who.append(p);
  }
  frag.append(who);
  if (viewer === "police") {
    const box = el("section", { class: "restriction", role: "note", "aria-label": "Limits on police use" });
    box.append(el("h3", {}, "Police: limits on use"), el("p", {}, policeRestriction));
    frag.append(box);
  }
  const shown = new Set(IDENTITY);
  for (const [key, label] of FRONT) {
    if (!byKey.has(key)) continue;
    frag.append(section(label, byKey.get(key).lines, key === "risks" ? "risk" : ""));
    shown.add(key);
  }
  if (byKey.has("crisis_numbers")) {
    frag.append(section("24-hour crisis numbers", byKey.get("crisis_numbers").lines, "numbers"));
    shown.add("crisis_numbers");
  }
  for (const item of payload.items) {
    if (!shown.has(item.key)) frag.append(section(item.label, item.lines));
  }
  if (payload.truncated) frag.append(el("p", { class: "more" }, "More in the full plan."));
  const foot = el("p", { class: "issued" });
  foot.textContent = `Issued by ${issuer} on ${formatDate(payload.issued)} · review by ${formatDate(payload.validUntil)} · card ${payload.cardId}`;
  frag.append(foot);
  return frag;
}
