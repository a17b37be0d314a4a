// ConnectSdkIT's script: Pipedream's official TypeScript SDK, configured only with Millrace's base URL, an OAuth
// client and a project id, calls the Connect API with the SDK's own response validation switched on. It prints one
// JSON line: {"calls": [{"name", "ok", "error"?}]}; the IT checks that every covered call is there and ok.
"use strict";
const { PipedreamClient } = require("@pipedream/sdk");
const serialization = require("@pipedream/sdk/serialization");

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const BASE = env("MILLRACE_URL");
const PROJECT = env("MILLRACE_PROJECT_ID");
const USER = env("MILLRACE_EXTERNAL_USER");
const ACTION = env("MILLRACE_ACTION_KEY");
const TRIGGER = env("MILLRACE_TRIGGER_KEY");
const KEYS_APP = env("MILLRACE_KEYS_APP");
const CATEGORY = env("MILLRACE_APP_CATEGORY");

// The SDK parses every response with skipValidation: true. Turn its validation on: each response schema's
// parseOrThrow is made strict (unknown union members and enum values are refused too; extra keys are allowed).
let strictSchemas = 0;
const seen = new Set();
(function strict(node, depth) {
  if (node == null || typeof node !== "object" || depth > 4 || seen.has(node)) return;
  seen.add(node);
  if (typeof node.parseOrThrow === "function") {
    const original = node.parseOrThrow.bind(node);
    node.parseOrThrow = (raw, opts) => original(raw, { ...opts, skipValidation: false,
      allowUnrecognizedUnionMembers: false, allowUnrecognizedEnumValues: false });
    strictSchemas++;
    return;
  }
  for (const key of Object.keys(node)) strict(node[key], depth + 1);
})(serialization, 0);

