"""Q&A, operation section: how to use the system, from registration to bulk filing.

Titles, questions and answers are written in every language of the site. The subsections live
in two modules to keep each file readable.
"""

from .operation_1 import ACCOUNT_SUBSECTIONS
from .operation_2 import FILING_SUBSECTIONS

OPERATION = {
    "key": "operation",
    "title": {
        "ja": "システム操作編",
        "en": "Using the system",
        "zh-hant": "系統操作篇",
        "zh-hans": "系统操作篇",
        "ko": "시스템 조작편",
        "es": "Uso del sistema",
        "pt": "Uso do sistema",
        "tl": "Paggamit ng sistema",
    },
    "intro": {
        "ja": "利用者登録、ログイン、届出、一括届出など、電子届出システムの使い方についての質問にお答えします。",
        "en": "Answers about using the electronic notification system: registration, logging in, filing one by one or in bulk, and more.",
        "zh-hant": "解答有關電子申報系統使用方式的問題，包括使用者登錄、登入、申報及批次申報等。",
        "zh-hans": "解答有关电子申报系统使用方法的问题，包括用户注册、登录、申报及批量申报等。",
        "ko": "이용자 등록, 로그인, 신고, 일괄 신고 등 전자신고시스템 사용 방법에 관한 질문에 답합니다.",
        "es": "Respuestas sobre el uso del sistema de notificación electrónica: registro, inicio de sesión, notificaciones individuales o en bloque, y más.",
        "pt": "Respostas sobre o uso do sistema de notificação eletrônica: cadastro, login, notificações individuais ou em lote, e mais.",
        "tl": "Mga sagot tungkol sa paggamit ng electronic notification system: pagpaparehistro, pag-log in, pag-aabiso nang isa-isa o nang maramihan, at iba pa.",
    },
    "subsections": [*ACCOUNT_SUBSECTIONS, *FILING_SUBSECTIONS],
}
