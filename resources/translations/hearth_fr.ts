<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
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
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="510" />
        <source>Show earlier messages</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="561" />
        <source>Show earlier messages (%1 more)</source>
        <translation>Afficher les messages précédents (%1 de plus)</translation>
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
        <translation>Message à Gemma…  (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="44" />
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="60" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61" />
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="84" />
        <source>No model is loaded yet</source>
        <translation>Aucun modèle n'est encore chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>Modification du message : Entrée l'envoie comme nouvelle version (l'original reste), Échap annule.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104" />
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="50" />
        <source>System prompt for this chat</source>
        <translation>Prompt système de ce chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Preset name:</source>
        <translation>Nom du préréglage :</translation>
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
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <location filename="../../app/ui/main_window.py" line="349" />
        <location filename="../../app/ui/main_window.py" line="576" />
        <source>New chat</source>
        <translation>Nouveau chat</translation>
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
        <translation>Modèle utilisé pour les nouvelles réponses</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <location filename="../../app/ui/main_window.py" line="126" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129" />
        <source> Model: </source>
        <translation> Modèle : </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152" />
        <source>&amp;New chat</source>
        <translation>&amp;Nouveau chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exporter ce chat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Export &amp;all chats…</source>
        <translation>Exporter &amp;tous les chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;Import chats…</source>
        <translation>&amp;Importer des chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>&amp;Search chats</source>
        <translation>&amp;Rechercher dans les chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>&amp;Stop reply</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Regenerate last reply</source>
        <translation>&amp;Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>&amp;Edit last message</source>
        <translation>&amp;Modifier le dernier message</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>Chat &amp;settings and presets…</source>
        <translation>&amp;Paramètres du chat et préréglages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Model &amp;manager…</source>
        <translation>&amp;Gestionnaire de modèles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185" />
        <source>&amp;Import a model file…</source>
        <translation>&amp;Importer un fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188" />
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260" />
        <source>There is no reply to copy yet.</source>
        <translation>Aucune réponse à copier pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263" />
        <location filename="../../app/ui/main_window.py" line="264" />
        <source>Copied</source>
        <translation>Copié</translation>
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
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>Reply finished: %1</source>
        <translation>Réponse terminée : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372" />
        <source>Reply %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>first token %1 s · %2 tokens</source>
        <translation>premier jeton %1 s · %2 jetons</translation>
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
        <translation>Contexte %1 / %2 jetons (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469" />
        <source>%1 (unusable)</source>
        <translation>%1 (inutilisable)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478" />
        <source>No models installed</source>
        <translation>Aucun modèle installé</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="491" />
        <source>The model is still loading</source>
        <translation>Le modèle est encore en cours de chargement</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>Aucun modèle chargé (Modèles → Gestionnaire de modèles)</translation>
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
        <translation>Le chat ne tient plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Rename chat</source>
        <translation>Renommer le chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="538" />
        <source>Delete chat</source>
        <translation>Supprimer le chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="539" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>Supprimer « %1 » et tous ses messages ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="562" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>Ouvrez un chat pour l'exporter, ou utilisez « Exporter tous les chats ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="583" />
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Chat hors ligne avec les modèles Gemma de Google.&lt;br&gt;Rien ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="48" />
        <source>writing…</source>
        <translation>rédaction…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="49" />
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="50" />
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="51" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="206" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="212" />
        <location filename="../../app/ui/chat_view.py" line="213" />
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="290" />
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="292" />
        <source>Text of the message from %1</source>
        <translation>Texte du message de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="298" />
        <location filename="../../app/ui/chat_view.py" line="300" />
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="299" />
        <location filename="../../app/ui/chat_view.py" line="301" />
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <location filename="../../app/ui/chat_view.py" line="411" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <source>Copy this message</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="332" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335" />
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="336" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Write a reply to this message</source>
        <translation>Écrire une réponse à ce message</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete this message and what follows it</source>
        <translation>Supprimer ce message et la suite</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="410" />
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="156" />
        <source>Search Hugging Face</source>
        <translation>Rechercher sur Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169" />
        <source>Model repositories</source>
        <translation>Dépôts de modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="173" />
        <source>Model files</source>
        <translation>Fichiers du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="178" />
        <source>Context length for the fit estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="380" />
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="528" />
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
        <location filename="../../app/ui/settings_dialog.py" line="22" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>Auto (toutes les couches si la version GPU le permet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="23" />
        <source>CPU only</source>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="24" />
        <source>A number of layers</source>
        <translation>Un nombre de couches</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="25" />
        <source>Stop and ask</source>
        <translation>Arrêter et demander</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>Oublier les plus anciens échanges (garder le prompt système)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="35" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>Prompt système par défaut des nouveaux chats (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="37" />
        <source>Default system prompt</source>
        <translation>Prompt système par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43" />
        <source>Capped at the model's trained context when it loads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56" />
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="70" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="72" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>Prend effet au prochain démarrage de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="76" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="78" />
        <source>Context length (tokens)</source>
        <translation>Longueur du contexte (jetons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="79" />
        <source>GPU offload</source>
        <translation>Délestage GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="80" />
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81" />
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="82" />
        <source>When the context is full</source>
        <translation>Quand le contexte est plein</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88" />
        <source>Replies (defaults for new chats)</source>
        <translation>Réponses (par défaut pour les nouveaux chats)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="93" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="33" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="43" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>Modifier votre dernier message (dans une zone de message vide)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Search results: move, open</source>
        <translation>Résultats : se déplacer, ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Down, Up, Enter</source>
        <translation>Bas, Haut, Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Next control</source>
        <translation>Contrôle suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Older</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="117" />
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="118" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="121" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>Rechercher dans tous les chats (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="122" />
        <source>Search all chats</source>
        <translation>Rechercher dans tous les chats</translation>
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
        <translation>Aucun chat pour l'instant. Écrivez un message pour en commencer un ; il apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="229" />
        <source>%1
%2 messages</source>
        <translation>%1
%2 messages</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="240" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>Aucun résultat. Essayez moins de mots ou d'autres ; Échap efface la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="281" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="285" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="287" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
</TS>