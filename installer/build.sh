#!/usr/bin/env bash
# Builds the installable ResidenceDesk into target/installer/ (docs/decisions/0250, installer/README.md):
#   runtime/          a jlink Java runtime with only the modules the application needs
#   residence-desk/   the jpackage app-image (bin/residence-desk, lib/app/*.jar, lib/runtime)
#   residence-desk_<version>-1_amd64.deb   unless --app-image-only
#
#   bash installer/build.sh [--app-image-only] [--no-maven]
#   bash installer/build.sh --deb-only     the .deb from the app-image a --app-image-only run left (deb-smoke.sh)
#
# --no-maven: use target/residence-desk.jar and target/lib as they are (CI, right after `mvn verify`).
# Needs a JDK 17 with jlink, jdeps, jpackage; the .deb also needs fakeroot and dpkg-deb; the icon ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."

app_image_only=false
deb_only=false
run_maven=true
for arg in "$@"; do
  case "$arg" in
    --app-image-only) app_image_only=true ;;
    --deb-only) deb_only=true; run_maven=false ;;
    --no-maven) run_maven=false ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0
project_version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
app_version=${project_version%%-*}
out=target/installer
input=$out/input

if $deb_only; then
  [ -x "$out/residence-desk/bin/residence-desk" ] && [ -f "$out/resources/residence-desk.png" ] \
    || { echo "no app-image in $out: run bash installer/build.sh --app-image-only first" >&2; exit 2; }
fi

if $deb_only; then
  : # steps 1-4 were done by the --app-image-only run
else
if $run_maven; then
  mvn -B -ntp -q -DskipTests package ${MAVEN_ARGS:-}
fi
[ -f target/residence-desk.jar ] && [ -d target/lib ] || { echo "target/residence-desk.jar or target/lib missing" >&2; exit 2; }

rm -rf "$out"
mkdir -p "$input/lib"
cp target/residence-desk.jar "$input/"
cp target/lib/*.jar "$input/lib/"

# 1. The modules: what jdeps finds in the jar and every library, plus installer/modules.txt.
found=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps \
          --class-path "$input/lib/*" "$input/residence-desk.jar" 2>/dev/null || true)
if [ -z "$found" ]; then
  echo "jdeps found no modules (see: jdeps --ignore-missing-deps --print-module-deps ...)" >&2
  exit 1
fi
extra=$(grep -v '^#' installer/modules.txt | grep -v '^$' | paste -sd, -)
modules="$found,$extra"
echo "$modules" | tr ',' '\n' | sort -u > "$out/modules.txt"

# 2. The runtime. JavaFX is not in it: its Maven jars (with their native libraries) stay on the class path in
#    lib/app, as with bin/residence-desk (no JavaFX jmods are needed, ADR 0250).
jlink --add-modules "$(paste -sd, "$out/modules.txt")" --strip-debug --no-header-files --no-man-pages \
      --compress=2 --output "$out/runtime"

# 3. The icon: drawn here, nothing binary in git.
mkdir -p "$out/resources"
font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
[ -f "$font" ] || font=src/main/resources/fonts/WenQuanYiMicroHei.ttf
convert -size 256x256 xc:none -fill '#1f5fa8' -draw 'roundrectangle 8,8 247,247 40,40' \
        -font "$font" -pointsize 150 -fill white -gravity center -annotate +0+6 '居' \
        "$out/resources/residence-desk.png"

# 4. The app-image. The launcher gets the counter's heap limit and memory options (ADR 0184, 0356) like
#    bin/residence-desk.
jpackage --type app-image --dest "$out" --name residence-desk --app-version "$app_version" \
         --vendor 'ResidenceDesk' --description '居住登记与居住证窗口客户端' \
         --input "$input" --main-jar residence-desk.jar --main-class org.residencedesk.app.Main \
         --runtime-image "$out/runtime" --icon "$out/resources/residence-desk.png" \
         --java-options '-Xmx320m' --java-options '-Xms32m' --java-options '-Xmn24m' --java-options '-XX:+UseSerialGC' --java-options '-XX:MinHeapFreeRatio=10' --java-options '-XX:MaxHeapFreeRatio=30' --java-options '-XX:TieredStopAtLevel=1' --java-options '-XX:+UnlockExperimentalVMOptions' --java-options '-XX:TrimNativeHeapInterval=5000' --java-options '-Dfile.encoding=UTF-8'
echo "app-image: $out/residence-desk"
fi

if $app_image_only; then
  exit 0
fi

# 5. The .deb: /opt/residence-desk, a desktop entry with the Chinese name and the icon, /usr/bin/residence-desk,
#    libgtk-3-0 as a dependency (JavaFX's native parts live in jars, so jpackage cannot see that need itself).
cp installer/linux/residence-desk.desktop installer/linux/postinst installer/linux/prerm "$out/resources/"
#    the main PC's database service for multi-counter stations (ADR 0320): shipped, installed by postinst, not enabled
cp installer/linux/residence-desk-db.service "$out/residence-desk/lib/"
rm -f "$out"/residence-desk_*.deb
jpackage --type deb --dest "$out" --name residence-desk --app-version "$app_version" \
         --vendor 'ResidenceDesk' --description '居住登记与居住证窗口客户端' \
         --app-image "$out/residence-desk" --resource-dir "$out/resources" \
         --linux-package-name residence-desk --linux-deb-maintainer 'it@residencedesk.invalid' \
         --linux-menu-group 'Office' --linux-app-category office --linux-shortcut \
         --linux-package-deps 'libgtk-3-0' --install-dir /opt
ls "$out"/*.deb
