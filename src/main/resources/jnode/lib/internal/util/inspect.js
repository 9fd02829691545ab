'use strict';

// util.inspect and util.format, written to print exactly what Node 24 prints.
//
// Reading order: options and the per-call state ("ctx"), then how one value is rendered
// (renderValue -> renderObject), the entry builders for each kind of object, property rendering,
// layout (how entries become one line or many), errors, and finally util.format.
//
// What plain JavaScript cannot see (a promise's state, a proxy's target, the entries of a Map
// iterator without consuming it, an object's internal class) comes from internalBinding('util');
// every hook is optional and has a pure-JavaScript fallback, so this module also runs where the
// binding offers less.

const engine = loadEngineHooks();

function loadEngineHooks() {
  try {
    return internalBinding('util') || {};
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------------------------------------
// Built-ins captured at load time, so that user code replacing them cannot change the output.

const uncurry = (fn) => Function.prototype.call.bind(fn);
const ownDescriptor = Object.getOwnPropertyDescriptor;
const protoOf = Object.getPrototypeOf;
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const objectToString = uncurry(Object.prototype.toString);
const functionSource = uncurry(Function.prototype.toString);
const symbolText = uncurry(Symbol.prototype.toString);
const errorToString = uncurry(Error.prototype.toString);
const dateTime = uncurry(Date.prototype.getTime);
const dateIso = uncurry(Date.prototype.toISOString);
const dateText = uncurry(Date.prototype.toString);
const regexpText = uncurry(RegExp.prototype.toString);
const getterOf = (proto, name) => uncurry(ownDescriptor(proto, name).get);

const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const mapEntriesOf = uncurry(Map.prototype.entries);
const setValuesOf = uncurry(Set.prototype.values);
const mapIteratorNext = uncurry(protoOf(new Map().entries()).next);
const setIteratorNext = uncurry(protoOf(new Set().values()).next);
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const arrayBufferLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedBufferLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewLength = getterOf(DataView.prototype, 'byteLength');
const TypedArrayPrototype = protoOf(Uint8Array.prototype);
const typedArrayKind = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayLength = getterOf(TypedArrayPrototype, 'length');
const regexpSource = getterOf(RegExp.prototype, 'source');
const numberValue = uncurry(Number.prototype.valueOf);
const stringValue = uncurry(String.prototype.valueOf);
const booleanValue = uncurry(Boolean.prototype.valueOf);
const bigintValue = uncurry(BigInt.prototype.valueOf);
const symbolValue = uncurry(Symbol.prototype.valueOf);
const promiseThen = Promise.prototype.then;

const AsyncFunctionPrototype = protoOf(async function () {});
const GeneratorFunctionPrototype = protoOf(function* () {});
const AsyncGeneratorFunctionPrototype = protoOf(async function* () {});

// Names of the global constructors, to tell built-in prototypes from user-defined ones.
// Node's own globals are not engine built-ins: String(buffer) is what '%s' prints for a Buffer.
const nodeGlobalNames = new Set(['Buffer', 'DOMException', 'Navigator', 'URL', 'URLSearchParams']);
const globalConstructorNames = new Set(
  Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name) &&
    !nodeGlobalNames.has(name)));

// ---------------------------------------------------------------------------------------------
// Options

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const optionDefaults = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

// How a property is rendered, and how the entries of its holder are laid out.
const OBJECT_ENTRIES = 0; // "key: value" entries of a plain object
const LIST_ITEM = 1; // an array element: the bare value
const LIST_ENTRIES = 2; // entries of a list-like object (array items and its extra "key: value"s)

const MIN_LINE_WIDTH = 16;
// Past this many characters of output at one indentation, stop descending (Node's safety valve).
const OUTPUT_BUDGET = 2 ** 27;

function plainStyle(text) {
  return text;
}

function colorStyle(text, styleName) {
  const style = inspect.styles[styleName];
  if (style !== undefined) {
    const codes = inspect.colors[style];
    if (codes !== undefined) {
      return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
    }
  }
  return text;
}

// The option names in their documented order; custom inspect functions see them in this order.
const optionNames = Object.keys(optionDefaults);

function inspect(value, options, ...legacyArguments) {
  const ctx = {
    stylize: plainStyle,
    seen: [],
    indentationLvl: 0,
    currentDepth: 0,
    // Characters printed per indentation, to stop descending into enormous structures.
    budget: {},
  };
  for (const name of optionNames) ctx[name] = optionDefaults[name];
  applyCallerOptions(ctx, options, legacyArguments);
  if (ctx.colors) ctx.stylize = colorStyle;
  for (const limit of ['maxArrayLength', 'maxStringLength']) {
    if (ctx[limit] === null) ctx[limit] = Infinity;
  }
  return renderValue(ctx, value, 0);
}

// Accepts an options object, or the legacy positional form inspect(value, showHidden, depth, colors).
function applyCallerOptions(ctx, options, [depth, colors]) {
  if (depth !== undefined) ctx.depth = depth;
  if (colors !== undefined) ctx.colors = colors;
  if (typeof options === 'boolean') {
    ctx.showHidden = options;
    return;
  }
  if (!options) return;
  for (const key of Object.keys(options)) {
    const known = key === 'stylize' || hasOwn(optionDefaults, key);
    if (known) {
      ctx[key] = options[key];
    } else {
      // Custom inspect functions still receive options we do not know.
      ctx.userOptions ??= options;
    }
  }
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  enumerable: true,
  get() {
    return optionDefaults;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'object', options);
    }
    Object.assign(optionDefaults, options);
  },
});

// ANSI codes as [open, close].
inspect.colors = Object.assign({ __proto__: null }, {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

// Alternative spellings: hidden properties that read (and, once written, replace) another color.
for (const [name, original] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
]) {
  Object.defineProperty(inspect.colors, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      return this[original];
    },
    set(value) {
      Object.defineProperty(this, name, {
        __proto__: null, configurable: true, enumerable: true, writable: true, value,
      });
    },
  });
}

inspect.styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

// The options object handed to a custom inspect function.
function optionsForCustom(ctx) {
  const options = { stylize: ctx.stylize };
  for (const name of optionNames) options[name] = ctx[name];
  return { ...options, ...ctx.userOptions };
}

// ---------------------------------------------------------------------------------------------
// What kind of object is this? Brand checks that neither run user code nor trust Symbol.toStringTag.

