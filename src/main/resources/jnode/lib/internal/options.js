'use strict';
// The command-line options (from argv and NODE_OPTIONS) as the launcher parsed them, read on first use.

const binding = internalBinding('process');
let values;

function optionValues() {
  if (values === undefined) {
    values = { __proto__: null };
    for (const name of binding.optionNames()) {
      const value = binding.optionValue(name);
      values[name] = typeof value === 'object' && value !== null ? Array.from(value) : value;
    }
  }
  return values;
}

function getOptionValue(name) {
  return optionValues()[name];
}

// Warnings Node gives only under --pending-deprecation (or NODE_PENDING_DEPRECATION=1).
function pendingDeprecation() {
  return getOptionValue('--pending-deprecation') === true || process.env.NODE_PENDING_DEPRECATION === '1';
}

module.exports = { optionValues, getOptionValue, pendingDeprecation };
