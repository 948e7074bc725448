"""Catalogue entries that explain why nothing (or something else) is to be filed here.

These are answers of the guided check (SPEC N1) and of `filings.rules` eligibility functions,
not faults: they carry the "I-" prefix and the eligibility category (Q4, Q6–Q8, Q13, Q15, Q19).
"""

# Catalogue texts are kept one sentence to a line where they fit, so that the eight
# languages of an entry can be read side by side; CJK and long sentences pass the line limit.
# ruff: noqa: E501

from .base import Category, Entry, texts

_NOTHING_HERE = texts(
    ja="このポータルで届け出ることはありません。",
    en="There is nothing to file on this portal.",
    zh_hant="無須在本網站申報。",
    zh_hans="无须在本网站申报。",
    ko="이 포털에서 신고할 것은 없습니다.",
    es="No tiene nada que notificar en este portal.",
    pt="Não há nada a notificar neste portal.",
    tl="Wala kang kailangang isumite sa portal na ito.",
)

ENTRIES: tuple[Entry, ...] = (
    Entry(
        "I-MLT-NO-STATUS",
        Category.ELIGIBILITY,
        message=texts(
            ja="在留資格を有しない方は中長期在留者に当たらないため、これらの届出は不要です。",
            en=(
                "People without a status of residence are not mid-to-long-term residents, so "
                "they do not file these notifications."
            ),
            zh_hant="不具在留資格者不屬於中長期在留者，因此無須辦理這些申報。",
            zh_hans="没有在留资格的人不属于中长期在留者，因此无须办理这些申报。",
            ko="재류자격이 없는 분은 중장기 재류자에 해당하지 않으므로 이러한 신고가 필요 없습니다.",
            es=(
                "Las personas sin estatus de residencia no son residentes de mediano a largo "
                "plazo, por lo que no presentan estas notificaciones."
            ),
            pt=(
                "Pessoas sem status de residência não são residentes de médio a longo prazo e, "
                "por isso, não fazem estas notificações."
            ),
            tl=(
                "Ang mga walang status of residence ay hindi mid-to-long-term resident, kaya "
                "hindi sila nagsusumite ng mga notipikasyong ito."
            ),
        ),
        remedy=texts(
            ja=(
                "このポータルで届け出ることはありません。在留資格について分からないことがある場合は、"
                "地方出入国在留管理局にお問い合わせください。"
            ),
            en=(
                "There is nothing to file on this portal. For questions about your status, "
                "contact a regional immigration services bureau."
            ),
            zh_hant="無須在本網站申報。關於在留資格的疑問，請洽詢地方出入國在留管理局。",
            zh_hans="无须在本网站申报。有关在留资格的疑问，请咨询地方出入国在留管理局。",
            ko="이 포털에서 신고할 것은 없습니다. 재류자격에 관한 문의는 지방출입국재류관리국에 해 주십시오.",
            es=(
                "No tiene nada que notificar en este portal. Para consultas sobre su estatus, "
                "diríjase a una oficina regional de inmigración."
            ),
            pt=(
                "Não há nada a notificar neste portal. Para dúvidas sobre o seu status, procure "
                "um escritório regional de imigração."
            ),
            tl=(
                "Wala kang kailangang isumite sa portal na ito. Para sa mga tanong tungkol sa "
                "iyong status, makipag-ugnayan sa isang regional immigration services bureau."
            ),
        ),
    ),
    Entry(
        "I-MLT-STATUS-EXCLUDED",
        Category.ELIGIBILITY,
        message=texts(
            ja=(
                "この在留資格（「短期滞在」「外交」「公用」など）の方や特別永住者の方は中長期在留者"
                "に当たらないため、これらの届出は不要です。"
            ),
            en=(
                "Holders of this status (such as Temporary Visitor, Diplomat or Official) and "
                "Special Permanent Residents are not mid-to-long-term residents, so they do not "
                "file these notifications."
            ),
            zh_hant=(
                "持有此類在留資格（如「短期滯在」、「外交」、「公用」）者及特別永住者不屬於中長期"
                "在留者，因此無須辦理這些申報。"
            ),
            zh_hans=(
                "持有此类在留资格（如“短期滞在”“外交”“公用”）的人及特别永住者不属于中长期在留者，"
                "因此无须办理这些申报。"
            ),
            ko=(
                "이 재류자격('단기체재', '외교', '공용' 등)을 가진 분과 특별영주자는 중장기 재류자에 "
                "해당하지 않으므로 이러한 신고가 필요 없습니다."
            ),
            es=(
                "Los titulares de este estatus (como Visitante Temporal, Diplomático u Oficial) y "
                "los residentes permanentes especiales no son residentes de mediano a largo "
                "plazo, por lo que no presentan estas notificaciones."
            ),
            pt=(
                "Os titulares deste status (como Visitante Temporário, Diplomata ou Oficial) e os "
                "residentes permanentes especiais não são residentes de médio a longo prazo e, "
                "por isso, não fazem estas notificações."
            ),
            tl=(
                "Ang mga may hawak ng status na ito (gaya ng Temporary Visitor, Diplomat o "
                "Official) at ang mga Special Permanent Resident ay hindi mid-to-long-term "
                "resident, kaya hindi sila nagsusumite ng mga notipikasyong ito."
            ),
        ),
        remedy=_NOTHING_HERE,
    ),
    Entry(
        "I-MLT-SPECIAL-DA",
        Category.ELIGIBILITY,
        message=texts(
            ja=(
                "台北駐日経済文化代表処または駐日パレスチナ総代表部の職員とその家族の方で、「特定"
                "活動」の在留資格をお持ちの方は中長期在留者に当たらないため、これらの届出は不要です。"
            ),
            en=(
                "Staff of the Taipei Economic and Cultural Representative Office in Japan or of "
                "the Palestine General Delegation in Japan, and their families, holding "
                "Designated Activities are not mid-to-long-term residents, so they do not file "
                "these notifications."
            ),
            zh_hant=(
                "台北駐日經濟文化代表處或巴勒斯坦駐日總代表部的職員及其家屬，持有「特定活動」在留"
                "資格者不屬於中長期在留者，因此無須辦理這些申報。"
            ),
            zh_hans=(
                "台北驻日经济文化代表处或巴勒斯坦驻日总代表部的职员及其家属，持有“特定活动”在留"
                "资格者不属于中长期在留者，因此无须办理这些申报。"
            ),
            ko=(
                "타이베이 주일경제문화대표처 또는 주일 팔레스타인 총대표부의 직원과 그 가족으로서 "
                "'특정활동' 재류자격을 가진 분은 중장기 재류자에 해당하지 않으므로 이러한 신고가 "
                "필요 없습니다."
            ),
            es=(
                "El personal de la Oficina Económica y Cultural de Taipéi en Japón o de la "
                "Delegación General de Palestina en Japón, y sus familiares, con estatus de "
                "Actividades Designadas no son residentes de mediano a largo plazo, por lo que "
                "no presentan estas notificaciones."
            ),
            pt=(
                "Os funcionários do Escritório Econômico e Cultural de Taipé no Japão ou da "
                "Delegação Geral da Palestina no Japão, e seus familiares, com status de "
                "Atividades Designadas não são residentes de médio a longo prazo e, por isso, "
                "não fazem estas notificações."
            ),
            tl=(
                "Ang mga kawani ng Taipei Economic and Cultural Representative Office in Japan o "
                "ng Palestine General Delegation in Japan, at ang kanilang pamilya, na may status "
                "na Designated Activities ay hindi mid-to-long-term resident, kaya hindi sila "
                "nagsusumite ng mga notipikasyong ito."
            ),
        ),
        remedy=_NOTHING_HERE,
    ),
    Entry(
        "I-MLT-SHORT-STAY",
        Category.ELIGIBILITY,
        message=texts(
            ja="在留期間が3月以下の方は中長期在留者に当たらないため、これらの届出は不要です。",
            en=(
                "A period of stay of 3 months or less does not make you a mid-to-long-term "
                "resident, so you do not file these notifications."
            ),
            zh_hant="在留期間為3個月以下者不屬於中長期在留者，因此無須辦理這些申報。",
            zh_hans="在留期间为3个月以下的人不属于中长期在留者，因此无须办理这些申报。",
            ko="재류기간이 3개월 이하인 분은 중장기 재류자에 해당하지 않으므로 이러한 신고가 필요 없습니다.",
            es=(
                "Con un período de estancia de 3 meses o menos no se es residente de mediano a "
                "largo plazo, por lo que no se presentan estas notificaciones."
            ),
            pt=(
                "Com um período de permanência de 3 meses ou menos, a pessoa não é residente de "
                "médio a longo prazo e, por isso, não faz estas notificações."
            ),
            tl=(
                "Kapag 3 buwan o mas maikli ang panahon ng pananatili, hindi ka "
                "mid-to-long-term resident, kaya hindi ka nagsusumite ng mga notipikasyong ito."
            ),
        ),
        remedy=texts(
            ja=(
                "このポータルで届け出ることはありません。その後、3月を超える在留期間が決定された"
                "場合は、改めて確認してください。"
            ),
            en=(
                "There is nothing to file on this portal. If you are later granted a longer "
                "period of stay, check again."
            ),
            zh_hant="無須在本網站申報。日後若獲准超過3個月的在留期間，請再次確認。",
            zh_hans="无须在本网站申报。今后如获准超过3个月的在留期间，请再次确认。",
            ko=(
                "이 포털에서 신고할 것은 없습니다. 이후 3개월을 초과하는 재류기간이 결정되면 다시 "
                "확인해 주십시오."
            ),
            es=(
                "No tiene nada que notificar en este portal. Si más adelante se le concede un "
                "período de estancia más largo, vuelva a comprobarlo."
            ),
            pt=(
                "Não há nada a notificar neste portal. Se depois lhe for concedido um período de "
                "permanência maior, verifique novamente."
            ),
            tl=(
                "Wala kang kailangang isumite sa portal na ito. Kung mabigyan ka ng mas mahabang "
                "panahon ng pananatili sa hinaharap, tingnan muli."
            ),
        ),
    ),
    Entry(
        "I-OBL-BEFORE-START",
        Category.ELIGIBILITY,
        message=texts(
            ja=(
                "これらの届出が必要なのは、2012年7月9日以降に上陸許可・在留資格変更許可・在留期間"
                "更新許可などを受けた方だけです。"
            ),
            en=(
                "Only residents granted landing, a change of status or an extension of stay on "
                "or after 9 July 2012 must file these notifications."
            ),
            zh_hant=(
                "只有在2012年7月9日以後獲得上陸許可、在留資格變更許可或在留期間更新許可等的人，"
                "才須辦理這些申報。"
            ),
            zh_hans=(
                "只有在2012年7月9日以后获得上陆许可、在留资格变更许可或在留期间更新许可等的人，"
                "才须办理这些申报。"
            ),
            ko=(
                "이러한 신고는 2012년 7월 9일 이후에 상륙허가, 재류자격 변경허가, 재류기간 "
                "갱신허가 등을 받은 분만 해야 합니다."
            ),
            es=(
                "Solo deben presentar estas notificaciones quienes obtuvieron el permiso de "
                "desembarco, el cambio de estatus o la prórroga de estancia a partir del 9 de "
                "julio de 2012."
            ),
            pt=(
                "Só precisam fazer estas notificações as pessoas que receberam permissão de "
                "desembarque, mudança de status ou prorrogação de permanência a partir de 9 de "
                "julho de 2012."
            ),
            tl=(
                "Ang kailangan lamang magsumite ng mga notipikasyong ito ay ang mga nabigyan ng "
                "landing permission, pagbabago ng status o extension ng pananatili noong Hulyo 9, "
                "2012 o pagkatapos nito."
            ),
        ),
        remedy=texts(
            ja="現在、届け出る必要はありません。次回の在留期間更新や在留資格変更の後に、改めて確認してください。",
            en="You do not need to file now. Check again after your next extension or change of status.",
            zh_hant="目前無須申報。請於下次在留期間更新或在留資格變更後再次確認。",
            zh_hans="目前无须申报。请在下次在留期间更新或在留资格变更后再次确认。",
            ko="현재는 신고할 필요가 없습니다. 다음 재류기간 갱신이나 재류자격 변경 후에 다시 확인해 주십시오.",
            es=(
                "Por ahora no tiene que notificar. Vuelva a comprobarlo después de su próxima "
                "prórroga o cambio de estatus."
            ),
            pt=(
                "Por enquanto você não precisa notificar. Verifique novamente após a sua próxima "
                "prorrogação ou mudança de status."
            ),
            tl=(
                "Hindi mo kailangang magsumite sa ngayon. Tingnan muli pagkatapos ng susunod mong "
                "extension o pagbabago ng status."
            ),
        ),
    ),
    Entry(
        "I-OBL-NO-ITEM",
        Category.ELIGIBILITY,
        message=texts(
            ja=(
                "お持ちの在留資格（「芸術」「宗教」「報道」「定住者」「永住者」など）は、これらの"
                "届出の対象ではありません。"
            ),
            en=(
                "Your status of residence (for example Artist, Religious Activities, Journalist, "
                "Long-Term Resident or Permanent Resident) does not require these notifications."
            ),
            zh_hant=(
                "您的在留資格（如「藝術」、「宗教」、「報導」、「定住者」、「永住者」等）不屬於這些"
                "申報的對象。"
            ),
            zh_hans=(
                "您的在留资格（如“艺术”“宗教”“报道”“定住者”“永住者”等）不属于这些申报的对象。"
            ),
            ko=(
                "귀하의 재류자격('예술', '종교', '보도', '정주자', '영주자' 등)은 이러한 신고의 "
                "대상이 아닙니다."
            ),
            es=(
                "Su estatus de residencia (por ejemplo, Artista, Actividades Religiosas, "
                "Periodista, Residente de Largo Plazo o Residente Permanente) no exige estas "
                "notificaciones."
            ),
            pt=(
                "Seu status de residência (por exemplo, Artista, Atividades Religiosas, "
                "Jornalista, Residente de Longo Prazo ou Residente Permanente) não exige estas "
                "notificações."
            ),
            tl=(
                "Hindi kailangan ng iyong status of residence (halimbawa Artist, Religious "
                "Activities, Journalist, Long-Term Resident o Permanent Resident) ang mga "
                "notipikasyong ito."
            ),
        ),
        remedy=_NOTHING_HERE,
    ),
    Entry(
        "I-OBL-MAPPING-DATE",
        Category.ELIGIBILITY,
        message=texts(
            ja="お持ちの在留資格は、それが許可された日に施行されていた規定では、これらの届出の対象ではありませんでした。",
            en=(
                "Under the rules in force on the date your status was granted, it did not "
                "require these notifications."
            ),
            zh_hant="依照您的在留資格獲准當日施行的規定，該資格不屬於這些申報的對象。",
            zh_hans="根据您的在留资格获准当日施行的规定，该资格不属于这些申报的对象。",
            ko="귀하의 재류자격은 허가된 날에 시행되던 규정상 이러한 신고의 대상이 아니었습니다.",
            es=(
                "Según las normas vigentes en la fecha en que se concedió su estatus, este no "
                "exigía estas notificaciones."
            ),
            pt=(
                "Pelas regras em vigor na data em que seu status foi concedido, ele não exigia "
                "estas notificações."
            ),
            tl=(
                "Ayon sa mga patakarang umiiral noong petsang ipinagkaloob ang iyong status, "
                "hindi nito kailangan ang mga notipikasyong ito."
            ),
        ),
        remedy=texts(
            ja="このポータルで届け出ることはありません。不明な点はヘルプデスクにお問い合わせください。",
            en="There is nothing to file on this portal. If you are unsure, contact the help desk.",
            zh_hant="無須在本網站申報。如有不明之處，請聯絡服務台。",
            zh_hans="无须在本网站申报。如有不明之处，请联系服务台。",
            ko="이 포털에서 신고할 것은 없습니다. 궁금한 점은 헬프데스크에 문의해 주십시오.",
            es=(
                "No tiene nada que notificar en este portal. Si tiene dudas, póngase en contacto "
                "con la mesa de ayuda."
            ),
            pt=(
                "Não há nada a notificar neste portal. Em caso de dúvida, entre em contato com a "
                "central de atendimento."
            ),
            tl=(
                "Wala kang kailangang isumite sa portal na ito. Kung hindi ka sigurado, "
                "makipag-ugnayan sa help desk."
            ),
        ),
    ),
    Entry(
        "I-OBL-NOT-SPOUSE-BASIS",
        Category.ELIGIBILITY,
        message=texts(
            ja=(
                "配偶者に関する届出が必要なのは、配偶者としての身分が在留資格の基礎となっている場合"
                "だけです（子として在留している場合などは不要です）。"
            ),
            en=(
                "Notifications about a spouse are needed only when being a spouse is the basis "
                "of your status of residence (not, for example, when you stay as a child)."
            ),
            zh_hant="只有以配偶者身分作為在留資格基礎時，才須辦理配偶者相關申報（例如以子女身分在留者則無須申報）。",
            zh_hans="只有以配偶身份作为在留资格基础时，才须办理配偶相关申报（例如以子女身份在留的人无须申报）。",
            ko=(
                "배우자에 관한 신고는 배우자로서의 신분이 재류자격의 기초가 되는 경우에만 "
                "필요합니다(예: 자녀로서 재류하는 경우에는 필요 없습니다)."
            ),
            es=(
                "Las notificaciones sobre el cónyuge solo son necesarias cuando la condición de "
                "cónyuge es la base de su estatus de residencia (no, por ejemplo, cuando reside "
                "como hijo o hija)."
            ),
            pt=(
                "As notificações sobre o cônjuge só são necessárias quando a condição de cônjuge "
                "é a base do seu status de residência (não, por exemplo, quando você reside como "
                "filho ou filha)."
            ),
            tl=(
                "Kailangan lamang ang notipikasyon tungkol sa asawa kapag ang pagiging asawa ang "
                "batayan ng iyong status of residence (hindi, halimbawa, kapag nananatili ka "
                "bilang anak)."
            ),
        ),
        remedy=_NOTHING_HERE,
    ),
    Entry(
        "I-OBL-NO-CONTRACT-IN-JAPAN",
        Category.ELIGIBILITY,
        message=texts(
            ja="「興行」の在留資格の方が届出を行うのは、本邦の公私の機関との契約に基づいて活動している場合だけです。",
            en=(
                "Entertainers file these notifications only when they work under a contract "
                "with a public or private organization in Japan."
            ),
            zh_hant="持「興行」在留資格者，只有在依據與日本公私機構簽訂的契約從事活動時，才須辦理這些申報。",
            zh_hans="持“兴行”在留资格的人，只有在依据与日本公私机构签订的合同从事活动时，才须办理这些申报。",
            ko=(
                "'흥행' 재류자격을 가진 분은 일본의 공사 기관과의 계약에 따라 활동하는 경우에만 "
                "이러한 신고를 합니다."
            ),
            es=(
                "Los titulares del estatus de Artista del Espectáculo solo presentan estas "
                "notificaciones cuando trabajan con un contrato con una organización pública o "
                "privada de Japón."
            ),
            pt=(
                "Os titulares do status de Artista de Entretenimento só fazem estas notificações "
                "quando trabalham com contrato com uma organização pública ou privada do Japão."
            ),
            tl=(
                "Ang mga may status na Entertainer ay nagsusumite lamang ng mga notipikasyong ito "
                "kapag nagtatrabaho sila sa ilalim ng kontrata sa isang pampubliko o pribadong "
                "organisasyon sa Japan."
            ),
        ),
        remedy=_NOTHING_HERE,
    ),
    Entry(
        "I-EVENT-MARRIAGE",
        Category.ELIGIBILITY,
        message=texts(
            ja="新たに結婚した場合や再婚した場合は、届出の必要はありません。",
            en="Marrying or remarrying does not require a notification.",
            zh_hant="新結婚或再婚時無須申報。",
            zh_hans="新结婚或再婚时无须申报。",
            ko="새로 결혼하거나 재혼한 경우에는 신고할 필요가 없습니다.",
            es="Casarse o volver a casarse no requiere notificación.",
            pt="Casar-se ou casar-se novamente não exige notificação.",
            tl="Hindi kailangang magsumite ng notipikasyon kapag nagpakasal o muling nagpakasal.",
        ),
        remedy=texts(
            ja="届け出ることはありません。届出が必要なのは、配偶者と離婚した場合と死別した場合だけです。",
            en="There is nothing to file. Only a divorce or the death of a spouse is notified.",
            zh_hant="無須申報。只有與配偶離婚或配偶死亡時才須申報。",
            zh_hans="无须申报。只有与配偶离婚或配偶死亡时才须申报。",
            ko="신고할 것은 없습니다. 신고가 필요한 것은 배우자와 이혼하거나 사별한 경우뿐입니다.",
            es="No tiene nada que notificar. Solo se notifican el divorcio o el fallecimiento del cónyuge.",
            pt="Não há nada a notificar. Só se notificam o divórcio ou o falecimento do cônjuge.",
            tl="Wala kang kailangang isumite. Ang diborsyo o pagkamatay lamang ng asawa ang iniuulat.",
        ),
    ),
    Entry(
        "I-EVENT-WITHIN-ORG",
        Category.ELIGIBILITY,
        message=texts(
            ja="同じ所属機関の中での異動（転勤など）は、届出の必要はありません。",
            en=(
                "A move within the same organization, such as a transfer to another office, "
                "does not require a notification."
            ),
            zh_hant="在同一所屬機構內的調動（如調職）無須申報。",
            zh_hans="在同一所属机构内的调动（如调岗）无须申报。",
            ko="같은 소속기관 안에서의 이동(전근 등)은 신고할 필요가 없습니다.",
            es=(
                "Un cambio dentro de la misma organización, como un traslado a otra oficina, no "
                "requiere notificación."
            ),
            pt=(
                "Uma mudança dentro da mesma organização, como a transferência para outro "
                "escritório, não exige notificação."
            ),
            tl=(
                "Hindi kailangang magsumite ng notipikasyon para sa paglipat sa loob ng parehong "
                "organisasyon, gaya ng paglipat sa ibang opisina."
            ),
        ),
        remedy=texts(
            ja="契約の相手方である所属機関が変わらない限り、届け出ることはありません。",
            en=(
                "There is nothing to file as long as the organization you have the contract with "
                "stays the same."
            ),
            zh_hant="只要與您簽約的所屬機構不變，就無須申報。",
            zh_hans="只要与您签约的所属机构不变，就无须申报。",
            ko="계약 상대방인 소속기관이 바뀌지 않는 한 신고할 것은 없습니다.",
            es=(
                "No tiene nada que notificar mientras la organización con la que tiene el "
                "contrato sea la misma."
            ),
            pt=(
                "Não há nada a notificar enquanto a organização com a qual você tem contrato "
                "continuar a mesma."
            ),
            tl=(
                "Wala kang kailangang isumite hangga't pareho pa rin ang organisasyong "
                "kinontrata mo."
            ),
        ),
    ),
    Entry(
        "I-EVENT-MERGER-NO-CHANGE",
        Category.ELIGIBILITY,
        message=texts(
            ja="所属機関が合併しても、名称と所在地が変わらなければ、届出の必要はありません。",
            en=(
                "A merger that leaves the organization's name and address unchanged does not "
                "require a notification."
            ),
            zh_hant="所屬機構合併後，若名稱及所在地均未變更，則無須申報。",
            zh_hans="所属机构合并后，如名称和所在地均未变更，则无须申报。",
            ko="소속기관이 합병되더라도 명칭과 소재지가 바뀌지 않으면 신고할 필요가 없습니다.",
            es=(
                "Una fusión que no cambia el nombre ni la dirección de la organización no "
                "requiere notificación."
            ),
            pt=(
                "Uma fusão que não altera o nome nem o endereço da organização não exige "
                "notificação."
            ),
            tl=(
                "Hindi kailangang magsumite ng notipikasyon kung ang pagsasanib (merger) ay hindi "
                "nagbago sa pangalan at address ng organisasyon."
            ),
        ),
        remedy=texts(
            ja="届け出ることはありません。合併によって名称や所在地が変わった場合は、その変更を届け出てください。",
            en=(
                "There is nothing to file. If the merger changed the name or the address, file "
                "that change."
            ),
            zh_hant="無須申報。若因合併而變更名稱或所在地，請申報該項變更。",
            zh_hans="无须申报。如因合并而变更了名称或所在地，请申报该项变更。",
            ko=(
                "신고할 것은 없습니다. 합병으로 명칭이나 소재지가 바뀐 경우에는 그 변경을 신고해 "
                "주십시오."
            ),
            es=(
                "No tiene nada que notificar. Si la fusión cambió el nombre o la dirección, "
                "notifique ese cambio."
            ),
            pt=(
                "Não há nada a notificar. Se a fusão alterou o nome ou o endereço, notifique essa "
                "mudança."
            ),
            tl=(
                "Wala kang kailangang isumite. Kung nagbago ang pangalan o address dahil sa "
                "merger, iulat ang pagbabagong iyon."
            ),
        ),
    ),
    Entry(
        "I-EVENT-NOT-FOR-ITEM",
        Category.ELIGIBILITY,
        message=texts(
            ja="お持ちの在留資格では、この変更について届出の必要はありません。",
            en="With your status of residence, this change does not require a notification.",
            zh_hant="依您的在留資格，此項變更無須申報。",
            zh_hans="根据您的在留资格，此项变更无须申报。",
            ko="귀하의 재류자격으로는 이 변경에 대해 신고할 필요가 없습니다.",
            es="Con su estatus de residencia, este cambio no requiere notificación.",
            pt="Com o seu status de residência, esta mudança não exige notificação.",
            tl=(
                "Sa iyong status of residence, hindi kailangang magsumite ng notipikasyon para sa "
                "pagbabagong ito."
            ),
        ),
        remedy=texts(
            ja="この変更について届け出ることはありません。",
            en="There is nothing to file for this change.",
            zh_hant="此項變更無須申報。",
            zh_hans="此项变更无须申报。",
            ko="이 변경에 대해 신고할 것은 없습니다.",
            es="No tiene nada que notificar por este cambio.",
            pt="Não há nada a notificar sobre esta mudança.",
            tl="Wala kang kailangang isumite para sa pagbabagong ito.",
        ),
    ),
    Entry(
        "I-GO-BUREAU",
        Category.ELIGIBILITY,
        message=texts(
            ja="氏名、国籍・地域、生年月日、性別の変更は、このポータルでは届け出ることができません。",
            en=(
                "Changes of name, nationality or region, date of birth or sex cannot be filed on "
                "this portal."
            ),
            zh_hant="姓名、國籍或地區、出生日期、性別的變更，無法在本網站申報。",
            zh_hans="姓名、国籍或地区、出生日期、性别的变更，无法在本网站申报。",
            ko="성명, 국적·지역, 생년월일, 성별의 변경은 이 포털에서 신고할 수 없습니다.",
            es=(
                "Los cambios de nombre, nacionalidad o región, fecha de nacimiento o sexo no "
                "pueden notificarse en este portal."
            ),
            pt=(
                "Mudanças de nome, nacionalidade ou região, data de nascimento ou sexo não podem "
                "ser notificadas neste portal."
            ),
            tl=(
                "Hindi maaaring isumite sa portal na ito ang pagbabago ng pangalan, nasyonalidad "
                "o rehiyon, petsa ng kapanganakan o kasarian."
            ),
        ),
        remedy=texts(
            ja="変更があった日から14日以内に、地方出入国在留管理局の窓口で届け出てください。",
            en=(
                "File the change in person at a regional immigration services bureau within 14 "
                "days of the change."
            ),
            zh_hant="請於變更之日起14日內，至地方出入國在留管理局的窗口申報。",
            zh_hans="请在变更之日起14日内，到地方出入国在留管理局的窗口申报。",
            ko="변경된 날부터 14일 이내에 지방출입국재류관리국 창구에서 신고해 주십시오.",
            es=(
                "Notifique el cambio en persona en una oficina regional de inmigración dentro de "
                "los 14 días siguientes."
            ),
            pt=(
                "Notifique a mudança pessoalmente em um escritório regional de imigração em até "
                "14 dias."
            ),
            tl=(
                "Iulat nang personal ang pagbabago sa isang regional immigration services bureau "
                "sa loob ng 14 na araw mula sa pagbabago."
            ),
        ),
    ),
    Entry(
        "I-GO-MUNICIPAL",
        Category.ELIGIBILITY,
        message=texts(
            ja="住居地の変更は、このポータルでは届け出ることができません。",
            en="A change of home address cannot be filed on this portal.",
            zh_hant="住居地的變更無法在本網站申報。",
            zh_hans="住居地的变更无法在本网站申报。",
            ko="주거지 변경은 이 포털에서 신고할 수 없습니다.",
            es="El cambio de domicilio no puede notificarse en este portal.",
            pt="A mudança de endereço residencial não pode ser notificada neste portal.",
            tl="Hindi maaaring isumite sa portal na ito ang pagbabago ng tirahan.",
        ),
        remedy=texts(
            ja="新しい住居地に移った日から14日以内に、在留カードを持って、お住まいの市区町村の窓口で届け出てください。",
            en=(
                "Within 14 days of moving, take your residence card to the municipal office "
                "(city, ward, town or village) where you now live and notify the change there."
            ),
            zh_hant="請於遷入新住居地之日起14日內，攜帶在留卡至居住地的市區町村公所窗口申報。",
            zh_hans="请在迁入新住居地之日起14日内，携带在留卡到所住市区町村政府的窗口申报。",
            ko="새 주거지로 옮긴 날부터 14일 이내에 재류카드를 가지고 거주하는 시·구·정·촌 관공서 창구에서 신고해 주십시오.",
            es=(
                "Dentro de los 14 días siguientes a la mudanza, lleve su tarjeta de residencia a "
                "la oficina municipal (ayuntamiento o distrito) de su nuevo domicilio y notifique "
                "allí el cambio."
            ),
            pt=(
                "Em até 14 dias após a mudança, leve o seu cartão de residência à prefeitura (ou "
                "subprefeitura) do seu novo endereço e notifique a mudança lá."
            ),
            tl=(
                "Sa loob ng 14 na araw mula sa paglipat, dalhin ang iyong residence card sa "
                "munisipyo o city hall ng lugar na tinitirhan mo ngayon at doon iulat ang "
                "pagbabago."
            ),
        ),
    ),
    Entry(
        "I-EVENT-ALSO-LEAVING",
        Category.ELIGIBILITY,
        message=texts(
            ja=(
                "新しい所属機関への移籍や新たな契約の締結を届け出る場合は、原則として、元の所属機関"
                "からの離脱や契約の終了の届出も必要です。"
            ),
            en=(
                "When you move to a new organization or sign a new contract, you normally also "
                "need to notify that you left the previous organization or that the previous "
                "contract ended."
            ),
            zh_hant="申報轉至新的所屬機構或簽訂新契約時，原則上也須申報脫離原所屬機構或契約終止。",
            zh_hans="申报转到新的所属机构或签订新合同时，原则上也须申报脱离原所属机构或合同终止。",
            ko=(
                "새 소속기관으로의 이적이나 새로운 계약 체결을 신고하는 경우에는 원칙적으로 원래 "
                "소속기관에서의 이탈이나 계약 종료도 신고해야 합니다."
            ),
            es=(
                "Cuando pasa a una nueva organización o firma un nuevo contrato, normalmente "
                "también debe notificar que dejó la organización anterior o que terminó el "
                "contrato anterior."
            ),
            pt=(
                "Ao passar para uma nova organização ou assinar um novo contrato, normalmente "
                "você também precisa notificar que deixou a organização anterior ou que o "
                "contrato anterior terminou."
            ),
            tl=(
                "Kapag lumipat ka sa bagong organisasyon o pumirma ng bagong kontrata, karaniwang "
                "kailangan mo ring iulat na umalis ka sa dating organisasyon o natapos ang "
                "dating kontrata."
            ),
        ),
        remedy=texts(
            ja=(
                "両方を届け出てください。このポータルでは2つの届出をまとめて1回で行えます。移籍に"
                "伴って在留資格の変更許可を受けた場合などは不要なこともあるため、地方出入国在留管理局"
                "に確認してください。"
            ),
            en=(
                "File both; this portal lets you file them together as one notification. If you "
                "were granted a change of status because of the move, one of them may not be "
                "needed: ask a regional immigration services bureau."
            ),
            zh_hant=(
                "請兩者都申報；本網站可將兩項申報合併為一次辦理。若因轉職而獲准變更在留資格等，"
                "可能無須其中一項申報，請洽詢地方出入國在留管理局。"
            ),
            zh_hans=(
                "请两项都申报；本网站可将两项申报合并为一次办理。如因转职而获准变更在留资格等，"
                "可能无须其中一项申报，请咨询地方出入国在留管理局。"
            ),
            ko=(
                "두 가지를 모두 신고해 주십시오. 이 포털에서는 두 신고를 한 번에 함께 할 수 "
                "있습니다. 이적에 따라 재류자격 변경허가를 받은 경우 등에는 필요 없을 수도 "
                "있으므로 지방출입국재류관리국에 확인해 주십시오."
            ),
            es=(
                "Notifique ambos hechos; este portal permite presentarlos juntos en una sola "
                "notificación. Si obtuvo un cambio de estatus con motivo del cambio, puede que "
                "una de ellas no sea necesaria: consulte a una oficina regional de inmigración."
            ),
            pt=(
                "Faça as duas notificações; este portal permite fazê-las juntas, como uma só. Se "
                "você recebeu uma mudança de status por causa da troca, uma delas pode não ser "
                "necessária: consulte um escritório regional de imigração."
            ),
            tl=(
                "Isumite ang dalawa; sa portal na ito, maaari mong isumite ang mga ito nang "
                "magkasama bilang isang notipikasyon. Kung nabigyan ka ng pagbabago ng status "
                "dahil sa paglipat, maaaring hindi na kailangan ang isa sa mga ito: magtanong sa "
                "isang regional immigration services bureau."
            ),
        ),
    ),
)
