// The built-in module "@pipedream/platform" (see lib/platform.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("@pipedream/platform");
export default m;
export const { axios, transformConfigForOauth, ConfigurationError, cloneSafe, jsonStringifySafe, getFileStream,
  getFileStreamAndMetadata, sqlProp, sqlProxy, DEFAULT_POLLING_SOURCE_TIMER_INTERVAL, PD_OFFICIAL_GMAIL_OAUTH_CLIENT_ID,
  HTTP_METHODS, END_NEEDLE, $end, $send, $event, $sendConfigRuntimeTypeChecker, sendTypeMap, SendConfigEmail, SendConfigEmit,
  SendConfigEmit_required, SendConfigEmit_optional, SendConfigHTTP, SendConfigS3, SendConfigSQL, SendConfigSnowflake,
  SendConfigSSE } = m;
