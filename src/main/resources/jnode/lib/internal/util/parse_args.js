'use strict';
// util.parseArgs in three passes: read and check the configuration, scan the argument strings into
// tokens, then fold the tokens into values and positionals (checking them in strict mode).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION, ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL },
} = require('internal/errors');
const { validateArray, validateBoolean, validateObject, validateString } = require('internal/validators');

const ownValue = (object, key) => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);

// The arguments of the running program: after the script name, or after the binary under -e/-p.
function programArguments() {
  const evaluating = process.execArgv.some((flag) => /^(-e|--eval|-p|--print)$/.test(flag));
  return process.argv.slice(evaluating ? 1 : 2);
}

/** The caller's option declarations, looked up by long name or by short letter. */
class Declarations {
  constructor(declared) {
    this.declared = declared;
    this.letters = new Map();
    for (const [name, spec] of Object.entries(declared)) {
      const letter = ownValue(spec, 'short');
      // The first declaration of a letter wins.
      if (letter !== undefined && !this.letters.has(letter)) this.letters.set(letter, name);
    }
  }

  has(name) {
    return Object.prototype.hasOwnProperty.call(this.declared, name);
  }

  get(name, field) {
    return this.has(name) ? ownValue(this.declared[name], field) : undefined;
  }

  // An undeclared letter stands for itself.
  nameForLetter(letter) {
    return this.letters.get(letter) ?? letter;
  }

  takesValue(name) {
    return this.get(name, 'type') === 'string';
  }

  // "-s, --name" or "--name", as error messages spell an option.
  spelling(name) {
    const letter = this.get(name, 'short');
    return letter ? `-${letter}, --${name}` : `--${name}`;
  }
}

const optionToken = (name, rawName, index, value, inlineValue) =>
  ({ kind: 'option', name, rawName, index, value, inlineValue });

// Splits the argument strings into option, positional and option-terminator tokens. An option that
// takes a value and has none inline consumes the next argument, whatever it looks like.
function scanArguments(args, declarations) {
  const tokens = [];
  let at = 0;
  const consumeValueFor = (name, rawName) => {
    const index = at;
    if (declarations.takesValue(name) && args[at + 1] != null) {
      at += 1;
      tokens.push(optionToken(name, rawName, index, args[at], false));
    } else {
      tokens.push(optionToken(name, rawName, index, undefined, undefined));
    }
  };

  for (; at < args.length; at++) {
    const arg = args[at];
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index: at });
      args.slice(at + 1).forEach((value, offset) => tokens.push({ kind: 'positional', index: at + 1 + offset, value }));
      break;
    }
    if (arg.length < 2 || arg[0] !== '-') {
      tokens.push({ kind: 'positional', index: at, value: arg });
    } else if (arg[1] === '-') {
      // "--" alone was handled above; an '=' right after the dashes belongs to the name.
      const equals = arg.indexOf('=', 3);
      if (equals === -1) {
        consumeValueFor(arg.slice(2), arg);
      } else {
        const name = arg.slice(2, arg.indexOf('='));
        tokens.push(optionToken(name, `--${name}`, at, arg.slice(arg.indexOf('=') + 1), true));
      }
    } else {
      scanLetters(arg, at, declarations, tokens, consumeValueFor);
    }
  }
  return tokens;
}

// "-x", "-xVALUE" or a cluster "-abc": flags up to the first letter that takes a value, which
// takes the rest of the string (or, as the last letter, the next argument).
function scanLetters(arg, index, declarations, tokens, consumeValueFor) {
  for (let position = 1; position < arg.length; position++) {
    const letter = arg[position];
    const name = declarations.nameForLetter(letter);
    const remainder = arg.slice(position + 1);
    if (remainder === '') {
      consumeValueFor(name, `-${letter}`);
    } else if (declarations.takesValue(name)) {
      tokens.push(optionToken(name, `-${letter}`, index, remainder, true));
      return;
    } else {
      tokens.push(optionToken(name, `-${letter}`, index, undefined, undefined));
    }
  }
}

// Each type's rule for the value an option was given: a complaint, or undefined when it is fine.
const valueRules = {
  string: (value, spelled) => (typeof value === 'string' ? undefined : `Option '${spelled} <value>' argument missing`),
  boolean: (value, spelled) => (value == null ? undefined : `Option '${spelled}' does not take an argument`),
};

function checkDeclaredUse(token, declarations, allowPositionals) {
  if (!declarations.has(token.name)) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  const rule = valueRules[declarations.get(token.name, 'type')];
  const complaint = rule(token.value, declarations.spelling(token.name));
  if (complaint !== undefined) throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(complaint);
}

