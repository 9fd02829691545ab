// question() on a terminal interface: the query replaces the prompt while it is pending, the answer is
// no 'line' event but enters the history, a second question() while one is pending is ignored, the
// prompt comes back afterwards, and an aborted question lets the next line be a 'line' event.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 80;
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: 'main> ' });
const events = [];
rl.on('line', (l) => events.push(`line:${l}`));
rl.on('history', (h) => events.push(`history:${h.join('|')}`));

rl.prompt();
input.write('first\r');
rl.question('Color? ', (answer) => events.push(`answer:${answer}`));
rl.question('Ignored? ', (answer) => events.push(`second question answered:${answer}`));
console.log('while asking:', JSON.stringify(rl.getPrompt()), JSON.stringify(rl.line));
input.write('bl');
input.write('\x7fue\r');
console.log('after:', JSON.stringify(rl.getPrompt()));
rl.prompt();
input.write('last\r');
console.log(events);
console.log(rl.history);
console.log(JSON.stringify(written));

// A question with an abort signal on the callback API: aborting removes the query.
const controller = new AbortController();
rl.question('Abort me? ', { signal: controller.signal }, () => console.log('never answered'));
controller.abort();
written = '';
input.write('after abort\r');
console.log(events.slice(-1), JSON.stringify(rl.getPrompt()));
rl.close();
