"""Demo content of the site shell, written for this portal in every supported language.

Keys of each translation table are the Japanese source segments; the seed command feeds them to
wagtail-localize. Japanese is the source language of the page tree.
"""

HOME_JA = {
    "title": "出入国在留管理庁 電子届出システム",
    "lead": "中長期在留者と受入れ機関のための、入管法に基づく届出をオンラインで行うサイトです。",
    "intro": (
        "<p>届出が必要な出来事があった日から14日以内に届け出てください。</p>"
        "<p>このサイトは24時間いつでも利用できます。</p>"
    ),
}

HOME_TRANSLATIONS = {
    "en": {
        "出入国在留管理庁 電子届出システム": "Immigration Electronic Notification System",
        "中長期在留者と受入れ機関のための、入管法に基づく届出をオンラインで行うサイトです。": (
            "File the notifications required by the Immigration Control Act online, "
            "for mid- to long-term residents and the organizations that accept them."
        ),
        "届出が必要な出来事があった日から14日以内に届け出てください。": (
            "Please file within 14 days of the event that requires a notification."
        ),
        "このサイトは24時間いつでも利用できます。": "This site is open 24 hours a day.",
    },
    "zh-hant": {
        "出入国在留管理庁 電子届出システム": "出入國在留管理廳 電子申報系統",
        "中長期在留者と受入れ機関のための、入管法に基づく届出をオンラインで行うサイトです。": (
            "供中長期在留者及接收機構於網上辦理《入管法》所規定申報的網站。"
        ),
        "届出が必要な出来事があった日から14日以内に届け出てください。": (
            "請於需要申報的事由發生之日起14日內提出申報。"
        ),
        "このサイトは24時間いつでも利用できます。": "本網站全天24小時開放使用。",
    },
    "zh-hans": {
        "出入国在留管理庁 電子届出システム": "出入国在留管理厅 电子申报系统",
        "中長期在留者と受入れ機関のための、入管法に基づく届出をオンラインで行うサイトです。": (
            "供中长期在留者及接收机构在线办理《入管法》所规定申报的网站。"
        ),
        "届出が必要な出来事があった日から14日以内に届け出てください。": (
            "请在需要申报的事由发生之日起14日内提出申报。"
        ),
        "このサイトは24時間いつでも利用できます。": "本网站全天24小时开放使用。",
    },
    "ko": {
        "出入国在留管理庁 電子届出システム": "출입국재류관리청 전자신고시스템",
        "中長期在留者と受入れ機関のための、入管法に基づく届出をオンラインで行うサイトです。": (
            "중장기 재류자와 수용 기관이 입관법에 따른 신고를 온라인으로 하는 사이트입니다."
        ),
        "届出が必要な出来事があった日から14日以内に届け出てください。": (
            "신고가 필요한 일이 생긴 날부터 14일 이내에 신고해 주십시오."
        ),
        "このサイトは24時間いつでも利用できます。": "이 사이트는 24시간 언제든지 이용할 수 있습니다.",
    },
    "es": {
        "出入国在留管理庁 電子届出システム": "Sistema de Notificación Electrónica de Inmigración",
        "中長期在留者と受入れ機関のための、入管法に基づく届出をオンラインで行うサイトです。": (
            "Presente en línea las notificaciones que exige la Ley de Control de Inmigración, "
            "para residentes de media y larga duración y las organizaciones que los acogen."
        ),
        "届出が必要な出来事があった日から14日以内に届け出てください。": (
            "Presente la notificación dentro de los 14 días siguientes al hecho que la motiva."
        ),
        "このサイトは24時間いつでも利用できます。": "Este sitio está disponible las 24 horas del día.",
    },
    "pt": {
        "出入国在留管理庁 電子届出システム": "Sistema de Notificação Eletrônica de Imigração",
        "中長期在留者と受入れ機関のための、入管法に基づく届出をオンラインで行うサイトです。": (
            "Faça on-line as notificações exigidas pela Lei de Controle de Imigração, "
            "para residentes de médio e longo prazo e as organizações que os recebem."
        ),
        "届出が必要な出来事があった日から14日以内に届け出てください。": (
            "Faça a notificação em até 14 dias a partir do fato que a exige."
        ),
        "このサイトは24時間いつでも利用できます。": "Este site funciona 24 horas por dia.",
    },
    "tl": {
        "出入国在留管理庁 電子届出システム": "Electronic Notification System ng Imigrasyon",
        "中長期在留者と受入れ機関のための、入管法に基づく届出をオンラインで行うサイトです。": (
            "Dito isinusumite online ang mga abisong hinihingi ng Immigration Control Act, "
            "para sa mga residenteng pangmatagalan at sa mga organisasyong tumatanggap sa kanila."
        ),
        "届出が必要な出来事があった日から14日以内に届け出てください。": (
            "Mangyaring mag-abiso sa loob ng 14 na araw mula sa pangyayaring nangangailangan nito."
        ),
        "このサイトは24時間いつでも利用できます。": "Bukas ang site na ito 24 na oras bawat araw.",
    },
}

ABOUT_JA = {
    "title": "このシステムについて",
    "slug": "about",
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
    ],
}

