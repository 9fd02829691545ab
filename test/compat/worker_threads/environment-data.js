// setEnvironmentData/getEnvironmentData: values are cloned into each new worker at its start (later changes are not
// seen by a running worker), undefined deletes a key, any cloneable key works, a worker's own changes stay its own
// and pass to the workers it starts; thread ids count up across nested workers.
const { Worker, setEnvironmentData, getEnvironmentData, threadId } = require('node:worker_threads');

const objectKey = 'obj';
setEnvironmentData('config', { level: 1, tags: new Set(['a']) });
setEnvironmentData(42, 'numeric key');
setEnvironmentData('gone', 'soon');
setEnvironmentData('gone', undefined);
console.log('main', threadId, getEnvironmentData('config'), getEnvironmentData(42), getEnvironmentData('gone'),
  getEnvironmentData('never'));
const stored = { mutable: 1 };
setEnvironmentData(objectKey, stored);
stored.mutable = 2;
console.log('main keeps the object it stored', getEnvironmentData(objectKey) === stored, getEnvironmentData(objectKey));

const outer = new Worker(`
  const { Worker, getEnvironmentData, setEnvironmentData, threadId, parentPort } = require('node:worker_threads');
  const report = (where) => [where, threadId, getEnvironmentData('config'), getEnvironmentData(42),
    getEnvironmentData('obj'), getEnvironmentData('later')];
  parentPort.postMessage(report('outer at start'));
  setEnvironmentData('fromOuter', 'set by the outer worker');
  parentPort.once('message', () => {
    parentPort.postMessage(report('outer after the main thread changed data'));
    const inner = new Worker(\`
      const { getEnvironmentData, threadId, parentPort } = require('node:worker_threads');
      parentPort.postMessage(['inner', threadId, getEnvironmentData('fromOuter'), getEnvironmentData('config')]);
    \`, { eval: true });
    inner.on('message', (m) => parentPort.postMessage(m));
    inner.on('exit', (code) => parentPort.postMessage(['inner exit', code, inner.threadId]));
  });
`, { eval: true });
console.log('outer threadId', outer.threadId);
outer.on('message', (m) => {
  console.log(...m);
  if (m[0] === 'outer at start') {
    setEnvironmentData('later', 'added after start');
    setEnvironmentData('config', 'replaced');
    outer.postMessage('go');
  }
});
outer.on('exit', (code) => {
  console.log('outer exit', code, 'main does not see', getEnvironmentData('fromOuter'));
  const next = new Worker('require("node:worker_threads").parentPort.postMessage([require("node:worker_threads").threadId, require("node:worker_threads").getEnvironmentData("later")])', { eval: true });
  next.on('message', (m) => console.log('next worker', m));
});
