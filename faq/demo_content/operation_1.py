"""Q&A, operation section, first part: getting started, registration, login, auth ID, password."""

ACCOUNT_SUBSECTIONS = [
    {
        "key": "registration-login",
        "title": {
            "ja": "利用の開始・利用者登録・ログイン",
            "en": "Getting started, registration and login",
            "zh-hant": "開始使用、使用者登錄與登入",
            "zh-hans": "开始使用、用户注册与登录",
            "ko": "이용 시작·이용자 등록·로그인",
            "es": "Primeros pasos, registro e inicio de sesión",
            "pt": "Primeiros passos, cadastro e login",
            "tl": "Pagsisimula, pagpaparehistro at pag-log in",
        },
        "questions": [
            {
                "key": "operation-manuals",
                "q": {
                    "ja": "操作方法を説明したマニュアルはありますか。",
                    "en": "Is there a manual that explains how to use the system?",
                },
                "a": {
                    "ja": (
                        "<p>「中長期在留者向け」と「所属機関向け」の2種類の操作マニュアルを用意しています。</p>"
                        "<ul>"
                        "<li><strong>中長期在留者向け</strong>：中長期在留者の方が、第19条の16の届出を行うとき</li>"
                        "<li><strong>所属機関向け</strong>：所属機関の担当者の方が、第19条の17の届出を行うとき、または中長期在留者から依頼を受けて、本人に代わって第19条の16の届出を行うとき</li>"
                        "</ul>"
                        "<p>マニュアルは、トップページやこのQ&amp;Aからリンクしている「操作マニュアル」のページで、画面で読むことも、ダウンロードすることもできます。</p>"
                    ),
                    "en": (
                        "<p>There are two operation manuals:</p>"
                        "<ul>"
                        "<li><strong>For residents</strong>: for mid- to long-term residents making Article 19-16 notifications.</li>"
                        "<li><strong>For organizations</strong>: for organization staff making Article 19-17 notifications, or filing Article 19-16 notifications for residents who asked them to.</li>"
                        "</ul>"
                        "<p>You can read both manuals on screen or download them from the Manuals page, linked from the top page and from this Q&amp;A.</p>"
                    ),
                },
            },
            {
                "key": "who-can-use",
                "q": {
                    "ja": "このシステムは誰が利用できますか。",
                    "en": "Who can use the system?",
                },
                "a": {
                    "ja": (
                        "<p>第19条の16の届出を行う中長期在留者の方と、第19条の17の届出を行う所属機関の担当者の方が利用できます。</p>"
                        "<p>所属機関では、複数の担当者がそれぞれ自分の認証IDで利用できます。管理者の役割をもつ担当者が、同じ機関のほかの担当者の利用を管理します。</p>"
                    ),
                    "en": (
                        "<p>Mid- to long-term residents who make Article 19-16 notifications, and staff of organizations that make Article 19-17 notifications.</p>"
                        "<p>An organization can have several staff users, each with their own auth ID. A staff member with the administrator role manages the other users of the same organization.</p>"
                    ),
                },
            },
            {
                "key": "fees",
                "q": {
                    "ja": "利用料金はかかりますか。",
                    "en": "Do I have to pay to use the system?",
                },
                "a": {
                    "ja": "<p>かかりません。利用は無料です。インターネットの通信料金は、利用者の方のご負担となります。</p>",
                    "en": "<p>No, it is free. Only your own internet connection charges apply.</p>",
                },
            },
            {
                "key": "opening-hours",
                "q": {
                    "ja": "いつ利用できますか。",
                    "en": "When can I use the system?",
                },
                "a": {
                    "ja": (
                        "<p>24時間365日利用できます。</p>"
                        "<p>ただし、メンテナンスなどのため利用できない時間があります。メンテナンスの予定は、トップページの「お知らせ」に掲載するほか、事前に各ページの上部にも表示します。メンテナンス中も、Q&amp;Aやマニュアルなどのページは閲覧できます。</p>"
                    ),
                    "en": (
                        "<p>24 hours a day, every day of the year.</p>"
                        "<p>The system is sometimes unavailable for maintenance. Planned maintenance is announced in the notices on the top page and, beforehand, in a banner at the top of every page. During maintenance you can still read the Q&amp;A, the manuals and the other information pages.</p>"
                    ),
                },
            },
            {
                "key": "paper-filings",
                "q": {
                    "ja": "書面で届け出ることもできますか。",
                    "en": "Can I send a paper notification through the system?",
                },
                "a": {
                    "ja": (
                        "<p>このシステムでは、書面や、書面をPDFなどのファイルにしたものによる届出は受け付けていません。</p>"
                        "<p>書面で届け出たい場合は、最寄りの地方出入国在留管理局の窓口にお持ちいただくか、郵送してください。郵送先は、ヘルプデスク（お問い合わせページをご覧ください）にお尋ねください。詳しくは{{q:filing-without-the-system}}をご覧ください。</p>"
                    ),
                    "en": (
                        "<p>No. The system does not accept paper notifications, nor scanned documents such as PDF files.</p>"
                        "<p>If you prefer to file on paper, take your notification to the counter of your nearest regional immigration services bureau, or send it by post. For the postal address, ask the help desk (see the Contact page). See also {{q:filing-without-the-system}}.</p>"
                    ),
                },
            },
            {
                "key": "supported-browsers",
                "q": {
                    "ja": "利用できるブラウザに制限はありますか。",
                    "en": "Which web browsers can I use?",
                },
                "a": {
                    "ja": (
                        "<p>特定のブラウザに限定していません。Microsoft Edge、Google Chrome、Mozilla Firefox、Safari など、現在サポートされているブラウザの最新版でご利用いただけます。パソコンのほか、スマートフォンやタブレットでも利用できます。</p>"
                        "<p>サポートが終了した古いブラウザ（Internet Explorer など）では正しく動作しないことがあります。ブラウザを最新の状態に更新してご利用ください。詳しくは「利用環境」のページをご覧ください。</p>"
                    ),
                    "en": (
                        "<p>The system is not tied to one browser. Use an up-to-date version of any currently supported browser, such as Microsoft Edge, Google Chrome, Mozilla Firefox or Safari, on a computer, a smartphone or a tablet.</p>"
                        "<p>Old browsers that are no longer supported (Internet Explorer, for example) may not work correctly, so please keep your browser updated. The Supported environment page has the details.</p>"
                    ),
                },
            },
            {
                "key": "spreadsheet-versions",
                "q": {
                    "ja": "一括届出用のExcelファイルは、どのバージョンで使えますか。",
                    "en": "Which version of Excel do I need for the bulk filing files?",
                },
                "a": {
                    "ja": (
                        "<p>一括届出テンプレートは、Excelの標準的なファイル形式（.xlsx）で提供しています。現在サポートされているバージョンの Microsoft Excel での利用を想定していますが、.xlsx 形式のファイルを編集・保存できるほかの表計算ソフトでも利用できます。</p>"
                        "<p>テンプレートには、入力の案内やプルダウンリストが設定されています。列の追加や削除、見出し行の変更はせず、.xlsx 形式のまま保存してアップロードしてください。</p>"
                    ),
                    "en": (
                        "<p>The bulk filing templates use the standard Excel file format (.xlsx). They are designed for currently supported versions of Microsoft Excel, and other spreadsheet programs that can edit and save .xlsx files work as well.</p>"
                        "<p>The templates contain instructions and drop-down lists. Do not add or delete columns or change the header rows, and save the file as .xlsx before uploading it.</p>"
                    ),
                },
            },
            {
                "key": "certificate-warning",
                "q": {
                    "ja": "サイトを開いたら、「この接続ではプライバシーが保護されません」など、証明書に関する警告が表示されました。どうすればよいですか。",
                    "en": "When I opened the site, my browser showed a certificate warning such as “Your connection is not private”. What should I do?",
                },
                "a": {
                    "ja": (
                        "<p>このサイトは、主要なブラウザが標準で信頼している証明書を使って、通信を暗号化（HTTPS）しています。利用者の方が証明書をインストールする必要はありません。</p>"
                        "<p>証明書の警告が表示された場合は、そのまま先に進まず、次の点をご確認ください。</p>"
                        "<ul>"
                        "<li>アドレスバーに表示されているアドレスが正しいか（メールなどのリンクから開いた場合は特にご注意ください）</li>"
                        "<li>パソコンやスマートフォンの日付と時刻が正しく設定されているか</li>"
                        "<li>ブラウザが最新の状態か</li>"
                        "</ul>"
                        "<p>それでも警告が表示される場合は、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。</p>"
                    ),
                    "en": (
                        "<p>This site encrypts all traffic (HTTPS) with a certificate that the major browsers trust out of the box. You never need to install a certificate yourself.</p>"
                        "<p>If you see a certificate warning, do not continue to the site. Check instead:</p>"
                        "<ul>"
                        "<li>that the address in the address bar is correct (take extra care if you followed a link in an e-mail or message);</li>"
                        "<li>that the date and time of your computer or phone are set correctly;</li>"
                        "<li>that your browser is up to date.</li>"
                        "</ul>"
                        "<p>If the warning still appears, contact the help desk (see the Contact page).</p>"
                    ),
                },
            },
            {
                "key": "using-a-smartphone",
                "q": {
                    "ja": "スマートフォンや携帯電話から利用できますか。",
                    "en": "Can I use the system on my smartphone or mobile phone?",
                },
                "a": {
                    "ja": (
                        "<p>はい。このサイトはスマートフォンやタブレットの画面の大きさに合わせて表示されるので、利用者登録、ログイン、届出、届出状況の確認まで、パソコンと同じように利用できます。</p>"
                        "<p>なお、所属機関の一括届出はテンプレートファイル（.xlsx）の編集が必要なため、パソコンでの作業をお勧めします。</p>"
                    ),
                    "en": (
                        "<p>Yes. The site adapts to the screen of your smartphone or tablet, so you can register, log in, file and check your filings just as on a computer.</p>"
                        "<p>For organizations' bulk filing, which means editing a template file (.xlsx), we recommend a computer.</p>"
                    ),
                },
            },
            {
                "key": "languages",
                "q": {
                    "ja": "日本語以外の言語で利用できますか。",
                    "en": "Can I use the system in languages other than Japanese?",
                },
                "a": {
                    "ja": (
                        "<p>はい。画面、入力欄の案内、システムから送るメールは、日本語、英語、中国語（繁体字）、中国語（簡体字）、韓国語、スペイン語、ポルトガル語、タガログ語の8言語で表示できます。中長期在留者の方も、所属機関の方も、すべての言語で利用できます。</p>"
                        "<p>言語は、各ページの言語切替メニューで選べます。一括届出テンプレートは、日本語版と英語版を用意しています。</p>"
                        "<p>ただし、入力する内容は、英字の氏名など英字で入力する項目を除いて、日本語で入力していただきます（{{q:entering-text-in-english}}）。</p>"
                    ),
                    "en": (
                        "<p>Yes. The pages, the help texts of the forms and the e-mails the system sends are available in eight languages: Japanese, English, Traditional Chinese, Simplified Chinese, Korean, Spanish, Portuguese and Tagalog. This applies to residents and organizations alike.</p>"
                        "<p>Choose your language with the language menu on any page. The bulk filing templates come in Japanese and English.</p>"
                        "<p>What you type into the forms, however, is entered in Japanese, except for fields written in Latin letters such as your name (see {{q:entering-text-in-english}}).</p>"
                    ),
                },
            },
            {
                "key": "entering-text-in-english",
                "q": {
                    "ja": "英語で入力することはできますか。",
                    "en": "Can I type my entries in English?",
                },
                "a": {
                    "ja": (
                        "<p>英字の氏名など、英字で入力する項目以外は、日本語で入力してください。</p>"
                        "<p>入力を助けるため、住居地の町名・番地などは半角で入力しても自動的に全角に変換され、英字の氏名は小文字で入力しても自動的に大文字に変換されます。入力欄の案内は、選んだ言語で表示されます。</p>"
                    ),
                    "en": (
                        "<p>Only the fields written in Latin letters, such as your name as shown on your residence card, are entered in English letters. Everything else is entered in Japanese.</p>"
                        "<p>The forms help you: the rest of your address (town, block and house number) is converted to full-width characters automatically, and a name typed in lower case is converted to capitals. The help texts of each field appear in the language you chose.</p>"
                    ),
                },
            },
            {
                "key": "registration-required",
                "q": {
                    "ja": "このシステムを開けば、すぐに届出ができますか。",
                    "en": "Can I file straight away when I open the system?",
                },
                "a": {
                    "ja": "<p>届出をする前に、利用者登録が必要です。登録の方法は{{q:how-to-register}}をご覧ください。</p>",
                    "en": "<p>You need to register as a user first. See {{q:how-to-register}} for how to register.</p>",
                },
            },
            {
                "key": "how-to-register",
                "q": {
                    "ja": "利用者登録は、どのように行いますか。",
                    "en": "How do I register as a user?",
                },
                "a": {
                    "ja": (
                        "<p><strong>中長期在留者の方</strong>は、このシステムでご自身で登録できます。トップページの「中長期在留者の方」からログイン画面に進み、「認証IDの発行（利用者登録）」を選んでください。画面の案内に従って、在留カードに記載されているとおりに入力してください。</p>"
                        "<p><strong>所属機関の方</strong>は、このシステムで登録することはできません。「ダウンロード」のページから「所属機関登録用テンプレート」を入手し、機関の名称、法人番号、所在地、担当者、メールアドレス、希望する認証ID（第1希望・第2希望）などを記入して、最寄りの地方出入国在留管理局の窓口にお持ちください。窓口で担当者であることを確認したうえで登録します（{{q:why-organizations-register-at-counter}}）。</p>"
                        "<p>同じ機関で複数の担当者が利用する場合は、管理者の役割をもつ担当者が、ほかの担当者の利用を管理します。</p>"
                    ),
                    "en": (
                        "<p><strong>Residents</strong> register themselves in the system. From the top page, go to the login page for residents and choose “Get an auth ID (register)”. Follow the instructions on screen and enter your details exactly as they appear on your residence card.</p>"
                        "<p><strong>Organizations</strong> cannot register in the system. Download the organization registration template from the Downloads page, fill in the organization's name, corporate number, address, contact person, e-mail address, the auth ID you would like (first and second choice) and the other items, and take it to the counter of your nearest regional immigration services bureau. You are registered there once your role in the organization has been confirmed (see {{q:why-organizations-register-at-counter}}).</p>"
                        "<p>If several staff members of the same organization use the system, a staff member with the administrator role manages the other users.</p>"
                    ),
                },
            },
            {
                "key": "why-organizations-register-at-counter",
                "q": {
                    "ja": "所属機関の利用者登録をオンラインでできないのはなぜですか。",
                    "en": "Why can organizations not register online?",
                },
                "a": {
                    "ja": "<p>オンラインでは、登録しようとしている方が本当にその所属機関の担当者であるかを確認できないためです。所属機関の方には、地方出入国在留管理局の窓口で、ご本人であることと、その機関の担当者であることの確認を受けたうえで登録していただいています。</p>",
                    "en": "<p>Because online we cannot confirm that the person registering really works for the organization. Organization users are therefore registered at the counter of a regional immigration services bureau, after their identity and their role in the organization have been checked.</p>",
                },
            },
            {
                "key": "registration-fails",
                "q": {
                    "ja": "利用者登録の画面で入力しても、登録できません。",
                    "en": "I filled in the registration form, but I cannot register.",
                },
                "a": {
                    "ja": (
                        "<p>次の点をご確認ください。</p>"
                        "<ul>"
                        "<li>お持ちの在留資格が、届出の対象となる在留資格か（{{q:statuses-that-must-file}}）。対象でない方は、利用者登録ができません。</li>"
                        "<li>在留カード番号、氏名、生年月日などが、在留カードの記載のとおりに入力されているか（{{q:fields-marked-for-checking}}）。</li>"
                        "<li>在留カードを受け取った当日ではないか（{{q:card-issued-today}}）。</li>"
                        "</ul>"
                        "<p>それでも登録できない理由が分からない場合は、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。</p>"
                    ),
                    "en": (
                        "<p>Please check:</p>"
                        "<ul>"
                        "<li>that your status of residence is one that must file (see {{q:statuses-that-must-file}}). People with other statuses cannot register;</li>"
                        "<li>that your residence card number, name, date of birth and the other details are entered exactly as on your card (see {{q:fields-marked-for-checking}});</li>"
                        "<li>that your card was not issued today (see {{q:card-issued-today}}).</li>"
                        "</ul>"
                        "<p>If you still cannot tell why registration fails, contact the help desk (see the Contact page).</p>"
                    ),
                },
            },
            {
                "key": "card-issued-today",
                "q": {
                    "ja": "今日、新しい在留カードを受け取りましたが、その在留カード番号で利用者登録ができません。",
                    "en": "I received a new residence card today, and I cannot register with its number.",
                },
                "a": {
                    "ja": "<p>在留カードが交付された当日は、その在留カードで利用者登録をすることができません。翌日以降にあらためて登録してください。</p>",
                    "en": "<p>A residence card cannot be used for registration on the day it is issued. Please register from the next day on.</p>",
                },
            },
            {
                "key": "new-residence-card",
                "q": {
                    "ja": "新しい在留カードの交付を受けました。利用者登録をやり直す必要はありますか。",
                    "en": "I have been issued a new residence card. Do I have to register again?",
                },
                "a": {
                    "ja": (
                        "<p>原則として、やり直す必要はありません。これまでの認証IDとパスワードでログインしてください。</p>"
                        "<p>届出の画面で入力する身分事項は、最新の在留カードの記載のとおりに入力してください。</p>"
                        "<p>なお、在留期間の更新や在留資格の変更などの許可を受けないまま在留期限を過ぎると、認証IDの有効期限も切れますのでご注意ください（{{q:auth-id-expiry}}）。</p>"
                    ),
                    "en": (
                        "<p>As a rule, no. Keep logging in with your existing auth ID and password.</p>"
                        "<p>When you file, enter your personal details exactly as they appear on your newest residence card.</p>"
                        "<p>Note that if your period of stay ends without a new permission (an extension of stay, a change of status or similar), your auth ID expires with it (see {{q:auth-id-expiry}}).</p>"
                    ),
                },
            },
            {
                "key": "registration-mail-missing",
                "q": {
                    "ja": "利用者登録をしたのに、登録完了のメールが届きません。",
                    "en": "I registered, but the registration e-mail has not arrived.",
                },
                "a": {
                    "ja": (
                        "<p>中長期在留者の方には、登録が完了してから数分以内に登録完了メールが届きます。所属機関の方には、窓口で受け付けた登録の処理が完了した時点で（通常は翌日）メールが届きます。</p>"
                        "<p>メールが届かないときは、次の点をご確認ください。</p>"
                        "<ul>"
                        "<li>迷惑メールのフォルダに振り分けられていないか</li>"
                        "<li>このシステムからのメールを受信できるよう設定しているか（{{q:free-or-mobile-email}}）</li>"
                        "<li>登録したメールアドレスに誤りがないか</li>"
                        "</ul>"
                        "<p>システムから送ったメールは、ログイン後のサイト内の受信箱でも読むことができます。それでも確認できない場合は、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。</p>"
                    ),
                    "en": (
                        "<p>Residents receive the registration e-mail within a few minutes of completing registration. Organization users receive it once the registration accepted at the counter has been processed, normally the next day.</p>"
                        "<p>If the e-mail does not arrive, check:</p>"
                        "<ul>"
                        "<li>your spam or junk folder;</li>"
                        "<li>that your mail settings accept messages from this system (see {{q:free-or-mobile-email}});</li>"
                        "<li>that the e-mail address you registered is correct.</li>"
                        "</ul>"
                        "<p>Every e-mail the system sends can also be read in the inbox on the site after you log in. If you still cannot find it, contact the help desk (see the Contact page).</p>"
                    ),
                },
            },
            {
                "key": "viewing-registered-details",
                "q": {
                    "ja": "登録した利用者情報を確認するには、どうすればよいですか。",
                    "en": "How can I see the details I registered?",
                },
                "a": {
                    "ja": (
                        "<p>ログイン後の「アカウント」のページで、認証IDやメールアドレスなど、登録されている主な情報を確認できます。パスワードは、安全のため表示されません。</p>"
                        "<p>認証IDとパスワードは、システムを利用するために必要な情報です。ご自身で大切に管理してください。</p>"
                    ),
                    "en": (
                        "<p>After logging in, the Account page shows the main details registered for you, such as your auth ID and e-mail address. For security, your password is never shown.</p>"
                        "<p>You need your auth ID and password to use the system, so keep them safe.</p>"
                    ),
                },
            },
            {
                "key": "changing-registered-details",
                "q": {
                    "ja": "登録した利用者情報を変更するには、どうすればよいですか。",
                    "en": "How do I change the details I registered?",
                },
                "a": {
                    "ja": (
                        "<p>このシステムで変更できるのは、<strong>パスワード</strong>と<strong>メールアドレス</strong>です。ログインした後に変更してください（{{q:changing-the-password}}、{{q:changing-the-email-address}}）。</p>"
                        "<p>そのほかの情報は、オンラインでは変更できません。中長期在留者の方の氏名、国籍・地域、生年月日、性別に変更があった場合は、変更があった日から14日以内に、最寄りの地方出入国在留管理局で、在留カードの記載事項（住居地以外）の変更の届出をしてください（{{q:what-is-not-filed-here}}）。</p>"
                    ),
                    "en": (
                        "<p>In the system you can change your <strong>password</strong> and your <strong>e-mail address</strong>, after logging in (see {{q:changing-the-password}} and {{q:changing-the-email-address}}).</p>"
                        "<p>Other details cannot be changed online. If a resident's name, nationality or region, date of birth or sex changes, the resident must report the change of the residence card details (other than the address) at the nearest regional immigration services bureau within 14 days (see {{q:what-is-not-filed-here}}).</p>"
                    ),
                },
            },
            {
                "key": "deleting-an-account",
                "q": {
                    "ja": "利用者登録を取り消したい（アカウントを削除したい）のですが、どうすればよいですか。",
                    "en": "How do I cancel my registration (delete my account)?",
                },
                "a": {
                    "ja": (
                        "<p>ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。</p>"
                        "<p>中長期在留者の方の場合、在留カードが失効すると、このシステムの利用者情報も自動的に無効になります。</p>"
                    ),
                    "en": (
                        "<p>Contact the help desk (see the Contact page).</p>"
                        "<p>A resident's account also ends automatically when their residence card expires.</p>"
                    ),
                },
            },
        ],
    },
    {
        "key": "auth-id",
        "title": {
            "ja": "認証ID",
            "en": "Auth ID",
            "zh-hant": "認證ID",
            "zh-hans": "认证ID",
            "ko": "인증 ID",
            "es": "ID de autenticación",
            "pt": "ID de autenticação",
            "tl": "Auth ID",
        },
        "questions": [
            {
                "key": "choosing-an-auth-id",
                "q": {
                    "ja": "認証IDは、どのように決めればよいですか。",
                    "en": "How do I choose my auth ID?",
                },
                "a": {
                    "ja": (
                        "<p>認証IDは、ご自身で決めていただきます。次の条件を満たすように設定してください。</p>"
                        "<ul>"
                        "<li>半角の英字、数字、記号を使って、6文字以上20文字以内</li>"
                        "<li>英字の大文字と小文字は区別されます</li>"
                        "<li>ほかの方がすでに使っている認証IDは使えません</li>"
                        "</ul>"
                        "<p>所属機関の方は、登録用テンプレートに第1希望と第2希望を記入してください。</p>"
                        "<p>認証IDはログインに必要です。忘れないよう、ご自身で管理してください。</p>"
                    ),
                    "en": (
                        "<p>You choose your auth ID yourself. It must:</p>"
                        "<ul>"
                        "<li>be 6 to 20 characters long, using half-width letters, digits and symbols;</li>"
                        "<li>be typed exactly, as upper- and lower-case letters are different;</li>"
                        "<li>not already be used by someone else.</li>"
                        "</ul>"
                        "<p>Organizations write a first and a second choice on the registration template.</p>"
                        "<p>You need your auth ID to log in, so keep a note of it somewhere safe.</p>"
                    ),
                },
            },
            {
                "key": "one-auth-id-per-person",
                "q": {
                    "ja": "1人で複数の認証IDを持つことはできますか。",
                    "en": "Can one person have more than one auth ID?",
                },
                "a": {
                    "ja": "<p>できません。すでに利用者登録をしている方は重ねて登録できないため、有効な認証IDは1人につき1つです。</p>",
                    "en": "<p>No. Someone who is already registered cannot register again, so each person has only one valid auth ID.</p>",
                },
            },
            {
                "key": "auth-id-expiry",
                "q": {
                    "ja": "認証IDに有効期限はありますか。期限が切れたらどうすればよいですか。",
                    "en": "Does my auth ID expire? What do I do when it has expired?",
                },
                "a": {
                    "ja": (
                        "<ul>"
                        "<li><strong>中長期在留者の方</strong>：在留期限が、認証IDの有効期限です。在留期間の更新や在留資格の変更などの許可を受けて在留期限が延びた場合は、新しい在留期限まで引き続き利用できます。</li>"
                        "<li><strong>所属機関の方</strong>：最後にシステムを利用した日から1年が過ぎると、認証IDが失効して利用できなくなります。失効した場合は、最寄りの地方出入国在留管理局の窓口で、あらためて認証IDの発行を受けてください。</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li><strong>Residents</strong>: your auth ID is valid until the end of your period of stay. If your stay is extended, through an extension of stay, a change of status or similar, you can keep using it until the new end date.</li>"
                        "<li><strong>Organization users</strong>: your auth ID expires one year after you last used the system. If it has expired, get a new auth ID at the counter of your nearest regional immigration services bureau.</li>"
                        "</ul>"
                    ),
                },
            },
            {
                "key": "forgotten-auth-id",
                "q": {
                    "ja": "認証IDを忘れてしまいました。",
                    "en": "I have forgotten my auth ID.",
                },
                "a": {
                    "ja": (
                        "<p><strong>中長期在留者の方</strong>は、ログイン画面の「認証ID・パスワードの再通知」で、在留カード番号などの登録情報を入力してください。登録されているメールアドレスに、認証IDをお知らせするメールが届きます。認証IDを確認するだけであれば、新しいパスワードを設定する必要はありません。</p>"
                        "<p><strong>所属機関の方</strong>は、このシステムで認証IDを確認することはできません。最寄りの地方出入国在留管理局の窓口でご確認ください。</p>"
                    ),
                    "en": (
                        "<p><strong>Residents</strong>: on the login page, choose “Forgot your auth ID or password?” and enter your residence card number and the other registered details. An e-mail with your auth ID is sent to your registered e-mail address. If you only need your auth ID, you do not have to set a new password.</p>"
                        "<p><strong>Organization users</strong> cannot look up their auth ID in the system. Please ask at the counter of your nearest regional immigration services bureau.</p>"
                    ),
                },
            },
        ],
    },
    {
        "key": "password",
        "title": {
            "ja": "パスワード",
            "en": "Password",
            "zh-hant": "密碼",
            "zh-hans": "密码",
            "ko": "비밀번호",
            "es": "Contraseña",
            "pt": "Senha",
            "tl": "Password",
        },
        "questions": [
            {
                "key": "password-rules",
                "q": {
                    "ja": "パスワードは、どのように決めればよいですか。",
                    "en": "What are the rules for my password?",
                },
                "a": {
                    "ja": (
                        "<p>パスワードは、ご自身で決めていただきます。次の条件を満たすように設定してください。</p>"
                        "<ul>"
                        "<li>8文字以上32文字以内</li>"
                        "<li>半角の英字、数字、記号（$ % &amp; = @ _ # * + - ? !）を、それぞれ1文字以上含める</li>"
                        "<li>英字の大文字と小文字は区別されます</li>"
                        "<li>認証IDを含むパスワードは設定できません</li>"
                        "</ul>"
                        "<p>よく使われているパスワードなど、推測されやすいものも設定できません。できるだけ長いパスワードをお勧めします。</p>"
                    ),
                    "en": (
                        "<p>You choose your password yourself. It must:</p>"
                        "<ul>"
                        "<li>be 8 to 32 characters long;</li>"
                        "<li>contain at least one half-width letter, one digit and one symbol from $ % &amp; = @ _ # * + - ? !;</li>"
                        "<li>be typed exactly, as upper- and lower-case letters are different;</li>"
                        "<li>not contain your auth ID.</li>"
                        "</ul>"
                        "<p>Passwords that are easy to guess, such as very common ones, are refused as well. A longer password is safer.</p>"
                    ),
                },
            },
            {
                "key": "password-expiry",
                "q": {
                    "ja": "パスワードに有効期限はありますか。期限が切れたらどうすればよいですか。",
                    "en": "Does my password expire? What do I do when it has expired?",
                },
                "a": {
                    "ja": (
                        "<p>パスワードの有効期限は、設定した日または最後に変更した日から1年です。期限が切れたパスワードのままでは利用を続けられないため、新しいパスワードを設定してください。</p>"
                        "<ul>"
                        "<li><strong>中長期在留者の方</strong>：ログイン画面の「認証ID・パスワードの再通知」から、新しいパスワードを設定できます。登録されているメールアドレスにワンタイムコードが届きますので、そのコードを入力して設定してください。</li>"
                        "<li><strong>所属機関の方</strong>：期限が切れた後は、このシステムで新しいパスワードを設定することはできません。最寄りの地方出入国在留管理局の窓口で、新しいパスワードの登録を受けてください。</li>"
                        "</ul>"
                        "<p>パスワードは、安全のため、メールで送ったり画面に表示したりすることはありません。期限切れを防ぐため、ログイン後に定期的にパスワードを変更することをお勧めします（{{q:changing-the-password}}）。</p>"
                    ),
                    "en": (
                        "<p>A password is valid for one year from the day it was set or last changed. An expired password cannot be used any longer, so you need to set a new one.</p>"
                        "<ul>"
                        "<li><strong>Residents</strong>: set a new password through “Forgot your auth ID or password?” on the login page. A one-time code is sent to your registered e-mail address; enter it to set the new password.</li>"
                        "<li><strong>Organization users</strong>: once the password has expired, it cannot be renewed in the system. Have a new password registered at the counter of your nearest regional immigration services bureau.</li>"
                        "</ul>"
                        "<p>For security, passwords are never sent by e-mail or shown on screen. To avoid expiry, change your password regularly after logging in (see {{q:changing-the-password}}).</p>"
                    ),
                },
            },
            {
                "key": "changing-the-password",
                "q": {
                    "ja": "パスワードを変更するには、どうすればよいですか。",
                    "en": "How do I change my password?",
                },
                "a": {
                    "ja": "<p>中長期在留者の方も所属機関の方も、ログインした後、パスワード変更の画面で新しいパスワードを設定できます。変更すると、確認のメールが届きます。</p>",
                    "en": "<p>Residents and organization users alike can set a new password on the password change page after logging in. You will receive an e-mail confirming the change.</p>",
                },
            },
            {
                "key": "forgotten-password",
                "q": {
                    "ja": "パスワードを忘れてしまいました。",
                    "en": "I have forgotten my password.",
                },
                "a": {
                    "ja": (
                        "<p>登録されているパスワードをお知らせすることはできません。新しいパスワードを設定してください。</p>"
                        "<p><strong>中長期在留者の方</strong>は、ログイン画面の「認証ID・パスワードの再通知」で、在留カード番号などの登録情報を入力してください。登録されているメールアドレスにワンタイムコードが届きますので、そのコードを入力して新しいパスワードを設定してください。</p>"
                        "<p><strong>所属機関の方</strong>は、このシステムで新しいパスワードを設定することはできません。最寄りの地方出入国在留管理局の窓口で、新しいパスワードの登録を受けてください。</p>"
                    ),
                    "en": (
                        "<p>Your existing password cannot be sent to you, so you need to set a new one.</p>"
                        "<p><strong>Residents</strong>: choose “Forgot your auth ID or password?” on the login page and enter your residence card number and the other registered details. A one-time code is sent to your registered e-mail address; enter it and set a new password.</p>"
                        "<p><strong>Organization users</strong> cannot set a new password in the system. Have a new password registered at the counter of your nearest regional immigration services bureau.</p>"
                    ),
                },
            },
            {
                "key": "credentials-known-to-others",
                "q": {
                    "ja": "認証IDやパスワードを他人に知られてしまいました。不正に使われないか心配です。",
                    "en": "Someone else has learned my auth ID or password. I am worried it will be misused.",
                },
                "a": {
                    "ja": (
                        "<p>パスワードを知られた場合は、すぐにログインしてパスワードを変更してください（{{q:changing-the-password}}）。</p>"
                        "<p>あわせて、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。状況に応じて、不正利用を防ぐためにアカウントを停止します。</p>"
                    ),
                    "en": (
                        "<p>If your password is known to someone else, log in and change it at once (see {{q:changing-the-password}}).</p>"
                        "<p>Also contact the help desk (see the Contact page). Depending on the situation, the account will be deactivated to prevent misuse.</p>"
                    ),
                },
            },
            {
                "key": "account-locked",
                "q": {
                    "ja": "パスワードを何度も間違えて、ロックされてしまいました。",
                    "en": "I entered a wrong password several times and my account is locked.",
                },
                "a": {
                    "ja": (
                        "<p>ロックは、1日たつと自動的に解除されます。翌日以降にあらためてログインしてください。</p>"
                        "<p><strong>中長期在留者の方</strong>でお急ぎの場合は、ログイン画面の「認証ID・パスワードの再通知」で新しいパスワードを設定すると、ロックがすぐに解除され、利用を再開できます。</p>"
                        "<p><strong>所属機関の方</strong>は、ログインする前にパスワードを変更することはできないため、翌日以降にご利用ください。</p>"
                    ),
                    "en": (
                        "<p>The lock is lifted automatically after one day. Please log in again the next day.</p>"
                        "<p><strong>Residents</strong> in a hurry can set a new password through “Forgot your auth ID or password?” on the login page; this lifts the lock at once.</p>"
                        "<p><strong>Organization users</strong> cannot change their password before logging in, so please wait until the next day.</p>"
                    ),
                },
            },
        ],
    },
]
