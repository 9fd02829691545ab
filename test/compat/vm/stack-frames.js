// Stack frames of code run by node:vm: filename, lineOffset and columnOffset shift the positions, named
// functions show up, the default filename is evalmachine.<anonymous>, and compileFunction code too.
const vm = require('node:vm');

// Frames that belong to the vm code (not node internals or this file).
function frames(err) {
  return err.stack.split('\n').filter((l) => l.startsWith('    at ') && !l.includes(__filename) && !l.includes('node:'))
    .map((l) => l.trim());
}
function run(label, fn) {
  try {
    fn();
  } catch (err) {
    console.log(`${label}: ${err.name}: ${err.message}`);
    for (const f of frames(err)) console.log('  ', f);
  }
}

const code = [
  'function outer() {',
  '  return inner();',
  '}',
  'function inner() {',
  '  throw new Error("deep");',
  '}',
  'outer();',
].join('\n');
run('default name', () => vm.runInNewContext(code));
run('filename', () => vm.runInNewContext(code, {}, { filename: 'file.vm.js' }));
run('line offset', () => vm.runInNewContext(code, {}, { filename: 'shifted.js', lineOffset: 100 }));
run('column offset', () => vm.runInThisContext('throw new Error("col")', { filename: 'col.js', columnOffset: 7 }));
run('Script', () => new vm.Script(code, { filename: 'script.js' }).runInNewContext());
run('method', () => vm.runInNewContext('const obj = { method() { throw new TypeError("m") } };\nobj.method()', {}, 'obj.js'));
run('class', () => vm.runInNewContext('class Widget { constructor() { throw new RangeError("c") } }\nnew Widget()', {}, 'cls.js'));
run('compileFunction', () => vm.compileFunction('const a = 1;\nthrow new Error("fn " + a)', [], { filename: 'fn.js' })());
run('compileFunction offsets', () => vm.compileFunction('throw new Error("off")', [], { filename: 'fnoff.js', lineOffset: 3, columnOffset: 4 })());

// Callbacks from the context called by host code keep the vm file names.
const context = vm.createContext({ list: [3, 1, 2] });
run('callback', () => vm.runInContext('list.map(function mapper(x) {\n  if (x === 1) throw new Error("in mapper");\n})', context, { filename: 'cb.js' }));

// Error.captureStackTrace and stackTraceLimit of the context are the context's own.
console.log(vm.runInNewContext('typeof Error.captureStackTrace + " " + Error.stackTraceLimit'));
console.log(vm.runInNewContext('const o = {}; function named() { Error.captureStackTrace(o) } named(); o.stack.split("\\n")[1].trim()', {}, 'cap.js'));
console.log(vm.runInNewContext('Error.stackTraceLimit = 0; new Error("no frames").stack'));
