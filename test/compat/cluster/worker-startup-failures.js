// cluster workers that fail as they start: a script that throws (exit 1, its error on the worker's stderr), one that
// calls process.exit(5) at once, and an exec path that does not exist (MODULE_NOT_FOUND, exit 1). Which events the
// primary sees for each; the workers' stderr is captured (silent) and reduced to its first line.
const cluster = require('node:cluster');
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-start-'));
const scripts = {
  throws: "throw new TypeError('broken at start');",
  exits: 'process.exit(5);',
};
for (const [name, body] of Object.entries(scripts)) fs.writeFileSync(path.join(dir, `${name}.js`), body);

function run(name, exec) {
  return new Promise((resolve) => {
    cluster.setupPrimary({ exec, silent: true });
    const worker = cluster.fork();
    const events = [];
    let stderr = '';
    worker.process.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    for (const event of ['online', 'listening', 'disconnect', 'error']) worker.on(event, () => events.push(event));
    worker.on('exit', (code, signal) => {
      const firstError = stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? '';
      console.log(name, 'exit', code, signal, 'events', events.join(',') || '-', 'dead', worker.isDead(),
        'stderr', JSON.stringify(firstError.replace(dir, '<dir>')));
      resolve();
    });
  });
}

(async () => {
  await run('throws', path.join(dir, 'throws.js'));
  await run('exits', path.join(dir, 'exits.js'));
  await run('missing', path.join(dir, 'missing.js'));
  fs.rmSync(dir, { recursive: true });
})();
