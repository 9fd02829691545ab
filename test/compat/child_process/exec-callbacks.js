// exec and execFile: buffered output, Node's errors, encodings, timeout, maxBuffer, util.promisify.
const { exec, execFile } = require('child_process');
const util = require('util');

const steps = [
  (next) => exec('echo out; echo err >&2', (err, stdout, stderr) => {
    console.log('exec', err, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => exec('echo fail >&2; exit 3', (err, stdout, stderr) => {
    console.log('exec exit 3', err.message, err.code, err.killed, err.signal, err.cmd, JSON.stringify(stderr));
    next();
  }),
  (next) => execFile('echo', ['a', 'b'], { encoding: 'buffer' }, (err, stdout) => {
    console.log('execFile buffer', err, stdout);
    next();
  }),
  (next) => execFile('printf', ['6869'], { encoding: 'hex' }, (err, stdout) => {
    console.log('execFile hex', stdout);
    next();
  }),
  (next) => execFile('no-such-command-jnode', ['q'], (err, stdout, stderr) => {
    console.log('execFile missing', err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs, err.cmd,
      JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => exec('sleep 10', { timeout: 50 }, (err) => {
    console.log('exec timeout', err.message, err.killed, err.signal, err.code);
    next();
  }),
  (next) => exec('yes', { maxBuffer: 10 }, (err, stdout) => {
    console.log('exec maxBuffer', err.name, err.code, err.message, JSON.stringify(stdout));
    next();
  }),
  (next) => exec('echo 1>&2 errs; yes >&2', { maxBuffer: 6 }, (err, stdout, stderr) => {
    console.log('exec maxBuffer stderr', err.message, JSON.stringify(stderr));
    next();
  }),
  (next) => exec('pwd', { cwd: '/' }, (err, stdout) => {
    console.log('exec cwd', stdout);
    next();
  }),
  (next) => exec('echo $X', { env: { X: 'from-env' } }, (err, stdout) => {
    console.log('exec env', stdout);
    next();
  }),
  async (next) => {
    console.log('promisify', await util.promisify(exec)('echo promised'));
    try {
      await util.promisify(execFile)('sh', ['-c', 'echo o; echo e >&2; exit 1']);
    } catch (e) {
      console.log('promisify rejects', e.message, e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
    }
    const p = util.promisify(exec)('true');
    console.log('promise.child', p.child.constructor.name);
    await p;
    next();
  },
  (next) => {
    const child = exec('echo x', () => next());
    console.log('returns ChildProcess', child.constructor.name, typeof child.kill);
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
}(0));
