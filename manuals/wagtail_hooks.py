"""The manuals' part of the demo seed."""

from wagtail import hooks

from portal.hooks import SEED_DEMO


@hooks.register(SEED_DEMO)
def seed_demo_manuals(stdout):
    from .demo import seed

    seed(stdout)
