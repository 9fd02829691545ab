// crlfDelay: a \n arriving soon after a \r is part of the same line ending, a late one starts an empty line;
// values under 100 are raised to 100; terminal interfaces treat \r and \n as Enter the same way.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

console.log([0, 50, 100, 2500, Infinity].map((crlfDelay) => {
  const rl = readline.createInterface({ input: new PassThrough(), crlfDelay });
  rl.close();
  return rl.crlfDelay;
}));

function feed(options, chunks, done) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, ...options });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  let i = 0;
  (function next() {
    if (i === chunks.length) {
      rl.close();
      return done(lines);
    }
    const [delay, chunk] = chunks[i++];
    setTimeout(() => {
      input.write(chunk);
      next();
    }, delay);
  })();
}

// A \n 400 ms after the \r: an extra empty line with the default delay, none with Infinity.
feed({}, [[0, 'a\r'], [400, '\nb\n']], (lines) => {
  console.log('default', JSON.stringify(lines));
  feed({ crlfDelay: Infinity }, [[0, 'a\r'], [400, '\nb\n']], (lines) => {
    console.log('infinity', JSON.stringify(lines));
    feed({ crlfDelay: 2000 }, [[0, 'x\r'], [10, '\n'], [10, '\r\r\n\n']], (lines) => {
      console.log('2000', JSON.stringify(lines));
      terminal();
    });
  });
});

function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true, crlfDelay: Infinity });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  input.write('one\r\ntwo\n\rthree\r');
  setTimeout(() => {
    input.write('\nfour\n\n');
    console.log('terminal', JSON.stringify(lines));
    rl.close();
  }, 150);
}
