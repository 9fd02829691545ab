'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding Standard §7), as TransformStreams over the
// engine's TextEncoder and TextDecoder.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { setSlots, slotsOf, inspectShown, customInspect, webIdlClass } = require('internal/webstreams/util');
const { createTransformStream } = require('internal/webstreams/transformstream');

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A chunk may end between the two halves of a surrogate pair: the high half waits for the next chunk.
    let pendingHighSurrogate = '';
    const transform = (chunk, controller) => {
      let text = pendingHighSurrogate + String(chunk);
      pendingHighSurrogate = '';
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xD800 && last <= 0xDBFF) {
        pendingHighSurrogate = text[text.length - 1];
        text = text.slice(0, -1);
      }
      if (text !== '') controller.enqueue(encoder.encode(text));
    };
    const flush = (controller) => {
      if (pendingHighSurrogate !== '') controller.enqueue(encoder.encode(pendingHighSurrogate));
    };
    setSlots(this, { transform: createTransformStream(transform, flush) });
  }

  get encoding() {
    slotsOf(this, TextEncoderStream);
    return 'utf-8';
  }

  get readable() {
    return slotsOf(this, TextEncoderStream).transform.readable;
  }

  get writable() {
    return slotsOf(this, TextEncoderStream).transform.writable;
  }

  [customInspect](depth, options) {
    slotsOf(this, TextEncoderStream);
    return inspectShown(this, {
      encoding: this.encoding,
      readable: this.readable,
      writable: this.writable,
    }, depth, options);
  }
}

class TextDecoderStream {
  constructor(label = 'utf-8', options = {}) {
    const decoder = new TextDecoder(label, options);
    const transform = (chunk, controller) => {
      if (!isArrayBufferView(chunk) && !isAnyArrayBuffer(chunk)) {
        throw new ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'ArrayBufferView'], chunk);
      }
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') controller.enqueue(text);
    };
    const flush = (controller) => {
      const text = decoder.decode();
      if (text !== '') controller.enqueue(text);
    };
    setSlots(this, { decoder, transform: createTransformStream(transform, flush) });
  }

  get encoding() {
    return slotsOf(this, TextDecoderStream).decoder.encoding;
  }

  get fatal() {
    return slotsOf(this, TextDecoderStream).decoder.fatal;
  }

  get ignoreBOM() {
    return slotsOf(this, TextDecoderStream).decoder.ignoreBOM;
  }

  get readable() {
    return slotsOf(this, TextDecoderStream).transform.readable;
  }

  get writable() {
    return slotsOf(this, TextDecoderStream).transform.writable;
  }

  [customInspect](depth, options) {
    slotsOf(this, TextDecoderStream);
    return inspectShown(this, {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    }, depth, options);
  }
}

webIdlClass(TextEncoderStream);
webIdlClass(TextDecoderStream);

module.exports = { TextEncoderStream, TextDecoderStream };
