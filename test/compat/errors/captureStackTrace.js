function outer() {
  return inner();
}
function inner() {
  const o = {};
  Error.captureStackTrace(o, inner);
  return o.stack.split('\n')[1].trim().split(' ')[1];
}
console.log(outer());
const e = {};
Error.captureStackTrace(e);
console.log(typeof e.stack, e.stack.split('\n')[0]);
console.log(Error.stackTraceLimit);
