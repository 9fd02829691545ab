// fs.createReadStream: event order (open, ready, data, end, close), ranges, highWaterMark, encoding, an fd
// given in, errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-stream-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz'.repeat(4));

const steps = [
  (done) => {
    const events = [];
    const s = fs.createReadStream(file, { highWaterMark: 40 });
    console.log('pending', s.pending, 'path', path.basename(s.path), 'flags', s.flags, 'fd', s.fd, s.constructor.name);
    s.on('open', (fd) => events.push(`open ${typeof fd}`));
    s.on('ready', () => events.push('ready'));
    s.on('data', (d) => events.push(`data ${d.length} ${Buffer.isBuffer(d)}`));
    s.on('end', () => events.push('end'));
    s.on('close', () => {
      events.push('close');
      console.log(events.join(', '), 'bytesRead', s.bytesRead, 'pending', s.pending);
      done();
    });
  },
  (done) => {
    const s = fs.createReadStream(file, { start: 3, end: 9, encoding: 'utf8' });
    let text = '';
    s.on('data', (d) => { text += d; });
    s.on('end', () => { console.log('range', JSON.stringify(text), s.bytesRead); });
    s.on('close', done);
  },
  (done) => {
    const s = fs.createReadStream(file, 'hex');
    const parts = [];
    s.on('data', (d) => parts.push(d));
    s.on('close', () => { console.log('hex', parts.join('').slice(0, 12), typeof parts[0]); done(); });
  },
  (done) => {
    const fd = fs.openSync(file, 'r');
    const s = fs.createReadStream(null, { fd, start: 50, autoClose: false });
    let n = 0;
    s.on('data', (d) => { n += d.length; });
    // autoClose: false leaves the stream undestroyed after 'end' (no 'close').
    s.on('end', () => {
      console.log('fd stream read', n, 'fd still open', fs.fstatSync(fd).size, 'destroyed', s.destroyed);
      fs.closeSync(fd);
      done();
    });
  },
  (done) => {
    const s = fs.createReadStream(path.join(dir, 'missing.txt'));
    s.on('error', (e) => console.log('error', e.code, e.syscall, path.basename(e.path)));
    s.on('close', () => { console.log('closed after error', s.destroyed); done(); });
  },
  (done) => {
    for (const bad of [{ start: 5, end: 2 }, { start: -1 }, { end: 'x' }, { highWaterMark: -1 }]) {
      try { fs.createReadStream(file, bad); } catch (e) { console.log(e.code, e.message); }
    }
    const s = fs.createReadStream(file);
    s.close(() => { console.log('close callback', s.destroyed); done(); });
  },
  (done) => {
    (async () => {
      let total = '';
      for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 16 })) total += chunk;
      console.log('async iteration', total.length);
      done();
    })();
  },
];
(function next() {
  const step = steps.shift();
  if (step) step(() => setImmediate(next));
  else fs.rmSync(dir, { recursive: true });
})();
