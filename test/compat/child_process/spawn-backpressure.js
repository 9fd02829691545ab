// Large output read with backpressure, large input written with write()'s return value and 'drain', pipe()
// into and out of a child.
const { spawn } = require('child_process');
const { Writable } = require('stream');

const steps = [
  (next) => {
    // 4 MiB from the child, consumed by a slow reader that pauses the stream.
    const child = spawn('head', ['-c', String(4 * 1024 * 1024), '/dev/zero']);
    let total = 0;
    let pauses = 0;
    child.stdout.on('data', (chunk) => {
      total += chunk.length;
      if (chunk.some((byte) => byte !== 0)) console.log('unexpected byte');
      if (pauses < 3) {
        pauses++;
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 20);
      }
    });
    child.on('close', (code) => {
      console.log('read', total, 'bytes, paused', pauses, 'times, code', code);
      next();
    });
  },
  (next) => {
    // 2 MiB through cat, written until write() says stop, then on 'drain'.
    const child = spawn('cat');
    const size = 2 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    let sawFalse = false;
    let received = 0;
    child.stdout.on('data', (data) => { received += data.length; });
    (function write() {
      while (written < size) {
        written += chunk.length;
        if (!child.stdin.write(chunk)) {
          sawFalse = true;
          child.stdin.once('drain', write);
          return;
        }
      }
      child.stdin.end();
    })();
    child.on('close', (code) => {
      console.log('through cat', received, 'bytes, write returned false', sawFalse, 'code', code);
      next();
    });
  },
  (next) => {
    // A pipeline of two children into a slow Writable: 1 MiB of zeros turned into 'b's.
    const producer = spawn('head', ['-c', String(1024 * 1024), '/dev/zero']);
    const translator = spawn('tr', ['\\000', 'b']);
    producer.stdout.pipe(translator.stdin);
    let length = 0;
    let allB = true;
    // Which of the two ends first is a race, so both are printed when both happened.
    const results = [];
    const done = (result) => {
      results.push(result);
      if (results.length === 2) {
        console.log(results.sort().join('; '));
        next();
      }
    };
    translator.stdout.pipe(new Writable({
      write(data, encoding, callback) {
        length += data.length;
        if (data.some((byte) => byte !== 0x62)) allB = false;
        setImmediate(callback);
      },
      final(callback) {
        callback();
        done(`piped ${length} bytes, all b ${allB}`);
      },
    }));
    translator.on('close', (code) => {
      done(`translator close ${code}`);
    });
  },
  (next) => {
    // A child that exits without reading: writing to its stdin fails with EPIPE.
    const child = spawn('sh', ['-c', 'exec 0<&-; sleep 0.2']);
    child.stdin.on('error', (err) => console.log('stdin error', err.code, err.syscall));
    child.stdin.write(Buffer.alloc(1024 * 1024));
    child.on('close', (code) => {
      console.log('closed stdin child', code);
      next();
    });
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
