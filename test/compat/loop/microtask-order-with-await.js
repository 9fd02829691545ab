async function a() {
  console.log('a start');
  await b();
  console.log('a end');
}
async function b() {
  console.log('b');
}
a();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2'));
process.nextTick(() => console.log('tick'));
console.log('sync');
