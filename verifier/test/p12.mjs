// P12 through the phone's camera path: each degraded picture of tools/make_p12_grid.py is played
// by Chromium's fake camera; the verdict must be VALID (read and verified).
//   node test/p12.mjs --page DIR --grid DIR
import { readFileSync } from "node:fs";
import { launch, phoneContext, scan, serve } from "./browser.mjs";

const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const gridDir = arg("--grid");
const grid = JSON.parse(readFileSync(`${gridDir}/grid.json`, "utf8"));
const server = await serve(arg("--page"));
const blocked = [];
const results = [];
for (const p of grid.pictures) {
  const browser = await launch(`${gridDir}/${p.name}.y4m`);
  try {
    const { page } = await phoneContext(browser, "2026-12-02", blocked);
    await page.goto(server.url + "verifier.html");
    results.push({ name: p.name, verdict: await scan(page, p.viewer) });
  } catch (e) {
    results.push({ name: p.name, verdict: `error: ${e.message.split("\n")[0]}` });
  } finally {
    await browser.close();
  }
}
await server.close();
console.log(JSON.stringify({ results, blocked }));
