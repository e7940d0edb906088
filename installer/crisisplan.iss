; Inno Setup 6 script: a per-user Windows installer for crisisplan that needs NO administrator rights.
;
; Build the one-folder app first (installer\build.ps1 does both steps), then:
;   iscc /DAppVersion=0.1.0 /DBuildDir=..\dist\crisisplan /DIconFile=..\build\crisisplan.ico installer\crisisplan.iss
; Output: dist\installer\crisisplan-setup-VERSION.exe
;
; - Installs into the user's own programs folder ({userpf} = %LOCALAPPDATA%\Programs\crisisplan):
;   PrivilegesRequired=lowest, no UAC prompt, nothing written to Program Files or HKLM.
; - Start-menu entries (the app, and the demo store of fictional people), optional desktop icon,
;   and an uninstaller (Settings > Apps, or the Start menu).
; - Runs the installed app's self-test at the end and says plainly if it failed.
; - Never downloads anything: every file comes from the built folder.
; - The encrypted store lives in the user data folder (%LOCALAPPDATA%\crisisplan), NOT in the
;   install folder, so uninstalling or upgrading never touches it; the uninstaller says so.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BuildDir
  #define BuildDir "..\dist\crisisplan"
#endif
#define AppName "crisisplan"
#define AppExe "crisisplan.exe"
#define CliExe "crisisplan-cli.exe"

[Setup]
AppId={{6F0B8E0C-3C57-4E5B-9B0D-2C1A7E6D4F21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=crisisplan project
AppComments=Joint crisis plans and "need to know" sharing (offline)
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename=crisisplan-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExe}
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
DataKeptInstall=Your crisis plans are kept in an encrypted store in your user data folder:%n%1%nnot in the program folder. Installing, upgrading or uninstalling crisisplan never changes or removes it. Back it up regularly to somewhere other than this PC, as the installation guide explains.
DataKeptUninstall=crisisplan has been removed from this PC.%n%nYour crisis plans have NOT been removed: the encrypted store is still in%n%1%n(and the demo store of fictional people in %2).%n%nKeep a backup. Delete that folder yourself only when the plans are no longer needed, following your organisation's records-retention policy.
SelfTestFailed=crisisplan was installed, but its self-test failed (exit code %1).%n%nDo not use it for real crisis plans yet. Run "%2" --self-test in a command prompt to see which check failed, and report it.
DemoEntry=crisisplan demo (fictional people)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle, so no stale library from an older version can be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Joint crisis plans and crisis cards"
Name: "{autoprograms}\{cm:DemoEntry}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(Name: String): String;
begin
  Result := ExpandConstant('{localappdata}\') + Name;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Cli: String;
begin
  if CurStep = ssPostInstall then
  begin
    Cli := ExpandConstant('{app}\{#CliExe}');
    WizardForm.StatusLabel.Caption := 'Checking the installation (crisisplan --self-test)...';
    if not Exec(Cli, '--self-test', ExpandConstant('{app}'), SW_HIDE, ewWaitUntilTerminated, ResultCode) then
      ResultCode := -1;
    if ResultCode <> 0 then
      SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [IntToStr(ResultCode), Cli]),
        mbError, MB_OK, IDOK)
    else if not WizardSilent then
      MsgBox(FmtMessage(CustomMessage('DataKeptInstall'), [DataFolder('crisisplan')]), mbInformation, MB_OK);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKeptUninstall'),
      [DataFolder('crisisplan'), DataFolder('crisisplan-demo')]), mbInformation, MB_OK);
end;
