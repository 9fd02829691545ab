// The controller's signal aborts when the stream is aborted, with the abort reason.
(async () => {
  let controller;
  const stream = new WritableStream({ start(c) { controller = c; } });
  controller.signal.addEventListener('abort', () => console.log('signal aborted', controller.signal.reason));
  console.log(controller.signal.aborted);
  await stream.abort('reason');
  console.log(controller.signal.aborted, stream);
  const errored = new WritableStream({ start(c) { c.error(new Error('from controller')); } });
  await errored.getWriter().closed.catch((e) => console.log('closed', e.message));
})();
