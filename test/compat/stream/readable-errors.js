// Readable errors: push after EOF, unshift after end, bad chunks, _read missing, errors thrown in _read.
const { Readable } = require('stream');
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

function expectError(name, r, done) {
  r.on('error', (e) => log(name, show(e), r.destroyed));
  r.on('close', () => {
    log(name, 'close');
    done();
  });
}

step('push after EOF', (done) => {
  const r = new Readable({ read() {} });
  expectError('push after EOF', r, done);
  r.push(null);
  log('push returns', r.push('x'));
});

step('bad chunk', (done) => {
  const r = new Readable({ read() {} });
  expectError('bad chunk', r, done);
  log('push returns', r.push(42));
});

step('no _read', (done) => {
  const r = new Readable();
  expectError('no _read', r, done);
  r.read();
});

step('thrown in _read', (done) => {
  const r = new Readable({ read() { throw new Error('thrown in read'); } });
  expectError('thrown', r, done);
  r.resume();
});

step('unshift after end', (done) => {
  const r = new Readable({ read() {} });
  expectError('unshift after end', r, done);
  r.on('end', () => r.unshift('late'));
  r.push(null);
  r.resume();
});

step('after destroy', (done) => {
  const r = new Readable({ read() {} });
  r.destroy();
  log('push after destroy', r.push('x'), r.readableLength);
  for (const fn of [() => r.read(2 ** 31), () => new Readable({ highWaterMark: 1.5 }),
    () => new Readable({ readableHighWaterMark: 'ignored' }), () => new Readable({ encoding: 'nope' })]) {
    try {
      fn();
      log('no throw');
    } catch (e) {
      log('throws', show(e));
    }
  }
  r.on('close', done);
});

step('uncaught without listeners', (done) => {
  process.once('uncaughtException', (e) => {
    log('uncaught', show(e));
    done();
  });
  const r = new Readable({ read() {} });
  r.destroy(new Error('nobody listens'));
});
