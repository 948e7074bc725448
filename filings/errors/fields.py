"""Catalogue entries for typed input and dates (SPEC F3, F4, A3, A4; Q42, Q47, Q62–Q66, Q69)."""

# Catalogue texts are kept one sentence to a line where they fit, so that the eight
# languages of an entry can be read side by side; CJK and long sentences pass the line limit.
# ruff: noqa: E501

from .base import Category, Entry, texts

# The late-filing warning reads the same for everyone; its remedy differs (a resident's duty
# carries a fine, an organization's own filing is a duty to try).
_LATE_FILING_MESSAGE = texts(
    ja=(
        "この届出の期限は{due}（事由の発生日から14日）でした。届出は受け付けますが、"
        "期限後の届出として記録されます。"
    ),
    en=(
        "This notification was due by {due}, 14 days after the event. It is still "
        "accepted, but it will be recorded as late."
    ),
    zh_hant="此申報的期限為{due}（事由發生日起14日內）。申報仍會受理，但將記錄為逾期申報。",
    zh_hans="此申报的期限为{due}（事由发生之日起14日内）。申报仍会受理，但将记录为逾期申报。",
    ko=(
        "이 신고의 기한은 {due}(사유 발생일로부터 14일)이었습니다. 신고는 접수되지만 "
        "기한 후 신고로 기록됩니다."
    ),
    es=(
        "El plazo de esta notificación vencía el {due}, 14 días después del hecho. Se "
        "acepta igualmente, pero quedará registrada como presentada fuera de plazo."
    ),
    pt=(
        "O prazo desta notificação terminava em {due}, 14 dias após o fato. Ela ainda "
        "será aceita, mas ficará registrada como fora do prazo."
    ),
    tl=(
        "Ang takdang petsa ng notipikasyong ito ay {due}, 14 na araw pagkatapos ng "
        "pangyayari. Tatanggapin pa rin ito, ngunit itatala bilang huli."
    ),
)

