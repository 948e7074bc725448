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
                    "zh-hant": "有說明操作方式的手冊嗎？",
                    "zh-hans": "有说明操作方法的手册吗？",
                    "ko": "조작 방법을 설명한 매뉴얼이 있습니까?",
                    "es": "¿Hay algún manual que explique cómo usar el sistema?",
                    "pt": "Existe um manual que explique como usar o sistema?",
                    "tl": "May manwal ba na nagpapaliwanag kung paano gamitin ang sistema?",
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
                    "zh-hant": (
                        "<p>我們提供「中長期在留者用」及「所屬機構用」兩種操作手冊。</p>"
                        "<ul>"
                        "<li><strong>中長期在留者用</strong>：供中長期在留者提出第19條之16的申報時使用</li>"
                        "<li><strong>所屬機構用</strong>：供所屬機構的負責人提出第19條之17的申報時，或受中長期在留者委託、代替本人提出第19條之16的申報時使用</li>"
                        "</ul>"
                        "<p>手冊可在首頁及本Q&amp;A所連結的「操作手冊」頁面於畫面上閱讀，也可以下載。</p>"
                    ),
                    "zh-hans": (
                        "<p>我们提供“中长期在留者用”和“所属机构用”两种操作手册。</p>"
                        "<ul>"
                        "<li><strong>中长期在留者用</strong>：供中长期在留者提交第19条之16的申报时使用</li>"
                        "<li><strong>所属机构用</strong>：供所属机构的负责人提交第19条之17的申报时，或受中长期在留者委托、代替本人提交第19条之16的申报时使用</li>"
                        "</ul>"
                        "<p>手册可在首页及本Q&amp;A所链接的“操作手册”页面上在线阅读，也可以下载。</p>"
                    ),
                    "ko": (
                        "<p>'중장기 재류자용'과 '소속 기관용' 두 종류의 조작 매뉴얼을 준비하고 있습니다.</p>"
                        "<ul>"
                        "<li><strong>중장기 재류자용</strong>: 중장기 재류자가 제19조의16 신고를 할 때</li>"
                        "<li><strong>소속 기관용</strong>: 소속 기관 담당자가 제19조의17 신고를 할 때, 또는 중장기 재류자의 의뢰를 받아 본인을 대신하여 제19조의16 신고를 할 때</li>"
                        "</ul>"
                        "<p>매뉴얼은 톱페이지와 이 Q&amp;A에서 링크된 '조작 매뉴얼' 페이지에서 화면으로 읽을 수도 있고 다운로드할 수도 있습니다.</p>"
                    ),
                    "es": (
                        "<p>Hay dos manuales de uso: uno para residentes de media y larga duración y otro para organizaciones.</p>"
                        "<ul>"
                        "<li><strong>Para residentes</strong>: para los residentes de media y larga duración que presentan notificaciones del artículo 19-16.</li>"
                        "<li><strong>Para organizaciones</strong>: para el personal de las organizaciones que presenta notificaciones del artículo 19-17, o que presenta notificaciones del artículo 19-16 en nombre de un residente que se lo ha pedido.</li>"
                        "</ul>"
                        "<p>Puede leer los manuales en pantalla o descargarlos desde la página de Manuales, enlazada desde la página de inicio y desde estas preguntas frecuentes.</p>"
                    ),
                    "pt": (
                        "<p>Há dois manuais de uso: um para residentes de médio e longo prazo e outro para organizações.</p>"
                        "<ul>"
                        "<li><strong>Para residentes</strong>: para os residentes de médio e longo prazo que fazem notificações do artigo 19-16.</li>"
                        "<li><strong>Para organizações</strong>: para os funcionários das organizações que fazem notificações do artigo 19-17, ou que fazem notificações do artigo 19-16 em nome de um residente que pediu isso.</li>"
                        "</ul>"
                        "<p>Você pode ler os manuais na tela ou baixá-los na página de Manuais, que tem link na página inicial e nestas perguntas frequentes.</p>"
                    ),
                    "tl": (
                        "<p>May dalawang manwal sa paggamit: isa para sa mga residenteng pangmatagalan at isa para sa mga organisasyon.</p>"
                        "<ul>"
                        "<li><strong>Para sa mga residente</strong>: para sa mga residenteng pangmatagalan na nagsusumite ng abiso sa ilalim ng Artikulo 19-16.</li>"
                        "<li><strong>Para sa mga organisasyon</strong>: para sa mga kawani ng organisasyon na nagsusumite ng abiso sa ilalim ng Artikulo 19-17, o nagsusumite ng abiso sa ilalim ng Artikulo 19-16 para sa residenteng humiling nito.</li>"
                        "</ul>"
                        "<p>Maaari ninyong basahin ang mga manwal sa screen o i-download ang mga ito sa pahinang Mga manwal, na naka-link mula sa top page at mula sa Q&amp;A na ito.</p>"
                    ),
                },
            },
            {
                "key": "who-can-use",
                "q": {
                    "ja": "このシステムは誰が利用できますか。",
                    "en": "Who can use the system?",
                    "zh-hant": "哪些人可以使用本系統？",
                    "zh-hans": "哪些人可以使用本系统？",
                    "ko": "이 시스템은 누가 이용할 수 있습니까?",
                    "es": "¿Quién puede usar el sistema?",
                    "pt": "Quem pode usar o sistema?",
                    "tl": "Sino ang maaaring gumamit ng sistema?",
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
                    "zh-hant": (
                        "<p>提出第19條之16申報的中長期在留者，以及提出第19條之17申報的所屬機構負責人，均可使用。</p>"
                        "<p>在所屬機構中，多位負責人可各自使用自己的認證ID。具有管理者角色的負責人，負責管理同一機構其他負責人的使用。</p>"
                    ),
                    "zh-hans": (
                        "<p>提交第19条之16申报的中长期在留者，以及提交第19条之17申报的所属机构负责人，均可使用。</p>"
                        "<p>在所属机构中，多名负责人可以各自使用自己的认证ID。具有管理员角色的负责人，负责管理同一机构其他负责人的使用。</p>"
                    ),
                    "ko": (
                        "<p>제19조의16 신고를 하는 중장기 재류자와 제19조의17 신고를 하는 소속 기관 담당자가 이용할 수 있습니다.</p>"
                        "<p>소속 기관에서는 여러 담당자가 각자 자신의 인증 ID로 이용할 수 있습니다. 관리자 역할을 가진 담당자가 같은 기관의 다른 담당자의 이용을 관리합니다.</p>"
                    ),
                    "es": (
                        "<p>Pueden usarlo los residentes de media y larga duración que presentan notificaciones del artículo 19-16 y el personal de las organizaciones que presentan notificaciones del artículo 19-17.</p>"
                        "<p>En una organización pueden usar el sistema varias personas, cada una con su propio ID de autenticación. Un miembro del personal con el rol de administrador gestiona el uso del sistema por parte de los demás usuarios de la misma organización.</p>"
                    ),
                    "pt": (
                        "<p>Podem usá-lo os residentes de médio e longo prazo que fazem notificações do artigo 19-16 e os funcionários das organizações que fazem notificações do artigo 19-17.</p>"
                        "<p>Em uma organização, vários funcionários podem usar o sistema, cada um com o seu próprio ID de autenticação. Um funcionário com a função de administrador gerencia o uso do sistema pelos demais usuários da mesma organização.</p>"
                    ),
                    "tl": (
                        "<p>Maaari itong gamitin ng mga residenteng pangmatagalan na nagsusumite ng abiso sa ilalim ng Artikulo 19-16, at ng mga kawani ng mga organisasyong nagsusumite ng abiso sa ilalim ng Artikulo 19-17.</p>"
                        "<p>Sa isang organisasyon, maaaring gumamit ng sistema ang ilang kawani, bawat isa gamit ang sarili niyang auth ID. Ang kawaning may tungkuling administrator ang namamahala sa paggamit ng iba pang user ng parehong organisasyon.</p>"
                    ),
                },
            },
            {
                "key": "fees",
                "q": {
                    "ja": "利用料金はかかりますか。",
                    "en": "Do I have to pay to use the system?",
                    "zh-hant": "使用本系統需要付費嗎？",
                    "zh-hans": "使用本系统需要付费吗？",
                    "ko": "이용 요금이 듭니까?",
                    "es": "¿Tiene algún costo usar el sistema?",
                    "pt": "É preciso pagar para usar o sistema?",
                    "tl": "May bayad ba ang paggamit ng sistema?",
                },
                "a": {
                    "ja": "<p>かかりません。利用は無料です。インターネットの通信料金は、利用者の方のご負担となります。</p>",
                    "en": "<p>No, it is free. Only your own internet connection charges apply.</p>",
                    "zh-hant": "<p>不需要。本系統可免費使用，但網路連線費用須由使用者自行負擔。</p>",
                    "zh-hans": "<p>不需要。本系统可免费使用，但上网产生的通信费用须由用户自行承担。</p>",
                    "ko": "<p>들지 않습니다. 이용은 무료입니다. 다만 인터넷 통신 요금은 이용자가 부담합니다.</p>",
                    "es": "<p>No. El uso del sistema es gratuito. Solo corren por su cuenta los gastos de su conexión a internet.</p>",
                    "pt": "<p>Não. O uso do sistema é gratuito. Apenas os custos da sua conexão à internet ficam por sua conta.</p>",
                    "tl": "<p>Wala. Libre ang paggamit ng sistema. Kayo lamang ang sasagot sa singil ng sarili ninyong koneksiyon sa internet.</p>",
                },
            },
            {
                "key": "opening-hours",
                "q": {
                    "ja": "いつ利用できますか。",
                    "en": "When can I use the system?",
                    "zh-hant": "什麼時候可以使用？",
                    "zh-hans": "什么时候可以使用？",
                    "ko": "언제 이용할 수 있습니까?",
                    "es": "¿Cuándo puedo usar el sistema?",
                    "pt": "Quando posso usar o sistema?",
                    "tl": "Kailan ko magagamit ang sistema?",
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
                    "zh-hant": (
                        "<p>全年無休，24小時皆可使用。</p>"
                        "<p>但有時會因系統維護等原因而無法使用。維護時程除了刊登於首頁的「公告」之外，也會事先顯示於各頁面上方。維護期間仍可瀏覽Q&amp;A及手冊等頁面。</p>"
                    ),
                    "zh-hans": (
                        "<p>全年无休，24小时均可使用。</p>"
                        "<p>但有时会因系统维护等原因而无法使用。维护计划除刊登在首页的“公告”中以外，还会事先显示在各页面上方。维护期间仍可浏览Q&amp;A及手册等页面。</p>"
                    ),
                    "ko": (
                        "<p>연중무휴 24시간 이용할 수 있습니다.</p>"
                        "<p>다만 점검 등으로 이용할 수 없는 시간이 있습니다. 점검 일정은 톱페이지의 '공지'에 게재하며, 사전에 각 페이지 상단에도 표시합니다. 점검 중에도 Q&amp;A와 매뉴얼 등의 페이지는 열람할 수 있습니다.</p>"
                    ),
                    "es": (
                        "<p>Las 24 horas del día, los 365 días del año.</p>"
                        "<p>Sin embargo, hay momentos en que el sistema no está disponible por mantenimiento u otros motivos. El mantenimiento previsto se anuncia en los avisos de la página de inicio y, con antelación, también en la parte superior de cada página. Durante el mantenimiento se pueden seguir consultando las preguntas frecuentes, los manuales y las demás páginas informativas.</p>"
                    ),
                    "pt": (
                        "<p>24 horas por dia, 365 dias por ano.</p>"
                        "<p>No entanto, há períodos em que o sistema fica indisponível por manutenção ou outros motivos. A manutenção programada é anunciada nos avisos da página inicial e, com antecedência, também no topo de cada página. Durante a manutenção, as perguntas frequentes, os manuais e as demais páginas informativas continuam disponíveis para leitura.</p>"
                    ),
                    "tl": (
                        "<p>24 na oras bawat araw, 365 araw bawat taon.</p>"
                        "<p>Gayunman, may mga oras na hindi magagamit ang sistema dahil sa maintenance o iba pang dahilan. Ipinapaalam ang nakatakdang maintenance sa mga paunawa sa top page at, bago pa ito mangyari, sa itaas ng bawat pahina. Habang may maintenance, mababasa pa rin ang Q&amp;A, ang mga manwal at ang iba pang pahina ng impormasyon.</p>"
                    ),
                },
            },
            {
                "key": "paper-filings",
                "q": {
                    "ja": "書面で届け出ることもできますか。",
                    "en": "Can I send a paper notification through the system?",
                    "zh-hant": "也可以用書面申報嗎？",
                    "zh-hans": "也可以用书面形式申报吗？",
                    "ko": "서면으로 신고할 수도 있습니까?",
                    "es": "¿Puedo notificar también por escrito?",
                    "pt": "Também posso fazer a notificação por escrito?",
                    "tl": "Maaari rin ba akong mag-abiso nang nakasulat sa papel?",
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
                    "zh-hant": (
                        "<p>本系統不受理以書面，或將書面製成PDF等檔案的方式提出的申報。</p>"
                        "<p>如希望以書面申報，請攜至附近的地方出入國在留管理局窗口，或以郵寄方式提出。郵寄地址請洽服務台（請參閱「聯絡我們」頁面）。詳情請參閱{{q:filing-without-the-system}}。</p>"
                    ),
                    "zh-hans": (
                        "<p>本系统不受理以书面形式，或将书面材料制作成PDF等文件的方式提交的申报。</p>"
                        "<p>如希望以书面形式申报，请带到附近的地方出入国在留管理局窗口，或通过邮寄提交。邮寄地址请咨询服务台（请参阅“联系我们”页面）。详情请参阅{{q:filing-without-the-system}}。</p>"
                    ),
                    "ko": (
                        "<p>이 시스템에서는 서면이나 서면을 PDF 등의 파일로 만든 것에 의한 신고는 접수하지 않습니다.</p>"
                        "<p>서면으로 신고하려면 가까운 지방출입국재류관리국 창구에 가져오시거나 우편으로 보내 주십시오. 우편 주소는 헬프데스크('문의처' 페이지 참조)에 문의해 주십시오. 자세한 내용은 {{q:filing-without-the-system}}을(를) 참조해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Este sistema no acepta notificaciones en papel ni documentos en papel convertidos en archivos, como un PDF.</p>"
                        "<p>Si prefiere notificar por escrito, lleve su notificación a la ventanilla de la oficina regional de servicios de inmigración más cercana o envíela por correo postal. Para la dirección postal, consulte al servicio de asistencia (vea la página de Contacto). Para más detalles, vea {{q:filing-without-the-system}}.</p>"
                    ),
                    "pt": (
                        "<p>Este sistema não aceita notificações em papel nem documentos em papel convertidos em arquivos, como um PDF.</p>"
                        "<p>Se preferir notificar por escrito, leve a notificação ao balcão do escritório regional de imigração mais próximo ou envie-a pelo correio. Para saber o endereço postal, consulte a central de atendimento (veja a página de Contato). Para mais detalhes, veja {{q:filing-without-the-system}}.</p>"
                    ),
                    "tl": (
                        "<p>Hindi tumatanggap ang sistemang ito ng abisong nakasulat sa papel, o ng papel na ginawang file gaya ng PDF.</p>"
                        "<p>Kung nais ninyong mag-abiso nang nakasulat, dalhin ito sa counter ng pinakamalapit na regional immigration services bureau o ipadala ito sa koreo. Para sa postal address, magtanong sa help desk (tingnan ang pahinang Contact). Para sa mga detalye, tingnan ang {{q:filing-without-the-system}}.</p>"
                    ),
                },
            },
            {
                "key": "supported-browsers",
                "q": {
                    "ja": "利用できるブラウザに制限はありますか。",
                    "en": "Which web browsers can I use?",
                    "zh-hant": "可使用的瀏覽器有限制嗎？",
                    "zh-hans": "可使用的浏览器有限制吗？",
                    "ko": "이용할 수 있는 브라우저에 제한이 있습니까?",
                    "es": "¿Hay restricciones en cuanto al navegador que puedo usar?",
                    "pt": "Há alguma restrição quanto ao navegador que posso usar?",
                    "tl": "May limitasyon ba sa mga browser na maaaring gamitin?",
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
                    "zh-hant": (
                        "<p>本系統不限定特定瀏覽器。您可以使用 Microsoft Edge、Google Chrome、Mozilla Firefox、Safari 等目前仍受支援之瀏覽器的最新版本。除了電腦之外，也可以使用智慧型手機或平板電腦。</p>"
                        "<p>已終止支援的舊版瀏覽器（如 Internet Explorer）可能無法正常運作。請將瀏覽器更新至最新版本後使用。詳情請參閱「使用環境」頁面。</p>"
                    ),
                    "zh-hans": (
                        "<p>本系统不限定特定浏览器。您可以使用 Microsoft Edge、Google Chrome、Mozilla Firefox、Safari 等目前仍在支持期内的浏览器的最新版本。除电脑外，也可以使用智能手机或平板电脑。</p>"
                        "<p>已停止支持的旧版浏览器（如 Internet Explorer）可能无法正常运行。请将浏览器更新到最新版本后使用。详情请参阅“使用环境”页面。</p>"
                    ),
                    "ko": (
                        "<p>특정 브라우저로 한정하지 않습니다. Microsoft Edge, Google Chrome, Mozilla Firefox, Safari 등 현재 지원되는 브라우저의 최신 버전으로 이용하실 수 있습니다. 컴퓨터뿐 아니라 스마트폰이나 태블릿에서도 이용할 수 있습니다.</p>"
                        "<p>지원이 종료된 오래된 브라우저(Internet Explorer 등)에서는 제대로 작동하지 않을 수 있습니다. 브라우저를 최신 상태로 업데이트하여 이용해 주십시오. 자세한 내용은 '이용 환경' 페이지를 참조해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>El sistema no se limita a un navegador concreto. Puede usarlo con la versión más reciente de cualquier navegador que siga teniendo soporte, como Microsoft Edge, Google Chrome, Mozilla Firefox o Safari, tanto en una computadora como en un teléfono inteligente o una tableta.</p>"
                        "<p>Los navegadores antiguos que ya no tienen soporte (por ejemplo, Internet Explorer) pueden no funcionar correctamente, así que mantenga su navegador actualizado. Encontrará más detalles en la página Entornos compatibles.</p>"
                    ),
                    "pt": (
                        "<p>O sistema não se limita a um navegador específico. Você pode usá-lo com a versão mais recente de qualquer navegador que ainda tenha suporte, como Microsoft Edge, Google Chrome, Mozilla Firefox ou Safari, no computador, no celular ou no tablet.</p>"
                        "<p>Navegadores antigos que não têm mais suporte (por exemplo, o Internet Explorer) podem não funcionar corretamente, por isso mantenha o seu navegador atualizado. Veja mais detalhes na página Ambientes compatíveis.</p>"
                    ),
                    "tl": (
                        "<p>Hindi nakatali ang sistema sa iisang browser. Magagamit ninyo ito sa pinakabagong bersiyon ng anumang browser na sinusuportahan pa, gaya ng Microsoft Edge, Google Chrome, Mozilla Firefox o Safari, sa computer man, smartphone o tablet.</p>"
                        "<p>Maaaring hindi gumana nang tama ang mga lumang browser na hindi na sinusuportahan (halimbawa, Internet Explorer), kaya panatilihing napapanahon ang inyong browser. Para sa mga detalye, tingnan ang pahinang Mga sinusuportahang kapaligiran.</p>"
                    ),
                },
            },
            {
                "key": "spreadsheet-versions",
                "q": {
                    "ja": "一括届出用のExcelファイルは、どのバージョンで使えますか。",
                    "en": "Which version of Excel do I need for the bulk filing files?",
                    "zh-hant": "批次申報用的Excel檔案，適用於哪些版本的Excel？",
                    "zh-hans": "批量申报用的Excel文件适用于哪些版本的Excel？",
                    "ko": "일괄 신고용 Excel 파일은 어느 버전에서 사용할 수 있습니까?",
                    "es": "¿Con qué versión de Excel se pueden usar los archivos de notificación en lote?",
                    "pt": "Com qual versão do Excel os arquivos de notificação em lote podem ser usados?",
                    "tl": "Sa aling bersiyon ng Excel magagamit ang mga Excel file para sa maramihang abiso?",
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
                    "zh-hant": (
                        "<p>批次申報範本採用Excel的標準檔案格式（.xlsx）提供。範本是以目前仍受支援版本的 Microsoft Excel 為使用前提所設計，但也可以使用其他能編輯及儲存 .xlsx 格式檔案的試算表軟體。</p>"
                        "<p>範本中設有填寫說明及下拉式選單。請勿新增或刪除欄位，也請勿變更標題列，並直接以 .xlsx 格式儲存後上傳。</p>"
                    ),
                    "zh-hans": (
                        "<p>批量申报模板以Excel的标准文件格式（.xlsx）提供。模板按目前仍在支持期内的 Microsoft Excel 版本设计，但也可以使用其他能够编辑和保存 .xlsx 格式文件的电子表格软件。</p>"
                        "<p>模板中设置了填写说明和下拉列表。请勿添加或删除列，也请勿更改标题行，并直接以 .xlsx 格式保存后上传。</p>"
                    ),
                    "ko": (
                        "<p>일괄 신고 템플릿은 Excel의 표준 파일 형식(.xlsx)으로 제공합니다. 현재 지원되는 버전의 Microsoft Excel에서 사용하는 것을 전제로 하지만, .xlsx 형식 파일을 편집·저장할 수 있는 다른 스프레드시트 프로그램에서도 사용할 수 있습니다.</p>"
                        "<p>템플릿에는 입력 안내와 드롭다운 목록이 설정되어 있습니다. 열을 추가·삭제하거나 제목 행을 변경하지 말고, .xlsx 형식 그대로 저장하여 업로드해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Las plantillas de notificación en lote se ofrecen en el formato de archivo estándar de Excel (.xlsx). Están pensadas para las versiones de Microsoft Excel que siguen teniendo soporte, pero también se pueden usar con otros programas de hoja de cálculo capaces de editar y guardar archivos .xlsx.</p>"
                        "<p>Las plantillas incluyen indicaciones para rellenarlas y listas desplegables. No añada ni elimine columnas ni modifique las filas de encabezado, y guarde el archivo en formato .xlsx antes de subirlo.</p>"
                    ),
                    "pt": (
                        "<p>Os modelos para notificação em lote são fornecidos no formato de arquivo padrão do Excel (.xlsx). Eles foram pensados para as versões do Microsoft Excel que ainda têm suporte, mas também podem ser usados em outros programas de planilha capazes de editar e salvar arquivos .xlsx.</p>"
                        "<p>Os modelos têm instruções de preenchimento e listas suspensas. Não acrescente nem exclua colunas, não altere as linhas de cabeçalho e salve o arquivo no formato .xlsx antes de enviá-lo.</p>"
                    ),
                    "tl": (
                        "<p>Ibinibigay ang mga template para sa maramihang abiso sa karaniwang file format ng Excel (.xlsx). Ginawa ang mga ito para sa mga bersiyon ng Microsoft Excel na sinusuportahan pa, ngunit magagamit din ang iba pang spreadsheet program na kayang mag-edit at mag-save ng mga .xlsx file.</p>"
                        "<p>May mga gabay sa paglalagay ng datos at mga drop-down list ang mga template. Huwag magdagdag o magbura ng mga hanay at huwag baguhin ang mga hilera ng heading, at i-save ang file bilang .xlsx bago ito i-upload.</p>"
                    ),
                },
            },
            {
                "key": "certificate-warning",
                "q": {
                    "ja": "サイトを開いたら、「この接続ではプライバシーが保護されません」など、証明書に関する警告が表示されました。どうすればよいですか。",
                    "en": "When I opened the site, my browser showed a certificate warning such as “Your connection is not private”. What should I do?",
                    "zh-hant": "開啟網站時，瀏覽器顯示「你的連線不是私人連線」等與憑證有關的警告。該怎麼辦？",
                    "zh-hans": "打开网站时，浏览器显示“您的连接不是私密连接”等与证书有关的警告。该怎么办？",
                    "ko": "사이트를 열었더니 '연결이 비공개로 설정되어 있지 않습니다' 등 인증서에 관한 경고가 표시되었습니다. 어떻게 해야 합니까?",
                    "es": "Al abrir el sitio, el navegador mostró una advertencia sobre el certificado, como “La conexión no es privada”. ¿Qué debo hacer?",
                    "pt": "Ao abrir o site, o navegador mostrou um aviso sobre o certificado, como “Sua conexão não é particular”. O que devo fazer?",
                    "tl": "Nang buksan ko ang site, nagpakita ang browser ng babala tungkol sa certificate, gaya ng “Hindi pribado ang iyong koneksyon”. Ano ang dapat kong gawin?",
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
                    "zh-hant": (
                        "<p>本網站使用主要瀏覽器預設信任的憑證，將通訊加密（HTTPS）。使用者不需要自行安裝憑證。</p>"
                        "<p>如出現憑證警告，請勿繼續進入網站，並確認下列事項。</p>"
                        "<ul>"
                        "<li>網址列顯示的網址是否正確（從電子郵件等的連結開啟時，請特別注意）</li>"
                        "<li>電腦或智慧型手機的日期及時間是否設定正確</li>"
                        "<li>瀏覽器是否為最新版本</li>"
                        "</ul>"
                        "<p>如仍出現警告，請聯絡服務台（請參閱「聯絡我們」頁面）。</p>"
                    ),
                    "zh-hans": (
                        "<p>本网站使用主流浏览器默认信任的证书对通信进行加密（HTTPS）。用户无需自行安装证书。</p>"
                        "<p>如出现证书警告，请不要继续访问，并确认以下事项。</p>"
                        "<ul>"
                        "<li>地址栏中显示的网址是否正确（通过电子邮件等中的链接打开时请特别注意）</li>"
                        "<li>电脑或智能手机的日期和时间是否设置正确</li>"
                        "<li>浏览器是否为最新版本</li>"
                        "</ul>"
                        "<p>如仍出现警告，请联系服务台（请参阅“联系我们”页面）。</p>"
                    ),
                    "ko": (
                        "<p>이 사이트는 주요 브라우저가 기본적으로 신뢰하는 인증서를 사용하여 통신을 암호화(HTTPS)하고 있습니다. 이용자가 인증서를 설치할 필요는 없습니다.</p>"
                        "<p>인증서 경고가 표시된 경우에는 그대로 진행하지 말고 다음 사항을 확인해 주십시오.</p>"
                        "<ul>"
                        "<li>주소 표시줄에 표시된 주소가 올바른지(메일 등의 링크로 연 경우에는 특히 주의해 주십시오)</li>"
                        "<li>컴퓨터나 스마트폰의 날짜와 시간이 올바르게 설정되어 있는지</li>"
                        "<li>브라우저가 최신 상태인지</li>"
                        "</ul>"
                        "<p>그래도 경고가 표시되면 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Este sitio cifra todas las comunicaciones (HTTPS) con un certificado en el que los principales navegadores confían de forma predeterminada. Usted no necesita instalar ningún certificado.</p>"
                        "<p>Si aparece una advertencia sobre el certificado, no continúe hacia el sitio y compruebe lo siguiente:</p>"
                        "<ul>"
                        "<li>que la dirección de la barra de direcciones es correcta (tenga especial cuidado si abrió el sitio desde un enlace de un correo electrónico o de otro mensaje);</li>"
                        "<li>que la fecha y la hora de su computadora o teléfono inteligente están bien configuradas;</li>"
                        "<li>que su navegador está actualizado.</li>"
                        "</ul>"
                        "<p>Si la advertencia sigue apareciendo, póngase en contacto con el servicio de asistencia (vea la página de Contacto).</p>"
                    ),
                    "pt": (
                        "<p>Este site criptografa toda a comunicação (HTTPS) com um certificado em que os principais navegadores confiam por padrão. Você não precisa instalar nenhum certificado.</p>"
                        "<p>Se aparecer um aviso sobre o certificado, não prossiga para o site e verifique o seguinte:</p>"
                        "<ul>"
                        "<li>se o endereço mostrado na barra de endereços está correto (tome cuidado especial se você abriu o site por um link em um e-mail ou em outra mensagem);</li>"
                        "<li>se a data e a hora do seu computador ou celular estão configuradas corretamente;</li>"
                        "<li>se o seu navegador está atualizado.</li>"
                        "</ul>"
                        "<p>Se o aviso continuar aparecendo, entre em contato com a central de atendimento (veja a página de Contato).</p>"
                    ),
                    "tl": (
                        "<p>Naka-encrypt (HTTPS) ang lahat ng komunikasyon sa site na ito, gamit ang certificate na pinagkakatiwalaan na ng mga pangunahing browser. Hindi ninyo kailangang mag-install ng anumang certificate.</p>"
                        "<p>Kung may lumabas na babala tungkol sa certificate, huwag magpatuloy sa site. Sa halip, suriin ang mga sumusunod:</p>"
                        "<ul>"
                        "<li>kung tama ang address na nasa address bar (mag-ingat lalo na kung binuksan ninyo ito mula sa link sa e-mail o iba pang mensahe);</li>"
                        "<li>kung tama ang pagkakatakda ng petsa at oras ng inyong computer o smartphone;</li>"
                        "<li>kung napapanahon ang inyong browser.</li>"
                        "</ul>"
                        "<p>Kung lumalabas pa rin ang babala, makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
                    ),
                },
            },
            {
                "key": "using-a-smartphone",
                "q": {
                    "ja": "スマートフォンや携帯電話から利用できますか。",
                    "en": "Can I use the system on my smartphone or mobile phone?",
                    "zh-hant": "可以用智慧型手機或行動電話使用嗎？",
                    "zh-hans": "可以用智能手机或手机使用吗？",
                    "ko": "스마트폰이나 휴대전화로 이용할 수 있습니까?",
                    "es": "¿Puedo usar el sistema desde un teléfono inteligente o un teléfono móvil?",
                    "pt": "Posso usar o sistema pelo smartphone ou pelo celular?",
                    "tl": "Magagamit ko ba ang sistema sa smartphone o mobile phone?",
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
                    "zh-hant": (
                        "<p>可以。本網站會配合智慧型手機或平板電腦的螢幕大小顯示，因此從使用者登錄、登入、申報到查詢申報狀況，都可以和電腦一樣使用。</p>"
                        "<p>此外，所屬機構的批次申報需要編輯範本檔案（.xlsx），建議使用電腦作業。</p>"
                    ),
                    "zh-hans": (
                        "<p>可以。本网站会根据智能手机或平板电脑的屏幕大小进行显示，因此从用户注册、登录、申报到查询申报状况，都可以像在电脑上一样使用。</p>"
                        "<p>另外，所属机构的批量申报需要编辑模板文件（.xlsx），建议使用电脑操作。</p>"
                    ),
                    "ko": (
                        "<p>네. 이 사이트는 스마트폰이나 태블릿의 화면 크기에 맞춰 표시되므로 이용자 등록, 로그인, 신고, 신고 상황 확인까지 컴퓨터와 똑같이 이용할 수 있습니다.</p>"
                        "<p>다만 소속 기관의 일괄 신고는 템플릿 파일(.xlsx)을 편집해야 하므로 컴퓨터로 작업하시기를 권장합니다.</p>"
                    ),
                    "es": (
                        "<p>Sí. El sitio se adapta al tamaño de la pantalla de su teléfono inteligente o tableta, por lo que puede registrarse, iniciar sesión, presentar notificaciones y consultar su estado igual que en una computadora.</p>"
                        "<p>Para la notificación en lote de las organizaciones, que requiere editar un archivo de plantilla (.xlsx), recomendamos usar una computadora.</p>"
                    ),
                    "pt": (
                        "<p>Sim. O site se adapta ao tamanho da tela do seu celular ou tablet, então você pode se cadastrar, fazer login, enviar notificações e consultar a situação delas da mesma forma que no computador.</p>"
                        "<p>Para a notificação em lote das organizações, que exige editar um arquivo de modelo (.xlsx), recomendamos usar um computador.</p>"
                    ),
                    "tl": (
                        "<p>Oo. Umaangkop ang site sa laki ng screen ng inyong smartphone o tablet, kaya magagawa ninyo ang pagpaparehistro, pag-log in, pag-aabiso at pagtingin sa status ng inyong mga abiso gaya ng sa computer.</p>"
                        "<p>Para sa maramihang abiso ng mga organisasyon, na nangangailangan ng pag-edit ng template file (.xlsx), inirerekomenda naming gumamit ng computer.</p>"
                    ),
                },
            },
            {
                "key": "languages",
                "q": {
                    "ja": "日本語以外の言語で利用できますか。",
                    "en": "Can I use the system in languages other than Japanese?",
                    "zh-hant": "可以使用日語以外的語言嗎？",
                    "zh-hans": "可以使用日语以外的语言吗？",
                    "ko": "일본어 이외의 언어로 이용할 수 있습니까?",
                    "es": "¿Puedo usar el sistema en otros idiomas además del japonés?",
                    "pt": "Posso usar o sistema em outros idiomas além do japonês?",
                    "tl": "Magagamit ko ba ang sistema sa ibang wika bukod sa wikang Hapon?",
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
                    "zh-hant": (
                        "<p>可以。畫面、輸入欄位的說明，以及系統寄送的電子郵件，都可以用日語、英語、中文（繁體字）、中文（簡體字）、韓語、西班牙語、葡萄牙語、他加祿語等8種語言顯示。中長期在留者及所屬機構均可使用所有語言。</p>"
                        "<p>語言可透過各頁面的語言切換選單選擇。批次申報範本備有日語版及英語版。</p>"
                        "<p>但輸入的內容，除了英文姓名等須以英文字母輸入的項目之外，都須以日語輸入（請參閱{{q:entering-text-in-english}}）。</p>"
                    ),
                    "zh-hans": (
                        "<p>可以。页面、输入栏的说明以及系统发送的电子邮件，均可用日语、英语、中文（繁体字）、中文（简体字）、韩语、西班牙语、葡萄牙语、他加禄语共8种语言显示。中长期在留者和所属机构均可使用全部语言。</p>"
                        "<p>语言可通过各页面的语言切换菜单选择。批量申报模板备有日语版和英语版。</p>"
                        "<p>但输入的内容，除英文姓名等须用英文字母输入的项目外，均须用日语输入（请参阅{{q:entering-text-in-english}}）。</p>"
                    ),
                    "ko": (
                        "<p>네. 화면, 입력란 안내, 시스템이 보내는 메일은 일본어, 영어, 중국어(번체자), 중국어(간체자), 한국어, 스페인어, 포르투갈어, 타갈로그어의 8개 언어로 표시할 수 있습니다. 중장기 재류자와 소속 기관 모두 모든 언어로 이용할 수 있습니다.</p>"
                        "<p>언어는 각 페이지의 언어 전환 메뉴에서 선택할 수 있습니다. 일괄 신고 템플릿은 일본어판과 영어판이 있습니다.</p>"
                        "<p>다만 입력하는 내용은 영문 이름 등 영문자로 입력하는 항목을 제외하고 일본어로 입력해야 합니다({{q:entering-text-in-english}} 참조).</p>"
                    ),
                    "es": (
                        "<p>Sí. Las pantallas, las indicaciones de los campos de los formularios y los correos electrónicos que envía el sistema están disponibles en ocho idiomas: japonés, inglés, chino tradicional, chino simplificado, coreano, español, portugués y tagalo. Tanto los residentes de media y larga duración como las organizaciones pueden usar el sistema en cualquiera de ellos.</p>"
                        "<p>Puede elegir el idioma con el menú de idiomas de cada página. Las plantillas de notificación en lote están disponibles en japonés y en inglés.</p>"
                        "<p>Sin embargo, los datos que escriba en los formularios deben introducirse en japonés, salvo los campos que se escriben en letras latinas, como su nombre (vea {{q:entering-text-in-english}}).</p>"
                    ),
                    "pt": (
                        "<p>Sim. As telas, as orientações dos campos dos formulários e os e-mails enviados pelo sistema estão disponíveis em oito idiomas: japonês, inglês, chinês tradicional, chinês simplificado, coreano, espanhol, português e tagalo. Tanto os residentes de médio e longo prazo quanto as organizações podem usar o sistema em qualquer um deles.</p>"
                        "<p>Escolha o idioma no menu de idiomas de cada página. Os modelos para notificação em lote estão disponíveis em japonês e em inglês.</p>"
                        "<p>No entanto, o que você digita nos formulários deve ser escrito em japonês, exceto os campos preenchidos com letras do alfabeto latino, como o seu nome (veja {{q:entering-text-in-english}}).</p>"
                    ),
                    "tl": (
                        "<p>Oo. Ang mga screen, ang mga gabay sa mga field ng form at ang mga e-mail na ipinapadala ng sistema ay makukuha sa walong wika: wikang Hapon, Ingles, Tradisyonal na Tsino, Pinasimpleng Tsino, Koreano, Espanyol, Portuges at Tagalog. Magagamit ito sa alinman sa mga wikang ito ng mga residenteng pangmatagalan at ng mga organisasyon.</p>"
                        "<p>Piliin ang wika sa menu ng wika sa bawat pahina. Ang mga template para sa maramihang abiso ay may bersiyon sa wikang Hapon at sa Ingles.</p>"
                        "<p>Gayunman, ang inilalagay ninyo sa mga form ay dapat nasa wikang Hapon, maliban sa mga field na isinusulat sa mga letrang Latin, gaya ng inyong pangalan (tingnan ang {{q:entering-text-in-english}}).</p>"
                    ),
                },
            },
            {
                "key": "entering-text-in-english",
                "q": {
                    "ja": "英語で入力することはできますか。",
                    "en": "Can I type my entries in English?",
                    "zh-hant": "可以用英文輸入嗎？",
                    "zh-hans": "可以用英文输入吗？",
                    "ko": "영어로 입력할 수 있습니까?",
                    "es": "¿Puedo escribir los datos en inglés?",
                    "pt": "Posso digitar os dados em inglês?",
                    "tl": "Maaari ba akong maglagay ng mga detalye sa Ingles?",
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
                    "zh-hant": (
                        "<p>除了英文姓名等須以英文字母輸入的項目之外，請以日語輸入。</p>"
                        "<p>為方便輸入，住居地的町名、門牌號碼等即使以半形輸入，也會自動轉換為全形；英文姓名即使以小寫輸入，也會自動轉換為大寫。輸入欄位的說明會以您選擇的語言顯示。</p>"
                    ),
                    "zh-hans": (
                        "<p>除英文姓名等须用英文字母输入的项目外，请用日语输入。</p>"
                        "<p>为方便输入，住所地的町名、门牌号等即使以半角输入，也会自动转换为全角；英文姓名即使以小写输入，也会自动转换为大写。输入栏的说明会以您选择的语言显示。</p>"
                    ),
                    "ko": (
                        "<p>영문 이름 등 영문자로 입력하는 항목 외에는 일본어로 입력해 주십시오.</p>"
                        "<p>입력을 돕기 위해 주거지의 나머지 주소(동 이름·번지 등)는 반각으로 입력해도 자동으로 전각으로 변환되며, 영문 이름은 소문자로 입력해도 자동으로 대문자로 변환됩니다. 입력란 안내는 선택한 언어로 표시됩니다.</p>"
                    ),
                    "es": (
                        "<p>Introduzca los datos en japonés, salvo los campos que se escriben en letras latinas, como su nombre en letras latinas.</p>"
                        "<p>Para facilitarle la tarea, el resto de la dirección del domicilio (nombre del barrio, número de manzana y de casa, etc.) se convierte automáticamente a caracteres de ancho completo aunque lo escriba en caracteres de ancho medio, y el nombre en letras latinas se convierte automáticamente a mayúsculas aunque lo escriba en minúsculas. Las indicaciones de cada campo aparecen en el idioma que usted haya elegido.</p>"
                    ),
                    "pt": (
                        "<p>Digite os dados em japonês, exceto os campos preenchidos com letras do alfabeto latino, como o seu nome em letras latinas.</p>"
                        "<p>Para facilitar, o restante do endereço de residência (nome do bairro, número da quadra e da casa etc.) é convertido automaticamente para caracteres de largura inteira, mesmo que você o digite em caracteres de meia largura, e o nome em letras latinas é convertido automaticamente para maiúsculas, mesmo que você o digite em minúsculas. As orientações de cada campo aparecem no idioma que você escolheu.</p>"
                    ),
                    "tl": (
                        "<p>Maliban sa mga field na isinusulat sa mga letrang Latin, gaya ng inyong pangalan sa mga letrang Latin, ilagay ang lahat sa wikang Hapon.</p>"
                        "<p>Para makatulong, ang pangalan ng bayan, numero ng bloke at bahay, at iba pang bahagi ng address ng tirahan ay awtomatikong ginagawang full-width kahit i-type ninyo nang half-width, at ang pangalang nasa mga letrang Latin ay awtomatikong ginagawang malalaking titik kahit i-type ninyo sa maliliit na titik. Lumalabas ang gabay ng bawat field sa wikang pinili ninyo.</p>"
                    ),
                },
            },
            {
                "key": "registration-required",
                "q": {
                    "ja": "このシステムを開けば、すぐに届出ができますか。",
                    "en": "Can I file straight away when I open the system?",
                    "zh-hant": "開啟本系統後，可以馬上申報嗎？",
                    "zh-hans": "打开本系统后，可以马上申报吗？",
                    "ko": "이 시스템을 열면 바로 신고할 수 있습니까?",
                    "es": "¿Puedo presentar una notificación en cuanto abro el sistema?",
                    "pt": "Posso fazer uma notificação assim que abrir o sistema?",
                    "tl": "Makapag-aabiso ba ako agad pagkabukas ko ng sistema?",
                },
                "a": {
                    "ja": "<p>届出をする前に、利用者登録が必要です。登録の方法は{{q:how-to-register}}をご覧ください。</p>",
                    "en": "<p>You need to register as a user first. See {{q:how-to-register}} for how to register.</p>",
                    "zh-hant": "<p>申報之前，須先完成使用者登錄。登錄方式請參閱{{q:how-to-register}}。</p>",
                    "zh-hans": "<p>申报之前，须先完成用户注册。注册方法请参阅{{q:how-to-register}}。</p>",
                    "ko": "<p>신고하기 전에 이용자 등록을 해야 합니다. 등록 방법은 {{q:how-to-register}}을(를) 참조해 주십시오.</p>",
                    "es": "<p>Antes de presentar una notificación, debe registrarse como usuario. Para saber cómo registrarse, vea {{q:how-to-register}}.</p>",
                    "pt": "<p>Antes de fazer uma notificação, é preciso fazer o cadastro como usuário. Para saber como se cadastrar, veja {{q:how-to-register}}.</p>",
                    "tl": "<p>Bago mag-abiso, kailangan muna ninyong magparehistro bilang user. Para sa paraan ng pagpaparehistro, tingnan ang {{q:how-to-register}}.</p>",
                },
            },
            {
                "key": "how-to-register",
                "q": {
                    "ja": "利用者登録は、どのように行いますか。",
                    "en": "How do I register as a user?",
                    "zh-hant": "如何進行使用者登錄？",
                    "zh-hans": "如何进行用户注册？",
                    "ko": "이용자 등록은 어떻게 합니까?",
                    "es": "¿Cómo me registro como usuario?",
                    "pt": "Como faço o cadastro como usuário?",
                    "tl": "Paano magparehistro bilang user?",
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
                    "zh-hant": (
                        "<p><strong>中長期在留者</strong>可在本系統自行登錄。請從首頁的「致中長期在留者」進入登入畫面，選擇「取得認證ID（註冊為中長期在留者）」，並依照畫面說明，按照在留卡上記載的內容輸入。</p>"
                        "<p><strong>所屬機構</strong>無法在本系統登錄。請從「下載」頁面取得「所屬機構登錄用範本」，填寫機構名稱、法人編號、地址、負責人、電子郵件地址、希望使用的認證ID（第一選擇及第二選擇）等項目後，攜至附近的地方出入國在留管理局窗口。窗口確認您為該機構的負責人後，即為您辦理登錄（請參閱{{q:why-organizations-register-at-counter}}）。</p>"
                        "<p>同一機構有多位負責人使用時，由具有管理者角色的負責人管理其他負責人的使用。</p>"
                    ),
                    "zh-hans": (
                        "<p><strong>中长期在留者</strong>可在本系统自行注册。请从首页的“致中长期在留者”进入登录页面，选择“获取认证ID（注册为中长期在留者）”，并按照页面提示，按在留卡上记载的内容输入。</p>"
                        "<p><strong>所属机构</strong>无法在本系统注册。请从“下载”页面获取“所属机构注册用模板”，填写机构名称、法人编号、地址、负责人、电子邮件地址、希望使用的认证ID（第一选择和第二选择）等项目后，带到附近的地方出入国在留管理局窗口。窗口确认您是该机构的负责人后，为您办理注册（请参阅{{q:why-organizations-register-at-counter}}）。</p>"
                        "<p>同一机构有多名负责人使用时，由具有管理员角色的负责人管理其他负责人的使用。</p>"
                    ),
                    "ko": (
                        "<p><strong>중장기 재류자</strong>는 이 시스템에서 직접 등록할 수 있습니다. 톱페이지의 '중장기 재류자 여러분께'에서 로그인 화면으로 이동하여 '인증 ID 발급(중장기 재류자 등록)'을 선택해 주십시오. 화면의 안내에 따라 재류카드에 기재된 대로 입력해 주십시오.</p>"
                        "<p><strong>소속 기관</strong>은 이 시스템에서 등록할 수 없습니다. '다운로드' 페이지에서 '소속 기관 등록용 템플릿'을 받아 기관의 명칭, 법인번호, 소재지, 담당자, 이메일 주소, 희망하는 인증 ID(제1희망·제2희망) 등을 기입한 후 가까운 지방출입국재류관리국 창구에 가져와 주십시오. 창구에서 담당자임을 확인한 후 등록합니다({{q:why-organizations-register-at-counter}} 참조).</p>"
                        "<p>같은 기관에서 여러 담당자가 이용하는 경우에는 관리자 역할을 가진 담당자가 다른 담당자의 이용을 관리합니다.</p>"
                    ),
                    "es": (
                        "<p>Los <strong>residentes de media y larga duración</strong> se registran ellos mismos en el sistema. Desde la página de inicio, entre en “Para residentes”, pase a la pantalla de inicio de sesión y elija “Obtener un ID de autenticación (registrarse como residente)”. Siga las indicaciones de la pantalla e introduzca sus datos exactamente como figuran en su tarjeta de residencia.</p>"
                        "<p>Las <strong>organizaciones</strong> no pueden registrarse en el sistema. Descargue la “Plantilla de registro de organizaciones” de la página de Descargas, rellene el nombre de la organización, el número corporativo, la dirección, la persona encargada, la dirección de correo electrónico, el ID de autenticación que desea (primera y segunda opción) y los demás datos, y llévela a la ventanilla de la oficina regional de servicios de inmigración más cercana. Allí se le registrará una vez comprobado que usted es la persona encargada en la organización (vea {{q:why-organizations-register-at-counter}}).</p>"
                        "<p>Si varias personas de la misma organización usan el sistema, un miembro del personal con el rol de administrador gestiona el uso del sistema por parte de los demás.</p>"
                    ),
                    "pt": (
                        "<p>Os <strong>residentes de médio e longo prazo</strong> fazem o próprio cadastro no sistema. Na página inicial, entre em “Para residentes”, vá para a tela de login e escolha “Obter um ID de autenticação (registrar-se como residente)”. Siga as instruções na tela e digite os seus dados exatamente como aparecem no seu cartão de residência.</p>"
                        "<p>As <strong>organizações</strong> não podem se cadastrar no sistema. Baixe o “Modelo de cadastro de organizações” na página de Downloads, preencha o nome da organização, o número corporativo, o endereço, a pessoa responsável, o endereço de e-mail, o ID de autenticação desejado (primeira e segunda opções) e os demais itens, e leve-o ao balcão do escritório regional de imigração mais próximo. O cadastro é feito lá, depois que se confirma que você é o responsável na organização (veja {{q:why-organizations-register-at-counter}}).</p>"
                        "<p>Se vários funcionários da mesma organização usarem o sistema, um funcionário com a função de administrador gerencia o uso do sistema pelos demais.</p>"
                    ),
                    "tl": (
                        "<p>Ang mga <strong>residenteng pangmatagalan</strong> ay nagpaparehistro mismo sa sistema. Mula sa top page, pumunta sa “Para sa mga residente”, tumuloy sa screen ng pag-log in, at piliin ang “Kumuha ng auth ID (magparehistro bilang residente)”. Sundin ang mga tagubilin sa screen at ilagay ang inyong mga detalye nang eksakto gaya ng nakasulat sa inyong residence card.</p>"
                        "<p>Ang mga <strong>organisasyon</strong> ay hindi maaaring magparehistro sa sistema. Kunin ang “Template sa pagpaparehistro ng organisasyon” sa pahinang Mga download, punan ang pangalan ng organisasyon, corporate number, address, kawaning namamahala, e-mail address, ang nais na auth ID (una at ikalawang pagpipilian) at iba pang item, at dalhin ito sa counter ng pinakamalapit na regional immigration services bureau. Doon kayo irerehistro matapos makumpirma na kayo ang kawaning namamahala para sa organisasyon (tingnan ang {{q:why-organizations-register-at-counter}}).</p>"
                        "<p>Kung maraming kawani ng parehong organisasyon ang gumagamit ng sistema, ang kawaning may tungkuling administrator ang namamahala sa paggamit ng iba pang user.</p>"
                    ),
                },
            },
            {
                "key": "why-organizations-register-at-counter",
                "q": {
                    "ja": "所属機関の利用者登録をオンラインでできないのはなぜですか。",
                    "en": "Why can organizations not register online?",
                    "zh-hant": "為什麼所屬機構無法在線上進行使用者登錄？",
                    "zh-hans": "为什么所属机构无法在线进行用户注册？",
                    "ko": "소속 기관의 이용자 등록을 온라인으로 할 수 없는 이유는 무엇입니까?",
                    "es": "¿Por qué las organizaciones no pueden registrarse en línea?",
                    "pt": "Por que as organizações não podem se cadastrar on-line?",
                    "tl": "Bakit hindi maaaring magparehistro online ang mga organisasyon?",
                },
                "a": {
                    "ja": "<p>オンラインでは、登録しようとしている方が本当にその所属機関の担当者であるかを確認できないためです。所属機関の方には、地方出入国在留管理局の窓口で、ご本人であることと、その機関の担当者であることの確認を受けたうえで登録していただいています。</p>",
                    "en": "<p>Because online we cannot confirm that the person registering really works for the organization. Organization users are therefore registered at the counter of a regional immigration services bureau, after their identity and their role in the organization have been checked.</p>",
                    "zh-hant": "<p>這是因為在線上無法確認申請登錄者是否確實為該所屬機構的負責人。因此，所屬機構的使用者須在地方出入國在留管理局的窗口，經確認本人身分及其為該機構負責人後，才能完成登錄。</p>",
                    "zh-hans": "<p>这是因为在线上无法确认申请注册的人是否确实是该所属机构的负责人。因此，所属机构的用户须在地方出入国在留管理局的窗口，经确认本人身份及其为该机构负责人后，方可完成注册。</p>",
                    "ko": "<p>온라인으로는 등록하려는 분이 실제로 그 소속 기관의 담당자인지 확인할 수 없기 때문입니다. 소속 기관 이용자는 지방출입국재류관리국 창구에서 본인 여부와 해당 기관의 담당자인지를 확인받은 후에 등록하게 됩니다.</p>",
                    "es": "<p>Porque en línea no es posible comprobar que quien se registra es realmente una persona encargada de esa organización. Por eso, los usuarios de las organizaciones se registran en la ventanilla de una oficina regional de servicios de inmigración, después de que se comprueben su identidad y su función en la organización.</p>",
                    "pt": "<p>Porque, pela internet, não é possível confirmar que quem está se cadastrando é realmente responsável por aquela organização. Por isso, os usuários de organizações são cadastrados no balcão de um escritório regional de imigração, depois da confirmação da sua identidade e da sua função na organização.</p>",
                    "tl": "<p>Dahil hindi makukumpirma online kung talagang kawani ng organisasyong iyon ang taong nagpaparehistro. Kaya nirerehistro ang mga user ng organisasyon sa counter ng isang regional immigration services bureau, matapos suriin ang kanilang pagkakakilanlan at ang kanilang tungkulin sa organisasyon.</p>",
                },
            },
            {
                "key": "registration-fails",
                "q": {
                    "ja": "利用者登録の画面で入力しても、登録できません。",
                    "en": "I filled in the registration form, but I cannot register.",
                    "zh-hant": "在使用者登錄畫面輸入資料後，仍無法完成登錄。",
                    "zh-hans": "在用户注册页面输入信息后，仍无法完成注册。",
                    "ko": "이용자 등록 화면에서 입력해도 등록되지 않습니다.",
                    "es": "He rellenado el formulario de registro, pero no consigo registrarme.",
                    "pt": "Preenchi o formulário de cadastro, mas não consigo me cadastrar.",
                    "tl": "Pinunan ko ang form ng pagpaparehistro, ngunit hindi ako makapagparehistro.",
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
                    "zh-hant": (
                        "<p>請確認下列事項。</p>"
                        "<ul>"
                        "<li>您持有的在留資格是否屬於須申報的在留資格（請參閱{{q:statuses-that-must-file}}）。不屬於申報對象者，無法進行使用者登錄。</li>"
                        "<li>在留卡號碼、姓名、出生年月日等，是否依照在留卡上記載的內容輸入（請參閱{{q:fields-marked-for-checking}}）。</li>"
                        "<li>是否為領取在留卡的當天（請參閱{{q:card-issued-today}}）。</li>"
                        "</ul>"
                        "<p>如仍不清楚無法登錄的原因，請聯絡服務台（請參閱「聯絡我們」頁面）。</p>"
                    ),
                    "zh-hans": (
                        "<p>请确认以下事项。</p>"
                        "<ul>"
                        "<li>您持有的在留资格是否属于须申报的在留资格（请参阅{{q:statuses-that-must-file}}）。不属于申报对象者，无法进行用户注册。</li>"
                        "<li>在留卡号码、姓名、出生日期等是否按在留卡上记载的内容输入（请参阅{{q:fields-marked-for-checking}}）。</li>"
                        "<li>是否为领取在留卡的当天（请参阅{{q:card-issued-today}}）。</li>"
                        "</ul>"
                        "<p>如仍不清楚无法注册的原因，请联系服务台（请参阅“联系我们”页面）。</p>"
                    ),
                    "ko": (
                        "<p>다음 사항을 확인해 주십시오.</p>"
                        "<ul>"
                        "<li>가지고 계신 재류자격이 신고 대상 재류자격인지({{q:statuses-that-must-file}} 참조). 대상이 아닌 분은 이용자 등록을 할 수 없습니다.</li>"
                        "<li>재류카드 번호, 이름, 생년월일 등을 재류카드에 기재된 대로 입력했는지({{q:fields-marked-for-checking}} 참조).</li>"
                        "<li>재류카드를 받은 당일이 아닌지({{q:card-issued-today}} 참조).</li>"
                        "</ul>"
                        "<p>그래도 등록할 수 없는 이유를 알 수 없는 경우에는 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Compruebe lo siguiente:</p>"
                        "<ul>"
                        "<li>que su estatus de residencia es uno de los que deben notificar (vea {{q:statuses-that-must-file}}). Las personas con otros estatus no pueden registrarse;</li>"
                        "<li>que el número de la tarjeta de residencia, el nombre, la fecha de nacimiento y los demás datos están introducidos exactamente como figuran en la tarjeta (vea {{q:fields-marked-for-checking}});</li>"
                        "<li>que no recibió la tarjeta de residencia hoy mismo (vea {{q:card-issued-today}}).</li>"
                        "</ul>"
                        "<p>Si aun así no sabe por qué no puede registrarse, póngase en contacto con el servicio de asistencia (vea la página de Contacto).</p>"
                    ),
                    "pt": (
                        "<p>Verifique o seguinte:</p>"
                        "<ul>"
                        "<li>se o seu status de residência é um dos que devem notificar (veja {{q:statuses-that-must-file}}). Quem tem outros status não pode se cadastrar;</li>"
                        "<li>se o número do cartão de residência, o nome, a data de nascimento e os demais dados foram digitados exatamente como aparecem no cartão (veja {{q:fields-marked-for-checking}});</li>"
                        "<li>se você não recebeu o cartão de residência hoje mesmo (veja {{q:card-issued-today}}).</li>"
                        "</ul>"
                        "<p>Se ainda assim não souber por que não consegue se cadastrar, entre em contato com a central de atendimento (veja a página de Contato).</p>"
                    ),
                    "tl": (
                        "<p>Pakisuri ang mga sumusunod:</p>"
                        "<ul>"
                        "<li>kung ang inyong status of residence ay kabilang sa mga kailangang mag-abiso (tingnan ang {{q:statuses-that-must-file}}). Hindi makapagpaparehistro ang mga may ibang status;</li>"
                        "<li>kung ang numero ng residence card, pangalan, petsa ng kapanganakan at iba pang detalye ay inilagay nang eksakto gaya ng nakasulat sa residence card (tingnan ang {{q:fields-marked-for-checking}});</li>"
                        "<li>kung hindi ngayong araw ninyo natanggap ang residence card (tingnan ang {{q:card-issued-today}}).</li>"
                        "</ul>"
                        "<p>Kung hindi pa rin ninyo alam kung bakit hindi kayo makapagparehistro, makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
                    ),
                },
            },
            {
                "key": "card-issued-today",
                "q": {
                    "ja": "今日、新しい在留カードを受け取りましたが、その在留カード番号で利用者登録ができません。",
                    "en": "I received a new residence card today, and I cannot register with its number.",
                    "zh-hant": "我今天領取了新的在留卡，但無法用該在留卡號碼進行使用者登錄。",
                    "zh-hans": "我今天领取了新的在留卡，但无法用该在留卡号码进行用户注册。",
                    "ko": "오늘 새 재류카드를 받았는데 그 재류카드 번호로 이용자 등록을 할 수 없습니다.",
                    "es": "Hoy he recibido una nueva tarjeta de residencia y no puedo registrarme con su número.",
                    "pt": "Recebi hoje um novo cartão de residência e não consigo me cadastrar com o número dele.",
                    "tl": "Nakatanggap ako ngayong araw ng bagong residence card, at hindi ako makapagparehistro gamit ang numero nito.",
                },
                "a": {
                    "ja": "<p>在留カードが交付された当日は、その在留カードで利用者登録をすることができません。翌日以降にあらためて登録してください。</p>",
                    "en": "<p>A residence card cannot be used for registration on the day it is issued. Please register from the next day on.</p>",
                    "zh-hant": "<p>在留卡核發當天，無法使用該在留卡進行使用者登錄。請於隔天以後再登錄。</p>",
                    "zh-hans": "<p>在留卡签发当天，无法使用该在留卡进行用户注册。请于次日以后再注册。</p>",
                    "ko": "<p>재류카드가 교부된 당일에는 그 재류카드로 이용자 등록을 할 수 없습니다. 다음 날 이후에 다시 등록해 주십시오.</p>",
                    "es": "<p>El mismo día en que se expide una tarjeta de residencia, no es posible registrarse con ella. Regístrese de nuevo a partir del día siguiente.</p>",
                    "pt": "<p>No dia em que o cartão de residência é emitido, não é possível fazer o cadastro com ele. Faça o cadastro novamente a partir do dia seguinte.</p>",
                    "tl": "<p>Sa mismong araw na inisyu ang residence card, hindi pa ito magagamit sa pagpaparehistro. Magparehistro muli simula sa susunod na araw.</p>",
                },
            },
            {
                "key": "new-residence-card",
                "q": {
                    "ja": "新しい在留カードの交付を受けました。利用者登録をやり直す必要はありますか。",
                    "en": "I have been issued a new residence card. Do I have to register again?",
                    "zh-hant": "我已獲核發新的在留卡，需要重新進行使用者登錄嗎？",
                    "zh-hans": "我已获签发新的在留卡，需要重新进行用户注册吗？",
                    "ko": "새 재류카드를 교부받았습니다. 이용자 등록을 다시 해야 합니까?",
                    "es": "Me han expedido una nueva tarjeta de residencia. ¿Tengo que volver a registrarme?",
                    "pt": "Recebi um novo cartão de residência. Preciso fazer o cadastro de novo?",
                    "tl": "Nabigyan ako ng bagong residence card. Kailangan ko bang magparehistro muli?",
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
                    "zh-hant": (
                        "<p>原則上不需要重新登錄。請繼續使用原有的認證ID及密碼登入。</p>"
                        "<p>在申報畫面輸入身分事項時，請依照最新在留卡上記載的內容輸入。</p>"
                        "<p>此外，若未獲得在留期間更新或在留資格變更等許可而超過在留期限，認證ID的有效期限也會隨之屆滿，敬請注意（請參閱{{q:auth-id-expiry}}）。</p>"
                    ),
                    "zh-hans": (
                        "<p>原则上不需要重新注册。请继续使用原有的认证ID和密码登录。</p>"
                        "<p>在申报页面输入身份事项时，请按照最新在留卡上记载的内容输入。</p>"
                        "<p>另外，如未获得在留期间更新或在留资格变更等许可而超过在留期限，认证ID的有效期也将随之届满，敬请注意（请参阅{{q:auth-id-expiry}}）。</p>"
                    ),
                    "ko": (
                        "<p>원칙적으로 다시 등록할 필요는 없습니다. 기존의 인증 ID와 비밀번호로 로그인해 주십시오.</p>"
                        "<p>신고 화면에서 입력하는 신분 사항은 최신 재류카드에 기재된 대로 입력해 주십시오.</p>"
                        "<p>또한 재류 기간 갱신이나 재류자격 변경 등의 허가를 받지 않은 채 재류 기한이 지나면 인증 ID의 유효기간도 만료되므로 주의해 주십시오({{q:auth-id-expiry}} 참조).</p>"
                    ),
                    "es": (
                        "<p>Por regla general, no. Siga iniciando sesión con su ID de autenticación y su contraseña de siempre.</p>"
                        "<p>Al presentar una notificación, introduzca sus datos personales exactamente como figuran en su tarjeta de residencia más reciente.</p>"
                        "<p>Tenga en cuenta que, si su período de estancia termina sin que haya obtenido un nuevo permiso (prórroga del período de estancia, cambio de estatus de residencia u otro similar), su ID de autenticación también caduca (vea {{q:auth-id-expiry}}).</p>"
                    ),
                    "pt": (
                        "<p>Em regra, não. Continue fazendo login com o seu ID de autenticação e a sua senha atuais.</p>"
                        "<p>Ao fazer uma notificação, digite os seus dados pessoais exatamente como aparecem no seu cartão de residência mais recente.</p>"
                        "<p>Atenção: se o seu período de permanência terminar sem que você tenha recebido uma nova permissão (renovação do período de permanência, mudança de status de residência ou algo semelhante), o seu ID de autenticação também expira (veja {{q:auth-id-expiry}}).</p>"
                    ),
                    "tl": (
                        "<p>Bilang patakaran, hindi na kailangan. Patuloy na mag-log in gamit ang dati ninyong auth ID at password.</p>"
                        "<p>Kapag nag-aabiso, ilagay ang inyong mga personal na detalye nang eksakto gaya ng nakasulat sa pinakabago ninyong residence card.</p>"
                        "<p>Tandaan na kung matapos ang inyong period of stay nang hindi kayo nabibigyan ng bagong pahintulot (extension ng period of stay, pagpapalit ng status of residence o katulad nito), mawawalan din ng bisa ang inyong auth ID (tingnan ang {{q:auth-id-expiry}}).</p>"
                    ),
                },
            },
            {
                "key": "registration-mail-missing",
                "q": {
                    "ja": "利用者登録をしたのに、登録完了のメールが届きません。",
                    "en": "I registered, but the registration e-mail has not arrived.",
                    "zh-hant": "我已完成使用者登錄，卻沒有收到登錄完成的電子郵件。",
                    "zh-hans": "我已完成用户注册，却没有收到注册完成的电子邮件。",
                    "ko": "이용자 등록을 했는데 등록 완료 메일이 오지 않습니다.",
                    "es": "Me he registrado, pero no me ha llegado el correo electrónico de registro completado.",
                    "pt": "Fiz o cadastro, mas o e-mail de conclusão do cadastro não chegou.",
                    "tl": "Nakapagparehistro na ako, ngunit hindi dumating ang e-mail na nagsasabing kumpleto na ang pagpaparehistro.",
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
                    "zh-hant": (
                        "<p>中長期在留者會在登錄完成後數分鐘內收到登錄完成郵件。所屬機構的使用者則會在窗口受理的登錄處理完成時（通常為隔天）收到郵件。</p>"
                        "<p>沒有收到郵件時，請確認下列事項。</p>"
                        "<ul>"
                        "<li>郵件是否被歸入垃圾郵件資料夾</li>"
                        "<li>是否已設定為可接收本系統寄出的郵件（請參閱{{q:free-or-mobile-email}}）</li>"
                        "<li>登錄的電子郵件地址是否有誤</li>"
                        "</ul>"
                        "<p>系統寄出的郵件，也可以在登入後於網站內的「收件匣」閱讀。如仍無法確認，請聯絡服務台（請參閱「聯絡我們」頁面）。</p>"
                    ),
                    "zh-hans": (
                        "<p>中长期在留者会在注册完成后几分钟内收到注册完成邮件。所属机构的用户则会在窗口受理的注册处理完成时（通常为次日）收到邮件。</p>"
                        "<p>没有收到邮件时，请确认以下事项。</p>"
                        "<ul>"
                        "<li>邮件是否被归入垃圾邮件文件夹</li>"
                        "<li>是否已设置为可以接收本系统发出的邮件（请参阅{{q:free-or-mobile-email}}）</li>"
                        "<li>注册的电子邮件地址是否有误</li>"
                        "</ul>"
                        "<p>系统发出的邮件，也可以在登录后于网站内的“收件箱”中阅读。如仍无法确认，请联系服务台（请参阅“联系我们”页面）。</p>"
                    ),
                    "ko": (
                        "<p>중장기 재류자는 등록이 완료된 후 몇 분 이내에 등록 완료 메일을 받게 됩니다. 소속 기관 이용자는 창구에서 접수한 등록의 처리가 완료된 시점(보통 다음 날)에 메일을 받게 됩니다.</p>"
                        "<p>메일이 오지 않을 때는 다음 사항을 확인해 주십시오.</p>"
                        "<ul>"
                        "<li>스팸 메일함으로 분류되지 않았는지</li>"
                        "<li>이 시스템에서 보내는 메일을 수신할 수 있도록 설정했는지({{q:free-or-mobile-email}} 참조)</li>"
                        "<li>등록한 이메일 주소가 틀리지 않았는지</li>"
                        "</ul>"
                        "<p>시스템이 보낸 메일은 로그인 후 사이트 내의 '받은 메일함'에서도 읽을 수 있습니다. 그래도 확인할 수 없는 경우에는 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Los residentes de media y larga duración reciben el correo de registro completado pocos minutos después de terminar el registro. Los usuarios de las organizaciones lo reciben cuando se termina de tramitar el registro aceptado en la ventanilla, normalmente al día siguiente.</p>"
                        "<p>Si el correo no llega, compruebe lo siguiente:</p>"
                        "<ul>"
                        "<li>que no se haya desviado a la carpeta de correo no deseado;</li>"
                        "<li>que su configuración de correo acepte los mensajes de este sistema (vea {{q:free-or-mobile-email}});</li>"
                        "<li>que la dirección de correo electrónico que registró sea correcta.</li>"
                        "</ul>"
                        "<p>Todos los correos que envía el sistema también se pueden leer en la bandeja de entrada del sitio, después de iniciar sesión. Si aun así no lo encuentra, póngase en contacto con el servicio de asistencia (vea la página de Contacto).</p>"
                    ),
                    "pt": (
                        "<p>Os residentes de médio e longo prazo recebem o e-mail de conclusão do cadastro poucos minutos depois de concluí-lo. Os usuários de organizações o recebem quando termina o processamento do cadastro aceito no balcão, normalmente no dia seguinte.</p>"
                        "<p>Se o e-mail não chegar, verifique:</p>"
                        "<ul>"
                        "<li>se ele não foi parar na pasta de spam ou lixo eletrônico;</li>"
                        "<li>se as configurações do seu e-mail aceitam mensagens deste sistema (veja {{q:free-or-mobile-email}});</li>"
                        "<li>se o endereço de e-mail cadastrado está correto.</li>"
                        "</ul>"
                        "<p>Todos os e-mails enviados pelo sistema também podem ser lidos na caixa de entrada do site, depois de fazer login. Se mesmo assim não o encontrar, entre em contato com a central de atendimento (veja a página de Contato).</p>"
                    ),
                    "tl": (
                        "<p>Natatanggap ng mga residenteng pangmatagalan ang e-mail ng pagkumpleto ng pagpaparehistro sa loob ng ilang minuto matapos makumpleto ang pagpaparehistro. Natatanggap naman ito ng mga user ng organisasyon kapag natapos nang iproseso ang pagpaparehistrong tinanggap sa counter, karaniwan sa susunod na araw.</p>"
                        "<p>Kung hindi dumating ang e-mail, suriin ang mga sumusunod:</p>"
                        "<ul>"
                        "<li>kung napunta ito sa spam o junk folder;</li>"
                        "<li>kung nakatakda ang inyong e-mail na tumanggap ng mga mensahe mula sa sistemang ito (tingnan ang {{q:free-or-mobile-email}});</li>"
                        "<li>kung tama ang e-mail address na inirehistro ninyo.</li>"
                        "</ul>"
                        "<p>Mababasa rin ang bawat e-mail na ipinadala ng sistema sa inbox ng site pagkatapos mag-log in. Kung hindi pa rin ninyo ito makita, makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
                    ),
                },
            },
            {
                "key": "viewing-registered-details",
                "q": {
                    "ja": "登録した利用者情報を確認するには、どうすればよいですか。",
                    "en": "How can I see the details I registered?",
                    "zh-hant": "如何確認已登錄的使用者資料？",
                    "zh-hans": "如何确认已注册的用户信息？",
                    "ko": "등록한 이용자 정보를 확인하려면 어떻게 해야 합니까?",
                    "es": "¿Cómo puedo consultar los datos que registré?",
                    "pt": "Como posso consultar os dados do meu cadastro?",
                    "tl": "Paano ko makikita ang mga detalyeng inirehistro ko?",
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
                    "zh-hant": (
                        "<p>登入後，可在「帳戶」頁面確認認證ID、電子郵件地址等已登錄的主要資料。為了安全起見，密碼不會顯示。</p>"
                        "<p>認證ID及密碼是使用本系統所必需的資訊，請自行妥善保管。</p>"
                    ),
                    "zh-hans": (
                        "<p>登录后，可在“账户”页面确认认证ID、电子邮件地址等已注册的主要信息。出于安全考虑，密码不会显示。</p>"
                        "<p>认证ID和密码是使用本系统所必需的信息，请自行妥善保管。</p>"
                    ),
                    "ko": (
                        "<p>로그인 후 '계정' 페이지에서 인증 ID, 이메일 주소 등 등록된 주요 정보를 확인할 수 있습니다. 비밀번호는 보안을 위해 표시되지 않습니다.</p>"
                        "<p>인증 ID와 비밀번호는 시스템을 이용하는 데 필요한 정보입니다. 본인이 소중히 관리해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Después de iniciar sesión, en la página Cuenta puede consultar los principales datos registrados, como su ID de autenticación y su dirección de correo electrónico. Por seguridad, la contraseña no se muestra nunca.</p>"
                        "<p>El ID de autenticación y la contraseña son necesarios para usar el sistema, así que guárdelos con cuidado.</p>"
                    ),
                    "pt": (
                        "<p>Depois de fazer login, na página Conta você pode consultar os principais dados cadastrados, como o seu ID de autenticação e o seu endereço de e-mail. Por segurança, a senha nunca é exibida.</p>"
                        "<p>O ID de autenticação e a senha são necessários para usar o sistema, por isso guarde-os com cuidado.</p>"
                    ),
                    "tl": (
                        "<p>Pagkatapos mag-log in, makikita sa pahinang Account ang mga pangunahing detalyeng nakarehistro para sa inyo, gaya ng inyong auth ID at e-mail address. Para sa seguridad, hindi kailanman ipinapakita ang password.</p>"
                        "<p>Kailangan ninyo ang auth ID at password para magamit ang sistema, kaya ingatan ninyo ang mga ito.</p>"
                    ),
                },
            },
            {
                "key": "changing-registered-details",
                "q": {
                    "ja": "登録した利用者情報を変更するには、どうすればよいですか。",
                    "en": "How do I change the details I registered?",
                    "zh-hant": "如何變更已登錄的使用者資料？",
                    "zh-hans": "如何更改已注册的用户信息？",
                    "ko": "등록한 이용자 정보를 변경하려면 어떻게 해야 합니까?",
                    "es": "¿Cómo puedo cambiar los datos que registré?",
                    "pt": "Como posso alterar os dados do meu cadastro?",
                    "tl": "Paano ko mapapalitan ang mga detalyeng inirehistro ko?",
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
                    "zh-hant": (
                        "<p>在本系統中可以變更的是<strong>密碼</strong>及<strong>電子郵件地址</strong>。請於登入後變更（請參閱{{q:changing-the-password}}、{{q:changing-the-email-address}}）。</p>"
                        "<p>其他資料無法在線上變更。中長期在留者的姓名、國籍·地區、出生年月日、性別有變更時，請於變更之日起14日內，至附近的地方出入國在留管理局辦理在留卡記載事項（住居地以外）的變更申報（請參閱{{q:what-is-not-filed-here}}）。</p>"
                    ),
                    "zh-hans": (
                        "<p>在本系统中可以更改的是<strong>密码</strong>和<strong>电子邮件地址</strong>。请在登录后更改（请参阅{{q:changing-the-password}}、{{q:changing-the-email-address}}）。</p>"
                        "<p>其他信息无法在线更改。中长期在留者的姓名、国籍·地区、出生日期、性别发生变更时，请在变更之日起14日内，到附近的地方出入国在留管理局办理在留卡记载事项（住所地以外）的变更申报（请参阅{{q:what-is-not-filed-here}}）。</p>"
                    ),
                    "ko": (
                        "<p>이 시스템에서 변경할 수 있는 것은 <strong>비밀번호</strong>와 <strong>이메일 주소</strong>입니다. 로그인한 후에 변경해 주십시오({{q:changing-the-password}}, {{q:changing-the-email-address}} 참조).</p>"
                        "<p>그 밖의 정보는 온라인으로 변경할 수 없습니다. 중장기 재류자의 이름, 국적·지역, 생년월일, 성별이 변경된 경우에는 변경된 날부터 14일 이내에 가까운 지방출입국재류관리국에서 재류카드 기재 사항(주거지 이외) 변경 신고를 해 주십시오({{q:what-is-not-filed-here}} 참조).</p>"
                    ),
                    "es": (
                        "<p>En el sistema puede cambiar su <strong>contraseña</strong> y su <strong>dirección de correo electrónico</strong>, después de iniciar sesión (vea {{q:changing-the-password}} y {{q:changing-the-email-address}}).</p>"
                        "<p>Los demás datos no se pueden cambiar en línea. Si cambian el nombre, la nacionalidad o región, la fecha de nacimiento o el sexo de un residente de media y larga duración, este debe notificar el cambio de los datos de la tarjeta de residencia (salvo el domicilio) en la oficina regional de servicios de inmigración más cercana, dentro de los 14 días siguientes al cambio (vea {{q:what-is-not-filed-here}}).</p>"
                    ),
                    "pt": (
                        "<p>No sistema, você pode alterar a sua <strong>senha</strong> e o seu <strong>endereço de e-mail</strong>, depois de fazer login (veja {{q:changing-the-password}} e {{q:changing-the-email-address}}).</p>"
                        "<p>Os demais dados não podem ser alterados on-line. Se mudarem o nome, a nacionalidade ou região, a data de nascimento ou o sexo de um residente de médio e longo prazo, ele deve notificar a mudança dos dados do cartão de residência (exceto o endereço) no escritório regional de imigração mais próximo, em até 14 dias a partir da mudança (veja {{q:what-is-not-filed-here}}).</p>"
                    ),
                    "tl": (
                        "<p>Sa sistema, maaari ninyong palitan ang inyong <strong>password</strong> at <strong>e-mail address</strong> pagkatapos mag-log in (tingnan ang {{q:changing-the-password}} at {{q:changing-the-email-address}}).</p>"
                        "<p>Hindi maaaring palitan online ang iba pang detalye. Kung nagbago ang pangalan, nasyonalidad o rehiyon, petsa ng kapanganakan o kasarian ng isang residenteng pangmatagalan, dapat niyang iabiso ang pagbabago ng mga detalye sa residence card (maliban sa address ng tirahan) sa pinakamalapit na regional immigration services bureau sa loob ng 14 na araw mula sa pagbabago (tingnan ang {{q:what-is-not-filed-here}}).</p>"
                    ),
                },
            },
            {
                "key": "deleting-an-account",
                "q": {
                    "ja": "利用者登録を取り消したい（アカウントを削除したい）のですが、どうすればよいですか。",
                    "en": "How do I cancel my registration (delete my account)?",
                    "zh-hant": "我想取消使用者登錄（刪除帳戶），該怎麼做？",
                    "zh-hans": "我想取消用户注册（删除账户），该怎么做？",
                    "ko": "이용자 등록을 취소하고 싶은데(계정을 삭제하고 싶은데) 어떻게 해야 합니까?",
                    "es": "Quiero cancelar mi registro (eliminar mi cuenta). ¿Qué debo hacer?",
                    "pt": "Quero cancelar o meu cadastro (excluir a minha conta). O que devo fazer?",
                    "tl": "Nais kong kanselahin ang aking pagpaparehistro (burahin ang aking account). Ano ang dapat kong gawin?",
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
                    "zh-hant": (
                        "<p>請聯絡服務台（請參閱「聯絡我們」頁面）。</p>"
                        "<p>若為中長期在留者，在留卡失效時，本系統的使用者資料也會自動失效。</p>"
                    ),
                    "zh-hans": (
                        "<p>请联系服务台（请参阅“联系我们”页面）。</p>"
                        "<p>如为中长期在留者，在留卡失效时，本系统的用户信息也会自动失效。</p>"
                    ),
                    "ko": (
                        "<p>헬프데스크('문의처' 페이지 참조)에 연락해 주십시오.</p>"
                        "<p>중장기 재류자의 경우 재류카드가 효력을 잃으면 이 시스템의 이용자 정보도 자동으로 무효가 됩니다.</p>"
                    ),
                    "es": (
                        "<p>Póngase en contacto con el servicio de asistencia (vea la página de Contacto).</p>"
                        "<p>En el caso de los residentes de media y larga duración, cuando la tarjeta de residencia pierde su validez, su registro en este sistema también queda anulado automáticamente.</p>"
                    ),
                    "pt": (
                        "<p>Entre em contato com a central de atendimento (veja a página de Contato).</p>"
                        "<p>No caso dos residentes de médio e longo prazo, quando o cartão de residência perde a validade, o cadastro neste sistema também deixa de valer automaticamente.</p>"
                    ),
                    "tl": (
                        "<p>Makipag-ugnayan sa help desk (tingnan ang pahinang Contact).</p>"
                        "<p>Para sa mga residenteng pangmatagalan, kapag nawalan ng bisa ang residence card, awtomatiko ring mawawalan ng bisa ang kanilang pagpaparehistro sa sistemang ito.</p>"
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
                    "zh-hant": "認證ID應如何設定？",
                    "zh-hans": "认证ID应如何设置？",
                    "ko": "인증 ID는 어떻게 정하면 됩니까?",
                    "es": "¿Cómo elijo mi ID de autenticación?",
                    "pt": "Como escolho o meu ID de autenticação?",
                    "tl": "Paano ako pipili ng auth ID?",
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
                    "zh-hant": (
                        "<p>認證ID由您自行決定。請依照下列條件設定。</p>"
                        "<ul>"
                        "<li>使用半形英文字母、數字及符號，長度為6至20個字元</li>"
                        "<li>英文字母區分大小寫</li>"
                        "<li>不能使用他人已在使用的認證ID</li>"
                        "</ul>"
                        "<p>所屬機構的使用者，請在登錄用範本中填寫第一選擇及第二選擇。</p>"
                        "<p>登入時需要認證ID，請自行妥善保管，以免遺忘。</p>"
                    ),
                    "zh-hans": (
                        "<p>认证ID由您自行决定。请按照以下条件设置。</p>"
                        "<ul>"
                        "<li>使用半角英文字母、数字和符号，长度为6至20个字符</li>"
                        "<li>英文字母区分大小写</li>"
                        "<li>不能使用他人已在使用的认证ID</li>"
                        "</ul>"
                        "<p>所属机构的用户，请在注册用模板中填写第一选择和第二选择。</p>"
                        "<p>登录时需要认证ID，请自行妥善保管，以免遗忘。</p>"
                    ),
                    "ko": (
                        "<p>인증 ID는 본인이 직접 정합니다. 다음 조건을 충족하도록 설정해 주십시오.</p>"
                        "<ul>"
                        "<li>반각 영문자, 숫자, 기호를 사용하여 6자 이상 20자 이내</li>"
                        "<li>영문 대문자와 소문자는 구분됩니다</li>"
                        "<li>다른 사람이 이미 사용하고 있는 인증 ID는 사용할 수 없습니다</li>"
                        "</ul>"
                        "<p>소속 기관 이용자는 등록용 템플릿에 제1희망과 제2희망을 기입해 주십시오.</p>"
                        "<p>인증 ID는 로그인할 때 필요합니다. 잊지 않도록 본인이 직접 관리해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>Usted mismo elige su ID de autenticación, que debe cumplir estas condiciones:</p>"
                        "<ul>"
                        "<li>de 6 a 20 caracteres, con letras, dígitos y símbolos de ancho medio;</li>"
                        "<li>se distinguen mayúsculas y minúsculas;</li>"
                        "<li>no se puede usar un ID de autenticación que ya utilice otra persona.</li>"
                        "</ul>"
                        "<p>Las organizaciones indican una primera y una segunda opción en la plantilla de registro.</p>"
                        "<p>Necesitará su ID de autenticación para iniciar sesión, así que guárdelo con cuidado para no olvidarlo.</p>"
                    ),
                    "pt": (
                        "<p>Você mesmo escolhe o seu ID de autenticação, que deve atender a estas condições:</p>"
                        "<ul>"
                        "<li>de 6 a 20 caracteres, com letras, dígitos e símbolos de meia largura;</li>"
                        "<li>letras maiúsculas e minúsculas são diferenciadas;</li>"
                        "<li>não é possível usar um ID de autenticação que outra pessoa já esteja usando.</li>"
                        "</ul>"
                        "<p>As organizações indicam uma primeira e uma segunda opção no modelo de cadastro.</p>"
                        "<p>O ID de autenticação é necessário para fazer login, por isso guarde-o com cuidado para não esquecê-lo.</p>"
                    ),
                    "tl": (
                        "<p>Kayo mismo ang pipili ng inyong auth ID. Dapat nitong matugunan ang mga kondisyong ito:</p>"
                        "<ul>"
                        "<li>6 hanggang 20 character, gamit ang mga half-width na titik, numero at simbolo;</li>"
                        "<li>magkaiba ang malalaki at maliliit na titik;</li>"
                        "<li>hindi maaaring gamitin ang auth ID na ginagamit na ng iba.</li>"
                        "</ul>"
                        "<p>Ang mga organisasyon ay naglalagay ng una at ikalawang pagpipilian sa template ng pagpaparehistro.</p>"
                        "<p>Kailangan ang auth ID sa pag-log in, kaya ingatan ito at huwag kalimutan.</p>"
                    ),
                },
            },
            {
                "key": "one-auth-id-per-person",
                "q": {
                    "ja": "1人で複数の認証IDを持つことはできますか。",
                    "en": "Can one person have more than one auth ID?",
                    "zh-hant": "一個人可以擁有多個認證ID嗎？",
                    "zh-hans": "一个人可以拥有多个认证ID吗？",
                    "ko": "한 사람이 여러 개의 인증 ID를 가질 수 있습니까?",
                    "es": "¿Puede una persona tener más de un ID de autenticación?",
                    "pt": "Uma pessoa pode ter mais de um ID de autenticação?",
                    "tl": "Maaari bang magkaroon ng higit sa isang auth ID ang isang tao?",
                },
                "a": {
                    "ja": "<p>できません。すでに利用者登録をしている方は重ねて登録できないため、有効な認証IDは1人につき1つです。</p>",
                    "en": "<p>No. Someone who is already registered cannot register again, so each person has only one valid auth ID.</p>",
                    "zh-hant": "<p>不可以。已完成使用者登錄者無法重複登錄，因此每人只能有一個有效的認證ID。</p>",
                    "zh-hans": "<p>不可以。已完成用户注册的人无法重复注册，因此每人只能有一个有效的认证ID。</p>",
                    "ko": "<p>할 수 없습니다. 이미 이용자 등록을 한 분은 중복하여 등록할 수 없으므로 유효한 인증 ID는 1인당 1개입니다.</p>",
                    "es": "<p>No. Quien ya está registrado no puede volver a registrarse, por lo que cada persona tiene un solo ID de autenticación válido.</p>",
                    "pt": "<p>Não. Quem já tem cadastro não pode se cadastrar de novo, por isso cada pessoa tem apenas um ID de autenticação válido.</p>",
                    "tl": "<p>Hindi. Hindi na maaaring magparehistro muli ang nakarehistro na, kaya iisa lamang ang may-bisang auth ID ng bawat tao.</p>",
                },
            },
            {
                "key": "auth-id-expiry",
                "q": {
                    "ja": "認証IDに有効期限はありますか。期限が切れたらどうすればよいですか。",
                    "en": "Does my auth ID expire? What do I do when it has expired?",
                    "zh-hant": "認證ID有有效期限嗎？期限屆滿後該怎麼辦？",
                    "zh-hans": "认证ID有有效期吗？过期后该怎么办？",
                    "ko": "인증 ID에 유효기간이 있습니까? 유효기간이 지나면 어떻게 해야 합니까?",
                    "es": "¿Caduca el ID de autenticación? ¿Qué hago si ha caducado?",
                    "pt": "O ID de autenticação tem prazo de validade? O que faço se ele expirar?",
                    "tl": "Nag-e-expire ba ang auth ID? Ano ang dapat kong gawin kapag nag-expire na ito?",
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
                    "zh-hant": (
                        "<ul>"
                        "<li><strong>中長期在留者</strong>：在留期限即為認證ID的有效期限。如獲得在留期間更新或在留資格變更等許可而延長在留期限，可繼續使用至新的在留期限為止。</li>"
                        "<li><strong>所屬機構的使用者</strong>：自最後一次使用本系統之日起超過1年，認證ID即失效，無法再使用。失效時，請至附近的地方出入國在留管理局窗口重新申請核發認證ID。</li>"
                        "</ul>"
                    ),
                    "zh-hans": (
                        "<ul>"
                        "<li><strong>中长期在留者</strong>：在留期限即为认证ID的有效期。如获得在留期间更新或在留资格变更等许可而延长在留期限，可继续使用至新的在留期限为止。</li>"
                        "<li><strong>所属机构的用户</strong>：自最后一次使用本系统之日起超过1年，认证ID即失效，无法再使用。失效后，请到附近的地方出入国在留管理局窗口重新申请签发认证ID。</li>"
                        "</ul>"
                    ),
                    "ko": (
                        "<ul>"
                        "<li><strong>중장기 재류자</strong>: 재류 기한이 인증 ID의 유효기간입니다. 재류 기간 갱신이나 재류자격 변경 등의 허가를 받아 재류 기한이 연장된 경우에는 새 재류 기한까지 계속 이용할 수 있습니다.</li>"
                        "<li><strong>소속 기관 이용자</strong>: 마지막으로 시스템을 이용한 날부터 1년이 지나면 인증 ID가 효력을 잃어 이용할 수 없게 됩니다. 효력을 잃은 경우에는 가까운 지방출입국재류관리국 창구에서 인증 ID를 다시 발급받아 주십시오.</li>"
                        "</ul>"
                    ),
                    "es": (
                        "<ul>"
                        "<li><strong>Residentes de media y larga duración</strong>: su ID de autenticación es válido hasta el fin de su período de estancia. Si su período de estancia se amplía porque obtiene una prórroga del período de estancia, un cambio de estatus de residencia u otro permiso similar, puede seguir usándolo hasta la nueva fecha de fin.</li>"
                        "<li><strong>Usuarios de organizaciones</strong>: el ID de autenticación caduca y deja de poder usarse cuando pasa un año desde la última vez que usted utilizó el sistema. Si ha caducado, solicite un nuevo ID de autenticación en la ventanilla de la oficina regional de servicios de inmigración más cercana.</li>"
                        "</ul>"
                    ),
                    "pt": (
                        "<ul>"
                        "<li><strong>Residentes de médio e longo prazo</strong>: o seu ID de autenticação vale até o fim do seu período de permanência. Se o período de permanência for prolongado porque você recebeu renovação do período de permanência, mudança de status de residência ou outra permissão semelhante, você pode continuar usando-o até a nova data de término.</li>"
                        "<li><strong>Usuários de organizações</strong>: o ID de autenticação expira e não pode mais ser usado quando se completa um ano desde a última vez que você usou o sistema. Se ele tiver expirado, solicite a emissão de um novo ID de autenticação no balcão do escritório regional de imigração mais próximo.</li>"
                        "</ul>"
                    ),
                    "tl": (
                        "<ul>"
                        "<li><strong>Mga residenteng pangmatagalan</strong>: may bisa ang inyong auth ID hanggang sa katapusan ng inyong period of stay. Kung humaba ang inyong period of stay dahil nabigyan kayo ng extension ng period of stay, pagpapalit ng status of residence o katulad na pahintulot, magagamit pa rin ninyo ito hanggang sa bagong katapusan nito.</li>"
                        "<li><strong>Mga user ng organisasyon</strong>: mawawalan ng bisa ang auth ID at hindi na ito magagamit kapag lumipas ang isang taon mula sa huling araw na ginamit ninyo ang sistema. Kung nawalan na ito ng bisa, kumuha ng bagong auth ID sa counter ng pinakamalapit na regional immigration services bureau.</li>"
                        "</ul>"
                    ),
                },
            },
            {
                "key": "forgotten-auth-id",
                "q": {
                    "ja": "認証IDを忘れてしまいました。",
                    "en": "I have forgotten my auth ID.",
                    "zh-hant": "我忘記了認證ID。",
                    "zh-hans": "我忘记了认证ID。",
                    "ko": "인증 ID를 잊어버렸습니다.",
                    "es": "He olvidado mi ID de autenticación.",
                    "pt": "Esqueci o meu ID de autenticação.",
                    "tl": "Nakalimutan ko ang aking auth ID.",
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
                    "zh-hant": (
                        "<p><strong>中長期在留者</strong>請在登入畫面點選「忘記認證ID或密碼？」，輸入在留卡號碼等登錄資料。系統會寄送告知認證ID的郵件至您登錄的電子郵件地址。如果只需要確認認證ID，則不必設定新密碼。</p>"
                        "<p><strong>所屬機構的使用者</strong>無法在本系統確認認證ID，請至附近的地方出入國在留管理局窗口確認。</p>"
                    ),
                    "zh-hans": (
                        "<p><strong>中长期在留者</strong>请在登录页面点击“忘记认证ID或密码？”，输入在留卡号码等注册信息。系统会向您注册的电子邮件地址发送告知认证ID的邮件。如果只需确认认证ID，则无需设置新密码。</p>"
                        "<p><strong>所属机构的用户</strong>无法在本系统确认认证ID，请到附近的地方出入国在留管理局窗口确认。</p>"
                    ),
                    "ko": (
                        "<p><strong>중장기 재류자</strong>는 로그인 화면의 '인증 ID 또는 비밀번호를 잊으셨습니까?'에서 재류카드 번호 등 등록 정보를 입력해 주십시오. 등록된 이메일 주소로 인증 ID를 알려 드리는 메일이 발송됩니다. 인증 ID만 확인하려는 경우에는 새 비밀번호를 설정할 필요가 없습니다.</p>"
                        "<p><strong>소속 기관 이용자</strong>는 이 시스템에서 인증 ID를 확인할 수 없습니다. 가까운 지방출입국재류관리국 창구에서 확인해 주십시오.</p>"
                    ),
                    "es": (
                        "<p><strong>Residentes de media y larga duración</strong>: en la pantalla de inicio de sesión, elija “¿Olvidó su ID de autenticación o su contraseña?” e introduzca el número de su tarjeta de residencia y los demás datos registrados. Recibirá un correo con su ID de autenticación en su dirección de correo electrónico registrada. Si solo necesita saber su ID de autenticación, no tiene que establecer una contraseña nueva.</p>"
                        "<p>Los <strong>usuarios de organizaciones</strong> no pueden consultar su ID de autenticación en el sistema. Consúltelo en la ventanilla de la oficina regional de servicios de inmigración más cercana.</p>"
                    ),
                    "pt": (
                        "<p><strong>Residentes de médio e longo prazo</strong>: na tela de login, escolha “Esqueceu o seu ID de autenticação ou a sua senha?” e digite o número do seu cartão de residência e os demais dados cadastrados. Você receberá no endereço de e-mail cadastrado uma mensagem com o seu ID de autenticação. Se precisar apenas saber o seu ID de autenticação, não é necessário definir uma nova senha.</p>"
                        "<p>Os <strong>usuários de organizações</strong> não podem consultar o ID de autenticação no sistema. Consulte-o no balcão do escritório regional de imigração mais próximo.</p>"
                    ),
                    "tl": (
                        "<p><strong>Mga residenteng pangmatagalan</strong>: sa screen ng pag-log in, piliin ang “Nakalimutan ang inyong auth ID o password?” at ilagay ang numero ng inyong residence card at iba pang nakarehistrong detalye. Makatatanggap kayo ng e-mail na nagsasabi ng inyong auth ID sa nakarehistro ninyong e-mail address. Kung auth ID lamang ang kailangan ninyong malaman, hindi ninyo kailangang magtakda ng bagong password.</p>"
                        "<p>Ang mga <strong>user ng organisasyon</strong> ay hindi makatitingin ng kanilang auth ID sa sistema. Magtanong sa counter ng pinakamalapit na regional immigration services bureau.</p>"
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
                    "zh-hant": "密碼應如何設定？",
                    "zh-hans": "密码应如何设置？",
                    "ko": "비밀번호는 어떻게 정하면 됩니까?",
                    "es": "¿Cómo elijo mi contraseña?",
                    "pt": "Como escolho a minha senha?",
                    "tl": "Paano ako pipili ng password?",
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
                    "zh-hant": (
                        "<p>密碼由您自行決定。請依照下列條件設定。</p>"
                        "<ul>"
                        "<li>長度為8至32個字元</li>"
                        "<li>半形英文字母、數字及符號（$ % &amp; = @ _ # * + - ? !）各至少包含1個</li>"
                        "<li>英文字母區分大小寫</li>"
                        "<li>不能設定包含認證ID的密碼</li>"
                        "</ul>"
                        "<p>常見密碼等容易被猜到的密碼也無法設定。建議盡量使用較長的密碼。</p>"
                    ),
                    "zh-hans": (
                        "<p>密码由您自行决定。请按照以下条件设置。</p>"
                        "<ul>"
                        "<li>长度为8至32个字符</li>"
                        "<li>半角英文字母、数字和符号（$ % &amp; = @ _ # * + - ? !）各至少包含1个</li>"
                        "<li>英文字母区分大小写</li>"
                        "<li>不能设置包含认证ID的密码</li>"
                        "</ul>"
                        "<p>常用密码等容易被猜到的密码也无法设置。建议尽量使用较长的密码。</p>"
                    ),
                    "ko": (
                        "<p>비밀번호는 본인이 직접 정합니다. 다음 조건을 충족하도록 설정해 주십시오.</p>"
                        "<ul>"
                        "<li>8자 이상 32자 이내</li>"
                        "<li>반각 영문자, 숫자, 기호($ % &amp; = @ _ # * + - ? !)를 각각 1자 이상 포함</li>"
                        "<li>영문 대문자와 소문자는 구분됩니다</li>"
                        "<li>인증 ID를 포함한 비밀번호는 설정할 수 없습니다</li>"
                        "</ul>"
                        "<p>자주 쓰이는 비밀번호 등 추측하기 쉬운 비밀번호도 설정할 수 없습니다. 가능한 한 긴 비밀번호를 권장합니다.</p>"
                    ),
                    "es": (
                        "<p>Usted mismo elige su contraseña, que debe cumplir estas condiciones:</p>"
                        "<ul>"
                        "<li>de 8 a 32 caracteres;</li>"
                        "<li>al menos una letra, un dígito y un símbolo ($ % &amp; = @ _ # * + - ? !), todos de ancho medio;</li>"
                        "<li>se distinguen mayúsculas y minúsculas;</li>"
                        "<li>no puede contener su ID de autenticación.</li>"
                        "</ul>"
                        "<p>Tampoco se admiten contraseñas fáciles de adivinar, como las de uso muy común. Le recomendamos una contraseña lo más larga posible.</p>"
                    ),
                    "pt": (
                        "<p>Você mesmo escolhe a sua senha, que deve atender a estas condições:</p>"
                        "<ul>"
                        "<li>de 8 a 32 caracteres;</li>"
                        "<li>pelo menos uma letra, um dígito e um símbolo ($ % &amp; = @ _ # * + - ? !), todos de meia largura;</li>"
                        "<li>letras maiúsculas e minúsculas são diferenciadas;</li>"
                        "<li>não pode conter o seu ID de autenticação.</li>"
                        "</ul>"
                        "<p>Senhas fáceis de adivinhar, como as muito comuns, também não são aceitas. Recomendamos uma senha o mais longa possível.</p>"
                    ),
                    "tl": (
                        "<p>Kayo mismo ang pipili ng inyong password. Dapat nitong matugunan ang mga kondisyong ito:</p>"
                        "<ul>"
                        "<li>8 hanggang 32 character;</li>"
                        "<li>may kahit isang half-width na titik, isang numero at isang simbolo ($ % &amp; = @ _ # * + - ? !);</li>"
                        "<li>magkaiba ang malalaki at maliliit na titik;</li>"
                        "<li>hindi ito maaaring maglaman ng inyong auth ID.</li>"
                        "</ul>"
                        "<p>Hindi rin tinatanggap ang mga password na madaling hulaan, gaya ng mga karaniwang ginagamit. Mas ligtas ang mas mahabang password, kaya inirerekomenda naming gawin itong mahaba hangga't maaari.</p>"
                    ),
                },
            },
            {
                "key": "password-expiry",
                "q": {
                    "ja": "パスワードに有効期限はありますか。期限が切れたらどうすればよいですか。",
                    "en": "Does my password expire? What do I do when it has expired?",
                    "zh-hant": "密碼有有效期限嗎？期限屆滿後該怎麼辦？",
                    "zh-hans": "密码有有效期吗？过期后该怎么办？",
                    "ko": "비밀번호에 유효기간이 있습니까? 유효기간이 지나면 어떻게 해야 합니까?",
                    "es": "¿Caduca la contraseña? ¿Qué hago si ha caducado?",
                    "pt": "A senha tem prazo de validade? O que faço se ela expirar?",
                    "tl": "Nag-e-expire ba ang password? Ano ang dapat kong gawin kapag nag-expire na ito?",
                },
                "a": {
                    "ja": (
                        "<p>パスワードの有効期限は、設定した日または最後に変更した日から1年です。</p>"
                        "<p>期限が切れた後も、いつもどおり認証IDとそのパスワードでログインしてください。次の画面で新しいパスワードの設定を求められ、設定するとそのまま利用を続けられます。アカウントがロックされることはありません。</p>"
                        "<ul>"
                        "<li><strong>中長期在留者の方</strong>：パスワードを忘れてしまった場合は、ログイン画面の「認証ID・パスワードの再通知」から新しいパスワードを設定できます。登録されているメールアドレスに届くワンタイムコードを入力してください。</li>"
                        "<li><strong>所属機関の方</strong>：パスワードを忘れてしまった場合は、所属機関の管理者に、新しいパスワードを設定するためのリンクの送信を依頼してください。管理者ご本人の場合は、最寄りの地方出入国在留管理局の窓口で手続をしてください。</li>"
                        "</ul>"
                        "<p>パスワードは、安全のため、メールで送ったり画面に表示したりすることはありません。期限切れを防ぐため、ログイン後に定期的にパスワードを変更することをお勧めします（{{q:changing-the-password}}）。</p>"
                    ),
                    "en": (
                        "<p>A password is valid for one year from the day it was set or last changed.</p>"
                        "<p>After it has expired, sign in as usual with your auth ID and that password. The next page asks you to set a new password; once it is set, you carry on. Your account is not locked.</p>"
                        "<ul>"
                        "<li><strong>Residents</strong>: if you have forgotten the password, set a new one through “Forgot your auth ID or password?” on the login page, with the one-time code sent to your registered e-mail address.</li>"
                        "<li><strong>Organization users</strong>: if you have forgotten the password, ask your organization's administrator to send you a link to set a new one. If you are the administrator, go to the counter of your nearest regional immigration services bureau.</li>"
                        "</ul>"
                        "<p>For security, passwords are never sent by e-mail or shown on screen. To avoid expiry, change your password regularly after logging in (see {{q:changing-the-password}}).</p>"
                    ),
                    "zh-hant": (
                        "<p>密碼的有效期限為自設定之日或最後一次變更之日起1年。</p>"
                        "<p>密碼過期後，請照常以認證ID和該密碼登入。下一個畫面會要求您設定新密碼，設定完成後即可繼續使用。帳戶不會被鎖定。</p>"
                        "<ul>"
                        "<li><strong>中長期在留者</strong>：如果忘記密碼，可從登入畫面的「忘記認證ID或密碼？」設定新密碼，請輸入寄至您登錄電子郵件地址的一次性代碼。</li>"
                        "<li><strong>所屬機構的使用者</strong>：如果忘記密碼，請請求所屬機構的管理者寄送設定新密碼的連結。如果您本人就是管理者，請至附近的地方出入國在留管理局窗口辦理。</li>"
                        "</ul>"
                        "<p>為了安全起見，密碼不會以電子郵件寄送，也不會顯示於畫面上。為避免密碼過期，建議您登入後定期變更密碼（請參閱{{q:changing-the-password}}）。</p>"
                    ),
                    "zh-hans": (
                        "<p>密码的有效期为自设置之日或最后一次更改之日起1年。</p>"
                        "<p>密码过期后，请照常使用认证ID和该密码登录。下一个页面会要求您设置新密码，设置完成后即可继续使用。账户不会被锁定。</p>"
                        "<ul>"
                        "<li><strong>中长期在留者</strong>：如果忘记了密码，可通过登录页面的“忘记认证ID或密码？”设置新密码，请输入发送到您注册的电子邮件地址的一次性代码。</li>"
                        "<li><strong>所属机构的用户</strong>：如果忘记了密码，请请求所属机构的管理员发送设置新密码的链接。如果您本人就是管理员，请到附近的地方出入国在留管理局窗口办理。</li>"
                        "</ul>"
                        "<p>出于安全考虑，密码不会通过电子邮件发送，也不会显示在页面上。为避免密码过期，建议您登录后定期更改密码（请参阅{{q:changing-the-password}}）。</p>"
                    ),
                    "ko": (
                        "<p>비밀번호의 유효기간은 설정한 날 또는 마지막으로 변경한 날부터 1년입니다.</p>"
                        "<p>유효기간이 지난 후에도 평소처럼 인증 ID와 그 비밀번호로 로그인해 주십시오. 다음 화면에서 새 비밀번호 설정을 요청하며, 설정하면 그대로 계속 이용할 수 있습니다. 계정이 잠기지는 않습니다.</p>"
                        "<ul>"
                        "<li><strong>중장기 재류자</strong>: 비밀번호를 잊으신 경우 로그인 화면의 '인증 ID 또는 비밀번호를 잊으셨습니까?'에서 등록된 이메일 주소로 받은 일회용 코드를 입력하여 새 비밀번호를 설정할 수 있습니다.</li>"
                        "<li><strong>소속 기관 이용자</strong>: 비밀번호를 잊으신 경우 소속 기관의 관리자에게 새 비밀번호를 설정하기 위한 링크를 보내 달라고 요청해 주십시오. 관리자 본인인 경우에는 가까운 지방출입국재류관리국 창구에서 절차를 밟아 주십시오.</li>"
                        "</ul>"
                        "<p>비밀번호는 보안을 위해 메일로 보내거나 화면에 표시하지 않습니다. 유효기간이 지나지 않도록 로그인 후 정기적으로 비밀번호를 변경하시기를 권장합니다({{q:changing-the-password}} 참조).</p>"
                    ),
                    "es": (
                        "<p>La contraseña es válida durante un año desde el día en que se estableció o se cambió por última vez.</p>"
                        "<p>Una vez caducada, inicie sesión como siempre con su ID de autenticación y esa contraseña. La página siguiente le pedirá que establezca una contraseña nueva; en cuanto la establezca, podrá seguir usando el sistema. Su cuenta no se bloquea.</p>"
                        "<ul>"
                        "<li><strong>Residentes de media y larga duración</strong>: si ha olvidado la contraseña, establezca una nueva desde “¿Olvidó su ID de autenticación o su contraseña?”, en la pantalla de inicio de sesión, con el código de un solo uso que se envía a su dirección de correo electrónico registrada.</li>"
                        "<li><strong>Usuarios de organizaciones</strong>: si ha olvidado la contraseña, pida al administrador de su organización que le envíe un enlace para establecer una nueva. Si usted es el administrador, acuda a la ventanilla de la oficina regional de servicios de inmigración más cercana.</li>"
                        "</ul>"
                        "<p>Por seguridad, las contraseñas nunca se envían por correo electrónico ni se muestran en pantalla. Para evitar que caduque, le recomendamos cambiar su contraseña periódicamente después de iniciar sesión (vea {{q:changing-the-password}}).</p>"
                    ),
                    "pt": (
                        "<p>A senha vale por um ano a partir do dia em que foi definida ou alterada pela última vez.</p>"
                        "<p>Depois que ela expirar, faça login normalmente com o seu ID de autenticação e essa senha. A página seguinte pede que você defina uma nova senha; assim que ela for definida, você continua usando o sistema. A sua conta não é bloqueada.</p>"
                        "<ul>"
                        "<li><strong>Residentes de médio e longo prazo</strong>: se você esqueceu a senha, defina uma nova em “Esqueceu o seu ID de autenticação ou a sua senha?”, na tela de login, com o código de uso único enviado ao seu endereço de e-mail cadastrado.</li>"
                        "<li><strong>Usuários de organizações</strong>: se você esqueceu a senha, peça ao administrador da sua organização que lhe envie um link para definir uma nova. Se você é o administrador, dirija-se ao balcão do escritório regional de imigração mais próximo.</li>"
                        "</ul>"
                        "<p>Por segurança, as senhas nunca são enviadas por e-mail nem exibidas na tela. Para evitar que a senha expire, recomendamos alterá-la regularmente depois de fazer login (veja {{q:changing-the-password}}).</p>"
                    ),
                    "tl": (
                        "<p>May bisa ang password nang isang taon mula sa araw na itinakda ito o huling pinalitan.</p>"
                        "<p>Kapag nag-expire na ito, mag-log in pa rin gaya ng dati gamit ang inyong auth ID at ang password na iyon. Hihilingin ng susunod na pahina na magtakda kayo ng bagong password; kapag naitakda na, maaari na kayong magpatuloy. Hindi nila-lock ang inyong account.</p>"
                        "<ul>"
                        "<li><strong>Mga residenteng pangmatagalan</strong>: kung nakalimutan ninyo ang password, magtakda ng bago sa pamamagitan ng “Nakalimutan ang inyong auth ID o password?” sa screen ng pag-log in, gamit ang one-time code na ipinadala sa nakarehistro ninyong e-mail address.</li>"
                        "<li><strong>Mga user ng organisasyon</strong>: kung nakalimutan ninyo ang password, hilingin sa administrator ng inyong organisasyon na padalhan kayo ng link para magtakda ng bago. Kung kayo mismo ang administrator, pumunta sa counter ng pinakamalapit na regional immigration services bureau.</li>"
                        "</ul>"
                        "<p>Para sa seguridad, hindi kailanman ipinapadala sa e-mail o ipinapakita sa screen ang mga password. Para hindi ito mag-expire, inirerekomenda naming palitan nang regular ang inyong password pagkatapos mag-log in (tingnan ang {{q:changing-the-password}}).</p>"
                    ),
                },
            },
            {
                "key": "changing-the-password",
                "q": {
                    "ja": "パスワードを変更するには、どうすればよいですか。",
                    "en": "How do I change my password?",
                    "zh-hant": "如何變更密碼？",
                    "zh-hans": "如何更改密码？",
                    "ko": "비밀번호를 변경하려면 어떻게 해야 합니까?",
                    "es": "¿Cómo cambio mi contraseña?",
                    "pt": "Como altero a minha senha?",
                    "tl": "Paano ko papalitan ang aking password?",
                },
                "a": {
                    "ja": "<p>中長期在留者の方も所属機関の方も、ログインした後、パスワード変更の画面で新しいパスワードを設定できます。変更すると、確認のメールが届きます。</p>",
                    "en": "<p>Residents and organization users alike can set a new password on the password change page after logging in. You will receive an e-mail confirming the change.</p>",
                    "zh-hant": "<p>中長期在留者及所屬機構的使用者，都可以在登入後於「變更密碼」畫面設定新密碼。變更後，您會收到確認郵件。</p>",
                    "zh-hans": "<p>中长期在留者和所属机构的用户，均可在登录后于“更改密码”页面设置新密码。更改后，您会收到确认邮件。</p>",
                    "ko": "<p>중장기 재류자와 소속 기관 이용자 모두 로그인한 후 '비밀번호 변경' 화면에서 새 비밀번호를 설정할 수 있습니다. 변경하면 확인 메일이 발송됩니다.</p>",
                    "es": "<p>Tanto los residentes de media y larga duración como los usuarios de organizaciones pueden establecer una contraseña nueva en la página Cambiar la contraseña, después de iniciar sesión. Al cambiarla, recibirá un correo electrónico de confirmación.</p>",
                    "pt": "<p>Tanto os residentes de médio e longo prazo quanto os usuários de organizações podem definir uma nova senha na página Alterar a senha, depois de fazer login. Ao alterá-la, você receberá um e-mail de confirmação.</p>",
                    "tl": "<p>Ang mga residenteng pangmatagalan at ang mga user ng organisasyon ay parehong maaaring magtakda ng bagong password sa pahinang Palitan ang password pagkatapos mag-log in. Kapag pinalitan ninyo ito, makatatanggap kayo ng e-mail na nagkukumpirma ng pagbabago.</p>",
                },
            },
            {
                "key": "forgotten-password",
                "q": {
                    "ja": "パスワードを忘れてしまいました。",
                    "en": "I have forgotten my password.",
                    "zh-hant": "我忘記了密碼。",
                    "zh-hans": "我忘记了密码。",
                    "ko": "비밀번호를 잊어버렸습니다.",
                    "es": "He olvidado mi contraseña.",
                    "pt": "Esqueci a minha senha.",
                    "tl": "Nakalimutan ko ang aking password.",
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
                    "zh-hant": (
                        "<p>我們無法告知您已登錄的密碼，請設定新密碼。</p>"
                        "<p><strong>中長期在留者</strong>請在登入畫面點選「忘記認證ID或密碼？」，輸入在留卡號碼等登錄資料。系統會寄送一次性代碼至您登錄的電子郵件地址，請輸入該代碼並設定新密碼。</p>"
                        "<p><strong>所屬機構的使用者</strong>無法在本系統設定新密碼。請至附近的地方出入國在留管理局窗口辦理新密碼的登錄。</p>"
                    ),
                    "zh-hans": (
                        "<p>我们无法告知您已注册的密码，请设置新密码。</p>"
                        "<p><strong>中长期在留者</strong>请在登录页面点击“忘记认证ID或密码？”，输入在留卡号码等注册信息。系统会向您注册的电子邮件地址发送一次性代码，请输入该代码并设置新密码。</p>"
                        "<p><strong>所属机构的用户</strong>无法在本系统设置新密码。请到附近的地方出入国在留管理局窗口办理新密码的登记。</p>"
                    ),
                    "ko": (
                        "<p>등록된 비밀번호를 알려 드릴 수는 없습니다. 새 비밀번호를 설정해 주십시오.</p>"
                        "<p><strong>중장기 재류자</strong>는 로그인 화면의 '인증 ID 또는 비밀번호를 잊으셨습니까?'에서 재류카드 번호 등 등록 정보를 입력해 주십시오. 등록된 이메일 주소로 일회용 코드가 발송되므로 그 코드를 입력하여 새 비밀번호를 설정해 주십시오.</p>"
                        "<p><strong>소속 기관 이용자</strong>는 이 시스템에서 새 비밀번호를 설정할 수 없습니다. 가까운 지방출입국재류관리국 창구에서 새 비밀번호를 등록받아 주십시오.</p>"
                    ),
                    "es": (
                        "<p>No podemos comunicarle la contraseña registrada, así que debe establecer una nueva.</p>"
                        "<p><strong>Residentes de media y larga duración</strong>: en la pantalla de inicio de sesión, elija “¿Olvidó su ID de autenticación o su contraseña?” e introduzca el número de su tarjeta de residencia y los demás datos registrados. Recibirá un código de un solo uso en su dirección de correo electrónico registrada; introdúzcalo y establezca una contraseña nueva.</p>"
                        "<p>Los <strong>usuarios de organizaciones</strong> no pueden establecer una contraseña nueva en el sistema. Solicite el registro de una contraseña nueva en la ventanilla de la oficina regional de servicios de inmigración más cercana.</p>"
                    ),
                    "pt": (
                        "<p>Não é possível informar a senha cadastrada, por isso defina uma nova senha.</p>"
                        "<p><strong>Residentes de médio e longo prazo</strong>: na tela de login, escolha “Esqueceu o seu ID de autenticação ou a sua senha?” e digite o número do seu cartão de residência e os demais dados cadastrados. Um código de uso único será enviado ao seu endereço de e-mail cadastrado; digite esse código e defina uma nova senha.</p>"
                        "<p>Os <strong>usuários de organizações</strong> não podem definir uma nova senha no sistema. Solicite o registro de uma nova senha no balcão do escritório regional de imigração mais próximo.</p>"
                    ),
                    "tl": (
                        "<p>Hindi namin maaaring ipaalam sa inyo ang nakarehistrong password, kaya magtakda ng bago.</p>"
                        "<p><strong>Mga residenteng pangmatagalan</strong>: sa screen ng pag-log in, piliin ang “Nakalimutan ang inyong auth ID o password?” at ilagay ang numero ng inyong residence card at iba pang nakarehistrong detalye. Ipapadala ang isang one-time code sa nakarehistro ninyong e-mail address; ilagay ang code na iyon at magtakda ng bagong password.</p>"
                        "<p>Ang mga <strong>user ng organisasyon</strong> ay hindi makapagtatakda ng bagong password sa sistema. Ipa-rehistro ang bagong password sa counter ng pinakamalapit na regional immigration services bureau.</p>"
                    ),
                },
            },
            {
                "key": "credentials-known-to-others",
                "q": {
                    "ja": "認証IDやパスワードを他人に知られてしまいました。不正に使われないか心配です。",
                    "en": "Someone else has learned my auth ID or password. I am worried it will be misused.",
                    "zh-hant": "我的認證ID或密碼被他人知道了，擔心會遭到盜用。",
                    "zh-hans": "我的认证ID或密码被他人知道了，担心会被盗用。",
                    "ko": "인증 ID나 비밀번호를 다른 사람이 알게 되었습니다. 부정하게 사용되지 않을까 걱정됩니다.",
                    "es": "Otra persona ha conocido mi ID de autenticación o mi contraseña. Me preocupa que haga un uso indebido de ellos.",
                    "pt": "Outra pessoa ficou sabendo do meu ID de autenticação ou da minha senha. Tenho medo de que sejam usados indevidamente.",
                    "tl": "Nalaman ng ibang tao ang aking auth ID o password. Nag-aalala ako na baka gamitin ito sa maling paraan.",
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
                    "zh-hant": (
                        "<p>密碼被他人知道時，請立即登入並變更密碼（請參閱{{q:changing-the-password}}）。</p>"
                        "<p>同時，請聯絡服務台（請參閱「聯絡我們」頁面）。我們會視情況停用帳戶，以防止遭到盜用。</p>"
                    ),
                    "zh-hans": (
                        "<p>密码被他人知道时，请立即登录并更改密码（请参阅{{q:changing-the-password}}）。</p>"
                        "<p>同时，请联系服务台（请参阅“联系我们”页面）。我们会视情况停用账户，以防止被盗用。</p>"
                    ),
                    "ko": (
                        "<p>비밀번호를 다른 사람이 알게 된 경우에는 즉시 로그인하여 비밀번호를 변경해 주십시오({{q:changing-the-password}} 참조).</p>"
                        "<p>아울러 헬프데스크('문의처' 페이지 참조)에 연락해 주십시오. 상황에 따라 부정 이용을 막기 위해 계정을 정지합니다.</p>"
                    ),
                    "es": (
                        "<p>Si otra persona conoce su contraseña, inicie sesión y cámbiela de inmediato (vea {{q:changing-the-password}}).</p>"
                        "<p>Póngase también en contacto con el servicio de asistencia (vea la página de Contacto). Según la situación, se suspenderá la cuenta para evitar un uso indebido.</p>"
                    ),
                    "pt": (
                        "<p>Se outra pessoa souber a sua senha, faça login e altere-a imediatamente (veja {{q:changing-the-password}}).</p>"
                        "<p>Entre em contato também com a central de atendimento (veja a página de Contato). Dependendo da situação, a conta será suspensa para evitar o uso indevido.</p>"
                    ),
                    "tl": (
                        "<p>Kung may ibang nakaaalam ng inyong password, mag-log in at palitan ito agad (tingnan ang {{q:changing-the-password}}).</p>"
                        "<p>Makipag-ugnayan din sa help desk (tingnan ang pahinang Contact). Depende sa sitwasyon, sususpindihin ang account upang maiwasan ang maling paggamit.</p>"
                    ),
                },
            },
            {
                "key": "account-locked",
                "q": {
                    "ja": "パスワードを何度も間違えて、ロックされてしまいました。",
                    "en": "I entered a wrong password several times and my account is locked.",
                    "zh-hant": "我多次輸入錯誤的密碼，帳戶被鎖定了。",
                    "zh-hans": "我多次输错密码，账户被锁定了。",
                    "ko": "비밀번호를 여러 번 잘못 입력하여 계정이 잠겼습니다.",
                    "es": "He introducido una contraseña incorrecta varias veces y mi cuenta se ha bloqueado.",
                    "pt": "Errei a senha várias vezes e a minha conta foi bloqueada.",
                    "tl": "Ilang beses akong nagkamali ng password at na-lock ang aking account.",
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
                    "zh-hant": (
                        "<p>鎖定會在一天後自動解除。請於隔天以後再登入。</p>"
                        "<p><strong>中長期在留者</strong>如有急需，可在登入畫面的「忘記認證ID或密碼？」設定新密碼，鎖定便會立即解除，即可恢復使用。</p>"
                        "<p><strong>所屬機構的使用者</strong>無法在登入前變更密碼，請於隔天以後再使用。</p>"
                    ),
                    "zh-hans": (
                        "<p>锁定会在一天后自动解除。请于次日以后再登录。</p>"
                        "<p><strong>中长期在留者</strong>如有急需，可在登录页面的“忘记认证ID或密码？”中设置新密码，锁定便会立即解除，即可恢复使用。</p>"
                        "<p><strong>所属机构的用户</strong>无法在登录前更改密码，请于次日以后再使用。</p>"
                    ),
                    "ko": (
                        "<p>잠금은 하루가 지나면 자동으로 해제됩니다. 다음 날 이후에 다시 로그인해 주십시오.</p>"
                        "<p><strong>중장기 재류자</strong>로서 급하신 경우에는 로그인 화면의 '인증 ID 또는 비밀번호를 잊으셨습니까?'에서 새 비밀번호를 설정하면 잠금이 즉시 해제되어 이용을 재개할 수 있습니다.</p>"
                        "<p><strong>소속 기관 이용자</strong>는 로그인하기 전에 비밀번호를 변경할 수 없으므로 다음 날 이후에 이용해 주십시오.</p>"
                    ),
                    "es": (
                        "<p>El bloqueo se levanta automáticamente al cabo de un día. Vuelva a iniciar sesión a partir del día siguiente.</p>"
                        "<p>Los <strong>residentes de media y larga duración</strong> que tengan prisa pueden establecer una contraseña nueva desde “¿Olvidó su ID de autenticación o su contraseña?”, en la pantalla de inicio de sesión; así el bloqueo se levanta de inmediato y pueden volver a usar el sistema.</p>"
                        "<p>Los <strong>usuarios de organizaciones</strong> no pueden cambiar la contraseña antes de iniciar sesión, por lo que deben esperar al día siguiente.</p>"
                    ),
                    "pt": (
                        "<p>O bloqueio é retirado automaticamente depois de um dia. Faça login novamente a partir do dia seguinte.</p>"
                        "<p>Os <strong>residentes de médio e longo prazo</strong> com pressa podem definir uma nova senha em “Esqueceu o seu ID de autenticação ou a sua senha?”, na tela de login; assim o bloqueio é retirado imediatamente e eles podem voltar a usar o sistema.</p>"
                        "<p>Os <strong>usuários de organizações</strong> não podem alterar a senha antes de fazer login, por isso devem aguardar até o dia seguinte.</p>"
                    ),
                    "tl": (
                        "<p>Awtomatikong maaalis ang lock pagkalipas ng isang araw. Mag-log in muli sa susunod na araw o pagkatapos nito.</p>"
                        "<p>Ang mga <strong>residenteng pangmatagalan</strong> na nagmamadali ay maaaring magtakda ng bagong password sa pamamagitan ng “Nakalimutan ang inyong auth ID o password?” sa screen ng pag-log in; agad nitong aalisin ang lock at magagamit na muli ang sistema.</p>"
                        "<p>Ang mga <strong>user ng organisasyon</strong> ay hindi maaaring magpalit ng password bago mag-log in, kaya mangyaring gamitin ang sistema sa susunod na araw o pagkatapos nito.</p>"
                    ),
                },
            },
        ],
    },
]
