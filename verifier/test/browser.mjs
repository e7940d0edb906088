// Shared Playwright helpers: a static server on 127.0.0.1 for an exported verifier folder, and a
// Debian-Chromium launch whose fake camera plays a .y4m file.
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml" };

/** Serve `dir`; `overrides` maps a path (e.g. "/trust-bundle.json") to a file served instead. */
export async function serve(dir) {
  const overrides = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://127.0.0.1").pathname;
    const file = overrides.get(path) ?? join(dir, path === "/" ? "verifier.html" : path.slice(1));
    if (!file.startsWith(dir) && !overrides.has(path) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, overrides, close: () => new Promise((r) => server.close(r)) };
}

export const BASE_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function launch(y4m, extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [...BASE_FLAGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${y4m}`, ...extra],
    timeout: 60000,
  });
}

/** A phone-sized context whose clock says `today` and which may reach only 127.0.0.1. */
export async function phoneContext(browser, today, blocked, { fakeTimers = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true });
  await context.grantPermissions(["camera"], {});
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "file:") return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  if (today && fakeTimers) await page.clock.install({ time: new Date(`${today}T12:00:00`) }); // time flows; fastForward jumps
  else if (today) await page.clock.setFixedTime(new Date(`${today}T12:00:00`)); // also fixes performance.now()
  return { context, page };
}

/** Choose the viewer, press Scan and wait for the verdict the camera path produces. */
export async function scan(page, viewer) {
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
  await page.selectOption("#viewer", viewer);
  await page.click("#scan");
  await page.waitForSelector("#verdict[data-verdict]", { timeout: 20000 });
  return page.getAttribute("#verdict", "data-verdict");
}
