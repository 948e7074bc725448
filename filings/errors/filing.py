"""Catalogue entries for filing, bulk files and the running system (SPEC F, K, S, C2; Q20,
Q24, Q72–Q79)."""

# Catalogue texts are kept one sentence to a line where they fit, so that the eight
# languages of an entry can be read side by side; CJK and long sentences pass the line limit.
# ruff: noqa: E501

from .base import Category, Entry, texts

ENTRIES: tuple[Entry, ...] = (
    Entry(
        "E-CONSENT-MISSING",
        Category.FILING,
        message=texts(
            ja="この中長期在留者の方から、貴機関による代理届出の依頼を受けていません。",
            en="This resident has not asked your organization to file on their behalf.",
            zh_hant="此中長期在留者並未委託貴機構代為申報。",
            zh_hans="该中长期在留者未委托贵机构代为申报。",
            ko="이 중장기 재류자는 귀 기관에 대리 신고를 의뢰하지 않았습니다.",
            es="Este residente no ha pedido a su organización que presente notificaciones en su nombre.",
            pt="Este residente não pediu à sua organização que faça notificações em nome dele.",
            tl="Hindi humiling ang residenteng ito sa inyong organisasyon na magsumite para sa kanya.",
        ),
        remedy=texts(
            ja="本人に、ポータル上で貴機関への代理届出の許可を設定してもらってから、もう一度届け出てください。",
            en="Ask the resident to give your organization permission on the portal, then file again.",
            zh_hant="請本人先在本網站授權貴機構代為申報，再重新申報。",
            zh_hans="请本人先在本网站授权贵机构代为申报，然后重新申报。",
            ko="본인이 포털에서 귀 기관에 대리 신고를 허가하도록 요청한 후 다시 신고해 주십시오.",
            es="Pida al residente que autorice a su organización en el portal y vuelva a presentar la notificación.",
            pt="Peça ao residente que autorize sua organização no portal e faça a notificação novamente.",
            tl=(
                "Hilingin sa residente na bigyan ng pahintulot ang inyong organisasyon sa portal, "
                "saka magsumite muli."
            ),
        ),
    ),
    Entry(
        "E-PROXY-KIND",
        Category.FILING,
        message=texts(
            ja="所属機関が本人に代わって届け出ることができるのは、所属機関の名称の変更と所在地の変更だけです。",
            en=(
                "An organization may file on a resident's behalf only a change of the "
                "organization's name or address."
            ),
            zh_hant="所屬機構只能代為申報所屬機構名稱變更及所在地變更。",
            zh_hans="所属机构只能代为申报所属机构名称变更和所在地变更。",
            ko="소속기관이 본인을 대신하여 신고할 수 있는 것은 소속기관의 명칭 변경과 소재지 변경뿐입니다.",
            es=(
                "Una organización solo puede notificar en nombre de un residente el cambio de "
                "nombre o de dirección de la propia organización."
            ),
            pt=(
                "Uma organização só pode notificar em nome de um residente a mudança de nome ou "
                "de endereço da própria organização."
            ),
            tl=(
                "Ang maaari lamang isumite ng organisasyon para sa residente ay ang pagbabago ng "
                "pangalan o address ng organisasyon."
            ),
        ),
        remedy=texts(
            ja="それ以外の届出は、中長期在留者本人が行ってください。",
            en="The resident must file any other notification personally.",
            zh_hant="其他申報請由中長期在留者本人辦理。",
            zh_hans="其他申报请由中长期在留者本人办理。",
            ko="그 밖의 신고는 중장기 재류자 본인이 해 주십시오.",
            es="Las demás notificaciones debe presentarlas el propio residente.",
            pt="As demais notificações devem ser feitas pelo próprio residente.",
            tl="Ang ibang notipikasyon ay dapat isumite ng residente mismo.",
        ),
    ),
    Entry(
        "E-KIND-NOT-ALLOWED",
        Category.FILING,
        message=texts(
            ja="この種類の届出は、お持ちの在留資格には該当しません。",
            en="This kind of notification does not apply to your status of residence.",
            zh_hant="此類申報不適用於您的在留資格。",
            zh_hans="此类申报不适用于您的在留资格。",
            ko="이 종류의 신고는 귀하의 재류자격에 해당하지 않습니다.",
            es="Este tipo de notificación no corresponde a su estatus de residencia.",
            pt="Este tipo de notificação não se aplica ao seu status de residência.",
            tl="Hindi angkop sa iyong status of residence ang ganitong uri ng notipikasyon.",
        ),
        remedy=texts(
            ja=(
                "お持ちの在留資格について表示されている届出の中から選んでください。分からない場合"
                "は「届出が必要かどうかの確認」を利用してください。"
            ),
            en=(
                "Choose one of the notifications offered for your status. If you are unsure, use "
                'the check "Do I need to file?".'
            ),
            zh_hant="請從針對您的在留資格顯示的申報項目中選擇。若不確定，請使用「確認是否需要申報」功能。",
            zh_hans="请从针对您的在留资格显示的申报项目中选择。如不确定，请使用“确认是否需要申报”功能。",
            ko=(
                "귀하의 재류자격에 대해 표시된 신고 중에서 선택해 주십시오. 잘 모르실 경우에는 "
                "'신고가 필요한지 확인'을 이용해 주십시오."
            ),
            es=(
                "Elija una de las notificaciones que se ofrecen para su estatus. Si tiene dudas, "
                "use la comprobación «¿Tengo que notificar?»."
            ),
            pt=(
                "Escolha uma das notificações oferecidas para o seu status. Em caso de dúvida, "
                'use a verificação "Preciso notificar?".'
            ),
            tl=(
                "Pumili sa mga notipikasyong ipinapakita para sa iyong status. Kung hindi ka "
                'sigurado, gamitin ang pagsusuring "Kailangan ko bang magsumite?".'
            ),
        ),
    ),
    Entry(
        "E-NOT-REGISTERED-RESIDENT",
        Category.FILING,
        message=texts(
            ja="この方は、このポータルの利用者情報登録をしていません。",
            en="This person has not registered on the portal.",
            zh_hant="此人尚未在本網站登錄使用者資訊。",
            zh_hans="此人尚未在本网站注册用户信息。",
            ko="이 분은 이 포털에 이용자 정보를 등록하지 않았습니다.",
            es="Esta persona no se ha registrado en el portal.",
            pt="Esta pessoa não se cadastrou no portal.",
            tl="Hindi pa nakarehistro sa portal ang taong ito.",
        ),
        remedy=texts(
            ja=(
                "入管法第19条の16の届出をこのポータルで行えるのは、利用者情報登録をした中長期在留者"
                "の方についてだけです。本人に登録を依頼するか、地方出入国在留管理局に書面で届け出て"
                "ください。"
            ),
            en=(
                "Article 19-16 notifications can be filed here only for residents who have "
                "registered. Ask the person to register, or file in writing with a regional "
                "immigration services bureau."
            ),
            zh_hant=(
                "依入管法第19條之16的申報，只能為已在本網站登錄的中長期在留者辦理。請本人先行登錄，"
                "或以書面向地方出入國在留管理局申報。"
            ),
            zh_hans=(
                "依据入管法第19条之16的申报，只能为已在本网站注册的中长期在留者办理。请本人先行"
                "注册，或以书面形式向地方出入国在留管理局申报。"
            ),
            ko=(
                "입관법 제19조의16에 따른 신고는 이용자 정보를 등록한 중장기 재류자에 대해서만 이 "
                "포털에서 할 수 있습니다. 본인에게 등록을 요청하거나 지방출입국재류관리국에 서면으로 "
                "신고해 주십시오."
            ),
            es=(
                "Las notificaciones del artículo 19-16 solo pueden presentarse aquí para "
                "residentes registrados. Pida a la persona que se registre o presente la "
                "notificación por escrito en una oficina regional de inmigración."
            ),
            pt=(
                "As notificações do artigo 19-16 só podem ser feitas aqui para residentes "
                "cadastrados. Peça à pessoa que se cadastre ou faça a notificação por escrito em "
                "um escritório regional de imigração."
            ),
            tl=(
                "Ang mga notipikasyon sa ilalim ng Artikulo 19-16 ay maisusumite lamang dito para "
                "sa mga residenteng nakarehistro. Hilingin sa tao na magparehistro, o magsumite "
                "nang nakasulat sa isang regional immigration services bureau."
            ),
        ),
    ),
    Entry(
        "E-FORM-RESUBMITTED",
        Category.FILING,
        message=texts(
            ja="このフォームは既に送信されています。",
            en="This form has already been sent.",
            zh_hant="此表單已經送出。",
            zh_hans="此表单已经提交。",
            ko="이 양식은 이미 전송되었습니다.",
            es="Este formulario ya se envió.",
            pt="Este formulário já foi enviado.",
            tl="Naipadala na ang form na ito.",
        ),
        remedy=texts(
            ja="届出は1回受け付けられています。もう一度送信せずに、届出状況参照画面で状況を確認してください。",
            en="Your notification was received once. Check the status page instead of sending it again.",
            zh_hant="您的申報已受理一次。請勿重複送出，並至申報狀況查詢頁面確認。",
            zh_hans="您的申报已受理一次。请勿重复提交，并在申报状况查询页面确认。",
            ko="신고는 한 번 접수되었습니다. 다시 보내지 말고 신고 상황 조회 화면에서 확인해 주십시오.",
            es="Su notificación se recibió una vez. Consulte la página de estado en lugar de enviarla de nuevo.",
            pt="Sua notificação foi recebida uma vez. Consulte a página de situação em vez de enviá-la novamente.",
            tl="Natanggap na nang isang beses ang iyong notipikasyon. Tingnan ang pahina ng status sa halip na ipadala itong muli.",
        ),
    ),
    Entry(
        "E-REGISTRATION-FAILED",
        Category.FILING,
        message=texts(
            ja="この届出は登録できませんでした（登録エラー）。",
            en="This notification could not be registered (registration error).",
            zh_hant="此申報無法登錄（登錄錯誤）。",
            zh_hans="此申报无法登记（登记错误）。",
            ko="이 신고는 등록되지 않았습니다(등록 오류).",
            es="No se pudo registrar esta notificación (error de registro).",
            pt="Não foi possível registrar esta notificação (erro de registro).",
            tl="Hindi mairehistro ang notipikasyong ito (registration error).",
        ),
        remedy=texts(
            ja="届出状況参照画面でエラーの内容を確認し、正しい情報を入力して、もう一度届け出てください。",
            en="See the error details on the status page, correct the information and file again.",
            zh_hant="請至申報狀況查詢頁面確認錯誤內容，修正資料後重新申報。",
            zh_hans="请在申报状况查询页面确认错误内容，修正信息后重新申报。",
            ko="신고 상황 조회 화면에서 오류 내용을 확인하고 올바른 정보를 입력하여 다시 신고해 주십시오.",
            es="Consulte el detalle del error en la página de estado, corrija los datos y vuelva a presentarla.",
            pt="Veja os detalhes do erro na página de situação, corrija os dados e faça a notificação novamente.",
            tl="Tingnan ang detalye ng error sa pahina ng status, itama ang impormasyon at magsumite muli.",
        ),
    ),
    # --- bulk files (K1–K4, Q77–Q79) ------------------------------------------------------
    Entry(
        "E-BULK-QUOTA-UPLOADS",
        Category.BULK,
        message=texts(
            ja="本日の一括届出ファイルのアップロードが上限の{limit}件に達しました。",
            en="Your organization has reached today's limit of {limit} bulk file uploads.",
            zh_hant="貴機構今天上傳批次申報檔案的次數已達上限{limit}次。",
            zh_hans="贵机构今天上传批量申报文件的次数已达上限{limit}次。",
            ko="귀 기관의 오늘 일괄 신고 파일 업로드가 상한인 {limit}건에 도달했습니다.",
            es="Su organización ha alcanzado el límite de hoy de {limit} archivos por lotes subidos.",
            pt="Sua organização atingiu o limite de hoje de {limit} arquivos em lote enviados.",
            tl="Naabot na ng inyong organisasyon ang limitasyon ngayong araw na {limit} bulk file.",
        ),
        remedy=texts(
            ja="明日（日本時間）以降にもう一度アップロードしてください。急ぎの場合はヘルプデスクにご相談ください。",
            en=(
                "Upload again from tomorrow (Japan time). If it cannot wait, contact the help desk."
            ),
            zh_hant="請於明天（日本時間）以後再上傳。如有急需，請洽詢服務台。",
            zh_hans="请于明天（日本时间）以后再上传。如有急需，请咨询服务台。",
            ko="내일(일본 시간) 이후에 다시 업로드해 주십시오. 급한 경우 헬프데스크에 문의해 주십시오.",
            es=(
                "Vuelva a subirlo a partir de mañana (hora de Japón). Si no puede esperar, "
                "consulte al servicio de ayuda."
            ),
            pt=(
                "Envie novamente a partir de amanhã (horário do Japão). Se não puder esperar, "
                "fale com a central de atendimento."
            ),
            tl=(
                "Mag-upload muli simula bukas (oras sa Japan). Kung hindi na makapaghihintay, "
                "makipag-ugnayan sa help desk."
            ),
        ),
    ),
    Entry(
        "E-BULK-QUOTA-BYTES",
        Category.BULK,
        message=texts(
            ja="保管中の一括届出ファイルの合計が、組織ごとの上限（{limit_mb}MB）に達しています。",
            en="The bulk files kept for your organization have reached its limit of {limit_mb} MB.",
            zh_hant="為貴機構保管的批次申報檔案合計已達上限（{limit_mb} MB）。",
            zh_hans="为贵机构保管的批量申报文件合计已达上限（{limit_mb} MB）。",
            ko="귀 기관을 위해 보관 중인 일괄 신고 파일의 합계가 상한({limit_mb}MB)에 도달했습니다.",
            es="Los archivos por lotes guardados de su organización han alcanzado su límite de {limit_mb} MB.",
            pt="Os arquivos em lote guardados da sua organização atingiram o limite de {limit_mb} MB.",
            tl="Naabot na ng mga bulk file na itinatago para sa inyong organisasyon ang limitasyong {limit_mb} MB.",
        ),
        remedy=texts(
            ja="処理が終わったファイルは一定期間後に自動で削除されます。数日後にもう一度お試しいただくか、ヘルプデスクにご相談ください。",
            en=(
                "Files whose processing has finished are removed automatically after a while. "
                "Try again in a few days, or contact the help desk."
            ),
            zh_hant="處理完畢的檔案會在一段時間後自動刪除。請於幾天後再試，或洽詢服務台。",
            zh_hans="处理完毕的文件会在一段时间后自动删除。请于几天后再试，或咨询服务台。",
            ko="처리가 끝난 파일은 일정 기간 후 자동으로 삭제됩니다. 며칠 후 다시 시도하시거나 헬프데스크에 문의해 주십시오.",
            es=(
                "Los archivos ya procesados se eliminan automáticamente al cabo de un tiempo. "
                "Vuelva a intentarlo dentro de unos días o consulte al servicio de ayuda."
            ),
            pt=(
                "Os arquivos já processados são removidos automaticamente depois de algum tempo. "
                "Tente de novo em alguns dias ou fale com a central de atendimento."
            ),
            tl=(
                "Awtomatikong binubura ang mga file na tapos nang iproseso pagkalipas ng ilang "
                "panahon. Subukan muli pagkalipas ng ilang araw, o makipag-ugnayan sa help desk."
            ),
        ),
    ),
    Entry(
        "E-BULK-FILE-TOO-LARGE",
        Category.BULK,
        message=texts(
            ja="ファイルのサイズが大きすぎます。アップロードできるのは{max_mb}MBまでです。",
            en="The file is too large: the maximum is {max_mb} MB.",
            zh_hant="檔案過大，最多只能上傳{max_mb} MB。",
            zh_hans="文件过大，最多只能上传{max_mb} MB。",
            ko="파일이 너무 큽니다. 최대 {max_mb}MB까지 업로드할 수 있습니다.",
            es="El archivo es demasiado grande: el máximo es de {max_mb} MB.",
            pt="O arquivo é grande demais: o máximo é {max_mb} MB.",
            tl="Masyadong malaki ang file: hanggang {max_mb} MB lamang.",
        ),
        remedy=texts(
            ja="テンプレートに入力したデータだけを残して画像などを削除するか、複数のファイルに分けてください。",
            en=(
                "Keep only the data typed into the template, remove pictures and other content, "
                "or split the list into several files."
            ),
            zh_hant="請只保留範本中輸入的資料，刪除圖片等其他內容，或將名單分成多個檔案。",
            zh_hans="请只保留模板中输入的数据，删除图片等其他内容，或将名单分成多个文件。",
            ko="템플릿에 입력한 데이터만 남기고 그림 등 다른 내용은 삭제하거나, 명단을 여러 파일로 나눠 주십시오.",
            es=(
                "Deje solo los datos escritos en la plantilla, elimine imágenes y otros "
                "contenidos, o divida la lista en varios archivos."
            ),
            pt=(
                "Mantenha apenas os dados digitados no modelo, remova imagens e outros conteúdos "
                "ou divida a lista em vários arquivos."
            ),
            tl=(
                "Panatilihin lamang ang datos na inilagay sa template, alisin ang mga larawan at "
                "ibang nilalaman, o hatiin ang listahan sa ilang file."
            ),
        ),
    ),
    Entry(
        "E-BULK-TOO-MANY-ROWS",
        Category.BULK,
        message=texts(
            ja="1つのファイルで届け出ることができるのは{max}人までです。",
            en="A file may list at most {max} people.",
            zh_hant="每個檔案最多只能申報{max}人。",
            zh_hans="每个文件最多只能申报{max}人。",
            ko="파일 하나로 신고할 수 있는 인원은 최대 {max}명입니다.",
            es="Un archivo puede incluir como máximo {max} personas.",
            pt="Um arquivo pode conter no máximo {max} pessoas.",
            tl="Hanggang {max} tao lamang ang maaaring ilista sa isang file.",
        ),
        remedy=texts(
            ja="複数のファイルに分けて、それぞれアップロードしてください。",
            en="Split the list into several files and upload each of them.",
            zh_hant="請將名單分成多個檔案，分別上傳。",
            zh_hans="请将名单分成多个文件，分别上传。",
            ko="여러 파일로 나누어 각각 업로드해 주십시오.",
            es="Divida la lista en varios archivos y suba cada uno.",
            pt="Divida a lista em vários arquivos e envie cada um deles.",
            tl="Hatiin ang listahan sa ilang file at i-upload ang bawat isa.",
        ),
    ),
    Entry(
        "E-BULK-NO-ROWS",
        Category.BULK,
        message=texts(
            ja="ファイルに届出対象者が1人も入力されていません。",
            en="The file lists nobody to file for.",
            zh_hant="檔案中沒有任何申報對象。",
            zh_hans="文件中没有任何申报对象。",
            ko="파일에 신고 대상자가 한 명도 입력되어 있지 않습니다.",
            es="El archivo no incluye a ninguna persona.",
            pt="O arquivo não contém nenhuma pessoa.",
            tl="Walang taong nakalista sa file.",
        ),
        remedy=texts(
            ja="テンプレートの見出しの下の行に入力してから、もう一度アップロードしてください。",
            en="Fill in at least one row below the template's headings and upload the file again.",
            zh_hant="請在範本標題列下方至少填寫一列，再重新上傳。",
            zh_hans="请在模板标题行下方至少填写一行，然后重新上传。",
            ko="템플릿 제목 아래의 행에 한 명 이상 입력한 후 다시 업로드해 주십시오.",
            es="Complete al menos una fila debajo de los encabezados de la plantilla y suba el archivo de nuevo.",
            pt="Preencha pelo menos uma linha abaixo dos cabeçalhos do modelo e envie o arquivo novamente.",
            tl="Punan ang kahit isang hanay sa ilalim ng mga heading ng template at i-upload muli ang file.",
        ),
    ),
    Entry(
        "E-BULK-NOT-XLSX",
        Category.BULK,
        message=texts(
            ja="このファイルはExcelブック（.xlsx）ではありません。",
            en="This file is not an Excel workbook (.xlsx).",
            zh_hant="此檔案不是Excel活頁簿（.xlsx）。",
            zh_hans="此文件不是Excel工作簿（.xlsx）。",
            ko="이 파일은 Excel 통합 문서(.xlsx)가 아닙니다.",
            es="Este archivo no es un libro de Excel (.xlsx).",
            pt="Este arquivo não é uma pasta de trabalho do Excel (.xlsx).",
            tl="Hindi Excel workbook (.xlsx) ang file na ito.",
        ),
        remedy=texts(
            ja="このポータルからテンプレートをダウンロードして入力し、Excelブック（.xlsx）形式で保存してください。",
            en=(
                "Download the template from this portal, fill it in and save it as an Excel "
                "workbook (.xlsx)."
            ),
            zh_hant="請從本網站下載範本，填寫後以Excel活頁簿（.xlsx）格式儲存。",
            zh_hans="请从本网站下载模板，填写后以Excel工作簿（.xlsx）格式保存。",
            ko="이 포털에서 템플릿을 다운로드하여 입력한 후 Excel 통합 문서(.xlsx) 형식으로 저장해 주십시오.",
            es="Descargue la plantilla de este portal, complétela y guárdela como libro de Excel (.xlsx).",
            pt="Baixe o modelo neste portal, preencha-o e salve-o como pasta de trabalho do Excel (.xlsx).",
            tl="I-download ang template mula sa portal na ito, punan ito at i-save bilang Excel workbook (.xlsx).",
        ),
    ),
    Entry(
        "E-BULK-MACRO",
        Category.BULK,
        message=texts(
            ja="マクロを含むファイルはアップロードできません。",
            en="Files that contain macros cannot be uploaded.",
            zh_hant="無法上傳含有巨集的檔案。",
            zh_hans="无法上传含有宏的文件。",
            ko="매크로가 포함된 파일은 업로드할 수 없습니다.",
            es="No se pueden subir archivos con macros.",
            pt="Não é possível enviar arquivos com macros.",
            tl="Hindi maaaring i-upload ang mga file na may macro.",
        ),
        remedy=texts(
            ja="マクロを含まない通常のExcelブック（.xlsx）として保存し直してから、アップロードしてください。",
            en="Save the workbook again as an ordinary Excel workbook (.xlsx) without macros, then upload it.",
            zh_hant="請另存為不含巨集的一般Excel活頁簿（.xlsx）後再上傳。",
            zh_hans="请另存为不含宏的普通Excel工作簿（.xlsx）后再上传。",
            ko="매크로가 없는 일반 Excel 통합 문서(.xlsx)로 다시 저장한 후 업로드해 주십시오.",
            es="Guarde de nuevo el libro como libro de Excel normal (.xlsx), sin macros, y súbalo.",
            pt="Salve novamente a pasta de trabalho como arquivo comum do Excel (.xlsx), sem macros, e envie-a.",
            tl="I-save muli ang workbook bilang karaniwang Excel workbook (.xlsx) na walang macro, saka ito i-upload.",
        ),
    ),
    Entry(
        "E-BULK-UNREADABLE",
        Category.BULK,
        message=texts(
            ja="ファイルを読み込めませんでした。破損しているか、パスワードで保護されている可能性があります。",
            en="The file could not be read. It may be damaged or protected by a password.",
            zh_hant="無法讀取檔案，檔案可能已損毀或設有密碼保護。",
            zh_hans="无法读取文件，文件可能已损坏或设有密码保护。",
            ko="파일을 읽을 수 없습니다. 파일이 손상되었거나 비밀번호로 보호되어 있을 수 있습니다.",
            es="No se pudo leer el archivo. Puede estar dañado o protegido con contraseña.",
            pt="Não foi possível ler o arquivo. Ele pode estar danificado ou protegido por senha.",
            tl="Hindi mabasa ang file. Maaaring sira ito o may proteksyon ng password.",
        ),
        remedy=texts(
            ja="パスワード保護を解除して保存し直すか、テンプレートを改めてダウンロードして入力し直してください。",
            en=(
                "Remove any password protection and save the file again, or download the "
                "template again and re-enter the data."
            ),
            zh_hant="請解除密碼保護後重新儲存，或重新下載範本並再次輸入資料。",
            zh_hans="请解除密码保护后重新保存，或重新下载模板并再次输入数据。",
            ko="비밀번호 보호를 해제하고 다시 저장하거나, 템플릿을 다시 다운로드하여 입력해 주십시오.",
            es=(
                "Quite la protección con contraseña y guarde de nuevo el archivo, o descargue "
                "otra vez la plantilla y vuelva a introducir los datos."
            ),
            pt=(
                "Remova a proteção por senha e salve o arquivo novamente, ou baixe o modelo "
                "outra vez e digite os dados de novo."
            ),
            tl=(
                "Alisin ang proteksyon ng password at i-save muli ang file, o i-download muli "
                "ang template at ilagay muli ang datos."
            ),
        ),
    ),
    Entry(
        "E-BULK-TEMPLATE-VERSION",
        Category.BULK,
        message=texts(
            ja="このファイルは、古いテンプレートまたは別の届出用のテンプレートで作成されています。",
            en="This file was made from an old template or from the template for a different notification.",
            zh_hant="此檔案是以舊版範本或其他申報用的範本製作的。",
            zh_hans="此文件是用旧版模板或其他申报用的模板制作的。",
            ko="이 파일은 이전 템플릿 또는 다른 신고용 템플릿으로 작성되었습니다.",
            es="Este archivo se creó con una plantilla antigua o con la de otra notificación.",
            pt="Este arquivo foi criado com um modelo antigo ou com o modelo de outra notificação.",
            tl="Ginawa ang file na ito mula sa lumang template o sa template ng ibang notipikasyon.",
        ),
        remedy=texts(
            ja="最新のテンプレートをダウンロードし、データを移してから、もう一度アップロードしてください。",
            en="Download the current template, copy your data into it and upload it again.",
            zh_hant="請下載最新範本，將資料複製到範本中，再重新上傳。",
            zh_hans="请下载最新模板，将数据复制到模板中，然后重新上传。",
            ko="최신 템플릿을 다운로드하여 데이터를 옮긴 후 다시 업로드해 주십시오.",
            es="Descargue la plantilla actual, copie en ella sus datos y súbala de nuevo.",
            pt="Baixe o modelo atual, copie seus dados para ele e envie-o novamente.",
            tl="I-download ang kasalukuyang template, kopyahin dito ang iyong datos at i-upload itong muli.",
        ),
    ),
    Entry(
        "E-BULK-UNKNOWN-COLUMN",
        Category.BULK,
        message=texts(
            ja="列「{column}」はテンプレートにない列です。",
            en='The column "{column}" is not part of the template.',
            zh_hant="欄位「{column}」不屬於範本。",
            zh_hans="列“{column}”不属于模板。",
            ko="'{column}' 열은 템플릿에 없는 열입니다.",
            es="La columna «{column}» no forma parte de la plantilla.",
            pt='A coluna "{column}" não faz parte do modelo.',
            tl='Ang column na "{column}" ay hindi bahagi ng template.',
        ),
        remedy=texts(
            ja="テンプレートの列を追加したり名前を変えたりせずに、テンプレートの列に入力してください。",
            en="Do not add or rename columns; type the data into the template's own columns.",
            zh_hant="請勿新增欄位或更改欄位名稱，並將資料填入範本原有的欄位。",
            zh_hans="请勿添加列或更改列名，并将数据填入模板原有的列中。",
            ko="열을 추가하거나 이름을 바꾸지 말고 템플릿의 원래 열에 입력해 주십시오.",
            es="No añada columnas ni les cambie el nombre; escriba los datos en las columnas de la plantilla.",
            pt="Não adicione nem renomeie colunas; digite os dados nas colunas do próprio modelo.",
            tl="Huwag magdagdag o magpalit ng pangalan ng column; ilagay ang datos sa mga column ng template.",
        ),
    ),
    Entry(
        "E-BULK-MISSING-COLUMN",
        Category.BULK,
        message=texts(
            ja="列「{column}」がありません。",
            en='The column "{column}" is missing.',
            zh_hant="缺少欄位「{column}」。",
            zh_hans="缺少列“{column}”。",
            ko="'{column}' 열이 없습니다.",
            es="Falta la columna «{column}».",
            pt='Falta a coluna "{column}".',
            tl='Nawawala ang column na "{column}".',
        ),
        remedy=texts(
            ja="テンプレートの列を削除しないでください。必要な場合は、テンプレートを改めてダウンロードしてください。",
            en="Do not delete the template's columns. If needed, download the template again.",
            zh_hant="請勿刪除範本的欄位。如有需要，請重新下載範本。",
            zh_hans="请勿删除模板中的列。如有需要，请重新下载模板。",
            ko="템플릿의 열을 삭제하지 마십시오. 필요하면 템플릿을 다시 다운로드해 주십시오.",
            es="No elimine columnas de la plantilla. Si es necesario, descárguela de nuevo.",
            pt="Não exclua colunas do modelo. Se necessário, baixe o modelo novamente.",
            tl="Huwag burahin ang mga column ng template. Kung kailangan, i-download muli ang template.",
        ),
    ),
    Entry(
        "E-BULK-FORMULA",
        Category.BULK,
        message=texts(
            ja="セル{cell}に数式が入力されています。",
            en="Cell {cell} contains a formula.",
            zh_hant="儲存格{cell}中含有公式。",
            zh_hans="单元格{cell}中含有公式。",
            ko="{cell} 셀에 수식이 입력되어 있습니다.",
            es="La celda {cell} contiene una fórmula.",
            pt="A célula {cell} contém uma fórmula.",
            tl="May formula sa cell {cell}.",
        ),
        remedy=texts(
            ja="数式は使用できません。値を直接入力するか、「値の貼り付け」を使ってください。",
            en='Formulas are not accepted. Type the value itself, or use "Paste Values".',
            zh_hant="不接受公式。請直接輸入數值，或使用「貼上值」。",
            zh_hans="不接受公式。请直接输入数值，或使用“粘贴值”。",
            ko="수식은 사용할 수 없습니다. 값을 직접 입력하거나 '값 붙여넣기'를 이용해 주십시오.",
            es="No se admiten fórmulas. Escriba el valor directamente o use «Pegar valores».",
            pt='Fórmulas não são aceitas. Digite o próprio valor ou use "Colar valores".',
            tl='Hindi tinatanggap ang formula. I-type mismo ang value, o gamitin ang "Paste Values".',
        ),
    ),
    Entry(
        "E-BULK-TOO-COMPLEX",
        Category.BULK,
        message=texts(
            ja="ファイルの中身が大きすぎるか複雑すぎるため、開かずに受付を中止しました。",
            en="The file is too large or too complex once unpacked, so it was not opened.",
            zh_hant="檔案解壓後的內容過大或過於複雜，因此未予開啟。",
            zh_hans="文件解压后的内容过大或过于复杂，因此未予打开。",
            ko="파일의 압축을 풀었을 때 내용이 너무 크거나 복잡하여 열지 않았습니다.",
            es="El archivo es demasiado grande o complejo una vez descomprimido, por lo que no se abrió.",
            pt="O arquivo é grande ou complexo demais depois de descompactado e por isso não foi aberto.",
            tl="Masyadong malaki o masalimuot ang file kapag binuksan, kaya hindi ito binuksan.",
        ),
        remedy=texts(
            ja="使っていない行・列・シートや画像、書式を削除するか、新しいテンプレートにデータだけを貼り付けてから、もう一度アップロードしてください。",
            en=(
                "Delete unused rows, columns, sheets, pictures and formatting, or paste only the "
                "data into a fresh template, then upload it again."
            ),
            zh_hant="請刪除未使用的列、欄、工作表、圖片及格式，或只將資料貼到新的範本中，再重新上傳。",
            zh_hans="请删除未使用的行、列、工作表、图片和格式，或只将数据粘贴到新的模板中，然后重新上传。",
            ko="사용하지 않는 행·열·시트·그림·서식을 삭제하거나, 새 템플릿에 데이터만 붙여 넣은 후 다시 업로드해 주십시오.",
            es=(
                "Elimine las filas, columnas, hojas, imágenes y formatos que no use, o pegue solo "
                "los datos en una plantilla nueva, y vuelva a subirlo."
            ),
            pt=(
                "Exclua linhas, colunas, planilhas, imagens e formatações não usadas, ou cole "
                "apenas os dados em um modelo novo, e envie-o novamente."
            ),
            tl=(
                "Burahin ang mga hindi ginagamit na hanay, column, sheet, larawan at format, o "
                "i-paste lamang ang datos sa bagong template, saka i-upload itong muli."
            ),
        ),
    ),
    Entry(
        "E-BULK-EMBEDDED",
        Category.BULK,
        message=texts(
            ja="埋め込みオブジェクトや他のファイルへのリンクを含むファイルはアップロードできません。",
            en="Files with embedded objects or links to other files cannot be uploaded.",
            zh_hant="無法上傳含有內嵌物件或連結至其他檔案的檔案。",
            zh_hans="无法上传含有嵌入对象或链接到其他文件的文件。",
            ko="포함된 개체나 다른 파일에 대한 링크가 있는 파일은 업로드할 수 없습니다.",
            es="No se pueden subir archivos con objetos incrustados o vínculos a otros archivos.",
            pt="Não é possível enviar arquivos com objetos incorporados ou vínculos para outros arquivos.",
            tl="Hindi maaaring i-upload ang mga file na may naka-embed na object o link sa ibang file.",
        ),
        remedy=texts(
            ja="埋め込みオブジェクトや外部リンクを削除するか、新しいテンプレートにデータだけを貼り付けてから、アップロードしてください。",
            en=(
                "Remove embedded objects and links to other files, or paste only the data into "
                "a fresh template, then upload it."
            ),
            zh_hant="請刪除內嵌物件及外部連結，或只將資料貼到新的範本中，再上傳。",
            zh_hans="请删除嵌入对象和外部链接，或只将数据粘贴到新的模板中，然后上传。",
            ko="포함된 개체와 외부 링크를 삭제하거나, 새 템플릿에 데이터만 붙여 넣은 후 업로드해 주십시오.",
            es=(
                "Elimine los objetos incrustados y los vínculos a otros archivos, o pegue solo "
                "los datos en una plantilla nueva, y súbala."
            ),
            pt=(
                "Remova os objetos incorporados e os vínculos para outros arquivos, ou cole "
                "apenas os dados em um modelo novo, e envie-o."
            ),
            tl=(
                "Alisin ang mga naka-embed na object at link sa ibang file, o i-paste lamang ang "
                "datos sa bagong template, saka ito i-upload."
            ),
        ),
    ),
    Entry(
        "E-BULK-CSV-ENCODING",
        Category.BULK,
        message=texts(
            ja="CSVファイルの文字コードがUTF-8ではありません。",
            en="The CSV file is not UTF-8 text.",
            zh_hant="CSV檔案的字元編碼不是UTF-8。",
            zh_hans="CSV文件的字符编码不是UTF-8。",
            ko="CSV 파일의 문자 인코딩이 UTF-8이 아닙니다.",
            es="El archivo CSV no está en UTF-8.",
            pt="O arquivo CSV não está em UTF-8.",
            tl="Hindi UTF-8 ang CSV file.",
        ),
        remedy=texts(
            ja="Excelの「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」を選んで保存し直してから、アップロードしてください。",
            en='In Excel, use "Save As" and choose "CSV UTF-8 (Comma delimited)", then upload the file again.',
            zh_hant="請在Excel中使用「另存新檔」，選擇「CSV UTF-8（逗號分隔）」重新儲存後再上傳。",
            zh_hans="请在Excel中使用“另存为”，选择“CSV UTF-8（逗号分隔）”重新保存后再上传。",
            ko="Excel의 '다른 이름으로 저장'에서 'CSV UTF-8(쉼표로 분리)'을 선택하여 다시 저장한 후 업로드해 주십시오.",
            es="En Excel, use «Guardar como» y elija «CSV UTF-8 (delimitado por comas)»; después suba el archivo de nuevo.",
            pt='No Excel, use "Salvar como" e escolha "CSV UTF-8 (delimitado por vírgulas)"; depois envie o arquivo novamente.',
            tl='Sa Excel, gamitin ang "Save As" at piliin ang "CSV UTF-8 (Comma delimited)", saka i-upload muli ang file.',
        ),
    ),
    Entry(
        "E-BULK-CSV-LOST-CHARACTERS",
        Category.BULK,
        message=texts(
            ja="CSVファイルの文字が「?」に置き換わっています（例：セル{cell}）。日本語などを扱えない文字コードで保存されたためです。",
            en=(
                'Characters in the CSV file have been replaced by "?" (for example in cell '
                "{cell}): it was saved in a character set that cannot hold Japanese or other "
                "scripts."
            ),
            zh_hant="CSV檔案中的文字已被替換為「?」（例如儲存格{cell}），因為檔案是以無法容納日文等文字的字元編碼儲存的。",
            zh_hans="CSV文件中的文字已被替换为“?”（例如单元格{cell}），因为文件是以无法容纳日文等文字的字符编码保存的。",
            ko="CSV 파일의 문자가 '?'로 바뀌어 있습니다(예: {cell} 셀). 일본어 등을 담을 수 없는 문자 인코딩으로 저장되었기 때문입니다.",
            es=(
                "Los caracteres del archivo CSV se han sustituido por «?» (por ejemplo, en la "
                "celda {cell}): se guardó con una codificación que no admite el japonés ni "
                "otras escrituras."
            ),
            pt=(
                'Os caracteres do arquivo CSV foram substituídos por "?" (por exemplo, na '
                "célula {cell}): ele foi salvo em uma codificação que não comporta o japonês "
                "nem outras escritas."
            ),
            tl=(
                'Napalitan ng "?" ang mga character sa CSV file (halimbawa, sa cell {cell}): '
                "na-save ito sa character set na hindi kayang maglaman ng Japanese o ibang "
                "sulat."
            ),
        ),
        remedy=texts(
            ja="元のExcelファイルを開き、「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」を選んで保存し直すか、Excelブック（.xlsx）のままアップロードしてください。",
            en=(
                'Open the original workbook and use "Save As" with "CSV UTF-8 (Comma '
                'delimited)", or upload the Excel workbook (.xlsx) itself.'
            ),
            zh_hant="請開啟原本的Excel檔案，使用「另存新檔」並選擇「CSV UTF-8（逗號分隔）」重新儲存，或直接上傳Excel活頁簿（.xlsx）。",
            zh_hans="请打开原来的Excel文件，使用“另存为”并选择“CSV UTF-8（逗号分隔）”重新保存，或直接上传Excel工作簿（.xlsx）。",
            ko="원래 Excel 파일을 열어 '다른 이름으로 저장'에서 'CSV UTF-8(쉼표로 분리)'을 선택하여 다시 저장하거나, Excel 통합 문서(.xlsx) 그대로 업로드해 주십시오.",
            es=(
                "Abra el libro original y use «Guardar como» con «CSV UTF-8 (delimitado por "
                "comas)», o suba directamente el libro de Excel (.xlsx)."
            ),
            pt=(
                'Abra a pasta de trabalho original e use "Salvar como" com "CSV UTF-8 '
                '(delimitado por vírgulas)", ou envie a própria pasta de trabalho do Excel '
                "(.xlsx)."
            ),
            tl=(
                'Buksan ang orihinal na workbook at gamitin ang "Save As" na may "CSV UTF-8 '
                '(Comma delimited)", o i-upload mismo ang Excel workbook (.xlsx).'
            ),
        ),
    ),
    Entry(
        "E-BULK-DUPLICATE",
        Category.BULK,
        message=texts(
            ja="{row}行目の方は、このファイルの中で既に入力されています。",
            en="The person in row {row} is already listed in this file.",
            zh_hant="第{row}列的人員已在此檔案中列出。",
            zh_hans="第{row}行的人员已在此文件中列出。",
            ko="{row}행의 사람은 이 파일에 이미 입력되어 있습니다.",
            es="La persona de la fila {row} ya figura en este archivo.",
            pt="A pessoa da linha {row} já consta neste arquivo.",
            tl="Nakalista na sa file na ito ang tao sa hanay {row}.",
        ),
        remedy=texts(
            ja="同じ方（同じ在留カード番号）は、1つのファイルに1回だけ入力してください。",
            en="List each person (each residence card number) only once per file.",
            zh_hant="同一人（同一在留卡號碼）在一個檔案中只能列出一次。",
            zh_hans="同一人（同一在留卡号码）在一个文件中只能列出一次。",
            ko="같은 사람(같은 재류카드 번호)은 한 파일에 한 번만 입력해 주십시오.",
            es="Incluya a cada persona (cada número de tarjeta de residencia) una sola vez por archivo.",
            pt="Inclua cada pessoa (cada número de cartão de residência) apenas uma vez por arquivo.",
            tl="Ilista ang bawat tao (bawat numero ng residence card) nang isang beses lamang sa bawat file.",
        ),
    ),
    Entry(
        "E-BULK-RECEPTION",
        Category.BULK,
        message=texts(
            ja=(
                "ファイルを受け付けられませんでした（受付エラー）。問題が{count}件見つかりました。"
                "このファイルの届出は1件も行われていません。"
            ),
            en=(
                "The file was not accepted (reception error). Problems found: {count}. None of "
                "the notifications in this file has been filed."
            ),
            zh_hant="檔案未被受理（受理錯誤），共發現{count}個問題。此檔案中的申報均未辦理。",
            zh_hans="文件未被受理（受理错误），共发现{count}个问题。此文件中的申报均未办理。",
            ko=(
                "파일이 접수되지 않았습니다(접수 오류). 문제가 {count}건 발견되었습니다. 이 파일의 "
                "신고는 한 건도 처리되지 않았습니다."
            ),
            es=(
                "El archivo no fue aceptado (error de recepción). Problemas encontrados: "
                "{count}. No se ha presentado ninguna de las notificaciones del archivo."
            ),
            pt=(
                "O arquivo não foi aceito (erro de recebimento). Problemas encontrados: {count}. "
                "Nenhuma das notificações do arquivo foi feita."
            ),
            tl=(
                "Hindi tinanggap ang file (reception error): {count} problema ang natagpuan. Wala "
                "ni isang notipikasyon sa file na ito ang naisumite."
            ),
        ),
        remedy=texts(
            ja="行と列ごとに示された問題をすべて修正してから、ファイル全体をもう一度アップロードしてください。",
            en="Correct every problem listed by row and column, then upload the whole file again.",
            zh_hant="請修正依列與欄標示的所有問題後，重新上傳整個檔案。",
            zh_hans="请修正按行和列列出的所有问题后，重新上传整个文件。",
            ko="행과 열별로 표시된 문제를 모두 수정한 후 파일 전체를 다시 업로드해 주십시오.",
            es="Corrija todos los problemas indicados por fila y columna y vuelva a subir el archivo completo.",
            pt="Corrija todos os problemas indicados por linha e coluna e envie o arquivo inteiro novamente.",
            tl="Itama ang lahat ng problemang nakalista ayon sa hanay at column, saka i-upload muli ang buong file.",
        ),
    ),
    Entry(
        "E-BULK-REGISTRATION",
        Category.BULK,
        message=texts(
            ja="{count}人分の届出を登録できませんでした（登録エラー）。それ以外の方の届出は登録されています。",
            en=(
                "Notifications that could not be registered (registration error): {count}. "
                "The others were registered."
            ),
            zh_hant="有{count}人的申報無法登錄（登錄錯誤），其他人的申報已登錄。",
            zh_hans="有{count}人的申报无法登记（登记错误），其他人的申报已登记。",
            ko="{count}명분의 신고를 등록하지 못했습니다(등록 오류). 나머지 분들의 신고는 등록되었습니다.",
            es=(
                "Notificaciones que no se pudieron registrar (error de registro): {count}. "
                "Las demás se registraron."
            ),
            pt=(
                "Notificações que não puderam ser registradas (erro de registro): {count}. "
                "As demais foram registradas."
            ),
            tl=(
                "Hindi mairehistro ang mga notipikasyon para sa {count} tao (registration error). "
                "Nairehistro ang iba."
            ),
        ),
        remedy=texts(
            ja="エラーとなった方の情報を修正し、その方の分だけ、もう一度届け出てください。",
            en="Correct the information for the people listed and file again for them only.",
            zh_hant="請修正列出人員的資料，並僅為這些人重新申報。",
            zh_hans="请修正所列人员的信息，并仅为这些人重新申报。",
            ko="오류가 난 분들의 정보를 수정하여 그분들만 다시 신고해 주십시오.",
            es="Corrija los datos de las personas indicadas y vuelva a presentar la notificación solo para ellas.",
            pt="Corrija os dados das pessoas indicadas e faça a notificação novamente apenas para elas.",
            tl="Itama ang impormasyon ng mga nakalistang tao at magsumite muli para lamang sa kanila.",
        ),
    ),
    # --- the running system (C2, Q24) ------------------------------------------------------
    Entry(
        "E-MAINTENANCE",
        Category.SYSTEM,
        message=texts(
            ja="現在メンテナンス中のため、届出を受け付けていません。",
            en="Filing is unavailable during maintenance.",
            zh_hant="系統維護中，目前暫停受理申報。",
            zh_hans="系统维护中，目前暂停受理申报。",
            ko="현재 점검 중이므로 신고를 접수하지 않습니다.",
            es="Durante el mantenimiento no se pueden presentar notificaciones.",
            pt="Não é possível fazer notificações durante a manutenção.",
            tl="Hindi maaaring magsumite habang may maintenance.",
        ),
        remedy=texts(
            ja=(
                "お知らせに記載のメンテナンス期間が終わってから、もう一度お試しください。メンテ"
                "ナンス中も案内ページは閲覧できます。"
            ),
            en=(
                "Try again after the maintenance period given in the announcement. Information "
                "pages stay available during maintenance."
            ),
            zh_hant="請於公告所載的維護期間結束後再試。維護期間仍可瀏覽說明頁面。",
            zh_hans="请在公告所载的维护期间结束后重试。维护期间仍可浏览说明页面。",
            ko=(
                "공지에 안내된 점검 기간이 끝난 후 다시 시도해 주십시오. 점검 중에도 안내 페이지는 "
                "볼 수 있습니다."
            ),
            es=(
                "Inténtelo de nuevo cuando termine el período de mantenimiento indicado en el "
                "aviso. Las páginas informativas siguen disponibles."
            ),
            pt=(
                "Tente novamente depois do período de manutenção informado no aviso. As páginas "
                "informativas continuam disponíveis."
            ),
            tl=(
                "Subukang muli pagkatapos ng panahon ng maintenance na nakasaad sa anunsyo. "
                "Mabubuksan pa rin ang mga pahina ng impormasyon habang may maintenance."
            ),
        ),
    ),
    Entry(
        "E-TOO-MANY-REQUESTS",
        Category.SYSTEM,
        message=texts(
            ja="短時間に操作が集中したため、受け付けられませんでした。",
            en="Too many attempts in a short time.",
            zh_hant="短時間內操作次數過多，系統無法受理。",
            zh_hans="短时间内操作次数过多，系统无法受理。",
            ko="짧은 시간에 시도가 너무 많아 처리할 수 없습니다.",
            es="Demasiados intentos en poco tiempo.",
            pt="Muitas tentativas em pouco tempo.",
            tl="Masyadong maraming pagtatangka sa maikling panahon.",
        ),
        remedy=texts(
            ja="数分待ってから、もう一度お試しください。",
            en="Wait a few minutes and try again.",
            zh_hant="請稍候幾分鐘後再試一次。",
            zh_hans="请等待几分钟后重试。",
            ko="몇 분 기다린 후 다시 시도해 주십시오.",
            es="Espere unos minutos e inténtelo de nuevo.",
            pt="Aguarde alguns minutos e tente novamente.",
            tl="Maghintay ng ilang minuto at subukang muli.",
        ),
    ),
    # --- filing forms -----------------------------------------------------------------------------
    Entry(
        "E-CHOICE-INVALID",
        Category.INPUT,
        message=texts(
            ja="選択肢にない値です。",
            en="This value is not one of the choices.",
            zh_hant="此值不在選項之中。",
            zh_hans="此值不在选项之中。",
            ko="선택지에 없는 값입니다.",
            es="Este valor no es una de las opciones.",
            pt="Este valor não é uma das opções.",
            tl="Wala sa mga pagpipilian ang halagang ito.",
        ),
        remedy=texts(
            ja="一覧の中から選んでください。市区町村は、先に選んだ都道府県のものを選んでください。",
            en="Choose a value from the list. For the municipality, choose one in the prefecture you chose first.",
            zh_hant="請從清單中選擇。市區町村請選擇屬於先前所選都道府縣的項目。",
            zh_hans="请从列表中选择。市区町村请选择属于先前所选都道府县的项目。",
            ko="목록에서 선택해 주십시오. 시구정촌은 먼저 선택한 도도부현에 속한 것을 선택해 주십시오.",
            es="Elija un valor de la lista. Para el municipio, elija uno de la prefectura elegida antes.",
            pt="Escolha um valor da lista. Para o município, escolha um da província escolhida antes.",
            tl="Pumili ng halaga mula sa listahan. Para sa munisipalidad, pumili ng nasa prefecture na pinili mo muna.",
        ),
    ),
    Entry(
        "E-SNAPSHOT-DATE",
        Category.DATE,
        message=texts(
            ja="在籍状況の届出の基準日は、5月1日または11月1日です。",
            en="Enrolment is reported as of 1 May or 1 November.",
            zh_hant="在籍狀況申報的基準日為5月1日或11月1日。",
            zh_hans="在籍状况申报的基准日为5月1日或11月1日。",
            ko="재적 상황 신고의 기준일은 5월 1일 또는 11월 1일입니다.",
            es="La matrícula se notifica con fecha 1 de mayo o 1 de noviembre.",
            pt="A matrícula é notificada com data de 1º de maio ou 1º de novembro.",
            tl="Iniuulat ang pagpapatala ayon sa ika-1 ng Mayo o ika-1 ng Nobyembre.",
        ),
        remedy=texts(
            ja="一覧から、直近の基準日を選んでください。",
            en="Choose the most recent of these dates from the list.",
            zh_hant="請從清單中選擇最近的基準日。",
            zh_hans="请从列表中选择最近的基准日。",
            ko="목록에서 가장 최근 기준일을 선택해 주십시오.",
            es="Elija de la lista la más reciente de esas fechas.",
            pt="Escolha na lista a mais recente dessas datas.",
            tl="Piliin sa listahan ang pinakahuling petsa sa mga ito.",
        ),
    ),
    Entry(
        "E-ORG-FILING-NOT-APPLICABLE",
        Category.FILING,
        message=texts(
            ja="この方の在留資格は、所属機関による届出（入管法第19条の17）の対象ではありません。",
            en="This person's status of residence is not one for which organizations file under Article 19-17.",
            zh_hant="此人的在留資格不屬於所屬機構申報（入管法第19條之17）的對象。",
            zh_hans="此人的在留资格不属于所属机构申报（入管法第19条之17）的对象。",
            ko="이 분의 재류자격은 소속기관에 의한 신고(입관법 제19조의17)의 대상이 아닙니다.",
            es="El estatus de residencia de esta persona no es de los que las organizaciones notifican según el artículo 19-17.",
            pt="O status de residência desta pessoa não é dos que as organizações notificam pelo artigo 19-17.",
            tl="Hindi kabilang ang status of residence ng taong ito sa mga iniuulat ng organisasyon sa ilalim ng Artikulo 19-17.",
        ),
        remedy=texts(
            ja="届出は不要です。在留カードの番号と氏名が正しいかどうかも確認してください。",
            en="No notification is needed. Also check that the card number and name are the right person's.",
            zh_hant="無需申報。請一併確認在留卡號碼與姓名是否為正確的人。",
            zh_hans="无需申报。请一并确认在留卡号码与姓名是否为正确的人。",
            ko="신고는 필요하지 않습니다. 재류카드 번호와 이름이 맞는 사람의 것인지도 확인해 주십시오.",
            es="No hace falta notificar. Compruebe también que el número de tarjeta y el nombre son de la persona correcta.",
            pt="Não é preciso notificar. Confira também se o número do cartão e o nome são da pessoa certa.",
            tl="Hindi kailangan ng notipikasyon. Tiyakin din na sa tamang tao ang numero ng card at pangalan.",
        ),
    ),
    Entry(
        "E-NOT-STUDENT",
        Category.FILING,
        message=texts(
            ja="この届出は、在留資格「留学」の方についてだけ行うものです。",
            en="This notification is only for people with the status Student.",
            zh_hant="此申報僅適用於在留資格為「留學」的人。",
            zh_hans="此申报仅适用于在留资格为“留学”的人。",
            ko="이 신고는 재류자격이 '유학'인 분에 대해서만 하는 것입니다.",
            es="Esta notificación es solo para personas con el estatus de Estudiante.",
            pt="Esta notificação é apenas para pessoas com o status de Estudante.",
            tl="Para lamang sa may status na Student ang notipikasyong ito.",
        ),
        remedy=texts(
            ja="受入れの開始または終了の届出を選んでください。",
            en="Choose the notification of the start or end of acceptance instead.",
            zh_hant="請改為選擇接收開始或接收結束的申報。",
            zh_hans="请改为选择接收开始或接收结束的申报。",
            ko="대신 수입 개시 또는 수입 종료 신고를 선택해 주십시오.",
            es="Elija en su lugar la notificación de inicio o de fin de la aceptación.",
            pt="Escolha em vez disso a notificação de início ou de fim do acolhimento.",
            tl="Sa halip, piliin ang notipikasyon ng pagsisimula o pagtatapos ng pagtanggap.",
        ),
    ),
)
