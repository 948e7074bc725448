"""Demo content of the site shell, written for this portal in every supported language.

Each page is described once per language with the same shape: the same keys, the same number
of blocks, the same paragraphs and list items. Japanese is the source language of the page tree;
the seed command lines the other languages up with it segment by segment and hands the pairs
to wagtail-localize, so the translation editor shows exactly what was seeded.

A language missing from a page's table is not translated: that page stays a synchronised copy
of the Japanese page there, and the translation report says so.

Value conventions: a string starting with "<" is rich text; a body is a list of
(block type, value) pairs; a `None` value is a block with nothing to translate.
"""

from django.conf import settings

# The site's languages, in the settings' order; Japanese first, the source of the page tree.
LANGUAGES = [code for code, _name in settings.LANGUAGES]

# --- top page ---------------------------------------------------------------------------------

HOME = {
    "ja": {
        "title": "出入国在留管理庁 電子届出システム",
        "lead": "中長期在留者と受入れ機関のための、入管法に基づく届出をオンラインで行うサイトです。",
        "intro": (
            "<p>届出が必要な出来事があった日から14日以内に届け出てください。</p>"
            "<p>このサイトは24時間いつでも利用できます。</p>"
        ),
        "residents_text": "在留カードをお持ちの方の届出、利用者登録、届出状況の確認はこちらから。",
        "organizations_text": "学校・企業など所属機関の担当者の方の届出、一括届出はこちらから。",
    },
    "en": {
        "title": "Immigration Electronic Notification System",
        "lead": (
            "File the notifications required by the Immigration Control Act online, "
            "for mid- to long-term residents and the organizations that accept them."
        ),
        "intro": (
            "<p>Please file within 14 days of the event that requires a notification.</p>"
            "<p>This site is open 24 hours a day.</p>"
        ),
        "residents_text": "For holders of a residence card: file, register as a user and check your filings.",
        "organizations_text": "For staff of schools, companies and other organizations: file one by one or in bulk.",
    },
    "zh-hant": {
        "title": "出入國在留管理廳 電子申報系統",
        "lead": "供中長期在留者及接收機構於網上辦理《入管法》所規定申報的網站。",
        "intro": "<p>請於需要申報的事由發生之日起14日內提出申報。</p><p>本網站全天24小時開放使用。</p>",
        "residents_text": "持有在留卡者的申報、使用者登錄及申報狀況查詢請由此進入。",
        "organizations_text": "學校、企業等所屬機構負責人的申報及批次申報請由此進入。",
    },
    "zh-hans": {
        "title": "出入国在留管理厅 电子申报系统",
        "lead": "供中长期在留者及接收机构在线办理《入管法》所规定申报的网站。",
        "intro": "<p>请在需要申报的事由发生之日起14日内提出申报。</p><p>本网站全天24小时开放使用。</p>",
        "residents_text": "持有在留卡者的申报、用户注册及申报状况查询请由此进入。",
        "organizations_text": "学校、企业等所属机构负责人的申报及批量申报请由此进入。",
    },
    "ko": {
        "title": "출입국재류관리청 전자신고시스템",
        "lead": "중장기 재류자와 수용 기관이 입관법에 따른 신고를 온라인으로 하는 사이트입니다.",
        "intro": (
            "<p>신고가 필요한 일이 생긴 날부터 14일 이내에 신고해 주십시오.</p>"
            "<p>이 사이트는 24시간 언제든지 이용할 수 있습니다.</p>"
        ),
        "residents_text": "재류카드를 가진 분의 신고, 이용자 등록, 신고 상황 확인은 이쪽입니다.",
        "organizations_text": "학교·기업 등 소속 기관 담당자의 신고와 일괄 신고는 이쪽입니다.",
    },
    "es": {
        "title": "Sistema de Notificación Electrónica de Inmigración",
        "lead": (
            "Presente en línea las notificaciones que exige la Ley de Control de Inmigración, "
            "para residentes de media y larga duración y las organizaciones que los acogen."
        ),
        "intro": (
            "<p>Presente la notificación dentro de los 14 días siguientes al hecho que la motiva.</p>"
            "<p>Este sitio está disponible las 24 horas del día.</p>"
        ),
        "residents_text": "Para titulares de tarjeta de residencia: notificar, registrarse como usuario y consultar sus notificaciones.",
        "organizations_text": "Para el personal de escuelas, empresas y otras organizaciones: notificaciones una a una o en lote.",
    },
    "pt": {
        "title": "Sistema de Notificação Eletrônica de Imigração",
        "lead": (
            "Faça on-line as notificações exigidas pela Lei de Controle de Imigração, "
            "para residentes de médio e longo prazo e as organizações que os recebem."
        ),
        "intro": (
            "<p>Faça a notificação em até 14 dias a partir do fato que a exige.</p>"
            "<p>Este site funciona 24 horas por dia.</p>"
        ),
        "residents_text": "Para quem tem cartão de residência: notificar, cadastrar-se como usuário e consultar suas notificações.",
        "organizations_text": "Para funcionários de escolas, empresas e outras organizações: notificações individuais ou em lote.",
    },
    "tl": {
        "title": "Electronic Notification System ng Imigrasyon",
        "lead": (
            "Dito isinusumite online ang mga abisong hinihingi ng Immigration Control Act, "
            "para sa mga residenteng pangmatagalan at sa mga organisasyong tumatanggap sa kanila."
        ),
        "intro": (
            "<p>Mangyaring mag-abiso sa loob ng 14 na araw mula sa pangyayaring nangangailangan nito.</p>"
            "<p>Bukas ang site na ito 24 na oras bawat araw.</p>"
        ),
        "residents_text": "Para sa may hawak ng residence card: mag-abiso, magparehistro bilang user at tingnan ang inyong mga abiso.",
        "organizations_text": "Para sa kawani ng mga paaralan, kumpanya at iba pang organisasyon: mag-abiso nang isa-isa o nang maramihan.",
    },
}

# Slugs of the pages the top page links to, in the order they are listed (C1).
HOME_LINKS = ["about", "filings-and-methods", "qa", "manuals", "terms", "environment", "contact"]
HOME_ENTRIES = {"residents_page": "residents", "organizations_page": "organizations"}
# The service buttons of the top page and of the two entry pages, by audience: slugs of the
# service pages (the filings app builds them; the first found below the top page is taken).
SERVICE_LINKS = {
    "residents": ["check", "account", "filing", "status"],
    "organizations": ["organization-registration", "account", "filing", "bulk", "downloads"],
}

# --- standard pages (C7) ----------------------------------------------------------------------

