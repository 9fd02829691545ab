// Writable errors: write after end, null chunks, bad chunks, callback twice, _write errors, destroy.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

const steps = [];
const step = (name, fn) => steps.push([name, fn]);
function next() {
  const entry = steps.shift();
  if (!entry) return;
  log(`--- ${entry[0]}`);
  entry[1](() => setImmediate(next));
}
setImmediate(next);

step('write after end', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('error event', show(e)));
  w.on('close', () => {
    log('close after write-after-end', w.destroyed, w.errored && w.errored.code);
    done();
  });
  w.end();
  log('write returns', w.write('x', (err) => log('write cb', show(err))));
});

step('synchronous argument errors', (done) => {
  for (const bad of [null, 42, {}, undefined]) {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    try {
      w.write(bad);
    } catch (e) {
      log('throws', String(bad), show(e));
    }
  }
  const attempts = [
    () => new Writable({ write(c, e, cb) { cb(); } }).write('x', 'nope'),
    () => new Writable({ write(c, e, cb) { cb(); } }).write(5, 'nope'),
    () => new Writable().setDefaultEncoding('nope'),
    () => new Writable({ highWaterMark: -1 }),
    () => new Writable({ defaultEncoding: 'nope' }),
    () => new Writable({ objectMode: true }).write(null),
    () => new Writable().write('x'),
  ];
  for (const fn of attempts) {
    try {
      fn();
      log('no throw');
    } catch (e) {
      log('throws', show(e));
    }
  }
  done();
});

step('callback called twice', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => log('double cb error', show(e)));
  w.on('close', () => {
    log('double cb close');
    done();
  });
  w.write('x');
});

step('asynchronous _write error', (done) => {
  const w = new Writable({
    write(c, e, cb) {
      setImmediate(cb, new Error('write failed'));
    },
  });
  w.write('a', (err) => log('cb a', show(err)));
  w.write('b', (err) => log('cb b', show(err)));
  w.end((err) => log('end cb', show(err)));
  w.on('error', (e) => log('error', show(e), w.writableAborted, w.writable));
  w.on('finish', () => log('finish (not expected)'));
  w.on('close', () => {
    log('close', w.errored && w.errored.message);
    done();
  });
});

step('destroy with pending writes', (done) => {
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  w.write('a', (err) => log('destroy cb a', show(err)));
  w.write('b', (err) => log('destroy cb b', show(err)));
  w.on('close', () => {
    log('destroyed close');
    setImmediate(done);
  });
  w.on('error', (e) => log('destroy error', show(e)));
  w.destroy();
  log('after destroy', w.destroyed, w.writable, w.write('c', (err) => log('cb c', show(err))));
  w.end((err) => log('end after destroy', show(err)));
});

step('end after finish', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    w.end((err) => {
      log('end after finish', show(err));
      done();
    });
  });
});

step('_final error', (done) => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  w.on('error', (e) => log('final error', show(e)));
  w.on('prefinish', () => log('prefinish (not expected)'));
  w.on('close', () => {
    log('final close');
    done();
  });
  w.end('x', (err) => log('final end cb', show(err)));
});

step('error without autoDestroy', (done) => {
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('no autodestroy')); } });
  w.on('error', (e) => {
    log('no autodestroy error', show(e), w.destroyed);
    setImmediate(() => {
      log('still not destroyed', w.destroyed, w.writable);
      done();
    });
  });
  w.write('x');
});
