; Inno Setup script for the Windows installer. Built by `make windows` (scripts/windows.sh, under Wine)
; and by .github/workflows/release.yml on Windows, with the same two steps:
;   pyinstaller --noconfirm --distpath dist\windows --workpath build\windows build.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\xauth-gui.iss   ->  dist\windows\xauth-gui-0.1.0-setup.exe
; Silent install: setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/CURRENTUSER]
; Uninstalling keeps the user's settings unless they say so (asked; silently: unins000.exe /PURGE).
#define AppName "xauth-gui"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\windows"
#endif

[Setup]
AppId={{6B1F3C2E-5D7A-4E9B-9C1D-2A8F0E4B7C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=xauth-gui
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir={#DistDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\xauth-gui.ico
UninstallDisplayIcon={app}\{#AppName}.exe
#ifdef Sign
; The release workflow passes /DSign and /Sxauthsign=<signtool command>: the setup and the uninstaller it
; writes are then signed (scripts/windows.sh signs the setup afterwards with osslsigncode instead).
SignTool=xauthsign
SignedUninstaller=yes
#endif
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog commandline
ShowLanguageDialog=auto
UsePreviousLanguage=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "pt_BR"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[CustomMessages]
en.RemoveSettings=Also delete your xauth-gui settings and saved profiles?%n%nChoose No to keep them for a later install.
de.RemoveSettings=Auch Ihre xauth-gui-Einstellungen und gespeicherten Profile löschen?%n%nWählen Sie „Nein“, um sie für eine spätere Installation zu behalten.
es.RemoveSettings=¿Eliminar también la configuración y los perfiles guardados de xauth-gui?%n%nElija No para conservarlos para una instalación posterior.
fr.RemoveSettings=Supprimer aussi vos réglages et profils enregistrés de xauth-gui ?%n%nChoisissez Non pour les garder pour une installation ultérieure.
ja.RemoveSettings=xauth-gui の設定と保存済みプロファイルも削除しますか?%n%n後で再インストールするときのために残す場合は「いいえ」を選んでください。
pt_BR.RemoveSettings=Excluir também as configurações e os perfis salvos do xauth-gui?%n%nEscolha Não para mantê-los para uma instalação futura.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppName}.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The settings live in %APPDATA%\xauth-gui (QSettings, IniFormat, user scope) and the secrets in the
  Windows Credential Manager; `xauth-gui.exe --forget-everything` removes both, as the app's own
  "delete profile" does, so the uninstaller asks the app before its files go. }
function PurgeAsked(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/PURGE') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Code: Integer;
  Remove: Boolean;
begin
  if CurUninstallStep = usUninstall then
  begin
    if UninstallSilent then
      Remove := PurgeAsked()
    else
      Remove := MsgBox(CustomMessage('RemoveSettings'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
    if Remove then
      Exec(ExpandConstant('{app}\{#AppName}.exe'), '--forget-everything', '', SW_HIDE, ewWaitUntilTerminated, Code);
  end;
end;
