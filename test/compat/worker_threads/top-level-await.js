// An ES module worker with top-level await: messages from the parent reach its listener while it awaits, its
// 'exit' waits for the await to settle; a rejected await is its 'error' and exit code 1; an await that never
// settles ends it with the exit code it set (no warning then), and process.exit() while awaiting with that code.
const path = require('node:path');
const { Worker } = require('node:worker_threads');

const file = path.join(__dirname, 'fixtures', 'top-level-await.mjs');
// The workers run at once; each one's lines are printed together, in the order of the modes.
function run(mode) {
  return new Promise((resolve) => {
    const lines = [];
    const worker = new Worker(file, { workerData: { mode } });
    worker.on('message', (m) => {
      lines.push(m);
      if (m === 'start settles') worker.postMessage('ping');
    });
    worker.on('error', (e) => lines.push(`${mode} error ${e.name} ${e.message}`));
    worker.on('exit', (code) => {
      lines.push(`${mode} exit ${code}`);
      resolve(lines.join('\n'));
    });
  });
}
Promise.all(['settles', 'rejects', 'never with exitCode', 'exit while awaiting'].map(run))
  .then((reports) => console.log(reports.join('\n')));
