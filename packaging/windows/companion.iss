; Inno Setup script for Companion (Windows installer). Built by packaging/windows/build-installer.ps1 after
; packaging/build_bundle.py has made dist\companion\companion.exe. Per-user install by default (no admin rights),
; Start menu shortcut, "Open with" for frab schedules (never the default for .xml, .json or .ics).
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\companion"
#endif

[Setup]
AppId={{6C1F0D3E-5B2A-4C7E-9A3D-2E8B1C4F7A90}
AppName=Companion
AppVersion={#AppVersion}
AppPublisher=The Companion team
DefaultDirName={autopf}\Companion
DefaultGroupName=Companion
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Companion-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#SourceDir}\_internal\licenses\README.txt
UninstallDisplayIcon={app}\companionw.exe
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Companion"; Filename: "{app}\companionw.exe"
Name: "{group}\Licences"; Filename: "{app}\_internal\licenses\THIRD-PARTY-LICENSES.txt"

[Registry]
; "Open with Companion" for XML and JSON files, without taking the default handler from anything
Root: HKA; Subkey: "Software\Classes\Applications\companionw.exe\SupportedTypes"; ValueType: string; ValueName: ".xml"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\companionw.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\companionw.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\companionw.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.xml\OpenWithList\companionw.exe"; ValueType: none; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.json\OpenWithList\companionw.exe"; ValueType: none; Flags: uninsdeletekey

[Run]
Filename: "{app}\companionw.exe"; Description: "{cm:LaunchProgram,Companion}"; Flags: nowait postinstall skipifsilent