// A value taken from the next argument that starts with a dash was probably meant as an option.
function rejectDashValueFromNextArgument(token) {
  const { value, rawName, name } = token;
  if (token.inlineValue || typeof value !== 'string' || value.length < 2 || value[0] !== '-') return;
  const suggestion = rawName.startsWith('--') ? `'--${name}=-XYZ'` : `'--${name}=-XYZ' or '${rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${rawName}'?\n` +
    `To specify an option argument starting with a dash use ${suggestion}.`);
}

// "--no-x" sets x to false. Strict mode allows it for a declared boolean x only; loose mode for any
// x, unless a value was given (then "no-x" is an option of its own). Returns x, or undefined.
function negatedOption(token, declarations, strict) {
  if (!token.name.startsWith('no-')) return undefined;
  const base = token.name.slice(3);
  const negatable = strict ? declarations.get(base, 'type') === 'boolean' : token.value === undefined;
  return negatable ? base : undefined;
}

function record(values, name, value, declarations) {
  // Never let an argument reach the prototype slot.
  if (name === '__proto__') return;
  if (!declarations.get(name, 'multiple')) {
    values[name] = value;
  } else if (values[name] === undefined) {
    values[name] = [value];
  } else {
    values[name].push(value);
  }
}

function foldTokens(tokens, declarations, settings) {
  const { strict, allowPositionals, allowNegative } = settings;
  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const negated = allowNegative ? negatedOption(token, declarations, strict) : undefined;
    if (negated !== undefined) {
      // The token reports the option itself; in strict mode a value given to it is an error.
      token.name = negated;
      if (strict) checkDeclaredUse(token, declarations, allowPositionals);
      record(values, negated, false, declarations);
      continue;
    }
    if (strict) {
      checkDeclaredUse(token, declarations, allowPositionals);
      rejectDashValueFromNextArgument(token);
    }
    record(values, token.name, token.value ?? true, declarations);
  }
  for (const [name, spec] of Object.entries(declarations.declared)) {
    const fallback = ownValue(spec, 'default');
    if (fallback !== undefined && values[name] === undefined && name !== '__proto__') values[name] = fallback;
  }
  return { values, positionals };
}

function checkDefault(name, spec, fallback) {
  const where = `options.${name}.default`;
  const checkOne = ownValue(spec, 'type') === 'string' ? validateString : validateBoolean;
  if (!ownValue(spec, 'multiple')) {
    checkOne(fallback, where);
    return;
  }
  validateArray(fallback, where);
  fallback.forEach((item, i) => checkOne(item, `${where}[${i}]`));
}

function checkDeclaration(name, spec) {
  validateObject(spec, `options.${name}`);
  const type = ownValue(spec, 'type');
  if (type !== 'string' && type !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
  }
  if (Object.prototype.hasOwnProperty.call(spec, 'short')) {
    validateString(spec.short, `options.${name}.short`);
    if (spec.short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, spec.short, 'must be a single character');
    }
  }
  if (Object.prototype.hasOwnProperty.call(spec, 'multiple')) {
    validateBoolean(spec.multiple, `options.${name}.multiple`);
  }
  const fallback = ownValue(spec, 'default');
  if (fallback !== undefined) checkDefault(name, spec, fallback);
}

// The configuration's settings with their defaults, each checked in this order.
function readSettings(config) {
  const strict = ownValue(config, 'strict') ?? true;
  const settings = {
    args: ownValue(config, 'args') ?? programArguments(),
    strict,
    allowPositionals: ownValue(config, 'allowPositionals') ?? !strict,
    tokens: ownValue(config, 'tokens') ?? false,
    allowNegative: ownValue(config, 'allowNegative') ?? false,
  };
  validateArray(settings.args, 'args');
  for (const flag of ['strict', 'allowPositionals', 'tokens', 'allowNegative']) validateBoolean(settings[flag], flag);
  const declared = ownValue(config, 'options') ?? { __proto__: null };
  validateObject(declared, 'options');
  for (const [name, spec] of Object.entries(declared)) checkDeclaration(name, spec);
  settings.declarations = new Declarations(declared);
  return settings;
}

function parseArgs(config = { __proto__: null }) {
  const settings = readSettings(config);
  const tokens = scanArguments(settings.args, settings.declarations);
  const { values, positionals } = foldTokens(tokens, settings.declarations, settings);
  return settings.tokens ? { values, positionals, tokens } : { values, positionals };
}

module.exports = { parseArgs };
