// Browser tests of the phone verifier through the CAMERA path (Chromium's fake camera plays a .y4m
// made by tools/make_phone_vectors.py), plus offline use, the newer-bundle refresh, privacy and
// accessibility checks. Usage:
//   node test/run.mjs --page DIR --videos DIR [--screenshots DIR]
// DIR for --page is a folder written by `crisisplan verifier export` pinned to the vectors' root.
// Prints one JSON object; exit 0 only if every check passed.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, phoneContext, scan, serve } from "./browser.mjs";
import { runVectors } from "./vectors.mjs";

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const pageDir = arg("--page");
const videos = arg("--videos");
const shots = arg("--screenshots");
const vectorsDir = fileURLToPath(new URL("../../tests/vectors/phone/", import.meta.url));
const manifest = JSON.parse(readFileSync(vectorsDir + "vectors.json", "utf8"));
const failures = [];
const checks = [];
const blocked = [];
const check = (ok, what) => {
  checks.push(what);
  if (!ok) failures.push(what);
};

const started = Date.now();
const vectorResult = await runVectors();
failures.push(...vectorResult.failures.map((f) => `vectors: ${f}`));
const server = await serve(pageDir);

async function cameraCase(c) {
  const browser = await launch(`${videos}/${c.image.replace(/\.png$/, ".y4m")}`);
  try {
    const { page } = await phoneContext(browser, manifest.today, blocked);
    await page.goto(server.url + "verifier.html");
    if (c === manifest.camera[0]) {
      await page.waitForSelector("body[data-ready=true]");
      check(await page.isDisabled("#scan") && await page.isVisible("#hint"), "first use: choose a service before scanning");
      if (shots) await page.screenshot({ path: `${shots}/start.png` });
    }
    const verdict = await scan(page, c.viewer);
    check(verdict === c.expected, `camera ${c.name} (${c.viewer}): ${verdict}, expected ${c.expected}`);
    const shown = await page.isVisible("#content");
    check(shown === ["VALID", "REVIEW_OVERDUE"].includes(c.expected), `camera ${c.name}: content shown = ${shown}`);
    if (shots) {
      await page.evaluate(() => document.activeElement?.blur());
      await page.screenshot({ path: `${shots}/${c.name}.png` });
      if (c.name === "valid_ambulance" || c.name === "superseded_card") {
        await page.emulateMedia({ colorScheme: "dark" });
        await page.screenshot({ path: `${shots}/${c.name}_dark.png` });
        await page.emulateMedia({ colorScheme: "light" });
      }
    }
    if (c.name === "valid_police") {
      check(await page.isVisible(".restriction"), "police see the restriction statement");
    }
    if (c.name === "valid_ambulance") {
      check(!(await page.isVisible(".restriction")), "ambulance crews do not see the police statement");
      const order = await page.$$eval("#content h3", (hs) => hs.map((h) => h.textContent));
      check(order[0] === "Risks" && order.indexOf("Health / allergies") === 1, `risk first: ${order.join(", ")}`);
      const storage = await page.evaluate(() => Object.keys(localStorage));
      check(JSON.stringify(storage) === '["crisisplan-verifier-viewer"]', `only the viewer is stored: ${storage}`);
      const kept = await page.evaluate(async () => ({ session: sessionStorage.length, idb: (await indexedDB.databases()).length }));
      check(kept.session === 0 && kept.idb === 0, "nothing in sessionStorage or IndexedDB");
      check((await page.getAttribute("#verdict", "aria-live")) === "assertive" && (await page.getAttribute("#verdict", "role")) === "status", "verdict is an aria-live status");
      check((await page.textContent("#verdict-icon")).trim() !== "" && (await page.textContent("#verdict-title")).trim() !== "", "verdict has icon and words");
      check(await page.evaluate(() => document.querySelector("label[for=viewer]") !== null), "viewer select is labelled");
      const controlsTop = await page.evaluate(() => document.querySelector(".controls").getBoundingClientRect().top);
      check(controlsTop > 844 / 2, `controls at the bottom (${controlsTop})`);
      await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
      check(!(await page.isVisible("#content")) && (await page.textContent("#content")) === "", "content cleared on pagehide");
    }
  } finally {
    await browser.close();
  }
}

