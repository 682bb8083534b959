"""The employers' pages of the staff admin: list, filters, search, edit and the verify action."""

from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_filters import BooleanFilter, ModelChoiceFilter
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from jobs.employers.forms import EmployerAdminForm
from jobs.employers.verification import can_verify, verify
from jobs.models import Employer
from regions.models import Area

VERIFY_LABEL = _("Verify")


class EmployerFilterSet(WagtailFilterSet):
    verified = BooleanFilter(label=_("verified"))
    area = ModelChoiceFilter(
        field_name="township__area", queryset=Area.objects.all(), label=_("district or county")
    )

    class Meta:
        model = Employer
        fields = []


class VerifyLinks:
    """Where an employer's verify page is, for a user allowed to verify it."""

    verify_url_name = None

    def verify_url(self, employer):
        if employer.verified or not can_verify(self.request.user):
            return None
        return reverse(self.verify_url_name, args=[quote(employer.pk)])


class EmployerIndexView(VerifyLinks, generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if url := self.verify_url(instance):
            buttons.append(MenuItem(VERIFY_LABEL, url=url, icon_name="success", priority=5))
        return buttons


class EmployerEditView(VerifyLinks, generic.EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if url := self.verify_url(self.object):
            buttons.append(Button(VERIFY_LABEL, url=url, icon_name="success", priority=5))
        return buttons

    def save_instance(self):
        instance = super().save_instance()
        if self.form.verification_withdrawn:
            messages.warning(
                self.request,
                _(
                    "The name or the credit code changed, so “%(name)s” is no longer verified. "
                    "A job reviewer can verify it again."
                )
                % {"name": instance.name},
            )
        return instance


class VerifyView(PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks the reviewer to confirm on a page of its own (GET), verifies on POST."""

    model = Employer
    permission_required = "verify"
    template_name = "jobs/employers/verify.html"
    page_title = _("Verify employer")
    header_icon = "success"
    index_url_name = None
    edit_url_name = None
    verify_url_name = None

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": Employer._meta.verbose_name_plural},
            {"url": self.edit_url(), "label": str(self.object)},
            {"url": "", "label": self.page_title},
        ]

    def edit_url(self):
        return reverse(self.edit_url_name, args=[quote(self.object.pk)])

    def next_url(self):
        return get_valid_next_url_from_request(self.request) or reverse(self.index_url_name)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            employer=self.object,
            job_count=self.object.jobs.count(),
            verify_url=reverse(self.verify_url_name, args=[quote(self.object.pk)]),
            edit_url=self.edit_url(),
            next_url=self.next_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.object.verified:
            verify(self.object, request.user)
        messages.success(
            request,
            _("“%(name)s” is verified.") % {"name": self.object.name},
            buttons=[messages.button(self.edit_url(), _("Edit"))],
        )
        return redirect(self.next_url())


class EmployerViewSet(ModelViewSet):
    model = Employer
    name = "employers"
    url_prefix = "jobs/employers"
    icon = "user"
    menu_label = _("Employers")
    menu_order = 100
    index_view_class = EmployerIndexView
    edit_view_class = EmployerEditView
    copy_view_enabled = False  # a copy would carry the same credit code, which must be unique
    list_display = ["name", "credit_code", "township", "verified", "created_at"]
    filterset_class = EmployerFilterSet
    search_fields = ["name", "name_bo", "credit_code", "contact_person"]
    search_backend_name = None  # employers are not in the search index: search the table
    ordering = ["verified", "name"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("name_bo"),
            FieldPanel("credit_code"),
            FieldRowPanel([FieldPanel("contact_person"), FieldPanel("phone")]),
            FieldPanel("township"),
            FieldPanel("address"),
            MultiFieldPanel(
                [
                    FieldPanel("verified", read_only=True),
                    FieldPanel("verified_by", read_only=True),
                    FieldPanel("verified_at", read_only=True),
                ],
                heading=_("Verification"),
            ),
        ],
        base_form_class=EmployerAdminForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(verify_url_name=self.get_url_name("verify"), **kwargs)

    @property
    def verify_view(self):
        return self.construct_view(VerifyView)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(f"verify/<{self.pk_path_converter}:pk>/", self.verify_view, name="verify")
        ]
