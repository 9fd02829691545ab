// Readable.from over arrays, strings, Buffers, generators, async generators and promises; async iteration
// of Readables (break, errors, destroyOnReturn).
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

async function collect(r) {
  const out = [];
  for await (const c of r) out.push(Buffer.isBuffer(c) ? `buf:${c}` : c);
  return out;
}

async function main() {
  log(await collect(Readable.from([1, 'two', { three: 3 }])));
  log(await collect(Readable.from('a whole string')));
  log(await collect(Readable.from(Buffer.from('a buffer'))));
  log(await collect(Readable.from((function* () { yield 'g1'; yield 'g2'; })())));
  log(await collect(Readable.from((async function* () { yield 'a1'; yield 'a2'; })())));
  log(await collect(Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')])));
  log(await collect(Readable.from(new Set(['s1', 's2']))));
  log(await collect(Readable.from(['x', 'y'], { objectMode: false })));
  const r = Readable.from([1]);
  log('from defaults', r.readableObjectMode, r.readableHighWaterMark);
  const rs = Readable.from('str', { highWaterMark: 8 });
  log('string defaults', rs.readableObjectMode, rs.readableHighWaterMark);

  for (const bad of [null, 42, {}]) {
    try {
      Readable.from(bad);
    } catch (e) {
      log('from throws', show(e));
    }
  }
  try {
    await collect(Readable.from([1, null, 2]));
  } catch (e) {
    log('null value', show(e));
  }
  try {
    await collect(Readable.from((async function* () {
      yield 1;
      throw new Error('generator failed');
    })()));
  } catch (e) {
    log('generator error', show(e));
  }

  // Destroying the stream closes the generator (its finally runs).
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      log('generator finally');
    }
  })();
  const g = Readable.from(gen);
  for await (const v of g) {
    log('first value', v);
    break;
  }
  log('after break destroyed', g.destroyed);

  const keep = Readable.from(['k1', 'k2', 'k3']);
  for await (const v of keep.iterator({ destroyOnReturn: false })) {
    log('kept', v);
    break;
  }
  log('not destroyed', keep.destroyed, await collect(keep));

  const errored = new Readable({ read() {} });
  setImmediate(() => errored.destroy(new Error('iteration error')));
  try {
    await collect(errored);
  } catch (e) {
    log('iteration rejects', show(e));
  }

  const premature = new Readable({ read() {} });
  setImmediate(() => premature.destroy());
  try {
    await collect(premature);
  } catch (e) {
    log('premature', show(e));
  }

  const paused = new Readable({ read() {} });
  paused.push('pp');
  paused.push(null);
  const it = paused[Symbol.asyncIterator]();
  log('iterator', typeof it.next, it.stream === paused, await it.next(), await it.next());

  try {
    Readable.prototype.iterator.call(Readable.from([]), 5);
  } catch (e) {
    log('iterator options', show(e));
  }
}
main().catch((e) => log('unexpected', e));
