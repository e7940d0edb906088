// The card's content for a small screen, in the card's priority order (pdf_card_front.FRONT_ITEMS),
// then crisis numbers, then every other item in code order. Built with DOM nodes and textContent
// only: nothing from the card is ever parsed as HTML. When the card's language/communication item
// names a language of resources/labels/card-labels.json, the fixed labels (headings, police box,
// review date) show in English and that language; the card's own words are never translated.
import { dayToIso } from "./payload.js";
import { ENGLISH, cardLanguage } from "./labels.js";

const FRONT = [
  ["risks", "Risks"], ["health_conditions", "Health / allergies"], ["language_communication", "Communication"],
  ["what_helps", "What helps"], ["advance_decisions", "Advance decision"], ["physical_needs", "Physical needs"],
  ["dependants_pets", "Dependants"], ["emergency_contacts", "Contact"], ["medicines", "Medicines"],
  ["named_contacts", "Professionals"], ["usual_presentation", "Usually presents"],
];
/** The card-labels.json key of each item's label (card_labels.ITEM_KEYS). */
const LABEL_KEYS = {
  risks: "risks", health_conditions: "health", language_communication: "communication", what_helps: "what_helps",
  advance_decisions: "advance_decision", physical_needs: "physical_needs", dependants_pets: "dependants",
  emergency_contacts: "contact", medicines: "medicines", named_contacts: "professionals",
  usual_presentation: "usually_presents", drink_drugs: "drink_drugs", do_not_contact: "do_not_contact",
  crisis_numbers: "crisis_help",
};
const SEPARATOR = " · ";
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

/** Text in the second language, marked with its language and direction (Urdu and Arabic read
 * right to left inside an English line). */
function translated(second, text, tag = "span", cls = "tr") {
  return el(tag, { class: cls, lang: second.code, dir: second.direction }, text);
}

/** "Risks · خطرات": the English heading and, with a second language, its translation. */
function heading(english, key, second) {
  const h = el("h3", {}, english);
  const other = second && key ? second.labels[key] : undefined;
  if (other) h.append(SEPARATOR, translated(second, other));
  return h;
}

function section(title, lines, cls = "", key = undefined, second = null) {
  const s = el("section", { class: `item ${cls}`.trim() });
  s.append(heading(title, key, second));
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
  const second = cardLanguage(payload);
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
    box.append(heading("Police: limits on use", "limits_on_use", second), el("p", {}, policeRestriction));
    if (second?.labels.police_restriction) box.append(translated(second, second.labels.police_restriction, "p"));
    frag.append(box);
  }
  const shown = new Set(IDENTITY);
  for (const [key, label] of FRONT) {
    if (!byKey.has(key)) continue;
    frag.append(section(label, byKey.get(key).lines, key === "risks" ? "risk" : "", LABEL_KEYS[key], second));
    shown.add(key);
  }
  if (byKey.has("crisis_numbers")) {
    frag.append(section("24-hour crisis numbers", byKey.get("crisis_numbers").lines, "numbers", "crisis_help", second));
    shown.add("crisis_numbers");
  }
  for (const item of payload.items) {
    if (!shown.has(item.key)) frag.append(section(item.label, item.lines, "", LABEL_KEYS[item.key], second));
  }
  if (payload.truncated) frag.append(el("p", { class: "more" }, "More in the full plan."));
  const foot = el("p", { class: "issued" });
  foot.textContent = `Issued by ${issuer} on ${formatDate(payload.issued)} · review by ${formatDate(payload.validUntil)} · card ${payload.cardId}`;
  frag.append(foot);
  if (second) {
    if (second.labels.review_by) {
      const review = el("p", { class: "issued" });
      review.append(translated(second, second.labels.review_by), ` ${formatDate(payload.validUntil)}`);
      frag.append(review);
    }
    // The phone cannot know whether the trust's IG lead has recorded a translator's check, so it
    // always says the labels' translation is not checked (docs/translations.md).
    const note = el("p", { class: "labels-note" }, `Labels in ${second.name}: ${ENGLISH.not_checked}`);
    if (second.labels.not_checked) note.append(SEPARATOR, translated(second, second.labels.not_checked));
    frag.append(note);
  }
  return frag;
}
