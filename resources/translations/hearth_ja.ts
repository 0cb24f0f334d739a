<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
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
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="510" />
        <source>Show earlier messages</source>
        <translation>以前のメッセージを表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="561" />
        <source>Show earlier messages (%1 more)</source>
        <translation>以前のメッセージを表示（あと %1 件）</translation>
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
        <translation>Gemma へのメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="44" />
        <source>Message</source>
        <translation>メッセージ</translation>
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
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="60" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61" />
        <source>Stop the reply (Esc)</source>
        <translation>返信を停止 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="84" />
        <source>No model is loaded yet</source>
        <translation>モデルがまだ読み込まれていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>メッセージを編集中：Enter で新しいバージョンとして送信（元のものは残ります）、Esc で取り消し。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104" />
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="50" />
        <source>System prompt for this chat</source>
        <translation>このチャットのシステムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Preset name:</source>
        <translation>プリセット名：</translation>
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
        <translation>モデル未読み込み</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <location filename="../../app/ui/main_window.py" line="349" />
        <location filename="../../app/ui/main_window.py" line="576" />
        <source>New chat</source>
        <translation>新しいチャット</translation>
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
        <translation>新しい返信に使うモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <location filename="../../app/ui/main_window.py" line="126" />
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129" />
        <source> Model: </source>
        <translation> モデル: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152" />
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>&amp;Export this chat…</source>
        <translation>このチャットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Export &amp;all chats…</source>
        <translation>すべてのチャットをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;Import chats…</source>
        <translation>チャットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>&amp;Search chats</source>
        <translation>チャットを検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>&amp;Stop reply</source>
        <translation>返信を停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Regenerate last reply</source>
        <translation>最後の返信を再生成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>&amp;Edit last message</source>
        <translation>最後のメッセージを編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Copy last reply</source>
        <translation>最後の返信をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>Chat &amp;settings and presets…</source>
        <translation>チャット設定とプリセット(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Model &amp;manager…</source>
        <translation>モデルマネージャー(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185" />
        <source>&amp;Import a model file…</source>
        <translation>モデルファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188" />
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <source>&amp;Normal size</source>
        <translation>標準サイズ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;About %1</source>
        <translation>%1 について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260" />
        <source>There is no reply to copy yet.</source>
        <translation>コピーできる返信はまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263" />
        <location filename="../../app/ui/main_window.py" line="264" />
        <source>Copied</source>
        <translation>コピーしました</translation>
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
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>Reply finished: %1</source>
        <translation>返信が完了しました：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372" />
        <source>Reply %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>first token %1 s · %2 tokens</source>
        <translation>最初のトークン %1 秒 · %2 トークン</translation>
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
        <translation>コンテキスト %1 / %2 トークン (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469" />
        <source>%1 (unusable)</source>
        <translation>%1（使用不可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478" />
        <source>No models installed</source>
        <translation>モデルがインストールされていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="491" />
        <source>The model is still loading</source>
        <translation>モデルを読み込み中です</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>モデルが読み込まれていません（モデル → モデルマネージャー）</translation>
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
        <translation>チャットが収まりません</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Rename chat</source>
        <translation>チャット名を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="538" />
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="539" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>「%1」とそのすべてのメッセージを削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="562" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>エクスポートするチャットを開くか、「すべてのチャットをエクスポート」を使ってください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="583" />
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>Google の Gemma モデルとオフラインでチャット。&lt;br&gt;データはこのコンピューターから出ません。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="48" />
        <source>writing…</source>
        <translation>入力中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="49" />
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="50" />
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="51" />
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="206" />
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="212" />
        <location filename="../../app/ui/chat_view.py" line="213" />
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="290" />
        <source>Message from %1</source>
        <translation>%1 からのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="292" />
        <source>Text of the message from %1</source>
        <translation>%1 からのメッセージ本文</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="298" />
        <location filename="../../app/ui/chat_view.py" line="300" />
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="299" />
        <location filename="../../app/ui/chat_view.py" line="301" />
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <location filename="../../app/ui/chat_view.py" line="411" />
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <source>Copy this message</source>
        <translation>このメッセージをコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="332" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335" />
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="336" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Answer</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Write a reply to this message</source>
        <translation>このメッセージへの返信を書く</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete this message and what follows it</source>
        <translation>このメッセージと以降を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="410" />
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="156" />
        <source>Search Hugging Face</source>
        <translation>Hugging Face を検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169" />
        <source>Model repositories</source>
        <translation>モデルリポジトリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="173" />
        <source>Model files</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="178" />
        <source>Context length for the fit estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="380" />
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="528" />
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
        <location filename="../../app/ui/settings_dialog.py" line="22" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>自動（GPU ビルドが対応していれば全レイヤー）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="23" />
        <source>CPU only</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="24" />
        <source>A number of layers</source>
        <translation>レイヤー数を指定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="25" />
        <source>Stop and ask</source>
        <translation>停止して確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>古いターンを削除（システムプロンプトは保持）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="35" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>新しいチャットの既定のシステムプロンプト（任意）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="37" />
        <source>Default system prompt</source>
        <translation>既定のシステムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43" />
        <source>Capped at the model's trained context when it loads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56" />
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="70" />
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="72" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>次回 Hearth の起動時に反映されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="76" />
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="78" />
        <source>Context length (tokens)</source>
        <translation>コンテキスト長（トークン）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="79" />
        <source>GPU offload</source>
        <translation>GPU オフロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="80" />
        <source>GPU layers</source>
        <translation>GPU レイヤー</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81" />
        <source>CPU threads</source>
        <translation>CPU スレッド</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="82" />
        <source>When the context is full</source>
        <translation>コンテキストが満杯のとき</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88" />
        <source>Replies (defaults for new chats)</source>
        <translation>返信（新しいチャットの既定値）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="93" />
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="33" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="43" />
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>最後のメッセージを編集（空の入力欄で）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Search results: move, open</source>
        <translation>検索結果：移動、開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Down, Up, Enter</source>
        <translation>下、上、Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Next control</source>
        <translation>次のコントロール</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="117" />
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="118" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="121" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>すべてのチャットを検索 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="122" />
        <source>Search all chats</source>
        <translation>すべてのチャットを検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="123" />
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="138" />
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="140" />
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>チャットはまだありません。メッセージを入力すると始まり、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="229" />
        <source>%1
%2 messages</source>
        <translation>%1
%2 件のメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="240" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>一致するものがありません。語を減らすか変えてください。Esc で検索をクリアします。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="281" />
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="285" />
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="287" />
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
</context>
</TS>