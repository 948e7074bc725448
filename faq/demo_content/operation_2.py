"""Q&A, operation section, second part: e-mail, personal details, filing, bulk files, security."""

FILING_SUBSECTIONS = [
    {
        "key": "mail",
        "title": {
            "ja": "メールアドレスとメール",
            "en": "E-mail address and messages",
            "zh-hant": "電子郵件地址與通知郵件",
            "zh-hans": "电子邮件地址与通知邮件",
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
                    "zh-hant": "一定要登錄電子郵件地址嗎？",
                    "zh-hans": "必须登记电子邮件地址吗？",
                    "ko": "이메일 주소를 반드시 등록해야 합니까?",
                    "es": "¿Es obligatorio registrar una dirección de correo electrónico?",
                    "pt": "É obrigatório cadastrar um endereço de e-mail?",
                    "tl": "Kailangan ba talagang magparehistro ng e-mail address?",
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
                    "zh-hant": (
                        "<p>是的，必須登錄。在您完成使用者登錄時、申報經受理時、申報登錄完成時等情況下，系統會自動寄送通知郵件。重新設定密碼所需的一次性代碼，也會寄送至您登錄的電子郵件地址。請務必登錄能夠正常收信的電子郵件地址（請參閱{{q:free-or-mobile-email}}）。</p>"
                        "<p>系統寄出的郵件，也會保存在登入後網站內的收件匣中。</p>"
                    ),
                    "zh-hans": (
                        "<p>是的，必须登记。在您完成用户注册时、申报被受理时、申报登记完成时等情况下，系统会自动发送通知邮件。重新设置密码所需的一次性代码，也会发送到您登记的电子邮件地址。请务必登记能够正常收信的电子邮件地址（请参阅{{q:free-or-mobile-email}}）。</p>"
                        "<p>系统发送的邮件也会保存在登录后网站内的收件箱中。</p>"
                    ),
                    "ko": (
                        "<p>네, 필수입니다. 이용자 등록을 했을 때, 신고가 접수되었을 때, 등록이 완료되었을 때 등에 시스템이 자동으로 안내 메일을 보냅니다. 비밀번호를 다시 설정하기 위한 일회용 코드도 등록된 이메일 주소로 보냅니다. 반드시 메일을 받을 수 있는 이메일 주소를 등록해 주십시오({{q:free-or-mobile-email}} 참조).</p>"
                        "<p>시스템이 보낸 메일은 로그인 후 사이트 내 받은 메일함에도 저장됩니다.</p>"
                    ),
                    "es": (
                        "<p>Sí. El sistema le envía automáticamente correos de aviso cuando usted se registra, cuando se recibe su notificación y cuando se completa su registro, entre otros casos. El código de un solo uso para establecer una nueva contraseña también se envía a la dirección registrada. Registre siempre una dirección en la que realmente pueda recibir correo (vea {{q:free-or-mobile-email}}).</p>"
                        "<p>Todos los correos que envía el sistema se guardan también en la bandeja de entrada del sitio, que puede consultar después de iniciar sesión.</p>"
                    ),
                    "pt": (
                        "<p>Sim. O sistema envia automaticamente e-mails de aviso quando você faz o cadastro, quando a sua notificação é recebida e quando o registro dela é concluído, entre outros casos. O código de uso único para definir uma nova senha também é enviado ao endereço cadastrado. Cadastre sempre um endereço em que você realmente consiga receber e-mails (veja {{q:free-or-mobile-email}}).</p>"
                        "<p>Todos os e-mails enviados pelo sistema também ficam guardados na caixa de entrada do site, que você pode abrir depois de fazer login.</p>"
                    ),
                    "tl": (
                        "<p>Oo. Awtomatiko kayong pinadadalhan ng sistema ng e-mail kapag nagparehistro kayo, kapag natanggap ang inyong abiso at kapag nairehistro na ito, bukod sa iba pa. Ipinapadala rin sa nakarehistrong e-mail address ang one-time code para makapagtakda ng bagong password. Siguraduhing magparehistro ng e-mail address na talagang nakatatanggap ng mail (tingnan ang {{q:free-or-mobile-email}}).</p>"
                        "<p>Ang bawat e-mail na ipinapadala ng sistema ay nakatabi rin sa inbox sa site, na mabubuksan ninyo pagkatapos mag-log in.</p>"
                    ),
                },
            },
            {
                "key": "free-or-mobile-email",
                "q": {
                    "ja": "フリーメールや携帯電話のメールアドレスでも登録できますか。",
                    "en": "Can I register a free web-mail address or my mobile phone's address?",
                    "zh-hant": "可以使用免費電子信箱或手機的電子郵件地址登錄嗎？",
                    "zh-hans": "可以使用免费邮箱或手机的电子邮件地址登记吗？",
                    "ko": "무료 메일이나 휴대전화의 이메일 주소로도 등록할 수 있습니까?",
                    "es": "¿Puedo registrar una dirección de correo gratuito o la dirección de correo de mi teléfono móvil?",
                    "pt": "Posso cadastrar um endereço de e-mail gratuito ou o e-mail do meu celular?",
                    "tl": "Maaari ba akong magparehistro ng libreng e-mail address o ng e-mail address ng aking mobile phone?",
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
                    "zh-hant": (
                        "<p>可以。系統寄出的郵件在智慧型手機上也容易閱讀，因此不一定要使用電腦的電子郵件地址。</p>"
                        "<p>但為確保能順利收到郵件，請注意以下幾點。</p>"
                        "<ul>"
                        "<li>如您為防範垃圾郵件而限制收信，請設定為可接收本系統寄出的郵件。</li>"
                        "<li>請避免使用平時不用的地址，或信箱容量已滿的地址。</li>"
                        "</ul>"
                    ),
                    "zh-hans": (
                        "<p>可以。系统发送的邮件在智能手机上也便于阅读，因此不必使用电脑的电子邮件地址。</p>"
                        "<p>但为确保能够收到邮件，请注意以下几点。</p>"
                        "<ul>"
                        "<li>如果您为防范垃圾邮件而限制了收信，请设置为可以接收本系统发送的邮件。</li>"
                        "<li>请避免使用平时不用的地址或邮箱容量已满的地址。</li>"
                        "</ul>"
                    ),
                    "ko": (
                        "<p>등록할 수 있습니다. 시스템이 보내는 메일은 스마트폰에서도 읽기 쉬운 형태이므로 컴퓨터용 이메일 주소일 필요는 없습니다.</p>"
                        "<p>다만 메일이 확실히 도착하도록 다음 사항에 주의해 주십시오.</p>"
                        "<ul>"
                        "<li>스팸 메일 차단을 위해 수신할 메일을 제한하고 있는 경우에는 이 시스템에서 보내는 메일을 받을 수 있도록 설정해 주십시오.</li>"
                        "<li>평소에 사용하지 않는 주소나 용량이 가득 찬 주소는 피해 주십시오.</li>"
                        "</ul>"
                    ),
                    "es": (
                        "<p>Sí. Los correos del sistema se leen con facilidad en un teléfono inteligente, por lo que no necesita una dirección de correo de computadora.</p>"
                        "<p>No obstante, para que nuestros correos le lleguen sin problemas, tenga en cuenta lo siguiente:</p>"
                        "<ul>"
                        "<li>si limita los correos que recibe para protegerse del correo no deseado, configure su correo para que acepte los mensajes de este sistema;</li>"
                        "<li>evite una dirección que no revisa habitualmente o cuyo buzón está lleno.</li>"
                        "</ul>"
                    ),
                    "pt": (
                        "<p>Sim. Os e-mails do sistema são fáceis de ler no celular, portanto não é necessário usar um endereço de e-mail de computador.</p>"
                        "<p>No entanto, para que os e-mails cheguem com certeza até você, observe o seguinte:</p>"
                        "<ul>"
                        "<li>se você restringe os e-mails recebidos para se proteger de spam, configure o recebimento para aceitar os e-mails deste sistema;</li>"
                        "<li>evite um endereço que você não costuma usar ou cuja caixa de correio esteja cheia.</li>"
                        "</ul>"
                    ),
                    "tl": (
                        "<p>Oo. Madaling basahin sa smartphone ang mga e-mail ng sistema, kaya hindi kailangang e-mail address ng computer ang gamitin ninyo.</p>"
                        "<p>Gayunman, upang tiyak na makarating sa inyo ang mga e-mail, pakitandaan ang sumusunod:</p>"
                        "<ul>"
                        "<li>kung nililimitahan ninyo ang mga tinatanggap na e-mail laban sa spam, itakda ito upang matanggap ang mga e-mail mula sa sistemang ito;</li>"
                        "<li>iwasan ang address na hindi ninyo karaniwang binubuksan o ang address na puno na ang mailbox.</li>"
                        "</ul>"
                    ),
                },
            },
            {
                "key": "email-address-changed",
                "q": {
                    "ja": "使っていたメールアドレスが変わりました。何か手続が必要ですか。",
                    "en": "My e-mail address has changed. Do I need to do anything?",
                    "zh-hant": "我使用的電子郵件地址變更了，需要辦理什麼手續嗎？",
                    "zh-hans": "我使用的电子邮件地址变了，需要办理什么手续吗？",
                    "ko": "사용하던 이메일 주소가 바뀌었습니다. 어떤 절차가 필요합니까?",
                    "es": "Mi dirección de correo electrónico ha cambiado. ¿Tengo que hacer algún trámite?",
                    "pt": "O meu endereço de e-mail mudou. Preciso fazer algum procedimento?",
                    "tl": "Nagbago ang e-mail address na ginagamit ko. May kailangan ba akong gawin?",
                },
                "a": {
                    "ja": "<p>はい。古いメールアドレスのままでは、システムからのお知らせやワンタイムコードが届きません。ログインして、新しいメールアドレスを登録してください（{{q:changing-the-email-address}}）。</p>",
                    "en": "<p>Yes. Notices and one-time codes cannot reach you at the old address. Log in and register your new address (see {{q:changing-the-email-address}}).</p>",
                    "zh-hant": "<p>需要。如果仍使用舊的電子郵件地址，您將收不到系統的通知及一次性代碼。請登入後登錄新的電子郵件地址（請參閱{{q:changing-the-email-address}}）。</p>",
                    "zh-hans": "<p>需要。如果仍使用旧的电子邮件地址，您将收不到系统的通知和一次性代码。请登录后登记新的电子邮件地址（请参阅{{q:changing-the-email-address}}）。</p>",
                    "ko": "<p>네. 예전 이메일 주소 그대로 두면 시스템의 안내나 일회용 코드를 받을 수 없습니다. 로그인하여 새 이메일 주소를 등록해 주십시오({{q:changing-the-email-address}} 참조).</p>",
                    "es": "<p>Sí. Si deja la dirección antigua, no le llegarán los avisos del sistema ni los códigos de un solo uso. Inicie sesión y registre su nueva dirección (vea {{q:changing-the-email-address}}).</p>",
                    "pt": "<p>Sim. Com o endereço antigo, os avisos do sistema e os códigos de uso único não chegarão até você. Faça login e cadastre o novo endereço (veja {{q:changing-the-email-address}}).</p>",
                    "tl": "<p>Oo. Kung hindi ninyo papalitan ang lumang address, hindi ninyo matatanggap ang mga paalala ng sistema at ang mga one-time code. Mag-log in at iparehistro ang inyong bagong e-mail address (tingnan ang {{q:changing-the-email-address}}).</p>",
                },
            },
            {
                "key": "changing-the-email-address",
                "q": {
                    "ja": "登録したメールアドレスを変更するには、どうすればよいですか。",
                    "en": "How do I change my registered e-mail address?",
                    "zh-hant": "如何變更已登錄的電子郵件地址？",
                    "zh-hans": "如何更改已登记的电子邮件地址？",
                    "ko": "등록한 이메일 주소를 변경하려면 어떻게 해야 합니까?",
                    "es": "¿Cómo cambio la dirección de correo electrónico registrada?",
                    "pt": "Como altero o endereço de e-mail cadastrado?",
                    "tl": "Paano ko papalitan ang nakarehistrong e-mail address?",
                },
                "a": {
                    "ja": "<p>ログインした後、メールアドレス変更の画面で新しいメールアドレスを登録してください。変更すると、確認のメールが届きます。</p>",
                    "en": "<p>Log in and enter the new address on the e-mail change page. You will receive an e-mail confirming the change.</p>",
                    "zh-hant": "<p>請登入後，在「變更電子郵件地址」頁面登錄新的電子郵件地址。變更後，您會收到確認郵件。</p>",
                    "zh-hans": "<p>请登录后，在“更改电子邮件地址”页面登记新的电子邮件地址。更改后，您会收到确认邮件。</p>",
                    "ko": "<p>로그인한 후 '이메일 주소 변경' 페이지에서 새 이메일 주소를 등록해 주십시오. 변경하면 확인 메일이 발송됩니다.</p>",
                    "es": "<p>Inicie sesión e introduzca la nueva dirección en la página “Cambiar la dirección de correo electrónico”. Recibirá un correo que confirma el cambio.</p>",
                    "pt": "<p>Faça login e informe o novo endereço na página “Alterar o endereço de e-mail”. Você receberá um e-mail confirmando a alteração.</p>",
                    "tl": "<p>Mag-log in at ilagay ang bagong address sa pahinang “Palitan ang e-mail address”. Makatatanggap kayo ng e-mail na nagkukumpirma ng pagbabago.</p>",
                },
            },
            {
                "key": "when-mails-are-sent",
                "q": {
                    "ja": "どのようなときにメールが届きますか。",
                    "en": "When does the system send me an e-mail?",
                    "zh-hant": "在什麼情況下會收到郵件？",
                    "zh-hans": "在什么情况下会收到邮件？",
                    "ko": "어떤 경우에 메일을 받게 됩니까?",
                    "es": "¿En qué casos me envía un correo el sistema?",
                    "pt": "Em que casos o sistema me envia e-mails?",
                    "tl": "Kailan ako pinadadalhan ng e-mail ng sistema?",
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
                    "zh-hant": (
                        "<p>在下列情況下，系統會寄送郵件至您登錄的電子郵件地址。</p>"
                        "<ul>"
                        "<li>完成使用者登錄時</li>"
                        "<li>要求重新通知認證ID時，或要求取得重新設定密碼用的一次性代碼時</li>"
                        "<li>變更電子郵件地址時</li>"
                        "<li>變更密碼時</li>"
                        "<li>收到申報時（無論是否正常受理）</li>"
                        "<li>申報的登錄處理結束時（無論是否正常完成）</li>"
                        "</ul>"
                        "<p>系統寄出登錄已正常完成的郵件時，申報手續即告完成。如收到錯誤通知，請確認內容後重新申報（請參閱{{q:filing-status}}）。</p>"
                        "<p>所有寄出的郵件，也都可以在登入後網站內的收件匣中查看。</p>"
                    ),
                    "zh-hans": (
                        "<p>在下列情况下，系统会向您登记的电子邮件地址发送邮件。</p>"
                        "<ul>"
                        "<li>完成用户注册时</li>"
                        "<li>申请重新通知认证ID时，或申请用于重新设置密码的一次性代码时</li>"
                        "<li>更改电子邮件地址时</li>"
                        "<li>更改密码时</li>"
                        "<li>收到申报时（无论是否正常受理）</li>"
                        "<li>申报的登记处理结束时（无论是否正常完成）</li>"
                        "</ul>"
                        "<p>系统发出登记已正常完成的邮件时，申报手续即告完成。如果收到错误通知，请确认内容后重新申报（请参阅{{q:filing-status}}）。</p>"
                        "<p>所有已发送的邮件，也都可以在登录后网站内的收件箱中查看。</p>"
                    ),
                    "ko": (
                        "<p>다음과 같은 경우에 등록된 이메일 주소로 메일을 보냅니다.</p>"
                        "<ul>"
                        "<li>이용자 등록을 했을 때</li>"
                        "<li>인증 ID 재통지를 요청했을 때, 비밀번호를 다시 설정하기 위한 일회용 코드를 요청했을 때</li>"
                        "<li>이메일 주소를 변경했을 때</li>"
                        "<li>비밀번호를 변경했을 때</li>"
                        "<li>신고가 접수되었을 때(정상적으로 접수된 경우와 오류가 발생한 경우 모두)</li>"
                        "<li>신고 등록이 끝났을 때(정상적으로 완료된 경우와 오류가 발생한 경우 모두)</li>"
                        "</ul>"
                        "<p>신고 절차는 등록이 정상적으로 완료되었다는 메일이 발송된 시점에 완료됩니다. 오류 안내를 받은 경우에는 내용을 확인하고 다시 신고해 주십시오({{q:filing-status}} 참조).</p>"
                        "<p>보낸 메일은 모두 로그인 후 사이트 내 받은 메일함에서도 확인할 수 있습니다.</p>"
                    ),
                    "es": (
                        "<p>El sistema envía un correo a su dirección registrada en estos casos:</p>"
                        "<ul>"
                        "<li>cuando usted se registra;</li>"
                        "<li>cuando solicita el reenvío de su ID de autenticación o un código de un solo uso para establecer una nueva contraseña;</li>"
                        "<li>cuando cambia su dirección de correo electrónico;</li>"
                        "<li>cuando cambia su contraseña;</li>"
                        "<li>cuando se recibe una notificación (tanto si se recibe correctamente como si se produce un error);</li>"
                        "<li>cuando termina el registro de una notificación (tanto si se completa correctamente como si se produce un error).</li>"
                        "</ul>"
                        "<p>El trámite de la notificación termina en el momento en que se envía el correo que indica que su registro se completó correctamente. Si recibe un aviso de error, revise su contenido y presente de nuevo la notificación (vea {{q:filing-status}}).</p>"
                        "<p>Todos estos correos pueden consultarse también en la bandeja de entrada del sitio después de iniciar sesión.</p>"
                    ),
                    "pt": (
                        "<p>O sistema envia e-mails para o endereço cadastrado nestes casos:</p>"
                        "<ul>"
                        "<li>quando você faz o cadastro;</li>"
                        "<li>quando você pede o reenvio do ID de autenticação ou um código de uso único para definir uma nova senha;</li>"
                        "<li>quando você altera o endereço de e-mail;</li>"
                        "<li>quando você altera a senha;</li>"
                        "<li>quando uma notificação é recebida (seja com sucesso, seja com erro);</li>"
                        "<li>quando o registro de uma notificação termina (seja concluído com sucesso, seja com erro).</li>"
                        "</ul>"
                        "<p>A notificação está concluída no momento em que é enviado o e-mail informando que o registro foi concluído com sucesso. Se você receber um aviso de erro, confira o conteúdo e faça a notificação novamente (veja {{q:filing-status}}).</p>"
                        "<p>Todos esses e-mails também podem ser lidos na caixa de entrada do site depois de fazer login.</p>"
                    ),
                    "tl": (
                        "<p>Nagpapadala ang sistema ng e-mail sa inyong nakarehistrong address sa mga sumusunod na pagkakataon:</p>"
                        "<ul>"
                        "<li>kapag nagparehistro kayo;</li>"
                        "<li>kapag hiniling ninyong ipadalang muli ang inyong auth ID, o kapag humingi kayo ng one-time code para makapagtakda ng bagong password;</li>"
                        "<li>kapag pinalitan ninyo ang inyong e-mail address;</li>"
                        "<li>kapag pinalitan ninyo ang inyong password;</li>"
                        "<li>kapag natanggap ang isang abiso (matagumpay man o may error);</li>"
                        "<li>kapag natapos ang pagpaparehistro ng isang abiso (matagumpay man o may error).</li>"
                        "</ul>"
                        "<p>Kumpleto na ang pag-aabiso sa sandaling maipadala ang e-mail na nagsasabing matagumpay na nairehistro ang abiso. Kung makatanggap kayo ng paalala tungkol sa isang error, suriin ito at mag-abiso muli (tingnan ang {{q:filing-status}}).</p>"
                        "<p>Mababasa rin ang lahat ng e-mail na ito sa inbox sa site pagkatapos mag-log in.</p>"
                    ),
                },
            },
            {
                "key": "replying-to-mails",
                "q": {
                    "ja": "システムから届いたメールに返信できますか。",
                    "en": "Can I reply to an e-mail from the system?",
                    "zh-hant": "可以回覆系統寄來的郵件嗎？",
                    "zh-hans": "可以回复系统发来的邮件吗？",
                    "ko": "시스템에서 온 메일에 회신할 수 있습니까?",
                    "es": "¿Puedo responder a un correo del sistema?",
                    "pt": "Posso responder a um e-mail do sistema?",
                    "tl": "Maaari ba akong sumagot sa e-mail mula sa sistema?",
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
                    "zh-hant": (
                        "<p>無法回覆。系統郵件是由僅供發信的地址寄出，即使您回覆，我們也無法查看內容。</p>"
                        "<p>如有疑問，請洽詢服務台（請參閱「聯絡我們」頁面）。</p>"
                    ),
                    "zh-hans": (
                        "<p>不能回复。系统邮件是从仅用于发信的地址发出的，即使您回复，我们也无法查看内容。</p>"
                        "<p>如有疑问，请咨询服务台（请参阅“联系我们”页面）。</p>"
                    ),
                    "ko": (
                        "<p>회신할 수 없습니다. 시스템 메일은 발신 전용 주소에서 보내므로 회신하셔도 내용을 확인할 수 없습니다.</p>"
                        "<p>문의 사항은 헬프데스크('문의처' 페이지 참조)로 연락해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>No. Los correos del sistema se envían desde una dirección que solo sirve para enviar, y las respuestas no se leen.</p>"
                        "<p>Si tiene preguntas, comuníquese con el servicio de asistencia (vea la página de Contacto).</p>"
                    ),
                    "pt": (
                        "<p>Não. Os e-mails do sistema são enviados de um endereço usado somente para envio, e as respostas não são lidas.</p>"
                        "<p>Em caso de dúvidas, entre em contato com a central de atendimento (veja a página de Contato).</p>"
                    ),
                    "tl": (
                        "<p>Hindi. Ipinapadala ang mga e-mail ng sistema mula sa address na pampadala lamang, kaya hindi nababasa ang anumang sagot dito.</p>"
                        "<p>Para sa mga tanong, makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
                    ),
                },
            },
            {
                "key": "unexpected-mail",
                "q": {
                    "ja": "心当たりのないメールが届きました。",
                    "en": "I received an e-mail about something I did not do.",
                    "zh-hant": "我收到了一封自己毫無印象的郵件。",
                    "zh-hans": "我收到了一封自己毫无印象的邮件。",
                    "ko": "제가 하지 않은 일에 관한 메일을 받았습니다.",
                    "es": "He recibido un correo sobre algo que yo no hice.",
                    "pt": "Recebi um e-mail sobre algo que eu não fiz.",
                    "tl": "Nakatanggap ako ng e-mail tungkol sa isang bagay na hindi ko ginawa.",
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
                    "zh-hant": (
                        "<p>如果您並未進行任何操作，卻收到有關變更密碼、重新通知認證ID或一次性代碼的郵件，可能有第三人正試圖使用您的帳戶。</p>"
                        "<p>如果仍能登入，請立即變更密碼，並聯絡服務台（請參閱「聯絡我們」頁面及{{q:credentials-known-to-others}}）。</p>"
                        "<p>本系統絕不會以電子郵件詢問您的密碼。</p>"
                    ),
                    "zh-hans": (
                        "<p>如果您并未进行任何操作，却收到了有关更改密码、重新通知认证ID或一次性代码的邮件，可能有第三方正试图使用您的账户。</p>"
                        "<p>如果仍能登录，请立即更改密码，并联系服务台（请参阅“联系我们”页面及{{q:credentials-known-to-others}}）。</p>"
                        "<p>本系统绝不会通过电子邮件询问您的密码。</p>"
                    ),
                    "ko": (
                        "<p>본인이 조작하지 않았는데 비밀번호 변경, 인증 ID 재통지, 일회용 코드에 관한 메일을 받았다면 제3자가 귀하의 계정을 사용하려 하고 있을 우려가 있습니다.</p>"
                        "<p>로그인할 수 있다면 즉시 비밀번호를 변경하고 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오({{q:credentials-known-to-others}} 참조).</p>"
                        "<p>이 시스템이 메일로 비밀번호를 묻는 일은 없습니다.</p>"
                    ),
                    "es": (
                        "<p>Si recibe un correo sobre un cambio de contraseña, el reenvío de su ID de autenticación o un código de un solo uso que usted no solicitó, es posible que otra persona esté intentando usar su cuenta.</p>"
                        "<p>Si puede iniciar sesión, cambie su contraseña de inmediato y comuníquese con el servicio de asistencia (vea la página de Contacto y {{q:credentials-known-to-others}}).</p>"
                        "<p>El sistema nunca le pedirá su contraseña por correo electrónico.</p>"
                    ),
                    "pt": (
                        "<p>Se você receber um e-mail sobre alteração de senha, reenvio do ID de autenticação ou código de uso único que você não solicitou, é possível que outra pessoa esteja tentando usar a sua conta.</p>"
                        "<p>Se conseguir fazer login, altere a senha imediatamente e entre em contato com a central de atendimento (veja a página de Contato e {{q:credentials-known-to-others}}).</p>"
                        "<p>O sistema nunca pede a sua senha por e-mail.</p>"
                    ),
                    "tl": (
                        "<p>Kung makatanggap kayo ng e-mail tungkol sa pagpapalit ng password, muling pagpapadala ng auth ID o one-time code na hindi ninyo hiniling, maaaring may ibang taong sumusubok na gamitin ang inyong account.</p>"
                        "<p>Kung makakapag-log in pa kayo, palitan agad ang inyong password at makipag-ugnayan sa help desk (tingnan ang pahinang Contact at ang {{q:credentials-known-to-others}}).</p>"
                        "<p>Hindi kailanman hihingin ng sistema ang inyong password sa pamamagitan ng e-mail.</p>"
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
                    "zh-hant": "我不知道如何輸入國籍或地區。",
                    "zh-hans": "我不知道如何输入国籍或地区。",
                    "ko": "국적·지역을 어떻게 입력해야 하는지 모르겠습니다.",
                    "es": "¿Cómo introduzco mi nacionalidad o región?",
                    "pt": "Como informo a minha nacionalidade ou região?",
                    "tl": "Paano ko ilalagay ang aking nasyonalidad o rehiyon?",
                },
                "a": {
                    "ja": "<p>国籍・地域の欄の一覧から選んでください。一覧は、原則として国・地域名の英語表記のアルファベット順に並んでいます。</p>",
                    "en": "<p>Choose it from the list in the nationality/region field. The list is, as a rule, in alphabetical order of the English names of the countries and regions.</p>",
                    "zh-hant": "<p>請從「國籍或地區」欄的清單中選擇。清單原則上依國家或地區英文名稱的字母順序排列。</p>",
                    "zh-hans": "<p>请从“国籍或地区”栏的列表中选择。列表原则上按国家或地区英文名称的字母顺序排列。</p>",
                    "ko": "<p>'국적·지역' 항목의 목록에서 선택해 주십시오. 목록은 원칙적으로 국가·지역명의 영문 표기 알파벳순으로 정렬되어 있습니다.</p>",
                    "es": "<p>Elíjala de la lista del campo “Nacionalidad o región”. Por regla general, la lista sigue el orden alfabético de los nombres en inglés de los países y regiones.</p>",
                    "pt": "<p>Escolha-a na lista do campo “Nacionalidade ou região”. Em regra, a lista segue a ordem alfabética dos nomes dos países e regiões em inglês.</p>",
                    "tl": "<p>Piliin ito mula sa listahan sa field na “Nasyonalidad o rehiyon”. Bilang patakaran, nakaayos ang listahan ayon sa alpabeto ng mga pangalan ng bansa at rehiyon sa Ingles.</p>",
                },
            },
            {
                "key": "entering-address",
                "q": {
                    "ja": "住居地の入力方法が分かりません。",
                    "en": "How do I enter my residential address?",
                    "zh-hant": "我不知道如何輸入住居地。",
                    "zh-hans": "我不知道如何输入住所地。",
                    "ko": "주거지를 어떻게 입력해야 하는지 모르겠습니다.",
                    "es": "¿Cómo introduzco mi domicilio?",
                    "pt": "Como informo o meu endereço de residência?",
                    "tl": "Paano ko ilalagay ang address ng aking tirahan?",
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
                    "zh-hant": (
                        "<p>住居地請依下列順序輸入。</p>"
                        "<ol>"
                        "<li>從清單中選擇都道府縣。</li>"
                        "<li>畫面會顯示所選都道府縣的市區町村，請從清單中選擇。</li>"
                        "<li>在輸入欄以全形字元輸入町名、丁目、番地、號等（以半形輸入也會自動轉換為全形）。</li>"
                        "</ol>"
                        "<p>請依照在留卡上記載的住居地輸入。</p>"
                    ),
                    "zh-hans": (
                        "<p>住所地请按以下顺序输入。</p>"
                        "<ol>"
                        "<li>从列表中选择都道府县。</li>"
                        "<li>页面会显示所选都道府县的市区町村，请从列表中选择。</li>"
                        "<li>在输入栏中用全角字符输入町名、丁目、番地、号等（用半角输入也会自动转换为全角）。</li>"
                        "</ol>"
                        "<p>请按照在留卡上记载的住所地输入。</p>"
                    ),
                    "ko": (
                        "<p>주거지는 다음 순서로 입력합니다.</p>"
                        "<ol>"
                        "<li>목록에서 도도부현을 선택합니다.</li>"
                        "<li>선택한 도도부현의 시구정촌이 표시되면 목록에서 선택합니다.</li>"
                        "<li>정·번지·호 등을 입력란에 전각으로 입력합니다(반각으로 입력해도 자동으로 전각으로 변환됩니다).</li>"
                        "</ol>"
                        "<p>재류카드에 기재된 주거지 그대로 입력해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Introduzca su domicilio en este orden:</p>"
                        "<ol>"
                        "<li>elija la prefectura en la lista;</li>"
                        "<li>aparecerán los municipios de esa prefectura: elija el suyo en la lista;</li>"
                        "<li>escriba el resto de la dirección (barrio, manzana, número, etc.) en el campo de texto con caracteres de ancho completo; si los escribe en ancho medio, se convierten automáticamente.</li>"
                        "</ol>"
                        "<p>Introduzca el domicilio exactamente como figura en su tarjeta de residencia.</p>"
                    ),
                    "pt": (
                        "<p>Informe o endereço nesta ordem:</p>"
                        "<ol>"
                        "<li>escolha a província na lista;</li>"
                        "<li>aparecerão os municípios da província escolhida: escolha o seu na lista;</li>"
                        "<li>digite o restante do endereço (bairro, quadra, número etc.) no campo de texto, em caracteres de largura inteira; se digitar em meia largura, a conversão é automática.</li>"
                        "</ol>"
                        "<p>Informe o endereço exatamente como consta no seu cartão de residência.</p>"
                    ),
                    "tl": (
                        "<p>Ilagay ang address ng tirahan sa ganitong pagkakasunod:</p>"
                        "<ol>"
                        "<li>piliin ang prefecture mula sa listahan;</li>"
                        "<li>lalabas ang mga munisipalidad ng napiling prefecture: piliin ang sa inyo mula sa listahan;</li>"
                        "<li>i-type ang natitirang bahagi ng address (bayan, block, numero at iba pa) sa field gamit ang full-width na character; kung half-width ang inilagay ninyo, awtomatiko itong gagawing full-width.</li>"
                        "</ol>"
                        "<p>Ilagay ang address nang eksakto gaya ng nakasulat sa inyong residence card.</p>"
                    ),
                },
            },
            {
                "key": "fields-marked-for-checking",
                "q": {
                    "ja": "身分事項を入力したら「在留カードの記載のとおりに入力してください」というエラーが表示され、いくつかの項目に印が付きました。どこが間違っているのか分かりません。",
                    "en": "After entering my personal details I got the error “Enter your details exactly as on your residence card”, and several fields are marked. I cannot see what is wrong.",
                    "zh-hant": "輸入身分事項後，畫面顯示「請依照在留卡上記載的內容輸入」的錯誤，且有幾個項目被標示。我不知道哪裡有誤。",
                    "zh-hans": "输入身份事项后，页面显示“请按照在留卡上记载的内容输入”的错误，并且有几个项目被标出。我不知道哪里有误。",
                    "ko": "신분 사항을 입력했더니 '재류카드에 기재된 대로 입력해 주십시오'라는 오류가 표시되고 몇몇 항목에 표시가 붙었습니다. 어디가 틀렸는지 모르겠습니다.",
                    "es": "Al introducir mis datos personales apareció el error “Introduzca sus datos exactamente como figuran en su tarjeta de residencia” y varios campos quedaron marcados. No sé qué está mal.",
                    "pt": "Ao preencher os meus dados pessoais, apareceu o erro “Informe os dados exatamente como constam no seu cartão de residência” e vários campos ficaram marcados. Não sei o que está errado.",
                    "tl": "Pagkatapos kong ilagay ang aking personal na detalye, lumabas ang error na “Ilagay ang mga detalye nang eksakto gaya ng nasa inyong residence card” at may marka ang ilang field. Hindi ko alam kung ano ang mali.",
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
                    "zh-hant": (
                        "<p>出現此錯誤時，系統會標示所有需要您再次確認的項目。被標示的項目不一定有誤。</p>"
                        "<p>為保護個人資料，系統不會告知是哪一個項目不符。請逐字再次確認每個被標示的項目是否與在留卡上的記載完全相同。</p>"
                        "<p>如已依照在留卡輸入仍出現錯誤，請聯絡服務台（請參閱「聯絡我們」頁面）。</p>"
                    ),
                    "zh-hans": (
                        "<p>出现此错误时，系统会标出所有需要您再次确认的项目。被标出的项目不一定有误。</p>"
                        "<p>为保护个人信息，系统不会告知是哪个项目不一致。请逐字再次确认每个被标出的项目是否与在留卡上的记载完全相同。</p>"
                        "<p>如果已按照在留卡输入仍然出错，请联系服务台（请参阅“联系我们”页面）。</p>"
                    ),
                    "ko": (
                        "<p>이 오류에서는 다시 확인해 주셔야 할 항목 모두에 표시를 합니다. 표시된 항목이 반드시 틀린 것은 아닙니다.</p>"
                        "<p>개인정보를 보호하기 위해 어느 항목이 일치하지 않았는지는 알려 드리지 않습니다. 표시된 항목이 재류카드의 기재 내용과 한 글자도 빠짐없이 같은지 다시 한번 확인해 주십시오.</p>"
                        "<p>재류카드대로 입력했는데도 오류가 나는 경우에는 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Con este error se marcan todos los campos que conviene que revise de nuevo. Un campo marcado no es necesariamente incorrecto.</p>"
                        "<p>Para proteger los datos personales, el sistema no indica qué campo no coincidió. Compare cada campo marcado con su tarjeta de residencia, carácter por carácter.</p>"
                        "<p>Si el error persiste aunque haya introducido todo como figura en la tarjeta, comuníquese con el servicio de asistencia (vea la página de Contacto).</p>"
                    ),
                    "pt": (
                        "<p>Com este erro, todos os campos que você deve conferir de novo ficam marcados. Um campo marcado não está necessariamente errado.</p>"
                        "<p>Para proteger os dados pessoais, o sistema não informa qual campo não coincidiu. Compare cada campo marcado com o seu cartão de residência, caractere por caractere.</p>"
                        "<p>Se o erro continuar mesmo com tudo digitado como no cartão, entre em contato com a central de atendimento (veja a página de Contato).</p>"
                    ),
                    "tl": (
                        "<p>Sa error na ito, minamarkahan ang lahat ng field na dapat ninyong suriing muli. Hindi nangangahulugang mali ang bawat may markang field.</p>"
                        "<p>Upang maprotektahan ang personal na impormasyon, hindi sinasabi ng sistema kung aling field ang hindi tumugma. Suriin kung eksaktong kapareho, titik sa titik, ng nakasulat sa inyong residence card ang bawat may markang field.</p>"
                        "<p>Kung may error pa rin kahit inilagay ninyo ang lahat ayon sa inyong residence card, makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
                    ),
                },
            },
            {
                "key": "address-character-error",
                "q": {
                    "ja": "住居地を入力すると、エラーになります。",
                    "en": "I get an error when I enter my address.",
                    "zh-hant": "輸入住居地時出現錯誤。",
                    "zh-hans": "输入住所地时出现错误。",
                    "ko": "주거지를 입력하면 오류가 납니다.",
                    "es": "Me aparece un error al introducir mi domicilio.",
                    "pt": "Aparece um erro quando informo o meu endereço.",
                    "tl": "Nagkakaroon ng error kapag inilalagay ko ang address ng aking tirahan.",
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
                    "zh-hant": (
                        "<p>請確認是否含有無法使用的字元。住居地可使用的字元為 JIS 第1水準、第2水準的漢字，以及平假名、片假名、英文字母、數字等。</p>"
                        "<p>部分舊字體、異體字等其他字元無法使用。如不知道如何輸入，請聯絡服務台（請參閱「聯絡我們」頁面）。</p>"
                    ),
                    "zh-hans": (
                        "<p>请确认是否包含无法使用的字符。住所地可以使用的字符为 JIS 第1水准、第2水准的汉字，以及平假名、片假名、英文字母、数字等。</p>"
                        "<p>部分旧字体、异体字等其他字符无法使用。如果不知道如何输入，请联系服务台（请参阅“联系我们”页面）。</p>"
                    ),
                    "ko": (
                        "<p>사용할 수 없는 문자가 포함되어 있지 않은지 확인해 주십시오. 주거지에 사용할 수 있는 문자는 JIS 제1수준·제2수준 한자와 히라가나, 가타카나, 영문자, 숫자 등입니다.</p>"
                        "<p>일부 구자체나 이체자 등 그 밖의 문자는 사용할 수 없습니다. 입력 방법을 모르는 경우에는 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Compruebe que el domicilio no contenga caracteres que el sistema no admite. Se pueden usar los kanji de los niveles 1 y 2 de JIS, hiragana, katakana, letras latinas, dígitos y caracteres similares.</p>"
                        "<p>No se pueden usar otros caracteres, como algunas formas antiguas o variantes de kanji. Si no sabe cómo introducir su domicilio, comuníquese con el servicio de asistencia (vea la página de Contacto).</p>"
                    ),
                    "pt": (
                        "<p>Verifique se o endereço não contém caracteres que o sistema não aceita. Podem ser usados os kanji dos níveis 1 e 2 da norma JIS, hiragana, katakana, letras do alfabeto latino, dígitos e caracteres semelhantes.</p>"
                        "<p>Outros caracteres, como algumas formas antigas ou variantes de kanji, não podem ser usados. Se não souber como informar o endereço, entre em contato com a central de atendimento (veja a página de Contato).</p>"
                    ),
                    "tl": (
                        "<p>Tingnan kung may character sa address na hindi tinatanggap ng sistema. Ang magagamit ay ang mga kanji ng JIS level 1 at 2, hiragana, katakana, mga titik na Latin, mga numero at iba pang katulad nito.</p>"
                        "<p>Hindi magagamit ang iba pang character, gaya ng ilang luma o variant na anyo ng kanji. Kung hindi ninyo alam kung paano ilalagay ang inyong address, makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
                    ),
                },
            },
            {
                "key": "latin-name-order",
                "q": {
                    "ja": "英字の氏名は、どの順番で入力すればよいですか。",
                    "en": "In what order do I enter my name in Latin letters?",
                    "zh-hant": "英文姓名應依什麼順序輸入？",
                    "zh-hans": "英文姓名应按什么顺序输入？",
                    "ko": "영문 이름은 어떤 순서로 입력하면 됩니까?",
                    "es": "¿En qué orden debo escribir mi nombre en letras latinas?",
                    "pt": "Em que ordem devo digitar o meu nome em letras latinas?",
                    "tl": "Sa anong pagkakasunod ko ilalagay ang aking pangalan sa mga titik na Latin?",
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
                    "zh-hant": (
                        "<p>請依照在留卡上記載的順序輸入。</p>"
                        "<p>如依該順序輸入仍出現錯誤，請聯絡服務台（請參閱「聯絡我們」頁面）。</p>"
                    ),
                    "zh-hans": (
                        "<p>请按照在留卡上记载的顺序输入。</p>"
                        "<p>如果按该顺序输入仍然出错，请联系服务台（请参阅“联系我们”页面）。</p>"
                    ),
                    "ko": (
                        "<p>재류카드에 기재된 순서대로 입력해 주십시오.</p>"
                        "<p>그 순서대로 입력해도 오류가 나는 경우에는 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>En el mismo orden en que figura en su tarjeta de residencia.</p>"
                        "<p>Si con ese orden le sigue apareciendo un error, comuníquese con el servicio de asistencia (vea la página de Contacto).</p>"
                    ),
                    "pt": (
                        "<p>Na mesma ordem em que consta no seu cartão de residência.</p>"
                        "<p>Se mesmo nessa ordem continuar aparecendo um erro, entre em contato com a central de atendimento (veja a página de Contato).</p>"
                    ),
                    "tl": (
                        "<p>Sa parehong pagkakasunod na nakasulat sa inyong residence card.</p>"
                        "<p>Kung may error pa rin kahit sa ganoong pagkakasunod, makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
                    ),
                },
            },
            {
                "key": "name-keeps-failing",
                "q": {
                    "ja": "氏名を入力すると、何度もエラーになります。",
                    "en": "My name keeps being rejected.",
                    "zh-hant": "輸入姓名時一再出現錯誤。",
                    "zh-hans": "输入姓名时反复出错。",
                    "ko": "이름을 입력하면 계속 오류가 납니다.",
                    "es": "Al introducir mi nombre, me aparece un error una y otra vez.",
                    "pt": "Ao digitar o meu nome, aparece erro repetidas vezes.",
                    "tl": "Paulit-ulit na nagkakaroon ng error kapag inilalagay ko ang aking pangalan.",
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
                    "zh-hant": (
                        "<p>英文姓名請依照在留卡上的記載，以半形大寫字母輸入。姓與名之間等處的空格，也請依照在留卡以半形輸入。</p>"
                        "<p>以小寫或全形輸入時，會自動轉換為半形大寫字母。也請確認空格的數量和位置，以及連字號等符號是否與在留卡相同。</p>"
                    ),
                    "zh-hans": (
                        "<p>英文姓名请按照在留卡上的记载，用半角大写字母输入。姓与名之间等处的空格，也请按照在留卡用半角输入。</p>"
                        "<p>用小写或全角输入时，会自动转换为半角大写字母。另外，请确认空格的数量和位置，以及连字符等符号是否与在留卡相同。</p>"
                    ),
                    "ko": (
                        "<p>영문 이름은 재류카드에 기재된 대로 반각 대문자로 입력해 주십시오. 성과 이름 사이 등의 공백도 재류카드대로 반각으로 입력합니다.</p>"
                        "<p>소문자나 전각으로 입력한 경우에는 자동으로 반각 대문자로 변환됩니다. 공백의 수와 위치, 하이픈 등의 기호가 재류카드와 같은지도 확인해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Escriba su nombre en letras mayúsculas de ancho medio, exactamente como figura en su tarjeta de residencia, con espacios de ancho medio donde la tarjeta tiene espacios (por ejemplo, entre el apellido y el nombre).</p>"
                        "<p>Si lo escribe en minúsculas o en ancho completo, se convierte automáticamente a mayúsculas de ancho medio. Compruebe también que el número y la posición de los espacios, así como los guiones u otros signos, coincidan con la tarjeta.</p>"
                    ),
                    "pt": (
                        "<p>Digite o nome em letras maiúsculas de meia largura, exatamente como consta no cartão de residência, com espaços de meia largura onde o cartão tem espaços (por exemplo, entre o sobrenome e o nome).</p>"
                        "<p>Se digitar em minúsculas ou em largura inteira, a conversão para maiúsculas de meia largura é automática. Verifique também se a quantidade e a posição dos espaços e os hifens ou outros sinais são iguais aos do cartão.</p>"
                    ),
                    "tl": (
                        "<p>Ilagay ang inyong pangalan sa malalaking titik na half-width, eksakto gaya ng nasa inyong residence card, na may half-width na espasyo kung saan may espasyo sa card (halimbawa, sa pagitan ng apelyido at pangalan).</p>"
                        "<p>Kung maliliit na titik o full-width ang inilagay ninyo, awtomatiko itong gagawing malalaking titik na half-width. Tingnan din kung tugma sa card ang bilang at posisyon ng mga espasyo at ang anumang gitling (hyphen) o ibang simbolo.</p>"
                    ),
                },
            },
            {
                "key": "account-data-mismatch",
                "q": {
                    "ja": "「利用者情報に誤りがあります」というエラーが表示されます。",
                    "en": "I get the error “Your user details are incorrect”.",
                    "zh-hant": "畫面顯示「使用者資料有誤」的錯誤。",
                    "zh-hans": "页面显示“用户信息有误”的错误。",
                    "ko": "'이용자 정보에 오류가 있습니다'라는 오류가 표시됩니다.",
                    "es": "Me aparece el error “Sus datos de usuario son incorrectos”.",
                    "pt": "Aparece o erro “Os seus dados de usuário estão incorretos”.",
                    "tl": "Lumalabas ang error na “Mali ang inyong mga detalye bilang user”.",
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
                    "zh-hant": (
                        "<p>您輸入的內容可能與在留卡上的記載不一致。請確認在留卡號碼、姓名、出生年月日等是否已依照在留卡輸入。</p>"
                        "<p>如已依照在留卡輸入仍出現錯誤，請聯絡服務台（請參閱「聯絡我們」頁面）。</p>"
                    ),
                    "zh-hans": (
                        "<p>您输入的内容可能与在留卡上的记载不一致。请确认在留卡号码、姓名、出生日期等是否已按照在留卡输入。</p>"
                        "<p>如果已按照在留卡输入仍然出错，请联系服务台（请参阅“联系我们”页面）。</p>"
                    ),
                    "ko": (
                        "<p>입력한 내용이 재류카드의 기재 내용과 일치하지 않을 가능성이 있습니다. 재류카드 번호, 이름, 생년월일 등이 재류카드대로 입력되어 있는지 확인해 주십시오.</p>"
                        "<p>재류카드대로 입력했는데도 오류가 나는 경우에는 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Es posible que lo que introdujo no coincida con su tarjeta de residencia. Compruebe que el número de tarjeta de residencia, su nombre, su fecha de nacimiento y los demás datos estén exactamente como en la tarjeta.</p>"
                        "<p>Si el error persiste aunque todo coincida con la tarjeta, comuníquese con el servicio de asistencia (vea la página de Contacto).</p>"
                    ),
                    "pt": (
                        "<p>É possível que os dados informados não coincidam com o seu cartão de residência. Verifique se o número do cartão de residência, o nome, a data de nascimento e os demais dados estão exatamente como no cartão.</p>"
                        "<p>Se o erro continuar mesmo com tudo igual ao cartão, entre em contato com a central de atendimento (veja a página de Contato).</p>"
                    ),
                    "tl": (
                        "<p>Maaaring hindi tugma ang inilagay ninyo sa nakasulat sa inyong residence card. Tingnan kung eksaktong gaya ng nasa card ang numero ng residence card, ang inyong pangalan, petsa ng kapanganakan at iba pang detalye.</p>"
                        "<p>Kung may error pa rin kahit tugma ang lahat sa inyong card, makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
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
                    "zh-hant": "申報時需要附加文件嗎？",
                    "zh-hans": "申报时需要附加材料吗？",
                    "ko": "신고할 때 서류를 첨부해야 합니까?",
                    "es": "¿Tengo que adjuntar documentos a la notificación?",
                    "pt": "Preciso anexar documentos à notificação?",
                    "tl": "Kailangan ko bang maglakip ng mga dokumento sa abiso?",
                },
                "a": {
                    "ja": "<p>ありません。このシステムでの届出には、書類の添付は不要です。ファイルを添付する機能もありません。</p>",
                    "en": "<p>No. Filings in this system need no documents, and there is no way to attach files.</p>",
                    "zh-hant": "<p>不需要。使用本系統申報時，不須附加任何文件，系統也沒有附加檔案的功能。</p>",
                    "zh-hans": "<p>不需要。使用本系统申报时，不需要附加任何材料，系统也没有附加文件的功能。</p>",
                    "ko": "<p>필요 없습니다. 이 시스템으로 신고할 때는 서류를 첨부할 필요가 없으며, 파일을 첨부하는 기능도 없습니다.</p>",
                    "es": "<p>No. Las notificaciones en este sistema no requieren documentos, y tampoco es posible adjuntar archivos.</p>",
                    "pt": "<p>Não. As notificações neste sistema não exigem documentos, e também não há como anexar arquivos.</p>",
                    "tl": "<p>Hindi. Walang kailangang dokumento sa mga abiso sa sistemang ito, at wala ring paraan para maglakip ng file.</p>",
                },
            },
            {
                "key": "event-date-past-or-future",
                "q": {
                    "ja": "届出の事由が生じた日（変更があった日）に、過去の日付や将来の日付を入力できますか。",
                    "en": "Can I enter a past or a future date as the date of the event?",
                    "zh-hant": "申報事由發生日（發生變更的日期）可以輸入過去或未來的日期嗎？",
                    "zh-hans": "申报事由发生日（发生变更的日期）可以输入过去或将来的日期吗？",
                    "ko": "신고 사유 발생일(변경이 있었던 날)에 과거 날짜나 미래 날짜를 입력할 수 있습니까?",
                    "es": "¿Puedo introducir una fecha pasada o futura como fecha del hecho (el día en que se produjo el cambio)?",
                    "pt": "Posso informar uma data passada ou futura como data do evento (o dia em que ocorreu a mudança)?",
                    "tl": "Maaari ba akong maglagay ng petsang lumipas na o petsa sa hinaharap bilang petsa ng pangyayari (ang araw ng pagbabago)?",
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
                    "zh-hant": (
                        "<p>可以輸入過去的日期，但無法輸入未來的日期。請在事情實際發生後再提出申報。</p>"
                        "<p>超過事情發生後14日的申報仍會受理，但會記錄為逾期申報。有關申報期限及罰則，請參閱{{q:penalties}}。</p>"
                    ),
                    "zh-hans": (
                        "<p>可以输入过去的日期，但不能输入将来的日期。请在事情实际发生后再提交申报。</p>"
                        "<p>超过事情发生后14日的申报仍会受理，但会记录为逾期申报。有关申报期限及罚则，请参阅{{q:penalties}}。</p>"
                    ),
                    "ko": (
                        "<p>과거 날짜는 입력할 수 있지만 미래 날짜는 입력할 수 없습니다. 신고는 사유가 실제로 발생한 후에 해 주십시오.</p>"
                        "<p>사유 발생일부터 14일이 지난 경우에도 신고는 접수되지만 기한 경과 신고로 기록됩니다. 신고 기한과 벌칙에 대해서는 {{q:penalties}}을(를) 참조해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Una fecha pasada, sí; una fecha futura, no. Presente la notificación solo después de que el hecho se haya producido realmente.</p>"
                        "<p>Una notificación presentada más de 14 días después del hecho se sigue aceptando, pero queda registrada como presentada fuera de plazo. Para el plazo y las sanciones, vea {{q:penalties}}.</p>"
                    ),
                    "pt": (
                        "<p>Uma data passada, sim; uma data futura, não. Faça a notificação somente depois que o fato tiver realmente acontecido.</p>"
                        "<p>Uma notificação feita mais de 14 dias após o fato continua sendo aceita, mas fica registrada como feita fora do prazo. Sobre o prazo e as punições, veja {{q:penalties}}.</p>"
                    ),
                    "tl": (
                        "<p>Maaari ang petsang lumipas na, pero hindi ang petsa sa hinaharap. Mag-abiso lamang kapag nangyari na talaga ang pagbabago.</p>"
                        "<p>Tinatanggap pa rin ang abisong isinumite nang lampas sa 14 na araw mula sa pangyayari, pero itinatala ito bilang huli. Para sa takdang panahon at mga parusa, tingnan ang {{q:penalties}}.</p>"
                    ),
                },
            },
            {
                "key": "actual-place-of-activity",
                "q": {
                    "ja": "第19条の16の届出画面にある任意の項目「実際の活動場所」とは何ですか。",
                    "en": "What is the optional field “Actual place of activity” in the Article 19-16 filing form?",
                    "zh-hant": "第19條之16申報畫面中的選填項目「實際活動地點」是什麼？",
                    "zh-hans": "第19条之16申报页面中的选填项目“实际活动地点”是什么？",
                    "ko": "제19조의16 신고 화면에 있는 선택 항목 '실제 활동 장소'란 무엇입니까?",
                    "es": "¿Qué es el campo opcional “Lugar real de la actividad” del formulario de notificación del artículo 19-16?",
                    "pt": "O que é o campo opcional “Local efetivo da atividade” no formulário de notificação do artigo 19-16?",
                    "tl": "Ano ang opsyonal na field na “Aktuwal na lugar ng aktibidad” sa form ng abiso sa ilalim ng Artikulo 19-16?",
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
                    "zh-hant": (
                        "<p>當您申報的所屬機構地址與您實際活動的地點不同時，可在此項目輸入實際的活動地點。此項目為選填。</p>"
                        "<p>例如：您以總公司的名稱及地址作為所屬機構申報，但實際上在分公司或營業所工作。</p>"
                    ),
                    "zh-hans": (
                        "<p>当您申报的所属机构地址与您实际活动的地点不同时，可以在此项目中输入实际的活动地点。此项目为选填。</p>"
                        "<p>例如：您以总公司的名称和地址作为所属机构申报，但实际上在分公司或营业所工作。</p>"
                    ),
                    "ko": (
                        "<p>신고하는 소속 기관의 소재지와 실제로 활동하는 장소가 다른 경우에 실제 활동 장소를 입력하는 항목입니다. 입력은 선택 사항입니다.</p>"
                        "<p>예: 소속 기관으로 본사의 명칭과 소재지를 신고했지만 실제로는 지점이나 영업소에서 일하는 경우</p>"
                    ),
                    "es": (
                        "<p>Si el lugar donde usted realmente trabaja o estudia es distinto de la dirección de la organización que notifica, puede indicar aquí ese lugar. El campo es opcional.</p>"
                        "<p>Ejemplo: usted notifica como organización la sede central de su empresa, pero en realidad trabaja en una sucursal u oficina comercial.</p>"
                    ),
                    "pt": (
                        "<p>Se o local onde você realmente trabalha ou estuda for diferente do endereço da organização notificada, você pode informar esse local aqui. O preenchimento é opcional.</p>"
                        "<p>Exemplo: você notifica a matriz da empresa como sua organização, mas na prática trabalha em uma filial ou em um escritório de vendas.</p>"
                    ),
                    "tl": (
                        "<p>Kung iba ang lugar kung saan talaga kayo nagtatrabaho o nag-aaral sa address ng organisasyong iniuulat ninyo, maaari ninyong ilagay rito ang lugar na iyon. Opsyonal ang field na ito.</p>"
                        "<p>Halimbawa: iniuulat ninyo ang head office ng inyong kumpanya bilang inyong organisasyon, pero sa isang sangay o sales office talaga kayo nagtatrabaho.</p>"
                    ),
                },
            },
            {
                "key": "viewing-filed-content",
                "q": {
                    "ja": "届け出た内容を、後から確認できますか。",
                    "en": "Can I see later what I filed?",
                    "zh-hant": "事後可以查看已申報的內容嗎？",
                    "zh-hans": "事后可以查看已申报的内容吗？",
                    "ko": "신고한 내용을 나중에 확인할 수 있습니까?",
                    "es": "¿Puedo consultar más tarde lo que notifiqué?",
                    "pt": "Posso consultar depois o que notifiquei?",
                    "tl": "Makikita ko ba pagkatapos ang laman ng isinumite kong abiso?",
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
                    "zh-hant": (
                        "<p>可以。登入後，可在「申報狀況查詢」頁面的歷來申報清單中，查看每一筆申報的完整內容。</p>"
                        "<p>送出申報後，畫面會顯示載有受理編號的申報收執，您可以列印或儲存。</p>"
                    ),
                    "zh-hans": (
                        "<p>可以。登录后，可以在“申报状况查询”页面的以往申报列表中，查看每一项申报的全部内容。</p>"
                        "<p>提交申报后，页面会显示载有受理编号的申报回执，您可以打印或保存。</p>"
                    ),
                    "ko": (
                        "<p>네. 로그인 후 '신고 상황 조회' 페이지의 지금까지의 신고 목록에서 각 신고의 내용을 모두 확인할 수 있습니다.</p>"
                        "<p>신고를 송신하면 접수 번호가 기재된 접수증이 표시됩니다. 접수증은 인쇄하거나 저장할 수 있습니다.</p>"
                    ),
                    "es": (
                        "<p>Sí. Después de iniciar sesión, la página “Estado de sus notificaciones” muestra todas sus notificaciones, y puede abrir cada una para ver todo lo que notificó.</p>"
                        "<p>Al enviar una notificación, se muestra un comprobante con el número de recepción, que puede imprimir o guardar.</p>"
                    ),
                    "pt": (
                        "<p>Sim. Depois de fazer login, a página “Situação das suas notificações” lista todas as suas notificações, e você pode abrir cada uma para ver todo o conteúdo enviado.</p>"
                        "<p>Ao enviar uma notificação, é exibido um comprovante com o número de recebimento, que você pode imprimir ou salvar.</p>"
                    ),
                    "tl": (
                        "<p>Oo. Pagkatapos mag-log in, nakalista sa pahinang “Status ng iyong mga notipikasyon” ang lahat ng inyong abiso, at mabubuksan ninyo ang bawat isa para makita ang buong laman nito.</p>"
                        "<p>Kapag ipinadala ninyo ang isang abiso, ipapakita ang isang resibong may numero ng resibo, na maaari ninyong i-print o i-save.</p>"
                    ),
                },
            },
            {
                "key": "filing-status",
                "q": {
                    "ja": "届出の処理状況を確認できますか。",
                    "en": "Can I check how my filing is being processed?",
                    "zh-hant": "可以查詢申報的處理狀況嗎？",
                    "zh-hans": "可以查询申报的处理状况吗？",
                    "ko": "신고 처리 상황을 확인할 수 있습니까?",
                    "es": "¿Puedo consultar el estado de tramitación de mi notificación?",
                    "pt": "Posso consultar a situação do processamento da minha notificação?",
                    "tl": "Maaari ko bang tingnan ang status ng pagproseso ng aking abiso?",
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
                    "zh-hant": (
                        "<p>可以。登入後，可在「申報狀況查詢」頁面查看您歷來的申報紀錄及各筆申報的處理狀況。</p>"
                        "<ul>"
                        "<li><strong>處理中</strong>：系統正在登錄申報內容。</li>"
                        "<li><strong>登錄完成</strong>：已正常完成登錄，申報手續即告完成。</li>"
                        "<li><strong>登錄錯誤</strong>：申報內容有問題，無法登錄。</li>"
                        "</ul>"
                        "<p>出現「登錄錯誤」時，請確認錯誤內容。您可以在已帶入該筆申報內容的狀態下開始新的申報，請修正錯誤後再申報。</p>"
                        "<p>在所屬機構的批次申報中，如整個檔案未獲受理，會顯示「受理錯誤」（請參閱{{q:bulk-errors-refiling}}）。</p>"
                    ),
                    "zh-hans": (
                        "<p>可以。登录后，可以在“申报状况查询”页面查看您以往的申报记录及每项申报的处理状况。</p>"
                        "<ul>"
                        "<li><strong>处理中</strong>：系统正在登记申报内容。</li>"
                        "<li><strong>登记完成</strong>：登记已正常完成，申报手续即告完成。</li>"
                        "<li><strong>登记错误</strong>：申报内容有问题，无法登记。</li>"
                        "</ul>"
                        "<p>出现“登记错误”时，请确认错误内容。您可以在已带入该项申报内容的状态下开始新的申报，请修改错误后再提交申报。</p>"
                        "<p>在所属机构的批量申报中，如果整个文件未被受理，会显示“受理错误”（请参阅{{q:bulk-errors-refiling}}）。</p>"
                    ),
                    "ko": (
                        "<p>네. 로그인 후 '신고 상황 조회' 페이지에서 지금까지의 신고 이력과 각 신고의 처리 상황을 확인할 수 있습니다.</p>"
                        "<ul>"
                        "<li><strong>처리 중</strong>: 신고 내용을 시스템에 등록하는 처리를 하고 있습니다.</li>"
                        "<li><strong>등록 완료</strong>: 등록이 정상적으로 완료되었습니다. 신고 절차가 끝났습니다.</li>"
                        "<li><strong>등록 오류</strong>: 신고 내용에 문제가 있어 등록하지 못했습니다.</li>"
                        "</ul>"
                        "<p>'등록 오류'가 된 경우에는 오류 내용을 확인해 주십시오. 해당 신고의 내용이 입력된 상태로 새 신고를 시작할 수 있으므로 잘못된 부분을 수정하여 신고해 주십시오.</p>"
                        "<p>소속 기관의 일괄 신고에서 파일 전체가 접수되지 않은 경우에는 '접수 오류'로 표시됩니다({{q:bulk-errors-refiling}} 참조).</p>"
                    ),
                    "es": (
                        "<p>Sí. Después de iniciar sesión, la página “Estado de sus notificaciones” muestra el historial de sus notificaciones y el estado de cada una:</p>"
                        "<ul>"
                        "<li><strong>En proceso</strong>: la notificación se está registrando en el sistema.</li>"
                        "<li><strong>Registro completado</strong>: la notificación se registró correctamente. Su trámite ha terminado.</li>"
                        "<li><strong>Error de registro</strong>: la notificación no se pudo registrar porque hay un problema en su contenido.</li>"
                        "</ul>"
                        "<p>Si una notificación muestra “Error de registro”, revise el detalle del error. Puede iniciar una nueva notificación que ya contiene los datos de la anterior, corregir el error y enviarla.</p>"
                        "<p>En la notificación en lote de una organización, si el archivo no se pudo aceptar en su conjunto, se muestra “Error de recepción” (vea {{q:bulk-errors-refiling}}).</p>"
                    ),
                    "pt": (
                        "<p>Sim. Depois de fazer login, a página “Situação das suas notificações” mostra o histórico das suas notificações e a situação de cada uma:</p>"
                        "<ul>"
                        "<li><strong>Em processamento</strong>: a notificação está sendo registrada no sistema.</li>"
                        "<li><strong>Registro concluído</strong>: a notificação foi registrada com sucesso. O procedimento está concluído.</li>"
                        "<li><strong>Erro de registro</strong>: não foi possível registrar a notificação por causa de um problema no conteúdo.</li>"
                        "</ul>"
                        "<p>Se a notificação estiver com “Erro de registro”, confira os detalhes do erro. Você pode iniciar uma nova notificação já preenchida com o conteúdo da anterior, corrigir o erro e enviá-la.</p>"
                        "<p>Na notificação em lote de uma organização, quando o arquivo não pôde ser aceito como um todo, aparece “Erro de recebimento” (veja {{q:bulk-errors-refiling}}).</p>"
                    ),
                    "tl": (
                        "<p>Oo. Pagkatapos mag-log in, ipinapakita ng pahinang “Status ng iyong mga notipikasyon” ang kasaysayan ng inyong mga abiso at ang status ng bawat isa:</p>"
                        "<ul>"
                        "<li><strong>Pinoproseso</strong>: inirerehistro pa sa sistema ang abiso.</li>"
                        "<li><strong>Nakumpleto</strong>: matagumpay na nairehistro ang abiso. Tapos na ang inyong pag-aabiso.</li>"
                        "<li><strong>Error sa pagpaparehistro</strong>: hindi mairehistro ang abiso dahil may problema sa laman nito.</li>"
                        "</ul>"
                        "<p>Kung “Error sa pagpaparehistro” ang status, basahin ang detalye ng error. Maaari kayong magsimula ng bagong abiso na nakalagay na ang laman ng naunang abiso, itama ang mali at ipadala ito.</p>"
                        "<p>Sa maramihang abiso ng isang organisasyon, kapag hindi natanggap ang file bilang kabuuan, “Error sa pagtanggap” ang ipinapakita (tingnan ang {{q:bulk-errors-refiling}}).</p>"
                    ),
                },
            },
            {
                "key": "changing-a-filing",
                "q": {
                    "ja": "届け出た内容を変更できますか。",
                    "en": "Can I change a filing after sending it?",
                    "zh-hant": "可以變更已申報的內容嗎？",
                    "zh-hans": "可以更改已申报的内容吗？",
                    "ko": "신고한 내용을 변경할 수 있습니까?",
                    "es": "¿Puedo modificar una notificación después de enviarla?",
                    "pt": "Posso alterar uma notificação depois de enviá-la?",
                    "tl": "Maaari ko bang baguhin ang abiso pagkatapos itong ipadala?",
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
                    "zh-hant": (
                        "<p>申報一經提出，即無法變更內容。如內容有誤，請以正確的內容重新申報。</p>"
                        "<p>同一天內多次提出內容完全相同的申報時，以最後一次申報為有效。</p>"
                    ),
                    "zh-hans": (
                        "<p>申报一经提交，即无法更改内容。如果内容有误，请以正确的内容重新申报。</p>"
                        "<p>同一天内多次提交内容完全相同的申报时，以最后一次申报为准。</p>"
                    ),
                    "ko": (
                        "<p>한 번 신고한 내용은 변경할 수 없습니다. 내용에 잘못이 있는 경우에는 올바른 내용으로 다시 신고해 주십시오.</p>"
                        "<p>같은 날 완전히 같은 내용의 신고를 여러 번 한 경우에는 마지막에 한 신고가 유효합니다.</p>"
                    ),
                    "es": (
                        "<p>No. Una notificación no se puede modificar una vez enviada. Si contenía un error, preséntela de nuevo con los datos correctos.</p>"
                        "<p>Si se presenta exactamente la misma notificación más de una vez el mismo día, vale la última.</p>"
                    ),
                    "pt": (
                        "<p>Não. Depois de enviada, a notificação não pode ser alterada. Se ela continha algum erro, faça a notificação novamente com os dados corretos.</p>"
                        "<p>Se exatamente a mesma notificação for feita mais de uma vez no mesmo dia, vale a última.</p>"
                    ),
                    "tl": (
                        "<p>Hindi. Hindi na mababago ang abiso kapag naipadala na. Kung may mali ito, mag-abiso muli gamit ang tamang impormasyon.</p>"
                        "<p>Kung eksaktong parehong abiso ang isinumite nang higit sa isang beses sa parehong araw, ang huli ang may bisa.</p>"
                    ),
                },
            },
            {
                "key": "correcting-or-withdrawing",
                "q": {
                    "ja": "誤った内容で届け出てしまいました。届出を取り下げることはできますか。",
                    "en": "I filed something wrong. Can I withdraw the filing?",
                    "zh-hant": "我申報了錯誤的內容。可以撤回申報嗎？",
                    "zh-hans": "我申报了错误的内容。可以撤回申报吗？",
                    "ko": "잘못된 내용으로 신고해 버렸습니다. 신고를 취하할 수 있습니까?",
                    "es": "Presenté una notificación con datos erróneos. ¿Puedo retirarla?",
                    "pt": "Fiz uma notificação com dados errados. Posso retirá-la?",
                    "tl": "May mali sa isinumite kong abiso. Maaari ko bang bawiin ang abiso?",
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
                    "zh-hant": (
                        "<p>如要更正錯誤，請以正確的內容重新申報（請參閱{{q:changing-a-filing}}）。</p>"
                        "<p>無法在本系統撤回申報。如希望撤回，請聯絡服務台（請參閱「聯絡我們」頁面），服務台將告知您辦理手續的地方出入國在留管理局窗口。</p>"
                    ),
                    "zh-hans": (
                        "<p>如需更正错误，请以正确的内容重新申报（请参阅{{q:changing-a-filing}}）。</p>"
                        "<p>无法在本系统中撤回申报。如希望撤回，请联系服务台（请参阅“联系我们”页面），服务台将告知您办理手续的地方出入国在留管理局窗口。</p>"
                    ),
                    "ko": (
                        "<p>잘못을 바로잡으려면 올바른 내용으로 다시 신고해 주십시오({{q:changing-a-filing}} 참조).</p>"
                        "<p>이 시스템에서는 신고를 취하할 수 없습니다. 취하를 원하시는 경우에는 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오. 절차를 진행할 지방출입국재류관리국 창구를 안내해 드립니다.</p>"
                    ),
                    "es": (
                        "<p>Para corregir un error, presente de nuevo la notificación con los datos correctos (vea {{q:changing-a-filing}}).</p>"
                        "<p>En este sistema no se puede retirar una notificación. Si desea retirarla, comuníquese con el servicio de asistencia (vea la página de Contacto), que le indicará la ventanilla de la oficina regional de servicios de inmigración donde debe hacer el trámite.</p>"
                    ),
                    "pt": (
                        "<p>Para corrigir um erro, faça a notificação novamente com os dados corretos (veja {{q:changing-a-filing}}).</p>"
                        "<p>Não é possível retirar uma notificação neste sistema. Se quiser retirá-la, entre em contato com a central de atendimento (veja a página de Contato), que informará em qual balcão de escritório regional de imigração o procedimento deve ser feito.</p>"
                    ),
                    "tl": (
                        "<p>Para itama ang mali, mag-abiso muli gamit ang tamang impormasyon (tingnan ang {{q:changing-a-filing}}).</p>"
                        "<p>Hindi maaaring bawiin ang abiso sa sistemang ito. Kung nais ninyong bawiin ito, makipag-ugnayan sa help desk (tingnan ang pahinang Contact); sasabihin nila sa inyo kung aling counter ng regional immigration services bureau ang hahawak nito.</p>"
                    ),
                },
            },
            {
                "key": "completion-mail-delay",
                "q": {
                    "ja": "届出の完了メールがなかなか届きません。",
                    "en": "The e-mail confirming my filing is taking a long time to arrive.",
                    "zh-hant": "一直沒有收到申報完成的郵件。",
                    "zh-hans": "一直没有收到申报完成的邮件。",
                    "ko": "신고 완료 메일이 좀처럼 오지 않습니다.",
                    "es": "El correo que confirma mi notificación tarda mucho en llegar.",
                    "pt": "O e-mail de conclusão da minha notificação está demorando a chegar.",
                    "tl": "Matagal dumating ang e-mail na nagkukumpirma ng aking abiso.",
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
                    "zh-hant": (
                        "<p>申報的登錄通常在送出後不久即完成，並會寄出完成郵件。但在系統繁忙時，或在登錄處理集中於夜間進行的期間，可能要到隔天以後才會完成。</p>"
                        "<p>請先登入，在「申報狀況查詢」頁面確認處理狀況。郵件也可以在網站內的收件匣中查看。</p>"
                        "<p>如果您已不再使用登錄的電子郵件地址，請變更電子郵件地址（請參閱{{q:changing-the-email-address}}）。如經過3天以上仍未完成登錄，請聯絡服務台（請參閱「聯絡我們」頁面）。</p>"
                    ),
                    "zh-hans": (
                        "<p>申报的登记通常在提交后不久即完成，并会发送完成邮件。但在系统繁忙时，或在登记处理集中于夜间进行的期间，可能要到第二天以后才会完成。</p>"
                        "<p>请先登录，在“申报状况查询”页面确认处理状况。邮件也可以在网站内的收件箱中查看。</p>"
                        "<p>如果您已不再使用所登记的电子邮件地址，请更改电子邮件地址（请参阅{{q:changing-the-email-address}}）。如果经过3天以上仍未完成登记，请联系服务台（请参阅“联系我们”页面）。</p>"
                    ),
                    "ko": (
                        "<p>신고 등록은 보통 송신 후 곧 완료되며 완료 메일이 발송됩니다. 다만 이용이 몰릴 때나 등록 처리를 야간에 일괄로 하는 기간에는 다음 날 이후가 될 수 있습니다.</p>"
                        "<p>먼저 로그인 후 '신고 상황 조회' 페이지에서 처리 상황을 확인해 주십시오. 메일은 사이트 내 받은 메일함에서도 확인할 수 있습니다.</p>"
                        "<p>등록한 이메일 주소를 더 이상 사용하지 않는 경우에는 이메일 주소를 변경해 주십시오({{q:changing-the-email-address}} 참조). 3일 이상 지나도 등록이 완료되지 않는 경우에는 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>El registro de una notificación suele completarse poco después del envío, y a continuación llega el correo de confirmación. Sin embargo, en momentos de mucha demanda, o en los períodos en que el registro se procesa todo junto durante la noche, puede tardar hasta el día siguiente o más.</p>"
                        "<p>Primero, inicie sesión y consulte el estado de la notificación en la página “Estado de sus notificaciones”. El correo también puede leerse en la bandeja de entrada del sitio.</p>"
                        "<p>Si ya no usa la dirección de correo electrónico registrada, cámbiela (vea {{q:changing-the-email-address}}). Si después de tres días o más la notificación sigue sin registrarse, comuníquese con el servicio de asistencia (vea la página de Contacto).</p>"
                    ),
                    "pt": (
                        "<p>O registro da notificação normalmente é concluído logo após o envio, e em seguida chega o e-mail de conclusão. No entanto, em horários de grande movimento, ou em períodos em que o registro é processado de uma só vez durante a noite, isso pode levar até o dia seguinte ou mais.</p>"
                        "<p>Primeiro, faça login e confira a situação na página “Situação das suas notificações”. O e-mail também pode ser lido na caixa de entrada do site.</p>"
                        "<p>Se você não usa mais o endereço de e-mail cadastrado, altere-o (veja {{q:changing-the-email-address}}). Se o registro não for concluído depois de três dias ou mais, entre em contato com a central de atendimento (veja a página de Contato).</p>"
                    ),
                    "tl": (
                        "<p>Karaniwang natatapos ang pagpaparehistro ng abiso ilang sandali pagkatapos itong ipadala, at kasunod nito ang e-mail ng kumpirmasyon. Gayunman, kapag maraming gumagamit, o sa mga panahong sabay-sabay na pinoproseso sa gabi ang pagpaparehistro, maaari itong umabot hanggang kinabukasan o mas matagal pa.</p>"
                        "<p>Una, mag-log in at tingnan ang status ng abiso sa pahinang “Status ng iyong mga notipikasyon”. Mababasa rin ang e-mail sa inbox sa site.</p>"
                        "<p>Kung hindi na ninyo ginagamit ang nakarehistrong e-mail address, palitan ito (tingnan ang {{q:changing-the-email-address}}). Kung hindi pa rin nairerehistro ang abiso pagkalipas ng tatlong araw o higit pa, makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
                    ),
                },
            },
            {
                "key": "printing-error-details",
                "q": {
                    "ja": "届出状況のページに表示されるエラーの詳細を、簡単に印刷する方法はありますか。",
                    "en": "Is there an easy way to print the error details shown on the Filing status page?",
                    "zh-hant": "有沒有簡單的方法可以列印「申報狀況查詢」頁面上顯示的錯誤詳情？",
                    "zh-hans": "有没有简单的方法可以打印“申报状况查询”页面上显示的错误详情？",
                    "ko": "'신고 상황 조회' 페이지에 표시되는 오류 상세 내용을 간단히 인쇄하는 방법이 있습니까?",
                    "es": "¿Hay una forma sencilla de imprimir el detalle de los errores que aparece en la página “Estado de sus notificaciones”?",
                    "pt": "Existe uma forma simples de imprimir os detalhes do erro exibidos na página “Situação das suas notificações”?",
                    "tl": "May madali bang paraan para i-print ang detalye ng error na ipinapakita sa pahinang “Status ng iyong mga notipikasyon”?",
                },
                "a": {
                    "ja": "<p>はい。エラーの詳細や届出の控えは、印刷に適した形で表示されます。ブラウザの印刷機能（Windows では「Ctrl」キーを押しながら「P」キー、Mac では「command」キーを押しながら「P」キー）で印刷してください。スマートフォンでは、ブラウザの共有メニューなどから、印刷やPDFとしての保存ができます。</p>",
                    "en": "<p>Yes. Error details and filing receipts are laid out for printing. Use your browser's print command (Ctrl+P on Windows, Command+P on a Mac). On a smartphone, use the browser's share menu or similar to print or save as PDF.</p>",
                    "zh-hant": "<p>有的。錯誤詳情及申報收執會以適合列印的版面顯示。請使用瀏覽器的列印功能（Windows 請按住「Ctrl」鍵再按「P」鍵，Mac 請按住「command」鍵再按「P」鍵）列印。使用智慧型手機時，可從瀏覽器的分享選單等處列印或儲存為 PDF。</p>",
                    "zh-hans": "<p>有。错误详情和申报回执会以适合打印的版式显示。请使用浏览器的打印功能（Windows 请按住“Ctrl”键再按“P”键，Mac 请按住“command”键再按“P”键）进行打印。使用智能手机时，可以通过浏览器的分享菜单等进行打印或保存为 PDF。</p>",
                    "ko": "<p>네. 오류 상세 내용과 신고 접수증은 인쇄에 적합한 형태로 표시됩니다. 브라우저의 인쇄 기능(Windows에서는 'Ctrl' 키를 누른 채 'P' 키, Mac에서는 'command' 키를 누른 채 'P' 키)으로 인쇄해 주십시오. 스마트폰에서는 브라우저의 공유 메뉴 등에서 인쇄하거나 PDF로 저장할 수 있습니다.</p>",
                    "es": "<p>Sí. El detalle de los errores y los comprobantes de notificación se presentan en un formato adecuado para imprimir. Use la función de impresión del navegador (Ctrl+P en Windows, Command+P en Mac). En un teléfono inteligente, use el menú de compartir del navegador u otro similar para imprimir o guardar como PDF.</p>",
                    "pt": "<p>Sim. Os detalhes do erro e os comprovantes de notificação são exibidos em um formato adequado para impressão. Use a função de impressão do navegador (Ctrl+P no Windows, Command+P no Mac). No celular, use o menu de compartilhamento do navegador ou algo semelhante para imprimir ou salvar como PDF.</p>",
                    "tl": "<p>Oo. Nakaayos para sa pag-print ang detalye ng error at ang resibo ng abiso. Gamitin ang print function ng inyong browser (Ctrl+P sa Windows, Command+P sa Mac). Sa smartphone, gamitin ang share menu ng browser o katulad nito para mag-print o mag-save bilang PDF.</p>",
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
            "es": "Plantillas de notificación en lote (organizaciones)",
            "pt": "Modelos de notificação em lote (organizações)",
            "tl": "Mga template para sa maramihang abiso (mga organisasyon)",
        },
        "questions": [
            {
                "key": "bulk-file-size",
                "q": {
                    "ja": "一括届出では、最大何人分をまとめて届け出ることができますか。",
                    "en": "How many people can one bulk filing cover?",
                    "zh-hant": "批次申報最多可以一次申報幾人？",
                    "zh-hans": "批量申报最多可以一次申报多少人？",
                    "ko": "일괄 신고로는 최대 몇 명분까지 한꺼번에 신고할 수 있습니까?",
                    "es": "¿Cuántas personas como máximo puede incluir una notificación en lote?",
                    "pt": "Quantas pessoas, no máximo, uma notificação em lote pode incluir?",
                    "tl": "Hanggang ilang tao ang maaaring isama sa iisang maramihang abiso?",
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
                    "zh-hant": (
                        "<p>每個檔案最多可申報300人。超過300人時，請將資料分成多個檔案，分次申報。</p>"
                        "<p>批次申報範本可從「下載」頁面取得。我們依申報種類分別提供日文版及英文版。</p>"
                    ),
                    "zh-hans": (
                        "<p>每个文件最多可以申报300人。超过300人时，请将数据分成多个文件，分次申报。</p>"
                        "<p>批量申报模板可以从“下载”页面获取。我们按申报种类分别提供日文版和英文版。</p>"
                    ),
                    "ko": (
                        "<p>파일 1개로 최대 300명분을 신고할 수 있습니다. 300명을 넘는 경우에는 파일을 나누어 여러 번에 걸쳐 신고해 주십시오.</p>"
                        "<p>일괄 신고 템플릿은 '다운로드' 페이지에서 받을 수 있습니다. 신고 종류별로 일본어판과 영어판을 준비해 두었습니다.</p>"
                    ),
                    "es": (
                        "<p>Hasta 300 personas por archivo. Si son más de 300, repártalas en varios archivos y suba cada uno por separado.</p>"
                        "<p>Las plantillas de notificación en lote están en la página “Descargas”: hay una para cada tipo de notificación, en japonés y en inglés.</p>"
                    ),
                    "pt": (
                        "<p>Até 300 pessoas por arquivo. Se forem mais de 300, divida-as em vários arquivos e envie cada um separadamente.</p>"
                        "<p>Os modelos de notificação em lote estão na página “Downloads”: há um para cada tipo de notificação, em japonês e em inglês.</p>"
                    ),
                    "tl": (
                        "<p>Hanggang 300 tao bawat file. Kung higit sa 300, hatiin sila sa ilang file at i-upload nang hiwalay ang bawat isa.</p>"
                        "<p>Makukuha ang mga template para sa maramihang abiso sa pahinang “Mga download”: may isa para sa bawat uri ng abiso, sa wikang Hapon at sa Ingles.</p>"
                    ),
                },
            },
            {
                "key": "bulk-19-16-errors",
                "q": {
                    "ja": "第19条の16の一括届出で、エラーがたくさん出ます。",
                    "en": "My bulk Article 19-16 filing shows a lot of errors.",
                    "zh-hant": "第19條之16的批次申報出現許多錯誤。",
                    "zh-hans": "第19条之16的批量申报出现很多错误。",
                    "ko": "제19조의16 일괄 신고에서 오류가 많이 납니다.",
                    "es": "Mi notificación en lote del artículo 19-16 muestra muchos errores.",
                    "pt": "A minha notificação em lote do artigo 19-16 mostra muitos erros.",
                    "tl": "Maraming error ang lumalabas sa aking maramihang abiso sa ilalim ng Artikulo 19-16.",
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
                    "zh-hant": (
                        "<p>所屬機構可代替中長期在留者以批次方式申報的，僅限所屬機構名稱變更及地址變更的申報。請確認以下幾點。</p>"
                        "<ul>"
                        "<li>檔案中的中長期在留者是否全都已在本系統完成使用者登錄。未完成使用者登錄者，無法為其申報。</li>"
                        "<li>這些人是否已許可貴機構代理申報（請參閱{{q:filing-on-behalf-of-a-resident}}）。</li>"
                        "<li>姓名、在留卡號碼等是否已依照在留卡上的記載輸入。</li>"
                        "</ul>"
                        "<p>有錯誤時，可以下載在錯誤儲存格加上標示及說明的檔案。請修正該檔案後再次上傳。</p>"
                    ),
                    "zh-hans": (
                        "<p>所属机构能够代替中长期在留者以批量方式申报的，仅限所属机构名称变更和地址变更的申报。请确认以下几点。</p>"
                        "<ul>"
                        "<li>文件中的中长期在留者是否全部已在本系统完成用户注册。未完成用户注册的人员，无法为其申报。</li>"
                        "<li>这些人员是否已许可贵机构代理申报（请参阅{{q:filing-on-behalf-of-a-resident}}）。</li>"
                        "<li>姓名、在留卡号码等是否已按照在留卡上的记载输入。</li>"
                        "</ul>"
                        "<p>出现错误时，可以下载在出错单元格上加了标记和说明的文件。请修改该文件后重新上传。</p>"
                    ),
                    "ko": (
                        "<p>소속 기관이 중장기 재류자를 대신하여 일괄로 신고할 수 있는 것은 소속 기관의 명칭 변경과 소재지 변경 신고뿐입니다. 다음 사항을 확인해 주십시오.</p>"
                        "<ul>"
                        "<li>파일에 포함된 중장기 재류자가 모두 이 시스템에 이용자 등록을 했는지. 이용자 등록을 하지 않은 분의 신고는 할 수 없습니다.</li>"
                        "<li>그분들이 귀 기관에 대리 신고를 허가했는지({{q:filing-on-behalf-of-a-resident}} 참조).</li>"
                        "<li>이름, 재류카드 번호 등이 재류카드에 기재된 대로 입력되어 있는지.</li>"
                        "</ul>"
                        "<p>오류가 있는 경우에는 오류가 난 셀에 표시와 설명을 붙인 파일을 다운로드할 수 있습니다. 그 파일을 수정하여 다시 업로드해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Las únicas notificaciones del artículo 19-16 que una organización puede presentar en lote en nombre de los residentes son las de cambio de nombre y de dirección de la organización. Compruebe lo siguiente:</p>"
                        "<ul>"
                        "<li>que todos los residentes del archivo estén registrados como usuarios de este sistema; no se puede presentar ninguna notificación de los residentes que no estén registrados;</li>"
                        "<li>que cada uno de ellos haya dado permiso a su organización para notificar en su nombre (vea {{q:filing-on-behalf-of-a-resident}});</li>"
                        "<li>que los nombres, los números de tarjeta de residencia y los demás datos estén introducidos exactamente como figuran en las tarjetas de residencia.</li>"
                        "</ul>"
                        "<p>Si hay errores, puede descargar su archivo con las celdas erróneas marcadas y explicadas. Corrija ese archivo y vuelva a subirlo.</p>"
                    ),
                    "pt": (
                        "<p>As únicas notificações do artigo 19-16 que uma organização pode fazer em lote em nome dos residentes são as de mudança de nome e de endereço da organização. Verifique o seguinte:</p>"
                        "<ul>"
                        "<li>se todos os residentes do arquivo estão cadastrados como usuários deste sistema; não é possível fazer notificações de residentes que não estejam cadastrados;</li>"
                        "<li>se cada um deles deu permissão à sua organização para notificar em seu nome (veja {{q:filing-on-behalf-of-a-resident}});</li>"
                        "<li>se os nomes, os números do cartão de residência e os demais dados estão digitados exatamente como constam nos cartões de residência.</li>"
                        "</ul>"
                        "<p>Se houver erros, você pode baixar o seu arquivo com as células com erro marcadas e explicadas. Corrija esse arquivo e envie-o novamente.</p>"
                    ),
                    "tl": (
                        "<p>Ang tanging mga abiso sa ilalim ng Artikulo 19-16 na maaaring isumite nang maramihan ng isang organisasyon para sa mga residente ay ang pagpapalit ng pangalan at ng address ng organisasyon. Pakisuri ang sumusunod:</p>"
                        "<ul>"
                        "<li>kung nakarehistro bilang user ng sistemang ito ang lahat ng residente sa file; walang maisusumite para sa mga residenteng hindi nakarehistro;</li>"
                        "<li>kung nagbigay ang bawat isa sa kanila ng pahintulot sa inyong organisasyon na mag-abiso para sa kanila (tingnan ang {{q:filing-on-behalf-of-a-resident}});</li>"
                        "<li>kung ang mga pangalan, numero ng residence card at iba pang detalye ay inilagay nang eksakto gaya ng nasa mga residence card.</li>"
                        "</ul>"
                        "<p>Kapag may mga error, maaari ninyong i-download ang inyong file na minarkahan at may paliwanag ang mga cell na may error. Itama ang file na iyon at i-upload itong muli.</p>"
                    ),
                },
            },
            {
                "key": "bulk-errors-refiling",
                "q": {
                    "ja": "一括届出がエラーになりました。全員分を届け出し直す必要がありますか。",
                    "en": "My bulk filing failed. Do I have to file everyone again?",
                    "zh-hant": "批次申報發生錯誤。需要為所有人重新申報嗎？",
                    "zh-hans": "批量申报出现错误。需要为所有人重新申报吗？",
                    "ko": "일괄 신고에서 오류가 났습니다. 전원분을 다시 신고해야 합니까?",
                    "es": "Mi notificación en lote dio error. ¿Tengo que volver a presentar las notificaciones de todas las personas?",
                    "pt": "A minha notificação em lote deu erro. Preciso refazer a notificação de todas as pessoas?",
                    "tl": "Nagka-error ang aking maramihang abiso. Kailangan ko bang mag-abiso muli para sa lahat?",
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
                    "zh-hant": (
                        "<p>視錯誤的種類而定。</p>"
                        "<ul>"
                        "<li><strong>受理錯誤</strong>：整個檔案未獲受理，檔案中任何人的申報均未辦理。請確認錯誤清單（會標明列與欄），修正所有錯誤後，重新申報整個檔案。</li>"
                        "<li><strong>登錄錯誤</strong>：檔案已獲受理，發生錯誤者以外的申報均已登錄。請只修正發生錯誤者的資料，再重新申報。</li>"
                        "</ul>"
                        "<p>受理結果會在上傳檔案後數分鐘內以郵件通知。請務必確認是否發生受理錯誤。</p>"
                    ),
                    "zh-hans": (
                        "<p>视错误的种类而定。</p>"
                        "<ul>"
                        "<li><strong>受理错误</strong>：整个文件未被受理，文件中任何人的申报均未办理。请查看错误清单（会标明行和列），修改所有错误后，重新申报整个文件。</li>"
                        "<li><strong>登记错误</strong>：文件已被受理，出错人员以外的申报均已登记。请只修改出错人员的数据，再重新申报。</li>"
                        "</ul>"
                        "<p>受理结果会在上传文件后几分钟内通过邮件通知。请务必确认是否出现了受理错误。</p>"
                    ),
                    "ko": (
                        "<p>오류의 종류에 따라 다릅니다.</p>"
                        "<ul>"
                        "<li><strong>접수 오류</strong>: 파일 전체가 접수되지 않았으며, 파일에 포함된 누구의 신고도 이루어지지 않았습니다. 오류 목록(행과 열이 표시됩니다)을 확인하여 모든 오류를 수정한 후 파일 전체를 다시 신고해 주십시오.</li>"
                        "<li><strong>등록 오류</strong>: 파일은 접수되었으며, 오류가 난 분 이외의 신고는 등록되었습니다. 오류가 난 분의 내용만 수정하여 다시 신고해 주십시오.</li>"
                        "</ul>"
                        "<p>접수 결과는 파일을 업로드한 후 몇 분 이내에 메일로 알려 드립니다. 접수 오류가 나지 않았는지 반드시 확인해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Depende del tipo de error.</p>"
                        "<ul>"
                        "<li><strong>Error de recepción</strong>: el archivo no se aceptó en su conjunto y no se ha presentado la notificación de ninguna de las personas que contiene. Revise la lista de problemas (cada uno con su fila y columna), corríjalos todos y vuelva a subir el archivo completo.</li>"
                        "<li><strong>Error de registro</strong>: el archivo se aceptó y se registraron las notificaciones de todas las personas excepto las que tienen errores. Corrija solo los datos de esas personas y vuelva a presentar sus notificaciones.</li>"
                        "</ul>"
                        "<p>El resultado de la recepción se le comunica por correo a los pocos minutos de subir el archivo. Compruebe siempre que el archivo no haya terminado en un error de recepción.</p>"
                    ),
                    "pt": (
                        "<p>Depende do tipo de erro.</p>"
                        "<ul>"
                        "<li><strong>Erro de recebimento</strong>: o arquivo não foi aceito como um todo, e nenhuma notificação foi feita para as pessoas nele incluídas. Confira a lista de problemas (cada um com a linha e a coluna), corrija todos e envie o arquivo inteiro novamente.</li>"
                        "<li><strong>Erro de registro</strong>: o arquivo foi aceito, e as notificações de todas as pessoas, exceto as que tiveram erro, foram registradas. Corrija somente os dados das pessoas com erro e faça a notificação delas novamente.</li>"
                        "</ul>"
                        "<p>O resultado do recebimento é informado por e-mail poucos minutos após o upload do arquivo. Verifique sempre se o arquivo não terminou em erro de recebimento.</p>"
                    ),
                    "tl": (
                        "<p>Depende sa uri ng error.</p>"
                        "<ul>"
                        "<li><strong>Error sa pagtanggap</strong>: hindi tinanggap ang buong file, at walang naisumiteng abiso para sa sinuman sa file. Suriin ang listahan ng mga problema (may hilera at hanay ang bawat isa), itama ang lahat ng ito at i-upload muli ang buong file.</li>"
                        "<li><strong>Error sa pagpaparehistro</strong>: tinanggap ang file at nairehistro na ang mga abiso ng lahat maliban sa mga taong may error. Itama at isumiteng muli ang mga abiso ng mga taong may error lamang.</li>"
                        "</ul>"
                        "<p>Ipapadala sa inyo sa e-mail ang resulta ng pagtanggap sa loob ng ilang minuto pagkatapos ng upload. Laging tiyakin na hindi nauwi sa error sa pagtanggap ang file.</p>"
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
                    "zh-hant": "為保護在留外國人的個人資料，採取了哪些措施？",
                    "zh-hans": "为保护在留外国人的个人信息，采取了哪些措施？",
                    "ko": "재류 외국인의 개인정보를 보호하기 위해 어떤 대책을 마련하고 있습니까?",
                    "es": "¿Qué medidas se toman para proteger los datos personales de los residentes extranjeros?",
                    "pt": "Que medidas são tomadas para proteger os dados pessoais dos residentes estrangeiros?",
                    "tl": "Ano ang ginagawa upang maprotektahan ang personal na impormasyon ng mga dayuhang residente?",
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
                    "zh-hant": (
                        "<p>為保護個人資料，主要採取以下措施。</p>"
                        "<ul>"
                        "<li>所有通訊均經加密（HTTPS）。</li>"
                        "<li>進行使用者驗證及存取控管，使用者只能查看自己的資料（所屬機構的使用者只能查看自己機構的資料）。</li>"
                        "<li>登入、申報、登錄內容的變更、職員查閱個人資料等行為均留有紀錄（稽核紀錄）。</li>"
                        "<li>全天候監控系統，並採取防範電腦病毒及外部攻擊的措施。</li>"
                        "<li>密碼以無法還原的形式保存。職員使用管理畫面時，必須通過兩步驟驗證。</li>"
                        "</ul>"
                    ),
                    "zh-hans": (
                        "<p>为保护个人信息，主要采取了以下措施。</p>"
                        "<ul>"
                        "<li>所有通信均经过加密（HTTPS）。</li>"
                        "<li>进行用户认证和访问控制，用户只能查看自己的信息（所属机构的用户只能查看本机构的信息）。</li>"
                        "<li>登录、申报、登记内容的更改、职员查阅个人信息等操作均有记录（审计日志）。</li>"
                        "<li>全天候监控系统，并采取防范计算机病毒和外部攻击的措施。</li>"
                        "<li>密码以无法还原的形式保存。职员使用管理界面时，必须通过两步验证。</li>"
                        "</ul>"
                    ),
                    "ko": (
                        "<p>개인정보를 보호하기 위해 주로 다음과 같은 대책을 시행하고 있습니다.</p>"
                        "<ul>"
                        "<li>모든 통신을 암호화(HTTPS)하고 있습니다.</li>"
                        "<li>이용자 인증과 접근 제어를 하고 있어, 이용자는 자신의 정보(소속 기관 이용자는 자기 기관의 정보)만 볼 수 있습니다.</li>"
                        "<li>로그인, 신고, 등록 내용 변경, 직원의 개인정보 열람 등을 기록(감사 기록)하고 있습니다.</li>"
                        "<li>시스템을 상시 감시하고 컴퓨터 바이러스나 외부 공격에 대한 대책을 마련하고 있습니다.</li>"
                        "<li>비밀번호는 원래대로 되돌릴 수 없는 형태로 저장합니다. 직원이 관리 화면을 사용할 때는 2단계 인증을 필수로 하고 있습니다.</li>"
                        "</ul>"
                    ),
                    "es": (
                        "<p>Para proteger los datos personales, se aplican principalmente estas medidas:</p>"
                        "<ul>"
                        "<li>todas las comunicaciones están cifradas (HTTPS);</li>"
                        "<li>se autentica a los usuarios y se controla el acceso, de modo que cada usuario solo ve sus propios datos (los usuarios de organizaciones, solo los de su organización);</li>"
                        "<li>los inicios de sesión, las notificaciones, los cambios en los datos registrados y cada consulta de datos personales por parte del personal quedan anotados en un registro de auditoría;</li>"
                        "<li>el sistema se vigila de forma permanente y está protegido contra virus informáticos y ataques externos;</li>"
                        "<li>las contraseñas se guardan de una forma que no permite recuperarlas, y el personal debe usar la verificación en dos pasos para entrar en las pantallas de administración.</li>"
                        "</ul>"
                    ),
                    "pt": (
                        "<p>Para proteger os dados pessoais, são adotadas principalmente estas medidas:</p>"
                        "<ul>"
                        "<li>toda a comunicação é criptografada (HTTPS);</li>"
                        "<li>os usuários são autenticados e o acesso é controlado, de modo que cada usuário vê somente os próprios dados (usuários de organizações, somente os dados da sua organização);</li>"
                        "<li>logins, notificações, alterações nos dados cadastrados e cada consulta de dados pessoais por funcionários ficam gravados em um registro de auditoria;</li>"
                        "<li>o sistema é monitorado o tempo todo e protegido contra vírus de computador e ataques externos;</li>"
                        "<li>as senhas são armazenadas de forma que não podem ser revertidas, e os funcionários precisam usar a verificação em duas etapas para acessar as telas de administração.</li>"
                        "</ul>"
                    ),
                    "tl": (
                        "<p>Upang maprotektahan ang personal na impormasyon, ito ang mga pangunahing hakbang na ginagawa:</p>"
                        "<ul>"
                        "<li>naka-encrypt (HTTPS) ang lahat ng komunikasyon;</li>"
                        "<li>bineberipika ang mga user at kinokontrol ang access, kaya sariling impormasyon lamang ang nakikita ng bawat user (para sa mga user mula sa organisasyon, ang impormasyon lamang ng kanilang organisasyon);</li>"
                        "<li>itinatala sa talaan ng audit ang mga pag-log in, mga abiso, mga pagbabago sa nakarehistrong impormasyon at bawat pagtingin ng mga kawani sa personal na impormasyon;</li>"
                        "<li>palaging binabantayan ang sistema at pinoprotektahan ito laban sa mga computer virus at pag-atake mula sa labas;</li>"
                        "<li>iniimbak ang mga password sa anyong hindi na maibabalik sa orihinal, at kailangang gumamit ang mga kawani ng dalawang-hakbang na beripikasyon para makapasok sa mga screen ng administrasyon.</li>"
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
                    "zh-hant": "我不了解錯誤訊息的意思及處理方法。",
                    "zh-hans": "我不明白错误信息的含义和处理方法。",
                    "ko": "오류 메시지의 의미와 대처 방법을 모르겠습니다.",
                    "es": "No entiendo un mensaje de error ni qué debo hacer.",
                    "pt": "Não entendo uma mensagem de erro nem o que devo fazer.",
                    "tl": "Hindi ko maintindihan ang isang mensahe ng error o kung ano ang dapat kong gawin.",
                },
                "a": {
                    "ja": "<p>エラーメッセージには、原因とあわせて対処方法を表示しています。さらに詳しく知りたい場合は、操作マニュアルの付録「エラーメッセージ一覧」をご覧ください。この一覧は、システムが実際に表示するメッセージから作成しています。</p>",
                    "en": "<p>Each error message says what went wrong and what to do. For more detail, see the appendix “List of error messages” in the operation manuals, which is produced from the messages the system actually shows.</p>",
                    "zh-hant": "<p>錯誤訊息會同時顯示原因及處理方法。如需進一步了解，請參閱操作手冊的附錄「錯誤訊息一覽」。此一覽是根據系統實際顯示的訊息製作而成。</p>",
                    "zh-hans": "<p>错误信息会同时显示原因和处理方法。如需进一步了解，请参阅操作手册的附录“错误信息一览”。该一览是根据系统实际显示的信息编制的。</p>",
                    "ko": "<p>오류 메시지에는 원인과 함께 대처 방법을 표시하고 있습니다. 더 자세히 알고 싶으신 경우에는 조작 매뉴얼의 부록 '오류 메시지 목록'을 참조해 주십시오. 이 목록은 시스템이 실제로 표시하는 메시지를 바탕으로 작성되었습니다.</p>",
                    "es": "<p>Cada mensaje de error indica la causa y qué hacer. Para más detalles, consulte el apéndice “Mensajes de error” de los manuales de uso, que se elabora a partir de los mensajes que el sistema muestra realmente.</p>",
                    "pt": "<p>Cada mensagem de erro informa a causa e o que fazer. Para mais detalhes, consulte o apêndice “Mensagens de erro” dos manuais de uso, elaborado a partir das mensagens que o sistema realmente exibe.</p>",
                    "tl": "<p>Sinasabi ng bawat mensahe ng error kung ano ang dahilan at kung ano ang dapat gawin. Para sa mas detalyadong paliwanag, tingnan ang appendix na “Mga mensahe ng error” sa mga manwal sa paggamit, na binubuo mula sa mga mensaheng talagang ipinapakita ng sistema.</p>",
                },
            },
            {
                "key": "browser-back-button",
                "q": {
                    "ja": "入力の途中で、ブラウザの「戻る」ボタンを使っても大丈夫ですか。",
                    "en": "Can I use my browser's Back button while filling in a form?",
                    "zh-hant": "輸入途中可以使用瀏覽器的「上一頁」按鈕嗎？",
                    "zh-hans": "输入过程中可以使用浏览器的“后退”按钮吗？",
                    "ko": "입력 도중에 브라우저의 '뒤로' 버튼을 사용해도 괜찮습니까?",
                    "es": "¿Puedo usar el botón “Atrás” del navegador mientras completo un formulario?",
                    "pt": "Posso usar o botão “Voltar” do navegador enquanto preencho um formulário?",
                    "tl": "Maaari ko bang gamitin ang “Back” button ng browser habang sinasagutan ko ang isang form?",
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
                    "zh-hant": (
                        "<p>可以。輸入途中以瀏覽器的「上一頁」按鈕或鍵盤操作回到前一個畫面，不會被登出，已輸入的內容也不會遺失。</p>"
                        "<p>此外，即使按了兩次送出按鈕，或在送出後重新整理頁面，同一筆申報也不會重複提出。</p>"
                    ),
                    "zh-hans": (
                        "<p>可以。输入过程中通过浏览器的“后退”按钮或键盘操作返回上一个页面，不会被退出登录，已输入的内容也不会丢失。</p>"
                        "<p>此外，即使点击了两次提交按钮，或在提交后刷新页面，同一项申报也不会被重复提交。</p>"
                    ),
                    "ko": (
                        "<p>네, 사용할 수 있습니다. 입력 도중에 브라우저의 '뒤로' 버튼이나 키보드 조작으로 이전 화면으로 돌아가도 로그아웃되거나 입력한 내용이 사라지지 않습니다.</p>"
                        "<p>또한 송신 버튼을 두 번 누르거나 송신 후 화면을 새로 고침해도 같은 신고가 중복으로 제출되지 않습니다.</p>"
                    ),
                    "es": (
                        "<p>Sí. Volver atrás con el botón “Atrás” del navegador o con un atajo de teclado no cierra su sesión ni borra lo que ha escrito.</p>"
                        "<p>Además, aunque pulse dos veces el botón de envío o vuelva a cargar la página después de enviar, la misma notificación nunca se presenta dos veces.</p>"
                    ),
                    "pt": (
                        "<p>Sim. Voltar com o botão “Voltar” do navegador ou com um atalho de teclado não encerra a sua sessão nem apaga o que você digitou.</p>"
                        "<p>Além disso, mesmo que você clique duas vezes no botão de envio ou recarregue a página depois de enviar, a mesma notificação nunca é enviada em duplicidade.</p>"
                    ),
                    "tl": (
                        "<p>Oo. Kahit bumalik kayo sa naunang screen gamit ang “Back” button ng browser o ang keyboard, hindi kayo mala-log out at hindi mawawala ang inyong inilagay.</p>"
                        "<p>Gayundin, kahit dalawang beses ninyong pindutin ang button ng pagpapadala o i-reload ang pahina pagkatapos magpadala, hindi kailanman maisusumite nang dalawang beses ang parehong abiso.</p>"
                    ),
                },
            },
        ],
    },
]
