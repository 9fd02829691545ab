try {
  process.nextTick('not a function');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  setTimeout(42);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  setImmediate();
} catch (e) {
  console.log(e.code, e.message);
}
try {
  queueMicrotask({});
} catch (e) {
  console.log(e.code, e.message);
}
