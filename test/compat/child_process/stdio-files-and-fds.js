// stdio entries that are file descriptors: a file opened by the parent as the child's stdin and as its stdout
// (appending), the parent's own fd 1/2 by number, extra descriptors 3..5 mixing 'ignore', 'pipe' and an open file,
// and child.stdio's shape for each of them.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-fds-'));
const input = path.join(dir, 'in.txt');
const output = path.join(dir, 'out.txt');
fs.writeFileSync(input, 'line from a file\nsecond\n');
fs.writeFileSync(output, 'existing\n');

function done(child) {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve(`${code} ${signal}`)));
}

(async () => {
  const inFd = fs.openSync(input, 'r');
  const outFd = fs.openSync(output, 'a');
  const cat = spawn('tr', ['a-z', 'A-Z'], { stdio: [inFd, outFd, 'inherit'] });
  console.log('file fds', cat.stdin, cat.stdout, cat.stdio.length);
  console.log('tr close', await done(cat));
  fs.closeSync(inFd);
  fs.closeSync(outFd);
  console.log('file now', JSON.stringify(fs.readFileSync(output, 'utf8')));

  // Numbers 1 and 2 are the parent's own stdout and stderr.
  const numbered = spawn('sh', ['-c', 'echo "to the parent stdout via fd 1"'], { stdio: ['ignore', 1, 2] });
  console.log('numbered close', await done(numbered));

  const extraFd = fs.openSync(path.join(dir, 'fd5.txt'), 'w');
  const extra = spawn('sh', ['-c', 'echo four >&4; echo five >&5; echo done'],
    { stdio: ['ignore', 'pipe', 'inherit', 'ignore', 'pipe', extraFd] });
  console.log('extra shape', extra.stdio.map((s) => (s === null ? 'null' : s.constructor.name)).join(','));
  let four = '';
  let out = '';
  extra.stdio[4].on('data', (d) => { four += d; });
  extra.stdout.on('data', (d) => { out += d; });
  console.log('extra close', await done(extra), JSON.stringify(four), JSON.stringify(out));
  fs.closeSync(extraFd);
  console.log('fd 5 file', JSON.stringify(fs.readFileSync(path.join(dir, 'fd5.txt'), 'utf8')));

  const stdinPipe = spawn('wc', ['-l'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let count = '';
  stdinPipe.stdout.on('data', (d) => { count += d; });
  fs.createReadStream(input).pipe(stdinPipe.stdin);
  console.log('piped file into stdin', await done(stdinPipe), count.trim());
  fs.rmSync(dir, { recursive: true });
})();
