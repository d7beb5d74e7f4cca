import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'e-Office', template: '%s · e-Office' },
  description: 'Tata naskah dinas elektronik: surat masuk, disposisi, konsep, paraf dan tanda tangan elektronik.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#143d7a' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
