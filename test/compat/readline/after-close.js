// An Interface before and after close(): `closed` is not set until it closes, and pause/resume/prompt/write/
// question then throw ERR_USE_AFTER_CLOSE while setPrompt/getPrompt/getCursorPos still answer.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const rl = readline.createInterface({ input: new PassThrough(), output: new PassThrough() });
console.log('before close:', rl.closed, Object.hasOwn(rl, 'closed'));
rl.on('close', () => console.log('close event, closed =', rl.closed));
rl.close();
rl.close(); // a second close is ignored
console.log('after close:', rl.closed);
for (const method of ['pause', 'resume', 'prompt', 'write', 'question', 'setPrompt', 'getPrompt', 'getCursorPos']) {
  try {
    const result = rl[method]('x', () => {});
    console.log(method, 'returned', typeof result);
  } catch (err) {
    console.log(method, err.name, err.code, err.message);
  }
}
