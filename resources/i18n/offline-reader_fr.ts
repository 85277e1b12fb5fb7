<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>About</name>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;A feed reader for journalists who read offline: a local, searchable library of saved articles, shown without scripts and without fetching anything.&lt;/p&gt;{places}&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Un lecteur de flux pour les journalistes qui lisent hors ligne : une bibliothèque locale d’articles enregistrés, où l’on peut chercher, affichés sans scripts et sans rien télécharger.&lt;/p&gt;{places}&lt;p&gt;Licence : GNU GPL version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Library: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Bibliothèque : {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Log: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Journal : {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>À propos de {name}</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>(the program's route)</source>
            <translation>(la route du programme)</translation>
        </message>
        <message>
            <source>(user@server)</source>
            <translation>(utilisateur@serveur)</translation>
        </message>
        <message>
            <source>A FreshRSS, Miniflux, Inoreader, The Old Reader or BazQux account, through their Google Reader API. For FreshRSS, the address ends in /api/greader.php and the password is the API password of your profile. The password is kept in the system keyring only.</source>
            <translation>Un compte FreshRSS, Miniflux, Inoreader, The Old Reader ou BazQux, par leur API Google Reader. Pour FreshRSS, l’adresse se termine par /api/greader.php et le mot de passe est le mot de passe API de votre profil. Le mot de passe est gardé uniquement dans le trousseau du système.</translation>
        </message>
        <message>
            <source>Add Account</source>
            <translation>Ajouter un compte</translation>
        </message>
        <message>
            <source>Allow plain http (the password crosses the network unencrypted)</source>
            <translation>Autoriser http en clair (le mot de passe traverse le réseau sans chiffrement)</translation>
        </message>
        <message>
            <source>Logging in to {server}…</source>
            <translation>Connexion à {server}…</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Proxy:</source>
            <translation>Proxy :</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Adresse du serveur :</translation>
        </message>
        <message>
            <source>This account's own way out: a proxy address such as socks5h://127.0.0.1:9050, or direct; empty for the route set in Settings ▸ Network.</source>
            <translation>La sortie propre à ce compte : une adresse de proxy comme socks5h://127.0.0.1:9050, ou direct ; vide pour la route choisie dans Réglages ▸ Réseau.</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Nom d’utilisateur :</translation>
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
                <numerusform>%Ln changement pas encore envoyé</numerusform>
                <numerusform>%Ln changements pas encore envoyés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln highlight(s)</source>
            <translation>
                <numerusform>%Ln surlignage</numerusform>
                <numerusform>%Ln surlignages</numerusform>
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
                <numerusform>%Ln abonnement</numerusform>
                <numerusform>%Ln abonnements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tag(s)</source>
            <translation>
                <numerusform>%Ln étiquette</numerusform>
                <numerusform>%Ln étiquettes</numerusform>
            </translation>
        </message>
        <message>
            <source>Account Proxy</source>
            <translation>Proxy du compte</translation>
        </message>
        <message>
            <source>Accounts bring the subscriptions, folders and articles of an aggregator server into the library and send back what you read and star. Refresh All (F5) syncs them.</source>
            <translation>Les comptes apportent dans la bibliothèque les abonnements, dossiers et articles d’un serveur agrégateur et lui renvoient ce que vous lisez et marquez d’une étoile. Tout actualiser (F5) les synchronise.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Could not add the account</source>
            <translation>Impossible d’ajouter le compte</translation>
        </message>
        <message>
            <source>Could not change the account's proxy</source>
            <translation>Impossible de changer le proxy du compte</translation>
        </message>
        <message>
            <source>Could not read the account</source>
            <translation>Impossible de lire le compte</translation>
        </message>
        <message>
            <source>Could not read the account's proxy</source>
            <translation>Impossible de lire le proxy du compte</translation>
        </message>
        <message>
            <source>Could not read the accounts</source>
            <translation>Impossible de lire les comptes</translation>
        </message>
        <message>
            <source>Could not remove the account</source>
            <translation>Impossible de supprimer le compte</translation>
        </message>
        <message>
            <source>Could not test the account</source>
            <translation>Impossible de tester le compte</translation>
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived.</source>
            <translation>
                <numerusform>%Ln article que vous avez marqué d’une étoile, étiqueté ou surligné est gardé dans Archivés.</numerusform>
                <numerusform>%Ln articles que vous avez marqués d’une étoile, étiquetés ou surlignés sont gardés dans Archivés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept under Archived: {articles} you starred, tagged or highlighted, with {highlights}, {notes} and {tags}.</source>
            <translation>Gardés dans Archivés : {articles} que vous avez marqués d’une étoile, étiquetés ou surlignés, avec {highlights}, {notes} et {tags}.</translation>
        </message>
        <message>
            <source>Logging in to {server}…</source>
            <translation>Connexion à {server}…</translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes.</source>
            <translation>Aucun trousseau (gestionnaire de mots de passe) n’est utilisable sur ce système : le mot de passe n’est enregistré nulle part, il est gardé seulement jusqu’à la fermeture du programme.</translation>
        </message>
        <message>
            <source>Not added: {reason}</source>
            <translation>Non ajouté : {reason}</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Non modifié : {reason}</translation>
        </message>
        <message>
            <source>Proxy…</source>
            <translation>Proxy…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove Account</source>
            <translation>Supprimer le compte</translation>
        </message>
        <message>
            <source>Remove the account “{name}”? This deletes {articles} from {sources}, and {changes} (the server never gets them). The server keeps its copy.</source>
            <translation>Supprimer le compte « {name} » ? Cela supprime {articles} de {sources}, et {changes} (le serveur ne les recevra jamais). Le serveur garde sa copie.</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Tester</translation>
        </message>
        <message>
            <source>Testing {name}…</source>
            <translation>Test de {name}…</translation>
        </message>
        <message>
            <source>The address, the user name and the password are needed.</source>
            <translation>L’adresse, le nom d’utilisateur et le mot de passe sont nécessaires.</translation>
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation>Le mot de passe n’est pas enregistré : {why}</translation>
        </message>
        <message>
            <source>The proxy of {name} (socks5h://host:port, http://host:port), direct, or empty for the route set in Settings ▸ Network:</source>
            <translation>Le proxy de {name} (socks5h://hôte:port, http://hôte:port), direct, ou vide pour la route choisie dans Réglages ▸ Réseau :</translation>
        </message>
        <message>
            <source>a direct connection</source>
            <translation>une connexion directe</translation>
        </message>
        <message>
            <source>the route set in Settings ▸ Network</source>
            <translation>la route choisie dans Réglages ▸ Réseau</translation>
        </message>
        <message>
            <source>{name} added; Refresh All (F5) syncs it.</source>
            <translation>{name} ajouté ; Tout actualiser (F5) le synchronise.</translation>
        </message>
        <message>
            <source>{name} now connects through {route}.</source>
            <translation>{name} se connecte désormais par {route}.</translation>
        </message>
        <message>
            <source>{name} removed with {articles}.</source>
            <translation>{name} supprimé avec {articles}.</translation>
        </message>
        <message>
            <source>{name} — {user} on {server}</source>
            <translation>{name} — {user} sur {server}</translation>
        </message>
        <message>
            <source>{name}: logged in; {subscriptions} on the server.</source>
            <translation>{name} : connecté ; {subscriptions} sur le serveur.</translation>
        </message>
        <message>
            <source>{name}: not tested, no password given.</source>
            <translation>{name} : non testé, aucun mot de passe donné.</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <translation>{name} : {reason}</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;About Offline Reader</source>
            <translation>À &amp;propos d’Offline Reader</translation>
        </message>
        <message>
            <source>&amp;Add Feed…</source>
            <translation>&amp;Ajouter un flux…</translation>
        </message>
        <message>
            <source>&amp;Cancel Import</source>
            <translation>&amp;Annuler l’importation</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>S&amp;ombre</translation>
        </message>
        <message>
            <source>&amp;Delete Articles</source>
            <translation>Supprimer les &amp;articles</translation>
        </message>
        <message>
            <source>&amp;Delete Saved Search</source>
            <translation>&amp;Supprimer la recherche enregistrée</translation>
        </message>
        <message>
            <source>&amp;Delete Source…</source>
            <translation>&amp;Supprimer la source…</translation>
        </message>
        <message>
            <source>&amp;Delete Tag</source>
            <translation>&amp;Supprimer l’étiquette</translation>
        </message>
        <message>
            <source>&amp;Edit Feed…</source>
            <translation>&amp;Modifier le flux…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Exporter en OPML…</translation>
        </message>
        <message>
            <source>&amp;Export to PDF…</source>
            <translation>&amp;Exporter en PDF…</translation>
        </message>
        <message>
            <source>&amp;Highlight Selection</source>
            <translation>Surli&amp;gner la sélection</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>&amp;Importer des fichiers…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Load Images for This Article</source>
            <translation>&amp;Charger les images de cet article</translation>
        </message>
        <message>
            <source>&amp;Move to Folder…</source>
            <translation>&amp;Déplacer vers un dossier…</translation>
        </message>
        <message>
            <source>&amp;Next Article</source>
            <translation>Article &amp;suivant</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>&amp;Désactivée</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Refresh All Feeds</source>
            <translation>Actualiser &amp;tous les flux</translation>
        </message>
        <message>
            <source>&amp;Rename Saved Search…</source>
            <translation>&amp;Renommer la recherche enregistrée…</translation>
        </message>
        <message>
            <source>&amp;Rename Tag…</source>
            <translation>&amp;Renommer l’étiquette…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <source>&amp;Reset Zoom</source>
            <translation>Tai&amp;lle normale</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Stacked</source>
            <translation>&amp;Superposée</translation>
        </message>
        <message>
            <source>&amp;Subscribe in Account…</source>
            <translation>&amp;S’abonner dans le compte…</translation>
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation>Étiq&amp;uettes…</translation>
        </message>
        <message>
            <source>&amp;Wide</source>
            <translation>&amp;Côte à côte</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Add or remove tags</source>
            <translation>Ajouter ou retirer des étiquettes</translation>
        </message>
        <message>
            <source>Always &amp;Load Images</source>
            <translation>Toujours &amp;charger les images</translation>
        </message>
        <message>
            <source>Ar&amp;ticle Info</source>
            <translation>&amp;Infos sur l’article</translation>
        </message>
        <message>
            <source>Delete the selected articles from the library</source>
            <translation>Supprimer de la bibliothèque les articles sélectionnés</translation>
        </message>
        <message>
            <source>Download &amp;Full Article</source>
            <translation>Téléc&amp;harger l’article complet</translation>
        </message>
        <message>
            <source>Download &amp;Images When Refreshing</source>
            <translation>Télécharger les &amp;images à l’actualisation</translation>
        </message>
        <message>
            <source>Download &amp;Images for Offline Reading</source>
            <translation>Télécharger les images pour la lecture hors li&amp;gne</translation>
        </message>
        <message>
            <source>Download All &amp;Images for Offline Reading</source>
            <translation>Télécharger toutes les &amp;images pour la lecture hors ligne</translation>
        </message>
        <message>
            <source>Download the images of the selected articles into the library</source>
            <translation>Télécharger dans la bibliothèque les images des articles sélectionnés</translation>
        </message>
        <message>
            <source>Download the images of this source's articles into the library</source>
            <translation>Télécharger dans la bibliothèque les images des articles de cette source</translation>
        </message>
        <message>
            <source>Download the missing images of every article into the library</source>
            <translation>Télécharger dans la bibliothèque les images manquantes de tous les articles</translation>
        </message>
        <message>
            <source>Download this article's missing images into the library</source>
            <translation>Télécharger dans la bibliothèque les images manquantes de cet article</translation>
        </message>
        <message>
            <source>E&amp;xport as Web Archive…</source>
            <translation>E&amp;xporter comme archive web…</translation>
        </message>
        <message>
            <source>Every &amp;15 Minutes</source>
            <translation>Toutes les &amp;15 minutes</translation>
        </message>
        <message>
            <source>Every &amp;2 Hours</source>
            <translation>Toutes les &amp;2 heures</translation>
        </message>
        <message>
            <source>Every &amp;30 Minutes</source>
            <translation>Toutes les &amp;30 minutes</translation>
        </message>
        <message>
            <source>Every &amp;6 Hours</source>
            <translation>Toutes les &amp;6 heures</translation>
        </message>
        <message>
            <source>Every &amp;Hour</source>
            <translation>Toutes les &amp;heures</translation>
        </message>
        <message>
            <source>Every key the window knows</source>
            <translation>Toutes les touches de la fenêtre</translation>
        </message>
        <message>
            <source>Export Notes as &amp;Markdown…</source>
            <translation>Exporter les notes en &amp;Markdown…</translation>
        </message>
        <message>
            <source>Fetch new articles from every feed, in the background</source>
            <translation>Récupérer les nouveaux articles de tous les flux, en arrière-plan</translation>
        </message>
        <message>
            <source>Fetch new articles from this feed</source>
            <translation>Récupérer les nouveaux articles de ce flux</translation>
        </message>
        <message>
            <source>Fetch the selected articles' web pages and keep the whole articles</source>
            <translation>Récupérer les pages web des articles sélectionnés et garder les articles entiers</translation>
        </message>
        <message>
            <source>Go to the next article</source>
            <translation>Aller à l’article suivant</translation>
        </message>
        <message>
            <source>Go to the previous article</source>
            <translation>Aller à l’article précédent</translation>
        </message>
        <message>
            <source>Highlight &amp;with Note…</source>
            <translation>Surligner a&amp;vec une note…</translation>
        </message>
        <message>
            <source>Highlight the selected text</source>
            <translation>Surligner le texte sélectionné</translation>
        </message>
        <message>
            <source>Highlight the selected text and add a note</source>
            <translation>Surligner le texte sélectionné et ajouter une note</translation>
        </message>
        <message>
            <source>Highlights and &amp;Notes</source>
            <translation>Surlignages et &amp;notes</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>Importer un &amp;dossier…</translation>
        </message>
        <message>
            <source>Import &amp;Links…</source>
            <translation>Importer des &amp;liens…</translation>
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation>Importer un fichier &amp;OPML…</translation>
        </message>
        <message>
            <source>Import every dump in a folder and its subfolders</source>
            <translation>Importer toutes les sauvegardes d’un dossier et de ses sous-dossiers</translation>
        </message>
        <message>
            <source>Import saved article dumps or feed files</source>
            <translation>Importer des sauvegardes d’articles ou des fichiers de flux</translation>
        </message>
        <message>
            <source>Keep this search in the sources</source>
            <translation>Garder cette recherche dans les sources</translation>
        </message>
        <message>
            <source>Like the &amp;System</source>
            <translation>Comme le &amp;système</translation>
        </message>
        <message>
            <source>Mar&amp;k as Read</source>
            <translation>Ma&amp;rquer comme lu</translation>
        </message>
        <message>
            <source>Mark &amp;All as Read</source>
            <translation>&amp;Tout marquer comme lu</translation>
        </message>
        <message>
            <source>Mark as &amp;Unread</source>
            <translation>Marquer comme &amp;non lu</translation>
        </message>
        <message>
            <source>Mark every article in the list as read</source>
            <translation>Marquer comme lus tous les articles de la liste</translation>
        </message>
        <message>
            <source>Mark the selected articles read or unread</source>
            <translation>Marquer les articles sélectionnés comme lus ou non lus</translation>
        </message>
        <message>
            <source>Most Relevant &amp;First</source>
            <translation>Les plus per&amp;tinents d’abord</translation>
        </message>
        <message>
            <source>Move in from Pocket, Instapaper, Wallabag, Omnivore, bookmarks or a URL list</source>
            <translation>Venir de Pocket, Instapaper, Wallabag, Omnivore, de signets ou d’une liste d’adresses</translation>
        </message>
        <message>
            <source>Open &amp;Original in Browser</source>
            <translation>Ouvrir l’&amp;original dans le navigateur</translation>
        </message>
        <message>
            <source>Open the article's web address in the system browser</source>
            <translation>Ouvrir l’adresse web de l’article dans le navigateur du système</translation>
        </message>
        <message>
            <source>Open the folder that holds the library</source>
            <translation>Ouvrir le dossier qui contient la bibliothèque</translation>
        </message>
        <message>
            <source>Opening an article of this source downloads its missing images</source>
            <translation>Ouvrir un article de cette source télécharge ses images manquantes</translation>
        </message>
        <message>
            <source>Page Down or Next</source>
            <translation>Page suivante ou article suivant</translation>
        </message>
        <message>
            <source>Pre&amp;vious Article</source>
            <translation>Article &amp;précédent</translation>
        </message>
        <message>
            <source>Print the selected articles</source>
            <translation>Imprimer les articles sélectionnés</translation>
        </message>
        <message>
            <source>R&amp;eload</source>
            <translation>Re&amp;charger</translation>
        </message>
        <message>
            <source>Re&amp;fresh Feed</source>
            <translation>Actualiser le &amp;flux</translation>
        </message>
        <message>
            <source>Rename &amp;Folder…</source>
            <translation>Renommer le &amp;dossier…</translation>
        </message>
        <message>
            <source>S&amp;ync Accounts</source>
            <translation>S&amp;ynchroniser les comptes</translation>
        </message>
        <message>
            <source>Sa&amp;ve Search…</source>
            <translation>&amp;Enregistrer la recherche…</translation>
        </message>
        <message>
            <source>Save &amp;Web Page…</source>
            <translation>Enregistrer une page &amp;web…</translation>
        </message>
        <message>
            <source>Save a web page for offline reading, with a capture of what the server sent</source>
            <translation>Enregistrer une page web pour la lire hors ligne, avec une capture de ce que le serveur a envoyé</translation>
        </message>
        <message>
            <source>Save every subscription as OPML</source>
            <translation>Enregistrer tous les abonnements en OPML</translation>
        </message>
        <message>
            <source>Save the selected articles as PDF: one file, or one per article</source>
            <translation>Enregistrer les articles sélectionnés en PDF : un seul fichier, ou un par article</translation>
        </message>
        <message>
            <source>Scroll the article; at its end, go to the next one</source>
            <translation>Faire défiler l’article ; à la fin, passer au suivant</translation>
        </message>
        <message>
            <source>Search results ranked by how well they match, not newest first</source>
            <translation>Résultats de la recherche classés selon leur pertinence, et non les plus récents d’abord</translation>
        </message>
        <message>
            <source>Send what you read here and fetch what is new, now</source>
            <translation>Envoyer maintenant ce que vous avez lu ici et récupérer ce qui est nouveau</translation>
        </message>
        <message>
            <source>Show &amp;Library Folder</source>
            <translation>Afficher le dossier de la &amp;bibliothèque</translation>
        </message>
        <message>
            <source>Sources, list and article side by side</source>
            <translation>Sources, liste et article côte à côte</translation>
        </message>
        <message>
            <source>Star or unstar the selected articles</source>
            <translation>Ajouter les articles sélectionnés aux favoris, ou les en retirer</translation>
        </message>
        <message>
            <source>Stop the running import</source>
            <translation>Arrêter l’importation en cours</translation>
        </message>
        <message>
            <source>Subscribe the account to a feed on its server</source>
            <translation>Abonner le compte à un flux sur son serveur</translation>
        </message>
        <message>
            <source>Subscribe to a feed: paste a site or feed address</source>
            <translation>S’abonner à un flux : collez l’adresse d’un site ou d’un flux</translation>
        </message>
        <message>
            <source>Subscribe to the feeds of an OPML file</source>
            <translation>S’abonner aux flux d’un fichier OPML</translation>
        </message>
        <message>
            <source>The article below the list</source>
            <translation>L’article sous la liste</translation>
        </message>
        <message>
            <source>The highlights and notes of the selected articles</source>
            <translation>Les surlignages et notes des articles sélectionnés</translation>
        </message>
        <message>
            <source>Title, address, folder and password</source>
            <translation>Titre, adresse, dossier et mot de passe</translation>
        </message>
        <message>
            <source>Toggle &amp;Read</source>
            <translation>&amp;Lu/non lu</translation>
        </message>
        <message>
            <source>Toggle &amp;Star</source>
            <translation>&amp;Favori/non favori</translation>
        </message>
        <message>
            <source>Where and when it was captured</source>
            <translation>Où et quand il a été recueilli</translation>
        </message>
        <message>
            <source>Write the captures of the selected pages as a WACZ web archive</source>
            <translation>Écrire les captures des pages choisies dans une archive web WACZ</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>&amp;Zoom arrière</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Article text size:</source>
            <translation>Taille du texte des articles :</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>Thème :</translation>
        </message>
        <message>
            <source>Use another font for articles:</source>
            <translation>Autre police pour les articles :</translation>
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>The open article; Tab moves between its links</source>
            <translation>L’article ouvert ; Tab passe d’un lien à l’autre</translation>
        </message>
    </context>
    <context>
        <name>ArticleImages</name>
        <message>
            <source>[image not available offline]</source>
            <translation>[image non disponible hors ligne]</translation>
        </message>
    </context>
    <context>
        <name>ArticleListView</name>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>The articles of the chosen source; Return opens the original</source>
            <translation>Les articles de la source choisie ; Entrée ouvre l’original</translation>
        </message>
    </context>
    <context>
        <name>ArticleTableModel</name>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Could not read the article list</source>
            <translation>Impossible de lire la liste des articles</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Not starred</source>
            <translation>Pas en favori</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Favori</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Non lu</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>favori</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message numerus="yes">
            <source>%n already in the library or not a web address</source>
            <translation>
                <numerusform>%n déjà dans la bibliothèque ou sans adresse web</numerusform>
                <numerusform>%n déjà dans la bibliothèque ou sans adresse web</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) had no capture to export.</source>
            <translation>
                <numerusform>%n article n’avait pas de capture à exporter.</numerusform>
                <numerusform>%n articles n’avaient pas de capture à exporter.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) imported from the {service} export; their pages follow.</source>
            <translation>
                <numerusform>%n lien importé de l’export {service} ; sa page suit.</numerusform>
                <numerusform>%n liens importés de l’export {service} ; leurs pages suivent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not yet (the reason is shown with each)</source>
            <translation>
                <numerusform>%n pas encore (la raison est indiquée avec chacune)</numerusform>
                <numerusform>%n pas encore (la raison est indiquée avec chacune)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other file(s) dropped with the pages not imported: drop them on their own.</source>
            <translation>
                <numerusform>%n autre fichier déposé avec les pages n’a pas été importé : déposez-le seul.</numerusform>
                <numerusform>%n autres fichiers déposés avec les pages n’ont pas été importés : déposez-les seuls.</numerusform>
            </translation>
        </message>
        <message>
            <source>Address of the page to save (kept with a capture of what the server sends):</source>
            <translation>Adresse de la page à enregistrer (gardée avec une capture de ce que le serveur envoie) :</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>Export as Web Archive</source>
            <translation>Exporter comme archive web</translation>
        </message>
        <message>
            <source>Import Links</source>
            <translation>Importer des liens</translation>
        </message>
        <message>
            <source>Imported the saved page {name}.</source>
            <translation>Page enregistrée {name} importée.</translation>
        </message>
        <message>
            <source>Read-later exports and bookmarks</source>
            <translation>Exports de services de lecture différée et signets</translation>
        </message>
        <message>
            <source>Save Web Page</source>
            <translation>Enregistrer une page web</translation>
        </message>
        <message numerus="yes">
            <source>Saved pages: %n saved</source>
            <translation>
                <numerusform>Pages enregistrées : %n enregistrée</numerusform>
                <numerusform>Pages enregistrées : %n enregistrées</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving web pages: %v of %m</source>
            <translation>Enregistrement des pages web : %v sur %m</translation>
        </message>
        <message>
            <source>Select the saved pages to export first.</source>
            <translation>Choisissez d’abord les pages enregistrées à exporter.</translation>
        </message>
        <message>
            <source>The links could not be imported</source>
            <translation>Les liens n’ont pas pu être importés</translation>
        </message>
        <message>
            <source>The saved page could not be imported</source>
            <translation>La page enregistrée n’a pas pu être importée</translation>
        </message>
        <message>
            <source>The web archive could not be written</source>
            <translation>L’archive web n’a pas pu être écrite</translation>
        </message>
        <message>
            <source>Web pages could not be saved</source>
            <translation>Les pages web n’ont pas pu être enregistrées</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the web archive {name}: %n page(s).</source>
            <translation>
                <numerusform>Archive web {name} écrite : %n page.</numerusform>
                <numerusform>Archive web {name} écrite : %n pages.</numerusform>
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
            <translation>Les captures web n’ont pas pu être lues</translation>
        </message>
        <message>
            <source>Every page you save, and every full article downloaded for a feed, keeps the exchange as received (request, response headers and body, and its pictures) as WARC records: the proof of what the server sent, exported with Export as Web Archive and checked by verify.</source>
            <translation>Chaque page enregistrée, et chaque article complet téléchargé pour un flux, garde l’échange tel qu’il a été reçu (la requête, les en-têtes et le corps de la réponse, et ses images) sous forme d’enregistrements WARC : la preuve de ce que le serveur a envoyé, exportée par Exporter comme archive web et contrôlée par verify.</translation>
        </message>
        <message>
            <source>In use:</source>
            <translation>Utilisé :</translation>
        </message>
        <message>
            <source>Keep Raw Captures</source>
            <translation>Garder les captures brutes</translation>
        </message>
        <message>
            <source>Keep raw captures of web pages</source>
            <translation>Garder les captures brutes des pages web</translation>
        </message>
        <message>
            <source>Pages saved from now on will keep their text, pictures and hashes, but not what the server sent: they cannot be exported as a web archive or checked record by record with verify. The captures already made are kept.</source>
            <translation>Les pages enregistrées désormais garderont leur texte, leurs images et leurs empreintes, mais pas ce que le serveur a envoyé : elles ne pourront pas être exportées comme archive web ni contrôlées enregistrement par enregistrement avec verify. Les captures déjà faites sont gardées.</translation>
        </message>
        <message>
            <source>Stop Keeping</source>
            <translation>Ne plus garder</translation>
        </message>
        <message>
            <source>{captures}, {size} MB</source>
            <translation>{captures}, {size} Mo</translation>
        </message>
    </context>
    <context>
        <name>ContentsBox</name>
        <message>
            <source>Contents</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Full path on this computer</source>
            <translation>Chemin complet sur cet ordinateur</translation>
        </message>
        <message>
            <source>Include my highlights and notes</source>
            <translation>Inclure mes surlignages et mes notes</translation>
        </message>
        <message>
            <source>Include provenance (where each article came from)</source>
            <translation>Inclure la provenance (d’où vient chaque article)</translation>
        </message>
        <message>
            <source>Source file in the provenance</source>
            <translation>Fichier source dans la provenance</translation>
        </message>
        <message>
            <source>Source file name only</source>
            <translation>Nom du fichier source seulement</translation>
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <source>Nothing will be written to it, and there is no backup of it. You can start a new library; the damaged file stays as it is.</source>
            <translation>Rien n’y sera écrit, et il n’en existe aucune sauvegarde. Vous pouvez commencer une nouvelle bibliothèque ; le fichier endommagé reste tel quel.</translation>
        </message>
        <message>
            <source>Nothing will be written to it. You can open a copy of the newest backup ({date}), or start a new library; the damaged file stays as it is either way.</source>
            <translation>Rien n’y sera écrit. Vous pouvez ouvrir une copie de la sauvegarde la plus récente ({date}) ou commencer une nouvelle bibliothèque ; dans les deux cas, le fichier endommagé reste tel quel.</translation>
        </message>
        <message>
            <source>Open the Backup</source>
            <translation>Ouvrir la sauvegarde</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Start a New Library</source>
            <translation>Nouvelle bibliothèque</translation>
        </message>
        <message>
            <source>The library {file} is damaged.</source>
            <translation>La bibliothèque {file} est endommagée.</translation>
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
            <translation>Une exportation est déjà en cours ; attendez sa fin ou annulez-la.</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>Exported {articles} ({pages}) to {place}</source>
            <translation>Exporté : {articles} ({pages}) dans {place}</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Exporting %v of %m</source>
            <translation>Exportation : %v sur %m</translation>
        </message>
        <message>
            <source>Finishing the PDF…</source>
            <translation>Finalisation du PDF…</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Ouvrir le PDF</translation>
        </message>
        <message>
            <source>Open the Export</source>
            <translation>Ouvrir l’export</translation>
        </message>
        <message>
            <source>Printed {articles} ({pages})</source>
            <translation>Imprimé : {articles} ({pages})</translation>
        </message>
        <message>
            <source>Printing %v of %m</source>
            <translation>Impression : %v sur %m</translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>Impression annulée.</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>L’impression a échoué</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>Envoi à l’imprimante…</translation>
        </message>
        <message>
            <source>The export failed</source>
            <translation>L’exportation a échoué</translation>
        </message>
        <message>
            <source>{count} articles</source>
            <translation>{count} articles</translation>
        </message>
        <message>
            <source>{count} articles.pdf</source>
            <translation>{count} articles.pdf</translation>
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
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export One PDF per Article into</source>
            <translation>Exporter un PDF par article dans</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>Files are named from date and title, e.g. "2023-07-18 Title.pdf"</source>
            <translation>Les fichiers sont nommés d’après la date et le titre, par exemple « 2023-07-18 Titre.pdf »</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <source>Images come from the library's cache; nothing is downloaded. The export runs in the background and can be cancelled.</source>
            <translation>Les images viennent du cache de la bibliothèque ; rien n’est téléchargé. L’exportation se fait en arrière-plan et peut être annulée.</translation>
        </message>
        <message>
            <source>One PDF per article, in a folder</source>
            <translation>Un PDF par article, dans un dossier</translation>
        </message>
        <message>
            <source>One PDF with all {count} articles</source>
            <translation>Un seul PDF avec les {count} articles</translation>
        </message>
        <message>
            <source>One PDF with the article</source>
            <translation>Un PDF avec l’article</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papier :</translation>
        </message>
        <message>
            <source>Print the Article</source>
            <translation>Imprimer l’article</translation>
        </message>
        <message>
            <source>Print {count} Articles</source>
            <translation>Imprimer {count} articles</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
    </context>
    <context>
        <name>FeedAdder</name>
        <message>
            <source>Could not add the feed</source>
            <translation>Impossible d’ajouter le flux</translation>
        </message>
        <message>
            <source>Could not add the feed: {reason}</source>
            <translation>Impossible d’ajouter le flux : {reason}</translation>
        </message>
        <message>
            <source>Looking for the feed at {url}…</source>
            <translation>Recherche du flux à l’adresse {url}…</translation>
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation>Le mot de passe n’est pas enregistré : {why}</translation>
        </message>
    </context>
    <context>
        <name>FeedDialog</name>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>&amp;Download full articles</source>
            <translation>&amp;Télécharger les articles complets</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>&amp;Keep articles:</source>
            <translation>&amp;Conserver les articles :</translation>
        </message>
        <message>
            <source>&amp;Mirrors:</source>
            <translation>&amp;Miroirs :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nom d’utilisateur :</translation>
        </message>
        <message>
            <source>(only for private feeds)</source>
            <translation>(seulement pour les flux privés)</translation>
        </message>
        <message>
            <source>(the feed's own title)</source>
            <translation>(le titre du flux)</translation>
        </message>
        <message>
            <source>(the program's route)</source>
            <translation>(la route du programme)</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>(inchangé)</translation>
        </message>
        <message>
            <source>A subscription of the account {account}: a new title or folder is changed on its server too.</source>
            <translation>Un abonnement du compte {account} : un nouveau titre ou dossier est aussi changé sur son serveur.</translation>
        </message>
        <message>
            <source>A web page address works too: the feed it links to is found. Passwords go to the system keyring, never into the library.</source>
            <translation>L’adresse d’une page web convient aussi : le flux vers lequel elle pointe est trouvé. Les mots de passe vont dans le trousseau du système, jamais dans la bibliothèque.</translation>
        </message>
        <message>
            <source>Add Feed</source>
            <translation>Ajouter un flux</translation>
        </message>
        <message>
            <source>Articles older than this are deleted after a refresh; starred ones always stay. Articles that leave the feed stay either way.</source>
            <translation>Les articles plus anciens sont supprimés après une actualisation ; les favoris restent toujours. Les articles qui quittent le flux restent dans tous les cas.</translation>
        </message>
        <message>
            <source>Edit Feed</source>
            <translation>Modifier le flux</translation>
        </message>
        <message>
            <source>Everything (an offline archive)</source>
            <translation>Tout (une archive hors ligne)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>For feeds that send only a summary: each new item's web page is fetched when refreshing and the whole article is kept for reading offline.</source>
            <translation>Pour les flux qui n’envoient qu’un résumé : à chaque actualisation, la page web de chaque nouvel élément est récupérée et l’article entier est gardé pour la lecture hors ligne.</translation>
        </message>
        <message>
            <source>Looking for the feed at {url}…</source>
            <translation>Recherche du flux à l’adresse {url}…</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>Une adresse par ligne</translation>
        </message>
        <message>
            <source>Other addresses of the same feed, tried in order when its address is blocked or unreachable; the one that worked is tried first next time.</source>
            <translation>D’autres adresses du même flux, essayées dans l’ordre quand son adresse est bloquée ou injoignable ; celle qui a marché est essayée en premier la fois suivante.</translation>
        </message>
        <message>
            <source>P&amp;roxy:</source>
            <translation>P&amp;roxy :</translation>
        </message>
        <message>
            <source>This feed's own way out: a proxy address such as socks5h://127.0.0.1:9050, or direct; empty for the route set in Settings ▸ Network.</source>
            <translation>La sortie propre à ce flux : une adresse de proxy comme socks5h://127.0.0.1:9050, ou direct ; vide pour la route choisie dans Réglages ▸ Réseau.</translation>
        </message>
        <message>
            <source>https://example.org/ or its feed address</source>
            <translation>https://example.org/ ou l’adresse de son flux</translation>
        </message>
    </context>
    <context>
        <name>FeedDialogs</name>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Exporter en OPML</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Importer un fichier OPML</translation>
        </message>
        <message>
            <source>OPML files</source>
            <translation>Fichiers OPML</translation>
        </message>
    </context>
    <context>
        <name>FeedsController</name>
        <message numerus="yes">
            <source>%Ln feed(s)</source>
            <translation>
                <numerusform>%Ln flux</numerusform>
                <numerusform>%Ln flux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new article(s)</source>
            <translation>
                <numerusform>%Ln nouvel article</numerusform>
                <numerusform>%Ln nouveaux articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Could not change the feed</source>
            <translation>Impossible de modifier le flux</translation>
        </message>
        <message>
            <source>Could not export the feeds</source>
            <translation>Impossible d’exporter les flux</translation>
        </message>
        <message>
            <source>Could not import the OPML file</source>
            <translation>Impossible d’importer le fichier OPML</translation>
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation>Téléchargement des articles complets : %v sur %m</translation>
        </message>
        <message>
            <source>Downloading images: %v of %m</source>
            <translation>Téléchargement des images : %v sur %m</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feed(s) to {path}.</source>
            <translation>
                <numerusform>%Ln flux exporté dans {path}.</numerusform>
                <numerusform>%Ln flux exportés dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Full articles: {done} downloaded, {failed} not available, {later} left for later.</source>
            <translation>Articles complets : {done} téléchargés, {failed} indisponibles, {later} remis à plus tard.</translation>
        </message>
        <message>
            <source>Images: {cached} cached, {skipped} skipped, {failed} failed, {pending} left for later.</source>
            <translation>Images : {cached} en cache, {skipped} ignorées, {failed} en échec, {pending} remises à plus tard.</translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes, and you will be asked again next time.</source>
            <translation>Aucun trousseau (gestionnaire de mots de passe) n’est utilisable sur ce système ; le mot de passe n’est donc enregistré nulle part : il est gardé jusqu’à la fermeture du programme seulement, et vous sera redemandé la prochaine fois.</translation>
        </message>
        <message>
            <source>No keyring is usable on this system: the password for {title} is kept only until the program closes and is not stored anywhere.</source>
            <translation>Aucun trousseau n’est utilisable sur ce système : le mot de passe de {title} est gardé jusqu’à la fermeture du programme seulement et n’est enregistré nulle part.</translation>
        </message>
        <message>
            <source>OPML: {added} feeds added, {existing} already subscribed, {skipped} skipped.</source>
            <translation>OPML : {added} flux ajoutés, {existing} déjà suivis, {skipped} ignorés.</translation>
        </message>
        <message>
            <source>Refresh (F5) to fetch their articles.</source>
            <translation>Actualisez (F5) pour récupérer leurs articles.</translation>
        </message>
        <message>
            <source>Refreshed {feeds}: {articles}.</source>
            <translation>Flux actualisés : {feeds} ; {articles}.</translation>
        </message>
        <message>
            <source>Refreshing feeds</source>
            <translation>Actualisation des flux</translation>
        </message>
        <message>
            <source>Refreshing feeds: %v of %m</source>
            <translation>Actualisation des flux : %v sur %m</translation>
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation>Actualisation des flux…</translation>
        </message>
        <message>
            <source>The network cannot be reached: the summaries are kept.</source>
            <translation>Le réseau est injoignable : les résumés sont conservés.</translation>
        </message>
        <message>
            <source>The password is not stored: {why}</source>
            <translation>Le mot de passe n’est pas enregistré : {why}</translation>
        </message>
        <message>
            <source>The refresh failed</source>
            <translation>L’actualisation a échoué</translation>
        </message>
        <message>
            <source>{address} answered over http only (https did not: {reason}); the feed comes unencrypted.</source>
            <translation>{address} a répondu en http seulement (pas en https : {reason}) ; le flux arrive sans chiffrement.</translation>
        </message>
        <message>
            <source>{address} answered over https.</source>
            <translation>{address} a répondu en https.</translation>
        </message>
        <message>
            <source>{failed} failed (see the sources marked ⚠).</source>
            <translation>{failed} en échec (voir les sources marquées ⚠).</translation>
        </message>
        <message numerus="yes">
            <source>{feed}: %n article(s) already in the library under another source (select the feed to see them).</source>
            <translation>
                <numerusform>{feed} : %n article déjà dans la bibliothèque sous une autre source (sélectionnez le flux pour le voir).</numerusform>
                <numerusform>{feed} : %n articles déjà dans la bibliothèque sous une autre source (sélectionnez le flux pour les voir).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedsPage</name>
        <message>
            <source>Refresh automatically:</source>
            <translation>Actualiser automatiquement :</translation>
        </message>
    </context>
    <context>
        <name>FullTextBar</name>
        <message>
            <source>Download Full Articles for This Feed</source>
            <translation>Télécharger les articles complets de ce flux</translation>
        </message>
        <message>
            <source>From now on, this feed's refreshes also fetch each article's web page</source>
            <translation>Désormais, chaque actualisation de ce flux télécharge aussi la page web de chaque article</translation>
        </message>
        <message>
            <source>Full article, downloaded from its page {when}.</source>
            <translation>Article complet, téléchargé depuis sa page le {when}.</translation>
        </message>
        <message>
            <source>Show the Feed's Summary</source>
            <translation>Afficher le résumé du flux</translation>
        </message>
        <message>
            <source>Show the Full Article</source>
            <translation>Afficher l’article complet</translation>
        </message>
        <message>
            <source>Switch between the full article, from its web page, and the feed's summary</source>
            <translation>Passer de l’article complet, tiré de sa page web, au résumé du flux et inversement</translation>
        </message>
        <message>
            <source>The feed's summary is shown.</source>
            <translation>Le résumé du flux est affiché.</translation>
        </message>
        <message>
            <source>The feed's summary; the full article is not available: {reason}</source>
            <translation>Résumé du flux ; l’article complet n’est pas disponible : {reason}</translation>
        </message>
        <message>
            <source>This feed sends short summaries (about {words} words an item). Download the full articles to read them offline?</source>
            <translation>Ce flux n’envoie que de courts résumés (environ {words} mots par élément). Télécharger les articles complets pour les lire hors ligne ?</translation>
        </message>
    </context>
    <context>
        <name>FullTextController</name>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Downloading full articles</source>
            <translation>Téléchargement des articles complets</translation>
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation>Téléchargement des articles complets : %v sur %m</translation>
        </message>
        <message>
            <source>Full articles are being downloaded; wait or cancel.</source>
            <translation>Des articles complets sont en cours de téléchargement ; attendez ou annulez.</translation>
        </message>
        <message>
            <source>Full articles could not be downloaded</source>
            <translation>Les articles complets n’ont pas pu être téléchargés</translation>
        </message>
        <message>
            <source>Full articles: nothing to download (already there, or no page).</source>
            <translation>Articles complets : rien à télécharger (déjà là, ou sans page).</translation>
        </message>
    </context>
    <context>
        <name>ImagesBar</name>
        <message>
            <source>1 image of this article is not in the library; nothing was fetched.</source>
            <translation>1 image de cet article n’est pas dans la bibliothèque ; rien n’a été téléchargé.</translation>
        </message>
        <message>
            <source>{count} images of this article are not in the library; nothing was fetched.</source>
            <translation>{count} images de cet article ne sont pas dans la bibliothèque ; rien n’a été téléchargé.</translation>
        </message>
    </context>
    <context>
        <name>ImagesController</name>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Downloading images</source>
            <translation>Téléchargement des images</translation>
        </message>
        <message>
            <source>Images could not be downloaded</source>
            <translation>Impossible de télécharger les images</translation>
        </message>
        <message>
            <source>Images: %v of %m</source>
            <translation>Images : %v sur %m</translation>
        </message>
        <message>
            <source>Images: cancelled.</source>
            <translation>Images : annulé.</translation>
        </message>
        <message>
            <source>Images: nothing left to download.</source>
            <translation>Images : plus rien à télécharger.</translation>
        </message>
        <message>
            <source>Images: {parts}.</source>
            <translation>Images : {parts}.</translation>
        </message>
        <message>
            <source>The network cannot be reached; images were left for later.</source>
            <translation>Le réseau est injoignable ; les images sont remises à plus tard.</translation>
        </message>
        <message>
            <source>{count} cached</source>
            <translation>{count} en cache</translation>
        </message>
        <message>
            <source>{count} failed</source>
            <translation>{count} en échec</translation>
        </message>
        <message>
            <source>{count} left for later</source>
            <translation>{count} remises à plus tard</translation>
        </message>
        <message>
            <source>{count} skipped</source>
            <translation>{count} ignorées</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message numerus="yes">
            <source>%Ln duplicate(s) skipped</source>
            <translation>
                <numerusform>%Ln doublon ignoré</numerusform>
                <numerusform>%Ln doublons ignorés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) failed</source>
            <translation>
                <numerusform>%Ln fichier en échec</numerusform>
                <numerusform>%Ln fichiers en échec</numerusform>
            </translation>
        </message>
        <message>
            <source>(see the Import Report)</source>
            <translation>(voir le rapport d’importation)</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>An import is already running; wait for it or cancel it.</source>
            <translation>Une importation est déjà en cours ; attendez sa fin ou annulez-la.</translation>
        </message>
        <message>
            <source>Article dumps and feeds</source>
            <translation>Sauvegardes d’articles et flux</translation>
        </message>
        <message>
            <source>Import Files</source>
            <translation>Importer des fichiers</translation>
        </message>
        <message>
            <source>Import Report</source>
            <translation>Rapport d’importation</translation>
        </message>
        <message>
            <source>Import a Folder of Dumps</source>
            <translation>Importer un dossier de sauvegardes</translation>
        </message>
        <message>
            <source>Import cancelled.</source>
            <translation>Importation annulée.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln article(s)</source>
            <translation>
                <numerusform>%Ln article importé</numerusform>
                <numerusform>%Ln articles importés</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importation</translation>
        </message>
        <message>
            <source>Importing %v of %m</source>
            <translation>Importation : %v sur %m</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Show the files of the last import that failed</source>
            <translation>Afficher les fichiers en échec de la dernière importation</translation>
        </message>
        <message>
            <source>The import failed</source>
            <translation>L’importation a échoué</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message numerus="yes">
            <source>%n file(s) could not be imported:</source>
            <translation>
                <numerusform>%n fichier n’a pas pu être importé :</numerusform>
                <numerusform>%n fichiers n’ont pas pu être importés :</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Copy List</source>
            <translation>&amp;Copier la liste</translation>
        </message>
        <message>
            <source>Every file was imported.</source>
            <translation>Tous les fichiers ont été importés.</translation>
        </message>
        <message>
            <source>Files not imported</source>
            <translation>Fichiers non importés</translation>
        </message>
        <message>
            <source>Import Report</source>
            <translation>Rapport d’importation</translation>
        </message>
    </context>
    <context>
        <name>InfoPanel</name>
        <message>
            <source>Article Info</source>
            <translation>Infos sur l’article</translation>
        </message>
    </context>
    <context>
        <name>KeepingStatusBar</name>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Recent messages</source>
            <translation>Messages récents</translation>
        </message>
        <message>
            <source>The last messages of the status bar</source>
            <translation>Les derniers messages de la barre d’état</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Automatic (the system's language)</source>
            <translation>Automatique (la langue du système)</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>La nouvelle langue s’applique au prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Could not change the source</source>
            <translation>Impossible de modifier la source</translation>
        </message>
        <message>
            <source>Could not delete the articles</source>
            <translation>Impossible de supprimer les articles</translation>
        </message>
        <message>
            <source>Could not delete the source</source>
            <translation>Impossible de supprimer la source</translation>
        </message>
        <message>
            <source>Could not mark the articles</source>
            <translation>Impossible de marquer les articles</translation>
        </message>
        <message>
            <source>Could not mark the articles read</source>
            <translation>Impossible de marquer les articles comme lus</translation>
        </message>
        <message>
            <source>Could not move the source</source>
            <translation>Impossible de déplacer la source</translation>
        </message>
        <message>
            <source>Could not move the subscription on the server</source>
            <translation>Impossible de déplacer l’abonnement sur le serveur</translation>
        </message>
        <message>
            <source>Could not read the article list</source>
            <translation>Impossible de lire la liste des articles</translation>
        </message>
        <message>
            <source>Could not read the sources</source>
            <translation>Impossible de lire les sources</translation>
        </message>
        <message>
            <source>Could not rename the folder</source>
            <translation>Impossible de renommer le dossier</translation>
        </message>
        <message>
            <source>Could not rename the source</source>
            <translation>Impossible de renommer la source</translation>
        </message>
        <message>
            <source>Could not rename the subscription on the server</source>
            <translation>Impossible de renommer l’abonnement sur le serveur</translation>
        </message>
        <message>
            <source>Could not unsubscribe on the server</source>
            <translation>Impossible de se désabonner sur le serveur</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Copying the library to {folder}…</source>
            <translation>Copie de la bibliothèque vers {folder}…</translation>
        </message>
        <message>
            <source>Could not move the library</source>
            <translation>Impossible de déplacer la bibliothèque</translation>
        </message>
        <message>
            <source>Library Moved</source>
            <translation>Bibliothèque déplacée</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Emplacement :</translation>
        </message>
        <message>
            <source>Move Library To</source>
            <translation>Déplacer la bibliothèque vers</translation>
        </message>
        <message>
            <source>Move Library copies the library to another folder and checks the copy. Offline Reader uses it from its next start; the old file stays where it is.</source>
            <translation>Déplacer la bibliothèque la copie dans un autre dossier et vérifie la copie. Offline Reader l’utilise dès son prochain démarrage ; l’ancien fichier reste où il est.</translation>
        </message>
        <message>
            <source>Move Library…</source>
            <translation>Déplacer la bibliothèque…</translation>
        </message>
        <message>
            <source>Show in File Manager</source>
            <translation>Afficher dans le gestionnaire de fichiers</translation>
        </message>
        <message>
            <source>The library was copied to {new} and checked. Restart Offline Reader to use it. The old file, {old}, is left in place: delete it once you have seen your articles in the new one.</source>
            <translation>La bibliothèque a été copiée vers {new} et vérifiée. Redémarrez Offline Reader pour l’utiliser. L’ancien fichier, {old}, reste en place : supprimez-le une fois vos articles retrouvés dans la nouvelle.</translation>
        </message>
        <message>
            <source>The library was not moved.</source>
            <translation>La bibliothèque n’a pas été déplacée.</translation>
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
            <translation>A&amp;pparence</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>A&amp;rticle</translation>
        </message>
        <message>
            <source>&amp;Copy Address</source>
            <translation>&amp;Copier l’adresse</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>&amp;Disposition</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Add a feed… (Ctrl+Shift+A)</source>
            <translation>Ajouter un flux… (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Copied {url}</source>
            <translation>{url} copiée</translation>
        </message>
        <message>
            <source>Copy the address and paste it into a browser, or set a default browser.</source>
            <translation>Copiez l’adresse et collez-la dans un navigateur, ou choisissez un navigateur par défaut.</translation>
        </message>
        <message>
            <source>Could not open the article</source>
            <translation>Impossible d’ouvrir l’article</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete Articles</source>
            <translation>Supprimer les articles</translation>
        </message>
        <message>
            <source>Delete this article from the library? This cannot be undone.</source>
            <translation>Supprimer cet article de la bibliothèque ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete {count} articles from the library? This cannot be undone (importing their files again brings them back).</source>
            <translation>Supprimer {count} articles de la bibliothèque ? Cette action est irréversible (réimporter leurs fichiers les fait revenir).</translation>
        </message>
        <message>
            <source>Fee&amp;ds</source>
            <translation>F&amp;lux</translation>
        </message>
        <message>
            <source>Import saved articles… (Ctrl+O)</source>
            <translation>Importer des articles enregistrés… (Ctrl+O)</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <source>Most relevant</source>
            <translation>Les plus pertinents</translation>
        </message>
        <message>
            <source>Most relevant: the results with the words in their title first, then the rest, newest first in each</source>
            <translation>Les plus pertinents : les résultats dont le titre contient les mots d’abord, puis les autres, les plus récents en premier dans chaque groupe</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Les plus récents</translation>
        </message>
        <message>
            <source>No article matches the search.</source>
            <translation>Aucun article ne correspond à la recherche.</translation>
        </message>
        <message>
            <source>No articles here.</source>
            <translation>Aucun article ici.</translation>
        </message>
        <message>
            <source>No web browser could be opened for {url}.</source>
            <translation>Aucun navigateur web n’a pu être ouvert pour {url}.</translation>
        </message>
        <message>
            <source>Not a date the search can read: {terms}. Dates are written 2024-05-01, 2024-05, today, yesterday, 7d, 2w or 3m (days, weeks, months back).</source>
            <translation>Date illisible pour la recherche : {terms}. Les dates s’écrivent 2024-05-01, 2024-05, today, yesterday, 7d, 2w ou 3m (jours, semaines, mois en arrière).</translation>
        </message>
        <message>
            <source>Open Original</source>
            <translation>Ouvrir l’original</translation>
        </message>
        <message>
            <source>Open the sample article</source>
            <translation>Ouvrir l’article d’exemple</translation>
        </message>
        <message>
            <source>Order of the search results</source>
            <translation>Ordre des résultats de la recherche</translation>
        </message>
        <message>
            <source>Refresh A&amp;utomatically</source>
            <translation>Actualiser a&amp;utomatiquement</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>Rechercher des articles</translation>
        </message>
        <message>
            <source>Search articles (/ or Ctrl+F)</source>
            <translation>Rechercher des articles (/ ou Ctrl+F)</translation>
        </message>
        <message>
            <source>Select an article to read it.</source>
            <translation>Sélectionnez un article pour le lire.</translation>
        </message>
        <message>
            <source>The library is empty. Drop saved article dumps (.txt) or folders of them on this window, import them, or subscribe to a feed.</source>
            <translation>La bibliothèque est vide. Déposez sur cette fenêtre des sauvegardes d’articles (.txt) ou des dossiers qui en contiennent, importez-les, ou abonnez-vous à un flux.</translation>
        </message>
        <message>
            <source>This feed could not be read: {error}. Its articles will appear here once a refresh works.</source>
            <translation>Ce flux n’a pas pu être lu : {error}. Ses articles apparaîtront ici dès qu’une actualisation réussira.</translation>
        </message>
        <message>
            <source>Words must all match; "a phrase"; -word excludes; OR widens. Accents and case do not matter; Chinese, Japanese and Korean need no spaces, and Simplified and Traditional characters find each other.
title:word  source:name  tag:name  author:name  is:unread  is:starred  after:2024-05-01  before:2024-06  after:yesterday  after:7d  before:2w
Down or Return: to the results; Escape: clear the search</source>
            <translation>Tous les mots doivent correspondre ; "une expression" ; -mot exclut ; OR élargit. Accents et majuscules sont ignorés ; le chinois, le japonais et le coréen se passent d’espaces, et les caractères simplifiés et traditionnels se trouvent les uns les autres.
title:mot  source:nom  tag:nom  author:nom  is:unread  is:starred  after:2024-05-01  before:2024-06  after:yesterday  after:7d  before:2w
Bas ou Entrée : vers les résultats ; Échap : effacer la recherche</translation>
        </message>
        <message>
            <source>Your library is {path}.</source>
            <translation>Votre bibliothèque est {path}.</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>&amp;Manual proxy:</source>
            <translation>Proxy &amp;manuel :</translation>
        </message>
        <message>
            <source>&amp;No proxy (connect directly)</source>
            <translation>&amp;Aucun proxy (connexion directe)</translation>
        </message>
        <message>
            <source>&amp;System proxy</source>
            <translation>Proxy du &amp;système</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Tester</translation>
        </message>
        <message>
            <source>(if the proxy asks)</source>
            <translation>(si le proxy le demande)</translation>
        </message>
        <message>
            <source>(kept in the system keyring)</source>
            <translation>(gardé dans le trousseau du système)</translation>
        </message>
        <message>
            <source>.onion addresses go only through Tor, never directly: where Tor listens (empty: port 9050, then 9150, the Tor Browser's).</source>
            <translation>Les adresses .onion passent uniquement par Tor, jamais en direct : où Tor écoute (vide : port 9050, puis 9150, celui du Tor Browser).</translation>
        </message>
        <message>
            <source>Cannot test: {reason}</source>
            <translation>Test impossible : {reason}</translation>
        </message>
        <message>
            <source>Could not keep the network settings</source>
            <translation>Impossible d’enregistrer les réglages réseau</translation>
        </message>
        <message>
            <source>Could not reach {address} ({route}): {reason}</source>
            <translation>Impossible de joindre {address} ({route}) : {reason}</translation>
        </message>
        <message>
            <source>Could not read the network settings</source>
            <translation>Impossible de lire les réglages réseau</translation>
        </message>
        <message>
            <source>Could not test the route</source>
            <translation>Impossible de tester la route</translation>
        </message>
        <message>
            <source>Never connect &amp;directly</source>
            <translation>Ne jamais se connecter &amp;directement</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Non modifié : {reason}</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <source>Proxy:</source>
            <translation>Proxy :</translation>
        </message>
        <message>
            <source>Reached {address} through {route}: answer {detail} bytes.</source>
            <translation>{address} joint par {route} : réponse {detail} octets.</translation>
        </message>
        <message>
            <source>Test address:</source>
            <translation>Adresse de test :</translation>
        </message>
        <message>
            <source>Test fetches the address through the route shown above and says what happened.</source>
            <translation>Tester télécharge l’adresse par la route ci-dessus et dit ce qui s’est passé.</translation>
        </message>
        <message>
            <source>Testing {address}…</source>
            <translation>Test de {address}…</translation>
        </message>
        <message>
            <source>The proxy the system names: http_proxy, https_proxy, all_proxy and no_proxy, or the Windows and macOS settings.</source>
            <translation>Le proxy que le système indique : http_proxy, https_proxy, all_proxy et no_proxy, ou les réglages de Windows et de macOS.</translation>
        </message>
        <message>
            <source>Tor:</source>
            <translation>Tor :</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Nom d’utilisateur :</translation>
        </message>
        <message>
            <source>When the proxy is down, every request fails with a message naming it; nothing goes around it.</source>
            <translation>Quand le proxy est en panne, chaque requête échoue avec un message qui le nomme ; rien ne passe à côté.</translation>
        </message>
        <message>
            <source>a direct connection</source>
            <translation>une connexion directe</translation>
        </message>
        <message>
            <source>give the proxy's host name or address</source>
            <translation>indiquez le nom ou l’adresse du proxy</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Colour:</source>
            <translation>Couleur :</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note :</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rose</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>(not found in the text)</source>
            <translation>(introuvable dans le texte)</translation>
        </message>
        <message>
            <source>Change the note and colour of the chosen highlight</source>
            <translation>Modifier la note et la couleur du surlignage choisi</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the chosen highlight and its note</source>
            <translation>Supprimer le surlignage choisi et sa note</translation>
        </message>
        <message>
            <source>Edit Note…</source>
            <translation>Modifier la note…</translation>
        </message>
        <message>
            <source>Highlights and Notes</source>
            <translation>Surlignages et notes</translation>
        </message>
        <message>
            <source>Highlights and notes of the article</source>
            <translation>Surlignages et notes de l’article</translation>
        </message>
        <message>
            <source>Select text in the article, then press h (Article ▸ Highlight Selection).</source>
            <translation>Sélectionnez du texte dans l’article, puis appuyez sur h (Article ▸ Surligner la sélection).</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nom d’utilisateur :</translation>
        </message>
        <message>
            <source>Password for “{title}”</source>
            <translation>Mot de passe pour « {title} »</translation>
        </message>
        <message>
            <source>The feed “{title}” needs a user name and password.</source>
            <translation>Le flux « {title} » demande un nom d’utilisateur et un mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>PdfExport</name>
        <message numerus="yes">
            <source>%n articles</source>
            <comment>PDF title</comment>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>articles given by id need the library's path</source>
            <translation>les articles désignés par leur identifiant demandent le chemin de la bibliothèque</translation>
        </message>
        <message>
            <source>cannot create the folder {folder}: {reason}</source>
            <translation>impossible de créer le dossier {folder} : {reason}</translation>
        </message>
        <message>
            <source>cannot write in {folder}: {reason}</source>
            <translation>impossible d’écrire dans {folder} : {reason}</translation>
        </message>
        <message>
            <source>cannot write the PDF file</source>
            <translation>impossible d’écrire le fichier PDF</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>impossible d’écrire {path} : {reason}</translation>
        </message>
        <message>
            <source>say where to write: a PDF file or a folder</source>
            <translation>indiquez où écrire : un fichier PDF ou un dossier</translation>
        </message>
        <message>
            <source>unknown page size: {name}</source>
            <translation>format de page inconnu : {name}</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file name</source>
            <translation>{path} est un dossier, pas un nom de fichier</translation>
        </message>
    </context>
    <context>
        <name>PickFeedDialog</name>
        <message>
            <source>Choose a Feed</source>
            <translation>Choisir un flux</translation>
        </message>
        <message>
            <source>Feeds found on the page</source>
            <translation>Flux trouvés sur la page</translation>
        </message>
        <message>
            <source>The page links to several feeds. Subscribe to:</source>
            <translation>La page pointe vers plusieurs flux. S’abonner à :</translation>
        </message>
    </context>
    <context>
        <name>ProxyStatus</name>
        <message>
            <source>.onion addresses go only through Tor. Settings ▸ Network changes the route.</source>
            <translation>Les adresses .onion passent uniquement par Tor. Réglages ▸ Réseau change la route.</translation>
        </message>
        <message>
            <source>Never connect directly: no proxy</source>
            <translation>Jamais en direct : aucun proxy</translation>
        </message>
        <message>
            <source>Proxy: {proxy}</source>
            <translation>Proxy : {proxy}</translation>
        </message>
        <message>
            <source>Proxy: {proxy} (system)</source>
            <translation>Proxy : {proxy} (système)</translation>
        </message>
        <message>
            <source>never direct</source>
            <translation>jamais en direct</translation>
        </message>
    </context>
    <context>
        <name>ResearchController</name>
        <message numerus="yes">
            <source>%n highlight(s) written to {path}</source>
            <translation>
                <numerusform>%n surlignage écrit dans {path}</numerusform>
                <numerusform>%n surlignages écrits dans {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not change the tags</source>
            <translation>Impossible de modifier les étiquettes</translation>
        </message>
        <message>
            <source>Could not delete the highlight</source>
            <translation>Impossible de supprimer le surlignage</translation>
        </message>
        <message>
            <source>Could not delete the saved search</source>
            <translation>Impossible de supprimer la recherche enregistrée</translation>
        </message>
        <message>
            <source>Could not delete the tag</source>
            <translation>Impossible de supprimer l’étiquette</translation>
        </message>
        <message>
            <source>Could not export the notes</source>
            <translation>Impossible d’exporter les notes</translation>
        </message>
        <message>
            <source>Could not rename the saved search</source>
            <translation>Impossible de renommer la recherche enregistrée</translation>
        </message>
        <message>
            <source>Could not rename the tag</source>
            <translation>Impossible de renommer l’étiquette</translation>
        </message>
        <message>
            <source>Could not save the highlight</source>
            <translation>Impossible d’enregistrer le surlignage</translation>
        </message>
        <message>
            <source>Could not save the note</source>
            <translation>Impossible d’enregistrer la note</translation>
        </message>
        <message>
            <source>Could not save the search</source>
            <translation>Impossible d’enregistrer la recherche</translation>
        </message>
        <message>
            <source>Export Notes as Markdown</source>
            <translation>Exporter les notes en Markdown</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <source>Rename Saved Search</source>
            <translation>Renommer la recherche enregistrée</translation>
        </message>
        <message>
            <source>Rename Tag</source>
            <translation>Renommer l’étiquette</translation>
        </message>
        <message>
            <source>Save Search</source>
            <translation>Enregistrer la recherche</translation>
        </message>
        <message>
            <source>Select some text of the article first.</source>
            <translation>Sélectionnez d’abord du texte de l’article.</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Étiquettes : {tags}</translation>
        </message>
        <message>
            <source>Type a search first, then save it.</source>
            <translation>Saisissez d’abord une recherche, puis enregistrez-la.</translation>
        </message>
    </context>
    <context>
        <name>ResearchPanels</name>
        <message>
            <source>Close the panel</source>
            <translation>Fermer le panneau</translation>
        </message>
        <message>
            <source>Detach the panel from the window, or put it back</source>
            <translation>Détacher le panneau de la fenêtre, ou l’y remettre</translation>
        </message>
    </context>
    <context>
        <name>ScreenReader</name>
        <message numerus="yes">
            <source>%n highlight(s): </source>
            <translation>
                <numerusform>%n surlignage : </numerusform>
                <numerusform>%n surlignages : </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s): </source>
            <translation>
                <numerusform>%n lien : </numerusform>
                <numerusform>%n liens : </numerusform>
            </translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>Link: {address}</source>
            <translation>Lien : {address}</translation>
        </message>
        <message>
            <source>Link: {text}, {address}</source>
            <translation>Lien : {text}, {address}</translation>
        </message>
        <message>
            <source>More toolbar buttons</source>
            <translation>Autres boutons de la barre d’outils</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>{text} ({address})</source>
            <translation>{text} ({address})</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> MB</source>
            <translation> Mo</translation>
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
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>Backups: {folder} (the last {count} are kept)</source>
            <translation>Sauvegardes : {folder} (les {count} dernières sont conservées)</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>Budget :</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Vider</translation>
        </message>
        <message>
            <source>Clear Image Cache</source>
            <translation>Vider le cache d’images</translation>
        </message>
        <message>
            <source>Clear Image Cache…</source>
            <translation>Vider le cache d’images…</translation>
        </message>
        <message>
            <source>Could not change the image budget</source>
            <translation>Impossible de modifier le budget d’images</translation>
        </message>
        <message>
            <source>Could not clear the image cache</source>
            <translation>Impossible de vider le cache d’images</translation>
        </message>
        <message>
            <source>Could not read the image cache</source>
            <translation>Impossible de lire le cache d’images</translation>
        </message>
        <message>
            <source>Could not read the library's settings</source>
            <translation>Impossible de lire les réglages de la bibliothèque</translation>
        </message>
        <message>
            <source>Delete every cached image from the library? Articles then show their images' descriptions until the images are downloaded again.</source>
            <translation>Supprimer de la bibliothèque toutes les images en cache ? Les articles afficheront alors la description de leurs images jusqu’à ce qu’elles soient de nouveau téléchargées.</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Flux</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Images are fetched only when you ask (Load Images, Download Images for Offline Reading) or for sources set to always load them. Opening an article never contacts a server. Tracking images are never fetched.</source>
            <translation>Les images ne sont téléchargées qu’à votre demande (Charger les images, Télécharger les images pour la lecture hors ligne) ou pour les sources réglées pour toujours les charger. Ouvrir un article ne contacte jamais de serveur. Les images de pistage ne sont jamais téléchargées.</translation>
        </message>
        <message>
            <source>In use:</source>
            <translation>Utilisé :</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Offline images</source>
            <translation>Images hors ligne</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Web Captures</source>
            <translation>Captures web</translation>
        </message>
        <message>
            <source>{images}, {used} MB of {budget} MB</source>
            <translation>{images}, {used} Mo sur {budget} Mo</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>{key} or double-click in the list</source>
            <translation>{key} ou double-clic dans la liste</translation>
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
                <numerusform>%Ln changement en attente d’envoi</numerusform>
                <numerusform>%Ln changements en attente d’envoi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln starred</source>
            <translation>
                <numerusform>%Ln favori</numerusform>
                <numerusform>%Ln favoris</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln non lu</numerusform>
                <numerusform>%Ln non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Tous les articles</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivés</translation>
        </message>
        <message>
            <source>Archived: its feed or subscription went; these are the articles you starred, tagged or highlighted</source>
            <translation>Archivée : son flux ou abonnement a disparu ; ce sont les articles que vous avez marqués d’une étoile, étiquetés ou surlignés</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Dernière synchronisation : {when}</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <source>Refresh failed: {reason}</source>
            <translation>Échec de l’actualisation : {reason}</translation>
        </message>
        <message>
            <source>Saved Searches</source>
            <translation>Recherches enregistrées</translation>
        </message>
        <message>
            <source>Search: {query}</source>
            <translation>Recherche : {query}</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Sources that went away, kept for the articles you starred, tagged or highlighted</source>
            <translation>Sources disparues, gardées pour les articles que vous avez marqués d’une étoile, étiquetés ou surlignés</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Favoris</translation>
        </message>
        <message>
            <source>Starred: {count}</source>
            <translation>Favoris : {count}</translation>
        </message>
        <message>
            <source>Sync failed: {reason}</source>
            <translation>Échec de la synchronisation : {reason}</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Non lus</translation>
        </message>
        <message>
            <source>Unread: {count}</source>
            <translation>Non lus : {count}</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>en échec</translation>
        </message>
        <message>
            <source>{name}: {articles}, {unread} unread</source>
            <translation>{name} : {articles}, {unread} non lus</translation>
        </message>
        <message>
            <source>{name}: {user} on {server}</source>
            <translation>{name} : {user} sur {server}</translation>
        </message>
    </context>
    <context>
        <name>SourceTreeView</name>
        <message>
            <source>(No folder)</source>
            <translation>(Aucun dossier)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete Source</source>
            <translation>Supprimer la source</translation>
        </message>
        <message>
            <source>Delete the source “{title}” and its {count} articles from the library? The articles you starred, tagged or highlighted stay, under Archived.</source>
            <translation>Supprimer de la bibliothèque la source « {title} » et ses {count} articles ? Les articles que vous avez marqués d’une étoile, étiquetés ou surlignés restent, dans Archivés.</translation>
        </message>
        <message>
            <source>Delete the source “{title}” and its {count} articles from the library? This cannot be undone.</source>
            <translation>Supprimer de la bibliothèque la source « {title} » et ses {count} articles ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Feeds, imported sources and folders; choose one to list its articles</source>
            <translation>Flux, sources importées et dossiers ; choisissez-en un pour lister ses articles</translation>
        </message>
        <message>
            <source>Folder for “{title}” (pick one or type a new name):</source>
            <translation>Dossier pour « {title} » (choisissez-en un ou tapez un nouveau nom) :</translation>
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived: {title}</source>
            <translation>
                <numerusform>%Ln article que vous avez marqué d’une étoile, étiqueté ou surligné est gardé dans Archivés : {title}</numerusform>
                <numerusform>%Ln articles que vous avez marqués d’une étoile, étiquetés ou surlignés sont gardés dans Archivés : {title}</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to Folder</source>
            <translation>Déplacer vers un dossier</translation>
        </message>
        <message>
            <source>New name for the folder:</source>
            <translation>Nouveau nom du dossier :</translation>
        </message>
        <message>
            <source>New name for “{title}”:</source>
            <translation>Nouveau nom pour « {title} » :</translation>
        </message>
        <message>
            <source>Rename Folder</source>
            <translation>Renommer le dossier</translation>
        </message>
        <message>
            <source>Rename Source</source>
            <translation>Renommer la source</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Unsubscribe from “{title}” on the server of {account}? Its {count} articles leave the library, except those you starred, tagged or highlighted: they stay, under Archived.</source>
            <translation>Se désabonner de « {title} » sur le serveur de {account} ? Ses {count} articles quittent la bibliothèque, sauf ceux que vous avez marqués d’une étoile, étiquetés ou surlignés : ils restent, dans Archivés.</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln compte</numerusform>
                <numerusform>%Ln comptes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) sent</source>
            <translation>
                <numerusform>%Ln changement envoyé</numerusform>
                <numerusform>%Ln changements envoyés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new article(s)</source>
            <translation>
                <numerusform>%Ln nouvel article</numerusform>
                <numerusform>%Ln nouveaux articles</numerusform>
            </translation>
        </message>
        <message>
            <source>A sync is running: subscribe again when it has ended.</source>
            <translation>Une synchronisation est en cours : abonnez-vous de nouveau quand elle sera terminée.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Could not subscribe on the server</source>
            <translation>Impossible de s’abonner sur le serveur</translation>
        </message>
        <message>
            <source>Downloading full articles: %v of %m</source>
            <translation>Téléchargement des articles complets : %v sur %m</translation>
        </message>
        <message>
            <source>Feed address to subscribe {account} to, on its server:</source>
            <translation>Adresse du flux auquel abonner {account} sur son serveur :</translation>
        </message>
        <message numerus="yes">
            <source>Kept %Ln article(s) you starred, tagged or highlighted, under Archived.</source>
            <translation>
                <numerusform>%Ln article que vous avez marqué d’une étoile, étiqueté ou surligné est gardé dans Archivés.</numerusform>
                <numerusform>%Ln articles que vous avez marqués d’une étoile, étiquetés ou surlignés sont gardés dans Archivés.</numerusform>
            </translation>
        </message>
        <message>
            <source>No keyring (password store) is usable on this system, so the password is not stored anywhere: it is kept only until the program closes, and you will be asked again next time. Changes made here wait for it.</source>
            <translation>Aucun trousseau (gestionnaire de mots de passe) n’est utilisable sur ce système : le mot de passe n’est enregistré nulle part, il est gardé seulement jusqu’à la fermeture du programme et vous sera redemandé la prochaine fois. Les changements faits ici l’attendent.</translation>
        </message>
        <message>
            <source>Subscribe in Account</source>
            <translation>S’abonner dans le compte</translation>
        </message>
        <message>
            <source>Subscribing {account} to {url}…</source>
            <translation>Abonnement de {account} à {url}…</translation>
        </message>
        <message>
            <source>Synced {accounts}: {articles}, {changes}.</source>
            <translation>{accounts} synchronisé(s) : {articles}, {changes}.</translation>
        </message>
        <message>
            <source>Syncing accounts</source>
            <translation>Synchronisation des comptes</translation>
        </message>
        <message>
            <source>Syncing accounts: %v of %m new articles</source>
            <translation>Synchronisation des comptes : %v nouveaux articles sur %m</translation>
        </message>
        <message>
            <source>The sync failed</source>
            <translation>La synchronisation a échoué</translation>
        </message>
        <message>
            <source>{account} failed: {reason}</source>
            <translation>{account} a échoué : {reason}</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message numerus="yes">
            <source>Tags of the %n selected article(s), separated by commas:</source>
            <translation>
                <numerusform>Étiquettes (%n article sélectionné), séparées par des virgules :</numerusform>
                <numerusform>Étiquettes (%n articles sélectionnés), séparées par des virgules :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Stop this task; what is done is kept</source>
            <translation>Arrêter cette tâche ; ce qui est fait est conservé</translation>
        </message>
    </context>
    <context>
        <name>ViewCommands</name>
        <message>
            <source>Not opened: {url} (only web and e-mail links open)</source>
            <translation>Non ouvert : {url} (seuls les liens web et e-mail s’ouvrent)</translation>
        </message>
        <message>
            <source>Zoom: {percent}%</source>
            <translation>Zoom : {percent} %</translation>
        </message>
    </context>
    <context>
        <name>annotations</name>
        <message>
            <source>Asked for: {url} (redirected)</source>
            <translation>Demandée : {url} (redirigée)</translation>
        </message>
        <message>
            <source>At: {path}</source>
            <translation>Emplacement : {path}</translation>
        </message>
        <message>
            <source>Captured: {when}</source>
            <translation>Recueilli le : {when}</translation>
        </message>
        <message>
            <source>ETag: {etag}</source>
            <translation>ETag : {etag}</translation>
        </message>
        <message>
            <source>Fetched: {when}; HTTP {status}; server date: {date}</source>
            <translation>Téléchargée : {when} ; HTTP {status} ; date du serveur : {date}</translation>
        </message>
        <message>
            <source>From the feed: {url}</source>
            <translation>Du flux : {url}</translation>
        </message>
        <message>
            <source>From the file: {name}</source>
            <translation>Du fichier : {name}</translation>
        </message>
        <message>
            <source>From the sync account: {name} ({url})</source>
            <translation>Du compte synchronisé : {name} ({url})</translation>
        </message>
        <message>
            <source>Highlights and notes</source>
            <translation>Surlignages et notes</translation>
        </message>
        <message>
            <source>Not recorded (captured before this library kept provenance).</source>
            <translation>Non enregistrée (recueilli avant que la bibliothèque ne garde la provenance).</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <source>SHA-256 of the page as received (WARC-Payload-Digest): {hash}</source>
            <translation>SHA-256 de la page telle que reçue (WARC-Payload-Digest) : {hash}</translation>
        </message>
        <message>
            <source>SHA-256 of the record as received: {hash}</source>
            <translation>SHA-256 de l’enregistrement tel que reçu : {hash}</translation>
        </message>
        <message>
            <source>SHA-256: not recorded (the record's bytes could not be told apart)</source>
            <translation>SHA-256 : non enregistré (les octets de l’enregistrement n’ont pu être isolés)</translation>
        </message>
        <message>
            <source>Server date: {date}</source>
            <translation>Date du serveur : {date}</translation>
        </message>
        <message>
            <source>Subscription: {stream}; item: {item}</source>
            <translation>Abonnement : {stream} ; article : {item}</translation>
        </message>
        <message>
            <source>Text shown: the feed's own text</source>
            <translation>Texte affiché : celui du flux</translation>
        </message>
        <message>
            <source>Text shown: the full article from this page</source>
            <translation>Texte affiché : l’article complet de cette page</translation>
        </message>
        <message>
            <source>Web page: {url}</source>
            <translation>Page web : {url}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
    </context>
    <context>
        <name>message</name>
        <message>
            <source>Missing: {fonts}. Install them: {how}</source>
            <translation>Polices manquantes : {fonts}. Pour les installer : {how}</translation>
        </message>
        <message>
            <source>No font for Chinese, Japanese or Korean text is installed</source>
            <translation>Aucune police pour le chinois, le japonais ou le coréen n’est installée</translation>
        </message>
        <message>
            <source>Something went wrong (details are in the log file)</source>
            <translation>Une erreur s’est produite (les détails sont dans le fichier journal)</translation>
        </message>
        <message>
            <source>The library cannot be opened:
{error}

Log: {log}</source>
            <translation>Impossible d’ouvrir la bibliothèque :
{error}

Journal : {log}</translation>
        </message>
        <message>
            <source>The library is damaged; nothing more is written to it. Quit and start the program again to open a copy of the newest backup ({backup}).</source>
            <translation>La bibliothèque est endommagée ; plus rien n’y est écrit. Quittez et relancez le programme pour ouvrir une copie de la sauvegarde la plus récente ({backup}).</translation>
        </message>
        <message>
            <source>The library's background check failed</source>
            <translation>La vérification de la bibliothèque en arrière-plan a échoué</translation>
        </message>
        <message>
            <source>Updating the search index of your library…
This happens once after an update and can take a minute.</source>
            <translation>Mise à jour de l’index de recherche de votre bibliothèque…
Cela n’arrive qu’une fois après une mise à jour et peut prendre une minute.</translation>
        </message>
        <message>
            <source>the site may be blocked on this network: a proxy or a mirror can help (a proxy: Tools ▸ Settings ▸ Network; a mirror: the feed's Edit Feed… dialog)</source>
            <translation>le site est peut-être bloqué sur ce réseau : un proxy ou un miroir peut aider (un proxy : Outils ▸ Réglages ▸ Réseau ; un miroir : la fenêtre Modifier le flux… du flux)</translation>
        </message>
        <message>
            <source>there is none</source>
            <translation>il n’y en a aucune</translation>
        </message>
    </context>
</TS>
