// question(): the prompt is written to the output, the next line answers it.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: false });
rl.on('line', (line) => console.log('line event', line));
rl.question('Name? ', (answer) => {
  console.log('answer', JSON.stringify(answer), rl.getPrompt());
  rl.setPrompt('$ ');
  rl.prompt();
  input.write('free line\n');
  rl.question('Again? ', (second) => {
    console.log('second', second);
    rl.close();
    console.log(JSON.stringify(written));
    try {
      rl.question('closed?', () => {});
    } catch (err) {
      console.log(err.code, err.name, err.message);
    }
    try {
      rl.write('x');
    } catch (err) {
      console.log(err.code);
    }
    promisesVersion();
  });
  input.write('second answer\n');
});
input.write('Ada\n');

async function promisesVersion() {
  const rlp = require('node:readline/promises');
  const input = new PassThrough();
  const rl = rlp.createInterface({ input, terminal: false });
  setTimeout(() => input.write('42\n'), 10);
  console.log('promised', await rl.question('How many? '));
  const controller = new AbortController();
  const pending = rl.question('Never answered? ', { signal: controller.signal });
  controller.abort();
  await pending.catch((err) => console.log(err.name, err.code));
  rl.close();
  await rl.question('late').catch((err) => console.log(err.code));
  const util = require('node:util');
  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  const ask = util.promisify(rl2.question).bind(rl2);
  setTimeout(() => input2.write('promisified\n'), 10);
  console.log(await ask('? '));
  rl2.close();
}
