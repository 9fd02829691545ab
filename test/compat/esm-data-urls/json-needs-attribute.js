// application/json data: URLs load as JSON modules with the type attribute.
const ns = await import('data:application/json,%7B%22k%22%3A%5B1%5D%7D', { with: { type: 'json' } });
console.log(ns.default);
