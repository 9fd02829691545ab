const path = require('path');
const start = process.cwd();
process.chdir('..');
console.log(process.cwd() === path.dirname(start));
try {
  process.chdir('/definitely/not/here');
} catch (e) {
  console.log(e.code, e.syscall, e.message);
}
process.chdir(start);
console.log(process.cwd() === start);
