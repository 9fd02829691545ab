const util = require('util');
const s = 'line one is here\nline two is here\nline three is here\n';
console.log(util.inspect(s));
console.log(util.inspect({ s }));
console.log(util.inspect({ a: 'x'.repeat(30) + '\n' + 'y'.repeat(30) + '\n' + 'z'.repeat(30) }));
console.log(util.inspect(['short\nlines']));
