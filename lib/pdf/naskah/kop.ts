// The kop surat (letterhead) on the first page: logo at the left, the instansi and the OPD name in
// capitals centred beside it, the address lines small, and a double rule (thick over thin) under it.
import type { PDFImage } from 'pdf-lib';
import type { Slice } from '../layout/flow';
import { BLACK, type Typesetter } from '../layout/typesetter';
import type { PageGeometry } from './page';
import type { KopSurat } from './types';

const upper = (s: string) => s.toLocaleUpperCase('id-ID');

export function kopLines(kop: KopSurat): { text: string; size: number; bold: boolean }[] {
  const alamat = [kop.alamat, [kop.kota, kop.kodePos].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const kontak = [
    kop.telepon ? `Telepon ${kop.telepon}` : null,
    kop.email ? `Pos-el ${kop.email}` : null,
    kop.website ? `Laman ${kop.website}` : null,
  ].filter(Boolean).join(', ');
  return [
    { text: upper(kop.instansi), size: 14, bold: false },
    { text: upper(kop.opd), size: 16, bold: true },
    { text: alamat, size: 10, bold: false },
    ...(kontak ? [{ text: kontak, size: 10, bold: false }] : []),
  ];
}

export function kopSlice(ts: Typesetter, geo: PageGeometry, kop: KopSurat, logo: PDFImage | null): Slice {
  const logoHeight = 66;
  const logoWidth = logo ? Math.min(logoHeight * (logo.width / logo.height), 80) : 0;
  const textX = logo ? geo.left + logoWidth + 8 : geo.left;
  const textWidth = geo.right - textX - (logo ? 8 : 0);
  const lines = kopLines(kop).flatMap((l) =>
    ts.wrap([{ text: l.text, bold: l.bold }], textWidth, 'center', l.size).map((line) => ({ line, size: l.size })),
  );
  const textHeight = lines.reduce((a, l) => a + ts.lineHeight(l.size), 0);
  const contentHeight = Math.max(textHeight, logo ? logoHeight : 0);
  const ruleGap = 6;
  const height = contentHeight + ruleGap + 5;
  return {
    height,
    draw: ({ page }, top) => {
      if (logo) {
        const h = logoWidth === 80 ? (80 * logo.height) / logo.width : logoHeight;
        page.drawImage(logo, { x: geo.left, y: top - contentHeight / 2 - h / 2, width: logoWidth, height: h });
      }
      let y = top - (contentHeight - textHeight) / 2;
      for (const { line, size } of lines) {
        ts.drawLine(page, line, textX, y, size);
        y -= ts.lineHeight(size);
      }
      const ruleY = top - contentHeight - ruleGap;
      page.drawLine({ start: { x: geo.left, y: ruleY }, end: { x: geo.right, y: ruleY }, thickness: 2.25, color: BLACK });
      page.drawLine({ start: { x: geo.left, y: ruleY - 3 }, end: { x: geo.right, y: ruleY - 3 }, thickness: 0.75, color: BLACK });
    },
  };
}
