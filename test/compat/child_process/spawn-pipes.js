// spawn with the default stdio 'pipe': child.stdin/stdout/stderr/stdio, echo through a child, 'end' and
// 'close' of the streams before the child's 'close', stderr, extra pipes.
const { spawn } = require('child_process');
const { Readable, Writable } = require('stream');

function collect(stream) {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString();
}

const steps = [
  (next) => {
    // The child is this runtime: it copies its stdin to its stdout.
    const child = spawn(process.execPath, ['-e', 'process.stdout.write(require("fs").readFileSync(0))']);
    console.log('stdin Writable', child.stdin instanceof Writable, 'stdout Readable', child.stdout instanceof Readable,
      'stderr Readable', child.stderr instanceof Readable);
    console.log('stdio', child.stdio.length, child.stdio[0] === child.stdin, child.stdio[1] === child.stdout,
      child.stdio[2] === child.stderr);
    const stdout = collect(child.stdout);
    const events = [];
    child.stdout.on('end', () => events.push('stdout end'));
    child.stdout.on('close', () => events.push('stdout close'));
    child.stdin.on('finish', () => events.push('stdin finish'));
    child.stdin.on('close', () => events.push('stdin close'));
    child.on('close', (code, signal) => {
      console.log('echo', JSON.stringify(stdout()), code, signal);
      // The child closes after 'exit' and after every output stream closed (listeners added later than the
      // child's own may run after its 'close', so the state is what is checked).
      console.log('at close: exitCode', child.exitCode, 'stdout ended', child.stdout.readableEnded, 'closed',
        child.stdout.closed, 'stderr closed', child.stderr.closed, 'stdin closed', child.stdin.closed);
      console.log('stdout events', events.filter((e) => e.startsWith('stdout')).join(', '));
      console.log('stdin events', events.filter((e) => e.startsWith('stdin')).join(', '));
      next();
    });
    console.log('write returns', child.stdin.write('hello '));
    child.stdin.end(Buffer.from('world\n'));
  },
  (next) => {
    const child = spawn('cat');
    child.stdout.setEncoding('utf8');
    let text = '';
    child.stdout.on('data', (chunk) => { text += chunk; });
    child.on('close', (code) => {
      console.log('cat', JSON.stringify(text), code);
      next();
    });
    child.stdin.write('line 1\n');
    child.stdin.write('line 2\n', () => console.log('write callback'));
    child.stdin.end();
  },
  (next) => {
    const child = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    child.on('close', (code) => {
      console.log('stdout', JSON.stringify(stdout()), 'stderr', JSON.stringify(stderr()), 'code', code);
      next();
    });
  },
  (next) => {
    const child = spawn('sh', ['-c', 'echo three >&3; echo one'], { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
    console.log('stdin', child.stdin, 'stderr', child.stderr, 'stdio[3] Readable', child.stdio[3] instanceof Readable);
    const fd3 = collect(child.stdio[3]);
    const stdout = collect(child.stdout);
    child.on('close', () => {
      console.log('fd 3', JSON.stringify(fd3()), 'stdout', JSON.stringify(stdout()));
      next();
    });
  },
  (next) => {
    // Nobody reads stdout: it is drained after 'exit', so 'close' still comes.
    const child = spawn('sh', ['-c', 'echo unread']);
    child.on('close', (code) => {
      console.log('unread output, close', code, 'stdout ended', child.stdout.readableEnded);
      next();
    });
  },
  (next) => {
    // A child that ended: its stdin is destroyed.
    const child = spawn('true');
    child.on('exit', () => console.log('stdin destroyed at exit', child.stdin.destroyed));
    child.on('close', next);
  },
  (next) => {
    const child = spawn('no-such-command-jnode');
    console.log('failed spawn has streams', child.stdin !== null, child.stdout !== null, child.stdio.length);
    child.on('error', (err) => console.log('error', err.code));
    child.on('close', () => {
      console.log('close after a failed spawn');
      next();
    });
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
