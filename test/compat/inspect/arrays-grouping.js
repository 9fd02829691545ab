const util = require('util');
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i)));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i * 1000)));
console.log(util.inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))));
console.log(util.inspect(Array.from({ length: 8 }, (_, i) => -i * 3.5)));
console.log(util.inspect(Array.from({ length: 7 }, (_, i) => i)));
console.log(util.inspect(Array.from({ length: 40 }, (_, i) => (i % 3 ? i : 'x'.repeat(i % 7)))));
