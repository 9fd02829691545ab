// compat-argv: ["--experimental-loader", "./fixtures/tag-first.js", "--loader=./fixtures/tag-second.js", "{case}"]
// --experimental-loader (and its alias --loader) registers each module as module.register() would, from the
// current directory, and warns once with the --import line that does the same.
import { value, first, second } from './fixtures/target.js';

console.log(value, first, second);
console.log('execArgv:', process.execArgv);
