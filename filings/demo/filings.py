"""The demo's filing pages in every language, through `portal.hooks.SEED_DEMO`.

Four pages below each home page: the guided check (/<lang>/check/), the filing wizards
(/<lang>/filing/), the status page (/<lang>/status/) and bulk filing (/<lang>/bulk/). The
Japanese pages are built and their translations stored through wagtail-localize like a
translator's work.
"""

from __future__ import annotations

from django.conf import settings

from wagtail.models import Page

from filings.pages.filing import BulkPage, FilingCheckPage, FilingPage, StatusPage
from portal.models import HomePage
from portal.seeding import digest, run_once, translate_all, upsert_child

SEED_VERSION = 2

CHECK = {
    "slug": "check",
    "ja": {
        "title": "届出が必要かどうかの確認",
        "intro": (
            "<p>在留資格、許可を受けた日、起きた出来事とその日付を選ぶと、届出が必要かどうか、"
            "必要な場合は届出の種類と期限をお知らせします。ログインは不要で、入力した内容は"
            "保存されません。</p>"
        ),
    },
    "en": {
        "title": "Do I need to file, and by when?",
        "intro": (
            "<p>Choose your status of residence, the date it was granted, what happened and "
            "when: we tell you whether you must file, and if so which notification and by which "
            "date. No sign-in is needed and nothing you enter is stored.</p>"
        ),
    },
    "zh-hant": {
        "title": "確認是否需要申報及期限",
        "intro": (
            "<p>選擇您的在留資格、取得許可的日期、發生的事項及其日期後，即可得知是否需要申報；"
            "如需申報，也會告訴您申報種類與期限。無需登入，輸入的內容不會被保存。</p>"
        ),
    },
    "zh-hans": {
        "title": "确认是否需要申报及期限",
        "intro": (
            "<p>选择您的在留资格、取得许可的日期、发生的事项及其日期后，即可得知是否需要申报；"
            "如需申报，还会告诉您申报种类和期限。无需登录，输入的内容不会被保存。</p>"
        ),
    },
    "ko": {
        "title": "신고가 필요한지, 언제까지인지 확인",
        "intro": (
            "<p>재류자격, 허가받은 날짜, 일어난 일과 그 날짜를 선택하면 신고가 필요한지, "
            "필요하다면 어떤 신고를 언제까지 해야 하는지 알려 드립니다. 로그인은 필요 없으며 "
            "입력한 내용은 저장되지 않습니다.</p>"
        ),
    },
    "es": {
        "title": "¿Tengo que notificar y antes de cuándo?",
        "intro": (
            "<p>Elija su estatus de residencia, la fecha en que se lo concedieron, qué ocurrió y "
            "cuándo: le diremos si debe notificar y, en ese caso, qué notificación y antes de "
            "qué fecha. No hace falta iniciar sesión y no se guarda nada de lo que introduzca.</p>"
        ),
    },
    "pt": {
        "title": "Preciso notificar, e até quando?",
        "intro": (
            "<p>Escolha seu status de residência, a data em que foi concedido, o que aconteceu "
            "e quando: diremos se você precisa notificar e, se sim, qual notificação e até que "
            "data. Não é preciso entrar na conta e nada do que você informar é guardado.</p>"
        ),
    },
    "tl": {
        "title": "Kailangan ko bang magsumite, at hanggang kailan?",
        "intro": (
            "<p>Piliin ang iyong status of residence, ang petsa ng pagkakaloob nito, kung ano "
            "ang nangyari at kailan: sasabihin namin kung kailangan mong magsumite, at kung oo, "
            "kung aling notipikasyon at hanggang kailan. Hindi kailangang mag-sign in at walang "
            "itinatagong inilagay mo.</p>"
        ),
    },
}

