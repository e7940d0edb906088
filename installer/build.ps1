# Build crisisplan on Windows: the one-folder app (dist\crisisplan\) and, when Inno Setup 6 is
# installed, the per-user installer (dist\installer\crisisplan-setup-VERSION.exe).
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-Dist DIR] [-Work DIR] [-NoSelfTest] [-NoInstaller]
#
# 1. Makes (once, then reuses) a build environment under %LOCALAPPDATA%\crisisplan-build, installing
#    ONLY the wheels named in requirements\build.txt, each checked against its SHA-256 hash
#    (pip --require-hashes --only-binary=:all:). A new lock file gets a new environment.
# 2. Draws the .exe icon from resources\icons\crisisplan.svg (installer\make_icon.py).
# 3. Runs PyInstaller on installer\crisisplan.spec: crisisplan.exe (no console) and
#    crisisplan-cli.exe (console, for the command line and --self-test) in one folder.
# 4. Runs crisisplan-cli.exe --self-test; the build fails if any check fails.
# 5. Compiles installer\crisisplan.iss with Inno Setup 6.3+ (ISCC.exe on PATH, or in its default
#    folder) unless -NoInstaller is given.
# Needs: 64-bit CPython 3.11 from python.org (the "py" launcher), Inno Setup 6.3 or later.
# Nothing is downloaded at install time: the installer carries every file the app needs.
[CmdletBinding()]
param(
    [string]$Dist = "",
    [string]$Work = "",
    [switch]$NoSelfTest,
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
if (-not $Dist) { $Dist = Join-Path $Root "dist" }
if (-not $Work) { $Work = Join-Path $Root "build\pyinstaller" }
New-Item -ItemType Directory -Force -Path $Dist, $Work | Out-Null
$Dist = (Resolve-Path $Dist).Path
$Work = (Resolve-Path $Work).Path

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "'$Exe $($Arguments -join ' ')' failed with exit code $LASTEXITCODE" }
}

# The Python that builds: CRISISPLAN_PYTHON, else the py launcher's 64-bit 3.11.
$Python = $env:CRISISPLAN_PYTHON
if (-not $Python) {
    $Python = (& py -3.11-64 -c "import sys; print(sys.executable)").Trim()
    if ($LASTEXITCODE -ne 0) { throw "64-bit Python 3.11 not found: install it from python.org or set CRISISPLAN_PYTHON" }
}

$Lock = Join-Path $Root "requirements\build.txt"
$Cache = $env:CRISISPLAN_BUILD_CACHE
if (-not $Cache) { $Cache = Join-Path $env:LOCALAPPDATA "crisisplan-build" }
$PyVersion = (& $Python -c "import sys; print(sys.version)").Trim()
$Sha = [System.Security.Cryptography.SHA256]::Create()
[byte[]]$Bytes = [System.IO.File]::ReadAllBytes($Lock) + [System.Text.Encoding]::UTF8.GetBytes($PyVersion)
$Key = ([System.BitConverter]::ToString($Sha.ComputeHash($Bytes)) -replace "-", "").Substring(0, 16).ToLower()
$Venv = Join-Path $Cache "venv-$Key"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path (Join-Path $Venv ".complete"))) {
    Write-Host "build.ps1: making the build environment $Venv (hash-checked wheels only)"
    if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
    New-Item -ItemType Directory -Force -Path $Cache | Out-Null
    Invoke-Checked $Python @("-m", "venv", $Venv)
    Invoke-Checked $VenvPython @("-m", "pip", "install", "--disable-pip-version-check", "--no-input",
        "--require-hashes", "--only-binary=:all:", "--no-deps", "-r", $Lock)
    Invoke-Checked $VenvPython @("-m", "pip", "check")
    New-Item -ItemType File -Path (Join-Path $Venv ".complete") | Out-Null
}

$Version = (& $VenvPython -c "import sys; sys.path.insert(0, r'$Root'); import crisisplan; print(crisisplan.__version__)").Trim()
$Icon = Join-Path $Work "crisisplan.ico"
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked $VenvPython @((Join-Path $Root "installer\make_icon.py"), $Icon)
$env:CRISISPLAN_ICON = $Icon

Write-Host "build.ps1: building crisisplan $Version into $Dist\crisisplan"
$Watch = [System.Diagnostics.Stopwatch]::StartNew()
Push-Location $Root
try {
    Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", $Dist, "--workpath", $Work, "installer\crisisplan.spec")
} finally {
    Pop-Location
}
Write-Host ("build.ps1: PyInstaller finished in {0:N0} s" -f $Watch.Elapsed.TotalSeconds)
$App = Join-Path $Dist "crisisplan"

if (-not $NoSelfTest) {
    Invoke-Checked (Join-Path $App "crisisplan-cli.exe") @("--self-test")
}

if (-not $NoInstaller) {
    $Iscc = (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue | Select-Object -First 1 -ExpandProperty Source)
    if (-not $Iscc) {
        foreach ($Candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                                 "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
            if (Test-Path $Candidate) { $Iscc = $Candidate; break }
        }
    }
    if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it, or pass -NoInstaller" }
    Invoke-Checked $Iscc @("/DAppVersion=$Version", "/DBuildDir=$App", "/DIconFile=$Icon",
        "/O$(Join-Path $Dist 'installer')", (Join-Path $Root "installer\crisisplan.iss"))
    Write-Host "build.ps1: installer written to $(Join-Path $Dist 'installer')"
}
Write-Host "build.ps1: done: $App"
