// process.stdout as a pipe: write() returns false past the high-water mark, 'drain' follows, every byte
// arrives in order; a reader that goes away gives EPIPE on the writer.
const { spawn } = require('child_process');

function big() {
  const writer = `
    const total = 4 * 1024 * 1024; let written = 0, falses = 0, drains = 0;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    function go() {
      while (written < total) {
        written += chunk.length;
        if (!process.stdout.write(chunk)) { falses++; process.stdout.once('drain', () => { drains++; go(); }); return; }
      }
      process.stdout.end?.();
      process.stderr.write('writer saw false ' + (falses > 0) + ' drains ' + (drains === falses) + '\\n');
    }
    go();`;
  const child = spawn(process.execPath, ['-e', writer], { stdio: ['ignore', 'pipe', 'inherit'] });
  let bytes = 0;
  let paused = 0;
  child.stdout.on('data', (d) => {
    bytes += d.length;
    // A slow reader: pause now and then so that the pipe fills.
    if (paused++ < 5) {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 30);
    }
  });
  child.on('close', (code) => {
    console.log('reader got', bytes, 'bytes, exit', code);
    epipe();
  });
}

function epipe() {
  const writer = `
    process.stdout.on('error', (e) => { process.stderr.write('writer error ' + e.code + ' ' + e.syscall + '\\n'); process.exit(3); });
    const chunk = Buffer.alloc(16 * 1024, 'b');
    (function more() { process.stdout.write(chunk); setImmediate(more); })();`;
  const child = spawn(process.execPath, ['-e', writer], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.once('data', () => child.stdout.destroy());
  child.on('close', (code, signal) => console.log('epipe writer exit', code, signal));
}

big();
