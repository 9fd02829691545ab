const util = require('util');
console.log(util.inspect('tab\there'));
console.log(util.inspect('nl\nhere'));
console.log(util.inspect('cr\r \b \f \v \0 \x01 \x1f \x7f'));
console.log(util.inspect('back\\slash'));
console.log(util.inspect('\ud800 lone surrogate'));
console.log(util.inspect('emoji 😀 ok'));
console.log(util.inspect('\u2028\u2029'));
