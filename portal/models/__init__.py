from .ops import Ping
from .pages import HomePage, StandardPage
from .users import User

__all__ = ["HomePage", "Ping", "StandardPage", "User"]
