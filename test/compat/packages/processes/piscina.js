// piscina: a pool of worker threads running a task module; tasks queue beyond the pool, a thrown error rejects
// its task only, named exports run by name, and destroy() ends the threads so the process can exit.
const path = require('node:path');
const { Piscina } = require('piscina');

const pool = new Piscina({ filename: path.join(__dirname, 'fixtures', 'piscina-task.js'), minThreads: 2, maxThreads: 2 });
(async () => {
  const results = await Promise.all([10, 100, 1000, 5, 7].map((n) => pool.run({ n })));
  console.log('sums', results.map((r) => r.sum), 'on workers', results.every((r) => r.onWorker));
  console.log('threads', pool.threads.length, 'completed', pool.completed);
  await pool.run({ n: 3, fail: true }).catch((err) => console.log('task error', err.name, err.message));
  console.log('named', await pool.run(12, { name: 'square' }));
  const controller = new AbortController();
  const aborted = pool.run({ n: 1 }, { signal: controller.signal });
  controller.abort();
  await aborted.catch((err) => console.log('aborted', err.name));
  await pool.destroy();
  console.log('destroyed', pool.threads.length);
})();
