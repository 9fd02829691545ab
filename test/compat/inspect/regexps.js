const util = require('util');
console.log(util.inspect(/abc/g));
console.log(util.inspect(/a\/b[c]/imsuy));
console.log(util.inspect(new RegExp('')));
const r = /x/; r.extra = 1;
console.log(util.inspect(r));
console.log(util.inspect({ r: /y/d }));
class MyRe extends RegExp {}
console.log(util.inspect(new MyRe('z', 'g')));
