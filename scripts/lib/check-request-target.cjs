// Preloaded into every `next start` worker (launch.ts): the request-target, before Next reads it.
// - A path whose %-escapes are not UTF-8 ("%", "%ZZ", a cut "%E2%82", the overlong "%C0%AF" of the
//   IIS Unicode traversal, CVE-2000-0884, a lone surrogate "%ED%A0%80") made Next's
//   decodeURIComponent throw: a 500 on every path, the public verification page included, signed in
//   or not. Answered 400 in Indonesian. The query string is left alone: the app reads it with
//   URLSearchParams, which tolerates bad escapes.
// - The asterisk-form (`OPTIONS * HTTP/1.1`, RFC 9112 3.2.4) was a 500 (Next's `new URL('*')`):
//   OPTIONS * is answered with the methods the server allows, any other method 400.
// - The absolute-form (`GET http://host/path`, which only a client that takes the server for a proxy
//   sends) was redirected 308 to that same absolute URL, another host's included: its path and query
//   are served as the origin-form (RFC 9112 3.2.2: a server must accept the absolute-form).
// - An HTTP/1.1 request without a Host header (RFC 9112 3.2: 400) got Node's own empty 400; Node's
//   check is switched off on the server (requireHostHeader) and made here, with an Indonesian answer.
const http = require('node:http');

const MALFORMED = 'Alamat halaman tidak valid: periksa kembali alamat yang dibuka.';
const NOT_RECOGNISED = 'Permintaan tidak dikenali.';
const ALLOW = 'GET, HEAD, POST';
const ABSOLUTE = /^https?:\/\/[^/?#]*(.*)$/i;

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

/** The origin-form of an absolute-form target (`http://host/a?b` -> `/a?b`), else the target as it is. */
function originForm(url) {
  const absolute = typeof url === 'string' ? ABSOLUTE.exec(url) : null;
  if (!absolute) return url;
  const rest = absolute[1];
  return rest.startsWith('/') ? rest : `/${rest}`;
}

function answer(response, status, headers, body = '') {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...(body && { 'Content-Length': Buffer.byteLength(body) }), 'Cache-Control': 'no-store', ...headers });
  response.end(body);
  return true;
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitCheckedTarget(event, request, response) {
  // A connection comes before its first request is parsed: the last moment to take over Node's check.
  if (event === 'connection' && this.requireHostHeader) this.requireHostHeader = false;
  if (event === 'request') {
    if (request.httpVersion === '1.1' && request.headers.host === undefined) return answer(response, 400, { Connection: 'close' }, NOT_RECOGNISED);
    if (request.url === '*') return request.method === 'OPTIONS' ? answer(response, 204, { Allow: ALLOW }) : answer(response, 400, {}, NOT_RECOGNISED);
    request.url = originForm(request.url);
    if (malformedPath(request.url)) return answer(response, 400, {}, MALFORMED);
  }
  return emit.apply(this, arguments);
};

module.exports = { malformedPath, originForm };
