'use strict';
// The global console: a plain object with bound methods (not a Console instance, as in Node),
// writing to whatever process.stdout and process.stderr are at the time of the call.

const { Console, methodOrder } = require('internal/console/constructor');

function stdioProxy(name) {
  return {
    write: (chunk) => process[name].write(chunk),
    get isTTY() {
      return process[name].isTTY;
    },
    getColorDepth: () => (typeof process[name].getColorDepth === 'function' ? process[name].getColorDepth() : 1),
  };
}

function createGlobalConsole() {
  const backing = new Console({ stdout: stdioProxy('stdout'), stderr: stdioProxy('stderr') });
  const console = {};
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
