<#
.SYNOPSIS
Builds FieldReport for Windows with its own Java runtime: the app image (a folder, also as .zip)
and an .msi that installs per user, without administrator rights.

.DESCRIPTION
Run on Windows, from a clean checkout, in PowerShell 5.1 or 7:

  powershell -ExecutionPolicy Bypass -File installers\build-windows.ps1                 app image, .zip and .msi in installers\target\windows\
  powershell -ExecutionPolicy Bypass -File installers\build-windows.ps1 -AppImageOnly   no .msi (needs no WiX)
  powershell -ExecutionPolicy Bypass -File installers\build-windows.ps1 -NoMaven        use what the last Maven build staged
  powershell -ExecutionPolicy Bypass -File installers\build-windows.ps1 -AppVersion 1.2.0

Needs a JDK 17+ (JAVA_HOME or on the PATH) with jpackage, and for the .msi the WiX Toolset 3.x
(3.14: candle.exe and light.exe on the PATH; JDK 17's jpackage does not use WiX 4 or later).
The same steps and settings as build-linux.sh, which installers\lib\common.sh holds for Linux and
macOS; CI cannot run this one (no Windows): keep them in step. installers\README.md explains.

.PARAMETER AppImageOnly
Only the app image and its .zip, no .msi.

.PARAMETER NoMaven
Package what the last Maven build staged in installers\target\jpackage instead of building.

.PARAMETER SkipSelfCheck
Make the .msi even if FieldReport.exe --self-check fails.

.PARAMETER AppVersion
The version instead of the pom's without -SNAPSHOT: 1 to 3 numbers, at most 255.255.65535.
#>
param(
    [switch]$AppImageOnly,
    [switch]$NoMaven,
    [switch]$SkipSelfCheck,
    [string]$AppVersion
)
$ErrorActionPreference = 'Stop'
$clock = [System.Diagnostics.Stopwatch]::StartNew()

$root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$staging = Join-Path $root 'installers\target\jpackage'
$out = Join-Path $root 'installers\target\windows'
$work = Join-Path $out 'work'

function Fail([string]$message) {
    [Console]::Error.WriteLine("build-windows: $message")
    exit 1
}

function Step([string]$message) {
    Write-Host ("== [{0}s] {1}" -f [int]$clock.Elapsed.TotalSeconds, $message)
}

# Runs a program and stops the build when it fails (native programs do not throw).
function Invoke-Tool([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { Fail "$(Split-Path -Leaf $exe) failed (exit $LASTEXITCODE)" }
}

function Size-MB([string]$path) {
    $item = Get-Item $path
    if ($item.PSIsContainer) {
        $bytes = (Get-ChildItem $path -Recurse -File | Measure-Object -Property Length -Sum).Sum
    } else {
        $bytes = $item.Length
    }
    '{0:N1} MB' -f ($bytes / 1000000)
}

# ---- the JDK: JAVA_HOME if it has jpackage, else the PATH's ------------------------------------
if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME 'bin\jpackage.exe'))) {
    $jdkBin = Join-Path $env:JAVA_HOME 'bin'
} elseif (Get-Command jpackage.exe -ErrorAction SilentlyContinue) {
    $jdkBin = Split-Path -Parent (Get-Command jpackage.exe).Source
} else {
    Fail 'jpackage was not found: install a JDK 17 or newer (not a JRE) and set JAVA_HOME to it'
}
$jdkHome = Split-Path -Parent $jdkBin
foreach ($tool in 'jpackage', 'jlink', 'jdeps', 'jmod', 'jar') {
    if (-not (Test-Path (Join-Path $jdkBin "$tool.exe"))) { Fail "$jdkBin has jpackage but no $tool.exe: set JAVA_HOME to a full JDK 17 or newer" }
}
$jdkVersion = (& (Join-Path $jdkBin 'jlink.exe') --version | Select-Object -First 1).Trim()
$jdkMajor = [int]($jdkVersion -split '\.')[0]
if ($jdkMajor -lt 17) { Fail "the JDK at $jdkHome is $jdkVersion; the installers need 17 or newer" }
if (-not (Test-Path (Join-Path $jdkHome 'jmods\java.base.jmod'))) { Fail "the JDK at $jdkHome has no jmods\ for jlink" }
$env:JAVA_HOME = $jdkHome
if (-not $AppImageOnly) {
    foreach ($tool in 'candle.exe', 'light.exe') {
        if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
            Fail "$tool (WiX Toolset 3.x) is not on the PATH: install WiX 3.14 from https://wixtoolset.org and add its bin folder to the PATH, or use -AppImageOnly"
        }
    }
}

