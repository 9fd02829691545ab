// debug 4 unmodified on stderr: DEBUG namespaces with wildcards and exclusions, enable/disable at run time,
// extend, the %o/%O/%j/%d/%s/%c formatters, custom formatters and colours; dates hidden (DEBUG_HIDE_DATE) and
// colours off (DEBUG_COLORS), as debug reads them from the environment when it loads.
process.env.DEBUG = 'app:*,-app:secret,lib';
process.env.DEBUG_HIDE_DATE = 'true';
process.env.DEBUG_COLORS = 'no';
process.env.DEBUG_DEPTH = '1';
const debug = require('debug');

const app = debug('app:server');
const secret = debug('app:secret');
const lib = debug('lib');
const other = debug('other');
console.log('enabled', app.enabled, secret.enabled, lib.enabled, other.enabled, debug.enabled('app:x'),
  debug.enabled('lib:sub'), debug.enabled('app:secret'));
console.log('inspectOpts', JSON.stringify(debug.inspectOpts));

app('listening on %d', 8080);
app('string %s, json %j, object %o', 'text', { a: [1, 2] }, { nested: { deep: { deeper: 1 } }, list: [1, 2, 3] });
app('multi-line %O', { b: 'x\ny', c: new Map([[1, { d: 2 }]]) });
app(new Error('an error as the first argument').message);
app('%c styled', 'color: red');
app('percent %% and extra args', 1, 'two', [3]);
app({ notAString: true });
secret('never printed');
other('never printed');
lib('library message');

const sub = app.extend('db');
const sibling = app.extend('cache', '/');
console.log('extend', sub.namespace, sibling.namespace, sub.enabled, sibling.enabled);
sub('query %s took %d rows', 'SELECT 1', 1);

debug.formatters.h = (v) => Buffer.from(v).toString('hex');
app('custom formatter %h', 'hi');

app.log = (...args) => console.log('[custom log]', ...args);
app('routed to stdout');
delete app.log;

const colored = debug('app:colored');
colored.useColors = true;
debug.humanize = () => 'Nms';
colored('coloured line\nsecond line %o', 42);
console.log('colour is a number', typeof colored.color, debug.colors.includes(colored.color));

console.log('disable returns', JSON.stringify(debug.disable()));
app('after disable: never printed');
debug.enable('other,app:*');
console.log('after enable', other.enabled, app.enabled, lib.enabled);
other('other is on now');
debug.enable('*,-app:*');
console.log('star with exclusion', other.enabled, app.enabled, debug.enabled('x:y'));
const manual = debug('manual');
manual.enabled = false;
manual('forced off');
console.log('coerce', debug.coerce(new Error('boom')).slice(0, 11), debug.coerce(5));
