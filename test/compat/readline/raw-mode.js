// How an interface drives a TTY-like input: setRawMode(true) when a terminal interface starts, untouched by
// pause/resume, false on close (after 'pause', before 'close'); `terminal` taken from output.isTTY when not given;
// input without setRawMode works as well; and a non-terminal interface never touches raw mode.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function ttyInput(name, calls) {
  const input = new PassThrough();
  input.isTTY = true;
  input.isRaw = false;
  input.setRawMode = function (mode) {
    calls.push(`${name}:setRawMode(${mode})`);
    this.isRaw = mode;
    return this;
  };
  return input;
}
function ttyOutput(isTTY) {
  const output = new PassThrough();
  output.isTTY = isTTY;
  output.columns = 80;
  output.resume();
  return output;
}

const calls = [];
const input = ttyInput('a', calls);
const rl = readline.createInterface({ input, output: ttyOutput(true) });
for (const event of ['pause', 'resume', 'close']) rl.on(event, () => calls.push(`a:${event}`));
calls.push(`created terminal=${rl.terminal} isRaw=${input.isRaw}`);
rl.pause();
calls.push(`paused isRaw=${input.isRaw}`);
rl.resume();
calls.push(`resumed isRaw=${input.isRaw}`);
rl.close();
calls.push(`closed isRaw=${input.isRaw}`);
console.log(calls.splice(0).join('\n'));

// terminal inferred from the output.
for (const [label, output] of [['output isTTY true', ttyOutput(true)], ['output isTTY false', ttyOutput(false)],
  ['no output', undefined]]) {
  const r = readline.createInterface({ input: ttyInput('b', calls), output });
  console.log(label, '-> terminal', r.terminal, calls.splice(0));
  r.close();
  calls.length = 0;
}

// terminal: false on a TTY input: raw mode is left alone, bytes are plain text.
const c = readline.createInterface({ input: ttyInput('c', calls), output: ttyOutput(true), terminal: false });
c.on('line', (l) => calls.push(`c:line ${JSON.stringify(l)}`));
c.input.write('ab\x7fc\n');
c.close();
console.log('terminal false:', calls.splice(0));

// A terminal interface on an input without setRawMode still edits lines.
const plainInput = new PassThrough();
const d = readline.createInterface({ input: plainInput, output: ttyOutput(true), terminal: true });
d.on('line', (l) => console.log('d line', JSON.stringify(l)));
plainInput.write('ab\x7fc\r');
d.close();

// Ctrl-C without a SIGINT listener closes the interface, leaving raw mode.
const e = readline.createInterface({ input: ttyInput('e', calls), output: ttyOutput(true) });
e.on('pause', () => calls.push('e:pause'));
e.on('close', () => calls.push('e:close'));
calls.length = 0;
e.input.write('\x03');
console.log('ctrl-c without listener:', calls.splice(0), e.closed);
