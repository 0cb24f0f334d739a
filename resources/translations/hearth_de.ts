<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
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
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="510" />
        <source>Show earlier messages</source>
        <translation>Frühere Nachrichten zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="561" />
        <source>Show earlier messages (%1 more)</source>
        <translation>Frühere Nachrichten zeigen (%1 weitere)</translation>
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
        <translation>Nachricht an Gemma…  (Eingabe sendet, Umschalt+Eingabe für neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="44" />
        <source>Message</source>
        <translation>Nachricht</translation>
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
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="60" />
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61" />
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="84" />
        <source>No model is loaded yet</source>
        <translation>Noch kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>Nachricht bearbeiten: Eingabe sendet sie als neue Version (das Original bleibt), Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104" />
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="50" />
        <source>System prompt for this chat</source>
        <translation>Systemprompt für diesen Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
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
        <translation>Noch kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <location filename="../../app/ui/main_window.py" line="349" />
        <location filename="../../app/ui/main_window.py" line="576" />
        <source>New chat</source>
        <translation>Neuer Chat</translation>
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
        <translation>Modell für neue Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <location filename="../../app/ui/main_window.py" line="126" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129" />
        <source> Model: </source>
        <translation> Modell: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152" />
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>&amp;Export this chat…</source>
        <translation>Diesen Chat &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Export &amp;all chats…</source>
        <translation>&amp;Alle Chats exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;Import chats…</source>
        <translation>Chats &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>&amp;Search chats</source>
        <translation>Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>&amp;Stop reply</source>
        <translation>Antwort &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Regenerate last reply</source>
        <translation>Letzte Antwort &amp;neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>&amp;Edit last message</source>
        <translation>Letzte Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Copy last reply</source>
        <translation>Letzte Antwort &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>Chat &amp;settings and presets…</source>
        <translation>Chat-&amp;Einstellungen und Vorlagen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Model &amp;manager…</source>
        <translation>Modell&amp;verwaltung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185" />
        <source>&amp;Import a model file…</source>
        <translation>Modelldatei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188" />
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260" />
        <source>There is no reply to copy yet.</source>
        <translation>Noch keine Antwort zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263" />
        <location filename="../../app/ui/main_window.py" line="264" />
        <source>Copied</source>
        <translation>Kopiert</translation>
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
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>Reply finished: %1</source>
        <translation>Antwort fertig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372" />
        <source>Reply %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>first token %1 s · %2 tokens</source>
        <translation>erstes Token %1 s · %2 Tokens</translation>
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
        <translation>Kontext %1 / %2 Tokens (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469" />
        <source>%1 (unusable)</source>
        <translation>%1 (unbrauchbar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478" />
        <source>No models installed</source>
        <translation>Keine Modelle installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="491" />
        <source>The model is still loading</source>
        <translation>Das Modell wird noch geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>Kein Modell geladen (Modelle → Modellverwaltung)</translation>
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
        <translation>Der Chat passt nicht mehr</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="538" />
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="539" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>„%1“ und alle Nachrichten löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="562" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>Öffnen Sie einen Chat zum Exportieren, oder nutzen Sie „Alle Chats exportieren“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="583" />
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Offline-Chat mit Googles Gemma-Modellen.&lt;br&gt;Nichts verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="48" />
        <source>writing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="49" />
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="50" />
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="51" />
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="206" />
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="212" />
        <location filename="../../app/ui/chat_view.py" line="213" />
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="290" />
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="292" />
        <source>Text of the message from %1</source>
        <translation>Text der Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="298" />
        <location filename="../../app/ui/chat_view.py" line="300" />
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="299" />
        <location filename="../../app/ui/chat_view.py" line="301" />
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <location filename="../../app/ui/chat_view.py" line="411" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="332" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335" />
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="336" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Write a reply to this message</source>
        <translation>Eine Antwort auf diese Nachricht schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete this message and what follows it</source>
        <translation>Diese Nachricht und alles Folgende löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="410" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="156" />
        <source>Search Hugging Face</source>
        <translation>Hugging Face durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169" />
        <source>Model repositories</source>
        <translation>Modell-Repositorys</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="173" />
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="178" />
        <source>Context length for the fit estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="380" />
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="528" />
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
        <location filename="../../app/ui/settings_dialog.py" line="22" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>Automatisch (alle Schichten, wenn der GPU-Build es kann)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="23" />
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="24" />
        <source>A number of layers</source>
        <translation>Eine Anzahl Schichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="25" />
        <source>Stop and ask</source>
        <translation>Anhalten und fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>Älteste Runden weglassen (Systemprompt bleibt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="35" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>Standard-Systemprompt für neue Chats (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="37" />
        <source>Default system prompt</source>
        <translation>Standard-Systemprompt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43" />
        <source>Capped at the model's trained context when it loads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56" />
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="70" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="72" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>Wirkt beim nächsten Start von Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="76" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="78" />
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="79" />
        <source>GPU offload</source>
        <translation>GPU-Auslagerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="80" />
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81" />
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="82" />
        <source>When the context is full</source>
        <translation>Wenn der Kontext voll ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88" />
        <source>Replies (defaults for new chats)</source>
        <translation>Antworten (Standard für neue Chats)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="93" />
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="33" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="43" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>Letzte Nachricht bearbeiten (im leeren Nachrichtenfeld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Up</source>
        <translation>Pfeil hoch</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Search results: move, open</source>
        <translation>Suchergebnisse: bewegen, öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Down, Up, Enter</source>
        <translation>Runter, Hoch, Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Next control</source>
        <translation>Nächstes Bedienelement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="117" />
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="118" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="121" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>Alle Chats durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="122" />
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
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
        <translation>Noch keine Chats. Schreiben Sie eine Nachricht, um einen zu beginnen; er erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="229" />
        <source>%1
%2 messages</source>
        <translation>%1
%2 Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="240" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>Keine Treffer. Versuchen Sie weniger oder andere Wörter; Esc leert die Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="281" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="285" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="287" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
</TS>