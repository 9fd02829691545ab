// flush() makes what was written so far decompressible, visible as chunks; params() changes the level
// mid-stream; bytesWritten, reset and close(cb).
const zlib = require('zlib');

const text = 'flush me please, '.repeat(40);
const deflate = zlib.createDeflateRaw();
const inflate = zlib.createInflateRaw();
let inflated = '';
let waitingFor = null;
inflate.on('data', (chunk) => {
  inflated += chunk;
  if (waitingFor && inflated.length === waitingFor.length) {
    const { label, next } = waitingFor;
    waitingFor = null;
    console.log(label, 'inflated so far', inflated.length);
    next();
  }
});
deflate.on('data', (chunk) => inflate.write(chunk));
const whenInflated = (length, label, next) => { waitingFor = { length, label, next }; };

deflate.write(text.slice(0, 100));
deflate.flush();
whenInflated(100, 'after flush()', () => {
  deflate.write(text.slice(100));
  deflate.flush(zlib.constants.Z_SYNC_FLUSH);
  whenInflated(text.length, 'after flush(Z_SYNC_FLUSH)', () => {
    console.log('bytesWritten', deflate.bytesWritten);
    deflate.params(9, zlib.constants.Z_FILTERED, (err) => {
      console.log('params callback', err);
      deflate.end('tail');
    });
  });
});
deflate.on('end', () => {
  inflate.end();
  inflate.on('end', () => {
    console.log('all', inflated === `${text}tail`, 'bytesWritten', deflate.bytesWritten);
    flushOption();
  });
});

function flushOption() {
  const gzip = zlib.createGzip({ flush: zlib.constants.Z_SYNC_FLUSH });
  let produced = 0;
  gzip.on('data', (chunk) => { produced += chunk.length; });
  gzip.write('every write is flushed', () => {
    setTimeout(() => {
      console.log('flush option: output per write', produced > 10);
      gzip.close(() => {
        console.log('close callback', gzip.destroyed);
        flushAfterEnd();
      });
    }, 50);
  });
}

function flushAfterEnd() {
  const ended = zlib.createDeflate();
  ended.resume();
  ended.end('x');
  ended.on('finish', () => ended.flush(() => {
    console.log('flush after end calls back');
    resetStream();
  }));
}

function resetStream() {
  const reused = zlib.createInflate();
  reused.on('data', (d) => console.log('reset stream data', d.toString()));
  reused.write(zlib.deflateSync('first'), () => {
    setTimeout(() => {
      reused.reset();
      reused.end(zlib.deflateSync('second'));
    }, 50);
  });
}
