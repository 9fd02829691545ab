// Errors thrown by vm code: the throw site is put in front of the stack, unless displayErrors is false.
const vm = require('node:vm');

// The stack up to its first frame (the frames below are node:vm's own and this file's).
function show(fn) {
  try {
    fn();
  } catch (err) {
    if (err !== null && typeof err === 'object' && typeof err.stack === 'string') {
      console.log(err.constructor.name, err.message);
      const lines = err.stack.split('\n');
      console.log(lines.slice(0, lines.findIndex((line) => line.startsWith('    at ')) + 1).join('\n'));
    } else {
      console.log('thrown', err);
    }
  }
}

show(() => vm.runInNewContext('throw new TypeError("boom")'));
show(() => vm.runInNewContext('throw new TypeError("quiet")', {}, { displayErrors: false }));
show(() => vm.runInNewContext('\n\n  throw new RangeError("third line")', {}, 'named.js'));
show(() => vm.runInNewContext('function f() {\n  throw new Error("in f");\n}\nf();', {}, { filename: 'f.js' }));
show(() => vm.runInThisContext('throw 42'));
show(() => vm.runInThisContext('throw { plain: true }'));
show(() => vm.runInThisContext('  undefinedName + 1', { filename: 'ref.js' }));
show(() => vm.runInThisContext(' throw new Error("offset")', { filename: 'off.js', lineOffset: 10, columnOffset: 5 }));

// Errors of the new context are that context's.
try {
  vm.runInNewContext('throw new Error("x")');
} catch (err) {
  console.log(err instanceof Error, Object.prototype.toString.call(err), typeof err.stack);
}
try {
  vm.runInThisContext('throw new Error("same realm")');
} catch (err) {
  console.log(err instanceof Error);
}
// A SyntaxError is thrown at compile time, of the main context.
try {
  new vm.Script('var = 1', { filename: 'bad.js' });
} catch (err) {
  console.log(err instanceof SyntaxError, err.name, err.stack.split('\n')[0]);
}
