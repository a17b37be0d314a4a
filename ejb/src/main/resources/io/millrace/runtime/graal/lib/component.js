// Components that are not run as code steps (GraalComponentRuntime.java): describe(ns) reads what a
// component module declares, source(...) runs one phase of a source (a hook or run(event)) with `this`
// bound as the component API says, and checkProps(ns, propsJson) checks a step's literal prop values at
// deploy time. Evaluated on first use by bootstrap.js's lib('component'); the value is the library's factory.
(function componentLibrary(host, internals) {
  'use strict';
  const { inspect, jsonOf } = internals;
  const HOOKS = ['deploy', 'activate', 'deactivate'];
  const DEDUPE = ['unique', 'greatest', 'last'];
  const INPUT = ['string', 'integer', 'boolean', 'object', 'any'];
  const OTHER = ['app', '$.interface.http', '$.interface.timer', '$.service.db', 'data_store', 'http_request', 'alert'];
  // The configurable_props fields, in the order they are listed.
  const FIELDS = ['app', 'label', 'description', 'optional', 'default', 'min', 'max', 'options', 'secret', 'disabled',
    'hidden', 'customResponse', 'alertType', 'content', 'reloadProps', 'useQuery'];

  function objects() {
    return internals.lib('prop-objects');
  }

  function validType(type) {
    if (typeof type !== 'string') return false;
    if (type.endsWith('[]')) return INPUT.includes(type.slice(0, -2));
    return INPUT.includes(type) || OTHER.includes(type);
  }

  function optionalString(component, field) {
    const value = component[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw new TypeError('the component\'s "' + field + '" must be a string, got ' + inspect(value));
    return value;
  }

  function functionNames(object) {
    if (object === null || typeof object !== 'object') return [];
    return Object.keys(object).filter(key => typeof object[key] === 'function');
  }

  // One configurable_props entry: { name, type, ...the declared fields that are data }.
  function propEntry(name, raw) {
    if (raw === null || (typeof raw !== 'object' && typeof raw !== 'string')) {
      throw new TypeError('prop "' + name + '" must be an object { type, ... }, got ' + inspect(raw));
    }
    const definition = objects().definitionOf(raw);
    if (!validType(definition.type)) {
      throw new TypeError('prop "' + name + '" has an unknown type ' + inspect(definition.type) + '; use one of '
        + INPUT.join(', ') + ' (or an array of them, such as string[]), ' + OTHER.join(', '));
    }
    if (definition.type === 'app' && (typeof definition.app !== 'string' || definition.app === '')) {
      throw new TypeError('app prop "' + name + '" must name its app, e.g. { type: "app", app: "github" }');
    }
    const entry = { name, type: definition.type };
    for (const field of FIELDS) {
      const value = definition[field];
      if (value === undefined) continue;
      if (field === 'options' && typeof value === 'function') {
        entry.remoteOptions = true;
        continue;
      }
      if (typeof value === 'function') continue;
      entry[field] = value;
    }
    return entry;
  }

  function describeComponent(ns) {
    const problem = internals.check(ns);
    if (problem) throw new TypeError(problem);
    const component = internals.componentOf(ns);
    const info = {};
    for (const field of ['key', 'name', 'version', 'description']) info[field] = optionalString(component, field);
    const declared = component.props;
    if (declared !== undefined && declared !== null && (typeof declared !== 'object' || Array.isArray(declared))) {
      throw new TypeError('the component\'s "props" must be an object, got ' + inspect(declared));
    }
    const props = Object.keys(declared || {}).map(name => propEntry(name, declared[name]));
    info.hooks = functionNames(component.hooks).filter(name => HOOKS.includes(name));
    info.methods = functionNames(component.methods);
    const dedupe = component.dedupe;
    if (dedupe !== undefined && dedupe !== null && !DEDUPE.includes(dedupe)) {
      throw new TypeError('the component\'s "dedupe" must be one of ' + DEDUPE.join(', ') + ', got ' + inspect(dedupe));
    }
    info.dedupe = dedupe === undefined ? null : dedupe;
    const type = component.type;
    if (type !== undefined && type !== null && type !== 'source' && type !== 'action') {
      throw new TypeError('the component\'s "type" must be "source" or "action", got ' + inspect(type));
    }
    const interfaces = props.some(prop => prop.type.startsWith('$.interface.'));
    info.type = type || (info.hooks.length > 0 || info.dedupe !== null || interfaces ? 'source' : 'action');
    info.propsJson = jsonOf('the component\'s props', props);
    return info;
  }

  /** What the component declares, or { problem } when it is not a valid component. */
  function describe(ns) {
    try {
      return describeComponent(ns);
    } catch (error) {
      return { problem: internals.errorMessage(error) };
    }
  }

  /** [prop, message] for the first literal configured value that does not fit its prop, or null. */
  function checkProps(ns, propsJson) {
    const component = internals.componentOf(ns);
    if (!component || component.props === null || typeof component.props !== 'object') return null;
    const problem = internals.lib('props').checkLiterals(component.props, JSON.parse(propsJson || '{}') || {});
    return problem ? [problem.prop, problem.message] : null;
  }

  // Props whose values are objects made by lib/prop-objects.js (rather than checked input values).
  const OBJECT_TYPES = new Set(OTHER);

  // The prop's type, a propDefinition's merged in.
  function typeOf(raw) {
    return typeof raw === 'string' ? raw : raw !== null && typeof raw === 'object' ? objects().definitionOf(raw).type : undefined;
  }

  /**
   * Runs one phase ('deploy', 'activate', 'deactivate' or 'run') of a source; settles through the host.
   * Libraries are loaded only for what the source declares: a source without props needs none.
   */
  function source(ns, phase, propsJson, eventJson, dbJson, endpoint, envJson) {
    Object.assign(internals.env, JSON.parse(envJson || '{}'));
    const problem = internals.check(ns);
    if (problem) throw new TypeError(problem);
    internals.loadedCommonjs();
    const component = internals.componentOf(ns);
    const self = Object.create(component);
    Object.assign(self, component.methods || {});
    Object.defineProperty(self, '$emit', {
      value: function $emit(event, meta) { internals.lib('sends').sourceEmit(event, meta); },
      writable: true, configurable: true,
    });
    const configured = JSON.parse(propsJson || '{}') || {};
    // Props that additionalProps() adds for the configured ones (lib/configure.js) are resolved like the declared.
    if (typeof component.additionalProps === 'function') {
      internals.lib('configure').allProps(component, configured).then(
        all => runPhase(component, self, all, configured, phase, eventJson, dbJson, endpoint),
        error => host.fail(error, internals.errorName(error), internals.errorMessage(error)));
      return;
    }
    const declared = component.props !== null && typeof component.props === 'object' ? component.props : {};
    runPhase(component, self, declared, configured, phase, eventJson, dbJson, endpoint);
  }

  function runPhase(component, self, declared, configured, phase, eventJson, dbJson, endpoint) {
    const names = Object.keys(declared);
    let db = null;
    try {
      const inputs = names.some(name => !OBJECT_TYPES.has(typeOf(declared[name])));
      const values = inputs ? internals.lib('props').resolve(declared, configured, {}, { expressions: false }) : configured;
      Object.assign(self, values);
      if (names.some(name => OBJECT_TYPES.has(typeOf(declared[name])))) {
        if (names.some(name => typeOf(declared[name]) === '$.service.db')) db = objects().db(JSON.parse(dbJson || '{}'));
        objects().attach(self, declared, values, { source: true, phase, endpoint, db });
      }
    } catch (error) {
      host.fail(error, internals.errorName(error), internals.errorMessage(error));
      return;
    }
    const target = phase === 'run' ? component.run : component.hooks && component.hooks[phase];
    const done = () => {
      if (db) host.extras().db(db.json());
      host.succeed(null, false);
    };
    if (typeof target !== 'function') {
      done();
      return;
    }
    const event = phase === 'run' && eventJson !== null && eventJson !== undefined ? JSON.parse(eventJson) : undefined;
    new Promise(resolve => resolve(target.call(self, event)))
      .then(done, error => host.fail(error, internals.errorName(error), internals.errorMessage(error)));
  }

  /**
   * Configures props (lib/configure.js): operation 'options' answers { options, context } for propName,
   * 'reload' answers { configurableProps } after additionalProps(); settles through the host.
   */
  function configure(ns, operation, propName, propsJson, argsJson, envJson) {
    Object.assign(internals.env, JSON.parse(envJson || '{}'));
    const problem = internals.check(ns);
    if (problem) throw new TypeError(problem);
    internals.loadedCommonjs();
    const component = internals.componentOf(ns);
    const configured = JSON.parse(propsJson || '{}') || {};
    const args = JSON.parse(argsJson || '{}') || {};
    const lib = internals.lib('configure');
    new Promise(resolve => resolve(operation === 'reload' ? lib.reload(component, configured, propEntry)
      : lib.options(component, propName, configured, args)))
      .then(answer => host.succeed(jsonOf('the answer', answer), false),
        error => host.fail(error, internals.errorName(error), internals.errorMessage(error)));
  }

  return { describe, checkProps, source, configure };
})
