// Parameters after the MIME type, such as charset, are allowed.
const ns = await import('data:text/javascript;charset=utf-8,export%20default%201;');
console.log(ns.default);
