// Transform's two handshakes: a write is acknowledged only when the output has room (a slow reader holds
// the writer back), and ending runs _flush before the output ends. Also the paths where _final is replaced
// and where _flush or _transform fail.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

function backpressure() {
  return new Promise((resolve) => {
    const t = new Transform({
      readableHighWaterMark: 2,
      objectMode: true,
      transform(chunk, enc, cb) {
        log('transform', chunk);
        cb(null, chunk * 10);
      },
    });
    for (let i = 1; i <= 4; i++) t.write(i, () => log('write cb', i));
    log('buffered out', t.readableLength, 'in', t.writableLength);
    setImmediate(() => {
      log('read', t.read(), 'out', t.readableLength);
      setImmediate(() => {
        log('read all', t.read(), t.read(), t.read(), t.read());
        setImmediate(resolve);
      });
    });
  });
}

function flushing() {
  return new Promise((resolve) => {
    const t = new Transform({
      transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
      flush(cb) {
        log('flush, destroyed', this.destroyed);
        cb(null, '!');
      },
    });
    const parts = [];
    t.on('data', (c) => parts.push(c.toString()));
    t.on('prefinish', () => log('prefinish'));
    t.on('finish', () => log('finish'));
    t.on('end', () => {
      log('end', parts.join(''));
      resolve();
    });
    t.end('abc', () => log('end cb'));
  });
}

function flushError() {
  return new Promise((resolve) => {
    const t = new Transform({
      transform(chunk, enc, cb) { cb(); },
      flush(cb) { cb(new Error('flush failed')); },
    });
    t.on('error', (e) => log('error event', show(e), t.destroyed));
    t.on('close', resolve);
    t.end('x', (e) => log('end cb', show(e)));
    t.resume();
  });
}

function finalReplaced() {
  return new Promise((resolve) => {
    class Custom extends Transform {
      _transform(chunk, enc, cb) { cb(null, chunk); }
      _flush(cb) {
        log('flush via prefinish');
        cb(null, 'tail');
      }
      _final(cb) {
        log('own _final');
        cb();
      }
    }
    const t = new Custom();
    const parts = [];
    t.on('data', (c) => parts.push(c.toString()));
    t.on('end', () => {
      log('end', parts);
      resolve();
    });
    t.end('head');
  });
}

function finalOptionFlushError() {
  return new Promise((resolve) => {
    const t = new Transform({
      transform(chunk, enc, cb) { cb(); },
      flush(cb) { cb(new Error('late flush')); },
      final(cb) { cb(); },
    });
    t.on('error', (e) => log('error event', show(e), t.destroyed));
    t.on('close', resolve);
    t.end();
    t.resume();
  });
}

function transformError() {
  return new Promise((resolve) => {
    const t = new Transform({ transform(chunk, enc, cb) { cb(new Error('bad chunk')); } });
    t.on('error', (e) => log('error event', show(e)));
    t.write('a', (e) => log('write cb', show(e)));
    t.on('close', resolve);
  });
}

function afterOutputEnded() {
  return new Promise((resolve) => {
    const t = new Transform({
      transform(chunk, enc, cb) {
        if (chunk.toString() === 'stop') this.push(null);
        cb(null, chunk.toString() === 'one' ? chunk : null);
      },
    });
    t.on('data', (c) => log('data', c.toString()));
    t.on('end', () => log('end event'));
    t.on('error', (e) => log('error event', show(e)));
    t.write('one', () => log('cb one'));
    t.write('stop', () => log('cb stop'));
    t.write('dropped', () => {
      log('cb dropped');
      setImmediate(resolve);
    });
  });
}

async function main() {
  await backpressure();
  await flushing();
  await flushError();
  await finalReplaced();
  await finalOptionFlushError();
  await transformError();
  await afterOutputEnded();

  const zero = new Transform({ readableHighWaterMark: 0 });
  log('hwm', zero.readableHighWaterMark, zero.writableHighWaterMark);
  const zeroBoth = new Transform({ readableHighWaterMark: 0, writableHighWaterMark: 5 });
  log('hwm', zeroBoth.readableHighWaterMark, zeroBoth.writableHighWaterMark);
  const zeroShared = new Transform({ readableHighWaterMark: 0, highWaterMark: 7 });
  log('hwm', zeroShared.readableHighWaterMark, zeroShared.writableHighWaterMark);

  const bare = new Transform();
  bare.on('error', (e) => log('bare error', show(e)));
  try {
    bare.write('x');
  } catch (e) {
    log('bare throws', show(e));
  }
  log('call without new', Transform() instanceof Transform, PassThrough() instanceof PassThrough);
  for (const k of ['_final', '_read', '_write', '_transform']) {
    log(k, JSON.stringify(Transform.prototype[k].name), Transform.prototype[k].length);
  }
  const t = new Transform();
  log(Object.getOwnPropertySymbols(t).map(String), t.listenerCount('prefinish'), Object.keys(t._events));
  const p = new PassThrough({ objectMode: true });
  p.end({ a: 1 });
  p.on('data', (c) => log('passthrough', c));
}
main();
