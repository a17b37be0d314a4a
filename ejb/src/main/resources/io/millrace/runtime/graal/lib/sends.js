// Destinations and delays of a run: $.send.emit, $.send.email and $.flow.delay in steps, this.$emit in
// sources. Arguments are checked here; what passes is handed to host.extras() (RunExtras.java), which
// collects it for the runner (StepOutcome's emissions, emails and delayMillis; SourceOutcome's emissions).
// Evaluated on first use by bootstrap.js's lib('sends'); the value is the library's factory.
(function sendsLibrary(host, internals) {
  'use strict';
  const { inspect, jsonOf } = internals;
  const MAX_DELAY_MS = 365 * 24 * 3600 * 1000;
  const MAX_SUBJECT = 998;

  function refuse(what, failure) {
    if (failure !== null && failure !== undefined) throw new Error(what + ': ' + failure);
  }

  function optionalString(what, value) {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw new TypeError(what + ' must be a string, got ' + inspect(value));
    return value;
  }

  // $.send.emit(event, channel?): the event must be JSON-serializable; sent after the step succeeds.
  function emit(event, channel) {
    if (event === undefined) throw new TypeError('$.send.emit: pass the event to emit, e.g. $.send.emit({ name: "Yoda" })');
    const json = jsonOf('$.send.emit: the event', event);
    if (json === undefined) throw new TypeError('$.send.emit: the event is not JSON-serializable');
    const name = optionalString('$.send.emit: the channel', channel);
    refuse('$.send.emit', host.extras().emit(json, null, name, null, null));
  }

  // this.$emit(event, { id, name, summary, ts }) in a source.
  function sourceEmit(event, meta) {
    const json = event === undefined ? 'null' : jsonOf('this.$emit: the event', event);
    if (json === undefined) throw new TypeError('this.$emit: the event is not JSON-serializable');
    const m = meta === undefined || meta === null ? {} : meta;
    if (typeof m !== 'object') throw new TypeError('this.$emit: the metadata must be an object { id, name, summary, ts }, got ' + inspect(meta));
    let id = m.id;
    if (id === undefined || id === null) {
      id = null;
    } else if (typeof id === 'number' && Number.isFinite(id)) {
      id = String(id);
    } else if (typeof id !== 'string') {
      throw new TypeError('this.$emit: meta.id must be a string or a number, got ' + inspect(id));
    }
    let ts = m.ts;
    if (ts instanceof Date) ts = ts.getTime();
    if (ts === undefined || ts === null || Number.isNaN(ts)) {
      ts = null;
    } else if (typeof ts === 'number' && Number.isFinite(ts)) {
      ts = Math.trunc(ts);
    } else {
      throw new TypeError('this.$emit: meta.ts must be an epoch timestamp in milliseconds, got ' + inspect(m.ts));
    }
    const name = optionalString('this.$emit: meta.name', m.name);
    const summary = m.summary === undefined || m.summary === null ? null : String(m.summary);
    refuse('this.$emit', host.extras().emit(json, id, name, summary, ts));
  }

  // $.send.email({ subject, text, html }): to the workspace's own address, after the step succeeds.
  function email(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('$.send.email: pass an object { subject, text, html }, got ' + inspect(options));
    }
    const { subject } = options;
    if (typeof subject !== 'string' || subject.trim() === '') {
      throw new TypeError('$.send.email: subject is required: a non-empty string, got ' + inspect(subject));
    }
    if (/[\r\n]/.test(subject)) throw new TypeError('$.send.email: subject must be a single line');
    if (subject.length > MAX_SUBJECT) throw new RangeError('$.send.email: subject is longer than ' + MAX_SUBJECT + ' characters');
    const text = optionalString('$.send.email: text', options.text);
    const html = optionalString('$.send.email: html', options.html);
    if (text === null && html === null) throw new TypeError('$.send.email: text or html is required: the body of the email');
    refuse('$.send.email', host.extras().email(subject, text, html));
  }

  // $.flow.delay(ms): the execution pauses at the end of this step; returns { resume_url, cancel_url }.
  function delay(ms) {
    if (typeof ms !== 'number' || !Number.isFinite(ms)) {
      throw new TypeError('$.flow.delay: ms must be a number of milliseconds, got ' + inspect(ms));
    }
    if (ms < 1) throw new RangeError('$.flow.delay: ms must be at least 1 (one millisecond), got ' + ms);
    if (ms > MAX_DELAY_MS) throw new RangeError('$.flow.delay: a workflow can be delayed for at most one year (' + MAX_DELAY_MS + ' ms), got ' + ms);
    return JSON.parse(host.extras().delay(Math.ceil(ms)));
  }

  function delayed() {
    return host.extras().delayed() === true;
  }

  return { emit, sourceEmit, email, delay, delayed };
})
