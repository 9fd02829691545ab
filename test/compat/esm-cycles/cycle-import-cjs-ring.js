// An ES module importing a CommonJS cycle gets the finished module.exports, with names from the lexer.
import a, { name, done } from './fixtures/cjs-ring-a.cjs';
console.log('import:', a, name, done);
