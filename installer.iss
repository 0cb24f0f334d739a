; Hearth for Windows: Inno Setup 6 script for the PyInstaller one-folder build (dist\hearth\).
;
; Build it on Windows after `python packaging\build.py` (or in one go: build.py --installer):
;     iscc /DAppVersion=0.1.0 installer.iss      ->  dist\hearth-0.1.0-windows-x64-setup.exe
;
; What it promises, checked by tests/test_installer.py:
;  * per-user install without admin rights, into %LOCALAPPDATA%\Programs\Hearth;
;  * a Start-menu entry, an optional desktop icon, and .gguf files opening in Hearth (HKCU only);
;  * an upgrade in place closes a running Hearth first (Restart Manager) and replaces the bundle;
;  * uninstalling KEEPS the user's conversations, settings and models, which live apart from the
;    program in %LOCALAPPDATA%\Hearth (platformdirs, appname "Hearth", appauthor False: see
;    app/core/paths.py), unless the user answers Yes to removing them.

; build.py passes the version from pyproject.toml; this default must match it (a test checks).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Hearth"
; Names produced by packaging/hearth.spec (EXE_NAME, CLI_EXE_NAME, DIST_FOLDER).
#define AppExeName "hearth.exe"
#define AppCliExeName "hearth-cli.exe"
#define DistDir "dist\hearth"
; %LOCALAPPDATA%\Hearth: where platformdirs puts Hearth's data, config, cache and logs on Windows.
#define UserDataDirName "Hearth"
; Created by the running app (app/__main__.py, WINDOWS_MUTEX_NAME).
#define AppMutexName "Hearth.Running.8F3B6E2A"
#define ProgId "Hearth.GGUF"

[Setup]
; Never change the AppId: it is how an upgrade finds the installed copy.
AppId={{ED5248FF-ACC5-4945-BF29-29BF24C7B634}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Hearth contributors
; Per user, no UAC prompt. Not overridable: an all-users install would put the program where the
; per-user data layout and HKCU association below do not belong.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Hearth
UsePreviousAppDir=yes
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=dist
OutputBaseFilename=hearth-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\hearth.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
; Upgrades: files of a running Hearth are in use, so Setup asks Windows' Restart Manager to close
; it (the app saves partial replies as it goes; nothing the user wrote is lost). *.pyd: the
; bundle's Python extension modules are locked too.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associategguf"; Description: "Open .gguf model files with Hearth"; GroupDescription: "File associations:"

[InstallDelete]
; An upgrade replaces the bundled runtime wholesale, so a library that a newer build dropped cannot
; linger and be loaded by mistake. Program folder only; never the user's data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Chat offline with Gemma models"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; .gguf -> Hearth, for this user only (HKCU\Software\Classes). Hearth opens a lone .gguf argument
; in the window and offers to import it (app/__main__.py, _wants_cli).
Root: HKCU; Subkey: "Software\Classes\.gguf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associategguf
Root: HKCU; Subkey: "Software\Classes\.gguf"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associategguf
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "GGUF model"; Flags: uninsdeletekey; Tasks: associategguf
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"; Tasks: associategguf
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: associategguf
; "Open with" lists Hearth for .gguf files even when the user keeps another default.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".gguf"; ValueData: ""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder, should anything be left in it. The user's data is handled in [Code].
Type: dirifempty; Name: "{app}"

[Code]
// The folder with the user's conversations (hearth.sqlite3), settings, downloaded models, cache
// and logs. It is not under {app}, so removing the program never touches it.
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#UserDataDirName}');
end;

// Uninstalling while Hearth runs would fail on locked files; ask the user to close it first.
// Silent uninstalls get Cancel (the default), so they stop rather than half-remove the program.
function InitializeUninstall(): Boolean;
begin
  Result := True;
  while CheckForMutexes('{#AppMutexName}') do
  begin
    if SuppressibleMsgBox('Hearth is running. Close it, then click OK to continue uninstalling.',
                          mbError, MB_OKCANCEL, IDCANCEL) <> IDOK then
    begin
      Result := False;
      Exit;
    end;
  end;
end;

// Keep the user's data unless they explicitly ask to remove it: No is the default button, and a
// silent uninstall keeps it unless run with /REMOVEUSERDATA=yes.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  RemoveUserData: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := UserDataDir();
  if not DirExists(DataDir) then
    Exit;
  if UninstallSilent() then
    RemoveUserData := CompareText(ExpandConstant('{param:REMOVEUSERDATA|no}'), 'yes') = 0
  else
    RemoveUserData := MsgBox('Hearth has been removed. Your conversations, settings and downloaded models ' +
                             'are still in:' + #13#10 + DataDir + #13#10#13#10 +
                             'Delete them too? This cannot be undone. Choose No to keep them for a ' +
                             'later reinstall.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if RemoveUserData then
    DelTree(DataDir, True, True, True);
end;
