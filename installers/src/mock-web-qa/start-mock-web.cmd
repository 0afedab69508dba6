@echo off
rem Starts FieldReport's mock web for QA (Windows), in this window until Ctrl+C.
rem   start-mock-web.cmd                      port 8080, data in web-data beside this script, demo data,
rem                                           admin token qa-admin (the settings QA.md uses)
rem   start-mock-web.cmd --port 9090 --latency-ms 500
rem Any mock-web flag passes through (start-mock-web.cmd --help lists them); --port, --data, --seed
rem and --admin-token replace the defaults above. Needs Java 17 or newer: JAVA_HOME, or java on the PATH.
setlocal EnableExtensions
set "HERE=%~dp0"

set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%j"
if not defined JAVA (
  echo start-mock-web: Java was not found. mock-web needs Java 17 or newer: install it 1>&2
  echo   ^(for example from https://adoptium.net^) and start again, or set JAVA_HOME to where it is. 1>&2
  goto fail
)

rem "17.0.15" -> 17, "1.8.0_392" -> 8: an older Java would only say UnsupportedClassVersionError.
rem Read through a file: a java path with spaces or parentheses breaks a pipe inside for /f.
set "JVER=" & set "JMAJOR="
set "VERSION_FILE=%TEMP%\start-mock-web-%RANDOM%.txt"
"%JAVA%" -version 2> "%VERSION_FILE%"
for /f "usebackq tokens=1-3" %%a in ("%VERSION_FILE%") do if "%%b"=="version" if not defined JVER set "JVER=%%~c"
del "%VERSION_FILE%" 2>nul
for /f "tokens=1,2 delims=." %%a in ("%JVER%") do if "%%a"=="1" (set "JMAJOR=%%b") else (set "JMAJOR=%%a")
if not defined JMAJOR (
  echo start-mock-web: cannot tell the version of "%JAVA%"; trying anyway 1>&2
  goto version_checked
)
rem Only parsed once JMAJOR has a value: "if  LSS 17" would be a syntax error.
if %JMAJOR% LSS 17 (
  echo start-mock-web: "%JAVA%" is Java %JVER%; mock-web needs Java 17 or newer ^(set JAVA_HOME to one^). 1>&2
  goto fail
)
:version_checked

rem cmd splits --port=9090 into --port and 9090, so looking at each word finds both spellings.
set "HAS_PORT=" & set "HAS_DATA=" & set "HAS_SEED=" & set "HAS_TOKEN="
for %%a in (%*) do (
  if /i "%%~a"=="--port" set "HAS_PORT=1"
  if /i "%%~a"=="--data" set "HAS_DATA=1"
  if /i "%%~a"=="--seed" set "HAS_SEED=1"
  if /i "%%~a"=="--admin-token" set "HAS_TOKEN=1"
)
set "DEFAULTS="
if not defined HAS_PORT set "DEFAULTS=%DEFAULTS% --port 8080"
if not defined HAS_SEED set "DEFAULTS=%DEFAULTS% --seed demo"
if not defined HAS_TOKEN set "DEFAULTS=%DEFAULTS% --admin-token qa-admin"

if defined HAS_DATA goto run_with_given_data
"%JAVA%" -jar "%HERE%mock-web.jar" %DEFAULTS% --data "%HERE%web-data" %*
goto done
:run_with_given_data
"%JAVA%" -jar "%HERE%mock-web.jar" %DEFAULTS% %*
:done
if errorlevel 1 goto fail
exit /b 0

:fail
rem Started by a double-click, the window would close before the message could be read.
echo %cmdcmdline% | findstr /i /c:" /c " >nul && pause
exit /b 1
