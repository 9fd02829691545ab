// Ways a worker fails and what the parent sees ('online', then 'error' and 'exit' with code 1): a syntax error in
// eval code, a missing file, a throw inside a message handler, and an ES module worker from a fixture (one that
// works, one that throws at its top level).
const { Worker } = require('node:worker_threads');
const path = require('node:path');

const fixture = path.join(__dirname, 'fixtures', 'esm-thrower.mjs');
const steps = [
  ['syntax error', () => new Worker('let let = 1;', { eval: true })],
  ['missing file', () => new Worker(path.join(__dirname, 'fixtures', 'no-such-file.js'))],
  ['handler throws', () => {
    const w = new Worker('require("node:worker_threads").parentPort.on("message", (m) => { throw new Error("bad message " + m); });', { eval: true });
    w.postMessage('x');
    return w;
  }],
  ['esm ok', () => new Worker(fixture, { workerData: { fail: false } })],
  ['esm throws', () => new Worker(fixture, { workerData: { fail: true } })],
];
(function run(i) {
  if (i === steps.length) return;
  const [label, start] = steps[i];
  const w = start();
  const seen = [];
  w.on('online', () => seen.push('online'));
  w.on('message', (m) => seen.push(`message ${JSON.stringify(m)}`));
  w.on('error', (e) => {
    const where = e.stack.includes('esm-thrower.mjs') ? ' (stack names the module)' : '';
    seen.push(`error ${e.constructor.name} ${e.code ?? ''} ${e.message.split('\n')[0].replace(__dirname, '<dir>')}${where}`);
  });
  w.on('exit', (code) => {
    console.log(label.padEnd(20), [...seen, `exit ${code}`].join(' | '));
    run(i + 1);
  });
}(0));