# ---- Maven: the app, its class path, the JavaFX jars for Windows, fieldreport.properties --------
if (-not $NoMaven) {
    Step 'Maven: build the app and stage the jpackage input (tests skipped; CI runs them)'
    Push-Location $root
    try { Invoke-Tool (Join-Path $root 'mvnw.cmd') @('-B', '-q', '-ntp', '-pl', 'installers', '-am', '-DskipTests', 'package') }
    finally { Pop-Location }
}
$propertiesFile = Join-Path $staging 'fieldreport.properties'
if (-not (Test-Path $propertiesFile)) { Fail "nothing staged in ${staging}: run without -NoMaven" }
$props = @{}
foreach ($line in Get-Content $propertiesFile) {
    if ($line -match '^([A-Za-z0-9.]+)=(.*)$') { $props[$Matches[1]] = $Matches[2] }
}
# As prop in lib/common.sh: a missing, empty or unfilled (${...}) value stops the build. Fail's exit
# ends the whole script even from inside another command's arguments, unlike a bash $(...).
function Prop([string]$key) {
    if (-not $props.ContainsKey($key)) { Fail "no $key in $propertiesFile" }
    $value = $props[$key]
    if (-not $value) { Fail "$key is empty in $propertiesFile" }
    if ($value.Contains('${')) { Fail "$key in $propertiesFile is '$value': Maven did not fill it in (installers\pom.xml)" }
    $value
}

$name = Prop 'name'
if (-not $AppVersion) { $AppVersion = Prop 'version' }
$version = ($AppVersion -split '-')[0]
if ($version -notmatch '^\d+(\.\d+){0,2}$') { Fail "cannot make a package version (1 to 3 numbers) of '$AppVersion': pass -AppVersion" }
$parts = $version -split '\.'
if ([int]$parts[0] -gt 255 -or ($parts.Count -gt 1 -and [int]$parts[1] -gt 255) -or ($parts.Count -gt 2 -and [int]$parts[2] -gt 65535)) {
    Fail "an .msi version is at most 255.255.65535, not $version"
}
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force $work | Out-Null

# ---- JavaFX jars -> jmods, their native libraries as files (bin\ of the runtime) --------------
# As installers/lib/common.sh javafx_jmods: JavaFX then loads its DLLs from the runtime instead of
# unpacking copies into %USERPROFILE%\.openjfx on first start. JavaFX for Windows also brings the
# Microsoft C runtime (vcruntime140.dll, msvcp140.dll, ucrtbase.dll, api-ms-win-*.dll), which the
# JDK's java.base has too; jlink refuses two modules with the same library, so the JDK's copy stays.
Step 'JavaFX jars -> jmods with their native libraries as files'
$jmods = Join-Path $work 'jmods'
New-Item -ItemType Directory -Force $jmods | Out-Null
$jdkNatives = & (Join-Path $jdkBin 'jmod.exe') list (Join-Path $jdkHome 'jmods\java.base.jmod') |
    Where-Object { $_ -match '^(bin|lib)/' } | ForEach-Object { ($_ -split '/')[-1] }
$fxModulePath = @()
$fxJars = @(Get-ChildItem (Join-Path $staging 'javafx') -Filter 'javafx-*.jar' -ErrorAction SilentlyContinue)
if ($fxJars.Count -eq 0) { Fail "no JavaFX jars in $staging\javafx\: the Maven build staged none (run without -NoMaven)" }
foreach ($jar in $fxJars) {
    $extracted = Join-Path $work "javafx-extract\$($jar.BaseName)\classes"
    $libs = Join-Path $work "javafx-extract\$($jar.BaseName)\libs"
    New-Item -ItemType Directory -Force $extracted, $libs | Out-Null
    Push-Location $extracted
    try { Invoke-Tool (Join-Path $jdkBin 'jar.exe') @('xf', $jar.FullName) }
    finally { Pop-Location }
    # javafx-graphics-21.0.12.jar without a classifier is an empty placeholder; the -win jar is the module.
    if (-not (Test-Path (Join-Path $extracted 'module-info.class'))) { continue }
    $module = ((& (Join-Path $jdkBin 'jar.exe') --describe-module --file $jar.FullName) | Select-Object -First 1) -replace '@.*$', ''
    $fxModulePath += $jar.FullName
    foreach ($lib in Get-ChildItem $extracted -File | Where-Object { @('.dll', '.so', '.dylib') -contains $_.Extension }) {
        if ($jdkNatives -contains $lib.Name) {
            Remove-Item $lib.FullName
            Write-Host "   $($lib.Name): the JDK's copy is used"
        } else {
            Move-Item $lib.FullName $libs
        }
    }
    foreach ($extra in 'javafx-swt.jar', 'META-INF\MANIFEST.MF', 'META-INF\INDEX.LIST') {
        $path = Join-Path $extracted $extra
        if (Test-Path $path) { Remove-Item $path }
    }
    $jmodArguments = @('create', '--class-path', $extracted)
    $libCount = @(Get-ChildItem $libs).Count
    if ($libCount -gt 0) { $jmodArguments += @('--libs', $libs) }
    $jmodArguments += @('--module-version', (Prop 'javafx.version'), (Join-Path $jmods "$module.jmod"))
    Invoke-Tool (Join-Path $jdkBin 'jmod.exe') $jmodArguments
    Write-Host "   ${module}: $libCount native libraries"
}
if (-not (Test-Path (Join-Path $jmods 'javafx.graphics.jmod'))) { Fail "no javafx.graphics module among $staging\javafx\*.jar" }

