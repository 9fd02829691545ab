// createInterface's arguments: both forms, defaults and Node's errors.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
console.log(rl.terminal, rl.historySize, rl.crlfDelay, rl.getPrompt(), rl.escapeCodeTimeout, rl.tabSize, rl.history);
rl.close();
const old = readline.createInterface(new PassThrough(), null, undefined, false);
console.log(old.terminal, old instanceof readline.Interface, old instanceof require('events'));
old.close();
const viaCall = readline.Interface({ input: new PassThrough(), crlfDelay: 50, historySize: 5, prompt: '% ' });
console.log(viaCall instanceof readline.Interface, viaCall.crlfDelay, viaCall.historySize, viaCall.getPrompt());
viaCall.close();
console.log(Object.keys(readline));
console.log(Object.keys(require('node:readline/promises')));

const attempts = {
  historySize: () => readline.createInterface({ input: new PassThrough(), historySize: -1 }),
  historySizeNaN: () => readline.createInterface({ input: new PassThrough(), historySize: NaN }),
  history: () => readline.createInterface({ input: new PassThrough(), history: 'x' }),
  completer: () => readline.createInterface({ input: new PassThrough(), completer: 'x' }),
  escapeCodeTimeout: () => readline.createInterface({ input: new PassThrough(), escapeCodeTimeout: 'x' }),
  tabSize: () => readline.createInterface({ input: new PassThrough(), tabSize: 0 }),
  signal: () => readline.createInterface({ input: new PassThrough(), signal: 'x' }),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    attempt().close();
    console.log(name, 'ok');
  } catch (err) {
    console.log(name, err.code, err.name, err.message);
  }
}

// An aborted signal closes the interface.
const controller = new AbortController();
const withSignal = readline.createInterface({ input: new PassThrough(), signal: controller.signal });
withSignal.on('close', () => console.log('closed by abort'));
controller.abort();
