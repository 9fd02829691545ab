// JSON.parse's SyntaxErrors in V8's words: where parsing stops (position, line and column), what was expected,
// the unexpected character with the text around it (all of a short text, 10 characters each side of a long one),
// the names String() gives usual wrong arguments; a reviver's own SyntaxError passes untouched; the builtin's face.
const texts = ['', '{a', '[1,]', '{"a":1,}', '{"a" 1}', 'tru', '01', '1.', '1e+', '-', '"\\x"', '"\\u12"', '"a\nb"',
  '[1 2]', '{"a":1 "b":2}', '{} x', '"abc', '{"key": "value", "other": oops, "more": "stuff here"}',
  '[1,2,3,4,5,6,7,8,9,10,11,12,x]', 'xxxxxxxxxxxxxxxxxxxxxxxxxx', '[1,2]\r\n\r\n{', "{'a': 1}", '\ufeff{}'];
for (const text of texts) {
  try {
    JSON.parse(text);
  } catch (err) {
    console.log(JSON.stringify(text), '->', err.name, JSON.stringify(err.message));
  }
}
for (const value of [undefined, {}, NaN, Infinity]) {
  try {
    JSON.parse(value);
  } catch (err) {
    console.log(String(value), '->', err.message);
  }
}
try {
  JSON.parse('[1]', () => { throw new SyntaxError('from the reviver'); });
} catch (err) {
  console.log(err.message);
}
console.log(JSON.parse('{"ok": [true, null, -1.5e3]}', (k, v) => (k === 'ok' ? v.length : v)));
console.log(JSON.parse.name, JSON.parse.length, String(JSON.parse), Object.keys(JSON));
try {
  new JSON.parse('1');
} catch (err) {
  console.log(err.name);
}
