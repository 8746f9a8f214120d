@echo off
rem Runs ResidenceDesk from the packaged jar without Maven (build it once: mvn -q package -DskipTests).
set HERE=%~dp0..
if not exist "%HERE%\target\residence-desk.jar" (
  echo target\residence-desk.jar is missing: run "mvn -q package -DskipTests" first 1>&2
  exit /b 2
)
java -jar "%HERE%\target\residence-desk.jar" %*
