from tests.portal.conftest import clear_hooks  # noqa: F401 - shared fixture
