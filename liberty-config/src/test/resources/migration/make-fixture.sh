#!/usr/bin/env bash
# Remakes the migration fixture (data.zip and facts.json beside this script) with a server built at the
# commit that should make it: check that commit out in a worktree of its own and run
# `mvn -B package -DskipTests` there, then run this script with WLP=<that worktree>/liberty-config/target/liberty/wlp
# (without WLP: the server built in this checkout). facts.json names the commit of WLP's checkout.
# It starts a server of its own (millrace-fixture, on
# ${FIXTURE_PORT:-9080} and ${FIXTURE_INTERNAL_PORT:-9081}: on a shared machine run it under the lock of
# the integration tests, `flock /work/it.lock liberty-config/src/test/resources/migration/make-fixture.sh`),
# fills it through the REST API, stops it and keeps its data directory less what a start regenerates.
# Needs curl, jq and zip.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
wlp=${WLP:-$repo/liberty-config/target/liberty/wlp}
name=millrace-fixture
port=${FIXTURE_PORT:-9080}
internal_port=${FIXTURE_INTERNAL_PORT:-9081}
admin_key=migration-admin-key-0123456789
base=http://127.0.0.1:$port

[ -d "$wlp/usr/servers/millrace/apps" ] || { echo "no built server in $wlp: run mvn -B package -DskipTests first" >&2; exit 1; }
wlp=$(cd "$wlp" && pwd)
server_dir=$wlp/usr/servers/$name
commit=$(git -C "$wlp" rev-parse HEAD)
[ -z "$(git -C "$wlp" status --porcelain --untracked-files=no)" ] || echo "warning: the checkout of $wlp has changes: $commit is not all it holds" >&2
[ ! -e "$server_dir" ] || { echo "$server_dir exists: remove it first" >&2; exit 1; }

mkdir -p "$server_dir"
cp -r "$wlp/usr/servers/millrace/"{server.xml,jvm.options,profiles,lib,apps} "$server_dir/"
cat > "$server_dir/server.env" <<EOF
DEFAULT_HTTP_PORT=$port
MILLRACE_INTERNAL_HTTP_PORT=$internal_port
MILLRACE_HTTP_HOST=127.0.0.1
MILLRACE_ENDPOINT_BASE_URL=$base
MILLRACE_ADMIN_API_KEY=$admin_key
MILLRACE_ADMIN_EMAIL=admin@example.test
EOF

stop() {
    "$wlp/bin/server" stop "$name" >/dev/null || true
}
trap stop EXIT

"$wlp/bin/server" start "$name"
for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] && break
    sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] || { echo "server not ready" >&2; exit 1; }

