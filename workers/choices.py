"""The vocabulary of a worker's record."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")


class Ethnicity(models.TextChoices):
    """The peoples of Lhasa's residents; the rest of China's 56 are "another people"."""

    TIBETAN = "tibetan", _("Tibetan")
    HAN = "han", _("Han")
    HUI = "hui", _("Hui")
    MONPA = "monpa", _("Monpa")
    LHOBA = "lhoba", _("Lhoba")
    NAXI = "naxi", _("Naxi")
    OTHER = "other", _("Another people")


class LanguageAbility(models.TextChoices):
    NONE = "none", _("Neither speaks nor reads")
    SPEAKS = "speaks", _("Speaks, cannot read")
    READS = "reads", _("Speaks and reads")
    WRITES = "writes", _("Speaks, reads and writes")


class Education(models.TextChoices):
    NONE = "none", _("No schooling")
    PRIMARY = "primary", _("Primary school")
    JUNIOR = "junior", _("Junior secondary school")
    SENIOR = "senior", _("Senior secondary school")
    VOCATIONAL = "vocational", _("Secondary vocational school")
    COLLEGE = "college", _("Vocational college")
    UNIVERSITY = "university", _("University or above")


class Intention(models.TextChoices):
    """What the worker wants from the service, asked at first contact."""

    JOB = "job", _("A job")
    BUSINESS = "business", _("Starting a business")
    TRAINING = "training", _("Training first")
    UNDECIDED = "undecided", _("Not decided yet")


class ConsentPurpose(models.TextChoices):
    """PIPL art. 14 and 29: consent names its purpose; sensitive data needs its own."""

    SERVICE = "service", _("Career guidance: keeping this record to serve the worker")
    SENSITIVE = "sensitive", _("Sensitive data: ID number, ethnicity and health")
    SHARING = "sharing", _("Sharing the CV with employers of matched jobs")
    MESSAGES = "messages", _("Receiving job and training messages by SMS")


class ConsentChannel(models.TextChoices):
    PAPER = "paper", _("Signed on paper at a service centre")
    ONLINE = "online", _("Online form")
    PHONE = "phone", _("By telephone, recorded")
