<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>About</name>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;A feed reader for journalists who read offline: a local, searchable library of saved articles, shown without scripts and without fetching anything.&lt;/p&gt;{places}&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;为离线阅读的记者打造的订阅阅读器：保存的文章存放在本地可搜索的文章库中，显示时不运行脚本，也不联网获取任何内容。&lt;/p&gt;{places}&lt;p&gt;许可证：GNU GPL第3版或更高版本。&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Library: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;文章库：{path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Log: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;日志：{path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>关于{name}</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>(the program's route)</source>
            <translation>（程序的线路）</translation>
        </message>
        <message>
            <source>(user@server)</source>
            <translation>（用户@服务器）</translation>
        </message>
        <message>
            <source>A FreshRSS, Miniflux, Inoreader, The Old Reader or BazQux account, through their Google Reader API. For FreshRSS, the address ends in /api/greader.php and the password is the API password of your profile. The password is kept in the system keyring only.</source>
            <translation>FreshRSS、Miniflux、Inoreader、The Old Reader 或 BazQux 账户，通过它们的 Google Reader API 连接。FreshRSS 的地址以 /api/greader.php 结尾，密码是个人资料中的 API 密码。密码只保存在系统钥匙串中。</translation>
        </message>
        <message>
            <source>Add Account</source>
            <translation>添加账户</translation>
        </message>
        <message>
            <source>Allow plain http (the password crosses the network unencrypted)</source>
            <translation>允许明文 http（密码以未加密方式在网络上传输）</translation>
        </message>
        <message>
            <source>Logging in to {server}…</source>
            <translation>正在登录{server}…</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Proxy:</source>
            <translation>代理：</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>服务器地址：</translation>
        </message>
        <message>
            <source>This account's own way out: a proxy address such as socks5h://127.0.0.1:9050, or direct; empty for the route set in Settings ▸ Network.</source>
            <translation>此账户自己的出口：代理地址（如 socks5h://127.0.0.1:9050）或 direct（直连）；留空则使用“设置 ▸ 网络”中的线路。</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln 篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) not yet sent</source>
            <translation>
                <numerusform>%Ln 项尚未发送的更改</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln highlight(s)</source>
            <translation>
                <numerusform>%Ln 处高亮</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln 条笔记</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln 个来源</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln 个订阅</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tag(s)</source>
            <translation>
                <numerusform>%Ln 个标签</numerusform>
            </translation>
        </message>
        <message>
            <source>Account Proxy</source>
            <translation>账户代理</translation>
        </message>
        <message>
            <source>Accounts bring the subscriptions, folders and articles of an aggregator server into the library and send back what you read and star. Refresh All (F5) syncs them.</source>
            <translation>账户把聚合服务器上的订阅、文件夹和文章带进资料库，并把您的已读和星标送回服务器。全部刷新（F5）会同步它们。</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Could not add the account</source>
            <translation>无法添加账户</translation>
        </message>
        <message>
            <source>Could not change the account's proxy</source>
            <translation>无法更改账户的代理</translation>
        </message>
        <message>
            <source>Could not read the account</source>
            <translation>无法读取该账户</translation>
        </message>
        <message>
            <source>Could not read the account's proxy</source>
            <translation>无法读取账户的代理</translation>
        </message>
        <message>
            <source>Could not read the accounts</source>
            <translation>无法读取账户</translation>
        </message>
        <message>
            <source>Could not remove the account</source>
            <translation>无法移除账户</translation>
        </message>
        <message>
            <source>Could not test the account</source>
            <translation>无法测试账户</translation>
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived.</source>
            <translation>
                <numerusform>已将您加星标、加标签或高亮的 %Ln 篇文章保留在“已归档”下。</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept under Archived: {articles} you starred, tagged or highlighted, with {highlights}, {notes} and {tags}.</source>
            <translation>保留在“已归档”下：您加星标、加标签或高亮的 {articles}，以及 {highlights}、{notes} 和 {tags}。</translation>
        </message>
        <message>
            <source>Logging in to {server}…</source>
            <translation>正在登录 {server}…</translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes.</source>
            <translation>此系统上没有可用的密钥环（密码存储），因此密码不会保存在任何地方：仅保留到程序关闭为止。</translation>
        </message>
        <message>
            <source>Not added: {reason}</source>
            <translation>未添加：{reason}</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>未更改：{reason}</translation>
        </message>
        <message>
            <source>Proxy…</source>
            <translation>代理…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove Account</source>
            <translation>移除账户</translation>
        </message>
        <message>
            <source>Remove the account “{name}”? This deletes {articles} from {sources}, and {changes} (the server never gets them). The server keeps its copy.</source>
            <translation>删除账户“{name}”？这将删除来自 {sources} 的 {articles}，以及 {changes}（服务器永远不会收到）。服务器保留其副本。</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>移除…</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>测试</translation>
        </message>
        <message>
            <source>Testing {name}…</source>
            <translation>正在测试 {name}…</translation>
        </message>
        <message>
            <source>The address, the user name and the password are needed.</source>
            <translation>需要填写地址、用户名和密码。</translation>
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation>密码未保存：{why}</translation>
        </message>
        <message>
            <source>The proxy of {name} (socks5h://host:port, http://host:port), direct, or empty for the route set in Settings ▸ Network:</source>
            <translation>{name} 的代理（socks5h://主机:端口、http://主机:端口）、direct（直连），或留空以使用“设置 ▸ 网络”中的线路：</translation>
        </message>
        <message>
            <source>a direct connection</source>
            <translation>直连</translation>
        </message>
        <message>
            <source>the route set in Settings ▸ Network</source>
            <translation>“设置 ▸ 网络”中的线路</translation>
        </message>
        <message>
            <source>{name} added; Refresh All (F5) syncs it.</source>
            <translation>已添加 {name}；全部刷新（F5）会同步它。</translation>
        </message>
        <message>
            <source>{name} now connects through {route}.</source>
            <translation>{name} 现在经由 {route} 连接。</translation>
        </message>
        <message>
            <source>{name} removed with {articles}.</source>
            <translation>已移除 {name} 及 {articles}。</translation>
        </message>
        <message>
            <source>{name} — {user} on {server}</source>
            <translation>{name} — {server} 上的 {user}</translation>
        </message>
        <message>
            <source>{name}: logged in; {subscriptions} on the server.</source>
            <translation>{name}：已登录；服务器上有 {subscriptions}。</translation>
        </message>
        <message>
            <source>{name}: not tested, no password given.</source>
            <translation>{name}：未测试，未提供密码。</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <translation>{name}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;About Offline Reader</source>
            <translation>关于Offline Reader(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Add Feed…</source>
            <translation>添加订阅源(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Cancel Import</source>
            <translation>取消导入(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Delete Articles</source>
            <translation>删除文章(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Delete Saved Search</source>
            <translation>删除已保存的搜索(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Delete Source…</source>
            <translation>删除来源(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Delete Tag</source>
            <translation>删除标签(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Edit Feed…</source>
            <translation>编辑订阅源(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>导出OPML(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Export to PDF…</source>
            <translation>导出为PDF(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Highlight Selection</source>
            <translation>高亮所选文字(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>导入文件(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Load Images for This Article</source>
            <translation>加载本文图片(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Move to Folder…</source>
            <translation>移到文件夹(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Next Article</source>
            <translation>下一篇(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>关闭(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Refresh All Feeds</source>
            <translation>刷新全部订阅源(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Rename Saved Search…</source>
            <translation>重命名已保存的搜索(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Rename Tag…</source>
            <translation>重命名标签(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Reset Zoom</source>
            <translation>恢复原始大小(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>搜索(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Stacked</source>
            <translation>上下排列(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Subscribe in Account…</source>
            <translation>在账户中订阅(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation>标签(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Wide</source>
            <translation>左右并排(&amp;W)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Add or remove tags</source>
            <translation>添加或移除标签</translation>
        </message>
        <message>
            <source>Always &amp;Load Images</source>
            <translation>总是加载图片(&amp;L)</translation>
        </message>
        <message>
            <source>Ar&amp;ticle Info</source>
            <translation>文章信息(&amp;T)</translation>
        </message>
        <message>
            <source>Delete the selected articles from the library</source>
            <translation>从文章库中删除所选文章</translation>
        </message>
        <message>
            <source>Download &amp;Full Article</source>
            <translation>下载完整文章(&amp;F)</translation>
        </message>
        <message>
            <source>Download &amp;Images When Refreshing</source>
            <translation>刷新时下载图片(&amp;I)</translation>
        </message>
        <message>
            <source>Download &amp;Images for Offline Reading</source>
            <translation>下载图片供离线阅读(&amp;I)</translation>
        </message>
        <message>
            <source>Download All &amp;Images for Offline Reading</source>
            <translation>下载全部图片供离线阅读(&amp;I)</translation>
        </message>
        <message>
            <source>Download the images of the selected articles into the library</source>
            <translation>将所选文章的图片下载到文章库</translation>
        </message>
        <message>
            <source>Download the images of this source's articles into the library</source>
            <translation>将此来源文章的图片下载到文章库</translation>
        </message>
        <message>
            <source>Download the missing images of every article into the library</source>
            <translation>将所有文章缺少的图片下载到文章库</translation>
        </message>
        <message>
            <source>Download this article's missing images into the library</source>
            <translation>将本文缺少的图片下载到文章库</translation>
        </message>
        <message>
            <source>E&amp;xport as Web Archive…</source>
            <translation>导出为网页存档(&amp;X)…</translation>
        </message>
        <message>
            <source>Every &amp;15 Minutes</source>
            <translation>每15分钟(&amp;1)</translation>
        </message>
        <message>
            <source>Every &amp;2 Hours</source>
            <translation>每2小时(&amp;2)</translation>
        </message>
        <message>
            <source>Every &amp;30 Minutes</source>
            <translation>每30分钟(&amp;3)</translation>
        </message>
        <message>
            <source>Every &amp;6 Hours</source>
            <translation>每6小时(&amp;6)</translation>
        </message>
        <message>
            <source>Every &amp;Hour</source>
            <translation>每小时(&amp;H)</translation>
        </message>
        <message>
            <source>Every key the window knows</source>
            <translation>窗口中所有的快捷键</translation>
        </message>
        <message>
            <source>Export Notes as &amp;Markdown…</source>
            <translation>将笔记导出为 Markdown(&amp;M)…</translation>
        </message>
        <message>
            <source>Fetch new articles from every feed, in the background</source>
            <translation>在后台获取所有订阅源的新文章</translation>
        </message>
        <message>
            <source>Fetch new articles from this feed</source>
            <translation>获取此订阅源的新文章</translation>
        </message>
        <message>
            <source>Fetch the selected articles' web pages and keep the whole articles</source>
            <translation>获取所选文章的网页并保存完整文章</translation>
        </message>
        <message>
            <source>Go to the next article</source>
            <translation>转到下一篇文章</translation>
        </message>
        <message>
            <source>Go to the previous article</source>
            <translation>转到上一篇文章</translation>
        </message>
        <message>
            <source>Highlight &amp;with Note…</source>
            <translation>高亮并添加笔记(&amp;W)…</translation>
        </message>
        <message>
            <source>Highlight the selected text</source>
            <translation>高亮所选文字</translation>
        </message>
        <message>
            <source>Highlight the selected text and add a note</source>
            <translation>高亮所选文字并添加笔记</translation>
        </message>
        <message>
            <source>Highlights and &amp;Notes</source>
            <translation>高亮与笔记(&amp;N)</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>导入文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>Import &amp;Links…</source>
            <translation>导入链接(&amp;L)…</translation>
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation>导入OPML(&amp;O)…</translation>
        </message>
        <message>
            <source>Import every dump in a folder and its subfolders</source>
            <translation>导入文件夹及其子文件夹中的所有文章存档</translation>
        </message>
        <message>
            <source>Import saved article dumps or feed files</source>
            <translation>导入保存的文章存档或订阅源文件</translation>
        </message>
        <message>
            <source>Keep this search in the sources</source>
            <translation>将此搜索保存在来源列表中</translation>
        </message>
        <message>
            <source>Like the &amp;System</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <source>Mar&amp;k as Read</source>
            <translation>标为已读(&amp;K)</translation>
        </message>
        <message>
            <source>Mark &amp;All as Read</source>
            <translation>全部标为已读(&amp;A)</translation>
        </message>
        <message>
            <source>Mark as &amp;Unread</source>
            <translation>标为未读(&amp;U)</translation>
        </message>
        <message>
            <source>Mark every article in the list as read</source>
            <translation>将列表中的所有文章标为已读</translation>
        </message>
        <message>
            <source>Mark the selected articles read or unread</source>
            <translation>将所选文章标为已读或未读</translation>
        </message>
        <message>
            <source>Most Relevant &amp;First</source>
            <translation>最相关优先(&amp;F)</translation>
        </message>
        <message>
            <source>Move in from Pocket, Instapaper, Wallabag, Omnivore, bookmarks or a URL list</source>
            <translation>从 Pocket、Instapaper、Wallabag、Omnivore、书签或网址列表迁入</translation>
        </message>
        <message>
            <source>Open &amp;Original in Browser</source>
            <translation>在浏览器中打开原文(&amp;O)</translation>
        </message>
        <message>
            <source>Open the article's web address in the system browser</source>
            <translation>在系统浏览器中打开文章的网址</translation>
        </message>
        <message>
            <source>Open the folder that holds the library</source>
            <translation>打开存放文章库的文件夹</translation>
        </message>
        <message>
            <source>Opening an article of this source downloads its missing images</source>
            <translation>打开此来源的文章时下载其缺少的图片</translation>
        </message>
        <message>
            <source>Page Down or Next</source>
            <translation>向下翻页或下一篇</translation>
        </message>
        <message>
            <source>Pre&amp;vious Article</source>
            <translation>上一篇(&amp;V)</translation>
        </message>
        <message>
            <source>Print the selected articles</source>
            <translation>打印所选文章</translation>
        </message>
        <message>
            <source>R&amp;eload</source>
            <translation>重新载入(&amp;E)</translation>
        </message>
        <message>
            <source>Re&amp;fresh Feed</source>
            <translation>刷新订阅源(&amp;F)</translation>
        </message>
        <message>
            <source>Rename &amp;Folder…</source>
            <translation>重命名文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>S&amp;ync Accounts</source>
            <translation>同步账户(&amp;Y)</translation>
        </message>
        <message>
            <source>Sa&amp;ve Search…</source>
            <translation>保存搜索(&amp;V)…</translation>
        </message>
        <message>
            <source>Save &amp;Web Page…</source>
            <translation>保存网页(&amp;W)…</translation>
        </message>
        <message>
            <source>Save a web page for offline reading, with a capture of what the server sent</source>
            <translation>保存网页以供离线阅读，并保留服务器所发送内容的采集记录</translation>
        </message>
        <message>
            <source>Save every subscription as OPML</source>
            <translation>将所有订阅保存为OPML</translation>
        </message>
        <message>
            <source>Save the selected articles as PDF: one file, or one per article</source>
            <translation>将所选文章保存为PDF：合为一个文件，或每篇一个文件</translation>
        </message>
        <message>
            <source>Scroll the article; at its end, go to the next one</source>
            <translation>滚动文章；到末尾时转到下一篇</translation>
        </message>
        <message>
            <source>Search results ranked by how well they match, not newest first</source>
            <translation>搜索结果按匹配程度排序，而不是最新优先</translation>
        </message>
        <message>
            <source>Send what you read here and fetch what is new, now</source>
            <translation>立即发送您在这里读过的内容并获取新内容</translation>
        </message>
        <message>
            <source>Show &amp;Library Folder</source>
            <translation>显示文章库文件夹(&amp;L)</translation>
        </message>
        <message>
            <source>Sources, list and article side by side</source>
            <translation>来源、列表和文章左右并排</translation>
        </message>
        <message>
            <source>Star or unstar the selected articles</source>
            <translation>为所选文章加星标或取消星标</translation>
        </message>
        <message>
            <source>Stop the running import</source>
            <translation>停止正在进行的导入</translation>
        </message>
        <message>
            <source>Subscribe the account to a feed on its server</source>
            <translation>在服务器上为账户订阅一个订阅源</translation>
        </message>
        <message>
            <source>Subscribe to a feed: paste a site or feed address</source>
            <translation>订阅：粘贴网站或订阅源的地址</translation>
        </message>
        <message>
            <source>Subscribe to the feeds of an OPML file</source>
            <translation>订阅OPML文件中的订阅源</translation>
        </message>
        <message>
            <source>The article below the list</source>
            <translation>文章位于列表下方</translation>
        </message>
        <message>
            <source>The highlights and notes of the selected articles</source>
            <translation>所选文章的高亮与笔记</translation>
        </message>
        <message>
            <source>Title, address, folder and password</source>
            <translation>标题、地址、文件夹和密码</translation>
        </message>
        <message>
            <source>Toggle &amp;Read</source>
            <translation>已读/未读(&amp;R)</translation>
        </message>
        <message>
            <source>Toggle &amp;Star</source>
            <translation>加星/取消星标(&amp;S)</translation>
        </message>
        <message>
            <source>Where and when it was captured</source>
            <translation>采集的时间与来源</translation>
        </message>
        <message>
            <source>Write the captures of the selected pages as a WACZ web archive</source>
            <translation>将所选网页的采集记录写成 WACZ 网页存档</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Article text size:</source>
            <translation>文章文字大小：</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>主题：</translation>
        </message>
        <message>
            <source>Use another font for articles:</source>
            <translation>文章使用其他字体：</translation>
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>The open article; Tab moves between its links</source>
            <translation>打开的文章；Tab 键在其链接之间移动</translation>
        </message>
    </context>
    <context>
        <name>ArticleImages</name>
        <message>
            <source>[image not available offline]</source>
            <translation>[图片无法离线查看]</translation>
        </message>
    </context>
    <context>
        <name>ArticleListView</name>
        <message>
            <source>Articles</source>
            <translation>文章列表</translation>
        </message>
        <message>
            <source>The articles of the chosen source; Return opens the original</source>
            <translation>所选来源的文章；回车键打开原文</translation>
        </message>
    </context>
    <context>
        <name>ArticleTableModel</name>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Could not read the article list</source>
            <translation>无法读取文章列表</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Not starred</source>
            <translation>未加星标</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>已加星标</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未读</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>已加星标</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message numerus="yes">
            <source>%n already in the library or not a web address</source>
            <translation>
                <numerusform>%n个已在资料库中或不是网址</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) had no capture to export.</source>
            <translation>
                <numerusform>%n篇文章没有可导出的采集记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) imported from the {service} export; their pages follow.</source>
            <translation>
                <numerusform>已从 {service} 导出文件导入%n个链接；网页随后下载。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not yet (the reason is shown with each)</source>
            <translation>
                <numerusform>%n个尚未完成（原因显示在各自条目中）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other file(s) dropped with the pages not imported: drop them on their own.</source>
            <translation>
                <numerusform>与网页一起拖入的另外%n个文件未导入：请单独拖入。</numerusform>
            </translation>
        </message>
        <message>
            <source>Address of the page to save (kept with a capture of what the server sends):</source>
            <translation>要保存的网页地址（同时保留服务器所发送内容的采集记录）：</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>所有文件</translation>
        </message>
        <message>
            <source>Export as Web Archive</source>
            <translation>导出为网页存档</translation>
        </message>
        <message>
            <source>Import Links</source>
            <translation>导入链接</translation>
        </message>
        <message>
            <source>Imported the saved page {name}.</source>
            <translation>已导入保存的网页 {name}。</translation>
        </message>
        <message>
            <source>Read-later exports and bookmarks</source>
            <translation>稍后阅读服务的导出文件和书签</translation>
        </message>
        <message>
            <source>Save Web Page</source>
            <translation>保存网页</translation>
        </message>
        <message numerus="yes">
            <source>Saved pages: %n saved</source>
            <translation>
                <numerusform>已保存网页：%n个</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving web pages: %v of %m</source>
            <translation>正在保存网页：%v / %m</translation>
        </message>
        <message>
            <source>Select the saved pages to export first.</source>
            <translation>请先选择要导出的已保存网页。</translation>
        </message>
        <message>
            <source>The links could not be imported</source>
            <translation>无法导入链接</translation>
        </message>
        <message>
            <source>The saved page could not be imported</source>
            <translation>无法导入保存的网页</translation>
        </message>
        <message>
            <source>The web archive could not be written</source>
            <translation>无法写入网页存档</translation>
        </message>
        <message>
            <source>Web pages could not be saved</source>
            <translation>无法保存网页</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the web archive {name}: %n page(s).</source>
            <translation>
                <numerusform>已写入网页存档 {name}：%n个网页。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CapturePage</name>
        <message numerus="yes">
            <source>%n capture(s)</source>
            <translation>
                <numerusform>%n个采集记录</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the web captures</source>
            <translation>无法读取网页采集记录</translation>
        </message>
        <message>
            <source>Every page you save, and every full article downloaded for a feed, keeps the exchange as received (request, response headers and body, and its pictures) as WARC records: the proof of what the server sent, exported with Export as Web Archive and checked by verify.</source>
            <translation>您保存的每个网页，以及为订阅源下载的每篇全文，都会以 WARC 记录的形式保留收到时的交互内容（请求、响应头和正文，以及其中的图片）：这是服务器所发送内容的证据，可通过“导出为网页存档”导出，并可用 verify 核验。</translation>
        </message>
        <message>
            <source>In use:</source>
            <translation>已用：</translation>
        </message>
        <message>
            <source>Keep Raw Captures</source>
            <translation>保留原始采集记录</translation>
        </message>
        <message>
            <source>Keep raw captures of web pages</source>
            <translation>保留网页的原始采集记录</translation>
        </message>
        <message>
            <source>Pages saved from now on will keep their text, pictures and hashes, but not what the server sent: they cannot be exported as a web archive or checked record by record with verify. The captures already made are kept.</source>
            <translation>今后保存的网页将保留文字、图片和哈希值，但不保留服务器所发送的内容：它们无法导出为网页存档，也无法用 verify 逐条核验。已有的采集记录会保留。</translation>
        </message>
        <message>
            <source>Stop Keeping</source>
            <translation>不再保留</translation>
        </message>
        <message>
            <source>{captures}, {size} MB</source>
            <translation>{captures}，{size} MB</translation>
        </message>
    </context>
    <context>
        <name>ContentsBox</name>
        <message>
            <source>Contents</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Full path on this computer</source>
            <translation>本机上的完整路径</translation>
        </message>
        <message>
            <source>Include my highlights and notes</source>
            <translation>包括我的高亮和笔记</translation>
        </message>
        <message>
            <source>Include provenance (where each article came from)</source>
            <translation>包括来源信息（每篇文章从何而来）</translation>
        </message>
        <message>
            <source>Source file in the provenance</source>
            <translation>来源信息中的源文件</translation>
        </message>
        <message>
            <source>Source file name only</source>
            <translation>仅源文件名</translation>
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <source>Nothing will be written to it, and there is no backup of it. You can start a new library; the damaged file stays as it is.</source>
            <translation>不会再向其写入任何内容，且没有它的备份。您可以新建一个文章库；损坏的文件保持原样。</translation>
        </message>
        <message>
            <source>Nothing will be written to it. You can open a copy of the newest backup ({date}), or start a new library; the damaged file stays as it is either way.</source>
            <translation>不会再向其写入任何内容。您可以打开最新备份（{date}）的副本，或新建一个文章库；无论哪种方式，损坏的文件都保持原样。</translation>
        </message>
        <message>
            <source>Open the Backup</source>
            <translation>打开备份</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Start a New Library</source>
            <translation>新建文章库</translation>
        </message>
        <message>
            <source>The library {file} is damaged.</source>
            <translation>文章库 {file} 已损坏。</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln page(s)</source>
            <translation>
                <numerusform>%Ln页</numerusform>
            </translation>
        </message>
        <message>
            <source>An export is already running; wait for it or cancel it.</source>
            <translation>已有导出正在进行；请等待其完成或取消它。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>导出已取消，未写入任何文件。</translation>
        </message>
        <message>
            <source>Exported {articles} ({pages}) to {place}</source>
            <translation>已将{articles}（共{pages}）导出至{place}</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>正在导出</translation>
        </message>
        <message>
            <source>Exporting %v of %m</source>
            <translation>正在导出：%v/%m</translation>
        </message>
        <message>
            <source>Finishing the PDF…</source>
            <translation>正在生成PDF…</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>打开PDF</translation>
        </message>
        <message>
            <source>Open the Export</source>
            <translation>打开导出的文件</translation>
        </message>
        <message>
            <source>Printed {articles} ({pages})</source>
            <translation>已打印{articles}（共{pages}）</translation>
        </message>
        <message>
            <source>Printing %v of %m</source>
            <translation>正在打印：%v/%m</translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>打印已取消。</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>打印失败</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>正在发送到打印机…</translation>
        </message>
        <message>
            <source>The export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>{count} articles</source>
            <translation>{count}篇文章</translation>
        </message>
        <message>
            <source>{count} articles.pdf</source>
            <translation>{count}篇文章.pdf</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export One PDF per Article into</source>
            <translation>每篇文章导出一个PDF，保存到</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>导出为PDF</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Files are named from date and title, e.g. "2023-07-18 Title.pdf"</source>
            <translation>文件以日期和标题命名，例如“2023-07-18 标题.pdf”</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>文件夹：</translation>
        </message>
        <message>
            <source>Images come from the library's cache; nothing is downloaded. The export runs in the background and can be cancelled.</source>
            <translation>图片取自文章库的缓存，不会下载任何内容。导出在后台进行，可以随时取消。</translation>
        </message>
        <message>
            <source>One PDF per article, in a folder</source>
            <translation>每篇文章一个PDF，存入文件夹</translation>
        </message>
        <message>
            <source>One PDF with all {count} articles</source>
            <translation>一个PDF，包含全部{count}篇文章</translation>
        </message>
        <message>
            <source>One PDF with the article</source>
            <translation>一个PDF，包含这篇文章</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件(*.pdf)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>纸张：</translation>
        </message>
        <message>
            <source>Print the Article</source>
            <translation>打印文章</translation>
        </message>
        <message>
            <source>Print {count} Articles</source>
            <translation>打印{count}篇文章</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>美国信纸(Letter)</translation>
        </message>
    </context>
    <context>
        <name>FeedAdder</name>
        <message>
            <source>Could not add the feed</source>
            <translation>无法添加订阅源</translation>
        </message>
        <message>
            <source>Could not add the feed: {reason}</source>
            <translation>无法添加订阅源：{reason}</translation>
        </message>
        <message>
            <source>Looking for the feed at {url}…</source>
            <translation>正在{url}查找订阅源…</translation>
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation>密码未保存：{why}</translation>
        </message>
    </context>
    <context>
        <name>FeedDialog</name>
        <message>
            <source> days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Download full articles</source>
            <translation>下载完整文章(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>文件夹(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Keep articles:</source>
            <translation>保留文章(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Mirrors:</source>
            <translation>镜像(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>(only for private feeds)</source>
            <translation>（仅用于私有订阅源）</translation>
        </message>
        <message>
            <source>(the feed's own title)</source>
            <translation>（订阅源自身的标题）</translation>
        </message>
        <message>
            <source>(the program's route)</source>
            <translation>（程序的线路）</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>（不变）</translation>
        </message>
        <message>
            <source>A subscription of the account {account}: a new title or folder is changed on its server too.</source>
            <translation>账户 {account} 的订阅：新的标题或文件夹也会在其服务器上更改。</translation>
        </message>
        <message>
            <source>A web page address works too: the feed it links to is found. Passwords go to the system keyring, never into the library.</source>
            <translation>也可以填写网页地址，程序会找到网页链接的订阅源。密码保存在系统密钥环中，绝不写入文章库。</translation>
        </message>
        <message>
            <source>Add Feed</source>
            <translation>添加订阅源</translation>
        </message>
        <message>
            <source>Articles older than this are deleted after a refresh; starred ones always stay. Articles that leave the feed stay either way.</source>
            <translation>早于此期限的文章会在刷新后删除，加星标的文章始终保留。已从订阅源中移除的文章无论如何都会保留。</translation>
        </message>
        <message>
            <source>Edit Feed</source>
            <translation>编辑订阅源</translation>
        </message>
        <message>
            <source>Everything (an offline archive)</source>
            <translation>全部保留（离线存档）</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>For feeds that send only a summary: each new item's web page is fetched when refreshing and the whole article is kept for reading offline.</source>
            <translation>适用于只提供摘要的订阅源：刷新时获取每个新条目的网页，并保存完整文章以供离线阅读。</translation>
        </message>
        <message>
            <source>Looking for the feed at {url}…</source>
            <translation>正在{url}查找订阅源…</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>每行一个地址</translation>
        </message>
        <message>
            <source>Other addresses of the same feed, tried in order when its address is blocked or unreachable; the one that worked is tried first next time.</source>
            <translation>同一订阅源的其他地址：当其地址被封锁或无法访问时按顺序尝试；成功的那个下次优先尝试。</translation>
        </message>
        <message>
            <source>P&amp;roxy:</source>
            <translation>代理(&amp;R)：</translation>
        </message>
        <message>
            <source>This feed's own way out: a proxy address such as socks5h://127.0.0.1:9050, or direct; empty for the route set in Settings ▸ Network.</source>
            <translation>此订阅源自己的出口：代理地址（如 socks5h://127.0.0.1:9050）或 direct（直连）；留空则使用“设置 ▸ 网络”中的线路。</translation>
        </message>
        <message>
            <source>https://example.org/ or its feed address</source>
            <translation>网站地址（如https://example.org/）或其订阅源地址</translation>
        </message>
    </context>
    <context>
        <name>FeedDialogs</name>
        <message>
            <source>All files</source>
            <translation>所有文件</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>导出OPML</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>导入OPML</translation>
        </message>
        <message>
            <source>OPML files</source>
            <translation>OPML文件</translation>
        </message>
    </context>
    <context>
        <name>FeedsController</name>
        <message numerus="yes">
            <source>%Ln feed(s)</source>
            <translation>
                <numerusform>%Ln个订阅源</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new article(s)</source>
            <translation>
                <numerusform>%Ln篇新文章</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Could not change the feed</source>
            <translation>无法修改订阅源</translation>
        </message>
        <message>
            <source>Could not export the feeds</source>
            <translation>无法导出订阅源</translation>
        </message>
        <message>
            <source>Could not import the OPML file</source>
            <translation>无法导入OPML文件</translation>
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation>正在下载完整文章：%v / %m</translation>
        </message>
        <message>
            <source>Downloading images: %v of %m</source>
            <translation>正在下载图片：%v/%m</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feed(s) to {path}.</source>
            <translation>
                <numerusform>已将%Ln个订阅源导出到{path}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Full articles: {done} downloaded, {failed} not available, {later} left for later.</source>
            <translation>完整文章：已下载 {done} 篇，{failed} 篇无法获取，{later} 篇留待以后。</translation>
        </message>
        <message>
            <source>Images: {cached} cached, {skipped} skipped, {failed} failed, {pending} left for later.</source>
            <translation>图片：已缓存{cached}张，跳过{skipped}张，失败{failed}张，{pending}张留待以后下载。</translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes, and you will be asked again next time.</source>
            <translation>此系统上没有可用的密钥环（密码存储），因此密码不会保存在任何地方：它只保留到程序关闭，下次会再次询问。</translation>
        </message>
        <message>
            <source>No keyring is usable on this system: the password for {title} is kept only until the program closes and is not stored anywhere.</source>
            <translation>此系统上没有可用的密钥环：{title}的密码只保留到程序关闭，不会保存在任何地方。</translation>
        </message>
        <message>
            <source>OPML: {added} feeds added, {existing} already subscribed, {skipped} skipped.</source>
            <translation>OPML：添加了{added}个订阅源，{existing}个已订阅，跳过{skipped}个。</translation>
        </message>
        <message>
            <source>Refresh (F5) to fetch their articles.</source>
            <translation>刷新（F5）即可获取其文章。</translation>
        </message>
        <message>
            <source>Refreshed {feeds}: {articles}.</source>
            <translation>已刷新{feeds}：{articles}。</translation>
        </message>
        <message>
            <source>Refreshing feeds</source>
            <translation>正在刷新订阅源</translation>
        </message>
        <message>
            <source>Refreshing feeds: %v of %m</source>
            <translation>正在刷新订阅源：%v/%m</translation>
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation>正在刷新订阅源…</translation>
        </message>
        <message>
            <source>The network cannot be reached: the summaries are kept.</source>
            <translation>无法连接网络：保留摘要。</translation>
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation>密码未保存：{why}</translation>
        </message>
        <message>
            <source>The refresh failed</source>
            <translation>刷新失败</translation>
        </message>
        <message>
            <source>{address} answered over http only (https did not: {reason}); the feed comes unencrypted.</source>
            <translation>{address}只通过http响应（https未响应：{reason}）；订阅源未经加密传输。</translation>
        </message>
        <message>
            <source>{address} answered over https.</source>
            <translation>{address}通过https响应。</translation>
        </message>
        <message>
            <source>{failed} failed (see the sources marked ⚠).</source>
            <translation>{failed}个失败（见标有⚠的来源）。</translation>
        </message>
        <message numerus="yes">
            <source>{feed}: %n article(s) already in the library under another source (select the feed to see them).</source>
            <translation>
                <numerusform>{feed}：有%n篇文章已在文库中的另一个来源下（选择该订阅源即可查看）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedsPage</name>
        <message>
            <source>Refresh automatically:</source>
            <translation>自动刷新：</translation>
        </message>
    </context>
    <context>
        <name>FullTextBar</name>
        <message>
            <source>Download Full Articles for This Feed</source>
            <translation>下载此订阅源的完整文章</translation>
        </message>
        <message>
            <source>From now on, this feed's refreshes also fetch each article's web page</source>
            <translation>今后刷新此订阅源时，也会下载每篇文章的网页</translation>
        </message>
        <message>
            <source>Full article, downloaded from its page {when}.</source>
            <translation>完整文章，于 {when} 从其网页下载。</translation>
        </message>
        <message>
            <source>Show the Feed's Summary</source>
            <translation>显示订阅源的摘要</translation>
        </message>
        <message>
            <source>Show the Full Article</source>
            <translation>显示完整文章</translation>
        </message>
        <message>
            <source>Switch between the full article, from its web page, and the feed's summary</source>
            <translation>在完整文章（来自其网页）与订阅源的摘要之间切换</translation>
        </message>
        <message>
            <source>The feed's summary is shown.</source>
            <translation>当前显示的是订阅源的摘要。</translation>
        </message>
        <message>
            <source>The feed's summary; the full article is not available: {reason}</source>
            <translation>订阅源的摘要；无法获取完整文章：{reason}</translation>
        </message>
        <message>
            <source>This feed sends short summaries (about {words} words an item). Download the full articles to read them offline?</source>
            <translation>此订阅源只提供简短摘要（每条约 {words} 字）。要下载完整文章以便离线阅读吗？</translation>
        </message>
    </context>
    <context>
        <name>FullTextController</name>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Downloading full articles</source>
            <translation>正在下载全文</translation>
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation>正在下载完整文章：%v / %m</translation>
        </message>
        <message>
            <source>Full articles are being downloaded; wait or cancel.</source>
            <translation>正在下载完整文章；请等待或取消。</translation>
        </message>
        <message>
            <source>Full articles could not be downloaded</source>
            <translation>无法下载完整文章</translation>
        </message>
        <message>
            <source>Full articles: nothing to download (already there, or no page).</source>
            <translation>完整文章：没有可下载的内容（已存在或没有网页）。</translation>
        </message>
    </context>
    <context>
        <name>ImagesBar</name>
        <message>
            <source>1 image of this article is not in the library; nothing was fetched.</source>
            <translation>本文有1张图片不在文章库中；未下载任何内容。</translation>
        </message>
        <message>
            <source>{count} images of this article are not in the library; nothing was fetched.</source>
            <translation>本文有{count}张图片不在文章库中；未下载任何内容。</translation>
        </message>
    </context>
    <context>
        <name>ImagesController</name>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Downloading images</source>
            <translation>正在下载图片</translation>
        </message>
        <message>
            <source>Images could not be downloaded</source>
            <translation>无法下载图片</translation>
        </message>
        <message>
            <source>Images: %v of %m</source>
            <translation>图片：%v/%m</translation>
        </message>
        <message>
            <source>Images: cancelled.</source>
            <translation>图片：已取消。</translation>
        </message>
        <message>
            <source>Images: nothing left to download.</source>
            <translation>图片：已没有需要下载的图片。</translation>
        </message>
        <message>
            <source>Images: {parts}.</source>
            <translation>图片：{parts}。</translation>
        </message>
        <message>
            <source>The network cannot be reached; images were left for later.</source>
            <translation>无法连接网络；图片留待以后下载。</translation>
        </message>
        <message>
            <source>{count} cached</source>
            <translation>已缓存{count}张</translation>
        </message>
        <message>
            <source>{count} failed</source>
            <translation>失败{count}张</translation>
        </message>
        <message>
            <source>{count} left for later</source>
            <translation>{count}张留待以后</translation>
        </message>
        <message>
            <source>{count} skipped</source>
            <translation>跳过{count}张</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message numerus="yes">
            <source>%Ln duplicate(s) skipped</source>
            <translation>
                <numerusform>跳过%Ln篇重复文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) failed</source>
            <translation>
                <numerusform>%Ln个文件失败</numerusform>
            </translation>
        </message>
        <message>
            <source>(see the Import Report)</source>
            <translation>（见导入报告）</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>所有文件</translation>
        </message>
        <message>
            <source>An import is already running; wait for it or cancel it.</source>
            <translation>已有导入正在进行；请等待其完成或取消它。</translation>
        </message>
        <message>
            <source>Article dumps and feeds</source>
            <translation>文章存档和订阅源</translation>
        </message>
        <message>
            <source>Import Files</source>
            <translation>导入文件</translation>
        </message>
        <message>
            <source>Import Report</source>
            <translation>导入报告</translation>
        </message>
        <message>
            <source>Import a Folder of Dumps</source>
            <translation>导入存档文件夹</translation>
        </message>
        <message>
            <source>Import cancelled.</source>
            <translation>导入已取消。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln article(s)</source>
            <translation>
                <numerusform>已导入%Ln篇文章</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <source>Importing %v of %m</source>
            <translation>正在导入：%v/%m</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Show the files of the last import that failed</source>
            <translation>显示上次导入中失败的文件</translation>
        </message>
        <message>
            <source>The import failed</source>
            <translation>导入失败</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message numerus="yes">
            <source>%n file(s) could not be imported:</source>
            <translation>
                <numerusform>%n个文件无法导入：</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Copy List</source>
            <translation>复制列表(&amp;C)</translation>
        </message>
        <message>
            <source>Every file was imported.</source>
            <translation>所有文件均已导入。</translation>
        </message>
        <message>
            <source>Files not imported</source>
            <translation>未导入的文件</translation>
        </message>
        <message>
            <source>Import Report</source>
            <translation>导入报告</translation>
        </message>
    </context>
    <context>
        <name>InfoPanel</name>
        <message>
            <source>Article Info</source>
            <translation>文章信息</translation>
        </message>
    </context>
    <context>
        <name>KeepingStatusBar</name>
        <message>
            <source>Messages</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Recent messages</source>
            <translation>最近的消息</translation>
        </message>
        <message>
            <source>The last messages of the status bar</source>
            <translation>状态栏最近的消息</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Automatic (the system's language)</source>
            <translation>自动（系统语言）</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>新语言将在下次启动时生效。</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Could not change the source</source>
            <translation>无法修改来源</translation>
        </message>
        <message>
            <source>Could not delete the articles</source>
            <translation>无法删除文章</translation>
        </message>
        <message>
            <source>Could not delete the source</source>
            <translation>无法删除来源</translation>
        </message>
        <message>
            <source>Could not mark the articles</source>
            <translation>无法标记文章</translation>
        </message>
        <message>
            <source>Could not mark the articles read</source>
            <translation>无法将文章标为已读</translation>
        </message>
        <message>
            <source>Could not move the source</source>
            <translation>无法移动来源</translation>
        </message>
        <message>
            <source>Could not move the subscription on the server</source>
            <translation>无法在服务器上移动订阅</translation>
        </message>
        <message>
            <source>Could not read the article list</source>
            <translation>无法读取文章列表</translation>
        </message>
        <message>
            <source>Could not read the sources</source>
            <translation>无法读取来源</translation>
        </message>
        <message>
            <source>Could not rename the folder</source>
            <translation>无法重命名文件夹</translation>
        </message>
        <message>
            <source>Could not rename the source</source>
            <translation>无法重命名来源</translation>
        </message>
        <message>
            <source>Could not rename the subscription on the server</source>
            <translation>无法在服务器上重命名订阅</translation>
        </message>
        <message>
            <source>Could not unsubscribe on the server</source>
            <translation>无法在服务器上取消订阅</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Copying the library to {folder}…</source>
            <translation>正在将文章库复制到 {folder}…</translation>
        </message>
        <message>
            <source>Could not move the library</source>
            <translation>无法移动文章库</translation>
        </message>
        <message>
            <source>Library Moved</source>
            <translation>文章库已移动</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>位置：</translation>
        </message>
        <message>
            <source>Move Library To</source>
            <translation>将文章库移动到</translation>
        </message>
        <message>
            <source>Move Library copies the library to another folder and checks the copy. Offline Reader uses it from its next start; the old file stays where it is.</source>
            <translation>“移动文章库”会将文章库复制到另一个文件夹并检查副本。Offline Reader 从下次启动起使用它；旧文件保留在原处。</translation>
        </message>
        <message>
            <source>Move Library…</source>
            <translation>移动文章库…</translation>
        </message>
        <message>
            <source>Show in File Manager</source>
            <translation>在文件管理器中显示</translation>
        </message>
        <message>
            <source>The library was copied to {new} and checked. Restart Offline Reader to use it. The old file, {old}, is left in place: delete it once you have seen your articles in the new one.</source>
            <translation>文章库已复制到 {new} 并通过检查。请重新启动 Offline Reader 以使用它。旧文件 {old} 保留在原处：在新文章库中看到您的文章后再删除它。</translation>
        </message>
        <message>
            <source>The library was not moved.</source>
            <translation>文章库未移动。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln篇文章</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>外观(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>文章(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Copy Address</source>
            <translation>复制地址(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>布局(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Add a feed… (Ctrl+Shift+A)</source>
            <translation>添加订阅源…（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <source>Copied {url}</source>
            <translation>已复制{url}</translation>
        </message>
        <message>
            <source>Copy the address and paste it into a browser, or set a default browser.</source>
            <translation>请复制地址并粘贴到浏览器中，或设置默认浏览器。</translation>
        </message>
        <message>
            <source>Could not open the article</source>
            <translation>无法打开文章</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete Articles</source>
            <translation>删除文章</translation>
        </message>
        <message>
            <source>Delete this article from the library? This cannot be undone.</source>
            <translation>要从文章库中删除这篇文章吗？此操作无法撤销。</translation>
        </message>
        <message>
            <source>Delete {count} articles from the library? This cannot be undone (importing their files again brings them back).</source>
            <translation>要从文章库中删除{count}篇文章吗？此操作无法撤销（重新导入其文件可以恢复）。</translation>
        </message>
        <message>
            <source>Fee&amp;ds</source>
            <translation>订阅源(&amp;D)</translation>
        </message>
        <message>
            <source>Import saved articles… (Ctrl+O)</source>
            <translation>导入保存的文章…（Ctrl+O）</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Most relevant</source>
            <translation>最相关</translation>
        </message>
        <message>
            <source>Most relevant: the results with the words in their title first, then the rest, newest first in each</source>
            <translation>最相关：标题含有搜索词的结果在前，其余随后，各自按最新优先</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>最新优先</translation>
        </message>
        <message>
            <source>No article matches the search.</source>
            <translation>没有符合搜索条件的文章。</translation>
        </message>
        <message>
            <source>No articles here.</source>
            <translation>这里没有文章。</translation>
        </message>
        <message>
            <source>No web browser could be opened for {url}.</source>
            <translation>无法打开网页浏览器来访问{url}。</translation>
        </message>
        <message>
            <source>Not a date the search can read: {terms}. Dates are written 2024-05-01, 2024-05, today, yesterday, 7d, 2w or 3m (days, weeks, months back).</source>
            <translation>搜索无法识别的日期：{terms}。日期写作2024-05-01、2024-05、today、yesterday、7d、2w或3m（往前若干天、周、月）。</translation>
        </message>
        <message>
            <source>Open Original</source>
            <translation>打开原文</translation>
        </message>
        <message>
            <source>Open the sample article</source>
            <translation>打开示例文章</translation>
        </message>
        <message>
            <source>Order of the search results</source>
            <translation>搜索结果的顺序</translation>
        </message>
        <message>
            <source>Refresh A&amp;utomatically</source>
            <translation>自动刷新(&amp;U)</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>搜索文章</translation>
        </message>
        <message>
            <source>Search articles (/ or Ctrl+F)</source>
            <translation>搜索文章（/ 或 Ctrl+F）</translation>
        </message>
        <message>
            <source>Select an article to read it.</source>
            <translation>选择一篇文章即可阅读。</translation>
        </message>
        <message>
            <source>The library is empty. Drop saved article dumps (.txt) or folders of them on this window, import them, or subscribe to a feed.</source>
            <translation>文章库是空的。可以将保存的文章存档（.txt）或存放它们的文件夹拖到此窗口，也可以导入它们，或订阅一个订阅源。</translation>
        </message>
        <message>
            <source>This feed could not be read: {error}. Its articles will appear here once a refresh works.</source>
            <translation>无法读取此订阅源：{error}。刷新成功后，其文章会显示在这里。</translation>
        </message>
        <message>
            <source>Words must all match; "a phrase"; -word excludes; OR widens. Accents and case do not matter; Chinese, Japanese and Korean need no spaces, and Simplified and Traditional characters find each other.
title:word  source:name  tag:name  author:name  is:unread  is:starred  after:2024-05-01  before:2024-06  after:yesterday  after:7d  before:2w
Down or Return: to the results; Escape: clear the search</source>
            <translation>所有词都须匹配；"短语"按整个短语匹配；-词表示排除；OR表示“或”。不区分重音和大小写；中文、日文和韩文无需空格，简体字和繁体字可互相找到。
title:词  source:名称  tag:名称  author:名称  is:unread  is:starred  after:2024-05-01  before:2024-06  after:yesterday  after:7d  before:2w
向下键或回车：转到结果；Esc：清除搜索</translation>
        </message>
        <message>
            <source>Your library is {path}.</source>
            <translation>您的文章库位于 {path}。</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>&amp;Manual proxy:</source>
            <translation>手动代理(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;No proxy (connect directly)</source>
            <translation>不使用代理（直连）(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;System proxy</source>
            <translation>系统代理(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>测试(&amp;T)</translation>
        </message>
        <message>
            <source>(if the proxy asks)</source>
            <translation>（代理要求时）</translation>
        </message>
        <message>
            <source>(kept in the system keyring)</source>
            <translation>（保存在系统密钥环中）</translation>
        </message>
        <message>
            <source>.onion addresses go only through Tor, never directly: where Tor listens (empty: port 9050, then 9150, the Tor Browser's).</source>
            <translation>.onion 地址只经由 Tor，绝不直连：Tor 的监听地址（留空：先 9050 端口，再 9150，即 Tor 浏览器的端口）。</translation>
        </message>
        <message>
            <source>Cannot test: {reason}</source>
            <translation>无法测试：{reason}</translation>
        </message>
        <message>
            <source>Could not keep the network settings</source>
            <translation>无法保存网络设置</translation>
        </message>
        <message>
            <source>Could not reach {address} ({route}): {reason}</source>
            <translation>无法访问 {address}（{route}）：{reason}</translation>
        </message>
        <message>
            <source>Could not read the network settings</source>
            <translation>无法读取网络设置</translation>
        </message>
        <message>
            <source>Could not test the route</source>
            <translation>无法测试线路</translation>
        </message>
        <message>
            <source>Never connect &amp;directly</source>
            <translation>绝不直连(&amp;D)</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>未更改：{reason}</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Proxy:</source>
            <translation>代理：</translation>
        </message>
        <message>
            <source>Reached {address} through {route}: answer {detail} bytes.</source>
            <translation>已通过 {route} 访问 {address}：响应 {detail} 字节。</translation>
        </message>
        <message>
            <source>Test address:</source>
            <translation>测试地址：</translation>
        </message>
        <message>
            <source>Test fetches the address through the route shown above and says what happened.</source>
            <translation>“测试”会经由上面的线路获取该地址，并说明结果。</translation>
        </message>
        <message>
            <source>Testing {address}…</source>
            <translation>正在测试 {address}…</translation>
        </message>
        <message>
            <source>The proxy the system names: http_proxy, https_proxy, all_proxy and no_proxy, or the Windows and macOS settings.</source>
            <translation>系统指定的代理：http_proxy、https_proxy、all_proxy 和 no_proxy，或 Windows 与 macOS 的设置。</translation>
        </message>
        <message>
            <source>Tor:</source>
            <translation>Tor：</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>When the proxy is down, every request fails with a message naming it; nothing goes around it.</source>
            <translation>代理不可用时，每个请求都会失败并给出指明该代理的消息；不会绕过它。</translation>
        </message>
        <message>
            <source>a direct connection</source>
            <translation>直连</translation>
        </message>
        <message>
            <source>give the proxy's host name or address</source>
            <translation>请填写代理的主机名或地址</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Colour:</source>
            <translation>颜色：</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>绿色</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>笔记：</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>粉色</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>黄色</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>(not found in the text)</source>
            <translation>（在正文中找不到）</translation>
        </message>
        <message>
            <source>Change the note and colour of the chosen highlight</source>
            <translation>修改所选高亮的笔记和颜色</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the chosen highlight and its note</source>
            <translation>删除所选高亮及其笔记</translation>
        </message>
        <message>
            <source>Edit Note…</source>
            <translation>编辑笔记…</translation>
        </message>
        <message>
            <source>Highlights and Notes</source>
            <translation>高亮与笔记</translation>
        </message>
        <message>
            <source>Highlights and notes of the article</source>
            <translation>文章的高亮与笔记</translation>
        </message>
        <message>
            <source>Select text in the article, then press h (Article ▸ Highlight Selection).</source>
            <translation>在文章中选中文字，然后按 h（“文章 ▸ 高亮所选文字”）。</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>Password for “{title}”</source>
            <translation>“{title}”的密码</translation>
        </message>
        <message>
            <source>The feed “{title}” needs a user name and password.</source>
            <translation>订阅源“{title}”需要用户名和密码。</translation>
        </message>
    </context>
    <context>
        <name>PdfExport</name>
        <message numerus="yes">
            <source>%n articles</source>
            <comment>PDF title</comment>
            <translation>
                <numerusform>%n篇文章</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>articles given by id need the library's path</source>
            <translation>按编号指定文章时需要提供文章库的路径</translation>
        </message>
        <message>
            <source>cannot create the folder {folder}: {reason}</source>
            <translation>无法创建文件夹{folder}：{reason}</translation>
        </message>
        <message>
            <source>cannot write in {folder}: {reason}</source>
            <translation>无法写入{folder}：{reason}</translation>
        </message>
        <message>
            <source>cannot write the PDF file</source>
            <translation>无法写入PDF文件</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>无法写入{path}：{reason}</translation>
        </message>
        <message>
            <source>say where to write: a PDF file or a folder</source>
            <translation>请指定写入位置：一个PDF文件或一个文件夹</translation>
        </message>
        <message>
            <source>unknown page size: {name}</source>
            <translation>未知的纸张大小：{name}</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file name</source>
            <translation>{path}是文件夹，不是文件名</translation>
        </message>
    </context>
    <context>
        <name>PickFeedDialog</name>
        <message>
            <source>Choose a Feed</source>
            <translation>选择订阅源</translation>
        </message>
        <message>
            <source>Feeds found on the page</source>
            <translation>在页面上找到的订阅源</translation>
        </message>
        <message>
            <source>The page links to several feeds. Subscribe to:</source>
            <translation>此网页链接了多个订阅源。订阅：</translation>
        </message>
    </context>
    <context>
        <name>ProxyStatus</name>
        <message>
            <source>.onion addresses go only through Tor. Settings ▸ Network changes the route.</source>
            <translation>.onion 地址只经由 Tor。在“设置 ▸ 网络”中更改线路。</translation>
        </message>
        <message>
            <source>Never connect directly: no proxy</source>
            <translation>绝不直连：没有代理</translation>
        </message>
        <message>
            <source>Proxy: {proxy}</source>
            <translation>代理：{proxy}</translation>
        </message>
        <message>
            <source>Proxy: {proxy} (system)</source>
            <translation>代理：{proxy}（系统）</translation>
        </message>
        <message>
            <source>never direct</source>
            <translation>绝不直连</translation>
        </message>
    </context>
    <context>
        <name>ResearchController</name>
        <message numerus="yes">
            <source>%n highlight(s) written to {path}</source>
            <translation>
                <numerusform>已将 %n 处高亮写入 {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not change the tags</source>
            <translation>无法更改标签</translation>
        </message>
        <message>
            <source>Could not delete the highlight</source>
            <translation>无法删除高亮</translation>
        </message>
        <message>
            <source>Could not delete the saved search</source>
            <translation>无法删除已保存的搜索</translation>
        </message>
        <message>
            <source>Could not delete the tag</source>
            <translation>无法删除标签</translation>
        </message>
        <message>
            <source>Could not export the notes</source>
            <translation>无法导出笔记</translation>
        </message>
        <message>
            <source>Could not rename the saved search</source>
            <translation>无法重命名已保存的搜索</translation>
        </message>
        <message>
            <source>Could not rename the tag</source>
            <translation>无法重命名标签</translation>
        </message>
        <message>
            <source>Could not save the highlight</source>
            <translation>无法保存高亮</translation>
        </message>
        <message>
            <source>Could not save the note</source>
            <translation>无法保存笔记</translation>
        </message>
        <message>
            <source>Could not save the search</source>
            <translation>无法保存搜索</translation>
        </message>
        <message>
            <source>Export Notes as Markdown</source>
            <translation>将笔记导出为 Markdown</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>来源证明</translation>
        </message>
        <message>
            <source>Rename Saved Search</source>
            <translation>重命名已保存的搜索</translation>
        </message>
        <message>
            <source>Rename Tag</source>
            <translation>重命名标签</translation>
        </message>
        <message>
            <source>Save Search</source>
            <translation>保存搜索</translation>
        </message>
        <message>
            <source>Select some text of the article first.</source>
            <translation>请先选中文章中的文字。</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>标签：{tags}</translation>
        </message>
        <message>
            <source>Type a search first, then save it.</source>
            <translation>请先输入搜索内容，再保存。</translation>
        </message>
    </context>
    <context>
        <name>ResearchPanels</name>
        <message>
            <source>Close the panel</source>
            <translation>关闭面板</translation>
        </message>
        <message>
            <source>Detach the panel from the window, or put it back</source>
            <translation>将面板从窗口中分离，或放回原处</translation>
        </message>
    </context>
    <context>
        <name>ScreenReader</name>
        <message numerus="yes">
            <source>%n highlight(s): </source>
            <translation>
                <numerusform>%n 处标注：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s): </source>
            <translation>
                <numerusform>%n 个链接：</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>清除搜索</translation>
        </message>
        <message>
            <source>Link: {address}</source>
            <translation>链接：{address}</translation>
        </message>
        <message>
            <source>Link: {text}, {address}</source>
            <translation>链接：{text}，{address}</translation>
        </message>
        <message>
            <source>More toolbar buttons</source>
            <translation>更多工具栏按钮</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>还有 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>{text} ({address})</source>
            <translation>{text}（{address}）</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message numerus="yes">
            <source>%Ln image(s)</source>
            <translation>
                <numerusform>%Ln张图片</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>Backups: {folder} (the last {count} are kept)</source>
            <translation>备份：{folder}（保留最近 {count} 份）</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>上限：</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Clear Image Cache</source>
            <translation>清除图片缓存</translation>
        </message>
        <message>
            <source>Clear Image Cache…</source>
            <translation>清除图片缓存…</translation>
        </message>
        <message>
            <source>Could not change the image budget</source>
            <translation>无法修改图片缓存上限</translation>
        </message>
        <message>
            <source>Could not clear the image cache</source>
            <translation>无法清除图片缓存</translation>
        </message>
        <message>
            <source>Could not read the image cache</source>
            <translation>无法读取图片缓存</translation>
        </message>
        <message>
            <source>Could not read the library's settings</source>
            <translation>无法读取文章库的设置</translation>
        </message>
        <message>
            <source>Delete every cached image from the library? Articles then show their images' descriptions until the images are downloaded again.</source>
            <translation>要从文章库中删除所有缓存的图片吗？此后文章将显示图片的说明文字，直到重新下载图片。</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>订阅源</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>图片</translation>
        </message>
        <message>
            <source>Images are fetched only when you ask (Load Images, Download Images for Offline Reading) or for sources set to always load them. Opening an article never contacts a server. Tracking images are never fetched.</source>
            <translation>只有在你要求时（加载图片、下载图片供离线阅读），或对于设为总是加载图片的来源，才会下载图片。打开文章绝不会连接服务器。用于跟踪的图片永远不会下载。</translation>
        </message>
        <message>
            <source>In use:</source>
            <translation>已用：</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>文章库</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Offline images</source>
            <translation>离线图片</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Web Captures</source>
            <translation>网页采集</translation>
        </message>
        <message>
            <source>{images}, {used} MB of {budget} MB</source>
            <translation>{images}，已用 {used} MB，共 {budget} MB</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Command</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>{key} or double-click in the list</source>
            <translation>{key}或在列表中双击</translation>
        </message>
    </context>
    <context>
        <name>SourceTreeModel</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln 项更改等待发送</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln starred</source>
            <translation>
                <numerusform>%Ln 篇已加星标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln 篇未读</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>全部文章</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Archived: its feed or subscription went; these are the articles you starred, tagged or highlighted</source>
            <translation>已归档：其订阅源或订阅已不存在；这些是您加星标、加标签或高亮的文章</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>上次同步：{when}</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <source>Refresh failed: {reason}</source>
            <translation>刷新失败：{reason}</translation>
        </message>
        <message>
            <source>Saved Searches</source>
            <translation>已保存的搜索</translation>
        </message>
        <message>
            <source>Search: {query}</source>
            <translation>搜索：{query}</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Sources that went away, kept for the articles you starred, tagged or highlighted</source>
            <translation>已不存在的来源，为您加星标、加标签或高亮的文章而保留</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>已加星标</translation>
        </message>
        <message>
            <source>Starred: {count}</source>
            <translation>已加星标：{count}</translation>
        </message>
        <message>
            <source>Sync failed: {reason}</source>
            <translation>同步失败：{reason}</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未读</translation>
        </message>
        <message>
            <source>Unread: {count}</source>
            <translation>未读：{count}</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>{name}: {articles}, {unread} unread</source>
            <translation>{name}：{articles}，{unread}篇未读</translation>
        </message>
        <message>
            <source>{name}: {user} on {server}</source>
            <translation>{name}：{server} 上的 {user}</translation>
        </message>
    </context>
    <context>
        <name>SourceTreeView</name>
        <message>
            <source>(No folder)</source>
            <translation>（无文件夹）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete Source</source>
            <translation>删除来源</translation>
        </message>
        <message>
            <source>Delete the source “{title}” and its {count} articles from the library? The articles you starred, tagged or highlighted stay, under Archived.</source>
            <translation>从资料库中删除来源“{title}”及其 {count} 篇文章？您加星标、加标签或高亮的文章会保留在“已归档”下。</translation>
        </message>
        <message>
            <source>Delete the source “{title}” and its {count} articles from the library? This cannot be undone.</source>
            <translation>要从文章库中删除来源“{title}”及其{count}篇文章吗？此操作无法撤销。</translation>
        </message>
        <message>
            <source>Feeds, imported sources and folders; choose one to list its articles</source>
            <translation>订阅源、导入的来源和文件夹；选择一个以列出其文章</translation>
        </message>
        <message>
            <source>Folder for “{title}” (pick one or type a new name):</source>
            <translation>“{title}”的文件夹（选择一个或输入新名称）：</translation>
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived: {title}</source>
            <translation>
                <numerusform>已将您加星标、加标签或高亮的 %Ln 篇文章保留在“已归档”下：{title}</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to Folder</source>
            <translation>移到文件夹</translation>
        </message>
        <message>
            <source>New name for the folder:</source>
            <translation>文件夹的新名称：</translation>
        </message>
        <message>
            <source>New name for “{title}”:</source>
            <translation>“{title}”的新名称：</translation>
        </message>
        <message>
            <source>Rename Folder</source>
            <translation>重命名文件夹</translation>
        </message>
        <message>
            <source>Rename Source</source>
            <translation>重命名来源</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Unsubscribe from “{title}” on the server of {account}? Its {count} articles leave the library, except those you starred, tagged or highlighted: they stay, under Archived.</source>
            <translation>在 {account} 的服务器上取消订阅“{title}”？其 {count} 篇文章将离开资料库，但您加星标、加标签或高亮的文章除外：它们保留在“已归档”下。</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln 个账户</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) sent</source>
            <translation>
                <numerusform>已发送 %Ln 项更改</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new article(s)</source>
            <translation>
                <numerusform>%Ln 篇新文章</numerusform>
            </translation>
        </message>
        <message>
            <source>A sync is running: subscribe again when it has ended.</source>
            <translation>正在同步：同步结束后请再订阅一次。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Could not subscribe on the server</source>
            <translation>无法在服务器上订阅</translation>
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation>正在下载完整文章：%v / %m</translation>
        </message>
        <message>
            <source>Feed address to subscribe {account} to, on its server:</source>
            <translation>要在服务器上为 {account} 订阅的订阅源地址：</translation>
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived.</source>
            <translation>
                <numerusform>已将您加星标、加标签或高亮的 %Ln 篇文章保留在“已归档”下。</numerusform>
            </translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes, and you will be asked again next time. Changes made here wait for it.</source>
            <translation>此系统上没有可用的密钥环（密码存储），因此密码不会保存在任何地方：仅保留到程序关闭为止，下次会再次询问。在此所做的更改会等待它。</translation>
        </message>
        <message>
            <source>Subscribe in Account</source>
            <translation>在账户中订阅</translation>
        </message>
        <message>
            <source>Subscribing {account} to {url}…</source>
            <translation>正在为 {account} 订阅 {url}…</translation>
        </message>
        <message>
            <source>Synced {accounts}: {articles}, {changes}.</source>
            <translation>已同步{accounts}：{articles}，{changes}。</translation>
        </message>
        <message>
            <source>Syncing accounts</source>
            <translation>正在同步账户</translation>
        </message>
        <message>
            <source>Syncing accounts: %v of %m new articles</source>
            <translation>正在同步账户：%v / %m 篇新文章</translation>
        </message>
        <message>
            <source>The sync failed</source>
            <translation>同步失败</translation>
        </message>
        <message>
            <source>{account} failed: {reason}</source>
            <translation>{account} 失败：{reason}</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message numerus="yes">
            <source>Tags of the %n selected article(s), separated by commas:</source>
            <translation>
                <numerusform>所选 %n 篇文章的标签，以逗号分隔：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Stop this task; what is done is kept</source>
            <translation>停止此任务；已完成的部分会保留</translation>
        </message>
    </context>
    <context>
        <name>ViewCommands</name>
        <message>
            <source>Not opened: {url} (only web and e-mail links open)</source>
            <translation>未打开：{url}（只能打开网页和电子邮件链接）</translation>
        </message>
        <message>
            <source>Zoom: {percent}%</source>
            <translation>缩放：{percent}%</translation>
        </message>
    </context>
    <context>
        <name>annotations</name>
        <message>
            <source>Asked for: {url} (redirected)</source>
            <translation>请求的地址：{url}（已重定向）</translation>
        </message>
        <message>
            <source>At: {path}</source>
            <translation>位置：{path}</translation>
        </message>
        <message>
            <source>Captured: {when}</source>
            <translation>采集时间：{when}</translation>
        </message>
        <message>
            <source>ETag: {etag}</source>
            <translation>ETag：{etag}</translation>
        </message>
        <message>
            <source>Fetched: {when}; HTTP {status}; server date: {date}</source>
            <translation>获取时间：{when}；HTTP {status}；服务器日期：{date}</translation>
        </message>
        <message>
            <source>From the feed: {url}</source>
            <translation>来自订阅源：{url}</translation>
        </message>
        <message>
            <source>From the file: {name}</source>
            <translation>来自文件：{name}</translation>
        </message>
        <message>
            <source>From the sync account: {name} ({url})</source>
            <translation>来自同步账户：{name}（{url}）</translation>
        </message>
        <message>
            <source>Highlights and notes</source>
            <translation>高亮与笔记</translation>
        </message>
        <message>
            <source>Not recorded (captured before this library kept provenance).</source>
            <translation>未记录（采集时本资料库尚未保存来源证明）。</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>来源证明</translation>
        </message>
        <message>
            <source>SHA-256 of the page as received (WARC-Payload-Digest): {hash}</source>
            <translation>收到的网页的 SHA-256（WARC-Payload-Digest）：{hash}</translation>
        </message>
        <message>
            <source>SHA-256 of the record as received: {hash}</source>
            <translation>所收到记录的 SHA-256：{hash}</translation>
        </message>
        <message>
            <source>SHA-256: not recorded (the record's bytes could not be told apart)</source>
            <translation>SHA-256：未记录（无法区分该记录的字节）</translation>
        </message>
        <message>
            <source>Server date: {date}</source>
            <translation>服务器日期：{date}</translation>
        </message>
        <message>
            <source>Subscription: {stream}; item: {item}</source>
            <translation>订阅：{stream}；条目：{item}</translation>
        </message>
        <message>
            <source>Text shown: the feed's own text</source>
            <translation>显示的文字：订阅源自身的文字</translation>
        </message>
        <message>
            <source>Text shown: the full article from this page</source>
            <translation>显示的文字：此网页的全文</translation>
        </message>
        <message>
            <source>Web page: {url}</source>
            <translation>网页：{url}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>message</name>
        <message>
            <source>Missing: {fonts}. Install them: {how}</source>
            <translation>缺少字体：{fonts}。安装方法：{how}</translation>
        </message>
        <message>
            <source>No font for Chinese, Japanese or Korean text is installed</source>
            <translation>未安装中文、日文或韩文字体</translation>
        </message>
        <message>
            <source>Something went wrong (details are in the log file)</source>
            <translation>出错了（详情见日志文件）</translation>
        </message>
        <message>
            <source>The library cannot be opened:
{error}

Log: {log}</source>
            <translation>无法打开文章库：
{error}

日志：{log}</translation>
        </message>
        <message>
            <source>The library is damaged; nothing more is written to it. Quit and start the program again to open a copy of the newest backup ({backup}).</source>
            <translation>文章库已损坏，不会再向其写入任何内容。请退出并重新启动程序，以打开最新备份（{backup}）的副本。</translation>
        </message>
        <message>
            <source>The library's background check failed</source>
            <translation>文章库的后台检查失败</translation>
        </message>
        <message>
            <source>Updating the search index of your library…
This happens once after an update and can take a minute.</source>
            <translation>正在更新文章库的搜索索引…
每次更新程序后只需进行一次，可能需要一分钟。</translation>
        </message>
        <message>
            <source>the site may be blocked on this network: a proxy or a mirror can help (a proxy: Tools ▸ Settings ▸ Network; a mirror: the feed's Edit Feed… dialog)</source>
            <translation>该网站可能在此网络上被封锁：代理或镜像可以帮忙（代理：工具 ▸ 设置 ▸ 网络；镜像：该订阅源的“编辑订阅源…”对话框）</translation>
        </message>
        <message>
            <source>there is none</source>
            <translation>没有备份</translation>
        </message>
    </context>
</TS>
