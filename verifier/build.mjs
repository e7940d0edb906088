// Reproducible build of the phone verifier: one self-contained HTML page (script, style and the
// zxing-wasm WebAssembly inline) plus its service worker, manifest and icon, written to
// resources/verifier/. `node build.mjs --check` builds in memory and exits 1 if the committed
// files differ. Versions are pinned in package-lock.json; esbuild output is deterministic.
import { build } from "esbuild";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const OUT = here("../resources/verifier/");

export async function makeFiles() {
  const result = await build({
    entryPoints: [here("src/app.js")],
    bundle: true,
    write: false,
    format: "iife",
    target: ["es2020", "chrome100", "safari15"],
    minify: true,
    legalComments: "eof",
    charset: "utf8",
    loader: { ".wasm": "binary" },
    logLevel: "error",
  });
  let script = result.outputFiles[0].text;
  if (/<\/script/i.test(script)) script = script.replace(/<\/script/gi, "<\\/script");
  if (script.includes("<!--")) throw new Error("bundle contains <!--, cannot inline safely");
  const css = readFileSync(here("src/style.css"), "utf8");
  const template = readFileSync(here("src/page.html"), "utf8");
  const html = template.replace("/*STYLE*/", () => css).replace("/*SCRIPT*/", () => script);
  return {
    "verifier.html": html,
    "sw.js": readFileSync(here("src/sw.js"), "utf8"),
    "manifest.webmanifest": readFileSync(here("src/manifest.webmanifest"), "utf8"),
    "icon.svg": readFileSync(here("src/icon.svg"), "utf8"),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await makeFiles();
  if (process.argv.includes("--check")) {
    const stale = Object.entries(files).filter(([name, text]) => !existsSync(OUT + name) || readFileSync(OUT + name, "utf8") !== text);
    for (const [name] of stale) console.error(`resources/verifier/${name} is not what the build makes`);
    process.exit(stale.length ? 1 : 0);
  }
  mkdirSync(OUT, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(OUT + name, text);
  console.log(`verifier.html: ${Buffer.byteLength(files["verifier.html"])} bytes`);
}
