"""Q&A, operation section, second part: e-mail, personal details, filing, bulk files, security."""

FILING_SUBSECTIONS = [
    {
        "key": "mail",
        "title": {
            "ja": "メールアドレスとメール",
            "en": "E-mail address and messages",
            "zh-hant": "電子郵件地址與通知郵件",
            "zh-hans": "电子邮箱地址与通知邮件",
            "ko": "이메일 주소와 메일",
            "es": "Correo electrónico y mensajes",
            "pt": "E-mail e mensagens",
            "tl": "E-mail address at mga mensahe",
        },
        "questions": [
            {
                "key": "email-required",
                "q": {
                    "ja": "メールアドレスの登録は必須ですか。",
                    "en": "Do I have to register an e-mail address?",
                },
                "a": {
                    "ja": (
                        "<p>必須です。利用者登録をしたときや、届出を受け付けたとき・登録が完了したときなどに、システムから自動的にお知らせのメールを送ります。また、パスワードを設定し直すためのワンタイムコードも、登録されたメールアドレスに送ります。必ず、受信できるメールアドレスを登録してください（{{q:free-or-mobile-email}}）。</p>"
                        "<p>システムから送ったメールは、ログイン後のサイト内の受信箱にも保存されます。</p>"
                    ),
                    "en": (
                        "<p>Yes. The system automatically e-mails you when you register, when your filing is received and when it has been registered, among other events. The one-time code for setting a new password is also sent to your registered address. Please register an address where you can actually receive mail (see {{q:free-or-mobile-email}}).</p>"
                        "<p>Every e-mail the system sends is also kept in the inbox on the site, which you can open after logging in.</p>"
                    ),
                },
            },
            {
                "key": "free-or-mobile-email",
                "q": {
                    "ja": "フリーメールや携帯電話のメールアドレスでも登録できますか。",
                    "en": "Can I register a free web-mail address or my mobile phone's address?",
                },
                "a": {
                    "ja": (
                        "<p>登録できます。システムからのメールはスマートフォンでも読みやすい形で送りますので、パソコンのメールアドレスである必要はありません。</p>"
                        "<p>ただし、メールが確実に届くよう、次の点にご注意ください。</p>"
                        "<ul>"
                        "<li>迷惑メール対策で受信するメールを制限している場合は、このシステムからのメールを受信できるよう設定してください。</li>"
                        "<li>普段使っていないアドレスや、容量がいっぱいになっているアドレスは避けてください。</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<p>Yes. The system's e-mails are easy to read on a smartphone, so you do not need a computer e-mail address.</p>"
                        "<p>To make sure our mail reaches you:</p>"
                        "<ul>"
                        "<li>if you filter incoming mail against spam, allow mail from this system;</li>"
                        "<li>avoid an address you rarely check or whose mailbox is full.</li>"
                        "</ul>"
                    ),
                },
            },
            {
                "key": "email-address-changed",
                "q": {
                    "ja": "使っていたメールアドレスが変わりました。何か手続が必要ですか。",
                    "en": "My e-mail address has changed. Do I need to do anything?",
                },
                "a": {
                    "ja": "<p>はい。古いメールアドレスのままでは、システムからのお知らせやワンタイムコードが届きません。ログインして、新しいメールアドレスを登録してください（{{q:changing-the-email-address}}）。</p>",
                    "en": "<p>Yes. Notices and one-time codes cannot reach you at the old address. Log in and register your new address (see {{q:changing-the-email-address}}).</p>",
                },
            },
            {
                "key": "changing-the-email-address",
                "q": {
                    "ja": "登録したメールアドレスを変更するには、どうすればよいですか。",
                    "en": "How do I change my registered e-mail address?",
                },
                "a": {
                    "ja": "<p>ログインした後、メールアドレス変更の画面で新しいメールアドレスを登録してください。変更すると、確認のメールが届きます。</p>",
                    "en": "<p>Log in and enter the new address on the e-mail change page. You will receive an e-mail confirming the change.</p>",
                },
            },
            {
                "key": "when-mails-are-sent",
                "q": {
                    "ja": "どのようなときにメールが届きますか。",
                    "en": "When does the system send me an e-mail?",
                },
                "a": {
                    "ja": (
                        "<p>次のときに、登録されたメールアドレスにメールを送ります。</p>"
                        "<ul>"
                        "<li>利用者登録をしたとき</li>"
                        "<li>認証IDの再通知をしたとき、パスワードを設定し直すためのワンタイムコードを求めたとき</li>"
                        "<li>メールアドレスを変更したとき</li>"
                        "<li>パスワードを変更したとき</li>"
                        "<li>届出を受け付けたとき（正常に受け付けた場合、エラーの場合とも）</li>"
                        "<li>届出の登録が終わったとき（正常に完了した場合、エラーの場合とも）</li>"
                        "</ul>"
                        "<p>届出の手続は、登録が正常に完了した旨のメールが送られた時点で完了します。エラーのお知らせが届いた場合は、内容を確認して、もう一度届け出てください（{{q:filing-status}}）。</p>"
                        "<p>送ったメールは、すべてログイン後のサイト内の受信箱でも確認できます。</p>"
                    ),
                    "en": (
                        "<p>The system e-mails your registered address:</p>"
                        "<ul>"
                        "<li>when you register;</li>"
                        "<li>when you ask for your auth ID or for a one-time code to set a new password;</li>"
                        "<li>when you change your e-mail address;</li>"
                        "<li>when you change your password;</li>"
                        "<li>when a filing is received (successfully or with an error);</li>"
                        "<li>when a filing has been registered (successfully or with an error).</li>"
                        "</ul>"
                        "<p>A filing is complete once the e-mail saying it was registered successfully has been sent. If you receive an error notice, check it and file again (see {{q:filing-status}}).</p>"
                        "<p>All these e-mails can also be read in the inbox on the site after you log in.</p>"
                    ),
                },
            },
            {
                "key": "replying-to-mails",
                "q": {
                    "ja": "システムから届いたメールに返信できますか。",
                    "en": "Can I reply to an e-mail from the system?",
                },
                "a": {
                    "ja": (
                        "<p>できません。システムからのメールは送信専用のアドレスから送っているため、返信されても内容を確認することができません。</p>"
                        "<p>お問い合わせは、ヘルプデスク（お問い合わせページをご覧ください）にお願いします。</p>"
                    ),
                    "en": (
                        "<p>No. The system's e-mails come from a send-only address, and replies are not read.</p>"
                        "<p>For questions, please contact the help desk (see the Contact page).</p>"
                    ),
                },
            },
            {
                "key": "unexpected-mail",
                "q": {
                    "ja": "心当たりのないメールが届きました。",
                    "en": "I received an e-mail about something I did not do.",
                },
                "a": {
                    "ja": (
                        "<p>ご自身で操作していないのに、パスワードの変更、認証IDの再通知、ワンタイムコードについてのメールが届いた場合は、第三者があなたのアカウントを使おうとしているおそれがあります。</p>"
                        "<p>ログインできる場合はすぐにパスワードを変更し、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください（{{q:credentials-known-to-others}}）。</p>"
                        "<p>このシステムがメールでパスワードを尋ねることはありません。</p>"
                    ),
                    "en": (
                        "<p>If you receive an e-mail about a password change, an auth ID reminder or a one-time code that you did not ask for, someone else may be trying to use your account.</p>"
                        "<p>If you can log in, change your password at once, and contact the help desk (see the Contact page and {{q:credentials-known-to-others}}).</p>"
                        "<p>The system never asks for your password by e-mail.</p>"
                    ),
                },
            },
        ],
    },
    {
        "key": "identity-input",
        "title": {
            "ja": "身分事項の入力",
            "en": "Entering your personal details",
            "zh-hant": "身分事項的輸入",
            "zh-hans": "身份事项的输入",
            "ko": "신분 사항 입력",
            "es": "Introducción de sus datos personales",
            "pt": "Preenchimento dos dados pessoais",
            "tl": "Paglalagay ng inyong personal na detalye",
        },
        "questions": [
            {
                "key": "entering-nationality",
                "q": {
                    "ja": "国籍・地域の入力方法が分かりません。",
                    "en": "How do I enter my nationality or region?",
                },
                "a": {
                    "ja": "<p>国籍・地域の欄の一覧から選んでください。一覧は、原則として国・地域名の英語表記のアルファベット順に並んでいます。</p>",
                    "en": "<p>Choose it from the list in the nationality/region field. The list is, as a rule, in alphabetical order of the English names of the countries and regions.</p>",
                },
            },
            {
                "key": "entering-address",
                "q": {
                    "ja": "住居地の入力方法が分かりません。",
                    "en": "How do I enter my residential address?",
                },
                "a": {
                    "ja": (
                        "<p>住居地は、次の順に入力します。</p>"
                        "<ol>"
                        "<li>都道府県を一覧から選びます。</li>"
                        "<li>選んだ都道府県の市区町村が表示されるので、一覧から選びます。</li>"
                        "<li>町名・丁目・番地・号などを、入力欄に全角で入力します（半角で入力しても、自動的に全角に変換されます）。</li>"
                        "</ol>"
                        "<p>在留カードに記載されている住居地のとおりに入力してください。</p>"
                    ),
                    "en": (
                        "<p>Enter your address in three steps:</p>"
                        "<ol>"
                        "<li>choose the prefecture from the list;</li>"
                        "<li>choose the city, ward, town or village from the list that then appears for that prefecture;</li>"
                        "<li>type the rest of the address (town name, block and house number) in full-width characters; half-width input is converted automatically.</li>"
                        "</ol>"
                        "<p>Enter the address exactly as it appears on your residence card.</p>"
                    ),
                },
            },
            {
                "key": "fields-marked-for-checking",
                "q": {
                    "ja": "身分事項を入力したら「在留カードの記載のとおりに入力してください」というエラーが表示され、いくつかの項目に印が付きました。どこが間違っているのか分かりません。",
                    "en": "After entering my personal details I got the error “Enter your details exactly as on your residence card”, and several fields are marked. I cannot see what is wrong.",
                },
                "a": {
                    "ja": (
                        "<p>このエラーでは、確認していただきたい項目すべてに印を付けています。印の付いた項目が、必ずしも間違っているわけではありません。</p>"
                        "<p>個人情報を守るため、どの項目が一致しなかったかはお知らせしていません。印の付いた項目について、在留カードの記載と一字一句同じかどうかを、もう一度ご確認ください。</p>"
                        "<p>在留カードのとおりに入力してもエラーになる場合は、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。</p>"
                    ),
                    "en": (
                        "<p>With this error, every field you should check again is marked. A marked field is not necessarily wrong.</p>"
                        "<p>To protect personal data, the system does not say which field did not match. Compare each marked field with your residence card, character by character.</p>"
                        "<p>If the error remains although you entered everything as on your card, contact the help desk (see the Contact page).</p>"
                    ),
                },
            },
            {
                "key": "address-character-error",
                "q": {
                    "ja": "住居地を入力すると、エラーになります。",
                    "en": "I get an error when I enter my address.",
                },
                "a": {
                    "ja": (
                        "<p>使えない文字が含まれていないかご確認ください。住居地に使える文字は、JIS第1水準・第2水準の漢字と、ひらがな、カタカナ、英数字などです。</p>"
                        "<p>一部の旧字体や異体字など、これ以外の文字は使えません。入力方法が分からない場合は、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。</p>"
                    ),
                    "en": (
                        "<p>Check that the address contains only characters the system supports: kanji of JIS levels 1 and 2, hiragana, katakana, Latin letters, digits and similar.</p>"
                        "<p>Other characters, such as some old or variant forms of kanji, cannot be used. If you are not sure how to enter your address, contact the help desk (see the Contact page).</p>"
                    ),
                },
            },
            {
                "key": "latin-name-order",
                "q": {
                    "ja": "英字の氏名は、どの順番で入力すればよいですか。",
                    "en": "In what order do I enter my name in Latin letters?",
                },
                "a": {
                    "ja": (
                        "<p>在留カードに記載されている順番のとおりに入力してください。</p>"
                        "<p>その順番で入力してもエラーになる場合は、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。</p>"
                    ),
                    "en": (
                        "<p>In the same order as on your residence card.</p>"
                        "<p>If you still get an error with that order, contact the help desk (see the Contact page).</p>"
                    ),
                },
            },
            {
                "key": "name-keeps-failing",
                "q": {
                    "ja": "氏名を入力すると、何度もエラーになります。",
                    "en": "My name keeps being rejected.",
                },
                "a": {
                    "ja": (
                        "<p>英字の氏名は、在留カードの記載のとおり、半角の大文字で入力してください。姓と名の間などのスペースも、在留カードのとおりに半角で入力します。</p>"
                        "<p>小文字や全角で入力した場合は、自動的に半角の大文字に変換されます。スペースの数や位置、ハイフンなどの記号が在留カードと同じかどうかもご確認ください。</p>"
                    ),
                    "en": (
                        "<p>Enter your name in half-width capital letters, exactly as on your residence card, with half-width spaces where the card has spaces.</p>"
                        "<p>Lower-case or full-width input is converted to half-width capitals automatically. Also check that the number and position of spaces and any hyphens or other marks match your card.</p>"
                    ),
                },
            },
            {
                "key": "account-data-mismatch",
                "q": {
                    "ja": "「利用者情報に誤りがあります」というエラーが表示されます。",
                    "en": "I get the error “Your user details are incorrect”.",
                },
                "a": {
                    "ja": (
                        "<p>入力した内容が、在留カードの記載と一致していない可能性があります。在留カード番号、氏名、生年月日などが在留カードのとおりに入力されているかをご確認ください。</p>"
                        "<p>在留カードのとおりに入力してもエラーになる場合は、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。</p>"
                    ),
                    "en": (
                        "<p>What you entered probably does not match your residence card. Check that the card number, your name, date of birth and the other details are exactly as on the card.</p>"
                        "<p>If the error remains although everything matches your card, contact the help desk (see the Contact page).</p>"
                    ),
                },
            },
        ],
    },
    {
        "key": "filing",
        "title": {
            "ja": "届出の登録と確認",
            "en": "Filing and checking your filings",
            "zh-hant": "提出申報與查詢",
            "zh-hans": "提交申报与查询",
            "ko": "신고 등록과 확인",
            "es": "Presentar y consultar notificaciones",
            "pt": "Enviar e consultar notificações",
            "tl": "Pagsusumite at pagtingin sa mga abiso",
        },
        "questions": [
            {
                "key": "attachments",
                "q": {
                    "ja": "届出のときに、書類を添付する必要はありますか。",
                    "en": "Do I need to attach any documents to a filing?",
                },
                "a": {
                    "ja": "<p>ありません。このシステムでの届出には、書類の添付は不要です。ファイルを添付する機能もありません。</p>",
                    "en": "<p>No. Filings in this system need no documents, and there is no way to attach files.</p>",
                },
            },
            {
                "key": "event-date-past-or-future",
                "q": {
                    "ja": "届出の事由が生じた日（変更があった日）に、過去の日付や将来の日付を入力できますか。",
                    "en": "Can I enter a past or a future date as the date of the event?",
                },
                "a": {
                    "ja": (
                        "<p>過去の日付は入力できますが、将来の日付は入力できません。届出は、出来事が実際に起きた後に行ってください。</p>"
                        "<p>出来事から14日を過ぎている場合も届出は受け付けますが、期限後の届出として記録されます。届出の期限と罰則については{{q:penalties}}をご覧ください。</p>"
                    ),
                    "en": (
                        "<p>A past date, yes; a future date, no. File only after the event has actually happened.</p>"
                        "<p>A filing made more than 14 days after the event is still accepted, but it is recorded as late. For the deadline and penalties, see {{q:penalties}}.</p>"
                    ),
                },
            },
            {
                "key": "actual-place-of-activity",
                "q": {
                    "ja": "第19条の16の届出画面にある任意の項目「実際の活動場所」とは何ですか。",
                    "en": "What is the optional field “Actual place of activity” in the Article 19-16 filing form?",
                },
                "a": {
                    "ja": (
                        "<p>届け出る所属機関の所在地と、実際に活動している場所が異なる場合に、実際の活動場所を入力していただく項目です。入力は任意です。</p>"
                        "<p>例：所属機関として本社の名称と所在地を届け出ているが、実際には支店や営業所で働いている場合</p>"
                    ),
                    "en": (
                        "<p>If the place where you actually work or study differs from the address of the organization you report, you can enter that place here. The field is optional.</p>"
                        "<p>Example: you report your company's head office as your organization, but you actually work at one of its branches or sales offices.</p>"
                    ),
                },
            },
            {
                "key": "viewing-filed-content",
                "q": {
                    "ja": "届け出た内容を、後から確認できますか。",
                    "en": "Can I see later what I filed?",
                },
                "a": {
                    "ja": (
                        "<p>はい。ログイン後の「届出状況」のページで、これまでの届出の一覧から、それぞれの届出の内容をすべて確認できます。</p>"
                        "<p>届出を送信すると、受付番号の入った控えが表示されます。控えは、印刷したり保存したりできます。</p>"
                    ),
                    "en": (
                        "<p>Yes. After logging in, the Filing status page lists all your filings, and you can open each one to see everything you filed.</p>"
                        "<p>When you send a filing, a receipt with a receipt number is shown, which you can print or save.</p>"
                    ),
                },
            },
            {
                "key": "filing-status",
                "q": {
                    "ja": "届出の処理状況を確認できますか。",
                    "en": "Can I check how my filing is being processed?",
                },
                "a": {
                    "ja": (
                        "<p>はい。ログイン後の「届出状況」のページで、これまでの届出の履歴と、それぞれの処理状況を確認できます。</p>"
                        "<ul>"
                        "<li><strong>登録中</strong>：届出の内容をシステムに登録する処理をしています。</li>"
                        "<li><strong>登録完了</strong>：登録が正常に完了しました。届出の手続は完了です。</li>"
                        "<li><strong>登録エラー</strong>：届出の内容に問題があり、登録できませんでした。</li>"
                        "</ul>"
                        "<p>「登録エラー」になった場合は、エラーの内容を確認してください。その届出の内容が入力された状態で新しい届出を始められますので、誤りを直して届け出てください。</p>"
                        "<p>所属機関の一括届出で、ファイル全体を受け付けられなかった場合は「受付エラー」と表示されます（{{q:bulk-errors-refiling}}）。</p>"
                    ),
                    "en": (
                        "<p>Yes. After logging in, the Filing status page shows all your filings and the state of each one:</p>"
                        "<ul>"
                        "<li><strong>Processing</strong>: the filing is being registered.</li>"
                        "<li><strong>Completed</strong>: the filing was registered successfully. Your filing is done.</li>"
                        "<li><strong>Error</strong>: the filing could not be registered because of a problem in its content.</li>"
                        "</ul>"
                        "<p>If a filing shows an error, read the error details. You can start a new filing pre-filled with the content of the failed one, correct the mistake and send it.</p>"
                        "<p>For an organization's bulk file that could not be accepted as a whole, the status shows “Reception error” (see {{q:bulk-errors-refiling}}).</p>"
                    ),
                },
            },
            {
                "key": "changing-a-filing",
                "q": {
                    "ja": "届け出た内容を変更できますか。",
                    "en": "Can I change a filing after sending it?",
                },
                "a": {
                    "ja": (
                        "<p>一度届け出た内容を変更することはできません。内容に誤りがあった場合は、正しい内容でもう一度届け出てください。</p>"
                        "<p>同じ日に全く同じ内容の届出が複数回行われた場合は、最後に行った届出が有効になります。</p>"
                    ),
                    "en": (
                        "<p>No. A filing cannot be changed once it has been sent. If it contained a mistake, file again with the correct content.</p>"
                        "<p>If exactly the same filing is made more than once on the same day, the last one counts.</p>"
                    ),
                },
            },
            {
                "key": "correcting-or-withdrawing",
                "q": {
                    "ja": "誤った内容で届け出てしまいました。届出を取り下げることはできますか。",
                    "en": "I filed something wrong. Can I withdraw the filing?",
                },
                "a": {
                    "ja": (
                        "<p>誤りを正すには、正しい内容でもう一度届け出てください（{{q:changing-a-filing}}）。</p>"
                        "<p>このシステムで届出を取り下げることはできません。取下げを希望する場合は、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。手続を行う地方出入国在留管理局の窓口をご案内します。</p>"
                    ),
                    "en": (
                        "<p>To correct a mistake, file again with the correct content (see {{q:changing-a-filing}}).</p>"
                        "<p>A filing cannot be withdrawn in the system. If you want to withdraw one, contact the help desk (see the Contact page); they will tell you which regional immigration services bureau counter handles it.</p>"
                    ),
                },
            },
            {
                "key": "completion-mail-delay",
                "q": {
                    "ja": "届出の完了メールがなかなか届きません。",
                    "en": "The e-mail confirming my filing is taking a long time to arrive.",
                },
                "a": {
                    "ja": (
                        "<p>届出の登録は、通常、送信後まもなく完了し、完了のメールが届きます。ただし、混み合っているときや、登録の処理を夜間にまとめて行っている期間は、翌日以降になることがあります。</p>"
                        "<p>まず、ログイン後の「届出状況」のページで処理状況をご確認ください。メールは、サイト内の受信箱でも確認できます。</p>"
                        "<p>登録しているメールアドレスを使わなくなっている場合は、メールアドレスを変更してください（{{q:changing-the-email-address}}）。3日以上たっても登録が完了しない場合は、ヘルプデスク（お問い合わせページをご覧ください）にご連絡ください。</p>"
                    ),
                    "en": (
                        "<p>Registration normally finishes shortly after you send the filing, and the confirmation e-mail follows. At busy times, or during periods when registration is processed overnight in one batch, it can take until the next day or later.</p>"
                        "<p>First check the state of the filing on the Filing status page after logging in. The e-mail can also be read in the inbox on the site.</p>"
                        "<p>If you no longer use your registered e-mail address, change it (see {{q:changing-the-email-address}}). If the filing is still not registered after three days or more, contact the help desk (see the Contact page).</p>"
                    ),
                },
            },
            {
                "key": "printing-error-details",
                "q": {
                    "ja": "届出状況のページに表示されるエラーの詳細を、簡単に印刷する方法はありますか。",
                    "en": "Is there an easy way to print the error details shown on the Filing status page?",
                },
                "a": {
                    "ja": "<p>はい。エラーの詳細や届出の控えは、印刷に適した形で表示されます。ブラウザの印刷機能（Windows では「Ctrl」キーを押しながら「P」キー、Mac では「command」キーを押しながら「P」キー）で印刷してください。スマートフォンでは、ブラウザの共有メニューなどから、印刷やPDFとしての保存ができます。</p>",
                    "en": "<p>Yes. Error details and filing receipts are laid out for printing. Use your browser's print command (Ctrl+P on Windows, Command+P on a Mac). On a smartphone, use the browser's share menu or similar to print or save as PDF.</p>",
                },
            },
        ],
    },
    {
        "key": "bulk-templates",
        "title": {
            "ja": "一括届出テンプレート（所属機関の方）",
            "en": "Bulk filing templates (organizations)",
            "zh-hant": "批次申報範本（所屬機構適用）",
            "zh-hans": "批量申报模板（所属机构适用）",
            "ko": "일괄 신고 템플릿(소속 기관용)",
            "es": "Plantillas de notificación en bloque (organizaciones)",
            "pt": "Modelos de notificação em lote (organizações)",
            "tl": "Mga template para sa maramihang abiso (mga organisasyon)",
        },
        "questions": [
            {
                "key": "bulk-file-size",
                "q": {
                    "ja": "一括届出では、最大何人分をまとめて届け出ることができますか。",
                    "en": "How many people can one bulk filing cover?",
                },
                "a": {
                    "ja": (
                        "<p>1つのファイルで、最大300人分を届け出ることができます。300人を超える場合は、ファイルを分けて、複数回に分けて届け出てください。</p>"
                        "<p>一括届出テンプレートは、「ダウンロード」のページから入手できます。届出の種類ごとに、日本語版と英語版を用意しています。</p>"
                    ),
                    "en": (
                        "<p>Up to 300 people per file. For more than 300 people, split them over several files and upload each one separately.</p>"
                        "<p>The bulk filing templates are on the Downloads page, one for each kind of filing, in Japanese and in English.</p>"
                    ),
                },
            },
            {
                "key": "bulk-19-16-errors",
                "q": {
                    "ja": "第19条の16の一括届出で、エラーがたくさん出ます。",
                    "en": "My bulk Article 19-16 filing shows a lot of errors.",
                },
                "a": {
                    "ja": (
                        "<p>所属機関が中長期在留者に代わって一括で届け出られるのは、所属機関の名称変更と所在地変更の届出だけです。次の点をご確認ください。</p>"
                        "<ul>"
                        "<li>ファイルに含まれる中長期在留者の方が、全員このシステムに利用者登録をしているか。利用者登録をしていない方の分は届け出られません。</li>"
                        "<li>その方々が、あなたの所属機関に代理での届出を許可しているか（{{q:filing-on-behalf-of-a-resident}}）。</li>"
                        "<li>氏名、在留カード番号などが、在留カードの記載のとおりに入力されているか。</li>"
                        "</ul>"
                        "<p>エラーがあった場合は、エラーのあったセルに印と説明を付けたファイルをダウンロードできます。そのファイルを直して、もう一度アップロードしてください。</p>"
                    ),
                    "en": (
                        "<p>The only Article 19-16 filings an organization can make in bulk for residents are changes of the organization's name and address. Please check:</p>"
                        "<ul>"
                        "<li>that every resident in the file is registered as a user of this system; nothing can be filed for residents who are not registered;</li>"
                        "<li>that each of them has given your organization permission to file for them (see {{q:filing-on-behalf-of-a-resident}});</li>"
                        "<li>that names, residence card numbers and the other details are entered exactly as on the residence cards.</li>"
                        "</ul>"
                        "<p>When there are errors, you can download your file back with the failing cells marked and explained. Correct that file and upload it again.</p>"
                    ),
                },
            },
            {
                "key": "bulk-errors-refiling",
                "q": {
                    "ja": "一括届出がエラーになりました。全員分を届け出し直す必要がありますか。",
                    "en": "My bulk filing failed. Do I have to file everyone again?",
                },
                "a": {
                    "ja": (
                        "<p>エラーの種類によって異なります。</p>"
                        "<ul>"
                        "<li><strong>受付エラー</strong>：ファイル全体が受け付けられておらず、ファイルに含まれるどの方の届出も行われていません。エラーの一覧（行と列が示されます）を確認してすべての誤りを直し、ファイル全体をもう一度届け出てください。</li>"
                        "<li><strong>登録エラー</strong>：ファイルは受け付けられ、エラーになった方以外の届出は登録されています。エラーになった方の分だけを直して、もう一度届け出てください。</li>"
                        "</ul>"
                        "<p>受付の結果は、ファイルをアップロードしてから数分以内にメールでお知らせします。受付エラーになっていないか、必ずご確認ください。</p>"
                    ),
                    "en": (
                        "<p>That depends on the kind of error.</p>"
                        "<ul>"
                        "<li><strong>Reception error</strong>: the file as a whole was not accepted, and nobody in it has been filed for. Check the list of problems (each with its row and column), correct all of them and upload the whole file again.</li>"
                        "<li><strong>Registration error</strong>: the file was accepted and everyone except the people with errors has been registered. Correct and file again only the people with errors.</li>"
                        "</ul>"
                        "<p>The reception result is e-mailed to you within a few minutes of the upload. Always check that the file did not end in a reception error.</p>"
                    ),
                },
            },
        ],
    },
    {
        "key": "information-handling",
        "title": {
            "ja": "情報の管理",
            "en": "How your information is protected",
            "zh-hant": "資訊的管理",
            "zh-hans": "信息的管理",
            "ko": "정보 관리",
            "es": "Protección de la información",
            "pt": "Proteção das informações",
            "tl": "Pangangalaga sa impormasyon",
        },
        "questions": [
            {
                "key": "protecting-personal-data",
                "q": {
                    "ja": "在留外国人の個人情報を守るために、どのような対策をとっていますか。",
                    "en": "What do you do to protect the personal data of foreign residents?",
                },
                "a": {
                    "ja": (
                        "<p>個人情報を守るため、主に次のような対策をとっています。</p>"
                        "<ul>"
                        "<li>通信は、すべて暗号化（HTTPS）しています。</li>"
                        "<li>利用者の認証とアクセスの制御を行い、利用者は自分の情報（所属機関の方は自分の機関の情報）だけを見ることができます。</li>"
                        "<li>ログイン、届出、登録内容の変更、職員による個人情報の閲覧などを記録（証跡管理）しています。</li>"
                        "<li>システムを常に監視し、コンピュータウイルスや外部からの攻撃への対策を講じています。</li>"
                        "<li>パスワードは元に戻せない形で保存しています。職員が管理画面を使うときは、2段階の認証を必須としています。</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<p>The main measures are:</p>"
                        "<ul>"
                        "<li>all communication is encrypted (HTTPS);</li>"
                        "<li>users are authenticated and access is controlled, so that you see only your own data (organization users: only their organization's data);</li>"
                        "<li>logins, filings, changes to registered data and every view of personal data by staff are recorded in an audit trail;</li>"
                        "<li>the system is monitored at all times and protected against malware and attacks from outside;</li>"
                        "<li>passwords are stored in a form that cannot be turned back into the password, and staff must use two-step verification to enter the administration screens.</li>"
                        "</ul>"
                    ),
                },
            },
        ],
    },
    {
        "key": "other",
        "title": {
            "ja": "その他",
            "en": "Other questions",
            "zh-hant": "其他",
            "zh-hans": "其他",
            "ko": "기타",
            "es": "Otras preguntas",
            "pt": "Outras perguntas",
            "tl": "Iba pang tanong",
        },
        "questions": [
            {
                "key": "error-message-meanings",
                "q": {
                    "ja": "エラーメッセージの意味と対処方法が分かりません。",
                    "en": "I do not understand an error message or what to do about it.",
                },
                "a": {
                    "ja": "<p>エラーメッセージには、原因とあわせて対処方法を表示しています。さらに詳しく知りたい場合は、操作マニュアルの付録「エラーメッセージ一覧」をご覧ください。この一覧は、システムが実際に表示するメッセージから作成しています。</p>",
                    "en": "<p>Each error message says what went wrong and what to do. For more detail, see the appendix “List of error messages” in the operation manuals, which is produced from the messages the system actually shows.</p>",
                },
            },
            {
                "key": "browser-back-button",
                "q": {
                    "ja": "入力の途中で、ブラウザの「戻る」ボタンを使っても大丈夫ですか。",
                    "en": "Can I use my browser's Back button while filling in a form?",
                },
                "a": {
                    "ja": (
                        "<p>はい、使えます。入力の途中でブラウザの「戻る」ボタンやキーボード操作で前の画面に戻っても、ログアウトされたり、入力した内容が失われたりすることはありません。</p>"
                        "<p>また、送信ボタンを2回押したり、送信後に画面を再読み込みしたりしても、同じ届出が二重に提出されることはありません。</p>"
                    ),
                    "en": (
                        "<p>Yes. Going back with the browser's Back button or a keyboard shortcut does not log you out and does not lose what you have entered.</p>"
                        "<p>Pressing the send button twice, or reloading the page after sending, never submits the same filing twice.</p>"
                    ),
                },
            },
        ],
    },
]
