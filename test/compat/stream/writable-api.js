// Writable's small API: nested cork/uncork, setDefaultEncoding, end()'s argument forms, _write falling back
// to _writev, and write() while a _write is in flight.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

function recorder(name, extra = {}) {
  return new Writable({
    write(chunk, enc, cb) {
      log(name, 'write', JSON.stringify(chunk.toString()), enc);
      cb();
    },
    ...extra,
  });
}

async function main() {
  const w = recorder('corked', {
    writev(chunks, cb) {
      log('corked writev', chunks.map((c) => c.chunk.toString()), chunks.allBuffers);
      cb();
    },
  });
  w.cork();
  w.cork();
  w.write('a');
  w.write('b');
  w.uncork();
  log('after one uncork', w.writableCorked, w.writableLength);
  w.uncork();
  log('after two', w.writableCorked, w.writableLength);
  w.uncork();
  log('extra uncork', w.writableCorked);
  await new Promise((r) => setImmediate(r));

  const e = recorder('enc', { decodeStrings: false });
  log(e.setDefaultEncoding('HEX') === e, e._writableState.defaultEncoding);
  for (const bad of ['nope', 42, undefined, null]) {
    try {
      e.setDefaultEncoding(bad);
    } catch (err) {
      log('setDefaultEncoding', String(bad), show(err));
    }
  }
  e.write('beef');
  await new Promise((r) => setImmediate(r));

  for (const form of ['cb', 'chunk-cb', 'chunk-enc-cb', 'fn-fn', 'nothing', 'null-chunk']) {
    const s = recorder(form);
    const done = (err) => log(form, 'end cb', show(err));
    if (form === 'cb') s.end(done);
    else if (form === 'chunk-cb') s.end('last', done);
    else if (form === 'chunk-enc-cb') s.end('6869', 'hex', done);
    else if (form === 'fn-fn') s.end(done, () => log('second fn is ignored'));
    else if (form === 'nothing') log(form, s.end() === s);
    else s.end(null, done);
    await new Promise((r) => setImmediate(r));
  }

  const onlyWritev = new Writable({
    writev(chunks, cb) {
      log('writev batch', chunks.length, chunks.map((c) => [c.chunk.toString(), c.encoding]));
      cb();
    },
  });
  onlyWritev.write('solo', (err) => log('solo cb', show(err)));
  await new Promise((r) => setImmediate(r));

  const neither = new Writable();
  neither.on('error', (err) => log('neither error', show(err)));
  try {
    neither.write('x');
  } catch (err) {
    log('neither throws', show(err));
  }

  const slow = new Writable({
    write(chunk, enc, cb) {
      log('slow write', chunk.toString());
      setImmediate(cb);
    },
  });
  slow.write('1', () => log('cb 1'));
  slow.write('2', () => log('cb 2'));
  slow.write('3', () => log('cb 3'));
  log('queued', slow.writableLength, slow._writableState.bufferedRequestCount);
  slow.end(() => log('slow end cb'));
  slow.on('finish', () => log('slow finish'));
}
main();