for (const c of manifest.camera) await cameraCase(c);

// Offline: first load online registers the service worker; then the network is cut and a reload
// still verifies a card through the camera.
{
  const amb = manifest.camera.find((c) => c.name === "valid_ambulance");
  const browser = await launch(`${videos}/${amb.image.replace(/\.png$/, ".y4m")}`);
  try {
    const { context, page } = await phoneContext(browser, manifest.today, blocked);
    await page.goto(server.url + "verifier.html");
    await page.waitForSelector("body[data-ready=true]");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    check(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), "service worker controls the page");
    await context.setOffline(true);
    await page.reload();
    const verdict = await scan(page, "ambulance");
    check(verdict === "VALID", `offline reload still verifies: ${verdict}`);
    await page.goto(server.url);
    check(await page.isVisible("#scan"), "offline: the site root falls back to the cached page");
  } finally {
    await browser.close();
  }
}

// Opened as a file (a trust may e-mail the page): no server, no service worker, still verifies.
{
  const amb = manifest.camera.find((c) => c.name === "valid_ambulance");
  const browser = await launch(`${videos}/${amb.image.replace(/\.png$/, ".y4m")}`);
  try {
    const { page } = await phoneContext(browser, manifest.today, blocked);
    await page.goto(`file://${pageDir}/verifier.html`);
    const verdict = await scan(page, "ambulance");
    check(verdict === "VALID", `opened from a file, verifies: ${verdict}`);
  } finally {
    await browser.close();
  }
}

// The card's content clears by itself 3 minutes after the verdict (fake timers jump ahead).
{
  const amb = manifest.camera.find((c) => c.name === "valid_ambulance");
  const browser = await launch(`${videos}/${amb.image.replace(/\.png$/, ".y4m")}`);
  try {
    const { page } = await phoneContext(browser, manifest.today, blocked, { fakeTimers: true });
    await page.goto(server.url + "verifier.html");
    const verdict = await scan(page, "ambulance");
    await page.clock.fastForward("02:50");
    const before = await page.isVisible("#content");
    await page.clock.fastForward("00:15");
    const after = await page.isVisible("#content");
    const verdictAfter = await page.getAttribute("#verdict", "data-verdict");
    check(verdict === "VALID" && before && !after && verdictAfter === null, `content shown at 2:50, cleared by 3:05 (${verdict} ${before} ${after})`);
  } finally {
    await browser.close();
  }
}

// Newer bundle: one from another root (higher sequence) is refused; sequence 6 from the pinned root
// is taken, shown, and withdraws the card that was valid under sequence 5.
{
  const amb = manifest.camera.find((c) => c.name === "valid_ambulance");
  const browser = await launch(`${videos}/${amb.image.replace(/\.png$/, ".y4m")}`);
  try {
    const { page } = await phoneContext(browser, manifest.today, blocked);
    server.overrides.set("/trust-bundle.json", vectorsDir + "bundle_other_root.json");
    await page.goto(server.url + "verifier.html");
    await page.waitForSelector("body[data-ready=true]");
    check((await page.textContent("#bundle-info")).includes("no. 5"), "bundle from another root refused");
    server.overrides.set("/trust-bundle.json", vectorsDir + "bundle_seq6_revokes_ambvalid.json");
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    const info = await page.textContent("#bundle-info");
    check(info.includes("no. 6") && info.includes("2 Dec 2026"), `newer bundle taken and its date shown: ${info}`);
    const verdict = await scan(page, "ambulance");
    check(verdict === "SUPERSEDED_OR_REVOKED", `card withdrawn by the newer bundle: ${verdict}`);
  } finally {
    server.overrides.clear();
    await browser.close();
  }
}

check(blocked.length === 0, `no request left 127.0.0.1: ${blocked.join(" ")}`);
await server.close();
const result = { checks, failures, vector_cards: vectorResult.cards, seconds: (Date.now() - started) / 1000 };
console.log(JSON.stringify(result, null, 1));
process.exit(failures.length ? 1 : 0);
