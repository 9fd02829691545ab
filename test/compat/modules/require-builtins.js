console.log(require('path') === require('node:path'));
console.log(require('util') === require('node:util'));
console.log(typeof require('events'), typeof require('node:events').EventEmitter);
try {
  require('node:not-a-builtin');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  require('not-a-builtin');
} catch (e) {
  console.log(e.code);
}
