const util = require('util');
console.log(typeof util.inspect, util.inspect.name, util.inspect.length);
console.log(util.format.name, util.format.length);
console.log(util.inspect(util.inspect.custom));
console.log(typeof util.stripVTControlCharacters);
console.log(util.stripVTControlCharacters(util.inspect({ a: 1 }, { colors: true })));
