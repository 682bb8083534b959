"""The forms of the import page: the upload, and the confirmation to import the valid rows of a
file that has errors."""

from django import forms
from django.utils.translation import gettext_lazy as _

from jobs.bulk import parsing
from jobs.models import JobIndexPage


def job_indexes(user):
    """The job indexes below which `user` may add jobs, the default language's first."""
    indexes = JobIndexPage.objects.select_related("locale").order_by("locale_id", "path")
    return [index for index in indexes if index.permissions_for_user(user).can_add_subpage()]


class IndexChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, index):
        return f"{index.title} ({index.locale.get_display_name()})"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet of jobs"),
        error_messages={"required": _("Choose the file to import.")},
    )
    index = IndexChoiceField(
        queryset=JobIndexPage.objects.none(),
        label=_("Add the jobs to"),
        empty_label=None,
        error_messages={"required": _("Choose where to add the jobs.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted here, in the user's language, not once when the module is imported.
        self.fields["file"].help_text = _(
            "A .csv or .xlsx file with one job per row, at most %(rows)s rows and %(megabytes)s "
            "MB, with the columns of the template."
        ) % {"rows": parsing.MAX_ROWS, "megabytes": parsing.MAX_BYTES // (1024 * 1024)}
        allowed = [index.pk for index in job_indexes(user)]
        self.fields["index"].queryset = JobIndexPage.objects.filter(pk__in=allowed).order_by(
            "locale_id", "path"
        )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > parsing.MAX_BYTES:
            # Read no further than the limit: the message is the same whatever the size.
            data = upload.read(parsing.MAX_BYTES + 1)
        else:
            data = upload.read()
        self.data_bytes = data
        self.sheet = parsing.read(upload.name, data)
        return upload


class ConfirmForm(forms.Form):
    """Sent from the report of a file with errors. The file itself waits in the cache under
    `token` (jobs/bulk/views.py); `expected` is the count of valid rows the user was shown."""

    token = forms.CharField(widget=forms.HiddenInput, max_length=64)
    expected = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    valid_only = forms.BooleanField(
        error_messages={"required": _("Tick the box to import the valid rows only.")}
    )
