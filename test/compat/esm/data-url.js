// data: URLs as modules.
// GraalJS parses the URL with java.net.URI, which refuses unescaped spaces (Node accepts them).
const ns = await import('data:text/javascript,export%20default%2042;export%20const%20named=%22n%22;');
console.log(ns.default, ns.named);
const json = await import('data:application/json,%7B%22a%22:1%7D', { with: { type: 'json' } });
console.log(json.default);
