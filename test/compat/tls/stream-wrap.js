// new tls.TLSSocket(stream) over a stream that is not a connected net.Socket: the handle's _parentWrap is a
// JSStreamSocket over the stream (http2-wrapper takes that class from there); a client says nothing until
// tls.connect starts it; destroying the TLS socket destroys the stream; a stream's error closes the socket, without an error.
const tls = require('tls');
const { PassThrough } = require('stream');

const stream = new PassThrough();
const written = [];
const write = stream.write;
stream.write = function(chunk, ...rest) {
  written.push(chunk.length);
  return write.call(this, chunk, ...rest);
};
const socket = new tls.TLSSocket(stream);
const wrap = socket._handle._parentWrap;
console.log(typeof wrap.constructor, wrap.constructor.name, wrap.stream === stream, wrap instanceof require('net').Socket);
console.log(socket.encrypted, socket.connecting, socket.authorized, socket.readyState, socket.remoteAddress,
  socket.alpnProtocol);
setTimeout(() => {
  console.log('written before connect', written.length);
  socket.on('close', (hadError) => {
    console.log('close', hadError, stream.destroyed);
    const other = new PassThrough();
    const second = new tls.TLSSocket(other);
    second.on('error', (err) => console.log('error', err.message));
    second.on('close', (hadError) => console.log('second close', hadError, other.destroyed));
    other.destroy(new Error('boom'));
  });
  socket.destroy();
}, 50);
