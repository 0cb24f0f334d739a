<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentChips</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="69"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="72"/>
        <source>Open the file, or the text Hearth stored of it</source>
        <translation>打开文件，或 Hearth 保存的该文件文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="75"/>
        <source>Open attachment %1</source>
        <translation>打开附件 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="81"/>
        <source>Remove from this chat: later replies no longer use it</source>
        <translation>从此对话中移除：之后的回复将不再使用它</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="84"/>
        <source>Remove attachment %1 from this chat</source>
        <translation>从此对话中移除附件 %1</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../../app/ui/chat_session.py" line="107"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>切换对话前，请等待回复完成，或按 Esc 停止回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="144"/>
        <location filename="../../app/ui/chat_session.py" line="175"/>
        <source>Could not save your message: %1</source>
        <translation>无法保存你的消息：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="161"/>
        <source>This message is too long for the model: %1. Nothing was saved; your text is still in the message box.</source>
        <translation>此消息对模型来说太长：%1。未保存任何内容；你的文字仍在消息框中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="270"/>
        <source>This message is too long for the model: %1.</source>
        <translation>此消息对模型来说太长：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_session.py" line="288"/>
        <source>The reply could not be saved: %1</source>
        <translation>无法保存回复：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_history.py" line="187"/>
        <source>Stop the reply before deleting this chat.</source>
        <translation>删除此对话前，请先停止回复。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="44"/>
        <source>Type a message below to start.
Enter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut</source>
        <translation>在下方输入消息即可开始。
