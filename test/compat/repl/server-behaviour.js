// A programmatic REPL as Node runs one: close() and .exit end it on the next tick ('exit' before 'close'), .load
// types the file (echoed on a terminal) and evaluates it, .save/.load want a name, thrown errors keep their own
// frames but not the input's top level, require() resolves from the working directory as '<repl>', and a
// context of its own has its own built-ins next to Node's globals; an empty line prints nothing, and only the
// standalone REPL may listen for 'uncaughtException'.
const repl = require('node:repl');
const { PassThrough } = require('node:stream');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function server(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => { text += chunk; });
  const r = repl.start({ prompt: '', input, output, terminal: false, useColors: false, ...options });
  return { r, input, out: () => text.replaceAll('\r', '') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-case-'));
const file = path.join(dir, 'load-me.js');
fs.writeFileSync(file, 'function outer() {\n  inner();\n}\nfunction inner() {\n  throw new Error("deep");\n}\nconst loaded = 40 + 2;\n');

const a = server();
a.r.on('exit', () => console.log('a exit'));
a.r.on('close', () => console.log('a close'));
a.r.write('.exit\n');
console.log('after .exit');
process.nextTick(() => console.log('next tick'));

const b = server({ terminal: true });
b.r.write(`.load ${file}\n`);
b.r.write('loaded\n');
b.r.write('outer()\n');
b.r.write('.save\n.load\n');
b.r.write('require("./no-such-module")\n');
b.r.write('(function named() { throw new Error("boom"); })()\n');
b.r.write('throw new Error("plain")\n');
b.r.write('\n');
b.r.write('console.log("before"); process.on("uncaughtException", () => {}); console.log("after")\n');
console.log(b.out().replaceAll(file, '<file>').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/:\d+:\d+/g, ':L:C')
  .split('\n').filter((line) => !/^\s+at .*node:/.test(line)).join('\n'));
b.r.close();

const c = server();
console.log('own Object:', c.r.context.Object !== Object, 'shares process:', c.r.context.process === process,
  'global is context:', c.r.context.global === c.r.context);
const fresh = c.r.createContext();
console.log('createContext is new:', fresh !== c.r.context, typeof fresh.require, typeof fresh.console.log);
c.r.complete("require('node:ut", (err, [list, prefix]) => console.log('complete', err, list, prefix));
c.r.complete("require('fs'", (err, result) => console.log('closed string', err, result));
c.r.close();
fs.rmSync(dir, { recursive: true });
