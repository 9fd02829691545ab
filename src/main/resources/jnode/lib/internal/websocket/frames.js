'use strict';
// RFC 6455 framing for the client side: frames we send are masked; frames we receive are checked as §5 says
// (unmasked, no reserved bits without an extension, known opcodes, small unfragmented control frames) and
// fragmented messages are joined. Written in JavaScript because the bytes already arrive there, on the
// net.Socket the http client hands over after the upgrade.

const { Buffer } = require('buffer');
const { randomFillSync } = require('crypto');

const opcodes = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 };
const knownOpcodes = new Set(Object.values(opcodes));

/** One masked frame with FIN set, as a Buffer ready to write. */
function encodeFrame(opcode, payload) {
  const length = payload.byteLength;
  const lengthBytes = length < 126 ? 0 : length < 65536 ? 2 : 8;
  const frame = Buffer.allocUnsafe(2 + lengthBytes + 4 + length);
  frame[0] = 0x80 | opcode;
  if (lengthBytes === 0) {
    frame[1] = 0x80 | length;
  } else if (lengthBytes === 2) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  const maskAt = 2 + lengthBytes;
  randomFillSync(frame, maskAt, 4);
  const payloadAt = maskAt + 4;
  for (let i = 0; i < length; i++) frame[payloadAt + i] = payload[i] ^ frame[maskAt + (i & 3)];
  return frame;
}

/** A close frame's payload: the code and the UTF-8 reason, or nothing when there is no code. */
function closePayload(code, reason = '') {
  if (code === undefined) return Buffer.alloc(0);
  const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
  payload.writeUInt16BE(code, 0);
  payload.write(reason, 2);
  return payload;
}

class ProtocolError extends Error {
  constructor(code, reason) {
    super(reason);
    this.closeCode = code;
  }
}

/**
 * Reads frames from the server. `onMessage(opcode, bytes)` gets whole data messages, `onControl(opcode, bytes)`
 * close/ping/pong frames; a violation throws a ProtocolError carrying the close code to answer with.
 */
class FrameReader {
  constructor(onMessage, onControl) {
    this.onMessage = onMessage;
    this.onControl = onControl;
    this.pending = Buffer.alloc(0);
    this.fragments = null; // the parts of a fragmented message, with its opcode
    this.stopped = false;
  }

  push(chunk) {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (!this.stopped) {
      const consumed = this.readFrame(this.pending);
      if (consumed === 0) return;
      this.pending = this.pending.subarray(consumed);
    }
  }

  // Reads one frame from the start of `bytes`; returns how many bytes it took (0 when it is incomplete).
  readFrame(bytes) {
    if (bytes.length < 2) return 0;
    const fin = (bytes[0] & 0x80) !== 0;
    const opcode = bytes[0] & 0x0f;
    if ((bytes[0] & 0x70) !== 0) throw new ProtocolError(1002, 'Expected RSV1 to be clear.');
    if ((bytes[1] & 0x80) !== 0) throw new ProtocolError(1002, 'Frame cannot be masked');
    if (!knownOpcodes.has(opcode)) throw new ProtocolError(1002, 'Invalid opcode received');
    let length = bytes[1] & 0x7f;
    let at = 2;
    if (length === 126) {
      if (bytes.length < 4) return 0;
      length = bytes.readUInt16BE(2);
      at = 4;
    } else if (length === 127) {
      if (bytes.length < 10) return 0;
      const big = bytes.readBigUInt64BE(2);
      if (big > BigInt(2 ** 31)) throw new ProtocolError(1009, 'Received payload length > 2^31 bytes.');
      length = Number(big);
      at = 10;
    }
    const isControl = opcode >= 8;
    if (isControl && (!fin || length > 125)) throw new ProtocolError(1002, 'Invalid control frame');
    if (bytes.length < at + length) return 0;
    const payload = Buffer.from(bytes.subarray(at, at + length));
    if (isControl) {
      this.onControl(opcode, payload);
    } else if (opcode === opcodes.continuation) {
      if (this.fragments === null) throw new ProtocolError(1002, 'Unexpected continuation frame');
      this.fragments.parts.push(payload);
      if (fin) {
        const { opcode: messageOpcode, parts } = this.fragments;
        this.fragments = null;
        this.onMessage(messageOpcode, Buffer.concat(parts));
      }
    } else {
      if (this.fragments !== null) throw new ProtocolError(1002, 'Expected continuation frame');
      if (fin) this.onMessage(opcode, payload);
      else this.fragments = { opcode, parts: [payload] };
    }
    return at + length;
  }
}

module.exports = { opcodes, encodeFrame, closePayload, FrameReader, ProtocolError };
