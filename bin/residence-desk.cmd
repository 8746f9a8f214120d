@echo off
setlocal
rem Runs ResidenceDesk from the packaged jar without Maven (build it once: mvn -q package -DskipTests).
rem Memory (ADR 0184): a heap limit for the counter PC; set RESIDENCE_DESK_JAVA_OPTS for a big one-off job.
set HERE=%~dp0..
if "%RESIDENCE_DESK_JAVA_OPTS%"=="" set RESIDENCE_DESK_JAVA_OPTS=-Xmx320m -Xms32m -Xmn24m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -XX:+UnlockExperimentalVMOptions -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=5000
if not exist "%HERE%\target\residence-desk.jar" (
  echo target\residence-desk.jar is missing: run "mvn -q package -DskipTests" first 1>&2
  exit /b 2
)
java %RESIDENCE_DESK_JAVA_OPTS% -jar "%HERE%\target\residence-desk.jar" %*
