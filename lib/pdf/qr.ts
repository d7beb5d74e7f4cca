// The verification QR code drawn as vector squares: sharp at any zoom, and no PNG to encode and
// decode on every render.
import { fill, popGraphicsState, pushGraphicsState, rectangle, setFillingRgbColor, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';

/** Draws `text` as a QR code (error correction M, one module of quiet zone) in a size x size square. */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const cell = size / (n + 2);
  const ops = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      // A hair of overlap so adjacent squares leave no hairline gaps in viewers.
      ops.push(rectangle(x + (start + 1) * cell, y + size - (row + 2) * cell, (col - start) * cell + 0.01, cell + 0.01));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}
