// P11: camera frame holding the card -> verdict on screen, in headless Chromium with the CPU
// throttled 4x (CDP Emulation.setCPUThrottlingRate), through the real camera path.
//   node test/bench.mjs --page DIR --video FILE.y4m [--runs 9]
// The page measures each scan itself (performance.measure "frame-to-verdict": from the moment the
// decoded frame was grabbed to the verdict shown); the bench also reports Scan-press -> verdict.
import { launch, phoneContext, scan, serve } from "./browser.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg("--runs", "9"));
const server = await serve(arg("--page"));
const browser = await launch(arg("--video"));
const blocked = [];
const frameToVerdict = [];
const pressToVerdict = [];
try {
  const { page, context } = await phoneContext(browser, null, blocked); // real clock: performance.now() must run
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(server.url + "verifier.html");
  await page.waitForSelector("body[data-ready=true]", { timeout: 60000 });
  await page.selectOption("#viewer", "ambulance");
  for (let i = 0; i < runs + 1; i++) {
    const t0 = Date.now();
    await page.click("#scan");
    await page.waitForSelector("#verdict[data-verdict]", { timeout: 60000 });
    const elapsed = Date.now() - t0;
    const measured = await page.evaluate(() => {
      const all = performance.getEntriesByName("frame-to-verdict");
      return all[all.length - 1].duration;
    });
    if (i > 0) { // the first scan also compiles the WebAssembly: reported apart
      frameToVerdict.push(measured);
      pressToVerdict.push(elapsed);
    } else console.error(`first scan (includes WebAssembly start-up): frame->verdict ${measured.toFixed(0)} ms`);
    await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ runs, frame_to_verdict_ms: frameToVerdict, median_frame_to_verdict_ms: median(frameToVerdict),
  median_press_to_verdict_ms: median(pressToVerdict), blocked }));