# ---- jdeps, then jlink: only the modules the app needs ------------------------------------------
# --ignore-missing-deps: OkHttp and Kotlin refer to optional libraries (Android, Conscrypt,
# BouncyCastle) that are not there and never loaded.
$appJars = @(Get-ChildItem (Join-Path $staging 'app') -Filter '*.jar' | ForEach-Object { $_.FullName })
$found = & (Join-Path $jdkBin 'jdeps.exe') --multi-release $jdkMajor --ignore-missing-deps --print-module-deps `
    --module-path ($fxModulePath -join ';') @appJars
if ($LASTEXITCODE -ne 0) { Fail 'jdeps failed' }
$modules = "$(($found | Select-Object -Last 1).Trim()),$(Prop 'extra.modules')"
Step "jlink: a runtime of $modules"
$runtime = Join-Path $work 'runtime'
Invoke-Tool (Join-Path $jdkBin 'jlink.exe') @('--module-path', $jmods, '--add-modules', $modules,
    '--strip-debug', '--no-header-files', '--no-man-pages', '--strip-native-commands', '--output', $runtime)

# ---- the app image ------------------------------------------------------------------------------
$common = @('--name', $name, '--app-version', $version, '--vendor', (Prop 'vendor'),
    '--description', (Prop 'description'), '--copyright', (Prop 'copyright'),
    '--icon', (Join-Path $root 'installers\icons\fieldreport.ico'))
Step "jpackage: the app image $name $version"
Invoke-Tool (Join-Path $jdkBin 'jpackage.exe') (@('--type', 'app-image', '--dest', $out, '--temp', (Join-Path $work 'jpackage-app-image')) + $common +
    @('--runtime-image', $runtime, '--input', (Join-Path $staging 'app'),
      '--main-jar', (Prop 'main.jar'), '--main-class', (Prop 'main.class')))
$image = Join-Path $out $name
$zip = Join-Path $out "$name-$version-windows-x64.zip"
Step "zip: $(Split-Path -Leaf $zip)"
Compress-Archive -Path $image -DestinationPath $zip
$imageDone = [int]$clock.Elapsed.TotalSeconds

# The self-check on the machine that built it. FieldReport.exe is a windowed program, which prints
# to no console: its output goes to files, and the exit code says whether it passed.
if (-not $SkipSelfCheck) {
    Step "$name.exe --self-check"
    $checkDir = Join-Path ([System.IO.Path]::GetTempPath()) ("fieldreport-self-check-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Force $checkDir | Out-Null
    $process = Start-Process -FilePath (Join-Path $image "$name.exe") -Wait -PassThru -NoNewWindow `
        -ArgumentList @('--self-check', '--profile', "`"$checkDir\profile`"") `
        -RedirectStandardOutput (Join-Path $checkDir 'out.txt') -RedirectStandardError (Join-Path $checkDir 'err.txt')
    Get-Content (Join-Path $checkDir 'out.txt'), (Join-Path $checkDir 'err.txt') | Write-Host
    if ($process.ExitCode -ne 0) { Fail "$name.exe failed its self-check (exit $($process.ExitCode), above); not making the .msi (-SkipSelfCheck to make it anyway)" }
    Remove-Item -Recurse -Force $checkDir
}

# ---- the .msi -----------------------------------------------------------------------------------
# Per user, no administrator rights: under %LOCALAPPDATA%\Programs\FieldReport. Never the default
# %LOCALAPPDATA%\FieldReport: that is the inspector's data folder (ProfileLocation), and jpackage's
# uninstall deletes the install folder with everything in it. The upgrade code never changes, so a
# newer .msi replaces the installed one (same or older version: see installers\README.md).
if (-not $AppImageOnly) {
    Step 'jpackage: the .msi'
    Invoke-Tool (Join-Path $jdkBin 'jpackage.exe') (@('--type', 'msi', '--dest', $out, '--temp', (Join-Path $work 'jpackage-msi'),
        '--app-image', $image) + $common +
        @('--win-per-user-install', '--install-dir', ((Prop 'win.install.dir') -replace '/', '\'),
          '--win-upgrade-uuid', (Prop 'win.upgrade.uuid'),
          '--win-menu', '--win-menu-group', (Prop 'win.menu.group'), '--win-shortcut'))
}
Step 'done'

Write-Host ''
Write-Host "app image   $image  ($(Size-MB $image); built in $imageDone s)"
Write-Host "            $zip  ($(Size-MB $zip))"
if (-not $AppImageOnly) {
    $msi = Get-ChildItem $out -Filter '*.msi' | Select-Object -First 1
    Write-Host ".msi        $($msi.FullName)  ($(Size-MB $msi.FullName); $([int]$clock.Elapsed.TotalSeconds - $imageDone) s more)"
}
$release = Get-Content (Join-Path $image 'runtime\release') | Where-Object { $_ -like 'MODULES=*' }
Write-Host "runtime     $($release -replace '^MODULES=', '' -replace '"', '')"
Write-Host "QA bundle   $root\installers\target\mock-web-qa\ and mock-web-qa.zip"
