<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>About</name>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;A feed reader for journalists who read offline: a local, searchable library of saved articles, shown without scripts and without fetching anything.&lt;/p&gt;{places}&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Library: {path}&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Log: {path}&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>(the program's route)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(user@server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A FreshRSS, Miniflux, Inoreader, The Old Reader or BazQux account, through their Google Reader API. For FreshRSS, the address ends in /api/greader.php and the password is the API password of your profile. The password is kept in the system keyring only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow plain http (the password crosses the network unencrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logging in to {server}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account's own way out: a proxy address such as socks5h://127.0.0.1:9050, or direct; empty for the route set in Settings ▸ Network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) not yet sent</source>
            <translation>
                <numerusform>%Ln change not yet sent</numerusform>
                <numerusform>%Ln changes not yet sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln highlight(s)</source>
            <translation>
                <numerusform>%Ln highlight</numerusform>
                <numerusform>%Ln highlights</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln note</numerusform>
                <numerusform>%Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln source</numerusform>
                <numerusform>%Ln sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln subscription</numerusform>
                <numerusform>%Ln subscriptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tag(s)</source>
            <translation>
                <numerusform>%Ln tag</numerusform>
                <numerusform>%Ln tags</numerusform>
            </translation>
        </message>
        <message>
            <source>Account Proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts bring the subscriptions, folders and articles of an aggregator server into the library and send back what you read and star. Refresh All (F5) syncs them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not add the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not change the account's proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the account's proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not remove the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not test the account</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived.</source>
            <translation>
                <numerusform>Kept %Ln article you starred, tagged or highlighted, under Archived.</numerusform>
                <numerusform>Kept %Ln articles you starred, tagged or highlighted, under Archived.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept under Archived: {articles} you starred, tagged or highlighted, with {highlights}, {notes} and {tags}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logging in to {server}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not added: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the account “{name}”? This deletes {articles} from {sources}, and {changes} (the server never gets them). The server keeps its copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address, the user name and the password are needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The proxy of {name} (socks5h://host:port, http://host:port), direct, or empty for the route set in Settings ▸ Network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a direct connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the route set in Settings ▸ Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} added; Refresh All (F5) syncs it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} now connects through {route}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} removed with {articles}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — {user} on {server}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: logged in; {subscriptions} on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: not tested, no password given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;About Offline Reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add Feed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Saved Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit Feed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export to PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Highlight Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Load Images for This Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move to Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh All Feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename Saved Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename Tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reset Zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stacked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subscribe in Account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add or remove tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always &amp;Load Images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ar&amp;ticle Info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected articles from the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download &amp;Full Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download &amp;Images When Refreshing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download &amp;Images for Offline Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download All &amp;Images for Offline Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download the images of the selected articles into the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download the images of this source's articles into the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download the missing images of every article into the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download this article's missing images into the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport as Web Archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every &amp;15 Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every &amp;2 Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every &amp;30 Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every &amp;6 Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every &amp;Hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every key the window knows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Notes as &amp;Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch new articles from every feed, in the background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch new articles from this feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch the selected articles' web pages and keep the whole articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the next article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the previous article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight &amp;with Note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the selected text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the selected text and add a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlights and &amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;Links…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import every dump in a folder and its subfolders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import saved article dumps or feed files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this search in the sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like the &amp;System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mar&amp;k as Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;All as Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as &amp;Unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark every article in the list as read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the selected articles read or unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most Relevant &amp;First</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move in from Pocket, Instapaper, Wallabag, Omnivore, bookmarks or a URL list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Original in Browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the article's web address in the system browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the folder that holds the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening an article of this source downloads its missing images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page Down or Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;vious Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the selected articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;eload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;fresh Feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename &amp;Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ync Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;Web Page…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a web page for offline reading, with a capture of what the server sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save every subscription as OPML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the selected articles as PDF: one file, or one per article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll the article; at its end, go to the next one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results ranked by how well they match, not newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send what you read here and fetch what is new, now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;Library Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources, list and article side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Star or unstar the selected articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the running import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscribe the account to a feed on its server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscribe to a feed: paste a site or feed address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscribe to the feeds of an OPML file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article below the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The highlights and notes of the selected articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title, address, folder and password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toggle &amp;Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toggle &amp;Star</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where and when it was captured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the captures of the selected pages as a WACZ web archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <source> %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article text size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use another font for articles:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The open article; Tab moves between its links</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleImages</name>
        <message>
            <source>[image not available offline]</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleListView</name>
        <message>
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The articles of the chosen source; Return opens the original</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleTableModel</name>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the article list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not starred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starred</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message numerus="yes">
            <source>%n already in the library or not a web address</source>
            <translation>
                <numerusform>%n already in the library or not a web address</numerusform>
                <numerusform>%n already in the library or not a web address</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) had no capture to export.</source>
            <translation>
                <numerusform>%n article had no capture to export.</numerusform>
                <numerusform>%n articles had no capture to export.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) imported from the {service} export; their pages follow.</source>
            <translation>
                <numerusform>%n link imported from the {service} export; their pages follow.</numerusform>
                <numerusform>%n links imported from the {service} export; their pages follow.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not yet (the reason is shown with each)</source>
            <translation>
                <numerusform>%n not yet (the reason is shown with each)</numerusform>
                <numerusform>%n not yet (the reason is shown with each)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other file(s) dropped with the pages not imported: drop them on their own.</source>
            <translation>
                <numerusform>%n other file dropped with the pages not imported: drop them on their own.</numerusform>
                <numerusform>%n other files dropped with the pages not imported: drop them on their own.</numerusform>
            </translation>
        </message>
        <message>
            <source>Address of the page to save (kept with a capture of what the server sends):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as Web Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported the saved page {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-later exports and bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Web Page</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved pages: %n saved</source>
            <translation>
                <numerusform>Saved pages: %n saved</numerusform>
                <numerusform>Saved pages: %n saved</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving web pages: %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the saved pages to export first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The links could not be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The saved page could not be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The web archive could not be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web pages could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote the web archive {name}: %n page(s).</source>
            <translation>
                <numerusform>Wrote the web archive {name}: %n page.</numerusform>
                <numerusform>Wrote the web archive {name}: %n pages.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CapturePage</name>
        <message numerus="yes">
            <source>%n capture(s)</source>
            <translation>
                <numerusform>%n capture</numerusform>
                <numerusform>%n captures</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the web captures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every page you save, and every full article downloaded for a feed, keeps the exchange as received (request, response headers and body, and its pictures) as WARC records: the proof of what the server sent, exported with Export as Web Archive and checked by verify.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In use:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Raw Captures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep raw captures of web pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages saved from now on will keep their text, pictures and hashes, but not what the server sent: they cannot be exported as a web archive or checked record by record with verify. The captures already made are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop Keeping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{captures}, {size} MB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContentsBox</name>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full path on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include my highlights and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include provenance (where each article came from)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source file in the provenance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source file name only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <source>Nothing will be written to it, and there is no backup of it. You can start a new library; the damaged file stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing will be written to it. You can open a copy of the newest backup ({date}), or start a new library; the damaged file stays as it is either way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a New Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library {file} is damaged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln page(s)</source>
            <translation>
                <numerusform>%Ln page</numerusform>
                <numerusform>%Ln pages</numerusform>
            </translation>
        </message>
        <message>
            <source>An export is already running; wait for it or cancel it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {articles} ({pages}) to {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finishing the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed {articles} ({pages})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} articles.pdf</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export One PDF per Article into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files are named from date and title, e.g. "2023-07-18 Title.pdf"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images come from the library's cache; nothing is downloaded. The export runs in the background and can be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One PDF per article, in a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One PDF with all {count} articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One PDF with the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print {count} Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedAdder</name>
        <message>
            <source>Could not add the feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not add the feed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for the feed at {url}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedDialog</name>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Download full articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep articles:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mirrors:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(only for private feeds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the feed's own title)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the program's route)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unchanged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A subscription of the account {account}: a new title or folder is changed on its server too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A web page address works too: the feed it links to is found. Passwords go to the system keyring, never into the library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles older than this are deleted after a refresh; starred ones always stay. Articles that leave the feed stay either way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything (an offline archive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For feeds that send only a summary: each new item's web page is fetched when refreshing and the whole article is kept for reading offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for the feed at {url}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One address per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other addresses of the same feed, tried in order when its address is blocked or unreachable; the one that worked is tried first next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;roxy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This feed's own way out: a proxy address such as socks5h://127.0.0.1:9050, or direct; empty for the route set in Settings ▸ Network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://example.org/ or its feed address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedDialogs</name>
        <message>
            <source>All files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export OPML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import OPML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OPML files</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedsController</name>
        <message numerus="yes">
            <source>%Ln feed(s)</source>
            <translation>
                <numerusform>%Ln feed</numerusform>
                <numerusform>%Ln feeds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new article(s)</source>
            <translation>
                <numerusform>%Ln new article</numerusform>
                <numerusform>%Ln new articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not change the feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not export the feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not import the OPML file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading images: %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %Ln feed(s) to {path}.</source>
            <translation>
                <numerusform>Exported %Ln feed to {path}.</numerusform>
                <numerusform>Exported %Ln feeds to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Full articles: {done} downloaded, {failed} not available, {later} left for later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images: {cached} cached, {skipped} skipped, {failed} failed, {pending} left for later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes, and you will be asked again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No keyring is usable on this system: the password for {title} is kept only until the program closes and is not stored anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OPML: {added} feeds added, {existing} already subscribed, {skipped} skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh (F5) to fetch their articles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refreshed {feeds}: {articles}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refreshing feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refreshing feeds: %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network cannot be reached: the summaries are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The refresh failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{address} answered over http only (https did not: {reason}); the feed comes unencrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{address} answered over https.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{failed} failed (see the sources marked ⚠).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{feed}: %n article(s) already in the library under another source (select the feed to see them).</source>
            <translation>
                <numerusform>{feed}: %n article already in the library under another source (select the feed to see them).</numerusform>
                <numerusform>{feed}: %n articles already in the library under another source (select the feed to see them).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedsPage</name>
        <message>
            <source>Refresh automatically:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FullTextBar</name>
        <message>
            <source>Download Full Articles for This Feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From now on, this feed's refreshes also fetch each article's web page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full article, downloaded from its page {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the Feed's Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the Full Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch between the full article, from its web page, and the feed's summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The feed's summary is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The feed's summary; the full article is not available: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This feed sends short summaries (about {words} words an item). Download the full articles to read them offline?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FullTextController</name>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading full articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full articles are being downloaded; wait or cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full articles could not be downloaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full articles: nothing to download (already there, or no page).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImagesBar</name>
        <message>
            <source>1 image of this article is not in the library; nothing was fetched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} images of this article are not in the library; nothing was fetched.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImagesController</name>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images could not be downloaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images: %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images: cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images: nothing left to download.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images: {parts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network cannot be reached; images were left for later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} cached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} left for later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} skipped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message numerus="yes">
            <source>%Ln duplicate(s) skipped</source>
            <translation>
                <numerusform>%Ln duplicate skipped</numerusform>
                <numerusform>%Ln duplicates skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) failed</source>
            <translation>
                <numerusform>%Ln file failed</numerusform>
                <numerusform>%Ln files failed</numerusform>
            </translation>
        </message>
        <message>
            <source>(see the Import Report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An import is already running; wait for it or cancel it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article dumps and feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a Folder of Dumps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %Ln article(s)</source>
            <translation>
                <numerusform>Imported %Ln article</numerusform>
                <numerusform>Imported %Ln articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the files of the last import that failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message numerus="yes">
            <source>%n file(s) could not be imported:</source>
            <translation>
                <numerusform>%n file could not be imported:</numerusform>
                <numerusform>%n files could not be imported:</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Copy List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every file was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InfoPanel</name>
        <message>
            <source>Article Info</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeepingStatusBar</name>
        <message>
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last messages of the status bar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Automatic (the system's language)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Could not change the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete the articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not mark the articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not mark the articles read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not move the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not move the subscription on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the article list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not rename the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not rename the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not rename the subscription on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not unsubscribe on the server</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Copying the library to {folder}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not move the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library Moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Library To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Library copies the library to another folder and checks the copy. Offline Reader uses it from its next start; the old file stays where it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in File Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library was copied to {new} and checked. Restart Offline Reader to use it. The old file, {old}, is left in place: delete it once you have seen your articles in the new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library was not moved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a feed… (Ctrl+Shift+A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the address and paste it into a browser, or set a default browser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this article from the library? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {count} articles from the library? This cannot be undone (importing their files again brings them back).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee&amp;ds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import saved articles… (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most relevant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most relevant: the results with the words in their title first, then the rest, newest first in each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No article matches the search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No articles here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No web browser could be opened for {url}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a date the search can read: {terms}. Dates are written 2024-05-01, 2024-05, today, yesterday, 7d, 2w or 3m (days, weeks, months back).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the sample article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order of the search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh A&amp;utomatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search articles (/ or Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an article to read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library is empty. Drop saved article dumps (.txt) or folders of them on this window, import them, or subscribe to a feed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This feed could not be read: {error}. Its articles will appear here once a refresh works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words must all match; "a phrase"; -word excludes; OR widens. Accents and case do not matter; Chinese, Japanese and Korean need no spaces, and Simplified and Traditional characters find each other.
title:word  source:name  tag:name  author:name  is:unread  is:starred  after:2024-05-01  before:2024-06  after:yesterday  after:7d  before:2w
Down or Return: to the results; Escape: clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library is {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>&amp;Manual proxy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No proxy (connect directly)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;System proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(if the proxy asks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(kept in the system keyring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>.onion addresses go only through Tor, never directly: where Tor listens (empty: port 9050, then 9150, the Tor Browser's).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot test: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not keep the network settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reach {address} ({route}): {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the network settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not test the route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never connect &amp;directly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reached {address} through {route}: answer {detail} bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test fetches the address through the route shown above and says what happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing {address}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The proxy the system names: http_proxy, https_proxy, all_proxy and no_proxy, or the Windows and macOS settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the proxy is down, every request fails with a message naming it; nothing goes around it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a direct connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give the proxy's host name or address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Colour:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yellow</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>(not found in the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the note and colour of the chosen highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the chosen highlight and its note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlights and Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlights and notes of the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select text in the article, then press h (Article ▸ Highlight Selection).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password for “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The feed “{title}” needs a user name and password.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfExport</name>
        <message numerus="yes">
            <source>%n articles</source>
            <comment>PDF title</comment>
            <translation>
                <numerusform>%n articles</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>articles given by id need the library's path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot create the folder {folder}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write in {folder}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write the PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>say where to write: a PDF file or a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown page size: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder, not a file name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickFeedDialog</name>
        <message>
            <source>Choose a Feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feeds found on the page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page links to several feeds. Subscribe to:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProxyStatus</name>
        <message>
            <source>.onion addresses go only through Tor. Settings ▸ Network changes the route.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never connect directly: no proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxy: {proxy}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxy: {proxy} (system)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never direct</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResearchController</name>
        <message numerus="yes">
            <source>%n highlight(s) written to {path}</source>
            <translation>
                <numerusform>%n highlight written to {path}</numerusform>
                <numerusform>%n highlights written to {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not change the tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete the highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete the saved search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete the tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not export the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not rename the saved search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not rename the tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Notes as Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provenance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Saved Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select some text of the article first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a search first, then save it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResearchPanels</name>
        <message>
            <source>Close the panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detach the panel from the window, or put it back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScreenReader</name>
        <message numerus="yes">
            <source>%n highlight(s): </source>
            <translation>
                <numerusform>%n highlight: </numerusform>
                <numerusform>%n highlights: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s): </source>
            <translation>
                <numerusform>%n link: </numerusform>
                <numerusform>%n links: </numerusform>
            </translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link: {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link: {text}, {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More toolbar buttons</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>{text} ({address})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> MB</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln image(s)</source>
            <translation>
                <numerusform>%Ln image</numerusform>
                <numerusform>%Ln images</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups: {folder} (the last {count} are kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear Image Cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear Image Cache…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not change the image budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not clear the image cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the image cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the library's settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete every cached image from the library? Articles then show their images' descriptions until the images are downloaded again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images are fetched only when you ask (Load Images, Download Images for Offline Reading) or for sources set to always load them. Opening an article never contacts a server. Tracking images are never fetched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In use:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web Captures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{images}, {used} MB of {budget} MB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} or double-click in the list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourceTreeModel</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln change waiting to be sent</numerusform>
                <numerusform>%Ln changes waiting to be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln starred</source>
            <translation>
                <numerusform>%Ln starred</numerusform>
                <numerusform>%Ln starred</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln unread</numerusform>
                <numerusform>%Ln unread</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived: its feed or subscription went; these are the articles you starred, tagged or highlighted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved Searches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search: {query}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources that went away, kept for the articles you starred, tagged or highlighted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starred: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unread: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {articles}, {unread} unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {user} on {server}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourceTreeView</name>
        <message>
            <source>(No folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the source “{title}” and its {count} articles from the library? The articles you starred, tagged or highlighted stay, under Archived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the source “{title}” and its {count} articles from the library? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feeds, imported sources and folders; choose one to list its articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for “{title}” (pick one or type a new name):</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived: {title}</source>
            <translation>
                <numerusform>Kept %Ln article you starred, tagged or highlighted, under Archived: {title}</numerusform>
                <numerusform>Kept %Ln articles you starred, tagged or highlighted, under Archived: {title}</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name for the folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name for “{title}”:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribe from “{title}” on the server of {account}? Its {count} articles leave the library, except those you starred, tagged or highlighted: they stay, under Archived.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln account</numerusform>
                <numerusform>%Ln accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) sent</source>
            <translation>
                <numerusform>%Ln change sent</numerusform>
                <numerusform>%Ln changes sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new article(s)</source>
            <translation>
                <numerusform>%Ln new article</numerusform>
                <numerusform>%Ln new articles</numerusform>
            </translation>
        </message>
        <message>
            <source>A sync is running: subscribe again when it has ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not subscribe on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed address to subscribe {account} to, on its server:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived.</source>
            <translation>
                <numerusform>Kept %Ln article you starred, tagged or highlighted, under Archived.</numerusform>
                <numerusform>Kept %Ln articles you starred, tagged or highlighted, under Archived.</numerusform>
            </translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes, and you will be asked again next time. Changes made here wait for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscribe in Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscribing {account} to {url}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced {accounts}: {articles}, {changes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing accounts: %v of %m new articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{account} failed: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Tags of the %n selected article(s), separated by commas:</source>
            <translation>
                <numerusform>Tags of the %n selected article, separated by commas:</numerusform>
                <numerusform>Tags of the %n selected articles, separated by commas:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop this task; what is done is kept</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ViewCommands</name>
        <message>
            <source>Not opened: {url} (only web and e-mail links open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom: {percent}%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>annotations</name>
        <message>
            <source>Asked for: {url} (redirected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Captured: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ETag: {etag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetched: {when}; HTTP {status}; server date: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the feed: {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the file: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the sync account: {name} ({url})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlights and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded (captured before this library kept provenance).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provenance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256 of the page as received (WARC-Payload-Digest): {hash}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256 of the record as received: {hash}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256: not recorded (the record's bytes could not be told apart)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server date: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscription: {stream}; item: {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text shown: the feed's own text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text shown: the full article from this page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page: {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>message</name>
        <message>
            <source>Missing: {fonts}. Install them: {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No font for Chinese, Japanese or Korean text is installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong (details are in the log file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library cannot be opened:
{error}

Log: {log}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library is damaged; nothing more is written to it. Quit and start the program again to open a copy of the newest backup ({backup}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library's background check failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating the search index of your library…
This happens once after an update and can take a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the site may be blocked on this network: a proxy or a mirror can help (a proxy: Tools ▸ Settings ▸ Network; a mirror: the feed's Edit Feed… dialog)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is none</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