RESIDENTS = {
    "slug": "residents",
    "ja": {
        "title": "中長期在留者の方へ",
        "introduction": "在留カードをお持ちの方が、このシステムで行える届出と手順をご案内します。",
        "body": [
            ("heading", "届出が必要な方"),
            (
                "paragraph",
                "<p>所属機関（勤務先や学校）または配偶者に関する変更があったときは、その日から14日以内に届け出てください。対象となる在留資格はトップページの一覧で確認できます。</p>",
            ),
            ("heading", "はじめて利用する方"),
            (
                "paragraph",
                "<p>在留カードの記載内容を入力して利用者登録を行い、認証IDとパスワードを設定してください。登録後は、届出と届出状況の確認をいつでも行えます。</p>",
            ),
            (
                "notice",
                "<p>氏名・国籍・生年月日・性別の変更は地方出入国在留管理官署の窓口で、住居地の変更は市区町村の窓口で手続してください。このシステムでは届け出られません。</p>",
            ),
        ],
    },
    "en": {
        "title": "For residents",
        "introduction": "What holders of a residence card can file with this system, and how.",
        "body": [
            ("heading", "Who must file"),
            (
                "paragraph",
                "<p>When something changes about your organization (your employer or school) or your spouse, file within 14 days of the change. The top page lists the statuses of residence concerned.</p>",
            ),
            ("heading", "Using the system for the first time"),
            (
                "paragraph",
                "<p>Register as a user by entering the details printed on your residence card, then choose your auth ID and password. After that you can file and check your filings at any time.</p>",
            ),
            (
                "notice",
                "<p>Changes of name, nationality, date of birth or sex are made at a regional immigration services office, and a change of address at your municipal office. They cannot be filed here.</p>",
            ),
        ],
    },
    "zh-hant": {
        "title": "致中長期在留者",
        "introduction": "說明持有在留卡者可透過本系統辦理的申報及其步驟。",
        "body": [
            ("heading", "需要申報的對象"),
            (
                "paragraph",
                "<p>所屬機構（工作單位或學校）或配偶方面發生變更時，請於變更之日起14日內申報。需要申報的在留資格可在首頁的一覽表中確認。</p>",
            ),
            ("heading", "初次使用者"),
            (
                "paragraph",
                "<p>請輸入在留卡上記載的內容進行使用者登錄，並設定認證ID及密碼。登錄後即可隨時申報及查詢申報狀況。</p>",
            ),
            (
                "notice",
                "<p>姓名、國籍、出生日期、性別的變更請至地方出入國在留管理官署窗口辦理，住居地的變更請至市區町村窗口辦理。本系統無法受理這些申報。</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "致中长期在留者",
        "introduction": "说明持有在留卡者可通过本系统办理的申报及其步骤。",
        "body": [
            ("heading", "需要申报的对象"),
            (
                "paragraph",
                "<p>所属机构（工作单位或学校）或配偶方面发生变更时，请在变更之日起14日内申报。需要申报的在留资格可在首页的一览表中确认。</p>",
            ),
            ("heading", "初次使用者"),
            (
                "paragraph",
                "<p>请输入在留卡上记载的内容进行用户注册，并设置认证ID和密码。注册后即可随时申报及查询申报状况。</p>",
            ),
            (
                "notice",
                "<p>姓名、国籍、出生日期、性别的变更请到地方出入国在留管理官署窗口办理，住居地的变更请到市区町村窗口办理。本系统无法受理这些申报。</p>",
            ),
        ],
    },
    "ko": {
        "title": "중장기 재류자 여러분께",
        "introduction": "재류카드를 가진 분이 이 시스템으로 할 수 있는 신고와 절차를 안내합니다.",
        "body": [
            ("heading", "신고가 필요한 분"),
            (
                "paragraph",
                "<p>소속 기관(근무처나 학교) 또는 배우자에 관한 변경이 있을 때는 그날부터 14일 이내에 신고해 주십시오. 대상 재류자격은 첫 페이지의 목록에서 확인할 수 있습니다.</p>",
            ),
            ("heading", "처음 이용하시는 분"),
            (
                "paragraph",
                "<p>재류카드의 기재 내용을 입력하여 이용자 등록을 하고 인증 ID와 비밀번호를 설정해 주십시오. 등록 후에는 언제든지 신고와 신고 상황 확인을 할 수 있습니다.</p>",
            ),
            (
                "notice",
                "<p>성명·국적·생년월일·성별 변경은 지방 출입국재류관리관서 창구에서, 주거지 변경은 시구정촌 창구에서 절차를 밟아 주십시오. 이 시스템에서는 신고할 수 없습니다.</p>",
            ),
        ],
    },
    "es": {
        "title": "Para residentes",
        "introduction": "Qué pueden notificar con este sistema los titulares de una tarjeta de residencia, y cómo hacerlo.",
        "body": [
            ("heading", "Quién debe notificar"),
            (
                "paragraph",
                "<p>Cuando cambie algo de su organización (su empleador o su escuela) o de su cónyuge, notifíquelo dentro de los 14 días siguientes al cambio. La página de inicio muestra los estatus de residencia afectados.</p>",
            ),
            ("heading", "Primer uso del sistema"),
            (
                "paragraph",
                "<p>Regístrese como usuario introduciendo los datos impresos en su tarjeta de residencia y elija su ID de autenticación y su contraseña. Después podrá notificar y consultar sus notificaciones en cualquier momento.</p>",
            ),
            (
                "notice",
                "<p>Los cambios de nombre, nacionalidad, fecha de nacimiento o sexo se tramitan en una oficina regional de inmigración, y el cambio de domicilio en su municipio. No se pueden notificar aquí.</p>",
            ),
        ],
    },
    "pt": {
        "title": "Para residentes",
        "introduction": "O que quem tem cartão de residência pode notificar por este sistema, e como.",
        "body": [
            ("heading", "Quem deve notificar"),
            (
                "paragraph",
                "<p>Quando algo mudar em relação à sua organização (empregador ou escola) ou ao seu cônjuge, notifique em até 14 dias a partir da mudança. A página inicial mostra os status de residência envolvidos.</p>",
            ),
            ("heading", "Primeiro uso do sistema"),
            (
                "paragraph",
                "<p>Cadastre-se como usuário digitando os dados impressos no seu cartão de residência e escolha seu ID de autenticação e sua senha. Depois disso, você pode notificar e consultar suas notificações a qualquer momento.</p>",
            ),
            (
                "notice",
                "<p>Mudanças de nome, nacionalidade, data de nascimento ou sexo são feitas em um escritório regional de imigração, e a mudança de endereço na prefeitura do seu município. Elas não podem ser notificadas aqui.</p>",
            ),
        ],
    },
    "tl": {
        "title": "Para sa mga residente",
        "introduction": "Kung ano ang maaaring iabiso sa sistemang ito ng may hawak ng residence card, at kung paano.",
        "body": [
            ("heading", "Sino ang dapat mag-abiso"),
            (
                "paragraph",
                "<p>Kapag may nagbago tungkol sa inyong organisasyon (employer o paaralan) o sa inyong asawa, mag-abiso sa loob ng 14 na araw mula sa pagbabago. Nasa unang pahina ang listahan ng mga status of residence na saklaw nito.</p>",
            ),
            ("heading", "Unang paggamit ng sistema"),
            (
                "paragraph",
                "<p>Magparehistro bilang user sa pamamagitan ng paglalagay ng mga detalyeng nakasulat sa inyong residence card, saka pumili ng auth ID at password. Pagkatapos nito, maaari na kayong mag-abiso at tumingin ng inyong mga abiso anumang oras.</p>",
            ),
            (
                "notice",
                "<p>Ang pagpapalit ng pangalan, nasyonalidad, petsa ng kapanganakan o kasarian ay ginagawa sa regional immigration services office, at ang pagpapalit ng tirahan sa munisipyo. Hindi ito maaaring iabiso rito.</p>",
            ),
        ],
    },
}

ORGANIZATIONS = {
    "slug": "organizations",
    "ja": {
        "title": "所属機関の方へ",
        "introduction": "中長期在留者を受け入れている学校・企業などの担当者の方向けのご案内です。",
        "body": [
            ("heading", "受入れ状況の届出"),
            (
                "paragraph",
                "<p>受入れの開始や終了があったときは14日以内に届け出るよう努めてください。留学生を受け入れている教育機関は、毎年5月1日と11月1日時点の在籍者も届け出ます。</p>",
            ),
            ("heading", "利用者登録"),
            (
                "paragraph",
                "<p>所属機関の担当者は、このシステムで利用者登録を行うことはできません。ダウンロードページの所属機関登録用テンプレートに記入し、地方出入国在留管理官署の窓口にお持ちください。</p>",
            ),
            (
                "paragraph",
                "<p>多人数分の届出は、一括届出用のExcelテンプレート（1ファイル300人まで）で行えます。</p>",
            ),
        ],
    },
    "en": {
        "title": "For organizations",
        "introduction": "Guidance for staff of schools, companies and other organizations that accept mid- to long-term residents.",
        "body": [
            ("heading", "Reporting who you accept"),
            (
                "paragraph",
                "<p>When you start or stop accepting a resident, please file within 14 days. Schools that accept students also report everyone enrolled on 1 May and 1 November each year.</p>",
            ),
            ("heading", "Registering as a user"),
            (
                "paragraph",
                "<p>Organization staff cannot register themselves in this system. Fill in the organization registration template from the downloads page and bring it to a regional immigration services office.</p>",
            ),
            (
                "paragraph",
                "<p>To file for many people at once, use the Excel templates for bulk filing (up to 300 people per file).</p>",
            ),
        ],
    },
    "zh-hant": {
        "title": "致所屬機構",
        "introduction": "供接收中長期在留者的學校、企業等機構負責人參考的說明。",
        "body": [
            ("heading", "接收狀況的申報"),
            (
                "paragraph",
                "<p>開始或結束接收時，請盡量於14日內申報。接收留學生的教育機構，每年還須申報5月1日及11月1日當時的在籍者。</p>",
            ),
            ("heading", "使用者登錄"),
            (
                "paragraph",
                "<p>所屬機構的負責人無法透過本系統自行登錄。請填寫下載頁面中的所屬機構登錄用範本，並攜至地方出入國在留管理官署窗口。</p>",
            ),
            ("paragraph", "<p>多人的申報可使用批次申報用Excel範本（每個檔案最多300人）。</p>"),
        ],
    },
    "zh-hans": {
        "title": "致所属机构",
        "introduction": "供接收中长期在留者的学校、企业等机构负责人参考的说明。",
        "body": [
            ("heading", "接收状况的申报"),
            (
                "paragraph",
                "<p>开始或结束接收时，请尽量在14日内申报。接收留学生的教育机构，每年还须申报5月1日及11月1日当时的在籍者。</p>",
            ),
            ("heading", "用户注册"),
            (
                "paragraph",
                "<p>所属机构的负责人无法通过本系统自行注册。请填写下载页面中的所属机构注册用模板，并带到地方出入国在留管理官署窗口。</p>",
            ),
            ("paragraph", "<p>多人的申报可使用批量申报用Excel模板（每个文件最多300人）。</p>"),
        ],
    },
    "ko": {
        "title": "소속 기관 여러분께",
        "introduction": "중장기 재류자를 받아들이고 있는 학교·기업 등의 담당자를 위한 안내입니다.",
        "body": [
            ("heading", "수용 상황 신고"),
            (
                "paragraph",
                "<p>수용을 시작하거나 종료했을 때는 14일 이내에 신고하도록 노력해 주십시오. 유학생을 받아들이는 교육기관은 매년 5월 1일과 11월 1일 시점의 재적자도 신고합니다.</p>",
            ),
            ("heading", "이용자 등록"),
            (
                "paragraph",
                "<p>소속 기관 담당자는 이 시스템에서 스스로 이용자 등록을 할 수 없습니다. 다운로드 페이지의 소속 기관 등록용 템플릿을 작성하여 지방 출입국재류관리관서 창구에 가져와 주십시오.</p>",
            ),
            (
                "paragraph",
                "<p>여러 명의 신고는 일괄 신고용 Excel 템플릿(파일당 최대 300명)으로 할 수 있습니다.</p>",
            ),
        ],
    },
    "es": {
        "title": "Para organizaciones",
        "introduction": "Orientación para el personal de escuelas, empresas y otras organizaciones que acogen a residentes de media y larga duración.",
        "body": [
            ("heading", "Informar a quién acoge"),
            (
                "paragraph",
                "<p>Cuando empiece o deje de acoger a un residente, procure notificarlo en un plazo de 14 días. Las escuelas con estudiantes extranjeros informan además de todos los matriculados a 1 de mayo y a 1 de noviembre de cada año.</p>",
            ),
            ("heading", "Registro como usuario"),
            (
                "paragraph",
                "<p>El personal de las organizaciones no puede registrarse por sí mismo en este sistema. Rellene la plantilla de registro de organizaciones de la página de descargas y llévela a una oficina regional de inmigración.</p>",
            ),
            (
                "paragraph",
                "<p>Para notificar por muchas personas a la vez, use las plantillas de Excel de notificación en lote (hasta 300 personas por archivo).</p>",
            ),
        ],
    },
    "pt": {
        "title": "Para organizações",
        "introduction": "Orientações para funcionários de escolas, empresas e outras organizações que recebem residentes de médio e longo prazo.",
        "body": [
            ("heading", "Informar quem a organização recebe"),
            (
                "paragraph",
                "<p>Ao começar ou deixar de receber um residente, procure notificar em até 14 dias. Escolas que recebem estudantes estrangeiros também informam todos os matriculados em 1º de maio e 1º de novembro de cada ano.</p>",
            ),
            ("heading", "Cadastro como usuário"),
            (
                "paragraph",
                "<p>Funcionários de organizações não podem se cadastrar sozinhos neste sistema. Preencha o modelo de cadastro de organizações da página de downloads e leve-o a um escritório regional de imigração.</p>",
            ),
            (
                "paragraph",
                "<p>Para notificar por muitas pessoas de uma vez, use os modelos de Excel para notificação em lote (até 300 pessoas por arquivo).</p>",
            ),
        ],
    },
    "tl": {
        "title": "Para sa mga organisasyon",
        "introduction": "Gabay para sa kawani ng mga paaralan, kumpanya at iba pang organisasyong tumatanggap ng mga residenteng pangmatagalan.",
        "body": [
            ("heading", "Pag-uulat kung sino ang tinatanggap"),
            (
                "paragraph",
                "<p>Kapag nagsimula o tumigil kayo sa pagtanggap ng isang residente, sikaping mag-abiso sa loob ng 14 na araw. Ang mga paaralang tumatanggap ng estudyante ay nag-uulat din ng lahat ng naka-enroll tuwing 1 Mayo at 1 Nobyembre bawat taon.</p>",
            ),
            ("heading", "Pagpaparehistro bilang user"),
            (
                "paragraph",
                "<p>Hindi maaaring magparehistro nang mag-isa sa sistemang ito ang kawani ng organisasyon. Sagutan ang template sa pagpaparehistro ng organisasyon mula sa pahina ng mga download at dalhin ito sa regional immigration services office.</p>",
            ),
            (
                "paragraph",
                "<p>Para mag-abiso para sa maraming tao nang sabay, gamitin ang mga Excel template para sa maramihang abiso (hanggang 300 tao bawat file).</p>",
            ),
        ],
    },
}

ABOUT = {
    "slug": "about",
    "ja": {
        "title": "このシステムについて",
        "introduction": "電子届出システムで何ができるか、誰が使うかを説明します。",
        "body": [
            ("heading", "利用できる方"),
            (
                "paragraph",
                "<p>在留カードをお持ちの中長期在留者の方と、その方を受け入れている教育機関や企業などの所属機関の方が利用できます。</p>",
            ),
            ("heading", "届出の期限"),
            (
                "paragraph",
                "<p>所属機関や配偶者に関する届出は、出来事があった日から14日以内に行う必要があります。</p>",
            ),
            ("heading", "利用料と利用時間"),
            (
                "paragraph",
                "<p>利用料はかかりません。メンテナンスの間を除き、24時間365日利用できます。メンテナンスの予定はトップページの連絡事項でお知らせします。</p>",
            ),
        ],
    },
    "en": {
        "title": "About this system",
        "introduction": "What the electronic notification system does and who uses it.",
        "body": [
            ("heading", "Who can use it"),
            (
                "paragraph",
                "<p>Mid- to long-term residents who hold a residence card, and the schools, companies and other organizations that accept them.</p>",
            ),
            ("heading", "Deadline"),
            (
                "paragraph",
                "<p>Notifications about your organization or your spouse must be filed within 14 days of the event.</p>",
            ),
            ("heading", "Cost and opening hours"),
            (
                "paragraph",
                "<p>Using the system is free. It is open 24 hours a day, every day of the year, except during maintenance, which is announced in the notices on the top page.</p>",
            ),
        ],
    },
    "zh-hant": {
        "title": "關於本系統",
        "introduction": "說明電子申報系統的功能及使用對象。",
        "body": [
            ("heading", "使用對象"),
            (
                "paragraph",
                "<p>持有在留卡的中長期在留者，以及接收他們的學校、企業等所屬機構均可使用。</p>",
            ),
            ("heading", "申報期限"),
            ("paragraph", "<p>有關所屬機構或配偶者的申報，須於事由發生之日起14日內提出。</p>"),
            ("heading", "費用與使用時間"),
            (
                "paragraph",
                "<p>使用本系統免費。除維護期間外，全年365天、每天24小時均可使用。維護預定會在首頁的公告中通知。</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "关于本系统",
        "introduction": "说明电子申报系统的功能及使用对象。",
        "body": [
            ("heading", "使用对象"),
            (
                "paragraph",
                "<p>持有在留卡的中长期在留者，以及接收他们的学校、企业等所属机构均可使用。</p>",
            ),
            ("heading", "申报期限"),
            ("paragraph", "<p>有关所属机构或配偶者的申报，须在事由发生之日起14日内提出。</p>"),
            ("heading", "费用与使用时间"),
            (
                "paragraph",
                "<p>使用本系统免费。除维护期间外，全年365天、每天24小时均可使用。维护计划会在首页的通知中公布。</p>",
            ),
        ],
    },
    "ko": {
        "title": "이 시스템에 대하여",
        "introduction": "전자신고시스템으로 무엇을 할 수 있는지, 누가 이용하는지 설명합니다.",
        "body": [
            ("heading", "이용 대상"),
            (
                "paragraph",
                "<p>재류카드를 가진 중장기 재류자와, 그 사람을 받아들이고 있는 학교·기업 등의 소속 기관이 이용할 수 있습니다.</p>",
            ),
            ("heading", "신고 기한"),
            (
                "paragraph",
                "<p>소속 기관이나 배우자에 관한 신고는 일이 생긴 날부터 14일 이내에 해야 합니다.</p>",
            ),
            ("heading", "이용료와 이용 시간"),
            (
                "paragraph",
                "<p>이용료는 없습니다. 유지보수 기간을 제외하고 24시간 365일 이용할 수 있습니다. 유지보수 일정은 첫 페이지의 공지 사항에서 알려 드립니다.</p>",
            ),
        ],
    },
    "es": {
        "title": "Acerca de este sistema",
        "introduction": "Qué permite hacer el sistema de notificación electrónica y quién lo utiliza.",
        "body": [
            ("heading", "Quién puede usarlo"),
            (
                "paragraph",
                "<p>Los residentes de media y larga duración con tarjeta de residencia, y las escuelas, empresas y demás organizaciones que los acogen.</p>",
            ),
            ("heading", "Plazo"),
            (
                "paragraph",
                "<p>Las notificaciones sobre su organización o su cónyuge deben presentarse dentro de los 14 días siguientes al hecho.</p>",
            ),
            ("heading", "Coste y horario"),
            (
                "paragraph",
                "<p>El uso del sistema es gratuito. Está disponible las 24 horas, todos los días del año, salvo durante el mantenimiento, que se anuncia en los avisos de la página de inicio.</p>",
            ),
        ],
    },
    "pt": {
        "title": "Sobre este sistema",
        "introduction": "O que o sistema de notificação eletrônica faz e quem o utiliza.",
        "body": [
            ("heading", "Quem pode usar"),
            (
                "paragraph",
                "<p>Residentes de médio e longo prazo com cartão de residência, e as escolas, empresas e outras organizações que os recebem.</p>",
            ),
            ("heading", "Prazo"),
            (
                "paragraph",
                "<p>As notificações sobre a sua organização ou o seu cônjuge devem ser feitas em até 14 dias a partir do fato.</p>",
            ),
            ("heading", "Custo e horário"),
            (
                "paragraph",
                "<p>O uso do sistema é gratuito. Ele funciona 24 horas por dia, todos os dias do ano, exceto durante a manutenção, que é anunciada nos avisos da página inicial.</p>",
            ),
        ],
    },
    "tl": {
        "title": "Tungkol sa sistemang ito",
        "introduction": "Kung ano ang magagawa sa electronic notification system at kung sino ang gumagamit nito.",
        "body": [
            ("heading", "Sino ang maaaring gumamit"),
            (
                "paragraph",
                "<p>Ang mga residenteng pangmatagalan na may residence card, at ang mga paaralan, kumpanya at iba pang organisasyong tumatanggap sa kanila.</p>",
            ),
            ("heading", "Takdang panahon"),
            (
                "paragraph",
                "<p>Ang mga abiso tungkol sa inyong organisasyon o asawa ay dapat isumite sa loob ng 14 na araw mula sa pangyayari.</p>",
            ),
            ("heading", "Bayad at oras ng paggamit"),
            (
                "paragraph",
                "<p>Libre ang paggamit ng sistema. Bukas ito 24 na oras bawat araw, buong taon, maliban sa oras ng maintenance na ipinapaalam sa mga abiso sa unang pahina.</p>",
            ),
        ],
    },
}

FILINGS = {
    "slug": "filings-and-methods",
    "ja": {
        "title": "対象となる届出と届出の方法",
        "introduction": "このシステムで行える届出の種類と、システム以外の届出方法をまとめています。",
        "body": [
            ("heading", "中長期在留者が行う届出（入管法第19条の16）"),
            (
                "paragraph",
                "<ul><li>活動機関に関する届出：機関の名称変更・所在地変更・消滅、機関からの離脱、新たな機関への移籍</li><li>契約機関に関する届出：機関の名称変更・所在地変更・消滅、契約の終了、新たな契約の締結</li><li>配偶者に関する届出：離婚、死別</li></ul>",
            ),
            ("heading", "所属機関が行う届出（入管法第19条の17）"),
            (
                "paragraph",
                "<p>中長期在留者の受入れの開始と終了、留学生の在籍状況（5月1日・11月1日時点）を届け出ます。</p>",
            ),
            ("heading", "システム以外の方法"),
            (
                "paragraph",
                "<p>地方出入国在留管理官署の窓口への持参または郵送でも届け出られます。このシステムでは、PDFなどのファイルを添付した届出は受け付けていません。</p>",
            ),
        ],
    },
    "en": {
        "title": "Filings and how to file",
        "introduction": "The notifications this system takes, and the ways to file outside it.",
        "body": [
            ("heading", "Notifications by residents (Art. 19-16)"),
            (
                "paragraph",
                "<ul><li>About your activity organization: renamed, moved or dissolved, you left it, you moved to a new one</li><li>About your contracting organization: renamed, moved or dissolved, the contract ended, a new contract was concluded</li><li>About your spouse: divorce or death</li></ul>",
            ),
            ("heading", "Notifications by organizations (Art. 19-17)"),
            (
                "paragraph",
                "<p>Organizations report when they start and stop accepting a resident, and schools report enrolled students as of 1 May and 1 November.</p>",
            ),
            ("heading", "Other ways to file"),
            (
                "paragraph",
                "<p>You can also file in person at a regional immigration services office or by post. This system does not accept attachments such as PDF files.</p>",
            ),
        ],
    },
    "zh-hant": {
        "title": "申報種類及申報方式",
        "introduction": "整理本系統可辦理的申報種類，以及系統以外的申報方式。",
        "body": [
            ("heading", "中長期在留者的申報（入管法第19條之16）"),
            (
                "paragraph",
                "<ul><li>有關活動機構的申報：機構名稱變更、所在地變更、消滅，離開機構，轉至新機構</li><li>有關契約機構的申報：機構名稱變更、所在地變更、消滅，契約終止，締結新契約</li><li>有關配偶者的申報：離婚、喪偶</li></ul>",
            ),
            ("heading", "所屬機構的申報（入管法第19條之17）"),
            (
                "paragraph",
                "<p>申報中長期在留者接收的開始與結束，以及留學生的在籍狀況（5月1日及11月1日當時）。</p>",
            ),
            ("heading", "系統以外的方式"),
            (
                "paragraph",
                "<p>亦可親自至地方出入國在留管理官署窗口或以郵寄方式申報。本系統不受理附加PDF等檔案的申報。</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "申报种类及申报方式",
        "introduction": "整理本系统可办理的申报种类，以及系统以外的申报方式。",
        "body": [
            ("heading", "中长期在留者的申报（入管法第19条之16）"),
            (
                "paragraph",
                "<ul><li>有关活动机构的申报：机构名称变更、所在地变更、消灭，离开机构，转至新机构</li><li>有关合同机构的申报：机构名称变更、所在地变更、消灭，合同终止，签订新合同</li><li>有关配偶者的申报：离婚、丧偶</li></ul>",
            ),
            ("heading", "所属机构的申报（入管法第19条之17）"),
            (
                "paragraph",
                "<p>申报中长期在留者接收的开始与结束，以及留学生的在籍状况（5月1日及11月1日当时）。</p>",
            ),
            ("heading", "系统以外的方式"),
            (
                "paragraph",
                "<p>也可以亲自到地方出入国在留管理官署窗口或通过邮寄方式申报。本系统不受理附加PDF等文件的申报。</p>",
            ),
        ],
    },
    "ko": {
        "title": "대상 신고와 신고 방법",
        "introduction": "이 시스템에서 할 수 있는 신고의 종류와 시스템 이외의 신고 방법을 정리했습니다.",
        "body": [
            ("heading", "중장기 재류자가 하는 신고(입관법 제19조의16)"),
            (
                "paragraph",
                "<ul><li>활동 기관에 관한 신고: 기관의 명칭 변경·소재지 변경·소멸, 기관에서의 이탈, 새 기관으로의 이적</li><li>계약 기관에 관한 신고: 기관의 명칭 변경·소재지 변경·소멸, 계약 종료, 새 계약 체결</li><li>배우자에 관한 신고: 이혼, 사별</li></ul>",
            ),
            ("heading", "소속 기관이 하는 신고(입관법 제19조의17)"),
            (
                "paragraph",
                "<p>중장기 재류자 수용의 개시와 종료, 유학생의 재적 상황(5월 1일·11월 1일 시점)을 신고합니다.</p>",
            ),
            ("heading", "시스템 이외의 방법"),
            (
                "paragraph",
                "<p>지방 출입국재류관리관서 창구에 직접 가져오거나 우편으로도 신고할 수 있습니다. 이 시스템에서는 PDF 등의 파일을 첨부한 신고를 받지 않습니다.</p>",
            ),
        ],
    },
    "es": {
        "title": "Notificaciones y cómo presentarlas",
        "introduction": "Las notificaciones que admite este sistema y las otras vías para presentarlas.",
        "body": [
            ("heading", "Notificaciones de los residentes (art. 19-16)"),
            (
                "paragraph",
                "<ul><li>Sobre su organización de actividad: cambio de nombre o de domicilio, disolución, baja en ella, paso a una nueva</li><li>Sobre su organización contratante: cambio de nombre o de domicilio, disolución, fin del contrato, nuevo contrato</li><li>Sobre su cónyuge: divorcio o fallecimiento</li></ul>",
            ),
            ("heading", "Notificaciones de las organizaciones (art. 19-17)"),
            (
                "paragraph",
                "<p>Las organizaciones informan del inicio y del fin de la acogida de un residente, y las escuelas de los estudiantes matriculados a 1 de mayo y a 1 de noviembre.</p>",
            ),
            ("heading", "Otras vías"),
            (
                "paragraph",
                "<p>También puede notificar en persona en una oficina regional de inmigración o por correo postal. Este sistema no admite archivos adjuntos como PDF.</p>",
            ),
        ],
    },
    "pt": {
        "title": "Notificações e como fazê-las",
        "introduction": "As notificações que este sistema recebe e as outras formas de notificar.",
        "body": [
            ("heading", "Notificações dos residentes (art. 19-16)"),
            (
                "paragraph",
                "<ul><li>Sobre a organização de atividade: mudança de nome ou de endereço, extinção, saída dela, transferência para outra</li><li>Sobre a organização contratante: mudança de nome ou de endereço, extinção, fim do contrato, novo contrato</li><li>Sobre o cônjuge: divórcio ou falecimento</li></ul>",
            ),
            ("heading", "Notificações das organizações (art. 19-17)"),
            (
                "paragraph",
                "<p>As organizações informam o início e o fim do recebimento de um residente, e as escolas os estudantes matriculados em 1º de maio e 1º de novembro.</p>",
            ),
            ("heading", "Outras formas"),
            (
                "paragraph",
                "<p>Também é possível notificar pessoalmente em um escritório regional de imigração ou pelo correio. Este sistema não aceita anexos como arquivos PDF.</p>",
            ),
        ],
    },
    "tl": {
        "title": "Mga abiso at paano mag-abiso",
        "introduction": "Ang mga abisong tinatanggap ng sistemang ito at ang iba pang paraan ng pag-abiso.",
        "body": [
            ("heading", "Mga abiso ng residente (Art. 19-16)"),
            (
                "paragraph",
                "<ul><li>Tungkol sa organisasyon ng aktibidad: pinalitan ang pangalan o lumipat ng address, nabuwag, umalis kayo, lumipat kayo sa bago</li><li>Tungkol sa organisasyong may kontrata: pinalitan ang pangalan o lumipat ng address, nabuwag, natapos ang kontrata, may bagong kontrata</li><li>Tungkol sa asawa: diborsiyo o pagkamatay</li></ul>",
            ),
            ("heading", "Mga abiso ng organisasyon (Art. 19-17)"),
            (
                "paragraph",
                "<p>Iniuulat ng mga organisasyon ang simula at pagtatapos ng pagtanggap sa isang residente, at ng mga paaralan ang mga naka-enroll na estudyante tuwing 1 Mayo at 1 Nobyembre.</p>",
            ),
            ("heading", "Iba pang paraan"),
            (
                "paragraph",
                "<p>Maaari ring mag-abiso nang personal sa regional immigration services office o sa koreo. Hindi tumatanggap ang sistemang ito ng mga attachment gaya ng PDF.</p>",
            ),
        ],
    },
}

TERMS = {
    "slug": "terms",
    "ja": {
        "title": "利用規約",
        "introduction": "このシステムを利用する前にお読みください。利用した時点で、この規約に同意したものとみなします。",
        "body": [
            ("heading", "利用者の責任"),
            (
                "paragraph",
                "<ul><li>届出は、在留カードの記載のとおり、事実に基づいて正確に行ってください。</li><li>認証IDとパスワードは本人が管理し、他人に教えたり使わせたりしないでください。</li></ul>",
            ),
            ("heading", "システムの停止"),
            (
                "paragraph",
                "<p>メンテナンスや障害のため、予告なく利用を停止することがあります。予定されたメンテナンスは事前にお知らせします。</p>",
            ),
            ("heading", "個人情報の取扱い"),
            (
                "paragraph",
                "<p>届け出られた情報は、出入国在留管理の目的にのみ使用し、法令に基づく場合を除き第三者に提供しません。</p>",
            ),
        ],
    },
    "en": {
        "title": "Terms of use",
        "introduction": "Please read these terms before using the system. Using it means you accept them.",
        "body": [
            ("heading", "Your responsibilities"),
            (
                "paragraph",
                "<ul><li>File truthfully and exactly as your residence card shows.</li><li>Keep your auth ID and password to yourself; never share them or let others use them.</li></ul>",
            ),
            ("heading", "Interruptions"),
            (
                "paragraph",
                "<p>The system may stop without warning for maintenance or faults. Planned maintenance is announced beforehand.</p>",
            ),
            ("heading", "Personal information"),
            (
                "paragraph",
                "<p>What you file is used only for immigration and residence management and is not given to third parties except where the law requires it.</p>",
            ),
        ],
    },
    "zh-hant": {
        "title": "使用條款",
        "introduction": "使用本系統前請先閱讀。使用本系統即視為同意本條款。",
        "body": [
            ("heading", "使用者的責任"),
            (
                "paragraph",
                "<ul><li>請依照在留卡的記載內容，根據事實正確申報。</li><li>認證ID及密碼請由本人保管，切勿告知他人或讓他人使用。</li></ul>",
            ),
            ("heading", "系統停止"),
            (
                "paragraph",
                "<p>因維護或故障，系統可能在未事先通知的情況下停止使用。預定的維護會事先通知。</p>",
            ),
            ("heading", "個人資料的處理"),
            (
                "paragraph",
                "<p>申報的資料僅用於出入國在留管理之目的，除依法令規定外，不會提供給第三者。</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "使用条款",
        "introduction": "使用本系统前请先阅读。使用本系统即视为同意本条款。",
        "body": [
            ("heading", "用户的责任"),
            (
                "paragraph",
                "<ul><li>请按照在留卡的记载内容，根据事实准确申报。</li><li>认证ID和密码请由本人保管，切勿告诉他人或让他人使用。</li></ul>",
            ),
            ("heading", "系统停止"),
            (
                "paragraph",
                "<p>因维护或故障，系统可能在未事先通知的情况下停止使用。计划中的维护会事先通知。</p>",
            ),
            ("heading", "个人信息的处理"),
            (
                "paragraph",
                "<p>申报的信息仅用于出入国在留管理的目的，除依据法令外，不会提供给第三方。</p>",
            ),
        ],
    },
    "ko": {
        "title": "이용 약관",
        "introduction": "이 시스템을 이용하기 전에 읽어 주십시오. 이용한 시점에서 이 약관에 동의한 것으로 봅니다.",
        "body": [
            ("heading", "이용자의 책임"),
            (
                "paragraph",
                "<ul><li>신고는 재류카드의 기재 내용대로 사실에 근거하여 정확하게 해 주십시오.</li><li>인증 ID와 비밀번호는 본인이 관리하고, 다른 사람에게 알려 주거나 사용하게 하지 마십시오.</li></ul>",
            ),
            ("heading", "시스템 정지"),
            (
                "paragraph",
                "<p>유지보수나 장애로 인해 예고 없이 이용을 정지할 수 있습니다. 예정된 유지보수는 사전에 알려 드립니다.</p>",
            ),
            ("heading", "개인정보 취급"),
            (
                "paragraph",
                "<p>신고된 정보는 출입국재류관리 목적으로만 사용하며, 법령에 따른 경우를 제외하고 제3자에게 제공하지 않습니다.</p>",
            ),
        ],
    },
    "es": {
        "title": "Condiciones de uso",
        "introduction": "Lea estas condiciones antes de usar el sistema. Al usarlo, usted las acepta.",
        "body": [
            ("heading", "Sus responsabilidades"),
            (
                "paragraph",
                "<ul><li>Notifique con veracidad y tal como figura en su tarjeta de residencia.</li><li>Guarde para usted su ID de autenticación y su contraseña; no los comparta ni deje que otros los usen.</li></ul>",
            ),
            ("heading", "Interrupciones"),
            (
                "paragraph",
                "<p>El sistema puede detenerse sin aviso por mantenimiento o averías. El mantenimiento previsto se anuncia con antelación.</p>",
            ),
            ("heading", "Datos personales"),
            (
                "paragraph",
                "<p>Lo que usted notifica se usa solo para la gestión de la inmigración y la residencia y no se cede a terceros salvo cuando la ley lo exige.</p>",
            ),
        ],
    },
    "pt": {
        "title": "Termos de uso",
        "introduction": "Leia estes termos antes de usar o sistema. Ao usá-lo, você os aceita.",
        "body": [
            ("heading", "Suas responsabilidades"),
            (
                "paragraph",
                "<ul><li>Notifique com veracidade e exatamente como consta no seu cartão de residência.</li><li>Guarde o seu ID de autenticação e a sua senha; nunca os compartilhe nem deixe outras pessoas usá-los.</li></ul>",
            ),
            ("heading", "Interrupções"),
            (
                "paragraph",
                "<p>O sistema pode parar sem aviso por manutenção ou falhas. A manutenção planejada é anunciada com antecedência.</p>",
            ),
            ("heading", "Dados pessoais"),
            (
                "paragraph",
                "<p>O que você notifica é usado somente para a gestão de imigração e residência e não é repassado a terceiros, exceto quando a lei exigir.</p>",
            ),
        ],
    },
    "tl": {
        "title": "Mga tuntunin ng paggamit",
        "introduction": "Basahin ang mga tuntuning ito bago gamitin ang sistema. Ang paggamit nito ay nangangahulugang tinatanggap ninyo ang mga ito.",
        "body": [
            ("heading", "Inyong mga pananagutan"),
            (
                "paragraph",
                "<ul><li>Mag-abiso nang totoo at ayon mismo sa nakasulat sa inyong residence card.</li><li>Ingatan ang inyong auth ID at password; huwag itong ibahagi o ipagamit sa iba.</li></ul>",
            ),
            ("heading", "Mga pagkaantala"),
            (
                "paragraph",
                "<p>Maaaring huminto ang sistema nang walang abiso dahil sa maintenance o sira. Ipinapaalam nang maaga ang nakaplanong maintenance.</p>",
            ),
            ("heading", "Personal na impormasyon"),
            (
                "paragraph",
                "<p>Ang inyong iniabiso ay ginagamit lamang para sa pamamahala ng imigrasyon at paninirahan at hindi ibinibigay sa iba maliban kung hinihingi ng batas.</p>",
            ),
        ],
    },
}

ENVIRONMENT = {
    "slug": "environment",
    "ja": {
        "title": "利用環境",
        "introduction": "パソコンでもスマートフォンでも、最新のブラウザで利用できます。",
        "body": [
            ("heading", "推奨するブラウザ"),
            (
                "paragraph",
                "<ul><li>Microsoft Edge、Google Chrome、Mozilla Firefox、Safari の最新版</li><li>Android・iOSのスマートフォンやタブレットに標準で入っているブラウザの最新版</li></ul>",
            ),
            (
                "paragraph",
                "<p>JavaScriptとCookieを有効にしてください。画面は文字の拡大や読み上げソフトにも対応しています。</p>",
            ),
            ("heading", "一括届出のテンプレート"),
            (
                "paragraph",
                "<p>一括届出用のテンプレートはExcel形式（.xlsx）です。Microsoft Excelまたは.xlsx形式を扱える表計算ソフトで編集してください。</p>",
            ),
        ],
    },
    "en": {
        "title": "Supported environments",
        "introduction": "Use the system from a computer or a phone, with an up-to-date browser.",
        "body": [
            ("heading", "Recommended browsers"),
            (
                "paragraph",
                "<ul><li>Current versions of Microsoft Edge, Google Chrome, Mozilla Firefox and Safari</li><li>The current version of the browser that comes with Android and iOS phones and tablets</li></ul>",
            ),
            (
                "paragraph",
                "<p>Please turn on JavaScript and cookies. The pages work with enlarged text and with screen readers.</p>",
            ),
            ("heading", "Bulk filing templates"),
            (
                "paragraph",
                "<p>The bulk filing templates are Excel workbooks (.xlsx). Edit them with Microsoft Excel or any spreadsheet program that handles .xlsx files.</p>",
            ),
        ],
    },
    "zh-hant": {
        "title": "使用環境",
        "introduction": "無論使用電腦或智慧型手機，只要使用最新版瀏覽器即可使用本系統。",
        "body": [
            ("heading", "建議使用的瀏覽器"),
            (
                "paragraph",
                "<ul><li>Microsoft Edge、Google Chrome、Mozilla Firefox、Safari 的最新版本</li><li>Android、iOS 智慧型手機及平板電腦內建瀏覽器的最新版本</li></ul>",
            ),
            ("paragraph", "<p>請啟用JavaScript及Cookie。畫面支援放大文字及螢幕閱讀軟體。</p>"),
            ("heading", "批次申報範本"),
            (
                "paragraph",
                "<p>批次申報用範本為Excel格式（.xlsx）。請使用Microsoft Excel或可處理.xlsx格式的試算表軟體編輯。</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "使用环境",
        "introduction": "无论使用电脑还是智能手机，只要使用最新版浏览器即可使用本系统。",
        "body": [
            ("heading", "建议使用的浏览器"),
            (
                "paragraph",
                "<ul><li>Microsoft Edge、Google Chrome、Mozilla Firefox、Safari 的最新版本</li><li>Android、iOS 智能手机及平板电脑自带浏览器的最新版本</li></ul>",
            ),
            ("paragraph", "<p>请启用JavaScript和Cookie。页面支持放大文字及读屏软件。</p>"),
            ("heading", "批量申报模板"),
            (
                "paragraph",
                "<p>批量申报用模板为Excel格式（.xlsx）。请使用Microsoft Excel或可处理.xlsx格式的电子表格软件编辑。</p>",
            ),
        ],
    },
    "ko": {
        "title": "이용 환경",
        "introduction": "컴퓨터에서도 스마트폰에서도 최신 브라우저로 이용할 수 있습니다.",
        "body": [
            ("heading", "권장 브라우저"),
            (
                "paragraph",
                "<ul><li>Microsoft Edge, Google Chrome, Mozilla Firefox, Safari 최신 버전</li><li>Android·iOS 스마트폰과 태블릿에 기본으로 들어 있는 브라우저의 최신 버전</li></ul>",
            ),
            (
                "paragraph",
                "<p>JavaScript와 쿠키를 사용으로 설정해 주십시오. 화면은 글자 확대와 화면 낭독 프로그램에도 대응합니다.</p>",
            ),
            ("heading", "일괄 신고 템플릿"),
            (
                "paragraph",
                "<p>일괄 신고용 템플릿은 Excel 형식(.xlsx)입니다. Microsoft Excel 또는 .xlsx 형식을 다룰 수 있는 스프레드시트 프로그램으로 편집해 주십시오.</p>",
            ),
        ],
    },
    "es": {
        "title": "Entornos compatibles",
        "introduction": "Use el sistema desde un ordenador o un teléfono, con un navegador actualizado.",
        "body": [
            ("heading", "Navegadores recomendados"),
            (
                "paragraph",
                "<ul><li>Versiones actuales de Microsoft Edge, Google Chrome, Mozilla Firefox y Safari</li><li>La versión actual del navegador incluido en teléfonos y tabletas Android e iOS</li></ul>",
            ),
            (
                "paragraph",
                "<p>Active JavaScript y las cookies. Las páginas funcionan con texto ampliado y con lectores de pantalla.</p>",
            ),
            ("heading", "Plantillas de notificación en lote"),
            (
                "paragraph",
                "<p>Las plantillas de notificación en lote son libros de Excel (.xlsx). Edítelas con Microsoft Excel o con cualquier hoja de cálculo que admita archivos .xlsx.</p>",
            ),
        ],
    },
    "pt": {
        "title": "Ambientes compatíveis",
        "introduction": "Use o sistema em um computador ou celular, com um navegador atualizado.",
        "body": [
            ("heading", "Navegadores recomendados"),
            (
                "paragraph",
                "<ul><li>Versões atuais do Microsoft Edge, Google Chrome, Mozilla Firefox e Safari</li><li>A versão atual do navegador que vem em celulares e tablets Android e iOS</li></ul>",
            ),
            (
                "paragraph",
                "<p>Ative o JavaScript e os cookies. As páginas funcionam com texto ampliado e com leitores de tela.</p>",
            ),
            ("heading", "Modelos para notificação em lote"),
            (
                "paragraph",
                "<p>Os modelos para notificação em lote são pastas de trabalho do Excel (.xlsx). Edite-os no Microsoft Excel ou em qualquer planilha que abra arquivos .xlsx.</p>",
            ),
        ],
    },
    "tl": {
        "title": "Mga sinusuportahang kapaligiran",
        "introduction": "Gamitin ang sistema sa computer o telepono, gamit ang napapanahong browser.",
        "body": [
            ("heading", "Mga inirerekomendang browser"),
            (
                "paragraph",
                "<ul><li>Kasalukuyang bersiyon ng Microsoft Edge, Google Chrome, Mozilla Firefox at Safari</li><li>Kasalukuyang bersiyon ng browser na kasama ng mga Android at iOS na telepono at tablet</li></ul>",
            ),
            (
                "paragraph",
                "<p>Paganahin ang JavaScript at cookies. Gumagana ang mga pahina kahit pinalaki ang teksto at sa mga screen reader.</p>",
            ),
            ("heading", "Mga template para sa maramihang abiso"),
            (
                "paragraph",
                "<p>Ang mga template para sa maramihang abiso ay mga Excel workbook (.xlsx). I-edit ang mga ito sa Microsoft Excel o sa anumang spreadsheet program na nagbubukas ng .xlsx.</p>",
            ),
        ],
    },
}

CONTACT = {
    "slug": "contact",
    "ja": {
        "title": "お問い合わせ・ヘルプデスク",
        "introduction": "システムの使い方や、エラーが解消しないときはヘルプデスクにご連絡ください。",
        "body": [
            ("help_desk", None),
            ("heading", "お問い合わせの前に"),
            (
                "paragraph",
                "<p>よくある質問（Q&amp;A）と操作マニュアルに、多くの質問への答えがあります。ヘルプデスクから認証IDやパスワードをお伝えすることはありません。</p>",
            ),
        ],
    },
    "en": {
        "title": "Contact and help desk",
        "introduction": "Contact the help desk about using the system, or when an error does not go away.",
        "body": [
            ("help_desk", None),
            ("heading", "Before you contact us"),
            (
                "paragraph",
                "<p>The Q&amp;A and the operation manuals answer many questions. The help desk never tells anyone an auth ID or password.</p>",
            ),
        ],
    },
    "zh-hant": {
        "title": "洽詢及服務台",
        "introduction": "有關系統的使用方式，或錯誤無法排除時，請聯絡服務台。",
        "body": [
            ("help_desk", None),
            ("heading", "洽詢前請確認"),
            (
                "paragraph",
                "<p>常見問題（Q&amp;A）及操作手冊中已解答許多問題。服務台不會告知任何人認證ID或密碼。</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "咨询及服务台",
        "introduction": "有关系统的使用方法，或错误无法解决时，请联系服务台。",
        "body": [
            ("help_desk", None),
            ("heading", "咨询前请确认"),
            (
                "paragraph",
                "<p>常见问题（Q&amp;A）及操作手册中已解答许多问题。服务台不会告诉任何人认证ID或密码。</p>",
            ),
        ],
    },
    "ko": {
        "title": "문의·헬프데스크",
        "introduction": "시스템 사용 방법이나 오류가 해결되지 않을 때는 헬프데스크에 연락해 주십시오.",
        "body": [
            ("help_desk", None),
            ("heading", "문의하시기 전에"),
            (
                "paragraph",
                "<p>자주 묻는 질문(Q&amp;A)과 조작 매뉴얼에 많은 질문의 답이 있습니다. 헬프데스크는 누구에게도 인증 ID나 비밀번호를 알려 드리지 않습니다.</p>",
            ),
        ],
    },
    "es": {
        "title": "Contacto y servicio de ayuda",
        "introduction": "Contacte con el servicio de ayuda sobre el uso del sistema o cuando un error no desaparezca.",
        "body": [
            ("help_desk", None),
            ("heading", "Antes de contactarnos"),
            (
                "paragraph",
                "<p>Las preguntas frecuentes y los manuales de uso responden a muchas dudas. El servicio de ayuda nunca comunica a nadie un ID de autenticación ni una contraseña.</p>",
            ),
        ],
    },
    "pt": {
        "title": "Contato e central de ajuda",
        "introduction": "Entre em contato com a central de ajuda sobre o uso do sistema ou quando um erro não desaparecer.",
        "body": [
            ("help_desk", None),
            ("heading", "Antes de entrar em contato"),
            (
                "paragraph",
                "<p>As perguntas frequentes e os manuais de uso respondem a muitas dúvidas. A central de ajuda nunca informa a ninguém um ID de autenticação ou uma senha.</p>",
            ),
        ],
    },
    "tl": {
        "title": "Makipag-ugnayan at help desk",
        "introduction": "Makipag-ugnayan sa help desk tungkol sa paggamit ng sistema, o kapag hindi nawawala ang isang error.",
        "body": [
            ("help_desk", None),
            ("heading", "Bago makipag-ugnayan"),
            (
                "paragraph",
                "<p>Maraming tanong ang sinasagot ng Q&amp;A at ng mga manwal. Hindi kailanman sinasabi ng help desk sa kahit sino ang auth ID o password.</p>",
            ),
        ],
    },
}

# Order of the top page's children (after the notices, Q&A and manuals, which the seed places).
STANDARD_PAGES_BEFORE = [RESIDENTS, ORGANIZATIONS]
STANDARD_PAGES_AFTER = [ABOUT, FILINGS]
STANDARD_PAGES_LAST = [TERMS, ENVIRONMENT, CONTACT]

# --- notices (C2) -----------------------------------------------------------------------------

NOTICE_INDEX = {
    "slug": "notices",
    "ja": {"title": "連絡事項", "intro": "<p>システムからのお知らせとメンテナンスの予定です。</p>"},
    "en": {"title": "Notices", "intro": "<p>News about the system and planned maintenance.</p>"},
    "zh-hant": {"title": "公告事項", "intro": "<p>系統的消息及維護預定。</p>"},
    "zh-hans": {"title": "通知事项", "intro": "<p>系统的消息及维护计划。</p>"},
    "ko": {"title": "공지 사항", "intro": "<p>시스템 소식과 유지보수 일정입니다.</p>"},
    "es": {"title": "Avisos", "intro": "<p>Novedades del sistema y mantenimiento previsto.</p>"},
    "pt": {"title": "Avisos", "intro": "<p>Novidades do sistema e manutenção planejada.</p>"},
    "tl": {
        "title": "Mga abiso",
        "intro": "<p>Balita tungkol sa sistema at nakaplanong maintenance.</p>",
    },
}

NOTICES = [
    {
        "slug": "scheduled-maintenance",
        "category": "maintenance",
        "days_ago": 1,
        "ja": {
            "title": "システムメンテナンスのお知らせ",
            "summary": "メンテナンスの間は、届出・利用者情報・届出状況の画面を利用できません。",
            "body": [
                (
                    "paragraph",
                    "<p>日時はこのサイトの上部に表示しています。メンテナンス中もお知らせ、Q&amp;A、マニュアルは読むことができます。届出の期限が近い方は、メンテナンスの前後に届け出てください。</p>",
                )
            ],
        },
        "en": {
            "title": "Scheduled system maintenance",
            "summary": "During maintenance the filing, account and status pages are unavailable.",
            "body": [
                (
                    "paragraph",
                    "<p>The date and time are shown at the top of this site. Notices, the Q&amp;A and the manuals stay readable during maintenance. If your deadline is close, please file before or after it.</p>",
                )
            ],
        },
        "zh-hant": {
            "title": "系統維護通知",
            "summary": "維護期間無法使用申報、使用者資料及申報狀況畫面。",
            "body": [
                (
                    "paragraph",
                    "<p>日期時間顯示於本網站上方。維護期間仍可閱讀公告、Q&amp;A及手冊。申報期限將至者，請於維護前後申報。</p>",
                )
            ],
        },
        "zh-hans": {
            "title": "系统维护通知",
            "summary": "维护期间无法使用申报、用户信息及申报状况页面。",
            "body": [
                (
                    "paragraph",
                    "<p>日期时间显示在本网站上方。维护期间仍可阅读通知、Q&amp;A及手册。申报期限将至者，请在维护前后申报。</p>",
                )
            ],
        },
        "ko": {
            "title": "시스템 유지보수 안내",
            "summary": "유지보수 중에는 신고·이용자 정보·신고 상황 화면을 이용할 수 없습니다.",
            "body": [
                (
                    "paragraph",
                    "<p>일시는 이 사이트 상단에 표시되어 있습니다. 유지보수 중에도 공지 사항, Q&amp;A, 매뉴얼은 읽을 수 있습니다. 신고 기한이 가까운 분은 유지보수 전후에 신고해 주십시오.</p>",
                )
            ],
        },
        "es": {
            "title": "Mantenimiento previsto del sistema",
            "summary": "Durante el mantenimiento no están disponibles las páginas de notificación, de cuenta ni de estado.",
            "body": [
                (
                    "paragraph",
                    "<p>La fecha y la hora se muestran en la parte superior del sitio. Los avisos, las preguntas frecuentes y los manuales se pueden leer durante el mantenimiento. Si su plazo está cerca, notifique antes o después.</p>",
                )
            ],
        },
        "pt": {
            "title": "Manutenção programada do sistema",
            "summary": "Durante a manutenção, as páginas de notificação, de conta e de situação ficam indisponíveis.",
            "body": [
                (
                    "paragraph",
                    "<p>A data e o horário aparecem no topo deste site. Os avisos, as perguntas frequentes e os manuais continuam disponíveis para leitura. Se o seu prazo estiver próximo, notifique antes ou depois da manutenção.</p>",
                )
            ],
        },
        "tl": {
            "title": "Nakatakdang maintenance ng sistema",
            "summary": "Habang may maintenance, hindi magagamit ang mga pahina ng abiso, account at status.",
            "body": [
                (
                    "paragraph",
                    "<p>Nasa itaas ng site na ito ang petsa at oras. Mababasa pa rin ang mga abiso, ang Q&amp;A at ang mga manwal habang may maintenance. Kung malapit na ang inyong takdang araw, mag-abiso bago o pagkatapos nito.</p>",
                )
            ],
        },
    },
    {
        "slug": "portal-renewed",
        "category": "general",
        "days_ago": 10,
        "ja": {
            "title": "電子届出システムを新しくしました",
            "summary": "スマートフォンでも使いやすくなり、8つの言語で利用できます。",
            "body": [
                (
                    "paragraph",
                    "<p>パソコンに加えてスマートフォンからも届出ができるようになりました。所属機関の方も含め、日本語、英語、中国語（繁体字・簡体字）、韓国語、スペイン語、ポルトガル語、タガログ語で表示できます。</p>",
                )
            ],
        },
        "en": {
            "title": "The electronic notification system has been renewed",
            "summary": "Easier to use on phones, and available in eight languages.",
            "body": [
                (
                    "paragraph",
                    "<p>You can now file from a phone as well as from a computer. Every page, for organizations too, can be shown in Japanese, English, Chinese (Traditional and Simplified), Korean, Spanish, Portuguese and Tagalog.</p>",
                )
            ],
        },
        "zh-hant": {
            "title": "電子申報系統已全面更新",
            "summary": "在智慧型手機上更方便使用，並可使用8種語言。",
            "body": [
                (
                    "paragraph",
                    "<p>除電腦外，現在也可以用智慧型手機申報。包括所屬機構在內，所有頁面均可以日語、英語、中文（繁體・簡體）、韓語、西班牙語、葡萄牙語及他加祿語顯示。</p>",
                )
            ],
        },
        "zh-hans": {
            "title": "电子申报系统已全面更新",
            "summary": "在智能手机上更方便使用，并可使用8种语言。",
            "body": [
                (
                    "paragraph",
                    "<p>除电脑外，现在也可以用智能手机申报。包括所属机构在内，所有页面均可用日语、英语、中文（繁体・简体）、韩语、西班牙语、葡萄牙语及他加禄语显示。</p>",
                )
            ],
        },
        "ko": {
            "title": "전자신고시스템을 새롭게 개편했습니다",
            "summary": "스마트폰에서도 쓰기 쉬워졌고 8개 언어로 이용할 수 있습니다.",
            "body": [
                (
                    "paragraph",
                    "<p>컴퓨터뿐 아니라 스마트폰에서도 신고할 수 있게 되었습니다. 소속 기관용 화면을 포함하여 일본어, 영어, 중국어(번체·간체), 한국어, 스페인어, 포르투갈어, 타갈로그어로 표시할 수 있습니다.</p>",
                )
            ],
        },
        "es": {
            "title": "Se ha renovado el sistema de notificación electrónica",
            "summary": "Más fácil de usar en el teléfono y disponible en ocho idiomas.",
            "body": [
                (
                    "paragraph",
                    "<p>Ahora puede notificar desde el teléfono además de desde el ordenador. Todas las páginas, también las de las organizaciones, se pueden ver en japonés, inglés, chino (tradicional y simplificado), coreano, español, portugués y tagalo.</p>",
                )
            ],
        },
        "pt": {
            "title": "O sistema de notificação eletrônica foi renovado",
            "summary": "Mais fácil de usar no celular e disponível em oito idiomas.",
            "body": [
                (
                    "paragraph",
                    "<p>Agora é possível notificar pelo celular, além do computador. Todas as páginas, inclusive as das organizações, podem ser exibidas em japonês, inglês, chinês (tradicional e simplificado), coreano, espanhol, português e tagalo.</p>",
                )
            ],
        },
        "tl": {
            "title": "Binago ang electronic notification system",
            "summary": "Mas madaling gamitin sa telepono, at magagamit sa walong wika.",
            "body": [
                (
                    "paragraph",
                    "<p>Maaari na ngayong mag-abiso gamit ang telepono bukod sa computer. Lahat ng pahina, pati ang para sa mga organisasyon, ay maipapakita sa Japanese, English, Chinese (Traditional at Simplified), Korean, Spanish, Portuguese at Tagalog.</p>",
                )
            ],
        },
    },
    {
        "slug": "file-within-14-days",
        "category": "important",
        "days_ago": 20,
        "ja": {
            "title": "届出は14日以内に行ってください",
            "summary": "期限を過ぎた届出も受け付けますが、届出の義務はなくなりません。",
            "body": [
                (
                    "paragraph",
                    "<p>所属機関や配偶者に関する変更があった日から14日以内に届け出る必要があります。届出をしなかったり、うその届出をしたりすると、罰金などの対象となることがあります。</p>",
                )
            ],
        },
        "en": {
            "title": "Please file within 14 days",
            "summary": "A late notification is still accepted, but the duty to file remains.",
            "body": [
                (
                    "paragraph",
                    "<p>You must file within 14 days of a change concerning your organization or your spouse. Not filing, or filing something untrue, can lead to a fine or other penalties.</p>",
                )
            ],
        },
        "zh-hant": {
            "title": "請於14日內提出申報",
            "summary": "超過期限的申報仍會受理，但申報義務並不因此免除。",
            "body": [
                (
                    "paragraph",
                    "<p>所屬機構或配偶方面發生變更時，須於變更之日起14日內申報。未申報或虛假申報者，可能被處以罰金等處罰。</p>",
                )
            ],
        },
        "zh-hans": {
            "title": "请在14日内提出申报",
            "summary": "超过期限的申报仍会受理，但申报义务并不因此免除。",
            "body": [
                (
                    "paragraph",
                    "<p>所属机构或配偶方面发生变更时，须在变更之日起14日内申报。未申报或虚假申报者，可能被处以罚金等处罚。</p>",
                )
            ],
        },
        "ko": {
            "title": "신고는 14일 이내에 해 주십시오",
            "summary": "기한이 지난 신고도 접수하지만 신고 의무가 없어지는 것은 아닙니다.",
            "body": [
                (
                    "paragraph",
                    "<p>소속 기관이나 배우자에 관한 변경이 있은 날부터 14일 이내에 신고해야 합니다. 신고하지 않거나 허위로 신고하면 벌금 등의 대상이 될 수 있습니다.</p>",
                )
            ],
        },
        "es": {
            "title": "Notifique dentro de los 14 días",
            "summary": "Se acepta una notificación tardía, pero la obligación de notificar sigue vigente.",
            "body": [
                (
                    "paragraph",
                    "<p>Debe notificar dentro de los 14 días siguientes a un cambio relativo a su organización o a su cónyuge. No notificar, o notificar algo falso, puede acarrear una multa u otras sanciones.</p>",
                )
            ],
        },
        "pt": {
            "title": "Notifique em até 14 dias",
            "summary": "Uma notificação atrasada ainda é aceita, mas a obrigação de notificar continua.",
            "body": [
                (
                    "paragraph",
                    "<p>Você deve notificar em até 14 dias a partir de uma mudança relativa à sua organização ou ao seu cônjuge. Não notificar, ou notificar algo falso, pode resultar em multa ou outras penalidades.</p>",
                )
            ],
        },
        "tl": {
            "title": "Mag-abiso sa loob ng 14 na araw",
            "summary": "Tinatanggap pa rin ang huling abiso, pero nananatili ang tungkuling mag-abiso.",
            "body": [
                (
                    "paragraph",
                    "<p>Dapat kayong mag-abiso sa loob ng 14 na araw mula sa pagbabago tungkol sa inyong organisasyon o asawa. Ang hindi pag-abiso, o ang pag-abiso ng hindi totoo, ay maaaring magresulta sa multa o iba pang parusa.</p>",
                )
            ],
        },
    },
]

# The demo maintenance window: a few days ahead of the seed, so the banner can be seen.
MAINTENANCE = {
    "days_ahead": 3,
    "start_hour": 1,
    "hours": 4,
    "ja": {
        "title": "定期メンテナンス",
        "message": "メンテナンス終了後は、通常どおり利用できます。",
    },
    "en": {
        "title": "Regular maintenance",
        "message": "After the maintenance, everything works as usual.",
    },
    "zh-hant": {"title": "定期維護", "message": "維護結束後即可照常使用。"},
    "zh-hans": {"title": "定期维护", "message": "维护结束后即可照常使用。"},
    "ko": {"title": "정기 유지보수", "message": "유지보수가 끝나면 평소대로 이용할 수 있습니다."},
    "es": {
        "title": "Mantenimiento periódico",
        "message": "Al terminar el mantenimiento, todo funciona con normalidad.",
    },
    "pt": {
        "title": "Manutenção periódica",
        "message": "Após a manutenção, tudo volta a funcionar normalmente.",
    },
    "tl": {
        "title": "Regular na maintenance",
        "message": "Pagkatapos ng maintenance, gagana ang lahat gaya ng dati.",
    },
}

# --- help desk (one site setting) -------------------------------------------------------------

HELP_DESK = {
    "phone": "0570-000-000",
    "email": "helpdesk@e-notification.example.jp",
    "texts": {
        "ja": {
            "name": "電子届出システム ヘルプデスク",
            "hours": "平日 9:00〜17:00（土日祝日・年末年始を除く）",
            "note": "届出の内容についてのご相談は、最寄りの地方出入国在留管理官署へお問い合わせください。",
        },
        "en": {
            "name": "Electronic Notification System help desk",
            "hours": "Weekdays 9:00–17:00 Japan time (closed on weekends, public holidays and over the New Year)",
            "note": "For questions about what to file, please ask your nearest regional immigration services office.",
        },
        "zh-hant": {
            "name": "電子申報系統 服務台",
            "hours": "平日 9:00～17:00（週六、週日、國定假日及年末年初除外）",
            "note": "有關申報內容的諮詢，請洽最近的地方出入國在留管理官署。",
        },
        "zh-hans": {
            "name": "电子申报系统 服务台",
            "hours": "工作日 9:00～17:00（周六、周日、法定节假日及年末年初除外）",
            "note": "有关申报内容的咨询，请联系最近的地方出入国在留管理官署。",
        },
        "ko": {
            "name": "전자신고시스템 헬프데스크",
            "hours": "평일 9:00~17:00(토·일요일, 공휴일, 연말연시 제외)",
            "note": "신고 내용에 관한 상담은 가까운 지방 출입국재류관리관서에 문의해 주십시오.",
        },
        "es": {
            "name": "Servicio de ayuda del Sistema de Notificación Electrónica",
            "hours": "Días laborables de 9:00 a 17:00, hora de Japón (cerrado fines de semana, festivos y Año Nuevo)",
            "note": "Para dudas sobre qué notificar, consulte la oficina regional de inmigración más cercana.",
        },
        "pt": {
            "name": "Central de ajuda do Sistema de Notificação Eletrônica",
            "hours": "Dias úteis, das 9h às 17h, horário do Japão (fechado em fins de semana, feriados e no Ano-Novo)",
            "note": "Para dúvidas sobre o que notificar, consulte o escritório regional de imigração mais próximo.",
        },
        "tl": {
            "name": "Help desk ng Electronic Notification System",
            "hours": "Mga araw ng trabaho, 9:00–17:00 oras sa Japan (sarado tuwing Sabado, Linggo, pista opisyal at Bagong Taon)",
            "note": "Para sa mga tanong kung ano ang iaabiso, magtanong sa pinakamalapit na regional immigration services office.",
        },
    },
}

# --- Q&A index (the sections come from faq.demo_content) --------------------------------------

QA_INDEX = {
    "slug": "qa",
    "ja": {
        "title": "よくある質問（Q&A）",
        "intro": "<p>質問は番号順に並んでいます。言葉で探すときは検索を使ってください。</p>",
    },
    "en": {
        "title": "Questions and answers (Q&A)",
        "intro": "<p>The questions are numbered in order. To find a word, use the search.</p>",
    },
    "zh-hant": {
        "title": "常見問題（Q&A）",
        "intro": "<p>問題依編號順序排列。要尋找特定詞語時，請使用搜尋功能。</p>",
    },
    "zh-hans": {
        "title": "常见问题（Q&A）",
        "intro": "<p>问题按编号顺序排列。要查找特定词语时，请使用搜索功能。</p>",
    },
    "ko": {
        "title": "자주 묻는 질문(Q&A)",
        "intro": "<p>질문은 번호순으로 나열되어 있습니다. 단어로 찾을 때는 검색을 이용해 주십시오.</p>",
    },
    "es": {
        "title": "Preguntas frecuentes (Q&A)",
        "intro": "<p>Las preguntas están numeradas en orden. Para buscar una palabra, use el buscador.</p>",
    },
    "pt": {
        "title": "Perguntas frequentes (Q&A)",
        "intro": "<p>As perguntas estão numeradas em ordem. Para procurar uma palavra, use a busca.</p>",
    },
    "tl": {
        "title": "Mga tanong at sagot (Q&A)",
        "intro": "<p>Nakaayos ayon sa numero ang mga tanong. Para maghanap ng salita, gamitin ang search.</p>",
    },
}

# --- manuals, downloads and the error list (C4, C5): Japanese and English ---------------------

MANUAL_INDEX = {
    "slug": "manuals",
    "ja": {
        "title": "操作マニュアル・ダウンロード",
        "intro": "<p>操作マニュアル、テンプレートとリーフレット、エラーメッセージの一覧です。</p>",
    },
    "en": {
        "title": "Manuals and downloads",
        "intro": "<p>Operation manuals, templates and the leaflet, and the list of error messages.</p>",
    },
    "zh-hant": {
        "title": "操作手冊・下載",
        "intro": "<p>操作手冊、範本與宣傳單，以及錯誤訊息一覽。</p>",
    },
    "zh-hans": {
        "title": "操作手册・下载",
        "intro": "<p>操作手册、模板与宣传单，以及错误信息一览。</p>",
    },
    "ko": {
        "title": "조작 매뉴얼·다운로드",
        "intro": "<p>조작 매뉴얼, 템플릿과 리플릿, 오류 메시지 목록입니다.</p>",
    },
    "es": {
        "title": "Manuales y descargas",
        "intro": "<p>Manuales de uso, plantillas y folleto, y la lista de mensajes de error.</p>",
    },
    "pt": {
        "title": "Manuais e downloads",
        "intro": "<p>Manuais de uso, modelos e folheto, e a lista de mensagens de erro.</p>",
    },
    "tl": {
        "title": "Mga manwal at download",
        "intro": "<p>Mga manwal sa paggamit, mga template at leaflet, at ang listahan ng mga mensahe ng error.</p>",
    },
}

MANUALS = [
    {
        "slug": "residents",
        "audience": "residents",
        "document": {
            "title": "操作マニュアル（中長期在留者用）",
            "filename": "manual-residents.txt",
            "text": (
                "電子届出システム 操作マニュアル（中長期在留者用）\n\n"
                "1. 利用者登録: 在留カードの記載どおりに入力し、認証IDとパスワードを設定します。\n"
                "2. 届出: メニューから届出の種類を選び、出来事の日付と内容を入力し、確認画面で内容を確かめて送信します。\n"
                "3. 届出状況: 送信した届出の処理状況（登録中・登録完了・登録エラー）を確認できます。\n\n"
                "Immigration Electronic Notification System - manual for residents\n\n"
                "1. Registration: enter the details exactly as on your residence card, then set your auth ID and password.\n"
                "2. Filing: choose the kind of notification, enter the date and details of the event, check the confirmation screen and send.\n"
                "3. Status: see whether each filing is processing, completed or in error.\n"
            ),
        },
        "ja": {
            "title": "操作マニュアル（中長期在留者用）",
            "intro": "<p>利用者登録から届出、届出状況の確認までの手順です。</p>",
            "sections": [
                {
                    "title": "利用者登録",
                    "body": "<p>在留カードの記載どおりに氏名、生年月日、国籍・地域、在留カード番号などを入力します。内容が登録されている情報と一致すると、認証IDとパスワードを設定できます。</p>",
                },
                {
                    "title": "届出の手順",
                    "body": "<ol><li>ログインし、届出の種類を選びます。</li><li>出来事があった日と、届出に必要な内容を入力します。</li><li>確認画面で内容を確かめてから送信します。受付番号が表示されます。</li></ol>",
                },
                {
                    "title": "届出状況の確認",
                    "body": "<p>届出状況の画面で、登録中・登録完了・登録エラーのいずれかを確認できます。登録エラーのときは、内容を直して改めて届け出てください。</p>",
                },
            ],
        },
        "en": {
            "title": "Operation manual for residents",
            "intro": "<p>The steps from registering to filing and checking your filings.</p>",
            "sections": [
                {
                    "title": "Registering",
                    "body": "<p>Enter your name, date of birth, nationality or region, residence card number and other details exactly as on your residence card. When they match the registered information, you can set your auth ID and password.</p>",
                },
                {
                    "title": "Filing step by step",
                    "body": "<ol><li>Log in and choose the kind of notification.</li><li>Enter the date of the event and the details the notification needs.</li><li>Check everything on the confirmation screen, then send. A receipt number is shown.</li></ol>",
                },
                {
                    "title": "Checking your filings",
                    "body": "<p>The status page shows each filing as processing, completed or registration error. After a registration error, correct the details and file again.</p>",
                },
            ],
        },
        "zh-hant": {
            "title": "操作手冊（中長期在留者用）",
            "intro": "<p>從使用者登錄到申報、查詢申報狀況的步驟。</p>",
            "sections": [
                {
                    "title": "使用者登錄",
                    "body": "<p>請依照在留卡的記載內容，輸入姓名、出生日期、國籍或地區、在留卡號碼等資料。內容與已登錄的資訊一致後，即可設定認證ID及密碼。</p>",
                },
                {
                    "title": "申報步驟",
                    "body": "<ol><li>登入後選擇申報的種類。</li><li>輸入事由發生的日期及申報所需的內容。</li><li>在確認畫面確認內容後送出。畫面上將顯示受理編號。</li></ol>",
                },
                {
                    "title": "查詢申報狀況",
                    "body": "<p>在申報狀況畫面中，可確認每筆申報為處理中、登錄完成或登錄錯誤。若為登錄錯誤，請修正內容後重新申報。</p>",
                },
            ],
        },
        "zh-hans": {
            "title": "操作手册（中长期在留者用）",
            "intro": "<p>从用户注册到申报、查询申报状况的步骤。</p>",
            "sections": [
                {
                    "title": "用户注册",
                    "body": "<p>请按照在留卡的记载内容，输入姓名、出生日期、国籍或地区、在留卡号码等信息。内容与已登记的信息一致后，即可设置认证ID和密码。</p>",
                },
                {
                    "title": "申报步骤",
                    "body": "<ol><li>登录后选择申报的种类。</li><li>输入事由发生的日期及申报所需的内容。</li><li>在确认画面确认内容后提交。画面上将显示受理编号。</li></ol>",
                },
                {
                    "title": "查询申报状况",
                    "body": "<p>在申报状况画面中，可确认每项申报为处理中、登记完成或登记错误。如为登记错误，请修改内容后重新申报。</p>",
                },
            ],
        },
        "ko": {
            "title": "조작 매뉴얼(중장기 재류자용)",
            "intro": "<p>이용자 등록부터 신고, 신고 상황 확인까지의 절차입니다.</p>",
            "sections": [
                {
                    "title": "이용자 등록",
                    "body": "<p>재류카드의 기재 내용대로 성명, 생년월일, 국적·지역, 재류카드 번호 등을 입력합니다. 입력한 내용이 등록된 정보와 일치하면 인증 ID와 비밀번호를 설정할 수 있습니다.</p>",
                },
                {
                    "title": "신고 절차",
                    "body": "<ol><li>로그인하여 신고 종류를 선택합니다.</li><li>사유가 발생한 날짜와 신고에 필요한 내용을 입력합니다.</li><li>확인 화면에서 내용을 확인한 후 송신합니다. 접수 번호가 표시됩니다.</li></ol>",
                },
                {
                    "title": "신고 상황 확인",
                    "body": "<p>신고 상황 화면에서 각 신고가 처리 중, 등록 완료, 등록 오류 중 어느 상태인지 확인할 수 있습니다. 등록 오류인 경우에는 내용을 수정하여 다시 신고해 주십시오.</p>",
                },
            ],
        },
        "es": {
            "title": "Manual de uso para residentes",
            "intro": "<p>Los pasos desde el registro hasta la notificación y la consulta de sus notificaciones.</p>",
            "sections": [
                {
                    "title": "Registro",
                    "body": "<p>Introduzca su nombre, fecha de nacimiento, nacionalidad o región, número de tarjeta de residencia y demás datos tal como figuran en su tarjeta de residencia. Cuando coincidan con la información registrada, podrá establecer su ID de autenticación y su contraseña.</p>",
                },
                {
                    "title": "Notificación paso a paso",
                    "body": "<ol><li>Inicie sesión y elija el tipo de notificación.</li><li>Introduzca la fecha del hecho y los datos que requiere la notificación.</li><li>Revise todo en la pantalla de confirmación y, a continuación, envíe. Se mostrará un número de recepción.</li></ol>",
                },
                {
                    "title": "Consulta de sus notificaciones",
                    "body": "<p>La página de estado muestra cada notificación como en proceso, registro completado o error de registro. Si se produce un error de registro, corrija los datos y vuelva a notificar.</p>",
                },
            ],
        },
        "pt": {
            "title": "Manual de uso para residentes",
            "intro": "<p>As etapas desde o cadastro até a notificação e a consulta das suas notificações.</p>",
            "sections": [
                {
                    "title": "Cadastro",
                    "body": "<p>Digite seu nome, data de nascimento, nacionalidade ou região, número do cartão de residência e outros dados exatamente como constam no seu cartão de residência. Quando eles coincidirem com as informações registradas, você poderá definir seu ID de autenticação e sua senha.</p>",
                },
                {
                    "title": "Notificação passo a passo",
                    "body": "<ol><li>Faça login e escolha o tipo de notificação.</li><li>Digite a data do ocorrido e os dados que a notificação exige.</li><li>Confira tudo na tela de confirmação e envie. Um número de recebimento será exibido.</li></ol>",
                },
                {
                    "title": "Consulta das suas notificações",
                    "body": "<p>A página de status mostra cada notificação como em processamento, registro concluído ou erro de registro. Em caso de erro de registro, corrija os dados e notifique novamente.</p>",
                },
            ],
        },
        "tl": {
            "title": "Manwal sa paggamit para sa mga residente",
            "intro": "<p>Ang mga hakbang mula sa pagpaparehistro hanggang sa pag-abiso at pagtingin ng inyong mga abiso.</p>",
            "sections": [
                {
                    "title": "Pagpaparehistro",
                    "body": "<p>Ilagay ang inyong pangalan, petsa ng kapanganakan, nasyonalidad o rehiyon, numero ng residence card at iba pang detalye ayon mismo sa nakasulat sa inyong residence card. Kapag tumugma ang mga ito sa nakarehistrong impormasyon, maaari na ninyong itakda ang inyong auth ID at password.</p>",
                },
                {
                    "title": "Pag-abiso nang hakbang-hakbang",
                    "body": "<ol><li>Mag-log in at piliin ang uri ng abiso.</li><li>Ilagay ang petsa ng pangyayari at ang mga detalyeng kailangan ng abiso.</li><li>Suriin ang lahat sa confirmation screen, saka ipadala. Ipapakita ang numero ng resibo.</li></ol>",
                },
                {
                    "title": "Pagtingin ng inyong mga abiso",
                    "body": "<p>Ipinapakita ng status page kung ang bawat abiso ay pinoproseso, nakumpleto o may error sa pagpaparehistro. Kapag may error sa pagpaparehistro, itama ang mga detalye at mag-abiso muli.</p>",
                },
            ],
        },
    },
    {
        "slug": "organizations",
        "audience": "organizations",
        "document": {
            "title": "操作マニュアル（所属機関用）",
            "filename": "manual-organizations.txt",
            "text": (
                "電子届出システム 操作マニュアル（所属機関用）\n\n"
                "1. 利用者登録: 所属機関登録用テンプレートに記入し、地方出入国在留管理官署の窓口で登録します。\n"
                "2. 個別の届出: 受入れの開始・終了を1人ずつ届け出ます。\n"
                "3. 一括届出: テンプレートに最大300人分を入力してアップロードします。受付結果はメールで届きます。\n\n"
                "Immigration Electronic Notification System - manual for organizations\n\n"
                "1. Registration: fill in the organization registration template and register at a regional immigration services office.\n"
                "2. Single filings: report the start or end of acceptance one person at a time.\n"
                "3. Bulk filings: enter up to 300 people in a template and upload it. The reception result is sent by e-mail.\n"
            ),
        },
        "ja": {
            "title": "操作マニュアル（所属機関用）",
            "intro": "<p>所属機関の担当者の方が、個別の届出と一括届出を行う手順です。</p>",
            "sections": [
                {
                    "title": "利用者登録",
                    "body": "<p>所属機関登録用テンプレートに必要事項を記入し、地方出入国在留管理官署の窓口にお持ちください。窓口で登録した後、認証IDでログインできます。</p>",
                },
                {
                    "title": "一括届出",
                    "body": "<ol><li>ダウンロードページから届出の種類に合ったテンプレートを入手します。</li><li>1ファイルにつき300人まで入力します。</li><li>アップロードすると受付結果がメールで届きます。受付エラーのときは、ファイル全体を直して改めてアップロードしてください。</li></ol>",
                },
            ],
        },
        "en": {
            "title": "Operation manual for organizations",
            "intro": "<p>How organization staff file one by one and in bulk.</p>",
            "sections": [
                {
                    "title": "Registering",
                    "body": "<p>Fill in the organization registration template and bring it to a regional immigration services office. Once you are registered there, you can log in with your auth ID.</p>",
                },
                {
                    "title": "Bulk filing",
                    "body": "<ol><li>Download the template for the kind of notification from the downloads page.</li><li>Enter up to 300 people per file.</li><li>After uploading, the reception result arrives by e-mail. After a reception error, correct the file and upload the whole file again.</li></ol>",
                },
            ],
        },
        "zh-hant": {
            "title": "操作手冊（所屬機構用）",
            "intro": "<p>所屬機構負責人進行個別申報及批次申報的步驟。</p>",
            "sections": [
                {
                    "title": "使用者登錄",
                    "body": "<p>請在所屬機構登錄用範本中填寫必要事項，並攜至地方出入國在留管理官署窗口。於窗口完成登錄後，即可使用認證ID登入。</p>",
                },
                {
                    "title": "批次申報",
                    "body": "<ol><li>從下載頁面取得符合申報種類的範本。</li><li>每個檔案最多可輸入300人。</li><li>上傳後，受理結果將以電子郵件寄送。若為受理錯誤，請修正整個檔案後重新上傳。</li></ol>",
                },
            ],
        },
        "zh-hans": {
            "title": "操作手册（所属机构用）",
            "intro": "<p>所属机构负责人进行单独申报及批量申报的步骤。</p>",
            "sections": [
                {
                    "title": "用户注册",
                    "body": "<p>请在所属机构注册用模板中填写必要事项，并带到地方出入国在留管理官署窗口。在窗口完成注册后，即可使用认证ID登录。</p>",
                },
                {
                    "title": "批量申报",
                    "body": "<ol><li>从下载页面获取与申报种类相符的模板。</li><li>每个文件最多可输入300人。</li><li>上传后，受理结果将通过电子邮件发送。如为受理错误，请修改整个文件后重新上传。</li></ol>",
                },
            ],
        },
        "ko": {
            "title": "조작 매뉴얼(소속 기관용)",
            "intro": "<p>소속 기관 담당자가 개별 신고와 일괄 신고를 하는 절차입니다.</p>",
            "sections": [
                {
                    "title": "이용자 등록",
                    "body": "<p>소속 기관 등록용 템플릿에 필요 사항을 기입하여 지방 출입국재류관리관서 창구에 가져와 주십시오. 창구에서 등록한 후에는 인증 ID로 로그인할 수 있습니다.</p>",
                },
                {
                    "title": "일괄 신고",
                    "body": "<ol><li>다운로드 페이지에서 신고 종류에 맞는 템플릿을 받습니다.</li><li>파일 1개당 최대 300명까지 입력합니다.</li><li>업로드하면 접수 결과가 이메일로 도착합니다. 접수 오류인 경우에는 파일 전체를 수정하여 다시 업로드해 주십시오.</li></ol>",
                },
            ],
        },
        "es": {
            "title": "Manual de uso para organizaciones",
            "intro": "<p>Cómo el personal de las organizaciones notifica de forma individual y en lote.</p>",
            "sections": [
                {
                    "title": "Registro",
                    "body": "<p>Rellene la plantilla de registro de organizaciones y llévela a una oficina regional de inmigración. Una vez registrado allí, podrá iniciar sesión con su ID de autenticación.</p>",
                },
                {
                    "title": "Notificación en lote",
                    "body": "<ol><li>Descargue de la página de descargas la plantilla correspondiente al tipo de notificación.</li><li>Introduzca hasta 300 personas por archivo.</li><li>Tras subir el archivo, recibirá el resultado de la recepción por correo electrónico. Si se produce un error de recepción, corrija el archivo y vuelva a subirlo completo.</li></ol>",
                },
            ],
        },
        "pt": {
            "title": "Manual de uso para organizações",
            "intro": "<p>Como os funcionários das organizações notificam individualmente e em lote.</p>",
            "sections": [
                {
                    "title": "Cadastro",
                    "body": "<p>Preencha o modelo de cadastro de organizações e leve-o a um escritório regional de imigração. Depois de se cadastrar lá, você pode fazer login com seu ID de autenticação.</p>",
                },
                {
                    "title": "Notificação em lote",
                    "body": "<ol><li>Baixe na página de downloads o modelo correspondente ao tipo de notificação.</li><li>Digite até 300 pessoas por arquivo.</li><li>Depois do upload, o resultado do recebimento chega por e-mail. Em caso de erro de recebimento, corrija o arquivo e envie o arquivo inteiro novamente.</li></ol>",
                },
            ],
        },
        "tl": {
            "title": "Manwal sa paggamit para sa mga organisasyon",
            "intro": "<p>Kung paano nag-aabiso ang kawani ng organisasyon nang isa-isa at nang maramihan.</p>",
            "sections": [
                {
                    "title": "Pagpaparehistro",
                    "body": "<p>Sagutan ang template sa pagpaparehistro ng organisasyon at dalhin ito sa regional immigration services office. Kapag nakarehistro na kayo roon, maaari na kayong mag-log in gamit ang inyong auth ID.</p>",
                },
                {
                    "title": "Maramihang abiso",
                    "body": "<ol><li>I-download mula sa pahina ng mga download ang template para sa uri ng abiso.</li><li>Maglagay ng hanggang 300 tao bawat file.</li><li>Pagkatapos mag-upload, darating sa e-mail ang resulta ng pagtanggap. Kapag may error sa pagtanggap, itama ang file at i-upload muli ang buong file.</li></ol>",
                },
            ],
        },
    },
]

DOWNLOADS = {
    "slug": "downloads",
    "leaflet": {
        "title": "リーフレット（電子届出システムのご案内）",
        "filename": "leaflet.txt",
        "text": (
            "電子届出システムのご案内\n"
            "中長期在留者の方と所属機関の方は、入管法に基づく届出をオンラインで行えます。\n"
            "届出は出来事があった日から14日以内に。24時間いつでも、8つの言語で利用できます。\n\n"
            "The Immigration Electronic Notification System\n"
            "Mid- to long-term residents and their organizations can file the notifications required by the Immigration Control Act online.\n"
            "File within 14 days of the event - at any time of day, in eight languages.\n"
        ),
    },
    "ja": {
        "title": "ダウンロード",
        "intro": "<p>一括届出用テンプレート、所属機関登録用テンプレート、リーフレットをダウンロードできます。</p>",
        "items": [
            {
                "download": "bulk-proxy",
                "title": "一括届出用テンプレート（中長期在留者の届出）",
                "description": "所属機関が本人に代わって行う名称変更・所在地変更の届出用です。",
            },
            {
                "download": "bulk-acceptance",
                "title": "一括届出用テンプレート（受入れの開始・終了）",
                "description": "所属機関が行う、中長期在留者の受入れの開始・終了の届出用です。",
            },
            {
                "download": "bulk-snapshot",
                "title": "一括届出用テンプレート（留学生の在籍状況）",
                "description": "5月1日・11月1日現在の留学生の在籍状況の届出用です。",
            },
            {
                "download": "organization-registration",
                "title": "所属機関登録用テンプレート",
                "description": "記入して地方出入国在留管理官署の窓口にお持ちください。",
            },
            {
                "document": "leaflet",
                "title": "リーフレット",
                "description": "電子届出システムを紹介する資料です。",
            },
        ],
    },
    "en": {
        "title": "Downloads",
        "intro": "<p>Bulk filing templates, the organization registration template and the leaflet.</p>",
        "items": [
            {
                "download": "bulk-proxy",
                "title": "Bulk filing template (notifications by residents)",
                "description": "For the renamed and moved notifications an organization files on behalf of residents.",
            },
            {
                "download": "bulk-acceptance",
                "title": "Bulk filing template (acceptance started or ended)",
                "description": "For organizations reporting that they started or stopped accepting residents.",
            },
            {
                "download": "bulk-snapshot",
                "title": "Bulk filing template (students enrolled on 1 May / 1 November)",
                "description": "For schools reporting the students enrolled on 1 May and on 1 November.",
            },
            {
                "download": "organization-registration",
                "title": "Organization registration template",
                "description": "Fill it in and bring it to a regional immigration services office.",
            },
            {
                "document": "leaflet",
                "title": "Leaflet",
                "description": "An introduction to the electronic notification system.",
            },
        ],
    },
    "zh-hant": {
        "title": "下載",
        "intro": "<p>可下載批次申報用範本、所屬機構登錄用範本及宣傳單。</p>",
        "items": [
            {
                "download": "bulk-proxy",
                "title": "批次申報用範本（中長期在留者的申報）",
                "description": "用於所屬機構代替本人進行的名稱變更及所在地變更申報。",
            },
            {
                "download": "bulk-acceptance",
                "title": "批次申報用範本（接收的開始與結束）",
                "description": "用於所屬機構申報中長期在留者接收的開始與結束。",
            },
            {
                "download": "bulk-snapshot",
                "title": "批次申報用範本（留學生在籍狀況）",
                "description": "用於申報5月1日及11月1日當時的留學生在籍狀況。",
            },
            {
                "download": "organization-registration",
                "title": "所屬機構登錄用範本",
                "description": "請填寫後攜至地方出入國在留管理官署窗口。",
            },
            {"document": "leaflet", "title": "宣傳單", "description": "介紹電子申報系統的資料。"},
        ],
    },
    "zh-hans": {
        "title": "下载",
        "intro": "<p>可下载批量申报用模板、所属机构注册用模板及宣传单。</p>",
        "items": [
            {
                "download": "bulk-proxy",
                "title": "批量申报用模板（中长期在留者的申报）",
                "description": "用于所属机构代替本人进行的名称变更及所在地变更申报。",
            },
            {
                "download": "bulk-acceptance",
                "title": "批量申报用模板（接收的开始与结束）",
                "description": "用于所属机构申报中长期在留者接收的开始与结束。",
            },
            {
                "download": "bulk-snapshot",
                "title": "批量申报用模板（留学生在籍状况）",
                "description": "用于申报5月1日及11月1日当时的留学生在籍状况。",
            },
            {
                "download": "organization-registration",
                "title": "所属机构注册用模板",
                "description": "请填写后带到地方出入国在留管理官署窗口。",
            },
            {"document": "leaflet", "title": "宣传单", "description": "介绍电子申报系统的资料。"},
        ],
    },
    "ko": {
        "title": "다운로드",
        "intro": "<p>일괄 신고용 템플릿, 소속 기관 등록용 템플릿, 리플릿을 다운로드할 수 있습니다.</p>",
        "items": [
            {
                "download": "bulk-proxy",
                "title": "일괄 신고용 템플릿(중장기 재류자의 신고)",
                "description": "소속 기관이 본인을 대신하여 하는 명칭 변경·소재지 변경 신고용입니다.",
            },
            {
                "download": "bulk-acceptance",
                "title": "일괄 신고용 템플릿(수용 개시·종료)",
                "description": "소속 기관이 하는 중장기 재류자 수용 개시·종료 신고용입니다.",
            },
            {
                "download": "bulk-snapshot",
                "title": "일괄 신고용 템플릿(유학생 재적 상황)",
                "description": "5월 1일·11월 1일 현재 유학생 재적 상황 신고용입니다.",
            },
            {
                "download": "organization-registration",
                "title": "소속 기관 등록용 템플릿",
                "description": "기입하여 지방 출입국재류관리관서 창구에 가져와 주십시오.",
            },
            {
                "document": "leaflet",
                "title": "리플릿",
                "description": "전자신고시스템을 소개하는 자료입니다.",
            },
        ],
    },
    "es": {
        "title": "Descargas",
        "intro": "<p>Plantillas de notificación en lote, la plantilla de registro de organizaciones y el folleto.</p>",
        "items": [
            {
                "download": "bulk-proxy",
                "title": "Plantilla de notificación en lote (notificaciones de residentes)",
                "description": "Para las notificaciones de cambio de nombre o de dirección de la organización que esta presenta en nombre de los residentes.",
            },
            {
                "download": "bulk-acceptance",
                "title": "Plantilla de notificación en lote (inicio y fin de la acogida)",
                "description": "Para que las organizaciones notifiquen el inicio o el fin de la acogida de residentes.",
            },
            {
                "download": "bulk-snapshot",
                "title": "Plantilla de notificación en lote (estudiantes matriculados a 1 de mayo / 1 de noviembre)",
                "description": "Para que las escuelas notifiquen los estudiantes matriculados a 1 de mayo y a 1 de noviembre.",
            },
            {
                "download": "organization-registration",
                "title": "Plantilla de registro de organizaciones",
                "description": "Rellénela y llévela a una oficina regional de inmigración.",
            },
            {
                "document": "leaflet",
                "title": "Folleto",
                "description": "Una presentación del sistema de notificación electrónica.",
            },
        ],
    },
    "pt": {
        "title": "Downloads",
        "intro": "<p>Modelos para notificação em lote, o modelo de cadastro de organizações e o folheto.</p>",
        "items": [
            {
                "download": "bulk-proxy",
                "title": "Modelo para notificação em lote (notificações de residentes)",
                "description": "Para as notificações de mudança de nome ou de endereço da organização, feitas por ela em nome dos residentes.",
            },
            {
                "download": "bulk-acceptance",
                "title": "Modelo para notificação em lote (início e fim do recebimento)",
                "description": "Para as organizações notificarem o início ou o fim do recebimento de residentes.",
            },
            {
                "download": "bulk-snapshot",
                "title": "Modelo para notificação em lote (estudantes matriculados em 1º de maio / 1º de novembro)",
                "description": "Para as escolas notificarem os estudantes matriculados em 1º de maio e em 1º de novembro.",
            },
            {
                "download": "organization-registration",
                "title": "Modelo de cadastro de organizações",
                "description": "Preencha-o e leve-o a um escritório regional de imigração.",
            },
            {
                "document": "leaflet",
                "title": "Folheto",
                "description": "Uma apresentação do sistema de notificação eletrônica.",
            },
        ],
    },
    "tl": {
        "title": "Mga download",
        "intro": "<p>Mga template para sa maramihang abiso, ang template sa pagpaparehistro ng organisasyon at ang leaflet.</p>",
        "items": [
            {
                "download": "bulk-proxy",
                "title": "Template para sa maramihang abiso (mga abiso ng residente)",
                "description": "Para sa mga abiso ng pagpapalit ng pangalan o lokasyon ng organisasyon na isinusumite nito para sa mga residente.",
            },
            {
                "download": "bulk-acceptance",
                "title": "Template para sa maramihang abiso (pagsisimula o pagtatapos ng pagtanggap)",
                "description": "Para sa mga organisasyong nag-uulat na nagsimula o natapos ang pagtanggap nila sa mga residente.",
            },
            {
                "download": "bulk-snapshot",
                "title": "Template para sa maramihang abiso (mga estudyanteng naka-enrol sa Mayo 1 / Nobyembre 1)",
                "description": "Para sa mga paaralang nag-uulat ng mga estudyanteng naka-enrol sa Mayo 1 at Nobyembre 1.",
            },
            {
                "download": "organization-registration",
                "title": "Template sa pagpaparehistro ng organisasyon",
                "description": "Sagutan ito at dalhin sa regional immigration services office.",
            },
            {
                "document": "leaflet",
                "title": "Leaflet",
                "description": "Pagpapakilala sa electronic notification system.",
            },
        ],
    },
}

ERROR_LIST = {
    "slug": "error-messages",
    "ja": {
        "title": "エラーメッセージ一覧",
        "intro": "<p>画面に表示されるエラーメッセージの意味と、対応の方法です。</p>",
    },
    "en": {
        "title": "Error messages",
        "intro": "<p>What each error message on the screen means and what to do about it.</p>",
    },
    "zh-hant": {"title": "錯誤訊息一覽", "intro": "<p>畫面上顯示的錯誤訊息的含義及處理方法。</p>"},
    "zh-hans": {"title": "错误信息一览", "intro": "<p>画面上显示的错误信息的含义及处理方法。</p>"},
    "ko": {
        "title": "오류 메시지 목록",
        "intro": "<p>화면에 표시되는 오류 메시지의 의미와 대처 방법입니다.</p>",
    },
    "es": {
        "title": "Mensajes de error",
        "intro": "<p>Qué significa cada mensaje de error que aparece en pantalla y qué hacer al respecto.</p>",
    },
    "pt": {
        "title": "Mensagens de erro",
        "intro": "<p>O que significa cada mensagem de erro exibida na tela e o que fazer.</p>",
    },
    "tl": {
        "title": "Mga mensahe ng error",
        "intro": "<p>Ang kahulugan ng bawat mensahe ng error sa screen at kung ano ang dapat gawin.</p>",
    },
}
