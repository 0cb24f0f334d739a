<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttachmentChips</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="69"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="72"/>
        <source>Open the file, or the text Hearth stored of it</source>
        <translation>Ouvrir le fichier, ou le texte que Hearth en a enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="75"/>
        <source>Open attachment %1</source>
        <translation>Ouvrir la pièce jointe %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="81"/>
        <source>Remove from this chat: later replies no longer use it</source>
        <translation>Retirer de ce chat : les réponses suivantes ne l&apos;utiliseront plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="84"/>
        <source>Remove attachment %1 from this chat</source>
        <translation>Retirer la pièce jointe %1 de ce chat</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="107"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Attendez la fin de la réponse, ou appuyez sur Échap pour l&apos;arrêter, avant de changer de chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="144"/>
        <location filename="../../app/ui/chat_session.py" line="175"/>
        <source>Could not save your message: %1</source>
        <translation>Votre message n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="161"/>
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>Ce message est trop long pour le modèle : %1. Rien n&apos;a été enregistré ; votre texte est toujours dans la zone de saisie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="270"/>
        <source>This message is too long for the model: %1.</source>
        <translation>Ce message est trop long pour le modèle : %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="288"/>
        <source>The reply could not be saved: %1</source>
        <translation>La réponse n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_history.py" line="187"/>
        <source>Stop the reply before deleting this chat.</source>
        <translation>Arrêtez la réponse avant de supprimer ce chat.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="44"/>
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>Écrivez un message ci-dessous pour commencer.
Entrée envoie · Maj+Entrée ajoute une ligne · Échap arrête · Ctrl+/ liste tous les raccourcis</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="67"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Show earlier messages</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <source>Show earlier messages (%1 more)</source>
        <translation>Afficher les messages précédents (%1 de plus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— Le modèle ne voit plus le(s) %1 message(s) ci-dessus : le contexte est plein. —</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="112"/>
        <location filename="../../app/ui/message_body.py" line="126"/>
        <location filename="../../app/ui/message_body.py" line="141"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="116"/>
        <location filename="../../app/ui/message_body.py" line="151"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="118"/>
        <location filename="../../app/ui/message_body.py" line="119"/>
        <source>Copy this code</source>
        <translation>Copier ce code</translation>
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
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>CollectionJobs</name>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="83"/>
        <source>The job stopped: %1</source>
        <translation>La tâche s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="130"/>
        <source>Removed the collection %1.</source>
        <translation>La collection %1 a été retirée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="150"/>
        <source>%1 new vectors from %2</source>
        <translation>%1 nouveaux vecteurs issus de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="163"/>
        <source>%1 cannot be loaded as an embedding model (%2)</source>
        <translation>%1 ne peut pas être chargé comme modèle d&apos;embedding (%2)</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <location filename="../../app/ui/collections_page.py" line="52"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="53"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="54"/>
        <source>Chunks</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="55"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="56"/>
        <source>Used by this chat</source>
        <translation>Utilisée par ce chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="61"/>
        <location filename="../../app/ui/collections_page.py" line="71"/>
        <source>Document collections</source>
        <translation>Collections de documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="72"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="73"/>
        <source>Reindex</source>
        <translation>Réindexer</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="74"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="76"/>
        <source>Embedding model</source>
        <translation>Modèle d&apos;embedding</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="80"/>
        <source>Indexing progress</source>
        <translation>Progression de l&apos;indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="83"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="84"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="111"/>
        <source>Embedding model:</source>
        <translation>Modèle d&apos;embedding :</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="147"/>
        <source>Let this chat retrieve from the collection</source>
        <translation>Laisser ce chat puiser dans la collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="149"/>
        <source>Open a chat to let it retrieve from a collection</source>
        <translation>Ouvrez un chat pour lui permettre de puiser dans une collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="168"/>
        <source>None: keywords only (BM25)</source>
        <translation>Aucun : mots-clés seulement (BM25)</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="180"/>
        <source>Retrieval uses keywords only (BM25): no embedding model is chosen. Any GGUF in the library can serve.</source>
        <translation>La recherche n&apos;utilise que les mots-clés (BM25) : aucun modèle d&apos;embedding n&apos;est choisi. N&apos;importe quel GGUF de la bibliothèque peut servir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="187"/>
        <source>Retrieval fuses keywords (BM25) with vectors from %1.</source>
        <translation>La recherche combine les mots-clés (BM25) et les vecteurs de %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="195"/>
        <source>Add a folder as a collection</source>
        <translation>Ajouter un dossier comme collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="203"/>
        <source>Add collection</source>
        <translation>Ajouter une collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="204"/>
        <source>Collection name:</source>
        <translation>Nom de la collection :</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="215"/>
        <source>There is already a collection named %1.</source>
        <translation>Il existe déjà une collection nommée %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="221"/>
        <source>Indexing %1…</source>
        <translation>Indexation de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="236"/>
        <source>Re-checking %1…</source>
        <translation>Nouvelle vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="243"/>
        <source>Remove the collection %1? Its documents are deleted from Hearth unless a chat uses them; the files in the folder are not touched.</source>
        <translation>Retirer la collection %1 ? Ses documents sont supprimés de Hearth sauf si un chat les utilise ; les fichiers du dossier ne sont pas modifiés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="248"/>
        <source>Remove collection</source>
        <translation>Retirer la collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="250"/>
        <source>Removing %1…</source>
        <translation>Retrait de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="257"/>
        <source>Wait for the current job to finish, or cancel it, before changing the model.</source>
        <translation>Attendez la fin de la tâche en cours, ou annulez-la, avant de changer de modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="263"/>
        <source>Loading %1 and computing vectors…</source>
        <translation>Chargement de %1 et calcul des vecteurs…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="270"/>
        <source>Switching to keywords only…</source>
        <translation>Passage aux mots-clés seulement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="353"/>
        <source>Document co&amp;llections…</source>
        <translation>Co&amp;llections de documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="397"/>
        <source>Re-checking the document collections…</source>
        <translation>Nouvelle vérification des collections de documents…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="44"/>
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message à Gemma…  (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47"/>
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Entrée envoie, Maj+Entrée ajoute une ligne, Haut dans une zone vide modifie votre dernier message</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="56"/>
        <location filename="../../app/ui/composer.py" line="129"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="58"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59"/>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62"/>
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>Joindre des documents (texte, Markdown, code, CSV, HTML, PDF, DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63"/>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>No model is loaded yet</source>
        <translation>Aucun modèle n&apos;est encore chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>Modification du message : Entrée l&apos;envoie comme nouvelle version (l&apos;original reste), Échap annule.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57"/>
        <source>System prompt for this chat</source>
        <translation>Prompt système de ce chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Preset name:</source>
        <translation>Nom du préréglage :</translation>
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
        <translation>Rechercher des modèles GGUF sur Hugging Face, par ex. gemma 3 4b</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="81"/>
        <source>Search Hugging Face</source>
        <translation>Rechercher sur Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="82"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="83"/>
        <source>Curated Gemma</source>
        <translation>Sélection Gemma</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="86"/>
        <source>Model repositories</source>
        <translation>Dépôts de modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Quant</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="90"/>
        <source>Model files</source>
        <translation>Fichiers du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="95"/>
        <source>Context length for the fit estimate</source>
        <translation>Longueur de contexte pour l&apos;estimation de l&apos;ajustement</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="96"/>
        <location filename="../../app/ui/model_manager_discover.py" line="298"/>
        <location filename="../../app/ui/model_manager_discover.py" line="306"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="98"/>
        <source>Hugging Face token...</source>
        <translation>Jeton Hugging Face…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="99"/>
        <source>Forget token</source>
        <translation>Oublier le jeton</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="103"/>
        <source>This machine: checking memory...</source>
        <translation>Cette machine : vérification de la mémoire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="112"/>
        <source>Context for the memory estimate:</source>
        <translation>Contexte pour l&apos;estimation de la mémoire :</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="164"/>
        <source>, GPU %1</source>
        <translation>, GPU %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="166"/>
        <source>, no GPU offload in this build</source>
        <translation>, pas de déchargement GPU dans cette version</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="167"/>
        <source>This machine: %1 RAM, %2 free</source>
        <translation>Cette machine : %1 de RAM, %2 libres</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="178"/>
        <location filename="../../app/ui/model_manager_discover.py" line="204"/>
        <source>  (gated)</source>
        <translation>  (accès restreint)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="193"/>
        <source>Searching for “%1”...</source>
        <translation>Recherche de « %1 »…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="205"/>
        <source>%1 downloads</source>
        <translation>%1 téléchargements</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="210"/>
        <source>%1 repositories found.</source>
        <translation>%1 dépôts trouvés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="212"/>
        <source>No GGUF repositories found.</source>
        <translation>Aucun dépôt GGUF trouvé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="220"/>
        <source>Reading the files of %1...</source>
        <translation>Lecture des fichiers de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="232"/>
        <source>%1: %2 GGUF file(s).</source>
        <translation>%1 : %2 fichier(s) GGUF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="234"/>
        <source>Gated: downloading needs a token and the license accepted on huggingface.co.</source>
        <translation>Accès restreint : le téléchargement nécessite un jeton et la licence acceptée sur huggingface.co.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="236"/>
        <source>The KV cache of this model is unknown and not counted in Memory.</source>
        <translation>Le cache KV de ce modèle est inconnu et n&apos;est pas compté dans Mémoire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="238"/>
        <source>Ignored %1 file(s) with unsafe names.</source>
        <translation>%1 fichier(s) aux noms dangereux ignoré(s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="269"/>
        <source>★ recommended</source>
        <translation>★ recommandé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="299"/>
        <source>%1 is a %2 file, not a chat model. Download anyway?</source>
        <translation>%1 est un fichier %2, pas un modèle de chat. Télécharger quand même ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="317"/>
        <source>Store a token for gated repositories.</source>
        <translation>Enregistrer un jeton pour les dépôts à accès restreint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="325"/>
        <source>Token stored in the OS keyring.</source>
        <translation>Jeton enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="328"/>
        <source>No OS keyring is available: the token is kept for this session only.</source>
        <translation>Aucun trousseau système disponible : le jeton n&apos;est gardé que pour cette session.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="335"/>
        <source>The stored token was removed.</source>
        <translation>Le jeton enregistré a été supprimé.</translation>
    </message>
</context>
<context>
    <name>DownloadsTab</name>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="44"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="46"/>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="47"/>
        <source>Downloads resume where they stopped, even after quitting Hearth.</source>
        <translation>Les téléchargements reprennent là où ils se sont arrêtés, même après avoir quitté Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="85"/>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="87"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="118"/>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="119"/>
        <source>Cancel this download and delete the part already downloaded?</source>
        <translation>Annuler ce téléchargement et supprimer la partie déjà téléchargée ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="130"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="132"/>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="133"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="134"/>
        <source>done (verified)</source>
        <translation>terminé (vérifié)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="135"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="136"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="137"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="167"/>
        <source>checking %p%</source>
        <translation>vérification %p %</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="169"/>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="172"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="190"/>
        <source>%1 is ready: sha256 verified.</source>
        <translation>%1 est prêt : sha256 vérifié.</translation>
    </message>
</context>
<context>
    <name>GuiStart</name>
    <message>
        <location filename="../../app/ui/application.py" line="388"/>
        <source>Hearth cannot open its history database:

%1</source>
        <translation>Hearth ne peut pas ouvrir sa base d&apos;historique :

%1</translation>
    </message>
</context>
<context>
    <name>HearthApp</name>
    <message>
        <location filename="../../app/ui/application.py" line="193"/>
        <source>%1 reply(ies) were cut off when Hearth last closed unexpectedly; they are kept and marked &apos;interrupted&apos;.</source>
        <translation>%1 réponse(s) ont été coupée(s) lors de la dernière fermeture inattendue de Hearth ; elles sont conservées et marquées « interrompue ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="206"/>
        <source>Looking at your models…</source>
        <translation>Examen de vos modèles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>Import a model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
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
        <translation>Page web autonome (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="24"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="25"/>
        <source>Hearth JSON, lossless (*.json)</source>
        <translation>JSON Hearth, sans perte (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="26"/>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="49"/>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="79"/>
        <source>Export chats</source>
        <translation>Exporter les chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="99"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="105"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="108"/>
        <source>Exporting...</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="114"/>
        <source>Import chats</source>
        <translation>Importer des chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="116"/>
        <source>Chat exports (*.json *.zip);;Hearth JSON (*.json);;ChatGPT export (conversations.json *.zip)</source>
        <translation>Exports de chats (*.json *.zip);;JSON Hearth (*.json);;Export ChatGPT (conversations.json *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="134"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n&apos;a été importé depuis %1 : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="143"/>
        <source>Importing %1...</source>
        <translation>Import de %1…</translation>
    </message>
</context>
<context>
    <name>InferenceController</name>
    <message>
        <location filename="../../app/ui/workers.py" line="140"/>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 n&apos;a pas pu être chargé : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="168"/>
        <source>the starter model could not be prepared: %1</source>
        <translation>le modèle de départ n&apos;a pas pu être préparé : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="226"/>
        <source>generation failed: %1</source>
        <translation>échec de la génération : %1</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="51"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="52"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="53"/>
        <source>Quant</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="54"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="55"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="56"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="57"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="58"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="59"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="62"/>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="63"/>
        <source>Import...</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="64"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="65"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="66"/>
        <source>Set as default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="67"/>
        <source>Models live in %1</source>
        <translation>Les modèles sont dans %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="109"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="111"/>
        <source>cannot be used: %1</source>
        <translation>inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="134"/>
        <source>Choose a model first.</source>
        <translation>Choisissez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="168"/>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="181"/>
        <source>Delete %1 (%2) from the library?</source>
        <translation>Supprimer %1 (%2) de la bibliothèque ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="183"/>
        <source>The original file it links to is kept.</source>
        <translation>Le fichier original vers lequel il pointe est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="184"/>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="198"/>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="205"/>
        <source>Checking %1...</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>Verified: </source>
        <translation>Vérifié : </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>PROBLEM: </source>
        <translation>PROBLÈME : </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="230"/>
        <source>%1 is the default model for new chats.</source>
        <translation>%1 est le modèle par défaut des nouveaux chats.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="20"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>Attendez la fin de la réponse, ou appuyez sur Échap pour l&apos;arrêter, avant de changer de chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="23"/>
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>Le chat ouvert a été supprimé en dehors de cette fenêtre (par la commande hearth ou une autre fenêtre).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="120"/>
        <source>The attached documents are still being read; send again in a moment.</source>
        <translation>Les documents joints sont encore en cours de lecture ; renvoyez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>No model loaded yet</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="59"/>
        <location filename="../../app/ui/window_dialogs.py" line="75"/>
        <location filename="../../app/ui/window_layout.py" line="46"/>
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="53"/>
        <source>Tokens the model holds in its context / context size</source>
        <translation>Jetons que le modèle garde dans son contexte / taille du contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="22"/>
        <source>Model used for new replies</source>
        <translation>Modèle utilisé pour les nouvelles réponses</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="24"/>
        <location filename="../../app/ui/window_layout.py" line="77"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="80"/>
        <source> Model: </source>
        <translation> Modèle : </translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="90"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="94"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="44"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nouveau chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exporter ce chat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="50"/>
        <source>Export &amp;all chats…</source>
        <translation>Exporter &amp;tous les chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="52"/>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importer des chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="23"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="62"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Rechercher dans les chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="65"/>
        <source>&amp;Stop reply</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="24"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="74"/>
        <source>&amp;Regenerate last reply</source>
        <translation>&amp;Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="77"/>
        <source>&amp;Edit last message</source>
        <translation>&amp;Modifier le dernier message</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="84"/>
        <source>Chat &amp;settings and presets…</source>
        <translation>&amp;Paramètres du chat et préréglages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="26"/>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Model &amp;manager…</source>
        <translation>&amp;Gestionnaire de modèles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="93"/>
        <source>&amp;Import a model file…</source>
        <translation>&amp;Importer un fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="28"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="98"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="112"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="115"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="118"/>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="29"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="124"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="126"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>There is no reply to copy yet.</source>
        <translation>Aucune réponse à copier pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1. Votre message est toujours dans la zone ; appuyez de nouveau sur Entrée quand le modèle est prêt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="83"/>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="98"/>
        <source>Reply finished: %1</source>
        <translation>Réponse terminée : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="101"/>
        <source>Reply %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">premier jeton %1 s · %2 jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="152"/>
        <source>Your message starts a new chat.</source>
        <translation>Votre message commence un nouveau chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="154"/>
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>Ce que vous avez écrit est toujours dans la zone de saisie ; Entrée l&apos;envoie dans un nouveau chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="54"/>
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>Contexte %1 / %2 jetons (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="48"/>
        <source>%1 (unusable)</source>
        <translation>%1 (inutilisable)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="37"/>
        <source>No models installed</source>
        <translation>Aucun modèle installé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="43"/>
        <source>The model is still loading</source>
        <translation>Le modèle est encore en cours de chargement</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="44"/>
        <source>No model is loaded (Models → Model manager)</source>
        <translation>Aucun modèle chargé (Modèles → Gestionnaire de modèles)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="54"/>
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model&apos;s memory begins.</source>
        <translation>%1.

Laisser ce chat oublier ses échanges les plus anciens (le prompt système et les messages épinglés restent) et réessayer ? Un repère dans le chat montrera où commence la mémoire du modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="59"/>
        <source>The chat no longer fits</source>
        <translation>Le chat ne tient plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="33"/>
        <source>Rename chat</source>
        <translation>Renommer le chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="34"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="43"/>
        <source>Delete chat</source>
        <translation>Supprimer le chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="41"/>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>Supprimer « %1 » et tous ses messages ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>Ouvrez un chat pour l&apos;exporter, ou utilisez « Exporter tous les chats ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="91"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="93"/>
        <source>Offline chat with Google&apos;s Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Chat hors ligne avec les modèles Gemma de Google.&lt;br&gt;Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="363"/>
        <source>API &amp;server…</source>
        <translation>&amp;Serveur API…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="45"/>
        <source>writing…</source>
        <translation>rédaction…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="46"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="47"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="48"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="23"/>
        <source>first token %1 s</source>
        <translation>premier jeton %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="29"/>
        <location filename="../../app/ui/message_text.py" line="58"/>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="35"/>
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 jetons (prompt %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="41"/>
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="46"/>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="53"/>
        <source>first token %1 s · %2 tokens</source>
        <translation>premier jeton %1 s · %2 jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="67"/>
        <source>Reading %1 tokens… %2%</source>
        <translation>Lecture de %1 jetons… %2 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="109"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="115"/>
        <location filename="../../app/ui/message_view.py" line="116"/>
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="209"/>
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="211"/>
        <source>Text of the message from %1</source>
        <translation>Texte du message de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="68"/>
        <location filename="../../app/ui/message_view.py" line="313"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Copy this message</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="73"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="75"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="76"/>
        <source>Pinned messages stay in the model&apos;s memory when older turns are dropped</source>
        <translation>Les messages épinglés restent dans la mémoire du modèle quand les échanges anciens sont retirés</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="83"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>Write another version of this reply (the old one stays)</source>
        <translation>Écrire une autre version de cette réponse (l&apos;ancienne reste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="89"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="90"/>
        <source>Edit and resend (the original stays as another version)</source>
        <translation>Modifier et renvoyer (l&apos;original reste comme une autre version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="94"/>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="95"/>
        <source>Write a reply to this message</source>
        <translation>Écrire une réponse à ce message</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Delete this message and what follows it</source>
        <translation>Supprimer ce message et la suite</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="312"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ModelImport</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="75"/>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="115"/>
        <source>Adding %1 to the library...</source>
        <translation>Ajout de %1 à la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="116"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="121"/>
        <location filename="../../app/ui/tasks.py" line="191"/>
        <source>Import model</source>
        <translation>Importer le modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="129"/>
        <source>Importing...</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="154"/>
        <source>Importing... %1%</source>
        <translation>Import en cours… %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="165"/>
        <source>The import stopped: %1</source>
        <translation>L&apos;import s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="194"/>
        <source>Only .gguf model files can be added.</source>
        <translation>Seuls les fichiers de modèle .gguf peuvent être ajoutés.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="56"/>
        <source>Gated Gemma repositories need a Hugging Face read token, and the license accepted on the model&apos;s page with the same account. Create a token at https://huggingface.co/settings/tokens.</source>
        <translation>Les dépôts Gemma à accès restreint nécessitent un jeton de lecture Hugging Face et la licence acceptée sur la page du modèle avec le même compte. Créez un jeton sur https://huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="65"/>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="68"/>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="83"/>
        <source>Import model</source>
        <translation>Importer le modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="85"/>
        <source>Add %1 to the library.</source>
        <translation>Ajouter %1 à la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="87"/>
        <source>Copy: the library keeps its own file (uses disk space).
Link: no extra space; the original file must stay where it is.</source>
        <translation>Copier : la bibliothèque garde son propre fichier (utilise de l&apos;espace disque).
Lier : pas d&apos;espace en plus ; le fichier original doit rester à sa place.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="93"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="94"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="143"/>
        <source>Checking... %1%</source>
        <translation>Vérification… %1 %</translation>
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
        <translation type="vanished">Rechercher sur Hugging Face</translation>
    </message>
    <message>
        <source>Model repositories</source>
        <translation type="vanished">Dépôts de modèles</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation type="vanished">Fichiers du modèle</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation type="vanished">Longueur de contexte pour l&apos;estimation de l&apos;ajustement</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="59"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="77"/>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="78"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="79"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="80"/>
        <source>Remote servers</source>
        <translation>Serveurs distants</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation type="vanished">Modèles installés</translation>
    </message>
</context>
<context>
    <name>ModelSession</name>
    <message>
        <location filename="../../app/ui/model_session.py" line="33"/>
        <source>base model: it continues text rather than following instructions</source>
        <translation>modèle de base : il prolonge le texte au lieu de suivre des instructions</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="125"/>
        <source>Preparing the starter model (first run)…</source>
        <translation>Préparation du modèle de départ (premier lancement)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="128"/>
        <source>No model yet: open Models → Model manager to download one</source>
        <translation>Pas encore de modèle : ouvrez Modèles → Gestionnaire de modèles pour en télécharger un</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="140"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 est inutilisable : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="155"/>
        <source>“%1” is not a remote model</source>
        <translation>« %1 » n&apos;est pas un modèle distant</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="159"/>
        <source>Connecting to %1 for %2…</source>
        <translation>Connexion à %1 pour %2…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="184"/>
        <location filename="../../app/ui/model_session.py" line="189"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
</context>
<context>
    <name>RemoteServersPage</name>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="50"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="53"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="56"/>
        <source>optional; kept in the system keyring</source>
        <translation>facultative ; gardée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="57"/>
        <location filename="../../app/ui/remote_servers_page.py" line="110"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="59"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="60"/>
        <source>Add the server, or save the changes to the one with this name</source>
        <translation>Ajouter le serveur, ou enregistrer les modifications de celui qui porte ce nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="61"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="62"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <location filename="../../app/ui/remote_servers_page.py" line="108"/>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="80"/>
        <source>Remote servers</source>
        <translation>Serveurs distants</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="95"/>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="96"/>
        <source>as the server says</source>
        <translation>selon le serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="97"/>
        <source>Context length</source>
        <translation>Longueur de contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="100"/>
        <source>The context length to use when the server does not say its own (vLLM and llama-server say it; Ollama often gives only the model&apos;s maximum)</source>
        <translation>La longueur de contexte à utiliser quand le serveur n&apos;indique pas la sienne (vLLM et llama-server l&apos;indiquent ; Ollama ne donne souvent que le maximum du modèle)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="118"/>
        <source>Chat with models served elsewhere: vLLM, llama.cpp&apos;s llama-server, Ollama, LM Studio or another Hearth (any OpenAI-compatible API).</source>
        <translation>Discutez avec des modèles servis ailleurs : vLLM, llama-server de llama.cpp, Ollama, LM Studio ou un autre Hearth (toute API compatible OpenAI).</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>plain http to another machine: unencrypted</source>
        <translation>http simple vers une autre machine : non chiffré</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="146"/>
        <source>from the server</source>
        <translation>du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Saved %1: %2.</source>
        <translation>%1 enregistré : %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Added %1: %2.</source>
        <translation>%1 ajouté : %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="183"/>
        <source>No keyring on this system: the key is kept until Hearth quits.</source>
        <translation>Pas de trousseau sur ce système : la clé est gardée jusqu&apos;à la fermeture de Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="186"/>
        <source>Warning: %1.</source>
        <translation>Attention : %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="194"/>
        <location filename="../../app/ui/remote_servers_page.py" line="205"/>
        <source>Select a server first.</source>
        <translation>Sélectionnez d&apos;abord un serveur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="198"/>
        <source>Removed %1 and its key.</source>
        <translation>%1 et sa clé ont été retirés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="212"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="225"/>
        <source>reachable · %1 model(s): %2</source>
        <translation>joignable · %1 modèle(s) : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="226"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24"/>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="26"/>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31"/>
        <source>Max reply tokens</source>
        <translation>Jetons de réponse max.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
</context>
<context>
    <name>SentAttachments</name>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="38"/>
        <source>%1 (stored text)</source>
        <translation>%1 (texte enregistré)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="43"/>
        <source>Stored text of %1</source>
        <translation>Texte enregistré de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="83"/>
        <source>The stored text cannot be read: %1</source>
        <translation>Le texte enregistré ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="101"/>
        <source>Wait for the reply to finish, or stop it, before removing a document.</source>
        <translation>Attendez la fin de la réponse, ou arrêtez-la, avant de retirer un document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="106"/>
        <source>Remove %1 from this chat? Later replies will no longer see it; its stored text is deleted unless another chat or a collection uses it.</source>
        <translation>Retirer %1 de ce chat ? Les réponses suivantes ne le verront plus ; son texte enregistré est supprimé sauf si un autre chat ou une collection l&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="112"/>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="192"/>
        <source>API off</source>
        <translation>API désactivée</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="200"/>
        <source>API: %1 waiting</source>
        <translation>API : %1 en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="202"/>
        <source>API on</source>
        <translation>API activée</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="212"/>
        <source>API server</source>
        <translation>Serveur API</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="214"/>
        <source>Serve the model to other programs (OpenAI- and Anthropic-compatible API)</source>
        <translation>Servir le modèle à d&apos;autres programmes (API compatible OpenAI et Anthropic)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="216"/>
        <source>Allow other devices on this network (needs the key)</source>
        <translation>Autoriser les autres appareils de ce réseau (clé requise)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="219"/>
        <source>none (web pages cannot call the server)</source>
        <translation>aucune (les pages web ne peuvent pas appeler le serveur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="223"/>
        <source>Web origins allowed to call the server from a browser, separated by spaces, like http://localhost:3000</source>
        <translation>Origines web autorisées à appeler le serveur depuis un navigateur, séparées par des espaces, comme http://localhost:3000</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="226"/>
        <source>Keep API conversations in history (in the sidebar&apos;s API group)</source>
        <translation>Garder les conversations de l&apos;API dans l&apos;historique (dans le groupe API de la barre latérale)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="229"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="230"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="231"/>
        <source>off</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="237"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="239"/>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="240"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="241"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="242"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="243"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="254"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="256"/>
        <source>Allowed web origins:</source>
        <translation>Origines web autorisées :</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="262"/>
        <source>API key:</source>
        <translation>Clé d&apos;API :</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="263"/>
        <source>Base URL:</source>
        <translation>URL de base :</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="267"/>
        <source>Requests:</source>
        <translation>Requêtes :</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="306"/>
        <source>A new key is in use: programs using the old one now get 401.</source>
        <translation>Une nouvelle clé est utilisée : les programmes qui utilisent l&apos;ancienne reçoivent désormais 401.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="317"/>
        <source>Running.</source>
        <translation>En marche.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>Auto (toutes les couches si la version GPU le permet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>CPU only</source>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>A number of layers</source>
        <translation>Un nombre de couches</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>Stop and ask</source>
        <translation>Arrêter et demander</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>Oublier les plus anciens échanges (garder le prompt système)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Measuring again: the model is reloading…</source>
        <translation>Nouvelle mesure : le modèle se recharge…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Forgotten: the next model load measures again.</source>
        <translation>Oublié : le prochain chargement du modèle mesurera de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>Oublier le nombre de threads mesuré pour cette machine et mesurer de nouveau : le modèle se recharge et quelques courtes étapes chronométrées (une ou deux secondes) choisissent le nombre le plus rapide. Seuls les threads automatiques sur le processeur sont mesurés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>; measured when a model loads</source>
        <translation> ; mesuré au chargement d&apos;un modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="113"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="125"/>
        <source>Default system prompt for new chats (optional)</source>
        <translation>Prompt système par défaut des nouveaux chats (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Default system prompt</source>
        <translation>Prompt système par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="133"/>
        <source>Capped at the model&apos;s trained context when it loads</source>
        <translation>Limité au contexte d&apos;entraînement du modèle lors du chargement</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Measure again</source>
        <translation>Mesurer de nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="167"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="169"/>
        <source>Takes effect the next time Hearth starts</source>
        <translation>Prend effet au prochain démarrage de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185"/>
        <source>Context length (tokens)</source>
        <translation>Longueur du contexte (jetons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="186"/>
        <source>GPU offload</source>
        <translation>Délestage GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="187"/>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>When the context is full</source>
        <translation>Quand le contexte est plein</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>Cette version de llama-cpp-python ne gère pas le GPU ; Hearth tourne sur le processeur. Voir le README pour CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Replies (defaults for new chats)</source>
        <translation>Réponses (par défaut pour les nouveaux chats)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="203"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34"/>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Edit your last message (in an empty message box)</source>
        <translation>Modifier votre dernier message (dans une zone de message vide)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Search results: move, open</source>
        <translation>Résultats : se déplacer, ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Down, Up, Enter</source>
        <translation>Bas, Haut, Entrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41"/>
        <source>Next control</source>
        <translation>Contrôle suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41"/>
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="43"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="44"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Older</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="46"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="154"/>
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="155"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="157"/>
        <source>Search all chats (Ctrl+K)</source>
        <translation>Rechercher dans tous les chats (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="158"/>
        <source>Search all chats</source>
        <translation>Rechercher dans tous les chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="159"/>
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>Bas passe aux résultats, Entrée en ouvre un, Échap efface</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="169"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="171"/>
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>Aucun chat pour l&apos;instant. Écrivez un message pour en commencer un ; il apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="278"/>
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
        <location filename="../../app/ui/sidebar.py" line="292"/>
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>Aucun résultat. Essayez moins de mots ou d&apos;autres ; Échap efface la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="333"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="338"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="340"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
</TS>