function passes(check, value) {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

const isMap = (v) => passes(mapSize, v);
const isSet = (v) => passes(setSize, v);
const isWeakMap = (v) => passes((o) => weakMapHas(o, {}), v);
const isWeakSet = (v) => passes((o) => weakSetHas(o, {}), v);
const isDate = (v) => passes(dateTime, v);
const isDataView = (v) => passes(dataViewLength, v);
const isArrayBuffer = (v) => passes(arrayBufferLength, v);
const isSharedArrayBuffer = (v) => sharedBufferLength !== undefined && passes(sharedBufferLength, v);
const isTypedArray = (v) => typedArrayKind(v) !== undefined;

function isRegExp(value) {
  // The source getter accepts RegExp.prototype itself, which is not a regular expression.
  return value !== RegExp.prototype && passes(regexpSource, value);
}

function internalClass(value) {
  if (typeof engine.className === 'function') {
    const name = engine.className(value);
    if (typeof name === 'string') return name;
  }
  return undefined;
}

function isMapIterator(value) {
  if (typeof engine.className === 'function') return internalClass(value) === 'Map Iterator';
  return false;
}

function isSetIterator(value) {
  if (typeof engine.className === 'function') return internalClass(value) === 'Set Iterator';
  return false;
}

function isArguments(value) {
  if (typeof engine.className === 'function') return internalClass(value) === 'Arguments';
  // Without the engine: a sloppy arguments object has an own, non-enumerable callee.
  const callee = ownDescriptor(value, 'callee');
  return callee !== undefined && !callee.enumerable && objectToString(value) === '[object Arguments]';
}

function isModuleNamespace(value) {
  if (typeof engine.isModuleNamespace === 'function') return engine.isModuleNamespace(value) === true;
  if (protoOf(value) !== null || !Object.isSealed(value)) return false;
  const tag = ownDescriptor(value, Symbol.toStringTag);
  return tag !== undefined && tag.value === 'Module' && !tag.writable && !tag.enumerable && !tag.configurable;
}

// [state, result] (0 pending, 1 fulfilled, 2 rejected); the result is missing when the engine
// cannot read it. Binding results may be host arrays: read them by index only.
function promiseDetails(value) {
  if (typeof engine.promiseState === 'function') {
    const details = engine.promiseState(value);
    if (details === undefined || details === null) return undefined;
    return details.length > 1 ? [details[0], details[1]] : [details[0]];
  }
  return undefined;
}

function isPromise(value) {
  if (typeof engine.promiseState === 'function') return promiseDetails(value) !== undefined;
  return value instanceof Promise && value.then === promiseThen;
}

// [target, handler] for a proxy (target null once revoked), undefined for anything else.
function proxyDetails(value) {
  if (typeof engine.proxyDetails === 'function') {
    const details = engine.proxyDetails(value);
    return details === null || details === undefined ? undefined : [details[0], details[1]];
  }
  return undefined;
}

function isError(value) {
  if (typeof Error.isError === 'function' && Error.isError(value)) return true;
  return value instanceof Error || internalClass(value) === 'Error';
}

function boxedKind(value) {
  if (passes(numberValue, value)) return 'Number';
  if (passes(stringValue, value)) return 'String';
  if (passes(booleanValue, value)) return 'Boolean';
  if (passes(bigintValue, value)) return 'BigInt';
  if (passes(symbolValue, value)) return 'Symbol';
  return undefined;
}

function functionKind(fn) {
  if (typeof engine.functionKind === 'function') {
    const kind = engine.functionKind(fn);
    if (typeof kind === 'string') return kind;
  }
  const proto = protoOf(fn);
  if (proto === AsyncGeneratorFunctionPrototype) return 'AsyncGeneratorFunction';
  if (proto === GeneratorFunctionPrototype) return 'GeneratorFunction';
  if (proto === AsyncFunctionPrototype) return 'AsyncFunction';
  return 'Function';
}

// ---------------------------------------------------------------------------------------------
// Primitives

// Escapes for the characters below 0xA0 that a quoted string must not show raw.
const escapeTable = [];
for (let code = 0; code < 0xa0; code++) {
  if (code < 0x20 || code >= 0x7f) {
    escapeTable[code] = `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}
escapeTable[8] = '\\b';
escapeTable[9] = '\\t';
escapeTable[10] = '\\n';
escapeTable[12] = '\\f';
escapeTable[13] = '\\r';
escapeTable[0x27] = "\\'";
escapeTable[0x5c] = '\\\\';

const needsEscapeWithQuote =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscape =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllWithQuote = new RegExp(needsEscapeWithQuote.source, 'g');
const escapeAll = new RegExp(needsEscape.source, 'g');

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return escapeTable[code] ?? `\\u${code.toString(16)}`;
}

// Escapes without quoting (used for symbol keys and hidden keys).
function escapeBare(text) {
  return escapeAllWithQuote.test(text) ? text.replace(escapeAllWithQuote, escapeChar) : text;
}

// Quotes a string: single quotes unless it contains one, then double quotes, then backticks.
function quote(text) {
  let mark = "'";
  let pattern = escapeAllWithQuote;
  if (text.includes("'")) {
    if (!text.includes('"')) {
      mark = '"';
      pattern = escapeAll;
    } else if (!text.includes('`') && !text.includes('${')) {
      mark = '`';
      pattern = escapeAll;
    }
  }
  // Fast path for short, plain strings.
  pattern.lastIndex = 0;
  if (text.length < 5000 && !pattern.test(text)) return mark + text + mark;
  pattern.lastIndex = 0;
  return mark + text.replace(pattern, escapeChar) + mark;
}

// Inserts "_" every three digits, counting from the right ("-1234567" -> "-1_234_567").
function groupFromRight(digits) {
  const first = digits[0] === '-' ? 1 : 0;
  let end = digits.length;
  let tail = '';
  while (end - first > 3) {
    tail = `_${digits.slice(end - 3, end)}${tail}`;
    end -= 3;
  }
  return digits.slice(0, end) + tail;
}

// Inserts "_" every three digits, counting from the left (for the fraction).
function groupFromLeft(digits) {
  const groups = [];
  let start = 0;
  while (digits.length - start > 3) {
    groups.push(digits.slice(start, start + 3));
    start += 3;
  }
  groups.push(digits.slice(start));
  return groups.join('_');
}

function numberText(style, number, separators) {
  if (Object.is(number, -0)) return style('-0', 'number');
  if (!separators) return style(`${number}`, 'number');
  const whole = Math.trunc(number);
  const wholeText = String(whole);
  if (whole === number) {
    if (!Number.isFinite(number) || wholeText.includes('e')) return style(wholeText, 'number');
    return style(groupFromRight(wholeText), 'number');
  }
  if (Number.isNaN(number)) return style(wholeText, 'number');
  const fraction = String(number).slice(wholeText.length + 1);
  return style(`${groupFromRight(wholeText)}.${groupFromLeft(fraction)}`, 'number');
}

function bigintText(style, bigint, separators) {
  const digits = String(bigint);
  return style(`${separators ? groupFromRight(digits) : digits}n`, 'bigint');
}

const primitiveFormatters = {
  __proto__: null,
  string: (style, value, ctx) => stringText(ctx, style, value),
  number: (style, value, ctx) => numberText(style, value, ctx.numericSeparator),
  bigint: (style, value, ctx) => bigintText(style, value, ctx.numericSeparator),
  boolean: (style, value) => style(String(value), 'boolean'),
  undefined: (style) => style('undefined', 'undefined'),
  symbol: (style, value) => style(symbolText(value), 'symbol'),
};

function renderPrimitive(style, value, ctx) {
  return primitiveFormatters[typeof value](style, value, ctx);
}

// Quoted and escaped; cut at maxStringLength; a string too long for the line is printed one quoted
// piece per line, joined with " +".
function stringText(ctx, style, text) {
  const cutCount = Math.max(text.length - ctx.maxStringLength, 0);
  const shown = cutCount > 0 ? text.slice(0, ctx.maxStringLength) : text;
  const cutNote = cutCount > 0 ? `... ${cutCount} more character${cutCount > 1 ? 's' : ''}` : '';
  const tooLong = ctx.compact !== true && shown.length > MIN_LINE_WIDTH &&
    shown.length > ctx.breakLength - ctx.indentationLvl - 4;
  if (!tooLong) return style(quote(shown), 'string') + cutNote;
  const joint = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
  return shown.split(/(?<=\n)/).map((line) => style(quote(line), 'string')).join(joint) + cutNote;
}

// ---------------------------------------------------------------------------------------------
// Rendering one value

function renderValue(ctx, value, level, insideTypedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return renderPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // The receiver for custom inspect functions stays the proxy itself.
  const original = value;
  const proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return renderProxy(ctx, proxy, level);
    value = proxy[0];
  }

  if (ctx.customInspect) {
    let custom;
    try {
      custom = value[customInspectSymbol];
    } catch {
      custom = undefined;
    }
    if (typeof custom === 'function' && custom !== inspect && !isOwnConstructorPrototype(value)) {
      const depthLeft = ctx.depth === null ? null : ctx.depth - level;
      const result = custom.call(original, depthLeft, optionsForCustom(ctx), inspect);
      if (result !== original) {
        if (typeof result !== 'string') return renderValue(ctx, result, level);
        return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    if (ctx.circular === undefined) ctx.circular = new Map();
    let id = ctx.circular.get(value);
    if (id === undefined) {
      id = ctx.circular.size + 1;
      ctx.circular.set(value, id);
    }
    return ctx.stylize(`[Circular *${id}]`, 'special');
  }
  return renderObject(ctx, value, level, insideTypedArray);
}

// A prototype object (Foo.prototype) is not asked to inspect itself.
function isOwnConstructorPrototype(value) {
  const desc = ownDescriptor(value, 'constructor');
  return desc !== undefined && desc.value != null && desc.value.prototype === value;
}

function renderProxy(ctx, proxy, level) {
  if (ctx.depth !== null && level > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  level += 1;
  ctx.indentationLvl += 2;
  const parts = [renderValue(ctx, proxy[0], level), renderValue(ctx, proxy[1], level)];
  ctx.indentationLvl -= 2;
  return layout(ctx, parts, '', ['Proxy [', ']'], LIST_ENTRIES, level);
}

// The name printed before the braces: the first named constructor up the prototype chain that the
// object is an instance of. Objects without one are described by their internal class and their
// prototype ("Object <Foo>", "Object <[Object: null prototype] {}>"); null means no prototype at all.
function constructorName(obj, ctx, level, protoEntries) {
  for (let holder = obj, step = 0; holder; holder = protoOf(holder), step++) {
    const ctor = namedConstructorOf(holder, obj);
    if (ctor === undefined) continue;
    // An instance of a plain built-in (its direct prototype's class) has no prototype keys to show.
    const directBuiltin = step === 1 && globalConstructorNames.has(ctor.name);
    if (protoEntries !== undefined && !directBuiltin) {
      collectPrototypeKeys(ctx, obj, step === 0 ? obj : protoOf(obj), level, protoEntries);
    }
    return String(ctor.name);
  }
  const proto = protoOf(obj);
  if (proto === null) return null;
  const ownClass = internalClass(obj) ?? objectToString(obj).slice(8, -1);
  if (depthExceeded(ctx, level)) return `${ownClass} <Complex prototype>`;
  const protoName = constructorName(proto, ctx, level + 1, protoEntries) ??
    inspect(proto, { ...ctx, customInspect: false, depth: -1 });
  return `${ownClass} <${protoName}>`;
}

function namedConstructorOf(holder, instance) {
  const candidate = ownDescriptor(holder, 'constructor')?.value;
  if (typeof candidate !== 'function' || candidate.name === '') return undefined;
  return isInstance(instance, candidate) ? candidate : undefined;
}

function isInstance(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// With showHidden, the data properties (not the methods) of up to three user-defined prototypes
// are listed too, dimmed; the walk stops at the first built-in prototype.
function collectPrototypeKeys(ctx, instance, start, level, out) {
  const depthBefore = ctx.depth;
  let holder = start;
  for (let step = 0; step < 3; step++) {
    if (step > 0 || holder === instance) {
      holder = protoOf(holder);
      if (holder === null || isBuiltinPrototypeOf(holder, instance)) return;
    }
    const listedBefore = new Set(step === 0 ? [] : out);
    ctx.seen.push(instance);
    for (const key of Reflect.ownKeys(holder)) {
      if (key === 'constructor' || hasOwn(instance, key) || listedBefore.has(key)) continue;
      const desc = ownDescriptor(holder, key);
      if (typeof desc.value === 'function') continue;
      const text = renderProperty(ctx, holder, level, key, OBJECT_ENTRIES, desc, instance);
      out.push(ctx.colors ? `\u001b[2m${text}\u001b[22m` : text);
    }
    ctx.seen.pop();
  }
  ctx.depth = depthBefore;
}

function isBuiltinPrototypeOf(holder, instance) {
  const ctor = ownDescriptor(holder, 'constructor')?.value;
  return typeof ctor === 'function' && globalConstructorNames.has(ctor.name) && isInstance(instance, ctor);
}

// "Foo [bar] " style prefix before the braces.
function prefixOf(ctor, tag, fallback, size = '') {
  if (ctor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && ctor !== tag) return `${ctor}${size} [${tag}] `;
  return `${ctor}${size} `;
}

function isArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  if (key !== '0' && !/^[1-9][0-9]*$/.test(key)) return false;
  return Number(key) < 4294967295;
}

function ownKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch (err) {
      // A module namespace with bindings still in their temporal dead zone.
      if (isModuleNamespace(value)) {
        keys = Object.getOwnPropertyNames(value);
      } else {
        throw err;
      }
    }
    for (const symbol of symbols) {
      if (isEnumerable(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function nonIndexKeys(value, showHidden) {
  return Reflect.ownKeys(value).filter((key) =>
    !isArrayIndex(key) && (showHidden || isEnumerable(value, key)));
}

// A tag the constructor's name already says is left out: the name contains it, followed by the end of
// the name or an upper-case letter ("MyMap", "MapX", but not "Mapper" or "Map1").
function tagInName(ctor, tag) {
  const at = ctor.indexOf(tag);
  if (at === -1) return false;
  const next = ctor.codePointAt(at + tag.length);
  return next === undefined || /^\p{Lu}$/u.test(String.fromCodePoint(next));
}

function toStringTagOf(value, ctx, ctor) {
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    return '';
  }
  if (typeof tag !== 'string') return '';
  // An own tag shows among the properties already; don't print it twice.
  if (tag !== '' && (ctx.showHidden ? hasOwn(value, Symbol.toStringTag) :
    isEnumerable(value, Symbol.toStringTag))) {
    return '';
  }
  if (tag !== '' && typeof ctor === 'string' && tagInName(ctor, tag)) return '';
  return tag;
}

function renderObject(ctx, value, level, insideTypedArray) {
  let protoEntries = ctx.showHidden && !depthExceeded(ctx, level) ? [] : undefined;
  const ctor = constructorName(value, ctx, level, protoEntries);
  // With nothing found on the prototypes, they add nothing (not even to "has extras").
  if (protoEntries !== undefined && protoEntries.length === 0) protoEntries = undefined;
  const tag = toStringTagOf(value, ctx, ctor);
  const shape = shapeOf({ ctx, value, ctor, tag, level, insideTypedArray });
  const shortText = shape.shortForm?.(shape.keys.length === 0 && protoEntries === undefined);
  if (shortText !== undefined) return shortText;
  if (depthExceeded(ctx, level)) return ctx.stylize(collapsedName(value, ctor, tag), 'special');

  const inner = level + 1;
  const indentationBefore = ctx.indentationLvl;
  ctx.seen.push(value);
  ctx.currentDepth = inner;
  let entries;
  try {
    const slotsInsideTypedArray = shape.insideTypedArray ?? insideTypedArray;
    entries = [
      ...shape.entries(ctx, value, inner),
      ...shape.slots.map((slot) => renderSlot(ctx, value, inner, slot, slotsInsideTypedArray)),
      ...shape.keys.map((key) => renderProperty(ctx, value, inner, key, shape.kind)),
      ...(protoEntries ?? []),
    ];
  } catch (err) {
    return stackOverflowNote(ctx, err, genericPrefix(value, ctor, tag).slice(0, -1), indentationBefore);
  }
  let base = shape.base;
  const refId = ctx.circular?.get(value);
  if (refId !== undefined) {
    // The target of a [Circular *n] reference is labelled "<ref *n>".
    const ref = ctx.stylize(`<ref *${refId}>`, 'special');
    if (ctx.compact === true) {
      shape.braces[0] = `${ref} ${shape.braces[0]}`;
    } else {
      base = base === '' ? ref : `${ref} ${base}`;
    }
  }
  ctx.seen.pop();
  if (ctx.sorted) entries = sortedEntries(ctx, entries, shape.kind, shape.keys.length);

  const text = layout(ctx, entries, base, shape.braces, shape.kind, inner, value);
  const spent = (ctx.budget[ctx.indentationLvl] ?? 0) + text.length;
  ctx.budget[ctx.indentationLvl] = spent;
  if (spent > OUTPUT_BUDGET) ctx.depth = -1;
  return text;
}

function depthExceeded(ctx, level) {
  return ctx.depth !== null && level > ctx.depth;
}

// "[Foo]" for an object below the depth limit ("[Object: null prototype]" style without a class).
function collapsedName(value, ctor, tag) {
  const name = genericPrefix(value, ctor, tag).slice(0, -1);
  return ctor === null ? name : `[${name}]`;
}

// Object entries sort as a whole; in lists only the named properties after the items do.
function sortedEntries(ctx, entries, kind, namedCount) {
  const compare = ctx.sorted === true ? undefined : ctx.sorted;
  if (kind === OBJECT_ENTRIES) return entries.sort(compare);
  if (namedCount < 2) return entries;
  const split = entries.length - namedCount;
  return entries.slice(0, split).concat(entries.slice(split).sort(compare));
}

// ---------------------------------------------------------------------------------------------
// Shapes: how each kind of object prints. A shape says which properties to list (keys), the braces
// and text before them (base), where the kind's own entries come from, internal slots shown as
// "[name]: value", and optionally a short form used when there is nothing else to show.

function shapeOf(facts) {
  const { ctx, value, ctor } = facts;
  if (Symbol.iterator in value || ctor === null) {
    const iterableMatch = iterableShapes.find(([applies]) => applies(value));
    if (iterableMatch !== undefined) return completeShape(iterableMatch[1](facts));
  }
  const keys = ownKeys(value, ctx.showHidden);
  const match = plainShapes.find(([applies]) => applies(value, facts));
  return completeShape(match[1](facts, keys), keys);
}

function completeShape(shape, keys) {
  return { keys, base: '', braces: ['{', '}'], kind: OBJECT_ENTRIES, entries: noEntries, slots: [], ...shape };
}

// The "Name(size) [tag] " or "[Name(size): null prototype] " label of a built-in kind.
const labelOf = ({ ctor, tag }, kindName, size) => prefixOf(ctor, tag, kindName, size);

const iterableShapes = [
  [Array.isArray, arrayShape],
  [isSet, (facts) => keyedCollectionShape(facts, 'Set', setSize(facts.value), setEntries)],
  [isMap, (facts) => keyedCollectionShape(facts, 'Map', mapSize(facts.value), mapEntries)],
  [isTypedArray, typedArrayShape],
  [isMapIterator, (facts) => iteratorShape(facts, 'Map')],
  [isSetIterator, (facts) => iteratorShape(facts, 'Set')],
];

const plainShapes = [
  [(value) => typeof value === 'function', functionShape],
  [(value, facts) => facts.ctor === 'Object', objectShape],
  [isRegExp, regExpShape],
  [isDate, dateShape],
  [isError, errorShape],
  [(value) => isArrayBuffer(value) || isSharedArrayBuffer(value), bufferShape],
  [isDataView, (facts) => labelledShape(facts, 'DataView', { slots: ['byteLength', 'byteOffset', 'buffer'] })],
  [isPromise, (facts) => labelledShape(facts, 'Promise', { entries: promiseEntries })],
  [isWeakSet, (facts) => labelledShape(facts, 'WeakSet',
    { entries: facts.ctx.showHidden ? weakSetEntries : weakUnknown })],
  [isWeakMap, (facts) => labelledShape(facts, 'WeakMap',
    { entries: facts.ctx.showHidden ? weakMapEntries : weakUnknown })],
  [isModuleNamespace, (facts, keys) => labelledShape(facts, 'Module',
    { entries: (ctx, value, level) => namespaceEntries(ctx, value, level, keys) })],
  [(value) => boxedKind(value) !== undefined, boxedShape],
  [() => true, genericShape],
];

function arrayShape({ ctx, value, ctor, tag }) {
  const label = ctor === 'Array' && tag === '' ? '' : labelOf({ ctor, tag }, 'Array', `(${value.length})`);
  return {
    keys: nonIndexKeys(value, ctx.showHidden),
    braces: [`${label}[`, ']'],
    kind: LIST_ENTRIES,
    entries: arrayEntries,
    shortForm: (nothingElse) => (value.length === 0 && nothingElse ? `${label}[]` : undefined),
  };
}

function keyedCollectionShape(facts, kindName, size, entries) {
  const label = labelOf(facts, kindName, `(${size})`);
  return {
    keys: ownKeys(facts.value, facts.ctx.showHidden),
    braces: [`${label}{`, '}'],
    entries,
    shortForm: (nothingElse) => (size === 0 && nothingElse ? `${label}{}` : undefined),
  };
}

function typedArrayShape(facts) {
  const { ctx, value, ctor } = facts;
  const keys = nonIndexKeys(value, ctx.showHidden);
  // Without a constructor to name it, the elements are read through a fresh array of its kind.
  const kindName = ctor === null ? typedArrayKind(value) : '';
  const elements = ctor === null ? new globalThis[kindName](value) : value;
  const length = typedArrayLength(value);
  const label = labelOf(facts, kindName, `(${length})`);
  const shape = {
    keys,
    braces: [`${label}[`, ']'],
    kind: LIST_ENTRIES,
    entries: (c, v, level) => typedArrayEntries(c, elements, length, level),
    shortForm: () => (length === 0 && keys.length === 0 && !ctx.showHidden ? `${label}[]` : undefined),
  };
  if (ctx.showHidden) {
    shape.slots = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
    shape.insideTypedArray = true;
  }
  return shape;
}

function iteratorShape(facts, kindName) {
  const braces = iteratorBraces(kindName, facts.tag);
  return {
    keys: ownKeys(facts.value, facts.ctx.showHidden),
    braces,
    entries: (ctx, value, level) => iteratorEntries(ctx, value, level, braces),
  };
}

function functionShape({ ctx, value, ctor, tag }) {
  const base = functionBase(ctx, value, ctor, tag);
  return { base, shortForm: (nothingElse) => (nothingElse ? ctx.stylize(base, 'special') : undefined) };
}

function objectShape(facts) {
  let opening = '{';
  if (isArguments(facts.value)) {
    opening = '[Arguments] {';
  } else if (facts.tag !== '') {
    opening = `${labelOf(facts, 'Object')}{`;
  }
  return { braces: [opening, '}'], shortForm: (nothingElse) => (nothingElse ? `${opening}}` : undefined) };
}

// RegExp and Date print their own text, prefixed only when subclassed or tagged.
function selfDescribedShape(facts, kindName, text, styleName, collapses) {
  const label = labelOf(facts, kindName);
  const base = label === `${kindName} ` ? text : `${label}${text}`;
  return {
    base,
    shortForm: (nothingElse) =>
      (nothingElse || (collapses && depthExceeded(facts.ctx, facts.level)) ?
        facts.ctx.stylize(base, styleName) : undefined),
  };
}

function regExpShape(facts) {
  const { value, ctor } = facts;
  return selfDescribedShape(facts, 'RegExp', regexpText(ctor !== null ? value : new RegExp(value)), 'regexp', true);
}

function dateShape(facts) {
  const { value } = facts;
  const text = Number.isNaN(dateTime(value)) ? dateText(value) : dateIso(value);
  return selfDescribedShape(facts, 'Date', text, 'date', false);
}

function errorShape({ ctx, value, ctor, tag }, keys) {
  const base = errorBase(value, ctor, tag, ctx, keys);
  return { base, shortForm: (nothingElse) => (nothingElse ? base : undefined) };
}

function bufferShape(facts) {
  const { ctx, value, insideTypedArray } = facts;
  const label = labelOf(facts, isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
  const shape = { braces: [`${label}{`, '}'], slots: ['byteLength'] };
  if (insideTypedArray === undefined) {
    shape.entries = bufferEntries;
  } else {
    // Under a typed array's [buffer], only the length is worth repeating.
    shape.shortForm = (nothingElse) => (nothingElse ?
      `${label}{ [byteLength]: ${numberText(ctx.stylize, value.byteLength, false)} }` : undefined);
  }
  return shape;
}

function labelledShape(facts, kindName, shape) {
  return { braces: [`${labelOf(facts, kindName)}{`, '}'], ...shape };
}

function boxedShape({ ctx, value, ctor, tag }, keys) {
  const base = boxedBase(value, boxedKind(value), ctx, keys, ctor, tag);
  return { base, shortForm: (nothingElse) => (nothingElse ? base : undefined) };
}

function genericShape({ value, ctor, tag }) {
  const label = genericPrefix(value, ctor, tag);
  return { braces: [`${label}{`, '}'], shortForm: (nothingElse) => (nothingElse ? `${label}{}` : undefined) };
}

function renderSlot(ctx, value, level, slot, insideTypedArray) {
  let slotValue;
  try {
    slotValue = value[slot];
  } catch {
    // A detached view throws; Node then reads the slot from the buffer.
    slotValue = value.buffer[slot];
  }
  ctx.indentationLvl += 2;
  const text = renderValue(ctx, slotValue, level, insideTypedArray);
  ctx.indentationLvl -= 2;
  return `${ctx.stylize(`[${slot}]`, 'string')}: ${text}`;
}

// The prefix used when nothing more specific is known; null-prototype objects name their
// internal class.
function genericPrefix(value, ctor, tag) {
  let fallback = '';
  if (ctor === null) {
    fallback = internalClass(value) ?? objectToString(value).slice(8, -1);
    if (fallback === tag) fallback = 'Object';
  }
  return prefixOf(ctor, tag, fallback);
}

function stackOverflowNote(ctx, err, name, indentation) {
  if (err instanceof RangeError && /call stack|stack overflow|too much recursion/i.test(String(err.message))) {
    ctx.seen.pop();
    ctx.indentationLvl = indentation;
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  throw err;
}

// "[Map Iterator] {", or "[tag] [Map Iterator] {" when a different tag is set.
function iteratorBraces(kindName, tag) {
  const name = `${kindName} Iterator`;
  const label = tag === '' || tag === name ? name : `${tag}] [${name}`;
  return [`[${label}] {`, '}'];
}

function functionBase(ctx, fn, ctor, tag) {
  let source;
  try {
    source = functionSource(fn);
  } catch {
    source = '';
  }
  if (looksLikeClass(source)) return classBase(fn, ctor, tag);
  const type = functionKind(fn);
  let base = `[${type}`;
  if (ctor === null) base += ' (null prototype)';
  if (fn.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof fn.name === 'string' ? fn.name : renderValue(ctx, fn.name, 0)}`;
  }
  base += ']';
  if (ctor !== type && ctor !== null) base += ` ${ctor}`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  return base;
}

// "class X {...}" but not a method that happens to be called "class".
function looksLikeClass(source) {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const rest = source.slice(5, -1).replace(/\/\/[^\n]*\n|\/\*[\s\S]*?\*\//g, ' ');
  if (rest.length === 0 || !/^[\s{]/.test(rest)) return false;
  const brace = rest.indexOf('{');
  return brace !== -1 && !rest.slice(0, brace).trimStart().startsWith('(');
}

function classBase(fn, ctor, tag) {
  const name = (hasOwn(fn, 'name') && fn.name) || '(anonymous)';
  let base = `class ${name}`;
  if (ctor !== 'Function' && ctor !== null) base += ` [${ctor}]`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  if (ctor !== null) {
    const parentName = protoOf(fn).name;
    if (parentName) base += ` extends ${parentName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function boxedBase(value, type, ctx, keys, ctor, tag) {
  let primitive;
  switch (type) {
    case 'Number': primitive = numberValue(value); break;
    case 'String':
      primitive = stringValue(value);
      // The characters are index keys; they are the value, not properties.
      keys.splice(0, primitive.length);
      break;
    case 'Boolean': primitive = booleanValue(value); break;
    case 'BigInt': primitive = bigintValue(value); break;
    default: primitive = symbolValue(value);
  }
  let base = `[${type}`;
  if (type !== ctor) base += ctor === null ? ' (null prototype)' : ` (${ctor})`;
  base += `: ${renderPrimitive(plainStyle, primitive, ctx)}]`;
  if (tag !== '' && tag !== ctor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === plainStyle) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Entry builders: each returns the rendered entries of one kind of object, before its properties.

function noEntries() {
  return [];
}

function moreItems(count) {
  return `... ${count} more item${count > 1 ? 's' : ''}`;
}

function arrayEntries(ctx, array, level) {
  const length = array.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const out = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(array, i)) return sparseArrayEntries(ctx, array, level, shown, out, i);
    out.push(renderProperty(ctx, array, level, i, LIST_ITEM));
  }
  if (length > shown) out.push(moreItems(length - shown));
  return out;
}

// Arrays with holes: runs of missing indices print as "<N empty items>", each run counting as
// one entry against maxArrayLength. Walks the own index keys, so huge sparse arrays stay cheap.
function sparseArrayEntries(ctx, array, level, limit, out, from) {
  const holes = (count) => ctx.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
  let next = from; // the first index not yet accounted for
  for (const key of Object.keys(array)) {
    if (out.length >= limit) break;
    if (!isArrayIndex(key)) break;
    const index = Number(key);
    if (index < next) continue;
    if (index > next) {
      out.push(holes(index - next));
      next = index;
      if (out.length >= limit) break;
    }
    out.push(renderProperty(ctx, array, level, key, LIST_ITEM));
    next++;
  }
  const rest = array.length - next;
  if (out.length < limit) {
    if (rest > 0) out.push(holes(rest));
  } else if (rest > 0) {
    out.push(moreItems(rest));
  }
  return out;
}

function typedArrayEntries(ctx, view, length, level) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const out = [];
  const bigints = length > 0 && typeof view[0] === 'bigint';
  for (let i = 0; i < shown; i++) {
    out.push(bigints ? bigintText(ctx.stylize, view[i], ctx.numericSeparator) :
      numberText(ctx.stylize, view[i], ctx.numericSeparator));
  }
  if (length > shown) out.push(moreItems(length - shown));
  return out;
}

function bufferEntries(ctx, buffer) {
  let bytes;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  const hex = [];
  for (let i = 0; i < shown; i++) hex.push(bytes[i].toString(16).padStart(2, '0'));
  let text = hex.join(' ');
  const rest = bytes.length - ctx.maxArrayLength;
  if (rest > 0) text += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${text}>`];
}

function setEntries(ctx, set, level) {
  const size = setSize(set);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const out = [];
  ctx.indentationLvl += 2;
  const iterator = setValuesOf(set);
  for (let i = 0; i < shown; i++) {
    const step = setIteratorNext(iterator);
    if (step.done) break;
    out.push(renderValue(ctx, step.value, level));
  }
  if (size > shown) out.push(moreItems(size - shown));
  ctx.indentationLvl -= 2;
  return out;
}

function mapEntries(ctx, map, level) {
  const size = mapSize(map);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const out = [];
  ctx.indentationLvl += 2;
  const iterator = mapEntriesOf(map);
  for (let i = 0; i < shown; i++) {
    const step = mapIteratorNext(iterator);
    if (step.done) break;
    const [k, v] = step.value;
    out.push(`${renderValue(ctx, k, level)} => ${renderValue(ctx, v, level)}`);
  }
  if (size > shown) out.push(moreItems(size - shown));
  ctx.indentationLvl -= 2;
  return out;
}

// Entries still ahead of a Map or Set iterator, read without advancing it.
function iteratorEntries(ctx, iterator, level, braces) {
  const preview = typeof engine.iteratorEntries === 'function' ? engine.iteratorEntries(iterator) : undefined;
  if (preview === undefined || preview === null) return [ctx.stylize('<items unknown>', 'special')];
  const items = Array.from({ length: preview[0].length }, (_, i) => preview[0][i]);
  const pairs = preview[1];
  if (pairs) {
    braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
    return pairEntries(ctx, level, items, false);
  }
  return valueEntries(ctx, level, items, false);
}

function valueEntries(ctx, level, items, weak) {
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), items.length);
  const out = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) out.push(renderValue(ctx, items[i], level));
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) out.sort();
  if (items.length > shown) out.push(moreItems(items.length - shown));
  return out;
}

// items is flat: key0, value0, key1, value1, ...
function pairEntries(ctx, level, items, weak) {
  const count = items.length / 2;
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), count);
  const out = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const k = renderValue(ctx, items[2 * i], level);
    const v = renderValue(ctx, items[2 * i + 1], level);
    out.push(weak ? `${k} => ${v}` : layout(ctx, [k, v], '', ['[', ']'], LIST_ENTRIES, level));
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) out.sort();
  if (count > shown) out.push(moreItems(count - shown));
  return out;
}

function weakUnknown(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function weakSetEntries(ctx, set, level) {
  const items = typeof engine.weakEntries === 'function' ? engine.weakEntries(set) : undefined;
  if (items === undefined || items === null) return weakUnknown(ctx);
  return valueEntries(ctx, level, items, true);
}

function weakMapEntries(ctx, map, level) {
  const items = typeof engine.weakEntries === 'function' ? engine.weakEntries(map) : undefined;
  if (items === undefined || items === null) return weakUnknown(ctx);
  return pairEntries(ctx, level, items, true);
}

function promiseEntries(ctx, promise, level) {
  const details = promiseDetails(promise);
  if (details === undefined) return [ctx.stylize('<unknown>', 'special')];
  const state = details[0];
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  if (details.length < 2) {
    const shown = ctx.stylize('<unknown>', 'special');
    return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${shown}` : shown];
  }
  const result = details[1];
  ctx.indentationLvl += 2;
  const text = renderValue(ctx, result, level);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${text}` : text];
}

function namespaceEntries(ctx, namespace, level, names) {
  const out = [];
  for (const name of names) {
    try {
      out.push(renderProperty(ctx, namespace, level, name, OBJECT_ENTRIES));
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // A binding in its temporal dead zone.
      const stub = renderProperty(ctx, { [name]: '' }, level, name, OBJECT_ENTRIES);
      out.push(stub.slice(0, stub.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special'));
    }
  }
  // The names were the properties; they are printed now.
  names.length = 0;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Properties

const plainKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

// One "key: value" entry (or, for list items, the bare value). `receiver` is what getters run on
// when the descriptor comes from a prototype.
function renderProperty(ctx, obj, level, key, kind, desc, receiver = obj) {
  const descriptor = desc || ownDescriptor(obj, key) || { value: obj[key], enumerable: true };
  const [valueText, separator] = describedValue(ctx, descriptor, receiver, level, kind);
  if (kind === LIST_ITEM) return valueText;
  const label = propertyLabel(ctx, key);
  return `${descriptor.enumerable === false ? `[${label}]` : label}:${separator}${valueText}`;
}

// The text of a property's value and what separates it from the key: a space, or with
// compact: true a line break when the value is too wide.
function describedValue(ctx, descriptor, receiver, level, kind) {
  if (descriptor.value === undefined) {
    if (descriptor.get !== undefined) return [accessorText(ctx, descriptor, receiver, level), ' '];
    const text = descriptor.set !== undefined ?
      ctx.stylize('[Setter]', 'special') : ctx.stylize('undefined', 'undefined');
    return [text, ' '];
  }
  const hangingIndent = ctx.compact === true && kind === OBJECT_ENTRIES;
  const extraIndent = hangingIndent ? 3 : 2;
  ctx.indentationLvl += extraIndent;
  const text = renderValue(ctx, descriptor.value, level);
  const separator = hangingIndent && displayWidth(text, ctx.colors) > ctx.breakLength ?
    `\n${' '.repeat(ctx.indentationLvl)}` : ' ';
  ctx.indentationLvl -= extraIndent;
  return [text, separator];
}

// Identifier-like keys print bare; symbols print as Symbol(desc); everything else is quoted.
function propertyLabel(ctx, key) {
  if (typeof key === 'symbol') return ctx.stylize(escapeBare(symbolText(key)), 'symbol');
  if (key === '__proto__') return "['__proto__']";
  if (plainKey.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(quote(String(key)), 'string');
}

// What `getters` asks for besides true (every getter): 'get' only read-only ones, 'set' only
// those that also have a setter.
const getterModes = {
  __proto__: null,
  get: (hasSetter) => !hasSetter,
  set: (hasSetter) => hasSetter,
};

function accessorText(ctx, desc, receiver, level) {
  const hasSetter = desc.set !== undefined;
  const label = hasSetter ? 'Getter/Setter' : 'Getter';
  const special = (text) => ctx.stylize(text, 'special');
  const wanted = ctx.getters === true || (typeof ctx.getters === 'string' &&
    getterModes[ctx.getters] !== undefined && getterModes[ctx.getters](hasSetter));
  if (!wanted) return special(`[${label}]`);
  // "[Getter: 1]" for primitives, "[Getter] { ... }" for objects.
  const bracketed = (inner) => `${special(`[${label}:`)} ${inner}${special(']')}`;
  ctx.indentationLvl += 2;
  try {
    const current = desc.get.call(receiver);
    if (current === null) return bracketed(ctx.stylize('null', 'null'));
    if (typeof current === 'object') return `${special(`[${label}]`)} ${renderValue(ctx, current, level)}`;
    return bracketed(renderPrimitive(ctx.stylize, current, ctx));
  } catch (err) {
    return bracketed(`<Inspection threw (${renderValue(ctx, err, level)})>`);
  } finally {
    ctx.indentationLvl -= 2;
  }
}

// ---------------------------------------------------------------------------------------------
// Layout

// Joins the rendered entries with the braces. With a numeric `compact`, the innermost levels share
// one line when it fits; long lists of short items become a grid; anything else gets a line per entry.
function layout(ctx, entries, base, braces, kind, level, value) {
  if (ctx.compact === true) return layoutFullyCompact(ctx, entries, base, braces);
  const head = base === '' ? braces[0] : `${base} ${braces[0]}`;
  const sharesLines = typeof ctx.compact === 'number' && ctx.compact >= 1;
  const lines = sharesLines && kind === LIST_ENTRIES && entries.length > 6 ?
    columnize(ctx, entries, value) : entries;
  // A grid is already as dense as it gets; never fold it into one line.
  if (sharesLines && lines === entries && ctx.currentDepth - level < ctx.compact) {
    const reserved = entries.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (fitsOnLine(ctx, entries, reserved, base)) {
      const oneLine = entries.join(', ');
      if (!oneLine.includes('\n')) return `${head} ${oneLine} ${braces[1]}`;
    }
  }
  const outer = `\n${' '.repeat(ctx.indentationLvl)}`;
  const inner = `${outer}  `;
  return `${head}${inner}${lines.join(`,${inner}`)}${outer}${braces[1]}`;
}

// compact: true keeps the opening brace on the first line and continues entries under it.
function layoutFullyCompact(ctx, entries, base, braces) {
  const afterBrace = base === '' ? '' : ` ${base}`;
  if (fitsOnLine(ctx, entries, 0, base)) {
    return `${braces[0]}${afterBrace} ${entries.join(', ')} ${braces[1]}`;
  }
  const continuation = `\n${' '.repeat(ctx.indentationLvl)}  `;
  const opening = base === '' && braces[0].length === 1 ? ' ' : `${afterBrace}${continuation}`;
  return `${braces[0]}${opening}${entries.join(`,${continuation}`)} ${braces[1]}`;
}

// Whether entries plus their ", " separators stay within breakLength after `reserved` columns.
function fitsOnLine(ctx, entries, reserved, base) {
  if (base.includes('\n')) return false;
  const count = entries.length;
  if (reserved + 2 * count > ctx.breakLength) return false;
  let used = reserved + count;
  for (const entry of entries) {
    used += ctx.colors ? stripVTControlCharacters(entry).length : entry.length;
    if (used > ctx.breakLength) return false;
  }
  return true;
}


// Arranges many short list items into a grid of aligned columns (right-aligned when every item is
// a number). Returns the entries unchanged when a grid would not help.
function columnize(ctx, entries, value) {
  const gap = 2; // the ", " after each cell
  // A trailing "... more items" note stays on its own line below the grid.
  const cellCount = ctx.maxArrayLength < entries.length ? entries.length - 1 : entries.length;
  const cells = entries.slice(0, cellCount);
  const widths = cells.map((cell) => displayWidth(cell, ctx.colors));
  const widest = widths.reduce((max, width) => Math.max(max, width), 0);
  const slot = widest + gap;
  const allSlots = widths.reduce((sum, width) => sum + width + gap, 0);
  const roomForThree = slot * 3 + ctx.indentationLvl < ctx.breakLength;
  const shortEnough = allSlots / slot > 5 || widest <= 6;
  if (!roomForThree || !shortEnough) return entries;

  const columns = gridColumns(ctx, slot, allSlots / entries.length, cellCount);
  if (columns <= 1) return entries;
  const columnWidths = [];
  for (let column = 0; column < columns; column++) {
    let width = 0;
    for (let i = column; i < cellCount; i += columns) width = Math.max(width, widths[i]);
    columnWidths.push(width + gap);
  }
  const alignRight = value !== undefined && allNumbers(value, entries.length);
  const rows = [];
  for (let rowStart = 0; rowStart < cellCount; rowStart += columns) {
    const rowEnd = Math.min(rowStart + columns, cellCount);
    let row = '';
    for (let i = rowStart; i < rowEnd; i++) {
      const last = i === rowEnd - 1;
      // Escape codes take no columns, so pad by visible width.
      const target = columnWidths[i - rowStart] + entries[i].length - widths[i] - (last ? gap : 0);
      const text = last ? entries[i] : `${entries[i]}, `;
      if (alignRight) {
        row += text.padStart(target, ' ');
      } else {
        row += last ? text : text.padEnd(target, ' ');
      }
    }
    rows.push(row);
  }
  if (cellCount < entries.length) rows.push(entries[cellCount]);
  return rows;
}

// Aims for a grid about 2.5 times as wide as high (biased by how much the items vary in width),
// limited by the line width, by `compact` and by 15 columns.
function gridColumns(ctx, slot, averageSlot, cellCount) {
  const spread = Math.sqrt(slot - averageSlot);
  const effectiveSlot = Math.max(slot - 3 - spread, 1);
  return Math.min(
    Math.round(Math.sqrt(2.5 * effectiveSlot * cellCount) / effectiveSlot),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / slot),
    ctx.compact * 4,
    15,
  );
}

function allNumbers(list, count) {
  for (let i = 0; i < count; i++) {
    const type = typeof list[i];
    if (type !== 'number' && type !== 'bigint') return false;
  }
  return true;
}

// Columns a string takes in a terminal: East Asian wide characters take two, combining marks none.
function displayWidth(text, colors) {
  if (colors) text = stripVTControlCharacters(text);
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) {
      width++;
      continue;
    }
    const point = text.codePointAt(i);
    if (point > 0xffff) i++;
    width += charWidth(point);
  }
  return width;
}

// Code points a terminal draws in no column: C0/C1 controls, combining marks, zero-width spaces and
// variation selectors.
const zeroWidthRanges = [
  [0x0, 0x1f], [0x7f, 0x9f], [0x300, 0x36f], [0x200b, 0x200f], [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xe0100, 0xe01ef],
];

// East Asian Wide and Fullwidth code points (two columns), as inclusive [first, last] pairs.
const doubleWidthRanges = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3040, 0x3247], [0x3250, 0x4dbf],
  [0x4e00, 0xa4c6], [0xa960, 0xa97c], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19],
  [0xfe30, 0xfe6b], [0xff01, 0xff60], [0xffe0, 0xffe6], [0x1b000, 0x1b001], [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

const inRanges = (ranges, point) => ranges.some(([first, last]) => point >= first && point <= last);

function charWidth(point) {
  if (inRanges(zeroWidthRanges, point)) return 0;
  return inRanges(doubleWidthRanges, point) ? 2 : 1;
}

// ANSI escape sequences: CSI (ESC [ or 0x9B) with parameters and a final byte, and OSC-style
// strings ended by BEL, ESC \ or 0x9C.
const ansiSequence = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*(?:' +
    '(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
    '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
  return str.replace(ansiSequence, '');
}

// ---------------------------------------------------------------------------------------------
// Errors

function stackOf(ctx, err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  if (!stack) return errorToString(err);
  if (typeof stack === 'string') return stack;
  // A non-string stack is shown under the error's own summary line.
  ctx.seen.push(err);
  ctx.indentationLvl += 4;
  // Node renders it with an undefined depth, which (as NaN) also keeps it off single lines.
  const shown = renderValue(ctx, stack, NaN);
  ctx.indentationLvl -= 4;
  ctx.seen.pop();
  return `${errorToString(err)}\n    ${shown}`;
}

// Reads a property that may be a throwing getter; `failed` in the result tells.
function tryRead(obj, key) {
  try {
    return { value: obj[key], failed: false };
  } catch {
    return { value: undefined, failed: true };
  }
}

function errorBase(err, ctor, tag, ctx, keys) {
  let stack;
  try {
    stack = stackOf(ctx, err);
  } catch {
    return objectToString(err);
  }
  const message = tryRead(err, 'message');
  const nameRead = tryRead(err, 'name');

  // stack, and name and message when the stack shows them, are not listed again as properties.
  if (!ctx.showHidden && keys.length !== 0) {
    dropKey(keys, 'stack');
    for (const [prop, read] of [['message', message], ['name', nameRead]]) {
      if (!read.failed && keys.includes(prop) &&
          (typeof read.value !== 'string' || stack.includes(read.value))) {
        dropKey(keys, prop);
      }
    }
  }
  const name = nameRead.value ?? 'Error';

  if (hasOwn(err, 'cause') && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  const errors = tryRead(err, 'errors').value;
  if (Array.isArray(errors) && hasOwn(err, 'errors') && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = withConstructorName(stack, ctor, name, tag);

  const text = message.value;
  let messageEnd = (text && stack.indexOf(text)) || -1;
  if (messageEnd !== -1) messageEnd += text.length;
  const framesAt = stack.indexOf('\n    at', messageEnd);
  if (framesAt === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, framesAt);
    const frames = framesBesideCause(ctx, err, stack.slice(framesAt + 1));
    if (ctx.colors) {
      let colored = head;
      for (const frame of frames) colored += `\n${colorFrame(ctx, frame)}`;
      stack = colored;
    } else {
      stack = `${head}\n${frames.join('\n')}`;
    }
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

function dropKey(keys, key) {
  const at = keys.indexOf(key);
  if (at !== -1) keys.splice(at, 1);
}

// Makes the first line of a normal-looking stack name the real class ("class Foo extends Error"
// still prints "Error: ..." in its stack; Node shows "Foo: ...").
function withConstructorName(stack, ctor, name, tag) {
  let len = name.length;
  if (typeof name !== 'string') {
    stack = stack.replace(`${name}`, `${name} [${prefixOf(ctor, tag, 'Error').slice(0, -1)}]`);
  }
  if (ctor === null ||
      (typeof name === 'string' && name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (ctor === null) {
      const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = prefixOf(ctor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// The frames of an error, with the run it shares with its cause's stack shortened to one line.
function framesBesideCause(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    return frames;
  }
  if (cause == null || !isError(cause)) return frames;
  const causeStack = stackOf(ctx, cause);
  const at = causeStack.indexOf('\n    at');
  if (at === -1) return frames;
  const causeFrames = causeStack.slice(at + 1).split('\n');
  const { length, offset } = sharedRun(frames, causeFrames);
  if (length > 0) {
    const hidden = length - 2;
    frames.splice(offset + 1, hidden,
      ctx.stylize(`    ... ${hidden} lines matching cause stack trace ...`, 'undefined'));
  }
  return frames;
}

// The first run of more than three equal lines of a that also appears in b.
function sharedRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const at = b.indexOf(a[i]);
    if (at === -1) continue;
    const room = b.length - at;
    if (room <= 3) continue;
    const limit = Math.min(a.length - i, room);
    let length = 1;
    while (length < limit && a[i + length] === b[at + length]) length++;
    if (length > 3) return { length, offset: i };
  }
  return { length: 0, offset: 0 };
}

// With colors, frames of Node's own code are grey and node_modules names underlined.
function colorFrame(ctx, frame) {
  if (/^\s+at (?:.*\()?node:/.test(frame)) return ctx.stylize(frame, 'undefined');
  return frame.replace(/(?<=[/\\]node_modules[/\\])(@[^/\\]+[/\\][^/\\]+|[^/\\]+)/g,
    (name) => ctx.stylize(name, 'module'));
}

// ---------------------------------------------------------------------------------------------
// util.format

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return formatArgs(inspectOptions, args);
}

function format(...args) {
  return formatArgs(undefined, args);
}

function formatArgs(options, args) {
  const first = args[0];
  let used = 0; // index of the last argument consumed by a placeholder
  let out = '';
  let separator = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let copied = 0; // first.slice(0, copied) is already in out (or dropped)
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const spec = first[++i];
      if (used + 1 !== args.length) {
        let piece;
        switch (spec) {
          case 's': piece = stringArg(options, args[++used]); break;
          case 'j': piece = jsonArg(args[++used]); break;
          case 'd': piece = numericArg(options, args[++used], Number); break;
          case 'i': piece = numericArg(options, args[++used], parseInt); break;
          case 'f': {
            const arg = args[++used];
            piece = typeof arg === 'symbol' ? 'NaN' : numberText(plainStyle, parseFloat(arg), false);
            break;
          }
          case 'O': piece = inspect(args[++used], options); break;
          case 'o':
            piece = inspect(args[++used], { ...options, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 'c': used++; piece = ''; break;
          case '%':
            out += first.slice(copied, i);
            copied = i + 1;
            continue;
          default:
            continue;
        }
        if (copied !== i - 1) out += first.slice(copied, i - 1);
        out += piece;
        copied = i + 1;
      } else if (spec === '%') {
        out += first.slice(copied, i);
        copied = i + 1;
      }
    }
    if (copied !== 0) {
      used++;
      separator = ' ';
      if (copied < first.length) out += first.slice(copied);
    }
  }
  for (; used < args.length; used++) {
    const arg = args[used];
    out += separator;
    out += typeof arg === 'string' ? arg : inspect(arg, options);
    separator = ' ';
  }
  return out;
}

// %d, %i and %s group digits when the options (or inspect's defaults) ask for numericSeparator.
function separatorsWanted(options) {
  return options?.numericSeparator ?? optionDefaults.numericSeparator;
}

function numericArg(options, arg, convert) {
  if (typeof arg === 'bigint') return bigintText(plainStyle, arg, separatorsWanted(options));
  if (typeof arg === 'symbol') return 'NaN';
  return numberText(plainStyle, convert(arg), separatorsWanted(options));
}

function stringArg(options, arg) {
  if (typeof arg === 'number') return numberText(plainStyle, arg, separatorsWanted(options));
  if (typeof arg === 'bigint') return bigintText(plainStyle, arg, separatorsWanted(options));
  if (typeof arg !== 'object' || arg === null || !usesBuiltinToString(arg)) return String(arg);
  return inspect(arg, { ...options, depth: 0, colors: false, compact: 3 });
}

// True when String(obj) would only give "[object Object]"-like text, so inspecting says more.
function usesBuiltinToString(obj) {
  const proxy = proxyDetails(obj);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return true;
    obj = proxy[0];
  }
  // The nearest toString or Symbol.toPrimitive up the chain decides; own ones are never built in.
  const hasToString = typeof obj.toString === 'function';
  const hasToPrimitive = typeof obj[Symbol.toPrimitive] === 'function';
  if (!hasToString && !hasToPrimitive) return true;
  if ((hasToString && hasOwn(obj, 'toString')) || (hasToPrimitive && hasOwn(obj, Symbol.toPrimitive))) {
    return false;
  }
  let holder = obj;
  do {
    holder = protoOf(holder);
  } while (!(hasToString && hasOwn(holder, 'toString')) &&
           !(hasToPrimitive && hasOwn(holder, Symbol.toPrimitive)));
  const desc = ownDescriptor(holder, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && globalConstructorNames.has(desc.value.name);
}

let circularJsonMessage;

function jsonArg(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularJsonMessage === undefined) {
      try {
        const loop = {};
        loop.loop = loop;
        JSON.stringify(loop);
      } catch (probe) {
        circularJsonMessage = firstLine(probe.message);
      }
    }
    if (err.name === 'TypeError' && firstLine(err.message) === circularJsonMessage) return '[Circular]';
    throw err;
  }
}

function firstLine(text) {
  const end = String(text).indexOf('\n');
  return end === -1 ? String(text) : String(text).slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// Argument errors of Node's shape (kept local: this module loads before internal/errors).

function invalidArgType(name, type, actual) {
  const err = new TypeError(
    `The "${name}" argument must be of type ${type}. Received ${describeReceived(actual)}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  Object.defineProperty(err, 'name', { __proto__: null, value: 'TypeError', configurable: true, writable: true });
  const stack = err.stack;
  delete err.name;
  if (typeof stack === 'string') err.stack = stack.replace(/^TypeError/, 'TypeError [ERR_INVALID_ARG_TYPE]');
  return err;
}

function describeReceived(value) {
  if (value == null) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return inspect(value, { depth: -1 });
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  // Helpers for other library modules (console, errors, assert, repl).
  inspectDefaultOptions: optionDefaults,
  formatNumber: numberText,
  formatBigInt: bigintText,
  displayWidth,
  isError,
  identicalSequenceRange: sharedRun,
};
