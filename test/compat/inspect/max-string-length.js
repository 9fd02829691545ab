const util = require('util');
console.log(util.inspect('abcdefghij', { maxStringLength: 4 }));
console.log(util.inspect('abcdefghij', { maxStringLength: 0 }));
console.log(util.inspect('abcdefghij', { maxStringLength: 10 }));
console.log(util.inspect(['xxxxxxxxxxxx', { y: 'yyyyyyyy' }], { maxStringLength: 3 }));
console.log(util.inspect('abc', { maxStringLength: null }));
console.log(util.inspect('a'.repeat(20000)).length);
