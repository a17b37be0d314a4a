// The globals MessageChannel, MessagePort and MessageEvent, inside one run: a port's postMessage delivers a
// structured clone of the value to the other port as a 'message' event (onmessage or listeners), on a later
// turn of the event loop, as in Node. Libraries check for them (undici) or use them to schedule work.
// Evaluated on first use by bootstrap.js's lib('message-channel'); the value is the library's factory.
(function messageChannelLibrary(host, internals) {
  'use strict';
  const { Event, EventTarget } = internals.lib('events');

  class MessageEvent extends Event {
    constructor(type, options = {}) {
      super(type, options);
      this.data = options.data;
      this.origin = options.origin || '';
      this.lastEventId = options.lastEventId || '';
      this.source = options.source || null;
      this.ports = options.ports || [];
    }
  }

  class MessagePort extends EventTarget {
    constructor(key) {
      if (key !== MessageChannel) throw new TypeError('Illegal constructor');
      super();
      this.onmessage = null;
      this.onmessageerror = null;
      Object.defineProperty(this, '_peer', { value: null, writable: true });
    }
    postMessage(value) {
      const peer = this._peer;
      if (!peer) return;
      const data = internals.lib('extras').structuredClone(value);
      internals.timers.setTimeout(() => {
        if (peer._peer === null) return;
        const event = new MessageEvent('message', { data });
        if (typeof peer.onmessage === 'function') peer.onmessage.call(peer, event);
        peer.dispatchEvent(event);
      }, 0);
    }
    start() {}
    close() { if (this._peer) { this._peer._peer = null; this._peer = null; } }
    ref() { return this; }
    unref() { return this; }
  }

  class MessageChannel {
    constructor() {
      this.port1 = new MessagePort(MessageChannel);
      this.port2 = new MessagePort(MessageChannel);
      this.port1._peer = this.port2;
      this.port2._peer = this.port1;
    }
  }
  return { MessageChannel, MessagePort, MessageEvent };
})
