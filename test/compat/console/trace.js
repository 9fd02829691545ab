function namedCaller() {
  console.trace('trace message %d', 42);
}
function outer() {
  namedCaller();
}
outer();
console.trace();
