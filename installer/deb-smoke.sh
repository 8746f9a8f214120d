#!/usr/bin/env bash
# Installs and tests the .deb on this machine (docs/decisions/0331), then removes it again. Needs root (CI runs as
# root on a fresh Debian machine) and apt; run after `bash installer/build.sh --app-image-only` (it packages that
# app-image: `build.sh --deb-only`) or give --built when target/installer/*.deb exists already.
#   1. build    the .deb from the app-image (gzip -1 instead of xz: the same files, minutes faster to pack)
#   2. install  apt-get install ./residence-desk_<version>-1_amd64.deb (pulls libgtk-3-0 and xdg-utils)
#   3. checks   the desktop entry (Chinese name, its icon file), /usr/bin/residence-desk on the PATH (--help,
#               id-check), the systemd unit present and not enabled, the window started headless exits by itself
#   4. remove   apt-get purge; the package, /opt/residence-desk, the command, the desktop entry and the unit are gone
# Leaves the machine as it found it: the package is removed even when a check fails; a package that was already
# installed before is refused (nothing is touched).
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
for arg in "$@"; do
  case "$arg" in
    --built) build=false ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "deb-smoke.sh installs a package: run it as root" >&2; exit 2; }
if dpkg-query -W -f='${Status}' residence-desk 2>/dev/null | grep -q "ok installed"; then
  echo "residence-desk is installed on this machine already: not touching it" >&2; exit 2
fi

if $build; then
  DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 bash installer/build.sh --deb-only
fi
deb=$(ls target/installer/residence-desk_*_amd64.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "no .deb in target/installer: run bash installer/build.sh first" >&2; exit 2; }

work=$(mktemp -d)
had_default=false
[ -e /etc/default/residence-desk ] && had_default=true
installed=false
# menu folders the postinst creates for xdg-desktop-menu (empty after removal): removed again if made here
made_dirs=()
for d in /usr/share/desktop-directories /etc/xdg/menus; do [ -e "$d" ] || made_dirs+=("$d"); done
cleanup() {
  if $installed; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq residence-desk >/dev/null 2>&1 || dpkg --purge residence-desk || true
  fi
  $had_default || rm -f /etc/default/residence-desk
  for d in "${made_dirs[@]}"; do rmdir "$d" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "DEB SMOKE FAILED: $*" >&2; exit 1; }

# 2. install (apt resolves libgtk-3-0, xdg-utils)
installed=true  # from here on the trap purges, even a half-configured package
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(realpath "$deb")" > "$work/apt.txt" 2>&1 \
  || { tail -30 "$work/apt.txt" >&2; fail "apt-get install failed"; }
dpkg-query -W -f='${Status}' residence-desk | grep -q "ok installed" || fail "dpkg does not list the package"
dpkg-query -W -f='${Depends}' residence-desk | grep -q 'libgtk-3-0' || fail "the package does not depend on libgtk-3-0"
echo "ok: installed $(dpkg-query -W -f='${Package} ${Version}' residence-desk)"

# 3a. the desktop entry: the Chinese name, an icon file that exists, the command
entry=$(grep -l '^Name=居住登记与居住证窗口客户端$' /usr/share/applications/*.desktop 2>/dev/null | head -1 || true)
[ -n "$entry" ] || fail "no desktop entry named 居住登记与居住证窗口客户端 in /usr/share/applications"
icon=$(sed -n 's/^Icon=//p' "$entry" | head -1)
if [ "${icon#/}" = "$icon" ]; then  # a theme name: xdg-icon-resource put it under the icon theme
  icon=$(find /usr/share/icons /usr/share/pixmaps -name "$icon.png" 2>/dev/null | head -1)
fi
[ -n "$icon" ] && [ -s "$icon" ] || fail "the desktop entry's icon is missing ($(grep '^Icon=' "$entry"))"
grep -q '^Exec=/usr/bin/residence-desk' "$entry" || fail "the desktop entry does not start /usr/bin/residence-desk"
echo "ok: desktop entry $entry (icon $icon)"

# 3b. the command line from the PATH, with its own runtime only
export RESIDENCE_DESK_HOME="$work/data" RESIDENCE_DESK_KEYS="$work/keys"
[ "$(PATH=/usr/local/bin:/usr/bin:/bin; command -v residence-desk)" = /usr/bin/residence-desk ] \
  || fail "residence-desk is not /usr/bin/residence-desk on the PATH"
env PATH=/usr/bin:/bin JAVA_HOME=/nonexistent residence-desk --help > "$work/help.txt" 2>&1 || fail "--help exited $?"
grep -q '居住登记与居住证窗口客户端' "$work/help.txt" || fail "--help: no Chinese description"
out=$(env PATH=/usr/bin:/bin JAVA_HOME=/nonexistent residence-desk id-check 11010519491231002X) \
  || fail "id-check exited $?"
echo "$out" | grep -q '"valid":true' || fail "id-check said: $out"
echo "ok: residence-desk --help and id-check from the PATH"

# 3c. the main PC's database service: installed, not enabled (the IT officer enables it)
unit=/lib/systemd/system/residence-desk-db.service
[ -f "$unit" ] || fail "$unit missing"
grep -q 'serve-db' "$unit" || fail "$unit does not run serve-db"
if ls /etc/systemd/system/*.wants/residence-desk-db.service >/dev/null 2>&1; then fail "the unit is enabled"; fi
state=$(systemctl is-enabled residence-desk-db 2>/dev/null || true)
[ "$state" != enabled ] || fail "systemctl says the unit is enabled"
echo "ok: $unit present, not enabled (${state:-unknown to systemctl})"

# 3d. the window, headless, exits by itself after its first screen
timeout 180 env PATH=/usr/bin:/bin JAVA_HOME=/nonexistent xvfb-run -a residence-desk --smoke-exit > "$work/window.txt" 2>&1 \
  || { cat "$work/window.txt" >&2; fail "headless window start exited $?"; }
grep -q 'smoke start: first screen shown' "$work/data/logs/residence-desk.log" \
  || { tail -20 "$work/data/logs/residence-desk.log" >&2; fail "the log does not say the first screen was shown"; }
echo "ok: headless window start"

# 4. remove: everything the package put down is gone
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq residence-desk > "$work/purge.txt" 2>&1 \
  || { cat "$work/purge.txt" >&2; fail "apt-get purge exited $?"; }
installed=false
if dpkg-query -W -f='${Status}' residence-desk 2>/dev/null | grep -q "ok installed"; then fail "still installed"; fi
for gone in /opt/residence-desk /usr/bin/residence-desk "$entry" "$unit"; do
  [ ! -e "$gone" ] || fail "$gone is still there after removal"
done
echo "ok: removed (package, /opt/residence-desk, command, desktop entry, unit)"
echo "deb smoke test passed: $deb"
