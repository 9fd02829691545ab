// The line-editing state of an interface that is not a terminal: `cursor` is undefined (only terminals have one)
// and `line` stays empty while a partial line waits, getCursorPos() counts the prompt; prompt() writes the prompt
// each time (prompt(true) too) with no escape sequences, setPrompt('') writes nothing, and an aborted question
// writes a line break and resets the cursor to 0.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let text = '';
output.on('data', (d) => { text += d; });
const rl = readline.createInterface({ input, output, prompt: '$ ' });
console.log('start', JSON.stringify(rl.getPrompt()), rl.terminal, JSON.stringify(rl.line), rl.cursor,
  Object.hasOwn(rl, 'cursor'));
rl.prompt();
rl.prompt(true);
rl.setPrompt('>> ');
rl.prompt();
input.write('par');
console.log('partial input', JSON.stringify(rl.line), rl.cursor, rl.getCursorPos());
rl.write('tial');
console.log('partial write', JSON.stringify(rl.line), rl.cursor, rl.getCursorPos());
rl.on('line', (line) => {
  console.log('line', JSON.stringify(line), JSON.stringify(rl.line), rl.cursor);
  rl.prompt();
});
input.write('\nnext\n');
rl.setPrompt('');
rl.prompt();
console.log('output so far', JSON.stringify(text));
const ac = new AbortController();
rl.question('q? ', { signal: ac.signal }, () => {});
ac.abort();
console.log('after aborted question', JSON.stringify(rl.line), rl.cursor, JSON.stringify(rl.getPrompt()));
rl.close();
console.log('output', JSON.stringify(text));
