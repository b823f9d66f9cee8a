<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>Api</name>
        <message>
            <source>Who am I (GET /2/users/me)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look up a user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search recent posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete a post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like a post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a DM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List DMs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{left} of {limit} left; resets at {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{left} of {limit} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X no longer accepts this token (expired or revoked). Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a v1.1 endpoint your access level does not include; use the v2 API, or change your app's access in the developer console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X answered with an error: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X refused the call: {title}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X refused the call: {title}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your app used up its monthly posts or reads. Raise the cap in the developer console, or wait for next month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again after {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again in 15 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This call acts for a user: send it with the user token, not the app-only one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your X app is not in a project with API access. In the developer console, put the app in a package (Pay-per-use) and its Production environment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This call is billed to the signed-in user, who has no developer account: create one in the developer console and enroll it in Pay-per-use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X refuses a post with the same text as a recent one: change the text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This call needs {scopes}, which this token was not granted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X refused the call: a user path needs your own user id, or the app lacks access to it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppForm</name>
        <message>
            <source>X (twitter.com / x.com)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sandbox: try it without an X account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public: Native App or Single page App</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential: Web App, Automated App or Bot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As set in your X app's User authentication settings. No Client Secret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As set in your X app's User authentication settings. Paste its Client Secret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorize URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who-am-I URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register exactly this as your X app's Callback URI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Your X app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dvanced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the server endpoints and PKCE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client t&amp;ype:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client Secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client &amp;Secret:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OAuth 2.0 Client ID, from your app's Keys and tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where is it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step by step through the X developer console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Client ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callback URI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy callback URI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callback &amp;URI:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server endpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PKCE method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S256 (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plain (only for servers without S256)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PKCE:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ plain PKCE sends the verifier in the clear; use it only if this server lacks S256.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs inside this app at {address} while it is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port {usual} is taken, so it runs at {address} this time (copied commands work while the app is open).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Authorize</name>
        <message>
            <source>authorize URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>token URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callback URI is not a valid address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter it as registered, e.g. http://127.0.0.1:8765/callback.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callback URI must be a full address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callback URI must not contain '#'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the part from '#' on.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Status message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier status message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in your app's details, pick permissions, then press Authorize.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Calls</name>
        <message>
            <source>token URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revoke URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who-am-I URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API URL</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Client</name>
        <message>
            <source>The Client ID is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Client ID contains blanks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy it again from Keys and tokens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Client ID contains characters a Client ID can't have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A confidential client needs its Client Secret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the Client Secret, or choose Public if your X app is a Native App or Single page App.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This looks like the numeric App ID, not the OAuth 2.0 Client ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This looks like an app-only Bearer token, not the OAuth 2.0 Client ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This looks like an API Key (consumer key), not the OAuth 2.0 Client ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from your app's Keys and tokens page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Use the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Client ID contains blanks; copy it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An X OAuth 2.0 Client ID is a long code of letters and digits; check that you copied all of it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Sign in again for these settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: the answer, if it comes, is not shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>App-only token ready: it reads public data for your app, with no user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app-only token was invalidated.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsolePanel</name>
        <message>
            <source>Add these permissions and sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the developer console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try it: call the X API with your token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session's calls (addresses redacted like the request log)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the user token (acts as you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the app-only token (public data, no user)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra headers: Name: value; Name: value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON body:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Headers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as curl</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with the token in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save response…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>App-only Bearer token (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API Key (consumer key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API Key Secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get app-only token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User token: acts as you (post, DMs, your data). App-only: public data only, for your app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · token refreshed first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
… (cut here; Save response… keeps it all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save response</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>The settings changed. Press Authorize when they are ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again; if it repeats, copy the request log into a bug report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send it to this server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use another port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore those settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Diagnose</name>
        <message>
            <source>Window system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TLS trust store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callback port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sandbox login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not start the check ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no display here (DISPLAY is not set), so the window can't open in this session. Run the app from your desktop; QT_QPA_PLATFORM=offscreen checks the rest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt could not open a window here. {hint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is a display available?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt platform '{platform}' loaded, but no font has Latin letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt {qt} platform '{platform}', font '{font}' renders text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{store}: write, read and delete work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{store}: write, read and delete work (a plain-text backend: secrets are not protected).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{store}: a test entry did not read back correctly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} The app keeps tokens in memory for the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring did not answer in time (an unlock prompt may be waiting).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the certificate bundle could not be loaded ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>only %n certificate authorities loaded.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate authorities loaded (HTTPS to X can be verified).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{uri} is not a loopback http address; use the paste box to log in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{uri} can be opened for the browser's answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped at {where} after {steps}. {banner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>authorize, callback, exchange, refresh, who am I and revoke all work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who am I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}, frozen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{app} {version} diagnostics ({where})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All needed checks passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some checks failed: see the lines marked ✕.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>&amp;Diagnostics…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running diagnostics (about 10 seconds)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics finished: all needed checks passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics finished: some checks failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xauth-gui diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorMapping</name>
        <message>
            <source>The server refused the request (HTTP {status}) with an answer that is not JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again after {time}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) and try again; nothing was lost.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The server refused to issue tokens for this login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused to refresh the token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused to revoke the token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the who-am-I request.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message}: “{reason}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} {hint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings are not complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the highlighted field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer from the browser could not be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the login again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That address is not this app's callback address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the full address the browser showed after you approved, starting with the callback URI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer from the browser is damaged (a value appears twice or is badly encoded).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the login again; if you pasted it, copy the whole address once more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not the address the browser shows after you approve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the whole address from the browser's address bar (it starts with http) and paste it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer from the browser does not belong to this login (its state does not match).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was ignored. Finish the login in the browser tab this app opened, or start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The browser came back without an authorization code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the login again and press Authorize on X's page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the login again and approve the request on the server's page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer came from a different server than the one this login was sent to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was ignored for your safety. Start the login again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You declined the request in the browser, so no token was issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize again and choose Authorize app on X's page if you want a token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize again and approve the request on the server's page if you want a token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X refused one of the requested permissions (invalid_scope).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick permissions marked special access, or pick a preset, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused one of the requested permissions (invalid_scope).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick the permissions that server does not offer, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X did not authorize the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the Client ID and that the callback URI is registered in the X developer console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not authorize the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the Client ID and the callback URI registered on that server, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app could not wait for the browser's answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the paste box below instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another program ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port {port} on this computer is already used by {program}, so the login can't start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the other program, or register another callback URI (another port) in the X developer console and enter it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This callback URI can't be caught by the app (it is not http:// on 127.0.0.1, [::1] or localhost).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After approving, paste the address the browser shows into the paste box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer came back from the browser in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If X showed "Something went wrong", check the Client ID and that this exact callback URI is registered under User authentication settings. Then press Authorize again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If the server showed an error page, check the Client ID and that this exact callback URI is registered there. Then press Authorize again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The login was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize to start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure storage (keychain) failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your tokens are kept in memory for this run; they still work until you close the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No secure storage (keychain) is available on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tokens are kept in memory only for this run. You can opt in to a private file instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keychain is locked (or the unlock prompt was dismissed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock it and press Retry, or keep the tokens in memory for this run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keychain did not answer in time (an unlock prompt may be waiting).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer the prompt and press Retry, or keep the tokens in memory for this run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This secret is too long for Windows Credential Manager (over 1,280 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is kept in memory for this run only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: {action} would send these tokens to a different server or Client ID than the one that issued them ({issued_by}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Sign in again to get tokens for the current settings, or Restore those settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Client Secret was entered for {entered_for}, so it is not sent to {now}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the Client Secret again, or press Send it to this server if that server should have it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the settings and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The authorization code expired or was already used (X's codes live 30 seconds).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The authorization code expired or was already used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X could not match this login's PKCE verifier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize to sign in again (a fresh login makes a fresh verifier).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not match this login's PKCE verifier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callback URI sent to X changed during the login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize to sign in again without editing the callback URI meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callback URI sent to the server changed during the login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X did not accept the client credentials.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If your X app is a Web App or Automated App or Bot, choose Confidential and paste its Client Secret; otherwise choose Public, or set the app type to Native App in the developer console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not accept the client credentials.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the client type (public or confidential) and the Client Secret registered on that server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X says the Client ID is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the OAuth 2.0 Client ID from Keys and tokens in the X developer console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server says the Client ID is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the Client ID that server gave your app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token endpoint refused the grant type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the token URL: X's is https://api.x.com/2/oauth2/token (with /2/).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the token URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The refresh token is no longer valid (already used, revoked, or replaced by a newer login).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The access token was refused (expired or revoked).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Refresh, or Authorize to sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token is not allowed to read your profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick tweet.read and users.read (the Who am I preset) and sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your X app is not allowed to call the API yet (client-forbidden / client-not-enrolled).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the X developer console, attach the app to a project with an active usage package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many requests: the server asked to slow down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait a few minutes, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server can't revoke this kind of token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the token locally; it expires on its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server had a problem answering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait a moment and try again; nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered with a redirect, which the app does not follow for security.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the endpoint URLs (X's token URL is https://api.x.com/2/oauth2/token).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the endpoint URLs; the server may have moved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer could not be understood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the endpoint URLs, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not be reached (connection failed or name not found).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check your internet connection and the endpoint URLs, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The proxy server could not be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the HTTPS_PROXY / HTTP_PROXY settings, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection could not be verified (TLS certificate problem).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A proxy or security program may be intercepting traffic. Set REQUESTS_CA_BUNDLE to its certificate, or try another network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server took too long to answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection broke while exchanging the code, so it is unknown whether X issued tokens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize to sign in again (a code can be used only once).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This token contains characters a bearer token can't have, so it was not copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again to get a new token.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Copy as Authorization header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorization header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as curl command (who am I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>curl command (who am I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as .env lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>.env lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as JSON</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Get started with xauth-gui</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GetStarted</name>
        <message>
            <source>&amp;Sandbox: try it now, no account needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A pretend X built into this app. Sign in with one click and see every step; nothing leaves your computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have an X &amp;app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have a Client ID from the X developer console. Paste it, pick permissions, sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help me set &amp;up an X app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step by step through the X developer console, with the exact values to paste.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the X developer console and sign in with your X account; create a Project and an App if you have none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In your app, open User authentication settings → Set up. App permissions: Read (or Read and write if you will post).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type of App: Native App (this app keeps no secret: choose Public here), or Web App, Automated App or Bot (X gives you a Client Secret: choose Confidential).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callback URI / Redirect URL: paste exactly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website URL: X needs one; any site of yours, or for testing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save. Then open Keys and tokens → OAuth 2.0 Client ID and Client Secret, and copy the Client ID (and the Secret, for Confidential) into this app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get an X API user token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This app signs you in to X in your browser and gives you the token a program needs to act as you. Choose how to start; you can come back here from Help → Get started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up an X app (about five minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the developer &amp;console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next: fill in the form</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Listener</name>
        <message>
            <source>The app could not listen on port {port} of this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick another callback URI (registered in the X developer console), or use the paste box.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginFlow</name>
        <message>
            <source>An answer arrived from the browser tab of an earlier login, so it was ignored. Approve in the newest tab, or press Restart login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize first; then paste the address the browser shows after approving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{concern} X will refuse it. Authorize with it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorize anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No permissions are selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one, or pick a preset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The browser could not be opened. Copy the address below, open it in your browser, approve, then come back (paste the final address below if this app does not notice).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve the request in the browser. This callback URI can't be caught by the app: after approving, copy the address the browser shows and paste it below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for you to approve the request in the browser…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callback URI is now {uri}. Then press Authorize.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callback URI is now {uri}. Add it as a Callback URI in your X app's User authentication settings first. Then press Authorize.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The login failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved. Getting your token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The login did not finish:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X did not grant: {scopes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in: your token is ready.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginPanel</name>
        <message>
            <source>&amp;Authorize in browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorize in browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel lo&amp;gin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorization address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy authorization address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If no browser opened, open this address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the address shown after approving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…or paste the address the browser shows after you approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use pasted address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest&amp;art login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Authorize again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting your token…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoopbackHttp</name>
        <message>
            <source>en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: xauth-gui has your token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can close this tab and return to xauth-gui.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You declined the request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No token was issued. You can close this tab and return to xauth-gui; press Authorize there to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This login already finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xauth-gui already received an answer for it. You can close this tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This answer is not for the current login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It does not match the login xauth-gui is waiting for, so it was ignored. Return to xauth-gui and finish or restart the login there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer was damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xauth-gui could not read it. Return to xauth-gui and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This login was cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was cancelled in xauth-gui, so this answer was not used. You can close this tab; press Authorize in xauth-gui to start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xauth-gui is waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve the request on X's page; this tab will then show the result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is xauth-gui's login helper; there is nothing else here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This address is only for xauth-gui on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request timeout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing arrived in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bad request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xauth-gui could not read this request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X refused one of the requested permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer had no authorization code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X reported an error instead of a token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The login did not complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to xauth-gui for details and to try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clipboard clearing delay…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Get started…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About xauth-gui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear copied tokens after how many seconds? (0: never)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About xauth-gui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get X API user tokens with OAuth 2.0 PKCE.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Oauth</name>
        <message>
            <source>There is no refresh token (offline.access was not granted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer has no app-only token.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>2. Permissions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PortOwner</name>
        <message>
            <source>a program</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>memory only (this run)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server no longer accepts these tokens: press Authorize to sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown (the server did not say)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expired: press Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expired: press Authorize</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in {left} (at {clock})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not granted: {scopes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in. Press Who am I? to see the account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secrets: {store}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  ⚠ not saved: the keychain can't be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  ⚠ plain text</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>  ⚠ %n removal(s) waiting for the keychain</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Client Secret (kept in memory for this run only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client Secret (saved in your private file)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>a saved token time was damaged, so the expiry shows as unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the record of which server issued the tokens was damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a saved profile was unreadable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the saved permissions were damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the saved server endpoints were damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the saved token details were damaged</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileBar</name>
        <message>
            <source>Saved app profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;lete profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;ofile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secret storage options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save in a private file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>App {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name for this app profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the profile “{name}” and its saved secrets from this computer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save secrets in a plain-text file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your client secret and tokens will be written unencrypted to
{path}

Only your user account can read the file, but anyone with access to your account or your backups can. Use the keychain when you can.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>The profile “{name}” and its saved secrets were deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Client Secret will be sent to {server}. Press Authorize to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no tokens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize to sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings that issued these tokens are back; Refresh, Revoke and Who am I work again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checking the keychain…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secrets are now saved in plain text in {path} (readable only by you).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another server</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Request log ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show request log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy request log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request log</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScopePicker</name>
        <message>
            <source>Permission preset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;eset:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the app may do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  (special access)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changes things for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{scope}: {kind}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Scopes</name>
        <message>
            <source>Posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See posts you can see, including ones from protected accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post and repost for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide and unhide replies to your posts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See your profile and any account you can see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See the email address of your account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay connected until you disconnect the app (gives a refresh token).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See who follows you and whom you follow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow and unfollow accounts for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See posts you liked and likes you can see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like and unlike posts for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See your lists, including private ones, with members and followers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create and manage lists for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See your bookmarks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add and remove bookmarks for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mutes and blocks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See accounts you muted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mute and unmute accounts for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See accounts you blocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block and unblock accounts for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read your direct messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send and manage direct messages for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload pictures and videos for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spaces and broadcasts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See Spaces you can see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See your live broadcasts and their chat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage your broadcasts and chat in them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See custom timelines you can see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See your ads accounts and their numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create and change ads campaigns for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read your profile and posts; change nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post on my behalf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read, post and repost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post with media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read and post, with pictures and videos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read and send direct messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything (no special access)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every permission an ordinary X app can get.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick at least one permission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without offline.access X gives no refresh token: the token stops working after 2 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who am I needs {needed}; missing: {missing}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{scopes} need special access from X; without it X refuses the login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not X scopes: {scopes}; X answers invalid_scope.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>The private file could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the disk and permissions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>the saved secrets are still being read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the login is waiting for the browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the login is getting your token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the token is being refreshed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the tokens are being revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the account is being checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve in the browser, or press Cancel login first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no login to cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Authorize first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now: {busy}. {next_step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again when it has finished.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the saved profiles could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the list of removals waiting for the keychain was damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the clipboard clearing delay was damaged</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TokenOps</name>
        <message>
            <source>There is no refresh token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refreshing the token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token refreshed (the old refresh token no longer works; the new one is saved).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The refresh did not finish: {reason} Your saved tokens were kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The refresh did not finish:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoking the tokens…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked: both tokens no longer work, and they were removed from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not revoked: {reason} The tokens are still saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from this computer only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tokens were removed from this app, but the keychain can't be reached now, so it still holds them: they will be deleted from it as soon as it can be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tokens were removed from this computer. They keep working until they expire or are revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checking who you are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as @{username} ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who am I failed: {reason} Your tokens are kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tokens</name>
        <message>
            <source>The server's answer is not JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer is not a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the token URL points at the right server, then sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer has no access token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>access token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server issued a token type this app can't use (not a bearer token).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer has a malformed scope list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer has a malformed refresh token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refresh token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No refresh token: offline.access was not granted, so the token stops working when it expires.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent no refresh token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The who-am-I answer has no user data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The who-am-I answer is missing the user's id or username.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TokensPanel</name>
        <message>
            <source>3. Your tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh automatically &amp;before it expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tokens act as you: share them with no one, and hide them before sharing your screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Granted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revo&amp;ke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Who am I?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who am I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try &amp;it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the token: call the X API</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore those settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy for developers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke both tokens? They stop working everywhere, and this app forgets them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, revoke the tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none (offline.access not granted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Sign in again for the new settings, or restore those settings.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n s.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source>The server did not accept the connection in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer is far too large for this app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection broke before the server finished answering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} “{url}” is not a web address this app can use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a full address starting with https:// (or http:// on 127.0.0.1 / localhost).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} “{url}” has a server name that can't be written as an internet address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the spelling of the server name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use https://, or http:// only for a server on this computer (127.0.0.1 or localhost).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>authorize URL</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
