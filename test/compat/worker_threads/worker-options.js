// Worker options seen from inside: env (a private copy of the parent's by default, or an object), argv and
// execArgv, workerData cloned rather than shared, name, and the validation of these options.
const wt = require('node:worker_threads');
const { Worker } = wt;

const probe = `
  const wt = require('node:worker_threads');
  process.env.SET_IN_WORKER = 'yes';
  wt.workerData.list.push('pushed in worker');
  wt.parentPort.postMessage({
    env: [process.env.FROM_PARENT, process.env.ONLY_OBJ],
    argv: process.argv.slice(2),
    execArgv: process.execArgv,
    workerData: wt.workerData,
    name: wt.threadName,
  });
`;
process.env.FROM_PARENT = 'parent value';
const data = { list: ['original'] };
const runs = [
  ['default', { workerData: data }],
  ['env object', { env: { ONLY_OBJ: 'obj', FROM_PARENT: 'overridden' }, workerData: data, argv: ['a', 1, true],
    execArgv: ['--no-warnings'], name: 'named' }],
  ['env undefined', { env: undefined, workerData: data, argv: [] }],
];
(function next(i) {
  if (i === runs.length) return finish();
  const [label, options] = runs[i];
  const w = new Worker(probe, { eval: true, ...options });
  w.on('message', (m) => {
    console.log(label, JSON.stringify(m.env), JSON.stringify(m.argv), JSON.stringify(m.execArgv),
      JSON.stringify(m.workerData), m.name);
  });
  w.on('exit', (code) => {
    console.log(label, 'exit', code, 'parent sees SET_IN_WORKER =', process.env.SET_IN_WORKER);
    next(i + 1);
  });
}(0));

function finish() {
  console.log('parent workerData untouched', data.list);
  for (const bad of [{ argv: 'x' }, { execArgv: 'x' }, { argv: {} }]) {
    try {
      new Worker('', { eval: true, ...bad });
      console.log('accepted', Object.keys(bad)[0]);
    } catch (e) {
      console.log(Object.keys(bad)[0], e.code, e.message);
    }
  }
}
