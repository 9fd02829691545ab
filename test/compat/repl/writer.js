// How a REPL shows results: the default writer and its options, objects with a custom inspect, getters,
// long arrays, useColors on a non-terminal stream, and a writer that returns non-strings.
const repl = require('node:repl');
const util = require('node:util');
const { PassThrough } = require('node:stream');

console.log(typeof repl.writer, JSON.stringify(repl.writer.options));
console.log(repl.writer({ a: [1, { b: { c: { d: 1 } } }] }));

function session(options, lines, done) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => { text += d; });
  const server = repl.start({ prompt: '> ', input, output, terminal: false, ...options });
  server.on('exit', () => setImmediate(() => done(text, server)));
  input.write(lines.join('\n') + '\n.exit\n');
}

session({}, [
  '({ [Symbol.for("nodejs.util.inspect.custom")]() { return "custom view" } })',
  '({ get computed() { return 1 }, set both(v) {} })',
  'Array.from({ length: 120 }, (_, i) => i)',
  '"x".repeat(3)',
  '({ deep: { er: { than: { two: {} } } } })',
  'new Error("shown as a stack").message',
  'Symbol("s")',
  '123n',
  '[undefined, null, -0, NaN]',
  'function namedFn() {}',
  'class Klass {}',
  '(function* gen() {})()',
  'new Proxy({}, {})',
], (text, server) => {
  console.log(text);
  session({ useColors: true }, ['1', '"str"', 'null', '({ a: true })'], (colored, server) => {
    console.log(JSON.stringify(colored), server.useColors);
    session({ writer: (value) => (typeof value === 'number' ? value * 100 : util.inspect(value).toUpperCase()) },
      ['1 + 1', '"abc"', '[1]'], (custom) => console.log(custom));
  });
});
