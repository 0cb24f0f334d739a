<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AttachmentChips</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="69"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="72"/>
        <source>Open the file, or the text Hearth stored of it</source>
        <translation>ファイル、または Hearth が保存したそのテキストを開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="75"/>
        <source>Open attachment %1</source>
        <translation>添付ファイル %1 を開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="81"/>
        <source>Remove from this chat: later replies no longer use it</source>
        <translation>このチャットから削除: 以降の返信では使われなくなります</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="84"/>
        <source>Remove attachment %1 from this chat</source>
        <translation>添付ファイル %1 をこのチャットから削除</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="107"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>チャットを切り替える前に、返信が終わるまで待つか、Esc キーで停止してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="144"/>
        <location filename="../../app/ui/chat_session.py" line="175"/>
        <source>Could not save your message: %1</source>
        <translation>メッセージを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="161"/>
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>このメッセージはモデルには長すぎます: %1。何も保存されていません。入力した文章はメッセージ欄に残っています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="270"/>
        <source>This message is too long for the model: %1.</source>
        <translation>このメッセージはモデルには長すぎます: %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="288"/>
        <source>The reply could not be saved: %1</source>
        <translation>返信を保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_history.py" line="187"/>
        <source>Stop the reply before deleting this chat.</source>
        <translation>このチャットを削除する前に返信を停止してください。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="44"/>
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>下の欄にメッセージを入力して始めましょう。
Enter で送信 · Shift+Enter で改行 · Esc で停止 · Ctrl+/ でショートカット一覧</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="67"/>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Show earlier messages</source>
        <translation>以前のメッセージを表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <source>Show earlier messages (%1 more)</source>
        <translation>以前のメッセージを表示（あと %1 件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— コンテキストがいっぱいのため、モデルには上の %1 件のメッセージが見えていません。—</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="112"/>
        <location filename="../../app/ui/message_body.py" line="126"/>
        <location filename="../../app/ui/message_body.py" line="141"/>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="116"/>
        <location filename="../../app/ui/message_body.py" line="151"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="118"/>
        <location filename="../../app/ui/message_body.py" line="119"/>
        <source>Copy this code</source>
        <translation>このコードをコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="126"/>
        <location filename="../../app/ui/message_body.py" line="144"/>
        <source>Code (%1)</source>
        <translation>コード (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="150"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>CollectionJobs</name>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="83"/>
        <source>The job stopped: %1</source>
        <translation>ジョブが停止しました: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="130"/>
        <source>Removed the collection %1.</source>
        <translation>コレクション %1 を削除しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="150"/>
        <source>%1 new vectors from %2</source>
        <translation>%2 から %1 個の新しいベクトル</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="163"/>
        <source>%1 cannot be loaded as an embedding model (%2)</source>
        <translation>%1 は埋め込みモデルとして読み込めません (%2)</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <location filename="../../app/ui/collections_page.py" line="52"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="53"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="54"/>
        <source>Chunks</source>
        <translation>チャンク</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="55"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="56"/>
        <source>Used by this chat</source>
        <translation>このチャットで使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="61"/>
        <location filename="../../app/ui/collections_page.py" line="71"/>
        <source>Document collections</source>
        <translation>文書コレクション</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="72"/>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="73"/>
        <source>Reindex</source>
        <translation>再インデックス</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="74"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="76"/>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="80"/>
        <source>Indexing progress</source>
        <translation>インデックス作成の進捗</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="83"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="84"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="111"/>
        <source>Embedding model:</source>
        <translation>埋め込みモデル:</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="147"/>
        <source>Let this chat retrieve from the collection</source>
        <translation>このチャットでコレクションから検索する</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="149"/>
        <source>Open a chat to let it retrieve from a collection</source>
        <translation>コレクションから検索させるには、チャットを開いてください</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="168"/>
        <source>None: keywords only (BM25)</source>
        <translation>なし: キーワードのみ (BM25)</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="180"/>
        <source>Retrieval uses keywords only (BM25): no embedding model is chosen. Any GGUF in the library can serve.</source>
        <translation>検索はキーワードのみ (BM25) で行います。埋め込みモデルは選ばれていません。ライブラリ内のどの GGUF でも使えます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="187"/>
        <source>Retrieval fuses keywords (BM25) with vectors from %1.</source>
        <translation>検索はキーワード (BM25) と %1 のベクトルを組み合わせて行います。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="195"/>
        <source>Add a folder as a collection</source>
        <translation>フォルダーをコレクションとして追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="203"/>
        <source>Add collection</source>
        <translation>コレクションを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="204"/>
        <source>Collection name:</source>
        <translation>コレクション名:</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="215"/>
        <source>There is already a collection named %1.</source>
        <translation>%1 という名前のコレクションはすでにあります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="221"/>
        <source>Indexing %1…</source>
        <translation>%1 のインデックスを作成中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="236"/>
        <source>Re-checking %1…</source>
        <translation>%1 を再確認中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="243"/>
        <source>Remove the collection %1? Its documents are deleted from Hearth unless a chat uses them; the files in the folder are not touched.</source>
        <translation>コレクション %1 を削除しますか？ その文書は、チャットで使われていない限り Hearth から削除されます。フォルダー内のファイルはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="248"/>
        <source>Remove collection</source>
        <translation>コレクションを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="250"/>
        <source>Removing %1…</source>
        <translation>%1 を削除中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="257"/>
        <source>Wait for the current job to finish, or cancel it, before changing the model.</source>
        <translation>モデルを変更する前に、現在のジョブが終わるまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="263"/>
        <source>Loading %1 and computing vectors…</source>
        <translation>%1 を読み込み、ベクトルを計算中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="270"/>
        <source>Switching to keywords only…</source>
        <translation>キーワードのみに切り替え中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="353"/>
        <source>Document co&amp;llections…</source>
        <translation>文書コレクション(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="397"/>
        <source>Re-checking the document collections…</source>
        <translation>文書コレクションを再確認中…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="44"/>
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Gemma へのメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47"/>
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Enter で送信、Shift+Enter で改行、空の欄で ↑ キーを押すと最後のメッセージを編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="56"/>
        <location filename="../../app/ui/composer.py" line="129"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="58"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59"/>
        <source>Stop the reply (Esc)</source>
        <translation>返信を停止 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61"/>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62"/>
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>文書を添付 (テキスト、Markdown、コード、CSV、HTML、PDF、DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63"/>
        <source>Attach documents</source>
        <translation>文書を添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>No model is loaded yet</source>
        <translation>モデルがまだ読み込まれていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>メッセージを編集中：Enter で新しいバージョンとして送信（元のものは残ります）、Esc で取り消し。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57"/>
        <source>System prompt for this chat</source>
        <translation>このチャットのシステムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Preset name:</source>
        <translation>プリセット名：</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/locale_format.py" line="62"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>DiscoverTab</name>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="80"/>
        <source>Search Hugging Face for GGUF models, e.g. gemma 3 4b</source>
        <translation>Hugging Face で GGUF モデルを検索 (例: gemma 3 4b)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="81"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Face を検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="82"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="83"/>
        <source>Curated Gemma</source>
        <translation>厳選 Gemma</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="86"/>
        <source>Model repositories</source>
        <translation>モデルのリポジトリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Quant</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="90"/>
        <source>Model files</source>
        <translation>モデルのファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="95"/>
        <source>Context length for the fit estimate</source>
        <translation>収まるかどうかの見積もりに使うコンテキスト長</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="96"/>
        <location filename="../../app/ui/model_manager_discover.py" line="298"/>
        <location filename="../../app/ui/model_manager_discover.py" line="306"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="98"/>
        <source>Hugging Face token...</source>
        <translation>Hugging Face トークン…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="99"/>
        <source>Forget token</source>
        <translation>トークンを消去</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="103"/>
        <source>This machine: checking memory...</source>
        <translation>このマシン: メモリを確認中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="112"/>
        <source>Context for the memory estimate:</source>
        <translation>メモリ見積もりに使うコンテキスト:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="164"/>
        <source>, GPU %1</source>
        <translation>、GPU %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="166"/>
        <source>, no GPU offload in this build</source>
        <translation>、このビルドは GPU オフロード非対応</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="167"/>
        <source>This machine: %1 RAM, %2 free</source>
        <translation>このマシン: RAM %1、空き %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="178"/>
        <location filename="../../app/ui/model_manager_discover.py" line="204"/>
        <source>  (gated)</source>
        <translation>  (アクセス制限あり)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="193"/>
        <source>Searching for “%1”...</source>
        <translation>「%1」を検索中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="205"/>
        <source>%1 downloads</source>
        <translation>%1 ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="210"/>
        <source>%1 repositories found.</source>
        <translation>%1 件のリポジトリが見つかりました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="212"/>
        <source>No GGUF repositories found.</source>
        <translation>GGUF のリポジトリは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="220"/>
        <source>Reading the files of %1...</source>
        <translation>%1 のファイルを読み込み中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="232"/>
        <source>%1: %2 GGUF file(s).</source>
        <translation>%1: GGUF ファイル %2 件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="234"/>
        <source>Gated: downloading needs a token and the license accepted on huggingface.co.</source>
        <translation>アクセス制限あり: ダウンロードにはトークンと huggingface.co でのライセンス同意が必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="236"/>
        <source>The KV cache of this model is unknown and not counted in Memory.</source>
        <translation>このモデルの KV キャッシュは不明のため、メモリに含まれていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="238"/>
        <source>Ignored %1 file(s) with unsafe names.</source>
        <translation>安全でない名前のファイル %1 件を無視しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="269"/>
        <source>★ recommended</source>
        <translation>★ おすすめ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="299"/>
        <source>%1 is a %2 file, not a chat model. Download anyway?</source>
        <translation>%1 は %2 ファイルで、チャットモデルではありません。それでもダウンロードしますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="317"/>
        <source>Store a token for gated repositories.</source>
        <translation>アクセス制限のあるリポジトリ用のトークンを保存します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="325"/>
        <source>Token stored in the OS keyring.</source>
        <translation>トークンを OS のキーリングに保存しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="328"/>
        <source>No OS keyring is available: the token is kept for this session only.</source>
        <translation>OS のキーリングがありません。トークンはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="335"/>
        <source>The stored token was removed.</source>
        <translation>保存されていたトークンを削除しました。</translation>
    </message>
</context>
<context>
    <name>DownloadsTab</name>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="44"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="46"/>
        <source>Clear finished</source>
        <translation>完了分を消去</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="47"/>
        <source>Downloads resume where they stopped, even after quitting Hearth.</source>
        <translation>ダウンロードは中断した位置から再開します (Hearth を終了した後でも)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="85"/>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="87"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="118"/>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="119"/>
        <source>Cancel this download and delete the part already downloaded?</source>
        <translation>このダウンロードをキャンセルし、ダウンロード済みの部分を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="130"/>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="132"/>
        <source>downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="133"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="134"/>
        <source>done (verified)</source>
        <translation>完了 (検証済み)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="135"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="136"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="137"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="167"/>
        <source>checking %p%</source>
        <translation>確認中 %p%</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="169"/>
        <source>verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="172"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="190"/>
        <source>%1 is ready: sha256 verified.</source>
        <translation>%1 の準備ができました: sha256 検証済み。</translation>
    </message>
</context>
<context>
    <name>GuiStart</name>
    <message>
        <location filename="../../app/ui/application.py" line="388"/>
        <source>Hearth cannot open its history database:

%1</source>
        <translation>Hearth は履歴データベースを開けません:

%1</translation>
    </message>
</context>
<context>
    <name>HearthApp</name>
    <message>
        <location filename="../../app/ui/application.py" line="193"/>
        <source>%1 reply(ies) were cut off when Hearth last closed unexpectedly; they are kept and marked &apos;interrupted&apos;.</source>
        <translation>前回 Hearth が予期せず終了したときに %1 件の返信が途中で切れました。返信は残され、「中断」と表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="206"/>
        <source>Looking at your models…</source>
        <translation>モデルを確認しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>Import a model</source>
        <translation>モデルをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
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
        <translation>Web ページ (単一ファイル) (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="24"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="25"/>
        <source>Hearth JSON, lossless (*.json)</source>
        <translation>Hearth JSON (欠落なし) (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="26"/>
        <source>Plain text (*.txt)</source>
        <translation>プレーンテキスト (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="49"/>
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="79"/>
        <source>Export chats</source>
        <translation>チャットをエクスポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="99"/>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="105"/>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="108"/>
        <source>Exporting...</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="114"/>
        <source>Import chats</source>
        <translation>チャットをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="116"/>
        <source>Chat exports (*.json *.zip);;Hearth JSON (*.json);;ChatGPT export (conversations.json *.zip)</source>
        <translation>チャットのエクスポート (*.json *.zip);;Hearth JSON (*.json);;ChatGPT のエクスポート (conversations.json *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="134"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1 から何もインポートされませんでした: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="143"/>
        <source>Importing %1...</source>
        <translation>%1 をインポート中…</translation>
    </message>
</context>
<context>
    <name>InferenceController</name>
    <message>
        <location filename="../../app/ui/workers.py" line="140"/>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="168"/>
        <source>the starter model could not be prepared: %1</source>
        <translation>スターターモデルを準備できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="226"/>
        <source>generation failed: %1</source>
        <translation>生成に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="51"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="52"/>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="53"/>
        <source>Quant</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="54"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="55"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="56"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="57"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="58"/>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="59"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="62"/>
        <source>Installed models</source>
        <translation>インストール済みのモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="63"/>
        <source>Import...</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="64"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="65"/>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="66"/>
        <source>Set as default</source>
        <translation>既定に設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="67"/>
        <source>Models live in %1</source>
        <translation>モデルの保存先: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="109"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="111"/>
        <source>cannot be used: %1</source>
        <translation>使用できません: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="134"/>
        <source>Choose a model first.</source>
        <translation>先にモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="168"/>
        <source>Imported %1</source>
        <translation>%1 をインポートしました</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="181"/>
        <source>Delete %1 (%2) from the library?</source>
        <translation>%1 (%2) をライブラリから削除しますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="183"/>
        <source>The original file it links to is kept.</source>
        <translation>リンク先の元ファイルは残ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="184"/>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="198"/>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="205"/>
        <source>Checking %1...</source>
        <translation>%1 を確認中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>Verified: </source>
        <translation>検証済み: </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>PROBLEM: </source>
        <translation>問題: </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="230"/>
        <source>%1 is the default model for new chats.</source>
        <translation>%1 が新しいチャットの既定モデルです。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="20"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>チャットを切り替える前に、返信が終わるまで待つか、Esc キーで停止してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="23"/>
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>開いていたチャットは、このウィンドウの外 (hearth コマンドまたは別のウィンドウ) で削除されました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="120"/>
        <source>The attached documents are still being read; send again in a moment.</source>
        <translation>添付した文書をまだ読み込んでいます。少ししてからもう一度送信してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>No model loaded yet</source>
        <translation>モデル未読み込み</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="59"/>
        <location filename="../../app/ui/window_dialogs.py" line="75"/>
        <location filename="../../app/ui/window_layout.py" line="46"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="53"/>
        <source>Tokens the model holds in its context / context size</source>
        <translation>モデルのコンテキスト内のトークン数 / コンテキストサイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="22"/>
        <source>Model used for new replies</source>
        <translation>新しい返信に使うモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="24"/>
        <location filename="../../app/ui/window_layout.py" line="77"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="80"/>
        <source> Model: </source>
        <translation> モデル: </translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="90"/>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="94"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="44"/>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Export this chat…</source>
        <translation>このチャットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="50"/>
        <source>Export &amp;all chats…</source>
        <translation>すべてのチャットをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="52"/>
        <source>&amp;Import chats…</source>
        <translation>チャットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="23"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="62"/>
        <source>&amp;Search chats</source>
        <translation>チャットを検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="65"/>
        <source>&amp;Stop reply</source>
        <translation>返信を停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="24"/>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="74"/>
        <source>&amp;Regenerate last reply</source>
        <translation>最後の返信を再生成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="77"/>
        <source>&amp;Edit last message</source>
        <translation>最後のメッセージを編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Copy last reply</source>
        <translation>最後の返信をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="84"/>
        <source>Chat &amp;settings and presets…</source>
        <translation>チャット設定とプリセット(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="26"/>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Model &amp;manager…</source>
        <translation>モデルマネージャー(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="93"/>
        <source>&amp;Import a model file…</source>
        <translation>モデルファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="28"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="98"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="112"/>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="115"/>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="118"/>
        <source>&amp;Normal size</source>
        <translation>標準サイズ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="29"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="124"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="126"/>
        <source>&amp;About %1</source>
        <translation>%1 について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>There is no reply to copy yet.</source>
        <translation>コピーできる返信はまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1。メッセージは欄に残っています。モデルの準備ができたらもう一度 Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="83"/>
        <source>%1 tok/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="98"/>
        <source>Reply finished: %1</source>
        <translation>返信が完了しました：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="101"/>
        <source>Reply %1</source>
        <translation>返信 %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">最初のトークン %1 秒 · %2 トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="152"/>
        <source>Your message starts a new chat.</source>
        <translation>メッセージは新しいチャットとして始まります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="154"/>
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>入力した内容はメッセージ欄に残っています。Enter で新しいチャットとして送信します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="54"/>
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>コンテキスト %1 / %2 トークン (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="48"/>
        <source>%1 (unusable)</source>
        <translation>%1（使用不可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="37"/>
        <source>No models installed</source>
        <translation>モデルがインストールされていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="43"/>
        <source>The model is still loading</source>
        <translation>モデルを読み込み中です</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="44"/>
        <source>No model is loaded (Models → Model manager)</source>
        <translation>モデルが読み込まれていません（モデル → モデルマネージャー）</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="54"/>
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model&apos;s memory begins.</source>
        <translation>%1。

このチャットの古いやり取りを忘れさせて (システムプロンプトとピン留めしたメッセージは残ります) もう一度試しますか？ モデルの記憶が始まる位置がチャットに表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="59"/>
        <source>The chat no longer fits</source>
        <translation>チャットが収まりません</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="33"/>
        <source>Rename chat</source>
        <translation>チャット名を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="34"/>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="43"/>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="41"/>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>「%1」とそのすべてのメッセージを削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>エクスポートするチャットを開くか、「すべてのチャットをエクスポート」を使ってください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="91"/>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="93"/>
        <source>Offline chat with Google&apos;s Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Google の Gemma モデルとオフラインでチャット。&lt;br&gt;データはこのコンピューターから出ません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="363"/>
        <source>API &amp;server…</source>
        <translation>API サーバー(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="45"/>
        <source>writing…</source>
        <translation>入力中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="46"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="47"/>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="48"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="23"/>
        <source>first token %1 s</source>
        <translation>最初のトークン %1 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="29"/>
        <location filename="../../app/ui/message_text.py" line="58"/>
        <source>%1 tok/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="35"/>
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 トークン (プロンプト %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="41"/>
        <source>seed %1</source>
        <translation>シード %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="46"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="53"/>
        <source>first token %1 s · %2 tokens</source>
        <translation>最初のトークン %1 秒 · %2 トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="67"/>
        <source>Reading %1 tokens… %2%</source>
        <translation>%1 トークンを読み込み中… %2%</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="109"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="115"/>
        <location filename="../../app/ui/message_view.py" line="116"/>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="209"/>
        <source>Message from %1</source>
        <translation>%1 からのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="211"/>
        <source>Text of the message from %1</source>
        <translation>%1 からのメッセージ本文</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="68"/>
        <location filename="../../app/ui/message_view.py" line="313"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Copy this message</source>
        <translation>このメッセージをコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="73"/>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="75"/>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="76"/>
        <source>Pinned messages stay in the model&apos;s memory when older turns are dropped</source>
        <translation>古いやり取りが外されても、ピン留めしたメッセージはモデルの記憶に残ります</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="83"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>Write another version of this reply (the old one stays)</source>
        <translation>この返信の別バージョンを書く (元の返信は残ります)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="89"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="90"/>
        <source>Edit and resend (the original stays as another version)</source>
        <translation>編集して再送信 (元のメッセージは別バージョンとして残ります)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="94"/>
        <source>Answer</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="95"/>
        <source>Write a reply to this message</source>
        <translation>このメッセージへの返信を書く</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Delete this message and what follows it</source>
        <translation>このメッセージと以降を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="312"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>ModelImport</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="75"/>
        <source>%1: cancelled</source>
        <translation>%1: キャンセルしました</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="115"/>
        <source>Adding %1 to the library...</source>
        <translation>%1 をライブラリに追加中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="116"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="121"/>
        <location filename="../../app/ui/tasks.py" line="191"/>
        <source>Import model</source>
        <translation>モデルをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="129"/>
        <source>Importing...</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="154"/>
        <source>Importing... %1%</source>
        <translation>インポート中… %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="165"/>
        <source>The import stopped: %1</source>
        <translation>インポートが止まりました: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="194"/>
        <source>Only .gguf model files can be added.</source>
        <translation>追加できるのは .gguf モデルファイルだけです。</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="56"/>
        <source>Gated Gemma repositories need a Hugging Face read token, and the license accepted on the model&apos;s page with the same account. Create a token at https://huggingface.co/settings/tokens.</source>
        <translation>アクセス制限のある Gemma リポジトリには、Hugging Face の読み取りトークンと、同じアカウントでモデルのページで同意したライセンスが必要です。トークンは https://huggingface.co/settings/tokens で作成できます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="65"/>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="68"/>
        <source>Hugging Face token</source>
        <translation>Hugging Face トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="83"/>
        <source>Import model</source>
        <translation>モデルをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="85"/>
        <source>Add %1 to the library.</source>
        <translation>%1 をライブラリに追加します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="87"/>
        <source>Copy: the library keeps its own file (uses disk space).
Link: no extra space; the original file must stay where it is.</source>
        <translation>コピー: ライブラリが独自のファイルを持ちます (ディスク容量を使います)。
リンク: 追加の容量は不要ですが、元のファイルを移動しないでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="93"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="94"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="143"/>
        <source>Checking... %1%</source>
        <translation>確認中… %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="208"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="211"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="212"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Search Hugging Face</source>
        <translation type="vanished">Hugging Face を検索</translation>
    </message>
    <message>
        <source>Model repositories</source>
        <translation type="vanished">モデルリポジトリ</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation type="vanished">モデルファイル</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation type="vanished">収まるかどうかの見積もりに使うコンテキスト長</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="59"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="77"/>
        <source>Discover</source>
        <translation>探す</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="78"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="79"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="80"/>
        <source>Remote servers</source>
        <translation>リモートサーバー</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation type="vanished">インストール済みモデル</translation>
    </message>
</context>
<context>
    <name>ModelSession</name>
    <message>
        <location filename="../../app/ui/model_session.py" line="33"/>
        <source>base model: it continues text rather than following instructions</source>
        <translation>ベースモデル：指示に従わず、テキストの続きを書きます</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="125"/>
        <source>Preparing the starter model (first run)…</source>
        <translation>スターターモデルを準備中 (初回起動)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="128"/>
        <source>No model yet: open Models → Model manager to download one</source>
        <translation>モデルがまだありません: モデル → モデル管理 を開いてダウンロードしてください</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="140"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 は使用できません: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="155"/>
        <source>“%1” is not a remote model</source>
        <translation>「%1」はリモートモデルではありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="159"/>
        <source>Connecting to %1 for %2…</source>
        <translation>%2 のために %1 に接続中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="184"/>
        <location filename="../../app/ui/model_session.py" line="189"/>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
</context>
<context>
    <name>RemoteServersPage</name>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="50"/>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="53"/>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="56"/>
        <source>optional; kept in the system keyring</source>
        <translation>省略可。システムのキーリングに保存されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="57"/>
        <location filename="../../app/ui/remote_servers_page.py" line="110"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="59"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="60"/>
        <source>Add the server, or save the changes to the one with this name</source>
        <translation>サーバーを追加するか、この名前のサーバーへの変更を保存します</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="61"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="62"/>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <location filename="../../app/ui/remote_servers_page.py" line="108"/>
        <source>Name</source>
        <translation>名前</translation>
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
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="80"/>
        <source>Remote servers</source>
        <translation>リモートサーバー</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="95"/>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="96"/>
        <source>as the server says</source>
        <translation>サーバーの値に従う</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="97"/>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="100"/>
        <source>The context length to use when the server does not say its own (vLLM and llama-server say it; Ollama often gives only the model&apos;s maximum)</source>
        <translation>サーバーが自身の値を示さないときに使うコンテキスト長 (vLLM と llama-server は示します。Ollama はモデルの最大値しか示さないことがよくあります)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="118"/>
        <source>Chat with models served elsewhere: vLLM, llama.cpp&apos;s llama-server, Ollama, LM Studio or another Hearth (any OpenAI-compatible API).</source>
        <translation>別の場所で動いているモデルとチャットします: vLLM、llama.cpp の llama-server、Ollama、LM Studio、別の Hearth (OpenAI 互換 API ならどれでも)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>plain http to another machine: unencrypted</source>
        <translation>別のマシンへの http 接続: 暗号化されません</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>not tested</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="146"/>
        <source>from the server</source>
        <translation>サーバーから</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Saved %1: %2.</source>
        <translation>%1 を保存しました: %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Added %1: %2.</source>
        <translation>%1 を追加しました: %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="183"/>
        <source>No keyring on this system: the key is kept until Hearth quits.</source>
        <translation>このシステムにはキーリングがありません。キーは Hearth を終了するまで保持されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="186"/>
        <source>Warning: %1.</source>
        <translation>警告: %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="194"/>
        <location filename="../../app/ui/remote_servers_page.py" line="205"/>
        <source>Select a server first.</source>
        <translation>先にサーバーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="198"/>
        <source>Removed %1 and its key.</source>
        <translation>%1 とそのキーを削除しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="212"/>
        <source>Testing %1…</source>
        <translation>%1 をテスト中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="225"/>
        <source>reachable · %1 model(s): %2</source>
        <translation>接続可能 · モデル %1 件: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="226"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24"/>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="26"/>
        <source>Temperature</source>
        <translation>温度</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31"/>
        <source>Max reply tokens</source>
        <translation>最大返信トークン数</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
</context>
<context>
    <name>SentAttachments</name>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="38"/>
        <source>%1 (stored text)</source>
        <translation>%1 (保存されたテキスト)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="43"/>
        <source>Stored text of %1</source>
        <translation>%1 の保存されたテキスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="83"/>
        <source>The stored text cannot be read: %1</source>
        <translation>保存されたテキストを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="101"/>
        <source>Wait for the reply to finish, or stop it, before removing a document.</source>
        <translation>文書を削除する前に、返信が終わるまで待つか、停止してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="106"/>
        <source>Remove %1 from this chat? Later replies will no longer see it; its stored text is deleted unless another chat or a collection uses it.</source>
        <translation>%1 をこのチャットから削除しますか？ 以降の返信からは見えなくなります。保存されたテキストは、ほかのチャットやコレクションで使われていない限り削除されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="112"/>
        <source>Remove document</source>
        <translation>文書を削除</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="192"/>
        <source>API off</source>
        <translation>API オフ</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="200"/>
        <source>API: %1 waiting</source>
        <translation>API: %1 件待機中</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="202"/>
        <source>API on</source>
        <translation>API オン</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="212"/>
        <source>API server</source>
        <translation>API サーバー</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="214"/>
        <source>Serve the model to other programs (OpenAI- and Anthropic-compatible API)</source>
        <translation>モデルを他のプログラムに提供します (OpenAI および Anthropic 互換 API)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="216"/>
        <source>Allow other devices on this network (needs the key)</source>
        <translation>このネットワークの他のデバイスを許可 (キーが必要)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="219"/>
        <source>none (web pages cannot call the server)</source>
        <translation>なし (Web ページからサーバーは呼び出せません)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="223"/>
        <source>Web origins allowed to call the server from a browser, separated by spaces, like http://localhost:3000</source>
        <translation>ブラウザーからサーバーを呼び出せる Web オリジン (スペース区切り、例: http://localhost:3000)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="226"/>
        <source>Keep API conversations in history (in the sidebar&apos;s API group)</source>
        <translation>API の会話を履歴に残す (サイドバーの API グループ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="229"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="230"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="231"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="237"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="239"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="240"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="241"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="242"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="243"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="254"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="256"/>
        <source>Allowed web origins:</source>
        <translation>許可する Web オリジン:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="262"/>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="263"/>
        <source>Base URL:</source>
        <translation>ベース URL:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="267"/>
        <source>Requests:</source>
        <translation>リクエスト:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="306"/>
        <source>A new key is in use: programs using the old one now get 401.</source>
        <translation>新しいキーを使用中です。古いキーを使うプログラムには 401 が返ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="317"/>
        <source>Running.</source>
        <translation>実行中。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>自動（GPU ビルドが対応していれば全レイヤー）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>CPU only</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>A number of layers</source>
        <translation>レイヤー数を指定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>Stop and ask</source>
        <translation>停止して確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>古いターンを削除（システムプロンプトは保持）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Measuring again: the model is reloading…</source>
        <translation>再測定中: モデルを再読み込みしています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Forgotten: the next model load measures again.</source>
        <translation>消去しました: 次にモデルを読み込むときに再測定します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>このマシンで測定したスレッド数を消去して再測定します。モデルを再読み込みし、短い計測 (1〜2 秒) で最も速いスレッド数を選びます。測定するのは CPU の自動スレッドだけです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>; measured when a model loads</source>
        <translation>。モデルの読み込み時に測定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="113"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="125"/>
        <source>Default system prompt for new chats (optional)</source>
        <translation>新しいチャットの既定のシステムプロンプト（任意）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Default system prompt</source>
        <translation>既定のシステムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="133"/>
        <source>Capped at the model&apos;s trained context when it loads</source>
        <translation>読み込み時にモデルの学習時コンテキスト長までに制限されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Measure again</source>
        <translation>再測定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="167"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="169"/>
        <source>Takes effect the next time Hearth starts</source>
        <translation>次回 Hearth の起動時に反映されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185"/>
        <source>Context length (tokens)</source>
        <translation>コンテキスト長（トークン）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="186"/>
        <source>GPU offload</source>
        <translation>GPU オフロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="187"/>
        <source>GPU layers</source>
        <translation>GPU レイヤー</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>CPU threads</source>
        <translation>CPU スレッド</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>When the context is full</source>
        <translation>コンテキストが満杯のとき</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>この llama-cpp-python ビルドは GPU に対応していないため、Hearth は CPU で動作します。CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on については README を参照してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Replies (defaults for new chats)</source>
        <translation>返信（新しいチャットの既定値）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="203"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34"/>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Edit your last message (in an empty message box)</source>
        <translation>最後のメッセージを編集（空の入力欄で）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Search results: move, open</source>
        <translation>検索結果：移動、開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Down, Up, Enter</source>
        <translation>下、上、Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41"/>
        <source>Next control</source>
        <translation>次のコントロール</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41"/>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="43"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="44"/>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="46"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="154"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="155"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="157"/>
        <source>Search all chats (Ctrl+K)</source>
        <translation>すべてのチャットを検索 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="158"/>
        <source>Search all chats</source>
        <translation>すべてのチャットを検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="159"/>
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>↓ キーで結果へ移動、Enter で開く、Esc で消去</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="169"/>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="171"/>
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>チャットはまだありません。メッセージを入力すると始まり、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="278"/>
        <source>%1
%2 messages · %3</source>
        <translation>%1
%2 件のメッセージ · %3</translation>
    </message>
    <message>
        <source>%1
%2 messages</source>
        <translation type="vanished">%1
%2 件のメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="292"/>
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>一致するものがありません。語を減らすか変えてください。Esc で検索をクリアします。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="333"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="338"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="340"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
</context>
</TS>
