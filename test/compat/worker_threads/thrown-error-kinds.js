// What the parent's 'error' event gets for different things a worker throws: subclasses of Error (the class is
// lost, the name is not), built-in error types, an Error with a cause, an AggregateError with its errors (still
// errors), non-enumerable own properties (kept, still hidden), a DOMException, a plain object shaped like an
// error, null and undefined.
const { Worker } = require('node:worker_threads');

const throws = [
  ['subclass', 'class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; } }; throw new MyError("mine")'],
  ['subclass keeping name', 'class Quiet extends RangeError {}; throw new Quiet("quiet")'],
  ['EvalError', 'throw new EvalError("evil")'],
  ['with cause', 'throw new Error("outer", { cause: new TypeError("inner") })'],
  ['AggregateError', 'throw new AggregateError([new Error("a"), 2], "many")'],
  ['DOMException', 'throw new DOMException("aborted here", "AbortError")'],
  ['hidden property', 'const e = new Error("h"); Object.defineProperty(e, "hidden", { value: [1], enumerable: false }); e.shown = 2; throw e'],
  ['error-shaped object', 'throw { name: "Fake", message: "not an error", stack: "Fake: not an error" }'],
  ['null', 'throw null'],
  ['undefined', 'throw undefined'],
];

function describe(e) {
  if (e === null || typeof e !== 'object') return `${typeof e} ${String(e)}`;
  const parts = [Object.prototype.toString.call(e), e.constructor?.name, e instanceof Error, e.name,
    JSON.stringify(e.message)];
  if ('cause' in e) parts.push(`cause=${e.cause?.name}:${e.cause?.message}`);
  if ('errors' in e) parts.push(`errors=${e.errors.map((x) => (x instanceof Error ? `Error(${x.message})` : x))}`);
  if ('hidden' in e) parts.push(`hidden=${e.hidden} keys=${Object.keys(e)}`);
  if ('code' in e) parts.push(`code=${e.code}`);
  return parts.join(' ');
}

(async () => {
  for (const [label, code] of throws) {
    await new Promise((resolve) => {
      const worker = new Worker(code, { eval: true });
      worker.on('error', (e) => console.log(label.padEnd(22), describe(e)));
      worker.on('exit', (c) => {
        console.log(label.padEnd(22), 'exit', c);
        resolve();
      });
    });
  }
})();
