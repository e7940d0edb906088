// A second look at a frame in which no code was found: the middle of the frame enlarged 2x and
// sharpened (unsharp mask on grey), which recovers small, slightly blurred codes (a phone held far
// from the card). Plain array arithmetic: about 1.2 million pixels a call.
const RADIUS = 2;
const AMOUNT = 2;

function boxBlur(src, w, h, r) {
  const tmp = new Float32Array(w * h);
  const out = new Float32Array(w * h);
  const n = 2 * r + 1;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let sum = 0;
    for (let x = -r; x <= r; x++) sum += src[row + Math.min(w - 1, Math.max(0, x))];
    for (let x = 0; x < w; x++) {
      tmp[row + x] = sum / n;
      sum += src[row + Math.min(w - 1, x + r + 1)] - src[row + Math.max(0, x - r)];
    }
  }
  for (let x = 0; x < w; x++) {
    let sum = 0;
    for (let y = -r; y <= r; y++) sum += tmp[Math.min(h - 1, Math.max(0, y)) * w + x];
    for (let y = 0; y < h; y++) {
      out[y * w + x] = sum / n;
      sum += tmp[Math.min(h - 1, y + r + 1) * w + x] - tmp[Math.max(0, y - r) * w + x];
    }
  }
  return out;
}

/** ImageData of the central `part` of the video frame in `source` (a canvas), enlarged 2x and sharpened. */
export function enlargedSharpened(source, part = 0.7) {
  const sw = Math.round(source.width * part);
  const sh = Math.round(source.height * part);
  const w = sw * 2;
  const h = sh * 2;
  const canvas = document.createElement("canvas");
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(source, (source.width - sw) / 2, (source.height - sh) / 2, sw, sh, 0, 0, w, h);
  const image = ctx.getImageData(0, 0, w, h);
  const px = image.data;
  const grey = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) grey[i] = 0.299 * px[4 * i] + 0.587 * px[4 * i + 1] + 0.114 * px[4 * i + 2];
  const blurred = boxBlur(grey, w, h, RADIUS);
  for (let i = 0; i < w * h; i++) {
    const v = Math.max(0, Math.min(255, grey[i] + AMOUNT * (grey[i] - blurred[i])));
    px[4 * i] = px[4 * i + 1] = px[4 * i + 2] = v;
    px[4 * i + 3] = 255;
  }
  return image;
}
