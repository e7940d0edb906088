// Camera scanning: getUserMedia frames drawn to a canvas and read by zxing-wasm (QR only). The
// WebAssembly is bundled into the page (never fetched from a CDN): wasmBinary is passed in.
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import wasm from "zxing-wasm/reader/zxing_reader.wasm";
import { enlargedSharpened } from "./sharpen.js";

let prepared = null;
function ready() {
  prepared ??= prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true });
  return prepared;
}

const OPTIONS = { formats: ["QRCode"], tryHarder: true, tryRotate: true, tryInvert: true, maxNumberOfSymbols: 1 };
const FRAME_GAP_MS = 120;
export const UNREADABLE_AFTER_MS = 4000;

/** Start scanning into `video`. Calls onCode(text, frameTime) for the first code read, and
 * onNothing() each time UNREADABLE_AFTER_MS passes without one. Returns a stop() function. */
export async function startScanning(video, { onCode, onNothing }) {
  await ready();
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } },
  });
  video.srcObject = stream;
  await video.play();
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  let stopped = false;
  let since = performance.now();
  let frames = 0;
  const stop = () => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  const tick = async () => {
    if (stopped) return;
    if (video.videoWidth > 0) {
      const frameTime = performance.now();
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      ctx.drawImage(video, 0, 0);
      const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let results = [];
      try {
        results = await readBarcodes(image, OPTIONS);
        // Every other frame without a code gets a second look, enlarged and sharpened.
        if (!results.some((r) => r.isValid) && frames++ % 2 === 1) {
          results = await readBarcodes(enlargedSharpened(canvas), OPTIONS);
        }
      } catch {
        results = [];
      }
      if (stopped) return;
      const found = results.find((r) => r.isValid && r.text);
      if (found) {
        stop();
        onCode(found.text, frameTime);
        return;
      }
      if (performance.now() - since > UNREADABLE_AFTER_MS) {
        since = performance.now();
        onNothing();
      }
    }
    setTimeout(tick, FRAME_GAP_MS);
  };
  tick();
  return stop;
}
