// Preloaded into every `next start` worker (launch.ts). Undici's Request refuses TRACE, TRACK and
// CONNECT ("'TRACE' HTTP method is unsupported") and Next builds one for the proxy before any of the
// app's code runs, so these methods were a 500 on every path. They are answered 405 in Indonesian
// here, before Next sees them (OWASP WSTG-CONF-06; TRACE is also the cross-site tracing vector).
const http = require('node:http');

const REFUSED = new Set(['TRACE', 'TRACK', 'CONNECT']);
const MESSAGE = 'Metode permintaan ini tidak didukung.';

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitUnlessRefused(event, request, response) {
  if (event === 'request' && REFUSED.has(request.method)) {
    response.writeHead(405, { Allow: 'GET, HEAD, POST', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(MESSAGE);
    return true;
  }
  return emit.apply(this, arguments);
};
