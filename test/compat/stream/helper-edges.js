// Edges of the stream helpers: Readable.from's single-chunk and invalid inputs, null values, promises
// and iterator clean-up; the stream.is* predicates; finished()'s argument forms; reduce() on an aborted
// signal and on an empty stream; Readable.wrap.
const stream = require('stream');
const { Readable, Writable, PassThrough, finished } = stream;
const EventEmitter = require('events');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));
const tick = () => new Promise((r) => setImmediate(r));

async function fromEdges() {
  const s = Readable.from('whole', { objectMode: false, read() { log('own read ignored'); } });
  log('string', await s.toArray().then((a) => a.map(String)), s.readableObjectMode);
  for (const bad of [undefined, 0, false, 7, { length: 1 }]) {
    try {
      Readable.from(bad);
    } catch (e) {
      log('from', String(bad), show(e));
    }
  }
  const withNull = Readable.from(['a', null, 'b']);
  withNull.on('data', (c) => log('null case data', c));
  withNull.on('error', (e) => log('null case error', show(e)));
  await tick();
  await tick();
  const both = { * [Symbol.iterator]() { yield 'sync'; }, async* [Symbol.asyncIterator]() { yield 'async'; } };
  log('prefers async', await Readable.from(both).toArray());
  log('thenables', await Readable.from([{ then(r) { r('t1'); } }, Promise.resolve('t2')]).toArray());

  function* cleanup() {
    try {
      yield 1;
      yield 2;
    } finally {
      log('generator finally');
    }
  }
  const r = Readable.from(cleanup());
  r.on('close', () => log('close after finally'));
  r.once('data', (c) => {
    log('first', c);
    r.destroy();
  });
  await tick();
  await tick();

  async function* rethrows() {
    try {
      yield 1;
      await new Promise(() => {});
    } catch (e) {
      log('generator caught', e.message);
      throw new Error('replaced');
    }
  }
  const failing = Readable.from(rethrows());
  failing.on('error', (e) => log('failing error', e.message));
  failing.on('close', () => log('failing closed'));
  failing.once('data', () => failing.destroy(new Error('original')));
  await tick();
  await tick();
  await tick();
}

async function predicates() {
  const fresh = new Readable({ read() {} });
  const done = new PassThrough();
  done.destroy(new Error('x'));
  done.on('error', () => {});
  await tick();
  const ended = Readable.from([]);
  await ended.toArray();
  const emitter = new EventEmitter();
  for (const [name, s] of [['fresh', fresh], ['destroyed', done], ['ended', ended], ['emitter', emitter],
    ['null', null], ['writable', new Writable()]]) {
    log(name, ['isReadable', 'isWritable', 'isDestroyed', 'isErrored', 'isDisturbed'].map((k) => stream[k](s)));
  }
  fresh.read();
  log('disturbed after read', stream.isDisturbed(fresh));
  log('errored probes', stream.isErrored({ readableErrored: null, writableErrored: new Error() }),
    stream.isErrored({ readableErrored: false, writableErrored: new Error() }),
    stream.isErrored({ [Symbol.for('nodejs.stream.errored')]: true }), stream.isErrored(0));
  log('disturbed probes', stream.isDisturbed({ readableDidRead: false, readableAborted: true }),
    stream.isDisturbed({ [Symbol.for('nodejs.stream.disturbed')]: false, readableDidRead: true }));
}

async function finishedForms() {
  const r = Readable.from(['a']);
  finished(r, (err) => log('two args', show(err)));
  finished(Readable.from(['b']), undefined, (err) => log('undefined options', show(err)));
  finished(Readable.from(['c']), null, (err) => log('null options', show(err)));
  for (const args of [[{}, 'nope'], ['opts', () => {}], [() => {}, undefined], [{ signal: 1 }, () => {}]]) {
    try {
      finished(new PassThrough(), ...args);
    } catch (e) {
      log('finished', typeof args[0], typeof args[1], show(e));
    }
  }
  try {
    finished({}, () => {});
  } catch (e) {
    log('not a stream', show(e));
  }
  r.resume();
  await tick();
}

async function reduceEdges() {
  const ac = new AbortController();
  ac.abort(new Error('why'));
  const s = Readable.from([1, 2]);
  s.on('close', () => log('reduce: source closed', s.destroyed));
  await s.reduce((a, b) => a + b, 0, { signal: ac.signal }).catch((e) => log('aborted reduce', show(e), e.cause?.message));
  await Readable.from([]).reduce((a, b) => a + b).catch((e) => log('empty reduce', show(e)));
  log('no initial', await Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  log('initial undefined', await Readable.from([1]).reduce((a, b) => [a, b], undefined));
}

async function wrapEdges() {
  const old = new EventEmitter();
  old.pause = () => {};
  old.resume = () => {};
  old.destroy = (err) => log('old destroyed', show(err));
  const wrapped = Readable.wrap(old);
  log('wrap object mode', wrapped.readableObjectMode);
  const bytes = Readable.wrap(Object.assign(new EventEmitter(), { readableObjectMode: false, pause() {}, resume() {} }));
  log('wrap bytes', bytes.readableObjectMode);
  wrapped.on('error', () => {});
  wrapped.destroy(new Error('teardown'));
  await tick();
}

(async () => {
  await fromEdges();
  await predicates();
  await finishedForms();
  await reduceEdges();
  await wrapEdges();
})();
