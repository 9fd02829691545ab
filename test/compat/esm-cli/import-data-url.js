// compat-argv: ["--import", "data:text/javascript,globalThis.fromData=1", "{case}"]
// --import accepts a data: URL.
console.log(globalThis.fromData);
