// Tab completion on a terminal: the common prefix is inserted, a second tab lists the candidates.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry'];
const input = new PassThrough();
const output = new PassThrough();
output.columns = 40;
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({
  input,
  output,
  terminal: true,
  completer(line) {
    const hits = words.filter((w) => w.startsWith(line));
    return [hits.length ? hits : words, line];
  },
});
input.write('ch\t');
console.log(JSON.stringify(rl.line));
rl.line = '';
rl.cursor = 0;
input.write('ap\t');
console.log(JSON.stringify(rl.line));
input.write('\t');
console.log(JSON.stringify(rl.line));
console.log(JSON.stringify(written));

// An asynchronous completer (two parameters) answers through its callback.
const input2 = new PassThrough();
const rl2 = readline.createInterface({
  input: input2,
  terminal: true,
  completer: (line, callback) => setTimeout(() => callback(null, [['async-done'], line]), 5),
});
input2.write('as\t');
setTimeout(() => {
  console.log(JSON.stringify(rl2.line));
  rl.close();
  rl2.close();
}, 50);
