#!/usr/bin/env bash
# Fills a fresh PostgreSQL database the way a customer would, through the `vigil` command and the API
# of the checkout it runs in, then dumps it as plain SQL. Run it with the *previous* release's code to
# make the fixture that the upgrade test migrates with the current code:
#   git worktree add /tmp/prev <previous main> && (cd /tmp/prev && npm ci)
#   (cd /tmp/prev && bash <this repo>/packages/db/test/upgrade/fill.sh <this repo>/packages/db/test/upgrade/<name>.sql)
set -euo pipefail
OUT="$(realpath -m "$1")"
DB="vigil_upgrade_fill_$$"
ADMIN="${VIGIL_TEST_PG_URL:-postgres://root@127.0.0.1:5432/postgres}"
export DATABASE_URL="${ADMIN%/*}/$DB"
# A fixed key so the test can open the stored connector and alert-channel secrets.
export VIGIL_MASTER_KEY=7d1c4a8f0e2b6d3c9a5f1e7b4c8d2a6f0b3e9c5d1a7f4b2e8c6d0a3f9e5b1c7d
WORK="$(mktemp -d)"
export VIGIL_DATA_DIR="$WORK/data" VIGIL_LOG_LEVEL=warn
trap '[ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; psql -q "$ADMIN" -c "drop database if exists $DB with (force)" >/dev/null; rm -rf "$WORK"' EXIT
psql -q "$ADMIN" -c "create database $DB"
FIXTURES="$(dirname "$(realpath "$0")")/../../../connectors/src/scanners/fixtures"

vigil() { node apps/cli/bin/vigil.js "$@"; }
echo 'correct horse battery staple 42' | vigil init --org 'Acme Cloud' --email owner@acme.test --name 'Ada Owner' --password-stdin
echo 'another long passphrase 7' | vigil user add --org acme-cloud --email eve@acme.test --name 'Eve Engineer' --role member --password-stdin >/dev/null
TOKEN="$(vigil token create --org acme-cloud --email owner@acme.test --name 'fill script' --scope write 2>/dev/null)"
vigil collect trivy.json --file "$FIXTURES/trivy-image-debian-buster.json.golden" --org acme-cloud >/dev/null

PORT=$((20000 + $$ % 20000))
PORT=$PORT vigil start >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
api() {
  local method=$1 path=$2 body=${3:-}
  curl -fsS -X "$method" "http://127.0.0.1:$PORT$path" -H "Authorization: Bearer $TOKEN" \
    ${body:+-H 'content-type: application/json' --data "$body"} >"$WORK/last.json"
}
api PUT /api/scope '{"categories":["security","availability","confidentiality"]}'
api POST /api/controls/adopt
api POST /api/systems '{"name":"Production platform","kind":"infrastructure"}'
api POST /api/engagements '{"name":"FY26 Type II","reportType":"type2","windowStart":"2026-01-01","windowEnd":"2026-06-30","auditFirm":"Example CPA LLP"}'
api POST /api/engagements '{"name":"Readiness Type I","reportType":"type1","asOfDate":"2026-03-31"}'
api POST /api/alert-channels '{"kind":"webhook","name":"Ops hook","target":"https://hooks.acme.test/vigil"}'
api POST /api/invitations '{"email":"new.hire@acme.test","role":"member"}'
api POST /api/integrations '{"kind":"file.auto","name":"Scanner uploads"}'
CONNECTOR="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).id)' "$WORK/last.json")"
curl -fsS -X POST "http://127.0.0.1:$PORT/api/integrations/$CONNECTOR/upload" -H "Authorization: Bearer $TOKEN" \
  -F "file=@$FIXTURES/grype-image.json.golden" >/dev/null
api POST /api/integrations '{"kind":"tls.probe","name":"Public endpoints","config":{"endpoints":["https://acme.test"]}}'
CONTROL="$(curl -fsS "http://127.0.0.1:$PORT/api/controls?limit=1" -H "Authorization: Bearer $TOKEN" |
  node -e 'let s="";process.stdin.on("data",(d)=>{s+=d}).on("end",()=>console.log(JSON.parse(s).items[0].id))')"
api PATCH "/api/controls/$CONTROL" '{"status":"implemented"}'
echo 'Access review for Q3: every account checked.' >"$WORK/review.txt"
# PostgreSQL has no directory lock: the command writes beside the running server.
vigil evidence add "$WORK/review.txt" --org acme-cloud --title 'Q3 access review' --control AC-02 >/dev/null
# The human side (from 0010 on): a person, a course adopted from the catalog, a policy drafted from a template.
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/people" -H "Authorization: Bearer $TOKEN"; then
  api POST /api/people '{"name":"Pat Doe","email":"pat@acme.test","workerType":"employee","department":"Engineering","startDate":"2026-02-02"}'
  api POST /api/training/courses/adopt
  OWNER_ID="$(curl -fsS "http://127.0.0.1:$PORT/api/users" -H "Authorization: Bearer $TOKEN" |
    node -e 'let s="";process.stdin.on("data",(d)=>{s+=d}).on("end",()=>{const j=JSON.parse(s);console.log((j.items??j).find((u)=>u.email==="owner@acme.test").id)})')"
  EVE_ID="$(curl -fsS "http://127.0.0.1:$PORT/api/users" -H "Authorization: Bearer $TOKEN" |
    node -e 'let s="";process.stdin.on("data",(d)=>{s+=d}).on("end",()=>{const j=JSON.parse(s);console.log((j.items??j).find((u)=>u.email==="eve@acme.test").id)})')"
  api POST /api/policies "{\"templateId\":\"information-security\",\"ownerId\":\"$OWNER_ID\",\"approverIds\":[\"$EVE_ID\"],\"effectiveDate\":\"2026-03-01\",\"securityContact\":\"security@acme.test\"}"
fi
# The registers (from 0011 on): a risk from the library, a vendor, an incident, a tabletop, an SLA policy.
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/risks" -H "Authorization: Bearer $TOKEN"; then
  api POST /api/risks "{\"templateId\":\"R-01\",\"ownerId\":\"$EVE_ID\"}"
  api POST /api/vendors '{"name":"Example Hosting","dataAccess":"high","businessImpact":"high","partOfSystem":true}'
  api POST /api/incidents "{\"title\":\"Phishing email reported\",\"severity\":\"low\",\"source\":\"internal\",\"detectedAt\":\"2026-04-02T09:00:00.000Z\"}"
  api POST /api/exercises/tabletops '{"scenario":"ransomware","heldOn":"2026-05-12"}'
  api PUT /api/vulnerabilities/sla-policy '{"critical":10,"high":30,"medium":90,"low":180}'
fi
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
pg_dump --no-owner --no-privileges --inserts --exclude-schema=pgboss "$DATABASE_URL" |
  grep -v -e '^SET transaction_timeout' -e '^\\restrict' -e '^\\unrestrict' >"$OUT"
echo "wrote $OUT ($(wc -c <"$OUT") bytes)"
