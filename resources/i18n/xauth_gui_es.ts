<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Api</name>
        <message>
            <source>Who am I (GET /2/users/me)</source>
            <translation>Quién soy (GET /2/users/me)</translation>
        </message>
        <message>
            <source>Look up a user</source>
            <translation>Buscar un usuario</translation>
        </message>
        <message>
            <source>My posts</source>
            <translation>Mis posts</translation>
        </message>
        <message>
            <source>Search recent posts</source>
            <translation>Buscar posts recientes</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Publicar</translation>
        </message>
        <message>
            <source>Delete a post</source>
            <translation>Eliminar un post</translation>
        </message>
        <message>
            <source>Like a post</source>
            <translation>Dar Me gusta a un post</translation>
        </message>
        <message>
            <source>Send a DM</source>
            <translation>Enviar un MD</translation>
        </message>
        <message>
            <source>List DMs</source>
            <translation>Ver MD</translation>
        </message>
        <message>
            <source>{left} of {limit} left; resets at {at}</source>
            <translation>Quedan {left} de {limit}; se restablece a las {at}</translation>
        </message>
        <message>
            <source>{left} of {limit} left</source>
            <translation>Quedan {left} de {limit}</translation>
        </message>
        <message>
            <source>X no longer accepts this token (expired or revoked). Sign in again.</source>
            <translation>X ya no acepta este token (caducó o se revocó). Vuelve a iniciar sesión.</translation>
        </message>
        <message>
            <source>This is a v1.1 endpoint your access level does not include; use the v2 API, or change your app's access in the developer console.</source>
            <translation>Este es un endpoint v1.1 que tu nivel de acceso no incluye; usa la API v2 o cambia el acceso de tu app en la consola de desarrollador.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>X answered with an error: {detail}</source>
            <translation>X respondió con un error: {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}: {detail}</source>
            <translation>X rechazó la llamada: {title}: {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}.</source>
            <translation>X rechazó la llamada: {title}.</translation>
        </message>
        <message>
            <source>Your app used up its monthly posts or reads. Raise the cap in the developer console, or wait for next month.</source>
            <translation>Tu app agotó sus posts o lecturas del mes. Sube el límite en la consola de desarrollador o espera al mes que viene.</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again after {time}.</source>
            <translation>Demasiadas llamadas a este endpoint. Espera y vuelve a intentarlo después de las {time}.</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again in 15 minutes.</source>
            <translation>Demasiadas llamadas a este endpoint. Espera y vuelve a intentarlo en 15 minutos.</translation>
        </message>
        <message>
            <source>This call acts for a user: send it with the user token, not the app-only one.</source>
            <translation>Esta llamada actúa en nombre de un usuario: envíala con el token de usuario, no con el de solo app.</translation>
        </message>
        <message>
            <source>Your X app is not in a project with API access. In the developer console, put the app in a package (Pay-per-use) and its Production environment.</source>
            <translation>Tu app de X no está en un proyecto con acceso a la API. En la consola de desarrollador, pon la app en un paquete (Pay-per-use) y en su entorno Production.</translation>
        </message>
        <message>
            <source>This call is billed to the signed-in user, who has no developer account: create one in the developer console and enroll it in Pay-per-use.</source>
            <translation>Esta llamada se cobra al usuario que inició sesión, que no tiene cuenta de desarrollador: crea una en la consola de desarrollador y dala de alta en Pay-per-use.</translation>
        </message>
        <message>
            <source>X refuses a post with the same text as a recent one: change the text.</source>
            <translation>X rechaza un post con el mismo texto que uno reciente: cambia el texto.</translation>
        </message>
        <message>
            <source>This call needs {scopes}, which this token was not granted.</source>
            <translation>Esta llamada necesita {scopes}, que no se concedió a este token.</translation>
        </message>
        <message>
            <source>X refused the call: a user path needs your own user id, or the app lacks access to it.</source>
            <translation>X rechazó la llamada: una ruta de usuario necesita tu propio ID de usuario, o la app no tiene acceso a ella.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>xauth-gui: unexpected error</source>
            <translation>xauth-gui: error inesperado</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. The app keeps running; if something looks wrong, restart it.</source>
            <translation>Algo salió mal de forma inesperada. La app sigue funcionando; si algo se ve mal, reiníciala.</translation>
        </message>
        <message>
            <source>Some saved settings were damaged and were reset: {damaged}. Check the form before you sign in.</source>
            <translation>Algunos ajustes guardados estaban dañados y se restablecieron: {damaged}. Revisa el formulario antes de iniciar sesión.</translation>
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
            <translation>Sandbox: pruébalo sin cuenta de X</translation>
        </message>
        <message>
            <source>Custom server</source>
            <translation>Servidor personalizado</translation>
        </message>
        <message>
            <source>Public: Native App or Single page App</source>
            <translation>Public: Native App o Single page App</translation>
        </message>
        <message>
            <source>Confidential: Web App, Automated App or Bot</source>
            <translation>Confidential: Web App, Automated App or Bot</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. No Client Secret.</source>
            <translation>Tal como está en User authentication settings de tu app de X. Sin Client Secret.</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. Paste its Client Secret.</source>
            <translation>Tal como está en User authentication settings de tu app de X. Pega su Client Secret.</translation>
        </message>
        <message>
            <source>Authorize URL:</source>
            <translation>URL de autorización:</translation>
        </message>
        <message>
            <source>Token URL:</source>
            <translation>URL del token:</translation>
        </message>
        <message>
            <source>Revoke URL:</source>
            <translation>URL de revocación:</translation>
        </message>
        <message>
            <source>Who-am-I URL:</source>
            <translation>URL de quién soy:</translation>
        </message>
        <message>
            <source>Register exactly this as your X app's Callback URI.</source>
            <translation>Registra exactamente esto como Callback URI de tu app de X.</translation>
        </message>
        <message>
            <source>1. Your X app</source>
            <translation>1. Tu app de X</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>A&amp;dvanced</source>
            <translation>Avanza&amp;do</translation>
        </message>
        <message>
            <source>Show the server endpoints and PKCE</source>
            <translation>Mostrar los endpoints del servidor y PKCE</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Pro&amp;veedor:</translation>
        </message>
        <message>
            <source>Client type</source>
            <translation>Tipo de cliente</translation>
        </message>
        <message>
            <source>Client t&amp;ype:</source>
            <translation>Tipo de cliente (&amp;Y):</translation>
        </message>
        <message>
            <source>Client Secret</source>
            <translation>Client Secret</translation>
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation>Client Secret (guardado en tu llavero)</translation>
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
            <translation>OAuth 2.0 Client ID, de Keys and tokens de tu app</translation>
        </message>
        <message>
            <source>Where is it?</source>
            <translation>¿Dónde está?</translation>
        </message>
        <message>
            <source>Step by step through the X developer console</source>
            <translation>Paso a paso por la consola de desarrollador de X</translation>
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
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy callback URI</source>
            <translation>Copiar la Callback URI</translation>
        </message>
        <message>
            <source>Callback &amp;URI:</source>
            <translation>Callback &amp;URI:</translation>
        </message>
        <message>
            <source>Server endpoints</source>
            <translation>Endpoints del servidor</translation>
        </message>
        <message>
            <source>PKCE method</source>
            <translation>Método PKCE</translation>
        </message>
        <message>
            <source>S256 (recommended)</source>
            <translation>S256 (recomendado)</translation>
        </message>
        <message>
            <source>plain (only for servers without S256)</source>
            <translation>plain (solo para servidores sin S256)</translation>
        </message>
        <message>
            <source>&amp;PKCE:</source>
            <translation>&amp;PKCE:</translation>
        </message>
        <message>
            <source>The sandbox's own client, filled in for you: the Client type picks which one.</source>
            <translation>El cliente propio del sandbox, ya rellenado: el tipo de cliente elige cuál.</translation>
        </message>
        <message>
            <source>⚠ plain PKCE sends the verifier in the clear; use it only if this server lacks S256.</source>
            <translation>⚠ PKCE plain envía el verificador sin cifrar; úsalo solo si este servidor no admite S256.</translation>
        </message>
        <message>
            <source>Runs inside this app at {address} while it is open.</source>
            <translation>Funciona dentro de esta app en {address} mientras esté abierta.</translation>
        </message>
        <message>
            <source>Port {usual} is taken, so it runs at {address} this time.</source>
            <translation>El puerto {usual} está ocupado, así que esta vez funciona en {address}.</translation>
        </message>
    </context>
    <context>
        <name>Authorize</name>
        <message>
            <source>authorize URL</source>
            <translation>URL de autorización</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>URL del token</translation>
        </message>
        <message>
            <source>The callback URI is not a valid address.</source>
            <translation>La Callback URI no es una dirección válida.</translation>
        </message>
        <message>
            <source>Enter it as registered, e.g. http://127.0.0.1:8765/callback.</source>
            <translation>Escríbela tal como la registraste, p. ej. http://127.0.0.1:8765/callback.</translation>
        </message>
        <message>
            <source>The callback URI must be a full address.</source>
            <translation>La Callback URI debe ser una dirección completa.</translation>
        </message>
        <message>
            <source>The callback URI must not contain '#'.</source>
            <translation>La Callback URI no puede contener «#».</translation>
        </message>
        <message>
            <source>Remove the part from '#' on.</source>
            <translation>Quita la parte desde «#».</translation>
        </message>
        <message>
            <source>The answer does not say which server sent it, although {expected} always says so.</source>
            <translation>La respuesta no dice qué servidor la envió, aunque {expected} siempre lo indica.</translation>
        </message>
        <message>
            <source>The answer says it comes from {got}, but this login was sent to {expected}.</source>
            <translation>La respuesta dice que viene de {got}, pero este inicio de sesión se envió a {expected}.</translation>
        </message>
        <message>
            <source>It was refused before any token request.</source>
            <translation>Se rechazó antes de cualquier solicitud de token.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Status message</source>
            <translation>Mensaje de estado</translation>
        </message>
        <message>
            <source>Fill in your app's details, pick permissions, then press Authorize.</source>
            <translation>Rellena los datos de tu app, elige los permisos y pulsa Autorizar.</translation>
        </message>
    </context>
    <context>
        <name>Billing</name>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n usuario</numerusform>
                <numerusform>%n usuarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n list(s)</source>
            <translation>
                <numerusform>%n lista</numerusform>
                <numerusform>%n listas</numerusform>
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
                <numerusform>%n mensaje directo</numerusform>
                <numerusform>%n mensajes directos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n media item(s)</source>
            <translation>
                <numerusform>%n archivo multimedia</numerusform>
                <numerusform>%n archivos multimedia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n community(ies)</source>
            <translation>
                <numerusform>%n comunidad</numerusform>
                <numerusform>%n comunidades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n news story(ies)</source>
            <translation>
                <numerusform>%n noticia</numerusform>
                <numerusform>%n noticias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trend(s)</source>
            <translation>
                <numerusform>%n tendencia</numerusform>
                <numerusform>%n tendencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Community Note(s)</source>
            <translation>
                <numerusform>%n Nota de la Comunidad</numerusform>
                <numerusform>%n Notas de la Comunidad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n lugar</numerusform>
                <numerusform>%n lugares</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n poll(s)</source>
            <translation>
                <numerusform>%n encuesta</numerusform>
                <numerusform>%n encuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s)</source>
            <translation>
                <numerusform>%n tema</numerusform>
                <numerusform>%n temas</numerusform>
            </translation>
        </message>
        <message>
            <source>This answer returned {resources}.</source>
            <translation>Esta respuesta devolvió {resources}.</translation>
        </message>
        <message>
            <source>Pay-per-use: X bills each resource once per UTC day, however many calls return it; the rates are in your developer console.</source>
            <translation>Pago por uso: X cobra cada recurso una vez por día UTC, sin importar cuántas llamadas lo devuelvan; las tarifas están en tu consola de desarrollador.</translation>
        </message>
    </context>
    <context>
        <name>Binding</name>
        <message>
            <source>the sandbox (Client ID {client_id})</source>
            <translation>el sandbox (Client ID {client_id})</translation>
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
            <translation>URL del token</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>URL de revocación</translation>
        </message>
        <message>
            <source>who-am-I URL</source>
            <translation>URL de quién soy</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>URL de la API</translation>
        </message>
        <message>
            <source>metadata URL</source>
            <translation>URL de metadatos</translation>
        </message>
    </context>
    <context>
        <name>Client</name>
        <message>
            <source>The Client ID is empty.</source>
            <translation>El Client ID está vacío.</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation>Pega el OAuth 2.0 Client ID de Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains blanks.</source>
            <translation>El Client ID contiene espacios.</translation>
        </message>
        <message>
            <source>Copy it again from Keys and tokens.</source>
            <translation>Cópialo de nuevo desde Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains characters a Client ID can't have.</source>
            <translation>El Client ID contiene caracteres que un Client ID no puede tener.</translation>
        </message>
        <message>
            <source>A confidential client needs its Client Secret.</source>
            <translation>Un cliente confidencial necesita su Client Secret.</translation>
        </message>
        <message>
            <source>Paste the Client Secret, or choose Public if your X app is a Native App or Single page App.</source>
            <translation>Pega el Client Secret, o elige Public si tu app de X es una Native App o Single page App.</translation>
        </message>
        <message>
            <source>This looks like the numeric App ID, not the OAuth 2.0 Client ID.</source>
            <translation>Esto parece el App ID numérico, no el OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>This looks like an app-only Bearer token, not the OAuth 2.0 Client ID.</source>
            <translation>Esto parece un Bearer token de solo app, no el OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>This looks like an API Key (consumer key), not the OAuth 2.0 Client ID.</source>
            <translation>Esto parece una API Key (consumer key), no el OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from your app's Keys and tokens page.</source>
            <translation>Pega el OAuth 2.0 Client ID de la página Keys and tokens de tu app.</translation>
        </message>
        <message>
            <source> Use the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation> Usa el OAuth 2.0 Client ID de Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains blanks; copy it again.</source>
            <translation>El Client ID contiene espacios; cópialo de nuevo.</translation>
        </message>
        <message>
            <source>An X OAuth 2.0 Client ID is a long code of letters and digits; check that you copied all of it.</source>
            <translation>Un OAuth 2.0 Client ID de X es un código largo de letras y dígitos; comprueba que lo copiaste entero.</translation>
        </message>
        <message>
            <source>This Client ID looks like a confidential client's; check the Client type below.</source>
            <translation>Este Client ID parece de un cliente confidencial (Confidential); revisa el tipo de cliente más abajo.</translation>
        </message>
        <message>
            <source>This Client ID looks like a public client's; check the Client type below.</source>
            <translation>Este Client ID parece de un cliente público (Public); revisa el tipo de cliente más abajo.</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <source>There is no app-only token for this profile yet: press Get app-only token.</source>
            <translation>Este perfil aún no tiene token de solo app: pulsa Obtener token de solo app.</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>Aún no hay token: pulsa Autorizar para iniciar sesión primero.</translation>
        </message>
        <message>
            <source> Sign in again for these settings.</source>
            <translation> Vuelve a iniciar sesión para estos ajustes.</translation>
        </message>
        <message>
            <source>Cancelled: the answer, if it comes, is not shown.</source>
            <translation>Cancelado: la respuesta, si llega, no se mostrará.</translation>
        </message>
        <message>
            <source>Enter the API Key and its Secret first.</source>
            <translation>Primero escribe la API Key y su Secret.</translation>
        </message>
        <message>
            <source>App-only token ready: it reads public data for your app, with no user.</source>
            <translation>Token de solo app listo: lee datos públicos para tu app, sin usuario.</translation>
        </message>
        <message>
            <source>The app-only token was invalidated.</source>
            <translation>El token de solo app se invalidó.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleCatalogue</name>
        <message>
            <source>Find an X API call</source>
            <translation>Buscar una llamada de la API de X</translation>
        </message>
        <message>
            <source>Find a call: words, a path or a name</source>
            <translation>Buscar una llamada: palabras, una ruta o un nombre</translation>
        </message>
        <message>
            <source>X API calls</source>
            <translation>Llamadas de la API de X</translation>
        </message>
        <message>
            <source> (stream)</source>
            <translation> (stream)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) found</source>
            <translation>
                <numerusform>%n llamada encontrada</numerusform>
                <numerusform>%n llamadas encontradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready calls</source>
            <translation>Llamadas listas</translation>
        </message>
        <message>
            <source>{summary}: the user token (with {scopes}) or the app-only token.</source>
            <translation>{summary}: el token de usuario (con {scopes}) o el token solo de la app.</translation>
        </message>
        <message>
            <source>{summary}: the user token, with {scopes}.</source>
            <translation>{summary}: el token de usuario, con {scopes}.</translation>
        </message>
        <message>
            <source>{summary}: only the app-only token (Send with: the app-only token).</source>
            <translation>{summary}: solo el token solo de la app (Enviar con: el token solo de la app).</translation>
        </message>
        <message>
            <source>{summary}: a token kind this app does not make (OAuth 1.0a).</source>
            <translation>{summary}: un tipo de token que esta app no genera (OAuth 1.0a).</translation>
        </message>
        <message>
            <source> It is a stream: it keeps sending.</source>
            <translation> Es un stream: sigue enviando.</translation>
        </message>
        <message>
            <source>The user token is chosen: it acts as you and sees your own data. This call also takes the app-only token.</source>
            <translation>Se eligió el token de usuario: actúa como tú y ve tus propios datos. Esta llamada también acepta el token solo de la app.</translation>
        </message>
        <message>
            <source>This call takes only the user token.</source>
            <translation>Esta llamada solo acepta el token de usuario.</translation>
        </message>
        <message>
            <source>The app-only token is chosen: this call takes no user token. Make one below with your app's API Key and Secret.</source>
            <translation>Se eligió el token solo de la app: esta llamada no acepta token de usuario. Crea uno abajo con la API Key y el Secret de tu app.</translation>
        </message>
        <message>
            <source>This call takes only OAuth 1.0a user tokens, which this app does not make.</source>
            <translation>Esta llamada solo acepta tokens de usuario OAuth 1.0a, que esta app no genera.</translation>
        </message>
    </context>
    <context>
        <name>ConsolePanel</name>
        <message>
            <source>Add these permissions and sign in again</source>
            <translation>Añadir estos permisos y volver a iniciar sesión</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <source>Open the developer console</source>
            <translation>Abrir la consola de desarrollador</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <translation>Enviar de todos modos</translation>
        </message>
        <message>
            <source>Send with the user token</source>
            <translation>Enviar con el token de usuario</translation>
        </message>
        <message>
            <source>Try it: call the X API with your token</source>
            <translation>Pruébalo: llama a la API de X con tu token</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Streaming: posts appear as they come. Press Stop to end.</source>
            <translation>Streaming: los posts aparecen a medida que llegan. Pulsa Detener para terminar.</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Petición</translation>
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
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Answer as a tree</source>
            <translation>Respuesta como árbol</translation>
        </message>
        <message>
            <source>Answer body</source>
            <translation>Cuerpo de la respuesta</translation>
        </message>
        <message>
            <source>Answer headers</source>
            <translation>Encabezados de la respuesta</translation>
        </message>
        <message>
            <source>&amp;Tree</source>
            <translation>Árbo&amp;l</translation>
        </message>
        <message>
            <source>&amp;Raw</source>
            <translation>&amp;Sin formato</translation>
        </message>
        <message>
            <source>He&amp;aders</source>
            <translation>Encabe&amp;zados</translation>
        </message>
        <message>
            <source>This session's calls</source>
            <translation>Llamadas de esta sesión</translation>
        </message>
        <message>
            <source>This session's calls (addresses redacted like the request log)</source>
            <translation>Las llamadas de esta sesión (direcciones ocultas como en el registro de solicitudes)</translation>
        </message>
        <message>
            <source>This session's ca&amp;lls</source>
            <translation>&amp;Llamadas de esta sesión</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Página &amp;siguiente</translation>
        </message>
        <message>
            <source>Send the same call for the page after this one</source>
            <translation>Enviar la misma llamada para la página siguiente</translation>
        </message>
        <message>
            <source>Cop&amp;y snippet</source>
            <translation>Cop&amp;iar fragmento</translation>
        </message>
        <message>
            <source>Sn&amp;ippet:</source>
            <translation>&amp;Fragmento:</translation>
        </message>
        <message>
            <source>Streaming…</source>
            <translation>Streaming…</translation>
        </message>
        <message>
            <source>stream ended</source>
            <translation>stream terminado</translation>
        </message>
        <message>
            <source>(more in the Raw tab)</source>
            <translation>(más en la pestaña Sin formato)</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} bytes</translation>
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
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>the user token (acts as you)</source>
            <translation>el token de usuario (actúa como tú)</translation>
        </message>
        <message>
            <source>the app-only token (public data, no user)</source>
            <translation>el token de solo app (datos públicos, sin usuario)</translation>
        </message>
        <message>
            <source>Name: value; Name: value</source>
            <translation>Nombre: valor; Nombre: valor</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>&amp;Call:</source>
            <translation>Llamada (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Dirección (&amp;A):</translation>
        </message>
        <message>
            <source>Send &amp;with:</source>
            <translation>Enviar con (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;JSON body:</source>
            <translation>Cuerpo &amp;JSON:</translation>
        </message>
        <message>
            <source>Extra h&amp;eaders:</source>
            <translation>Cabec&amp;eras extra:</translation>
        </message>
        <message>
            <source>Send the call (Ctrl+Enter)</source>
            <translation>Enviar la llamada (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>Copiar como curl</translation>
        </message>
        <message>
            <source>with the token in full</source>
            <translation>con el token completo</translation>
        </message>
        <message>
            <source>Save response…</source>
            <translation>Guardar respuesta…</translation>
        </message>
        <message>
            <source>App-only Bearer token (optional)</source>
            <translation>Bearer token de solo app (opcional)</translation>
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
            <translation>API &amp;Key:</translation>
        </message>
        <message>
            <source>API Key &amp;Secret:</source>
            <translation>API Key &amp;Secret:</translation>
        </message>
        <message>
            <source>Get app-only token</source>
            <translation>Obtener token de solo app</translation>
        </message>
        <message>
            <source>Invalidate</source>
            <translation>Invalidar</translation>
        </message>
        <message>
            <source>User token: acts as you (post, DMs, your data). App-only: public data only, for your app.</source>
            <translation>Token de usuario: actúa como tú (publicar, MD, tus datos). Solo app: solo datos públicos, para tu app.</translation>
        </message>
        <message>
            <source> · token refreshed first</source>
            <translation> · token renovado antes</translation>
        </message>
        <message>
            <source>
… (cut here; Save response… keeps it all)</source>
            <translation>
… (cortado aquí; «Guardar respuesta…» lo conserva todo)</translation>
        </message>
        <message>
            <source>Save response</source>
            <translation>Guardar respuesta</translation>
        </message>
        <message>
            <source>The JSON body is nested too deeply to check.</source>
            <translation>El cuerpo JSON está demasiado anidado para comprobarlo.</translation>
        </message>
        <message>
            <source>The JSON body is not valid JSON (line {line}, column {column}).</source>
            <translation>El cuerpo JSON no es JSON válido (línea {line}, columna {column}).</translation>
        </message>
        <message>
            <source>&amp;Upload media…</source>
            <translation>S&amp;ubir multimedia…</translation>
        </message>
        <message>
            <source>Upload an image or a video for your next post</source>
            <translation>Subir una imagen o un video para tu próximo post</translation>
        </message>
        <message>
            <source>Upload progress</source>
            <translation>Progreso de la subida</translation>
        </message>
        <message>
            <source>Cancel upload</source>
            <translation>Cancelar subida</translation>
        </message>
        <message>
            <source>Upload media</source>
            <translation>Subir multimedia</translation>
        </message>
        <message>
            <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</source>
            <translation>Imágenes y videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</translation>
        </message>
        <message>
            <source>Uploading media needs {scope}, which this token was not granted.</source>
            <translation>Subir multimedia necesita {scope}, que no se concedió a este token.</translation>
        </message>
        <message>
            <source>Uploaded: media id {id}. It is in the body of your next post.</source>
            <translation>Subido: id de multimedia {id}. Está en el cuerpo de tu próximo post.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleQuery</name>
        <message>
            <source>comma-separated: {values}</source>
            <translation>separados por comas: {values}</translation>
        </message>
        <message>
            <source>for example {example}</source>
            <translation>por ejemplo {example}</translation>
        </message>
        <message>
            <source>Query parameters</source>
            <translation>Parámetros de consulta</translation>
        </message>
        <message>
            <source> (required)</source>
            <translation> (obligatorio)</translation>
        </message>
    </context>
    <context>
        <name>ConsoleStream</name>
        <message>
            <source>{kb} KB received.</source>
            <translation>{kb} KB recibidos.</translation>
        </message>
        <message>
            <source>The stream stopped itself after {s} seconds, its time limit here.</source>
            <translation>El stream se detuvo solo tras {s} segundos, su límite de tiempo aquí.</translation>
        </message>
        <message>
            <source>The stream stopped itself after {mb} MB, its size limit here.</source>
            <translation>El stream se detuvo solo tras {mb} MB, su límite de tamaño aquí.</translation>
        </message>
        <message>
            <source>Stream stopped.</source>
            <translation>Stream detenido.</translation>
        </message>
        <message>
            <source>The server ended the stream.</source>
            <translation>El servidor terminó el stream.</translation>
        </message>
        <message>
            <source>The connection broke; send the call again to reconnect.</source>
            <translation>La conexión se cortó; envía la llamada de nuevo para reconectar.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>The settings changed. Press Authorize when they are ready.</source>
            <translation>Los ajustes cambiaron. Pulsa Autorizar cuando estén listos.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>Algo salió mal de forma inesperada.</translation>
        </message>
        <message>
            <source>Try again; if it repeats, copy the request log into a bug report.</source>
            <translation>Vuelve a intentarlo; si se repite, copia el registro de solicitudes en un informe de error.</translation>
        </message>
        <message>
            <source>Send it to this server</source>
            <translation>Enviarlo a este servidor</translation>
        </message>
        <message>
            <source>Use another port</source>
            <translation>Usar otro puerto</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>Restaurar esos ajustes</translation>
        </message>
    </context>
    <context>
        <name>Diagnose</name>
        <message>
            <source>Window system</source>
            <translation>Sistema de ventanas</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>Llavero</translation>
        </message>
        <message>
            <source>TLS trust store</source>
            <translation>Almacén de confianza TLS</translation>
        </message>
        <message>
            <source>Callback port</source>
            <translation>Puerto de callback</translation>
        </message>
        <message>
            <source>Sandbox login</source>
            <translation>Inicio de sesión en el sandbox</translation>
        </message>
        <message>
            <source>could not start the check ({error}).</source>
            <translation>no se pudo iniciar la comprobación ({error}).</translation>
        </message>
        <message>
            <source>no display here (DISPLAY is not set), so the window can't open in this session. Run the app from your desktop; QT_QPA_PLATFORM=offscreen checks the rest.</source>
            <translation>aquí no hay pantalla (DISPLAY no está definido), así que la ventana no puede abrirse en esta sesión. Ejecuta la app desde tu escritorio; QT_QPA_PLATFORM=offscreen comprueba el resto.</translation>
        </message>
        <message>
            <source>Qt could not open a window here. {hint}</source>
            <translation>Qt no pudo abrir una ventana aquí. {hint}</translation>
        </message>
        <message>
            <source>Is a display available?</source>
            <translation>¿Hay una pantalla disponible?</translation>
        </message>
        <message>
            <source>Qt platform '{platform}' loaded, but no font has Latin letters.</source>
            <translation>La plataforma Qt «{platform}» se cargó, pero ninguna fuente tiene letras latinas.</translation>
        </message>
        <message>
            <source>Qt {qt} platform '{platform}', font '{font}' renders text.</source>
            <translation>Qt {qt}, plataforma «{platform}», la fuente «{font}» muestra texto.</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work.</source>
            <translation>{store}: escribir, leer y borrar funcionan.</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work (a plain-text backend: secrets are not protected).</source>
            <translation>{store}: escribir, leer y borrar funcionan (un almacén en texto plano: los secretos no están protegidos).</translation>
        </message>
        <message>
            <source>{store}: a test entry did not read back correctly.</source>
            <translation>{store}: una entrada de prueba no se leyó correctamente.</translation>
        </message>
        <message>
            <source>{problem} The app keeps tokens in memory for the session.</source>
            <translation>{problem} La app guarda los tokens en memoria durante la sesión.</translation>
        </message>
        <message>
            <source>the keyring did not answer in time (an unlock prompt may be waiting).</source>
            <translation>el llavero no respondió a tiempo (puede que esté esperando una petición de desbloqueo).</translation>
        </message>
        <message>
            <source>the certificate bundle could not be loaded ({error}).</source>
            <translation>no se pudo cargar el paquete de certificados ({error}).</translation>
        </message>
        <message numerus="yes">
            <source>only %n certificate authorities loaded.</source>
            <translation>
                <numerusform>solo se cargó %n autoridad de certificación.</numerusform>
                <numerusform>solo se cargaron %n autoridades de certificación.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate authorities loaded (HTTPS to X can be verified).</source>
            <translation>
                <numerusform>%n autoridad de certificación cargada (se puede verificar HTTPS con X).</numerusform>
                <numerusform>%n autoridades de certificación cargadas (se puede verificar HTTPS con X).</numerusform>
            </translation>
        </message>
        <message>
            <source>{uri} is not a loopback http address; use the paste box to log in.</source>
            <translation>{uri} no es una dirección http de loopback; usa el cuadro para pegar para iniciar sesión.</translation>
        </message>
        <message>
            <source>{uri} can be opened for the browser's answer.</source>
            <translation>{uri} puede abrirse para la respuesta del navegador.</translation>
        </message>
        <message>
            <source>stopped at {where} after {steps}. {banner}</source>
            <translation>se detuvo en {where} después de {steps}. {banner}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>authorize, callback, exchange, refresh, who am I and revoke all work.</source>
            <translation>autorizar, callback, intercambio, renovar, quién soy y revocar funcionan.</translation>
        </message>
        <message>
            <source>the login</source>
            <translation>el inicio de sesión</translation>
        </message>
        <message>
            <source>login</source>
            <translation>inicio de sesión</translation>
        </message>
        <message>
            <source>the refresh</source>
            <translation>la renovación</translation>
        </message>
        <message>
            <source>the old refresh token still works after a refresh</source>
            <translation>el token de actualización anterior sigue funcionando después de renovar</translation>
        </message>
        <message>
            <source>refresh</source>
            <translation>renovación</translation>
        </message>
        <message>
            <source>who am I</source>
            <translation>quién soy</translation>
        </message>
        <message>
            <source>who am I did not name the account</source>
            <translation>quién soy no indicó la cuenta</translation>
        </message>
        <message>
            <source>the revoke</source>
            <translation>la revocación</translation>
        </message>
        <message>
            <source>the access token still works after revoking</source>
            <translation>el token de acceso sigue funcionando después de revocarlo</translation>
        </message>
        <message>
            <source>revoke</source>
            <translation>revocación</translation>
        </message>
        <message>
            <source>{where}, frozen</source>
            <translation>{where}, empaquetado</translation>
        </message>
        <message>
            <source>{app} {version} diagnostics ({where})</source>
            <translation>Diagnóstico de {app} {version} ({where})</translation>
        </message>
        <message>
            <source>All needed checks passed.</source>
            <translation>Todas las comprobaciones necesarias pasaron.</translation>
        </message>
        <message>
            <source>Some checks failed: see the lines marked ✕.</source>
            <translation>Algunas comprobaciones fallaron: mira las líneas marcadas con ✕.</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>&amp;Diagnostics…</source>
            <translation>&amp;Diagnóstico…</translation>
        </message>
        <message>
            <source>Running diagnostics (about 10 seconds)…</source>
            <translation>Ejecutando el diagnóstico (unos 10 segundos)…</translation>
        </message>
        <message>
            <source>Diagnostics finished: all needed checks passed.</source>
            <translation>Diagnóstico terminado: todas las comprobaciones necesarias pasaron.</translation>
        </message>
        <message>
            <source>Diagnostics finished: some checks failed.</source>
            <translation>Diagnóstico terminado: algunas comprobaciones fallaron.</translation>
        </message>
        <message>
            <source>xauth-gui diagnostics</source>
            <translation>Diagnóstico de xauth-gui</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copiar informe</translation>
        </message>
    </context>
    <context>
        <name>Discovery</name>
        <message>
            <source>Nothing was changed. Check the address, or fill in the endpoints.</source>
            <translation>No se cambió nada. Revisa la dirección o rellena los endpoints a mano.</translation>
        </message>
        <message>
            <source>issuer address</source>
            <translation>dirección del emisor</translation>
        </message>
        <message>
            <source>An issuer address has no ? or # part.</source>
            <translation>Una dirección de emisor no lleva parte ? ni #.</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” list.</source>
            <translation>Los metadatos del servidor tienen una lista «{name}» dañada.</translation>
        </message>
        <message>
            <source>The server's metadata does not name its “{name}”.</source>
            <translation>Los metadatos del servidor no indican su «{name}».</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document (not JSON).</source>
            <translation>La respuesta del servidor no es un documento de metadatos (no es JSON).</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document.</source>
            <translation>La respuesta del servidor no es un documento de metadatos.</translation>
        </message>
        <message>
            <source>The metadata says it is for “{named}”, not for “{issuer}”, so it was not used.</source>
            <translation>Los metadatos dicen ser de «{named}», no de «{issuer}», así que no se usaron.</translation>
        </message>
        <message>
            <source>Type the issuer exactly as the server's documentation gives it.</source>
            <translation>Escribe el emisor exactamente como lo da la documentación del servidor.</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” value.</source>
            <translation>Los metadatos del servidor tienen un valor «{name}» dañado.</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>URL de autorización</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>URL del token</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>URL de revocación</translation>
        </message>
        <message>
            <source>It names no {what}; the built-in {ours} is kept.</source>
            <translation>No indican ninguna {what}; se mantiene la integrada {ours}.</translation>
        </message>
        <message>
            <source>Its {what} is {theirs}; the built-in {ours} is kept.</source>
            <translation>Su {what} es {theirs}; se mantiene la integrada {ours}.</translation>
        </message>
        <message>
            <source>Issuer or metadata address</source>
            <translation>Dirección del emisor o de los metadatos</translation>
        </message>
        <message>
            <source>https://login.example.com</source>
            <translation>https://login.example.com</translation>
        </message>
        <message>
            <source>Fill in reads the server's published settings and fills the endpoints below.</source>
            <translation>Rellenar lee la configuración publicada del servidor y rellena los endpoints de abajo.</translation>
        </message>
        <message>
            <source>Fill in</source>
            <translation>Rellenar</translation>
        </message>
        <message>
            <source>Fill in from the server's metadata</source>
            <translation>Rellenar con los metadatos del servidor</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Emisor:</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Compare with X's metadata</source>
            <translation>Comparar con los metadatos de X</translation>
        </message>
        <message>
            <source>Reading the server's metadata…</source>
            <translation>Leyendo los metadatos del servidor…</translation>
        </message>
        <message>
            <source>They agree.</source>
            <translation>Coinciden.</translation>
        </message>
        <message>
            <source>X's metadata, compared:</source>
            <translation>Los metadatos de X, comparados:</translation>
        </message>
        <message>
            <source>The endpoints were not filled in:</source>
            <translation>No se rellenaron los endpoints:</translation>
        </message>
        <message>
            <source>Filled in from the metadata of {issuer}.</source>
            <translation>Rellenado con los metadatos de {issuer}.</translation>
        </message>
        <message>
            <source>A Client Secret goes in the request body, the only way it offers.</source>
            <translation>El Client Secret va en el cuerpo de la solicitud, la única forma que ofrece.</translation>
        </message>
        <message>
            <source>Every answer from the browser must name this server.</source>
            <translation>Cada respuesta del navegador debe nombrar a este servidor.</translation>
        </message>
        <message>
            <source>It offers only plain PKCE; S256 is kept, so it may refuse the login.</source>
            <translation>Solo ofrece PKCE plain; se mantiene S256, así que puede rechazar el inicio de sesión.</translation>
        </message>
        <message>
            <source>Only plain PKCE</source>
            <translation>Solo PKCE plain</translation>
        </message>
        <message>
            <source>This server offers only plain PKCE, which sends the login's secret check value in the clear. Use plain for this server?</source>
            <translation>Este servidor solo ofrece PKCE plain, que envía sin cifrar el valor secreto de comprobación del inicio de sesión. ¿Usar plain con este servidor?</translation>
        </message>
    </context>
    <context>
        <name>ErrorMapping</name>
        <message>
            <source>The server refused the request (HTTP {status}) with an answer that is not JSON.</source>
            <translation>El servidor rechazó la solicitud (HTTP {status}) con una respuesta que no es JSON.</translation>
        </message>
        <message>
            <source>Try again after {time}.</source>
            <translation>Vuelve a intentarlo después de las {time}.</translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) and try again; nothing was lost.</source>
            <translation>
                <numerusform>Espera %n segundo y vuelve a intentarlo; no se perdió nada.</numerusform>
                <numerusform>Espera %n segundos y vuelve a intentarlo; no se perdió nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused to issue tokens for this login.</source>
            <translation>El servidor se negó a emitir tokens para este inicio de sesión.</translation>
        </message>
        <message>
            <source>The server refused to refresh the token.</source>
            <translation>El servidor se negó a renovar el token.</translation>
        </message>
        <message>
            <source>The server refused to revoke the token.</source>
            <translation>El servidor se negó a revocar el token.</translation>
        </message>
        <message>
            <source>The server refused the who-am-I request.</source>
            <translation>El servidor rechazó la solicitud de quién soy.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Algo salió mal.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{message}: “{reason}”.</source>
            <translation>{message}: «{reason}».</translation>
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
            <translation>Los ajustes no están completos.</translation>
        </message>
        <message>
            <source>Check the highlighted field.</source>
            <translation>Revisa el campo resaltado.</translation>
        </message>
        <message>
            <source>The answer from the browser could not be used.</source>
            <translation>La respuesta del navegador no se pudo usar.</translation>
        </message>
        <message>
            <source>Start the login again.</source>
            <translation>Vuelve a iniciar el proceso de inicio de sesión.</translation>
        </message>
        <message>
            <source>That address is not this app's callback address.</source>
            <translation>Esa dirección no es la dirección de callback de esta app.</translation>
        </message>
        <message>
            <source>Paste the full address the browser showed after you approved, starting with the callback URI.</source>
            <translation>Pega la dirección completa que mostró el navegador después de aprobar, empezando por la Callback URI.</translation>
        </message>
        <message>
            <source>The answer from the browser is damaged (a value appears twice or is badly encoded).</source>
            <translation>La respuesta del navegador está dañada (un valor aparece dos veces o está mal codificado).</translation>
        </message>
        <message>
            <source>Start the login again; if you pasted it, copy the whole address once more.</source>
            <translation>Vuelve a iniciar sesión; si la pegaste, copia otra vez la dirección completa.</translation>
        </message>
        <message>
            <source>That is not the address the browser shows after you approve.</source>
            <translation>Esa no es la dirección que muestra el navegador después de aprobar.</translation>
        </message>
        <message>
            <source>Copy the whole address from the browser's address bar (it starts with http) and paste it again.</source>
            <translation>Copia la dirección completa de la barra de direcciones del navegador (empieza por http) y pégala de nuevo.</translation>
        </message>
        <message>
            <source>The answer from the browser does not belong to this login (its state does not match).</source>
            <translation>La respuesta del navegador no pertenece a este inicio de sesión (su state no coincide).</translation>
        </message>
        <message>
            <source>It was ignored. Finish the login in the browser tab this app opened, or start again.</source>
            <translation>Se ignoró. Termina el inicio de sesión en la pestaña que abrió esta app, o empieza de nuevo.</translation>
        </message>
        <message>
            <source>The browser came back without an authorization code.</source>
            <translation>El navegador volvió sin código de autorización.</translation>
        </message>
        <message>
            <source>Start the login again and press Authorize on X's page.</source>
            <translation>Vuelve a iniciar sesión y pulsa «Authorize app» en la página de X.</translation>
        </message>
        <message>
            <source>Start the login again and approve the request on the server's page.</source>
            <translation>Vuelve a iniciar sesión y aprueba la solicitud en la página del servidor.</translation>
        </message>
        <message>
            <source>The answer came from a different server than the one this login was sent to.</source>
            <translation>La respuesta vino de un servidor distinto al que se envió este inicio de sesión.</translation>
        </message>
        <message>
            <source>Start the login again. If it happens again, check the server's settings with its administrator.</source>
            <translation>Vuelve a iniciar sesión. Si vuelve a ocurrir, pide al administrador del servidor que revise su configuración.</translation>
        </message>
        <message>
            <source>You declined the request in the browser, so no token was issued.</source>
            <translation>Rechazaste la solicitud en el navegador, así que no se emitió ningún token.</translation>
        </message>
        <message>
            <source>Press Authorize again and choose Authorize app on X's page if you want a token.</source>
            <translation>Pulsa Autorizar otra vez y elige «Authorize app» en la página de X si quieres un token.</translation>
        </message>
        <message>
            <source>Press Authorize again and approve the request on the server's page if you want a token.</source>
            <translation>Pulsa Autorizar otra vez y aprueba la solicitud en la página del servidor si quieres un token.</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions (invalid_scope).</source>
            <translation>X rechazó uno de los permisos solicitados (invalid_scope).</translation>
        </message>
        <message>
            <source>Untick permissions marked special access, or pick a preset, then try again.</source>
            <translation>Desmarca los permisos marcados como acceso especial, o elige un ajuste predefinido, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The server refused one of the requested permissions (invalid_scope).</source>
            <translation>El servidor rechazó uno de los permisos solicitados (invalid_scope).</translation>
        </message>
        <message>
            <source>Untick the permissions that server does not offer, then try again.</source>
            <translation>Desmarca los permisos que ese servidor no ofrece y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>X did not authorize the app.</source>
            <translation>X no autorizó la app.</translation>
        </message>
        <message>
            <source>Check the Client ID and that the callback URI is registered in the X developer console.</source>
            <translation>Comprueba el Client ID y que la Callback URI esté registrada en la consola de desarrollador de X.</translation>
        </message>
        <message>
            <source>The server did not authorize the app.</source>
            <translation>El servidor no autorizó la app.</translation>
        </message>
        <message>
            <source>Check the Client ID and the callback URI registered on that server, then try again.</source>
            <translation>Comprueba el Client ID y la Callback URI registrada en ese servidor, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The app could not wait for the browser's answer.</source>
            <translation>La app no pudo esperar la respuesta del navegador.</translation>
        </message>
        <message>
            <source>Use the paste box below instead.</source>
            <translation>Usa el cuadro para pegar de abajo.</translation>
        </message>
        <message>
            <source>another program ({name})</source>
            <translation>otro programa ({name})</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>otro programa</translation>
        </message>
        <message>
            <source>Port {port} on this computer is already used by {program}, so the login can't start.</source>
            <translation>El puerto {port} de este equipo ya lo usa {program}, así que el inicio de sesión no puede empezar.</translation>
        </message>
        <message>
            <source>Close the other program, or register another callback URI (another port) in the X developer console and enter it here.</source>
            <translation>Cierra el otro programa, o registra otra Callback URI (otro puerto) en la consola de desarrollador de X y escríbela aquí.</translation>
        </message>
        <message>
            <source>Close the other program, or press Use another port.</source>
            <translation>Cierra el otro programa o pulsa Usar otro puerto.</translation>
        </message>
        <message>
            <source>This callback URI can't be caught by the app (it is not http:// on 127.0.0.1, [::1] or localhost).</source>
            <translation>La app no puede recibir esta Callback URI (no es http:// en 127.0.0.1, [::1] o localhost).</translation>
        </message>
        <message>
            <source>After approving, paste the address the browser shows into the paste box.</source>
            <translation>Después de aprobar, pega en el cuadro para pegar la dirección que muestra el navegador.</translation>
        </message>
        <message>
            <source>No answer came back from the browser in time.</source>
            <translation>No llegó a tiempo ninguna respuesta del navegador.</translation>
        </message>
        <message>
            <source>If X showed "Something went wrong", check the Client ID and that this exact callback URI is registered under User authentication settings. Then press Authorize again.</source>
            <translation>Si X mostró «Something went wrong», comprueba el Client ID y que esta Callback URI exacta esté registrada en User authentication settings. Después pulsa Autorizar otra vez.</translation>
        </message>
        <message>
            <source>If the server showed an error page, check the Client ID and that this exact callback URI is registered there. Then press Authorize again.</source>
            <translation>Si el servidor mostró una página de error, comprueba el Client ID y que esta Callback URI exacta esté registrada allí. Después pulsa Autorizar otra vez.</translation>
        </message>
        <message>
            <source>The login was cancelled.</source>
            <translation>Se canceló el inicio de sesión.</translation>
        </message>
        <message>
            <source>Press Authorize to start again.</source>
            <translation>Pulsa Autorizar para empezar de nuevo.</translation>
        </message>
        <message>
            <source>The secure storage (keychain) failed.</source>
            <translation>El almacenamiento seguro (llavero) falló.</translation>
        </message>
        <message>
            <source>Your tokens are kept in memory for this run; they still work until you close the app.</source>
            <translation>Tus tokens se guardan en memoria durante esta sesión; siguen funcionando hasta que cierres la app.</translation>
        </message>
        <message>
            <source>No secure storage (keychain) is available on this computer.</source>
            <translation>No hay almacenamiento seguro (llavero) disponible en este equipo.</translation>
        </message>
        <message>
            <source>Tokens are kept in memory only for this run. You can opt in to a private file instead.</source>
            <translation>Los tokens se guardan solo en memoria durante esta sesión. Puedes optar por un archivo privado.</translation>
        </message>
        <message>
            <source>The keychain is locked (or the unlock prompt was dismissed).</source>
            <translation>El llavero está bloqueado (o se cerró la petición de desbloqueo).</translation>
        </message>
        <message>
            <source>Unlock it and press Retry, or keep the tokens in memory for this run.</source>
            <translation>Desbloquéalo y pulsa Reintentar, o guarda los tokens en memoria durante esta sesión.</translation>
        </message>
        <message>
            <source>The keychain did not answer in time (an unlock prompt may be waiting).</source>
            <translation>El llavero no respondió a tiempo (puede que esté esperando una petición de desbloqueo).</translation>
        </message>
        <message>
            <source>Answer the prompt and press Retry, or keep the tokens in memory for this run.</source>
            <translation>Responde a la petición y pulsa Reintentar, o guarda los tokens en memoria durante esta sesión.</translation>
        </message>
        <message>
            <source>This secret is too long for Windows Credential Manager (over 1,280 characters).</source>
            <translation>Este secreto es demasiado largo para el Administrador de credenciales de Windows (más de 1.280 caracteres).</translation>
        </message>
        <message>
            <source>It is kept in memory for this run only.</source>
            <translation>Se guarda en memoria solo durante esta sesión.</translation>
        </message>
        <message>
            <source>Another xauth-gui is refreshing this token and did not finish in time.</source>
            <translation>Otro xauth-gui está renovando este token y no terminó a tiempo.</translation>
        </message>
        <message>
            <source>refreshing</source>
            <translation>la renovación</translation>
        </message>
        <message>
            <source>revoking</source>
            <translation>la revocación</translation>
        </message>
        <message>
            <source>checking who you are</source>
            <translation>la comprobación de quién eres</translation>
        </message>
        <message>
            <source>Not sent: {action} would send these tokens to a different server or Client ID than the one that issued them ({issued_by}).</source>
            <translation>No enviado: {action} enviaría estos tokens a un servidor o Client ID distinto del que los emitió ({issued_by}).</translation>
        </message>
        <message>
            <source>Press Sign in again to get tokens for the current settings, or Restore those settings.</source>
            <translation>Pulsa Volver a iniciar sesión para obtener tokens para los ajustes actuales, o Restaurar esos ajustes.</translation>
        </message>
        <message>
            <source>The Client Secret was entered for {entered_for}, so it is not sent to {now}.</source>
            <translation>El Client Secret se escribió para {entered_for}, así que no se envía a {now}.</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>otro servidor</translation>
        </message>
        <message>
            <source>Enter the Client Secret again, or press Send it to this server if that server should have it.</source>
            <translation>Escribe de nuevo el Client Secret, o pulsa Enviarlo a este servidor si ese servidor debe tenerlo.</translation>
        </message>
        <message>
            <source>The server refused the request.</source>
            <translation>El servidor rechazó la solicitud.</translation>
        </message>
        <message>
            <source>Check the settings and try again.</source>
            <translation>Revisa los ajustes y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used (X's codes live 30 seconds).</source>
            <translation>El código de autorización caducó o ya se usó (los códigos de X duran 30 segundos).</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>Pulsa Autorizar para volver a iniciar sesión.</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used.</source>
            <translation>El código de autorización caducó o ya se usó.</translation>
        </message>
        <message>
            <source>X could not match this login's PKCE verifier.</source>
            <translation>X no pudo verificar el verificador PKCE de este inicio de sesión.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a fresh login makes a fresh verifier).</source>
            <translation>Pulsa Autorizar para volver a iniciar sesión (un inicio nuevo crea un verificador nuevo).</translation>
        </message>
        <message>
            <source>The server could not match this login's PKCE verifier.</source>
            <translation>El servidor no pudo verificar el verificador PKCE de este inicio de sesión.</translation>
        </message>
        <message>
            <source>The callback URI sent to X changed during the login.</source>
            <translation>La Callback URI enviada a X cambió durante el inicio de sesión.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again without editing the callback URI meanwhile.</source>
            <translation>Pulsa Autorizar para volver a iniciar sesión sin editar la Callback URI mientras tanto.</translation>
        </message>
        <message>
            <source>The callback URI sent to the server changed during the login.</source>
            <translation>La Callback URI enviada al servidor cambió durante el inicio de sesión.</translation>
        </message>
        <message>
            <source>X did not accept the client credentials.</source>
            <translation>X no aceptó las credenciales del cliente.</translation>
        </message>
        <message>
            <source>If your X app is a Web App or Automated App or Bot, choose Confidential and paste its Client Secret; otherwise choose Public, or set the app type to Native App in the developer console.</source>
            <translation>Si tu app de X es una Web App o Automated App or Bot, elige Confidential y pega su Client Secret; si no, elige Public, o cambia el tipo de app a Native App en la consola de desarrollador.</translation>
        </message>
        <message>
            <source>The server did not accept the client credentials.</source>
            <translation>El servidor no aceptó las credenciales del cliente.</translation>
        </message>
        <message>
            <source>Check the client type (public or confidential) and the Client Secret registered on that server.</source>
            <translation>Comprueba el tipo de cliente (public o confidential) y el Client Secret registrado en ese servidor.</translation>
        </message>
        <message>
            <source>X says the Client ID is missing.</source>
            <translation>X dice que falta el Client ID.</translation>
        </message>
        <message>
            <source>Enter the OAuth 2.0 Client ID from Keys and tokens in the X developer console.</source>
            <translation>Escribe el OAuth 2.0 Client ID de Keys and tokens en la consola de desarrollador de X.</translation>
        </message>
        <message>
            <source>The server says the Client ID is missing.</source>
            <translation>El servidor dice que falta el Client ID.</translation>
        </message>
        <message>
            <source>Enter the Client ID that server gave your app.</source>
            <translation>Escribe el Client ID que ese servidor le dio a tu app.</translation>
        </message>
        <message>
            <source>The token endpoint refused the grant type.</source>
            <translation>El endpoint del token rechazó el tipo de concesión.</translation>
        </message>
        <message>
            <source>Check the token URL: X's is https://api.x.com/2/oauth2/token (with /2/).</source>
            <translation>Revisa la URL del token: la de X es https://api.x.com/2/oauth2/token (con /2/).</translation>
        </message>
        <message>
            <source>Check the token URL.</source>
            <translation>Revisa la URL del token.</translation>
        </message>
        <message>
            <source>The refresh token is no longer valid (already used, revoked, or replaced by a newer login).</source>
            <translation>El token de actualización ya no es válido (ya se usó, se revocó o lo reemplazó un inicio de sesión más reciente).</translation>
        </message>
        <message>
            <source>The access token was refused (expired or revoked).</source>
            <translation>Se rechazó el token de acceso (caducó o se revocó).</translation>
        </message>
        <message>
            <source>Press Refresh, or Authorize to sign in again.</source>
            <translation>Pulsa Renovar, o Autorizar para volver a iniciar sesión.</translation>
        </message>
        <message>
            <source>The token is not allowed to read your profile.</source>
            <translation>El token no puede leer tu perfil.</translation>
        </message>
        <message>
            <source>Tick tweet.read and users.read (the Who am I preset) and sign in again.</source>
            <translation>Marca tweet.read y users.read (el ajuste Quién soy) y vuelve a iniciar sesión.</translation>
        </message>
        <message>
            <source>Your X app is not allowed to call the API yet (client-forbidden / client-not-enrolled).</source>
            <translation>Tu app de X aún no puede llamar a la API (client-forbidden / client-not-enrolled).</translation>
        </message>
        <message>
            <source>In the X developer console, attach the app to a project with an active usage package.</source>
            <translation>En la consola de desarrollador de X, vincula la app a un proyecto con un paquete de uso activo.</translation>
        </message>
        <message>
            <source>Too many requests: the server asked to slow down.</source>
            <translation>Demasiadas solicitudes: el servidor pidió ir más despacio.</translation>
        </message>
        <message>
            <source>Wait a few minutes, then try again.</source>
            <translation>Espera unos minutos y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The server can't revoke this kind of token.</source>
            <translation>El servidor no puede revocar este tipo de token.</translation>
        </message>
        <message>
            <source>Remove the token locally; it expires on its own.</source>
            <translation>Quita el token localmente; caduca por sí solo.</translation>
        </message>
        <message>
            <source>The server had a problem answering.</source>
            <translation>El servidor tuvo un problema al responder.</translation>
        </message>
        <message>
            <source>Wait a moment and try again; nothing was lost.</source>
            <translation>Espera un momento y vuelve a intentarlo; no se perdió nada.</translation>
        </message>
        <message>
            <source>The server answered with a redirect, which the app does not follow for security.</source>
            <translation>El servidor respondió con una redirección, que la app no sigue por seguridad.</translation>
        </message>
        <message>
            <source>Check the endpoint URLs (X's token URL is https://api.x.com/2/oauth2/token).</source>
            <translation>Revisa las URL de los endpoints (la URL del token de X es https://api.x.com/2/oauth2/token).</translation>
        </message>
        <message>
            <source>Check the endpoint URLs; the server may have moved.</source>
            <translation>Revisa las URL de los endpoints; puede que el servidor se haya movido.</translation>
        </message>
        <message>
            <source>The server's answer could not be understood.</source>
            <translation>No se pudo entender la respuesta del servidor.</translation>
        </message>
        <message>
            <source>Check the endpoint URLs, then try again.</source>
            <translation>Revisa las URL de los endpoints y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The server could not be reached.</source>
            <translation>No se pudo conectar con el servidor.</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>Revisa tu conexión a internet y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The server could not be reached (connection failed or name not found).</source>
            <translation>No se pudo conectar con el servidor (la conexión falló o no se encontró el nombre).</translation>
        </message>
        <message>
            <source>Check your internet connection and the endpoint URLs, then try again.</source>
            <translation>Revisa tu conexión a internet y las URL de los endpoints, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The proxy server could not be reached.</source>
            <translation>No se pudo conectar con el servidor proxy.</translation>
        </message>
        <message>
            <source>Check the HTTPS_PROXY / HTTP_PROXY settings, then try again.</source>
            <translation>Revisa los ajustes HTTPS_PROXY / HTTP_PROXY y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The secure connection could not be verified (TLS certificate problem).</source>
            <translation>No se pudo verificar la conexión segura (problema con el certificado TLS).</translation>
        </message>
        <message>
            <source>A proxy or security program may be intercepting traffic. Set REQUESTS_CA_BUNDLE to its certificate, or try another network.</source>
            <translation>Puede que un proxy o un programa de seguridad esté interceptando el tráfico. Define REQUESTS_CA_BUNDLE con su certificado, o prueba otra red.</translation>
        </message>
        <message>
            <source>The server took too long to answer.</source>
            <translation>El servidor tardó demasiado en responder.</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Vuelve a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>The connection broke while exchanging the code, so it is unknown whether X issued tokens.</source>
            <translation>La conexión se cortó al intercambiar el código, así que no se sabe si X emitió tokens.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a code can be used only once).</source>
            <translation>Pulsa Autorizar para volver a iniciar sesión (un código solo se puede usar una vez).</translation>
        </message>
        <message>
            <source>This token contains characters a bearer token can't have, so it was not copied.</source>
            <translation>Este token contiene caracteres que un bearer token no puede tener, así que no se copió.</translation>
        </message>
        <message>
            <source>Sign in again to get a new token.</source>
            <translation>Vuelve a iniciar sesión para obtener un token nuevo.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Copy as Authorization header</source>
            <translation>Copiar como encabezado Authorization</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Encabezado</translation>
        </message>
        <message>
            <source>Authorization header</source>
            <translation>encabezado Authorization</translation>
        </message>
        <message>
            <source>Copy as curl command (who am I)</source>
            <translation>Copiar como comando curl (quién soy)</translation>
        </message>
        <message>
            <source>curl command (who am I)</source>
            <translation>comando curl (quién soy)</translation>
        </message>
        <message>
            <source>Copy as .env lines</source>
            <translation>Copiar como líneas .env</translation>
        </message>
        <message>
            <source>.env lines</source>
            <translation>líneas .env</translation>
        </message>
        <message>
            <source>Copy as JSON</source>
            <translation>Copiar como JSON</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Get started with xauth-gui</source>
            <translation>Primeros pasos con xauth-gui</translation>
        </message>
    </context>
    <context>
        <name>Forget</name>
        <message>
            <source>{problem} Your settings were kept; try again when the keyring is available.</source>
            <translation>{problem} Se conservaron tus ajustes; vuelve a intentarlo cuando el llavero esté disponible.</translation>
        </message>
        <message>
            <source>Removed {count} keyring entries and the settings in {folder}.</source>
            <translation>Se quitaron {count} entradas del llavero y los ajustes de {folder}.</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>authorization code</source>
            <translation>código de autorización</translation>
        </message>
        <message>
            <source>Client Secret</source>
            <translation>Client Secret</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>token de acceso</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>token de actualización</translation>
        </message>
        <message>
            <source>API Key and Secret</source>
            <translation>API Key y Secret</translation>
        </message>
        <message>
            <source>app-only token</source>
            <translation>token de solo app</translation>
        </message>
        <message>
            <source>Not sent: the {what} belongs to {belongs}, and this address is {asked}.</source>
            <translation>No enviado: {what} pertenece a {belongs}, y esta dirección es {asked}.</translation>
        </message>
        <message>
            <source>Check the address: the app sends each secret only to the server it belongs to.</source>
            <translation>Revisa la dirección: la app envía cada secreto solo al servidor al que pertenece.</translation>
        </message>
        <message>
            <source>Not sent: the address has a name or password before the server name, so it really goes to {asked}; the secret belongs to {belongs}.</source>
            <translation>No enviado: la dirección lleva un nombre o una contraseña antes del nombre del servidor, así que en realidad va a {asked}; el secreto pertenece a {belongs}.</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>Quita de la dirección todo lo que hay entre :// y @.</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>otro servidor</translation>
        </message>
        <message>
            <source>no server</source>
            <translation>ningún servidor</translation>
        </message>
        <message>
            <source>address</source>
            <translation>dirección</translation>
        </message>
        <message>
            <source>Not sent: a request to {url} carried a secret that was not checked first.</source>
            <translation>No enviado: una petición a {url} llevaba un secreto que no se había comprobado antes.</translation>
        </message>
        <message>
            <source>This is a bug in the app: copy the request log into a bug report.</source>
            <translation>Es un fallo de la app: copia el registro de peticiones en un informe de error.</translation>
        </message>
    </context>
    <context>
        <name>GetStarted</name>
        <message>
            <source>&amp;Sandbox: try it now, no account needed</source>
            <translation>&amp;Sandbox: pruébalo ya, sin cuenta</translation>
        </message>
        <message>
            <source>A pretend X built into this app. Sign in with one click and see every step; nothing leaves your computer.</source>
            <translation>Una X de mentira integrada en esta app. Inicia sesión con un clic y mira cada paso; nada sale de tu equipo.</translation>
        </message>
        <message>
            <source>I have an X &amp;app</source>
            <translation>Tengo una &amp;app de X</translation>
        </message>
        <message>
            <source>You have a Client ID from the X developer console. Paste it, pick permissions, sign in.</source>
            <translation>Tienes un Client ID de la consola de desarrollador de X. Pégalo, elige permisos e inicia sesión.</translation>
        </message>
        <message>
            <source>Help me set &amp;up an X app</source>
            <translation>Ayúdame a configurar &amp;una app de X</translation>
        </message>
        <message>
            <source>Step by step through the X developer console, with the exact values to paste.</source>
            <translation>Paso a paso por la consola de desarrollador de X, con los valores exactos que pegar.</translation>
        </message>
        <message>
            <source>Open the X developer console and sign in with your X account; create a Project and an App if you have none.</source>
            <translation>Abre la consola de desarrollador de X e inicia sesión con tu cuenta de X; crea un Project y una App si no tienes.</translation>
        </message>
        <message>
            <source>In your app, open User authentication settings → Set up. App permissions: Read (or Read and write if you will post).</source>
            <translation>En tu app, abre User authentication settings → Set up. App permissions: Read (o Read and write si vas a publicar).</translation>
        </message>
        <message>
            <source>Type of App: Native App (this app keeps no secret: choose Public here), or Web App, Automated App or Bot (X gives you a Client Secret: choose Confidential).</source>
            <translation>Type of App: Native App (esta app no guarda ningún secreto: elige Public aquí), o Web App, Automated App or Bot (X te da un Client Secret: elige Confidential).</translation>
        </message>
        <message>
            <source>Callback URI / Redirect URL: paste exactly</source>
            <translation>Callback URI / Redirect URL: pega exactamente</translation>
        </message>
        <message>
            <source>Website URL: X needs one; any site of yours, or for testing</source>
            <translation>Website URL: X necesita una; cualquier sitio tuyo, o para pruebas</translation>
        </message>
        <message>
            <source>Save. Then open Keys and tokens → OAuth 2.0 Client ID and Client Secret, and copy the Client ID (and the Secret, for Confidential) into this app.</source>
            <translation>Guarda. Después abre Keys and tokens → OAuth 2.0 Client ID and Client Secret y copia el Client ID (y el Secret, para Confidential) en esta app.</translation>
        </message>
        <message>
            <source>Get an X API user token</source>
            <translation>Obtén un token de usuario de la API de X</translation>
        </message>
        <message>
            <source>This app signs you in to X in your browser and gives you the token a program needs to act as you. Choose how to start; you can come back here from Help → Get started.</source>
            <translation>Esta app inicia tu sesión en X en tu navegador y te da el token que un programa necesita para actuar como tú. Elige cómo empezar; puedes volver aquí desde Ayuda → Primeros pasos.</translation>
        </message>
        <message>
            <source>Set up an X app (about five minutes)</source>
            <translation>Configura una app de X (unos cinco minutos)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy {value}</source>
            <translation>Copiar {value}</translation>
        </message>
        <message>
            <source>Open the developer &amp;console</source>
            <translation>Abrir la &amp;consola de desarrollador</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>Atrás (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next: fill in the form</source>
            <translation>Siguie&amp;nte: rellenar el formulario</translation>
        </message>
    </context>
    <context>
        <name>JsonPreview</name>
        <message>
            <source>The answer is not JSON; shown as text.</source>
            <translation>La respuesta no es JSON; se muestra como texto.</translation>
        </message>
        <message>
            <source>The answer is {mb:.1f} MB: its start is shown, not checked as JSON.</source>
            <translation>La respuesta ocupa {mb:.1f} MB: se muestra el principio, sin comprobarlo como JSON.</translation>
        </message>
        <message>
            <source>The answer is nested too deeply to check; shown as text.</source>
            <translation>La respuesta está demasiado anidada para comprobarla; se muestra como texto.</translation>
        </message>
        <message>
            <source>The answer is not valid JSON; shown as text.</source>
            <translation>La respuesta no es JSON válido; se muestra como texto.</translation>
        </message>
        <message>
            <source>({kind} image, {size} bytes)</source>
            <translation>(imagen {kind}, {size} bytes)</translation>
        </message>
        <message>
            <source>({kind} data, {size} bytes)</source>
            <translation>(datos {kind}, {size} bytes)</translation>
        </message>
        <message>
            <source>(binary data, {size} bytes)</source>
            <translation>(datos binarios, {size} bytes)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>Idioma (&amp;L)</translation>
        </message>
        <message>
            <source>System default ({language})</source>
            <translation>Predeterminado del sistema ({language})</translation>
        </message>
        <message>
            <source>This is the language already shown.</source>
            <translation>Este es el idioma que ya se muestra.</translation>
        </message>
        <message>
            <source>{language} is used from the next start of xauth-gui.</source>
            <translation>{language} se usará desde el próximo inicio de xauth-gui.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
    </context>
    <context>
        <name>Listener</name>
        <message>
            <source>The app could not listen on port {port} of this computer.</source>
            <translation>La app no pudo escuchar en el puerto {port} de este equipo.</translation>
        </message>
        <message>
            <source>Pick another callback URI (registered in the X developer console), or use the paste box.</source>
            <translation>Elige otra Callback URI (registrada en la consola de desarrollador de X), o usa el cuadro para pegar.</translation>
        </message>
    </context>
    <context>
        <name>LoginFlow</name>
        <message>
            <source>An answer arrived from the browser tab of an earlier login, so it was ignored. Approve in the newest tab, or press Restart login.</source>
            <translation>Llegó una respuesta desde la pestaña de un inicio de sesión anterior, así que se ignoró. Aprueba en la pestaña más reciente, o pulsa Reiniciar inicio de sesión.</translation>
        </message>
        <message>
            <source>Press Authorize first; then paste the address the browser shows after approving.</source>
            <translation>Pulsa Autorizar primero; después pega la dirección que muestra el navegador tras aprobar.</translation>
        </message>
        <message>
            <source>{concern} X will refuse it. Authorize with it anyway?</source>
            <translation>{concern} X la rechazará. ¿Autorizar con ella de todos modos?</translation>
        </message>
        <message>
            <source>Authorize anyway</source>
            <translation>Autorizar de todos modos</translation>
        </message>
        <message>
            <source>No permissions are selected.</source>
            <translation>No hay permisos seleccionados.</translation>
        </message>
        <message>
            <source>Tick at least one, or pick a preset.</source>
            <translation>Marca al menos uno, o elige un ajuste predefinido.</translation>
        </message>
        <message>
            <source>The browser could not be opened. Copy the address below, open it in your browser, approve, then come back (paste the final address below if this app does not notice).</source>
            <translation>No se pudo abrir el navegador. Copia la dirección de abajo, ábrela en tu navegador, aprueba y vuelve (pega abajo la dirección final si esta app no se da cuenta).</translation>
        </message>
        <message>
            <source>Approve the request in the browser. This callback URI can't be caught by the app: after approving, copy the address the browser shows and paste it below.</source>
            <translation>Aprueba la solicitud en el navegador. La app no puede recibir esta Callback URI: después de aprobar, copia la dirección que muestra el navegador y pégala abajo.</translation>
        </message>
        <message>
            <source>Waiting for you to approve the request in the browser…</source>
            <translation>Esperando a que apruebes la solicitud en el navegador…</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Then press Authorize.</source>
            <translation>La Callback URI ahora es {uri}. Después pulsa Autorizar.</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Add it as a Callback URI in your X app's User authentication settings first. Then press Authorize.</source>
            <translation>La Callback URI ahora es {uri}. Añádela primero como Callback URI en User authentication settings de tu app de X. Después pulsa Autorizar.</translation>
        </message>
        <message>
            <source>The login failed.</source>
            <translation>El inicio de sesión falló.</translation>
        </message>
        <message>
            <source>Approved. Getting your token…</source>
            <translation>Aprobado. Obteniendo tu token…</translation>
        </message>
        <message>
            <source>The login did not finish:</source>
            <translation>El inicio de sesión no terminó:</translation>
        </message>
        <message>
            <source>X did not grant: {scopes}.</source>
            <translation>X no concedió: {scopes}.</translation>
        </message>
        <message>
            <source>Signed in: your token is ready.</source>
            <translation>Sesión iniciada: tu token está listo.</translation>
        </message>
    </context>
    <context>
        <name>LoginPanel</name>
        <message>
            <source>&amp;Authorize in browser</source>
            <translation>&amp;Autorizar en el navegador</translation>
        </message>
        <message>
            <source>Authorize in browser</source>
            <translation>Autorizar en el navegador</translation>
        </message>
        <message>
            <source>Waiting for the browser</source>
            <translation>Esperando al navegador</translation>
        </message>
        <message>
            <source>Cancel lo&amp;gin</source>
            <translation>Cancelar inicio de sesión (&amp;G)</translation>
        </message>
        <message>
            <source>Cancel login</source>
            <translation>Cancelar inicio de sesión</translation>
        </message>
        <message>
            <source>Authorization address</source>
            <translation>Dirección de autorización</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy authorization address</source>
            <translation>Copiar la dirección de autorización</translation>
        </message>
        <message>
            <source>If no browser opened, open this address:</source>
            <translation>Si no se abrió ningún navegador, abre esta dirección:</translation>
        </message>
        <message>
            <source>Paste the address shown after approving</source>
            <translation>Pega la dirección que se muestra tras aprobar</translation>
        </message>
        <message>
            <source>…or paste the address here</source>
            <translation>…o pega la dirección aquí</translation>
        </message>
        <message>
            <source>Use pasted address</source>
            <translation>Usar la dirección pegada</translation>
        </message>
        <message>
            <source>Rest&amp;art login</source>
            <translation>Reinici&amp;ar inicio de sesión</translation>
        </message>
        <message>
            <source>&amp;Authorize again</source>
            <translation>&amp;Autorizar de nuevo</translation>
        </message>
        <message>
            <source>Getting your token…</source>
            <translation>Obteniendo tu token…</translation>
        </message>
    </context>
    <context>
        <name>LoopbackHttp</name>
        <message>
            <source>en</source>
            <translation>es</translation>
        </message>
        <message>
            <source>Done: xauth-gui has your token</source>
            <translation>Listo: xauth-gui tiene tu token</translation>
        </message>
        <message>
            <source>You can close this tab and return to xauth-gui.</source>
            <translation>Puedes cerrar esta pestaña y volver a xauth-gui.</translation>
        </message>
        <message>
            <source>You declined the request</source>
            <translation>Rechazaste la solicitud</translation>
        </message>
        <message>
            <source>No token was issued. You can close this tab and return to xauth-gui; press Authorize there to try again.</source>
            <translation>No se emitió ningún token. Puedes cerrar esta pestaña y volver a xauth-gui; pulsa Autorizar allí para intentarlo de nuevo.</translation>
        </message>
        <message>
            <source>This login already finished</source>
            <translation>Este inicio de sesión ya terminó</translation>
        </message>
        <message>
            <source>xauth-gui already received an answer for it. You can close this tab.</source>
            <translation>xauth-gui ya recibió una respuesta para él. Puedes cerrar esta pestaña.</translation>
        </message>
        <message>
            <source>This answer is not for the current login</source>
            <translation>Esta respuesta no es del inicio de sesión actual</translation>
        </message>
        <message>
            <source>It does not match the login xauth-gui is waiting for, so it was ignored. Return to xauth-gui and finish or restart the login there.</source>
            <translation>No coincide con el inicio de sesión que espera xauth-gui, así que se ignoró. Vuelve a xauth-gui y termina o reinicia allí el inicio de sesión.</translation>
        </message>
        <message>
            <source>The answer was damaged</source>
            <translation>La respuesta estaba dañada</translation>
        </message>
        <message>
            <source>xauth-gui could not read it. Return to xauth-gui and start again.</source>
            <translation>xauth-gui no pudo leerla. Vuelve a xauth-gui y empieza de nuevo.</translation>
        </message>
        <message>
            <source>This login was cancelled</source>
            <translation>Este inicio de sesión se canceló</translation>
        </message>
        <message>
            <source>It was cancelled in xauth-gui, so this answer was not used. You can close this tab; press Authorize in xauth-gui to start again.</source>
            <translation>Se canceló en xauth-gui, así que esta respuesta no se usó. Puedes cerrar esta pestaña; pulsa Autorizar en xauth-gui para empezar de nuevo.</translation>
        </message>
        <message>
            <source>xauth-gui is waiting</source>
            <translation>xauth-gui está esperando</translation>
        </message>
        <message>
            <source>Approve the request on X's page; this tab will then show the result.</source>
            <translation>Aprueba la solicitud en la página de X; esta pestaña mostrará después el resultado.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>No encontrado</translation>
        </message>
        <message>
            <source>This is xauth-gui's login helper; there is nothing else here.</source>
            <translation>Este es el asistente de inicio de sesión de xauth-gui; aquí no hay nada más.</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>No permitido</translation>
        </message>
        <message>
            <source>This address is only for xauth-gui on this computer.</source>
            <translation>Esta dirección es solo para xauth-gui en este equipo.</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Tiempo de espera agotado</translation>
        </message>
        <message>
            <source>Nothing arrived in time.</source>
            <translation>No llegó nada a tiempo.</translation>
        </message>
        <message>
            <source>Bad request</source>
            <translation>Solicitud incorrecta</translation>
        </message>
        <message>
            <source>xauth-gui could not read this request.</source>
            <translation>xauth-gui no pudo leer esta solicitud.</translation>
        </message>
        <message>
            <source>This answer is not from the expected server</source>
            <translation>Esta respuesta no es del servidor esperado</translation>
        </message>
        <message>
            <source>It names another server, or none, as its sender, so xauth-gui refused it and sent nothing on. Return to xauth-gui: it names both servers.</source>
            <translation>Nombra otro servidor, o ninguno, como remitente, así que xauth-gui la rechazó y no envió nada. Vuelve a xauth-gui: allí se nombran ambos servidores.</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions.</source>
            <translation>X rechazó uno de los permisos solicitados.</translation>
        </message>
        <message>
            <source>The answer had no authorization code.</source>
            <translation>La respuesta no traía código de autorización.</translation>
        </message>
        <message>
            <source>X reported an error instead of a token.</source>
            <translation>X informó de un error en lugar de un token.</translation>
        </message>
        <message>
            <source>The login did not complete</source>
            <translation>El inicio de sesión no se completó</translation>
        </message>
        <message>
            <source>Return to xauth-gui for details and to try again.</source>
            <translation>Vuelve a xauth-gui para ver los detalles y volver a intentarlo.</translation>
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
            <translation>Tu app y sus permisos</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>Archivo (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Salir (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>Herramien&amp;tas</translation>
        </message>
        <message>
            <source>Clipboard clearing delay…</source>
            <translation>Tiempo para vaciar el portapapeles…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ayuda (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Get started…</source>
            <translation>Primeros pasos (&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;About xauth-gui</source>
            <translation>&amp;Acerca de xauth-gui</translation>
        </message>
        <message>
            <source>Clear copied tokens after how many seconds? (0: never)</source>
            <translation>¿Vaciar los tokens copiados después de cuántos segundos? (0: nunca)</translation>
        </message>
        <message>
            <source>Clipboard</source>
            <translation>Portapapeles</translation>
        </message>
        <message>
            <source>Signs you in to X in your own browser and gives you the tokens your scripts and tools need to use the X API as you. Your secrets stay on this computer, in its keychain.</source>
            <translation>Inicia tu sesión en X en tu propio navegador y te da los tokens que tus scripts y herramientas necesitan para usar la API de X en tu nombre. Tus secretos se quedan en este ordenador, en su llavero.</translation>
        </message>
        <message>
            <source>Your X apps and their keys: {link}</source>
            <translation>Tus apps de X y sus claves: {link}</translation>
        </message>
        <message>
            <source>About xauth-gui</source>
            <translation>Acerca de xauth-gui</translation>
        </message>
        <message>
            <source>Licences: each bundled part's own, in its Python package.</source>
            <translation>Licencias: las de cada parte incluida, en su paquete de Python.</translation>
        </message>
        <message>
            <source>the licence texts</source>
            <translation>los textos de las licencias</translation>
        </message>
        <message>
            <source>It includes Qt, PySide6, Python and other free software: {link}.</source>
            <translation>Incluye Qt, PySide6, Python y otro software libre: {link}.</translation>
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>X takes images (JPEG, PNG, WebP, GIF) and videos (MP4, MOV, WebM); pick one.</source>
            <translation>X acepta imágenes (JPEG, PNG, WebP, GIF) y videos (MP4, MOV, WebM); elige uno.</translation>
        </message>
        <message>
            <source>The file is empty: pick another one.</source>
            <translation>El archivo está vacío: elige otro.</translation>
        </message>
        <message>
            <source>The file is larger than X takes for this kind of media ({limit} MB).</source>
            <translation>El archivo supera lo que X acepta para este tipo de multimedia ({limit} MB).</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>Aún no hay token: pulsa Autorizar para iniciar sesión primero.</translation>
        </message>
        <message>
            <source>X's answer has no media id.</source>
            <translation>La respuesta de X no tiene id de multimedia.</translation>
        </message>
        <message>
            <source>Finishing…</source>
            <translation>Terminando…</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Subiendo…</translation>
        </message>
        <message>
            <source>Starting the upload…</source>
            <translation>Iniciando la subida…</translation>
        </message>
        <message>
            <source>X could not process the media: {why}</source>
            <translation>X no pudo procesar el archivo: {why}</translation>
        </message>
        <message>
            <source>X is still processing the media; try the status call later.</source>
            <translation>X sigue procesando el archivo; prueba la llamada de estado más tarde.</translation>
        </message>
        <message>
            <source>X is processing the media ({percent} %)…</source>
            <translation>X está procesando el archivo ({percent} %)…</translation>
        </message>
        <message>
            <source>Uploaded.</source>
            <translation>Subido.</translation>
        </message>
        <message>
            <source>Upload cancelled: X drops the unfinished media by itself.</source>
            <translation>Subida cancelada: X descarta por sí mismo el archivo sin terminar.</translation>
        </message>
    </context>
    <context>
        <name>Oauth</name>
        <message>
            <source>There is no refresh token (offline.access was not granted).</source>
            <translation>No hay token de actualización (no se concedió offline.access).</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>Pulsa Autorizar para volver a iniciar sesión.</translation>
        </message>
        <message>
            <source>The server's answer has no app-only token.</source>
            <translation>La respuesta del servidor no trae token de solo app.</translation>
        </message>
        <message>
            <source>{issuer} publishes no metadata (the server answered {statuses}).</source>
            <translation>{issuer} no publica metadatos (el servidor respondió {statuses}).</translation>
        </message>
        <message>
            <source>Nothing was changed. Check the issuer address, or fill in the endpoints by hand.</source>
            <translation>No se cambió nada. Revisa la dirección del emisor o rellena los endpoints a mano.</translation>
        </message>
    </context>
    <context>
        <name>OtherProcesses</name>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>Otro proceso de xauth-gui renovó el token: esta ventana ya usa el nuevo.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>2. Permissions</source>
            <translation>2. Permisos</translation>
        </message>
    </context>
    <context>
        <name>PortOwner</name>
        <message>
            <source>a program</source>
            <translation>un programa</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>The server no longer accepts these tokens: press Authorize to sign in again.</source>
            <translation>El servidor ya no acepta estos tokens: pulsa Autorizar para volver a iniciar sesión.</translation>
        </message>
        <message>
            <source>unknown (the server did not say)</source>
            <translation>desconocido (el servidor no lo indicó)</translation>
        </message>
        <message>
            <source>expired: press Refresh</source>
            <translation>caducado: pulsa Renovar</translation>
        </message>
        <message>
            <source>expired: press Authorize</source>
            <translation>caducado: pulsa Autorizar</translation>
        </message>
        <message>
            <source>in {left} (at {clock})</source>
            <translation>en {left} (a las {clock})</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Not granted: {scopes}</source>
            <translation>No concedido: {scopes}</translation>
        </message>
        <message>
            <source>Signed in. Press Who am I? to see the account.</source>
            <translation>Sesión iniciada. Pulsa ¿Quién soy? para ver la cuenta.</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>Aún no has iniciado sesión.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>Secrets: memory only ⚠ no keychain</source>
            <translation>Secretos: solo en memoria ⚠ sin llavero</translation>
        </message>
        <message>
            <source>Secrets: {store}</source>
            <translation>Secretos: {store}</translation>
        </message>
        <message>
            <source>  ⚠ plain text</source>
            <translation>  ⚠ texto plano</translation>
        </message>
        <message numerus="yes">
            <source>  ⚠ %n removal(s) waiting for the keychain</source>
            <translation>
                <numerusform>  ⚠ %n eliminación esperando al llavero</numerusform>
                <numerusform>  ⚠ %n eliminaciones esperando al llavero</numerusform>
            </translation>
        </message>
        <message>
            <source>Client Secret (kept in memory for this run only)</source>
            <translation>Client Secret (en memoria solo durante esta sesión)</translation>
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation>Client Secret (guardado en tu llavero)</translation>
        </message>
        <message>
            <source>Client Secret (saved in your private file)</source>
            <translation>Client Secret (guardado en tu archivo privado)</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>My X app</source>
            <translation>Mi app de X</translation>
        </message>
        <message>
            <source>a saved token time was damaged, so the expiry shows as unknown</source>
            <translation>una hora guardada de un token estaba dañada, así que la caducidad se muestra como desconocida</translation>
        </message>
        <message>
            <source>the record of which server issued the tokens was damaged</source>
            <translation>el registro de qué servidor emitió los tokens estaba dañado</translation>
        </message>
        <message>
            <source>a saved profile was unreadable</source>
            <translation>un perfil guardado no se podía leer</translation>
        </message>
        <message>
            <source>the saved permissions were damaged</source>
            <translation>los permisos guardados estaban dañados</translation>
        </message>
        <message>
            <source>the saved server endpoints were damaged</source>
            <translation>los endpoints del servidor guardados estaban dañados</translation>
        </message>
        <message>
            <source>the saved token details were damaged</source>
            <translation>los detalles guardados del token estaban dañados</translation>
        </message>
        <message>
            <source>Sandbox (try it)</source>
            <translation>Sandbox (pruébalo)</translation>
        </message>
    </context>
    <context>
        <name>ProfileBar</name>
        <message>
            <source>Saved app profile</source>
            <translation>Perfil de app guardado</translation>
        </message>
        <message>
            <source>&amp;New profile</source>
            <translation>&amp;Nuevo perfil</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>Reno&amp;mbrar</translation>
        </message>
        <message>
            <source>De&amp;lete profile</source>
            <translation>E&amp;liminar perfil</translation>
        </message>
        <message>
            <source>Pr&amp;ofile:</source>
            <translation>Perfil (&amp;O):</translation>
        </message>
        <message>
            <source>Storage…</source>
            <translation>Almacenamiento…</translation>
        </message>
        <message>
            <source>Secret storage options</source>
            <translation>Opciones de almacenamiento de secretos</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>Reintentar el llavero</translation>
        </message>
        <message>
            <source>Save in a private file…</source>
            <translation>Guardar en un archivo privado…</translation>
        </message>
        <message>
            <source>App {number}</source>
            <translation>App {number}</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Nuevo perfil</translation>
        </message>
        <message>
            <source>Name for this app profile:</source>
            <translation>Nombre para este perfil de app:</translation>
        </message>
        <message>
            <source>Rename profile</source>
            <translation>Renombrar perfil</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nombre nuevo:</translation>
        </message>
        <message>
            <source>Delete the profile “{name}” and its saved secrets from this computer?</source>
            <translation>¿Eliminar el perfil «{name}» y sus secretos guardados de este equipo?</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Eliminar perfil</translation>
        </message>
        <message>
            <source>Save secrets in a plain-text file?</source>
            <translation>¿Guardar los secretos en un archivo de texto plano?</translation>
        </message>
        <message>
            <source>Your client secret and tokens will be written unencrypted to
{path}

Only your user account can read the file, but anyone with access to your account or your backups can. Use the keychain when you can.</source>
            <translation>Tu Client Secret y tus tokens se escribirán sin cifrar en
{path}

Solo tu cuenta de usuario puede leer el archivo, pero cualquiera con acceso a tu cuenta o a tus copias de seguridad puede. Usa el llavero cuando puedas.</translation>
        </message>
        <message>
            <source>Keychain backend: {backend}</source>
            <translation>Motor del llavero: {backend}</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>The profile “{name}” and its saved secrets were deleted.</source>
            <translation>Se eliminaron el perfil «{name}» y sus secretos guardados.</translation>
        </message>
        <message>
            <source>The Client Secret will be sent to {server}. Press Authorize to continue.</source>
            <translation>El Client Secret se enviará a {server}. Pulsa Autorizar para continuar.</translation>
        </message>
        <message>
            <source>There are no tokens.</source>
            <translation>No hay tokens.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in.</source>
            <translation>Pulsa Autorizar para iniciar sesión.</translation>
        </message>
        <message>
            <source>The settings that issued these tokens are back; Refresh, Revoke and Who am I work again.</source>
            <translation>Los ajustes que emitieron estos tokens han vuelto; Renovar, Revocar y ¿Quién soy? funcionan de nuevo.</translation>
        </message>
        <message>
            <source>checking the keychain…</source>
            <translation>comprobando el llavero…</translation>
        </message>
        <message>
            <source>Secrets are now saved in plain text in {path} (readable only by you).</source>
            <translation>Los secretos se guardan ahora en texto plano en {path} (solo tú puedes leerlo).</translation>
        </message>
        <message>
            <source>the sandbox</source>
            <translation>el sandbox</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>otro servidor</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Request log ({count})</source>
            <translation>Registro de solicitudes ({count})</translation>
        </message>
        <message>
            <source>Show request log</source>
            <translation>Mostrar el registro de solicitudes</translation>
        </message>
        <message>
            <source>Copy log</source>
            <translation>Copiar registro</translation>
        </message>
        <message>
            <source>Copy request log</source>
            <translation>Copiar el registro de solicitudes</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Registro de solicitudes</translation>
        </message>
    </context>
    <context>
        <name>ScopePicker</name>
        <message>
            <source>Permission preset</source>
            <translation>Ajuste de permisos</translation>
        </message>
        <message>
            <source>Custom selection</source>
            <translation>Selección personalizada</translation>
        </message>
        <message>
            <source>Pr&amp;eset:</source>
            <translation>Ajust&amp;e:</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Permisos</translation>
        </message>
        <message>
            <source>What the app may do</source>
            <translation>Lo que la app puede hacer</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>  (special access)</source>
            <translation>  (acceso especial)</translation>
        </message>
        <message>
            <source>changes things for you</source>
            <translation>cambia cosas por ti</translation>
        </message>
        <message>
            <source>only reads</source>
            <translation>solo lee</translation>
        </message>
        <message>
            <source>{scope}: {kind}.</source>
            <translation>{scope}: {kind}.</translation>
        </message>
        <message>
            <source>Offered by this server</source>
            <translation>Ofrecidos por este servidor</translation>
        </message>
        <message>
            <source>“{scope}” (from the server's metadata)</source>
            <translation>«{scope}» (de los metadatos del servidor)</translation>
        </message>
        <message>
            <source>all chosen</source>
            <translation>todos elegidos</translation>
        </message>
        <message>
            <source>some chosen</source>
            <translation>algunos elegidos</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>ninguno elegido</translation>
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
            <translation>Ver los posts que puedes ver, incluidos los de cuentas protegidas.</translation>
        </message>
        <message>
            <source>Post and repost for you.</source>
            <translation>Publicar y repostear por ti.</translation>
        </message>
        <message>
            <source>Hide and unhide replies to your posts.</source>
            <translation>Ocultar y mostrar respuestas a tus posts.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>See your profile and any account you can see.</source>
            <translation>Ver tu perfil y cualquier cuenta que puedas ver.</translation>
        </message>
        <message>
            <source>See the email address of your account.</source>
            <translation>Ver el correo electrónico de tu cuenta.</translation>
        </message>
        <message>
            <source>Stay connected until you disconnect the app (gives a refresh token).</source>
            <translation>Seguir conectado hasta que desconectes la app (da un token de actualización).</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>See who follows you and whom you follow.</source>
            <translation>Ver quién te sigue y a quién sigues.</translation>
        </message>
        <message>
            <source>Follow and unfollow accounts for you.</source>
            <translation>Seguir y dejar de seguir cuentas por ti.</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>Me gusta</translation>
        </message>
        <message>
            <source>See posts you liked and likes you can see.</source>
            <translation>Ver los posts que te gustaron y los Me gusta que puedes ver.</translation>
        </message>
        <message>
            <source>Like and unlike posts for you.</source>
            <translation>Dar y quitar Me gusta a posts por ti.</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listas</translation>
        </message>
        <message>
            <source>See your lists, including private ones, with members and followers.</source>
            <translation>Ver tus listas, incluidas las privadas, con miembros y seguidores.</translation>
        </message>
        <message>
            <source>Create and manage lists for you.</source>
            <translation>Crear y gestionar listas por ti.</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Elementos guardados</translation>
        </message>
        <message>
            <source>See your bookmarks.</source>
            <translation>Ver tus elementos guardados.</translation>
        </message>
        <message>
            <source>Add and remove bookmarks for you.</source>
            <translation>Añadir y quitar elementos guardados por ti.</translation>
        </message>
        <message>
            <source>Mutes and blocks</source>
            <translation>Silencios y bloqueos</translation>
        </message>
        <message>
            <source>See accounts you muted.</source>
            <translation>Ver las cuentas que silenciaste.</translation>
        </message>
        <message>
            <source>Mute and unmute accounts for you.</source>
            <translation>Silenciar y dejar de silenciar cuentas por ti.</translation>
        </message>
        <message>
            <source>See accounts you blocked.</source>
            <translation>Ver las cuentas que bloqueaste.</translation>
        </message>
        <message>
            <source>Block and unblock accounts for you.</source>
            <translation>Bloquear y desbloquear cuentas por ti.</translation>
        </message>
        <message>
            <source>Direct Messages</source>
            <translation>Mensajes directos</translation>
        </message>
        <message>
            <source>Read your direct messages.</source>
            <translation>Leer tus mensajes directos.</translation>
        </message>
        <message>
            <source>Send and manage direct messages for you.</source>
            <translation>Enviar y gestionar mensajes directos por ti.</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Multimedia</translation>
        </message>
        <message>
            <source>Upload pictures and videos for you.</source>
            <translation>Subir fotos y videos por ti.</translation>
        </message>
        <message>
            <source>Spaces and broadcasts</source>
            <translation>Espacios y transmisiones</translation>
        </message>
        <message>
            <source>See Spaces you can see.</source>
            <translation>Ver los Espacios que puedes ver.</translation>
        </message>
        <message>
            <source>See your live broadcasts and their chat.</source>
            <translation>Ver tus transmisiones en directo y su chat.</translation>
        </message>
        <message>
            <source>Manage your broadcasts and chat in them.</source>
            <translation>Gestionar tus transmisiones y su chat.</translation>
        </message>
        <message>
            <source>See custom timelines you can see.</source>
            <translation>Ver las cronologías personalizadas que puedes ver.</translation>
        </message>
        <message>
            <source>Ads</source>
            <translation>Anuncios</translation>
        </message>
        <message>
            <source>See your ads accounts and their numbers.</source>
            <translation>Ver tus cuentas de anuncios y sus cifras.</translation>
        </message>
        <message>
            <source>Create and change ads campaigns for you.</source>
            <translation>Crear y cambiar campañas de anuncios por ti.</translation>
        </message>
        <message>
            <source>Read-only profile</source>
            <translation>Perfil de solo lectura</translation>
        </message>
        <message>
            <source>Read your profile and posts; change nothing.</source>
            <translation>Leer tu perfil y tus posts; no cambiar nada.</translation>
        </message>
        <message>
            <source>Post on my behalf</source>
            <translation>Publicar en mi nombre</translation>
        </message>
        <message>
            <source>Read, post and repost.</source>
            <translation>Leer, publicar y repostear.</translation>
        </message>
        <message>
            <source>Post with media</source>
            <translation>Publicar con multimedia</translation>
        </message>
        <message>
            <source>Read and post, with pictures and videos.</source>
            <translation>Leer y publicar, con fotos y videos.</translation>
        </message>
        <message>
            <source>Direct messages</source>
            <translation>Mensajes directos</translation>
        </message>
        <message>
            <source>Read and send direct messages.</source>
            <translation>Leer y enviar mensajes directos.</translation>
        </message>
        <message>
            <source>Everything (no special access)</source>
            <translation>Todo (sin acceso especial)</translation>
        </message>
        <message>
            <source>Every permission an ordinary X app can get.</source>
            <translation>Todos los permisos que puede obtener una app de X normal.</translation>
        </message>
        <message>
            <source>Pick at least one permission.</source>
            <translation>Elige al menos un permiso.</translation>
        </message>
        <message>
            <source>Without offline.access X gives no refresh token: the token stops working after 2 hours.</source>
            <translation>Sin offline.access, X no da token de actualización: el token deja de funcionar a las 2 horas.</translation>
        </message>
        <message>
            <source>Who am I needs {needed}; missing: {missing}.</source>
            <translation>Quién soy necesita {needed}; falta: {missing}.</translation>
        </message>
        <message>
            <source>{scopes} need special access from X; without it X refuses the login.</source>
            <translation>{scopes} necesitan acceso especial de X; sin él, X rechaza el inicio de sesión.</translation>
        </message>
        <message>
            <source>Not X scopes: {scopes}; X answers invalid_scope.</source>
            <translation>No son scopes de X: {scopes}; X responde invalid_scope.</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>memory only (this run)</source>
            <translation>solo en memoria (esta sesión)</translation>
        </message>
        <message>
            <source>the system keychain</source>
            <translation>el llavero del sistema</translation>
        </message>
        <message>
            <source>The keychain refused the request ({reason}).</source>
            <translation>El llavero rechazó la petición ({reason}).</translation>
        </message>
        <message>
            <source>plain-text file ({path})</source>
            <translation>archivo de texto plano ({path})</translation>
        </message>
        <message>
            <source>The private file could not be written.</source>
            <translation>No se pudo escribir el archivo privado.</translation>
        </message>
        <message>
            <source>Check the disk and permissions.</source>
            <translation>Revisa el disco y los permisos.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>the saved secrets are still being read</source>
            <translation>los secretos guardados aún se están leyendo</translation>
        </message>
        <message>
            <source>the login is waiting for the browser</source>
            <translation>el inicio de sesión está esperando al navegador</translation>
        </message>
        <message>
            <source>the login is getting your token</source>
            <translation>el inicio de sesión está obteniendo tu token</translation>
        </message>
        <message>
            <source>the token is being refreshed</source>
            <translation>el token se está renovando</translation>
        </message>
        <message>
            <source>the tokens are being revoked</source>
            <translation>los tokens se están revocando</translation>
        </message>
        <message>
            <source>the account is being checked</source>
            <translation>se está comprobando la cuenta</translation>
        </message>
        <message>
            <source>Approve in the browser, or press Cancel login first.</source>
            <translation>Aprueba en el navegador, o pulsa Cancelar inicio de sesión primero.</translation>
        </message>
        <message>
            <source>Wait a moment.</source>
            <translation>Espera un momento.</translation>
        </message>
        <message>
            <source>There is no login to cancel.</source>
            <translation>No hay ningún inicio de sesión que cancelar.</translation>
        </message>
        <message>
            <source>Press Authorize first.</source>
            <translation>Pulsa Autorizar primero.</translation>
        </message>
        <message>
            <source>Not now: {busy}. {next_step}</source>
            <translation>Ahora no: {busy}. {next_step}</translation>
        </message>
        <message>
            <source>Try again when it has finished.</source>
            <translation>Vuelve a intentarlo cuando haya terminado.</translation>
        </message>
        <message>
            <source>Your saved token for @{username} is ready.</source>
            <translation>Tu token guardado para @{username} está listo.</translation>
        </message>
        <message>
            <source>Your saved token is ready.</source>
            <translation>Tu token guardado está listo.</translation>
        </message>
        <message>
            <source>Ready: pick permissions, then press Authorize in browser.</source>
            <translation>Listo: elige los permisos y pulsa Autorizar en el navegador.</translation>
        </message>
        <message>
            <source>These tokens belong to the earlier settings: {issuer}. They are not sent to the server or Client ID now in the form.</source>
            <translation>Estos tokens pertenecen a los ajustes anteriores: {issuer}. No se envían al servidor ni al Client ID que ahora figuran en el formulario.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the saved profiles could not be read</source>
            <translation>no se pudieron leer los perfiles guardados</translation>
        </message>
        <message>
            <source>the list of removals waiting for the keychain was damaged</source>
            <translation>la lista de eliminaciones pendientes del llavero estaba dañada</translation>
        </message>
        <message>
            <source>the clipboard clearing delay was damaged</source>
            <translation>el tiempo para vaciar el portapapeles estaba dañado</translation>
        </message>
        <message>
            <source>the setting {key} was damaged</source>
            <translation>el ajuste {key} estaba dañado</translation>
        </message>
    </context>
    <context>
        <name>TokenOps</name>
        <message>
            <source>There is no refresh token.</source>
            <translation>No hay token de actualización.</translation>
        </message>
        <message>
            <source>Refreshing the token…</source>
            <translation>Renovando el token…</translation>
        </message>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>Otro proceso de xauth-gui renovó el token: esta ventana ya usa el nuevo.</translation>
        </message>
        <message>
            <source>Token refreshed (the old refresh token no longer works; the new one is saved).</source>
            <translation>Token renovado (el token de actualización anterior ya no funciona; el nuevo está guardado).</translation>
        </message>
        <message>
            <source>The refresh did not finish: {reason} Your saved tokens were kept.</source>
            <translation>La renovación no terminó: {reason} Tus tokens guardados se conservaron.</translation>
        </message>
        <message>
            <source>The refresh did not finish:</source>
            <translation>La renovación no terminó:</translation>
        </message>
        <message>
            <source>Revoking the tokens…</source>
            <translation>Revocando los tokens…</translation>
        </message>
        <message>
            <source>Revoked: both tokens no longer work, and they were removed from this computer.</source>
            <translation>Revocados: ambos tokens ya no funcionan y se quitaron de este equipo.</translation>
        </message>
        <message>
            <source>Not revoked: {reason} The tokens are still saved.</source>
            <translation>No revocados: {reason} Los tokens siguen guardados.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Remove from this computer only</source>
            <translation>Quitar solo de este equipo</translation>
        </message>
        <message>
            <source>The tokens were removed from this app, but the keychain can't be reached now, so it still holds them: they will be deleted from it as soon as it can be reached.</source>
            <translation>Los tokens se quitaron de esta app, pero ahora no se puede acceder al llavero, así que aún los guarda: se borrarán de él en cuanto se pueda acceder.</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>Reintentar el llavero</translation>
        </message>
        <message>
            <source>The tokens were removed from this computer. They keep working until they expire or are revoked.</source>
            <translation>Los tokens se quitaron de este equipo. Siguen funcionando hasta que caduquen o se revoquen.</translation>
        </message>
        <message>
            <source>Signed in as @{username} ({name}).</source>
            <translation>Sesión iniciada como @{username} ({name}).</translation>
        </message>
        <message>
            <source>Who am I failed: {reason} Your tokens are kept.</source>
            <translation>Quién soy falló: {reason} Tus tokens se conservan.</translation>
        </message>
    </context>
    <context>
        <name>Tokens</name>
        <message>
            <source>The server's answer is not JSON.</source>
            <translation>La respuesta del servidor no es JSON.</translation>
        </message>
        <message>
            <source>The server's answer is not a JSON object.</source>
            <translation>La respuesta del servidor no es un objeto JSON.</translation>
        </message>
        <message>
            <source>The {what} the server sent has characters a bearer token can't contain (RFC 6750), so it was refused.</source>
            <translation>El {what} que envió el servidor tiene caracteres que un bearer token no puede contener (RFC 6750), así que se rechazó.</translation>
        </message>
        <message>
            <source>Check that the token URL points at the right server, then sign in again.</source>
            <translation>Comprueba que la URL del token apunte al servidor correcto y vuelve a iniciar sesión.</translation>
        </message>
        <message>
            <source>The server's answer has no access token.</source>
            <translation>La respuesta del servidor no trae token de acceso.</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>token de acceso</translation>
        </message>
        <message>
            <source>The server issued a token type this app can't use (not a bearer token).</source>
            <translation>El servidor emitió un tipo de token que esta app no puede usar (no es un bearer token).</translation>
        </message>
        <message>
            <source>The server's answer has a malformed scope list.</source>
            <translation>La respuesta del servidor trae una lista de scopes mal formada.</translation>
        </message>
        <message>
            <source>The server's answer has a malformed refresh token.</source>
            <translation>La respuesta del servidor trae un token de actualización mal formado.</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>token de actualización</translation>
        </message>
        <message>
            <source>No refresh token: offline.access was not granted, so the token stops working when it expires.</source>
            <translation>No hay token de actualización: no se concedió offline.access, así que el token deja de funcionar cuando caduque.</translation>
        </message>
        <message>
            <source>The server sent no refresh token.</source>
            <translation>El servidor no envió token de actualización.</translation>
        </message>
        <message>
            <source>The who-am-I answer has no user data.</source>
            <translation>La respuesta de quién soy no trae datos de usuario.</translation>
        </message>
        <message>
            <source>The who-am-I answer is missing the user's id or username.</source>
            <translation>A la respuesta de quién soy le falta el ID o el nombre de usuario.</translation>
        </message>
    </context>
    <context>
        <name>TokensPanel</name>
        <message>
            <source>3. Your tokens</source>
            <translation>3. Tus tokens</translation>
        </message>
        <message>
            <source>Refresh automatically &amp;before it expires</source>
            <translation>Renovar automáticamente antes de que caduque (&amp;B)</translation>
        </message>
        <message>
            <source>Tokens act as you: share them with no one, and hide them before sharing your screen.</source>
            <translation>Los tokens actúan como tú: no los compartas con nadie y ocúltalos antes de compartir tu pantalla.</translation>
        </message>
        <message>
            <source>Profile picture</source>
            <translation>Foto de perfil</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>Aún no has iniciado sesión.</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Token de acceso</translation>
        </message>
        <message>
            <source>Refresh token</source>
            <translation>Token de actualización</translation>
        </message>
        <message>
            <source>Access token:</source>
            <translation>Token de acceso:</translation>
        </message>
        <message>
            <source>Refresh token:</source>
            <translation>Token de actualización:</translation>
        </message>
        <message>
            <source>Expires:</source>
            <translation>Caduca:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Granted:</source>
            <translation>Concedidos:</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Renovar</translation>
        </message>
        <message>
            <source>Revo&amp;ke</source>
            <translation>Revocar (&amp;K)</translation>
        </message>
        <message>
            <source>Revoke tokens</source>
            <translation>Revocar tokens</translation>
        </message>
        <message>
            <source>&amp;Who am I?</source>
            <translation>¿Quién soy? (&amp;W)</translation>
        </message>
        <message>
            <source>Who am I</source>
            <translation>Quién soy</translation>
        </message>
        <message>
            <source>Try &amp;it…</source>
            <translation>Pruébalo (&amp;I)…</translation>
        </message>
        <message>
            <source>Try the token: call the X API</source>
            <translation>Prueba el token: llama a la API de X</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>Restaurar esos ajustes</translation>
        </message>
        <message>
            <source>Restore settings</source>
            <translation>Restaurar ajustes</translation>
        </message>
        <message>
            <source>Copy for developers</source>
            <translation>Copiar para desarrolladores</translation>
        </message>
        <message>
            <source>Revoke both tokens? They stop working everywhere, and this app forgets them.</source>
            <translation>¿Revocar ambos tokens? Dejarán de funcionar en todas partes y esta app los olvidará.</translation>
        </message>
        <message>
            <source>Yes, revoke</source>
            <translation>Sí, revocar</translation>
        </message>
        <message>
            <source>Yes, revoke the tokens</source>
            <translation>Sí, revocar los tokens</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Conservarlos</translation>
        </message>
        <message>
            <source>Keep the tokens</source>
            <translation>Conservar los tokens</translation>
        </message>
        <message>
            <source>Copied: {what}.</source>
            <translation>Copiado: {what}.</translation>
        </message>
        <message>
            <source>none (offline.access not granted)</source>
            <translation>ninguno (no se concedió offline.access)</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aún ninguno</translation>
        </message>
        <message>
            <source> Sign in again for the new settings, or restore those settings.</source>
            <translation> Vuelve a iniciar sesión para los ajustes nuevos, o restaura esos ajustes.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n s.</source>
            <translation>
                <numerusform>Copiado. El portapapeles se vaciará en %n segundo.</numerusform>
                <numerusform>Copiado. El portapapeles se vaciará en %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source> … ({size} bytes in all)</source>
            <translation> … ({size} bytes en total)</translation>
        </message>
        <message>
            <source>The server did not accept the connection in time.</source>
            <translation>El servidor no aceptó la conexión a tiempo.</translation>
        </message>
        <message>
            <source>The server's answer is far too large for this app.</source>
            <translation>La respuesta del servidor es demasiado grande para esta app.</translation>
        </message>
        <message>
            <source>The connection broke before the server finished answering.</source>
            <translation>La conexión se cortó antes de que el servidor terminara de responder.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Vuelve a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>The {what} “{url}” is not a web address this app can use.</source>
            <translation>La {what} «{url}» no es una dirección web que esta app pueda usar.</translation>
        </message>
        <message>
            <source>Enter a full address starting with https:// (or http:// on 127.0.0.1 / localhost).</source>
            <translation>Escribe una dirección completa que empiece por https:// (o http:// en 127.0.0.1 / localhost).</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a server name that can't be written as an internet address.</source>
            <translation>La {what} «{url}» tiene un nombre de servidor que no se puede escribir como dirección de internet.</translation>
        </message>
        <message>
            <source>Check the spelling of the server name.</source>
            <translation>Revisa cómo está escrito el nombre del servidor.</translation>
        </message>
        <message>
            <source>The {what} “{url}” uses plain http:// to another computer, so secrets would cross the network unencrypted.</source>
            <translation>La {what} «{url}» usa http:// sin cifrar hacia otro ordenador, así que los secretos cruzarían la red sin cifrar.</translation>
        </message>
        <message>
            <source>Use https://, or http:// only for a server on this computer (127.0.0.1 or localhost).</source>
            <translation>Usa https://, o http:// solo para un servidor en este equipo (127.0.0.1 o localhost).</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>URL de autorización</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a name or password before the server name, so it really goes to {host}.</source>
            <translation>{what} «{url}» lleva un nombre o una contraseña antes del nombre del servidor, así que en realidad va a {host}.</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>Quita de la dirección todo lo que hay entre :// y @.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>none yet</source>
            <translation>aún ninguno</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Show {what}</source>
            <translation>Mostrar {what}</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy {what}</source>
            <translation>Copiar {what}</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
    </context>
</TS>
