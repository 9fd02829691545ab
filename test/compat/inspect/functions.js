const util = require('util');
function named() {}
console.log(util.inspect(named));
console.log(util.inspect(() => {}));
console.log(util.inspect(function () {}));
console.log(util.inspect(async function af() {}));
console.log(util.inspect(function* gen() {}));
console.log(util.inspect(async function* agen() {}));
console.log(util.inspect(async () => {}));
const withProps = function wp() {}; withProps.x = 1;
console.log(util.inspect(withProps));
console.log(util.inspect(Math.max));
console.log(util.inspect({ fn() {} }));
const nullProto = function np() {}; Object.setPrototypeOf(nullProto, null);
console.log(util.inspect(nullProto));
console.log(util.inspect(named.bind(null)));
