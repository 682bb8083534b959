"""The appointments side of the staff admin (clauses 4.3.1, 5.2)."""

from wagtail import hooks

from appointments.backoffice import AppointmentsGroup


@hooks.register("register_admin_viewset")
def register_appointments_group():
    return AppointmentsGroup()
