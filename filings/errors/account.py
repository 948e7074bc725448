"""Catalogue entries for registration, sign-in and the account (SPEC A1–A7; Q35–Q52, Q63)."""

# Catalogue texts are kept one sentence to a line where they fit, so that the eight
# languages of an entry can be read side by side; CJK and long sentences pass the line limit.
# ruff: noqa: E501

from .base import Category, Entry, texts

ENTRIES: tuple[Entry, ...] = (
    Entry(
        "E-IDENTITY-MISMATCH",
        Category.ACCOUNT,
        # Q63: never say which field is wrong; every field to recheck is marked instead.
        message=texts(
            ja="入力された内容が在留カードの記録と一致しません。",
            en="The details you entered do not match the residence card records.",
            zh_hant="您輸入的內容與在留卡的紀錄不符。",
            zh_hans="您输入的内容与在留卡的记录不符。",
            ko="입력하신 내용이 재류카드 기록과 일치하지 않습니다.",
            es="Los datos introducidos no coinciden con los registros de la tarjeta de residencia.",
            pt="Os dados informados não coincidem com os registros do cartão de residência.",
            tl="Hindi tugma ang inilagay mong impormasyon sa rekord ng residence card.",
        ),
        remedy=texts(
            ja=(
                "マークが付いた項目をすべて確認し、在留カードの券面のとおりに入力し直してください。"
                "マークが付いた項目が必ずしも誤っているとは限りません。それでも解決しない場合は、"
                "ヘルプデスクにお問い合わせください。"
            ),
            en=(
                "Check every marked item and enter it exactly as printed on the residence card. "
                "A marked item is not necessarily the wrong one. If the error continues, contact "
                "the help desk."
            ),
            zh_hant=(
                "請確認所有標示的項目，並依照在留卡上記載的內容重新輸入。被標示的項目不一定是錯誤"
                "的項目。若問題仍未解決，請聯絡服務台。"
            ),
            zh_hans=(
                "请检查所有标出的项目，并按照在留卡上记载的内容重新输入。被标出的项目不一定有误。"
                "如仍无法解决，请联系服务台。"
            ),
            ko=(
                "표시된 항목을 모두 확인하고 재류카드에 기재된 대로 다시 입력해 주십시오. 표시된 "
                "항목이 반드시 틀린 것은 아닙니다. 계속 오류가 나면 헬프데스크에 문의해 주십시오."
            ),
            es=(
                "Revise todos los datos marcados e introdúzcalos exactamente como figuran en la "
                "tarjeta de residencia. Un dato marcado no es necesariamente el erróneo. Si el "
                "error persiste, póngase en contacto con la mesa de ayuda."
            ),
            pt=(
                "Confira todos os campos marcados e digite-os exatamente como aparecem no cartão "
                "de residência. Um campo marcado não está necessariamente errado. Se o erro "
                "continuar, entre em contato com a central de atendimento."
            ),
            tl=(
                "Suriin ang lahat ng may markang item at ilagay ang mga ito nang eksakto gaya ng "
                "nakalimbag sa residence card. Hindi nangangahulugang mali ang bawat may markang "
                "item. Kung magpapatuloy ang error, makipag-ugnayan sa help desk."
            ),
        ),
    ),
    Entry(
        "E-CARD-ISSUED-TODAY",
        Category.ACCOUNT,
        message=texts(
            ja="本日交付された在留カードでは、本日中に利用者情報登録を行うことはできません。",
            en="A residence card issued today cannot be used to register until tomorrow.",
            zh_hant="今天核發的在留卡，須等到明天以後才能用於使用者登錄。",
            zh_hans="今天签发的在留卡，要到明天以后才能用于用户注册。",
            ko="오늘 교부된 재류카드로는 내일부터 이용자 정보 등록을 할 수 있습니다.",
            es="Una tarjeta de residencia expedida hoy no se puede usar para registrarse hasta mañana.",
            pt="Um cartão de residência emitido hoje só pode ser usado para o cadastro a partir de amanhã.",
            tl="Ang residence card na inisyu ngayong araw ay hindi pa magagamit sa pagpaparehistro hanggang bukas.",
        ),
        remedy=texts(
            ja="明日以降に、もう一度登録してください。",
            en="Register again tomorrow or later.",
            zh_hant="請於明天以後再次登錄。",
            zh_hans="请于明天以后再次注册。",
            ko="내일 이후에 다시 등록해 주십시오.",
            es="Regístrese de nuevo a partir de mañana.",
            pt="Faça o cadastro novamente a partir de amanhã.",
            tl="Magparehistro muli bukas o sa mga susunod na araw.",
        ),
    ),
    Entry(
        "E-STATUS-NOT-SUBJECT",
        Category.ACCOUNT,
        message=texts(
            ja="お持ちの在留資格は、このポータルで届出を行う対象ではありません。",
            en="Your status of residence is not one for which notifications are filed on this portal.",
            zh_hant="您的在留資格不屬於在本網站申報的對象。",
            zh_hans="您的在留资格不属于在本网站申报的对象。",
            ko="귀하의 재류자격은 이 포털에서 신고하는 대상이 아닙니다.",
            es="Su estatus de residencia no es uno de los que presentan notificaciones en este portal.",
            pt="Seu status de residência não está entre os que fazem notificações neste portal.",
            tl="Ang iyong status of residence ay hindi kabilang sa mga nagsusumite ng notipikasyon sa portal na ito.",
        ),
        remedy=texts(
            ja=(
                "トップページの「届出対象となる在留資格の一覧」で確認してください。一覧に含まれて"
                "いるのに登録できない場合は、ヘルプデスクにお問い合わせください。"
            ),
            en=(
                "Check the list of statuses that must file on the top page. If your status is on "
                "the list and you still cannot register, contact the help desk."
            ),
            zh_hant=(
                "請至首頁的「須申報的在留資格一覽」確認。若您的在留資格在一覽中卻仍無法登錄，"
                "請聯絡服務台。"
            ),
            zh_hans=(
                "请在首页的“须申报的在留资格一览”中确认。如您的在留资格在一览中却仍无法注册，"
                "请联系服务台。"
            ),
            ko=(
                "첫 페이지의 '신고 대상 재류자격 목록'에서 확인해 주십시오. 목록에 있는데도 등록할 "
                "수 없는 경우에는 헬프데스크에 문의해 주십시오."
            ),
            es=(
                "Consulte en la página de inicio la lista de estatus que deben notificar. Si su "
                "estatus figura en la lista y aun así no puede registrarse, póngase en contacto "
                "con la mesa de ayuda."
            ),
            pt=(
                "Consulte na página inicial a lista de status que devem notificar. Se o seu "
                "status estiver na lista e mesmo assim não conseguir se cadastrar, entre em "
                "contato com a central de atendimento."
            ),
            tl=(
                "Tingnan sa home page ang listahan ng mga status na kailangang magsumite. Kung "
                "nasa listahan ang iyong status at hindi ka pa rin makapagparehistro, "
                "makipag-ugnayan sa help desk."
            ),
        ),
    ),
    Entry(
        "E-ACCOUNT-EXISTS",
        Category.ACCOUNT,
        message=texts(
            ja="この方の利用者情報は既に登録されています。",
            en="An account is already registered for this person.",
            zh_hant="此人已登錄使用者資訊。",
            zh_hans="此人已注册用户信息。",
            ko="이미 이용자 정보가 등록되어 있습니다.",
            es="Esta persona ya tiene una cuenta registrada.",
            pt="Esta pessoa já possui uma conta cadastrada.",
            tl="May nakarehistro nang account para sa taong ito.",
        ),
        remedy=texts(
            ja=(
                "登録済みの認証IDでログインしてください。認証IDを忘れた場合は、「認証ID・パス"
                "ワード再通知」を利用してください。"
            ),
            en=(
                "Sign in with the existing auth ID. If you have forgotten it, use the auth ID and "
                "password re-notification page."
            ),
            zh_hant="請使用已登錄的認證ID登入。若忘記認證ID，請使用「認證ID及密碼重新通知」功能。",
            zh_hans="请使用已注册的认证ID登录。如忘记认证ID，请使用“认证ID及密码重新通知”功能。",
            ko=(
                "등록된 인증 ID로 로그인해 주십시오. 인증 ID를 잊으신 경우에는 '인증 ID·비밀번호 "
                "재통지'를 이용해 주십시오."
            ),
            es=(
                "Inicie sesión con el ID de autenticación existente. Si lo ha olvidado, use la "
                "página de reenvío del ID de autenticación y la contraseña."
            ),
            pt=(
                "Entre com o ID de autenticação existente. Se você o esqueceu, use a página de "
                "reenvio do ID de autenticação e da senha."
            ),
            tl=(
                "Mag-sign in gamit ang dati nang authentication ID. Kung nakalimutan mo ito, "
                "gamitin ang pahina para sa muling pagpapadala ng authentication ID at password."
            ),
        ),
    ),
    Entry(
        "E-ACCOUNT-LOCKED",
        Category.ACCOUNT,
        message=texts(
            ja="パスワードを続けて間違えたため、このアカウントはロックされています。",
            en="This account is locked after repeated wrong passwords.",
            zh_hant="由於連續輸入錯誤的密碼，此帳號已被鎖定。",
            zh_hans="由于连续输入错误的密码，此账户已被锁定。",
            ko="비밀번호를 여러 번 잘못 입력하여 계정이 잠겼습니다.",
            es="La cuenta está bloqueada porque se introdujo una contraseña incorrecta varias veces.",
            pt="A conta está bloqueada porque a senha foi digitada errada várias vezes.",
            tl="Naka-lock ang account na ito dahil sa paulit-ulit na maling password.",
        ),
        remedy=texts(
            ja=(
                "1日経過するとロックが解除されます。中長期在留者の方は、「認証ID・パスワード再通知」"
                "で新しいパスワードを設定すると、すぐに利用できます。"
                "所属機関の利用者はオンラインで解除できません。すぐに利用する必要がある場合は、"
                "所属機関の管理者に連絡するか、窓口にお越しください。"
            ),
            en=(
                "The lock is released after one day. Residents can use the account again at once "
                "by setting a new password through the auth ID and password re-notification page. "
                "Organization users cannot release it online: if you need the account sooner, "
                "ask your organization's administrator or visit the counter."
            ),
            zh_hant=(
                "鎖定將於一天後解除。中長期在留者可透過「認證ID及密碼重新通知」設定新密碼，"
                "即可立即使用。所屬機構使用者無法在線上解除鎖定；如需提前使用，請聯絡"
                "貴機構的管理者或親臨窗口辦理。"
            ),
            zh_hans=(
                "锁定将在一天后解除。中长期在留者可通过“认证ID及密码重新通知”设置新密码，"
                "即可立即使用。所属机构用户无法在线解除锁定；如需提前使用，请联系"
                "贵机构的管理员或前往窗口办理。"
            ),
            ko=(
                "하루가 지나면 잠금이 해제됩니다. 중장기 재류자는 '인증 ID·비밀번호 재통지'에서 "
                "새 비밀번호를 설정하면 바로 이용할 수 있습니다. 소속기관 이용자는 온라인으로 "
                "해제할 수 없습니다. 더 일찍 이용해야 하는 경우 소속기관 관리자에게 문의하거나 "
                "창구를 방문해 주십시오."
            ),
            es=(
                "El bloqueo se levanta al cabo de un día. Los residentes pueden volver a usar la "
                "cuenta de inmediato si establecen una contraseña nueva en la página de reenvío "
                "del ID de autenticación y la contraseña. Los usuarios de organizaciones no pueden "
                "levantarlo en línea: si necesita la cuenta antes, consulte al administrador de su "
                "organización o acuda a la ventanilla."
            ),
            pt=(
                "O bloqueio é liberado depois de um dia. Os residentes podem voltar a usar a "
                "conta imediatamente definindo uma nova senha na página de reenvio do ID de "
                "autenticação e da senha. Usuários de organizações não podem desbloquear pela "
                "internet: se precisar da conta antes, fale com o administrador da sua "
                "organização ou vá ao guichê de atendimento."
            ),
            tl=(
                "Maaalis ang lock pagkalipas ng isang araw. Ang mga residente ay maaaring gumamit "
                "agad muli ng account sa pamamagitan ng pagtatakda ng bagong password sa pahina "
                "para sa muling pagpapadala ng authentication ID at password. Hindi ito maaalis "
                "online ng mga user ng organisasyon: kung kailangan mo agad ang account, "
                "makipag-ugnayan sa administrator ng inyong organisasyon o pumunta sa counter."
            ),
        ),
    ),
    Entry(
        "E-PASSWORD-EXPIRED",
        Category.ACCOUNT,
        message=texts(
            ja="パスワードの有効期限（設定から1年）が切れています。",
            en="Your password has expired: passwords are valid for one year from when they are set.",
            zh_hant="您的密碼已過期（有效期限為設定後1年）。",
            zh_hans="您的密码已过期（有效期为设置后1年）。",
            ko="비밀번호의 유효기간(설정 후 1년)이 지났습니다.",
            es="Su contraseña ha caducado: las contraseñas son válidas durante un año desde que se establecen.",
            pt="Sua senha expirou: as senhas valem por um ano a partir da data em que são definidas.",
            tl="Nag-expire na ang iyong password: may bisa ang password nang isang taon mula nang itakda ito.",
        ),
        remedy=texts(
            ja="新しいパスワードを設定してください。変更が完了すると、引き続き利用できます。",
            en="Set a new password. You can continue as soon as it has been changed.",
            zh_hant="請設定新密碼。變更完成後即可繼續使用。",
            zh_hans="请设置新密码。更改完成后即可继续使用。",
            ko="새 비밀번호를 설정해 주십시오. 변경이 완료되면 계속 이용할 수 있습니다.",
            es="Establezca una contraseña nueva. Podrá continuar en cuanto la haya cambiado.",
            pt="Defina uma nova senha. Você poderá continuar assim que ela for alterada.",
            tl="Magtakda ng bagong password. Maaari kang magpatuloy kapag napalitan na ito.",
        ),
    ),
    Entry(
        "E-LOGIN-FAILED",
        Category.ACCOUNT,
        message=texts(
            ja="認証IDまたはパスワードが正しくありません。",
            en="The auth ID or password is not correct.",
            zh_hant="認證ID或密碼不正確。",
            zh_hans="认证ID或密码不正确。",
            ko="인증 ID 또는 비밀번호가 올바르지 않습니다.",
            es="El ID de autenticación o la contraseña no son correctos.",
            pt="O ID de autenticação ou a senha estão incorretos.",
            tl="Hindi tama ang authentication ID o password.",
        ),
        remedy=texts(
            ja=(
                "大文字・小文字の違いに注意して、もう一度入力してください。続けて間違えると、"
                "アカウントが1日ロックされます。"
            ),
            en=(
                "Check upper and lower case and try again. After repeated failures the account is "
                "locked for one day."
            ),
            zh_hant="請注意大小寫後再試一次。連續輸入錯誤時，帳號將被鎖定一天。",
            zh_hans="请注意大小写后重试。连续输入错误时，账户将被锁定一天。",
            ko=(
                "대문자와 소문자를 확인한 후 다시 입력해 주십시오. 계속 틀리면 계정이 하루 동안 "
                "잠깁니다."
            ),
            es=(
                "Compruebe las mayúsculas y minúsculas e inténtelo de nuevo. Tras varios intentos "
                "fallidos, la cuenta se bloquea durante un día."
            ),
            pt=(
                "Verifique as letras maiúsculas e minúsculas e tente novamente. Após várias "
                "tentativas erradas, a conta fica bloqueada por um dia."
            ),
            tl=(
                "Suriin ang malalaki at maliliit na titik at subukang muli. Pagkatapos ng "
                "paulit-ulit na pagkabigo, mala-lock ang account nang isang araw."
            ),
        ),
    ),
    Entry(
        "E-ACCOUNT-INACTIVE",
        Category.ACCOUNT,
        message=texts(
            ja="このアカウントは有効ではありません。",
            en="This account is no longer valid.",
            zh_hant="此帳號已失效。",
            zh_hans="此账户已失效。",
            ko="이 계정은 더 이상 유효하지 않습니다.",
            es="Esta cuenta ya no es válida.",
            pt="Esta conta não é mais válida.",
            tl="Wala nang bisa ang account na ito.",
        ),
        remedy=texts(
            ja=(
                "中長期在留者の方のアカウントは在留期限の経過や在留カードの失効により、所属機関の"
                "方のアカウントは最後の利用から1年で無効になります。ヘルプデスクにお問い合わせ"
                "ください。"
            ),
            en=(
                "A resident's account ends when the period of stay ends or the residence card "
                "expires; an organization user's account ends one year after its last use. "
                "Contact the help desk."
            ),
            zh_hant=(
                "中長期在留者的帳號於在留期限屆滿或在留卡失效時失效；所屬機構使用者的帳號於最後"
                "一次使用後滿1年失效。請聯絡服務台。"
            ),
            zh_hans=(
                "中长期在留者的账户在在留期限届满或在留卡失效时失效；所属机构用户的账户在最后一次"
                "使用满1年后失效。请联系服务台。"
            ),
            ko=(
                "중장기 재류자의 계정은 재류기한이 지나거나 재류카드가 효력을 잃으면, 소속기관 "
                "이용자의 계정은 마지막 이용 후 1년이 지나면 무효가 됩니다. 헬프데스크에 문의해 "
                "주십시오."
            ),
            es=(
                "La cuenta de un residente termina cuando vence su período de estancia o pierde "
                "validez su tarjeta de residencia; la de un usuario de una organización, un año "
                "después de su último uso. Póngase en contacto con la mesa de ayuda."
            ),
            pt=(
                "A conta de um residente termina quando acaba o período de permanência ou o "
                "cartão de residência perde a validade; a de um usuário de organização, um ano "
                "após o último uso. Entre em contato com a central de atendimento."
            ),
            tl=(
                "Natatapos ang account ng residente kapag natapos ang panahon ng pananatili o "
                "nawalan ng bisa ang residence card; ang account ng user ng organisasyon ay "
                "natatapos isang taon pagkatapos ng huling paggamit. Makipag-ugnayan sa help desk."
            ),
        ),
    ),
    Entry(
        "E-PASSWORD-GUESSABLE",
        Category.ACCOUNT,
        message=texts(
            ja="このパスワードは推測されやすいため使用できません。",
            en="This password is too easy to guess.",
            zh_hant="此密碼容易被猜到，因此無法使用。",
            zh_hans="此密码容易被猜到，因此无法使用。",
            ko="이 비밀번호는 추측하기 쉬워 사용할 수 없습니다.",
            es="Esta contraseña es demasiado fácil de adivinar.",
            pt="Esta senha é fácil demais de adivinhar.",
            tl="Masyadong madaling hulaan ang password na ito.",
        ),
        remedy=texts(
            ja=(
                "よく使われるパスワードや、このシステム・出入国在留管理に関する語を含むものは"
                "避けてください。覚えやすい複数の語を組み合わせた長いパスワードがおすすめです。"
            ),
            en=(
                "Avoid common passwords and words about this system or immigration. A longer "
                "password made of several words you can remember works well."
            ),
            zh_hant="請避免常見的密碼，以及與本系統或出入境管理相關的字詞。建議使用由數個好記的字詞組成的較長密碼。",
            zh_hans="请避免常见的密码，以及与本系统或出入境管理相关的词语。建议使用由几个好记的词组成的较长密码。",
            ko=(
                "흔히 쓰이는 비밀번호나 이 시스템 또는 출입국 관리와 관련된 단어는 피해 주십시오. "
                "기억하기 쉬운 여러 단어를 조합한 긴 비밀번호를 권장합니다."
            ),
            es=(
                "Evite contraseñas comunes y palabras relacionadas con este sistema o con "
                "inmigración. Funciona bien una contraseña más larga formada por varias palabras "
                "que pueda recordar."
            ),
            pt=(
                "Evite senhas comuns e palavras relacionadas a este sistema ou à imigração. Uma "
                "senha mais longa, formada por várias palavras fáceis de lembrar, é uma boa opção."
            ),
            tl=(
                "Iwasan ang karaniwang password at mga salitang tungkol sa sistemang ito o sa "
                "imigrasyon. Mas mainam ang mas mahabang password na binubuo ng ilang salitang "
                "madali mong matandaan."
            ),
        ),
    ),
    Entry(
        "E-PASSWORD-WRONG",
        Category.ACCOUNT,
        message=texts(
            ja="現在のパスワードが正しくありません。",
            en="The current password is not correct.",
            zh_hant="目前的密碼不正確。",
            zh_hans="当前密码不正确。",
            ko="현재 비밀번호가 올바르지 않습니다.",
            es="La contraseña actual no es correcta.",
            pt="A senha atual está incorreta.",
            tl="Hindi tama ang kasalukuyang password.",
        ),
        remedy=texts(
            ja="現在ログインに使っているパスワードを、大文字と小文字の区別に注意して入力してください。",
            en="Type the password you use to sign in now, minding upper and lower case.",
            zh_hant="請輸入您目前登入時使用的密碼，並注意大小寫。",
            zh_hans="请输入您目前登录时使用的密码，并注意大小写。",
            ko="현재 로그인할 때 사용하는 비밀번호를 대소문자에 주의하여 입력해 주십시오.",
            es="Escriba la contraseña con la que inicia sesión ahora, respetando mayúsculas y minúsculas.",
            pt="Digite a senha que você usa hoje para entrar, respeitando maiúsculas e minúsculas.",
            tl="I-type ang password na ginagamit mo ngayon sa pag-sign in, at pansinin ang malalaki at maliliit na titik.",
        ),
    ),
    Entry(
        "E-CODE-INVALID",
        Category.ACCOUNT,
        message=texts(
            ja="確認コードが正しくないか、有効期限が切れているか、すでに使用されています。",
            en="The confirmation code is wrong, has expired or has already been used.",
            zh_hant="確認碼不正確、已逾期或已被使用。",
            zh_hans="确认码不正确、已过期或已被使用。",
            ko="확인 코드가 올바르지 않거나 유효기간이 지났거나 이미 사용되었습니다.",
            es="El código de confirmación es incorrecto, ha caducado o ya se ha utilizado.",
            pt="O código de confirmação está errado, expirou ou já foi usado.",
            tl="Mali, expired na, o nagamit na ang confirmation code.",
        ),
        remedy=texts(
            ja=(
                "メールに記載されたコードをそのまま入力してください。コードは1回だけ、"
                "30分以内に使用できます。使えない場合は、再通知をもう一度申し込んでください。"
            ),
            en=(
                "Type the code exactly as it appears in the mail. A code works once and for 30 "
                "minutes; if it no longer works, ask for the re-notification again."
            ),
            zh_hant="請照郵件中的確認碼原樣輸入。確認碼只能使用一次，有效時間為30分鐘；若已無法使用，請重新申請重新通知。",
            zh_hans="请按邮件中的确认码原样输入。确认码只能使用一次，有效时间为30分钟；如已无法使用，请重新申请重新通知。",
            ko=(
                "메일에 적힌 코드를 그대로 입력해 주십시오. 코드는 한 번만, 30분 이내에 사용할 수 "
                "있습니다. 사용할 수 없으면 재통지를 다시 신청해 주십시오."
            ),
            es=(
                "Escriba el código tal como aparece en el correo. Un código sirve una sola vez y "
                "durante 30 minutos; si ya no funciona, vuelva a solicitar el reenvío."
            ),
            pt=(
                "Digite o código exatamente como aparece no e-mail. Um código vale uma única vez "
                "e por 30 minutos; se não funcionar mais, peça o reenvio novamente."
            ),
            tl=(
                "I-type ang code nang eksakto gaya ng nasa mail. Isang beses lang at sa loob ng "
                "30 minuto magagamit ang code; kung hindi na ito gumagana, humiling muli ng "
                "re-notification."
            ),
        ),
    ),
    Entry(
        "E-LINK-INVALID",
        Category.ACCOUNT,
        message=texts(
            ja="このリンクは有効期限が切れているか、すでに使用されています。",
            en="This link has expired or has already been used.",
            zh_hant="此連結已逾期或已被使用。",
            zh_hans="此链接已过期或已被使用。",
            ko="이 링크는 유효기간이 지났거나 이미 사용되었습니다.",
            es="Este enlace ha caducado o ya se ha utilizado.",
            pt="Este link expirou ou já foi usado.",
            tl="Expired na o nagamit na ang link na ito.",
        ),
        remedy=texts(
            ja="リンクを申し込んだ画面からもう一度手続きをしてください。新しいリンクがメールで届きます。",
            en="Start again from the page where you asked for the link; a new link will be mailed to you.",
            zh_hant="請從申請連結的頁面重新辦理，新的連結將以電子郵件寄送給您。",
            zh_hans="请从申请链接的页面重新办理，新的链接将通过电子邮件发送给您。",
            ko="링크를 신청한 화면에서 다시 진행해 주십시오. 새 링크가 메일로 발송됩니다.",
            es="Vuelva a empezar desde la página donde pidió el enlace; recibirá uno nuevo por correo.",
            pt="Recomece pela página em que você pediu o link; um novo link será enviado por e-mail.",
            tl="Magsimulang muli sa pahina kung saan mo hiniling ang link; ipapadala sa iyo sa mail ang bagong link.",
        ),
    ),
)
