"""The public complaint form and the form to look a complaint up (clause 7.3).

Every message is the portal's own, so that it reads in Tibetan on /bo/ (Django has no Tibetan
catalogue). The lookup answers a wrong phone and an unknown reference with the same message:
without the matching phone, no one learns whether a reference exists.
"""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Layout, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from complaints.models import Channel, Complaint, ComplaintCategory
from complaints.references import normalised_reference
from portal.crypto import lookup_hash
from portal.forms import HONEYPOT, HoneypotMixin, MobileField, PlainTextField

TOO_LONG = _("Use at most %(limit_value)d characters; this has %(show_value)d.")
NOT_FOUND = _(
    "No complaint was found for this reference number and mobile number. Check both and try "
    "again, or call the complaint telephone."
)


def errors(required, **more):
    return {"required": required, "max_length": TOO_LONG, **more}


def form_helper(*fields, submit):
    helper = FormHelper()
    helper.form_method = "post"
    # The portal's own messages are shown, in the reader's language, not the browser's.
    helper.attrs = {"novalidate": ""}
    helper.layout = Layout(*fields, Div(HONEYPOT, hidden=""), Submit("submit", submit))
    return helper


def mobile_field(help_text):
    return MobileField(
        label=_("Mobile phone"),
        help_text=help_text,
        error_messages=errors(_("Enter your mobile number.")),
    )


class ComplaintForm(HoneypotMixin, forms.Form):
    category = forms.ModelChoiceField(
        label=_("What is the complaint about?"),
        queryset=ComplaintCategory.objects.select_related("department"),
        empty_label=_("Choose a topic"),
        error_messages=errors(
            _("Choose what the complaint is about."),
            invalid_choice=_("Choose one of the options in the list."),
        ),
    )
    name = PlainTextField(
        label=_("Your name"),
        max_length=60,
        error_messages=errors(_("Enter your name.")),
    )
    phone = mobile_field(
        _("We send the answer to this number by text message. You need it to follow the complaint.")
    )
    what_happened = PlainTextField(
        label=_("What happened?"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("When and where, who was involved, what was said or done."),
        error_messages=errors(_("Tell us what happened.")),
    )
    wanted = PlainTextField(
        label=_("What would you like us to do?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages=errors(_("Tell us what you would like us to do.")),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper(
            "category",
            "name",
            "phone",
            "what_happened",
            "wanted",
            submit=_("Send the complaint"),
        )

    def save(self, language):
        data = self.cleaned_data
        return Complaint.objects.create(
            channel=Channel.ONLINE,
            category=data["category"],
            name=data["name"].strip(),
            phone=data["phone"],
            language=language,
            what_happened=data["what_happened"].strip(),
            wanted=data["wanted"].strip(),
        )

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "what_happened", "wanted"):
            if name in cleaned and not cleaned[name].strip():
                self.add_error(name, self.fields[name].error_messages["required"])
        return cleaned


class LookupForm(HoneypotMixin, forms.Form):
    reference = PlainTextField(
        label=_("Reference number"),
        max_length=20,
        help_text=_("The 8 letters and digits you were given, such as K7MA-3PXE."),
        error_messages=errors(_("Enter the reference number.")),
    )
    phone = mobile_field(_("The mobile number given with the complaint."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        reference = self.fields["reference"].widget
        reference.attrs.update(autocomplete="off", autocapitalize="characters")
        self.helper = form_helper("reference", "phone", submit=_("Look up"))

    def clean_reference(self):
        reference = normalised_reference(self.cleaned_data["reference"])
        if not reference:
            raise forms.ValidationError(
                _("A reference number has 8 letters and digits, such as K7MA-3PXE."),
                code="reference",
            )
        return reference

    def complaint(self):
        """The complaint of this reference and phone, or None: the same None whether the
        reference is unknown or the phone is not its own."""
        phone_hash = lookup_hash("phone", self.cleaned_data["phone"])
        return (
            Complaint.objects.with_reference(self.cleaned_data["reference"])
            .filter(phone_hash=phone_hash)
            .select_related("category")
            .first()
        )
