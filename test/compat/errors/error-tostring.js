const e = new TypeError('typed');
console.log(String(e), e.name, e instanceof Error);
class MyError extends Error {
  constructor(m) {
    super(m);
    this.name = 'MyError';
  }
}
const m = new MyError('mine');
console.log(m.toString(), m.stack.split('\n')[0], Object.prototype.toString.call(m));
