// stream.pipeline and stream.finished (callback and promise forms): success, errors, premature close,
// generator functions, and the value of a final async function.
const stream = require('stream');
const { Readable, Writable, PassThrough, Transform, pipeline, finished } = stream;
const promises = require('stream/promises');
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

function collector(name) {
  const chunks = [];
  const w = new Writable({
    write(c, e, cb) {
      chunks.push(String(c));
      cb();
    },
  });
  w.on('finish', () => log(name, 'collected', chunks.join('|')));
  return w;
}

step('three streams', (done) => {
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const ret = pipeline(Readable.from(['a', 'b']), upper, collector('three'), (err, val) => {
    log('callback', show(err), val);
    done();
  });
  log('returns last', ret instanceof Writable);
});

step('an error in the middle destroys every stream', (done) => {
  const src = new Readable({ read() {} });
  const bad = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  const dest = collector('never');
  for (const [n, s] of [['src', src], ['bad', bad], ['dest', dest]]) s.on('close', () => log(n, 'closed', s.destroyed));
  pipeline(src, bad, dest, (err) => {
    log('callback', show(err), src.destroyed, dest.destroyed);
    setImmediate(done);
  });
  src.push('x');
});

step('premature close of the destination', (done) => {
  const src = new Readable({ read() {} });
  const dest = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src, dest, (err) => {
    log('callback', show(err));
    done();
  });
  src.push('x');
  setImmediate(() => dest.destroy());
});

step('generators and a final async function', (done) => {
  pipeline(
    function* () {
      yield 'q';
      yield 'r';
    },
    async function* (source) {
      for await (const c of source) yield c + c;
    },
    async function (source) {
      let all = '';
      for await (const c of source) all += c;
      return all;
    },
    (err, value) => {
      log('callback', show(err), value);
      done();
    },
  );
});

step('a generator that throws', (done) => {
  pipeline(Readable.from(['a']), async function* (source) {
    for await (const c of source) throw new Error(`bad ${c}`);
  }, collector('x'), (err) => {
    log('callback', show(err));
    done();
  });
});

step('argument errors', (done) => {
  for (const args of [[], [Readable.from([])], [Readable.from([]), () => {}], [Readable.from([]), collector('y')]]) {
    try {
      pipeline(...args);
    } catch (e) {
      log('throws', show(e));
    }
  }
  try {
    pipeline(Readable.from(['a']), () => 42, () => {});
  } catch (e) {
    log('throws', show(e));
  }
  done();
});

step('promises.pipeline', (done) => {
  promises.pipeline(Readable.from(['m', 'n']), new PassThrough(), collector('promise')).then((v) => {
    log('resolved', v);
    return promises.pipeline(Readable.from(['z']), async function* (s) {
      for await (const c of s) throw new Error('rejected ' + c);
    }, collector('z'));
  }).catch((e) => {
    log('rejected', show(e));
    done();
  });
});

step('finished: end, finish, errors, premature close', (done) => {
  const r = Readable.from(['a']);
  finished(r, (err) => log('readable finished', show(err)));
  r.resume();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log('writable finished', show(err)));
  w.end('x');
  const e = new Readable({ read() {} });
  finished(e, (err) => log('errored finished', show(err)));
  e.destroy(new Error('broken'));
  const p = new Readable({ read() {} });
  finished(p, (err) => log('premature finished', show(err)));
  p.destroy();
  const d = new PassThrough();
  finished(d, { readable: false }, (err) => log('writable side only', show(err)));
  d.end('y');
  setTimeout(done, 20);
});

step('finished on an already finished stream, and cleanup', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('close', () => {
    finished(w, (err) => log('after close', show(err)));
    const r = new Readable({ read() {} });
    const cleanup = finished(r, () => log('never called'));
    log('cleanup is a function', typeof cleanup);
    cleanup();
    r.destroy();
    setTimeout(done, 10);
  });
});

step('finished argument errors and promises.finished', (done) => {
  for (const args of [[{}, () => {}], [new PassThrough(), 'x'], [new PassThrough(), 1, () => {}]]) {
    try {
      finished(...args);
    } catch (e) {
      log('throws', show(e));
    }
  }
  const r = Readable.from(['f']);
  promises.finished(r).then(() => log('promise finished'));
  r.resume();
  const bad = new Readable({ read() {} });
  promises.finished(bad).catch((e) => {
    log('promise finished rejected', show(e));
    done();
  });
  bad.destroy(new Error('bad'));
});

step('promisify custom and module shape', (done) => {
  const util = require('util');
  log(util.promisify(pipeline) === promises.pipeline, util.promisify(finished) === promises.finished);
  log(stream.promises === promises, Object.keys(promises));
  done();
});
