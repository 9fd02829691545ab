// for await over a readline interface, from a file and from a generated stream.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { Readable } = require('node:stream');

(async () => {
  const file = path.join(os.tmpdir(), `jnode-readline-${process.pid}.txt`);
  fs.writeFileSync(file, Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n'));
  let count = 0;
  let last;
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    count++;
    last = line;
  }
  console.log(count, last);
  fs.unlinkSync(file);

  // Breaking out closes the interface.
  const rl2 = readline.createInterface({ input: Readable.from(['a\nb\nc\n']) });
  rl2.on('close', () => console.log('closed after break'));
  for await (const line of rl2) {
    console.log('first is', line);
    break;
  }

  // The same iterator is returned each time.
  const rl3 = readline.createInterface({ input: Readable.from(['1\n2\n']) });
  console.log(rl3[Symbol.asyncIterator]() === rl3[Symbol.asyncIterator]());
  const all = [];
  for await (const line of rl3) all.push(line);
  console.log(all);
})();
