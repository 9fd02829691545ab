'use strict';
// JSON.parse with V8's SyntaxError messages: GraalJS parses, and only text it refuses is read again by
// engine/V8JsonMessages (`describe`) for V8's words. Loaded as an internal source, so the wrapper's frame, its
// toString and its name are a builtin's, as JSON.parse's are.

(function installJsonParse(describe) {
  const parse = JSON.parse;
  const { SyntaxError } = globalThis;
  const wrapper = {
    parse(text, reviver) {
      const source = `${text}`;
      try {
        return parse(source, reviver);
      } catch (err) {
        if (err instanceof SyntaxError) {
          const message = describe(source);
          if (message !== null) err.message = message; // null: the reviver threw
        }
        throw err;
      }
    },
  }.parse;
  Object.defineProperty(JSON, 'parse', { __proto__: null, value: wrapper, writable: true, enumerable: false, configurable: true });
})
