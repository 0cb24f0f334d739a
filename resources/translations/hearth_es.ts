<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="104" />
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Espera a que termine la respuesta, o pulsa Esc para detenerla, antes de cambiar de chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="150" />
        <location filename="../../app/ui/chat_session.py" line="181" />
        <source>Could not save your message: %1</source>
        <translation>No se pudo guardar tu mensaje: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="167" />
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>Este mensaje es demasiado largo para el modelo: %1. No se guardó nada; tu texto sigue en el cuadro de mensaje.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="276" />
        <source>This message is too long for the model: %1.</source>
        <translation>Este mensaje es demasiado largo para el modelo: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="294" />
        <source>The reply could not be saved: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="442" />
        <source>Stop the reply before deleting this chat.</source>
        <translation>Detén la respuesta antes de eliminar este chat.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="43" />
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>Escribe un mensaje abajo para empezar.
Intro envía · Mayús+Intro añade una línea · Esc detiene · Ctrl+/ muestra todos los atajos</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="66" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="78" />
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140" />
        <source>Show earlier messages (%1 more)</source>
        <translation>Mostrar mensajes anteriores (%1 más)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="172" />
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— El modelo ya no ve los %1 mensaje(s) de arriba: el contexto está lleno. —</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="91" />
        <location filename="../../app/ui/message_body.py" line="106" />
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="95" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="97" />
        <location filename="../../app/ui/message_body.py" line="98" />
        <source>Copy this code</source>
        <translation>Copiar este código</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="106" />
        <source>Code (%1)</source>
        <translation>Código (%1)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="44" />
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje para Gemma…  (Intro para enviar, Mayús+Intro para nueva línea)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47" />
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Intro envía, Mayús+Intro añade una línea, Arriba en un cuadro vacío edita tu último mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59" />
        <location filename="../../app/ui/composer.py" line="126" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62" />
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63" />
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="66" />
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="67" />
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>Adjuntar documentos (texto, Markdown, código, CSV, HTML, PDF, DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="68" />
        <source>Attach documents</source>
        <translation>Adjuntar documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="91" />
        <source>No model is loaded yet</source>
        <translation>Aún no hay ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>Editando tu mensaje: Intro lo envía como nueva versión (el original se conserva), Esc cancela.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112" />
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57" />
        <source>System prompt for this chat</source>
        <translation>Prompt de sistema de este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Save preset</source>
        <translation>Guardar ajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Preset name:</source>
        <translation>Nombre del ajuste:</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/locale_format.py" line="62" />
        <source>MMMM yyyy</source>
        <translation>MMMM 'de' yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="46" />
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Espera a que termine la respuesta, o pulsa Esc para detenerla, antes de cambiar de chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49" />
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>El chat abierto se eliminó fuera de esta ventana (con el comando hearth o desde otra ventana).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>No model loaded yet</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <location filename="../../app/ui/main_window.py" line="387" />
        <location filename="../../app/ui/main_window.py" line="638" />
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105" />
        <source>Tokens the model holds in its context / context size</source>
        <translation>Tokens que el modelo tiene en su contexto / tamaño del contexto</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>Model used for new replies</source>
        <translation>Modelo para las nuevas respuestas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135" />
        <source> Model: </source>
        <translation> Modelo: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exportar este chat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Export &amp;all chats…</source>
        <translation>Exportar &amp;todos los chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>&amp;Import chats…</source>
        <translation>&amp;Importar chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar en los chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Stop reply</source>
        <translation>&amp;Detener la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Regenerate last reply</source>
        <translation>&amp;Regenerar la última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar el último mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192" />
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copiar la última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Chat &amp;settings and presets…</source>
        <translation>&amp;Ajustes del chat y preajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>Model &amp;manager…</source>
        <translation>&amp;Gestor de modelos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209" />
        <source>&amp;Import a model file…</source>
        <translation>&amp;Importar un archivo de modelo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212" />
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232" />
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238" />
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291" />
        <source>There is no reply to copy yet.</source>
        <translation>Aún no hay ninguna respuesta que copiar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294" />
        <location filename="../../app/ui/main_window.py" line="295" />
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1. Tu mensaje sigue en el cuadro; pulsa Intro de nuevo cuando el modelo esté listo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407" />
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="410" />
        <source>Reply finished: %1</source>
        <translation>Respuesta terminada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412" />
        <source>Reply %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">primer token %1 s · %2 tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451" />
        <source>Your message starts a new chat.</source>
        <translation>Tu mensaje inicia un chat nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453" />
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>Lo que escribiste sigue en el cuadro de mensaje; Intro lo envía como un chat nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="510" />
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>Contexto %1 / %2 tokens (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="524" />
        <source>%1 (unusable)</source>
        <translation>%1 (inutilizable)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="534" />
        <source>No models installed</source>
        <translation>No hay modelos instalados</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="547" />
        <source>The model is still loading</source>
        <translation>El modelo aún se está cargando</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="548" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>No hay ningún modelo cargado (Modelos → Gestor de modelos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="580" />
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model's memory begins.</source>
        <translation>%1.

¿Dejar que este chat olvide sus turnos más antiguos (el prompt de sistema y los mensajes fijados se mantienen) y volver a intentarlo? Una marca en el chat mostrará dónde empieza la memoria del modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>The chat no longer fits</source>
        <translation>El chat ya no cabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Rename chat</source>
        <translation>Renombrar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="601" />
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="602" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar «%1» y todos sus mensajes? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="626" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>Abre un chat para exportarlo o usa «Exportar todos los chats».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="648" />
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="650" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Chat sin conexión con los modelos Gemma de Google.&lt;br&gt;Nada sale de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238" />
        <source>API &amp;server…</source>
        <translation>&amp;Servidor API…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="35" />
        <source>writing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="36" />
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="37" />
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="38" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="58" />
        <source>first token %1 s</source>
        <translation>primer token %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="64" />
        <location filename="../../app/ui/message_view.py" line="93" />
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="70" />
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 tokens (prompt %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="76" />
        <source>seed %1</source>
        <translation>semilla %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="81" />
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="88" />
        <source>first token %1 s · %2 tokens</source>
        <translation>primer token %1 s · %2 tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="102" />
        <source>Reading %1 tokens… %2%</source>
        <translation>Leyendo %1 tokens… %2 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="165" />
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="171" />
        <location filename="../../app/ui/message_view.py" line="172" />
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="257" />
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="259" />
        <source>Text of the message from %1</source>
        <translation>Texto del mensaje de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="265" />
        <location filename="../../app/ui/message_view.py" line="267" />
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="266" />
        <location filename="../../app/ui/message_view.py" line="268" />
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <location filename="../../app/ui/message_view.py" line="408" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="303" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation>Los mensajes fijados permanecen en la memoria del modelo cuando se descartan los turnos antiguos</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="308" />
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="309" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation>Escribir otra versión de esta respuesta (la anterior se mantiene)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="314" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="315" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation>Editar y reenviar (el original se mantiene como otra versión)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="319" />
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="320" />
        <source>Write a reply to this message</source>
        <translation>Escribir una respuesta a este mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="325" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="326" />
        <source>Delete this message and what follows it</source>
        <translation>Eliminar este mensaje y lo que sigue</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="407" />
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="194" />
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207" />
        <source>Model repositories</source>
        <translation>Repositorios de modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="211" />
        <source>Model files</source>
        <translation>Archivos del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="216" />
        <source>Context length for the fit estimate</source>
        <translation>Longitud de contexto para estimar si cabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="436" />
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="586" />
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
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="28" />
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="29" />
        <source>Min-p</source>
        <translation>Min-p</translation>
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
        <location filename="../../app/ui/settings_dialog.py" line="40" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>Automático (todas las capas si la versión GPU lo admite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41" />
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42" />
        <source>A number of layers</source>
        <translation>Un número de capas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45" />
        <source>Stop and ask</source>
        <translation>Detener y preguntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>Descartar los turnos más antiguos (conservar el prompt de sistema)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53" />
        <source>Measuring again: the model is reloading…</source>
        <translation>Midiendo de nuevo: el modelo se está recargando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54" />
        <source>Forgotten: the next model load measures again.</source>
        <translation>Olvidado: la próxima carga del modelo volverá a medir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55" />
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>Olvidar el número de hilos medido para este equipo y medir de nuevo: el modelo se recarga y unos pasos cortos cronometrados (uno o dos segundos) eligen el número más rápido. Solo se miden los hilos automáticos en la CPU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>Prompt de sistema predeterminado para chats nuevos (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120" />
        <source>Default system prompt</source>
        <translation>Prompt de sistema predeterminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="126" />
        <source>Capped at the model's trained context when it loads</source>
        <translation>Limitado al contexto de entrenamiento del modelo al cargarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139" />
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="144" />
        <source>Measure again</source>
        <translation>Medir de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>Se aplica la próxima vez que se inicie Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="170" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="172" />
        <source>Context length (tokens)</source>
        <translation>Longitud del contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="173" />
        <source>GPU offload</source>
        <translation>Descarga en GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="174" />
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178" />
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180" />
        <source>When the context is full</source>
        <translation>Cuando el contexto está lleno</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>Esta compilación de llama-cpp-python no admite GPU; Hearth se ejecuta en la CPU. Consulta el README para CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185" />
        <source>Replies (defaults for new chats)</source>
        <translation>Respuestas (predeterminado para chats nuevos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>Editar tu último mensaje (con el cuadro de mensaje vacío)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>New line in the message</source>
        <translation>Nueva línea en el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Search results: move, open</source>
        <translation>Resultados: moverse, abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Down, Up, Enter</source>
        <translation>Abajo, Arriba, Intro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41" />
        <source>Next control</source>
        <translation>Siguiente control</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="39" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="40" />
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41" />
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42" />
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="130" />
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="134" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>Buscar en todos los chats (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="135" />
        <source>Search all chats</source>
        <translation>Buscar en todos los chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="136" />
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>Abajo pasa a los resultados, Intro abre uno, Esc borra</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="151" />
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="153" />
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>Aún no hay chats. Escribe un mensaje para empezar uno; aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="243" />
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
        <location filename="../../app/ui/sidebar.py" line="257" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>Sin resultados. Prueba con menos palabras u otras; Esc borra la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="298" />
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="303" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="305" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
</TS>