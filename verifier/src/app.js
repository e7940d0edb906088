// The page: pinned root and baked-in signed bundle (injected by `crisisplan verifier export`),
// viewer choice (the only thing kept on the phone, in localStorage), camera scan, verdict, content.
import { verifyBundle } from "./bundle.js";
import { localDay, verifyCardText } from "./verify.js";
import { DEFAULT_POLICE_RESTRICTION, RECIPIENT_NAMES, VERDICTS } from "./messages.js";
import { formatDate, renderContent } from "./content.js";
import { startScanning } from "./camera.js";

const VIEWER_KEY = "crisisplan-verifier-viewer";
const CLEAR_AFTER_MS = 3 * 60 * 1000;
const $ = (id) => document.getElementById(id);
const subtle = crypto.subtle;

const state = { bundle: null, config: null, stop: null, clearTimer: null };

function readConfig() {
  try {
    return JSON.parse($("crisisplan-config").textContent);
  } catch {
    return null;
  }
}

function showBundle() {
  const b = state.bundle;
  const when = new Date(b.issuedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
  $("bundle-info").textContent = `Trust list of ${b.organisation} · no. ${b.sequence} · ${when}`;
}

function clearResult() {
  clearTimeout(state.clearTimer);
  $("verdict").hidden = true;
  $("verdict").removeAttribute("data-verdict");
  $("verdict-title").textContent = "";
  $("verdict-text").textContent = "";
  $("verdict-icon").textContent = "";
  $("content").replaceChildren();
  $("content").hidden = true;
  $("intro").hidden = false;
}

function stopCamera() {
  if (state.stop) state.stop();
  state.stop = null;
  document.body.classList.remove("scanning");
  $("scan").textContent = "Scan a card";
}

function showVerdict(result, viewer) {
  const v = VERDICTS[result.verdict];
  const text = v.text
    .replace("{recipient}", RECIPIENT_NAMES[result.recipient] ?? "another service")
    .replace("{viewer}", RECIPIENT_NAMES[viewer] ?? viewer)
    .replace("{days}", String(state.bundle?.maxLifetimeDays ?? ""))
    .replace("{issuer}", result.issuer ?? "the organisation that issued it")
    .replace("{review}", result.payload ? formatDate(result.payload.validUntil) : "");
  const box = $("verdict");
  box.className = `verdict tone-${v.tone}`;
  box.dataset.verdict = result.verdict;
  $("verdict-icon").textContent = v.icon;
  $("verdict-title").textContent = v.title;
  $("verdict-text").textContent = text;
  box.hidden = false;
  $("intro").hidden = true;
  const content = $("content");
  content.replaceChildren();
  if (result.payload) {
    content.append(renderContent(result.payload, result.issuer, viewer, state.config.police_restriction || DEFAULT_POLICE_RESTRICTION));
    content.hidden = false;
  } else content.hidden = true;
  clearTimeout(state.clearTimer);
  state.clearTimer = setTimeout(clearResult, CLEAR_AFTER_MS);
  box.focus();
}

async function onCode(text, frameTime) {
  const viewer = $("viewer").value;
  const result = await verifyCardText(subtle, text, state.bundle, viewer, localDay(new Date()));
  stopCamera();
  showVerdict(result, viewer);
  performance.measure("frame-to-verdict", { start: frameTime, end: performance.now() });
}

async function toggleScan() {
  if (state.stop) {
    stopCamera();
    return;
  }
  clearResult();
  document.body.classList.add("scanning");
  $("intro").hidden = true;
  $("scan").textContent = "Stop";
  try {
    state.stop = await startScanning($("video"), {
      onCode,
      onNothing: () => showVerdict({ verdict: "UNREADABLE" }, $("viewer").value),
    });
  } catch {
    stopCamera();
    $("status").textContent = "The camera could not be started. Allow camera access for this page and try again.";
  }
}

async function refreshBundle() {
  const url = state.config.bundle_url;
  if (!url || !navigator.onLine) return;
  try {
    const response = await fetch(url, { cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer" });
    if (!response.ok) return;
    const newer = await verifyBundle(subtle, await response.text(), state.config.root_fingerprint);
    if (newer.sequence > state.bundle.sequence) {
      state.bundle = newer;
      showBundle();
    }
  } catch {
    // Offline, unreachable or not signed by the pinned root: keep the bundle held.
  }
}

function setViewer(value) {
  $("scan").disabled = !value;
  $("hint").hidden = Boolean(value);
  if (value) localStorage.setItem(VIEWER_KEY, value);
}

async function main() {
  state.config = readConfig();
  if (!state.config || !state.config.root_fingerprint || !state.config.bundle) {
    $("status").textContent = "This page has not been set up by an organisation: it holds no trust list. Ask your service for its verifier page.";
    $("scan").disabled = true;
    return;
  }
  $("fingerprint").textContent = state.config.root_fingerprint.toUpperCase().match(/.{4}/g).join(" ");
  try {
    state.bundle = await verifyBundle(subtle, JSON.stringify(state.config.bundle), state.config.root_fingerprint);
  } catch {
    $("status").textContent = "The trust list in this page is damaged. Ask your service for a new verifier page.";
    $("scan").disabled = true;
    return;
  }
  showBundle();
  const saved = localStorage.getItem(VIEWER_KEY);
  if (saved && [...$("viewer").options].some((o) => o.value === saved)) $("viewer").value = saved;
  setViewer($("viewer").value);
  $("viewer").addEventListener("change", () => {
    clearResult();
    setViewer($("viewer").value);
  });
  $("scan").addEventListener("click", toggleScan);
  const leave = () => {
    stopCamera();
    clearResult();
  };
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") leave();
  });
  window.addEventListener("pagehide", leave);
  window.addEventListener("online", refreshBundle);
  if ("serviceWorker" in navigator && location.protocol !== "file:") {
    navigator.serviceWorker.register("sw.js").catch(() => {});
  }
  await refreshBundle();
  document.body.dataset.ready = "true";
}

main();
