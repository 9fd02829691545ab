'use strict';
// JSStreamSocket: a net.Socket over any Duplex, as Node's (tls.TLSSocket wraps a stream that is not a connected
// net.Socket in one). Its handle, JsStreamHandle, offers the interface net.Socket drives (see internal/net/socket)
// on top of the stream's own API; the stream's events reach the handle's callback at once, being JavaScript already.

const { Socket } = require('internal/net/socket');

const QUEUED = 0;

class JsStreamHandle {
  constructor(stream) {
    this.stream = stream;
    this.onEvent = null;
    stream.on('data', (chunk) => this.onEvent?.('data', typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    stream.once('end', () => this.onEvent?.('end'));
    stream.on('error', (err) => this.onEvent?.('stream-error', err));
    stream.once('close', () => this.onEvent?.('stream-close'));
    stream.pause(); // until the socket wants to read
  }

  setOnEvent(onEvent) {
    this.onEvent = onEvent;
  }

  readStart() {
    this.stream.resume();
  }

  readStop() {
    this.stream.pause();
  }

  // The stream's write callback completes the socket's; a failure arrives as the stream's 'error'.
  write(arrayBuffer, offset, length, requestId) {
    this.stream.write(Buffer.from(arrayBuffer, offset, length), () => this.onEvent?.('written', requestId, 0));
    return QUEUED;
  }

  shutdown() {
    this.stream.end(() => this.onEvent?.('shutdown', 0));
  }

  close() {
    this.stream.destroy();
  }

  reset() {
    this.close();
  }

  ref() {}

  unref() {}
}

class JSStreamSocket extends Socket {
  constructor(stream) {
    super({ handle: new JsStreamHandle(stream), readable: stream.readable, writable: stream.writable });
    this.stream = stream;
  }

  _onHandleEvent(kind, a, b) {
    if (kind === 'stream-error') this.destroy(a);
    else if (kind === 'stream-close') this.destroy();
    else super._onHandleEvent(kind, a, b);
  }
}

module.exports = { JSStreamSocket, JsStreamHandle };
