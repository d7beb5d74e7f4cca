// Preloaded into every `next start` worker (launch.ts): gzip for pages, RSC answers, JSON and the
// other text answers, in place of Next's own (next.config.js sets compress: false). Next's
// compression middleware runs every answer through an asynchronous zlib stream and flushes it
// after each chunk: on the 2-core bench that cost 3-4 ms of CPU per page (a Surat Masuk list:
// 12.5-14.8 against 9.9-10.2 ms uncompressed), where deflating the 46 KB itself takes 0.5 ms.
// Here an answer is gathered and deflated once, synchronously, when it ends. One that is still
// being written after STREAM_AFTER_MS (a page that streams), or grows past BUFFER_LIMIT (a large
// export), goes on as a zlib stream flushed after each write, as Next's did: nothing waits longer
// than that for its first byte, and memory stays bounded.
// HTTP_COMPRESSION=off leaves every answer as it is (a reverse proxy compresses).
const http = require('node:http');
const zlib = require('node:zlib');

const MIN_BYTES = 1024; // below this gzip saves nothing worth its header (the compression package's threshold)
const BUFFER_LIMIT = 256 * 1024;
const STREAM_AFTER_MS = 50;
// Level 3 deflates the 46 KB list page in 0.18 ms to 10.7 KB; the default 6 in 0.53 ms to 10.1 KB.
const GZIP = { level: 3 };
const COMPRESSIBLE = /^\s*(text\/|application\/(json|javascript|ecmascript|xml|manifest\+json|[\w.+-]+\+(json|xml))|image\/svg\+xml)/i;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/** Whether an Accept-Encoding header allows gzip: named (or `*`) without q=0, RFC 9110 12.5.3. */
function acceptsGzip(header) {
  if (typeof header !== 'string' || header === '') return false;
  let gzip = null;
  let star = null;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (name === 'gzip' || name === 'x-gzip') gzip = allowed;
    else if (name === '*') star = allowed;
  }
  return gzip ?? star ?? false;
}

function addVary(response) {
  const vary = response.getHeader('vary');
  const current = Array.isArray(vary) ? vary.join(', ') : String(vary ?? '');
  if (current.trim() === '*' || /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(current)) return;
  response.setHeader('Vary', current.trim() ? `${current}, Accept-Encoding` : 'Accept-Encoding');
}

/** Whether the answer, as its headers stand now, is one to compress. */
function compressible(response) {
  if (response.statusCode === 204 || response.statusCode === 304 || response.statusCode < 200) return false;
  if (response.getHeader('content-encoding')) return false;
  if (NO_TRANSFORM.test(String(response.getHeader('cache-control') ?? ''))) return false;
  const length = response.getHeader('content-length');
  if (length !== undefined && Number(length) < MIN_BYTES) return false;
  return COMPRESSIBLE.test(String(response.getHeader('content-type') ?? ''));
}

function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** Applies writeHead's headers argument (an object, [[k, v]] pairs or a flat [k, v, ...] list). */
function setHeaders(response, headers) {
  if (!headers) return;
  // The list forms may name a header twice (two Set-Cookie): as Node's writeHead does, each replaces
  // what was set before and the duplicates are all added.
  if (Array.isArray(headers)) {
    const pairs = headers.length > 0 && Array.isArray(headers[0]) ? headers : Array.from({ length: headers.length >> 1 }, (_, i) => [headers[2 * i], headers[2 * i + 1]]);
    for (const [k] of pairs) response.removeHeader(k);
    for (const [k, v] of pairs) response.appendHeader(k, v);
    return;
  }
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) response.setHeader(k, v);
}

/**
 * Takes over `response`'s writeHead, flushHeaders, write and end until the first body byte or the
 * end shows whether to compress; then either hands them back (not compressed) or gathers the body.
 */
