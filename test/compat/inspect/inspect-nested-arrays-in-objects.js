const util = require('util');
console.log(util.inspect({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] }));
console.log(util.inspect({ list: Array.from({ length: 10 }, (_, i) => ({ id: i, name: 'n' + i })) }));
console.log(util.inspect([{}, [], new Map(), new Set(), '']));