ABOUT_TRANSLATIONS = {
    "en": {
        "このシステムについて": "About this system",
        "電子届出システムで何ができるか、誰が使うかを説明します。": (
            "What the electronic notification system does and who uses it."
        ),
        "利用できる方": "Who can use it",
        "在留カードをお持ちの中長期在留者の方と、その方を受け入れている教育機関や企業などの所属機関の方が利用できます。": (
            "Mid- to long-term residents who hold a residence card, and the schools, companies "
            "and other organizations that accept them."
        ),
        "届出の期限": "Deadline",
        "所属機関や配偶者に関する届出は、出来事があった日から14日以内に行う必要があります。": (
            "Notifications about your organization or your spouse must be filed within 14 days "
            "of the event."
        ),
    },
    "zh-hant": {
        "このシステムについて": "關於本系統",
        "電子届出システムで何ができるか、誰が使うかを説明します。": "說明電子申報系統的功能及使用對象。",
        "利用できる方": "使用對象",
        "在留カードをお持ちの中長期在留者の方と、その方を受け入れている教育機関や企業などの所属機関の方が利用できます。": (
            "持有在留卡的中長期在留者，以及接收他們的學校、企業等所屬機構均可使用。"
        ),
        "届出の期限": "申報期限",
        "所属機関や配偶者に関する届出は、出来事があった日から14日以内に行う必要があります。": (
            "有關所屬機構或配偶者的申報，須於事由發生之日起14日內提出。"
        ),
    },
    "zh-hans": {
        "このシステムについて": "关于本系统",
        "電子届出システムで何ができるか、誰が使うかを説明します。": "说明电子申报系统的功能及使用对象。",
        "利用できる方": "使用对象",
        "在留カードをお持ちの中長期在留者の方と、その方を受け入れている教育機関や企業などの所属機関の方が利用できます。": (
            "持有在留卡的中长期在留者，以及接收他们的学校、企业等所属机构均可使用。"
        ),
        "届出の期限": "申报期限",
        "所属機関や配偶者に関する届出は、出来事があった日から14日以内に行う必要があります。": (
            "有关所属机构或配偶者的申报，须在事由发生之日起14日内提出。"
        ),
    },
    "ko": {
        "このシステムについて": "이 시스템에 대하여",
        "電子届出システムで何ができるか、誰が使うかを説明します。": (
            "전자신고시스템으로 무엇을 할 수 있는지, 누가 이용하는지 설명합니다."
        ),
        "利用できる方": "이용 대상",
        "在留カードをお持ちの中長期在留者の方と、その方を受け入れている教育機関や企業などの所属機関の方が利用できます。": (
            "재류카드를 가진 중장기 재류자와, 그 사람을 받아들이고 있는 학교·기업 등의 소속 기관이 이용할 수 있습니다."
        ),
        "届出の期限": "신고 기한",
        "所属機関や配偶者に関する届出は、出来事があった日から14日以内に行う必要があります。": (
            "소속 기관이나 배우자에 관한 신고는 일이 생긴 날부터 14일 이내에 해야 합니다."
        ),
    },
    "es": {
        "このシステムについて": "Acerca de este sistema",
        "電子届出システムで何ができるか、誰が使うかを説明します。": (
            "Qué permite hacer el sistema de notificación electrónica y quién lo utiliza."
        ),
        "利用できる方": "Quién puede usarlo",
        "在留カードをお持ちの中長期在留者の方と、その方を受け入れている教育機関や企業などの所属機関の方が利用できます。": (
            "Los residentes de media y larga duración con tarjeta de residencia, y las escuelas, "
            "empresas y demás organizaciones que los acogen."
        ),
        "届出の期限": "Plazo",
        "所属機関や配偶者に関する届出は、出来事があった日から14日以内に行う必要があります。": (
            "Las notificaciones sobre su organización o su cónyuge deben presentarse dentro de "
            "los 14 días siguientes al hecho."
        ),
    },
    "pt": {
        "このシステムについて": "Sobre este sistema",
        "電子届出システムで何ができるか、誰が使うかを説明します。": (
            "O que o sistema de notificação eletrônica faz e quem o utiliza."
        ),
        "利用できる方": "Quem pode usar",
        "在留カードをお持ちの中長期在留者の方と、その方を受け入れている教育機関や企業などの所属機関の方が利用できます。": (
            "Residentes de médio e longo prazo com cartão de residência, e as escolas, empresas "
            "e outras organizações que os recebem."
        ),
        "届出の期限": "Prazo",
        "所属機関や配偶者に関する届出は、出来事があった日から14日以内に行う必要があります。": (
            "As notificações sobre a sua organização ou o seu cônjuge devem ser feitas em até "
            "14 dias a partir do fato."
        ),
    },
    "tl": {
        "このシステムについて": "Tungkol sa sistemang ito",
        "電子届出システムで何ができるか、誰が使うかを説明します。": (
            "Kung ano ang magagawa sa electronic notification system at kung sino ang gumagamit nito."
        ),
        "利用できる方": "Sino ang maaaring gumamit",
        "在留カードをお持ちの中長期在留者の方と、その方を受け入れている教育機関や企業などの所属機関の方が利用できます。": (
            "Ang mga residenteng pangmatagalan na may residence card, at ang mga paaralan, "
            "kumpanya at iba pang organisasyong tumatanggap sa kanila."
        ),
        "届出の期限": "Takdang panahon",
        "所属機関や配偶者に関する届出は、出来事があった日から14日以内に行う必要があります。": (
            "Ang mga abiso tungkol sa inyong organisasyon o asawa ay dapat isumite sa loob ng "
            "14 na araw mula sa pangyayari."
        ),
    },
}
