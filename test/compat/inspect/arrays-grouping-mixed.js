const util = require('util');
console.log(util.inspect(Array.from({ length: 12 }, (_, i) => [i])));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => ({ i }))));
console.log(util.inspect(Array.from({ length: 9 }, (_, i) => BigInt(i) ** 10n)));
console.log(util.inspect(Array.from({ length: 20 }, (_, i) => (i % 2 ? null : true))));
console.log(util.inspect({ nested: Array.from({ length: 25 }, (_, i) => i * i) }));
