'use strict';
// node:readline: the callback Interface (its question takes a callback), the cursor helpers and keypress events.
// The machinery is internal/readline/interface; readline/promises has the same Interface with promises.

const { Interface: BaseInterface } = require('internal/readline/interface');
const { emitKeypressEvents } = require('internal/readline/keys');
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/tty/cursor');

// Callable without `new`, as Node's readline.Interface is.
function Interface(input, output, completer, terminal) {
  if (!new.target) return new Interface(input, output, completer, terminal);
  return Reflect.construct(BaseInterface, [input, output, completer, terminal], new.target);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// util.promisify(rl.question) resolves with the answer (the callback has no error argument).
Object.defineProperty(Interface.prototype.question, require('util').promisify.custom, {
  __proto__: null,
  value: function question(query, options = {}) {
    return new Promise((resolve) => this.question(query, options, resolve));
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

let promises;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: () => (promises ??= require('readline/promises')),
});
