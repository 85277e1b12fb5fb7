<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>About</name>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;A feed reader for journalists who read offline: a local, searchable library of saved articles, shown without scripts and without fetching anything.&lt;/p&gt;{places}&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;為離線閱讀的記者打造的訂閱閱讀器：儲存的文章存放在本機可搜尋的文章庫中，顯示時不執行指令碼，也不連網取得任何內容。&lt;/p&gt;{places}&lt;p&gt;授權條款：GNU GPL第3版或更新版本。&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Library: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;文章庫：{path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Log: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;記錄檔：{path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>關於{name}</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>(the program's route)</source>
            <translation>（程式的路線）</translation>
        </message>
        <message>
            <source>(user@server)</source>
            <translation>（使用者@伺服器）</translation>
        </message>
        <message>
            <source>A FreshRSS, Miniflux, Inoreader, The Old Reader or BazQux account, through their Google Reader API. For FreshRSS, the address ends in /api/greader.php and the password is the API password of your profile. The password is kept in the system keyring only.</source>
            <translation>FreshRSS、Miniflux、Inoreader、The Old Reader 或 BazQux 帳號，透過它們的 Google Reader API 連線。FreshRSS 的位址以 /api/greader.php 結尾，密碼是個人檔案中的 API 密碼。密碼只保存在系統鑰匙圈中。</translation>
        </message>
        <message>
            <source>Add Account</source>
            <translation>新增帳號</translation>
        </message>
        <message>
            <source>Allow plain http (the password crosses the network unencrypted)</source>
            <translation>允許明文 http（密碼以未加密方式在網路上傳輸）</translation>
        </message>
        <message>
            <source>Logging in to {server}…</source>
            <translation>正在登入{server}…</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密碼：</translation>
        </message>
        <message>
            <source>Proxy:</source>
            <translation>代理：</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>伺服器位址：</translation>
        </message>
        <message>
            <source>This account's own way out: a proxy address such as socks5h://127.0.0.1:9050, or direct; empty for the route set in Settings ▸ Network.</source>
            <translation>此帳戶自己的出口：代理位址（如 socks5h://127.0.0.1:9050）或 direct（直連）；留空則使用「設定 ▸ 網路」中的路線。</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>使用者名稱：</translation>
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
                <numerusform>%Ln 項尚未傳送的變更</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln highlight(s)</source>
            <translation>
                <numerusform>%Ln 處醒目標示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln 則筆記</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln 個來源</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln 個訂閱</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tag(s)</source>
            <translation>
                <numerusform>%Ln 個標籤</numerusform>
            </translation>
        </message>
        <message>
            <source>Account Proxy</source>
            <translation>帳戶代理</translation>
        </message>
        <message>
            <source>Accounts bring the subscriptions, folders and articles of an aggregator server into the library and send back what you read and star. Refresh All (F5) syncs them.</source>
            <translation>帳號把聚合伺服器上的訂閱、資料夾和文章帶進資料庫，並把您的已讀和星號送回伺服器。全部重新整理（F5）會同步它們。</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <source>Could not add the account</source>
            <translation>無法新增帳號</translation>
        </message>
        <message>
            <source>Could not change the account's proxy</source>
            <translation>無法變更帳戶的代理</translation>
        </message>
        <message>
            <source>Could not read the account</source>
            <translation>無法讀取該帳號</translation>
        </message>
        <message>
            <source>Could not read the account's proxy</source>
            <translation>無法讀取帳戶的代理</translation>
        </message>
        <message>
            <source>Could not read the accounts</source>
            <translation>無法讀取帳號</translation>
        </message>
        <message>
            <source>Could not remove the account</source>
            <translation>無法移除帳號</translation>
        </message>
        <message>
            <source>Could not test the account</source>
            <translation>無法測試帳號</translation>
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived.</source>
            <translation>
                <numerusform>已將您加星號、加標籤或醒目標示的 %Ln 篇文章保留在「已封存」下。</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept under Archived: {articles} you starred, tagged or highlighted, with {highlights}, {notes} and {tags}.</source>
            <translation>保留在「已封存」下：您加星號、加標籤或醒目標示的 {articles}，以及 {highlights}、{notes} 和 {tags}。</translation>
        </message>
        <message>
            <source>Logging in to {server}…</source>
            <translation>正在登入 {server}…</translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes.</source>
            <translation>此系統上沒有可用的金鑰圈（密碼儲存），因此密碼不會儲存在任何地方：僅保留到程式關閉為止。</translation>
        </message>
        <message>
            <source>Not added: {reason}</source>
            <translation>未新增：{reason}</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>未變更：{reason}</translation>
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
            <translation>移除帳號</translation>
        </message>
        <message>
            <source>Remove the account “{name}”? This deletes {articles} from {sources}, and {changes} (the server never gets them). The server keeps its copy.</source>
            <translation>移除帳號「{name}」？這將刪除來自 {sources} 的 {articles}，以及 {changes}（伺服器永遠不會收到）。伺服器保留其副本。</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>移除…</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>測試</translation>
        </message>
        <message>
            <source>Testing {name}…</source>
            <translation>正在測試 {name}…</translation>
        </message>
        <message>
            <source>The address, the user name and the password are needed.</source>
            <translation>需要填寫位址、使用者名稱和密碼。</translation>
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation>密碼未儲存：{why}</translation>
        </message>
        <message>
            <source>The proxy of {name} (socks5h://host:port, http://host:port), direct, or empty for the route set in Settings ▸ Network:</source>
            <translation>{name} 的代理（socks5h://主機:埠、http://主機:埠）、direct（直連），或留空以使用「設定 ▸ 網路」中的路線：</translation>
        </message>
        <message>
            <source>a direct connection</source>
            <translation>直連</translation>
        </message>
        <message>
            <source>the route set in Settings ▸ Network</source>
            <translation>「設定 ▸ 網路」中的路線</translation>
        </message>
        <message>
            <source>{name} added; Refresh All (F5) syncs it.</source>
            <translation>已新增 {name}；全部重新整理（F5）會同步它。</translation>
        </message>
        <message>
            <source>{name} now connects through {route}.</source>
            <translation>{name} 現在經由 {route} 連線。</translation>
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
            <translation>{name}：已登入；伺服器上有 {subscriptions}。</translation>
        </message>
        <message>
            <source>{name}: not tested, no password given.</source>
            <translation>{name}：未測試，未提供密碼。</translation>
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
            <translation>關於Offline Reader(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Add Feed…</source>
            <translation>新增訂閱源(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Cancel Import</source>
            <translation>取消匯入(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Delete Articles</source>
            <translation>刪除文章(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Delete Saved Search</source>
            <translation>刪除已儲存的搜尋(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Delete Source…</source>
            <translation>刪除來源(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Delete Tag</source>
            <translation>刪除標籤(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Edit Feed…</source>
            <translation>編輯訂閱源(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>匯出OPML(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Export to PDF…</source>
            <translation>匯出為PDF(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Highlight Selection</source>
            <translation>醒目標示所選文字(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>匯入檔案(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>鍵盤快速鍵(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>淺色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Load Images for This Article</source>
            <translation>載入本文圖片(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Move to Folder…</source>
            <translation>移至資料夾(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Next Article</source>
            <translation>下一篇(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>關閉(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Refresh All Feeds</source>
            <translation>重新整理所有訂閱源(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Rename Saved Search…</source>
            <translation>重新命名已儲存的搜尋(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Rename Tag…</source>
            <translation>重新命名標籤(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>重新命名(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Reset Zoom</source>
            <translation>實際大小(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>搜尋(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Stacked</source>
            <translation>上下排列(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Subscribe in Account…</source>
            <translation>在帳號中訂閱(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation>標籤(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Wide</source>
            <translation>左右並排(&amp;W)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>關於Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Add or remove tags</source>
            <translation>新增或移除標籤</translation>
        </message>
        <message>
            <source>Always &amp;Load Images</source>
            <translation>一律載入圖片(&amp;L)</translation>
        </message>
        <message>
            <source>Ar&amp;ticle Info</source>
            <translation>文章資訊(&amp;T)</translation>
        </message>
        <message>
            <source>Delete the selected articles from the library</source>
            <translation>從文章庫刪除所選文章</translation>
        </message>
        <message>
            <source>Download &amp;Full Article</source>
            <translation>下載完整文章(&amp;F)</translation>
        </message>
        <message>
            <source>Download &amp;Images When Refreshing</source>
            <translation>重新整理時下載圖片(&amp;I)</translation>
        </message>
        <message>
            <source>Download &amp;Images for Offline Reading</source>
            <translation>下載圖片以供離線閱讀(&amp;I)</translation>
        </message>
        <message>
            <source>Download All &amp;Images for Offline Reading</source>
            <translation>下載所有圖片以供離線閱讀(&amp;I)</translation>
        </message>
        <message>
            <source>Download the images of the selected articles into the library</source>
            <translation>將所選文章的圖片下載到文章庫</translation>
        </message>
        <message>
            <source>Download the images of this source's articles into the library</source>
            <translation>將此來源文章的圖片下載到文章庫</translation>
        </message>
        <message>
            <source>Download the missing images of every article into the library</source>
            <translation>將所有文章缺少的圖片下載到文章庫</translation>
        </message>
        <message>
            <source>Download this article's missing images into the library</source>
            <translation>將本文缺少的圖片下載到文章庫</translation>
        </message>
        <message>
            <source>E&amp;xport as Web Archive…</source>
            <translation>匯出為網頁封存(&amp;X)…</translation>
        </message>
        <message>
            <source>Every &amp;15 Minutes</source>
            <translation>每15分鐘(&amp;1)</translation>
        </message>
        <message>
            <source>Every &amp;2 Hours</source>
            <translation>每2小時(&amp;2)</translation>
        </message>
        <message>
            <source>Every &amp;30 Minutes</source>
            <translation>每30分鐘(&amp;3)</translation>
        </message>
        <message>
            <source>Every &amp;6 Hours</source>
            <translation>每6小時(&amp;6)</translation>
        </message>
        <message>
            <source>Every &amp;Hour</source>
            <translation>每小時(&amp;H)</translation>
        </message>
        <message>
            <source>Every key the window knows</source>
            <translation>視窗中所有的快速鍵</translation>
        </message>
        <message>
            <source>Export Notes as &amp;Markdown…</source>
            <translation>將筆記匯出為 Markdown(&amp;M)…</translation>
        </message>
        <message>
            <source>Fetch new articles from every feed, in the background</source>
            <translation>在背景取得所有訂閱源的新文章</translation>
        </message>
        <message>
            <source>Fetch new articles from this feed</source>
            <translation>取得此訂閱源的新文章</translation>
        </message>
        <message>
            <source>Fetch the selected articles' web pages and keep the whole articles</source>
            <translation>擷取所選文章的網頁並保存完整文章</translation>
        </message>
        <message>
            <source>Go to the next article</source>
            <translation>前往下一篇文章</translation>
        </message>
        <message>
            <source>Go to the previous article</source>
            <translation>前往上一篇文章</translation>
        </message>
        <message>
            <source>Highlight &amp;with Note…</source>
            <translation>醒目標示並加上筆記(&amp;W)…</translation>
        </message>
        <message>
            <source>Highlight the selected text</source>
            <translation>醒目標示所選文字</translation>
        </message>
        <message>
            <source>Highlight the selected text and add a note</source>
            <translation>醒目標示所選文字並加上筆記</translation>
        </message>
        <message>
            <source>Highlights and &amp;Notes</source>
            <translation>醒目標示與筆記(&amp;N)</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>匯入資料夾(&amp;F)…</translation>
        </message>
        <message>
            <source>Import &amp;Links…</source>
            <translation>匯入連結(&amp;L)…</translation>
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation>匯入OPML(&amp;O)…</translation>
        </message>
        <message>
            <source>Import every dump in a folder and its subfolders</source>
            <translation>匯入資料夾及其子資料夾中的所有文章存檔</translation>
        </message>
        <message>
            <source>Import saved article dumps or feed files</source>
            <translation>匯入已儲存的文章存檔或訂閱源檔案</translation>
        </message>
        <message>
            <source>Keep this search in the sources</source>
            <translation>將此搜尋保留在來源清單中</translation>
        </message>
        <message>
            <source>Like the &amp;System</source>
            <translation>與系統相同(&amp;S)</translation>
        </message>
        <message>
            <source>Mar&amp;k as Read</source>
            <translation>標為已讀(&amp;K)</translation>
        </message>
        <message>
            <source>Mark &amp;All as Read</source>
            <translation>全部標為已讀(&amp;A)</translation>
        </message>
        <message>
            <source>Mark as &amp;Unread</source>
            <translation>標為未讀(&amp;U)</translation>
        </message>
        <message>
            <source>Mark every article in the list as read</source>
            <translation>將清單中的所有文章標為已讀</translation>
        </message>
        <message>
            <source>Mark the selected articles read or unread</source>
            <translation>將所選文章標為已讀或未讀</translation>
        </message>
        <message>
            <source>Most Relevant &amp;First</source>
            <translation>最相關優先(&amp;F)</translation>
        </message>
        <message>
            <source>Move in from Pocket, Instapaper, Wallabag, Omnivore, bookmarks or a URL list</source>
            <translation>從 Pocket、Instapaper、Wallabag、Omnivore、書籤或網址清單遷入</translation>
        </message>
        <message>
            <source>Open &amp;Original in Browser</source>
            <translation>在瀏覽器中開啟原文(&amp;O)</translation>
        </message>
        <message>
            <source>Open the article's web address in the system browser</source>
            <translation>在系統瀏覽器中開啟文章的網址</translation>
        </message>
        <message>
            <source>Open the folder that holds the library</source>
            <translation>開啟存放文章庫的資料夾</translation>
        </message>
        <message>
            <source>Opening an article of this source downloads its missing images</source>
            <translation>開啟此來源的文章時下載其缺少的圖片</translation>
        </message>
        <message>
            <source>Page Down or Next</source>
            <translation>向下捲動或下一篇</translation>
        </message>
        <message>
            <source>Pre&amp;vious Article</source>
            <translation>上一篇(&amp;V)</translation>
        </message>
        <message>
            <source>Print the selected articles</source>
            <translation>列印所選文章</translation>
        </message>
        <message>
            <source>R&amp;eload</source>
            <translation>重新載入(&amp;E)</translation>
        </message>
        <message>
            <source>Re&amp;fresh Feed</source>
            <translation>重新整理訂閱源(&amp;F)</translation>
        </message>
        <message>
            <source>Rename &amp;Folder…</source>
            <translation>重新命名資料夾(&amp;F)…</translation>
        </message>
        <message>
            <source>S&amp;ync Accounts</source>
            <translation>同步帳號(&amp;Y)</translation>
        </message>
        <message>
            <source>Sa&amp;ve Search…</source>
            <translation>儲存搜尋(&amp;V)…</translation>
        </message>
        <message>
            <source>Save &amp;Web Page…</source>
            <translation>儲存網頁(&amp;W)…</translation>
        </message>
        <message>
            <source>Save a web page for offline reading, with a capture of what the server sent</source>
            <translation>儲存網頁以供離線閱讀，並保留伺服器所傳送內容的擷取紀錄</translation>
        </message>
        <message>
            <source>Save every subscription as OPML</source>
            <translation>將所有訂閱儲存為OPML</translation>
        </message>
        <message>
            <source>Save the selected articles as PDF: one file, or one per article</source>
            <translation>將所選文章儲存為PDF：合為一個檔案，或每篇一個檔案</translation>
        </message>
        <message>
            <source>Scroll the article; at its end, go to the next one</source>
            <translation>捲動文章；到結尾時前往下一篇</translation>
        </message>
        <message>
            <source>Search results ranked by how well they match, not newest first</source>
            <translation>搜尋結果依符合程度排序，而非最新優先</translation>
        </message>
        <message>
            <source>Send what you read here and fetch what is new, now</source>
            <translation>立即傳送您在這裡讀過的內容並取得新內容</translation>
        </message>
        <message>
            <source>Show &amp;Library Folder</source>
            <translation>顯示文章庫資料夾(&amp;L)</translation>
        </message>
        <message>
            <source>Sources, list and article side by side</source>
            <translation>來源、清單和文章左右並排</translation>
        </message>
        <message>
            <source>Star or unstar the selected articles</source>
            <translation>為所選文章加上或移除星號</translation>
        </message>
        <message>
            <source>Stop the running import</source>
            <translation>停止進行中的匯入</translation>
        </message>
        <message>
            <source>Subscribe the account to a feed on its server</source>
            <translation>在伺服器上為帳號訂閱一個訂閱源</translation>
        </message>
        <message>
            <source>Subscribe to a feed: paste a site or feed address</source>
            <translation>訂閱：貼上網站或訂閱源的網址</translation>
        </message>
        <message>
            <source>Subscribe to the feeds of an OPML file</source>
            <translation>訂閱OPML檔案中的訂閱源</translation>
        </message>
        <message>
            <source>The article below the list</source>
            <translation>文章位於清單下方</translation>
        </message>
        <message>
            <source>The highlights and notes of the selected articles</source>
            <translation>所選文章的醒目標示與筆記</translation>
        </message>
        <message>
            <source>Title, address, folder and password</source>
            <translation>標題、網址、資料夾和密碼</translation>
        </message>
        <message>
            <source>Toggle &amp;Read</source>
            <translation>已讀/未讀(&amp;R)</translation>
        </message>
        <message>
            <source>Toggle &amp;Star</source>
            <translation>加上/移除星號(&amp;S)</translation>
        </message>
        <message>
            <source>Where and when it was captured</source>
            <translation>擷取的時間與來源</translation>
        </message>
        <message>
            <source>Write the captures of the selected pages as a WACZ web archive</source>
            <translation>將所選網頁的擷取紀錄寫成 WACZ 網頁封存</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>縮小(&amp;O)</translation>
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
            <translation>主題：</translation>
        </message>
        <message>
            <source>Use another font for articles:</source>
            <translation>文章使用其他字型：</translation>
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
            <translation>開啟的文章；Tab 鍵在其連結之間移動</translation>
        </message>
    </context>
    <context>
        <name>ArticleImages</name>
        <message>
            <source>[image not available offline]</source>
            <translation>[圖片無法離線檢視]</translation>
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
            <translation>所選來源的文章；Enter 鍵開啟原文</translation>
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
            <translation>無法讀取文章清單</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Not starred</source>
            <translation>未加星號</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>已加星號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未讀</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>已加星號</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message numerus="yes">
            <source>%n already in the library or not a web address</source>
            <translation>
                <numerusform>%n個已在資料庫中或不是網址</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) had no capture to export.</source>
            <translation>
                <numerusform>%n篇文章沒有可匯出的擷取紀錄。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) imported from the {service} export; their pages follow.</source>
            <translation>
                <numerusform>已從 {service} 匯出檔匯入%n個連結；網頁隨後下載。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not yet (the reason is shown with each)</source>
            <translation>
                <numerusform>%n個尚未完成（原因顯示在各自項目中）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other file(s) dropped with the pages not imported: drop them on their own.</source>
            <translation>
                <numerusform>與網頁一起拖入的另外%n個檔案未匯入：請單獨拖入。</numerusform>
            </translation>
        </message>
        <message>
            <source>Address of the page to save (kept with a capture of what the server sends):</source>
            <translation>要儲存的網頁網址（同時保留伺服器所傳送內容的擷取紀錄）：</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>所有檔案</translation>
        </message>
        <message>
            <source>Export as Web Archive</source>
            <translation>匯出為網頁封存</translation>
        </message>
        <message>
            <source>Import Links</source>
            <translation>匯入連結</translation>
        </message>
        <message>
            <source>Imported the saved page {name}.</source>
            <translation>已匯入儲存的網頁 {name}。</translation>
        </message>
        <message>
            <source>Read-later exports and bookmarks</source>
            <translation>稍後閱讀服務的匯出檔和書籤</translation>
        </message>
        <message>
            <source>Save Web Page</source>
            <translation>儲存網頁</translation>
        </message>
        <message numerus="yes">
            <source>Saved pages: %n saved</source>
            <translation>
                <numerusform>已儲存網頁：%n個</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving web pages: %v of %m</source>
            <translation>正在儲存網頁：%v / %m</translation>
        </message>
        <message>
            <source>Select the saved pages to export first.</source>
            <translation>請先選擇要匯出的已儲存網頁。</translation>
        </message>
        <message>
            <source>The links could not be imported</source>
            <translation>無法匯入連結</translation>
        </message>
        <message>
            <source>The saved page could not be imported</source>
            <translation>無法匯入儲存的網頁</translation>
        </message>
        <message>
            <source>The web archive could not be written</source>
            <translation>無法寫入網頁封存</translation>
        </message>
        <message>
            <source>Web pages could not be saved</source>
            <translation>無法儲存網頁</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the web archive {name}: %n page(s).</source>
            <translation>
                <numerusform>已寫入網頁封存 {name}：%n個網頁。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CapturePage</name>
        <message numerus="yes">
            <source>%n capture(s)</source>
            <translation>
                <numerusform>%n個擷取紀錄</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the web captures</source>
            <translation>無法讀取網頁擷取紀錄</translation>
        </message>
        <message>
            <source>Every page you save, and every full article downloaded for a feed, keeps the exchange as received (request, response headers and body, and its pictures) as WARC records: the proof of what the server sent, exported with Export as Web Archive and checked by verify.</source>
            <translation>您儲存的每個網頁，以及為訂閱來源下載的每篇全文，都會以 WARC 紀錄的形式保留收到時的交換內容（請求、回應標頭和內文，以及其中的圖片）：這是伺服器所傳送內容的證據，可透過「匯出為網頁封存」匯出，並可用 verify 核驗。</translation>
        </message>
        <message>
            <source>In use:</source>
            <translation>已用：</translation>
        </message>
        <message>
            <source>Keep Raw Captures</source>
            <translation>保留原始擷取紀錄</translation>
        </message>
        <message>
            <source>Keep raw captures of web pages</source>
            <translation>保留網頁的原始擷取紀錄</translation>
        </message>
        <message>
            <source>Pages saved from now on will keep their text, pictures and hashes, but not what the server sent: they cannot be exported as a web archive or checked record by record with verify. The captures already made are kept.</source>
            <translation>今後儲存的網頁將保留文字、圖片和雜湊值，但不保留伺服器所傳送的內容：它們無法匯出為網頁封存，也無法用 verify 逐筆核驗。已有的擷取紀錄會保留。</translation>
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
            <translation>內容</translation>
        </message>
        <message>
            <source>Full path on this computer</source>
            <translation>本機上的完整路徑</translation>
        </message>
        <message>
            <source>Include my highlights and notes</source>
            <translation>包括我的醒目標示和筆記</translation>
        </message>
        <message>
            <source>Include provenance (where each article came from)</source>
            <translation>包括來源資訊（每篇文章從何而來）</translation>
        </message>
        <message>
            <source>Source file in the provenance</source>
            <translation>來源資訊中的來源檔案</translation>
        </message>
        <message>
            <source>Source file name only</source>
            <translation>僅來源檔案名稱</translation>
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <source>Nothing will be written to it, and there is no backup of it. You can start a new library; the damaged file stays as it is.</source>
            <translation>不會再寫入任何內容，且沒有它的備份。您可以建立新的文章庫；損壞的檔案保持原樣。</translation>
        </message>
        <message>
            <source>Nothing will be written to it. You can open a copy of the newest backup ({date}), or start a new library; the damaged file stays as it is either way.</source>
            <translation>不會再寫入任何內容。您可以開啟最新備份（{date}）的副本，或建立新的文章庫；無論哪種方式，損壞的檔案都保持原樣。</translation>
        </message>
        <message>
            <source>Open the Backup</source>
            <translation>開啟備份</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>Start a New Library</source>
            <translation>建立新文章庫</translation>
        </message>
        <message>
            <source>The library {file} is damaged.</source>
            <translation>文章庫 {file} 已損壞。</translation>
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
                <numerusform>%Ln頁</numerusform>
            </translation>
        </message>
        <message>
            <source>An export is already running; wait for it or cancel it.</source>
            <translation>已有匯出正在進行；請等候完成或將其取消。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消匯出，未寫入任何檔案。</translation>
        </message>
        <message>
            <source>Exported {articles} ({pages}) to {place}</source>
            <translation>已將{articles}（共{pages}）匯出至{place}</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>正在匯出</translation>
        </message>
        <message>
            <source>Exporting %v of %m</source>
            <translation>正在匯出：%v/%m</translation>
        </message>
        <message>
            <source>Finishing the PDF…</source>
            <translation>正在完成PDF…</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>開啟資料夾</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>開啟PDF</translation>
        </message>
        <message>
            <source>Open the Export</source>
            <translation>開啟匯出的檔案</translation>
        </message>
        <message>
            <source>Printed {articles} ({pages})</source>
            <translation>已列印{articles}（共{pages}）</translation>
        </message>
        <message>
            <source>Printing %v of %m</source>
            <translation>正在列印：%v/%m</translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>已取消列印。</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>列印失敗</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>正在傳送到印表機…</translation>
        </message>
        <message>
            <source>The export failed</source>
            <translation>匯出失敗</translation>
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
            <translation>瀏覽…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <source>Export One PDF per Article into</source>
            <translation>每篇文章匯出一個PDF，存到</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>匯出為PDF</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>檔案：</translation>
        </message>
        <message>
            <source>Files are named from date and title, e.g. "2023-07-18 Title.pdf"</source>
            <translation>檔案以日期和標題命名，例如「2023-07-18 標題.pdf」</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>資料夾：</translation>
        </message>
        <message>
            <source>Images come from the library's cache; nothing is downloaded. The export runs in the background and can be cancelled.</source>
            <translation>圖片取自文章庫的快取，不會下載任何內容。匯出在背景進行，可以隨時取消。</translation>
        </message>
        <message>
            <source>One PDF per article, in a folder</source>
            <translation>每篇文章一個PDF，存入資料夾</translation>
        </message>
        <message>
            <source>One PDF with all {count} articles</source>
            <translation>一個PDF，包含全部{count}篇文章</translation>
        </message>
        <message>
            <source>One PDF with the article</source>
            <translation>一個PDF，包含這篇文章</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF檔案(*.pdf)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>紙張</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>紙張：</translation>
        </message>
        <message>
            <source>Print the Article</source>
            <translation>列印文章</translation>
        </message>
        <message>
            <source>Print {count} Articles</source>
            <translation>列印{count}篇文章</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>美式信紙(Letter)</translation>
        </message>
    </context>
    <context>
        <name>FeedAdder</name>
        <message>
            <source>Could not add the feed</source>
            <translation>無法新增訂閱源</translation>
        </message>
        <message>
            <source>Could not add the feed: {reason}</source>
            <translation>無法新增訂閱源：{reason}</translation>
        </message>
        <message>
            <source>Looking for the feed at {url}…</source>
            <translation>正在{url}尋找訂閱源…</translation>
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation>密碼未儲存：{why}</translation>
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
            <translation>網址(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Download full articles</source>
            <translation>下載完整文章(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>資料夾(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Keep articles:</source>
            <translation>保留文章(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Mirrors:</source>
            <translation>鏡像(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>標題(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <source>(only for private feeds)</source>
            <translation>（僅用於私人訂閱源）</translation>
        </message>
        <message>
            <source>(the feed's own title)</source>
            <translation>（訂閱源本身的標題）</translation>
        </message>
        <message>
            <source>(the program's route)</source>
            <translation>（程式的路線）</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>（不變）</translation>
        </message>
        <message>
            <source>A subscription of the account {account}: a new title or folder is changed on its server too.</source>
            <translation>帳號 {account} 的訂閱：新的標題或資料夾也會在其伺服器上變更。</translation>
        </message>
        <message>
            <source>A web page address works too: the feed it links to is found. Passwords go to the system keyring, never into the library.</source>
            <translation>也可以填寫網頁網址，程式會找到網頁連結的訂閱源。密碼儲存在系統鑰匙圈中，絕不寫入文章庫。</translation>
        </message>
        <message>
            <source>Add Feed</source>
            <translation>新增訂閱源</translation>
        </message>
        <message>
            <source>Articles older than this are deleted after a refresh; starred ones always stay. Articles that leave the feed stay either way.</source>
            <translation>早於此期限的文章會在重新整理後刪除，加上星號的文章一律保留。已從訂閱源移除的文章無論如何都會保留。</translation>
        </message>
        <message>
            <source>Edit Feed</source>
            <translation>編輯訂閱源</translation>
        </message>
        <message>
            <source>Everything (an offline archive)</source>
            <translation>全部保留（離線封存）</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>資料夾</translation>
        </message>
        <message>
            <source>For feeds that send only a summary: each new item's web page is fetched when refreshing and the whole article is kept for reading offline.</source>
            <translation>適用於只提供摘要的訂閱源：重新整理時擷取每個新項目的網頁，並保存完整文章以供離線閱讀。</translation>
        </message>
        <message>
            <source>Looking for the feed at {url}…</source>
            <translation>正在{url}尋找訂閱源…</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>每行一個位址</translation>
        </message>
        <message>
            <source>Other addresses of the same feed, tried in order when its address is blocked or unreachable; the one that worked is tried first next time.</source>
            <translation>同一訂閱源的其他位址：當其位址被封鎖或無法連線時依序嘗試；成功的那個下次優先嘗試。</translation>
        </message>
        <message>
            <source>P&amp;roxy:</source>
            <translation>代理(&amp;R)：</translation>
        </message>
        <message>
            <source>This feed's own way out: a proxy address such as socks5h://127.0.0.1:9050, or direct; empty for the route set in Settings ▸ Network.</source>
            <translation>此訂閱源自己的出口：代理位址（如 socks5h://127.0.0.1:9050）或 direct（直連）；留空則使用「設定 ▸ 網路」中的路線。</translation>
        </message>
        <message>
            <source>https://example.org/ or its feed address</source>
            <translation>網站網址（如https://example.org/）或其訂閱源網址</translation>
        </message>
    </context>
    <context>
        <name>FeedDialogs</name>
        <message>
            <source>All files</source>
            <translation>所有檔案</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>匯出OPML</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>匯入OPML</translation>
        </message>
        <message>
            <source>OPML files</source>
            <translation>OPML檔案</translation>
        </message>
    </context>
    <context>
        <name>FeedsController</name>
        <message numerus="yes">
            <source>%Ln feed(s)</source>
            <translation>
                <numerusform>%Ln個訂閱源</numerusform>
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
            <translation>無法修改訂閱源</translation>
        </message>
        <message>
            <source>Could not export the feeds</source>
            <translation>無法匯出訂閱源</translation>
        </message>
        <message>
            <source>Could not import the OPML file</source>
            <translation>無法匯入OPML檔案</translation>
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation>正在下載完整文章：%v / %m</translation>
        </message>
        <message>
            <source>Downloading images: %v of %m</source>
            <translation>正在下載圖片：%v/%m</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feed(s) to {path}.</source>
            <translation>
                <numerusform>已將%Ln個訂閱源匯出到{path}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Full articles: {done} downloaded, {failed} not available, {later} left for later.</source>
            <translation>完整文章：已下載 {done} 篇，{failed} 篇無法取得，{later} 篇留待以後。</translation>
        </message>
        <message>
            <source>Images: {cached} cached, {skipped} skipped, {failed} failed, {pending} left for later.</source>
            <translation>圖片：已快取{cached}張，略過{skipped}張，失敗{failed}張，{pending}張留待稍後下載。</translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes, and you will be asked again next time.</source>
            <translation>此系統上沒有可用的鑰匙圈（密碼儲存區），因此密碼不會儲存在任何地方：它只保留到程式關閉，下次會再次詢問。</translation>
        </message>
        <message>
            <source>No keyring is usable on this system: the password for {title} is kept only until the program closes and is not stored anywhere.</source>
            <translation>此系統上沒有可用的鑰匙圈：{title}的密碼只保留到程式關閉，不會儲存在任何地方。</translation>
        </message>
        <message>
            <source>OPML: {added} feeds added, {existing} already subscribed, {skipped} skipped.</source>
            <translation>OPML：新增了{added}個訂閱源，{existing}個已訂閱，略過{skipped}個。</translation>
        </message>
        <message>
            <source>Refresh (F5) to fetch their articles.</source>
            <translation>重新整理（F5）即可取得其文章。</translation>
        </message>
        <message>
            <source>Refreshed {feeds}: {articles}.</source>
            <translation>已重新整理{feeds}：{articles}。</translation>
        </message>
        <message>
            <source>Refreshing feeds</source>
            <translation>正在重新整理訂閱源</translation>
        </message>
        <message>
            <source>Refreshing feeds: %v of %m</source>
            <translation>正在重新整理訂閱源：%v/%m</translation>
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation>正在重新整理訂閱源…</translation>
        </message>
        <message>
            <source>The network cannot be reached: the summaries are kept.</source>
            <translation>無法連線網路：保留摘要。</translation>
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation>密碼未儲存：{why}</translation>
        </message>
        <message>
            <source>The refresh failed</source>
            <translation>重新整理失敗</translation>
        </message>
        <message>
            <source>{address} answered over http only (https did not: {reason}); the feed comes unencrypted.</source>
            <translation>{address}只透過http回應（https未回應：{reason}）；訂閱源未經加密傳輸。</translation>
        </message>
        <message>
            <source>{address} answered over https.</source>
            <translation>{address}透過https回應。</translation>
        </message>
        <message>
            <source>{failed} failed (see the sources marked ⚠).</source>
            <translation>{failed}個失敗（請見標有⚠的來源）。</translation>
        </message>
        <message numerus="yes">
            <source>{feed}: %n article(s) already in the library under another source (select the feed to see them).</source>
            <translation>
                <numerusform>{feed}：有%n篇文章已在文庫中的另一個來源下（選取該訂閱源即可檢視）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedsPage</name>
        <message>
            <source>Refresh automatically:</source>
            <translation>自動重新整理：</translation>
        </message>
    </context>
    <context>
        <name>FullTextBar</name>
        <message>
            <source>Download Full Articles for This Feed</source>
            <translation>下載此訂閱源的完整文章</translation>
        </message>
        <message>
            <source>From now on, this feed's refreshes also fetch each article's web page</source>
            <translation>今後重新整理此訂閱源時，也會下載每篇文章的網頁</translation>
        </message>
        <message>
            <source>Full article, downloaded from its page {when}.</source>
            <translation>完整文章，於 {when} 從其網頁下載。</translation>
        </message>
        <message>
            <source>Show the Feed's Summary</source>
            <translation>顯示訂閱源的摘要</translation>
        </message>
        <message>
            <source>Show the Full Article</source>
            <translation>顯示完整文章</translation>
        </message>
        <message>
            <source>Switch between the full article, from its web page, and the feed's summary</source>
            <translation>在完整文章（來自其網頁）與訂閱源的摘要之間切換</translation>
        </message>
        <message>
            <source>The feed's summary is shown.</source>
            <translation>目前顯示的是訂閱源的摘要。</translation>
        </message>
        <message>
            <source>The feed's summary; the full article is not available: {reason}</source>
            <translation>訂閱源的摘要；無法取得完整文章：{reason}</translation>
        </message>
        <message>
            <source>This feed sends short summaries (about {words} words an item). Download the full articles to read them offline?</source>
            <translation>此訂閱源只提供簡短摘要（每則約 {words} 字）。要下載完整文章以便離線閱讀嗎？</translation>
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
            <translation>正在下載全文</translation>
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation>正在下載完整文章：%v / %m</translation>
        </message>
        <message>
            <source>Full articles are being downloaded; wait or cancel.</source>
            <translation>正在下載完整文章；請等待或取消。</translation>
        </message>
        <message>
            <source>Full articles could not be downloaded</source>
            <translation>無法下載完整文章</translation>
        </message>
        <message>
            <source>Full articles: nothing to download (already there, or no page).</source>
            <translation>完整文章：沒有可下載的內容（已存在或沒有網頁）。</translation>
        </message>
    </context>
    <context>
        <name>ImagesBar</name>
        <message>
            <source>1 image of this article is not in the library; nothing was fetched.</source>
            <translation>本文有1張圖片不在文章庫中；未下載任何內容。</translation>
        </message>
        <message>
            <source>{count} images of this article are not in the library; nothing was fetched.</source>
            <translation>本文有{count}張圖片不在文章庫中；未下載任何內容。</translation>
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
            <translation>正在下載圖片</translation>
        </message>
        <message>
            <source>Images could not be downloaded</source>
            <translation>無法下載圖片</translation>
        </message>
        <message>
            <source>Images: %v of %m</source>
            <translation>圖片：%v/%m</translation>
        </message>
        <message>
            <source>Images: cancelled.</source>
            <translation>圖片：已取消。</translation>
        </message>
        <message>
            <source>Images: nothing left to download.</source>
            <translation>圖片：已沒有需要下載的圖片。</translation>
        </message>
        <message>
            <source>Images: {parts}.</source>
            <translation>圖片：{parts}。</translation>
        </message>
        <message>
            <source>The network cannot be reached; images were left for later.</source>
            <translation>無法連線到網路；圖片留待稍後下載。</translation>
        </message>
        <message>
            <source>{count} cached</source>
            <translation>已快取{count}張</translation>
        </message>
        <message>
            <source>{count} failed</source>
            <translation>失敗{count}張</translation>
        </message>
        <message>
            <source>{count} left for later</source>
            <translation>{count}張留待稍後</translation>
        </message>
        <message>
            <source>{count} skipped</source>
            <translation>略過{count}張</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message numerus="yes">
            <source>%Ln duplicate(s) skipped</source>
            <translation>
                <numerusform>略過%Ln篇重複文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) failed</source>
            <translation>
                <numerusform>%Ln個檔案失敗</numerusform>
            </translation>
        </message>
        <message>
            <source>(see the Import Report)</source>
            <translation>（請見匯入報告）</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>所有檔案</translation>
        </message>
        <message>
            <source>An import is already running; wait for it or cancel it.</source>
            <translation>已有匯入正在進行；請等候完成或將其取消。</translation>
        </message>
        <message>
            <source>Article dumps and feeds</source>
            <translation>文章存檔和訂閱源</translation>
        </message>
        <message>
            <source>Import Files</source>
            <translation>匯入檔案</translation>
        </message>
        <message>
            <source>Import Report</source>
            <translation>匯入報告</translation>
        </message>
        <message>
            <source>Import a Folder of Dumps</source>
            <translation>匯入存檔資料夾</translation>
        </message>
        <message>
            <source>Import cancelled.</source>
            <translation>已取消匯入。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln article(s)</source>
            <translation>
                <numerusform>已匯入%Ln篇文章</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>正在匯入</translation>
        </message>
        <message>
            <source>Importing %v of %m</source>
            <translation>正在匯入：%v/%m</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
        <message>
            <source>Show the files of the last import that failed</source>
            <translation>顯示上次匯入中失敗的檔案</translation>
        </message>
        <message>
            <source>The import failed</source>
            <translation>匯入失敗</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message numerus="yes">
            <source>%n file(s) could not be imported:</source>
            <translation>
                <numerusform>%n個檔案無法匯入：</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Copy List</source>
            <translation>複製清單(&amp;C)</translation>
        </message>
        <message>
            <source>Every file was imported.</source>
            <translation>所有檔案皆已匯入。</translation>
        </message>
        <message>
            <source>Files not imported</source>
            <translation>未匯入的檔案</translation>
        </message>
        <message>
            <source>Import Report</source>
            <translation>匯入報告</translation>
        </message>
    </context>
    <context>
        <name>InfoPanel</name>
        <message>
            <source>Article Info</source>
            <translation>文章資訊</translation>
        </message>
    </context>
    <context>
        <name>KeepingStatusBar</name>
        <message>
            <source>Messages</source>
            <translation>訊息</translation>
        </message>
        <message>
            <source>Recent messages</source>
            <translation>最近的訊息</translation>
        </message>
        <message>
            <source>The last messages of the status bar</source>
            <translation>狀態列最近的訊息</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Automatic (the system's language)</source>
            <translation>自動（系統語言）</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>語言：</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>新語言將在下次啟動時生效。</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Could not change the source</source>
            <translation>無法修改來源</translation>
        </message>
        <message>
            <source>Could not delete the articles</source>
            <translation>無法刪除文章</translation>
        </message>
        <message>
            <source>Could not delete the source</source>
            <translation>無法刪除來源</translation>
        </message>
        <message>
            <source>Could not mark the articles</source>
            <translation>無法標記文章</translation>
        </message>
        <message>
            <source>Could not mark the articles read</source>
            <translation>無法將文章標為已讀</translation>
        </message>
        <message>
            <source>Could not move the source</source>
            <translation>無法移動來源</translation>
        </message>
        <message>
            <source>Could not move the subscription on the server</source>
            <translation>無法在伺服器上移動訂閱</translation>
        </message>
        <message>
            <source>Could not read the article list</source>
            <translation>無法讀取文章清單</translation>
        </message>
        <message>
            <source>Could not read the sources</source>
            <translation>無法讀取來源</translation>
        </message>
        <message>
            <source>Could not rename the folder</source>
            <translation>無法重新命名資料夾</translation>
        </message>
        <message>
            <source>Could not rename the source</source>
            <translation>無法重新命名來源</translation>
        </message>
        <message>
            <source>Could not rename the subscription on the server</source>
            <translation>無法在伺服器上重新命名訂閱</translation>
        </message>
        <message>
            <source>Could not unsubscribe on the server</source>
            <translation>無法在伺服器上取消訂閱</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Copying the library to {folder}…</source>
            <translation>正在將文章庫複製到 {folder}…</translation>
        </message>
        <message>
            <source>Could not move the library</source>
            <translation>無法移動文章庫</translation>
        </message>
        <message>
            <source>Library Moved</source>
            <translation>文章庫已移動</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>位置：</translation>
        </message>
        <message>
            <source>Move Library To</source>
            <translation>將文章庫移動到</translation>
        </message>
        <message>
            <source>Move Library copies the library to another folder and checks the copy. Offline Reader uses it from its next start; the old file stays where it is.</source>
            <translation>「移動文章庫」會將文章庫複製到另一個資料夾並檢查副本。Offline Reader 從下次啟動起使用它；舊檔案保留在原處。</translation>
        </message>
        <message>
            <source>Move Library…</source>
            <translation>移動文章庫…</translation>
        </message>
        <message>
            <source>Show in File Manager</source>
            <translation>在檔案管理員中顯示</translation>
        </message>
        <message>
            <source>The library was copied to {new} and checked. Restart Offline Reader to use it. The old file, {old}, is left in place: delete it once you have seen your articles in the new one.</source>
            <translation>文章庫已複製到 {new} 並通過檢查。請重新啟動 Offline Reader 以使用它。舊檔案 {old} 保留在原處：在新文章庫中看到您的文章後再刪除它。</translation>
        </message>
        <message>
            <source>The library was not moved.</source>
            <translation>文章庫未移動。</translation>
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
            <translation>外觀(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>文章(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Copy Address</source>
            <translation>複製位址(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>版面配置(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>Add a feed… (Ctrl+Shift+A)</source>
            <translation>新增訂閱源…（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <source>Copied {url}</source>
            <translation>已複製{url}</translation>
        </message>
        <message>
            <source>Copy the address and paste it into a browser, or set a default browser.</source>
            <translation>請複製位址並貼到瀏覽器中，或設定預設瀏覽器。</translation>
        </message>
        <message>
            <source>Could not open the article</source>
            <translation>無法開啟文章</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Delete Articles</source>
            <translation>刪除文章</translation>
        </message>
        <message>
            <source>Delete this article from the library? This cannot be undone.</source>
            <translation>要從文章庫刪除這篇文章嗎？此動作無法復原。</translation>
        </message>
        <message>
            <source>Delete {count} articles from the library? This cannot be undone (importing their files again brings them back).</source>
            <translation>要從文章庫刪除{count}篇文章嗎？此動作無法復原（重新匯入其檔案即可恢復）。</translation>
        </message>
        <message>
            <source>Fee&amp;ds</source>
            <translation>訂閱源(&amp;D)</translation>
        </message>
        <message>
            <source>Import saved articles… (Ctrl+O)</source>
            <translation>匯入已儲存的文章…（Ctrl+O）</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>主要工具列</translation>
        </message>
        <message>
            <source>Most relevant</source>
            <translation>最相關</translation>
        </message>
        <message>
            <source>Most relevant: the results with the words in their title first, then the rest, newest first in each</source>
            <translation>最相關：標題含有搜尋字詞的結果在前，其餘隨後，各自依最新優先</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>最新優先</translation>
        </message>
        <message>
            <source>No article matches the search.</source>
            <translation>沒有符合搜尋條件的文章。</translation>
        </message>
        <message>
            <source>No articles here.</source>
            <translation>這裡沒有文章。</translation>
        </message>
        <message>
            <source>No web browser could be opened for {url}.</source>
            <translation>無法開啟網頁瀏覽器來前往{url}。</translation>
        </message>
        <message>
            <source>Not a date the search can read: {terms}. Dates are written 2024-05-01, 2024-05, today, yesterday, 7d, 2w or 3m (days, weeks, months back).</source>
            <translation>搜尋無法辨識的日期：{terms}。日期寫作2024-05-01、2024-05、today、yesterday、7d、2w或3m（往前若干天、週、月）。</translation>
        </message>
        <message>
            <source>Open Original</source>
            <translation>開啟原文</translation>
        </message>
        <message>
            <source>Open the sample article</source>
            <translation>開啟範例文章</translation>
        </message>
        <message>
            <source>Order of the search results</source>
            <translation>搜尋結果的順序</translation>
        </message>
        <message>
            <source>Refresh A&amp;utomatically</source>
            <translation>自動重新整理(&amp;U)</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>搜尋文章</translation>
        </message>
        <message>
            <source>Search articles (/ or Ctrl+F)</source>
            <translation>搜尋文章（/ 或 Ctrl+F）</translation>
        </message>
        <message>
            <source>Select an article to read it.</source>
            <translation>選取一篇文章即可閱讀。</translation>
        </message>
        <message>
            <source>The library is empty. Drop saved article dumps (.txt) or folders of them on this window, import them, or subscribe to a feed.</source>
            <translation>文章庫是空的。可以將已儲存的文章存檔（.txt）或存放它們的資料夾拖放到此視窗，也可以匯入它們，或訂閱一個訂閱源。</translation>
        </message>
        <message>
            <source>This feed could not be read: {error}. Its articles will appear here once a refresh works.</source>
            <translation>無法讀取此訂閱源：{error}。重新整理成功後，其文章會顯示在這裡。</translation>
        </message>
        <message>
            <source>Words must all match; "a phrase"; -word excludes; OR widens. Accents and case do not matter; Chinese, Japanese and Korean need no spaces, and Simplified and Traditional characters find each other.
title:word  source:name  tag:name  author:name  is:unread  is:starred  after:2024-05-01  before:2024-06  after:yesterday  after:7d  before:2w
Down or Return: to the results; Escape: clear the search</source>
            <translation>所有詞都須符合；"片語"依整個片語比對；-詞表示排除；OR表示「或」。不區分重音符號和大小寫；中文、日文和韓文不需空格，簡體字和繁體字可互相找到。
title:詞  source:名稱  tag:名稱  author:名稱  is:unread  is:starred  after:2024-05-01  before:2024-06  after:yesterday  after:7d  before:2w
向下鍵或Enter：前往結果；Esc：清除搜尋</translation>
        </message>
        <message>
            <source>Your library is {path}.</source>
            <translation>您的文章庫位於 {path}。</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>&amp;Manual proxy:</source>
            <translation>手動代理(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;No proxy (connect directly)</source>
            <translation>不使用代理（直連）(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;System proxy</source>
            <translation>系統代理(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>測試(&amp;T)</translation>
        </message>
        <message>
            <source>(if the proxy asks)</source>
            <translation>（代理要求時）</translation>
        </message>
        <message>
            <source>(kept in the system keyring)</source>
            <translation>（保存在系統金鑰圈中）</translation>
        </message>
        <message>
            <source>.onion addresses go only through Tor, never directly: where Tor listens (empty: port 9050, then 9150, the Tor Browser's).</source>
            <translation>.onion 位址只經由 Tor，絕不直連：Tor 的監聽位址（留空：先 9050 埠，再 9150，即 Tor 瀏覽器的埠）。</translation>
        </message>
        <message>
            <source>Cannot test: {reason}</source>
            <translation>無法測試：{reason}</translation>
        </message>
        <message>
            <source>Could not keep the network settings</source>
            <translation>無法儲存網路設定</translation>
        </message>
        <message>
            <source>Could not reach {address} ({route}): {reason}</source>
            <translation>無法連線 {address}（{route}）：{reason}</translation>
        </message>
        <message>
            <source>Could not read the network settings</source>
            <translation>無法讀取網路設定</translation>
        </message>
        <message>
            <source>Could not test the route</source>
            <translation>無法測試路線</translation>
        </message>
        <message>
            <source>Never connect &amp;directly</source>
            <translation>絕不直連(&amp;D)</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>未變更：{reason}</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密碼：</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>埠：</translation>
        </message>
        <message>
            <source>Proxy:</source>
            <translation>代理：</translation>
        </message>
        <message>
            <source>Reached {address} through {route}: answer {detail} bytes.</source>
            <translation>已透過 {route} 連線 {address}：回應 {detail} 位元組。</translation>
        </message>
        <message>
            <source>Test address:</source>
            <translation>測試位址：</translation>
        </message>
        <message>
            <source>Test fetches the address through the route shown above and says what happened.</source>
            <translation>「測試」會經由上面的路線取得該位址，並說明結果。</translation>
        </message>
        <message>
            <source>Testing {address}…</source>
            <translation>正在測試 {address}…</translation>
        </message>
        <message>
            <source>The proxy the system names: http_proxy, https_proxy, all_proxy and no_proxy, or the Windows and macOS settings.</source>
            <translation>系統指定的代理：http_proxy、https_proxy、all_proxy 和 no_proxy，或 Windows 與 macOS 的設定。</translation>
        </message>
        <message>
            <source>Tor:</source>
            <translation>Tor：</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>使用者名稱：</translation>
        </message>
        <message>
            <source>When the proxy is down, every request fails with a message naming it; nothing goes around it.</source>
            <translation>代理不可用時，每個請求都會失敗並給出指明該代理的訊息；不會繞過它。</translation>
        </message>
        <message>
            <source>a direct connection</source>
            <translation>直連</translation>
        </message>
        <message>
            <source>give the proxy's host name or address</source>
            <translation>請填寫代理的主機名稱或位址</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Colour:</source>
            <translation>顏色：</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>綠色</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>筆記</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>筆記：</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>粉紅色</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>黃色</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>(not found in the text)</source>
            <translation>（在內文中找不到）</translation>
        </message>
        <message>
            <source>Change the note and colour of the chosen highlight</source>
            <translation>修改所選醒目標示的筆記和顏色</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Delete the chosen highlight and its note</source>
            <translation>刪除所選醒目標示及其筆記</translation>
        </message>
        <message>
            <source>Edit Note…</source>
            <translation>編輯筆記…</translation>
        </message>
        <message>
            <source>Highlights and Notes</source>
            <translation>醒目標示與筆記</translation>
        </message>
        <message>
            <source>Highlights and notes of the article</source>
            <translation>文章的醒目標示與筆記</translation>
        </message>
        <message>
            <source>Select text in the article, then press h (Article ▸ Highlight Selection).</source>
            <translation>在文章中選取文字，然後按 h（「文章 ▸ 醒目標示所選文字」）。</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <source>Password for “{title}”</source>
            <translation>「{title}」的密碼</translation>
        </message>
        <message>
            <source>The feed “{title}” needs a user name and password.</source>
            <translation>訂閱源「{title}」需要使用者名稱和密碼。</translation>
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
            <translation>（無標題）</translation>
        </message>
        <message>
            <source>articles given by id need the library's path</source>
            <translation>依編號指定文章時需要提供文章庫的路徑</translation>
        </message>
        <message>
            <source>cannot create the folder {folder}: {reason}</source>
            <translation>無法建立資料夾{folder}：{reason}</translation>
        </message>
        <message>
            <source>cannot write in {folder}: {reason}</source>
            <translation>無法寫入{folder}：{reason}</translation>
        </message>
        <message>
            <source>cannot write the PDF file</source>
            <translation>無法寫入PDF檔案</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>無法寫入{path}：{reason}</translation>
        </message>
        <message>
            <source>say where to write: a PDF file or a folder</source>
            <translation>請指定寫入位置：一個PDF檔案或一個資料夾</translation>
        </message>
        <message>
            <source>unknown page size: {name}</source>
            <translation>不明的紙張大小：{name}</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file name</source>
            <translation>{path}是資料夾，不是檔案名稱</translation>
        </message>
    </context>
    <context>
        <name>PickFeedDialog</name>
        <message>
            <source>Choose a Feed</source>
            <translation>選擇訂閱源</translation>
        </message>
        <message>
            <source>Feeds found on the page</source>
            <translation>在頁面上找到的訂閱源</translation>
        </message>
        <message>
            <source>The page links to several feeds. Subscribe to:</source>
            <translation>此網頁連結了多個訂閱源。訂閱：</translation>
        </message>
    </context>
    <context>
        <name>ProxyStatus</name>
        <message>
            <source>.onion addresses go only through Tor. Settings ▸ Network changes the route.</source>
            <translation>.onion 位址只經由 Tor。在「設定 ▸ 網路」中變更路線。</translation>
        </message>
        <message>
            <source>Never connect directly: no proxy</source>
            <translation>絕不直連：沒有代理</translation>
        </message>
        <message>
            <source>Proxy: {proxy}</source>
            <translation>代理：{proxy}</translation>
        </message>
        <message>
            <source>Proxy: {proxy} (system)</source>
            <translation>代理：{proxy}（系統）</translation>
        </message>
        <message>
            <source>never direct</source>
            <translation>絕不直連</translation>
        </message>
    </context>
    <context>
        <name>ResearchController</name>
        <message numerus="yes">
            <source>%n highlight(s) written to {path}</source>
            <translation>
                <numerusform>已將 %n 處醒目標示寫入 {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not change the tags</source>
            <translation>無法變更標籤</translation>
        </message>
        <message>
            <source>Could not delete the highlight</source>
            <translation>無法刪除醒目標示</translation>
        </message>
        <message>
            <source>Could not delete the saved search</source>
            <translation>無法刪除已儲存的搜尋</translation>
        </message>
        <message>
            <source>Could not delete the tag</source>
            <translation>無法刪除標籤</translation>
        </message>
        <message>
            <source>Could not export the notes</source>
            <translation>無法匯出筆記</translation>
        </message>
        <message>
            <source>Could not rename the saved search</source>
            <translation>無法重新命名已儲存的搜尋</translation>
        </message>
        <message>
            <source>Could not rename the tag</source>
            <translation>無法重新命名標籤</translation>
        </message>
        <message>
            <source>Could not save the highlight</source>
            <translation>無法儲存醒目標示</translation>
        </message>
        <message>
            <source>Could not save the note</source>
            <translation>無法儲存筆記</translation>
        </message>
        <message>
            <source>Could not save the search</source>
            <translation>無法儲存搜尋</translation>
        </message>
        <message>
            <source>Export Notes as Markdown</source>
            <translation>將筆記匯出為 Markdown</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名稱：</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>來源證明</translation>
        </message>
        <message>
            <source>Rename Saved Search</source>
            <translation>重新命名已儲存的搜尋</translation>
        </message>
        <message>
            <source>Rename Tag</source>
            <translation>重新命名標籤</translation>
        </message>
        <message>
            <source>Save Search</source>
            <translation>儲存搜尋</translation>
        </message>
        <message>
            <source>Select some text of the article first.</source>
            <translation>請先選取文章中的文字。</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>標籤：{tags}</translation>
        </message>
        <message>
            <source>Type a search first, then save it.</source>
            <translation>請先輸入搜尋內容，再儲存。</translation>
        </message>
    </context>
    <context>
        <name>ResearchPanels</name>
        <message>
            <source>Close the panel</source>
            <translation>關閉面板</translation>
        </message>
        <message>
            <source>Detach the panel from the window, or put it back</source>
            <translation>將面板從視窗中分離，或放回原處</translation>
        </message>
    </context>
    <context>
        <name>ScreenReader</name>
        <message numerus="yes">
            <source>%n highlight(s): </source>
            <translation>
                <numerusform>%n 處標註：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s): </source>
            <translation>
                <numerusform>%n 個連結：</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>清除搜尋</translation>
        </message>
        <message>
            <source>Link: {address}</source>
            <translation>連結：{address}</translation>
        </message>
        <message>
            <source>Link: {text}, {address}</source>
            <translation>連結：{text}，{address}</translation>
        </message>
        <message>
            <source>More toolbar buttons</source>
            <translation>更多工具列按鈕</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>還有 %n 個</numerusform>
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
                <numerusform>%Ln張圖片</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>帳號</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外觀</translation>
        </message>
        <message>
            <source>Backups: {folder} (the last {count} are kept)</source>
            <translation>備份：{folder}（保留最近 {count} 份）</translation>
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
            <translation>清除圖片快取</translation>
        </message>
        <message>
            <source>Clear Image Cache…</source>
            <translation>清除圖片快取…</translation>
        </message>
        <message>
            <source>Could not change the image budget</source>
            <translation>無法變更圖片快取上限</translation>
        </message>
        <message>
            <source>Could not clear the image cache</source>
            <translation>無法清除圖片快取</translation>
        </message>
        <message>
            <source>Could not read the image cache</source>
            <translation>無法讀取圖片快取</translation>
        </message>
        <message>
            <source>Could not read the library's settings</source>
            <translation>無法讀取文章庫的設定</translation>
        </message>
        <message>
            <source>Delete every cached image from the library? Articles then show their images' descriptions until the images are downloaded again.</source>
            <translation>要從文章庫刪除所有快取的圖片嗎？之後文章會顯示圖片的說明文字，直到重新下載圖片。</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>訂閱源</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>圖片</translation>
        </message>
        <message>
            <source>Images are fetched only when you ask (Load Images, Download Images for Offline Reading) or for sources set to always load them. Opening an article never contacts a server. Tracking images are never fetched.</source>
            <translation>只有在您要求時（載入圖片、下載圖片以供離線閱讀），或對於設為一律載入圖片的來源，才會下載圖片。開啟文章絕不會連線到伺服器。用於追蹤的圖片一律不下載。</translation>
        </message>
        <message>
            <source>In use:</source>
            <translation>已使用：</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>文章庫</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>網路</translation>
        </message>
        <message>
            <source>Offline images</source>
            <translation>離線圖片</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Web Captures</source>
            <translation>網頁擷取</translation>
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
            <translation>指令</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按鍵</translation>
        </message>
        <message>
            <source>{key} or double-click in the list</source>
            <translation>{key}或在清單中按兩下</translation>
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
                <numerusform>%Ln 項變更等待傳送</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln starred</source>
            <translation>
                <numerusform>%Ln 篇已加星號</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln 篇未讀</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>所有文章</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>已封存</translation>
        </message>
        <message>
            <source>Archived: its feed or subscription went; these are the articles you starred, tagged or highlighted</source>
            <translation>已封存：其訂閱源或訂閱已不存在；這些是您加星號、加標籤或醒目標示的文章</translation>
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
            <translation>重新整理失敗：{reason}</translation>
        </message>
        <message>
            <source>Saved Searches</source>
            <translation>已儲存的搜尋</translation>
        </message>
        <message>
            <source>Search: {query}</source>
            <translation>搜尋：{query}</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>Sources that went away, kept for the articles you starred, tagged or highlighted</source>
            <translation>已不存在的來源，為您加星號、加標籤或醒目標示的文章而保留</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>已加星號</translation>
        </message>
        <message>
            <source>Starred: {count}</source>
            <translation>已加星號：{count}</translation>
        </message>
        <message>
            <source>Sync failed: {reason}</source>
            <translation>同步失敗：{reason}</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未讀</translation>
        </message>
        <message>
            <source>Unread: {count}</source>
            <translation>未讀：{count}</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>{name}: {articles}, {unread} unread</source>
            <translation>{name}：{articles}，{unread}篇未讀</translation>
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
            <translation>（無資料夾）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Delete Source</source>
            <translation>刪除來源</translation>
        </message>
        <message>
            <source>Delete the source “{title}” and its {count} articles from the library? The articles you starred, tagged or highlighted stay, under Archived.</source>
            <translation>從資料庫中刪除來源「{title}」及其 {count} 篇文章？您加星號、加標籤或醒目標示的文章會保留在「已封存」下。</translation>
        </message>
        <message>
            <source>Delete the source “{title}” and its {count} articles from the library? This cannot be undone.</source>
            <translation>要從文章庫刪除來源「{title}」及其{count}篇文章嗎？此動作無法復原。</translation>
        </message>
        <message>
            <source>Feeds, imported sources and folders; choose one to list its articles</source>
            <translation>訂閱源、匯入的來源和資料夾；選擇一個以列出其文章</translation>
        </message>
        <message>
            <source>Folder for “{title}” (pick one or type a new name):</source>
            <translation>「{title}」的資料夾（選擇一個或輸入新名稱）：</translation>
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived: {title}</source>
            <translation>
                <numerusform>已將您加星號、加標籤或醒目標示的 %Ln 篇文章保留在「已封存」下：{title}</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to Folder</source>
            <translation>移至資料夾</translation>
        </message>
        <message>
            <source>New name for the folder:</source>
            <translation>資料夾的新名稱：</translation>
        </message>
        <message>
            <source>New name for “{title}”:</source>
            <translation>「{title}」的新名稱：</translation>
        </message>
        <message>
            <source>Rename Folder</source>
            <translation>重新命名資料夾</translation>
        </message>
        <message>
            <source>Rename Source</source>
            <translation>重新命名來源</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>Unsubscribe from “{title}” on the server of {account}? Its {count} articles leave the library, except those you starred, tagged or highlighted: they stay, under Archived.</source>
            <translation>在 {account} 的伺服器上取消訂閱「{title}」？其 {count} 篇文章將離開資料庫，但您加星號、加標籤或醒目標示的文章除外：它們保留在「已封存」下。</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln 個帳號</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) sent</source>
            <translation>
                <numerusform>已傳送 %Ln 項變更</numerusform>
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
            <translation>正在同步：同步結束後請再訂閱一次。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Could not subscribe on the server</source>
            <translation>無法在伺服器上訂閱</translation>
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation>正在下載完整文章：%v / %m</translation>
        </message>
        <message>
            <source>Feed address to subscribe {account} to, on its server:</source>
            <translation>要在伺服器上為 {account} 訂閱的訂閱源位址：</translation>
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived.</source>
            <translation>
                <numerusform>已將您加星號、加標籤或醒目標示的 %Ln 篇文章保留在「已封存」下。</numerusform>
            </translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes, and you will be asked again next time. Changes made here wait for it.</source>
            <translation>此系統上沒有可用的金鑰圈（密碼儲存），因此密碼不會儲存在任何地方：僅保留到程式關閉為止，下次會再次詢問。在此所做的變更會等待它。</translation>
        </message>
        <message>
            <source>Subscribe in Account</source>
            <translation>在帳號中訂閱</translation>
        </message>
        <message>
            <source>Subscribing {account} to {url}…</source>
            <translation>正在為 {account} 訂閱 {url}…</translation>
        </message>
        <message>
            <source>Synced {accounts}: {articles}, {changes}.</source>
            <translation>已同步{accounts}：{articles}，{changes}。</translation>
        </message>
        <message>
            <source>Syncing accounts</source>
            <translation>正在同步帳戶</translation>
        </message>
        <message>
            <source>Syncing accounts: %v of %m new articles</source>
            <translation>正在同步帳號：%v / %m 篇新文章</translation>
        </message>
        <message>
            <source>The sync failed</source>
            <translation>同步失敗</translation>
        </message>
        <message>
            <source>{account} failed: {reason}</source>
            <translation>{account} 失敗：{reason}</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message numerus="yes">
            <source>Tags of the %n selected article(s), separated by commas:</source>
            <translation>
                <numerusform>所選 %n 篇文章的標籤，以逗號分隔：</numerusform>
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
            <translation>進度</translation>
        </message>
        <message>
            <source>Stop this task; what is done is kept</source>
            <translation>停止此工作；已完成的部分會保留</translation>
        </message>
    </context>
    <context>
        <name>ViewCommands</name>
        <message>
            <source>Not opened: {url} (only web and e-mail links open)</source>
            <translation>未開啟：{url}（只能開啟網頁和電子郵件連結）</translation>
        </message>
        <message>
            <source>Zoom: {percent}%</source>
            <translation>縮放：{percent}%</translation>
        </message>
    </context>
    <context>
        <name>annotations</name>
        <message>
            <source>Asked for: {url} (redirected)</source>
            <translation>請求的網址：{url}（已重新導向）</translation>
        </message>
        <message>
            <source>At: {path}</source>
            <translation>位置：{path}</translation>
        </message>
        <message>
            <source>Captured: {when}</source>
            <translation>擷取時間：{when}</translation>
        </message>
        <message>
            <source>ETag: {etag}</source>
            <translation>ETag：{etag}</translation>
        </message>
        <message>
            <source>Fetched: {when}; HTTP {status}; server date: {date}</source>
            <translation>擷取時間：{when}；HTTP {status}；伺服器日期：{date}</translation>
        </message>
        <message>
            <source>From the feed: {url}</source>
            <translation>來自訂閱源：{url}</translation>
        </message>
        <message>
            <source>From the file: {name}</source>
            <translation>來自檔案：{name}</translation>
        </message>
        <message>
            <source>From the sync account: {name} ({url})</source>
            <translation>來自同步帳號：{name}（{url}）</translation>
        </message>
        <message>
            <source>Highlights and notes</source>
            <translation>醒目標示與筆記</translation>
        </message>
        <message>
            <source>Not recorded (captured before this library kept provenance).</source>
            <translation>未記錄（擷取時本資料庫尚未保存來源證明）。</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>來源證明</translation>
        </message>
        <message>
            <source>SHA-256 of the page as received (WARC-Payload-Digest): {hash}</source>
            <translation>收到的網頁的 SHA-256（WARC-Payload-Digest）：{hash}</translation>
        </message>
        <message>
            <source>SHA-256 of the record as received: {hash}</source>
            <translation>所收到記錄的 SHA-256：{hash}</translation>
        </message>
        <message>
            <source>SHA-256: not recorded (the record's bytes could not be told apart)</source>
            <translation>SHA-256：未記錄（無法區分該記錄的位元組）</translation>
        </message>
        <message>
            <source>Server date: {date}</source>
            <translation>伺服器日期：{date}</translation>
        </message>
        <message>
            <source>Subscription: {stream}; item: {item}</source>
            <translation>訂閱：{stream}；項目：{item}</translation>
        </message>
        <message>
            <source>Text shown: the feed's own text</source>
            <translation>顯示的文字：訂閱來源本身的文字</translation>
        </message>
        <message>
            <source>Text shown: the full article from this page</source>
            <translation>顯示的文字：此網頁的全文</translation>
        </message>
        <message>
            <source>Web page: {url}</source>
            <translation>網頁：{url}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
    </context>
    <context>
        <name>message</name>
        <message>
            <source>Missing: {fonts}. Install them: {how}</source>
            <translation>缺少字型：{fonts}。安裝方法：{how}</translation>
        </message>
        <message>
            <source>No font for Chinese, Japanese or Korean text is installed</source>
            <translation>未安裝中文、日文或韓文字型</translation>
        </message>
        <message>
            <source>Something went wrong (details are in the log file)</source>
            <translation>發生錯誤（詳細資訊請見記錄檔）</translation>
        </message>
        <message>
            <source>The library cannot be opened:
{error}

Log: {log}</source>
            <translation>無法開啟文章庫：
{error}

記錄檔：{log}</translation>
        </message>
        <message>
            <source>The library is damaged; nothing more is written to it. Quit and start the program again to open a copy of the newest backup ({backup}).</source>
            <translation>文章庫已損壞，不會再寫入任何內容。請結束並重新啟動程式，以開啟最新備份（{backup}）的副本。</translation>
        </message>
        <message>
            <source>The library's background check failed</source>
            <translation>文章庫的背景檢查失敗</translation>
        </message>
        <message>
            <source>Updating the search index of your library…
This happens once after an update and can take a minute.</source>
            <translation>正在更新文章庫的搜尋索引…
每次更新程式後只需進行一次，可能需要一分鐘。</translation>
        </message>
        <message>
            <source>the site may be blocked on this network: a proxy or a mirror can help (a proxy: Tools ▸ Settings ▸ Network; a mirror: the feed's Edit Feed… dialog)</source>
            <translation>該網站可能在此網路上被封鎖：代理或鏡像可以幫忙（代理：工具 ▸ 設定 ▸ 網路；鏡像：該訂閱源的「編輯訂閱源…」對話框）</translation>
        </message>
        <message>
            <source>there is none</source>
            <translation>沒有備份</translation>
        </message>
    </context>
</TS>
