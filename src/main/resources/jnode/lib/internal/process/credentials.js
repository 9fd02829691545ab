'use strict';
// process.setuid and friends: ids are numbers or user/group names; the binding answers 0, a positive
// "which name was unknown", or a negated errno.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_CREDENTIAL } } = require('internal/errors');
const { validateArray, validateUint32 } = require('internal/validators');

const binding = internalBinding('process');

function validateId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

// The old-style errno error of Node's credential calls: "EPERM, Operation not permitted", positive errno.
function credentialError(errno, syscall) {
  const { uvErrmapGet } = require('internal/errors');
  const [code] = uvErrmapGet(-errno) || [`Unknown system error ${errno}`];
  const err = new Error(`${code}, ${binding.strerror(errno)}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function check(result, syscall) {
  if (result < 0) throw credentialError(-result, syscall);
}

function idSetter(syscall, kind) {
  return function(id) {
    validateId(id, 'id');
    const result = binding.setCredential(syscall, id);
    if (result === 1) throw new ERR_UNKNOWN_CREDENTIAL(kind, id);
    check(result, syscall);
  };
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  const result = binding.setgroups(groups);
  if (result > 0) throw new ERR_UNKNOWN_CREDENTIAL('Group', groups[result - 1]);
  check(result, 'setgroups');
}

function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  const result = binding.initgroups(user, extraGroup);
  if (result === 1) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
  if (result === 2) throw new ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
  check(result, 'initgroups');
}

module.exports = {
  setuid: idSetter('setuid', 'User'),
  setgid: idSetter('setgid', 'Group'),
  seteuid: idSetter('seteuid', 'User'),
  setegid: idSetter('setegid', 'Group'),
  setgroups,
  initgroups,
};
