const util = require('util');
console.log(JSON.stringify(util.inspect.styles));
console.log(Object.keys(util.inspect.colors).join(','));
console.log(JSON.stringify(util.inspect.colors.red));
const saved = util.inspect.styles.number;
util.inspect.styles.number = 'red';
console.log(JSON.stringify(util.inspect(5, { colors: true })));
util.inspect.styles.number = saved;
console.log(JSON.stringify(util.inspect(5, { colors: true })));
