"""TEMPORARY placeholder until the real screen lands."""

from ui.views.page import Page


class AdminPage(Page):
    pass
