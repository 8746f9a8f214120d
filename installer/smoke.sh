#!/usr/bin/env bash
# Smoke test of the built app-image (docs/decisions/0251): its own launcher, its own jlink runtime, no Maven, no
# JDK on the PATH. Run after `bash installer/build.sh --app-image-only` (CI does, after `mvn verify`).
#   1. --help           exit 0, the Chinese usage
#   2. id-check         exit 0, one JSON object saying the number is valid
#   3. the window       under Xvfb with --smoke-exit: opens a fresh data folder, shows its first screen (setup),
#                       closes by itself, exit 0; the data folder holds the new encrypted database and the log
#                       says "smoke start: first screen shown"
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
echo "smoke test passed: $launcher"