Enter 发送 · Shift+Enter 换行 · Esc 停止 · Ctrl+/ 列出所有快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="67"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Show earlier messages</source>
        <translation>显示更早的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="142"/>
        <source>Show earlier messages (%1 more)</source>
        <translation>显示更早的消息（还有 %1 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="174"/>
        <source>— The model no longer sees the %1 message(s) above: the context is full. —</source>
        <translation>— 上下文已满：模型已看不到上方的 %1 条消息。—</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../../app/ui/message_body.py" line="112"/>
        <location filename="../../app/ui/message_body.py" line="126"/>
        <location filename="../../app/ui/message_body.py" line="141"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="116"/>
        <location filename="../../app/ui/message_body.py" line="151"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="118"/>
        <location filename="../../app/ui/message_body.py" line="119"/>
        <source>Copy this code</source>
        <translation>复制此代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="126"/>
        <location filename="../../app/ui/message_body.py" line="144"/>
        <source>Code (%1)</source>
        <translation>代码（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_body.py" line="150"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CollectionJobs</name>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="83"/>
        <source>The job stopped: %1</source>
        <translation>任务已停止：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="130"/>
        <source>Removed the collection %1.</source>
        <translation>已移除文档集 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="150"/>
        <source>%1 new vectors from %2</source>
        <translation>来自 %2 的 %1 个新向量</translation>
    </message>
    <message>
        <location filename="../../app/ui/collection_jobs.py" line="163"/>
        <source>%1 cannot be loaded as an embedding model (%2)</source>
        <translation>%1 无法作为嵌入模型加载（%2）</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <location filename="../../app/ui/collections_page.py" line="52"/>
        <source>Collection</source>
        <translation>文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="53"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="54"/>
        <source>Chunks</source>
        <translation>分块</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="55"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="56"/>
        <source>Used by this chat</source>
        <translation>此对话使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="61"/>
        <location filename="../../app/ui/collections_page.py" line="71"/>
        <source>Document collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="72"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="73"/>
        <source>Reindex</source>
        <translation>重新索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="74"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="76"/>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="80"/>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="83"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="84"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="111"/>
        <source>Embedding model:</source>
        <translation>嵌入模型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="147"/>
        <source>Let this chat retrieve from the collection</source>
        <translation>让此对话从该文档集检索</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="149"/>
        <source>Open a chat to let it retrieve from a collection</source>
        <translation>请打开一个对话，以便让它从文档集检索</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="168"/>
        <source>None: keywords only (BM25)</source>
        <translation>无：仅关键词（BM25）</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="180"/>
        <source>Retrieval uses keywords only (BM25): no embedding model is chosen. Any GGUF in the library can serve.</source>
        <translation>检索仅使用关键词（BM25）：未选择嵌入模型。库中的任何 GGUF 模型都可以使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="187"/>
        <source>Retrieval fuses keywords (BM25) with vectors from %1.</source>
        <translation>检索将关键词（BM25）与来自 %1 的向量相融合。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="195"/>
        <source>Add a folder as a collection</source>
        <translation>将文件夹添加为文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="203"/>
        <source>Add collection</source>
        <translation>添加文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="204"/>
        <source>Collection name:</source>
        <translation>文档集名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="215"/>
        <source>There is already a collection named %1.</source>
        <translation>已有名为 %1 的文档集。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="221"/>
        <source>Indexing %1…</source>
        <translation>正在索引 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="236"/>
        <source>Re-checking %1…</source>
        <translation>正在重新检查 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="243"/>
        <source>Remove the collection %1? Its documents are deleted from Hearth unless a chat uses them; the files in the folder are not touched.</source>
        <translation>移除文档集 %1？除非有对话在使用，其文档将从 Hearth 中删除；文件夹中的文件不受影响。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="248"/>
        <source>Remove collection</source>
        <translation>移除文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="250"/>
        <source>Removing %1…</source>
        <translation>正在移除 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="257"/>
        <source>Wait for the current job to finish, or cancel it, before changing the model.</source>
        <translation>更换模型前，请等待当前任务完成，或将其取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="263"/>
        <source>Loading %1 and computing vectors…</source>
        <translation>正在加载 %1 并计算向量…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="270"/>
        <source>Switching to keywords only…</source>
        <translation>正在切换为仅关键词…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="353"/>
        <source>Document co&amp;llections…</source>
        <translation>文档集(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/collections_page.py" line="397"/>
        <source>Re-checking the document collections…</source>
        <translation>正在重新检查文档集…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="44"/>
        <source>Message Gemma…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>给 Gemma 发消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="45"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="47"/>
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message</source>
        <translation>Enter 发送，Shift+Enter 换行，在空白输入框中按上方向键可编辑你的上一条消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="56"/>
        <location filename="../../app/ui/composer.py" line="129"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="58"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="59"/>
        <source>Stop the reply (Esc)</source>
        <translation>停止回复 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="61"/>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="62"/>
        <source>Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)</source>
        <translation>附加文档（文本、Markdown、代码、CSV、HTML、PDF、DOCX）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="63"/>
        <source>Attach documents</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>No model is loaded yet</source>
        <translation>尚未加载模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Editing your message: Enter sends it as a new version (the original stays), Esc cancels.</source>
        <translation>正在编辑消息：Enter 作为新版本发送（原消息保留），Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="57"/>
        <source>System prompt for this chat</source>
        <translation>此对话的系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="125"/>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
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
        <translation>在 Hugging Face 上搜索 GGUF 模型，例如 gemma 3 4b</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="81"/>
        <source>Search Hugging Face</source>
        <translation>搜索 Hugging Face</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="82"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="83"/>
        <source>Curated Gemma</source>
        <translation>精选 Gemma</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="86"/>
        <source>Model repositories</source>
        <translation>模型仓库</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="88"/>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="90"/>
        <source>Model files</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="95"/>
        <source>Context length for the fit estimate</source>
        <translation>用于估算是否可容纳的上下文长度</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="96"/>
        <location filename="../../app/ui/model_manager_discover.py" line="298"/>
        <location filename="../../app/ui/model_manager_discover.py" line="306"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="98"/>
        <source>Hugging Face token...</source>
        <translation>Hugging Face 令牌…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="99"/>
        <source>Forget token</source>
        <translation>清除令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="103"/>
        <source>This machine: checking memory...</source>
        <translation>本机：正在检查内存…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="112"/>
        <source>Context for the memory estimate:</source>
        <translation>用于估算内存的上下文：</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="164"/>
        <source>, GPU %1</source>
        <translation>，GPU %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="166"/>
        <source>, no GPU offload in this build</source>
        <translation>，此版本不支持 GPU 卸载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="167"/>
        <source>This machine: %1 RAM, %2 free</source>
        <translation>本机：内存 %1，可用 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="178"/>
        <location filename="../../app/ui/model_manager_discover.py" line="204"/>
        <source>  (gated)</source>
        <translation>  （需授权）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="193"/>
        <source>Searching for “%1”...</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="205"/>
        <source>%1 downloads</source>
        <translation>%1 次下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="210"/>
        <source>%1 repositories found.</source>
        <translation>找到 %1 个仓库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="212"/>
        <source>No GGUF repositories found.</source>
        <translation>未找到 GGUF 仓库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="220"/>
        <source>Reading the files of %1...</source>
        <translation>正在读取 %1 的文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="232"/>
        <source>%1: %2 GGUF file(s).</source>
        <translation>%1：%2 个 GGUF 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="234"/>
        <source>Gated: downloading needs a token and the license accepted on huggingface.co.</source>
        <translation>需授权：下载需要令牌，并在 huggingface.co 上接受许可协议。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="236"/>
        <source>The KV cache of this model is unknown and not counted in Memory.</source>
        <translation>此模型的 KV 缓存未知，未计入内存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="238"/>
        <source>Ignored %1 file(s) with unsafe names.</source>
        <translation>已忽略 %1 个名称不安全的文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="269"/>
        <source>★ recommended</source>
        <translation>★ 推荐</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="299"/>
        <source>%1 is a %2 file, not a chat model. Download anyway?</source>
        <translation>%1 是 %2 文件，不是对话模型。仍要下载吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="317"/>
        <source>Store a token for gated repositories.</source>
        <translation>为需授权的仓库保存令牌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="325"/>
        <source>Token stored in the OS keyring.</source>
        <translation>令牌已保存到系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="328"/>
        <source>No OS keyring is available: the token is kept for this session only.</source>
        <translation>没有可用的系统密钥环：令牌仅在本次会话中保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_discover.py" line="335"/>
        <source>The stored token was removed.</source>
        <translation>已删除保存的令牌。</translation>
    </message>
