<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Api</name>
        <message>
            <source>Who am I (GET /2/users/me)</source>
            <translation>Wer bin ich (GET /2/users/me)</translation>
        </message>
        <message>
            <source>Look up a user</source>
            <translation>Ein Konto nachschlagen</translation>
        </message>
        <message>
            <source>My posts</source>
            <translation>Meine Posts</translation>
        </message>
        <message>
            <source>Search recent posts</source>
            <translation>Neue Posts suchen</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Posten</translation>
        </message>
        <message>
            <source>Delete a post</source>
            <translation>Einen Post löschen</translation>
        </message>
        <message>
            <source>Like a post</source>
            <translation>Einen Post liken</translation>
        </message>
        <message>
            <source>Send a DM</source>
            <translation>Eine DM senden</translation>
        </message>
        <message>
            <source>List DMs</source>
            <translation>DMs auflisten</translation>
        </message>
        <message>
            <source>{left} of {limit} left; resets at {at}</source>
            <translation>{left} von {limit} übrig; zurückgesetzt um {at}</translation>
        </message>
        <message>
            <source>{left} of {limit} left</source>
            <translation>{left} von {limit} übrig</translation>
        </message>
        <message>
            <source>X no longer accepts this token (expired or revoked). Sign in again.</source>
            <translation>X akzeptiert dieses Token nicht mehr (abgelaufen oder widerrufen). Melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>This is a v1.1 endpoint your access level does not include; use the v2 API, or change your app's access in the developer console.</source>
            <translation>Dies ist ein v1.1-Endpunkt, den Ihre Zugriffsstufe nicht umfasst; verwenden Sie die v2-API oder ändern Sie den Zugriff Ihrer App in der Entwicklerkonsole.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>X answered with an error: {detail}</source>
            <translation>X hat mit einem Fehler geantwortet: {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}: {detail}</source>
            <translation>X hat den Aufruf abgelehnt: {title}: {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}.</source>
            <translation>X hat den Aufruf abgelehnt: {title}.</translation>
        </message>
        <message>
            <source>Your app used up its monthly posts or reads. Raise the cap in the developer console, or wait for next month.</source>
            <translation>Ihre App hat ihre monatlichen Posts oder Abrufe aufgebraucht. Erhöhen Sie das Limit in der Entwicklerkonsole oder warten Sie bis zum nächsten Monat.</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again after {time}.</source>
            <translation>Zu viele Aufrufe dieses Endpunkts. Warten Sie und versuchen Sie es nach {time} erneut.</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again in 15 minutes.</source>
            <translation>Zu viele Aufrufe dieses Endpunkts. Warten Sie und versuchen Sie es in 15 Minuten erneut.</translation>
        </message>
        <message>
            <source>This call acts for a user: send it with the user token, not the app-only one.</source>
            <translation>Dieser Aufruf handelt für ein Konto: Senden Sie ihn mit dem Benutzer-Token, nicht mit dem App-only-Token.</translation>
        </message>
        <message>
            <source>Your X app is not in a project with API access. In the developer console, put the app in a package (Pay-per-use) and its Production environment.</source>
            <translation>Ihre X-App ist in keinem Projekt mit API-Zugriff. Ordnen Sie die App in der Entwicklerkonsole einem Paket (Pay-per-use) und dessen Production-Umgebung zu.</translation>
        </message>
        <message>
            <source>This call is billed to the signed-in user, who has no developer account: create one in the developer console and enroll it in Pay-per-use.</source>
            <translation>Dieser Aufruf wird dem angemeldeten Konto berechnet, das kein Entwicklerkonto hat: Legen Sie eines in der Entwicklerkonsole an und melden Sie es für Pay-per-use an.</translation>
        </message>
        <message>
            <source>X refuses a post with the same text as a recent one: change the text.</source>
            <translation>X lehnt einen Post mit demselben Text wie ein kürzlicher ab: Ändern Sie den Text.</translation>
        </message>
        <message>
            <source>This call needs {scopes}, which this token was not granted.</source>
            <translation>Dieser Aufruf braucht {scopes}, was diesem Token nicht gewährt wurde.</translation>
        </message>
        <message>
            <source>X refused the call: a user path needs your own user id, or the app lacks access to it.</source>
            <translation>X hat den Aufruf abgelehnt: Ein Benutzerpfad braucht Ihre eigene Benutzer-ID, oder der App fehlt der Zugriff darauf.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>xauth-gui: unexpected error</source>
            <translation>xauth-gui: unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. The app keeps running; if something looks wrong, restart it.</source>
            <translation>Etwas Unerwartetes ist schiefgelaufen. Die App läuft weiter; wenn etwas falsch aussieht, starten Sie sie neu.</translation>
        </message>
        <message>
            <source>Some saved settings were damaged and were reset: {damaged}. Check the form before you sign in.</source>
            <translation>Einige gespeicherte Einstellungen waren beschädigt und wurden zurückgesetzt: {damaged}. Prüfen Sie das Formular, bevor Sie sich anmelden.</translation>
        </message>
    </context>
    <context>
        <name>AppForm</name>
        <message>
            <source>X (twitter.com / x.com)</source>
            <translation>X (twitter.com / x.com)</translation>
        </message>
        <message>
            <source>Sandbox: try it without an X account</source>
            <translation>Sandbox: ohne X-Konto ausprobieren</translation>
        </message>
        <message>
            <source>Custom server</source>
            <translation>Eigener Server</translation>
        </message>
        <message>
            <source>Public: Native App or Single page App</source>
            <translation>Public: Native App oder Single page App</translation>
        </message>
        <message>
            <source>Confidential: Web App, Automated App or Bot</source>
            <translation>Confidential: Web App, Automated App or Bot</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. No Client Secret.</source>
            <translation>Wie in den User authentication settings Ihrer X-App eingestellt. Kein Client Secret.</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. Paste its Client Secret.</source>
            <translation>Wie in den User authentication settings Ihrer X-App eingestellt. Fügen Sie ihr Client Secret ein.</translation>
        </message>
        <message>
            <source>Authorize URL:</source>
            <translation>Autorisierungs-URL:</translation>
        </message>
        <message>
            <source>Token URL:</source>
            <translation>Token-URL:</translation>
        </message>
        <message>
            <source>Revoke URL:</source>
            <translation>Widerrufs-URL:</translation>
        </message>
        <message>
            <source>Who-am-I URL:</source>
            <translation>Wer-bin-ich-URL:</translation>
        </message>
        <message>
            <source>Register exactly this as your X app's Callback URI.</source>
            <translation>Registrieren Sie genau dies als Callback URI Ihrer X-App.</translation>
        </message>
        <message>
            <source>1. Your X app</source>
            <translation>1. Ihre X-App</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>A&amp;dvanced</source>
            <translation>Erweitert (&amp;D)</translation>
        </message>
        <message>
            <source>Show the server endpoints and PKCE</source>
            <translation>Server-Endpunkte und PKCE anzeigen</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Anbieter (&amp;V):</translation>
        </message>
        <message>
            <source>Client type</source>
            <translation>Client-Typ</translation>
        </message>
        <message>
            <source>Client t&amp;ype:</source>
            <translation>Client-T&amp;yp:</translation>
        </message>
        <message>
            <source>Client Secret</source>
            <translation>Client Secret</translation>
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation>Client Secret (in Ihrem Schlüsselbund gespeichert)</translation>
        </message>
        <message>
            <source>Client &amp;Secret:</source>
            <translation>Client &amp;Secret:</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>Client ID</translation>
        </message>
        <message>
            <source>OAuth 2.0 Client ID, from your app's Keys and tokens</source>
            <translation>OAuth 2.0 Client ID, aus Keys and tokens Ihrer App</translation>
        </message>
        <message>
            <source>Where is it?</source>
            <translation>Wo finde ich sie?</translation>
        </message>
        <message>
            <source>Step by step through the X developer console</source>
            <translation>Schritt für Schritt durch die X-Entwicklerkonsole</translation>
        </message>
        <message>
            <source>&amp;Client ID:</source>
            <translation>&amp;Client ID:</translation>
        </message>
        <message>
            <source>Callback URI</source>
            <translation>Callback URI</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy callback URI</source>
            <translation>Callback URI kopieren</translation>
        </message>
        <message>
            <source>Callback &amp;URI:</source>
            <translation>Callback &amp;URI:</translation>
        </message>
        <message>
            <source>Server endpoints</source>
            <translation>Server-Endpunkte</translation>
        </message>
        <message>
            <source>PKCE method</source>
            <translation>PKCE-Methode</translation>
        </message>
        <message>
            <source>S256 (recommended)</source>
            <translation>S256 (empfohlen)</translation>
        </message>
        <message>
            <source>plain (only for servers without S256)</source>
            <translation>plain (nur für Server ohne S256)</translation>
        </message>
        <message>
            <source>&amp;PKCE:</source>
            <translation>&amp;PKCE:</translation>
        </message>
        <message>
            <source>The sandbox's own client, filled in for you: the Client type picks which one.</source>
            <translation>Der eigene Client der Sandbox, für Sie eingetragen: Der Client-Typ wählt, welcher.</translation>
        </message>
        <message>
            <source>⚠ plain PKCE sends the verifier in the clear; use it only if this server lacks S256.</source>
            <translation>⚠ plain-PKCE sendet den Verifier im Klartext; nutzen Sie es nur, wenn dieser Server S256 nicht kennt.</translation>
        </message>
        <message>
            <source>Runs inside this app at {address} while it is open.</source>
            <translation>Läuft in dieser App unter {address}, solange sie geöffnet ist.</translation>
        </message>
        <message>
            <source>Port {usual} is taken, so it runs at {address} this time.</source>
            <translation>Port {usual} ist belegt, daher läuft sie diesmal unter {address}.</translation>
        </message>
    </context>
    <context>
        <name>Authorize</name>
        <message>
            <source>authorize URL</source>
            <translation>Autorisierungs-URL</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>Token-URL</translation>
        </message>
        <message>
            <source>The callback URI is not a valid address.</source>
            <translation>Die Callback URI ist keine gültige Adresse.</translation>
        </message>
        <message>
            <source>Enter it as registered, e.g. http://127.0.0.1:8765/callback.</source>
            <translation>Geben Sie sie wie registriert ein, z. B. http://127.0.0.1:8765/callback.</translation>
        </message>
        <message>
            <source>The callback URI must be a full address.</source>
            <translation>Die Callback URI muss eine vollständige Adresse sein.</translation>
        </message>
        <message>
            <source>The callback URI must not contain '#'.</source>
            <translation>Die Callback URI darf kein „#“ enthalten.</translation>
        </message>
        <message>
            <source>Remove the part from '#' on.</source>
            <translation>Entfernen Sie den Teil ab „#“.</translation>
        </message>
        <message>
            <source>The answer does not say which server sent it, although {expected} always says so.</source>
            <translation>Die Antwort sagt nicht, welcher Server sie gesendet hat, obwohl {expected} das immer angibt.</translation>
        </message>
        <message>
            <source>The answer says it comes from {got}, but this login was sent to {expected}.</source>
            <translation>Die Antwort gibt an, von {got} zu kommen, aber diese Anmeldung ging an {expected}.</translation>
        </message>
        <message>
            <source>It was refused before any token request.</source>
            <translation>Sie wurde vor jeder Token-Anfrage abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Status message</source>
            <translation>Statusmeldung</translation>
        </message>
        <message>
            <source>Fill in your app's details, pick permissions, then press Authorize.</source>
            <translation>Tragen Sie die Daten Ihrer App ein, wählen Sie Berechtigungen und klicken Sie dann auf „Autorisieren“.</translation>
        </message>
    </context>
    <context>
        <name>Billing</name>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n Post</numerusform>
                <numerusform>%n Posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n Konto</numerusform>
                <numerusform>%n Konten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n list(s)</source>
            <translation>
                <numerusform>%n Liste</numerusform>
                <numerusform>%n Listen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Space(s)</source>
            <translation>
                <numerusform>%n Space</numerusform>
                <numerusform>%n Spaces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n direct message(s)</source>
            <translation>
                <numerusform>%n Direktnachricht</numerusform>
                <numerusform>%n Direktnachrichten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n media item(s)</source>
            <translation>
                <numerusform>%n Medium</numerusform>
                <numerusform>%n Medien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n community(ies)</source>
            <translation>
                <numerusform>%n Community</numerusform>
                <numerusform>%n Communitys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n news story(ies)</source>
            <translation>
                <numerusform>%n Nachrichtenartikel</numerusform>
                <numerusform>%n Nachrichtenartikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trend(s)</source>
            <translation>
                <numerusform>%n Trend</numerusform>
                <numerusform>%n Trends</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Community Note(s)</source>
            <translation>
                <numerusform>%n Community Note</numerusform>
                <numerusform>%n Community Notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n Ort</numerusform>
                <numerusform>%n Orte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n poll(s)</source>
            <translation>
                <numerusform>%n Umfrage</numerusform>
                <numerusform>%n Umfragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s)</source>
            <translation>
                <numerusform>%n Thema</numerusform>
                <numerusform>%n Themen</numerusform>
            </translation>
        </message>
        <message>
            <source>This answer returned {resources}.</source>
            <translation>Diese Antwort lieferte {resources}.</translation>
        </message>
        <message>
            <source>Pay-per-use: X bills each resource once per UTC day, however many calls return it; the rates are in your developer console.</source>
            <translation>Pay-per-use: X berechnet jede Ressource einmal pro UTC-Tag, egal wie viele Aufrufe sie liefern; die Preise stehen in Ihrer Entwicklerkonsole.</translation>
        </message>
    </context>
    <context>
        <name>Binding</name>
        <message>
            <source>the sandbox (Client ID {client_id})</source>
            <translation>die Sandbox (Client ID {client_id})</translation>
        </message>
        <message>
            <source>{server} (Client ID {client_id})</source>
            <translation>{server} (Client ID {client_id})</translation>
        </message>
    </context>
    <context>
        <name>Calls</name>
        <message>
            <source>token URL</source>
            <translation>Token-URL</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>Widerrufs-URL</translation>
        </message>
        <message>
            <source>who-am-I URL</source>
            <translation>Wer-bin-ich-URL</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>API-URL</translation>
        </message>
        <message>
            <source>metadata URL</source>
            <translation>Metadaten-URL</translation>
        </message>
    </context>
    <context>
        <name>Client</name>
        <message>
            <source>The Client ID is empty.</source>
            <translation>Die Client ID ist leer.</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation>Fügen Sie die OAuth 2.0 Client ID aus Keys and tokens ein.</translation>
        </message>
        <message>
            <source>The Client ID contains blanks.</source>
            <translation>Die Client ID enthält Leerzeichen.</translation>
        </message>
        <message>
            <source>Copy it again from Keys and tokens.</source>
            <translation>Kopieren Sie sie erneut aus Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains characters a Client ID can't have.</source>
            <translation>Die Client ID enthält Zeichen, die eine Client ID nicht haben kann.</translation>
        </message>
        <message>
            <source>A confidential client needs its Client Secret.</source>
            <translation>Ein vertraulicher Client braucht sein Client Secret.</translation>
        </message>
        <message>
            <source>Paste the Client Secret, or choose Public if your X app is a Native App or Single page App.</source>
            <translation>Fügen Sie das Client Secret ein oder wählen Sie Public, wenn Ihre X-App eine Native App oder Single page App ist.</translation>
        </message>
        <message>
            <source>This looks like the numeric App ID, not the OAuth 2.0 Client ID.</source>
            <translation>Das sieht nach der numerischen App-ID aus, nicht nach der OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>This looks like an app-only Bearer token, not the OAuth 2.0 Client ID.</source>
            <translation>Das sieht nach einem App-only-Bearer-Token aus, nicht nach der OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>This looks like an API Key (consumer key), not the OAuth 2.0 Client ID.</source>
            <translation>Das sieht nach einem API Key (Consumer Key) aus, nicht nach der OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from your app's Keys and tokens page.</source>
            <translation>Fügen Sie die OAuth 2.0 Client ID von der Seite Keys and tokens Ihrer App ein.</translation>
        </message>
        <message>
            <source> Use the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation> Verwenden Sie die OAuth 2.0 Client ID aus Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains blanks; copy it again.</source>
            <translation>Die Client ID enthält Leerzeichen; kopieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>An X OAuth 2.0 Client ID is a long code of letters and digits; check that you copied all of it.</source>
            <translation>Eine OAuth 2.0 Client ID von X ist ein langer Code aus Buchstaben und Ziffern; prüfen Sie, ob Sie alles kopiert haben.</translation>
        </message>
        <message>
            <source>This Client ID looks like a confidential client's; check the Client type below.</source>
            <translation>Diese Client ID sieht nach einem vertraulichen Client (Confidential) aus; prüfen Sie unten den Client-Typ.</translation>
        </message>
        <message>
            <source>This Client ID looks like a public client's; check the Client type below.</source>
            <translation>Diese Client ID sieht nach einem öffentlichen Client (Public) aus; prüfen Sie unten den Client-Typ.</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <source>There is no app-only token for this profile yet: press Get app-only token.</source>
            <translation>Für dieses Profil gibt es noch kein App-only-Token: Klicken Sie auf App-only-Token holen.</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>Noch kein Token: Klicken Sie zuerst auf „Autorisieren“, um sich anzumelden.</translation>
        </message>
        <message>
            <source> Sign in again for these settings.</source>
            <translation> Melden Sie sich für diese Einstellungen erneut an.</translation>
        </message>
        <message>
            <source>Cancelled: the answer, if it comes, is not shown.</source>
            <translation>Abgebrochen: Die Antwort wird, falls sie kommt, nicht angezeigt.</translation>
        </message>
        <message>
            <source>Enter the API Key and its Secret first.</source>
            <translation>Geben Sie zuerst den API Key und sein Secret ein.</translation>
        </message>
        <message>
            <source>App-only token ready: it reads public data for your app, with no user.</source>
            <translation>App-only-Token bereit: Es liest öffentliche Daten für Ihre App, ohne Konto.</translation>
        </message>
        <message>
            <source>The app-only token was invalidated.</source>
            <translation>Das App-only-Token wurde ungültig gemacht.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleCatalogue</name>
        <message>
            <source>Find an X API call</source>
            <translation>Einen X-API-Aufruf finden</translation>
        </message>
        <message>
            <source>Find a call: words, a path or a name</source>
            <translation>Aufruf finden: Wörter, ein Pfad oder ein Name</translation>
        </message>
        <message>
            <source>X API calls</source>
            <translation>X-API-Aufrufe</translation>
        </message>
        <message>
            <source> (stream)</source>
            <translation> (Stream)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) found</source>
            <translation>
                <numerusform>%n Aufruf gefunden</numerusform>
                <numerusform>%n Aufrufe gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready calls</source>
            <translation>Fertige Aufrufe</translation>
        </message>
        <message>
            <source>{summary}: the user token (with {scopes}) or the app-only token.</source>
            <translation>{summary}: das Benutzer-Token (mit {scopes}) oder das App-only-Token.</translation>
        </message>
        <message>
            <source>{summary}: the user token, with {scopes}.</source>
            <translation>{summary}: das Benutzer-Token, mit {scopes}.</translation>
        </message>
        <message>
            <source>{summary}: only the app-only token (Send with: the app-only token).</source>
            <translation>{summary}: nur das App-only-Token (Senden mit: das App-only-Token).</translation>
        </message>
        <message>
            <source>{summary}: a token kind this app does not make (OAuth 1.0a).</source>
            <translation>{summary}: eine Token-Art, die diese App nicht erstellt (OAuth 1.0a).</translation>
        </message>
        <message>
            <source> It is a stream: it keeps sending.</source>
            <translation> Es ist ein Stream: Er sendet fortlaufend.</translation>
        </message>
        <message>
            <source>The user token is chosen: it acts as you and sees your own data. This call also takes the app-only token.</source>
            <translation>Das Benutzer-Token ist gewählt: Es handelt als Sie und sieht Ihre eigenen Daten. Dieser Aufruf nimmt auch das App-only-Token.</translation>
        </message>
        <message>
            <source>This call takes only the user token.</source>
            <translation>Dieser Aufruf nimmt nur das Benutzer-Token.</translation>
        </message>
        <message>
            <source>The app-only token is chosen: this call takes no user token. Make one below with your app's API Key and Secret.</source>
            <translation>Das App-only-Token ist gewählt: Dieser Aufruf nimmt kein Benutzer-Token. Erstellen Sie eines unten mit API Key und Secret Ihrer App.</translation>
        </message>
        <message>
            <source>This call takes only OAuth 1.0a user tokens, which this app does not make.</source>
            <translation>Dieser Aufruf nimmt nur OAuth-1.0a-Benutzer-Tokens, die diese App nicht erstellt.</translation>
        </message>
    </context>
    <context>
        <name>ConsolePanel</name>
        <message>
            <source>Add these permissions and sign in again</source>
            <translation>Diese Berechtigungen hinzufügen und erneut anmelden</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Erneut anmelden</translation>
        </message>
        <message>
            <source>Open the developer console</source>
            <translation>Entwicklerkonsole öffnen</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <translation>Trotzdem senden</translation>
        </message>
        <message>
            <source>Send with the user token</source>
            <translation>Mit dem Benutzer-Token senden</translation>
        </message>
        <message>
            <source>Try it: call the X API with your token</source>
            <translation>Ausprobieren: die X-API mit Ihrem Token aufrufen</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Streaming: posts appear as they come. Press Stop to end.</source>
            <translation>Streaming: Posts erscheinen, sobald sie kommen. Klicken Sie auf „Stopp“, um zu beenden.</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>curl</source>
            <translation>curl</translation>
        </message>
        <message>
            <source>Python (requests)</source>
            <translation>Python (requests)</translation>
        </message>
        <message>
            <source>JavaScript (fetch)</source>
            <translation>JavaScript (fetch)</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Answer as a tree</source>
            <translation>Antwort als Baum</translation>
        </message>
        <message>
            <source>Answer body</source>
            <translation>Antworttext</translation>
        </message>
        <message>
            <source>Answer headers</source>
            <translation>Antwort-Header</translation>
        </message>
        <message>
            <source>&amp;Tree</source>
            <translation>&amp;Baum</translation>
        </message>
        <message>
            <source>&amp;Raw</source>
            <translation>&amp;Roh</translation>
        </message>
        <message>
            <source>He&amp;aders</source>
            <translation>He&amp;ader</translation>
        </message>
        <message>
            <source>This session's calls</source>
            <translation>Aufrufe dieser Sitzung</translation>
        </message>
        <message>
            <source>This session's calls (addresses redacted like the request log)</source>
            <translation>Die Aufrufe dieser Sitzung (Adressen geschwärzt wie im Anfrageprotokoll)</translation>
        </message>
        <message>
            <source>This session's ca&amp;lls</source>
            <translation>Aufrufe dieser Sitzung (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>&amp;Nächste Seite</translation>
        </message>
        <message>
            <source>Send the same call for the page after this one</source>
            <translation>Denselben Aufruf für die Seite danach senden</translation>
        </message>
        <message>
            <source>Cop&amp;y snippet</source>
            <translation>Snippet kop&amp;ieren</translation>
        </message>
        <message>
            <source>Sn&amp;ippet:</source>
            <translation>Sni&amp;ppet:</translation>
        </message>
        <message>
            <source>Streaming…</source>
            <translation>Streaming…</translation>
        </message>
        <message>
            <source>stream ended</source>
            <translation>Stream beendet</translation>
        </message>
        <message>
            <source>(more in the Raw tab)</source>
            <translation>(mehr im Tab „Roh“)</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} Bytes</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>the user token (acts as you)</source>
            <translation>das Benutzer-Token (handelt als Sie)</translation>
        </message>
        <message>
            <source>the app-only token (public data, no user)</source>
            <translation>das App-only-Token (öffentliche Daten, kein Konto)</translation>
        </message>
        <message>
            <source>Name: value; Name: value</source>
            <translation>Name: Wert; Name: Wert</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>&amp;Call:</source>
            <translation>Aufruf (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>Send &amp;with:</source>
            <translation>Senden mit (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;JSON body:</source>
            <translation>&amp;JSON-Body:</translation>
        </message>
        <message>
            <source>Extra h&amp;eaders:</source>
            <translation>Zusätzliche H&amp;eader:</translation>
        </message>
        <message>
            <source>Send the call (Ctrl+Enter)</source>
            <translation>Aufruf senden (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>Als curl kopieren</translation>
        </message>
        <message>
            <source>with the token in full</source>
            <translation>mit dem vollständigen Token</translation>
        </message>
        <message>
            <source>Save response…</source>
            <translation>Antwort speichern…</translation>
        </message>
        <message>
            <source>App-only Bearer token (optional)</source>
            <translation>App-only-Bearer-Token (optional)</translation>
        </message>
        <message>
            <source>consumer key</source>
            <translation>Consumer Key</translation>
        </message>
        <message>
            <source>API Key</source>
            <translation>API Key</translation>
        </message>
        <message>
            <source>API Key Secret</source>
            <translation>API Key Secret</translation>
        </message>
        <message>
            <source>API &amp;Key:</source>
            <translation>API &amp;Key:</translation>
        </message>
        <message>
            <source>API Key &amp;Secret:</source>
            <translation>API Key &amp;Secret:</translation>
        </message>
        <message>
            <source>Get app-only token</source>
            <translation>App-only-Token holen</translation>
        </message>
        <message>
            <source>Invalidate</source>
            <translation>Ungültig machen</translation>
        </message>
        <message>
            <source>User token: acts as you (post, DMs, your data). App-only: public data only, for your app.</source>
            <translation>Benutzer-Token: handelt als Sie (posten, DMs, Ihre Daten). App-only: nur öffentliche Daten, für Ihre App.</translation>
        </message>
        <message>
            <source> · token refreshed first</source>
            <translation> · Token vorher erneuert</translation>
        </message>
        <message>
            <source>
… (cut here; Save response… keeps it all)</source>
            <translation>
… (hier gekürzt; „Antwort speichern…“ behält alles)</translation>
        </message>
        <message>
            <source>Save response</source>
            <translation>Antwort speichern</translation>
        </message>
        <message>
            <source>The JSON body is nested too deeply to check.</source>
            <translation>Der JSON-Body ist zu tief verschachtelt, um ihn zu prüfen.</translation>
        </message>
        <message>
            <source>The JSON body is not valid JSON (line {line}, column {column}).</source>
            <translation>Der JSON-Body ist kein gültiges JSON (Zeile {line}, Spalte {column}).</translation>
        </message>
        <message>
            <source>&amp;Upload media…</source>
            <translation>Medien &amp;hochladen…</translation>
        </message>
        <message>
            <source>Upload an image or a video for your next post</source>
            <translation>Ein Bild oder Video für Ihren nächsten Post hochladen</translation>
        </message>
        <message>
            <source>Upload progress</source>
            <translation>Upload-Fortschritt</translation>
        </message>
        <message>
            <source>Cancel upload</source>
            <translation>Upload abbrechen</translation>
        </message>
        <message>
            <source>Upload media</source>
            <translation>Medien hochladen</translation>
        </message>
        <message>
            <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</source>
            <translation>Bilder und Videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</translation>
        </message>
        <message>
            <source>Uploading media needs {scope}, which this token was not granted.</source>
            <translation>Zum Hochladen von Medien braucht es {scope}, was diesem Token nicht gewährt wurde.</translation>
        </message>
        <message>
            <source>Uploaded: media id {id}. It is in the body of your next post.</source>
            <translation>Hochgeladen: Medien-ID {id}. Sie steht im Text Ihres nächsten Posts.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleQuery</name>
        <message>
            <source>comma-separated: {values}</source>
            <translation>kommagetrennt: {values}</translation>
        </message>
        <message>
            <source>for example {example}</source>
            <translation>zum Beispiel {example}</translation>
        </message>
        <message>
            <source>Query parameters</source>
            <translation>Query-Parameter</translation>
        </message>
        <message>
            <source> (required)</source>
            <translation> (Pflicht)</translation>
        </message>
    </context>
    <context>
        <name>ConsoleStream</name>
        <message>
            <source>{kb} KB received.</source>
            <translation>{kb} KB empfangen.</translation>
        </message>
        <message>
            <source>The stream stopped itself after {s} seconds, its time limit here.</source>
            <translation>Der Stream hat sich nach {s} Sekunden selbst beendet, seinem Zeitlimit hier.</translation>
        </message>
        <message>
            <source>The stream stopped itself after {mb} MB, its size limit here.</source>
            <translation>Der Stream hat sich nach {mb} MB selbst beendet, seinem Größenlimit hier.</translation>
        </message>
        <message>
            <source>Stream stopped.</source>
            <translation>Stream gestoppt.</translation>
        </message>
        <message>
            <source>The server ended the stream.</source>
            <translation>Der Server hat den Stream beendet.</translation>
        </message>
        <message>
            <source>The connection broke; send the call again to reconnect.</source>
            <translation>Die Verbindung ist abgebrochen; senden Sie den Aufruf erneut, um neu zu verbinden.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>The settings changed. Press Authorize when they are ready.</source>
            <translation>Die Einstellungen haben sich geändert. Klicken Sie auf „Autorisieren“, wenn sie fertig sind.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>Etwas Unerwartetes ist schiefgelaufen.</translation>
        </message>
        <message>
            <source>Try again; if it repeats, copy the request log into a bug report.</source>
            <translation>Versuchen Sie es erneut; wenn es wieder passiert, kopieren Sie das Anfrageprotokoll in einen Fehlerbericht.</translation>
        </message>
        <message>
            <source>Send it to this server</source>
            <translation>An diesen Server senden</translation>
        </message>
        <message>
            <source>Use another port</source>
            <translation>Anderen Port verwenden</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Erneut anmelden</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>Diese Einstellungen wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>Diagnose</name>
        <message>
            <source>Window system</source>
            <translation>Fenstersystem</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>Schlüsselbund</translation>
        </message>
        <message>
            <source>TLS trust store</source>
            <translation>TLS-Zertifikatsspeicher</translation>
        </message>
        <message>
            <source>Callback port</source>
            <translation>Callback-Port</translation>
        </message>
        <message>
            <source>Sandbox login</source>
            <translation>Sandbox-Anmeldung</translation>
        </message>
        <message>
            <source>could not start the check ({error}).</source>
            <translation>die Prüfung konnte nicht gestartet werden ({error}).</translation>
        </message>
        <message>
            <source>no display here (DISPLAY is not set), so the window can't open in this session. Run the app from your desktop; QT_QPA_PLATFORM=offscreen checks the rest.</source>
            <translation>hier gibt es keine Anzeige (DISPLAY ist nicht gesetzt), daher kann sich das Fenster in dieser Sitzung nicht öffnen. Starten Sie die App von Ihrem Desktop aus; QT_QPA_PLATFORM=offscreen prüft den Rest.</translation>
        </message>
        <message>
            <source>Qt could not open a window here. {hint}</source>
            <translation>Qt konnte hier kein Fenster öffnen. {hint}</translation>
        </message>
        <message>
            <source>Is a display available?</source>
            <translation>Ist eine Anzeige verfügbar?</translation>
        </message>
        <message>
            <source>Qt platform '{platform}' loaded, but no font has Latin letters.</source>
            <translation>Qt-Plattform „{platform}“ geladen, aber keine Schrift hat lateinische Buchstaben.</translation>
        </message>
        <message>
            <source>Qt {qt} platform '{platform}', font '{font}' renders text.</source>
            <translation>Qt {qt}, Plattform „{platform}“, Schrift „{font}“ stellt Text dar.</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work.</source>
            <translation>{store}: Schreiben, Lesen und Löschen funktionieren.</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work (a plain-text backend: secrets are not protected).</source>
            <translation>{store}: Schreiben, Lesen und Löschen funktionieren (ein Klartext-Speicher: Geheimnisse sind nicht geschützt).</translation>
        </message>
        <message>
            <source>{store}: a test entry did not read back correctly.</source>
            <translation>{store}: Ein Testeintrag wurde nicht korrekt zurückgelesen.</translation>
        </message>
        <message>
            <source>{problem} The app keeps tokens in memory for the session.</source>
            <translation>{problem} Die App hält Tokens für diese Sitzung im Arbeitsspeicher.</translation>
        </message>
        <message>
            <source>the keyring did not answer in time (an unlock prompt may be waiting).</source>
            <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet (vielleicht wartet eine Entsperrabfrage).</translation>
        </message>
        <message>
            <source>the certificate bundle could not be loaded ({error}).</source>
            <translation>das Zertifikatsbündel konnte nicht geladen werden ({error}).</translation>
        </message>
        <message numerus="yes">
            <source>only %n certificate authorities loaded.</source>
            <translation>
                <numerusform>nur %n Zertifizierungsstelle geladen.</numerusform>
                <numerusform>nur %n Zertifizierungsstellen geladen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate authorities loaded (HTTPS to X can be verified).</source>
            <translation>
                <numerusform>%n Zertifizierungsstelle geladen (HTTPS zu X kann geprüft werden).</numerusform>
                <numerusform>%n Zertifizierungsstellen geladen (HTTPS zu X kann geprüft werden).</numerusform>
            </translation>
        </message>
        <message>
            <source>{uri} is not a loopback http address; use the paste box to log in.</source>
            <translation>{uri} ist keine Loopback-http-Adresse; verwenden Sie zum Anmelden das Einfügefeld.</translation>
        </message>
        <message>
            <source>{uri} can be opened for the browser's answer.</source>
            <translation>{uri} kann für die Antwort des Browsers geöffnet werden.</translation>
        </message>
        <message>
            <source>stopped at {where} after {steps}. {banner}</source>
            <translation>angehalten bei {where} nach {steps}. {banner}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>authorize, callback, exchange, refresh, who am I and revoke all work.</source>
            <translation>Autorisieren, Callback, Austausch, Erneuern, Wer bin ich und Widerrufen funktionieren.</translation>
        </message>
        <message>
            <source>the login</source>
            <translation>die Anmeldung</translation>
        </message>
        <message>
            <source>login</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>the refresh</source>
            <translation>das Erneuern</translation>
        </message>
        <message>
            <source>the old refresh token still works after a refresh</source>
            <translation>das alte Refresh-Token funktioniert nach dem Erneuern noch</translation>
        </message>
        <message>
            <source>refresh</source>
            <translation>Erneuern</translation>
        </message>
        <message>
            <source>who am I</source>
            <translation>Wer bin ich</translation>
        </message>
        <message>
            <source>who am I did not name the account</source>
            <translation>„Wer bin ich“ hat das Konto nicht genannt</translation>
        </message>
        <message>
            <source>the revoke</source>
            <translation>das Widerrufen</translation>
        </message>
        <message>
            <source>the access token still works after revoking</source>
            <translation>das Zugriffstoken funktioniert nach dem Widerrufen noch</translation>
        </message>
        <message>
            <source>revoke</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>{where}, frozen</source>
            <translation>{where}, gebündelt</translation>
        </message>
        <message>
            <source>{app} {version} diagnostics ({where})</source>
            <translation>{app} {version} Diagnose ({where})</translation>
        </message>
        <message>
            <source>All needed checks passed.</source>
            <translation>Alle nötigen Prüfungen bestanden.</translation>
        </message>
        <message>
            <source>Some checks failed: see the lines marked ✕.</source>
            <translation>Einige Prüfungen sind fehlgeschlagen: siehe die mit ✕ markierten Zeilen.</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>&amp;Diagnostics…</source>
            <translation>&amp;Diagnose…</translation>
        </message>
        <message>
            <source>Running diagnostics (about 10 seconds)…</source>
            <translation>Diagnose läuft (etwa 10 Sekunden)…</translation>
        </message>
        <message>
            <source>Diagnostics finished: all needed checks passed.</source>
            <translation>Diagnose beendet: Alle nötigen Prüfungen bestanden.</translation>
        </message>
        <message>
            <source>Diagnostics finished: some checks failed.</source>
            <translation>Diagnose beendet: Einige Prüfungen sind fehlgeschlagen.</translation>
        </message>
        <message>
            <source>xauth-gui diagnostics</source>
            <translation>xauth-gui-Diagnose</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Bericht kopieren</translation>
        </message>
    </context>
    <context>
        <name>Discovery</name>
        <message>
            <source>Nothing was changed. Check the address, or fill in the endpoints.</source>
            <translation>Nichts wurde geändert. Prüfen Sie die Adresse oder tragen Sie die Endpunkte selbst ein.</translation>
        </message>
        <message>
            <source>issuer address</source>
            <translation>Issuer-Adresse</translation>
        </message>
        <message>
            <source>An issuer address has no ? or # part.</source>
            <translation>Eine Issuer-Adresse hat keinen ?- oder #-Teil.</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” list.</source>
            <translation>Die Metadaten des Servers enthalten eine beschädigte Liste „{name}“.</translation>
        </message>
        <message>
            <source>The server's metadata does not name its “{name}”.</source>
            <translation>Die Metadaten des Servers nennen kein „{name}“.</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document (not JSON).</source>
            <translation>Die Antwort des Servers ist kein Metadaten-Dokument (kein JSON).</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document.</source>
            <translation>Die Antwort des Servers ist kein Metadaten-Dokument.</translation>
        </message>
        <message>
            <source>The metadata says it is for “{named}”, not for “{issuer}”, so it was not used.</source>
            <translation>Die Metadaten gelten laut eigener Angabe für „{named}“, nicht für „{issuer}“, und wurden daher nicht verwendet.</translation>
        </message>
        <message>
            <source>Type the issuer exactly as the server's documentation gives it.</source>
            <translation>Geben Sie den Issuer genau so ein, wie ihn die Dokumentation des Servers nennt.</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” value.</source>
            <translation>Die Metadaten des Servers enthalten einen beschädigten Wert „{name}“.</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>Autorisierungs-URL</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>Token-URL</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>Widerrufs-URL</translation>
        </message>
        <message>
            <source>It names no {what}; the built-in {ours} is kept.</source>
            <translation>Sie nennen keine {what}; die eingebaute {ours} bleibt.</translation>
        </message>
        <message>
            <source>Its {what} is {theirs}; the built-in {ours} is kept.</source>
            <translation>Ihre {what} ist {theirs}; die eingebaute {ours} bleibt.</translation>
        </message>
        <message>
            <source>Issuer or metadata address</source>
            <translation>Issuer- oder Metadaten-Adresse</translation>
        </message>
        <message>
            <source>https://login.example.com</source>
            <translation>https://login.example.com</translation>
        </message>
        <message>
            <source>Fill in reads the server's published settings and fills the endpoints below.</source>
            <translation>„Ausfüllen“ liest die veröffentlichten Einstellungen des Servers und füllt die Endpunkte darunter aus.</translation>
        </message>
        <message>
            <source>Fill in</source>
            <translation>Ausfüllen</translation>
        </message>
        <message>
            <source>Fill in from the server's metadata</source>
            <translation>Aus den Metadaten des Servers ausfüllen</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Issuer:</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Compare with X's metadata</source>
            <translation>Mit den Metadaten von X vergleichen</translation>
        </message>
        <message>
            <source>Reading the server's metadata…</source>
            <translation>Metadaten des Servers werden gelesen…</translation>
        </message>
        <message>
            <source>They agree.</source>
            <translation>Sie stimmen überein.</translation>
        </message>
        <message>
            <source>X's metadata, compared:</source>
            <translation>Die Metadaten von X im Vergleich:</translation>
        </message>
        <message>
            <source>The endpoints were not filled in:</source>
            <translation>Die Endpunkte wurden nicht ausgefüllt:</translation>
        </message>
        <message>
            <source>Filled in from the metadata of {issuer}.</source>
            <translation>Aus den Metadaten von {issuer} ausgefüllt.</translation>
        </message>
        <message>
            <source>A Client Secret goes in the request body, the only way it offers.</source>
            <translation>Ein Client Secret wird im Anfragetext gesendet, der einzigen Art, die der Server anbietet.</translation>
        </message>
        <message>
            <source>Every answer from the browser must name this server.</source>
            <translation>Jede Antwort aus dem Browser muss diesen Server nennen.</translation>
        </message>
        <message>
            <source>It offers only plain PKCE; S256 is kept, so it may refuse the login.</source>
            <translation>Der Server bietet nur „plain“-PKCE an; S256 bleibt eingestellt, daher lehnt er die Anmeldung eventuell ab.</translation>
        </message>
        <message>
            <source>Only plain PKCE</source>
            <translation>Nur „plain“-PKCE</translation>
        </message>
        <message>
            <source>This server offers only plain PKCE, which sends the login's secret check value in the clear. Use plain for this server?</source>
            <translation>Dieser Server bietet nur „plain“-PKCE an, das den geheimen Prüfwert der Anmeldung im Klartext sendet. „plain“ für diesen Server verwenden?</translation>
        </message>
    </context>
    <context>
        <name>ErrorMapping</name>
        <message>
            <source>The server refused the request (HTTP {status}) with an answer that is not JSON.</source>
            <translation>Der Server hat die Anfrage abgelehnt (HTTP {status}), mit einer Antwort, die kein JSON ist.</translation>
        </message>
        <message>
            <source>Try again after {time}.</source>
            <translation>Versuchen Sie es nach {time} erneut.</translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) and try again; nothing was lost.</source>
            <translation>
                <numerusform>Warten Sie %n Sekunde und versuchen Sie es erneut; nichts ging verloren.</numerusform>
                <numerusform>Warten Sie %n Sekunden und versuchen Sie es erneut; nichts ging verloren.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused to issue tokens for this login.</source>
            <translation>Der Server hat sich geweigert, für diese Anmeldung Tokens auszustellen.</translation>
        </message>
        <message>
            <source>The server refused to refresh the token.</source>
            <translation>Der Server hat sich geweigert, das Token zu erneuern.</translation>
        </message>
        <message>
            <source>The server refused to revoke the token.</source>
            <translation>Der Server hat sich geweigert, das Token zu widerrufen.</translation>
        </message>
        <message>
            <source>The server refused the who-am-I request.</source>
            <translation>Der Server hat die Wer-bin-ich-Anfrage abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Etwas ist schiefgelaufen.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{message}: “{reason}”.</source>
            <translation>{message}: „{reason}“.</translation>
        </message>
        <message>
            <source>{message} ({error}).</source>
            <translation>{message} ({error}).</translation>
        </message>
        <message>
            <source>{message} {hint}</source>
            <translation>{message} {hint}</translation>
        </message>
        <message>
            <source>The settings are not complete.</source>
            <translation>Die Einstellungen sind nicht vollständig.</translation>
        </message>
        <message>
            <source>Check the highlighted field.</source>
            <translation>Prüfen Sie das markierte Feld.</translation>
        </message>
        <message>
            <source>The answer from the browser could not be used.</source>
            <translation>Die Antwort aus dem Browser war nicht verwendbar.</translation>
        </message>
        <message>
            <source>Start the login again.</source>
            <translation>Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>That address is not this app's callback address.</source>
            <translation>Diese Adresse ist nicht die Callback-Adresse dieser App.</translation>
        </message>
        <message>
            <source>Paste the full address the browser showed after you approved, starting with the callback URI.</source>
            <translation>Fügen Sie die vollständige Adresse ein, die der Browser nach Ihrer Zustimmung zeigte, beginnend mit der Callback URI.</translation>
        </message>
        <message>
            <source>The answer from the browser is damaged (a value appears twice or is badly encoded).</source>
            <translation>Die Antwort aus dem Browser ist beschädigt (ein Wert kommt doppelt vor oder ist falsch kodiert).</translation>
        </message>
        <message>
            <source>Start the login again; if you pasted it, copy the whole address once more.</source>
            <translation>Starten Sie die Anmeldung erneut; wenn Sie sie eingefügt haben, kopieren Sie die ganze Adresse noch einmal.</translation>
        </message>
        <message>
            <source>That is not the address the browser shows after you approve.</source>
            <translation>Das ist nicht die Adresse, die der Browser nach Ihrer Zustimmung zeigt.</translation>
        </message>
        <message>
            <source>Copy the whole address from the browser's address bar (it starts with http) and paste it again.</source>
            <translation>Kopieren Sie die ganze Adresse aus der Adressleiste des Browsers (sie beginnt mit http) und fügen Sie sie erneut ein.</translation>
        </message>
        <message>
            <source>The answer from the browser does not belong to this login (its state does not match).</source>
            <translation>Die Antwort aus dem Browser gehört nicht zu dieser Anmeldung (ihr state passt nicht).</translation>
        </message>
        <message>
            <source>It was ignored. Finish the login in the browser tab this app opened, or start again.</source>
            <translation>Sie wurde ignoriert. Schließen Sie die Anmeldung im Browser-Tab ab, den diese App geöffnet hat, oder starten Sie neu.</translation>
        </message>
        <message>
            <source>The browser came back without an authorization code.</source>
            <translation>Der Browser kam ohne Autorisierungscode zurück.</translation>
        </message>
        <message>
            <source>Start the login again and press Authorize on X's page.</source>
            <translation>Starten Sie die Anmeldung erneut und klicken Sie auf der Seite von X auf „Authorize app“.</translation>
        </message>
        <message>
            <source>Start the login again and approve the request on the server's page.</source>
            <translation>Starten Sie die Anmeldung erneut und stimmen Sie der Anfrage auf der Seite des Servers zu.</translation>
        </message>
        <message>
            <source>The answer came from a different server than the one this login was sent to.</source>
            <translation>Die Antwort kam von einem anderen Server als dem, an den diese Anmeldung ging.</translation>
        </message>
        <message>
            <source>Start the login again. If it happens again, check the server's settings with its administrator.</source>
            <translation>Starten Sie die Anmeldung erneut. Passiert es wieder, lassen Sie die Einstellungen des Servers von seinem Administrator prüfen.</translation>
        </message>
        <message>
            <source>You declined the request in the browser, so no token was issued.</source>
            <translation>Sie haben die Anfrage im Browser abgelehnt, daher wurde kein Token ausgestellt.</translation>
        </message>
        <message>
            <source>Press Authorize again and choose Authorize app on X's page if you want a token.</source>
            <translation>Klicken Sie erneut auf „Autorisieren“ und wählen Sie auf der Seite von X „Authorize app“, wenn Sie ein Token möchten.</translation>
        </message>
        <message>
            <source>Press Authorize again and approve the request on the server's page if you want a token.</source>
            <translation>Klicken Sie erneut auf „Autorisieren“ und stimmen Sie der Anfrage auf der Seite des Servers zu, wenn Sie ein Token möchten.</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions (invalid_scope).</source>
            <translation>X hat eine der angefragten Berechtigungen abgelehnt (invalid_scope).</translation>
        </message>
        <message>
            <source>Untick permissions marked special access, or pick a preset, then try again.</source>
            <translation>Entfernen Sie die Haken bei Berechtigungen mit Sonderzugang oder wählen Sie eine Vorgabe, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The server refused one of the requested permissions (invalid_scope).</source>
            <translation>Der Server hat eine der angefragten Berechtigungen abgelehnt (invalid_scope).</translation>
        </message>
        <message>
            <source>Untick the permissions that server does not offer, then try again.</source>
            <translation>Entfernen Sie die Haken bei Berechtigungen, die dieser Server nicht anbietet, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>X did not authorize the app.</source>
            <translation>X hat die App nicht autorisiert.</translation>
        </message>
        <message>
            <source>Check the Client ID and that the callback URI is registered in the X developer console.</source>
            <translation>Prüfen Sie die Client ID und ob die Callback URI in der X-Entwicklerkonsole registriert ist.</translation>
        </message>
        <message>
            <source>The server did not authorize the app.</source>
            <translation>Der Server hat die App nicht autorisiert.</translation>
        </message>
        <message>
            <source>Check the Client ID and the callback URI registered on that server, then try again.</source>
            <translation>Prüfen Sie die Client ID und die auf diesem Server registrierte Callback URI, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The app could not wait for the browser's answer.</source>
            <translation>Die App konnte nicht auf die Antwort des Browsers warten.</translation>
        </message>
        <message>
            <source>Use the paste box below instead.</source>
            <translation>Verwenden Sie stattdessen das Einfügefeld unten.</translation>
        </message>
        <message>
            <source>another program ({name})</source>
            <translation>ein anderes Programm ({name})</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>ein anderes Programm</translation>
        </message>
        <message>
            <source>Port {port} on this computer is already used by {program}, so the login can't start.</source>
            <translation>Port {port} auf diesem Computer wird bereits von {program} verwendet, daher kann die Anmeldung nicht starten.</translation>
        </message>
        <message>
            <source>Close the other program, or register another callback URI (another port) in the X developer console and enter it here.</source>
            <translation>Schließen Sie das andere Programm oder registrieren Sie eine andere Callback URI (anderer Port) in der X-Entwicklerkonsole und tragen Sie sie hier ein.</translation>
        </message>
        <message>
            <source>Close the other program, or press Use another port.</source>
            <translation>Schließen Sie das andere Programm oder klicken Sie auf „Anderen Port verwenden“.</translation>
        </message>
        <message>
            <source>This callback URI can't be caught by the app (it is not http:// on 127.0.0.1, [::1] or localhost).</source>
            <translation>Diese Callback URI kann die App nicht empfangen (sie ist nicht http:// auf 127.0.0.1, [::1] oder localhost).</translation>
        </message>
        <message>
            <source>After approving, paste the address the browser shows into the paste box.</source>
            <translation>Fügen Sie nach der Zustimmung die Adresse, die der Browser zeigt, in das Einfügefeld ein.</translation>
        </message>
        <message>
            <source>No answer came back from the browser in time.</source>
            <translation>Vom Browser kam nicht rechtzeitig eine Antwort.</translation>
        </message>
        <message>
            <source>If X showed "Something went wrong", check the Client ID and that this exact callback URI is registered under User authentication settings. Then press Authorize again.</source>
            <translation>Wenn X „Something went wrong“ anzeigte, prüfen Sie die Client ID und ob genau diese Callback URI unter User authentication settings registriert ist. Klicken Sie dann erneut auf „Autorisieren“.</translation>
        </message>
        <message>
            <source>If the server showed an error page, check the Client ID and that this exact callback URI is registered there. Then press Authorize again.</source>
            <translation>Wenn der Server eine Fehlerseite zeigte, prüfen Sie die Client ID und ob genau diese Callback URI dort registriert ist. Klicken Sie dann erneut auf „Autorisieren“.</translation>
        </message>
        <message>
            <source>The login was cancelled.</source>
            <translation>Die Anmeldung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Press Authorize to start again.</source>
            <translation>Klicken Sie auf „Autorisieren“, um neu zu beginnen.</translation>
        </message>
        <message>
            <source>The secure storage (keychain) failed.</source>
            <translation>Der sichere Speicher (Schlüsselbund) ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Your tokens are kept in memory for this run; they still work until you close the app.</source>
            <translation>Ihre Tokens bleiben für diese Sitzung im Arbeitsspeicher; sie funktionieren, bis Sie die App schließen.</translation>
        </message>
        <message>
            <source>No secure storage (keychain) is available on this computer.</source>
            <translation>Auf diesem Computer ist kein sicherer Speicher (Schlüsselbund) verfügbar.</translation>
        </message>
        <message>
            <source>Tokens are kept in memory only for this run. You can opt in to a private file instead.</source>
            <translation>Tokens werden nur für diese Sitzung im Arbeitsspeicher gehalten. Sie können stattdessen eine private Datei wählen.</translation>
        </message>
        <message>
            <source>The keychain is locked (or the unlock prompt was dismissed).</source>
            <translation>Der Schlüsselbund ist gesperrt (oder die Entsperrabfrage wurde geschlossen).</translation>
        </message>
        <message>
            <source>Unlock it and press Retry, or keep the tokens in memory for this run.</source>
            <translation>Entsperren Sie ihn und klicken Sie auf „Erneut versuchen“, oder behalten Sie die Tokens für diese Sitzung im Arbeitsspeicher.</translation>
        </message>
        <message>
            <source>The keychain did not answer in time (an unlock prompt may be waiting).</source>
            <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet (vielleicht wartet eine Entsperrabfrage).</translation>
        </message>
        <message>
            <source>Answer the prompt and press Retry, or keep the tokens in memory for this run.</source>
            <translation>Beantworten Sie die Abfrage und klicken Sie auf „Erneut versuchen“, oder behalten Sie die Tokens für diese Sitzung im Arbeitsspeicher.</translation>
        </message>
        <message>
            <source>This secret is too long for Windows Credential Manager (over 1,280 characters).</source>
            <translation>Dieses Geheimnis ist zu lang für die Windows-Anmeldeinformationsverwaltung (über 1.280 Zeichen).</translation>
        </message>
        <message>
            <source>It is kept in memory for this run only.</source>
            <translation>Es wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
        </message>
        <message>
            <source>Another xauth-gui is refreshing this token and did not finish in time.</source>
            <translation>Ein anderes xauth-gui erneuert dieses Token und wurde nicht rechtzeitig fertig.</translation>
        </message>
        <message>
            <source>refreshing</source>
            <translation>das Erneuern</translation>
        </message>
        <message>
            <source>revoking</source>
            <translation>das Widerrufen</translation>
        </message>
        <message>
            <source>checking who you are</source>
            <translation>die Prüfung, wer Sie sind</translation>
        </message>
        <message>
            <source>Not sent: {action} would send these tokens to a different server or Client ID than the one that issued them ({issued_by}).</source>
            <translation>Nicht gesendet: {action} würde diese Tokens an einen anderen Server oder eine andere Client ID senden als den, der sie ausgestellt hat ({issued_by}).</translation>
        </message>
        <message>
            <source>Press Sign in again to get tokens for the current settings, or Restore those settings.</source>
            <translation>Klicken Sie auf „Erneut anmelden“, um Tokens für die aktuellen Einstellungen zu erhalten, oder auf „Diese Einstellungen wiederherstellen“.</translation>
        </message>
        <message>
            <source>The Client Secret was entered for {entered_for}, so it is not sent to {now}.</source>
            <translation>Das Client Secret wurde für {entered_for} eingegeben, daher wird es nicht an {now} gesendet.</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>einen anderen Server</translation>
        </message>
        <message>
            <source>Enter the Client Secret again, or press Send it to this server if that server should have it.</source>
            <translation>Geben Sie das Client Secret erneut ein oder klicken Sie auf „An diesen Server senden“, wenn dieser Server es erhalten soll.</translation>
        </message>
        <message>
            <source>The server refused the request.</source>
            <translation>Der Server hat die Anfrage abgelehnt.</translation>
        </message>
        <message>
            <source>Check the settings and try again.</source>
            <translation>Prüfen Sie die Einstellungen und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used (X's codes live 30 seconds).</source>
            <translation>Der Autorisierungscode ist abgelaufen oder wurde schon verwendet (Codes von X gelten 30 Sekunden).</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>Klicken Sie auf „Autorisieren“, um sich erneut anzumelden.</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used.</source>
            <translation>Der Autorisierungscode ist abgelaufen oder wurde schon verwendet.</translation>
        </message>
        <message>
            <source>X could not match this login's PKCE verifier.</source>
            <translation>X konnte den PKCE-Verifier dieser Anmeldung nicht zuordnen.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a fresh login makes a fresh verifier).</source>
            <translation>Klicken Sie auf „Autorisieren“, um sich erneut anzumelden (eine neue Anmeldung erzeugt einen neuen Verifier).</translation>
        </message>
        <message>
            <source>The server could not match this login's PKCE verifier.</source>
            <translation>Der Server konnte den PKCE-Verifier dieser Anmeldung nicht zuordnen.</translation>
        </message>
        <message>
            <source>The callback URI sent to X changed during the login.</source>
            <translation>Die an X gesendete Callback URI hat sich während der Anmeldung geändert.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again without editing the callback URI meanwhile.</source>
            <translation>Klicken Sie auf „Autorisieren“, um sich erneut anzumelden, ohne die Callback URI währenddessen zu ändern.</translation>
        </message>
        <message>
            <source>The callback URI sent to the server changed during the login.</source>
            <translation>Die an den Server gesendete Callback URI hat sich während der Anmeldung geändert.</translation>
        </message>
        <message>
            <source>X did not accept the client credentials.</source>
            <translation>X hat die Client-Zugangsdaten nicht akzeptiert.</translation>
        </message>
        <message>
            <source>If your X app is a Web App or Automated App or Bot, choose Confidential and paste its Client Secret; otherwise choose Public, or set the app type to Native App in the developer console.</source>
            <translation>Wenn Ihre X-App eine Web App oder Automated App or Bot ist, wählen Sie Confidential und fügen Sie ihr Client Secret ein; andernfalls wählen Sie Public oder stellen Sie den App-Typ in der Entwicklerkonsole auf Native App.</translation>
        </message>
        <message>
            <source>The server did not accept the client credentials.</source>
            <translation>Der Server hat die Client-Zugangsdaten nicht akzeptiert.</translation>
        </message>
        <message>
            <source>Check the client type (public or confidential) and the Client Secret registered on that server.</source>
            <translation>Prüfen Sie den Client-Typ (public oder confidential) und das auf diesem Server registrierte Client Secret.</translation>
        </message>
        <message>
            <source>X says the Client ID is missing.</source>
            <translation>X meldet, dass die Client ID fehlt.</translation>
        </message>
        <message>
            <source>Enter the OAuth 2.0 Client ID from Keys and tokens in the X developer console.</source>
            <translation>Geben Sie die OAuth 2.0 Client ID aus Keys and tokens in der X-Entwicklerkonsole ein.</translation>
        </message>
        <message>
            <source>The server says the Client ID is missing.</source>
            <translation>Der Server meldet, dass die Client ID fehlt.</translation>
        </message>
        <message>
            <source>Enter the Client ID that server gave your app.</source>
            <translation>Geben Sie die Client ID ein, die dieser Server Ihrer App gegeben hat.</translation>
        </message>
        <message>
            <source>The token endpoint refused the grant type.</source>
            <translation>Der Token-Endpunkt hat den Grant-Typ abgelehnt.</translation>
        </message>
        <message>
            <source>Check the token URL: X's is https://api.x.com/2/oauth2/token (with /2/).</source>
            <translation>Prüfen Sie die Token-URL: Die von X ist https://api.x.com/2/oauth2/token (mit /2/).</translation>
        </message>
        <message>
            <source>Check the token URL.</source>
            <translation>Prüfen Sie die Token-URL.</translation>
        </message>
        <message>
            <source>The refresh token is no longer valid (already used, revoked, or replaced by a newer login).</source>
            <translation>Das Refresh-Token ist nicht mehr gültig (schon verwendet, widerrufen oder durch eine neuere Anmeldung ersetzt).</translation>
        </message>
        <message>
            <source>The access token was refused (expired or revoked).</source>
            <translation>Das Zugriffstoken wurde abgelehnt (abgelaufen oder widerrufen).</translation>
        </message>
        <message>
            <source>Press Refresh, or Authorize to sign in again.</source>
            <translation>Klicken Sie auf „Erneuern“ oder auf „Autorisieren“, um sich erneut anzumelden.</translation>
        </message>
        <message>
            <source>The token is not allowed to read your profile.</source>
            <translation>Das Token darf Ihr Profil nicht lesen.</translation>
        </message>
        <message>
            <source>Tick tweet.read and users.read (the Who am I preset) and sign in again.</source>
            <translation>Haken Sie tweet.read und users.read an (die Vorgabe „Wer bin ich“) und melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>Your X app is not allowed to call the API yet (client-forbidden / client-not-enrolled).</source>
            <translation>Ihre X-App darf die API noch nicht aufrufen (client-forbidden / client-not-enrolled).</translation>
        </message>
        <message>
            <source>In the X developer console, attach the app to a project with an active usage package.</source>
            <translation>Ordnen Sie die App in der X-Entwicklerkonsole einem Projekt mit aktivem Nutzungspaket zu.</translation>
        </message>
        <message>
            <source>Too many requests: the server asked to slow down.</source>
            <translation>Zu viele Anfragen: Der Server bittet, langsamer zu machen.</translation>
        </message>
        <message>
            <source>Wait a few minutes, then try again.</source>
            <translation>Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The server can't revoke this kind of token.</source>
            <translation>Der Server kann diese Art von Token nicht widerrufen.</translation>
        </message>
        <message>
            <source>Remove the token locally; it expires on its own.</source>
            <translation>Entfernen Sie das Token lokal; es läuft von selbst ab.</translation>
        </message>
        <message>
            <source>The server had a problem answering.</source>
            <translation>Der Server hatte ein Problem beim Antworten.</translation>
        </message>
        <message>
            <source>Wait a moment and try again; nothing was lost.</source>
            <translation>Warten Sie einen Moment und versuchen Sie es erneut; nichts ging verloren.</translation>
        </message>
        <message>
            <source>The server answered with a redirect, which the app does not follow for security.</source>
            <translation>Der Server hat mit einer Weiterleitung geantwortet, der die App aus Sicherheitsgründen nicht folgt.</translation>
        </message>
        <message>
            <source>Check the endpoint URLs (X's token URL is https://api.x.com/2/oauth2/token).</source>
            <translation>Prüfen Sie die Endpunkt-URLs (die Token-URL von X ist https://api.x.com/2/oauth2/token).</translation>
        </message>
        <message>
            <source>Check the endpoint URLs; the server may have moved.</source>
            <translation>Prüfen Sie die Endpunkt-URLs; der Server ist vielleicht umgezogen.</translation>
        </message>
        <message>
            <source>The server's answer could not be understood.</source>
            <translation>Die Antwort des Servers war nicht verständlich.</translation>
        </message>
        <message>
            <source>Check the endpoint URLs, then try again.</source>
            <translation>Prüfen Sie die Endpunkt-URLs und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The server could not be reached.</source>
            <translation>Der Server war nicht erreichbar.</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The server could not be reached (connection failed or name not found).</source>
            <translation>Der Server war nicht erreichbar (Verbindung fehlgeschlagen oder Name nicht gefunden).</translation>
        </message>
        <message>
            <source>Check your internet connection and the endpoint URLs, then try again.</source>
            <translation>Prüfen Sie Ihre Internetverbindung und die Endpunkt-URLs, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The proxy server could not be reached.</source>
            <translation>Der Proxyserver war nicht erreichbar.</translation>
        </message>
        <message>
            <source>Check the HTTPS_PROXY / HTTP_PROXY settings, then try again.</source>
            <translation>Prüfen Sie die Einstellungen HTTPS_PROXY / HTTP_PROXY und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The secure connection could not be verified (TLS certificate problem).</source>
            <translation>Die sichere Verbindung konnte nicht geprüft werden (Problem mit dem TLS-Zertifikat).</translation>
        </message>
        <message>
            <source>A proxy or security program may be intercepting traffic. Set REQUESTS_CA_BUNDLE to its certificate, or try another network.</source>
            <translation>Ein Proxy oder Sicherheitsprogramm fängt vielleicht den Verkehr ab. Setzen Sie REQUESTS_CA_BUNDLE auf dessen Zertifikat oder versuchen Sie ein anderes Netzwerk.</translation>
        </message>
        <message>
            <source>The server took too long to answer.</source>
            <translation>Der Server hat zu lange für die Antwort gebraucht.</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The connection broke while exchanging the code, so it is unknown whether X issued tokens.</source>
            <translation>Die Verbindung brach beim Austausch des Codes ab, daher ist unklar, ob X Tokens ausgestellt hat.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a code can be used only once).</source>
            <translation>Klicken Sie auf „Autorisieren“, um sich erneut anzumelden (ein Code gilt nur einmal).</translation>
        </message>
        <message>
            <source>This token contains characters a bearer token can't have, so it was not copied.</source>
            <translation>Dieses Token enthält Zeichen, die ein Bearer-Token nicht haben kann, daher wurde es nicht kopiert.</translation>
        </message>
        <message>
            <source>Sign in again to get a new token.</source>
            <translation>Melden Sie sich erneut an, um ein neues Token zu erhalten.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Copy as Authorization header</source>
            <translation>Als Authorization-Header kopieren</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Authorization header</source>
            <translation>Authorization-Header</translation>
        </message>
        <message>
            <source>Copy as curl command (who am I)</source>
            <translation>Als curl-Befehl kopieren (Wer bin ich)</translation>
        </message>
        <message>
            <source>curl command (who am I)</source>
            <translation>curl-Befehl (Wer bin ich)</translation>
        </message>
        <message>
            <source>Copy as .env lines</source>
            <translation>Als .env-Zeilen kopieren</translation>
        </message>
        <message>
            <source>.env lines</source>
            <translation>.env-Zeilen</translation>
        </message>
        <message>
            <source>Copy as JSON</source>
            <translation>Als JSON kopieren</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Get started with xauth-gui</source>
            <translation>Erste Schritte mit xauth-gui</translation>
        </message>
    </context>
    <context>
        <name>Forget</name>
        <message>
            <source>{problem} Your settings were kept; try again when the keyring is available.</source>
            <translation>{problem} Ihre Einstellungen wurden behalten; versuchen Sie es erneut, wenn der Schlüsselbund erreichbar ist.</translation>
        </message>
        <message>
            <source>Removed {count} keyring entries and the settings in {folder}.</source>
            <translation>{count} Schlüsselbund-Einträge und die Einstellungen in {folder} wurden entfernt.</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>authorization code</source>
            <translation>Autorisierungscode</translation>
        </message>
        <message>
            <source>Client Secret</source>
            <translation>Client Secret</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>Zugriffstoken</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>Refresh-Token</translation>
        </message>
        <message>
            <source>API Key and Secret</source>
            <translation>API Key und Secret</translation>
        </message>
        <message>
            <source>app-only token</source>
            <translation>App-only-Token</translation>
        </message>
        <message>
            <source>Not sent: the {what} belongs to {belongs}, and this address is {asked}.</source>
            <translation>Nicht gesendet: {what} gehört zu {belongs}, und diese Adresse ist {asked}.</translation>
        </message>
        <message>
            <source>Check the address: the app sends each secret only to the server it belongs to.</source>
            <translation>Prüfen Sie die Adresse: Die App sendet jedes Geheimnis nur an den Server, zu dem es gehört.</translation>
        </message>
        <message>
            <source>Not sent: the address has a name or password before the server name, so it really goes to {asked}; the secret belongs to {belongs}.</source>
            <translation>Nicht gesendet: Die Adresse hat vor dem Servernamen einen Namen oder ein Passwort, sie führt also in Wahrheit zu {asked}; das Geheimnis gehört zu {belongs}.</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>Entfernen Sie alles zwischen :// und @ aus der Adresse.</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>einem anderen Server</translation>
        </message>
        <message>
            <source>no server</source>
            <translation>keinem Server</translation>
        </message>
        <message>
            <source>address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Not sent: a request to {url} carried a secret that was not checked first.</source>
            <translation>Nicht gesendet: Eine Anfrage an {url} enthielt ein Geheimnis, das nicht zuerst geprüft wurde.</translation>
        </message>
        <message>
            <source>This is a bug in the app: copy the request log into a bug report.</source>
            <translation>Das ist ein Fehler der App: Kopieren Sie das Anfrageprotokoll in einen Fehlerbericht.</translation>
        </message>
    </context>
    <context>
        <name>GetStarted</name>
        <message>
            <source>&amp;Sandbox: try it now, no account needed</source>
            <translation>&amp;Sandbox: jetzt ausprobieren, kein Konto nötig</translation>
        </message>
        <message>
            <source>A pretend X built into this app. Sign in with one click and see every step; nothing leaves your computer.</source>
            <translation>Ein nachgebildetes X in dieser App. Melden Sie sich mit einem Klick an und sehen Sie jeden Schritt; nichts verlässt Ihren Computer.</translation>
        </message>
        <message>
            <source>I have an X &amp;app</source>
            <translation>Ich habe eine X-&amp;App</translation>
        </message>
        <message>
            <source>You have a Client ID from the X developer console. Paste it, pick permissions, sign in.</source>
            <translation>Sie haben eine Client ID aus der X-Entwicklerkonsole. Fügen Sie sie ein, wählen Sie Berechtigungen, melden Sie sich an.</translation>
        </message>
        <message>
            <source>Help me set &amp;up an X app</source>
            <translation>Hilfe beim Einrichten einer X-App (&amp;U)</translation>
        </message>
        <message>
            <source>Step by step through the X developer console, with the exact values to paste.</source>
            <translation>Schritt für Schritt durch die X-Entwicklerkonsole, mit den genauen Werten zum Einfügen.</translation>
        </message>
        <message>
            <source>Open the X developer console and sign in with your X account; create a Project and an App if you have none.</source>
            <translation>Öffnen Sie die X-Entwicklerkonsole und melden Sie sich mit Ihrem X-Konto an; legen Sie ein Project und eine App an, falls Sie keine haben.</translation>
        </message>
        <message>
            <source>In your app, open User authentication settings → Set up. App permissions: Read (or Read and write if you will post).</source>
            <translation>Öffnen Sie in Ihrer App User authentication settings → Set up. App permissions: Read (oder Read and write, wenn Sie posten werden).</translation>
        </message>
        <message>
            <source>Type of App: Native App (this app keeps no secret: choose Public here), or Web App, Automated App or Bot (X gives you a Client Secret: choose Confidential).</source>
            <translation>Type of App: Native App (diese App speichert kein Secret: wählen Sie hier Public) oder Web App, Automated App or Bot (X gibt Ihnen ein Client Secret: wählen Sie Confidential).</translation>
        </message>
        <message>
            <source>Callback URI / Redirect URL: paste exactly</source>
            <translation>Callback URI / Redirect URL: genau so einfügen</translation>
        </message>
        <message>
            <source>Website URL: X needs one; any site of yours, or for testing</source>
            <translation>Website URL: X braucht eine; eine beliebige eigene Website oder zum Testen</translation>
        </message>
        <message>
            <source>Save. Then open Keys and tokens → OAuth 2.0 Client ID and Client Secret, and copy the Client ID (and the Secret, for Confidential) into this app.</source>
            <translation>Speichern. Öffnen Sie dann Keys and tokens → OAuth 2.0 Client ID and Client Secret und kopieren Sie die Client ID (und bei Confidential das Secret) in diese App.</translation>
        </message>
        <message>
            <source>Get an X API user token</source>
            <translation>Ein Benutzer-Token für die X-API holen</translation>
        </message>
        <message>
            <source>This app signs you in to X in your browser and gives you the token a program needs to act as you. Choose how to start; you can come back here from Help → Get started.</source>
            <translation>Diese App meldet Sie in Ihrem Browser bei X an und gibt Ihnen das Token, das ein Programm braucht, um als Sie zu handeln. Wählen Sie, wie Sie beginnen; über Hilfe → Erste Schritte kommen Sie hierher zurück.</translation>
        </message>
        <message>
            <source>Set up an X app (about five minutes)</source>
            <translation>Eine X-App einrichten (etwa fünf Minuten)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy {value}</source>
            <translation>{value} kopieren</translation>
        </message>
        <message>
            <source>Open the developer &amp;console</source>
            <translation>Entwi&amp;cklerkonsole öffnen</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>Zurück (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next: fill in the form</source>
            <translation>Weiter: Formular ausfülle&amp;n</translation>
        </message>
    </context>
    <context>
        <name>JsonPreview</name>
        <message>
            <source>The answer is not JSON; shown as text.</source>
            <translation>Die Antwort ist kein JSON; sie wird als Text gezeigt.</translation>
        </message>
        <message>
            <source>The answer is {mb:.1f} MB: its start is shown, not checked as JSON.</source>
            <translation>Die Antwort ist {mb:.1f} MB groß: Ihr Anfang wird gezeigt, nicht als JSON geprüft.</translation>
        </message>
        <message>
            <source>The answer is nested too deeply to check; shown as text.</source>
            <translation>Die Antwort ist zu tief verschachtelt, um sie zu prüfen; sie wird als Text gezeigt.</translation>
        </message>
        <message>
            <source>The answer is not valid JSON; shown as text.</source>
            <translation>Die Antwort ist kein gültiges JSON; sie wird als Text gezeigt.</translation>
        </message>
        <message>
            <source>({kind} image, {size} bytes)</source>
            <translation>({kind}-Bild, {size} Byte)</translation>
        </message>
        <message>
            <source>({kind} data, {size} bytes)</source>
            <translation>({kind}-Daten, {size} Byte)</translation>
        </message>
        <message>
            <source>(binary data, {size} bytes)</source>
            <translation>(Binärdaten, {size} Byte)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>Sprache (&amp;L)</translation>
        </message>
        <message>
            <source>System default ({language})</source>
            <translation>Systemstandard ({language})</translation>
        </message>
        <message>
            <source>This is the language already shown.</source>
            <translation>Diese Sprache wird bereits angezeigt.</translation>
        </message>
        <message>
            <source>{language} is used from the next start of xauth-gui.</source>
            <translation>{language} wird ab dem nächsten Start von xauth-gui verwendet.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Jetzt neu starten</translation>
        </message>
    </context>
    <context>
        <name>Listener</name>
        <message>
            <source>The app could not listen on port {port} of this computer.</source>
            <translation>Die App konnte nicht auf Port {port} dieses Computers lauschen.</translation>
        </message>
        <message>
            <source>Pick another callback URI (registered in the X developer console), or use the paste box.</source>
            <translation>Wählen Sie eine andere Callback URI (in der X-Entwicklerkonsole registriert) oder verwenden Sie das Einfügefeld.</translation>
        </message>
    </context>
    <context>
        <name>LoginFlow</name>
        <message>
            <source>An answer arrived from the browser tab of an earlier login, so it was ignored. Approve in the newest tab, or press Restart login.</source>
            <translation>Eine Antwort kam aus dem Browser-Tab einer früheren Anmeldung und wurde daher ignoriert. Stimmen Sie im neuesten Tab zu oder klicken Sie auf „Anmeldung neu starten“.</translation>
        </message>
        <message>
            <source>Press Authorize first; then paste the address the browser shows after approving.</source>
            <translation>Klicken Sie zuerst auf „Autorisieren“; fügen Sie dann die Adresse ein, die der Browser nach der Zustimmung zeigt.</translation>
        </message>
        <message>
            <source>{concern} X will refuse it. Authorize with it anyway?</source>
            <translation>{concern} X wird sie ablehnen. Trotzdem damit autorisieren?</translation>
        </message>
        <message>
            <source>Authorize anyway</source>
            <translation>Trotzdem autorisieren</translation>
        </message>
        <message>
            <source>No permissions are selected.</source>
            <translation>Keine Berechtigungen ausgewählt.</translation>
        </message>
        <message>
            <source>Tick at least one, or pick a preset.</source>
            <translation>Haken Sie mindestens eine an oder wählen Sie eine Vorgabe.</translation>
        </message>
        <message>
            <source>The browser could not be opened. Copy the address below, open it in your browser, approve, then come back (paste the final address below if this app does not notice).</source>
            <translation>Der Browser konnte nicht geöffnet werden. Kopieren Sie die Adresse unten, öffnen Sie sie in Ihrem Browser, stimmen Sie zu und kommen Sie zurück (fügen Sie die letzte Adresse unten ein, falls diese App es nicht bemerkt).</translation>
        </message>
        <message>
            <source>Approve the request in the browser. This callback URI can't be caught by the app: after approving, copy the address the browser shows and paste it below.</source>
            <translation>Stimmen Sie der Anfrage im Browser zu. Diese Callback URI kann die App nicht empfangen: Kopieren Sie nach der Zustimmung die Adresse, die der Browser zeigt, und fügen Sie sie unten ein.</translation>
        </message>
        <message>
            <source>Waiting for you to approve the request in the browser…</source>
            <translation>Warte darauf, dass Sie der Anfrage im Browser zustimmen…</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Then press Authorize.</source>
            <translation>Die Callback URI ist jetzt {uri}. Klicken Sie dann auf „Autorisieren“.</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Add it as a Callback URI in your X app's User authentication settings first. Then press Authorize.</source>
            <translation>Die Callback URI ist jetzt {uri}. Fügen Sie sie zuerst als Callback URI in den User authentication settings Ihrer X-App hinzu. Klicken Sie dann auf „Autorisieren“.</translation>
        </message>
        <message>
            <source>The login failed.</source>
            <translation>Die Anmeldung ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Approved. Getting your token…</source>
            <translation>Zugestimmt. Ihr Token wird geholt…</translation>
        </message>
        <message>
            <source>The login did not finish:</source>
            <translation>Die Anmeldung wurde nicht abgeschlossen:</translation>
        </message>
        <message>
            <source>X did not grant: {scopes}.</source>
            <translation>X hat nicht gewährt: {scopes}.</translation>
        </message>
        <message>
            <source>Signed in: your token is ready.</source>
            <translation>Angemeldet: Ihr Token ist bereit.</translation>
        </message>
    </context>
    <context>
        <name>LoginPanel</name>
        <message>
            <source>&amp;Authorize in browser</source>
            <translation>Im Browser &amp;autorisieren</translation>
        </message>
        <message>
            <source>Authorize in browser</source>
            <translation>Im Browser autorisieren</translation>
        </message>
        <message>
            <source>Waiting for the browser</source>
            <translation>Warten auf den Browser</translation>
        </message>
        <message>
            <source>Cancel lo&amp;gin</source>
            <translation>Anmeldun&amp;g abbrechen</translation>
        </message>
        <message>
            <source>Cancel login</source>
            <translation>Anmeldung abbrechen</translation>
        </message>
        <message>
            <source>Authorization address</source>
            <translation>Autorisierungsadresse</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy authorization address</source>
            <translation>Autorisierungsadresse kopieren</translation>
        </message>
        <message>
            <source>If no browser opened, open this address:</source>
            <translation>Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse:</translation>
        </message>
        <message>
            <source>Paste the address shown after approving</source>
            <translation>Die nach der Zustimmung gezeigte Adresse einfügen</translation>
        </message>
        <message>
            <source>…or paste the address here</source>
            <translation>…oder die Adresse hier einfügen</translation>
        </message>
        <message>
            <source>Use pasted address</source>
            <translation>Eingefügte Adresse verwenden</translation>
        </message>
        <message>
            <source>Rest&amp;art login</source>
            <translation>&amp;Anmeldung neu starten</translation>
        </message>
        <message>
            <source>&amp;Authorize again</source>
            <translation>Erneut &amp;autorisieren</translation>
        </message>
        <message>
            <source>Getting your token…</source>
            <translation>Ihr Token wird geholt…</translation>
        </message>
    </context>
    <context>
        <name>LoopbackHttp</name>
        <message>
            <source>en</source>
            <translation>de</translation>
        </message>
        <message>
            <source>Done: xauth-gui has your token</source>
            <translation>Fertig: xauth-gui hat Ihr Token</translation>
        </message>
        <message>
            <source>You can close this tab and return to xauth-gui.</source>
            <translation>Sie können diesen Tab schließen und zu xauth-gui zurückkehren.</translation>
        </message>
        <message>
            <source>You declined the request</source>
            <translation>Sie haben die Anfrage abgelehnt</translation>
        </message>
        <message>
            <source>No token was issued. You can close this tab and return to xauth-gui; press Authorize there to try again.</source>
            <translation>Es wurde kein Token ausgestellt. Sie können diesen Tab schließen und zu xauth-gui zurückkehren; klicken Sie dort auf „Autorisieren“, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>This login already finished</source>
            <translation>Diese Anmeldung ist bereits abgeschlossen</translation>
        </message>
        <message>
            <source>xauth-gui already received an answer for it. You can close this tab.</source>
            <translation>xauth-gui hat dafür bereits eine Antwort erhalten. Sie können diesen Tab schließen.</translation>
        </message>
        <message>
            <source>This answer is not for the current login</source>
            <translation>Diese Antwort gehört nicht zur aktuellen Anmeldung</translation>
        </message>
        <message>
            <source>It does not match the login xauth-gui is waiting for, so it was ignored. Return to xauth-gui and finish or restart the login there.</source>
            <translation>Sie passt nicht zu der Anmeldung, auf die xauth-gui wartet, und wurde daher ignoriert. Kehren Sie zu xauth-gui zurück und schließen Sie die Anmeldung dort ab oder starten Sie sie neu.</translation>
        </message>
        <message>
            <source>The answer was damaged</source>
            <translation>Die Antwort war beschädigt</translation>
        </message>
        <message>
            <source>xauth-gui could not read it. Return to xauth-gui and start again.</source>
            <translation>xauth-gui konnte sie nicht lesen. Kehren Sie zu xauth-gui zurück und beginnen Sie neu.</translation>
        </message>
        <message>
            <source>This login was cancelled</source>
            <translation>Diese Anmeldung wurde abgebrochen</translation>
        </message>
        <message>
            <source>It was cancelled in xauth-gui, so this answer was not used. You can close this tab; press Authorize in xauth-gui to start again.</source>
            <translation>Sie wurde in xauth-gui abgebrochen, daher wurde diese Antwort nicht verwendet. Sie können diesen Tab schließen; klicken Sie in xauth-gui auf „Autorisieren“, um neu zu beginnen.</translation>
        </message>
        <message>
            <source>xauth-gui is waiting</source>
            <translation>xauth-gui wartet</translation>
        </message>
        <message>
            <source>Approve the request on X's page; this tab will then show the result.</source>
            <translation>Stimmen Sie der Anfrage auf der Seite von X zu; dieser Tab zeigt dann das Ergebnis.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message>
            <source>This is xauth-gui's login helper; there is nothing else here.</source>
            <translation>Dies ist der Anmeldehelfer von xauth-gui; hier gibt es sonst nichts.</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Nicht erlaubt</translation>
        </message>
        <message>
            <source>This address is only for xauth-gui on this computer.</source>
            <translation>Diese Adresse ist nur für xauth-gui auf diesem Computer.</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Zeitüberschreitung der Anfrage</translation>
        </message>
        <message>
            <source>Nothing arrived in time.</source>
            <translation>Es kam nichts rechtzeitig an.</translation>
        </message>
        <message>
            <source>Bad request</source>
            <translation>Ungültige Anfrage</translation>
        </message>
        <message>
            <source>xauth-gui could not read this request.</source>
            <translation>xauth-gui konnte diese Anfrage nicht lesen.</translation>
        </message>
        <message>
            <source>This answer is not from the expected server</source>
            <translation>Diese Antwort stammt nicht vom erwarteten Server</translation>
        </message>
        <message>
            <source>It names another server, or none, as its sender, so xauth-gui refused it and sent nothing on. Return to xauth-gui: it names both servers.</source>
            <translation>Sie nennt einen anderen Server oder keinen als Absender, daher hat xauth-gui sie abgelehnt und nichts weitergegeben. Kehren Sie zu xauth-gui zurück: Dort werden beide Server genannt.</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions.</source>
            <translation>X hat eine der angefragten Berechtigungen abgelehnt.</translation>
        </message>
        <message>
            <source>The answer had no authorization code.</source>
            <translation>Die Antwort enthielt keinen Autorisierungscode.</translation>
        </message>
        <message>
            <source>X reported an error instead of a token.</source>
            <translation>X hat statt eines Tokens einen Fehler gemeldet.</translation>
        </message>
        <message>
            <source>The login did not complete</source>
            <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
        </message>
        <message>
            <source>Return to xauth-gui for details and to try again.</source>
            <translation>Kehren Sie für Details und einen neuen Versuch zu xauth-gui zurück.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Your app and its permissions</source>
            <translation>Ihre App und ihre Berechtigungen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>Datei (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Beenden (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>Ex&amp;tras</translation>
        </message>
        <message>
            <source>Clipboard clearing delay…</source>
            <translation>Zwischenablage-Leerung…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Get started…</source>
            <translation>Erste Schritte (&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;About xauth-gui</source>
            <translation>Über x&amp;auth-gui</translation>
        </message>
        <message>
            <source>Clear copied tokens after how many seconds? (0: never)</source>
            <translation>Kopierte Tokens nach wie vielen Sekunden aus der Zwischenablage löschen? (0: nie)</translation>
        </message>
        <message>
            <source>Clipboard</source>
            <translation>Zwischenablage</translation>
        </message>
        <message>
            <source>Signs you in to X in your own browser and gives you the tokens your scripts and tools need to use the X API as you. Your secrets stay on this computer, in its keychain.</source>
            <translation>Meldet Sie in Ihrem eigenen Browser bei X an und gibt Ihnen die Tokens, mit denen Ihre Skripte und Werkzeuge die X-API in Ihrem Namen nutzen. Ihre Geheimnisse bleiben auf diesem Computer, in seinem Schlüsselbund.</translation>
        </message>
        <message>
            <source>Your X apps and their keys: {link}</source>
            <translation>Ihre X-Apps und ihre Schlüssel: {link}</translation>
        </message>
        <message>
            <source>About xauth-gui</source>
            <translation>Über xauth-gui</translation>
        </message>
        <message>
            <source>Licences: each bundled part's own, in its Python package.</source>
            <translation>Lizenzen: die jedes mitgelieferten Teils, in seinem Python-Paket.</translation>
        </message>
        <message>
            <source>the licence texts</source>
            <translation>die Lizenztexte</translation>
        </message>
        <message>
            <source>It includes Qt, PySide6, Python and other free software: {link}.</source>
            <translation>Enthält Qt, PySide6, Python und weitere freie Software: {link}.</translation>
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>X takes images (JPEG, PNG, WebP, GIF) and videos (MP4, MOV, WebM); pick one.</source>
            <translation>X nimmt Bilder (JPEG, PNG, WebP, GIF) und Videos (MP4, MOV, WebM); wählen Sie eines davon.</translation>
        </message>
        <message>
            <source>The file is empty: pick another one.</source>
            <translation>Die Datei ist leer: Wählen Sie eine andere.</translation>
        </message>
        <message>
            <source>The file is larger than X takes for this kind of media ({limit} MB).</source>
            <translation>Die Datei ist größer, als X für diese Medienart annimmt ({limit} MB).</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>Es gibt noch kein Token: Klicken Sie auf „Autorisieren“, um sich zuerst anzumelden.</translation>
        </message>
        <message>
            <source>X's answer has no media id.</source>
            <translation>Die Antwort von X enthält keine Medien-ID.</translation>
        </message>
        <message>
            <source>Finishing…</source>
            <translation>Wird abgeschlossen…</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Wird hochgeladen…</translation>
        </message>
        <message>
            <source>Starting the upload…</source>
            <translation>Upload wird gestartet…</translation>
        </message>
        <message>
            <source>X could not process the media: {why}</source>
            <translation>X konnte die Medien nicht verarbeiten: {why}</translation>
        </message>
        <message>
            <source>X is still processing the media; try the status call later.</source>
            <translation>X verarbeitet die Medien noch; versuchen Sie den Status-Aufruf später.</translation>
        </message>
        <message>
            <source>X is processing the media ({percent} %)…</source>
            <translation>X verarbeitet die Medien ({percent} %)…</translation>
        </message>
        <message>
            <source>Uploaded.</source>
            <translation>Hochgeladen.</translation>
        </message>
        <message>
            <source>Upload cancelled: X drops the unfinished media by itself.</source>
            <translation>Upload abgebrochen: X verwirft die unfertigen Medien von selbst.</translation>
        </message>
    </context>
    <context>
        <name>Oauth</name>
        <message>
            <source>There is no refresh token (offline.access was not granted).</source>
            <translation>Es gibt kein Refresh-Token (offline.access wurde nicht gewährt).</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>Klicken Sie auf „Autorisieren“, um sich erneut anzumelden.</translation>
        </message>
        <message>
            <source>The server's answer has no app-only token.</source>
            <translation>Die Antwort des Servers enthält kein App-only-Token.</translation>
        </message>
        <message>
            <source>{issuer} publishes no metadata (the server answered {statuses}).</source>
            <translation>{issuer} veröffentlicht keine Metadaten (der Server antwortete {statuses}).</translation>
        </message>
        <message>
            <source>Nothing was changed. Check the issuer address, or fill in the endpoints by hand.</source>
            <translation>Nichts wurde geändert. Prüfen Sie die Issuer-Adresse oder tragen Sie die Endpunkte selbst ein.</translation>
        </message>
    </context>
    <context>
        <name>OtherProcesses</name>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>Ein anderer xauth-gui-Prozess hat das Token erneuert: Dieses Fenster verwendet jetzt das neue.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>2. Permissions</source>
            <translation>2. Berechtigungen</translation>
        </message>
    </context>
    <context>
        <name>PortOwner</name>
        <message>
            <source>a program</source>
            <translation>ein Programm</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>The server no longer accepts these tokens: press Authorize to sign in again.</source>
            <translation>Der Server akzeptiert diese Tokens nicht mehr: Klicken Sie auf „Autorisieren“, um sich erneut anzumelden.</translation>
        </message>
        <message>
            <source>unknown (the server did not say)</source>
            <translation>unbekannt (der Server hat es nicht gesagt)</translation>
        </message>
        <message>
            <source>expired: press Refresh</source>
            <translation>abgelaufen: Klicken Sie auf „Erneuern“</translation>
        </message>
        <message>
            <source>expired: press Authorize</source>
            <translation>abgelaufen: Klicken Sie auf „Autorisieren“</translation>
        </message>
        <message>
            <source>in {left} (at {clock})</source>
            <translation>in {left} (um {clock})</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Not granted: {scopes}</source>
            <translation>Nicht gewährt: {scopes}</translation>
        </message>
        <message>
            <source>Signed in. Press Who am I? to see the account.</source>
            <translation>Angemeldet. Klicken Sie auf „Wer bin ich?“, um das Konto zu sehen.</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>Noch nicht angemeldet.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>Secrets: memory only ⚠ no keychain</source>
            <translation>Geheimnisse: nur im Arbeitsspeicher ⚠ kein Schlüsselbund</translation>
        </message>
        <message>
            <source>Secrets: {store}</source>
            <translation>Geheimnisse: {store}</translation>
        </message>
        <message>
            <source>  ⚠ plain text</source>
            <translation>  ⚠ Klartext</translation>
        </message>
        <message numerus="yes">
            <source>  ⚠ %n removal(s) waiting for the keychain</source>
            <translation>
                <numerusform>  ⚠ %n Löschung wartet auf den Schlüsselbund</numerusform>
                <numerusform>  ⚠ %n Löschungen warten auf den Schlüsselbund</numerusform>
            </translation>
        </message>
        <message>
            <source>Client Secret (kept in memory for this run only)</source>
            <translation>Client Secret (nur für diese Sitzung im Arbeitsspeicher)</translation>
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation>Client Secret (in Ihrem Schlüsselbund gespeichert)</translation>
        </message>
        <message>
            <source>Client Secret (saved in your private file)</source>
            <translation>Client Secret (in Ihrer privaten Datei gespeichert)</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>My X app</source>
            <translation>Meine X-App</translation>
        </message>
        <message>
            <source>a saved token time was damaged, so the expiry shows as unknown</source>
            <translation>eine gespeicherte Token-Zeit war beschädigt, daher wird der Ablauf als unbekannt angezeigt</translation>
        </message>
        <message>
            <source>the record of which server issued the tokens was damaged</source>
            <translation>die Angabe, welcher Server die Tokens ausgestellt hat, war beschädigt</translation>
        </message>
        <message>
            <source>a saved profile was unreadable</source>
            <translation>ein gespeichertes Profil war unlesbar</translation>
        </message>
        <message>
            <source>the saved permissions were damaged</source>
            <translation>die gespeicherten Berechtigungen waren beschädigt</translation>
        </message>
        <message>
            <source>the saved server endpoints were damaged</source>
            <translation>die gespeicherten Server-Endpunkte waren beschädigt</translation>
        </message>
        <message>
            <source>the saved token details were damaged</source>
            <translation>die gespeicherten Token-Details waren beschädigt</translation>
        </message>
        <message>
            <source>Sandbox (try it)</source>
            <translation>Sandbox (ausprobieren)</translation>
        </message>
    </context>
    <context>
        <name>ProfileBar</name>
        <message>
            <source>Saved app profile</source>
            <translation>Gespeichertes App-Profil</translation>
        </message>
        <message>
            <source>&amp;New profile</source>
            <translation>&amp;Neues Profil</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>U&amp;mbenennen</translation>
        </message>
        <message>
            <source>De&amp;lete profile</source>
            <translation>Profil &amp;löschen</translation>
        </message>
        <message>
            <source>Pr&amp;ofile:</source>
            <translation>Pr&amp;ofil:</translation>
        </message>
        <message>
            <source>Storage…</source>
            <translation>Speicher…</translation>
        </message>
        <message>
            <source>Secret storage options</source>
            <translation>Optionen für den Geheimnisspeicher</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>Schlüsselbund erneut versuchen</translation>
        </message>
        <message>
            <source>Save in a private file…</source>
            <translation>In einer privaten Datei speichern…</translation>
        </message>
        <message>
            <source>App {number}</source>
            <translation>App {number}</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Neues Profil</translation>
        </message>
        <message>
            <source>Name for this app profile:</source>
            <translation>Name für dieses App-Profil:</translation>
        </message>
        <message>
            <source>Rename profile</source>
            <translation>Profil umbenennen</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Delete the profile “{name}” and its saved secrets from this computer?</source>
            <translation>Das Profil „{name}“ und seine gespeicherten Geheimnisse von diesem Computer löschen?</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Profil löschen</translation>
        </message>
        <message>
            <source>Save secrets in a plain-text file?</source>
            <translation>Geheimnisse in einer Klartextdatei speichern?</translation>
        </message>
        <message>
            <source>Your client secret and tokens will be written unencrypted to
{path}

Only your user account can read the file, but anyone with access to your account or your backups can. Use the keychain when you can.</source>
            <translation>Ihr Client Secret und Ihre Tokens werden unverschlüsselt geschrieben nach
{path}

Nur Ihr Benutzerkonto kann die Datei lesen, aber jeder mit Zugriff auf Ihr Konto oder Ihre Sicherungen kann es. Verwenden Sie den Schlüsselbund, wenn möglich.</translation>
        </message>
        <message>
            <source>Keychain backend: {backend}</source>
            <translation>Schlüsselbund-Backend: {backend}</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>The profile “{name}” and its saved secrets were deleted.</source>
            <translation>Das Profil „{name}“ und seine gespeicherten Geheimnisse wurden gelöscht.</translation>
        </message>
        <message>
            <source>The Client Secret will be sent to {server}. Press Authorize to continue.</source>
            <translation>Das Client Secret wird an {server} gesendet. Klicken Sie auf „Autorisieren“, um fortzufahren.</translation>
        </message>
        <message>
            <source>There are no tokens.</source>
            <translation>Es gibt keine Tokens.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in.</source>
            <translation>Klicken Sie auf „Autorisieren“, um sich anzumelden.</translation>
        </message>
        <message>
            <source>The settings that issued these tokens are back; Refresh, Revoke and Who am I work again.</source>
            <translation>Die Einstellungen, die diese Tokens ausgestellt haben, sind zurück; „Erneuern“, „Widerrufen“ und „Wer bin ich?“ funktionieren wieder.</translation>
        </message>
        <message>
            <source>checking the keychain…</source>
            <translation>Schlüsselbund wird geprüft…</translation>
        </message>
        <message>
            <source>Secrets are now saved in plain text in {path} (readable only by you).</source>
            <translation>Geheimnisse werden jetzt im Klartext in {path} gespeichert (nur für Sie lesbar).</translation>
        </message>
        <message>
            <source>the sandbox</source>
            <translation>die Sandbox</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>einen anderen Server</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Request log ({count})</source>
            <translation>Anfrageprotokoll ({count})</translation>
        </message>
        <message>
            <source>Show request log</source>
            <translation>Anfrageprotokoll anzeigen</translation>
        </message>
        <message>
            <source>Copy log</source>
            <translation>Protokoll kopieren</translation>
        </message>
        <message>
            <source>Copy request log</source>
            <translation>Anfrageprotokoll kopieren</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Anfrageprotokoll</translation>
        </message>
    </context>
    <context>
        <name>ScopePicker</name>
        <message>
            <source>Permission preset</source>
            <translation>Berechtigungsvorgabe</translation>
        </message>
        <message>
            <source>Custom selection</source>
            <translation>Eigene Auswahl</translation>
        </message>
        <message>
            <source>Pr&amp;eset:</source>
            <translation>Vorgab&amp;e:</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Berechtigungen</translation>
        </message>
        <message>
            <source>What the app may do</source>
            <translation>Was die App tun darf</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>  (special access)</source>
            <translation>  (Sonderzugang)</translation>
        </message>
        <message>
            <source>changes things for you</source>
            <translation>ändert Dinge für Sie</translation>
        </message>
        <message>
            <source>only reads</source>
            <translation>liest nur</translation>
        </message>
        <message>
            <source>{scope}: {kind}.</source>
            <translation>{scope}: {kind}.</translation>
        </message>
        <message>
            <source>Offered by this server</source>
            <translation>Von diesem Server angeboten</translation>
        </message>
        <message>
            <source>“{scope}” (from the server's metadata)</source>
            <translation>„{scope}“ (aus den Metadaten des Servers)</translation>
        </message>
        <message>
            <source>all chosen</source>
            <translation>alle gewählt</translation>
        </message>
        <message>
            <source>some chosen</source>
            <translation>einige gewählt</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>keine gewählt</translation>
        </message>
    </context>
    <context>
        <name>Scopes</name>
        <message>
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <source>See posts you can see, including ones from protected accounts.</source>
            <translation>Posts sehen, die Sie sehen können, auch von geschützten Konten.</translation>
        </message>
        <message>
            <source>Post and repost for you.</source>
            <translation>Für Sie posten und reposten.</translation>
        </message>
        <message>
            <source>Hide and unhide replies to your posts.</source>
            <translation>Antworten auf Ihre Posts aus- und einblenden.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>See your profile and any account you can see.</source>
            <translation>Ihr Profil und jedes Konto sehen, das Sie sehen können.</translation>
        </message>
        <message>
            <source>See the email address of your account.</source>
            <translation>Die E-Mail-Adresse Ihres Kontos sehen.</translation>
        </message>
        <message>
            <source>Stay connected until you disconnect the app (gives a refresh token).</source>
            <translation>Verbunden bleiben, bis Sie die App trennen (gibt ein Refresh-Token).</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>Folgen</translation>
        </message>
        <message>
            <source>See who follows you and whom you follow.</source>
            <translation>Sehen, wer Ihnen folgt und wem Sie folgen.</translation>
        </message>
        <message>
            <source>Follow and unfollow accounts for you.</source>
            <translation>Für Sie Konten folgen und entfolgen.</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>Likes</translation>
        </message>
        <message>
            <source>See posts you liked and likes you can see.</source>
            <translation>Posts sehen, die Sie gelikt haben, und Likes, die Sie sehen können.</translation>
        </message>
        <message>
            <source>Like and unlike posts for you.</source>
            <translation>Für Sie Posts liken und Likes entfernen.</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listen</translation>
        </message>
        <message>
            <source>See your lists, including private ones, with members and followers.</source>
            <translation>Ihre Listen sehen, auch private, mit Mitgliedern und Followern.</translation>
        </message>
        <message>
            <source>Create and manage lists for you.</source>
            <translation>Für Sie Listen anlegen und verwalten.</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Lesezeichen</translation>
        </message>
        <message>
            <source>See your bookmarks.</source>
            <translation>Ihre Lesezeichen sehen.</translation>
        </message>
        <message>
            <source>Add and remove bookmarks for you.</source>
            <translation>Für Sie Lesezeichen hinzufügen und entfernen.</translation>
        </message>
        <message>
            <source>Mutes and blocks</source>
            <translation>Stummschaltungen und Blockierungen</translation>
        </message>
        <message>
            <source>See accounts you muted.</source>
            <translation>Konten sehen, die Sie stummgeschaltet haben.</translation>
        </message>
        <message>
            <source>Mute and unmute accounts for you.</source>
            <translation>Für Sie Konten stummschalten und wieder laut schalten.</translation>
        </message>
        <message>
            <source>See accounts you blocked.</source>
            <translation>Konten sehen, die Sie blockiert haben.</translation>
        </message>
        <message>
            <source>Block and unblock accounts for you.</source>
            <translation>Für Sie Konten blockieren und entsperren.</translation>
        </message>
        <message>
            <source>Direct Messages</source>
            <translation>Direktnachrichten</translation>
        </message>
        <message>
            <source>Read your direct messages.</source>
            <translation>Ihre Direktnachrichten lesen.</translation>
        </message>
        <message>
            <source>Send and manage direct messages for you.</source>
            <translation>Für Sie Direktnachrichten senden und verwalten.</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medien</translation>
        </message>
        <message>
            <source>Upload pictures and videos for you.</source>
            <translation>Für Sie Bilder und Videos hochladen.</translation>
        </message>
        <message>
            <source>Spaces and broadcasts</source>
            <translation>Spaces und Übertragungen</translation>
        </message>
        <message>
            <source>See Spaces you can see.</source>
            <translation>Spaces sehen, die Sie sehen können.</translation>
        </message>
        <message>
            <source>See your live broadcasts and their chat.</source>
            <translation>Ihre Liveübertragungen und deren Chat sehen.</translation>
        </message>
        <message>
            <source>Manage your broadcasts and chat in them.</source>
            <translation>Ihre Übertragungen und deren Chat verwalten.</translation>
        </message>
        <message>
            <source>See custom timelines you can see.</source>
            <translation>Eigene Timelines sehen, die Sie sehen können.</translation>
        </message>
        <message>
            <source>Ads</source>
            <translation>Werbung</translation>
        </message>
        <message>
            <source>See your ads accounts and their numbers.</source>
            <translation>Ihre Werbekonten und deren Zahlen sehen.</translation>
        </message>
        <message>
            <source>Create and change ads campaigns for you.</source>
            <translation>Für Sie Werbekampagnen anlegen und ändern.</translation>
        </message>
        <message>
            <source>Read-only profile</source>
            <translation>Profil nur lesen</translation>
        </message>
        <message>
            <source>Read your profile and posts; change nothing.</source>
            <translation>Ihr Profil und Ihre Posts lesen; nichts ändern.</translation>
        </message>
        <message>
            <source>Post on my behalf</source>
            <translation>In meinem Namen posten</translation>
        </message>
        <message>
            <source>Read, post and repost.</source>
            <translation>Lesen, posten und reposten.</translation>
        </message>
        <message>
            <source>Post with media</source>
            <translation>Mit Medien posten</translation>
        </message>
        <message>
            <source>Read and post, with pictures and videos.</source>
            <translation>Lesen und posten, mit Bildern und Videos.</translation>
        </message>
        <message>
            <source>Direct messages</source>
            <translation>Direktnachrichten</translation>
        </message>
        <message>
            <source>Read and send direct messages.</source>
            <translation>Direktnachrichten lesen und senden.</translation>
        </message>
        <message>
            <source>Everything (no special access)</source>
            <translation>Alles (ohne Sonderzugang)</translation>
        </message>
        <message>
            <source>Every permission an ordinary X app can get.</source>
            <translation>Jede Berechtigung, die eine gewöhnliche X-App erhalten kann.</translation>
        </message>
        <message>
            <source>Pick at least one permission.</source>
            <translation>Wählen Sie mindestens eine Berechtigung.</translation>
        </message>
        <message>
            <source>Without offline.access X gives no refresh token: the token stops working after 2 hours.</source>
            <translation>Ohne offline.access gibt X kein Refresh-Token: Das Token funktioniert nach 2 Stunden nicht mehr.</translation>
        </message>
        <message>
            <source>Who am I needs {needed}; missing: {missing}.</source>
            <translation>„Wer bin ich“ braucht {needed}; es fehlt: {missing}.</translation>
        </message>
        <message>
            <source>{scopes} need special access from X; without it X refuses the login.</source>
            <translation>{scopes} brauchen Sonderzugang von X; ohne ihn lehnt X die Anmeldung ab.</translation>
        </message>
        <message>
            <source>Not X scopes: {scopes}; X answers invalid_scope.</source>
            <translation>Keine X-Scopes: {scopes}; X antwortet mit invalid_scope.</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>memory only (this run)</source>
            <translation>nur im Arbeitsspeicher (diese Sitzung)</translation>
        </message>
        <message>
            <source>the system keychain</source>
            <translation>der Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>The keychain refused the request ({reason}).</source>
            <translation>Der Schlüsselbund hat die Anfrage abgelehnt ({reason}).</translation>
        </message>
        <message>
            <source>plain-text file ({path})</source>
            <translation>Klartextdatei ({path})</translation>
        </message>
        <message>
            <source>The private file could not be written.</source>
            <translation>Die private Datei konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Check the disk and permissions.</source>
            <translation>Prüfen Sie Datenträger und Berechtigungen.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>the saved secrets are still being read</source>
            <translation>die gespeicherten Geheimnisse werden noch gelesen</translation>
        </message>
        <message>
            <source>the login is waiting for the browser</source>
            <translation>die Anmeldung wartet auf den Browser</translation>
        </message>
        <message>
            <source>the login is getting your token</source>
            <translation>die Anmeldung holt Ihr Token</translation>
        </message>
        <message>
            <source>the token is being refreshed</source>
            <translation>das Token wird erneuert</translation>
        </message>
        <message>
            <source>the tokens are being revoked</source>
            <translation>die Tokens werden widerrufen</translation>
        </message>
        <message>
            <source>the account is being checked</source>
            <translation>das Konto wird geprüft</translation>
        </message>
        <message>
            <source>Approve in the browser, or press Cancel login first.</source>
            <translation>Stimmen Sie im Browser zu oder klicken Sie zuerst auf „Anmeldung abbrechen“.</translation>
        </message>
        <message>
            <source>Wait a moment.</source>
            <translation>Einen Moment bitte.</translation>
        </message>
        <message>
            <source>There is no login to cancel.</source>
            <translation>Es gibt keine Anmeldung zum Abbrechen.</translation>
        </message>
        <message>
            <source>Press Authorize first.</source>
            <translation>Klicken Sie zuerst auf „Autorisieren“.</translation>
        </message>
        <message>
            <source>Not now: {busy}. {next_step}</source>
            <translation>Jetzt nicht: {busy}. {next_step}</translation>
        </message>
        <message>
            <source>Try again when it has finished.</source>
            <translation>Versuchen Sie es erneut, wenn es fertig ist.</translation>
        </message>
        <message>
            <source>Your saved token for @{username} is ready.</source>
            <translation>Ihr gespeichertes Token für @{username} ist bereit.</translation>
        </message>
        <message>
            <source>Your saved token is ready.</source>
            <translation>Ihr gespeichertes Token ist bereit.</translation>
        </message>
        <message>
            <source>Ready: pick permissions, then press Authorize in browser.</source>
            <translation>Bereit: Wählen Sie Berechtigungen und klicken Sie dann auf „Im Browser autorisieren“.</translation>
        </message>
        <message>
            <source>These tokens belong to the earlier settings: {issuer}. They are not sent to the server or Client ID now in the form.</source>
            <translation>Diese Tokens gehören zu den früheren Einstellungen: {issuer}. Sie werden nicht an den Server oder die Client ID gesendet, die jetzt im Formular stehen.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the saved profiles could not be read</source>
            <translation>die gespeicherten Profile konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>the list of removals waiting for the keychain was damaged</source>
            <translation>die Liste der auf den Schlüsselbund wartenden Löschungen war beschädigt</translation>
        </message>
        <message>
            <source>the clipboard clearing delay was damaged</source>
            <translation>die Verzögerung für das Leeren der Zwischenablage war beschädigt</translation>
        </message>
        <message>
            <source>the setting {key} was damaged</source>
            <translation>die Einstellung {key} war beschädigt</translation>
        </message>
    </context>
    <context>
        <name>TokenOps</name>
        <message>
            <source>There is no refresh token.</source>
            <translation>Es gibt kein Refresh-Token.</translation>
        </message>
        <message>
            <source>Refreshing the token…</source>
            <translation>Token wird erneuert…</translation>
        </message>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>Ein anderer xauth-gui-Prozess hat das Token erneuert: Dieses Fenster verwendet jetzt das neue.</translation>
        </message>
        <message>
            <source>Token refreshed (the old refresh token no longer works; the new one is saved).</source>
            <translation>Token erneuert (das alte Refresh-Token funktioniert nicht mehr; das neue ist gespeichert).</translation>
        </message>
        <message>
            <source>The refresh did not finish: {reason} Your saved tokens were kept.</source>
            <translation>Das Erneuern wurde nicht abgeschlossen: {reason} Ihre gespeicherten Tokens wurden behalten.</translation>
        </message>
        <message>
            <source>The refresh did not finish:</source>
            <translation>Das Erneuern wurde nicht abgeschlossen:</translation>
        </message>
        <message>
            <source>Revoking the tokens…</source>
            <translation>Tokens werden widerrufen…</translation>
        </message>
        <message>
            <source>Revoked: both tokens no longer work, and they were removed from this computer.</source>
            <translation>Widerrufen: Beide Tokens funktionieren nicht mehr und wurden von diesem Computer entfernt.</translation>
        </message>
        <message>
            <source>Not revoked: {reason} The tokens are still saved.</source>
            <translation>Nicht widerrufen: {reason} Die Tokens sind weiterhin gespeichert.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Remove from this computer only</source>
            <translation>Nur von diesem Computer entfernen</translation>
        </message>
        <message>
            <source>The tokens were removed from this app, but the keychain can't be reached now, so it still holds them: they will be deleted from it as soon as it can be reached.</source>
            <translation>Die Tokens wurden aus dieser App entfernt, aber der Schlüsselbund ist gerade nicht erreichbar und enthält sie noch: Sie werden daraus gelöscht, sobald er erreichbar ist.</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>Schlüsselbund erneut versuchen</translation>
        </message>
        <message>
            <source>The tokens were removed from this computer. They keep working until they expire or are revoked.</source>
            <translation>Die Tokens wurden von diesem Computer entfernt. Sie funktionieren, bis sie ablaufen oder widerrufen werden.</translation>
        </message>
        <message>
            <source>Signed in as @{username} ({name}).</source>
            <translation>Angemeldet als @{username} ({name}).</translation>
        </message>
        <message>
            <source>Who am I failed: {reason} Your tokens are kept.</source>
            <translation>„Wer bin ich“ fehlgeschlagen: {reason} Ihre Tokens bleiben erhalten.</translation>
        </message>
    </context>
    <context>
        <name>Tokens</name>
        <message>
            <source>The server's answer is not JSON.</source>
            <translation>Die Antwort des Servers ist kein JSON.</translation>
        </message>
        <message>
            <source>The server's answer is not a JSON object.</source>
            <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>The {what} the server sent has characters a bearer token can't contain (RFC 6750), so it was refused.</source>
            <translation>{what}, das der Server gesendet hat, enthält Zeichen, die ein Bearer-Token nicht enthalten darf (RFC 6750), daher wurde es abgelehnt.</translation>
        </message>
        <message>
            <source>Check that the token URL points at the right server, then sign in again.</source>
            <translation>Prüfen Sie, ob die Token-URL auf den richtigen Server zeigt, und melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>The server's answer has no access token.</source>
            <translation>Die Antwort des Servers enthält kein Zugriffstoken.</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>Zugriffstoken</translation>
        </message>
        <message>
            <source>The server issued a token type this app can't use (not a bearer token).</source>
            <translation>Der Server hat einen Token-Typ ausgestellt, den diese App nicht verwenden kann (kein Bearer-Token).</translation>
        </message>
        <message>
            <source>The server's answer has a malformed scope list.</source>
            <translation>Die Antwort des Servers hat eine fehlerhafte Scope-Liste.</translation>
        </message>
        <message>
            <source>The server's answer has a malformed refresh token.</source>
            <translation>Die Antwort des Servers hat ein fehlerhaftes Refresh-Token.</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>Refresh-Token</translation>
        </message>
        <message>
            <source>No refresh token: offline.access was not granted, so the token stops working when it expires.</source>
            <translation>Kein Refresh-Token: offline.access wurde nicht gewährt, daher funktioniert das Token nach seinem Ablauf nicht mehr.</translation>
        </message>
        <message>
            <source>The server sent no refresh token.</source>
            <translation>Der Server hat kein Refresh-Token gesendet.</translation>
        </message>
        <message>
            <source>The who-am-I answer has no user data.</source>
            <translation>Die Wer-bin-ich-Antwort enthält keine Kontodaten.</translation>
        </message>
        <message>
            <source>The who-am-I answer is missing the user's id or username.</source>
            <translation>Der Wer-bin-ich-Antwort fehlen ID oder Benutzername.</translation>
        </message>
    </context>
    <context>
        <name>TokensPanel</name>
        <message>
            <source>3. Your tokens</source>
            <translation>3. Ihre Tokens</translation>
        </message>
        <message>
            <source>Refresh automatically &amp;before it expires</source>
            <translation>Automatisch erneuern, &amp;bevor es abläuft</translation>
        </message>
        <message>
            <source>Tokens act as you: share them with no one, and hide them before sharing your screen.</source>
            <translation>Tokens handeln als Sie: Geben Sie sie niemandem und blenden Sie sie aus, bevor Sie Ihren Bildschirm teilen.</translation>
        </message>
        <message>
            <source>Profile picture</source>
            <translation>Profilbild</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>Noch nicht angemeldet.</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Zugriffstoken</translation>
        </message>
        <message>
            <source>Refresh token</source>
            <translation>Refresh-Token</translation>
        </message>
        <message>
            <source>Access token:</source>
            <translation>Zugriffstoken:</translation>
        </message>
        <message>
            <source>Refresh token:</source>
            <translation>Refresh-Token:</translation>
        </message>
        <message>
            <source>Expires:</source>
            <translation>Läuft ab:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Typ:</translation>
        </message>
        <message>
            <source>Granted:</source>
            <translation>Gewährt:</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>E&amp;rneuern</translation>
        </message>
        <message>
            <source>Revo&amp;ke</source>
            <translation>Widerrufen (&amp;K)</translation>
        </message>
        <message>
            <source>Revoke tokens</source>
            <translation>Tokens widerrufen</translation>
        </message>
        <message>
            <source>&amp;Who am I?</source>
            <translation>&amp;Wer bin ich?</translation>
        </message>
        <message>
            <source>Who am I</source>
            <translation>Wer bin ich</translation>
        </message>
        <message>
            <source>Try &amp;it…</source>
            <translation>Ausprob&amp;ieren…</translation>
        </message>
        <message>
            <source>Try the token: call the X API</source>
            <translation>Token ausprobieren: die X-API aufrufen</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Erneut anmelden</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>Diese Einstellungen wiederherstellen</translation>
        </message>
        <message>
            <source>Restore settings</source>
            <translation>Einstellungen wiederherstellen</translation>
        </message>
        <message>
            <source>Copy for developers</source>
            <translation>Für Entwickler kopieren</translation>
        </message>
        <message>
            <source>Revoke both tokens? They stop working everywhere, and this app forgets them.</source>
            <translation>Beide Tokens widerrufen? Sie funktionieren dann nirgends mehr, und diese App vergisst sie.</translation>
        </message>
        <message>
            <source>Yes, revoke</source>
            <translation>Ja, widerrufen</translation>
        </message>
        <message>
            <source>Yes, revoke the tokens</source>
            <translation>Ja, die Tokens widerrufen</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Keep the tokens</source>
            <translation>Die Tokens behalten</translation>
        </message>
        <message>
            <source>Copied: {what}.</source>
            <translation>Kopiert: {what}.</translation>
        </message>
        <message>
            <source>none (offline.access not granted)</source>
            <translation>keins (offline.access nicht gewährt)</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keins</translation>
        </message>
        <message>
            <source> Sign in again for the new settings, or restore those settings.</source>
            <translation> Melden Sie sich für die neuen Einstellungen erneut an oder stellen Sie diese Einstellungen wieder her.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n s.</source>
            <translation>
                <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
                <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source> … ({size} bytes in all)</source>
            <translation> … (insgesamt {size} Bytes)</translation>
        </message>
        <message>
            <source>The server did not accept the connection in time.</source>
            <translation>Der Server hat die Verbindung nicht rechtzeitig angenommen.</translation>
        </message>
        <message>
            <source>The server's answer is far too large for this app.</source>
            <translation>Die Antwort des Servers ist viel zu groß für diese App.</translation>
        </message>
        <message>
            <source>The connection broke before the server finished answering.</source>
            <translation>Die Verbindung brach ab, bevor der Server fertig geantwortet hatte.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>The {what} “{url}” is not a web address this app can use.</source>
            <translation>Die {what} „{url}“ ist keine Webadresse, die diese App verwenden kann.</translation>
        </message>
        <message>
            <source>Enter a full address starting with https:// (or http:// on 127.0.0.1 / localhost).</source>
            <translation>Geben Sie eine vollständige Adresse ein, die mit https:// beginnt (oder http:// auf 127.0.0.1 / localhost).</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a server name that can't be written as an internet address.</source>
            <translation>Die {what} „{url}“ hat einen Servernamen, der sich nicht als Internetadresse schreiben lässt.</translation>
        </message>
        <message>
            <source>Check the spelling of the server name.</source>
            <translation>Prüfen Sie die Schreibweise des Servernamens.</translation>
        </message>
        <message>
            <source>The {what} “{url}” uses plain http:// to another computer, so secrets would cross the network unencrypted.</source>
            <translation>{what} „{url}“ verwendet einfaches http:// zu einem anderen Computer, Geheimnisse würden also unverschlüsselt durchs Netz gehen.</translation>
        </message>
        <message>
            <source>Use https://, or http:// only for a server on this computer (127.0.0.1 or localhost).</source>
            <translation>Verwenden Sie https:// oder http:// nur für einen Server auf diesem Computer (127.0.0.1 oder localhost).</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>Autorisierungs-URL</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a name or password before the server name, so it really goes to {host}.</source>
            <translation>{what} „{url}“ hat vor dem Servernamen einen Namen oder ein Passwort, führt also in Wahrheit zu {host}.</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>Entfernen Sie alles zwischen :// und @ aus der Adresse.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>none yet</source>
            <translation>noch keins</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Show {what}</source>
            <translation>{what} anzeigen</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy {what}</source>
            <translation>{what} kopieren</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ausblenden</translation>
        </message>
    </context>
</TS>
