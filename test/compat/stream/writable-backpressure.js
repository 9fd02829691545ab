// write() return values, 'drain', callbacks order, cork/uncork and _writev batching.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

// Each step runs alone, after the previous one signalled done, so that no timing decides the order.
const steps = [];
const step = (name, fn) => steps.push([name, fn]);
function next() {
  const entry = steps.shift();
  if (!entry) return;
  log(`--- ${entry[0]}`);
  entry[1](() => setImmediate(next));
}
setImmediate(next);

step('asynchronous _write and drain', (done) => {
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) {
      log('write', String(chunk), enc, w.writableLength);
      setImmediate(cb);
    },
  });
  log('ret', w.write('abc', () => log('cb abc')));
  log('ret', w.write('de', () => log('cb de')), w.writableNeedDrain, w.writableLength);
  log('ret', w.write('f', () => log('cb f')));
  w.on('drain', () => {
    log('drain', w.writableLength, w.writableNeedDrain);
    w.end('end', () => log('end cb'));
  });
  w.on('finish', () => log('finish', w.writableFinished));
  w.on('close', () => {
    log('close');
    done();
  });
});

step('synchronous _write: callbacks on the next tick', (done) => {
  const w = new Writable({
    write(chunk, enc, cb) {
      log('sync write', String(chunk));
      cb();
    },
  });
  w.write('1', () => log('cb 1'));
  w.write('2', () => log('cb 2'));
  log('after writes', w.writableLength);
  process.nextTick(() => log('tick'));
  w.end(() => log('sync end cb'));
  w.on('finish', () => log('sync finish'));
  w.on('close', () => {
    log('sync close');
    done();
  });
});

step('cork and _writev', (done) => {
  const w = new Writable({
    write(chunk, enc, cb) {
      log('single', String(chunk));
      cb();
    },
    writev(chunks, cb) {
      log('writev', chunks.map((c) => `${String(c.chunk)}:${c.encoding}`).join(','), chunks.allBuffers);
      cb();
    },
  });
  w.cork();
  w.write('a');
  w.write('b', () => log('cb b'));
  log('corked', w.writableCorked, w.writableLength, w.writableBuffer.length);
  w.uncork();
  log('uncorked', w.writableCorked);
  w.cork();
  w.cork();
  w.write('c');
  w.write('d');
  w.uncork();
  log('still corked', w.writableCorked);
  process.nextTick(() => w.uncork());
  w.on('finish', () => log('corked finish'));
  w.on('close', done);
  setImmediate(() => w.end('e'));
});

step('decodeStrings false', (done) => {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      log('keep', typeof chunk, chunk, enc);
      cb();
    },
  });
  w.write('héllo', 'utf8');
  w.write(Buffer.from('b'));
  w.write('aGk=', 'base64');
  w.write('s', () => {});
  w.end(done);
});

step('objectMode', (done) => {
  const o = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, enc, cb) {
      log('obj', JSON.stringify(chunk), enc);
      setImmediate(cb);
    },
  });
  log(o.write({ a: 1 }), o.write([1, 2]), o.write(0), o.writableLength, o.writableHighWaterMark);
  o.write('s', 'hex');
  o.write('t', () => {});
  o.on('drain', () => log('obj drain'));
  o.end(done);
});

step('default encoding', (done) => {
  const d = new Writable({ defaultEncoding: 'hex', decodeStrings: false, write(c, e, cb) { log('enc', c, e); cb(); } });
  d.write('ff');
  d.setDefaultEncoding('BASE64');
  d.write('ab');
  const b = new Writable({ defaultEncoding: 'hex', write(c, e, cb) { log('decoded', c, e); cb(); } });
  b.write('ff00');
  b.write(new Uint16Array([0x4142]));
  b.write(new DataView(new ArrayBuffer(2)));
  b.end(done);
});

step('writev with callbacks', (done) => {
  const w = new Writable({
    writev(chunks, cb) {
      log('writev n', chunks.length, chunks.map((c) => typeof c.callback));
      setImmediate(cb);
    },
  });
  w.write('first', () => log('cb first'));
  w.write('second', () => log('cb second'));
  w.write('third', () => log('cb third'));
  w.end(() => {
    log('writev end');
    done();
  });
});

step('highWaterMark 0', (done) => {
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
  log('hwm0 write', w.write('x'), w.writableNeedDrain);
  w.on('drain', () => {
    log('hwm0 drain');
    done();
  });
});
