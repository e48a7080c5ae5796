@echo off
rem Upskill Workbench, Windows: the command line. `upskill help` lists the commands.
rem Needs Java 21 or newer: the runtime beside this script when there is one, else %JAVA_HOME%,
rem the usual install places, or java on the PATH.
setlocal EnableExtensions EnableDelayedExpansion
set "HERE=%~dp0"
set "HERE=%HERE:~0,-1%"
call :findjava || exit /b 2

set "LAUNCHER="
for %%f in ("%HERE%\plugins\org.eclipse.equinox.launcher_*.jar") do if not defined LAUNCHER set "LAUNCHER=%%~ff"
set JAVA_OPTIONS=-Xmx2g --enable-native-access=ALL-UNNAMED "-Djava.util.logging.config.file=%HERE%\logging.properties" %UPSKILL_JAVA_OPTIONS%

if /i "%~1"=="--workbench" goto workbench

rem The command line starts only its own bundles (configuration-cli, written by the build) while they
rem are the product's: after an update changed the product's bundles, it starts the whole product.
set CONFIGURATION=
fc /b "%HERE%\configuration\org.eclipse.equinox.simpleconfigurator\bundles.info" "%HERE%\configuration-cli\source-bundles.info" >nul 2>&1
if not errorlevel 1 (
	set CONFIGURATION=-configuration "%HERE%\configuration-cli"
	set JAVA_OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Declipse.product=dev.upskill.cli.product !JAVA_OPTIONS!
)
"%JAVA%" %JAVA_OPTIONS% -Djava.awt.headless=true -jar "%LAUNCHER%" %CONFIGURATION% -nosplash -application dev.upskill.cli.main -data @none %*
exit /b %ERRORLEVEL%

:workbench
shift
set "WORKSPACE=%UPSKILL_WORKSPACE%"
if not defined WORKSPACE set "WORKSPACE=%USERPROFILE%\upskill-workspace"
rem javaw: no console window stays open beside the workbench.
set "JAVAW=%JAVA:java.exe=javaw.exe%"
if not exist "%JAVAW%" set "JAVAW=%JAVA%"
start "Upskill Workbench" "%JAVAW%" %JAVA_OPTIONS% -jar "%LAUNCHER%" -data "%WORKSPACE%"
exit /b 0

:findjava
if exist "%HERE%\jre\bin\java.exe" call :tryjava "%HERE%\jre" && exit /b 0
if defined JAVA_HOME call :tryjava "%JAVA_HOME%" && exit /b 0
for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Amazon Corretto\*" "%ProgramFiles%\Zulu\*") do (
	call :tryjava "%%~fd" && exit /b 0
)
for /f "delims=" %%j in ('where java 2^>nul') do (
	call :tryjava "%%~dpj.." && exit /b 0
)
echo upskill: Upskill Workbench needs Java 21 or newer; install one (for example Temurin 21 from https://adoptium.net) or set JAVA_HOME to it. 1>&2
exit /b 1

:tryjava
if not exist "%~1\bin\java.exe" exit /b 1
set "MAJOR="
for /f "tokens=2 delims==" %%v in ('"%~1\bin\java.exe" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "MAJOR=%%v"
if not defined MAJOR exit /b 1
set "MAJOR=%MAJOR: =%"
for /f "tokens=1 delims=." %%m in ("%MAJOR%") do set "MAJOR=%%m"
if %MAJOR% LSS 21 exit /b 1
set "JAVA=%~f1\bin\java.exe"
exit /b 0
