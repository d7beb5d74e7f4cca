// Draws the app's icons (public/icons/*.svg) into the PNGs and favicon.ico that the web app
// manifest and browsers ask for, with Debian's Chromium. Run again after changing an SVG:
//   npx tsx scripts/make-icons.ts
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const OUT = 'public';
const TARGETS: { svg: string; png: string; size: number; transparent: boolean }[] = [
  { svg: 'icons/icon.svg', png: 'icons/icon-192.png', size: 192, transparent: true },
  { svg: 'icons/icon.svg', png: 'icons/icon-512.png', size: 512, transparent: true },
  { svg: 'icons/maskable.svg', png: 'icons/maskable-192.png', size: 192, transparent: false },
  { svg: 'icons/maskable.svg', png: 'icons/maskable-512.png', size: 512, transparent: false },
  // iOS puts its own rounded mask on a full square.
  { svg: 'icons/maskable.svg', png: 'apple-touch-icon.png', size: 180, transparent: false },
];
const FAVICON_SIZES = [16, 32, 48];

/** An .ico whose entries are PNGs (every browser since IE Vista reads those). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
async function render(svgPath: string, size: number, transparent: boolean): Promise<Buffer> {
  const svg = await readFile(`${OUT}/${svgPath}`, 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  return page.screenshot({ omitBackground: transparent, type: 'png' });
}
for (const t of TARGETS) await writeFile(`${OUT}/${t.png}`, await render(t.svg, t.size, t.transparent));
const favicons = [];
for (const size of FAVICON_SIZES) favicons.push({ size, data: await render('icons/icon.svg', size, true) });
await writeFile(`${OUT}/favicon.ico`, ico(favicons));
await browser.close();
