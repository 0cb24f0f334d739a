<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="104" />
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Attendez la fin de la réponse, ou appuyez sur Échap pour l'arrêter, avant de changer de chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="150" />
        <location filename="../../app/ui/chat_session.py" line="181" />
        <source>Could not save your message: %1</source>
        <translation>Votre message n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="167" />
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>Ce message est trop long pour le modèle : %1. Rien n'a été enregistré ; votre texte est toujours dans la zone de saisie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="276" />
        <source>This message is too long for the model: %1.</source>
        <translation>Ce message est trop long pour le modèle : %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="294" />
        <source>The reply could not be saved: %1</source>
        <translation>La réponse n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="442" />
        <source>Stop the reply before deleting this chat.</source>
        <translation>Arrêtez la réponse avant de supprimer ce chat.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="43" />
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>Écrivez un message ci-dessous pour commencer.
Entrée envoie · Maj+Entrée ajoute une ligne · Échap arrête · Ctrl+/ liste tous les raccourcis</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="66" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="78" />
        <source>Show earlier messages</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140" />
        <source>Show earlier messages (%1 more)</source>
        <translation>Afficher les messages précédents (%1 de plus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="172" />
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— Le modèle ne voit plus le(s) %1 message(s) ci-dessus : le contexte est plein. —</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="91" />
        <location filename="../../app/ui/message_body.py" line="106" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="95" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="97" />
        <location filename="../../app/ui/message_body.py" line="98" />
        <source>Copy this code</source>
        <translation>Copier ce code</translation>
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
        <translation>Message à Gemma…  (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47" />
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Entrée envoie, Maj+Entrée ajoute une ligne, Haut dans une zone vide modifie votre dernier message</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59" />
        <location filename="../../app/ui/composer.py" line="126" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63" />
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="66" />
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="67" />
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>Joindre des documents (texte, Markdown, code, CSV, HTML, PDF, DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="68" />
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="91" />
        <source>No model is loaded yet</source>
        <translation>Aucun modèle n'est encore chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>Modification du message : Entrée l'envoie comme nouvelle version (l'original reste), Échap annule.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112" />
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57" />
        <source>System prompt for this chat</source>
        <translation>Prompt système de ce chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Preset name:</source>
        <translation>Nom du préréglage :</translation>
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
        <translation>Attendez la fin de la réponse, ou appuyez sur Échap pour l'arrêter, avant de changer de chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49" />
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>Le chat ouvert a été supprimé en dehors de cette fenêtre (par la commande hearth ou une autre fenêtre).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>No model loaded yet</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <location filename="../../app/ui/main_window.py" line="387" />
        <location filename="../../app/ui/main_window.py" line="638" />
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105" />
        <source>Tokens the model holds in its context / context size</source>
        <translation>Jetons que le modèle garde dans son contexte / taille du contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>Model used for new replies</source>
        <translation>Modèle utilisé pour les nouvelles réponses</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135" />
        <source> Model: </source>
        <translation> Modèle : </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143" />
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;New chat</source>
        <translation>&amp;Nouveau chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exporter ce chat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Export &amp;all chats…</source>
        <translation>Exporter &amp;tous les chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>&amp;Import chats…</source>
        <translation>&amp;Importer des chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Search chats</source>
        <translation>&amp;Rechercher dans les chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Stop reply</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Regenerate last reply</source>
        <translation>&amp;Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>&amp;Edit last message</source>
        <translation>&amp;Modifier le dernier message</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192" />
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Chat &amp;settings and presets…</source>
        <translation>&amp;Paramètres du chat et préréglages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>Model &amp;manager…</source>
        <translation>&amp;Gestionnaire de modèles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209" />
        <source>&amp;Import a model file…</source>
        <translation>&amp;Importer un fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212" />
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232" />
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238" />
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291" />
        <source>There is no reply to copy yet.</source>
        <translation>Aucune réponse à copier pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294" />
        <location filename="../../app/ui/main_window.py" line="295" />
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1. Votre message est toujours dans la zone ; appuyez de nouveau sur Entrée quand le modèle est prêt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407" />
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="410" />
        <source>Reply finished: %1</source>
        <translation>Réponse terminée : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412" />
        <source>Reply %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">premier jeton %1 s · %2 jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451" />
        <source>Your message starts a new chat.</source>
        <translation>Votre message commence un nouveau chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453" />
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>Ce que vous avez écrit est toujours dans la zone de saisie ; Entrée l'envoie dans un nouveau chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="510" />
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>Contexte %1 / %2 jetons (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="524" />
        <source>%1 (unusable)</source>
        <translation>%1 (inutilisable)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="534" />
        <source>No models installed</source>
        <translation>Aucun modèle installé</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="547" />
        <source>The model is still loading</source>
        <translation>Le modèle est encore en cours de chargement</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="548" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>Aucun modèle chargé (Modèles → Gestionnaire de modèles)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="580" />
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model's memory begins.</source>
        <translation>%1.

Laisser ce chat oublier ses échanges les plus anciens (le prompt système et les messages épinglés restent) et réessayer ? Un repère dans le chat montrera où commence la mémoire du modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>The chat no longer fits</source>
        <translation>Le chat ne tient plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Rename chat</source>
        <translation>Renommer le chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="601" />
        <source>Delete chat</source>
        <translation>Supprimer le chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="602" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>Supprimer « %1 » et tous ses messages ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="626" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>Ouvrez un chat pour l'exporter, ou utilisez « Exporter tous les chats ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="648" />
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="650" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Chat hors ligne avec les modèles Gemma de Google.&lt;br&gt;Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238" />
        <source>API &amp;server…</source>
        <translation>&amp;Serveur API…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="35" />
        <source>writing…</source>
        <translation>rédaction…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="36" />
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="37" />
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="38" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="58" />
        <source>first token %1 s</source>
        <translation>premier jeton %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="64" />
        <location filename="../../app/ui/message_view.py" line="93" />
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="70" />
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 jetons (prompt %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="76" />
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="81" />
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="88" />
        <source>first token %1 s · %2 tokens</source>
        <translation>premier jeton %1 s · %2 jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="102" />
        <source>Reading %1 tokens… %2%</source>
        <translation>Lecture de %1 jetons… %2 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="165" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="171" />
        <location filename="../../app/ui/message_view.py" line="172" />
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="257" />
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="259" />
        <source>Text of the message from %1</source>
        <translation>Texte du message de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="265" />
        <location filename="../../app/ui/message_view.py" line="267" />
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="266" />
        <location filename="../../app/ui/message_view.py" line="268" />
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <location filename="../../app/ui/message_view.py" line="408" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <source>Copy this message</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="303" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation>Les messages épinglés restent dans la mémoire du modèle quand les échanges anciens sont retirés</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="308" />
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="309" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation>Écrire une autre version de cette réponse (l'ancienne reste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="314" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="315" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation>Modifier et renvoyer (l'original reste comme une autre version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="319" />
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="320" />
        <source>Write a reply to this message</source>
        <translation>Écrire une réponse à ce message</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="325" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="326" />
        <source>Delete this message and what follows it</source>
        <translation>Supprimer ce message et la suite</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="407" />
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="194" />
        <source>Search Hugging Face</source>
        <translation>Rechercher sur Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207" />
        <source>Model repositories</source>
        <translation>Dépôts de modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="211" />
        <source>Model files</source>
        <translation>Fichiers du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="216" />
        <source>Context length for the fit estimate</source>
        <translation>Longueur de contexte pour l'estimation de l'ajustement</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="436" />
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="586" />
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24" />
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25" />
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="26" />
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31" />
        <source>Max reply tokens</source>
        <translation>Jetons de réponse max.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>Auto (toutes les couches si la version GPU le permet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41" />
        <source>CPU only</source>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42" />
        <source>A number of layers</source>
        <translation>Un nombre de couches</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45" />
        <source>Stop and ask</source>
        <translation>Arrêter et demander</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>Oublier les plus anciens échanges (garder le prompt système)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53" />
        <source>Measuring again: the model is reloading…</source>
        <translation>Nouvelle mesure : le modèle se recharge…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54" />
        <source>Forgotten: the next model load measures again.</source>
        <translation>Oublié : le prochain chargement du modèle mesurera de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55" />
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>Oublier le nombre de threads mesuré pour cette machine et mesurer de nouveau : le modèle se recharge et quelques courtes étapes chronométrées (une ou deux secondes) choisissent le nombre le plus rapide. Seuls les threads automatiques sur le processeur sont mesurés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>Prompt système par défaut des nouveaux chats (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120" />
        <source>Default system prompt</source>
        <translation>Prompt système par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="126" />
        <source>Capped at the model's trained context when it loads</source>
        <translation>Limité au contexte d'entraînement du modèle lors du chargement</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139" />
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="144" />
        <source>Measure again</source>
        <translation>Mesurer de nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>Prend effet au prochain démarrage de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="170" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="172" />
        <source>Context length (tokens)</source>
        <translation>Longueur du contexte (jetons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="173" />
        <source>GPU offload</source>
        <translation>Délestage GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="174" />
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178" />
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180" />
        <source>When the context is full</source>
        <translation>Quand le contexte est plein</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>Cette version de llama-cpp-python ne gère pas le GPU ; Hearth tourne sur le processeur. Voir le README pour CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185" />
        <source>Replies (defaults for new chats)</source>
        <translation>Réponses (par défaut pour les nouveaux chats)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>Modifier votre dernier message (dans une zone de message vide)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Search results: move, open</source>
        <translation>Résultats : se déplacer, ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Down, Up, Enter</source>
        <translation>Bas, Haut, Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41" />
        <source>Next control</source>
        <translation>Contrôle suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="39" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="40" />
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42" />
        <source>Older</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="130" />
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="134" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>Rechercher dans tous les chats (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="135" />
        <source>Search all chats</source>
        <translation>Rechercher dans tous les chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="136" />
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>Bas passe aux résultats, Entrée en ouvre un, Échap efface</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="151" />
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="153" />
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>Aucun chat pour l'instant. Écrivez un message pour en commencer un ; il apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="243" />
        <source>%1
%2 messages · %3</source>
        <translation>%1
%2 messages · %3</translation>
    </message>
    <message>
        <source>%1
%2 messages</source>
        <translation type="vanished">%1
%2 messages</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="257" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>Aucun résultat. Essayez moins de mots ou d'autres ; Échap efface la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="298" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="303" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="305" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
</TS>