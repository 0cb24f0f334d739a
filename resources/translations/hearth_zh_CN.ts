<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="104" />
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>切换对话前，请等待回复完成，或按 Esc 停止回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="150" />
        <location filename="../../app/ui/chat_session.py" line="181" />
        <source>Could not save your message: %1</source>
        <translation>无法保存你的消息：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="167" />
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>此消息对模型来说太长：%1。未保存任何内容；你的文字仍在消息框中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="276" />
        <source>This message is too long for the model: %1.</source>
        <translation>此消息对模型来说太长：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="294" />
        <source>The reply could not be saved: %1</source>
        <translation>无法保存回复：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="442" />
        <source>Stop the reply before deleting this chat.</source>
        <translation>删除此对话前，请先停止回复。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="43" />
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>在下方输入消息即可开始。
Enter 发送 · Shift+Enter 换行 · Esc 停止 · Ctrl+/ 列出所有快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="66" />
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="78" />
        <source>Show earlier messages</source>
        <translation>显示更早的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="140" />
        <source>Show earlier messages (%1 more)</source>
        <translation>显示更早的消息（还有 %1 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="172" />
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— 上下文已满：模型已看不到上方的 %1 条消息。—</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="91" />
        <location filename="../../app/ui/message_body.py" line="106" />
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="95" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="97" />
        <location filename="../../app/ui/message_body.py" line="98" />
        <source>Copy this code</source>
        <translation>复制此代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="106" />
        <source>Code (%1)</source>
        <translation>代码（%1）</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="44" />
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>给 Gemma 发消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45" />
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47" />
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Enter 发送，Shift+Enter 换行，在空白输入框中按上方向键可编辑你的上一条消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59" />
        <location filename="../../app/ui/composer.py" line="126" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63" />
        <source>Stop the reply (Esc)</source>
        <translation>停止回复 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="66" />
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="67" />
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>附加文档（文本、Markdown、代码、CSV、HTML、PDF、DOCX）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="68" />
        <source>Attach documents</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="91" />
        <source>No model is loaded yet</source>
        <translation>尚未加载模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>正在编辑消息：Enter 作为新版本发送（原消息保留），Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112" />
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57" />
        <source>System prompt for this chat</source>
        <translation>此对话的系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="121" />
        <source>Preset name:</source>
        <translation>预设名称：</translation>
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
        <translation>切换对话前，请等待回复完成，或按 Esc 停止回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49" />
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>当前对话已在此窗口之外被删除（通过 hearth 命令或其他窗口）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>No model loaded yet</source>
        <translation>尚未加载模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <location filename="../../app/ui/main_window.py" line="387" />
        <location filename="../../app/ui/main_window.py" line="638" />
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105" />
        <source>Tokens the model holds in its context / context size</source>
        <translation>模型上下文中的词元数 / 上下文大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>Model used for new replies</source>
        <translation>用于新回复的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135" />
        <source> Model: </source>
        <translation> 模型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;New chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Export this chat…</source>
        <translation>导出此对话(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Export &amp;all chats…</source>
        <translation>导出全部对话(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>&amp;Import chats…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Search chats</source>
        <translation>搜索对话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Stop reply</source>
        <translation>停止回复(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Regenerate last reply</source>
        <translation>重新生成上一条回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>&amp;Edit last message</source>
        <translation>编辑上一条消息(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192" />
        <source>&amp;Copy last reply</source>
        <translation>复制上一条回复(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Chat &amp;settings and presets…</source>
        <translation>对话设置和预设(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>Model &amp;manager…</source>
        <translation>模型管理器(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209" />
        <source>&amp;Import a model file…</source>
        <translation>导入模型文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232" />
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238" />
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291" />
        <source>There is no reply to copy yet.</source>
        <translation>还没有可复制的回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294" />
        <location filename="../../app/ui/main_window.py" line="295" />
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1。你的消息仍在输入框中；模型就绪后再按一次 Enter。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407" />
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="410" />
        <source>Reply finished: %1</source>
        <translation>回复完成：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412" />
        <source>Reply %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">首个词元 %1 秒 · %2 个词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451" />
        <source>Your message starts a new chat.</source>
        <translation>你的消息将开始一个新对话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453" />
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>你输入的内容仍在消息框中；按 Enter 将其作为新对话发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="510" />
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>上下文 %1 / %2 词元 (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="524" />
        <source>%1 (unusable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="534" />
        <source>No models installed</source>
        <translation>未安装模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="547" />
        <source>The model is still loading</source>
        <translation>模型仍在加载</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="548" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>未加载模型（模型 → 模型管理器）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="580" />
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model's memory begins.</source>
        <translation>%1。

让此对话忘掉最早的几轮（系统提示词和已固定的消息会保留）并重试？对话中会有标记显示模型记忆的起点。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>The chat no longer fits</source>
        <translation>对话已超出容量</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Rename chat</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="593" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="601" />
        <source>Delete chat</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="602" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>删除“%1”及其所有消息？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="626" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>请打开要导出的对话，或使用“导出全部对话”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="648" />
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="650" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>与 Google Gemma 模型离线对话。&lt;br&gt;任何数据都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238" />
        <source>API &amp;server…</source>
        <translation>API 服务器(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="35" />
        <source>writing…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="36" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="37" />
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="38" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="58" />
        <source>first token %1 s</source>
        <translation>首个词元 %1 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="64" />
        <location filename="../../app/ui/message_view.py" line="93" />
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="70" />
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 个词元（提示 %2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="76" />
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="81" />
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="88" />
        <source>first token %1 s · %2 tokens</source>
        <translation>首个词元 %1 秒 · %2 个词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="102" />
        <source>Reading %1 tokens… %2%</source>
        <translation>正在读取 %1 个词元… %2%</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="165" />
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="171" />
        <location filename="../../app/ui/message_view.py" line="172" />
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="257" />
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="259" />
        <source>Text of the message from %1</source>
        <translation>来自 %1 的消息正文</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="265" />
        <location filename="../../app/ui/message_view.py" line="267" />
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="266" />
        <location filename="../../app/ui/message_view.py" line="268" />
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <location filename="../../app/ui/message_view.py" line="408" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="299" />
        <source>Copy this message</source>
        <translation>复制此消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="302" />
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="303" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation>丢弃较早的轮次时，已固定的消息仍保留在模型的记忆中</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="308" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="309" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation>为此回复另写一个版本（旧版本会保留）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="314" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="315" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation>编辑并重新发送（原消息作为另一个版本保留）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="319" />
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="320" />
        <source>Write a reply to this message</source>
        <translation>为此消息生成回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="325" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="326" />
        <source>Delete this message and what follows it</source>
        <translation>删除此消息及其后的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="407" />
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="194" />
        <source>Search Hugging Face</source>
        <translation>搜索 Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="207" />
        <source>Model repositories</source>
        <translation>模型仓库</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="211" />
        <source>Model files</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="216" />
        <source>Context length for the fit estimate</source>
        <translation>用于估算是否可容纳的上下文长度</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="436" />
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="586" />
        <source>Installed models</source>
        <translation>已安装的模型</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24" />
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25" />
        <source>off</source>
        <translation>关闭</translation>
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
        <translation>重复惩罚</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31" />
        <source>Max reply tokens</source>
        <translation>最大回复词元数</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32" />
        <source>Seed</source>
        <translation>种子</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>自动（GPU 版本支持时使用全部层）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41" />
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42" />
        <source>A number of layers</source>
        <translation>指定层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45" />
        <source>Stop and ask</source>
        <translation>停止并询问</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>丢弃最早的轮次（保留系统提示词）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53" />
        <source>Measuring again: the model is reloading…</source>
        <translation>正在重新测量：模型正在重新加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54" />
        <source>Forgotten: the next model load measures again.</source>
        <translation>已清除：下次加载模型时会重新测量。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55" />
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>清除为此电脑测得的线程数并重新测量：模型会重新加载，并用几个简短的计时步骤（一两秒）选出最快的线程数。只测量 CPU 上的自动线程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>新对话的默认系统提示词（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="120" />
        <source>Default system prompt</source>
        <translation>默认系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="126" />
        <source>Capped at the model's trained context when it loads</source>
        <translation>加载时会限制在模型训练时的上下文长度以内</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="144" />
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="157" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>下次启动 Hearth 时生效</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="170" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="172" />
        <source>Context length (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="173" />
        <source>GPU offload</source>
        <translation>GPU 卸载</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="174" />
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178" />
        <source>CPU threads</source>
        <translation>CPU 线程</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180" />
        <source>When the context is full</source>
        <translation>上下文已满时</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>此 llama-cpp-python 版本不支持 GPU；Hearth 在 CPU 上运行。关于 CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on，请参阅 README。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185" />
        <source>Replies (defaults for new chats)</source>
        <translation>回复（新对话的默认值）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="44" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>编辑上一条消息（在空输入框中）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>New line in the message</source>
        <translation>消息内换行</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Search results: move, open</source>
        <translation>搜索结果：移动、打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Down, Up, Enter</source>
        <translation>下、上、Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41" />
        <source>Next control</source>
        <translation>下一个控件</translation>
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
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="39" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="40" />
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42" />
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="130" />
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="134" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>搜索全部对话 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="135" />
        <source>Search all chats</source>
        <translation>搜索全部对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="136" />
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>按下方向键进入结果，Enter 打开，Esc 清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="151" />
        <source>Chats</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="153" />
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>还没有对话。输入一条消息即可开始，对话会列在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="243" />
        <source>%1
%2 messages · %3</source>
        <translation>%1
%2 条消息 · %3</translation>
    </message>
    <message>
        <source>%1
%2 messages</source>
        <translation type="vanished">%1
%2 条消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="257" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>没有匹配项。请尝试更少或其他词语；Esc 清除搜索。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="298" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="301" />
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="303" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="305" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
</TS>