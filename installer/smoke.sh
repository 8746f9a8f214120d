#!/usr/bin/env bash
# Smoke test of the built app-image (docs/decisions/0251): its own launcher, its own jlink runtime, no Maven, no
# JDK on the PATH. Run after `bash installer/build.sh --app-image-only` (CI does, after `mvn verify`).
#   1. --help           exit 0, the Chinese usage
#   2. id-check         exit 0, one JSON object saying the number is valid
#   3. the window       under Xvfb with --smoke-exit: opens a fresh data folder, shows its first screen (setup),
#                       closes by itself, exit 0; the data folder holds the new encrypted database and the log
#                       says "smoke start: first screen shown"
#   4. serve-db         the main PC's database server (ADR 0320) on a free loopback port over a temporary data
#                       folder; a counter folder holding the counter.properties it wrote runs `audit verify` through
#                       it (exit 0); SIGTERM stops it and it closes its port
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installer/residence-desk/bin/residence-desk
[ -x "$launcher" ] || { echo "no app-image: run bash installer/build.sh --app-image-only first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RESIDENCE_DESK_HOME="$work/data" RESIDENCE_DESK_KEYS="$work/keys"
# no JDK from the PATH: only the image's runtime may be used
export PATH=/usr/bin:/bin JAVA_HOME=/nonexistent
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

"$launcher" --help > "$work/help.txt" 2>&1 || fail "--help exited $?"
grep -q '居住登记与居住证窗口客户端' "$work/help.txt" || fail "--help: no Chinese description"
grep -q 'id-check' "$work/help.txt" || fail "--help: no command list"
echo "ok: --help"

out=$("$launcher" id-check 11010519491231002X) || fail "id-check exited $?"
echo "$out" | grep -q '"valid":true' || fail "id-check said: $out"
echo "ok: id-check"

timeout 180 xvfb-run -a "$launcher" --smoke-exit > "$work/window.txt" 2>&1 || {
  cat "$work/window.txt" >&2; fail "headless window start exited $?"; }
[ -f "$work/data/db/service.properties" ] || fail "the window created no database in $work/data/db"
grep -q 'smoke start: first screen shown' "$work/data/logs/residence-desk.log" \
  || { tail -20 "$work/data/logs/residence-desk.log" >&2; fail "the log does not say the first screen was shown"; }
echo "ok: headless window start"

# 4. serve-db and a counter connecting to it
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || fail "no free loopback port found"
RESIDENCE_DESK_HOME="$work/main" "$launcher" serve-db --listen 127.0.0.1 --port "$port" --public-host 127.0.0.1 \
  --counter-file "$work/counter.properties" > "$work/serve.txt" 2>&1 &
server=$!
for _ in $(seq 1 180); do
  grep -q '数据库服务已启动' "$work/serve.txt" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.txt" >&2; fail "serve-db exited before serving"; }
  sleep 1
done
grep -q "数据库服务已启动：柜台地址 127.0.0.1:$port" "$work/serve.txt" || { kill "$server"; fail "serve-db did not start in 180 s"; }
echo "ok: serve-db listening on 127.0.0.1:$port"
mkdir -m 700 "$work/counter"
sed 's/^counter.id=.*/counter.id=smoke-counter/' "$work/counter.properties" > "$work/counter/counter.properties"
chmod 600 "$work/counter/counter.properties"
verify=$(RESIDENCE_DESK_HOME="$work/counter" "$launcher" audit verify 2>&1) || {
  kill "$server"; fail "audit verify on the counter exited $?: $verify"; }
echo "$verify" | grep -q '"ok" *: *true' || { kill "$server"; fail "audit verify on the counter said: $verify"; }
[ ! -e "$work/counter/db" ] || { kill "$server"; fail "the counter made a database of its own"; }
echo "ok: a counter connected through serve-db (audit verify)"
kill -TERM "$server"
rc=0; wait "$server" || rc=$?
[ "$rc" = 0 ] || [ "$rc" = 143 ] || fail "serve-db exited $rc on SIGTERM"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port still open after serve-db stopped"; fi
echo "ok: serve-db stopped on SIGTERM"
echo "smoke test passed: $launcher"