const results = [];
async function call(name, fn) {
  try {
    const value = await fn();
    results.push({ name, ok: true });
    return value;
  } catch (e) {
    const body = e && e.body !== undefined ? " " + JSON.stringify(e.body) : "";
    results.push({ name, ok: false, error: String((e && e.message) || e) + body });
    return undefined;
  }
}
function check(condition, message) {
  if (!condition) throw new Error(message);
}
// A local API for the proxy: it answers with what it received.
async function withUpstream(fn) {
  const server = require("node:http").createServer((req, res) => {
    let body = "";
    req.on("data", (c) => { body += c; });
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ method: req.method, url: req.url, body, auth: req.headers.authorization || null,
        custom: req.headers["x-custom"] || null }));
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  try {
    return await fn(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.close();
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  check(strictSchemas > 50, `only ${strictSchemas} response schemas made strict`);
  // Validation is really on: a response in the wrong shape (from a throw-away local server) is refused by the SDK.
  await call("validation.on", async () => {
    const server = require("node:http").createServer((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: [{ id: 1 }], page_info: {} }));
    });
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    try {
      const wrong = new PipedreamClient({ baseUrl: `http://127.0.0.1:${server.address().port}`, projectId: PROJECT,
        tokenProvider: { getToken: async () => "x" }, maxRetries: 0 });
      let refused = null;
      try { await wrong.users.list(); } catch (e) { refused = e; }
      check(refused && /external_id|Expected/i.test(String(refused.message)),
        `a users list whose user has no external_id was not refused by validation: ${refused}`);
    } finally {
      server.close();
    }
  });

  const client = new PipedreamClient({
    baseUrl: BASE,
    clientId: env("MILLRACE_CLIENT_ID"),
    clientSecret: env("MILLRACE_CLIENT_SECRET"),
    projectId: PROJECT,
    projectEnvironment: "development",
  });

  const issued = await call("tokens.create", async () => {
    const t = await client.tokens.create({ externalUserId: USER, allowedOrigins: ["https://app.example.com"] });
    check(typeof t.token === "string" && t.token.startsWith("ctok_"), `token ${t.token}`);
    check(t.expiresAt instanceof Date && t.expiresAt.getTime() > Date.now(), `expires_at ${t.expiresAt}`);
    check(t.connectLinkUrl.includes(t.token), `connect_link_url ${t.connectLinkUrl}`);
    return t;
  });

  await call("tokens.validate", async () => {
    const t = await client.tokens.create({ externalUserId: USER, successRedirectUri: "https://app.example.com/ok" });
    const v = await client.tokens.validate(t.token, {});
    check(v.success === true && v.projectId === PROJECT && v.projectEnvironment === "development"
      && v.successRedirectUri === "https://app.example.com/ok", JSON.stringify(v));
    const wrongApp = await client.tokens.validate(t.token, { appId: "no_such_app_" + Date.now() });
    check(wrongApp.success === false && /not found/.test(wrongApp.error), JSON.stringify(wrongApp));
    const unknown = await client.tokens.validate("ctok_" + "0".repeat(32), {});
    check(unknown.success === false && typeof unknown.error === "string", JSON.stringify(unknown));
  });

  await call("users.list", async () => {
    const page = await client.users.list({ limit: 100 });
    check(page.data.some((u) => u.externalId === USER), `${USER} not listed: ${JSON.stringify(page.data)}`);
  });

  // An external user's accounts: connected with the user's Connect token (a key-based app), listed, read, deleted.
  // A Connect token connects one account: each account gets a new token.
  const connectAccount = async (apiKey, token) => client.accounts.create({ externalUserId: USER, appSlug: KEYS_APP,
    cfmapJson: JSON.stringify({ api_key: apiKey }), name: "key " + apiKey,
    connectToken: token || (await client.tokens.create({ externalUserId: USER })).token });
  const account = await call("accounts.create", async () => {
    const a = await connectAccount("k-1", issued.token);
    let reused = null;
    try { await connectAccount("k-1b", issued.token); } catch (e) { reused = e; }
    check(reused && reused.statusCode === 400, `a used Connect token connected a second account: ${reused}`);
    check(a.id.startsWith("apn_") && a.externalId === USER && a.healthy === true, JSON.stringify(a));
    check(a.app.nameSlug === KEYS_APP && a.app.authType === "keys", JSON.stringify(a.app));
    check(a.credentials === undefined, "credentials returned without include_credentials");
    return a;
  });
  if (account) {
    await call("accounts.list", async () => {
      const page = await client.accounts.list({ externalUserId: USER, app: KEYS_APP, limit: 10 });
      check(page.data.some((a) => a.id === account.id), `not listed: ${JSON.stringify(page.data)}`);
      check(page.data.every((a) => a.credentials === undefined), "credentials listed without include_credentials");
      const other = await client.accounts.list({ externalUserId: USER + "-other" });
      check(other.data.length === 0, "another external user's list holds the account");
    });
    await call("accounts.retrieve", async () => {
      const a = await client.accounts.retrieve(account.id, { includeCredentials: true });
      check(a.id === account.id && a.credentials && a.credentials.api_key === "k-1", JSON.stringify(a));
      check(a.createdAt instanceof Date, `created_at ${a.createdAt}`);
    });
    await call("accounts.listByExternalUser", async () => {
      const list = await client.accounts.listByExternalUser(USER, { app: KEYS_APP, includeCredentials: true });
      check(list.some((a) => a.id === account.id && a.credentials.api_key === "k-1"), JSON.stringify(list));
    });
    // The proxy: a request to the app's API (here a server of this script on 127.0.0.1, which the test server's
    // egress policy allows) with the account's key put in where the header names {{custom_fields.api_key}}.
    await call("proxy.get", async () => withUpstream(async (base) => {
      // three "~" in a row: one falls where its base64 is "+" (the URL's base64 is sent percent-encoded)
      const url = base + "/items?q=~~~";
      check(/[+/]/.test(Buffer.from(url).toString("base64")), "the URL's base64 has no + or /");
      const r = await client.proxy.get({ url, externalUserId: USER, accountId: account.id,
        headers: { Authorization: "Bearer {{custom_fields.api_key}}", "X-Custom": "yes" } });
      check(r.method === "GET" && r.url === new URL(url).pathname + new URL(url).search, JSON.stringify(r));
      check(r.auth === "Bearer k-1" && r.custom === "yes", `headers ${JSON.stringify(r)}`);
    }));
    await call("proxy.get.slash", async () => withUpstream(async (base) => {
      // a "?" where its base64 is "/", which the SDK sends as %2F in the path
      let url = base + "/items?q=1";
      for (let i = 1; !Buffer.from(url).toString("base64").includes("/"); i++) url = base + "/items" + "s".repeat(i) + "?q=1";
      const r = await client.proxy.get({ url, externalUserId: USER, accountId: account.id });
      check(r.method === "GET" && r.url === new URL(url).pathname + "?q=1", JSON.stringify(r));
    }));
    await call("proxy.post", async () => withUpstream(async (base) => {
      const r = await client.proxy.post({ url: base + "/items", externalUserId: USER, accountId: account.id,
        body: { name: "thing" }, headers: { Authorization: "Bearer {{custom_fields.api_key}}" } });
      check(r.method === "POST" && JSON.parse(r.body).name === "thing" && r.auth === "Bearer k-1", JSON.stringify(r));
    }));
    await call("proxy.otherUser", async () => {
      let refused = null;
      try {
        await client.proxy.get({ url: "https://example.com/", externalUserId: USER + "-other", accountId: account.id });
      } catch (e) { refused = e; }
      check(refused && refused.statusCode === 404, `another user's proxy request: ${refused}`);
    });
    await call("accounts.reconnect", async () => {
      const token = (await client.tokens.create({ externalUserId: USER })).token;
      const again = await client.accounts.create({ externalUserId: USER, appSlug: KEYS_APP, accountId: account.id,
        cfmapJson: JSON.stringify({ api_key: "k-1r" }), connectToken: token });
      check(again.id === account.id, `a new account instead of the same: ${JSON.stringify(again)}`);
      const a = await client.accounts.retrieve(account.id, { includeCredentials: true });
      check(a.credentials.api_key === "k-1r" && a.healthy === true, JSON.stringify(a));
      const page = await client.accounts.list({ externalUserId: USER, app: KEYS_APP });
      check(page.data.filter((x) => x.id === account.id).length === 1, "listed twice");
    });
    await call("accounts.delete", async () => {
      await client.accounts.delete(account.id);
      let gone = false;
      try { await client.accounts.retrieve(account.id); } catch (e) { gone = e.statusCode === 404; }
      check(gone, "the deleted account can still be retrieved");
    });
    await call("accounts.deleteByApp", async () => {
      const a = await connectAccount("k-2");
      await client.accounts.deleteByApp(KEYS_APP);
      const page = await client.accounts.list({ externalUserId: USER });
      check(!page.data.some((x) => x.id === a.id), "the app's account is still listed");
    });
  }

  // The app catalogue as Connect lists it (/v1/connect/apps, /v1/connect/app_categories).
  await call("apps.list", async () => {
    const page = await client.apps.list({ q: KEYS_APP, limit: 10 });
    const app = page.data.find((a) => a.nameSlug === KEYS_APP);
    check(app && app.authType === "keys" && app.categories.includes(CATEGORY), JSON.stringify(page.data));
    check(JSON.parse(app.customFieldsJson).some((f) => f.name === "api_key"), app.customFieldsJson);
    const all = [];
    for await (const a of await client.apps.list({ limit: 1, sortKey: "name_slug", sortDirection: "desc" })) {
      all.push(a.nameSlug);
      if (all.length >= 3) break;
    }
    check(all.length === 3 && all[0] > all[1] && all[1] > all[2], `paging by name_slug desc: ${all}`);
  });
  await call("apps.list.filters", async () => {
    const categories = await client.appCategories.list();
    const category = categories.find((c) => c.name === CATEGORY);
    check(category && category.id.startsWith("appcat_"), JSON.stringify(categories));
    const inCategory = await client.apps.list({ categoryIds: [category.id], limit: 100 });
    check(inCategory.data.length >= 1 && inCategory.data.every((a) => a.categories.includes(CATEGORY)),
      JSON.stringify(inCategory.data.map((a) => a.nameSlug)));
    // the keys app has no components: it is among the apps without them, not among those with triggers
    const without = await client.apps.list({ q: KEYS_APP, hasComponents: false });
    check(without.data.some((a) => a.nameSlug === KEYS_APP), "not listed without components");
    const withTriggers = await client.apps.list({ q: KEYS_APP, hasTriggers: true });
    check(withTriggers.data.length === 0, `listed with triggers: ${JSON.stringify(withTriggers.data)}`);
  });
  await call("apps.retrieve", async () => {
    const { data: app } = await client.apps.retrieve(KEYS_APP);
    check(app.nameSlug === KEYS_APP && app.id.startsWith("app_"), JSON.stringify(app));
    const { data: byId } = await client.apps.retrieve(app.id);
    check(byId.nameSlug === KEYS_APP, JSON.stringify(byId));
  });
  await call("appCategories.retrieve", async () => {
    const categories = await client.appCategories.list();
    const id = categories.find((c) => c.name === CATEGORY).id;
    const c = await client.appCategories.retrieve(id);
    check(c.id === id && c.name === CATEGORY, JSON.stringify(c));
  });

  await call("projects.retrieveInfo", async () => {
    const info = await client.projects.retrieveInfo();
    check(Array.isArray(info.apps), "apps is not a list");
  });

  // The project environment's webhook and its signing key (the key is answered on creation and regeneration).
  await call("projectEnvironment.updateWebhook", async () => {
    const created = await client.projectEnvironment.updateWebhook({ url: "https://hooks.example.com/project" });
    check(created.data.signingKey && created.data.signingKeySet === true, JSON.stringify(created));
    const changed = await client.projectEnvironment.updateWebhook({ url: "https://hooks.example.com/project2" });
    check(changed.data.id === created.data.id && changed.data.signingKey === undefined
      && changed.data.url === "https://hooks.example.com/project2", JSON.stringify(changed));
  });
  await call("projectEnvironment.retrieveWebhook", async () => {
    const r = await client.projectEnvironment.retrieveWebhook();
    check(r.data && r.data.url === "https://hooks.example.com/project2" && r.data.signingKeySet === true, JSON.stringify(r));
  });
  await call("projectEnvironment.regenerateWebhookSigningKey", async () => {
    const before = (await client.projectEnvironment.updateWebhook({ url: "https://hooks.example.com/project2" })).data;
    const r = await client.projectEnvironment.regenerateWebhookSigningKey();
    check(r.data.id === before.id && typeof r.data.signingKey === "string" && r.data.signingKey.length > 20, JSON.stringify(r));
    const again = await client.projectEnvironment.regenerateWebhookSigningKey();
    check(again.data.signingKey !== r.data.signingKey, "the same key twice");
  });
  await call("projectEnvironment.deleteWebhook", async () => {
    await client.projectEnvironment.deleteWebhook();
    const r = await client.projectEnvironment.retrieveWebhook();
    check(r.data === undefined, JSON.stringify(r));
  });

  await call("components.list", async () => {
    const page = await client.components.list({ limit: 100 });
    check(page.data.some((c) => c.key === TRIGGER), `the workspace's ${TRIGGER} is not listed`);
    check(page.data.some((c) => c.key === ACTION), `the workspace's ${ACTION} is not listed`);
    check(page.data.some((c) => c.key === "filter" || c.key === "http-request"), "no registry component is listed");
  });
  await call("components.list.q", async () => {
    const page = await client.components.list({ q: "colour", limit: 10 });
    check(page.data.some((c) => c.key === ACTION) && page.data.every((c) => JSON.stringify(c).toLowerCase().includes("colour")),
      `search: ${JSON.stringify(page.data.map((c) => c.key))}`);
  });
  await call("components.retrieve", async () => {
    const { data: c } = await client.components.retrieve(ACTION);
    check(c.key === ACTION && c.componentType === "action", JSON.stringify(c));
  });
  await call("actions.list", async () => {
    const page = await client.actions.list({ limit: 100 });
    check(page.data.length > 0 && page.data.every((c) => c.componentType === "action"), "not only actions");
    check(page.data.some((c) => c.key === ACTION), `${ACTION} is not listed`);
  });
  await call("actions.retrieve", async () => {
    const { data: c } = await client.actions.retrieve(ACTION);
    check(c.configurableProps.some((p) => p.name === "color" && p.remoteOptions === true), JSON.stringify(c.configurableProps));
  });
  await call("triggers.list", async () => {
    const page = await client.triggers.list({ limit: 100 });
    check(page.data.some((c) => c.key === TRIGGER), `${TRIGGER} is not listed`);
    check(page.data.every((c) => c.componentType === "trigger"), "not only triggers");
  });
  await call("triggers.retrieve", async () => {
    const { data: c } = await client.triggers.retrieve(TRIGGER);
    check(c.configurableProps.some((p) => p.type === "$.interface.http"), JSON.stringify(c.configurableProps));
  });

  await call("actions.configureProp", async () => {
    const r = await client.actions.configureProp({ id: ACTION, externalUserId: USER, propName: "color",
      configuredProps: { shade: "dark" } });
    check(r.options.some((o) => o.label === "dark-red" && o.value === "dark-red"), `options ${JSON.stringify(r)}`);
    check(r.stringOptions.includes("dark-blue"), `stringOptions ${JSON.stringify(r)}`);
  });
  await call("components.configureProp", async () => {
    const r = await client.components.configureProp({ id: ACTION, externalUserId: USER, propName: "color",
      configuredProps: { shade: "light" }, page: 1 });
    check(JSON.stringify(r.options).includes("light-red"), `options ${JSON.stringify(r)}`);
  });
  await call("actions.reloadProps", async () => {
    const r = await client.actions.reloadProps({ id: ACTION, externalUserId: USER, configuredProps: { shade: "dark" } });
    check(r.dynamicProps.configurableProps.some((p) => p.name === "extra"), JSON.stringify(r));
  });
  await call("actions.run", async () => {
    const r = await client.actions.run({ id: ACTION, externalUserId: USER,
      configuredProps: { shade: "dark", color: "dark-red" } });
    check(r.ret === "dark-red for " + USER || r.ret === "dark-red", `ret ${JSON.stringify(r)}`);
    check(r.exports && r.exports.chosen === "dark-red", `exports ${JSON.stringify(r.exports)}`);
    check(r.os.some((o) => o.k === "console.log" && o.msg.includes("running")), `os ${JSON.stringify(r.os)}`);
  });

  const deployed = await call("triggers.deploy", async () => {
    const { data: t } = await client.triggers.deploy({ id: TRIGGER, externalUserId: USER,
      configuredProps: { emitBodyOnly: true } });
    check(t.type === "DeployedComponent" && t.id.startsWith("dc_"), JSON.stringify(t));
    check(t.ownerId.startsWith("exu_"), `owner_id ${t.ownerId}`);
    return t;
  });
  if (deployed) {
    await call("deployedTriggers.list", async () => {
      const page = await client.deployedTriggers.list({ externalUserId: USER });
      check(page.data.some((t) => t.id === deployed.id), "the deployed trigger is not listed");
    });
    await call("deployedTriggers.list.otherUser", async () => {
      const page = await client.deployedTriggers.list({ externalUserId: USER + "-other" });
      check(page.data.length === 0, "another external user sees the trigger");
    });
    const endpoint = await call("deployedTriggers.retrieve", async () => {
      const { data: t } = await client.deployedTriggers.retrieve(deployed.id, { externalUserId: USER });
      check(t.id === deployed.id, JSON.stringify(t));
      const url = t.configuredProps.http && t.configuredProps.http.endpoint_url;
      check(typeof url === "string", `endpoint ${JSON.stringify(t.configuredProps)}`);
      return url;
    });
    await call("deployedTriggers.update", async () => {
      const { data: t } = await client.deployedTriggers.update(deployed.id, { externalUserId: USER, name: "renamed-by-sdk" });
      check(t.name === "renamed-by-sdk", JSON.stringify(t));
    });
    await call("deployedTriggers.listEvents", async () => {
      const sent = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ hello: "connect" }) });
      check(sent.ok, `endpoint answered ${sent.status}`);
      for (let i = 0; i < 120; i++) {
        const r = await client.deployedTriggers.listEvents(deployed.id, { externalUserId: USER, n: 10 });
        if (r.data.some((e) => e.e && e.e.hello === "connect")) return;
        await sleep(500);
      }
      throw new Error("the event sent to the trigger's endpoint was not listed within 60 s");
    });
    await call("deployedTriggers.updateWebhooks", async () => {
      const r = await client.deployedTriggers.updateWebhooks(deployed.id, { externalUserId: USER,
        webhookUrls: ["https://hooks.example.com/connect"] });
      check(r.webhookUrls.length === 1 && r.webhookUrls[0] === "https://hooks.example.com/connect", JSON.stringify(r));
    });
    await call("deployedTriggers.listWebhooks", async () => {
      const r = await client.deployedTriggers.listWebhooks(deployed.id, { externalUserId: USER });
      check(r.webhookUrls.includes("https://hooks.example.com/connect"), JSON.stringify(r));
      check(r.webhooks.length === 1 && r.webhooks[0].signingKeySet === true && r.webhooks[0].signingKey, JSON.stringify(r));
    });
    await call("deployedTriggers.retrieveWebhook", async () => {
      const list = await client.deployedTriggers.listWebhooks(deployed.id, { externalUserId: USER });
      const hook = list.webhooks[0];
      const r = await client.deployedTriggers.retrieveWebhook(deployed.id, hook.id, { externalUserId: USER });
      check(r.data.id === hook.id && r.data.signingKey === hook.signingKey && r.data.url === hook.url, JSON.stringify(r));
      let refused = null;
      try { await client.deployedTriggers.retrieveWebhook(deployed.id, hook.id, { externalUserId: USER + "-other" }); }
      catch (e) { refused = e; }
      check(refused && refused.statusCode === 404, `another user's webhook: ${refused}`);
    });
    await call("deployedTriggers.regenerateWebhookSigningKey", async () => {
      const hook = (await client.deployedTriggers.listWebhooks(deployed.id, { externalUserId: USER })).webhooks[0];
      const r = await client.deployedTriggers.regenerateWebhookSigningKey(deployed.id, hook.id, { externalUserId: USER });
      check(r.data.id === hook.id && r.data.signingKey && r.data.signingKey !== hook.signingKey, JSON.stringify(r));
      const now = await client.deployedTriggers.retrieveWebhook(deployed.id, hook.id, { externalUserId: USER });
      check(now.data.signingKey === r.data.signingKey, "the new key is not the webhook's");
    });
    await call("deployedTriggers.updateWorkflows", async () => {
      const r = await client.deployedTriggers.updateWorkflows(deployed.id, { externalUserId: USER,
        workflowIds: [env("MILLRACE_WORKFLOW_ID")] });
      check(r.workflowIds.length === 1, JSON.stringify(r));
    });
    await call("deployedTriggers.listWorkflows", async () => {
      const r = await client.deployedTriggers.listWorkflows(deployed.id, { externalUserId: USER });
      check(r.workflowIds[0] === env("MILLRACE_WORKFLOW_ID"), JSON.stringify(r));
      // the IT then waits for the workflow's execution with this event
      const sent = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ to: "workflow" }) });
      check(sent.ok, `endpoint answered ${sent.status}`);
    });
    await call("deployedTriggers.delete", async () => {
      await client.deployedTriggers.delete(deployed.id, { externalUserId: USER });
      let gone = false;
      try { await client.deployedTriggers.retrieve(deployed.id, { externalUserId: USER }); } catch (e) {
        gone = e.statusCode === 404;
      }
      check(gone, "the deleted trigger can still be retrieved");
    });
  }

  await call("users.deleteExternalUser", async () => {
    const kept = await connectAccount("k-3");
    await client.users.deleteExternalUser(USER);
    const page = await client.users.list({ limit: 100 });
    check(!page.data.some((u) => u.externalId === USER), `${USER} is still listed`);
    let gone = false;
    try { await client.accounts.retrieve(kept.id); } catch (e) { gone = e.statusCode === 404; }
    check(gone, "the deleted user's account can still be retrieved");
  });
}

main().catch((e) => results.push({ name: "script", ok: false, error: String(e && e.stack || e) }))
  .finally(() => console.log(JSON.stringify({ calls: results })));
