// Event order of a Readable in flowing and paused modes, with sync and async pushes.
const { Readable } = require('stream');
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

function trace(name, stream) {
  for (const ev of ['data', 'readable', 'end', 'close', 'pause', 'resume', 'error']) {
    stream.on(ev, (arg) => log(name, ev, arg === undefined ? '' : String(arg)));
  }
}

step('flowing, pushes inside _read', (done) => {
  const items = ['a', 'b', 'c'];
  const r = new Readable({ read() { this.push(items.length ? items.shift() : null); } });
  for (const ev of ['data', 'end', 'close', 'pause', 'resume']) {
    r.on(ev, (d) => log('flow', ev, d === undefined ? '' : String(d)));
  }
  log('flow sync', r.readableFlowing);
  r.on('close', done);
});

step('paused mode with readable and read()', (done) => {
  const r = new Readable({ read() {} });
  r.push('x');
  r.push('yz');
  r.push(null);
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read()) !== null) log('paused read', String(chunk));
    log('readable done', r.readableLength, r.readableEnded);
  });
  r.on('end', () => log('paused end', r.readableEnded));
  r.on('close', () => {
    log('paused close', r.destroyed, r.closed);
    done();
  });
});

step('asynchronous pushes', (done) => {
  let n = 0;
  const r = new Readable({
    read() {
      setImmediate(() => this.push(n < 3 ? String(n++) : null));
    },
  });
  trace('async', r);
  r.on('close', done);
});

step('read(n) and push return values', (done) => {
  const r = new Readable({ highWaterMark: 4, read() {} });
  log('push', r.push('ab'), r.push('cd'), r.push('ef'), r.readableLength);
  log('read(3)', String(r.read(3)), r.readableLength);
  log('read(10)', r.read(10), r.readableLength, r.readableHighWaterMark);
  log('read()', String(r.read()), r.readableLength);
  r.push(null);
  log('after EOF read(10)', r.read(10));
  r.on('end', () => log('sized end'));
  r.on('close', done);
  r.resume();
});

step('pause() and resume()', (done) => {
  const r = Readable.from(['1', '2', '3', '4'], { objectMode: true });
  let resumed = false;
  r.on('data', (d) => {
    log('pr data', d, r.isPaused());
    if (d === '2') {
      r.pause();
      log('paused', r.isPaused(), r.readableFlowing);
      setImmediate(() => {
        resumed = true;
        r.resume();
      });
    }
  });
  r.on('pause', () => log('pr pause'));
  r.on('resume', () => log('pr resume', resumed));
  r.on('end', () => log('pr end'));
  r.on('close', done);
});

step('readable and data listeners together', (done) => {
  const r = new Readable({ read() {} });
  r.on('readable', () => log('both readable', r.readableFlowing, String(r.read())));
  r.on('data', (d) => log('both data', String(d)));
  log('both flowing', r.readableFlowing);
  r.push('m');
  r.push(null);
  r.on('end', () => log('both end'));
  r.on('close', done);
});

step('setEncoding splits nothing', (done) => {
  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.setEncoding('utf8');
  log('encoding', r.readableEncoding, r.readableLength);
  r.push(Buffer.from([0xac, 0x41]));
  r.push(null);
  r.on('data', (d) => log('decoded', JSON.stringify(d)));
  r.on('close', done);
});

step('objectMode counts objects', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  log(r.push({ a: 1 }), r.push(0), r.push(''), r.push(false), r.readableLength, r.readableHighWaterMark);
  log('read one', r.read(), r.readableLength);
  r.push(null);
  r.on('data', (d) => log('obj data', JSON.stringify(d)));
  r.on('end', () => log('obj end'));
  r.on('close', done);
});

step('unshift', (done) => {
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  log('unshifted', String(r.read()));
  r.push(null);
  r.on('close', done);
  r.resume();
});

step('removing the readable listener resumes data', (done) => {
  const r = new Readable({ read() {} });
  const onReadable = () => {};
  r.on('readable', onReadable);
  r.on('data', (d) => log('after removal data', String(d)));
  r.removeListener('readable', onReadable);
  log('flowing right after removal', r.readableFlowing);
  process.nextTick(() => {
    log('flowing a tick later', r.readableFlowing);
    r.push('k');
    r.push(null);
  });
  r.on('close', done);
});
