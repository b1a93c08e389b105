@echo off
rem Runs Equilibria on Windows: from the download, the equilibria.jar beside this script; from a
rem source checkout it builds target\equilibria.jar first when it is missing (the bash launcher,
rem ./equilibria, also rebuilds when the sources are newer; here delete target\ to rebuild).
setlocal
set "HERE=%~dp0"
rem One libtorch thread per core by default, as on the other systems.
if not defined EQUILIBRIA_THREADS set "EQUILIBRIA_THREADS=%NUMBER_OF_PROCESSORS%"
if not defined EQUILIBRIA_HEAP set "EQUILIBRIA_HEAP=4g"
echo %EQUILIBRIA_THREADS%| findstr /r "^[1-9][0-9]*$" >nul || (
  echo EQUILIBRIA_THREADS must be a whole number of threads, not '%EQUILIBRIA_THREADS%' 1>&2
  exit /b 2
)
echo %EQUILIBRIA_HEAP%| findstr /r /i "^[1-9][0-9]*[kmgt]*$" >nul || (
  echo EQUILIBRIA_HEAP must be a Java heap size such as 4g or 512m, not '%EQUILIBRIA_HEAP%' 1>&2
  exit /b 2
)
rem The download needs a Java runtime of its own; say which rather than Windows' own message.
where java >nul 2>nul || (
  echo equilibria needs Java 17 or newer on the PATH ^(for example Temurin, from adoptium.net^) 1>&2
  exit /b 9009
)
rem The download has no pom.xml and no sources: there is nothing to build.
set "JAR=%HERE%equilibria.jar"
if exist "%JAR%" goto run
set "JAR=%HERE%target\equilibria.jar"
if not exist "%JAR%" (
  echo building equilibria ^(the first build downloads dependencies and takes a few minutes^)... 1>&2
  call mvn -B -q -DskipTests -f "%HERE%pom.xml" package
  if errorlevel 1 (
    echo the build failed; the lines above say why 1>&2
    exit /b 1
  )
)
:run
rem The jar's manifest names lib\; every jar in plugins\ joins it (Java expands the *), where
rem ServiceLoader finds plug-in terms. EQUILIBRIA_PLUGINS is the bash launcher's only.
java -Xmx%EQUILIBRIA_HEAP% -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=%EQUILIBRIA_THREADS% -Dai.djl.pytorch.num_interop_threads=1 -cp "%JAR%;%HERE%plugins\*" art.equilibria.cli.Main %*
exit /b %ERRORLEVEL%
