'use strict';
// The global console: a plain object with bound methods (not a Console instance, as in Node),
// writing to process.stdout and process.stderr as they were when it first wrote to each.

const { Console, methodOrder, kIsConsole } = require('internal/console/constructor');

// Like Node's global console, each stream is read from process at its first use and kept from then on.
function stdioProxy(name) {
  let bound;
  const stream = () => (bound ??= process[name]);
  return {
    write: (chunk, callback) => stream().write(chunk, callback),
    listenerCount: (event) => stream().listenerCount(event),
    once: (event, listener) => stream().once(event, listener),
    removeListener: (event, listener) => stream().removeListener(event, listener),
    get isTTY() {
      return stream().isTTY;
    },
    getColorDepth: () => (typeof stream().getColorDepth === 'function' ? stream().getColorDepth() : 1),
  };
}

function createGlobalConsole() {
  const backing = new Console({ stdout: stdioProxy('stdout'), stderr: stdioProxy('stderr') });
  const console = {};
  Object.defineProperty(console, kIsConsole, { value: true });
  for (const name of methodOrder) console[name] = backing[name];
  console.Console = Console;
  console.profile = function profile() {};
  console.profileEnd = function profileEnd() {};
  console.timeStamp = function timeStamp() {};
  console.context = function context() {
    return createGlobalConsole();
  };
  console.createTask = function createTask() {
    return { run: (fn) => fn() };
  };
  Object.defineProperty(console, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true,
  });
  return console;
}

module.exports = createGlobalConsole();
