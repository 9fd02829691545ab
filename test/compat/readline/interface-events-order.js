// The order of an Interface's events on a stream: 'line' for each line, the last unterminated line at the end,
// then 'close' once (also when close() is called again); 'pause'/'resume' as the input is paused and resumed;
// 'history' only on a terminal; a question's answer replaces the 'line' event.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: false });
const events = [];
for (const name of ['line', 'close', 'pause', 'resume', 'history', 'SIGINT']) {
  rl.on(name, (...args) => events.push(`${name}${args.length ? ` ${JSON.stringify(args[0])}` : ''}`));
}
input.write('one\ntwo\n');
rl.pause();
rl.resume();
rl.question('q? ', (answer) => events.push(`answer ${JSON.stringify(answer)}`));
input.write('three\nfour');
input.end(' and more');
setImmediate(() => {
  rl.close();
  console.log(events.join('\n'));
  console.log('output:', JSON.stringify(output.read()?.toString() ?? null));
});
