const util = require('util');
console.log(util.inspect('plain'));
console.log(util.inspect("it's"));
console.log(util.inspect('say "hi" it\'s'));
console.log(util.inspect('a\'b"c`d'));
console.log(util.inspect(''));
