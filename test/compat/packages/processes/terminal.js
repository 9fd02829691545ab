// Terminal UI packages on streams that are not a TTY (as under a CI log or a pipe): ora prints only its final
// symbols, cli-progress can be told to draw anyway, and @inquirer/prompts reads answers from any input stream.
const cliProgress = require('cli-progress');
const { input, select, confirm, number } = require('@inquirer/prompts');
const { PassThrough, Writable } = require('node:stream');

function collector() {
  const chunks = [];
  const stream = new Writable({ write(chunk, encoding, callback) { chunks.push(chunk.toString()); callback(); } });
  stream.text = () => chunks.join('');
  return stream;
}

async function ask(prompt, config, keys) {
  const stdin = new PassThrough();
  const output = collector();
  const answer = prompt(config, { input: stdin, output });
  for (const key of keys) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    stdin.write(key);
  }
  return answer;
}

(async () => {
  const { default: ora } = await import('ora'); // ESM only
  const spinnerOut = collector();
  const spinner = ora({ text: 'Loading', stream: spinnerOut }).start();
  console.log('ora enabled', spinner.isEnabled, 'spinning', spinner.isSpinning);
  spinner.succeed('Loaded');
  ora({ text: 'Failing', stream: spinnerOut }).start().fail();
  ora({ stream: spinnerOut }).info('Note');
  console.log('ora wrote', JSON.stringify(spinnerOut.text()));

  const barOut = collector();
  const bar = new cliProgress.SingleBar({ stream: barOut, noTTYOutput: true, notTTYSchedule: 0, format: '{bar} {percentage}% {value}/{total}', barsize: 10 },
    cliProgress.Presets.legacy);
  bar.start(4, 0);
  for (let i = 1; i <= 4; i++) bar.update(i);
  bar.stop();
  console.log('bar lines', barOut.text().split('\n').filter(Boolean).map((line) => line.trim()).slice(-2));

  console.log('input', await ask(input, { message: 'Name?' }, ['Ada', '\r']));
  console.log('default', await ask(input, { message: 'Town?', default: 'Oslo' }, ['\r']));
  console.log('confirm', await ask(confirm, { message: 'Sure?' }, ['n', '\r']));
  console.log('number', await ask(number, { message: 'Age?' }, ['4', '2', '\r']));
  console.log('select', await ask(select, { message: 'Pick', choices: ['red', 'green', 'blue'] }, ['\x1b[B', '\x1b[B', '\r']));
})();
