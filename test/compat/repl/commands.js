// Dot commands: .help, .break, .clear in a context of its own, custom commands, .save and .load.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const server = repl.start({ prompt: '> ', input, output, terminal: false, useGlobal: false });
server.defineCommand('hello', {
  help: 'Say hello',
  action(name) {
    this.clearBufferedCommand();
    this.output.write(`Hello, ${name}!\n`);
    this.displayPrompt();
  },
});
server.defineCommand('twice', (text) => server.output.write(`${text}${text}\n`));
server.on('reset', () => written += '[reset event]\n');
const file = path.join(os.tmpdir(), `jnode-repl-${process.pid}.js`);
fs.writeFileSync(file, 'var loaded = 21;\nloaded * 2\n');
server.on('exit', () => {
  console.log(written);
  fs.unlinkSync(file);
});
input.write([
  '.help', 'var local = 1', 'typeof require + typeof process', 'if (true) {', '.break', 'local', '.clear',
  'typeof local', '.hello world', '.twice ab', '.nosuch', `.load ${file}`, 'loaded', '.exit',
].join('\n') + '\n');
