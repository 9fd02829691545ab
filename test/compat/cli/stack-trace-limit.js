// compat-argv: ["--stack-trace-limit=2", "{case}"]
function a() { return b(); }
function b() { return c(); }
function c() { return new Error('x').stack.split('\n').length; }
console.log(a(), Error.stackTraceLimit);