</context>
<context>
    <name>DownloadsTab</name>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="42"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="44"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="46"/>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="47"/>
        <source>Downloads resume where they stopped, even after quitting Hearth.</source>
        <translation>下载会从中断处继续，即使退出 Hearth 后也是如此。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="85"/>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="87"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="118"/>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="119"/>
        <source>Cancel this download and delete the part already downloaded?</source>
        <translation>取消此下载并删除已下载的部分？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="130"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="132"/>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="133"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="134"/>
        <source>done (verified)</source>
        <translation>完成（已校验）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="135"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="136"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="137"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="149"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="167"/>
        <source>checking %p%</source>
        <translation>校验中 %p%</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="169"/>
        <source>verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="172"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="190"/>
        <source>%1 is ready: sha256 verified.</source>
        <translation>%1 已就绪：sha256 已校验。</translation>
    </message>
</context>
<context>
    <name>GuiStart</name>
    <message>
        <location filename="../../app/ui/application.py" line="388"/>
        <source>Hearth cannot open its history database:

%1</source>
        <translation>Hearth 无法打开其历史数据库：

%1</translation>
    </message>
</context>
<context>
    <name>HearthApp</name>
    <message>
        <location filename="../../app/ui/application.py" line="193"/>
        <source>%1 reply(ies) were cut off when Hearth last closed unexpectedly; they are kept and marked &apos;interrupted&apos;.</source>
        <translation>Hearth 上次意外关闭时有 %1 条回复被中断；它们已保留并标记为“已中断”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="206"/>
        <source>Looking at your models…</source>
        <translation>正在查看你的模型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="275"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
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
        <translation>网页，独立文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="24"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="25"/>
        <source>Hearth JSON, lossless (*.json)</source>
        <translation>Hearth JSON，无损 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="26"/>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="49"/>
        <source>Delete message</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="79"/>
        <source>Export chats</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="99"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="105"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="108"/>
        <source>Exporting...</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="114"/>
        <source>Import chats</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="116"/>
        <source>Chat exports (*.json *.zip);;Hearth JSON (*.json);;ChatGPT export (conversations.json *.zip)</source>
        <translation>对话导出 (*.json *.zip);;Hearth JSON (*.json);;ChatGPT 导出 (conversations.json *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="134"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_actions.py" line="143"/>
        <source>Importing %1...</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>InferenceController</name>
    <message>
        <location filename="../../app/ui/workers.py" line="140"/>
        <source>%1 could not be loaded: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="168"/>
        <source>the starter model could not be prepared: %1</source>
        <translation>无法准备入门模型：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="226"/>
        <source>generation failed: %1</source>
        <translation>生成失败：%1</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="51"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="52"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="53"/>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="54"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="55"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="56"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="57"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="58"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="62"/>
        <source>Installed models</source>
        <translation>已安装的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="63"/>
        <source>Import...</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="64"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="65"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="66"/>
        <source>Set as default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="67"/>
        <source>Models live in %1</source>
        <translation>模型位于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="109"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="111"/>
        <source>cannot be used: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="134"/>
        <source>Choose a model first.</source>
        <translation>请先选择一个模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="147"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="168"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="181"/>
        <source>Delete %1 (%2) from the library?</source>
        <translation>从库中删除 %1（%2）？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="183"/>
        <source>The original file it links to is kept.</source>
        <translation>它所链接的原始文件会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="184"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="198"/>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="205"/>
        <source>Checking %1...</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>Verified: </source>
        <translation>已校验：</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="208"/>
        <source>PROBLEM: </source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_library.py" line="230"/>
        <source>%1 is the default model for new chats.</source>
        <translation>%1 是新对话的默认模型。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="20"/>
        <source>Wait for the reply to finish, or press Esc to stop it, before switching chats.</source>
        <translation>切换对话前，请等待回复完成，或按 Esc 停止回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="23"/>
        <source>The chat you were in was deleted outside this window (by the hearth command or another window).</source>
        <translation>当前对话已在此窗口之外被删除（通过 hearth 命令或其他窗口）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="120"/>
        <source>The attached documents are still being read; send again in a moment.</source>
        <translation>附加的文档仍在读取中；请稍后再发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>No model loaded yet</source>
        <translation>尚未加载模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="59"/>
        <location filename="../../app/ui/window_dialogs.py" line="75"/>
        <location filename="../../app/ui/window_layout.py" line="46"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="53"/>
        <source>Tokens the model holds in its context / context size</source>
        <translation>模型上下文中的词元数 / 上下文大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="22"/>
        <source>Model used for new replies</source>
        <translation>用于新回复的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="24"/>
        <location filename="../../app/ui/window_layout.py" line="77"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="80"/>
        <source> Model: </source>
        <translation> 模型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="90"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_layout.py" line="94"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="44"/>
        <source>&amp;New chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Export this chat…</source>
        <translation>导出此对话(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="50"/>
        <source>Export &amp;all chats…</source>
        <translation>导出全部对话(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="52"/>
        <source>&amp;Import chats…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="23"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="62"/>
        <source>&amp;Search chats</source>
        <translation>搜索对话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="65"/>
        <source>&amp;Stop reply</source>
        <translation>停止回复(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="24"/>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="74"/>
        <source>&amp;Regenerate last reply</source>
        <translation>重新生成上一条回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="77"/>
        <source>&amp;Edit last message</source>
        <translation>编辑上一条消息(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80"/>
        <source>&amp;Copy last reply</source>
        <translation>复制上一条回复(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="84"/>
        <source>Chat &amp;settings and presets…</source>
        <translation>对话设置和预设(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="26"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>Model &amp;manager…</source>
        <translation>模型管理器(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="93"/>
        <source>&amp;Import a model file…</source>
        <translation>导入模型文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="28"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="98"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="112"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="115"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="118"/>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="29"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="124"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="126"/>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>There is no reply to copy yet.</source>
        <translation>还没有可复制的回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>%1. Your message is still in the box; press Enter again when the model is ready.</source>
        <translation>%1。你的消息仍在输入框中；模型就绪后再按一次 Enter。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="83"/>
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="98"/>
        <source>Reply finished: %1</source>
        <translation>回复完成：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="101"/>
        <source>Reply %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>first token %1 s · %2 tokens</source>
        <translation type="vanished">首个词元 %1 秒 · %2 个词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="152"/>
        <source>Your message starts a new chat.</source>
        <translation>你的消息将开始一个新对话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_navigation.py" line="154"/>
        <source>What you typed is still in the message box; Enter sends it as a new chat.</source>
        <translation>你输入的内容仍在消息框中；按 Enter 将其作为新对话发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_display.py" line="54"/>
        <source>Context %1 / %2 tokens (%3)</source>
        <translation>上下文 %1 / %2 词元 (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="48"/>
        <source>%1 (unusable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="37"/>
        <source>No models installed</source>
        <translation>未安装模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="43"/>
        <source>The model is still loading</source>
        <translation>模型仍在加载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_status.py" line="44"/>
        <source>No model is loaded (Models → Model manager)</source>
        <translation>未加载模型（模型 → 模型管理器）</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="54"/>
        <source>%1.

Let this chat forget its oldest turns (the system prompt and pinned messages stay) and try again? A marker in the chat will show where the model&apos;s memory begins.</source>
        <translation>%1。

让此对话忘掉最早的几轮（系统提示词和已固定的消息会保留）并重试？对话中会有标记显示模型记忆的起点。</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="59"/>
        <source>The chat no longer fits</source>
        <translation>对话已超出容量</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="33"/>
        <source>Rename chat</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="34"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="43"/>
        <source>Delete chat</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="41"/>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>删除“%1”及其所有消息？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Open a chat to export it, or use Export all chats.</source>
        <translation>请打开要导出的对话，或使用“导出全部对话”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="91"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="93"/>
        <source>Offline chat with Google&apos;s Gemma models.&lt;br&gt;Nothing leaves this computer.</source>
        <translation>与 Google Gemma 模型离线对话。&lt;br&gt;任何数据都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="363"/>
        <source>API &amp;server…</source>
        <translation>API 服务器(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/message_view.py" line="45"/>
        <source>writing…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="46"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="47"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="48"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="23"/>
        <source>first token %1 s</source>
        <translation>首个词元 %1 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="29"/>
        <location filename="../../app/ui/message_text.py" line="58"/>
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="35"/>
        <source>%1 tokens (prompt %2)</source>
        <translation>%1 个词元（提示 %2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="41"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="46"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="53"/>
        <source>first token %1 s · %2 tokens</source>
        <translation>首个词元 %1 秒 · %2 个词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_text.py" line="67"/>
        <source>Reading %1 tokens… %2%</source>
        <translation>正在读取 %1 个词元… %2%</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="109"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="115"/>
        <location filename="../../app/ui/message_view.py" line="116"/>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="209"/>
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="211"/>
        <source>Text of the message from %1</source>
        <translation>来自 %1 的消息正文</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="34"/>
        <location filename="../../app/ui/message_actions.py" line="36"/>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="35"/>
        <location filename="../../app/ui/message_actions.py" line="37"/>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="68"/>
        <location filename="../../app/ui/message_view.py" line="313"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="69"/>
        <source>Copy this message</source>
        <translation>复制此消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="73"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="75"/>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="76"/>
        <source>Pinned messages stay in the model&apos;s memory when older turns are dropped</source>
        <translation>丢弃较早的轮次时，已固定的消息仍保留在模型的记忆中</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="83"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="84"/>
        <source>Write another version of this reply (the old one stays)</source>
        <translation>为此回复另写一个版本（旧版本会保留）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="89"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="90"/>
        <source>Edit and resend (the original stays as another version)</source>
        <translation>编辑并重新发送（原消息作为另一个版本保留）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="94"/>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="95"/>
        <source>Write a reply to this message</source>
        <translation>为此消息生成回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="100"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_actions.py" line="101"/>
        <source>Delete this message and what follows it</source>
        <translation>删除此消息及其后的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_view.py" line="312"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ModelImport</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="75"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="115"/>
        <source>Adding %1 to the library...</source>
        <translation>正在将 %1 添加到库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="116"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="121"/>
        <location filename="../../app/ui/tasks.py" line="191"/>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="129"/>
        <source>Importing...</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="154"/>
        <source>Importing... %1%</source>
        <translation>正在导入… %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="165"/>
        <source>The import stopped: %1</source>
        <translation>导入已停止：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="194"/>
        <source>Only .gguf model files can be added.</source>
        <translation>只能添加 .gguf 模型文件。</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="56"/>
        <source>Gated Gemma repositories need a Hugging Face read token, and the license accepted on the model&apos;s page with the same account. Create a token at https://huggingface.co/settings/tokens.</source>
        <translation>需授权的 Gemma 仓库需要 Hugging Face 读取令牌，并用同一账号在模型页面上接受许可协议。可在 https://huggingface.co/settings/tokens 创建令牌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="65"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="68"/>
        <source>Hugging Face token</source>
        <translation>Hugging Face 令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="83"/>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="85"/>
        <source>Add %1 to the library.</source>
        <translation>将 %1 添加到库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="87"/>
        <source>Copy: the library keeps its own file (uses disk space).
Link: no extra space; the original file must stay where it is.</source>
        <translation>复制：库保留一份自己的文件（占用磁盘空间）。
链接：不占额外空间；原始文件必须保持原位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="93"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="94"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_common.py" line="143"/>
        <source>Checking... %1%</source>
        <translation>正在检查… %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager_downloads.py" line="208"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
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
        <translation type="vanished">搜索 Hugging Face</translation>
    </message>
    <message>
        <source>Model repositories</source>
        <translation type="vanished">模型仓库</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation type="vanished">模型文件</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation type="vanished">用于估算是否可容纳的上下文长度</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="59"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="77"/>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="78"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="79"/>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="80"/>
        <source>Remote servers</source>
        <translation>远程服务器</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation type="vanished">已安装的模型</translation>
    </message>
</context>
<context>
    <name>ModelSession</name>
    <message>
        <location filename="../../app/ui/model_session.py" line="33"/>
        <source>base model: it continues text rather than following instructions</source>
        <translation>基础模型：它会续写文本，而不是遵循指令</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="125"/>
        <source>Preparing the starter model (first run)…</source>
        <translation>正在准备入门模型（首次运行）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="128"/>
        <source>No model yet: open Models → Model manager to download one</source>
        <translation>还没有模型：打开 模型 → 模型管理器 下载一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="140"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 无法使用：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="155"/>
        <source>“%1” is not a remote model</source>
        <translation>“%1”不是远程模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="159"/>
        <source>Connecting to %1 for %2…</source>
        <translation>正在为 %2 连接 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_session.py" line="184"/>
        <location filename="../../app/ui/model_session.py" line="189"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
</context>
<context>
    <name>RemoteServersPage</name>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="50"/>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="53"/>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="56"/>
        <source>optional; kept in the system keyring</source>
        <translation>可选；保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="57"/>
        <location filename="../../app/ui/remote_servers_page.py" line="110"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="59"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="60"/>
        <source>Add the server, or save the changes to the one with this name</source>
        <translation>添加服务器，或保存对同名服务器的更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="61"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="62"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <location filename="../../app/ui/remote_servers_page.py" line="108"/>
        <source>Name</source>
        <translation>名称</translation>
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
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="79"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="80"/>
        <source>Remote servers</source>
        <translation>远程服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="95"/>
        <source> tokens</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="96"/>
        <source>as the server says</source>
        <translation>以服务器为准</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="97"/>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="100"/>
        <source>The context length to use when the server does not say its own (vLLM and llama-server say it; Ollama often gives only the model&apos;s maximum)</source>
        <translation>服务器未说明自身上下文长度时使用的值（vLLM 和 llama-server 会说明；Ollama 常常只给出模型的最大值）</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="118"/>
        <source>Chat with models served elsewhere: vLLM, llama.cpp&apos;s llama-server, Ollama, LM Studio or another Hearth (any OpenAI-compatible API).</source>
        <translation>与在别处提供的模型对话：vLLM、llama.cpp 的 llama-server、Ollama、LM Studio 或另一个 Hearth（任何兼容 OpenAI 的 API）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>plain http to another machine: unencrypted</source>
        <translation>到另一台机器的普通 http：未加密</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="139"/>
        <source>not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="146"/>
        <source>from the server</source>
        <translation>来自服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Saved %1: %2.</source>
        <translation>已保存 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="180"/>
        <source>Added %1: %2.</source>
        <translation>已添加 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="183"/>
        <source>No keyring on this system: the key is kept until Hearth quits.</source>
        <translation>此系统没有密钥环：密钥将保留到 Hearth 退出为止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="186"/>
        <source>Warning: %1.</source>
        <translation>警告：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="194"/>
        <location filename="../../app/ui/remote_servers_page.py" line="205"/>
        <source>Select a server first.</source>
        <translation>请先选择一个服务器。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="198"/>
        <source>Removed %1 and its key.</source>
        <translation>已移除 %1 及其密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="212"/>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="225"/>
        <source>reachable · %1 model(s): %2</source>
        <translation>可访问 · %1 个模型：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_servers_page.py" line="226"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SamplingForm</name>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="24"/>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="25"/>
        <source>off</source>
        <translation>关闭</translation>
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
        <translation>重复惩罚</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="31"/>
        <source>Max reply tokens</source>
        <translation>最大回复词元数</translation>
    </message>
    <message>
        <location filename="../../app/ui/sampling_form.py" line="32"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
</context>
<context>
    <name>SentAttachments</name>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="38"/>
        <source>%1 (stored text)</source>
        <translation>%1（保存的文本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="43"/>
        <source>Stored text of %1</source>
        <translation>%1 的保存文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="83"/>
        <source>The stored text cannot be read: %1</source>
        <translation>无法读取保存的文本：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="101"/>
        <source>Wait for the reply to finish, or stop it, before removing a document.</source>
        <translation>移除文档前，请等待回复完成，或将其停止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="106"/>
        <source>Remove %1 from this chat? Later replies will no longer see it; its stored text is deleted unless another chat or a collection uses it.</source>
        <translation>从此对话中移除 %1？之后的回复将不再看到它；除非其他对话或文档集在使用，其保存的文本将被删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sent_attachments.py" line="112"/>
        <source>Remove document</source>
        <translation>移除文档</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="192"/>
        <source>API off</source>
        <translation>API 已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="200"/>
        <source>API: %1 waiting</source>
        <translation>API：%1 个等待中</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="202"/>
        <source>API on</source>
        <translation>API 已开启</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="212"/>
        <source>API server</source>
        <translation>API 服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="214"/>
        <source>Serve the model to other programs (OpenAI- and Anthropic-compatible API)</source>
        <translation>将模型提供给其他程序（兼容 OpenAI 和 Anthropic 的 API）</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="216"/>
        <source>Allow other devices on this network (needs the key)</source>
        <translation>允许此网络中的其他设备（需要密钥）</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="219"/>
        <source>none (web pages cannot call the server)</source>
        <translation>无（网页无法调用服务器）</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="223"/>
        <source>Web origins allowed to call the server from a browser, separated by spaces, like http://localhost:3000</source>
        <translation>允许从浏览器调用服务器的网页来源，以空格分隔，例如 http://localhost:3000</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="226"/>
        <source>Keep API conversations in history (in the sidebar&apos;s API group)</source>
        <translation>在历史记录中保留 API 对话（位于侧栏的 API 分组）</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="229"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="230"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="231"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="237"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="238"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="239"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="240"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="241"/>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="242"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="243"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="254"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="256"/>
        <source>Allowed web origins:</source>
        <translation>允许的网页来源：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="262"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="263"/>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="267"/>
        <source>Requests:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="306"/>
        <source>A new key is in use: programs using the old one now get 401.</source>
        <translation>新密钥已启用：使用旧密钥的程序现在会收到 401。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="317"/>
        <source>Running.</source>
        <translation>运行中。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>Auto (all layers when the GPU build supports it)</source>
        <translation>自动（GPU 版本支持时使用全部层）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>A number of layers</source>
        <translation>指定层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>Stop and ask</source>
        <translation>停止并询问</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Drop oldest turns (keep system prompt)</source>
        <translation>丢弃最早的轮次（保留系统提示词）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Measuring again: the model is reloading…</source>
        <translation>正在重新测量：模型正在重新加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>Forgotten: the next model load measures again.</source>
        <translation>已清除：下次加载模型时会重新测量。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Forget the thread count measured for this machine and measure again: the model reloads and a few short timed steps (a second or two) pick the fastest count. Only automatic threads on the CPU are measured.</source>
        <translation>清除为此电脑测得的线程数并重新测量：模型会重新加载，并用几个简短的计时步骤（一两秒）选出最快的线程数。只测量 CPU 上的自动线程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>; measured when a model loads</source>
        <translation>；加载模型时测量</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="113"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="125"/>
        <source>Default system prompt for new chats (optional)</source>
        <translation>新对话的默认系统提示词（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Default system prompt</source>
        <translation>默认系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="133"/>
        <source>Capped at the model&apos;s trained context when it loads</source>
        <translation>加载时会限制在模型训练时的上下文长度以内</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="167"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="169"/>
        <source>Takes effect the next time Hearth starts</source>
        <translation>下次启动 Hearth 时生效</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="185"/>
        <source>Context length (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="186"/>
        <source>GPU offload</source>
        <translation>GPU 卸载</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="187"/>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>CPU threads</source>
        <translation>CPU 线程</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>When the context is full</source>
        <translation>上下文已满时</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>This llama-cpp-python build has no GPU support; Hearth runs on the CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.</source>
        <translation>此 llama-cpp-python 版本不支持 GPU；Hearth 在 CPU 上运行。关于 CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on，请参阅 README。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Replies (defaults for new chats)</source>
        <translation>回复（新对话的默认值）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="203"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="34"/>
        <location filename="../../app/ui/shortcuts_sheet.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Edit your last message (in an empty message box)</source>
        <translation>编辑上一条消息（在空输入框中）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="36"/>
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="37"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>New line in the message</source>
        <translation>消息内换行</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="38"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Search results: move, open</source>
        <translation>搜索结果：移动、打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="39"/>
        <source>Down, Up, Enter</source>
        <translation>下、上、Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="40"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="41"/>
        <source>Next control</source>
        <translation>下一个控件</translation>
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
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="41"/>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="43"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="44"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="46"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="154"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="155"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="157"/>
        <source>Search all chats (Ctrl+K)</source>
        <translation>搜索全部对话 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="158"/>
        <source>Search all chats</source>
        <translation>搜索全部对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="159"/>
        <source>Down moves into the results, Enter opens one, Esc clears</source>
        <translation>按下方向键进入结果，Enter 打开，Esc 清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="169"/>
        <source>Chats</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="171"/>
        <source>No chats yet. Type a message to start one; it will be listed here.</source>
        <translation>还没有对话。输入一条消息即可开始，对话会列在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="278"/>
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
        <location filename="../../app/ui/sidebar.py" line="292"/>
        <source>No matches. Try fewer or other words; Esc clears the search.</source>
        <translation>没有匹配项。请尝试更少或其他词语；Esc 清除搜索。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="333"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="336"/>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="338"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="340"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
</TS>
