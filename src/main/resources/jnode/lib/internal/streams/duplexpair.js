'use strict';
// stream.duplexPair(): two connected Duplex streams; what is written to one is read from the other.

const Duplex = require('internal/streams/duplex');

const kPeer = Symbol('kPeer');
const kWaitingWrite = Symbol('kWaitingWrite');

class PairedDuplex extends Duplex {
  constructor(options) {
    super(options);
    this[kPeer] = null;
    this[kWaitingWrite] = null;
  }

  _read() {
    // The peer's write waits until we are read.
    const callback = this[kPeer][kWaitingWrite];
    if (callback) {
      this[kPeer][kWaitingWrite] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this[kPeer].push(chunk);
      this[kWaitingWrite] = callback;
    }
  }

  _final(callback) {
    this[kPeer].on('end', callback);
    this[kPeer].push(null);
  }

  _destroy(err, callback) {
    const peer = this[kPeer];
    callback(err);
    if (err && !peer.destroyed) peer.destroy(err);
  }
}

function duplexPair(options) {
  const side1 = new PairedDuplex(options);
  const side2 = new PairedDuplex(options);
  side1[kPeer] = side2;
  side2[kPeer] = side1;
  return [side1, side2];
}

module.exports = { duplexPair };
