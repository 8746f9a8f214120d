@echo off
rem Windows installer recipe (docs/decisions/0250, installer/README.md). Cannot be built on Linux: run on a
rem Windows 10/11 build PC with JDK 17 (jlink, jpackage), Maven and the WiX Toolset 3.x (candle.exe, light.exe)
rem on the PATH, from the project folder:   installer\windows\build-msi.cmd
setlocal
cd /d %~dp0\..\..
call mvn -B -ntp -q -DskipTests package || exit /b 1
rmdir /s /q target\installer 2>nul
mkdir target\installer\input\lib
copy target\residence-desk.jar target\installer\input\ >nul
copy target\lib\*.jar target\installer\input\lib\ >nul
rem The modules: the same list build.sh computes (jdeps + installer\modules.txt); written by build.sh into
rem target/installer/modules.txt, or list them here by hand from:  jdeps --ignore-missing-deps --print-module-deps
for /f "delims=" %%m in ('jdeps --ignore-missing-deps --multi-release 17 --print-module-deps --class-path "target\installer\input\lib\*" target\installer\input\residence-desk.jar') do set MODULES=%%m
set MODULES=%MODULES%,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs,java.naming,java.net.http,jdk.unsupported,jdk.jfr
rem The icon: drawn like build.sh does (ImageMagick 7, Microsoft YaHei for the character), nothing binary in git.
magick -size 256x256 xc:none -fill "#1f5fa8" -draw "roundrectangle 8,8 247,247 40,40" -font "Microsoft-YaHei" ^
  -pointsize 150 -fill white -gravity center -annotate +0+6 "居" -define icon:auto-resize=256,64,48,32,16 ^
  target\installer\residence-desk.ico || exit /b 1
jlink --add-modules %MODULES% --strip-debug --no-header-files --no-man-pages --compress=2 --output target\installer\runtime || exit /b 1
rem The .msi: per-machine (Program Files), a start-menu entry in the group below, a desktop shortcut, upgrades
rem replace the previous version (fixed upgrade UUID, never change it), the launcher with the counter's heap limit.
jpackage --type msi --dest target\installer --name ResidenceDesk --app-version 0.1.0 ^
  --vendor ResidenceDesk --description "居住登记与居住证窗口客户端" ^
  --input target\installer\input --main-jar residence-desk.jar --main-class org.residencedesk.app.Main ^
  --runtime-image target\installer\runtime --icon target\installer\residence-desk.ico ^
  --win-per-user-install false --win-menu --win-menu-group "居住登记与居住证窗口客户端" --win-shortcut ^
  --win-dir-chooser --win-upgrade-uuid 6d0f3c2e-7a4b-4c1e-9a51-2f1f5e0b9c31 ^
  --add-launcher residence-desk-cli=installer\windows\cli-launcher.properties ^
  --java-options -Xmx320m --java-options -Xms32m --java-options -Xmn24m --java-options -XX:+UseSerialGC --java-options -XX:MinHeapFreeRatio=10 --java-options -XX:MaxHeapFreeRatio=30 --java-options -XX:TieredStopAtLevel=1 --java-options -XX:+UnlockExperimentalVMOptions --java-options -XX:TrimNativeHeapInterval=5000 --java-options -Dfile.encoding=UTF-8 || exit /b 1
echo target\installer\ResidenceDesk-0.1.0.msi
