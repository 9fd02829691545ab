// SyntaxErrors from compiling vm code: the stack starts with the file:line header and the source line
// (even with displayErrors false), with lineOffset applied (the caret line is not compared).
const vm = require('node:vm');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'compiled');
  } catch (err) {
    const lines = err.stack.split('\n');
    const head = lines.slice(0, lines.findIndex((l) => l.startsWith('    at ')));
    console.log(`--- ${label}: ${err.name}`);
    console.log(head.slice(0, 2).join('\n'));
    console.log(head.slice(3).map((l) => l.replace(/SyntaxError: .*/, 'SyntaxError: <message>')).join('\n'));
  }
}

show('Script', () => new vm.Script('let x = 1;\nlet x = 2;', { filename: 'dup.js' }));
show('quiet', () => new vm.Script('let x = 1;\nlet x = 2;', { filename: 'dup.js', displayErrors: false }));
show('offset', () => new vm.Script('\n(', { filename: 'paren.js', lineOffset: 20 }));
show('runInNewContext', () => vm.runInNewContext('a b c', {}, { filename: 'words.js' }));
show('runInThisContext', () => vm.runInThisContext('if (', 'iffy.js'));
show('default filename', () => vm.runInNewContext('}'));
show('compileFunction', () => vm.compileFunction('return ]', [], { filename: 'cf.js' }));
show('valid', () => new vm.Script('1 + 1'));
show('return at top level', () => new vm.Script('return 1', { filename: 'ret.js' }));
show('await at top level', () => new vm.Script('await 1', { filename: 'await.js' }));
show('import statement', () => new vm.Script('import x from "y"', { filename: 'imp.js' }));
