const result = require('./fixtures/selfref/lib/use-imports');
console.log(result);
