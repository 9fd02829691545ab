// pull() answers through controller.byobRequest: respond() and respondWithNewView(), autoAllocateChunkSize.
(async () => {
  let calls = 0;
  const stream = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const request = c.byobRequest;
      calls++;
      if (calls === 1) {
        console.log('view', request.view);
        request.view[0] = 9;
        request.view[1] = 8;
        request.respond(2);
      } else if (calls === 2) {
        const view = new Uint8Array(request.view.buffer, request.view.byteOffset, 2);
        view.set([7, 6]);
        request.respondWithNewView(view);
      } else {
        c.close();
        request.respond(0);
      }
    },
  });
  const reader = stream.getReader();
  console.log(await reader.read());
  reader.releaseLock();
  const byob = stream.getReader({ mode: 'byob' });
  console.log(await byob.read(new Uint16Array(2)));
  console.log(await byob.read(new Uint8Array(3)));
})();
