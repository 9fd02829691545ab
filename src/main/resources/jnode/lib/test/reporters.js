'use strict';
// node:test/reporters: the built-in reporters in Node's shapes, for custom reporters that wrap them: tap and dot
// are async generators over the runner's events ({ type, data }), spec is a Transform stream of them.

const { Transform } = require('stream');
const { builtinReporters } = require('internal/test_runner/reporters');
const { unsupportedFunctions } = require('internal/unsupported');

function reporterGenerator(Reporter, name) {
  return {
    async *[name](source) {
      const reporter = new Reporter({ colors: false });
      for await (const { type, data } of source) {
        const text = reporter.event(type, data);
        if (text) yield text;
      }
      const tail = reporter.end();
      if (tail) yield tail;
    },
  }[name];
}

class SpecReporter extends Transform {
  #reporter = new builtinReporters.spec({ colors: false });

  constructor() {
    super({ __proto__: null, writableObjectMode: true });
  }

  _transform({ type, data }, encoding, callback) {
    callback(null, this.#reporter.event(type, data) || undefined);
  }

  _flush(callback) {
    callback(null, this.#reporter.end() || undefined);
  }
}

module.exports = {
  dot: reporterGenerator(builtinReporters.dot, 'dot'),
  tap: reporterGenerator(builtinReporters.tap, 'tap'),
  spec: SpecReporter,
  ...unsupportedFunctions('node:test/reporters', ['junit', 'lcov']),
};
