// What node:stream exports, the prototypes' members, instanceof relations, getters of fresh streams,
// highWaterMark defaults and inspect output.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
const util = require('util');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

log(Object.keys(stream));
log(stream === Stream, stream.Stream === stream, typeof stream, stream.name);
log(Object.getOwnPropertyNames(Readable.prototype));
log(Object.getOwnPropertyNames(Writable.prototype));
log(Object.getOwnPropertyNames(Duplex.prototype));
log(Object.getOwnPropertyNames(Transform.prototype), Object.getOwnPropertyNames(PassThrough.prototype));
log(Object.getOwnPropertyNames(Readable).sort(), Object.getOwnPropertyNames(Duplex).sort());

const d = new Duplex();
log(d instanceof Readable, d instanceof Writable, d instanceof Duplex, d instanceof Stream);
log(new Transform() instanceof Duplex, new PassThrough() instanceof Transform, new Readable() instanceof Writable);
log(Object.getPrototypeOf(Readable) === Stream, Object.getPrototypeOf(Stream) === require('events'));
log(Readable() instanceof Readable, Writable() instanceof Writable, Duplex() instanceof Duplex, PassThrough() instanceof PassThrough);
log(require('_stream_readable') === Readable, require('_stream_passthrough') === PassThrough);

const r = new Readable();
log('readable getters', r.readable, r.readableFlowing, r.readableLength, r.readableHighWaterMark, r.readableObjectMode,
  r.readableEncoding, r.readableEnded, r.readableAborted, r.readableDidRead, r.destroyed, r.closed, r.errored, r.isPaused());
const w = new Writable();
log('writable getters', w.writable, w.writableLength, w.writableHighWaterMark, w.writableObjectMode, w.writableEnded,
  w.writableFinished, w.writableCorked, w.writableNeedDrain, w.writableAborted, w.destroyed, w.closed, w.errored,
  w.writableBuffer);
log('duplex getters', d.allowHalfOpen, d.readable, d.writable, new Duplex({ allowHalfOpen: false }).allowHalfOpen);
const half = new Duplex({ readable: false, writable: false });
log('disabled sides', half.readable, half.writable, half.readableEnded, half.writableFinished);
const hw = new Duplex({ readableHighWaterMark: 5, writableHighWaterMark: 7, readableObjectMode: true });
log('duplex hwm', hw.readableHighWaterMark, hw.writableHighWaterMark, hw.readableObjectMode, hw.writableObjectMode);
log('shared hwm', new Duplex({ highWaterMark: 3, readableHighWaterMark: 5 }).readableHighWaterMark);
log('transform hwm0', new Transform({ readableHighWaterMark: 0 }).writableHighWaterMark);

log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
log('changed', new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 65536);
stream.setDefaultHighWaterMark(true, 16);
for (const args of [[false, -1], [true, 'x'], [false, 1.5]]) {
  try {
    stream.setDefaultHighWaterMark(...args);
  } catch (e) {
    log('setDefaultHighWaterMark', show(e));
  }
}
for (const opts of [{ highWaterMark: -1 }, { highWaterMark: 'x' }, { highWaterMark: NaN }]) {
  try {
    new Readable(opts);
  } catch (e) {
    log('bad hwm', show(e));
  }
}
try {
  new Duplex({ writableHighWaterMark: -2 });
} catch (e) {
  log('bad duplex hwm', show(e));
}
log('float hwm', new Readable({ highWaterMark: 2.0 }).readableHighWaterMark);

log(util.inspect(new Readable(), { depth: 0 }));
log(util.inspect(new Writable(), { depth: 0 }));
log(util.inspect(new PassThrough(), { depth: 0 }));

const states = [new Readable()._readableState, new Writable()._writableState];
log(states.map((s) => s.constructor.name), Readable.ReadableState.name, Writable.WritableState.name);
log('state fields', r._readableState.flowing, r._readableState.ended, r._readableState.length,
  r._readableState.highWaterMark, r._readableState.objectMode, r._readableState.pipes, r._readableState.paused,
  w._writableState.length, w._writableState.ending, w._writableState.corked, w._writableState.getBuffer());
log(stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array(Buffer.alloc(1)), stream._isUint8Array([]),
  stream._isArrayBufferView(new DataView(new ArrayBuffer(1))), stream._uint8ArrayToBuffer(new Uint8Array([1, 2])));
