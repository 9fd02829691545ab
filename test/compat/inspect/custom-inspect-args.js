const util = require('util');
const o = {
  [util.inspect.custom](depth, options, inspect) {
    return `depth=${depth} opts.depth=${options.depth} colors=${options.colors} same=${inspect === util.inspect} stylize=${typeof options.stylize}`;
  },
};
console.log(util.inspect(o));
console.log(util.inspect({ a: { b: o } }));
console.log(util.inspect(o, { depth: 5 }));
const styl = { [util.inspect.custom](d, opts) { return opts.stylize('styled', 'special'); } };
console.log(JSON.stringify(util.inspect(styl, { colors: true })));
const nested = {
  [util.inspect.custom](depth, options, inspect) {
    return `Box(${inspect({ inner: [1, 2] }, { ...options, depth: options.depth === null ? null : options.depth - 1 })})`;
  },
};
console.log(util.inspect({ x: nested }));
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log(util.inspect({ a: multi, b: 1 }));
