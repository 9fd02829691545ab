// An ES module worker with top-level await: messages from the parent reach its listener while it awaits, its
// 'exit' waits for the await to settle; a rejected await is its 'error' and exit code 1; an await that never
// settles ends it with the exit code it set (no warning then), and process.exit() while awaiting with that code.
const path = require('node:path');
const { Worker } = require('node:worker_threads');

const file = path.join(__dirname, 'fixtures', 'top-level-await.mjs');
(async () => {
  for (const mode of ['settles', 'rejects', 'never with exitCode', 'exit while awaiting']) {
    await new Promise((resolve) => {
      const worker = new Worker(file, { workerData: { mode } });
      worker.on('message', (m) => {
        console.log(m);
        if (m === 'start settles') worker.postMessage('ping');
      });
      worker.on('error', (e) => console.log(mode, 'error', e.name, e.message));
      worker.on('exit', (code) => {
        console.log(mode, 'exit', code);
        resolve();
      });
    });
  }
})();
