'use strict';
// node:readline/promises: an Interface whose question() returns a promise, and Readline, which queues cursor
// moves and erasures for a stream and writes them at commit().

const { Interface: BaseInterface } = require('internal/readline/interface');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_USE_AFTER_CLOSE }, AbortError } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateInteger } = require('internal/validators');

class Interface extends BaseInterface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new ERR_USE_AFTER_CLOSE('readline'));
        return;
      }
      let answered = resolve;
      const { signal } = options ?? {};
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(abortError(signal));
          return;
        }
        const onAbort = () => {
          this.cancelQuestion();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        answered = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.ask(query, answered);
    });
  }
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const CSI = '\x1b[';

class Readline {
  #stream;
  #autoCommit;
  #todo = [];

  constructor(stream, options = undefined) {
    if (typeof stream?.write !== 'function') throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(sequence) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(sequence));
    else this.#todo.push(sequence);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#queue(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let sequence = '';
      if (dx < 0) sequence += `${CSI}${-dx}D`;
      else if (dx > 0) sequence += `${CSI}${dx}C`;
      if (dy < 0) sequence += `${CSI}${-dy}A`;
      else if (dy > 0) sequence += `${CSI}${dy}B`;
      this.#queue(sequence);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#queue(dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`);
  }

  clearScreenDown() {
    return this.#queue(`${CSI}0J`);
  }

  commit() {
    return new Promise((resolve) => this.#stream.write(this.#todo.splice(0).join(''), resolve));
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
