<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Api</name>
        <message>
            <source>Who am I (GET /2/users/me)</source>
            <translation>Qui suis-je (GET /2/users/me)</translation>
        </message>
        <message>
            <source>Look up a user</source>
            <translation>Rechercher un utilisateur</translation>
        </message>
        <message>
            <source>My posts</source>
            <translation>Mes posts</translation>
        </message>
        <message>
            <source>Search recent posts</source>
            <translation>Rechercher des posts récents</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Publier</translation>
        </message>
        <message>
            <source>Delete a post</source>
            <translation>Supprimer un post</translation>
        </message>
        <message>
            <source>Like a post</source>
            <translation>Aimer un post</translation>
        </message>
        <message>
            <source>Send a DM</source>
            <translation>Envoyer un message privé</translation>
        </message>
        <message>
            <source>List DMs</source>
            <translation>Lister les messages privés</translation>
        </message>
        <message>
            <source>{left} of {limit} left; resets at {at}</source>
            <translation>{left} sur {limit} restants ; remise à zéro à {at}</translation>
        </message>
        <message>
            <source>{left} of {limit} left</source>
            <translation>{left} sur {limit} restants</translation>
        </message>
        <message>
            <source>X no longer accepts this token (expired or revoked). Sign in again.</source>
            <translation>X n’accepte plus ce jeton (expiré ou révoqué). Reconnectez-vous.</translation>
        </message>
        <message>
            <source>This is a v1.1 endpoint your access level does not include; use the v2 API, or change your app's access in the developer console.</source>
            <translation>Ce point d’accès v1.1 n’est pas inclus dans votre niveau d’accès ; utilisez l’API v2 ou modifiez l’accès de votre app dans la console développeur.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>X answered with an error: {detail}</source>
            <translation>X a répondu par une erreur : {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}: {detail}</source>
            <translation>X a refusé l’appel : {title} : {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}.</source>
            <translation>X a refusé l’appel : {title}.</translation>
        </message>
        <message>
            <source>Your app used up its monthly posts or reads. Raise the cap in the developer console, or wait for next month.</source>
            <translation>Votre app a épuisé ses posts ou lectures du mois. Augmentez la limite dans la console développeur, ou attendez le mois prochain.</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again after {time}.</source>
            <translation>Trop d’appels à ce point d’accès. Patientez et réessayez après {time}.</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again in 15 minutes.</source>
            <translation>Trop d’appels à ce point d’accès. Patientez et réessayez dans 15 minutes.</translation>
        </message>
        <message>
            <source>This call acts for a user: send it with the user token, not the app-only one.</source>
            <translation>Cet appel agit pour un utilisateur : envoyez-le avec le jeton utilisateur, pas avec le jeton d’app.</translation>
        </message>
        <message>
            <source>Your X app is not in a project with API access. In the developer console, put the app in a package (Pay-per-use) and its Production environment.</source>
            <translation>Votre app X n’est pas dans un projet avec accès à l’API. Dans la console développeur, placez l’app dans un forfait (Pay-per-use) et son environnement Production.</translation>
        </message>
        <message>
            <source>This call is billed to the signed-in user, who has no developer account: create one in the developer console and enroll it in Pay-per-use.</source>
            <translation>Cet appel est facturé à l’utilisateur connecté, qui n’a pas de compte développeur : créez-en un dans la console développeur et inscrivez-le à Pay-per-use.</translation>
        </message>
        <message>
            <source>X refuses a post with the same text as a recent one: change the text.</source>
            <translation>X refuse un post au même texte qu’un post récent : changez le texte.</translation>
        </message>
        <message>
            <source>This call needs {scopes}, which this token was not granted.</source>
            <translation>Cet appel nécessite {scopes}, qui n’a pas été accordé à ce jeton.</translation>
        </message>
        <message>
            <source>X refused the call: a user path needs your own user id, or the app lacks access to it.</source>
            <translation>X a refusé l’appel : un chemin utilisateur nécessite votre propre identifiant, ou l’app n’y a pas accès.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>xauth-gui: unexpected error</source>
            <translation>xauth-gui : erreur inattendue</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. The app keeps running; if something looks wrong, restart it.</source>
            <translation>Une erreur inattendue s’est produite. L’app continue de fonctionner ; si quelque chose semble anormal, redémarrez-la.</translation>
        </message>
        <message>
            <source>Some saved settings were damaged and were reset: {damaged}. Check the form before you sign in.</source>
            <translation>Des réglages enregistrés étaient endommagés et ont été réinitialisés : {damaged}. Vérifiez le formulaire avant de vous connecter.</translation>
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
            <translation>Sandbox : essayez sans compte X</translation>
        </message>
        <message>
            <source>Custom server</source>
            <translation>Serveur personnalisé</translation>
        </message>
        <message>
            <source>Public: Native App or Single page App</source>
            <translation>Public : Native App ou Single page App</translation>
        </message>
        <message>
            <source>Confidential: Web App, Automated App or Bot</source>
            <translation>Confidential : Web App, Automated App or Bot</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. No Client Secret.</source>
            <translation>Comme défini dans les User authentication settings de votre app X. Pas de Client Secret.</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. Paste its Client Secret.</source>
            <translation>Comme défini dans les User authentication settings de votre app X. Collez son Client Secret.</translation>
        </message>
        <message>
            <source>Authorize URL:</source>
            <translation>URL d’autorisation :</translation>
        </message>
        <message>
            <source>Token URL:</source>
            <translation>URL du jeton :</translation>
        </message>
        <message>
            <source>Revoke URL:</source>
            <translation>URL de révocation :</translation>
        </message>
        <message>
            <source>Who-am-I URL:</source>
            <translation>URL « qui suis-je » :</translation>
        </message>
        <message>
            <source>Register exactly this as your X app's Callback URI.</source>
            <translation>Enregistrez exactement ceci comme Callback URI de votre app X.</translation>
        </message>
        <message>
            <source>1. Your X app</source>
            <translation>1. Votre app X</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>A&amp;dvanced</source>
            <translation>Avancé (&amp;D)</translation>
        </message>
        <message>
            <source>Show the server endpoints and PKCE</source>
            <translation>Afficher les points d’accès du serveur et PKCE</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Fournisseur (&amp;V) :</translation>
        </message>
        <message>
            <source>Client type</source>
            <translation>Type de client</translation>
        </message>
        <message>
            <source>Client t&amp;ype:</source>
            <translation>T&amp;ype de client :</translation>
        </message>
        <message>
            <source>Client Secret</source>
            <translation>Client Secret</translation>
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation>Client Secret (conservé dans votre trousseau)</translation>
        </message>
        <message>
            <source>Client &amp;Secret:</source>
            <translation>Client &amp;Secret :</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>Client ID</translation>
        </message>
        <message>
            <source>OAuth 2.0 Client ID, from your app's Keys and tokens</source>
            <translation>OAuth 2.0 Client ID, depuis Keys and tokens de votre app</translation>
        </message>
        <message>
            <source>Where is it?</source>
            <translation>Où le trouver ?</translation>
        </message>
        <message>
            <source>Step by step through the X developer console</source>
            <translation>Pas à pas dans la console développeur X</translation>
        </message>
        <message>
            <source>&amp;Client ID:</source>
            <translation>&amp;Client ID :</translation>
        </message>
        <message>
            <source>Callback URI</source>
            <translation>Callback URI</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy callback URI</source>
            <translation>Copier la Callback URI</translation>
        </message>
        <message>
            <source>Callback &amp;URI:</source>
            <translation>Callback &amp;URI :</translation>
        </message>
        <message>
            <source>Server endpoints</source>
            <translation>Points d’accès du serveur</translation>
        </message>
        <message>
            <source>PKCE method</source>
            <translation>Méthode PKCE</translation>
        </message>
        <message>
            <source>S256 (recommended)</source>
            <translation>S256 (recommandé)</translation>
        </message>
        <message>
            <source>plain (only for servers without S256)</source>
            <translation>plain (seulement pour les serveurs sans S256)</translation>
        </message>
        <message>
            <source>&amp;PKCE:</source>
            <translation>&amp;PKCE :</translation>
        </message>
        <message>
            <source>The sandbox's own client, filled in for you: the Client type picks which one.</source>
            <translation>Le client du bac à sable, déjà rempli : le type de client choisit lequel.</translation>
        </message>
        <message>
            <source>⚠ plain PKCE sends the verifier in the clear; use it only if this server lacks S256.</source>
            <translation>⚠ PKCE plain envoie le vérificateur en clair ; ne l’utilisez que si ce serveur ne gère pas S256.</translation>
        </message>
        <message>
            <source>Runs inside this app at {address} while it is open.</source>
            <translation>Fonctionne dans cette app à {address} tant qu’elle est ouverte.</translation>
        </message>
        <message>
            <source>Port {usual} is taken, so it runs at {address} this time.</source>
            <translation>Le port {usual} est occupé : il tourne cette fois sur {address}.</translation>
        </message>
    </context>
    <context>
        <name>Authorize</name>
        <message>
            <source>authorize URL</source>
            <translation>URL d’autorisation</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>URL du jeton</translation>
        </message>
        <message>
            <source>The callback URI is not a valid address.</source>
            <translation>La Callback URI n’est pas une adresse valide.</translation>
        </message>
        <message>
            <source>Enter it as registered, e.g. http://127.0.0.1:8765/callback.</source>
            <translation>Saisissez-la telle qu’enregistrée, par ex. http://127.0.0.1:8765/callback.</translation>
        </message>
        <message>
            <source>The callback URI must be a full address.</source>
            <translation>La Callback URI doit être une adresse complète.</translation>
        </message>
        <message>
            <source>The callback URI must not contain '#'.</source>
            <translation>La Callback URI ne doit pas contenir « # ».</translation>
        </message>
        <message>
            <source>Remove the part from '#' on.</source>
            <translation>Supprimez la partie à partir de « # ».</translation>
        </message>
        <message>
            <source>The answer does not say which server sent it, although {expected} always says so.</source>
            <translation>La réponse n’indique pas quel serveur l’a envoyée, alors que {expected} l’indique toujours.</translation>
        </message>
        <message>
            <source>The answer says it comes from {got}, but this login was sent to {expected}.</source>
            <translation>La réponse dit venir de {got}, mais cette connexion a été envoyée à {expected}.</translation>
        </message>
        <message>
            <source>It was refused before any token request.</source>
            <translation>Elle a été refusée avant toute demande de jeton.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Status message</source>
            <translation>Message d’état</translation>
        </message>
        <message>
            <source>Fill in your app's details, pick permissions, then press Authorize.</source>
            <translation>Renseignez votre app, choisissez les autorisations, puis cliquez sur Autoriser.</translation>
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
                <numerusform>%n utilisateur</numerusform>
                <numerusform>%n utilisateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n list(s)</source>
            <translation>
                <numerusform>%n liste</numerusform>
                <numerusform>%n listes</numerusform>
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
                <numerusform>%n message privé</numerusform>
                <numerusform>%n messages privés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n media item(s)</source>
            <translation>
                <numerusform>%n média</numerusform>
                <numerusform>%n médias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n community(ies)</source>
            <translation>
                <numerusform>%n communauté</numerusform>
                <numerusform>%n communautés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n news story(ies)</source>
            <translation>
                <numerusform>%n article d’actualité</numerusform>
                <numerusform>%n articles d’actualité</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trend(s)</source>
            <translation>
                <numerusform>%n tendance</numerusform>
                <numerusform>%n tendances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Community Note(s)</source>
            <translation>
                <numerusform>%n Note de la communauté</numerusform>
                <numerusform>%n Notes de la communauté</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n lieu</numerusform>
                <numerusform>%n lieux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n poll(s)</source>
            <translation>
                <numerusform>%n sondage</numerusform>
                <numerusform>%n sondages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s)</source>
            <translation>
                <numerusform>%n sujet</numerusform>
                <numerusform>%n sujets</numerusform>
            </translation>
        </message>
        <message>
            <source>This answer returned {resources}.</source>
            <translation>Cette réponse a renvoyé {resources}.</translation>
        </message>
        <message>
            <source>Pay-per-use: X bills each resource once per UTC day, however many calls return it; the rates are in your developer console.</source>
            <translation>Paiement à l’usage : X facture chaque ressource une fois par jour UTC, quel que soit le nombre d’appels qui la renvoient ; les tarifs sont dans votre console développeur.</translation>
        </message>
    </context>
    <context>
        <name>Binding</name>
        <message>
            <source>the sandbox (Client ID {client_id})</source>
            <translation>le bac à sable (Client ID {client_id})</translation>
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
            <translation>URL du jeton</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>URL de révocation</translation>
        </message>
        <message>
            <source>who-am-I URL</source>
            <translation>URL « qui suis-je »</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>URL de l’API</translation>
        </message>
        <message>
            <source>metadata URL</source>
            <translation>URL des métadonnées</translation>
        </message>
    </context>
    <context>
        <name>Client</name>
        <message>
            <source>The Client ID is empty.</source>
            <translation>Le Client ID est vide.</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation>Collez l’OAuth 2.0 Client ID de Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains blanks.</source>
            <translation>Le Client ID contient des espaces.</translation>
        </message>
        <message>
            <source>Copy it again from Keys and tokens.</source>
            <translation>Copiez-le à nouveau depuis Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains characters a Client ID can't have.</source>
            <translation>Le Client ID contient des caractères qu’un Client ID ne peut pas avoir.</translation>
        </message>
        <message>
            <source>A confidential client needs its Client Secret.</source>
            <translation>Un client confidentiel a besoin de son Client Secret.</translation>
        </message>
        <message>
            <source>Paste the Client Secret, or choose Public if your X app is a Native App or Single page App.</source>
            <translation>Collez le Client Secret, ou choisissez Public si votre app X est une Native App ou une Single page App.</translation>
        </message>
        <message>
            <source>This looks like the numeric App ID, not the OAuth 2.0 Client ID.</source>
            <translation>Cela ressemble à l’App ID numérique, pas à l’OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>This looks like an app-only Bearer token, not the OAuth 2.0 Client ID.</source>
            <translation>Cela ressemble à un jeton Bearer d’app, pas à l’OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>This looks like an API Key (consumer key), not the OAuth 2.0 Client ID.</source>
            <translation>Cela ressemble à une API Key (consumer key), pas à l’OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from your app's Keys and tokens page.</source>
            <translation>Collez l’OAuth 2.0 Client ID de la page Keys and tokens de votre app.</translation>
        </message>
        <message>
            <source> Use the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation> Utilisez l’OAuth 2.0 Client ID de Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains blanks; copy it again.</source>
            <translation>Le Client ID contient des espaces ; copiez-le à nouveau.</translation>
        </message>
        <message>
            <source>An X OAuth 2.0 Client ID is a long code of letters and digits; check that you copied all of it.</source>
            <translation>Un OAuth 2.0 Client ID de X est un long code de lettres et de chiffres ; vérifiez que vous l’avez copié en entier.</translation>
        </message>
        <message>
            <source>This Client ID looks like a confidential client's; check the Client type below.</source>
            <translation>Ce Client ID ressemble à celui d’un client confidentiel (Confidential) ; vérifiez le type de client ci-dessous.</translation>
        </message>
        <message>
            <source>This Client ID looks like a public client's; check the Client type below.</source>
            <translation>Ce Client ID ressemble à celui d’un client public (Public) ; vérifiez le type de client ci-dessous.</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <source>There is no app-only token for this profile yet: press Get app-only token.</source>
            <translation>Ce profil n’a pas encore de jeton d’app : appuyez sur Obtenir un jeton d’app.</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>Pas encore de jeton : cliquez d’abord sur Autoriser pour vous connecter.</translation>
        </message>
        <message>
            <source> Sign in again for these settings.</source>
            <translation> Reconnectez-vous pour ces réglages.</translation>
        </message>
        <message>
            <source>Cancelled: the answer, if it comes, is not shown.</source>
            <translation>Annulé : la réponse, si elle arrive, ne sera pas affichée.</translation>
        </message>
        <message>
            <source>Enter the API Key and its Secret first.</source>
            <translation>Saisissez d’abord l’API Key et son Secret.</translation>
        </message>
        <message>
            <source>App-only token ready: it reads public data for your app, with no user.</source>
            <translation>Jeton d’app prêt : il lit les données publiques pour votre app, sans utilisateur.</translation>
        </message>
        <message>
            <source>The app-only token was invalidated.</source>
            <translation>Le jeton d’app a été invalidé.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleCatalogue</name>
        <message>
            <source>Find an X API call</source>
            <translation>Trouver un appel de l’API X</translation>
        </message>
        <message>
            <source>Find a call: words, a path or a name</source>
            <translation>Trouver un appel : des mots, un chemin ou un nom</translation>
        </message>
        <message>
            <source>X API calls</source>
            <translation>Appels de l’API X</translation>
        </message>
        <message>
            <source> (stream)</source>
            <translation> (flux)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) found</source>
            <translation>
                <numerusform>%n appel trouvé</numerusform>
                <numerusform>%n appels trouvés</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready calls</source>
            <translation>Appels prêts</translation>
        </message>
        <message>
            <source>{summary}: the user token (with {scopes}) or the app-only token.</source>
            <translation>{summary} : le jeton utilisateur (avec {scopes}) ou le jeton d’application.</translation>
        </message>
        <message>
            <source>{summary}: the user token, with {scopes}.</source>
            <translation>{summary} : le jeton utilisateur, avec {scopes}.</translation>
        </message>
        <message>
            <source>{summary}: only the app-only token (Send with: the app-only token).</source>
            <translation>{summary} : seulement le jeton d’application (Envoyer avec : le jeton d’application).</translation>
        </message>
        <message>
            <source>{summary}: a token kind this app does not make (OAuth 1.0a).</source>
            <translation>{summary} : un type de jeton que cette application ne crée pas (OAuth 1.0a).</translation>
        </message>
        <message>
            <source> It is a stream: it keeps sending.</source>
            <translation> C’est un flux : il envoie en continu.</translation>
        </message>
        <message>
            <source>The user token is chosen: it acts as you and sees your own data. This call also takes the app-only token.</source>
            <translation>Le jeton utilisateur est choisi : il agit en votre nom et voit vos propres données. Cet appel accepte aussi le jeton d’application.</translation>
        </message>
        <message>
            <source>This call takes only the user token.</source>
            <translation>Cet appel n’accepte que le jeton utilisateur.</translation>
        </message>
        <message>
            <source>The app-only token is chosen: this call takes no user token. Make one below with your app's API Key and Secret.</source>
            <translation>Le jeton d’application est choisi : cet appel n’accepte pas de jeton utilisateur. Créez-en un ci-dessous avec l’API Key et le Secret de votre application.</translation>
        </message>
        <message>
            <source>This call takes only OAuth 1.0a user tokens, which this app does not make.</source>
            <translation>Cet appel n’accepte que des jetons utilisateur OAuth 1.0a, que cette application ne crée pas.</translation>
        </message>
    </context>
    <context>
        <name>ConsolePanel</name>
        <message>
            <source>Add these permissions and sign in again</source>
            <translation>Ajouter ces autorisations et se reconnecter</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <source>Open the developer console</source>
            <translation>Ouvrir la console développeur</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <translation>Envoyer quand même</translation>
        </message>
        <message>
            <source>Send with the user token</source>
            <translation>Envoyer avec le jeton utilisateur</translation>
        </message>
        <message>
            <source>Try it: call the X API with your token</source>
            <translation>Essayez : appelez l’API X avec votre jeton</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Streaming: posts appear as they come. Press Stop to end.</source>
            <translation>Flux : les posts s’affichent à mesure qu’ils arrivent. Appuyez sur Arrêter pour finir.</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Requête</translation>
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
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Answer as a tree</source>
            <translation>Réponse en arbre</translation>
        </message>
        <message>
            <source>Answer body</source>
            <translation>Corps de la réponse</translation>
        </message>
        <message>
            <source>Answer headers</source>
            <translation>En-têtes de la réponse</translation>
        </message>
        <message>
            <source>&amp;Tree</source>
            <translation>&amp;Arbre</translation>
        </message>
        <message>
            <source>&amp;Raw</source>
            <translation>&amp;Brut</translation>
        </message>
        <message>
            <source>He&amp;aders</source>
            <translation>En-&amp;têtes</translation>
        </message>
        <message>
            <source>This session's calls</source>
            <translation>Appels de cette session</translation>
        </message>
        <message>
            <source>This session's calls (addresses redacted like the request log)</source>
            <translation>Les appels de cette session (adresses masquées comme dans le journal des requêtes)</translation>
        </message>
        <message>
            <source>This session's ca&amp;lls</source>
            <translation>Appe&amp;ls de cette session</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Page &amp;suivante</translation>
        </message>
        <message>
            <source>Send the same call for the page after this one</source>
            <translation>Envoyer le même appel pour la page suivante</translation>
        </message>
        <message>
            <source>Cop&amp;y snippet</source>
            <translation>Cop&amp;ier l’extrait</translation>
        </message>
        <message>
            <source>Sn&amp;ippet:</source>
            <translation>E&amp;xtrait :</translation>
        </message>
        <message>
            <source>Streaming…</source>
            <translation>Flux en cours…</translation>
        </message>
        <message>
            <source>stream ended</source>
            <translation>flux terminé</translation>
        </message>
        <message>
            <source>(more in the Raw tab)</source>
            <translation>(la suite dans l’onglet Brut)</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} octets</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} Ko</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} Mo</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>the user token (acts as you)</source>
            <translation>le jeton utilisateur (agit en votre nom)</translation>
        </message>
        <message>
            <source>the app-only token (public data, no user)</source>
            <translation>le jeton d’app (données publiques, sans utilisateur)</translation>
        </message>
        <message>
            <source>Name: value; Name: value</source>
            <translation>Nom: valeur; Nom: valeur</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>&amp;Call:</source>
            <translation>Appel (&amp;C) :</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>Send &amp;with:</source>
            <translation>Envoyer avec (&amp;W) :</translation>
        </message>
        <message>
            <source>&amp;JSON body:</source>
            <translation>Corps &amp;JSON :</translation>
        </message>
        <message>
            <source>Extra h&amp;eaders:</source>
            <translation>En-têt&amp;es supplémentaires :</translation>
        </message>
        <message>
            <source>Send the call (Ctrl+Enter)</source>
            <translation>Envoyer l’appel (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>Copier en curl</translation>
        </message>
        <message>
            <source>with the token in full</source>
            <translation>avec le jeton complet</translation>
        </message>
        <message>
            <source>Save response…</source>
            <translation>Enregistrer la réponse…</translation>
        </message>
        <message>
            <source>App-only Bearer token (optional)</source>
            <translation>Jeton Bearer d’app (facultatif)</translation>
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
            <translation>API &amp;Key :</translation>
        </message>
        <message>
            <source>API Key &amp;Secret:</source>
            <translation>API Key &amp;Secret :</translation>
        </message>
        <message>
            <source>Get app-only token</source>
            <translation>Obtenir un jeton d’app</translation>
        </message>
        <message>
            <source>Invalidate</source>
            <translation>Invalider</translation>
        </message>
        <message>
            <source>User token: acts as you (post, DMs, your data). App-only: public data only, for your app.</source>
            <translation>Jeton utilisateur : agit en votre nom (publier, messages privés, vos données). App seule : données publiques uniquement, pour votre app.</translation>
        </message>
        <message>
            <source> · token refreshed first</source>
            <translation> · jeton renouvelé d’abord</translation>
        </message>
        <message>
            <source>
… (cut here; Save response… keeps it all)</source>
            <translation>
… (coupé ici ; « Enregistrer la réponse… » garde tout)</translation>
        </message>
        <message>
            <source>Save response</source>
            <translation>Enregistrer la réponse</translation>
        </message>
        <message>
            <source>The JSON body is nested too deeply to check.</source>
            <translation>Le corps JSON est trop imbriqué pour être vérifié.</translation>
        </message>
        <message>
            <source>The JSON body is not valid JSON (line {line}, column {column}).</source>
            <translation>Le corps JSON n’est pas du JSON valide (ligne {line}, colonne {column}).</translation>
        </message>
        <message>
            <source>&amp;Upload media…</source>
            <translation>&amp;Téléverser un média…</translation>
        </message>
        <message>
            <source>Upload an image or a video for your next post</source>
            <translation>Téléverser une image ou une vidéo pour votre prochain post</translation>
        </message>
        <message>
            <source>Upload progress</source>
            <translation>Progression du téléversement</translation>
        </message>
        <message>
            <source>Cancel upload</source>
            <translation>Annuler le téléversement</translation>
        </message>
        <message>
            <source>Upload media</source>
            <translation>Téléverser un média</translation>
        </message>
        <message>
            <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</source>
            <translation>Images et vidéos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</translation>
        </message>
        <message>
            <source>Uploading media needs {scope}, which this token was not granted.</source>
            <translation>Téléverser un média demande {scope}, qui n’a pas été accordé à ce jeton.</translation>
        </message>
        <message>
            <source>Uploaded: media id {id}. It is in the body of your next post.</source>
            <translation>Téléversé : identifiant de média {id}. Il est dans le corps de votre prochain post.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleQuery</name>
        <message>
            <source>comma-separated: {values}</source>
            <translation>séparés par des virgules : {values}</translation>
        </message>
        <message>
            <source>for example {example}</source>
            <translation>par exemple {example}</translation>
        </message>
        <message>
            <source>Query parameters</source>
            <translation>Paramètres de requête</translation>
        </message>
        <message>
            <source> (required)</source>
            <translation> (obligatoire)</translation>
        </message>
    </context>
    <context>
        <name>ConsoleStream</name>
        <message>
            <source>{kb} KB received.</source>
            <translation>{kb} Ko reçus.</translation>
        </message>
        <message>
            <source>The stream stopped itself after {s} seconds, its time limit here.</source>
            <translation>Le flux s’est arrêté de lui-même après {s} secondes, sa limite de temps ici.</translation>
        </message>
        <message>
            <source>The stream stopped itself after {mb} MB, its size limit here.</source>
            <translation>Le flux s’est arrêté de lui-même après {mb} Mo, sa limite de taille ici.</translation>
        </message>
        <message>
            <source>Stream stopped.</source>
            <translation>Flux arrêté.</translation>
        </message>
        <message>
            <source>The server ended the stream.</source>
            <translation>Le serveur a terminé le flux.</translation>
        </message>
        <message>
            <source>The connection broke; send the call again to reconnect.</source>
            <translation>La connexion a été coupée ; renvoyez l’appel pour vous reconnecter.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>The settings changed. Press Authorize when they are ready.</source>
            <translation>Les réglages ont changé. Cliquez sur Autoriser quand ils sont prêts.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>Une erreur inattendue s’est produite.</translation>
        </message>
        <message>
            <source>Try again; if it repeats, copy the request log into a bug report.</source>
            <translation>Réessayez ; si cela se reproduit, copiez le journal des requêtes dans un rapport de bogue.</translation>
        </message>
        <message>
            <source>Send it to this server</source>
            <translation>L’envoyer à ce serveur</translation>
        </message>
        <message>
            <source>Use another port</source>
            <translation>Utiliser un autre port</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>Restaurer ces réglages</translation>
        </message>
    </context>
    <context>
        <name>Diagnose</name>
        <message>
            <source>Window system</source>
            <translation>Système de fenêtrage</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>Trousseau</translation>
        </message>
        <message>
            <source>TLS trust store</source>
            <translation>Magasin de certificats TLS</translation>
        </message>
        <message>
            <source>Callback port</source>
            <translation>Port de rappel</translation>
        </message>
        <message>
            <source>Sandbox login</source>
            <translation>Connexion au sandbox</translation>
        </message>
        <message>
            <source>could not start the check ({error}).</source>
            <translation>la vérification n’a pas pu démarrer ({error}).</translation>
        </message>
        <message>
            <source>no display here (DISPLAY is not set), so the window can't open in this session. Run the app from your desktop; QT_QPA_PLATFORM=offscreen checks the rest.</source>
            <translation>pas d’affichage ici (DISPLAY n’est pas défini), la fenêtre ne peut donc pas s’ouvrir dans cette session. Lancez l’app depuis votre bureau ; QT_QPA_PLATFORM=offscreen vérifie le reste.</translation>
        </message>
        <message>
            <source>Qt could not open a window here. {hint}</source>
            <translation>Qt n’a pas pu ouvrir de fenêtre ici. {hint}</translation>
        </message>
        <message>
            <source>Is a display available?</source>
            <translation>Un affichage est-il disponible ?</translation>
        </message>
        <message>
            <source>Qt platform '{platform}' loaded, but no font has Latin letters.</source>
            <translation>Plateforme Qt « {platform} » chargée, mais aucune police n’a de lettres latines.</translation>
        </message>
        <message>
            <source>Qt {qt} platform '{platform}', font '{font}' renders text.</source>
            <translation>Qt {qt}, plateforme « {platform} », la police « {font} » affiche le texte.</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work.</source>
            <translation>{store} : écriture, lecture et suppression fonctionnent.</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work (a plain-text backend: secrets are not protected).</source>
            <translation>{store} : écriture, lecture et suppression fonctionnent (un stockage en clair : les secrets ne sont pas protégés).</translation>
        </message>
        <message>
            <source>{store}: a test entry did not read back correctly.</source>
            <translation>{store} : une entrée de test n’a pas été relue correctement.</translation>
        </message>
        <message>
            <source>{problem} The app keeps tokens in memory for the session.</source>
            <translation>{problem} L’app garde les jetons en mémoire pour la session.</translation>
        </message>
        <message>
            <source>the keyring did not answer in time (an unlock prompt may be waiting).</source>
            <translation>le trousseau n’a pas répondu à temps (une demande de déverrouillage attend peut-être).</translation>
        </message>
        <message>
            <source>the certificate bundle could not be loaded ({error}).</source>
            <translation>le paquet de certificats n’a pas pu être chargé ({error}).</translation>
        </message>
        <message numerus="yes">
            <source>only %n certificate authorities loaded.</source>
            <translation>
                <numerusform>seulement %n autorité de certification chargée.</numerusform>
                <numerusform>seulement %n autorités de certification chargées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate authorities loaded (HTTPS to X can be verified).</source>
            <translation>
                <numerusform>%n autorité de certification chargée (HTTPS vers X peut être vérifié).</numerusform>
                <numerusform>%n autorités de certification chargées (HTTPS vers X peut être vérifié).</numerusform>
            </translation>
        </message>
        <message>
            <source>{uri} is not a loopback http address; use the paste box to log in.</source>
            <translation>{uri} n’est pas une adresse http de bouclage ; utilisez la zone de collage pour vous connecter.</translation>
        </message>
        <message>
            <source>{uri} can be opened for the browser's answer.</source>
            <translation>{uri} peut être ouverte pour la réponse du navigateur.</translation>
        </message>
        <message>
            <source>stopped at {where} after {steps}. {banner}</source>
            <translation>arrêté à {where} après {steps}. {banner}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>authorize, callback, exchange, refresh, who am I and revoke all work.</source>
            <translation>autorisation, rappel, échange, renouvellement, qui suis-je et révocation fonctionnent.</translation>
        </message>
        <message>
            <source>the login</source>
            <translation>la connexion</translation>
        </message>
        <message>
            <source>login</source>
            <translation>connexion</translation>
        </message>
        <message>
            <source>the refresh</source>
            <translation>le renouvellement</translation>
        </message>
        <message>
            <source>the old refresh token still works after a refresh</source>
            <translation>l’ancien jeton de renouvellement fonctionne encore après un renouvellement</translation>
        </message>
        <message>
            <source>refresh</source>
            <translation>renouvellement</translation>
        </message>
        <message>
            <source>who am I</source>
            <translation>qui suis-je</translation>
        </message>
        <message>
            <source>who am I did not name the account</source>
            <translation>qui suis-je n’a pas nommé le compte</translation>
        </message>
        <message>
            <source>the revoke</source>
            <translation>la révocation</translation>
        </message>
        <message>
            <source>the access token still works after revoking</source>
            <translation>le jeton d’accès fonctionne encore après la révocation</translation>
        </message>
        <message>
            <source>revoke</source>
            <translation>révocation</translation>
        </message>
        <message>
            <source>{where}, frozen</source>
            <translation>{where}, empaqueté</translation>
        </message>
        <message>
            <source>{app} {version} diagnostics ({where})</source>
            <translation>Diagnostic de {app} {version} ({where})</translation>
        </message>
        <message>
            <source>All needed checks passed.</source>
            <translation>Toutes les vérifications nécessaires ont réussi.</translation>
        </message>
        <message>
            <source>Some checks failed: see the lines marked ✕.</source>
            <translation>Certaines vérifications ont échoué : voyez les lignes marquées ✕.</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>&amp;Diagnostics…</source>
            <translation>&amp;Diagnostic…</translation>
        </message>
        <message>
            <source>Running diagnostics (about 10 seconds)…</source>
            <translation>Diagnostic en cours (environ 10 secondes)…</translation>
        </message>
        <message>
            <source>Diagnostics finished: all needed checks passed.</source>
            <translation>Diagnostic terminé : toutes les vérifications nécessaires ont réussi.</translation>
        </message>
        <message>
            <source>Diagnostics finished: some checks failed.</source>
            <translation>Diagnostic terminé : certaines vérifications ont échoué.</translation>
        </message>
        <message>
            <source>xauth-gui diagnostics</source>
            <translation>Diagnostic de xauth-gui</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copier le rapport</translation>
        </message>
    </context>
    <context>
        <name>Discovery</name>
        <message>
            <source>Nothing was changed. Check the address, or fill in the endpoints.</source>
            <translation>Rien n’a été modifié. Vérifiez l’adresse, ou saisissez les points de terminaison.</translation>
        </message>
        <message>
            <source>issuer address</source>
            <translation>adresse de l’émetteur</translation>
        </message>
        <message>
            <source>An issuer address has no ? or # part.</source>
            <translation>Une adresse d’émetteur n’a pas de partie ? ni #.</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” list.</source>
            <translation>Les métadonnées du serveur contiennent une liste « {name} » endommagée.</translation>
        </message>
        <message>
            <source>The server's metadata does not name its “{name}”.</source>
            <translation>Les métadonnées du serveur n’indiquent pas son « {name} ».</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document (not JSON).</source>
            <translation>La réponse du serveur n’est pas un document de métadonnées (pas du JSON).</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document.</source>
            <translation>La réponse du serveur n’est pas un document de métadonnées.</translation>
        </message>
        <message>
            <source>The metadata says it is for “{named}”, not for “{issuer}”, so it was not used.</source>
            <translation>Les métadonnées disent être pour « {named} », pas pour « {issuer} » : elles n’ont pas été utilisées.</translation>
        </message>
        <message>
            <source>Type the issuer exactly as the server's documentation gives it.</source>
            <translation>Saisissez l’émetteur exactement comme la documentation du serveur le donne.</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” value.</source>
            <translation>Les métadonnées du serveur contiennent une valeur « {name} » endommagée.</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>URL d’autorisation</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>URL du jeton</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>URL de révocation</translation>
        </message>
        <message>
            <source>It names no {what}; the built-in {ours} is kept.</source>
            <translation>Elles n’indiquent aucune {what} ; l’intégrée {ours} est conservée.</translation>
        </message>
        <message>
            <source>Its {what} is {theirs}; the built-in {ours} is kept.</source>
            <translation>Leur {what} est {theirs} ; l’intégrée {ours} est conservée.</translation>
        </message>
        <message>
            <source>Issuer or metadata address</source>
            <translation>Adresse de l’émetteur ou des métadonnées</translation>
        </message>
        <message>
            <source>https://login.example.com</source>
            <translation>https://login.example.com</translation>
        </message>
        <message>
            <source>Fill in reads the server's published settings and fills the endpoints below.</source>
            <translation>Remplir lit les réglages publiés par le serveur et remplit les points de terminaison ci-dessous.</translation>
        </message>
        <message>
            <source>Fill in</source>
            <translation>Remplir</translation>
        </message>
        <message>
            <source>Fill in from the server's metadata</source>
            <translation>Remplir à partir des métadonnées du serveur</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Émetteur :</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Compare with X's metadata</source>
            <translation>Comparer avec les métadonnées de X</translation>
        </message>
        <message>
            <source>Reading the server's metadata…</source>
            <translation>Lecture des métadonnées du serveur…</translation>
        </message>
        <message>
            <source>They agree.</source>
            <translation>Elles concordent.</translation>
        </message>
        <message>
            <source>X's metadata, compared:</source>
            <translation>Les métadonnées de X, comparées :</translation>
        </message>
        <message>
            <source>The endpoints were not filled in:</source>
            <translation>Les points de terminaison n’ont pas été remplis :</translation>
        </message>
        <message>
            <source>Filled in from the metadata of {issuer}.</source>
            <translation>Rempli à partir des métadonnées de {issuer}.</translation>
        </message>
        <message>
            <source>A Client Secret goes in the request body, the only way it offers.</source>
            <translation>Un Client Secret est envoyé dans le corps de la requête, la seule méthode proposée.</translation>
        </message>
        <message>
            <source>Every answer from the browser must name this server.</source>
            <translation>Chaque réponse du navigateur doit nommer ce serveur.</translation>
        </message>
        <message>
            <source>It offers only plain PKCE; S256 is kept, so it may refuse the login.</source>
            <translation>Il ne propose que le PKCE plain ; S256 est conservé, il peut donc refuser la connexion.</translation>
        </message>
        <message>
            <source>Only plain PKCE</source>
            <translation>PKCE plain uniquement</translation>
        </message>
        <message>
            <source>This server offers only plain PKCE, which sends the login's secret check value in the clear. Use plain for this server?</source>
            <translation>Ce serveur ne propose que le PKCE plain, qui envoie en clair la valeur secrète de vérification de la connexion. Utiliser plain pour ce serveur ?</translation>
        </message>
    </context>
    <context>
        <name>ErrorMapping</name>
        <message>
            <source>The server refused the request (HTTP {status}) with an answer that is not JSON.</source>
            <translation>Le serveur a refusé la requête (HTTP {status}) avec une réponse qui n’est pas du JSON.</translation>
        </message>
        <message>
            <source>Try again after {time}.</source>
            <translation>Réessayez après {time}.</translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) and try again; nothing was lost.</source>
            <translation>
                <numerusform>Patientez %n seconde et réessayez ; rien n’a été perdu.</numerusform>
                <numerusform>Patientez %n secondes et réessayez ; rien n’a été perdu.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused to issue tokens for this login.</source>
            <translation>Le serveur a refusé d’émettre des jetons pour cette connexion.</translation>
        </message>
        <message>
            <source>The server refused to refresh the token.</source>
            <translation>Le serveur a refusé de renouveler le jeton.</translation>
        </message>
        <message>
            <source>The server refused to revoke the token.</source>
            <translation>Le serveur a refusé de révoquer le jeton.</translation>
        </message>
        <message>
            <source>The server refused the who-am-I request.</source>
            <translation>Le serveur a refusé la requête « qui suis-je ».</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Une erreur s’est produite.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Réessayez.</translation>
        </message>
        <message>
            <source>{message}: “{reason}”.</source>
            <translation>{message} : « {reason} ».</translation>
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
            <translation>Les réglages ne sont pas complets.</translation>
        </message>
        <message>
            <source>Check the highlighted field.</source>
            <translation>Vérifiez le champ mis en évidence.</translation>
        </message>
        <message>
            <source>The answer from the browser could not be used.</source>
            <translation>La réponse du navigateur n’a pas pu être utilisée.</translation>
        </message>
        <message>
            <source>Start the login again.</source>
            <translation>Recommencez la connexion.</translation>
        </message>
        <message>
            <source>That address is not this app's callback address.</source>
            <translation>Cette adresse n’est pas l’adresse de rappel de cette app.</translation>
        </message>
        <message>
            <source>Paste the full address the browser showed after you approved, starting with the callback URI.</source>
            <translation>Collez l’adresse complète affichée par le navigateur après votre accord, en commençant par la Callback URI.</translation>
        </message>
        <message>
            <source>The answer from the browser is damaged (a value appears twice or is badly encoded).</source>
            <translation>La réponse du navigateur est endommagée (une valeur apparaît deux fois ou est mal encodée).</translation>
        </message>
        <message>
            <source>Start the login again; if you pasted it, copy the whole address once more.</source>
            <translation>Recommencez la connexion ; si vous l’aviez collée, copiez à nouveau l’adresse entière.</translation>
        </message>
        <message>
            <source>That is not the address the browser shows after you approve.</source>
            <translation>Ce n’est pas l’adresse que le navigateur affiche après votre accord.</translation>
        </message>
        <message>
            <source>Copy the whole address from the browser's address bar (it starts with http) and paste it again.</source>
            <translation>Copiez l’adresse entière depuis la barre d’adresse du navigateur (elle commence par http) et collez-la à nouveau.</translation>
        </message>
        <message>
            <source>The answer from the browser does not belong to this login (its state does not match).</source>
            <translation>La réponse du navigateur n’appartient pas à cette connexion (son state ne correspond pas).</translation>
        </message>
        <message>
            <source>It was ignored. Finish the login in the browser tab this app opened, or start again.</source>
            <translation>Elle a été ignorée. Terminez la connexion dans l’onglet ouvert par cette app, ou recommencez.</translation>
        </message>
        <message>
            <source>The browser came back without an authorization code.</source>
            <translation>Le navigateur est revenu sans code d’autorisation.</translation>
        </message>
        <message>
            <source>Start the login again and press Authorize on X's page.</source>
            <translation>Recommencez la connexion et cliquez sur « Authorize app » sur la page de X.</translation>
        </message>
        <message>
            <source>Start the login again and approve the request on the server's page.</source>
            <translation>Recommencez la connexion et acceptez la demande sur la page du serveur.</translation>
        </message>
        <message>
            <source>The answer came from a different server than the one this login was sent to.</source>
            <translation>La réponse venait d’un autre serveur que celui auquel cette connexion a été envoyée.</translation>
        </message>
        <message>
            <source>Start the login again. If it happens again, check the server's settings with its administrator.</source>
            <translation>Relancez la connexion. Si cela se reproduit, faites vérifier les réglages du serveur par son administrateur.</translation>
        </message>
        <message>
            <source>You declined the request in the browser, so no token was issued.</source>
            <translation>Vous avez refusé la demande dans le navigateur, aucun jeton n’a donc été émis.</translation>
        </message>
        <message>
            <source>Press Authorize again and choose Authorize app on X's page if you want a token.</source>
            <translation>Cliquez de nouveau sur Autoriser et choisissez « Authorize app » sur la page de X si vous voulez un jeton.</translation>
        </message>
        <message>
            <source>Press Authorize again and approve the request on the server's page if you want a token.</source>
            <translation>Cliquez de nouveau sur Autoriser et acceptez la demande sur la page du serveur si vous voulez un jeton.</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions (invalid_scope).</source>
            <translation>X a refusé une des autorisations demandées (invalid_scope).</translation>
        </message>
        <message>
            <source>Untick permissions marked special access, or pick a preset, then try again.</source>
            <translation>Décochez les autorisations marquées accès spécial, ou choisissez un préréglage, puis réessayez.</translation>
        </message>
        <message>
            <source>The server refused one of the requested permissions (invalid_scope).</source>
            <translation>Le serveur a refusé une des autorisations demandées (invalid_scope).</translation>
        </message>
        <message>
            <source>Untick the permissions that server does not offer, then try again.</source>
            <translation>Décochez les autorisations que ce serveur ne propose pas, puis réessayez.</translation>
        </message>
        <message>
            <source>X did not authorize the app.</source>
            <translation>X n’a pas autorisé l’app.</translation>
        </message>
        <message>
            <source>Check the Client ID and that the callback URI is registered in the X developer console.</source>
            <translation>Vérifiez le Client ID et que la Callback URI est enregistrée dans la console développeur X.</translation>
        </message>
        <message>
            <source>The server did not authorize the app.</source>
            <translation>Le serveur n’a pas autorisé l’app.</translation>
        </message>
        <message>
            <source>Check the Client ID and the callback URI registered on that server, then try again.</source>
            <translation>Vérifiez le Client ID et la Callback URI enregistrée sur ce serveur, puis réessayez.</translation>
        </message>
        <message>
            <source>The app could not wait for the browser's answer.</source>
            <translation>L’app n’a pas pu attendre la réponse du navigateur.</translation>
        </message>
        <message>
            <source>Use the paste box below instead.</source>
            <translation>Utilisez plutôt la zone de collage ci-dessous.</translation>
        </message>
        <message>
            <source>another program ({name})</source>
            <translation>un autre programme ({name})</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>un autre programme</translation>
        </message>
        <message>
            <source>Port {port} on this computer is already used by {program}, so the login can't start.</source>
            <translation>Le port {port} de cet ordinateur est déjà utilisé par {program}, la connexion ne peut donc pas démarrer.</translation>
        </message>
        <message>
            <source>Close the other program, or register another callback URI (another port) in the X developer console and enter it here.</source>
            <translation>Fermez l’autre programme, ou enregistrez une autre Callback URI (un autre port) dans la console développeur X et saisissez-la ici.</translation>
        </message>
        <message>
            <source>Close the other program, or press Use another port.</source>
            <translation>Fermez l’autre programme ou appuyez sur Utiliser un autre port.</translation>
        </message>
        <message>
            <source>This callback URI can't be caught by the app (it is not http:// on 127.0.0.1, [::1] or localhost).</source>
            <translation>L’app ne peut pas recevoir cette Callback URI (ce n’est pas http:// sur 127.0.0.1, [::1] ou localhost).</translation>
        </message>
        <message>
            <source>After approving, paste the address the browser shows into the paste box.</source>
            <translation>Après votre accord, collez dans la zone de collage l’adresse affichée par le navigateur.</translation>
        </message>
        <message>
            <source>No answer came back from the browser in time.</source>
            <translation>Aucune réponse du navigateur n’est arrivée à temps.</translation>
        </message>
        <message>
            <source>If X showed "Something went wrong", check the Client ID and that this exact callback URI is registered under User authentication settings. Then press Authorize again.</source>
            <translation>Si X a affiché « Something went wrong », vérifiez le Client ID et que cette Callback URI exacte est enregistrée dans User authentication settings. Cliquez ensuite de nouveau sur Autoriser.</translation>
        </message>
        <message>
            <source>If the server showed an error page, check the Client ID and that this exact callback URI is registered there. Then press Authorize again.</source>
            <translation>Si le serveur a affiché une page d’erreur, vérifiez le Client ID et que cette Callback URI exacte y est enregistrée. Cliquez ensuite de nouveau sur Autoriser.</translation>
        </message>
        <message>
            <source>The login was cancelled.</source>
            <translation>La connexion a été annulée.</translation>
        </message>
        <message>
            <source>Press Authorize to start again.</source>
            <translation>Cliquez sur Autoriser pour recommencer.</translation>
        </message>
        <message>
            <source>The secure storage (keychain) failed.</source>
            <translation>Le stockage sécurisé (trousseau) a échoué.</translation>
        </message>
        <message>
            <source>Your tokens are kept in memory for this run; they still work until you close the app.</source>
            <translation>Vos jetons sont gardés en mémoire pour cette session ; ils fonctionnent jusqu’à la fermeture de l’app.</translation>
        </message>
        <message>
            <source>No secure storage (keychain) is available on this computer.</source>
            <translation>Aucun stockage sécurisé (trousseau) n’est disponible sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Tokens are kept in memory only for this run. You can opt in to a private file instead.</source>
            <translation>Les jetons sont gardés en mémoire pour cette session seulement. Vous pouvez choisir un fichier privé à la place.</translation>
        </message>
        <message>
            <source>The keychain is locked (or the unlock prompt was dismissed).</source>
            <translation>Le trousseau est verrouillé (ou la demande de déverrouillage a été fermée).</translation>
        </message>
        <message>
            <source>Unlock it and press Retry, or keep the tokens in memory for this run.</source>
            <translation>Déverrouillez-le et cliquez sur Réessayer, ou gardez les jetons en mémoire pour cette session.</translation>
        </message>
        <message>
            <source>The keychain did not answer in time (an unlock prompt may be waiting).</source>
            <translation>Le trousseau n’a pas répondu à temps (une demande de déverrouillage attend peut-être).</translation>
        </message>
        <message>
            <source>Answer the prompt and press Retry, or keep the tokens in memory for this run.</source>
            <translation>Répondez à la demande et cliquez sur Réessayer, ou gardez les jetons en mémoire pour cette session.</translation>
        </message>
        <message>
            <source>This secret is too long for Windows Credential Manager (over 1,280 characters).</source>
            <translation>Ce secret est trop long pour le Gestionnaire d’identification Windows (plus de 1 280 caractères).</translation>
        </message>
        <message>
            <source>It is kept in memory for this run only.</source>
            <translation>Il est gardé en mémoire pour cette session seulement.</translation>
        </message>
        <message>
            <source>Another xauth-gui is refreshing this token and did not finish in time.</source>
            <translation>Un autre xauth-gui renouvelle ce jeton et n’a pas terminé à temps.</translation>
        </message>
        <message>
            <source>refreshing</source>
            <translation>le renouvellement</translation>
        </message>
        <message>
            <source>revoking</source>
            <translation>la révocation</translation>
        </message>
        <message>
            <source>checking who you are</source>
            <translation>la vérification de votre identité</translation>
        </message>
        <message>
            <source>Not sent: {action} would send these tokens to a different server or Client ID than the one that issued them ({issued_by}).</source>
            <translation>Non envoyé : {action} enverrait ces jetons à un autre serveur ou Client ID que celui qui les a émis ({issued_by}).</translation>
        </message>
        <message>
            <source>Press Sign in again to get tokens for the current settings, or Restore those settings.</source>
            <translation>Cliquez sur Se reconnecter pour obtenir des jetons pour les réglages actuels, ou sur Restaurer ces réglages.</translation>
        </message>
        <message>
            <source>The Client Secret was entered for {entered_for}, so it is not sent to {now}.</source>
            <translation>Le Client Secret a été saisi pour {entered_for}, il n’est donc pas envoyé à {now}.</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>un autre serveur</translation>
        </message>
        <message>
            <source>Enter the Client Secret again, or press Send it to this server if that server should have it.</source>
            <translation>Saisissez à nouveau le Client Secret, ou cliquez sur L’envoyer à ce serveur si ce serveur doit l’avoir.</translation>
        </message>
        <message>
            <source>The server refused the request.</source>
            <translation>Le serveur a refusé la requête.</translation>
        </message>
        <message>
            <source>Check the settings and try again.</source>
            <translation>Vérifiez les réglages et réessayez.</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used (X's codes live 30 seconds).</source>
            <translation>Le code d’autorisation a expiré ou a déjà servi (les codes de X durent 30 secondes).</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>Cliquez sur Autoriser pour vous reconnecter.</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used.</source>
            <translation>Le code d’autorisation a expiré ou a déjà servi.</translation>
        </message>
        <message>
            <source>X could not match this login's PKCE verifier.</source>
            <translation>X n’a pas pu faire correspondre le vérificateur PKCE de cette connexion.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a fresh login makes a fresh verifier).</source>
            <translation>Cliquez sur Autoriser pour vous reconnecter (une nouvelle connexion crée un nouveau vérificateur).</translation>
        </message>
        <message>
            <source>The server could not match this login's PKCE verifier.</source>
            <translation>Le serveur n’a pas pu faire correspondre le vérificateur PKCE de cette connexion.</translation>
        </message>
        <message>
            <source>The callback URI sent to X changed during the login.</source>
            <translation>La Callback URI envoyée à X a changé pendant la connexion.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again without editing the callback URI meanwhile.</source>
            <translation>Cliquez sur Autoriser pour vous reconnecter sans modifier la Callback URI entre-temps.</translation>
        </message>
        <message>
            <source>The callback URI sent to the server changed during the login.</source>
            <translation>La Callback URI envoyée au serveur a changé pendant la connexion.</translation>
        </message>
        <message>
            <source>X did not accept the client credentials.</source>
            <translation>X n’a pas accepté les identifiants du client.</translation>
        </message>
        <message>
            <source>If your X app is a Web App or Automated App or Bot, choose Confidential and paste its Client Secret; otherwise choose Public, or set the app type to Native App in the developer console.</source>
            <translation>Si votre app X est une Web App ou Automated App or Bot, choisissez Confidential et collez son Client Secret ; sinon choisissez Public, ou réglez le type d’app sur Native App dans la console développeur.</translation>
        </message>
        <message>
            <source>The server did not accept the client credentials.</source>
            <translation>Le serveur n’a pas accepté les identifiants du client.</translation>
        </message>
        <message>
            <source>Check the client type (public or confidential) and the Client Secret registered on that server.</source>
            <translation>Vérifiez le type de client (public ou confidential) et le Client Secret enregistré sur ce serveur.</translation>
        </message>
        <message>
            <source>X says the Client ID is missing.</source>
            <translation>X indique que le Client ID manque.</translation>
        </message>
        <message>
            <source>Enter the OAuth 2.0 Client ID from Keys and tokens in the X developer console.</source>
            <translation>Saisissez l’OAuth 2.0 Client ID de Keys and tokens dans la console développeur X.</translation>
        </message>
        <message>
            <source>The server says the Client ID is missing.</source>
            <translation>Le serveur indique que le Client ID manque.</translation>
        </message>
        <message>
            <source>Enter the Client ID that server gave your app.</source>
            <translation>Saisissez le Client ID que ce serveur a donné à votre app.</translation>
        </message>
        <message>
            <source>The token endpoint refused the grant type.</source>
            <translation>Le point d’accès du jeton a refusé le type d’autorisation.</translation>
        </message>
        <message>
            <source>Check the token URL: X's is https://api.x.com/2/oauth2/token (with /2/).</source>
            <translation>Vérifiez l’URL du jeton : celle de X est https://api.x.com/2/oauth2/token (avec /2/).</translation>
        </message>
        <message>
            <source>Check the token URL.</source>
            <translation>Vérifiez l’URL du jeton.</translation>
        </message>
        <message>
            <source>The refresh token is no longer valid (already used, revoked, or replaced by a newer login).</source>
            <translation>Le jeton de renouvellement n’est plus valide (déjà utilisé, révoqué ou remplacé par une connexion plus récente).</translation>
        </message>
        <message>
            <source>The access token was refused (expired or revoked).</source>
            <translation>Le jeton d’accès a été refusé (expiré ou révoqué).</translation>
        </message>
        <message>
            <source>Press Refresh, or Authorize to sign in again.</source>
            <translation>Cliquez sur Renouveler, ou sur Autoriser pour vous reconnecter.</translation>
        </message>
        <message>
            <source>The token is not allowed to read your profile.</source>
            <translation>Le jeton n’a pas le droit de lire votre profil.</translation>
        </message>
        <message>
            <source>Tick tweet.read and users.read (the Who am I preset) and sign in again.</source>
            <translation>Cochez tweet.read et users.read (le préréglage Qui suis-je) et reconnectez-vous.</translation>
        </message>
        <message>
            <source>Your X app is not allowed to call the API yet (client-forbidden / client-not-enrolled).</source>
            <translation>Votre app X n’a pas encore le droit d’appeler l’API (client-forbidden / client-not-enrolled).</translation>
        </message>
        <message>
            <source>In the X developer console, attach the app to a project with an active usage package.</source>
            <translation>Dans la console développeur X, rattachez l’app à un projet avec un forfait d’utilisation actif.</translation>
        </message>
        <message>
            <source>Too many requests: the server asked to slow down.</source>
            <translation>Trop de requêtes : le serveur demande de ralentir.</translation>
        </message>
        <message>
            <source>Wait a few minutes, then try again.</source>
            <translation>Patientez quelques minutes, puis réessayez.</translation>
        </message>
        <message>
            <source>The server can't revoke this kind of token.</source>
            <translation>Le serveur ne peut pas révoquer ce type de jeton.</translation>
        </message>
        <message>
            <source>Remove the token locally; it expires on its own.</source>
            <translation>Supprimez le jeton localement ; il expire de lui-même.</translation>
        </message>
        <message>
            <source>The server had a problem answering.</source>
            <translation>Le serveur a eu un problème pour répondre.</translation>
        </message>
        <message>
            <source>Wait a moment and try again; nothing was lost.</source>
            <translation>Patientez un instant et réessayez ; rien n’a été perdu.</translation>
        </message>
        <message>
            <source>The server answered with a redirect, which the app does not follow for security.</source>
            <translation>Le serveur a répondu par une redirection, que l’app ne suit pas par sécurité.</translation>
        </message>
        <message>
            <source>Check the endpoint URLs (X's token URL is https://api.x.com/2/oauth2/token).</source>
            <translation>Vérifiez les URL des points d’accès (l’URL du jeton de X est https://api.x.com/2/oauth2/token).</translation>
        </message>
        <message>
            <source>Check the endpoint URLs; the server may have moved.</source>
            <translation>Vérifiez les URL des points d’accès ; le serveur a peut-être déménagé.</translation>
        </message>
        <message>
            <source>The server's answer could not be understood.</source>
            <translation>La réponse du serveur n’a pas pu être comprise.</translation>
        </message>
        <message>
            <source>Check the endpoint URLs, then try again.</source>
            <translation>Vérifiez les URL des points d’accès, puis réessayez.</translation>
        </message>
        <message>
            <source>The server could not be reached.</source>
            <translation>Le serveur est injoignable.</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>Vérifiez votre connexion internet, puis réessayez.</translation>
        </message>
        <message>
            <source>The server could not be reached (connection failed or name not found).</source>
            <translation>Le serveur est injoignable (échec de connexion ou nom introuvable).</translation>
        </message>
        <message>
            <source>Check your internet connection and the endpoint URLs, then try again.</source>
            <translation>Vérifiez votre connexion internet et les URL des points d’accès, puis réessayez.</translation>
        </message>
        <message>
            <source>The proxy server could not be reached.</source>
            <translation>Le serveur proxy est injoignable.</translation>
        </message>
        <message>
            <source>Check the HTTPS_PROXY / HTTP_PROXY settings, then try again.</source>
            <translation>Vérifiez les réglages HTTPS_PROXY / HTTP_PROXY, puis réessayez.</translation>
        </message>
        <message>
            <source>The secure connection could not be verified (TLS certificate problem).</source>
            <translation>La connexion sécurisée n’a pas pu être vérifiée (problème de certificat TLS).</translation>
        </message>
        <message>
            <source>A proxy or security program may be intercepting traffic. Set REQUESTS_CA_BUNDLE to its certificate, or try another network.</source>
            <translation>Un proxy ou un logiciel de sécurité intercepte peut-être le trafic. Définissez REQUESTS_CA_BUNDLE sur son certificat, ou essayez un autre réseau.</translation>
        </message>
        <message>
            <source>The server took too long to answer.</source>
            <translation>Le serveur a mis trop de temps à répondre.</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The connection broke while exchanging the code, so it is unknown whether X issued tokens.</source>
            <translation>La connexion a été coupée pendant l’échange du code : on ne sait pas si X a émis des jetons.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a code can be used only once).</source>
            <translation>Cliquez sur Autoriser pour vous reconnecter (un code ne sert qu’une fois).</translation>
        </message>
        <message>
            <source>This token contains characters a bearer token can't have, so it was not copied.</source>
            <translation>Ce jeton contient des caractères qu’un jeton Bearer ne peut pas avoir, il n’a donc pas été copié.</translation>
        </message>
        <message>
            <source>Sign in again to get a new token.</source>
            <translation>Reconnectez-vous pour obtenir un nouveau jeton.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Copy as Authorization header</source>
            <translation>Copier comme en-tête Authorization</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>En-tête</translation>
        </message>
        <message>
            <source>Authorization header</source>
            <translation>en-tête Authorization</translation>
        </message>
        <message>
            <source>Copy as curl command (who am I)</source>
            <translation>Copier comme commande curl (qui suis-je)</translation>
        </message>
        <message>
            <source>curl command (who am I)</source>
            <translation>commande curl (qui suis-je)</translation>
        </message>
        <message>
            <source>Copy as .env lines</source>
            <translation>Copier comme lignes .env</translation>
        </message>
        <message>
            <source>.env lines</source>
            <translation>lignes .env</translation>
        </message>
        <message>
            <source>Copy as JSON</source>
            <translation>Copier en JSON</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Get started with xauth-gui</source>
            <translation>Bien démarrer avec xauth-gui</translation>
        </message>
    </context>
    <context>
        <name>Forget</name>
        <message>
            <source>{problem} Your settings were kept; try again when the keyring is available.</source>
            <translation>{problem} Vos réglages ont été conservés ; réessayez quand le trousseau sera disponible.</translation>
        </message>
        <message>
            <source>Removed {count} keyring entries and the settings in {folder}.</source>
            <translation>{count} entrées du trousseau et les réglages de {folder} ont été supprimés.</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>authorization code</source>
            <translation>code d’autorisation</translation>
        </message>
        <message>
            <source>Client Secret</source>
            <translation>Client Secret</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>jeton d’accès</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>jeton de renouvellement</translation>
        </message>
        <message>
            <source>API Key and Secret</source>
            <translation>API Key et Secret</translation>
        </message>
        <message>
            <source>app-only token</source>
            <translation>jeton d’app</translation>
        </message>
        <message>
            <source>Not sent: the {what} belongs to {belongs}, and this address is {asked}.</source>
            <translation>Non envoyé : {what} appartient à {belongs}, et cette adresse est {asked}.</translation>
        </message>
        <message>
            <source>Check the address: the app sends each secret only to the server it belongs to.</source>
            <translation>Vérifiez l’adresse : l’app n’envoie chaque secret qu’au serveur auquel il appartient.</translation>
        </message>
        <message>
            <source>Not sent: the address has a name or password before the server name, so it really goes to {asked}; the secret belongs to {belongs}.</source>
            <translation>Non envoyé : l’adresse comporte un nom ou un mot de passe avant le nom du serveur, elle mène donc en réalité à {asked} ; le secret appartient à {belongs}.</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>Retirez de l’adresse tout ce qui se trouve entre :// et @.</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>un autre serveur</translation>
        </message>
        <message>
            <source>no server</source>
            <translation>aucun serveur</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>Not sent: a request to {url} carried a secret that was not checked first.</source>
            <translation>Non envoyé : une requête vers {url} portait un secret qui n’avait pas été vérifié.</translation>
        </message>
        <message>
            <source>This is a bug in the app: copy the request log into a bug report.</source>
            <translation>C’est un bogue de l’app : copiez le journal des requêtes dans un rapport de bogue.</translation>
        </message>
    </context>
    <context>
        <name>GetStarted</name>
        <message>
            <source>&amp;Sandbox: try it now, no account needed</source>
            <translation>&amp;Sandbox : essayez maintenant, sans compte</translation>
        </message>
        <message>
            <source>A pretend X built into this app. Sign in with one click and see every step; nothing leaves your computer.</source>
            <translation>Un faux X intégré à cette app. Connectez-vous en un clic et voyez chaque étape ; rien ne quitte votre ordinateur.</translation>
        </message>
        <message>
            <source>I have an X &amp;app</source>
            <translation>J’&amp;ai une app X</translation>
        </message>
        <message>
            <source>You have a Client ID from the X developer console. Paste it, pick permissions, sign in.</source>
            <translation>Vous avez un Client ID de la console développeur X. Collez-le, choisissez les autorisations, connectez-vous.</translation>
        </message>
        <message>
            <source>Help me set &amp;up an X app</source>
            <translation>Aide pour configurer &amp;une app X</translation>
        </message>
        <message>
            <source>Step by step through the X developer console, with the exact values to paste.</source>
            <translation>Pas à pas dans la console développeur X, avec les valeurs exactes à coller.</translation>
        </message>
        <message>
            <source>Open the X developer console and sign in with your X account; create a Project and an App if you have none.</source>
            <translation>Ouvrez la console développeur X et connectez-vous avec votre compte X ; créez un Project et une App si vous n’en avez pas.</translation>
        </message>
        <message>
            <source>In your app, open User authentication settings → Set up. App permissions: Read (or Read and write if you will post).</source>
            <translation>Dans votre app, ouvrez User authentication settings → Set up. App permissions : Read (ou Read and write si vous allez publier).</translation>
        </message>
        <message>
            <source>Type of App: Native App (this app keeps no secret: choose Public here), or Web App, Automated App or Bot (X gives you a Client Secret: choose Confidential).</source>
            <translation>Type of App : Native App (cette app ne garde aucun secret : choisissez Public ici), ou Web App, Automated App or Bot (X vous donne un Client Secret : choisissez Confidential).</translation>
        </message>
        <message>
            <source>Callback URI / Redirect URL: paste exactly</source>
            <translation>Callback URI / Redirect URL : collez exactement</translation>
        </message>
        <message>
            <source>Website URL: X needs one; any site of yours, or for testing</source>
            <translation>Website URL : X en exige une ; n’importe quel site à vous, ou pour tester</translation>
        </message>
        <message>
            <source>Save. Then open Keys and tokens → OAuth 2.0 Client ID and Client Secret, and copy the Client ID (and the Secret, for Confidential) into this app.</source>
            <translation>Enregistrez. Ouvrez ensuite Keys and tokens → OAuth 2.0 Client ID and Client Secret, et copiez le Client ID (et le Secret, pour Confidential) dans cette app.</translation>
        </message>
        <message>
            <source>Get an X API user token</source>
            <translation>Obtenir un jeton utilisateur pour l’API X</translation>
        </message>
        <message>
            <source>This app signs you in to X in your browser and gives you the token a program needs to act as you. Choose how to start; you can come back here from Help → Get started.</source>
            <translation>Cette app vous connecte à X dans votre navigateur et vous donne le jeton dont un programme a besoin pour agir en votre nom. Choisissez comment commencer ; vous pouvez revenir ici depuis Aide → Bien démarrer.</translation>
        </message>
        <message>
            <source>Set up an X app (about five minutes)</source>
            <translation>Configurer une app X (environ cinq minutes)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy {value}</source>
            <translation>Copier {value}</translation>
        </message>
        <message>
            <source>Open the developer &amp;console</source>
            <translation>Ouvrir la &amp;console développeur</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>Retour (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next: fill in the form</source>
            <translation>Suiva&amp;nt : remplir le formulaire</translation>
        </message>
    </context>
    <context>
        <name>JsonPreview</name>
        <message>
            <source>The answer is not JSON; shown as text.</source>
            <translation>La réponse n’est pas du JSON ; elle est affichée comme texte.</translation>
        </message>
        <message>
            <source>The answer is {mb:.1f} MB: its start is shown, not checked as JSON.</source>
            <translation>La réponse fait {mb:.1f} Mo : son début est affiché, sans vérification JSON.</translation>
        </message>
        <message>
            <source>The answer is nested too deeply to check; shown as text.</source>
            <translation>La réponse est trop imbriquée pour être vérifiée ; elle est affichée comme texte.</translation>
        </message>
        <message>
            <source>The answer is not valid JSON; shown as text.</source>
            <translation>La réponse n’est pas du JSON valide ; elle est affichée comme texte.</translation>
        </message>
        <message>
            <source>({kind} image, {size} bytes)</source>
            <translation>(image {kind}, {size} octets)</translation>
        </message>
        <message>
            <source>({kind} data, {size} bytes)</source>
            <translation>(données {kind}, {size} octets)</translation>
        </message>
        <message>
            <source>(binary data, {size} bytes)</source>
            <translation>(données binaires, {size} octets)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>System default ({language})</source>
            <translation>Par défaut du système ({language})</translation>
        </message>
        <message>
            <source>This is the language already shown.</source>
            <translation>C’est déjà la langue affichée.</translation>
        </message>
        <message>
            <source>{language} is used from the next start of xauth-gui.</source>
            <translation>{language} sera utilisé au prochain démarrage de xauth-gui.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Redémarrer maintenant</translation>
        </message>
    </context>
    <context>
        <name>Listener</name>
        <message>
            <source>The app could not listen on port {port} of this computer.</source>
            <translation>L’app n’a pas pu écouter sur le port {port} de cet ordinateur.</translation>
        </message>
        <message>
            <source>Pick another callback URI (registered in the X developer console), or use the paste box.</source>
            <translation>Choisissez une autre Callback URI (enregistrée dans la console développeur X), ou utilisez la zone de collage.</translation>
        </message>
    </context>
    <context>
        <name>LoginFlow</name>
        <message>
            <source>An answer arrived from the browser tab of an earlier login, so it was ignored. Approve in the newest tab, or press Restart login.</source>
            <translation>Une réponse est arrivée depuis l’onglet d’une connexion précédente, elle a donc été ignorée. Acceptez dans l’onglet le plus récent, ou cliquez sur Relancer la connexion.</translation>
        </message>
        <message>
            <source>Press Authorize first; then paste the address the browser shows after approving.</source>
            <translation>Cliquez d’abord sur Autoriser ; collez ensuite l’adresse affichée par le navigateur après votre accord.</translation>
        </message>
        <message>
            <source>{concern} X will refuse it. Authorize with it anyway?</source>
            <translation>{concern} X la refusera. Autoriser quand même ?</translation>
        </message>
        <message>
            <source>Authorize anyway</source>
            <translation>Autoriser quand même</translation>
        </message>
        <message>
            <source>No permissions are selected.</source>
            <translation>Aucune autorisation n’est sélectionnée.</translation>
        </message>
        <message>
            <source>Tick at least one, or pick a preset.</source>
            <translation>Cochez-en au moins une, ou choisissez un préréglage.</translation>
        </message>
        <message>
            <source>The browser could not be opened. Copy the address below, open it in your browser, approve, then come back (paste the final address below if this app does not notice).</source>
            <translation>Le navigateur n’a pas pu être ouvert. Copiez l’adresse ci-dessous, ouvrez-la dans votre navigateur, acceptez, puis revenez (collez l’adresse finale ci-dessous si cette app ne s’en aperçoit pas).</translation>
        </message>
        <message>
            <source>Approve the request in the browser. This callback URI can't be caught by the app: after approving, copy the address the browser shows and paste it below.</source>
            <translation>Acceptez la demande dans le navigateur. L’app ne peut pas recevoir cette Callback URI : après votre accord, copiez l’adresse affichée par le navigateur et collez-la ci-dessous.</translation>
        </message>
        <message>
            <source>Waiting for you to approve the request in the browser…</source>
            <translation>En attente de votre accord dans le navigateur…</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Then press Authorize.</source>
            <translation>La Callback URI est maintenant {uri}. Cliquez ensuite sur Autoriser.</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Add it as a Callback URI in your X app's User authentication settings first. Then press Authorize.</source>
            <translation>La Callback URI est maintenant {uri}. Ajoutez-la d’abord comme Callback URI dans les User authentication settings de votre app X. Cliquez ensuite sur Autoriser.</translation>
        </message>
        <message>
            <source>The login failed.</source>
            <translation>La connexion a échoué.</translation>
        </message>
        <message>
            <source>Approved. Getting your token…</source>
            <translation>Accepté. Obtention de votre jeton…</translation>
        </message>
        <message>
            <source>The login did not finish:</source>
            <translation>La connexion ne s’est pas terminée :</translation>
        </message>
        <message>
            <source>X did not grant: {scopes}.</source>
            <translation>X n’a pas accordé : {scopes}.</translation>
        </message>
        <message>
            <source>Signed in: your token is ready.</source>
            <translation>Connecté : votre jeton est prêt.</translation>
        </message>
    </context>
    <context>
        <name>LoginPanel</name>
        <message>
            <source>&amp;Authorize in browser</source>
            <translation>&amp;Autoriser dans le navigateur</translation>
        </message>
        <message>
            <source>Authorize in browser</source>
            <translation>Autoriser dans le navigateur</translation>
        </message>
        <message>
            <source>Waiting for the browser</source>
            <translation>En attente du navigateur</translation>
        </message>
        <message>
            <source>Cancel lo&amp;gin</source>
            <translation>Annuler la connexion (&amp;G)</translation>
        </message>
        <message>
            <source>Cancel login</source>
            <translation>Annuler la connexion</translation>
        </message>
        <message>
            <source>Authorization address</source>
            <translation>Adresse d’autorisation</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy authorization address</source>
            <translation>Copier l’adresse d’autorisation</translation>
        </message>
        <message>
            <source>If no browser opened, open this address:</source>
            <translation>Si aucun navigateur ne s’est ouvert, ouvrez cette adresse :</translation>
        </message>
        <message>
            <source>Paste the address shown after approving</source>
            <translation>Collez l’adresse affichée après votre accord</translation>
        </message>
        <message>
            <source>…or paste the address here</source>
            <translation>…ou collez l’adresse ici</translation>
        </message>
        <message>
            <source>Use pasted address</source>
            <translation>Utiliser l’adresse collée</translation>
        </message>
        <message>
            <source>Rest&amp;art login</source>
            <translation>Rel&amp;ancer la connexion</translation>
        </message>
        <message>
            <source>&amp;Authorize again</source>
            <translation>&amp;Autoriser à nouveau</translation>
        </message>
        <message>
            <source>Getting your token…</source>
            <translation>Obtention de votre jeton…</translation>
        </message>
    </context>
    <context>
        <name>LoopbackHttp</name>
        <message>
            <source>en</source>
            <translation>fr</translation>
        </message>
        <message>
            <source>Done: xauth-gui has your token</source>
            <translation>Terminé : xauth-gui a votre jeton</translation>
        </message>
        <message>
            <source>You can close this tab and return to xauth-gui.</source>
            <translation>Vous pouvez fermer cet onglet et revenir à xauth-gui.</translation>
        </message>
        <message>
            <source>You declined the request</source>
            <translation>Vous avez refusé la demande</translation>
        </message>
        <message>
            <source>No token was issued. You can close this tab and return to xauth-gui; press Authorize there to try again.</source>
            <translation>Aucun jeton n’a été émis. Vous pouvez fermer cet onglet et revenir à xauth-gui ; cliquez-y sur Autoriser pour réessayer.</translation>
        </message>
        <message>
            <source>This login already finished</source>
            <translation>Cette connexion est déjà terminée</translation>
        </message>
        <message>
            <source>xauth-gui already received an answer for it. You can close this tab.</source>
            <translation>xauth-gui a déjà reçu une réponse pour elle. Vous pouvez fermer cet onglet.</translation>
        </message>
        <message>
            <source>This answer is not for the current login</source>
            <translation>Cette réponse ne correspond pas à la connexion en cours</translation>
        </message>
        <message>
            <source>It does not match the login xauth-gui is waiting for, so it was ignored. Return to xauth-gui and finish or restart the login there.</source>
            <translation>Elle ne correspond pas à la connexion attendue par xauth-gui, elle a donc été ignorée. Revenez à xauth-gui et terminez ou relancez-y la connexion.</translation>
        </message>
        <message>
            <source>The answer was damaged</source>
            <translation>La réponse était endommagée</translation>
        </message>
        <message>
            <source>xauth-gui could not read it. Return to xauth-gui and start again.</source>
            <translation>xauth-gui n’a pas pu la lire. Revenez à xauth-gui et recommencez.</translation>
        </message>
        <message>
            <source>This login was cancelled</source>
            <translation>Cette connexion a été annulée</translation>
        </message>
        <message>
            <source>It was cancelled in xauth-gui, so this answer was not used. You can close this tab; press Authorize in xauth-gui to start again.</source>
            <translation>Elle a été annulée dans xauth-gui, cette réponse n’a donc pas été utilisée. Vous pouvez fermer cet onglet ; cliquez sur Autoriser dans xauth-gui pour recommencer.</translation>
        </message>
        <message>
            <source>xauth-gui is waiting</source>
            <translation>xauth-gui attend</translation>
        </message>
        <message>
            <source>Approve the request on X's page; this tab will then show the result.</source>
            <translation>Acceptez la demande sur la page de X ; cet onglet affichera ensuite le résultat.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Introuvable</translation>
        </message>
        <message>
            <source>This is xauth-gui's login helper; there is nothing else here.</source>
            <translation>Ceci est l’assistant de connexion de xauth-gui ; il n’y a rien d’autre ici.</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Non autorisé</translation>
        </message>
        <message>
            <source>This address is only for xauth-gui on this computer.</source>
            <translation>Cette adresse est réservée à xauth-gui sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Délai de requête dépassé</translation>
        </message>
        <message>
            <source>Nothing arrived in time.</source>
            <translation>Rien n’est arrivé à temps.</translation>
        </message>
        <message>
            <source>Bad request</source>
            <translation>Requête invalide</translation>
        </message>
        <message>
            <source>xauth-gui could not read this request.</source>
            <translation>xauth-gui n’a pas pu lire cette requête.</translation>
        </message>
        <message>
            <source>This answer is not from the expected server</source>
            <translation>Cette réponse ne vient pas du serveur attendu</translation>
        </message>
        <message>
            <source>It names another server, or none, as its sender, so xauth-gui refused it and sent nothing on. Return to xauth-gui: it names both servers.</source>
            <translation>Elle indique un autre serveur, ou aucun, comme expéditeur : xauth-gui l’a donc refusée sans rien transmettre. Revenez à xauth-gui : les deux serveurs y sont nommés.</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions.</source>
            <translation>X a refusé une des autorisations demandées.</translation>
        </message>
        <message>
            <source>The answer had no authorization code.</source>
            <translation>La réponse n’avait pas de code d’autorisation.</translation>
        </message>
        <message>
            <source>X reported an error instead of a token.</source>
            <translation>X a signalé une erreur au lieu d’un jeton.</translation>
        </message>
        <message>
            <source>The login did not complete</source>
            <translation>La connexion n’a pas abouti</translation>
        </message>
        <message>
            <source>Return to xauth-gui for details and to try again.</source>
            <translation>Revenez à xauth-gui pour les détails et pour réessayer.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tokens</source>
            <translation>Jetons</translation>
        </message>
        <message>
            <source>Your app and its permissions</source>
            <translation>Votre app et ses autorisations</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>Ou&amp;tils</translation>
        </message>
        <message>
            <source>Clipboard clearing delay…</source>
            <translation>Délai d’effacement du presse-papiers…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aide (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Get started…</source>
            <translation>Bien démarrer (&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;About xauth-gui</source>
            <translation>À propos de x&amp;auth-gui</translation>
        </message>
        <message>
            <source>Clear copied tokens after how many seconds? (0: never)</source>
            <translation>Effacer les jetons copiés après combien de secondes ? (0 : jamais)</translation>
        </message>
        <message>
            <source>Clipboard</source>
            <translation>Presse-papiers</translation>
        </message>
        <message>
            <source>Signs you in to X in your own browser and gives you the tokens your scripts and tools need to use the X API as you. Your secrets stay on this computer, in its keychain.</source>
            <translation>Vous connecte à X dans votre propre navigateur et vous donne les jetons dont vos scripts et outils ont besoin pour utiliser l’API de X en votre nom. Vos secrets restent sur cet ordinateur, dans son trousseau.</translation>
        </message>
        <message>
            <source>Your X apps and their keys: {link}</source>
            <translation>Vos apps X et leurs clés : {link}</translation>
        </message>
        <message>
            <source>About xauth-gui</source>
            <translation>À propos de xauth-gui</translation>
        </message>
        <message>
            <source>Licences: each bundled part's own, in its Python package.</source>
            <translation>Licences : celles de chaque composant inclus, dans son paquet Python.</translation>
        </message>
        <message>
            <source>the licence texts</source>
            <translation>les textes des licences</translation>
        </message>
        <message>
            <source>It includes Qt, PySide6, Python and other free software: {link}.</source>
            <translation>Inclut Qt, PySide6, Python et d’autres logiciels libres : {link}.</translation>
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>X takes images (JPEG, PNG, WebP, GIF) and videos (MP4, MOV, WebM); pick one.</source>
            <translation>X accepte les images (JPEG, PNG, WebP, GIF) et les vidéos (MP4, MOV, WebM) ; choisissez-en une.</translation>
        </message>
        <message>
            <source>The file is empty: pick another one.</source>
            <translation>Le fichier est vide : choisissez-en un autre.</translation>
        </message>
        <message>
            <source>The file is larger than X takes for this kind of media ({limit} MB).</source>
            <translation>Le fichier dépasse ce que X accepte pour ce type de média ({limit} Mo).</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>Il n’y a pas encore de jeton : appuyez sur Autoriser pour vous connecter d’abord.</translation>
        </message>
        <message>
            <source>X's answer has no media id.</source>
            <translation>La réponse de X ne contient pas d’identifiant de média.</translation>
        </message>
        <message>
            <source>Finishing…</source>
            <translation>Finalisation…</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Téléversement…</translation>
        </message>
        <message>
            <source>Starting the upload…</source>
            <translation>Début du téléversement…</translation>
        </message>
        <message>
            <source>X could not process the media: {why}</source>
            <translation>X n’a pas pu traiter le média : {why}</translation>
        </message>
        <message>
            <source>X is still processing the media; try the status call later.</source>
            <translation>X traite encore le média ; réessayez l’appel de statut plus tard.</translation>
        </message>
        <message>
            <source>X is processing the media ({percent} %)…</source>
            <translation>X traite le média ({percent} %)…</translation>
        </message>
        <message>
            <source>Uploaded.</source>
            <translation>Téléversé.</translation>
        </message>
        <message>
            <source>Upload cancelled: X drops the unfinished media by itself.</source>
            <translation>Téléversement annulé : X supprime de lui-même le média inachevé.</translation>
        </message>
    </context>
    <context>
        <name>Oauth</name>
        <message>
            <source>There is no refresh token (offline.access was not granted).</source>
            <translation>Il n’y a pas de jeton de renouvellement (offline.access n’a pas été accordé).</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>Cliquez sur Autoriser pour vous reconnecter.</translation>
        </message>
        <message>
            <source>The server's answer has no app-only token.</source>
            <translation>La réponse du serveur n’a pas de jeton d’app.</translation>
        </message>
        <message>
            <source>{issuer} publishes no metadata (the server answered {statuses}).</source>
            <translation>{issuer} ne publie pas de métadonnées (le serveur a répondu {statuses}).</translation>
        </message>
        <message>
            <source>Nothing was changed. Check the issuer address, or fill in the endpoints by hand.</source>
            <translation>Rien n’a été modifié. Vérifiez l’adresse de l’émetteur, ou saisissez les points de terminaison vous-même.</translation>
        </message>
    </context>
    <context>
        <name>OtherProcesses</name>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>Un autre processus xauth-gui a renouvelé le jeton : cette fenêtre utilise maintenant le nouveau.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>2. Permissions</source>
            <translation>2. Autorisations</translation>
        </message>
    </context>
    <context>
        <name>PortOwner</name>
        <message>
            <source>a program</source>
            <translation>un programme</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>The server no longer accepts these tokens: press Authorize to sign in again.</source>
            <translation>Le serveur n’accepte plus ces jetons : cliquez sur Autoriser pour vous reconnecter.</translation>
        </message>
        <message>
            <source>unknown (the server did not say)</source>
            <translation>inconnue (le serveur ne l’a pas indiquée)</translation>
        </message>
        <message>
            <source>expired: press Refresh</source>
            <translation>expiré : cliquez sur Renouveler</translation>
        </message>
        <message>
            <source>expired: press Authorize</source>
            <translation>expiré : cliquez sur Autoriser</translation>
        </message>
        <message>
            <source>in {left} (at {clock})</source>
            <translation>dans {left} (à {clock})</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Not granted: {scopes}</source>
            <translation>Non accordé : {scopes}</translation>
        </message>
        <message>
            <source>Signed in. Press Who am I? to see the account.</source>
            <translation>Connecté. Cliquez sur Qui suis-je ? pour voir le compte.</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>Pas encore connecté.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <source>Secrets: memory only ⚠ no keychain</source>
            <translation>Secrets : en mémoire seulement ⚠ pas de trousseau</translation>
        </message>
        <message>
            <source>Secrets: {store}</source>
            <translation>Secrets : {store}</translation>
        </message>
        <message>
            <source>  ⚠ plain text</source>
            <translation>  ⚠ en clair</translation>
        </message>
        <message numerus="yes">
            <source>  ⚠ %n removal(s) waiting for the keychain</source>
            <translation>
                <numerusform>  ⚠ %n suppression en attente du trousseau</numerusform>
                <numerusform>  ⚠ %n suppressions en attente du trousseau</numerusform>
            </translation>
        </message>
        <message>
            <source>Client Secret (kept in memory for this run only)</source>
            <translation>Client Secret (gardé en mémoire pour cette session seulement)</translation>
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation>Client Secret (conservé dans votre trousseau)</translation>
        </message>
        <message>
            <source>Client Secret (saved in your private file)</source>
            <translation>Client Secret (enregistré dans votre fichier privé)</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>My X app</source>
            <translation>Mon app X</translation>
        </message>
        <message>
            <source>a saved token time was damaged, so the expiry shows as unknown</source>
            <translation>une heure de jeton enregistrée était endommagée, l’expiration est donc affichée comme inconnue</translation>
        </message>
        <message>
            <source>the record of which server issued the tokens was damaged</source>
            <translation>l’information sur le serveur qui a émis les jetons était endommagée</translation>
        </message>
        <message>
            <source>a saved profile was unreadable</source>
            <translation>un profil enregistré était illisible</translation>
        </message>
        <message>
            <source>the saved permissions were damaged</source>
            <translation>les autorisations enregistrées étaient endommagées</translation>
        </message>
        <message>
            <source>the saved server endpoints were damaged</source>
            <translation>les points d’accès enregistrés du serveur étaient endommagés</translation>
        </message>
        <message>
            <source>the saved token details were damaged</source>
            <translation>les détails enregistrés du jeton étaient endommagés</translation>
        </message>
        <message>
            <source>Sandbox (try it)</source>
            <translation>Sandbox (essayer)</translation>
        </message>
    </context>
    <context>
        <name>ProfileBar</name>
        <message>
            <source>Saved app profile</source>
            <translation>Profil d’app enregistré</translation>
        </message>
        <message>
            <source>&amp;New profile</source>
            <translation>&amp;Nouveau profil</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>Reno&amp;mmer</translation>
        </message>
        <message>
            <source>De&amp;lete profile</source>
            <translation>Supprimer &amp;le profil</translation>
        </message>
        <message>
            <source>Pr&amp;ofile:</source>
            <translation>Pr&amp;ofil :</translation>
        </message>
        <message>
            <source>Storage…</source>
            <translation>Stockage…</translation>
        </message>
        <message>
            <source>Secret storage options</source>
            <translation>Options de stockage des secrets</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>Réessayer le trousseau</translation>
        </message>
        <message>
            <source>Save in a private file…</source>
            <translation>Enregistrer dans un fichier privé…</translation>
        </message>
        <message>
            <source>App {number}</source>
            <translation>App {number}</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Nouveau profil</translation>
        </message>
        <message>
            <source>Name for this app profile:</source>
            <translation>Nom de ce profil d’app :</translation>
        </message>
        <message>
            <source>Rename profile</source>
            <translation>Renommer le profil</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Delete the profile “{name}” and its saved secrets from this computer?</source>
            <translation>Supprimer le profil « {name} » et ses secrets enregistrés de cet ordinateur ?</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Supprimer le profil</translation>
        </message>
        <message>
            <source>Save secrets in a plain-text file?</source>
            <translation>Enregistrer les secrets dans un fichier en clair ?</translation>
        </message>
        <message>
            <source>Your client secret and tokens will be written unencrypted to
{path}

Only your user account can read the file, but anyone with access to your account or your backups can. Use the keychain when you can.</source>
            <translation>Votre Client Secret et vos jetons seront écrits sans chiffrement dans
{path}

Seul votre compte utilisateur peut lire le fichier, mais toute personne ayant accès à votre compte ou à vos sauvegardes le peut aussi. Utilisez le trousseau quand c’est possible.</translation>
        </message>
        <message>
            <source>Keychain backend: {backend}</source>
            <translation>Moteur du trousseau : {backend}</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>The profile “{name}” and its saved secrets were deleted.</source>
            <translation>Le profil « {name} » et ses secrets enregistrés ont été supprimés.</translation>
        </message>
        <message>
            <source>The Client Secret will be sent to {server}. Press Authorize to continue.</source>
            <translation>Le Client Secret sera envoyé à {server}. Cliquez sur Autoriser pour continuer.</translation>
        </message>
        <message>
            <source>There are no tokens.</source>
            <translation>Il n’y a pas de jetons.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in.</source>
            <translation>Cliquez sur Autoriser pour vous connecter.</translation>
        </message>
        <message>
            <source>The settings that issued these tokens are back; Refresh, Revoke and Who am I work again.</source>
            <translation>Les réglages qui ont émis ces jetons sont de retour ; Renouveler, Révoquer et Qui suis-je ? fonctionnent à nouveau.</translation>
        </message>
        <message>
            <source>checking the keychain…</source>
            <translation>vérification du trousseau…</translation>
        </message>
        <message>
            <source>Secrets are now saved in plain text in {path} (readable only by you).</source>
            <translation>Les secrets sont maintenant enregistrés en clair dans {path} (lisible par vous seul).</translation>
        </message>
        <message>
            <source>the sandbox</source>
            <translation>le sandbox</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>un autre serveur</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Request log ({count})</source>
            <translation>Journal des requêtes ({count})</translation>
        </message>
        <message>
            <source>Show request log</source>
            <translation>Afficher le journal des requêtes</translation>
        </message>
        <message>
            <source>Copy log</source>
            <translation>Copier le journal</translation>
        </message>
        <message>
            <source>Copy request log</source>
            <translation>Copier le journal des requêtes</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Journal des requêtes</translation>
        </message>
    </context>
    <context>
        <name>ScopePicker</name>
        <message>
            <source>Permission preset</source>
            <translation>Préréglage d’autorisations</translation>
        </message>
        <message>
            <source>Custom selection</source>
            <translation>Sélection personnalisée</translation>
        </message>
        <message>
            <source>Pr&amp;eset:</source>
            <translation>Préréglag&amp;e :</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Autorisations</translation>
        </message>
        <message>
            <source>What the app may do</source>
            <translation>Ce que l’app peut faire</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>  (special access)</source>
            <translation>  (accès spécial)</translation>
        </message>
        <message>
            <source>changes things for you</source>
            <translation>modifie des choses pour vous</translation>
        </message>
        <message>
            <source>only reads</source>
            <translation>lit seulement</translation>
        </message>
        <message>
            <source>{scope}: {kind}.</source>
            <translation>{scope} : {kind}.</translation>
        </message>
        <message>
            <source>Offered by this server</source>
            <translation>Proposés par ce serveur</translation>
        </message>
        <message>
            <source>“{scope}” (from the server's metadata)</source>
            <translation>« {scope} » (d’après les métadonnées du serveur)</translation>
        </message>
        <message>
            <source>all chosen</source>
            <translation>tous choisis</translation>
        </message>
        <message>
            <source>some chosen</source>
            <translation>certains choisis</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>aucun choisi</translation>
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
            <translation>Voir les posts que vous pouvez voir, y compris ceux des comptes protégés.</translation>
        </message>
        <message>
            <source>Post and repost for you.</source>
            <translation>Publier et republier pour vous.</translation>
        </message>
        <message>
            <source>Hide and unhide replies to your posts.</source>
            <translation>Masquer et afficher les réponses à vos posts.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>See your profile and any account you can see.</source>
            <translation>Voir votre profil et tout compte que vous pouvez voir.</translation>
        </message>
        <message>
            <source>See the email address of your account.</source>
            <translation>Voir l’adresse e-mail de votre compte.</translation>
        </message>
        <message>
            <source>Stay connected until you disconnect the app (gives a refresh token).</source>
            <translation>Rester connecté jusqu’à ce que vous déconnectiez l’app (donne un jeton de renouvellement).</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>See who follows you and whom you follow.</source>
            <translation>Voir qui vous suit et qui vous suivez.</translation>
        </message>
        <message>
            <source>Follow and unfollow accounts for you.</source>
            <translation>Suivre et ne plus suivre des comptes pour vous.</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>J’aime</translation>
        </message>
        <message>
            <source>See posts you liked and likes you can see.</source>
            <translation>Voir les posts que vous avez aimés et les J’aime que vous pouvez voir.</translation>
        </message>
        <message>
            <source>Like and unlike posts for you.</source>
            <translation>Aimer et ne plus aimer des posts pour vous.</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listes</translation>
        </message>
        <message>
            <source>See your lists, including private ones, with members and followers.</source>
            <translation>Voir vos listes, y compris privées, avec membres et abonnés.</translation>
        </message>
        <message>
            <source>Create and manage lists for you.</source>
            <translation>Créer et gérer des listes pour vous.</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Signets</translation>
        </message>
        <message>
            <source>See your bookmarks.</source>
            <translation>Voir vos signets.</translation>
        </message>
        <message>
            <source>Add and remove bookmarks for you.</source>
            <translation>Ajouter et retirer des signets pour vous.</translation>
        </message>
        <message>
            <source>Mutes and blocks</source>
            <translation>Masquages et blocages</translation>
        </message>
        <message>
            <source>See accounts you muted.</source>
            <translation>Voir les comptes que vous avez masqués.</translation>
        </message>
        <message>
            <source>Mute and unmute accounts for you.</source>
            <translation>Masquer et démasquer des comptes pour vous.</translation>
        </message>
        <message>
            <source>See accounts you blocked.</source>
            <translation>Voir les comptes que vous avez bloqués.</translation>
        </message>
        <message>
            <source>Block and unblock accounts for you.</source>
            <translation>Bloquer et débloquer des comptes pour vous.</translation>
        </message>
        <message>
            <source>Direct Messages</source>
            <translation>Messages privés</translation>
        </message>
        <message>
            <source>Read your direct messages.</source>
            <translation>Lire vos messages privés.</translation>
        </message>
        <message>
            <source>Send and manage direct messages for you.</source>
            <translation>Envoyer et gérer des messages privés pour vous.</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <source>Upload pictures and videos for you.</source>
            <translation>Téléverser des photos et des vidéos pour vous.</translation>
        </message>
        <message>
            <source>Spaces and broadcasts</source>
            <translation>Spaces et diffusions</translation>
        </message>
        <message>
            <source>See Spaces you can see.</source>
            <translation>Voir les Spaces que vous pouvez voir.</translation>
        </message>
        <message>
            <source>See your live broadcasts and their chat.</source>
            <translation>Voir vos diffusions en direct et leur chat.</translation>
        </message>
        <message>
            <source>Manage your broadcasts and chat in them.</source>
            <translation>Gérer vos diffusions et leur chat.</translation>
        </message>
        <message>
            <source>See custom timelines you can see.</source>
            <translation>Voir les fils personnalisés que vous pouvez voir.</translation>
        </message>
        <message>
            <source>Ads</source>
            <translation>Publicités</translation>
        </message>
        <message>
            <source>See your ads accounts and their numbers.</source>
            <translation>Voir vos comptes publicitaires et leurs chiffres.</translation>
        </message>
        <message>
            <source>Create and change ads campaigns for you.</source>
            <translation>Créer et modifier des campagnes publicitaires pour vous.</translation>
        </message>
        <message>
            <source>Read-only profile</source>
            <translation>Profil en lecture seule</translation>
        </message>
        <message>
            <source>Read your profile and posts; change nothing.</source>
            <translation>Lire votre profil et vos posts ; ne rien modifier.</translation>
        </message>
        <message>
            <source>Post on my behalf</source>
            <translation>Publier en mon nom</translation>
        </message>
        <message>
            <source>Read, post and repost.</source>
            <translation>Lire, publier et republier.</translation>
        </message>
        <message>
            <source>Post with media</source>
            <translation>Publier avec des médias</translation>
        </message>
        <message>
            <source>Read and post, with pictures and videos.</source>
            <translation>Lire et publier, avec photos et vidéos.</translation>
        </message>
        <message>
            <source>Direct messages</source>
            <translation>Messages privés</translation>
        </message>
        <message>
            <source>Read and send direct messages.</source>
            <translation>Lire et envoyer des messages privés.</translation>
        </message>
        <message>
            <source>Everything (no special access)</source>
            <translation>Tout (sans accès spécial)</translation>
        </message>
        <message>
            <source>Every permission an ordinary X app can get.</source>
            <translation>Toutes les autorisations qu’une app X ordinaire peut obtenir.</translation>
        </message>
        <message>
            <source>Pick at least one permission.</source>
            <translation>Choisissez au moins une autorisation.</translation>
        </message>
        <message>
            <source>Without offline.access X gives no refresh token: the token stops working after 2 hours.</source>
            <translation>Sans offline.access, X ne donne pas de jeton de renouvellement : le jeton cesse de fonctionner au bout de 2 heures.</translation>
        </message>
        <message>
            <source>Who am I needs {needed}; missing: {missing}.</source>
            <translation>Qui suis-je nécessite {needed} ; manquant : {missing}.</translation>
        </message>
        <message>
            <source>{scopes} need special access from X; without it X refuses the login.</source>
            <translation>{scopes} nécessitent un accès spécial de X ; sans lui, X refuse la connexion.</translation>
        </message>
        <message>
            <source>Not X scopes: {scopes}; X answers invalid_scope.</source>
            <translation>Pas des scopes X : {scopes} ; X répond invalid_scope.</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>memory only (this run)</source>
            <translation>en mémoire seulement (cette session)</translation>
        </message>
        <message>
            <source>the system keychain</source>
            <translation>le trousseau du système</translation>
        </message>
        <message>
            <source>The keychain refused the request ({reason}).</source>
            <translation>Le trousseau a refusé la requête ({reason}).</translation>
        </message>
        <message>
            <source>plain-text file ({path})</source>
            <translation>fichier en clair ({path})</translation>
        </message>
        <message>
            <source>The private file could not be written.</source>
            <translation>Le fichier privé n’a pas pu être écrit.</translation>
        </message>
        <message>
            <source>Check the disk and permissions.</source>
            <translation>Vérifiez le disque et les permissions.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>the saved secrets are still being read</source>
            <translation>les secrets enregistrés sont encore en cours de lecture</translation>
        </message>
        <message>
            <source>the login is waiting for the browser</source>
            <translation>la connexion attend le navigateur</translation>
        </message>
        <message>
            <source>the login is getting your token</source>
            <translation>la connexion obtient votre jeton</translation>
        </message>
        <message>
            <source>the token is being refreshed</source>
            <translation>le jeton est en cours de renouvellement</translation>
        </message>
        <message>
            <source>the tokens are being revoked</source>
            <translation>les jetons sont en cours de révocation</translation>
        </message>
        <message>
            <source>the account is being checked</source>
            <translation>le compte est en cours de vérification</translation>
        </message>
        <message>
            <source>Approve in the browser, or press Cancel login first.</source>
            <translation>Acceptez dans le navigateur, ou cliquez d’abord sur Annuler la connexion.</translation>
        </message>
        <message>
            <source>Wait a moment.</source>
            <translation>Patientez un instant.</translation>
        </message>
        <message>
            <source>There is no login to cancel.</source>
            <translation>Il n’y a pas de connexion à annuler.</translation>
        </message>
        <message>
            <source>Press Authorize first.</source>
            <translation>Cliquez d’abord sur Autoriser.</translation>
        </message>
        <message>
            <source>Not now: {busy}. {next_step}</source>
            <translation>Pas maintenant : {busy}. {next_step}</translation>
        </message>
        <message>
            <source>Try again when it has finished.</source>
            <translation>Réessayez quand ce sera terminé.</translation>
        </message>
        <message>
            <source>Your saved token for @{username} is ready.</source>
            <translation>Votre jeton enregistré pour @{username} est prêt.</translation>
        </message>
        <message>
            <source>Your saved token is ready.</source>
            <translation>Votre jeton enregistré est prêt.</translation>
        </message>
        <message>
            <source>Ready: pick permissions, then press Authorize in browser.</source>
            <translation>Prêt : choisissez les autorisations, puis appuyez sur Autoriser dans le navigateur.</translation>
        </message>
        <message>
            <source>These tokens belong to the earlier settings: {issuer}. They are not sent to the server or Client ID now in the form.</source>
            <translation>Ces jetons appartiennent aux réglages précédents : {issuer}. Ils ne sont pas envoyés au serveur ni au Client ID désormais indiqués dans le formulaire.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the saved profiles could not be read</source>
            <translation>les profils enregistrés n’ont pas pu être lus</translation>
        </message>
        <message>
            <source>the list of removals waiting for the keychain was damaged</source>
            <translation>la liste des suppressions en attente du trousseau était endommagée</translation>
        </message>
        <message>
            <source>the clipboard clearing delay was damaged</source>
            <translation>le délai d’effacement du presse-papiers était endommagé</translation>
        </message>
        <message>
            <source>the setting {key} was damaged</source>
            <translation>le réglage {key} était endommagé</translation>
        </message>
    </context>
    <context>
        <name>TokenOps</name>
        <message>
            <source>There is no refresh token.</source>
            <translation>Il n’y a pas de jeton de renouvellement.</translation>
        </message>
        <message>
            <source>Refreshing the token…</source>
            <translation>Renouvellement du jeton…</translation>
        </message>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>Un autre processus xauth-gui a renouvelé le jeton : cette fenêtre utilise maintenant le nouveau.</translation>
        </message>
        <message>
            <source>Token refreshed (the old refresh token no longer works; the new one is saved).</source>
            <translation>Jeton renouvelé (l’ancien jeton de renouvellement ne fonctionne plus ; le nouveau est enregistré).</translation>
        </message>
        <message>
            <source>The refresh did not finish: {reason} Your saved tokens were kept.</source>
            <translation>Le renouvellement n’a pas abouti : {reason} Vos jetons enregistrés ont été conservés.</translation>
        </message>
        <message>
            <source>The refresh did not finish:</source>
            <translation>Le renouvellement n’a pas abouti :</translation>
        </message>
        <message>
            <source>Revoking the tokens…</source>
            <translation>Révocation des jetons…</translation>
        </message>
        <message>
            <source>Revoked: both tokens no longer work, and they were removed from this computer.</source>
            <translation>Révoqués : les deux jetons ne fonctionnent plus et ont été retirés de cet ordinateur.</translation>
        </message>
        <message>
            <source>Not revoked: {reason} The tokens are still saved.</source>
            <translation>Non révoqués : {reason} Les jetons sont toujours enregistrés.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Remove from this computer only</source>
            <translation>Retirer de cet ordinateur seulement</translation>
        </message>
        <message>
            <source>The tokens were removed from this app, but the keychain can't be reached now, so it still holds them: they will be deleted from it as soon as it can be reached.</source>
            <translation>Les jetons ont été retirés de cette app, mais le trousseau est injoignable pour l’instant et les contient encore : ils y seront supprimés dès qu’il sera joignable.</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>Réessayer le trousseau</translation>
        </message>
        <message>
            <source>The tokens were removed from this computer. They keep working until they expire or are revoked.</source>
            <translation>Les jetons ont été retirés de cet ordinateur. Ils fonctionnent jusqu’à leur expiration ou leur révocation.</translation>
        </message>
        <message>
            <source>Signed in as @{username} ({name}).</source>
            <translation>Connecté en tant que @{username} ({name}).</translation>
        </message>
        <message>
            <source>Who am I failed: {reason} Your tokens are kept.</source>
            <translation>Qui suis-je a échoué : {reason} Vos jetons sont conservés.</translation>
        </message>
    </context>
    <context>
        <name>Tokens</name>
        <message>
            <source>The server's answer is not JSON.</source>
            <translation>La réponse du serveur n’est pas du JSON.</translation>
        </message>
        <message>
            <source>The server's answer is not a JSON object.</source>
            <translation>La réponse du serveur n’est pas un objet JSON.</translation>
        </message>
        <message>
            <source>The {what} the server sent has characters a bearer token can't contain (RFC 6750), so it was refused.</source>
            <translation>Le {what} envoyé par le serveur contient des caractères interdits dans un jeton bearer (RFC 6750) : il a été refusé.</translation>
        </message>
        <message>
            <source>Check that the token URL points at the right server, then sign in again.</source>
            <translation>Vérifiez que l’URL du jeton pointe vers le bon serveur, puis reconnectez-vous.</translation>
        </message>
        <message>
            <source>The server's answer has no access token.</source>
            <translation>La réponse du serveur n’a pas de jeton d’accès.</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>jeton d’accès</translation>
        </message>
        <message>
            <source>The server issued a token type this app can't use (not a bearer token).</source>
            <translation>Le serveur a émis un type de jeton que cette app ne peut pas utiliser (pas un jeton Bearer).</translation>
        </message>
        <message>
            <source>The server's answer has a malformed scope list.</source>
            <translation>La réponse du serveur a une liste de scopes mal formée.</translation>
        </message>
        <message>
            <source>The server's answer has a malformed refresh token.</source>
            <translation>La réponse du serveur a un jeton de renouvellement mal formé.</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>jeton de renouvellement</translation>
        </message>
        <message>
            <source>No refresh token: offline.access was not granted, so the token stops working when it expires.</source>
            <translation>Pas de jeton de renouvellement : offline.access n’a pas été accordé, le jeton cessera donc de fonctionner à son expiration.</translation>
        </message>
        <message>
            <source>The server sent no refresh token.</source>
            <translation>Le serveur n’a pas envoyé de jeton de renouvellement.</translation>
        </message>
        <message>
            <source>The who-am-I answer has no user data.</source>
            <translation>La réponse « qui suis-je » n’a pas de données utilisateur.</translation>
        </message>
        <message>
            <source>The who-am-I answer is missing the user's id or username.</source>
            <translation>Il manque l’identifiant ou le nom d’utilisateur dans la réponse « qui suis-je ».</translation>
        </message>
    </context>
    <context>
        <name>TokensPanel</name>
        <message>
            <source>3. Your tokens</source>
            <translation>3. Vos jetons</translation>
        </message>
        <message>
            <source>Refresh automatically &amp;before it expires</source>
            <translation>Renouveler automatiquement avant l’expiration (&amp;B)</translation>
        </message>
        <message>
            <source>Tokens act as you: share them with no one, and hide them before sharing your screen.</source>
            <translation>Les jetons agissent en votre nom : ne les partagez avec personne et masquez-les avant de partager votre écran.</translation>
        </message>
        <message>
            <source>Profile picture</source>
            <translation>Photo de profil</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>Pas encore connecté.</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Jeton d’accès</translation>
        </message>
        <message>
            <source>Refresh token</source>
            <translation>Jeton de renouvellement</translation>
        </message>
        <message>
            <source>Access token:</source>
            <translation>Jeton d’accès :</translation>
        </message>
        <message>
            <source>Refresh token:</source>
            <translation>Jeton de renouvellement :</translation>
        </message>
        <message>
            <source>Expires:</source>
            <translation>Expire :</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>Granted:</source>
            <translation>Accordés :</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Renouveler</translation>
        </message>
        <message>
            <source>Revo&amp;ke</source>
            <translation>Révoquer (&amp;K)</translation>
        </message>
        <message>
            <source>Revoke tokens</source>
            <translation>Révoquer les jetons</translation>
        </message>
        <message>
            <source>&amp;Who am I?</source>
            <translation>Qui suis-je ? (&amp;W)</translation>
        </message>
        <message>
            <source>Who am I</source>
            <translation>Qui suis-je</translation>
        </message>
        <message>
            <source>Try &amp;it…</source>
            <translation>Essayer (&amp;I)…</translation>
        </message>
        <message>
            <source>Try the token: call the X API</source>
            <translation>Essayer le jeton : appeler l’API X</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>Restaurer ces réglages</translation>
        </message>
        <message>
            <source>Restore settings</source>
            <translation>Restaurer les réglages</translation>
        </message>
        <message>
            <source>Copy for developers</source>
            <translation>Copier pour les développeurs</translation>
        </message>
        <message>
            <source>Revoke both tokens? They stop working everywhere, and this app forgets them.</source>
            <translation>Révoquer les deux jetons ? Ils ne fonctionneront plus nulle part et cette app les oubliera.</translation>
        </message>
        <message>
            <source>Yes, revoke</source>
            <translation>Oui, révoquer</translation>
        </message>
        <message>
            <source>Yes, revoke the tokens</source>
            <translation>Oui, révoquer les jetons</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Les garder</translation>
        </message>
        <message>
            <source>Keep the tokens</source>
            <translation>Garder les jetons</translation>
        </message>
        <message>
            <source>Copied: {what}.</source>
            <translation>Copié : {what}.</translation>
        </message>
        <message>
            <source>none (offline.access not granted)</source>
            <translation>aucun (offline.access non accordé)</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <source> Sign in again for the new settings, or restore those settings.</source>
            <translation> Reconnectez-vous pour les nouveaux réglages, ou restaurez ces réglages.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n s.</source>
            <translation>
                <numerusform>Copié. Le presse-papiers sera effacé dans %n seconde.</numerusform>
                <numerusform>Copié. Le presse-papiers sera effacé dans %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source> … ({size} bytes in all)</source>
            <translation> … ({size} octets en tout)</translation>
        </message>
        <message>
            <source>The server did not accept the connection in time.</source>
            <translation>Le serveur n’a pas accepté la connexion à temps.</translation>
        </message>
        <message>
            <source>The server's answer is far too large for this app.</source>
            <translation>La réponse du serveur est bien trop grande pour cette app.</translation>
        </message>
        <message>
            <source>The connection broke before the server finished answering.</source>
            <translation>La connexion a été coupée avant que le serveur ait fini de répondre.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Réessayez.</translation>
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>The {what} “{url}” is not a web address this app can use.</source>
            <translation>L’{what} « {url} » n’est pas une adresse web utilisable par cette app.</translation>
        </message>
        <message>
            <source>Enter a full address starting with https:// (or http:// on 127.0.0.1 / localhost).</source>
            <translation>Saisissez une adresse complète commençant par https:// (ou http:// sur 127.0.0.1 / localhost).</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a server name that can't be written as an internet address.</source>
            <translation>L’{what} « {url} » a un nom de serveur qui ne peut pas s’écrire comme adresse internet.</translation>
        </message>
        <message>
            <source>Check the spelling of the server name.</source>
            <translation>Vérifiez l’orthographe du nom du serveur.</translation>
        </message>
        <message>
            <source>The {what} “{url}” uses plain http:// to another computer, so secrets would cross the network unencrypted.</source>
            <translation>{what} « {url} » utilise http:// en clair vers un autre ordinateur : les secrets traverseraient le réseau sans chiffrement.</translation>
        </message>
        <message>
            <source>Use https://, or http:// only for a server on this computer (127.0.0.1 or localhost).</source>
            <translation>Utilisez https://, ou http:// seulement pour un serveur sur cet ordinateur (127.0.0.1 ou localhost).</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>URL d’autorisation</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a name or password before the server name, so it really goes to {host}.</source>
            <translation>{what} « {url} » comporte un nom ou un mot de passe avant le nom du serveur : elle mène donc en réalité à {host}.</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>Retirez de l’adresse tout ce qui se trouve entre :// et @.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>none yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Show {what}</source>
            <translation>Afficher {what}</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy {what}</source>
            <translation>Copier {what}</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
    </context>
</TS>
