// A data: URL cannot hold CommonJS: text/javascript is always an ES module, and "require" is not defined there.
const ns = await import('data:text/javascript,export%20default%20typeof%20require;');
console.log(ns.default);
