'use strict';
// Cluster's own messages between primary and workers: { cmd: 'NODE_CLUSTER', act, seq, ... } over the IPC
// channel (they arrive as 'internalMessage'). A message may expect an answer: the reply carries `ack` = the
// request's seq, and goes to the callback the request was sent with instead of the usual handler.

const replyHandlers = new Map();
let nextSeq = 0;

function sendHelper(proc, message, handle = null, onReply = undefined) {
  if (!proc.connected) return false;
  const seq = nextSeq++;
  if (typeof onReply === 'function') replyHandlers.set(seq, onReply);
  return proc.send({ cmd: 'NODE_CLUSTER', ...message, seq }, handle);
}

// An 'internalMessage' listener: cluster messages go to `handler` (called with `worker` as this), replies to
// the callback waiting for them.
function internal(worker, handler) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let target = handler;
    if (message.ack !== undefined && replyHandlers.has(message.ack)) {
      target = replyHandlers.get(message.ack);
      replyHandlers.delete(message.ack);
    }
    target.call(worker, message, handle);
  };
}

module.exports = { sendHelper, internal };