FILING = {
    "slug": "filing",
    "ja": {
        "title": "届出",
        "intro": (
            "<p>在留カードの情報と届け出る事項を入力し、確認画面で内容を確かめてから送信します。"
            "途中で前の画面に戻っても、入力した内容は消えません。</p>"
        ),
    },
    "en": {
        "title": "File a notification",
        "intro": (
            "<p>Enter your residence card details and what happened, check everything on the "
            "confirmation screen, then send. Going back to an earlier step never loses what you "
            "typed.</p>"
        ),
    },
    "zh-hant": {
        "title": "申報",
        "intro": (
            "<p>輸入在留卡資料及申報事項，在確認畫面核對內容後送出。即使返回上一步，已輸入的"
            "內容也不會消失。</p>"
        ),
    },
    "zh-hans": {
        "title": "申报",
        "intro": (
            "<p>输入在留卡信息及申报事项，在确认页面核对内容后提交。即使返回上一步，已输入的"
            "内容也不会丢失。</p>"
        ),
    },
    "ko": {
        "title": "신고하기",
        "intro": (
            "<p>재류카드 정보와 신고할 사항을 입력하고 확인 화면에서 내용을 확인한 후 보냅니다. "
            "이전 단계로 돌아가도 입력한 내용은 사라지지 않습니다.</p>"
        ),
    },
    "es": {
        "title": "Presentar una notificación",
        "intro": (
            "<p>Introduzca los datos de su tarjeta de residencia y lo que ocurrió, revise todo "
            "en la pantalla de confirmación y envíe. Volver a un paso anterior nunca borra lo "
            "que escribió.</p>"
        ),
    },
    "pt": {
        "title": "Fazer uma notificação",
        "intro": (
            "<p>Informe os dados do seu cartão de residência e o que aconteceu, confira tudo na "
            "tela de confirmação e envie. Voltar a uma etapa anterior nunca apaga o que você "
            "digitou.</p>"
        ),
    },
    "tl": {
        "title": "Magsumite ng notipikasyon",
        "intro": (
            "<p>Ilagay ang detalye ng iyong residence card at ang nangyari, suriin ang lahat sa "
            "pahina ng kumpirmasyon, saka ipadala. Hindi mawawala ang inilagay mo kahit bumalik "
            "ka sa naunang hakbang.</p>"
        ),
    },
}

STATUS = {
    "slug": "status",
    "ja": {
        "title": "届出状況参照",
        "intro": (
            "<p>これまでに行った届出の一覧です。登録中・登録完了・登録エラーの状況、期限、"
            "届け出た内容を確認し、印刷できます。</p>"
        ),
    },
    "en": {
        "title": "Status of your filings",
        "intro": (
            "<p>All the notifications you have filed: whether each is processing, completed or "
            "has an error, its due date and the full content you filed, ready to print.</p>"
        ),
    },
    "zh-hant": {
        "title": "申報狀況查詢",
        "intro": (
            "<p>您已辦理的所有申報一覽。可確認各申報為登錄中、登錄完成或登錄錯誤，以及期限和"
            "申報內容，並可列印。</p>"
        ),
    },
    "zh-hans": {
        "title": "申报状况查询",
        "intro": (
            "<p>您已办理的所有申报一览。可确认各申报为登记中、登记完成或登记错误，以及期限和"
            "申报内容，并可打印。</p>"
        ),
    },
    "ko": {
        "title": "신고 상황 조회",
        "intro": (
            "<p>지금까지 한 신고 목록입니다. 등록 중·등록 완료·등록 오류 상황과 기한, 신고한 "
            "내용을 확인하고 인쇄할 수 있습니다.</p>"
        ),
    },
    "es": {
        "title": "Estado de sus notificaciones",
        "intro": (
            "<p>Todas las notificaciones que ha presentado: si cada una está en proceso, "
            "completada o con error, su plazo y el contenido completo presentado, listo para "
            "imprimir.</p>"
        ),
    },
    "pt": {
        "title": "Situação das suas notificações",
        "intro": (
            "<p>Todas as notificações que você fez: se cada uma está em processamento, concluída "
            "ou com erro, o prazo e o conteúdo completo informado, pronto para imprimir.</p>"
        ),
    },
    "tl": {
        "title": "Status ng iyong mga notipikasyon",
        "intro": (
            "<p>Lahat ng notipikasyong isinumite mo: kung pinoproseso pa, kumpleto na o may "
            "error, ang takdang petsa nito at ang buong nilalamang isinumite, handang "
            "i-print.</p>"
        ),
    },
}

