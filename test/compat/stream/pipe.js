// Readable.prototype.pipe: backpressure through 'drain', unpipe, multiple destinations, end: false,
// errors of the destination, and the legacy Stream.prototype.pipe.
const { Readable, Writable, PassThrough, Stream } = require('stream');
const log = (...a) => console.log(...a);

const steps = [];
const step = (name, fn) => steps.push([name, fn]);
function next() {
  const entry = steps.shift();
  if (!entry) return;
  log(`--- ${entry[0]}`);
  entry[1](() => setImmediate(next));
}
setImmediate(next);

function slowWriter(name, hwm = 2) {
  return new Writable({
    highWaterMark: hwm,
    write(chunk, enc, cb) {
      log(name, 'write', String(chunk));
      setImmediate(cb);
    },
  });
}

step('backpressure pauses the source', (done) => {
  const src = Readable.from(['a', 'bb', 'ccc', 'dddd'], { objectMode: false });
  const dest = slowWriter('slow');
  src.on('pause', () => log('src pause'));
  src.on('resume', () => log('src resume'));
  dest.on('drain', () => log('dest drain'));
  dest.on('pipe', (s) => log('pipe event', s === src));
  dest.on('unpipe', (s) => log('unpipe event', s === src));
  dest.on('finish', () => log('dest finish'));
  src.on('end', () => log('src end'));
  src.pipe(dest);
  log('flowing', src.readableFlowing, src._readableState.pipes.length);
  dest.on('close', done);
});

step('end: false keeps the destination open', (done) => {
  const src = Readable.from(['x']);
  const dest = new PassThrough();
  src.pipe(dest, { end: false });
  dest.on('data', (d) => log('got', String(d)));
  src.on('end', () => {
    log('src ended, dest writable', dest.writable, dest.writableEnded);
    dest.end();
  });
  dest.on('end', () => log('dest end'));
  dest.on('close', done);
});

step('two destinations, the slower one sets the pace', (done) => {
  const src = new Readable({ read() {} });
  const fast = new Writable({ write(c, e, cb) { log('fast', String(c)); cb(); } });
  const slow = slowWriter('slower', 1);
  src.pipe(fast);
  src.pipe(slow);
  for (const c of ['1', '2', '3']) src.push(c);
  src.push(null);
  let closed = 0;
  for (const w of [fast, slow]) w.on('close', () => ++closed === 2 && done());
});

step('unpipe stops the flow', (done) => {
  const src = new Readable({ read() {} });
  const dest = new PassThrough();
  src.pipe(dest);
  dest.on('unpipe', () => log('unpiped, flowing', src.readableFlowing, src.isPaused()));
  src.push('before');
  setImmediate(() => {
    src.unpipe(dest);
    src.push('after');
    log('buffered after unpipe', src.readableLength, String(dest.read()));
    log('unpipe unknown', src.unpipe(new PassThrough()) === src);
    done();
  });
});

step('destination error unpipes and is emitted', (done) => {
  const src = new Readable({ read() {} });
  const dest = new Writable({ write(c, e, cb) { cb(new Error('dest failed')); } });
  dest.on('error', (e) => log('dest error', e.message, src._readableState.pipes.length));
  dest.on('unpipe', () => log('dest unpipe'));
  src.pipe(dest);
  src.push('x');
  dest.on('close', () => {
    log('dest closed, src paused', src.isPaused());
    done();
  });
});

step('piping into a finished Writable', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    const r = Readable.from(['late']);
    w.on('error', (e) => log('late error', e.code));
    r.pipe(w);
    setImmediate(done);
  });
});

step('Writable cannot pipe', (done) => {
  const w = new Writable();
  w.on('error', (e) => log('writable pipe', e.code, e.message));
  w.pipe(new PassThrough());
  setImmediate(done);
});

step('legacy Stream.prototype.pipe', (done) => {
  const src = new Stream();
  src.readable = true;
  const dest = new Stream();
  dest.writable = true;
  dest.write = (c) => {
    log('legacy write', c);
    return true;
  };
  dest.end = () => {
    log('legacy end');
    done();
  };
  log('piped returns dest', src.pipe(dest) === dest);
  src.emit('data', 'one');
  src.emit('end');
});
