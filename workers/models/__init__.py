from workers.models.people import (
    SEE_EVERY_WORKER,
    YOUTH_AGES,
    Certificate,
    Consent,
    Worker,
    WorkerQuerySet,
    WorkHistory,
    born_between,
    id_number_hash,
    phone_hash,
    years_before,
)
from workers.models.retention import ArchiveBundle, ClosedYear

__all__ = [
    "SEE_EVERY_WORKER",
    "YOUTH_AGES",
    "ArchiveBundle",
    "Certificate",
    "ClosedYear",
    "Consent",
    "WorkHistory",
    "Worker",
    "WorkerQuerySet",
    "born_between",
    "id_number_hash",
    "phone_hash",
    "years_before",
]
