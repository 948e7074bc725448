from .audit import AuditEvent
from .maintenance import MaintenanceState, MaintenanceWindow, current_maintenance
from .notices import NoticeCategory, NoticeIndexPage, NoticePage, latest_notices
from .ops import Ping, SeedRecord
from .pages import HomePage, StandardPage, localize_pages
from .settings import HelpDeskSettings, HelpDeskText
from .users import User

__all__ = [
    "AuditEvent",
    "HelpDeskSettings",
    "HelpDeskText",
    "HomePage",
    "MaintenanceState",
    "MaintenanceWindow",
    "NoticeCategory",
    "NoticeIndexPage",
    "NoticePage",
    "Ping",
    "SeedRecord",
    "StandardPage",
    "User",
    "current_maintenance",
    "latest_notices",
    "localize_pages",
]
