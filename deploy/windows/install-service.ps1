<#
.SYNOPSIS
  Installs, updates or removes the Aufruf hub as a Windows service (WinSW v2.12.0).

.DESCRIPTION
  NOT TESTED: this script was written without a Windows machine and has never been run. It follows
  WinSW's documented XML configuration and PowerShell 5.1 (Windows 10/11, Windows Server 2019 or
  newer). Try it on a spare PC first, and please report what had to change.

  A service, not a login item: it runs without anyone signed in, starts at boot and is restarted
  after a crash.

  Before:
    1. Node.js 20 LTS (20.11 or newer), the Windows Installer (.msi) from https://nodejs.org/,
       with "Add to PATH". Also Git for Windows (https://git-scm.com/) to fetch and update the code.
    2. In an administrator PowerShell:
         git clone <Aufruf repository> "C:\Program Files\Aufruf"
         Set-ExecutionPolicy -Scope Process Bypass
         & "C:\Program Files\Aufruf\deploy\windows\install-service.ps1"

  Install (safe to run again):
    1. checks (administrator, node.exe, the code)
    2. npm ci and npm run build in the app folder
    3. folders: data, logs, config (C:\ProgramData\Aufruf), writable for the service account
    4. WinSW downloaded (SHA-256 checked) as <app>\service\aufruf-hub.exe with aufruf-hub.xml
    5. service installed and started; waits for /healthz
    6. firewall rule for the hub's port (private and domain networks only)

  Update (-Update): a backup of the database, stop, git pull, npm ci, npm run build, start. The hub
  migrates the database at start. Remove (-Uninstall): stops and removes the service, keeps all data.

  Logs: <data root>\logs\aufruf-hub.out.log (JSON lines) and aufruf-hub.err.log (start-up text, with
  the admin secret at the first start), rolled by WinSW at 10 MB, 8 files kept.
  Service: services.msc "Aufruf Hub", or Get-Service aufruf-hub / Restart-Service aufruf-hub.

  Should better-sqlite3 have to be compiled (no prebuilt binary downloadable), note that the
  repository's .npmrc sets nodedir=/usr for Linux: run npm ci with --nodedir=<Node headers folder>
  and the Visual Studio Build Tools ("Desktop development with C++") installed.

.EXAMPLE
  .\install-service.ps1
.EXAMPLE
  .\install-service.ps1 -Update
.EXAMPLE
  .\install-service.ps1 -Port 8090 -DataRoot D:\Aufruf
#>
[CmdletBinding()]
param(
  # The checkout; by default the one this script is in.
  [string] $AppDir = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path,
  # Config, database, backups, print previews and logs.
  [string] $DataRoot = (Join-Path $env:ProgramData 'Aufruf'),
  [int] $Port = 8080,
  [string] $WinSWUrl = 'https://github.com/winsw/winsw/releases/download/v2.12.0/WinSW-x64.exe',
  # SHA-256 of WinSW-x64.exe v2.12.0 as pinned by other projects; not checked from a Windows machine
  # here. Compare with the release page before the first use.
  [string] $WinSWSha256 = '05b82d46ad331cc16bdc00de5c6332c1ef818df8ceefcd49c726553209b3a0da',
  [switch] $Update,
  [switch] $Uninstall
)

$ErrorActionPreference = 'Stop'
$ServiceId = 'aufruf-hub'
$ServiceAccount = 'NT AUTHORITY\LocalService'
$ServiceDir = Join-Path $AppDir 'service'
$Wrapper = Join-Path $ServiceDir "$ServiceId.exe"
$DataDir = Join-Path $DataRoot 'data'
$LogDir = Join-Path $DataRoot 'logs'
$ConfigFile = Join-Path $DataRoot 'aufruf.yaml'

function Step([string] $Text) { Write-Host "`n== $Text" -ForegroundColor Cyan }
function Info([string] $Text) { Write-Host "   $Text" }

# Runs a program in the app folder and stops the script when it fails.
function Invoke-InApp([string] $Program, [string[]] $Arguments) {
  Info "> $Program $($Arguments -join ' ')"
  Push-Location $AppDir
  try {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed (exit code $LASTEXITCODE)" }
  } finally {
    Pop-Location
  }
}

function Test-Service { [bool](Get-Service -Name $ServiceId -ErrorAction SilentlyContinue) }

function Invoke-Wrapper([string] $Command) {
  Info "> $ServiceId.exe $Command"
  & $Wrapper $Command
  if ($LASTEXITCODE -ne 0) { throw "$ServiceId.exe $Command failed (exit code $LASTEXITCODE)" }
}

function Build-App {
  # The kiosk's Electron shell is built elsewhere; the hub PC needs no Electron binary.
  $env:ELECTRON_SKIP_BINARY_DOWNLOAD = '1'
  Invoke-InApp 'npm.cmd' @('ci', '--no-audit', '--no-fund')
  Invoke-InApp 'npm.cmd' @('run', 'build')
}

function Wait-Ready {
  $url = "http://127.0.0.1:$Port/healthz"
  Info "waiting for $url ..."
  $until = (Get-Date).AddSeconds(60)
  while ((Get-Date) -lt $until) {
    try {
      $health = Invoke-RestMethod -Uri $url -TimeoutSec 5
      if ($health.status -eq 'ready') { Info 'the hub is ready'; return }
    } catch {
      # Not listening yet, or 503 while starting.
    }
    Start-Sleep -Milliseconds 500
  }
  throw "The hub did not become ready within 60 s. See $LogDir\$ServiceId.err.log and $ServiceId.out.log."
}

function Assert-Admin {
  $principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
  if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Please run this script in an administrator PowerShell.'
  }
}

