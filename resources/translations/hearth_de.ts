<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="104" />
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Warten Sie, bis die Antwort fertig ist, oder drücken Sie Esc, um sie anzuhalten, bevor Sie den Chat wechseln.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="150" />
        <location filename="../../app/ui/chat_session.py" line="181" />
        <source>Could not save your message: %1</source>
        <translation>Ihre Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="167" />
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>Diese Nachricht ist zu lang für das Modell: %1. Es wurde nichts gespeichert; Ihr Text steht noch im Eingabefeld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="276" />
        <source>This message is too long for the model: %1.</source>
        <translation>Diese Nachricht ist zu lang für das Modell: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="294" />
        <source>The reply could not be saved: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="442" />
        <source>Stop the reply before deleting this chat.</source>
        <translation>Halten Sie die Antwort an, bevor Sie diesen Chat löschen.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="43" />
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>Schreiben Sie unten eine Nachricht, um zu beginnen.
Enter sendet · Umschalt+Enter fügt eine Zeile ein · Esc hält an · Strg+/ zeigt alle Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="66" />
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="78" />
        <source>Show earlier messages</source>
        <translation>Frühere Nachrichten zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140" />
        <source>Show earlier messages (%1 more)</source>
        <translation>Frühere Nachrichten zeigen (%1 weitere)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="172" />
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— Das Modell sieht die %1 Nachricht(en) darüber nicht mehr: der Kontext ist voll. —</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="91" />
        <location filename="../../app/ui/message_body.py" line="106" />
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="95" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="97" />
        <location filename="../../app/ui/message_body.py" line="98" />
        <source>Copy this code</source>
        <translation>Diesen Code kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="106" />
        <source>Code (%1)</source>
        <translation>Code (%1)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="44" />
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Gemma…  (Eingabe sendet, Umschalt+Eingabe für neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47" />
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Enter sendet, Umschalt+Enter fügt eine Zeile ein, Pfeil nach oben in einem leeren Feld bearbeitet Ihre letzte Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59" />
        <location filename="../../app/ui/composer.py" line="126" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62" />
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63" />
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="66" />
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="67" />
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>Dokumente anhängen (Text, Markdown, Code, CSV, HTML, PDF, DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="68" />
        <source>Attach documents</source>
        <translation>Dokumente anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="91" />
        <source>No model is loaded yet</source>
        <translation>Noch kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>Nachricht bearbeiten: Eingabe sendet sie als neue Version (das Original bleibt), Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112" />
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57" />
        <source>System prompt for this chat</source>
        <translation>Systemprompt für diesen Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/locale_format.py" line="62" />
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="46" />
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Warten Sie, bis die Antwort fertig ist, oder drücken Sie Esc, um sie anzuhalten, bevor Sie den Chat wechseln.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49" />
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>Der geöffnete Chat wurde außerhalb dieses Fensters gelöscht (mit dem Befehl hearth oder in einem anderen Fenster).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>No model loaded yet</source>
        <translation>Noch kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <location filename="../../app/ui/main_window.py" line="387" />
        <location filename="../../app/ui/main_window.py" line="638" />
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105" />
        <source>Tokens the model holds in its context / context size</source>
        <translation>Tokens im Kontext des Modells / Kontextgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>Model used for new replies</source>
        <translation>Modell für neue Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135" />
        <source> Model: </source>
        <translation> Modell: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143" />
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Export this chat…</source>
        <translation>Diesen Chat &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Export &amp;all chats…</source>
        <translation>&amp;Alle Chats exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>&amp;Import chats…</source>
        <translation>Chats &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Search chats</source>
        <translation>Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Stop reply</source>
        <translation>Antwort &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Regenerate last reply</source>
        <translation>Letzte Antwort &amp;neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>&amp;Edit last message</source>
        <translation>Letzte Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192" />
        <source>&amp;Copy last reply</source>
        <translation>Letzte Antwort &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Chat &amp;settings and presets…</source>
        <translation>Chat-&amp;Einstellungen und Vorlagen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>Model &amp;manager…</source>
        <translation>Modell&amp;verwaltung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209" />
        <source>&amp;Import a model file…</source>
        <translation>Modelldatei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212" />
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232" />
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238" />
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291" />
        <source>There is no reply to copy yet.</source>
        <translation>Noch keine Antwort zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294" />
        <location filename="../../app/ui/main_window.py" line="295" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1. Ihre Nachricht steht noch im Feld; drücken Sie erneut Enter, sobald das Modell bereit ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407" />
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="410" />
        <source>Reply finished: %1</source>
        <translation>Antwort fertig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412" />
        <source>Reply %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">erstes Token %1 s · %2 Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451" />
        <source>Your message starts a new chat.</source>
        <translation>Ihre Nachricht beginnt einen neuen Chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453" />
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>Ihr Text steht noch im Eingabefeld; Enter sendet ihn als neuen Chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="510" />
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>Kontext %1 / %2 Tokens (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="524" />
        <source>%1 (unusable)</source>
        <translation>%1 (unbrauchbar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="534" />
        <source>No models installed</source>
        <translation>Keine Modelle installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="547" />
        <source>The model is still loading</source>
        <translation>Das Modell wird noch geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="548" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>Kein Modell geladen (Modelle → Modellverwaltung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="580" />
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model's memory begins.</source>
        <translation>%1.

Soll dieser Chat seine ältesten Runden vergessen (Systemprompt und angeheftete Nachrichten bleiben) und es erneut versuchen? Eine Markierung im Chat zeigt, wo das Gedächtnis des Modells beginnt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>The chat no longer fits</source>
        <translation>Der Chat passt nicht mehr</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="601" />
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="602" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>„%1“ und alle Nachrichten löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="626" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>Öffnen Sie einen Chat zum Exportieren, oder nutzen Sie „Alle Chats exportieren“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="648" />
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="650" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Offline-Chat mit Googles Gemma-Modellen.&lt;br&gt;Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238" />
        <source>API &amp;server…</source>
        <translation>API-&amp;Server…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="35" />
        <source>writing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="36" />
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="37" />
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="38" />
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="58" />
        <source>first token %1 s</source>
        <translation>erstes Token %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="64" />
        <location filename="../../app/ui/message_view.py" line="93" />
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="70" />
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 Tokens (Prompt %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="76" />
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="81" />
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="88" />
        <source>first token %1 s · %2 tokens</source>
        <translation>erstes Token %1 s · %2 Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="102" />
        <source>Reading %1 tokens… %2%</source>
        <translation>Lese %1 Tokens… %2 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="165" />
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="171" />
        <location filename="../../app/ui/message_view.py" line="172" />
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="257" />
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="259" />
        <source>Text of the message from %1</source>
        <translation>Text der Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="265" />
        <location filename="../../app/ui/message_view.py" line="267" />
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="266" />
        <location filename="../../app/ui/message_view.py" line="268" />
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <location filename="../../app/ui/message_view.py" line="408" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="303" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation>Angeheftete Nachrichten bleiben im Gedächtnis des Modells, wenn ältere Runden wegfallen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="308" />
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="309" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation>Eine andere Version dieser Antwort schreiben (die alte bleibt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="314" />
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="315" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation>Bearbeiten und erneut senden (das Original bleibt als andere Version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="319" />
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="320" />
        <source>Write a reply to this message</source>
        <translation>Eine Antwort auf diese Nachricht schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="325" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="326" />
        <source>Delete this message and what follows it</source>
        <translation>Diese Nachricht und alles Folgende löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="407" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="194" />
        <source>Search Hugging Face</source>
        <translation>Hugging Face durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207" />
        <source>Model repositories</source>
        <translation>Modell-Repositorys</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="211" />
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="216" />
        <source>Context length for the fit estimate</source>
        <translation>Kontextlänge für die Abschätzung, ob es passt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="436" />
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="586" />
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24" />
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="26" />
        <source>Temperature</source>
        <translation>Temperatur</translation>
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
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31" />
        <source>Max reply tokens</source>
        <translation>Max. Antwort-Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32" />
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>Automatisch (alle Schichten, wenn der GPU-Build es kann)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41" />
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42" />
        <source>A number of layers</source>
        <translation>Eine Anzahl Schichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45" />
        <source>Stop and ask</source>
        <translation>Anhalten und fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>Älteste Runden weglassen (Systemprompt bleibt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53" />
        <source>Measuring again: the model is reloading…</source>
        <translation>Neue Messung: das Modell wird neu geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54" />
        <source>Forgotten: the next model load measures again.</source>
        <translation>Vergessen: beim nächsten Laden des Modells wird neu gemessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55" />
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>Die für diesen Rechner gemessene Thread-Anzahl vergessen und neu messen: Das Modell wird neu geladen, und einige kurze, zeitlich gemessene Schritte (ein bis zwei Sekunden) wählen die schnellste Anzahl. Gemessen werden nur automatische Threads auf der CPU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>Standard-Systemprompt für neue Chats (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120" />
        <source>Default system prompt</source>
        <translation>Standard-Systemprompt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="126" />
        <source>Capped at the model's trained context when it loads</source>
        <translation>Beim Laden auf den trainierten Kontext des Modells begrenzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139" />
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="144" />
        <source>Measure again</source>
        <translation>Neu messen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>Wirkt beim nächsten Start von Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="170" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="172" />
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="173" />
        <source>GPU offload</source>
        <translation>GPU-Auslagerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="174" />
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178" />
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180" />
        <source>When the context is full</source>
        <translation>Wenn der Kontext voll ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>Dieser llama-cpp-python-Build unterstützt keine GPU; Hearth läuft auf der CPU. Siehe README für CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185" />
        <source>Replies (defaults for new chats)</source>
        <translation>Antworten (Standard für neue Chats)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190" />
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>Letzte Nachricht bearbeiten (im leeren Nachrichtenfeld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Up</source>
        <translation>Pfeil hoch</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Search results: move, open</source>
        <translation>Suchergebnisse: bewegen, öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Down, Up, Enter</source>
        <translation>Runter, Hoch, Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41" />
        <source>Next control</source>
        <translation>Nächstes Bedienelement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="39" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="40" />
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41" />
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42" />
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="130" />
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="134" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>Alle Chats durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="135" />
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="136" />
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>Pfeil nach unten wechselt in die Ergebnisse, Enter öffnet eines, Esc leert die Suche</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="151" />
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="153" />
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>Noch keine Chats. Schreiben Sie eine Nachricht, um einen zu beginnen; er erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="243" />
        <source>%1
%2 messages · %3</source>
        <translation>%1
%2 Nachrichten · %3</translation>
    </message>
    <message>
        <source>%1
%2 messages</source>
        <translation type="vanished">%1
%2 Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="257" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>Keine Treffer. Versuchen Sie weniger oder andere Wörter; Esc leert die Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="298" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="303" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="305" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
</TS>