<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>Api</name>
        <message>
            <source>Who am I (GET /2/users/me)</source>
            <translation>自分を確認 (GET /2/users/me)</translation>
        </message>
        <message>
            <source>Look up a user</source>
            <translation>ユーザーを検索</translation>
        </message>
        <message>
            <source>My posts</source>
            <translation>自分のポスト</translation>
        </message>
        <message>
            <source>Search recent posts</source>
            <translation>最近のポストを検索</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>ポストする</translation>
        </message>
        <message>
            <source>Delete a post</source>
            <translation>ポストを削除</translation>
        </message>
        <message>
            <source>Like a post</source>
            <translation>ポストにいいね</translation>
        </message>
        <message>
            <source>Send a DM</source>
            <translation>DMを送信</translation>
        </message>
        <message>
            <source>List DMs</source>
            <translation>DMの一覧</translation>
        </message>
        <message>
            <source>{left} of {limit} left; resets at {at}</source>
            <translation>残り {left}/{limit}、{at} にリセット</translation>
        </message>
        <message>
            <source>{left} of {limit} left</source>
            <translation>残り {left}/{limit}</translation>
        </message>
        <message>
            <source>X no longer accepts this token (expired or revoked). Sign in again.</source>
            <translation>X はこのトークンを受け付けなくなりました（期限切れまたは取り消し済み）。もう一度サインインしてください。</translation>
        </message>
        <message>
            <source>This is a v1.1 endpoint your access level does not include; use the v2 API, or change your app's access in the developer console.</source>
            <translation>これはお使いのアクセスレベルに含まれない v1.1 エンドポイントです。v2 API を使うか、開発者コンソールでアプリのアクセスを変更してください。</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>X answered with an error: {detail}</source>
            <translation>X がエラーを返しました: {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}: {detail}</source>
            <translation>X が呼び出しを拒否しました: {title}: {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}.</source>
            <translation>X が呼び出しを拒否しました: {title}。</translation>
        </message>
        <message>
            <source>Your app used up its monthly posts or reads. Raise the cap in the developer console, or wait for next month.</source>
            <translation>アプリが今月のポストまたは読み取りの上限に達しました。開発者コンソールで上限を引き上げるか、来月までお待ちください。</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again after {time}.</source>
            <translation>このエンドポイントへの呼び出しが多すぎます。{time} 以降にもう一度お試しください。</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again in 15 minutes.</source>
            <translation>このエンドポイントへの呼び出しが多すぎます。15 分後にもう一度お試しください。</translation>
        </message>
        <message>
            <source>This call acts for a user: send it with the user token, not the app-only one.</source>
            <translation>この呼び出しはユーザーとして動作します。アプリ専用トークンではなくユーザートークンで送信してください。</translation>
        </message>
        <message>
            <source>Your X app is not in a project with API access. In the developer console, put the app in a package (Pay-per-use) and its Production environment.</source>
            <translation>お使いの X アプリは API アクセスのあるプロジェクトに入っていません。開発者コンソールでアプリをパッケージ（Pay-per-use）とその Production 環境に追加してください。</translation>
        </message>
        <message>
            <source>This call is billed to the signed-in user, who has no developer account: create one in the developer console and enroll it in Pay-per-use.</source>
            <translation>この呼び出しはサインイン中のユーザーに課金されますが、そのユーザーには開発者アカウントがありません。開発者コンソールで作成し、Pay-per-use に登録してください。</translation>
        </message>
        <message>
            <source>X refuses a post with the same text as a recent one: change the text.</source>
            <translation>X は最近のポストと同じテキストのポストを拒否します。テキストを変更してください。</translation>
        </message>
        <message>
            <source>This call needs {scopes}, which this token was not granted.</source>
            <translation>この呼び出しには {scopes} が必要ですが、このトークンには許可されていません。</translation>
        </message>
        <message>
            <source>X refused the call: a user path needs your own user id, or the app lacks access to it.</source>
            <translation>X が呼び出しを拒否しました: ユーザーのパスには自分のユーザー ID が必要か、アプリにアクセス権がありません。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>xauth-gui: unexpected error</source>
            <translation>xauth-gui: 予期しないエラー</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. The app keeps running; if something looks wrong, restart it.</source>
            <translation>予期しない問題が発生しました。アプリは動作を続けます。おかしな点があれば再起動してください。</translation>
        </message>
        <message>
            <source>Some saved settings were damaged and were reset: {damaged}. Check the form before you sign in.</source>
            <translation>保存された設定の一部が壊れていたためリセットしました: {damaged}。サインインする前にフォームを確認してください。</translation>
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
            <translation>サンドボックス: X アカウントなしで試す</translation>
        </message>
        <message>
            <source>Custom server</source>
            <translation>カスタムサーバー</translation>
        </message>
        <message>
            <source>Public: Native App or Single page App</source>
            <translation>Public: Native App または Single page App</translation>
        </message>
        <message>
            <source>Confidential: Web App, Automated App or Bot</source>
            <translation>Confidential: Web App, Automated App or Bot</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. No Client Secret.</source>
            <translation>X アプリの User authentication settings での設定どおり。Client Secret はありません。</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. Paste its Client Secret.</source>
            <translation>X アプリの User authentication settings での設定どおり。Client Secret を貼り付けてください。</translation>
        </message>
        <message>
            <source>Authorize URL:</source>
            <translation>認可 URL:</translation>
        </message>
        <message>
            <source>Token URL:</source>
            <translation>トークン URL:</translation>
        </message>
        <message>
            <source>Revoke URL:</source>
            <translation>取り消し URL:</translation>
        </message>
        <message>
            <source>Who-am-I URL:</source>
            <translation>ユーザー確認 URL:</translation>
        </message>
        <message>
            <source>Register exactly this as your X app's Callback URI.</source>
            <translation>これをそのまま X アプリの Callback URI として登録してください。</translation>
        </message>
        <message>
            <source>1. Your X app</source>
            <translation>1. あなたの X アプリ</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>プロバイダー</translation>
        </message>
        <message>
            <source>A&amp;dvanced</source>
            <translation>詳細設定(&amp;D)</translation>
        </message>
        <message>
            <source>Show the server endpoints and PKCE</source>
            <translation>サーバーのエンドポイントと PKCE を表示</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>プロバイダー(&amp;V):</translation>
        </message>
        <message>
            <source>Client type</source>
            <translation>クライアントの種類</translation>
        </message>
        <message>
            <source>Client t&amp;ype:</source>
            <translation>クライアントの種類(&amp;Y):</translation>
        </message>
        <message>
            <source>Client Secret</source>
            <translation>Client Secret</translation>
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation>Client Secret（キーチェーンに保存）</translation>
        </message>
        <message>
            <source>Client &amp;Secret:</source>
            <translation>Client Secret(&amp;S):</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>Client ID</translation>
        </message>
        <message>
            <source>OAuth 2.0 Client ID, from your app's Keys and tokens</source>
            <translation>OAuth 2.0 Client ID（アプリの Keys and tokens にあります）</translation>
        </message>
        <message>
            <source>Where is it?</source>
            <translation>どこにありますか?</translation>
        </message>
        <message>
            <source>Step by step through the X developer console</source>
            <translation>X 開発者コンソールの手順を順に案内</translation>
        </message>
        <message>
            <source>&amp;Client ID:</source>
            <translation>Client ID(&amp;C):</translation>
        </message>
        <message>
            <source>Callback URI</source>
            <translation>Callback URI</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Copy callback URI</source>
            <translation>Callback URI をコピー</translation>
        </message>
        <message>
            <source>Callback &amp;URI:</source>
            <translation>Callback URI(&amp;U):</translation>
        </message>
        <message>
            <source>Server endpoints</source>
            <translation>サーバーのエンドポイント</translation>
        </message>
        <message>
            <source>PKCE method</source>
            <translation>PKCE 方式</translation>
        </message>
        <message>
            <source>S256 (recommended)</source>
            <translation>S256（推奨）</translation>
        </message>
        <message>
            <source>plain (only for servers without S256)</source>
            <translation>plain（S256 に対応していないサーバー専用）</translation>
        </message>
        <message>
            <source>&amp;PKCE:</source>
            <translation>PKCE(&amp;P):</translation>
        </message>
        <message>
            <source>The sandbox's own client, filled in for you: the Client type picks which one.</source>
            <translation>サンドボックス専用のクライアントで、自動で入力されています。クライアントの種類でどちらを使うか選びます。</translation>
        </message>
        <message>
            <source>⚠ plain PKCE sends the verifier in the clear; use it only if this server lacks S256.</source>
            <translation>⚠ plain の PKCE は検証コードを暗号化せずに送ります。このサーバーが S256 に対応していない場合にのみ使ってください。</translation>
        </message>
        <message>
            <source>Runs inside this app at {address} while it is open.</source>
            <translation>このアプリが開いている間、アプリ内の {address} で動作します。</translation>
        </message>
        <message>
            <source>Port {usual} is taken, so it runs at {address} this time.</source>
            <translation>ポート {usual} が使用中のため、今回は {address} で動いています。</translation>
        </message>
    </context>
    <context>
        <name>Authorize</name>
        <message>
            <source>authorize URL</source>
            <translation>認可 URL</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>トークン URL</translation>
        </message>
        <message>
            <source>The callback URI is not a valid address.</source>
            <translation>Callback URI が有効なアドレスではありません。</translation>
        </message>
        <message>
            <source>Enter it as registered, e.g. http://127.0.0.1:8765/callback.</source>
            <translation>登録したとおりに入力してください（例: http://127.0.0.1:8765/callback）。</translation>
        </message>
        <message>
            <source>The callback URI must be a full address.</source>
            <translation>Callback URI は完全なアドレスである必要があります。</translation>
        </message>
        <message>
            <source>The callback URI must not contain '#'.</source>
            <translation>Callback URI に「#」を含めることはできません。</translation>
        </message>
        <message>
            <source>Remove the part from '#' on.</source>
            <translation>「#」以降を削除してください。</translation>
        </message>
        <message>
            <source>The answer does not say which server sent it, although {expected} always says so.</source>
            <translation>応答には送信元サーバーが示されていません。{expected} は常に示すはずです。</translation>
        </message>
        <message>
            <source>The answer says it comes from {got}, but this login was sent to {expected}.</source>
            <translation>応答は {got} から来たと示していますが、このログインの送信先は {expected} です。</translation>
        </message>
        <message>
            <source>It was refused before any token request.</source>
            <translation>トークンを要求する前に拒否しました。</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Status message</source>
            <translation>ステータスメッセージ</translation>
        </message>
        <message>
            <source>Fill in your app's details, pick permissions, then press Authorize.</source>
            <translation>アプリの情報を入力し、権限を選んでから「認可」を押してください。</translation>
        </message>
    </context>
    <context>
        <name>Billing</name>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n 件のポスト</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n 人のユーザー</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n list(s)</source>
            <translation>
                <numerusform>%n 件のリスト</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Space(s)</source>
            <translation>
                <numerusform>%n 件のスペース</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n direct message(s)</source>
            <translation>
                <numerusform>%n 件のダイレクトメッセージ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n media item(s)</source>
            <translation>
                <numerusform>%n 件のメディア</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n community(ies)</source>
            <translation>
                <numerusform>%n 件のコミュニティ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n news story(ies)</source>
            <translation>
                <numerusform>%n 件のニュース</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trend(s)</source>
            <translation>
                <numerusform>%n 件のトレンド</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Community Note(s)</source>
            <translation>
                <numerusform>%n 件のコミュニティノート</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n 件の場所</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n poll(s)</source>
            <translation>
                <numerusform>%n 件の投票</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s)</source>
            <translation>
                <numerusform>%n 件のトピック</numerusform>
            </translation>
        </message>
        <message>
            <source>This answer returned {resources}.</source>
            <translation>この応答は {resources} を返しました。</translation>
        </message>
        <message>
            <source>Pay-per-use: X bills each resource once per UTC day, however many calls return it; the rates are in your developer console.</source>
            <translation>従量課金: X は各リソースを UTC の 1 日につき 1 回課金します (返した呼び出しの数によらず)。料金は開発者コンソールにあります。</translation>
        </message>
    </context>
    <context>
        <name>Binding</name>
        <message>
            <source>the sandbox (Client ID {client_id})</source>
            <translation>サンドボックス（Client ID {client_id}）</translation>
        </message>
        <message>
            <source>{server} (Client ID {client_id})</source>
            <translation>{server}（Client ID {client_id}）</translation>
        </message>
    </context>
    <context>
        <name>Calls</name>
        <message>
            <source>token URL</source>
            <translation>トークン URL</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>取り消し URL</translation>
        </message>
        <message>
            <source>who-am-I URL</source>
            <translation>ユーザー確認 URL</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>API URL</translation>
        </message>
        <message>
            <source>metadata URL</source>
            <translation>メタデータ URL</translation>
        </message>
    </context>
    <context>
        <name>Client</name>
        <message>
            <source>The Client ID is empty.</source>
            <translation>Client ID が空です。</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation>Keys and tokens にある OAuth 2.0 Client ID を貼り付けてください。</translation>
        </message>
        <message>
            <source>The Client ID contains blanks.</source>
            <translation>Client ID に空白が含まれています。</translation>
        </message>
        <message>
            <source>Copy it again from Keys and tokens.</source>
            <translation>Keys and tokens からもう一度コピーしてください。</translation>
        </message>
        <message>
            <source>The Client ID contains characters a Client ID can't have.</source>
            <translation>Client ID に使えない文字が含まれています。</translation>
        </message>
        <message>
            <source>A confidential client needs its Client Secret.</source>
            <translation>Confidential クライアントには Client Secret が必要です。</translation>
        </message>
        <message>
            <source>Paste the Client Secret, or choose Public if your X app is a Native App or Single page App.</source>
            <translation>Client Secret を貼り付けるか、X アプリが Native App または Single page App なら Public を選んでください。</translation>
        </message>
        <message>
            <source>This looks like the numeric App ID, not the OAuth 2.0 Client ID.</source>
            <translation>これは数字の App ID のようです。OAuth 2.0 Client ID ではありません。</translation>
        </message>
        <message>
            <source>This looks like an app-only Bearer token, not the OAuth 2.0 Client ID.</source>
            <translation>これはアプリ専用の Bearer トークンのようです。OAuth 2.0 Client ID ではありません。</translation>
        </message>
        <message>
            <source>This looks like an API Key (consumer key), not the OAuth 2.0 Client ID.</source>
            <translation>これは API Key（consumer key）のようです。OAuth 2.0 Client ID ではありません。</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from your app's Keys and tokens page.</source>
            <translation>アプリの Keys and tokens ページにある OAuth 2.0 Client ID を貼り付けてください。</translation>
        </message>
        <message>
            <source> Use the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation> Keys and tokens にある OAuth 2.0 Client ID を使ってください。</translation>
        </message>
        <message>
            <source>The Client ID contains blanks; copy it again.</source>
            <translation>Client ID に空白が含まれています。もう一度コピーしてください。</translation>
        </message>
        <message>
            <source>An X OAuth 2.0 Client ID is a long code of letters and digits; check that you copied all of it.</source>
            <translation>X の OAuth 2.0 Client ID は英数字からなる長いコードです。すべてコピーしたか確認してください。</translation>
        </message>
        <message>
            <source>This Client ID looks like a confidential client's; check the Client type below.</source>
            <translation>この Client ID は機密クライアント（Confidential）のもののようです。下のクライアントの種類を確認してください。</translation>
        </message>
        <message>
            <source>This Client ID looks like a public client's; check the Client type below.</source>
            <translation>この Client ID は公開クライアント（Public）のもののようです。下のクライアントの種類を確認してください。</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <source>There is no app-only token for this profile yet: press Get app-only token.</source>
            <translation>このプロファイルにはまだアプリ専用トークンがありません。「アプリ専用トークンを取得」を押してください。</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>まだトークンがありません。先に「認可」を押してサインインしてください。</translation>
        </message>
        <message>
            <source> Sign in again for these settings.</source>
            <translation> この設定でもう一度サインインしてください。</translation>
        </message>
        <message>
            <source>Cancelled: the answer, if it comes, is not shown.</source>
            <translation>キャンセルしました。応答が届いても表示しません。</translation>
        </message>
        <message>
            <source>Enter the API Key and its Secret first.</source>
            <translation>先に API Key とその Secret を入力してください。</translation>
        </message>
        <message>
            <source>App-only token ready: it reads public data for your app, with no user.</source>
            <translation>アプリ専用トークンの準備ができました。ユーザーなしで、アプリのために公開データを読み取ります。</translation>
        </message>
        <message>
            <source>The app-only token was invalidated.</source>
            <translation>アプリ専用トークンを無効にしました。</translation>
        </message>
    </context>
    <context>
        <name>ConsoleCatalogue</name>
        <message>
            <source>Find an X API call</source>
            <translation>X API の呼び出しを探す</translation>
        </message>
        <message>
            <source>Find a call: words, a path or a name</source>
            <translation>呼び出しを探す: 単語、パス、名前</translation>
        </message>
        <message>
            <source>X API calls</source>
            <translation>X API の呼び出し</translation>
        </message>
        <message>
            <source> (stream)</source>
            <translation> (ストリーム)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) found</source>
            <translation>
                <numerusform>%n 件の呼び出しが見つかりました</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready calls</source>
            <translation>用意された呼び出し</translation>
        </message>
        <message>
            <source>{summary}: the user token (with {scopes}) or the app-only token.</source>
            <translation>{summary}: ユーザートークン ({scopes} 付き) またはアプリ専用トークン。</translation>
        </message>
        <message>
            <source>{summary}: the user token, with {scopes}.</source>
            <translation>{summary}: ユーザートークン ({scopes} 付き)。</translation>
        </message>
        <message>
            <source>{summary}: only the app-only token (Send with: the app-only token).</source>
            <translation>{summary}: アプリ専用トークンのみ (送信に使用: アプリ専用トークン)。</translation>
        </message>
        <message>
            <source>{summary}: a token kind this app does not make (OAuth 1.0a).</source>
            <translation>{summary}: このアプリが作成しない種類のトークン (OAuth 1.0a)。</translation>
        </message>
        <message>
            <source> It is a stream: it keeps sending.</source>
            <translation> ストリームです: 送信し続けます。</translation>
        </message>
        <message>
            <source>The user token is chosen: it acts as you and sees your own data. This call also takes the app-only token.</source>
            <translation>ユーザートークンを選びました: あなたとして動作し、あなた自身のデータを見られます。この呼び出しはアプリ専用トークンも受け付けます。</translation>
        </message>
        <message>
            <source>This call takes only the user token.</source>
            <translation>この呼び出しはユーザートークンのみを受け付けます。</translation>
        </message>
        <message>
            <source>The app-only token is chosen: this call takes no user token. Make one below with your app's API Key and Secret.</source>
            <translation>アプリ専用トークンを選びました: この呼び出しはユーザートークンを受け付けません。下でアプリの API Key と Secret から作成してください。</translation>
        </message>
        <message>
            <source>This call takes only OAuth 1.0a user tokens, which this app does not make.</source>
            <translation>この呼び出しは OAuth 1.0a のユーザートークンのみを受け付けますが、このアプリはそれを作成しません。</translation>
        </message>
    </context>
    <context>
        <name>ConsolePanel</name>
        <message>
            <source>Add these permissions and sign in again</source>
            <translation>この権限を追加して再サインイン</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>再サインイン</translation>
        </message>
        <message>
            <source>Open the developer console</source>
            <translation>開発者コンソールを開く</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <translation>このまま送信</translation>
        </message>
        <message>
            <source>Send with the user token</source>
            <translation>ユーザートークンで送信</translation>
        </message>
        <message>
            <source>Try it: call the X API with your token</source>
            <translation>試す: トークンで X API を呼び出す</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Streaming: posts appear as they come. Press Stop to end.</source>
            <translation>ストリーミング: ポストは届いたそばから表示されます。終えるには「停止」を押してください。</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>リクエスト</translation>
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
            <translation>応答</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>Answer as a tree</source>
            <translation>応答 (ツリー)</translation>
        </message>
        <message>
            <source>Answer body</source>
            <translation>応答の本文</translation>
        </message>
        <message>
            <source>Answer headers</source>
            <translation>応答のヘッダー</translation>
        </message>
        <message>
            <source>&amp;Tree</source>
            <translation>ツリー(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Raw</source>
            <translation>生データ(&amp;R)</translation>
        </message>
        <message>
            <source>He&amp;aders</source>
            <translation>ヘッダー(&amp;A)</translation>
        </message>
        <message>
            <source>This session's calls</source>
            <translation>このセッションの呼び出し</translation>
        </message>
        <message>
            <source>This session's calls (addresses redacted like the request log)</source>
            <translation>このセッションの呼び出し（アドレスはリクエストログと同じく伏せ字）</translation>
        </message>
        <message>
            <source>This session's ca&amp;lls</source>
            <translation>このセッションの呼び出し(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>次のページ(&amp;N)</translation>
        </message>
        <message>
            <source>Send the same call for the page after this one</source>
            <translation>次のページを求めて同じ呼び出しを送信</translation>
        </message>
        <message>
            <source>Cop&amp;y snippet</source>
            <translation>スニペットをコピー(&amp;Y)</translation>
        </message>
        <message>
            <source>Sn&amp;ippet:</source>
            <translation>スニペット(&amp;I):</translation>
        </message>
        <message>
            <source>Streaming…</source>
            <translation>ストリーミング中…</translation>
        </message>
        <message>
            <source>stream ended</source>
            <translation>ストリーム終了</translation>
        </message>
        <message>
            <source>(more in the Raw tab)</source>
            <translation>(続きは「生データ」タブに)</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} バイト</translation>
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
            <translation>送信</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>the user token (acts as you)</source>
            <translation>ユーザートークン（あなたとして動作）</translation>
        </message>
        <message>
            <source>the app-only token (public data, no user)</source>
            <translation>アプリ専用トークン（公開データ、ユーザーなし）</translation>
        </message>
        <message>
            <source>Name: value; Name: value</source>
            <translation>名前: 値; 名前: 値</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>メソッド</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>&amp;Call:</source>
            <translation>呼び出し(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>アドレス(&amp;A):</translation>
        </message>
        <message>
            <source>Send &amp;with:</source>
            <translation>送信に使う(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;JSON body:</source>
            <translation>JSON 本文(&amp;J):</translation>
        </message>
        <message>
            <source>Extra h&amp;eaders:</source>
            <translation>追加のヘッダー(&amp;E):</translation>
        </message>
        <message>
            <source>Send the call (Ctrl+Enter)</source>
            <translation>呼び出しを送信 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>curl としてコピー</translation>
        </message>
        <message>
            <source>with the token in full</source>
            <translation>トークンを省略せずに</translation>
        </message>
        <message>
            <source>Save response…</source>
            <translation>応答を保存…</translation>
        </message>
        <message>
            <source>App-only Bearer token (optional)</source>
            <translation>アプリ専用 Bearer トークン（任意）</translation>
        </message>
        <message>
            <source>consumer key</source>
            <translation>consumer key</translation>
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
            <translation>API Key(&amp;K):</translation>
        </message>
        <message>
            <source>API Key &amp;Secret:</source>
            <translation>API Key Secret(&amp;S):</translation>
        </message>
        <message>
            <source>Get app-only token</source>
            <translation>アプリ専用トークンを取得</translation>
        </message>
        <message>
            <source>Invalidate</source>
            <translation>無効にする</translation>
        </message>
        <message>
            <source>User token: acts as you (post, DMs, your data). App-only: public data only, for your app.</source>
            <translation>ユーザートークン: あなたとして動作します（ポスト、DM、あなたのデータ）。アプリ専用: アプリのための公開データのみ。</translation>
        </message>
        <message>
            <source> · token refreshed first</source>
            <translation> ・先にトークンを更新</translation>
        </message>
        <message>
            <source>
… (cut here; Save response… keeps it all)</source>
            <translation>
…（ここで省略。「応答を保存…」ですべて保存できます）</translation>
        </message>
        <message>
            <source>Save response</source>
            <translation>応答を保存</translation>
        </message>
        <message>
            <source>The JSON body is nested too deeply to check.</source>
            <translation>JSON 本文の入れ子が深すぎて確認できません。</translation>
        </message>
        <message>
            <source>The JSON body is not valid JSON (line {line}, column {column}).</source>
            <translation>JSON 本文が正しい JSON ではありません（{line} 行目、{column} 列目）。</translation>
        </message>
        <message>
            <source>&amp;Upload media…</source>
            <translation>メディアをアップロード(&amp;U)…</translation>
        </message>
        <message>
            <source>Upload an image or a video for your next post</source>
            <translation>次のポスト用に画像または動画をアップロード</translation>
        </message>
        <message>
            <source>Upload progress</source>
            <translation>アップロードの進行状況</translation>
        </message>
        <message>
            <source>Cancel upload</source>
            <translation>アップロードを取り消す</translation>
        </message>
        <message>
            <source>Upload media</source>
            <translation>メディアをアップロード</translation>
        </message>
        <message>
            <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</source>
            <translation>画像と動画 (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</translation>
        </message>
        <message>
            <source>Uploading media needs {scope}, which this token was not granted.</source>
            <translation>メディアのアップロードには {scope} が必要ですが、このトークンには許可されていません。</translation>
        </message>
        <message>
            <source>Uploaded: media id {id}. It is in the body of your next post.</source>
            <translation>アップロードしました: メディア ID {id}。次のポストの本文に入っています。</translation>
        </message>
    </context>
    <context>
        <name>ConsoleQuery</name>
        <message>
            <source>comma-separated: {values}</source>
            <translation>カンマ区切り: {values}</translation>
        </message>
        <message>
            <source>for example {example}</source>
            <translation>例: {example}</translation>
        </message>
        <message>
            <source>Query parameters</source>
            <translation>クエリパラメーター</translation>
        </message>
        <message>
            <source> (required)</source>
            <translation> (必須)</translation>
        </message>
    </context>
    <context>
        <name>ConsoleStream</name>
        <message>
            <source>{kb} KB received.</source>
            <translation>{kb} KB 受信しました。</translation>
        </message>
        <message>
            <source>The stream stopped itself after {s} seconds, its time limit here.</source>
            <translation>ストリームは {s} 秒後に自動で停止しました (ここでの時間の上限)。</translation>
        </message>
        <message>
            <source>The stream stopped itself after {mb} MB, its size limit here.</source>
            <translation>ストリームは {mb} MB で自動で停止しました (ここでのサイズの上限)。</translation>
        </message>
        <message>
            <source>Stream stopped.</source>
            <translation>ストリームを停止しました。</translation>
        </message>
        <message>
            <source>The server ended the stream.</source>
            <translation>サーバーがストリームを終了しました。</translation>
        </message>
        <message>
            <source>The connection broke; send the call again to reconnect.</source>
            <translation>接続が切れました。再接続するには呼び出しをもう一度送信してください。</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>The settings changed. Press Authorize when they are ready.</source>
            <translation>設定が変わりました。準備ができたら「認可」を押してください。</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>予期しない問題が発生しました。</translation>
        </message>
        <message>
            <source>Try again; if it repeats, copy the request log into a bug report.</source>
            <translation>もう一度お試しください。繰り返し起きる場合は、リクエストログをコピーしてバグ報告に添えてください。</translation>
        </message>
        <message>
            <source>Send it to this server</source>
            <translation>このサーバーに送信</translation>
        </message>
        <message>
            <source>Use another port</source>
            <translation>別のポートを使う</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>再サインイン</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>その設定に戻す</translation>
        </message>
    </context>
    <context>
        <name>Diagnose</name>
        <message>
            <source>Window system</source>
            <translation>ウィンドウシステム</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>キーチェーン</translation>
        </message>
        <message>
            <source>TLS trust store</source>
            <translation>TLS 証明書ストア</translation>
        </message>
        <message>
            <source>Callback port</source>
            <translation>コールバックポート</translation>
        </message>
        <message>
            <source>Sandbox login</source>
            <translation>サンドボックスでのログイン</translation>
        </message>
        <message>
            <source>could not start the check ({error}).</source>
            <translation>確認を開始できませんでした ({error})。</translation>
        </message>
        <message>
            <source>no display here (DISPLAY is not set), so the window can't open in this session. Run the app from your desktop; QT_QPA_PLATFORM=offscreen checks the rest.</source>
            <translation>ここにはディスプレイがありません（DISPLAY が未設定）。このセッションではウィンドウを開けません。デスクトップからアプリを起動してください。残りは QT_QPA_PLATFORM=offscreen で確認できます。</translation>
        </message>
        <message>
            <source>Qt could not open a window here. {hint}</source>
            <translation>Qt はここでウィンドウを開けませんでした。{hint}</translation>
        </message>
        <message>
            <source>Is a display available?</source>
            <translation>ディスプレイは使えますか?</translation>
        </message>
        <message>
            <source>Qt platform '{platform}' loaded, but no font has Latin letters.</source>
            <translation>Qt プラットフォーム「{platform}」を読み込みましたが、ラテン文字を含むフォントがありません。</translation>
        </message>
        <message>
            <source>Qt {qt} platform '{platform}', font '{font}' renders text.</source>
            <translation>Qt {qt}、プラットフォーム「{platform}」、フォント「{font}」で文字を表示できます。</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work.</source>
            <translation>{store}: 書き込み、読み取り、削除ができます。</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work (a plain-text backend: secrets are not protected).</source>
            <translation>{store}: 書き込み、読み取り、削除ができます（平文の保存先のため、シークレットは保護されません）。</translation>
        </message>
        <message>
            <source>{store}: a test entry did not read back correctly.</source>
            <translation>{store}: テスト用の項目を正しく読み戻せませんでした。</translation>
        </message>
        <message>
            <source>{problem} The app keeps tokens in memory for the session.</source>
            <translation>{problem} アプリはこのセッションの間、トークンをメモリに保持します。</translation>
        </message>
        <message>
            <source>the keyring did not answer in time (an unlock prompt may be waiting).</source>
            <translation>キーチェーンが時間内に応答しませんでした（ロック解除の確認が待っている可能性があります）。</translation>
        </message>
        <message>
            <source>the certificate bundle could not be loaded ({error}).</source>
            <translation>証明書バンドルを読み込めませんでした ({error})。</translation>
        </message>
        <message numerus="yes">
            <source>only %n certificate authorities loaded.</source>
            <translation>
                <numerusform>読み込めた認証局は %n 件だけです。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate authorities loaded (HTTPS to X can be verified).</source>
            <translation>
                <numerusform>%n 件の認証局を読み込みました（X への HTTPS を検証できます）。</numerusform>
            </translation>
        </message>
        <message>
            <source>{uri} is not a loopback http address; use the paste box to log in.</source>
            <translation>{uri} はループバックの http アドレスではありません。サインインには貼り付け欄を使ってください。</translation>
        </message>
        <message>
            <source>{uri} can be opened for the browser's answer.</source>
            <translation>{uri} でブラウザーからの応答を受け取れます。</translation>
        </message>
        <message>
            <source>stopped at {where} after {steps}. {banner}</source>
            <translation>{steps} の後、{where} で停止しました。{banner}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>authorize, callback, exchange, refresh, who am I and revoke all work.</source>
            <translation>認可、コールバック、交換、更新、ユーザー確認、取り消しのすべてが動作します。</translation>
        </message>
        <message>
            <source>the login</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <source>login</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <source>the refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>the old refresh token still works after a refresh</source>
            <translation>更新後も古いリフレッシュトークンが使えます</translation>
        </message>
        <message>
            <source>refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>who am I</source>
            <translation>ユーザー確認</translation>
        </message>
        <message>
            <source>who am I did not name the account</source>
            <translation>ユーザー確認でアカウント名が返りませんでした</translation>
        </message>
        <message>
            <source>the revoke</source>
            <translation>取り消し</translation>
        </message>
        <message>
            <source>the access token still works after revoking</source>
            <translation>取り消し後もアクセストークンが使えます</translation>
        </message>
        <message>
            <source>revoke</source>
            <translation>取り消し</translation>
        </message>
        <message>
            <source>{where}, frozen</source>
            <translation>{where}、パッケージ版</translation>
        </message>
        <message>
            <source>{app} {version} diagnostics ({where})</source>
            <translation>{app} {version} の診断 ({where})</translation>
        </message>
        <message>
            <source>All needed checks passed.</source>
            <translation>必要な確認はすべて合格しました。</translation>
        </message>
        <message>
            <source>Some checks failed: see the lines marked ✕.</source>
            <translation>一部の確認が失敗しました。✕ の付いた行をご覧ください。</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>&amp;Diagnostics…</source>
            <translation>診断(&amp;D)…</translation>
        </message>
        <message>
            <source>Running diagnostics (about 10 seconds)…</source>
            <translation>診断を実行中（約 10 秒）…</translation>
        </message>
        <message>
            <source>Diagnostics finished: all needed checks passed.</source>
            <translation>診断が終わりました。必要な確認はすべて合格しました。</translation>
        </message>
        <message>
            <source>Diagnostics finished: some checks failed.</source>
            <translation>診断が終わりました。一部の確認が失敗しました。</translation>
        </message>
        <message>
            <source>xauth-gui diagnostics</source>
            <translation>xauth-gui の診断</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>レポートをコピー</translation>
        </message>
    </context>
    <context>
        <name>Discovery</name>
        <message>
            <source>Nothing was changed. Check the address, or fill in the endpoints.</source>
            <translation>何も変更していません。アドレスを確認するか、エンドポイントを手動で入力してください。</translation>
        </message>
        <message>
            <source>issuer address</source>
            <translation>発行者アドレス</translation>
        </message>
        <message>
            <source>An issuer address has no ? or # part.</source>
            <translation>発行者アドレスには ? や # の部分は付きません。</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” list.</source>
            <translation>サーバーのメタデータの「{name}」リストが壊れています。</translation>
        </message>
        <message>
            <source>The server's metadata does not name its “{name}”.</source>
            <translation>サーバーのメタデータに「{name}」がありません。</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document (not JSON).</source>
            <translation>サーバーの応答はメタデータ文書ではありません (JSON ではありません)。</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document.</source>
            <translation>サーバーの応答はメタデータ文書ではありません。</translation>
        </message>
        <message>
            <source>The metadata says it is for “{named}”, not for “{issuer}”, so it was not used.</source>
            <translation>メタデータは「{issuer}」ではなく「{named}」用とされているため、使用しませんでした。</translation>
        </message>
        <message>
            <source>Type the issuer exactly as the server's documentation gives it.</source>
            <translation>サーバーのドキュメントに書かれているとおりに発行者を入力してください。</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” value.</source>
            <translation>サーバーのメタデータの「{name}」の値が壊れています。</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>認可 URL</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>トークン URL</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>取り消し URL</translation>
        </message>
        <message>
            <source>It names no {what}; the built-in {ours} is kept.</source>
            <translation>{what} が記載されていません。組み込みの {ours} を使い続けます。</translation>
        </message>
        <message>
            <source>Its {what} is {theirs}; the built-in {ours} is kept.</source>
            <translation>{what} は {theirs} です。組み込みの {ours} を使い続けます。</translation>
        </message>
        <message>
            <source>Issuer or metadata address</source>
            <translation>発行者またはメタデータのアドレス</translation>
        </message>
        <message>
            <source>https://login.example.com</source>
            <translation>https://login.example.com</translation>
        </message>
        <message>
            <source>Fill in reads the server's published settings and fills the endpoints below.</source>
            <translation>「入力」はサーバーが公開している設定を読み取り、下のエンドポイントを入力します。</translation>
        </message>
        <message>
            <source>Fill in</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>Fill in from the server's metadata</source>
            <translation>サーバーのメタデータから入力</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>発行者:</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Compare with X's metadata</source>
            <translation>X のメタデータと比較</translation>
        </message>
        <message>
            <source>Reading the server's metadata…</source>
            <translation>サーバーのメタデータを読み取っています…</translation>
        </message>
        <message>
            <source>They agree.</source>
            <translation>一致しています。</translation>
        </message>
        <message>
            <source>X's metadata, compared:</source>
            <translation>X のメタデータとの比較:</translation>
        </message>
        <message>
            <source>The endpoints were not filled in:</source>
            <translation>エンドポイントは入力されませんでした:</translation>
        </message>
        <message>
            <source>Filled in from the metadata of {issuer}.</source>
            <translation>{issuer} のメタデータから入力しました。</translation>
        </message>
        <message>
            <source>A Client Secret goes in the request body, the only way it offers.</source>
            <translation>Client Secret はリクエスト本文で送信します (このサーバーが提供する唯一の方法です)。</translation>
        </message>
        <message>
            <source>Every answer from the browser must name this server.</source>
            <translation>ブラウザーからの応答はすべてこのサーバーを示す必要があります。</translation>
        </message>
        <message>
            <source>It offers only plain PKCE; S256 is kept, so it may refuse the login.</source>
            <translation>このサーバーは plain PKCE のみを提供しています。S256 のままなので、ログインが拒否される可能性があります。</translation>
        </message>
        <message>
            <source>Only plain PKCE</source>
            <translation>plain PKCE のみ</translation>
        </message>
        <message>
            <source>This server offers only plain PKCE, which sends the login's secret check value in the clear. Use plain for this server?</source>
            <translation>このサーバーは plain PKCE のみを提供しています。これはログインの秘密の確認値を暗号化せずに送信します。このサーバーで plain を使用しますか?</translation>
        </message>
    </context>
    <context>
        <name>ErrorMapping</name>
        <message>
            <source>The server refused the request (HTTP {status}) with an answer that is not JSON.</source>
            <translation>サーバーがリクエストを拒否しました (HTTP {status})。応答は JSON ではありません。</translation>
        </message>
        <message>
            <source>Try again after {time}.</source>
            <translation>{time} 以降にもう一度お試しください。</translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) and try again; nothing was lost.</source>
            <translation>
                <numerusform>%n 秒待ってからもう一度お試しください。失われたものはありません。</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused to issue tokens for this login.</source>
            <translation>サーバーはこのログインに対するトークンの発行を拒否しました。</translation>
        </message>
        <message>
            <source>The server refused to refresh the token.</source>
            <translation>サーバーはトークンの更新を拒否しました。</translation>
        </message>
        <message>
            <source>The server refused to revoke the token.</source>
            <translation>サーバーはトークンの取り消しを拒否しました。</translation>
        </message>
        <message>
            <source>The server refused the who-am-I request.</source>
            <translation>サーバーはユーザー確認のリクエストを拒否しました。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation>問題が発生しました。</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>もう一度お試しください。</translation>
        </message>
        <message>
            <source>{message}: “{reason}”.</source>
            <translation>{message}:「{reason}」</translation>
        </message>
        <message>
            <source>{message} ({error}).</source>
            <translation>{message} ({error})</translation>
        </message>
        <message>
            <source>{message} {hint}</source>
            <translation>{message} {hint}</translation>
        </message>
        <message>
            <source>The settings are not complete.</source>
            <translation>設定が完了していません。</translation>
        </message>
        <message>
            <source>Check the highlighted field.</source>
            <translation>強調表示された欄を確認してください。</translation>
        </message>
        <message>
            <source>The answer from the browser could not be used.</source>
            <translation>ブラウザーからの応答を使えませんでした。</translation>
        </message>
        <message>
            <source>Start the login again.</source>
            <translation>ログインをやり直してください。</translation>
        </message>
        <message>
            <source>That address is not this app's callback address.</source>
            <translation>そのアドレスはこのアプリのコールバックアドレスではありません。</translation>
        </message>
        <message>
            <source>Paste the full address the browser showed after you approved, starting with the callback URI.</source>
            <translation>承認後にブラウザーに表示されたアドレスを、Callback URI から始まる形ですべて貼り付けてください。</translation>
        </message>
        <message>
            <source>The answer from the browser is damaged (a value appears twice or is badly encoded).</source>
            <translation>ブラウザーからの応答が壊れています（値が重複しているか、エンコードが正しくありません）。</translation>
        </message>
        <message>
            <source>Start the login again; if you pasted it, copy the whole address once more.</source>
            <translation>ログインをやり直してください。貼り付けた場合は、アドレス全体をもう一度コピーしてください。</translation>
        </message>
        <message>
            <source>That is not the address the browser shows after you approve.</source>
            <translation>それは承認後にブラウザーに表示されるアドレスではありません。</translation>
        </message>
        <message>
            <source>Copy the whole address from the browser's address bar (it starts with http) and paste it again.</source>
            <translation>ブラウザーのアドレスバーからアドレス全体（http で始まるもの）をコピーし、もう一度貼り付けてください。</translation>
        </message>
        <message>
            <source>The answer from the browser does not belong to this login (its state does not match).</source>
            <translation>ブラウザーからの応答はこのログインのものではありません（state が一致しません）。</translation>
        </message>
        <message>
            <source>It was ignored. Finish the login in the browser tab this app opened, or start again.</source>
            <translation>無視しました。このアプリが開いたブラウザーのタブでログインを完了するか、やり直してください。</translation>
        </message>
        <message>
            <source>The browser came back without an authorization code.</source>
            <translation>ブラウザーが認可コードなしで戻ってきました。</translation>
        </message>
        <message>
            <source>Start the login again and press Authorize on X's page.</source>
            <translation>ログインをやり直し、X のページで「Authorize app」を押してください。</translation>
        </message>
        <message>
            <source>Start the login again and approve the request on the server's page.</source>
            <translation>ログインをやり直し、サーバーのページでリクエストを承認してください。</translation>
        </message>
        <message>
            <source>The answer came from a different server than the one this login was sent to.</source>
            <translation>このログインの送信先とは別のサーバーから応答が届きました。</translation>
        </message>
        <message>
            <source>Start the login again. If it happens again, check the server's settings with its administrator.</source>
            <translation>ログインをやり直してください。再び起きる場合は、サーバーの管理者に設定を確認してもらってください。</translation>
        </message>
        <message>
            <source>You declined the request in the browser, so no token was issued.</source>
            <translation>ブラウザーでリクエストを拒否したため、トークンは発行されませんでした。</translation>
        </message>
        <message>
            <source>Press Authorize again and choose Authorize app on X's page if you want a token.</source>
            <translation>トークンが必要な場合は、もう一度「認可」を押し、X のページで「Authorize app」を選んでください。</translation>
        </message>
        <message>
            <source>Press Authorize again and approve the request on the server's page if you want a token.</source>
            <translation>トークンが必要な場合は、もう一度「認可」を押し、サーバーのページでリクエストを承認してください。</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions (invalid_scope).</source>
            <translation>X が要求した権限の一つを拒否しました (invalid_scope)。</translation>
        </message>
        <message>
            <source>Untick permissions marked special access, or pick a preset, then try again.</source>
            <translation>特別なアクセスが必要な権限のチェックを外すか、プリセットを選んでから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The server refused one of the requested permissions (invalid_scope).</source>
            <translation>サーバーが要求した権限の一つを拒否しました (invalid_scope)。</translation>
        </message>
        <message>
            <source>Untick the permissions that server does not offer, then try again.</source>
            <translation>そのサーバーが提供していない権限のチェックを外してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>X did not authorize the app.</source>
            <translation>X はアプリを認可しませんでした。</translation>
        </message>
        <message>
            <source>Check the Client ID and that the callback URI is registered in the X developer console.</source>
            <translation>Client ID と、Callback URI が X 開発者コンソールに登録されているかを確認してください。</translation>
        </message>
        <message>
            <source>The server did not authorize the app.</source>
            <translation>サーバーはアプリを認可しませんでした。</translation>
        </message>
        <message>
            <source>Check the Client ID and the callback URI registered on that server, then try again.</source>
            <translation>Client ID と、そのサーバーに登録した Callback URI を確認してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The app could not wait for the browser's answer.</source>
            <translation>アプリはブラウザーからの応答を待てませんでした。</translation>
        </message>
        <message>
            <source>Use the paste box below instead.</source>
            <translation>代わりに下の貼り付け欄を使ってください。</translation>
        </message>
        <message>
            <source>another program ({name})</source>
            <translation>別のプログラム ({name})</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>別のプログラム</translation>
        </message>
        <message>
            <source>Port {port} on this computer is already used by {program}, so the login can't start.</source>
            <translation>このコンピューターのポート {port} は {program} が使用中のため、ログインを開始できません。</translation>
        </message>
        <message>
            <source>Close the other program, or register another callback URI (another port) in the X developer console and enter it here.</source>
            <translation>そのプログラムを閉じるか、X 開発者コンソールで別の Callback URI（別のポート）を登録してここに入力してください。</translation>
        </message>
        <message>
            <source>Close the other program, or press Use another port.</source>
            <translation>もう一方のプログラムを閉じるか、「別のポートを使う」を押してください。</translation>
        </message>
        <message>
            <source>This callback URI can't be caught by the app (it is not http:// on 127.0.0.1, [::1] or localhost).</source>
            <translation>この Callback URI はアプリで受け取れません（127.0.0.1、[::1]、localhost 上の http:// ではありません）。</translation>
        </message>
        <message>
            <source>After approving, paste the address the browser shows into the paste box.</source>
            <translation>承認後、ブラウザーに表示されたアドレスを貼り付け欄に貼り付けてください。</translation>
        </message>
        <message>
            <source>No answer came back from the browser in time.</source>
            <translation>ブラウザーから時間内に応答がありませんでした。</translation>
        </message>
        <message>
            <source>If X showed "Something went wrong", check the Client ID and that this exact callback URI is registered under User authentication settings. Then press Authorize again.</source>
            <translation>X に「Something went wrong」と表示された場合は、Client ID と、この Callback URI が User authentication settings に正確に登録されているかを確認してから、もう一度「認可」を押してください。</translation>
        </message>
        <message>
            <source>If the server showed an error page, check the Client ID and that this exact callback URI is registered there. Then press Authorize again.</source>
            <translation>サーバーにエラーページが表示された場合は、Client ID と、この Callback URI が正確に登録されているかを確認してから、もう一度「認可」を押してください。</translation>
        </message>
        <message>
            <source>The login was cancelled.</source>
            <translation>ログインをキャンセルしました。</translation>
        </message>
        <message>
            <source>Press Authorize to start again.</source>
            <translation>やり直すには「認可」を押してください。</translation>
        </message>
        <message>
            <source>The secure storage (keychain) failed.</source>
            <translation>安全な保存先（キーチェーン）でエラーが起きました。</translation>
        </message>
        <message>
            <source>Your tokens are kept in memory for this run; they still work until you close the app.</source>
            <translation>このセッションの間、トークンはメモリに保持され、アプリを閉じるまで使えます。</translation>
        </message>
        <message>
            <source>No secure storage (keychain) is available on this computer.</source>
            <translation>このコンピューターには安全な保存先（キーチェーン）がありません。</translation>
        </message>
        <message>
            <source>Tokens are kept in memory only for this run. You can opt in to a private file instead.</source>
            <translation>トークンはこのセッションの間だけメモリに保持されます。代わりにプライベートファイルを選ぶこともできます。</translation>
        </message>
        <message>
            <source>The keychain is locked (or the unlock prompt was dismissed).</source>
            <translation>キーチェーンがロックされています（またはロック解除の確認が閉じられました）。</translation>
        </message>
        <message>
            <source>Unlock it and press Retry, or keep the tokens in memory for this run.</source>
            <translation>ロックを解除して「再試行」を押すか、このセッションの間トークンをメモリに保持してください。</translation>
        </message>
        <message>
            <source>The keychain did not answer in time (an unlock prompt may be waiting).</source>
            <translation>キーチェーンが時間内に応答しませんでした（ロック解除の確認が待っている可能性があります）。</translation>
        </message>
        <message>
            <source>Answer the prompt and press Retry, or keep the tokens in memory for this run.</source>
            <translation>確認に応答して「再試行」を押すか、このセッションの間トークンをメモリに保持してください。</translation>
        </message>
        <message>
            <source>This secret is too long for Windows Credential Manager (over 1,280 characters).</source>
            <translation>このシークレットは Windows 資格情報マネージャーには長すぎます（1,280 文字超）。</translation>
        </message>
        <message>
            <source>It is kept in memory for this run only.</source>
            <translation>このセッションの間だけメモリに保持します。</translation>
        </message>
        <message>
            <source>Another xauth-gui is refreshing this token and did not finish in time.</source>
            <translation>別の xauth-gui がこのトークンを更新中で、時間内に終わりませんでした。</translation>
        </message>
        <message>
            <source>refreshing</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>revoking</source>
            <translation>取り消し</translation>
        </message>
        <message>
            <source>checking who you are</source>
            <translation>本人確認</translation>
        </message>
        <message>
            <source>Not sent: {action} would send these tokens to a different server or Client ID than the one that issued them ({issued_by}).</source>
            <translation>送信していません: {action} を行うと、これらのトークンを発行元（{issued_by}）とは別のサーバーまたは Client ID に送ることになります。</translation>
        </message>
        <message>
            <source>Press Sign in again to get tokens for the current settings, or Restore those settings.</source>
            <translation>現在の設定のトークンを得るには「再サインイン」を、元に戻すには「その設定に戻す」を押してください。</translation>
        </message>
        <message>
            <source>The Client Secret was entered for {entered_for}, so it is not sent to {now}.</source>
            <translation>この Client Secret は {entered_for} 用に入力されたため、{now} には送信しません。</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>別のサーバー</translation>
        </message>
        <message>
            <source>Enter the Client Secret again, or press Send it to this server if that server should have it.</source>
            <translation>Client Secret をもう一度入力するか、そのサーバーに渡してよい場合は「このサーバーに送信」を押してください。</translation>
        </message>
        <message>
            <source>The server refused the request.</source>
            <translation>サーバーがリクエストを拒否しました。</translation>
        </message>
        <message>
            <source>Check the settings and try again.</source>
            <translation>設定を確認して、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used (X's codes live 30 seconds).</source>
            <translation>認可コードの有効期限が切れたか、すでに使用されています（X のコードの有効期間は 30 秒です）。</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>「認可」を押してもう一度サインインしてください。</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used.</source>
            <translation>認可コードの有効期限が切れたか、すでに使用されています。</translation>
        </message>
        <message>
            <source>X could not match this login's PKCE verifier.</source>
            <translation>X はこのログインの PKCE 検証コードを照合できませんでした。</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a fresh login makes a fresh verifier).</source>
            <translation>「認可」を押してもう一度サインインしてください（新しいログインで新しい検証コードが作られます）。</translation>
        </message>
        <message>
            <source>The server could not match this login's PKCE verifier.</source>
            <translation>サーバーはこのログインの PKCE 検証コードを照合できませんでした。</translation>
        </message>
        <message>
            <source>The callback URI sent to X changed during the login.</source>
            <translation>X に送った Callback URI がログイン中に変わりました。</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again without editing the callback URI meanwhile.</source>
            <translation>途中で Callback URI を編集せずに、「認可」を押してもう一度サインインしてください。</translation>
        </message>
        <message>
            <source>The callback URI sent to the server changed during the login.</source>
            <translation>サーバーに送った Callback URI がログイン中に変わりました。</translation>
        </message>
        <message>
            <source>X did not accept the client credentials.</source>
            <translation>X はクライアントの認証情報を受け付けませんでした。</translation>
        </message>
        <message>
            <source>If your X app is a Web App or Automated App or Bot, choose Confidential and paste its Client Secret; otherwise choose Public, or set the app type to Native App in the developer console.</source>
            <translation>X アプリが Web App または Automated App or Bot なら、Confidential を選んで Client Secret を貼り付けてください。それ以外なら Public を選ぶか、開発者コンソールでアプリの種類を Native App にしてください。</translation>
        </message>
        <message>
            <source>The server did not accept the client credentials.</source>
            <translation>サーバーはクライアントの認証情報を受け付けませんでした。</translation>
        </message>
        <message>
            <source>Check the client type (public or confidential) and the Client Secret registered on that server.</source>
            <translation>クライアントの種類（public または confidential）と、そのサーバーに登録した Client Secret を確認してください。</translation>
        </message>
        <message>
            <source>X says the Client ID is missing.</source>
            <translation>X によると Client ID がありません。</translation>
        </message>
        <message>
            <source>Enter the OAuth 2.0 Client ID from Keys and tokens in the X developer console.</source>
            <translation>X 開発者コンソールの Keys and tokens にある OAuth 2.0 Client ID を入力してください。</translation>
        </message>
        <message>
            <source>The server says the Client ID is missing.</source>
            <translation>サーバーによると Client ID がありません。</translation>
        </message>
        <message>
            <source>Enter the Client ID that server gave your app.</source>
            <translation>そのサーバーがアプリに発行した Client ID を入力してください。</translation>
        </message>
        <message>
            <source>The token endpoint refused the grant type.</source>
            <translation>トークンエンドポイントがグラントタイプを拒否しました。</translation>
        </message>
        <message>
            <source>Check the token URL: X's is https://api.x.com/2/oauth2/token (with /2/).</source>
            <translation>トークン URL を確認してください。X のものは https://api.x.com/2/oauth2/token です（/2/ 付き）。</translation>
        </message>
        <message>
            <source>Check the token URL.</source>
            <translation>トークン URL を確認してください。</translation>
        </message>
        <message>
            <source>The refresh token is no longer valid (already used, revoked, or replaced by a newer login).</source>
            <translation>リフレッシュトークンはもう有効ではありません（使用済み、取り消し済み、または新しいログインで置き換え済み）。</translation>
        </message>
        <message>
            <source>The access token was refused (expired or revoked).</source>
            <translation>アクセストークンが拒否されました（期限切れまたは取り消し済み）。</translation>
        </message>
        <message>
            <source>Press Refresh, or Authorize to sign in again.</source>
            <translation>「更新」を押すか、「認可」を押してもう一度サインインしてください。</translation>
        </message>
        <message>
            <source>The token is not allowed to read your profile.</source>
            <translation>このトークンではプロフィールを読み取れません。</translation>
        </message>
        <message>
            <source>Tick tweet.read and users.read (the Who am I preset) and sign in again.</source>
            <translation>tweet.read と users.read（「自分を確認」のプリセット）にチェックを入れて、もう一度サインインしてください。</translation>
        </message>
        <message>
            <source>Your X app is not allowed to call the API yet (client-forbidden / client-not-enrolled).</source>
            <translation>お使いの X アプリはまだ API を呼び出せません (client-forbidden / client-not-enrolled)。</translation>
        </message>
        <message>
            <source>In the X developer console, attach the app to a project with an active usage package.</source>
            <translation>X 開発者コンソールで、有効な利用パッケージのあるプロジェクトにアプリを追加してください。</translation>
        </message>
        <message>
            <source>Too many requests: the server asked to slow down.</source>
            <translation>リクエストが多すぎます。サーバーが間隔を空けるよう求めています。</translation>
        </message>
        <message>
            <source>Wait a few minutes, then try again.</source>
            <translation>数分待ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The server can't revoke this kind of token.</source>
            <translation>サーバーはこの種類のトークンを取り消せません。</translation>
        </message>
        <message>
            <source>Remove the token locally; it expires on its own.</source>
            <translation>トークンをこのコンピューターから削除してください。期限が来れば無効になります。</translation>
        </message>
        <message>
            <source>The server had a problem answering.</source>
            <translation>サーバーの応答中に問題が起きました。</translation>
        </message>
        <message>
            <source>Wait a moment and try again; nothing was lost.</source>
            <translation>少し待ってからもう一度お試しください。失われたものはありません。</translation>
        </message>
        <message>
            <source>The server answered with a redirect, which the app does not follow for security.</source>
            <translation>サーバーがリダイレクトで応答しました。安全のため、アプリはリダイレクトに従いません。</translation>
        </message>
        <message>
            <source>Check the endpoint URLs (X's token URL is https://api.x.com/2/oauth2/token).</source>
            <translation>エンドポイント URL を確認してください（X のトークン URL は https://api.x.com/2/oauth2/token）。</translation>
        </message>
        <message>
            <source>Check the endpoint URLs; the server may have moved.</source>
            <translation>エンドポイント URL を確認してください。サーバーが移転した可能性があります。</translation>
        </message>
        <message>
            <source>The server's answer could not be understood.</source>
            <translation>サーバーの応答を理解できませんでした。</translation>
        </message>
        <message>
            <source>Check the endpoint URLs, then try again.</source>
            <translation>エンドポイント URL を確認してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The server could not be reached.</source>
            <translation>サーバーに接続できませんでした。</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>インターネット接続を確認してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The server could not be reached (connection failed or name not found).</source>
            <translation>サーバーに接続できませんでした（接続の失敗、または名前が見つかりません）。</translation>
        </message>
        <message>
            <source>Check your internet connection and the endpoint URLs, then try again.</source>
            <translation>インターネット接続とエンドポイント URL を確認してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The proxy server could not be reached.</source>
            <translation>プロキシサーバーに接続できませんでした。</translation>
        </message>
        <message>
            <source>Check the HTTPS_PROXY / HTTP_PROXY settings, then try again.</source>
            <translation>HTTPS_PROXY / HTTP_PROXY の設定を確認してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The secure connection could not be verified (TLS certificate problem).</source>
            <translation>安全な接続を検証できませんでした（TLS 証明書の問題）。</translation>
        </message>
        <message>
            <source>A proxy or security program may be intercepting traffic. Set REQUESTS_CA_BUNDLE to its certificate, or try another network.</source>
            <translation>プロキシやセキュリティソフトが通信を傍受している可能性があります。REQUESTS_CA_BUNDLE にその証明書を設定するか、別のネットワークをお試しください。</translation>
        </message>
        <message>
            <source>The server took too long to answer.</source>
            <translation>サーバーの応答に時間がかかりすぎました。</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>少ししてからもう一度お試しください。</translation>
        </message>
        <message>
            <source>The connection broke while exchanging the code, so it is unknown whether X issued tokens.</source>
            <translation>コードの交換中に接続が切れたため、X がトークンを発行したかどうか分かりません。</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a code can be used only once).</source>
            <translation>「認可」を押してもう一度サインインしてください（コードは一度しか使えません）。</translation>
        </message>
        <message>
            <source>This token contains characters a bearer token can't have, so it was not copied.</source>
            <translation>このトークンには Bearer トークンに使えない文字が含まれているため、コピーしませんでした。</translation>
        </message>
        <message>
            <source>Sign in again to get a new token.</source>
            <translation>新しいトークンを得るには、もう一度サインインしてください。</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Copy as Authorization header</source>
            <translation>Authorization ヘッダーとしてコピー</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>ヘッダー</translation>
        </message>
        <message>
            <source>Authorization header</source>
            <translation>Authorization ヘッダー</translation>
        </message>
        <message>
            <source>Copy as curl command (who am I)</source>
            <translation>curl コマンドとしてコピー（ユーザー確認）</translation>
        </message>
        <message>
            <source>curl command (who am I)</source>
            <translation>curl コマンド（ユーザー確認）</translation>
        </message>
        <message>
            <source>Copy as .env lines</source>
            <translation>.env の行としてコピー</translation>
        </message>
        <message>
            <source>.env lines</source>
            <translation>.env の行</translation>
        </message>
        <message>
            <source>Copy as JSON</source>
            <translation>JSON としてコピー</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Get started with xauth-gui</source>
            <translation>xauth-gui をはじめる</translation>
        </message>
    </context>
    <context>
        <name>Forget</name>
        <message>
            <source>{problem} Your settings were kept; try again when the keyring is available.</source>
            <translation>{problem} 設定は残しました。キーチェーンが使えるようになったら、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Removed {count} keyring entries and the settings in {folder}.</source>
            <translation>キーチェーンの項目 {count} 件と {folder} の設定を削除しました。</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>authorization code</source>
            <translation>認可コード</translation>
        </message>
        <message>
            <source>Client Secret</source>
            <translation>Client Secret</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>アクセストークン</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>リフレッシュトークン</translation>
        </message>
        <message>
            <source>API Key and Secret</source>
            <translation>API Key と Secret</translation>
        </message>
        <message>
            <source>app-only token</source>
            <translation>アプリ専用トークン</translation>
        </message>
        <message>
            <source>Not sent: the {what} belongs to {belongs}, and this address is {asked}.</source>
            <translation>送信しませんでした。{what}は {belongs} のもので、このアドレスは {asked} です。</translation>
        </message>
        <message>
            <source>Check the address: the app sends each secret only to the server it belongs to.</source>
            <translation>アドレスを確認してください。このアプリは各シークレットを、それが属するサーバーにだけ送ります。</translation>
        </message>
        <message>
            <source>Not sent: the address has a name or password before the server name, so it really goes to {asked}; the secret belongs to {belongs}.</source>
            <translation>送信しませんでした。アドレスのサーバー名の前に名前かパスワードがあるため、実際の送信先は {asked} です。このシークレットは {belongs} のものです。</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>アドレスから :// と @ の間をすべて削除してください。</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>別のサーバー</translation>
        </message>
        <message>
            <source>no server</source>
            <translation>どのサーバーでもない</translation>
        </message>
        <message>
            <source>address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>Not sent: a request to {url} carried a secret that was not checked first.</source>
            <translation>送信しませんでした。{url} へのリクエストに、事前に確認されていないシークレットが含まれていました。</translation>
        </message>
        <message>
            <source>This is a bug in the app: copy the request log into a bug report.</source>
            <translation>これはアプリの不具合です。リクエストログをバグ報告にコピーしてください。</translation>
        </message>
    </context>
    <context>
        <name>GetStarted</name>
        <message>
            <source>&amp;Sandbox: try it now, no account needed</source>
            <translation>サンドボックス: アカウントなしで今すぐ試す(&amp;S)</translation>
        </message>
        <message>
            <source>A pretend X built into this app. Sign in with one click and see every step; nothing leaves your computer.</source>
            <translation>このアプリに組み込まれた模擬 X です。ワンクリックでサインインし、各手順を確認できます。データはコンピューターの外に出ません。</translation>
        </message>
        <message>
            <source>I have an X &amp;app</source>
            <translation>X アプリを持っている(&amp;A)</translation>
        </message>
        <message>
            <source>You have a Client ID from the X developer console. Paste it, pick permissions, sign in.</source>
            <translation>X 開発者コンソールで取得した Client ID をお持ちの方。貼り付けて、権限を選び、サインインします。</translation>
        </message>
        <message>
            <source>Help me set &amp;up an X app</source>
            <translation>X アプリの設定を手伝ってほしい(&amp;U)</translation>
        </message>
        <message>
            <source>Step by step through the X developer console, with the exact values to paste.</source>
            <translation>X 開発者コンソールの手順を、貼り付ける値とともに順に案内します。</translation>
        </message>
        <message>
            <source>Open the X developer console and sign in with your X account; create a Project and an App if you have none.</source>
            <translation>X 開発者コンソールを開き、X アカウントでサインインします。まだなければ Project と App を作成します。</translation>
        </message>
        <message>
            <source>In your app, open User authentication settings → Set up. App permissions: Read (or Read and write if you will post).</source>
            <translation>アプリで User authentication settings → Set up を開きます。App permissions: Read（ポストする場合は Read and write）。</translation>
        </message>
        <message>
            <source>Type of App: Native App (this app keeps no secret: choose Public here), or Web App, Automated App or Bot (X gives you a Client Secret: choose Confidential).</source>
            <translation>Type of App: Native App（このアプリはシークレットを保持しません。ここで Public を選びます）、または Web App, Automated App or Bot（X から Client Secret が発行されます。Confidential を選びます）。</translation>
        </message>
        <message>
            <source>Callback URI / Redirect URL: paste exactly</source>
            <translation>Callback URI / Redirect URL: 次をそのまま貼り付け</translation>
        </message>
        <message>
            <source>Website URL: X needs one; any site of yours, or for testing</source>
            <translation>Website URL: X では必須です。ご自身の任意のサイト、またはテスト用に</translation>
        </message>
        <message>
            <source>Save. Then open Keys and tokens → OAuth 2.0 Client ID and Client Secret, and copy the Client ID (and the Secret, for Confidential) into this app.</source>
            <translation>保存します。次に Keys and tokens → OAuth 2.0 Client ID and Client Secret を開き、Client ID（Confidential の場合は Secret も）をこのアプリにコピーします。</translation>
        </message>
        <message>
            <source>Get an X API user token</source>
            <translation>X API のユーザートークンを取得</translation>
        </message>
        <message>
            <source>This app signs you in to X in your browser and gives you the token a program needs to act as you. Choose how to start; you can come back here from Help → Get started.</source>
            <translation>このアプリはブラウザーで X にサインインし、プログラムがあなたとして動作するために必要なトークンを取得します。始め方を選んでください。「ヘルプ」→「はじめに」からいつでもここに戻れます。</translation>
        </message>
        <message>
            <source>Set up an X app (about five minutes)</source>
            <translation>X アプリを設定する（約 5 分）</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Copy {value}</source>
            <translation>{value} をコピー</translation>
        </message>
        <message>
            <source>Open the developer &amp;console</source>
            <translation>開発者コンソールを開く(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>戻る(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next: fill in the form</source>
            <translation>次へ: フォームに入力(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>JsonPreview</name>
        <message>
            <source>The answer is not JSON; shown as text.</source>
            <translation>応答は JSON ではないため、テキストとして表示しています。</translation>
        </message>
        <message>
            <source>The answer is {mb:.1f} MB: its start is shown, not checked as JSON.</source>
            <translation>応答は {mb:.1f} MB あります。先頭部分を表示しています（JSON としては確認していません）。</translation>
        </message>
        <message>
            <source>The answer is nested too deeply to check; shown as text.</source>
            <translation>応答の入れ子が深すぎて確認できないため、テキストとして表示しています。</translation>
        </message>
        <message>
            <source>The answer is not valid JSON; shown as text.</source>
            <translation>応答は正しい JSON ではないため、テキストとして表示しています。</translation>
        </message>
        <message>
            <source>({kind} image, {size} bytes)</source>
            <translation>（{kind} 画像、{size} バイト）</translation>
        </message>
        <message>
            <source>({kind} data, {size} bytes)</source>
            <translation>（{kind} データ、{size} バイト）</translation>
        </message>
        <message>
            <source>(binary data, {size} bytes)</source>
            <translation>（バイナリデータ、{size} バイト）</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>System default ({language})</source>
            <translation>システムの既定（{language}）</translation>
        </message>
        <message>
            <source>This is the language already shown.</source>
            <translation>すでにこの言語で表示しています。</translation>
        </message>
        <message>
            <source>{language} is used from the next start of xauth-gui.</source>
            <translation>次に xauth-gui を起動したときから {language} で表示します。</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>今すぐ再起動</translation>
        </message>
    </context>
    <context>
        <name>Listener</name>
        <message>
            <source>The app could not listen on port {port} of this computer.</source>
            <translation>アプリはこのコンピューターのポート {port} で待ち受けできませんでした。</translation>
        </message>
        <message>
            <source>Pick another callback URI (registered in the X developer console), or use the paste box.</source>
            <translation>別の Callback URI（X 開発者コンソールに登録済みのもの）を選ぶか、貼り付け欄を使ってください。</translation>
        </message>
    </context>
    <context>
        <name>LoginFlow</name>
        <message>
            <source>An answer arrived from the browser tab of an earlier login, so it was ignored. Approve in the newest tab, or press Restart login.</source>
            <translation>以前のログインのブラウザータブから応答が届いたため、無視しました。最新のタブで承認するか、「ログインをやり直す」を押してください。</translation>
        </message>
        <message>
            <source>Press Authorize first; then paste the address the browser shows after approving.</source>
            <translation>先に「認可」を押してから、承認後にブラウザーに表示されたアドレスを貼り付けてください。</translation>
        </message>
        <message>
            <source>{concern} X will refuse it. Authorize with it anyway?</source>
            <translation>{concern} X はこれを拒否します。それでも認可しますか?</translation>
        </message>
        <message>
            <source>Authorize anyway</source>
            <translation>それでも認可する</translation>
        </message>
        <message>
            <source>No permissions are selected.</source>
            <translation>権限が選ばれていません。</translation>
        </message>
        <message>
            <source>Tick at least one, or pick a preset.</source>
            <translation>一つ以上にチェックを入れるか、プリセットを選んでください。</translation>
        </message>
        <message>
            <source>The browser could not be opened. Copy the address below, open it in your browser, approve, then come back (paste the final address below if this app does not notice).</source>
            <translation>ブラウザーを開けませんでした。下のアドレスをコピーしてブラウザーで開き、承認してから戻ってください（このアプリが気付かない場合は、最後のアドレスを下に貼り付けてください）。</translation>
        </message>
        <message>
            <source>Approve the request in the browser. This callback URI can't be caught by the app: after approving, copy the address the browser shows and paste it below.</source>
            <translation>ブラウザーでリクエストを承認してください。この Callback URI はアプリで受け取れないため、承認後にブラウザーに表示されたアドレスをコピーして下に貼り付けてください。</translation>
        </message>
        <message>
            <source>Waiting for you to approve the request in the browser…</source>
            <translation>ブラウザーでの承認を待っています…</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Then press Authorize.</source>
            <translation>Callback URI を {uri} にしました。続けて「認可」を押してください。</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Add it as a Callback URI in your X app's User authentication settings first. Then press Authorize.</source>
            <translation>Callback URI を {uri} にしました。先にこれを X アプリの User authentication settings に Callback URI として追加してから、「認可」を押してください。</translation>
        </message>
        <message>
            <source>The login failed.</source>
            <translation>ログインに失敗しました。</translation>
        </message>
        <message>
            <source>Approved. Getting your token…</source>
            <translation>承認されました。トークンを取得しています…</translation>
        </message>
        <message>
            <source>The login did not finish:</source>
            <translation>ログインが完了しませんでした:</translation>
        </message>
        <message>
            <source>X did not grant: {scopes}.</source>
            <translation>X が許可しなかった権限: {scopes}。</translation>
        </message>
        <message>
            <source>Signed in: your token is ready.</source>
            <translation>サインインしました。トークンの準備ができました。</translation>
        </message>
    </context>
    <context>
        <name>LoginPanel</name>
        <message>
            <source>&amp;Authorize in browser</source>
            <translation>ブラウザーで認可(&amp;A)</translation>
        </message>
        <message>
            <source>Authorize in browser</source>
            <translation>ブラウザーで認可</translation>
        </message>
        <message>
            <source>Waiting for the browser</source>
            <translation>ブラウザーを待っています</translation>
        </message>
        <message>
            <source>Cancel lo&amp;gin</source>
            <translation>ログインを中止(&amp;G)</translation>
        </message>
        <message>
            <source>Cancel login</source>
            <translation>ログインを中止</translation>
        </message>
        <message>
            <source>Authorization address</source>
            <translation>認可アドレス</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Copy authorization address</source>
            <translation>認可アドレスをコピー</translation>
        </message>
        <message>
            <source>If no browser opened, open this address:</source>
            <translation>ブラウザーが開かなかった場合は、このアドレスを開いてください:</translation>
        </message>
        <message>
            <source>Paste the address shown after approving</source>
            <translation>承認後に表示されたアドレスを貼り付け</translation>
        </message>
        <message>
            <source>…or paste the address here</source>
            <translation>…またはアドレスをここに貼り付け</translation>
        </message>
        <message>
            <source>Use pasted address</source>
            <translation>貼り付けたアドレスを使う</translation>
        </message>
        <message>
            <source>Rest&amp;art login</source>
            <translation>ログインをやり直す(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Authorize again</source>
            <translation>もう一度認可(&amp;A)</translation>
        </message>
        <message>
            <source>Getting your token…</source>
            <translation>トークンを取得しています…</translation>
        </message>
    </context>
    <context>
        <name>LoopbackHttp</name>
        <message>
            <source>en</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Done: xauth-gui has your token</source>
            <translation>完了: xauth-gui がトークンを受け取りました</translation>
        </message>
        <message>
            <source>You can close this tab and return to xauth-gui.</source>
            <translation>このタブを閉じて xauth-gui に戻ってください。</translation>
        </message>
        <message>
            <source>You declined the request</source>
            <translation>リクエストを拒否しました</translation>
        </message>
        <message>
            <source>No token was issued. You can close this tab and return to xauth-gui; press Authorize there to try again.</source>
            <translation>トークンは発行されていません。このタブを閉じて xauth-gui に戻り、やり直す場合は「認可」を押してください。</translation>
        </message>
        <message>
            <source>This login already finished</source>
            <translation>このログインはすでに完了しています</translation>
        </message>
        <message>
            <source>xauth-gui already received an answer for it. You can close this tab.</source>
            <translation>xauth-gui はこのログインの応答をすでに受け取っています。このタブは閉じてかまいません。</translation>
        </message>
        <message>
            <source>This answer is not for the current login</source>
            <translation>この応答は現在のログインのものではありません</translation>
        </message>
        <message>
            <source>It does not match the login xauth-gui is waiting for, so it was ignored. Return to xauth-gui and finish or restart the login there.</source>
            <translation>xauth-gui が待っているログインと一致しないため、無視しました。xauth-gui に戻ってログインを完了するか、やり直してください。</translation>
        </message>
        <message>
            <source>The answer was damaged</source>
            <translation>応答が壊れていました</translation>
        </message>
        <message>
            <source>xauth-gui could not read it. Return to xauth-gui and start again.</source>
            <translation>xauth-gui は応答を読み取れませんでした。xauth-gui に戻ってやり直してください。</translation>
        </message>
        <message>
            <source>This login was cancelled</source>
            <translation>このログインはキャンセルされました</translation>
        </message>
        <message>
            <source>It was cancelled in xauth-gui, so this answer was not used. You can close this tab; press Authorize in xauth-gui to start again.</source>
            <translation>xauth-gui でキャンセルされたため、この応答は使われませんでした。このタブを閉じ、やり直す場合は xauth-gui で「認可」を押してください。</translation>
        </message>
        <message>
            <source>xauth-gui is waiting</source>
            <translation>xauth-gui が待っています</translation>
        </message>
        <message>
            <source>Approve the request on X's page; this tab will then show the result.</source>
            <translation>X のページでリクエストを承認してください。このタブに結果が表示されます。</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source>This is xauth-gui's login helper; there is nothing else here.</source>
            <translation>これは xauth-gui のログイン補助です。ここにはほかに何もありません。</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>許可されていません</translation>
        </message>
        <message>
            <source>This address is only for xauth-gui on this computer.</source>
            <translation>このアドレスはこのコンピューター上の xauth-gui 専用です。</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>リクエストがタイムアウトしました</translation>
        </message>
        <message>
            <source>Nothing arrived in time.</source>
            <translation>時間内に何も届きませんでした。</translation>
        </message>
        <message>
            <source>Bad request</source>
            <translation>不正なリクエスト</translation>
        </message>
        <message>
            <source>xauth-gui could not read this request.</source>
            <translation>xauth-gui はこのリクエストを読み取れませんでした。</translation>
        </message>
        <message>
            <source>This answer is not from the expected server</source>
            <translation>この応答は想定したサーバーからのものではありません</translation>
        </message>
        <message>
            <source>It names another server, or none, as its sender, so xauth-gui refused it and sent nothing on. Return to xauth-gui: it names both servers.</source>
            <translation>送信元として別のサーバーを示しているか、何も示していないため、xauth-gui は拒否し、何も転送しませんでした。xauth-gui に戻ると両方のサーバー名が表示されます。</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions.</source>
            <translation>X が要求した権限の一つを拒否しました。</translation>
        </message>
        <message>
            <source>The answer had no authorization code.</source>
            <translation>応答に認可コードがありませんでした。</translation>
        </message>
        <message>
            <source>X reported an error instead of a token.</source>
            <translation>X がトークンの代わりにエラーを返しました。</translation>
        </message>
        <message>
            <source>The login did not complete</source>
            <translation>ログインが完了しませんでした</translation>
        </message>
        <message>
            <source>Return to xauth-gui for details and to try again.</source>
            <translation>詳細を確認してやり直すには、xauth-gui に戻ってください。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tokens</source>
            <translation>トークン</translation>
        </message>
        <message>
            <source>Your app and its permissions</source>
            <translation>アプリとその権限</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>ツール(&amp;T)</translation>
        </message>
        <message>
            <source>Clipboard clearing delay…</source>
            <translation>クリップボードを消去するまでの時間…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Get started…</source>
            <translation>はじめに(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;About xauth-gui</source>
            <translation>xauth-gui について(&amp;A)</translation>
        </message>
        <message>
            <source>Clear copied tokens after how many seconds? (0: never)</source>
            <translation>コピーしたトークンを何秒後にクリップボードから消去しますか?（0: 消去しない）</translation>
        </message>
        <message>
            <source>Clipboard</source>
            <translation>クリップボード</translation>
        </message>
        <message>
            <source>Signs you in to X in your own browser and gives you the tokens your scripts and tools need to use the X API as you. Your secrets stay on this computer, in its keychain.</source>
            <translation>ご自分のブラウザーで X にサインインし、スクリプトやツールがあなたとして X API を使うためのトークンを受け取ります。シークレットはこのコンピューターのキーチェーンに保存され、外には出ません。</translation>
        </message>
        <message>
            <source>Your X apps and their keys: {link}</source>
            <translation>X アプリとそのキー: {link}</translation>
        </message>
        <message>
            <source>About xauth-gui</source>
            <translation>xauth-gui について</translation>
        </message>
        <message>
            <source>Licences: each bundled part's own, in its Python package.</source>
            <translation>ライセンス: 同梱の各部品のものが、それぞれの Python パッケージにあります。</translation>
        </message>
        <message>
            <source>the licence texts</source>
            <translation>ライセンス文</translation>
        </message>
        <message>
            <source>It includes Qt, PySide6, Python and other free software: {link}.</source>
            <translation>Qt、PySide6、Python などのフリーソフトウェアを含みます: {link}。</translation>
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>X takes images (JPEG, PNG, WebP, GIF) and videos (MP4, MOV, WebM); pick one.</source>
            <translation>X が受け付けるのは画像 (JPEG、PNG、WebP、GIF) と動画 (MP4、MOV、WebM) です。いずれかを選んでください。</translation>
        </message>
        <message>
            <source>The file is empty: pick another one.</source>
            <translation>ファイルが空です。別のファイルを選んでください。</translation>
        </message>
        <message>
            <source>The file is larger than X takes for this kind of media ({limit} MB).</source>
            <translation>このファイルは、この種類のメディアで X が受け付ける大きさ ({limit} MB) を超えています。</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>まだトークンがありません。まず「認可」を押してサインインしてください。</translation>
        </message>
        <message>
            <source>X's answer has no media id.</source>
            <translation>X の応答にメディア ID がありません。</translation>
        </message>
        <message>
            <source>Finishing…</source>
            <translation>仕上げ中…</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>アップロード中…</translation>
        </message>
        <message>
            <source>Starting the upload…</source>
            <translation>アップロードを開始しています…</translation>
        </message>
        <message>
            <source>X could not process the media: {why}</source>
            <translation>X はメディアを処理できませんでした: {why}</translation>
        </message>
        <message>
            <source>X is still processing the media; try the status call later.</source>
            <translation>X はまだメディアを処理中です。後でステータスの呼び出しを試してください。</translation>
        </message>
        <message>
            <source>X is processing the media ({percent} %)…</source>
            <translation>X がメディアを処理中です ({percent} %)…</translation>
        </message>
        <message>
            <source>Uploaded.</source>
            <translation>アップロードしました。</translation>
        </message>
        <message>
            <source>Upload cancelled: X drops the unfinished media by itself.</source>
            <translation>アップロードを取り消しました: 未完成のメディアは X が自動で破棄します。</translation>
        </message>
    </context>
    <context>
        <name>Oauth</name>
        <message>
            <source>There is no refresh token (offline.access was not granted).</source>
            <translation>リフレッシュトークンがありません（offline.access が許可されていません）。</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>「認可」を押してもう一度サインインしてください。</translation>
        </message>
        <message>
            <source>The server's answer has no app-only token.</source>
            <translation>サーバーの応答にアプリ専用トークンがありません。</translation>
        </message>
        <message>
            <source>{issuer} publishes no metadata (the server answered {statuses}).</source>
            <translation>{issuer} はメタデータを公開していません (サーバーの応答: {statuses})。</translation>
        </message>
        <message>
            <source>Nothing was changed. Check the issuer address, or fill in the endpoints by hand.</source>
            <translation>何も変更していません。発行者アドレスを確認するか、エンドポイントを手動で入力してください。</translation>
        </message>
    </context>
    <context>
        <name>OtherProcesses</name>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>別の xauth-gui プロセスがトークンを更新しました。このウィンドウは新しいトークンを使います。</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>2. Permissions</source>
            <translation>2. 権限</translation>
        </message>
    </context>
    <context>
        <name>PortOwner</name>
        <message>
            <source>a program</source>
            <translation>あるプログラム</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>The server no longer accepts these tokens: press Authorize to sign in again.</source>
            <translation>サーバーはこのトークンを受け付けなくなりました。「認可」を押してもう一度サインインしてください。</translation>
        </message>
        <message>
            <source>unknown (the server did not say)</source>
            <translation>不明（サーバーが示していません）</translation>
        </message>
        <message>
            <source>expired: press Refresh</source>
            <translation>期限切れ: 「更新」を押してください</translation>
        </message>
        <message>
            <source>expired: press Authorize</source>
            <translation>期限切れ: 「認可」を押してください</translation>
        </message>
        <message>
            <source>in {left} (at {clock})</source>
            <translation>あと {left}（{clock} まで）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Not granted: {scopes}</source>
            <translation>許可されていない権限: {scopes}</translation>
        </message>
        <message>
            <source>Signed in. Press Who am I? to see the account.</source>
            <translation>サインイン済みです。アカウントを見るには「自分を確認」を押してください。</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>まだサインインしていません。</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>応答なし</translation>
        </message>
        <message>
            <source>Secrets: memory only ⚠ no keychain</source>
            <translation>シークレットの保存先: メモリのみ ⚠ キーチェーンなし</translation>
        </message>
        <message>
            <source>Secrets: {store}</source>
            <translation>シークレットの保存先: {store}</translation>
        </message>
        <message>
            <source>  ⚠ plain text</source>
            <translation>  ⚠ 平文</translation>
        </message>
        <message numerus="yes">
            <source>  ⚠ %n removal(s) waiting for the keychain</source>
            <translation>
                <numerusform>  ⚠ キーチェーンの削除待ち %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Client Secret (kept in memory for this run only)</source>
            <translation>Client Secret（このセッションの間だけメモリに保持）</translation>
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation>Client Secret（キーチェーンに保存）</translation>
        </message>
        <message>
            <source>Client Secret (saved in your private file)</source>
            <translation>Client Secret（プライベートファイルに保存）</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>My X app</source>
            <translation>マイ X アプリ</translation>
        </message>
        <message>
            <source>a saved token time was damaged, so the expiry shows as unknown</source>
            <translation>保存されたトークンの時刻が壊れていたため、期限は不明と表示します</translation>
        </message>
        <message>
            <source>the record of which server issued the tokens was damaged</source>
            <translation>トークンの発行元サーバーの記録が壊れていました</translation>
        </message>
        <message>
            <source>a saved profile was unreadable</source>
            <translation>保存されたプロファイルを読み取れませんでした</translation>
        </message>
        <message>
            <source>the saved permissions were damaged</source>
            <translation>保存された権限が壊れていました</translation>
        </message>
        <message>
            <source>the saved server endpoints were damaged</source>
            <translation>保存されたサーバーのエンドポイントが壊れていました</translation>
        </message>
        <message>
            <source>the saved token details were damaged</source>
            <translation>保存されたトークンの詳細が壊れていました</translation>
        </message>
        <message>
            <source>Sandbox (try it)</source>
            <translation>サンドボックス（お試し）</translation>
        </message>
    </context>
    <context>
        <name>ProfileBar</name>
        <message>
            <source>Saved app profile</source>
            <translation>保存済みのアプリのプロファイル</translation>
        </message>
        <message>
            <source>&amp;New profile</source>
            <translation>新しいプロファイル(&amp;N)</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>名前を変更(&amp;M)</translation>
        </message>
        <message>
            <source>De&amp;lete profile</source>
            <translation>プロファイルを削除(&amp;L)</translation>
        </message>
        <message>
            <source>Pr&amp;ofile:</source>
            <translation>プロファイル(&amp;O):</translation>
        </message>
        <message>
            <source>Storage…</source>
            <translation>保存先…</translation>
        </message>
        <message>
            <source>Secret storage options</source>
            <translation>シークレットの保存先の設定</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>キーチェーンを再試行</translation>
        </message>
        <message>
            <source>Save in a private file…</source>
            <translation>プライベートファイルに保存…</translation>
        </message>
        <message>
            <source>App {number}</source>
            <translation>アプリ {number}</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>新しいプロファイル</translation>
        </message>
        <message>
            <source>Name for this app profile:</source>
            <translation>このアプリのプロファイルの名前:</translation>
        </message>
        <message>
            <source>Rename profile</source>
            <translation>プロファイルの名前を変更</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新しい名前:</translation>
        </message>
        <message>
            <source>Delete the profile “{name}” and its saved secrets from this computer?</source>
            <translation>プロファイル「{name}」と保存済みのシークレットをこのコンピューターから削除しますか?</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>プロファイルを削除</translation>
        </message>
        <message>
            <source>Save secrets in a plain-text file?</source>
            <translation>シークレットを平文のファイルに保存しますか?</translation>
        </message>
        <message>
            <source>Your client secret and tokens will be written unencrypted to
{path}

Only your user account can read the file, but anyone with access to your account or your backups can. Use the keychain when you can.</source>
            <translation>Client Secret とトークンは暗号化されずに次の場所に書き込まれます:
{path}

ファイルを読めるのはあなたのユーザーアカウントだけですが、そのアカウントやバックアップにアクセスできる人なら誰でも読めます。できるだけキーチェーンを使ってください。</translation>
        </message>
        <message>
            <source>Keychain backend: {backend}</source>
            <translation>キーチェーンのバックエンド: {backend}</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>The profile “{name}” and its saved secrets were deleted.</source>
            <translation>プロファイル「{name}」と保存済みのシークレットを削除しました。</translation>
        </message>
        <message>
            <source>The Client Secret will be sent to {server}. Press Authorize to continue.</source>
            <translation>Client Secret を {server} に送信します。続けるには「認可」を押してください。</translation>
        </message>
        <message>
            <source>There are no tokens.</source>
            <translation>トークンがありません。</translation>
        </message>
        <message>
            <source>Press Authorize to sign in.</source>
            <translation>サインインするには「認可」を押してください。</translation>
        </message>
        <message>
            <source>The settings that issued these tokens are back; Refresh, Revoke and Who am I work again.</source>
            <translation>このトークンを発行した設定に戻りました。「更新」「取り消し」「自分を確認」が再び使えます。</translation>
        </message>
        <message>
            <source>checking the keychain…</source>
            <translation>キーチェーンを確認中…</translation>
        </message>
        <message>
            <source>Secrets are now saved in plain text in {path} (readable only by you).</source>
            <translation>シークレットは {path} に平文で保存されるようになりました（読めるのはあなただけです）。</translation>
        </message>
        <message>
            <source>the sandbox</source>
            <translation>サンドボックス</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>別のサーバー</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Request log ({count})</source>
            <translation>リクエストログ ({count})</translation>
        </message>
        <message>
            <source>Show request log</source>
            <translation>リクエストログを表示</translation>
        </message>
        <message>
            <source>Copy log</source>
            <translation>ログをコピー</translation>
        </message>
        <message>
            <source>Copy request log</source>
            <translation>リクエストログをコピー</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>リクエストログ</translation>
        </message>
    </context>
    <context>
        <name>ScopePicker</name>
        <message>
            <source>Permission preset</source>
            <translation>権限のプリセット</translation>
        </message>
        <message>
            <source>Custom selection</source>
            <translation>カスタム選択</translation>
        </message>
        <message>
            <source>Pr&amp;eset:</source>
            <translation>プリセット(&amp;E):</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>権限</translation>
        </message>
        <message>
            <source>What the app may do</source>
            <translation>アプリができること</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>  (special access)</source>
            <translation>  （特別なアクセス）</translation>
        </message>
        <message>
            <source>changes things for you</source>
            <translation>あなたに代わって変更します</translation>
        </message>
        <message>
            <source>only reads</source>
            <translation>読み取りのみ</translation>
        </message>
        <message>
            <source>{scope}: {kind}.</source>
            <translation>{scope}: {kind}。</translation>
        </message>
        <message>
            <source>Offered by this server</source>
            <translation>このサーバーが提供</translation>
        </message>
        <message>
            <source>“{scope}” (from the server's metadata)</source>
            <translation>「{scope}」(サーバーのメタデータより)</translation>
        </message>
        <message>
            <source>all chosen</source>
            <translation>すべて選択</translation>
        </message>
        <message>
            <source>some chosen</source>
            <translation>一部を選択</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>未選択</translation>
        </message>
    </context>
    <context>
        <name>Scopes</name>
        <message>
            <source>Posts</source>
            <translation>ポスト</translation>
        </message>
        <message>
            <source>See posts you can see, including ones from protected accounts.</source>
            <translation>保護されたアカウントのものも含め、あなたが見られるポストを見る。</translation>
        </message>
        <message>
            <source>Post and repost for you.</source>
            <translation>あなたに代わってポストとリポストをする。</translation>
        </message>
        <message>
            <source>Hide and unhide replies to your posts.</source>
            <translation>あなたのポストへの返信を非表示・再表示にする。</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>See your profile and any account you can see.</source>
            <translation>あなたのプロフィールと、あなたが見られるアカウントを見る。</translation>
        </message>
        <message>
            <source>See the email address of your account.</source>
            <translation>あなたのアカウントのメールアドレスを見る。</translation>
        </message>
        <message>
            <source>Stay connected until you disconnect the app (gives a refresh token).</source>
            <translation>アプリとの連携を解除するまで接続を保つ（リフレッシュトークンを発行）。</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>フォロー</translation>
        </message>
        <message>
            <source>See who follows you and whom you follow.</source>
            <translation>あなたのフォロワーとフォロー中のアカウントを見る。</translation>
        </message>
        <message>
            <source>Follow and unfollow accounts for you.</source>
            <translation>あなたに代わってアカウントをフォロー・フォロー解除する。</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>いいね</translation>
        </message>
        <message>
            <source>See posts you liked and likes you can see.</source>
            <translation>あなたがいいねしたポストと、見られるいいねを見る。</translation>
        </message>
        <message>
            <source>Like and unlike posts for you.</source>
            <translation>あなたに代わってポストにいいね・取り消しをする。</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>リスト</translation>
        </message>
        <message>
            <source>See your lists, including private ones, with members and followers.</source>
            <translation>非公開を含むあなたのリストを、メンバーやフォロワーとともに見る。</translation>
        </message>
        <message>
            <source>Create and manage lists for you.</source>
            <translation>あなたに代わってリストを作成・管理する。</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>ブックマーク</translation>
        </message>
        <message>
            <source>See your bookmarks.</source>
            <translation>あなたのブックマークを見る。</translation>
        </message>
        <message>
            <source>Add and remove bookmarks for you.</source>
            <translation>あなたに代わってブックマークを追加・削除する。</translation>
        </message>
        <message>
            <source>Mutes and blocks</source>
            <translation>ミュートとブロック</translation>
        </message>
        <message>
            <source>See accounts you muted.</source>
            <translation>あなたがミュートしたアカウントを見る。</translation>
        </message>
        <message>
            <source>Mute and unmute accounts for you.</source>
            <translation>あなたに代わってアカウントをミュート・ミュート解除する。</translation>
        </message>
        <message>
            <source>See accounts you blocked.</source>
            <translation>あなたがブロックしたアカウントを見る。</translation>
        </message>
        <message>
            <source>Block and unblock accounts for you.</source>
            <translation>あなたに代わってアカウントをブロック・ブロック解除する。</translation>
        </message>
        <message>
            <source>Direct Messages</source>
            <translation>ダイレクトメッセージ</translation>
        </message>
        <message>
            <source>Read your direct messages.</source>
            <translation>あなたのダイレクトメッセージを読む。</translation>
        </message>
        <message>
            <source>Send and manage direct messages for you.</source>
            <translation>あなたに代わってダイレクトメッセージを送信・管理する。</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>メディア</translation>
        </message>
        <message>
            <source>Upload pictures and videos for you.</source>
            <translation>あなたに代わって画像や動画をアップロードする。</translation>
        </message>
        <message>
            <source>Spaces and broadcasts</source>
            <translation>スペースと配信</translation>
        </message>
        <message>
            <source>See Spaces you can see.</source>
            <translation>あなたが見られるスペースを見る。</translation>
        </message>
        <message>
            <source>See your live broadcasts and their chat.</source>
            <translation>あなたのライブ配信とそのチャットを見る。</translation>
        </message>
        <message>
            <source>Manage your broadcasts and chat in them.</source>
            <translation>あなたの配信とそのチャットを管理する。</translation>
        </message>
        <message>
            <source>See custom timelines you can see.</source>
            <translation>あなたが見られるカスタムタイムラインを見る。</translation>
        </message>
        <message>
            <source>Ads</source>
            <translation>広告</translation>
        </message>
        <message>
            <source>See your ads accounts and their numbers.</source>
            <translation>あなたの広告アカウントとその数値を見る。</translation>
        </message>
        <message>
            <source>Create and change ads campaigns for you.</source>
            <translation>あなたに代わって広告キャンペーンを作成・変更する。</translation>
        </message>
        <message>
            <source>Read-only profile</source>
            <translation>プロフィールの読み取りのみ</translation>
        </message>
        <message>
            <source>Read your profile and posts; change nothing.</source>
            <translation>プロフィールとポストを読み取り、何も変更しません。</translation>
        </message>
        <message>
            <source>Post on my behalf</source>
            <translation>自分の代わりにポスト</translation>
        </message>
        <message>
            <source>Read, post and repost.</source>
            <translation>読み取り、ポスト、リポスト。</translation>
        </message>
        <message>
            <source>Post with media</source>
            <translation>メディア付きでポスト</translation>
        </message>
        <message>
            <source>Read and post, with pictures and videos.</source>
            <translation>画像や動画付きで読み取り・ポスト。</translation>
        </message>
        <message>
            <source>Direct messages</source>
            <translation>ダイレクトメッセージ</translation>
        </message>
        <message>
            <source>Read and send direct messages.</source>
            <translation>ダイレクトメッセージの読み取りと送信。</translation>
        </message>
        <message>
            <source>Everything (no special access)</source>
            <translation>すべて（特別なアクセスを除く）</translation>
        </message>
        <message>
            <source>Every permission an ordinary X app can get.</source>
            <translation>通常の X アプリが得られるすべての権限。</translation>
        </message>
        <message>
            <source>Pick at least one permission.</source>
            <translation>権限を一つ以上選んでください。</translation>
        </message>
        <message>
            <source>Without offline.access X gives no refresh token: the token stops working after 2 hours.</source>
            <translation>offline.access がないと X はリフレッシュトークンを発行しません。トークンは 2 時間で使えなくなります。</translation>
        </message>
        <message>
            <source>Who am I needs {needed}; missing: {missing}.</source>
            <translation>「自分を確認」には {needed} が必要です。不足: {missing}。</translation>
        </message>
        <message>
            <source>{scopes} need special access from X; without it X refuses the login.</source>
            <translation>{scopes} には X からの特別なアクセスが必要です。ないと X はログインを拒否します。</translation>
        </message>
        <message>
            <source>Not X scopes: {scopes}; X answers invalid_scope.</source>
            <translation>X のスコープではありません: {scopes}。X は invalid_scope を返します。</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>memory only (this run)</source>
            <translation>メモリのみ（このセッション）</translation>
        </message>
        <message>
            <source>the system keychain</source>
            <translation>システムのキーチェーン</translation>
        </message>
        <message>
            <source>The keychain refused the request ({reason}).</source>
            <translation>キーチェーンが要求を拒否しました（{reason}）。</translation>
        </message>
        <message>
            <source>plain-text file ({path})</source>
            <translation>平文ファイル ({path})</translation>
        </message>
        <message>
            <source>The private file could not be written.</source>
            <translation>プライベートファイルに書き込めませんでした。</translation>
        </message>
        <message>
            <source>Check the disk and permissions.</source>
            <translation>ディスクとアクセス権を確認してください。</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>the saved secrets are still being read</source>
            <translation>保存済みのシークレットをまだ読み込み中です</translation>
        </message>
        <message>
            <source>the login is waiting for the browser</source>
            <translation>ログインがブラウザーを待っています</translation>
        </message>
        <message>
            <source>the login is getting your token</source>
            <translation>ログインがトークンを取得しています</translation>
        </message>
        <message>
            <source>the token is being refreshed</source>
            <translation>トークンを更新しています</translation>
        </message>
        <message>
            <source>the tokens are being revoked</source>
            <translation>トークンを取り消しています</translation>
        </message>
        <message>
            <source>the account is being checked</source>
            <translation>アカウントを確認しています</translation>
        </message>
        <message>
            <source>Approve in the browser, or press Cancel login first.</source>
            <translation>ブラウザーで承認するか、先に「ログインを中止」を押してください。</translation>
        </message>
        <message>
            <source>Wait a moment.</source>
            <translation>少しお待ちください。</translation>
        </message>
        <message>
            <source>There is no login to cancel.</source>
            <translation>中止するログインはありません。</translation>
        </message>
        <message>
            <source>Press Authorize first.</source>
            <translation>先に「認可」を押してください。</translation>
        </message>
        <message>
            <source>Not now: {busy}. {next_step}</source>
            <translation>今はできません: {busy}。{next_step}</translation>
        </message>
        <message>
            <source>Try again when it has finished.</source>
            <translation>終わってからもう一度お試しください。</translation>
        </message>
        <message>
            <source>Your saved token for @{username} is ready.</source>
            <translation>@{username} の保存済みトークンを使えます。</translation>
        </message>
        <message>
            <source>Your saved token is ready.</source>
            <translation>保存済みのトークンを使えます。</translation>
        </message>
        <message>
            <source>Ready: pick permissions, then press Authorize in browser.</source>
            <translation>準備完了: 権限を選んでから「ブラウザーで認可」を押してください。</translation>
        </message>
        <message>
            <source>These tokens belong to the earlier settings: {issuer}. They are not sent to the server or Client ID now in the form.</source>
            <translation>これらのトークンは以前の設定（{issuer}）のものです。フォームにある現在のサーバーや Client ID には送りません。</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the saved profiles could not be read</source>
            <translation>保存済みのプロファイルを読み取れませんでした</translation>
        </message>
        <message>
            <source>the list of removals waiting for the keychain was damaged</source>
            <translation>キーチェーンの削除待ちの一覧が壊れていました</translation>
        </message>
        <message>
            <source>the clipboard clearing delay was damaged</source>
            <translation>クリップボードを消去するまでの時間の設定が壊れていました</translation>
        </message>
        <message>
            <source>the setting {key} was damaged</source>
            <translation>設定 {key} が壊れていました</translation>
        </message>
    </context>
    <context>
        <name>TokenOps</name>
        <message>
            <source>There is no refresh token.</source>
            <translation>リフレッシュトークンがありません。</translation>
        </message>
        <message>
            <source>Refreshing the token…</source>
            <translation>トークンを更新しています…</translation>
        </message>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>別の xauth-gui プロセスがトークンを更新しました。このウィンドウは新しいトークンを使います。</translation>
        </message>
        <message>
            <source>Token refreshed (the old refresh token no longer works; the new one is saved).</source>
            <translation>トークンを更新しました（古いリフレッシュトークンは使えなくなり、新しいものを保存しました）。</translation>
        </message>
        <message>
            <source>The refresh did not finish: {reason} Your saved tokens were kept.</source>
            <translation>更新が完了しませんでした: {reason} 保存済みのトークンはそのままです。</translation>
        </message>
        <message>
            <source>The refresh did not finish:</source>
            <translation>更新が完了しませんでした:</translation>
        </message>
        <message>
            <source>Revoking the tokens…</source>
            <translation>トークンを取り消しています…</translation>
        </message>
        <message>
            <source>Revoked: both tokens no longer work, and they were removed from this computer.</source>
            <translation>取り消しました。両方のトークンが使えなくなり、このコンピューターから削除しました。</translation>
        </message>
        <message>
            <source>Not revoked: {reason} The tokens are still saved.</source>
            <translation>取り消していません: {reason} トークンは保存されたままです。</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>再試行</translation>
        </message>
        <message>
            <source>Remove from this computer only</source>
            <translation>このコンピューターからのみ削除</translation>
        </message>
        <message>
            <source>The tokens were removed from this app, but the keychain can't be reached now, so it still holds them: they will be deleted from it as soon as it can be reached.</source>
            <translation>トークンはこのアプリから削除しましたが、今はキーチェーンに接続できないため、キーチェーンにはまだ残っています。接続でき次第削除します。</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>キーチェーンを再試行</translation>
        </message>
        <message>
            <source>The tokens were removed from this computer. They keep working until they expire or are revoked.</source>
            <translation>トークンをこのコンピューターから削除しました。期限が切れるか取り消されるまでは使えます。</translation>
        </message>
        <message>
            <source>Signed in as @{username} ({name}).</source>
            <translation>@{username} ({name}) としてサインインしました。</translation>
        </message>
        <message>
            <source>Who am I failed: {reason} Your tokens are kept.</source>
            <translation>ユーザー確認に失敗しました: {reason} トークンはそのままです。</translation>
        </message>
    </context>
    <context>
        <name>Tokens</name>
        <message>
            <source>The server's answer is not JSON.</source>
            <translation>サーバーの応答が JSON ではありません。</translation>
        </message>
        <message>
            <source>The server's answer is not a JSON object.</source>
            <translation>サーバーの応答が JSON オブジェクトではありません。</translation>
        </message>
        <message>
            <source>The {what} the server sent has characters a bearer token can't contain (RFC 6750), so it was refused.</source>
            <translation>サーバーが送った{what}に、bearer トークンに使えない文字が含まれているため（RFC 6750）、受け付けませんでした。</translation>
        </message>
        <message>
            <source>Check that the token URL points at the right server, then sign in again.</source>
            <translation>トークン URL が正しいサーバーを指しているか確認してから、もう一度サインインしてください。</translation>
        </message>
        <message>
            <source>The server's answer has no access token.</source>
            <translation>サーバーの応答にアクセストークンがありません。</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>アクセストークン</translation>
        </message>
        <message>
            <source>The server issued a token type this app can't use (not a bearer token).</source>
            <translation>サーバーがこのアプリで使えない種類のトークンを発行しました（Bearer トークンではありません）。</translation>
        </message>
        <message>
            <source>The server's answer has a malformed scope list.</source>
            <translation>サーバーの応答のスコープ一覧が不正です。</translation>
        </message>
        <message>
            <source>The server's answer has a malformed refresh token.</source>
            <translation>サーバーの応答のリフレッシュトークンが不正です。</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>リフレッシュトークン</translation>
        </message>
        <message>
            <source>No refresh token: offline.access was not granted, so the token stops working when it expires.</source>
            <translation>リフレッシュトークンがありません。offline.access が許可されていないため、トークンは期限が来ると使えなくなります。</translation>
        </message>
        <message>
            <source>The server sent no refresh token.</source>
            <translation>サーバーはリフレッシュトークンを送りませんでした。</translation>
        </message>
        <message>
            <source>The who-am-I answer has no user data.</source>
            <translation>ユーザー確認の応答にユーザーデータがありません。</translation>
        </message>
        <message>
            <source>The who-am-I answer is missing the user's id or username.</source>
            <translation>ユーザー確認の応答にユーザーの ID またはユーザー名がありません。</translation>
        </message>
    </context>
    <context>
        <name>TokensPanel</name>
        <message>
            <source>3. Your tokens</source>
            <translation>3. あなたのトークン</translation>
        </message>
        <message>
            <source>Refresh automatically &amp;before it expires</source>
            <translation>期限が切れる前に自動で更新(&amp;B)</translation>
        </message>
        <message>
            <source>Tokens act as you: share them with no one, and hide them before sharing your screen.</source>
            <translation>トークンはあなたとして動作します。誰にも渡さず、画面を共有する前には非表示にしてください。</translation>
        </message>
        <message>
            <source>Profile picture</source>
            <translation>プロフィール画像</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>まだサインインしていません。</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>アクセストークン</translation>
        </message>
        <message>
            <source>Refresh token</source>
            <translation>リフレッシュトークン</translation>
        </message>
        <message>
            <source>Access token:</source>
            <translation>アクセストークン:</translation>
        </message>
        <message>
            <source>Refresh token:</source>
            <translation>リフレッシュトークン:</translation>
        </message>
        <message>
            <source>Expires:</source>
            <translation>有効期限:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>種類:</translation>
        </message>
        <message>
            <source>Granted:</source>
            <translation>許可された権限:</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>更新(&amp;R)</translation>
        </message>
        <message>
            <source>Revo&amp;ke</source>
            <translation>取り消し(&amp;K)</translation>
        </message>
        <message>
            <source>Revoke tokens</source>
            <translation>トークンを取り消す</translation>
        </message>
        <message>
            <source>&amp;Who am I?</source>
            <translation>自分を確認(&amp;W)</translation>
        </message>
        <message>
            <source>Who am I</source>
            <translation>自分を確認</translation>
        </message>
        <message>
            <source>Try &amp;it…</source>
            <translation>試す(&amp;I)…</translation>
        </message>
        <message>
            <source>Try the token: call the X API</source>
            <translation>トークンを試す: X API を呼び出す</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>再サインイン</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>その設定に戻す</translation>
        </message>
        <message>
            <source>Restore settings</source>
            <translation>設定を戻す</translation>
        </message>
        <message>
            <source>Copy for developers</source>
            <translation>開発者向けにコピー</translation>
        </message>
        <message>
            <source>Revoke both tokens? They stop working everywhere, and this app forgets them.</source>
            <translation>両方のトークンを取り消しますか? どこでも使えなくなり、このアプリからも消去されます。</translation>
        </message>
        <message>
            <source>Yes, revoke</source>
            <translation>はい、取り消す</translation>
        </message>
        <message>
            <source>Yes, revoke the tokens</source>
            <translation>はい、トークンを取り消す</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>残す</translation>
        </message>
        <message>
            <source>Keep the tokens</source>
            <translation>トークンを残す</translation>
        </message>
        <message>
            <source>Copied: {what}.</source>
            <translation>コピーしました: {what}。</translation>
        </message>
        <message>
            <source>none (offline.access not granted)</source>
            <translation>なし（offline.access が許可されていません）</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>まだありません</translation>
        </message>
        <message>
            <source> Sign in again for the new settings, or restore those settings.</source>
            <translation> 新しい設定でもう一度サインインするか、その設定に戻してください。</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n s.</source>
            <translation>
                <numerusform>コピーしました。%n 秒後にクリップボードを消去します。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source> … ({size} bytes in all)</source>
            <translation> … (全 {size} バイト)</translation>
        </message>
        <message>
            <source>The server did not accept the connection in time.</source>
            <translation>サーバーが時間内に接続を受け付けませんでした。</translation>
        </message>
        <message>
            <source>The server's answer is far too large for this app.</source>
            <translation>サーバーの応答がこのアプリには大きすぎます。</translation>
        </message>
        <message>
            <source>The connection broke before the server finished answering.</source>
            <translation>サーバーの応答が終わる前に接続が切れました。</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>もう一度お試しください。</translation>
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>The {what} “{url}” is not a web address this app can use.</source>
            <translation>{what}「{url}」はこのアプリで使えるウェブアドレスではありません。</translation>
        </message>
        <message>
            <source>Enter a full address starting with https:// (or http:// on 127.0.0.1 / localhost).</source>
            <translation>https://（127.0.0.1 / localhost では http://）で始まる完全なアドレスを入力してください。</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a server name that can't be written as an internet address.</source>
            <translation>{what}「{url}」のサーバー名はインターネットアドレスとして表せません。</translation>
        </message>
        <message>
            <source>Check the spelling of the server name.</source>
            <translation>サーバー名のつづりを確認してください。</translation>
        </message>
        <message>
            <source>The {what} “{url}” uses plain http:// to another computer, so secrets would cross the network unencrypted.</source>
            <translation>{what}「{url}」は別のコンピューターへの平文の http:// なので、シークレットが暗号化されずにネットワークを通ります。</translation>
        </message>
        <message>
            <source>Use https://, or http:// only for a server on this computer (127.0.0.1 or localhost).</source>
            <translation>https:// を使ってください。http:// はこのコンピューター上のサーバー（127.0.0.1 または localhost）の場合のみです。</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>認可 URL</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a name or password before the server name, so it really goes to {host}.</source>
            <translation>{what}「{url}」はサーバー名の前に名前かパスワードがあるため、実際の送信先は {host} です。</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>アドレスから :// と @ の間をすべて削除してください。</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>none yet</source>
            <translation>まだありません</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>表示</translation>
        </message>
        <message>
            <source>Show {what}</source>
            <translation>{what}を表示</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Copy {what}</source>
            <translation>{what}をコピー</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>非表示</translation>
        </message>
    </context>
</TS>