function Install-Hub {
  Step '1. Checks'
  Assert-Admin
  $node = (Get-Command node.exe -ErrorAction SilentlyContinue).Source
  if (-not $node) { throw 'node.exe not found: install Node.js 20 LTS from https://nodejs.org/ (with "Add to PATH").' }
  $version = [version]((& $node --version).TrimStart('v'))
  if ($version -lt [version]'20.11.0' -or $version.Major -ge 25) {
    throw "Node.js $version is not supported: 20.11 or newer (20, 22, 24) is needed."
  }
  if (-not (Test-Path (Join-Path $AppDir 'package.json'))) { throw "$AppDir is not an Aufruf checkout." }
  # The service does not see the PATH of whoever runs this script: the full path goes into the XML.
  Info "Node.js $version at $node; code in $AppDir"

  Step '2. Dependencies and build (a few minutes)'
  Build-App

  Step "3. Folders in $DataRoot"
  foreach ($dir in @($DataRoot, $DataDir, $LogDir)) { New-Item -ItemType Directory -Force -Path $dir | Out-Null }
  foreach ($dir in @($DataDir, $LogDir)) {
    # Modify for the service account, inherited by files and folders made later.
    & icacls.exe $dir /grant "${ServiceAccount}:(OI)(CI)M" | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "icacls on $dir failed" }
  }
  if (Test-Path $ConfigFile) {
    Info "$ConfigFile exists: kept"
  } else {
    Copy-Item (Join-Path $AppDir 'config\aufruf.example.yaml') $ConfigFile
    Info "$ConfigFile created from config\aufruf.example.yaml: office name, errands, places, printer"
  }

  Step '4. WinSW (the service wrapper)'
  New-Item -ItemType Directory -Force -Path $ServiceDir | Out-Null
  if (-not (Test-Path $Wrapper)) {
    Info "downloading $WinSWUrl"
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
    Invoke-WebRequest -Uri $WinSWUrl -OutFile "$Wrapper.download" -UseBasicParsing
    $hash = (Get-FileHash "$Wrapper.download" -Algorithm SHA256).Hash
    if ($hash -ne $WinSWSha256.ToUpperInvariant()) {
      Remove-Item "$Wrapper.download"
      throw "WinSW download has SHA-256 $hash, expected ${WinSWSha256}: not installed."
    }
    Move-Item "$Wrapper.download" $Wrapper
  }
  $xml = Get-Content -Raw (Join-Path $PSScriptRoot 'aufruf-hub.xml')
  $values = @{ '@NODE@' = $node; '@APP@' = $AppDir; '@CONFIG@' = $ConfigFile; '@DATA@' = $DataDir;
    '@LOGS@' = $LogDir; '@PORT@' = [string]$Port }
  foreach ($key in $values.Keys) { $xml = $xml.Replace($key, $values[$key]) }
  Set-Content -Path (Join-Path $ServiceDir "$ServiceId.xml") -Value $xml -Encoding UTF8
  Info "$ServiceDir\$ServiceId.xml"

  Step '5. Service'
  if (Test-Service) {
    # Reinstalled, so that a changed XML (port, paths) takes effect.
    if ((Get-Service $ServiceId).Status -ne 'Stopped') { Invoke-Wrapper 'stop' }
    Invoke-Wrapper 'uninstall'
  }
  Invoke-Wrapper 'install'
  Invoke-Wrapper 'start'
  Wait-Ready

  Step '6. Firewall'
  $rule = 'Aufruf Hub'
  if (Get-NetFirewallRule -DisplayName $rule -ErrorAction SilentlyContinue) {
    Set-NetFirewallRule -DisplayName $rule -LocalPort $Port
  } else {
    New-NetFirewallRule -DisplayName $rule -Direction Inbound -Protocol TCP -LocalPort $Port `
      -Action Allow -Profile Domain, Private | Out-Null
  }
  Info "inbound TCP $Port allowed on private and domain networks (mark the office LAN as private)"

  Step 'Done'
  Info "Admin page: http://localhost:$Port/admin/  (the admin secret: $LogDir\$ServiceId.err.log, first start)"
  Info "Logs: $LogDir   Service: Get-Service $ServiceId"
}

function Update-Hub {
  Step 'U1. Checks'
  Assert-Admin
  if (-not (Test-Service)) { throw 'The service is not installed: run the script without -Update first.' }
  # The port the service was installed with.
  $installed = [xml](Get-Content -Raw (Join-Path $ServiceDir "$ServiceId.xml"))
  $script:Port = [int](($installed.service.env | Where-Object { $_.name -eq 'PORT' }).value)

  Step 'U2. A backup of the database, while the hub still runs'
  if (Test-Path (Join-Path $DataDir 'aufruf.sqlite')) {
    Invoke-InApp 'node.exe' @('--import', 'tsx', 'scripts\backup.ts', '--data-dir', $DataDir)
  }

  Step 'U3. Stop, new code, build'
  Invoke-Wrapper 'stop'
  Invoke-InApp 'git.exe' @('pull', '--ff-only')
  Build-App

  Step 'U4. Start (the database schema is migrated at start)'
  Invoke-Wrapper 'start'
  Wait-Ready
}

function Uninstall-Hub {
  Assert-Admin
  if (Test-Service) {
    if ((Get-Service $ServiceId).Status -ne 'Stopped') { Invoke-Wrapper 'stop' }
    Invoke-Wrapper 'uninstall'
  }
  Info "Service removed. Data, backups and logs stay in $DataRoot."
}

if ($Uninstall) { Uninstall-Hub } elseif ($Update) { Update-Hub } else { Install-Hub }
