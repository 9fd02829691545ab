'use strict';
// util.parseArgs: tokenize the arguments (short groups, inline values, "--"), then check them against
// the option declarations (strict mode), then fill in defaults.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION, ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL },
} = require('internal/errors');
const { validateArray, validateBoolean, validateObject, validateString } = require('internal/validators');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const own = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionField = (options, name, field) => (hasOwn(options, name) ? own(options[name], field) : undefined);

function mainArgs() {
  const evalFlags = ['-e', '--eval', '-p', '--print'];
  return process.execArgv.some((arg) => evalFlags.includes(arg)) ? process.argv.slice(1) : process.argv.slice(2);
}

function longForShort(short, options) {
  for (const [name, config] of Object.entries(options)) {
    if (own(config, 'short') === short) return name;
  }
  return short;
}

const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongWithValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isShortGroup = (arg, options) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-' &&
  optionField(options, longForShort(arg[1], options), 'type') !== 'string';
const isShortWithValue = (arg, options) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-' &&
  optionField(options, longForShort(arg[1], options), 'type') === 'string';
const looksLikeOption = (value) => value != null && value.length > 1 && value[0] === '-';

function tokenize(args, options) {
  const tokens = [];
  const rest = args.slice();
  let index = -1;
  let grouped = 0;
  while (rest.length > 0) {
    const arg = rest.shift();
    const next = rest[0];
    if (grouped > 0) grouped--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of rest) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShort(arg)) {
      const name = longForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionField(options, name, 'type') === 'string' && next != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShortGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (optionField(options, longForShort(short, options), 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${short}${arg.slice(i + 1)}`);
          break;
        }
      }
      rest.unshift(...expanded);
      grouped = expanded.length;
      continue;
    }
    if (isShortWithValue(arg, options)) {
      const name = longForShort(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLoneLong(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionField(options, name, 'type') === 'string' && next != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isLongWithValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(options, token, allowPositionals) {
  if (!hasOwn(options, token.name)) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  const short = optionField(options, token.name, 'short');
  const both = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionField(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${both} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${both}' does not take an argument`);
  }
}

function checkAmbiguous(options, token) {
  if (!token.inlineValue && looksLikeOption(token.value)) {
    const short = optionField(options, token.name, 'short');
    const example = token.rawName.startsWith('--') ? `'--${token.name}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function store(name, value, options, values) {
  if (name === '__proto__') return;
  const stored = value ?? true;
  if (optionField(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [stored];
    else values[name].push(stored);
  } else {
    values[name] = stored;
  }
}

function validateDefault(name, config, value) {
  const type = own(config, 'type');
  const multiple = own(config, 'multiple');
  const path = `options.${name}.default`;
  if (multiple) {
    validateArray(value, path);
    for (let i = 0; i < value.length; i++) {
      if (type === 'string') validateString(value[i], `${path}[${i}]`);
      else validateBoolean(value[i], `${path}[${i}]`);
    }
  } else if (type === 'string') {
    validateString(value, path);
  } else {
    validateBoolean(value, path);
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = own(config, 'args') ?? mainArgs();
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [name, optionConfig] of Object.entries(options)) {
    validateObject(optionConfig, `options.${name}`);
    const type = own(optionConfig, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(optionConfig, 'short')) {
      const short = optionConfig.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    if (hasOwn(optionConfig, 'multiple')) validateBoolean(optionConfig.multiple, `options.${name}.multiple`);
    const defaultValue = own(optionConfig, 'default');
    if (defaultValue !== undefined) validateDefault(name, optionConfig, defaultValue);
  }

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (allowNegative && token.name.startsWith('no-')) {
        const base = token.name.slice(3);
        const type = optionField(options, base, 'type');
        if (type === 'boolean' || (!hasOwn(options, base) && !strict)) {
          token.name = base;
          delete token.value;
          delete token.inlineValue;
          if (strict) checkUsage(options, token, allowPositionals);
          store(base, false, options, result.values);
          continue;
        }
      }
      if (strict) {
        checkUsage(options, token, allowPositionals);
        checkAmbiguous(options, token);
      }
      store(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = own(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
