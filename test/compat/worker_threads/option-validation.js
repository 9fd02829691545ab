// Worker options as Node checks them: execArgv options a worker cannot take (unknown, process-wide, missing their
// argument) and the same in its env's NODE_OPTIONS, name and
// env types, resourceLimits that are not numbers ignored, the four limits reported; env: null
// inherits; in a worker process.umask() reads the mask but refuses to set it.
const { Worker } = require('node:worker_threads');

const attempts = {
  'unknown option': { execArgv: ['--no-such-option', '--also=1'] },
  'process-wide option': { execArgv: ['--max-old-space-size=64', '--title=x'] },
  'value after -r': { execArgv: ['-r', 'node:fs', '-C', 'x', '--conditions=y', '--no-warnings'] },
  'missing argument': { execArgv: ['--no-warnings', '--redirect-warnings'] },
  'NODE_OPTIONS unknown': { env: { NODE_OPTIONS: '--no-warnings --no-such-option' } },
  'NODE_OPTIONS process-wide': { env: { NODE_OPTIONS: '--title=x' } },
  'execArgv string': { execArgv: '--inspect' },
  'name number': { name: 5 },
  'env number': { env: 5 },
  'resourceLimits number': { resourceLimits: 5 },
  'resourceLimits bad value': { resourceLimits: { stackSizeMb: '8' } },
};
for (const [label, options] of Object.entries(attempts)) {
  try {
    const worker = new Worker('0', { eval: true, ...options });
    console.log(label, 'accepted', Object.keys(worker.resourceLimits));
    worker.terminate();
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

process.env.FROM_PARENT = 'yes';
const worker = new Worker(`
  const { parentPort } = require('node:worker_threads');
  let set;
  try { process.umask(0o077); set = 'changed'; } catch (err) { set = err.code + ': ' + err.message; }
  parentPort.postMessage({ env: process.env.FROM_PARENT, read: typeof process.umask(), set });
`, { eval: true, env: null, resourceLimits: { maxOldGenerationSizeMb: 64, stackSizeMb: 2 } });
console.log('limits', Object.keys(worker.resourceLimits));
worker.on('message', (message) => console.log(message));
worker.on('exit', (code) => console.log('exit', code, worker.resourceLimits));
