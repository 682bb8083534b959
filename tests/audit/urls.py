"""The portal's addresses plus a record viewset over certificates, standing in for the record
apps (assessments, plans, …) that build on workers/records.py."""

from django.urls import include, path
from wagtail.admin.panels import FieldPanel, ObjectList

from portal.urls import urlpatterns as portal_urlpatterns
from workers.models import Certificate
from workers.records import WorkerRecordForm, WorkerRecordViewSet


class CertificateViewSet(WorkerRecordViewSet):
    model = Certificate
    edit_handler = ObjectList(
        [FieldPanel("worker"), FieldPanel("name"), FieldPanel("issuer")],
        base_form_class=WorkerRecordForm,
    )


viewset = CertificateViewSet("test_certificates")

urlpatterns = [
    path(
        "admin/test-certificates/",
        include(
            (viewset.get_urlpatterns(), viewset.url_namespace), namespace=viewset.url_namespace
        ),
    ),
    *portal_urlpatterns,
]
