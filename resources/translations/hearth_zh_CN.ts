<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="510" />
        <source>Show earlier messages</source>
        <translation>显示更早的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="561" />
        <source>Show earlier messages (%1 more)</source>
        <translation>显示更早的消息（还有 %1 条）</translation>
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
        <translation>给 Gemma 发消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="44" />
        <source>Message</source>
        <translation>消息</translation>
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
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="60" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61" />
        <source>Stop the reply (Esc)</source>
        <translation>停止回复 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="84" />
        <source>No model is loaded yet</source>
        <translation>尚未加载模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101" />
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>正在编辑消息：Enter 作为新版本发送（原消息保留），Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104" />
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="50" />
        <source>System prompt for this chat</source>
        <translation>此对话的系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="110" />
        <source>Preset name:</source>
        <translation>预设名称：</translation>
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
        <translation>尚未加载模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <location filename="../../app/ui/main_window.py" line="349" />
        <location filename="../../app/ui/main_window.py" line="576" />
        <source>New chat</source>
        <translation>新对话</translation>
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
        <translation>用于新回复的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <location filename="../../app/ui/main_window.py" line="126" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129" />
        <source> Model: </source>
        <translation> 模型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152" />
        <source>&amp;New chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>&amp;Export this chat…</source>
        <translation>导出此对话(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Export &amp;all chats…</source>
        <translation>导出全部对话(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>&amp;Import chats…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>&amp;Search chats</source>
        <translation>搜索对话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>&amp;Stop reply</source>
        <translation>停止回复(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>&amp;Regenerate last reply</source>
        <translation>重新生成上一条回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>&amp;Edit last message</source>
        <translation>编辑上一条消息(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Copy last reply</source>
        <translation>复制上一条回复(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>Chat &amp;settings and presets…</source>
        <translation>对话设置和预设(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Model &amp;manager…</source>
        <translation>模型管理器(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185" />
        <source>&amp;Import a model file…</source>
        <translation>导入模型文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260" />
        <source>There is no reply to copy yet.</source>
        <translation>还没有可复制的回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263" />
        <location filename="../../app/ui/main_window.py" line="264" />
        <source>Copied</source>
        <translation>已复制</translation>
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
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>Reply finished: %1</source>
        <translation>回复完成：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372" />
        <source>Reply %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>first token %1 s · %2 tokens</source>
        <translation>首个词元 %1 秒 · %2 个词元</translation>
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
        <translation>上下文 %1 / %2 词元 (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469" />
        <source>%1 (unusable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478" />
        <source>No models installed</source>
        <translation>未安装模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="491" />
        <source>The model is still loading</source>
        <translation>模型仍在加载</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492" />
        <source>No model is loaded (Models → Model manager)</source>
        <translation>未加载模型（模型 → 模型管理器）</translation>
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
        <translation>对话已超出容量</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Rename chat</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="538" />
        <source>Delete chat</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="539" />
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>删除“%1”及其所有消息？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="562" />
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>请打开要导出的对话，或使用“导出全部对话”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="583" />
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585" />
        <source>Offline chat with Google's Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>与 Google Gemma 模型离线对话。&lt;br&gt;任何数据都不会离开这台电脑。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="48" />
        <source>writing…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="49" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="50" />
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="51" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="206" />
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="212" />
        <location filename="../../app/ui/chat_view.py" line="213" />
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="290" />
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="292" />
        <source>Text of the message from %1</source>
        <translation>来自 %1 的消息正文</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="298" />
        <location filename="../../app/ui/chat_view.py" line="300" />
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="299" />
        <location filename="../../app/ui/chat_view.py" line="301" />
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <location filename="../../app/ui/chat_view.py" line="411" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="329" />
        <source>Copy this message</source>
        <translation>复制此消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="331" />
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="332" />
        <source>Pinned messages stay in the model's memory when older turns are dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="335" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="336" />
        <source>Write another version of this reply (the old one stays)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="339" />
        <source>Edit and resend (the original stays as another version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="341" />
        <source>Write a reply to this message</source>
        <translation>为此消息生成回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="344" />
        <source>Delete this message and what follows it</source>
        <translation>删除此消息及其后的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="410" />
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="156" />
        <source>Search Hugging Face</source>
        <translation>搜索 Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169" />
        <source>Model repositories</source>
        <translation>模型仓库</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="173" />
        <source>Model files</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="178" />
        <source>Context length for the fit estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="380" />
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="528" />
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
        <location filename="../../app/ui/settings_dialog.py" line="22" />
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>自动（GPU 版本支持时使用全部层）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="23" />
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="24" />
        <source>A number of layers</source>
        <translation>指定层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="25" />
        <source>Stop and ask</source>
        <translation>停止并询问</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26" />
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>丢弃最早的轮次（保留系统提示词）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="35" />
        <source>Default system prompt for new chats (optional)</source>
        <translation>新对话的默认系统提示词（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="37" />
        <source>Default system prompt</source>
        <translation>默认系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43" />
        <source>Capped at the model's trained context when it loads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="70" />
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="72" />
        <source>Takes effect the next time Hearth starts</source>
        <translation>下次启动 Hearth 时生效</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="76" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="78" />
        <source>Context length (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="79" />
        <source>GPU offload</source>
        <translation>GPU 卸载</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="80" />
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81" />
        <source>CPU threads</source>
        <translation>CPU 线程</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="82" />
        <source>When the context is full</source>
        <translation>上下文已满时</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84" />
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="88" />
        <source>Replies (defaults for new chats)</source>
        <translation>回复（新对话的默认值）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="93" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="33" />
        <location filename="../../app/ui/shortcuts_sheet.py" line="43" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Edit your last message (in an empty message box)</source>
        <translation>编辑上一条消息（在空输入框中）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="35" />
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>New line in the message</source>
        <translation>消息内换行</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37" />
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Search results: move, open</source>
        <translation>搜索结果：移动、打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38" />
        <source>Down, Up, Enter</source>
        <translation>下、上、Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40" />
        <source>Next control</source>
        <translation>下一个控件</translation>
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
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="36" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="37" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38" />
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="117" />
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="118" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="121" />
        <source>Search all chats (Ctrl+K)</source>
        <translation>搜索全部对话 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="122" />
        <source>Search all chats</source>
        <translation>搜索全部对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="123" />
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="138" />
        <source>Chats</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="140" />
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>还没有对话。输入一条消息即可开始，对话会列在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="229" />
        <source>%1
%2 messages</source>
        <translation>%1
%2 条消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="240" />
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>没有匹配项。请尝试更少或其他词语；Esc 清除搜索。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="281" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="283" />
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="285" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="287" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
</TS>