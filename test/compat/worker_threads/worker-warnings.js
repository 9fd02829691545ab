// Warnings in a worker are written to the worker's own stderr (worker.stderr when captured), each thread showing
// its first warning's trace hint once; the worker's process 'warning' listeners see them; an unhandled rejection
// ends a worker by default and under --unhandled-rejections=strict (an option a worker's execArgv may take).
const { Worker } = require('node:worker_threads');

const deprecated = 'require("node:util")._extend({}, {}); require("node:util")._extend({}, {});';
const cases = [
  ['deprecation', [], deprecated],
  ['emitWarning', [], `
    process.on('warning', (w) => require('node:worker_threads').parentPort.postMessage(\`saw \${w.name} \${w.code}\`));
    process.emitWarning('custom text', { type: 'CustomWarning', code: 'CUSTOM_1', detail: 'more detail' });
    process.emitWarning('second one');`],
  ['rejection', [], 'Promise.reject(new RangeError("nobody handles this"))'],
  ['rejection, strict', ['--unhandled-rejections=strict'], 'Promise.reject(new RangeError("nobody handles this"))'],
];

function run([label, execArgv, code]) {
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, execArgv, stderr: true });
    const lines = [`${label}:`];
    let err = '';
    worker.stderr.setEncoding('utf8');
    worker.stderr.on('data', (chunk) => { err += chunk; });
    worker.on('message', (m) => lines.push(`  message ${m}`));
    worker.on('error', (e) => lines.push(`  error ${e.name} ${e.message}`));
    worker.on('exit', (exitCode) => {
      lines.push(`  exit ${exitCode}`);
      worker.stderr.on('end', () => {
        for (const line of err.split('\n').filter(Boolean)) lines.push(`  stderr ${line.replace(/^\(node:\d+\)/, '(node:PID)')}`);
        resolve(lines.join('\n'));
      });
    });
  });
}

Promise.all(cases.map(run)).then((reports) => console.log(reports.join('\n')));
