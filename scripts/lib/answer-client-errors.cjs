// Preloaded into every `next start` worker (launch.ts). A request Node's HTTP parser refuses before
// Next sees it (headers over Node's 16 KB, a malformed request line, a header with a NUL or a bare
// CR) was answered with an empty 400 or 431; it gets the same status with an Indonesian sentence.
const http = require('node:http');

const ANSWERS = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'Header permintaan terlalu besar.'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large', 'Permintaan terlalu besar.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'Permintaan terlalu lama dikirim.'],
};
const MALFORMED = [400, 'Bad Request', 'Permintaan tidak dikenali.'];

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithClientErrorAnswer(event, error, socket) {
  if (event !== 'clientError' || this.listenerCount('clientError') > 0) return emit.apply(this, arguments);
  // A response already under way, or a connection the client closed: nothing can be said.
  if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return true;
  }
  const [status, reason, message] = ANSWERS[error.code] ?? MALFORMED;
  const body = Buffer.from(message, 'utf8');
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${message}`);
  return true;
};
