"""Load the shipped districts, counties and townships (regions/data/townships.csv), so that every
install, with or without demo content, can place jobs and workers."""

from django.db import migrations


def load(apps, schema_editor):
    from regions.importing import import_shipped

    import_shipped(apps.get_model("regions", "Area"), apps.get_model("regions", "Township"))


class Migration(migrations.Migration):
    dependencies = [("regions", "0001_townships")]

    # Unapplying keeps the rows: unapplying 0001 drops the tables, and loading again only
    # updates by code.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
