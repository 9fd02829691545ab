// Duplex.from over its many inputs, stream.compose, duplexPair, addAbortSignal and stream.destroy.
const { Readable, Writable, Duplex, PassThrough, Transform, compose, duplexPair, addAbortSignal, destroy,
  isReadable, isErrored, isDisturbed, isDestroyed, isWritable } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

// A minimal AbortSignal (the standard interface), so that the case does not depend on the global.
function makeSignal() {
  const listeners = [];
  return {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) { listeners.push(fn); },
    removeEventListener(type, fn) {
      const i = listeners.indexOf(fn);
      if (i !== -1) listeners.splice(i, 1);
    },
    abort(reason) {
      this.aborted = true;
      this.reason = reason;
      for (const fn of listeners.splice(0)) fn.call(this, { type: 'abort' });
    },
  };
}

const steps = [];
const step = (name, fn) => steps.push([name, fn]);
function next() {
  const entry = steps.shift();
  if (!entry) return;
  log(`--- ${entry[0]}`);
  entry[1](() => setImmediate(next));
}
setImmediate(next);

step('Duplex.from kinds', async (done) => {
  const pt = new PassThrough();
  log('duplex passes through', Duplex.from(pt) === pt);
  log('array', await Duplex.from(['a', 'b']).toArray());
  log('promise', await Duplex.from(Promise.resolve('resolved')).toArray());
  log('async generator fn', await Readable.from(['x', 'y']).compose(Duplex.from(async function* (source) {
    for await (const c of source) yield `<${c}>`;
  })).toArray());
  const readOnly = Duplex.from(Readable.from(['r']));
  log('readable only', readOnly.constructor.name, readOnly.readable, readOnly.writable, await readOnly.toArray());
  const got = [];
  const writeOnly = Duplex.from(new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } }));
  log('writable only', writeOnly.readable, writeOnly.writable);
  writeOnly.end('w', () => {
    log('written', got);
    const pair = Duplex.from({ readable: Readable.from(['pr']), writable: new PassThrough() });
    log('pair', pair.readable, pair.writable);
    for (const bad of [42, null, 'str']) {
      try {
        const d = Duplex.from(bad);
        log('accepted', typeof bad, d.constructor.name);
      } catch (e) {
        log('rejects', show(e));
      }
    }
    done();
  });
});

step('Duplex.from async function', (done) => {
  let total = '';
  const d = Duplex.from(async function (source) {
    for await (const c of source) total += c;
  });
  d.on('finish', () => {
    log('consumed', total);
  });
  d.on('close', done);
  d.write('one');
  d.end('two');
});

step('compose', async (done) => {
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const c = compose(upper, async function* (source) {
    for await (const chunk of source) yield `${chunk}!`;
  });
  log('composed', c.constructor.name, c.readable, c.writable);
  c.end('hi');
  log('output', await c.toArray());
  for (const args of [[], [new Writable(), new PassThrough()], [new PassThrough(), new Readable({ read() {} }), new PassThrough()]]) {
    try {
      compose(...args);
    } catch (e) {
      log('compose throws', show(e));
    }
  }
  const failing = compose(new PassThrough(), new Transform({ transform(ch, e, cb) { cb(new Error('inner failed')); } }));
  failing.on('error', (e) => {
    log('composed error', show(e));
    done();
  });
  failing.write('x');
});

step('duplexPair', (done) => {
  const [a, b] = duplexPair();
  b.on('data', (d) => log('b got', String(d)));
  a.on('data', (d) => log('a got', String(d)));
  a.write('to b');
  b.write('to a');
  b.on('end', () => log('b end'));
  a.end();
  setImmediate(() => setImmediate(done));
});

step('addAbortSignal', (done) => {
  const signal = makeSignal();
  const r = addAbortSignal(signal, new Readable({ read() {} }));
  r.on('error', (e) => log('aborted', e.name, e.code, e.message, e.cause));
  r.on('close', () => {
    log('closed', r.destroyed);
    done();
  });
  signal.abort('why');
  for (const args of [[{}, new PassThrough()], [makeSignal(), {}], [undefined, new PassThrough()]]) {
    try {
      addAbortSignal(...args);
    } catch (e) {
      log('addAbortSignal throws', show(e));
    }
  }
});

step('signal option', (done) => {
  const signal = makeSignal();
  signal.aborted = true;
  signal.reason = 'early';
  const w = new Writable({ signal, write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('already aborted', e.name, e.cause));
  w.on('close', done);
});

step('stream.destroy and the is* helpers', (done) => {
  const r = new Readable({ read() {} });
  log('fresh', isReadable(r), isErrored(r), isDisturbed(r), isDestroyed(r), isWritable(r));
  r.push('a');
  r.read();
  log('read once', isDisturbed(r));
  destroy(r, new Error('via destroy'));
  r.on('error', (e) => log('destroy error', e.message));
  r.on('close', () => {
    log('after', isReadable(r), isErrored(r), isDestroyed(r));
    const w = new Writable();
    log('writable', isWritable(w), isReadable(w), isWritable({}), isReadable({}));
    const plain = { destroyed: false, destroy() { log('custom destroy called'); } };
    destroy(plain);
    done();
  });
});
