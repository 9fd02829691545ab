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
const nodeGlobalNames = new Set(['Buffer', 'DOMException', 'URL', 'URLSearchParams']);
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

function inspect(value, options) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: plainStyle,
    showHidden: optionDefaults.showHidden,
    depth: optionDefaults.depth,
    colors: optionDefaults.colors,
    customInspect: optionDefaults.customInspect,
    showProxy: optionDefaults.showProxy,
    maxArrayLength: optionDefaults.maxArrayLength,
    maxStringLength: optionDefaults.maxStringLength,
    breakLength: optionDefaults.breakLength,
    compact: optionDefaults.compact,
    sorted: optionDefaults.sorted,
    getters: optionDefaults.getters,
    numericSeparator: optionDefaults.numericSeparator,
  };
  if (arguments.length > 1) {
    // The old positional form: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof options === 'boolean') {
      ctx.showHidden = options;
    } else if (options) {
      for (const key of Object.keys(options)) {
        if (hasOwn(optionDefaults, key) || key === 'stylize') {
          ctx[key] = options[key];
        } else if (ctx.userOptions === undefined) {
          // Options unknown to us still reach custom inspect functions.
          ctx.userOptions = options;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = colorStyle;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return renderValue(ctx, value, 0);
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
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
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

function renderPrimitive(style, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let more = '';
      if (value.length > ctx.maxStringLength) {
        const left = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        more = `... ${left} more character${left > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > MIN_LINE_WIDTH &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // A long multi-line string prints as one quoted piece per line, joined with " +".
        const pieces = value.split(/(?<=\n)/);
        return pieces.map((piece) => style(quote(piece), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + more;
      }
      return style(quote(value), 'string') + more;
    }
    case 'number':
      return numberText(style, value, ctx.numericSeparator);
    case 'bigint':
      return bigintText(style, value, ctx.numericSeparator);
    case 'boolean':
      return style(`${value}`, 'boolean');
    case 'undefined':
      return style('undefined', 'undefined');
    default:
      return style(symbolText(value), 'symbol');
  }
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

// The name Node shows before the braces: the nearest named constructor up the prototype chain.
// Returns null for objects whose chain ends without one (null prototype).
function constructorName(obj, ctx, level, protoEntries) {
  let firstProto;
  const start = obj;
  while (obj) {
    const desc = ownDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        isInstance(start, desc.value)) {
      if (protoEntries !== undefined &&
          (firstProto !== obj || !globalConstructorNames.has(desc.value.name))) {
        collectPrototypeKeys(ctx, start, firstProto || start, level, protoEntries);
      }
      return String(desc.value.name);
    }
    obj = protoOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const own = internalClass(start) ?? objectToString(start).slice(8, -1);
  if (ctx.depth !== null && level > ctx.depth) return `${own} <Complex prototype>`;
  const protoName = constructorName(firstProto, ctx, level + 1, protoEntries);
  if (protoName === null) {
    const shown = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
    return `${own} <${shown}>`;
  }
  return `${own} <${protoName}>`;
}

function isInstance(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// With showHidden, the methods of user-defined prototypes are listed too (as Node does), once per
// constructor and never for built-ins.
function collectPrototypeKeys(ctx, main, obj, level, out) {
  let depth = 0;
  let seenKeys;
  const firstDepth = ctx.depth;
  do {
    if (depth !== 0 || main === obj) {
      obj = protoOf(obj);
      if (obj === null) return;
      const desc = ownDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          globalConstructorNames.has(desc.value.name) && isInstance(main, desc.value)) {
        return;
      }
    }
    if (depth === 0) {
      seenKeys = new Set();
    } else {
      out.forEach((entry) => seenKeys.add(entry));
    }
    const keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && seenKeys.has(key))) continue;
      const desc = ownDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const text = renderProperty(ctx, obj, level, key, OBJECT_ENTRIES, desc, main);
      if (ctx.colors) {
        out.push(`\u001b[2m${text}\u001b[22m`);
      } else {
        out.push(text);
      }
    }
    ctx.seen.pop();
  } while (++depth !== 3);
  ctx.depth = firstDepth;
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
  let keys;
  let protoEntries;
  if (ctx.showHidden && (ctx.depth === null || level <= ctx.depth)) protoEntries = [];
  const ctor = constructorName(value, ctx, level, protoEntries);
  // Node drops the prototype entries again when there turned out to be none.
  if (protoEntries !== undefined && protoEntries.length === 0) protoEntries = undefined;
  const tag = toStringTagOf(value, ctx, ctor);

  let base = '';
  let entriesOf = noEntries;
  let braces;
  let kind = OBJECT_ENTRIES;
  // Internal values shown like hidden properties: "[byteLength]: 2".
  let slots;
  let iterable = false;
  const noExtras = () => keys.length === 0 && protoEntries === undefined;

  if (Symbol.iterator in value || ctor === null) {
    iterable = true;
    if (Array.isArray(value)) {
      const prefix = (ctor !== 'Array' || tag !== '') ?
        prefixOf(ctor, tag, 'Array', `(${value.length})`) : '';
      keys = nonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && noExtras()) return `${braces[0]}]`;
      kind = LIST_ENTRIES;
      entriesOf = arrayEntries;
    } else if (isSet(value)) {
      const size = setSize(value);
      const prefix = prefixOf(ctor, tag, 'Set', `(${size})`);
      keys = ownKeys(value, ctx.showHidden);
      entriesOf = (c, v, l) => setEntries(c, v, l);
      if (size === 0 && noExtras()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize(value);
      const prefix = prefixOf(ctor, tag, 'Map', `(${size})`);
      keys = ownKeys(value, ctx.showHidden);
      entriesOf = (c, v, l) => mapEntries(c, v, l);
      if (size === 0 && noExtras()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = nonIndexKeys(value, ctx.showHidden);
      let view = value;
      let fallback = '';
      if (ctor === null) {
        fallback = typedArrayKind(value);
        view = new globalThis[fallback](value);
      }
      const size = typedArrayLength(value);
      const prefix = prefixOf(ctor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      entriesOf = (c, v, l) => typedArrayEntries(c, view, size, l);
      kind = LIST_ENTRIES;
      if (ctx.showHidden) {
        slots = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        insideTypedArray = true;
      }
    } else if (isMapIterator(value)) {
      keys = ownKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tag);
      entriesOf = (c, v, l) => iteratorEntries(c, v, l, braces);
    } else if (isSetIterator(value)) {
      keys = ownKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tag);
      entriesOf = (c, v, l) => iteratorEntries(c, v, l, braces);
    } else {
      iterable = false;
    }
  }
  if (!iterable) {
    keys = ownKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    let boxed;
    if (typeof value === 'function') {
      base = functionBase(ctx, value, ctor, tag);
      if (noExtras()) return ctx.stylize(base, 'special');
    } else if (ctor === 'Object') {
      if (isArguments(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${prefixOf(ctor, tag, 'Object')}{`;
      }
      if (noExtras()) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = regexpText(ctor !== null ? value : new RegExp(value));
      const prefix = prefixOf(ctor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (noExtras() || (ctx.depth !== null && level > ctx.depth)) return ctx.stylize(base, 'regexp');
    } else if (isDate(value)) {
      base = Number.isNaN(dateTime(value)) ? dateText(value) : dateIso(value);
      const prefix = prefixOf(ctor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (noExtras()) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = errorBase(value, ctor, tag, ctx, keys);
      if (noExtras()) return base;
    } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
      const prefix = prefixOf(ctor, tag, isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (insideTypedArray === undefined) {
        entriesOf = bufferEntries;
      } else if (noExtras()) {
        return `${prefix}{ [byteLength]: ${numberText(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      slots = ['byteLength'];
    } else if (isDataView(value)) {
      braces[0] = `${prefixOf(ctor, tag, 'DataView')}{`;
      slots = ['byteLength', 'byteOffset', 'buffer'];
    } else if (isPromise(value)) {
      braces[0] = `${prefixOf(ctor, tag, 'Promise')}{`;
      entriesOf = promiseEntries;
    } else if (isWeakSet(value)) {
      braces[0] = `${prefixOf(ctor, tag, 'WeakSet')}{`;
      entriesOf = ctx.showHidden ? weakSetEntries : weakUnknown;
    } else if (isWeakMap(value)) {
      braces[0] = `${prefixOf(ctor, tag, 'WeakMap')}{`;
      entriesOf = ctx.showHidden ? weakMapEntries : weakUnknown;
    } else if (isModuleNamespace(value)) {
      braces[0] = `${prefixOf(ctor, tag, 'Module')}{`;
      const names = keys;
      entriesOf = (c, v, l) => namespaceEntries(c, v, l, names);
    } else if ((boxed = boxedKind(value)) !== undefined) {
      base = boxedBase(value, boxed, ctx, keys, ctor, tag);
      if (noExtras()) return base;
    } else {
      if (noExtras()) return `${genericPrefix(value, ctor, tag)}{}`;
      braces[0] = `${genericPrefix(value, ctor, tag)}{`;
    }
  }

  if (ctx.depth !== null && level > ctx.depth) {
    let name = genericPrefix(value, ctor, tag).slice(0, -1);
    if (ctor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  level += 1;
  ctx.seen.push(value);
  ctx.currentDepth = level;
  let entries;
  const indentation = ctx.indentationLvl;
  try {
    entries = entriesOf(ctx, value, level);
    if (slots !== undefined) {
      for (const slot of slots) entries.push(renderSlot(ctx, value, level, slot, insideTypedArray));
    }
    for (const key of keys) {
      entries.push(renderProperty(ctx, value, level, key, kind));
    }
    if (protoEntries !== undefined) entries.push(...protoEntries);
  } catch (err) {
    return stackOverflowNote(ctx, err, genericPrefix(value, ctor, tag).slice(0, -1), indentation);
  }
  if (ctx.circular !== undefined) {
    const id = ctx.circular.get(value);
    if (id !== undefined) {
      const ref = ctx.stylize(`<ref *${id}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? ref : `${ref} ${base}`;
      } else {
        braces[0] = `${ref} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const compare = ctx.sorted === true ? undefined : ctx.sorted;
    if (kind === OBJECT_ENTRIES) {
      entries.sort(compare);
    } else if (keys.length > 1) {
      // Only the named properties after the list items are sorted.
      const tail = entries.splice(entries.length - keys.length).sort(compare);
      entries.push(...tail);
    }
  }

  const text = layout(ctx, entries, base, braces, kind, level, value);
  const spent = (ctx.budget[ctx.indentationLvl] || 0) + text.length;
  ctx.budget[ctx.indentationLvl] = spent;
  if (spent > OUTPUT_BUDGET) ctx.depth = -1;
  return text;
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

function iteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
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

function renderProperty(ctx, obj, level, key, kind, desc, receiver = obj) {
  let text;
  let gap = ' ';
  desc = desc || ownDescriptor(obj, key) || { value: obj[key], enumerable: true };
  if (desc.value !== undefined) {
    const step = (ctx.compact !== true || kind !== OBJECT_ENTRIES) ? 2 : 3;
    ctx.indentationLvl += step;
    text = renderValue(ctx, desc.value, level);
    if (step === 3 && ctx.breakLength < displayWidth(text, ctx.colors)) {
      gap = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= step;
  } else if (desc.get !== undefined) {
    text = accessorText(ctx, desc, receiver, level);
  } else if (desc.set !== undefined) {
    text = ctx.stylize('[Setter]', 'special');
  } else {
    text = ctx.stylize('undefined', 'undefined');
  }
  if (kind === LIST_ITEM) return text;

  let name;
  if (typeof key === 'symbol') {
    name = ctx.stylize(escapeBare(symbolText(key)), 'symbol');
  } else if (plainKey.test(key)) {
    name = key === '__proto__' ? "['__proto__']" : ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quote(String(key)), 'string');
  }
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}:${gap}${text}`;
}

function accessorText(ctx, desc, receiver, level) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, 'special');
  ctx.indentationLvl += 2;
  let text;
  try {
    const got = desc.get.call(receiver);
    if (got === null) {
      text = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof got === 'object') {
      text = `${s(`[${label}]`, 'special')} ${renderValue(ctx, got, level)}`;
    } else {
      text = `${s(`[${label}:`, 'special')} ${renderPrimitive(s, got, ctx)}${s(']', 'special')}`;
    }
  } catch (err) {
    const shown = `<Inspection threw (${renderValue(ctx, err, level)})>`;
    text = `${s(`[${label}:`, 'special')} ${shown}${s(']', 'special')}`;
  }
  ctx.indentationLvl -= 2;
  return text;
}

// ---------------------------------------------------------------------------------------------
// Layout

// Joins the rendered entries with the braces: on one line when they fit, otherwise one entry per
// line (short array items grouped into columns first).
function layout(ctx, entries, base, braces, kind, level, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const count = entries.length;
      if (kind === LIST_ENTRIES && count > 6) entries = columnize(ctx, entries, value);
      // Only the innermost `compact` levels may share a line, and never after grouping.
      if (ctx.currentDepth - level < ctx.compact && count === entries.length) {
        const start = entries.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (fitsOnLine(ctx, entries, start, base)) {
          const joined = entries.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indent = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indent}  ${entries.join(`,${indent}  `)}${indent}${braces[1]}`;
  }
  if (fitsOnLine(ctx, entries, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${entries.join(', ')} ${braces[1]}`;
  }
  const indent = ' '.repeat(ctx.indentationLvl);
  const lead = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indent}  `;
  return `${braces[0]}${lead}${entries.join(`,\n${indent}  `)} ${braces[1]}`;
}

function fitsOnLine(ctx, entries, start, base) {
  let total = entries.length + start;
  if (total + entries.length > ctx.breakLength) return false;
  for (const entry of entries) {
    total += ctx.colors ? stripVTControlCharacters(entry).length : entry.length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Groups many short array items into aligned columns, numbers right-aligned.
function columnize(ctx, entries, value) {
  let total = 0;
  let widest = 0;
  let count = entries.length;
  // A trailing "... more items" entry is not part of the grid.
  if (ctx.maxArrayLength < entries.length) count--;
  const SEP = 2; // ", "
  const widths = new Array(count);
  for (let i = 0; i < count; i++) {
    const w = displayWidth(entries[i], ctx.colors);
    widths[i] = w;
    total += w + SEP;
    if (widest < w) widest = w;
  }
  const cell = widest + SEP;
  if (cell * 3 + ctx.indentationLvl >= ctx.breakLength || !(total / cell > 5 || widest <= 6)) {
    return entries;
  }
  // Aim for a roughly square block, biased by how much shorter the average entry is.
  const bias = Math.sqrt(cell - total / entries.length);
  const biasedCell = Math.max(cell - 3 - bias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedCell * count) / biasedCell),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / cell),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return entries;
  const columnWidth = [];
  for (let c = 0; c < columns; c++) {
    let w = 0;
    for (let j = c; j < entries.length; j += columns) {
      if (widths[j] > w) w = widths[j];
    }
    columnWidth.push(w + SEP);
  }
  let padLeft = true;
  if (value !== undefined) {
    for (let i = 0; i < entries.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padLeft = false;
        break;
      }
    }
  }
  const rows = [];
  for (let i = 0; i < count; i += columns) {
    const end = Math.min(i + columns, count);
    let row = '';
    let j = i;
    for (; j < end - 1; j++) {
      const width = columnWidth[j - i] + entries[j].length - widths[j];
      row += padLeft ? `${entries[j]}, `.padStart(width, ' ') : `${entries[j]}, `.padEnd(width, ' ');
    }
    if (padLeft) {
      const width = columnWidth[j - i] + entries[j].length - widths[j] - SEP;
      row += entries[j].padStart(width, ' ');
    } else {
      row += entries[j];
    }
    rows.push(row);
  }
  if (ctx.maxArrayLength < entries.length) rows.push(entries[count]);
  return rows;
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

function charWidth(point) {
  if (point < 0x20 || (point >= 0x7f && point <= 0x9f)) return 0;
  if ((point >= 0x300 && point <= 0x36f) || (point >= 0x200b && point <= 0x200f) ||
      (point >= 0x20d0 && point <= 0x20ff) || (point >= 0xfe00 && point <= 0xfe0f) ||
      (point >= 0xfe20 && point <= 0xfe2f) || (point >= 0xe0100 && point <= 0xe01ef)) {
    return 0;
  }
  return isWide(point) ? 2 : 1;
}

function isWide(p) {
  return p >= 0x1100 && (
    p <= 0x115f || p === 0x2329 || p === 0x232a ||
    (p >= 0x2e80 && p <= 0x3247 && p !== 0x303f) ||
    (p >= 0x3250 && p <= 0x4dbf) ||
    (p >= 0x4e00 && p <= 0xa4c6) ||
    (p >= 0xa960 && p <= 0xa97c) ||
    (p >= 0xac00 && p <= 0xd7a3) ||
    (p >= 0xf900 && p <= 0xfaff) ||
    (p >= 0xfe10 && p <= 0xfe19) ||
    (p >= 0xfe30 && p <= 0xfe6b) ||
    (p >= 0xff01 && p <= 0xff60) ||
    (p >= 0xffe0 && p <= 0xffe6) ||
    (p >= 0x1b000 && p <= 0x1b001) ||
    (p >= 0x1f200 && p <= 0x1f251) ||
    (p >= 0x1f300 && p <= 0x1f64f) ||
    (p >= 0x1f900 && p <= 0x1f9ff) ||
    (p >= 0x20000 && p <= 0x3fffd));
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
          case 'd': piece = numericArg(args[++used], Number); break;
          case 'i': piece = numericArg(args[++used], parseInt); break;
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

function numericArg(arg, convert) {
  if (typeof arg === 'bigint') return bigintText(plainStyle, arg, false);
  if (typeof arg === 'symbol') return 'NaN';
  return numberText(plainStyle, convert(arg), false);
}

function stringArg(options, arg) {
  if (typeof arg === 'number') return numberText(plainStyle, arg, false);
  if (typeof arg === 'bigint') return bigintText(plainStyle, arg, false);
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
