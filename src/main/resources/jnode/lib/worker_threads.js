'use strict';
// node:worker_threads: JavaScript threads of this process, each with its own context and event loop (Java threads
// on the same GraalJS engine), talking through MessagePorts.

const { Worker, SHARE_ENV, environmentData } = require('internal/worker');
const {
  BroadcastChannel, MessagePort, MessageChannel, receiveMessageOnPort, markAsUntransferable, isMarkedAsUntransferable,
  markAsUncloneable,
} = require('internal/worker/io');
const { unsupportedFunctions } = require('internal/unsupported');

const self = internalBinding('worker').self() === null ? null : require('internal/worker/child').current();

// In Node's order of keys.
module.exports = {
  isInternalThread: false,
  isMainThread: self === null,
  MessagePort,
  MessageChannel,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  ...unsupportedFunctions('worker_threads', ['moveMessagePortToContext']),
  receiveMessageOnPort,
  resourceLimits: self === null ? {} : self.resourceLimits,
  ...unsupportedFunctions('worker_threads', ['postMessageToThread']),
  threadId: self === null ? 0 : self.threadId,
  threadName: self === null ? '' : self.threadName,
  SHARE_ENV,
  Worker,
  parentPort: self === null ? null : self.parentPort,
  workerData: self === null ? null : self.workerData,
  BroadcastChannel,
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  getEnvironmentData(key) {
    return environmentData.get(key);
  },
};
