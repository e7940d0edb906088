// Node checks of the bilingual labels (issue 14): languageFor agrees with the Python language_for
// on the shared vectors (tests/vectors/labels/language_for.json), and renderContent shows the
// headings, the police box and the review line in English and the card's language, the
// translation marked with lang/dir, and English-only cards exactly as before. Usage:
//   node test/labels.mjs      (prints one JSON object; exit 0 only if every check passed)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { installDom } from "./dom.mjs";
import { LANGUAGES, languageFor } from "../src/labels.js";

installDom();
const { renderContent } = await import("../src/content.js");
const failures = [];
const checks = [];
const check = (ok, what) => {
  checks.push(what);
  if (!ok) failures.push(what);
};

const vectors = JSON.parse(readFileSync(fileURLToPath(new URL("../../tests/vectors/labels/language_for.json", import.meta.url)), "utf8"));
for (const c of vectors.cases) {
  const got = languageFor(c.text);
  check(got === c.code, `languageFor(${JSON.stringify(c.text)}) = ${got}, Python says ${c.code}`);
}
check(languageFor("", null, undefined, "Welsh") === "cy", "languageFor takes the first text that names a language");

const card = (communication, extra = []) => ({
  items: [
    { key: "name", label: "Name", lines: ["Sam Okafor"] },
    { key: "risks", label: "Risk factors", lines: ["Self-harm when alone at night"] },
    { key: "medicines", label: "Prescribed medicines", lines: ["Sertraline 100 mg once daily"] },
    ...(communication ? [{ key: "language_communication", label: "Language", lines: communication }] : []),
    { key: "crisis_numbers", label: "Crisis numbers", lines: ["Crisis team 01632 960100"] },
    ...extra,
  ],
  truncated: false, issued: 9647, validUntil: 10012, cardId: "AMBVALID22",
});
const RESTRICTION = "Only for this person's safety and care in a crisis. Not for investigation or intelligence.";
const headings = (frag) => frag.findAll((n) => n.tag === "h3");
const spans = (frag) => frag.findAll((n) => n.attrs.class === "tr");

{
  const frag = renderContent(card(["First language: Urdu (Mirpuri); needs an interpreter"]), "Oxford Health", "police", RESTRICTION);
  const hs = headings(frag).map((h) => h.textContent);
  check(hs[0] === `Police: limits on use · ${LANGUAGES.ur.labels.limits_on_use}`, `Urdu police heading: ${hs[0]}`);
  check(hs.includes(`Risks · ${LANGUAGES.ur.labels.risks}`) && hs.includes(`Medicines · ${LANGUAGES.ur.labels.medicines}`), `Urdu item headings: ${hs.join(" | ")}`);
  check(hs.includes(`24-hour crisis numbers · ${LANGUAGES.ur.labels.crisis_help}`), "crisis numbers heading in both");
  const marked = spans(frag);
  check(marked.length > 0 && marked.every((s) => s.attrs.lang === "ur" && s.attrs.dir === "rtl"), "every Urdu part has lang=ur dir=rtl");
  const box = frag.findAll((n) => n.attrs.class === "restriction")[0];
  const ps = box.findAll((n) => n.tag === "p").map((p) => p.textContent);
  check(ps[0] === RESTRICTION && ps[1] === LANGUAGES.ur.labels.police_restriction, "police statement in English, then Urdu under it");
  const note = frag.findAll((n) => n.attrs.class === "labels-note")[0];
  check(note && note.textContent.includes("translation not yet checked") && note.textContent.includes(LANGUAGES.ur.labels.not_checked), "labels marked not yet checked, in both");
  check(frag.textContent.includes("Self-harm when alone at night") && frag.textContent.includes("First language: Urdu (Mirpuri)"), "the card's own words unchanged");
}
{
  const frag = renderContent(card(["First language: Polish; needs an interpreter"], [{ key: "drink_drugs", label: "Drink or drugs", lines: ["None"] }]), "Oxford Health", "ambulance", RESTRICTION);
  const hs = headings(frag).map((h) => h.textContent);
  check(hs[0] === `Risks · ${LANGUAGES.pl.labels.risks}`, `Polish: ${hs[0]}`);
  check(hs.includes(`Drink or drugs · ${LANGUAGES.pl.labels.drink_drugs}`), "items after the front are bilingual too");
  check(spans(frag).every((s) => s.attrs.lang === "pl" && s.attrs.dir === "ltr"), "Polish parts lang=pl dir=ltr");
  check(frag.findAll((n) => n.attrs.class === "restriction").length === 0, "no police box for an ambulance crew");
}
for (const communication of [null, ["Hard of hearing: please face me and speak slowly"], ["English"]]) {
  const frag = renderContent(card(communication), "Oxford Health", "police", RESTRICTION);
  const hs = headings(frag).map((h) => h.textContent);
  check(hs[0] === "Police: limits on use" && hs[1] === "Risks" && hs.includes("24-hour crisis numbers"), `English only (${communication}): ${hs.join(" | ")}`);
  check(spans(frag).length === 0 && frag.findAll((n) => n.attrs.lang || n.attrs.class === "labels-note").length === 0, "no second language marked");
  check(frag.findAll((n) => n.attrs.class === "restriction")[0].findAll((n) => n.tag === "p").length === 1, "one police statement");
}

console.log(JSON.stringify({ checks: checks.length, failures }, null, 1));
process.exit(failures.length ? 1 : 0);
