<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttachmentChips</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="69"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="72"/>
        <source>Open the file, or the text Hearth stored of it</source>
        <translation>Abrir el archivo, o el texto que Hearth guardó de él</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="75"/>
        <source>Open attachment %1</source>
        <translation>Abrir el adjunto %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="81"/>
        <source>Remove from this chat: later replies no longer use it</source>
        <translation>Quitar de este chat: las respuestas siguientes ya no lo usarán</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="84"/>
        <source>Remove attachment %1 from this chat</source>
        <translation>Quitar el adjunto %1 de este chat</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="107"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Espera a que termine la respuesta, o pulsa Esc para detenerla, antes de cambiar de chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="144"/>
        <location filename="../../app/ui/chat_session.py" line="175"/>
        <source>Could not save your message: %1</source>
        <translation>No se pudo guardar tu mensaje: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="161"/>
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>Este mensaje es demasiado largo para el modelo: %1. No se guardó nada; tu texto sigue en el cuadro de mensaje.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="270"/>
        <source>This message is too long for the model: %1.</source>
        <translation>Este mensaje es demasiado largo para el modelo: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="288"/>
        <source>The reply could not be saved: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_history.py" line="187"/>
        <source>Stop the reply before deleting this chat.</source>
        <translation>Detén la respuesta antes de eliminar este chat.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="44"/>
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>Escribe un mensaje abajo para empezar.
Intro envía · Mayús+Intro añade una línea · Esc detiene · Ctrl+/ muestra todos los atajos</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="67"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <source>Show earlier messages (%1 more)</source>
        <translation>Mostrar mensajes anteriores (%1 más)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— El modelo ya no ve los %1 mensaje(s) de arriba: el contexto está lleno. —</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="112"/>
        <location filename="../../app/ui/message_body.py" line="126"/>
        <location filename="../../app/ui/message_body.py" line="141"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="116"/>
        <location filename="../../app/ui/message_body.py" line="151"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="118"/>
        <location filename="../../app/ui/message_body.py" line="119"/>
        <source>Copy this code</source>
        <translation>Copiar este código</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="126"/>
        <location filename="../../app/ui/message_body.py" line="144"/>
        <source>Code (%1)</source>
        <translation>Código (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="150"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CollectionJobs</name>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="83"/>
        <source>The job stopped: %1</source>
        <translation>La tarea se detuvo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="130"/>
        <source>Removed the collection %1.</source>
        <translation>Se quitó la colección %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="150"/>
        <source>%1 new vectors from %2</source>
        <translation>%1 vectores nuevos de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="163"/>
        <source>%1 cannot be loaded as an embedding model (%2)</source>
        <translation>%1 no se puede cargar como modelo de embeddings (%2)</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <location filename="../../app/ui/collections_page.py" line="52"/>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="53"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="54"/>
        <source>Chunks</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="55"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="56"/>
        <source>Used by this chat</source>
        <translation>Usada por este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="61"/>
        <location filename="../../app/ui/collections_page.py" line="71"/>
        <source>Document collections</source>
        <translation>Colecciones de documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="72"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="73"/>
        <source>Reindex</source>
        <translation>Reindexar</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="74"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="76"/>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="80"/>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="84"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="111"/>
        <source>Embedding model:</source>
        <translation>Modelo de embeddings:</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="147"/>
        <source>Let this chat retrieve from the collection</source>
        <translation>Dejar que este chat consulte la colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="149"/>
        <source>Open a chat to let it retrieve from a collection</source>
        <translation>Abre un chat para que pueda consultar una colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="168"/>
        <source>None: keywords only (BM25)</source>
        <translation>Ninguno: solo palabras clave (BM25)</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="180"/>
        <source>Retrieval uses keywords only (BM25): no embedding model is chosen. Any GGUF in the library can serve.</source>
        <translation>La recuperación usa solo palabras clave (BM25): no se ha elegido ningún modelo de embeddings. Cualquier GGUF de la biblioteca sirve.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="187"/>
        <source>Retrieval fuses keywords (BM25) with vectors from %1.</source>
        <translation>La recuperación combina palabras clave (BM25) con vectores de %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="195"/>
        <source>Add a folder as a collection</source>
        <translation>Añadir una carpeta como colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="203"/>
        <source>Add collection</source>
        <translation>Añadir colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="204"/>
        <source>Collection name:</source>
        <translation>Nombre de la colección:</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="215"/>
        <source>There is already a collection named %1.</source>
        <translation>Ya existe una colección llamada %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="221"/>
        <source>Indexing %1…</source>
        <translation>Indexando %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="236"/>
        <source>Re-checking %1…</source>
        <translation>Volviendo a comprobar %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="243"/>
        <source>Remove the collection %1? Its documents are deleted from Hearth unless a chat uses them; the files in the folder are not touched.</source>
        <translation>¿Quitar la colección %1? Sus documentos se eliminan de Hearth salvo que algún chat los use; los archivos de la carpeta no se tocan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="248"/>
        <source>Remove collection</source>
        <translation>Quitar colección</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="250"/>
        <source>Removing %1…</source>
        <translation>Quitando %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="257"/>
        <source>Wait for the current job to finish, or cancel it, before changing the model.</source>
        <translation>Espera a que termine la tarea actual, o cancélala, antes de cambiar el modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="263"/>
        <source>Loading %1 and computing vectors…</source>
        <translation>Cargando %1 y calculando vectores…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="270"/>
        <source>Switching to keywords only…</source>
        <translation>Cambiando a solo palabras clave…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="353"/>
        <source>Document co&amp;llections…</source>
        <translation>Co&amp;lecciones de documentos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="397"/>
        <source>Re-checking the document collections…</source>
        <translation>Volviendo a comprobar las colecciones de documentos…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="44"/>
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje para Gemma…  (Intro para enviar, Mayús+Intro para nueva línea)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47"/>
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Intro envía, Mayús+Intro añade una línea, Arriba en un cuadro vacío edita tu último mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="56"/>
        <location filename="../../app/ui/composer.py" line="129"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="58"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59"/>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62"/>
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>Adjuntar documentos (texto, Markdown, código, CSV, HTML, PDF, DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63"/>
        <source>Attach documents</source>
        <translation>Adjuntar documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>No model is loaded yet</source>
        <translation>Aún no hay ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>Editando tu mensaje: Intro lo envía como nueva versión (el original se conserva), Esc cancela.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57"/>
        <source>System prompt for this chat</source>
        <translation>Prompt de sistema de este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Save preset</source>
        <translation>Guardar ajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Preset name:</source>
        <translation>Nombre del ajuste:</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/locale_format.py" line="62"/>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>DiscoverTab</name>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="80"/>
        <source>Search Hugging Face for GGUF models, e.g. gemma 3 4b</source>
        <translation>Buscar modelos GGUF en Hugging Face, p. ej. gemma 3 4b</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="81"/>
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="82"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="83"/>
        <source>Curated Gemma</source>
        <translation>Gemma seleccionados</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="86"/>
        <source>Model repositories</source>
        <translation>Repositorios de modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Quant</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Fit</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="90"/>
        <source>Model files</source>
        <translation>Archivos del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="95"/>
        <source>Context length for the fit estimate</source>
        <translation>Longitud de contexto para estimar si cabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="96"/>
        <location filename="../../app/ui/model_manager_discover.py" line="298"/>
        <location filename="../../app/ui/model_manager_discover.py" line="306"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="98"/>
        <source>Hugging Face token...</source>
        <translation>Token de Hugging Face…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="99"/>
        <source>Forget token</source>
        <translation>Olvidar el token</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="103"/>
        <source>This machine: checking memory...</source>
        <translation>Este equipo: comprobando la memoria…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="112"/>
        <source>Context for the memory estimate:</source>
        <translation>Contexto para estimar la memoria:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="164"/>
        <source>, GPU %1</source>
        <translation>, GPU %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="166"/>
        <source>, no GPU offload in this build</source>
        <translation>, sin descarga a GPU en esta compilación</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="167"/>
        <source>This machine: %1 RAM, %2 free</source>
        <translation>Este equipo: %1 de RAM, %2 libres</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="178"/>
        <location filename="../../app/ui/model_manager_discover.py" line="204"/>
        <source>  (gated)</source>
        <translation>  (acceso restringido)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="193"/>
        <source>Searching for “%1”...</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="205"/>
        <source>%1 downloads</source>
        <translation>%1 descargas</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="210"/>
        <source>%1 repositories found.</source>
        <translation>%1 repositorios encontrados.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="212"/>
        <source>No GGUF repositories found.</source>
        <translation>No se encontraron repositorios GGUF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="220"/>
        <source>Reading the files of %1...</source>
        <translation>Leyendo los archivos de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="232"/>
        <source>%1: %2 GGUF file(s).</source>
        <translation>%1: %2 archivo(s) GGUF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="234"/>
        <source>Gated: downloading needs a token and the license accepted on huggingface.co.</source>
        <translation>Acceso restringido: para descargar hace falta un token y haber aceptado la licencia en huggingface.co.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="236"/>
        <source>The KV cache of this model is unknown and not counted in Memory.</source>
        <translation>La caché KV de este modelo es desconocida y no se cuenta en Memoria.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="238"/>
        <source>Ignored %1 file(s) with unsafe names.</source>
        <translation>Se ignoraron %1 archivo(s) con nombres no seguros.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="269"/>
        <source>★ recommended</source>
        <translation>★ recomendado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="299"/>
        <source>%1 is a %2 file, not a chat model. Download anyway?</source>
        <translation>%1 es un archivo %2, no un modelo de chat. ¿Descargarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="317"/>
        <source>Store a token for gated repositories.</source>
        <translation>Guardar un token para repositorios con acceso restringido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="325"/>
        <source>Token stored in the OS keyring.</source>
        <translation>Token guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="328"/>
        <source>No OS keyring is available: the token is kept for this session only.</source>
        <translation>No hay llavero del sistema: el token solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="335"/>
        <source>The stored token was removed.</source>
        <translation>Se eliminó el token guardado.</translation>
    </message>
</context>
<context>
    <name>DownloadsTab</name>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="44"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="46"/>
        <source>Clear finished</source>
        <translation>Quitar los terminados</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="47"/>
        <source>Downloads resume where they stopped, even after quitting Hearth.</source>
        <translation>Las descargas continúan donde se detuvieron, incluso después de salir de Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="85"/>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="87"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="118"/>
        <source>Cancel download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="119"/>
        <source>Cancel this download and delete the part already downloaded?</source>
        <translation>¿Cancelar esta descarga y eliminar la parte ya descargada?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="130"/>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="132"/>
        <source>downloading</source>
        <translation>descargando</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="133"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="134"/>
        <source>done (verified)</source>
        <translation>terminado (verificado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="135"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="136"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="137"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="167"/>
        <source>checking %p%</source>
        <translation>comprobando %p %</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="169"/>
        <source>verifying</source>
        <translation>verificando</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="172"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="190"/>
        <source>%1 is ready: sha256 verified.</source>
        <translation>%1 está listo: sha256 verificado.</translation>
    </message>
</context>
<context>
    <name>GuiStart</name>
    <message>
        <location filename="../../app/ui/application.py" line="388"/>
        <source>Hearth cannot open its history database:

%1</source>
        <translation>Hearth no puede abrir su base de datos del historial:

%1</translation>
    </message>
</context>
<context>
    <name>HearthApp</name>
    <message>
        <location filename="../../app/ui/application.py" line="193"/>
        <source>%1 reply(ies) were cut off when Hearth last closed unexpectedly; they are kept and marked &apos;interrupted&apos;.</source>
        <translation>%1 respuesta(s) se cortaron cuando Hearth se cerró inesperadamente la última vez; se conservan marcadas como «interrumpida».</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="206"/>
        <source>Looking at your models…</source>
        <translation>Revisando tus modelos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>Import a model</source>
        <translation>Importar un modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../app/ui/history_actions.py" line="22"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="23"/>
        <source>Web page, self-contained (*.html)</source>
        <translation>Página web autónoma (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="24"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="25"/>
        <source>Hearth JSON, lossless (*.json)</source>
        <translation>JSON de Hearth, sin pérdidas (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="26"/>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="49"/>
        <source>Delete message</source>
        <translation>Eliminar el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="79"/>
        <source>Export chats</source>
        <translation>Exportar chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="99"/>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="105"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="108"/>
        <source>Exporting...</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="114"/>
        <source>Import chats</source>
        <translation>Importar chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="116"/>
        <source>Chat exports (*.json *.zip);;Hearth JSON (*.json);;ChatGPT export (conversations.json *.zip)</source>
        <translation>Exportaciones de chats (*.json *.zip);;JSON de Hearth (*.json);;Exportación de ChatGPT (conversations.json *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="134"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>No se importó nada de %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="143"/>
        <source>Importing %1...</source>
        <translation>Importando %1…</translation>
    </message>
</context>
<context>
    <name>InferenceController</name>
    <message>
        <location filename="../../app/ui/workers.py" line="140"/>
        <source>%1 could not be loaded: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="168"/>
        <source>the starter model could not be prepared: %1</source>
        <translation>no se pudo preparar el modelo inicial: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="226"/>
        <source>generation failed: %1</source>
        <translation>falló la generación: %1</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="51"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="52"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="53"/>
        <source>Quant</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="54"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="55"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="56"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="57"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="58"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="59"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="62"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="63"/>
        <source>Import...</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="64"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="65"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="66"/>
        <source>Set as default</source>
        <translation>Establecer como predeterminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="67"/>
        <source>Models live in %1</source>
        <translation>Los modelos están en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="109"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="111"/>
        <source>cannot be used: %1</source>
        <translation>no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="134"/>
        <source>Choose a model first.</source>
        <translation>Elige primero un modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="168"/>
        <source>Imported %1</source>
        <translation>%1 importado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="181"/>
        <source>Delete %1 (%2) from the library?</source>
        <translation>¿Eliminar %1 (%2) de la biblioteca?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="183"/>
        <source>The original file it links to is kept.</source>
        <translation>El archivo original al que enlaza se conserva.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="184"/>
        <source>Delete model</source>
        <translation>Eliminar el modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="198"/>
        <source>Deleted %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="205"/>
        <source>Checking %1...</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>Verified: </source>
        <translation>Verificado: </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>PROBLEM: </source>
        <translation>PROBLEMA: </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="230"/>
        <source>%1 is the default model for new chats.</source>
        <translation>%1 es el modelo predeterminado para chats nuevos.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="20"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Espera a que termine la respuesta, o pulsa Esc para detenerla, antes de cambiar de chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="23"/>
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>El chat abierto se eliminó fuera de esta ventana (con el comando hearth o desde otra ventana).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="120"/>
        <source>The attached documents are still being read; send again in a moment.</source>
        <translation>Los documentos adjuntos aún se están leyendo; vuelve a enviar en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>No model loaded yet</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="59"/>
        <location filename="../../app/ui/window_dialogs.py" line="75"/>
        <location filename="../../app/ui/window_layout.py" line="46"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="53"/>
        <source>Tokens the model holds in its context / context size</source>
        <translation>Tokens que el modelo tiene en su contexto / tamaño del contexto</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="22"/>
        <source>Model used for new replies</source>
        <translation>Modelo para las nuevas respuestas</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="24"/>
        <location filename="../../app/ui/window_layout.py" line="77"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="80"/>
        <source> Model: </source>
        <translation> Modelo: </translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="90"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="94"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="44"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exportar este chat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="50"/>
        <source>Export &amp;all chats…</source>
        <translation>Exportar &amp;todos los chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="52"/>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importar chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="23"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="62"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar en los chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="65"/>
        <source>&amp;Stop reply</source>
        <translation>&amp;Detener la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="24"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="74"/>
        <source>&amp;Regenerate last reply</source>
        <translation>&amp;Regenerar la última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="77"/>
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar el último mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copiar la última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="84"/>
        <source>Chat &amp;settings and presets…</source>
        <translation>&amp;Ajustes del chat y preajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="26"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Model &amp;manager…</source>
        <translation>&amp;Gestor de modelos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="93"/>
        <source>&amp;Import a model file…</source>
        <translation>&amp;Importar un archivo de modelo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="28"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="98"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="112"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="115"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="118"/>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="29"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="124"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="126"/>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>There is no reply to copy yet.</source>
        <translation>Aún no hay ninguna respuesta que copiar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1. Tu mensaje sigue en el cuadro; pulsa Intro de nuevo cuando el modelo esté listo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="83"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="98"/>
        <source>Reply finished: %1</source>
        <translation>Respuesta terminada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="101"/>
        <source>Reply %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">primer token %1 s · %2 tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="152"/>
        <source>Your message starts a new chat.</source>
        <translation>Tu mensaje inicia un chat nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="154"/>
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>Lo que escribiste sigue en el cuadro de mensaje; Intro lo envía como un chat nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="54"/>
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>Contexto %1 / %2 tokens (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="48"/>
        <source>%1 (unusable)</source>
        <translation>%1 (inutilizable)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="37"/>
        <source>No models installed</source>
        <translation>No hay modelos instalados</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="43"/>
        <source>The model is still loading</source>
        <translation>El modelo aún se está cargando</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="44"/>
        <source>No model is loaded (Models → Model manager)</source>
        <translation>No hay ningún modelo cargado (Modelos → Gestor de modelos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="54"/>
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model&apos;s memory begins.</source>
        <translation>%1.

¿Dejar que este chat olvide sus turnos más antiguos (el prompt de sistema y los mensajes fijados se mantienen) y volver a intentarlo? Una marca en el chat mostrará dónde empieza la memoria del modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="59"/>
        <source>The chat no longer fits</source>
        <translation>El chat ya no cabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="33"/>
        <source>Rename chat</source>
        <translation>Renombrar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="34"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="43"/>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="41"/>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar «%1» y todos sus mensajes? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>Abre un chat para exportarlo o usa «Exportar todos los chats».</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="91"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="93"/>
        <source>Offline chat with Google&apos;s Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Chat sin conexión con los modelos Gemma de Google.&lt;br&gt;Nada sale de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="363"/>
        <source>API &amp;server…</source>
        <translation>&amp;Servidor API…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="45"/>
        <source>writing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="46"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="47"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="48"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="23"/>
        <source>first token %1 s</source>
        <translation>primer token %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="29"/>
        <location filename="../../app/ui/message_text.py" line="58"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="35"/>
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 tokens (prompt %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="41"/>
        <source>seed %1</source>
        <translation>semilla %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="46"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="53"/>
        <source>first token %1 s · %2 tokens</source>
        <translation>primer token %1 s · %2 tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="67"/>
        <source>Reading %1 tokens… %2%</source>
        <translation>Leyendo %1 tokens… %2 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="109"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="115"/>
        <location filename="../../app/ui/message_view.py" line="116"/>
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="209"/>
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="211"/>
        <source>Text of the message from %1</source>
        <translation>Texto del mensaje de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="68"/>
        <location filename="../../app/ui/message_view.py" line="313"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="73"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="75"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="76"/>
        <source>Pinned messages stay in the model&apos;s memory when older turns are dropped</source>
        <translation>Los mensajes fijados permanecen en la memoria del modelo cuando se descartan los turnos antiguos</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="83"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>Write another version of this reply (the old one stays)</source>
        <translation>Escribir otra versión de esta respuesta (la anterior se mantiene)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="89"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="90"/>
        <source>Edit and resend (the original stays as another version)</source>
        <translation>Editar y reenviar (el original se mantiene como otra versión)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="94"/>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="95"/>
        <source>Write a reply to this message</source>
        <translation>Escribir una respuesta a este mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Delete this message and what follows it</source>
        <translation>Eliminar este mensaje y lo que sigue</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="312"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ModelImport</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="75"/>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="115"/>
        <source>Adding %1 to the library...</source>
        <translation>Añadiendo %1 a la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="121"/>
        <location filename="../../app/ui/tasks.py" line="191"/>
        <source>Import model</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="129"/>
        <source>Importing...</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="154"/>
        <source>Importing... %1%</source>
        <translation>Importando… %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="165"/>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="194"/>
        <source>Only .gguf model files can be added.</source>
        <translation>Solo se pueden añadir archivos de modelo .gguf.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="56"/>
        <source>Gated Gemma repositories need a Hugging Face read token, and the license accepted on the model&apos;s page with the same account. Create a token at https://huggingface.co/settings/tokens.</source>
        <translation>Los repositorios Gemma con acceso restringido necesitan un token de lectura de Hugging Face y la licencia aceptada en la página del modelo con la misma cuenta. Crea un token en https://huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="65"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="68"/>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="83"/>
        <source>Import model</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="85"/>
        <source>Add %1 to the library.</source>
        <translation>Añadir %1 a la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="87"/>
        <source>Copy: the library keeps its own file (uses disk space).
Link: no extra space; the original file must stay where it is.</source>
        <translation>Copiar: la biblioteca guarda su propio archivo (ocupa espacio en disco).
Enlazar: sin espacio adicional; el archivo original debe quedarse donde está.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="93"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="94"/>
        <source>Link</source>
        <translation>Enlazar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="143"/>
        <source>Checking... %1%</source>
        <translation>Comprobando… %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="208"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="211"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="212"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Search Hugging Face</source>
        <translation type="vanished">Buscar en Hugging Face</translation>
    </message>
    <message>
        <source>Model repositories</source>
        <translation type="vanished">Repositorios de modelos</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation type="vanished">Archivos del modelo</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation type="vanished">Longitud de contexto para estimar si cabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="59"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="77"/>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="78"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="79"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="80"/>
        <source>Remote servers</source>
        <translation>Servidores remotos</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation type="vanished">Modelos instalados</translation>
    </message>
</context>
<context>
    <name>ModelSession</name>
    <message>
        <location filename="../../app/ui/model_session.py" line="33"/>
        <source>base model: it continues text rather than following instructions</source>
        <translation>modelo base: continúa el texto en lugar de seguir instrucciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="125"/>
        <source>Preparing the starter model (first run)…</source>
        <translation>Preparando el modelo inicial (primer inicio)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="128"/>
        <source>No model yet: open Models → Model manager to download one</source>
        <translation>Aún no hay modelo: abre Modelos → Administrador de modelos para descargar uno</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="140"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 no se puede usar: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="155"/>
        <source>“%1” is not a remote model</source>
        <translation>«%1» no es un modelo remoto</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="159"/>
        <source>Connecting to %1 for %2…</source>
        <translation>Conectando con %1 para %2…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="184"/>
        <location filename="../../app/ui/model_session.py" line="189"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
</context>
<context>
    <name>RemoteServersPage</name>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="50"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="53"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="56"/>
        <source>optional; kept in the system keyring</source>
        <translation>opcional; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="57"/>
        <location filename="../../app/ui/remote_servers_page.py" line="110"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="59"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="60"/>
        <source>Add the server, or save the changes to the one with this name</source>
        <translation>Añadir el servidor, o guardar los cambios del que tiene este nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="61"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="62"/>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <location filename="../../app/ui/remote_servers_page.py" line="108"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <location filename="../../app/ui/remote_servers_page.py" line="109"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <location filename="../../app/ui/remote_servers_page.py" line="111"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="80"/>
        <source>Remote servers</source>
        <translation>Servidores remotos</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="95"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="96"/>
        <source>as the server says</source>
        <translation>según el servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="97"/>
        <source>Context length</source>
        <translation>Longitud de contexto</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="100"/>
        <source>The context length to use when the server does not say its own (vLLM and llama-server say it; Ollama often gives only the model&apos;s maximum)</source>
        <translation>La longitud de contexto que se usa cuando el servidor no indica la suya (vLLM y llama-server la indican; Ollama a menudo solo da el máximo del modelo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="118"/>
        <source>Chat with models served elsewhere: vLLM, llama.cpp&apos;s llama-server, Ollama, LM Studio or another Hearth (any OpenAI-compatible API).</source>
        <translation>Chatea con modelos servidos en otro lugar: vLLM, llama-server de llama.cpp, Ollama, LM Studio u otro Hearth (cualquier API compatible con OpenAI).</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>plain http to another machine: unencrypted</source>
        <translation>http simple a otro equipo: sin cifrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>not tested</source>
        <translation>sin probar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="146"/>
        <source>from the server</source>
        <translation>del servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Saved %1: %2.</source>
        <translation>%1 guardado: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Added %1: %2.</source>
        <translation>%1 añadido: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="183"/>
        <source>No keyring on this system: the key is kept until Hearth quits.</source>
        <translation>No hay llavero en este sistema: la clave se conserva hasta que Hearth se cierre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="186"/>
        <source>Warning: %1.</source>
        <translation>Aviso: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="194"/>
        <location filename="../../app/ui/remote_servers_page.py" line="205"/>
        <source>Select a server first.</source>
        <translation>Selecciona primero un servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="198"/>
        <source>Removed %1 and its key.</source>
        <translation>Se quitaron %1 y su clave.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="212"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="225"/>
        <source>reachable · %1 model(s): %2</source>
        <translation>accesible · %1 modelo(s): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="226"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24"/>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="26"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="27"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="28"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="29"/>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="30"/>
        <source>Repeat penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31"/>
        <source>Max reply tokens</source>
        <translation>Tokens máx. de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
</context>
<context>
    <name>SentAttachments</name>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="38"/>
        <source>%1 (stored text)</source>
        <translation>%1 (texto guardado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="43"/>
        <source>Stored text of %1</source>
        <translation>Texto guardado de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="83"/>
        <source>The stored text cannot be read: %1</source>
        <translation>No se puede leer el texto guardado: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="101"/>
        <source>Wait for the reply to finish, or stop it, before removing a document.</source>
        <translation>Espera a que termine la respuesta, o detenla, antes de quitar un documento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="106"/>
        <source>Remove %1 from this chat? Later replies will no longer see it; its stored text is deleted unless another chat or a collection uses it.</source>
        <translation>¿Quitar %1 de este chat? Las respuestas siguientes ya no lo verán; su texto guardado se elimina salvo que otro chat o una colección lo use.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="112"/>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="192"/>
        <source>API off</source>
        <translation>API desactivada</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="200"/>
        <source>API: %1 waiting</source>
        <translation>API: %1 en espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="202"/>
        <source>API on</source>
        <translation>API activada</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="212"/>
        <source>API server</source>
        <translation>Servidor API</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="214"/>
        <source>Serve the model to other programs (OpenAI- and Anthropic-compatible API)</source>
        <translation>Servir el modelo a otros programas (API compatible con OpenAI y Anthropic)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="216"/>
        <source>Allow other devices on this network (needs the key)</source>
        <translation>Permitir otros dispositivos de esta red (requiere la clave)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="219"/>
        <source>none (web pages cannot call the server)</source>
        <translation>ninguno (las páginas web no pueden llamar al servidor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="223"/>
        <source>Web origins allowed to call the server from a browser, separated by spaces, like http://localhost:3000</source>
        <translation>Orígenes web que pueden llamar al servidor desde un navegador, separados por espacios, como http://localhost:3000</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="226"/>
        <source>Keep API conversations in history (in the sidebar&apos;s API group)</source>
        <translation>Conservar las conversaciones de la API en el historial (en el grupo API de la barra lateral)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="229"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="230"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="231"/>
        <source>off</source>
        <translation>apagado</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="237"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="239"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="240"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="241"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="242"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="243"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="254"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="256"/>
        <source>Allowed web origins:</source>
        <translation>Orígenes web permitidos:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="262"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="263"/>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="267"/>
        <source>Requests:</source>
        <translation>Solicitudes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="306"/>
        <source>A new key is in use: programs using the old one now get 401.</source>
        <translation>Hay una clave nueva en uso: los programas que usan la anterior ahora reciben 401.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="317"/>
        <source>Running.</source>
        <translation>En marcha.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>Automático (todas las capas si la versión GPU lo admite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>A number of layers</source>
        <translation>Un número de capas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>Stop and ask</source>
        <translation>Detener y preguntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>Descartar los turnos más antiguos (conservar el prompt de sistema)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Measuring again: the model is reloading…</source>
        <translation>Midiendo de nuevo: el modelo se está recargando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Forgotten: the next model load measures again.</source>
        <translation>Olvidado: la próxima carga del modelo volverá a medir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>Olvidar el número de hilos medido para este equipo y medir de nuevo: el modelo se recarga y unos pasos cortos cronometrados (uno o dos segundos) eligen el número más rápido. Solo se miden los hilos automáticos en la CPU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>; measured when a model loads</source>
        <translation>; se mide al cargar un modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="113"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="125"/>
        <source>Default system prompt for new chats (optional)</source>
        <translation>Prompt de sistema predeterminado para chats nuevos (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Default system prompt</source>
        <translation>Prompt de sistema predeterminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="133"/>
        <source>Capped at the model&apos;s trained context when it loads</source>
        <translation>Limitado al contexto de entrenamiento del modelo al cargarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Measure again</source>
        <translation>Medir de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="167"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="169"/>
        <source>Takes effect the next time Hearth starts</source>
        <translation>Se aplica la próxima vez que se inicie Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185"/>
        <source>Context length (tokens)</source>
        <translation>Longitud del contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="186"/>
        <source>GPU offload</source>
        <translation>Descarga en GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="187"/>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>When the context is full</source>
        <translation>Cuando el contexto está lleno</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>Esta compilación de llama-cpp-python no admite GPU; Hearth se ejecuta en la CPU. Consulta el README para CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Replies (defaults for new chats)</source>
        <translation>Respuestas (predeterminado para chats nuevos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="203"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34"/>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Edit your last message (in an empty message box)</source>
        <translation>Editar tu último mensaje (con el cuadro de mensaje vacío)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>New line in the message</source>
        <translation>Nueva línea en el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Search results: move, open</source>
        <translation>Resultados: moverse, abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Down, Up, Enter</source>
        <translation>Abajo, Arriba, Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41"/>
        <source>Next control</source>
        <translation>Siguiente control</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41"/>
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="43"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="44"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="46"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="154"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="155"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="157"/>
        <source>Search all chats (Ctrl+K)</source>
        <translation>Buscar en todos los chats (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="158"/>
        <source>Search all chats</source>
        <translation>Buscar en todos los chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="159"/>
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>Abajo pasa a los resultados, Intro abre uno, Esc borra</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="169"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="171"/>
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>Aún no hay chats. Escribe un mensaje para empezar uno; aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="278"/>
        <source>%1
%2 messages · %3</source>
        <translation>%1
%2 mensajes · %3</translation>
    </message>
    <message>
        <source>%1
%2 messages</source>
        <translation type="vanished">%1
%2 mensajes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="292"/>
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>Sin resultados. Prueba con menos palabras u otras; Esc borra la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="333"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="338"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="340"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
</TS>
