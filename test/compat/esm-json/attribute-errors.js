// A JSON file needs `type: 'json'`; an ES module or CommonJS file refuses it; unknown keys and types are refused.
const here = (name) => new URL(`./fixtures/${name}`, import.meta.url).href;
const attempts = [
  ['json file, no attributes', './fixtures/data.json', undefined],
  ['json file, unknown key', './fixtures/data.json', { type: 'json', mode: 'strict' }],
  ['module typed json', './fixtures/plain.js', { type: 'json' }],
  ['commonjs typed json', './fixtures/plain.cjs', { type: 'json' }],
  ['builtin typed json', 'node:path', { type: 'json' }],
  ['module typed javascript', './fixtures/plain.js', { type: 'javascript' }],
];
for (const [what, specifier, attributes] of attempts) {
  try {
    await import(specifier, attributes === undefined ? undefined : { with: attributes });
    console.log(what, 'loaded');
  } catch (err) {
    console.log(what, '->', err.name, err.code, err.message.replaceAll(here(''), '<fixtures>/'));
  }
}
const ok = await import('./fixtures/data.json', { with: { type: 'json' } });
const again = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log('loaded with type json:', ok.default, ok === again);
