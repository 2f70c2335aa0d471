@echo off
rem Runs dueregard, building the tool first with the Maven Wrapper when the jar is missing.
rem (On Windows we rebuild only when the jar is missing; run "mvnw.cmd package" after changing the sources.)
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\dueregard.jar"
if not exist "%JAR%" (
  echo Building dueregard with Maven. The first time, Maven and the libraries dueregard uses are downloaded first: a few minutes.
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests package || (popd & exit /b 3)
  popd
)
java -jar "%JAR%" %*
