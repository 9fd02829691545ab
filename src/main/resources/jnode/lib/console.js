'use strict';
// The global console: a plain object with bound methods (not a Console instance, as in Node),
// writing to process.stdout and process.stderr as they were when it first wrote to each.

const { Console, methodOrder, kIsConsole } = require('internal/console/constructor');

const stdio = require('internal/process/stdio');
const processBinding = internalBinding('process');

// Like Node's global console, each stream is read from process at its first use and kept from then on. Until
// then, text for a file or terminal is written straight to the descriptor, as synchronously as the stream
// would: making the stream loads node:stream and tty or fs, which would double a hello-world's run time.
// (Only this console calls these methods; its write callback is a no-op, so the direct way skips it.)
function stdioProxy(name, fd) {
  let bound;
  const stream = () => (bound ??= process[name]);
  const direct = () => bound === undefined && stdio.consoleMayWriteDirectly(name, fd);
  return {
    write: (chunk, callback) => (direct() ? processBinding.writeString(fd, chunk) : stream().write(chunk, callback)),
    listenerCount: (event) => (direct() ? 0 : stream().listenerCount(event)),
    once: (event, listener) => (direct() ? undefined : stream().once(event, listener)),
    removeListener: (event, listener) => (direct() ? undefined : stream().removeListener(event, listener)),
    get isTTY() {
      return stream().isTTY;
    },
    getColorDepth: () => (typeof stream().getColorDepth === 'function' ? stream().getColorDepth() : 1),
  };
}

function createGlobalConsole() {
  const backing = new Console({ stdout: stdioProxy('stdout', 1), stderr: stdioProxy('stderr', 2) });
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