function compressAnswer(response) {
  const original = { writeHead: response.writeHead, flushHeaders: response.flushHeaders, write: response.write, end: response.end };
  let mode = 'undecided'; // -> 'plain' | 'gather' | 'stream'
  let chunks = [];
  let gathered = 0;
  let gzip = null;
  let timer = null;

  const restore = () => Object.assign(response, original);

  const decide = () => {
    if (compressible(response)) {
      addVary(response);
      mode = 'gather';
    } else {
      mode = 'plain';
      restore();
    }
  };

  const startStreaming = () => {
    // A client that went away while the answer was gathered: no stream is started for nobody.
    if (mode !== 'gather' || response.destroyed) return;
    mode = 'stream';
    clearTimeout(timer);
    // Node sends the headers through writeHead (implicitly, on the first write): it must be Node's again.
    response.writeHead = original.writeHead;
    response.flushHeaders = original.flushHeaders;
    response.removeHeader('content-length');
    response.setHeader('Content-Encoding', 'gzip');
    gzip = zlib.createGzip(GZIP);
    gzip.on('data', (data) => {
      if (original.write.call(response, data) === false) gzip.pause();
    });
    gzip.on('end', () => original.end.call(response));
    gzip.on('error', (error) => response.destroy(error));
    // A caller that saw write() return false waits for the answer's 'drain'.
    gzip.on('drain', () => response.emit('drain'));
    response.on('drain', () => gzip.resume());
    response.on('close', () => {
      if (!response.writableFinished) gzip.destroy();
    });
    for (const chunk of chunks) gzip.write(chunk);
    chunks = [];
    gzip.flush(zlib.constants.Z_SYNC_FLUSH);
  };

  response.writeHead = function writeHead(status, reason, headers) {
    if (typeof reason !== 'string') [reason, headers] = [undefined, reason];
    response.statusCode = status;
    if (reason !== undefined) response.statusMessage = reason;
    setHeaders(response, headers);
    return response;
  };

  // Next sends the headers ahead of the first chunk; they wait for the body here.
  response.flushHeaders = function flushHeaders() {};

  response.write = function write(chunk, encoding, callback) {
    if (mode === 'undecided') decide();
    if (mode === 'plain') return original.write.call(response, chunk, encoding, callback);
    const cb = typeof encoding === 'function' ? encoding : callback;
    const buffer = toBuffer(chunk, encoding);
    if (mode === 'stream') {
      const ok = gzip.write(buffer, cb);
      gzip.flush(zlib.constants.Z_SYNC_FLUSH);
      return ok;
    }
    chunks.push(buffer);
    gathered += buffer.length;
    if (cb) process.nextTick(cb);
    if (gathered > BUFFER_LIMIT) startStreaming();
    else timer ??= setTimeout(startStreaming, STREAM_AFTER_MS);
    return true;
  };

  response.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
    else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    if (mode === 'undecided') {
      if (chunk === undefined || chunk === null) mode = 'plain';
      else decide();
      if (mode === 'plain') {
        restore();
        return original.end.call(response, chunk, encoding, callback);
      }
    }
    if (mode === 'plain') return original.end.call(response, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null) {
      const buffer = toBuffer(chunk, encoding);
      chunks.push(buffer);
      gathered += buffer.length;
    }
    if (mode === 'stream') {
      if (callback) response.once('finish', callback);
      for (const c of chunks) gzip.write(c);
      chunks = [];
      gzip.end();
      return response;
    }
    clearTimeout(timer);
    restore();
    const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, gathered);
    chunks = [];
    if (body.length < MIN_BYTES) return original.end.call(response, body, callback);
    const compressed = zlib.gzipSync(body, GZIP);
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Content-Length', compressed.length);
    return original.end.call(response, compressed, callback);
  };
}

if (process.env.HTTP_COMPRESSION !== 'off') {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitCompressing(event, request, response) {
    if (event === 'request' && request.method !== 'HEAD' && acceptsGzip(request.headers['accept-encoding'])) compressAnswer(response);
    return emit.apply(this, arguments);
  };
}

module.exports = { acceptsGzip };
