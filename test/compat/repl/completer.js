// REPL tab completion through server.completer(line, callback): properties of built-ins and of the REPL's own
// variables (own and inherited, grouped as Node returns them), dot commands, require() of builtin modules,
// and lines with nothing to complete.
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
const server = repl.start({ input, output, prompt: '> ', terminal: false });
output.resume();

function complete(line) {
  return new Promise((resolve) => {
    server.completer(line, (err, result) => {
      if (err) {
        console.log(JSON.stringify(line), 'error', err.message);
      } else {
        const [completions, sub] = result;
        console.log(JSON.stringify(line), '->', JSON.stringify(completions.filter(Boolean)), JSON.stringify(sub));
      }
      resolve();
    });
  });
}

(async () => {
  server.context.box = { alpha: 1, alpine: 2, beta: 3 };
  server.context.Shape = class Shape { area() {} perimeter() {} };
  server.context.square = new server.context.Shape();
  for (const line of ['Math.m', 'JSON.str', 'box.al', 'box.b', 'square.ar', 'square.per', '.he', '.ex',
    "require('node:ut", "require('fs/pro", 'box.zzz', 'Number.isS', 'String.fromC']) {
    await complete(line);
  }
  server.close();
})();
