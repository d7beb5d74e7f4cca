import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'e-Office', template: '%s · e-Office' },
  description: 'Tata naskah dinas elektronik: surat masuk, disposisi, konsep, paraf dan tanda tangan elektronik.',
  // The web app manifest comes from app/manifest.ts; iOS reads its own tags.
  icons: { icon: '/favicon.ico', apple: '/apple-touch-icon.png' },
  appleWebApp: { capable: true, title: 'e-Office', statusBarStyle: 'default' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#143d7a' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put the request's CSP nonce (proxy.ts) on
  // its scripts; a page prerendered at build time would carry none and be blocked.
  await connection();
  return (
    <html lang="id">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
