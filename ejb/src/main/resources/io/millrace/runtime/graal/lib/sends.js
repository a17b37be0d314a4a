// Destinations and pauses of a run: $.send.emit, $.send.email, $.send.sse, $.flow.delay, $.flow.suspend and
// $.flow.rerun in steps, this.$emit in
// sources. Arguments are checked here; what passes is handed to host.extras() (RunExtras.java), which
// collects it for the runner (StepOutcome's emissions, emails and delayMillis; SourceOutcome's emissions).
// Evaluated on first use by bootstrap.js's lib('sends'); the value is the library's factory.
(function sendsLibrary(host, internals) {
  'use strict';
  const { inspect, jsonOf } = internals;
  const MAX_DELAY_MS = 365 * 24 * 3600 * 1000;
  const DEFAULT_SUSPEND_MS = 24 * 3600 * 1000;
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

  // Milliseconds of a pause: a number from 1 ms to one year, rounded up.
  function pauseMillis(what, ms) {
    if (typeof ms !== 'number' || !Number.isFinite(ms)) {
      throw new TypeError(what + ': ms must be a number of milliseconds, got ' + inspect(ms));
    }
    if (ms < 1) throw new RangeError(what + ': a workflow can be paused for as little as one millisecond, or as long as one year: ms must be at least 1, got ' + ms);
    if (ms > MAX_DELAY_MS) throw new RangeError(what + ': a workflow can be paused for at most one year (' + MAX_DELAY_MS + ' ms), got ' + ms);
    return Math.ceil(ms);
  }

  // $.flow.delay(ms): the execution pauses at the end of this step; returns { resume_url, cancel_url }.
  function delay(ms) {
    return JSON.parse(host.extras().delay(pauseMillis('$.flow.delay', ms)));
  }

  // $.flow.suspend(timeoutMs = 24 h): the execution pauses at the end of this step until its resume_url is
  // called (the request's data becomes this step's $resume_data), and is cancelled when the time passes first.
  function suspend(timeoutMs) {
    const ms = timeoutMs === undefined || timeoutMs === null ? DEFAULT_SUSPEND_MS : pauseMillis('$.flow.suspend', timeoutMs);
    return JSON.parse(host.extras().suspend(ms));
  }

  // $.flow.rerun(delayMs, context, maxRetries = 10): this step runs again after delayMs (or at once when its
  // resume_url is called), at most maxRetries times; `runs` is $.context.run.runs. Past the last rerun the call
  // does nothing and the workflow goes on with the next step.
  function rerun(delayMs, context, maxRetries, runs) {
    const ms = pauseMillis('$.flow.rerun', delayMs);
    let max = 10;
    if (maxRetries !== undefined && maxRetries !== null) {
      if (typeof maxRetries !== 'number' || !Number.isInteger(maxRetries) || maxRetries < 0) {
        throw new TypeError('$.flow.rerun: maxRetries must be a whole number of reruns, got ' + inspect(maxRetries));
      }
      max = maxRetries;
    }
    const json = context === undefined ? null : jsonOf('$.flow.rerun: context', context);
    if (runs > max) return { resume_url: null, cancel_url: null };
    return JSON.parse(host.extras().rerun(ms, json === undefined ? null : json));
  }

  // $.flow.trigger(workflowId, payload): starts the workflow now (lib: RunExtras.trigger); a promise of { id }.
  function trigger(workflowId, payload) {
    return new Promise(resolve => {
      if (typeof workflowId !== 'string' || workflowId.trim() === '') {
        throw new TypeError('$.flow.trigger: pass the workflow id (p_...) or its endpoint URL, got ' + inspect(workflowId));
      }
      const json = payload === undefined ? '{}' : jsonOf('$.flow.trigger: payload', payload);
      if (json === undefined) throw new TypeError('$.flow.trigger: the payload is not JSON-serializable');
      const answer = JSON.parse(host.extras().trigger(workflowId.trim(), json));
      if (answer.error) throw new Error(answer.error);
      resolve({ id: answer.id });
    });
  }

  // $.send.s3({ bucket, prefix, payload }): written once the execution ends, to the project's file store or to the
  // S3-compatible endpoint of the step's aws account (S3Destination).
  function s3(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('$.send.s3: pass an object { bucket, prefix, payload }, got ' + inspect(options));
    }
    const { bucket, prefix, payload } = options;
    if (typeof bucket !== 'string' || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
      throw new TypeError('$.send.s3: bucket is required: an S3 bucket name (3 to 63 lower-case letters, digits, dots'
        + ' and hyphens), got ' + inspect(bucket));
    }
    const p = optionalString('$.send.s3: prefix', prefix) || '';
    if (/[\u0000-\u001f\\]/.test(p) || p.split('/').some(part => part === '.' || part === '..')) {
      throw new TypeError('$.send.s3: prefix must be a path without control characters, \\, . or .. parts, got ' + inspect(prefix));
    }
    if (payload === undefined) throw new TypeError('$.send.s3: payload is required');
    const json = jsonOf('$.send.s3: payload', payload);
    if (json === undefined) throw new TypeError('$.send.s3: the payload is not JSON-serializable');
    refuse('$.send.s3', host.extras().s3(bucket, p, json));
  }

  // $.send.sse({ channel, payload }): to the workflow's SSE stream, once the execution ends.
  function sse(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('$.send.sse: pass an object { channel, payload }, got ' + inspect(options));
    }
    const { channel, payload } = options;
    if (typeof channel !== 'string' || channel.trim() === '') {
      throw new TypeError('$.send.sse: channel is required: a non-empty string, got ' + inspect(channel));
    }
    if (/[\r\n]/.test(channel)) throw new TypeError('$.send.sse: channel must be a single line');
    if (payload === undefined) throw new TypeError('$.send.sse: payload is required');
    const json = jsonOf('$.send.sse: payload', payload);
    if (json === undefined) throw new TypeError('$.send.sse: the payload is not JSON-serializable');
    refuse('$.send.sse', host.extras().sse(channel, json));
  }

  function delayed() {
    return host.extras().delayed() === true;
  }

  return { emit, sourceEmit, email, delay, suspend, rerun, sse, s3, trigger, delayed };
})
