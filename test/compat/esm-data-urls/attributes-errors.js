// Import attributes are checked against the data: URL's format, with Node's errors and messages; a MIME type no
// loader takes is ERR_UNKNOWN_MODULE_FORMAT before any attribute is looked at.
const attempts = [
  ['json without type', 'data:application/json,1', undefined],
  ['json with empty attributes', 'data:application/json,1', {}],
  ['javascript typed json', 'data:text/javascript,export{}', { type: 'json' }],
  ['unknown type on javascript', 'data:text/javascript,export{}', { type: 'css' }],
  ['unknown type on json', 'data:application/json,1', { type: 'unsupported' }],
  ['unknown key', 'data:application/json,1', { foo: 'bar' }],
  ['unknown key beside type', 'data:text/javascript,export{}', { type: 'json', other: 'x' }],
  ['css MIME type', 'data:text/css,', { type: 'css' }],
  ['no MIME type', 'data:,export default 1', undefined],
  ['not a data URL body', 'data:bad', undefined],
];
for (const [what, url, attributes] of attempts) {
  try {
    await import(url, attributes === undefined ? undefined : { with: attributes });
    console.log(what, 'loaded');
  } catch (err) {
    console.log(what, '->', err.name, err.code, err.message);
  }
}
const static1 = 'data:text/javascript,import "data:application/json,1" with { type: "json" }; export default 1';
console.log('static json import', (await import(static1)).default);
