from django.db import migrations

CODES = ["long_term_returnees", "women", "youth", "ethnic_minorities", "all"]


def create_target_groups(apps, schema_editor):
    TargetGroup = apps.get_model("portal", "TargetGroup")
    for code in CODES:
        TargetGroup.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_target_groups")]

    operations = [migrations.RunPython(create_target_groups, migrations.RunPython.noop)]
