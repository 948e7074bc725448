"""The account pages of the demo portal, in all eight languages, through
`portal.hooks.SEED_DEMO`. The slugs are the same in every language ("account",
"organization-registration"), so /<lang>/account/ is what the maintenance guard and the mails'
links expect."""

from __future__ import annotations

from django.conf import settings

from filings.pages.accounts import AccountPage, OrganizationRegistrationPage
from portal.models import HomePage
from portal.seeding import digest, run_once, translate_all, upsert_child

SEED_VERSION = 1

ACCOUNT = {
    "slug": "account",
    "ja": {
        "title": "ログイン・利用者登録",
        "intro": (
            "<p>届出をするには認証IDでログインします。中長期在留者の方は、在留カードの情報で"
            "認証IDを取得できます。所属機関の方は、オンラインで事前登録をしてから窓口で"
            "登録を完了してください。</p>"
        ),
    },
    "en": {
        "title": "Sign in and registration",
        "intro": (
            "<p>Sign in with your auth ID to file notifications. Residents get an auth ID with "
            "the details of their residence card. Organizations pre-register online and "
            "complete the registration at the counter.</p>"
        ),
    },
    "zh-hant": {
        "title": "登入與使用者登錄",
        "intro": (
            "<p>請使用認證ID登入以進行申報。中長期在留者可憑在留卡資料取得認證ID。所屬機構請先"
            "在線上預先登錄，再至窗口完成登錄。</p>"
        ),
    },
    "zh-hans": {
        "title": "登录与用户注册",
        "intro": (
            "<p>请使用认证ID登录以进行申报。中长期在留者可凭在留卡信息取得认证ID。所属机构请先"
            "在线预先注册，再到窗口完成注册。</p>"
        ),
    },
    "ko": {
        "title": "로그인 및 이용자 등록",
        "intro": (
            "<p>신고하려면 인증 ID로 로그인합니다. 중장기 체류자는 재류카드 정보로 인증 ID를 "
            "발급받을 수 있습니다. 소속기관은 온라인으로 사전 등록한 뒤 창구에서 등록을 "
            "완료해 주십시오.</p>"
        ),
    },
    "es": {
        "title": "Inicio de sesión y registro",
        "intro": (
            "<p>Inicie sesión con su ID de autenticación para presentar notificaciones. Los "
            "residentes obtienen un ID con los datos de su tarjeta de residencia. Las "
            "organizaciones se preinscriben en línea y completan el registro en la "
            "ventanilla.</p>"
        ),
    },
    "pt": {
        "title": "Acesso e cadastro",
        "intro": (
            "<p>Entre com seu ID de autenticação para fazer notificações. Residentes obtêm um ID "
            "com os dados do cartão de residência. Organizações fazem um pré-cadastro pela "
            "internet e concluem o cadastro no guichê.</p>"
        ),
    },
    "tl": {
        "title": "Pag-sign in at pagpaparehistro",
        "intro": (
            "<p>Mag-sign in gamit ang iyong authentication ID para magsumite ng notipikasyon. "
            "Nakakakuha ng ID ang mga residente gamit ang datos ng kanilang residence card. "
            "Ang mga organisasyon ay nagpaparehistro muna online at tinatapos ito sa "
            "counter.</p>"
        ),
    },
}

ORGANIZATION = {
    "slug": "organization-registration",
    "ja": {
        "title": "所属機関の事前登録",
        "intro": "<p>所属機関の登録申請書の内容をオンラインで入力し、受付番号を受け取ります。</p>",
    },
    "en": {
        "title": "Organization pre-registration",
        "intro": (
            "<p>Fill in the organization registration form online and receive a reference "
            "number.</p>"
        ),
    },
    "zh-hant": {
        "title": "所屬機構預先登錄",
        "intro": "<p>在線上填寫所屬機構登錄申請書的內容，並取得受理編號。</p>",
    },
    "zh-hans": {
        "title": "所属机构预先注册",
        "intro": "<p>在线填写所属机构注册申请表的内容，并取得受理编号。</p>",
    },
    "ko": {
        "title": "소속기관 사전 등록",
        "intro": "<p>소속기관 등록 신청서의 내용을 온라인으로 입력하고 접수 번호를 받습니다.</p>",
    },
    "es": {
        "title": "Preinscripción de organizaciones",
        "intro": (
            "<p>Complete en línea el formulario de registro de la organización y reciba un "
            "número de referencia.</p>"
        ),
    },
    "pt": {
        "title": "Pré-cadastro de organizações",
        "intro": (
            "<p>Preencha pela internet o formulário de cadastro da organização e receba um "
            "número de referência.</p>"
        ),
    },
    "tl": {
        "title": "Paunang pagpaparehistro ng organisasyon",
        "intro": (
            "<p>Sagutan online ang form ng pagpaparehistro ng organisasyon at tumanggap ng "
            "reference number.</p>"
        ),
    },
}


def _exists() -> bool:
    wanted = len(settings.LANGUAGES)
    return (
        AccountPage.objects.live().count() >= wanted
        and OrganizationRegistrationPage.objects.live().count() >= wanted
    )


def _build() -> None:
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    account = upsert_child(
        home,
        AccountPage,
        ACCOUNT["slug"],
        title=ACCOUNT["ja"]["title"],
        intro=ACCOUNT["ja"]["intro"],
    )
    translate_all(account, ACCOUNT)
    organization = upsert_child(
        account,
        OrganizationRegistrationPage,
        ORGANIZATION["slug"],
        title=ORGANIZATION["ja"]["title"],
        intro=ORGANIZATION["ja"]["intro"],
    )
    translate_all(organization, ORGANIZATION)


def seed(stdout) -> None:
    """Build or refresh the account pages (idempotent: skipped while unchanged and present)."""
    if run_once(
        "filings-account-pages",
        digest(SEED_VERSION, [ACCOUNT, ORGANIZATION]),
        _build,
        exists=_exists(),
    ):
        stdout.write("Account pages: sign-in, registration and organization pre-registration.")
