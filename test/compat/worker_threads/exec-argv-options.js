// A worker's execArgv options apply inside it, on top of its parent's: export conditions (--conditions,
// --no-addons) and --no-deprecation; without execArgv the worker keeps its parent's options.
const { Worker } = require('node:worker_threads');

const code = `
  const { parentPort } = require('node:worker_threads');
  process.on('warning', (w) => parentPort.postMessage('warning ' + w.name));
  new Buffer(1);
  parentPort.postMessage(require('cond-pick') + ' ' + JSON.stringify(process.execArgv));
`;

async function run(execArgv) {
  const worker = new Worker(code, { eval: true, execArgv });
  worker.on('message', (m) => console.log(JSON.stringify(execArgv) ?? 'inherited', m));
  await new Promise((resolve) => worker.on('exit', resolve));
}

(async () => {
  console.log('main', require('cond-pick'));
  for (const execArgv of [undefined, [], ['--no-addons'], ['-C', 'dev'], ['--no-deprecation', '--no-addons']]) {
    await run(execArgv);
  }
})();