# call KEY METHOD PATH [JSON]: the answer's body; fails on a status other than 200
call() {
    local key=$1 method=$2 path=$3 body=${4:-}
    local args=(-sS -X "$method" -H "Authorization: Bearer $key" -w '\n%{http_code}')
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' -d "$body")
    local out
    out=$(curl "${args[@]}" "$base$path")
    local status=${out##*$'\n'}
    [ "$status" = 200 ] || { echo "$method $path: $status ${out%$'\n'*}" >&2; exit 1; }
    printf '%s' "${out%$'\n'*}"
}

# the default workspace's first admin (its key is MILLRACE_ADMIN_API_KEY)
me=$(call "$admin_key" GET /v1/users/me)
admin_id=$(jq -r .data.id <<<"$me")
org=$(jq -r '.data.orgs[0].id' <<<"$me")
laptop=$(call "$admin_key" POST /v1/users/me/api_keys '{"name": "laptop"}')

# a second admin and a member of the default workspace; the member's key is left unused
ops=$(call "$admin_key" POST /v1/admin/users "{\"username\": \"ops-admin\", \"email\": \"ops@example.test\", \"org_id\": \"$org\", \"admin\": true}")
ops_key=$(jq -r .data.api_key <<<"$ops")
ops_ci=$(call "$ops_key" POST /v1/users/me/api_keys '{"name": "ci"}')
member=$(call "$admin_key" POST /v1/admin/users "{\"username\": \"dev-member\", \"org_id\": \"$org\", \"admin\": false}")

# a second workspace with its user, who deploys a workflow of its own
acme=$(call "$admin_key" POST /v1/admin/workspaces '{"name": "Acme Team", "username": "acme-owner", "user_email": "owner@acme.test"}')
acme_key=$(jq -r .data.api_key <<<"$acme")
acme_wf=$(call "$acme_key" POST /v1/workflows '{"name": "acme-hello", "triggers": [{"type": "http"}], "steps": [{"name": "hello", "code": "export default defineComponent({ async run() { return \"acme\" } })"}]}')

# an OAuth client of the default workspace, which gets one token
oauth=$(call "$admin_key" POST "/v1/workspaces/$org/oauth_clients" '{"name": "reporting"}')
client_id=$(jq -r .data.client_id <<<"$oauth")
client_secret=$(jq -r .data.client_secret <<<"$oauth")
curl -sSf -X POST "$base/v1/oauth/token" -H 'Content-Type: application/json' \
    -d "{\"grant_type\": \"client_credentials\", \"client_id\": \"$client_id\", \"client_secret\": \"$client_secret\"}" >/dev/null

# a workflow whose step reads a secret workspace variable; executed once at version 1
greeting='hello from the old server'
env_secret=$(call "$admin_key" POST "/v1/workspaces/$org/env_vars" "{\"key\": \"MIGRATION_GREETING\", \"value\": \"$greeting\", \"description\": \"read by migration-greeter\"}")
v1_code='export default defineComponent({ async run({ steps }) { return { greeting: process.env.MIGRATION_GREETING, name: steps.trigger.event.body.name } } })'
wf=$(call "$admin_key" POST /v1/workflows "$(jq -n --arg code "$v1_code" \
    '{name: "migration-greeter", triggers: [{type: "http"}], steps: [{name: "greet", code: $code}]}')")
wf_id=$(jq -r .data.id <<<"$wf")
project=$(jq -r .data.project_id <<<"$wf")
endpoint=$(jq -r '.data.triggers[0].endpoint_url' <<<"$wf")
curl -sSf -X POST "$endpoint" -H 'Content-Type: application/json' -d '{"name": "Ada"}' >/dev/null

# a plain project variable and a data store of the project; version 2 of the workflow reads all three
plain='plain value'
env_plain=$(call "$admin_key" POST "/v1/projects/$project/env_vars" "{\"key\": \"MIGRATION_PLAIN\", \"value\": \"$plain\", \"secret\": false}")
store=$(call "$admin_key" POST "/v1/projects/$project/data_stores" '{"name": "migration-store"}')
store_id=$(jq -r .data.id <<<"$store")
records='[{"key": "color", "value": "teal"}, {"key": "order:1", "value": {"sku": "A-1", "qty": 3}}, {"key": "primes", "value": [2, 3, 5, 7]}]'
call "$admin_key" POST "/v1/data_stores/$store_id/records" "{\"records\": $records}" >/dev/null
v2_code='export default defineComponent({ props: { db: { type: "data_store" } }, async run({ steps }) { return { greeting: process.env.MIGRATION_GREETING, plain: process.env.MIGRATION_PLAIN, color: await this.db.get("color"), name: steps.trigger.event.body.name } } })'
call "$admin_key" PUT "/v1/workflows/$wf_id" "$(jq -n --arg code "$v2_code" \
    '{steps: [{name: "greet", props: {db: "migration-store"}, code: $code}]}')" >/dev/null
for who in Grace Linus; do
    curl -sSf -X POST "$endpoint" -H 'Content-Type: application/json' -d "{\"name\": \"$who\"}" >/dev/null
done

# the three executions finished
for _ in $(seq 1 120); do
    executions=$(call "$admin_key" GET "/v1/workflows/$wf_id/executions?limit=10")
    [ "$(jq '[.data[] | select(.status == "success")] | length' <<<"$executions")" = 3 ] && break
    sleep 1
done
[ "$(jq '[.data[] | select(.status == "success")] | length' <<<"$executions")" = 3 ] || { echo "executions: $executions" >&2; exit 1; }
audit_total=$(call "$admin_key" GET "/v1/workspaces/$org/audit_log?limit=1" | jq .page_info.total_count)

jq -n \
    --arg commit "$commit" --arg made_at "$(date -u +%FT%TZ)" \
    --arg admin_key "$admin_key" --arg admin_id "$admin_id" --arg org "$org" --arg project "$project" \
    --argjson me "$me" --argjson laptop "$laptop" --argjson ops "$ops" --argjson ops_ci "$ops_ci" \
    --argjson member "$member" --argjson acme "$acme" --argjson acme_wf "$acme_wf" \
    --arg client_id "$client_id" --arg client_secret "$client_secret" \
    --argjson env_secret "$env_secret" --argjson env_plain "$env_plain" --arg greeting "$greeting" --arg plain "$plain" \
    --arg store_id "$store_id" --argjson records "$records" --arg wf_id "$wf_id" \
    --argjson wf "$wf" --argjson executions "$executions" --argjson audit_total "$audit_total" '
{
  made_by_commit: $commit,
  made_at: $made_at,
  default_workspace: {id: $org, project_id: $project},
  second_workspace: {id: $acme.data.workspace.id, project_id: $acme.data.project.id, workflow_id: $acme_wf.data.id},
  users: {
    admin: {id: $admin_id, username: $me.data.username, org_id: $org, admin: true, api_key: $admin_key,
            named_keys: [{id: $laptop.data.id, name: "laptop", api_key: $laptop.data.api_key}], expected_role: "owner"},
    second_admin: {id: $ops.data.id, username: "ops-admin", org_id: $org, admin: true, api_key: $ops.data.api_key,
                   named_keys: [{id: $ops_ci.data.id, name: "ci", api_key: $ops_ci.data.api_key}], expected_role: "admin"},
    member: {id: $member.data.id, username: "dev-member", org_id: $org, admin: false, api_key: $member.data.api_key,
             named_keys: [], expected_role: "member", key_never_used: true},
    second_workspace_owner: {id: $acme.data.user.id, username: "acme-owner", org_id: $acme.data.workspace.id, admin: false,
                             api_key: $acme.data.api_key, named_keys: [], expected_role: "owner"}
  },
  oauth_client: {org_id: $org, client_id: $client_id, name: "reporting", client_secret: $client_secret},
  env_vars: {
    secret: {id: $env_secret.data.id, scope: "workspace", scope_id: $org, key: "MIGRATION_GREETING", value: $greeting},
    plain: {id: $env_plain.data.id, scope: "project", scope_id: $project, key: "MIGRATION_PLAIN", value: $plain}
  },
  data_store: {id: $store_id, name: "migration-store", project_id: $project, records: $records},
  workflow: {id: $wf_id, name: "migration-greeter", version: 2, trigger_key: $wf.data.triggers[0].key,
             execution_ids: [$executions.data[].id]},
  audit_log_total: $audit_total
}' > "$here/facts.json"

trap - EXIT
"$wlp/bin/server" stop "$name"

# the data directory as an upgrade finds it: the Derby database, the broker's journal and password, the
# secrets key; not the npm cache (refilled on deploy) nor Derby's lock files (of a stopped server)
rm -f "$here/data.zip"
(cd "$server_dir/data" && zip -q -r -9 "$here/data.zip" derby artemis broker.password secrets.key -x '*.lck')
rm -rf "$server_dir"
echo "made $here/data.zip ($(du -h "$here/data.zip" | cut -f1)) and $here/facts.json"
