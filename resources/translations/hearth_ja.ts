<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="104" />
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>チャットを切り替える前に、返信が終わるまで待つか、Esc キーで停止してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="150" />
        <location filename="../../app/ui/chat_session.py" line="181" />
        <source>Could not save your message: %1</source>
        <translation>メッセージを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="167" />
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>このメッセージはモデルには長すぎます: %1。何も保存されていません。入力した文章はメッセージ欄に残っています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="276" />
        <source>This message is too long for the model: %1.</source>
        <translation>このメッセージはモデルには長すぎます: %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="294" />
        <source>The reply could not be saved: %1</source>
        <translation>返信を保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="442" />
        <source>Stop the reply before deleting this chat.</source>
        <translation>このチャットを削除する前に返信を停止してください。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="43" />
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>下の欄にメッセージを入力して始めましょう。
Enter で送信 · Shift+Enter で改行 · Esc で停止 · Ctrl+/ でショートカット一覧</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="66" />
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="78" />
        <source>Show earlier messages</source>
        <translation>以前のメッセージを表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140" />
        <source>Show earlier messages (%1 more)</source>
        <translation>以前のメッセージを表示（あと %1 件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="172" />
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— コンテキストがいっぱいのため、モデルには上の %1 件のメッセージが見えていません。—</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="91" />
        <location filename="../../app/ui/message_body.py" line="106" />
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="95" />
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="97" />
        <location filename="../../app/ui/message_body.py" line="98" />
        <source>Copy this code</source>
        <translation>このコードをコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="106" />
        <source>Code (%1)</source>
        <translation>コード (%1)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="44" />
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Gemma へのメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45" />
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47" />
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Enter で送信、Shift+Enter で改行、空の欄で ↑ キーを押すと最後のメッセージを編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59" />
        <location filename="../../app/ui/composer.py" line="126" />
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63" />
        <source>Stop the reply (Esc)</source>
        <translation>返信を停止 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="66" />
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="67" />
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>文書を添付 (テキスト、Markdown、コード、CSV、HTML、PDF、DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="68" />
        <source>Attach documents</source>
        <translation>文書を添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="91" />
        <source>No model is loaded yet</source>
        <translation>モデルがまだ読み込まれていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>メッセージを編集中：Enter で新しいバージョンとして送信（元のものは残ります）、Esc で取り消し。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112" />
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57" />
        <source>System prompt for this chat</source>
        <translation>このチャットのシステムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Preset name:</source>
        <translation>プリセット名：</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/locale_format.py" line="62" />
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="46" />
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>チャットを切り替える前に、返信が終わるまで待つか、Esc キーで停止してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49" />
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>開いていたチャットは、このウィンドウの外 (hearth コマンドまたは別のウィンドウ) で削除されました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>No model loaded yet</source>
        <translation>モデル未読み込み</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <location filename="../../app/ui/main_window.py" line="387" />
        <location filename="../../app/ui/main_window.py" line="638" />
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105" />
        <source>Tokens the model holds in its context / context size</source>
        <translation>モデルのコンテキスト内のトークン数 / コンテキストサイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>Model used for new replies</source>
        <translation>新しい返信に使うモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135" />
        <source> Model: </source>
        <translation> モデル: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143" />
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147" />
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Export this chat…</source>
        <translation>このチャットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Export &amp;all chats…</source>
        <translation>すべてのチャットをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>&amp;Import chats…</source>
        <translation>チャットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Search chats</source>
        <translation>チャットを検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Stop reply</source>
        <translation>返信を停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Regenerate last reply</source>
        <translation>最後の返信を再生成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>&amp;Edit last message</source>
        <translation>最後のメッセージを編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192" />
        <source>&amp;Copy last reply</source>
        <translation>最後の返信をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Chat &amp;settings and presets…</source>
        <translation>チャット設定とプリセット(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>Model &amp;manager…</source>
        <translation>モデルマネージャー(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209" />
        <source>&amp;Import a model file…</source>
        <translation>モデルファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212" />
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232" />
        <source>&amp;Normal size</source>
        <translation>標準サイズ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238" />
        <source>&amp;About %1</source>
        <translation>%1 について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291" />
        <source>There is no reply to copy yet.</source>
        <translation>コピーできる返信はまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294" />
        <location filename="../../app/ui/main_window.py" line="295" />
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1。メッセージは欄に残っています。モデルの準備ができたらもう一度 Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407" />
        <source>%1 tok/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="410" />
        <source>Reply finished: %1</source>
        <translation>返信が完了しました：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412" />
        <source>Reply %1</source>
        <translation>返信 %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">最初のトークン %1 秒 · %2 トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451" />
        <source>Your message starts a new chat.</source>
        <translation>メッセージは新しいチャットとして始まります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453" />
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>入力した内容はメッセージ欄に残っています。Enter で新しいチャットとして送信します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="510" />
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>コンテキスト %1 / %2 トークン (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="524" />
        <source>%1 (unusable)</source>
        <translation>%1（使用不可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="534" />
        <source>No models installed</source>
        <translation>モデルがインストールされていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="547" />
        <source>The model is still loading</source>
        <translation>モデルを読み込み中です</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="548" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>モデルが読み込まれていません（モデル → モデルマネージャー）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="580" />
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model's memory begins.</source>
        <translation>%1。

このチャットの古いやり取りを忘れさせて (システムプロンプトとピン留めしたメッセージは残ります) もう一度試しますか？ モデルの記憶が始まる位置がチャットに表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>The chat no longer fits</source>
        <translation>チャットが収まりません</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Rename chat</source>
        <translation>チャット名を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="601" />
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="602" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>「%1」とそのすべてのメッセージを削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="626" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>エクスポートするチャットを開くか、「すべてのチャットをエクスポート」を使ってください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="648" />
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="650" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Google の Gemma モデルとオフラインでチャット。&lt;br&gt;データはこのコンピューターから出ません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238" />
        <source>API &amp;server…</source>
        <translation>API サーバー(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="35" />
        <source>writing…</source>
        <translation>入力中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="36" />
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="37" />
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="38" />
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="58" />
        <source>first token %1 s</source>
        <translation>最初のトークン %1 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="64" />
        <location filename="../../app/ui/message_view.py" line="93" />
        <source>%1 tok/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="70" />
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 トークン (プロンプト %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="76" />
        <source>seed %1</source>
        <translation>シード %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="81" />
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="88" />
        <source>first token %1 s · %2 tokens</source>
        <translation>最初のトークン %1 秒 · %2 トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="102" />
        <source>Reading %1 tokens… %2%</source>
        <translation>%1 トークンを読み込み中… %2%</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="165" />
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="171" />
        <location filename="../../app/ui/message_view.py" line="172" />
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="257" />
        <source>Message from %1</source>
        <translation>%1 からのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="259" />
        <source>Text of the message from %1</source>
        <translation>%1 からのメッセージ本文</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="265" />
        <location filename="../../app/ui/message_view.py" line="267" />
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="266" />
        <location filename="../../app/ui/message_view.py" line="268" />
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <location filename="../../app/ui/message_view.py" line="408" />
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <source>Copy this message</source>
        <translation>このメッセージをコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="303" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation>古いやり取りが外されても、ピン留めしたメッセージはモデルの記憶に残ります</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="308" />
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="309" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation>この返信の別バージョンを書く (元の返信は残ります)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="314" />
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="315" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation>編集して再送信 (元のメッセージは別バージョンとして残ります)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="319" />
        <source>Answer</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="320" />
        <source>Write a reply to this message</source>
        <translation>このメッセージへの返信を書く</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="325" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="326" />
        <source>Delete this message and what follows it</source>
        <translation>このメッセージと以降を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="407" />
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="194" />
        <source>Search Hugging Face</source>
        <translation>Hugging Face を検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207" />
        <source>Model repositories</source>
        <translation>モデルリポジトリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="211" />
        <source>Model files</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="216" />
        <source>Context length for the fit estimate</source>
        <translation>収まるかどうかの見積もりに使うコンテキスト長</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="436" />
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="586" />
        <source>Installed models</source>
        <translation>インストール済みモデル</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24" />
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25" />
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="26" />
        <source>Temperature</source>
        <translation>温度</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31" />
        <source>Max reply tokens</source>
        <translation>最大返信トークン数</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32" />
        <source>Seed</source>
        <translation>シード</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>自動（GPU ビルドが対応していれば全レイヤー）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41" />
        <source>CPU only</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42" />
        <source>A number of layers</source>
        <translation>レイヤー数を指定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45" />
        <source>Stop and ask</source>
        <translation>停止して確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>古いターンを削除（システムプロンプトは保持）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53" />
        <source>Measuring again: the model is reloading…</source>
        <translation>再測定中: モデルを再読み込みしています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54" />
        <source>Forgotten: the next model load measures again.</source>
        <translation>消去しました: 次にモデルを読み込むときに再測定します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55" />
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>このマシンで測定したスレッド数を消去して再測定します。モデルを再読み込みし、短い計測 (1〜2 秒) で最も速いスレッド数を選びます。測定するのは CPU の自動スレッドだけです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>新しいチャットの既定のシステムプロンプト（任意）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120" />
        <source>Default system prompt</source>
        <translation>既定のシステムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="126" />
        <source>Capped at the model's trained context when it loads</source>
        <translation>読み込み時にモデルの学習時コンテキスト長までに制限されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139" />
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="144" />
        <source>Measure again</source>
        <translation>再測定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>次回 Hearth の起動時に反映されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="170" />
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="172" />
        <source>Context length (tokens)</source>
        <translation>コンテキスト長（トークン）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="173" />
        <source>GPU offload</source>
        <translation>GPU オフロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="174" />
        <source>GPU layers</source>
        <translation>GPU レイヤー</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178" />
        <source>CPU threads</source>
        <translation>CPU スレッド</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180" />
        <source>When the context is full</source>
        <translation>コンテキストが満杯のとき</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>この llama-cpp-python ビルドは GPU に対応していないため、Hearth は CPU で動作します。CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on については README を参照してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185" />
        <source>Replies (defaults for new chats)</source>
        <translation>返信（新しいチャットの既定値）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190" />
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>最後のメッセージを編集（空の入力欄で）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Search results: move, open</source>
        <translation>検索結果：移動、開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Down, Up, Enter</source>
        <translation>下、上、Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41" />
        <source>Next control</source>
        <translation>次のコントロール</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="45" />
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="39" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="40" />
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41" />
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42" />
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="130" />
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="134" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>すべてのチャットを検索 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="135" />
        <source>Search all chats</source>
        <translation>すべてのチャットを検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="136" />
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>↓ キーで結果へ移動、Enter で開く、Esc で消去</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="151" />
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="153" />
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>チャットはまだありません。メッセージを入力すると始まり、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="243" />
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
        <location filename="../../app/ui/sidebar.py" line="257" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>一致するものがありません。語を減らすか変えてください。Esc で検索をクリアします。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="298" />
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="303" />
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="305" />
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
</context>
</TS>