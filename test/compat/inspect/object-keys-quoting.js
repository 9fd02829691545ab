const util = require('util');
console.log(util.inspect({ 'a\nb': 1, "it's": 2, '"q"': 3, '': 4, ' ': 5, 'a.b': 6, _x: 7 }));
console.log(util.inspect({ class: 1, function: 2, 'null': 3, 0: 4, '-1': 5, '1.5': 6 }));
