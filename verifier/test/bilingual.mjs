// Browser check of the bilingual labels through the camera path: each .y4m in --videos (made by
// tests/verifier/test_phone_labels.py from cards signed like the app signs them) is scanned by the
// viewer named in its file name ("urdu.police.y4m"), and what the page shows is reported.
//   node test/bilingual.mjs --page DIR --videos DIR [--screenshots DIR]
import { readdirSync } from "node:fs";
import { launch, phoneContext, scan, serve } from "./browser.mjs";

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const videos = arg("--videos");
const shots = arg("--screenshots");
const server = await serve(arg("--page"));
const blocked = [];
const cards = {};
for (const file of readdirSync(videos).filter((f) => f.endsWith(".y4m")).sort()) {
  const [name, viewer] = file.split(".");
  const browser = await launch(`${videos}/${file}`);
  try {
    const { page } = await phoneContext(browser, "2026-12-02", blocked);
    await page.goto(server.url + "verifier.html");
    const verdict = await scan(page, viewer);
    const shown = await page.evaluate(() => ({
      title: document.querySelector("#verdict-title").textContent,
      headings: [...document.querySelectorAll("#content h3")].map((h) => h.textContent),
      marked: [...document.querySelectorAll("#content [lang]")].map((n) => ({ lang: n.lang, dir: n.dir, text: n.textContent,
        direction: getComputedStyle(n).direction })),
      restriction: [...document.querySelectorAll(".restriction p")].map((p) => p.textContent),
      note: document.querySelector(".labels-note")?.textContent ?? null,
      text: document.querySelector("#content").textContent,
    }));
    if (shots) {
      await page.evaluate(() => document.activeElement?.blur());
      await page.screenshot({ path: `${shots}/${name}-${viewer}.png` });
      await page.evaluate(() => window.scrollTo(0, document.querySelector("#content .item").offsetTop - 60));
      await page.screenshot({ path: `${shots}/${name}-${viewer}-items.png` });
    }
    cards[name] = { viewer, verdict, ...shown };
  } finally {
    await browser.close();
  }
}
await server.close();
console.log(JSON.stringify({ cards, blocked }));
