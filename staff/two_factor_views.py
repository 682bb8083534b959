"""The pages of two-factor sign-in: enrolling an authenticator and entering its code; and the
supervisors' list of enrolled staff, where resetting one is deleting it."""

from django import forms
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from audit.models import Action
from audit.recording import write
from staff import two_factor
from staff.models import Authenticator


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, authenticator, **kwargs):
        super().__init__(*args, **kwargs)
        self.authenticator = authenticator

    def clean_code(self):
        outcome = two_factor.check_code(self.authenticator, self.cleaned_data["code"])
        if outcome is two_factor.Outcome.LOCKED:
            until = timezone.localtime(self.authenticator.locked_until)
            raise forms.ValidationError(
                _("Too many wrong codes. Try again after %(time)s.")
                % {"time": f"{until:%Y-%m-%d %H:%M}"}
            )
        if outcome is two_factor.Outcome.WRONG:
            raise forms.ValidationError(
                _("This code is wrong, expired or already used. Enter the current code.")
            )
        return self.cleaned_data["code"]


class CodeView(FormView):
    form_class = CodeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "authenticator": self.authenticator}

    def get_success_url(self):
        target = self.request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(target, {self.request.get_host()}):
            return target
        return reverse("wagtailadmin_home")

    def form_valid(self, form):
        two_factor.mark_verified(self.request)
        return super().form_valid(form)


class EnrolView(CodeView):
    template_name = "staff/two_factor_enrol.html"

    def dispatch(self, request, *args, **kwargs):
        if two_factor.enrolled(request.user):
            return redirect(reverse("staff_two_factor:verify") + _query(request))
        self.authenticator = two_factor.pending_authenticator(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            qr_code=two_factor.qr_code_svg(self.authenticator),
            secret=self.authenticator.secret,
            **kwargs,
        )

    def form_valid(self, form):
        self.authenticator.confirmed_at = timezone.now()
        self.authenticator.save(update_fields=["confirmed_at"])
        return super().form_valid(form)


class VerifyView(CodeView):
    template_name = "staff/two_factor_verify.html"

    def dispatch(self, request, *args, **kwargs):
        self.authenticator = Authenticator.objects.filter(
            user=request.user, confirmed_at__isnull=False
        ).first()
        if self.authenticator is None:
            return redirect(reverse("staff_two_factor:enrol") + _query(request))
        return super().dispatch(request, *args, **kwargs)


def _query(request):
    return f"?{request.GET.urlencode()}" if request.GET else ""


urlpatterns = [
    path("enrol/", EnrolView.as_view(), name="enrol"),
    path("verify/", VerifyView.as_view(), name="verify"),
]


class ResetOnly(ModelPermissionPolicy):
    """Authenticators are enrolled by their owner only; supervisors see and reset them."""

    def user_has_permission(self, user, action):
        return action in ("view", "delete") and super().user_has_permission(user, action)


class ResetView(generic.DeleteView):
    page_title = _("Reset two-factor sign-in")

    def delete_action(self):
        staff_member = self.object.user
        super().delete_action()
        write(self.request, Action.TWO_FACTOR_RESET, staff_member)


class AuthenticatorViewSet(ModelViewSet):
    model = Authenticator
    icon = "key"
    menu_label = _("Two-factor sign-in")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    delete_view_class = ResetView
    list_display = ["user", "confirmed_at", "locked_until"]
    form_fields = ["confirmed_at"]
