'use strict';
// process.setuid and friends. Ids are numbers or user/group names. Every binding call answers one number:
// 0 for done, a negated errno for a failed call, or k > 0 for "the k-th name given could not be resolved".

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_CREDENTIAL } } = require('internal/errors');
const { validateArray, validateUint32 } = require('internal/validators');

const binding = internalBinding('process');

function checkId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

// Node's credential calls fail with the old errno error shape: "EPERM, Operation not permitted" and a
// positive errno.
function systemCallError(errno, syscall) {
  const { uvErrmapGet } = require('internal/errors');
  const code = uvErrmapGet(-errno)?.[0] ?? `Unknown system error ${errno}`;
  return Object.assign(new Error(`${code}, ${binding.strerror(errno)}`), { errno, code, syscall });
}

// names: the [kind, value] pairs the call resolved, in the order the binding counts them.
function interpret(result, syscall, names) {
  if (result > 0) throw new ERR_UNKNOWN_CREDENTIAL(...names[result - 1]);
  if (result < 0) throw systemCallError(-result, syscall);
}

function idSetter(syscall, kind) {
  return function(id) {
    checkId(id, 'id');
    interpret(binding.setCredential(syscall, id), syscall, [[kind, id]]);
  };
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  groups.forEach((group, index) => checkId(group, `groups[${index}]`));
  interpret(binding.setgroups(groups), 'setgroups', groups.map((group) => ['Group', group]));
}

function initgroups(user, extraGroup) {
  checkId(user, 'user');
  checkId(extraGroup, 'extraGroup');
  interpret(binding.initgroups(user, extraGroup), 'initgroups', [['User', user], ['Group', extraGroup]]);
}

module.exports = {
  setuid: idSetter('setuid', 'User'),
  setgid: idSetter('setgid', 'Group'),
  seteuid: idSetter('seteuid', 'User'),
  setegid: idSetter('setegid', 'Group'),
  setgroups,
  initgroups,
};
