// Each worker is a separate JavaScript realm: globals, built-in prototypes changed by the main thread, the module
// cache and module state (this file, required in both, runs its top level once per thread), and timers are its own;
// objects that cross (workerData) arrive with the worker's own prototypes.
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

globalThis.runs = (globalThis.runs || 0) + 1;
module.exports = { loadedAt: isMainThread ? 'main' : 'worker' };

if (isMainThread && require.main === module) {
  globalThis.fromMain = 'main global';
  Object.prototype.polluted = 'from main';
  Array.prototype.extra = function extra() { return 'main extra'; };
  const again = require('./worker-isolation.js');
  console.log('main: required itself, same module object', again === module.exports, 'runs', globalThis.runs);
  const worker = new Worker(__filename, { workerData: { list: [1, 2], date: new Date(0) } });
  worker.on('message', (report) => {
    for (const [key, value] of Object.entries(report)) console.log(`worker: ${key}:`, value);
  });
  worker.on('exit', (code) => {
    console.log('main: after worker, still polluted', ({}).polluted, 'runs', globalThis.runs, 'exit', code);
    delete Object.prototype.polluted;
    delete Array.prototype.extra;
  });
} else if (!isMainThread && require.main === module) {
  const firstRuns = globalThis.runs;
  const again = require(__filename);
  const report = {
    runs: [firstRuns, globalThis.runs, again === module.exports],
    fromMain: typeof globalThis.fromMain,
    polluted: ({}).polluted,
    arrayExtra: typeof [].extra,
    cacheKeys: Object.keys(require.cache).filter((k) => k.endsWith('worker-isolation.js')).length,
    workerDataPrototypes: [Object.getPrototypeOf(workerData.list) === Array.prototype,
      workerData.date instanceof Date, typeof workerData.list.extra],
    loadedAt: module.exports.loadedAt,
  };
  setTimeout(() => {
    report.timer = 'ran in the worker';
    parentPort.postMessage(report);
  }, 1);
}
