const util = require('util');
console.log(util.inspect({ a: 1, b: { c: 2, d: { e: 3 } } }));
console.log(util.inspect({}));
console.log(util.inspect({ a: {}, b: [] }));
console.log(util.inspect({ 'key with space': 1, 'valid_id': 2, '1abc': 3, 'é': 4, '$d': 5, 'a-b': 6 }));
console.log(util.inspect({ 1: 'one', 2: 'two', '01': 'lead' }));
