// Writes the app icons the manifest names (public/icons/icon-192.png, icon-512.png) from public/favicon.svg,
// with sharp (already installed as Astro's image dependency). Run by hand when the favicon changes:
// `node scripts/icons.mjs`; the PNGs are committed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'public', 'favicon.svg'));
mkdirSync(join(root, 'public', 'icons'), { recursive: true });
for (const size of [192, 512]) {
  const file = join(root, 'public', 'icons', `icon-${size}.png`);
  await sharp(svg, { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(file);
  console.log(`${file} (${size}×${size})`);
}
