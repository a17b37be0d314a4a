// util.inspect and util.format cases run both by Node.js 20 and, as a CommonJS step, by StepConsoleTest;
// each printed line is the JSON of one result. Regenerate the expected lines with:
// node inspect-cases.js > inspect-expected.txt
const util = require('util');
const cases = [
 "util.inspect({ a: 1, b: 'x' })",
 "util.inspect({})",
 "util.inspect([])",
 "util.inspect([1, 2, 3])",
 "util.inspect({ x: [1] })",
 "util.inspect({ a: { b: { c: { d: 1 } } } })",
 "util.inspect({ a: { b: { c: {} } } })",
 "util.inspect({ a: [{ b: [{ c: 1 }] }] })",
 "util.inspect('it\\'s')",
 "util.inspect('say \"hi\" it\\'s')",
 "util.inspect('tab\\there\\nnew line \\\\ done')",
 "util.inspect({ 'a-b': 1, _ok: 2, '3x': 3, 'sp ace': 4 })",
 "util.inspect([1, 'two', null, undefined, true, 3n, -0, NaN])",
 "util.inspect(Array.from({ length: 30 }, (_, i) => i))",
 "util.inspect(Array.from({ length: 120 }, (_, i) => i * 3))",
 "util.inspect(Array.from({ length: 10 }, (_, i) => 'item' + i))",
 "util.inspect(['a', 'b', 'c', 'd', 'e', 'f', 'g'])",
 "util.inspect({ name: 'Luke Skywalker', email: 'luke@example.com', age: 19, tags: ['jedi', 'pilot'], address: { city: 'Tatooine' } })",
 "util.inspect({ id: 'evt_123', body: { order: { id: 991, items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }], total: 12.5 } }, headers: { 'content-type': 'application/json' } })",
 "util.inspect(new Map([['a', 1], ['b', { c: 2 }]]))",
 "util.inspect(new Set([1, 'x', [2]]))",
 "util.inspect(new Map())",
 "util.inspect(new Set())",
 "util.inspect(function named() {})",
 "util.inspect(() => 1)",
 "util.inspect(async function af() {})",
 "util.inspect(class A {})",
 "util.inspect(class B extends Array {})",
 "util.inspect({ f() {}, g: x => x })",
 "util.inspect(Object.assign(function withProps() {}, { a: 1 }))",
 "util.inspect(new Date(0))",
 "util.inspect({ when: new Date(86400000) })",
 "util.inspect(/ab+c/gi)",
 "util.inspect(Symbol('s'))",
 "util.inspect({ [Symbol('k')]: 1, n: 2 })",
 "util.inspect(Object.create(null))",
 "util.inspect(Object.assign(Object.create(null), { a: 1 }))",
 "util.inspect(new (class Point { constructor() { this.x = 1; this.y = 2 } })())",
 "util.inspect(new (class Empty {})())",
 "(() => { const a = { name: 'a' }; a.self = a; return util.inspect(a) })()",
 "(() => { const a = [1]; a.push(a); return util.inspect(a) })()",
 "(() => { const a = {}; const b = { a }; a.b = b; return util.inspect({ a, b }) })()",
 "util.inspect(new Uint8Array([1, 2, 3]))",
 "util.inspect(new Float64Array(2))",
 "util.inspect(new ArrayBuffer(3))",
 "util.inspect([1, , 3, , , 6])",
 "util.inspect(Object.assign([1, 2], { extra: 'x' }))",
 "util.inspect({ get g() { return 1 }, set s(v) {}, get gs() { return 1 }, set gs(v) {} })",
 "util.inspect(new Number(3))",
 "util.inspect(new String('ab'))",
 "util.inspect(new Boolean(false))",
 "util.inspect(Promise.resolve(1).constructor.name)",
 "util.inspect(new WeakMap())",
 "util.inspect({ a: 'x'.repeat(100) })",
 "util.inspect('line one\\nline two\\nline three and a much longer third line that goes past the break length of eighty')",
 "util.inspect({ nested: { deeper: { deepest: { bottom: { floor: 1 } } } } }, { depth: null })",
 "util.inspect({ a: { b: { c: 1 } } }, { depth: 0 })",
 "util.inspect({ a: 1, b: 2 }, { compact: false })",
 "util.inspect([3, 1, 2], { breakLength: Infinity })",
 "util.inspect({ b: 1, a: 2 }, { sorted: true })",
 "util.inspect({ [util.inspect.custom]() { return 'CUSTOM' } })",
 "util.inspect({ inner: { [util.inspect.custom](depth) { return { replaced: depth } } } })",
 "util.inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)))",
 "util.inspect(Array.from({ length: 8 }, (_, i) => ({ i })))",
 "util.inspect({ list: Array.from({ length: 12 }, (_, i) => i * 1000) })",
 "util.inspect([[1, 2, [3, 4, [5, [6]]]]])",
 "util.inspect({ a: [], b: {}, c: [[]], d: [{}] })",
 "util.inspect(Object.assign(new Error('boom'), { code: 'E_BOOM' })).split('\\n')[0]",
 "util.inspect(Object.assign(new Error('boom'), { code: 'E_BOOM' })).split('\\n').slice(-2).join('|')",
 "(() => { const e = new TypeError('bad'); e.stack = 'TypeError: bad'; return util.inspect(e) })()",
 "(() => { const e = new Error('x'); e.stack = 'Error: x'; return util.inspect({ e }) })()",
 "(() => { class MyError extends Error {} const e = new MyError('m'); return util.inspect(e).split('\\n')[0] })()",
 "util.format('%s', { a: { b: 1 } })",
 "util.format('%s', [1, [2, [3]]])",
 "util.format('%s', new Date(0))",
 "util.format('%s %s', { toString() { return 'custom!' } }, null)",
 "util.format('%O', { a: { b: { c: { d: 1 } } } })",
 "util.format('%j', { a: [1] })",
 "util.format('%o', [1])",
 "util.format('%o', { a: 1 })",
 "util.format('a', { b: 'c' }, ['d'], 1, 'e')",
 "util.format({ x: 'y' }, 'z')",
 "util.format('%s is %d', 'n', 4, { extra: true })",
 "util.format(new Error('top').message)",
 "util.format('%s', -0)",
 "util.format(-0, 5n)",
 "util.inspect({ u: undefined, n: null, s: '' })",
 "util.inspect({ 'key\\nwith': 1 })",
 "util.inspect([new Date(NaN)])",
 "util.inspect({ a: 1 }, { compact: true })",
];

function print() {
  for (const expression of cases) {
    let value;
    try {
      value = eval(expression);
    } catch (e) {
      value = 'THREW ' + e;
    }
    console.log(JSON.stringify(value));
  }
}

if (require.main !== undefined && require.main === module) {
  print();
} else {
  module.exports = { run: print };
}
