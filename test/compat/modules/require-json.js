const data = require('./fixtures/rel/data.json');
console.log(data);
console.log(require('./fixtures/rel/data') === data);
data.mutated = true;
console.log(require('./fixtures/rel/data.json').mutated);
try {
  require('./fixtures/rel/bad.json');
} catch (e) {
  console.log(e.name, e.message.startsWith(require.resolve('./fixtures/rel/bad.json') + ': '));
}
