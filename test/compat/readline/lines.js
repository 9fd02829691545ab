// Lines from streams that are not terminals: \n, \r\n, \r and the Unicode separators end a line.
const readline = require('node:readline');
const { PassThrough, Readable } = require('node:stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const seen = [];
rl.on('line', (line) => seen.push(line));
rl.on('pause', () => seen.push('<pause>'));
rl.on('close', () => {
  console.log(JSON.stringify(seen));
  afterwards();
});
input.write('first\nsec');
input.write('ond\r\nthird\rfourth\u2028fifth\u2029');
input.write(Buffer.from([0xe2, 0x82]));
input.write(Buffer.from([0xac, 0x0a]));
input.end('no newline at the end');

function afterwards() {
  // A \r\n split between chunks is one line ending.
  const split = new PassThrough();
  const lines = [];
  readline.createInterface({ input: split }).on('line', (l) => lines.push(l)).on('close', () => {
    console.log(JSON.stringify(lines));
    fromIterable();
  });
  split.write('a\r');
  split.write('\nb\r');
  split.end('\r\nc\n\n');
}

function fromIterable() {
  const rl = readline.createInterface({ input: Readable.from(['x\ny', '\nz']), crlfDelay: Infinity });
  const got = [];
  rl.on('line', (l) => got.push(l));
  rl.on('close', () => console.log(got, rl.closed, rl.terminal, rl.line));
}
