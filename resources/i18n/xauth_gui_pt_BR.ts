<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>Api</name>
        <message>
            <source>Who am I (GET /2/users/me)</source>
            <translation>Quem sou eu (GET /2/users/me)</translation>
        </message>
        <message>
            <source>Look up a user</source>
            <translation>Procurar um usuário</translation>
        </message>
        <message>
            <source>My posts</source>
            <translation>Meus posts</translation>
        </message>
        <message>
            <source>Search recent posts</source>
            <translation>Buscar posts recentes</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Postar</translation>
        </message>
        <message>
            <source>Delete a post</source>
            <translation>Excluir um post</translation>
        </message>
        <message>
            <source>Like a post</source>
            <translation>Curtir um post</translation>
        </message>
        <message>
            <source>Send a DM</source>
            <translation>Enviar uma DM</translation>
        </message>
        <message>
            <source>List DMs</source>
            <translation>Listar DMs</translation>
        </message>
        <message>
            <source>{left} of {limit} left; resets at {at}</source>
            <translation>Restam {left} de {limit}; reinicia às {at}</translation>
        </message>
        <message>
            <source>{left} of {limit} left</source>
            <translation>Restam {left} de {limit}</translation>
        </message>
        <message>
            <source>X no longer accepts this token (expired or revoked). Sign in again.</source>
            <translation>O X não aceita mais este token (expirou ou foi revogado). Entre novamente.</translation>
        </message>
        <message>
            <source>This is a v1.1 endpoint your access level does not include; use the v2 API, or change your app's access in the developer console.</source>
            <translation>Este é um endpoint v1.1 que seu nível de acesso não inclui; use a API v2 ou mude o acesso do seu app no console do desenvolvedor.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <source>X answered with an error: {detail}</source>
            <translation>O X respondeu com um erro: {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}: {detail}</source>
            <translation>O X recusou a chamada: {title}: {detail}</translation>
        </message>
        <message>
            <source>X refused the call: {title}.</source>
            <translation>O X recusou a chamada: {title}.</translation>
        </message>
        <message>
            <source>Your app used up its monthly posts or reads. Raise the cap in the developer console, or wait for next month.</source>
            <translation>Seu app esgotou os posts ou leituras do mês. Aumente o limite no console do desenvolvedor ou espere o próximo mês.</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again after {time}.</source>
            <translation>Chamadas demais para este endpoint. Aguarde e tente novamente depois das {time}.</translation>
        </message>
        <message>
            <source>Too many calls to this endpoint. Wait and try again in 15 minutes.</source>
            <translation>Chamadas demais para este endpoint. Aguarde e tente novamente em 15 minutos.</translation>
        </message>
        <message>
            <source>This call acts for a user: send it with the user token, not the app-only one.</source>
            <translation>Esta chamada age por um usuário: envie-a com o token de usuário, não com o token só do app.</translation>
        </message>
        <message>
            <source>Your X app is not in a project with API access. In the developer console, put the app in a package (Pay-per-use) and its Production environment.</source>
            <translation>Seu app do X não está em um projeto com acesso à API. No console do desenvolvedor, coloque o app em um pacote (Pay-per-use) e no ambiente Production dele.</translation>
        </message>
        <message>
            <source>This call is billed to the signed-in user, who has no developer account: create one in the developer console and enroll it in Pay-per-use.</source>
            <translation>Esta chamada é cobrada do usuário conectado, que não tem conta de desenvolvedor: crie uma no console do desenvolvedor e inscreva-a no Pay-per-use.</translation>
        </message>
        <message>
            <source>X refuses a post with the same text as a recent one: change the text.</source>
            <translation>O X recusa um post com o mesmo texto de um recente: mude o texto.</translation>
        </message>
        <message>
            <source>This call needs {scopes}, which this token was not granted.</source>
            <translation>Esta chamada precisa de {scopes}, que não foi concedido a este token.</translation>
        </message>
        <message>
            <source>X refused the call: a user path needs your own user id, or the app lacks access to it.</source>
            <translation>O X recusou a chamada: um caminho de usuário precisa do seu próprio ID de usuário, ou o app não tem acesso a ele.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>xauth-gui: unexpected error</source>
            <translation>xauth-gui: erro inesperado</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. The app keeps running; if something looks wrong, restart it.</source>
            <translation>Algo inesperado deu errado. O app continua funcionando; se algo parecer errado, reinicie-o.</translation>
        </message>
        <message>
            <source>Some saved settings were damaged and were reset: {damaged}. Check the form before you sign in.</source>
            <translation>Algumas configurações salvas estavam danificadas e foram redefinidas: {damaged}. Confira o formulário antes de entrar.</translation>
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
            <translation>Sandbox: experimente sem conta do X</translation>
        </message>
        <message>
            <source>Custom server</source>
            <translation>Servidor personalizado</translation>
        </message>
        <message>
            <source>Public: Native App or Single page App</source>
            <translation>Public: Native App ou Single page App</translation>
        </message>
        <message>
            <source>Confidential: Web App, Automated App or Bot</source>
            <translation>Confidential: Web App, Automated App or Bot</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. No Client Secret.</source>
            <translation>Conforme definido em User authentication settings do seu app do X. Sem Client Secret.</translation>
        </message>
        <message>
            <source>As set in your X app's User authentication settings. Paste its Client Secret.</source>
            <translation>Conforme definido em User authentication settings do seu app do X. Cole o Client Secret dele.</translation>
        </message>
        <message>
            <source>Authorize URL:</source>
            <translation>URL de autorização:</translation>
        </message>
        <message>
            <source>Token URL:</source>
            <translation>URL do token:</translation>
        </message>
        <message>
            <source>Revoke URL:</source>
            <translation>URL de revogação:</translation>
        </message>
        <message>
            <source>Who-am-I URL:</source>
            <translation>URL de quem sou eu:</translation>
        </message>
        <message>
            <source>Register exactly this as your X app's Callback URI.</source>
            <translation>Registre exatamente isto como Callback URI do seu app do X.</translation>
        </message>
        <message>
            <source>1. Your X app</source>
            <translation>1. Seu app do X</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provedor</translation>
        </message>
        <message>
            <source>A&amp;dvanced</source>
            <translation>Avança&amp;do</translation>
        </message>
        <message>
            <source>Show the server endpoints and PKCE</source>
            <translation>Mostrar os endpoints do servidor e o PKCE</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Pro&amp;vedor:</translation>
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
            <translation>Client Secret (guardado no seu chaveiro)</translation>
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
            <translation>OAuth 2.0 Client ID, de Keys and tokens do seu app</translation>
        </message>
        <message>
            <source>Where is it?</source>
            <translation>Onde encontrar?</translation>
        </message>
        <message>
            <source>Step by step through the X developer console</source>
            <translation>Passo a passo pelo console do desenvolvedor do X</translation>
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
            <translation>Copiar a Callback URI</translation>
        </message>
        <message>
            <source>Callback &amp;URI:</source>
            <translation>Callback &amp;URI:</translation>
        </message>
        <message>
            <source>Server endpoints</source>
            <translation>Endpoints do servidor</translation>
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
            <translation>plain (só para servidores sem S256)</translation>
        </message>
        <message>
            <source>&amp;PKCE:</source>
            <translation>&amp;PKCE:</translation>
        </message>
        <message>
            <source>The sandbox's own client, filled in for you: the Client type picks which one.</source>
            <translation>O cliente próprio do sandbox, já preenchido: o tipo de cliente escolhe qual.</translation>
        </message>
        <message>
            <source>⚠ plain PKCE sends the verifier in the clear; use it only if this server lacks S256.</source>
            <translation>⚠ O PKCE plain envia o verificador sem proteção; use-o só se este servidor não tiver S256.</translation>
        </message>
        <message>
            <source>Runs inside this app at {address} while it is open.</source>
            <translation>Roda dentro deste app em {address} enquanto ele estiver aberto.</translation>
        </message>
        <message>
            <source>Port {usual} is taken, so it runs at {address} this time.</source>
            <translation>A porta {usual} está ocupada, então desta vez ele roda em {address}.</translation>
        </message>
    </context>
    <context>
        <name>Authorize</name>
        <message>
            <source>authorize URL</source>
            <translation>URL de autorização</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>URL do token</translation>
        </message>
        <message>
            <source>The callback URI is not a valid address.</source>
            <translation>A Callback URI não é um endereço válido.</translation>
        </message>
        <message>
            <source>Enter it as registered, e.g. http://127.0.0.1:8765/callback.</source>
            <translation>Digite-a como foi registrada, por exemplo http://127.0.0.1:8765/callback.</translation>
        </message>
        <message>
            <source>The callback URI must be a full address.</source>
            <translation>A Callback URI precisa ser um endereço completo.</translation>
        </message>
        <message>
            <source>The callback URI must not contain '#'.</source>
            <translation>A Callback URI não pode conter "#".</translation>
        </message>
        <message>
            <source>Remove the part from '#' on.</source>
            <translation>Remova a parte a partir de "#".</translation>
        </message>
        <message>
            <source>The answer does not say which server sent it, although {expected} always says so.</source>
            <translation>A resposta não diz qual servidor a enviou, embora {expected} sempre diga.</translation>
        </message>
        <message>
            <source>The answer says it comes from {got}, but this login was sent to {expected}.</source>
            <translation>A resposta diz que vem de {got}, mas este login foi enviado para {expected}.</translation>
        </message>
        <message>
            <source>It was refused before any token request.</source>
            <translation>Ela foi recusada antes de qualquer pedido de token.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Status message</source>
            <translation>Mensagem de status</translation>
        </message>
        <message>
            <source>Fill in your app's details, pick permissions, then press Authorize.</source>
            <translation>Preencha os dados do seu app, escolha as permissões e clique em Autorizar.</translation>
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
                <numerusform>%n usuário</numerusform>
                <numerusform>%n usuários</numerusform>
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
                <numerusform>%n mensagem direta</numerusform>
                <numerusform>%n mensagens diretas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n media item(s)</source>
            <translation>
                <numerusform>%n mídia</numerusform>
                <numerusform>%n mídias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n community(ies)</source>
            <translation>
                <numerusform>%n comunidade</numerusform>
                <numerusform>%n comunidades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n news story(ies)</source>
            <translation>
                <numerusform>%n notícia</numerusform>
                <numerusform>%n notícias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trend(s)</source>
            <translation>
                <numerusform>%n tendência</numerusform>
                <numerusform>%n tendências</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Community Note(s)</source>
            <translation>
                <numerusform>%n Nota da Comunidade</numerusform>
                <numerusform>%n Notas da Comunidade</numerusform>
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
                <numerusform>%n enquete</numerusform>
                <numerusform>%n enquetes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s)</source>
            <translation>
                <numerusform>%n tópico</numerusform>
                <numerusform>%n tópicos</numerusform>
            </translation>
        </message>
        <message>
            <source>This answer returned {resources}.</source>
            <translation>Esta resposta retornou {resources}.</translation>
        </message>
        <message>
            <source>Pay-per-use: X bills each resource once per UTC day, however many calls return it; the rates are in your developer console.</source>
            <translation>Pagamento por uso: o X cobra cada recurso uma vez por dia UTC, não importa quantas chamadas o retornem; as tarifas estão no seu console de desenvolvedor.</translation>
        </message>
    </context>
    <context>
        <name>Binding</name>
        <message>
            <source>the sandbox (Client ID {client_id})</source>
            <translation>o sandbox (Client ID {client_id})</translation>
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
            <translation>URL do token</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>URL de revogação</translation>
        </message>
        <message>
            <source>who-am-I URL</source>
            <translation>URL de quem sou eu</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>URL da API</translation>
        </message>
        <message>
            <source>metadata URL</source>
            <translation>URL de metadados</translation>
        </message>
    </context>
    <context>
        <name>Client</name>
        <message>
            <source>The Client ID is empty.</source>
            <translation>O Client ID está vazio.</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation>Cole o OAuth 2.0 Client ID de Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains blanks.</source>
            <translation>O Client ID contém espaços.</translation>
        </message>
        <message>
            <source>Copy it again from Keys and tokens.</source>
            <translation>Copie-o novamente de Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains characters a Client ID can't have.</source>
            <translation>O Client ID contém caracteres que um Client ID não pode ter.</translation>
        </message>
        <message>
            <source>A confidential client needs its Client Secret.</source>
            <translation>Um cliente confidencial precisa do seu Client Secret.</translation>
        </message>
        <message>
            <source>Paste the Client Secret, or choose Public if your X app is a Native App or Single page App.</source>
            <translation>Cole o Client Secret, ou escolha Public se o seu app do X for um Native App ou Single page App.</translation>
        </message>
        <message>
            <source>This looks like the numeric App ID, not the OAuth 2.0 Client ID.</source>
            <translation>Isto parece o App ID numérico, não o OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>This looks like an app-only Bearer token, not the OAuth 2.0 Client ID.</source>
            <translation>Isto parece um Bearer token só do app, não o OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>This looks like an API Key (consumer key), not the OAuth 2.0 Client ID.</source>
            <translation>Isto parece uma API Key (consumer key), não o OAuth 2.0 Client ID.</translation>
        </message>
        <message>
            <source>Paste the OAuth 2.0 Client ID from your app's Keys and tokens page.</source>
            <translation>Cole o OAuth 2.0 Client ID da página Keys and tokens do seu app.</translation>
        </message>
        <message>
            <source> Use the OAuth 2.0 Client ID from Keys and tokens.</source>
            <translation> Use o OAuth 2.0 Client ID de Keys and tokens.</translation>
        </message>
        <message>
            <source>The Client ID contains blanks; copy it again.</source>
            <translation>O Client ID contém espaços; copie-o novamente.</translation>
        </message>
        <message>
            <source>An X OAuth 2.0 Client ID is a long code of letters and digits; check that you copied all of it.</source>
            <translation>Um OAuth 2.0 Client ID do X é um código longo de letras e números; confira se você copiou tudo.</translation>
        </message>
        <message>
            <source>This Client ID looks like a confidential client's; check the Client type below.</source>
            <translation>Este Client ID parece de um cliente confidencial (Confidential); confira o tipo de cliente abaixo.</translation>
        </message>
        <message>
            <source>This Client ID looks like a public client's; check the Client type below.</source>
            <translation>Este Client ID parece de um cliente público (Public); confira o tipo de cliente abaixo.</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <source>There is no app-only token for this profile yet: press Get app-only token.</source>
            <translation>Este perfil ainda não tem token só do app: clique em Obter token só do app.</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>Ainda não há token: clique em Autorizar para entrar primeiro.</translation>
        </message>
        <message>
            <source> Sign in again for these settings.</source>
            <translation> Entre novamente para estas configurações.</translation>
        </message>
        <message>
            <source>Cancelled: the answer, if it comes, is not shown.</source>
            <translation>Cancelado: a resposta, se chegar, não será mostrada.</translation>
        </message>
        <message>
            <source>Enter the API Key and its Secret first.</source>
            <translation>Digite primeiro a API Key e o Secret dela.</translation>
        </message>
        <message>
            <source>App-only token ready: it reads public data for your app, with no user.</source>
            <translation>Token só do app pronto: ele lê dados públicos para o seu app, sem usuário.</translation>
        </message>
        <message>
            <source>The app-only token was invalidated.</source>
            <translation>O token só do app foi invalidado.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleCatalogue</name>
        <message>
            <source>Find an X API call</source>
            <translation>Encontrar uma chamada da API do X</translation>
        </message>
        <message>
            <source>Find a call: words, a path or a name</source>
            <translation>Encontrar uma chamada: palavras, um caminho ou um nome</translation>
        </message>
        <message>
            <source>X API calls</source>
            <translation>Chamadas da API do X</translation>
        </message>
        <message>
            <source> (stream)</source>
            <translation> (stream)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) found</source>
            <translation>
                <numerusform>%n chamada encontrada</numerusform>
                <numerusform>%n chamadas encontradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready calls</source>
            <translation>Chamadas prontas</translation>
        </message>
        <message>
            <source>{summary}: the user token (with {scopes}) or the app-only token.</source>
            <translation>{summary}: o token de usuário (com {scopes}) ou o token só do app.</translation>
        </message>
        <message>
            <source>{summary}: the user token, with {scopes}.</source>
            <translation>{summary}: o token de usuário, com {scopes}.</translation>
        </message>
        <message>
            <source>{summary}: only the app-only token (Send with: the app-only token).</source>
            <translation>{summary}: apenas o token só do app (Enviar com: o token só do app).</translation>
        </message>
        <message>
            <source>{summary}: a token kind this app does not make (OAuth 1.0a).</source>
            <translation>{summary}: um tipo de token que este app não cria (OAuth 1.0a).</translation>
        </message>
        <message>
            <source> It is a stream: it keeps sending.</source>
            <translation> É um stream: continua enviando.</translation>
        </message>
        <message>
            <source>The user token is chosen: it acts as you and sees your own data. This call also takes the app-only token.</source>
            <translation>O token de usuário foi escolhido: ele age como você e vê seus próprios dados. Esta chamada também aceita o token só do app.</translation>
        </message>
        <message>
            <source>This call takes only the user token.</source>
            <translation>Esta chamada aceita apenas o token de usuário.</translation>
        </message>
        <message>
            <source>The app-only token is chosen: this call takes no user token. Make one below with your app's API Key and Secret.</source>
            <translation>O token só do app foi escolhido: esta chamada não aceita token de usuário. Crie um abaixo com a API Key e o Secret do seu app.</translation>
        </message>
        <message>
            <source>This call takes only OAuth 1.0a user tokens, which this app does not make.</source>
            <translation>Esta chamada aceita apenas tokens de usuário OAuth 1.0a, que este app não cria.</translation>
        </message>
    </context>
    <context>
        <name>ConsolePanel</name>
        <message>
            <source>Add these permissions and sign in again</source>
            <translation>Adicionar estas permissões e entrar novamente</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Entrar novamente</translation>
        </message>
        <message>
            <source>Open the developer console</source>
            <translation>Abrir o console do desenvolvedor</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <translation>Enviar mesmo assim</translation>
        </message>
        <message>
            <source>Send with the user token</source>
            <translation>Enviar com o token de usuário</translation>
        </message>
        <message>
            <source>Try it: call the X API with your token</source>
            <translation>Experimente: chame a API do X com seu token</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Streaming: posts appear as they come. Press Stop to end.</source>
            <translation>Streaming: os posts aparecem conforme chegam. Pressione Parar para encerrar.</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Requisição</translation>
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
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Answer as a tree</source>
            <translation>Resposta em árvore</translation>
        </message>
        <message>
            <source>Answer body</source>
            <translation>Corpo da resposta</translation>
        </message>
        <message>
            <source>Answer headers</source>
            <translation>Cabeçalhos da resposta</translation>
        </message>
        <message>
            <source>&amp;Tree</source>
            <translation>Árvo&amp;re</translation>
        </message>
        <message>
            <source>&amp;Raw</source>
            <translation>&amp;Bruto</translation>
        </message>
        <message>
            <source>He&amp;aders</source>
            <translation>Cabeçal&amp;hos</translation>
        </message>
        <message>
            <source>This session's calls</source>
            <translation>Chamadas desta sessão</translation>
        </message>
        <message>
            <source>This session's calls (addresses redacted like the request log)</source>
            <translation>As chamadas desta sessão (endereços ocultados como no registro de requisições)</translation>
        </message>
        <message>
            <source>This session's ca&amp;lls</source>
            <translation>Chamadas desta sessão (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Próxima pá&amp;gina</translation>
        </message>
        <message>
            <source>Send the same call for the page after this one</source>
            <translation>Enviar a mesma chamada para a página seguinte</translation>
        </message>
        <message>
            <source>Cop&amp;y snippet</source>
            <translation>Cop&amp;iar trecho</translation>
        </message>
        <message>
            <source>Sn&amp;ippet:</source>
            <translation>&amp;Trecho:</translation>
        </message>
        <message>
            <source>Streaming…</source>
            <translation>Streaming…</translation>
        </message>
        <message>
            <source>stream ended</source>
            <translation>stream encerrado</translation>
        </message>
        <message>
            <source>(more in the Raw tab)</source>
            <translation>(mais na aba Bruto)</translation>
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
            <translation>o token de usuário (age como você)</translation>
        </message>
        <message>
            <source>the app-only token (public data, no user)</source>
            <translation>o token só do app (dados públicos, sem usuário)</translation>
        </message>
        <message>
            <source>Name: value; Name: value</source>
            <translation>Nome: valor; Nome: valor</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>&amp;Call:</source>
            <translation>&amp;Chamada:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Endereço (&amp;A):</translation>
        </message>
        <message>
            <source>Send &amp;with:</source>
            <translation>Enviar com (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;JSON body:</source>
            <translation>Corpo &amp;JSON:</translation>
        </message>
        <message>
            <source>Extra h&amp;eaders:</source>
            <translation>Cabeçalhos &amp;extras:</translation>
        </message>
        <message>
            <source>Send the call (Ctrl+Enter)</source>
            <translation>Enviar a chamada (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>Copiar como curl</translation>
        </message>
        <message>
            <source>with the token in full</source>
            <translation>com o token completo</translation>
        </message>
        <message>
            <source>Save response…</source>
            <translation>Salvar resposta…</translation>
        </message>
        <message>
            <source>App-only Bearer token (optional)</source>
            <translation>Bearer token só do app (opcional)</translation>
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
            <translation>Obter token só do app</translation>
        </message>
        <message>
            <source>Invalidate</source>
            <translation>Invalidar</translation>
        </message>
        <message>
            <source>User token: acts as you (post, DMs, your data). App-only: public data only, for your app.</source>
            <translation>Token de usuário: age como você (postar, DMs, seus dados). Só do app: apenas dados públicos, para o seu app.</translation>
        </message>
        <message>
            <source> · token refreshed first</source>
            <translation> · token renovado antes</translation>
        </message>
        <message>
            <source>
… (cut here; Save response… keeps it all)</source>
            <translation>
… (cortado aqui; "Salvar resposta…" guarda tudo)</translation>
        </message>
        <message>
            <source>Save response</source>
            <translation>Salvar resposta</translation>
        </message>
        <message>
            <source>The JSON body is nested too deeply to check.</source>
            <translation>O corpo JSON está aninhado demais para ser verificado.</translation>
        </message>
        <message>
            <source>The JSON body is not valid JSON (line {line}, column {column}).</source>
            <translation>O corpo JSON não é um JSON válido (linha {line}, coluna {column}).</translation>
        </message>
        <message>
            <source>&amp;Upload media…</source>
            <translation>Enviar mí&amp;dia…</translation>
        </message>
        <message>
            <source>Upload an image or a video for your next post</source>
            <translation>Enviar uma imagem ou um vídeo para o seu próximo post</translation>
        </message>
        <message>
            <source>Upload progress</source>
            <translation>Progresso do envio</translation>
        </message>
        <message>
            <source>Cancel upload</source>
            <translation>Cancelar envio</translation>
        </message>
        <message>
            <source>Upload media</source>
            <translation>Enviar mídia</translation>
        </message>
        <message>
            <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</source>
            <translation>Imagens e vídeos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</translation>
        </message>
        <message>
            <source>Uploading media needs {scope}, which this token was not granted.</source>
            <translation>Enviar mídia precisa de {scope}, que não foi concedido a este token.</translation>
        </message>
        <message>
            <source>Uploaded: media id {id}. It is in the body of your next post.</source>
            <translation>Enviado: id de mídia {id}. Ele está no corpo do seu próximo post.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleQuery</name>
        <message>
            <source>comma-separated: {values}</source>
            <translation>separados por vírgula: {values}</translation>
        </message>
        <message>
            <source>for example {example}</source>
            <translation>por exemplo {example}</translation>
        </message>
        <message>
            <source>Query parameters</source>
            <translation>Parâmetros de consulta</translation>
        </message>
        <message>
            <source> (required)</source>
            <translation> (obrigatório)</translation>
        </message>
    </context>
    <context>
        <name>ConsoleStream</name>
        <message>
            <source>{kb} KB received.</source>
            <translation>{kb} KB recebidos.</translation>
        </message>
        <message>
            <source>The stream stopped itself after {s} seconds, its time limit here.</source>
            <translation>O stream parou sozinho após {s} segundos, seu limite de tempo aqui.</translation>
        </message>
        <message>
            <source>The stream stopped itself after {mb} MB, its size limit here.</source>
            <translation>O stream parou sozinho após {mb} MB, seu limite de tamanho aqui.</translation>
        </message>
        <message>
            <source>Stream stopped.</source>
            <translation>Stream parado.</translation>
        </message>
        <message>
            <source>The server ended the stream.</source>
            <translation>O servidor encerrou o stream.</translation>
        </message>
        <message>
            <source>The connection broke; send the call again to reconnect.</source>
            <translation>A conexão caiu; envie a chamada de novo para reconectar.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>The settings changed. Press Authorize when they are ready.</source>
            <translation>As configurações mudaram. Clique em Autorizar quando estiverem prontas.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>Algo inesperado deu errado.</translation>
        </message>
        <message>
            <source>Try again; if it repeats, copy the request log into a bug report.</source>
            <translation>Tente novamente; se repetir, copie o registro de requisições em um relatório de bug.</translation>
        </message>
        <message>
            <source>Send it to this server</source>
            <translation>Enviar para este servidor</translation>
        </message>
        <message>
            <source>Use another port</source>
            <translation>Usar outra porta</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Entrar novamente</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>Restaurar essas configurações</translation>
        </message>
    </context>
    <context>
        <name>Diagnose</name>
        <message>
            <source>Window system</source>
            <translation>Sistema de janelas</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>Chaveiro</translation>
        </message>
        <message>
            <source>TLS trust store</source>
            <translation>Repositório de confiança TLS</translation>
        </message>
        <message>
            <source>Callback port</source>
            <translation>Porta de callback</translation>
        </message>
        <message>
            <source>Sandbox login</source>
            <translation>Login no sandbox</translation>
        </message>
        <message>
            <source>could not start the check ({error}).</source>
            <translation>não foi possível iniciar a verificação ({error}).</translation>
        </message>
        <message>
            <source>no display here (DISPLAY is not set), so the window can't open in this session. Run the app from your desktop; QT_QPA_PLATFORM=offscreen checks the rest.</source>
            <translation>não há tela aqui (DISPLAY não está definido), então a janela não pode abrir nesta sessão. Execute o app pela sua área de trabalho; QT_QPA_PLATFORM=offscreen verifica o resto.</translation>
        </message>
        <message>
            <source>Qt could not open a window here. {hint}</source>
            <translation>O Qt não conseguiu abrir uma janela aqui. {hint}</translation>
        </message>
        <message>
            <source>Is a display available?</source>
            <translation>Há uma tela disponível?</translation>
        </message>
        <message>
            <source>Qt platform '{platform}' loaded, but no font has Latin letters.</source>
            <translation>Plataforma Qt "{platform}" carregada, mas nenhuma fonte tem letras latinas.</translation>
        </message>
        <message>
            <source>Qt {qt} platform '{platform}', font '{font}' renders text.</source>
            <translation>Qt {qt}, plataforma "{platform}", a fonte "{font}" exibe texto.</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work.</source>
            <translation>{store}: gravar, ler e excluir funcionam.</translation>
        </message>
        <message>
            <source>{store}: write, read and delete work (a plain-text backend: secrets are not protected).</source>
            <translation>{store}: gravar, ler e excluir funcionam (um armazenamento em texto simples: os segredos não estão protegidos).</translation>
        </message>
        <message>
            <source>{store}: a test entry did not read back correctly.</source>
            <translation>{store}: uma entrada de teste não foi lida de volta corretamente.</translation>
        </message>
        <message>
            <source>{problem} The app keeps tokens in memory for the session.</source>
            <translation>{problem} O app mantém os tokens na memória durante a sessão.</translation>
        </message>
        <message>
            <source>the keyring did not answer in time (an unlock prompt may be waiting).</source>
            <translation>o chaveiro não respondeu a tempo (talvez um pedido de desbloqueio esteja esperando).</translation>
        </message>
        <message>
            <source>the certificate bundle could not be loaded ({error}).</source>
            <translation>não foi possível carregar o pacote de certificados ({error}).</translation>
        </message>
        <message numerus="yes">
            <source>only %n certificate authorities loaded.</source>
            <translation>
                <numerusform>só %n autoridade certificadora carregada.</numerusform>
                <numerusform>só %n autoridades certificadoras carregadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate authorities loaded (HTTPS to X can be verified).</source>
            <translation>
                <numerusform>%n autoridade certificadora carregada (o HTTPS para o X pode ser verificado).</numerusform>
                <numerusform>%n autoridades certificadoras carregadas (o HTTPS para o X pode ser verificado).</numerusform>
            </translation>
        </message>
        <message>
            <source>{uri} is not a loopback http address; use the paste box to log in.</source>
            <translation>{uri} não é um endereço http de loopback; use a caixa de colar para entrar.</translation>
        </message>
        <message>
            <source>{uri} can be opened for the browser's answer.</source>
            <translation>{uri} pode ser aberto para a resposta do navegador.</translation>
        </message>
        <message>
            <source>stopped at {where} after {steps}. {banner}</source>
            <translation>parou em {where} depois de {steps}. {banner}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>authorize, callback, exchange, refresh, who am I and revoke all work.</source>
            <translation>autorizar, callback, troca, renovação, quem sou eu e revogação funcionam.</translation>
        </message>
        <message>
            <source>the login</source>
            <translation>o login</translation>
        </message>
        <message>
            <source>login</source>
            <translation>login</translation>
        </message>
        <message>
            <source>the refresh</source>
            <translation>a renovação</translation>
        </message>
        <message>
            <source>the old refresh token still works after a refresh</source>
            <translation>o token de atualização antigo ainda funciona depois da renovação</translation>
        </message>
        <message>
            <source>refresh</source>
            <translation>renovação</translation>
        </message>
        <message>
            <source>who am I</source>
            <translation>quem sou eu</translation>
        </message>
        <message>
            <source>who am I did not name the account</source>
            <translation>quem sou eu não informou a conta</translation>
        </message>
        <message>
            <source>the revoke</source>
            <translation>a revogação</translation>
        </message>
        <message>
            <source>the access token still works after revoking</source>
            <translation>o token de acesso ainda funciona depois da revogação</translation>
        </message>
        <message>
            <source>revoke</source>
            <translation>revogação</translation>
        </message>
        <message>
            <source>{where}, frozen</source>
            <translation>{where}, empacotado</translation>
        </message>
        <message>
            <source>{app} {version} diagnostics ({where})</source>
            <translation>Diagnóstico do {app} {version} ({where})</translation>
        </message>
        <message>
            <source>All needed checks passed.</source>
            <translation>Todas as verificações necessárias passaram.</translation>
        </message>
        <message>
            <source>Some checks failed: see the lines marked ✕.</source>
            <translation>Algumas verificações falharam: veja as linhas marcadas com ✕.</translation>
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
            <translation>Executando o diagnóstico (cerca de 10 segundos)…</translation>
        </message>
        <message>
            <source>Diagnostics finished: all needed checks passed.</source>
            <translation>Diagnóstico concluído: todas as verificações necessárias passaram.</translation>
        </message>
        <message>
            <source>Diagnostics finished: some checks failed.</source>
            <translation>Diagnóstico concluído: algumas verificações falharam.</translation>
        </message>
        <message>
            <source>xauth-gui diagnostics</source>
            <translation>Diagnóstico do xauth-gui</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copiar relatório</translation>
        </message>
    </context>
    <context>
        <name>Discovery</name>
        <message>
            <source>Nothing was changed. Check the address, or fill in the endpoints.</source>
            <translation>Nada foi alterado. Verifique o endereço ou preencha os endpoints manualmente.</translation>
        </message>
        <message>
            <source>issuer address</source>
            <translation>endereço do emissor</translation>
        </message>
        <message>
            <source>An issuer address has no ? or # part.</source>
            <translation>Um endereço de emissor não tem parte ? nem #.</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” list.</source>
            <translation>Os metadados do servidor têm uma lista “{name}” danificada.</translation>
        </message>
        <message>
            <source>The server's metadata does not name its “{name}”.</source>
            <translation>Os metadados do servidor não informam seu “{name}”.</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document (not JSON).</source>
            <translation>A resposta do servidor não é um documento de metadados (não é JSON).</translation>
        </message>
        <message>
            <source>The server's answer is not a metadata document.</source>
            <translation>A resposta do servidor não é um documento de metadados.</translation>
        </message>
        <message>
            <source>The metadata says it is for “{named}”, not for “{issuer}”, so it was not used.</source>
            <translation>Os metadados dizem ser de “{named}”, não de “{issuer}”, por isso não foram usados.</translation>
        </message>
        <message>
            <source>Type the issuer exactly as the server's documentation gives it.</source>
            <translation>Digite o emissor exatamente como a documentação do servidor o informa.</translation>
        </message>
        <message>
            <source>The server's metadata has a damaged “{name}” value.</source>
            <translation>Os metadados do servidor têm um valor “{name}” danificado.</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>URL de autorização</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>URL do token</translation>
        </message>
        <message>
            <source>revoke URL</source>
            <translation>URL de revogação</translation>
        </message>
        <message>
            <source>It names no {what}; the built-in {ours} is kept.</source>
            <translation>Eles não informam nenhuma {what}; a {ours} embutida é mantida.</translation>
        </message>
        <message>
            <source>Its {what} is {theirs}; the built-in {ours} is kept.</source>
            <translation>A {what} deles é {theirs}; a {ours} embutida é mantida.</translation>
        </message>
        <message>
            <source>Issuer or metadata address</source>
            <translation>Endereço do emissor ou dos metadados</translation>
        </message>
        <message>
            <source>https://login.example.com</source>
            <translation>https://login.example.com</translation>
        </message>
        <message>
            <source>Fill in reads the server's published settings and fills the endpoints below.</source>
            <translation>Preencher lê as configurações publicadas pelo servidor e preenche os endpoints abaixo.</translation>
        </message>
        <message>
            <source>Fill in</source>
            <translation>Preencher</translation>
        </message>
        <message>
            <source>Fill in from the server's metadata</source>
            <translation>Preencher com os metadados do servidor</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Emissor:</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Compare with X's metadata</source>
            <translation>Comparar com os metadados do X</translation>
        </message>
        <message>
            <source>Reading the server's metadata…</source>
            <translation>Lendo os metadados do servidor…</translation>
        </message>
        <message>
            <source>They agree.</source>
            <translation>Eles concordam.</translation>
        </message>
        <message>
            <source>X's metadata, compared:</source>
            <translation>Metadados do X, comparados:</translation>
        </message>
        <message>
            <source>The endpoints were not filled in:</source>
            <translation>Os endpoints não foram preenchidos:</translation>
        </message>
        <message>
            <source>Filled in from the metadata of {issuer}.</source>
            <translation>Preenchido com os metadados de {issuer}.</translation>
        </message>
        <message>
            <source>A Client Secret goes in the request body, the only way it offers.</source>
            <translation>O Client Secret vai no corpo da requisição, a única forma que ele oferece.</translation>
        </message>
        <message>
            <source>Every answer from the browser must name this server.</source>
            <translation>Toda resposta do navegador deve nomear este servidor.</translation>
        </message>
        <message>
            <source>It offers only plain PKCE; S256 is kept, so it may refuse the login.</source>
            <translation>Ele oferece apenas PKCE plain; S256 foi mantido, então ele pode recusar o login.</translation>
        </message>
        <message>
            <source>Only plain PKCE</source>
            <translation>Apenas PKCE plain</translation>
        </message>
        <message>
            <source>This server offers only plain PKCE, which sends the login's secret check value in the clear. Use plain for this server?</source>
            <translation>Este servidor oferece apenas PKCE plain, que envia sem criptografia o valor secreto de verificação do login. Usar plain com este servidor?</translation>
        </message>
    </context>
    <context>
        <name>ErrorMapping</name>
        <message>
            <source>The server refused the request (HTTP {status}) with an answer that is not JSON.</source>
            <translation>O servidor recusou a requisição (HTTP {status}) com uma resposta que não é JSON.</translation>
        </message>
        <message>
            <source>Try again after {time}.</source>
            <translation>Tente novamente depois das {time}.</translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) and try again; nothing was lost.</source>
            <translation>
                <numerusform>Aguarde %n segundo e tente novamente; nada foi perdido.</numerusform>
                <numerusform>Aguarde %n segundos e tente novamente; nada foi perdido.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused to issue tokens for this login.</source>
            <translation>O servidor se recusou a emitir tokens para este login.</translation>
        </message>
        <message>
            <source>The server refused to refresh the token.</source>
            <translation>O servidor se recusou a renovar o token.</translation>
        </message>
        <message>
            <source>The server refused to revoke the token.</source>
            <translation>O servidor se recusou a revogar o token.</translation>
        </message>
        <message>
            <source>The server refused the who-am-I request.</source>
            <translation>O servidor recusou a requisição de quem sou eu.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Algo deu errado.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Tente novamente.</translation>
        </message>
        <message>
            <source>{message}: “{reason}”.</source>
            <translation>{message}: "{reason}".</translation>
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
            <translation>As configurações não estão completas.</translation>
        </message>
        <message>
            <source>Check the highlighted field.</source>
            <translation>Confira o campo destacado.</translation>
        </message>
        <message>
            <source>The answer from the browser could not be used.</source>
            <translation>Não foi possível usar a resposta do navegador.</translation>
        </message>
        <message>
            <source>Start the login again.</source>
            <translation>Comece o login novamente.</translation>
        </message>
        <message>
            <source>That address is not this app's callback address.</source>
            <translation>Esse endereço não é o endereço de callback deste app.</translation>
        </message>
        <message>
            <source>Paste the full address the browser showed after you approved, starting with the callback URI.</source>
            <translation>Cole o endereço completo que o navegador mostrou depois que você aprovou, começando pela Callback URI.</translation>
        </message>
        <message>
            <source>The answer from the browser is damaged (a value appears twice or is badly encoded).</source>
            <translation>A resposta do navegador está danificada (um valor aparece duas vezes ou está mal codificado).</translation>
        </message>
        <message>
            <source>Start the login again; if you pasted it, copy the whole address once more.</source>
            <translation>Comece o login novamente; se você colou, copie o endereço inteiro mais uma vez.</translation>
        </message>
        <message>
            <source>That is not the address the browser shows after you approve.</source>
            <translation>Esse não é o endereço que o navegador mostra depois que você aprova.</translation>
        </message>
        <message>
            <source>Copy the whole address from the browser's address bar (it starts with http) and paste it again.</source>
            <translation>Copie o endereço inteiro da barra de endereços do navegador (ele começa com http) e cole novamente.</translation>
        </message>
        <message>
            <source>The answer from the browser does not belong to this login (its state does not match).</source>
            <translation>A resposta do navegador não pertence a este login (o state não confere).</translation>
        </message>
        <message>
            <source>It was ignored. Finish the login in the browser tab this app opened, or start again.</source>
            <translation>Ela foi ignorada. Conclua o login na aba que este app abriu, ou comece de novo.</translation>
        </message>
        <message>
            <source>The browser came back without an authorization code.</source>
            <translation>O navegador voltou sem código de autorização.</translation>
        </message>
        <message>
            <source>Start the login again and press Authorize on X's page.</source>
            <translation>Comece o login novamente e clique em "Authorize app" na página do X.</translation>
        </message>
        <message>
            <source>Start the login again and approve the request on the server's page.</source>
            <translation>Comece o login novamente e aprove a solicitação na página do servidor.</translation>
        </message>
        <message>
            <source>The answer came from a different server than the one this login was sent to.</source>
            <translation>A resposta veio de um servidor diferente daquele para o qual este login foi enviado.</translation>
        </message>
        <message>
            <source>Start the login again. If it happens again, check the server's settings with its administrator.</source>
            <translation>Comece o login de novo. Se acontecer de novo, peça ao administrador do servidor para verificar as configurações.</translation>
        </message>
        <message>
            <source>You declined the request in the browser, so no token was issued.</source>
            <translation>Você recusou a solicitação no navegador, então nenhum token foi emitido.</translation>
        </message>
        <message>
            <source>Press Authorize again and choose Authorize app on X's page if you want a token.</source>
            <translation>Clique em Autorizar de novo e escolha "Authorize app" na página do X se quiser um token.</translation>
        </message>
        <message>
            <source>Press Authorize again and approve the request on the server's page if you want a token.</source>
            <translation>Clique em Autorizar de novo e aprove a solicitação na página do servidor se quiser um token.</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions (invalid_scope).</source>
            <translation>O X recusou uma das permissões solicitadas (invalid_scope).</translation>
        </message>
        <message>
            <source>Untick permissions marked special access, or pick a preset, then try again.</source>
            <translation>Desmarque as permissões marcadas como acesso especial, ou escolha uma predefinição, e tente novamente.</translation>
        </message>
        <message>
            <source>The server refused one of the requested permissions (invalid_scope).</source>
            <translation>O servidor recusou uma das permissões solicitadas (invalid_scope).</translation>
        </message>
        <message>
            <source>Untick the permissions that server does not offer, then try again.</source>
            <translation>Desmarque as permissões que esse servidor não oferece e tente novamente.</translation>
        </message>
        <message>
            <source>X did not authorize the app.</source>
            <translation>O X não autorizou o app.</translation>
        </message>
        <message>
            <source>Check the Client ID and that the callback URI is registered in the X developer console.</source>
            <translation>Confira o Client ID e se a Callback URI está registrada no console do desenvolvedor do X.</translation>
        </message>
        <message>
            <source>The server did not authorize the app.</source>
            <translation>O servidor não autorizou o app.</translation>
        </message>
        <message>
            <source>Check the Client ID and the callback URI registered on that server, then try again.</source>
            <translation>Confira o Client ID e a Callback URI registrada nesse servidor, e tente novamente.</translation>
        </message>
        <message>
            <source>The app could not wait for the browser's answer.</source>
            <translation>O app não conseguiu esperar a resposta do navegador.</translation>
        </message>
        <message>
            <source>Use the paste box below instead.</source>
            <translation>Use a caixa de colar abaixo.</translation>
        </message>
        <message>
            <source>another program ({name})</source>
            <translation>outro programa ({name})</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>outro programa</translation>
        </message>
        <message>
            <source>Port {port} on this computer is already used by {program}, so the login can't start.</source>
            <translation>A porta {port} deste computador já está em uso por {program}, então o login não pode começar.</translation>
        </message>
        <message>
            <source>Close the other program, or register another callback URI (another port) in the X developer console and enter it here.</source>
            <translation>Feche o outro programa, ou registre outra Callback URI (outra porta) no console do desenvolvedor do X e digite-a aqui.</translation>
        </message>
        <message>
            <source>Close the other program, or press Use another port.</source>
            <translation>Feche o outro programa ou clique em Usar outra porta.</translation>
        </message>
        <message>
            <source>This callback URI can't be caught by the app (it is not http:// on 127.0.0.1, [::1] or localhost).</source>
            <translation>O app não consegue receber esta Callback URI (ela não é http:// em 127.0.0.1, [::1] ou localhost).</translation>
        </message>
        <message>
            <source>After approving, paste the address the browser shows into the paste box.</source>
            <translation>Depois de aprovar, cole na caixa de colar o endereço que o navegador mostra.</translation>
        </message>
        <message>
            <source>No answer came back from the browser in time.</source>
            <translation>Nenhuma resposta do navegador chegou a tempo.</translation>
        </message>
        <message>
            <source>If X showed "Something went wrong", check the Client ID and that this exact callback URI is registered under User authentication settings. Then press Authorize again.</source>
            <translation>Se o X mostrou "Something went wrong", confira o Client ID e se esta Callback URI exata está registrada em User authentication settings. Depois clique em Autorizar de novo.</translation>
        </message>
        <message>
            <source>If the server showed an error page, check the Client ID and that this exact callback URI is registered there. Then press Authorize again.</source>
            <translation>Se o servidor mostrou uma página de erro, confira o Client ID e se esta Callback URI exata está registrada lá. Depois clique em Autorizar de novo.</translation>
        </message>
        <message>
            <source>The login was cancelled.</source>
            <translation>O login foi cancelado.</translation>
        </message>
        <message>
            <source>Press Authorize to start again.</source>
            <translation>Clique em Autorizar para começar de novo.</translation>
        </message>
        <message>
            <source>The secure storage (keychain) failed.</source>
            <translation>O armazenamento seguro (chaveiro) falhou.</translation>
        </message>
        <message>
            <source>Your tokens are kept in memory for this run; they still work until you close the app.</source>
            <translation>Seus tokens ficam na memória nesta sessão; eles funcionam até você fechar o app.</translation>
        </message>
        <message>
            <source>No secure storage (keychain) is available on this computer.</source>
            <translation>Não há armazenamento seguro (chaveiro) disponível neste computador.</translation>
        </message>
        <message>
            <source>Tokens are kept in memory only for this run. You can opt in to a private file instead.</source>
            <translation>Os tokens ficam só na memória nesta sessão. Você pode optar por um arquivo privado.</translation>
        </message>
        <message>
            <source>The keychain is locked (or the unlock prompt was dismissed).</source>
            <translation>O chaveiro está bloqueado (ou o pedido de desbloqueio foi fechado).</translation>
        </message>
        <message>
            <source>Unlock it and press Retry, or keep the tokens in memory for this run.</source>
            <translation>Desbloqueie-o e clique em Tentar novamente, ou mantenha os tokens na memória nesta sessão.</translation>
        </message>
        <message>
            <source>The keychain did not answer in time (an unlock prompt may be waiting).</source>
            <translation>O chaveiro não respondeu a tempo (talvez um pedido de desbloqueio esteja esperando).</translation>
        </message>
        <message>
            <source>Answer the prompt and press Retry, or keep the tokens in memory for this run.</source>
            <translation>Responda ao pedido e clique em Tentar novamente, ou mantenha os tokens na memória nesta sessão.</translation>
        </message>
        <message>
            <source>This secret is too long for Windows Credential Manager (over 1,280 characters).</source>
            <translation>Este segredo é longo demais para o Gerenciador de Credenciais do Windows (mais de 1.280 caracteres).</translation>
        </message>
        <message>
            <source>It is kept in memory for this run only.</source>
            <translation>Ele fica na memória só nesta sessão.</translation>
        </message>
        <message>
            <source>Another xauth-gui is refreshing this token and did not finish in time.</source>
            <translation>Outro xauth-gui está renovando este token e não terminou a tempo.</translation>
        </message>
        <message>
            <source>refreshing</source>
            <translation>a renovação</translation>
        </message>
        <message>
            <source>revoking</source>
            <translation>a revogação</translation>
        </message>
        <message>
            <source>checking who you are</source>
            <translation>a verificação de quem você é</translation>
        </message>
        <message>
            <source>Not sent: {action} would send these tokens to a different server or Client ID than the one that issued them ({issued_by}).</source>
            <translation>Não enviado: {action} enviaria estes tokens para um servidor ou Client ID diferente daquele que os emitiu ({issued_by}).</translation>
        </message>
        <message>
            <source>Press Sign in again to get tokens for the current settings, or Restore those settings.</source>
            <translation>Clique em Entrar novamente para obter tokens para as configurações atuais, ou em Restaurar essas configurações.</translation>
        </message>
        <message>
            <source>The Client Secret was entered for {entered_for}, so it is not sent to {now}.</source>
            <translation>O Client Secret foi digitado para {entered_for}, então não é enviado para {now}.</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>outro servidor</translation>
        </message>
        <message>
            <source>Enter the Client Secret again, or press Send it to this server if that server should have it.</source>
            <translation>Digite o Client Secret novamente, ou clique em Enviar para este servidor se esse servidor deve recebê-lo.</translation>
        </message>
        <message>
            <source>The server refused the request.</source>
            <translation>O servidor recusou a requisição.</translation>
        </message>
        <message>
            <source>Check the settings and try again.</source>
            <translation>Confira as configurações e tente novamente.</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used (X's codes live 30 seconds).</source>
            <translation>O código de autorização expirou ou já foi usado (os códigos do X duram 30 segundos).</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>Clique em Autorizar para entrar novamente.</translation>
        </message>
        <message>
            <source>The authorization code expired or was already used.</source>
            <translation>O código de autorização expirou ou já foi usado.</translation>
        </message>
        <message>
            <source>X could not match this login's PKCE verifier.</source>
            <translation>O X não conseguiu conferir o verificador PKCE deste login.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a fresh login makes a fresh verifier).</source>
            <translation>Clique em Autorizar para entrar novamente (um login novo cria um verificador novo).</translation>
        </message>
        <message>
            <source>The server could not match this login's PKCE verifier.</source>
            <translation>O servidor não conseguiu conferir o verificador PKCE deste login.</translation>
        </message>
        <message>
            <source>The callback URI sent to X changed during the login.</source>
            <translation>A Callback URI enviada ao X mudou durante o login.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again without editing the callback URI meanwhile.</source>
            <translation>Clique em Autorizar para entrar novamente sem editar a Callback URI nesse meio-tempo.</translation>
        </message>
        <message>
            <source>The callback URI sent to the server changed during the login.</source>
            <translation>A Callback URI enviada ao servidor mudou durante o login.</translation>
        </message>
        <message>
            <source>X did not accept the client credentials.</source>
            <translation>O X não aceitou as credenciais do cliente.</translation>
        </message>
        <message>
            <source>If your X app is a Web App or Automated App or Bot, choose Confidential and paste its Client Secret; otherwise choose Public, or set the app type to Native App in the developer console.</source>
            <translation>Se o seu app do X for um Web App ou Automated App or Bot, escolha Confidential e cole o Client Secret dele; caso contrário, escolha Public, ou defina o tipo de app como Native App no console do desenvolvedor.</translation>
        </message>
        <message>
            <source>The server did not accept the client credentials.</source>
            <translation>O servidor não aceitou as credenciais do cliente.</translation>
        </message>
        <message>
            <source>Check the client type (public or confidential) and the Client Secret registered on that server.</source>
            <translation>Confira o tipo de cliente (public ou confidential) e o Client Secret registrado nesse servidor.</translation>
        </message>
        <message>
            <source>X says the Client ID is missing.</source>
            <translation>O X diz que o Client ID está faltando.</translation>
        </message>
        <message>
            <source>Enter the OAuth 2.0 Client ID from Keys and tokens in the X developer console.</source>
            <translation>Digite o OAuth 2.0 Client ID de Keys and tokens no console do desenvolvedor do X.</translation>
        </message>
        <message>
            <source>The server says the Client ID is missing.</source>
            <translation>O servidor diz que o Client ID está faltando.</translation>
        </message>
        <message>
            <source>Enter the Client ID that server gave your app.</source>
            <translation>Digite o Client ID que esse servidor deu ao seu app.</translation>
        </message>
        <message>
            <source>The token endpoint refused the grant type.</source>
            <translation>O endpoint do token recusou o tipo de concessão.</translation>
        </message>
        <message>
            <source>Check the token URL: X's is https://api.x.com/2/oauth2/token (with /2/).</source>
            <translation>Confira a URL do token: a do X é https://api.x.com/2/oauth2/token (com /2/).</translation>
        </message>
        <message>
            <source>Check the token URL.</source>
            <translation>Confira a URL do token.</translation>
        </message>
        <message>
            <source>The refresh token is no longer valid (already used, revoked, or replaced by a newer login).</source>
            <translation>O token de atualização não é mais válido (já usado, revogado ou substituído por um login mais recente).</translation>
        </message>
        <message>
            <source>The access token was refused (expired or revoked).</source>
            <translation>O token de acesso foi recusado (expirou ou foi revogado).</translation>
        </message>
        <message>
            <source>Press Refresh, or Authorize to sign in again.</source>
            <translation>Clique em Renovar, ou em Autorizar para entrar novamente.</translation>
        </message>
        <message>
            <source>The token is not allowed to read your profile.</source>
            <translation>O token não tem permissão para ler seu perfil.</translation>
        </message>
        <message>
            <source>Tick tweet.read and users.read (the Who am I preset) and sign in again.</source>
            <translation>Marque tweet.read e users.read (a predefinição Quem sou eu) e entre novamente.</translation>
        </message>
        <message>
            <source>Your X app is not allowed to call the API yet (client-forbidden / client-not-enrolled).</source>
            <translation>Seu app do X ainda não pode chamar a API (client-forbidden / client-not-enrolled).</translation>
        </message>
        <message>
            <source>In the X developer console, attach the app to a project with an active usage package.</source>
            <translation>No console do desenvolvedor do X, vincule o app a um projeto com um pacote de uso ativo.</translation>
        </message>
        <message>
            <source>Too many requests: the server asked to slow down.</source>
            <translation>Requisições demais: o servidor pediu para ir mais devagar.</translation>
        </message>
        <message>
            <source>Wait a few minutes, then try again.</source>
            <translation>Aguarde alguns minutos e tente novamente.</translation>
        </message>
        <message>
            <source>The server can't revoke this kind of token.</source>
            <translation>O servidor não consegue revogar este tipo de token.</translation>
        </message>
        <message>
            <source>Remove the token locally; it expires on its own.</source>
            <translation>Remova o token localmente; ele expira sozinho.</translation>
        </message>
        <message>
            <source>The server had a problem answering.</source>
            <translation>O servidor teve um problema ao responder.</translation>
        </message>
        <message>
            <source>Wait a moment and try again; nothing was lost.</source>
            <translation>Aguarde um momento e tente novamente; nada foi perdido.</translation>
        </message>
        <message>
            <source>The server answered with a redirect, which the app does not follow for security.</source>
            <translation>O servidor respondeu com um redirecionamento, que o app não segue por segurança.</translation>
        </message>
        <message>
            <source>Check the endpoint URLs (X's token URL is https://api.x.com/2/oauth2/token).</source>
            <translation>Confira as URLs dos endpoints (a URL do token do X é https://api.x.com/2/oauth2/token).</translation>
        </message>
        <message>
            <source>Check the endpoint URLs; the server may have moved.</source>
            <translation>Confira as URLs dos endpoints; o servidor pode ter mudado de endereço.</translation>
        </message>
        <message>
            <source>The server's answer could not be understood.</source>
            <translation>Não foi possível entender a resposta do servidor.</translation>
        </message>
        <message>
            <source>Check the endpoint URLs, then try again.</source>
            <translation>Confira as URLs dos endpoints e tente novamente.</translation>
        </message>
        <message>
            <source>The server could not be reached.</source>
            <translation>Não foi possível acessar o servidor.</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>Confira sua conexão com a internet e tente novamente.</translation>
        </message>
        <message>
            <source>The server could not be reached (connection failed or name not found).</source>
            <translation>Não foi possível acessar o servidor (a conexão falhou ou o nome não foi encontrado).</translation>
        </message>
        <message>
            <source>Check your internet connection and the endpoint URLs, then try again.</source>
            <translation>Confira sua conexão com a internet e as URLs dos endpoints, e tente novamente.</translation>
        </message>
        <message>
            <source>The proxy server could not be reached.</source>
            <translation>Não foi possível acessar o servidor proxy.</translation>
        </message>
        <message>
            <source>Check the HTTPS_PROXY / HTTP_PROXY settings, then try again.</source>
            <translation>Confira as configurações HTTPS_PROXY / HTTP_PROXY e tente novamente.</translation>
        </message>
        <message>
            <source>The secure connection could not be verified (TLS certificate problem).</source>
            <translation>Não foi possível verificar a conexão segura (problema no certificado TLS).</translation>
        </message>
        <message>
            <source>A proxy or security program may be intercepting traffic. Set REQUESTS_CA_BUNDLE to its certificate, or try another network.</source>
            <translation>Um proxy ou programa de segurança pode estar interceptando o tráfego. Defina REQUESTS_CA_BUNDLE com o certificado dele, ou tente outra rede.</translation>
        </message>
        <message>
            <source>The server took too long to answer.</source>
            <translation>O servidor demorou demais para responder.</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Tente novamente daqui a pouco.</translation>
        </message>
        <message>
            <source>The connection broke while exchanging the code, so it is unknown whether X issued tokens.</source>
            <translation>A conexão caiu durante a troca do código, então não se sabe se o X emitiu tokens.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again (a code can be used only once).</source>
            <translation>Clique em Autorizar para entrar novamente (um código só pode ser usado uma vez).</translation>
        </message>
        <message>
            <source>This token contains characters a bearer token can't have, so it was not copied.</source>
            <translation>Este token contém caracteres que um bearer token não pode ter, então não foi copiado.</translation>
        </message>
        <message>
            <source>Sign in again to get a new token.</source>
            <translation>Entre novamente para obter um token novo.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Copy as Authorization header</source>
            <translation>Copiar como cabeçalho Authorization</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Cabeçalho</translation>
        </message>
        <message>
            <source>Authorization header</source>
            <translation>cabeçalho Authorization</translation>
        </message>
        <message>
            <source>Copy as curl command (who am I)</source>
            <translation>Copiar como comando curl (quem sou eu)</translation>
        </message>
        <message>
            <source>curl command (who am I)</source>
            <translation>comando curl (quem sou eu)</translation>
        </message>
        <message>
            <source>Copy as .env lines</source>
            <translation>Copiar como linhas .env</translation>
        </message>
        <message>
            <source>.env lines</source>
            <translation>linhas .env</translation>
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
            <translation>Primeiros passos com o xauth-gui</translation>
        </message>
    </context>
    <context>
        <name>Forget</name>
        <message>
            <source>{problem} Your settings were kept; try again when the keyring is available.</source>
            <translation>{problem} Suas configurações foram mantidas; tente novamente quando o chaveiro estiver disponível.</translation>
        </message>
        <message>
            <source>Removed {count} keyring entries and the settings in {folder}.</source>
            <translation>Foram removidas {count} entradas do chaveiro e as configurações em {folder}.</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>authorization code</source>
            <translation>código de autorização</translation>
        </message>
        <message>
            <source>Client Secret</source>
            <translation>Client Secret</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>token de acesso</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>token de atualização</translation>
        </message>
        <message>
            <source>API Key and Secret</source>
            <translation>API Key e Secret</translation>
        </message>
        <message>
            <source>app-only token</source>
            <translation>token só do app</translation>
        </message>
        <message>
            <source>Not sent: the {what} belongs to {belongs}, and this address is {asked}.</source>
            <translation>Não enviado: {what} pertence a {belongs}, e este endereço é {asked}.</translation>
        </message>
        <message>
            <source>Check the address: the app sends each secret only to the server it belongs to.</source>
            <translation>Confira o endereço: o app envia cada segredo só para o servidor a que ele pertence.</translation>
        </message>
        <message>
            <source>Not sent: the address has a name or password before the server name, so it really goes to {asked}; the secret belongs to {belongs}.</source>
            <translation>Não enviado: o endereço tem um nome ou senha antes do nome do servidor, então na verdade vai para {asked}; o segredo pertence a {belongs}.</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>Remova do endereço tudo o que está entre :// e @.</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>outro servidor</translation>
        </message>
        <message>
            <source>no server</source>
            <translation>nenhum servidor</translation>
        </message>
        <message>
            <source>address</source>
            <translation>endereço</translation>
        </message>
        <message>
            <source>Not sent: a request to {url} carried a secret that was not checked first.</source>
            <translation>Não enviado: uma requisição para {url} levava um segredo que não foi verificado antes.</translation>
        </message>
        <message>
            <source>This is a bug in the app: copy the request log into a bug report.</source>
            <translation>É um erro do app: copie o registro de requisições em um relatório de erro.</translation>
        </message>
    </context>
    <context>
        <name>GetStarted</name>
        <message>
            <source>&amp;Sandbox: try it now, no account needed</source>
            <translation>&amp;Sandbox: experimente agora, sem conta</translation>
        </message>
        <message>
            <source>A pretend X built into this app. Sign in with one click and see every step; nothing leaves your computer.</source>
            <translation>Um X de mentira dentro deste app. Entre com um clique e veja cada passo; nada sai do seu computador.</translation>
        </message>
        <message>
            <source>I have an X &amp;app</source>
            <translation>Tenho um &amp;app do X</translation>
        </message>
        <message>
            <source>You have a Client ID from the X developer console. Paste it, pick permissions, sign in.</source>
            <translation>Você tem um Client ID do console do desenvolvedor do X. Cole-o, escolha as permissões e entre.</translation>
        </message>
        <message>
            <source>Help me set &amp;up an X app</source>
            <translation>Me ajude a configurar &amp;um app do X</translation>
        </message>
        <message>
            <source>Step by step through the X developer console, with the exact values to paste.</source>
            <translation>Passo a passo pelo console do desenvolvedor do X, com os valores exatos para colar.</translation>
        </message>
        <message>
            <source>Open the X developer console and sign in with your X account; create a Project and an App if you have none.</source>
            <translation>Abra o console do desenvolvedor do X e entre com sua conta do X; crie um Project e um App se não tiver.</translation>
        </message>
        <message>
            <source>In your app, open User authentication settings → Set up. App permissions: Read (or Read and write if you will post).</source>
            <translation>No seu app, abra User authentication settings → Set up. App permissions: Read (ou Read and write se você for postar).</translation>
        </message>
        <message>
            <source>Type of App: Native App (this app keeps no secret: choose Public here), or Web App, Automated App or Bot (X gives you a Client Secret: choose Confidential).</source>
            <translation>Type of App: Native App (este app não guarda segredo: escolha Public aqui), ou Web App, Automated App or Bot (o X dá um Client Secret: escolha Confidential).</translation>
        </message>
        <message>
            <source>Callback URI / Redirect URL: paste exactly</source>
            <translation>Callback URI / Redirect URL: cole exatamente</translation>
        </message>
        <message>
            <source>Website URL: X needs one; any site of yours, or for testing</source>
            <translation>Website URL: o X exige uma; qualquer site seu, ou para testes</translation>
        </message>
        <message>
            <source>Save. Then open Keys and tokens → OAuth 2.0 Client ID and Client Secret, and copy the Client ID (and the Secret, for Confidential) into this app.</source>
            <translation>Salve. Depois abra Keys and tokens → OAuth 2.0 Client ID and Client Secret e copie o Client ID (e o Secret, para Confidential) para este app.</translation>
        </message>
        <message>
            <source>Get an X API user token</source>
            <translation>Obtenha um token de usuário da API do X</translation>
        </message>
        <message>
            <source>This app signs you in to X in your browser and gives you the token a program needs to act as you. Choose how to start; you can come back here from Help → Get started.</source>
            <translation>Este app faz seu login no X pelo navegador e entrega o token que um programa precisa para agir como você. Escolha como começar; você pode voltar aqui em Ajuda → Primeiros passos.</translation>
        </message>
        <message>
            <source>Set up an X app (about five minutes)</source>
            <translation>Configure um app do X (cerca de cinco minutos)</translation>
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
            <translation>Abrir o &amp;console do desenvolvedor</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>Voltar (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next: fill in the form</source>
            <translation>Próximo: pree&amp;ncher o formulário</translation>
        </message>
    </context>
    <context>
        <name>JsonPreview</name>
        <message>
            <source>The answer is not JSON; shown as text.</source>
            <translation>A resposta não é JSON; exibida como texto.</translation>
        </message>
        <message>
            <source>The answer is {mb:.1f} MB: its start is shown, not checked as JSON.</source>
            <translation>A resposta tem {mb:.1f} MB: o início é exibido, sem verificar como JSON.</translation>
        </message>
        <message>
            <source>The answer is nested too deeply to check; shown as text.</source>
            <translation>A resposta está aninhada demais para ser verificada; exibida como texto.</translation>
        </message>
        <message>
            <source>The answer is not valid JSON; shown as text.</source>
            <translation>A resposta não é um JSON válido; exibida como texto.</translation>
        </message>
        <message>
            <source>({kind} image, {size} bytes)</source>
            <translation>(imagem {kind}, {size} bytes)</translation>
        </message>
        <message>
            <source>({kind} data, {size} bytes)</source>
            <translation>(dados {kind}, {size} bytes)</translation>
        </message>
        <message>
            <source>(binary data, {size} bytes)</source>
            <translation>(dados binários, {size} bytes)</translation>
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
            <translation>Padrão do sistema ({language})</translation>
        </message>
        <message>
            <source>This is the language already shown.</source>
            <translation>Este já é o idioma exibido.</translation>
        </message>
        <message>
            <source>{language} is used from the next start of xauth-gui.</source>
            <translation>{language} será usado a partir da próxima vez que o xauth-gui abrir.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Reiniciar agora</translation>
        </message>
    </context>
    <context>
        <name>Listener</name>
        <message>
            <source>The app could not listen on port {port} of this computer.</source>
            <translation>O app não conseguiu escutar na porta {port} deste computador.</translation>
        </message>
        <message>
            <source>Pick another callback URI (registered in the X developer console), or use the paste box.</source>
            <translation>Escolha outra Callback URI (registrada no console do desenvolvedor do X), ou use a caixa de colar.</translation>
        </message>
    </context>
    <context>
        <name>LoginFlow</name>
        <message>
            <source>An answer arrived from the browser tab of an earlier login, so it was ignored. Approve in the newest tab, or press Restart login.</source>
            <translation>Chegou uma resposta da aba de um login anterior, então ela foi ignorada. Aprove na aba mais recente, ou clique em Reiniciar login.</translation>
        </message>
        <message>
            <source>Press Authorize first; then paste the address the browser shows after approving.</source>
            <translation>Clique em Autorizar primeiro; depois cole o endereço que o navegador mostra após a aprovação.</translation>
        </message>
        <message>
            <source>{concern} X will refuse it. Authorize with it anyway?</source>
            <translation>{concern} O X vai recusá-lo. Autorizar mesmo assim?</translation>
        </message>
        <message>
            <source>Authorize anyway</source>
            <translation>Autorizar mesmo assim</translation>
        </message>
        <message>
            <source>No permissions are selected.</source>
            <translation>Nenhuma permissão selecionada.</translation>
        </message>
        <message>
            <source>Tick at least one, or pick a preset.</source>
            <translation>Marque pelo menos uma, ou escolha uma predefinição.</translation>
        </message>
        <message>
            <source>The browser could not be opened. Copy the address below, open it in your browser, approve, then come back (paste the final address below if this app does not notice).</source>
            <translation>Não foi possível abrir o navegador. Copie o endereço abaixo, abra-o no seu navegador, aprove e volte (cole o endereço final abaixo se este app não perceber).</translation>
        </message>
        <message>
            <source>Approve the request in the browser. This callback URI can't be caught by the app: after approving, copy the address the browser shows and paste it below.</source>
            <translation>Aprove a solicitação no navegador. O app não consegue receber esta Callback URI: depois de aprovar, copie o endereço que o navegador mostra e cole abaixo.</translation>
        </message>
        <message>
            <source>Waiting for you to approve the request in the browser…</source>
            <translation>Esperando você aprovar a solicitação no navegador…</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Then press Authorize.</source>
            <translation>A Callback URI agora é {uri}. Depois clique em Autorizar.</translation>
        </message>
        <message>
            <source>The callback URI is now {uri}. Add it as a Callback URI in your X app's User authentication settings first. Then press Authorize.</source>
            <translation>A Callback URI agora é {uri}. Adicione-a primeiro como Callback URI em User authentication settings do seu app do X. Depois clique em Autorizar.</translation>
        </message>
        <message>
            <source>The login failed.</source>
            <translation>O login falhou.</translation>
        </message>
        <message>
            <source>Approved. Getting your token…</source>
            <translation>Aprovado. Obtendo seu token…</translation>
        </message>
        <message>
            <source>The login did not finish:</source>
            <translation>O login não terminou:</translation>
        </message>
        <message>
            <source>X did not grant: {scopes}.</source>
            <translation>O X não concedeu: {scopes}.</translation>
        </message>
        <message>
            <source>Signed in: your token is ready.</source>
            <translation>Conectado: seu token está pronto.</translation>
        </message>
    </context>
    <context>
        <name>LoginPanel</name>
        <message>
            <source>&amp;Authorize in browser</source>
            <translation>&amp;Autorizar no navegador</translation>
        </message>
        <message>
            <source>Authorize in browser</source>
            <translation>Autorizar no navegador</translation>
        </message>
        <message>
            <source>Waiting for the browser</source>
            <translation>Esperando o navegador</translation>
        </message>
        <message>
            <source>Cancel lo&amp;gin</source>
            <translation>Cancelar lo&amp;gin</translation>
        </message>
        <message>
            <source>Cancel login</source>
            <translation>Cancelar login</translation>
        </message>
        <message>
            <source>Authorization address</source>
            <translation>Endereço de autorização</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy authorization address</source>
            <translation>Copiar o endereço de autorização</translation>
        </message>
        <message>
            <source>If no browser opened, open this address:</source>
            <translation>Se nenhum navegador abriu, abra este endereço:</translation>
        </message>
        <message>
            <source>Paste the address shown after approving</source>
            <translation>Cole o endereço mostrado após aprovar</translation>
        </message>
        <message>
            <source>…or paste the address here</source>
            <translation>…ou cole o endereço aqui</translation>
        </message>
        <message>
            <source>Use pasted address</source>
            <translation>Usar o endereço colado</translation>
        </message>
        <message>
            <source>Rest&amp;art login</source>
            <translation>Reinici&amp;ar login</translation>
        </message>
        <message>
            <source>&amp;Authorize again</source>
            <translation>&amp;Autorizar de novo</translation>
        </message>
        <message>
            <source>Getting your token…</source>
            <translation>Obtendo seu token…</translation>
        </message>
    </context>
    <context>
        <name>LoopbackHttp</name>
        <message>
            <source>en</source>
            <translation>pt-BR</translation>
        </message>
        <message>
            <source>Done: xauth-gui has your token</source>
            <translation>Pronto: o xauth-gui tem seu token</translation>
        </message>
        <message>
            <source>You can close this tab and return to xauth-gui.</source>
            <translation>Você pode fechar esta aba e voltar ao xauth-gui.</translation>
        </message>
        <message>
            <source>You declined the request</source>
            <translation>Você recusou a solicitação</translation>
        </message>
        <message>
            <source>No token was issued. You can close this tab and return to xauth-gui; press Authorize there to try again.</source>
            <translation>Nenhum token foi emitido. Você pode fechar esta aba e voltar ao xauth-gui; clique em Autorizar lá para tentar de novo.</translation>
        </message>
        <message>
            <source>This login already finished</source>
            <translation>Este login já terminou</translation>
        </message>
        <message>
            <source>xauth-gui already received an answer for it. You can close this tab.</source>
            <translation>O xauth-gui já recebeu uma resposta para ele. Você pode fechar esta aba.</translation>
        </message>
        <message>
            <source>This answer is not for the current login</source>
            <translation>Esta resposta não é do login atual</translation>
        </message>
        <message>
            <source>It does not match the login xauth-gui is waiting for, so it was ignored. Return to xauth-gui and finish or restart the login there.</source>
            <translation>Ela não corresponde ao login que o xauth-gui está esperando, então foi ignorada. Volte ao xauth-gui e conclua ou reinicie o login lá.</translation>
        </message>
        <message>
            <source>The answer was damaged</source>
            <translation>A resposta estava danificada</translation>
        </message>
        <message>
            <source>xauth-gui could not read it. Return to xauth-gui and start again.</source>
            <translation>O xauth-gui não conseguiu lê-la. Volte ao xauth-gui e comece de novo.</translation>
        </message>
        <message>
            <source>This login was cancelled</source>
            <translation>Este login foi cancelado</translation>
        </message>
        <message>
            <source>It was cancelled in xauth-gui, so this answer was not used. You can close this tab; press Authorize in xauth-gui to start again.</source>
            <translation>Ele foi cancelado no xauth-gui, então esta resposta não foi usada. Você pode fechar esta aba; clique em Autorizar no xauth-gui para começar de novo.</translation>
        </message>
        <message>
            <source>xauth-gui is waiting</source>
            <translation>O xauth-gui está esperando</translation>
        </message>
        <message>
            <source>Approve the request on X's page; this tab will then show the result.</source>
            <translation>Aprove a solicitação na página do X; esta aba mostrará o resultado em seguida.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Não encontrado</translation>
        </message>
        <message>
            <source>This is xauth-gui's login helper; there is nothing else here.</source>
            <translation>Este é o assistente de login do xauth-gui; não há mais nada aqui.</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Não permitido</translation>
        </message>
        <message>
            <source>This address is only for xauth-gui on this computer.</source>
            <translation>Este endereço é só para o xauth-gui neste computador.</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Tempo da requisição esgotado</translation>
        </message>
        <message>
            <source>Nothing arrived in time.</source>
            <translation>Nada chegou a tempo.</translation>
        </message>
        <message>
            <source>Bad request</source>
            <translation>Requisição inválida</translation>
        </message>
        <message>
            <source>xauth-gui could not read this request.</source>
            <translation>O xauth-gui não conseguiu ler esta requisição.</translation>
        </message>
        <message>
            <source>This answer is not from the expected server</source>
            <translation>Esta resposta não é do servidor esperado</translation>
        </message>
        <message>
            <source>It names another server, or none, as its sender, so xauth-gui refused it and sent nothing on. Return to xauth-gui: it names both servers.</source>
            <translation>Ela indica outro servidor, ou nenhum, como remetente, então o xauth-gui a recusou e não repassou nada. Volte ao xauth-gui: lá os dois servidores são nomeados.</translation>
        </message>
        <message>
            <source>X refused one of the requested permissions.</source>
            <translation>O X recusou uma das permissões solicitadas.</translation>
        </message>
        <message>
            <source>The answer had no authorization code.</source>
            <translation>A resposta não tinha código de autorização.</translation>
        </message>
        <message>
            <source>X reported an error instead of a token.</source>
            <translation>O X informou um erro em vez de um token.</translation>
        </message>
        <message>
            <source>The login did not complete</source>
            <translation>O login não foi concluído</translation>
        </message>
        <message>
            <source>Return to xauth-gui for details and to try again.</source>
            <translation>Volte ao xauth-gui para ver os detalhes e tentar de novo.</translation>
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
            <translation>Seu app e as permissões dele</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>Arquivo (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Sair (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>Ferramen&amp;tas</translation>
        </message>
        <message>
            <source>Clipboard clearing delay…</source>
            <translation>Tempo para limpar a área de transferência…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ajuda (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Get started…</source>
            <translation>Primeiros passos (&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;About xauth-gui</source>
            <translation>Sobre o x&amp;auth-gui</translation>
        </message>
        <message>
            <source>Clear copied tokens after how many seconds? (0: never)</source>
            <translation>Limpar os tokens copiados depois de quantos segundos? (0: nunca)</translation>
        </message>
        <message>
            <source>Clipboard</source>
            <translation>Área de transferência</translation>
        </message>
        <message>
            <source>Signs you in to X in your own browser and gives you the tokens your scripts and tools need to use the X API as you. Your secrets stay on this computer, in its keychain.</source>
            <translation>Faz seu login no X no seu próprio navegador e entrega os tokens de que seus scripts e ferramentas precisam para usar a API do X em seu nome. Seus segredos ficam neste computador, no chaveiro dele.</translation>
        </message>
        <message>
            <source>Your X apps and their keys: {link}</source>
            <translation>Seus apps do X e as chaves deles: {link}</translation>
        </message>
        <message>
            <source>About xauth-gui</source>
            <translation>Sobre o xauth-gui</translation>
        </message>
        <message>
            <source>Licences: each bundled part's own, in its Python package.</source>
            <translation>Licenças: as de cada parte incluída, no seu pacote Python.</translation>
        </message>
        <message>
            <source>the licence texts</source>
            <translation>os textos das licenças</translation>
        </message>
        <message>
            <source>It includes Qt, PySide6, Python and other free software: {link}.</source>
            <translation>Inclui Qt, PySide6, Python e outros softwares livres: {link}.</translation>
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>X takes images (JPEG, PNG, WebP, GIF) and videos (MP4, MOV, WebM); pick one.</source>
            <translation>O X aceita imagens (JPEG, PNG, WebP, GIF) e vídeos (MP4, MOV, WebM); escolha um.</translation>
        </message>
        <message>
            <source>The file is empty: pick another one.</source>
            <translation>O arquivo está vazio: escolha outro.</translation>
        </message>
        <message>
            <source>The file is larger than X takes for this kind of media ({limit} MB).</source>
            <translation>O arquivo é maior do que o X aceita para este tipo de mídia ({limit} MB).</translation>
        </message>
        <message>
            <source>There is no token yet: press Authorize to sign in first.</source>
            <translation>Ainda não há token: pressione Autorizar para entrar primeiro.</translation>
        </message>
        <message>
            <source>X's answer has no media id.</source>
            <translation>A resposta do X não tem id de mídia.</translation>
        </message>
        <message>
            <source>Finishing…</source>
            <translation>Finalizando…</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>Starting the upload…</source>
            <translation>Iniciando o envio…</translation>
        </message>
        <message>
            <source>X could not process the media: {why}</source>
            <translation>O X não conseguiu processar a mídia: {why}</translation>
        </message>
        <message>
            <source>X is still processing the media; try the status call later.</source>
            <translation>O X ainda está processando a mídia; tente a chamada de status mais tarde.</translation>
        </message>
        <message>
            <source>X is processing the media ({percent} %)…</source>
            <translation>O X está processando a mídia ({percent} %)…</translation>
        </message>
        <message>
            <source>Uploaded.</source>
            <translation>Enviado.</translation>
        </message>
        <message>
            <source>Upload cancelled: X drops the unfinished media by itself.</source>
            <translation>Envio cancelado: o X descarta sozinho a mídia inacabada.</translation>
        </message>
    </context>
    <context>
        <name>Oauth</name>
        <message>
            <source>There is no refresh token (offline.access was not granted).</source>
            <translation>Não há token de atualização (offline.access não foi concedido).</translation>
        </message>
        <message>
            <source>Press Authorize to sign in again.</source>
            <translation>Clique em Autorizar para entrar novamente.</translation>
        </message>
        <message>
            <source>The server's answer has no app-only token.</source>
            <translation>A resposta do servidor não tem token só do app.</translation>
        </message>
        <message>
            <source>{issuer} publishes no metadata (the server answered {statuses}).</source>
            <translation>{issuer} não publica metadados (o servidor respondeu {statuses}).</translation>
        </message>
        <message>
            <source>Nothing was changed. Check the issuer address, or fill in the endpoints by hand.</source>
            <translation>Nada foi alterado. Verifique o endereço do emissor ou preencha os endpoints manualmente.</translation>
        </message>
    </context>
    <context>
        <name>OtherProcesses</name>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>Outro processo do xauth-gui renovou o token: esta janela agora usa o novo.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>2. Permissions</source>
            <translation>2. Permissões</translation>
        </message>
    </context>
    <context>
        <name>PortOwner</name>
        <message>
            <source>a program</source>
            <translation>um programa</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>The server no longer accepts these tokens: press Authorize to sign in again.</source>
            <translation>O servidor não aceita mais estes tokens: clique em Autorizar para entrar novamente.</translation>
        </message>
        <message>
            <source>unknown (the server did not say)</source>
            <translation>desconhecido (o servidor não informou)</translation>
        </message>
        <message>
            <source>expired: press Refresh</source>
            <translation>expirado: clique em Renovar</translation>
        </message>
        <message>
            <source>expired: press Authorize</source>
            <translation>expirado: clique em Autorizar</translation>
        </message>
        <message>
            <source>in {left} (at {clock})</source>
            <translation>em {left} (às {clock})</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <source>Not granted: {scopes}</source>
            <translation>Não concedido: {scopes}</translation>
        </message>
        <message>
            <source>Signed in. Press Who am I? to see the account.</source>
            <translation>Conectado. Clique em Quem sou eu? para ver a conta.</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>Ainda não conectado.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>sem resposta</translation>
        </message>
        <message>
            <source>Secrets: memory only ⚠ no keychain</source>
            <translation>Segredos: só na memória ⚠ sem chaveiro</translation>
        </message>
        <message>
            <source>Secrets: {store}</source>
            <translation>Segredos: {store}</translation>
        </message>
        <message>
            <source>  ⚠ plain text</source>
            <translation>  ⚠ texto simples</translation>
        </message>
        <message numerus="yes">
            <source>  ⚠ %n removal(s) waiting for the keychain</source>
            <translation>
                <numerusform>  ⚠ %n remoção aguardando o chaveiro</numerusform>
                <numerusform>  ⚠ %n remoções aguardando o chaveiro</numerusform>
            </translation>
        </message>
        <message>
            <source>Client Secret (kept in memory for this run only)</source>
            <translation>Client Secret (na memória só nesta sessão)</translation>
        </message>
        <message>
            <source>Client Secret (kept in your keychain)</source>
            <translation>Client Secret (guardado no seu chaveiro)</translation>
        </message>
        <message>
            <source>Client Secret (saved in your private file)</source>
            <translation>Client Secret (salvo no seu arquivo privado)</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>My X app</source>
            <translation>Meu app do X</translation>
        </message>
        <message>
            <source>a saved token time was damaged, so the expiry shows as unknown</source>
            <translation>um horário de token salvo estava danificado, então a expiração aparece como desconhecida</translation>
        </message>
        <message>
            <source>the record of which server issued the tokens was damaged</source>
            <translation>o registro de qual servidor emitiu os tokens estava danificado</translation>
        </message>
        <message>
            <source>a saved profile was unreadable</source>
            <translation>um perfil salvo estava ilegível</translation>
        </message>
        <message>
            <source>the saved permissions were damaged</source>
            <translation>as permissões salvas estavam danificadas</translation>
        </message>
        <message>
            <source>the saved server endpoints were damaged</source>
            <translation>os endpoints do servidor salvos estavam danificados</translation>
        </message>
        <message>
            <source>the saved token details were damaged</source>
            <translation>os detalhes do token salvos estavam danificados</translation>
        </message>
        <message>
            <source>Sandbox (try it)</source>
            <translation>Sandbox (experimente)</translation>
        </message>
    </context>
    <context>
        <name>ProfileBar</name>
        <message>
            <source>Saved app profile</source>
            <translation>Perfil de app salvo</translation>
        </message>
        <message>
            <source>&amp;New profile</source>
            <translation>&amp;Novo perfil</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>Reno&amp;mear</translation>
        </message>
        <message>
            <source>De&amp;lete profile</source>
            <translation>Exc&amp;luir perfil</translation>
        </message>
        <message>
            <source>Pr&amp;ofile:</source>
            <translation>Perfil (&amp;O):</translation>
        </message>
        <message>
            <source>Storage…</source>
            <translation>Armazenamento…</translation>
        </message>
        <message>
            <source>Secret storage options</source>
            <translation>Opções de armazenamento de segredos</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>Tentar o chaveiro de novo</translation>
        </message>
        <message>
            <source>Save in a private file…</source>
            <translation>Salvar em um arquivo privado…</translation>
        </message>
        <message>
            <source>App {number}</source>
            <translation>App {number}</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Novo perfil</translation>
        </message>
        <message>
            <source>Name for this app profile:</source>
            <translation>Nome deste perfil de app:</translation>
        </message>
        <message>
            <source>Rename profile</source>
            <translation>Renomear perfil</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Novo nome:</translation>
        </message>
        <message>
            <source>Delete the profile “{name}” and its saved secrets from this computer?</source>
            <translation>Excluir o perfil "{name}" e seus segredos salvos deste computador?</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Excluir perfil</translation>
        </message>
        <message>
            <source>Save secrets in a plain-text file?</source>
            <translation>Salvar os segredos em um arquivo de texto simples?</translation>
        </message>
        <message>
            <source>Your client secret and tokens will be written unencrypted to
{path}

Only your user account can read the file, but anyone with access to your account or your backups can. Use the keychain when you can.</source>
            <translation>Seu Client Secret e seus tokens serão gravados sem criptografia em
{path}

Só a sua conta de usuário pode ler o arquivo, mas qualquer pessoa com acesso à sua conta ou aos seus backups pode. Use o chaveiro quando puder.</translation>
        </message>
        <message>
            <source>Keychain backend: {backend}</source>
            <translation>Backend do chaveiro: {backend}</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>The profile “{name}” and its saved secrets were deleted.</source>
            <translation>O perfil "{name}" e seus segredos salvos foram excluídos.</translation>
        </message>
        <message>
            <source>The Client Secret will be sent to {server}. Press Authorize to continue.</source>
            <translation>O Client Secret será enviado para {server}. Clique em Autorizar para continuar.</translation>
        </message>
        <message>
            <source>There are no tokens.</source>
            <translation>Não há tokens.</translation>
        </message>
        <message>
            <source>Press Authorize to sign in.</source>
            <translation>Clique em Autorizar para entrar.</translation>
        </message>
        <message>
            <source>The settings that issued these tokens are back; Refresh, Revoke and Who am I work again.</source>
            <translation>As configurações que emitiram estes tokens voltaram; Renovar, Revogar e Quem sou eu? funcionam de novo.</translation>
        </message>
        <message>
            <source>checking the keychain…</source>
            <translation>verificando o chaveiro…</translation>
        </message>
        <message>
            <source>Secrets are now saved in plain text in {path} (readable only by you).</source>
            <translation>Os segredos agora são salvos em texto simples em {path} (legível só por você).</translation>
        </message>
        <message>
            <source>the sandbox</source>
            <translation>o sandbox</translation>
        </message>
        <message>
            <source>another server</source>
            <translation>outro servidor</translation>
        </message>
    </context>
    <context>
        <name>RequestLog</name>
        <message>
            <source>Request log ({count})</source>
            <translation>Registro de requisições ({count})</translation>
        </message>
        <message>
            <source>Show request log</source>
            <translation>Mostrar o registro de requisições</translation>
        </message>
        <message>
            <source>Copy log</source>
            <translation>Copiar registro</translation>
        </message>
        <message>
            <source>Copy request log</source>
            <translation>Copiar o registro de requisições</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Registro de requisições</translation>
        </message>
    </context>
    <context>
        <name>ScopePicker</name>
        <message>
            <source>Permission preset</source>
            <translation>Predefinição de permissões</translation>
        </message>
        <message>
            <source>Custom selection</source>
            <translation>Seleção personalizada</translation>
        </message>
        <message>
            <source>Pr&amp;eset:</source>
            <translation>Pr&amp;edefinição:</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Permissões</translation>
        </message>
        <message>
            <source>What the app may do</source>
            <translation>O que o app pode fazer</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>  (special access)</source>
            <translation>  (acesso especial)</translation>
        </message>
        <message>
            <source>changes things for you</source>
            <translation>muda coisas por você</translation>
        </message>
        <message>
            <source>only reads</source>
            <translation>só lê</translation>
        </message>
        <message>
            <source>{scope}: {kind}.</source>
            <translation>{scope}: {kind}.</translation>
        </message>
        <message>
            <source>Offered by this server</source>
            <translation>Oferecidos por este servidor</translation>
        </message>
        <message>
            <source>“{scope}” (from the server's metadata)</source>
            <translation>“{scope}” (dos metadados do servidor)</translation>
        </message>
        <message>
            <source>all chosen</source>
            <translation>todas escolhidas</translation>
        </message>
        <message>
            <source>some chosen</source>
            <translation>algumas escolhidas</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>nenhuma escolhida</translation>
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
            <translation>Ver os posts que você pode ver, inclusive de contas protegidas.</translation>
        </message>
        <message>
            <source>Post and repost for you.</source>
            <translation>Postar e repostar por você.</translation>
        </message>
        <message>
            <source>Hide and unhide replies to your posts.</source>
            <translation>Ocultar e reexibir respostas aos seus posts.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>See your profile and any account you can see.</source>
            <translation>Ver seu perfil e qualquer conta que você possa ver.</translation>
        </message>
        <message>
            <source>See the email address of your account.</source>
            <translation>Ver o e-mail da sua conta.</translation>
        </message>
        <message>
            <source>Stay connected until you disconnect the app (gives a refresh token).</source>
            <translation>Continuar conectado até você desconectar o app (dá um token de atualização).</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>Seguidores</translation>
        </message>
        <message>
            <source>See who follows you and whom you follow.</source>
            <translation>Ver quem segue você e quem você segue.</translation>
        </message>
        <message>
            <source>Follow and unfollow accounts for you.</source>
            <translation>Seguir e deixar de seguir contas por você.</translation>
        </message>
        <message>
            <source>Likes</source>
            <translation>Curtidas</translation>
        </message>
        <message>
            <source>See posts you liked and likes you can see.</source>
            <translation>Ver os posts que você curtiu e as curtidas que você pode ver.</translation>
        </message>
        <message>
            <source>Like and unlike posts for you.</source>
            <translation>Curtir e descurtir posts por você.</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listas</translation>
        </message>
        <message>
            <source>See your lists, including private ones, with members and followers.</source>
            <translation>Ver suas listas, inclusive as privadas, com membros e seguidores.</translation>
        </message>
        <message>
            <source>Create and manage lists for you.</source>
            <translation>Criar e gerenciar listas por você.</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Itens salvos</translation>
        </message>
        <message>
            <source>See your bookmarks.</source>
            <translation>Ver seus itens salvos.</translation>
        </message>
        <message>
            <source>Add and remove bookmarks for you.</source>
            <translation>Adicionar e remover itens salvos por você.</translation>
        </message>
        <message>
            <source>Mutes and blocks</source>
            <translation>Silenciamentos e bloqueios</translation>
        </message>
        <message>
            <source>See accounts you muted.</source>
            <translation>Ver as contas que você silenciou.</translation>
        </message>
        <message>
            <source>Mute and unmute accounts for you.</source>
            <translation>Silenciar e dessilenciar contas por você.</translation>
        </message>
        <message>
            <source>See accounts you blocked.</source>
            <translation>Ver as contas que você bloqueou.</translation>
        </message>
        <message>
            <source>Block and unblock accounts for you.</source>
            <translation>Bloquear e desbloquear contas por você.</translation>
        </message>
        <message>
            <source>Direct Messages</source>
            <translation>Mensagens diretas</translation>
        </message>
        <message>
            <source>Read your direct messages.</source>
            <translation>Ler suas mensagens diretas.</translation>
        </message>
        <message>
            <source>Send and manage direct messages for you.</source>
            <translation>Enviar e gerenciar mensagens diretas por você.</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Mídia</translation>
        </message>
        <message>
            <source>Upload pictures and videos for you.</source>
            <translation>Enviar fotos e vídeos por você.</translation>
        </message>
        <message>
            <source>Spaces and broadcasts</source>
            <translation>Espaços e transmissões</translation>
        </message>
        <message>
            <source>See Spaces you can see.</source>
            <translation>Ver os Espaços que você pode ver.</translation>
        </message>
        <message>
            <source>See your live broadcasts and their chat.</source>
            <translation>Ver suas transmissões ao vivo e o chat delas.</translation>
        </message>
        <message>
            <source>Manage your broadcasts and chat in them.</source>
            <translation>Gerenciar suas transmissões e o chat delas.</translation>
        </message>
        <message>
            <source>See custom timelines you can see.</source>
            <translation>Ver linhas do tempo personalizadas que você pode ver.</translation>
        </message>
        <message>
            <source>Ads</source>
            <translation>Anúncios</translation>
        </message>
        <message>
            <source>See your ads accounts and their numbers.</source>
            <translation>Ver suas contas de anúncios e os números delas.</translation>
        </message>
        <message>
            <source>Create and change ads campaigns for you.</source>
            <translation>Criar e alterar campanhas de anúncios por você.</translation>
        </message>
        <message>
            <source>Read-only profile</source>
            <translation>Perfil somente leitura</translation>
        </message>
        <message>
            <source>Read your profile and posts; change nothing.</source>
            <translation>Ler seu perfil e seus posts; não mudar nada.</translation>
        </message>
        <message>
            <source>Post on my behalf</source>
            <translation>Postar em meu nome</translation>
        </message>
        <message>
            <source>Read, post and repost.</source>
            <translation>Ler, postar e repostar.</translation>
        </message>
        <message>
            <source>Post with media</source>
            <translation>Postar com mídia</translation>
        </message>
        <message>
            <source>Read and post, with pictures and videos.</source>
            <translation>Ler e postar, com fotos e vídeos.</translation>
        </message>
        <message>
            <source>Direct messages</source>
            <translation>Mensagens diretas</translation>
        </message>
        <message>
            <source>Read and send direct messages.</source>
            <translation>Ler e enviar mensagens diretas.</translation>
        </message>
        <message>
            <source>Everything (no special access)</source>
            <translation>Tudo (sem acesso especial)</translation>
        </message>
        <message>
            <source>Every permission an ordinary X app can get.</source>
            <translation>Todas as permissões que um app do X comum pode obter.</translation>
        </message>
        <message>
            <source>Pick at least one permission.</source>
            <translation>Escolha pelo menos uma permissão.</translation>
        </message>
        <message>
            <source>Without offline.access X gives no refresh token: the token stops working after 2 hours.</source>
            <translation>Sem offline.access, o X não dá token de atualização: o token para de funcionar depois de 2 horas.</translation>
        </message>
        <message>
            <source>Who am I needs {needed}; missing: {missing}.</source>
            <translation>Quem sou eu precisa de {needed}; falta: {missing}.</translation>
        </message>
        <message>
            <source>{scopes} need special access from X; without it X refuses the login.</source>
            <translation>{scopes} precisam de acesso especial do X; sem ele, o X recusa o login.</translation>
        </message>
        <message>
            <source>Not X scopes: {scopes}; X answers invalid_scope.</source>
            <translation>Não são scopes do X: {scopes}; o X responde invalid_scope.</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>memory only (this run)</source>
            <translation>só na memória (esta sessão)</translation>
        </message>
        <message>
            <source>the system keychain</source>
            <translation>o chaveiro do sistema</translation>
        </message>
        <message>
            <source>The keychain refused the request ({reason}).</source>
            <translation>O chaveiro recusou a solicitação ({reason}).</translation>
        </message>
        <message>
            <source>plain-text file ({path})</source>
            <translation>arquivo de texto simples ({path})</translation>
        </message>
        <message>
            <source>The private file could not be written.</source>
            <translation>Não foi possível gravar o arquivo privado.</translation>
        </message>
        <message>
            <source>Check the disk and permissions.</source>
            <translation>Confira o disco e as permissões.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>the saved secrets are still being read</source>
            <translation>os segredos salvos ainda estão sendo lidos</translation>
        </message>
        <message>
            <source>the login is waiting for the browser</source>
            <translation>o login está esperando o navegador</translation>
        </message>
        <message>
            <source>the login is getting your token</source>
            <translation>o login está obtendo seu token</translation>
        </message>
        <message>
            <source>the token is being refreshed</source>
            <translation>o token está sendo renovado</translation>
        </message>
        <message>
            <source>the tokens are being revoked</source>
            <translation>os tokens estão sendo revogados</translation>
        </message>
        <message>
            <source>the account is being checked</source>
            <translation>a conta está sendo verificada</translation>
        </message>
        <message>
            <source>Approve in the browser, or press Cancel login first.</source>
            <translation>Aprove no navegador, ou clique em Cancelar login primeiro.</translation>
        </message>
        <message>
            <source>Wait a moment.</source>
            <translation>Aguarde um momento.</translation>
        </message>
        <message>
            <source>There is no login to cancel.</source>
            <translation>Não há login para cancelar.</translation>
        </message>
        <message>
            <source>Press Authorize first.</source>
            <translation>Clique em Autorizar primeiro.</translation>
        </message>
        <message>
            <source>Not now: {busy}. {next_step}</source>
            <translation>Agora não: {busy}. {next_step}</translation>
        </message>
        <message>
            <source>Try again when it has finished.</source>
            <translation>Tente novamente quando terminar.</translation>
        </message>
        <message>
            <source>Your saved token for @{username} is ready.</source>
            <translation>Seu token salvo para @{username} está pronto.</translation>
        </message>
        <message>
            <source>Your saved token is ready.</source>
            <translation>Seu token salvo está pronto.</translation>
        </message>
        <message>
            <source>Ready: pick permissions, then press Authorize in browser.</source>
            <translation>Pronto: escolha as permissões e clique em Autorizar no navegador.</translation>
        </message>
        <message>
            <source>These tokens belong to the earlier settings: {issuer}. They are not sent to the server or Client ID now in the form.</source>
            <translation>Estes tokens pertencem às configurações anteriores: {issuer}. Eles não são enviados ao servidor nem ao Client ID que estão agora no formulário.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the saved profiles could not be read</source>
            <translation>não foi possível ler os perfis salvos</translation>
        </message>
        <message>
            <source>the list of removals waiting for the keychain was damaged</source>
            <translation>a lista de remoções aguardando o chaveiro estava danificada</translation>
        </message>
        <message>
            <source>the clipboard clearing delay was damaged</source>
            <translation>o tempo para limpar a área de transferência estava danificado</translation>
        </message>
        <message>
            <source>the setting {key} was damaged</source>
            <translation>a configuração {key} estava danificada</translation>
        </message>
    </context>
    <context>
        <name>TokenOps</name>
        <message>
            <source>There is no refresh token.</source>
            <translation>Não há token de atualização.</translation>
        </message>
        <message>
            <source>Refreshing the token…</source>
            <translation>Renovando o token…</translation>
        </message>
        <message>
            <source>Another xauth-gui process refreshed the token: this window now uses the new one.</source>
            <translation>Outro processo do xauth-gui renovou o token: esta janela agora usa o novo.</translation>
        </message>
        <message>
            <source>Token refreshed (the old refresh token no longer works; the new one is saved).</source>
            <translation>Token renovado (o token de atualização antigo não funciona mais; o novo está salvo).</translation>
        </message>
        <message>
            <source>The refresh did not finish: {reason} Your saved tokens were kept.</source>
            <translation>A renovação não terminou: {reason} Seus tokens salvos foram mantidos.</translation>
        </message>
        <message>
            <source>The refresh did not finish:</source>
            <translation>A renovação não terminou:</translation>
        </message>
        <message>
            <source>Revoking the tokens…</source>
            <translation>Revogando os tokens…</translation>
        </message>
        <message>
            <source>Revoked: both tokens no longer work, and they were removed from this computer.</source>
            <translation>Revogados: os dois tokens não funcionam mais e foram removidos deste computador.</translation>
        </message>
        <message>
            <source>Not revoked: {reason} The tokens are still saved.</source>
            <translation>Não revogados: {reason} Os tokens continuam salvos.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Tentar novamente</translation>
        </message>
        <message>
            <source>Remove from this computer only</source>
            <translation>Remover só deste computador</translation>
        </message>
        <message>
            <source>The tokens were removed from this app, but the keychain can't be reached now, so it still holds them: they will be deleted from it as soon as it can be reached.</source>
            <translation>Os tokens foram removidos deste app, mas o chaveiro não está acessível agora e ainda os guarda: eles serão apagados dele assim que estiver acessível.</translation>
        </message>
        <message>
            <source>Retry keychain</source>
            <translation>Tentar o chaveiro de novo</translation>
        </message>
        <message>
            <source>The tokens were removed from this computer. They keep working until they expire or are revoked.</source>
            <translation>Os tokens foram removidos deste computador. Eles funcionam até expirarem ou serem revogados.</translation>
        </message>
        <message>
            <source>Signed in as @{username} ({name}).</source>
            <translation>Conectado como @{username} ({name}).</translation>
        </message>
        <message>
            <source>Who am I failed: {reason} Your tokens are kept.</source>
            <translation>Quem sou eu falhou: {reason} Seus tokens foram mantidos.</translation>
        </message>
    </context>
    <context>
        <name>Tokens</name>
        <message>
            <source>The server's answer is not JSON.</source>
            <translation>A resposta do servidor não é JSON.</translation>
        </message>
        <message>
            <source>The server's answer is not a JSON object.</source>
            <translation>A resposta do servidor não é um objeto JSON.</translation>
        </message>
        <message>
            <source>The {what} the server sent has characters a bearer token can't contain (RFC 6750), so it was refused.</source>
            <translation>O {what} que o servidor enviou tem caracteres que um bearer token não pode conter (RFC 6750), então foi recusado.</translation>
        </message>
        <message>
            <source>Check that the token URL points at the right server, then sign in again.</source>
            <translation>Confira se a URL do token aponta para o servidor certo e entre novamente.</translation>
        </message>
        <message>
            <source>The server's answer has no access token.</source>
            <translation>A resposta do servidor não tem token de acesso.</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>token de acesso</translation>
        </message>
        <message>
            <source>The server issued a token type this app can't use (not a bearer token).</source>
            <translation>O servidor emitiu um tipo de token que este app não pode usar (não é um bearer token).</translation>
        </message>
        <message>
            <source>The server's answer has a malformed scope list.</source>
            <translation>A resposta do servidor tem uma lista de scopes malformada.</translation>
        </message>
        <message>
            <source>The server's answer has a malformed refresh token.</source>
            <translation>A resposta do servidor tem um token de atualização malformado.</translation>
        </message>
        <message>
            <source>refresh token</source>
            <translation>token de atualização</translation>
        </message>
        <message>
            <source>No refresh token: offline.access was not granted, so the token stops working when it expires.</source>
            <translation>Sem token de atualização: offline.access não foi concedido, então o token para de funcionar quando expirar.</translation>
        </message>
        <message>
            <source>The server sent no refresh token.</source>
            <translation>O servidor não enviou token de atualização.</translation>
        </message>
        <message>
            <source>The who-am-I answer has no user data.</source>
            <translation>A resposta de quem sou eu não tem dados do usuário.</translation>
        </message>
        <message>
            <source>The who-am-I answer is missing the user's id or username.</source>
            <translation>Falta o ID ou o nome de usuário na resposta de quem sou eu.</translation>
        </message>
    </context>
    <context>
        <name>TokensPanel</name>
        <message>
            <source>3. Your tokens</source>
            <translation>3. Seus tokens</translation>
        </message>
        <message>
            <source>Refresh automatically &amp;before it expires</source>
            <translation>Renovar automaticamente antes de expirar (&amp;B)</translation>
        </message>
        <message>
            <source>Tokens act as you: share them with no one, and hide them before sharing your screen.</source>
            <translation>Os tokens agem como você: não os compartilhe com ninguém e oculte-os antes de compartilhar a tela.</translation>
        </message>
        <message>
            <source>Profile picture</source>
            <translation>Foto do perfil</translation>
        </message>
        <message>
            <source>Not signed in yet.</source>
            <translation>Ainda não conectado.</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Token de acesso</translation>
        </message>
        <message>
            <source>Refresh token</source>
            <translation>Token de atualização</translation>
        </message>
        <message>
            <source>Access token:</source>
            <translation>Token de acesso:</translation>
        </message>
        <message>
            <source>Refresh token:</source>
            <translation>Token de atualização:</translation>
        </message>
        <message>
            <source>Expires:</source>
            <translation>Expira:</translation>
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
            <translation>Revogar (&amp;K)</translation>
        </message>
        <message>
            <source>Revoke tokens</source>
            <translation>Revogar tokens</translation>
        </message>
        <message>
            <source>&amp;Who am I?</source>
            <translation>Quem sou eu? (&amp;W)</translation>
        </message>
        <message>
            <source>Who am I</source>
            <translation>Quem sou eu</translation>
        </message>
        <message>
            <source>Try &amp;it…</source>
            <translation>Exper&amp;imentar…</translation>
        </message>
        <message>
            <source>Try the token: call the X API</source>
            <translation>Experimente o token: chame a API do X</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Entrar novamente</translation>
        </message>
        <message>
            <source>Restore those settings</source>
            <translation>Restaurar essas configurações</translation>
        </message>
        <message>
            <source>Restore settings</source>
            <translation>Restaurar configurações</translation>
        </message>
        <message>
            <source>Copy for developers</source>
            <translation>Copiar para desenvolvedores</translation>
        </message>
        <message>
            <source>Revoke both tokens? They stop working everywhere, and this app forgets them.</source>
            <translation>Revogar os dois tokens? Eles param de funcionar em todo lugar, e este app os esquece.</translation>
        </message>
        <message>
            <source>Yes, revoke</source>
            <translation>Sim, revogar</translation>
        </message>
        <message>
            <source>Yes, revoke the tokens</source>
            <translation>Sim, revogar os tokens</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Keep the tokens</source>
            <translation>Manter os tokens</translation>
        </message>
        <message>
            <source>Copied: {what}.</source>
            <translation>Copiado: {what}.</translation>
        </message>
        <message>
            <source>none (offline.access not granted)</source>
            <translation>nenhum (offline.access não concedido)</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nenhum ainda</translation>
        </message>
        <message>
            <source> Sign in again for the new settings, or restore those settings.</source>
            <translation> Entre novamente para as novas configurações, ou restaure essas configurações.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n s.</source>
            <translation>
                <numerusform>Copiado. A área de transferência será limpa em %n segundo.</numerusform>
                <numerusform>Copiado. A área de transferência será limpa em %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source> … ({size} bytes in all)</source>
            <translation> … ({size} bytes no total)</translation>
        </message>
        <message>
            <source>The server did not accept the connection in time.</source>
            <translation>O servidor não aceitou a conexão a tempo.</translation>
        </message>
        <message>
            <source>The server's answer is far too large for this app.</source>
            <translation>A resposta do servidor é grande demais para este app.</translation>
        </message>
        <message>
            <source>The connection broke before the server finished answering.</source>
            <translation>A conexão caiu antes de o servidor terminar de responder.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Tente novamente.</translation>
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <source>The {what} “{url}” is not a web address this app can use.</source>
            <translation>A {what} "{url}" não é um endereço da web que este app possa usar.</translation>
        </message>
        <message>
            <source>Enter a full address starting with https:// (or http:// on 127.0.0.1 / localhost).</source>
            <translation>Digite um endereço completo começando com https:// (ou http:// em 127.0.0.1 / localhost).</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a server name that can't be written as an internet address.</source>
            <translation>A {what} "{url}" tem um nome de servidor que não pode ser escrito como endereço de internet.</translation>
        </message>
        <message>
            <source>Check the spelling of the server name.</source>
            <translation>Confira a grafia do nome do servidor.</translation>
        </message>
        <message>
            <source>The {what} “{url}” uses plain http:// to another computer, so secrets would cross the network unencrypted.</source>
            <translation>A {what} “{url}” usa http:// sem criptografia para outro computador, então os segredos cruzariam a rede sem criptografia.</translation>
        </message>
        <message>
            <source>Use https://, or http:// only for a server on this computer (127.0.0.1 or localhost).</source>
            <translation>Use https://, ou http:// só para um servidor neste computador (127.0.0.1 ou localhost).</translation>
        </message>
        <message>
            <source>authorize URL</source>
            <translation>URL de autorização</translation>
        </message>
        <message>
            <source>The {what} “{url}” has a name or password before the server name, so it really goes to {host}.</source>
            <translation>{what} “{url}” tem um nome ou senha antes do nome do servidor, então na verdade vai para {host}.</translation>
        </message>
        <message>
            <source>Remove everything between :// and @ from the address.</source>
            <translation>Remova do endereço tudo o que está entre :// e @.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>none yet</source>
            <translation>nenhum ainda</translation>
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
