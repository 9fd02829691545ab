// fs.createWriteStream: writes in order, bytesWritten, 'finish' before 'close', flags 'a', start, close(cb),
// piping a ReadStream into a WriteStream, errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-stream-'));
const file = path.join(dir, 'out.txt');

const steps = [
  (done) => {
    const events = [];
    const w = fs.createWriteStream(file);
    console.log('pending', w.pending, w.constructor.name, 'bytesWritten', w.bytesWritten);
    w.on('open', () => events.push('open'));
    w.on('ready', () => events.push('ready'));
    w.on('finish', () => events.push('finish'));
    w.on('close', () => {
      events.push('close');
      console.log(events.join(', '), 'bytesWritten', w.bytesWritten, JSON.stringify(fs.readFileSync(file, 'utf8')));
      done();
    });
    console.log('write returns', w.write('one '), w.write(Buffer.from('two ')), w.write('thrée', 'utf8'));
    w.end(' end');
  },
  (done) => {
    const w = fs.createWriteStream(file, { flags: 'a' });
    w.end('+appended', () => {
      console.log('after append', JSON.stringify(fs.readFileSync(file, 'utf8')));
      done();
    });
  },
  (done) => {
    const w = fs.createWriteStream(file, { flags: 'r+', start: 4 });
    w.write('TWO');
    w.close(() => {
      console.log('after start 4', JSON.stringify(fs.readFileSync(file, 'utf8')));
      done();
    });
  },
  (done) => {
    const copy = path.join(dir, 'copy.txt');
    fs.writeFileSync(file, 'x'.repeat(200000));
    const r = fs.createReadStream(file);
    const w = fs.createWriteStream(copy);
    r.pipe(w);
    w.on('close', () => {
      console.log('copied', fs.statSync(copy).size, w.bytesWritten);
      done();
    });
  },
  (done) => {
    const w = fs.createWriteStream(path.join(dir, 'no', 'such', 'dir.txt'));
    w.on('error', (e) => console.log('error', e.code, e.syscall));
    w.on('close', () => { console.log('closed after error'); done(); });
  },
  (done) => {
    const w = fs.createWriteStream(file);
    w.end();
    w.on('close', () => {
      w.write('late', (err) => console.log('late write', err.code));
      w.on('error', (e) => console.log('error event', e.code));
      setImmediate(done);
    });
  },
];
(function next() {
  const step = steps.shift();
  if (step) step(() => setImmediate(next));
  else fs.rmSync(dir, { recursive: true });
})();