BULK = {
    "slug": "bulk",
    "ja": {
        "title": "一括届出",
        "intro": (
            "<p>所属機関の方は、Excelのテンプレートに最大300人分を入力して、まとめて届け出ることが"
            "できます。ファイルに誤りがあると、誰の届出も行われず、誤りのある行と列の一覧をお知らせ"
            "します。</p>"
        ),
    },
    "en": {
        "title": "Bulk filing",
        "intro": (
            "<p>Organizations can file for up to 300 people at once by filling in an Excel "
            "template. If anything in the file is wrong, nobody is filed and you get the list of "
            "problems by row and column.</p>"
        ),
    },
    "zh-hant": {
        "title": "批次申報",
        "intro": (
            "<p>所屬機構可在Excel範本中輸入最多300人的資料，一次辦理申報。檔案有誤時，所有人的"
            "申報均不會辦理，並會依列與欄列出錯誤。</p>"
        ),
    },
    "zh-hans": {
        "title": "批量申报",
        "intro": (
            "<p>所属机构可在Excel模板中填写最多300人的信息，一次办理申报。文件有误时，所有人的"
            "申报均不会办理，并会按行和列列出错误。</p>"
        ),
    },
    "ko": {
        "title": "일괄 신고",
        "intro": (
            "<p>소속기관은 Excel 템플릿에 최대 300명분을 입력하여 한꺼번에 신고할 수 있습니다. "
            "파일에 오류가 있으면 아무의 신고도 처리되지 않으며, 오류가 있는 행과 열의 목록을 "
            "알려 드립니다.</p>"
        ),
    },
    "es": {
        "title": "Notificación por lotes",
        "intro": (
            "<p>Las organizaciones pueden notificar hasta 300 personas a la vez rellenando una "
            "plantilla de Excel. Si algo del archivo es incorrecto, no se notifica a nadie y "
            "recibe la lista de problemas por fila y columna.</p>"
        ),
    },
    "pt": {
        "title": "Notificação em lote",
        "intro": (
            "<p>As organizações podem notificar até 300 pessoas de uma vez preenchendo um modelo "
            "do Excel. Se algo no arquivo estiver errado, ninguém é notificado e você recebe a "
            "lista de problemas por linha e coluna.</p>"
        ),
    },
    "tl": {
        "title": "Maramihang pagsusumite",
        "intro": (
            "<p>Makapagsusumite ang mga organisasyon para sa hanggang 300 tao nang sabay-sabay sa "
            "pagpuno ng Excel template. Kung may mali sa file, walang maisusumite at matatanggap "
            "mo ang listahan ng mga problema ayon sa hanay at column.</p>"
        ),
    },
}

PAGES: tuple[tuple[type[Page], dict], ...] = (
    (FilingCheckPage, CHECK),
    (FilingPage, FILING),
    (StatusPage, STATUS),
    (BulkPage, BULK),
)


def _exists() -> bool:
    """Every language has the four pages."""
    wanted = len(settings.LANGUAGES)
    return all(model.objects.live().count() >= wanted for model, _spec in PAGES)


def _build() -> None:
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    for model, spec in PAGES:
        page = upsert_child(
            home, model, spec["slug"], title=spec["ja"]["title"], intro=spec["ja"]["intro"]
        )
        translate_all(page, spec)


def seed(stdout) -> None:
    """Build or refresh the filing pages (idempotent: skipped while unchanged and present)."""
    built = run_once(
        "filings-pages",
        digest(SEED_VERSION, [spec for _model, spec in PAGES]),
        _build,
        exists=_exists(),
    )
    if built:
        stdout.write("Filing pages: check, filing, status and bulk in every language.")
