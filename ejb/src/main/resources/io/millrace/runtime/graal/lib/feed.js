// The built-in module "@millrace/feed": parseFeed(xmlText) reads an RSS (0.9x, 1.0, 2.0) or Atom feed
// into { title, link, description, items: [{ guid, title, link, permalink, pubdate, description,
// author, categories }] } (pubdate: an ISO-8601 timestamp or null; guid falls back to the link).
// Parsed on the host by Rome with external entities disabled (see HostFeed.java). Fetch the feed
// yourself (axios or fetch) and pass its text or bytes.
// Evaluated on first use by bootstrap.js's lib('feed'); the value is the library's factory.
(function feedLibrary(host, internals) {
  'use strict';
  function parseFeed(xml) {
    let text = xml;
    if (text instanceof ArrayBuffer || ArrayBuffer.isView(text)) text = new TextDecoder().decode(text);
    if (typeof text !== 'string') {
      throw new TypeError('parseFeed: pass the feed\'s XML as a string, got ' + internals.inspect(xml));
    }
    const reply = JSON.parse(host.parseFeed(text));
    if (reply.error !== undefined) throw new Error('parseFeed: ' + reply.error);
    return reply.ok;
  }
  const module = { parseFeed };
  Object.defineProperty(module, 'default', { value: module, enumerable: false });
  return { module };
})
