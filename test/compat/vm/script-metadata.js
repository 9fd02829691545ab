// What a vm.Script tells about its source: sourceMapURL from a sourceMappingURL comment (line or block comment,
// the last one wins, none gives undefined, one inside a string does not count), the filename given as a
// plain string instead of options (for the Script and for runInThisContext), and vm.constants' shape.
const vm = require('node:vm');

const sources = {
  'line comment': '1 + 1\n//# sourceMappingURL=line.js.map',
  'block comment': '1 + 1\n/*# sourceMappingURL=block.js.map */',
  'two comments': '//# sourceMappingURL=first.map\n2\n//# sourceMappingURL=second.map',
  'data url': 'x\n//# sourceMappingURL=data:application/json;base64,e30=',
  'none': '3',
  'inside a string': '"//# sourceMappingURL=str.map"',
  'legacy @': '4\n//@ sourceMappingURL=legacy.map',
};
for (const [label, code] of Object.entries(sources)) {
  console.log(label.padEnd(16), new vm.Script(code).sourceMapURL);
}
console.log('is an own property', Object.hasOwn(new vm.Script('5'), 'sourceMapURL'));

const frame = 'new Error("where").stack.split("\\n")[1].trim()';
console.log(new vm.Script(frame, 'given-as-string.js').runInThisContext());
console.log(vm.runInThisContext(frame, 'run-in-this.js'));
console.log(vm.runInNewContext(frame, {}, 'run-in-new.js'));
console.log(vm.runInContext(frame, vm.createContext(), 'run-in-context.js'));

console.log(Object.keys(vm.constants), Object.isFrozen(vm.constants), Object.getPrototypeOf(vm.constants),
  typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, vm.constants.DONT_CONTEXTIFY.toString());
