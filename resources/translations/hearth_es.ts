<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="41" />
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="498" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="510" />
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="561" />
        <source>Show earlier messages (%1 more)</source>
        <translation>Mostrar mensajes anteriores (%1 más)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="593" />
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="43" />
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje para Gemma…  (Intro para enviar, Mayús+Intro para nueva línea)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="44" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="46" />
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="57" />
        <location filename="../../app/ui/composer.py" line="118" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="60" />
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61" />
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="84" />
        <source>No model is loaded yet</source>
        <translation>Aún no hay ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>Editando tu mensaje: Intro lo envía como nueva versión (el original se conserva), Esc cancela.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104" />
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="50" />
        <source>System prompt for this chat</source>
        <translation>Prompt de sistema de este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Save preset</source>
        <translation>Guardar ajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Preset name:</source>
        <translation>Nombre del ajuste:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="45" />
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="47" />
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="79" />
        <source>No model loaded yet</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <location filename="../../app/ui/main_window.py" line="349" />
        <location filename="../../app/ui/main_window.py" line="576" />
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101" />
        <source>Tokens the model holds in its context / context size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124" />
        <location filename="../../app/ui/main_window.py" line="125" />
        <source>Model used for new replies</source>
        <translation>Modelo para las nuevas respuestas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <location filename="../../app/ui/main_window.py" line="126" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129" />
        <source> Model: </source>
        <translation> Modelo: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152" />
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exportar este chat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Export &amp;all chats…</source>
        <translation>Exportar &amp;todos los chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;Import chats…</source>
        <translation>&amp;Importar chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar en los chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>&amp;Stop reply</source>
        <translation>&amp;Detener la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Regenerate last reply</source>
        <translation>&amp;Regenerar la última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar el último mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copiar la última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>Chat &amp;settings and presets…</source>
        <translation>&amp;Ajustes del chat y preajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Model &amp;manager…</source>
        <translation>&amp;Gestor de modelos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185" />
        <source>&amp;Import a model file…</source>
        <translation>&amp;Importar un archivo de modelo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188" />
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260" />
        <source>There is no reply to copy yet.</source>
        <translation>Aún no hay ninguna respuesta que copiar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263" />
        <location filename="../../app/ui/main_window.py" line="264" />
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284" />
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <location filename="../../app/ui/main_window.py" line="377" />
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>Reply finished: %1</source>
        <translation>Respuesta terminada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372" />
        <source>Reply %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>first token %1 s · %2 tokens</source>
        <translation>primer token %1 s · %2 tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412" />
        <source>Your message starts a new chat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="414" />
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="462" />
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>Contexto %1 / %2 tokens (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469" />
        <source>%1 (unusable)</source>
        <translation>%1 (inutilizable)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478" />
        <source>No models installed</source>
        <translation>No hay modelos instalados</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="491" />
        <source>The model is still loading</source>
        <translation>El modelo aún se está cargando</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>No hay ningún modelo cargado (Modelos → Gestor de modelos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="523" />
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model's memory begins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="525" />
        <source>The chat no longer fits</source>
        <translation>El chat ya no cabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Rename chat</source>
        <translation>Renombrar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="538" />
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="539" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar «%1» y todos sus mensajes? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="562" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>Abre un chat para exportarlo o usa «Exportar todos los chats».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="583" />
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Chat sin conexión con los modelos Gemma de Google.&lt;br&gt;Nada sale de este ordenador.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="48" />
        <source>writing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="49" />
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="50" />
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="51" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="206" />
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="212" />
        <location filename="../../app/ui/chat_view.py" line="213" />
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="290" />
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="292" />
        <source>Text of the message from %1</source>
        <translation>Texto del mensaje de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="298" />
        <location filename="../../app/ui/chat_view.py" line="300" />
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="299" />
        <location filename="../../app/ui/chat_view.py" line="301" />
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <location filename="../../app/ui/chat_view.py" line="411" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="332" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335" />
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="336" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Write a reply to this message</source>
        <translation>Escribir una respuesta a este mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete this message and what follows it</source>
        <translation>Eliminar este mensaje y lo que sigue</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="410" />
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="156" />
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169" />
        <source>Model repositories</source>
        <translation>Repositorios de modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="173" />
        <source>Model files</source>
        <translation>Archivos del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="178" />
        <source>Context length for the fit estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="380" />
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="528" />
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24" />
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25" />
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="26" />
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="27" />
        <source>Top-p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="28" />
        <source>Top-k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="29" />
        <source>Min-p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="30" />
        <source>Repeat penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31" />
        <source>Max reply tokens</source>
        <translation>Tokens máx. de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32" />
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="22" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>Automático (todas las capas si la versión GPU lo admite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="23" />
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="24" />
        <source>A number of layers</source>
        <translation>Un número de capas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="25" />
        <source>Stop and ask</source>
        <translation>Detener y preguntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>Descartar los turnos más antiguos (conservar el prompt de sistema)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="35" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>Prompt de sistema predeterminado para chats nuevos (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="37" />
        <source>Default system prompt</source>
        <translation>Prompt de sistema predeterminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43" />
        <source>Capped at the model's trained context when it loads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56" />
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="70" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="72" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>Se aplica la próxima vez que se inicie Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="76" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="78" />
        <source>Context length (tokens)</source>
        <translation>Longitud del contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="79" />
        <source>GPU offload</source>
        <translation>Descarga en GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="80" />
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81" />
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="82" />
        <source>When the context is full</source>
        <translation>Cuando el contexto está lleno</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88" />
        <source>Replies (defaults for new chats)</source>
        <translation>Respuestas (predeterminado para chats nuevos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="93" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="33" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="43" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>Editar tu último mensaje (con el cuadro de mensaje vacío)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>New line in the message</source>
        <translation>Nueva línea en el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Search results: move, open</source>
        <translation>Resultados: moverse, abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Down, Up, Enter</source>
        <translation>Abajo, Arriba, Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Next control</source>
        <translation>Siguiente control</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="117" />
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="118" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="121" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>Buscar en todos los chats (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="122" />
        <source>Search all chats</source>
        <translation>Buscar en todos los chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="123" />
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="138" />
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="140" />
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>Aún no hay chats. Escribe un mensaje para empezar uno; aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="229" />
        <source>%1
%2 messages</source>
        <translation>%1
%2 mensajes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="240" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>Sin resultados. Prueba con menos palabras u otras; Esc borra la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="281" />
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="285" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="287" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
</TS>