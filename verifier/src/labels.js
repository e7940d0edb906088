// The fixed labels in the person's language (issue 14), from resources/labels/card-labels.json
// through the generated labels-data.js. Only fixed labels are translated: the card's own words
// never are, and the QR content says nothing about language; the language is found in the card's
// language/communication item, as crisisplan/export/card_labels.py language_for finds it on paper.
import { ENGLISH, LANGUAGES } from "./labels-data.js";

export { ENGLISH, LANGUAGES };

/** Port of card_labels.language_for: the code of the first of `texts` that names a language of
 * the catalogue ("Urdu", "urdu (Mirpuri)", "اردو", "ur"), or null. Python's casefold() is
 * toLowerCase() here: they differ only for letters (ß, ﬁ …) that no language name contains. */
export function languageFor(...texts) {
  for (const text of texts) {
    const plain = String(text ?? "").normalize("NFC").trim().toLowerCase();
    if (!plain) continue;
    for (const [code, language] of Object.entries(LANGUAGES)) {
      if (plain === code || language.names.some((name) => plain.includes(name))) return code;
    }
  }
  return null;
}

/** The second language of a decoded card (its language/communication item), or null. */
export function cardLanguage(payload) {
  const item = payload.items.find((i) => i.key === "language_communication");
  const code = item ? languageFor(item.lines.join("\n")) : null;
  return code ? { code, ...LANGUAGES[code] } : null;
}
