<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AttachmentChips</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="69"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="72"/>
        <source>Open the file, or the text Hearth stored of it</source>
        <translation>Die Datei öffnen oder den Text, den Hearth davon gespeichert hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="75"/>
        <source>Open attachment %1</source>
        <translation>Anhang %1 öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="81"/>
        <source>Remove from this chat: later replies no longer use it</source>
        <translation>Aus diesem Chat entfernen: Spätere Antworten verwenden ihn nicht mehr</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="84"/>
        <source>Remove attachment %1 from this chat</source>
        <translation>Anhang %1 aus diesem Chat entfernen</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="107"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Warten Sie, bis die Antwort fertig ist, oder drücken Sie Esc, um sie anzuhalten, bevor Sie den Chat wechseln.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="144"/>
        <location filename="../../app/ui/chat_session.py" line="175"/>
        <source>Could not save your message: %1</source>
        <translation>Ihre Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="161"/>
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>Diese Nachricht ist zu lang für das Modell: %1. Es wurde nichts gespeichert; Ihr Text steht noch im Eingabefeld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="270"/>
        <source>This message is too long for the model: %1.</source>
        <translation>Diese Nachricht ist zu lang für das Modell: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="288"/>
        <source>The reply could not be saved: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_history.py" line="187"/>
        <source>Stop the reply before deleting this chat.</source>
        <translation>Halten Sie die Antwort an, bevor Sie diesen Chat löschen.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="44"/>
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>Schreiben Sie unten eine Nachricht, um zu beginnen.
Enter sendet · Umschalt+Enter fügt eine Zeile ein · Esc hält an · Strg+/ zeigt alle Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="67"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Show earlier messages</source>
        <translation>Frühere Nachrichten zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <source>Show earlier messages (%1 more)</source>
        <translation>Frühere Nachrichten zeigen (%1 weitere)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— Das Modell sieht die %1 Nachricht(en) darüber nicht mehr: der Kontext ist voll. —</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="112"/>
        <location filename="../../app/ui/message_body.py" line="126"/>
        <location filename="../../app/ui/message_body.py" line="141"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="116"/>
        <location filename="../../app/ui/message_body.py" line="151"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="118"/>
        <location filename="../../app/ui/message_body.py" line="119"/>
        <source>Copy this code</source>
        <translation>Diesen Code kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="126"/>
        <location filename="../../app/ui/message_body.py" line="144"/>
        <source>Code (%1)</source>
        <translation>Code (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="150"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CollectionJobs</name>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="83"/>
        <source>The job stopped: %1</source>
        <translation>Der Auftrag wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="130"/>
        <source>Removed the collection %1.</source>
        <translation>Die Sammlung %1 wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="150"/>
        <source>%1 new vectors from %2</source>
        <translation>%1 neue Vektoren aus %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="163"/>
        <source>%1 cannot be loaded as an embedding model (%2)</source>
        <translation>%1 kann nicht als Embedding-Modell geladen werden (%2)</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <location filename="../../app/ui/collections_page.py" line="52"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="53"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="54"/>
        <source>Chunks</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="55"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="56"/>
        <source>Used by this chat</source>
        <translation>Von diesem Chat genutzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="61"/>
        <location filename="../../app/ui/collections_page.py" line="71"/>
        <source>Document collections</source>
        <translation>Dokumentsammlungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="72"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="73"/>
        <source>Reindex</source>
        <translation>Neu indizieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="74"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="76"/>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="80"/>
        <source>Indexing progress</source>
        <translation>Indizierungsfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="83"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="84"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="111"/>
        <source>Embedding model:</source>
        <translation>Embedding-Modell:</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="147"/>
        <source>Let this chat retrieve from the collection</source>
        <translation>Diesen Chat Inhalte aus der Sammlung abrufen lassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="149"/>
        <source>Open a chat to let it retrieve from a collection</source>
        <translation>Öffnen Sie einen Chat, damit er Inhalte aus einer Sammlung abrufen kann</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="168"/>
        <source>None: keywords only (BM25)</source>
        <translation>Keins: nur Schlüsselwörter (BM25)</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="180"/>
        <source>Retrieval uses keywords only (BM25): no embedding model is chosen. Any GGUF in the library can serve.</source>
        <translation>Die Suche nutzt nur Schlüsselwörter (BM25): Es ist kein Embedding-Modell gewählt. Jedes GGUF-Modell aus der Bibliothek kommt infrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="187"/>
        <source>Retrieval fuses keywords (BM25) with vectors from %1.</source>
        <translation>Die Suche verbindet Schlüsselwörter (BM25) mit Vektoren von %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="195"/>
        <source>Add a folder as a collection</source>
        <translation>Einen Ordner als Sammlung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="203"/>
        <source>Add collection</source>
        <translation>Sammlung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="204"/>
        <source>Collection name:</source>
        <translation>Name der Sammlung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="215"/>
        <source>There is already a collection named %1.</source>
        <translation>Es gibt bereits eine Sammlung namens %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="221"/>
        <source>Indexing %1…</source>
        <translation>%1 wird indiziert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="236"/>
        <source>Re-checking %1…</source>
        <translation>%1 wird erneut geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="243"/>
        <source>Remove the collection %1? Its documents are deleted from Hearth unless a chat uses them; the files in the folder are not touched.</source>
        <translation>Die Sammlung %1 entfernen? Ihre Dokumente werden aus Hearth gelöscht, sofern kein Chat sie nutzt; die Dateien im Ordner bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="248"/>
        <source>Remove collection</source>
        <translation>Sammlung entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="250"/>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="257"/>
        <source>Wait for the current job to finish, or cancel it, before changing the model.</source>
        <translation>Warten Sie, bis der laufende Auftrag fertig ist, oder brechen Sie ihn ab, bevor Sie das Modell wechseln.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="263"/>
        <source>Loading %1 and computing vectors…</source>
        <translation>%1 wird geladen, Vektoren werden berechnet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="270"/>
        <source>Switching to keywords only…</source>
        <translation>Umstellung auf nur Schlüsselwörter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="353"/>
        <source>Document co&amp;llections…</source>
        <translation>Dokumentsamm&amp;lungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="397"/>
        <source>Re-checking the document collections…</source>
        <translation>Die Dokumentsammlungen werden erneut geprüft…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="44"/>
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Gemma…  (Eingabe sendet, Umschalt+Eingabe für neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47"/>
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Enter sendet, Umschalt+Enter fügt eine Zeile ein, Pfeil nach oben in einem leeren Feld bearbeitet Ihre letzte Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="56"/>
        <location filename="../../app/ui/composer.py" line="129"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="58"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59"/>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61"/>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62"/>
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>Dokumente anhängen (Text, Markdown, Code, CSV, HTML, PDF, DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63"/>
        <source>Attach documents</source>
        <translation>Dokumente anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>No model is loaded yet</source>
        <translation>Noch kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>Nachricht bearbeiten: Eingabe sendet sie als neue Version (das Original bleibt), Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57"/>
        <source>System prompt for this chat</source>
        <translation>Systemprompt für diesen Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/locale_format.py" line="62"/>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DiscoverTab</name>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="80"/>
        <source>Search Hugging Face for GGUF models, e.g. gemma 3 4b</source>
        <translation>Hugging Face nach GGUF-Modellen durchsuchen, z. B. gemma 3 4b</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="81"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Face durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="82"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="83"/>
        <source>Curated Gemma</source>
        <translation>Ausgewählte Gemma-Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="86"/>
        <source>Model repositories</source>
        <translation>Modell-Repositorys</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Quant</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Fit</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="90"/>
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="95"/>
        <source>Context length for the fit estimate</source>
        <translation>Kontextlänge für die Abschätzung, ob es passt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="96"/>
        <location filename="../../app/ui/model_manager_discover.py" line="298"/>
        <location filename="../../app/ui/model_manager_discover.py" line="306"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="98"/>
        <source>Hugging Face token...</source>
        <translation>Hugging-Face-Token…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="99"/>
        <source>Forget token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="103"/>
        <source>This machine: checking memory...</source>
        <translation>Dieser Rechner: Speicher wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="112"/>
        <source>Context for the memory estimate:</source>
        <translation>Kontext für die Speicherabschätzung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="164"/>
        <source>, GPU %1</source>
        <translation>, GPU %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="166"/>
        <source>, no GPU offload in this build</source>
        <translation>, keine GPU-Auslagerung in diesem Build</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="167"/>
        <source>This machine: %1 RAM, %2 free</source>
        <translation>Dieser Rechner: %1 RAM, %2 frei</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="178"/>
        <location filename="../../app/ui/model_manager_discover.py" line="204"/>
        <source>  (gated)</source>
        <translation>  (zugangsbeschränkt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="193"/>
        <source>Searching for “%1”...</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="205"/>
        <source>%1 downloads</source>
        <translation>%1 Downloads</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="210"/>
        <source>%1 repositories found.</source>
        <translation>%1 Repositorys gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="212"/>
        <source>No GGUF repositories found.</source>
        <translation>Keine GGUF-Repositorys gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="220"/>
        <source>Reading the files of %1...</source>
        <translation>Dateien von %1 werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="232"/>
        <source>%1: %2 GGUF file(s).</source>
        <translation>%1: %2 GGUF-Datei(en).</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="234"/>
        <source>Gated: downloading needs a token and the license accepted on huggingface.co.</source>
        <translation>Zugangsbeschränkt: Zum Herunterladen sind ein Token und die auf huggingface.co akzeptierte Lizenz nötig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="236"/>
        <source>The KV cache of this model is unknown and not counted in Memory.</source>
        <translation>Der KV-Cache dieses Modells ist unbekannt und in „Speicher“ nicht mitgezählt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="238"/>
        <source>Ignored %1 file(s) with unsafe names.</source>
        <translation>%1 Datei(en) mit unsicheren Namen ignoriert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="269"/>
        <source>★ recommended</source>
        <translation>★ empfohlen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="299"/>
        <source>%1 is a %2 file, not a chat model. Download anyway?</source>
        <translation>%1 ist eine %2-Datei, kein Chat-Modell. Trotzdem herunterladen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="317"/>
        <source>Store a token for gated repositories.</source>
        <translation>Token für zugangsbeschränkte Repositorys speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="325"/>
        <source>Token stored in the OS keyring.</source>
        <translation>Token im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="328"/>
        <source>No OS keyring is available: the token is kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Token gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="335"/>
        <source>The stored token was removed.</source>
        <translation>Das gespeicherte Token wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>DownloadsTab</name>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="44"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="46"/>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="47"/>
        <source>Downloads resume where they stopped, even after quitting Hearth.</source>
        <translation>Downloads setzen dort fort, wo sie aufgehört haben, auch nach dem Beenden von Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="85"/>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="87"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="118"/>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="119"/>
        <source>Cancel this download and delete the part already downloaded?</source>
        <translation>Diesen Download abbrechen und den bereits heruntergeladenen Teil löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="130"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="132"/>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="133"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="134"/>
        <source>done (verified)</source>
        <translation>fertig (geprüft)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="135"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="136"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="137"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="167"/>
        <source>checking %p%</source>
        <translation>Prüfung %p %</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="169"/>
        <source>verifying</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="172"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="190"/>
        <source>%1 is ready: sha256 verified.</source>
        <translation>%1 ist bereit: sha256 geprüft.</translation>
    </message>
</context>
<context>
    <name>GuiStart</name>
    <message>
        <location filename="../../app/ui/application.py" line="388"/>
        <source>Hearth cannot open its history database:

%1</source>
        <translation>Hearth kann seine Verlaufsdatenbank nicht öffnen:

%1</translation>
    </message>
</context>
<context>
    <name>HearthApp</name>
    <message>
        <location filename="../../app/ui/application.py" line="193"/>
        <source>%1 reply(ies) were cut off when Hearth last closed unexpectedly; they are kept and marked &apos;interrupted&apos;.</source>
        <translation>%1 Antwort(en) wurden abgeschnitten, als Hearth zuletzt unerwartet beendet wurde; sie bleiben erhalten und sind als „unterbrochen“ markiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="206"/>
        <source>Looking at your models…</source>
        <translation>Ihre Modelle werden angesehen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>Import a model</source>
        <translation>Ein Modell importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
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
        <translation>Webseite, eigenständig (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="24"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="25"/>
        <source>Hearth JSON, lossless (*.json)</source>
        <translation>Hearth-JSON, verlustfrei (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="26"/>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="49"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="79"/>
        <source>Export chats</source>
        <translation>Chats exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="99"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="105"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="108"/>
        <source>Exporting...</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="114"/>
        <source>Import chats</source>
        <translation>Chats importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="116"/>
        <source>Chat exports (*.json *.zip);;Hearth JSON (*.json);;ChatGPT export (conversations.json *.zip)</source>
        <translation>Chat-Exporte (*.json *.zip);;Hearth-JSON (*.json);;ChatGPT-Export (conversations.json *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="134"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="143"/>
        <source>Importing %1...</source>
        <translation>%1 wird importiert…</translation>
    </message>
</context>
<context>
    <name>InferenceController</name>
    <message>
        <location filename="../../app/ui/workers.py" line="140"/>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="168"/>
        <source>the starter model could not be prepared: %1</source>
        <translation>das Startmodell konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="226"/>
        <source>generation failed: %1</source>
        <translation>Erzeugung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="52"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="53"/>
        <source>Quant</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="54"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="55"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="56"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="57"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="58"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="62"/>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="63"/>
        <source>Import...</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="64"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="65"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="66"/>
        <source>Set as default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="67"/>
        <source>Models live in %1</source>
        <translation>Modelle liegen in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="109"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="111"/>
        <source>cannot be used: %1</source>
        <translation>nicht nutzbar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="134"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>Import a GGUF model</source>
        <translation>Ein GGUF-Modell importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="168"/>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="181"/>
        <source>Delete %1 (%2) from the library?</source>
        <translation>%1 (%2) aus der Bibliothek löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="183"/>
        <source>The original file it links to is kept.</source>
        <translation>Die verknüpfte Originaldatei bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="184"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="198"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="205"/>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>Verified: </source>
        <translation>Geprüft: </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>PROBLEM: </source>
        <translation>PROBLEM: </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="230"/>
        <source>%1 is the default model for new chats.</source>
        <translation>%1 ist das Standardmodell für neue Chats.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="20"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Warten Sie, bis die Antwort fertig ist, oder drücken Sie Esc, um sie anzuhalten, bevor Sie den Chat wechseln.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="23"/>
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>Der geöffnete Chat wurde außerhalb dieses Fensters gelöscht (mit dem Befehl hearth oder in einem anderen Fenster).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="120"/>
        <source>The attached documents are still being read; send again in a moment.</source>
        <translation>Die angehängten Dokumente werden noch gelesen; senden Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>No model loaded yet</source>
        <translation>Noch kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="59"/>
        <location filename="../../app/ui/window_dialogs.py" line="75"/>
        <location filename="../../app/ui/window_layout.py" line="46"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="53"/>
        <source>Tokens the model holds in its context / context size</source>
        <translation>Tokens im Kontext des Modells / Kontextgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="22"/>
        <source>Model used for new replies</source>
        <translation>Modell für neue Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="24"/>
        <location filename="../../app/ui/window_layout.py" line="77"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="80"/>
        <source> Model: </source>
        <translation> Modell: </translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="90"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="94"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="44"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Export this chat…</source>
        <translation>Diesen Chat &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="50"/>
        <source>Export &amp;all chats…</source>
        <translation>&amp;Alle Chats exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="52"/>
        <source>&amp;Import chats…</source>
        <translation>Chats &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="23"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="62"/>
        <source>&amp;Search chats</source>
        <translation>Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="65"/>
        <source>&amp;Stop reply</source>
        <translation>Antwort &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="24"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="74"/>
        <source>&amp;Regenerate last reply</source>
        <translation>Letzte Antwort &amp;neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="77"/>
        <source>&amp;Edit last message</source>
        <translation>Letzte Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Copy last reply</source>
        <translation>Letzte Antwort &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="84"/>
        <source>Chat &amp;settings and presets…</source>
        <translation>Chat-&amp;Einstellungen und Vorlagen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="26"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Model &amp;manager…</source>
        <translation>Modell&amp;verwaltung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="93"/>
        <source>&amp;Import a model file…</source>
        <translation>Modelldatei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="28"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="98"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="112"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="115"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="118"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="29"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="124"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="126"/>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>There is no reply to copy yet.</source>
        <translation>Noch keine Antwort zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1. Ihre Nachricht steht noch im Feld; drücken Sie erneut Enter, sobald das Modell bereit ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="83"/>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="98"/>
        <source>Reply finished: %1</source>
        <translation>Antwort fertig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="101"/>
        <source>Reply %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">erstes Token %1 s · %2 Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="152"/>
        <source>Your message starts a new chat.</source>
        <translation>Ihre Nachricht beginnt einen neuen Chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="154"/>
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>Ihr Text steht noch im Eingabefeld; Enter sendet ihn als neuen Chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="54"/>
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>Kontext %1 / %2 Tokens (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="48"/>
        <source>%1 (unusable)</source>
        <translation>%1 (unbrauchbar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="37"/>
        <source>No models installed</source>
        <translation>Keine Modelle installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="43"/>
        <source>The model is still loading</source>
        <translation>Das Modell wird noch geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="44"/>
        <source>No model is loaded (Models → Model manager)</source>
        <translation>Kein Modell geladen (Modelle → Modellverwaltung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="54"/>
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model&apos;s memory begins.</source>
        <translation>%1.

Soll dieser Chat seine ältesten Runden vergessen (Systemprompt und angeheftete Nachrichten bleiben) und es erneut versuchen? Eine Markierung im Chat zeigt, wo das Gedächtnis des Modells beginnt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="59"/>
        <source>The chat no longer fits</source>
        <translation>Der Chat passt nicht mehr</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="33"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="34"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="43"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="41"/>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>„%1“ und alle Nachrichten löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>Öffnen Sie einen Chat zum Exportieren, oder nutzen Sie „Alle Chats exportieren“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="91"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="93"/>
        <source>Offline chat with Google&apos;s Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Offline-Chat mit Googles Gemma-Modellen.&lt;br&gt;Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="363"/>
        <source>API &amp;server…</source>
        <translation>API-&amp;Server…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="45"/>
        <source>writing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="46"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="47"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="48"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="23"/>
        <source>first token %1 s</source>
        <translation>erstes Token %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="29"/>
        <location filename="../../app/ui/message_text.py" line="58"/>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="35"/>
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 Tokens (Prompt %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="41"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="46"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="53"/>
        <source>first token %1 s · %2 tokens</source>
        <translation>erstes Token %1 s · %2 Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="67"/>
        <source>Reading %1 tokens… %2%</source>
        <translation>Lese %1 Tokens… %2 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="109"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="115"/>
        <location filename="../../app/ui/message_view.py" line="116"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="209"/>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="211"/>
        <source>Text of the message from %1</source>
        <translation>Text der Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="68"/>
        <location filename="../../app/ui/message_view.py" line="313"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="73"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="75"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="76"/>
        <source>Pinned messages stay in the model&apos;s memory when older turns are dropped</source>
        <translation>Angeheftete Nachrichten bleiben im Gedächtnis des Modells, wenn ältere Runden wegfallen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="83"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>Write another version of this reply (the old one stays)</source>
        <translation>Eine andere Version dieser Antwort schreiben (die alte bleibt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="89"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="90"/>
        <source>Edit and resend (the original stays as another version)</source>
        <translation>Bearbeiten und erneut senden (das Original bleibt als andere Version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="94"/>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="95"/>
        <source>Write a reply to this message</source>
        <translation>Eine Antwort auf diese Nachricht schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Delete this message and what follows it</source>
        <translation>Diese Nachricht und alles Folgende löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="312"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ModelImport</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="75"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="115"/>
        <source>Adding %1 to the library...</source>
        <translation>%1 wird zur Bibliothek hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="116"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="121"/>
        <location filename="../../app/ui/tasks.py" line="191"/>
        <source>Import model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="129"/>
        <source>Importing...</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="154"/>
        <source>Importing... %1%</source>
        <translation>Wird importiert… %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="165"/>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="194"/>
        <source>Only .gguf model files can be added.</source>
        <translation>Nur .gguf-Modelldateien können hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="56"/>
        <source>Gated Gemma repositories need a Hugging Face read token, and the license accepted on the model&apos;s page with the same account. Create a token at https://huggingface.co/settings/tokens.</source>
        <translation>Zugangsbeschränkte Gemma-Repositorys brauchen ein Hugging-Face-Lese-Token und die auf der Seite des Modells mit demselben Konto akzeptierte Lizenz. Ein Token erstellen Sie unter https://huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="65"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="68"/>
        <source>Hugging Face token</source>
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="83"/>
        <source>Import model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="85"/>
        <source>Add %1 to the library.</source>
        <translation>%1 zur Bibliothek hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="87"/>
        <source>Copy: the library keeps its own file (uses disk space).
Link: no extra space; the original file must stay where it is.</source>
        <translation>Kopieren: Die Bibliothek behält eine eigene Datei (braucht Speicherplatz).
Verknüpfen: kein zusätzlicher Platz; die Originaldatei muss bleiben, wo sie ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="93"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="94"/>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="143"/>
        <source>Checking... %1%</source>
        <translation>Wird geprüft… %1 %</translation>
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
        <translation type="vanished">Hugging Face durchsuchen</translation>
    </message>
    <message>
        <source>Model repositories</source>
        <translation type="vanished">Modell-Repositorys</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation type="vanished">Modelldateien</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation type="vanished">Kontextlänge für die Abschätzung, ob es passt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="59"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="77"/>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="78"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="79"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="80"/>
        <source>Remote servers</source>
        <translation>Entfernte Server</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation type="vanished">Installierte Modelle</translation>
    </message>
</context>
<context>
    <name>ModelSession</name>
    <message>
        <location filename="../../app/ui/model_session.py" line="33"/>
        <source>base model: it continues text rather than following instructions</source>
        <translation>Basismodell: setzt Text fort, statt Anweisungen zu befolgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="125"/>
        <source>Preparing the starter model (first run)…</source>
        <translation>Startmodell wird vorbereitet (erster Start)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="128"/>
        <source>No model yet: open Models → Model manager to download one</source>
        <translation>Noch kein Modell: Öffnen Sie Modelle → Modellverwaltung, um eines herunterzuladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="140"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="155"/>
        <source>“%1” is not a remote model</source>
        <translation>„%1“ ist kein entferntes Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="159"/>
        <source>Connecting to %1 for %2…</source>
        <translation>Verbindung zu %1 für %2…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="184"/>
        <location filename="../../app/ui/model_session.py" line="189"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>RemoteServersPage</name>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="50"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="53"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="56"/>
        <source>optional; kept in the system keyring</source>
        <translation>optional; im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="57"/>
        <location filename="../../app/ui/remote_servers_page.py" line="110"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="59"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="60"/>
        <source>Add the server, or save the changes to the one with this name</source>
        <translation>Den Server hinzufügen oder die Änderungen am Server mit diesem Namen speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="61"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="62"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <location filename="../../app/ui/remote_servers_page.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="80"/>
        <source>Remote servers</source>
        <translation>Entfernte Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="95"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="96"/>
        <source>as the server says</source>
        <translation>wie der Server angibt</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="97"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="100"/>
        <source>The context length to use when the server does not say its own (vLLM and llama-server say it; Ollama often gives only the model&apos;s maximum)</source>
        <translation>Die Kontextlänge, wenn der Server seine eigene nicht angibt (vLLM und llama-server geben sie an; Ollama nennt oft nur das Maximum des Modells)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="118"/>
        <source>Chat with models served elsewhere: vLLM, llama.cpp&apos;s llama-server, Ollama, LM Studio or another Hearth (any OpenAI-compatible API).</source>
        <translation>Mit Modellen chatten, die anderswo bereitgestellt werden: vLLM, llama-server von llama.cpp, Ollama, LM Studio oder ein anderes Hearth (jede OpenAI-kompatible API).</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>plain http to another machine: unencrypted</source>
        <translation>einfaches http zu einem anderen Rechner: unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="146"/>
        <source>from the server</source>
        <translation>vom Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Saved %1: %2.</source>
        <translation>%1 gespeichert: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Added %1: %2.</source>
        <translation>%1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="183"/>
        <source>No keyring on this system: the key is kept until Hearth quits.</source>
        <translation>Kein Schlüsselbund auf diesem System: Der Schlüssel bleibt nur bis zum Beenden von Hearth erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="186"/>
        <source>Warning: %1.</source>
        <translation>Warnung: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="194"/>
        <location filename="../../app/ui/remote_servers_page.py" line="205"/>
        <source>Select a server first.</source>
        <translation>Wählen Sie zuerst einen Server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="198"/>
        <source>Removed %1 and its key.</source>
        <translation>%1 und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="212"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="225"/>
        <source>reachable · %1 model(s): %2</source>
        <translation>erreichbar · %1 Modell(e): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="226"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="26"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
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
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31"/>
        <source>Max reply tokens</source>
        <translation>Max. Antwort-Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>SentAttachments</name>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="38"/>
        <source>%1 (stored text)</source>
        <translation>%1 (gespeicherter Text)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="43"/>
        <source>Stored text of %1</source>
        <translation>Gespeicherter Text von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="83"/>
        <source>The stored text cannot be read: %1</source>
        <translation>Der gespeicherte Text kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="101"/>
        <source>Wait for the reply to finish, or stop it, before removing a document.</source>
        <translation>Warten Sie, bis die Antwort fertig ist, oder halten Sie sie an, bevor Sie ein Dokument entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="106"/>
        <source>Remove %1 from this chat? Later replies will no longer see it; its stored text is deleted unless another chat or a collection uses it.</source>
        <translation>%1 aus diesem Chat entfernen? Spätere Antworten sehen es nicht mehr; sein gespeicherter Text wird gelöscht, sofern kein anderer Chat und keine Sammlung ihn nutzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="112"/>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="192"/>
        <source>API off</source>
        <translation>API aus</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="200"/>
        <source>API: %1 waiting</source>
        <translation>API: %1 warten</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="202"/>
        <source>API on</source>
        <translation>API an</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="212"/>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="214"/>
        <source>Serve the model to other programs (OpenAI- and Anthropic-compatible API)</source>
        <translation>Das Modell anderen Programmen bereitstellen (OpenAI- und Anthropic-kompatible API)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="216"/>
        <source>Allow other devices on this network (needs the key)</source>
        <translation>Andere Geräte in diesem Netzwerk zulassen (Schlüssel nötig)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="219"/>
        <source>none (web pages cannot call the server)</source>
        <translation>keine (Webseiten können den Server nicht aufrufen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="223"/>
        <source>Web origins allowed to call the server from a browser, separated by spaces, like http://localhost:3000</source>
        <translation>Web-Ursprünge, die den Server aus einem Browser aufrufen dürfen, durch Leerzeichen getrennt, etwa http://localhost:3000</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="226"/>
        <source>Keep API conversations in history (in the sidebar&apos;s API group)</source>
        <translation>API-Unterhaltungen im Verlauf behalten (in der Gruppe „API“ der Seitenleiste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="229"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="230"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="231"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="237"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="239"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="240"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="241"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="242"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="243"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="254"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="256"/>
        <source>Allowed web origins:</source>
        <translation>Erlaubte Web-Ursprünge:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="262"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="263"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="267"/>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="306"/>
        <source>A new key is in use: programs using the old one now get 401.</source>
        <translation>Ein neuer Schlüssel ist aktiv: Programme mit dem alten erhalten jetzt 401.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="317"/>
        <source>Running.</source>
        <translation>Läuft.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>Automatisch (alle Schichten, wenn der GPU-Build es kann)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>A number of layers</source>
        <translation>Eine Anzahl Schichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>Stop and ask</source>
        <translation>Anhalten und fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>Älteste Runden weglassen (Systemprompt bleibt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Measuring again: the model is reloading…</source>
        <translation>Neue Messung: das Modell wird neu geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Forgotten: the next model load measures again.</source>
        <translation>Vergessen: beim nächsten Laden des Modells wird neu gemessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>Die für diesen Rechner gemessene Thread-Anzahl vergessen und neu messen: Das Modell wird neu geladen, und einige kurze, zeitlich gemessene Schritte (ein bis zwei Sekunden) wählen die schnellste Anzahl. Gemessen werden nur automatische Threads auf der CPU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>; measured when a model loads</source>
        <translation>; gemessen, wenn ein Modell geladen wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="113"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="125"/>
        <source>Default system prompt for new chats (optional)</source>
        <translation>Standard-Systemprompt für neue Chats (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Default system prompt</source>
        <translation>Standard-Systemprompt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="133"/>
        <source>Capped at the model&apos;s trained context when it loads</source>
        <translation>Beim Laden auf den trainierten Kontext des Modells begrenzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Measure again</source>
        <translation>Neu messen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="167"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="169"/>
        <source>Takes effect the next time Hearth starts</source>
        <translation>Wirkt beim nächsten Start von Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185"/>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="186"/>
        <source>GPU offload</source>
        <translation>GPU-Auslagerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="187"/>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>When the context is full</source>
        <translation>Wenn der Kontext voll ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>Dieser llama-cpp-python-Build unterstützt keine GPU; Hearth läuft auf der CPU. Siehe README für CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Replies (defaults for new chats)</source>
        <translation>Antworten (Standard für neue Chats)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="203"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34"/>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Edit your last message (in an empty message box)</source>
        <translation>Letzte Nachricht bearbeiten (im leeren Nachrichtenfeld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Up</source>
        <translation>Pfeil hoch</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Search results: move, open</source>
        <translation>Suchergebnisse: bewegen, öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Down, Up, Enter</source>
        <translation>Runter, Hoch, Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41"/>
        <source>Next control</source>
        <translation>Nächstes Bedienelement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="43"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="44"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="46"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="154"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="155"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="157"/>
        <source>Search all chats (Ctrl+K)</source>
        <translation>Alle Chats durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="158"/>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="159"/>
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>Pfeil nach unten wechselt in die Ergebnisse, Enter öffnet eines, Esc leert die Suche</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="169"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="171"/>
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>Noch keine Chats. Schreiben Sie eine Nachricht, um einen zu beginnen; er erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="278"/>
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
        <location filename="../../app/ui/sidebar.py" line="292"/>
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>Keine Treffer. Versuchen Sie weniger oder andere Wörter; Esc leert die Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="333"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="338"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="340"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
</TS>
