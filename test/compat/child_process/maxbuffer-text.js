// maxBuffer counts what a child wrote: exec and execFile stop the child (SIGTERM) once a stream passes it and
// report ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output so far (cut at the limit, in bytes or characters as
// the encoding says); spawnSync and execFileSync report ENOBUFS (whether the child was still running to be killed
// is a race, so its status is not shown).
const { exec, execFile, spawnSync, execFileSync } = require('node:child_process');

const script = 'printf "héllo wörld, ünïcode %.0s" 1 2 3 4 5 6 7 8';
const report = (label) => (err, stdout, stderr) => {
  const out = Buffer.isBuffer(stdout) ? `<Buffer ${stdout.length}>` : JSON.stringify(stdout);
  console.log(label, err?.code, err?.killed, err?.signal, err?.message, out, JSON.stringify(String(stderr)));
};
const steps = [
  (next) => exec(script, { maxBuffer: 10 }, (...args) => { report('exec utf8 10')(...args); next(); }),
  (next) => exec(script, { maxBuffer: 10, encoding: 'buffer' }, (...args) => { report('exec buffer 10')(...args); next(); }),
  (next) => execFile('sh', ['-c', script], { maxBuffer: 1000 }, (...args) => { report('execFile 1000')(...args); next(); }),
  (next) => execFile('sh', ['-c', `${script} >&2`], { maxBuffer: 12 }, (...args) => { report('execFile stderr 12')(...args); next(); }),
  (next) => {
    const r = spawnSync('sh', ['-c', script], { maxBuffer: 10, encoding: 'utf8' });
    console.log('spawnSync 10', r.error?.code, r.error?.syscall, JSON.stringify(r.stdout));
    try {
      execFileSync('sh', ['-c', script], { maxBuffer: 10, encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      console.log('execFileSync 10', err.code, JSON.stringify(err.stdout));
    }
    next();
  },
];
(function run() {
  const step = steps.shift();
  if (step) step(run);
}());
