"""Q&A, basics section: what the notifications are, who files them, by when, and organizations.

Complete in all eight languages, because residents read this part before they register.
"""

BASICS = {
    "key": "basics",
    "title": {
        "ja": "基本編（制度について）",
        "en": "Basics: the notification system",
        "zh-hant": "基本篇（制度說明）",
        "zh-hans": "基本篇（制度说明）",
        "ko": "기본편(제도 안내)",
        "es": "Conceptos básicos: el sistema de notificaciones",
        "pt": "Noções básicas: o sistema de notificações",
        "tl": "Mga pangunahing kaalaman: ang sistema ng abiso",
    },
    "intro": {
        "ja": "入管法に基づく届出について、誰が、何を、いつまでに届け出るのかをまとめています。システムの使い方は「システム操作編」をご覧ください。",
        "en": "Who must file a notification under the Immigration Control Act, what it covers and by when. For how to use the system, see the section on using the system.",
        "zh-hant": "說明《入管法》規定的申報由誰提出、申報哪些內容，以及申報期限。系統的操作方式請參閱「系統操作篇」。",
        "zh-hans": "说明《入管法》规定的申报由谁提出、申报哪些内容以及申报期限。系统的操作方法请参阅“系统操作篇”。",
        "ko": "입관법에 따른 신고를 누가, 무엇을, 언제까지 해야 하는지 정리했습니다. 시스템 사용 방법은 '시스템 조작편'을 참조해 주십시오.",
        "es": "Quién debe presentar las notificaciones que exige la Ley de Control de Inmigración, qué se notifica y en qué plazo. Para saber cómo usar el sistema, consulte la sección sobre el uso del sistema.",
        "pt": "Quem deve fazer as notificações exigidas pela Lei de Controle de Imigração, o que deve ser comunicado e em que prazo. Para saber como usar o sistema, consulte a seção sobre o uso do sistema.",
        "tl": "Kung sino ang dapat magsumite ng mga abisong hinihingi ng Immigration Control Act, ano ang saklaw nito at hanggang kailan. Para sa paggamit ng sistema, tingnan ang seksiyon tungkol sa paggamit ng sistema.",
    },
    "subsections": [
        {
            "key": "overview",
            "title": {
                "ja": "システムと届出の概要",
                "en": "The system and the notifications",
                "zh-hant": "系統與申報概要",
                "zh-hans": "系统与申报概要",
                "ko": "시스템과 신고 개요",
                "es": "El sistema y las notificaciones",
                "pt": "O sistema e as notificações",
                "tl": "Ang sistema at ang mga abiso",
            },
            "questions": [
                {
                    "key": "what-is-the-system",
                    "q": {
                        "ja": "「電子届出システム」とはどのようなシステムですか。",
                        "en": "What is the electronic notification system?",
                        "zh-hant": "什麼是「電子申報系統」？",
                        "zh-hans": "什么是“电子申报系统”？",
                        "ko": "'전자신고시스템'은 어떤 시스템입니까?",
                        "es": "¿Qué es el sistema de notificación electrónica?",
                        "pt": "O que é o sistema de notificação eletrônica?",
                        "tl": "Ano ang electronic notification system?",
                    },
                    "a": {
                        "ja": (
                            "<p>電子届出システムは、出入国在留管理庁が運営する、入管法第19条の16と第19条の17に定められた届出をインターネットで行うためのシステムです。</p>"
                            "<p>自宅や職場のパソコン、スマートフォンから届出を提出でき、提出した届出の内容や処理の状況も確認できます。</p>"
                        ),
                        "en": (
                            "<p>The electronic notification system is run by the Immigration Services Agency of Japan. It lets you make the notifications required by Articles 19-16 and 19-17 of the Immigration Control Act over the internet.</p>"
                            "<p>From a computer or smartphone, at home or at work, you can file a notification and then check what you filed and how it is being processed.</p>"
                        ),
                        "zh-hant": (
                            "<p>電子申報系統由出入國在留管理廳營運，是透過網際網路辦理《入管法》第19條之16及第19條之17所規定申報的系統。</p>"
                            "<p>您可以在家中或工作場所使用電腦或智慧型手機提出申報，並查詢已申報的內容及處理狀況。</p>"
                        ),
                        "zh-hans": (
                            "<p>电子申报系统由出入国在留管理厅运营，是通过互联网办理《入管法》第19条之16及第19条之17所规定申报的系统。</p>"
                            "<p>您可以在家中或工作单位使用电脑或智能手机提交申报，并查询已申报的内容和处理状态。</p>"
                        ),
                        "ko": (
                            "<p>전자신고시스템은 출입국재류관리청이 운영하는 시스템으로, 입관법 제19조의16 및 제19조의17에 규정된 신고를 인터넷으로 할 수 있습니다.</p>"
                            "<p>집이나 직장에서 컴퓨터 또는 스마트폰으로 신고를 제출할 수 있으며, 제출한 신고의 내용과 처리 상황도 확인할 수 있습니다.</p>"
                        ),
                        "es": (
                            "<p>El sistema de notificación electrónica es un servicio de la Agencia de Servicios de Inmigración de Japón para presentar por internet las notificaciones que exigen los artículos 19-16 y 19-17 de la Ley de Control de Inmigración.</p>"
                            "<p>Desde una computadora o un teléfono inteligente, en casa o en el trabajo, usted puede presentar una notificación y consultar después su contenido y el estado de su tramitación.</p>"
                        ),
                        "pt": (
                            "<p>O sistema de notificação eletrônica é operado pela Agência de Serviços de Imigração do Japão e permite fazer pela internet as notificações exigidas pelos artigos 19-16 e 19-17 da Lei de Controle de Imigração.</p>"
                            "<p>Pelo computador ou celular, em casa ou no trabalho, você pode enviar uma notificação e depois consultar o conteúdo enviado e a situação do processamento.</p>"
                        ),
                        "tl": (
                            "<p>Ang electronic notification system ay pinatatakbo ng Immigration Services Agency of Japan. Dito maaaring isumite online ang mga abisong hinihingi ng Artikulo 19-16 at 19-17 ng Immigration Control Act.</p>"
                            "<p>Gamit ang computer o smartphone, sa bahay man o sa trabaho, maaari kayong magsumite ng abiso at tingnan pagkatapos ang laman nito at ang status ng pagproseso.</p>"
                        ),
                    },
                },
                {
                    "key": "what-are-the-notifications",
                    "q": {
                        "ja": "入管法第19条の16と第19条の17に基づく届出とは、どのようなものですか。",
                        "en": "What are the notifications under Articles 19-16 and 19-17 of the Immigration Control Act?",
                        "zh-hant": "依《入管法》第19條之16及第19條之17提出的申報是什麼？",
                        "zh-hans": "依据《入管法》第19条之16及第19条之17提交的申报是什么？",
                        "ko": "입관법 제19조의16 및 제19조의17에 따른 신고란 무엇입니까?",
                        "es": "¿Qué son las notificaciones de los artículos 19-16 y 19-17 de la Ley de Control de Inmigración?",
                        "pt": "O que são as notificações dos artigos 19-16 e 19-17 da Lei de Controle de Imigração?",
                        "tl": "Ano ang mga abiso sa ilalim ng Artikulo 19-16 at 19-17 ng Immigration Control Act?",
                    },
                    "a": {
                        "ja": (
                            "<p>2012年（平成24年）7月9日に施行された改正入管法により、中長期在留者の情報を国が継続して正確に把握できるよう、次の届出が設けられました。</p>"
                            "<ul>"
                            "<li><strong>第19条の16の届出</strong>：中長期在留者ご本人が、在留資格に応じて、所属機関や配偶者との身分関係に変更があったときに行う届出です。ご本人の法律上の義務です。</li>"
                            "<li><strong>第19条の17の届出</strong>：中長期在留者を受け入れている所属機関が、受入れの状況について行う届出です。所属機関は届け出るよう努めることとされています（努力義務）。</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>An amendment to the Immigration Control Act that took effect on 9 July 2012 introduced these notifications, so that the government can keep its information on mid- to long-term residents accurate and up to date.</p>"
                            "<ul>"
                            "<li><strong>Article 19-16</strong>: mid- to long-term residents themselves must report changes concerning the organization they belong to or their spouse, depending on their status of residence. This is a legal obligation of the resident.</li>"
                            "<li><strong>Article 19-17</strong>: organizations that accept mid- to long-term residents report on the residents they accept. The law asks them to make efforts to do so.</li>"
                            "</ul>"
                        ),
                        "zh-hant": (
                            "<p>2012年7月9日施行的《入管法》修正案，為了讓國家能持續且正確地掌握中長期在留者的資訊，設立了以下申報制度。</p>"
                            "<ul>"
                            "<li><strong>第19條之16的申報</strong>：中長期在留者本人依其在留資格，於所屬機構或與配偶者的身分關係發生變更時提出的申報。這是本人在法律上的義務。</li>"
                            "<li><strong>第19條之17的申報</strong>：接收中長期在留者的所屬機構，就接收情況提出的申報。法律要求所屬機構盡力提出（努力義務）。</li>"
                            "</ul>"
                        ),
                        "zh-hans": (
                            "<p>2012年7月9日施行的《入管法》修正案，为了让国家能够持续、准确地掌握中长期在留者的信息，设立了以下申报制度。</p>"
                            "<ul>"
                            "<li><strong>第19条之16的申报</strong>：中长期在留者本人根据其在留资格，在所属机构或与配偶者的身份关系发生变更时提交的申报。这是本人的法定义务。</li>"
                            "<li><strong>第19条之17的申报</strong>：接收中长期在留者的所属机构就接收情况提交的申报。法律要求所属机构尽力提交（努力义务）。</li>"
                            "</ul>"
                        ),
                        "ko": (
                            "<p>2012년 7월 9일에 시행된 개정 입관법에 따라, 국가가 중장기 재류자의 정보를 계속해서 정확하게 파악할 수 있도록 다음 신고 제도가 마련되었습니다.</p>"
                            "<ul>"
                            "<li><strong>제19조의16 신고</strong>: 중장기 재류자 본인이 재류자격에 따라 소속 기관이나 배우자와의 신분 관계에 변경이 생겼을 때 하는 신고입니다. 본인의 법적 의무입니다.</li>"
                            "<li><strong>제19조의17 신고</strong>: 중장기 재류자를 받아들이고 있는 소속 기관이 수용 상황에 대해 하는 신고입니다. 소속 기관은 신고하도록 노력해야 합니다(노력 의무).</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>La reforma de la Ley de Control de Inmigración que entró en vigor el 9 de julio de 2012 creó estas notificaciones para que el Estado mantenga exacta y actualizada la información sobre los residentes de media y larga duración.</p>"
                            "<ul>"
                            "<li><strong>Artículo 19-16</strong>: el propio residente, según su estatus de residencia, debe notificar los cambios relativos a la organización a la que pertenece o a su cónyuge. Es una obligación legal del residente.</li>"
                            "<li><strong>Artículo 19-17</strong>: las organizaciones que acogen a residentes de media y larga duración informan sobre las personas que acogen. La ley les pide que se esfuercen por hacerlo.</li>"
                            "</ul>"
                        ),
                        "pt": (
                            "<p>A reforma da Lei de Controle de Imigração que entrou em vigor em 9 de julho de 2012 criou estas notificações para que o governo mantenha corretas e atualizadas as informações sobre os residentes de médio e longo prazo.</p>"
                            "<ul>"
                            "<li><strong>Artigo 19-16</strong>: o próprio residente, conforme o seu status de residência, deve comunicar mudanças relativas à organização a que pertence ou ao seu cônjuge. É uma obrigação legal do residente.</li>"
                            "<li><strong>Artigo 19-17</strong>: as organizações que recebem residentes de médio e longo prazo informam sobre as pessoas que recebem. A lei pede que elas se esforcem para fazer isso.</li>"
                            "</ul>"
                        ),
                        "tl": (
                            "<p>Dahil sa pagbabago ng Immigration Control Act na nagkabisa noong Hulyo 9, 2012, itinatag ang mga abisong ito upang mapanatiling tama at napapanahon ng pamahalaan ang impormasyon tungkol sa mga residenteng pangmatagalan (mid- to long-term residents).</p>"
                            "<ul>"
                            "<li><strong>Artikulo 19-16</strong>: ang residente mismo, ayon sa kanyang status of residence, ay dapat mag-abiso kapag may pagbabago sa organisasyong kinabibilangan niya o kaugnay ng kanyang asawa. Ito ay legal na obligasyon ng residente.</li>"
                            "<li><strong>Artikulo 19-17</strong>: ang mga organisasyong tumatanggap ng mga residenteng pangmatagalan ay nag-uulat tungkol sa mga taong tinatanggap nila. Hinihiling ng batas na magsikap silang gawin ito.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "key": "difference-between-the-notifications",
                    "q": {
                        "ja": "第19条の16の届出と第19条の17の届出は、何が違いますか。",
                        "en": "What is the difference between an Article 19-16 and an Article 19-17 notification?",
                        "zh-hant": "第19條之16的申報與第19條之17的申報有何不同？",
                        "zh-hans": "第19条之16的申报与第19条之17的申报有什么不同？",
                        "ko": "제19조의16 신고와 제19조의17 신고는 무엇이 다릅니까?",
                        "es": "¿En qué se diferencian la notificación del artículo 19-16 y la del artículo 19-17?",
                        "pt": "Qual é a diferença entre a notificação do artigo 19-16 e a do artigo 19-17?",
                        "tl": "Ano ang pagkakaiba ng abiso sa ilalim ng Artikulo 19-16 at ng Artikulo 19-17?",
                    },
                    "a": {
                        "ja": (
                            "<p>届け出る人と、届け出る内容が違います。</p>"
                            "<ul>"
                            "<li>第19条の16の届出は、<strong>中長期在留者ご本人</strong>が行います。在留期間の途中で、在留資格の基礎となっている所属機関や配偶者との関係に変更があったときに届け出ます。</li>"
                            "<li>第19条の17の届出は、中長期在留者を受け入れている<strong>所属機関</strong>が行います。受入れの開始や終了など、受入れの状況を届け出ます。</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>They differ in who files and what is reported.</p>"
                            "<ul>"
                            "<li>An Article 19-16 notification is made by the <strong>resident</strong>, when something changes during their period of stay in the organization or the marriage on which their status of residence is based.</li>"
                            "<li>An Article 19-17 notification is made by the <strong>organization</strong> that accepts the resident. It reports the acceptance itself: when it started, when it ended, and so on.</li>"
                            "</ul>"
                        ),
                        "zh-hant": (
                            "<p>兩者的申報人及申報內容不同。</p>"
                            "<ul>"
                            "<li>第19條之16的申報由<strong>中長期在留者本人</strong>提出。在在留期間內，作為在留資格基礎的所屬機構或與配偶者的關係發生變更時申報。</li>"
                            "<li>第19條之17的申報由接收中長期在留者的<strong>所屬機構</strong>提出，申報開始接收、結束接收等接收情況。</li>"
                            "</ul>"
                        ),
                        "zh-hans": (
                            "<p>两者的申报人和申报内容不同。</p>"
                            "<ul>"
                            "<li>第19条之16的申报由<strong>中长期在留者本人</strong>提交。在在留期间内，作为在留资格基础的所属机构或与配偶者的关系发生变更时申报。</li>"
                            "<li>第19条之17的申报由接收中长期在留者的<strong>所属机构</strong>提交，申报开始接收、结束接收等接收情况。</li>"
                            "</ul>"
                        ),
                        "ko": (
                            "<p>신고하는 사람과 신고 내용이 다릅니다.</p>"
                            "<ul>"
                            "<li>제19조의16 신고는 <strong>중장기 재류자 본인</strong>이 합니다. 재류 기간 중에 재류자격의 기초가 되는 소속 기관이나 배우자와의 관계에 변경이 생겼을 때 신고합니다.</li>"
                            "<li>제19조의17 신고는 중장기 재류자를 받아들이고 있는 <strong>소속 기관</strong>이 합니다. 수용의 시작·종료 등 수용 상황을 신고합니다.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>Se diferencian en quién notifica y en lo que se notifica.</p>"
                            "<ul>"
                            "<li>La notificación del artículo 19-16 la presenta <strong>el propio residente</strong> cuando, durante su período de estancia, cambia algo en la organización o en el matrimonio en que se basa su estatus de residencia.</li>"
                            "<li>La notificación del artículo 19-17 la presenta <strong>la organización</strong> que acoge al residente, e informa sobre la acogida: cuándo empezó, cuándo terminó, etc.</li>"
                            "</ul>"
                        ),
                        "pt": (
                            "<p>A diferença está em quem notifica e no que é notificado.</p>"
                            "<ul>"
                            "<li>A notificação do artigo 19-16 é feita pelo <strong>próprio residente</strong> quando, durante o período de permanência, muda algo na organização ou no casamento em que se baseia o seu status de residência.</li>"
                            "<li>A notificação do artigo 19-17 é feita pela <strong>organização</strong> que recebe o residente e informa sobre esse recebimento: quando começou, quando terminou etc.</li>"
                            "</ul>"
                        ),
                        "tl": (
                            "<p>Magkaiba ang nagsusumite at ang iniuulat.</p>"
                            "<ul>"
                            "<li>Ang abiso sa ilalim ng Artikulo 19-16 ay isinusumite ng <strong>residente mismo</strong> kapag, sa loob ng kanyang period of stay, may nagbago sa organisasyon o sa kasal na batayan ng kanyang status of residence.</li>"
                            "<li>Ang abiso sa ilalim ng Artikulo 19-17 ay isinusumite ng <strong>organisasyong</strong> tumatanggap sa residente. Iniuulat nito ang pagtanggap mismo: kailan nagsimula, kailan natapos, at iba pa.</li>"
                            "</ul>"
                        ),
                    },
                },
            ],
        },
        {
            "key": "who-and-when",
            "title": {
                "ja": "届出が必要な方と期限",
                "en": "Who must file, and by when",
                "zh-hant": "須申報的人及期限",
                "zh-hans": "须申报的人员及期限",
                "ko": "신고 대상자와 기한",
                "es": "Quién debe notificar y en qué plazo",
                "pt": "Quem deve notificar e em que prazo",
                "tl": "Sino ang dapat mag-abiso at hanggang kailan",
            },
            "questions": [
                {
                    "key": "who-is-a-mid-to-long-term-resident",
                    "q": {
                        "ja": "「中長期在留者」とは、どのような人ですか。",
                        "en": "Who counts as a mid- to long-term resident?",
                        "zh-hant": "「中長期在留者」是指哪些人？",
                        "zh-hans": "“中长期在留者”是指哪些人？",
                        "ko": "'중장기 재류자'란 어떤 사람입니까?",
                        "es": "¿Quién es un residente de media y larga duración?",
                        "pt": "Quem é considerado residente de médio e longo prazo?",
                        "tl": "Sino ang itinuturing na residenteng pangmatagalan (mid- to long-term resident)?",
                    },
                    "a": {
                        "ja": (
                            "<p>入管法上の在留資格をもって、日本に中長期間在留する外国人の方です。次のいずれかに当てはまる方は、中長期在留者には当たりません。</p>"
                            "<ol>"
                            "<li>在留期間が「3月」以下と決定された方</li>"
                            "<li>在留資格が「短期滞在」の方</li>"
                            "<li>在留資格が「外交」または「公用」の方</li>"
                            "<li>台北駐日経済文化代表処または駐日パレスチナ総代表部の職員とそのご家族で、在留資格が「特定活動」の方</li>"
                            "<li>特別永住者の方</li>"
                            "<li>在留資格をお持ちでない方</li>"
                            "</ol>"
                            "<p>在留カードの交付を受けている方は、中長期在留者です。</p>"
                        ),
                        "en": (
                            "<p>A foreign national who stays in Japan for the medium or long term with a status of residence under the Immigration Control Act. You are <strong>not</strong> a mid- to long-term resident if any of the following applies to you:</p>"
                            "<ol>"
                            "<li>your period of stay was set at 3 months or less;</li>"
                            "<li>your status of residence is Temporary Visitor;</li>"
                            "<li>your status of residence is Diplomat or Official;</li>"
                            "<li>you are a staff member of the Taipei Economic and Cultural Representative Office in Japan or the General Mission of Palestine in Japan, or a family member of one, with the status Designated Activities;</li>"
                            "<li>you are a Special Permanent Resident;</li>"
                            "<li>you have no status of residence.</li>"
                            "</ol>"
                            "<p>If you have been issued a residence card, you are a mid- to long-term resident.</p>"
                        ),
                        "zh-hant": (
                            "<p>指依《入管法》規定的在留資格，在日本中長期居留的外國人。符合下列任一情形者，不屬於中長期在留者。</p>"
                            "<ol>"
                            "<li>在留期間被決定為「3個月」以下者</li>"
                            "<li>在留資格為「短期滯在」（Temporary Visitor）者</li>"
                            "<li>在留資格為「外交」（Diplomat）或「公用」（Official）者</li>"
                            "<li>台北駐日經濟文化代表處或駐日巴勒斯坦總代表部的職員及其家屬，且在留資格為「特定活動」（Designated Activities）者</li>"
                            "<li>特別永住者（Special Permanent Resident）</li>"
                            "<li>沒有在留資格者</li>"
                            "</ol>"
                            "<p>已領取在留卡者，即為中長期在留者。</p>"
                        ),
                        "zh-hans": (
                            "<p>指依据《入管法》规定的在留资格，在日本中长期居留的外国人。符合下列任一情形者，不属于中长期在留者。</p>"
                            "<ol>"
                            "<li>在留期间被决定为“3个月”以下者</li>"
                            "<li>在留资格为“短期滞在”（Temporary Visitor）者</li>"
                            "<li>在留资格为“外交”（Diplomat）或“公用”（Official）者</li>"
                            "<li>台北驻日经济文化代表处或驻日巴勒斯坦总代表部的职员及其家属，且在留资格为“特定活动”（Designated Activities）者</li>"
                            "<li>特别永住者（Special Permanent Resident）</li>"
                            "<li>没有在留资格者</li>"
                            "</ol>"
                            "<p>已领取在留卡者，即为中长期在留者。</p>"
                        ),
                        "ko": (
                            "<p>입관법상의 재류자격을 가지고 일본에 중장기간 체류하는 외국인을 말합니다. 다음 중 하나에 해당하는 분은 중장기 재류자가 아닙니다.</p>"
                            "<ol>"
                            "<li>재류 기간이 '3개월' 이하로 결정된 분</li>"
                            "<li>재류자격이 '단기체재'(Temporary Visitor)인 분</li>"
                            "<li>재류자격이 '외교'(Diplomat) 또는 '공용'(Official)인 분</li>"
                            "<li>타이베이 주일 경제문화대표처 또는 주일 팔레스타인 총대표부의 직원과 그 가족으로서 재류자격이 '특정활동'(Designated Activities)인 분</li>"
                            "<li>특별영주자(Special Permanent Resident)</li>"
                            "<li>재류자격이 없는 분</li>"
                            "</ol>"
                            "<p>재류카드를 발급받은 분은 중장기 재류자입니다.</p>"
                        ),
                        "es": (
                            "<p>Es la persona extranjera que permanece en Japón a medio o largo plazo con un estatus de residencia de la Ley de Control de Inmigración. <strong>No</strong> es residente de media y larga duración si se encuentra en alguno de estos casos:</p>"
                            "<ol>"
                            "<li>su período de estancia se fijó en 3 meses o menos;</li>"
                            "<li>su estatus de residencia es “Temporary Visitor” (visitante temporal);</li>"
                            "<li>su estatus de residencia es “Diplomat” u “Official”;</li>"
                            "<li>es miembro del personal de la Oficina Económica y Cultural de Taipéi en Japón o de la Misión General de Palestina en Japón, o familiar de este, con el estatus “Designated Activities”;</li>"
                            "<li>es residente permanente especial (Special Permanent Resident);</li>"
                            "<li>no tiene estatus de residencia.</li>"
                            "</ol>"
                            "<p>Si a usted se le ha expedido una tarjeta de residencia, es residente de media y larga duración.</p>"
                        ),
                        "pt": (
                            "<p>É o estrangeiro que permanece no Japão por médio ou longo prazo com um status de residência previsto na Lei de Controle de Imigração. Você <strong>não</strong> é residente de médio e longo prazo se estiver em algum destes casos:</p>"
                            "<ol>"
                            "<li>o seu período de permanência foi fixado em 3 meses ou menos;</li>"
                            "<li>o seu status de residência é “Temporary Visitor” (visitante temporário);</li>"
                            "<li>o seu status de residência é “Diplomat” ou “Official”;</li>"
                            "<li>você é funcionário do Escritório Econômico e Cultural de Taipei no Japão ou da Missão Geral da Palestina no Japão, ou familiar de um deles, com o status “Designated Activities”;</li>"
                            "<li>você é residente permanente especial (Special Permanent Resident);</li>"
                            "<li>você não tem status de residência.</li>"
                            "</ol>"
                            "<p>Se você recebeu um cartão de residência (zairyu card), você é residente de médio e longo prazo.</p>"
                        ),
                        "tl": (
                            "<p>Ito ang dayuhang nananatili sa Japan nang katamtaman o matagal na panahon na may status of residence sa ilalim ng Immigration Control Act. <strong>Hindi</strong> kayo residenteng pangmatagalan kung alinman sa mga sumusunod ang totoo sa inyo:</p>"
                            "<ol>"
                            "<li>itinakda ang inyong period of stay na 3 buwan o mas maikli;</li>"
                            "<li>ang inyong status of residence ay “Temporary Visitor”;</li>"
                            "<li>ang inyong status of residence ay “Diplomat” o “Official”;</li>"
                            "<li>kayo ay kawani ng Taipei Economic and Cultural Representative Office in Japan o ng General Mission of Palestine in Japan, o kapamilya ng isa sa kanila, na may status na “Designated Activities”;</li>"
                            "<li>kayo ay Special Permanent Resident;</li>"
                            "<li>wala kayong status of residence.</li>"
                            "</ol>"
                            "<p>Kung binigyan kayo ng residence card, kayo ay residenteng pangmatagalan.</p>"
                        ),
                    },
                },
                {
                    "key": "what-is-an-accepting-organization",
                    "q": {
                        "ja": "第19条の17でいう「所属機関」とは、どのような機関ですか。",
                        "en": "What is an accepting organization under Article 19-17?",
                        "zh-hant": "第19條之17所稱的「所屬機構」是指哪些機構？",
                        "zh-hans": "第19条之17所称的“所属机构”是指哪些机构？",
                        "ko": "제19조의17에서 말하는 '소속 기관'이란 어떤 기관입니까?",
                        "es": "¿Qué es una organización de acogida según el artículo 19-17?",
                        "pt": "O que é uma organização receptora segundo o artigo 19-17?",
                        "tl": "Ano ang tumatanggap na organisasyon (accepting organization) ayon sa Artikulo 19-17?",
                    },
                    "a": {
                        "ja": (
                            "<p>次のいずれかの在留資格をもつ中長期在留者を受け入れている、日本の公私の機関です。</p>"
                            "<p>「教授」「高度専門職」「経営・管理」「法律・会計業務」「医療」「研究」「教育」「技術・人文知識・国際業務」「企業内転勤」「介護」「興行」「技能」「留学」「研修」</p>"
                            "<p>ただし、ハローワークに外国人雇用状況の届出を行うこととされている事業主は除かれます。このため、この届出を行うのは、主に学校などの教育機関と、外国人雇用状況の届出の対象とならない機関です。</p>"
                        ),
                        "en": (
                            "<p>Any public or private organization in Japan that accepts mid- to long-term residents with one of these statuses of residence:</p>"
                            "<p>Professor, Highly Skilled Professional, Business Manager, Legal/Accounting Services, Medical Services, Researcher, Instructor, Engineer/Specialist in Humanities/International Services, Intra-company Transferee, Nursing Care, Entertainer, Skilled Labor, Student, Trainee.</p>"
                            "<p>Employers that already report their foreign employees to Hello Work (the public employment service) are excluded. In practice, the organizations that make this notification are mostly schools and other educational institutions, and organizations that do not make that report to Hello Work.</p>"
                        ),
                        "zh-hant": (
                            "<p>指接收持有下列任一在留資格之中長期在留者的日本公私立機構。</p>"
                            "<p>「教授」（Professor）、「高度專門職」（Highly Skilled Professional）、「經營·管理」（Business Manager）、「法律·會計業務」（Legal/Accounting Services）、「醫療」（Medical Services）、「研究」（Researcher）、「教育」（Instructor）、「技術·人文知識·國際業務」（Engineer/Specialist in Humanities/International Services）、「企業內調職」（Intra-company Transferee）、「介護」（Nursing Care）、「興行」（Entertainer）、「技能」（Skilled Labor）、「留學」（Student）、「研修」（Trainee）</p>"
                            "<p>但已向公共職業安定所（Hello Work）提出外國人僱用狀況申報的僱主除外。因此，提出此項申報的主要是學校等教育機構，以及不屬於外國人僱用狀況申報對象的機構。</p>"
                        ),
                        "zh-hans": (
                            "<p>指接收持有下列任一在留资格的中长期在留者的日本公私立机构。</p>"
                            "<p>“教授”（Professor）、“高度专门职”（Highly Skilled Professional）、“经营·管理”（Business Manager）、“法律·会计业务”（Legal/Accounting Services）、“医疗”（Medical Services）、“研究”（Researcher）、“教育”（Instructor）、“技术·人文知识·国际业务”（Engineer/Specialist in Humanities/International Services）、“企业内调职”（Intra-company Transferee）、“介护”（Nursing Care）、“兴行”（Entertainer）、“技能”（Skilled Labor）、“留学”（Student）、“研修”（Trainee）</p>"
                            "<p>但已向公共职业安定所（Hello Work）提交外国人雇用状况申报的雇主除外。因此，提交此项申报的主要是学校等教育机构，以及不属于外国人雇用状况申报对象的机构。</p>"
                        ),
                        "ko": (
                            "<p>다음 중 하나의 재류자격을 가진 중장기 재류자를 받아들이고 있는 일본의 공공·민간 기관입니다.</p>"
                            "<p>'교수'(Professor), '고도전문직'(Highly Skilled Professional), '경영·관리'(Business Manager), '법률·회계업무'(Legal/Accounting Services), '의료'(Medical Services), '연구'(Researcher), '교육'(Instructor), '기술·인문지식·국제업무'(Engineer/Specialist in Humanities/International Services), '기업내전근'(Intra-company Transferee), '개호'(Nursing Care), '흥행'(Entertainer), '기능'(Skilled Labor), '유학'(Student), '연수'(Trainee)</p>"
                            "<p>다만, 헬로워크(공공직업안정소)에 외국인 고용 상황을 신고하는 사업주는 제외됩니다. 따라서 이 신고를 하는 기관은 주로 학교 등의 교육기관과 외국인 고용 상황 신고 대상이 아닌 기관입니다.</p>"
                        ),
                        "es": (
                            "<p>Es toda organización pública o privada de Japón que acoge a residentes de media y larga duración con alguno de estos estatus de residencia:</p>"
                            "<p>“Professor”, “Highly Skilled Professional”, “Business Manager”, “Legal/Accounting Services”, “Medical Services”, “Researcher”, “Instructor”, “Engineer/Specialist in Humanities/International Services”, “Intra-company Transferee”, “Nursing Care”, “Entertainer”, “Skilled Labor”, “Student”, “Trainee”.</p>"
                            "<p>Quedan excluidos los empleadores que ya informan a Hello Work (el servicio público de empleo) sobre sus trabajadores extranjeros. En la práctica, presentan esta notificación sobre todo las escuelas y otros centros educativos, y las organizaciones que no presentan ese informe a Hello Work.</p>"
                        ),
                        "pt": (
                            "<p>É qualquer organização pública ou privada no Japão que recebe residentes de médio e longo prazo com um destes status de residência:</p>"
                            "<p>“Professor”, “Highly Skilled Professional”, “Business Manager”, “Legal/Accounting Services”, “Medical Services”, “Researcher”, “Instructor”, “Engineer/Specialist in Humanities/International Services”, “Intra-company Transferee”, “Nursing Care”, “Entertainer”, “Skilled Labor”, “Student”, “Trainee”.</p>"
                            "<p>Ficam excluídos os empregadores que já informam à Hello Work (o serviço público de emprego) sobre seus funcionários estrangeiros. Na prática, quem faz esta notificação são principalmente escolas e outras instituições de ensino, e organizações que não fazem esse informe à Hello Work.</p>"
                        ),
                        "tl": (
                            "<p>Ito ang anumang pampubliko o pribadong organisasyon sa Japan na tumatanggap ng mga residenteng pangmatagalan na may isa sa mga status of residence na ito:</p>"
                            "<p>“Professor”, “Highly Skilled Professional”, “Business Manager”, “Legal/Accounting Services”, “Medical Services”, “Researcher”, “Instructor”, “Engineer/Specialist in Humanities/International Services”, “Intra-company Transferee”, “Nursing Care”, “Entertainer”, “Skilled Labor”, “Student”, “Trainee”.</p>"
                            "<p>Hindi kasama ang mga employer na nag-uulat na sa Hello Work (ang pampublikong serbisyo sa trabaho) tungkol sa kanilang mga dayuhang empleyado. Sa praktika, ang nagsusumite ng abisong ito ay karamihang mga paaralan at iba pang institusyong pang-edukasyon, at mga organisasyong hindi nag-uulat sa Hello Work.</p>"
                        ),
                    },
                },
                {
                    "key": "statuses-that-must-file",
                    "q": {
                        "ja": "第19条の16の届出が必要なのは、どの在留資格の方ですか。",
                        "en": "Which statuses of residence require an Article 19-16 notification?",
                        "zh-hant": "哪些在留資格的人須提出第19條之16的申報？",
                        "zh-hans": "哪些在留资格的人员须提交第19条之16的申报？",
                        "ko": "제19조의16 신고는 어떤 재류자격을 가진 분이 해야 합니까?",
                        "es": "¿Qué estatus de residencia obligan a presentar la notificación del artículo 19-16?",
                        "pt": "Quais status de residência exigem a notificação do artigo 19-16?",
                        "tl": "Aling mga status of residence ang kailangang magsumite ng abiso sa ilalim ng Artikulo 19-16?",
                    },
                    "a": {
                        "ja": (
                            "<p>次の在留資格をお持ちの方が対象です。</p>"
                            "<ul>"
                            "<li><strong>活動機関に関する届出</strong>：「教授」「高度専門職1号ハ」「高度専門職2号（ハの活動を行う方）」「経営・管理」「法律・会計業務」「医療」「教育」「企業内転勤」「技能実習」「留学」「研修」</li>"
                            "<li><strong>契約機関に関する届出</strong>：「高度専門職1号イ・ロ」「高度専門職2号（イ・ロの活動を行う方）」「研究」「技術・人文知識・国際業務」「介護」「興行」（日本の機関との契約に基づいて活動する方に限ります）「技能」「特定技能」</li>"
                            "<li><strong>配偶者に関する届出</strong>：「家族滞在」「日本人の配偶者等」「永住者の配偶者等」（配偶者であることが在留資格の基礎となっている方に限ります）</li>"
                            "</ul>"
                            "<p>届出が必要なのは、2012年（平成24年）7月9日以降に上陸許可、在留資格変更許可、在留期間更新許可などを受けて、これらの在留資格で在留している方に限られます。</p>"
                            "<p>在留資格の名称や区分は、法改正によって変わることがあります。最新の一覧はトップページの「届出が必要な中長期在留者」に掲載していますので、あわせてご確認ください。</p>"
                        ),
                        "en": (
                            "<p>Holders of the following statuses of residence must file:</p>"
                            "<ul>"
                            "<li><strong>Notifications about the organization where you carry out your activities</strong>: Professor, Highly Skilled Professional (i)(c), Highly Skilled Professional (ii) for activities under (c), Business Manager, Legal/Accounting Services, Medical Services, Instructor, Intra-company Transferee, Technical Intern Training, Student, Trainee.</li>"
                            "<li><strong>Notifications about the organization you have a contract with</strong>: Highly Skilled Professional (i)(a) and (i)(b), Highly Skilled Professional (ii) for activities under (a) or (b), Researcher, Engineer/Specialist in Humanities/International Services, Nursing Care, Entertainer (only if you work under a contract with an organization in Japan), Skilled Labor, Specified Skilled Worker.</li>"
                            "<li><strong>Notifications about your spouse</strong>: Dependent, Spouse or Child of Japanese National, Spouse or Child of Permanent Resident (only where being the spouse is the basis of your status).</li>"
                            "</ul>"
                            "<p>The obligation applies only if you were granted one of these statuses on or after 9 July 2012, through permission to land, a change of status or an extension of your period of stay.</p>"
                            "<p>The names and groups of statuses change when the law changes. The top page always shows the current list of residents who must file.</p>"
                        ),
                        "zh-hant": (
                            "<p>持有下列在留資格者須提出申報。</p>"
                            "<ul>"
                            "<li><strong>有關活動機構的申報</strong>：「教授」（Professor）、「高度專門職1號(c)」及從事(c)活動的「高度專門職2號」（Highly Skilled Professional）、「經營·管理」（Business Manager）、「法律·會計業務」（Legal/Accounting Services）、「醫療」（Medical Services）、「教育」（Instructor）、「企業內調職」（Intra-company Transferee）、「技能實習」（Technical Intern Training）、「留學」（Student）、「研修」（Trainee）</li>"
                            "<li><strong>有關契約機構的申報</strong>：「高度專門職1號(a)(b)」及從事(a)(b)活動的「高度專門職2號」（Highly Skilled Professional）、「研究」（Researcher）、「技術·人文知識·國際業務」（Engineer/Specialist in Humanities/International Services）、「介護」（Nursing Care）、「興行」（Entertainer，僅限依據與日本機構之契約從事活動者）、「技能」（Skilled Labor）、「特定技能」（Specified Skilled Worker）</li>"
                            "<li><strong>有關配偶者的申報</strong>：「家族滯在」（Dependent）、「日本人配偶者等」（Spouse or Child of Japanese National）、「永住者配偶者等」（Spouse or Child of Permanent Resident），僅限以配偶者身分作為在留資格基礎者</li>"
                            "</ul>"
                            "<p>須申報者僅限於2012年7月9日以後獲得登陸許可、在留資格變更許可、在留期間更新許可等，並以上述在留資格居留者。</p>"
                            "<p>在留資格的名稱及分類可能因法律修正而改變。最新的須申報者一覽表刊登於首頁，請一併確認。</p>"
                        ),
                        "zh-hans": (
                            "<p>持有下列在留资格者须提交申报。</p>"
                            "<ul>"
                            "<li><strong>有关活动机构的申报</strong>：“教授”（Professor）、“高度专门职1号(c)”及从事(c)活动的“高度专门职2号”（Highly Skilled Professional）、“经营·管理”（Business Manager）、“法律·会计业务”（Legal/Accounting Services）、“医疗”（Medical Services）、“教育”（Instructor）、“企业内调职”（Intra-company Transferee）、“技能实习”（Technical Intern Training）、“留学”（Student）、“研修”（Trainee）</li>"
                            "<li><strong>有关契约机构的申报</strong>：“高度专门职1号(a)(b)”及从事(a)(b)活动的“高度专门职2号”（Highly Skilled Professional）、“研究”（Researcher）、“技术·人文知识·国际业务”（Engineer/Specialist in Humanities/International Services）、“介护”（Nursing Care）、“兴行”（Entertainer，仅限根据与日本机构签订的合同从事活动者）、“技能”（Skilled Labor）、“特定技能”（Specified Skilled Worker）</li>"
                            "<li><strong>有关配偶者的申报</strong>：“家族滞在”（Dependent）、“日本人配偶者等”（Spouse or Child of Japanese National）、“永住者配偶者等”（Spouse or Child of Permanent Resident），仅限以配偶者身份作为在留资格基础者</li>"
                            "</ul>"
                            "<p>须申报者仅限于2012年7月9日以后获得登陆许可、在留资格变更许可、在留期间更新许可等，并以上述在留资格居留者。</p>"
                            "<p>在留资格的名称及分类可能因法律修改而变化。最新的须申报人员一览表刊登在首页，请一并确认。</p>"
                        ),
                        "ko": (
                            "<p>다음 재류자격을 가진 분이 신고 대상입니다.</p>"
                            "<ul>"
                            "<li><strong>활동 기관에 관한 신고</strong>: '교수'(Professor), '고도전문직 1호(c)' 및 (c) 활동을 하는 '고도전문직 2호'(Highly Skilled Professional), '경영·관리'(Business Manager), '법률·회계업무'(Legal/Accounting Services), '의료'(Medical Services), '교육'(Instructor), '기업내전근'(Intra-company Transferee), '기능실습'(Technical Intern Training), '유학'(Student), '연수'(Trainee)</li>"
                            "<li><strong>계약 기관에 관한 신고</strong>: '고도전문직 1호(a)(b)' 및 (a)(b) 활동을 하는 '고도전문직 2호'(Highly Skilled Professional), '연구'(Researcher), '기술·인문지식·국제업무'(Engineer/Specialist in Humanities/International Services), '개호'(Nursing Care), '흥행'(Entertainer, 일본 기관과의 계약에 따라 활동하는 분에 한함), '기능'(Skilled Labor), '특정기능'(Specified Skilled Worker)</li>"
                            "<li><strong>배우자에 관한 신고</strong>: '가족체재'(Dependent), '일본인의 배우자 등'(Spouse or Child of Japanese National), '영주자의 배우자 등'(Spouse or Child of Permanent Resident). 배우자라는 신분이 재류자격의 기초가 되는 분에 한합니다.</li>"
                            "</ul>"
                            "<p>신고 의무는 2012년 7월 9일 이후에 상륙 허가, 재류자격 변경 허가, 재류 기간 갱신 허가 등을 받아 위의 재류자격으로 체류하는 분에게만 적용됩니다.</p>"
                            "<p>재류자격의 명칭과 구분은 법 개정에 따라 바뀔 수 있습니다. 최신 신고 대상자 목록은 톱페이지에 게재되어 있으니 함께 확인해 주십시오.</p>"
                        ),
                        "es": (
                            "<p>Deben notificar las personas con los siguientes estatus de residencia:</p>"
                            "<ul>"
                            "<li><strong>Notificaciones sobre la organización donde realiza sus actividades</strong>: “Professor”, “Highly Skilled Professional” (i)(c) y (ii) para actividades del apartado (c), “Business Manager”, “Legal/Accounting Services”, “Medical Services”, “Instructor”, “Intra-company Transferee”, “Technical Intern Training”, “Student”, “Trainee”.</li>"
                            "<li><strong>Notificaciones sobre la organización con la que tiene un contrato</strong>: “Highly Skilled Professional” (i)(a), (i)(b) y (ii) para actividades de los apartados (a) o (b), “Researcher”, “Engineer/Specialist in Humanities/International Services”, “Nursing Care”, “Entertainer” (solo si trabaja con contrato con una organización en Japón), “Skilled Labor”, “Specified Skilled Worker”.</li>"
                            "<li><strong>Notificaciones sobre su cónyuge</strong>: “Dependent”, “Spouse or Child of Japanese National”, “Spouse or Child of Permanent Resident” (solo si su condición de cónyuge es la base de su estatus).</li>"
                            "</ul>"
                            "<p>La obligación existe solo si usted obtuvo uno de estos estatus el 9 de julio de 2012 o después, mediante permiso de desembarque, cambio de estatus o prórroga del período de estancia.</p>"
                            "<p>Los nombres y grupos de estatus cambian cuando cambia la ley. En la página de inicio figura siempre la lista vigente de residentes que deben notificar.</p>"
                        ),
                        "pt": (
                            "<p>Devem notificar as pessoas com os seguintes status de residência:</p>"
                            "<ul>"
                            "<li><strong>Notificações sobre a organização onde você exerce suas atividades</strong>: “Professor”, “Highly Skilled Professional” (i)(c) e (ii) para atividades do item (c), “Business Manager”, “Legal/Accounting Services”, “Medical Services”, “Instructor”, “Intra-company Transferee”, “Technical Intern Training”, “Student”, “Trainee”.</li>"
                            "<li><strong>Notificações sobre a organização com a qual você tem contrato</strong>: “Highly Skilled Professional” (i)(a), (i)(b) e (ii) para atividades dos itens (a) ou (b), “Researcher”, “Engineer/Specialist in Humanities/International Services”, “Nursing Care”, “Entertainer” (somente se você trabalha com contrato com uma organização no Japão), “Skilled Labor”, “Specified Skilled Worker”.</li>"
                            "<li><strong>Notificações sobre o seu cônjuge</strong>: “Dependent”, “Spouse or Child of Japanese National”, “Spouse or Child of Permanent Resident” (somente quando a condição de cônjuge é a base do seu status).</li>"
                            "</ul>"
                            "<p>A obrigação vale somente se você recebeu um desses status em 9 de julho de 2012 ou depois, por permissão de desembarque, mudança de status ou renovação do período de permanência.</p>"
                            "<p>Os nomes e grupos de status mudam quando a lei muda. A página inicial mostra sempre a lista atual de residentes que devem notificar.</p>"
                        ),
                        "tl": (
                            "<p>Ang mga may hawak ng sumusunod na status of residence ang dapat mag-abiso:</p>"
                            "<ul>"
                            "<li><strong>Mga abiso tungkol sa organisasyon kung saan kayo nagsasagawa ng inyong mga aktibidad</strong>: “Professor”, “Highly Skilled Professional” (i)(c) at (ii) para sa mga aktibidad sa ilalim ng (c), “Business Manager”, “Legal/Accounting Services”, “Medical Services”, “Instructor”, “Intra-company Transferee”, “Technical Intern Training”, “Student”, “Trainee”.</li>"
                            "<li><strong>Mga abiso tungkol sa organisasyong may kontrata kayo</strong>: “Highly Skilled Professional” (i)(a), (i)(b) at (ii) para sa mga aktibidad sa ilalim ng (a) o (b), “Researcher”, “Engineer/Specialist in Humanities/International Services”, “Nursing Care”, “Entertainer” (kung may kontrata lamang kayo sa isang organisasyon sa Japan), “Skilled Labor”, “Specified Skilled Worker”.</li>"
                            "<li><strong>Mga abiso tungkol sa inyong asawa</strong>: “Dependent”, “Spouse or Child of Japanese National”, “Spouse or Child of Permanent Resident” (kung ang pagiging asawa lamang ang batayan ng inyong status).</li>"
                            "</ul>"
                            "<p>Umiiral lamang ang obligasyon kung natanggap ninyo ang isa sa mga status na ito noong Hulyo 9, 2012 o pagkatapos nito, sa pamamagitan ng permission to land, pagpapalit ng status o extension ng period of stay.</p>"
                            "<p>Nagbabago ang mga pangalan at grupo ng status kapag nagbago ang batas. Laging makikita sa top page ang kasalukuyang listahan ng mga residenteng dapat mag-abiso.</p>"
                        ),
                    },
                },
                {
                    "key": "when-to-file",
                    "q": {
                        "ja": "第19条の16の届出は、具体的にどのようなときに必要ですか。",
                        "en": "In which situations exactly do I have to make an Article 19-16 notification?",
                        "zh-hant": "具體而言，在什麼情況下須提出第19條之16的申報？",
                        "zh-hans": "具体来说，在什么情况下须提交第19条之16的申报？",
                        "ko": "제19조의16 신고는 구체적으로 어떤 경우에 해야 합니까?",
                        "es": "¿En qué situaciones concretas debo presentar la notificación del artículo 19-16?",
                        "pt": "Em que situações, exatamente, devo fazer a notificação do artigo 19-16?",
                        "tl": "Sa anong mga sitwasyon eksakto kailangan kong magsumite ng abiso sa ilalim ng Artikulo 19-16?",
                    },
                    "a": {
                        "ja": (
                            "<p>次のような変更があったときは、その日から<strong>14日以内</strong>に届け出てください。対象となる在留資格は{{q:statuses-that-must-file}}をご覧ください。</p>"
                            "<p><strong>所属機関に変更があったとき</strong></p>"
                            "<p>「技術・人文知識・国際業務」「留学」など、所属機関があることが在留資格の基礎となっている方は、所属機関の名称や所在地が変わったとき、所属機関がなくなったとき、所属機関から離れたときや別の機関に移ったとき、契約が終了したときや新たな契約を結んだときに届け出ます。</p>"
                            "<p>届出が必要なのは、雇用契約などを結んでいる相手方の機関が変わったときです。同じ機関の中での転勤や異動については、届出は必要ありません。</p>"
                            "<p>「芸術」「宗教」「報道」の方は、所属機関が必ずしも在留資格の基礎とはなっていないため、対象外です。「日本人の配偶者等」など身分や地位に基づく在留資格の方も、所属機関の変更を届け出る必要はありません。</p>"
                            "<p><strong>配偶者と離婚または死別したとき</strong></p>"
                            "<p>「家族滞在」「日本人の配偶者等」「永住者の配偶者等」で、配偶者であることが在留資格の基礎となっている方が対象です。「定住者」「永住者」の方は、離婚などをしても届出は必要ありません。</p>"
                        ),
                        "en": (
                            "<p>Report the following changes within <strong>14 days</strong> of the day they happen. For the statuses concerned, see {{q:statuses-that-must-file}}.</p>"
                            "<p><strong>A change concerning your organization</strong></p>"
                            "<p>If your status is based on belonging to an organization (for example Engineer/Specialist in Humanities/International Services, or Student), report when the organization changes its name or address, when it ceases to exist, when you leave it or move to another organization, and when your contract ends or you conclude a new one.</p>"
                            "<p>What counts is a change of the organization you have your employment or other contract with. A transfer or reassignment within the same organization does not need to be reported.</p>"
                            "<p>Artists, people in Religious Activities and Journalists are not covered, because their status is not necessarily based on an organization. People whose status is based on their personal relationship or position, such as Spouse or Child of Japanese National, do not report organization changes either.</p>"
                            "<p><strong>Divorce from your spouse, or the death of your spouse</strong></p>"
                            "<p>This applies to Dependent, Spouse or Child of Japanese National and Spouse or Child of Permanent Resident, where being the spouse is the basis of the status. Long-Term Residents and Permanent Residents do not need to report a divorce or similar event.</p>"
                        ),
                        "zh-hant": (
                            "<p>發生下列變更時，請於變更之日起<strong>14日內</strong>申報。適用的在留資格請參閱{{q:statuses-that-must-file}}。</p>"
                            "<p><strong>所屬機構發生變更時</strong></p>"
                            "<p>「技術·人文知識·國際業務」（Engineer/Specialist in Humanities/International Services）、「留學」（Student）等以所屬機構的存在作為在留資格基礎者，於所屬機構名稱或地址變更、所屬機構消滅、脫離所屬機構或轉至其他機構、契約終止或締結新契約時，須提出申報。</p>"
                            "<p>須申報的情況是與您簽訂僱用契約等的對方機構發生變更時。在同一機構內的調職或人事異動，不須申報。</p>"
                            "<p>「藝術」（Artist）、「宗教」（Religious Activities）、「報導」（Journalist）的在留資格不一定以所屬機構為基礎，因此不在申報對象內。「日本人配偶者等」等依身分或地位取得在留資格者，也不須申報所屬機構的變更。</p>"
                            "<p><strong>與配偶者離婚或配偶者死亡時</strong></p>"
                            "<p>適用於持有「家族滯在」（Dependent）、「日本人配偶者等」（Spouse or Child of Japanese National）、「永住者配偶者等」（Spouse or Child of Permanent Resident），且以配偶者身分作為在留資格基礎者。「定住者」（Long-Term Resident）及「永住者」（Permanent Resident）即使離婚等，也不須申報。</p>"
                        ),
                        "zh-hans": (
                            "<p>发生下列变更时，请在变更之日起<strong>14日内</strong>申报。适用的在留资格请参阅{{q:statuses-that-must-file}}。</p>"
                            "<p><strong>所属机构发生变更时</strong></p>"
                            "<p>“技术·人文知识·国际业务”（Engineer/Specialist in Humanities/International Services）、“留学”（Student）等以所属机构的存在作为在留资格基础者，在所属机构名称或地址变更、所属机构消亡、脱离所属机构或转到其他机构、合同终止或签订新合同时，须提交申报。</p>"
                            "<p>须申报的情况是与您签订雇用合同等的对方机构发生变更时。在同一机构内的调动或人事变动，不须申报。</p>"
                            "<p>“艺术”（Artist）、“宗教”（Religious Activities）、“报道”（Journalist）的在留资格不一定以所属机构为基础，因此不属于申报对象。“日本人配偶者等”等依据身份或地位取得在留资格者，也不须申报所属机构的变更。</p>"
                            "<p><strong>与配偶者离婚或配偶者死亡时</strong></p>"
                            "<p>适用于持有“家族滞在”（Dependent）、“日本人配偶者等”（Spouse or Child of Japanese National）、“永住者配偶者等”（Spouse or Child of Permanent Resident），且以配偶者身份作为在留资格基础者。“定住者”（Long-Term Resident）和“永住者”（Permanent Resident）即使离婚等，也不须申报。</p>"
                        ),
                        "ko": (
                            "<p>다음과 같은 변경이 있을 때에는 그날부터 <strong>14일 이내</strong>에 신고해 주십시오. 대상 재류자격은 {{q:statuses-that-must-file}}을(를) 참조해 주십시오.</p>"
                            "<p><strong>소속 기관에 변경이 있을 때</strong></p>"
                            "<p>'기술·인문지식·국제업무'(Engineer/Specialist in Humanities/International Services), '유학'(Student) 등 소속 기관이 있다는 것이 재류자격의 기초가 되는 분은 소속 기관의 명칭이나 소재지가 바뀌었을 때, 소속 기관이 없어졌을 때, 소속 기관에서 이탈하거나 다른 기관으로 옮겼을 때, 계약이 종료되거나 새로운 계약을 체결했을 때 신고합니다.</p>"
                            "<p>신고가 필요한 것은 고용 계약 등을 맺은 상대 기관이 바뀌었을 때입니다. 같은 기관 안에서의 전근이나 이동은 신고할 필요가 없습니다.</p>"
                            "<p>'예술'(Artist), '종교'(Religious Activities), '보도'(Journalist)는 소속 기관이 반드시 재류자격의 기초가 되는 것은 아니므로 대상이 아닙니다. '일본인의 배우자 등'과 같이 신분이나 지위에 따른 재류자격을 가진 분도 소속 기관 변경을 신고할 필요가 없습니다.</p>"
                            "<p><strong>배우자와 이혼하거나 사별했을 때</strong></p>"
                            "<p>'가족체재'(Dependent), '일본인의 배우자 등'(Spouse or Child of Japanese National), '영주자의 배우자 등'(Spouse or Child of Permanent Resident)으로서 배우자라는 신분이 재류자격의 기초가 되는 분이 대상입니다. '정주자'(Long-Term Resident)와 '영주자'(Permanent Resident)는 이혼 등을 하더라도 신고할 필요가 없습니다.</p>"
                        ),
                        "es": (
                            "<p>Notifique los siguientes cambios dentro de los <strong>14 días</strong> siguientes a la fecha en que se produzcan. Los estatus afectados figuran en {{q:statuses-that-must-file}}.</p>"
                            "<p><strong>Cambios relativos a su organización</strong></p>"
                            "<p>Si su estatus se basa en su pertenencia a una organización (por ejemplo, “Engineer/Specialist in Humanities/International Services” o “Student”), notifique cuando la organización cambie de nombre o de dirección, cuando deje de existir, cuando usted la deje o pase a otra organización, y cuando su contrato termine o firme uno nuevo.</p>"
                            "<p>Lo que cuenta es el cambio de la organización con la que usted tiene el contrato de trabajo u otro contrato. Un traslado o cambio de puesto dentro de la misma organización no se notifica.</p>"
                            "<p>Los estatus “Artist”, “Religious Activities” y “Journalist” no están incluidos, porque no se basan necesariamente en una organización. Tampoco notifican cambios de organización las personas cuyo estatus se basa en su relación personal o condición, como “Spouse or Child of Japanese National”.</p>"
                            "<p><strong>Divorcio o fallecimiento del cónyuge</strong></p>"
                            "<p>Se aplica a “Dependent”, “Spouse or Child of Japanese National” y “Spouse or Child of Permanent Resident”, cuando la condición de cónyuge es la base del estatus. Los residentes con estatus “Long-Term Resident” o “Permanent Resident” no necesitan notificar un divorcio u otro hecho similar.</p>"
                        ),
                        "pt": (
                            "<p>Comunique as mudanças abaixo em até <strong>14 dias</strong> a partir da data em que ocorrerem. Os status envolvidos estão em {{q:statuses-that-must-file}}.</p>"
                            "<p><strong>Mudanças relativas à sua organização</strong></p>"
                            "<p>Se o seu status se baseia no vínculo com uma organização (por exemplo, “Engineer/Specialist in Humanities/International Services” ou “Student”), notifique quando a organização mudar de nome ou de endereço, quando deixar de existir, quando você sair dela ou for para outra organização, e quando o seu contrato terminar ou você assinar um novo.</p>"
                            "<p>O que importa é a mudança da organização com a qual você tem o contrato de trabalho ou outro contrato. Transferências ou mudanças de setor dentro da mesma organização não precisam ser notificadas.</p>"
                            "<p>Os status “Artist”, “Religious Activities” e “Journalist” não estão incluídos, porque não se baseiam necessariamente em uma organização. Quem tem status baseado em relação pessoal ou posição, como “Spouse or Child of Japanese National”, também não precisa notificar mudanças de organização.</p>"
                            "<p><strong>Divórcio ou falecimento do cônjuge</strong></p>"
                            "<p>Vale para “Dependent”, “Spouse or Child of Japanese National” e “Spouse or Child of Permanent Resident”, quando a condição de cônjuge é a base do status. Quem tem status “Long-Term Resident” (teijusha) ou “Permanent Resident” não precisa notificar divórcio ou fato semelhante.</p>"
                        ),
                        "tl": (
                            "<p>Iulat ang mga sumusunod na pagbabago sa loob ng <strong>14 na araw</strong> mula sa araw na nangyari ito. Para sa mga saklaw na status, tingnan ang {{q:statuses-that-must-file}}.</p>"
                            "<p><strong>Pagbabago kaugnay ng inyong organisasyon</strong></p>"
                            "<p>Kung ang inyong status ay nakabatay sa pagiging kabilang sa isang organisasyon (halimbawa, “Engineer/Specialist in Humanities/International Services” o “Student”), mag-abiso kapag nagpalit ng pangalan o address ang organisasyon, kapag nawala na ito, kapag umalis kayo rito o lumipat sa ibang organisasyon, at kapag natapos ang inyong kontrata o pumirma kayo ng bago.</p>"
                            "<p>Ang mahalaga ay ang pagbabago ng organisasyong kasama ninyo sa kontrata sa trabaho o iba pang kontrata. Hindi kailangang iulat ang paglipat o pagbabago ng puwesto sa loob ng parehong organisasyon.</p>"
                            "<p>Hindi saklaw ang “Artist”, “Religious Activities” at “Journalist”, dahil hindi kinakailangang nakabatay sa organisasyon ang kanilang status. Hindi rin nag-uulat ng pagbabago ng organisasyon ang mga may status na batay sa personal na relasyon o katayuan, gaya ng “Spouse or Child of Japanese National”.</p>"
                            "<p><strong>Diborsiyo o pagkamatay ng asawa</strong></p>"
                            "<p>Para ito sa “Dependent”, “Spouse or Child of Japanese National” at “Spouse or Child of Permanent Resident”, kung ang pagiging asawa ang batayan ng status. Hindi kailangang mag-abiso ng diborsiyo o katulad na pangyayari ang mga may status na “Long-Term Resident” o “Permanent Resident”.</p>"
                        ),
                    },
                },
                {
                    "key": "what-is-not-filed-here",
                    "q": {
                        "ja": "氏名や国籍が変わったときや、引っ越したときの届出も、このシステムでできますか。",
                        "en": "Can I also use this system to report a change of name or nationality, or a move to a new home?",
                        "zh-hant": "姓名或國籍變更、搬家時的申報，也可以在本系統辦理嗎？",
                        "zh-hans": "姓名或国籍变更、搬家时的申报，也可以在本系统办理吗？",
                        "ko": "이름이나 국적이 바뀌었을 때, 이사했을 때의 신고도 이 시스템으로 할 수 있습니까?",
                        "es": "¿Puedo usar este sistema para notificar un cambio de nombre o de nacionalidad, o una mudanza?",
                        "pt": "Posso usar este sistema para comunicar mudança de nome ou de nacionalidade, ou mudança de endereço?",
                        "tl": "Magagamit ko rin ba ang sistemang ito para iulat ang pagpapalit ng pangalan o nasyonalidad, o ang paglipat ng tirahan?",
                    },
                    "a": {
                        "ja": (
                            "<p>いいえ、できません。次の届出は、それぞれの窓口で行ってください。</p>"
                            "<ul>"
                            "<li><strong>氏名、国籍・地域、生年月日、性別の変更</strong>：変更があった日から14日以内に、お近くの地方出入国在留管理局の窓口で届け出てください。</li>"
                            "<li><strong>住居地の届出</strong>（新たに住居地を定めたとき、住居地を変更したときなど）：お住まいの市区町村の窓口で届け出てください。</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>No. Please make these notifications at the following offices:</p>"
                            "<ul>"
                            "<li><strong>A change of name, nationality or region, date of birth or sex</strong>: at the counter of your nearest regional immigration services bureau, within 14 days of the change.</li>"
                            "<li><strong>Your residential address</strong> (when you first settle on an address, when you move, and so on): at the counter of the city, ward, town or village office where you live.</li>"
                            "</ul>"
                        ),
                        "zh-hant": (
                            "<p>不可以。下列申報請至各自的窗口辦理。</p>"
                            "<ul>"
                            "<li><strong>姓名、國籍·地區、出生年月日、性別的變更</strong>：請於變更之日起14日內，至附近的地方出入國在留管理局窗口申報。</li>"
                            "<li><strong>住居地的申報</strong>（新定住居地、變更住居地等）：請至居住地的市區町村公所窗口申報。</li>"
                            "</ul>"
                        ),
                        "zh-hans": (
                            "<p>不可以。下列申报请到各自的窗口办理。</p>"
                            "<ul>"
                            "<li><strong>姓名、国籍·地区、出生日期、性别的变更</strong>：请在变更之日起14日内，到附近的地方出入国在留管理局窗口申报。</li>"
                            "<li><strong>住所地的申报</strong>（新定住所地、变更住所地等）：请到居住地的市区町村政府窗口申报。</li>"
                            "</ul>"
                        ),
                        "ko": (
                            "<p>아니요, 할 수 없습니다. 다음 신고는 각 창구에서 해 주십시오.</p>"
                            "<ul>"
                            "<li><strong>이름, 국적·지역, 생년월일, 성별의 변경</strong>: 변경된 날부터 14일 이내에 가까운 지방출입국재류관리국 창구에서 신고해 주십시오.</li>"
                            "<li><strong>주거지 신고</strong>(새로 주거지를 정했을 때, 주거지를 변경했을 때 등): 거주하시는 시구정촌 관공서 창구에서 신고해 주십시오.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>No. Presente estas notificaciones en las siguientes oficinas:</p>"
                            "<ul>"
                            "<li><strong>Cambio de nombre, nacionalidad o región, fecha de nacimiento o sexo</strong>: en la ventanilla de la oficina regional de servicios de inmigración más cercana, dentro de los 14 días siguientes al cambio.</li>"
                            "<li><strong>Domicilio</strong> (cuando fija su domicilio por primera vez, cuando se muda, etc.): en la ventanilla del ayuntamiento de la ciudad, distrito o municipio donde vive.</li>"
                            "</ul>"
                        ),
                        "pt": (
                            "<p>Não. Faça estas notificações nos seguintes locais:</p>"
                            "<ul>"
                            "<li><strong>Mudança de nome, nacionalidade ou região, data de nascimento ou sexo</strong>: no balcão do escritório regional de imigração mais próximo, em até 14 dias a partir da mudança.</li>"
                            "<li><strong>Endereço de residência</strong> (quando você define um endereço pela primeira vez, quando se muda etc.): no balcão da prefeitura da cidade, bairro ou vila onde você mora.</li>"
                            "</ul>"
                        ),
                        "tl": (
                            "<p>Hindi. Isumite ang mga abisong ito sa mga sumusunod na tanggapan:</p>"
                            "<ul>"
                            "<li><strong>Pagbabago ng pangalan, nasyonalidad o rehiyon, petsa ng kapanganakan o kasarian</strong>: sa counter ng pinakamalapit na regional immigration services bureau, sa loob ng 14 na araw mula sa pagbabago.</li>"
                            "<li><strong>Address ng tirahan</strong> (kapag unang nagtakda ng tirahan, kapag lumipat, at iba pa): sa counter ng city hall o munisipyo kung saan kayo nakatira.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "key": "filing-without-the-system",
                    "q": {
                        "ja": "このシステムを使わずに届出をすることはできますか。",
                        "en": "Can I make the notifications without using this system?",
                        "zh-hant": "可以不使用本系統提出申報嗎？",
                        "zh-hans": "可以不使用本系统提交申报吗？",
                        "ko": "이 시스템을 이용하지 않고 신고할 수 있습니까?",
                        "es": "¿Puedo presentar las notificaciones sin usar este sistema?",
                        "pt": "Posso fazer as notificações sem usar este sistema?",
                        "tl": "Maaari ba akong mag-abiso nang hindi ginagamit ang sistemang ito?",
                    },
                    "a": {
                        "ja": (
                            "<p>はい、できます。第19条の16と第19条の17の届出は、このシステムのほか、届出の内容を記載した書面を地方出入国在留管理局に提出して行うこともできます。</p>"
                            "<p>書面は、代理の方が提出することも、郵送することもできます。郵送先は、ヘルプデスク（お問い合わせページをご覧ください）にお尋ねください。書面の参考様式は、出入国在留管理庁が公開しています。</p>"
                            "<p>なお、第19条の16の届出が必要なのは、2012年（平成24年）7月9日以降に上陸許可、在留資格変更許可、在留期間更新許可などを受けた中長期在留者の方に限られます（{{q:statuses-that-must-file}}）。</p>"
                        ),
                        "en": (
                            "<p>Yes. Besides this system, you can make an Article 19-16 or 19-17 notification by handing in a written notification to a regional immigration services bureau.</p>"
                            "<p>Someone else may hand it in for you, and you may also send it by post. For the postal address, ask the help desk (see the Contact page). The Immigration Services Agency publishes sample forms for written notifications.</p>"
                            "<p>Remember that the Article 19-16 obligation applies only to residents granted permission to land, a change of status, an extension of stay or similar on or after 9 July 2012 (see {{q:statuses-that-must-file}}).</p>"
                        ),
                        "zh-hant": (
                            "<p>可以。除了本系統之外，第19條之16及第19條之17的申報，也可以將記載申報內容的書面資料提交至地方出入國在留管理局辦理。</p>"
                            "<p>書面資料可由代理人提交，也可以郵寄。郵寄地址請洽服務台（請參閱「聯絡我們」頁面）。出入國在留管理廳有公開書面申報的參考格式。</p>"
                            "<p>此外，須提出第19條之16申報者，僅限於2012年7月9日以後獲得登陸許可、在留資格變更許可、在留期間更新許可等的中長期在留者（請參閱{{q:statuses-that-must-file}}）。</p>"
                        ),
                        "zh-hans": (
                            "<p>可以。除本系统外，第19条之16及第19条之17的申报，也可以将记载申报内容的书面材料提交到地方出入国在留管理局办理。</p>"
                            "<p>书面材料可由代理人提交，也可以邮寄。邮寄地址请咨询服务台（请参阅“联系我们”页面）。出入国在留管理厅公开了书面申报的参考格式。</p>"
                            "<p>另外，须提交第19条之16申报的，仅限于2012年7月9日以后获得登陆许可、在留资格变更许可、在留期间更新许可等的中长期在留者（请参阅{{q:statuses-that-must-file}}）。</p>"
                        ),
                        "ko": (
                            "<p>네, 할 수 있습니다. 제19조의16 및 제19조의17 신고는 이 시스템 외에도 신고 내용을 기재한 서면을 지방출입국재류관리국에 제출하여 할 수 있습니다.</p>"
                            "<p>서면은 대리인이 제출할 수도 있고 우편으로 보낼 수도 있습니다. 우편 주소는 헬프데스크('문의처' 페이지 참조)에 문의해 주십시오. 서면 신고용 참고 양식은 출입국재류관리청이 공개하고 있습니다.</p>"
                            "<p>또한 제19조의16 신고 의무는 2012년 7월 9일 이후에 상륙 허가, 재류자격 변경 허가, 재류 기간 갱신 허가 등을 받은 중장기 재류자에게만 적용됩니다({{q:statuses-that-must-file}} 참조).</p>"
                        ),
                        "es": (
                            "<p>Sí. Además de usar este sistema, puede presentar la notificación de los artículos 19-16 o 19-17 entregando un escrito en una oficina regional de servicios de inmigración.</p>"
                            "<p>Otra persona puede entregarlo en su nombre, y también puede enviarlo por correo postal. Para la dirección postal, consulte al servicio de asistencia (vea la página de Contacto). La Agencia de Servicios de Inmigración publica formularios de referencia para las notificaciones por escrito.</p>"
                            "<p>Recuerde que la obligación del artículo 19-16 solo se aplica a los residentes que obtuvieron permiso de desembarque, cambio de estatus, prórroga de estancia u otro permiso similar el 9 de julio de 2012 o después (vea {{q:statuses-that-must-file}}).</p>"
                        ),
                        "pt": (
                            "<p>Sim. Além deste sistema, você pode fazer a notificação dos artigos 19-16 ou 19-17 entregando um documento escrito em um escritório regional de imigração.</p>"
                            "<p>Outra pessoa pode entregá-lo por você, e também é possível enviá-lo pelo correio. Para saber o endereço postal, consulte a central de atendimento (veja a página de Contato). A Agência de Serviços de Imigração publica modelos de referência para as notificações por escrito.</p>"
                            "<p>Lembre-se de que a obrigação do artigo 19-16 vale somente para residentes que receberam permissão de desembarque, mudança de status, renovação do período de permanência ou algo semelhante em 9 de julho de 2012 ou depois (veja {{q:statuses-that-must-file}}).</p>"
                        ),
                        "tl": (
                            "<p>Oo. Bukod sa sistemang ito, maaari ninyong isumite ang abiso sa ilalim ng Artikulo 19-16 o 19-17 sa pamamagitan ng pagbibigay ng nakasulat na abiso sa isang regional immigration services bureau.</p>"
                            "<p>Maaari itong ibigay ng ibang tao para sa inyo, at maaari rin itong ipadala sa koreo. Para sa postal address, magtanong sa help desk (tingnan ang pahinang Contact). Naglalathala ang Immigration Services Agency ng mga sample form para sa nakasulat na abiso.</p>"
                            "<p>Tandaan na ang obligasyon sa ilalim ng Artikulo 19-16 ay para lamang sa mga residenteng nabigyan ng permission to land, pagpapalit ng status, extension ng pananatili o katulad nito noong Hulyo 9, 2012 o pagkatapos nito (tingnan ang {{q:statuses-that-must-file}}).</p>"
                        ),
                    },
                },
                {
                    "key": "penalties",
                    "q": {
                        "ja": "届出をしなかったり、うその届出をしたりすると、どうなりますか。",
                        "en": "What happens if I do not file, or file false information?",
                        "zh-hant": "未申報或虛偽申報時，會有什麼後果？",
                        "zh-hans": "未申报或虚假申报时，会有什么后果？",
                        "ko": "신고를 하지 않거나 거짓으로 신고하면 어떻게 됩니까?",
                        "es": "¿Qué ocurre si no presento la notificación o si declaro datos falsos?",
                        "pt": "O que acontece se eu não fizer a notificação ou informar dados falsos?",
                        "tl": "Ano ang mangyayari kung hindi ako mag-abiso o kung magbigay ako ng maling impormasyon?",
                    },
                    "a": {
                        "ja": (
                            "<p>第19条の16の届出が必要な方が、届出の事由が生じた日から14日以内に届け出なかった場合は、<strong>20万円以下の罰金</strong>に処せられることがあります。</p>"
                            "<p>うその届出をした場合は、<strong>1年以下の拘禁刑または20万円以下の罰金</strong>に処せられることがあります。うその届出により拘禁刑に処せられた場合は、退去強制の対象にもなります。</p>"
                            "<p>14日を過ぎてしまった場合も、届出は受け付けます。気付いた時点で、できるだけ早く届け出てください。</p>"
                        ),
                        "en": (
                            "<p>If you are required to make an Article 19-16 notification and do not do so within 14 days of the event, you may be fined <strong>up to 200,000 yen</strong>.</p>"
                            "<p>A false notification may be punished by <strong>imprisonment for up to one year or a fine of up to 200,000 yen</strong>. A prison sentence for a false notification is also a ground for deportation.</p>"
                            "<p>A notification made after the 14 days is still accepted. If you notice that you missed the deadline, file as soon as you can.</p>"
                        ),
                        "zh-hant": (
                            "<p>須提出第19條之16申報者，若未於事由發生之日起14日內申報，可能被處<strong>20萬日圓以下罰金</strong>。</p>"
                            "<p>虛偽申報者，可能被處<strong>1年以下拘禁刑或20萬日圓以下罰金</strong>。因虛偽申報被處拘禁刑者，亦將成為強制出境（退去強制）的對象。</p>"
                            "<p>超過14日的申報仍會受理。發現逾期時，請盡快申報。</p>"
                        ),
                        "zh-hans": (
                            "<p>须提交第19条之16申报者，如未在事由发生之日起14日内申报，可能被处<strong>20万日元以下罚金</strong>。</p>"
                            "<p>虚假申报者，可能被处<strong>1年以下拘禁刑或20万日元以下罚金</strong>。因虚假申报被处拘禁刑者，还将成为强制出境（退去强制）的对象。</p>"
                            "<p>超过14日的申报仍会受理。发现逾期时，请尽快申报。</p>"
                        ),
                        "ko": (
                            "<p>제19조의16 신고 의무가 있는 분이 신고 사유가 발생한 날부터 14일 이내에 신고하지 않은 경우, <strong>20만 엔 이하의 벌금</strong>에 처해질 수 있습니다.</p>"
                            "<p>거짓으로 신고한 경우에는 <strong>1년 이하의 구금형 또는 20만 엔 이하의 벌금</strong>에 처해질 수 있습니다. 거짓 신고로 구금형에 처해지면 강제퇴거 사유에도 해당합니다.</p>"
                            "<p>14일이 지난 뒤에 한 신고도 접수됩니다. 기한이 지난 것을 알게 되면 가능한 한 빨리 신고해 주십시오.</p>"
                        ),
                        "es": (
                            "<p>Si usted está obligado a presentar la notificación del artículo 19-16 y no lo hace dentro de los 14 días siguientes al hecho, puede ser sancionado con una <strong>multa de hasta 200.000 yenes</strong>.</p>"
                            "<p>Una notificación falsa puede castigarse con <strong>prisión de hasta un año o multa de hasta 200.000 yenes</strong>. Una condena de prisión por notificación falsa es además causa de deportación.</p>"
                            "<p>Las notificaciones presentadas después de los 14 días se siguen aceptando. Si se da cuenta de que se le pasó el plazo, notifique cuanto antes.</p>"
                        ),
                        "pt": (
                            "<p>Se você é obrigado a fazer a notificação do artigo 19-16 e não a faz em até 14 dias a partir do fato, pode receber uma <strong>multa de até 200.000 ienes</strong>.</p>"
                            "<p>Uma notificação falsa pode ser punida com <strong>prisão de até um ano ou multa de até 200.000 ienes</strong>. A condenação à prisão por notificação falsa também é motivo de deportação.</p>"
                            "<p>Notificações feitas depois dos 14 dias continuam sendo aceitas. Se você perceber que perdeu o prazo, faça a notificação o quanto antes.</p>"
                        ),
                        "tl": (
                            "<p>Kung obligado kayong magsumite ng abiso sa ilalim ng Artikulo 19-16 at hindi ninyo ito ginawa sa loob ng 14 na araw mula sa pangyayari, maaari kayong pagmultahin ng <strong>hanggang 200,000 yen</strong>.</p>"
                            "<p>Ang maling abiso ay maaaring parusahan ng <strong>pagkakakulong nang hanggang isang taon o multang hanggang 200,000 yen</strong>. Ang sentensiyang pagkakakulong dahil sa maling abiso ay dahilan din para sa deportasyon.</p>"
                            "<p>Tinatanggap pa rin ang abisong isinumite pagkalipas ng 14 na araw. Kung napansin ninyong lumampas na ang takdang panahon, mag-abiso sa lalong madaling panahon.</p>"
                        ),
                    },
                },
                {
                    "key": "leaving-a-job",
                    "q": {
                        "ja": "勤務先を退職したときや解雇されたときも、届出が必要ですか。どのように届け出ればよいですか。",
                        "en": "Do I have to report it if I quit my job or am dismissed? How do I report it?",
                        "zh-hant": "從工作單位離職或被解僱時，也須申報嗎？應如何申報？",
                        "zh-hans": "从工作单位离职或被解雇时，也须申报吗？应如何申报？",
                        "ko": "직장을 퇴직하거나 해고되었을 때도 신고해야 합니까? 어떻게 신고하면 됩니까?",
                        "es": "¿Debo notificar si renuncio a mi trabajo o me despiden? ¿Cómo lo hago?",
                        "pt": "Preciso notificar se eu pedir demissão ou for demitido? Como faço isso?",
                        "tl": "Kailangan ko bang mag-abiso kung magbitiw ako sa trabaho o matanggal? Paano ako mag-aabiso?",
                    },
                    "a": {
                        "ja": (
                            "<p>はい、必要です。所属機関に関する届出の対象となる在留資格（{{q:statuses-that-must-file}}）の方が、勤務先を退職したとき、または解雇されたときは、その日から14日以内に届け出てください。</p>"
                            "<p>届け出る内容は次のとおりです。</p>"
                            "<ul>"
                            "<li>ご本人の氏名、生年月日、性別、国籍・地域、住居地、在留カード番号</li>"
                            "<li>退職または解雇の日</li>"
                            "<li>勤務先の名称と所在地</li>"
                            "</ul>"
                            "<p>このシステムでは、在留資格に応じて「所属機関からの離脱」または「契約の終了」の届出を選んでください。地方出入国在留管理局への書面の提出や郵送でも届け出ることができます（{{q:filing-without-the-system}}）。</p>"
                        ),
                        "en": (
                            "<p>Yes. If your status is one of those that report on their organization (see {{q:statuses-that-must-file}}), report within 14 days of the day you left or were dismissed.</p>"
                            "<p>The notification contains:</p>"
                            "<ul>"
                            "<li>your name, date of birth, sex, nationality or region, residential address and residence card number;</li>"
                            "<li>the date you left or were dismissed;</li>"
                            "<li>the name and address of the employer.</li>"
                            "</ul>"
                            "<p>In this system, choose “Left the activity organization” or “Contract with the organization ended”, whichever fits your status; the system offers the right one. You can also hand in or post a written notification to a regional immigration services bureau (see {{q:filing-without-the-system}}).</p>"
                        ),
                        "zh-hant": (
                            "<p>須申報。持有須申報所屬機構相關事項之在留資格者（請參閱{{q:statuses-that-must-file}}），於離職或被解僱時，請於該日起14日內申報。</p>"
                            "<p>申報內容如下。</p>"
                            "<ul>"
                            "<li>本人的姓名、出生年月日、性別、國籍·地區、住居地、在留卡號碼</li>"
                            "<li>離職或被解僱的日期</li>"
                            "<li>工作單位的名稱及地址</li>"
                            "</ul>"
                            "<p>在本系統中，請依您的在留資格選擇「脫離所屬機構」或「契約終止」的申報，系統會顯示適用的項目。也可以向地方出入國在留管理局提交書面資料或郵寄申報（請參閱{{q:filing-without-the-system}}）。</p>"
                        ),
                        "zh-hans": (
                            "<p>须申报。持有须申报所属机构相关事项的在留资格者（请参阅{{q:statuses-that-must-file}}），在离职或被解雇时，请在该日起14日内申报。</p>"
                            "<p>申报内容如下。</p>"
                            "<ul>"
                            "<li>本人的姓名、出生日期、性别、国籍·地区、住所地、在留卡号码</li>"
                            "<li>离职或被解雇的日期</li>"
                            "<li>工作单位的名称和地址</li>"
                            "</ul>"
                            "<p>在本系统中，请根据您的在留资格选择“脱离所属机构”或“合同终止”的申报，系统会显示适用的项目。也可以向地方出入国在留管理局提交书面材料或邮寄申报（请参阅{{q:filing-without-the-system}}）。</p>"
                        ),
                        "ko": (
                            "<p>네, 신고해야 합니다. 소속 기관에 관한 신고 대상 재류자격({{q:statuses-that-must-file}} 참조)을 가진 분이 퇴직하거나 해고된 경우, 그날부터 14일 이내에 신고해 주십시오.</p>"
                            "<p>신고 내용은 다음과 같습니다.</p>"
                            "<ul>"
                            "<li>본인의 이름, 생년월일, 성별, 국적·지역, 주거지, 재류카드 번호</li>"
                            "<li>퇴직 또는 해고된 날</li>"
                            "<li>직장의 명칭과 소재지</li>"
                            "</ul>"
                            "<p>이 시스템에서는 재류자격에 따라 '소속 기관에서의 이탈' 또는 '계약 종료' 신고를 선택해 주십시오. 시스템이 해당하는 항목을 표시합니다. 지방출입국재류관리국에 서면을 제출하거나 우편으로 보내 신고할 수도 있습니다({{q:filing-without-the-system}} 참조).</p>"
                        ),
                        "es": (
                            "<p>Sí. Si su estatus es de los que notifican sobre su organización (vea {{q:statuses-that-must-file}}), notifique dentro de los 14 días siguientes al día en que dejó el trabajo o fue despedido.</p>"
                            "<p>La notificación incluye:</p>"
                            "<ul>"
                            "<li>su nombre, fecha de nacimiento, sexo, nacionalidad o región, domicilio y número de tarjeta de residencia;</li>"
                            "<li>la fecha en que dejó el trabajo o fue despedido;</li>"
                            "<li>el nombre y la dirección del empleador.</li>"
                            "</ul>"
                            "<p>En este sistema, elija la baja en la organización de actividad o la finalización del contrato, según su estatus; el sistema le muestra la opción que corresponde. También puede entregar o enviar por correo un escrito a una oficina regional de servicios de inmigración (vea {{q:filing-without-the-system}}).</p>"
                        ),
                        "pt": (
                            "<p>Sim. Se o seu status é um dos que notificam sobre a organização (veja {{q:statuses-that-must-file}}), faça a notificação em até 14 dias a partir do dia em que você saiu ou foi demitido.</p>"
                            "<p>A notificação contém:</p>"
                            "<ul>"
                            "<li>o seu nome, data de nascimento, sexo, nacionalidade ou região, endereço e número do cartão de residência;</li>"
                            "<li>a data em que você saiu ou foi demitido;</li>"
                            "<li>o nome e o endereço do empregador.</li>"
                            "</ul>"
                            "<p>Neste sistema, escolha a saída da organização de atividade ou o término do contrato, conforme o seu status; o sistema mostra a opção correta. Você também pode entregar ou enviar pelo correio um documento escrito a um escritório regional de imigração (veja {{q:filing-without-the-system}}).</p>"
                        ),
                        "tl": (
                            "<p>Oo. Kung ang inyong status ay kabilang sa mga nag-uulat tungkol sa kanilang organisasyon (tingnan ang {{q:statuses-that-must-file}}), mag-abiso sa loob ng 14 na araw mula sa araw na umalis kayo o natanggal.</p>"
                            "<p>Laman ng abiso:</p>"
                            "<ul>"
                            "<li>ang inyong pangalan, petsa ng kapanganakan, kasarian, nasyonalidad o rehiyon, address ng tirahan at numero ng residence card;</li>"
                            "<li>ang petsa ng inyong pag-alis o pagkatanggal;</li>"
                            "<li>ang pangalan at address ng employer.</li>"
                            "</ul>"
                            "<p>Sa sistemang ito, piliin ang pag-alis sa organisasyon o ang pagtatapos ng kontrata, ayon sa inyong status; ipinapakita ng sistema ang tamang pagpipilian. Maaari rin kayong magbigay o magpadala sa koreo ng nakasulat na abiso sa isang regional immigration services bureau (tingnan ang {{q:filing-without-the-system}}).</p>"
                        ),
                    },
                },
                {
                    "key": "new-employer-review",
                    "q": {
                        "ja": "勤務先の変更を届け出ると、新しい勤務先での仕事が今の在留資格に合っているか審査されますか。就労資格証明書の制度は変わりましたか。",
                        "en": "When I report a new employer, is my new job checked against my status of residence? Has the Certificate of Authorized Employment changed?",
                        "zh-hant": "申報工作單位變更後，是否會審查新工作是否符合目前的在留資格？就勞資格證明書制度有變更嗎？",
                        "zh-hans": "申报工作单位变更后，是否会审查新工作是否符合当前的在留资格？就劳资格证明书制度有变化吗？",
                        "ko": "직장 변경을 신고하면 새 직장에서의 일이 현재 재류자격에 맞는지 심사합니까? 취로자격증명서 제도는 바뀌었습니까?",
                        "es": "Si notifico un nuevo empleador, ¿se comprueba si mi nuevo trabajo corresponde a mi estatus de residencia? ¿Ha cambiado el certificado de autorización de empleo?",
                        "pt": "Ao notificar um novo empregador, o meu novo trabalho é verificado em relação ao meu status de residência? O certificado de autorização de trabalho mudou?",
                        "tl": "Kapag nag-abiso ako ng bagong employer, sinusuri ba kung tugma ang bago kong trabaho sa aking status of residence? Nagbago ba ang Certificate of Authorized Employment?",
                    },
                    "a": {
                        "ja": (
                            "<p>届け出ていただいた新しい所属機関での活動内容について、出入国在留管理庁が確認させていただくことがあります。</p>"
                            "<p>就労資格証明書の制度に変更はありません。就労資格証明書の交付を申請すれば、新しい勤務先での活動が今の在留資格に当たるかどうかを確認できます。</p>"
                        ),
                        "en": (
                            "<p>The Immigration Services Agency may check the activities you carry out at the new organization you reported.</p>"
                            "<p>The Certificate of Authorized Employment has not changed. If you want to be sure that your work at the new employer fits your current status of residence, you can apply for this certificate.</p>"
                        ),
                        "zh-hant": (
                            "<p>出入國在留管理廳可能會確認您在申報之新所屬機構的活動內容。</p>"
                            "<p>就勞資格證明書制度沒有變更。申請核發就勞資格證明書，即可確認在新工作單位的活動是否符合目前的在留資格。</p>"
                        ),
                        "zh-hans": (
                            "<p>出入国在留管理厅可能会确认您在所申报的新所属机构的活动内容。</p>"
                            "<p>就劳资格证明书制度没有变化。申请签发就劳资格证明书，即可确认在新工作单位的活动是否符合当前的在留资格。</p>"
                        ),
                        "ko": (
                            "<p>신고하신 새 소속 기관에서의 활동 내용을 출입국재류관리청이 확인할 수 있습니다.</p>"
                            "<p>취로자격증명서 제도는 변경되지 않았습니다. 취로자격증명서 교부를 신청하면 새 직장에서의 활동이 현재 재류자격에 해당하는지 확인할 수 있습니다.</p>"
                        ),
                        "es": (
                            "<p>La Agencia de Servicios de Inmigración puede comprobar las actividades que usted realiza en la nueva organización notificada.</p>"
                            "<p>El certificado de autorización de empleo (Certificate of Authorized Employment) no ha cambiado. Si quiere asegurarse de que su trabajo con el nuevo empleador corresponde a su estatus de residencia actual, puede solicitar este certificado.</p>"
                        ),
                        "pt": (
                            "<p>A Agência de Serviços de Imigração pode verificar as atividades que você exerce na nova organização notificada.</p>"
                            "<p>O certificado de autorização de trabalho (Certificate of Authorized Employment) não mudou. Se quiser ter certeza de que o seu trabalho no novo empregador corresponde ao seu status de residência atual, você pode solicitar esse certificado.</p>"
                        ),
                        "tl": (
                            "<p>Maaaring suriin ng Immigration Services Agency ang mga aktibidad ninyo sa bagong organisasyong iniulat ninyo.</p>"
                            "<p>Hindi nagbago ang Certificate of Authorized Employment. Kung nais ninyong matiyak na tugma ang trabaho ninyo sa bagong employer sa kasalukuyan ninyong status of residence, maaari kayong mag-apply para sa sertipikong ito.</p>"
                        ),
                    },
                },
                {
                    "key": "company-merger",
                    "q": {
                        "ja": "勤務先の会社が合併して、社名が変わりました。届出は必要ですか。社名や所在地が変わらない場合はどうですか。",
                        "en": "My company merged with another and changed its name. Do I have to report it? What if the name and address stay the same?",
                        "zh-hant": "我任職的公司合併後更改了名稱，需要申報嗎？如果名稱及地址都沒有改變呢？",
                        "zh-hans": "我任职的公司合并后更改了名称，需要申报吗？如果名称和地址都没有变化呢？",
                        "ko": "근무하는 회사가 합병하여 회사명이 바뀌었습니다. 신고해야 합니까? 회사명이나 소재지가 바뀌지 않은 경우는 어떻습니까?",
                        "es": "Mi empresa se fusionó con otra y cambió de nombre. ¿Debo notificarlo? ¿Y si el nombre y la dirección no cambian?",
                        "pt": "A minha empresa passou por uma fusão e mudou de nome. Preciso notificar? E se o nome e o endereço continuarem os mesmos?",
                        "tl": "Nakipag-merge ang kumpanya ko sa iba at nagpalit ito ng pangalan. Kailangan ko bang mag-abiso? Paano kung hindi nagbago ang pangalan at address?",
                    },
                    "a": {
                        "ja": (
                            "<p>「技術・人文知識・国際業務」など、所属機関があることが在留資格の基礎となっている方は、合併によって所属機関の名称や所在地が変わったときは、14日以内に届け出てください。</p>"
                            "<p>合併しても名称と所在地が変わらなければ、届出は必要ありません。</p>"
                            "<p>名称や所在地の変更は、ご本人の依頼を受けた所属機関の担当者が代わりに届け出ることもできます（{{q:filing-on-behalf-of-a-resident}}）。</p>"
                        ),
                        "en": (
                            "<p>If your status is based on belonging to an organization (Engineer/Specialist in Humanities/International Services, for example) and the merger changes the organization's name or address, report it within 14 days.</p>"
                            "<p>If the name and address stay the same after the merger, there is nothing to report.</p>"
                            "<p>A change of name or address can also be filed for you by your organization's staff, if you ask them to (see {{q:filing-on-behalf-of-a-resident}}).</p>"
                        ),
                        "zh-hant": (
                            "<p>「技術·人文知識·國際業務」等以所屬機構的存在作為在留資格基礎者，如因合併導致所屬機構的名稱或地址變更，請於14日內申報。</p>"
                            "<p>合併後名稱及地址均未變更時，不須申報。</p>"
                            "<p>名稱或地址的變更，也可以委託所屬機構的負責人代為申報（請參閱{{q:filing-on-behalf-of-a-resident}}）。</p>"
                        ),
                        "zh-hans": (
                            "<p>“技术·人文知识·国际业务”等以所属机构的存在作为在留资格基础者，如因合并导致所属机构的名称或地址变更，请在14日内申报。</p>"
                            "<p>合并后名称和地址均未变化的，不须申报。</p>"
                            "<p>名称或地址的变更，也可以委托所属机构的负责人代为申报（请参阅{{q:filing-on-behalf-of-a-resident}}）。</p>"
                        ),
                        "ko": (
                            "<p>'기술·인문지식·국제업무' 등 소속 기관이 있다는 것이 재류자격의 기초가 되는 분은 합병으로 소속 기관의 명칭이나 소재지가 바뀐 경우 14일 이내에 신고해 주십시오.</p>"
                            "<p>합병 후에도 명칭과 소재지가 바뀌지 않았다면 신고할 필요가 없습니다.</p>"
                            "<p>명칭이나 소재지 변경은 본인의 의뢰를 받은 소속 기관 담당자가 대신 신고할 수도 있습니다({{q:filing-on-behalf-of-a-resident}} 참조).</p>"
                        ),
                        "es": (
                            "<p>Si su estatus se basa en su pertenencia a una organización (por ejemplo, “Engineer/Specialist in Humanities/International Services”) y la fusión cambia el nombre o la dirección de la organización, notifíquelo dentro de 14 días.</p>"
                            "<p>Si después de la fusión el nombre y la dirección siguen siendo los mismos, no hay nada que notificar.</p>"
                            "<p>El cambio de nombre o de dirección también puede presentarlo en su nombre el personal de su organización, si usted se lo pide (vea {{q:filing-on-behalf-of-a-resident}}).</p>"
                        ),
                        "pt": (
                            "<p>Se o seu status se baseia no vínculo com uma organização (por exemplo, “Engineer/Specialist in Humanities/International Services”) e a fusão mudar o nome ou o endereço da organização, notifique em até 14 dias.</p>"
                            "<p>Se o nome e o endereço continuarem os mesmos após a fusão, não há nada a notificar.</p>"
                            "<p>A mudança de nome ou de endereço também pode ser notificada em seu lugar pelos funcionários da sua organização, se você pedir (veja {{q:filing-on-behalf-of-a-resident}}).</p>"
                        ),
                        "tl": (
                            "<p>Kung ang inyong status ay nakabatay sa pagiging kabilang sa isang organisasyon (halimbawa, “Engineer/Specialist in Humanities/International Services”) at binago ng merger ang pangalan o address ng organisasyon, mag-abiso sa loob ng 14 na araw.</p>"
                            "<p>Kung pareho pa rin ang pangalan at address pagkatapos ng merger, walang kailangang iulat.</p>"
                            "<p>Ang pagbabago ng pangalan o address ay maaari ring isumite para sa inyo ng mga kawani ng inyong organisasyon, kung hihilingin ninyo (tingnan ang {{q:filing-on-behalf-of-a-resident}}).</p>"
                        ),
                    },
                },
                {
                    "key": "divorce-from-japanese-spouse",
                    "q": {
                        "ja": "「日本人の配偶者等」の在留資格で在留していますが、日本人の配偶者と離婚しました。どのように届け出ればよいですか。",
                        "en": "I have the status Spouse or Child of Japanese National and have divorced my Japanese spouse. How do I report it?",
                        "zh-hant": "我以「日本人配偶者等」在留資格居留，已與日本籍配偶者離婚，應如何申報？",
                        "zh-hans": "我以“日本人配偶者等”在留资格居留，已与日本籍配偶者离婚，应如何申报？",
                        "ko": "'일본인의 배우자 등' 재류자격으로 체류하고 있는데, 일본인 배우자와 이혼했습니다. 어떻게 신고하면 됩니까?",
                        "es": "Tengo el estatus “Spouse or Child of Japanese National” y me he divorciado de mi cónyuge japonés. ¿Cómo lo notifico?",
                        "pt": "Tenho o status “Spouse or Child of Japanese National” e me divorciei do meu cônjuge japonês. Como faço a notificação?",
                        "tl": "May status akong “Spouse or Child of Japanese National” at nakipagdiborsiyo na ako sa aking asawang Hapon. Paano ako mag-aabiso?",
                    },
                    "a": {
                        "ja": (
                            "<p>離婚した日から14日以内に、次の内容を届け出てください。</p>"
                            "<ul>"
                            "<li>ご本人の氏名、生年月日、性別、国籍・地域、住居地、在留カード番号</li>"
                            "<li>離婚した日</li>"
                            "</ul>"
                            "<p>このシステムで届け出る場合、書類の添付は必要ありません。地方出入国在留管理局への書面の提出や郵送でも届け出ることができます（{{q:filing-without-the-system}}）。</p>"
                            "<p>届出が必要なのは、2012年（平成24年）7月9日以降に上陸許可、在留資格変更許可、在留期間更新許可などを受けた方に限られます。</p>"
                        ),
                        "en": (
                            "<p>Within 14 days of the divorce, report:</p>"
                            "<ul>"
                            "<li>your name, date of birth, sex, nationality or region, residential address and residence card number;</li>"
                            "<li>the date of the divorce.</li>"
                            "</ul>"
                            "<p>If you file in this system, no documents need to be attached. You can also hand in or post a written notification to a regional immigration services bureau (see {{q:filing-without-the-system}}).</p>"
                            "<p>The obligation applies only if you were granted permission to land, a change of status, an extension of stay or similar on or after 9 July 2012.</p>"
                        ),
                        "zh-hant": (
                            "<p>請於離婚之日起14日內申報下列內容。</p>"
                            "<ul>"
                            "<li>本人的姓名、出生年月日、性別、國籍·地區、住居地、在留卡號碼</li>"
                            "<li>離婚日期</li>"
                            "</ul>"
                            "<p>使用本系統申報時，不須附加任何文件。也可以向地方出入國在留管理局提交書面資料或郵寄申報（請參閱{{q:filing-without-the-system}}）。</p>"
                            "<p>須申報者僅限於2012年7月9日以後獲得登陸許可、在留資格變更許可、在留期間更新許可等的人。</p>"
                        ),
                        "zh-hans": (
                            "<p>请在离婚之日起14日内申报下列内容。</p>"
                            "<ul>"
                            "<li>本人的姓名、出生日期、性别、国籍·地区、住所地、在留卡号码</li>"
                            "<li>离婚日期</li>"
                            "</ul>"
                            "<p>使用本系统申报时，不需要附加任何材料。也可以向地方出入国在留管理局提交书面材料或邮寄申报（请参阅{{q:filing-without-the-system}}）。</p>"
                            "<p>须申报者仅限于2012年7月9日以后获得登陆许可、在留资格变更许可、在留期间更新许可等的人员。</p>"
                        ),
                        "ko": (
                            "<p>이혼한 날부터 14일 이내에 다음 내용을 신고해 주십시오.</p>"
                            "<ul>"
                            "<li>본인의 이름, 생년월일, 성별, 국적·지역, 주거지, 재류카드 번호</li>"
                            "<li>이혼한 날</li>"
                            "</ul>"
                            "<p>이 시스템으로 신고하는 경우 서류를 첨부할 필요가 없습니다. 지방출입국재류관리국에 서면을 제출하거나 우편으로 보내 신고할 수도 있습니다({{q:filing-without-the-system}} 참조).</p>"
                            "<p>신고 의무는 2012년 7월 9일 이후에 상륙 허가, 재류자격 변경 허가, 재류 기간 갱신 허가 등을 받은 분에게만 적용됩니다.</p>"
                        ),
                        "es": (
                            "<p>Dentro de los 14 días siguientes al divorcio, notifique:</p>"
                            "<ul>"
                            "<li>su nombre, fecha de nacimiento, sexo, nacionalidad o región, domicilio y número de tarjeta de residencia;</li>"
                            "<li>la fecha del divorcio.</li>"
                            "</ul>"
                            "<p>Si notifica en este sistema, no necesita adjuntar documentos. También puede entregar o enviar por correo un escrito a una oficina regional de servicios de inmigración (vea {{q:filing-without-the-system}}).</p>"
                            "<p>La obligación solo existe si usted obtuvo permiso de desembarque, cambio de estatus, prórroga de estancia u otro permiso similar el 9 de julio de 2012 o después.</p>"
                        ),
                        "pt": (
                            "<p>Em até 14 dias a partir do divórcio, informe:</p>"
                            "<ul>"
                            "<li>o seu nome, data de nascimento, sexo, nacionalidade ou região, endereço e número do cartão de residência;</li>"
                            "<li>a data do divórcio.</li>"
                            "</ul>"
                            "<p>Se você fizer a notificação neste sistema, não é preciso anexar documentos. Você também pode entregar ou enviar pelo correio um documento escrito a um escritório regional de imigração (veja {{q:filing-without-the-system}}).</p>"
                            "<p>A obrigação vale somente se você recebeu permissão de desembarque, mudança de status, renovação do período de permanência ou algo semelhante em 9 de julho de 2012 ou depois.</p>"
                        ),
                        "tl": (
                            "<p>Sa loob ng 14 na araw mula sa diborsiyo, iulat ang:</p>"
                            "<ul>"
                            "<li>inyong pangalan, petsa ng kapanganakan, kasarian, nasyonalidad o rehiyon, address ng tirahan at numero ng residence card;</li>"
                            "<li>petsa ng diborsiyo.</li>"
                            "</ul>"
                            "<p>Kung sa sistemang ito kayo mag-aabiso, hindi kailangang maglakip ng anumang dokumento. Maaari rin kayong magbigay o magpadala sa koreo ng nakasulat na abiso sa isang regional immigration services bureau (tingnan ang {{q:filing-without-the-system}}).</p>"
                            "<p>Umiiral lamang ang obligasyon kung nabigyan kayo ng permission to land, pagpapalit ng status, extension ng pananatili o katulad nito noong Hulyo 9, 2012 o pagkatapos nito.</p>"
                        ),
                    },
                },
                {
                    "key": "marriage-or-remarriage",
                    "q": {
                        "ja": "結婚したときや再婚したときも、届出が必要ですか。",
                        "en": "Do I have to report it when I marry or remarry?",
                        "zh-hant": "結婚或再婚時也須申報嗎？",
                        "zh-hans": "结婚或再婚时也须申报吗？",
                        "ko": "결혼하거나 재혼했을 때도 신고해야 합니까?",
                        "es": "¿Debo notificar si me caso o me vuelvo a casar?",
                        "pt": "Preciso notificar quando me casar ou me casar de novo?",
                        "tl": "Kailangan ko bang mag-abiso kapag nagpakasal ako o muling nagpakasal?",
                    },
                    "a": {
                        "ja": "<p>必要ありません。配偶者に関する届出が必要なのは、配偶者と<strong>離婚したとき</strong>と、配偶者と<strong>死別したとき</strong>だけです。</p>",
                        "en": "<p>No. The notifications about a spouse are needed only after a <strong>divorce</strong> or the <strong>death of your spouse</strong>.</p>",
                        "zh-hant": "<p>不須申報。有關配偶者的申報，僅限於<strong>與配偶者離婚</strong>或<strong>配偶者死亡</strong>時。</p>",
                        "zh-hans": "<p>不须申报。有关配偶者的申报，仅限于<strong>与配偶者离婚</strong>或<strong>配偶者死亡</strong>时。</p>",
                        "ko": "<p>신고할 필요가 없습니다. 배우자에 관한 신고는 배우자와 <strong>이혼했을 때</strong>와 배우자와 <strong>사별했을 때</strong>에만 필요합니다.</p>",
                        "es": "<p>No. Las notificaciones sobre el cónyuge solo son necesarias en caso de <strong>divorcio</strong> o de <strong>fallecimiento del cónyuge</strong>.</p>",
                        "pt": "<p>Não. As notificações sobre o cônjuge só são necessárias em caso de <strong>divórcio</strong> ou de <strong>falecimento do cônjuge</strong>.</p>",
                        "tl": "<p>Hindi. Kailangan lamang ang mga abiso tungkol sa asawa kapag may <strong>diborsiyo</strong> o kapag <strong>namatay ang inyong asawa</strong>.</p>",
                    },
                },
            ],
        },
        {
            "key": "organizations",
            "title": {
                "ja": "所属機関による届出と代理",
                "en": "Filings by organizations, and filing for others",
                "zh-hant": "所屬機構的申報與代理申報",
                "zh-hans": "所属机构的申报与代理申报",
                "ko": "소속 기관의 신고와 대리 신고",
                "es": "Notificaciones de las organizaciones y notificación en nombre de otros",
                "pt": "Notificações das organizações e notificação em nome de outros",
                "tl": "Mga abiso ng mga organisasyon, at pag-aabiso para sa iba",
            },
            "questions": [
                {
                    "key": "do-organizations-need-to-file",
                    "q": {
                        "ja": "外国人を受け入れている会社や学校などの所属機関も、届出をする必要がありますか。",
                        "en": "Do companies, schools and other organizations that accept foreign nationals have to file too?",
                        "zh-hant": "接收外國人的公司、學校等所屬機構，也須提出申報嗎？",
                        "zh-hans": "接收外国人的公司、学校等所属机构，也须提交申报吗？",
                        "ko": "외국인을 받아들이고 있는 회사나 학교 등의 소속 기관도 신고해야 합니까?",
                        "es": "¿También deben notificar las empresas, escuelas y otras organizaciones que acogen a extranjeros?",
                        "pt": "Empresas, escolas e outras organizações que recebem estrangeiros também precisam notificar?",
                        "tl": "Kailangan din bang mag-abiso ng mga kumpanya, paaralan at iba pang organisasyong tumatanggap ng mga dayuhan?",
                    },
                    "a": {
                        "ja": (
                            "<p>所属機関による届出（第19条の17）は、法律上「届け出るよう努めなければならない」とされている努力義務です。</p>"
                            "<p>受け入れている中長期在留者の情報を所属機関から届け出ていただくことは、公正な在留管理のために大切ですので、できる限りご協力をお願いします。対象となる所属機関は{{q:what-is-an-accepting-organization}}をご覧ください。</p>"
                        ),
                        "en": (
                            "<p>For organizations, the notification under Article 19-17 is a duty to make efforts: the law says they must try to file it.</p>"
                            "<p>Information from the organizations themselves about the residents they accept is important for fair immigration control, so we ask for your cooperation wherever possible. For which organizations are concerned, see {{q:what-is-an-accepting-organization}}.</p>"
                        ),
                        "zh-hant": (
                            "<p>所屬機構的申報（第19條之17）在法律上規定為「應努力申報」的努力義務。</p>"
                            "<p>由所屬機構申報所接收之中長期在留者的資訊，對公正的在留管理十分重要，敬請盡量配合。適用的所屬機構請參閱{{q:what-is-an-accepting-organization}}。</p>"
                        ),
                        "zh-hans": (
                            "<p>所属机构的申报（第19条之17）在法律上规定为“应努力申报”的努力义务。</p>"
                            "<p>由所属机构申报所接收的中长期在留者的信息，对公正的在留管理十分重要，敬请尽量配合。适用的所属机构请参阅{{q:what-is-an-accepting-organization}}。</p>"
                        ),
                        "ko": (
                            "<p>소속 기관의 신고(제19조의17)는 법률상 '신고하도록 노력해야 한다'고 규정된 노력 의무입니다.</p>"
                            "<p>받아들이고 있는 중장기 재류자의 정보를 소속 기관이 직접 신고해 주시는 것은 공정한 재류 관리를 위해 중요하므로 가능한 한 협조해 주시기 바랍니다. 대상 소속 기관은 {{q:what-is-an-accepting-organization}}을(를) 참조해 주십시오.</p>"
                        ),
                        "es": (
                            "<p>Para las organizaciones, la notificación del artículo 19-17 es un deber de esfuerzo: la ley dice que deben procurar presentarla.</p>"
                            "<p>La información que las propias organizaciones aportan sobre los residentes que acogen es importante para un control migratorio justo, por lo que les pedimos su colaboración en la medida de lo posible. Para saber qué organizaciones están incluidas, vea {{q:what-is-an-accepting-organization}}.</p>"
                        ),
                        "pt": (
                            "<p>Para as organizações, a notificação do artigo 19-17 é um dever de empenho: a lei diz que elas devem se esforçar para fazê-la.</p>"
                            "<p>As informações que as próprias organizações fornecem sobre os residentes que recebem são importantes para um controle migratório justo, por isso pedimos a sua colaboração sempre que possível. Para saber quais organizações estão incluídas, veja {{q:what-is-an-accepting-organization}}.</p>"
                        ),
                        "tl": (
                            "<p>Para sa mga organisasyon, ang abiso sa ilalim ng Artikulo 19-17 ay tungkuling magsikap: sinasabi ng batas na dapat nilang pagsikapang isumite ito.</p>"
                            "<p>Mahalaga para sa makatarungang pangangasiwa ng imigrasyon ang impormasyong mula mismo sa mga organisasyon tungkol sa mga residenteng tinatanggap nila, kaya hinihiling namin ang inyong kooperasyon hangga't maaari. Para sa mga saklaw na organisasyon, tingnan ang {{q:what-is-an-accepting-organization}}.</p>"
                        ),
                    },
                },
                {
                    "key": "organization-filing-details",
                    "q": {
                        "ja": "届出をお願いしている所属機関はどのような機関で、何を届け出るのですか。届け出なかった場合、罰則はありますか。",
                        "en": "Which organizations are asked to file, and what do they report? Is there a penalty for not filing?",
                        "zh-hant": "哪些所屬機構須提出申報？申報哪些內容？未申報是否會受罰？",
                        "zh-hans": "哪些所属机构须提交申报？申报哪些内容？未申报是否会受罚？",
                        "ko": "신고를 요청받는 소속 기관은 어떤 기관이며, 무엇을 신고합니까? 신고하지 않으면 벌칙이 있습니까?",
                        "es": "¿Qué organizaciones deben notificar y qué informan? ¿Hay sanción si no lo hacen?",
                        "pt": "Quais organizações devem notificar e o que informam? Existe punição para quem não notificar?",
                        "tl": "Aling mga organisasyon ang hinihilingang mag-abiso at ano ang iniuulat nila? May parusa ba kung hindi mag-abiso?",
                    },
                    "a": {
                        "ja": (
                            "<p>対象は、{{q:what-is-an-accepting-organization}}に挙げた在留資格の中長期在留者を受け入れている機関です（ハローワークに外国人雇用状況の届出を行う事業主を除きます）。</p>"
                            "<p>届け出る内容は次のとおりで、いずれも出来事があった日から14日以内に届け出ます。どの届出にも、受け入れている方の氏名、生年月日、性別、国籍・地域、住居地、在留カード番号を記載します。</p>"
                            "<ul>"
                            "<li><strong>受入れの開始</strong>：開始した日と活動の内容</li>"
                            "<li><strong>受入れの終了</strong>：終了した日。留学生の場合は、卒業、退学、除籍などの理由も記載します。</li>"
                            "<li><strong>留学生の在籍状況</strong>（教育機関のみ）：毎年5月1日と11月1日の時点で在籍している方</li>"
                            "</ul>"
                            "<p>届出をしなかったことに対する罰則はありません。ただし、受け入れている方の在留期間更新などの申請の際に、事実関係を確認するなど、審査を慎重に行うことがあります。</p>"
                        ),
                        "en": (
                            "<p>Organizations that accept mid- to long-term residents with one of the statuses listed in {{q:what-is-an-accepting-organization}}, except employers that report their foreign employees to Hello Work.</p>"
                            "<p>They report the following, each within 14 days of the event. Every notification includes the resident's name, date of birth, sex, nationality or region, residential address and residence card number.</p>"
                            "<ul>"
                            "<li><strong>Acceptance started</strong>: the start date and the activity.</li>"
                            "<li><strong>Acceptance ended</strong>: the end date and, for students, the reason (graduation, withdrawal, expulsion and so on).</li>"
                            "<li><strong>Students enrolled</strong> (educational institutions only): everyone enrolled on 1 May and 1 November each year.</li>"
                            "</ul>"
                            "<p>There is no penalty for not filing. However, when the residents you accept apply for an extension of stay or similar, the examination may be more careful, for example by checking the facts with you.</p>"
                        ),
                        "zh-hant": (
                            "<p>對象為接收持有{{q:what-is-an-accepting-organization}}所列在留資格之中長期在留者的機構（向公共職業安定所提出外國人僱用狀況申報的僱主除外）。</p>"
                            "<p>申報內容如下，均須於事由發生之日起14日內申報。各項申報均須填寫所接收者的姓名、出生年月日、性別、國籍·地區、住居地及在留卡號碼。</p>"
                            "<ul>"
                            "<li><strong>開始接收</strong>：開始日期及活動內容</li>"
                            "<li><strong>結束接收</strong>：結束日期；留學生另須填寫畢業、退學、除籍等理由</li>"
                            "<li><strong>留學生在籍狀況</strong>（僅限教育機構）：每年5月1日及11月1日時在籍的學生</li>"
                            "</ul>"
                            "<p>未申報並無罰則。但所接收者申請在留期間更新等時，可能會確認事實關係等，較為審慎地進行審查。</p>"
                        ),
                        "zh-hans": (
                            "<p>对象为接收持有{{q:what-is-an-accepting-organization}}所列在留资格的中长期在留者的机构（向公共职业安定所提交外国人雇用状况申报的雇主除外）。</p>"
                            "<p>申报内容如下，均须在事由发生之日起14日内申报。各项申报均须填写所接收人员的姓名、出生日期、性别、国籍·地区、住所地及在留卡号码。</p>"
                            "<ul>"
                            "<li><strong>开始接收</strong>：开始日期及活动内容</li>"
                            "<li><strong>结束接收</strong>：结束日期；留学生还须填写毕业、退学、除籍等理由</li>"
                            "<li><strong>留学生在籍状况</strong>（仅限教育机构）：每年5月1日和11月1日时在籍的学生</li>"
                            "</ul>"
                            "<p>未申报没有罚则。但所接收人员申请在留期间更新等时，可能会确认事实情况等，较为审慎地进行审查。</p>"
                        ),
                        "ko": (
                            "<p>대상은 {{q:what-is-an-accepting-organization}}에 열거된 재류자격의 중장기 재류자를 받아들이고 있는 기관입니다(헬로워크에 외국인 고용 상황을 신고하는 사업주는 제외).</p>"
                            "<p>신고 내용은 다음과 같으며, 모두 해당 일이 생긴 날부터 14일 이내에 신고합니다. 모든 신고에는 받아들이고 있는 분의 이름, 생년월일, 성별, 국적·지역, 주거지, 재류카드 번호를 기재합니다.</p>"
                            "<ul>"
                            "<li><strong>수용 개시</strong>: 개시일과 활동 내용</li>"
                            "<li><strong>수용 종료</strong>: 종료일. 유학생의 경우 졸업, 퇴학, 제적 등의 사유도 기재합니다.</li>"
                            "<li><strong>유학생 재적 현황</strong>(교육기관만 해당): 매년 5월 1일과 11월 1일 시점에 재적 중인 학생</li>"
                            "</ul>"
                            "<p>신고하지 않은 것에 대한 벌칙은 없습니다. 다만 받아들이고 있는 분이 재류 기간 갱신 등을 신청할 때 사실관계를 확인하는 등 심사를 신중하게 할 수 있습니다.</p>"
                        ),
                        "es": (
                            "<p>Las organizaciones que acogen a residentes de media y larga duración con alguno de los estatus de {{q:what-is-an-accepting-organization}}, salvo los empleadores que informan a Hello Work sobre sus trabajadores extranjeros.</p>"
                            "<p>Notifican lo siguiente, siempre dentro de los 14 días siguientes al hecho. Toda notificación incluye el nombre, la fecha de nacimiento, el sexo, la nacionalidad o región, el domicilio y el número de tarjeta de residencia del residente.</p>"
                            "<ul>"
                            "<li><strong>Inicio de la acogida</strong>: la fecha de inicio y la actividad.</li>"
                            "<li><strong>Fin de la acogida</strong>: la fecha de fin y, para estudiantes, el motivo (graduación, baja voluntaria, expulsión, etc.).</li>"
                            "<li><strong>Estudiantes matriculados</strong> (solo centros educativos): todas las personas matriculadas el 1 de mayo y el 1 de noviembre de cada año.</li>"
                            "</ul>"
                            "<p>No hay sanción por no notificar. Sin embargo, cuando los residentes que ustedes acogen soliciten una prórroga de estancia u otro trámite, el examen puede ser más minucioso, por ejemplo comprobando los hechos con ustedes.</p>"
                        ),
                        "pt": (
                            "<p>As organizações que recebem residentes de médio e longo prazo com algum dos status de {{q:what-is-an-accepting-organization}}, exceto os empregadores que informam à Hello Work sobre seus funcionários estrangeiros.</p>"
                            "<p>Elas informam o seguinte, sempre em até 14 dias a partir do fato. Toda notificação inclui nome, data de nascimento, sexo, nacionalidade ou região, endereço e número do cartão de residência do residente.</p>"
                            "<ul>"
                            "<li><strong>Início do recebimento</strong>: a data de início e a atividade.</li>"
                            "<li><strong>Fim do recebimento</strong>: a data de término e, para estudantes, o motivo (formatura, desistência, expulsão etc.).</li>"
                            "<li><strong>Estudantes matriculados</strong> (somente instituições de ensino): todos os matriculados em 1º de maio e 1º de novembro de cada ano.</li>"
                            "</ul>"
                            "<p>Não há punição para quem não notificar. No entanto, quando os residentes recebidos pela organização pedirem renovação do período de permanência ou algo semelhante, a análise pode ser mais cuidadosa, por exemplo com a verificação dos fatos junto à organização.</p>"
                        ),
                        "tl": (
                            "<p>Ang mga organisasyong tumatanggap ng mga residenteng pangmatagalan na may isa sa mga status na nakalista sa {{q:what-is-an-accepting-organization}}, maliban sa mga employer na nag-uulat sa Hello Work tungkol sa kanilang mga dayuhang empleyado.</p>"
                            "<p>Iniuulat nila ang mga sumusunod, bawat isa sa loob ng 14 na araw mula sa pangyayari. Kasama sa bawat abiso ang pangalan, petsa ng kapanganakan, kasarian, nasyonalidad o rehiyon, address ng tirahan at numero ng residence card ng residente.</p>"
                            "<ul>"
                            "<li><strong>Pagsisimula ng pagtanggap</strong>: ang petsa ng pagsisimula at ang aktibidad.</li>"
                            "<li><strong>Pagtatapos ng pagtanggap</strong>: ang petsa ng pagtatapos at, para sa mga estudyante, ang dahilan (pagtatapos ng pag-aaral, pag-alis, pagpapatalsik, at iba pa).</li>"
                            "<li><strong>Mga naka-enroll na estudyante</strong> (mga institusyong pang-edukasyon lamang): lahat ng naka-enroll tuwing Mayo 1 at Nobyembre 1 bawat taon.</li>"
                            "</ul>"
                            "<p>Walang parusa kung hindi mag-abiso. Gayunman, kapag nag-apply ang mga residenteng tinatanggap ninyo ng extension ng pananatili o katulad nito, maaaring mas maingat ang pagsusuri, halimbawa sa pamamagitan ng pagkumpirma ng mga detalye sa inyo.</p>"
                        ),
                    },
                },
                {
                    "key": "effect-on-residents-applications",
                    "q": {
                        "ja": "所属機関が届出をしないと、その機関に所属する外国人の在留期間更新などの申請で不利になりますか。",
                        "en": "If an organization does not file, are the foreign nationals who belong to it at a disadvantage when they apply for an extension of stay or similar?",
                        "zh-hant": "所屬機構未提出申報時，該機構的外國人申請在留期間更新等時會受到不利影響嗎？",
                        "zh-hans": "所属机构未提交申报时，该机构的外国人申请在留期间更新等时会受到不利影响吗？",
                        "ko": "소속 기관이 신고하지 않으면 그 기관에 소속된 외국인이 재류 기간 갱신 등을 신청할 때 불리해집니까?",
                        "es": "Si una organización no notifica, ¿quedan en desventaja sus extranjeros cuando solicitan una prórroga de estancia u otro trámite?",
                        "pt": "Se uma organização não notificar, os estrangeiros vinculados a ela ficam em desvantagem ao pedir renovação do período de permanência ou algo semelhante?",
                        "tl": "Kung hindi mag-abiso ang isang organisasyon, malalagay ba sa alanganin ang mga dayuhang kabilang dito kapag nag-apply sila ng extension ng pananatili o katulad nito?",
                    },
                    "a": {
                        "ja": (
                            "<p>所属機関の届出は努力義務ですので、所属機関が届出をしなかったことだけを理由に、所属する方の申請が不許可になったり、不利に扱われたりすることはありません。</p>"
                            "<p>一方で、届出があれば受入れの状況があらかじめ分かるため、審査がより円滑に進むことがあります。ぜひ届出にご協力ください。</p>"
                        ),
                        "en": (
                            "<p>The organization's notification is a duty to make efforts, so no application is refused or treated less favourably only because the organization did not file.</p>"
                            "<p>On the other hand, when the organization has filed, the acceptance is already known and the examination can go more smoothly. We hope organizations will cooperate.</p>"
                        ),
                        "zh-hant": (
                            "<p>所屬機構的申報是努力義務，因此不會僅因所屬機構未申報，就使該機構所屬人員的申請不獲許可或受到不利對待。</p>"
                            "<p>另一方面，如有申報，可事先掌握接收情況，審查可能會更加順利。敬請配合申報。</p>"
                        ),
                        "zh-hans": (
                            "<p>所属机构的申报是努力义务，因此不会仅因所属机构未申报，就使该机构所属人员的申请不获许可或受到不利对待。</p>"
                            "<p>另一方面，如有申报，可以事先掌握接收情况，审查可能会更加顺利。敬请配合申报。</p>"
                        ),
                        "ko": (
                            "<p>소속 기관의 신고는 노력 의무이므로, 소속 기관이 신고하지 않았다는 이유만으로 소속된 분의 신청이 불허되거나 불리하게 취급되지는 않습니다.</p>"
                            "<p>한편, 신고가 되어 있으면 수용 상황을 미리 알 수 있어 심사가 더 원활하게 진행될 수 있습니다. 신고에 협조해 주시기 바랍니다.</p>"
                        ),
                        "es": (
                            "<p>La notificación de la organización es un deber de esfuerzo, por lo que ninguna solicitud se deniega ni se trata de forma menos favorable solo porque la organización no haya notificado.</p>"
                            "<p>Por otra parte, cuando la organización ha notificado, la acogida ya es conocida y el examen puede avanzar con más fluidez. Esperamos contar con la colaboración de las organizaciones.</p>"
                        ),
                        "pt": (
                            "<p>A notificação da organização é um dever de empenho, portanto nenhum pedido é negado ou tratado de forma menos favorável apenas porque a organização não notificou.</p>"
                            "<p>Por outro lado, quando a organização notifica, o recebimento já é conhecido e a análise pode correr com mais facilidade. Contamos com a colaboração das organizações.</p>"
                        ),
                        "tl": (
                            "<p>Ang abiso ng organisasyon ay tungkuling magsikap, kaya walang aplikasyong tatanggihan o hindi gaanong papaboran dahil lamang hindi nag-abiso ang organisasyon.</p>"
                            "<p>Sa kabilang banda, kapag nag-abiso ang organisasyon, alam na ang pagtanggap at maaaring mas maging maayos ang pagsusuri. Umaasa kami sa kooperasyon ng mga organisasyon.</p>"
                        ),
                    },
                },
                {
                    "key": "transfer-needs-two-filings",
                    "q": {
                        "ja": "移籍や新たな契約の締結を届け出るときは、前の所属機関からの離脱や契約の終了も届け出る必要がありますか。",
                        "en": "When I report a transfer or a new contract, do I also have to report leaving the old organization or the end of the old contract?",
                        "zh-hant": "申報轉籍或締結新契約時，是否也須申報脫離原所屬機構或契約終止？",
                        "zh-hans": "申报转籍或签订新合同时，是否也须申报脱离原所属机构或合同终止？",
                        "ko": "이적이나 새로운 계약 체결을 신고할 때, 이전 소속 기관에서의 이탈이나 계약 종료도 신고해야 합니까?",
                        "es": "Cuando notifico un traslado o un nuevo contrato, ¿debo notificar también la salida de la organización anterior o el fin del contrato anterior?",
                        "pt": "Ao notificar uma transferência ou um novo contrato, preciso notificar também a saída da organização anterior ou o fim do contrato anterior?",
                        "tl": "Kapag nag-abiso ako ng paglipat o bagong kontrata, kailangan ko rin bang iulat ang pag-alis sa dating organisasyon o ang pagtatapos ng dating kontrata?",
                    },
                    "a": {
                        "ja": (
                            "<p>原則として、両方の届出が必要です。このシステムでは、「離脱」と「移籍」、または「契約の終了」と「新たな契約の締結」を、1回の届出としてまとめて提出できます。</p>"
                            "<p>ただし、移籍や新たな契約に伴って在留資格変更許可を受けた場合など、例外的に離脱や契約の終了の届出が不要になる場合があります。判断に迷うときは、届け出る前に最寄りの地方出入国在留管理局にご確認ください。</p>"
                        ),
                        "en": (
                            "<p>As a rule, yes: both are needed. In this system you can file leaving and transfer, or contract end and new contract, together as one notification.</p>"
                            "<p>In some cases, for example when you were granted a change of status of residence for the new job, the leaving or contract-end notification is not needed. If you are unsure, ask your nearest regional immigration services bureau before filing.</p>"
                        ),
                        "zh-hant": (
                            "<p>原則上兩項申報都需要。在本系統中，可以將「脫離」與「轉籍」，或「契約終止」與「締結新契約」合併為一次申報提出。</p>"
                            "<p>但在例如因轉籍或新契約而獲得在留資格變更許可等情況下，例外地不須申報脫離或契約終止。無法判斷時，請於申報前向附近的地方出入國在留管理局確認。</p>"
                        ),
                        "zh-hans": (
                            "<p>原则上两项申报都需要。在本系统中，可以将“脱离”与“转籍”，或“合同终止”与“签订新合同”合并为一次申报提交。</p>"
                            "<p>但在例如因转籍或新合同而获得在留资格变更许可等情况下，例外地不须申报脱离或合同终止。无法判断时，请在申报前向附近的地方出入国在留管理局确认。</p>"
                        ),
                        "ko": (
                            "<p>원칙적으로 두 가지 신고가 모두 필요합니다. 이 시스템에서는 '이탈'과 '이적', 또는 '계약 종료'와 '새로운 계약 체결'을 한 번의 신고로 함께 제출할 수 있습니다.</p>"
                            "<p>다만 이적이나 새로운 계약에 따라 재류자격 변경 허가를 받은 경우 등 예외적으로 이탈이나 계약 종료 신고가 필요 없는 경우도 있습니다. 판단하기 어려우면 신고하기 전에 가까운 지방출입국재류관리국에 확인해 주십시오.</p>"
                        ),
                        "es": (
                            "<p>Por regla general, sí: se necesitan ambas. En este sistema puede presentar la salida y el traslado, o el fin del contrato y el nuevo contrato, juntos en una sola notificación.</p>"
                            "<p>En algunos casos, por ejemplo cuando obtuvo un cambio de estatus de residencia para el nuevo trabajo, no es necesario notificar la salida o el fin del contrato. Si tiene dudas, consulte a la oficina regional de servicios de inmigración más cercana antes de notificar.</p>"
                        ),
                        "pt": (
                            "<p>Em regra, sim: as duas são necessárias. Neste sistema você pode enviar a saída e a transferência, ou o fim do contrato e o novo contrato, juntos em uma única notificação.</p>"
                            "<p>Em alguns casos, por exemplo quando você recebeu mudança de status de residência para o novo trabalho, não é preciso notificar a saída ou o fim do contrato. Em caso de dúvida, consulte o escritório regional de imigração mais próximo antes de notificar.</p>"
                        ),
                        "tl": (
                            "<p>Bilang patakaran, oo: kailangan ang dalawa. Sa sistemang ito, maaari ninyong isumite nang sabay bilang iisang abiso ang pag-alis at paglipat, o ang pagtatapos ng kontrata at ang bagong kontrata.</p>"
                            "<p>Sa ilang kaso, halimbawa kapag nabigyan kayo ng pagpapalit ng status of residence para sa bagong trabaho, hindi na kailangan ang abiso ng pag-alis o pagtatapos ng kontrata. Kung hindi kayo sigurado, magtanong sa pinakamalapit na regional immigration services bureau bago mag-abiso.</p>"
                        ),
                    },
                },
                {
                    "key": "filing-on-behalf-of-a-resident",
                    "q": {
                        "ja": "中長期在留者本人の代わりに、家族や勤務先の担当者が第19条の16の届出をすることはできますか。",
                        "en": "Can a family member or someone at my workplace make an Article 19-16 notification for me?",
                        "zh-hant": "家人或工作單位的負責人可以代替中長期在留者本人提出第19條之16的申報嗎？",
                        "zh-hans": "家人或工作单位的负责人可以代替中长期在留者本人提交第19条之16的申报吗？",
                        "ko": "중장기 재류자 본인을 대신하여 가족이나 직장 담당자가 제19조의16 신고를 할 수 있습니까?",
                        "es": "¿Puede un familiar o alguien de mi trabajo presentar por mí la notificación del artículo 19-16?",
                        "pt": "Um familiar ou alguém do meu trabalho pode fazer por mim a notificação do artigo 19-16?",
                        "tl": "Maaari bang magsumite para sa akin ng abiso sa ilalim ng Artikulo 19-16 ang isang kapamilya o taga-trabaho ko?",
                    },
                    "a": {
                        "ja": (
                            "<p>このシステムで届出ができるのは、原則として、利用者登録をした中長期在留者ご本人と、所属機関の担当者だけです。ご家族などが、このシステムで本人に代わって届け出ることはできません。</p>"
                            "<p>例外として、利用者登録をしている所属機関の担当者は、同じく利用者登録をしている中長期在留者から依頼を受けた場合に限り、<strong>所属機関の名称の変更</strong>と<strong>所在地の変更</strong>の届出を本人に代わって行うことができます。それ以外の届出は代わりに行えません。</p>"
                            "<p>代理の依頼は、中長期在留者ご本人がログインしてオンラインで行います。依頼先の所属機関を選んで許可を与え、不要になったらいつでも取り消すことができます。</p>"
                        ),
                        "en": (
                            "<p>In principle, only registered residents themselves and the staff of registered organizations can file in this system. Family members and others cannot file here on a resident's behalf.</p>"
                            "<p>There is one exception: a registered organization user may file, for a registered resident who has asked them to, the notifications of a <strong>change of the organization's name</strong> and a <strong>change of its address</strong>. No other notification can be filed on someone else's behalf.</p>"
                            "<p>Residents give this permission online after logging in: choose the organization and grant permission, and revoke it at any time when it is no longer needed.</p>"
                        ),
                        "zh-hant": (
                            "<p>原則上，能使用本系統申報的，僅限於已完成使用者登錄的中長期在留者本人及所屬機構的負責人。家人等無法透過本系統代替本人申報。</p>"
                            "<p>例外情形是：已完成使用者登錄的所屬機構負責人，僅在受到同樣已完成使用者登錄之中長期在留者委託時，可代替本人申報<strong>所屬機構名稱變更</strong>及<strong>地址變更</strong>。其他申報均無法代理。</p>"
                            "<p>代理委託由中長期在留者本人登入後於線上辦理：選擇受託的所屬機構並給予許可，不再需要時可隨時撤銷。</p>"
                        ),
                        "zh-hans": (
                            "<p>原则上，能使用本系统申报的，仅限于已完成用户注册的中长期在留者本人及所属机构的负责人。家人等无法通过本系统代替本人申报。</p>"
                            "<p>例外情况是：已完成用户注册的所属机构负责人，仅在受到同样已完成用户注册的中长期在留者委托时，可以代替本人申报<strong>所属机构名称变更</strong>和<strong>地址变更</strong>。其他申报均不能代理。</p>"
                            "<p>代理委托由中长期在留者本人登录后在线办理：选择受托的所属机构并给予许可，不再需要时可随时撤销。</p>"
                        ),
                        "ko": (
                            "<p>원칙적으로 이 시스템으로 신고할 수 있는 사람은 이용자 등록을 한 중장기 재류자 본인과 소속 기관 담당자뿐입니다. 가족 등이 이 시스템으로 본인을 대신하여 신고할 수는 없습니다.</p>"
                            "<p>예외로, 이용자 등록을 한 소속 기관 담당자는 마찬가지로 이용자 등록을 한 중장기 재류자로부터 의뢰를 받은 경우에 한해 <strong>소속 기관의 명칭 변경</strong>과 <strong>소재지 변경</strong> 신고를 본인 대신 할 수 있습니다. 그 밖의 신고는 대신할 수 없습니다.</p>"
                            "<p>대리 의뢰는 중장기 재류자 본인이 로그인하여 온라인으로 합니다. 의뢰할 소속 기관을 선택하여 허가를 주고, 필요 없어지면 언제든지 취소할 수 있습니다.</p>"
                        ),
                        "es": (
                            "<p>En principio, solo pueden notificar en este sistema los propios residentes registrados y el personal de las organizaciones registradas. Los familiares u otras personas no pueden notificar aquí en nombre de un residente.</p>"
                            "<p>Hay una excepción: un usuario de una organización registrada puede presentar, en nombre de un residente registrado que se lo haya pedido, las notificaciones de <strong>cambio de nombre de la organización</strong> y de <strong>cambio de su dirección</strong>. Ninguna otra notificación puede presentarse en nombre de otra persona.</p>"
                            "<p>El residente da este permiso en línea después de iniciar sesión: elige la organización, le concede el permiso y puede revocarlo en cualquier momento cuando ya no lo necesite.</p>"
                        ),
                        "pt": (
                            "<p>Em princípio, somente os próprios residentes cadastrados e os funcionários de organizações cadastradas podem notificar neste sistema. Familiares e outras pessoas não podem notificar aqui em nome de um residente.</p>"
                            "<p>Há uma exceção: um usuário de organização cadastrada pode enviar, em nome de um residente cadastrado que tenha pedido isso, as notificações de <strong>mudança de nome da organização</strong> e de <strong>mudança de endereço</strong> dela. Nenhuma outra notificação pode ser feita em nome de outra pessoa.</p>"
                            "<p>O residente dá essa permissão on-line, depois de fazer login: escolhe a organização, concede a permissão e pode revogá-la a qualquer momento, quando não precisar mais.</p>"
                        ),
                        "tl": (
                            "<p>Sa prinsipyo, ang mga rehistradong residente mismo at ang mga kawani ng mga rehistradong organisasyon lamang ang maaaring mag-abiso sa sistemang ito. Hindi maaaring mag-abiso rito ang mga kapamilya o iba pa para sa isang residente.</p>"
                            "<p>May isang eksepsiyon: ang user ng isang rehistradong organisasyon ay maaaring magsumite, para sa rehistradong residenteng humiling nito, ng mga abiso ng <strong>pagpapalit ng pangalan ng organisasyon</strong> at ng <strong>pagpapalit ng address nito</strong>. Walang ibang abisong maaaring isumite para sa ibang tao.</p>"
                            "<p>Ibinibigay ng residente ang pahintulot na ito online pagkatapos mag-log in: pipiliin ang organisasyon, bibigyan ito ng pahintulot, at maaari itong bawiin anumang oras kapag hindi na kailangan.</p>"
                        ),
                    },
                },
            ],
        },
    ],
}
