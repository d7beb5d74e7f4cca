import type { MetadataRoute } from 'next';

// The installed app: opens on Beranda in its own window, in the app's own blue.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'e-Office',
    short_name: 'e-Office',
    description: 'Tata naskah dinas elektronik: surat masuk, disposisi, paraf dan tanda tangan elektronik.',
    lang: 'id',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#f8fafc',
    theme_color: '#143d7a',
    categories: ['productivity', 'business'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: 'Surat Masuk', url: '/surat-masuk' },
      { name: 'Disposisi', url: '/disposisi' },
    ],
  };
}
