# Build the Windows installer: the bundle (packaging/build_bundle.py), then Inno Setup 6 (iscc on PATH, or the
# default install folder). Run from the repository in PowerShell: .\packaging\windows\build-installer.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
python packaging\build_bundle.py
if ($LASTEXITCODE -ne 0) { throw "bundle build failed" }
$version = python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
& dist\companion\companion.exe --version
if ($LASTEXITCODE -ne 0) { throw "the bundle does not start" }
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\companion.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem dist\Companion-*-setup.exe
