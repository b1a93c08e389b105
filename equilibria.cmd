@echo off
rem Runs Equilibria on Windows, building the jar first when it is missing (the bash launcher,
rem ./equilibria, also rebuilds when the sources are newer; here delete target\ to rebuild).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\equilibria.jar"
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
if not exist "%JAR%" (
  echo building equilibria ^(the first build downloads dependencies and takes a few minutes^)... 1>&2
  call mvn -B -q -DskipTests -f "%HERE%pom.xml" package
  if errorlevel 1 (
    echo the build failed; the lines above say why 1>&2
    exit /b 1
  )
)
java -Xmx%EQUILIBRIA_HEAP% -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=%EQUILIBRIA_THREADS% -Dai.djl.pytorch.num_interop_threads=1 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
