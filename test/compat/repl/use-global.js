// useGlobal: with it the REPL's declarations land on the real global object; without it the REPL has
// a context of its own, with require/module and the main globals, that .clear replaces ('reset' event).
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

globalThis.globalMarker = 'seen from the REPL';

function session(options, lines, setup, done) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const server = repl.start({ prompt: '> ', input, output, terminal: false, ...options });
  setup(server);
  server.on('exit', () => setImmediate(() => done(server, written)));
  input.write(lines.join('\n') + '\n.exit\n');
}

session({ useGlobal: true }, ['var fromRepl = 1', 'globalMarker', 'this === globalThis', 'let lexical = 1', '.clear', 'fromRepl'],
  (server) => {
    console.log('useGlobal:', server.useGlobal, server.context === globalThis);
    server.on('reset', () => console.log('reset with useGlobal'));
  },
  (server, written) => {
    console.log(written);
    console.log('after:', globalThis.fromRepl, 'lexical' in globalThis);
    next();
  });

function next() {
  let resets = 0;
  session({ useGlobal: false }, [
    'var own = 2', 'typeof globalMarker', 'globalMarker = "changed in the REPL"', 'typeof require', 'typeof module',
    'require("node:path").sep', 'module.id', '.clear', 'typeof own', 'fromReset',
  ], (server) => {
    console.log('useGlobal false:', server.useGlobal, server.context === globalThis);
    server.on('reset', (context) => {
      resets++;
      console.log('reset gives the new context:', context === server.context, 'has own:', 'own' in context);
      context.fromReset = 'added by the reset handler';
    });
  }, (server, written) => {
    console.log(written);
    console.log('own context:', 'own' in globalThis, 'resets', resets, globalThis.globalMarker);
  });
}
