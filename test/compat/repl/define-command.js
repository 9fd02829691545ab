// defineCommand details: the commands table, help text in .help (sorted, with custom ones), `this` in an
// action, argument trimming, replacing a built-in command, and displayPrompt after output.
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let text = '';
output.on('data', (d) => { text += d; });
const server = repl.start({ prompt: '# ', input, output, terminal: false });
const seen = [];
server.defineCommand('zeta', {
  help: 'Last in the list',
  action(arg) {
    seen.push(['zeta', JSON.stringify(arg), this === server]);
    this.displayPrompt();
  },
});
server.defineCommand('alpha', function (arg) {
  seen.push(['alpha', JSON.stringify(arg), this === server]);
  this.output.write(`alpha got ${arg || 'nothing'}\n`);
  this.displayPrompt();
});
server.defineCommand('break', {
  help: 'Replaced break',
  action() {
    this.output.write('custom break\n');
    this.clearBufferedCommand();
    this.displayPrompt();
  },
});
const names = Object.keys(server.commands).sort();
console.log(names);
console.log(Object.keys(server.commands.zeta).sort(), typeof server.commands.alpha.help, server.commands.alpha.help);
for (const name of ['exit', 'help', 'save', 'load', 'clear', 'editor']) {
  console.log(name, JSON.stringify(server.commands[name] && server.commands[name].help));
}
server.on('exit', () => setImmediate(() => {
  console.log(text);
  console.log(seen);
}));
input.write(['.help', '.zeta', '.zeta   spaced  args  ', '.alpha', '.alpha x y', 'if (true) {', '.break', '1 + 1', '.exit'].join('\n') + '\n');