ENTRIES: tuple[Entry, ...] = (
    Entry(
        "E-REQUIRED",
        Category.INPUT,
        message=texts(
            ja="この項目は必須です。",
            en="This item is required.",
            zh_hant="此項目為必填。",
            zh_hans="此项为必填项。",
            ko="필수 항목입니다.",
            es="Este dato es obligatorio.",
            pt="Este campo é obrigatório.",
            tl="Kailangang punan ang item na ito.",
        ),
        remedy=texts(
            ja="この項目を入力してから、もう一度送信してください。",
            en="Fill in this item and send the form again.",
            zh_hant="請填寫此項目後再次送出。",
            zh_hans="请填写此项后重新提交。",
            ko="이 항목을 입력한 후 다시 보내 주십시오.",
            es="Complete este dato y envíe el formulario de nuevo.",
            pt="Preencha este campo e envie o formulário novamente.",
            tl="Punan ang item na ito at ipadala muli ang form.",
        ),
    ),
    Entry(
        "E-TOO-LONG",
        Category.INPUT,
        message=texts(
            ja="入力できるのは{max}文字までです。",
            en="This entry is too long: at most {max} characters are allowed.",
            zh_hant="輸入內容過長，最多只能輸入{max}個字元。",
            zh_hans="输入内容过长，最多只能输入{max}个字符。",
            ko="입력 내용이 너무 깁니다. 최대 {max}자까지 입력할 수 있습니다.",
            es="El texto es demasiado largo: se admiten como máximo {max} caracteres.",
            pt="O texto é longo demais: são permitidos no máximo {max} caracteres.",
            tl="Masyadong mahaba ang inilagay: hanggang {max} character lamang ang pinapayagan.",
        ),
        remedy=texts(
            ja="文字数を減らして、もう一度入力してください。",
            en="Shorten the entry and try again.",
            zh_hant="請縮短內容後再試一次。",
            zh_hans="请缩短内容后重试。",
            ko="글자 수를 줄여서 다시 입력해 주십시오.",
            es="Acorte el texto e inténtelo de nuevo.",
            pt="Encurte o texto e tente novamente.",
            tl="Paikliin ang inilagay at subukang muli.",
        ),
    ),
    Entry(
        "E-JIS-CHARS",
        Category.INPUT,
        message=texts(
            ja="次の文字は使用できません：{chars}",
            en="These characters cannot be used: {chars}",
            zh_hant="無法使用以下字元：{chars}",
            zh_hans="无法使用以下字符：{chars}",
            ko="다음 문자는 사용할 수 없습니다: {chars}",
            es="No se pueden usar estos caracteres: {chars}",
            pt="Estes caracteres não podem ser usados: {chars}",
            tl="Hindi maaaring gamitin ang mga character na ito: {chars}",
        ),
        remedy=texts(
            ja=(
                "JIS第1水準・第2水準の文字（JIS X 0208）だけを使用してください。異体字や環境依存"
                "文字は、在留カードに記載されている標準的な字体に置き換えてください。"
            ),
            en=(
                "Use only characters of JIS X 0208 (JIS level 1 and level 2 kanji, kana, "
                "full-width letters, digits and common symbols). Replace any variant or rare "
                "kanji with the standard form printed on the residence card."
            ),
            zh_hant=(
                "請僅使用JIS X 0208（JIS第1、第2水準漢字、假名、全形英數字及常用符號）範圍內的"
                "字元。異體字或罕用字請改用在留卡上記載的標準字形。"
            ),
            zh_hans=(
                "请仅使用JIS X 0208（JIS第一、第二水准汉字、假名、全角字母数字及常用符号）范围内"
                "的字符。异体字或生僻字请改用在留卡上记载的标准字形。"
            ),
            ko=(
                "JIS X 0208(JIS 제1·제2수준 한자, 가나, 전각 영숫자 및 일반 기호)에 포함된 "
                "문자만 사용해 주십시오. 이체자나 드문 한자는 재류카드에 기재된 표준 자형으로 "
                "바꿔 입력해 주십시오."
            ),
            es=(
                "Use solo caracteres de JIS X 0208 (kanji de los niveles 1 y 2 de JIS, kana, "
                "letras y números de ancho completo y símbolos comunes). Sustituya los kanji "
                "variantes o poco comunes por la forma estándar que figura en la tarjeta de "
                "residencia."
            ),
            pt=(
                "Use apenas caracteres do JIS X 0208 (kanji dos níveis 1 e 2 do JIS, kana, letras "
                "e números de largura completa e símbolos comuns). Substitua kanji variantes ou "
                "raros pela forma padrão impressa no cartão de residência."
            ),
            tl=(
                "Gumamit lamang ng mga character ng JIS X 0208 (kanji ng JIS level 1 at 2, kana, "
                "full-width na titik, numero at karaniwang simbolo). Palitan ang variant o "
                "bihirang kanji ng karaniwang anyo na nakalimbag sa residence card."
            ),
        ),
    ),
    Entry(
        "E-NAME-LATIN",
        Category.INPUT,
        message=texts(
            ja=(
                "氏名（英字）に使用できるのは、半角英大文字（A～Z）と半角スペースだけです。"
                "使用できない文字：{chars}"
            ),
            en=(
                "The name in Latin letters may contain only capital letters A–Z and half-width "
                "spaces. Not allowed: {chars}"
            ),
            zh_hant="英文姓名只能使用半形大寫英文字母（A–Z）及半形空格。無法使用的字元：{chars}",
            zh_hans="英文姓名只能使用半角大写英文字母（A–Z）和半角空格。无法使用的字符：{chars}",
            ko=(
                "영문 성명에는 반각 영문 대문자(A–Z)와 반각 공백만 사용할 수 있습니다. "
                "사용할 수 없는 문자: {chars}"
            ),
            es=(
                "El nombre en letras latinas solo puede contener mayúsculas de la A a la Z y "
                "espacios de ancho medio. No se admiten: {chars}"
            ),
            pt=(
                "O nome em letras latinas só pode conter letras maiúsculas de A a Z e espaços de "
                "meia largura. Não são permitidos: {chars}"
            ),
            tl=(
                "Ang pangalan sa Latin na titik ay maaari lamang maglaman ng malalaking titik A–Z "
                "at half-width na espasyo. Hindi pinapayagan: {chars}"
            ),
        ),
        remedy=texts(
            ja=(
                "在留カードの券面に記載されているとおりの順序で、半角英大文字で入力してください。"
                "氏名の区切りには半角スペースを1つ入れてください。"
            ),
            en=(
                "Type the name in capital letters exactly as, and in the same order as, it is "
                "printed on the residence card, with one half-width space between the parts."
            ),
            zh_hant="請依在留卡上記載的順序，以半形大寫英文字母輸入姓名，各部分之間以一個半形空格隔開。",
            zh_hans="请按照在留卡上记载的顺序，用半角大写英文字母输入姓名，各部分之间用一个半角空格隔开。",
            ko=(
                "재류카드에 기재된 순서 그대로 반각 영문 대문자로 입력하고, 각 부분 사이에는 "
                "반각 공백을 하나씩 넣어 주십시오."
            ),
            es=(
                "Escriba el nombre en mayúsculas, tal como figura en la tarjeta de residencia y "
                "en el mismo orden, con un espacio de ancho medio entre cada parte."
            ),
            pt=(
                "Digite o nome em letras maiúsculas, exatamente como e na mesma ordem em que "
                "aparece no cartão de residência, com um espaço de meia largura entre as partes."
            ),
            tl=(
                "I-type ang pangalan sa malalaking titik, eksakto at sa parehong "
                "pagkakasunod-sunod gaya ng nakalimbag sa residence card, na may isang half-width "
                "na espasyo sa pagitan ng bawat bahagi."
            ),
        ),
    ),
    Entry(
        "E-CARD-NUMBER",
        Category.INPUT,
        message=texts(
            ja="在留カード番号は、英字2文字・数字8文字・英字2文字の12文字です（例：AB12345678CD）。",
            en=(
                "The residence card number has 12 characters: two letters, eight digits and two "
                "letters (for example AB12345678CD)."
            ),
            zh_hant="在留卡號碼共12個字元：2個英文字母、8個數字、2個英文字母（例如AB12345678CD）。",
            zh_hans="在留卡号码共12个字符：2个英文字母、8个数字、2个英文字母（例如AB12345678CD）。",
            ko="재류카드 번호는 영문 2자, 숫자 8자, 영문 2자로 된 12자입니다(예: AB12345678CD).",
            es=(
                "El número de la tarjeta de residencia tiene 12 caracteres: dos letras, ocho "
                "dígitos y dos letras (por ejemplo, AB12345678CD)."
            ),
            pt=(
                "O número do cartão de residência tem 12 caracteres: duas letras, oito algarismos "
                "e duas letras (por exemplo, AB12345678CD)."
            ),
            tl=(
                "Ang numero ng residence card ay may 12 character: dalawang titik, walong numero "
                "at dalawang titik (halimbawa AB12345678CD)."
            ),
        ),
        remedy=texts(
            ja="在留カードの右上に記載されている番号を、そのとおりに入力してください。",
            en="Copy the number printed at the top right of the residence card.",
            zh_hant="請照在留卡右上方記載的號碼輸入。",
            zh_hans="请按照在留卡右上方记载的号码输入。",
            ko="재류카드 오른쪽 위에 기재된 번호를 그대로 입력해 주십시오.",
            es="Copie el número que figura en la parte superior derecha de la tarjeta de residencia.",
            pt="Copie o número impresso no canto superior direito do cartão de residência.",
            tl="Kopyahin ang numerong nakalimbag sa kanang itaas na bahagi ng residence card.",
        ),
    ),
    Entry(
        "E-CORP-NUMBER-FORMAT",
        Category.INPUT,
        message=texts(
            ja="法人番号は13桁の数字です。",
            en="The corporate number must be 13 digits.",
            zh_hant="法人番號必須為13位數字。",
            zh_hans="法人编号必须为13位数字。",
            ko="법인번호는 13자리 숫자입니다.",
            es="El número corporativo debe tener 13 dígitos.",
            pt="O número corporativo deve ter 13 dígitos.",
            tl="Ang corporate number ay dapat 13 digit.",
        ),
        remedy=texts(
            ja="国税庁が指定した13桁の法人番号を、スペースやハイフンを入れずに入力してください。",
            en=(
                "Enter the 13-digit corporate number assigned by the National Tax Agency, without "
                "spaces or hyphens."
            ),
            zh_hant="請輸入日本國稅廳指定的13位數法人番號，中間不要加空格或連字號。",
            zh_hans="请输入日本国税厅指定的13位法人编号，中间不要加空格或连字符。",
            ko="국세청이 지정한 13자리 법인번호를 공백이나 하이픈 없이 입력해 주십시오.",
            es=(
                "Introduzca el número corporativo de 13 dígitos asignado por la Agencia Nacional "
                "de Impuestos, sin espacios ni guiones."
            ),
            pt=(
                "Digite o número corporativo de 13 dígitos atribuído pela Agência Nacional de "
                "Impostos do Japão, sem espaços nem hífens."
            ),
            tl=(
                "Ilagay ang 13-digit na corporate number na itinalaga ng National Tax Agency, "
                "nang walang espasyo o gitling."
            ),
        ),
    ),
    Entry(
        "E-CORP-NUMBER-CHECK",
        Category.INPUT,
        message=texts(
            ja="この法人番号は正しくありません（検査用数字が一致しません）。",
            en="This corporate number is not valid: its check digit does not match.",
            zh_hant="此法人番號不正確（檢查碼不符）。",
            zh_hans="此法人编号不正确（校验码不符）。",
            ko="올바른 법인번호가 아닙니다(검사용 숫자가 일치하지 않습니다).",
            es="Este número corporativo no es válido: el dígito de control no coincide.",
            pt="Este número corporativo não é válido: o dígito verificador não confere.",
            tl="Hindi wasto ang corporate number na ito: hindi tugma ang check digit nito.",
        ),
        remedy=texts(
            ja="国税庁法人番号公表サイトで番号を確認し、1桁ずつ見直して入力し直してください。",
            en=(
                "Look the number up on the National Tax Agency's Corporate Number Publication "
                "Site, check each digit and enter it again."
            ),
            zh_hant="請至國稅廳法人番號公布網站確認號碼，逐位核對後重新輸入。",
            zh_hans="请在国税厅法人编号公布网站上确认号码，逐位核对后重新输入。",
            ko="국세청 법인번호 공표 사이트에서 번호를 확인하고 한 자리씩 대조한 후 다시 입력해 주십시오.",
            es=(
                "Consulte el número en el sitio de publicación de números corporativos de la "
                "Agencia Nacional de Impuestos, revise cada dígito e introdúzcalo de nuevo."
            ),
            pt=(
                "Consulte o número no site de publicação de números corporativos da Agência "
                "Nacional de Impostos, confira cada dígito e digite-o novamente."
            ),
            tl=(
                "Hanapin ang numero sa Corporate Number Publication Site ng National Tax Agency, "
                "suriin ang bawat digit at ilagay itong muli."
            ),
        ),
    ),
    Entry(
        "E-AUTHID-LENGTH",
        Category.INPUT,
        message=texts(
            ja="認証IDは{min}文字以上{max}文字以内で設定してください。",
            en="The auth ID must be {min} to {max} characters long.",
            zh_hant="認證ID須為{min}至{max}個字元。",
            zh_hans="认证ID须为{min}至{max}个字符。",
            ko="인증 ID는 {min}자 이상 {max}자 이하로 설정해야 합니다.",
            es="El ID de autenticación debe tener entre {min} y {max} caracteres.",
            pt="O ID de autenticação deve ter de {min} a {max} caracteres.",
            tl="Ang authentication ID ay dapat may {min} hanggang {max} character.",
        ),
        remedy=texts(
            ja=(
                "半角の英字・数字・記号を使って、6文字以上20文字以内の認証IDを設定してください。"
                "使用できる記号：!#$%&*+-.=?@_"
            ),
            en=(
                "Choose an auth ID of 6 to 20 characters using half-width letters, digits and "
                "symbols. Symbols you can use: !#$%&*+-.=?@_"
            ),
            zh_hant=(
                "請使用半形英文字母、數字及符號，設定6至20個字元的認證ID。可使用的符號："
                "!#$%&*+-.=?@_"
            ),
            zh_hans=(
                "请使用半角英文字母、数字和符号，设置6至20个字符的认证ID。可使用的符号："
                "!#$%&*+-.=?@_"
            ),
            ko=(
                "반각 영문자, 숫자, 기호를 사용하여 6자 이상 20자 이하의 인증 ID를 설정해 "
                "주십시오. 사용할 수 있는 기호: !#$%&*+-.=?@_"
            ),
            es=(
                "Elija un ID de autenticación de 6 a 20 caracteres con letras, números y símbolos "
                "de ancho medio. Símbolos admitidos: !#$%&*+-.=?@_"
            ),
            pt=(
                "Escolha um ID de autenticação de 6 a 20 caracteres com letras, números e "
                "símbolos de meia largura. Símbolos permitidos: !#$%&*+-.=?@_"
            ),
            tl=(
                "Pumili ng authentication ID na may 6 hanggang 20 character gamit ang half-width "
                "na titik, numero at simbolo. Mga pinapayagang simbolo: !#$%&*+-.=?@_"
            ),
        ),
    ),
    Entry(
        "E-AUTHID-CHARS",
        Category.INPUT,
        message=texts(
            ja="認証IDに使用できない文字が含まれています：{chars}",
            en="The auth ID contains characters that cannot be used: {chars}",
            zh_hant="認證ID含有無法使用的字元：{chars}",
            zh_hans="认证ID含有无法使用的字符：{chars}",
            ko="인증 ID에 사용할 수 없는 문자가 포함되어 있습니다: {chars}",
            es="El ID de autenticación contiene caracteres no admitidos: {chars}",
            pt="O ID de autenticação contém caracteres não permitidos: {chars}",
            tl="May mga character sa authentication ID na hindi maaaring gamitin: {chars}",
        ),
        remedy=texts(
            ja=(
                "認証IDには、半角の英字・数字と次の記号だけを使用できます。スペースは使用できま"
                "せん。使用できる記号：!#$%&*+-.=?@_"
            ),
            en=(
                "Use only half-width letters, digits and the following symbols, with no spaces. "
                "Symbols you can use: !#$%&*+-.=?@_"
            ),
            zh_hant=(
                "認證ID只能使用半形英文字母、數字及以下符號，不可使用空格。可使用的符號："
                "!#$%&*+-.=?@_"
            ),
            zh_hans=(
                "认证ID只能使用半角英文字母、数字和以下符号，不能使用空格。可使用的符号："
                "!#$%&*+-.=?@_"
            ),
            ko=(
                "인증 ID에는 반각 영문자, 숫자와 다음 기호만 사용할 수 있으며 공백은 사용할 수 "
                "없습니다. 사용할 수 있는 기호: !#$%&*+-.=?@_"
            ),
            es=(
                "Use solo letras y números de ancho medio y los siguientes símbolos, sin "
                "espacios. Símbolos admitidos: !#$%&*+-.=?@_"
            ),
            pt=(
                "Use apenas letras e números de meia largura e os símbolos a seguir, sem espaços. "
                "Símbolos permitidos: !#$%&*+-.=?@_"
            ),
            tl=(
                "Gumamit lamang ng half-width na titik, numero at ng mga sumusunod na simbolo, "
                "nang walang espasyo. Mga pinapayagang simbolo: !#$%&*+-.=?@_"
            ),
        ),
    ),
    Entry(
        "E-NAME-CONTROL",
        Category.INPUT,
        message=texts(
            ja="名前に改行などの制御文字は使えません。",
            en="A name cannot contain line breaks or other control characters.",
            zh_hant="名稱不可包含換行等控制字元。",
            zh_hans="名称不能包含换行等控制字符。",
            ko="이름에는 줄바꿈 등의 제어 문자를 사용할 수 없습니다.",
            es="Un nombre no puede contener saltos de línea ni otros caracteres de control.",
            pt="Um nome não pode conter quebras de linha nem outros caracteres de controle.",
            tl="Hindi maaaring maglaman ang pangalan ng line break o iba pang control character.",
        ),
        remedy=texts(
            ja="名前を1行で入力してください。",
            en="Type the name on one line.",
            zh_hant="請將名稱輸入在同一行。",
            zh_hans="请将名称输入在同一行。",
            ko="이름을 한 줄로 입력해 주십시오.",
            es="Escriba el nombre en una sola línea.",
            pt="Digite o nome em uma única linha.",
            tl="I-type ang pangalan sa iisang linya.",
        ),
    ),
    Entry(
        "E-NAME-LINK",
        Category.INPUT,
        message=texts(
            ja="名前にURL、メールアドレス、ドメイン名は使えません。",
            en="A name cannot contain a web address, an e-mail address or a domain name.",
            zh_hant="名稱不可包含網址、電子郵件地址或網域名稱。",
            zh_hans="名称不能包含网址、电子邮件地址或域名。",
            ko="이름에는 웹 주소, 이메일 주소, 도메인 이름을 사용할 수 없습니다.",
            es="Un nombre no puede contener una dirección web, una dirección de correo electrónico ni un nombre de dominio.",
            pt="Um nome não pode conter um endereço da web, um endereço de e-mail nem um nome de domínio.",
            tl="Hindi maaaring maglaman ang pangalan ng web address, e-mail address o domain name.",
        ),
        remedy=texts(
            ja="登記簿などに記載されている正式な名前だけを入力してください。",
            en="Enter only the official name, as registered.",
            zh_hant="請只輸入登記的正式名稱。",
            zh_hans="请只输入登记的正式名称。",
            ko="등기된 정식 명칭만 입력해 주십시오.",
            es="Escriba solo el nombre oficial, tal como está registrado.",
            pt="Digite apenas o nome oficial, como está registrado.",
            tl="Ilagay lamang ang opisyal na pangalan, gaya ng nakarehistro.",
        ),
    ),
    Entry(
        "E-ORG-EXISTS",
        Category.ACCOUNT,
        message=texts(
            ja="この法人番号の所属機関は既に登録されています。承認すると、申請者がその所属機関の管理者になります。",
            en=(
                "An organization with this corporate number is already registered. Approving "
                "would make the applicant an administrator of it."
            ),
            zh_hant="此法人號碼的所屬機構已經登錄。若核准，申請者將成為該機構的管理者。",
            zh_hans="此法人编号的所属机构已经注册。若批准，申请者将成为该机构的管理者。",
            ko="이 법인번호의 소속기관은 이미 등록되어 있습니다. 승인하면 신청자가 그 기관의 관리자가 됩니다.",
            es=(
                "Ya hay una organización registrada con este número corporativo. Si se aprueba, "
                "el solicitante pasará a administrarla."
            ),
            pt=(
                "Já existe uma organização cadastrada com este número corporativo. Se aprovado, "
                "o requerente passará a administrá-la."
            ),
            tl=(
                "May nakarehistro nang organisasyon na may ganitong corporate number. Kapag "
                "inaprubahan, magiging administrator nito ang aplikante."
            ),
        ),
        remedy=texts(
            ja="既存の管理者に確認したうえで、「既存の所属機関に管理者として追加する」を選んでから承認してください。そうでなければ却下してください。",
            en=(
                "Check with the organization's existing administrators, then tick \"Add as an "
                'administrator of the existing organization" and approve; otherwise reject.'
            ),
            zh_hant="請先向該機構現有的管理者確認，再勾選「作為管理者加入既有的所屬機構」後核准；否則請駁回。",
            zh_hans="请先向该机构现有的管理者确认，再勾选“作为管理者加入已有的所属机构”后批准；否则请驳回。",
            ko="기존 관리자에게 확인한 후 '기존 소속기관에 관리자로 추가'를 선택하고 승인해 주십시오. 그렇지 않으면 반려해 주십시오.",
            es=(
                "Confírmelo con los administradores actuales y marque «Añadir como administrador "
                "de la organización existente» antes de aprobar; si no, rechace la solicitud."
            ),
            pt=(
                "Confirme com os administradores atuais e marque “Adicionar como administrador "
                "da organização existente” antes de aprovar; caso contrário, recuse."
            ),
            tl=(
                "Kumpirmahin muna sa mga kasalukuyang administrator, saka lagyan ng tsek ang "
                '"Idagdag bilang administrator ng kasalukuyang organisasyon" at aprubahan; '
                "kung hindi, tanggihan."
            ),
        ),
    ),
    Entry(
        "E-AUTHID-TAKEN",
        Category.ACCOUNT,
        message=texts(
            ja="この認証IDは既に使用されています。",
            en="This auth ID is already in use.",
            zh_hant="此認證ID已被使用。",
            zh_hans="此认证ID已被使用。",
            ko="이미 사용 중인 인증 ID입니다.",
            es="Este ID de autenticación ya está en uso.",
            pt="Este ID de autenticação já está em uso.",
            tl="Ginagamit na ang authentication ID na ito.",
        ),
        remedy=texts(
            ja="別の認証IDを設定してください。大文字と小文字の違いしかない認証IDは、同じものとして扱われます。",
            en=(
                "Choose another auth ID. IDs that differ only in upper and lower case count as "
                "the same."
            ),
            zh_hant="請設定其他認證ID。僅大小寫不同的認證ID視為相同。",
            zh_hans="请设置其他认证ID。仅大小写不同的认证ID视为相同。",
            ko="다른 인증 ID를 설정해 주십시오. 대문자와 소문자만 다른 ID는 같은 ID로 취급됩니다.",
            es=(
                "Elija otro ID. Los ID que solo se diferencian en mayúsculas y minúsculas se "
                "consideran iguales."
            ),
            pt=(
                "Escolha outro ID. IDs que diferem apenas em letras maiúsculas e minúsculas são "
                "considerados iguais."
            ),
            tl=(
                "Pumili ng ibang ID. Itinuturing na pareho ang mga ID na nagkakaiba lamang sa "
                "malaki at maliit na titik."
            ),
        ),
    ),
    Entry(
        "E-PASSWORD-LENGTH",
        Category.INPUT,
        message=texts(
            ja="パスワードは{min}文字以上{max}文字以内で設定してください。",
            en="The password must be {min} to {max} characters long.",
            zh_hant="密碼須為{min}至{max}個字元。",
            zh_hans="密码须为{min}至{max}个字符。",
            ko="비밀번호는 {min}자 이상 {max}자 이하로 설정해야 합니다.",
            es="La contraseña debe tener entre {min} y {max} caracteres.",
            pt="A senha deve ter de {min} a {max} caracteres.",
            tl="Ang password ay dapat may {min} hanggang {max} character.",
        ),
        remedy=texts(
            ja="表示されている文字数の範囲内でパスワードを設定してください。長いパスワードほど安全です。",
            en="Choose a password whose length is within the range shown. Longer passwords are safer.",
            zh_hant="請在顯示的字數範圍內設定密碼。密碼越長越安全。",
            zh_hans="请在显示的字数范围内设置密码。密码越长越安全。",
            ko="표시된 글자 수 범위 안에서 비밀번호를 설정해 주십시오. 비밀번호는 길수록 안전합니다.",
            es=(
                "Elija una contraseña cuya longitud esté dentro del intervalo indicado. Cuanto "
                "más larga, más segura."
            ),
            pt=(
                "Escolha uma senha com comprimento dentro do intervalo indicado. Quanto mais "
                "longa, mais segura."
            ),
            tl=(
                "Pumili ng password na ang haba ay nasa saklaw na ipinakita. Mas ligtas ang mas "
                "mahabang password."
            ),
        ),
    ),
    Entry(
        "E-PASSWORD-CHARS",
        Category.INPUT,
        message=texts(
            ja="パスワードに使用できない文字が含まれています：{chars}",
            en="The password contains characters that cannot be used: {chars}",
            zh_hant="密碼含有無法使用的字元：{chars}",
            zh_hans="密码含有无法使用的字符：{chars}",
            ko="비밀번호에 사용할 수 없는 문자가 포함되어 있습니다: {chars}",
            es="La contraseña contiene caracteres no admitidos: {chars}",
            pt="A senha contém caracteres não permitidos: {chars}",
            tl="May mga character sa password na hindi maaaring gamitin: {chars}",
        ),
        remedy=texts(
            ja="パスワードには、半角の英字・数字と次の記号だけを使用できます。使用できる記号：$%&=@_#*+-?!",
            en=(
                "Use only half-width letters, digits and the following symbols. Symbols you can "
                "use: $%&=@_#*+-?!"
            ),
            zh_hant="密碼只能使用半形英文字母、數字及以下符號。可使用的符號：$%&=@_#*+-?!",
            zh_hans="密码只能使用半角英文字母、数字和以下符号。可使用的符号：$%&=@_#*+-?!",
            ko=(
                "비밀번호에는 반각 영문자, 숫자와 다음 기호만 사용할 수 있습니다. 사용할 수 있는 "
                "기호: $%&=@_#*+-?!"
            ),
            es=(
                "Use solo letras y números de ancho medio y los siguientes símbolos. Símbolos "
                "admitidos: $%&=@_#*+-?!"
            ),
            pt=(
                "Use apenas letras e números de meia largura e os símbolos a seguir. Símbolos "
                "permitidos: $%&=@_#*+-?!"
            ),
            tl=(
                "Gumamit lamang ng half-width na titik, numero at ng mga sumusunod na simbolo. "
                "Mga pinapayagang simbolo: $%&=@_#*+-?!"
            ),
        ),
    ),
    Entry(
        "E-PASSWORD-CLASSES",
        Category.INPUT,
        message=texts(
            ja="パスワードには、半角の英字・数字・記号の3種類を混在させる必要があります。",
            en="The password must mix half-width letters, digits and symbols.",
            zh_hant="密碼必須混合使用半形英文字母、數字及符號三種字元。",
            zh_hans="密码必须混合使用半角英文字母、数字和符号三种字符。",
            ko="비밀번호에는 반각 영문자, 숫자, 기호의 세 종류를 모두 섞어야 합니다.",
            es="La contraseña debe combinar letras, números y símbolos de ancho medio.",
            pt="A senha deve combinar letras, números e símbolos de meia largura.",
            tl="Ang password ay dapat may halong half-width na titik, numero at simbolo.",
        ),
        remedy=texts(
            ja="英字と数字をそれぞれ1文字以上、さらに次の記号のいずれかを1文字以上含めてください：$%&=@_#*+-?!",
            en="Include at least one letter, one digit and one of these symbols: $%&=@_#*+-?!",
            zh_hant="請至少包含一個英文字母、一個數字，以及以下任一符號：$%&=@_#*+-?!",
            zh_hans="请至少包含一个英文字母、一个数字，以及以下任一符号：$%&=@_#*+-?!",
            ko="영문자와 숫자를 각각 1자 이상, 그리고 다음 기호 중 1자 이상을 포함해 주십시오: $%&=@_#*+-?!",
            es="Incluya al menos una letra, un número y uno de estos símbolos: $%&=@_#*+-?!",
            pt="Inclua pelo menos uma letra, um número e um destes símbolos: $%&=@_#*+-?!",
            tl=(
                "Maglagay ng kahit isang titik, isang numero at isa sa mga simbolong ito: "
                "$%&=@_#*+-?!"
            ),
        ),
    ),
    Entry(
        "E-PASSWORD-CONTAINS-ID",
        Category.INPUT,
        message=texts(
            ja="パスワードに認証IDを含めることはできません。",
            en="The password must not contain the auth ID.",
            zh_hant="密碼不得包含認證ID。",
            zh_hans="密码不得包含认证ID。",
            ko="비밀번호에 인증 ID를 포함할 수 없습니다.",
            es="La contraseña no puede contener el ID de autenticación.",
            pt="A senha não pode conter o ID de autenticação.",
            tl="Hindi maaaring maglaman ang password ng authentication ID.",
        ),
        remedy=texts(
            ja="認証IDを含まないパスワードを設定してください。大文字・小文字の違いは区別せずに判定します。",
            en=(
                "Choose a password that does not include the auth ID, whether in upper or lower "
                "case."
            ),
            zh_hant="請設定不含認證ID的密碼。判斷時不區分大小寫。",
            zh_hans="请设置不含认证ID的密码。判断时不区分大小写。",
            ko="인증 ID가 포함되지 않은 비밀번호를 설정해 주십시오. 대문자와 소문자는 구분하지 않고 판단합니다.",
            es=(
                "Elija una contraseña que no incluya el ID de autenticación, ni en mayúsculas ni "
                "en minúsculas."
            ),
            pt=(
                "Escolha uma senha que não inclua o ID de autenticação, nem em maiúsculas nem em "
                "minúsculas."
            ),
            tl=(
                "Pumili ng password na hindi kasama ang authentication ID, malaki man o maliit "
                "na titik."
            ),
        ),
    ),
    Entry(
        "E-PASSWORD-CONFIRM",
        Category.INPUT,
        message=texts(
            ja="確認用に入力したパスワードが一致しません。",
            en="The two passwords do not match.",
            zh_hant="兩次輸入的密碼不一致。",
            zh_hans="两次输入的密码不一致。",
            ko="두 번 입력한 비밀번호가 일치하지 않습니다.",
            es="Las dos contraseñas no coinciden.",
            pt="As duas senhas não coincidem.",
            tl="Hindi magkatugma ang dalawang password.",
        ),
        remedy=texts(
            ja="2つの欄に同じ新しいパスワードを入力してください。",
            en="Type the same new password in both fields.",
            zh_hant="請在兩個欄位輸入相同的新密碼。",
            zh_hans="请在两个栏中输入相同的新密码。",
            ko="두 칸에 같은 새 비밀번호를 입력해 주십시오.",
            es="Escriba la misma contraseña nueva en los dos campos.",
            pt="Digite a mesma senha nova nos dois campos.",
            tl="I-type ang parehong bagong password sa dalawang field.",
        ),
    ),
    Entry(
        "E-EMAIL-LENGTH",
        Category.INPUT,
        message=texts(
            ja="メールアドレスは{max}文字以内で入力してください。",
            en="The e-mail address is too long: at most {max} characters are allowed.",
            zh_hant="電子郵件地址過長，最多只能輸入{max}個字元。",
            zh_hans="电子邮箱地址过长，最多只能输入{max}个字符。",
            ko="이메일 주소가 너무 깁니다. 최대 {max}자까지 입력할 수 있습니다.",
            es="La dirección de correo electrónico es demasiado larga: se admiten como máximo {max} caracteres.",
            pt="O endereço de e-mail é longo demais: são permitidos no máximo {max} caracteres.",
            tl="Masyadong mahaba ang e-mail address: hanggang {max} character lamang ang pinapayagan.",
        ),
        remedy=texts(
            ja="より短いメールアドレスを登録してください。",
            en="Register a shorter e-mail address.",
            zh_hant="請登錄較短的電子郵件地址。",
            zh_hans="请登记较短的电子邮箱地址。",
            ko="더 짧은 이메일 주소를 등록해 주십시오.",
            es="Registre una dirección de correo electrónico más corta.",
            pt="Cadastre um endereço de e-mail mais curto.",
            tl="Magrehistro ng mas maikling e-mail address.",
        ),
    ),
    Entry(
        "E-EMAIL-INVALID",
        Category.INPUT,
        message=texts(
            ja="メールアドレスの形式が正しくありません。",
            en="This is not a valid e-mail address.",
            zh_hant="電子郵件地址格式不正確。",
            zh_hans="电子邮箱地址格式不正确。",
            ko="이메일 주소 형식이 올바르지 않습니다.",
            es="Esta dirección de correo electrónico no es válida.",
            pt="Este endereço de e-mail não é válido.",
            tl="Hindi wastong e-mail address ito.",
        ),
        remedy=texts(
            ja="「@」が抜けていないか、余分なスペースがないかなど、入力誤りがないか確認してください。",
            en="Check for typing mistakes, such as a missing @ or an extra space.",
            zh_hant="請確認是否有輸入錯誤，例如缺少@或多了空格。",
            zh_hans="请检查是否有输入错误，例如缺少@或多了空格。",
            ko="@가 빠졌거나 불필요한 공백이 있는지 등 입력 오류가 없는지 확인해 주십시오.",
            es="Compruebe que no haya errores, como una @ que falte o un espacio de más.",
            pt="Verifique se há erros de digitação, como a falta de @ ou um espaço a mais.",
            tl="Suriin kung may mali sa pag-type, gaya ng nawawalang @ o sobrang espasyo.",
        ),
    ),
    # --- dates (F4, Q7, Q69) --------------------------------------------------------------
    Entry(
        "E-DATE-INVALID",
        Category.DATE,
        message=texts(
            ja="正しい日付ではありません。",
            en="This is not a valid date.",
            zh_hant="日期不正確。",
            zh_hans="日期不正确。",
            ko="올바른 날짜가 아닙니다.",
            es="Esta fecha no es válida.",
            pt="Esta data não é válida.",
            tl="Hindi wastong petsa ito.",
        ),
        remedy=texts(
            ja="実在する年月日を入力してください。",
            en="Enter a year, month and day that exist.",
            zh_hant="請輸入實際存在的年、月、日。",
            zh_hans="请输入实际存在的年、月、日。",
            ko="실제로 존재하는 연월일을 입력해 주십시오.",
            es="Introduzca un año, un mes y un día que existan.",
            pt="Digite um ano, mês e dia que existam.",
            tl="Maglagay ng taon, buwan at araw na umiiral.",
        ),
    ),
    Entry(
        "E-DATE-FUTURE",
        Category.DATE,
        message=texts(
            ja="未来の日付は入力できません。",
            en="This date cannot be in the future.",
            zh_hant="不可輸入未來的日期。",
            zh_hans="不能输入将来的日期。",
            ko="미래의 날짜는 입력할 수 없습니다.",
            es="Esta fecha no puede ser posterior a hoy.",
            pt="Esta data não pode ser posterior a hoje.",
            tl="Hindi maaaring nasa hinaharap ang petsang ito.",
        ),
        remedy=texts(
            ja="今日以前の日付を入力してください。",
            en="Enter today's date or an earlier one.",
            zh_hant="請輸入今天或之前的日期。",
            zh_hans="请输入今天或之前的日期。",
            ko="오늘 또는 그 이전의 날짜를 입력해 주십시오.",
            es="Introduzca la fecha de hoy o una anterior.",
            pt="Digite a data de hoje ou uma anterior.",
            tl="Ilagay ang petsa ngayon o mas maaga pa rito.",
        ),
    ),
    Entry(
        "E-EVENT-DATE-FUTURE",
        Category.DATE,
        message=texts(
            ja="届出事由の発生日に未来の日付は入力できません。",
            en="The date of the event cannot be in the future.",
            zh_hant="申報事由的發生日期不可為未來的日期。",
            zh_hans="申报事由的发生日期不能是将来的日期。",
            ko="신고 사유의 발생일에는 미래의 날짜를 입력할 수 없습니다.",
            es="La fecha del hecho no puede ser posterior a hoy.",
            pt="A data do fato não pode ser posterior a hoje.",
            tl="Hindi maaaring nasa hinaharap ang petsa ng pangyayari.",
        ),
        remedy=texts(
            ja="届出は、事由が発生した後に、その発生日を入力して行ってください。",
            en="File the notification after the event has happened, giving the date on which it happened.",
            zh_hant="請於事由發生後再申報，並輸入實際發生的日期。",
            zh_hans="请在事由发生后再申报，并输入实际发生的日期。",
            ko="신고는 사유가 발생한 후에 그 발생일을 입력하여 해 주십시오.",
            es="Presente la notificación después de que ocurra el hecho, indicando la fecha en que ocurrió.",
            pt="Faça a notificação depois que o fato ocorrer, informando a data em que ocorreu.",
            tl="Isumite ang notipikasyon pagkatapos mangyari ang pangyayari, at ilagay ang petsa kung kailan ito nangyari.",
        ),
    ),
    Entry(
        "W-FILING-LATE",
        Category.DATE,
        message=_LATE_FILING_MESSAGE,
        remedy=texts(
            ja=(
                "届出は事由が発生した日から14日以内に行う義務があります。届出をしなかったり遅れ"
                "たりした場合は、罰金の対象となることがあります。今後は期限内に届け出てください。"
            ),
            en=(
                "Notifications must be filed within 14 days of the event; not filing, or filing "
                "late, can lead to a fine. Please file on time in future."
            ),
            zh_hant="申報須於事由發生日起14日內辦理；未申報或逾期申報可能被處以罰金。今後請於期限內申報。",
            zh_hans="申报须在事由发生之日起14日内办理；不申报或逾期申报可能被处以罚款。今后请在期限内申报。",
            ko=(
                "신고는 사유가 발생한 날부터 14일 이내에 해야 할 의무가 있습니다. 신고하지 않거나 "
                "늦게 신고하면 벌금이 부과될 수 있습니다. 앞으로는 기한 내에 신고해 주십시오."
            ),
            es=(
                "Las notificaciones deben presentarse dentro de los 14 días siguientes al hecho; "
                "no presentarlas o presentarlas tarde puede acarrear una multa. En adelante, "
                "preséntelas dentro del plazo."
            ),
            pt=(
                "As notificações devem ser feitas em até 14 dias após o fato; deixar de notificar "
                "ou notificar com atraso pode resultar em multa. Daqui em diante, notifique "
                "dentro do prazo."
            ),
            tl=(
                "Dapat isumite ang notipikasyon sa loob ng 14 na araw mula sa pangyayari; ang "
                "hindi pagsusumite o ang pagsusumite nang huli ay maaaring pagmultahin. Sa susunod, "
                "magsumite sa takdang panahon."
            ),
        ),
    ),
    Entry(
        "W-FILING-LATE-ORG",
        Category.DATE,
        message=_LATE_FILING_MESSAGE,
        remedy=texts(
            ja=(
                "所属機関による届出は、事由が発生した日から14日以内に行うよう努めるもの"
                "（努力義務）で、罰則はありません。期限内に届け出ていただくと、受け入れている方の"
                "審査がより円滑に進みます。"
            ),
            en=(
                "The law asks organizations to file within 14 days of the event; it is a duty to "
                "try and carries no penalty. Filing on time helps the applications of the people "
                "you accept go more smoothly."
            ),
            zh_hant=(
                "法律要求所屬機關於事由發生日起14日內申報，此為努力義務，沒有罰則。"
                "按期申報有助於貴機關所接收人員的審查更順利進行。"
            ),
            zh_hans=(
                "法律要求所属机构在事由发生之日起14日内申报，这是努力义务，没有罚则。"
                "按期申报有助于贵机构所接收人员的审查更顺利地进行。"
            ),
            ko=(
                "소속기관의 신고는 사유가 발생한 날부터 14일 이내에 하도록 노력할 의무(노력 의무)"
                "이며 벌칙은 없습니다. 기한 내에 신고하시면 받아들이고 있는 분들의 심사가 더 "
                "원활하게 진행됩니다."
            ),
            es=(
                "La ley pide a las organizaciones que presenten la notificación dentro de los 14 "
                "días siguientes al hecho; es un deber de esforzarse y no conlleva sanción. "
                "Presentarla a tiempo ayuda a que los trámites de las personas que acogen avancen "
                "con más fluidez."
            ),
            pt=(
                "A lei pede às organizações que façam a notificação em até 14 dias após o fato; "
                "é um dever de empenho e não prevê penalidade. Notificar dentro do prazo ajuda os "
                "pedidos das pessoas que vocês acolhem a correrem com mais facilidade."
            ),
            tl=(
                "Hinihiling ng batas sa mga organisasyon na magsumite sa loob ng 14 na araw mula "
                "sa pangyayari; ito ay tungkuling pagsikapan at walang parusa. Kapag nagsumite "
                "kayo sa takdang panahon, mas magiging maayos ang pagsusuri sa mga aplikasyon ng "
                "mga taong tinatanggap ninyo."
            ),
        ),
    ),
)
