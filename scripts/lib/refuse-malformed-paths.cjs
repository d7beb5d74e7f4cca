// Preloaded into every `next start` worker (launch.ts). A path whose %-escapes are not UTF-8 ("%",
// "%ZZ", a cut "%E2%82", the overlong "%C0%AF" of the IIS Unicode traversal, CVE-2000-0884, a lone
// surrogate "%ED%A0%80") made Next's decodeURIComponent throw: a 500 on every path, the public
// verification page included, signed in or not. Answered 400 in Indonesian here, before Next. The
// query string is left alone: the app reads it with URLSearchParams, which tolerates bad escapes.
const http = require('node:http');

const MESSAGE = 'Alamat halaman tidak valid: periksa kembali alamat yang dibuka.';

/** Whether the path of a request-target (before `?` or `#`) holds a %-escape that is not UTF-8. */
function malformedPath(url) {
  if (typeof url !== 'string') return false;
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  if (!path.includes('%')) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitUnlessMalformed(event, request, response) {
  if (event === 'request' && malformedPath(request.url)) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(MESSAGE);
    return true;
  }
  return emit.apply(this, arguments);
};

module.exports = { malformedPath };
