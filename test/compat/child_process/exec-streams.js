// exec/execFile children have stdio streams: stdin stays open for the caller, stdout/stderr carry the encoding
// and feed the callback; maxBuffer counts bytes of decoded chunks.
const { exec, execFile } = require('child_process');

const steps = [
  (next) => {
    const child = exec('cat', (err, stdout, stderr) => {
      console.log('cat via exec', err, JSON.stringify(stdout), JSON.stringify(stderr));
      next();
    });
    console.log('encoding', child.stdout.readableEncoding, child.stderr.readableEncoding);
    child.stdout.once('data', (chunk) => console.log('chunk type', typeof chunk));
    child.stdin.end('from the parent\n');
  },
  (next) => {
    const child = execFile('cat', { encoding: 'buffer' }, (err, stdout) => {
      console.log('buffer encoding', err, Buffer.isBuffer(stdout), stdout.toString('hex'));
      next();
    });
    console.log('encoding', child.stdout.readableEncoding);
    child.stdin.end(Buffer.from([0, 1, 2, 255]));
  },
  (next) => {
    // 'é' is two bytes: the limit of 5 bytes is reached within the third character.
    execFile('printf', ['%s', 'éééééé'], { maxBuffer: 5 }, (err, stdout) => {
      console.log('maxBuffer', err.code, err.message, JSON.stringify(stdout));
      next();
    });
  },
  (next) => {
    const child = exec('echo $0; echo oops >&2', (err, stdout, stderr) => {
      console.log('exec streams', err, JSON.stringify(stdout), JSON.stringify(stderr));
      next();
    });
    child.stderr.on('data', (chunk) => console.log('stderr listener too', JSON.stringify(chunk)));
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
