"""The guidance services of clause 5.2 that a worker can book."""

from django.db import migrations

SERVICES = [
    ("policy", "政策咨询", "སྲིད་ཇུས་འདྲི་རྩད།", 30),
    ("job-seeking", "求职指导", "ལས་འཚོལ་ལམ་སྟོན།", 45),
    ("training", "培训指导", "སྦྱོང་བརྡར་ལམ་སྟོན།", 30),
    ("ability", "能力评估", "ནུས་པའི་བརྟག་དཔྱད།", 60),
    ("groups", "特定群体指导", "དམིགས་བསལ་ཚོགས་པའི་ལམ་སྟོན།", 45),
    ("enterprise", "创业指导", "རང་འཚོ་ལས་གཞི་ལམ་སྟོན།", 60),
]


def seed(apps, schema_editor):
    ServiceType = apps.get_model("appointments", "ServiceType")
    for order, (code, zh, bo, minutes) in enumerate(SERVICES):
        ServiceType.objects.update_or_create(
            code=code,
            defaults={"name_zh": zh, "name_bo": bo, "minutes": minutes, "sort_order": order},
        )


class Migration(migrations.Migration):
    dependencies = [("appointments", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
