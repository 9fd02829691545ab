// v8.promiseHooks: the order of init/settled/before/after events for then-chains, async functions, rejections
// and combinators (promises numbered in order of appearance), argument checks, and stopping.
'use strict';
const { promiseHooks } = require('v8');

for (const [name, call] of [
  ['async init', () => promiseHooks.onInit(async () => {})],
  ['async generator settled', () => promiseHooks.onSettled(async function* () {})],
  ['number before', () => promiseHooks.onBefore(1)],
  ['createHook after', () => promiseHooks.createHook({ after: 'x' })],
]) {
  try {
    call();
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}
console.log(typeof promiseHooks.createHook({}), promiseHooks.onAfter(() => {}).name, typeof promiseHooks.createHook());

const scenarios = [
  ['resolve then', () => Promise.resolve(1).then((v) => v + 1)],
  ['reject catch', () => Promise.reject(new Error('x')).catch(() => 'caught')],
  ['async await', async () => {
    await null;
    return 1;
  }],
  ['async await promise', async () => {
    const value = await Promise.resolve(2);
    return value;
  }],
  // (Not resolving a promise with another: GraalJS reports it settled then too, V8 only once it settles.)
  ['new Promise', () => new Promise((resolve) => resolve(3)).then((v) => v * 2)],
  ['Promise.all', () => Promise.all([1, Promise.resolve(2)])],
];

async function run() {
  for (const [name, scenario] of scenarios) {
    const events = [];
    const ids = new Map();
    const id = (promise) => {
      if (!ids.has(promise)) ids.set(promise, ids.size);
      return ids.get(promise);
    };
    const stop = promiseHooks.createHook({
      init: (promise, parent) => events.push(`init ${id(promise)}${parent === undefined ? '' : ` from ${id(parent)}`}`),
      settled: (promise) => events.push(`settled ${id(promise)}`),
      before: (promise) => events.push(`before ${id(promise)}`),
      after: (promise) => events.push(`after ${id(promise)}`),
    });
    const result = scenario();
    await new Promise((resolve) => setTimeout(resolve, 1));
    stop();
    console.log(name, await result, '\n  ' + events.join(', '));
  }
  let calls = 0;
  const stopInit = promiseHooks.onInit(() => calls++);
  Promise.resolve();
  stopInit();
  stopInit();
  Promise.resolve();
  console.log('after stop', calls);
}
run();
