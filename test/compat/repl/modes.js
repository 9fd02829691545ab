// replMode REPL_MODE_STRICT runs every line as strict code, the sloppy default does not; ignoreUndefined
// hides undefined results only; a prompt set later with setPrompt is used for the following lines.
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

function session(options, lines, done) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => { text += d; });
  const server = repl.start({ prompt: '> ', input, output, terminal: false, ...options });
  server.on('exit', () => setImmediate(() => done(text, server)));
  input.write(lines.join('\n') + '\n.exit\n');
  return server;
}

const lines = [
  'undeclared = 1',
  '(function () { return this === undefined })()',
  'const frozen = Object.freeze({ x: 1 })',
  'try { frozen.x = 2; "assigned silently" } catch (e) { e.name }',
  'try { delete Object.prototype } catch (e) { e.name }',
  'function f() { return typeof this } f()',
  'typeof undeclared',
];
session({ replMode: repl.REPL_MODE_STRICT }, lines, (strictText) => {
  console.log('--- strict');
  console.log(strictText);
  session({ replMode: repl.REPL_MODE_SLOPPY }, lines, (sloppyText) => {
    console.log('--- sloppy');
    console.log(sloppyText);
    const server = session({ ignoreUndefined: true }, ['undefined', 'void 0', 'null', '0', '""', 'let q', 'q'], (text) => {
      console.log('--- ignoreUndefined');
      console.log(text);
    });
    server.setPrompt('>> ');
    console.log(server.getPrompt(), server.ignoreUndefined, typeof server.replMode);
  });
});
