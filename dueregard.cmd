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
rem The same JVM settings as the Unix launcher (see the comments there), unless DUEREGARD_JAVA_OPTS says otherwise.
set "OPTS=-XX:+UseParallelGC -Xmn24m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:CompileThresholdScaling=0.2"
if defined DUEREGARD_JAVA_OPTS set "OPTS=%DUEREGARD_JAVA_OPTS%"
java %OPTS% -jar "%JAR%" %*
