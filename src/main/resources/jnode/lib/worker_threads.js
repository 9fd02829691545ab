'use strict';
// node:worker_threads: JavaScript threads of this process, each with its own context and event loop (Java threads
// on the same GraalJS engine), talking through MessagePorts.

const { Worker, SHARE_ENV, environmentData } = require('internal/worker');
const {
  BroadcastChannel, MessagePort, MessageChannel, receiveMessageOnPort, markAsUntransferable, isMarkedAsUntransferable,
} = require('internal/worker/io');
const { unsupportedFunctions } = require('internal/unsupported');

const self = internalBinding('worker').self() === null ? null : require('internal/worker/child').current();

module.exports = unsupportedFunctions('worker_threads', ['moveMessagePortToContext', 'markAsUncloneable',
  'postMessageToThread'], {
  BroadcastChannel,
  isMainThread: self === null,
  isInternalThread: false,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  isMarkedAsUntransferable,
  parentPort: self === null ? null : self.parentPort,
  receiveMessageOnPort,
  resourceLimits: self === null ? {} : self.resourceLimits,
  SHARE_ENV,
  threadId: self === null ? 0 : self.threadId,
  Worker,
  workerData: self === null ? null : self.workerData,
  getEnvironmentData(key) {
    return environmentData.get(key);
  },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
});
