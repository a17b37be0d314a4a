// Configuring a component's props before it runs (POST /v1/components/configure and /v1/components/props):
// options(...) answers one prop's options, static or from its async options({ page, prevContext, query, ...args })
// (a propDefinition's options run with `this` as the app, given the app prop's configured $auth; the
// component's own run with `this` as the component with its configured props, methods and apps);
// reload(...) answers the configurable props after additionalProps() given the props configured so far.
// Evaluated on first use by lib/component.js through lib('configure'); the value is the library's factory.
(function configureLibrary(host, internals) {
  'use strict';
  const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  const objects = () => internals.lib('prop-objects');
  function configurationError(message) {
    return new (internals.lib('extras').platform.ConfigurationError)(message);
  }

  // `this` for options() and additionalProps(): methods, the configured (or default) values, app objects.
  function selfOf(component, declared, configured) {
    const self = Object.create(component);
    Object.assign(self, component.methods || {});
    for (const name of Object.keys(declared)) {
      const definition = objects().definitionOf(declared[name]);
      if (definition.type === 'app') self[name] = objects().app(definition, configured[name]);
      else if (hasOwn(configured, name)) self[name] = configured[name];
      else if (definition.default !== undefined) self[name] = definition.default;
    }
    return self;
  }

  // The component's props with those additionalProps() adds given the configured ones (a later name wins).
  async function allProps(component, configured) {
    const declared = component.props !== null && typeof component.props === 'object' ? component.props : {};
    if (typeof component.additionalProps !== 'function') return declared;
    const extra = await component.additionalProps.call(selfOf(component, declared, configured), declared);
    if (extra === undefined || extra === null) return declared;
    if (typeof extra !== 'object' || Array.isArray(extra)) {
      throw new TypeError('additionalProps() must return an object of props, got ' + internals.inspect(extra));
    }
    return Object.assign({}, declared, extra);
  }

  // The app object a propDefinition [app, name, args] runs with: the app prop of the component that uses the same app.
  function appFor(reference, declared, configured) {
    const target = reference[0];
    for (const name of Object.keys(declared)) {
      const raw = declared[name];
      const definition = objects().definitionOf(raw);
      if (definition.type === 'app' && (raw === target || definition.app === target.app)) {
        return objects().app(objects().definitionOf(target), configured[name]);
      }
    }
    return objects().app(objects().definitionOf(target), undefined);
  }

  function normalize(propName, result) {
    if (Array.isArray(result)) return { options: result, context: null };
    if (result !== null && typeof result === 'object' && Array.isArray(result.options)) {
      return { options: result.options, context: result.context === undefined ? null : result.context };
    }
    throw new TypeError('options() of prop "' + propName + '" must return an array of options or { options, context }, got '
      + internals.inspect(result));
  }

  async function options(component, propName, configured, args) {
    const declared = await allProps(component, configured);
    if (!hasOwn(declared, propName)) throw configurationError('the component has no prop "' + propName + '"');
    const raw = declared[propName];
    const definition = objects().definitionOf(raw);
    if (Array.isArray(definition.options)) return { options: definition.options, context: null };
    if (typeof definition.options !== 'function') {
      throw configurationError('prop "' + propName + '" has no options: it declares neither an options array nor an options() method');
    }
    const page = Number.isInteger(args.page) && args.page >= 0 ? args.page : 0;
    const input = { page, prevContext: args.prevContext !== undefined && args.prevContext !== null ? args.prevContext : {} };
    if (args.query !== undefined && args.query !== null) input.query = String(args.query);
    const reference = raw && typeof raw === 'object' ? raw.propDefinition : undefined;
    const fromApp = Array.isArray(reference) && reference[0] && typeof reference[0] === 'object' && typeof raw.options !== 'function';
    let self;
    if (fromApp) {
      self = appFor(reference, declared, configured);
      let extra = reference[2];
      if (typeof extra === 'function') extra = extra(Object.assign({}, configured));
      if (extra !== null && typeof extra === 'object') Object.assign(input, extra);
    } else {
      self = selfOf(component, declared, configured);
    }
    return normalize(propName, await definition.options.call(self, input));
  }

  async function reload(component, configured, entryOf) {
    const declared = await allProps(component, configured);
    return { configurableProps: Object.keys(declared).map(name => entryOf(name, declared[name])) };
  }

  return { options, reload, allProps };
})
