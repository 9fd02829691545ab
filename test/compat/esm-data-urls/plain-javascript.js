// A data: URL with text/javascript is an ES module.
const ns = await import('data:text/javascript,export%20default%2040+2;');
console.log(ns.default, Object.keys(ns));
